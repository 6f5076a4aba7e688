//! Task IAM roles: the credentials endpoint containers get their task role's credentials from.
//!
//! As the ECS agent does: every task with a `taskRoleArn` gets a credentials id, random and
//! kept with the task (a restarted agent serves the same one, so running containers keep
//! working); its containers get `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/ID`,
//! which the AWS SDKs and CLI resolve against `http://169.254.170.2`; and the agent answers
//! `GET /v2/credentials/ID` with the role session's credentials in the shape the SDKs' container
//! credential providers read (`RoleArn`, `AccessKeyId`, `SecretAccessKey`, `Token`,
//! `Expiration`). The id is the only secret a request carries: knowing one is worth one task's
//! credentials, as in ECS. When the endpoint listens elsewhere than `169.254.170.2:80`,
//! containers get `AWS_CONTAINER_CREDENTIALS_FULL_URI` instead.
//!
//! Credentials come from a [`CredentialsSource`] (the server, over the agent protocol, which
//! assumes the role as `ecs-tasks.amazonaws.com`), fetched when a container first asks and again
//! once half of a session's lifetime has passed, so an SDK refreshing ahead of the expiry always
//! gets a session with most of its life left. A task's entry goes when the agent forgets the task.

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use async_trait::async_trait;
use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::{Method, Request, Response, StatusCode};
use parking_lot::Mutex;
use serde::Serialize;

/// The address ECS's SDK integration resolves `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` against.
pub const ECS_CREDENTIALS_ADDRESS: &str = "169.254.170.2:80";
pub const RELATIVE_URI_ENV: &str = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI";
pub const FULL_URI_ENV: &str = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
const PATH_PREFIX: &str = "/v2/credentials/";
/// How long a container's request may wait for the server's answer.
const FETCH_TIMEOUT: Duration = Duration::from_secs(20);

/// A role session's credentials, times in milliseconds since the epoch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleCredentials {
    pub role_arn: String,
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: String,
    pub expiration_ms: i64,
}

/// Where a task's role credentials come from.
#[async_trait]
pub trait CredentialsSource: Send + Sync {
    async fn fetch(&self, task_arn: &str) -> Result<RoleCredentials, String>;
}

/// Why a credentials request was not answered with credentials.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum LookupError {
    #[error("CredentialsV2Request: Credentials not found")]
    NotFound,
    #[error("{0}")]
    Unavailable(String),
}

struct Cached {
    credentials: RoleCredentials,
    fetched_ms: i64,
}

struct Entry {
    task_arn: String,
    role_arn: String,
    /// One fetch at a time per task; later askers wait for it and share its answer.
    cached: tokio::sync::Mutex<Option<Cached>>,
}

/// The credentials of the tasks this agent runs, by credentials id.
pub struct TaskCredentials {
    entries: Mutex<HashMap<String, Arc<Entry>>>,
    source: OnceLock<Arc<dyn CredentialsSource>>,
    /// `None`: the ECS address, so the relative URI; else the base of the full URI.
    full_uri_base: Option<String>,
    now_ms: fn() -> i64,
}

impl std::fmt::Debug for TaskCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TaskCredentials")
            .field("tasks", &self.entries.lock().len())
            .field("full_uri_base", &self.full_uri_base)
            .finish()
    }
}

fn system_now_ms() -> i64 {
    keel_types::time::now_millis()
}

impl TaskCredentials {
    /// For an endpoint listening on `address` (`HOST:PORT`).
    pub fn new(address: &str) -> Arc<Self> {
        Self::with_clock(address, system_now_ms)
    }

    pub fn with_clock(address: &str, now_ms: fn() -> i64) -> Arc<Self> {
        Arc::new(TaskCredentials {
            entries: Mutex::new(HashMap::new()),
            source: OnceLock::new(),
            full_uri_base: (address != ECS_CREDENTIALS_ADDRESS)
                .then(|| format!("http://{address}")),
            now_ms,
        })
    }

    /// Where credentials come from; set once (the link exists only after the engine).
    pub fn set_source(&self, source: Arc<dyn CredentialsSource>) {
        let _ = self.source.set(source);
    }

