//! Table tests for every condition operator, with `...IfExists`, the set
//! qualifiers, missing keys and multivalued keys.

use keel_policy::{Decision, PolicyDocument, Request, evaluate};
use serde_json::{Value, json};

/// Context values for the key under test; `None` means the key is absent.
type Ctx = Option<&'static [&'static str]>;

const MISSING: Ctx = None;
const EMPTY: Ctx = Some(&[]);

/// Whether a lone `Allow * on *` statement with this one condition allows a
/// request whose context holds `key` with `values`.
fn holds(operator: &str, key: &str, policy_values: &Value, values: Ctx) -> bool {
    let doc = json!({
        "Version": "2012-10-17",
        "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*",
                      "Condition": {operator: {key: policy_values}}}
    });
    let doc = PolicyDocument::parse(&doc.to_string())
        .unwrap_or_else(|e| panic!("{operator} {key} {policy_values}: {e}"));
    let mut request = Request::new(
        "arn:aws:iam::123456789012:user/alice",
        "123456789012",
        "ecs:RunTask",
        "*",
    );
    if let Some(values) = values {
        request = request.with_context_values(key, values.iter().copied());
    }
    match evaluate(&[&doc], &request).decision {
        Decision::Allow => true,
        Decision::ImplicitDeny => false,
        Decision::ExplicitDeny => panic!("no deny statement here"),
    }
}

