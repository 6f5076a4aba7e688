//! The generated table and types agree with botocore's JSON model, and the wire types
//! round-trip real request bodies.

use std::io::Read as _;
use std::path::PathBuf;
use std::process::Command;

use keel_awsmodel::ecs::{self, LaunchType, RegisterTaskDefinitionRequest, SettingName};
use keel_awsmodel::{ServiceModel, ShapeKind};
use serde_json::{Value, json};

/// botocore's package directory: `KEEL_BOTOCORE_DIR`, else Python's.
fn botocore_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("KEEL_BOTOCORE_DIR") {
        return Some(dir.into());
    }
    let output = Command::new("python3")
        .args([
            "-c",
            "import botocore, os; print(os.path.dirname(botocore.__file__))",
        ])
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| PathBuf::from(String::from_utf8_lossy(&output.stdout).trim()))
}

/// The botocore JSON model of `folder/version`, or `None` (with a notice) without botocore.
fn load_model(folder: &str, version: &str) -> Option<Value> {
    let Some(dir) = botocore_dir() else {
        eprintln!("NOTICE: botocore is not installed; skipping the model agreement check");
        return None;
    };
    let path = dir
        .join("data")
        .join(folder)
        .join(version)
        .join("service-2.json.gz");
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut text = String::new();
    flate2::read::GzDecoder::new(file)
        .read_to_string(&mut text)
        .expect("gunzip the model");
    Some(serde_json::from_str(&text).expect("parse the model"))
}

fn strs(v: Option<&Value>) -> Vec<&str> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().map(|s| s.as_str().expect("string")).collect())
        .unwrap_or_default()
}

fn int(shape: &Value, key: &str) -> Option<i64> {
    shape.get(key).map(|v| {
        v.as_i64()
            .unwrap_or_else(|| v.as_f64().expect("number") as i64)
    })
}

fn float(shape: &Value, key: &str) -> Option<f64> {
    shape.get(key).map(|v| v.as_f64().expect("number"))
}

fn flag(shape: &Value, key: &str) -> bool {
    shape.get(key).and_then(Value::as_bool).unwrap_or(false)
}

fn target<'a>(shape: &'a Value, key: &str) -> &'a str {
    shape[key]["shape"].as_str().expect("shape reference")
}

