//! Container instances: RegisterContainerInstance, DeregisterContainerInstance,
//! DescribeContainerInstances, ListContainerInstances, UpdateContainerInstancesState.
//!
//! The host agent registers through the agent protocol; these operations work over the public
//! API too, as in ECS. An instance record keeps what it registered and what remains after the
//! tasks placed on it; placement and task stops update both atomically with the task records.

use std::collections::BTreeSet;

use keel_api::RequestContext;
use keel_awsmodel::Timestamp;
use keel_awsmodel::ecs::{
    Attribute, ContainerInstance, ContainerInstanceField, ContainerInstanceStatus,
    DeregisterContainerInstanceRequest, DeregisterContainerInstanceResponse,
    DescribeContainerInstancesRequest, DescribeContainerInstancesResponse, Failure,
    ListContainerInstancesRequest, ListContainerInstancesResponse,
    RegisterContainerInstanceRequest, RegisterContainerInstanceResponse, Resource, SettingName,
    Tag, UpdateContainerInstancesStateRequest, UpdateContainerInstancesStateResponse, VersionInfo,
};
use keel_store::{Compare, Txn};
use keel_types::EcsResource;
use serde::{Deserialize, Serialize};

use crate::ControlPlane;
use crate::ecs::resources::{self, ecs_arn};
use crate::ecs::{account_settings, clusters, tags, tasks};
use crate::error::EcsError;
use crate::pagination;
use crate::state::{self, Versioned};

/// A container instance as stored.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct InstanceRecord {
    pub id: String,
    pub arn: String,
    pub cluster: String,
    pub ec2_instance_id: String,
    /// ACTIVE, DRAINING, or INACTIVE once deregistered.
    pub status: String,
    pub agent_connected: bool,
    pub registered_cpu: i64,
    pub registered_memory: i64,
    pub reserved_tcp_ports: BTreeSet<u16>,
    pub reserved_udp_ports: BTreeSet<u16>,
    /// What tasks placed here hold, released when they stop.
    pub used_cpu: i64,
    pub used_memory: i64,
    pub used_tcp_ports: Vec<u16>,
    pub used_udp_ports: Vec<u16>,
    #[serde(default)]
    pub attributes: Vec<Attribute>,
    #[serde(default)]
    pub version_info: Option<VersionInfo>,
    pub registered_at: Timestamp,
    /// ECS's `version`: bumped on every change.
    pub version: i64,
    #[serde(default)]
    pub tags: Vec<Tag>,
    /// GPU ids the instance registered (its `GPU` resource), and those tasks hold.
    #[serde(default)]
    pub gpu_ids: Vec<String>,
    #[serde(default)]
    pub used_gpu_ids: Vec<String>,
    /// Dynamic host ports handed out to tasks here, per protocol.
    #[serde(default)]
    pub dynamic_tcp_used: u32,
    #[serde(default)]
    pub dynamic_udp_used: u32,
    /// Tasks holding resources here, per group, and how many of them are RUNNING: what spread,
    /// distinctInstance, `task:group` and `runningTasksCount` read, kept in the same
    /// transactions as the tasks. Counts, not a list, so a busy instance's record stays small.
    #[serde(default)]
    pub task_groups: std::collections::BTreeMap<String, u32>,
    #[serde(default)]
    pub running_tasks: u32,
    /// Since when the agent has been disconnected (set with `agent_connected = false` by
    /// whatever notices, the agent protocol's lease expiry; cleared when it registers again).
    /// The service reconciler replaces the instance's tasks once this is older than
    /// `ControlConfig::agent_lost_grace`.
    #[serde(default)]
    pub agent_disconnected_at: Option<Timestamp>,
    /// The principal (IAM user or role ARN, or root) that registered the instance: every agent
    /// protocol call naming the instance must come from it (or root).
    #[serde(default)]
    pub agent_principal: Option<String>,
    /// The agent protocol session whose lease keeps `agent_connected` true; `None` for
    /// instances registered through the public API (no lease watches them).
    #[serde(default)]
    pub agent_session: Option<String>,
    /// The id the agent keeps in its data dir, so a retried first register finds its instance.
    #[serde(default)]
    pub agent_id: Option<String>,
}

