//! What a service's tasks should become, as a pure function of what they are.
//!
//! Like Nomad's reconciler, the planner sorts a service's tasks into buckets and says which to
//! stop and how many to start; placement (which instance) and the writes happen elsewhere. It
//! has no clock, no IO and no state of its own, so the same inputs always give the same plan and
//! the control plane can recompute it from the store at any time, after a crash too.
//!
//! The rules follow ECS's rolling update (`ECS` deployment controller), see
//! <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html>:
//!
//! * `maximumPercent` (rounded down) caps the tasks in the RUNNING or PENDING state during a
//!   deployment. Tasks being stopped still run until their agent stops them, so they count too:
//!   the cap holds for everything that is not yet STOPPED.
//! * `minimumHealthyPercent` (rounded up) is the floor of healthy tasks the scheduler keeps while
//!   it replaces tasks. A task is healthy when it is RUNNING and, if its definition has health
//!   checks, HEALTHY.
//! * Tasks of older deployments, and tasks on DRAINING instances, are replaced: new tasks start
//!   within the cap, old ones stop within the floor.
//! * Scale-in stops tasks beyond the desired count, pending ones first; tasks with scale-in
//!   protection are never stopped by scale-in or by a deployment.
//! * Tasks whose instance is gone (deregistered) and tasks that failed their health checks are
//!   stopped and replaced without regard to the floor: they serve nothing.

use std::collections::{BTreeMap, BTreeSet};

/// How far a task has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Phase {
    /// Not RUNNING yet.
    Pending,
    /// RUNNING, but its health checks have not passed (yet).
    Running,
    /// RUNNING and, if it has health checks, HEALTHY.
    Healthy,
    /// RUNNING and its health checks failed.
    Unhealthy,
}

/// Where a task runs, as far as the service is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Host {
    /// An ACTIVE instance.
    Active,
    /// A DRAINING instance: the task is to move elsewhere.
    Draining,
    /// The instance is deregistered or gone: nothing runs the task any more.
    Lost,
}

/// One task of the service, not yet STOPPED.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskView {
    pub id: String,
    /// The deployment that started it (`ecs-svc/...`).
    pub deployment: String,
    /// The instance it is placed on.
    pub instance: String,
    pub phase: Phase,
    /// Already told to stop (desiredStatus STOPPED), waiting for its agent.
    pub stopping: bool,
    /// Scale-in protection is on and has not expired.
    pub protected: bool,
    pub host: Host,
}

impl TaskView {
    fn healthy(&self) -> bool {
        self.phase == Phase::Healthy && !self.stopping && self.host != Host::Lost
    }
}

/// The deployment parameters that bound a rollout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bounds {
    pub desired: u32,
    pub minimum_healthy_percent: u32,
    pub maximum_percent: u32,
}

impl Bounds {
    /// The floor of healthy tasks: `minimumHealthyPercent` of the desired count, rounded up.
    pub fn min_healthy(&self) -> u32 {
        let product = u64::from(self.desired) * u64::from(self.minimum_healthy_percent);
        u32::try_from(product.div_ceil(100)).unwrap_or(u32::MAX)
    }

    /// The cap on tasks not yet STOPPED: `maximumPercent` of the desired count, rounded down.
    pub fn max_total(&self) -> u32 {
        let product = u64::from(self.desired) * u64::from(self.maximum_percent);
        u32::try_from(product / 100).unwrap_or(u32::MAX)
    }
}

/// Why the scheduler stops a task; each becomes the task's `stoppedReason`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StopReason {
    /// More tasks than desired.
    ScaleIn,
    /// Replaced by a newer deployment.
    Deployment,
    /// Its instance is draining.
    Draining,
    /// It failed its health checks.
    Unhealthy,
    /// Its instance is gone.
    Lost,
    /// A DAEMON task on an instance that no longer qualifies, or a second one on an instance.
    Daemon,
}

impl StopReason {
    /// The `stoppedReason` ECS gives tasks its service scheduler stops; `deployment` is the
    /// deployment whose scheduling stopped it.
    pub fn message(self, deployment: &str) -> String {
        match self {
            Self::ScaleIn | Self::Deployment | Self::Daemon => {
                format!("Scaling activity initiated by (deployment {deployment})")
            }
            Self::Draining => {
                "Service task stopped because the container instance is draining".into()
            }
            Self::Unhealthy => "Task failed container health checks".into(),
            Self::Lost => {
                "Task stopped because its container instance is no longer registered".into()
            }
        }
    }
}

