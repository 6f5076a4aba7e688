//! Resource policies: PutResourcePolicy, DescribeResourcePolicies, DeleteResourcePolicy.
//!
//! Account-scoped policies are named (at most 10 per region); resource-scoped ones are attached
//! to a log group's ARN. Documents must be JSON. `expectedRevisionId` gives optimistic
//! concurrency as CloudWatch Logs does. Stored under `/logs/REGION/resource-policies/`.

use keel_api::RequestContext;
use keel_awsmodel::logs::{
    DeleteResourcePolicyRequest, DescribeResourcePoliciesRequest, DescribeResourcePoliciesResponse,
    PolicyScope, PutResourcePolicyRequest, PutResourcePolicyResponse, ResourcePolicy,
};
use keel_store::{Compare, Op, RangeRequest, Txn};

use crate::groups::Empty;
use crate::service::LogsService;
use crate::{LogsError, paging};

const MAX_ACCOUNT_POLICIES: usize = 10;
const MAX_DOCUMENT_CHARS: usize = 5120;

fn prefix(region: &str) -> String {
    format!("/logs/{region}/resource-policies/")
}

/// Account policies by name, resource policies by ARN; the scope keeps them apart.
fn key(region: &str, scope: PolicyScope, id: &str) -> String {
    let kind = match scope {
        PolicyScope::Account => "account",
        _ => "resource",
    };
    format!("{}{kind}/{id}", prefix(region))
}

/// Which policy a request names: (scope, identifier).
fn target(name: Option<&str>, arn: Option<&str>) -> Result<(PolicyScope, String), LogsError> {
    match (name, arn) {
        (Some(_), Some(_)) => Err(LogsError::invalid(
            "Specify either policyName or resourceArn, not both.",
        )),
        (Some(name), None) => Ok((PolicyScope::Account, name.to_string())),
        (None, Some(arn)) => Ok((PolicyScope::Resource, arn.to_string())),
        (None, None) => Err(LogsError::invalid("policyName or resourceArn is required.")),
    }
}

pub async fn put_resource_policy(
    svc: &LogsService,
    ctx: &RequestContext,
    req: PutResourcePolicyRequest,
) -> Result<PutResourcePolicyResponse, LogsError> {
    let (scope, id) = target(req.policy_name.as_deref(), req.resource_arn.as_deref())?;
    let document = req
        .policy_document
        .ok_or_else(|| LogsError::invalid("policyDocument is required."))?;
    if document.chars().count() > MAX_DOCUMENT_CHARS {
        return Err(LogsError::invalid(format!(
            "The policy document exceeds {MAX_DOCUMENT_CHARS} characters."
        )));
    }
    if !serde_json::from_str::<serde_json::Value>(&document).is_ok_and(|v| v.is_object()) {
        return Err(LogsError::invalid(
            "The policy document is not a valid JSON object.",
        ));
    }
    let region = &ctx.scope.region;
    let k = key(region, scope, &id);
    let current = svc.store.get(&k).await?;
    let current_policy: Option<ResourcePolicy> = current
        .as_ref()
        .map(|kv| serde_json::from_slice(&kv.value))
        .transpose()?;
    if let Some(expected) = &req.expected_revision_id
        && current_policy.as_ref().and_then(|p| p.revision_id.as_ref()) != Some(expected)
    {
        return Err(LogsError::OperationAborted(
            "The expected revision id does not match the policy's current revision.".into(),
        ));
    }
    if scope == PolicyScope::Account && current.is_none() {
        let existing = svc
            .store
            .range(RangeRequest::prefix(format!("{}account/", prefix(region))).count_only())
            .await?
            .count;
        if existing >= MAX_ACCOUNT_POLICIES {
            return Err(LogsError::LimitExceeded(format!(
                "Resource limit exceeded: at most {MAX_ACCOUNT_POLICIES} resource policies per region."
            )));
        }
    }
    let policy = ResourcePolicy {
        policy_name: req.policy_name,
        policy_document: Some(document),
        last_updated_time: Some(keel_types::time::now_millis()),
        policy_scope: Some(scope),
        resource_arn: req.resource_arn,
        revision_id: Some(keel_types::ids::new_hex_id()),
    };
    let guard = match &current {
        Some(kv) => Compare::mod_revision_eq(k.clone(), kv.mod_revision),
        None => Compare::absent(k.clone()),
    };
    let txn = Txn::new()
        .when(vec![guard])
        .and_then(vec![Op::put(k, serde_json::to_vec(&policy)?)]);
    if !svc.store.txn(txn).await?.succeeded {
        return Err(LogsError::OperationAborted(
            "Multiple concurrent requests to update the same resource were in conflict. Retry your request."
                .into(),
        ));
    }
    Ok(PutResourcePolicyResponse {
        revision_id: policy.revision_id.clone(),
        resource_policy: Some(policy),
    })
}

pub async fn describe_resource_policies(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DescribeResourcePoliciesRequest,
) -> Result<DescribeResourcePoliciesResponse, LogsError> {
    let region = &ctx.scope.region;
    let prefix = match (&req.resource_arn, req.policy_scope) {
        (Some(arn), _) => key(region, PolicyScope::Resource, arn),
        (None, Some(PolicyScope::Resource)) => format!("{}resource/", prefix(region)),
        (None, Some(PolicyScope::Account)) => format!("{}account/", prefix(region)),
        (None, _) => prefix(region),
    };
    let limit = usize::try_from(req.limit.unwrap_or(50)).unwrap_or(50);
    let after = req.next_token.as_deref().map(paging::decode).transpose()?;
    let (policies, next_token) = paging::page(svc, &prefix, after, limit, |kv| {
        Ok(Some(serde_json::from_slice::<ResourcePolicy>(&kv.value)?))
    })
    .await?;
    Ok(DescribeResourcePoliciesResponse {
        resource_policies: Some(policies),
        next_token,
    })
}

pub async fn delete_resource_policy(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DeleteResourcePolicyRequest,
) -> Result<Empty, LogsError> {
    let (scope, id) = target(req.policy_name.as_deref(), req.resource_arn.as_deref())?;
    let k = key(&ctx.scope.region, scope, &id);
    let missing = || LogsError::ResourceNotFound("The specified policy does not exist.".into());
    let current = svc.store.get(&k).await?.ok_or_else(missing)?;
    if let Some(expected) = &req.expected_revision_id {
        let policy: ResourcePolicy = serde_json::from_slice(&current.value)?;
        if policy.revision_id.as_ref() != Some(expected) {
            return Err(LogsError::OperationAborted(
                "The expected revision id does not match the policy's current revision.".into(),
            ));
        }
    }
    let txn = Txn::new()
        .when(vec![Compare::mod_revision_eq(
            k.clone(),
            current.mod_revision,
        )])
        .and_then(vec![Op::delete(k)]);
    if svc.store.txn(txn).await?.succeeded {
        Ok(Empty {})
    } else {
        Err(missing())
    }
}
