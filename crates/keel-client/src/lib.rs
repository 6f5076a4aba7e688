//! Keel's client commands: `keel services`, `keel deploy`, `keel events`.
//!
//! They speak the same AWS JSON API every AWS tool uses, signed with SigV4, to the server given
//! by `--endpoint` (default `AWS_ENDPOINT_URL`, else `http://127.0.0.1:5335`). Credentials come
//! from the standard chain as far as it applies off AWS: `AWS_ACCESS_KEY_ID` /
//! `AWS_SECRET_ACCESS_KEY` / `AWS_SESSION_TOKEN`, else the shared credentials file
//! (`AWS_SHARED_CREDENTIALS_FILE`, default `~/.aws/credentials`) under `AWS_PROFILE` (default
//! `default`). The region is `AWS_REGION`, else `AWS_DEFAULT_REGION`, else `us-east-1`.

pub mod commands;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1;
use hyper_util::rt::TokioIo;
use serde_json::Value;

pub const DEFAULT_ENDPOINT: &str = "http://127.0.0.1:5335";
const ECS_TARGET: &str = "AmazonEC2ContainerServiceV20141113.";

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("{0}")]
    Config(String),
    #[error("cannot reach {endpoint}: {source}")]
    Connect {
        endpoint: String,
        source: std::io::Error,
    },
    #[error("HTTP error: {0}")]
    Http(String),
    /// The server answered with an AWS error.
    #[error("{code}: {message}")]
    Api { code: String, message: String },
    #[error("unexpected answer: {0}")]
    Decode(String),
}

#[derive(Clone, Debug)]
pub struct Credentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
}

impl Credentials {
    /// The environment, then the shared credentials file.
    pub fn from_chain() -> Result<Self, ClientError> {
        if let (Ok(id), Ok(secret)) = (
            std::env::var("AWS_ACCESS_KEY_ID"),
            std::env::var("AWS_SECRET_ACCESS_KEY"),
        ) {
            return Ok(Self {
                access_key_id: id,
                secret_access_key: secret,
                session_token: std::env::var("AWS_SESSION_TOKEN").ok(),
            });
        }
        let path = std::env::var_os("AWS_SHARED_CREDENTIALS_FILE")
            .map(std::path::PathBuf::from)
            .or_else(|| {
                std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".aws/credentials"))
            })
            .ok_or_else(|| {
                ClientError::Config(
                    "no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY".into(),
                )
            })?;
        let profile = std::env::var("AWS_PROFILE").unwrap_or_else(|_| "default".into());
        let text = std::fs::read_to_string(&path).map_err(|_| {
            ClientError::Config(format!(
                "no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add profile [{profile}] to {}",
                path.display()
            ))
        })?;
        parse_credentials_file(&text, &profile).ok_or_else(|| {
            ClientError::Config(format!(
                "profile [{profile}] in {} has no access key",
                path.display()
            ))
        })
    }
}

/// Reads one profile of an AWS shared-credentials file.
pub fn parse_credentials_file(text: &str, profile: &str) -> Option<Credentials> {
    let mut in_profile = false;
    let (mut id, mut secret, mut token) = (None, None, None);
    for line in text.lines().map(str::trim) {
        if line.starts_with('#') || line.starts_with(';') || line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            in_profile = name.trim() == profile;
            continue;
        }
        if !in_profile {
            continue;
        }
        if let Some((key, value)) = line.split_once('=') {
            let value = value.trim().to_string();
            match key.trim() {
                "aws_access_key_id" => id = Some(value),
                "aws_secret_access_key" => secret = Some(value),
                "aws_session_token" => token = Some(value),
                _ => {}
            }
        }
    }
    Some(Credentials {
        access_key_id: id?,
        secret_access_key: secret?,
        session_token: token,
    })
}

/// A signed connection to one Keel endpoint (HTTP only; HTTPS endpoints need the AWS CLI).
#[derive(Clone, Debug)]
pub struct Client {
    host: String,
    authority: String,
    pub region: String,
    credentials: Credentials,
    endpoint: String,
}

