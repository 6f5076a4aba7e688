//! The agent's side of the protocol: a small async client over hyper that signs every call with
//! SigV4 (AWS's own signer, `aws-sigv4`), speaks http or https (rustls with ring; the system's
//! roots, or a CA bundle file such as the server's self-signed certificate), bounds every call
//! with a timeout, and keeps a few idle connections for reuse.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use bytes::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper::client::conn::http1::{self, SendRequest};
use hyper_util::rt::TokioIo;
use rustls_pki_types::pem::PemObject as _;
use rustls_pki_types::{CertificateDer, ServerName};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::{
    AgentCredentials, ErrorBody, HEARTBEAT_PATH, HeartbeatRequest, HeartbeatResponse,
    IssueTokenRequest, IssuedToken, MAX_POLL_WAIT_MS, PROTOCOL_VERSION, PollRequest, REGISTER_PATH,
    REGISTRATION_TOKENS_PATH, RedeemRequest, RegisterRequest, RegisterResponse, SESSION_NOT_FOUND,
    SIGNING_NAME, STATE_PATH, StateRequest, StateResponse, TASK_CREDENTIALS_PATH, TASKS_PATH,
    TaskCredentialsRequest, TaskRoleCredentials, TasksResponse, VERSION_HEADER,
};

/// How many idle connections a client keeps.
const IDLE_CONNECTIONS: usize = 4;

/// Why a call failed.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("{0}")]
    Config(String),
    #[error("cannot reach {endpoint}: {source}")]
    Connect {
        endpoint: String,
        source: std::io::Error,
    },
    #[error("TLS with {endpoint}: {message}")]
    Tls { endpoint: String, message: String },
    #[error("HTTP: {0}")]
    Http(String),
    #[error("no answer within {0:?}")]
    Timeout(Duration),
    /// The server answered with an error.
    #[error("{code} ({status}): {message}")]
    Api {
        status: u16,
        code: String,
        message: String,
        supported_versions: Option<Vec<String>>,
    },
    #[error("unexpected answer: {0}")]
    Decode(String),
}

impl ClientError {
    /// The server does not know the session: register again.
    pub fn is_session_lost(&self) -> bool {
        matches!(self, ClientError::Api { status: 410, .. })
            || matches!(self, ClientError::Api { code, .. } if code == SESSION_NOT_FOUND)
    }

