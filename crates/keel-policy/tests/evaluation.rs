//! Evaluation of whole documents: the guide's examples recast for ECS,
//! action and resource matching, policy variables, and which statement
//! decides.

use keel_policy::{DecidingStatement, Decision, PolicyDocument, Request, evaluate, reads_context};

const ACCOUNT: &str = "123456789012";
const ALICE: &str = "arn:aws:iam::123456789012:user/alice";

fn doc(text: &str) -> PolicyDocument {
    PolicyDocument::parse(text).unwrap_or_else(|e| panic!("{text}\n{e}"))
}

fn req(action: &str, resource: &str) -> Request {
    Request::new(ALICE, ACCOUNT, action, resource)
}

fn cluster(name: &str) -> String {
    format!("arn:aws:ecs:us-east-1:{ACCOUNT}:cluster/{name}")
}

fn decide(policies: &[&PolicyDocument], request: &Request) -> Decision {
    evaluate(policies, request).decision
}

#[test]
fn read_only_access() {
    let read_only = doc(r#"{"Version": "2012-10-17", "Statement": [{
        "Sid": "ReadOnly", "Effect": "Allow",
        "Action": ["ecs:Describe*", "ecs:List*"], "Resource": "*"}]}"#);
    for action in [
        "ecs:DescribeClusters",
        "ecs:ListTasks",
        "ecs:listtasks",
        "ECS:DESCRIBESERVICES",
        "ecs:Describe",
    ] {
        let e = evaluate(&[&read_only], &req(action, "*"));
        assert_eq!(e.decision, Decision::Allow, "{action}");
        assert_eq!(
            e.statement,
            Some(DecidingStatement {
                policy_index: 0,
                statement_index: 0,
                sid: Some("ReadOnly".into())
            })
        );
    }
    for action in [
        "ecs:RunTask",
        "ecs:StopTask",
        "ecs:CreateCluster",
        "iam:ListUsers",
        "ecs2:ListTasks",
    ] {
        let e = evaluate(&[&read_only], &req(action, "*"));
        assert_eq!(e.decision, Decision::ImplicitDeny, "{action}");
        assert_eq!(e.statement, None);
    }
}

#[test]
fn deny_on_one_cluster_beats_allow_everything() {
    let full = doc(
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "ecs:*", "Resource": "*"}}"#,
    );
    let protect = doc(r#"{"Version": "2012-10-17", "Statement": [
        {"Sid": "Other", "Effect": "Deny", "Action": "ecs:DeleteCluster", "Resource": "*"},
        {"Sid": "ProtectProd", "Effect": "Deny", "Action": "ecs:StopTask",
         "Resource": "arn:aws:ecs:us-east-1:123456789012:cluster/prod"}]}"#);
    let policies = [&full, &protect];

    let e = evaluate(&policies, &req("ecs:StopTask", &cluster("prod")));
    assert_eq!(e.decision, Decision::ExplicitDeny);
    assert_eq!(
        e.statement,
        Some(DecidingStatement {
            policy_index: 1,
            statement_index: 1,
            sid: Some("ProtectProd".into())
        })
    );
    assert_eq!(
        decide(&policies, &req("ecs:StopTask", &cluster("dev"))),
        Decision::Allow
    );
    assert_eq!(
        decide(&policies, &req("ecs:RunTask", &cluster("prod"))),
        Decision::Allow
    );
    // Order does not matter: the deny wins from the first policy too.
    assert_eq!(
        decide(&[&protect, &full], &req("ecs:StopTask", &cluster("prod"))),
        Decision::ExplicitDeny
    );
    // Alone, the deny policy allows nothing.
    assert_eq!(
        decide(&[&protect], &req("ecs:StopTask", &cluster("dev"))),
        Decision::ImplicitDeny
    );
}

#[test]
fn deny_stop_task_by_cluster_condition() {
    // ECS authorizes StopTask on the task ARN and reports the cluster in
    // the `ecs:cluster` key.
    let policy = doc(r#"{"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "ecs:*", "Resource": "*"},
        {"Effect": "Deny", "Action": "ecs:StopTask", "Resource": "*",
         "Condition": {"ArnEquals": {"ecs:cluster": "arn:aws:ecs:us-east-1:123456789012:cluster/prod"}}}]}"#);
    let task = "arn:aws:ecs:us-east-1:123456789012:task/prod/0123456789abcdef";
    let stop = |cluster_name: &str| {
        req("ecs:StopTask", task).with_context("ecs:cluster", cluster(cluster_name))
    };
    assert_eq!(decide(&[&policy], &stop("prod")), Decision::ExplicitDeny);
    assert_eq!(decide(&[&policy], &stop("dev")), Decision::Allow);
    assert_eq!(
        decide(&[&policy], &req("ecs:StopTask", task)),
        Decision::Allow
    );
}

