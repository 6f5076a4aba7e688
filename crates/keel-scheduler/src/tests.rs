//! Behaviour of the engine as ECS documents it, and property tests of its invariants.

use proptest::prelude::{
    Just, ProptestConfig, any, prop_assert, prop_assert_eq, prop_oneof, proptest,
};
use proptest::strategy::Strategy as _;

use crate::query::{Op, Subject};
use crate::*;

fn instance(cpu: i64, memory: i64) -> Instance {
    Instance {
        arn: format!("i-{cpu}-{memory}"),
        remaining_cpu: cpu,
        remaining_memory: memory,
        ..Default::default()
    }
}

fn in_zone(cpu: i64, memory: i64, zone: &str) -> Instance {
    Instance {
        attributes: vec![("ecs.availability-zone".into(), Some(zone.into()))],
        ..instance(cpu, memory)
    }
}

fn request(cpu: i64, memory: i64, count: u32) -> Request {
    Request {
        demand: Demand {
            cpu,
            memory,
            ..Default::default()
        },
        count,
        group: "family:web".into(),
        ..Default::default()
    }
}

fn member_of(expr: &str) -> Constraint {
    Constraint::MemberOf(Expr::parse(expr).unwrap())
}

#[test]
fn binpack_memory_takes_the_fullest_instance_that_fits() {
    let cluster = vec![
        instance(4096, 4096),
        instance(4096, 1024),
        instance(4096, 300),
    ];
    let mut s = Scheduler::new(cluster);
    let req = Request {
        strategies: vec![Strategy::Binpack(BinpackField::Memory)],
        ..request(10, 256, 5)
    };
    let plan = s.place(&req, 7);
    // 300 takes one (44 left), then 1024 takes four.
    assert_eq!(plan.placements, vec![2, 1, 1, 1, 1]);
    assert_eq!(plan.unplaced, 0);
    assert!(plan.rejections.is_empty());
}

#[test]
fn reports_ecs_reasons_for_what_does_not_fit() {
    let draining = Instance {
        status: InstanceStatus::Draining,
        ..instance(4096, 4096)
    };
    let disconnected = Instance {
        agent_connected: false,
        ..instance(4096, 4096)
    };
    let ports = Instance {
        used_tcp_ports: vec![80],
        ..instance(4096, 4096)
    };
    let no_gpu = instance(4096, 4096);
    let mut no_attr = instance(4096, 4096);
    no_attr.free_gpus = 1;
    let mut wrong_zone = in_zone(4096, 4096, "b");
    wrong_zone.free_gpus = 1;
    wrong_zone.attributes.push(("needed".into(), None));
    let cluster = vec![
        instance(100, 4096),
        instance(4096, 100),
        draining,
        disconnected,
        ports,
        no_gpu,
        no_attr,
        wrong_zone,
    ];
    let req = Request {
        demand: Demand {
            cpu: 200,
            memory: 200,
            gpus: 1,
            tcp_ports: vec![80],
            ..Default::default()
        },
        required_attributes: vec![("needed".into(), None)],
        constraints: vec![member_of("attribute:ecs.availability-zone == a")],
        ..request(0, 0, 1)
    };
    let plan = Scheduler::new(cluster).place(&req, 1);
    assert_eq!(plan.unplaced, 1);
    let reasons: Vec<_> = plan.rejections.iter().map(|(_, r)| r.as_str()).collect();
    assert_eq!(
        reasons,
        vec![
            "RESOURCE:CPU",
            "RESOURCE:MEMORY",
            "INACTIVE",
            "AGENT",
            "RESOURCE:PORTS",
            "RESOURCE:GPU",
            "ATTRIBUTE",
            "MemberOf placement constraint unsatisfied.",
        ]
    );
}