fn assert_table_matches(table: &ServiceModel, json: &Value) {
    let meta = &json["metadata"];
    if meta["protocol"] == "query" {
        assert_eq!(table.protocol, keel_awsmodel::Protocol::Query);
        assert_eq!(table.target_prefix, "");
        assert_eq!(table.xml_namespace, meta["xmlNamespace"]);
    } else {
        assert_eq!(table.protocol, keel_awsmodel::Protocol::Json);
        assert_eq!(table.target_prefix, meta["targetPrefix"]);
        assert_eq!(table.json_version, meta["jsonVersion"]);
    }
    assert_eq!(table.api_version, meta["apiVersion"]);
    let signing = meta.get("signingName").unwrap_or(&meta["endpointPrefix"]);
    assert_eq!(table.signing_name, signing);

    // Sorted, so that lookups can binary-search.
    assert!(table.operations.windows(2).all(|w| w[0].name < w[1].name));
    assert!(table.shapes.windows(2).all(|w| w[0].name < w[1].name));

    let operations = json["operations"].as_object().expect("operations");
    assert_eq!(table.operations.len(), operations.len());
    for (name, op) in operations {
        let entry = table
            .operation(name)
            .unwrap_or_else(|| panic!("operation {name} missing"));
        let shape_of = |key: &str| op.get(key).map(|r| r["shape"].as_str().expect("shape"));
        assert_eq!(entry.input, shape_of("input"), "{name} input");
        assert_eq!(entry.output, shape_of("output"), "{name} output");
        assert_eq!(
            entry.result_wrapper,
            op.pointer("/output/resultWrapper").and_then(Value::as_str),
            "{name} result wrapper"
        );
        let errors: Vec<&str> = op["errors"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|e| e["shape"].as_str().expect("shape"))
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(entry.errors, errors.as_slice(), "{name} errors");
    }

    let shapes = json["shapes"].as_object().expect("shapes");
    assert_eq!(table.shapes.len(), shapes.len());
    for (name, shape) in shapes {
        let entry = table
            .shape(name)
            .unwrap_or_else(|| panic!("shape {name} missing"));
        assert_eq!(
            entry.sensitive,
            flag(shape, "sensitive"),
            "{name} sensitive"
        );
        let ty = shape["type"].as_str().expect("type");
        match (&entry.kind, ty) {
            (
                ShapeKind::Structure {
                    members,
                    required,
                    exception,
                    document,
                    union,
                    event_stream,
                },
                "structure",
            ) => {
                let expected: Vec<(&str, &str)> = shape
                    .get("members")
                    .and_then(Value::as_object)
                    .map(|ms| {
                        ms.iter()
                            .map(|(m, r)| (m.as_str(), r["shape"].as_str().unwrap()))
                            .collect()
                    })
                    .unwrap_or_default();
                let actual: Vec<(&str, &str)> = members.iter().map(|m| (m.name, m.shape)).collect();
                assert_eq!(actual, expected, "{name} members");
                assert_eq!(
                    *required,
                    strs(shape.get("required")).as_slice(),
                    "{name} required"
                );
                assert_eq!(*document, flag(shape, "document"), "{name} document");
                assert_eq!(*union, flag(shape, "union"), "{name} union");
                assert_eq!(
                    *event_stream,
                    flag(shape, "eventstream"),
                    "{name} eventstream"
                );
                assert_eq!(
                    exception.is_some(),
                    flag(shape, "exception"),
                    "{name} exception"
                );
                if let Some(info) = exception {
                    assert_eq!(info.fault, flag(shape, "fault"), "{name} fault");
                    let status = shape
                        .pointer("/error/httpStatusCode")
                        .and_then(Value::as_u64)
                        .unwrap_or(if info.fault { 500 } else { 400 });
                    assert_eq!(u64::from(info.http_status), status, "{name} status");
                    let code = shape
                        .pointer("/error/code")
                        .and_then(Value::as_str)
                        .unwrap_or(name);
                    assert_eq!(info.code, code, "{name} code");
                }
            }
            (ShapeKind::List { member, min, max }, "list") => {
                assert_eq!(*member, target(shape, "member"), "{name}");
                assert_eq!(
                    (*min, *max),
                    (int(shape, "min"), int(shape, "max")),
                    "{name}"
                );
            }
            (
                ShapeKind::Map {
                    key,
                    value,
                    min,
                    max,
                },
                "map",
            ) => {
                assert_eq!(
                    (*key, *value),
                    (target(shape, "key"), target(shape, "value"))
                );
                assert_eq!(
                    (*min, *max),
                    (int(shape, "min"), int(shape, "max")),
                    "{name}"
                );
            }
            (
                ShapeKind::String {
                    enum_values,
                    min,
                    max,
                    pattern,
                },
                "string",
            ) => {
                assert_eq!(
                    *enum_values,
                    strs(shape.get("enum")).as_slice(),
                    "{name} enum"
                );
                assert_eq!(
                    (*min, *max),
                    (int(shape, "min"), int(shape, "max")),
                    "{name}"
                );
                assert_eq!(
                    *pattern,
                    shape.get("pattern").and_then(Value::as_str),
                    "{name}"
                );
            }
            (ShapeKind::Integer { min, max }, "integer")
            | (ShapeKind::Long { min, max }, "long") => {
                assert_eq!(
                    (*min, *max),
                    (int(shape, "min"), int(shape, "max")),
                    "{name}"
                );
            }
            (ShapeKind::Double { min, max }, "double")
            | (ShapeKind::Float { min, max }, "float") => {
                assert_eq!(
                    (*min, *max),
                    (float(shape, "min"), float(shape, "max")),
                    "{name}"
                );
            }
            (ShapeKind::Blob { min, max }, "blob") => {
                assert_eq!(
                    (*min, *max),
                    (int(shape, "min"), int(shape, "max")),
                    "{name}"
                );
            }
            (ShapeKind::Boolean, "boolean") | (ShapeKind::Timestamp, "timestamp") => {}
            (kind, ty) => panic!("{name}: table has {kind:?}, model says {ty}"),
        }
    }
}

#[test]
fn ecs_table_agrees_with_botocore() {
    let Some(json) = load_model("ecs", "2014-11-13") else {
        return;
    };
    assert_table_matches(&ecs::MODEL, &json);
}

#[test]
fn logs_table_agrees_with_botocore() {
    if let Some(json) = load_model("logs", "2014-03-28") {
        assert_table_matches(&keel_awsmodel::logs::MODEL, &json);
    }
}