impl InstanceRecord {
    pub fn counts_as_registered(&self) -> bool {
        self.status == "ACTIVE" || self.status == "DRAINING"
    }

    pub fn remaining_cpu(&self) -> i64 {
        self.registered_cpu - self.used_cpu
    }

    pub fn remaining_memory(&self) -> i64 {
        self.registered_memory - self.used_memory
    }

    pub fn taken_tcp_ports(&self) -> BTreeSet<u16> {
        self.reserved_tcp_ports
            .iter()
            .chain(&self.used_tcp_ports)
            .copied()
            .collect()
    }

    pub fn taken_udp_ports(&self) -> BTreeSet<u16> {
        self.reserved_udp_ports
            .iter()
            .chain(&self.used_udp_ports)
            .copied()
            .collect()
    }

    /// The scheduler's view of this instance.
    pub fn to_scheduler(&self) -> keel_scheduler::Instance {
        keel_scheduler::Instance {
            arn: self.arn.clone(),
            ec2_instance_id: self.ec2_instance_id.clone(),
            status: match self.status.as_str() {
                "ACTIVE" => keel_scheduler::InstanceStatus::Active,
                "DRAINING" => keel_scheduler::InstanceStatus::Draining,
                _ => keel_scheduler::InstanceStatus::Other,
            },
            agent_connected: self.agent_connected,
            agent_version: self
                .version_info
                .as_ref()
                .and_then(|v| v.agent_version.clone()),
            registered_at_ms: self.registered_at.as_millis(),
            attributes: self
                .attributes
                .iter()
                .map(|a| (a.name.clone(), a.value.clone()))
                .collect(),
            remaining_cpu: self.remaining_cpu(),
            remaining_memory: self.remaining_memory(),
            free_gpus: self.free_gpu_ids().len() as u32,
            used_tcp_ports: self.taken_tcp_ports().into_iter().collect(),
            used_udp_ports: self.taken_udp_ports().into_iter().collect(),
            dynamic_tcp_used: self.dynamic_tcp_used,
            dynamic_udp_used: self.dynamic_udp_used,
            dynamic_ports: keel_scheduler::DEFAULT_DYNAMIC_PORTS,
            task_groups: self
                .task_groups
                .iter()
                .map(|(g, n)| (g.clone(), *n))
                .collect(),
            running_tasks: u64::from(self.running_tasks),
        }
    }

    /// GPUs no task holds, in registration order.
    pub fn free_gpu_ids(&self) -> Vec<String> {
        self.gpu_ids
            .iter()
            .filter(|g| !self.used_gpu_ids.contains(g))
            .cloned()
            .collect()
    }

    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|a| a.name == name)
            .and_then(|a| a.value.as_deref())
    }
}

pub(crate) fn integer_resource(name: &str, value: i64) -> Resource {
    Resource {
        name: Some(name.to_string()),
        r#type: Some("INTEGER".into()),
        integer_value: Some(i32::try_from(value).unwrap_or(i32::MAX)),
        double_value: Some(0.0),
        long_value: Some(0),
        ..Default::default()
    }
}

pub(crate) fn ports_resource(name: &str, ports: &BTreeSet<u16>) -> Resource {
    Resource {
        name: Some(name.to_string()),
        r#type: Some("STRINGSET".into()),
        string_set_value: Some(ports.iter().map(u16::to_string).collect()),
        double_value: Some(0.0),
        long_value: Some(0),
        integer_value: Some(0),
    }
}

/// What an instance registers: CPU, MEMORY, PORTS, PORTS_UDP and GPU.
pub(crate) struct Registered {
    pub(crate) cpu: i64,
    pub(crate) memory: i64,
    pub(crate) tcp: BTreeSet<u16>,
    pub(crate) udp: BTreeSet<u16>,
    pub(crate) gpus: Vec<String>,
}

