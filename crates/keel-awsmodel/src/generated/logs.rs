// @generated from the botocore 1.44.5 model logs/2014-03-28/service-2.json by `cargo run -p xtask -- codegen`.
// Do not edit: change xtask and regenerate.

//! Amazon CloudWatch Logs wire types and model table (API version 2014-03-28).
//!
//! One Rust type per structure and enum shape of the model, named as the shape; [`MODEL`] is the whole model as static data.

use std::collections::BTreeMap;

/// The `AccessDeniedException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessDeniedException {}

/// The `AccountPolicy` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountPolicy {
    #[serde(rename = "policyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    #[serde(rename = "policyDocument")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_document: Option<String>,
    #[serde(rename = "lastUpdatedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<i64>,
    #[serde(rename = "policyType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_type: Option<PolicyType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    #[serde(rename = "selectionCriteria")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selection_criteria: Option<String>,
    #[serde(rename = "accountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
}

/// The `ActionStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ActionStatus {
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "CLIENT_ERROR")]
    ClientError,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "COMPLETE")]
    Complete,
}

impl ActionStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["IN_PROGRESS", "CLIENT_ERROR", "FAILED", "COMPLETE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::InProgress,
        Self::ClientError,
        Self::Failed,
        Self::Complete,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ActionStatus);

/// The `AddKeyEntry` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddKeyEntry {
    pub key: String,
    pub value: String,
    #[serde(rename = "overwriteIfExists")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overwrite_if_exists: Option<bool>,
}

/// The `AddKeys` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddKeys {
    pub entries: Vec<AddKeyEntry>,
}

/// The `AggregateLogGroupSummary` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AggregateLogGroupSummary {
    #[serde(rename = "logGroupCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_count: Option<i32>,
    #[serde(rename = "groupingIdentifiers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grouping_identifiers: Option<Vec<GroupingIdentifier>>,
}

/// The `Anomaly` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Anomaly {
    #[serde(rename = "anomalyId")]
    pub anomaly_id: String,
    #[serde(rename = "patternId")]
    pub pattern_id: String,
    #[serde(rename = "anomalyDetectorArn")]
    pub anomaly_detector_arn: String,
    #[serde(rename = "patternString")]
    pub pattern_string: String,
    #[serde(rename = "patternRegex")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern_regex: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    #[serde(rename = "firstSeen")]
    pub first_seen: i64,
    #[serde(rename = "lastSeen")]
    pub last_seen: i64,
    pub description: String,
    pub active: bool,
    pub state: State,
    pub histogram: BTreeMap<String, i64>,
    #[serde(rename = "logSamples")]
    pub log_samples: Vec<LogEvent>,
    #[serde(rename = "patternTokens")]
    pub pattern_tokens: Vec<PatternToken>,
    #[serde(rename = "logGroupArnList")]
    pub log_group_arn_list: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suppressed: Option<bool>,
    #[serde(rename = "suppressedDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suppressed_date: Option<i64>,
    #[serde(rename = "suppressedUntil")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suppressed_until: Option<i64>,
    #[serde(rename = "isPatternLevelSuppression")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_pattern_level_suppression: Option<bool>,
}

/// The `AnomalyDetector` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AnomalyDetector {
    #[serde(rename = "anomalyDetectorArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anomaly_detector_arn: Option<String>,
    #[serde(rename = "detectorName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detector_name: Option<String>,
    #[serde(rename = "logGroupArnList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_arn_list: Option<Vec<String>>,
    #[serde(rename = "evaluationFrequency")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_frequency: Option<EvaluationFrequency>,
    #[serde(rename = "filterPattern")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_pattern: Option<String>,
    #[serde(rename = "anomalyDetectorStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anomaly_detector_status: Option<AnomalyDetectorStatus>,
    #[serde(rename = "kmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "creationTimeStamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time_stamp: Option<i64>,
    #[serde(rename = "lastModifiedTimeStamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified_time_stamp: Option<i64>,
    #[serde(rename = "anomalyVisibilityTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anomaly_visibility_time: Option<i64>,
}

/// The `AnomalyDetectorStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum AnomalyDetectorStatus {
    #[serde(rename = "INITIALIZING")]
    Initializing,
    #[serde(rename = "TRAINING")]
    Training,
    #[serde(rename = "ANALYZING")]
    Analyzing,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "DELETED")]
    Deleted,
    #[serde(rename = "PAUSED")]
    Paused,
}

impl AnomalyDetectorStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "INITIALIZING",
        "TRAINING",
        "ANALYZING",
        "FAILED",
        "DELETED",
        "PAUSED",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Initializing,
        Self::Training,
        Self::Analyzing,
        Self::Failed,
        Self::Deleted,
        Self::Paused,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(AnomalyDetectorStatus);

/// The `AssociateKmsKeyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociateKmsKeyRequest {
    #[serde(rename = "logGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name: Option<String>,
    #[serde(rename = "kmsKeyId")]
    pub kms_key_id: String,
    #[serde(rename = "resourceIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_identifier: Option<String>,
}

/// The `AssociateSourceToS3TableIntegrationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociateSourceToS3TableIntegrationRequest {
    #[serde(rename = "integrationArn")]
    pub integration_arn: String,
    #[serde(rename = "dataSource")]
    pub data_source: DataSource,
}

/// The `AssociateSourceToS3TableIntegrationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociateSourceToS3TableIntegrationResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
}

/// The `CSV` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CSV {
    #[serde(rename = "quoteCharacter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote_character: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delimiter: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub columns: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<String>,
}

/// The `CancelExportTaskRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CancelExportTaskRequest {
    #[serde(rename = "taskId")]
    pub task_id: String,
}

/// The `CancelImportTaskRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CancelImportTaskRequest {
    #[serde(rename = "importId")]
    pub import_id: String,
}

/// The `CancelImportTaskResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CancelImportTaskResponse {
    #[serde(rename = "importId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_id: Option<String>,
    #[serde(rename = "importStatistics")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_statistics: Option<ImportStatistics>,
    #[serde(rename = "importStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_status: Option<ImportStatus>,
    #[serde(rename = "creationTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<i64>,
    #[serde(rename = "lastUpdatedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<i64>,
}

/// The `ConfigurationTemplate` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConfigurationTemplate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    #[serde(rename = "logType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_type: Option<String>,
    #[serde(rename = "resourceType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    #[serde(rename = "deliveryDestinationType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_destination_type: Option<DeliveryDestinationType>,
    #[serde(rename = "defaultDeliveryConfigValues")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_delivery_config_values: Option<ConfigurationTemplateDeliveryConfigValues>,
    #[serde(rename = "allowedFields")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_fields: Option<Vec<RecordField>>,
    #[serde(rename = "allowedOutputFormats")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_output_formats: Option<Vec<OutputFormat>>,
    #[serde(rename = "allowedActionForAllowVendedLogsDeliveryForResource")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_action_for_allow_vended_logs_delivery_for_resource: Option<String>,
    #[serde(rename = "allowedFieldDelimiters")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_field_delimiters: Option<Vec<String>>,
    #[serde(rename = "allowedSuffixPathFields")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_suffix_path_fields: Option<Vec<String>>,
    #[serde(rename = "deliverySourceConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_source_configuration: Option<Vec<DeliverySourceConfigurationSchema>>,
    #[serde(rename = "s3TablesIntegration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_tables_integration: Option<S3TablesIntegration>,
}

/// The `ConfigurationTemplateDeliveryConfigValues` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConfigurationTemplateDeliveryConfigValues {
    #[serde(rename = "recordFields")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_fields: Option<Vec<String>>,
    #[serde(rename = "fieldDelimiter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_delimiter: Option<String>,
    #[serde(rename = "s3DeliveryConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_delivery_configuration: Option<S3DeliveryConfiguration>,
}

/// The `ConflictException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConflictException {}

/// The `CopyValue` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CopyValue {
    pub entries: Vec<CopyValueEntry>,
}

/// The `CopyValueEntry` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CopyValueEntry {
    pub source: String,
    pub target: String,
    #[serde(rename = "overwriteIfExists")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overwrite_if_exists: Option<bool>,
}

/// The `CreateDeliveryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateDeliveryRequest {
    #[serde(rename = "deliverySourceName")]
    pub delivery_source_name: String,
    #[serde(rename = "deliveryDestinationArn")]
    pub delivery_destination_arn: String,
    #[serde(rename = "recordFields")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_fields: Option<Vec<String>>,
    #[serde(rename = "fieldDelimiter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_delimiter: Option<String>,
    #[serde(rename = "s3DeliveryConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_delivery_configuration: Option<S3DeliveryConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The `CreateDeliveryResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateDeliveryResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Delivery>,
}

/// The `CreateExportTaskRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateExportTaskRequest {
    #[serde(rename = "taskName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_name: Option<String>,
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
    #[serde(rename = "logStreamNamePrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_stream_name_prefix: Option<String>,
    pub from: i64,
    pub to: i64,
    pub destination: String,
    #[serde(rename = "destinationPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_prefix: Option<String>,
}

/// The `CreateExportTaskResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateExportTaskResponse {
    #[serde(rename = "taskId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

/// The `CreateImportTaskRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateImportTaskRequest {
    #[serde(rename = "importSourceArn")]
    pub import_source_arn: String,
    #[serde(rename = "importRoleArn")]
    pub import_role_arn: String,
    #[serde(rename = "importFilter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_filter: Option<ImportFilter>,
}

/// The `CreateImportTaskResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateImportTaskResponse {
    #[serde(rename = "importId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_id: Option<String>,
    #[serde(rename = "importDestinationArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_destination_arn: Option<String>,
    #[serde(rename = "creationTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<i64>,
}

/// The `CreateLogAnomalyDetectorRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateLogAnomalyDetectorRequest {
    #[serde(rename = "logGroupArnList")]
    pub log_group_arn_list: Vec<String>,
    #[serde(rename = "detectorName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detector_name: Option<String>,
    #[serde(rename = "evaluationFrequency")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_frequency: Option<EvaluationFrequency>,
    #[serde(rename = "filterPattern")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_pattern: Option<String>,
    #[serde(rename = "kmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "anomalyVisibilityTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anomaly_visibility_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The `CreateLogAnomalyDetectorResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateLogAnomalyDetectorResponse {
    #[serde(rename = "anomalyDetectorArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anomaly_detector_arn: Option<String>,
}

/// The `CreateLogGroupRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateLogGroupRequest {
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
    #[serde(rename = "kmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
    #[serde(rename = "logGroupClass")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_class: Option<LogGroupClass>,
    #[serde(rename = "deletionProtectionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_protection_enabled: Option<bool>,
}

/// The `CreateLogStreamRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateLogStreamRequest {
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
    #[serde(rename = "logStreamName")]
    pub log_stream_name: String,
}

/// The `CreateLookupTableRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateLookupTableRequest {
    #[serde(rename = "lookupTableName")]
    pub lookup_table_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "tableBody")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table_body: Option<String>,
    #[serde(rename = "queryId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_id: Option<String>,
    #[serde(rename = "kmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The `CreateLookupTableResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateLookupTableResponse {
    #[serde(rename = "lookupTableArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_table_arn: Option<String>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
}

/// The `CreateScheduledQueryRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateScheduledQueryRequest {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "queryLanguage")]
    pub query_language: QueryLanguage,
    #[serde(rename = "queryString")]
    pub query_string: String,
    #[serde(rename = "logGroupIdentifiers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifiers: Option<Vec<String>>,
    #[serde(rename = "scheduleExpression")]
    pub schedule_expression: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    #[serde(rename = "startTimeOffset")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time_offset: Option<i64>,
    #[serde(rename = "endTimeOffset")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time_offset: Option<i64>,
    #[serde(rename = "destinationConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_configuration: Option<DestinationConfiguration>,
    #[serde(rename = "scheduleStartTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_start_time: Option<i64>,
    #[serde(rename = "scheduleEndTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_end_time: Option<i64>,
    #[serde(rename = "executionRoleArn")]
    pub execution_role_arn: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ScheduledQueryState>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The `CreateScheduledQueryResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateScheduledQueryResponse {
    #[serde(rename = "scheduledQueryArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_query_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ScheduledQueryState>,
}

/// The `DataAlreadyAcceptedException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DataAlreadyAcceptedException {
    #[serde(rename = "expectedSequenceToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_sequence_token: Option<String>,
}

/// The `DataProtectionStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DataProtectionStatus {
    #[serde(rename = "ACTIVATED")]
    Activated,
    #[serde(rename = "DELETED")]
    Deleted,
    #[serde(rename = "ARCHIVED")]
    Archived,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl DataProtectionStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ACTIVATED", "DELETED", "ARCHIVED", "DISABLED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Activated,
        Self::Deleted,
        Self::Archived,
        Self::Disabled,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DataProtectionStatus);

/// The `DataSource` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DataSource {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

/// The `DataSourceFilter` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DataSourceFilter {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

/// The `DateTimeConverter` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DateTimeConverter {
    pub source: String,
    pub target: String,
    #[serde(rename = "targetFormat")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_format: Option<String>,
    #[serde(rename = "matchPatterns")]
    pub match_patterns: Vec<String>,
    #[serde(rename = "sourceTimezone")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_timezone: Option<String>,
    #[serde(rename = "targetTimezone")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_timezone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

/// The `DeleteAccountPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAccountPolicyRequest {
    #[serde(rename = "policyName")]
    pub policy_name: String,
    #[serde(rename = "policyType")]
    pub policy_type: PolicyType,
    #[serde(rename = "dryRun")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
}

/// The `DeleteAccountPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAccountPolicyResponse {
    #[serde(rename = "dryRunResult")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dry_run_result: Option<DryRunResult>,
}

/// The `DeleteDataProtectionPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDataProtectionPolicyRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: String,
}

/// The `DeleteDeliveryDestinationPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDeliveryDestinationPolicyRequest {
    #[serde(rename = "deliveryDestinationName")]
    pub delivery_destination_name: String,
}

/// The `DeleteDeliveryDestinationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDeliveryDestinationRequest {
    pub name: String,
}

/// The `DeleteDeliveryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDeliveryRequest {
    pub id: String,
}

/// The `DeleteDeliverySourceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDeliverySourceRequest {
    pub name: String,
}

/// The `DeleteDestinationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDestinationRequest {
    #[serde(rename = "destinationName")]
    pub destination_name: String,
}

/// The `DeleteIndexPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteIndexPolicyRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: String,
}

/// The `DeleteIndexPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteIndexPolicyResponse {}

/// The `DeleteIntegrationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteIntegrationRequest {
    #[serde(rename = "integrationName")]
    pub integration_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

/// The `DeleteIntegrationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteIntegrationResponse {}

/// The `DeleteKeys` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteKeys {
    #[serde(rename = "withKeys")]
    pub with_keys: Vec<String>,
}

/// The `DeleteLogAnomalyDetectorRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteLogAnomalyDetectorRequest {
    #[serde(rename = "anomalyDetectorArn")]
    pub anomaly_detector_arn: String,
}

/// The `DeleteLogGroupRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteLogGroupRequest {
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
}

/// The `DeleteLogStreamRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteLogStreamRequest {
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
    #[serde(rename = "logStreamName")]
    pub log_stream_name: String,
}

/// The `DeleteLookupTableRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteLookupTableRequest {
    #[serde(rename = "lookupTableArn")]
    pub lookup_table_arn: String,
}

/// The `DeleteMetricFilterRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteMetricFilterRequest {
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
    #[serde(rename = "filterName")]
    pub filter_name: String,
}

/// The `DeleteQueryDefinitionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteQueryDefinitionRequest {
    #[serde(rename = "queryDefinitionId")]
    pub query_definition_id: String,
}

/// The `DeleteQueryDefinitionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteQueryDefinitionResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
}

/// The `DeleteResourcePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteResourcePolicyRequest {
    #[serde(rename = "policyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    #[serde(rename = "resourceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_arn: Option<String>,
    #[serde(rename = "expectedRevisionId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_revision_id: Option<String>,
}

/// The `DeleteRetentionPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteRetentionPolicyRequest {
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
}

/// The `DeleteScheduledQueryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteScheduledQueryRequest {
    pub identifier: String,
}

/// The `DeleteScheduledQueryResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteScheduledQueryResponse {}

/// The `DeleteSubscriptionFilterRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteSubscriptionFilterRequest {
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
    #[serde(rename = "filterName")]
    pub filter_name: String,
}

/// The `DeleteSyslogConfigurationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteSyslogConfigurationRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: String,
    #[serde(rename = "vpcEndpointId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_endpoint_id: Option<String>,
}

/// The `DeleteTransformerRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteTransformerRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: String,
}

/// The `Delivery` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Delivery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "deliverySourceName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_source_name: Option<String>,
    #[serde(rename = "deliveryDestinationArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_destination_arn: Option<String>,
    #[serde(rename = "deliveryDestinationType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_destination_type: Option<DeliveryDestinationType>,
    #[serde(rename = "recordFields")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_fields: Option<Vec<String>>,
    #[serde(rename = "fieldDelimiter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_delimiter: Option<String>,
    #[serde(rename = "s3DeliveryConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_delivery_configuration: Option<S3DeliveryConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The `DeliveryDestination` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeliveryDestination {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "deliveryDestinationType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_destination_type: Option<DeliveryDestinationType>,
    #[serde(rename = "outputFormat")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_format: Option<OutputFormat>,
    #[serde(rename = "deliveryDestinationConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_destination_configuration: Option<DeliveryDestinationConfiguration>,
    #[serde(rename = "roleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The `DeliveryDestinationConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeliveryDestinationConfiguration {
    #[serde(rename = "destinationResourceArn")]
    pub destination_resource_arn: String,
}

/// The `DeliveryDestinationType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DeliveryDestinationType {
    S3,
    #[serde(rename = "CWL")]
    Cwl,
    #[serde(rename = "FH")]
    Fh,
    #[serde(rename = "XRAY")]
    Xray,
}

impl DeliveryDestinationType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["S3", "CWL", "FH", "XRAY"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::S3, Self::Cwl, Self::Fh, Self::Xray];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DeliveryDestinationType);

/// The `DeliverySource` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeliverySource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "resourceArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_arns: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    #[serde(rename = "logType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
    #[serde(rename = "deliverySourceConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_source_configuration: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DeliverySourceStatus>,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<DeliverySourceStatusReason>,
}

/// The `DeliverySourceConfigurationSchema` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeliverySourceConfigurationSchema {
    #[serde(rename = "keyName")]
    pub key_name: String,
    #[serde(rename = "valueType")]
    pub value_type: DeliverySourceConfigurationSchemaValueType,
    #[serde(rename = "defaultValue")]
    pub default_value: String,
    #[serde(rename = "supportedValues")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_values: Option<Vec<String>>,
    #[serde(rename = "minValue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_value: Option<f64>,
    #[serde(rename = "maxValue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_value: Option<f64>,
}

/// The `DeliverySourceConfigurationSchemaValueType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DeliverySourceConfigurationSchemaValueType {
    #[serde(rename = "string")]
    String,
    #[serde(rename = "boolean")]
    Boolean,
    #[serde(rename = "int")]
    Int,
    #[serde(rename = "double")]
    Double,
    #[serde(rename = "long")]
    Long,
}

impl DeliverySourceConfigurationSchemaValueType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["string", "boolean", "int", "double", "long"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::String,
        Self::Boolean,
        Self::Int,
        Self::Double,
        Self::Long,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DeliverySourceConfigurationSchemaValueType);

/// The `DeliverySourceStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DeliverySourceStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "INACTIVE")]
    Inactive,
}

impl DeliverySourceStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "INACTIVE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Active, Self::Inactive];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DeliverySourceStatus);

/// The `DeliverySourceStatusReason` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DeliverySourceStatusReason {
    #[serde(rename = "RESOURCE_DELETED")]
    ResourceDeleted,
}

impl DeliverySourceStatusReason {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["RESOURCE_DELETED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::ResourceDeleted];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DeliverySourceStatusReason);

/// The `DescribeAccountPoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeAccountPoliciesRequest {
    #[serde(rename = "policyType")]
    pub policy_type: PolicyType,
    #[serde(rename = "policyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    #[serde(rename = "accountIdentifiers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_identifiers: Option<Vec<String>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeAccountPoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeAccountPoliciesResponse {
    #[serde(rename = "accountPolicies")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_policies: Option<Vec<AccountPolicy>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeConfigurationTemplatesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeConfigurationTemplatesRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    #[serde(rename = "logTypes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_types: Option<Vec<String>>,
    #[serde(rename = "resourceTypes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_types: Option<Vec<String>>,
    #[serde(rename = "deliveryDestinationTypes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_destination_types: Option<Vec<DeliveryDestinationType>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
}

/// The `DescribeConfigurationTemplatesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeConfigurationTemplatesResponse {
    #[serde(rename = "configurationTemplates")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration_templates: Option<Vec<ConfigurationTemplate>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeDeliveriesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDeliveriesRequest {
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
    #[serde(rename = "deliverySourceNames")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_source_names: Option<Vec<String>>,
}

/// The `DescribeDeliveriesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDeliveriesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deliveries: Option<Vec<Delivery>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeDeliveryDestinationsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDeliveryDestinationsRequest {
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names: Option<Vec<String>>,
}

/// The `DescribeDeliveryDestinationsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDeliveryDestinationsResponse {
    #[serde(rename = "deliveryDestinations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_destinations: Option<Vec<DeliveryDestination>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeDeliverySourcesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDeliverySourcesRequest {
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
    #[serde(rename = "resourceArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_arns: Option<Vec<String>>,
}

/// The `DescribeDeliverySourcesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDeliverySourcesResponse {
    #[serde(rename = "deliverySources")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_sources: Option<Vec<DeliverySource>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeDestinationsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDestinationsRequest {
    #[serde(rename = "DestinationNamePrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_name_prefix: Option<String>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
}

/// The `DescribeDestinationsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDestinationsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destinations: Option<Vec<Destination>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeExportTasksRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeExportTasksRequest {
    #[serde(rename = "taskId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
    #[serde(rename = "statusCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<ExportTaskStatusCode>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
}

/// The `DescribeExportTasksResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeExportTasksResponse {
    #[serde(rename = "exportTasks")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub export_tasks: Option<Vec<ExportTask>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeFieldIndexesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeFieldIndexesRequest {
    #[serde(rename = "logGroupIdentifiers")]
    pub log_group_identifiers: Vec<String>,
    #[serde(rename = "indexCategories")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_categories: Option<Vec<IndexCategory>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeFieldIndexesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeFieldIndexesResponse {
    #[serde(rename = "fieldIndexes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_indexes: Option<Vec<FieldIndex>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeImportTaskBatchesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeImportTaskBatchesRequest {
    #[serde(rename = "importId")]
    pub import_id: String,
    #[serde(rename = "batchImportStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch_import_status: Option<Vec<ImportStatus>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeImportTaskBatchesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeImportTaskBatchesResponse {
    #[serde(rename = "importSourceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_source_arn: Option<String>,
    #[serde(rename = "importId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_id: Option<String>,
    #[serde(rename = "importBatches")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_batches: Option<Vec<ImportBatch>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeImportTasksRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeImportTasksRequest {
    #[serde(rename = "importId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_id: Option<String>,
    #[serde(rename = "importStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_status: Option<ImportStatus>,
    #[serde(rename = "importSourceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_source_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeImportTasksResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeImportTasksResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imports: Option<Vec<Import>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeIndexPoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeIndexPoliciesRequest {
    #[serde(rename = "logGroupIdentifiers")]
    pub log_group_identifiers: Vec<String>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeIndexPoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeIndexPoliciesResponse {
    #[serde(rename = "indexPolicies")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_policies: Option<Vec<IndexPolicy>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeLogGroupsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeLogGroupsRequest {
    #[serde(rename = "accountIdentifiers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_identifiers: Option<Vec<String>>,
    #[serde(rename = "logGroupNamePrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name_prefix: Option<String>,
    #[serde(rename = "logGroupNamePattern")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name_pattern: Option<String>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
    #[serde(rename = "includeLinkedAccounts")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_linked_accounts: Option<bool>,
    #[serde(rename = "logGroupClass")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_class: Option<LogGroupClass>,
    #[serde(rename = "logGroupIdentifiers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifiers: Option<Vec<String>>,
}

/// The `DescribeLogGroupsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeLogGroupsResponse {
    #[serde(rename = "logGroups")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_groups: Option<Vec<LogGroup>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeLogStreamsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeLogStreamsRequest {
    #[serde(rename = "logGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name: Option<String>,
    #[serde(rename = "logGroupIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifier: Option<String>,
    #[serde(rename = "logStreamNamePrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_stream_name_prefix: Option<String>,
    #[serde(rename = "orderBy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_by: Option<OrderBy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub descending: Option<bool>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
}

/// The `DescribeLogStreamsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeLogStreamsResponse {
    #[serde(rename = "logStreams")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_streams: Option<Vec<LogStream>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeLookupTablesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeLookupTablesRequest {
    #[serde(rename = "lookupTableNamePrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_table_name_prefix: Option<String>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeLookupTablesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeLookupTablesResponse {
    #[serde(rename = "lookupTables")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_tables: Option<Vec<LookupTable>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeMetricFiltersRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeMetricFiltersRequest {
    #[serde(rename = "logGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name: Option<String>,
    #[serde(rename = "filterNamePrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_name_prefix: Option<String>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
    #[serde(rename = "metricName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric_name: Option<String>,
    #[serde(rename = "metricNamespace")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric_namespace: Option<String>,
}

/// The `DescribeMetricFiltersResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeMetricFiltersResponse {
    #[serde(rename = "metricFilters")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric_filters: Option<Vec<MetricFilter>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeQueriesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeQueriesRequest {
    #[serde(rename = "logGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<QueryStatus>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "queryLanguage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
}

/// The `DescribeQueriesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeQueriesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queries: Option<Vec<QueryInfo>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeQueryDefinitionsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeQueryDefinitionsRequest {
    #[serde(rename = "queryLanguage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
    #[serde(rename = "queryDefinitionNamePrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_definition_name_prefix: Option<String>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeQueryDefinitionsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeQueryDefinitionsResponse {
    #[serde(rename = "queryDefinitions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_definitions: Option<Vec<QueryDefinition>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeResourcePoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeResourcePoliciesRequest {
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
    #[serde(rename = "resourceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_arn: Option<String>,
    #[serde(rename = "policyScope")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_scope: Option<PolicyScope>,
}

/// The `DescribeResourcePoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeResourcePoliciesResponse {
    #[serde(rename = "resourcePolicies")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_policies: Option<Vec<ResourcePolicy>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeSubscriptionFiltersRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeSubscriptionFiltersRequest {
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
    #[serde(rename = "filterNamePrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_name_prefix: Option<String>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
}

/// The `DescribeSubscriptionFiltersResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeSubscriptionFiltersResponse {
    #[serde(rename = "subscriptionFilters")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_filters: Option<Vec<SubscriptionFilter>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `Destination` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Destination {
    #[serde(rename = "destinationName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_name: Option<String>,
    #[serde(rename = "targetArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_arn: Option<String>,
    #[serde(rename = "roleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    #[serde(rename = "accessPolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_policy: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "creationTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<i64>,
}

/// The `DestinationConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DestinationConfiguration {
    #[serde(rename = "s3Configuration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_configuration: Option<S3Configuration>,
    #[serde(rename = "lookupTableConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_table_configuration: Option<LookupTableConfiguration>,
}

/// The `DisassociateKmsKeyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisassociateKmsKeyRequest {
    #[serde(rename = "logGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name: Option<String>,
    #[serde(rename = "resourceIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_identifier: Option<String>,
}

/// The `DisassociateSourceFromS3TableIntegrationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisassociateSourceFromS3TableIntegrationRequest {
    pub identifier: String,
}

/// The `DisassociateSourceFromS3TableIntegrationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisassociateSourceFromS3TableIntegrationResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
}

/// The `Distribution` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum Distribution {
    Random,
    ByLogStream,
}

impl Distribution {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["Random", "ByLogStream"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Random, Self::ByLogStream];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(Distribution);

/// The `DryRunResult` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DryRunResult {
    #[serde(rename = "totalMatchedLogGroups")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_matched_log_groups: Option<i32>,
    #[serde(rename = "increasedRetentionLogGroupCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub increased_retention_log_group_count: Option<i32>,
    #[serde(rename = "decreasedRetentionLogGroupCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decreased_retention_log_group_count: Option<i32>,
    #[serde(rename = "unchangedRetentionLogGroupCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unchanged_retention_log_group_count: Option<i32>,
    #[serde(rename = "failedAnalysisCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_analysis_count: Option<i32>,
    #[serde(rename = "topLogGroupsImpacted")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_log_groups_impacted: Option<Vec<LogGroupImpact>>,
}

/// The `Entity` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Entity {
    #[serde(rename = "keyAttributes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_attributes: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<BTreeMap<String, String>>,
}

/// The `EntityRejectionErrorType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum EntityRejectionErrorType {
    InvalidEntity,
    InvalidTypeValue,
    InvalidKeyAttributes,
    InvalidAttributes,
    EntitySizeTooLarge,
    UnsupportedLogGroupType,
    MissingRequiredFields,
}

impl EntityRejectionErrorType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "InvalidEntity",
        "InvalidTypeValue",
        "InvalidKeyAttributes",
        "InvalidAttributes",
        "EntitySizeTooLarge",
        "UnsupportedLogGroupType",
        "MissingRequiredFields",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::InvalidEntity,
        Self::InvalidTypeValue,
        Self::InvalidKeyAttributes,
        Self::InvalidAttributes,
        Self::EntitySizeTooLarge,
        Self::UnsupportedLogGroupType,
        Self::MissingRequiredFields,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(EntityRejectionErrorType);

/// The `EvaluationFrequency` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum EvaluationFrequency {
    #[serde(rename = "ONE_MIN")]
    OneMin,
    #[serde(rename = "FIVE_MIN")]
    FiveMin,
    #[serde(rename = "TEN_MIN")]
    TenMin,
    #[serde(rename = "FIFTEEN_MIN")]
    FifteenMin,
    #[serde(rename = "THIRTY_MIN")]
    ThirtyMin,
    #[serde(rename = "ONE_HOUR")]
    OneHour,
}

impl EvaluationFrequency {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "ONE_MIN",
        "FIVE_MIN",
        "TEN_MIN",
        "FIFTEEN_MIN",
        "THIRTY_MIN",
        "ONE_HOUR",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::OneMin,
        Self::FiveMin,
        Self::TenMin,
        Self::FifteenMin,
        Self::ThirtyMin,
        Self::OneHour,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(EvaluationFrequency);

/// The `EventSource` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum EventSource {
    CloudTrail,
    Route53Resolver,
    #[serde(rename = "VPCFlow")]
    VpcFlow,
    #[serde(rename = "EKSAudit")]
    EksAudit,
    #[serde(rename = "AWSWAF")]
    Awswaf,
}

impl EventSource {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "CloudTrail",
        "Route53Resolver",
        "VPCFlow",
        "EKSAudit",
        "AWSWAF",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::CloudTrail,
        Self::Route53Resolver,
        Self::VpcFlow,
        Self::EksAudit,
        Self::Awswaf,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(EventSource);

/// The `ExecutionStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ExecutionStatus {
    Running,
    InvalidQuery,
    Complete,
    Failed,
    Timeout,
}

impl ExecutionStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["Running", "InvalidQuery", "Complete", "Failed", "Timeout"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Running,
        Self::InvalidQuery,
        Self::Complete,
        Self::Failed,
        Self::Timeout,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ExecutionStatus);

/// The `ExportTask` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExportTask {
    #[serde(rename = "taskId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
    #[serde(rename = "taskName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_name: Option<String>,
    #[serde(rename = "logGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<String>,
    #[serde(rename = "destinationPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_prefix: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ExportTaskStatus>,
    #[serde(rename = "executionInfo")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_info: Option<ExportTaskExecutionInfo>,
}