#[test]
fn static_ports_allow_one_task_per_instance_and_tcp_and_udp_are_apart() {
    let mut s = Scheduler::new(vec![instance(4096, 4096), instance(4096, 4096)]);
    let mut req = request(10, 10, 3);
    req.demand.tcp_ports = vec![8080];
    let plan = s.place(&req, 3);
    assert_eq!(plan.placements.len(), 2);
    assert_ne!(plan.placements[0], plan.placements[1]);
    assert_eq!(plan.unplaced, 1);
    assert!(plan.rejections.iter().all(|(_, r)| *r == Reason::Ports));
    let mut udp = request(10, 10, 2);
    udp.demand.udp_ports = vec![8080];
    assert_eq!(s.place(&udp, 3).placements.len(), 2);
    let plan = s.place(&udp, 3);
    assert_eq!(
        plan.rejections,
        vec![(0, Reason::PortsUdp), (1, Reason::PortsUdp)]
    );
}

#[test]
fn dynamic_ports_come_from_the_instance_range() {
    let small_range = Instance {
        dynamic_ports: (50000, 50003),
        used_tcp_ports: vec![50001],
        ..instance(4096, 4096)
    };
    let mut s = Scheduler::new(vec![small_range]);
    let mut req = request(1, 1, 2);
    req.demand.dynamic_tcp = 2;
    // Four ports, one taken by a reservation: one task of two fits.
    let plan = s.place(&req, 0);
    assert_eq!(plan.placements, vec![0]);
    assert_eq!(plan.rejections, vec![(0, Reason::Ports)]);
    req.demand.dynamic_tcp = 0;
    // UDP has its own four ports.
    req.demand.dynamic_udp = 2;
    assert_eq!(s.place(&req, 0).placements, vec![0, 0]);
}

#[test]
fn gpus_are_counted() {
    let mut gpu = instance(4096, 4096);
    gpu.free_gpus = 2;
    let mut s = Scheduler::new(vec![instance(8192, 8192), gpu]);
    let mut req = request(1, 1, 3);
    req.demand.gpus = 1;
    let plan = s.place(&req, 0);
    assert_eq!(plan.placements, vec![1, 1]);
    assert_eq!(plan.rejections, vec![(0, Reason::Gpu), (1, Reason::Gpu)]);
}

#[test]
fn spread_over_zones_then_binpack_within_each() {
    let cluster = vec![
        in_zone(4096, 4096, "a"),
        in_zone(2048, 4096, "a"),
        in_zone(4096, 4096, "b"),
        in_zone(1024, 4096, "b"),
        in_zone(4096, 4096, "c"),
    ];
    let req = Request {
        strategies: vec![
            Strategy::Spread(SpreadField::Attribute("ecs.availability-zone".into())),
            Strategy::Binpack(BinpackField::Cpu),
        ],
        ..request(256, 16, 6)
    };
    let plan = Scheduler::new(cluster).place(&req, 11);
    let mut zones = std::collections::BTreeMap::new();
    for i in &plan.placements {
        *zones.entry(i / 2).or_insert(0) += 1;
    }
    assert_eq!(zones.values().copied().collect::<Vec<_>>(), vec![2, 2, 2]);
    // Within a zone the instance with the least CPU left gets the tasks.
    assert!(plan.placements.contains(&1) && plan.placements.contains(&3));
    assert!(!plan.placements.contains(&0) && !plan.placements.contains(&2));
}

#[test]
fn spread_counts_the_tasks_already_running_in_the_group() {
    let mut busy = in_zone(4096, 4096, "a");
    busy.task_groups.push(("family:web".into(), 3));
    // A task of another group does not count.
    let mut other = in_zone(4096, 4096, "b");
    other.task_groups.push(("family:db".into(), 1));
    let req = Request {
        strategies: Strategy::service_default(),
        ..request(1, 1, 4)
    };
    let plan = Scheduler::new(vec![busy, other]).place(&req, 5);
    // Zone b catches up with a's three; the fourth is a tie either way.
    assert_eq!(plan.placements[..3], [1, 1, 1]);
    assert_eq!(plan.placements.len(), 4);
}

