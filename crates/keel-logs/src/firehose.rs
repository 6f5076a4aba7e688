//! Subscription delivery to an HTTP endpoint, as Amazon Data Firehose would deliver it.
//!
//! CloudWatch Logs delivers a subscription filter whose `destinationArn` is a Firehose delivery
//! stream (`arn:aws:firehose:REGION:ACCOUNT:deliverystream/NAME`) as records, each the gzipped
//! JSON of a `DATA_MESSAGE` (`owner`, `logGroup`, `logStream`, `subscriptionFilters`,
//! `logEvents` of `id`, `timestamp`, `message`), and a Firehose stream with an HTTP endpoint
//! destination POSTs them in its HTTP endpoint delivery request format
//! (docs.aws.amazon.com/firehose/latest/dev/httpdeliveryrequestresponse.html): a JSON body
//! `{"requestId", "timestamp", "records": [{"data": BASE64}]}` with the headers
//! `X-Amz-Firehose-Request-Id` and `X-Amz-Firehose-Source-Arn`, acknowledged by a 200.
//!
//! Keel has no Firehose: the operator names delivery streams and the endpoint each one posts to
//! (`--logs-firehose-endpoint NAME=http://HOST:PORT/PATH`), and the delivery worker posts
//! there directly, one record per source stream of a chunk, every chunk at least once, with the
//! worker's retries and undeliverable counter (see `delivery`). Only `http://` endpoints are
//! spoken for now.

use std::collections::BTreeMap;
use std::io::Write;
use std::time::Duration;

use base64::Engine;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use serde_json::json;

use crate::LogsError;

/// How long one POST may take, connection to response.
const POST_TIMEOUT: Duration = Duration::from_secs(30);

/// Firehose delivery streams the operator configured, by name: where each one posts.
#[derive(Clone, Debug, Default)]
pub struct FirehoseEndpoints {
    by_name: BTreeMap<String, http::Uri>,
}

impl FirehoseEndpoints {
    /// From `NAME=URL` settings.
    pub fn parse(specs: &[String]) -> Result<Self, String> {
        let mut by_name = BTreeMap::new();
        for spec in specs {
            let (name, url) = spec
                .split_once('=')
                .ok_or_else(|| format!("{spec:?} is not NAME=URL"))?;
            if name.is_empty() || name.len() > 64 {
                return Err(format!(
                    "{spec:?}: a delivery stream name has 1 to 64 characters"
                ));
            }
            let uri: http::Uri = url
                .parse()
                .map_err(|e| format!("{spec:?}: {url:?} is not a URL: {e}"))?;
            if uri.scheme_str() != Some("http") || uri.host().is_none() {
                return Err(format!(
                    "{spec:?}: the endpoint must be an http:// URL with a host"
                ));
            }
            by_name.insert(name.to_string(), uri);
        }
        Ok(Self { by_name })
    }

    pub fn get(&self, name: &str) -> Option<&http::Uri> {
        self.by_name.get(name)
    }

    /// The endpoint of the delivery stream a Firehose ARN of this region and account names.
    pub(crate) fn for_arn(&self, arn: &str, region: &str, account: &str) -> Option<&http::Uri> {
        stream_of(arn, region, account).and_then(|name| self.get(name))
    }

    pub fn is_empty(&self) -> bool {
        self.by_name.is_empty()
    }
}

/// Whether an AWS service principal may assume a role: the identity service's answer, which
/// CloudWatch asks before it accepts a Firehose destination's `roleArn`.
pub trait RoleTrust: Send + Sync {
    fn service_may_assume(&self, role_arn: &str, service: &str, source_arn: &str) -> bool;
}

/// The service principal CloudWatch Logs assumes subscription roles as.
pub const LOGS_PRINCIPAL: &str = "logs.amazonaws.com";

/// The delivery stream a Firehose ARN of this region and account names.
pub(crate) fn stream_of<'a>(arn: &'a str, region: &str, account: &str) -> Option<&'a str> {
    arn.strip_prefix(&format!(
        "arn:aws:firehose:{region}:{account}:deliverystream/"
    ))
    .filter(|name| !name.is_empty())
}

/// Whether an ARN names a Firehose delivery stream at all (of any region or account).
pub(crate) fn is_firehose_arn(arn: &str) -> bool {
    arn.starts_with("arn:aws:firehose:")
}

/// One event of a record: its id, timestamp and message.
pub(crate) type RecordEvent<'a> = (String, i64, &'a str);

