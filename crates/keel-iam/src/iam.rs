//! The IAM API (awsQuery, `iam/2010-05-08`): users, access keys, roles, inline and managed
//! policies, attachments, tags.
//!
//! Every handler validates what the model cannot (policy documents, IAM's quotas), writes with
//! a compare-and-swap transaction guarded on every record it read, retries on conflict, and
//! waits until the identity directory reflects its write, so the next request (signed with a
//! new key, or judged by a new policy) sees it. IAM's quotas are AWS's defaults: two access
//! keys per user, ten managed policies attached per user or role, inline policies of at most
//! 2,048 (user) or 10,240 (role) characters in all, managed policy versions of at most 6,144
//! characters and five versions per policy, trust policies of at most 2,048 characters;
//! whitespace does not count.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::Arc;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use keel_api::{Access, ApiError, QueryService, RequestContext};
use keel_awsmodel::ServiceModel;
use keel_awsmodel::iam::*;
use keel_policy::{PolicyDocument, PolicyKind};
use keel_store::{Compare, KeyValue, Op, Revision, Store, Txn};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::directory::Directory;
use crate::error::IamError;
use crate::managed;
use crate::records::{
    self, AccessKeyRecord, ManagedPolicyRecord, PolicyVersionRecord, RoleRecord, TagRecord,
    UserRecord, iam_arn,
};

/// How often a read-modify-write is retried when another writer got there first.
const MAX_ATTEMPTS: usize = 32;

pub const MAX_ACCESS_KEYS_PER_USER: usize = 2;
pub const MAX_ATTACHED_POLICIES: usize = 10;
pub const MAX_USER_INLINE_CHARS: usize = 2_048;
pub const MAX_ROLE_INLINE_CHARS: usize = 10_240;
pub const MAX_MANAGED_POLICY_CHARS: usize = 6_144;
pub const MAX_TRUST_POLICY_CHARS: usize = 2_048;
pub const MAX_POLICY_VERSIONS: usize = 5;
pub const MAX_TAGS: usize = 50;
pub const DEFAULT_MAX_SESSION_SECS: i32 = 3_600;

/// Serves IAM on the edge.
pub struct IamService {
    store: Arc<dyn Store>,
    dir: Arc<Directory>,
}

impl IamService {
    pub fn new(store: Arc<dyn Store>, dir: Arc<Directory>) -> Arc<Self> {
        Arc::new(Self { store, dir })
    }

    fn account(&self) -> &str {
        self.dir.account_id()
    }

    fn now(&self) -> i64 {
        self.dir.clock().now_millis()
    }
}

fn model() -> &'static ServiceModel {
    &keel_awsmodel::iam::MODEL
}

/// The operations this service implements.
pub const IMPLEMENTED: &[&str] = &[
    "AttachRolePolicy",
    "AttachUserPolicy",
    "CreateAccessKey",
    "CreatePolicy",
    "CreatePolicyVersion",
    "CreateRole",
    "CreateUser",
    "DeleteAccessKey",
    "DeletePolicy",
    "DeletePolicyVersion",
    "DeleteRole",
    "DeleteRolePolicy",
    "DeleteUser",
    "DeleteUserPolicy",
    "DetachRolePolicy",
    "DetachUserPolicy",
    "GetAccessKeyLastUsed",
    "GetPolicy",
    "GetPolicyVersion",
    "GetRole",
    "GetRolePolicy",
    "GetUser",
    "GetUserPolicy",
    "ListAccessKeys",
    "ListAttachedRolePolicies",
    "ListAttachedUserPolicies",
    "ListEntitiesForPolicy",
    "ListPolicies",
    "ListPolicyVersions",
    "ListRolePolicies",
    "ListRoleTags",
    "ListRoles",
    "ListUserPolicies",
    "ListUserTags",
    "ListUsers",
    "PutRolePolicy",
    "PutUserPolicy",
    "SetDefaultPolicyVersion",
    "TagRole",
    "TagUser",
    "UntagRole",
    "UntagUser",
    "UpdateAccessKey",
    "UpdateAssumeRolePolicy",
    "UpdateRole",
    "UpdateRoleDescription",
];

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
        .map_err(|err| ApiError::server("ServiceFailure", format!("encoding response: {err}")))
}

/// An operation's answer when it has no output shape.
#[derive(Serialize)]
struct Empty {}

#[async_trait::async_trait]
impl QueryService for IamService {
    fn model(&self) -> &'static ServiceModel {
        model()
    }

    async fn access(
        &self,
        ctx: &RequestContext,
        operation: &str,
        input: &Value,
    ) -> Result<Option<Access>, ApiError> {
        Ok(self.access_for(ctx, operation, input))
    }

    async fn call(
        &self,
        ctx: &RequestContext,
        operation: &str,
        input: Value,
    ) -> Result<Value, ApiError> {
        let svc = self;
        macro_rules! route {
            ($($name:literal => $handler:ident),* $(,)?) => {
                match operation {
                    $($name => run(input, |req| svc.$handler(ctx, req)).await,)*
                    other => Err(IamError::NotImplemented {
                        service: "IAM",
                        operation: other.to_string(),
                    }
                    .into_api(model())),
                }
            };
        }
        route! {
            "CreateUser" => create_user,
            "GetUser" => get_user,
            "ListUsers" => list_users,
            "DeleteUser" => delete_user,
            "TagUser" => tag_user,
            "UntagUser" => untag_user,
            "ListUserTags" => list_user_tags,
            "CreateAccessKey" => create_access_key,
            "ListAccessKeys" => list_access_keys,
            "UpdateAccessKey" => update_access_key,
            "DeleteAccessKey" => delete_access_key,
            "GetAccessKeyLastUsed" => get_access_key_last_used,
            "CreateRole" => create_role,
            "GetRole" => get_role,
            "ListRoles" => list_roles,
            "DeleteRole" => delete_role,
            "UpdateRole" => update_role,
            "UpdateRoleDescription" => update_role_description,
            "UpdateAssumeRolePolicy" => update_assume_role_policy,
            "TagRole" => tag_role,
            "UntagRole" => untag_role,
            "ListRoleTags" => list_role_tags,
            "PutUserPolicy" => put_user_policy,
            "GetUserPolicy" => get_user_policy,
            "ListUserPolicies" => list_user_policies,
            "DeleteUserPolicy" => delete_user_policy,
            "PutRolePolicy" => put_role_policy,
            "GetRolePolicy" => get_role_policy,
            "ListRolePolicies" => list_role_policies,
            "DeleteRolePolicy" => delete_role_policy,
            "CreatePolicy" => create_policy,
            "GetPolicy" => get_policy,
            "ListPolicies" => list_policies,
            "DeletePolicy" => delete_policy,
            "CreatePolicyVersion" => create_policy_version,
            "GetPolicyVersion" => get_policy_version,
            "ListPolicyVersions" => list_policy_versions,
            "DeletePolicyVersion" => delete_policy_version,
            "SetDefaultPolicyVersion" => set_default_policy_version,
            "ListEntitiesForPolicy" => list_entities_for_policy,
            "AttachUserPolicy" => attach_user_policy,
            "DetachUserPolicy" => detach_user_policy,
            "ListAttachedUserPolicies" => list_attached_user_policies,
            "AttachRolePolicy" => attach_role_policy,
            "DetachRolePolicy" => detach_role_policy,
            "ListAttachedRolePolicies" => list_attached_role_policies,
        }
    }
}

// ---- authorization: every IAM operation Keel implements, in one place ---------------------

impl IamService {
    /// The ARN of the user `name` as IAM authorizes it (with its path when it exists).
    fn user_arn(&self, name: &str, path: Option<&str>) -> String {
        let path = self
            .dir
            .user(name)
            .map(|u| u.record.path.clone())
            .or_else(|| path.map(str::to_string))
            .unwrap_or_else(|| "/".into());
        iam_arn(self.account(), "user", &path, name)
    }

    fn role_arn(&self, name: &str, path: Option<&str>) -> String {
        let path = self
            .dir
            .role(name)
            .map(|r| r.record.path.clone())
            .or_else(|| path.map(str::to_string))
            .unwrap_or_else(|| "/".into());
        iam_arn(self.account(), "role", &path, name)
    }