/// Adds the `GPU` string set (`ids`) to an instance's resources, if it registered any GPUs.
fn with_gpus(mut list: Vec<Resource>, registered: &[String], ids: Vec<String>) -> Vec<Resource> {
    if !registered.is_empty() {
        list.push(Resource {
            name: Some("GPU".into()),
            r#type: Some("STRINGSET".into()),
            string_set_value: Some(ids),
            double_value: Some(0.0),
            long_value: Some(0),
            integer_value: Some(0),
        });
    }
    list
}

/// Reads the CPU, MEMORY, PORTS, PORTS_UDP and GPU (a string set of GPU ids) resources an
/// instance registers.
pub(crate) fn parse_resources(list: &[Resource]) -> Result<Registered, EcsError> {
    let mut gpus = Vec::new();
    let mut cpu = 0;
    let mut memory = 0;
    let mut tcp = BTreeSet::new();
    let mut udp = BTreeSet::new();
    for resource in list {
        let number = || -> i64 {
            resource
                .integer_value
                .map(i64::from)
                .or(resource.long_value)
                .or(resource.double_value.map(|d| d as i64))
                .unwrap_or(0)
        };
        let ports = || -> Result<BTreeSet<u16>, EcsError> {
            resource
                .string_set_value
                .iter()
                .flatten()
                .map(|p| {
                    p.parse::<u16>().map_err(|_| {
                        EcsError::invalid(format!("Invalid port '{p}' in registered resources."))
                    })
                })
                .collect()
        };
        match resource.name.as_deref() {
            Some("CPU") => cpu = number(),
            Some("MEMORY") => memory = number(),
            Some("PORTS") => tcp = ports()?,
            Some("PORTS_UDP") => udp = ports()?,
            Some("GPU") => {
                gpus = resource.string_set_value.clone().unwrap_or_default();
                gpus.dedup();
            }
            _ => {}
        }
    }
    if cpu < 0 || memory < 0 {
        return Err(EcsError::invalid(
            "Registered CPU and MEMORY cannot be negative.",
        ));
    }
    Ok(Registered {
        cpu,
        memory,
        tcp,
        udp,
        gpus,
    })
}

/// ECS-style EC2 instance id, or the one in the identity document.
pub(crate) fn ec2_instance_id(document: Option<&str>) -> String {
    document
        .and_then(|d| serde_json::from_str::<serde_json::Value>(d).ok())
        .and_then(|v| {
            v.get("instanceId")
                .and_then(|i| i.as_str())
                .map(str::to_string)
        })
        .unwrap_or_else(|| format!("i-{}", &keel_types::ids::new_hex_id()[..17]))
}