    /// The HTTP status of an error answer.
    pub fn status(&self) -> Option<u16> {
        match self {
            ClientError::Api { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The `__type` of an error answer.
    pub fn code(&self) -> Option<&str> {
        match self {
            ClientError::Api { code, .. } => Some(code),
            _ => None,
        }
    }

    /// Worth retrying later (the server was unreachable, slow, or failed): not a refusal.
    pub fn is_transient(&self) -> bool {
        match self {
            ClientError::Connect { .. }
            | ClientError::Timeout(_)
            | ClientError::Http(_)
            | ClientError::Tls { .. } => true,
            ClientError::Api { status, .. } => *status >= 500 || *status == 429,
            ClientError::Config(_) | ClientError::Decode(_) => false,
        }
    }
}

/// An agent's long-term credentials (from [`AgentClient::redeem_token`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SigningCredentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
}

impl From<&AgentCredentials> for SigningCredentials {
    fn from(c: &AgentCredentials) -> Self {
        SigningCredentials {
            access_key_id: c.access_key_id.clone(),
            secret_access_key: c.secret_access_key.clone(),
            session_token: None,
        }
    }
}

/// How to reach the server.
#[derive(Clone, Debug)]
pub struct ClientConfig {
    /// `http://HOST:PORT` or `https://HOST:PORT`: the server's one listener.
    pub endpoint: String,
    /// The region the agent's cluster is in (the SigV4 scope).
    pub region: String,
    /// Signs every call but the token exchange; `None` until the agent has credentials.
    pub credentials: Option<SigningCredentials>,
    /// Extra certificates to trust (PEM), e.g. the server's self-signed one. Without one the
    /// system's roots are trusted.
    pub ca_bundle: Option<PathBuf>,
    /// The bound of each call (connect, send, read the answer). A poll gets its wait on top.
    pub timeout: Duration,
    /// Sent as `user-agent`.
    pub user_agent: String,
}

impl ClientConfig {
    pub fn new(endpoint: impl Into<String>, region: impl Into<String>) -> Self {
        ClientConfig {
            endpoint: endpoint.into(),
            region: region.into(),
            credentials: None,
            ca_bundle: None,
            timeout: Duration::from_secs(10),
            user_agent: format!("keel-agent-protocol/{PROTOCOL_VERSION}"),
        }
    }
}

#[derive(Clone, Debug)]
struct Endpoint {
    https: bool,
    host: String,
    port: u16,
    text: String,
}

impl Endpoint {
    fn parse(text: &str) -> Result<Endpoint, ClientError> {
        let (https, rest) = if let Some(rest) = text.strip_prefix("https://") {
            (true, rest)
        } else if let Some(rest) = text.strip_prefix("http://") {
            (false, rest)
        } else {
            return Err(ClientError::Config(format!(
                "endpoint {text:?} must start with http:// or https://"
            )));
        };
        let authority = rest.split('/').next().unwrap_or(rest);
        let bad = || ClientError::Config(format!("endpoint {text:?} has no valid host and port"));
        let (host, port) = if let Some(inner) = authority.strip_prefix('[') {
            let (host, after) = inner.split_once(']').ok_or_else(bad)?;
            let port = match after.strip_prefix(':') {
                Some(p) => p.parse::<u16>().map_err(|_| bad())?,
                None if after.is_empty() => default_port(https),
                None => return Err(bad()),
            };
            (host.to_string(), port)
        } else {
            match authority.rsplit_once(':') {
                Some((h, p)) => (h.to_string(), p.parse::<u16>().map_err(|_| bad())?),
                None => (authority.to_string(), default_port(https)),
            }
        };
        if host.is_empty() {
            return Err(bad());
        }
        Ok(Endpoint {
            https,
            host,
            port,
            text: text.trim_end_matches('/').to_string(),
        })
    }

    fn authority(&self) -> String {
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        if self.port == default_port(self.https) {
            host
        } else {
            format!("{host}:{}", self.port)
        }
    }
}

fn default_port(https: bool) -> u16 {
    if https { 443 } else { 80 }
}

fn tls_connector(bundle: Option<&Path>) -> Result<tokio_rustls::TlsConnector, ClientError> {
    let config_err = |m: String| ClientError::Config(m);
    let mut roots = rustls::RootCertStore::empty();
    match bundle {
        Some(path) => {
            let certs = CertificateDer::pem_file_iter(path)
                .map_err(|e| config_err(format!("reading CA bundle {}: {e}", path.display())))?;
            for cert in certs {
                let cert = cert.map_err(|e| {
                    config_err(format!("reading CA bundle {}: {e}", path.display()))
                })?;
                roots
                    .add(cert)
                    .map_err(|e| config_err(format!("a certificate in {}: {e}", path.display())))?;
            }
        }
        None => {
            for cert in rustls_native_certs::load_native_certs().certs {
                let _ = roots.add(cert);
            }
        }
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| config_err(format!("TLS: {e}")))?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(tokio_rustls::TlsConnector::from(Arc::new(config)))
}

/// The agent protocol's client. Cloning shares the idle connections.
#[derive(Clone)]
pub struct AgentClient {
    endpoint: Endpoint,
    region: String,
    credentials: Option<SigningCredentials>,
    tls: Option<tokio_rustls::TlsConnector>,
    timeout: Duration,
    user_agent: String,
    idle: Arc<Mutex<Vec<SendRequest<Full<Bytes>>>>>,
}

impl std::fmt::Debug for AgentClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AgentClient")
            .field("endpoint", &self.endpoint.text)
            .field("region", &self.region)
            .field(
                "access_key_id",
                &self.credentials.as_ref().map(|c| c.access_key_id.as_str()),
            )
            .finish()
    }
}