/// The `ExportTaskExecutionInfo` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExportTaskExecutionInfo {
    #[serde(rename = "creationTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<i64>,
    #[serde(rename = "completionTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_time: Option<i64>,
}

/// The `ExportTaskStatus` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExportTaskStatus {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<ExportTaskStatusCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ExportTaskStatusCode` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ExportTaskStatusCode {
    #[serde(rename = "CANCELLED")]
    Cancelled,
    #[serde(rename = "COMPLETED")]
    Completed,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "PENDING_CANCEL")]
    PendingCancel,
    #[serde(rename = "RUNNING")]
    Running,
}

impl ExportTaskStatusCode {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "CANCELLED",
        "COMPLETED",
        "FAILED",
        "PENDING",
        "PENDING_CANCEL",
        "RUNNING",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Cancelled,
        Self::Completed,
        Self::Failed,
        Self::Pending,
        Self::PendingCancel,
        Self::Running,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ExportTaskStatusCode);

/// The `FieldIndex` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FieldIndex {
    #[serde(rename = "logGroupIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifier: Option<String>,
    #[serde(rename = "fieldIndexName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_index_name: Option<String>,
    #[serde(rename = "lastScanTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_scan_time: Option<i64>,
    #[serde(rename = "firstEventTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_event_time: Option<i64>,
    #[serde(rename = "lastEventTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_event_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<IndexType>,
    #[serde(rename = "indexCategory")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_category: Option<IndexCategory>,
}

/// The `FieldsData` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FieldsData {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
}

/// The `FilterLogEventsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FilterLogEventsRequest {
    #[serde(rename = "logGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name: Option<String>,
    #[serde(rename = "logGroupIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifier: Option<String>,
    #[serde(rename = "logStreamNames")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_stream_names: Option<Vec<String>>,
    #[serde(rename = "logStreamNamePrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_stream_name_prefix: Option<String>,
    #[serde(rename = "startTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    #[serde(rename = "endTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    #[serde(rename = "filterPattern")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_pattern: Option<String>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
    #[serde(rename = "startFromHead")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_from_head: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interleaved: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unmask: Option<bool>,
}

/// The `FilterLogEventsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FilterLogEventsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<FilteredLogEvent>>,
    #[serde(rename = "searchedLogStreams")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub searched_log_streams: Option<Vec<SearchedLogStream>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `FilteredLogEvent` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FilteredLogEvent {
    #[serde(rename = "logStreamName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_stream_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(rename = "ingestionTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingestion_time: Option<i64>,
    #[serde(rename = "eventId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
}

/// The `FlattenedElement` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum FlattenedElement {
    #[serde(rename = "first")]
    First,
    #[serde(rename = "last")]
    Last,
}

impl FlattenedElement {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["first", "last"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::First, Self::Last];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(FlattenedElement);

/// The `GetDataProtectionPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDataProtectionPolicyRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: String,
}

/// The `GetDataProtectionPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDataProtectionPolicyResponse {
    #[serde(rename = "logGroupIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifier: Option<String>,
    #[serde(rename = "policyDocument")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_document: Option<String>,
    #[serde(rename = "lastUpdatedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<i64>,
}

/// The `GetDeliveryDestinationPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDeliveryDestinationPolicyRequest {
    #[serde(rename = "deliveryDestinationName")]
    pub delivery_destination_name: String,
}

/// The `GetDeliveryDestinationPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDeliveryDestinationPolicyResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<Policy>,
}

/// The `GetDeliveryDestinationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDeliveryDestinationRequest {
    pub name: String,
}

/// The `GetDeliveryDestinationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDeliveryDestinationResponse {
    #[serde(rename = "deliveryDestination")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_destination: Option<DeliveryDestination>,
}

/// The `GetDeliveryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDeliveryRequest {
    pub id: String,
}

/// The `GetDeliveryResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDeliveryResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Delivery>,
}

/// The `GetDeliverySourceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDeliverySourceRequest {
    pub name: String,
}

/// The `GetDeliverySourceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDeliverySourceResponse {
    #[serde(rename = "deliverySource")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_source: Option<DeliverySource>,
}

/// The `GetIntegrationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetIntegrationRequest {
    #[serde(rename = "integrationName")]
    pub integration_name: String,
}

/// The `GetIntegrationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetIntegrationResponse {
    #[serde(rename = "integrationName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_name: Option<String>,
    #[serde(rename = "integrationType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_type: Option<IntegrationType>,
    #[serde(rename = "integrationStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_status: Option<IntegrationStatus>,
    #[serde(rename = "integrationDetails")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_details: Option<IntegrationDetails>,
}

/// The `GetLogAnomalyDetectorRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogAnomalyDetectorRequest {
    #[serde(rename = "anomalyDetectorArn")]
    pub anomaly_detector_arn: String,
}

/// The `GetLogAnomalyDetectorResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogAnomalyDetectorResponse {
    #[serde(rename = "detectorName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detector_name: Option<String>,
    #[serde(rename = "logGroupArnList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_arn_list: Option<Vec<String>>,
    #[serde(rename = "evaluationFrequency")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_frequency: Option<EvaluationFrequency>,
    #[serde(rename = "filterPattern")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_pattern: Option<String>,
    #[serde(rename = "anomalyDetectorStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anomaly_detector_status: Option<AnomalyDetectorStatus>,
    #[serde(rename = "kmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "creationTimeStamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time_stamp: Option<i64>,
    #[serde(rename = "lastModifiedTimeStamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified_time_stamp: Option<i64>,
    #[serde(rename = "anomalyVisibilityTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anomaly_visibility_time: Option<i64>,
}

/// The `GetLogEventsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogEventsRequest {
    #[serde(rename = "logGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name: Option<String>,
    #[serde(rename = "logGroupIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifier: Option<String>,
    #[serde(rename = "logStreamName")]
    pub log_stream_name: String,
    #[serde(rename = "startTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    #[serde(rename = "endTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
    #[serde(rename = "startFromHead")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_from_head: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unmask: Option<bool>,
}

/// The `GetLogEventsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogEventsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<OutputLogEvent>>,
    #[serde(rename = "nextForwardToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_forward_token: Option<String>,
    #[serde(rename = "nextBackwardToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_backward_token: Option<String>,
}

/// The `GetLogFieldsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogFieldsRequest {
    #[serde(rename = "dataSourceName")]
    pub data_source_name: String,
    #[serde(rename = "dataSourceType")]
    pub data_source_type: String,
}

/// The `GetLogFieldsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogFieldsResponse {
    #[serde(rename = "logFields")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_fields: Option<Vec<LogFieldsListItem>>,
}

/// The `GetLogGroupFieldsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogGroupFieldsRequest {
    #[serde(rename = "logGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<i64>,
    #[serde(rename = "logGroupIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifier: Option<String>,
}

/// The `GetLogGroupFieldsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogGroupFieldsResponse {
    #[serde(rename = "logGroupFields")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_fields: Option<Vec<LogGroupField>>,
}

/// The `GetLogObjectRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogObjectRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unmask: Option<bool>,
    #[serde(rename = "logObjectPointer")]
    pub log_object_pointer: String,
}

/// The `GetLogObjectResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogObjectResponse {
    #[serde(rename = "fieldStream")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_stream: Option<GetLogObjectResponseStream>,
}

/// The `GetLogObjectResponseStream` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogObjectResponseStream {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<FieldsData>,
    #[serde(rename = "InternalStreamingException")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_streaming_exception: Option<InternalStreamingException>,
}

/// The `GetLogRecordRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogRecordRequest {
    #[serde(rename = "logRecordPointer")]
    pub log_record_pointer: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unmask: Option<bool>,
}

/// The `GetLogRecordResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogRecordResponse {
    #[serde(rename = "logRecord")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_record: Option<BTreeMap<String, String>>,
}

/// The `GetLookupTableRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLookupTableRequest {
    #[serde(rename = "lookupTableArn")]
    pub lookup_table_arn: String,
}

/// The `GetLookupTableResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLookupTableResponse {
    #[serde(rename = "lookupTableArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_table_arn: Option<String>,
    #[serde(rename = "lookupTableName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_table_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "tableBody")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table_body: Option<String>,
    #[serde(rename = "sizeBytes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<i64>,
    #[serde(rename = "lastUpdatedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<i64>,
    #[serde(rename = "kmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
}

/// The `GetQueryResultsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetQueryResultsRequest {
    #[serde(rename = "queryId")]
    pub query_id: String,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `GetQueryResultsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetQueryResultsResponse {
    #[serde(rename = "queryLanguage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<Vec<ResultField>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<QueryStatistics>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<QueryStatus>,
    #[serde(rename = "encryptionKey")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_key: Option<String>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `GetScheduledQueryHistoryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetScheduledQueryHistoryRequest {
    pub identifier: String,
    #[serde(rename = "startTime")]
    pub start_time: i64,
    #[serde(rename = "endTime")]
    pub end_time: i64,
    #[serde(rename = "executionStatuses")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_statuses: Option<Vec<ExecutionStatus>>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `GetScheduledQueryHistoryResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetScheduledQueryHistoryResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "scheduledQueryArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_query_arn: Option<String>,
    #[serde(rename = "triggerHistory")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_history: Option<Vec<TriggerHistoryRecord>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `GetScheduledQueryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetScheduledQueryRequest {
    pub identifier: String,
}

/// The `GetScheduledQueryResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetScheduledQueryResponse {
    #[serde(rename = "scheduledQueryArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_query_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "queryLanguage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
    #[serde(rename = "queryString")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_string: Option<String>,
    #[serde(rename = "logGroupIdentifiers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifiers: Option<Vec<String>>,
    #[serde(rename = "scheduleExpression")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_expression: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    #[serde(rename = "startTimeOffset")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time_offset: Option<i64>,
    #[serde(rename = "endTimeOffset")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time_offset: Option<i64>,
    #[serde(rename = "destinationConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_configuration: Option<DestinationConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ScheduledQueryState>,
    #[serde(rename = "scheduleType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_type: Option<ScheduleType>,
    #[serde(rename = "lastTriggeredTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_triggered_time: Option<i64>,
    #[serde(rename = "lastExecutionStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_execution_status: Option<ExecutionStatus>,
    #[serde(rename = "scheduleStartTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_start_time: Option<i64>,
    #[serde(rename = "scheduleEndTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_end_time: Option<i64>,
    #[serde(rename = "executionRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "creationTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<i64>,
    #[serde(rename = "lastUpdatedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<i64>,
}

/// The `GetStorageTierPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetStorageTierPolicyRequest {}

/// The `GetStorageTierPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetStorageTierPolicyResponse {
    #[serde(rename = "storageTier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_tier: Option<StorageTier>,
    #[serde(rename = "lastUpdatedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<i64>,
}

/// The `GetTransformerRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetTransformerRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: String,
}

/// The `GetTransformerResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetTransformerResponse {
    #[serde(rename = "logGroupIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifier: Option<String>,
    #[serde(rename = "creationTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<i64>,
    #[serde(rename = "lastModifiedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified_time: Option<i64>,
    #[serde(rename = "transformerConfig")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transformer_config: Option<Vec<Processor>>,
}

/// The `Grok` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Grok {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    pub r#match: String,
}

/// The `GroupingIdentifier` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupingIdentifier {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// The `Import` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Import {
    #[serde(rename = "importId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_id: Option<String>,
    #[serde(rename = "importSourceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_source_arn: Option<String>,
    #[serde(rename = "importStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_status: Option<ImportStatus>,
    #[serde(rename = "importDestinationArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_destination_arn: Option<String>,
    #[serde(rename = "importStatistics")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_statistics: Option<ImportStatistics>,
    #[serde(rename = "importFilter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_filter: Option<ImportFilter>,
    #[serde(rename = "creationTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<i64>,
    #[serde(rename = "lastUpdatedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<i64>,
    #[serde(rename = "errorMessage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
}

/// The `ImportBatch` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImportBatch {
    #[serde(rename = "batchId")]
    pub batch_id: String,
    pub status: ImportStatus,
    #[serde(rename = "errorMessage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
}

/// The `ImportFilter` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImportFilter {
    #[serde(rename = "startEventTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_event_time: Option<i64>,
    #[serde(rename = "endEventTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_event_time: Option<i64>,
}

/// The `ImportStatistics` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImportStatistics {
    #[serde(rename = "bytesImported")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes_imported: Option<i64>,
}

/// The `ImportStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ImportStatus {
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "CANCELLED")]
    Cancelled,
    #[serde(rename = "COMPLETED")]
    Completed,
    #[serde(rename = "FAILED")]
    Failed,
}

impl ImportStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["IN_PROGRESS", "CANCELLED", "COMPLETED", "FAILED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::InProgress,
        Self::Cancelled,
        Self::Completed,
        Self::Failed,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ImportStatus);

/// The `IndexCategory` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum IndexCategory {
    #[serde(rename = "DEFAULT")]
    Default,
    #[serde(rename = "CUSTOM")]
    Custom,
    #[serde(rename = "AUTO")]
    Auto,
    #[serde(rename = "INACTIVE")]
    Inactive,
}

impl IndexCategory {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["DEFAULT", "CUSTOM", "AUTO", "INACTIVE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Default, Self::Custom, Self::Auto, Self::Inactive];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(IndexCategory);

/// The `IndexPolicy` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct IndexPolicy {
    #[serde(rename = "logGroupIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifier: Option<String>,
    #[serde(rename = "lastUpdateTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_update_time: Option<i64>,
    #[serde(rename = "policyDocument")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_document: Option<String>,
    #[serde(rename = "policyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<IndexSource>,
}

/// The `IndexSource` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum IndexSource {
    #[serde(rename = "ACCOUNT")]
    Account,
    #[serde(rename = "LOG_GROUP")]
    LogGroup,
}

impl IndexSource {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ACCOUNT", "LOG_GROUP"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Account, Self::LogGroup];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(IndexSource);

/// The `IndexType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum IndexType {
    #[serde(rename = "FACET")]
    Facet,
    #[serde(rename = "FIELD_INDEX")]
    FieldIndex,
}

impl IndexType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["FACET", "FIELD_INDEX"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Facet, Self::FieldIndex];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(IndexType);

/// The `InheritedProperty` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum InheritedProperty {
    #[serde(rename = "ACCOUNT_DATA_PROTECTION")]
    AccountDataProtection,
}

impl InheritedProperty {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ACCOUNT_DATA_PROTECTION"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::AccountDataProtection];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(InheritedProperty);

/// The `InputLogEvent` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InputLogEvent {
    pub timestamp: i64,
    pub message: String,
}

/// The `IntegrationDetails` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct IntegrationDetails {
    #[serde(rename = "openSearchIntegrationDetails")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_search_integration_details: Option<OpenSearchIntegrationDetails>,
}

/// The `IntegrationStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum IntegrationStatus {
    #[serde(rename = "PROVISIONING")]
    Provisioning,
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "FAILED")]
    Failed,
}

impl IntegrationStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["PROVISIONING", "ACTIVE", "FAILED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Provisioning, Self::Active, Self::Failed];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(IntegrationStatus);

/// The `IntegrationSummary` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct IntegrationSummary {
    #[serde(rename = "integrationName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_name: Option<String>,
    #[serde(rename = "integrationType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_type: Option<IntegrationType>,
    #[serde(rename = "integrationStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_status: Option<IntegrationStatus>,
}

/// The `IntegrationType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum IntegrationType {
    #[serde(rename = "OPENSEARCH")]
    Opensearch,
}

impl IntegrationType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["OPENSEARCH"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Opensearch];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(IntegrationType);

/// The `InternalServerException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InternalServerException {}

/// The `InternalStreamingException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InternalStreamingException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `InvalidOperationException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidOperationException {}

/// The `InvalidParameterException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidParameterException {}

/// The `InvalidSequenceTokenException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidSequenceTokenException {
    #[serde(rename = "expectedSequenceToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_sequence_token: Option<String>,
}

/// The `LimitExceededException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LimitExceededException {}

/// The `ListAggregateLogGroupSummariesGroupBy` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ListAggregateLogGroupSummariesGroupBy {
    #[serde(rename = "DATA_SOURCE_NAME_TYPE_AND_FORMAT")]
    DataSourceNameTypeAndFormat,
    #[serde(rename = "DATA_SOURCE_NAME_AND_TYPE")]
    DataSourceNameAndType,
}

impl ListAggregateLogGroupSummariesGroupBy {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "DATA_SOURCE_NAME_TYPE_AND_FORMAT",
        "DATA_SOURCE_NAME_AND_TYPE",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::DataSourceNameTypeAndFormat,
        Self::DataSourceNameAndType,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ListAggregateLogGroupSummariesGroupBy);

/// The `ListAggregateLogGroupSummariesRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAggregateLogGroupSummariesRequest {
    #[serde(rename = "accountIdentifiers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_identifiers: Option<Vec<String>>,
    #[serde(rename = "includeLinkedAccounts")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_linked_accounts: Option<bool>,
    #[serde(rename = "logGroupClass")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_class: Option<LogGroupClass>,
    #[serde(rename = "logGroupNamePattern")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name_pattern: Option<String>,
    #[serde(rename = "dataSources")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_sources: Option<Vec<DataSourceFilter>>,
    #[serde(rename = "groupBy")]
    pub group_by: ListAggregateLogGroupSummariesGroupBy,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
}

/// The `ListAggregateLogGroupSummariesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAggregateLogGroupSummariesResponse {
    #[serde(rename = "aggregateLogGroupSummaries")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregate_log_group_summaries: Option<Vec<AggregateLogGroupSummary>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListAnomaliesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAnomaliesRequest {
    #[serde(rename = "anomalyDetectorArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anomaly_detector_arn: Option<String>,
    #[serde(rename = "suppressionState")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suppression_state: Option<SuppressionState>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListAnomaliesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAnomaliesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anomalies: Option<Vec<Anomaly>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListIntegrationsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListIntegrationsRequest {
    #[serde(rename = "integrationNamePrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_name_prefix: Option<String>,
    #[serde(rename = "integrationType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_type: Option<IntegrationType>,
    #[serde(rename = "integrationStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_status: Option<IntegrationStatus>,
}

/// The `ListIntegrationsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListIntegrationsResponse {
    #[serde(rename = "integrationSummaries")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_summaries: Option<Vec<IntegrationSummary>>,
}

/// The `ListLogAnomalyDetectorsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListLogAnomalyDetectorsRequest {
    #[serde(rename = "filterLogGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_log_group_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListLogAnomalyDetectorsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListLogAnomalyDetectorsResponse {
    #[serde(rename = "anomalyDetectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anomaly_detectors: Option<Vec<AnomalyDetector>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListLogGroupsForQueryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListLogGroupsForQueryRequest {
    #[serde(rename = "queryId")]
    pub query_id: String,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

/// The `ListLogGroupsForQueryResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListLogGroupsForQueryResponse {
    #[serde(rename = "logGroupIdentifiers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifiers: Option<Vec<String>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListLogGroupsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListLogGroupsRequest {
    #[serde(rename = "logGroupNamePattern")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name_pattern: Option<String>,
    #[serde(rename = "logGroupClass")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_class: Option<LogGroupClass>,
    #[serde(rename = "includeLinkedAccounts")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_linked_accounts: Option<bool>,
    #[serde(rename = "accountIdentifiers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_identifiers: Option<Vec<String>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
    #[serde(rename = "dataSources")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_sources: Option<Vec<DataSourceFilter>>,
    #[serde(rename = "fieldIndexNames")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_index_names: Option<Vec<String>>,
    #[serde(rename = "logGroupTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_tags: Option<Vec<TagFilter>>,
}

/// The `ListLogGroupsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListLogGroupsResponse {
    #[serde(rename = "logGroups")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_groups: Option<Vec<LogGroupSummary>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListScheduledQueriesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListScheduledQueriesRequest {
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ScheduledQueryState>,
    #[serde(rename = "scheduleType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_type: Option<ScheduleType>,
}

/// The `ListScheduledQueriesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListScheduledQueriesResponse {
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "scheduledQueries")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_queries: Option<Vec<ScheduledQuerySummary>>,
}

/// The `ListSourcesForS3TableIntegrationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListSourcesForS3TableIntegrationRequest {
    #[serde(rename = "integrationArn")]
    pub integration_arn: String,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListSourcesForS3TableIntegrationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListSourcesForS3TableIntegrationResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<S3TableIntegrationSource>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListSyslogConfigurationsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListSyslogConfigurationsRequest {
    #[serde(rename = "logGroupIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifier: Option<String>,
    #[serde(rename = "vpcEndpointId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_endpoint_id: Option<String>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

/// The `ListSyslogConfigurationsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListSyslogConfigurationsResponse {
    #[serde(rename = "syslogConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub syslog_configurations: Option<Vec<SyslogConfiguration>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListTagsForResourceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTagsForResourceRequest {
    #[serde(rename = "resourceArn")]
    pub resource_arn: String,
}

/// The `ListTagsForResourceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTagsForResourceResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The `ListTagsLogGroupRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTagsLogGroupRequest {
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
}

/// The `ListTagsLogGroupResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTagsLogGroupResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The `ListToMap` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListToMap {
    pub source: String,
    pub key: String,
    #[serde(rename = "valueKey")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flatten: Option<bool>,
    #[serde(rename = "flattenedElement")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flattened_element: Option<FlattenedElement>,
}

/// The `LiveTailSessionLogEvent` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LiveTailSessionLogEvent {
    #[serde(rename = "logStreamName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_stream_name: Option<String>,
    #[serde(rename = "logGroupIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    #[serde(rename = "ingestionTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingestion_time: Option<i64>,
}

/// The `LiveTailSessionMetadata` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LiveTailSessionMetadata {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sampled: Option<bool>,
}

/// The `LiveTailSessionStart` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LiveTailSessionStart {
    #[serde(rename = "requestId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(rename = "sessionId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    #[serde(rename = "logGroupIdentifiers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifiers: Option<Vec<String>>,
    #[serde(rename = "logStreamNames")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_stream_names: Option<Vec<String>>,
    #[serde(rename = "logStreamNamePrefixes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_stream_name_prefixes: Option<Vec<String>>,
    #[serde(rename = "logEventFilterPattern")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_event_filter_pattern: Option<String>,
}

/// The `LiveTailSessionUpdate` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LiveTailSessionUpdate {
    #[serde(rename = "sessionMetadata")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_metadata: Option<LiveTailSessionMetadata>,
    #[serde(rename = "sessionResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_results: Option<Vec<LiveTailSessionLogEvent>>,
}

/// The `LogEvent` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogEvent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `LogFieldType` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogFieldType {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub element: Option<Box<LogFieldType>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<LogFieldsListItem>>,
}

/// The `LogFieldsListItem` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogFieldsListItem {
    #[serde(rename = "logFieldName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_field_name: Option<String>,
    #[serde(rename = "logFieldType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_field_type: Option<LogFieldType>,
}

/// The `LogGroup` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogGroup {
    #[serde(rename = "logGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name: Option<String>,
    #[serde(rename = "creationTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<i64>,
    #[serde(rename = "retentionInDays")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_in_days: Option<i32>,
    #[serde(rename = "metricFilterCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric_filter_count: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "storedBytes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stored_bytes: Option<i64>,
    #[serde(rename = "kmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "dataProtectionStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_protection_status: Option<DataProtectionStatus>,
    #[serde(rename = "inheritedProperties")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inherited_properties: Option<Vec<InheritedProperty>>,
    #[serde(rename = "logGroupClass")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_class: Option<LogGroupClass>,
    #[serde(rename = "logGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_arn: Option<String>,
    #[serde(rename = "deletionProtectionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_protection_enabled: Option<bool>,
    #[serde(rename = "bearerTokenAuthenticationEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bearer_token_authentication_enabled: Option<bool>,
    #[serde(rename = "retentionPolicyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_policy_name: Option<String>,
}

/// The `LogGroupClass` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum LogGroupClass {
    #[serde(rename = "STANDARD")]
    Standard,
    #[serde(rename = "INFREQUENT_ACCESS")]
    InfrequentAccess,
    #[serde(rename = "DELIVERY")]
    Delivery,
    #[serde(rename = "ESSENTIALS")]
    Essentials,
}

impl LogGroupClass {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["STANDARD", "INFREQUENT_ACCESS", "DELIVERY", "ESSENTIALS"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Standard,
        Self::InfrequentAccess,
        Self::Delivery,
        Self::Essentials,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(LogGroupClass);

/// The `LogGroupField` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogGroupField {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<i32>,
}

/// The `LogGroupImpact` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogGroupImpact {
    #[serde(rename = "logGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name: Option<String>,
    #[serde(rename = "currentRetention")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_retention: Option<String>,
    #[serde(rename = "proposedRetention")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposed_retention: Option<String>,
    #[serde(rename = "storedBytes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stored_bytes: Option<i64>,
}

/// The `LogGroupSummary` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogGroupSummary {
    #[serde(rename = "logGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name: Option<String>,
    #[serde(rename = "logGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_arn: Option<String>,
    #[serde(rename = "logGroupClass")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_class: Option<LogGroupClass>,
}

/// The `LogStream` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogStream {
    #[serde(rename = "logStreamName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_stream_name: Option<String>,
    #[serde(rename = "creationTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<i64>,
    #[serde(rename = "firstEventTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_event_timestamp: Option<i64>,
    #[serde(rename = "lastEventTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_event_timestamp: Option<i64>,
    #[serde(rename = "lastIngestionTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_ingestion_time: Option<i64>,
    #[serde(rename = "uploadSequenceToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_sequence_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "storedBytes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stored_bytes: Option<i64>,
}

/// The `LookupTable` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LookupTable {
    #[serde(rename = "lookupTableArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_table_arn: Option<String>,
    #[serde(rename = "lookupTableName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_table_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "tableFields")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table_fields: Option<Vec<String>>,
    #[serde(rename = "recordsCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub records_count: Option<i64>,
    #[serde(rename = "sizeBytes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<i64>,
    #[serde(rename = "lastUpdatedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<i64>,
    #[serde(rename = "kmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
}

/// The `LookupTableConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LookupTableConfiguration {
    #[serde(rename = "tableName")]
    pub table_name: String,
    #[serde(rename = "roleArn")]
    pub role_arn: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "kmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The `LowerCaseString` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LowerCaseString {
    #[serde(rename = "withKeys")]
    pub with_keys: Vec<String>,
}

/// The `MalformedQueryException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MalformedQueryException {
    #[serde(rename = "queryCompileError")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_compile_error: Option<QueryCompileError>,
}

/// The `MetricFilter` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MetricFilter {
    #[serde(rename = "filterName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_name: Option<String>,
    #[serde(rename = "filterPattern")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_pattern: Option<String>,
    #[serde(rename = "metricTransformations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric_transformations: Option<Vec<MetricTransformation>>,
    #[serde(rename = "creationTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<i64>,
    #[serde(rename = "logGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name: Option<String>,
    #[serde(rename = "applyOnTransformedLogs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apply_on_transformed_logs: Option<bool>,
    #[serde(rename = "fieldSelectionCriteria")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_selection_criteria: Option<String>,
    #[serde(rename = "emitSystemFieldDimensions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emit_system_field_dimensions: Option<Vec<String>>,
}

/// The `MetricFilterMatchRecord` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MetricFilterMatchRecord {
    #[serde(rename = "eventNumber")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_number: Option<i64>,
    #[serde(rename = "eventMessage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_message: Option<String>,
    #[serde(rename = "extractedValues")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extracted_values: Option<BTreeMap<String, String>>,
}

/// The `MetricTransformation` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MetricTransformation {
    #[serde(rename = "metricName")]
    pub metric_name: String,
    #[serde(rename = "metricNamespace")]
    pub metric_namespace: String,
    #[serde(rename = "metricValue")]
    pub metric_value: String,
    #[serde(rename = "defaultValue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<StandardUnit>,
}

/// The `MoveKeyEntry` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MoveKeyEntry {
    pub source: String,
    pub target: String,
    #[serde(rename = "overwriteIfExists")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overwrite_if_exists: Option<bool>,
}

/// The `MoveKeys` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MoveKeys {
    pub entries: Vec<MoveKeyEntry>,
}

/// The `OCSFVersion` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum OCSFVersion {
    #[serde(rename = "V1.1")]
    V11,
    #[serde(rename = "V1.5")]
    V15,
}

impl OCSFVersion {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["V1.1", "V1.5"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::V11, Self::V15];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(OCSFVersion);

/// The `OpenSearchApplication` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchApplication {
    #[serde(rename = "applicationEndpoint")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_endpoint: Option<String>,
    #[serde(rename = "applicationArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_arn: Option<String>,
    #[serde(rename = "applicationId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// The `OpenSearchCollection` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchCollection {
    #[serde(rename = "collectionEndpoint")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collection_endpoint: Option<String>,
    #[serde(rename = "collectionArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collection_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// The `OpenSearchDataAccessPolicy` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchDataAccessPolicy {
    #[serde(rename = "policyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// The `OpenSearchDataSource` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchDataSource {
    #[serde(rename = "dataSourceName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_source_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// The `OpenSearchEncryptionPolicy` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchEncryptionPolicy {
    #[serde(rename = "policyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// The `OpenSearchIntegrationDetails` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchIntegrationDetails {
    #[serde(rename = "dataSource")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_source: Option<OpenSearchDataSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application: Option<OpenSearchApplication>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collection: Option<OpenSearchCollection>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<OpenSearchWorkspace>,
    #[serde(rename = "encryptionPolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_policy: Option<OpenSearchEncryptionPolicy>,
    #[serde(rename = "networkPolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_policy: Option<OpenSearchNetworkPolicy>,
    #[serde(rename = "accessPolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_policy: Option<OpenSearchDataAccessPolicy>,
    #[serde(rename = "lifecyclePolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_policy: Option<OpenSearchLifecyclePolicy>,
}

/// The `OpenSearchLifecyclePolicy` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchLifecyclePolicy {
    #[serde(rename = "policyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// The `OpenSearchNetworkPolicy` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchNetworkPolicy {
    #[serde(rename = "policyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// The `OpenSearchResourceConfig` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchResourceConfig {
    #[serde(rename = "kmsKeyArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_arn: Option<String>,
    #[serde(rename = "dataSourceRoleArn")]
    pub data_source_role_arn: String,
    #[serde(rename = "dashboardViewerPrincipals")]
    pub dashboard_viewer_principals: Vec<String>,
    #[serde(rename = "applicationArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_arn: Option<String>,
    #[serde(rename = "retentionDays")]
    pub retention_days: i32,
}

/// The `OpenSearchResourceStatus` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchResourceStatus {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OpenSearchResourceStatusType>,
    #[serde(rename = "statusMessage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_message: Option<String>,
}

/// The `OpenSearchResourceStatusType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum OpenSearchResourceStatusType {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "NOT_FOUND")]
    NotFound,
    #[serde(rename = "ERROR")]
    Error,
}

impl OpenSearchResourceStatusType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "NOT_FOUND", "ERROR"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Active, Self::NotFound, Self::Error];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(OpenSearchResourceStatusType);

/// The `OpenSearchWorkspace` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchWorkspace {
    #[serde(rename = "workspaceId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// The `OperationAbortedException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OperationAbortedException {}

/// The `OrderBy` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum OrderBy {
    LogStreamName,
    LastEventTime,
}

impl OrderBy {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["LogStreamName", "LastEventTime"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::LogStreamName, Self::LastEventTime];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(OrderBy);

/// The `OutputFormat` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum OutputFormat {
    #[serde(rename = "json")]
    Json,
    #[serde(rename = "plain")]
    Plain,
    #[serde(rename = "w3c")]
    W3c,
    #[serde(rename = "raw")]
    Raw,
    #[serde(rename = "parquet")]
    Parquet,
}