/// What to do now.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decision {
    /// Tasks to stop, with why, in the order chosen.
    pub stop: Vec<(String, StopReason)>,
    /// How many tasks of the primary deployment to start (REPLICA).
    pub start: u32,
    /// Instances that need a primary task (DAEMON).
    pub start_on: Vec<String>,
}

impl Decision {
    pub fn is_empty(&self) -> bool {
        self.stop.is_empty() && self.start == 0 && self.start_on.is_empty()
    }
}

/// Order in which tasks are given up: those that serve least first.
fn give_up_order(task: &TaskView) -> (u8, &str) {
    let rank = match task.phase {
        Phase::Unhealthy => 0,
        Phase::Pending => 1,
        Phase::Running => 2,
        Phase::Healthy => 3,
    };
    (rank, task.id.as_str())
}

/// The REPLICA plan. `primary` is the deployment new tasks belong to; `may_start` is false when
/// the primary deployment must not launch (its circuit breaker tripped without rollback).
pub fn plan_replica(
    bounds: Bounds,
    primary: &str,
    tasks: &[TaskView],
    may_start: bool,
) -> Decision {
    let mut decision = Decision::default();
    let mut stopped: BTreeSet<String> = BTreeSet::new();
    fn stop(
        decision: &mut Decision,
        stopped: &mut BTreeSet<String>,
        task: &TaskView,
        reason: StopReason,
    ) {
        decision.stop.push((task.id.clone(), reason));
        stopped.insert(task.id.clone());
    }

    // Tasks that serve nothing go at once, whatever the floor.
    for task in tasks.iter().filter(|t| !t.stopping) {
        if task.host == Host::Lost {
            stop(&mut decision, &mut stopped, task, StopReason::Lost);
        } else if task.phase == Phase::Unhealthy {
            stop(&mut decision, &mut stopped, task, StopReason::Unhealthy);
        }
    }
    let live: Vec<&TaskView> = tasks
        .iter()
        .filter(|t| !t.stopping && !stopped.contains(t.id.as_str()))
        .collect();
    let (mut keepers, mut replaceable): (Vec<&TaskView>, Vec<&TaskView>) = live
        .iter()
        .partition(|t| t.deployment == primary && t.host == Host::Active);

    // Scale-in: primary tasks beyond the desired count, least useful first, never protected
    // ones.
    let desired = bounds.desired as usize;
    if keepers.len() > desired {
        keepers.sort_by(|a, b| give_up_order(a).cmp(&give_up_order(b)));
        let mut excess = keepers.len() - desired;
        let mut kept = Vec::new();
        for task in keepers {
            if excess > 0 && !task.protected {
                stop(&mut decision, &mut stopped, task, StopReason::ScaleIn);
                excess -= 1;
            } else {
                kept.push(task);
            }
        }
        keepers = kept;
    }

    // Replacement of old-deployment and draining tasks, within the floor. Stopping a task that
    // is not healthy costs nothing against the floor.
    let healthy_now = live
        .iter()
        .filter(|t| t.healthy() && !stopped.contains(t.id.as_str()))
        .count();
    let mut budget = healthy_now.saturating_sub(bounds.min_healthy() as usize);
    replaceable.sort_by(|a, b| give_up_order(a).cmp(&give_up_order(b)));
    for task in replaceable {
        if task.protected {
            continue;
        }
        let reason = if task.deployment == primary {
            StopReason::Draining
        } else {
            StopReason::Deployment
        };
        if task.healthy() {
            if budget == 0 {
                continue;
            }
            budget -= 1;
        }
        stop(&mut decision, &mut stopped, task, reason);
    }

    // Starts: up to the desired count of primary tasks, within the cap. Everything not yet
    // STOPPED counts against the cap, tasks being stopped included, except tasks whose
    // instance is gone (nothing holds them).
    if may_start {
        let counted = tasks.iter().filter(|t| t.host != Host::Lost).count();
        let room = (bounds.max_total() as usize).saturating_sub(counted);
        let missing = desired.saturating_sub(keepers.len());
        decision.start = u32::try_from(missing.min(room)).unwrap_or(u32::MAX);
    }
    decision
}

