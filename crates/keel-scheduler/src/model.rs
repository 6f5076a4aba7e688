//! What the scheduler is given and what it answers: its own types, free of the wire model, so
//! RunTask, StartTask and a service reconciler can all describe their requests with them.

use std::fmt;

use crate::query::{Expr, ParseError};

/// An instance's lifecycle status as placement cares about it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum InstanceStatus {
    #[default]
    Active,
    /// Takes no new tasks; its tasks are being moved off.
    Draining,
    /// Registering, deregistering, INACTIVE, ...: takes no tasks.
    Other,
}

/// The port range Docker draws dynamic host ports (`hostPort` 0 in bridge mode) from.
pub const DEFAULT_DYNAMIC_PORTS: (u16, u16) = (49153, 65535);

/// One container instance in a snapshot of the cluster.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instance {
    /// Reported back in failures.
    pub arn: String,
    pub ec2_instance_id: String,
    pub status: InstanceStatus,
    pub agent_connected: bool,
    pub agent_version: Option<String>,
    /// Milliseconds since the Unix epoch.
    pub registered_at_ms: i64,
    /// Name and value; a value of `None` is an attribute that is only present.
    pub attributes: Vec<(String, Option<String>)>,
    pub remaining_cpu: i64,
    pub remaining_memory: i64,
    /// GPUs not held by a task.
    pub free_gpus: u32,
    /// Host ports taken (reserved at registration or bound by tasks), sorted.
    pub used_tcp_ports: Vec<u16>,
    pub used_udp_ports: Vec<u16>,
    /// Dynamic host ports handed out by tasks already here.
    pub dynamic_tcp_used: u32,
    pub dynamic_udp_used: u32,
    /// Inclusive range dynamic host ports come from.
    pub dynamic_ports: (u16, u16),
    /// How many tasks of each group hold resources here (what spread, distinctInstance and
    /// `task:group` read): counts rather than a list, so a full instance stays cheap to copy.
    pub task_groups: Vec<(String, u32)>,
    /// Tasks here whose lastStatus is RUNNING (`runningTasksCount`).
    pub running_tasks: u64,
}

impl Default for Instance {
    fn default() -> Self {
        Instance {
            arn: String::new(),
            ec2_instance_id: String::new(),
            status: InstanceStatus::Active,
            agent_connected: true,
            agent_version: None,
            registered_at_ms: 0,
            attributes: Vec::new(),
            remaining_cpu: 0,
            remaining_memory: 0,
            free_gpus: 0,
            used_tcp_ports: Vec::new(),
            used_udp_ports: Vec::new(),
            dynamic_tcp_used: 0,
            dynamic_udp_used: 0,
            dynamic_ports: DEFAULT_DYNAMIC_PORTS,
            task_groups: Vec::new(),
            running_tasks: 0,
        }
    }
}

impl Instance {
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_deref().unwrap_or(""))
    }

    fn has_attribute(&self, name: &str, value: Option<&str>) -> bool {
        self.attributes
            .iter()
            .any(|(n, v)| n == name && (value.is_none() || v.as_deref() == value))
    }

    /// Whether the instance has every attribute the task definition requires.
    pub fn satisfies(&self, required: &[(String, Option<String>)]) -> bool {
        required
            .iter()
            .all(|(name, value)| self.has_attribute(name, value.as_deref()))
    }

    /// Tasks of `group` here.
    pub fn tasks_in(&self, group: &str) -> u32 {
        self.task_groups
            .iter()
            .find(|(g, _)| g == group)
            .map_or(0, |(_, n)| *n)
    }

    /// Tasks holding resources here.
    pub fn task_count(&self) -> u32 {
        self.task_groups.iter().map(|(_, n)| n).sum()
    }
}