    /// The user an operation with an optional `UserName` acts on: the named one, else the
    /// caller itself (IAM's rule for its self-service operations).
    fn subject_user(&self, ctx: &RequestContext, input: &Value) -> Option<String> {
        match input.get("UserName").and_then(Value::as_str) {
            Some(name) => Some(name.to_string()),
            None => ctx
                .caller
                .as_ref()
                .filter(|c| c.kind == keel_api::CallerKind::IamUser)
                .and_then(|c| c.name.clone()),
        }
    }

    fn access_for(&self, ctx: &RequestContext, operation: &str, input: &Value) -> Option<Access> {
        let s = |name: &str| input.get(name).and_then(Value::as_str);
        let action = format!("iam:{operation}");
        let account_root = format!("arn:aws:iam::{}:root", self.account());
        let on_user = |name: Option<String>| {
            let access = Access::new(action.clone());
            match name {
                Some(name) => access.on(self.user_arn(&name, s("Path"))),
                None => access.on(account_root.clone()),
            }
        };
        let on_role = |name: Option<&str>| match name {
            Some(name) => Access::new(action.clone()).on(self.role_arn(name, s("Path"))),
            None => Access::new(action.clone()),
        };
        let on_policy = |arn: Option<&str>| match arn {
            Some(arn) => Access::new(action.clone()).on(arn.to_string()),
            None => Access::new(action.clone()),
        };
        Some(match operation {
            "CreateUser"
            | "DeleteUser"
            | "TagUser"
            | "UntagUser"
            | "ListUserTags"
            | "PutUserPolicy"
            | "GetUserPolicy"
            | "ListUserPolicies"
            | "DeleteUserPolicy"
            | "ListAttachedUserPolicies" => on_user(s("UserName").map(str::to_string)),
            "GetUser" | "CreateAccessKey" | "ListAccessKeys" | "UpdateAccessKey"
            | "DeleteAccessKey" => on_user(self.subject_user(ctx, input)),
            "GetAccessKeyLastUsed" => {
                let owner = s("AccessKeyId")
                    .and_then(|id| self.dir.access_key(id))
                    .map(|k| k.record.user_name.clone());
                on_user(owner)
            }
            "AttachUserPolicy" | "DetachUserPolicy" => {
                let access = on_user(s("UserName").map(str::to_string));
                match s("PolicyArn") {
                    Some(arn) => access.with("iam:PolicyARN", arn),
                    None => access,
                }
            }
            "AttachRolePolicy" | "DetachRolePolicy" => {
                let access = on_role(s("RoleName"));
                match s("PolicyArn") {
                    Some(arn) => access.with("iam:PolicyARN", arn),
                    None => access,
                }
            }
            "CreateRole"
            | "GetRole"
            | "DeleteRole"
            | "UpdateRole"
            | "UpdateRoleDescription"
            | "UpdateAssumeRolePolicy"
            | "TagRole"
            | "UntagRole"
            | "ListRoleTags"
            | "PutRolePolicy"
            | "GetRolePolicy"
            | "ListRolePolicies"
            | "DeleteRolePolicy"
            | "ListAttachedRolePolicies" => on_role(s("RoleName")),
            "CreatePolicy" => {
                let path = s("Path").unwrap_or("/");
                let name = s("PolicyName").unwrap_or("");
                Access::new(action.clone()).on(iam_arn(self.account(), "policy", path, name))
            }
            "GetPolicy"
            | "DeletePolicy"
            | "CreatePolicyVersion"
            | "GetPolicyVersion"
            | "ListPolicyVersions"
            | "DeletePolicyVersion"
            | "SetDefaultPolicyVersion"
            | "ListEntitiesForPolicy" => on_policy(s("PolicyArn")),
            "ListUsers" | "ListRoles" | "ListPolicies" => Access::new(action.clone()),
            _ => return None,
        })
    }
}

// ---- helpers ---------------------------------------------------------------------------------

fn no_user(name: &str) -> IamError {
    IamError::NoSuchEntity(format!("The user with name {name} cannot be found."))
}

fn no_role(name: &str) -> IamError {
    IamError::NoSuchEntity(format!("The role with name {name} cannot be found."))
}

fn no_policy(arn: &str) -> IamError {
    IamError::NoSuchEntity(format!("Policy {arn} was not found."))
}

fn ts(ms: i64) -> keel_awsmodel::Timestamp {
    keel_awsmodel::Timestamp::from_millis(ms)
}

/// RFC 3986 percent-encoding, as IAM returns policy documents (botocore decodes it).
fn encode_document(text: &str) -> String {
    keel_api::sigv4::uri_encode(text, false)
}

/// Characters that count against IAM's policy size quotas (whitespace does not).
fn policy_chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

fn parse_identity_policy(text: &str) -> Result<PolicyDocument, IamError> {
    PolicyDocument::parse_as(text, PolicyKind::Identity)
        .map_err(|e| IamError::MalformedPolicyDocument(e.message().to_string()))
}

fn parse_trust_policy(text: &str) -> Result<PolicyDocument, IamError> {
    if policy_chars(text) > MAX_TRUST_POLICY_CHARS {
        return Err(IamError::LimitExceeded(format!(
            "Cannot exceed quota for ACLSizePerRole: {MAX_TRUST_POLICY_CHARS}"
        )));
    }
    PolicyDocument::parse_as(text, PolicyKind::Trust)
        .map_err(|e| IamError::MalformedPolicyDocument(e.message().to_string()))
}

fn tags_out(tags: &[TagRecord]) -> Vec<Tag> {
    tags.iter()
        .map(|t| Tag {
            key: t.key.clone(),
            value: t.value.clone(),
        })
        .collect()
}

/// Merges tags (a key given again replaces its value; keys compare without regard to case,
/// as IAM's do), within IAM's 50-tag quota.
fn merge_tags(existing: &mut Vec<TagRecord>, added: &[Tag]) -> Result<(), IamError> {
    for tag in added {
        match existing
            .iter_mut()
            .find(|t| t.key.eq_ignore_ascii_case(&tag.key))
        {
            Some(t) => t.value = tag.value.clone(),
            None => existing.push(TagRecord {
                key: tag.key.clone(),
                value: tag.value.clone(),
            }),
        }
    }
    if existing.len() > MAX_TAGS {
        return Err(IamError::LimitExceeded(format!(
            "The number of tags has reached the maximum limit of {MAX_TAGS}."
        )));
    }
    Ok(())
}

fn check_new_tags(tags: &[Tag]) -> Result<Vec<TagRecord>, IamError> {
    let mut out = Vec::new();
    for tag in tags {
        if out
            .iter()
            .any(|t: &TagRecord| t.key.eq_ignore_ascii_case(&tag.key))
        {
            return Err(IamError::InvalidInput(
                "Duplicate tag keys found. Please note that Tag keys are case insensitive.".into(),
            ));
        }
        out.push(TagRecord {
            key: tag.key.clone(),
            value: tag.value.clone(),
        });
    }
    if out.len() > MAX_TAGS {
        return Err(IamError::LimitExceeded(format!(
            "The number of tags has reached the maximum limit of {MAX_TAGS}."
        )));
    }
    Ok(out)
}

/// One page of `items` (in `key` order) after `marker`, of at most `max_items` (default 100).
fn page<T>(
    items: Vec<T>,
    key: impl Fn(&T) -> String,
    marker: Option<&str>,
    max_items: Option<i32>,
) -> Result<(Vec<T>, Option<String>), IamError> {
    let after = match marker {
        Some(m) => Some(
            URL_SAFE_NO_PAD
                .decode(m)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .ok_or_else(|| IamError::InvalidInput("Invalid Marker.".into()))?,
        ),
        None => None,
    };
    let limit = usize::try_from(max_items.unwrap_or(100))
        .unwrap_or(100)
        .max(1);
    let mut items = items;
    items.sort_by_cached_key(|item| key(item));
    let mut rest = items
        .into_iter()
        .filter(|item| after.as_deref().is_none_or(|a| key(item).as_str() > a));
    let chosen: Vec<T> = rest.by_ref().take(limit).collect();
    let next = if rest.next().is_some() {
        chosen.last().map(|last| URL_SAFE_NO_PAD.encode(key(last)))
    } else {
        None
    };
    Ok((chosen, next))
}

fn decode<T: DeserializeOwned>(kv: &KeyValue) -> Result<T, IamError> {
    Ok(serde_json::from_slice(&kv.value)?)
}

fn put<T: Serialize>(key: &str, value: &T) -> Result<Op, IamError> {
    Ok(Op::put(key.to_string(), serde_json::to_vec(value)?))
}