/// An instance a DAEMON service could run on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DaemonHost {
    pub instance: String,
    /// ACTIVE, agent connected, and meets the service's placement constraints.
    pub eligible: bool,
}

/// The DAEMON plan: exactly one primary task on every eligible instance, none elsewhere.
/// Replacing an old deployment's task stops it first (a daemon's maximumPercent is 100) and
/// within `minimumHealthyPercent` of the eligible instances; the new task starts once the old
/// one has stopped.
pub fn plan_daemon(
    minimum_healthy_percent: u32,
    primary: &str,
    hosts: &[DaemonHost],
    tasks: &[TaskView],
    may_start: bool,
) -> Decision {
    let mut decision = Decision::default();
    let eligible: BTreeSet<&str> = hosts
        .iter()
        .filter(|h| h.eligible)
        .map(|h| h.instance.as_str())
        .collect();
    let mut by_instance: BTreeMap<&str, Vec<&TaskView>> = BTreeMap::new();
    for task in tasks {
        by_instance
            .entry(task.instance.as_str())
            .or_default()
            .push(task);
    }
    let floor =
        u32::try_from((eligible.len() as u64 * u64::from(minimum_healthy_percent)).div_ceil(100))
            .unwrap_or(u32::MAX) as usize;
    let healthy = tasks
        .iter()
        .filter(|t| t.healthy() && eligible.contains(t.instance.as_str()))
        .count();
    let mut budget = healthy.saturating_sub(floor);

    for (instance, list) in &by_instance {
        let on_eligible = eligible.contains(instance);
        let mut list: Vec<&TaskView> = list.iter().copied().filter(|t| !t.stopping).collect();
        // Best first: the primary's, then healthiest.
        list.sort_by(|a, b| {
            (b.deployment == primary)
                .cmp(&(a.deployment == primary))
                .then(give_up_order(b).cmp(&give_up_order(a)))
        });
        for (index, task) in list.iter().enumerate() {
            let reason = if task.host == Host::Lost {
                Some(StopReason::Lost)
            } else if task.phase == Phase::Unhealthy {
                Some(StopReason::Unhealthy)
            } else if !on_eligible || index > 0 {
                (!task.protected).then_some(StopReason::Daemon)
            } else if task.deployment != primary && !task.protected {
                if task.healthy() {
                    if budget > 0 {
                        budget -= 1;
                        Some(StopReason::Deployment)
                    } else {
                        None
                    }
                } else {
                    Some(StopReason::Deployment)
                }
            } else {
                None
            };
            if let Some(reason) = reason {
                decision.stop.push((task.id.clone(), reason));
            }
        }
    }
    if may_start {
        for instance in &eligible {
            // Anything still on the instance (even stopping) keeps it occupied.
            let occupied = by_instance
                .get(instance)
                .is_some_and(|list| list.iter().any(|t| t.host != Host::Lost));
            if !occupied {
                decision.start_on.push((*instance).to_string());
            }
        }
    }
    decision
}

/// Whether a service has reached its steady state: the desired count of primary tasks are
/// healthy, and nothing else of the service is left running or stopping.
pub fn is_steady(desired: u32, primary: &str, tasks: &[TaskView]) -> bool {
    let healthy_primary = tasks
        .iter()
        .filter(|t| t.deployment == primary && t.host == Host::Active && t.healthy())
        .count();
    healthy_primary == desired as usize && tasks.len() == desired as usize
}