    /// The variable a container of the task gets, as (name, value).
    pub fn container_env(&self, credentials_id: &str) -> (String, String) {
        let path = format!("{PATH_PREFIX}{credentials_id}");
        match &self.full_uri_base {
            None => (RELATIVE_URI_ENV.to_string(), path),
            Some(base) => (FULL_URI_ENV.to_string(), format!("{base}{path}")),
        }
    }

    /// Serves `credentials_id` for the task (idempotent; a changed role starts afresh).
    pub fn register(&self, credentials_id: &str, task_arn: &str, role_arn: &str) {
        let mut entries = self.entries.lock();
        if entries
            .get(credentials_id)
            .is_some_and(|e| e.task_arn == task_arn && e.role_arn == role_arn)
        {
            return;
        }
        entries.insert(
            credentials_id.to_string(),
            Arc::new(Entry {
                task_arn: task_arn.to_string(),
                role_arn: role_arn.to_string(),
                cached: tokio::sync::Mutex::new(None),
            }),
        );
    }

    /// Stops serving the task's credentials.
    pub fn forget_task(&self, task_arn: &str) {
        self.entries.lock().retain(|_, e| e.task_arn != task_arn);
    }

    /// The credentials for an id: cached while less than half their lifetime has passed.
    pub async fn credentials(&self, credentials_id: &str) -> Result<RoleCredentials, LookupError> {
        let entry = self
            .entries
            .lock()
            .get(credentials_id)
            .cloned()
            .ok_or(LookupError::NotFound)?;
        let mut cached = entry.cached.lock().await;
        let now = (self.now_ms)();
        if let Some(c) = cached.as_ref() {
            let half_life = (c.credentials.expiration_ms - c.fetched_ms) / 2;
            if now < c.fetched_ms + half_life {
                return Ok(c.credentials.clone());
            }
        }
        let source = self.source.get().ok_or_else(|| {
            LookupError::Unavailable("the agent is not connected to its server yet".into())
        })?;
        let fetched = tokio::time::timeout(FETCH_TIMEOUT, source.fetch(&entry.task_arn))
            .await
            .map_err(|_| {
                LookupError::Unavailable("the server did not answer in time".to_string())
            })?;
        match fetched {
            Ok(credentials) => {
                *cached = Some(Cached {
                    credentials: credentials.clone(),
                    fetched_ms: now,
                });
                Ok(credentials)
            }
            // A session still valid is better than none while the server is away.
            Err(reason) => match cached.as_ref() {
                Some(c) if now < c.credentials.expiration_ms => Ok(c.credentials.clone()),
                _ => Err(LookupError::Unavailable(reason)),
            },
        }
    }

    /// Answers requests on `listener` until the process ends.
    pub async fn serve(self: Arc<Self>, listener: tokio::net::TcpListener) {
        loop {
            let stream = match listener.accept().await {
                Ok((stream, _)) => stream,
                Err(error) => {
                    tracing::warn!(%error, "credentials endpoint: accept failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            };
            let me = self.clone();
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |req| {
                    let me = me.clone();
                    async move { Ok::<_, Infallible>(me.answer(req).await) }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                    .await;
            });
        }
    }

    async fn answer(&self, req: Request<Incoming>) -> Response<Full<Bytes>> {
        let id = req.uri().path().strip_prefix(PATH_PREFIX).unwrap_or("");
        if req.method() != Method::GET || id.is_empty() || id.contains('/') {
            return reply(
                StatusCode::BAD_REQUEST,
                &ErrorBody {
                    code: "InvalidIdInRequest",
                    message: "CredentialsV2Request: Invalid request path (expected GET /v2/credentials/ID)".into(),
                },
            );
        }
        match self.credentials(id).await {
            Ok(c) => reply(
                StatusCode::OK,
                &CredentialsBody {
                    role_arn: &c.role_arn,
                    access_key_id: &c.access_key_id,
                    secret_access_key: &c.secret_access_key,
                    token: &c.session_token,
                    expiration: keel_types::time::format_iso8601_utc(c.expiration_ms),
                },
            ),
            Err(LookupError::NotFound) => reply(
                StatusCode::BAD_REQUEST,
                &ErrorBody {
                    code: "InvalidIdInRequest",
                    message: LookupError::NotFound.to_string(),
                },
            ),
            Err(LookupError::Unavailable(reason)) => {
                tracing::warn!(%reason, "credentials endpoint: no credentials for a task");
                reply(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    &ErrorBody {
                        code: "InternalServerError",
                        message: format!("CredentialsV2Request: {reason}"),
                    },
                )
            }
        }
    }
}

/// The SDKs' container credential providers read these members.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct CredentialsBody<'a> {
    role_arn: &'a str,
    access_key_id: &'a str,
    secret_access_key: &'a str,
    token: &'a str,
    expiration: String,
}

#[derive(Serialize)]
struct ErrorBody {
    code: &'static str,
    message: String,
}

fn reply(status: StatusCode, body: &impl Serialize) -> Response<Full<Bytes>> {
    let json = serde_json::to_vec(body).unwrap_or_default();
    let mut response = Response::new(Full::new(Bytes::from(json)));
    *response.status_mut() = status;
    response.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    response
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};