/// A change planned from a read: the records to write and the guards it needs.
struct Plan {
    compares: Vec<Compare>,
    ops: Vec<Op>,
}

impl IamService {
    /// Commits a plan; `Ok(None)` when a guard failed (someone else wrote first).
    async fn commit(&self, plan: Plan) -> Result<Option<Revision>, IamError> {
        let resp = self
            .store
            .txn(Txn::new().when(plan.compares).and_then(plan.ops))
            .await?;
        if !resp.succeeded {
            return Ok(None);
        }
        self.dir.wait_for(resp.revision).await;
        Ok(Some(resp.revision))
    }

    /// Reads a record and its revision.
    async fn read<T: DeserializeOwned>(
        &self,
        key: &str,
    ) -> Result<Option<(T, Revision)>, IamError> {
        match self.store.get(key).await? {
            Some(kv) => Ok(Some((decode(&kv)?, kv.mod_revision))),
            None => Ok(None),
        }
    }

    /// Read-modify-write of one user: `change` edits the record and may add guarded writes.
    async fn modify_user<R>(
        &self,
        name: &str,
        mut change: impl FnMut(&mut UserRecord, &mut Plan) -> Result<R, IamError>,
    ) -> Result<R, IamError> {
        let key = records::user_key(name);
        for _ in 0..MAX_ATTEMPTS {
            let (mut user, rev) = self
                .read::<UserRecord>(&key)
                .await?
                .ok_or_else(|| no_user(name))?;
            let mut plan = Plan {
                compares: vec![Compare::mod_revision_eq(&key, rev)],
                ops: Vec::new(),
            };
            let out = change(&mut user, &mut plan)?;
            plan.ops.push(put(&key, &user)?);
            if self.commit(plan).await?.is_some() {
                return Ok(out);
            }
        }
        Err(IamError::ConcurrentModification)
    }

    async fn modify_role<R>(
        &self,
        name: &str,
        mut change: impl FnMut(&mut RoleRecord, &mut Plan) -> Result<R, IamError>,
    ) -> Result<R, IamError> {
        let key = records::role_key(name);
        for _ in 0..MAX_ATTEMPTS {
            let (mut role, rev) = self
                .read::<RoleRecord>(&key)
                .await?
                .ok_or_else(|| no_role(name))?;
            let mut plan = Plan {
                compares: vec![Compare::mod_revision_eq(&key, rev)],
                ops: Vec::new(),
            };
            let out = change(&mut role, &mut plan)?;
            plan.ops.push(put(&key, &role)?);
            if self.commit(plan).await?.is_some() {
                return Ok(out);
            }
        }
        Err(IamError::ConcurrentModification)
    }

    /// The customer managed policy named by `arn` (name and path must match), read with
    /// its revision. Built-in policies are not stored and answer `None` here.
    async fn read_policy(
        &self,
        arn: &str,
    ) -> Result<Option<(ManagedPolicyRecord, Revision)>, IamError> {
        let Some(name) = self.local_policy_name(arn) else {
            return Ok(None);
        };
        let found = self
            .read::<ManagedPolicyRecord>(&records::policy_key(name))
            .await?;
        Ok(found.filter(|(p, _)| p.arn(self.account()) == arn))
    }

    /// The policy name of an ARN of this account's customer managed policies.
    fn local_policy_name<'a>(&self, arn: &'a str) -> Option<&'a str> {
        let rest = arn.strip_prefix(&format!("arn:aws:iam::{}:policy/", self.account()))?;
        rest.rsplit('/').next().filter(|n| !n.is_empty())
    }

    fn user_out(&self, user: &UserRecord, with_tags: bool) -> User {
        User {
            path: user.path.clone(),
            user_name: user.name.clone(),
            user_id: user.id.clone(),
            arn: user.arn(self.account()),
            create_date: ts(user.created_ms),
            password_last_used: None,
            permissions_boundary: None,
            tags: (with_tags && !user.tags.is_empty()).then(|| tags_out(&user.tags)),
        }
    }

    fn role_out(&self, role: &RoleRecord, full: bool) -> Role {
        Role {
            path: role.path.clone(),
            role_name: role.name.clone(),
            role_id: role.id.clone(),
            arn: role.arn(self.account()),
            create_date: ts(role.created_ms),
            assume_role_policy_document: Some(encode_document(&role.trust_policy)),
            description: role.description.clone(),
            max_session_duration: Some(role.max_session_secs),
            permissions_boundary: None,
            tags: (full && !role.tags.is_empty()).then(|| tags_out(&role.tags)),
            role_last_used: full.then_some(RoleLastUsed {
                last_used_date: None,
                region: None,
            }),
            source_role_template: None,
        }
    }

    fn policy_out(&self, policy: &ManagedPolicyRecord) -> Policy {
        Policy {
            policy_name: Some(policy.name.clone()),
            policy_id: Some(policy.id.clone()),
            arn: Some(policy.arn(self.account())),
            path: Some(policy.path.clone()),
            default_version_id: Some(format!("v{}", policy.default_version)),
            attachment_count: Some(i32::try_from(policy.attachments).unwrap_or(i32::MAX)),
            permissions_boundary_usage_count: Some(0),
            is_attachable: Some(true),
            description: policy.description.clone(),
            create_date: Some(ts(policy.created_ms)),
            update_date: Some(ts(policy.updated_ms)),
            tags: (!policy.tags.is_empty()).then(|| tags_out(&policy.tags)),
        }
    }

    fn builtin_out(&self, builtin: &managed::BuiltinPolicy) -> Policy {
        let arn = managed::arn(builtin.name);
        Policy {
            policy_name: Some(builtin.name.to_string()),
            policy_id: Some(managed::id(builtin.name)),
            arn: Some(arn.clone()),
            path: Some("/".into()),
            default_version_id: Some("v1".into()),
            attachment_count: Some(
                i32::try_from(self.dir.attachment_count(&arn)).unwrap_or(i32::MAX),
            ),
            permissions_boundary_usage_count: Some(0),
            is_attachable: Some(true),
            description: Some(builtin.description.to_string()),
            create_date: Some(ts(0)),
            update_date: Some(ts(0)),
            tags: None,
        }
    }

    /// The name of the policy `arn` for attachment listings, if it exists.
    fn attachable_name(&self, arn: &str) -> Option<String> {
        if let Some(builtin) = managed::by_arn(arn) {
            return Some(builtin.name.to_string());
        }
        self.dir.policy_by_arn(arn).map(|p| p.record.name.clone())
    }
}

/// The name a self-service operation acts on: the given one, else the calling user's.
fn subject(ctx: &RequestContext, given: Option<String>) -> Result<String, IamError> {
    if let Some(name) = given {
        return Ok(name);
    }
    match &ctx.caller {
        Some(c) if c.kind == keel_api::CallerKind::IamUser => {
            c.name.clone().ok_or_else(|| no_user(""))
        }
        _ => Err(IamError::Validation(
            "Must specify userName when calling with non-User credentials".into(),
        )),
    }
}

fn check_path_prefix(prefix: Option<&str>) -> &str {
    prefix.unwrap_or("/")
}

// ---- users -------------------------------------------------------------------------------

impl IamService {
    async fn create_user(
        &self,
        _ctx: &RequestContext,
        req: CreateUserRequest,
    ) -> Result<CreateUserResponse, IamError> {
        if req.permissions_boundary.is_some() {
            return Err(IamError::NotImplemented {
                service: "IAM",
                operation: "CreateUser with a PermissionsBoundary".into(),
            });
        }
        let tags = check_new_tags(req.tags.as_deref().unwrap_or_default())?;
        let user = UserRecord {
            name: req.user_name.clone(),
            id: keel_types::ids::new_unique_id("AIDA"),
            path: req.path.unwrap_or_else(|| "/".into()),
            created_ms: self.now(),
            tags,
            inline_policies: BTreeMap::new(),
            attached: Vec::new(),
            access_keys: Vec::new(),
        };
        let key = records::user_key(&user.name);
        let plan = Plan {
            compares: vec![Compare::absent(&key)],
            ops: vec![put(&key, &user)?],
        };
        if self.commit(plan).await?.is_none() {
            return Err(IamError::EntityAlreadyExists(format!(
                "User with name {} already exists.",
                req.user_name
            )));
        }
        Ok(CreateUserResponse {
            user: Some(self.user_out(&user, true)),
        })
    }