pub async fn register_container_instance(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: RegisterContainerInstanceRequest,
) -> Result<RegisterContainerInstanceResponse, EcsError> {
    let name = resources::cluster_name(ctx, req.cluster.as_deref())?;
    if name == resources::DEFAULT_CLUSTER {
        clusters::ensure_default_cluster(cp, ctx).await?;
    }
    let cluster = resources::active_cluster(cp, ctx, Some(&name)).await?;
    let Registered {
        cpu,
        memory,
        tcp,
        udp,
        gpus,
    } = parse_resources(req.total_resources.as_deref().unwrap_or(&[]))?;
    let attrs = req.attributes.clone().unwrap_or_default();
    crate::ecs::attributes::validate_attributes(&attrs)?;
    let new_tags = req.tags.clone().unwrap_or_default();
    tags::validate(&new_tags)?;
    let region = &ctx.scope.region;

    // Re-registration (an agent restarting) names its existing ARN and keeps its identity.
    let existing = match req.container_instance_arn.as_deref() {
        Some(reference) => {
            let id = instance_id(ctx, &cluster.value.name, reference)
                .ok_or_else(|| EcsError::invalid("Invalid containerInstanceArn."))?;
            let found: Option<Versioned<InstanceRecord>> = state::get(
                &*cp.store,
                &state::instance_key(region, &cluster.value.name, &id),
            )
            .await?;
            Some(
                found
                    .filter(|r| r.value.status != "INACTIVE")
                    .ok_or_else(|| {
                        EcsError::invalid("The referenced container instance is not registered.")
                    })?,
            )
        }
        None => None,
    };
    let record = match &existing {
        Some(rec) => InstanceRecord {
            registered_cpu: cpu,
            registered_memory: memory,
            reserved_tcp_ports: tcp,
            reserved_udp_ports: udp,
            gpu_ids: gpus,
            attributes: merge_attributes(rec.value.attributes.clone(), attrs),
            version_info: req.version_info.clone().or(rec.value.version_info.clone()),
            agent_connected: true,
            agent_disconnected_at: None,
            version: rec.value.version + 1,
            ..rec.value.clone()
        },
        None => {
            let id = keel_types::ids::new_hex_id();
            let long = account_settings::long_arn_format(
                cp,
                ctx,
                SettingName::ContainerInstanceLongArnFormat,
            )
            .await?;
            let arn = ecs_arn(
                ctx,
                EcsResource::ContainerInstance {
                    cluster: long.then(|| cluster.value.name.clone()),
                    id: id.clone(),
                },
            );
            InstanceRecord {
                id,
                arn,
                cluster: cluster.value.name.clone(),
                ec2_instance_id: ec2_instance_id(req.instance_identity_document.as_deref()),
                status: "ACTIVE".into(),
                agent_connected: true,
                registered_cpu: cpu,
                registered_memory: memory,
                reserved_tcp_ports: tcp,
                reserved_udp_ports: udp,
                used_cpu: 0,
                used_memory: 0,
                used_tcp_ports: Vec::new(),
                used_udp_ports: Vec::new(),
                attributes: attrs,
                version_info: req.version_info.clone(),
                registered_at: resources::now(),
                version: 1,
                tags: new_tags,
                gpu_ids: gpus,
                used_gpu_ids: Vec::new(),
                dynamic_tcp_used: 0,
                dynamic_udp_used: 0,
                task_groups: Default::default(),
                running_tasks: 0,
                agent_disconnected_at: None,
                agent_principal: ctx.principal_arn.clone(),
                agent_session: None,
                agent_id: None,
            }
        }
    };
    let key = state::instance_key(region, &record.cluster, &record.id);
    let guard = match &existing {
        Some(rec) => Compare::mod_revision_eq(key.clone(), rec.mod_revision),
        None => Compare::absent(key.clone()),
    };
    let txn = Txn::new()
        .when(vec![guard])
        .and_then(vec![state::put_op(&key, &record)?]);
    if !cp.store.txn(txn).await?.succeeded {
        return Err(EcsError::Contention);
    }
    let instance = render(cp, ctx, &record, true).await?;
    Ok(RegisterContainerInstanceResponse {
        container_instance: Some(instance),
    })
}

pub(crate) fn merge_attributes(
    mut current: Vec<Attribute>,
    updates: Vec<Attribute>,
) -> Vec<Attribute> {
    for update in updates {
        match current.iter_mut().find(|a| a.name == update.name) {
            Some(existing) => existing.value = update.value,
            None => current.push(update),
        }
    }
    current
}

/// The instance id a reference (id, short ARN or long ARN) names within `cluster`.
pub fn instance_id(ctx: &RequestContext, cluster: &str, reference: &str) -> Option<String> {
    if reference.starts_with("arn:") {
        return match resources::parse_local_arn(ctx, reference)? {
            EcsResource::ContainerInstance {
                cluster: Some(c),
                id,
            } if c == cluster => Some(id),
            EcsResource::ContainerInstance { cluster: None, id } => Some(id),
            _ => None,
        };
    }
    (!reference.is_empty() && !reference.contains('/')).then(|| reference.to_string())
}

pub async fn load(
    cp: &ControlPlane,
    ctx: &RequestContext,
    cluster: &str,
    reference: &str,
) -> Result<Option<Versioned<InstanceRecord>>, EcsError> {
    let Some(id) = instance_id(ctx, cluster, reference) else {
        return Ok(None);
    };
    state::get(
        &*cp.store,
        &state::instance_key(&ctx.scope.region, cluster, &id),
    )
    .await
}

pub async fn all_in_cluster(
    cp: &ControlPlane,
    region: &str,
    cluster: &str,
) -> Result<Vec<Versioned<InstanceRecord>>, EcsError> {
    state::list(&*cp.store, &state::instances_prefix(region, cluster)).await
}

