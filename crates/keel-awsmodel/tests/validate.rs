//! The request validator and the response checker, on real ECS shapes and on a small
//! hand-made model for the shape kinds ECS does not exercise.

use keel_awsmodel::ecs;
use keel_awsmodel::model::{ExceptionInfo, Member, Operation, ServiceModel, Shape, ShapeKind};
use keel_awsmodel::validate::{
    ValidationError, check_output, check_shape, error_shape_status, validate_input,
};
use proptest::prelude::*;
use serde_json::{Value, json};

fn ecs_input(operation: &str, body: Value) -> Result<(), ValidationError> {
    validate_input(ecs::model(), operation, &body)
}

fn constraints(result: Result<(), ValidationError>) -> Vec<String> {
    match result {
        Err(ValidationError::Constraints(violations)) => violations,
        other => panic!("expected constraint violations, got {other:?}"),
    }
}

fn serialization(result: Result<(), ValidationError>) -> String {
    match result {
        Err(ValidationError::Serialization { message }) => message,
        other => panic!("expected a serialization error, got {other:?}"),
    }
}

// ---- requests: what passes -------------------------------------------------------------

#[test]
fn empty_body_is_fine_when_nothing_is_required() {
    assert_eq!(ecs_input("ListClusters", json!({})), Ok(()));
    assert_eq!(ecs_input("CreateCluster", json!({})), Ok(()));
}

#[test]
fn unknown_members_and_nulls_are_ignored() {
    let body = json!({"clusterName": null, "notInTheModel": {"deep": [1, 2]}, "tags": null});
    assert_eq!(ecs_input("CreateCluster", body), Ok(()));
}

#[test]
fn body_must_be_an_object() {
    for body in [json!(null), json!([]), json!("x"), json!(1), json!(true)] {
        let message = serialization(ecs_input("ListClusters", body));
        assert!(
            message.starts_with("Unexpected value type: expected the request body to be an object")
        );
    }
}

#[test]
fn unknown_operation_is_an_error() {
    let message = serialization(ecs_input("LaunchRockets", json!({})));
    assert_eq!(message, "Unknown operation 'LaunchRockets'");
}

// ---- requests: constraints, in AWS's words ------------------------------------------------

#[test]
fn missing_required_members() {
    let err = ecs_input("RegisterTaskDefinition", json!({})).unwrap_err();
    assert_eq!(
        err,
        ValidationError::Constraints(vec![
            "Value null at 'family' failed to satisfy constraint: Member must not be null".into(),
            "Value null at 'containerDefinitions' failed to satisfy constraint: Member must not \
             be null"
                .into(),
        ])
    );
    assert_eq!(
        err.to_string(),
        "2 validation errors detected: Value null at 'family' failed to satisfy constraint: \
         Member must not be null; Value null at 'containerDefinitions' failed to satisfy \
         constraint: Member must not be null"
    );
    // An explicit null is missing too.
    let one = ecs_input("DeleteCluster", json!({"cluster": null})).unwrap_err();
    assert_eq!(
        one.to_string(),
        "1 validation error detected: Value null at 'cluster' failed to satisfy constraint: \
         Member must not be null"
    );
}

#[test]
fn enum_values() {
    let violations = constraints(ecs_input(
        "RunTask",
        json!({"taskDefinition": "web", "launchType": "FOO"}),
    ));
    assert_eq!(
        violations,
        [
            "Value 'FOO' at 'launchType' failed to satisfy constraint: Member must satisfy enum \
          value set: [EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES]"
        ]
    );
}