#[test]
fn not_action() {
    let all_but_iam = doc(
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}}"#,
    );
    assert_eq!(
        decide(&[&all_but_iam], &req("ecs:RunTask", "*")),
        Decision::Allow
    );
    assert_eq!(
        decide(&[&all_but_iam], &req("logs:PutLogEvents", "*")),
        Decision::Allow
    );
    assert_eq!(
        decide(&[&all_but_iam], &req("iam:CreateUser", "*")),
        Decision::ImplicitDeny
    );
    assert_eq!(
        decide(&[&all_but_iam], &req("IAM:createuser", "*")),
        Decision::ImplicitDeny
    );

    let only_reads = doc(r#"{"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "*", "Resource": "*"},
        {"Effect": "Deny", "NotAction": ["ecs:Describe*", "ecs:List*"], "Resource": "*"}]}"#);
    assert_eq!(
        decide(&[&only_reads], &req("ecs:RunTask", "*")),
        Decision::ExplicitDeny
    );
    assert_eq!(
        decide(&[&only_reads], &req("ecs:ListClusters", "*")),
        Decision::Allow
    );
}

#[test]
fn not_resource() {
    let policy = doc(r#"{"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "ecs:*", "Resource": "*"},
        {"Effect": "Deny", "Action": "ecs:*", "NotResource": ["arn:aws:ecs:*:123456789012:cluster/dev-*", "*"]}]}"#);
    // NotResource listing "*" excludes everything: the deny never applies.
    assert_eq!(
        decide(&[&policy], &req("ecs:RunTask", &cluster("prod"))),
        Decision::Allow
    );

    let policy = doc(r#"{"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "ecs:*", "Resource": "*"},
        {"Effect": "Deny", "Action": "ecs:*", "NotResource": "arn:aws:ecs:*:123456789012:cluster/dev-*"}]}"#);
    assert_eq!(
        decide(&[&policy], &req("ecs:RunTask", &cluster("prod"))),
        Decision::ExplicitDeny
    );
    assert_eq!(
        decide(&[&policy], &req("ecs:RunTask", &cluster("dev-1"))),
        Decision::Allow
    );
    assert_eq!(
        decide(&[&policy], &req("ecs:ListClusters", "*")),
        Decision::ExplicitDeny
    );

    let allow_not = doc(
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "ecs:*",
        "NotResource": "arn:aws:ecs:us-east-1:123456789012:cluster/prod"}}"#,
    );
    assert_eq!(
        decide(&[&allow_not], &req("ecs:RunTask", &cluster("dev"))),
        Decision::Allow
    );
    assert_eq!(
        decide(&[&allow_not], &req("ecs:RunTask", &cluster("prod"))),
        Decision::ImplicitDeny
    );
}

#[test]
fn source_ip_restriction() {
    let policy = doc(r#"{"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "ecs:*", "Resource": "*"},
        {"Sid": "OfficeOnly", "Effect": "Deny", "Action": "*", "Resource": "*",
         "Condition": {"NotIpAddress": {"aws:SourceIp": ["192.0.2.0/24", "203.0.113.0/24", "2001:db8::/32"]}}}]}"#);
    let from = |ip: &str| req("ecs:RunTask", "*").with_context("aws:SourceIp", ip);
    assert_eq!(decide(&[&policy], &from("192.0.2.10")), Decision::Allow);
    assert_eq!(decide(&[&policy], &from("2001:db8:1::5")), Decision::Allow);
    let e = evaluate(&[&policy], &from("198.51.100.7"));
    assert_eq!(e.decision, Decision::ExplicitDeny);
    assert_eq!(e.statement.unwrap().sid.as_deref(), Some("OfficeOnly"));
    // No source address at all (say, through a VPC endpoint): NotIpAddress holds.
    assert_eq!(
        decide(&[&policy], &req("ecs:RunTask", "*")),
        Decision::ExplicitDeny
    );

    let allow_from = doc(
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "ecs:*", "Resource": "*",
        "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}}"#,
    );
    assert_eq!(
        decide(&[&allow_from], &from("203.0.113.200")),
        Decision::Allow
    );
    assert_eq!(
        decide(&[&allow_from], &from("203.0.112.200")),
        Decision::ImplicitDeny
    );
    assert_eq!(
        decide(&[&allow_from], &req("ecs:RunTask", "*")),
        Decision::ImplicitDeny
    );
}