    async fn get_user(
        &self,
        ctx: &RequestContext,
        req: GetUserRequest,
    ) -> Result<GetUserResponse, IamError> {
        if req.user_name.is_none()
            && let Some(caller) = &ctx.caller
            && caller.kind == keel_api::CallerKind::Root
        {
            // The root identity has no user record; IAM answers with the account's root.
            return Ok(GetUserResponse {
                user: User {
                    path: "/".into(),
                    user_name: String::new(),
                    user_id: caller.account_id.clone(),
                    arn: caller.arn.clone(),
                    create_date: ts(0),
                    password_last_used: None,
                    permissions_boundary: None,
                    tags: None,
                },
            });
        }
        let name = subject(ctx, req.user_name)?;
        let user = self.dir.user(&name).ok_or_else(|| no_user(&name))?;
        Ok(GetUserResponse {
            user: self.user_out(&user.record, true),
        })
    }

    async fn list_users(
        &self,
        _ctx: &RequestContext,
        req: ListUsersRequest,
    ) -> Result<ListUsersResponse, IamError> {
        let prefix = check_path_prefix(req.path_prefix.as_deref());
        let users: Vec<_> = self
            .dir
            .users()
            .into_iter()
            .filter(|u| u.record.path.starts_with(prefix))
            .collect();
        let (chosen, marker) = page(
            users,
            |u| u.record.name.to_lowercase(),
            req.marker.as_deref(),
            req.max_items,
        )?;
        Ok(ListUsersResponse {
            users: chosen
                .iter()
                .map(|u| self.user_out(&u.record, false))
                .collect(),
            is_truncated: Some(marker.is_some()),
            marker,
        })
    }

    async fn delete_user(
        &self,
        _ctx: &RequestContext,
        req: DeleteUserRequest,
    ) -> Result<Empty, IamError> {
        let key = records::user_key(&req.user_name);
        for _ in 0..MAX_ATTEMPTS {
            let (user, rev) = self
                .read::<UserRecord>(&key)
                .await?
                .ok_or_else(|| no_user(&req.user_name))?;
            if !user.access_keys.is_empty() {
                return Err(IamError::DeleteConflict(
                    "Cannot delete entity, must delete access keys first.".into(),
                ));
            }
            if !user.inline_policies.is_empty() {
                return Err(IamError::DeleteConflict(
                    "Cannot delete entity, must delete policies first.".into(),
                ));
            }
            if !user.attached.is_empty() {
                return Err(IamError::DeleteConflict(
                    "Cannot delete entity, must detach all policies first.".into(),
                ));
            }
            let plan = Plan {
                compares: vec![Compare::mod_revision_eq(&key, rev)],
                ops: vec![Op::delete(key.clone())],
            };
            if self.commit(plan).await?.is_some() {
                return Ok(Empty {});
            }
        }
        Err(IamError::ConcurrentModification)
    }

    async fn tag_user(
        &self,
        _ctx: &RequestContext,
        req: TagUserRequest,
    ) -> Result<Empty, IamError> {
        self.modify_user(&req.user_name, |user, _| {
            merge_tags(&mut user.tags, &req.tags)
        })
        .await?;
        Ok(Empty {})
    }

    async fn untag_user(
        &self,
        _ctx: &RequestContext,
        req: UntagUserRequest,
    ) -> Result<Empty, IamError> {
        self.modify_user(&req.user_name, |user, _| {
            user.tags
                .retain(|t| !req.tag_keys.iter().any(|k| k.eq_ignore_ascii_case(&t.key)));
            Ok(())
        })
        .await?;
        Ok(Empty {})
    }

    async fn list_user_tags(
        &self,
        _ctx: &RequestContext,
        req: ListUserTagsRequest,
    ) -> Result<ListUserTagsResponse, IamError> {
        let user = self
            .dir
            .user(&req.user_name)
            .ok_or_else(|| no_user(&req.user_name))?;
        let (tags, marker) = page(
            user.record.tags.clone(),
            |t| t.key.to_lowercase(),
            req.marker.as_deref(),
            req.max_items,
        )?;
        Ok(ListUserTagsResponse {
            tags: tags_out(&tags),
            is_truncated: Some(marker.is_some()),
            marker,
        })
    }
}

// ---- access keys -------------------------------------------------------------------------

impl IamService {
    async fn create_access_key(
        &self,
        ctx: &RequestContext,
        req: CreateAccessKeyRequest,
    ) -> Result<CreateAccessKeyResponse, IamError> {
        let name = subject(ctx, req.user_name)?;
        let id = keel_types::ids::new_access_key_id("AKIA");
        let secret = keel_types::ids::new_secret_access_key();
        let record = AccessKeyRecord {
            id: id.clone(),
            user_name: String::new(),
            active: true,
            created_ms: self.now(),
            secret_sealed: self.dir.secrets().seal(&id, secret.as_bytes())?,
        };
        let record = self
            .modify_user(&name, |user, plan| {
                if user.access_keys.len() >= MAX_ACCESS_KEYS_PER_USER {
                    return Err(IamError::LimitExceeded(format!(
                        "Cannot exceed quota for AccessKeysPerUser: {MAX_ACCESS_KEYS_PER_USER}"
                    )));
                }
                user.access_keys.push(id.clone());
                let mut record = record.clone();
                record.user_name = user.name.clone();
                let key = records::access_key_key(&id);
                plan.compares.push(Compare::absent(&key));
                plan.ops.push(put(&key, &record)?);
                Ok(record)
            })
            .await?;
        Ok(CreateAccessKeyResponse {
            access_key: AccessKey {
                user_name: record.user_name,
                access_key_id: id,
                status: StatusType::Active,
                secret_access_key: secret,
                create_date: Some(ts(record.created_ms)),
            },
        })
    }

    async fn list_access_keys(
        &self,
        ctx: &RequestContext,
        req: ListAccessKeysRequest,
    ) -> Result<ListAccessKeysResponse, IamError> {
        let name = subject(ctx, req.user_name)?;
        let user = self.dir.user(&name).ok_or_else(|| no_user(&name))?;
        let keys: Vec<_> = user
            .record
            .access_keys
            .iter()
            .filter_map(|id| self.dir.access_key(id))
            .collect();
        let (chosen, marker) = page(
            keys,
            |k| k.record.id.clone(),
            req.marker.as_deref(),
            req.max_items,
        )?;
        Ok(ListAccessKeysResponse {
            access_key_metadata: chosen
                .iter()
                .map(|k| AccessKeyMetadata {
                    user_name: Some(user.record.name.clone()),
                    access_key_id: Some(k.record.id.clone()),
                    status: Some(if k.record.active {
                        StatusType::Active
                    } else {
                        StatusType::Inactive
                    }),
                    create_date: Some(ts(k.record.created_ms)),
                })
                .collect(),
            is_truncated: Some(marker.is_some()),
            marker,
        })
    }

    fn no_key(id: &str) -> IamError {
        IamError::NoSuchEntity(format!("The Access Key with id {id} cannot be found."))
    }

    async fn update_access_key(
        &self,
        ctx: &RequestContext,
        req: UpdateAccessKeyRequest,
    ) -> Result<Empty, IamError> {
        let name = subject(ctx, req.user_name)?;
        let key = records::access_key_key(&req.access_key_id);
        for _ in 0..MAX_ATTEMPTS {
            let (mut record, rev) = self
                .read::<AccessKeyRecord>(&key)
                .await?
                .filter(|(k, _)| k.user_name.eq_ignore_ascii_case(&name))
                .ok_or_else(|| Self::no_key(&req.access_key_id))?;
            record.active = req.status == StatusType::Active;
            let plan = Plan {
                compares: vec![Compare::mod_revision_eq(&key, rev)],
                ops: vec![put(&key, &record)?],
            };
            if self.commit(plan).await?.is_some() {
                return Ok(Empty {});
            }
        }
        Err(IamError::ConcurrentModification)
    }

    async fn delete_access_key(
        &self,
        ctx: &RequestContext,
        req: DeleteAccessKeyRequest,
    ) -> Result<Empty, IamError> {
        let name = subject(ctx, req.user_name)?;
        let id = req.access_key_id.clone();
        let key = records::access_key_key(&id);
        let owner = self
            .read::<AccessKeyRecord>(&key)
            .await?
            .filter(|(k, _)| k.user_name.eq_ignore_ascii_case(&name))
            .ok_or_else(|| Self::no_key(&id))?;
        let user_name = owner.0.user_name.clone();
        self.modify_user(&user_name, |user, plan| {
            if !user.access_keys.contains(&id) {
                return Err(Self::no_key(&id));
            }
            user.access_keys.retain(|k| k != &id);
            plan.compares.push(Compare::exists(&key));
            plan.ops.push(Op::delete(key.clone()));
            Ok(())
        })
        .await?;
        Ok(Empty {})
    }