/// The circuit breaker's failure threshold. ECS's default is `BOUNDED_PERCENT` 50: half the
/// desired count, at least 3 and at most 200; `UNBOUNDED_PERCENT` drops the bounds and `COUNT`
/// is the value itself.
/// <https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ThresholdConfiguration.html>
pub fn failure_threshold(desired: u32, kind: ThresholdKind, value: u32) -> u32 {
    match kind {
        ThresholdKind::Count => value.max(1),
        ThresholdKind::BoundedPercent => {
            let raw = (u64::from(desired) * u64::from(value)).div_ceil(100);
            u32::try_from(raw.clamp(3, 200)).unwrap_or(200)
        }
        ThresholdKind::UnboundedPercent => {
            let raw = (u64::from(desired) * u64::from(value)).div_ceil(100);
            u32::try_from(raw.max(1)).unwrap_or(u32::MAX)
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThresholdKind {
    Count,
    BoundedPercent,
    UnboundedPercent,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn task(id: &str, deployment: &str, phase: Phase) -> TaskView {
        TaskView {
            id: id.into(),
            deployment: deployment.into(),
            instance: format!("i-{id}"),
            phase,
            stopping: false,
            protected: false,
            host: Host::Active,
        }
    }

    fn bounds(desired: u32, min: u32, max: u32) -> Bounds {
        Bounds {
            desired,
            minimum_healthy_percent: min,
            maximum_percent: max,
        }
    }

    #[test]
    fn rounding_follows_ecs() {
        let b = bounds(3, 50, 150);
        assert_eq!(b.min_healthy(), 2, "50% of 3 rounds up");
        assert_eq!(b.max_total(), 4, "150% of 3 rounds down");
        assert_eq!(bounds(0, 100, 200).max_total(), 0);
    }

    #[test]
    fn a_new_service_starts_its_desired_count() {
        let d = plan_replica(bounds(6, 100, 200), "d1", &[], true);
        assert_eq!(d.start, 6);
        assert!(d.stop.is_empty());
    }

    #[test]
    fn a_stopped_task_is_replaced() {
        let tasks: Vec<_> = (0..5)
            .map(|i| task(&format!("t{i}"), "d1", Phase::Healthy))
            .collect();
        let d = plan_replica(bounds(6, 100, 200), "d1", &tasks, true);
        assert_eq!(d.start, 1);
        assert!(d.stop.is_empty());
    }

    #[test]
    fn rolling_update_with_room_starts_everything_then_stops_old_once_new_is_healthy() {
        let old: Vec<_> = (0..4)
            .map(|i| task(&format!("o{i}"), "d1", Phase::Healthy))
            .collect();
        let d = plan_replica(bounds(4, 100, 200), "d2", &old, true);
        assert_eq!(d.start, 4);
        assert!(
            d.stop.is_empty(),
            "no old task may stop before new ones are healthy"
        );

        let mut both = old.clone();
        both.extend((0..4).map(|i| task(&format!("n{i}"), "d2", Phase::Pending)));
        let d = plan_replica(bounds(4, 100, 200), "d2", &both, true);
        assert_eq!(d, Decision::default(), "wait for the new tasks");

        for t in both.iter_mut().filter(|t| t.deployment == "d2") {
            t.phase = Phase::Healthy;
        }
        let d = plan_replica(bounds(4, 100, 200), "d2", &both, true);
        assert_eq!(d.start, 0);
        assert_eq!(d.stop.len(), 4);
        assert!(
            d.stop
                .iter()
                .all(|(id, r)| id.starts_with('o') && *r == StopReason::Deployment)
        );
    }

    #[test]
    fn rolling_update_without_room_stops_first_within_the_floor() {
        let old: Vec<_> = (0..4)
            .map(|i| task(&format!("o{i}"), "d1", Phase::Healthy))
            .collect();
        let d = plan_replica(bounds(4, 50, 100), "d2", &old, true);
        assert_eq!(d.start, 0, "the cap is full");
        assert_eq!(d.stop.len(), 2, "two may go while two stay healthy");
    }

    #[test]
    fn scale_in_spares_protected_tasks_and_prefers_pending_ones() {
        let mut tasks = vec![
            task("a", "d1", Phase::Healthy),
            task("b", "d1", Phase::Healthy),
            task("c", "d1", Phase::Pending),
            task("d", "d1", Phase::Healthy),
        ];
        tasks[0].protected = true;
        let d = plan_replica(bounds(2, 100, 200), "d1", &tasks, true);
        let ids: Vec<_> = d.stop.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, vec!["c", "b"]);
        assert!(!ids.contains(&"a"));
    }

    #[test]
    fn protected_tasks_survive_a_deployment() {
        let mut tasks = vec![
            task("a", "d1", Phase::Healthy),
            task("n", "d2", Phase::Healthy),
        ];
        tasks[0].protected = true;
        let d = plan_replica(bounds(1, 0, 200), "d2", &tasks, true);
        assert!(d.stop.is_empty());
        assert!(!is_steady(1, "d2", &tasks));
    }

    #[test]
    fn draining_tasks_move_within_the_bounds() {
        let mut tasks: Vec<_> = (0..3)
            .map(|i| task(&format!("t{i}"), "d1", Phase::Healthy))
            .collect();
        tasks[0].host = Host::Draining;
        let d = plan_replica(bounds(3, 100, 200), "d1", &tasks, true);
        assert_eq!(d.start, 1, "the replacement starts first");
        assert!(
            d.stop.is_empty(),
            "the floor keeps the draining task until then"
        );
        tasks.push(task("r", "d1", Phase::Healthy));
        let d = plan_replica(bounds(3, 100, 200), "d1", &tasks, true);
        assert_eq!(d.stop, vec![("t0".to_string(), StopReason::Draining)]);
        assert_eq!(d.start, 0);
    }

    #[test]
    fn lost_and_unhealthy_tasks_are_replaced_at_once() {
        let mut tasks: Vec<_> = (0..3)
            .map(|i| task(&format!("t{i}"), "d1", Phase::Healthy))
            .collect();
        tasks[0].host = Host::Lost;
        tasks[1].phase = Phase::Unhealthy;
        let d = plan_replica(bounds(3, 100, 200), "d1", &tasks, true);
        assert_eq!(d.stop.len(), 2);
        assert_eq!(d.start, 2, "lost tasks do not count against the cap");
    }

    #[test]
    fn a_tripped_breaker_without_rollback_starts_nothing() {
        let d = plan_replica(bounds(3, 100, 200), "d1", &[], false);
        assert_eq!(d.start, 0);
    }

    #[test]
    fn daemon_runs_one_task_per_eligible_instance() {
        let hosts = vec![
            DaemonHost {
                instance: "i-1".into(),
                eligible: true,
            },
            DaemonHost {
                instance: "i-2".into(),
                eligible: true,
            },
            DaemonHost {
                instance: "i-3".into(),
                eligible: false,
            },
        ];
        let mut on3 = task("x", "d1", Phase::Healthy);
        on3.instance = "i-3".into();
        let mut on1 = task("y", "d1", Phase::Healthy);
        on1.instance = "i-1".into();
        let d = plan_daemon(0, "d1", &hosts, &[on1, on3], true);
        assert_eq!(d.start_on, vec!["i-2".to_string()]);
        assert_eq!(d.stop, vec![("x".to_string(), StopReason::Daemon)]);
    }

    #[test]
    fn thresholds_follow_ecs() {
        assert_eq!(failure_threshold(1, ThresholdKind::BoundedPercent, 50), 3);
        assert_eq!(failure_threshold(10, ThresholdKind::BoundedPercent, 50), 5);
        assert_eq!(
            failure_threshold(1000, ThresholdKind::BoundedPercent, 50),
            200
        );
        assert_eq!(
            failure_threshold(1000, ThresholdKind::UnboundedPercent, 50),
            500
        );
        assert_eq!(failure_threshold(1000, ThresholdKind::Count, 7), 7);
    }

    fn arb_task() -> impl Strategy<Value = TaskView> {
        (
            0u8..3,
            prop_oneof![
                Just(Phase::Pending),
                Just(Phase::Running),
                Just(Phase::Healthy),
                Just(Phase::Unhealthy)
            ],
            any::<bool>(),
            any::<bool>(),
            prop_oneof![
                6 => Just(Host::Active),
                1 => Just(Host::Draining),
                1 => Just(Host::Lost)
            ],
        )
            .prop_map(|(deployment, phase, stopping, protected, host)| TaskView {
                id: String::new(),
                deployment: format!("d{deployment}"),
                instance: String::new(),
                phase,
                stopping,
                protected,
                host,
            })
    }

    /// Applies a decision the way the store would see it next: stopped tasks are stopping,
    /// started ones pending.
    fn apply(tasks: &[TaskView], d: &Decision, primary: &str) -> Vec<TaskView> {
        let mut next: Vec<TaskView> = tasks.to_vec();
        for t in &mut next {
            if d.stop.iter().any(|(id, _)| *id == t.id) {
                t.stopping = true;
            }
        }
        for n in 0..d.start {
            next.push(TaskView {
                id: format!("new{n}-{}", next.len()),
                deployment: primary.into(),
                instance: String::new(),
                phase: Phase::Pending,
                stopping: false,
                protected: false,
                host: Host::Active,
            });
        }
        next
    }

    proptest! {
        /// The rolling-update invariants: starts never push the tasks not yet STOPPED past the
        /// cap; stops of healthy tasks never take the healthy count below the floor (or below
        /// where it already was); protected tasks are only stopped when they serve nothing;
        /// nothing is stopped twice; the plan is deterministic.
        #[test]
        fn replica_plans_keep_the_bounds(
            mut tasks in proptest::collection::vec(arb_task(), 0..24),
            desired in 0u32..12,
            min in 0u32..=100,
            extra in 0u32..=100,
        ) {
            for (i, t) in tasks.iter_mut().enumerate() { t.id = format!("t{i:02}"); }
            let b = bounds(desired, min, 100 + extra);
            let primary = "d0";
            let d = plan_replica(b, primary, &tasks, true);
            prop_assert_eq!(&plan_replica(b, primary, &tasks, true), &d);

            let counted = tasks.iter().filter(|t| t.host != Host::Lost).count();
            if d.start > 0 {
                prop_assert!(counted + d.start as usize <= b.max_total() as usize);
            }
            let healthy_before = tasks.iter().filter(|t| t.healthy()).count();
            let next = apply(&tasks, &d, primary);
            let healthy_after = next.iter().filter(|t| t.healthy()).count();
            let scaled_in = d.stop.iter().filter(|(_, r)| *r == StopReason::ScaleIn).count();
            let floor = (b.min_healthy() as usize).min(healthy_before);
            // Scale-in may go below an old floor, never below the desired count's.
            prop_assert!(healthy_after + scaled_in >= floor || healthy_after >= b.min_healthy() as usize,
                "healthy {} -> {} with floor {}", healthy_before, healthy_after, floor);
            let mut seen = BTreeSet::new();
            for (id, reason) in &d.stop {
                prop_assert!(seen.insert(id.clone()), "stopped twice: {}", id);
                let t = tasks.iter().find(|t| t.id == *id).unwrap();
                prop_assert!(!t.stopping);
                if t.protected {
                    prop_assert!(matches!(reason, StopReason::Lost | StopReason::Unhealthy));
                }
            }
        }

        /// Played forward with every task becoming healthy, a replica service converges to its
        /// desired count of primary tasks without ever breaking the cap.
        #[test]
        fn replica_rollouts_converge(
            old in 0usize..10, desired in 0u32..10, min in 0u32..=100, extra in 0u32..=100,
        ) {
            let b = bounds(desired, min, 100 + extra);
            // A floor of 100% with no room above 100% can never replace anything (ECS waits too).
            prop_assume!(!(b.min_healthy() >= desired && b.max_total() <= desired && old > 0));
            let mut tasks: Vec<TaskView> = (0..old).map(|i| task(&format!("o{i}"), "d1", Phase::Healthy)).collect();
            for _round in 0..50 {
                let d = plan_replica(b, "d2", &tasks, true);
                let mut next = apply(&tasks, &d, "d2");
                prop_assert!(next.iter().filter(|t| t.host != Host::Lost).count()
                    <= (b.max_total() as usize).max(tasks.len()));
                // Agents act: stopping tasks stop, pending ones become healthy.
                next.retain(|t| !t.stopping);
                for t in &mut next { t.phase = Phase::Healthy; }
                tasks = next;
                if is_steady(desired, "d2", &tasks) { break; }
            }
            prop_assert!(is_steady(desired, "d2", &tasks), "not steady: {:?}", tasks);
        }

        #[test]
        fn daemon_plans_never_double_up(
            n_hosts in 0usize..6,
            eligible in proptest::collection::vec(any::<bool>(), 6),
            mut tasks in proptest::collection::vec((arb_task(), 0usize..6), 0..12),
        ) {
            let hosts: Vec<DaemonHost> = (0..n_hosts).map(|i| DaemonHost { instance: format!("i{i}"), eligible: eligible[i] }).collect();
            let tasks: Vec<TaskView> = tasks.iter_mut().enumerate().map(|(i, (t, h))| {
                let mut t = t.clone(); t.id = format!("t{i}"); t.instance = format!("i{h}"); t
            }).collect();
            let d = plan_daemon(0, "d0", &hosts, &tasks, true);
            for instance in &d.start_on {
                prop_assert!(hosts.iter().any(|h| h.instance == *instance && h.eligible));
                prop_assert!(!tasks.iter().any(|t| t.instance == *instance && t.host != Host::Lost));
            }
            let unique: BTreeSet<_> = d.start_on.iter().collect();
            prop_assert_eq!(unique.len(), d.start_on.len());
        }
    }
}
