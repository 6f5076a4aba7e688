//! A small SigV4-signing client for Keel's own commands (`keel audit`, `keel logs`,
//! `keel agent-token`): the endpoint from `--endpoint`, else `AWS_ENDPOINT_URL`, else the local
//! default address; credentials and region from the standard AWS chain (environment, then the
//! shared credentials and config files for `AWS_PROFILE`); HTTPS trusting `AWS_CA_BUNDLE` or
//! the system's roots. Any AWS JSON 1.1 service: the caller names the signing service and the
//! target.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, anyhow, bail};
use http_body_util::{BodyExt as _, Full};
use hyper::client::conn::http1;
use hyper_util::rt::TokioIo;
use keel_api::sigv4::{SigningKey, sign};
use rustls_pki_types::pem::PemObject as _;
use rustls_pki_types::{CertificateDer, ServerName};

use crate::config::DEFAULT_LISTEN;

/// Credentials as the AWS SDKs find them.
#[derive(Clone, Debug)]
pub struct Credentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
}

/// One `[section]` of an INI-style AWS file.
fn ini_section(text: &str, section: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut inside = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('#') || line.starts_with(';') || line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            inside = name.trim() == section;
            continue;
        }
        if inside && let Some((k, v)) = line.split_once('=') {
            out.insert(k.trim().to_string(), v.trim().to_string());
        }
    }
    out
}

fn home_file(var: &str, default: &str) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(var).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    std::env::var_os("HOME").map(|home| PathBuf::from(home).join(default))
}

fn profile() -> String {
    std::env::var("AWS_PROFILE")
        .or_else(|_| std::env::var("AWS_DEFAULT_PROFILE"))
        .unwrap_or_else(|_| "default".into())
}

fn config_section() -> HashMap<String, String> {
    let Some(text) =
        home_file("AWS_CONFIG_FILE", ".aws/config").and_then(|p| std::fs::read_to_string(p).ok())
    else {
        return HashMap::new();
    };
    let name = profile();
    let section = if name == "default" {
        "default".to_string()
    } else {
        format!("profile {name}")
    };
    ini_section(&text, &section)
}

/// The standard chain: `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`(/`AWS_SESSION_TOKEN`),
/// then the profile in the shared credentials file, then in the config file.
pub fn credentials() -> anyhow::Result<Credentials> {
    if let (Ok(id), Ok(secret)) = (
        std::env::var("AWS_ACCESS_KEY_ID"),
        std::env::var("AWS_SECRET_ACCESS_KEY"),
    ) {
        return Ok(Credentials {
            access_key_id: id,
            secret_access_key: secret,
            session_token: std::env::var("AWS_SESSION_TOKEN").ok(),
        });
    }
    let name = profile();
    let from_file = home_file("AWS_SHARED_CREDENTIALS_FILE", ".aws/credentials")
        .and_then(|p| std::fs::read_to_string(p).ok())
        .map(|text| ini_section(&text, &name))
        .unwrap_or_default();
    for section in [from_file, config_section()] {
        if let (Some(id), Some(secret)) = (
            section.get("aws_access_key_id"),
            section.get("aws_secret_access_key"),
        ) {
            return Ok(Credentials {
                access_key_id: id.clone(),
                secret_access_key: secret.clone(),
                session_token: section.get("aws_session_token").cloned(),
            });
        }
    }
    bail!(
        "no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a profile in \
         ~/.aws/credentials (keel up prints the root key's lines)"
    )
}

/// `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's `region`, else `us-east-1`.
pub fn region() -> String {
    std::env::var("AWS_REGION")
        .or_else(|_| std::env::var("AWS_DEFAULT_REGION"))
        .ok()
        .filter(|r| !r.is_empty())
        .or_else(|| config_section().get("region").cloned())
        .unwrap_or_else(|| crate::config::DEFAULT_REGION.to_string())
}

/// Where a command sends its requests.
#[derive(Clone, Debug)]
pub struct Endpoint {
    pub https: bool,
    pub host: String,
    pub port: u16,
}