    async fn get_access_key_last_used(
        &self,
        _ctx: &RequestContext,
        req: GetAccessKeyLastUsedRequest,
    ) -> Result<GetAccessKeyLastUsedResponse, IamError> {
        let key = self
            .dir
            .access_key(&req.access_key_id)
            .ok_or_else(|| Self::no_key(&req.access_key_id))?;
        // Keel does not write on every signed request to track last use; IAM's answer for a
        // key it has no record of use for is "N/A".
        Ok(GetAccessKeyLastUsedResponse {
            user_name: Some(key.record.user_name.clone()),
            access_key_last_used: Some(AccessKeyLastUsed {
                last_used_date: None,
                service_name: "N/A".into(),
                region: "N/A".into(),
            }),
        })
    }
}

// ---- roles -------------------------------------------------------------------------------

impl IamService {
    async fn create_role(
        &self,
        _ctx: &RequestContext,
        req: CreateRoleRequest,
    ) -> Result<CreateRoleResponse, IamError> {
        if req.permissions_boundary.is_some() {
            return Err(IamError::NotImplemented {
                service: "IAM",
                operation: "CreateRole with a PermissionsBoundary".into(),
            });
        }
        parse_trust_policy(&req.assume_role_policy_document)?;
        let tags = check_new_tags(req.tags.as_deref().unwrap_or_default())?;
        let role = RoleRecord {
            name: req.role_name.clone(),
            id: keel_types::ids::new_unique_id("AROA"),
            path: req.path.unwrap_or_else(|| "/".into()),
            created_ms: self.now(),
            trust_policy: req.assume_role_policy_document,
            description: req.description,
            max_session_secs: req.max_session_duration.unwrap_or(DEFAULT_MAX_SESSION_SECS),
            tags,
            inline_policies: BTreeMap::new(),
            attached: Vec::new(),
        };
        let key = records::role_key(&role.name);
        let plan = Plan {
            compares: vec![Compare::absent(&key)],
            ops: vec![put(&key, &role)?],
        };
        if self.commit(plan).await?.is_none() {
            return Err(IamError::EntityAlreadyExists(format!(
                "Role with name {} already exists.",
                req.role_name
            )));
        }
        Ok(CreateRoleResponse {
            role: self.role_out(&role, false),
        })
    }

    async fn get_role(
        &self,
        _ctx: &RequestContext,
        req: GetRoleRequest,
    ) -> Result<GetRoleResponse, IamError> {
        let role = self
            .dir
            .role(&req.role_name)
            .ok_or_else(|| no_role(&req.role_name))?;
        Ok(GetRoleResponse {
            role: self.role_out(&role.record, true),
        })
    }

    async fn list_roles(
        &self,
        _ctx: &RequestContext,
        req: ListRolesRequest,
    ) -> Result<ListRolesResponse, IamError> {
        let prefix = check_path_prefix(req.path_prefix.as_deref());
        let roles: Vec<_> = self
            .dir
            .roles()
            .into_iter()
            .filter(|r| r.record.path.starts_with(prefix))
            .collect();
        let (chosen, marker) = page(
            roles,
            |r| r.record.name.to_lowercase(),
            req.marker.as_deref(),
            req.max_items,
        )?;
        Ok(ListRolesResponse {
            roles: chosen
                .iter()
                .map(|r| self.role_out(&r.record, false))
                .collect(),
            is_truncated: Some(marker.is_some()),
            marker,
        })
    }

    async fn delete_role(
        &self,
        _ctx: &RequestContext,
        req: DeleteRoleRequest,
    ) -> Result<Empty, IamError> {
        let key = records::role_key(&req.role_name);
        for _ in 0..MAX_ATTEMPTS {
            let (role, rev) = self
                .read::<RoleRecord>(&key)
                .await?
                .ok_or_else(|| no_role(&req.role_name))?;
            if !role.attached.is_empty() {
                return Err(IamError::DeleteConflict(
                    "Cannot delete entity, must detach all policies first.".into(),
                ));
            }
            if !role.inline_policies.is_empty() {
                return Err(IamError::DeleteConflict(
                    "Cannot delete entity, must delete policies first.".into(),
                ));
            }
            let plan = Plan {
                compares: vec![Compare::mod_revision_eq(&key, rev)],
                ops: vec![Op::delete(key.clone())],
            };
            if self.commit(plan).await?.is_some() {
                return Ok(Empty {});
            }
        }
        Err(IamError::ConcurrentModification)
    }

    async fn update_role(
        &self,
        _ctx: &RequestContext,
        req: UpdateRoleRequest,
    ) -> Result<UpdateRoleResponse, IamError> {
        self.modify_role(&req.role_name, |role, _| {
            if let Some(d) = &req.description {
                role.description = Some(d.clone());
            }
            if let Some(secs) = req.max_session_duration {
                role.max_session_secs = secs;
            }
            Ok(())
        })
        .await?;
        Ok(UpdateRoleResponse {})
    }

    async fn update_role_description(
        &self,
        _ctx: &RequestContext,
        req: UpdateRoleDescriptionRequest,
    ) -> Result<UpdateRoleDescriptionResponse, IamError> {
        let role = self
            .modify_role(&req.role_name, |role, _| {
                role.description = Some(req.description.clone());
                Ok(role.clone())
            })
            .await?;
        let mut role = role;
        role.description = Some(req.description);
        Ok(UpdateRoleDescriptionResponse {
            role: Some(self.role_out(&role, true)),
        })
    }

    async fn update_assume_role_policy(
        &self,
        _ctx: &RequestContext,
        req: UpdateAssumeRolePolicyRequest,
    ) -> Result<Empty, IamError> {
        parse_trust_policy(&req.policy_document)?;
        self.modify_role(&req.role_name, |role, _| {
            role.trust_policy = req.policy_document.clone();
            Ok(())
        })
        .await?;
        Ok(Empty {})
    }

    async fn tag_role(
        &self,
        _ctx: &RequestContext,
        req: TagRoleRequest,
    ) -> Result<Empty, IamError> {
        self.modify_role(&req.role_name, |role, _| {
            merge_tags(&mut role.tags, &req.tags)
        })
        .await?;
        Ok(Empty {})
    }

    async fn untag_role(
        &self,
        _ctx: &RequestContext,
        req: UntagRoleRequest,
    ) -> Result<Empty, IamError> {
        self.modify_role(&req.role_name, |role, _| {
            role.tags
                .retain(|t| !req.tag_keys.iter().any(|k| k.eq_ignore_ascii_case(&t.key)));
            Ok(())
        })
        .await?;
        Ok(Empty {})
    }

    async fn list_role_tags(
        &self,
        _ctx: &RequestContext,
        req: ListRoleTagsRequest,
    ) -> Result<ListRoleTagsResponse, IamError> {
        let role = self
            .dir
            .role(&req.role_name)
            .ok_or_else(|| no_role(&req.role_name))?;
        let (tags, marker) = page(
            role.record.tags.clone(),
            |t| t.key.to_lowercase(),
            req.marker.as_deref(),
            req.max_items,
        )?;
        Ok(ListRoleTagsResponse {
            tags: tags_out(&tags),
            is_truncated: Some(marker.is_some()),
            marker,
        })
    }
}

// ---- inline policies ---------------------------------------------------------------------

/// Puts an inline policy into `policies`, within a size quota over all of them.
fn put_inline(
    policies: &mut BTreeMap<String, String>,
    name: &str,
    document: &str,
    quota: usize,
    over_quota: impl FnOnce() -> IamError,
) -> Result<(), IamError> {
    parse_identity_policy(document)?;
    policies.insert(name.to_string(), document.to_string());
    let total: usize = policies.values().map(|d| policy_chars(d)).sum();
    if total > quota {
        return Err(over_quota());
    }
    Ok(())
}