/// Runs a table of (operator, policy values, request values, expected) for
/// one key, reporting every failing row at once.
fn table(key: &str, rows: &[(&str, Value, Ctx, bool)]) {
    let failures: Vec<String> = rows
        .iter()
        .filter(|(op, pv, ctx, want)| holds(op, key, pv, *ctx) != *want)
        .map(|(op, pv, ctx, want)| format!("{op} {key}={pv} with {ctx:?}: expected {want}"))
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn string_operators() {
    table(
        "test:key",
        &[
            ("StringEquals", json!("abc"), Some(&["abc"]), true),
            ("StringEquals", json!("abc"), Some(&["ABC"]), false),
            ("StringEquals", json!("abc"), Some(&["abcd"]), false),
            ("StringEquals", json!("abc"), MISSING, false),
            ("StringEquals", json!("abc"), EMPTY, false),
            ("StringEquals", json!(["x", "abc"]), Some(&["abc"]), true),
            ("StringEquals", json!(["x", "y"]), Some(&["abc"]), false),
            ("StringEquals", json!("a*"), Some(&["abc"]), false),
            ("StringEquals", json!("a*"), Some(&["a*"]), true),
            ("StringEquals", json!(""), Some(&[""]), true),
            ("StringEquals", json!(42), Some(&["42"]), true),
            ("StringEquals", json!(true), Some(&["true"]), true),
            ("StringNotEquals", json!("abc"), Some(&["abc"]), false),
            ("StringNotEquals", json!("abc"), Some(&["ABC"]), true),
            ("StringNotEquals", json!("abc"), MISSING, true),
            ("StringNotEquals", json!("abc"), EMPTY, true),
            (
                "StringNotEquals",
                json!(["x", "abc"]),
                Some(&["abc"]),
                false,
            ),
            ("StringNotEquals", json!(["x", "y"]), Some(&["abc"]), true),
            ("StringEqualsIgnoreCase", json!("AbC"), Some(&["aBc"]), true),
            ("StringEqualsIgnoreCase", json!("ÉTÉ"), Some(&["été"]), true),
            (
                "StringEqualsIgnoreCase",
                json!("AbC"),
                Some(&["abd"]),
                false,
            ),
            ("StringEqualsIgnoreCase", json!("AbC"), MISSING, false),
            (
                "StringNotEqualsIgnoreCase",
                json!("AbC"),
                Some(&["aBc"]),
                false,
            ),
            (
                "StringNotEqualsIgnoreCase",
                json!("AbC"),
                Some(&["abd"]),
                true,
            ),
            ("StringNotEqualsIgnoreCase", json!("AbC"), MISSING, true),
            ("StringLike", json!("ab*c?"), Some(&["abXYcZ"]), true),
            ("StringLike", json!("ab*c?"), Some(&["abcZ"]), true),
            ("StringLike", json!("ab*c?"), Some(&["abc"]), false),
            ("StringLike", json!("ab*c?"), Some(&["ABxcz"]), false),
            ("StringLike", json!("ab*c?"), MISSING, false),
            ("StringLike", json!("a:*"), Some(&["a:b:c"]), true),
            ("StringLike", json!("*"), Some(&[""]), true),
            ("StringLike", json!(["x*", "*y"]), Some(&["zzy"]), true),
            ("StringLike", json!("home/${*}"), Some(&["home/*"]), true),
            ("StringLike", json!("home/${*}"), Some(&["home/x"]), false),
            ("StringLike", json!("what${?}"), Some(&["what?"]), true),
            ("StringLike", json!("what${?}"), Some(&["whatX"]), false),
            ("StringEquals", json!("${$}5"), Some(&["$5"]), true),
            ("StringNotLike", json!("ab*"), Some(&["abz"]), false),
            ("StringNotLike", json!("ab*"), Some(&["xab"]), true),
            ("StringNotLike", json!("ab*"), MISSING, true),
        ],
    );
}

#[test]
fn numeric_operators() {
    table(
        "s3:max-keys",
        &[
            ("NumericEquals", json!("10"), Some(&["10"]), true),
            ("NumericEquals", json!("10"), Some(&["10.00"]), true),
            ("NumericEquals", json!(10), Some(&["010"]), true),
            ("NumericEquals", json!("10"), Some(&["11"]), false),
            ("NumericEquals", json!("10"), Some(&["ten"]), false),
            ("NumericEquals", json!("10"), MISSING, false),
            ("NumericEquals", json!(["1", "10"]), Some(&["10"]), true),
            ("NumericNotEquals", json!("10"), Some(&["10"]), false),
            ("NumericNotEquals", json!("10"), Some(&["11"]), true),
            ("NumericNotEquals", json!("10"), Some(&["ten"]), true),
            ("NumericNotEquals", json!("10"), MISSING, true),
            ("NumericLessThan", json!("10"), Some(&["9"]), true),
            ("NumericLessThan", json!("10"), Some(&["-100"]), true),
            ("NumericLessThan", json!("10"), Some(&["10"]), false),
            ("NumericLessThan", json!("10"), Some(&["9.999"]), true),
            ("NumericLessThan", json!("10"), MISSING, false),
            (
                "NumericLessThan",
                json!("12345678901234567891"),
                Some(&["12345678901234567890"]),
                true,
            ),
            ("NumericLessThanEquals", json!("10"), Some(&["10"]), true),
            ("NumericLessThanEquals", json!("10"), Some(&["10.5"]), false),
            ("NumericLessThanEquals", json!("-1.5"), Some(&["-2"]), true),
            ("NumericGreaterThan", json!("10"), Some(&["10.01"]), true),
            ("NumericGreaterThan", json!("10"), Some(&["10"]), false),
            ("NumericGreaterThan", json!("10"), MISSING, false),
            ("NumericGreaterThanEquals", json!("10"), Some(&["10"]), true),
            (
                "NumericGreaterThanEquals",
                json!("10"),
                Some(&["9.99"]),
                false,
            ),
            ("NumericGreaterThanEquals", json!(2.5), Some(&["2.5"]), true),
        ],
    );
}

#[test]
fn date_operators() {
    let new_year = json!("2024-01-01T00:00:00Z");
    table(
        "aws:CurrentTime",
        &[
            (
                "DateEquals",
                new_year.clone(),
                Some(&["2024-01-01T00:00:00Z"]),
                true,
            ),
            ("DateEquals", new_year.clone(), Some(&["1704067200"]), true),
            (
                "DateEquals",
                new_year.clone(),
                Some(&["2024-01-01T01:00:00+01:00"]),
                true,
            ),
            ("DateEquals", new_year.clone(), Some(&["2024-01-01"]), true),
            (
                "DateEquals",
                new_year.clone(),
                Some(&["2024-01-01T00:00:01Z"]),
                false,
            ),
            ("DateEquals", new_year.clone(), Some(&["garbage"]), false),
            ("DateEquals", new_year.clone(), MISSING, false),
            (
                "DateNotEquals",
                new_year.clone(),
                Some(&["2024-01-01T00:00:00Z"]),
                false,
            ),
            (
                "DateNotEquals",
                new_year.clone(),
                Some(&["2024-06-01T00:00:00Z"]),
                true,
            ),
            ("DateNotEquals", new_year.clone(), MISSING, true),
            (
                "DateLessThan",
                new_year.clone(),
                Some(&["2023-12-31T23:59:59Z"]),
                true,
            ),
            (
                "DateLessThan",
                new_year.clone(),
                Some(&["2024-01-01T00:00:00Z"]),
                false,
            ),
            (
                "DateLessThan",
                new_year.clone(),
                Some(&["2023-12-31T23:59:59.999Z"]),
                true,
            ),
            ("DateLessThan", new_year.clone(), MISSING, false),
            (
                "DateLessThanEquals",
                new_year.clone(),
                Some(&["2024-01-01T00:00:00Z"]),
                true,
            ),
            (
                "DateLessThanEquals",
                new_year.clone(),
                Some(&["2024-01-01T00:00:01Z"]),
                false,
            ),
            (
                "DateGreaterThan",
                new_year.clone(),
                Some(&["2024-01-01T00:00:01Z"]),
                true,
            ),
            (
                "DateGreaterThan",
                new_year.clone(),
                Some(&["2024-01-01T00:00:00Z"]),
                false,
            ),
            (
                "DateGreaterThanEquals",
                new_year.clone(),
                Some(&["2024-01-01T00:00:00Z"]),
                true,
            ),
            (
                "DateGreaterThanEquals",
                new_year.clone(),
                Some(&["2023-06-01T00:00:00Z"]),
                false,
            ),
            (
                "DateGreaterThan",
                json!(1704067200),
                Some(&["2024-01-02"]),
                true,
            ),
            (
                "DateGreaterThan",
                json!("1704067200"),
                Some(&["1704067199"]),
                false,
            ),
        ],
    );
}

#[test]
fn bool_and_binary_operators() {
    table(
        "aws:SecureTransport",
        &[
            ("Bool", json!("true"), Some(&["true"]), true),
            ("Bool", json!("true"), Some(&["TRUE"]), true),
            ("Bool", json!("true"), Some(&["false"]), false),
            ("Bool", json!("true"), Some(&["yes"]), false),
            ("Bool", json!("true"), MISSING, false),
            ("Bool", json!(false), Some(&["false"]), true),
            ("Bool", json!("False"), Some(&["false"]), true),
            ("BoolIfExists", json!("false"), MISSING, true),
            ("BoolIfExists", json!("false"), Some(&["true"]), false),
            ("BinaryEquals", json!("QmluYXJ5"), Some(&["QmluYXJ5"]), true),
            (
                "BinaryEquals",
                json!("QmluYXJ5"),
                Some(&["QmluYXJ6"]),
                false,
            ),
            ("BinaryEquals", json!("QmluYXJ5"), MISSING, false),
        ],
    );
}

#[test]
fn ip_operators() {
    table(
        "aws:SourceIp",
        &[
            (
                "IpAddress",
                json!("203.0.113.0/24"),
                Some(&["203.0.113.9"]),
                true,
            ),
            (
                "IpAddress",
                json!("203.0.113.0/24"),
                Some(&["203.0.114.1"]),
                false,
            ),
            (
                "IpAddress",
                json!("203.0.113.0/24"),
                Some(&["not-an-ip"]),
                false,
            ),
            (
                "IpAddress",
                json!("203.0.113.0/24"),
                Some(&["::ffff:203.0.113.9"]),
                true,
            ),
            ("IpAddress", json!("203.0.113.0/24"), MISSING, false),
            (
                "IpAddress",
                json!("203.0.113.5"),
                Some(&["203.0.113.5"]),
                true,
            ),
            (
                "IpAddress",
                json!("203.0.113.5"),
                Some(&["203.0.113.6"]),
                false,
            ),
            (
                "IpAddress",
                json!(["203.0.113.0/24", "2001:DB8:1234:5678::/64"]),
                Some(&["2001:db8:1234:5678:abcd::1"]),
                true,
            ),
            (
                "IpAddress",
                json!("2001:DB8:1234:5678::/64"),
                Some(&["2001:db8:1234:5679::1"]),
                false,
            ),
            (
                "IpAddress",
                json!("0.0.0.0/0"),
                Some(&["2001:db8::1"]),
                false,
            ),
            (
                "NotIpAddress",
                json!("203.0.113.0/24"),
                Some(&["203.0.113.9"]),
                false,
            ),
            (
                "NotIpAddress",
                json!("203.0.113.0/24"),
                Some(&["198.51.100.1"]),
                true,
            ),
            ("NotIpAddress", json!("203.0.113.0/24"), MISSING, true),
            ("IpAddressIfExists", json!("203.0.113.0/24"), MISSING, true),
            (
                "IpAddressIfExists",
                json!("203.0.113.0/24"),
                Some(&["10.0.0.1"]),
                false,
            ),
        ],
    );
}

#[test]
fn arn_operators() {
    let topic = json!("arn:aws:sns:*:123456789012:topic");
    table(
        "aws:SourceArn",
        &[
            (
                "ArnEquals",
                topic.clone(),
                Some(&["arn:aws:sns:us-east-1:123456789012:topic"]),
                true,
            ),
            (
                "ArnLike",
                topic.clone(),
                Some(&["arn:aws:sns:eu-west-1:123456789012:topic"]),
                true,
            ),
            (
                "ArnEquals",
                topic.clone(),
                Some(&["arn:aws:sns:us-east-1:999999999999:topic"]),
                false,
            ),
            (
                "ArnEquals",
                topic.clone(),
                Some(&["arn:aws:SNS:us-east-1:123456789012:topic"]),
                false,
            ),
            ("ArnEquals", topic.clone(), Some(&["not-an-arn"]), false),
            ("ArnEquals", topic.clone(), MISSING, false),
            (
                "ArnNotEquals",
                topic.clone(),
                Some(&["arn:aws:sns:us-east-1:123456789012:topic"]),
                false,
            ),
            (
                "ArnNotEquals",
                topic.clone(),
                Some(&["arn:aws:sns:us-east-1:999999999999:topic"]),
                true,
            ),
            ("ArnNotLike", topic.clone(), MISSING, true),
            // The guide's example: the region wildcard stays inside its segment.
            (
                "ArnLike",
                json!("arn:aws:someservice:*:111122223333:finance/*"),
                Some(&[
                    "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt",
                ]),
                false,
            ),
            (
                "StringLike",
                json!("arn:aws:someservice:*:111122223333:finance/*"),
                Some(&[
                    "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt",
                ]),
                true,
            ),
            (
                "ArnLike",
                json!("arn:aws:logs:us-east-1:1:log-group:app:*"),
                Some(&["arn:aws:logs:us-east-1:1:log-group:app:log-stream:s"]),
                true,
            ),
            (
                "ArnLike",
                json!("arn:aws:ecs:us-east-1:1:cluster/a?c"),
                Some(&["arn:aws:ecs:us-east-1:1:cluster/abc"]),
                true,
            ),
            (
                "ArnLike",
                json!("arn:aws:ecs:us-east-1:1:cluster/a?c"),
                Some(&["arn:aws:ecs:us-east-1:1:cluster/ac"]),
                false,
            ),
            (
                "ArnLike",
                json!("*"),
                Some(&["arn:aws:ecs:us-east-1:1:cluster/x"]),
                true,
            ),
            (
                "ArnLike",
                json!("arn:aws:*"),
                Some(&["arn:aws:ecs:us-east-1:1:cluster/x"]),
                true,
            ),
            (
                "ArnLike",
                json!("arn:aws:ecs:*:*:*"),
                Some(&["arn:aws:ecs:us-east-1"]),
                false,
            ),
        ],
    );
}

#[test]
fn null_operator() {
    table(
        "aws:TokenIssueTime",
        &[
            ("Null", json!("true"), MISSING, true),
            ("Null", json!("true"), EMPTY, true),
            (
                "Null",
                json!("true"),
                Some(&["2024-01-01T00:00:00Z"]),
                false,
            ),
            ("Null", json!(true), MISSING, true),
            ("Null", json!("false"), MISSING, false),
            ("Null", json!("false"), Some(&[""]), true),
            ("Null", json!("FALSE"), Some(&["x"]), true),
            ("Null", json!(["true", "false"]), MISSING, true),
            ("Null", json!(["true", "false"]), Some(&["x"]), true),
        ],
    );
}

#[test]
fn if_exists_operators() {
    table(
        "ec2:InstanceType",
        &[
            ("StringEqualsIfExists", json!("t3.micro"), MISSING, true),
            ("StringEqualsIfExists", json!("t3.micro"), EMPTY, true),
            (
                "StringEqualsIfExists",
                json!("t3.micro"),
                Some(&["t3.micro"]),
                true,
            ),
            (
                "StringEqualsIfExists",
                json!("t3.micro"),
                Some(&["m5.large"]),
                false,
            ),
            ("StringNotEqualsIfExists", json!("t3.micro"), MISSING, true),
            (
                "StringNotEqualsIfExists",
                json!("t3.micro"),
                Some(&["t3.micro"]),
                false,
            ),
            (
                "StringNotEqualsIfExists",
                json!("t3.micro"),
                Some(&["m5.large"]),
                true,
            ),
            (
                "StringLikeIfExists",
                json!(["t1.*", "t2.*", "m3.*"]),
                Some(&["t2.nano"]),
                true,
            ),
            (
                "StringLikeIfExists",
                json!(["t1.*", "t2.*", "m3.*"]),
                Some(&["c5.xlarge"]),
                false,
            ),
            ("NumericLessThanIfExists", json!("5"), MISSING, true),
            ("NumericLessThanIfExists", json!("5"), Some(&["6"]), false),
            ("DateLessThanIfExists", json!("2024-01-01"), MISSING, true),
            (
                "ArnLikeIfExists",
                json!("arn:aws:iam::1:role/*"),
                MISSING,
                true,
            ),
            (
                "ArnNotLikeIfExists",
                json!("arn:aws:iam::1:role/*"),
                Some(&["arn:aws:iam::1:role/x"]),
                false,
            ),
            ("ForAnyValue:StringLikeIfExists", json!("x"), MISSING, true),
            (
                "ForAnyValue:StringLikeIfExists",
                json!("x"),
                Some(&["y"]),
                false,
            ),
        ],
    );
}

#[test]
fn set_operators_and_multivalued_keys() {
    table(
        "aws:TagKeys",
        &[
            (
                "ForAllValues:StringEquals",
                json!(["a", "b"]),
                Some(&["a"]),
                true,
            ),
            (
                "ForAllValues:StringEquals",
                json!(["a", "b"]),
                Some(&["a", "b"]),
                true,
            ),
            (
                "ForAllValues:StringEquals",
                json!(["a", "b"]),
                Some(&["a", "c"]),
                false,
            ),
            (
                "ForAllValues:StringEquals",
                json!(["a", "b"]),
                MISSING,
                true,
            ),
            ("ForAllValues:StringEquals", json!(["a", "b"]), EMPTY, true),
            (
                "ForAnyValue:StringEquals",
                json!(["a", "b"]),
                Some(&["c", "a"]),
                true,
            ),
            (
                "ForAnyValue:StringEquals",
                json!(["a", "b"]),
                Some(&["c", "d"]),
                false,
            ),
            (
                "ForAnyValue:StringEquals",
                json!(["a", "b"]),
                MISSING,
                false,
            ),
            ("ForAnyValue:StringEquals", json!(["a", "b"]), EMPTY, false),
            (
                "ForAllValues:StringNotEquals",
                json!("a"),
                Some(&["b", "c"]),
                true,
            ),
            (
                "ForAllValues:StringNotEquals",
                json!("a"),
                Some(&["b", "a"]),
                false,
            ),
            ("ForAllValues:StringNotEquals", json!("a"), MISSING, true),
            (
                "ForAnyValue:StringNotEquals",
                json!("a"),
                Some(&["a", "b"]),
                true,
            ),
            (
                "ForAnyValue:StringNotEquals",
                json!("a"),
                Some(&["a"]),
                false,
            ),
            ("ForAnyValue:StringNotEquals", json!("a"), MISSING, false),
            (
                "ForAllValues:StringLike",
                json!("Created*"),
                Some(&["CreatedBy", "CreatedAt"]),
                true,
            ),
            (
                "ForAllValues:StringLike",
                json!("Created*"),
                Some(&["CreatedBy", "Owner"]),
                false,
            ),
            (
                "ForAnyValue:StringLike",
                json!(["ID", "PostDateTime"]),
                Some(&["UserName", "Message", "PostDateTime"]),
                true,
            ),
            (
                "ForAnyValue:StringLike",
                json!(["ID", "PostDateTime"]),
                Some(&["UserName"]),
                false,
            ),
            (
                "ForAllValues:NumericLessThan",
                json!("10"),
                Some(&["1", "2"]),
                true,
            ),
            (
                "ForAllValues:NumericLessThan",
                json!("10"),
                Some(&["1", "20"]),
                false,
            ),
            (
                "ForAnyValue:IpAddress",
                json!("10.0.0.0/8"),
                Some(&["192.0.2.1", "10.1.1.1"]),
                true,
            ),
            (
                "ForAllValues:ArnLike",
                json!("arn:aws:iam::1:*"),
                Some(&["arn:aws:iam::1:role/a", "arn:aws:iam::2:role/b"]),
                false,
            ),
            // Without a qualifier: a positive operator needs one match, a
            // negated one needs none.
            ("StringEquals", json!("a"), Some(&["b", "a"]), true),
            ("StringEquals", json!("a"), Some(&["b", "c"]), false),
            ("StringNotEquals", json!("a"), Some(&["b", "a"]), false),
            ("StringNotEquals", json!("a"), Some(&["b", "c"]), true),
        ],
    );
}

fn allow_with(condition: Value) -> PolicyDocument {
    let doc = json!({"Version": "2012-10-17", "Statement": {
        "Effect": "Allow", "Action": "*", "Resource": "*", "Condition": condition}});
    PolicyDocument::parse(&doc.to_string()).unwrap()
}

fn base() -> Request {
    Request::new("arn:aws:iam::1:user/u", "1", "ecs:RunTask", "*")
}

#[test]
fn keys_under_one_operator_and_operators_in_one_block_must_all_hold() {
    let doc = allow_with(json!({"StringEquals": {"test:x": "1", "test:y": "2"}}));
    let both = base()
        .with_context("test:x", "1")
        .with_context("test:y", "2");
    let one = base()
        .with_context("test:x", "1")
        .with_context("test:y", "3");
    assert!(evaluate(&[&doc], &both).is_allowed());
    assert!(!evaluate(&[&doc], &one).is_allowed());

    let doc = allow_with(
        json!({"StringEquals": {"test:x": "1"}, "Bool": {"aws:SecureTransport": "true"}}),
    );
    let both = base()
        .with_context("test:x", "1")
        .with_context("aws:SecureTransport", "true");
    let one = base()
        .with_context("test:x", "1")
        .with_context("aws:SecureTransport", "false");
    assert!(evaluate(&[&doc], &both).is_allowed());
    assert!(!evaluate(&[&doc], &one).is_allowed());
}

#[test]
fn condition_keys_are_case_insensitive_values_are_not() {
    let doc = allow_with(json!({"StringEquals": {"AWS:UserName": "Alice"}}));
    assert!(evaluate(&[&doc], &base().with_context("aws:username", "Alice")).is_allowed());
    assert!(evaluate(&[&doc], &base().with_context("Aws:USERNAME", "Alice")).is_allowed());
    assert!(!evaluate(&[&doc], &base().with_context("aws:username", "alice")).is_allowed());
}

#[test]
fn policy_variables_in_condition_values() {
    let doc = allow_with(json!({"StringEquals": {"aws:ResourceTag/owner": "${aws:username}"}}));
    let mine = base()
        .with_context("aws:username", "alice")
        .with_context("aws:ResourceTag/owner", "alice");
    let theirs = base()
        .with_context("aws:username", "alice")
        .with_context("aws:ResourceTag/owner", "bob");
    assert!(evaluate(&[&doc], &mine).is_allowed());
    assert!(!evaluate(&[&doc], &theirs).is_allowed());

    // A variable without a value makes even a negated condition fail.
    let doc = allow_with(json!({"StringNotEquals": {"aws:ResourceTag/owner": "${aws:username}"}}));
    let anonymous = base().with_context("aws:ResourceTag/owner", "bob");
    assert!(!evaluate(&[&doc], &anonymous).is_allowed());
    assert!(evaluate(&[&doc], &theirs).is_allowed());

    // Multivalued keys cannot be variables.
    let doc = allow_with(json!({"StringLike": {"s3:prefix": "home/${aws:TagKeys}/*"}}));
    let multi = base()
        .with_context_values("aws:TagKeys", ["a", "b"])
        .with_context("s3:prefix", "home/a/x");
    let single = base()
        .with_context_values("aws:TagKeys", ["a"])
        .with_context("s3:prefix", "home/a/x");
    assert!(!evaluate(&[&doc], &multi).is_allowed());
    assert!(evaluate(&[&doc], &single).is_allowed());

    // Default values, and substituted text is never a wildcard.
    let doc = allow_with(json!({"StringLike": {"s3:prefix": "${aws:username, 'anonymous'}/*"}}));
    assert!(evaluate(&[&doc], &base().with_context("s3:prefix", "anonymous/f")).is_allowed());
    assert!(
        !evaluate(
            &[&doc],
            &base()
                .with_context("aws:username", "*")
                .with_context("s3:prefix", "bob/f")
        )
        .is_allowed()
    );
    assert!(
        evaluate(
            &[&doc],
            &base()
                .with_context("aws:username", "*")
                .with_context("s3:prefix", "*/f")
        )
        .is_allowed()
    );

    // ARN and Bool operators take variables too.
    let doc = allow_with(
        json!({"ArnLike": {"aws:SourceArn": "arn:aws:iam::1:user/${aws:username}"},
                                "Bool": {"aws:SecureTransport": "${test:expected}"}}),
    );
    let req = base()
        .with_context("aws:username", "alice")
        .with_context("aws:SourceArn", "arn:aws:iam::1:user/alice")
        .with_context("aws:SecureTransport", "true")
        .with_context("test:expected", "TRUE");
    assert!(evaluate(&[&doc], &req).is_allowed());
    let req = req.with_context_values("test:expected", ["false"]);
    assert!(!evaluate(&[&doc], &req).is_allowed());
}

#[test]
fn version_2008_takes_variables_literally() {
    let doc = PolicyDocument::parse(
        r#"{"Version": "2008-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*",
            "Condition": {"StringEquals": {"s3:prefix": "${aws:username}"}}}}"#,
    )
    .unwrap();
    let req = base().with_context("aws:username", "alice");
    assert!(!evaluate(&[&doc], &req.clone().with_context("s3:prefix", "alice")).is_allowed());
    assert!(evaluate(&[&doc], &req.with_context("s3:prefix", "${aws:username}")).is_allowed());
}

#[test]
fn principal_keys_come_from_the_request() {
    let doc = allow_with(
        json!({"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::123456789012:user/*"},
                                "StringEquals": {"aws:PrincipalAccount": "123456789012"}}),
    );
    let user = Request::new(
        "arn:aws:iam::123456789012:user/a",
        "123456789012",
        "ecs:RunTask",
        "*",
    );
    let role = Request::new(
        "arn:aws:sts::123456789012:assumed-role/r/s",
        "123456789012",
        "ecs:RunTask",
        "*",
    );
    assert!(evaluate(&[&doc], &user).is_allowed());
    assert!(!evaluate(&[&doc], &role).is_allowed());
    // An explicit context value wins over the derived one.
    let overridden = role.with_context("aws:PrincipalArn", "arn:aws:iam::123456789012:user/b");
    assert!(evaluate(&[&doc], &overridden).is_allowed());
}