#[test]
fn nested_paths_in_lists() {
    let body = json!({
        "family": "web",
        "containerDefinitions": [
            {"name": "ok", "image": "busybox"},
            {
                "name": "bad",
                "portMappings": [{"containerPort": 80, "protocol": "sctp"}],
                "healthCheck": {"interval": 5},
                "dependsOn": [{"containerName": "ok"}],
                "environment": [null]
            }
        ]
    });
    let violations = constraints(ecs_input("RegisterTaskDefinition", body));
    assert_eq!(
        violations,
        [
            "Value 'sctp' at 'containerDefinitions.2.member.portMappings.1.member.protocol' \
             failed to satisfy constraint: Member must satisfy enum value set: [tcp, udp]",
            "Value null at 'containerDefinitions.2.member.environment.1.member' failed to \
             satisfy constraint: Member must not be null",
            "Value null at 'containerDefinitions.2.member.dependsOn.1.member.condition' failed \
             to satisfy constraint: Member must not be null",
            "Value null at 'containerDefinitions.2.member.healthCheck.command' failed to \
             satisfy constraint: Member must not be null",
        ]
    );
}

#[test]
fn string_lengths_and_patterns() {
    let long_key = "k".repeat(129);
    let body = json!({
        "resourceArn": "arn:aws:ecs:us-east-1:000000000000:cluster/demo",
        "tags": [
            {"key": "", "value": "v"},
            {"key": long_key, "value": "v"},
            {"key": "bad!key", "value": "v".repeat(257)},
            {"key": "fine key_.:/=+-@", "value": "ok"}
        ]
    });
    let violations = constraints(ecs_input("TagResource", body));
    let pattern = r"([\p{L}\p{Z}\p{N}_.:/=+\-@]*)";
    assert_eq!(
        violations,
        [
            "Value '' at 'tags.1.member.key' failed to satisfy constraint: Member must have \
             length greater than or equal to 1"
                .to_owned(),
            format!(
                "Value '{long_key}' at 'tags.2.member.key' failed to satisfy constraint: Member \
                 must have length less than or equal to 128"
            ),
            format!(
                "Value 'bad!key' at 'tags.3.member.key' failed to satisfy constraint: Member \
                 must satisfy regular expression pattern: {pattern}"
            ),
            format!(
                "Value '{}' at 'tags.3.member.value' failed to satisfy constraint: Member must \
                 have length less than or equal to 256",
                "v".repeat(257)
            ),
        ]
    );
}

#[test]
fn list_sizes() {
    let tags: Vec<Value> = (0..51)
        .map(|i| json!({"key": format!("k{i}"), "value": "v"}))
        .collect();
    let violations = constraints(ecs_input(
        "TagResource",
        json!({"resourceArn": "arn", "tags": tags}),
    ));
    assert_eq!(violations.len(), 1);
    assert!(
        violations[0].starts_with("Value '[{key=k0, value=v}, {key=k1, value=v}, "),
        "{}",
        violations[0]
    );
    assert!(violations[0].ends_with(
        "' at 'tags' failed to satisfy constraint: Member must have length less than or equal \
         to 50"
    ));
}

#[test]
fn numeric_ranges() {
    let body = json!({
        "taskDefinition": "web",
        "capacityProviderStrategy": [
            {"capacityProvider": "a", "weight": 1001, "base": -1},
            {"capacityProvider": "b", "weight": 1000, "base": 100000}
        ]
    });
    let violations = constraints(ecs_input("RunTask", body));
    assert_eq!(
        violations,
        [
            "Value '1001' at 'capacityProviderStrategy.1.member.weight' failed to satisfy \
             constraint: Member must have value less than or equal to 1000",
            "Value '-1' at 'capacityProviderStrategy.1.member.base' failed to satisfy \
             constraint: Member must have value greater than or equal to 0",
        ]
    );
}

#[test]
fn constraint_violations_are_all_collected() {
    let body = json!({
        "taskDefinition": null,
        "launchType": "MOON",
        "capacityProviderStrategy": [{"weight": 5000}]
    });
    let violations = constraints(ecs_input("RunTask", body));
    assert_eq!(violations.len(), 4, "{violations:#?}");
    let message = ValidationError::Constraints(violations).to_string();
    assert!(
        message.starts_with("4 validation errors detected: "),
        "{message}"
    );
}

// ---- requests: wrong JSON types -----------------------------------------------------------

