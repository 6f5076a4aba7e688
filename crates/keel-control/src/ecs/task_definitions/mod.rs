//! Task definitions: RegisterTaskDefinition, DescribeTaskDefinition, ListTaskDefinitions,
//! ListTaskDefinitionFamilies, DeregisterTaskDefinition, DeleteTaskDefinitions.
//!
//! Revisions are immutable and numbered from 1 per family. Deregistering makes a revision
//! INACTIVE (still describable, no longer runnable); DeleteTaskDefinitions moves INACTIVE
//! revisions to DELETE_IN_PROGRESS, and the janitor removes them once no task uses them.

pub mod validate;

use keel_api::RequestContext;
use keel_awsmodel::ecs::{
    Attribute, Compatibility, DeleteTaskDefinitionsRequest, DeleteTaskDefinitionsResponse,
    DeregisterTaskDefinitionRequest, DeregisterTaskDefinitionResponse,
    DescribeTaskDefinitionRequest, DescribeTaskDefinitionResponse, Failure,
    ListTaskDefinitionFamiliesRequest, ListTaskDefinitionFamiliesResponse,
    ListTaskDefinitionsRequest, ListTaskDefinitionsResponse, LogDriver, NetworkMode,
    RegisterTaskDefinitionRequest, RegisterTaskDefinitionResponse, SortOrder, Tag, TaskDefinition,
    TaskDefinitionFamilyStatus, TaskDefinitionField, TaskDefinitionStatus,
};
use keel_store::{Compare, Op, Txn};
use keel_types::EcsResource;
use serde::{Deserialize, Serialize};

use crate::ControlPlane;
use crate::ecs::resources::{self, caller_principal, ecs_arn};
use crate::ecs::tags;
use crate::error::EcsError;
use crate::pagination;
use crate::state::{self, Versioned};

/// One revision as stored.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TaskDefinitionRecord {
    pub task_definition: TaskDefinition,
    #[serde(default)]
    pub tags: Vec<Tag>,
}

impl TaskDefinitionRecord {
    pub fn status(&self) -> TaskDefinitionStatus {
        self.task_definition
            .status
            .unwrap_or(TaskDefinitionStatus::Active)
    }
}

/// Per-family bookkeeping: the last revision handed out and how many are ACTIVE.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct FamilyRecord {
    pub family: String,
    pub last_revision: i32,
    pub active_revisions: i32,
}

/// Attributes a container instance needs to run this definition, as ECS derives them.
fn required_attributes(req: &RegisterTaskDefinitionRequest) -> Vec<Attribute> {
    let mut names: Vec<String> = Vec::new();
    let mut add = |name: &str| {
        if !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
    };
    for container in &req.container_definitions {
        if let Some(config) = &container.log_configuration {
            add(&format!(
                "com.amazonaws.ecs.capability.logging-driver.{}",
                config.log_driver.as_str()
            ));
            if config.log_driver == LogDriver::Awslogs && req.execution_role_arn.is_some() {
                add("ecs.capability.execution-role-awslogs");
            }
        }
        if container.health_check.is_some() {
            add("ecs.capability.container-health-check");
        }
        if container.depends_on.as_ref().is_some_and(|d| !d.is_empty()) {
            add("ecs.capability.container-ordering");
        }
        if container.secrets.as_ref().is_some_and(|s| !s.is_empty()) {
            add("ecs.capability.secrets.asm.environment-variables");
        }
        if container.firelens_configuration.is_some() {
            add("ecs.capability.firelens.fluentbit");
        }
    }
    if validate::network_mode(req) == NetworkMode::Awsvpc {
        add("ecs.capability.task-eni");
    }
    if req.task_role_arn.is_some() {
        add("com.amazonaws.ecs.capability.task-iam-role");
    }
    names
        .into_iter()
        .map(|name| Attribute {
            name,
            ..Default::default()
        })
        .collect()
}

fn compatibilities(req: &RegisterTaskDefinitionRequest) -> Vec<Compatibility> {
    let mut out = vec![Compatibility::Ec2];
    if validate::network_mode(req) != NetworkMode::Awsvpc {
        out.push(Compatibility::External);
    }
    for extra in [Compatibility::Fargate, Compatibility::ManagedInstances] {
        if validate::requires(req, extra) {
            out.push(extra);
        }
    }
    out
}