#[test]
fn time_window() {
    let until = doc(
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "ecs:*", "Resource": "*",
        "Condition": {"DateGreaterThan": {"aws:CurrentTime": "2024-01-01T00:00:00Z"},
                      "DateLessThan": {"aws:CurrentTime": "2024-07-01T00:00:00Z"}}}}"#,
    );
    let at = |t: &str| req("ecs:RunTask", "*").with_context("aws:CurrentTime", t);
    assert_eq!(
        decide(&[&until], &at("2024-03-15T12:00:00Z")),
        Decision::Allow
    );
    assert_eq!(
        decide(&[&until], &at("2024-07-01T00:00:00Z")),
        Decision::ImplicitDeny
    );
    assert_eq!(
        decide(&[&until], &at("2023-12-31T23:00:00-02:00")),
        Decision::Allow
    );
    assert_eq!(
        decide(&[&until], &at("2023-12-31T23:00:00Z")),
        Decision::ImplicitDeny
    );
    assert_eq!(
        decide(&[&until], &req("ecs:RunTask", "*")),
        Decision::ImplicitDeny
    );

    let epoch = doc(
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "ecs:*", "Resource": "*",
        "Condition": {"DateLessThan": {"aws:EpochTime": "2024-01-01T00:00:00Z"}}}}"#,
    );
    let at = |t: &str| req("ecs:RunTask", "*").with_context("aws:EpochTime", t);
    assert_eq!(decide(&[&epoch], &at("1704067199")), Decision::Allow);
    assert_eq!(decide(&[&epoch], &at("1704067200")), Decision::ImplicitDeny);
}

#[test]
fn username_variable_in_resource() {
    let own_keys = doc(
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow",
        "Action": "iam:*AccessKey*", "Resource": "arn:aws:iam::123456789012:user/${aws:username}"}}"#,
    );
    let as_user = |user: &str, target: &str| {
        req(
            "iam:CreateAccessKey",
            &format!("arn:aws:iam::{ACCOUNT}:user/{target}"),
        )
        .with_context("aws:username", user)
    };
    assert_eq!(
        decide(&[&own_keys], &as_user("alice", "alice")),
        Decision::Allow
    );
    assert_eq!(
        decide(&[&own_keys], &as_user("alice", "bob")),
        Decision::ImplicitDeny
    );
    assert_eq!(
        decide(&[&own_keys], &as_user("alice", "Alice")),
        Decision::ImplicitDeny
    );
    // Substituted values are literal: a user called "*" gets only user/*.
    assert_eq!(
        decide(&[&own_keys], &as_user("*", "bob")),
        Decision::ImplicitDeny
    );
    assert_eq!(decide(&[&own_keys], &as_user("*", "*")), Decision::Allow);
    // No user name (a role session, say): the resource matches nothing.
    let anonymous = req(
        "iam:CreateAccessKey",
        &format!("arn:aws:iam::{ACCOUNT}:user/alice"),
    );
    assert_eq!(decide(&[&own_keys], &anonymous), Decision::ImplicitDeny);
    let literal = req(
        "iam:CreateAccessKey",
        &format!("arn:aws:iam::{ACCOUNT}:user/${{aws:username}}"),
    );
    assert_eq!(decide(&[&own_keys], &literal), Decision::ImplicitDeny);
    // Key names are case-insensitive in variables too.
    let mixed = doc(
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow",
        "Action": "iam:*", "Resource": "arn:aws:iam::123456789012:user/${AWS:UserName}"}}"#,
    );
    assert_eq!(
        decide(&[&mixed], &as_user("alice", "alice")),
        Decision::Allow
    );

    // Under 2008-10-17 the variable is plain text.
    let old = doc(
        r#"{"Version": "2008-10-17", "Statement": {"Effect": "Allow",
        "Action": "iam:*", "Resource": "arn:aws:iam::123456789012:user/${aws:username}"}}"#,
    );
    assert_eq!(
        decide(&[&old], &as_user("alice", "alice")),
        Decision::ImplicitDeny
    );
    assert_eq!(
        decide(&[&old], &literal.with_context("aws:username", "alice")),
        Decision::Allow
    );
}

