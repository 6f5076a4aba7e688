//! The STS API (awsQuery, `sts/2011-06-15`): `GetCallerIdentity` and `AssumeRole`.
//!
//! `AssumeRole` is decided here rather than by the edge, because the role's trust policy
//! decides it, as in AWS within one account: the trust policy must allow the caller
//! (`sts:AssumeRole`, with its conditions such as `sts:ExternalId`) and must not deny it; a
//! trust policy that names the caller (its user or role ARN) is enough, while one that trusts
//! the whole account also needs the caller's own policies to allow `sts:AssumeRole` on the
//! role. Sessions last `DurationSeconds` (900 up to the role's `MaxSessionDuration`, default
//! 3,600; at most 3,600 when a role session assumes another role) and end early if the role is
//! deleted. An inline session policy (`Policy`) narrows the session to what both it and the
//! role's policies allow.

use std::future::Future;
use std::sync::Arc;

use keel_api::{Access, ApiError, CallerKind, QueryService, RequestContext};
use keel_awsmodel::ServiceModel;
use keel_awsmodel::sts::*;
use keel_policy::{PolicyDocument, PolicyKind};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::directory::{Directory, RoleEntry};
use crate::error::IamError;
use crate::session::{self, SessionClaims};

/// AWS's shortest session.
pub const MIN_SESSION_SECS: i32 = 900;
/// The default session length.
pub const DEFAULT_SESSION_SECS: i32 = 3_600;
/// Role chaining (a role session assuming a role) is limited to one hour.
pub const CHAINED_MAX_SECS: i32 = 3_600;
/// Inline session policies are limited, as AWS packs them, to 2,048 characters.
pub const MAX_SESSION_POLICY_CHARS: usize = 2_048;

/// Serves STS on the edge.
pub struct StsService {
    dir: Arc<Directory>,
}

impl StsService {
    pub fn new(dir: Arc<Directory>) -> Arc<Self> {
        Arc::new(Self { dir })
    }
}

fn model() -> &'static ServiceModel {
    &keel_awsmodel::sts::MODEL
}

/// The operations this service implements.
pub const IMPLEMENTED: &[&str] = &["AssumeRole", "GetCallerIdentity"];

async fn run<Req, Resp, Fut>(
    input: Value,
    handler: impl FnOnce(Req) -> Fut,
) -> Result<Value, ApiError>
where
    Req: DeserializeOwned,
    Resp: Serialize,
    Fut: Future<Output = Result<Resp, IamError>>,
{
    let request: Req = serde_json::from_value(input).map_err(|err| {
        ApiError::client(
            "ValidationError",
            format!("Could not decode the request: {err}"),
        )
    })?;
    let response = handler(request).await.map_err(|e| e.into_api(model()))?;
    serde_json::to_value(&response)
        .map_err(|err| ApiError::server("InternalFailure", format!("encoding response: {err}")))
}

#[async_trait::async_trait]
impl QueryService for StsService {
    fn model(&self) -> &'static ServiceModel {
        model()
    }

    async fn access(
        &self,
        _ctx: &RequestContext,
        operation: &str,
        input: &Value,
    ) -> Result<Option<Access>, ApiError> {
        Ok(match operation {
            // No permission is needed to ask who you are.
            "GetCallerIdentity" => Some(Access::new("sts:GetCallerIdentity").anyone()),
            "AssumeRole" => {
                let access = Access::new("sts:AssumeRole")
                    .read_only(false)
                    .service_decides();
                Some(match input.get("RoleArn").and_then(Value::as_str) {
                    Some(arn) => access.on(arn.to_string()),
                    None => access,
                })
            }
            _ => None,
        })
    }

    /// The response's session token is a bearer credential: the trail keeps the access key
    /// id and expiry, not the token.
    fn audit_redactions(&self) -> &'static [&'static str] {
        &["Credentials.SessionToken"]
    }

    async fn call(
        &self,
        ctx: &RequestContext,
        operation: &str,
        input: Value,
    ) -> Result<Value, ApiError> {
        match operation {
            "GetCallerIdentity" => {
                run(input, |req: GetCallerIdentityRequest| {
                    self.get_caller_identity(ctx, req)
                })
                .await
            }
            "AssumeRole" => run(input, |req| self.assume_role(ctx, req)).await,
            other => Err(IamError::NotImplemented {
                service: "STS",
                operation: other.to_string(),
            }
            .into_api(model())),
        }
    }
}

