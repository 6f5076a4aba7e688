//! CloudTrail's event history on the edge (`com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101`,
//! AWS JSON 1.1): `LookupEvents` over the audit log. Trails, event data stores and the rest
//! of CloudTrail are not Keel's; they answer `UnsupportedOperationException`.
//!
//! As in CloudTrail: one lookup attribute at most; `StartTime` / `EndTime` bound the event
//! time (inclusive); at most 50 events a page (the default); newest first; a `NextToken`
//! is good only with the parameters it came from.

use std::sync::Arc;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use keel_api::{Access, ApiError, JsonService, RequestContext};
use keel_awsmodel::ServiceModel;
use keel_awsmodel::cloudtrail::{
    Event, LookupAttributeKey, LookupEventsRequest, LookupEventsResponse, Resource,
};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::log::{Attribute, AuditLog, Lookup};

/// CloudTrail's page size, and its maximum.
pub const MAX_RESULTS: usize = 50;

/// Serves `LookupEvents`.
pub struct CloudTrailService {
    log: Arc<AuditLog>,
}

impl CloudTrailService {
    pub fn new(log: Arc<AuditLog>) -> Arc<Self> {
        Arc::new(Self { log })
    }
}

fn client(code: &str, message: impl Into<String>) -> ApiError {
    ApiError::client(code, message)
}