impl Endpoint {
    /// `given`, else `AWS_ENDPOINT_URL`, else `http://127.0.0.1:5335`.
    pub fn resolve(given: Option<&str>) -> anyhow::Result<Endpoint> {
        let text = given
            .map(str::to_string)
            .or_else(|| {
                std::env::var("AWS_ENDPOINT_URL")
                    .ok()
                    .filter(|s| !s.is_empty())
            })
            .unwrap_or_else(|| format!("http://{DEFAULT_LISTEN}"));
        let (https, rest) = if let Some(rest) = text.strip_prefix("https://") {
            (true, rest)
        } else if let Some(rest) = text.strip_prefix("http://") {
            (false, rest)
        } else {
            bail!("endpoint {text:?} must start with http:// or https://");
        };
        let authority = rest.split('/').next().unwrap_or(rest);
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, p)) if !h.ends_with(']') || authority.starts_with('[') => (
                h.trim_start_matches('[').trim_end_matches(']').to_string(),
                p.parse::<u16>()
                    .with_context(|| format!("the port of endpoint {text:?}"))?,
            ),
            _ => (authority.to_string(), if https { 443 } else { 80 }),
        };
        Ok(Endpoint { https, host, port })
    }

    fn host_header(&self) -> String {
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        match (self.https, self.port) {
            (true, 443) | (false, 80) => host,
            _ => format!("{host}:{}", self.port),
        }
    }
}

fn tls_connector() -> anyhow::Result<tokio_rustls::TlsConnector> {
    let mut roots = rustls::RootCertStore::empty();
    if let Some(bundle) = std::env::var_os("AWS_CA_BUNDLE").filter(|b| !b.is_empty()) {
        for cert in CertificateDer::pem_file_iter(&bundle).with_context(|| {
            format!("reading AWS_CA_BUNDLE {}", PathBuf::from(&bundle).display())
        })? {
            roots.add(cert?)?;
        }
    } else {
        for cert in rustls_native_certs::load_native_certs().certs {
            let _ = roots.add(cert);
        }
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(tokio_rustls::TlsConnector::from(Arc::new(config)))
}

/// A signed client for one endpoint.
pub struct Client {
    pub endpoint: Endpoint,
    pub credentials: Credentials,
    pub region: String,
}

/// An answer: status and body.
pub struct Answer {
    pub status: u16,
    pub body: bytes::Bytes,
}

impl Client {
    pub fn from_environment(endpoint: Option<&str>) -> anyhow::Result<Client> {
        Ok(Client {
            endpoint: Endpoint::resolve(endpoint)?,
            credentials: credentials()?,
            region: region(),
        })
    }

    /// Sends one signed `POST` to `path` for `service` (its signing name).
    pub async fn post(
        &self,
        path: &str,
        service: &str,
        extra_headers: &[(&str, &str)],
        body: Vec<u8>,
    ) -> anyhow::Result<Answer> {
        let mut headers = http::HeaderMap::new();
        headers.insert("host", self.endpoint.host_header().parse()?);
        for (k, v) in extra_headers {
            headers.insert(http::HeaderName::from_bytes(k.as_bytes())?, v.parse()?);
        }
        sign(
            "POST",
            path,
            None,
            &mut headers,
            &body,
            &SigningKey {
                access_key_id: &self.credentials.access_key_id,
                secret_access_key: &self.credentials.secret_access_key,
                session_token: self.credentials.session_token.as_deref(),
                region: &self.region,
                service,
            },
            keel_types::time::now_millis(),
        );
        let mut request = http::Request::builder().method("POST").uri(path);
        for (k, v) in &headers {
            request = request.header(k, v);
        }
        let request = request.body(Full::new(bytes::Bytes::from(body)))?;
        let tcp = tokio::net::TcpStream::connect((self.endpoint.host.as_str(), self.endpoint.port))
            .await
            .with_context(|| {
                format!(
                    "connecting to {}:{} (is keel running? set --endpoint or AWS_ENDPOINT_URL)",
                    self.endpoint.host, self.endpoint.port
                )
            })?;
        let response = if self.endpoint.https {
            let name = ServerName::try_from(self.endpoint.host.clone())
                .map_err(|_| anyhow!("{} is not a valid TLS server name", self.endpoint.host))?;
            let tls = tls_connector()?
                .connect(name, tcp)
                .await
                .context("TLS handshake")?;
            let (mut sender, conn) = http1::handshake(TokioIo::new(tls)).await?;
            tokio::spawn(conn);
            sender.send_request(request).await?
        } else {
            let (mut sender, conn) = http1::handshake(TokioIo::new(tcp)).await?;
            tokio::spawn(conn);
            sender.send_request(request).await?
        };
        let status = response.status().as_u16();
        let body = response.into_body().collect().await?.to_bytes();
        Ok(Answer { status, body })
    }

    /// Calls an AWS JSON 1.1 operation; an error answer becomes an error naming its code.
    pub async fn json(
        &self,
        service: &str,
        target: &str,
        input: &serde_json::Value,
    ) -> anyhow::Result<serde_json::Value> {
        let answer = self
            .post(
                "/",
                service,
                &[
                    ("content-type", "application/x-amz-json-1.1"),
                    ("x-amz-target", target),
                ],
                serde_json::to_vec(input)?,
            )
            .await?;
        let value: serde_json::Value = serde_json::from_slice(&answer.body)
            .with_context(|| format!("the answer to {target} is not JSON"))?;
        if answer.status != 200 {
            return Err(ApiError::from_answer(&value).into());
        }
        Ok(value)
    }
}

/// An AWS error answer (`{"__type": CODE, "message": MSG}`), which callers may tell apart with
/// `anyhow::Error::downcast_ref::<ApiError>()`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The error code without a namespace, e.g. `ResourceNotFoundException`.
    pub code: String,
    pub message: String,
}