impl AgentClient {
    pub fn new(config: ClientConfig) -> Result<AgentClient, ClientError> {
        let endpoint = Endpoint::parse(&config.endpoint)?;
        let tls = if endpoint.https {
            Some(tls_connector(config.ca_bundle.as_deref())?)
        } else {
            None
        };
        Ok(AgentClient {
            endpoint,
            region: config.region,
            credentials: config.credentials,
            tls,
            timeout: config.timeout,
            user_agent: config.user_agent,
            idle: Arc::default(),
        })
    }

    /// The same client signing with other credentials (after a token exchange). Connections
    /// are not shared with `self`.
    pub fn with_credentials(&self, credentials: SigningCredentials) -> AgentClient {
        AgentClient {
            credentials: Some(credentials),
            idle: Arc::default(),
            ..self.clone()
        }
    }

    /// The same client in another region.
    pub fn with_region(&self, region: impl Into<String>) -> AgentClient {
        AgentClient {
            region: region.into(),
            ..self.clone()
        }
    }

    pub fn region(&self) -> &str {
        &self.region
    }

    /// Trades a one-time registration token for the agent's own credentials (unsigned: the
    /// token is the credential).
    pub async fn redeem_token(&self, token: &str) -> Result<AgentCredentials, ClientError> {
        let body = RedeemRequest {
            token: token.to_string(),
        };
        self.call(
            "POST",
            crate::CREDENTIALS_PATH,
            None,
            Some(&body),
            false,
            self.timeout,
        )
        .await
    }

    /// Issues a registration token (what `keel agent-token create` does); needs credentials
    /// allowed `keel:CreateAgentRegistrationToken` on the cluster.
    pub async fn issue_registration_token(
        &self,
        request: &IssueTokenRequest,
    ) -> Result<IssuedToken, ClientError> {
        self.call(
            "POST",
            REGISTRATION_TOKENS_PATH,
            None,
            Some(request),
            true,
            self.timeout,
        )
        .await
    }

    pub async fn register(
        &self,
        request: &RegisterRequest,
    ) -> Result<RegisterResponse, ClientError> {
        self.call(
            "POST",
            REGISTER_PATH,
            None,
            Some(request),
            true,
            self.timeout,
        )
        .await
    }

    pub async fn heartbeat(
        &self,
        request: &HeartbeatRequest,
    ) -> Result<HeartbeatResponse, ClientError> {
        self.call(
            "POST",
            HEARTBEAT_PATH,
            None,
            Some(request),
            true,
            self.timeout,
        )
        .await
    }

    /// Long-polls for desired-state changes; waits up to the request's `wait_ms` on top of the
    /// call timeout.
    pub async fn poll_tasks(&self, request: &PollRequest) -> Result<TasksResponse, ClientError> {
        let wait = request
            .wait_ms
            .unwrap_or(crate::DEFAULT_POLL_WAIT_MS)
            .min(MAX_POLL_WAIT_MS);
        let query = request.to_query();
        self.call::<(), _>(
            "GET",
            TASKS_PATH,
            Some(&query),
            None,
            true,
            self.timeout + Duration::from_millis(wait),
        )
        .await
    }

    pub async fn submit_state(&self, request: &StateRequest) -> Result<StateResponse, ClientError> {
        self.call("POST", STATE_PATH, None, Some(request), true, self.timeout)
            .await
    }

    /// The credentials of a task's IAM role ([`TASK_CREDENTIALS_PATH`]).
    pub async fn task_credentials(
        &self,
        request: &TaskCredentialsRequest,
    ) -> Result<TaskRoleCredentials, ClientError> {
        self.call(
            "POST",
            TASK_CREDENTIALS_PATH,
            None,
            Some(request),
            true,
            self.timeout,
        )
        .await
    }

