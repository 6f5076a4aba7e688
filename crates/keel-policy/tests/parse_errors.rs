//! Malformed documents and the MalformedPolicyDocument messages they get;
//! and well-formed ones that must be accepted.

use keel_policy::{Effect, PolicyDocument, PolicyKind, Version};

/// Wraps one statement body in a 2012-10-17 document.
fn stmt(body: &str) -> String {
    format!(r#"{{"Version": "2012-10-17", "Statement": [{body}]}}"#)
}

#[test]
fn malformed_identity_policies() {
    let ok_stmt = r#"{"Effect": "Allow", "Action": "ecs:*", "Resource": "*"}"#;
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "not json",
            "{".into(),
            "Syntax errors in policy. The document is not valid JSON: EOF while parsing an object at line 1 column 1.",
        ),
        (
            "trailing garbage",
            format!("{} x", stmt(ok_stmt)),
            "Syntax errors in policy. The document is not valid JSON: trailing characters at line 1 column 99.",
        ),
        (
            "empty text",
            "".into(),
            "Syntax errors in policy. The document is not valid JSON: EOF while parsing a value at line 1 column 0.",
        ),
        (
            "array document",
            "[]".into(),
            "Syntax errors in policy. The policy must be a JSON object, not an array.",
        ),
        (
            "duplicate key",
            r#"{"Statement": [], "Statement": []}"#.into(),
            "Syntax errors in policy. duplicate key \"Statement\" at line 1 column 29.",
        ),
        (
            "duplicate Effect",
            stmt(r#"{"Effect": "Allow", "Effect": "Deny", "Action": "*", "Resource": "*"}"#),
            "Syntax errors in policy. duplicate key \"Effect\" at line 1 column 68.",
        ),
        (
            "unknown top element",
            r#"{"Version": "2012-10-17", "Statment": []}"#.into(),
            "Syntax errors in policy. Unknown element \"Statment\".",
        ),
        (
            "unknown version",
            format!(r#"{{"Version": "2012-10-18", "Statement": {ok_stmt}}}"#),
            "Syntax errors in policy. Version must be \"2012-10-17\" or \"2008-10-17\".",
        ),
        (
            "version as number",
            format!(r#"{{"Version": 2012, "Statement": {ok_stmt}}}"#),
            "Syntax errors in policy. Version must be \"2012-10-17\" or \"2008-10-17\".",
        ),
        (
            "id not a string",
            format!(r#"{{"Id": 1, "Statement": {ok_stmt}}}"#),
            "Syntax errors in policy. Id must be a string, not a number.",
        ),
        (
            "no statement",
            r#"{"Version": "2012-10-17"}"#.into(),
            "Syntax errors in policy. Missing required element Statement.",
        ),
        (
            "empty statement list",
            r#"{"Version": "2012-10-17", "Statement": []}"#.into(),
            "Syntax errors in policy. Statement must not be empty.",
        ),
        (
            "statement is a string",
            r#"{"Version": "2012-10-17", "Statement": "Allow"}"#.into(),
            "Syntax errors in policy. Statement must be an object or an array of objects, not a string.",
        ),
        (
            "statement entry not object",
            stmt(&format!("{ok_stmt}, 3")),
            "Syntax errors in policy. Statement 2 must be an object, not a number.",
        ),
        (
            "unknown statement element",
            stmt(r#"{"Effect": "Allow", "Actions": "*", "Resource": "*"}"#),
            "Syntax errors in policy. Statement 1: unknown element \"Actions\".",
        ),
        (
            "lower-case element",
            stmt(r#"{"effect": "Allow", "Action": "*", "Resource": "*"}"#),
            "Syntax errors in policy. Statement 1: unknown element \"effect\".",
        ),
        (
            "missing effect",
            stmt(r#"{"Action": "*", "Resource": "*"}"#),
            "Syntax errors in policy. Statement 1: missing required element Effect.",
        ),
        (
            "bad effect",
            stmt(r#"{"Effect": "Permit", "Action": "*", "Resource": "*"}"#),
            "Syntax errors in policy. Statement 1: Effect must be \"Allow\" or \"Deny\".",
        ),
        (
            "effect not string",
            stmt(r#"{"Effect": true, "Action": "*", "Resource": "*"}"#),
            "Syntax errors in policy. Statement 1: Effect must be \"Allow\" or \"Deny\".",
        ),
        (
            "effect wrong case",
            stmt(r#"{"Effect": "allow", "Action": "*", "Resource": "*"}"#),
            "The policy failed legacy parsing. Statement 1: Effect must be \"Allow\" or \"Deny\", written exactly so.",
        ),
        (
            "action and notaction",
            stmt(r#"{"Effect": "Allow", "Action": "*", "NotAction": "iam:*", "Resource": "*"}"#),
            "Syntax errors in policy. Statement 1: Action and NotAction cannot both be present.",
        ),
        (
            "resource and notresource",
            stmt(r#"{"Effect": "Allow", "Action": "*", "Resource": "*", "NotResource": "*"}"#),
            "Syntax errors in policy. Statement 1: Resource and NotResource cannot both be present.",
        ),
        (
            "action is an object",
            stmt(r#"{"Effect": "Allow", "Action": {"a": 1}, "Resource": "*"}"#),
            "Syntax errors in policy. Statement 1: Action must be a string or an array of strings.",
        ),
        (
            "action list holds a number",
            stmt(r#"{"Effect": "Allow", "Action": ["ecs:RunTask", 5], "Resource": "*"}"#),
            "Syntax errors in policy. Statement 1: Action must be a string or an array of strings.",
        ),
        (
            "resource is a number",
            stmt(r#"{"Effect": "Allow", "Action": "*", "Resource": 5}"#),
            "Syntax errors in policy. Statement 1: Resource must be a string or an array of strings.",
        ),
        (
            "missing action",
            stmt(r#"{"Effect": "Allow", "Resource": "*"}"#),
            "Policy statement must contain actions.",
        ),
        (
            "empty action list",
            stmt(r#"{"Effect": "Allow", "Action": [], "Resource": "*"}"#),
            "Policy statement must contain actions.",
        ),
        (
            "missing resource",
            stmt(r#"{"Effect": "Allow", "Action": "*"}"#),
            "Policy statement must contain resources.",
        ),
        (
            "empty notresource list",
            stmt(r#"{"Effect": "Allow", "Action": "*", "NotResource": []}"#),
            "Policy statement must contain resources.",
        ),
        (
            "action without vendor",
            stmt(r#"{"Effect": "Allow", "Action": "RunTask", "Resource": "*"}"#),
            "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.",
        ),
        (
            "action with two colons",
            stmt(r#"{"Effect": "Allow", "Action": "ecs:Run:Task", "Resource": "*"}"#),
            "Actions/Condition can contain only one colon.",
        ),
        (
            "wildcard in vendor",
            stmt(r#"{"Effect": "Allow", "Action": "ec*:RunTask", "Resource": "*"}"#),
            "Vendor ec* is not valid",
        ),
        (
            "empty vendor",
            stmt(r#"{"Effect": "Allow", "Action": ":RunTask", "Resource": "*"}"#),
            "Vendor  is not valid",
        ),
        (
            "resource not an arn",
            stmt(r#"{"Effect": "Allow", "Action": "*", "Resource": "my-bucket"}"#),
            "Resource my-bucket must be in ARN format or \"*\".",
        ),
        (
            "empty resource",
            stmt(r#"{"Effect": "Allow", "Action": "*", "Resource": ""}"#),
            "Resource  must be in ARN format or \"*\".",
        ),
        (
            "resource not starting with arn",
            stmt(r#"{"Effect": "Allow", "Action": "*", "Resource": "urn:aws:ecs:::x"}"#),
            "Resource urn:aws:ecs:::x must be in ARN format or \"*\".",
        ),
        (
            "bad partition",
            stmt(r#"{"Effect": "Allow", "Action": "*", "Resource": "arn:awz:ecs:::x"}"#),
            "Partition \"awz\" is not valid for resource \"arn:awz:ecs:::x\".",
        ),
        (
            "wildcard service",
            stmt(r#"{"Effect": "Allow", "Action": "*", "Resource": "arn:aws:*:us-east-1:1:x"}"#),
            "Resource vendor must be fully qualified and cannot contain regexes.",
        ),
        (
            "arn without service",
            stmt(r#"{"Effect": "Allow", "Action": "*", "Resource": "arn:aws"}"#),
            "Resource vendor must be fully qualified and cannot contain regexes.",
        ),
        (
            "principal in identity policy",
            stmt(r#"{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}"#),
            "Policy document should not specify a principal.",
        ),
        (
            "notprincipal in identity policy",
            stmt(
                r#"{"Effect": "Deny", "NotPrincipal": {"AWS": "123456789012"}, "Action": "*", "Resource": "*"}"#,
            ),
            "Policy document should not specify a principal.",
        ),
        (
            "sid not alphanumeric",
            stmt(r#"{"Sid": "allow-all", "Effect": "Allow", "Action": "*", "Resource": "*"}"#),
            "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*",
        ),
        (
            "sid not a string",
            stmt(r#"{"Sid": 1, "Effect": "Allow", "Action": "*", "Resource": "*"}"#),
            "Syntax errors in policy. Statement 1: Sid must be a string, not a number.",
        ),
        (
            "duplicate sid",
            stmt(
                r#"{"Sid": "A", "Effect": "Allow", "Action": "*", "Resource": "*"}, {"Sid": "A", "Effect": "Deny", "Action": "*", "Resource": "*"}"#,
            ),
            "Statement IDs (SID) in a single policy must be unique.",
        ),
        (
            "condition not object",
            stmt(r#"{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": []}"#),
            "Syntax errors in policy. Statement 1: Condition must be an object, not an array.",
        ),
        (
            "unknown operator",
            stmt(
                r#"{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEqual": {"aws:username": "a"}}}"#,
            ),
            "Syntax errors in policy. Statement 1: invalid condition operator \"StringEqual\".",
        ),
        (
            "operator wrong case",
            stmt(
                r#"{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"stringequals": {"aws:username": "a"}}}"#,
            ),
            "Syntax errors in policy. Statement 1: invalid condition operator \"stringequals\".",
        ),
        (
            "NullIfExists",
            stmt(
                r#"{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"NullIfExists": {"aws:username": "true"}}}"#,
            ),
            "Syntax errors in policy. Statement 1: invalid condition operator \"NullIfExists\".",
        ),
        (
            "unknown set qualifier",
            stmt(
                r#"{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"ForSomeValues:StringLike": {"aws:TagKeys": "a"}}}"#,
            ),
            "Syntax errors in policy. Statement 1: invalid condition operator \"ForSomeValues:StringLike\".",
        ),
        (
            "operator block not object",
            stmt(
                r#"{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": "a"}}"#,
            ),
            "Syntax errors in policy. Statement 1: condition operator StringEquals must map condition keys to values, not be a string.",
        ),
        (
            "condition key without vendor",
            stmt(
                r#"{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"username": "a"}}}"#,
            ),
            "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.",
        ),
        (
            "condition value is object",
            stmt(
                r#"{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"aws:username": {"a": 1}}}}"#,
            ),
            "Syntax errors in policy. Statement 1: the values of aws:username under StringEquals must be strings, numbers or booleans, not an object.",
        ),
        (
            "condition value is null",
            stmt(
                r#"{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"aws:username": [null]}}}"#,
            ),
            "Syntax errors in policy. Statement 1: the values of aws:username under StringEquals must be strings, numbers or booleans, not null.",
        ),
        (
            "condition with no values",
            stmt(
                r#"{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"aws:username": []}}}"#,
            ),
            "Syntax errors in policy. Statement 1: aws:username under StringEquals has no values.",
        ),
        (
            "numeric value not a number",
            stmt(
                r#"{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"NumericLessThan": {"s3:max-keys": "ten"}}}"#,
            ),
            "Syntax errors in policy. Statement 1: NumericLessThan value \"ten\" for s3:max-keys is not a number.",
        ),
        (
            "date value not a date",
            stmt(
                r#"{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"DateLessThan": {"aws:CurrentTime": "2024-13-01T00:00:00Z"}}}"#,
            ),
            "The policy failed legacy parsing. Statement 1: DateLessThan value \"2024-13-01T00:00:00Z\" for aws:CurrentTime is not an ISO 8601 date or epoch time.",
        ),
        (
            "ip value not an ip",
            stmt(
                r#"{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/33"}}}"#,
            ),
            "Syntax errors in policy. Statement 1: IpAddress value \"10.0.0.0/33\" for aws:SourceIp is not an IP address or CIDR block.",
        ),
        (
            "null value not a boolean",
            stmt(
                r#"{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Null": {"aws:TokenIssueTime": "yes"}}}"#,
            ),
            "Syntax errors in policy. Statement 1: Null value \"yes\" for aws:TokenIssueTime is not true or false.",
        ),
        (
            "bool value not a boolean",
            stmt(
                r#"{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "1"}}}"#,
            ),
            "Syntax errors in policy. Statement 1: Bool value \"1\" for aws:SecureTransport is not true or false.",
        ),
        (
            "second statement is wrong",
            stmt(&format!(
                r#"{ok_stmt}, {{"Effect": "Deny", "Action": "*"}}"#
            )),
            "Policy statement must contain resources.",
        ),
    ];
    let mut failures = Vec::new();
    for (name, doc, want) in &cases {
        match PolicyDocument::parse(doc) {
            Ok(_) => failures.push(format!("{name}: accepted")),
            Err(e) if e.message() != *want => {
                failures.push(format!("{name}:\n   got  {}\n   want {want}", e.message()))
            }
            Err(e) => {
                assert_eq!(e.code(), "MalformedPolicyDocument");
                assert_eq!(e.to_string(), *want);
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn malformed_trust_policies() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "no principal",
            r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "sts:AssumeRole"}}"#,
            "Missing required field Principal.",
        ),
        (
            "resource in trust policy",
            r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole", "Resource": "*"}}"#,
            "Has prohibited field Resource.",
        ),
        (
            "notresource in trust policy",
            r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole", "NotResource": "*"}}"#,
            "Has prohibited field NotResource.",
        ),
        (
            "partial wildcard principal",
            r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:role/*"}, "Action": "sts:AssumeRole"}}"#,
            r#"Invalid principal in policy: "AWS":"arn:aws:iam::123456789012:role/*""#,
        ),
        (
            "short account id",
            r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"AWS": "12345"}, "Action": "sts:AssumeRole"}}"#,
            r#"Invalid principal in policy: "AWS":"12345""#,
        ),
        (
            "non-iam arn",
            r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:ecs:us-east-1:123456789012:cluster/x"}, "Action": "sts:AssumeRole"}}"#,
            r#"Invalid principal in policy: "AWS":"arn:aws:ecs:us-east-1:123456789012:cluster/x""#,
        ),
        (
            "unknown principal type",
            r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"Group": "admins"}, "Action": "sts:AssumeRole"}}"#,
            r#"Invalid principal in policy: "Group":"admins""#,
        ),
        (
            "principal string other than *",
            r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": "123456789012", "Action": "sts:AssumeRole"}}"#,
            r#"Invalid principal in policy: "Principal":"123456789012""#,
        ),
        (
            "wildcard service",
            r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"Service": "*.amazonaws.com"}, "Action": "sts:AssumeRole"}}"#,
            r#"Invalid principal in policy: "Service":"*.amazonaws.com""#,
        ),
        (
            "empty principal object",
            r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {}, "Action": "sts:AssumeRole"}}"#,
            "Syntax errors in policy. Principal must be \"*\" or an object, not an object.",
        ),
        (
            "principal and notprincipal",
            r#"{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Principal": "*", "NotPrincipal": "*", "Action": "sts:AssumeRole"}}"#,
            "Syntax errors in policy. Statement 1: Principal and NotPrincipal cannot both be present.",
        ),
        (
            "missing action",
            r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": "*"}}"#,
            "Policy statement must contain actions.",
        ),
    ];
    let mut failures = Vec::new();
    for (name, doc, want) in cases {
        match PolicyDocument::parse_trust(doc) {
            Ok(_) => failures.push(format!("{name}: accepted")),
            Err(e) if e.message() != *want => {
                failures.push(format!("{name}:\n   got  {}\n   want {want}", e.message()))
            }
            Err(_) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn resource_policies_need_principal_and_resource_but_allow_any_sid() {
    let ok = r#"{"Version": "2012-10-17", "Statement": [{"Sid": "Route 53 logs", "Effect": "Allow",
        "Principal": {"Service": "route53.amazonaws.com"}, "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
        "Resource": "arn:aws:logs:us-east-1:123456789012:log-group:/aws/route53/*"}]}"#;
    let doc = PolicyDocument::parse_as(ok, PolicyKind::Resource).unwrap();
    assert_eq!(doc.kind(), PolicyKind::Resource);
    assert_eq!(doc.statements()[0].sid(), Some("Route 53 logs"));
    assert!(doc.statements()[0].has_principal());

    let no_resource = r#"{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "logs:*"}}"#;
    assert_eq!(
        PolicyDocument::parse_as(no_resource, PolicyKind::Resource)
            .unwrap_err()
            .message(),
        "Policy statement must contain resources."
    );
    let no_principal = r#"{"Statement": {"Effect": "Allow", "Action": "logs:*", "Resource": "*"}}"#;
    assert_eq!(
        PolicyDocument::parse_as(no_principal, PolicyKind::Resource)
            .unwrap_err()
            .message(),
        "Missing required field Principal."
    );
}

#[test]
fn accepted_documents() {
    let docs = [
        // Statement as a single object, Version omitted, Id present.
        r#"{"Id": "x", "Statement": {"Effect": "Allow", "Action": "ecs:List*", "Resource": "*"}}"#,
        // Every value form: string or array; numbers and booleans as condition values.
        r#"{"Version": "2008-10-17", "Statement": [{"Effect": "Deny", "NotAction": ["iam:*", "sts:*"], "NotResource": "arn:aws:ecs:*:*:cluster/prod",
            "Condition": {"NumericLessThan": {"s3:max-keys": 10}, "Bool": {"aws:SecureTransport": false},
                          "StringEquals": {"aws:username": [1, true, "x"]}}}]}"#,
        // Every operator, qualifier and suffix.
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {
            "StringEquals": {"a:k": "v"}, "StringNotEquals": {"a:k": "v"}, "StringEqualsIgnoreCase": {"a:k": "v"},
            "StringNotEqualsIgnoreCase": {"a:k": "v"}, "StringLike": {"a:k": "v*"}, "StringNotLike": {"a:k": "v?"},
            "NumericEquals": {"a:k": "1"}, "NumericNotEquals": {"a:k": "1.5"}, "NumericLessThan": {"a:k": "-1"},
            "NumericLessThanEquals": {"a:k": "1"}, "NumericGreaterThan": {"a:k": "1"}, "NumericGreaterThanEquals": {"a:k": "1"},
            "DateEquals": {"a:k": "2024-01-01"}, "DateNotEquals": {"a:k": "1700000000"}, "DateLessThan": {"a:k": "2024-01-01T00:00:00Z"},
            "DateLessThanEquals": {"a:k": "2024-01-01T00:00:00+02:00"}, "DateGreaterThan": {"a:k": "2024-01-01T10:00Z"},
            "DateGreaterThanEquals": {"a:k": "2024-01-01T10:00:00.123Z"}, "Bool": {"a:k": "TRUE"}, "BinaryEquals": {"a:k": "QmluYXJ5"},
            "IpAddress": {"a:k": ["10.0.0.0/8", "2001:DB8::/32", "192.0.2.1"]}, "NotIpAddress": {"a:k": "10.0.0.1"},
            "ArnEquals": {"a:k": "arn:aws:sns:*:1:t"}, "ArnLike": {"a:k": "arn:*"}, "ArnNotEquals": {"a:k": "*"}, "ArnNotLike": {"a:k": "x"},
            "Null": {"a:k": true}, "StringLikeIfExists": {"a:k": "x"}, "ForAllValues:StringLike": {"aws:TagKeys": "a*"},
            "ForAnyValue:StringEquals": {"aws:TagKeys": "a"}, "ForAnyValue:NumericLessThanIfExists": {"a:k": "3"},
            "BoolIfExists": {"aws:MultiFactorAuthPresent": "${aws:x}"}
        }}]}"#,
        // Unusual but valid resources and actions.
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": ["*", "*:Describe*", "ecs:", "elasticloadbalancing:*", "execute-api:Invoke"],
            "Resource": ["arn:aws:s3:::bucket/*", "arn:aws:ecs:*", "arn:aws:logs:us-east-1:1:log-group:a:*", "arn:aws:iam::1:user/${aws:username}"]}}"#,
        // A tag key holding colons is a valid condition key.
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*",
            "Condition": {"StringEquals": {"aws:ResourceTag/aws:cloudformation:stack-name": "s"}}}}"#,
        // Empty Sids are not duplicates.
        r#"{"Version": "2012-10-17", "Statement": [{"Sid": "", "Effect": "Allow", "Action": "*", "Resource": "*"},
            {"Sid": "", "Effect": "Allow", "Action": "*", "Resource": "*"}]}"#,
    ];
    for doc in docs {
        if let Err(e) = PolicyDocument::parse(doc) {
            panic!("{doc}\nrejected: {e}");
        }
    }
}

#[test]
fn document_accessors_keep_the_original() {
    let text = "{ \"Version\":\"2012-10-17\",\n \"Statement\": [{\"Sid\":\"A1\",\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}] }";
    let doc: PolicyDocument = text.parse().unwrap();
    assert_eq!(doc.text(), text);
    assert_eq!(doc.version(), Some(Version::V2012_10_17));
    assert_eq!(doc.id(), None);
    assert_eq!(doc.kind(), PolicyKind::Identity);
    assert_eq!(doc.statements().len(), 1);
    assert_eq!(doc.statements()[0].sid(), Some("A1"));
    assert_eq!(doc.statements()[0].effect(), Effect::Deny);
    assert!(!doc.statements()[0].has_principal());
    let old = PolicyDocument::parse(
        r#"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}"#,
    )
    .unwrap();
    assert_eq!(old.version(), None);
}