pub async fn register_task_definition(
    cp: &ControlPlane,
    ctx: &RequestContext,
    mut req: RegisterTaskDefinitionRequest,
) -> Result<RegisterTaskDefinitionResponse, EcsError> {
    // ECS takes an empty role ARN for no role (tools that copy a described task definition
    // into a new revision, such as ecs-deploy, send `""` for roles it did not have).
    for role in [&mut req.task_role_arn, &mut req.execution_role_arn] {
        if role.as_deref() == Some("") {
            *role = None;
        }
    }
    validate::validate(&req)?;
    let new_tags = req.tags.clone().unwrap_or_default();
    tags::validate(&new_tags)?;
    let region = &ctx.scope.region;
    let family_key = state::family_key(region, &req.family);
    let registered_at = resources::now();
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let family: Option<Versioned<FamilyRecord>> = state::get(&*cp.store, &family_key).await?;
        let (mut record, guard) = match family {
            Some(f) => {
                let guard = Compare::mod_revision_eq(family_key.clone(), f.mod_revision);
                (f.value, guard)
            }
            None => (
                FamilyRecord {
                    family: req.family.clone(),
                    ..Default::default()
                },
                Compare::absent(family_key.clone()),
            ),
        };
        record.last_revision += 1;
        record.active_revisions += 1;
        let revision = record.last_revision;
        let task_definition = TaskDefinition {
            task_definition_arn: Some(ecs_arn(
                ctx,
                EcsResource::TaskDefinition {
                    family: req.family.clone(),
                    revision,
                },
            )),
            container_definitions: Some(req.container_definitions.clone()),
            family: Some(req.family.clone()),
            task_role_arn: req.task_role_arn.clone(),
            execution_role_arn: req.execution_role_arn.clone(),
            network_mode: Some(validate::network_mode(&req)),
            revision: Some(revision),
            volumes: Some(req.volumes.clone().unwrap_or_default()),
            status: Some(TaskDefinitionStatus::Active),
            requires_attributes: Some(required_attributes(&req)),
            placement_constraints: Some(req.placement_constraints.clone().unwrap_or_default()),
            compatibilities: Some(compatibilities(&req)),
            runtime_platform: req.runtime_platform.clone(),
            requires_compatibilities: req.requires_compatibilities.clone(),
            cpu: req.cpu.clone(),
            memory: req.memory.clone(),
            inference_accelerators: req.inference_accelerators.clone(),
            pid_mode: req.pid_mode,
            ipc_mode: req.ipc_mode,
            proxy_configuration: req.proxy_configuration.clone(),
            registered_at: Some(registered_at),
            registered_by: Some(caller_principal(ctx)),
            ephemeral_storage: req.ephemeral_storage.clone(),
            enable_fault_injection: req.enable_fault_injection,
            trusted_execution_configuration: req.trusted_execution_configuration.clone(),
            ..Default::default()
        };
        let td_record = TaskDefinitionRecord {
            task_definition,
            tags: new_tags.clone(),
        };
        let td_key = state::task_definition_key(region, &req.family, revision);
        let txn = Txn::new()
            .when(vec![guard, Compare::absent(td_key.clone())])
            .and_then(vec![
                state::put_op(&family_key, &record)?,
                state::put_op(&td_key, &td_record)?,
            ]);
        if cp.store.txn(txn).await?.succeeded {
            let tags = (!td_record.tags.is_empty()).then(|| td_record.tags.clone());
            return Ok(RegisterTaskDefinitionResponse {
                task_definition: Some(td_record.task_definition),
                tags,
            });
        }
    }
    Err(EcsError::Contention)
}

/// What a `taskDefinition` member names: a family (latest ACTIVE revision), `family:revision`,
/// or a full ARN.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TaskDefinitionRef {
    Family(String),
    Revision(String, i32),
}

pub fn parse_reference(ctx: &RequestContext, text: &str) -> Option<TaskDefinitionRef> {
    if text.starts_with("arn:") {
        return match resources::parse_local_arn(ctx, text)? {
            EcsResource::TaskDefinition { family, revision } => {
                Some(TaskDefinitionRef::Revision(family, revision))
            }
            _ => None,
        };
    }
    match text.rsplit_once(':') {
        Some((family, revision)) => {
            let revision = revision.parse::<i32>().ok().filter(|r| *r >= 1)?;
            Some(TaskDefinitionRef::Revision(family.to_string(), revision))
        }
        None => Some(TaskDefinitionRef::Family(text.to_string())),
    }
}

/// Loads the revision a reference names. `None` when nothing matches.
pub async fn resolve(
    cp: &ControlPlane,
    ctx: &RequestContext,
    text: &str,
) -> Result<Option<Versioned<TaskDefinitionRecord>>, EcsError> {
    let region = &ctx.scope.region;
    match parse_reference(ctx, text) {
        None => Ok(None),
        Some(TaskDefinitionRef::Revision(family, revision)) => {
            state::get(
                &*cp.store,
                &state::task_definition_key(region, &family, revision),
            )
            .await
        }
        Some(TaskDefinitionRef::Family(family)) => {
            let revisions: Vec<Versioned<TaskDefinitionRecord>> =
                state::list(&*cp.store, &state::task_definitions_prefix(region, &family)).await?;
            Ok(revisions
                .into_iter()
                .rev()
                .find(|r| r.value.status() == TaskDefinitionStatus::Active))
        }
    }
}