    /// One call: JSON in, JSON out, an error answer as [`ClientError::Api`].
    async fn call<B: Serialize, T: DeserializeOwned>(
        &self,
        method: &str,
        path: &str,
        query: Option<&str>,
        body: Option<&B>,
        signed: bool,
        timeout: Duration,
    ) -> Result<T, ClientError> {
        let body = match body {
            Some(b) => serde_json::to_vec(b).map_err(|e| ClientError::Decode(e.to_string()))?,
            None => Vec::new(),
        };
        let (status, answer) = self
            .send_raw(method, path, query, body, signed, timeout)
            .await?;
        if status == 200 {
            return serde_json::from_slice(&answer).map_err(|e| {
                ClientError::Decode(format!(
                    "the answer to {method} {path} does not decode: {e}"
                ))
            });
        }
        match serde_json::from_slice::<ErrorBody>(&answer) {
            Ok(err) => Err(ClientError::Api {
                status,
                code: err.code,
                message: err.message,
                supported_versions: err.supported_versions,
            }),
            Err(_) => Err(ClientError::Api {
                status,
                code: format!("HTTP{status}"),
                message: String::from_utf8_lossy(&answer).chars().take(512).collect(),
                supported_versions: None,
            }),
        }
    }

    /// Sends a request as given and returns the status and body (for tests of the server's
    /// answers to odd requests, too): signed with the client's credentials when `signed`.
    pub async fn send_raw(
        &self,
        method: &str,
        path: &str,
        query: Option<&str>,
        body: Vec<u8>,
        signed: bool,
        timeout: Duration,
    ) -> Result<(u16, Bytes), ClientError> {
        self.send_with_headers(method, path, query, body, signed, timeout, &[])
            .await
    }

    /// As [`AgentClient::send_raw`], with extra headers that replace the client's own (such as
    /// another protocol version).
    pub async fn send_with_headers(
        &self,
        method: &str,
        path: &str,
        query: Option<&str>,
        body: Vec<u8>,
        signed: bool,
        timeout: Duration,
        extra: &[(&str, &str)],
    ) -> Result<(u16, Bytes), ClientError> {
        let signing = signed.then_some(SIGNING_NAME);
        let request = self.build(method, path, query, body, signing, extra)?;
        match tokio::time::timeout(timeout, self.exchange(request)).await {
            Ok(result) => result,
            Err(_) => Err(ClientError::Timeout(timeout)),
        }
    }

    /// An AWS JSON 1.1 call on the same listener (`POST /` with `X-Amz-Target`), signed for
    /// `signing_name` (`logs` for CloudWatch Logs): what the agent uses for the public APIs it
    /// needs beside the protocol, such as `PutLogEvents`. Answers the status and body.
    pub async fn aws_json(
        &self,
        signing_name: &str,
        target: &str,
        body: Vec<u8>,
    ) -> Result<(u16, Bytes), ClientError> {
        let extra = [
            ("content-type", "application/x-amz-json-1.1"),
            ("x-amz-target", target),
        ];
        let request = self.build("POST", "/", None, body, Some(signing_name), &extra)?;
        match tokio::time::timeout(self.timeout, self.exchange(request)).await {
            Ok(result) => result,
            Err(_) => Err(ClientError::Timeout(self.timeout)),
        }
    }

