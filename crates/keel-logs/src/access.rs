//! What every CloudWatch Logs operation asks permission for: its IAM action and the resources
//! it acts on, from the validated input, as AWS's "Actions, resources, and condition keys for
//! Amazon CloudWatch Logs" lists them. This is the one place: a new operation gets its row
//! here (the `every_model_operation_is_declared` test fails until it does).
//!
//! Log groups are `arn:aws:logs:REGION:ACCOUNT:log-group:NAME` (an identifier given as an ARN,
//! with or without its trailing `:*`, is used as the group's ARN), log streams
//! `...:log-group:GROUP:log-stream:STREAM`, destinations `...:destination:NAME`. Operations
//! the reference lists without a resource type act on `*`. Queries and live tails only read.

use keel_api::{Access, RequestContext};
use serde_json::Value;

struct Input<'a> {
    ctx: &'a RequestContext,
    input: &'a Value,
}

impl Input<'_> {
    fn str(&self, member: &str) -> Option<&str> {
        self.input.get(member).and_then(Value::as_str)
    }

    fn strs(&self, member: &str) -> Vec<&str> {
        self.input
            .get(member)
            .and_then(Value::as_array)
            .map(|items| items.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default()
    }

    fn arn(&self, resource: &str) -> String {
        keel_types::Arn::new(
            "logs",
            &self.ctx.scope.region,
            &self.ctx.scope.account_id,
            resource.to_string(),
        )
        .to_string()
    }

    /// A log group given by name or ARN.
    fn group(&self, text: &str) -> String {
        if text.starts_with("arn:") {
            text.strip_suffix(":*").unwrap_or(text).to_string()
        } else {
            self.arn(&format!("log-group:{text}"))
        }
    }

    /// The groups named by `logGroupName` / `logGroupIdentifier` and their list forms.
    fn groups(&self) -> Vec<String> {
        let mut out: Vec<String> = ["logGroupName", "logGroupIdentifier"]
            .iter()
            .filter_map(|m| self.str(m))
            .map(|g| self.group(g))
            .collect();
        for member in ["logGroupIdentifiers", "logGroupNames", "logGroupArnList"] {
            out.extend(self.strs(member).into_iter().map(|g| self.group(g)));
        }
        out.dedup();
        out
    }

    fn stream(&self) -> Vec<String> {
        let (Some(group), Some(stream)) = (
            self.str("logGroupName")
                .or_else(|| self.str("logGroupIdentifier")),
            self.str("logStreamName"),
        ) else {
            return self.groups();
        };
        vec![format!("{}:log-stream:{stream}", self.group(group))]
    }

    fn named(&self, kind: &str, member: &str) -> Vec<String> {
        self.str(member)
            .map(|name| {
                if name.starts_with("arn:") {
                    name.to_string()
                } else {
                    self.arn(&format!("{kind}:{name}"))
                }
            })
            .into_iter()
            .collect()
    }

    fn tag_keys(&self) -> Vec<String> {
        match self.input.get("tags") {
            Some(Value::Object(map)) => map.keys().cloned().collect(),
            Some(Value::Array(keys)) => keys
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect(),
            _ => self
                .strs("tagKeys")
                .into_iter()
                .map(str::to_string)
                .collect(),
        }
    }
}