impl IamService {
    async fn put_user_policy(
        &self,
        _ctx: &RequestContext,
        req: PutUserPolicyRequest,
    ) -> Result<Empty, IamError> {
        parse_identity_policy(&req.policy_document)?;
        self.modify_user(&req.user_name, |user, _| {
            let name = user.name.clone();
            put_inline(
                &mut user.inline_policies,
                &req.policy_name,
                &req.policy_document,
                MAX_USER_INLINE_CHARS,
                || {
                    IamError::LimitExceeded(format!(
                        "Maximum policy size of {MAX_USER_INLINE_CHARS} bytes exceeded for user {name}"
                    ))
                },
            )
        })
        .await?;
        Ok(Empty {})
    }

    async fn get_user_policy(
        &self,
        _ctx: &RequestContext,
        req: GetUserPolicyRequest,
    ) -> Result<GetUserPolicyResponse, IamError> {
        let user = self
            .dir
            .user(&req.user_name)
            .ok_or_else(|| no_user(&req.user_name))?;
        let document = user
            .record
            .inline_policies
            .get(&req.policy_name)
            .ok_or_else(|| {
                IamError::NoSuchEntity(format!(
                    "The user policy with name {} cannot be found.",
                    req.policy_name
                ))
            })?;
        Ok(GetUserPolicyResponse {
            user_name: user.record.name.clone(),
            policy_name: req.policy_name,
            policy_document: encode_document(document),
        })
    }

    async fn list_user_policies(
        &self,
        _ctx: &RequestContext,
        req: ListUserPoliciesRequest,
    ) -> Result<ListUserPoliciesResponse, IamError> {
        let user = self
            .dir
            .user(&req.user_name)
            .ok_or_else(|| no_user(&req.user_name))?;
        let names: Vec<String> = user.record.inline_policies.keys().cloned().collect();
        let (chosen, marker) = page(names, Clone::clone, req.marker.as_deref(), req.max_items)?;
        Ok(ListUserPoliciesResponse {
            policy_names: chosen,
            is_truncated: Some(marker.is_some()),
            marker,
        })
    }

    async fn delete_user_policy(
        &self,
        _ctx: &RequestContext,
        req: DeleteUserPolicyRequest,
    ) -> Result<Empty, IamError> {
        self.modify_user(&req.user_name, |user, _| {
            user.inline_policies
                .remove(&req.policy_name)
                .map(|_| ())
                .ok_or_else(|| {
                    IamError::NoSuchEntity(format!(
                        "The user policy with name {} cannot be found.",
                        req.policy_name
                    ))
                })
        })
        .await?;
        Ok(Empty {})
    }

    async fn put_role_policy(
        &self,
        _ctx: &RequestContext,
        req: PutRolePolicyRequest,
    ) -> Result<Empty, IamError> {
        parse_identity_policy(&req.policy_document)?;
        self.modify_role(&req.role_name, |role, _| {
            let name = role.name.clone();
            put_inline(
                &mut role.inline_policies,
                &req.policy_name,
                &req.policy_document,
                MAX_ROLE_INLINE_CHARS,
                || {
                    IamError::LimitExceeded(format!(
                        "Maximum policy size of {MAX_ROLE_INLINE_CHARS} bytes exceeded for role {name}"
                    ))
                },
            )
        })
        .await?;
        Ok(Empty {})
    }

    async fn get_role_policy(
        &self,
        _ctx: &RequestContext,
        req: GetRolePolicyRequest,
    ) -> Result<GetRolePolicyResponse, IamError> {
        let role = self
            .dir
            .role(&req.role_name)
            .ok_or_else(|| no_role(&req.role_name))?;
        let document = role
            .record
            .inline_policies
            .get(&req.policy_name)
            .ok_or_else(|| {
                IamError::NoSuchEntity(format!(
                    "The role policy with name {} cannot be found.",
                    req.policy_name
                ))
            })?;
        Ok(GetRolePolicyResponse {
            role_name: role.record.name.clone(),
            policy_name: req.policy_name,
            policy_document: encode_document(document),
        })
    }

    async fn list_role_policies(
        &self,
        _ctx: &RequestContext,
        req: ListRolePoliciesRequest,
    ) -> Result<ListRolePoliciesResponse, IamError> {
        let role = self
            .dir
            .role(&req.role_name)
            .ok_or_else(|| no_role(&req.role_name))?;
        let names: Vec<String> = role.record.inline_policies.keys().cloned().collect();
        let (chosen, marker) = page(names, Clone::clone, req.marker.as_deref(), req.max_items)?;
        Ok(ListRolePoliciesResponse {
            policy_names: chosen,
            is_truncated: Some(marker.is_some()),
            marker,
        })
    }

    async fn delete_role_policy(
        &self,
        _ctx: &RequestContext,
        req: DeleteRolePolicyRequest,
    ) -> Result<Empty, IamError> {
        self.modify_role(&req.role_name, |role, _| {
            role.inline_policies
                .remove(&req.policy_name)
                .map(|_| ())
                .ok_or_else(|| {
                    IamError::NoSuchEntity(format!(
                        "The role policy with name {} cannot be found.",
                        req.policy_name
                    ))
                })
        })
        .await?;
        Ok(Empty {})
    }
}

// ---- managed policies --------------------------------------------------------------------

fn check_managed_document(text: &str) -> Result<(), IamError> {
    if policy_chars(text) > MAX_MANAGED_POLICY_CHARS {
        return Err(IamError::LimitExceeded(format!(
            "Cannot exceed quota for PolicySize: {MAX_MANAGED_POLICY_CHARS}"
        )));
    }
    parse_identity_policy(text).map(|_| ())
}

fn version_number(id: &str) -> Option<u32> {
    id.strip_prefix('v')?.parse().ok()
}

fn version_out(
    policy: &ManagedPolicyRecord,
    version: &PolicyVersionRecord,
    with_doc: bool,
) -> PolicyVersion {
    PolicyVersion {
        document: with_doc.then(|| encode_document(&version.document)),
        version_id: Some(format!("v{}", version.number)),
        is_default_version: Some(version.number == policy.default_version),
        create_date: Some(ts(version.created_ms)),
    }
}

impl IamService {
    async fn create_policy(
        &self,
        _ctx: &RequestContext,
        req: CreatePolicyRequest,
    ) -> Result<CreatePolicyResponse, IamError> {
        check_managed_document(&req.policy_document)?;
        let tags = check_new_tags(req.tags.as_deref().unwrap_or_default())?;
        let now = self.now();
        let policy = ManagedPolicyRecord {
            name: req.policy_name.clone(),
            id: keel_types::ids::new_unique_id("ANPA"),
            path: req.path.unwrap_or_else(|| "/".into()),
            description: req.description,
            created_ms: now,
            updated_ms: now,
            default_version: 1,
            next_version: 2,
            versions: vec![PolicyVersionRecord {
                number: 1,
                document: req.policy_document,
                created_ms: now,
            }],
            attachments: 0,
            tags,
        };
        let key = records::policy_key(&policy.name);
        let plan = Plan {
            compares: vec![Compare::absent(&key)],
            ops: vec![put(&key, &policy)?],
        };
        if self.commit(plan).await?.is_none() {
            return Err(IamError::EntityAlreadyExists(format!(
                "A policy called {} already exists. Duplicate names are not allowed.",
                req.policy_name
            )));
        }
        Ok(CreatePolicyResponse {
            policy: Some(self.policy_out(&policy)),
        })
    }

    async fn get_policy(
        &self,
        _ctx: &RequestContext,
        req: GetPolicyRequest,
    ) -> Result<GetPolicyResponse, IamError> {
        if let Some(builtin) = managed::by_arn(&req.policy_arn) {
            return Ok(GetPolicyResponse {
                policy: Some(self.builtin_out(builtin)),
            });
        }
        let (policy, _) = self
            .read_policy(&req.policy_arn)
            .await?
            .ok_or_else(|| no_policy(&req.policy_arn))?;
        Ok(GetPolicyResponse {
            policy: Some(self.policy_out(&policy)),
        })
    }