    fn build(
        &self,
        method: &str,
        path: &str,
        query: Option<&str>,
        body: Vec<u8>,
        signing_name: Option<&str>,
        extra: &[(&str, &str)],
    ) -> Result<http::Request<Full<Bytes>>, ClientError> {
        let path_and_query = match query {
            Some(q) if !q.is_empty() => format!("{path}?{q}"),
            _ => path.to_string(),
        };
        let scheme = if self.endpoint.https { "https" } else { "http" };
        let url = format!("{scheme}://{}{path_and_query}", self.endpoint.authority());
        let mut headers: Vec<(String, String)> = vec![
            ("host".into(), self.endpoint.authority()),
            ("content-type".into(), "application/json".into()),
            (VERSION_HEADER.into(), PROTOCOL_VERSION.into()),
            ("user-agent".into(), self.user_agent.clone()),
        ];
        for (name, value) in extra {
            let name = name.to_ascii_lowercase();
            headers.retain(|(n, _)| *n != name);
            headers.push((name, value.to_string()));
        }
        let mut request = http::Request::builder().method(method).uri(&path_and_query);
        for (name, value) in &headers {
            request = request.header(name.as_str(), value.as_str());
        }
        let mut request = request
            .body(Full::new(Bytes::new()))
            .map_err(|e| ClientError::Http(e.to_string()))?;
        if let Some(signing_name) = signing_name {
            let creds = self.credentials.as_ref().ok_or_else(|| {
                ClientError::Config(
                    "this call must be signed, and the client has no credentials".into(),
                )
            })?;
            let identity: Identity = Credentials::new(
                creds.access_key_id.clone(),
                creds.secret_access_key.clone(),
                creds.session_token.clone(),
                None,
                "keel-agent",
            )
            .into();
            let params = v4::SigningParams::builder()
                .identity(&identity)
                .region(&self.region)
                .name(signing_name)
                .time(SystemTime::now())
                .settings(SigningSettings::default())
                .build()
                .map_err(|e| ClientError::Config(format!("signing: {e}")))?
                .into();
            let signable = SignableRequest::new(
                method,
                url.as_str(),
                headers.iter().map(|(k, v)| (k.as_str(), v.as_str())),
                SignableBody::Bytes(&body),
            )
            .map_err(|e| ClientError::Config(format!("signing: {e}")))?;
            let (instructions, _) = sign(signable, &params)
                .map_err(|e| ClientError::Config(format!("signing: {e}")))?
                .into_parts();
            instructions.apply_to_request_http1x(&mut request);
        }
        *request.body_mut() = Full::new(Bytes::from(body));
        Ok(request)
    }

