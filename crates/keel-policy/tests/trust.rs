//! Role trust policies: who may assume a role.

use keel_policy::{
    Decision, PolicyDocument, Request, trust_allows, trust_evaluation, trust_names_caller,
};

fn trust(text: &str) -> PolicyDocument {
    PolicyDocument::parse_trust(text).unwrap_or_else(|e| panic!("{text}\n{e}"))
}

const ASSUME: &str = "sts:AssumeRole";

#[test]
fn account_user_and_short_form_principals() {
    let doc = trust(
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "sts:AssumeRole",
        "Principal": {"AWS": ["arn:aws:iam::111111111111:root", "arn:aws:iam::222222222222:user/x", "333333333333"]}}}"#,
    );
    let cases: &[(&str, &str, bool)] = &[
        // Root ARN and short form delegate to the whole account.
        (
            "arn:aws:iam::111111111111:user/anyone",
            "111111111111",
            true,
        ),
        ("arn:aws:iam::111111111111:root", "111111111111", true),
        (
            "arn:aws:sts::111111111111:assumed-role/r/s",
            "111111111111",
            true,
        ),
        ("arn:aws:iam::333333333333:user/y", "333333333333", true),
        // A user ARN names that user only.
        ("arn:aws:iam::222222222222:user/x", "222222222222", true),
        ("arn:aws:iam::222222222222:user/y", "222222222222", false),
        ("arn:aws:iam::222222222222:user/X", "222222222222", false),
        ("arn:aws:iam::222222222222:root", "222222222222", false),
        ("arn:aws:iam::444444444444:user/x", "444444444444", false),
        // The account can be read from the ARN when not given.
        ("arn:aws:iam::111111111111:user/z", "", true),
        ("arn:aws:iam::444444444444:user/z", "", false),
    ];
    for (arn, account, want) in cases {
        assert_eq!(
            trust_allows(&doc, arn, account, ASSUME),
            *want,
            "{arn} / {account}"
        );
    }
    assert!(!trust_allows(
        &doc,
        "arn:aws:iam::111111111111:user/a",
        "111111111111",
        "sts:TagSession"
    ));
    assert!(trust_allows(
        &doc,
        "arn:aws:iam::111111111111:user/a",
        "111111111111",
        "STS:assumerole"
    ));
}

#[test]
fn everyone() {
    for principal in [r#""*""#, r#"{"AWS": "*"}"#, r#"{"AWS": ["*"]}"#] {
        let doc = trust(&format!(
            r#"{{"Version": "2012-10-17", "Statement": {{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {principal}}}}}"#
        ));
        assert!(
            trust_allows(
                &doc,
                "arn:aws:iam::999999999999:user/z",
                "999999999999",
                ASSUME
            ),
            "{principal}"
        );
        assert!(trust_allows(&doc, "", "", ASSUME), "{principal}");
    }
}

#[test]
fn service_principals() {
    let doc = trust(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
        "Principal": {"Service": ["ecs-tasks.amazonaws.com", "elasticloadbalancing.amazonaws.com"]}}]}"#,
    );
    assert!(trust_allows(&doc, "ecs-tasks.amazonaws.com", "", ASSUME));
    assert!(trust_allows(
        &doc,
        "elasticloadbalancing.amazonaws.com",
        "",
        ASSUME
    ));
    assert!(!trust_allows(&doc, "lambda.amazonaws.com", "", ASSUME));
    assert!(!trust_allows(
        &doc,
        "arn:aws:iam::123456789012:root",
        "123456789012",
        ASSUME
    ));
}

#[test]
fn role_arn_covers_its_sessions() {
    let doc = trust(
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "sts:AssumeRole",
        "Principal": {"AWS": "arn:aws:iam::123456789012:role/ops/deployer"}}}"#,
    );
    assert!(trust_allows(
        &doc,
        "arn:aws:iam::123456789012:role/ops/deployer",
        "123456789012",
        ASSUME
    ));
    assert!(trust_allows(
        &doc,
        "arn:aws:sts::123456789012:assumed-role/deployer/ci-42",
        "123456789012",
        ASSUME
    ));
    assert!(!trust_allows(
        &doc,
        "arn:aws:sts::123456789012:assumed-role/other/ci-42",
        "123456789012",
        ASSUME
    ));
    assert!(!trust_allows(
        &doc,
        "arn:aws:sts::999999999999:assumed-role/deployer/ci-42",
        "999999999999",
        ASSUME
    ));
    assert!(!trust_allows(
        &doc,
        "arn:aws:sts::123456789012:assumed-role/deployer",
        "123456789012",
        ASSUME
    ));
}