#[test]
fn distinct_instance_keeps_a_group_apart() {
    let mut taken = instance(4096, 4096);
    taken.task_groups.push(("family:web".into(), 1));
    let cluster = vec![taken, instance(4096, 4096), instance(4096, 4096)];
    let req = Request {
        constraints: vec![Constraint::DistinctInstance],
        ..request(1, 1, 3)
    };
    let plan = Scheduler::new(cluster).place(&req, 2);
    let mut placed = plan.placements.clone();
    placed.sort();
    assert_eq!(placed, vec![1, 2]);
    assert_eq!(plan.unplaced, 1);
    assert_eq!(
        plan.rejections,
        vec![
            (0, Reason::DistinctInstance),
            (1, Reason::DistinctInstance),
            (2, Reason::DistinctInstance)
        ]
    );
}

#[test]
fn task_group_constraints_see_tasks_placed_in_the_same_request() {
    let mut db = instance(4096, 4096);
    db.task_groups.push(("database".into(), 1));
    let cluster = vec![db, instance(4096, 4096)];
    // Never next to the database, and at most one web task per instance via the query language.
    let req = Request {
        constraints: vec![member_of(
            "not(task:group == database) and not(task:group == family:web)",
        )],
        ..request(1, 1, 2)
    };
    let plan = Scheduler::new(cluster).place(&req, 0);
    assert_eq!(plan.placements, vec![1]);
    assert_eq!(
        plan.rejections,
        vec![(0, Reason::MemberOf), (1, Reason::MemberOf)]
    );
}

#[test]
fn member_of_limits_the_candidates_and_combines_with_the_task_definitions() {
    let mut cluster = vec![];
    for (i, kind) in ["t2.small", "m5.large", "m5.xlarge", "g4.xlarge"]
        .iter()
        .enumerate()
    {
        let mut inst = in_zone(4096, 4096, if i % 2 == 0 { "a" } else { "b" });
        inst.attributes
            .push(("ecs.instance-type".into(), Some(kind.to_string())));
        cluster.push(inst);
    }
    let req = Request {
        constraints: vec![
            member_of("attribute:ecs.instance-type =~ m5.*"),
            member_of("attribute:ecs.availability-zone == a"),
        ],
        ..request(1, 1, 3)
    };
    let plan = Scheduler::new(cluster).place(&req, 0);
    assert_eq!(plan.placements, vec![2, 2, 2]);
}

#[test]
fn draining_and_disconnected_instances_take_nothing() {
    let cluster = vec![
        Instance {
            status: InstanceStatus::Draining,
            ..instance(4096, 4096)
        },
        Instance {
            agent_connected: false,
            ..instance(4096, 4096)
        },
    ];
    let plan = Scheduler::new(cluster).place(&request(1, 1, 1), 0);
    assert_eq!(
        plan.rejections,
        vec![(0, Reason::Inactive), (1, Reason::Agent)]
    );
}

#[test]
fn start_task_checks_resources_but_not_constraints() {
    let mut s = Scheduler::new(vec![instance(512, 512), instance(512, 512)]);
    let req = Request {
        constraints: vec![member_of("attribute:nothing exists")],
        ..request(10, 400, 1)
    };
    let out = s.place_on(&req, &[1, 1, 0]);
    assert_eq!(out, vec![Ok(()), Err(Reason::Memory), Ok(())]);
}

#[test]
fn explain_shows_each_choice_without_placing() {
    let s = Scheduler::new(vec![
        instance(512, 512),
        instance(100, 512),
        instance(512, 512),
    ]);
    let req = Request {
        constraints: vec![Constraint::DistinctInstance],
        ..request(200, 10, 3)
    };
    let explained = s.explain(&req, 9);
    assert_eq!(explained.len(), 3);
    assert!(explained[0].instance.is_some() && explained[1].instance.is_some());
    assert_eq!(explained[2].instance, None);
    assert_eq!(explained[0].rejected, vec![(1, Reason::Cpu)]);
    assert_eq!(explained[2].candidates, 0);
    assert_eq!(
        s.instances()[0].remaining_cpu,
        512,
        "explain changes nothing"
    );
}

