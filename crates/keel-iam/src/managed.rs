//! The AWS managed policies Keel provides (`arn:aws:iam::aws:policy/NAME`), so the familiar
//! names can be attached. Their documents grant what the name promises over the services
//! Keel serves; they are not copies of AWS's (whose read-only policy, for one, lists hundreds
//! of services).

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

/// One built-in managed policy.
#[derive(Debug)]
pub struct BuiltinPolicy {
    pub name: &'static str,
    pub description: &'static str,
    pub document: &'static str,
}

pub const BUILTIN: &[BuiltinPolicy] = &[
    BuiltinPolicy {
        name: "AdministratorAccess",
        description: "Provides full access to every service and resource.",
        document: r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#,
    },
    BuiltinPolicy {
        name: "ReadOnlyAccess",
        description: "Provides read-only access to every service Keel serves.",
        document: r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ecs:Describe*","ecs:List*","logs:Describe*","logs:Get*","logs:List*","logs:FilterLogEvents","logs:StartQuery","logs:StopQuery","logs:TestMetricFilter","logs:StartLiveTail","iam:Get*","iam:List*","cloudtrail:LookupEvents","cloudtrail:Get*","cloudtrail:Describe*","cloudtrail:List*"],"Resource":"*"}]}"#,
    },
    BuiltinPolicy {
        name: "AmazonECS_FullAccess",
        description: "Provides full access to Amazon ECS.",
        document: r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ecs:*","Resource":"*"}]}"#,
    },
    BuiltinPolicy {
        name: "CloudWatchLogsFullAccess",
        description: "Provides full access to CloudWatch Logs.",
        document: r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:*","Resource":"*"}]}"#,
    },
    BuiltinPolicy {
        name: "CloudWatchLogsReadOnlyAccess",
        description: "Provides read-only access to CloudWatch Logs.",
        document: r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:Describe*","logs:Get*","logs:List*","logs:StartQuery","logs:StopQuery","logs:TestMetricFilter","logs:FilterLogEvents","logs:StartLiveTail","logs:StopLiveTail"],"Resource":"*"}]}"#,
    },
    BuiltinPolicy {
        name: "IAMFullAccess",
        description: "Provides full access to IAM.",
        document: r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*"}]}"#,
    },
    BuiltinPolicy {
        name: "IAMReadOnlyAccess",
        description: "Provides read-only access to IAM.",
        document: r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:Get*","iam:List*"],"Resource":"*"}]}"#,
    },
    BuiltinPolicy {
        name: "AWSCloudTrail_ReadOnlyAccess",
        description: "Provides read-only access to the CloudTrail event history.",
        document: r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["cloudtrail:LookupEvents","cloudtrail:Get*","cloudtrail:Describe*","cloudtrail:List*"],"Resource":"*"}]}"#,
    },
];

/// The ARN of a built-in policy.
pub fn arn(name: &str) -> String {
    format!("arn:aws:iam::aws:policy/{name}")
}

/// The built-in policy with this ARN.
pub fn by_arn(arn: &str) -> Option<&'static BuiltinPolicy> {
    let name = arn.strip_prefix("arn:aws:iam::aws:policy/")?;
    BUILTIN.iter().find(|p| p.name == name)
}

/// A stable policy id (`ANPA` and 17 characters) derived from the name.
pub fn id(name: &str) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let digest = Sha256::digest(name.as_bytes());
    let mut out = String::from("ANPA");
    for b in digest.iter().take(17) {
        let _ = write!(out, "{}", ALPHABET[usize::from(b % 32)] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_parse_and_are_found_by_arn() {
        for policy in BUILTIN {
            keel_policy::PolicyDocument::parse(policy.document)
                .unwrap_or_else(|e| panic!("{}: {e}", policy.name));
            assert_eq!(by_arn(&arn(policy.name)).map(|p| p.name), Some(policy.name));
            assert_eq!(id(policy.name).len(), 21);
        }
        assert!(by_arn("arn:aws:iam::aws:policy/NoSuchThing").is_none());
    }
}