fn unable_to_describe() -> EcsError {
    EcsError::client("Unable to describe task definition.")
}

pub async fn describe_task_definition(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DescribeTaskDefinitionRequest,
) -> Result<DescribeTaskDefinitionResponse, EcsError> {
    let record = resolve(cp, ctx, &req.task_definition)
        .await?
        .ok_or_else(unable_to_describe)?;
    let include_tags = req
        .include
        .unwrap_or_default()
        .contains(&TaskDefinitionField::Tags);
    Ok(DescribeTaskDefinitionResponse {
        task_definition: Some(record.value.task_definition),
        tags: include_tags.then_some(record.value.tags),
    })
}

/// Revision keys sort by family then zero-padded revision, which is ECS's ASC order.
pub async fn list_task_definitions(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: ListTaskDefinitionsRequest,
) -> Result<ListTaskDefinitionsResponse, EcsError> {
    let page = pagination::page_size(req.max_results, 100, 100)?;
    let region = &ctx.scope.region;
    let prefix = match req.family_prefix.as_deref() {
        Some(family) => state::task_definitions_prefix(region, family),
        None => state::all_task_definitions_prefix(region),
    };
    let status = req.status.unwrap_or(TaskDefinitionStatus::Active);
    let records: Vec<Versioned<TaskDefinitionRecord>> = state::list(&*cp.store, &prefix).await?;
    // ECS lists by family name, then revision. Store keys (`family/revision`) would put
    // `web-worker` before `web`, so sort on family, a separator that sorts below every character
    // a family may contain, and the zero-padded revision.
    let mut items: Vec<(String, String)> = records
        .into_iter()
        .filter(|r| r.value.status() == status)
        .filter_map(|r| {
            let td = r.value.task_definition;
            let order = format!(
                "{} {:010}",
                td.family.as_deref().unwrap_or_default(),
                td.revision.unwrap_or_default()
            );
            Some((order, td.task_definition_arn?))
        })
        .collect();
    let descending = req.sort == Some(SortOrder::Desc);
    if descending {
        items.reverse();
    }
    // Tokens carry the key; in descending order "after" means smaller, so invert the key.
    let sort_key = move |item: &(String, String)| {
        if descending {
            invert(&item.0)
        } else {
            item.0.clone()
        }
    };
    let (items, next_token) = pagination::paginate(
        "ListTaskDefinitions",
        items,
        sort_key,
        req.next_token.as_deref(),
        page,
    )?;
    Ok(ListTaskDefinitionsResponse {
        task_definition_arns: Some(items.into_iter().map(|(_, arn)| arn).collect()),
        next_token,
    })
}

/// Maps a key to one that sorts in the opposite order (for descending pagination).
fn invert(key: &str) -> String {
    key.chars()
        .map(|c| char::from_u32(0x10FFFF - c as u32).unwrap_or(c))
        .collect()
}

pub async fn list_task_definition_families(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: ListTaskDefinitionFamiliesRequest,
) -> Result<ListTaskDefinitionFamiliesResponse, EcsError> {
    let page = pagination::page_size(req.max_results, 100, 100)?;
    let families: Vec<Versioned<FamilyRecord>> =
        state::list(&*cp.store, &state::families_prefix(&ctx.scope.region)).await?;
    let status = req.status.unwrap_or(TaskDefinitionFamilyStatus::Active);
    let prefix = req.family_prefix.unwrap_or_default();
    let names: Vec<String> = families
        .into_iter()
        .map(|f| f.value)
        .filter(|f| f.family.starts_with(&prefix))
        .filter(|f| match status {
            TaskDefinitionFamilyStatus::Active => f.active_revisions > 0,
            TaskDefinitionFamilyStatus::Inactive => f.active_revisions == 0,
            TaskDefinitionFamilyStatus::All => true,
        })
        .map(|f| f.family)
        .collect();
    let (families, next_token) = pagination::paginate(
        "ListTaskDefinitionFamilies",
        names,
        Clone::clone,
        req.next_token.as_deref(),
        page,
    )?;
    Ok(ListTaskDefinitionFamiliesResponse {
        families: Some(families),
        next_token,
    })
}