#[test]
fn strategies_and_constraints_parse_from_the_wire() {
    assert_eq!(
        Strategy::parse("binpack", Some("memory")),
        Ok(Strategy::Binpack(BinpackField::Memory))
    );
    assert_eq!(
        Strategy::parse("spread", Some("host")),
        Ok(Strategy::Spread(SpreadField::Instance))
    );
    assert!(Strategy::parse("binpack", Some("disk")).is_err());
    assert!(Strategy::parse("spread", Some("zone")).is_err());
    assert!(Constraint::parse("distinctInstance", Some("attribute:a == b")).is_err());
    assert!(Constraint::parse("memberOf", None).is_err());
    let err = Constraint::parse("memberOf", Some("attribute:a ==")).unwrap_err();
    assert!(matches!(
        err,
        ConstraintError::Expression(ParseError { position: 14, .. })
    ));
}

// ---- Property tests ----

/// A random cluster: instances with resources, zones, some draining or disconnected, some
/// ports and GPUs taken, some tasks already on them.
fn cluster_strategy() -> impl proptest::strategy::Strategy<Value = Vec<Instance>> {
    proptest::collection::vec(
        (
            0i64..4096,
            0i64..8192,
            0u32..3,
            0u8..4,
            any::<bool>(),
            any::<bool>(),
            proptest::collection::vec(1u16..6, 0..2),
            0usize..3,
        ),
        0..14,
    )
    .prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(
                |(n, (cpu, memory, gpus, zone, draining, disconnected, ports, tasks))| Instance {
                    arn: format!("i-{n}"),
                    remaining_cpu: cpu,
                    remaining_memory: memory,
                    free_gpus: gpus,
                    status: if draining && n % 3 == 0 {
                        InstanceStatus::Draining
                    } else {
                        InstanceStatus::Active
                    },
                    agent_connected: !(disconnected && n % 4 == 1),
                    attributes: if zone == 3 {
                        Vec::new()
                    } else {
                        vec![("ecs.availability-zone".into(), Some(format!("z{zone}")))]
                    },
                    used_tcp_ports: ports,
                    dynamic_ports: (100, 103),
                    task_groups: match tasks {
                        0 => Vec::new(),
                        1 => vec![("family:web".into(), 1)],
                        _ => vec![("family:web".into(), 1), ("family:db".into(), 1)],
                    },
                    ..Default::default()
                },
            )
            .collect()
    })
}

fn strategies_strategy() -> impl proptest::strategy::Strategy<Value = Vec<Strategy>> {
    proptest::collection::vec(
        prop_oneof![
            Just(Strategy::Random),
            Just(Strategy::Binpack(BinpackField::Cpu)),
            Just(Strategy::Binpack(BinpackField::Memory)),
            Just(Strategy::Spread(SpreadField::Instance)),
            Just(Strategy::Spread(SpreadField::Attribute(
                "ecs.availability-zone".into()
            ))),
        ],
        0..=MAX_STRATEGIES,
    )
}

fn constraints_strategy() -> impl proptest::strategy::Strategy<Value = Vec<Constraint>> {
    proptest::collection::vec(
        prop_oneof![
            Just(Constraint::DistinctInstance),
            Just(member_of("attribute:ecs.availability-zone in [z0, z1]")),
            Just(member_of("not(task:group == family:db)")),
            Just(member_of(
                "runningTasksCount == 0 or attribute:ecs.availability-zone exists"
            )),
        ],
        0..3,
    )
}