    async fn list_policies(
        &self,
        _ctx: &RequestContext,
        req: ListPoliciesRequest,
    ) -> Result<ListPoliciesResponse, IamError> {
        let prefix = check_path_prefix(req.path_prefix.as_deref());
        let scope = req.scope.unwrap_or(PolicyScopeType::All);
        let mut all: Vec<(String, Policy)> = Vec::new();
        if scope != PolicyScopeType::Local {
            for builtin in managed::BUILTIN {
                all.push((
                    format!("0{}", builtin.name.to_lowercase()),
                    self.builtin_out(builtin),
                ));
            }
        }
        if scope != PolicyScopeType::Aws {
            for entry in self.dir.policies() {
                all.push((
                    format!("1{}", entry.record.name.to_lowercase()),
                    self.policy_out(&entry.record),
                ));
            }
        }
        let only_attached = req.only_attached.unwrap_or(false);
        let filtered: Vec<(String, Policy)> = all
            .into_iter()
            .filter(|(_, p)| p.path.as_deref().unwrap_or("/").starts_with(prefix))
            .filter(|(_, p)| !only_attached || p.attachment_count.unwrap_or(0) > 0)
            .collect();
        let (chosen, marker) = page(
            filtered,
            |(k, _)| k.clone(),
            req.marker.as_deref(),
            req.max_items,
        )?;
        Ok(ListPoliciesResponse {
            policies: Some(chosen.into_iter().map(|(_, p)| p).collect()),
            is_truncated: Some(marker.is_some()),
            marker,
        })
    }

    async fn delete_policy(
        &self,
        _ctx: &RequestContext,
        req: DeletePolicyRequest,
    ) -> Result<Empty, IamError> {
        if managed::by_arn(&req.policy_arn).is_some() {
            return Err(IamError::InvalidInput(format!(
                "Cannot delete the AWS managed policy {}.",
                req.policy_arn
            )));
        }
        for _ in 0..MAX_ATTEMPTS {
            let (policy, rev) = self
                .read_policy(&req.policy_arn)
                .await?
                .ok_or_else(|| no_policy(&req.policy_arn))?;
            if policy.attachments > 0 {
                return Err(IamError::DeleteConflict(
                    "Cannot delete a policy attached to entities.".into(),
                ));
            }
            if policy.versions.len() > 1 {
                return Err(IamError::DeleteConflict(
                    "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy."
                        .into(),
                ));
            }
            let key = records::policy_key(&policy.name);
            let plan = Plan {
                compares: vec![Compare::mod_revision_eq(&key, rev)],
                ops: vec![Op::delete(key.clone())],
            };
            if self.commit(plan).await?.is_some() {
                return Ok(Empty {});
            }
        }
        Err(IamError::ConcurrentModification)
    }

    /// Read-modify-write of a customer managed policy.
    async fn modify_policy<R>(
        &self,
        arn: &str,
        mut change: impl FnMut(&mut ManagedPolicyRecord) -> Result<R, IamError>,
    ) -> Result<R, IamError> {
        if managed::by_arn(arn).is_some() {
            return Err(IamError::InvalidInput(format!(
                "Cannot modify the AWS managed policy {arn}."
            )));
        }
        for _ in 0..MAX_ATTEMPTS {
            let (mut policy, rev) = self.read_policy(arn).await?.ok_or_else(|| no_policy(arn))?;
            let out = change(&mut policy)?;
            policy.updated_ms = self.now();
            let key = records::policy_key(&policy.name);
            let plan = Plan {
                compares: vec![Compare::mod_revision_eq(&key, rev)],
                ops: vec![put(&key, &policy)?],
            };
            if self.commit(plan).await?.is_some() {
                return Ok(out);
            }
        }
        Err(IamError::ConcurrentModification)
    }

    async fn create_policy_version(
        &self,
        _ctx: &RequestContext,
        req: CreatePolicyVersionRequest,
    ) -> Result<CreatePolicyVersionResponse, IamError> {
        check_managed_document(&req.policy_document)?;
        let now = self.now();
        let version = self
            .modify_policy(&req.policy_arn, |policy| {
                if policy.versions.len() >= MAX_POLICY_VERSIONS {
                    return Err(IamError::LimitExceeded(format!(
                        "A managed policy can have up to {MAX_POLICY_VERSIONS} versions. Before you create a new version, you must delete an existing version."
                    )));
                }
                let version = PolicyVersionRecord {
                    number: policy.next_version,
                    document: req.policy_document.clone(),
                    created_ms: now,
                };
                policy.next_version += 1;
                if req.set_as_default.unwrap_or(false) {
                    policy.default_version = version.number;
                }
                policy.versions.push(version.clone());
                Ok(version_out(policy, &version, false))
            })
            .await?;
        Ok(CreatePolicyVersionResponse {
            policy_version: Some(version),
        })
    }

    async fn get_policy_version(
        &self,
        _ctx: &RequestContext,
        req: GetPolicyVersionRequest,
    ) -> Result<GetPolicyVersionResponse, IamError> {
        let no_version = || {
            IamError::NoSuchEntity(format!(
                "Policy {} version {} does not exist or is not attachable.",
                req.policy_arn, req.version_id
            ))
        };
        if let Some(builtin) = managed::by_arn(&req.policy_arn) {
            if req.version_id != "v1" {
                return Err(no_version());
            }
            return Ok(GetPolicyVersionResponse {
                policy_version: Some(PolicyVersion {
                    document: Some(encode_document(builtin.document)),
                    version_id: Some("v1".into()),
                    is_default_version: Some(true),
                    create_date: Some(ts(0)),
                }),
            });
        }
        let (policy, _) = self
            .read_policy(&req.policy_arn)
            .await?
            .ok_or_else(|| no_policy(&req.policy_arn))?;
        let number = version_number(&req.version_id).ok_or_else(no_version)?;
        let version = policy
            .versions
            .iter()
            .find(|v| v.number == number)
            .ok_or_else(no_version)?;
        Ok(GetPolicyVersionResponse {
            policy_version: Some(version_out(&policy, version, true)),
        })
    }

    async fn list_policy_versions(
        &self,
        _ctx: &RequestContext,
        req: ListPolicyVersionsRequest,
    ) -> Result<ListPolicyVersionsResponse, IamError> {
        if managed::by_arn(&req.policy_arn).is_some() {
            return Ok(ListPolicyVersionsResponse {
                versions: Some(vec![PolicyVersion {
                    document: None,
                    version_id: Some("v1".into()),
                    is_default_version: Some(true),
                    create_date: Some(ts(0)),
                }]),
                is_truncated: Some(false),
                marker: None,
            });
        }
        let (policy, _) = self
            .read_policy(&req.policy_arn)
            .await?
            .ok_or_else(|| no_policy(&req.policy_arn))?;
        // Newest first, as IAM lists them.
        let mut versions: Vec<PolicyVersionRecord> = policy.versions.clone();
        versions.sort_by_key(|v| std::cmp::Reverse(v.number));
        let (chosen, marker) = page(
            versions,
            |v| format!("{:010}", u32::MAX - v.number),
            req.marker.as_deref(),
            req.max_items,
        )?;
        Ok(ListPolicyVersionsResponse {
            versions: Some(
                chosen
                    .iter()
                    .map(|v| version_out(&policy, v, false))
                    .collect(),
            ),
            is_truncated: Some(marker.is_some()),
            marker,
        })
    }

    async fn delete_policy_version(
        &self,
        _ctx: &RequestContext,
        req: DeletePolicyVersionRequest,
    ) -> Result<Empty, IamError> {
        self.modify_policy(&req.policy_arn, |policy| {
            let number = version_number(&req.version_id).unwrap_or(0);
            if number == policy.default_version {
                return Err(IamError::DeleteConflict(
                    "Cannot delete the default version of a policy.".into(),
                ));
            }
            let before = policy.versions.len();
            policy.versions.retain(|v| v.number != number);
            if policy.versions.len() == before {
                return Err(IamError::NoSuchEntity(format!(
                    "Policy {} version {} does not exist or is not deletable.",
                    req.policy_arn, req.version_id
                )));
            }
            Ok(())
        })
        .await?;
        Ok(Empty {})
    }

    async fn set_default_policy_version(
        &self,
        _ctx: &RequestContext,
        req: SetDefaultPolicyVersionRequest,
    ) -> Result<Empty, IamError> {
        self.modify_policy(&req.policy_arn, |policy| {
            let number = version_number(&req.version_id).unwrap_or(0);
            if !policy.versions.iter().any(|v| v.number == number) {
                return Err(IamError::NoSuchEntity(format!(
                    "Policy {} version {} does not exist.",
                    req.policy_arn, req.version_id
                )));
            }
            policy.default_version = number;
            Ok(())
        })
        .await?;
        Ok(Empty {})
    }