#[test]
fn identity_and_trail_tables_agree_with_botocore() {
    for (table, folder, version) in [
        (&keel_awsmodel::iam::MODEL, "iam", "2010-05-08"),
        (&keel_awsmodel::sts::MODEL, "sts", "2011-06-15"),
        (
            &keel_awsmodel::cloudtrail::MODEL,
            "cloudtrail",
            "2013-11-01",
        ),
    ] {
        if let Some(json) = load_model(folder, version) {
            assert_table_matches(table, &json);
        }
    }
    let create_user = keel_awsmodel::iam::MODEL.operation("CreateUser").unwrap();
    assert_eq!(create_user.result_wrapper, Some("CreateUserResult"));
    assert_eq!(
        keel_awsmodel::iam::MODEL
            .exception("NoSuchEntityException")
            .map(|e| (e.code, e.http_status)),
        Some(("NoSuchEntity", 404))
    );
}

#[test]
fn logs_table_basics() {
    let model = &keel_awsmodel::logs::MODEL;
    assert_eq!(model.target_prefix, "Logs_20140328");
    assert_eq!(model.signing_name, "logs");
    assert_eq!(model.json_version, "1.1");
    for name in [
        "PutLogEvents",
        "GetLogEvents",
        "FilterLogEvents",
        "StartLiveTail",
    ] {
        assert!(model.operation(name).is_some(), "{name}");
    }
}

#[test]
fn ecs_table_basics() {
    let model = ecs::model();
    assert_eq!(model.target_prefix, "AmazonEC2ContainerServiceV20141113");
    assert_eq!(model.signing_name, "ecs");
    assert_eq!(model.api_version, "2014-11-13");
    assert!(!model.botocore_version.is_empty());

    let op = model
        .operation("RegisterTaskDefinition")
        .expect("operation");
    assert_eq!(op.input, Some("RegisterTaskDefinitionRequest"));
    assert_eq!(op.output, Some("RegisterTaskDefinitionResponse"));
    assert!(op.errors.contains(&"ClientException"));
    assert!(model.operation("registerTaskDefinition").is_none());
    assert!(model.operation("").is_none());

    let shape = model.shape("RegisterTaskDefinitionRequest").expect("shape");
    assert!(shape.is_required("family"));
    assert!(!shape.is_required("cpu"));
    assert_eq!(
        shape.member("containerDefinitions").map(|m| m.shape),
        Some("ContainerDefinitions")
    );
    assert_eq!(
        model.shape("LaunchType").expect("enum").enum_values(),
        LaunchType::VALUES
    );
    assert!(
        model
            .shape("RepositoryCredentials")
            .expect("shape")
            .sensitive
    );

    assert_eq!(
        model.exception("ClientException").map(|e| e.http_status),
        Some(400)
    );
    let server = model.exception("ServerException").expect("exception");
    assert!(server.fault);
    assert_eq!(server.http_status, 500);
    assert_eq!(
        model
            .exception("com.amazonaws.ecs#ClusterNotFoundException")
            .map(|e| e.http_status),
        Some(400)
    );
    assert_eq!(model.exception("Cluster"), None);
    assert_eq!(
        keel_awsmodel::validate::error_shape_status(model, "ServerException"),
        Some(500)
    );
    assert_eq!(
        keel_awsmodel::validate::error_shape_status(model, "String"),
        None
    );
}

#[test]
fn enums_convert_both_ways() {
    for launch in LaunchType::ALL {
        assert_eq!(launch.as_str().parse::<LaunchType>(), Ok(*launch));
        assert_eq!(launch.to_string(), launch.as_str());
        assert_eq!(
            serde_json::to_value(launch).unwrap(),
            json!(launch.as_str())
        );
    }
    assert_eq!(LaunchType::Ec2.as_str(), "EC2");
    assert_eq!(
        LaunchType::VALUES,
        ["EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"]
    );
    assert_eq!(SettingName::FargateFipsMode.as_str(), "fargateFIPSMode");
    assert_eq!(
        ecs::TargetType::ContainerInstance.as_str(),
        "container-instance"
    );
    assert_eq!(ecs::LogDriver::JsonFile.as_str(), "json-file");
    let err = "ec2".parse::<LaunchType>().unwrap_err();
    assert_eq!(err.to_string(), "'ec2' is not a valid LaunchType value");
    assert!(serde_json::from_value::<LaunchType>(json!("BOGUS")).is_err());
}