fn request_strategy() -> impl proptest::strategy::Strategy<Value = Request> {
    (
        0i64..1024,
        0i64..2048,
        0u32..2,
        proptest::option::of(1u16..6),
        0u32..3,
        1u32..12,
        strategies_strategy(),
        constraints_strategy(),
    )
        .prop_map(
            |(cpu, memory, gpus, port, dynamic, count, strategies, constraints)| Request {
                demand: Demand {
                    cpu,
                    memory,
                    gpus,
                    tcp_ports: port.into_iter().collect(),
                    dynamic_tcp: dynamic,
                    ..Default::default()
                },
                strategies,
                constraints,
                ..request(0, 0, count)
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// No plan overcommits CPU, memory, GPUs or ports, places on an instance that is not
    /// ACTIVE and connected, or breaks a constraint; the same seed gives the same plan.
    #[test]
    fn never_overcommits_and_constraints_hold(
        cluster in cluster_strategy(),
        requests in proptest::collection::vec(request_strategy(), 1..4),
        seed in any::<u64>(),
    ) {
        let mut s = Scheduler::new(cluster.clone());
        let mut again = Scheduler::new(cluster.clone());
        let mut placed_by: Vec<Vec<usize>> = Vec::new();
        for req in &requests {
            let before: Vec<Instance> = s.instances().to_vec();
            let plan = s.place(req, seed);
            prop_assert_eq!(&again.place(req, seed), &plan, "deterministic for a fixed seed");
            prop_assert_eq!(plan.placements.len() as u32 + plan.unplaced, req.count);
            for (index, inst) in before.iter().enumerate() {
                let n = plan.placements.iter().filter(|i| **i == index).count() as i64;
                if n == 0 { continue; }
                prop_assert!(inst.status == InstanceStatus::Active && inst.agent_connected);
                prop_assert!(n * req.demand.cpu <= inst.remaining_cpu);
                prop_assert!(n * req.demand.memory <= inst.remaining_memory);
                prop_assert!(n * i64::from(req.demand.gpus) <= i64::from(inst.free_gpus));
                if let Some(port) = req.demand.tcp_ports.first() {
                    prop_assert!(n <= 1);
                    prop_assert!(!inst.used_tcp_ports.contains(port));
                }
                let taken = inst.used_tcp_ports.iter().filter(|p| (100..=103).contains(*p)).count() as i64
                    + i64::from(inst.dynamic_tcp_used);
                prop_assert!(n * i64::from(req.demand.dynamic_tcp) + taken
                    + n * req.demand.tcp_ports.iter().filter(|p| (100..=103).contains(*p)).count() as i64 <= 4);
                for c in &req.constraints {
                    match c {
                        Constraint::DistinctInstance => {
                            prop_assert_eq!(n, 1);
                            prop_assert_eq!(inst.tasks_in(&req.group), 0);
                        }
                        Constraint::MemberOf(e) if !e.depends_on_placements() => prop_assert!(e.matches(inst)),
                        Constraint::MemberOf(e) => {
                            // Checked against the instance as the earlier tasks left it.
                            prop_assert!(e.matches(inst) || n > 1);
                        }
                    }
                }
            }
            for inst in s.instances() {
                prop_assert!(inst.remaining_cpu >= 0 && inst.remaining_memory >= 0);
            }
            // A task was left out only if no instance could take it.
            if plan.unplaced > 0 {
                for i in 0..s.instances().len() {
                    prop_assert!(s.rejection(req, i).is_some());
                }
            }
            placed_by.push(plan.placements);
        }
        prop_assert_eq!(placed_by.len(), requests.len());
    }

    /// With room everywhere, spreading over a zone keeps the per-zone counts within one.
    #[test]
    fn spread_keeps_counts_within_one(
        zones in proptest::collection::vec(0u8..4, 1..20),
        count in 1u32..60,
        seed in any::<u64>(),
    ) {
        let cluster: Vec<Instance> = zones.iter().map(|z| in_zone(1 << 20, 1 << 20, &format!("z{z}"))).collect();
        let req = Request {
            strategies: vec![Strategy::Spread(SpreadField::Attribute("ecs.availability-zone".into()))],
            ..request(1, 1, count)
        };
        let mut s = Scheduler::new(cluster);
        let plan = s.place(&req, seed);
        let mut per_zone = std::collections::BTreeMap::new();
        for z in &zones { per_zone.entry(*z).or_insert(0); }
        for i in &plan.placements { *per_zone.get_mut(&zones[*i]).unwrap() += 1; }
        let max = per_zone.values().max().unwrap();
        let min = per_zone.values().min().unwrap();
        prop_assert!(max - min <= 1, "{:?}", per_zone);
        // And spreading over instances does the same per instance.
        let req = Request { strategies: vec![Strategy::Spread(SpreadField::Instance)], ..req };
        let plan = Scheduler::new(zones.iter().map(|_| instance(1 << 20, 1 << 20)).collect()).place(&req, seed);
        let mut per = vec![0; zones.len()];
        for i in &plan.placements { per[*i] += 1; }
        prop_assert!(per.iter().max().unwrap() - per.iter().min().unwrap() <= 1);
    }

    /// On identical instances, binpack never opens an empty instance while a partly used one
    /// still has room for the task.
    #[test]
    fn binpack_fills_before_it_opens(
        sizes in proptest::collection::vec((1i64..1500, 1i64..3000), 1..40),
        instances in 1usize..12,
        field in prop_oneof![Just(BinpackField::Cpu), Just(BinpackField::Memory)],
        seed in any::<u64>(),
    ) {
        let mut s = Scheduler::new((0..instances).map(|_| instance(2048, 4096)).collect());
        for (cpu, memory) in sizes {
            let req = Request { strategies: vec![Strategy::Binpack(field)], ..request(cpu, memory, 1) };
            let before = s.instances().to_vec();
            let plan = s.place(&req, seed);
            if let Some(&chosen) = plan.placements.first() {
                let was_empty = before[chosen].task_count() == 0;
                if was_empty {
                    for inst in &before {
                        let partly_used = inst.task_count() > 0;
                        let fits = inst.remaining_cpu >= cpu && inst.remaining_memory >= memory;
                        prop_assert!(!(partly_used && fits), "opened a new instance while one fit");
                    }
                }
            }
        }
    }

    /// Displaying an expression and parsing it back gives the same expression.
    #[test]
    fn expressions_round_trip(expr in expr_strategy()) {
        let expr = expr.normalized();
        let text = expr.to_string();
        let parsed = Expr::parse(&text);
        prop_assert!(parsed.is_ok(), "{}: {:?}", text, parsed);
        prop_assert_eq!(parsed.unwrap(), expr, "{}", text);
    }

    /// Garbage never panics the parser; a rejection points inside the input.
    #[test]
    fn garbage_is_rejected_with_a_position(text in "[ -~]{0,80}") {
        if let Err(err) = Expr::parse(&text) {
            prop_assert!(err.position <= text.chars().count());
        }
    }
}

fn value_strategy() -> impl proptest::strategy::Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9.:-]{1,10}",
        "[ -~]{0,8}",
        Just("and".to_string()),
        Just("it's".to_string()),
    ]
}