#[test]
fn type_mismatches_are_serialization_errors() {
    let cases = [
        (
            json!({"taskDefinition": "x", "count": "3"}),
            "Unexpected value type at 'count': expected an integer but got a string",
        ),
        (
            json!({"taskDefinition": "x", "count": 1.5}),
            "Unexpected value type at 'count': expected an integer but got a non-integral number",
        ),
        (
            json!({"taskDefinition": "x", "count": 4294967296u64}),
            "Unexpected value type at 'count': expected an integer but got a number out of range",
        ),
        (
            json!({"taskDefinition": "x", "enableECSManagedTags": "true"}),
            "Unexpected value type at 'enableECSManagedTags': expected a boolean but got a string",
        ),
        (
            json!({"taskDefinition": 7}),
            "Unexpected value type at 'taskDefinition': expected a string but got a number",
        ),
        (
            json!({"taskDefinition": "x", "tags": {"key": "a"}}),
            "Unexpected value type at 'tags': expected a list but got an object",
        ),
        (
            json!({"taskDefinition": "x", "overrides": []}),
            "Unexpected value type at 'overrides': expected an object but got a list",
        ),
        (
            json!({"taskDefinition": "x", "tags": [{"key": ["a"]}]}),
            "Unexpected value type at 'tags.1.member.key': expected a string but got a list",
        ),
    ];
    for (body, expected) in cases {
        assert_eq!(serialization(ecs_input("RunTask", body)), expected);
    }
}

#[test]
fn type_mismatch_wins_over_constraints() {
    let body = json!({"launchType": "MOON", "count": "x"});
    let message = serialization(ecs_input("RunTask", body));
    assert_eq!(
        message,
        "Unexpected value type at 'count': expected an integer but got a string"
    );
}

#[test]
fn map_values_are_typed() {
    let body = json!({
        "family": "web",
        "containerDefinitions": [{"name": "a", "dockerLabels": {"tier": 1}}]
    });
    assert_eq!(
        serialization(ecs_input("RegisterTaskDefinition", body)),
        "Unexpected value type at 'containerDefinitions.1.member.dockerLabels.tier': expected a \
         string but got a number"
    );
    let body = json!({
        "family": "web",
        "containerDefinitions": [{"name": "a", "dockerLabels": {"tier": null}}]
    });
    assert_eq!(
        constraints(ecs_input("RegisterTaskDefinition", body)),
        [
            "Value null at 'containerDefinitions.1.member.dockerLabels.tier' failed to satisfy \
          constraint: Member must not be null"
        ]
    );
}

#[test]
fn timestamps_must_be_numbers() {
    let body = json!({"cluster": "c", "tasks": ["t"]});
    assert_eq!(ecs_input("DescribeTasks", body), Ok(()));
    let body = json!({"cluster": "c", "status": "RUNNING", "pullStartedAt": 1700000000.25});
    assert_eq!(ecs_input("SubmitTaskStateChange", body), Ok(()));
    let body = json!({"cluster": "c", "pullStartedAt": "2024-01-01T00:00:00Z"});
    assert_eq!(
        serialization(ecs_input("SubmitTaskStateChange", body)),
        "Unexpected value type at 'pullStartedAt': expected a timestamp (seconds since the \
         epoch) but got a string"
    );
}

// ---- a hand-made model for maps, doubles, longs, sensitive values and odd patterns -------

