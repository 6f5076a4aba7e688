//! Amazon Resource Names in ECS's formats.
//!
//! `arn:PARTITION:ecs:REGION:ACCOUNT:RESOURCE`, where RESOURCE is one of
//! `cluster/NAME`, `task/CLUSTER/ID` (or the legacy `task/ID`), `task-definition/FAMILY:REV`,
//! `container-instance/CLUSTER/ID` (or `container-instance/ID`), `capacity-provider/NAME`,
//! `service/CLUSTER/NAME` (or `service/NAME`), `task-set/CLUSTER/SERVICE/ID` and
//! `container/CLUSTER/TASK/UUID`.
//! See <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-account-settings.html#ecs-resource-ids>.

use std::fmt;

/// A parsed ARN of any service.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Arn {
    pub partition: String,
    pub service: String,
    pub region: String,
    pub account_id: String,
    pub resource: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArnError {
    #[error("not an arn: {0}")]
    NotAnArn(String),
    #[error("unrecognised ecs resource: {0}")]
    UnknownResource(String),
}

/// The partition AWS uses for a region.
pub fn partition_for_region(region: &str) -> &'static str {
    if region.starts_with("cn-") {
        "aws-cn"
    } else if region.starts_with("us-gov-") {
        "aws-us-gov"
    } else {
        "aws"
    }
}

impl Arn {
    pub fn new(service: &str, region: &str, account_id: &str, resource: String) -> Self {
        Self {
            partition: partition_for_region(region).to_string(),
            service: service.to_string(),
            region: region.to_string(),
            account_id: account_id.to_string(),
            resource,
        }
    }

    pub fn ecs(region: &str, account_id: &str, resource: String) -> Self {
        Self::new("ecs", region, account_id, resource)
    }

    /// Parses `arn:partition:service:region:account:resource`; the resource may contain colons.
    pub fn parse(s: &str) -> Result<Self, ArnError> {
        let mut parts = s.splitn(6, ':');
        let (Some("arn"), Some(partition), Some(service), Some(region), Some(account), Some(res)) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return Err(ArnError::NotAnArn(s.to_string()));
        };
        if partition.is_empty() || service.is_empty() || res.is_empty() {
            return Err(ArnError::NotAnArn(s.to_string()));
        }
        Ok(Self {
            partition: partition.to_string(),
            service: service.to_string(),
            region: region.to_string(),
            account_id: account.to_string(),
            resource: res.to_string(),
        })
    }

    /// Interprets the resource part of an `ecs` ARN.
    pub fn ecs_resource(&self) -> Result<EcsResource, ArnError> {
        if self.service != "ecs" {
            return Err(ArnError::UnknownResource(self.to_string()));
        }
        EcsResource::parse(&self.resource)
    }
}

impl fmt::Display for Arn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "arn:{}:{}:{}:{}:{}",
            self.partition, self.service, self.region, self.account_id, self.resource
        )
    }
}

/// The resource part of an ECS ARN.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum EcsResource {
    Cluster {
        name: String,
    },
    /// `cluster` is `None` for the legacy short format `task/ID`.
    Task {
        cluster: Option<String>,
        id: String,
    },
    TaskDefinition {
        family: String,
        revision: i32,
    },
    ContainerInstance {
        cluster: Option<String>,
        id: String,
    },
    CapacityProvider {
        name: String,
    },
    Service {
        cluster: Option<String>,
        name: String,
    },
    TaskSet {
        cluster: String,
        service: String,
        id: String,
    },
    Container {
        cluster: String,
        task_id: String,
        id: String,
    },
}

impl EcsResource {
    pub fn parse(resource: &str) -> Result<Self, ArnError> {
        let unknown = || ArnError::UnknownResource(resource.to_string());
        let (kind, rest) = resource.split_once('/').ok_or_else(unknown)?;
        let parts: Vec<&str> = rest.split('/').collect();
        if parts.iter().any(|p| p.is_empty()) {
            return Err(unknown());
        }
        let owned = |s: &str| s.to_string();
        Ok(match (kind, parts.as_slice()) {
            ("cluster", [name]) => Self::Cluster { name: owned(name) },
            ("task", [id]) => Self::Task {
                cluster: None,
                id: owned(id),
            },
            ("task", [cluster, id]) => Self::Task {
                cluster: Some(owned(cluster)),
                id: owned(id),
            },
            ("task-definition", [family_rev]) => {
                let (family, rev) = family_rev.rsplit_once(':').ok_or_else(unknown)?;
                let revision = rev.parse::<i32>().map_err(|_| unknown())?;
                if family.is_empty() || revision < 1 {
                    return Err(unknown());
                }
                Self::TaskDefinition {
                    family: owned(family),
                    revision,
                }
            }
            ("container-instance", [id]) => Self::ContainerInstance {
                cluster: None,
                id: owned(id),
            },
            ("container-instance", [cluster, id]) => Self::ContainerInstance {
                cluster: Some(owned(cluster)),
                id: owned(id),
            },
            ("capacity-provider", [name]) => Self::CapacityProvider { name: owned(name) },
            ("service", [name]) => Self::Service {
                cluster: None,
                name: owned(name),
            },
            ("service", [cluster, name]) => Self::Service {
                cluster: Some(owned(cluster)),
                name: owned(name),
            },
            ("task-set", [cluster, service, id]) => Self::TaskSet {
                cluster: owned(cluster),
                service: owned(service),
                id: owned(id),
            },
            ("container", [cluster, task_id, id]) => Self::Container {
                cluster: owned(cluster),
                task_id: owned(task_id),
                id: owned(id),
            },
            _ => return Err(unknown()),
        })
    }