fn comparison_strategy() -> impl proptest::strategy::Strategy<Value = Expr> {
    let subject = prop_oneof![
        "[a-z][a-z0-9.-]{0,12}".prop_map(Subject::Attribute),
        Just(Subject::TaskGroup),
        Just(Subject::Ec2InstanceId),
        Just(Subject::AgentConnected),
    ];
    let op = prop_oneof![
        Just(Op::Eq),
        Just(Op::Ne),
        Just(Op::In),
        Just(Op::NotIn),
        Just(Op::Exists),
        Just(Op::NotExists),
        Just(Op::Matches),
        Just(Op::Gt),
    ];
    (
        subject,
        op,
        proptest::collection::vec(value_strategy(), 1..4),
    )
        .prop_filter_map("valid comparison", |(subject, op, mut args)| {
            match op {
                Op::Exists | Op::NotExists => args.clear(),
                Op::In | Op::NotIn => {}
                Op::Matches => args = vec!["[a-z]+\\.x*".to_string()],
                _ => args.truncate(1),
            }
            Expr::compare(subject, op, args).ok()
        })
}

fn expr_strategy() -> impl proptest::strategy::Strategy<Value = Expr> {
    comparison_strategy().prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 2..4).prop_map(Expr::And),
            proptest::collection::vec(inner.clone(), 2..4).prop_map(Expr::Or),
            inner.prop_map(|e| Expr::Not(Box::new(e))),
        ]
    })
}