static TEST_MODEL: ServiceModel = ServiceModel {
    protocol: keel_awsmodel::Protocol::Json,
    target_prefix: "Test_20240101",
    xml_namespace: "",
    signing_name: "test",
    api_version: "2024-01-01",
    json_version: "1.1",
    botocore_version: "0",
    operations: &[
        Operation {
            name: "Do",
            input: Some("DoInput"),
            output: Some("DoOutput"),
            result_wrapper: None,
            errors: &["Oops"],
        },
        Operation {
            name: "Nothing",
            input: None,
            output: None,
            result_wrapper: None,
            errors: &[],
        },
    ],
    shapes: &[
        Shape {
            name: "Big",
            sensitive: false,
            kind: ShapeKind::Long {
                min: Some(1),
                max: Some(5_000_000_000),
            },
        },
        Shape {
            name: "Boolean",
            sensitive: false,
            kind: ShapeKind::Boolean,
        },
        Shape {
            name: "Choice",
            sensitive: false,
            kind: ShapeKind::Structure {
                members: &[
                    Member {
                        name: "a",
                        shape: "Short",
                    },
                    Member {
                        name: "b",
                        shape: "Short",
                    },
                ],
                required: &[],
                exception: None,
                document: false,
                union: true,
                event_stream: false,
            },
        },
        Shape {
            name: "Data",
            sensitive: false,
            kind: ShapeKind::Blob {
                min: None,
                max: None,
            },
        },
        Shape {
            name: "DoInput",
            sensitive: false,
            kind: ShapeKind::Structure {
                members: &[
                    Member {
                        name: "secret",
                        shape: "Secret",
                    },
                    Member {
                        name: "labels",
                        shape: "Labels",
                    },
                    Member {
                        name: "ratio",
                        shape: "Ratio",
                    },
                    Member {
                        name: "big",
                        shape: "Big",
                    },
                    Member {
                        name: "data",
                        shape: "Data",
                    },
                    Member {
                        name: "doc",
                        shape: "Doc",
                    },
                    Member {
                        name: "odd",
                        shape: "Odd",
                    },
                    Member {
                        name: "secrets",
                        shape: "Secrets",
                    },
                    Member {
                        name: "choice",
                        shape: "Choice",
                    },
                    Member {
                        name: "tree",
                        shape: "Tree",
                    },
                ],
                required: &[],
                exception: None,
                document: false,
                union: false,
                event_stream: false,
            },
        },
        Shape {
            name: "DoOutput",
            sensitive: false,
            kind: ShapeKind::Structure {
                members: &[
                    Member {
                        name: "choice",
                        shape: "Choice",
                    },
                    Member {
                        name: "labels",
                        shape: "Labels",
                    },
                    Member {
                        name: "when",
                        shape: "When",
                    },
                    Member {
                        name: "big",
                        shape: "Big",
                    },
                    Member {
                        name: "flag",
                        shape: "Boolean",
                    },
                    Member {
                        name: "tree",
                        shape: "Tree",
                    },
                ],
                required: &["flag"],
                exception: None,
                document: false,
                union: false,
                event_stream: false,
            },
        },
        Shape {
            name: "Doc",
            sensitive: false,
            kind: ShapeKind::Structure {
                members: &[],
                required: &[],
                exception: None,
                document: true,
                union: false,
                event_stream: false,
            },
        },
        Shape {
            name: "LabelKey",
            sensitive: false,
            kind: ShapeKind::String {
                enum_values: &[],
                min: Some(1),
                max: Some(5),
                pattern: Some("[a-z]+"),
            },
        },
        Shape {
            name: "Labels",
            sensitive: false,
            kind: ShapeKind::Map {
                key: "LabelKey",
                value: "Short",
                min: None,
                max: Some(2),
            },
        },
        // A lookbehind: Rust's regex cannot compile it, so it is not checked.
        Shape {
            name: "Odd",
            sensitive: false,
            kind: ShapeKind::String {
                enum_values: &[],
                min: None,
                max: None,
                pattern: Some("(?<=x)y"),
            },
        },
        Shape {
            name: "Oops",
            sensitive: false,
            kind: ShapeKind::Structure {
                members: &[Member {
                    name: "message",
                    shape: "Short",
                }],
                required: &[],
                exception: Some(ExceptionInfo {
                    code: "Oops",
                    http_status: 409,
                    fault: false,
                }),
                document: false,
                union: false,
                event_stream: false,
            },
        },
        Shape {
            name: "Ratio",
            sensitive: false,
            kind: ShapeKind::Double {
                min: Some(0.5),
                max: Some(1.5),
            },
        },
        Shape {
            name: "Secret",
            sensitive: true,
            kind: ShapeKind::String {
                enum_values: &[],
                min: Some(8),
                max: None,
                pattern: None,
            },
        },
        Shape {
            name: "Secrets",
            sensitive: true,
            kind: ShapeKind::List {
                member: "Short",
                min: None,
                max: Some(1),
            },
        },
        Shape {
            name: "Short",
            sensitive: false,
            kind: ShapeKind::String {
                enum_values: &[],
                min: None,
                max: Some(3),
                pattern: None,
            },
        },
        Shape {
            name: "Tree",
            sensitive: false,
            kind: ShapeKind::Structure {
                members: &[Member {
                    name: "kids",
                    shape: "Trees",
                }],
                required: &[],
                exception: None,
                document: false,
                union: false,
                event_stream: false,
            },
        },
        Shape {
            name: "Trees",
            sensitive: false,
            kind: ShapeKind::List {
                member: "Tree",
                min: None,
                max: None,
            },
        },
        Shape {
            name: "When",
            sensitive: false,
            kind: ShapeKind::Timestamp,
        },
    ],
};