#[test]
fn not_principal() {
    let doc = trust(
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "sts:AssumeRole",
        "NotPrincipal": {"AWS": "arn:aws:iam::123456789012:user/mallory"}}}"#,
    );
    assert!(trust_allows(
        &doc,
        "arn:aws:iam::123456789012:user/alice",
        "123456789012",
        ASSUME
    ));
    assert!(!trust_allows(
        &doc,
        "arn:aws:iam::123456789012:user/mallory",
        "123456789012",
        ASSUME
    ));

    let doc = trust(
        r#"{"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "123456789012"}},
        {"Sid": "OnlyAdmins", "Effect": "Deny", "Action": "sts:AssumeRole",
         "NotPrincipal": {"AWS": ["arn:aws:iam::123456789012:user/admin", "arn:aws:iam::123456789012:root"]}}]}"#,
    );
    assert!(trust_allows(
        &doc,
        "arn:aws:iam::123456789012:user/admin",
        "123456789012",
        ASSUME
    ));
    assert!(trust_allows(
        &doc,
        "arn:aws:iam::123456789012:root",
        "123456789012",
        ASSUME
    ));
    // In NotPrincipal the account ARN exempts the account itself, not
    // everyone in it.
    assert!(!trust_allows(
        &doc,
        "arn:aws:iam::123456789012:user/bob",
        "123456789012",
        ASSUME
    ));
    // Nor does a role ARN exempt the role's sessions.
    let doc = trust(
        r#"{"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::123456789012:role/ops"}},
        {"Effect": "Deny", "Action": "sts:AssumeRole", "NotPrincipal": {"AWS": "arn:aws:iam::123456789012:role/ops"}}]}"#,
    );
    assert!(trust_allows(
        &doc,
        "arn:aws:iam::123456789012:role/ops",
        "123456789012",
        ASSUME
    ));
    assert!(!trust_allows(
        &doc,
        "arn:aws:sts::123456789012:assumed-role/ops/s",
        "123456789012",
        ASSUME
    ));
    let doc = trust(
        r#"{"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "123456789012"}},
        {"Sid": "OnlyAdmin", "Effect": "Deny", "Action": "sts:AssumeRole",
         "NotPrincipal": {"AWS": "arn:aws:iam::123456789012:user/admin"}}]}"#,
    );
    assert!(trust_allows(
        &doc,
        "arn:aws:iam::123456789012:user/admin",
        "123456789012",
        ASSUME
    ));
    let bob = Request::new(
        "arn:aws:iam::123456789012:user/bob",
        "123456789012",
        ASSUME,
        "*",
    );
    let e = trust_evaluation(&doc, &bob);
    assert_eq!(e.decision, Decision::ExplicitDeny);
    assert_eq!(e.statement.unwrap().sid.as_deref(), Some("OnlyAdmin"));
}

#[test]
fn conditions_need_the_full_request() {
    let doc = trust(
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "sts:AssumeRole",
        "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
        "Condition": {"StringEquals": {"sts:ExternalId": "s3cr3t"}}}}"#,
    );
    let principal = "arn:aws:iam::123456789012:user/partner";
    assert!(!trust_allows(&doc, principal, "123456789012", ASSUME));
    let with_id = Request::new(principal, "123456789012", ASSUME, "*")
        .with_context("sts:ExternalId", "s3cr3t");
    assert!(trust_evaluation(&doc, &with_id).is_allowed());
    let wrong_id = Request::new(principal, "123456789012", ASSUME, "*")
        .with_context("sts:ExternalId", "guess");
    assert_eq!(
        trust_evaluation(&doc, &wrong_id).decision,
        Decision::ImplicitDeny
    );
}

#[test]
fn statements_without_principal_count_for_nobody() {
    // An identity policy handed to the trust check by mistake grants nothing.
    let identity = PolicyDocument::parse(
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}}"#,
    )
    .unwrap();
    assert!(!trust_allows(
        &identity,
        "arn:aws:iam::1:user/a",
        "1",
        ASSUME
    ));
}

#[test]
fn naming_the_caller_differs_from_trusting_its_account() {
    let account_wide = trust(
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "sts:AssumeRole",
        "Principal": {"AWS": "arn:aws:iam::111111111111:root"}}}"#,
    );
    let named = trust(
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "sts:AssumeRole",
        "Principal": {"AWS": ["arn:aws:iam::111111111111:user/alice", "arn:aws:iam::111111111111:role/ci"]}}}"#,
    );
    let ask = |arn: &str| Request::new(arn, "111111111111", ASSUME, "*");
    let alice = ask("arn:aws:iam::111111111111:user/alice");
    let ci_session = ask("arn:aws:sts::111111111111:assumed-role/ci/build-7");
    let root = ask("arn:aws:iam::111111111111:root");
    assert!(trust_evaluation(&account_wide, &alice).is_allowed());
    assert!(!trust_names_caller(&account_wide, &alice).is_allowed());
    assert!(trust_names_caller(&account_wide, &root).is_allowed());
    assert!(trust_names_caller(&named, &alice).is_allowed());
    assert!(trust_names_caller(&named, &ci_session).is_allowed());
    assert!(!trust_names_caller(&named, &ask("arn:aws:iam::111111111111:user/bob")).is_allowed());
}