// ---- The resource indexes against the linear pass ----

/// A cluster with few distinct resource amounts (so many instances tie and the draw decides),
/// zones and instance types, some instances closed, some ports, GPUs and tasks taken.
fn tied_cluster_strategy() -> impl proptest::strategy::Strategy<Value = Vec<Instance>> {
    proptest::collection::vec(
        (
            0i64..6,
            0i64..6,
            0u32..2,
            0u8..4,
            0u8..3,
            0u8..8,
            proptest::collection::vec(1u16..4, 0..2),
            0usize..3,
        ),
        0..60,
    )
    .prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(
                |(n, (cpu, memory, gpus, zone, kind, closed, ports, tasks))| Instance {
                    arn: format!("i-{n}"),
                    remaining_cpu: cpu * 512,
                    remaining_memory: memory * 1024,
                    free_gpus: gpus,
                    status: if closed == 1 {
                        InstanceStatus::Draining
                    } else {
                        InstanceStatus::Active
                    },
                    agent_connected: closed != 2,
                    attributes: {
                        let mut a = vec![("ecs.instance-type".into(), Some(format!("t{kind}")))];
                        if zone < 3 {
                            a.push(("ecs.availability-zone".into(), Some(format!("z{zone}"))));
                        }
                        a
                    },
                    used_tcp_ports: ports,
                    dynamic_ports: (100, 103),
                    task_groups: match tasks {
                        0 => Vec::new(),
                        1 => vec![("family:web".into(), 1)],
                        _ => vec![("family:web".into(), 1), ("family:db".into(), 2)],
                    },
                    ..Default::default()
                },
            )
            .collect()
    })
}