impl StsService {
    async fn get_caller_identity(
        &self,
        ctx: &RequestContext,
        _req: GetCallerIdentityRequest,
    ) -> Result<GetCallerIdentityResponse, IamError> {
        let caller = ctx.caller.as_ref();
        Ok(GetCallerIdentityResponse {
            user_id: caller
                .map(|c| c.principal_id.clone())
                .filter(|id| !id.is_empty())
                .or_else(|| Some(ctx.scope.account_id.clone())),
            account: Some(ctx.scope.account_id.clone()),
            arn: caller
                .map(|c| c.arn.clone())
                .filter(|arn| !arn.is_empty())
                .or_else(|| Some(format!("arn:aws:iam::{}:root", ctx.scope.account_id))),
        })
    }

    async fn assume_role(
        &self,
        ctx: &RequestContext,
        req: AssumeRoleRequest,
    ) -> Result<AssumeRoleResponse, IamError> {
        let caller = ctx.caller.clone().ok_or_else(|| {
            IamError::AccessDenied("The request carries no verified identity.".into())
        })?;
        let unsupported = [
            ("PolicyArns", req.policy_arns.is_some()),
            ("Tags", req.tags.is_some()),
            ("TransitiveTagKeys", req.transitive_tag_keys.is_some()),
            ("SerialNumber", req.serial_number.is_some()),
            ("TokenCode", req.token_code.is_some()),
            ("SourceIdentity", req.source_identity.is_some()),
            ("ProvidedContexts", req.provided_contexts.is_some()),
        ];
        if let Some((name, _)) = unsupported.iter().find(|(_, given)| *given) {
            return Err(IamError::NotImplemented {
                service: "STS",
                operation: format!("AssumeRole with {name}"),
            });
        }
        let denied = || {
            IamError::AccessDenied(format!(
                "User: {} is not authorized to perform: sts:AssumeRole on resource: {}",
                if caller.arn.is_empty() {
                    "anonymous"
                } else {
                    caller.arn.as_str()
                },
                req.role_arn
            ))
        };
        // A role that does not exist is refused like one that does not trust the caller,
        // as AWS does, so callers cannot probe for role names.
        let role = self.dir.role_by_arn(&req.role_arn).ok_or_else(denied)?;
        let trust = role.trust.clone().ok_or_else(denied)?;

        let mut context = keel_api::access::global_condition_keys(ctx, ctx.secure);
        context.insert(
            "sts:RoleSessionName".into(),
            vec![req.role_session_name.clone()],
        );
        if let Some(external) = &req.external_id {
            context.insert("sts:ExternalId".into(), vec![external.clone()]);
        }
        if caller.kind != CallerKind::Unverified {
            let request = keel_policy::Request {
                principal_arn: caller.arn.clone(),
                account_id: caller.account_id.clone(),
                action: "sts:AssumeRole".into(),
                resource: req.role_arn.clone(),
                context,
            };
            if !keel_policy::trust_evaluation(&trust, &request).is_allowed() {
                return Err(denied());
            }
            let named = keel_policy::trust_names_caller(&trust, &request).is_allowed();
            if !named && caller.is_policy_bound() {
                let context = request.context;
                self.dir
                    .evaluate(&caller, "sts:AssumeRole", &[&req.role_arn], &|| {
                        context.clone()
                    })
                    .map_err(|_| denied())?;
            }
        }

        let chained = caller.kind == CallerKind::AssumedRole;
        let duration = req.duration_seconds.unwrap_or(DEFAULT_SESSION_SECS);
        if duration < MIN_SESSION_SECS {
            return Err(IamError::Validation(format!(
                "1 validation error detected: Value '{duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to {MIN_SESSION_SECS}"
            )));
        }
        if chained && duration > CHAINED_MAX_SECS {
            return Err(IamError::Validation(
                "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining."
                    .into(),
            ));
        }
        if duration > role.record.max_session_secs {
            return Err(IamError::Validation(
                "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."
                    .into(),
            ));
        }
        let mut packed_size = None;
        if let Some(policy) = &req.policy {
            let chars = policy.chars().filter(|c| !c.is_whitespace()).count();
            let percent = chars * 100 / MAX_SESSION_POLICY_CHARS;
            if chars > MAX_SESSION_POLICY_CHARS {
                return Err(IamError::Validation(format!(
                    "Packed policy consumes {percent}% of allotted space, please use smaller policy."
                )));
            }
            PolicyDocument::parse_as(policy, PolicyKind::Identity)
                .map_err(|e| IamError::MalformedPolicyDocument(e.message().to_string()))?;
            packed_size = Some(i32::try_from(percent).unwrap_or(100));
        }

        let (credentials, user) =
            self.open_session(&role, &req.role_session_name, duration, req.policy.clone())?;
        Ok(AssumeRoleResponse {
            credentials: Some(credentials),
            assumed_role_user: Some(user),
            packed_policy_size: packed_size,
            source_identity: None,
            session_token_utilization: None,
            session_token_size: None,
        })
    }