/// ACTIVE and DRAINING instances, as ECS counts `registeredContainerInstancesCount`.
pub async fn registered_count(
    cp: &ControlPlane,
    region: &str,
    cluster: &str,
) -> Result<usize, EcsError> {
    Ok(all_in_cluster(cp, region, cluster)
        .await?
        .iter()
        .filter(|r| r.value.counts_as_registered())
        .count())
}

async fn render(
    cp: &ControlPlane,
    ctx: &RequestContext,
    record: &InstanceRecord,
    include_tags: bool,
) -> Result<ContainerInstance, EcsError> {
    let counts =
        tasks::instance_task_counts(cp, &ctx.scope.region, &record.cluster, &record.id).await?;
    let as_i32 = |n: usize| i32::try_from(n).unwrap_or(i32::MAX);
    Ok(ContainerInstance {
        container_instance_arn: Some(record.arn.clone()),
        ec2_instance_id: Some(record.ec2_instance_id.clone()),
        version: Some(record.version),
        version_info: record.version_info.clone(),
        remaining_resources: Some(with_gpus(
            vec![
                integer_resource("CPU", record.remaining_cpu()),
                integer_resource("MEMORY", record.remaining_memory()),
                ports_resource("PORTS", &record.taken_tcp_ports()),
                ports_resource("PORTS_UDP", &record.taken_udp_ports()),
            ],
            &record.gpu_ids,
            record.free_gpu_ids(),
        )),
        registered_resources: Some(with_gpus(
            vec![
                integer_resource("CPU", record.registered_cpu),
                integer_resource("MEMORY", record.registered_memory),
                ports_resource("PORTS", &record.reserved_tcp_ports),
                ports_resource("PORTS_UDP", &record.reserved_udp_ports),
            ],
            &record.gpu_ids,
            record.gpu_ids.clone(),
        )),
        status: Some(record.status.clone()),
        agent_connected: Some(record.agent_connected),
        running_tasks_count: Some(as_i32(counts.running)),
        pending_tasks_count: Some(as_i32(counts.pending)),
        attributes: Some(record.attributes.clone()),
        registered_at: Some(record.registered_at),
        attachments: Some(Vec::new()),
        tags: include_tags.then(|| record.tags.clone()),
        ..Default::default()
    })
}

pub async fn deregister_container_instance(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DeregisterContainerInstanceRequest,
) -> Result<DeregisterContainerInstanceResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let rec = load(cp, ctx, &cluster.value.name, &req.container_instance)
            .await?
            .filter(|r| r.value.status != "INACTIVE")
            .ok_or_else(|| EcsError::invalid("The referenced container instance was not found."))?;
        let counts =
            tasks::instance_task_counts(cp, &ctx.scope.region, &cluster.value.name, &rec.value.id)
                .await?;
        if counts.running + counts.pending > 0 && req.force != Some(true) {
            return Err(EcsError::invalid("Found running tasks on the instance."));
        }
        let mut record = rec.value.clone();
        record.status = "INACTIVE".into();
        record.agent_connected = false;
        record.version += 1;
        let txn = Txn::new()
            .when(vec![Compare::mod_revision_eq(
                rec.key.clone(),
                rec.mod_revision,
            )])
            .and_then(vec![state::put_op(&rec.key, &record)?]);
        if cp.store.txn(txn).await?.succeeded {
            let instance = render(cp, ctx, &record, false).await?;
            return Ok(DeregisterContainerInstanceResponse {
                container_instance: Some(instance),
            });
        }
    }
    Err(EcsError::Contention)
}

pub async fn describe_container_instances(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DescribeContainerInstancesRequest,
) -> Result<DescribeContainerInstancesResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    if req.container_instances.is_empty() || req.container_instances.len() > 100 {
        return Err(EcsError::invalid(
            "containerInstances must contain between 1 and 100 items.",
        ));
    }
    let include_tags = req
        .include
        .unwrap_or_default()
        .contains(&ContainerInstanceField::Tags);
    let mut found = Vec::new();
    let mut failures = Vec::new();
    for reference in &req.container_instances {
        match load(cp, ctx, &cluster.value.name, reference).await? {
            Some(rec) => found.push(render(cp, ctx, &rec.value, include_tags).await?),
            None => failures.push(Failure {
                arn: Some(missing_arn(ctx, &cluster.value.name, reference)),
                reason: Some("MISSING".into()),
                detail: None,
            }),
        }
    }
    Ok(DescribeContainerInstancesResponse {
        container_instances: Some(found),
        failures: Some(failures),
    })
}