/// Requests whose strategies start the way the indexes answer (and some that do not), with
/// every kind of check a decision makes.
fn indexed_request_strategy() -> impl proptest::strategy::Strategy<Value = Request> {
    let zone = || Strategy::Spread(SpreadField::Attribute("ecs.availability-zone".into()));
    let kind = || Strategy::Spread(SpreadField::Attribute("ecs.instance-type".into()));
    let first = prop_oneof![
        Just(vec![Strategy::Binpack(BinpackField::Memory)]),
        Just(vec![Strategy::Binpack(BinpackField::Cpu)]),
        Just(vec![zone(), Strategy::Binpack(BinpackField::Cpu)]),
        Just(vec![zone(), Strategy::Binpack(BinpackField::Memory)]),
        Just(vec![kind(), Strategy::Binpack(BinpackField::Memory)]),
        Just(vec![Strategy::Random]),
    ];
    (
        -1i64..5,
        -1i64..5,
        0u32..6,
        prop_oneof![Just(None), Just(None), Just(Some(1u16)), Just(Some(2u16))],
        prop_oneof![Just(0u32), Just(0u32), Just(1u32), Just(3u32)],
        1u32..10,
        first,
        strategies_strategy(),
        proptest::collection::vec(
            prop_oneof![
                Just(Constraint::DistinctInstance),
                Just(member_of("attribute:ecs.instance-type != t2")),
                Just(member_of("not(task:group == family:db)")),
            ],
            0..2,
        ),
        prop_oneof![Just(0u8), Just(0u8), Just(1u8), Just(2u8)],
        0u8..3,
    )
        .prop_map(
            |(
                cpu,
                memory,
                gpus,
                port,
                dynamic,
                count,
                first,
                rest,
                constraints,
                required,
                group,
            )| {
                let mut strategies = first;
                strategies.extend(rest);
                strategies.truncate(MAX_STRATEGIES);
                Request {
                    demand: Demand {
                        cpu: cpu * 256,
                        memory: memory * 512,
                        gpus: u32::from(gpus == 0),
                        tcp_ports: port.into_iter().collect(),
                        dynamic_tcp: dynamic,
                        ..Default::default()
                    },
                    count,
                    group: ["family:web", "family:db", "family:api"][usize::from(group)].into(),
                    strategies,
                    constraints,
                    required_attributes: match required {
                        1 => vec![("ecs.availability-zone".into(), None)],
                        2 => vec![("ecs.instance-type".into(), Some("t1".into()))],
                        _ => Vec::new(),
                    },
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    /// Decisions through the resource indexes are the linear pass's, decision for decision:
    /// the same instances, the same unplaced tasks and failure reasons, the same working copy,
    /// StartTask placements in between included.
    #[test]
    fn indexes_decide_as_the_linear_pass(
        cluster in tied_cluster_strategy(),
        requests in proptest::collection::vec((indexed_request_strategy(), any::<u64>(), 0u8..6), 1..12),
    ) {
        let mut linear = Scheduler::new(cluster.clone()).with_policy(crate::engine::IndexPolicy::NEVER);
        let mut indexed = Scheduler::new(cluster.clone()).with_policy(crate::engine::IndexPolicy::ALWAYS);
        let mut default = Scheduler::new(cluster.clone());
        for (req, seed, start) in &requests {
            if *start == 0 && !cluster.is_empty() {
                // A StartTask in between moves instances in the indexes too.
                let targets = [(*seed as usize) % cluster.len()];
                let a = linear.place_on(req, &targets);
                prop_assert_eq!(&indexed.place_on(req, &targets), &a);
                prop_assert_eq!(&default.place_on(req, &targets), &a);
                continue;
            }
            let plan = linear.place(req, *seed);
            prop_assert_eq!(&indexed.place(req, *seed), &plan, "{:?}", req);
            prop_assert_eq!(&default.place(req, *seed), &plan, "{:?}", req);
            prop_assert_eq!(indexed.instances(), linear.instances());
        }
    }
}

/// On a benchmark-sized cluster, filled until tasks no longer fit, the indexed decisions are
/// the linear pass's for each strategy the indexes answer.
#[test]
fn indexes_decide_as_the_linear_pass_on_a_simulated_cluster() {
    use crate::engine::IndexPolicy;
    let cluster = workload::cluster(600, 42);
    let zone = || Strategy::Spread(SpreadField::Attribute("ecs.availability-zone".into()));
    for strategies in [
        vec![Strategy::Binpack(BinpackField::Memory)],
        vec![zone(), Strategy::Binpack(BinpackField::Cpu)],
        vec![Strategy::Binpack(BinpackField::Cpu), zone()],
    ] {
        let mut linear = Scheduler::new(cluster.clone()).with_policy(IndexPolicy::NEVER);
        let mut indexed = Scheduler::new(cluster.clone());
        let mut rng = workload::Rng::new(7);
        for n in 0..6000u64 {
            let group = format!("family:app{}", rng.below(20));
            let req = Request {
                strategies: strategies.clone(),
                ..workload::task(&mut rng, &group)
            };
            let plan = linear.place(&req, n);
            assert_eq!(
                indexed.place(&req, n),
                plan,
                "decision {n} of {strategies:?}"
            );
        }
        assert_eq!(indexed.instances(), linear.instances());
    }
}

/// The control plane keeps a working copy across awaits.
#[test]
fn a_scheduler_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Scheduler>();
}