#[test]
fn optional_members_default_and_are_skipped() {
    let req: ecs::CreateClusterRequest = serde_json::from_value(json!({})).unwrap();
    assert_eq!(req, ecs::CreateClusterRequest::default());
    assert_eq!(serde_json::to_value(&req).unwrap(), json!({}));
    // Null counts as absent, unknown members are ignored.
    let req: ecs::CreateClusterRequest =
        serde_json::from_value(json!({"clusterName": null, "surprise": 1})).unwrap();
    assert_eq!(req.cluster_name, None);
    // Required members are required.
    assert!(serde_json::from_value::<ecs::DeleteClusterRequest>(json!({})).is_err());
    // Keyword members.
    let setting: ecs::Setting = serde_json::from_value(json!({"type": "user"})).unwrap();
    assert_eq!(setting.r#type, Some(ecs::SettingType::User));
}

#[test]
fn timestamps_are_epoch_seconds() {
    let task: ecs::Task =
        serde_json::from_value(json!({"createdAt": 1700000000.5, "stoppedAt": 1700000001}))
            .unwrap();
    assert_eq!(
        task.created_at.map(|t| t.as_millis()),
        Some(1_700_000_000_500)
    );
    assert_eq!(
        task.stopped_at.map(|t| t.as_millis()),
        Some(1_700_000_001_000)
    );
    let back = serde_json::to_value(&task).unwrap();
    assert_eq!(back["createdAt"].as_f64(), Some(1700000000.5));
}

#[test]
fn register_task_definition_round_trips() {
    let body = json!({
        "family": "web",
        "taskRoleArn": "arn:aws:iam::000000000000:role/task",
        "networkMode": "bridge",
        "requiresCompatibilities": ["EC2", "EXTERNAL"],
        "cpu": "512",
        "memory": "1024",
        "tags": [{"key": "team", "value": "core"}, {"key": "env", "value": ""}],
        "volumes": [{"name": "data", "host": {"sourcePath": "/srv/data"}}],
        "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.os-type == linux"}],
        "containerDefinitions": [
            {
                "name": "app",
                "image": "ghcr.io/example/app:1.2.3",
                "cpu": 256,
                "memory": 512,
                "memoryReservation": 256,
                "essential": true,
                "command": ["serve", "--port", "8080"],
                "entryPoint": ["/bin/app"],
                "environment": [{"name": "RUST_LOG", "value": "info"}],
                "secrets": [{"name": "TOKEN", "valueFrom": "arn:aws:ssm:us-east-1:000000000000:parameter/token"}],
                "portMappings": [
                    {"containerPort": 8080, "hostPort": 0, "protocol": "tcp", "name": "http", "appProtocol": "http"},
                    {"containerPort": 9090, "protocol": "udp"}
                ],
                "mountPoints": [{"sourceVolume": "data", "containerPath": "/data", "readOnly": false}],
                "logConfiguration": {
                    "logDriver": "awslogs",
                    "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "app"},
                    "secretOptions": []
                },
                "healthCheck": {
                    "command": ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"],
                    "interval": 30, "timeout": 5, "retries": 3, "startPeriod": 10
                },
                "dependsOn": [
                    {"containerName": "sidecar", "condition": "HEALTHY"},
                    {"containerName": "init", "condition": "SUCCESS"}
                ],
                "dockerLabels": {"com.example.tier": "web"},
                "ulimits": [{"name": "nofile", "softLimit": 65536, "hardLimit": 65536}],
                "linuxParameters": {"initProcessEnabled": true, "capabilities": {"add": ["NET_ADMIN"], "drop": ["MKNOD"]}},
                "stopTimeout": 30
            },
            {
                "name": "sidecar",
                "image": "envoyproxy/envoy:v1.29",
                "essential": false,
                "memory": 128,
                "healthCheck": {"command": ["CMD", "true"]},
                "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:000000000000:secret:creds"}
            },
            {
                "name": "init",
                "image": "busybox",
                "essential": false,
                "memory": 16,
                "command": ["sh", "-c", "echo ready"],
                "workingDirectory": "/",
                "user": "1000:1000",
                "readonlyRootFilesystem": true
            }
        ]
    });
    keel_awsmodel::validate::validate_input(ecs::model(), "RegisterTaskDefinition", &body)
        .expect("the body satisfies the model");
    let req: RegisterTaskDefinitionRequest = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(req.family, "web");
    assert_eq!(req.container_definitions.len(), 3);
    let app = &req.container_definitions[0];
    assert_eq!(app.port_mappings.as_ref().map(Vec::len), Some(2));
    assert_eq!(
        app.log_configuration.as_ref().map(|l| l.log_driver),
        Some(ecs::LogDriver::Awslogs)
    );
    assert_eq!(
        app.depends_on.as_ref().map(|d| d[0].condition),
        Some(ecs::ContainerCondition::Healthy)
    );
    assert_eq!(
        req.requires_compatibilities,
        Some(vec![ecs::Compatibility::Ec2, ecs::Compatibility::External])
    );
    let back = serde_json::to_value(&req).unwrap();
    assert_eq!(back, body);
    keel_awsmodel::validate::check_shape(ecs::model(), "RegisterTaskDefinitionRequest", &back)
        .expect("strictly valid");
}