impl Client {
    /// `endpoint`: `--endpoint`, else `AWS_ENDPOINT_URL`, else the default.
    pub fn new(endpoint: Option<&str>) -> Result<Self, ClientError> {
        let endpoint = endpoint
            .map(str::to_string)
            .or_else(|| std::env::var("AWS_ENDPOINT_URL").ok())
            .unwrap_or_else(|| DEFAULT_ENDPOINT.into());
        let region = std::env::var("AWS_REGION")
            .or_else(|_| std::env::var("AWS_DEFAULT_REGION"))
            .unwrap_or_else(|_| "us-east-1".into());
        Self::with(&endpoint, &region, Credentials::from_chain()?)
    }

    pub fn with(
        endpoint: &str,
        region: &str,
        credentials: Credentials,
    ) -> Result<Self, ClientError> {
        let rest = endpoint.strip_prefix("http://").ok_or_else(|| {
            ClientError::Config(format!(
                "endpoint {endpoint}: keel's client commands speak plain http:// for now"
            ))
        })?;
        let authority = rest.trim_end_matches('/').to_string();
        if authority.is_empty() || authority.contains('/') {
            return Err(ClientError::Config(format!(
                "endpoint {endpoint} is not http://HOST:PORT"
            )));
        }
        let authority = if authority.contains(':') {
            authority
        } else {
            format!("{authority}:80")
        };
        Ok(Self {
            host: authority.clone(),
            authority,
            region: region.to_string(),
            credentials,
            endpoint: endpoint.to_string(),
        })
    }

    async fn connect(&self) -> Result<http1::SendRequest<Full<Bytes>>, ClientError> {
        let stream = tokio::net::TcpStream::connect(&self.authority)
            .await
            .map_err(|source| ClientError::Connect {
                endpoint: self.endpoint.clone(),
                source,
            })?;
        let (sender, connection) = http1::handshake(TokioIo::new(stream))
            .await
            .map_err(|e| ClientError::Http(e.to_string()))?;
        tokio::spawn(connection);
        Ok(sender)
    }

    fn sign(
        &self,
        method: &str,
        path: &str,
        query: Option<&str>,
        headers: &mut http::HeaderMap,
        body: &[u8],
    ) {
        keel_api::sigv4::sign(
            method,
            path,
            query,
            headers,
            body,
            &keel_api::sigv4::SigningKey {
                access_key_id: &self.credentials.access_key_id,
                secret_access_key: &self.credentials.secret_access_key,
                session_token: self.credentials.session_token.as_deref(),
                region: &self.region,
                service: "ecs",
            },
            keel_types::time::now_millis(),
        );
    }

    /// Calls an ECS operation.
    pub async fn ecs(&self, operation: &str, input: &Value) -> Result<Value, ClientError> {
        let body =
            Bytes::from(serde_json::to_vec(input).map_err(|e| ClientError::Decode(e.to_string()))?);
        let mut request = http::Request::post("/")
            .header("host", &self.host)
            .header("content-type", "application/x-amz-json-1.1")
            .header("x-amz-target", format!("{ECS_TARGET}{operation}"))
            .body(Full::new(body.clone()))
            .map_err(|e| ClientError::Http(e.to_string()))?;
        self.sign("POST", "/", None, request.headers_mut(), &body);
        let mut sender = self.connect().await?;
        let response = sender
            .send_request(request)
            .await
            .map_err(|e| ClientError::Http(e.to_string()))?;
        let status = response.status();
        let bytes = response
            .into_body()
            .collect()
            .await
            .map_err(|e| ClientError::Http(e.to_string()))?
            .to_bytes();
        let value: Value = serde_json::from_slice(&bytes)
            .map_err(|e| ClientError::Decode(format!("{status}: {e}")))?;
        if !status.is_success() {
            let code = value
                .get("__type")
                .and_then(Value::as_str)
                .unwrap_or("Error")
                .rsplit('#')
                .next()
                .unwrap_or("Error")
                .to_string();
            let message = value
                .get("message")
                .or_else(|| value.get("Message"))
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            return Err(ClientError::Api { code, message });
        }
        Ok(value)
    }