impl OutputFormat {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["json", "plain", "w3c", "raw", "parquet"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] =
        &[Self::Json, Self::Plain, Self::W3c, Self::Raw, Self::Parquet];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(OutputFormat);

/// The `OutputLogEvent` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OutputLogEvent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(rename = "ingestionTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingestion_time: Option<i64>,
}

/// The `ParseCloudfront` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParseCloudfront {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The `ParseJSON` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParseJSON {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<String>,
}

/// The `ParseKeyValue` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParseKeyValue {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<String>,
    #[serde(rename = "fieldDelimiter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_delimiter: Option<String>,
    #[serde(rename = "keyValueDelimiter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_value_delimiter: Option<String>,
    #[serde(rename = "keyPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_prefix: Option<String>,
    #[serde(rename = "nonMatchValue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub non_match_value: Option<String>,
    #[serde(rename = "overwriteIfExists")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overwrite_if_exists: Option<bool>,
}

/// The `ParsePostgres` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParsePostgres {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The `ParseRoute53` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParseRoute53 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The `ParseToOCSF` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParseToOCSF {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(rename = "eventSource")]
    pub event_source: EventSource,
    #[serde(rename = "ocsfVersion")]
    pub ocsf_version: OCSFVersion,
    #[serde(rename = "mappingVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mapping_version: Option<String>,
}

/// The `ParseVPC` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParseVPC {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The `ParseWAF` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParseWAF {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The `PatternToken` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatternToken {
    #[serde(rename = "dynamicTokenPosition")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dynamic_token_position: Option<i32>,
    #[serde(rename = "isDynamic")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_dynamic: Option<bool>,
    #[serde(rename = "tokenString")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_string: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enumerations: Option<BTreeMap<String, i64>>,
    #[serde(rename = "inferredTokenName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inferred_token_name: Option<String>,
}

/// The `Policy` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Policy {
    #[serde(rename = "deliveryDestinationPolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_destination_policy: Option<String>,
}

/// The `PolicyScope` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PolicyScope {
    #[serde(rename = "ACCOUNT")]
    Account,
    #[serde(rename = "RESOURCE")]
    Resource,
}

impl PolicyScope {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ACCOUNT", "RESOURCE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Account, Self::Resource];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PolicyScope);

/// The `PolicyType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PolicyType {
    #[serde(rename = "DATA_PROTECTION_POLICY")]
    DataProtectionPolicy,
    #[serde(rename = "SUBSCRIPTION_FILTER_POLICY")]
    SubscriptionFilterPolicy,
    #[serde(rename = "FIELD_INDEX_POLICY")]
    FieldIndexPolicy,
    #[serde(rename = "TRANSFORMER_POLICY")]
    TransformerPolicy,
    #[serde(rename = "METRIC_EXTRACTION_POLICY")]
    MetricExtractionPolicy,
    #[serde(rename = "RETENTION_POLICY")]
    RetentionPolicy,
}

impl PolicyType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "DATA_PROTECTION_POLICY",
        "SUBSCRIPTION_FILTER_POLICY",
        "FIELD_INDEX_POLICY",
        "TRANSFORMER_POLICY",
        "METRIC_EXTRACTION_POLICY",
        "RETENTION_POLICY",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::DataProtectionPolicy,
        Self::SubscriptionFilterPolicy,
        Self::FieldIndexPolicy,
        Self::TransformerPolicy,
        Self::MetricExtractionPolicy,
        Self::RetentionPolicy,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PolicyType);

/// The `Processor` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Processor {
    #[serde(rename = "addKeys")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub add_keys: Option<AddKeys>,
    #[serde(rename = "copyValue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_value: Option<CopyValue>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csv: Option<CSV>,
    #[serde(rename = "dateTimeConverter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_time_converter: Option<DateTimeConverter>,
    #[serde(rename = "deleteKeys")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_keys: Option<DeleteKeys>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grok: Option<Grok>,
    #[serde(rename = "listToMap")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_to_map: Option<ListToMap>,
    #[serde(rename = "lowerCaseString")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower_case_string: Option<LowerCaseString>,
    #[serde(rename = "moveKeys")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub move_keys: Option<MoveKeys>,
    #[serde(rename = "parseCloudfront")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parse_cloudfront: Option<ParseCloudfront>,
    #[serde(rename = "parseJSON")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parse_json: Option<ParseJSON>,
    #[serde(rename = "parseKeyValue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parse_key_value: Option<ParseKeyValue>,
    #[serde(rename = "parseRoute53")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parse_route53: Option<ParseRoute53>,
    #[serde(rename = "parseToOCSF")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parse_to_ocsf: Option<ParseToOCSF>,
    #[serde(rename = "parsePostgres")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parse_postgres: Option<ParsePostgres>,
    #[serde(rename = "parseVPC")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parse_vpc: Option<ParseVPC>,
    #[serde(rename = "parseWAF")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parse_waf: Option<ParseWAF>,
    #[serde(rename = "renameKeys")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rename_keys: Option<RenameKeys>,
    #[serde(rename = "splitString")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub split_string: Option<SplitString>,
    #[serde(rename = "substituteString")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub substitute_string: Option<SubstituteString>,
    #[serde(rename = "trimString")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trim_string: Option<TrimString>,
    #[serde(rename = "typeConverter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_converter: Option<TypeConverter>,
    #[serde(rename = "upperCaseString")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper_case_string: Option<UpperCaseString>,
}

/// The `PutAccountPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAccountPolicyRequest {
    #[serde(rename = "policyName")]
    pub policy_name: String,
    #[serde(rename = "policyDocument")]
    pub policy_document: String,
    #[serde(rename = "policyType")]
    pub policy_type: PolicyType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    #[serde(rename = "selectionCriteria")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selection_criteria: Option<String>,
    #[serde(rename = "dryRun")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
}

/// The `PutAccountPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAccountPolicyResponse {
    #[serde(rename = "accountPolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_policy: Option<AccountPolicy>,
    #[serde(rename = "dryRunResult")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dry_run_result: Option<DryRunResult>,
}

/// The `PutBearerTokenAuthenticationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutBearerTokenAuthenticationRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: String,
    #[serde(rename = "bearerTokenAuthenticationEnabled")]
    pub bearer_token_authentication_enabled: bool,
}

/// The `PutDataProtectionPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDataProtectionPolicyRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: String,
    #[serde(rename = "policyDocument")]
    pub policy_document: String,
}

/// The `PutDataProtectionPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDataProtectionPolicyResponse {
    #[serde(rename = "logGroupIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifier: Option<String>,
    #[serde(rename = "policyDocument")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_document: Option<String>,
    #[serde(rename = "lastUpdatedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<i64>,
}

/// The `PutDeliveryDestinationPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDeliveryDestinationPolicyRequest {
    #[serde(rename = "deliveryDestinationName")]
    pub delivery_destination_name: String,
    #[serde(rename = "deliveryDestinationPolicy")]
    pub delivery_destination_policy: String,
}

/// The `PutDeliveryDestinationPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDeliveryDestinationPolicyResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<Policy>,
}

/// The `PutDeliveryDestinationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDeliveryDestinationRequest {
    pub name: String,
    #[serde(rename = "outputFormat")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_format: Option<OutputFormat>,
    #[serde(rename = "deliveryDestinationConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_destination_configuration: Option<DeliveryDestinationConfiguration>,
    #[serde(rename = "deliveryDestinationType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_destination_type: Option<DeliveryDestinationType>,
    #[serde(rename = "roleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The `PutDeliveryDestinationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDeliveryDestinationResponse {
    #[serde(rename = "deliveryDestination")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_destination: Option<DeliveryDestination>,
}

/// The `PutDeliverySourceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDeliverySourceRequest {
    pub name: String,
    #[serde(rename = "resourceArn")]
    pub resource_arn: String,
    #[serde(rename = "logType")]
    pub log_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
    #[serde(rename = "deliverySourceConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_source_configuration: Option<BTreeMap<String, String>>,
}

/// The `PutDeliverySourceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDeliverySourceResponse {
    #[serde(rename = "deliverySource")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_source: Option<DeliverySource>,
}

/// The `PutDestinationPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDestinationPolicyRequest {
    #[serde(rename = "destinationName")]
    pub destination_name: String,
    #[serde(rename = "accessPolicy")]
    pub access_policy: String,
    #[serde(rename = "forceUpdate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_update: Option<bool>,
}

/// The `PutDestinationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDestinationRequest {
    #[serde(rename = "destinationName")]
    pub destination_name: String,
    #[serde(rename = "targetArn")]
    pub target_arn: String,
    #[serde(rename = "roleArn")]
    pub role_arn: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The `PutDestinationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDestinationResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<Destination>,
}

/// The `PutIndexPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutIndexPolicyRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: String,
    #[serde(rename = "policyDocument")]
    pub policy_document: String,
}

/// The `PutIndexPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutIndexPolicyResponse {
    #[serde(rename = "indexPolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_policy: Option<IndexPolicy>,
}

/// The `PutIntegrationRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutIntegrationRequest {
    #[serde(rename = "integrationName")]
    pub integration_name: String,
    #[serde(rename = "resourceConfig")]
    pub resource_config: ResourceConfig,
    #[serde(rename = "integrationType")]
    pub integration_type: IntegrationType,
}

/// The `PutIntegrationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutIntegrationResponse {
    #[serde(rename = "integrationName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_name: Option<String>,
    #[serde(rename = "integrationStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_status: Option<IntegrationStatus>,
}

/// The `PutLogEventsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutLogEventsRequest {
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
    #[serde(rename = "logStreamName")]
    pub log_stream_name: String,
    #[serde(rename = "logEvents")]
    pub log_events: Vec<InputLogEvent>,
    #[serde(rename = "sequenceToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sequence_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<Entity>,
}

/// The `PutLogEventsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutLogEventsResponse {
    #[serde(rename = "nextSequenceToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_sequence_token: Option<String>,
    #[serde(rename = "rejectedLogEventsInfo")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejected_log_events_info: Option<RejectedLogEventsInfo>,
    #[serde(rename = "rejectedEntityInfo")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejected_entity_info: Option<RejectedEntityInfo>,
}

/// The `PutLogGroupDeletionProtectionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutLogGroupDeletionProtectionRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: String,
    #[serde(rename = "deletionProtectionEnabled")]
    pub deletion_protection_enabled: bool,
}

/// The `PutMetricFilterRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutMetricFilterRequest {
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
    #[serde(rename = "filterName")]
    pub filter_name: String,
    #[serde(rename = "filterPattern")]
    pub filter_pattern: String,
    #[serde(rename = "metricTransformations")]
    pub metric_transformations: Vec<MetricTransformation>,
    #[serde(rename = "applyOnTransformedLogs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apply_on_transformed_logs: Option<bool>,
    #[serde(rename = "fieldSelectionCriteria")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_selection_criteria: Option<String>,
    #[serde(rename = "emitSystemFieldDimensions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emit_system_field_dimensions: Option<Vec<String>>,
}

/// The `PutQueryDefinitionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutQueryDefinitionRequest {
    #[serde(rename = "queryLanguage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
    pub name: String,
    #[serde(rename = "queryDefinitionId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_definition_id: Option<String>,
    #[serde(rename = "logGroupNames")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_names: Option<Vec<String>>,
    #[serde(rename = "queryString")]
    pub query_string: String,
    #[serde(rename = "clientToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Vec<QueryParameter>>,
}

/// The `PutQueryDefinitionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutQueryDefinitionResponse {
    #[serde(rename = "queryDefinitionId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_definition_id: Option<String>,
}

/// The `PutResourcePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutResourcePolicyRequest {
    #[serde(rename = "policyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    #[serde(rename = "policyDocument")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_document: Option<String>,
    #[serde(rename = "resourceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_arn: Option<String>,
    #[serde(rename = "expectedRevisionId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_revision_id: Option<String>,
}

/// The `PutResourcePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutResourcePolicyResponse {
    #[serde(rename = "resourcePolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_policy: Option<ResourcePolicy>,
    #[serde(rename = "revisionId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision_id: Option<String>,
}

/// The `PutRetentionPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutRetentionPolicyRequest {
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
    #[serde(rename = "retentionInDays")]
    pub retention_in_days: i32,
}

/// The `PutStorageTierPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutStorageTierPolicyRequest {
    #[serde(rename = "storageTier")]
    pub storage_tier: StorageTier,
}

/// The `PutStorageTierPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutStorageTierPolicyResponse {
    #[serde(rename = "storageTier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_tier: Option<StorageTier>,
    #[serde(rename = "lastUpdatedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<i64>,
}

/// The `PutSubscriptionFilterRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutSubscriptionFilterRequest {
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
    #[serde(rename = "filterName")]
    pub filter_name: String,
    #[serde(rename = "filterPattern")]
    pub filter_pattern: String,
    #[serde(rename = "destinationArn")]
    pub destination_arn: String,
    #[serde(rename = "roleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<Distribution>,
    #[serde(rename = "applyOnTransformedLogs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apply_on_transformed_logs: Option<bool>,
    #[serde(rename = "fieldSelectionCriteria")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_selection_criteria: Option<String>,
    #[serde(rename = "emitSystemFields")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emit_system_fields: Option<Vec<String>>,
}

/// The `PutSyslogConfigurationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutSyslogConfigurationRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: String,
    #[serde(rename = "vpcEndpointId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_endpoint_id: Option<String>,
}

/// The `PutTransformerRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutTransformerRequest {
    #[serde(rename = "logGroupIdentifier")]
    pub log_group_identifier: String,
    #[serde(rename = "transformerConfig")]
    pub transformer_config: Vec<Processor>,
}

/// The `QueryCompileError` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryCompileError {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<QueryCompileErrorLocation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `QueryCompileErrorLocation` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryCompileErrorLocation {
    #[serde(rename = "startCharOffset")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_char_offset: Option<i32>,
    #[serde(rename = "endCharOffset")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_char_offset: Option<i32>,
}

/// The `QueryDefinition` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryDefinition {
    #[serde(rename = "queryLanguage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
    #[serde(rename = "queryDefinitionId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_definition_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "queryString")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_string: Option<String>,
    #[serde(rename = "lastModified")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<i64>,
    #[serde(rename = "logGroupNames")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_names: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Vec<QueryParameter>>,
}

/// The `QueryInfo` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryInfo {
    #[serde(rename = "queryLanguage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
    #[serde(rename = "queryId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_id: Option<String>,
    #[serde(rename = "queryString")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_string: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<QueryStatus>,
    #[serde(rename = "createTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<i64>,
    #[serde(rename = "logGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name: Option<String>,
    #[serde(rename = "queryDuration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_duration: Option<i64>,
    #[serde(rename = "bytesScanned")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes_scanned: Option<f64>,
    #[serde(rename = "userIdentity")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity: Option<String>,
}

/// The `QueryLanguage` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum QueryLanguage {
    #[serde(rename = "CWLI")]
    Cwli,
    #[serde(rename = "SQL")]
    Sql,
    #[serde(rename = "PPL")]
    Ppl,
}

impl QueryLanguage {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["CWLI", "SQL", "PPL"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Cwli, Self::Sql, Self::Ppl];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(QueryLanguage);

/// The `QueryParameter` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryParameter {
    pub name: String,
    #[serde(rename = "defaultValue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The `QueryStatistics` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryStatistics {
    #[serde(rename = "recordsMatched")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub records_matched: Option<f64>,
    #[serde(rename = "recordsScanned")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub records_scanned: Option<f64>,
    #[serde(rename = "estimatedRecordsSkipped")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_records_skipped: Option<f64>,
    #[serde(rename = "bytesScanned")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes_scanned: Option<f64>,
    #[serde(rename = "estimatedBytesSkipped")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_bytes_skipped: Option<f64>,
    #[serde(rename = "logGroupsScanned")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_groups_scanned: Option<f64>,
    #[serde(rename = "resultCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_count: Option<f64>,
}

/// The `QueryStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum QueryStatus {
    Scheduled,
    Running,
    Complete,
    Failed,
    Cancelled,
    Timeout,
    Unknown,
}

impl QueryStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "Scheduled",
        "Running",
        "Complete",
        "Failed",
        "Cancelled",
        "Timeout",
        "Unknown",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Scheduled,
        Self::Running,
        Self::Complete,
        Self::Failed,
        Self::Cancelled,
        Self::Timeout,
        Self::Unknown,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(QueryStatus);

/// The `RecordField` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RecordField {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mandatory: Option<bool>,
}

/// The `RejectedEntityInfo` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RejectedEntityInfo {
    #[serde(rename = "errorType")]
    pub error_type: EntityRejectionErrorType,
}

/// The `RejectedLogEventsInfo` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RejectedLogEventsInfo {
    #[serde(rename = "tooNewLogEventStartIndex")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub too_new_log_event_start_index: Option<i32>,
    #[serde(rename = "tooOldLogEventEndIndex")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub too_old_log_event_end_index: Option<i32>,
    #[serde(rename = "expiredLogEventEndIndex")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expired_log_event_end_index: Option<i32>,
}

/// The `RenameKeyEntry` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RenameKeyEntry {
    pub key: String,
    #[serde(rename = "renameTo")]
    pub rename_to: String,
    #[serde(rename = "overwriteIfExists")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overwrite_if_exists: Option<bool>,
}

/// The `RenameKeys` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RenameKeys {
    pub entries: Vec<RenameKeyEntry>,
}

/// The `ResourceAlreadyExistsException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceAlreadyExistsException {}

/// The `ResourceConfig` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceConfig {
    #[serde(rename = "openSearchResourceConfig")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_search_resource_config: Option<OpenSearchResourceConfig>,
}

/// The `ResourceNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceNotFoundException {}

/// The `ResourcePolicy` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourcePolicy {
    #[serde(rename = "policyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    #[serde(rename = "policyDocument")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_document: Option<String>,
    #[serde(rename = "lastUpdatedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<i64>,
    #[serde(rename = "policyScope")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_scope: Option<PolicyScope>,
    #[serde(rename = "resourceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_arn: Option<String>,
    #[serde(rename = "revisionId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision_id: Option<String>,
}

/// The `ResultField` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResultField {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// The `S3Configuration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct S3Configuration {
    #[serde(rename = "destinationIdentifier")]
    pub destination_identifier: String,
    #[serde(rename = "roleArn")]
    pub role_arn: String,
    #[serde(rename = "ownerAccountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_account_id: Option<String>,
    #[serde(rename = "kmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
}

/// The `S3DeliveryConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct S3DeliveryConfiguration {
    #[serde(rename = "suffixPath")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suffix_path: Option<String>,
    #[serde(rename = "enableHiveCompatiblePath")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_hive_compatible_path: Option<bool>,
}

/// The `S3TableIntegrationSource` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct S3TableIntegrationSource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(rename = "dataSource")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_source: Option<DataSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<S3TableIntegrationSourceStatus>,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "createdTimeStamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_time_stamp: Option<i64>,
    #[serde(rename = "parentSourceIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_source_identifier: Option<String>,
}

/// The `S3TableIntegrationSourceStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum S3TableIntegrationSourceStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "UNHEALTHY")]
    Unhealthy,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "DATA_SOURCE_DELETE_IN_PROGRESS")]
    DataSourceDeleteInProgress,
}

impl S3TableIntegrationSourceStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "ACTIVE",
        "UNHEALTHY",
        "FAILED",
        "DATA_SOURCE_DELETE_IN_PROGRESS",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Active,
        Self::Unhealthy,
        Self::Failed,
        Self::DataSourceDeleteInProgress,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(S3TableIntegrationSourceStatus);

/// The `S3TablesIntegration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct S3TablesIntegration {
    #[serde(rename = "datasourceName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datasource_name: Option<String>,
    #[serde(rename = "datasourceType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datasource_type: Option<String>,
}

/// The `ScheduleType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ScheduleType {
    #[serde(rename = "CUSTOMER_MANAGED")]
    CustomerManaged,
    #[serde(rename = "AWS_MANAGED")]
    AwsManaged,
}

impl ScheduleType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["CUSTOMER_MANAGED", "AWS_MANAGED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::CustomerManaged, Self::AwsManaged];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ScheduleType);

/// The `ScheduledQueryDestination` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduledQueryDestination {
    #[serde(rename = "destinationType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_type: Option<ScheduledQueryDestinationType>,
    #[serde(rename = "destinationIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ActionStatus>,
    #[serde(rename = "processedIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processed_identifier: Option<String>,
    #[serde(rename = "errorMessage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
}

/// The `ScheduledQueryDestinationType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ScheduledQueryDestinationType {
    S3,
    #[serde(rename = "LOOKUP_TABLE")]
    LookupTable,
}

impl ScheduledQueryDestinationType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["S3", "LOOKUP_TABLE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::S3, Self::LookupTable];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ScheduledQueryDestinationType);

/// The `ScheduledQueryState` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ScheduledQueryState {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl ScheduledQueryState {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Enabled, Self::Disabled];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ScheduledQueryState);

/// The `ScheduledQuerySummary` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduledQuerySummary {
    #[serde(rename = "scheduledQueryArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_query_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ScheduledQueryState>,
    #[serde(rename = "scheduleType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_type: Option<ScheduleType>,
    #[serde(rename = "lastTriggeredTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_triggered_time: Option<i64>,
    #[serde(rename = "lastExecutionStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_execution_status: Option<ExecutionStatus>,
    #[serde(rename = "scheduleExpression")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_expression: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    #[serde(rename = "destinationConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_configuration: Option<DestinationConfiguration>,
    #[serde(rename = "creationTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<i64>,
    #[serde(rename = "lastUpdatedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<i64>,
}

/// The `Scope` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum Scope {
    #[serde(rename = "ALL")]
    All,
}

impl Scope {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ALL"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::All];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(Scope);

/// The `SearchedLogStream` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SearchedLogStream {
    #[serde(rename = "logStreamName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_stream_name: Option<String>,
    #[serde(rename = "searchedCompletely")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub searched_completely: Option<bool>,
}

/// The `ServiceQuotaExceededException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceQuotaExceededException {}

/// The `ServiceUnavailableException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceUnavailableException {}

/// The `SessionStreamingException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SessionStreamingException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `SessionTimeoutException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SessionTimeoutException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `SplitString` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SplitString {
    pub entries: Vec<SplitStringEntry>,
}

/// The `SplitStringEntry` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SplitStringEntry {
    pub source: String,
    pub delimiter: String,
}

/// The `StandardUnit` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum StandardUnit {
    Seconds,
    Microseconds,
    Milliseconds,
    Bytes,
    Kilobytes,
    Megabytes,
    Gigabytes,
    Terabytes,
    Bits,
    Kilobits,
    Megabits,
    Gigabits,
    Terabits,
    Percent,
    Count,
    #[serde(rename = "Bytes/Second")]
    BytesSecond,
    #[serde(rename = "Kilobytes/Second")]
    KilobytesSecond,
    #[serde(rename = "Megabytes/Second")]
    MegabytesSecond,
    #[serde(rename = "Gigabytes/Second")]
    GigabytesSecond,
    #[serde(rename = "Terabytes/Second")]
    TerabytesSecond,
    #[serde(rename = "Bits/Second")]
    BitsSecond,
    #[serde(rename = "Kilobits/Second")]
    KilobitsSecond,
    #[serde(rename = "Megabits/Second")]
    MegabitsSecond,
    #[serde(rename = "Gigabits/Second")]
    GigabitsSecond,
    #[serde(rename = "Terabits/Second")]
    TerabitsSecond,
    #[serde(rename = "Count/Second")]
    CountSecond,
    None,
}

impl StandardUnit {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "Seconds",
        "Microseconds",
        "Milliseconds",
        "Bytes",
        "Kilobytes",
        "Megabytes",
        "Gigabytes",
        "Terabytes",
        "Bits",
        "Kilobits",
        "Megabits",
        "Gigabits",
        "Terabits",
        "Percent",
        "Count",
        "Bytes/Second",
        "Kilobytes/Second",
        "Megabytes/Second",
        "Gigabytes/Second",
        "Terabytes/Second",
        "Bits/Second",
        "Kilobits/Second",
        "Megabits/Second",
        "Gigabits/Second",
        "Terabits/Second",
        "Count/Second",
        "None",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Seconds,
        Self::Microseconds,
        Self::Milliseconds,
        Self::Bytes,
        Self::Kilobytes,
        Self::Megabytes,
        Self::Gigabytes,
        Self::Terabytes,
        Self::Bits,
        Self::Kilobits,
        Self::Megabits,
        Self::Gigabits,
        Self::Terabits,
        Self::Percent,
        Self::Count,
        Self::BytesSecond,
        Self::KilobytesSecond,
        Self::MegabytesSecond,
        Self::GigabytesSecond,
        Self::TerabytesSecond,
        Self::BitsSecond,
        Self::KilobitsSecond,
        Self::MegabitsSecond,
        Self::GigabitsSecond,
        Self::TerabitsSecond,
        Self::CountSecond,
        Self::None,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(StandardUnit);

/// The `StartLiveTailRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartLiveTailRequest {
    #[serde(rename = "logGroupIdentifiers")]
    pub log_group_identifiers: Vec<String>,
    #[serde(rename = "logStreamNames")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_stream_names: Option<Vec<String>>,
    #[serde(rename = "logStreamNamePrefixes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_stream_name_prefixes: Option<Vec<String>>,
    #[serde(rename = "logEventFilterPattern")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_event_filter_pattern: Option<String>,
}

/// The `StartLiveTailResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartLiveTailResponse {
    #[serde(rename = "responseStream")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_stream: Option<StartLiveTailResponseStream>,
}

/// The `StartLiveTailResponseStream` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartLiveTailResponseStream {
    #[serde(rename = "sessionStart")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_start: Option<LiveTailSessionStart>,
    #[serde(rename = "sessionUpdate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_update: Option<LiveTailSessionUpdate>,
    #[serde(rename = "SessionTimeoutException")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_timeout_exception: Option<SessionTimeoutException>,
    #[serde(rename = "SessionStreamingException")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_streaming_exception: Option<SessionStreamingException>,
}

/// The `StartQueryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartQueryRequest {
    #[serde(rename = "queryLanguage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
    #[serde(rename = "logGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name: Option<String>,
    #[serde(rename = "logGroupNames")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_names: Option<Vec<String>>,
    #[serde(rename = "logGroupIdentifiers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifiers: Option<Vec<String>>,
    #[serde(rename = "startTime")]
    pub start_time: i64,
    #[serde(rename = "endTime")]
    pub end_time: i64,
    #[serde(rename = "queryString")]
    pub query_string: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
}

/// The `StartQueryResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartQueryResponse {
    #[serde(rename = "queryId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_id: Option<String>,
}

/// The `State` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum State {
    Active,
    Suppressed,
    Baseline,
}

impl State {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["Active", "Suppressed", "Baseline"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Active, Self::Suppressed, Self::Baseline];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(State);

/// The `StopQueryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopQueryRequest {
    #[serde(rename = "queryId")]
    pub query_id: String,
}

/// The `StopQueryResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopQueryResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
}

/// The `StorageTier` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum StorageTier {
    #[serde(rename = "STANDARD")]
    Standard,
    #[serde(rename = "INTELLIGENT_TIERING")]
    IntelligentTiering,
}

impl StorageTier {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["STANDARD", "INTELLIGENT_TIERING"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Standard, Self::IntelligentTiering];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(StorageTier);

/// The `SubscriptionFilter` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubscriptionFilter {
    #[serde(rename = "filterName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_name: Option<String>,
    #[serde(rename = "logGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_name: Option<String>,
    #[serde(rename = "filterPattern")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_pattern: Option<String>,
    #[serde(rename = "destinationArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_arn: Option<String>,
    #[serde(rename = "roleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<Distribution>,
    #[serde(rename = "applyOnTransformedLogs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apply_on_transformed_logs: Option<bool>,
    #[serde(rename = "creationTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<i64>,
    #[serde(rename = "fieldSelectionCriteria")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_selection_criteria: Option<String>,
    #[serde(rename = "emitSystemFields")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emit_system_fields: Option<Vec<String>>,
}

/// The `SubstituteString` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubstituteString {
    pub entries: Vec<SubstituteStringEntry>,
}

/// The `SubstituteStringEntry` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubstituteStringEntry {
    pub source: String,
    pub from: String,
    pub to: String,
}

/// The `SuppressionPeriod` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SuppressionPeriod {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i32>,
    #[serde(rename = "suppressionUnit")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suppression_unit: Option<SuppressionUnit>,
}

/// The `SuppressionState` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum SuppressionState {
    #[serde(rename = "SUPPRESSED")]
    Suppressed,
    #[serde(rename = "UNSUPPRESSED")]
    Unsuppressed,
}

impl SuppressionState {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["SUPPRESSED", "UNSUPPRESSED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Suppressed, Self::Unsuppressed];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(SuppressionState);

/// The `SuppressionType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum SuppressionType {
    #[serde(rename = "LIMITED")]
    Limited,
    #[serde(rename = "INFINITE")]
    Infinite,
}

impl SuppressionType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["LIMITED", "INFINITE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Limited, Self::Infinite];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(SuppressionType);

/// The `SuppressionUnit` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum SuppressionUnit {
    #[serde(rename = "SECONDS")]
    Seconds,
    #[serde(rename = "MINUTES")]
    Minutes,
    #[serde(rename = "HOURS")]
    Hours,
}

impl SuppressionUnit {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["SECONDS", "MINUTES", "HOURS"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Seconds, Self::Minutes, Self::Hours];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(SuppressionUnit);

/// The `SyslogConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SyslogConfiguration {
    #[serde(rename = "logGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_arn: Option<String>,
    #[serde(rename = "sourceType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_type: Option<SyslogSourceType>,
    #[serde(rename = "vpcEndpointId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_endpoint_id: Option<String>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
}

/// The `SyslogSourceType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum SyslogSourceType {
    #[serde(rename = "VPCE")]
    Vpce,
}

impl SyslogSourceType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["VPCE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Vpce];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(SyslogSourceType);

/// The `TagFilter` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagFilter {
    pub key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
}

/// The `TagLogGroupRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagLogGroupRequest {
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
    pub tags: BTreeMap<String, String>,
}

/// The `TagResourceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagResourceRequest {
    #[serde(rename = "resourceArn")]
    pub resource_arn: String,
    pub tags: BTreeMap<String, String>,
}

/// The `TestMetricFilterRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TestMetricFilterRequest {
    #[serde(rename = "filterPattern")]
    pub filter_pattern: String,
    #[serde(rename = "logEventMessages")]
    pub log_event_messages: Vec<String>,
}

/// The `TestMetricFilterResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TestMetricFilterResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matches: Option<Vec<MetricFilterMatchRecord>>,
}

/// The `TestTransformerRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TestTransformerRequest {
    #[serde(rename = "transformerConfig")]
    pub transformer_config: Vec<Processor>,
    #[serde(rename = "logEventMessages")]
    pub log_event_messages: Vec<String>,
}

/// The `TestTransformerResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TestTransformerResponse {
    #[serde(rename = "transformedLogs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transformed_logs: Option<Vec<TransformedLogRecord>>,
}

/// The `ThrottlingException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ThrottlingException {}

/// The `TooManyTagsException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TooManyTagsException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(rename = "resourceName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
}

/// The `TransformedLogRecord` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TransformedLogRecord {
    #[serde(rename = "eventNumber")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_number: Option<i64>,
    #[serde(rename = "eventMessage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_message: Option<String>,
    #[serde(rename = "transformedEventMessage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transformed_event_message: Option<String>,
}

/// The `TriggerHistoryRecord` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TriggerHistoryRecord {
    #[serde(rename = "queryId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_id: Option<String>,
    #[serde(rename = "executionStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_status: Option<ExecutionStatus>,
    #[serde(rename = "triggeredTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triggered_timestamp: Option<i64>,
    #[serde(rename = "errorMessage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destinations: Option<Vec<ScheduledQueryDestination>>,
}