/// The declaration of `operation`; `None` for an operation not in the Logs model.
pub fn access(ctx: &RequestContext, operation: &str, input: &Value) -> Option<Access> {
    let i = Input { ctx, input };
    let new = || Access::new(format!("logs:{operation}"));
    Some(match operation {
        // On log groups.
        "CreateLogGroup" | "TagLogGroup" | "UntagLogGroup" => new()
            .on_each(i.groups())
            .with_values("aws:TagKeys", i.tag_keys()),
        "DeleteLogGroup"
        | "PutRetentionPolicy"
        | "DeleteRetentionPolicy"
        | "ListTagsLogGroup"
        | "DescribeLogStreams"
        | "DescribeMetricFilters"
        | "PutMetricFilter"
        | "DeleteMetricFilter"
        | "DescribeSubscriptionFilters"
        | "DeleteSubscriptionFilter"
        | "FilterLogEvents"
        | "GetLogGroupFields"
        | "AssociateKmsKey"
        | "DisassociateKmsKey"
        | "CreateExportTask"
        | "DeleteDataProtectionPolicy"
        | "GetDataProtectionPolicy"
        | "PutDataProtectionPolicy"
        | "GetTransformer"
        | "PutTransformer"
        | "DeleteTransformer"
        | "PutLogGroupDeletionProtection"
        | "PutBearerTokenAuthentication"
        | "CreateLogAnomalyDetector" => new().on_each(i.groups()),
        "StartQuery" | "StartLiveTail" => new().on_each(i.groups()).read_only(true),
        "StopQuery" | "GetQueryResults" => new().read_only(true),
        "PutSubscriptionFilter" => {
            let mut access = new().on_each(i.groups());
            if let Some(dest) = i.str("destinationArn")
                && dest.contains(":logs:")
            {
                access = access.on(dest.to_string());
            }
            access
        }
        // On log streams.
        "CreateLogStream" | "DeleteLogStream" | "PutLogEvents" | "GetLogEvents" => {
            new().on_each(i.stream())
        }
        // On destinations, deliveries, detectors, tables and scheduled queries.
        "PutDestination" | "PutDestinationPolicy" | "DeleteDestination" => new()
            .on_each(i.named("destination", "destinationName"))
            .with_values("aws:TagKeys", i.tag_keys()),
        "PutDeliverySource" | "GetDeliverySource" | "DeleteDeliverySource" => {
            new().on_each(i.named("delivery-source", "name"))
        }
        "PutDeliveryDestination" | "GetDeliveryDestination" | "DeleteDeliveryDestination" => {
            new().on_each(i.named("delivery-destination", "name"))
        }
        "PutDeliveryDestinationPolicy"
        | "GetDeliveryDestinationPolicy"
        | "DeleteDeliveryDestinationPolicy" => {
            new().on_each(i.named("delivery-destination", "deliveryDestinationName"))
        }
        "GetDelivery" | "DeleteDelivery" | "UpdateDeliveryConfiguration" => {
            new().on_each(i.named("delivery", "id"))
        }
        "CreateDelivery" => {
            let mut access = new().on_each(i.named("delivery-source", "deliverySourceName"));
            if let Some(dest) = i.str("deliveryDestinationArn") {
                access = access.on(dest.to_string());
            }
            access
        }
        "GetLogAnomalyDetector"
        | "DeleteLogAnomalyDetector"
        | "UpdateLogAnomalyDetector"
        | "UpdateAnomaly"
        | "ListAnomalies" => new().on_each(i.str("anomalyDetectorArn").map(str::to_string)),
        "CreateLookupTable" => new().on_each(i.named("lookup-table", "lookupTableName")),
        "GetLookupTable" | "UpdateLookupTable" | "DeleteLookupTable" => {
            new().on_each(i.str("lookupTableArn").map(str::to_string))
        }
        "CreateScheduledQuery" => new().on_each(i.named("scheduled-query", "name")),
        "GetScheduledQuery"
        | "UpdateScheduledQuery"
        | "DeleteScheduledQuery"
        | "GetScheduledQueryHistory" => new().on_each(i.named("scheduled-query", "identifier")),
        "TagResource" | "UntagResource" => new()
            .on_each(
                i.str("resourceArn")
                    .map(|a| a.strip_suffix(":*").unwrap_or(a).to_string()),
            )
            .with_values("aws:TagKeys", i.tag_keys()),
        "ListTagsForResource" => new().on_each(
            i.str("resourceArn")
                .map(|a| a.strip_suffix(":*").unwrap_or(a).to_string()),
        ),
        // No resource type in the reference: `*`.
        "DescribeLogGroups"
        | "ListLogGroups"
        | "DescribeDestinations"
        | "DescribeQueries"
        | "DescribeQueryDefinitions"
        | "PutQueryDefinition"
        | "DeleteQueryDefinition"
        | "DescribeResourcePolicies"
        | "PutResourcePolicy"
        | "DeleteResourcePolicy"
        | "TestMetricFilter"
        | "TestTransformer"
        | "DescribeExportTasks"
        | "CancelExportTask"
        | "CreateImportTask"
        | "CancelImportTask"
        | "DescribeImportTasks"
        | "DescribeImportTaskBatches"
        | "DescribeAccountPolicies"
        | "PutAccountPolicy"
        | "DeleteAccountPolicy"
        | "DescribeConfigurationTemplates"
        | "DescribeDeliveries"
        | "DescribeDeliveryDestinations"
        | "DescribeDeliverySources"
        | "DescribeFieldIndexes"
        | "DescribeIndexPolicies"
        | "PutIndexPolicy"
        | "DeleteIndexPolicy"
        | "DescribeLookupTables"
        | "GetIntegration"
        | "PutIntegration"
        | "DeleteIntegration"
        | "ListIntegrations"
        | "GetLogFields"
        | "GetLogObject"
        | "GetLogRecord"
        | "ListAggregateLogGroupSummaries"
        | "ListLogAnomalyDetectors"
        | "ListLogGroupsForQuery"
        | "ListScheduledQueries"
        | "ListSourcesForS3TableIntegration"
        | "AssociateSourceToS3TableIntegration"
        | "DisassociateSourceFromS3TableIntegration"
        | "GetStorageTierPolicy"
        | "PutStorageTierPolicy"
        | "ListSyslogConfigurations"
        | "PutSyslogConfiguration"
        | "DeleteSyslogConfiguration" => new(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use keel_types::Scope;
    use serde_json::json;

    fn ctx() -> RequestContext {
        RequestContext::new("t", Scope::new("000000000000", "us-east-1"))
    }

    #[test]
    fn every_model_operation_is_declared() {
        let missing: Vec<&str> = keel_awsmodel::logs::MODEL
            .operations
            .iter()
            .filter(|op| access(&ctx(), op.name, &json!({})).is_none())
            .map(|op| op.name)
            .collect();
        assert!(
            missing.is_empty(),
            "CloudWatch Logs operations without an access declaration: {missing:?}"
        );
    }

    #[test]
    fn groups_and_streams_are_named_as_iam_names_them() {
        let put = access(
            &ctx(),
            "PutLogEvents",
            &json!({"logGroupName": "/app", "logStreamName": "web/1"}),
        )
        .unwrap();
        assert_eq!(
            put.resources,
            ["arn:aws:logs:us-east-1:000000000000:log-group:/app:log-stream:web/1"]
        );
        assert!(!put.read_only);
        let describe = access(
            &ctx(),
            "DescribeLogStreams",
            &json!({"logGroupIdentifier": "arn:aws:logs:us-east-1:000000000000:log-group:/app:*"}),
        )
        .unwrap();
        assert_eq!(
            describe.resources,
            ["arn:aws:logs:us-east-1:000000000000:log-group:/app"]
        );
        assert!(describe.read_only);
        let query = access(&ctx(), "StartQuery", &json!({"logGroupNames": ["a", "b"]})).unwrap();
        assert_eq!(query.resources.len(), 2);
        assert!(query.read_only);
        let create = access(
            &ctx(),
            "CreateLogGroup",
            &json!({"logGroupName": "g", "tags": {"team": "x"}}),
        )
        .unwrap();
        assert!(
            create
                .context
                .contains(&("aws:TagKeys".into(), vec!["team".into()]))
        );
        assert_eq!(
            access(&ctx(), "DescribeLogGroups", &json!({}))
                .unwrap()
                .resources_or_any(),
            ["*"]
        );
    }
}