impl crate::query::Target for Instance {
    fn attribute(&self, name: &str) -> Option<&str> {
        Instance::attribute(self, name)
    }
    fn ec2_instance_id(&self) -> &str {
        &self.ec2_instance_id
    }
    fn agent_connected(&self) -> bool {
        self.agent_connected
    }
    fn agent_version(&self) -> Option<&str> {
        self.agent_version.as_deref()
    }
    fn registered_at_ms(&self) -> i64 {
        self.registered_at_ms
    }
    fn running_tasks_count(&self) -> u64 {
        self.running_tasks
    }
    fn any_task_group(&self, f: &mut dyn FnMut(&str) -> bool) -> bool {
        self.task_groups.iter().any(|(g, n)| *n > 0 && f(g))
    }
}

/// What one task needs from an instance. ECS counts a container's `memory` (hard limit), else
/// its `memoryReservation`; task-level cpu/memory replace the container sums when set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Demand {
    pub cpu: i64,
    pub memory: i64,
    pub gpus: u32,
    /// Static host ports (TCP) the task binds on the instance.
    pub tcp_ports: Vec<u16>,
    /// Static host ports (UDP).
    pub udp_ports: Vec<u16>,
    /// Port mappings with a dynamic host port, per protocol.
    pub dynamic_tcp: u32,
    pub dynamic_udp: u32,
}

/// `binpack`'s field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinpackField {
    Cpu,
    Memory,
}

/// `spread`'s field.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum SpreadField {
    /// `instanceId` or `host`.
    Instance,
    /// `attribute:NAME`.
    Attribute(String),
}

/// A placement strategy, as ECS defines them. Strategies are applied in order: each keeps the
/// best candidates by its own measure and passes the ties to the next.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Strategy {
    /// The instance with the least remaining of the field that still fits.
    Binpack(BinpackField),
    /// The value (instance, or attribute value) with the fewest tasks of the request's group.
    Spread(SpreadField),
    Random,
}

/// ECS allows at most five strategies per request.
pub const MAX_STRATEGIES: usize = 5;
/// And at most ten constraints (task definition and request together).
pub const MAX_CONSTRAINTS: usize = 10;

impl Strategy {
    /// Reads a strategy from its wire `type` and `field`.
    pub fn parse(kind: &str, field: Option<&str>) -> Result<Strategy, String> {
        match kind {
            "random" => Ok(Strategy::Random),
            "binpack" => match field {
                Some(f) if f.eq_ignore_ascii_case("cpu") => {
                    Ok(Strategy::Binpack(BinpackField::Cpu))
                }
                Some(f) if f.eq_ignore_ascii_case("memory") => {
                    Ok(Strategy::Binpack(BinpackField::Memory))
                }
                other => Err(format!(
                    "Invalid field for binpack strategy: '{}'. Valid values are cpu and memory.",
                    other.unwrap_or("")
                )),
            },
            "spread" => match field {
                Some("instanceId" | "host") => Ok(Strategy::Spread(SpreadField::Instance)),
                Some(f) => match f.strip_prefix("attribute:") {
                    Some(name) if !name.is_empty() => {
                        Ok(Strategy::Spread(SpreadField::Attribute(name.to_string())))
                    }
                    _ => Err(format!(
                        "Invalid field for spread strategy: '{f}'. Valid values are instanceId, host, or attribute:NAME."
                    )),
                },
                None => Err("The spread strategy needs a field.".into()),
            },
            other => Err(format!("Invalid placement strategy type '{other}'.")),
        }
    }

    /// What RunTask uses when the request names no strategy: ECS places standalone tasks at
    /// random among the instances that can take them.
    pub fn run_task_default() -> Vec<Strategy> {
        vec![Strategy::Random]
    }

    /// What services use without a strategy: spread across Availability Zones, then across
    /// instances.
    pub fn service_default() -> Vec<Strategy> {
        vec![
            Strategy::Spread(SpreadField::Attribute("ecs.availability-zone".into())),
            Strategy::Spread(SpreadField::Instance),
        ]
    }
}