    async fn list_entities_for_policy(
        &self,
        _ctx: &RequestContext,
        req: ListEntitiesForPolicyRequest,
    ) -> Result<ListEntitiesForPolicyResponse, IamError> {
        if managed::by_arn(&req.policy_arn).is_none()
            && self.read_policy(&req.policy_arn).await?.is_none()
        {
            return Err(no_policy(&req.policy_arn));
        }
        let prefix = check_path_prefix(req.path_prefix.as_deref());
        let want = req.entity_filter;
        let users: Vec<PolicyUser> = if matches!(want, None | Some(EntityType::User)) {
            self.dir
                .users()
                .iter()
                .filter(|u| u.record.path.starts_with(prefix))
                .filter(|u| u.record.attached.contains(&req.policy_arn))
                .map(|u| PolicyUser {
                    user_name: Some(u.record.name.clone()),
                    user_id: Some(u.record.id.clone()),
                })
                .collect()
        } else {
            Vec::new()
        };
        let roles: Vec<PolicyRole> = if matches!(want, None | Some(EntityType::Role)) {
            self.dir
                .roles()
                .iter()
                .filter(|r| r.record.path.starts_with(prefix))
                .filter(|r| r.record.attached.contains(&req.policy_arn))
                .map(|r| PolicyRole {
                    role_name: Some(r.record.name.clone()),
                    role_id: Some(r.record.id.clone()),
                })
                .collect()
        } else {
            Vec::new()
        };
        Ok(ListEntitiesForPolicyResponse {
            policy_groups: Some(Vec::new()),
            policy_users: Some(users),
            policy_roles: Some(roles),
            is_truncated: Some(false),
            marker: None,
        })
    }
}

// ---- attachments -------------------------------------------------------------------------

/// Whom an attachment changes.
#[derive(Clone, Copy)]
enum Holder {
    User,
    Role,
}

/// The record of whom an attachment changes.
enum HolderRecord {
    User(UserRecord),
    Role(RoleRecord),
}

impl HolderRecord {
    fn attached(&mut self) -> &mut Vec<String> {
        match self {
            HolderRecord::User(u) => &mut u.attached,
            HolderRecord::Role(r) => &mut r.attached,
        }
    }

    fn put(&self, key: &str) -> Result<Op, IamError> {
        match self {
            HolderRecord::User(u) => put(key, u),
            HolderRecord::Role(r) => put(key, r),
        }
    }
}

impl IamService {
    /// Attaches or detaches `arn` on a user or role, keeping the policy's attachment count in
    /// the same transaction.
    async fn change_attachment(
        &self,
        holder: Holder,
        name: &str,
        arn: &str,
        attach: bool,
    ) -> Result<(), IamError> {
        let not_attachable =
            || IamError::NoSuchEntity(format!("Policy {arn} does not exist or is not attachable."));
        let builtin = managed::by_arn(arn).is_some();
        for _ in 0..MAX_ATTEMPTS {
            let policy = if builtin {
                None
            } else {
                Some(self.read_policy(arn).await?.ok_or_else(|| {
                    if attach {
                        not_attachable()
                    } else {
                        no_policy(arn)
                    }
                })?)
            };
            let (key, rev, mut record) = match holder {
                Holder::User => {
                    let key = records::user_key(name);
                    let (user, rev) = self
                        .read::<UserRecord>(&key)
                        .await?
                        .ok_or_else(|| no_user(name))?;
                    (key, rev, HolderRecord::User(user))
                }
                Holder::Role => {
                    let key = records::role_key(name);
                    let (role, rev) = self
                        .read::<RoleRecord>(&key)
                        .await?
                        .ok_or_else(|| no_role(name))?;
                    (key, rev, HolderRecord::Role(role))
                }
            };
            let attached = record.attached().clone();
            let present = attached.iter().any(|a| a == arn);
            let mut list = attached;
            if attach {
                if present {
                    return Ok(());
                }
                if list.len() >= MAX_ATTACHED_POLICIES {
                    let what = match holder {
                        Holder::User => "PoliciesPerUser",
                        Holder::Role => "PoliciesPerRole",
                    };
                    return Err(IamError::LimitExceeded(format!(
                        "Cannot exceed quota for {what}: {MAX_ATTACHED_POLICIES}"
                    )));
                }
                list.push(arn.to_string());
            } else {
                if !present {
                    return Err(no_policy(arn));
                }
                list.retain(|a| a != arn);
            }
            *record.attached() = list;
            let mut plan = Plan {
                compares: vec![Compare::mod_revision_eq(&key, rev)],
                ops: vec![record.put(&key)?],
            };
            if let Some((mut policy, policy_rev)) = policy {
                policy.attachments = if attach {
                    policy.attachments.saturating_add(1)
                } else {
                    policy.attachments.saturating_sub(1)
                };
                let policy_key = records::policy_key(&policy.name);
                plan.compares
                    .push(Compare::mod_revision_eq(&policy_key, policy_rev));
                plan.ops.push(put(&policy_key, &policy)?);
            }
            if self.commit(plan).await?.is_some() {
                return Ok(());
            }
        }
        Err(IamError::ConcurrentModification)
    }

    async fn attach_user_policy(
        &self,
        _ctx: &RequestContext,
        req: AttachUserPolicyRequest,
    ) -> Result<Empty, IamError> {
        self.change_attachment(Holder::User, &req.user_name, &req.policy_arn, true)
            .await?;
        Ok(Empty {})
    }

    async fn detach_user_policy(
        &self,
        _ctx: &RequestContext,
        req: DetachUserPolicyRequest,
    ) -> Result<Empty, IamError> {
        self.change_attachment(Holder::User, &req.user_name, &req.policy_arn, false)
            .await?;
        Ok(Empty {})
    }

    async fn attach_role_policy(
        &self,
        _ctx: &RequestContext,
        req: AttachRolePolicyRequest,
    ) -> Result<Empty, IamError> {
        self.change_attachment(Holder::Role, &req.role_name, &req.policy_arn, true)
            .await?;
        Ok(Empty {})
    }

    async fn detach_role_policy(
        &self,
        _ctx: &RequestContext,
        req: DetachRolePolicyRequest,
    ) -> Result<Empty, IamError> {
        self.change_attachment(Holder::Role, &req.role_name, &req.policy_arn, false)
            .await?;
        Ok(Empty {})
    }

    fn attached_out(&self, arns: &[String], prefix: &str) -> Vec<AttachedPolicy> {
        arns.iter()
            .filter(|arn| {
                // The path of arn:aws:iam::ACCOUNT:policy/PATH/NAME.
                arn.split_once(":policy")
                    .map(|(_, rest)| rest)
                    .is_some_and(|rest| rest.starts_with(prefix))
            })
            .map(|arn| AttachedPolicy {
                policy_name: self
                    .attachable_name(arn)
                    .or_else(|| arn.rsplit('/').next().map(str::to_string)),
                policy_arn: Some(arn.clone()),
            })
            .collect()
    }

    async fn list_attached_user_policies(
        &self,
        _ctx: &RequestContext,
        req: ListAttachedUserPoliciesRequest,
    ) -> Result<ListAttachedUserPoliciesResponse, IamError> {
        let user = self
            .dir
            .user(&req.user_name)
            .ok_or_else(|| no_user(&req.user_name))?;
        let all = self.attached_out(
            &user.record.attached,
            check_path_prefix(req.path_prefix.as_deref()),
        );
        let (chosen, marker) = page(
            all,
            |p| p.policy_arn.clone().unwrap_or_default(),
            req.marker.as_deref(),
            req.max_items,
        )?;
        Ok(ListAttachedUserPoliciesResponse {
            attached_policies: Some(chosen),
            is_truncated: Some(marker.is_some()),
            marker,
        })
    }

    async fn list_attached_role_policies(
        &self,
        _ctx: &RequestContext,
        req: ListAttachedRolePoliciesRequest,
    ) -> Result<ListAttachedRolePoliciesResponse, IamError> {
        let role = self
            .dir
            .role(&req.role_name)
            .ok_or_else(|| no_role(&req.role_name))?;
        let all = self.attached_out(
            &role.record.attached,
            check_path_prefix(req.path_prefix.as_deref()),
        );
        let (chosen, marker) = page(
            all,
            |p| p.policy_arn.clone().unwrap_or_default(),
            req.marker.as_deref(),
            req.max_items,
        )?;
        Ok(ListAttachedRolePoliciesResponse {
            attached_policies: Some(chosen),
            is_truncated: Some(marker.is_some()),
            marker,
        })
    }
}