/// One record's data: a `DATA_MESSAGE`, gzipped.
pub(crate) fn data_message(
    owner: &str,
    group: &str,
    stream: &str,
    filter: &str,
    events: &[RecordEvent<'_>],
) -> Vec<u8> {
    let message = json!({
        "messageType": "DATA_MESSAGE",
        "owner": owner,
        "logGroup": group,
        "logStream": stream,
        "subscriptionFilters": [filter],
        "logEvents": events
            .iter()
            .map(|(id, timestamp, message)| json!({"id": id, "timestamp": timestamp, "message": message}))
            .collect::<Vec<_>>(),
    });
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let _ = gz.write_all(message.to_string().as_bytes());
    gz.finish().unwrap_or_default()
}

/// The body Firehose POSTs to an HTTP endpoint.
pub(crate) fn request_body(request_id: &str, timestamp_ms: i64, records: &[Vec<u8>]) -> Vec<u8> {
    let engine = base64::engine::general_purpose::STANDARD;
    json!({
        "requestId": request_id,
        "timestamp": timestamp_ms,
        "records": records.iter().map(|r| json!({"data": engine.encode(r)})).collect::<Vec<_>>(),
    })
    .to_string()
    .into_bytes()
}

/// POSTs one delivery request; `Ok` only for a 200.
pub(crate) async fn post(
    uri: &http::Uri,
    source_arn: &str,
    request_id: &str,
    body: Vec<u8>,
) -> Result<(), LogsError> {
    let refused =
        |why: String| LogsError::Internal(format!("the Firehose HTTP endpoint {uri} {why}"));
    let host = uri.host().unwrap_or_default().to_string();
    let port = uri.port_u16().unwrap_or(80);
    let path = uri.path_and_query().map_or("/", |p| p.as_str()).to_string();
    let exchange = async {
        let stream = tokio::net::TcpStream::connect((host.as_str(), port))
            .await
            .map_err(|e| refused(format!("cannot be reached: {e}")))?;
        let (mut sender, connection) =
            hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream))
                .await
                .map_err(|e| refused(format!("failed the HTTP handshake: {e}")))?;
        tokio::spawn(connection);
        let request = http::Request::post(path)
            .header(http::header::HOST, format!("{host}:{port}"))
            .header(http::header::CONTENT_TYPE, "application/json")
            .header("X-Amz-Firehose-Request-Id", request_id)
            .header("X-Amz-Firehose-Source-Arn", source_arn)
            .header("X-Amz-Firehose-Protocol-Version", "1.0")
            .body(Full::new(Bytes::from(body)))
            .map_err(|e| refused(format!("could not be sent a request: {e}")))?;
        let response = sender
            .send_request(request)
            .await
            .map_err(|e| refused(format!("did not answer: {e}")))?;
        let status = response.status();
        // Read the answer so the connection ends cleanly; its content is not needed.
        let _ = response.into_body().collect().await;
        if status == http::StatusCode::OK {
            Ok(())
        } else {
            Err(refused(format!("answered {status}")))
        }
    };
    tokio::time::timeout(POST_TIMEOUT, exchange)
        .await
        .map_err(|_| refused(format!("did not answer within {POST_TIMEOUT:?}")))?
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    #[test]
    fn endpoints_parse_and_refuse_what_cannot_be_posted_to() {
        let ok = FirehoseEndpoints::parse(&["audit=http://127.0.0.1:9000/in".into()]).unwrap();
        assert_eq!(ok.get("audit").unwrap().port_u16(), Some(9000));
        for bad in [
            "audit",
            "=http://127.0.0.1/",
            "a=https://127.0.0.1/",
            "a=not a url",
            "a=/relative",
        ] {
            assert!(FirehoseEndpoints::parse(&[bad.into()]).is_err(), "{bad}");
        }
    }

    #[test]
    fn arns_name_streams_of_this_region_and_account() {
        let arn = "arn:aws:firehose:us-east-1:000000000000:deliverystream/audit";
        assert_eq!(stream_of(arn, "us-east-1", "000000000000"), Some("audit"));
        assert_eq!(stream_of(arn, "eu-west-1", "000000000000"), None);
        assert!(is_firehose_arn(arn));
        assert!(!is_firehose_arn("arn:aws:logs:us-east-1:0:log-group:a"));
    }

    #[test]
    fn records_are_gzipped_data_messages_in_base64() {
        let data = data_message(
            "000000000000",
            "/app",
            "web/1",
            "all",
            &[("7".into(), 5, "hi")],
        );
        let body: serde_json::Value =
            serde_json::from_slice(&request_body("r-1", 9, &[data])).unwrap();
        assert_eq!(body["requestId"], "r-1");
        assert_eq!(body["timestamp"], 9);
        let raw = base64::engine::general_purpose::STANDARD
            .decode(body["records"][0]["data"].as_str().unwrap())
            .unwrap();
        let mut text = String::new();
        flate2::read::GzDecoder::new(raw.as_slice())
            .read_to_string(&mut text)
            .unwrap();
        let message: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(message["messageType"], "DATA_MESSAGE");
        assert_eq!(message["logGroup"], "/app");
        assert_eq!(message["subscriptionFilters"], json!(["all"]));
        assert_eq!(
            message["logEvents"],
            json!([{"id": "7", "timestamp": 5, "message": "hi"}])
        );
    }
}