    /// Follows the state-change stream, calling `on_event(id, name, json)` for each event
    /// until it returns false or the connection ends. Returns the last id seen.
    pub async fn follow_events(
        &self,
        after: Option<i64>,
        mut on_event: impl FnMut(i64, &str, &str) -> bool,
    ) -> Result<Option<i64>, ClientError> {
        let path = "/keel/events/v1/stream";
        let query = after.map(|a| format!("after={a}"));
        let uri = match &query {
            Some(q) => format!("{path}?{q}"),
            None => path.to_string(),
        };
        let mut request = http::Request::get(uri)
            .header("host", &self.host)
            .body(Full::new(Bytes::new()))
            .map_err(|e| ClientError::Http(e.to_string()))?;
        self.sign("GET", path, query.as_deref(), request.headers_mut(), b"");
        let mut sender = self.connect().await?;
        let response = sender
            .send_request(request)
            .await
            .map_err(|e| ClientError::Http(e.to_string()))?;
        let status = response.status();
        let mut body = response.into_body();
        if !status.is_success() {
            let bytes = body
                .collect()
                .await
                .map_err(|e| ClientError::Http(e.to_string()))?
                .to_bytes();
            let value: Value = serde_json::from_slice(&bytes).unwrap_or_default();
            return Err(ClientError::Api {
                code: value
                    .get("__type")
                    .and_then(Value::as_str)
                    .unwrap_or("Error")
                    .to_string(),
                message: value
                    .get("message")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
            });
        }
        let mut buffer = String::new();
        let mut last = after;
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(|e| ClientError::Http(e.to_string()))?;
            let Ok(data) = frame.into_data() else {
                continue;
            };
            buffer.push_str(&String::from_utf8_lossy(&data));
            while let Some(end) = buffer.find("\n\n") {
                let block: String = buffer.drain(..end + 2).collect();
                let (mut id, mut name, mut payload) = (None, String::new(), String::new());
                for line in block.lines() {
                    if let Some(v) = line.strip_prefix("id: ") {
                        id = v.trim().parse::<i64>().ok();
                    } else if let Some(v) = line.strip_prefix("event: ") {
                        name = v.to_string();
                    } else if let Some(v) = line.strip_prefix("data: ") {
                        payload.push_str(v);
                    }
                }
                if name == "error" {
                    return Err(ClientError::Decode(format!("stream error: {payload}")));
                }
                if let Some(id) = id {
                    last = Some(id);
                    if !on_event(id, &name, &payload) {
                        return Ok(last);
                    }
                }
            }
        }
        Ok(last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_profile_from_a_credentials_file() {
        let text = "[default]\naws_access_key_id = A\naws_secret_access_key=B\n\n[other]\naws_access_key_id=C\naws_secret_access_key=D\naws_session_token=T\n";
        let c = parse_credentials_file(text, "other").unwrap();
        assert_eq!(
            (c.access_key_id.as_str(), c.secret_access_key.as_str()),
            ("C", "D")
        );
        assert_eq!(c.session_token.as_deref(), Some("T"));
        assert!(parse_credentials_file(text, "missing").is_none());
    }

    #[test]
    fn endpoints_must_be_plain_http_host_port() {
        let creds = Credentials {
            access_key_id: "a".into(),
            secret_access_key: "b".into(),
            session_token: None,
        };
        assert!(Client::with("http://127.0.0.1:5335", "us-east-1", creds.clone()).is_ok());
        assert!(Client::with("https://127.0.0.1:5335", "us-east-1", creds.clone()).is_err());
        assert!(Client::with("http://127.0.0.1:5335/x", "us-east-1", creds).is_err());
    }
}