fn missing_arn(ctx: &RequestContext, cluster: &str, reference: &str) -> String {
    if reference.starts_with("arn:") {
        reference.to_string()
    } else {
        ecs_arn(
            ctx,
            EcsResource::ContainerInstance {
                cluster: Some(cluster.into()),
                id: reference.into(),
            },
        )
    }
}

pub async fn list_container_instances(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: ListContainerInstancesRequest,
) -> Result<ListContainerInstancesResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    let page = pagination::page_size(req.max_results, 100, 100)?;
    // The filter is the cluster query language, as in memberOf constraints.
    let filter = match req.filter.as_deref().filter(|f| !f.trim().is_empty()) {
        Some(text) => Some(
            keel_scheduler::Expr::parse(text)
                .map_err(|err| EcsError::invalid(format!("Invalid filter expression: {err}.")))?,
        ),
        None => None,
    };
    let records = all_in_cluster(cp, &ctx.scope.region, &cluster.value.name).await?;
    let wanted = req.status.map(|s| s.as_str().to_string());
    let arns: Vec<(String, String)> = records
        .into_iter()
        .filter(|r| match &wanted {
            Some(status) => r.value.status == *status,
            None => r.value.status != "INACTIVE",
        })
        .filter(|r| {
            filter
                .as_ref()
                .is_none_or(|f| f.matches(&r.value.to_scheduler()))
        })
        .map(|r| (r.value.id, r.value.arn))
        .collect();
    let (arns, next_token) = pagination::paginate(
        "ListContainerInstances",
        arns,
        |(id, _)| id.clone(),
        req.next_token.as_deref(),
        page,
    )?;
    Ok(ListContainerInstancesResponse {
        container_instance_arns: Some(arns.into_iter().map(|(_, arn)| arn).collect()),
        next_token,
    })
}

pub async fn update_container_instances_state(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: UpdateContainerInstancesStateRequest,
) -> Result<UpdateContainerInstancesStateResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    let status = match req.status {
        ContainerInstanceStatus::Active | ContainerInstanceStatus::Draining => req.status.as_str(),
        other => {
            return Err(EcsError::invalid(format!(
                "Container instances can only be set to ACTIVE or DRAINING, not {other}."
            )));
        }
    };
    if req.container_instances.is_empty() || req.container_instances.len() > 10 {
        return Err(EcsError::invalid(
            "containerInstances must contain between 1 and 10 items.",
        ));
    }
    let mut updated = Vec::new();
    let mut failures = Vec::new();
    'each: for reference in &req.container_instances {
        for _ in 0..state::MAX_CAS_ATTEMPTS {
            let Some(rec) = load(cp, ctx, &cluster.value.name, reference)
                .await?
                .filter(|r| r.value.status != "INACTIVE")
            else {
                failures.push(Failure {
                    arn: Some(missing_arn(ctx, &cluster.value.name, reference)),
                    reason: Some("MISSING".into()),
                    detail: None,
                });
                continue 'each;
            };
            let mut record = rec.value.clone();
            if record.status != status {
                record.status = status.to_string();
                record.version += 1;
            }
            let txn = Txn::new()
                .when(vec![Compare::mod_revision_eq(
                    rec.key.clone(),
                    rec.mod_revision,
                )])
                .and_then(vec![state::put_op(&rec.key, &record)?]);
            if cp.store.txn(txn).await?.succeeded {
                updated.push(render(cp, ctx, &record, false).await?);
                continue 'each;
            }
        }
        return Err(EcsError::Contention);
    }
    Ok(UpdateContainerInstancesStateResponse {
        container_instances: Some(updated),
        failures: Some(failures),
    })
}