impl fmt::Display for Strategy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Strategy::Binpack(BinpackField::Cpu) => f.write_str("binpack(cpu)"),
            Strategy::Binpack(BinpackField::Memory) => f.write_str("binpack(memory)"),
            Strategy::Spread(SpreadField::Instance) => f.write_str("spread(instanceId)"),
            Strategy::Spread(SpreadField::Attribute(a)) => write!(f, "spread(attribute:{a})"),
            Strategy::Random => f.write_str("random"),
        }
    }
}

/// A placement constraint. Constraints bind: an instance that breaks one never gets the task.
#[derive(Clone, Debug, PartialEq)]
pub enum Constraint {
    /// No two tasks of the request's group on one instance.
    DistinctInstance,
    /// Only instances the expression selects.
    MemberOf(Expr),
}

impl Constraint {
    /// Reads a constraint from its wire `type` and `expression`.
    pub fn parse(kind: &str, expression: Option<&str>) -> Result<Constraint, ConstraintError> {
        match kind {
            "distinctInstance" => match expression {
                Some(e) if !e.trim().is_empty() => Err(ConstraintError::Invalid(
                    "An expression cannot be given for a distinctInstance constraint.".into(),
                )),
                _ => Ok(Constraint::DistinctInstance),
            },
            "memberOf" => match expression {
                Some(e) if !e.trim().is_empty() => Expr::parse(e)
                    .map(Constraint::MemberOf)
                    .map_err(ConstraintError::Expression),
                _ => Err(ConstraintError::Invalid(
                    "A memberOf constraint needs an expression.".into(),
                )),
            },
            other => Err(ConstraintError::Invalid(format!(
                "Invalid placement constraint type '{other}'."
            ))),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConstraintError {
    #[error("{0}")]
    Invalid(String),
    #[error("Invalid cluster query expression: {0}")]
    Expression(ParseError),
}

/// A request for `count` identical tasks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Request {
    pub demand: Demand,
    pub count: u32,
    /// The tasks' group: what `spread` balances and `distinctInstance` keeps apart
    /// (`service:NAME` for a service's tasks).
    pub group: String,
    /// In order; an empty list means no strategy (ties are broken at random).
    pub strategies: Vec<Strategy>,
    /// From the task definition and the request together.
    pub constraints: Vec<Constraint>,
    /// The task definition's `requiresAttributes`: name and, where given, value.
    pub required_attributes: Vec<(String, Option<String>)>,
}

/// Why an instance cannot take a task, in ECS's failure-reason vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// Not ACTIVE (DRAINING, or on its way out).
    Inactive,
    /// The agent is disconnected.
    Agent,
    Cpu,
    Memory,
    /// TCP host ports, static or dynamic.
    Ports,
    /// UDP host ports, static or dynamic.
    PortsUdp,
    Gpu,
    /// Lacks an attribute the task definition requires.
    Attribute,
    MemberOf,
    DistinctInstance,
}

impl Reason {
    /// The string ECS puts in `failures[].reason`.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Inactive => "INACTIVE",
            Reason::Agent => "AGENT",
            Reason::Cpu => "RESOURCE:CPU",
            Reason::Memory => "RESOURCE:MEMORY",
            Reason::Ports => "RESOURCE:PORTS",
            Reason::PortsUdp => "RESOURCE:PORTS_UDP",
            Reason::Gpu => "RESOURCE:GPU",
            Reason::Attribute => "ATTRIBUTE",
            Reason::MemberOf => "MemberOf placement constraint unsatisfied.",
            Reason::DistinctInstance => "DistinctInstance placement constraint unsatisfied.",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The outcome of one request.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// The instance (index into the snapshot) of each placed task, in task order.
    pub placements: Vec<usize>,
    /// Tasks that found no instance.
    pub unplaced: u32,
    /// When some task was not placed: each instance that turned it away and the first reason it
    /// gave, in snapshot order.
    pub rejections: Vec<(usize, Reason)>,
}