impl ApiError {
    fn from_answer(value: &serde_json::Value) -> ApiError {
        let code = value["__type"].as_str().unwrap_or("error");
        let message = value["message"]
            .as_str()
            .or_else(|| value["Message"].as_str())
            .unwrap_or("");
        ApiError {
            code: code.rsplit('#').next().unwrap_or(code).to_string(),
            message: message.to_string(),
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for ApiError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_parse() {
        let e = Endpoint::resolve(Some("https://127.0.0.1:5335")).unwrap();
        assert!(e.https && e.host == "127.0.0.1" && e.port == 5335);
        assert_eq!(e.host_header(), "127.0.0.1:5335");
        let e = Endpoint::resolve(Some("http://localhost")).unwrap();
        assert_eq!((e.host.as_str(), e.port), ("localhost", 80));
        assert_eq!(e.host_header(), "localhost");
        let e = Endpoint::resolve(Some("http://[::1]:9000/")).unwrap();
        assert_eq!((e.host.as_str(), e.port), ("::1", 9000));
        assert!(Endpoint::resolve(Some("ftp://x")).is_err());
    }

    #[test]
    fn api_errors_keep_code_and_message() {
        let e = ApiError::from_answer(
            &serde_json::json!({"__type": "com.amazonaws#ResourceNotFoundException",
                                "message": "The specified log group does not exist."}),
        );
        assert_eq!(e.code, "ResourceNotFoundException");
        assert_eq!(
            e.to_string(),
            "ResourceNotFoundException: The specified log group does not exist."
        );
        let e = ApiError::from_answer(&serde_json::json!({"Message": "no"}));
        assert_eq!((e.code.as_str(), e.message.as_str()), ("error", "no"));
        let wrapped: anyhow::Error = e.clone().into();
        assert_eq!(wrapped.downcast_ref::<ApiError>(), Some(&e));
    }

    #[test]
    fn ini_sections() {
        let text = "[default]\naws_access_key_id = A\n# c\n[profile x]\nregion=eu-west-1\n";
        assert_eq!(ini_section(text, "default")["aws_access_key_id"], "A");
        assert_eq!(ini_section(text, "profile x")["region"], "eu-west-1");
        assert!(ini_section(text, "nope").is_empty());
    }
}