fn test_input(body: Value) -> Result<(), ValidationError> {
    validate_input(&TEST_MODEL, "Do", &body)
}

#[test]
fn test_model_is_sorted() {
    assert!(TEST_MODEL.shapes.windows(2).all(|w| w[0].name < w[1].name));
    assert!(TEST_MODEL.shape("Short").is_some());
}

#[test]
fn sensitive_values_are_never_echoed() {
    let violations = constraints(test_input(json!({
        "secret": "hunter2",
        "secrets": ["toolong", "b"]
    })));
    assert_eq!(
        violations,
        [
            "Value at 'secret' failed to satisfy constraint: Member must have length greater \
             than or equal to 8",
            "Value at 'secrets' failed to satisfy constraint: Member must have length less than \
             or equal to 1",
            "Value at 'secrets.1.member' failed to satisfy constraint: Member must have length \
             less than or equal to 3",
        ]
    );
    assert!(
        violations
            .iter()
            .all(|v| !v.contains("hunter2") && !v.contains("toolong"))
    );
}

#[test]
fn sensitive_values_inside_real_shapes() {
    // EnvironmentVariables is sensitive in the ECS model: a broken element is not echoed.
    let body = json!({
        "family": "web",
        "containerDefinitions": [{"name": "a", "environment": [{"name": "A", "value": 5}]}]
    });
    let message = serialization(ecs_input("RegisterTaskDefinition", body));
    assert!(!message.contains('5'), "{message}");
    assert_eq!(
        message,
        "Unexpected value type at 'containerDefinitions.1.member.environment.1.member.value': \
         expected a string but got a number"
    );
}

#[test]
fn maps_check_keys_values_and_size() {
    let violations = constraints(test_input(json!({
        "labels": {"ok": "abc", "BAD": "x", "toolongkey": "y", "v": "four"}
    })));
    assert_eq!(
        violations,
        [
            "Value '{ok=abc, BAD=x, toolongkey=y, v=four}' at 'labels' failed to satisfy \
             constraint: Member must have length less than or equal to 2",
            "Value 'BAD' at 'labels' failed to satisfy constraint: Map keys must satisfy \
             constraint: [Member must satisfy regular expression pattern: [a-z]+]",
            "Value 'toolongkey' at 'labels' failed to satisfy constraint: Map keys must satisfy \
             constraint: [Member must have length less than or equal to 5]",
            "Value 'four' at 'labels.v' failed to satisfy constraint: Member must have length \
             less than or equal to 3",
        ]
    );
}