    /// A role session's credentials: nothing is stored, the token is the session.
    fn open_session(
        &self,
        role: &RoleEntry,
        session_name: &str,
        duration_secs: i32,
        policy: Option<String>,
    ) -> Result<(Credentials, AssumedRoleUser), IamError> {
        let now = self.dir.clock().now_millis();
        let expires = now + i64::from(duration_secs) * 1000;
        let access_key_id = keel_types::ids::new_access_key_id("ASIA");
        let secret = keel_types::ids::new_secret_access_key();
        let claims = SessionClaims {
            access_key_id: access_key_id.clone(),
            secret_access_key: secret.clone(),
            role_name: role.record.name.clone(),
            role_path: role.record.path.clone(),
            role_id: role.record.id.clone(),
            session_name: session_name.to_string(),
            issued_ms: now,
            expires_ms: expires,
            policy,
        };
        let token = session::seal(self.dir.secrets(), &claims)?;
        Ok((
            Credentials {
                access_key_id,
                secret_access_key: secret,
                session_token: token,
                expiration: keel_awsmodel::Timestamp::from_millis(expires),
            },
            AssumedRoleUser {
                assumed_role_id: format!("{}:{}", role.record.id, session_name),
                arn: format!(
                    "arn:aws:sts::{}:assumed-role/{}/{}",
                    self.dir.account_id(),
                    role.record.name,
                    session_name
                ),
            },
        ))
    }

    /// Assumes `role_arn` on behalf of an AWS service principal (`ecs-tasks.amazonaws.com` for
    /// a task role), as AWS does when a service acts with a role a user handed it: the role's
    /// trust policy must allow the service to `sts:AssumeRole`, with `aws:SourceAccount` and
    /// `aws:SourceArn` (the resource the service acts for) as condition keys, as AWS documents
    /// for confused-deputy protection. The session lasts the role's `MaxSessionDuration`.
    ///
    /// `Err` carries the message the service reports (ECS's "ECS was unable to assume the
    /// role ..." for a task role).
    pub fn assume_role_for_service(
        &self,
        role_arn: &str,
        service: &str,
        session_name: &str,
        source_arn: &str,
    ) -> Result<(Credentials, AssumedRoleUser), IamError> {
        // docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html
        let refused = || {
            IamError::AccessDenied(format!(
                "ECS was unable to assume the role '{role_arn}' that was provided for this task. \
                 Please verify that the role being passed has the proper trust relationship and \
                 permissions and that your IAM user has permissions to pass this role."
            ))
        };
        let role = self
            .role_trusting(role_arn, service, session_name, source_arn)
            .ok_or_else(refused)?;
        self.open_session(&role, session_name, role.record.max_session_secs, None)
    }

    /// Whether `service` may assume `role_arn` for `source_arn` (CloudWatch Logs checking the
    /// role of a subscription filter, ...): the role exists and its trust policy allows it.
    pub fn service_may_assume(&self, role_arn: &str, service: &str, source_arn: &str) -> bool {
        self.role_trusting(role_arn, service, "check", source_arn)
            .is_some()
    }

    /// The role, if its trust policy lets `service` assume it for `source_arn` (whose region
    /// is the request's `aws:RequestedRegion`).
    fn role_trusting(
        &self,
        role_arn: &str,
        service: &str,
        session_name: &str,
        source_arn: &str,
    ) -> Option<Arc<RoleEntry>> {
        let region = source_arn.split(':').nth(3).unwrap_or_default();
        let role = self.dir.role_by_arn(role_arn)?;
        let trust = role.trust.clone()?;
        let account = self.dir.account_id().to_string();
        let mut context = std::collections::HashMap::new();
        context.insert("aws:SourceAccount".to_string(), vec![account]);
        context.insert("aws:SourceArn".to_string(), vec![source_arn.to_string()]);
        context.insert("aws:RequestedRegion".to_string(), vec![region.to_string()]);
        context.insert(
            "aws:PrincipalServiceName".to_string(),
            vec![service.to_string()],
        );
        context.insert(
            "aws:CurrentTime".to_string(),
            vec![keel_types::time::format_iso8601_utc(
                self.dir.clock().now_millis(),
            )],
        );
        context.insert(
            "sts:RoleSessionName".to_string(),
            vec![session_name.to_string()],
        );
        let request = keel_policy::Request {
            principal_arn: service.to_string(),
            account_id: String::new(),
            action: "sts:AssumeRole".into(),
            resource: role_arn.to_string(),
            context,
        };
        keel_policy::trust_evaluation(&trust, &request)
            .is_allowed()
            .then_some(role)
    }
}