/// The `TrimString` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrimString {
    #[serde(rename = "withKeys")]
    pub with_keys: Vec<String>,
}

/// The `Type` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum Type {
    #[serde(rename = "boolean")]
    Boolean,
    #[serde(rename = "integer")]
    Integer,
    #[serde(rename = "double")]
    Double,
    #[serde(rename = "string")]
    String,
}

impl Type {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["boolean", "integer", "double", "string"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Boolean, Self::Integer, Self::Double, Self::String];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(Type);

/// The `TypeConverter` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TypeConverter {
    pub entries: Vec<TypeConverterEntry>,
}

/// The `TypeConverterEntry` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TypeConverterEntry {
    pub key: String,
    pub r#type: Type,
}

/// The `UnrecognizedClientException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UnrecognizedClientException {}

/// The `UntagLogGroupRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagLogGroupRequest {
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
    pub tags: Vec<String>,
}

/// The `UntagResourceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagResourceRequest {
    #[serde(rename = "resourceArn")]
    pub resource_arn: String,
    #[serde(rename = "tagKeys")]
    pub tag_keys: Vec<String>,
}

/// The `UpdateAnomalyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateAnomalyRequest {
    #[serde(rename = "anomalyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anomaly_id: Option<String>,
    #[serde(rename = "patternId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern_id: Option<String>,
    #[serde(rename = "anomalyDetectorArn")]
    pub anomaly_detector_arn: String,
    #[serde(rename = "suppressionType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suppression_type: Option<SuppressionType>,
    #[serde(rename = "suppressionPeriod")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suppression_period: Option<SuppressionPeriod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<bool>,
}

/// The `UpdateDeliveryConfigurationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateDeliveryConfigurationRequest {
    pub id: String,
    #[serde(rename = "recordFields")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_fields: Option<Vec<String>>,
    #[serde(rename = "fieldDelimiter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_delimiter: Option<String>,
    #[serde(rename = "s3DeliveryConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_delivery_configuration: Option<S3DeliveryConfiguration>,
}

/// The `UpdateDeliveryConfigurationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateDeliveryConfigurationResponse {}

/// The `UpdateLogAnomalyDetectorRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateLogAnomalyDetectorRequest {
    #[serde(rename = "anomalyDetectorArn")]
    pub anomaly_detector_arn: String,
    #[serde(rename = "evaluationFrequency")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_frequency: Option<EvaluationFrequency>,
    #[serde(rename = "filterPattern")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_pattern: Option<String>,
    #[serde(rename = "anomalyVisibilityTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anomaly_visibility_time: Option<i64>,
    pub enabled: bool,
}

/// The `UpdateLookupTableRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateLookupTableRequest {
    #[serde(rename = "lookupTableArn")]
    pub lookup_table_arn: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "tableBody")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table_body: Option<String>,
    #[serde(rename = "queryId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_id: Option<String>,
    #[serde(rename = "kmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
}

/// The `UpdateLookupTableResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateLookupTableResponse {
    #[serde(rename = "lookupTableArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_table_arn: Option<String>,
    #[serde(rename = "lastUpdatedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<i64>,
}

/// The `UpdateScheduledQueryRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateScheduledQueryRequest {
    pub identifier: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "queryLanguage")]
    pub query_language: QueryLanguage,
    #[serde(rename = "queryString")]
    pub query_string: String,
    #[serde(rename = "logGroupIdentifiers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifiers: Option<Vec<String>>,
    #[serde(rename = "scheduleExpression")]
    pub schedule_expression: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    #[serde(rename = "startTimeOffset")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time_offset: Option<i64>,
    #[serde(rename = "endTimeOffset")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time_offset: Option<i64>,
    #[serde(rename = "destinationConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_configuration: Option<DestinationConfiguration>,
    #[serde(rename = "scheduleStartTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_start_time: Option<i64>,
    #[serde(rename = "scheduleEndTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_end_time: Option<i64>,
    #[serde(rename = "executionRoleArn")]
    pub execution_role_arn: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ScheduledQueryState>,
}

/// The `UpdateScheduledQueryResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateScheduledQueryResponse {
    #[serde(rename = "scheduledQueryArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_query_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "queryLanguage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
    #[serde(rename = "queryString")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_string: Option<String>,
    #[serde(rename = "logGroupIdentifiers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_group_identifiers: Option<Vec<String>>,
    #[serde(rename = "scheduleExpression")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_expression: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    #[serde(rename = "startTimeOffset")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time_offset: Option<i64>,
    #[serde(rename = "endTimeOffset")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time_offset: Option<i64>,
    #[serde(rename = "destinationConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_configuration: Option<DestinationConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ScheduledQueryState>,
    #[serde(rename = "scheduleType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_type: Option<ScheduleType>,
    #[serde(rename = "lastTriggeredTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_triggered_time: Option<i64>,
    #[serde(rename = "lastExecutionStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_execution_status: Option<ExecutionStatus>,
    #[serde(rename = "scheduleStartTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_start_time: Option<i64>,
    #[serde(rename = "scheduleEndTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_end_time: Option<i64>,
    #[serde(rename = "executionRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "creationTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<i64>,
    #[serde(rename = "lastUpdatedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<i64>,
}

/// The `UpperCaseString` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpperCaseString {
    #[serde(rename = "withKeys")]
    pub with_keys: Vec<String>,
}

/// The `ValidationException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ValidationException {}

/// The static table of this service's model.
pub static MODEL: crate::ServiceModel = table::MODEL;

/// [`MODEL`], for code that wants a function.
pub fn model() -> &'static crate::ServiceModel {
    &MODEL
}

mod table {
    #![allow(dead_code)] // Not every service uses every helper.

    use crate::model::{
        ExceptionInfo, Member, Operation, Protocol, ServiceModel, Shape, ShapeKind as K,
    };

    type Str = &'static str;

    const fn m(name: Str, shape: Str) -> Member {
        Member { name, shape }
    }

    const fn s(name: Str, sensitive: bool, kind: K) -> Shape {
        Shape {
            name,
            kind,
            sensitive,
        }
    }

    const fn structure(members: &'static [Member], required: &'static [Str]) -> K {
        K::Structure {
            members,
            required,
            exception: None,
            document: false,
            union: false,
            event_stream: false,
        }
    }

    const fn exception(
        members: &'static [Member],
        required: &'static [Str],
        code: Str,
        http_status: u16,
        fault: bool,
    ) -> K {
        let exception = Some(ExceptionInfo {
            code,
            http_status,
            fault,
        });
        K::Structure {
            members,
            required,
            exception,
            document: false,
            union: false,
            event_stream: false,
        }
    }

    const fn list(member: Str, min: Option<i64>, max: Option<i64>) -> K {
        K::List { member, min, max }
    }

    const fn map(key: Str, value: Str, min: Option<i64>, max: Option<i64>) -> K {
        K::Map {
            key,
            value,
            min,
            max,
        }
    }

    const fn string(
        enum_values: &'static [Str],
        min: Option<i64>,
        max: Option<i64>,
        pattern: Option<Str>,
    ) -> K {
        K::String {
            enum_values,
            min,
            max,
            pattern,
        }
    }

    const fn integer(min: Option<i64>, max: Option<i64>) -> K {
        K::Integer { min, max }
    }

    pub(super) const MODEL: ServiceModel = ServiceModel {
        protocol: Protocol::Json,
        target_prefix: "Logs_20140328",
        xml_namespace: "",
        signing_name: "logs",
        api_version: "2014-03-28",
        json_version: "1.1",
        botocore_version: "1.44.5",
        operations: OPERATIONS,
        shapes: SHAPES,
    };