#[test]
fn doubles_longs_blobs_and_documents() {
    assert_eq!(
        test_input(json!({
            "ratio": 1, "big": 5_000_000_000u64, "data": "aGk=", "doc": {"any": ["thing", 1]}
        })),
        Ok(())
    );
    assert_eq!(
        test_input(json!({"doc": "a document can be a string"})),
        Ok(())
    );
    assert_eq!(
        constraints(test_input(json!({"ratio": 1.75, "big": 0}))),
        [
            "Value '1.75' at 'ratio' failed to satisfy constraint: Member must have value less \
             than or equal to 1.5",
            "Value '0' at 'big' failed to satisfy constraint: Member must have value greater \
             than or equal to 1",
        ]
    );
    assert_eq!(
        serialization(test_input(json!({"big": 1e3}))),
        "Unexpected value type at 'big': expected an integer but got a non-integral number"
    );
    assert_eq!(
        serialization(test_input(json!({"data": 3}))),
        "Unexpected value type at 'data': expected a base64-encoded string but got a number"
    );
}

#[test]
fn patterns_rust_cannot_compile_are_skipped() {
    assert_eq!(test_input(json!({"odd": "anything"})), Ok(()));
}

#[test]
fn operations_without_input_accept_any_object() {
    assert_eq!(
        validate_input(&TEST_MODEL, "Nothing", &json!({"x": 1})),
        Ok(())
    );
    assert!(validate_input(&TEST_MODEL, "Nothing", &json!([])).is_err());
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    let mut tree = json!({});
    for _ in 0..200 {
        tree = json!({"kids": [tree]});
    }
    let message = serialization(test_input(json!({"tree": tree.clone()})));
    assert!(message.contains("nesting exceeds 64 levels"), "{message}");
    let problems =
        check_output(&TEST_MODEL, "Do", &json!({"flag": true, "tree": tree})).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(problems[0].starts_with("nesting exceeds 64 levels at 'tree.kids.1.member.kids"));
    // Shallow trees are fine.
    let shallow = json!({"tree": {"kids": [{"kids": []}, {}]}});
    assert_eq!(test_input(shallow), Ok(()));
}

// ---- responses -------------------------------------------------------------------------

#[test]
fn check_output_accepts_real_responses() {
    let body = json!({
        "cluster": {
            "clusterArn": "arn:aws:ecs:us-east-1:000000000000:cluster/demo",
            "clusterName": "demo",
            "status": "ACTIVE",
            "registeredContainerInstancesCount": 0,
            "runningTasksCount": 0,
            "pendingTasksCount": 0,
            "activeServicesCount": 0,
            "statistics": [],
            "tags": [{"key": "a", "value": "b"}],
            "settings": [{"name": "containerInsights", "value": "disabled"}],
            "capacityProviders": [],
            "defaultCapacityProviderStrategy": []
        }
    });
    assert_eq!(check_output(ecs::model(), "CreateCluster", &body), Ok(()));
    let tasks = json!({
        "tasks": [{"taskArn": "t", "createdAt": 1700000000.123, "launchType": "EC2",
                   "containers": [{"name": "a", "networkBindings": [{"protocol": "tcp"}]}]}],
        "failures": []
    });
    assert_eq!(check_output(ecs::model(), "DescribeTasks", &tasks), Ok(()));
}

#[test]
fn check_output_reports_every_problem() {
    let body = json!({
        "cluster": {
            "clusterName": 5,
            "settings": [{"name": "bogus"}],
            "extra": true,
            "tags": [null]
        },
        "alsoExtra": 1
    });
    let problems = check_output(ecs::model(), "CreateCluster", &body).unwrap_err();
    assert_eq!(
        problems,
        [
            "expected a string but got a number at 'cluster.clusterName'",
            "'bogus' is not a ClusterSettingName value ([containerInsights]) at \
             'cluster.settings.1.member.name'",
            "unknown member 'extra' of Cluster at 'cluster'",
            "null list element at 'cluster.tags.1.member'",
            "unknown member 'alsoExtra' of CreateClusterResponse at the top level",
        ]
    );
}