    use super::*;

    static NOW: AtomicI64 = AtomicI64::new(1_000_000);

    fn now() -> i64 {
        NOW.load(Ordering::SeqCst)
    }

    struct Counting {
        calls: AtomicUsize,
        fail: std::sync::atomic::AtomicBool,
    }

    #[async_trait]
    impl CredentialsSource for Counting {
        async fn fetch(&self, task_arn: &str) -> Result<RoleCredentials, String> {
            let n = self.calls.fetch_add(1, Ordering::SeqCst);
            if self.fail.load(Ordering::SeqCst) {
                return Err("the server is unreachable".into());
            }
            Ok(RoleCredentials {
                role_arn: format!("role-for-{task_arn}"),
                access_key_id: format!("ASIA{n}"),
                secret_access_key: "secret".into(),
                session_token: "token".into(),
                expiration_ms: now() + 3_600_000,
            })
        }
    }

    #[tokio::test]
    async fn credentials_are_cached_for_half_their_life_then_fetched_again() {
        let tc = TaskCredentials::with_clock(ECS_CREDENTIALS_ADDRESS, now);
        let source = Arc::new(Counting {
            calls: AtomicUsize::new(0),
            fail: false.into(),
        });
        tc.set_source(source.clone());
        tc.register("id-1", "task-a", "role-a");
        assert_eq!(tc.credentials("nope").await, Err(LookupError::NotFound));
        let first = tc.credentials("id-1").await.unwrap();
        assert_eq!(first.role_arn, "role-for-task-a");
        NOW.fetch_add(1_700_000, Ordering::SeqCst);
        assert_eq!(tc.credentials("id-1").await.unwrap(), first);
        assert_eq!(source.calls.load(Ordering::SeqCst), 1);
        NOW.fetch_add(200_000, Ordering::SeqCst);
        let second = tc.credentials("id-1").await.unwrap();
        assert_ne!(second.access_key_id, first.access_key_id);
        // The server away: the session still valid is served, until it expires.
        source.fail.store(true, Ordering::SeqCst);
        NOW.fetch_add(2_000_000, Ordering::SeqCst);
        assert_eq!(tc.credentials("id-1").await.unwrap(), second);
        NOW.fetch_add(2_000_000, Ordering::SeqCst);
        assert!(matches!(
            tc.credentials("id-1").await,
            Err(LookupError::Unavailable(_))
        ));
        tc.forget_task("task-a");
        assert_eq!(tc.credentials("id-1").await, Err(LookupError::NotFound));
    }

    #[test]
    fn containers_get_the_relative_uri_only_for_the_ecs_address() {
        let ecs = TaskCredentials::new(ECS_CREDENTIALS_ADDRESS);
        assert_eq!(
            ecs.container_env("abc"),
            (RELATIVE_URI_ENV.into(), "/v2/credentials/abc".into())
        );
        let local = TaskCredentials::new("127.0.0.1:51679");
        assert_eq!(
            local.container_env("abc"),
            (
                FULL_URI_ENV.into(),
                "http://127.0.0.1:51679/v2/credentials/abc".into()
            )
        );
    }
}