#[test]
fn variable_defaults_and_escapes_in_resources() {
    let home = doc(
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:*",
        "Resource": ["arn:aws:s3:::bucket/home/${aws:username, 'guest'}/*", "arn:aws:s3:::bucket/star/${*}",
                     "arn:aws:s3:::bucket/q${?}", "arn:aws:s3:::bucket/${$}{aws:username}"]}}"#,
    );
    let get = |key: &str| req("s3:GetObject", &format!("arn:aws:s3:::bucket/{key}"));
    assert_eq!(decide(&[&home], &get("home/guest/a.txt")), Decision::Allow);
    assert_eq!(
        decide(&[&home], &get("home/alice/a.txt")),
        Decision::ImplicitDeny
    );
    assert_eq!(
        decide(
            &[&home],
            &get("home/alice/a.txt").with_context("aws:username", "alice")
        ),
        Decision::Allow
    );
    assert_eq!(
        decide(
            &[&home],
            &get("home/guest/a.txt").with_context("aws:username", "alice")
        ),
        Decision::ImplicitDeny
    );
    assert_eq!(decide(&[&home], &get("star/*")), Decision::Allow);
    assert_eq!(decide(&[&home], &get("star/x")), Decision::ImplicitDeny);
    assert_eq!(decide(&[&home], &get("q?")), Decision::Allow);
    assert_eq!(decide(&[&home], &get("qx")), Decision::ImplicitDeny);
    assert_eq!(decide(&[&home], &get("${aws:username}")), Decision::Allow);

    // An unresolvable variable in NotResource keeps the statement from applying.
    let deny = doc(r#"{"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
        {"Effect": "Deny", "Action": "s3:*", "NotResource": "arn:aws:s3:::bucket/${aws:username}/*"}]}"#);
    assert_eq!(decide(&[&deny], &get("x/1")), Decision::Allow);
    assert_eq!(
        decide(&[&deny], &get("x/1").with_context("aws:username", "x")),
        Decision::Allow
    );
    assert_eq!(
        decide(&[&deny], &get("y/1").with_context("aws:username", "x")),
        Decision::ExplicitDeny
    );
}