    const OPERATIONS: &[Operation] = &[
        Operation {
            name: "AssociateKmsKey",
            input: Some("AssociateKmsKeyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "OperationAbortedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "AssociateSourceToS3TableIntegration",
            input: Some("AssociateSourceToS3TableIntegrationRequest"),
            output: Some("AssociateSourceToS3TableIntegrationResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ResourceNotFoundException",
                "ThrottlingException",
                "ValidationException",
                "InternalServerException",
            ],
        },
        Operation {
            name: "CancelExportTask",
            input: Some("CancelExportTaskRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "InvalidOperationException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "CancelImportTask",
            input: Some("CancelImportTaskRequest"),
            output: Some("CancelImportTaskResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ThrottlingException",
                "InvalidOperationException",
            ],
        },
        Operation {
            name: "CreateDelivery",
            input: Some("CreateDeliveryRequest"),
            output: Some("CreateDeliveryResponse"),
            result_wrapper: None,
            errors: &[
                "ServiceUnavailableException",
                "ConflictException",
                "ResourceNotFoundException",
                "ValidationException",
                "AccessDeniedException",
                "ServiceQuotaExceededException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "CreateExportTask",
            input: Some("CreateExportTaskRequest"),
            output: Some("CreateExportTaskResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "LimitExceededException",
                "OperationAbortedException",
                "ServiceUnavailableException",
                "ResourceNotFoundException",
                "ResourceAlreadyExistsException",
            ],
        },
        Operation {
            name: "CreateImportTask",
            input: Some("CreateImportTaskRequest"),
            output: Some("CreateImportTaskResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ConflictException",
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ThrottlingException",
                "ValidationException",
                "InvalidOperationException",
            ],
        },
        Operation {
            name: "CreateLogAnomalyDetector",
            input: Some("CreateLogAnomalyDetectorRequest"),
            output: Some("CreateLogAnomalyDetectorResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "OperationAbortedException",
                "LimitExceededException",
            ],
        },
        Operation {
            name: "CreateLogGroup",
            input: Some("CreateLogGroupRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceAlreadyExistsException",
                "LimitExceededException",
                "OperationAbortedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "CreateLogStream",
            input: Some("CreateLogStreamRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceAlreadyExistsException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "CreateLookupTable",
            input: Some("CreateLookupTableRequest"),
            output: Some("CreateLookupTableResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceAlreadyExistsException",
                "AccessDeniedException",
                "LimitExceededException",
                "ValidationException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "CreateScheduledQuery",
            input: Some("CreateScheduledQueryRequest"),
            output: Some("CreateScheduledQueryResponse"),
            result_wrapper: None,
            errors: &[
                "ValidationException",
                "AccessDeniedException",
                "ResourceNotFoundException",
                "ConflictException",
                "ServiceQuotaExceededException",
                "ThrottlingException",
                "InternalServerException",
            ],
        },
        Operation {
            name: "DeleteAccountPolicy",
            input: Some("DeleteAccountPolicyRequest"),
            output: Some("DeleteAccountPolicyResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "OperationAbortedException",
            ],
        },
        Operation {
            name: "DeleteDataProtectionPolicy",
            input: Some("DeleteDataProtectionPolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "OperationAbortedException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DeleteDelivery",
            input: Some("DeleteDeliveryRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "ConflictException",
                "ValidationException",
                "ServiceQuotaExceededException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "DeleteDeliveryDestination",
            input: Some("DeleteDeliveryDestinationRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "ConflictException",
                "ValidationException",
                "ServiceQuotaExceededException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "DeleteDeliveryDestinationPolicy",
            input: Some("DeleteDeliveryDestinationPolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "ServiceUnavailableException",
                "ValidationException",
                "ResourceNotFoundException",
                "ConflictException",
            ],
        },
        Operation {
            name: "DeleteDeliverySource",
            input: Some("DeleteDeliverySourceRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "ConflictException",
                "ValidationException",
                "ServiceQuotaExceededException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "DeleteDestination",
            input: Some("DeleteDestinationRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "OperationAbortedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DeleteIndexPolicy",
            input: Some("DeleteIndexPolicyRequest"),
            output: Some("DeleteIndexPolicyResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "LimitExceededException",
                "OperationAbortedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DeleteIntegration",
            input: Some("DeleteIntegrationRequest"),
            output: Some("DeleteIntegrationResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "ValidationException",
            ],
        },
        Operation {
            name: "DeleteLogAnomalyDetector",
            input: Some("DeleteLogAnomalyDetectorRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "OperationAbortedException",
            ],
        },
        Operation {
            name: "DeleteLogGroup",
            input: Some("DeleteLogGroupRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "OperationAbortedException",
                "ServiceUnavailableException",
                "ValidationException",
            ],
        },
        Operation {
            name: "DeleteLogStream",
            input: Some("DeleteLogStreamRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "OperationAbortedException",
                "ServiceUnavailableException",
                "ValidationException",
            ],
        },
        Operation {
            name: "DeleteLookupTable",
            input: Some("DeleteLookupTableRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "AccessDeniedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DeleteMetricFilter",
            input: Some("DeleteMetricFilterRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "OperationAbortedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DeleteQueryDefinition",
            input: Some("DeleteQueryDefinitionRequest"),
            output: Some("DeleteQueryDefinitionResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DeleteResourcePolicy",
            input: Some("DeleteResourcePolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "OperationAbortedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DeleteRetentionPolicy",
            input: Some("DeleteRetentionPolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "OperationAbortedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DeleteScheduledQuery",
            input: Some("DeleteScheduledQueryRequest"),
            output: Some("DeleteScheduledQueryResponse"),
            result_wrapper: None,
            errors: &[
                "ValidationException",
                "AccessDeniedException",
                "ResourceNotFoundException",
                "ThrottlingException",
                "InternalServerException",
            ],
        },
        Operation {
            name: "DeleteSubscriptionFilter",
            input: Some("DeleteSubscriptionFilterRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "OperationAbortedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DeleteSyslogConfiguration",
            input: Some("DeleteSyslogConfigurationRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "InvalidParameterException",
                "InvalidOperationException",
                "OperationAbortedException",
                "ResourceNotFoundException",
                "ThrottlingException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DeleteTransformer",
            input: Some("DeleteTransformerRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "OperationAbortedException",
                "InvalidOperationException",
            ],
        },
        Operation {
            name: "DescribeAccountPolicies",
            input: Some("DescribeAccountPoliciesRequest"),
            output: Some("DescribeAccountPoliciesResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "OperationAbortedException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DescribeConfigurationTemplates",
            input: Some("DescribeConfigurationTemplatesRequest"),
            output: Some("DescribeConfigurationTemplatesResponse"),
            result_wrapper: None,
            errors: &[
                "ServiceUnavailableException",
                "ValidationException",
                "ResourceNotFoundException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "DescribeDeliveries",
            input: Some("DescribeDeliveriesRequest"),
            output: Some("DescribeDeliveriesResponse"),
            result_wrapper: None,
            errors: &[
                "ServiceUnavailableException",
                "ServiceQuotaExceededException",
                "ValidationException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "DescribeDeliveryDestinations",
            input: Some("DescribeDeliveryDestinationsRequest"),
            output: Some("DescribeDeliveryDestinationsResponse"),
            result_wrapper: None,
            errors: &[
                "ServiceUnavailableException",
                "ServiceQuotaExceededException",
                "ValidationException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "DescribeDeliverySources",
            input: Some("DescribeDeliverySourcesRequest"),
            output: Some("DescribeDeliverySourcesResponse"),
            result_wrapper: None,
            errors: &[
                "ServiceUnavailableException",
                "ServiceQuotaExceededException",
                "ValidationException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "DescribeDestinations",
            input: Some("DescribeDestinationsRequest"),
            output: Some("DescribeDestinationsResponse"),
            result_wrapper: None,
            errors: &["InvalidParameterException", "ServiceUnavailableException"],
        },
        Operation {
            name: "DescribeExportTasks",
            input: Some("DescribeExportTasksRequest"),
            output: Some("DescribeExportTasksResponse"),
            result_wrapper: None,
            errors: &["InvalidParameterException", "ServiceUnavailableException"],
        },
        Operation {
            name: "DescribeFieldIndexes",
            input: Some("DescribeFieldIndexesRequest"),
            output: Some("DescribeFieldIndexesResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "LimitExceededException",
                "OperationAbortedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DescribeImportTaskBatches",
            input: Some("DescribeImportTaskBatchesRequest"),
            output: Some("DescribeImportTaskBatchesResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ThrottlingException",
                "InvalidOperationException",
            ],
        },
        Operation {
            name: "DescribeImportTasks",
            input: Some("DescribeImportTasksRequest"),
            output: Some("DescribeImportTasksResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ThrottlingException",
                "InvalidOperationException",
            ],
        },
        Operation {
            name: "DescribeIndexPolicies",
            input: Some("DescribeIndexPoliciesRequest"),
            output: Some("DescribeIndexPoliciesResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "LimitExceededException",
                "OperationAbortedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DescribeLogGroups",
            input: Some("DescribeLogGroupsRequest"),
            output: Some("DescribeLogGroupsResponse"),
            result_wrapper: None,
            errors: &["InvalidParameterException", "ServiceUnavailableException"],
        },
        Operation {
            name: "DescribeLogStreams",
            input: Some("DescribeLogStreamsRequest"),
            output: Some("DescribeLogStreamsResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DescribeLookupTables",
            input: Some("DescribeLookupTablesRequest"),
            output: Some("DescribeLookupTablesResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "AccessDeniedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DescribeMetricFilters",
            input: Some("DescribeMetricFiltersRequest"),
            output: Some("DescribeMetricFiltersResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DescribeQueries",
            input: Some("DescribeQueriesRequest"),
            output: Some("DescribeQueriesResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DescribeQueryDefinitions",
            input: Some("DescribeQueryDefinitionsRequest"),
            output: Some("DescribeQueryDefinitionsResponse"),
            result_wrapper: None,
            errors: &["InvalidParameterException", "ServiceUnavailableException"],
        },
        Operation {
            name: "DescribeResourcePolicies",
            input: Some("DescribeResourcePoliciesRequest"),
            output: Some("DescribeResourcePoliciesResponse"),
            result_wrapper: None,
            errors: &["InvalidParameterException", "ServiceUnavailableException"],
        },
        Operation {
            name: "DescribeSubscriptionFilters",
            input: Some("DescribeSubscriptionFiltersRequest"),
            output: Some("DescribeSubscriptionFiltersResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DisassociateKmsKey",
            input: Some("DisassociateKmsKeyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "OperationAbortedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "DisassociateSourceFromS3TableIntegration",
            input: Some("DisassociateSourceFromS3TableIntegrationRequest"),
            output: Some("DisassociateSourceFromS3TableIntegrationResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ResourceNotFoundException",
                "ThrottlingException",
                "ValidationException",
                "InternalServerException",
            ],
        },
        Operation {
            name: "FilterLogEvents",
            input: Some("FilterLogEventsRequest"),
            output: Some("FilterLogEventsResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "GetDataProtectionPolicy",
            input: Some("GetDataProtectionPolicyRequest"),
            output: Some("GetDataProtectionPolicyResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "OperationAbortedException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "GetDelivery",
            input: Some("GetDeliveryRequest"),
            output: Some("GetDeliveryResponse"),
            result_wrapper: None,
            errors: &[
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "ValidationException",
                "ServiceQuotaExceededException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "GetDeliveryDestination",
            input: Some("GetDeliveryDestinationRequest"),
            output: Some("GetDeliveryDestinationResponse"),
            result_wrapper: None,
            errors: &[
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "ValidationException",
                "ServiceQuotaExceededException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "GetDeliveryDestinationPolicy",
            input: Some("GetDeliveryDestinationPolicyRequest"),
            output: Some("GetDeliveryDestinationPolicyResponse"),
            result_wrapper: None,
            errors: &[
                "ServiceUnavailableException",
                "ValidationException",
                "ResourceNotFoundException",
            ],
        },
        Operation {
            name: "GetDeliverySource",
            input: Some("GetDeliverySourceRequest"),
            output: Some("GetDeliverySourceResponse"),
            result_wrapper: None,
            errors: &[
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "ValidationException",
                "ServiceQuotaExceededException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "GetIntegration",
            input: Some("GetIntegrationRequest"),
            output: Some("GetIntegrationResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ServiceUnavailableException",
                "ResourceNotFoundException",
            ],
        },
        Operation {
            name: "GetLogAnomalyDetector",
            input: Some("GetLogAnomalyDetectorRequest"),
            output: Some("GetLogAnomalyDetectorResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "OperationAbortedException",
            ],
        },
        Operation {
            name: "GetLogEvents",
            input: Some("GetLogEventsRequest"),
            output: Some("GetLogEventsResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "GetLogFields",
            input: Some("GetLogFieldsRequest"),
            output: Some("GetLogFieldsResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "OperationAbortedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "GetLogGroupFields",
            input: Some("GetLogGroupFieldsRequest"),
            output: Some("GetLogGroupFieldsResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "LimitExceededException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "GetLogObject",
            input: Some("GetLogObjectRequest"),
            output: Some("GetLogObjectResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "InvalidParameterException",
                "ResourceNotFoundException",
                "LimitExceededException",
                "InvalidOperationException",
            ],
        },
        Operation {
            name: "GetLogRecord",
            input: Some("GetLogRecordRequest"),
            output: Some("GetLogRecordResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "LimitExceededException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "GetLookupTable",
            input: Some("GetLookupTableRequest"),
            output: Some("GetLookupTableResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "AccessDeniedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "GetQueryResults",
            input: Some("GetQueryResultsRequest"),
            output: Some("GetQueryResultsResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "GetScheduledQuery",
            input: Some("GetScheduledQueryRequest"),
            output: Some("GetScheduledQueryResponse"),
            result_wrapper: None,
            errors: &[
                "ValidationException",
                "AccessDeniedException",
                "ResourceNotFoundException",
                "ThrottlingException",
                "InternalServerException",
            ],
        },
        Operation {
            name: "GetScheduledQueryHistory",
            input: Some("GetScheduledQueryHistoryRequest"),
            output: Some("GetScheduledQueryHistoryResponse"),
            result_wrapper: None,
            errors: &[
                "ValidationException",
                "AccessDeniedException",
                "ResourceNotFoundException",
                "ThrottlingException",
                "InternalServerException",
            ],
        },
        Operation {
            name: "GetStorageTierPolicy",
            input: Some("GetStorageTierPolicyRequest"),
            output: Some("GetStorageTierPolicyResponse"),
            result_wrapper: None,
            errors: &[
                "ServiceUnavailableException",
                "InvalidParameterException",
                "AccessDeniedException",
                "OperationAbortedException",
                "ResourceNotFoundException",
            ],
        },
        Operation {
            name: "GetTransformer",
            input: Some("GetTransformerRequest"),
            output: Some("GetTransformerResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "InvalidOperationException",
            ],
        },
        Operation {
            name: "ListAggregateLogGroupSummaries",
            input: Some("ListAggregateLogGroupSummariesRequest"),
            output: Some("ListAggregateLogGroupSummariesResponse"),
            result_wrapper: None,
            errors: &[
                "ValidationException",
                "ServiceUnavailableException",
                "InvalidParameterException",
            ],
        },
        Operation {
            name: "ListAnomalies",
            input: Some("ListAnomaliesRequest"),
            output: Some("ListAnomaliesResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "OperationAbortedException",
            ],
        },
        Operation {
            name: "ListIntegrations",
            input: Some("ListIntegrationsRequest"),
            output: Some("ListIntegrationsResponse"),
            result_wrapper: None,
            errors: &["InvalidParameterException", "ServiceUnavailableException"],
        },
        Operation {
            name: "ListLogAnomalyDetectors",
            input: Some("ListLogAnomalyDetectorsRequest"),
            output: Some("ListLogAnomalyDetectorsResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "OperationAbortedException",
            ],
        },
        Operation {
            name: "ListLogGroups",
            input: Some("ListLogGroupsRequest"),
            output: Some("ListLogGroupsResponse"),
            result_wrapper: None,
            errors: &["InvalidParameterException", "ServiceUnavailableException"],
        },
        Operation {
            name: "ListLogGroupsForQuery",
            input: Some("ListLogGroupsForQueryRequest"),
            output: Some("ListLogGroupsForQueryResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "AccessDeniedException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "ListScheduledQueries",
            input: Some("ListScheduledQueriesRequest"),
            output: Some("ListScheduledQueriesResponse"),
            result_wrapper: None,
            errors: &[
                "ValidationException",
                "AccessDeniedException",
                "ThrottlingException",
                "InternalServerException",
            ],
        },
        Operation {
            name: "ListSourcesForS3TableIntegration",
            input: Some("ListSourcesForS3TableIntegrationRequest"),
            output: Some("ListSourcesForS3TableIntegrationResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ResourceNotFoundException",
                "ThrottlingException",
                "ValidationException",
                "InternalServerException",
            ],
        },
        Operation {
            name: "ListSyslogConfigurations",
            input: Some("ListSyslogConfigurationsRequest"),
            output: Some("ListSyslogConfigurationsResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "InvalidParameterException",
                "InvalidOperationException",
                "ResourceNotFoundException",
                "ThrottlingException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "ListTagsForResource",
            input: Some("ListTagsForResourceRequest"),
            output: Some("ListTagsForResourceResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "ListTagsLogGroup",
            input: Some("ListTagsLogGroupRequest"),
            output: Some("ListTagsLogGroupResponse"),
            result_wrapper: None,
            errors: &["ResourceNotFoundException", "ServiceUnavailableException"],
        },
        Operation {
            name: "PutAccountPolicy",
            input: Some("PutAccountPolicyRequest"),
            output: Some("PutAccountPolicyResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "OperationAbortedException",
                "ServiceUnavailableException",
                "LimitExceededException",
            ],
        },
        Operation {
            name: "PutBearerTokenAuthentication",
            input: Some("PutBearerTokenAuthenticationRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "AccessDeniedException",
                "OperationAbortedException",
                "ServiceUnavailableException",
                "InvalidOperationException",
            ],
        },
        Operation {
            name: "PutDataProtectionPolicy",
            input: Some("PutDataProtectionPolicyRequest"),
            output: Some("PutDataProtectionPolicyResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "LimitExceededException",
                "OperationAbortedException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "PutDeliveryDestination",
            input: Some("PutDeliveryDestinationRequest"),
            output: Some("PutDeliveryDestinationResponse"),
            result_wrapper: None,
            errors: &[
                "ServiceUnavailableException",
                "ConflictException",
                "ValidationException",
                "ServiceQuotaExceededException",
                "ThrottlingException",
                "ResourceNotFoundException",
            ],
        },
        Operation {
            name: "PutDeliveryDestinationPolicy",
            input: Some("PutDeliveryDestinationPolicyRequest"),
            output: Some("PutDeliveryDestinationPolicyResponse"),
            result_wrapper: None,
            errors: &[
                "ServiceUnavailableException",
                "ValidationException",
                "ResourceNotFoundException",
                "ConflictException",
            ],
        },
        Operation {
            name: "PutDeliverySource",
            input: Some("PutDeliverySourceRequest"),
            output: Some("PutDeliverySourceResponse"),
            result_wrapper: None,
            errors: &[
                "ServiceUnavailableException",
                "ConflictException",
                "ValidationException",
                "ServiceQuotaExceededException",
                "ResourceNotFoundException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "PutDestination",
            input: Some("PutDestinationRequest"),
            output: Some("PutDestinationResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "OperationAbortedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "PutDestinationPolicy",
            input: Some("PutDestinationPolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "OperationAbortedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "PutIndexPolicy",
            input: Some("PutIndexPolicyRequest"),
            output: Some("PutIndexPolicyResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "LimitExceededException",
                "OperationAbortedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "PutIntegration",
            input: Some("PutIntegrationRequest"),
            output: Some("PutIntegrationResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "LimitExceededException",
                "ServiceUnavailableException",
                "ValidationException",
            ],
        },
        Operation {
            name: "PutLogEvents",
            input: Some("PutLogEventsRequest"),
            output: Some("PutLogEventsResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "InvalidSequenceTokenException",
                "DataAlreadyAcceptedException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "UnrecognizedClientException",
            ],
        },
        Operation {
            name: "PutLogGroupDeletionProtection",
            input: Some("PutLogGroupDeletionProtectionRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "AccessDeniedException",
                "OperationAbortedException",
                "ServiceUnavailableException",
                "InvalidOperationException",
            ],
        },
        Operation {
            name: "PutMetricFilter",
            input: Some("PutMetricFilterRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "OperationAbortedException",
                "LimitExceededException",
                "ServiceUnavailableException",
                "InvalidOperationException",
            ],
        },
        Operation {
            name: "PutQueryDefinition",
            input: Some("PutQueryDefinitionRequest"),
            output: Some("PutQueryDefinitionResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "LimitExceededException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "PutResourcePolicy",
            input: Some("PutResourcePolicyRequest"),
            output: Some("PutResourcePolicyResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "LimitExceededException",
                "OperationAbortedException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "PutRetentionPolicy",
            input: Some("PutRetentionPolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "OperationAbortedException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "PutStorageTierPolicy",
            input: Some("PutStorageTierPolicyRequest"),
            output: Some("PutStorageTierPolicyResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ServiceUnavailableException",
                "AccessDeniedException",
                "OperationAbortedException",
                "ResourceNotFoundException",
            ],
        },
        Operation {
            name: "PutSubscriptionFilter",
            input: Some("PutSubscriptionFilterRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "OperationAbortedException",
                "LimitExceededException",
                "ServiceUnavailableException",
                "InvalidOperationException",
            ],
        },
        Operation {
            name: "PutSyslogConfiguration",
            input: Some("PutSyslogConfigurationRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "InvalidParameterException",
                "InvalidOperationException",
                "OperationAbortedException",
                "ResourceNotFoundException",
                "ThrottlingException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "PutTransformer",
            input: Some("PutTransformerRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "LimitExceededException",
                "OperationAbortedException",
                "InvalidOperationException",
            ],
        },
        Operation {
            name: "StartLiveTail",
            input: Some("StartLiveTailRequest"),
            output: Some("StartLiveTailResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "InvalidParameterException",
                "ResourceNotFoundException",
                "LimitExceededException",
                "InvalidOperationException",
            ],
        },
        Operation {
            name: "StartQuery",
            input: Some("StartQueryRequest"),
            output: Some("StartQueryResponse"),
            result_wrapper: None,
            errors: &[
                "MalformedQueryException",
                "InvalidParameterException",
                "LimitExceededException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "StopQuery",
            input: Some("StopQueryRequest"),
            output: Some("StopQueryResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "TagLogGroup",
            input: Some("TagLogGroupRequest"),
            output: None,
            result_wrapper: None,
            errors: &["ResourceNotFoundException", "InvalidParameterException"],
        },
        Operation {
            name: "TagResource",
            input: Some("TagResourceRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "TooManyTagsException",
            ],
        },
        Operation {
            name: "TestMetricFilter",
            input: Some("TestMetricFilterRequest"),
            output: Some("TestMetricFilterResponse"),
            result_wrapper: None,
            errors: &["InvalidParameterException", "ServiceUnavailableException"],
        },
        Operation {
            name: "TestTransformer",
            input: Some("TestTransformerRequest"),
            output: Some("TestTransformerResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ServiceUnavailableException",
                "InvalidOperationException",
            ],
        },
        Operation {
            name: "UntagLogGroup",
            input: Some("UntagLogGroupRequest"),
            output: None,
            result_wrapper: None,
            errors: &["ResourceNotFoundException"],
        },
        Operation {
            name: "UntagResource",
            input: Some("UntagResourceRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "UpdateAnomaly",
            input: Some("UpdateAnomalyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "OperationAbortedException",
            ],
        },
        Operation {
            name: "UpdateDeliveryConfiguration",
            input: Some("UpdateDeliveryConfigurationRequest"),
            output: Some("UpdateDeliveryConfigurationResponse"),
            result_wrapper: None,
            errors: &[
                "ServiceUnavailableException",
                "ConflictException",
                "ResourceNotFoundException",
                "ValidationException",
                "AccessDeniedException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "UpdateLogAnomalyDetector",
            input: Some("UpdateLogAnomalyDetectorRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "ServiceUnavailableException",
                "OperationAbortedException",
            ],
        },
        Operation {
            name: "UpdateLookupTable",
            input: Some("UpdateLookupTableRequest"),
            output: Some("UpdateLookupTableResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "ResourceNotFoundException",
                "AccessDeniedException",
                "ValidationException",
                "ServiceUnavailableException",
            ],
        },
        Operation {
            name: "UpdateScheduledQuery",
            input: Some("UpdateScheduledQueryRequest"),
            output: Some("UpdateScheduledQueryResponse"),
            result_wrapper: None,
            errors: &[
                "ValidationException",
                "AccessDeniedException",
                "ResourceNotFoundException",
                "ConflictException",
                "ThrottlingException",
                "InternalServerException",
            ],
        },
    ];

    const SHAPES: &[Shape] = &[
        s(
            "AccessDeniedException",
            false,
            exception(&[], &[], "AccessDeniedException", 400, false),
        ),
        s("AccessPolicy", false, string(&[], Some(1), None, None)),
        s(
            "AccountId",
            false,
            string(&[], Some(12), Some(12), Some("^\\d{12}$")),
        ),
        s("AccountIds", false, list("AccountId", Some(0), Some(20))),
        s("AccountPolicies", false, list("AccountPolicy", None, None)),
        s(
            "AccountPolicy",
            false,
            structure(
                &[
                    m("policyName", "PolicyName"),
                    m("policyDocument", "AccountPolicyDocument"),
                    m("lastUpdatedTime", "Timestamp"),
                    m("policyType", "PolicyType"),
                    m("scope", "Scope"),
                    m("selectionCriteria", "SelectionCriteria"),
                    m("accountId", "AccountId"),
                ],
                &[],
            ),
        ),
        s(
            "AccountPolicyDocument",
            false,
            string(&[], None, None, None),
        ),
        s(
            "ActionStatus",
            false,
            string(super::ActionStatus::VALUES, None, None, None),
        ),
        s(
            "AddKeyEntries",
            false,
            list("AddKeyEntry", Some(1), Some(5)),
        ),
        s(
            "AddKeyEntry",
            false,
            structure(
                &[
                    m("key", "Key"),
                    m("value", "AddKeyValue"),
                    m("overwriteIfExists", "OverwriteIfExists"),
                ],
                &["key", "value"],
            ),
        ),
        s("AddKeyValue", false, string(&[], Some(1), Some(256), None)),
        s(
            "AddKeys",
            false,
            structure(&[m("entries", "AddKeyEntries")], &["entries"]),
        ),
        s(
            "AggregateLogGroupSummaries",
            false,
            list("AggregateLogGroupSummary", None, None),
        ),
        s(
            "AggregateLogGroupSummary",
            false,
            structure(
                &[
                    m("logGroupCount", "LogGroupCount"),
                    m("groupingIdentifiers", "GroupingIdentifiers"),
                ],
                &[],
            ),
        ),
        s(
            "AllowedActionForAllowVendedLogsDeliveryForResource",
            false,
            string(&[], None, None, None),
        ),
        s(
            "AllowedFieldDelimiters",
            false,
            list("FieldDelimiter", None, None),
        ),
        s("AllowedFields", false, list("RecordField", None, None)),
        s(
            "AmazonResourceName",
            false,
            string(&[], Some(1), Some(1011), Some("[\\w+=/:,.@-]*")),
        ),
        s("Anomalies", false, list("Anomaly", None, None)),
        s(
            "Anomaly",
            false,
            structure(
                &[
                    m("anomalyId", "AnomalyId"),
                    m("patternId", "PatternId"),
                    m("anomalyDetectorArn", "AnomalyDetectorArn"),
                    m("patternString", "PatternString"),
                    m("patternRegex", "PatternRegex"),
                    m("priority", "Priority"),
                    m("firstSeen", "EpochMillis"),
                    m("lastSeen", "EpochMillis"),
                    m("description", "Description"),
                    m("active", "Boolean"),
                    m("state", "State"),
                    m("histogram", "Histogram"),
                    m("logSamples", "LogSamples"),
                    m("patternTokens", "PatternTokens"),
                    m("logGroupArnList", "LogGroupArnList"),
                    m("suppressed", "Boolean"),
                    m("suppressedDate", "EpochMillis"),
                    m("suppressedUntil", "EpochMillis"),
                    m("isPatternLevelSuppression", "Boolean"),
                ],
                &[
                    "anomalyId",
                    "patternId",
                    "anomalyDetectorArn",
                    "patternString",
                    "firstSeen",
                    "lastSeen",
                    "description",
                    "active",
                    "state",
                    "histogram",
                    "logSamples",
                    "patternTokens",
                    "logGroupArnList",
                ],
            ),
        ),
        s(
            "AnomalyDetector",
            false,
            structure(
                &[
                    m("anomalyDetectorArn", "AnomalyDetectorArn"),
                    m("detectorName", "DetectorName"),
                    m("logGroupArnList", "LogGroupArnList"),
                    m("evaluationFrequency", "EvaluationFrequency"),
                    m("filterPattern", "FilterPattern"),
                    m("anomalyDetectorStatus", "AnomalyDetectorStatus"),
                    m("kmsKeyId", "KmsKeyId"),
                    m("creationTimeStamp", "EpochMillis"),
                    m("lastModifiedTimeStamp", "EpochMillis"),
                    m("anomalyVisibilityTime", "AnomalyVisibilityTime"),
                ],
                &[],
            ),
        ),
        s(
            "AnomalyDetectorArn",
            false,
            string(&[], Some(1), None, Some("[\\w#+=/:,.@-]*")),
        ),
        s(
            "AnomalyDetectorStatus",
            false,
            string(super::AnomalyDetectorStatus::VALUES, None, None, None),
        ),
        s(
            "AnomalyDetectors",
            false,
            list("AnomalyDetector", None, None),
        ),
        s("AnomalyId", false, string(&[], Some(36), Some(36), None)),
        s(
            "AnomalyVisibilityTime",
            false,
            K::Long {
                min: Some(7),
                max: Some(90),
            },
        ),
        s("ApplyOnTransformedLogs", false, K::Boolean),
        s("Arn", false, string(&[], None, None, None)),
        s(
            "AssociateKmsKeyRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("kmsKeyId", "KmsKeyId"),
                    m("resourceIdentifier", "ResourceIdentifier"),
                ],
                &["kmsKeyId"],
            ),
        ),
        s(
            "AssociateSourceToS3TableIntegrationRequest",
            false,
            structure(
                &[m("integrationArn", "Arn"), m("dataSource", "DataSource")],
                &["integrationArn", "dataSource"],
            ),
        ),
        s(
            "AssociateSourceToS3TableIntegrationResponse",
            false,
            structure(
                &[m("identifier", "S3TableIntegrationSourceIdentifier")],
                &[],
            ),
        ),
        s("Baseline", false, K::Boolean),
        s("BatchId", false, string(&[], Some(1), Some(256), None)),
        s("BearerTokenAuthenticationEnabled", false, K::Boolean),
        s("Boolean", false, K::Boolean),
        s(
            "BytesScannedValue",
            false,
            K::Double {
                min: None,
                max: None,
            },
        ),
        s(
            "CSV",
            false,
            structure(
                &[
                    m("quoteCharacter", "QuoteCharacter"),
                    m("delimiter", "Delimiter"),
                    m("columns", "Columns"),
                    m("source", "Source"),
                    m("destination", "DestinationField"),
                ],
                &[],
            ),
        ),
        s(
            "CancelExportTaskRequest",
            false,
            structure(&[m("taskId", "ExportTaskId")], &["taskId"]),
        ),
        s(
            "CancelImportTaskRequest",
            false,
            structure(&[m("importId", "ImportId")], &["importId"]),
        ),
        s(
            "CancelImportTaskResponse",
            false,
            structure(
                &[
                    m("importId", "ImportId"),
                    m("importStatistics", "ImportStatistics"),
                    m("importStatus", "ImportStatus"),
                    m("creationTime", "Timestamp"),
                    m("lastUpdatedTime", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "ClientToken",
            false,
            string(&[], Some(36), Some(128), Some("\\S{36,128}")),
        ),
        s("CollectionRetentionDays", false, integer(Some(1), Some(30))),
        s("Column", false, string(&[], Some(1), Some(128), None)),
        s("Columns", false, list("Column", None, Some(100))),
        s(
            "ConfigurationTemplate",
            false,
            structure(
                &[
                    m("service", "Service"),
                    m("logType", "LogType"),
                    m("resourceType", "ResourceType"),
                    m("deliveryDestinationType", "DeliveryDestinationType"),
                    m(
                        "defaultDeliveryConfigValues",
                        "ConfigurationTemplateDeliveryConfigValues",
                    ),
                    m("allowedFields", "AllowedFields"),
                    m("allowedOutputFormats", "OutputFormats"),
                    m(
                        "allowedActionForAllowVendedLogsDeliveryForResource",
                        "AllowedActionForAllowVendedLogsDeliveryForResource",
                    ),
                    m("allowedFieldDelimiters", "AllowedFieldDelimiters"),
                    m("allowedSuffixPathFields", "RecordFields"),
                    m(
                        "deliverySourceConfiguration",
                        "DeliverySourceConfigurationSchemas",
                    ),
                    m("s3TablesIntegration", "S3TablesIntegration"),
                ],
                &[],
            ),
        ),
        s(
            "ConfigurationTemplateDeliveryConfigValues",
            false,
            structure(
                &[
                    m("recordFields", "RecordFields"),
                    m("fieldDelimiter", "FieldDelimiter"),
                    m("s3DeliveryConfiguration", "S3DeliveryConfiguration"),
                ],
                &[],
            ),
        ),
        s(
            "ConfigurationTemplates",
            false,
            list("ConfigurationTemplate", None, None),
        ),
        s(
            "ConflictException",
            false,
            exception(&[], &[], "ConflictException", 400, false),
        ),
        s(
            "CopyValue",
            false,
            structure(&[m("entries", "CopyValueEntries")], &["entries"]),
        ),
        s(
            "CopyValueEntries",
            false,
            list("CopyValueEntry", Some(1), Some(5)),
        ),
        s(
            "CopyValueEntry",
            false,
            structure(
                &[
                    m("source", "Source"),
                    m("target", "Target"),
                    m("overwriteIfExists", "OverwriteIfExists"),
                ],
                &["source", "target"],
            ),
        ),
        s(
            "Count",
            false,
            K::Long {
                min: None,
                max: None,
            },
        ),
        s(
            "CreateDeliveryRequest",
            false,
            structure(
                &[
                    m("deliverySourceName", "DeliverySourceName"),
                    m("deliveryDestinationArn", "Arn"),
                    m("recordFields", "RecordFields"),
                    m("fieldDelimiter", "FieldDelimiter"),
                    m("s3DeliveryConfiguration", "S3DeliveryConfiguration"),
                    m("tags", "Tags"),
                ],
                &["deliverySourceName", "deliveryDestinationArn"],
            ),
        ),
        s(
            "CreateDeliveryResponse",
            false,
            structure(&[m("delivery", "Delivery")], &[]),
        ),
        s(
            "CreateExportTaskRequest",
            false,
            structure(
                &[
                    m("taskName", "ExportTaskName"),
                    m("logGroupName", "LogGroupName"),
                    m("logStreamNamePrefix", "LogStreamName"),
                    m("from", "Timestamp"),
                    m("to", "Timestamp"),
                    m("destination", "ExportDestinationBucket"),
                    m("destinationPrefix", "ExportDestinationPrefix"),
                ],
                &["logGroupName", "from", "to", "destination"],
            ),
        ),
        s(
            "CreateExportTaskResponse",
            false,
            structure(&[m("taskId", "ExportTaskId")], &[]),
        ),
        s(
            "CreateImportTaskRequest",
            false,
            structure(
                &[
                    m("importSourceArn", "Arn"),
                    m("importRoleArn", "RoleArn"),
                    m("importFilter", "ImportFilter"),
                ],
                &["importSourceArn", "importRoleArn"],
            ),
        ),
        s(
            "CreateImportTaskResponse",
            false,
            structure(
                &[
                    m("importId", "ImportId"),
                    m("importDestinationArn", "Arn"),
                    m("creationTime", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "CreateLogAnomalyDetectorRequest",
            false,
            structure(
                &[
                    m("logGroupArnList", "LogGroupArnList"),
                    m("detectorName", "DetectorName"),
                    m("evaluationFrequency", "EvaluationFrequency"),
                    m("filterPattern", "FilterPattern"),
                    m("kmsKeyId", "DetectorKmsKeyArn"),
                    m("anomalyVisibilityTime", "AnomalyVisibilityTime"),
                    m("tags", "Tags"),
                ],
                &["logGroupArnList"],
            ),
        ),
        s(
            "CreateLogAnomalyDetectorResponse",
            false,
            structure(&[m("anomalyDetectorArn", "AnomalyDetectorArn")], &[]),
        ),
        s(
            "CreateLogGroupRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("kmsKeyId", "KmsKeyId"),
                    m("tags", "Tags"),
                    m("logGroupClass", "LogGroupClass"),
                    m("deletionProtectionEnabled", "DeletionProtectionEnabled"),
                ],
                &["logGroupName"],
            ),
        ),
        s(
            "CreateLogStreamRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("logStreamName", "LogStreamName"),
                ],
                &["logGroupName", "logStreamName"],
            ),
        ),
        s(
            "CreateLookupTableRequest",
            false,
            structure(
                &[
                    m("lookupTableName", "LookupTableName"),
                    m("description", "LookupTableDescription"),
                    m("tableBody", "TableBody"),
                    m("queryId", "QueryId"),
                    m("kmsKeyId", "KmsKeyId"),
                    m("tags", "Tags"),
                ],
                &["lookupTableName"],
            ),
        ),
        s(
            "CreateLookupTableResponse",
            false,
            structure(
                &[m("lookupTableArn", "Arn"), m("createdAt", "Timestamp")],
                &[],
            ),
        ),
        s(
            "CreateScheduledQueryRequest",
            false,
            structure(
                &[
                    m("name", "ScheduledQueryName"),
                    m("description", "ScheduledQueryDescription"),
                    m("queryLanguage", "QueryLanguage"),
                    m("queryString", "QueryString"),
                    m("logGroupIdentifiers", "ScheduledQueryLogGroupIdentifiers"),
                    m("scheduleExpression", "ScheduleExpression"),
                    m("timezone", "ScheduleTimezone"),
                    m("startTimeOffset", "StartTimeOffset"),
                    m("endTimeOffset", "EndTimeOffset"),
                    m("destinationConfiguration", "DestinationConfiguration"),
                    m("scheduleStartTime", "Timestamp"),
                    m("scheduleEndTime", "Timestamp"),
                    m("executionRoleArn", "RoleArn"),
                    m("state", "ScheduledQueryState"),
                    m("tags", "Tags"),
                ],
                &[
                    "name",
                    "queryLanguage",
                    "queryString",
                    "scheduleExpression",
                    "executionRoleArn",
                ],
            ),
        ),
        s(
            "CreateScheduledQueryResponse",
            false,
            structure(
                &[
                    m("scheduledQueryArn", "Arn"),
                    m("state", "ScheduledQueryState"),
                ],
                &[],
            ),
        ),
        s("DashboardViewerPrincipals", false, list("Arn", None, None)),
        s(
            "Data",
            false,
            K::Blob {
                min: None,
                max: None,
            },
        ),
        s(
            "DataAlreadyAcceptedException",
            false,
            exception(
                &[m("expectedSequenceToken", "SequenceToken")],
                &[],
                "DataAlreadyAcceptedException",
                400,
                false,
            ),
        ),
        s(
            "DataProtectionPolicyDocument",
            false,
            string(&[], None, None, None),
        ),
        s(
            "DataProtectionStatus",
            false,
            string(super::DataProtectionStatus::VALUES, None, None, None),
        ),
        s(
            "DataSource",
            false,
            structure(
                &[m("name", "DataSourceName"), m("type", "DataSourceType")],
                &["name"],
            ),
        ),
        s(
            "DataSourceFilter",
            false,
            structure(
                &[m("name", "DataSourceName"), m("type", "DataSourceType")],
                &["name"],
            ),
        ),
        s(
            "DataSourceFilters",
            false,
            list("DataSourceFilter", Some(1), Some(5)),
        ),
        s("DataSourceName", false, string(&[], None, None, None)),
        s("DataSourceType", false, string(&[], None, None, None)),
        s("DataType", false, string(&[], None, None, None)),
        s(
            "DateTimeConverter",
            false,
            structure(
                &[
                    m("source", "Source"),
                    m("target", "Target"),
                    m("targetFormat", "TargetFormat"),
                    m("matchPatterns", "MatchPatterns"),
                    m("sourceTimezone", "SourceTimezone"),
                    m("targetTimezone", "TargetTimezone"),
                    m("locale", "Locale"),
                ],
                &["source", "target", "matchPatterns"],
            ),
        ),
        s("Days", false, integer(None, None)),
        s(
            "DefaultValue",
            false,
            K::Double {
                min: None,
                max: None,
            },
        ),
        s(
            "DeleteAccountPolicyRequest",
            false,
            structure(
                &[
                    m("policyName", "PolicyName"),
                    m("policyType", "PolicyType"),
                    m("dryRun", "DryRun"),
                ],
                &["policyName", "policyType"],
            ),
        ),
        s(
            "DeleteAccountPolicyResponse",
            false,
            structure(&[m("dryRunResult", "DryRunResult")], &[]),
        ),
        s(
            "DeleteDataProtectionPolicyRequest",
            false,
            structure(
                &[m("logGroupIdentifier", "LogGroupIdentifier")],
                &["logGroupIdentifier"],
            ),
        ),
        s(
            "DeleteDeliveryDestinationPolicyRequest",
            false,
            structure(
                &[m("deliveryDestinationName", "DeliveryDestinationName")],
                &["deliveryDestinationName"],
            ),
        ),
        s(
            "DeleteDeliveryDestinationRequest",
            false,
            structure(&[m("name", "DeliveryDestinationName")], &["name"]),
        ),
        s(
            "DeleteDeliveryRequest",
            false,
            structure(&[m("id", "DeliveryId")], &["id"]),
        ),
        s(
            "DeleteDeliverySourceRequest",
            false,
            structure(&[m("name", "DeliverySourceName")], &["name"]),
        ),
        s(
            "DeleteDestinationRequest",
            false,
            structure(
                &[m("destinationName", "DestinationName")],
                &["destinationName"],
            ),
        ),
        s(
            "DeleteIndexPolicyRequest",
            false,
            structure(
                &[m("logGroupIdentifier", "LogGroupIdentifier")],
                &["logGroupIdentifier"],
            ),
        ),
        s("DeleteIndexPolicyResponse", false, structure(&[], &[])),
        s(
            "DeleteIntegrationRequest",
            false,
            structure(
                &[m("integrationName", "IntegrationName"), m("force", "Force")],
                &["integrationName"],
            ),
        ),
        s("DeleteIntegrationResponse", false, structure(&[], &[])),
        s(
            "DeleteKeys",
            false,
            structure(&[m("withKeys", "DeleteWithKeys")], &["withKeys"]),
        ),
        s(
            "DeleteLogAnomalyDetectorRequest",
            false,
            structure(
                &[m("anomalyDetectorArn", "AnomalyDetectorArn")],
                &["anomalyDetectorArn"],
            ),
        ),
        s(
            "DeleteLogGroupRequest",
            false,
            structure(&[m("logGroupName", "LogGroupName")], &["logGroupName"]),
        ),
        s(
            "DeleteLogStreamRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("logStreamName", "LogStreamName"),
                ],
                &["logGroupName", "logStreamName"],
            ),
        ),
        s(
            "DeleteLookupTableRequest",
            false,
            structure(&[m("lookupTableArn", "Arn")], &["lookupTableArn"]),
        ),
        s(
            "DeleteMetricFilterRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("filterName", "FilterName"),
                ],
                &["logGroupName", "filterName"],
            ),
        ),
        s(
            "DeleteQueryDefinitionRequest",
            false,
            structure(&[m("queryDefinitionId", "QueryId")], &["queryDefinitionId"]),
        ),
        s(
            "DeleteQueryDefinitionResponse",
            false,
            structure(&[m("success", "Success")], &[]),
        ),
        s(
            "DeleteResourcePolicyRequest",
            false,
            structure(
                &[
                    m("policyName", "PolicyName"),
                    m("resourceArn", "Arn"),
                    m("expectedRevisionId", "ExpectedRevisionId"),
                ],
                &[],
            ),
        ),
        s(
            "DeleteRetentionPolicyRequest",
            false,
            structure(&[m("logGroupName", "LogGroupName")], &["logGroupName"]),
        ),
        s(
            "DeleteScheduledQueryRequest",
            false,
            structure(
                &[m("identifier", "ScheduledQueryIdentifier")],
                &["identifier"],
            ),
        ),
        s("DeleteScheduledQueryResponse", false, structure(&[], &[])),
        s(
            "DeleteSubscriptionFilterRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("filterName", "FilterName"),
                ],
                &["logGroupName", "filterName"],
            ),
        ),
        s(
            "DeleteSyslogConfigurationRequest",
            false,
            structure(
                &[
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                    m("vpcEndpointId", "VpcEndpointId"),
                ],
                &["logGroupIdentifier"],
            ),
        ),
        s(
            "DeleteTransformerRequest",
            false,
            structure(
                &[m("logGroupIdentifier", "LogGroupIdentifier")],
                &["logGroupIdentifier"],
            ),
        ),
        s("DeleteWithKeys", false, list("WithKey", Some(1), Some(5))),
        s("DeletionProtectionEnabled", false, K::Boolean),
        s("Delimiter", false, string(&[], Some(1), Some(2), None)),
        s("Deliveries", false, list("Delivery", None, None)),
        s(
            "Delivery",
            false,
            structure(
                &[
                    m("id", "DeliveryId"),
                    m("arn", "Arn"),
                    m("deliverySourceName", "DeliverySourceName"),
                    m("deliveryDestinationArn", "Arn"),
                    m("deliveryDestinationType", "DeliveryDestinationType"),
                    m("recordFields", "RecordFields"),
                    m("fieldDelimiter", "FieldDelimiter"),
                    m("s3DeliveryConfiguration", "S3DeliveryConfiguration"),
                    m("tags", "Tags"),
                ],
                &[],
            ),
        ),
        s(
            "DeliveryDestination",
            false,
            structure(
                &[
                    m("name", "DeliveryDestinationName"),
                    m("arn", "Arn"),
                    m("deliveryDestinationType", "DeliveryDestinationType"),
                    m("outputFormat", "OutputFormat"),
                    m(
                        "deliveryDestinationConfiguration",
                        "DeliveryDestinationConfiguration",
                    ),
                    m("roleArn", "Arn"),
                    m("tags", "Tags"),
                ],
                &[],
            ),
        ),
        s(
            "DeliveryDestinationConfiguration",
            false,
            structure(
                &[m("destinationResourceArn", "Arn")],
                &["destinationResourceArn"],
            ),
        ),
        s(
            "DeliveryDestinationName",
            false,
            string(&[], Some(1), Some(60), Some("[\\w-]*")),
        ),
        s(
            "DeliveryDestinationNames",
            false,
            list("DeliveryDestinationName", Some(1), Some(20)),
        ),
        s(
            "DeliveryDestinationPolicy",
            false,
            string(&[], Some(1), Some(51200), None),
        ),
        s(
            "DeliveryDestinationType",
            false,
            string(super::DeliveryDestinationType::VALUES, None, None, None),
        ),
        s(
            "DeliveryDestinationTypes",
            false,
            list("DeliveryDestinationType", Some(1), Some(4)),
        ),
        s(
            "DeliveryDestinations",
            false,
            list("DeliveryDestination", None, None),
        ),
        s(
            "DeliveryId",
            false,
            string(&[], Some(1), Some(64), Some("^[0-9A-Za-z]+$")),
        ),
        s(
            "DeliverySource",
            false,
            structure(
                &[
                    m("name", "DeliverySourceName"),
                    m("arn", "Arn"),
                    m("resourceArns", "ResourceArns"),
                    m("service", "Service"),
                    m("logType", "LogType"),
                    m("tags", "Tags"),
                    m("deliverySourceConfiguration", "DeliverySourceConfiguration"),
                    m("status", "DeliverySourceStatus"),
                    m("statusReason", "DeliverySourceStatusReason"),
                ],
                &[],
            ),
        ),
        s(
            "DeliverySourceConfiguration",
            false,
            map(
                "DeliverySourceConfigurationKey",
                "DeliverySourceConfigurationValue",
                None,
                None,
            ),
        ),
        s(
            "DeliverySourceConfigurationKey",
            false,
            string(&[], Some(1), Some(255), None),
        ),
        s(
            "DeliverySourceConfigurationNumericValue",
            false,
            K::Double {
                min: None,
                max: None,
            },
        ),
        s(
            "DeliverySourceConfigurationSchema",
            false,
            structure(
                &[
                    m("keyName", "DeliverySourceConfigurationSchemaField"),
                    m("valueType", "DeliverySourceConfigurationSchemaValueType"),
                    m("defaultValue", "DeliverySourceConfigurationSchemaField"),
                    m(
                        "supportedValues",
                        "DeliverySourceConfigurationSupportedValues",
                    ),
                    m("minValue", "DeliverySourceConfigurationNumericValue"),
                    m("maxValue", "DeliverySourceConfigurationNumericValue"),
                ],
                &["keyName", "valueType", "defaultValue"],
            ),
        ),
        s(
            "DeliverySourceConfigurationSchemaField",
            false,
            string(&[], Some(1), Some(256), None),
        ),
        s(
            "DeliverySourceConfigurationSchemaValueType",
            false,
            string(
                super::DeliverySourceConfigurationSchemaValueType::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "DeliverySourceConfigurationSchemas",
            false,
            list("DeliverySourceConfigurationSchema", None, None),
        ),
        s(
            "DeliverySourceConfigurationSupportedValues",
            false,
            list("DeliverySourceConfigurationSchemaField", None, None),
        ),
        s(
            "DeliverySourceConfigurationValue",
            false,
            string(&[], Some(1), Some(255), None),
        ),
        s(
            "DeliverySourceName",
            false,
            string(&[], Some(1), Some(60), Some("[\\w-]*")),
        ),
        s(
            "DeliverySourceNames",
            false,
            list("DeliverySourceName", Some(1), Some(20)),
        ),
        s(
            "DeliverySourceStatus",
            false,
            string(super::DeliverySourceStatus::VALUES, None, None, None),
        ),
        s(
            "DeliverySourceStatusReason",
            false,
            string(super::DeliverySourceStatusReason::VALUES, None, None, None),
        ),
        s("DeliverySources", false, list("DeliverySource", None, None)),
        s(
            "DeliverySuffixPath",
            false,
            string(&[], Some(1), Some(256), None),
        ),
        s("Descending", false, K::Boolean),
        s(
            "DescribeAccountPoliciesRequest",
            false,
            structure(
                &[
                    m("policyType", "PolicyType"),
                    m("policyName", "PolicyName"),
                    m("accountIdentifiers", "AccountIds"),
                    m("nextToken", "NextToken"),
                ],
                &["policyType"],
            ),
        ),
        s(
            "DescribeAccountPoliciesResponse",
            false,
            structure(
                &[
                    m("accountPolicies", "AccountPolicies"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeConfigurationTemplatesRequest",
            false,
            structure(
                &[
                    m("service", "Service"),
                    m("logTypes", "LogTypes"),
                    m("resourceTypes", "ResourceTypes"),
                    m("deliveryDestinationTypes", "DeliveryDestinationTypes"),
                    m("nextToken", "NextToken"),
                    m("limit", "DescribeLimit"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeConfigurationTemplatesResponse",
            false,
            structure(
                &[
                    m("configurationTemplates", "ConfigurationTemplates"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeDeliveriesRequest",
            false,
            structure(
                &[
                    m("nextToken", "NextToken"),
                    m("limit", "DescribeLimit"),
                    m("deliverySourceNames", "DeliverySourceNames"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeDeliveriesResponse",
            false,
            structure(
                &[m("deliveries", "Deliveries"), m("nextToken", "NextToken")],
                &[],
            ),
        ),
        s(
            "DescribeDeliveryDestinationsRequest",
            false,
            structure(
                &[
                    m("nextToken", "NextToken"),
                    m("limit", "DescribeLimit"),
                    m("names", "DeliveryDestinationNames"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeDeliveryDestinationsResponse",
            false,
            structure(
                &[
                    m("deliveryDestinations", "DeliveryDestinations"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeDeliverySourcesRequest",
            false,
            structure(
                &[
                    m("nextToken", "NextToken"),
                    m("limit", "DescribeLimit"),
                    m("resourceArns", "FilterResourceArns"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeDeliverySourcesResponse",
            false,
            structure(
                &[
                    m("deliverySources", "DeliverySources"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeDestinationsRequest",
            false,
            structure(
                &[
                    m("DestinationNamePrefix", "DestinationName"),
                    m("nextToken", "NextToken"),
                    m("limit", "DescribeLimit"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeDestinationsResponse",
            false,
            structure(
                &[
                    m("destinations", "Destinations"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeExportTasksRequest",
            false,
            structure(
                &[
                    m("taskId", "ExportTaskId"),
                    m("statusCode", "ExportTaskStatusCode"),
                    m("nextToken", "NextToken"),
                    m("limit", "DescribeLimit"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeExportTasksResponse",
            false,
            structure(
                &[m("exportTasks", "ExportTasks"), m("nextToken", "NextToken")],
                &[],
            ),
        ),
        s(
            "DescribeFieldIndexesLogGroupIdentifiers",
            false,
            list("LogGroupIdentifier", Some(1), Some(100)),
        ),
        s(
            "DescribeFieldIndexesRequest",
            false,
            structure(
                &[
                    m(
                        "logGroupIdentifiers",
                        "DescribeFieldIndexesLogGroupIdentifiers",
                    ),
                    m("indexCategories", "IndexCategories"),
                    m("nextToken", "NextToken"),
                ],
                &["logGroupIdentifiers"],
            ),
        ),
        s(
            "DescribeFieldIndexesResponse",
            false,
            structure(
                &[
                    m("fieldIndexes", "FieldIndexes"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeImportTaskBatchesRequest",
            false,
            structure(
                &[
                    m("importId", "ImportId"),
                    m("batchImportStatus", "ImportStatusList"),
                    m("limit", "DescribeLimit"),
                    m("nextToken", "NextToken"),
                ],
                &["importId"],
            ),
        ),
        s(
            "DescribeImportTaskBatchesResponse",
            false,
            structure(
                &[
                    m("importSourceArn", "Arn"),
                    m("importId", "ImportId"),
                    m("importBatches", "ImportBatchList"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeImportTasksRequest",
            false,
            structure(
                &[
                    m("importId", "ImportId"),
                    m("importStatus", "ImportStatus"),
                    m("importSourceArn", "Arn"),
                    m("limit", "DescribeLimit"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeImportTasksResponse",
            false,
            structure(
                &[m("imports", "ImportList"), m("nextToken", "NextToken")],
                &[],
            ),
        ),
        s(
            "DescribeIndexPoliciesLogGroupIdentifiers",
            false,
            list("LogGroupIdentifier", Some(1), Some(1)),
        ),
        s(
            "DescribeIndexPoliciesRequest",
            false,
            structure(
                &[
                    m(
                        "logGroupIdentifiers",
                        "DescribeIndexPoliciesLogGroupIdentifiers",
                    ),
                    m("nextToken", "NextToken"),
                ],
                &["logGroupIdentifiers"],
            ),
        ),
        s(
            "DescribeIndexPoliciesResponse",
            false,
            structure(
                &[
                    m("indexPolicies", "IndexPolicies"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s("DescribeLimit", false, integer(Some(1), Some(50))),
        s(
            "DescribeLogGroupsLogGroupIdentifiers",
            false,
            list("LogGroupIdentifier", Some(1), Some(50)),
        ),
        s(
            "DescribeLogGroupsRequest",
            false,
            structure(
                &[
                    m("accountIdentifiers", "AccountIds"),
                    m("logGroupNamePrefix", "LogGroupName"),
                    m("logGroupNamePattern", "LogGroupNamePattern"),
                    m("nextToken", "NextToken"),
                    m("limit", "DescribeLimit"),
                    m("includeLinkedAccounts", "IncludeLinkedAccounts"),
                    m("logGroupClass", "LogGroupClass"),
                    m(
                        "logGroupIdentifiers",
                        "DescribeLogGroupsLogGroupIdentifiers",
                    ),
                ],
                &[],
            ),
        ),
        s(
            "DescribeLogGroupsResponse",
            false,
            structure(
                &[m("logGroups", "LogGroups"), m("nextToken", "NextToken")],
                &[],
            ),
        ),
        s(
            "DescribeLogStreamsRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                    m("logStreamNamePrefix", "LogStreamName"),
                    m("orderBy", "OrderBy"),
                    m("descending", "Descending"),
                    m("nextToken", "NextToken"),
                    m("limit", "DescribeLimit"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeLogStreamsResponse",
            false,
            structure(
                &[m("logStreams", "LogStreams"), m("nextToken", "NextToken")],
                &[],
            ),
        ),
        s(
            "DescribeLookupTablesMaxResults",
            false,
            integer(None, Some(100)),
        ),
        s(
            "DescribeLookupTablesRequest",
            false,
            structure(
                &[
                    m("lookupTableNamePrefix", "LookupTableName"),
                    m("maxResults", "DescribeLookupTablesMaxResults"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeLookupTablesResponse",
            false,
            structure(
                &[
                    m("lookupTables", "LookupTables"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeMetricFiltersRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("filterNamePrefix", "FilterName"),
                    m("nextToken", "NextToken"),
                    m("limit", "DescribeLimit"),
                    m("metricName", "MetricName"),
                    m("metricNamespace", "MetricNamespace"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeMetricFiltersResponse",
            false,
            structure(
                &[
                    m("metricFilters", "MetricFilters"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeQueriesMaxResults",
            false,
            integer(Some(1), Some(1000)),
        ),
        s(
            "DescribeQueriesRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("status", "QueryStatus"),
                    m("maxResults", "DescribeQueriesMaxResults"),
                    m("nextToken", "NextToken"),
                    m("queryLanguage", "QueryLanguage"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeQueriesResponse",
            false,
            structure(
                &[m("queries", "QueryInfoList"), m("nextToken", "NextToken")],
                &[],
            ),
        ),
        s(
            "DescribeQueryDefinitionsRequest",
            false,
            structure(
                &[
                    m("queryLanguage", "QueryLanguage"),
                    m("queryDefinitionNamePrefix", "QueryDefinitionName"),
                    m("maxResults", "QueryListMaxResults"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeQueryDefinitionsResponse",
            false,
            structure(
                &[
                    m("queryDefinitions", "QueryDefinitionList"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeResourcePoliciesRequest",
            false,
            structure(
                &[
                    m("nextToken", "NextToken"),
                    m("limit", "DescribeLimit"),
                    m("resourceArn", "Arn"),
                    m("policyScope", "PolicyScope"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeResourcePoliciesResponse",
            false,
            structure(
                &[
                    m("resourcePolicies", "ResourcePolicies"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeSubscriptionFiltersRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("filterNamePrefix", "FilterName"),
                    m("nextToken", "NextToken"),
                    m("limit", "DescribeLimit"),
                ],
                &["logGroupName"],
            ),
        ),
        s(
            "DescribeSubscriptionFiltersResponse",
            false,
            structure(
                &[
                    m("subscriptionFilters", "SubscriptionFilters"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s("Description", false, string(&[], Some(1), None, None)),
        s(
            "Destination",
            false,
            structure(
                &[
                    m("destinationName", "DestinationName"),
                    m("targetArn", "TargetArn"),
                    m("roleArn", "RoleArn"),
                    m("accessPolicy", "AccessPolicy"),
                    m("arn", "Arn"),
                    m("creationTime", "Timestamp"),
                ],
                &[],
            ),
        ),
        s("DestinationArn", false, string(&[], Some(1), None, None)),
        s(
            "DestinationConfiguration",
            false,
            structure(
                &[
                    m("s3Configuration", "S3Configuration"),
                    m("lookupTableConfiguration", "LookupTableConfiguration"),
                ],
                &[],
            ),
        ),
        s(
            "DestinationField",
            false,
            string(&[], Some(1), Some(128), None),
        ),
        s(
            "DestinationName",
            false,
            string(&[], Some(1), Some(512), Some("[^:*]*")),
        ),
        s("Destinations", false, list("Destination", None, None)),
        s(
            "DetectorKmsKeyArn",
            false,
            string(
                &[],
                None,
                Some(256),
                Some("^arn:aws[a-z\\-]*:kms:[-a-z0-9]*:[0-9]*:key/[-a-z0-9]*$"),
            ),
        ),
        s("DetectorName", false, string(&[], Some(1), None, None)),
        s(
            "Dimensions",
            false,
            map("DimensionsKey", "DimensionsValue", None, None),
        ),
        s("DimensionsKey", false, string(&[], None, Some(255), None)),
        s("DimensionsValue", false, string(&[], None, Some(255), None)),
        s(
            "DisassociateKmsKeyRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("resourceIdentifier", "ResourceIdentifier"),
                ],
                &[],
            ),
        ),
        s(
            "DisassociateSourceFromS3TableIntegrationRequest",
            false,
            structure(
                &[m("identifier", "S3TableIntegrationSourceIdentifier")],
                &["identifier"],
            ),
        ),
        s(
            "DisassociateSourceFromS3TableIntegrationResponse",
            false,
            structure(
                &[m("identifier", "S3TableIntegrationSourceIdentifier")],
                &[],
            ),
        ),
        s(
            "Distribution",
            false,
            string(super::Distribution::VALUES, None, None, None),
        ),
        s("DryRun", false, K::Boolean),
        s("DryRunCount", false, integer(Some(0), None)),
        s(
            "DryRunResult",
            false,
            structure(
                &[
                    m("totalMatchedLogGroups", "DryRunCount"),
                    m("increasedRetentionLogGroupCount", "DryRunCount"),
                    m("decreasedRetentionLogGroupCount", "DryRunCount"),
                    m("unchangedRetentionLogGroupCount", "DryRunCount"),
                    m("failedAnalysisCount", "DryRunCount"),
                    m("topLogGroupsImpacted", "LogGroupImpacts"),
                ],
                &[],
            ),
        ),
        s("DynamicTokenPosition", false, integer(None, None)),
        s("EmitSystemFields", false, list("SystemField", None, None)),
        s("EncryptionKey", false, string(&[], None, Some(256), None)),
        s(
            "EndTimeOffset",
            false,
            K::Long {
                min: None,
                max: None,
            },
        ),
        s(
            "Entity",
            false,
            structure(
                &[
                    m("keyAttributes", "EntityKeyAttributes"),
                    m("attributes", "EntityAttributes"),
                ],
                &[],
            ),
        ),
        s(
            "EntityAttributes",
            false,
            map(
                "EntityAttributesKey",
                "EntityAttributesValue",
                Some(0),
                Some(10),
            ),
        ),
        s(
            "EntityAttributesKey",
            false,
            string(&[], Some(1), Some(256), None),
        ),
        s(
            "EntityAttributesValue",
            false,
            string(&[], Some(1), Some(512), None),
        ),
        s(
            "EntityKeyAttributes",
            false,
            map(
                "EntityKeyAttributesKey",
                "EntityKeyAttributesValue",
                Some(2),
                Some(4),
            ),
        ),
        s(
            "EntityKeyAttributesKey",
            false,
            string(&[], Some(1), Some(32), None),
        ),
        s(
            "EntityKeyAttributesValue",
            false,
            string(&[], Some(1), Some(512), None),
        ),
        s(
            "EntityRejectionErrorType",
            false,
            string(super::EntityRejectionErrorType::VALUES, None, None, None),
        ),
        s(
            "Enumerations",
            false,
            map("TokenString", "TokenValue", None, None),
        ),
        s(
            "EpochMillis",
            false,
            K::Long {
                min: Some(0),
                max: None,
            },
        ),
        s("ErrorMessage", false, string(&[], None, None, None)),
        s(
            "EvaluationFrequency",
            false,
            string(super::EvaluationFrequency::VALUES, None, None, None),
        ),
        s("EventId", false, string(&[], None, None, None)),
        s("EventMessage", false, string(&[], Some(1), None, None)),
        s(
            "EventNumber",
            false,
            K::Long {
                min: None,
                max: None,
            },
        ),
        s(
            "EventSource",
            false,
            string(super::EventSource::VALUES, None, None, None),
        ),
        s("EventsLimit", false, integer(Some(1), Some(10000))),
        s(
            "EventsLimitStartQuery",
            false,
            integer(Some(1), Some(100000)),
        ),
        s(
            "ExecutionStatus",
            false,
            string(super::ExecutionStatus::VALUES, None, None, None),
        ),
        s(
            "ExecutionStatusList",
            false,
            list("ExecutionStatus", None, None),
        ),
        s(
            "ExpectedRevisionId",
            false,
            string(&[], Some(1), None, None),
        ),
        s(
            "ExportDestinationBucket",
            false,
            string(&[], Some(1), Some(512), None),
        ),
        s(
            "ExportDestinationPrefix",
            false,
            string(&[], None, None, None),
        ),
        s(
            "ExportTask",
            false,
            structure(
                &[
                    m("taskId", "ExportTaskId"),
                    m("taskName", "ExportTaskName"),
                    m("logGroupName", "LogGroupName"),
                    m("from", "Timestamp"),
                    m("to", "Timestamp"),
                    m("destination", "ExportDestinationBucket"),
                    m("destinationPrefix", "ExportDestinationPrefix"),
                    m("status", "ExportTaskStatus"),
                    m("executionInfo", "ExportTaskExecutionInfo"),
                ],
                &[],
            ),
        ),
        s(
            "ExportTaskExecutionInfo",
            false,
            structure(
                &[
                    m("creationTime", "Timestamp"),
                    m("completionTime", "Timestamp"),
                ],
                &[],
            ),
        ),
        s("ExportTaskId", false, string(&[], Some(1), Some(512), None)),
        s(
            "ExportTaskName",
            false,
            string(&[], Some(1), Some(512), None),
        ),
        s(
            "ExportTaskStatus",
            false,
            structure(
                &[
                    m("code", "ExportTaskStatusCode"),
                    m("message", "ExportTaskStatusMessage"),
                ],
                &[],
            ),
        ),
        s(
            "ExportTaskStatusCode",
            false,
            string(super::ExportTaskStatusCode::VALUES, None, None, None),
        ),
        s(
            "ExportTaskStatusMessage",
            false,
            string(&[], None, None, None),
        ),
        s("ExportTasks", false, list("ExportTask", None, None)),
        s("ExtractedValues", false, map("Token", "Value", None, None)),
        s("Field", false, string(&[], None, None, None)),
        s("FieldDelimiter", false, string(&[], Some(0), Some(5), None)),
        s("FieldHeader", false, string(&[], Some(1), Some(64), None)),
        s(
            "FieldIndex",
            false,
            structure(
                &[
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                    m("fieldIndexName", "FieldIndexName"),
                    m("lastScanTime", "Timestamp"),
                    m("firstEventTime", "Timestamp"),
                    m("lastEventTime", "Timestamp"),
                    m("type", "IndexType"),
                    m("indexCategory", "IndexCategory"),
                ],
                &[],
            ),
        ),
        s(
            "FieldIndexName",
            false,
            string(&[], Some(1), Some(512), Some("[\\.\\-_/#A-Za-z0-9]+")),
        ),
        s(
            "FieldIndexNames",
            false,
            list("FieldIndexName", Some(1), Some(20)),
        ),
        s("FieldIndexes", false, list("FieldIndex", None, None)),
        s(
            "FieldSelectionCriteria",
            false,
            string(&[], Some(0), Some(2000), None),
        ),
        s("FieldsData", false, structure(&[m("data", "Data")], &[])),
        s("FilterCount", false, integer(None, None)),
        s(
            "FilterLogEventsRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                    m("logStreamNames", "InputLogStreamNames"),
                    m("logStreamNamePrefix", "LogStreamName"),
                    m("startTime", "Timestamp"),
                    m("endTime", "Timestamp"),
                    m("filterPattern", "FilterPattern"),
                    m("nextToken", "NextToken"),
                    m("limit", "EventsLimit"),
                    m("startFromHead", "StartFromHead"),
                    m("interleaved", "Interleaved"),
                    m("unmask", "Unmask"),
                ],
                &[],
            ),
        ),
        s(
            "FilterLogEventsResponse",
            false,
            structure(
                &[
                    m("events", "FilteredLogEvents"),
                    m("searchedLogStreams", "SearchedLogStreams"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "FilterName",
            false,
            string(&[], Some(1), Some(512), Some("[^:*]*")),
        ),
        s(
            "FilterPattern",
            false,
            string(&[], Some(0), Some(1024), None),
        ),
        s("FilterResourceArns", false, list("Arn", Some(1), Some(20))),
        s(
            "FilteredLogEvent",
            false,
            structure(
                &[
                    m("logStreamName", "LogStreamName"),
                    m("timestamp", "Timestamp"),
                    m("message", "EventMessage"),
                    m("ingestionTime", "Timestamp"),
                    m("eventId", "EventId"),
                ],
                &[],
            ),
        ),
        s(
            "FilteredLogEvents",
            false,
            list("FilteredLogEvent", None, None),
        ),
        s("Flatten", false, K::Boolean),
        s(
            "FlattenedElement",
            false,
            string(super::FlattenedElement::VALUES, None, None, None),
        ),
        s("Force", false, K::Boolean),
        s("ForceUpdate", false, K::Boolean),
        s("FromKey", false, string(&[], Some(1), Some(128), None)),
        s(
            "GetDataProtectionPolicyRequest",
            false,
            structure(
                &[m("logGroupIdentifier", "LogGroupIdentifier")],
                &["logGroupIdentifier"],
            ),
        ),
        s(
            "GetDataProtectionPolicyResponse",
            false,
            structure(
                &[
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                    m("policyDocument", "DataProtectionPolicyDocument"),
                    m("lastUpdatedTime", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "GetDeliveryDestinationPolicyRequest",
            false,
            structure(
                &[m("deliveryDestinationName", "DeliveryDestinationName")],
                &["deliveryDestinationName"],
            ),
        ),
        s(
            "GetDeliveryDestinationPolicyResponse",
            false,
            structure(&[m("policy", "Policy")], &[]),
        ),
        s(
            "GetDeliveryDestinationRequest",
            false,
            structure(&[m("name", "DeliveryDestinationName")], &["name"]),
        ),
        s(
            "GetDeliveryDestinationResponse",
            false,
            structure(&[m("deliveryDestination", "DeliveryDestination")], &[]),
        ),
        s(
            "GetDeliveryRequest",
            false,
            structure(&[m("id", "DeliveryId")], &["id"]),
        ),
        s(
            "GetDeliveryResponse",
            false,
            structure(&[m("delivery", "Delivery")], &[]),
        ),
        s(
            "GetDeliverySourceRequest",
            false,
            structure(&[m("name", "DeliverySourceName")], &["name"]),
        ),
        s(
            "GetDeliverySourceResponse",
            false,
            structure(&[m("deliverySource", "DeliverySource")], &[]),
        ),
        s(
            "GetIntegrationRequest",
            false,
            structure(
                &[m("integrationName", "IntegrationName")],
                &["integrationName"],
            ),
        ),
        s(
            "GetIntegrationResponse",
            false,
            structure(
                &[
                    m("integrationName", "IntegrationName"),
                    m("integrationType", "IntegrationType"),
                    m("integrationStatus", "IntegrationStatus"),
                    m("integrationDetails", "IntegrationDetails"),
                ],
                &[],
            ),
        ),
        s(
            "GetLogAnomalyDetectorRequest",
            false,
            structure(
                &[m("anomalyDetectorArn", "AnomalyDetectorArn")],
                &["anomalyDetectorArn"],
            ),
        ),
        s(
            "GetLogAnomalyDetectorResponse",
            false,
            structure(
                &[
                    m("detectorName", "DetectorName"),
                    m("logGroupArnList", "LogGroupArnList"),
                    m("evaluationFrequency", "EvaluationFrequency"),
                    m("filterPattern", "FilterPattern"),
                    m("anomalyDetectorStatus", "AnomalyDetectorStatus"),
                    m("kmsKeyId", "KmsKeyId"),
                    m("creationTimeStamp", "EpochMillis"),
                    m("lastModifiedTimeStamp", "EpochMillis"),
                    m("anomalyVisibilityTime", "AnomalyVisibilityTime"),
                ],
                &[],
            ),
        ),
        s(
            "GetLogEventsRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                    m("logStreamName", "LogStreamName"),
                    m("startTime", "Timestamp"),
                    m("endTime", "Timestamp"),
                    m("nextToken", "NextToken"),
                    m("limit", "EventsLimit"),
                    m("startFromHead", "StartFromHead"),
                    m("unmask", "Unmask"),
                ],
                &["logStreamName"],
            ),
        ),
        s(
            "GetLogEventsResponse",
            false,
            structure(
                &[
                    m("events", "OutputLogEvents"),
                    m("nextForwardToken", "NextToken"),
                    m("nextBackwardToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "GetLogFieldsRequest",
            false,
            structure(
                &[
                    m("dataSourceName", "DataSourceName"),
                    m("dataSourceType", "DataSourceType"),
                ],
                &["dataSourceName", "dataSourceType"],
            ),
        ),
        s(
            "GetLogFieldsResponse",
            false,
            structure(&[m("logFields", "LogFieldsList")], &[]),
        ),
        s(
            "GetLogGroupFieldsRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("time", "Timestamp"),
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                ],
                &[],
            ),
        ),
        s(
            "GetLogGroupFieldsResponse",
            false,
            structure(&[m("logGroupFields", "LogGroupFieldList")], &[]),
        ),
        s(
            "GetLogObjectRequest",
            false,
            structure(
                &[
                    m("unmask", "Unmask"),
                    m("logObjectPointer", "LogObjectPointer"),
                ],
                &["logObjectPointer"],
            ),
        ),
        s(
            "GetLogObjectResponse",
            false,
            structure(&[m("fieldStream", "GetLogObjectResponseStream")], &[]),
        ),
        s(
            "GetLogObjectResponseStream",
            false,
            K::Structure {
                members: &[
                    m("fields", "FieldsData"),
                    m("InternalStreamingException", "InternalStreamingException"),
                ],
                required: &[],
                exception: None,
                document: false,
                union: false,
                event_stream: true,
            },
        ),
        s(
            "GetLogRecordRequest",
            false,
            structure(
                &[
                    m("logRecordPointer", "LogRecordPointer"),
                    m("unmask", "Unmask"),
                ],
                &["logRecordPointer"],
            ),
        ),
        s(
            "GetLogRecordResponse",
            false,
            structure(&[m("logRecord", "LogRecord")], &[]),
        ),
        s(
            "GetLookupTableRequest",
            false,
            structure(&[m("lookupTableArn", "Arn")], &["lookupTableArn"]),
        ),
        s(
            "GetLookupTableResponse",
            false,
            structure(
                &[
                    m("lookupTableArn", "Arn"),
                    m("lookupTableName", "LookupTableName"),
                    m("description", "LookupTableDescription"),
                    m("tableBody", "TableBody"),
                    m("sizeBytes", "StoredBytes"),
                    m("lastUpdatedTime", "Timestamp"),
                    m("kmsKeyId", "KmsKeyId"),
                ],
                &[],
            ),
        ),
        s(
            "GetQueryResultsMaxItems",
            false,
            integer(Some(0), Some(10000)),
        ),
        s(
            "GetQueryResultsNextToken",
            false,
            string(&[], None, Some(1024), None),
        ),
        s(
            "GetQueryResultsRequest",
            false,
            structure(
                &[
                    m("queryId", "QueryId"),
                    m("nextToken", "GetQueryResultsNextToken"),
                    m("maxItems", "GetQueryResultsMaxItems"),
                ],
                &["queryId"],
            ),
        ),
        s(
            "GetQueryResultsResponse",
            false,
            structure(
                &[
                    m("queryLanguage", "QueryLanguage"),
                    m("results", "QueryResults"),
                    m("statistics", "QueryStatistics"),
                    m("status", "QueryStatus"),
                    m("encryptionKey", "EncryptionKey"),
                    m("nextToken", "GetQueryResultsNextToken"),
                ],
                &[],
            ),
        ),
        s(
            "GetScheduledQueryHistoryMaxResults",
            false,
            integer(Some(1), Some(1000)),
        ),
        s(
            "GetScheduledQueryHistoryRequest",
            false,
            structure(
                &[
                    m("identifier", "ScheduledQueryIdentifier"),
                    m("startTime", "Timestamp"),
                    m("endTime", "Timestamp"),
                    m("executionStatuses", "ExecutionStatusList"),
                    m("maxResults", "GetScheduledQueryHistoryMaxResults"),
                    m("nextToken", "NextToken"),
                ],
                &["identifier", "startTime", "endTime"],
            ),
        ),
        s(
            "GetScheduledQueryHistoryResponse",
            false,
            structure(
                &[
                    m("name", "ScheduledQueryName"),
                    m("scheduledQueryArn", "Arn"),
                    m("triggerHistory", "TriggerHistoryRecordList"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "GetScheduledQueryRequest",
            false,
            structure(
                &[m("identifier", "ScheduledQueryIdentifier")],
                &["identifier"],
            ),
        ),
        s(
            "GetScheduledQueryResponse",
            false,
            structure(
                &[
                    m("scheduledQueryArn", "Arn"),
                    m("name", "ScheduledQueryName"),
                    m("description", "ScheduledQueryDescription"),
                    m("queryLanguage", "QueryLanguage"),
                    m("queryString", "QueryString"),
                    m("logGroupIdentifiers", "ScheduledQueryLogGroupIdentifiers"),
                    m("scheduleExpression", "ScheduleExpression"),
                    m("timezone", "ScheduleTimezone"),
                    m("startTimeOffset", "StartTimeOffset"),
                    m("endTimeOffset", "EndTimeOffset"),
                    m("destinationConfiguration", "DestinationConfiguration"),
                    m("state", "ScheduledQueryState"),
                    m("scheduleType", "ScheduleType"),
                    m("lastTriggeredTime", "Timestamp"),
                    m("lastExecutionStatus", "ExecutionStatus"),
                    m("scheduleStartTime", "Timestamp"),
                    m("scheduleEndTime", "Timestamp"),
                    m("executionRoleArn", "RoleArn"),
                    m("creationTime", "Timestamp"),
                    m("lastUpdatedTime", "Timestamp"),
                ],
                &[],
            ),
        ),
        s("GetStorageTierPolicyRequest", false, structure(&[], &[])),
        s(
            "GetStorageTierPolicyResponse",
            false,
            structure(
                &[
                    m("storageTier", "StorageTier"),
                    m("lastUpdatedTime", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "GetTransformerRequest",
            false,
            structure(
                &[m("logGroupIdentifier", "LogGroupIdentifier")],
                &["logGroupIdentifier"],
            ),
        ),
        s(
            "GetTransformerResponse",
            false,
            structure(
                &[
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                    m("creationTime", "Timestamp"),
                    m("lastModifiedTime", "Timestamp"),
                    m("transformerConfig", "Processors"),
                ],
                &[],
            ),
        ),
        s(
            "Grok",
            false,
            structure(
                &[m("source", "Source"), m("match", "GrokMatch")],
                &["match"],
            ),
        ),
        s("GrokMatch", false, string(&[], Some(1), Some(512), None)),
        s(
            "GroupingIdentifier",
            false,
            structure(
                &[
                    m("key", "GroupingIdentifierKey"),
                    m("value", "GroupingIdentifierValue"),
                ],
                &[],
            ),
        ),
        s(
            "GroupingIdentifierKey",
            false,
            string(&[], None, None, None),
        ),
        s(
            "GroupingIdentifierValue",
            false,
            string(&[], None, None, None),
        ),
        s(
            "GroupingIdentifiers",
            false,
            list("GroupingIdentifier", None, None),
        ),
        s("Histogram", false, map("Time", "Count", None, None)),
        s(
            "Import",
            false,
            structure(
                &[
                    m("importId", "ImportId"),
                    m("importSourceArn", "Arn"),
                    m("importStatus", "ImportStatus"),
                    m("importDestinationArn", "Arn"),
                    m("importStatistics", "ImportStatistics"),
                    m("importFilter", "ImportFilter"),
                    m("creationTime", "Timestamp"),
                    m("lastUpdatedTime", "Timestamp"),
                    m("errorMessage", "ErrorMessage"),
                ],
                &[],
            ),
        ),
        s(
            "ImportBatch",
            false,
            structure(
                &[
                    m("batchId", "BatchId"),
                    m("status", "ImportStatus"),
                    m("errorMessage", "ErrorMessage"),
                ],
                &["batchId", "status"],
            ),
        ),
        s("ImportBatchList", false, list("ImportBatch", None, None)),
        s(
            "ImportFilter",
            false,
            structure(
                &[
                    m("startEventTime", "Timestamp"),
                    m("endEventTime", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "ImportId",
            false,
            string(&[], Some(1), Some(256), Some("[\\-a-zA-Z0-9]+")),
        ),
        s("ImportList", false, list("Import", None, None)),
        s(
            "ImportStatistics",
            false,
            structure(&[m("bytesImported", "StoredBytes")], &[]),
        ),
        s(
            "ImportStatus",
            false,
            string(super::ImportStatus::VALUES, None, None, None),
        ),
        s("ImportStatusList", false, list("ImportStatus", None, None)),
        s("IncludeLinkedAccounts", false, K::Boolean),
        s(
            "IndexCategories",
            false,
            list("IndexCategory", None, Some(4)),
        ),
        s(
            "IndexCategory",
            false,
            string(super::IndexCategory::VALUES, None, None, None),
        ),
        s("IndexPolicies", false, list("IndexPolicy", None, None)),
        s(
            "IndexPolicy",
            false,
            structure(
                &[
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                    m("lastUpdateTime", "Timestamp"),
                    m("policyDocument", "PolicyDocument"),
                    m("policyName", "PolicyName"),
                    m("source", "IndexSource"),
                ],
                &[],
            ),
        ),
        s(
            "IndexSource",
            false,
            string(super::IndexSource::VALUES, None, None, None),
        ),
        s(
            "IndexType",
            false,
            string(super::IndexType::VALUES, None, None, None),
        ),
        s("InferredTokenName", false, string(&[], Some(1), None, None)),
        s(
            "InheritedProperties",
            false,
            list("InheritedProperty", None, None),
        ),
        s(
            "InheritedProperty",
            false,
            string(super::InheritedProperty::VALUES, None, None, None),
        ),
        s(
            "InputLogEvent",
            false,
            structure(
                &[m("timestamp", "Timestamp"), m("message", "EventMessage")],
                &["timestamp", "message"],
            ),
        ),
        s(
            "InputLogEvents",
            false,
            list("InputLogEvent", Some(1), Some(10000)),
        ),
        s(
            "InputLogStreamNames",
            false,
            list("LogStreamName", Some(1), Some(100)),
        ),
        s("Integer", false, integer(None, None)),
        s(
            "IntegrationDetails",
            false,
            K::Structure {
                members: &[m(
                    "openSearchIntegrationDetails",
                    "OpenSearchIntegrationDetails",
                )],
                required: &[],
                exception: None,
                document: false,
                union: true,
                event_stream: false,
            },
        ),
        s(
            "IntegrationName",
            false,
            string(&[], Some(1), Some(50), Some("[\\.\\-_/#A-Za-z0-9]+")),
        ),
        s(
            "IntegrationNamePrefix",
            false,
            string(&[], Some(1), Some(50), Some("[\\.\\-_/#A-Za-z0-9]+")),
        ),
        s(
            "IntegrationStatus",
            false,
            string(super::IntegrationStatus::VALUES, None, None, None),
        ),
        s(
            "IntegrationStatusMessage",
            false,
            string(&[], Some(1), None, None),
        ),
        s(
            "IntegrationSummaries",
            false,
            list("IntegrationSummary", None, None),
        ),
        s(
            "IntegrationSummary",
            false,
            structure(
                &[
                    m("integrationName", "IntegrationName"),
                    m("integrationType", "IntegrationType"),
                    m("integrationStatus", "IntegrationStatus"),
                ],
                &[],
            ),
        ),
        s(
            "IntegrationType",
            false,
            string(super::IntegrationType::VALUES, None, None, None),
        ),
        s("Interleaved", false, K::Boolean),
        s(
            "InternalServerException",
            false,
            exception(&[], &[], "InternalServerException", 500, true),
        ),
        s(
            "InternalStreamingException",
            false,
            exception(
                &[m("message", "Message")],
                &[],
                "InternalStreamingException",
                400,
                false,
            ),
        ),
        s(
            "InvalidOperationException",
            false,
            exception(&[], &[], "InvalidOperationException", 400, false),
        ),
        s(
            "InvalidParameterException",
            false,
            exception(&[], &[], "InvalidParameterException", 400, false),
        ),
        s(
            "InvalidSequenceTokenException",
            false,
            exception(
                &[m("expectedSequenceToken", "SequenceToken")],
                &[],
                "InvalidSequenceTokenException",
                400,
                false,
            ),
        ),
        s("IsSampled", false, K::Boolean),
        s("Key", false, string(&[], Some(1), Some(128), None)),
        s("KeyPrefix", false, string(&[], Some(1), Some(128), None)),
        s(
            "KeyValueDelimiter",
            false,
            string(&[], Some(1), Some(128), None),
        ),
        s("KmsKeyId", false, string(&[], None, Some(256), None)),
        s(
            "LimitExceededException",
            false,
            exception(&[], &[], "LimitExceededException", 400, false),
        ),
        s(
            "ListAggregateLogGroupSummariesGroupBy",
            false,
            string(
                super::ListAggregateLogGroupSummariesGroupBy::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "ListAggregateLogGroupSummariesRequest",
            false,
            structure(
                &[
                    m("accountIdentifiers", "AccountIds"),
                    m("includeLinkedAccounts", "IncludeLinkedAccounts"),
                    m("logGroupClass", "LogGroupClass"),
                    m("logGroupNamePattern", "LogGroupNameRegexPattern"),
                    m("dataSources", "DataSourceFilters"),
                    m("groupBy", "ListAggregateLogGroupSummariesGroupBy"),
                    m("nextToken", "NextToken"),
                    m("limit", "ListLogGroupsRequestLimit"),
                ],
                &["groupBy"],
            ),
        ),
        s(
            "ListAggregateLogGroupSummariesResponse",
            false,
            structure(
                &[
                    m("aggregateLogGroupSummaries", "AggregateLogGroupSummaries"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s("ListAnomaliesLimit", false, integer(Some(1), Some(50))),
        s(
            "ListAnomaliesRequest",
            false,
            structure(
                &[
                    m("anomalyDetectorArn", "AnomalyDetectorArn"),
                    m("suppressionState", "SuppressionState"),
                    m("limit", "ListAnomaliesLimit"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "ListAnomaliesResponse",
            false,
            structure(
                &[m("anomalies", "Anomalies"), m("nextToken", "NextToken")],
                &[],
            ),
        ),
        s(
            "ListIntegrationsRequest",
            false,
            structure(
                &[
                    m("integrationNamePrefix", "IntegrationNamePrefix"),
                    m("integrationType", "IntegrationType"),
                    m("integrationStatus", "IntegrationStatus"),
                ],
                &[],
            ),
        ),
        s(
            "ListIntegrationsResponse",
            false,
            structure(&[m("integrationSummaries", "IntegrationSummaries")], &[]),
        ),
        s("ListLimit", false, integer(Some(1), Some(1000))),
        s(
            "ListLogAnomalyDetectorsLimit",
            false,
            integer(Some(1), Some(50)),
        ),
        s(
            "ListLogAnomalyDetectorsRequest",
            false,
            structure(
                &[
                    m("filterLogGroupArn", "LogGroupArn"),
                    m("limit", "ListLogAnomalyDetectorsLimit"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "ListLogAnomalyDetectorsResponse",
            false,
            structure(
                &[
                    m("anomalyDetectors", "AnomalyDetectors"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "ListLogGroupsForQueryMaxResults",
            false,
            integer(Some(50), Some(500)),
        ),
        s(
            "ListLogGroupsForQueryRequest",
            false,
            structure(
                &[
                    m("queryId", "QueryId"),
                    m("nextToken", "NextToken"),
                    m("maxResults", "ListLogGroupsForQueryMaxResults"),
                ],
                &["queryId"],
            ),
        ),
        s(
            "ListLogGroupsForQueryResponse",
            false,
            structure(
                &[
                    m("logGroupIdentifiers", "LogGroupIdentifiers"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "ListLogGroupsRequest",
            false,
            structure(
                &[
                    m("logGroupNamePattern", "LogGroupNameRegexPattern"),
                    m("logGroupClass", "LogGroupClass"),
                    m("includeLinkedAccounts", "IncludeLinkedAccounts"),
                    m("accountIdentifiers", "AccountIds"),
                    m("nextToken", "NextToken"),
                    m("limit", "ListLimit"),
                    m("dataSources", "DataSourceFilters"),
                    m("fieldIndexNames", "FieldIndexNames"),
                    m("logGroupTags", "TagFilters"),
                ],
                &[],
            ),
        ),
        s(
            "ListLogGroupsRequestLimit",
            false,
            integer(Some(1), Some(50)),
        ),
        s(
            "ListLogGroupsResponse",
            false,
            structure(
                &[
                    m("logGroups", "LogGroupSummaries"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "ListScheduledQueriesMaxResults",
            false,
            integer(Some(1), Some(1000)),
        ),
        s(
            "ListScheduledQueriesRequest",
            false,
            structure(
                &[
                    m("maxResults", "ListScheduledQueriesMaxResults"),
                    m("nextToken", "NextToken"),
                    m("state", "ScheduledQueryState"),
                    m("scheduleType", "ScheduleType"),
                ],
                &[],
            ),
        ),
        s(
            "ListScheduledQueriesResponse",
            false,
            structure(
                &[
                    m("nextToken", "NextToken"),
                    m("scheduledQueries", "ScheduledQuerySummaryList"),
                ],
                &[],
            ),
        ),
        s(
            "ListSourcesForS3TableIntegrationMaxResults",
            false,
            integer(Some(1), Some(100)),
        ),
        s(
            "ListSourcesForS3TableIntegrationRequest",
            false,
            structure(
                &[
                    m("integrationArn", "Arn"),
                    m("maxResults", "ListSourcesForS3TableIntegrationMaxResults"),
                    m("nextToken", "NextToken"),
                ],
                &["integrationArn"],
            ),
        ),
        s(
            "ListSourcesForS3TableIntegrationResponse",
            false,
            structure(
                &[
                    m("sources", "S3TableIntegrationSources"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "ListSyslogConfigurationsMaxResults",
            false,
            integer(Some(0), Some(50)),
        ),
        s(
            "ListSyslogConfigurationsRequest",
            false,
            structure(
                &[
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                    m("vpcEndpointId", "VpcEndpointId"),
                    m("nextToken", "NextToken"),
                    m("maxResults", "ListSyslogConfigurationsMaxResults"),
                ],
                &[],
            ),
        ),
        s(
            "ListSyslogConfigurationsResponse",
            false,
            structure(
                &[
                    m("syslogConfigurations", "SyslogConfigurations"),
                    m("nextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "ListTagsForResourceRequest",
            false,
            structure(&[m("resourceArn", "AmazonResourceName")], &["resourceArn"]),
        ),
        s(
            "ListTagsForResourceResponse",
            false,
            structure(&[m("tags", "Tags")], &[]),
        ),
        s(
            "ListTagsLogGroupRequest",
            false,
            structure(&[m("logGroupName", "LogGroupName")], &["logGroupName"]),
        ),
        s(
            "ListTagsLogGroupResponse",
            false,
            structure(&[m("tags", "Tags")], &[]),
        ),
        s(
            "ListToMap",
            false,
            structure(
                &[
                    m("source", "Source"),
                    m("key", "Key"),
                    m("valueKey", "ValueKey"),
                    m("target", "Target"),
                    m("flatten", "Flatten"),
                    m("flattenedElement", "FlattenedElement"),
                ],
                &["source", "key"],
            ),
        ),
        s(
            "LiveTailSessionLogEvent",
            false,
            structure(
                &[
                    m("logStreamName", "LogStreamName"),
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                    m("message", "EventMessage"),
                    m("timestamp", "Timestamp"),
                    m("ingestionTime", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "LiveTailSessionMetadata",
            false,
            structure(&[m("sampled", "IsSampled")], &[]),
        ),
        s(
            "LiveTailSessionResults",
            false,
            list("LiveTailSessionLogEvent", None, None),
        ),
        s(
            "LiveTailSessionStart",
            false,
            structure(
                &[
                    m("requestId", "RequestId"),
                    m("sessionId", "SessionId"),
                    m("logGroupIdentifiers", "StartLiveTailLogGroupIdentifiers"),
                    m("logStreamNames", "InputLogStreamNames"),
                    m("logStreamNamePrefixes", "InputLogStreamNames"),
                    m("logEventFilterPattern", "FilterPattern"),
                ],
                &[],
            ),
        ),
        s(
            "LiveTailSessionUpdate",
            false,
            structure(
                &[
                    m("sessionMetadata", "LiveTailSessionMetadata"),
                    m("sessionResults", "LiveTailSessionResults"),
                ],
                &[],
            ),
        ),
        s("Locale", false, string(&[], Some(1), None, None)),
        s(
            "LogEvent",
            false,
            structure(
                &[m("timestamp", "Timestamp"), m("message", "EventMessage")],
                &[],
            ),
        ),
        s("LogEventIndex", false, integer(None, None)),
        s("LogFieldName", false, string(&[], Some(1), Some(256), None)),
        s(
            "LogFieldType",
            false,
            structure(
                &[
                    m("type", "DataType"),
                    m("element", "LogFieldType"),
                    m("fields", "LogFieldsList"),
                ],
                &[],
            ),
        ),
        s(
            "LogFieldsList",
            false,
            list("LogFieldsListItem", None, None),
        ),
        s(
            "LogFieldsListItem",
            false,
            structure(
                &[
                    m("logFieldName", "LogFieldName"),
                    m("logFieldType", "LogFieldType"),
                ],
                &[],
            ),
        ),
        s(
            "LogGroup",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("creationTime", "Timestamp"),
                    m("retentionInDays", "Days"),
                    m("metricFilterCount", "FilterCount"),
                    m("arn", "Arn"),
                    m("storedBytes", "StoredBytes"),
                    m("kmsKeyId", "KmsKeyId"),
                    m("dataProtectionStatus", "DataProtectionStatus"),
                    m("inheritedProperties", "InheritedProperties"),
                    m("logGroupClass", "LogGroupClass"),
                    m("logGroupArn", "Arn"),
                    m("deletionProtectionEnabled", "DeletionProtectionEnabled"),
                    m(
                        "bearerTokenAuthenticationEnabled",
                        "BearerTokenAuthenticationEnabled",
                    ),
                    m("retentionPolicyName", "PolicyName"),
                ],
                &[],
            ),
        ),
        s(
            "LogGroupArn",
            false,
            string(&[], Some(1), Some(2048), Some("[\\w#+=/:,.@-]*")),
        ),
        s("LogGroupArnList", false, list("LogGroupArn", None, None)),
        s(
            "LogGroupClass",
            false,
            string(super::LogGroupClass::VALUES, None, None, None),
        ),
        s("LogGroupCount", false, integer(None, None)),
        s(
            "LogGroupField",
            false,
            structure(&[m("name", "Field"), m("percent", "Percentage")], &[]),
        ),
        s(
            "LogGroupFieldList",
            false,
            list("LogGroupField", None, None),
        ),
        s(
            "LogGroupIdentifier",
            false,
            string(&[], Some(1), Some(2048), Some("[\\w#+=/:,.@-]*")),
        ),
        s(
            "LogGroupIdentifiers",
            false,
            list("LogGroupIdentifier", None, None),
        ),
        s(
            "LogGroupImpact",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("currentRetention", "RetentionValue"),
                    m("proposedRetention", "RetentionValue"),
                    m("storedBytes", "StoredBytes"),
                ],
                &[],
            ),
        ),
        s("LogGroupImpacts", false, list("LogGroupImpact", None, None)),
        s(
            "LogGroupName",
            false,
            string(&[], Some(1), Some(512), Some("[\\.\\-_/#A-Za-z0-9]+")),
        ),
        s(
            "LogGroupNamePattern",
            false,
            string(&[], Some(0), Some(512), Some("[\\.\\-_/#A-Za-z0-9]*")),
        ),
        s(
            "LogGroupNameRegexPattern",
            false,
            string(
                &[],
                Some(3),
                Some(129),
                Some(
                    "(\\^?[\\.\\-_\\/#A-Za-z0-9]{3,24})(\\|\\^?[\\.\\-_\\/#A-Za-z0-9]{3,24}){0,4}",
                ),
            ),
        ),
        s("LogGroupNames", false, list("LogGroupName", None, None)),
        s(
            "LogGroupSummaries",
            false,
            list("LogGroupSummary", None, None),
        ),
        s(
            "LogGroupSummary",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("logGroupArn", "Arn"),
                    m("logGroupClass", "LogGroupClass"),
                ],
                &[],
            ),
        ),
        s("LogGroups", false, list("LogGroup", None, None)),
        s(
            "LogObjectPointer",
            false,
            string(&[], Some(1), Some(512), None),
        ),
        s("LogRecord", false, map("Field", "Value", None, None)),
        s("LogRecordPointer", false, string(&[], None, None, None)),
        s("LogSamples", false, list("LogEvent", None, None)),
        s(
            "LogStream",
            false,
            structure(
                &[
                    m("logStreamName", "LogStreamName"),
                    m("creationTime", "Timestamp"),
                    m("firstEventTimestamp", "Timestamp"),
                    m("lastEventTimestamp", "Timestamp"),
                    m("lastIngestionTime", "Timestamp"),
                    m("uploadSequenceToken", "SequenceToken"),
                    m("arn", "Arn"),
                    m("storedBytes", "StoredBytes"),
                ],
                &[],
            ),
        ),
        s(
            "LogStreamName",
            false,
            string(&[], Some(1), Some(512), Some("[^:*]*")),
        ),
        s("LogStreamSearchedCompletely", false, K::Boolean),
        s("LogStreams", false, list("LogStream", None, None)),
        s(
            "LogType",
            false,
            string(&[], Some(1), Some(255), Some("[\\w]*")),
        ),
        s("LogTypes", false, list("LogType", Some(1), Some(10))),
        s(
            "LookupTable",
            false,
            structure(
                &[
                    m("lookupTableArn", "Arn"),
                    m("lookupTableName", "LookupTableName"),
                    m("description", "LookupTableDescription"),
                    m("tableFields", "TableFields"),
                    m("recordsCount", "RecordsCount"),
                    m("sizeBytes", "StoredBytes"),
                    m("lastUpdatedTime", "Timestamp"),
                    m("kmsKeyId", "KmsKeyId"),
                ],
                &[],
            ),
        ),
        s(
            "LookupTableConfiguration",
            false,
            structure(
                &[
                    m("tableName", "LookupTableName"),
                    m("roleArn", "RoleArn"),
                    m("description", "LookupTableDescription"),
                    m("kmsKeyId", "KmsKeyId"),
                    m("tags", "Tags"),
                ],
                &["tableName", "roleArn"],
            ),
        ),
        s(
            "LookupTableDescription",
            false,
            string(&[], Some(0), Some(1024), None),
        ),
        s(
            "LookupTableName",
            false,
            string(&[], Some(1), Some(256), Some("^[a-zA-Z0-9_]+$")),
        ),
        s("LookupTables", false, list("LookupTable", None, None)),
        s(
            "LowerCaseString",
            false,
            structure(&[m("withKeys", "LowerCaseStringWithKeys")], &["withKeys"]),
        ),
        s(
            "LowerCaseStringWithKeys",
            false,
            list("WithKey", Some(1), Some(10)),
        ),
        s(
            "MalformedQueryException",
            false,
            exception(
                &[m("queryCompileError", "QueryCompileError")],
                &[],
                "MalformedQueryException",
                400,
                false,
            ),
        ),
        s(
            "MappingVersion",
            false,
            string(&[], Some(1), Some(10), Some("^\\d+\\.\\d+(\\.\\d+)?$")),
        ),
        s("MatchPattern", false, string(&[], Some(1), None, None)),
        s(
            "MatchPatterns",
            false,
            list("MatchPattern", Some(1), Some(5)),
        ),
        s("Message", false, string(&[], None, None, None)),
        s(
            "MetricFilter",
            false,
            structure(
                &[
                    m("filterName", "FilterName"),
                    m("filterPattern", "FilterPattern"),
                    m("metricTransformations", "MetricTransformations"),
                    m("creationTime", "Timestamp"),
                    m("logGroupName", "LogGroupName"),
                    m("applyOnTransformedLogs", "ApplyOnTransformedLogs"),
                    m("fieldSelectionCriteria", "FieldSelectionCriteria"),
                    m("emitSystemFieldDimensions", "EmitSystemFields"),
                ],
                &[],
            ),
        ),
        s(
            "MetricFilterMatchRecord",
            false,
            structure(
                &[
                    m("eventNumber", "EventNumber"),
                    m("eventMessage", "EventMessage"),
                    m("extractedValues", "ExtractedValues"),
                ],
                &[],
            ),
        ),
        s(
            "MetricFilterMatches",
            false,
            list("MetricFilterMatchRecord", None, None),
        ),
        s("MetricFilters", false, list("MetricFilter", None, None)),
        s(
            "MetricName",
            false,
            string(&[], None, Some(255), Some("[^:*$]*")),
        ),
        s(
            "MetricNamespace",
            false,
            string(&[], None, Some(255), Some("[^:*$]*")),
        ),
        s(
            "MetricTransformation",
            false,
            structure(
                &[
                    m("metricName", "MetricName"),
                    m("metricNamespace", "MetricNamespace"),
                    m("metricValue", "MetricValue"),
                    m("defaultValue", "DefaultValue"),
                    m("dimensions", "Dimensions"),
                    m("unit", "StandardUnit"),
                ],
                &["metricName", "metricNamespace", "metricValue"],
            ),
        ),
        s(
            "MetricTransformations",
            false,
            list("MetricTransformation", Some(1), Some(1)),
        ),
        s("MetricValue", false, string(&[], None, Some(100), None)),
        s(
            "MoveKeyEntries",
            false,
            list("MoveKeyEntry", Some(1), Some(5)),
        ),
        s(
            "MoveKeyEntry",
            false,
            structure(
                &[
                    m("source", "Source"),
                    m("target", "Target"),
                    m("overwriteIfExists", "OverwriteIfExists"),
                ],
                &["source", "target"],
            ),
        ),
        s(
            "MoveKeys",
            false,
            structure(&[m("entries", "MoveKeyEntries")], &["entries"]),
        ),
        s("NextToken", false, string(&[], Some(1), None, None)),
        s(
            "NonMatchValue",
            false,
            string(&[], Some(1), Some(128), None),
        ),
        s(
            "OCSFVersion",
            false,
            string(super::OCSFVersion::VALUES, None, None, None),
        ),
        s(
            "OpenSearchApplication",
            false,
            structure(
                &[
                    m("applicationEndpoint", "OpenSearchApplicationEndpoint"),
                    m("applicationArn", "Arn"),
                    m("applicationId", "OpenSearchApplicationId"),
                    m("status", "OpenSearchResourceStatus"),
                ],
                &[],
            ),
        ),
        s(
            "OpenSearchApplicationEndpoint",
            false,
            string(
                &[],
                Some(1),
                Some(1024),
                Some("^https://[\\.\\-_/#:A-Za-z0-9]+\\.com$"),
            ),
        ),
        s(
            "OpenSearchApplicationId",
            false,
            string(&[], Some(1), Some(256), Some("[\\.\\-_/#A-Za-z0-9]+")),
        ),
        s(
            "OpenSearchCollection",
            false,
            structure(
                &[
                    m("collectionEndpoint", "OpenSearchCollectionEndpoint"),
                    m("collectionArn", "Arn"),
                    m("status", "OpenSearchResourceStatus"),
                ],
                &[],
            ),
        ),
        s(
            "OpenSearchCollectionEndpoint",
            false,
            string(
                &[],
                Some(1),
                Some(1024),
                Some("^https://[\\.\\-_/#:A-Za-z0-9]+\\.com$"),
            ),
        ),
        s(
            "OpenSearchDataAccessPolicy",
            false,
            structure(
                &[
                    m("policyName", "OpenSearchPolicyName"),
                    m("status", "OpenSearchResourceStatus"),
                ],
                &[],
            ),
        ),
        s(
            "OpenSearchDataSource",
            false,
            structure(
                &[
                    m("dataSourceName", "OpenSearchDataSourceName"),
                    m("status", "OpenSearchResourceStatus"),
                ],
                &[],
            ),
        ),
        s(
            "OpenSearchDataSourceName",
            false,
            string(&[], Some(1), Some(256), Some("[\\.\\-_/#A-Za-z0-9]+")),
        ),
        s(
            "OpenSearchEncryptionPolicy",
            false,
            structure(
                &[
                    m("policyName", "OpenSearchPolicyName"),
                    m("status", "OpenSearchResourceStatus"),
                ],
                &[],
            ),
        ),
        s(
            "OpenSearchIntegrationDetails",
            false,
            structure(
                &[
                    m("dataSource", "OpenSearchDataSource"),
                    m("application", "OpenSearchApplication"),
                    m("collection", "OpenSearchCollection"),
                    m("workspace", "OpenSearchWorkspace"),
                    m("encryptionPolicy", "OpenSearchEncryptionPolicy"),
                    m("networkPolicy", "OpenSearchNetworkPolicy"),
                    m("accessPolicy", "OpenSearchDataAccessPolicy"),
                    m("lifecyclePolicy", "OpenSearchLifecyclePolicy"),
                ],
                &[],
            ),
        ),
        s(
            "OpenSearchLifecyclePolicy",
            false,
            structure(
                &[
                    m("policyName", "OpenSearchPolicyName"),
                    m("status", "OpenSearchResourceStatus"),
                ],
                &[],
            ),
        ),
        s(
            "OpenSearchNetworkPolicy",
            false,
            structure(
                &[
                    m("policyName", "OpenSearchPolicyName"),
                    m("status", "OpenSearchResourceStatus"),
                ],
                &[],
            ),
        ),
        s(
            "OpenSearchPolicyName",
            false,
            string(&[], Some(1), Some(256), Some("[\\.\\-_/#A-Za-z0-9]+")),
        ),
        s(
            "OpenSearchResourceConfig",
            false,
            structure(
                &[
                    m("kmsKeyArn", "Arn"),
                    m("dataSourceRoleArn", "Arn"),
                    m("dashboardViewerPrincipals", "DashboardViewerPrincipals"),
                    m("applicationArn", "Arn"),
                    m("retentionDays", "CollectionRetentionDays"),
                ],
                &[
                    "dataSourceRoleArn",
                    "dashboardViewerPrincipals",
                    "retentionDays",
                ],
            ),
        ),
        s(
            "OpenSearchResourceStatus",
            false,
            structure(
                &[
                    m("status", "OpenSearchResourceStatusType"),
                    m("statusMessage", "IntegrationStatusMessage"),
                ],
                &[],
            ),
        ),
        s(
            "OpenSearchResourceStatusType",
            false,
            string(
                super::OpenSearchResourceStatusType::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "OpenSearchWorkspace",
            false,
            structure(
                &[
                    m("workspaceId", "OpenSearchWorkspaceId"),
                    m("status", "OpenSearchResourceStatus"),
                ],
                &[],
            ),
        ),
        s(
            "OpenSearchWorkspaceId",
            false,
            string(&[], Some(1), Some(256), Some("[\\.\\-_/#A-Za-z0-9]+")),
        ),
        s(
            "OperationAbortedException",
            false,
            exception(&[], &[], "OperationAbortedException", 400, false),
        ),
        s(
            "OrderBy",
            false,
            string(super::OrderBy::VALUES, None, None, None),
        ),
        s(
            "OutputFormat",
            false,
            string(super::OutputFormat::VALUES, None, None, None),
        ),
        s("OutputFormats", false, list("OutputFormat", None, None)),
        s(
            "OutputLogEvent",
            false,
            structure(
                &[
                    m("timestamp", "Timestamp"),
                    m("message", "EventMessage"),
                    m("ingestionTime", "Timestamp"),
                ],
                &[],
            ),
        ),
        s("OutputLogEvents", false, list("OutputLogEvent", None, None)),
        s("OverwriteIfExists", false, K::Boolean),
        s(
            "ParseCloudfront",
            false,
            structure(&[m("source", "Source")], &[]),
        ),
        s(
            "ParseJSON",
            false,
            structure(
                &[m("source", "Source"), m("destination", "DestinationField")],
                &[],
            ),
        ),
        s(
            "ParseKeyValue",
            false,
            structure(
                &[
                    m("source", "Source"),
                    m("destination", "DestinationField"),
                    m("fieldDelimiter", "ParserFieldDelimiter"),
                    m("keyValueDelimiter", "KeyValueDelimiter"),
                    m("keyPrefix", "KeyPrefix"),
                    m("nonMatchValue", "NonMatchValue"),
                    m("overwriteIfExists", "OverwriteIfExists"),
                ],
                &[],
            ),
        ),
        s(
            "ParsePostgres",
            false,
            structure(&[m("source", "Source")], &[]),
        ),
        s(
            "ParseRoute53",
            false,
            structure(&[m("source", "Source")], &[]),
        ),
        s(
            "ParseToOCSF",
            false,
            structure(
                &[
                    m("source", "Source"),
                    m("eventSource", "EventSource"),
                    m("ocsfVersion", "OCSFVersion"),
                    m("mappingVersion", "MappingVersion"),
                ],
                &["eventSource", "ocsfVersion"],
            ),
        ),
        s("ParseVPC", false, structure(&[m("source", "Source")], &[])),
        s("ParseWAF", false, structure(&[m("source", "Source")], &[])),
        s(
            "ParserFieldDelimiter",
            false,
            string(&[], Some(1), Some(128), None),
        ),
        s("PatternId", false, string(&[], Some(32), Some(32), None)),
        s("PatternRegex", false, string(&[], Some(1), None, None)),
        s("PatternString", false, string(&[], Some(1), None, None)),
        s(
            "PatternToken",
            false,
            structure(
                &[
                    m("dynamicTokenPosition", "DynamicTokenPosition"),
                    m("isDynamic", "Boolean"),
                    m("tokenString", "TokenString"),
                    m("enumerations", "Enumerations"),
                    m("inferredTokenName", "InferredTokenName"),
                ],
                &[],
            ),
        ),
        s("PatternTokens", false, list("PatternToken", None, None)),
        s("Percentage", false, integer(Some(0), Some(100))),
        s(
            "Policy",
            false,
            structure(
                &[m("deliveryDestinationPolicy", "DeliveryDestinationPolicy")],
                &[],
            ),
        ),
        s(
            "PolicyDocument",
            false,
            string(&[], Some(1), Some(51200), None),
        ),
        s("PolicyName", false, string(&[], None, None, None)),
        s(
            "PolicyScope",
            false,
            string(super::PolicyScope::VALUES, None, None, None),
        ),
        s(
            "PolicyType",
            false,
            string(super::PolicyType::VALUES, None, None, None),
        ),
        s("Priority", false, string(&[], Some(1), None, None)),
        s(
            "Processor",
            false,
            structure(
                &[
                    m("addKeys", "AddKeys"),
                    m("copyValue", "CopyValue"),
                    m("csv", "CSV"),
                    m("dateTimeConverter", "DateTimeConverter"),
                    m("deleteKeys", "DeleteKeys"),
                    m("grok", "Grok"),
                    m("listToMap", "ListToMap"),
                    m("lowerCaseString", "LowerCaseString"),
                    m("moveKeys", "MoveKeys"),
                    m("parseCloudfront", "ParseCloudfront"),
                    m("parseJSON", "ParseJSON"),
                    m("parseKeyValue", "ParseKeyValue"),
                    m("parseRoute53", "ParseRoute53"),
                    m("parseToOCSF", "ParseToOCSF"),
                    m("parsePostgres", "ParsePostgres"),
                    m("parseVPC", "ParseVPC"),
                    m("parseWAF", "ParseWAF"),
                    m("renameKeys", "RenameKeys"),
                    m("splitString", "SplitString"),
                    m("substituteString", "SubstituteString"),
                    m("trimString", "TrimString"),
                    m("typeConverter", "TypeConverter"),
                    m("upperCaseString", "UpperCaseString"),
                ],
                &[],
            ),
        ),
        s("Processors", false, list("Processor", Some(1), Some(20))),
        s(
            "PutAccountPolicyRequest",
            false,
            structure(
                &[
                    m("policyName", "PolicyName"),
                    m("policyDocument", "AccountPolicyDocument"),
                    m("policyType", "PolicyType"),
                    m("scope", "Scope"),
                    m("selectionCriteria", "SelectionCriteria"),
                    m("dryRun", "DryRun"),
                ],
                &["policyName", "policyDocument", "policyType"],
            ),
        ),
        s(
            "PutAccountPolicyResponse",
            false,
            structure(
                &[
                    m("accountPolicy", "AccountPolicy"),
                    m("dryRunResult", "DryRunResult"),
                ],
                &[],
            ),
        ),
        s(
            "PutBearerTokenAuthenticationRequest",
            false,
            structure(
                &[
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                    m(
                        "bearerTokenAuthenticationEnabled",
                        "BearerTokenAuthenticationEnabled",
                    ),
                ],
                &["logGroupIdentifier", "bearerTokenAuthenticationEnabled"],
            ),
        ),
        s(
            "PutDataProtectionPolicyRequest",
            false,
            structure(
                &[
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                    m("policyDocument", "DataProtectionPolicyDocument"),
                ],
                &["logGroupIdentifier", "policyDocument"],
            ),
        ),
        s(
            "PutDataProtectionPolicyResponse",
            false,
            structure(
                &[
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                    m("policyDocument", "DataProtectionPolicyDocument"),
                    m("lastUpdatedTime", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "PutDeliveryDestinationPolicyRequest",
            false,
            structure(
                &[
                    m("deliveryDestinationName", "DeliveryDestinationName"),
                    m("deliveryDestinationPolicy", "DeliveryDestinationPolicy"),
                ],
                &["deliveryDestinationName", "deliveryDestinationPolicy"],
            ),
        ),
        s(
            "PutDeliveryDestinationPolicyResponse",
            false,
            structure(&[m("policy", "Policy")], &[]),
        ),
        s(
            "PutDeliveryDestinationRequest",
            false,
            structure(
                &[
                    m("name", "DeliveryDestinationName"),
                    m("outputFormat", "OutputFormat"),
                    m(
                        "deliveryDestinationConfiguration",
                        "DeliveryDestinationConfiguration",
                    ),
                    m("deliveryDestinationType", "DeliveryDestinationType"),
                    m("roleArn", "Arn"),
                    m("tags", "Tags"),
                ],
                &["name"],
            ),
        ),
        s(
            "PutDeliveryDestinationResponse",
            false,
            structure(&[m("deliveryDestination", "DeliveryDestination")], &[]),
        ),
        s(
            "PutDeliverySourceRequest",
            false,
            structure(
                &[
                    m("name", "DeliverySourceName"),
                    m("resourceArn", "Arn"),
                    m("logType", "LogType"),
                    m("tags", "Tags"),
                    m("deliverySourceConfiguration", "DeliverySourceConfiguration"),
                ],
                &["name", "resourceArn", "logType"],
            ),
        ),
        s(
            "PutDeliverySourceResponse",
            false,
            structure(&[m("deliverySource", "DeliverySource")], &[]),
        ),
        s(
            "PutDestinationPolicyRequest",
            false,
            structure(
                &[
                    m("destinationName", "DestinationName"),
                    m("accessPolicy", "AccessPolicy"),
                    m("forceUpdate", "ForceUpdate"),
                ],
                &["destinationName", "accessPolicy"],
            ),
        ),
        s(
            "PutDestinationRequest",
            false,
            structure(
                &[
                    m("destinationName", "DestinationName"),
                    m("targetArn", "TargetArn"),
                    m("roleArn", "RoleArn"),
                    m("tags", "Tags"),
                ],
                &["destinationName", "targetArn", "roleArn"],
            ),
        ),
        s(
            "PutDestinationResponse",
            false,
            structure(&[m("destination", "Destination")], &[]),
        ),
        s(
            "PutIndexPolicyRequest",
            false,
            structure(
                &[
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                    m("policyDocument", "PolicyDocument"),
                ],
                &["logGroupIdentifier", "policyDocument"],
            ),
        ),
        s(
            "PutIndexPolicyResponse",
            false,
            structure(&[m("indexPolicy", "IndexPolicy")], &[]),
        ),
        s(
            "PutIntegrationRequest",
            false,
            structure(
                &[
                    m("integrationName", "IntegrationName"),
                    m("resourceConfig", "ResourceConfig"),
                    m("integrationType", "IntegrationType"),
                ],
                &["integrationName", "resourceConfig", "integrationType"],
            ),
        ),
        s(
            "PutIntegrationResponse",
            false,
            structure(
                &[
                    m("integrationName", "IntegrationName"),
                    m("integrationStatus", "IntegrationStatus"),
                ],
                &[],
            ),
        ),
        s(
            "PutLogEventsRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("logStreamName", "LogStreamName"),
                    m("logEvents", "InputLogEvents"),
                    m("sequenceToken", "SequenceToken"),
                    m("entity", "Entity"),
                ],
                &["logGroupName", "logStreamName", "logEvents"],
            ),
        ),
        s(
            "PutLogEventsResponse",
            false,
            structure(
                &[
                    m("nextSequenceToken", "SequenceToken"),
                    m("rejectedLogEventsInfo", "RejectedLogEventsInfo"),
                    m("rejectedEntityInfo", "RejectedEntityInfo"),
                ],
                &[],
            ),
        ),
        s(
            "PutLogGroupDeletionProtectionRequest",
            false,
            structure(
                &[
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                    m("deletionProtectionEnabled", "DeletionProtectionEnabled"),
                ],
                &["logGroupIdentifier", "deletionProtectionEnabled"],
            ),
        ),
        s(
            "PutMetricFilterRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("filterName", "FilterName"),
                    m("filterPattern", "FilterPattern"),
                    m("metricTransformations", "MetricTransformations"),
                    m("applyOnTransformedLogs", "ApplyOnTransformedLogs"),
                    m("fieldSelectionCriteria", "FieldSelectionCriteria"),
                    m("emitSystemFieldDimensions", "EmitSystemFields"),
                ],
                &[
                    "logGroupName",
                    "filterName",
                    "filterPattern",
                    "metricTransformations",
                ],
            ),
        ),
        s(
            "PutQueryDefinitionRequest",
            false,
            structure(
                &[
                    m("queryLanguage", "QueryLanguage"),
                    m("name", "QueryDefinitionName"),
                    m("queryDefinitionId", "QueryId"),
                    m("logGroupNames", "LogGroupNames"),
                    m("queryString", "QueryDefinitionString"),
                    m("clientToken", "ClientToken"),
                    m("parameters", "QueryParameterList"),
                ],
                &["name", "queryString"],
            ),
        ),
        s(
            "PutQueryDefinitionResponse",
            false,
            structure(&[m("queryDefinitionId", "QueryId")], &[]),
        ),
        s(
            "PutResourcePolicyRequest",
            false,
            structure(
                &[
                    m("policyName", "PolicyName"),
                    m("policyDocument", "PolicyDocument"),
                    m("resourceArn", "Arn"),
                    m("expectedRevisionId", "ExpectedRevisionId"),
                ],
                &[],
            ),
        ),
        s(
            "PutResourcePolicyResponse",
            false,
            structure(
                &[
                    m("resourcePolicy", "ResourcePolicy"),
                    m("revisionId", "ExpectedRevisionId"),
                ],
                &[],
            ),
        ),
        s(
            "PutRetentionPolicyRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("retentionInDays", "Days"),
                ],
                &["logGroupName", "retentionInDays"],
            ),
        ),
        s(
            "PutStorageTierPolicyRequest",
            false,
            structure(&[m("storageTier", "StorageTier")], &["storageTier"]),
        ),
        s(
            "PutStorageTierPolicyResponse",
            false,
            structure(
                &[
                    m("storageTier", "StorageTier"),
                    m("lastUpdatedTime", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "PutSubscriptionFilterRequest",
            false,
            structure(
                &[
                    m("logGroupName", "LogGroupName"),
                    m("filterName", "FilterName"),
                    m("filterPattern", "FilterPattern"),
                    m("destinationArn", "DestinationArn"),
                    m("roleArn", "RoleArn"),
                    m("distribution", "Distribution"),
                    m("applyOnTransformedLogs", "ApplyOnTransformedLogs"),
                    m("fieldSelectionCriteria", "FieldSelectionCriteria"),
                    m("emitSystemFields", "EmitSystemFields"),
                ],
                &[
                    "logGroupName",
                    "filterName",
                    "filterPattern",
                    "destinationArn",
                ],
            ),
        ),
        s(
            "PutSyslogConfigurationRequest",
            false,
            structure(
                &[
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                    m("vpcEndpointId", "VpcEndpointId"),
                ],
                &["logGroupIdentifier"],
            ),
        ),
        s(
            "PutTransformerRequest",
            false,
            structure(
                &[
                    m("logGroupIdentifier", "LogGroupIdentifier"),
                    m("transformerConfig", "Processors"),
                ],
                &["logGroupIdentifier", "transformerConfig"],
            ),
        ),
        s("QueryCharOffset", false, integer(None, None)),
        s(
            "QueryCompileError",
            false,
            structure(
                &[
                    m("location", "QueryCompileErrorLocation"),
                    m("message", "Message"),
                ],
                &[],
            ),
        ),
        s(
            "QueryCompileErrorLocation",
            false,
            structure(
                &[
                    m("startCharOffset", "QueryCharOffset"),
                    m("endCharOffset", "QueryCharOffset"),
                ],
                &[],
            ),
        ),
        s(
            "QueryDefinition",
            false,
            structure(
                &[
                    m("queryLanguage", "QueryLanguage"),
                    m("queryDefinitionId", "QueryId"),
                    m("name", "QueryDefinitionName"),
                    m("queryString", "QueryDefinitionString"),
                    m("lastModified", "Timestamp"),
                    m("logGroupNames", "LogGroupNames"),
                    m("parameters", "QueryParameterList"),
                ],
                &[],
            ),
        ),
        s(
            "QueryDefinitionList",
            false,
            list("QueryDefinition", None, None),
        ),
        s(
            "QueryDefinitionName",
            false,
            string(&[], Some(1), Some(255), None),
        ),
        s(
            "QueryDefinitionString",
            false,
            string(&[], Some(1), Some(10000), None),
        ),
        s(
            "QueryDuration",
            false,
            K::Long {
                min: None,
                max: None,
            },
        ),
        s("QueryId", false, string(&[], Some(1), Some(256), None)),
        s(
            "QueryInfo",
            false,
            structure(
                &[
                    m("queryLanguage", "QueryLanguage"),
                    m("queryId", "QueryId"),
                    m("queryString", "QueryString"),
                    m("status", "QueryStatus"),
                    m("createTime", "Timestamp"),
                    m("logGroupName", "LogGroupName"),
                    m("queryDuration", "QueryDuration"),
                    m("bytesScanned", "BytesScannedValue"),
                    m("userIdentity", "UserIdentity"),
                ],
                &[],
            ),
        ),
        s("QueryInfoList", false, list("QueryInfo", None, None)),
        s(
            "QueryLanguage",
            false,
            string(super::QueryLanguage::VALUES, None, None, None),
        ),
        s("QueryListMaxResults", false, integer(Some(1), Some(1000))),
        s(
            "QueryParameter",
            false,
            structure(
                &[
                    m("name", "QueryParameterName"),
                    m("defaultValue", "QueryParameterDefaultValue"),
                    m("description", "QueryParameterDescription"),
                ],
                &["name"],
            ),
        ),
        s(
            "QueryParameterDefaultValue",
            false,
            string(&[], None, Some(1024), None),
        ),
        s(
            "QueryParameterDescription",
            false,
            string(&[], None, Some(512), None),
        ),
        s(
            "QueryParameterList",
            false,
            list("QueryParameter", None, Some(20)),
        ),
        s(
            "QueryParameterName",
            false,
            string(&[], Some(1), Some(128), Some("^[a-zA-Z_][a-zA-Z0-9_]*")),
        ),
        s("QueryResults", false, list("ResultRows", None, None)),
        s(
            "QueryStatistics",
            false,
            structure(
                &[
                    m("recordsMatched", "StatsValue"),
                    m("recordsScanned", "StatsValue"),
                    m("estimatedRecordsSkipped", "StatsValue"),
                    m("bytesScanned", "StatsValue"),
                    m("estimatedBytesSkipped", "StatsValue"),
                    m("logGroupsScanned", "StatsValue"),
                    m("resultCount", "StatsValue"),
                ],
                &[],
            ),
        ),
        s(
            "QueryStatus",
            false,
            string(super::QueryStatus::VALUES, None, None, None),
        ),
        s(
            "QueryString",
            false,
            string(&[], Some(0), Some(10000), None),
        ),
        s("QuoteCharacter", false, string(&[], Some(1), Some(1), None)),
        s(
            "RecordField",
            false,
            structure(&[m("name", "FieldHeader"), m("mandatory", "Boolean")], &[]),
        ),
        s(
            "RecordFields",
            false,
            list("FieldHeader", Some(0), Some(128)),
        ),
        s(
            "RecordsCount",
            false,
            K::Long {
                min: Some(0),
                max: None,
            },
        ),
        s(
            "RejectedEntityInfo",
            false,
            structure(
                &[m("errorType", "EntityRejectionErrorType")],
                &["errorType"],
            ),
        ),
        s(
            "RejectedLogEventsInfo",
            false,
            structure(
                &[
                    m("tooNewLogEventStartIndex", "LogEventIndex"),
                    m("tooOldLogEventEndIndex", "LogEventIndex"),
                    m("expiredLogEventEndIndex", "LogEventIndex"),
                ],
                &[],
            ),
        ),
        s(
            "RenameKeyEntries",
            false,
            list("RenameKeyEntry", Some(1), Some(5)),
        ),
        s(
            "RenameKeyEntry",
            false,
            structure(
                &[
                    m("key", "Key"),
                    m("renameTo", "RenameTo"),
                    m("overwriteIfExists", "OverwriteIfExists"),
                ],
                &["key", "renameTo"],
            ),
        ),
        s(
            "RenameKeys",
            false,
            structure(&[m("entries", "RenameKeyEntries")], &["entries"]),
        ),
        s("RenameTo", false, string(&[], Some(1), Some(128), None)),
        s("RequestId", false, string(&[], Some(0), Some(256), None)),
        s(
            "ResourceAlreadyExistsException",
            false,
            exception(&[], &[], "ResourceAlreadyExistsException", 400, false),
        ),
        s("ResourceArns", false, list("Arn", None, None)),
        s(
            "ResourceConfig",
            false,
            K::Structure {
                members: &[m("openSearchResourceConfig", "OpenSearchResourceConfig")],
                required: &[],
                exception: None,
                document: false,
                union: true,
                event_stream: false,
            },
        ),
        s(
            "ResourceIdentifier",
            false,
            string(&[], Some(1), Some(2048), Some("[\\w+=/:,.@\\-\\*]*")),
        ),
        s(
            "ResourceNotFoundException",
            false,
            exception(&[], &[], "ResourceNotFoundException", 400, false),
        ),
        s(
            "ResourcePolicies",
            false,
            list("ResourcePolicy", None, None),
        ),
        s(
            "ResourcePolicy",
            false,
            structure(
                &[
                    m("policyName", "PolicyName"),
                    m("policyDocument", "PolicyDocument"),
                    m("lastUpdatedTime", "Timestamp"),
                    m("policyScope", "PolicyScope"),
                    m("resourceArn", "Arn"),
                    m("revisionId", "ExpectedRevisionId"),
                ],
                &[],
            ),
        ),
        s(
            "ResourceType",
            false,
            string(&[], Some(1), Some(255), Some("[\\w-_]*")),
        ),
        s(
            "ResourceTypes",
            false,
            list("ResourceType", Some(1), Some(10)),
        ),
        s(
            "ResultField",
            false,
            structure(&[m("field", "Field"), m("value", "Value")], &[]),
        ),
        s("ResultRows", false, list("ResultField", None, None)),
        s(
            "RetentionValue",
            false,
            string(&[], Some(1), Some(12), None),
        ),
        s("RoleArn", false, string(&[], Some(1), None, None)),
        s(
            "S3Configuration",
            false,
            structure(
                &[
                    m("destinationIdentifier", "S3Uri"),
                    m("roleArn", "RoleArn"),
                    m("ownerAccountId", "AccountId"),
                    m("kmsKeyId", "KmsKeyId"),
                ],
                &["destinationIdentifier", "roleArn"],
            ),
        ),
        s(
            "S3DeliveryConfiguration",
            false,
            structure(
                &[
                    m("suffixPath", "DeliverySuffixPath"),
                    m("enableHiveCompatiblePath", "Boolean"),
                ],
                &[],
            ),
        ),
        s(
            "S3TableIntegrationSource",
            false,
            structure(
                &[
                    m("identifier", "S3TableIntegrationSourceIdentifier"),
                    m("dataSource", "DataSource"),
                    m("status", "S3TableIntegrationSourceStatus"),
                    m("statusReason", "S3TableIntegrationSourceStatusReason"),
                    m("createdTimeStamp", "Timestamp"),
                    m(
                        "parentSourceIdentifier",
                        "S3TableIntegrationSourceIdentifier",
                    ),
                ],
                &[],
            ),
        ),
        s(
            "S3TableIntegrationSourceIdentifier",
            false,
            string(&[], Some(1), Some(2048), None),
        ),
        s(
            "S3TableIntegrationSourceStatus",
            false,
            string(
                super::S3TableIntegrationSourceStatus::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "S3TableIntegrationSourceStatusReason",
            false,
            string(&[], Some(1), None, None),
        ),
        s(
            "S3TableIntegrationSources",
            false,
            list("S3TableIntegrationSource", None, None),
        ),
        s(
            "S3TablesDatasourceName",
            false,
            string(&[], Some(1), Some(256), None),
        ),
        s(
            "S3TablesDatasourceType",
            false,
            string(&[], Some(1), Some(256), None),
        ),
        s(
            "S3TablesIntegration",
            false,
            structure(
                &[
                    m("datasourceName", "S3TablesDatasourceName"),
                    m("datasourceType", "S3TablesDatasourceType"),
                ],
                &[],
            ),
        ),
        s(
            "S3Uri",
            false,
            string(
                &[],
                None,
                Some(1024),
                Some("s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?"),
            ),
        ),
        s(
            "ScheduleExpression",
            false,
            string(&[], None, Some(256), None),
        ),
        s("ScheduleTimezone", false, string(&[], Some(1), None, None)),
        s(
            "ScheduleType",
            false,
            string(super::ScheduleType::VALUES, None, None, None),
        ),
        s(
            "ScheduledQueryDescription",
            false,
            string(&[], None, Some(1024), None),
        ),
        s(
            "ScheduledQueryDestination",
            false,
            structure(
                &[
                    m("destinationType", "ScheduledQueryDestinationType"),
                    m("destinationIdentifier", "String"),
                    m("status", "ActionStatus"),
                    m("processedIdentifier", "String"),
                    m("errorMessage", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ScheduledQueryDestinationList",
            false,
            list("ScheduledQueryDestination", None, None),
        ),
        s(
            "ScheduledQueryDestinationType",
            false,
            string(
                super::ScheduledQueryDestinationType::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "ScheduledQueryIdentifier",
            false,
            string(&[], Some(1), Some(300), None),
        ),
        s(
            "ScheduledQueryLogGroupIdentifiers",
            false,
            list("LogGroupIdentifier", Some(1), Some(50)),
        ),
        s(
            "ScheduledQueryName",
            false,
            string(&[], Some(1), Some(300), None),
        ),
        s(
            "ScheduledQueryState",
            false,
            string(super::ScheduledQueryState::VALUES, None, None, None),
        ),
        s(
            "ScheduledQuerySummary",
            false,
            structure(
                &[
                    m("scheduledQueryArn", "Arn"),
                    m("name", "ScheduledQueryName"),
                    m("state", "ScheduledQueryState"),
                    m("scheduleType", "ScheduleType"),
                    m("lastTriggeredTime", "Timestamp"),
                    m("lastExecutionStatus", "ExecutionStatus"),
                    m("scheduleExpression", "ScheduleExpression"),
                    m("timezone", "ScheduleTimezone"),
                    m("destinationConfiguration", "DestinationConfiguration"),
                    m("creationTime", "Timestamp"),
                    m("lastUpdatedTime", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "ScheduledQuerySummaryList",
            false,
            list("ScheduledQuerySummary", None, None),
        ),
        s(
            "Scope",
            false,
            string(super::Scope::VALUES, None, None, None),
        ),
        s(
            "SearchedLogStream",
            false,
            structure(
                &[
                    m("logStreamName", "LogStreamName"),
                    m("searchedCompletely", "LogStreamSearchedCompletely"),
                ],
                &[],
            ),
        ),
        s(
            "SearchedLogStreams",
            false,
            list("SearchedLogStream", None, None),
        ),
        s("SelectionCriteria", false, string(&[], None, None, None)),
        s("SequenceToken", false, string(&[], Some(1), None, None)),
        s(
            "Service",
            false,
            string(&[], Some(1), Some(255), Some("[\\w_-]*")),
        ),
        s(
            "ServiceQuotaExceededException",
            false,
            exception(&[], &[], "ServiceQuotaExceededException", 400, false),
        ),
        s(
            "ServiceUnavailableException",
            false,
            exception(&[], &[], "ServiceUnavailableException", 500, true),
        ),
        s("SessionId", false, string(&[], Some(0), Some(256), None)),
        s(
            "SessionStreamingException",
            false,
            exception(
                &[m("message", "Message")],
                &[],
                "SessionStreamingException",
                400,
                false,
            ),
        ),
        s(
            "SessionTimeoutException",
            false,
            exception(
                &[m("message", "Message")],
                &[],
                "SessionTimeoutException",
                400,
                false,
            ),
        ),
        s("Source", false, string(&[], Some(1), Some(128), None)),
        s("SourceTimezone", false, string(&[], Some(1), None, None)),
        s(
            "SplitString",
            false,
            structure(&[m("entries", "SplitStringEntries")], &["entries"]),
        ),
        s(
            "SplitStringDelimiter",
            false,
            string(&[], Some(1), Some(128), None),
        ),
        s(
            "SplitStringEntries",
            false,
            list("SplitStringEntry", Some(1), Some(10)),
        ),
        s(
            "SplitStringEntry",
            false,
            structure(
                &[
                    m("source", "Source"),
                    m("delimiter", "SplitStringDelimiter"),
                ],
                &["source", "delimiter"],
            ),
        ),
        s(
            "StandardUnit",
            false,
            string(super::StandardUnit::VALUES, None, None, None),
        ),
        s("StartFromHead", false, K::Boolean),
        s(
            "StartLiveTailLogGroupIdentifiers",
            false,
            list("LogGroupIdentifier", Some(1), Some(10)),
        ),
        s(
            "StartLiveTailRequest",
            false,
            structure(
                &[
                    m("logGroupIdentifiers", "StartLiveTailLogGroupIdentifiers"),
                    m("logStreamNames", "InputLogStreamNames"),
                    m("logStreamNamePrefixes", "InputLogStreamNames"),
                    m("logEventFilterPattern", "FilterPattern"),
                ],
                &["logGroupIdentifiers"],
            ),
        ),
        s(
            "StartLiveTailResponse",
            false,
            structure(&[m("responseStream", "StartLiveTailResponseStream")], &[]),
        ),
        s(
            "StartLiveTailResponseStream",
            false,
            K::Structure {
                members: &[
                    m("sessionStart", "LiveTailSessionStart"),
                    m("sessionUpdate", "LiveTailSessionUpdate"),
                    m("SessionTimeoutException", "SessionTimeoutException"),
                    m("SessionStreamingException", "SessionStreamingException"),
                ],
                required: &[],
                exception: None,
                document: false,
                union: false,
                event_stream: true,
            },
        ),
        s(
            "StartQueryRequest",
            false,
            structure(
                &[
                    m("queryLanguage", "QueryLanguage"),
                    m("logGroupName", "LogGroupName"),
                    m("logGroupNames", "LogGroupNames"),
                    m("logGroupIdentifiers", "LogGroupIdentifiers"),
                    m("startTime", "Timestamp"),
                    m("endTime", "Timestamp"),
                    m("queryString", "QueryString"),
                    m("limit", "EventsLimitStartQuery"),
                ],
                &["startTime", "endTime", "queryString"],
            ),
        ),
        s(
            "StartQueryResponse",
            false,
            structure(&[m("queryId", "QueryId")], &[]),
        ),
        s(
            "StartTimeOffset",
            false,
            K::Long {
                min: None,
                max: None,
            },
        ),
        s(
            "State",
            false,
            string(super::State::VALUES, None, None, None),
        ),
        s(
            "StatsValue",
            false,
            K::Double {
                min: None,
                max: None,
            },
        ),
        s(
            "StopQueryRequest",
            false,
            structure(&[m("queryId", "QueryId")], &["queryId"]),
        ),
        s(
            "StopQueryResponse",
            false,
            structure(&[m("success", "Success")], &[]),
        ),
        s(
            "StorageTier",
            false,
            string(super::StorageTier::VALUES, None, None, None),
        ),
        s(
            "StoredBytes",
            false,
            K::Long {
                min: Some(0),
                max: None,
            },
        ),
        s("String", false, string(&[], None, None, None)),
        s(
            "SubscriptionFilter",
            false,
            structure(
                &[
                    m("filterName", "FilterName"),
                    m("logGroupName", "LogGroupName"),
                    m("filterPattern", "FilterPattern"),
                    m("destinationArn", "DestinationArn"),
                    m("roleArn", "RoleArn"),
                    m("distribution", "Distribution"),
                    m("applyOnTransformedLogs", "ApplyOnTransformedLogs"),
                    m("creationTime", "Timestamp"),
                    m("fieldSelectionCriteria", "FieldSelectionCriteria"),
                    m("emitSystemFields", "EmitSystemFields"),
                ],
                &[],
            ),
        ),
        s(
            "SubscriptionFilters",
            false,
            list("SubscriptionFilter", None, None),
        ),
        s(
            "SubstituteString",
            false,
            structure(&[m("entries", "SubstituteStringEntries")], &["entries"]),
        ),
        s(
            "SubstituteStringEntries",
            false,
            list("SubstituteStringEntry", Some(1), Some(10)),
        ),
        s(
            "SubstituteStringEntry",
            false,
            structure(
                &[
                    m("source", "Source"),
                    m("from", "FromKey"),
                    m("to", "ToKey"),
                ],
                &["source", "from", "to"],
            ),
        ),
        s("Success", false, K::Boolean),
        s(
            "SuppressionPeriod",
            false,
            structure(
                &[
                    m("value", "Integer"),
                    m("suppressionUnit", "SuppressionUnit"),
                ],
                &[],
            ),
        ),
        s(
            "SuppressionState",
            false,
            string(super::SuppressionState::VALUES, None, None, None),
        ),
        s(
            "SuppressionType",
            false,
            string(super::SuppressionType::VALUES, None, None, None),
        ),
        s(
            "SuppressionUnit",
            false,
            string(super::SuppressionUnit::VALUES, None, None, None),
        ),
        s(
            "SyslogConfiguration",
            false,
            structure(
                &[
                    m("logGroupArn", "LogGroupArn"),
                    m("sourceType", "SyslogSourceType"),
                    m("vpcEndpointId", "VpcEndpointId"),
                    m("createdAt", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "SyslogConfigurations",
            false,
            list("SyslogConfiguration", None, None),
        ),
        s(
            "SyslogSourceType",
            false,
            string(super::SyslogSourceType::VALUES, None, None, None),
        ),
        s("SystemField", false, string(&[], None, None, None)),
        s(
            "TableBody",
            false,
            string(&[], Some(1), Some(10485760), None),
        ),
        s("TableFields", false, list("String", None, None)),
        s(
            "TagFilter",
            false,
            structure(
                &[m("key", "TagFilterKey"), m("values", "TagFilterValues")],
                &["key"],
            ),
        ),
        s(
            "TagFilterKey",
            false,
            string(
                &[],
                Some(1),
                Some(128),
                Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$"),
            ),
        ),
        s(
            "TagFilterValue",
            false,
            string(
                &[],
                Some(0),
                Some(259),
                Some("^!?\\*?([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)\\*?$"),
            ),
        ),
        s(
            "TagFilterValues",
            false,
            list("TagFilterValue", Some(0), Some(5)),
        ),
        s("TagFilters", false, list("TagFilter", Some(1), Some(5))),
        s(
            "TagKey",
            false,
            string(
                &[],
                Some(1),
                Some(128),
                Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$"),
            ),
        ),
        s("TagKeyList", false, list("TagKey", Some(0), Some(50))),
        s("TagList", false, list("TagKey", Some(1), None)),
        s(
            "TagLogGroupRequest",
            false,
            structure(
                &[m("logGroupName", "LogGroupName"), m("tags", "Tags")],
                &["logGroupName", "tags"],
            ),
        ),
        s(
            "TagResourceRequest",
            false,
            structure(
                &[m("resourceArn", "AmazonResourceName"), m("tags", "Tags")],
                &["resourceArn", "tags"],
            ),
        ),
        s(
            "TagValue",
            false,
            string(
                &[],
                None,
                Some(256),
                Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
            ),
        ),
        s("Tags", false, map("TagKey", "TagValue", Some(1), Some(50))),
        s("Target", false, string(&[], Some(1), Some(128), None)),
        s("TargetArn", false, string(&[], Some(1), None, None)),
        s("TargetFormat", false, string(&[], Some(1), Some(64), None)),
        s("TargetTimezone", false, string(&[], Some(1), None, None)),
        s(
            "TestEventMessages",
            false,
            list("EventMessage", Some(1), Some(50)),
        ),
        s(
            "TestMetricFilterRequest",
            false,
            structure(
                &[
                    m("filterPattern", "FilterPattern"),
                    m("logEventMessages", "TestEventMessages"),
                ],
                &["filterPattern", "logEventMessages"],
            ),
        ),
        s(
            "TestMetricFilterResponse",
            false,
            structure(&[m("matches", "MetricFilterMatches")], &[]),
        ),
        s(
            "TestTransformerRequest",
            false,
            structure(
                &[
                    m("transformerConfig", "Processors"),
                    m("logEventMessages", "TestEventMessages"),
                ],
                &["transformerConfig", "logEventMessages"],
            ),
        ),
        s(
            "TestTransformerResponse",
            false,
            structure(&[m("transformedLogs", "TransformedLogs")], &[]),
        ),
        s(
            "ThrottlingException",
            false,
            exception(&[], &[], "ThrottlingException", 400, false),
        ),
        s("Time", false, string(&[], Some(1), None, None)),
        s(
            "Timestamp",
            false,
            K::Long {
                min: Some(0),
                max: None,
            },
        ),
        s("ToKey", false, string(&[], Some(1), Some(128), None)),
        s("Token", false, string(&[], None, None, None)),
        s("TokenString", false, string(&[], Some(1), None, None)),
        s(
            "TokenValue",
            false,
            K::Long {
                min: None,
                max: None,
            },
        ),
        s(
            "TooManyTagsException",
            false,
            exception(
                &[
                    m("message", "Message"),
                    m("resourceName", "AmazonResourceName"),
                ],
                &[],
                "TooManyTagsException",
                400,
                false,
            ),
        ),
        s(
            "TransformedEventMessage",
            false,
            string(&[], Some(1), None, None),
        ),
        s(
            "TransformedLogRecord",
            false,
            structure(
                &[
                    m("eventNumber", "EventNumber"),
                    m("eventMessage", "EventMessage"),
                    m("transformedEventMessage", "TransformedEventMessage"),
                ],
                &[],
            ),
        ),
        s(
            "TransformedLogs",
            false,
            list("TransformedLogRecord", None, None),
        ),
        s(
            "TriggerHistoryRecord",
            false,
            structure(
                &[
                    m("queryId", "QueryId"),
                    m("executionStatus", "ExecutionStatus"),
                    m("triggeredTimestamp", "Timestamp"),
                    m("errorMessage", "String"),
                    m("destinations", "ScheduledQueryDestinationList"),
                ],
                &[],
            ),
        ),
        s(
            "TriggerHistoryRecordList",
            false,
            list("TriggerHistoryRecord", None, None),
        ),
        s(
            "TrimString",
            false,
            structure(&[m("withKeys", "TrimStringWithKeys")], &["withKeys"]),
        ),
        s(
            "TrimStringWithKeys",
            false,
            list("WithKey", Some(1), Some(10)),
        ),
        s("Type", false, string(super::Type::VALUES, None, None, None)),
        s(
            "TypeConverter",
            false,
            structure(&[m("entries", "TypeConverterEntries")], &["entries"]),
        ),
        s(
            "TypeConverterEntries",
            false,
            list("TypeConverterEntry", Some(1), Some(5)),
        ),
        s(
            "TypeConverterEntry",
            false,
            structure(&[m("key", "Key"), m("type", "Type")], &["key", "type"]),
        ),
        s("Unmask", false, K::Boolean),
        s(
            "UnrecognizedClientException",
            false,
            exception(&[], &[], "UnrecognizedClientException", 400, false),
        ),
        s(
            "UntagLogGroupRequest",
            false,
            structure(
                &[m("logGroupName", "LogGroupName"), m("tags", "TagList")],
                &["logGroupName", "tags"],
            ),
        ),
        s(
            "UntagResourceRequest",
            false,
            structure(
                &[
                    m("resourceArn", "AmazonResourceName"),
                    m("tagKeys", "TagKeyList"),
                ],
                &["resourceArn", "tagKeys"],
            ),
        ),
        s(
            "UpdateAnomalyRequest",
            false,
            structure(
                &[
                    m("anomalyId", "AnomalyId"),
                    m("patternId", "PatternId"),
                    m("anomalyDetectorArn", "AnomalyDetectorArn"),
                    m("suppressionType", "SuppressionType"),
                    m("suppressionPeriod", "SuppressionPeriod"),
                    m("baseline", "Baseline"),
                ],
                &["anomalyDetectorArn"],
            ),
        ),
        s(
            "UpdateDeliveryConfigurationRequest",
            false,
            structure(
                &[
                    m("id", "DeliveryId"),
                    m("recordFields", "RecordFields"),
                    m("fieldDelimiter", "FieldDelimiter"),
                    m("s3DeliveryConfiguration", "S3DeliveryConfiguration"),
                ],
                &["id"],
            ),
        ),
        s(
            "UpdateDeliveryConfigurationResponse",
            false,
            structure(&[], &[]),
        ),
        s(
            "UpdateLogAnomalyDetectorRequest",
            false,
            structure(
                &[
                    m("anomalyDetectorArn", "AnomalyDetectorArn"),
                    m("evaluationFrequency", "EvaluationFrequency"),
                    m("filterPattern", "FilterPattern"),
                    m("anomalyVisibilityTime", "AnomalyVisibilityTime"),
                    m("enabled", "Boolean"),
                ],
                &["anomalyDetectorArn", "enabled"],
            ),
        ),
        s(
            "UpdateLookupTableRequest",
            false,
            structure(
                &[
                    m("lookupTableArn", "Arn"),
                    m("description", "LookupTableDescription"),
                    m("tableBody", "TableBody"),
                    m("queryId", "QueryId"),
                    m("kmsKeyId", "KmsKeyId"),
                ],
                &["lookupTableArn"],
            ),
        ),
        s(
            "UpdateLookupTableResponse",
            false,
            structure(
                &[
                    m("lookupTableArn", "Arn"),
                    m("lastUpdatedTime", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "UpdateScheduledQueryRequest",
            false,
            structure(
                &[
                    m("identifier", "ScheduledQueryIdentifier"),
                    m("description", "ScheduledQueryDescription"),
                    m("queryLanguage", "QueryLanguage"),
                    m("queryString", "QueryString"),
                    m("logGroupIdentifiers", "ScheduledQueryLogGroupIdentifiers"),
                    m("scheduleExpression", "ScheduleExpression"),
                    m("timezone", "ScheduleTimezone"),
                    m("startTimeOffset", "StartTimeOffset"),
                    m("endTimeOffset", "EndTimeOffset"),
                    m("destinationConfiguration", "DestinationConfiguration"),
                    m("scheduleStartTime", "Timestamp"),
                    m("scheduleEndTime", "Timestamp"),
                    m("executionRoleArn", "RoleArn"),
                    m("state", "ScheduledQueryState"),
                ],
                &[
                    "identifier",
                    "queryLanguage",
                    "queryString",
                    "scheduleExpression",
                    "executionRoleArn",
                ],
            ),
        ),
        s(
            "UpdateScheduledQueryResponse",
            false,
            structure(
                &[
                    m("scheduledQueryArn", "Arn"),
                    m("name", "ScheduledQueryName"),
                    m("description", "ScheduledQueryDescription"),
                    m("queryLanguage", "QueryLanguage"),
                    m("queryString", "QueryString"),
                    m("logGroupIdentifiers", "ScheduledQueryLogGroupIdentifiers"),
                    m("scheduleExpression", "ScheduleExpression"),
                    m("timezone", "ScheduleTimezone"),
                    m("startTimeOffset", "StartTimeOffset"),
                    m("endTimeOffset", "EndTimeOffset"),
                    m("destinationConfiguration", "DestinationConfiguration"),
                    m("state", "ScheduledQueryState"),
                    m("scheduleType", "ScheduleType"),
                    m("lastTriggeredTime", "Timestamp"),
                    m("lastExecutionStatus", "ExecutionStatus"),
                    m("scheduleStartTime", "Timestamp"),
                    m("scheduleEndTime", "Timestamp"),
                    m("executionRoleArn", "RoleArn"),
                    m("creationTime", "Timestamp"),
                    m("lastUpdatedTime", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "UpperCaseString",
            false,
            structure(&[m("withKeys", "UpperCaseStringWithKeys")], &["withKeys"]),
        ),
        s(
            "UpperCaseStringWithKeys",
            false,
            list("WithKey", Some(1), Some(10)),
        ),
        s(
            "UserIdentity",
            false,
            string(&[], Some(1), Some(2048), None),
        ),
        s(
            "ValidationException",
            false,
            exception(&[], &[], "ValidationException", 400, false),
        ),
        s("Value", false, string(&[], None, None, None)),
        s("ValueKey", false, string(&[], Some(1), Some(128), None)),
        s(
            "VpcEndpointId",
            false,
            string(&[], None, None, Some("^vpce-[0-9a-f]{1,64}$")),
        ),
        s("WithKey", false, string(&[], Some(1), None, None)),
    ];
}
