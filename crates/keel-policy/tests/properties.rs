//! Property tests: parsing and evaluation never panic; an applicable Deny
//! always wins; adding an Allow never takes access away; negated operators
//! are the complements of the positive ones.

use keel_policy::{
    Decision, PolicyDocument, Request, evaluate, evaluate_resources, reads_context, trust_allows,
};
use proptest::prelude::*;
use proptest::string::string_regex;
use serde_json::{Value, json};

fn re(s: &str) -> BoxedStrategy<String> {
    string_regex(s).expect("valid strategy regex").boxed()
}

// ---- arbitrary input -------------------------------------------------------

/// Text biased towards policy syntax, so the parser gets past the JSON.
fn policy_soup() -> BoxedStrategy<String> {
    let piece = prop_oneof![
        re("[ -~]{0,3}"),
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just(",".to_owned()),
        Just(":".to_owned()),
        Just("\"Version\":\"2012-10-17\"".to_owned()),
        Just("\"Statement\":".to_owned()),
        Just("\"Effect\":\"Allow\"".to_owned()),
        Just("\"Action\":".to_owned()),
        Just("\"Resource\":".to_owned()),
        Just("\"Principal\":".to_owned()),
        Just("\"Condition\":".to_owned()),
        Just("\"StringLike\":".to_owned()),
        Just("\"ecs:*\"".to_owned()),
        Just("\"arn:aws:ecs:*:1:cluster/${aws:username}\"".to_owned()),
        Just("\"${\"".to_owned()),
        Just("\"*\"".to_owned()),
        Just("\u{1F600}".to_owned()),
        Just("\\u0000".to_owned()),
    ];
    proptest::collection::vec(piece, 0..30)
        .prop_map(|v| v.concat())
        .boxed()
}

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        re("[ -~]{0,6}").prop_map(Value::String),
        prop_oneof![
            Just("Allow"),
            Just("Deny"),
            Just("2012-10-17"),
            Just("*"),
            Just("ecs:RunTask"),
            Just("arn:aws:ecs:*:*:*"),
            Just("${aws:username}"),
            Just("10.0.0.0/8"),
            Just("2024-01-01T00:00:00Z"),
            Just("true"),
        ]
        .prop_map(|s| Value::String(s.to_owned())),
    ];
    let key = prop_oneof![
        Just("Version"),
        Just("Statement"),
        Just("Effect"),
        Just("Action"),
        Just("NotAction"),
        Just("Resource"),
        Just("NotResource"),
        Just("Principal"),
        Just("NotPrincipal"),
        Just("Condition"),
        Just("Sid"),
        Just("AWS"),
        Just("Service"),
        Just("StringLike"),
        Just("ForAllValues:NumericLessThanIfExists"),
        Just("IpAddress"),
        Just("DateLessThan"),
        Just("Null"),
        Just("aws:SourceIp"),
        Just("x"),
    ]
    .prop_map(str::to_owned);
    leaf.prop_recursive(5, 64, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            proptest::collection::vec((key.clone(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

// ---- valid policies and requests -------------------------------------------

const ACTIONS: &[&str] = &[
    "ecs:RunTask",
    "ecs:StopTask",
    "ecs:DescribeClusters",
    "ecs:ListTasks",
    "iam:CreateUser",
    "logs:PutLogEvents",
    "sts:AssumeRole",
];

const RESOURCES: &[&str] = &[
    "*",
    "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
    "arn:aws:ecs:us-east-1:123456789012:cluster/dev",
    "arn:aws:ecs:eu-west-1:123456789012:task/dev/abc",
    "arn:aws:logs:us-east-1:123456789012:log-group:app:log-stream:s",
    "arn:aws:iam::123456789012:user/alice",
    "arn:aws:s3:::bucket/home/alice/file",
];

fn action_pattern() -> BoxedStrategy<String> {
    prop_oneof![
        proptest::sample::select(ACTIONS).prop_map(str::to_owned),
        proptest::sample::select(
            &[
                "*",
                "ecs:*",
                "ecs:Describe*",
                "ecs:List*",
                "*:*Task",
                "ecs:?unTask",
                "iam:*",
                "ECS:runtask",
            ][..]
        )
        .prop_map(str::to_owned),
        re("[a-z]{1,4}:[A-Za-z*?]{0,6}"),
    ]
    .boxed()
}

fn resource_pattern() -> BoxedStrategy<String> {
    prop_oneof![
        proptest::sample::select(RESOURCES).prop_map(str::to_owned),
        proptest::sample::select(
            &[
                "arn:aws:ecs:*:123456789012:cluster/*",
                "arn:aws:ecs:us-east-1:*:*",
                "arn:aws:ecs:*",
                "arn:aws:logs:*:*:log-group:app*",
                "arn:aws:iam::123456789012:user/${aws:username}",
                "arn:aws:s3:::bucket/home/${aws:username, 'guest'}/*",
                "arn:aws:s3:::bucket/${*}",
                "arn:aws:ecs:us-?ast-1:123456789012:cluster/d?v",
            ][..]
        )
        .prop_map(str::to_owned),
        re("arn:aws:ecs:[a-z*?-]{0,4}:[0-9*]{0,3}:[a-z/*?${}]{0,8}"),
    ]
    .boxed()
}

/// One condition block that parses.
fn condition() -> BoxedStrategy<Value> {
    prop_oneof![
        Just(json!({"StringEquals": {"aws:username": "alice"}})),
        Just(json!({"StringNotEquals": {"aws:username": ["alice", "bob"]}})),
        Just(json!({"StringLike": {"aws:username": "a*"}})),
        Just(json!({"StringEqualsIgnoreCase": {"aws:username": "ALICE"}})),
        Just(json!({"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}})),
        Just(json!({"NotIpAddress": {"aws:SourceIp": ["10.0.0.0/8", "2001:db8::/32"]}})),
        Just(json!({"DateLessThan": {"aws:CurrentTime": "2024-06-01T00:00:00Z"}})),
        Just(json!({"DateGreaterThanEquals": {"aws:EpochTime": 1700000000}})),
        Just(json!({"NumericLessThan": {"s3:max-keys": "10"}})),
        Just(json!({"Bool": {"aws:SecureTransport": "true"}})),
        Just(json!({"BoolIfExists": {"aws:MultiFactorAuthPresent": false}})),
        Just(json!({"Null": {"aws:TokenIssueTime": "true"}})),
        Just(json!({"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::123456789012:user/*"}})),
        Just(json!({"ArnNotEquals": {"aws:SourceArn": "arn:aws:sns:*:1:t"}})),
        Just(json!({"ForAllValues:StringLike": {"aws:TagKeys": ["a*", "b"]}})),
        Just(json!({"ForAnyValue:StringNotEquals": {"aws:TagKeys": "a"}})),
        Just(json!({"StringEqualsIfExists": {"ecs:cluster": "${aws:username}"}})),
    ]
    .boxed()
}

fn one_or_list(items: Vec<String>) -> Value {
    if items.len() == 1 {
        Value::String(items[0].clone())
    } else {
        Value::from(items)
    }
}

fn statement() -> BoxedStrategy<Value> {
    (
        any::<bool>(),
        any::<bool>(),
        proptest::collection::vec(action_pattern(), 1..4),
        any::<bool>(),
        proptest::collection::vec(resource_pattern(), 1..4),
        proptest::option::of(condition()),
    )
        .prop_map(
            |(allow, not_action, actions, not_resource, resources, cond)| {
                let mut s = serde_json::Map::new();
                s.insert("Effect".into(), json!(if allow { "Allow" } else { "Deny" }));
                let action_key = if not_action { "NotAction" } else { "Action" };
                s.insert(action_key.into(), one_or_list(actions));
                let resource_key = if not_resource {
                    "NotResource"
                } else {
                    "Resource"
                };
                s.insert(resource_key.into(), one_or_list(resources));
                if let Some(c) = cond {
                    s.insert("Condition".into(), c);
                }
                Value::Object(s)
            },
        )
        .boxed()
}

fn policy() -> BoxedStrategy<Value> {
    (
        proptest::collection::vec(statement(), 1..5),
        prop_oneof![Just("2012-10-17"), Just("2008-10-17")],
    )
        .prop_map(|(statements, version)| json!({"Version": version, "Statement": statements}))
        .boxed()
}

fn parse(v: &Value) -> PolicyDocument {
    PolicyDocument::parse(&v.to_string()).unwrap_or_else(|e| panic!("{v}\n{e}"))
}

fn request() -> BoxedStrategy<Request> {
    let context_entry = prop_oneof![
        proptest::sample::select(&["alice", "bob", "*", "${aws:username}", ""][..])
            .prop_map(|v| ("aws:username", vec![v.to_owned()])),
        proptest::sample::select(&["10.1.2.3", "192.0.2.1", "2001:db8::1", "garbage"][..])
            .prop_map(|v| ("aws:SourceIp", vec![v.to_owned()])),
        proptest::sample::select(&["2024-01-01T00:00:00Z", "2025-01-01", "1700000000", "soon"][..])
            .prop_map(|v| ("aws:CurrentTime", vec![v.to_owned()])),
        proptest::sample::select(&["1600000000", "1800000000"][..])
            .prop_map(|v| ("aws:EpochTime", vec![v.to_owned()])),
        proptest::sample::select(&["true", "false", "maybe"][..])
            .prop_map(|v| ("aws:SecureTransport", vec![v.to_owned()])),
        proptest::sample::select(&["5", "50", "x"][..])
            .prop_map(|v| ("s3:max-keys", vec![v.to_owned()])),
        proptest::collection::vec(re("[ab]{1,2}"), 0..3).prop_map(|v| ("aws:TagKeys", v)),
        Just((
            "aws:TokenIssueTime",
            vec!["2024-01-01T00:00:00Z".to_owned()]
        )),
        re("[a-z]{0,3}").prop_map(|v| ("ecs:cluster", vec![v])),
    ];
    (
        proptest::sample::select(
            &[
                "arn:aws:iam::123456789012:user/alice",
                "arn:aws:sts::123456789012:assumed-role/r/s",
                "arn:aws:iam::999999999999:user/x",
                "ecs-tasks.amazonaws.com",
                "",
            ][..],
        ),
        prop_oneof![
            proptest::sample::select(ACTIONS).prop_map(str::to_owned),
            re("[a-z]{1,4}:[A-Za-z]{0,8}"),
        ],
        prop_oneof![
            proptest::sample::select(RESOURCES).prop_map(str::to_owned),
            re("arn:aws:ecs:[a-z-]{0,4}:[0-9]{0,3}:[a-z/:]{0,8}"),
        ],
        proptest::collection::vec(context_entry, 0..5),
    )
        .prop_map(|(principal, action, resource, ctx)| {
            let mut r = Request::new(principal, "123456789012", action, resource);
            for (k, v) in ctx {
                r = r.with_context_values(k, v);
            }
            r
        })
        .boxed()
}

/// A Deny statement that certainly applies to `request`.
fn matching_deny(request: &Request, choice: u8) -> Value {
    let action = match choice % 3 {
        0 => json!({"Action": "*"}),
        1 => json!({"Action": request.action}),
        _ => json!({"NotAction": "zzzz:NeverCalled"}),
    };
    let resource = match (choice / 3) % 3 {
        0 => json!({"Resource": "*"}),
        1 => json!({"Resource": [request.resource, "arn:aws:ecs:x:1:y"]}),
        _ => json!({"NotResource": "arn:aws:zzz:::never"}),
    };
    let condition = match (choice / 9) % 4 {
        0 => None,
        1 => Some(json!({"Null": {"test:never-set": "true"}})),
        2 => Some(json!({"StringEqualsIfExists": {"test:never-set": "x"}})),
        _ => Some(json!({"StringNotLike": {"test:never-set": "*"}})),
    };
    let mut s = serde_json::Map::new();
    s.insert("Sid".into(), json!("AddedDeny"));
    s.insert("Effect".into(), json!("Deny"));
    for part in [action, resource] {
        if let Value::Object(m) = part {
            s.extend(m);
        }
    }
    if let Some(c) = condition {
        s.insert("Condition".into(), c);
    }
    Value::Object(s)
}

fn add_statement(policy: &mut Value, statement: Value) {
    if let Some(Value::Array(list)) = policy.get_mut("Statement") {
        list.push(statement);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn parse_never_panics_on_text(text in prop_oneof![any::<String>(), policy_soup()]) {
        if let Err(e) = PolicyDocument::parse(&text) {
            prop_assert!(!e.message().is_empty());
        }
        let _ = PolicyDocument::parse_trust(&text);
    }

    #[test]
    fn parse_never_panics_on_json(
        v in arbitrary_json(),
        statement in arbitrary_json(),
        condition in arbitrary_json(),
    ) {
        let _ = PolicyDocument::parse(&v.to_string());
        let _ = PolicyDocument::parse_trust(&v.to_string());
        // Reach deeper into validation with a sound envelope.
        let doc = json!({"Version": "2012-10-17", "Statement": [statement]});
        let _ = PolicyDocument::parse(&doc.to_string());
        let doc = json!({"Version": "2012-10-17", "Statement": {
            "Effect": "Allow", "Action": "*", "Resource": "*", "Condition": condition}});
        let _ = PolicyDocument::parse(&doc.to_string());
        let doc = json!({"Version": "2012-10-17", "Statement": {
            "Effect": "Allow", "Action": "sts:AssumeRole", "Principal": condition}});
        if let Ok(doc) = PolicyDocument::parse_trust(&doc.to_string()) {
            let _ = trust_allows(&doc, "arn:aws:iam::123456789012:user/a", "123456789012", "sts:AssumeRole");
        }
    }

    #[test]
    fn evaluation_never_panics(
        policies in proptest::collection::vec(policy(), 0..4),
        request in request(),
        weird_resource in any::<String>(),
        weird_action in any::<String>(),
    ) {
        let docs: Vec<PolicyDocument> = policies.iter().map(parse).collect();
        let refs: Vec<&PolicyDocument> = docs.iter().collect();
        let e = evaluate(&refs, &request);
        prop_assert_eq!(e.statement.is_none(), e.decision == Decision::ImplicitDeny);
        let mut odd = request.clone();
        odd.resource = weird_resource;
        odd.action = weird_action;
        let _ = evaluate(&refs, &odd);
    }

    #[test]
    fn evaluating_many_resources_is_evaluating_each(
        policies in proptest::collection::vec(policy(), 0..4),
        requests in proptest::collection::vec(request(), 1..6),
    ) {
        let docs: Vec<PolicyDocument> = policies.iter().map(parse).collect();
        let refs: Vec<&PolicyDocument> = docs.iter().collect();
        let base = &requests[0];
        let resources: Vec<&str> = requests.iter().map(|r| r.resource.as_str()).collect();
        let together = evaluate_resources(&refs, base, &resources);
        for (resource, got) in resources.iter().zip(&together) {
            let mut one = base.clone();
            one.resource = (*resource).to_string();
            prop_assert_eq!(got, &evaluate(&refs, &one));
        }
    }

    #[test]
    fn a_context_that_cannot_be_read_does_not_decide(
        policies in proptest::collection::vec(policy(), 0..4),
        request in request(),
    ) {
        let docs: Vec<PolicyDocument> = policies.iter().map(parse).collect();
        let refs: Vec<&PolicyDocument> = docs.iter().collect();
        let with = evaluate(&refs, &request);
        let mut without = request.clone();
        without.context.clear();
        let bare = evaluate(&refs, &without);
        // Whenever the context changes the decision, the policies said they read it.
        if with != bare {
            prop_assert!(reads_context(&refs, &request.action), "{:?}", policies);
        }
    }

    #[test]
    fn explicit_deny_always_wins(
        mut policies in proptest::collection::vec(policy(), 1..4),
        request in request(),
        choice in any::<u8>(),
        target in any::<prop::sample::Index>(),
    ) {
        let deny = matching_deny(&request, choice);
        let at = target.index(policies.len());
        add_statement(&mut policies[at], deny);
        let docs: Vec<PolicyDocument> = policies.iter().map(parse).collect();
        let refs: Vec<&PolicyDocument> = docs.iter().collect();
        let e = evaluate(&refs, &request);
        prop_assert_eq!(e.decision, Decision::ExplicitDeny, "{:?}", policies);
        prop_assert!(e.statement.is_some());
    }

    #[test]
    fn adding_an_allow_never_takes_access_away(
        policies in proptest::collection::vec(policy(), 0..4),
        extra in statement(),
        request in request(),
        target in any::<prop::sample::Index>(),
    ) {
        let mut extra = extra;
        extra["Effect"] = json!("Allow");
        let before_docs: Vec<PolicyDocument> = policies.iter().map(parse).collect();
        let before = evaluate(&before_docs.iter().collect::<Vec<_>>(), &request).decision;

        let mut grown = policies.clone();
        if grown.is_empty() {
            grown.push(json!({"Version": "2012-10-17", "Statement": [extra]}));
        } else {
            let at = target.index(grown.len());
            add_statement(&mut grown[at], extra);
        }
        let after_docs: Vec<PolicyDocument> = grown.iter().map(parse).collect();
        let after = evaluate(&after_docs.iter().collect::<Vec<_>>(), &request).decision;
        match before {
            Decision::Allow => prop_assert_eq!(after, Decision::Allow),
            Decision::ExplicitDeny => prop_assert_eq!(after, Decision::ExplicitDeny),
            Decision::ImplicitDeny => prop_assert_ne!(after, Decision::ExplicitDeny),
        }
    }

    #[test]
    fn negated_operators_complement_positive_ones(
        pair in proptest::sample::select(&[
            ("StringEquals", "StringNotEquals"),
            ("StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase"),
            ("StringLike", "StringNotLike"),
            ("NumericEquals", "NumericNotEquals"),
            ("DateEquals", "DateNotEquals"),
            ("IpAddress", "NotIpAddress"),
            ("ArnLike", "ArnNotLike"),
            ("ArnEquals", "ArnNotEquals"),
        ][..]),
        policy_values in proptest::collection::vec(
            proptest::sample::select(&["1", "10.0.0.0/8", "2024-01-01", "a*", "A", "arn:aws:ecs:*:1:x"][..]),
            1..3,
        ),
        request_values in proptest::collection::vec(
            proptest::sample::select(&["1", "1.0", "10.2.3.4", "2024-01-01T00:00:00Z", "abc", "a", "arn:aws:ecs:r:1:x", "zz"][..]),
            0..3,
        ),
        present in any::<bool>(),
    ) {
        let (positive, negated) = pair;
        let build = |op: &str| {
            json!({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*",
                "Condition": {op: {"test:key": policy_values}}}})
        };
        // Policy values that do not fit the operator are refused at parse time.
        let (Ok(pos), Ok(neg)) = (
            PolicyDocument::parse(&build(positive).to_string()),
            PolicyDocument::parse(&build(negated).to_string()),
        ) else {
            return Ok(());
        };
        let mut request = Request::new("arn:aws:iam::1:user/u", "1", "ecs:RunTask", "*");
        if present {
            request = request.with_context_values("test:key", request_values.iter().copied());
        }
        let p = evaluate(&[&pos], &request).is_allowed();
        let n = evaluate(&[&neg], &request).is_allowed();
        prop_assert_ne!(p, n, "{} vs {} on {:?}", positive, negated, request.context);

        // IfExists changes nothing when the key has values, and allows when it has none.
        let if_exists = PolicyDocument::parse(&build(&format!("{positive}IfExists")).to_string()).unwrap();
        let q = evaluate(&[&if_exists], &request).is_allowed();
        if present && !request_values.is_empty() {
            prop_assert_eq!(p, q);
        } else {
            prop_assert!(q);
        }
    }

    #[test]
    fn literal_resources_match_only_themselves(
        a in re("arn:aws:ecs:[a-z0-9-]{0,5}:[0-9]{0,4}:[a-z0-9/:.-]{0,12}"),
        b in re("arn:aws:ecs:[a-z0-9-]{0,5}:[0-9]{0,4}:[a-z0-9/:.-]{0,12}"),
    ) {
        let doc = parse(&json!({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": a}}));
        let allowed = evaluate(&[&doc], &Request::new("p", "1", "ecs:RunTask", b.clone())).is_allowed();
        prop_assert_eq!(allowed, a == b);
        // A trailing `*` covers every extension.
        let doc = parse(&json!({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": format!("{a}*")}}));
        let extended = format!("{a}{}", &b[b.len().min(12)..]);
        prop_assert!(evaluate(&[&doc], &Request::new("p", "1", "ecs:RunTask", extended)).is_allowed());
    }
}
