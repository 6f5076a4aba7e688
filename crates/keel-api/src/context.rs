//! What the edge learns about a request before a service sees it.

use http::HeaderMap;
use keel_types::Scope;

use crate::caller::Caller;

/// Per-request facts minted or read at the edge.
#[derive(Clone, Debug)]
pub struct RequestContext {
    /// Returned in `x-amzn-RequestId`.
    pub request_id: String,
    /// Account and region the request acts in. The region comes from the SigV4 credential
    /// scope when the request is signed, else the server's configured default.
    pub scope: Scope,
    /// The access key id that signed the request.
    pub access_key_id: Option<String>,
    /// Whose key it is (`arn:aws:iam::ACCOUNT:root`, a user or an assumed role); `None` when
    /// the server accepts any credentials unchecked.
    pub principal_arn: Option<String>,
    pub user_agent: Option<String>,
    pub source_ip: Option<std::net::IpAddr>,
    /// The verified caller (`None` only for requests built outside the edge, in tests).
    pub caller: Option<Caller>,
    /// When the edge received the request (ms since the epoch, from the edge's clock).
    pub received_at_ms: i64,
    /// Whether the request arrived over TLS (`aws:SecureTransport`).
    pub secure: bool,
}

impl RequestContext {
    /// A context with only an id and a scope, for calling services directly (tests, fuzzing).
    pub fn new(request_id: impl Into<String>, scope: Scope) -> Self {
        Self {
            request_id: request_id.into(),
            scope,
            access_key_id: None,
            principal_arn: None,
            user_agent: None,
            source_ip: None,
            caller: None,
            received_at_ms: keel_types::time::now_millis(),
            secure: false,
        }
    }
}

/// The parts of a SigV4 `Authorization` header's credential scope:
/// `AWS4-HMAC-SHA256 Credential=AKID/20261122/us-west-2/ecs/aws4_request, SignedHeaders=..., Signature=...`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CredentialScope {
    pub access_key_id: String,
    pub date: String,
    pub region: String,
    pub service: String,
}

impl CredentialScope {
    /// Reads the credential scope from an `Authorization` header, or from presigned query
    /// parameters' `X-Amz-Credential`. Returns `None` when absent or malformed.
    pub fn from_headers(headers: &HeaderMap) -> Option<Self> {
        let auth = headers.get(http::header::AUTHORIZATION)?.to_str().ok()?;
        let rest = auth.strip_prefix("AWS4-HMAC-SHA256")?;
        let credential = rest
            .split(',')
            .map(str::trim)
            .find_map(|part| part.strip_prefix("Credential="))?;
        Self::parse(credential)
    }

    /// Parses `AKID/DATE/REGION/SERVICE/aws4_request`.
    pub fn parse(credential: &str) -> Option<Self> {
        let mut parts = credential.split('/');
        let (Some(akid), Some(date), Some(region), Some(service), Some("aws4_request"), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return None;
        };
        if akid.is_empty() || region.is_empty() || service.is_empty() {
            return None;
        }
        Some(Self {
            access_key_id: akid.to_string(),
            date: date.to_string(),
            region: region.to_string(),
            service: service.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_region_from_sigv4_scope() {
        let mut headers = HeaderMap::new();
        headers.insert(
            http::header::AUTHORIZATION,
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261122/eu-west-3/ecs/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc"
                .parse()
                .unwrap(),
        );
        let scope = CredentialScope::from_headers(&headers).unwrap();
        assert_eq!(scope.region, "eu-west-3");
        assert_eq!(scope.service, "ecs");
        assert_eq!(scope.access_key_id, "AKIDEXAMPLE");
    }

    #[test]
    fn malformed_scopes_are_ignored() {
        for bad in [
            "",
            "AKID/20261122/us-east-1/ecs",
            "AKID/20261122//ecs/aws4_request",
            "a/b/c/d/aws4_request/extra",
        ] {
            assert!(CredentialScope::parse(bad).is_none(), "{bad}");
        }
    }
}