/// Resolves a reference that must name one exact revision (Deregister/Delete take no bare family).
fn exact_revision(ctx: &RequestContext, text: &str) -> Result<(String, i32), EcsError> {
    match parse_reference(ctx, text) {
        Some(TaskDefinitionRef::Revision(family, revision)) => Ok((family, revision)),
        _ => Err(EcsError::invalid(
            "The task definition must be specified as family:revision or as a full task definition ARN.",
        )),
    }
}

pub async fn deregister_task_definition(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DeregisterTaskDefinitionRequest,
) -> Result<DeregisterTaskDefinitionResponse, EcsError> {
    let (family, revision) = exact_revision(ctx, &req.task_definition)?;
    let region = &ctx.scope.region;
    let td_key = state::task_definition_key(region, &family, revision);
    let family_key = state::family_key(region, &family);
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let record: Versioned<TaskDefinitionRecord> = state::get(&*cp.store, &td_key)
            .await?
            .ok_or_else(|| EcsError::client("The specified task definition does not exist."))?;
        if record.value.status() != TaskDefinitionStatus::Active {
            return Ok(DeregisterTaskDefinitionResponse {
                task_definition: Some(record.value.task_definition),
            });
        }
        let fam: Option<Versioned<FamilyRecord>> = state::get(&*cp.store, &family_key).await?;
        let Some(fam) = fam else {
            return Err(EcsError::Internal(format!(
                "family record missing for {family}"
            )));
        };
        let mut updated = record.value.clone();
        updated.task_definition.status = Some(TaskDefinitionStatus::Inactive);
        updated.task_definition.deregistered_at = Some(resources::now());
        let mut fam_value = fam.value.clone();
        fam_value.active_revisions = (fam_value.active_revisions - 1).max(0);
        let txn = Txn::new()
            .when(vec![
                Compare::mod_revision_eq(td_key.clone(), record.mod_revision),
                Compare::mod_revision_eq(family_key.clone(), fam.mod_revision),
            ])
            .and_then(vec![
                state::put_op(&td_key, &updated)?,
                state::put_op(&family_key, &fam_value)?,
            ]);
        if cp.store.txn(txn).await?.succeeded {
            return Ok(DeregisterTaskDefinitionResponse {
                task_definition: Some(updated.task_definition),
            });
        }
    }
    Err(EcsError::Contention)
}

pub async fn delete_task_definitions(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DeleteTaskDefinitionsRequest,
) -> Result<DeleteTaskDefinitionsResponse, EcsError> {
    if req.task_definitions.is_empty() || req.task_definitions.len() > 10 {
        return Err(EcsError::invalid(
            "taskDefinitions must contain between 1 and 10 items.",
        ));
    }
    let region = &ctx.scope.region;
    let mut deleted = Vec::new();
    let mut failures = Vec::new();
    'each: for reference in &req.task_definitions {
        let fail = |reason: &str| Failure {
            arn: Some(reference.clone()),
            reason: Some(reason.to_string()),
            detail: None,
        };
        let Ok((family, revision)) = exact_revision(ctx, reference) else {
            failures.push(fail("The specified task definition identifier is invalid. Specify a valid name or ARN and try again."));
            continue;
        };
        let key = state::task_definition_key(region, &family, revision);
        for _ in 0..state::MAX_CAS_ATTEMPTS {
            let Some(record): Option<Versioned<TaskDefinitionRecord>> =
                state::get(&*cp.store, &key).await?
            else {
                failures.push(fail("The specified task definition does not exist. Specify a valid account, family, revision and try again."));
                continue 'each;
            };
            match record.value.status() {
                TaskDefinitionStatus::Active => {
                    failures.push(fail("The specified task definition is still in ACTIVE status. Please deregister the target and try again."));
                    continue 'each;
                }
                TaskDefinitionStatus::DeleteInProgress => {
                    deleted.push(record.value.task_definition);
                    continue 'each;
                }
                TaskDefinitionStatus::Inactive => {}
            }
            let mut updated = record.value.clone();
            updated.task_definition.status = Some(TaskDefinitionStatus::DeleteInProgress);
            updated.task_definition.delete_requested_at = Some(resources::now());
            let txn = Txn::new()
                .when(vec![Compare::mod_revision_eq(
                    key.clone(),
                    record.mod_revision,
                )])
                .and_then(vec![
                    state::put_op(&key, &updated)?,
                    Op::put(
                        state::deleting_task_definition_key(region, &family, revision),
                        Vec::new(),
                    ),
                ]);
            if cp.store.txn(txn).await?.succeeded {
                deleted.push(updated.task_definition);
                continue 'each;
            }
        }
        return Err(EcsError::Contention);
    }
    Ok(DeleteTaskDefinitionsResponse {
        task_definitions: Some(deleted),
        failures: Some(failures),
    })
}