#[test]
fn check_output_wants_numeric_timestamps() {
    let tasks = json!({"tasks": [{"createdAt": "2024-01-01T00:00:00Z"}]});
    assert_eq!(
        check_output(ecs::model(), "DescribeTasks", &tasks),
        Err(vec![
            "expected a timestamp (seconds since the epoch) but got a string at \
             'tasks.1.member.createdAt'"
                .to_owned()
        ])
    );
}

#[test]
fn check_output_on_the_test_model() {
    assert_eq!(
        check_output(&TEST_MODEL, "Do", &json!({"flag": true, "when": 1})),
        Ok(())
    );
    let problems = check_output(
        &TEST_MODEL,
        "Do",
        &json!({"choice": {"a": "x", "b": "y"}, "big": 1.5, "labels": {"k": null}}),
    )
    .unwrap_err();
    assert_eq!(
        problems,
        [
            "union Choice has 2 members set at 'choice', at most one is allowed",
            "expected an integer but got a non-integral number at 'big'",
            "null map value at 'labels.k'",
            "missing required member 'flag' of DoOutput at the top level",
        ]
    );
    assert_eq!(check_output(&TEST_MODEL, "Nothing", &json!({})), Ok(()));
    assert!(check_output(&TEST_MODEL, "Nothing", &json!({"x": 1})).is_err());
    assert!(check_output(&TEST_MODEL, "Missing", &json!({})).is_err());
}

#[test]
fn check_shape_on_error_bodies() {
    let body = json!({"__type": "ClientException", "message": "nope"});
    assert_eq!(check_shape(ecs::model(), "ClientException", &body), Ok(()));
    assert!(check_shape(ecs::model(), "ClientException", &json!({"message": 1})).is_err());
    assert!(check_shape(ecs::model(), "NoSuchShape", &json!({})).is_err());
    // `__type` is only for exception bodies.
    assert!(check_shape(ecs::model(), "Tag", &json!({"__type": "Tag"})).is_err());
    assert_eq!(error_shape_status(&TEST_MODEL, "Oops"), Some(409));
    assert_eq!(error_shape_status(&TEST_MODEL, "test#Oops"), Some(409));
    assert_eq!(error_shape_status(&TEST_MODEL, "Short"), None);
}

// ---- no input makes the validator panic ------------------------------------------------

/// Member names that occur in ECS requests, so generated bodies reach deep shapes.
const NAMES: &[&str] = &[
    "family",
    "containerDefinitions",
    "name",
    "image",
    "portMappings",
    "containerPort",
    "protocol",
    "tags",
    "key",
    "value",
    "count",
    "launchType",
    "taskDefinition",
    "cluster",
    "dockerLabels",
    "environment",
    "healthCheck",
    "command",
    "capacityProviderStrategy",
    "weight",
    "base",
    "logConfiguration",
    "logDriver",
    "options",
    "overrides",
    "containerOverrides",
    "cpu",
    "memory",
    "settings",
    "resourceArn",
    "dependsOn",
    "condition",
];

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
        prop::sample::select(vec!["EC2", "tcp", "HEALTHY", "awslogs", "", "k"])
            .prop_map(|s| Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(6, 64, 6, |inner| {
        let key = prop_oneof![
            prop::sample::select(NAMES).prop_map(str::to_owned),
            "[a-zA-Z]{0,6}",
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key, inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_json_never_panics(body in arb_json()) {
        for op in ecs::model().operations {
            let result = validate_input(ecs::model(), op.name, &body);
            if let Err(err) = &result {
                // Every error renders.
                prop_assert!(!err.to_string().is_empty());
            }
            let _ = check_output(ecs::model(), op.name, &body);
        }
        let _ = validate_input(&TEST_MODEL, "Do", &body);
        let _ = check_output(&TEST_MODEL, "Do", &body);
    }

    #[test]
    fn arbitrary_operation_names_never_panic(name in ".{0,40}", body in arb_json()) {
        let _ = validate_input(ecs::model(), &name, &body);
        let _ = check_output(ecs::model(), &name, &body);
    }
}