/// A digest of the parameters a token belongs to.
fn parameters_digest(req: &LookupEventsRequest) -> String {
    let mut h = Sha256::new();
    for attr in req.lookup_attributes.iter().flatten() {
        h.update(attr.attribute_key.as_str());
        h.update([0]);
        h.update(&attr.attribute_value);
        h.update([0]);
    }
    h.update(format!(
        "{:?}|{:?}",
        req.start_time.map(|t| t.as_millis()),
        req.end_time.map(|t| t.as_millis())
    ));
    h.finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn encode_token(time: i64, seq: i64, digest: &str) -> String {
    URL_SAFE_NO_PAD.encode(format!("{time}:{seq}:{digest}"))
}

fn decode_token(token: &str, digest: &str) -> Option<(i64, i64)> {
    let text = String::from_utf8(URL_SAFE_NO_PAD.decode(token).ok()?).ok()?;
    let mut parts = text.split(':');
    let time = parts.next()?.parse().ok()?;
    let seq = parts.next()?.parse().ok()?;
    (parts.next()? == digest && parts.next().is_none()).then_some((time, seq))
}

/// What `LookupEvents` asks for, checked as CloudTrail checks it.
fn plan(req: &LookupEventsRequest) -> Result<Lookup, ApiError> {
    let attributes = req.lookup_attributes.as_deref().unwrap_or_default();
    if attributes.len() > 1 {
        return Err(client(
            "InvalidLookupAttributesException",
            "You can specify only one lookup attribute per request.",
        ));
    }
    let attribute = match attributes.first() {
        None => None,
        Some(attr) => {
            let v = attr.attribute_value.clone();
            Some(match attr.attribute_key {
                LookupAttributeKey::EventId => Attribute::EventId(v),
                LookupAttributeKey::EventName => Attribute::EventName(v),
                LookupAttributeKey::ReadOnly => match v.as_str() {
                    "true" => Attribute::ReadOnly(true),
                    "false" => Attribute::ReadOnly(false),
                    _ => {
                        return Err(client(
                            "InvalidLookupAttributesException",
                            "The ReadOnly attribute value must be true or false.",
                        ));
                    }
                },
                LookupAttributeKey::Username => Attribute::Username(v),
                LookupAttributeKey::ResourceType => Attribute::ResourceType(v),
                LookupAttributeKey::ResourceName => Attribute::ResourceName(v),
                LookupAttributeKey::EventSource => Attribute::EventSource(v),
                LookupAttributeKey::AccessKeyId => Attribute::AccessKeyId(v),
            })
        }
    };
    let start_ms = req.start_time.map(|t| t.as_millis());
    let end_ms = req.end_time.map(|t| t.as_millis());
    if let (Some(start), Some(end)) = (start_ms, end_ms)
        && start > end
    {
        return Err(client(
            "InvalidTimeRangeException",
            "Start time must be earlier than end time.",
        ));
    }
    let limit = match req.max_results {
        None => MAX_RESULTS,
        Some(n) if (1..=50).contains(&n) => usize::try_from(n).unwrap_or(MAX_RESULTS),
        Some(_) => {
            return Err(client(
                "InvalidMaxResultsException",
                "MaxResults must be between 1 and 50.",
            ));
        }
    };
    let before = match &req.next_token {
        None => None,
        Some(token) => Some(decode_token(token, &parameters_digest(req)).ok_or_else(|| {
            client(
                "InvalidNextTokenException",
                "The NextToken is not valid, or not valid with these parameters.",
            )
        })?),
    };
    Ok(Lookup {
        attribute,
        start_ms,
        end_ms,
        limit,
        before,
    })
}

#[async_trait::async_trait]
impl JsonService for CloudTrailService {
    fn model(&self) -> &'static ServiceModel {
        &keel_awsmodel::cloudtrail::MODEL
    }

    fn validation_error_code(&self) -> &'static str {
        "InvalidParameterException"
    }

    async fn access(
        &self,
        _ctx: &RequestContext,
        operation: &str,
        input: &Value,
    ) -> Result<Option<Access>, ApiError> {
        if self.model().operation(operation).is_none() {
            return Ok(None);
        }
        let access = Access::new(format!("cloudtrail:{operation}"));
        Ok(Some(match operation {
            // CloudTrail's reference lists no resource type for LookupEvents.
            "LookupEvents" => access.read_only(true),
            // The rest is not implemented: the ARNs the input names, else `*`.
            _ => {
                let arns = input
                    .as_object()
                    .into_iter()
                    .flatten()
                    .filter(|(k, _)| {
                        k.ends_with("Arn")
                            || k.as_str() == "TrailName"
                            || k.as_str() == "ResourceId"
                    })
                    .filter_map(|(_, v)| v.as_str())
                    .filter(|v| v.starts_with("arn:"))
                    .map(str::to_string)
                    .collect::<Vec<_>>();
                access.on_each(arns)
            }
        }))
    }

    async fn call(
        &self,
        _ctx: &RequestContext,
        operation: &str,
        input: Value,
    ) -> Result<bytes::Bytes, ApiError> {
        if operation != "LookupEvents" {
            return Err(client(
                "UnsupportedOperationException",
                format!(
                    "Keel does not implement the CloudTrail operation {operation}; its event history is served through LookupEvents."
                ),
            ));
        }
        let req: LookupEventsRequest = serde_json::from_value(input).map_err(|err| {
            ApiError::serialization(format!("Could not decode the request: {err}"))
        })?;
        if req.event_category.is_some() {
            // Insights events: Keel records none.
            let body = serde_json::to_vec(&LookupEventsResponse {
                events: Some(Vec::new()),
                next_token: None,
            })
            .unwrap_or_default();
            return Ok(body.into());
        }
        let lookup = plan(&req)?;
        let log = self.log.clone();
        let limit = lookup.limit;
        let probe = Lookup {
            limit: limit + 1,
            ..lookup
        };
        let mut found = tokio::task::spawn_blocking(move || log.lookup(&probe))
            .await
            .map_err(|err| ApiError::server("CloudTrailException", err.to_string()))?
            .map_err(|err| ApiError::server("CloudTrailException", err.to_string()))?;
        let more = found.len() > limit;
        found.truncate(limit);
        let next_token = more
            .then(|| found.last())
            .flatten()
            .map(|last| encode_token(last.event_time_ms, last.seq, &parameters_digest(&req)));
        let events = found
            .into_iter()
            .map(|e| Event {
                event_id: Some(e.event_id),
                event_name: Some(e.event_name),
                read_only: Some(e.read_only.to_string()),
                access_key_id: e.access_key_id,
                event_time: Some(keel_awsmodel::Timestamp::from_millis(e.event_time_ms)),
                event_source: Some(e.event_source),
                username: e.username,
                resources: Some(
                    e.resources
                        .into_iter()
                        .map(|(t, n)| Resource {
                            resource_type: Some(t),
                            resource_name: Some(n),
                        })
                        .collect(),
                ),
                cloud_trail_event: Some(e.record),
            })
            .collect();
        serde_json::to_vec(&LookupEventsResponse {
            events: Some(events),
            next_token,
        })
        .map(Into::into)
        .map_err(|err| ApiError::server("CloudTrailException", err.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_belong_to_their_parameters() {
        let req = LookupEventsRequest {
            lookup_attributes: None,
            start_time: None,
            end_time: None,
            event_category: None,
            max_results: None,
            next_token: None,
        };
        let token = encode_token(5, 7, &parameters_digest(&req));
        assert_eq!(decode_token(&token, &parameters_digest(&req)), Some((5, 7)));
        let other = LookupEventsRequest {
            start_time: Some(keel_awsmodel::Timestamp::from_millis(1)),
            ..req.clone()
        };
        assert_eq!(decode_token(&token, &parameters_digest(&other)), None);
        assert_eq!(decode_token("garbage", &parameters_digest(&req)), None);
    }
}