#[test]
fn resource_wildcards_follow_arn_segments() {
    let allow = |pattern: &str| {
        doc(&format!(
            r#"{{"Version": "2012-10-17", "Statement": {{"Effect": "Allow", "Action": "*", "Resource": "{pattern}"}}}}"#
        ))
    };
    let cases: &[(&str, &str, bool)] = &[
        (
            "arn:aws:ecs:us-east-1:123456789012:cluster/*",
            "arn:aws:ecs:us-east-1:123456789012:cluster/a/b",
            true,
        ),
        (
            "arn:aws:ecs:*:123456789012:cluster/x",
            "arn:aws:ecs:eu-west-3:123456789012:cluster/x",
            true,
        ),
        (
            "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
            "arn:aws:ecs:us-east-1:123456789012:cluster/Prod",
            false,
        ),
        (
            "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
            "arn:aws:ecs:us-east-1:123456789012:cluster/prod2",
            false,
        ),
        // A `*` that ends a segment may run across colons...
        (
            "arn:aws:logs:*:*:log-group:app*",
            "arn:aws:logs:us-east-1:1:log-group:app:log-stream:x",
            true,
        ),
        (
            "arn:aws:ecs:*:123456789012:cluster/x",
            "arn:aws:ecs:a:b:123456789012:cluster/x",
            true,
        ),
        ("arn:aws:ecs:*", "arn:aws:ecs:us-east-1:1:task/c/t", true),
        // ...one inside a segment, and `?`, may not.
        (
            "arn:aws:ecs:us-*-1:123456789012:cluster/x",
            "arn:aws:ecs:us-east-1:123456789012:cluster/x",
            true,
        ),
        (
            "arn:aws:ecs:us-*-1:123456789012:cluster/x",
            "arn:aws:ecs:us-east:x-1:123456789012:cluster/x",
            false,
        ),
        (
            "arn:aws:logs:us-east-1:1:log-group:a*b",
            "arn:aws:logs:us-east-1:1:log-group:a:b",
            false,
        ),
        (
            "arn:aws:logs:us-east-1:1:log-group:a?b",
            "arn:aws:logs:us-east-1:1:log-group:a:b",
            false,
        ),
        (
            "arn:aws:logs:us-east-1:1:log-group:a?b",
            "arn:aws:logs:us-east-1:1:log-group:a/b",
            true,
        ),
        (
            "arn:aws:s3:::bucket/*/test/*",
            "arn:aws:s3:::bucket/1/2/test/3/o.jpg",
            true,
        ),
        (
            "arn:aws:s3:::bucket/*/test/*",
            "arn:aws:s3:::bucket/1-test/o.jpg",
            false,
        ),
        (
            "arn:aws:s3:::example?bucket/*",
            "arn:aws:s3:::example2bucket/k",
            true,
        ),
        // A resource-less request (`*`) is covered by `*` alone.
        ("*", "*", true),
        ("*", "arn:aws:ecs:us-east-1:1:cluster/x", true),
        ("arn:aws:ecs:*", "*", false),
    ];
    let mut failures = Vec::new();
    for (pattern, resource, want) in cases {
        let got = decide(&[&allow(pattern)], &req("ecs:RunTask", resource)) == Decision::Allow;
        if got != *want {
            failures.push(format!("{pattern} vs {resource}: expected {want}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn action_wildcards() {
    let allow = |pattern: &str| {
        doc(&format!(
            r#"{{"Version": "2012-10-17", "Statement": {{"Effect": "Allow", "Action": "{pattern}", "Resource": "*"}}}}"#
        ))
    };
    let cases: &[(&str, &str, bool)] = &[
        ("*", "ecs:RunTask", true),
        ("ecs:*", "ecs:RunTask", true),
        ("ecs:*", "ecsx:RunTask", false),
        ("ecs:*Task", "ecs:runTASK", true),
        ("ecs:*Task", "ecs:RunTasks", false),
        ("ecs:Run?ask", "ecs:RunTask", true),
        ("ecs:Run?ask", "ecs:RunTTask", false),
        ("*:Describe*", "ec2:DescribeInstances", true),
        ("iam:*AccessKey*", "iam:UpdateAccessKey", true),
        ("ecs:RunTask", "ecs:RunTask ", false),
    ];
    for (pattern, action, want) in cases {
        let got = decide(&[&allow(pattern)], &req(action, "*")) == Decision::Allow;
        assert_eq!(got, *want, "{pattern} vs {action}");
    }
}

#[test]
fn first_applicable_statement_decides() {
    let a = doc(r#"{"Version": "2012-10-17", "Statement": [
        {"Sid": "Narrow", "Effect": "Allow", "Action": "ecs:StopTask", "Resource": "*"},
        {"Sid": "Broad", "Effect": "Allow", "Action": "ecs:*", "Resource": "*"}]}"#);
    let b = doc(r#"{"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "ecs:RunTask", "Resource": "*"},
        {"Sid": "NoRun", "Effect": "Deny", "Action": "ecs:RunTask", "Resource": "*",
         "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}}]}"#);
    let e = evaluate(&[&a, &b], &req("ecs:RunTask", "*"));
    assert_eq!(e.decision, Decision::Allow);
    assert_eq!(
        e.statement
            .as_ref()
            .map(|s| (s.policy_index, s.statement_index)),
        Some((0, 1))
    );
    assert_eq!(e.statement.unwrap().sid.as_deref(), Some("Broad"));

    let no_mfa = req("ecs:RunTask", "*").with_context("aws:MultiFactorAuthPresent", "false");
    let e = evaluate(&[&a, &b], &no_mfa);
    assert_eq!(e.decision, Decision::ExplicitDeny);
    assert_eq!(
        e.statement,
        Some(DecidingStatement {
            policy_index: 1,
            statement_index: 1,
            sid: Some("NoRun".into())
        })
    );
    assert!(!e.is_allowed());

    let e = evaluate(&[], &req("ecs:RunTask", "*"));
    assert_eq!(e.decision, Decision::ImplicitDeny);
    assert_eq!(e.statement, None);
}

#[test]
fn policies_say_whether_they_read_the_context() {
    let plain = doc(r#"{"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "ecs:*", "Resource": "*"},
        {"Effect": "Deny", "Action": "ecs:DeleteCluster", "Resource": "*",
         "Condition": {"StringNotEquals": {"aws:RequestedRegion": "us-east-1"}}}]}"#);
    // The condition belongs to a statement whose action does not match.
    assert!(!reads_context(&[&plain], "ecs:DescribeTasks"));
    assert!(reads_context(&[&plain], "ecs:deletecluster"));

    let own = doc(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Action": "ecs:*", "Resource": "arn:aws:ecs:*:*:cluster/${aws:username}"}]}"#,
    );
    assert!(reads_context(&[&own], "ecs:DescribeClusters"));
    let request = req("ecs:DescribeClusters", &cluster("alice"));
    assert_eq!(decide(&[&own], &request), Decision::ImplicitDeny);
    let request = request.with_context("aws:username", "alice");
    assert_eq!(decide(&[&own], &request), Decision::Allow);

    // Before 2012-10-17 `${...}` is text, not a variable.
    let old = doc(
        r#"{"Version": "2008-10-17", "Statement": [{"Effect": "Allow",
        "Action": "ecs:*", "Resource": "arn:aws:ecs:*:*:cluster/${aws:username}"}]}"#,
    );
    assert!(!reads_context(&[&old], "ecs:DescribeClusters"));
}