    /// The resource string, e.g. `task/default/0123...`.
    pub fn to_resource_string(&self) -> String {
        match self {
            Self::Cluster { name } => format!("cluster/{name}"),
            Self::Task {
                cluster: Some(c),
                id,
            } => format!("task/{c}/{id}"),
            Self::Task { cluster: None, id } => format!("task/{id}"),
            Self::TaskDefinition { family, revision } => {
                format!("task-definition/{family}:{revision}")
            }
            Self::ContainerInstance {
                cluster: Some(c),
                id,
            } => format!("container-instance/{c}/{id}"),
            Self::ContainerInstance { cluster: None, id } => format!("container-instance/{id}"),
            Self::CapacityProvider { name } => format!("capacity-provider/{name}"),
            Self::Service {
                cluster: Some(c),
                name,
            } => format!("service/{c}/{name}"),
            Self::Service {
                cluster: None,
                name,
            } => format!("service/{name}"),
            Self::TaskSet {
                cluster,
                service,
                id,
            } => format!("task-set/{cluster}/{service}/{id}"),
            Self::Container {
                cluster,
                task_id,
                id,
            } => format!("container/{cluster}/{task_id}/{id}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formats_ecs_arns_like_aws() {
        let arn = Arn::ecs("us-east-1", "000000000000", "cluster/default".into());
        assert_eq!(
            arn.to_string(),
            "arn:aws:ecs:us-east-1:000000000000:cluster/default"
        );
        let cn = Arn::ecs("cn-north-1", "1", "cluster/x".into());
        assert_eq!(cn.partition, "aws-cn");
    }

    #[test]
    fn parses_every_ecs_resource_kind() {
        let cases = [
            "cluster/default",
            "task/default/0123456789abcdef0123456789abcdef",
            "task/0123456789abcdef0123456789abcdef",
            "task-definition/web:12",
            "container-instance/prod/abc",
            "container-instance/abc",
            "capacity-provider/FARGATE",
            "service/prod/web",
            "service/web",
            "task-set/prod/web/ecs-svc-1",
            "container/prod/abc/1234-5678",
        ];
        for resource in cases {
            let parsed = EcsResource::parse(resource).unwrap();
            assert_eq!(parsed.to_resource_string(), resource);
        }
    }

    #[test]
    fn rejects_malformed_resources() {
        for bad in [
            "cluster",
            "cluster/",
            "task-definition/web",
            "task-definition/web:x",
            "task-definition/web:0",
            "nope/x",
            "task/a/b/c",
        ] {
            assert!(EcsResource::parse(bad).is_err(), "{bad}");
        }
        assert!(Arn::parse("arn:aws:ecs").is_err());
        assert!(Arn::parse("cluster/default").is_err());
    }

    #[test]
    fn resource_may_contain_colons() {
        let arn = Arn::parse("arn:aws:ecs:us-east-1:123:task-definition/web:3").unwrap();
        assert_eq!(
            arn.ecs_resource().unwrap(),
            EcsResource::TaskDefinition {
                family: "web".into(),
                revision: 3
            }
        );
    }

    proptest! {
        #[test]
        fn parse_never_panics(s in ".{0,80}") {
            let _ = Arn::parse(&s).map(|a| a.ecs_resource());
        }

        #[test]
        fn arn_round_trips(region in "[a-z]{2}-[a-z]{4,9}-[1-9]", account in "[0-9]{12}", name in "[A-Za-z0-9_-]{1,40}") {
            let arn = Arn::ecs(&region, &account, format!("cluster/{name}"));
            let back = Arn::parse(&arn.to_string()).unwrap();
            prop_assert_eq!(back.ecs_resource().unwrap(), EcsResource::Cluster { name });
        }
    }
}