    async fn exchange(
        &self,
        request: http::Request<Full<Bytes>>,
    ) -> Result<(u16, Bytes), ClientError> {
        let mut sender = match self.take_idle() {
            Some(s) => s,
            None => self.connect().await?,
        };
        let response = match sender.send_request(request).await {
            Ok(r) => r,
            Err(err) => return Err(ClientError::Http(err.to_string())),
        };
        let status = response.status().as_u16();
        let keep_alive = !response
            .headers()
            .get(http::header::CONNECTION)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.eq_ignore_ascii_case("close"));
        let body = response
            .into_body()
            .collect()
            .await
            .map_err(|e| ClientError::Http(e.to_string()))?
            .to_bytes();
        if keep_alive {
            self.put_idle(sender);
        }
        Ok((status, body))
    }

    fn take_idle(&self) -> Option<SendRequest<Full<Bytes>>> {
        let mut idle = self.idle.lock().ok()?;
        while let Some(sender) = idle.pop() {
            if !sender.is_closed() && sender.is_ready() {
                return Some(sender);
            }
        }
        None
    }

    fn put_idle(&self, sender: SendRequest<Full<Bytes>>) {
        if let Ok(mut idle) = self.idle.lock()
            && idle.len() < IDLE_CONNECTIONS
        {
            idle.push(sender);
        }
    }

    async fn connect(&self) -> Result<SendRequest<Full<Bytes>>, ClientError> {
        let tcp = tokio::net::TcpStream::connect((self.endpoint.host.as_str(), self.endpoint.port))
            .await
            .map_err(|source| ClientError::Connect {
                endpoint: self.endpoint.text.clone(),
                source,
            })?;
        let _ = tcp.set_nodelay(true);
        match &self.tls {
            Some(connector) => {
                let name = ServerName::try_from(self.endpoint.host.clone()).map_err(|_| {
                    ClientError::Config(format!(
                        "{} is not a valid TLS server name",
                        self.endpoint.host
                    ))
                })?;
                let stream = connector
                    .connect(name, tcp)
                    .await
                    .map_err(|e| ClientError::Tls {
                        endpoint: self.endpoint.text.clone(),
                        message: e.to_string(),
                    })?;
                let (sender, conn) = http1::handshake(TokioIo::new(stream))
                    .await
                    .map_err(|e| ClientError::Http(e.to_string()))?;
                tokio::spawn(conn);
                Ok(sender)
            }
            None => {
                let (sender, conn) = http1::handshake(TokioIo::new(tcp))
                    .await
                    .map_err(|e| ClientError::Http(e.to_string()))?;
                tokio::spawn(conn);
                Ok(sender)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_parse() {
        let e = Endpoint::parse("https://127.0.0.1:5335").unwrap();
        assert!(e.https && e.host == "127.0.0.1" && e.port == 5335);
        assert_eq!(e.authority(), "127.0.0.1:5335");
        let e = Endpoint::parse("http://localhost/").unwrap();
        assert_eq!((e.host.as_str(), e.port), ("localhost", 80));
        assert_eq!(e.authority(), "localhost");
        let e = Endpoint::parse("http://[::1]:9000").unwrap();
        assert_eq!((e.host.as_str(), e.port), ("::1", 9000));
        assert_eq!(e.authority(), "[::1]:9000");
        for bad in ["ftp://x", "http://", "http://h:notaport", "http://[::1"] {
            assert!(Endpoint::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn signed_calls_need_credentials() {
        let client =
            AgentClient::new(ClientConfig::new("http://127.0.0.1:1", "us-east-1")).unwrap();
        let err = client
            .build(
                "POST",
                REGISTER_PATH,
                None,
                b"{}".to_vec(),
                Some(SIGNING_NAME),
                &[],
            )
            .unwrap_err();
        assert!(matches!(err, ClientError::Config(_)));
        let signed = client.with_credentials(SigningCredentials {
            access_key_id: "AKIAEXAMPLE".into(),
            secret_access_key: "secret".into(),
            session_token: None,
        });
        let request = signed
            .build(
                "GET",
                TASKS_PATH,
                Some("after=0&cluster=c"),
                Vec::new(),
                Some(SIGNING_NAME),
                &[],
            )
            .unwrap();
        let auth = request.headers()["authorization"].to_str().unwrap();
        assert!(auth.starts_with("AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/"));
        assert!(auth.contains("/us-east-1/ecs/aws4_request"));
        assert!(
            auth.contains(VERSION_HEADER),
            "the version header is signed: {auth}"
        );
        assert_eq!(request.headers()[VERSION_HEADER], PROTOCOL_VERSION);
        assert_eq!(request.uri(), "/keel/agent/v1/tasks?after=0&cluster=c");
        // Public API calls are signed for their own service.
        let logs = signed
            .build(
                "POST",
                "/",
                None,
                b"{}".to_vec(),
                Some("logs"),
                &[("x-amz-target", "Logs_20140328.PutLogEvents")],
            )
            .unwrap();
        let auth = logs.headers()["authorization"].to_str().unwrap();
        assert!(auth.contains("/us-east-1/logs/aws4_request"), "{auth}");
        assert!(auth.contains("x-amz-target"), "{auth}");
    }

    #[tokio::test]
    async fn an_unreachable_server_is_a_transient_error() {
        // Port 1 on loopback: nothing listens there.
        let client =
            AgentClient::new(ClientConfig::new("http://127.0.0.1:1", "us-east-1")).unwrap();
        let err = client.redeem_token("keelreg-x").await.unwrap_err();
        assert!(err.is_transient(), "{err}");
        assert!(!err.is_session_lost());
    }
}
