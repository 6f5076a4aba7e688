// @generated from the botocore 1.44.5 model cloudtrail/2013-11-01/service-2.json by `cargo run -p xtask -- codegen`.
// Do not edit: change xtask and regenerate.

//! AWS CloudTrail wire types and model table (API version 2013-11-01).
//!
//! One Rust type per structure and enum shape of the model, named as the shape; [`MODEL`] is the whole model as static data.

use std::collections::BTreeMap;

/// The `AccessDeniedException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessDeniedException {}

/// The `AccountHasOngoingImportException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountHasOngoingImportException {}

/// The `AccountNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountNotFoundException {}

/// The `AccountNotRegisteredException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountNotRegisteredException {}

/// The `AccountRegisteredException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountRegisteredException {}

/// The `AddTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddTagsRequest {
    #[serde(rename = "ResourceId")]
    pub resource_id: String,
    #[serde(rename = "TagsList")]
    pub tags_list: Vec<Tag>,
}

/// The `AddTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddTagsResponse {}

/// The `AdvancedEventSelector` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AdvancedEventSelector {
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "FieldSelectors")]
    pub field_selectors: Vec<AdvancedFieldSelector>,
}

/// The `AdvancedFieldSelector` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AdvancedFieldSelector {
    #[serde(rename = "Field")]
    pub field: String,
    #[serde(rename = "Equals")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<Vec<String>>,
    #[serde(rename = "StartsWith")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_with: Option<Vec<String>>,
    #[serde(rename = "EndsWith")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_with: Option<Vec<String>>,
    #[serde(rename = "NotEquals")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_equals: Option<Vec<String>>,
    #[serde(rename = "NotStartsWith")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_starts_with: Option<Vec<String>>,
    #[serde(rename = "NotEndsWith")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_ends_with: Option<Vec<String>>,
}

/// The `AggregationConfiguration` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AggregationConfiguration {
    #[serde(rename = "Templates")]
    pub templates: Vec<Template>,
    #[serde(rename = "EventCategory")]
    pub event_category: EventCategoryAggregation,
}

/// The `BillingMode` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum BillingMode {
    #[serde(rename = "EXTENDABLE_RETENTION_PRICING")]
    ExtendableRetentionPricing,
    #[serde(rename = "FIXED_RETENTION_PRICING")]
    FixedRetentionPricing,
}

impl BillingMode {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["EXTENDABLE_RETENTION_PRICING", "FIXED_RETENTION_PRICING"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::ExtendableRetentionPricing,
        Self::FixedRetentionPricing,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(BillingMode);

/// The `CancelQueryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CancelQueryRequest {
    #[serde(rename = "EventDataStore")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store: Option<String>,
    #[serde(rename = "QueryId")]
    pub query_id: String,
    #[serde(rename = "EventDataStoreOwnerAccountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_owner_account_id: Option<String>,
}

/// The `CancelQueryResponse` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CancelQueryResponse {
    #[serde(rename = "QueryId")]
    pub query_id: String,
    #[serde(rename = "QueryStatus")]
    pub query_status: QueryStatus,
    #[serde(rename = "EventDataStoreOwnerAccountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_owner_account_id: Option<String>,
}

/// The `CannotDelegateManagementAccountException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CannotDelegateManagementAccountException {}

/// The `Channel` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Channel {
    #[serde(rename = "ChannelArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_arn: Option<String>,
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The `ChannelARNInvalidException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChannelARNInvalidException {}

/// The `ChannelAlreadyExistsException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChannelAlreadyExistsException {}

/// The `ChannelExistsForEDSException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChannelExistsForEDSException {}

/// The `ChannelMaxLimitExceededException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChannelMaxLimitExceededException {}

/// The `ChannelNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChannelNotFoundException {}

/// The `CloudTrailARNInvalidException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CloudTrailARNInvalidException {}

/// The `CloudTrailAccessNotEnabledException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CloudTrailAccessNotEnabledException {}

/// The `CloudTrailInvalidClientTokenIdException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CloudTrailInvalidClientTokenIdException {}

/// The `CloudWatchLogsDeliveryUnavailableException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CloudWatchLogsDeliveryUnavailableException {}

/// The `ConcurrentModificationException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConcurrentModificationException {}

/// The `ConflictException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConflictException {}

/// The `ContextKeySelector` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContextKeySelector {
    #[serde(rename = "Type")]
    pub r#type: Type,
    #[serde(rename = "Equals")]
    pub equals: Vec<String>,
}

/// The `CreateChannelRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateChannelRequest {
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "Source")]
    pub source: String,
    #[serde(rename = "Destinations")]
    pub destinations: Vec<Destination>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `CreateChannelResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateChannelResponse {
    #[serde(rename = "ChannelArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_arn: Option<String>,
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "Source")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(rename = "Destinations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destinations: Option<Vec<Destination>>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `CreateDashboardRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateDashboardRequest {
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "RefreshSchedule")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_schedule: Option<RefreshSchedule>,
    #[serde(rename = "TagsList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags_list: Option<Vec<Tag>>,
    #[serde(rename = "TerminationProtectionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_protection_enabled: Option<bool>,
    #[serde(rename = "Widgets")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub widgets: Option<Vec<RequestWidget>>,
}

/// The `CreateDashboardResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateDashboardResponse {
    #[serde(rename = "DashboardArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dashboard_arn: Option<String>,
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "Type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<DashboardType>,
    #[serde(rename = "Widgets")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub widgets: Option<Vec<Widget>>,
    #[serde(rename = "TagsList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags_list: Option<Vec<Tag>>,
    #[serde(rename = "RefreshSchedule")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_schedule: Option<RefreshSchedule>,
    #[serde(rename = "TerminationProtectionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_protection_enabled: Option<bool>,
}

/// The `CreateEventDataStoreRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateEventDataStoreRequest {
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "AdvancedEventSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced_event_selectors: Option<Vec<AdvancedEventSelector>>,
    #[serde(rename = "MultiRegionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multi_region_enabled: Option<bool>,
    #[serde(rename = "OrganizationEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_enabled: Option<bool>,
    #[serde(rename = "RetentionPeriod")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_period: Option<i32>,
    #[serde(rename = "TerminationProtectionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_protection_enabled: Option<bool>,
    #[serde(rename = "TagsList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags_list: Option<Vec<Tag>>,
    #[serde(rename = "KmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "StartIngestion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_ingestion: Option<bool>,
    #[serde(rename = "BillingMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_mode: Option<BillingMode>,
}

/// The `CreateEventDataStoreResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateEventDataStoreResponse {
    #[serde(rename = "EventDataStoreArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_arn: Option<String>,
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "Status")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<EventDataStoreStatus>,
    #[serde(rename = "AdvancedEventSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced_event_selectors: Option<Vec<AdvancedEventSelector>>,
    #[serde(rename = "MultiRegionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multi_region_enabled: Option<bool>,
    #[serde(rename = "OrganizationEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_enabled: Option<bool>,
    #[serde(rename = "RetentionPeriod")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_period: Option<i32>,
    #[serde(rename = "TerminationProtectionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_protection_enabled: Option<bool>,
    #[serde(rename = "TagsList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags_list: Option<Vec<Tag>>,
    #[serde(rename = "CreatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "UpdatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "KmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "BillingMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_mode: Option<BillingMode>,
}

/// The `CreateTrailRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateTrailRequest {
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "S3BucketName")]
    pub s3_bucket_name: String,
    #[serde(rename = "S3KeyPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_key_prefix: Option<String>,
    #[serde(rename = "SnsTopicName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sns_topic_name: Option<String>,
    #[serde(rename = "IncludeGlobalServiceEvents")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_global_service_events: Option<bool>,
    #[serde(rename = "IsMultiRegionTrail")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_multi_region_trail: Option<bool>,
    #[serde(rename = "EnableLogFileValidation")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_log_file_validation: Option<bool>,
    #[serde(rename = "CloudWatchLogsLogGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_watch_logs_log_group_arn: Option<String>,
    #[serde(rename = "CloudWatchLogsRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_watch_logs_role_arn: Option<String>,
    #[serde(rename = "KmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "IsOrganizationTrail")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_organization_trail: Option<bool>,
    #[serde(rename = "TagsList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags_list: Option<Vec<Tag>>,
    #[serde(rename = "RecursiveLogging")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recursive_logging: Option<bool>,
}

/// The `CreateTrailResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateTrailResponse {
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "S3BucketName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_bucket_name: Option<String>,
    #[serde(rename = "S3KeyPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_key_prefix: Option<String>,
    #[serde(rename = "SnsTopicName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sns_topic_name: Option<String>,
    #[serde(rename = "SnsTopicARN")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sns_topic_arn: Option<String>,
    #[serde(rename = "IncludeGlobalServiceEvents")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_global_service_events: Option<bool>,
    #[serde(rename = "IsMultiRegionTrail")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_multi_region_trail: Option<bool>,
    #[serde(rename = "TrailARN")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_arn: Option<String>,
    #[serde(rename = "LogFileValidationEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_file_validation_enabled: Option<bool>,
    #[serde(rename = "CloudWatchLogsLogGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_watch_logs_log_group_arn: Option<String>,
    #[serde(rename = "CloudWatchLogsRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_watch_logs_role_arn: Option<String>,
    #[serde(rename = "KmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "IsOrganizationTrail")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_organization_trail: Option<bool>,
    #[serde(rename = "RecursiveLogging")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recursive_logging: Option<bool>,
}

/// The `DashboardDetail` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DashboardDetail {
    #[serde(rename = "DashboardArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dashboard_arn: Option<String>,
    #[serde(rename = "Type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<DashboardType>,
}

/// The `DashboardStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DashboardStatus {
    #[serde(rename = "CREATING")]
    Creating,
    #[serde(rename = "CREATED")]
    Created,
    #[serde(rename = "UPDATING")]
    Updating,
    #[serde(rename = "UPDATED")]
    Updated,
    #[serde(rename = "DELETING")]
    Deleting,
}

impl DashboardStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["CREATING", "CREATED", "UPDATING", "UPDATED", "DELETING"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Creating,
        Self::Created,
        Self::Updating,
        Self::Updated,
        Self::Deleting,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DashboardStatus);

/// The `DashboardType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DashboardType {
    #[serde(rename = "MANAGED")]
    Managed,
    #[serde(rename = "CUSTOM")]
    Custom,
}

impl DashboardType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["MANAGED", "CUSTOM"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Managed, Self::Custom];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DashboardType);

/// The `DataResource` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DataResource {
    #[serde(rename = "Type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(rename = "Values")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
}

/// The `DelegatedAdminAccountLimitExceededException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DelegatedAdminAccountLimitExceededException {}

/// The `DeleteChannelRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteChannelRequest {
    #[serde(rename = "Channel")]
    pub channel: String,
}

/// The `DeleteChannelResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteChannelResponse {}

/// The `DeleteDashboardRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDashboardRequest {
    #[serde(rename = "DashboardId")]
    pub dashboard_id: String,
}

/// The `DeleteDashboardResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDashboardResponse {}

/// The `DeleteEventDataStoreRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteEventDataStoreRequest {
    #[serde(rename = "EventDataStore")]
    pub event_data_store: String,
}

/// The `DeleteEventDataStoreResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteEventDataStoreResponse {}

/// The `DeleteResourcePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteResourcePolicyRequest {
    #[serde(rename = "ResourceArn")]
    pub resource_arn: String,
}

/// The `DeleteResourcePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteResourcePolicyResponse {}

/// The `DeleteTrailRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteTrailRequest {
    #[serde(rename = "Name")]
    pub name: String,
}

/// The `DeleteTrailResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteTrailResponse {}

/// The `DeliveryStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DeliveryStatus {
    #[serde(rename = "SUCCESS")]
    Success,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "FAILED_SIGNING_FILE")]
    FailedSigningFile,
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "RESOURCE_NOT_FOUND")]
    ResourceNotFound,
    #[serde(rename = "ACCESS_DENIED")]
    AccessDenied,
    #[serde(rename = "ACCESS_DENIED_SIGNING_FILE")]
    AccessDeniedSigningFile,
    #[serde(rename = "CANCELLED")]
    Cancelled,
    #[serde(rename = "UNKNOWN")]
    Unknown,
}

impl DeliveryStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "SUCCESS",
        "FAILED",
        "FAILED_SIGNING_FILE",
        "PENDING",
        "RESOURCE_NOT_FOUND",
        "ACCESS_DENIED",
        "ACCESS_DENIED_SIGNING_FILE",
        "CANCELLED",
        "UNKNOWN",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Success,
        Self::Failed,
        Self::FailedSigningFile,
        Self::Pending,
        Self::ResourceNotFound,
        Self::AccessDenied,
        Self::AccessDeniedSigningFile,
        Self::Cancelled,
        Self::Unknown,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DeliveryStatus);

/// The `DeregisterOrganizationDelegatedAdminRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterOrganizationDelegatedAdminRequest {
    #[serde(rename = "DelegatedAdminAccountId")]
    pub delegated_admin_account_id: String,
}

/// The `DeregisterOrganizationDelegatedAdminResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterOrganizationDelegatedAdminResponse {}

/// The `DescribeQueryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeQueryRequest {
    #[serde(rename = "EventDataStore")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store: Option<String>,
    #[serde(rename = "QueryId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_id: Option<String>,
    #[serde(rename = "QueryAlias")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_alias: Option<String>,
    #[serde(rename = "RefreshId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_id: Option<String>,
    #[serde(rename = "EventDataStoreOwnerAccountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_owner_account_id: Option<String>,
}

/// The `DescribeQueryResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeQueryResponse {
    #[serde(rename = "QueryId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_id: Option<String>,
    #[serde(rename = "QueryString")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_string: Option<String>,
    #[serde(rename = "QueryStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_status: Option<QueryStatus>,
    #[serde(rename = "QueryStatistics")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_statistics: Option<QueryStatisticsForDescribeQuery>,
    #[serde(rename = "ErrorMessage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    #[serde(rename = "DeliveryS3Uri")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_s3_uri: Option<String>,
    #[serde(rename = "DeliveryStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_status: Option<DeliveryStatus>,
    #[serde(rename = "Prompt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    #[serde(rename = "EventDataStoreOwnerAccountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_owner_account_id: Option<String>,
}

/// The `DescribeTrailsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTrailsRequest {
    #[serde(rename = "trailNameList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_name_list: Option<Vec<String>>,
    #[serde(rename = "includeShadowTrails")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_shadow_trails: Option<bool>,
}

/// The `DescribeTrailsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTrailsResponse {
    #[serde(rename = "trailList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_list: Option<Vec<Trail>>,
}

/// The `Destination` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Destination {
    #[serde(rename = "Type")]
    pub r#type: DestinationType,
    #[serde(rename = "Location")]
    pub location: String,
}

/// The `DestinationType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DestinationType {
    #[serde(rename = "EVENT_DATA_STORE")]
    EventDataStore,
    #[serde(rename = "AWS_SERVICE")]
    AwsService,
}

impl DestinationType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["EVENT_DATA_STORE", "AWS_SERVICE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::EventDataStore, Self::AwsService];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DestinationType);

/// The `DisableFederationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisableFederationRequest {
    #[serde(rename = "EventDataStore")]
    pub event_data_store: String,
}

/// The `DisableFederationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisableFederationResponse {
    #[serde(rename = "EventDataStoreArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_arn: Option<String>,
    #[serde(rename = "FederationStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub federation_status: Option<FederationStatus>,
}

/// The `EnableFederationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EnableFederationRequest {
    #[serde(rename = "EventDataStore")]
    pub event_data_store: String,
    #[serde(rename = "FederationRoleArn")]
    pub federation_role_arn: String,
}

/// The `EnableFederationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EnableFederationResponse {
    #[serde(rename = "EventDataStoreArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_arn: Option<String>,
    #[serde(rename = "FederationStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub federation_status: Option<FederationStatus>,
    #[serde(rename = "FederationRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub federation_role_arn: Option<String>,
}

/// The `Event` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Event {
    #[serde(rename = "EventId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    #[serde(rename = "EventName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_name: Option<String>,
    #[serde(rename = "ReadOnly")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<String>,
    #[serde(rename = "AccessKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    #[serde(rename = "EventTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<crate::Timestamp>,
    #[serde(rename = "EventSource")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_source: Option<String>,
    #[serde(rename = "Username")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(rename = "Resources")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Vec<Resource>>,
    #[serde(rename = "CloudTrailEvent")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_trail_event: Option<String>,
}

/// The `EventCategory` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum EventCategory {
    #[serde(rename = "insight")]
    Insight,
}

impl EventCategory {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["insight"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Insight];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(EventCategory);

/// The `EventCategoryAggregation` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum EventCategoryAggregation {
    Data,
}

impl EventCategoryAggregation {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["Data"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Data];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(EventCategoryAggregation);

/// The `EventDataStore` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventDataStore {
    #[serde(rename = "EventDataStoreArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_arn: Option<String>,
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "TerminationProtectionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_protection_enabled: Option<bool>,
    #[serde(rename = "Status")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<EventDataStoreStatus>,
    #[serde(rename = "AdvancedEventSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced_event_selectors: Option<Vec<AdvancedEventSelector>>,
    #[serde(rename = "MultiRegionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multi_region_enabled: Option<bool>,
    #[serde(rename = "OrganizationEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_enabled: Option<bool>,
    #[serde(rename = "RetentionPeriod")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_period: Option<i32>,
    #[serde(rename = "CreatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "UpdatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_timestamp: Option<crate::Timestamp>,
}

/// The `EventDataStoreARNInvalidException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventDataStoreARNInvalidException {}

/// The `EventDataStoreAlreadyExistsException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventDataStoreAlreadyExistsException {}

/// The `EventDataStoreFederationEnabledException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventDataStoreFederationEnabledException {}

/// The `EventDataStoreHasOngoingImportException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventDataStoreHasOngoingImportException {}

/// The `EventDataStoreMaxLimitExceededException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventDataStoreMaxLimitExceededException {}

/// The `EventDataStoreNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventDataStoreNotFoundException {}

/// The `EventDataStoreStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum EventDataStoreStatus {
    #[serde(rename = "CREATED")]
    Created,
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "PENDING_DELETION")]
    PendingDeletion,
    #[serde(rename = "STARTING_INGESTION")]
    StartingIngestion,
    #[serde(rename = "STOPPING_INGESTION")]
    StoppingIngestion,
    #[serde(rename = "STOPPED_INGESTION")]
    StoppedIngestion,
}

impl EventDataStoreStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "CREATED",
        "ENABLED",
        "PENDING_DELETION",
        "STARTING_INGESTION",
        "STOPPING_INGESTION",
        "STOPPED_INGESTION",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Created,
        Self::Enabled,
        Self::PendingDeletion,
        Self::StartingIngestion,
        Self::StoppingIngestion,
        Self::StoppedIngestion,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(EventDataStoreStatus);

/// The `EventDataStoreTerminationProtectedException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventDataStoreTerminationProtectedException {}

/// The `EventSelector` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventSelector {
    #[serde(rename = "ReadWriteType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_write_type: Option<ReadWriteType>,
    #[serde(rename = "IncludeManagementEvents")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_management_events: Option<bool>,
    #[serde(rename = "DataResources")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_resources: Option<Vec<DataResource>>,
    #[serde(rename = "ExcludeManagementEventSources")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_management_event_sources: Option<Vec<String>>,
}

/// The `FederationStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum FederationStatus {
    #[serde(rename = "ENABLING")]
    Enabling,
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLING")]
    Disabling,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl FederationStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ENABLING", "ENABLED", "DISABLING", "DISABLED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Enabling,
        Self::Enabled,
        Self::Disabling,
        Self::Disabled,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(FederationStatus);

/// The `GenerateQueryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GenerateQueryRequest {
    #[serde(rename = "EventDataStores")]
    pub event_data_stores: Vec<String>,
    #[serde(rename = "Prompt")]
    pub prompt: String,
}

/// The `GenerateQueryResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GenerateQueryResponse {
    #[serde(rename = "QueryStatement")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_statement: Option<String>,
    #[serde(rename = "QueryAlias")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_alias: Option<String>,
    #[serde(rename = "EventDataStoreOwnerAccountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_owner_account_id: Option<String>,
}

/// The `GenerateResponseException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GenerateResponseException {}

/// The `GetChannelRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetChannelRequest {
    #[serde(rename = "Channel")]
    pub channel: String,
}

/// The `GetChannelResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetChannelResponse {
    #[serde(rename = "ChannelArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_arn: Option<String>,
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "Source")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(rename = "SourceConfig")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_config: Option<SourceConfig>,
    #[serde(rename = "Destinations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destinations: Option<Vec<Destination>>,
    #[serde(rename = "IngestionStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingestion_status: Option<IngestionStatus>,
}

/// The `GetDashboardRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDashboardRequest {
    #[serde(rename = "DashboardId")]
    pub dashboard_id: String,
}

/// The `GetDashboardResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDashboardResponse {
    #[serde(rename = "DashboardArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dashboard_arn: Option<String>,
    #[serde(rename = "Type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<DashboardType>,
    #[serde(rename = "Status")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DashboardStatus>,
    #[serde(rename = "Widgets")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub widgets: Option<Vec<Widget>>,
    #[serde(rename = "RefreshSchedule")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_schedule: Option<RefreshSchedule>,
    #[serde(rename = "CreatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "UpdatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "LastRefreshId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_refresh_id: Option<String>,
    #[serde(rename = "LastRefreshFailureReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_refresh_failure_reason: Option<String>,
    #[serde(rename = "TerminationProtectionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_protection_enabled: Option<bool>,
}

/// The `GetEventConfigurationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetEventConfigurationRequest {
    #[serde(rename = "TrailName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_name: Option<String>,
    #[serde(rename = "EventDataStore")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store: Option<String>,
}

/// The `GetEventConfigurationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetEventConfigurationResponse {
    #[serde(rename = "TrailARN")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_arn: Option<String>,
    #[serde(rename = "EventDataStoreArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_arn: Option<String>,
    #[serde(rename = "MaxEventSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_event_size: Option<MaxEventSize>,
    #[serde(rename = "ContextKeySelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_key_selectors: Option<Vec<ContextKeySelector>>,
    #[serde(rename = "AggregationConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregation_configurations: Option<Vec<AggregationConfiguration>>,
}

/// The `GetEventDataStoreRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetEventDataStoreRequest {
    #[serde(rename = "EventDataStore")]
    pub event_data_store: String,
}

/// The `GetEventDataStoreResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetEventDataStoreResponse {
    #[serde(rename = "EventDataStoreArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_arn: Option<String>,
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "Status")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<EventDataStoreStatus>,
    #[serde(rename = "AdvancedEventSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced_event_selectors: Option<Vec<AdvancedEventSelector>>,
    #[serde(rename = "MultiRegionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multi_region_enabled: Option<bool>,
    #[serde(rename = "OrganizationEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_enabled: Option<bool>,
    #[serde(rename = "RetentionPeriod")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_period: Option<i32>,
    #[serde(rename = "TerminationProtectionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_protection_enabled: Option<bool>,
    #[serde(rename = "CreatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "UpdatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "KmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "BillingMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_mode: Option<BillingMode>,
    #[serde(rename = "FederationStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub federation_status: Option<FederationStatus>,
    #[serde(rename = "FederationRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub federation_role_arn: Option<String>,
    #[serde(rename = "PartitionKeys")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partition_keys: Option<Vec<PartitionKey>>,
}

/// The `GetEventSelectorsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetEventSelectorsRequest {
    #[serde(rename = "TrailName")]
    pub trail_name: String,
}

/// The `GetEventSelectorsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetEventSelectorsResponse {
    #[serde(rename = "TrailARN")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_arn: Option<String>,
    #[serde(rename = "EventSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_selectors: Option<Vec<EventSelector>>,
    #[serde(rename = "AdvancedEventSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced_event_selectors: Option<Vec<AdvancedEventSelector>>,
}

/// The `GetImportRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetImportRequest {
    #[serde(rename = "ImportId")]
    pub import_id: String,
}

/// The `GetImportResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetImportResponse {
    #[serde(rename = "ImportId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_id: Option<String>,
    #[serde(rename = "Destinations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destinations: Option<Vec<String>>,
    #[serde(rename = "ImportSource")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_source: Option<ImportSource>,
    #[serde(rename = "StartEventTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_event_time: Option<crate::Timestamp>,
    #[serde(rename = "EndEventTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_event_time: Option<crate::Timestamp>,
    #[serde(rename = "ImportStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_status: Option<ImportStatus>,
    #[serde(rename = "CreatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "UpdatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "ImportStatistics")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_statistics: Option<ImportStatistics>,
}

/// The `GetInsightSelectorsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetInsightSelectorsRequest {
    #[serde(rename = "TrailName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_name: Option<String>,
    #[serde(rename = "EventDataStore")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store: Option<String>,
}

/// The `GetInsightSelectorsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetInsightSelectorsResponse {
    #[serde(rename = "TrailARN")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_arn: Option<String>,
    #[serde(rename = "InsightSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insight_selectors: Option<Vec<InsightSelector>>,
    #[serde(rename = "EventDataStoreArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_arn: Option<String>,
    #[serde(rename = "InsightsDestination")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insights_destination: Option<String>,
}

/// The `GetQueryResultsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetQueryResultsRequest {
    #[serde(rename = "EventDataStore")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store: Option<String>,
    #[serde(rename = "QueryId")]
    pub query_id: String,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "MaxQueryResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_query_results: Option<i32>,
    #[serde(rename = "EventDataStoreOwnerAccountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_owner_account_id: Option<String>,
}

/// The `GetQueryResultsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetQueryResultsResponse {
    #[serde(rename = "QueryStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_status: Option<QueryStatus>,
    #[serde(rename = "QueryStatistics")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_statistics: Option<QueryStatistics>,
    #[serde(rename = "QueryResultRows")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_result_rows: Option<Vec<Vec<BTreeMap<String, String>>>>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "ErrorMessage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
}

/// The `GetResourcePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetResourcePolicyRequest {
    #[serde(rename = "ResourceArn")]
    pub resource_arn: String,
}

/// The `GetResourcePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetResourcePolicyResponse {
    #[serde(rename = "ResourceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_arn: Option<String>,
    #[serde(rename = "ResourcePolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_policy: Option<String>,
    #[serde(rename = "DelegatedAdminResourcePolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegated_admin_resource_policy: Option<String>,
}

/// The `GetTrailRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetTrailRequest {
    #[serde(rename = "Name")]
    pub name: String,
}

/// The `GetTrailResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetTrailResponse {
    #[serde(rename = "Trail")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail: Option<Trail>,
}

/// The `GetTrailStatusRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetTrailStatusRequest {
    #[serde(rename = "Name")]
    pub name: String,
}

/// The `GetTrailStatusResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetTrailStatusResponse {
    #[serde(rename = "IsLogging")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_logging: Option<bool>,
    #[serde(rename = "LatestDeliveryError")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_delivery_error: Option<String>,
    #[serde(rename = "LatestNotificationError")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_notification_error: Option<String>,
    #[serde(rename = "LatestDeliveryTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_delivery_time: Option<crate::Timestamp>,
    #[serde(rename = "LatestNotificationTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_notification_time: Option<crate::Timestamp>,
    #[serde(rename = "StartLoggingTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_logging_time: Option<crate::Timestamp>,
    #[serde(rename = "StopLoggingTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_logging_time: Option<crate::Timestamp>,
    #[serde(rename = "LatestCloudWatchLogsDeliveryError")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_cloud_watch_logs_delivery_error: Option<String>,
    #[serde(rename = "LatestCloudWatchLogsDeliveryTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_cloud_watch_logs_delivery_time: Option<crate::Timestamp>,
    #[serde(rename = "LatestDigestDeliveryTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_digest_delivery_time: Option<crate::Timestamp>,
    #[serde(rename = "LatestDigestDeliveryError")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_digest_delivery_error: Option<String>,
    #[serde(rename = "LatestDeliveryAttemptTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_delivery_attempt_time: Option<String>,
    #[serde(rename = "LatestNotificationAttemptTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_notification_attempt_time: Option<String>,
    #[serde(rename = "LatestNotificationAttemptSucceeded")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_notification_attempt_succeeded: Option<String>,
    #[serde(rename = "LatestDeliveryAttemptSucceeded")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_delivery_attempt_succeeded: Option<String>,
    #[serde(rename = "TimeLoggingStarted")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_logging_started: Option<String>,
    #[serde(rename = "TimeLoggingStopped")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_logging_stopped: Option<String>,
}

/// The `ImportFailureListItem` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImportFailureListItem {
    #[serde(rename = "Location")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(rename = "Status")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ImportFailureStatus>,
    #[serde(rename = "ErrorType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_type: Option<String>,
    #[serde(rename = "ErrorMessage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    #[serde(rename = "LastUpdatedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<crate::Timestamp>,
}

/// The `ImportFailureStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ImportFailureStatus {
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "RETRY")]
    Retry,
    #[serde(rename = "SUCCEEDED")]
    Succeeded,
}

impl ImportFailureStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["FAILED", "RETRY", "SUCCEEDED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Failed, Self::Retry, Self::Succeeded];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ImportFailureStatus);

/// The `ImportNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImportNotFoundException {}

/// The `ImportSource` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImportSource {
    #[serde(rename = "S3")]
    pub s3: S3ImportSource,
}

/// The `ImportStatistics` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImportStatistics {
    #[serde(rename = "PrefixesFound")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefixes_found: Option<i64>,
    #[serde(rename = "PrefixesCompleted")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefixes_completed: Option<i64>,
    #[serde(rename = "FilesCompleted")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files_completed: Option<i64>,
    #[serde(rename = "EventsCompleted")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events_completed: Option<i64>,
    #[serde(rename = "FailedEntries")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_entries: Option<i64>,
}

/// The `ImportStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ImportStatus {
    #[serde(rename = "INITIALIZING")]
    Initializing,
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "STOPPED")]
    Stopped,
    #[serde(rename = "COMPLETED")]
    Completed,
}

impl ImportStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "INITIALIZING",
        "IN_PROGRESS",
        "FAILED",
        "STOPPED",
        "COMPLETED",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Initializing,
        Self::InProgress,
        Self::Failed,
        Self::Stopped,
        Self::Completed,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ImportStatus);

/// The `ImportsListItem` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImportsListItem {
    #[serde(rename = "ImportId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_id: Option<String>,
    #[serde(rename = "ImportStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_status: Option<ImportStatus>,
    #[serde(rename = "Destinations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destinations: Option<Vec<String>>,
    #[serde(rename = "CreatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "UpdatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_timestamp: Option<crate::Timestamp>,
}

/// The `InactiveEventDataStoreException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InactiveEventDataStoreException {}

/// The `InactiveQueryException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InactiveQueryException {}

/// The `IngestionStatus` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct IngestionStatus {
    #[serde(rename = "LatestIngestionSuccessTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_ingestion_success_time: Option<crate::Timestamp>,
    #[serde(rename = "LatestIngestionSuccessEventID")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_ingestion_success_event_id: Option<String>,
    #[serde(rename = "LatestIngestionErrorCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_ingestion_error_code: Option<String>,
    #[serde(rename = "LatestIngestionAttemptTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_ingestion_attempt_time: Option<crate::Timestamp>,
    #[serde(rename = "LatestIngestionAttemptEventID")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_ingestion_attempt_event_id: Option<String>,
}

/// The `InsightNotEnabledException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InsightNotEnabledException {}

/// The `InsightSelector` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InsightSelector {
    #[serde(rename = "InsightType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insight_type: Option<InsightType>,
    #[serde(rename = "EventCategories")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_categories: Option<Vec<SourceEventCategory>>,
}

/// The `InsightType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum InsightType {
    ApiCallRateInsight,
    ApiErrorRateInsight,
}

impl InsightType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ApiCallRateInsight", "ApiErrorRateInsight"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::ApiCallRateInsight, Self::ApiErrorRateInsight];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(InsightType);

/// The `InsightsMetricDataType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum InsightsMetricDataType {
    FillWithZeros,
    NonZeroData,
}

impl InsightsMetricDataType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["FillWithZeros", "NonZeroData"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::FillWithZeros, Self::NonZeroData];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(InsightsMetricDataType);

/// The `InsufficientDependencyServiceAccessPermissionException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InsufficientDependencyServiceAccessPermissionException {}

/// The `InsufficientEncryptionPolicyException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InsufficientEncryptionPolicyException {}

/// The `InsufficientIAMAccessPermissionException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InsufficientIAMAccessPermissionException {}

/// The `InsufficientS3BucketPolicyException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InsufficientS3BucketPolicyException {}

/// The `InsufficientSnsTopicPolicyException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InsufficientSnsTopicPolicyException {}

/// The `InvalidCloudWatchLogsLogGroupArnException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidCloudWatchLogsLogGroupArnException {}

/// The `InvalidCloudWatchLogsRoleArnException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidCloudWatchLogsRoleArnException {}

/// The `InvalidDateRangeException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidDateRangeException {}

/// The `InvalidEventCategoryException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidEventCategoryException {}

/// The `InvalidEventDataStoreCategoryException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidEventDataStoreCategoryException {}

/// The `InvalidEventDataStoreStatusException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidEventDataStoreStatusException {}

/// The `InvalidEventSelectorsException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidEventSelectorsException {}

/// The `InvalidHomeRegionException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidHomeRegionException {}

/// The `InvalidImportSourceException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidImportSourceException {}

/// The `InvalidInsightSelectorsException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidInsightSelectorsException {}

/// The `InvalidKmsKeyIdException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidKmsKeyIdException {}

/// The `InvalidLookupAttributesException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidLookupAttributesException {}

/// The `InvalidMaxResultsException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidMaxResultsException {}

/// The `InvalidNextTokenException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidNextTokenException {}

/// The `InvalidParameterCombinationException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidParameterCombinationException {}

/// The `InvalidParameterException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidParameterException {}

/// The `InvalidQueryStatementException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidQueryStatementException {}

/// The `InvalidQueryStatusException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidQueryStatusException {}

/// The `InvalidS3BucketNameException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidS3BucketNameException {}

/// The `InvalidS3PrefixException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidS3PrefixException {}

/// The `InvalidSnsTopicNameException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidSnsTopicNameException {}

/// The `InvalidSourceException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidSourceException {}

/// The `InvalidTagParameterException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidTagParameterException {}

/// The `InvalidTimeRangeException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidTimeRangeException {}

/// The `InvalidTokenException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidTokenException {}

/// The `InvalidTrailNameException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidTrailNameException {}

/// The `KmsException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct KmsException {}

/// The `KmsKeyDisabledException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct KmsKeyDisabledException {}

/// The `KmsKeyNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct KmsKeyNotFoundException {}

/// The `ListChannelsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListChannelsRequest {
    #[serde(rename = "MaxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListChannelsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListChannelsResponse {
    #[serde(rename = "Channels")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channels: Option<Vec<Channel>>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListDashboardsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListDashboardsRequest {
    #[serde(rename = "NamePrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_prefix: Option<String>,
    #[serde(rename = "Type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<DashboardType>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "MaxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

/// The `ListDashboardsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListDashboardsResponse {
    #[serde(rename = "Dashboards")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dashboards: Option<Vec<DashboardDetail>>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListEventDataStoresRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListEventDataStoresRequest {
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "MaxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

/// The `ListEventDataStoresResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListEventDataStoresResponse {
    #[serde(rename = "EventDataStores")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_stores: Option<Vec<EventDataStore>>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListImportFailuresRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListImportFailuresRequest {
    #[serde(rename = "ImportId")]
    pub import_id: String,
    #[serde(rename = "MaxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListImportFailuresResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListImportFailuresResponse {
    #[serde(rename = "Failures")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<ImportFailureListItem>>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListImportsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListImportsRequest {
    #[serde(rename = "MaxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "Destination")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<String>,
    #[serde(rename = "ImportStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_status: Option<ImportStatus>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListImportsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListImportsResponse {
    #[serde(rename = "Imports")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imports: Option<Vec<ImportsListItem>>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListInsightsDataDimensionKey` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ListInsightsDataDimensionKey {
    EventId,
    EventName,
    EventSource,
}

impl ListInsightsDataDimensionKey {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["EventId", "EventName", "EventSource"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::EventId, Self::EventName, Self::EventSource];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ListInsightsDataDimensionKey);

/// The `ListInsightsDataRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListInsightsDataRequest {
    #[serde(rename = "InsightSource")]
    pub insight_source: String,
    #[serde(rename = "DataType")]
    pub data_type: ListInsightsDataType,
    #[serde(rename = "Dimensions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<BTreeMap<String, String>>,
    #[serde(rename = "StartTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<crate::Timestamp>,
    #[serde(rename = "EndTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<crate::Timestamp>,
    #[serde(rename = "MaxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListInsightsDataResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListInsightsDataResponse {
    #[serde(rename = "Events")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<Event>>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListInsightsDataType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ListInsightsDataType {
    InsightsEvents,
}

impl ListInsightsDataType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["InsightsEvents"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::InsightsEvents];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ListInsightsDataType);

/// The `ListInsightsMetricDataRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListInsightsMetricDataRequest {
    #[serde(rename = "TrailName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_name: Option<String>,
    #[serde(rename = "EventSource")]
    pub event_source: String,
    #[serde(rename = "EventName")]
    pub event_name: String,
    #[serde(rename = "InsightType")]
    pub insight_type: InsightType,
    #[serde(rename = "ErrorCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    #[serde(rename = "StartTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<crate::Timestamp>,
    #[serde(rename = "EndTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<crate::Timestamp>,
    #[serde(rename = "Period")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<i32>,
    #[serde(rename = "DataType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<InsightsMetricDataType>,
    #[serde(rename = "MaxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListInsightsMetricDataResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListInsightsMetricDataResponse {
    #[serde(rename = "TrailARN")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_arn: Option<String>,
    #[serde(rename = "EventSource")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_source: Option<String>,
    #[serde(rename = "EventName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_name: Option<String>,
    #[serde(rename = "InsightType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insight_type: Option<InsightType>,
    #[serde(rename = "ErrorCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    #[serde(rename = "Timestamps")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamps: Option<Vec<crate::Timestamp>>,
    #[serde(rename = "Values")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<f64>>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListPublicKeysRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPublicKeysRequest {
    #[serde(rename = "StartTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<crate::Timestamp>,
    #[serde(rename = "EndTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<crate::Timestamp>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListPublicKeysResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPublicKeysResponse {
    #[serde(rename = "PublicKeyList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key_list: Option<Vec<PublicKey>>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListQueriesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListQueriesRequest {
    #[serde(rename = "EventDataStore")]
    pub event_data_store: String,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "MaxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "StartTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<crate::Timestamp>,
    #[serde(rename = "EndTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<crate::Timestamp>,
    #[serde(rename = "QueryStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_status: Option<QueryStatus>,
}

/// The `ListQueriesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListQueriesResponse {
    #[serde(rename = "Queries")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queries: Option<Vec<Query>>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTagsRequest {
    #[serde(rename = "ResourceIdList")]
    pub resource_id_list: Vec<String>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTagsResponse {
    #[serde(rename = "ResourceTagList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_tag_list: Option<Vec<ResourceTag>>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListTrailsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTrailsRequest {
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListTrailsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTrailsResponse {
    #[serde(rename = "Trails")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trails: Option<Vec<TrailInfo>>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `LookupAttribute` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LookupAttribute {
    #[serde(rename = "AttributeKey")]
    pub attribute_key: LookupAttributeKey,
    #[serde(rename = "AttributeValue")]
    pub attribute_value: String,
}

/// The `LookupAttributeKey` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum LookupAttributeKey {
    EventId,
    EventName,
    ReadOnly,
    Username,
    ResourceType,
    ResourceName,
    EventSource,
    AccessKeyId,
}

impl LookupAttributeKey {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "EventId",
        "EventName",
        "ReadOnly",
        "Username",
        "ResourceType",
        "ResourceName",
        "EventSource",
        "AccessKeyId",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::EventId,
        Self::EventName,
        Self::ReadOnly,
        Self::Username,
        Self::ResourceType,
        Self::ResourceName,
        Self::EventSource,
        Self::AccessKeyId,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(LookupAttributeKey);

/// The `LookupEventsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LookupEventsRequest {
    #[serde(rename = "LookupAttributes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_attributes: Option<Vec<LookupAttribute>>,
    #[serde(rename = "StartTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<crate::Timestamp>,
    #[serde(rename = "EndTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<crate::Timestamp>,
    #[serde(rename = "EventCategory")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_category: Option<EventCategory>,
    #[serde(rename = "MaxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `LookupEventsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LookupEventsResponse {
    #[serde(rename = "Events")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<Event>>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `MaxConcurrentQueriesException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MaxConcurrentQueriesException {}

/// The `MaxEventSize` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum MaxEventSize {
    Standard,
    Large,
}

impl MaxEventSize {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["Standard", "Large"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Standard, Self::Large];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(MaxEventSize);

/// The `MaximumNumberOfTrailsExceededException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MaximumNumberOfTrailsExceededException {}

/// The `NoManagementAccountSLRExistsException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct NoManagementAccountSLRExistsException {}

/// The `NotOrganizationManagementAccountException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct NotOrganizationManagementAccountException {}

/// The `NotOrganizationMasterAccountException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct NotOrganizationMasterAccountException {}

/// The `OperationNotPermittedException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OperationNotPermittedException {}

/// The `OrganizationNotInAllFeaturesModeException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OrganizationNotInAllFeaturesModeException {}

/// The `OrganizationsNotInUseException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OrganizationsNotInUseException {}

/// The `PartitionKey` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PartitionKey {
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "Type")]
    pub r#type: String,
}

/// The `PublicKey` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PublicKey {
    #[serde(rename = "Value")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(rename = "ValidityStartTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity_start_time: Option<crate::Timestamp>,
    #[serde(rename = "ValidityEndTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity_end_time: Option<crate::Timestamp>,
    #[serde(rename = "Fingerprint")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
}

/// The `PutEventConfigurationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutEventConfigurationRequest {
    #[serde(rename = "TrailName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_name: Option<String>,
    #[serde(rename = "EventDataStore")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store: Option<String>,
    #[serde(rename = "MaxEventSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_event_size: Option<MaxEventSize>,
    #[serde(rename = "ContextKeySelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_key_selectors: Option<Vec<ContextKeySelector>>,
    #[serde(rename = "AggregationConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregation_configurations: Option<Vec<AggregationConfiguration>>,
}

/// The `PutEventConfigurationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutEventConfigurationResponse {
    #[serde(rename = "TrailARN")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_arn: Option<String>,
    #[serde(rename = "EventDataStoreArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_arn: Option<String>,
    #[serde(rename = "MaxEventSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_event_size: Option<MaxEventSize>,
    #[serde(rename = "ContextKeySelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_key_selectors: Option<Vec<ContextKeySelector>>,
    #[serde(rename = "AggregationConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregation_configurations: Option<Vec<AggregationConfiguration>>,
}

/// The `PutEventSelectorsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutEventSelectorsRequest {
    #[serde(rename = "TrailName")]
    pub trail_name: String,
    #[serde(rename = "EventSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_selectors: Option<Vec<EventSelector>>,
    #[serde(rename = "AdvancedEventSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced_event_selectors: Option<Vec<AdvancedEventSelector>>,
}

/// The `PutEventSelectorsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutEventSelectorsResponse {
    #[serde(rename = "TrailARN")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_arn: Option<String>,
    #[serde(rename = "EventSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_selectors: Option<Vec<EventSelector>>,
    #[serde(rename = "AdvancedEventSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced_event_selectors: Option<Vec<AdvancedEventSelector>>,
}

/// The `PutInsightSelectorsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutInsightSelectorsRequest {
    #[serde(rename = "TrailName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_name: Option<String>,
    #[serde(rename = "InsightSelectors")]
    pub insight_selectors: Vec<InsightSelector>,
    #[serde(rename = "EventDataStore")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store: Option<String>,
    #[serde(rename = "InsightsDestination")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insights_destination: Option<String>,
}

/// The `PutInsightSelectorsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutInsightSelectorsResponse {
    #[serde(rename = "TrailARN")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_arn: Option<String>,
    #[serde(rename = "InsightSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insight_selectors: Option<Vec<InsightSelector>>,
    #[serde(rename = "EventDataStoreArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_arn: Option<String>,
    #[serde(rename = "InsightsDestination")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insights_destination: Option<String>,
}

/// The `PutResourcePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutResourcePolicyRequest {
    #[serde(rename = "ResourceArn")]
    pub resource_arn: String,
    #[serde(rename = "ResourcePolicy")]
    pub resource_policy: String,
}

/// The `PutResourcePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutResourcePolicyResponse {
    #[serde(rename = "ResourceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_arn: Option<String>,
    #[serde(rename = "ResourcePolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_policy: Option<String>,
    #[serde(rename = "DelegatedAdminResourcePolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegated_admin_resource_policy: Option<String>,
}

/// The `Query` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Query {
    #[serde(rename = "QueryId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_id: Option<String>,
    #[serde(rename = "QueryStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_status: Option<QueryStatus>,
    #[serde(rename = "CreationTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<crate::Timestamp>,
}

/// The `QueryIdNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryIdNotFoundException {}

/// The `QueryStatistics` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryStatistics {
    #[serde(rename = "ResultsCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results_count: Option<i32>,
    #[serde(rename = "TotalResultsCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_results_count: Option<i32>,
    #[serde(rename = "BytesScanned")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes_scanned: Option<i64>,
}

/// The `QueryStatisticsForDescribeQuery` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryStatisticsForDescribeQuery {
    #[serde(rename = "EventsMatched")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events_matched: Option<i64>,
    #[serde(rename = "EventsScanned")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events_scanned: Option<i64>,
    #[serde(rename = "BytesScanned")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes_scanned: Option<i64>,
    #[serde(rename = "ExecutionTimeInMillis")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_time_in_millis: Option<i32>,
    #[serde(rename = "CreationTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<crate::Timestamp>,
}

/// The `QueryStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum QueryStatus {
    #[serde(rename = "QUEUED")]
    Queued,
    #[serde(rename = "RUNNING")]
    Running,
    #[serde(rename = "FINISHED")]
    Finished,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "CANCELLED")]
    Cancelled,
    #[serde(rename = "TIMED_OUT")]
    TimedOut,
}

impl QueryStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "QUEUED",
        "RUNNING",
        "FINISHED",
        "FAILED",
        "CANCELLED",
        "TIMED_OUT",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Queued,
        Self::Running,
        Self::Finished,
        Self::Failed,
        Self::Cancelled,
        Self::TimedOut,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(QueryStatus);

/// The `ReadWriteType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ReadWriteType {
    ReadOnly,
    WriteOnly,
    All,
}

impl ReadWriteType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ReadOnly", "WriteOnly", "All"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::ReadOnly, Self::WriteOnly, Self::All];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ReadWriteType);

/// The `RefreshSchedule` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RefreshSchedule {
    #[serde(rename = "Frequency")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<RefreshScheduleFrequency>,
    #[serde(rename = "Status")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RefreshScheduleStatus>,
    #[serde(rename = "TimeOfDay")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_of_day: Option<String>,
}

/// The `RefreshScheduleFrequency` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RefreshScheduleFrequency {
    #[serde(rename = "Unit")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<RefreshScheduleFrequencyUnit>,
    #[serde(rename = "Value")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i32>,
}

/// The `RefreshScheduleFrequencyUnit` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum RefreshScheduleFrequencyUnit {
    #[serde(rename = "HOURS")]
    Hours,
    #[serde(rename = "DAYS")]
    Days,
}

impl RefreshScheduleFrequencyUnit {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["HOURS", "DAYS"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Hours, Self::Days];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(RefreshScheduleFrequencyUnit);

/// The `RefreshScheduleStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum RefreshScheduleStatus {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl RefreshScheduleStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Enabled, Self::Disabled];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(RefreshScheduleStatus);

/// The `RegisterOrganizationDelegatedAdminRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterOrganizationDelegatedAdminRequest {
    #[serde(rename = "MemberAccountId")]
    pub member_account_id: String,
}

/// The `RegisterOrganizationDelegatedAdminResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterOrganizationDelegatedAdminResponse {}

/// The `RemoveTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoveTagsRequest {
    #[serde(rename = "ResourceId")]
    pub resource_id: String,
    #[serde(rename = "TagsList")]
    pub tags_list: Vec<Tag>,
}

/// The `RemoveTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoveTagsResponse {}

/// The `RequestWidget` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RequestWidget {
    #[serde(rename = "QueryStatement")]
    pub query_statement: String,
    #[serde(rename = "QueryParameters")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_parameters: Option<Vec<String>>,
    #[serde(rename = "ViewProperties")]
    pub view_properties: BTreeMap<String, String>,
}

/// The `Resource` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Resource {
    #[serde(rename = "ResourceType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    #[serde(rename = "ResourceName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
}

/// The `ResourceARNNotValidException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceARNNotValidException {}

/// The `ResourceNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceNotFoundException {}

/// The `ResourcePolicyNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourcePolicyNotFoundException {}

/// The `ResourcePolicyNotValidException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourcePolicyNotValidException {}

/// The `ResourceTag` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceTag {
    #[serde(rename = "ResourceId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    #[serde(rename = "TagsList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags_list: Option<Vec<Tag>>,
}

/// The `ResourceTypeNotSupportedException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceTypeNotSupportedException {}

/// The `RestoreEventDataStoreRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RestoreEventDataStoreRequest {
    #[serde(rename = "EventDataStore")]
    pub event_data_store: String,
}

/// The `RestoreEventDataStoreResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RestoreEventDataStoreResponse {
    #[serde(rename = "EventDataStoreArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_arn: Option<String>,
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "Status")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<EventDataStoreStatus>,
    #[serde(rename = "AdvancedEventSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced_event_selectors: Option<Vec<AdvancedEventSelector>>,
    #[serde(rename = "MultiRegionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multi_region_enabled: Option<bool>,
    #[serde(rename = "OrganizationEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_enabled: Option<bool>,
    #[serde(rename = "RetentionPeriod")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_period: Option<i32>,
    #[serde(rename = "TerminationProtectionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_protection_enabled: Option<bool>,
    #[serde(rename = "CreatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "UpdatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "KmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "BillingMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_mode: Option<BillingMode>,
}

/// The `S3BucketDoesNotExistException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct S3BucketDoesNotExistException {}

/// The `S3ImportSource` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct S3ImportSource {
    #[serde(rename = "S3LocationUri")]
    pub s3_location_uri: String,
    #[serde(rename = "S3BucketRegion")]
    pub s3_bucket_region: String,
    #[serde(rename = "S3BucketAccessRoleArn")]
    pub s3_bucket_access_role_arn: String,
}

/// The `SearchSampleQueriesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SearchSampleQueriesRequest {
    #[serde(rename = "SearchPhrase")]
    pub search_phrase: String,
    #[serde(rename = "MaxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `SearchSampleQueriesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SearchSampleQueriesResponse {
    #[serde(rename = "SearchResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_results: Option<Vec<SearchSampleQueriesSearchResult>>,
    #[serde(rename = "NextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `SearchSampleQueriesSearchResult` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SearchSampleQueriesSearchResult {
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "Description")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "SQL")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sql: Option<String>,
    #[serde(rename = "Relevance")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relevance: Option<f64>,
}

/// The `ServiceQuotaExceededException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceQuotaExceededException {}

/// The `SourceConfig` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceConfig {
    #[serde(rename = "ApplyToAllRegions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apply_to_all_regions: Option<bool>,
    #[serde(rename = "AdvancedEventSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced_event_selectors: Option<Vec<AdvancedEventSelector>>,
}

/// The `SourceEventCategory` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum SourceEventCategory {
    Management,
    Data,
}

impl SourceEventCategory {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["Management", "Data"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Management, Self::Data];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(SourceEventCategory);

/// The `StartDashboardRefreshRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartDashboardRefreshRequest {
    #[serde(rename = "DashboardId")]
    pub dashboard_id: String,
    #[serde(rename = "QueryParameterValues")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_parameter_values: Option<BTreeMap<String, String>>,
}

/// The `StartDashboardRefreshResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartDashboardRefreshResponse {
    #[serde(rename = "RefreshId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_id: Option<String>,
}

/// The `StartEventDataStoreIngestionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartEventDataStoreIngestionRequest {
    #[serde(rename = "EventDataStore")]
    pub event_data_store: String,
}

/// The `StartEventDataStoreIngestionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartEventDataStoreIngestionResponse {}

/// The `StartImportRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartImportRequest {
    #[serde(rename = "Destinations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destinations: Option<Vec<String>>,
    #[serde(rename = "ImportSource")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_source: Option<ImportSource>,
    #[serde(rename = "StartEventTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_event_time: Option<crate::Timestamp>,
    #[serde(rename = "EndEventTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_event_time: Option<crate::Timestamp>,
    #[serde(rename = "ImportId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_id: Option<String>,
}

/// The `StartImportResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartImportResponse {
    #[serde(rename = "ImportId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_id: Option<String>,
    #[serde(rename = "Destinations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destinations: Option<Vec<String>>,
    #[serde(rename = "ImportSource")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_source: Option<ImportSource>,
    #[serde(rename = "StartEventTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_event_time: Option<crate::Timestamp>,
    #[serde(rename = "EndEventTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_event_time: Option<crate::Timestamp>,
    #[serde(rename = "ImportStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_status: Option<ImportStatus>,
    #[serde(rename = "CreatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "UpdatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_timestamp: Option<crate::Timestamp>,
}

/// The `StartLoggingRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartLoggingRequest {
    #[serde(rename = "Name")]
    pub name: String,
}

/// The `StartLoggingResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartLoggingResponse {}

/// The `StartQueryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartQueryRequest {
    #[serde(rename = "QueryStatement")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_statement: Option<String>,
    #[serde(rename = "DeliveryS3Uri")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_s3_uri: Option<String>,
    #[serde(rename = "QueryAlias")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_alias: Option<String>,
    #[serde(rename = "QueryParameters")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_parameters: Option<Vec<String>>,
    #[serde(rename = "EventDataStoreOwnerAccountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_owner_account_id: Option<String>,
}

/// The `StartQueryResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartQueryResponse {
    #[serde(rename = "QueryId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_id: Option<String>,
    #[serde(rename = "EventDataStoreOwnerAccountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_owner_account_id: Option<String>,
}

/// The `StopEventDataStoreIngestionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopEventDataStoreIngestionRequest {
    #[serde(rename = "EventDataStore")]
    pub event_data_store: String,
}

/// The `StopEventDataStoreIngestionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopEventDataStoreIngestionResponse {}

/// The `StopImportRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopImportRequest {
    #[serde(rename = "ImportId")]
    pub import_id: String,
}

/// The `StopImportResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopImportResponse {
    #[serde(rename = "ImportId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_id: Option<String>,
    #[serde(rename = "ImportSource")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_source: Option<ImportSource>,
    #[serde(rename = "Destinations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destinations: Option<Vec<String>>,
    #[serde(rename = "ImportStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_status: Option<ImportStatus>,
    #[serde(rename = "CreatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "UpdatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "StartEventTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_event_time: Option<crate::Timestamp>,
    #[serde(rename = "EndEventTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_event_time: Option<crate::Timestamp>,
    #[serde(rename = "ImportStatistics")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_statistics: Option<ImportStatistics>,
}

/// The `StopLoggingRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopLoggingRequest {
    #[serde(rename = "Name")]
    pub name: String,
}

/// The `StopLoggingResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopLoggingResponse {}

/// The `Tag` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Tag {
    #[serde(rename = "Key")]
    pub key: String,
    #[serde(rename = "Value")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// The `TagsLimitExceededException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagsLimitExceededException {}

/// The `Template` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum Template {
    #[serde(rename = "API_ACTIVITY")]
    ApiActivity,
    #[serde(rename = "RESOURCE_ACCESS")]
    ResourceAccess,
    #[serde(rename = "USER_ACTIONS")]
    UserActions,
}

impl Template {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["API_ACTIVITY", "RESOURCE_ACCESS", "USER_ACTIONS"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::ApiActivity, Self::ResourceAccess, Self::UserActions];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(Template);

/// The `ThrottlingException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ThrottlingException {}

/// The `Trail` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Trail {
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "S3BucketName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_bucket_name: Option<String>,
    #[serde(rename = "S3KeyPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_key_prefix: Option<String>,
    #[serde(rename = "SnsTopicName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sns_topic_name: Option<String>,
    #[serde(rename = "SnsTopicARN")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sns_topic_arn: Option<String>,
    #[serde(rename = "IncludeGlobalServiceEvents")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_global_service_events: Option<bool>,
    #[serde(rename = "IsMultiRegionTrail")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_multi_region_trail: Option<bool>,
    #[serde(rename = "HomeRegion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_region: Option<String>,
    #[serde(rename = "TrailARN")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_arn: Option<String>,
    #[serde(rename = "LogFileValidationEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_file_validation_enabled: Option<bool>,
    #[serde(rename = "CloudWatchLogsLogGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_watch_logs_log_group_arn: Option<String>,
    #[serde(rename = "CloudWatchLogsRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_watch_logs_role_arn: Option<String>,
    #[serde(rename = "KmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "HasCustomEventSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_custom_event_selectors: Option<bool>,
    #[serde(rename = "HasInsightSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_insight_selectors: Option<bool>,
    #[serde(rename = "IsOrganizationTrail")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_organization_trail: Option<bool>,
    #[serde(rename = "RecursiveLogging")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recursive_logging: Option<bool>,
}

/// The `TrailAlreadyExistsException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrailAlreadyExistsException {}

/// The `TrailInfo` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrailInfo {
    #[serde(rename = "TrailARN")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_arn: Option<String>,
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "HomeRegion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_region: Option<String>,
}

/// The `TrailNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrailNotFoundException {}

/// The `TrailNotProvidedException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrailNotProvidedException {}

/// The `Type` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum Type {
    TagContext,
    RequestContext,
}

impl Type {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["TagContext", "RequestContext"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::TagContext, Self::RequestContext];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(Type);

/// The `UnsupportedOperationException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UnsupportedOperationException {}

/// The `UpdateChannelRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateChannelRequest {
    #[serde(rename = "Channel")]
    pub channel: String,
    #[serde(rename = "Destinations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destinations: Option<Vec<Destination>>,
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The `UpdateChannelResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateChannelResponse {
    #[serde(rename = "ChannelArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_arn: Option<String>,
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "Source")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(rename = "Destinations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destinations: Option<Vec<Destination>>,
}

/// The `UpdateDashboardRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateDashboardRequest {
    #[serde(rename = "DashboardId")]
    pub dashboard_id: String,
    #[serde(rename = "Widgets")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub widgets: Option<Vec<RequestWidget>>,
    #[serde(rename = "RefreshSchedule")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_schedule: Option<RefreshSchedule>,
    #[serde(rename = "TerminationProtectionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_protection_enabled: Option<bool>,
}

/// The `UpdateDashboardResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateDashboardResponse {
    #[serde(rename = "DashboardArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dashboard_arn: Option<String>,
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "Type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<DashboardType>,
    #[serde(rename = "Widgets")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub widgets: Option<Vec<Widget>>,
    #[serde(rename = "RefreshSchedule")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_schedule: Option<RefreshSchedule>,
    #[serde(rename = "TerminationProtectionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_protection_enabled: Option<bool>,
    #[serde(rename = "CreatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "UpdatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_timestamp: Option<crate::Timestamp>,
}

/// The `UpdateEventDataStoreRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateEventDataStoreRequest {
    #[serde(rename = "EventDataStore")]
    pub event_data_store: String,
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "AdvancedEventSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced_event_selectors: Option<Vec<AdvancedEventSelector>>,
    #[serde(rename = "MultiRegionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multi_region_enabled: Option<bool>,
    #[serde(rename = "OrganizationEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_enabled: Option<bool>,
    #[serde(rename = "RetentionPeriod")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_period: Option<i32>,
    #[serde(rename = "TerminationProtectionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_protection_enabled: Option<bool>,
    #[serde(rename = "KmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "BillingMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_mode: Option<BillingMode>,
}

/// The `UpdateEventDataStoreResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateEventDataStoreResponse {
    #[serde(rename = "EventDataStoreArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_data_store_arn: Option<String>,
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "Status")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<EventDataStoreStatus>,
    #[serde(rename = "AdvancedEventSelectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced_event_selectors: Option<Vec<AdvancedEventSelector>>,
    #[serde(rename = "MultiRegionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multi_region_enabled: Option<bool>,
    #[serde(rename = "OrganizationEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_enabled: Option<bool>,
    #[serde(rename = "RetentionPeriod")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_period: Option<i32>,
    #[serde(rename = "TerminationProtectionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_protection_enabled: Option<bool>,
    #[serde(rename = "CreatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "UpdatedTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "KmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "BillingMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_mode: Option<BillingMode>,
    #[serde(rename = "FederationStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub federation_status: Option<FederationStatus>,
    #[serde(rename = "FederationRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub federation_role_arn: Option<String>,
}

/// The `UpdateTrailRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateTrailRequest {
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "S3BucketName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_bucket_name: Option<String>,
    #[serde(rename = "S3KeyPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_key_prefix: Option<String>,
    #[serde(rename = "SnsTopicName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sns_topic_name: Option<String>,
    #[serde(rename = "IncludeGlobalServiceEvents")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_global_service_events: Option<bool>,
    #[serde(rename = "IsMultiRegionTrail")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_multi_region_trail: Option<bool>,
    #[serde(rename = "EnableLogFileValidation")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_log_file_validation: Option<bool>,
    #[serde(rename = "CloudWatchLogsLogGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_watch_logs_log_group_arn: Option<String>,
    #[serde(rename = "CloudWatchLogsRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_watch_logs_role_arn: Option<String>,
    #[serde(rename = "KmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "IsOrganizationTrail")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_organization_trail: Option<bool>,
    #[serde(rename = "RecursiveLogging")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recursive_logging: Option<bool>,
}

/// The `UpdateTrailResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateTrailResponse {
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "S3BucketName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_bucket_name: Option<String>,
    #[serde(rename = "S3KeyPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_key_prefix: Option<String>,
    #[serde(rename = "SnsTopicName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sns_topic_name: Option<String>,
    #[serde(rename = "SnsTopicARN")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sns_topic_arn: Option<String>,
    #[serde(rename = "IncludeGlobalServiceEvents")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_global_service_events: Option<bool>,
    #[serde(rename = "IsMultiRegionTrail")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_multi_region_trail: Option<bool>,
    #[serde(rename = "TrailARN")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail_arn: Option<String>,
    #[serde(rename = "LogFileValidationEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_file_validation_enabled: Option<bool>,
    #[serde(rename = "CloudWatchLogsLogGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_watch_logs_log_group_arn: Option<String>,
    #[serde(rename = "CloudWatchLogsRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_watch_logs_role_arn: Option<String>,
    #[serde(rename = "KmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "IsOrganizationTrail")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_organization_trail: Option<bool>,
    #[serde(rename = "RecursiveLogging")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recursive_logging: Option<bool>,
}

/// The `Widget` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Widget {
    #[serde(rename = "QueryAlias")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_alias: Option<String>,
    #[serde(rename = "QueryStatement")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_statement: Option<String>,
    #[serde(rename = "QueryParameters")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_parameters: Option<Vec<String>>,
    #[serde(rename = "ViewProperties")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view_properties: Option<BTreeMap<String, String>>,
}

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
        target_prefix: "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101",
        xml_namespace: "",
        signing_name: "cloudtrail",
        api_version: "2013-11-01",
        json_version: "1.1",
        botocore_version: "1.44.5",
        operations: OPERATIONS,
        shapes: SHAPES,
    };

    const OPERATIONS: &[Operation] = &[
        Operation {
            name: "AddTags",
            input: Some("AddTagsRequest"),
            output: Some("AddTagsResponse"),
            result_wrapper: None,
            errors: &[
                "ResourceNotFoundException",
                "CloudTrailARNInvalidException",
                "EventDataStoreARNInvalidException",
                "ChannelARNInvalidException",
                "ResourceTypeNotSupportedException",
                "TagsLimitExceededException",
                "InvalidTrailNameException",
                "InvalidTagParameterException",
                "InactiveEventDataStoreException",
                "EventDataStoreNotFoundException",
                "ChannelNotFoundException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "NotOrganizationMasterAccountException",
                "NoManagementAccountSLRExistsException",
                "ConflictException",
            ],
        },
        Operation {
            name: "CancelQuery",
            input: Some("CancelQueryRequest"),
            output: Some("CancelQueryResponse"),
            result_wrapper: None,
            errors: &[
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "InactiveEventDataStoreException",
                "InactiveQueryException",
                "InvalidParameterException",
                "QueryIdNotFoundException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "NoManagementAccountSLRExistsException",
                "ConflictException",
            ],
        },
        Operation {
            name: "CreateChannel",
            input: Some("CreateChannelRequest"),
            output: Some("CreateChannelResponse"),
            result_wrapper: None,
            errors: &[
                "ChannelMaxLimitExceededException",
                "InvalidSourceException",
                "ChannelAlreadyExistsException",
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "InvalidEventDataStoreCategoryException",
                "InactiveEventDataStoreException",
                "InvalidParameterException",
                "InvalidTagParameterException",
                "TagsLimitExceededException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "CreateDashboard",
            input: Some("CreateDashboardRequest"),
            output: Some("CreateDashboardResponse"),
            result_wrapper: None,
            errors: &[
                "ConflictException",
                "InvalidTagParameterException",
                "EventDataStoreNotFoundException",
                "InactiveEventDataStoreException",
                "InsufficientEncryptionPolicyException",
                "InvalidQueryStatementException",
                "ServiceQuotaExceededException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "CreateEventDataStore",
            input: Some("CreateEventDataStoreRequest"),
            output: Some("CreateEventDataStoreResponse"),
            result_wrapper: None,
            errors: &[
                "EventDataStoreAlreadyExistsException",
                "EventDataStoreMaxLimitExceededException",
                "InvalidEventSelectorsException",
                "InvalidParameterException",
                "InvalidTagParameterException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "ConflictException",
                "InsufficientEncryptionPolicyException",
                "InvalidKmsKeyIdException",
                "KmsKeyNotFoundException",
                "KmsException",
                "CloudTrailAccessNotEnabledException",
                "InsufficientDependencyServiceAccessPermissionException",
                "NotOrganizationMasterAccountException",
                "OrganizationsNotInUseException",
                "OrganizationNotInAllFeaturesModeException",
                "NoManagementAccountSLRExistsException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "CreateTrail",
            input: Some("CreateTrailRequest"),
            output: Some("CreateTrailResponse"),
            result_wrapper: None,
            errors: &[
                "MaximumNumberOfTrailsExceededException",
                "TrailAlreadyExistsException",
                "S3BucketDoesNotExistException",
                "InsufficientS3BucketPolicyException",
                "InsufficientSnsTopicPolicyException",
                "InsufficientEncryptionPolicyException",
                "InvalidS3BucketNameException",
                "InvalidS3PrefixException",
                "InvalidSnsTopicNameException",
                "InvalidKmsKeyIdException",
                "InvalidTrailNameException",
                "TrailNotProvidedException",
                "TagsLimitExceededException",
                "InvalidParameterCombinationException",
                "InvalidParameterException",
                "KmsKeyNotFoundException",
                "KmsKeyDisabledException",
                "KmsException",
                "InvalidCloudWatchLogsLogGroupArnException",
                "InvalidCloudWatchLogsRoleArnException",
                "CloudWatchLogsDeliveryUnavailableException",
                "InvalidTagParameterException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "CloudTrailAccessNotEnabledException",
                "InsufficientDependencyServiceAccessPermissionException",
                "NotOrganizationMasterAccountException",
                "OrganizationsNotInUseException",
                "OrganizationNotInAllFeaturesModeException",
                "NoManagementAccountSLRExistsException",
                "CloudTrailInvalidClientTokenIdException",
                "ConflictException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "DeleteChannel",
            input: Some("DeleteChannelRequest"),
            output: Some("DeleteChannelResponse"),
            result_wrapper: None,
            errors: &[
                "ChannelARNInvalidException",
                "ChannelNotFoundException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "DeleteDashboard",
            input: Some("DeleteDashboardRequest"),
            output: Some("DeleteDashboardResponse"),
            result_wrapper: None,
            errors: &[
                "ConflictException",
                "ResourceNotFoundException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "DeleteEventDataStore",
            input: Some("DeleteEventDataStoreRequest"),
            output: Some("DeleteEventDataStoreResponse"),
            result_wrapper: None,
            errors: &[
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "EventDataStoreTerminationProtectedException",
                "EventDataStoreHasOngoingImportException",
                "InactiveEventDataStoreException",
                "InvalidParameterException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "NotOrganizationMasterAccountException",
                "NoManagementAccountSLRExistsException",
                "ChannelExistsForEDSException",
                "InsufficientDependencyServiceAccessPermissionException",
                "ConflictException",
                "EventDataStoreFederationEnabledException",
            ],
        },
        Operation {
            name: "DeleteResourcePolicy",
            input: Some("DeleteResourcePolicyRequest"),
            output: Some("DeleteResourcePolicyResponse"),
            result_wrapper: None,
            errors: &[
                "ResourceARNNotValidException",
                "ResourceNotFoundException",
                "ResourcePolicyNotFoundException",
                "ResourceTypeNotSupportedException",
                "ConflictException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "DeleteTrail",
            input: Some("DeleteTrailRequest"),
            output: Some("DeleteTrailResponse"),
            result_wrapper: None,
            errors: &[
                "TrailNotFoundException",
                "InvalidTrailNameException",
                "CloudTrailARNInvalidException",
                "ConflictException",
                "ThrottlingException",
                "InvalidHomeRegionException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "NotOrganizationMasterAccountException",
                "NoManagementAccountSLRExistsException",
                "InsufficientDependencyServiceAccessPermissionException",
            ],
        },
        Operation {
            name: "DeregisterOrganizationDelegatedAdmin",
            input: Some("DeregisterOrganizationDelegatedAdminRequest"),
            output: Some("DeregisterOrganizationDelegatedAdminResponse"),
            result_wrapper: None,
            errors: &[
                "AccountNotFoundException",
                "AccountNotRegisteredException",
                "CloudTrailAccessNotEnabledException",
                "ConflictException",
                "InsufficientDependencyServiceAccessPermissionException",
                "InvalidParameterException",
                "NotOrganizationManagementAccountException",
                "OrganizationNotInAllFeaturesModeException",
                "OrganizationsNotInUseException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
            ],
        },
        Operation {
            name: "DescribeQuery",
            input: Some("DescribeQueryRequest"),
            output: Some("DescribeQueryResponse"),
            result_wrapper: None,
            errors: &[
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "InactiveEventDataStoreException",
                "InvalidParameterException",
                "QueryIdNotFoundException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "NoManagementAccountSLRExistsException",
            ],
        },
        Operation {
            name: "DescribeTrails",
            input: Some("DescribeTrailsRequest"),
            output: Some("DescribeTrailsResponse"),
            result_wrapper: None,
            errors: &[
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "InvalidTrailNameException",
                "CloudTrailARNInvalidException",
                "NoManagementAccountSLRExistsException",
            ],
        },
        Operation {
            name: "DisableFederation",
            input: Some("DisableFederationRequest"),
            output: Some("DisableFederationResponse"),
            result_wrapper: None,
            errors: &[
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "InvalidParameterException",
                "InactiveEventDataStoreException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "CloudTrailAccessNotEnabledException",
                "InsufficientDependencyServiceAccessPermissionException",
                "NotOrganizationMasterAccountException",
                "NoManagementAccountSLRExistsException",
                "OrganizationsNotInUseException",
                "OrganizationNotInAllFeaturesModeException",
                "ConcurrentModificationException",
                "AccessDeniedException",
            ],
        },
        Operation {
            name: "EnableFederation",
            input: Some("EnableFederationRequest"),
            output: Some("EnableFederationResponse"),
            result_wrapper: None,
            errors: &[
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "InvalidParameterException",
                "InactiveEventDataStoreException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "CloudTrailAccessNotEnabledException",
                "InsufficientDependencyServiceAccessPermissionException",
                "NotOrganizationMasterAccountException",
                "NoManagementAccountSLRExistsException",
                "OrganizationsNotInUseException",
                "OrganizationNotInAllFeaturesModeException",
                "ConcurrentModificationException",
                "AccessDeniedException",
                "EventDataStoreFederationEnabledException",
            ],
        },
        Operation {
            name: "GenerateQuery",
            input: Some("GenerateQueryRequest"),
            output: Some("GenerateQueryResponse"),
            result_wrapper: None,
            errors: &[
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "InactiveEventDataStoreException",
                "InvalidParameterException",
                "GenerateResponseException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "NoManagementAccountSLRExistsException",
            ],
        },
        Operation {
            name: "GetChannel",
            input: Some("GetChannelRequest"),
            output: Some("GetChannelResponse"),
            result_wrapper: None,
            errors: &[
                "ChannelARNInvalidException",
                "ChannelNotFoundException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "GetDashboard",
            input: Some("GetDashboardRequest"),
            output: Some("GetDashboardResponse"),
            result_wrapper: None,
            errors: &["ResourceNotFoundException", "UnsupportedOperationException"],
        },
        Operation {
            name: "GetEventConfiguration",
            input: Some("GetEventConfigurationRequest"),
            output: Some("GetEventConfigurationResponse"),
            result_wrapper: None,
            errors: &[
                "TrailNotFoundException",
                "InvalidTrailNameException",
                "CloudTrailARNInvalidException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "InvalidEventDataStoreStatusException",
                "InvalidParameterException",
                "InvalidEventDataStoreCategoryException",
                "NoManagementAccountSLRExistsException",
                "InvalidParameterCombinationException",
            ],
        },
        Operation {
            name: "GetEventDataStore",
            input: Some("GetEventDataStoreRequest"),
            output: Some("GetEventDataStoreResponse"),
            result_wrapper: None,
            errors: &[
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "InvalidParameterException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "NoManagementAccountSLRExistsException",
            ],
        },
        Operation {
            name: "GetEventSelectors",
            input: Some("GetEventSelectorsRequest"),
            output: Some("GetEventSelectorsResponse"),
            result_wrapper: None,
            errors: &[
                "TrailNotFoundException",
                "InvalidTrailNameException",
                "CloudTrailARNInvalidException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "NoManagementAccountSLRExistsException",
            ],
        },
        Operation {
            name: "GetImport",
            input: Some("GetImportRequest"),
            output: Some("GetImportResponse"),
            result_wrapper: None,
            errors: &[
                "ImportNotFoundException",
                "InvalidParameterException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "GetInsightSelectors",
            input: Some("GetInsightSelectorsRequest"),
            output: Some("GetInsightSelectorsResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "InvalidParameterCombinationException",
                "TrailNotFoundException",
                "InvalidTrailNameException",
                "CloudTrailARNInvalidException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "InsightNotEnabledException",
                "NoManagementAccountSLRExistsException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "GetQueryResults",
            input: Some("GetQueryResultsRequest"),
            output: Some("GetQueryResultsResponse"),
            result_wrapper: None,
            errors: &[
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "InactiveEventDataStoreException",
                "InvalidMaxResultsException",
                "InvalidNextTokenException",
                "InvalidParameterException",
                "QueryIdNotFoundException",
                "InsufficientEncryptionPolicyException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "NoManagementAccountSLRExistsException",
            ],
        },
        Operation {
            name: "GetResourcePolicy",
            input: Some("GetResourcePolicyRequest"),
            output: Some("GetResourcePolicyResponse"),
            result_wrapper: None,
            errors: &[
                "ResourceARNNotValidException",
                "ResourceNotFoundException",
                "ResourcePolicyNotFoundException",
                "ResourceTypeNotSupportedException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "GetTrail",
            input: Some("GetTrailRequest"),
            output: Some("GetTrailResponse"),
            result_wrapper: None,
            errors: &[
                "CloudTrailARNInvalidException",
                "TrailNotFoundException",
                "InvalidTrailNameException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
            ],
        },
        Operation {
            name: "GetTrailStatus",
            input: Some("GetTrailStatusRequest"),
            output: Some("GetTrailStatusResponse"),
            result_wrapper: None,
            errors: &[
                "CloudTrailARNInvalidException",
                "TrailNotFoundException",
                "InvalidTrailNameException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
            ],
        },
        Operation {
            name: "ListChannels",
            input: Some("ListChannelsRequest"),
            output: Some("ListChannelsResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidNextTokenException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "ListDashboards",
            input: Some("ListDashboardsRequest"),
            output: Some("ListDashboardsResponse"),
            result_wrapper: None,
            errors: &["UnsupportedOperationException"],
        },
        Operation {
            name: "ListEventDataStores",
            input: Some("ListEventDataStoresRequest"),
            output: Some("ListEventDataStoresResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidMaxResultsException",
                "InvalidNextTokenException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "NoManagementAccountSLRExistsException",
            ],
        },
        Operation {
            name: "ListImportFailures",
            input: Some("ListImportFailuresRequest"),
            output: Some("ListImportFailuresResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidNextTokenException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "InvalidParameterException",
            ],
        },
        Operation {
            name: "ListImports",
            input: Some("ListImportsRequest"),
            output: Some("ListImportsResponse"),
            result_wrapper: None,
            errors: &[
                "EventDataStoreARNInvalidException",
                "InvalidNextTokenException",
                "InvalidParameterException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "ListInsightsData",
            input: Some("ListInsightsDataRequest"),
            output: Some("ListInsightsDataResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "ListInsightsMetricData",
            input: Some("ListInsightsMetricDataRequest"),
            output: Some("ListInsightsMetricDataResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "InvalidTrailNameException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "ListPublicKeys",
            input: Some("ListPublicKeysRequest"),
            output: Some("ListPublicKeysResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidTimeRangeException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "InvalidTokenException",
            ],
        },
        Operation {
            name: "ListQueries",
            input: Some("ListQueriesRequest"),
            output: Some("ListQueriesResponse"),
            result_wrapper: None,
            errors: &[
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "InactiveEventDataStoreException",
                "InvalidDateRangeException",
                "InvalidMaxResultsException",
                "InvalidNextTokenException",
                "InvalidParameterException",
                "InvalidQueryStatusException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "NoManagementAccountSLRExistsException",
            ],
        },
        Operation {
            name: "ListTags",
            input: Some("ListTagsRequest"),
            output: Some("ListTagsResponse"),
            result_wrapper: None,
            errors: &[
                "ResourceNotFoundException",
                "CloudTrailARNInvalidException",
                "EventDataStoreARNInvalidException",
                "ChannelARNInvalidException",
                "ResourceTypeNotSupportedException",
                "InvalidTrailNameException",
                "InactiveEventDataStoreException",
                "EventDataStoreNotFoundException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "InvalidTokenException",
                "NoManagementAccountSLRExistsException",
            ],
        },
        Operation {
            name: "ListTrails",
            input: Some("ListTrailsRequest"),
            output: Some("ListTrailsResponse"),
            result_wrapper: None,
            errors: &[
                "UnsupportedOperationException",
                "OperationNotPermittedException",
            ],
        },
        Operation {
            name: "LookupEvents",
            input: Some("LookupEventsRequest"),
            output: Some("LookupEventsResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidLookupAttributesException",
                "InvalidTimeRangeException",
                "InvalidMaxResultsException",
                "InvalidNextTokenException",
                "InvalidEventCategoryException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
            ],
        },
        Operation {
            name: "PutEventConfiguration",
            input: Some("PutEventConfigurationRequest"),
            output: Some("PutEventConfigurationResponse"),
            result_wrapper: None,
            errors: &[
                "TrailNotFoundException",
                "InvalidTrailNameException",
                "CloudTrailARNInvalidException",
                "InvalidParameterCombinationException",
                "InvalidHomeRegionException",
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "InvalidEventDataStoreStatusException",
                "InvalidEventDataStoreCategoryException",
                "InactiveEventDataStoreException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "ThrottlingException",
                "InvalidParameterException",
                "ConflictException",
                "NotOrganizationMasterAccountException",
                "NoManagementAccountSLRExistsException",
                "InsufficientDependencyServiceAccessPermissionException",
                "InsufficientIAMAccessPermissionException",
            ],
        },
        Operation {
            name: "PutEventSelectors",
            input: Some("PutEventSelectorsRequest"),
            output: Some("PutEventSelectorsResponse"),
            result_wrapper: None,
            errors: &[
                "TrailNotFoundException",
                "InvalidTrailNameException",
                "CloudTrailARNInvalidException",
                "InvalidHomeRegionException",
                "InvalidEventSelectorsException",
                "ConflictException",
                "ThrottlingException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "NotOrganizationMasterAccountException",
                "NoManagementAccountSLRExistsException",
                "InsufficientDependencyServiceAccessPermissionException",
            ],
        },
        Operation {
            name: "PutInsightSelectors",
            input: Some("PutInsightSelectorsRequest"),
            output: Some("PutInsightSelectorsResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "InvalidParameterCombinationException",
                "TrailNotFoundException",
                "InvalidTrailNameException",
                "CloudTrailARNInvalidException",
                "InvalidHomeRegionException",
                "InvalidInsightSelectorsException",
                "InsufficientS3BucketPolicyException",
                "InsufficientEncryptionPolicyException",
                "S3BucketDoesNotExistException",
                "KmsException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "NotOrganizationMasterAccountException",
                "NoManagementAccountSLRExistsException",
                "ConflictException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "PutResourcePolicy",
            input: Some("PutResourcePolicyRequest"),
            output: Some("PutResourcePolicyResponse"),
            result_wrapper: None,
            errors: &[
                "ResourceARNNotValidException",
                "ResourcePolicyNotValidException",
                "ResourceNotFoundException",
                "ResourceTypeNotSupportedException",
                "ConflictException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "RegisterOrganizationDelegatedAdmin",
            input: Some("RegisterOrganizationDelegatedAdminRequest"),
            output: Some("RegisterOrganizationDelegatedAdminResponse"),
            result_wrapper: None,
            errors: &[
                "AccountRegisteredException",
                "AccountNotFoundException",
                "InsufficientDependencyServiceAccessPermissionException",
                "InvalidParameterException",
                "CannotDelegateManagementAccountException",
                "CloudTrailAccessNotEnabledException",
                "ConflictException",
                "DelegatedAdminAccountLimitExceededException",
                "NotOrganizationManagementAccountException",
                "OrganizationNotInAllFeaturesModeException",
                "OrganizationsNotInUseException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "InsufficientIAMAccessPermissionException",
            ],
        },
        Operation {
            name: "RemoveTags",
            input: Some("RemoveTagsRequest"),
            output: Some("RemoveTagsResponse"),
            result_wrapper: None,
            errors: &[
                "ResourceNotFoundException",
                "CloudTrailARNInvalidException",
                "EventDataStoreARNInvalidException",
                "ChannelARNInvalidException",
                "ResourceTypeNotSupportedException",
                "InvalidTrailNameException",
                "InvalidTagParameterException",
                "InactiveEventDataStoreException",
                "EventDataStoreNotFoundException",
                "ChannelNotFoundException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "NotOrganizationMasterAccountException",
                "NoManagementAccountSLRExistsException",
                "ConflictException",
            ],
        },
        Operation {
            name: "RestoreEventDataStore",
            input: Some("RestoreEventDataStoreRequest"),
            output: Some("RestoreEventDataStoreResponse"),
            result_wrapper: None,
            errors: &[
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "EventDataStoreMaxLimitExceededException",
                "InvalidEventDataStoreStatusException",
                "InvalidParameterException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "CloudTrailAccessNotEnabledException",
                "InsufficientDependencyServiceAccessPermissionException",
                "OrganizationsNotInUseException",
                "NotOrganizationMasterAccountException",
                "NoManagementAccountSLRExistsException",
                "OrganizationNotInAllFeaturesModeException",
            ],
        },
        Operation {
            name: "SearchSampleQueries",
            input: Some("SearchSampleQueriesRequest"),
            output: Some("SearchSampleQueriesResponse"),
            result_wrapper: None,
            errors: &[
                "InvalidParameterException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
            ],
        },
        Operation {
            name: "StartDashboardRefresh",
            input: Some("StartDashboardRefreshRequest"),
            output: Some("StartDashboardRefreshResponse"),
            result_wrapper: None,
            errors: &[
                "ResourceNotFoundException",
                "EventDataStoreNotFoundException",
                "InactiveEventDataStoreException",
                "ServiceQuotaExceededException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "StartEventDataStoreIngestion",
            input: Some("StartEventDataStoreIngestionRequest"),
            output: Some("StartEventDataStoreIngestionResponse"),
            result_wrapper: None,
            errors: &[
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "InvalidEventDataStoreStatusException",
                "InvalidParameterException",
                "InvalidEventDataStoreCategoryException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "NotOrganizationMasterAccountException",
                "NoManagementAccountSLRExistsException",
                "InsufficientDependencyServiceAccessPermissionException",
                "ConflictException",
            ],
        },
        Operation {
            name: "StartImport",
            input: Some("StartImportRequest"),
            output: Some("StartImportResponse"),
            result_wrapper: None,
            errors: &[
                "AccountHasOngoingImportException",
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "InvalidEventDataStoreStatusException",
                "InvalidEventDataStoreCategoryException",
                "InactiveEventDataStoreException",
                "InvalidImportSourceException",
                "ImportNotFoundException",
                "InvalidParameterException",
                "InsufficientEncryptionPolicyException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "StartLogging",
            input: Some("StartLoggingRequest"),
            output: Some("StartLoggingResponse"),
            result_wrapper: None,
            errors: &[
                "CloudTrailARNInvalidException",
                "ConflictException",
                "ThrottlingException",
                "TrailNotFoundException",
                "InvalidTrailNameException",
                "InvalidHomeRegionException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "NotOrganizationMasterAccountException",
                "NoManagementAccountSLRExistsException",
                "InsufficientDependencyServiceAccessPermissionException",
            ],
        },
        Operation {
            name: "StartQuery",
            input: Some("StartQueryRequest"),
            output: Some("StartQueryResponse"),
            result_wrapper: None,
            errors: &[
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "InactiveEventDataStoreException",
                "InvalidParameterException",
                "InvalidQueryStatementException",
                "MaxConcurrentQueriesException",
                "InsufficientEncryptionPolicyException",
                "InvalidS3PrefixException",
                "InvalidS3BucketNameException",
                "InsufficientS3BucketPolicyException",
                "S3BucketDoesNotExistException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "NoManagementAccountSLRExistsException",
            ],
        },
        Operation {
            name: "StopEventDataStoreIngestion",
            input: Some("StopEventDataStoreIngestionRequest"),
            output: Some("StopEventDataStoreIngestionResponse"),
            result_wrapper: None,
            errors: &[
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "InvalidEventDataStoreStatusException",
                "InvalidParameterException",
                "InvalidEventDataStoreCategoryException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "NotOrganizationMasterAccountException",
                "NoManagementAccountSLRExistsException",
                "InsufficientDependencyServiceAccessPermissionException",
                "ConflictException",
            ],
        },
        Operation {
            name: "StopImport",
            input: Some("StopImportRequest"),
            output: Some("StopImportResponse"),
            result_wrapper: None,
            errors: &[
                "ImportNotFoundException",
                "InvalidParameterException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "StopLogging",
            input: Some("StopLoggingRequest"),
            output: Some("StopLoggingResponse"),
            result_wrapper: None,
            errors: &[
                "TrailNotFoundException",
                "InvalidTrailNameException",
                "CloudTrailARNInvalidException",
                "ConflictException",
                "ThrottlingException",
                "InvalidHomeRegionException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "NotOrganizationMasterAccountException",
                "NoManagementAccountSLRExistsException",
                "InsufficientDependencyServiceAccessPermissionException",
            ],
        },
        Operation {
            name: "UpdateChannel",
            input: Some("UpdateChannelRequest"),
            output: Some("UpdateChannelResponse"),
            result_wrapper: None,
            errors: &[
                "ChannelARNInvalidException",
                "ChannelNotFoundException",
                "ChannelAlreadyExistsException",
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "InvalidEventDataStoreCategoryException",
                "InactiveEventDataStoreException",
                "InvalidParameterException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "UpdateDashboard",
            input: Some("UpdateDashboardRequest"),
            output: Some("UpdateDashboardResponse"),
            result_wrapper: None,
            errors: &[
                "ConflictException",
                "ResourceNotFoundException",
                "EventDataStoreNotFoundException",
                "InactiveEventDataStoreException",
                "InsufficientEncryptionPolicyException",
                "InvalidQueryStatementException",
                "ServiceQuotaExceededException",
                "UnsupportedOperationException",
            ],
        },
        Operation {
            name: "UpdateEventDataStore",
            input: Some("UpdateEventDataStoreRequest"),
            output: Some("UpdateEventDataStoreResponse"),
            result_wrapper: None,
            errors: &[
                "EventDataStoreAlreadyExistsException",
                "EventDataStoreARNInvalidException",
                "EventDataStoreNotFoundException",
                "InvalidEventSelectorsException",
                "InvalidInsightSelectorsException",
                "EventDataStoreHasOngoingImportException",
                "InactiveEventDataStoreException",
                "InvalidParameterException",
                "OperationNotPermittedException",
                "UnsupportedOperationException",
                "InsufficientEncryptionPolicyException",
                "InvalidKmsKeyIdException",
                "KmsKeyNotFoundException",
                "KmsException",
                "CloudTrailAccessNotEnabledException",
                "InsufficientDependencyServiceAccessPermissionException",
                "OrganizationsNotInUseException",
                "NotOrganizationMasterAccountException",
                "NoManagementAccountSLRExistsException",
                "OrganizationNotInAllFeaturesModeException",
                "ConflictException",
                "ThrottlingException",
            ],
        },
        Operation {
            name: "UpdateTrail",
            input: Some("UpdateTrailRequest"),
            output: Some("UpdateTrailResponse"),
            result_wrapper: None,
            errors: &[
                "S3BucketDoesNotExistException",
                "InsufficientS3BucketPolicyException",
                "InsufficientSnsTopicPolicyException",
                "InsufficientEncryptionPolicyException",
                "TrailNotFoundException",
                "InvalidS3BucketNameException",
                "InvalidS3PrefixException",
                "InvalidSnsTopicNameException",
                "InvalidKmsKeyIdException",
                "InvalidTrailNameException",
                "TrailNotProvidedException",
                "InvalidEventSelectorsException",
                "CloudTrailARNInvalidException",
                "ConflictException",
                "ThrottlingException",
                "InvalidParameterCombinationException",
                "InvalidHomeRegionException",
                "KmsKeyNotFoundException",
                "KmsKeyDisabledException",
                "KmsException",
                "InvalidCloudWatchLogsLogGroupArnException",
                "InvalidCloudWatchLogsRoleArnException",
                "CloudWatchLogsDeliveryUnavailableException",
                "UnsupportedOperationException",
                "OperationNotPermittedException",
                "CloudTrailAccessNotEnabledException",
                "InsufficientDependencyServiceAccessPermissionException",
                "OrganizationsNotInUseException",
                "NotOrganizationMasterAccountException",
                "OrganizationNotInAllFeaturesModeException",
                "NoManagementAccountSLRExistsException",
                "CloudTrailInvalidClientTokenIdException",
                "InvalidParameterException",
            ],
        },
    ];

    const SHAPES: &[Shape] = &[
        s(
            "AccessDeniedException",
            false,
            exception(&[], &[], "AccessDeniedException", 400, false),
        ),
        s(
            "AccountHasOngoingImportException",
            false,
            exception(&[], &[], "AccountHasOngoingImportException", 400, false),
        ),
        s(
            "AccountId",
            false,
            string(&[], Some(12), Some(16), Some("\\d+")),
        ),
        s(
            "AccountNotFoundException",
            false,
            exception(&[], &[], "AccountNotFoundException", 400, false),
        ),
        s(
            "AccountNotRegisteredException",
            false,
            exception(&[], &[], "AccountNotRegisteredException", 400, false),
        ),
        s(
            "AccountRegisteredException",
            false,
            exception(&[], &[], "AccountRegisteredException", 400, false),
        ),
        s(
            "AddTagsRequest",
            false,
            structure(
                &[m("ResourceId", "String"), m("TagsList", "TagsList")],
                &["ResourceId", "TagsList"],
            ),
        ),
        s("AddTagsResponse", false, structure(&[], &[])),
        s(
            "AdvancedEventSelector",
            false,
            structure(
                &[
                    m("Name", "SelectorName"),
                    m("FieldSelectors", "AdvancedFieldSelectors"),
                ],
                &["FieldSelectors"],
            ),
        ),
        s(
            "AdvancedEventSelectors",
            false,
            list("AdvancedEventSelector", None, None),
        ),
        s(
            "AdvancedFieldSelector",
            false,
            structure(
                &[
                    m("Field", "SelectorField"),
                    m("Equals", "Operator"),
                    m("StartsWith", "Operator"),
                    m("EndsWith", "Operator"),
                    m("NotEquals", "Operator"),
                    m("NotStartsWith", "Operator"),
                    m("NotEndsWith", "Operator"),
                ],
                &["Field"],
            ),
        ),
        s(
            "AdvancedFieldSelectors",
            false,
            list("AdvancedFieldSelector", Some(1), None),
        ),
        s(
            "AggregationConfiguration",
            false,
            structure(
                &[
                    m("Templates", "Templates"),
                    m("EventCategory", "EventCategoryAggregation"),
                ],
                &["Templates", "EventCategory"],
            ),
        ),
        s(
            "AggregationConfigurations",
            false,
            list("AggregationConfiguration", None, Some(1)),
        ),
        s(
            "BillingMode",
            false,
            string(super::BillingMode::VALUES, None, None, None),
        ),
        s("Boolean", false, K::Boolean),
        s(
            "ByteBuffer",
            false,
            K::Blob {
                min: None,
                max: None,
            },
        ),
        s(
            "CancelQueryRequest",
            false,
            structure(
                &[
                    m("EventDataStore", "EventDataStoreArn"),
                    m("QueryId", "UUID"),
                    m("EventDataStoreOwnerAccountId", "AccountId"),
                ],
                &["QueryId"],
            ),
        ),
        s(
            "CancelQueryResponse",
            false,
            structure(
                &[
                    m("QueryId", "UUID"),
                    m("QueryStatus", "QueryStatus"),
                    m("EventDataStoreOwnerAccountId", "AccountId"),
                ],
                &["QueryId", "QueryStatus"],
            ),
        ),
        s(
            "CannotDelegateManagementAccountException",
            false,
            exception(
                &[],
                &[],
                "CannotDelegateManagementAccountException",
                400,
                false,
            ),
        ),
        s(
            "Channel",
            false,
            structure(
                &[m("ChannelArn", "ChannelArn"), m("Name", "ChannelName")],
                &[],
            ),
        ),
        s(
            "ChannelARNInvalidException",
            false,
            exception(&[], &[], "ChannelARNInvalidException", 400, false),
        ),
        s(
            "ChannelAlreadyExistsException",
            false,
            exception(&[], &[], "ChannelAlreadyExistsException", 400, false),
        ),
        s(
            "ChannelArn",
            false,
            string(&[], Some(3), Some(256), Some("^[a-zA-Z0-9._/\\-:]+$")),
        ),
        s(
            "ChannelExistsForEDSException",
            false,
            exception(&[], &[], "ChannelExistsForEDSException", 400, false),
        ),
        s(
            "ChannelMaxLimitExceededException",
            false,
            exception(&[], &[], "ChannelMaxLimitExceededException", 400, false),
        ),
        s(
            "ChannelName",
            false,
            string(&[], Some(3), Some(128), Some("^[a-zA-Z0-9._\\-]+$")),
        ),
        s(
            "ChannelNotFoundException",
            false,
            exception(&[], &[], "ChannelNotFoundException", 400, false),
        ),
        s("Channels", false, list("Channel", None, None)),
        s(
            "CloudTrailARNInvalidException",
            false,
            exception(&[], &[], "CloudTrailARNInvalidException", 400, false),
        ),
        s(
            "CloudTrailAccessNotEnabledException",
            false,
            exception(&[], &[], "CloudTrailAccessNotEnabledException", 400, false),
        ),
        s(
            "CloudTrailInvalidClientTokenIdException",
            false,
            exception(
                &[],
                &[],
                "CloudTrailInvalidClientTokenIdException",
                400,
                false,
            ),
        ),
        s(
            "CloudWatchLogsDeliveryUnavailableException",
            false,
            exception(
                &[],
                &[],
                "CloudWatchLogsDeliveryUnavailableException",
                400,
                false,
            ),
        ),
        s(
            "ConcurrentModificationException",
            false,
            exception(&[], &[], "ConcurrentModificationException", 400, false),
        ),
        s(
            "ConflictException",
            false,
            exception(&[], &[], "ConflictException", 400, false),
        ),
        s(
            "ContextKeySelector",
            false,
            structure(
                &[m("Type", "Type"), m("Equals", "OperatorTargetList")],
                &["Type", "Equals"],
            ),
        ),
        s(
            "ContextKeySelectors",
            false,
            list("ContextKeySelector", None, Some(2)),
        ),
        s(
            "CreateChannelRequest",
            false,
            structure(
                &[
                    m("Name", "ChannelName"),
                    m("Source", "Source"),
                    m("Destinations", "Destinations"),
                    m("Tags", "TagsList"),
                ],
                &["Name", "Source", "Destinations"],
            ),
        ),
        s(
            "CreateChannelResponse",
            false,
            structure(
                &[
                    m("ChannelArn", "ChannelArn"),
                    m("Name", "ChannelName"),
                    m("Source", "Source"),
                    m("Destinations", "Destinations"),
                    m("Tags", "TagsList"),
                ],
                &[],
            ),
        ),
        s(
            "CreateDashboardRequest",
            false,
            structure(
                &[
                    m("Name", "DashboardName"),
                    m("RefreshSchedule", "RefreshSchedule"),
                    m("TagsList", "TagsList"),
                    m(
                        "TerminationProtectionEnabled",
                        "TerminationProtectionEnabled",
                    ),
                    m("Widgets", "RequestWidgetList"),
                ],
                &["Name"],
            ),
        ),
        s(
            "CreateDashboardResponse",
            false,
            structure(
                &[
                    m("DashboardArn", "DashboardArn"),
                    m("Name", "DashboardName"),
                    m("Type", "DashboardType"),
                    m("Widgets", "WidgetList"),
                    m("TagsList", "TagsList"),
                    m("RefreshSchedule", "RefreshSchedule"),
                    m(
                        "TerminationProtectionEnabled",
                        "TerminationProtectionEnabled",
                    ),
                ],
                &[],
            ),
        ),
        s(
            "CreateEventDataStoreRequest",
            false,
            structure(
                &[
                    m("Name", "EventDataStoreName"),
                    m("AdvancedEventSelectors", "AdvancedEventSelectors"),
                    m("MultiRegionEnabled", "Boolean"),
                    m("OrganizationEnabled", "Boolean"),
                    m("RetentionPeriod", "RetentionPeriod"),
                    m(
                        "TerminationProtectionEnabled",
                        "TerminationProtectionEnabled",
                    ),
                    m("TagsList", "TagsList"),
                    m("KmsKeyId", "EventDataStoreKmsKeyId"),
                    m("StartIngestion", "Boolean"),
                    m("BillingMode", "BillingMode"),
                ],
                &["Name"],
            ),
        ),
        s(
            "CreateEventDataStoreResponse",
            false,
            structure(
                &[
                    m("EventDataStoreArn", "EventDataStoreArn"),
                    m("Name", "EventDataStoreName"),
                    m("Status", "EventDataStoreStatus"),
                    m("AdvancedEventSelectors", "AdvancedEventSelectors"),
                    m("MultiRegionEnabled", "Boolean"),
                    m("OrganizationEnabled", "Boolean"),
                    m("RetentionPeriod", "RetentionPeriod"),
                    m(
                        "TerminationProtectionEnabled",
                        "TerminationProtectionEnabled",
                    ),
                    m("TagsList", "TagsList"),
                    m("CreatedTimestamp", "Date"),
                    m("UpdatedTimestamp", "Date"),
                    m("KmsKeyId", "EventDataStoreKmsKeyId"),
                    m("BillingMode", "BillingMode"),
                ],
                &[],
            ),
        ),
        s(
            "CreateTrailRequest",
            false,
            structure(
                &[
                    m("Name", "String"),
                    m("S3BucketName", "String"),
                    m("S3KeyPrefix", "String"),
                    m("SnsTopicName", "String"),
                    m("IncludeGlobalServiceEvents", "Boolean"),
                    m("IsMultiRegionTrail", "Boolean"),
                    m("EnableLogFileValidation", "Boolean"),
                    m("CloudWatchLogsLogGroupArn", "String"),
                    m("CloudWatchLogsRoleArn", "String"),
                    m("KmsKeyId", "String"),
                    m("IsOrganizationTrail", "Boolean"),
                    m("TagsList", "TagsList"),
                    m("RecursiveLogging", "Boolean"),
                ],
                &["Name", "S3BucketName"],
            ),
        ),
        s(
            "CreateTrailResponse",
            false,
            structure(
                &[
                    m("Name", "String"),
                    m("S3BucketName", "String"),
                    m("S3KeyPrefix", "String"),
                    m("SnsTopicName", "String"),
                    m("SnsTopicARN", "String"),
                    m("IncludeGlobalServiceEvents", "Boolean"),
                    m("IsMultiRegionTrail", "Boolean"),
                    m("TrailARN", "String"),
                    m("LogFileValidationEnabled", "Boolean"),
                    m("CloudWatchLogsLogGroupArn", "String"),
                    m("CloudWatchLogsRoleArn", "String"),
                    m("KmsKeyId", "String"),
                    m("IsOrganizationTrail", "Boolean"),
                    m("RecursiveLogging", "Boolean"),
                ],
                &[],
            ),
        ),
        s(
            "DashboardArn",
            false,
            string(&[], None, None, Some("^[a-zA-Z0-9._/\\-:]+$")),
        ),
        s(
            "DashboardDetail",
            false,
            structure(
                &[
                    m("DashboardArn", "DashboardArn"),
                    m("Type", "DashboardType"),
                ],
                &[],
            ),
        ),
        s(
            "DashboardName",
            false,
            string(&[], Some(3), Some(128), Some("^[a-zA-Z0-9_\\-]+$")),
        ),
        s(
            "DashboardStatus",
            false,
            string(super::DashboardStatus::VALUES, None, None, None),
        ),
        s(
            "DashboardType",
            false,
            string(super::DashboardType::VALUES, None, None, None),
        ),
        s("Dashboards", false, list("DashboardDetail", None, None)),
        s(
            "DataResource",
            false,
            structure(
                &[m("Type", "String"), m("Values", "DataResourceValues")],
                &[],
            ),
        ),
        s("DataResourceValues", false, list("String", None, None)),
        s("DataResources", false, list("DataResource", None, None)),
        s("Date", false, K::Timestamp),
        s(
            "DelegatedAdminAccountLimitExceededException",
            false,
            exception(
                &[],
                &[],
                "DelegatedAdminAccountLimitExceededException",
                400,
                false,
            ),
        ),
        s(
            "DeleteChannelRequest",
            false,
            structure(&[m("Channel", "ChannelArn")], &["Channel"]),
        ),
        s("DeleteChannelResponse", false, structure(&[], &[])),
        s(
            "DeleteDashboardRequest",
            false,
            structure(&[m("DashboardId", "DashboardArn")], &["DashboardId"]),
        ),
        s("DeleteDashboardResponse", false, structure(&[], &[])),
        s(
            "DeleteEventDataStoreRequest",
            false,
            structure(
                &[m("EventDataStore", "EventDataStoreArn")],
                &["EventDataStore"],
            ),
        ),
        s("DeleteEventDataStoreResponse", false, structure(&[], &[])),
        s(
            "DeleteResourcePolicyRequest",
            false,
            structure(&[m("ResourceArn", "ResourceArn")], &["ResourceArn"]),
        ),
        s("DeleteResourcePolicyResponse", false, structure(&[], &[])),
        s(
            "DeleteTrailRequest",
            false,
            structure(&[m("Name", "String")], &["Name"]),
        ),
        s("DeleteTrailResponse", false, structure(&[], &[])),
        s(
            "DeliveryS3Uri",
            false,
            string(
                &[],
                None,
                Some(1024),
                Some("s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?"),
            ),
        ),
        s(
            "DeliveryStatus",
            false,
            string(super::DeliveryStatus::VALUES, None, None, None),
        ),
        s(
            "DeregisterOrganizationDelegatedAdminRequest",
            false,
            structure(
                &[m("DelegatedAdminAccountId", "AccountId")],
                &["DelegatedAdminAccountId"],
            ),
        ),
        s(
            "DeregisterOrganizationDelegatedAdminResponse",
            false,
            structure(&[], &[]),
        ),
        s(
            "DescribeQueryRequest",
            false,
            structure(
                &[
                    m("EventDataStore", "EventDataStoreArn"),
                    m("QueryId", "UUID"),
                    m("QueryAlias", "QueryAlias"),
                    m("RefreshId", "RefreshId"),
                    m("EventDataStoreOwnerAccountId", "AccountId"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeQueryResponse",
            false,
            structure(
                &[
                    m("QueryId", "UUID"),
                    m("QueryString", "QueryStatement"),
                    m("QueryStatus", "QueryStatus"),
                    m("QueryStatistics", "QueryStatisticsForDescribeQuery"),
                    m("ErrorMessage", "ErrorMessage"),
                    m("DeliveryS3Uri", "DeliveryS3Uri"),
                    m("DeliveryStatus", "DeliveryStatus"),
                    m("Prompt", "Prompt"),
                    m("EventDataStoreOwnerAccountId", "AccountId"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeTrailsRequest",
            false,
            structure(
                &[
                    m("trailNameList", "TrailNameList"),
                    m("includeShadowTrails", "Boolean"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeTrailsResponse",
            false,
            structure(&[m("trailList", "TrailList")], &[]),
        ),
        s(
            "Destination",
            false,
            structure(
                &[m("Type", "DestinationType"), m("Location", "Location")],
                &["Type", "Location"],
            ),
        ),
        s(
            "DestinationType",
            false,
            string(super::DestinationType::VALUES, None, None, None),
        ),
        s(
            "Destinations",
            false,
            list("Destination", Some(1), Some(200)),
        ),
        s(
            "DisableFederationRequest",
            false,
            structure(
                &[m("EventDataStore", "EventDataStoreArn")],
                &["EventDataStore"],
            ),
        ),
        s(
            "DisableFederationResponse",
            false,
            structure(
                &[
                    m("EventDataStoreArn", "EventDataStoreArn"),
                    m("FederationStatus", "FederationStatus"),
                ],
                &[],
            ),
        ),
        s(
            "Double",
            false,
            K::Double {
                min: None,
                max: None,
            },
        ),
        s(
            "EnableFederationRequest",
            false,
            structure(
                &[
                    m("EventDataStore", "EventDataStoreArn"),
                    m("FederationRoleArn", "FederationRoleArn"),
                ],
                &["EventDataStore", "FederationRoleArn"],
            ),
        ),
        s(
            "EnableFederationResponse",
            false,
            structure(
                &[
                    m("EventDataStoreArn", "EventDataStoreArn"),
                    m("FederationStatus", "FederationStatus"),
                    m("FederationRoleArn", "FederationRoleArn"),
                ],
                &[],
            ),
        ),
        s(
            "ErrorCode",
            false,
            string(&[], None, Some(128), Some("^[\\w\\d\\s_.,\\-:\\[\\]]+$")),
        ),
        s(
            "ErrorMessage",
            false,
            string(&[], Some(4), Some(1000), Some(".*")),
        ),
        s(
            "Event",
            false,
            structure(
                &[
                    m("EventId", "String"),
                    m("EventName", "String"),
                    m("ReadOnly", "String"),
                    m("AccessKeyId", "String"),
                    m("EventTime", "Date"),
                    m("EventSource", "String"),
                    m("Username", "String"),
                    m("Resources", "ResourceList"),
                    m("CloudTrailEvent", "String"),
                ],
                &[],
            ),
        ),
        s(
            "EventCategory",
            false,
            string(super::EventCategory::VALUES, None, None, None),
        ),
        s(
            "EventCategoryAggregation",
            false,
            string(super::EventCategoryAggregation::VALUES, None, None, None),
        ),
        s(
            "EventDataStore",
            false,
            structure(
                &[
                    m("EventDataStoreArn", "EventDataStoreArn"),
                    m("Name", "EventDataStoreName"),
                    m(
                        "TerminationProtectionEnabled",
                        "TerminationProtectionEnabled",
                    ),
                    m("Status", "EventDataStoreStatus"),
                    m("AdvancedEventSelectors", "AdvancedEventSelectors"),
                    m("MultiRegionEnabled", "Boolean"),
                    m("OrganizationEnabled", "Boolean"),
                    m("RetentionPeriod", "RetentionPeriod"),
                    m("CreatedTimestamp", "Date"),
                    m("UpdatedTimestamp", "Date"),
                ],
                &[],
            ),
        ),
        s(
            "EventDataStoreARNInvalidException",
            false,
            exception(&[], &[], "EventDataStoreARNInvalidException", 400, false),
        ),
        s(
            "EventDataStoreAlreadyExistsException",
            false,
            exception(&[], &[], "EventDataStoreAlreadyExistsException", 400, false),
        ),
        s(
            "EventDataStoreArn",
            false,
            string(&[], Some(3), Some(256), Some("^[a-zA-Z0-9._/\\-:]+$")),
        ),
        s(
            "EventDataStoreFederationEnabledException",
            false,
            exception(
                &[],
                &[],
                "EventDataStoreFederationEnabledException",
                400,
                false,
            ),
        ),
        s(
            "EventDataStoreHasOngoingImportException",
            false,
            exception(
                &[],
                &[],
                "EventDataStoreHasOngoingImportException",
                400,
                false,
            ),
        ),
        s(
            "EventDataStoreKmsKeyId",
            false,
            string(&[], Some(1), Some(350), Some("^[a-zA-Z0-9._/\\-:]+$")),
        ),
        s(
            "EventDataStoreList",
            false,
            list("EventDataStoreArn", Some(1), Some(1)),
        ),
        s(
            "EventDataStoreMaxLimitExceededException",
            false,
            exception(
                &[],
                &[],
                "EventDataStoreMaxLimitExceededException",
                400,
                false,
            ),
        ),
        s(
            "EventDataStoreName",
            false,
            string(&[], Some(3), Some(128), Some("^[a-zA-Z0-9._\\-]+$")),
        ),
        s(
            "EventDataStoreNotFoundException",
            false,
            exception(&[], &[], "EventDataStoreNotFoundException", 400, false),
        ),
        s(
            "EventDataStoreStatus",
            false,
            string(super::EventDataStoreStatus::VALUES, None, None, None),
        ),
        s(
            "EventDataStoreTerminationProtectedException",
            false,
            exception(
                &[],
                &[],
                "EventDataStoreTerminationProtectedException",
                400,
                false,
            ),
        ),
        s("EventDataStores", false, list("EventDataStore", None, None)),
        s(
            "EventName",
            false,
            string(&[], None, Some(128), Some("^[A-Za-z0-9_]+$")),
        ),
        s(
            "EventSelector",
            false,
            structure(
                &[
                    m("ReadWriteType", "ReadWriteType"),
                    m("IncludeManagementEvents", "Boolean"),
                    m("DataResources", "DataResources"),
                    m(
                        "ExcludeManagementEventSources",
                        "ExcludeManagementEventSources",
                    ),
                ],
                &[],
            ),
        ),
        s("EventSelectors", false, list("EventSelector", None, None)),
        s(
            "EventSource",
            false,
            string(
                &[],
                None,
                Some(256),
                Some("^[a-z0-9_-]+\\.amazonaws\\.com$"),
            ),
        ),
        s("EventsList", false, list("Event", None, None)),
        s(
            "ExcludeManagementEventSources",
            false,
            list("String", None, None),
        ),
        s(
            "FederationRoleArn",
            false,
            string(
                &[],
                Some(3),
                Some(125),
                Some("^[a-zA-Z0-9._/\\-:@=\\+,\\.]+$"),
            ),
        ),
        s(
            "FederationStatus",
            false,
            string(super::FederationStatus::VALUES, None, None, None),
        ),
        s(
            "GenerateQueryRequest",
            false,
            structure(
                &[
                    m("EventDataStores", "EventDataStoreList"),
                    m("Prompt", "Prompt"),
                ],
                &["EventDataStores", "Prompt"],
            ),
        ),
        s(
            "GenerateQueryResponse",
            false,
            structure(
                &[
                    m("QueryStatement", "QueryStatement"),
                    m("QueryAlias", "QueryAlias"),
                    m("EventDataStoreOwnerAccountId", "AccountId"),
                ],
                &[],
            ),
        ),
        s(
            "GenerateResponseException",
            false,
            exception(&[], &[], "GenerateResponseException", 400, false),
        ),
        s(
            "GetChannelRequest",
            false,
            structure(&[m("Channel", "ChannelArn")], &["Channel"]),
        ),
        s(
            "GetChannelResponse",
            false,
            structure(
                &[
                    m("ChannelArn", "ChannelArn"),
                    m("Name", "ChannelName"),
                    m("Source", "Source"),
                    m("SourceConfig", "SourceConfig"),
                    m("Destinations", "Destinations"),
                    m("IngestionStatus", "IngestionStatus"),
                ],
                &[],
            ),
        ),
        s(
            "GetDashboardRequest",
            false,
            structure(&[m("DashboardId", "DashboardArn")], &["DashboardId"]),
        ),
        s(
            "GetDashboardResponse",
            false,
            structure(
                &[
                    m("DashboardArn", "DashboardArn"),
                    m("Type", "DashboardType"),
                    m("Status", "DashboardStatus"),
                    m("Widgets", "WidgetList"),
                    m("RefreshSchedule", "RefreshSchedule"),
                    m("CreatedTimestamp", "Date"),
                    m("UpdatedTimestamp", "Date"),
                    m("LastRefreshId", "RefreshId"),
                    m("LastRefreshFailureReason", "ErrorMessage"),
                    m(
                        "TerminationProtectionEnabled",
                        "TerminationProtectionEnabled",
                    ),
                ],
                &[],
            ),
        ),
        s(
            "GetEventConfigurationRequest",
            false,
            structure(
                &[m("TrailName", "String"), m("EventDataStore", "String")],
                &[],
            ),
        ),
        s(
            "GetEventConfigurationResponse",
            false,
            structure(
                &[
                    m("TrailARN", "String"),
                    m("EventDataStoreArn", "EventDataStoreArn"),
                    m("MaxEventSize", "MaxEventSize"),
                    m("ContextKeySelectors", "ContextKeySelectors"),
                    m("AggregationConfigurations", "AggregationConfigurations"),
                ],
                &[],
            ),
        ),
        s(
            "GetEventDataStoreRequest",
            false,
            structure(
                &[m("EventDataStore", "EventDataStoreArn")],
                &["EventDataStore"],
            ),
        ),
        s(
            "GetEventDataStoreResponse",
            false,
            structure(
                &[
                    m("EventDataStoreArn", "EventDataStoreArn"),
                    m("Name", "EventDataStoreName"),
                    m("Status", "EventDataStoreStatus"),
                    m("AdvancedEventSelectors", "AdvancedEventSelectors"),
                    m("MultiRegionEnabled", "Boolean"),
                    m("OrganizationEnabled", "Boolean"),
                    m("RetentionPeriod", "RetentionPeriod"),
                    m(
                        "TerminationProtectionEnabled",
                        "TerminationProtectionEnabled",
                    ),
                    m("CreatedTimestamp", "Date"),
                    m("UpdatedTimestamp", "Date"),
                    m("KmsKeyId", "EventDataStoreKmsKeyId"),
                    m("BillingMode", "BillingMode"),
                    m("FederationStatus", "FederationStatus"),
                    m("FederationRoleArn", "FederationRoleArn"),
                    m("PartitionKeys", "PartitionKeyList"),
                ],
                &[],
            ),
        ),
        s(
            "GetEventSelectorsRequest",
            false,
            structure(&[m("TrailName", "String")], &["TrailName"]),
        ),
        s(
            "GetEventSelectorsResponse",
            false,
            structure(
                &[
                    m("TrailARN", "String"),
                    m("EventSelectors", "EventSelectors"),
                    m("AdvancedEventSelectors", "AdvancedEventSelectors"),
                ],
                &[],
            ),
        ),
        s(
            "GetImportRequest",
            false,
            structure(&[m("ImportId", "UUID")], &["ImportId"]),
        ),
        s(
            "GetImportResponse",
            false,
            structure(
                &[
                    m("ImportId", "UUID"),
                    m("Destinations", "ImportDestinations"),
                    m("ImportSource", "ImportSource"),
                    m("StartEventTime", "Date"),
                    m("EndEventTime", "Date"),
                    m("ImportStatus", "ImportStatus"),
                    m("CreatedTimestamp", "Date"),
                    m("UpdatedTimestamp", "Date"),
                    m("ImportStatistics", "ImportStatistics"),
                ],
                &[],
            ),
        ),
        s(
            "GetInsightSelectorsRequest",
            false,
            structure(
                &[
                    m("TrailName", "String"),
                    m("EventDataStore", "EventDataStoreArn"),
                ],
                &[],
            ),
        ),
        s(
            "GetInsightSelectorsResponse",
            false,
            structure(
                &[
                    m("TrailARN", "String"),
                    m("InsightSelectors", "InsightSelectors"),
                    m("EventDataStoreArn", "EventDataStoreArn"),
                    m("InsightsDestination", "EventDataStoreArn"),
                ],
                &[],
            ),
        ),
        s(
            "GetQueryResultsRequest",
            false,
            structure(
                &[
                    m("EventDataStore", "EventDataStoreArn"),
                    m("QueryId", "UUID"),
                    m("NextToken", "PaginationToken"),
                    m("MaxQueryResults", "MaxQueryResults"),
                    m("EventDataStoreOwnerAccountId", "AccountId"),
                ],
                &["QueryId"],
            ),
        ),
        s(
            "GetQueryResultsResponse",
            false,
            structure(
                &[
                    m("QueryStatus", "QueryStatus"),
                    m("QueryStatistics", "QueryStatistics"),
                    m("QueryResultRows", "QueryResultRows"),
                    m("NextToken", "PaginationToken"),
                    m("ErrorMessage", "ErrorMessage"),
                ],
                &[],
            ),
        ),
        s(
            "GetResourcePolicyRequest",
            false,
            structure(&[m("ResourceArn", "ResourceArn")], &["ResourceArn"]),
        ),
        s(
            "GetResourcePolicyResponse",
            false,
            structure(
                &[
                    m("ResourceArn", "ResourceArn"),
                    m("ResourcePolicy", "ResourcePolicy"),
                    m("DelegatedAdminResourcePolicy", "ResourcePolicy"),
                ],
                &[],
            ),
        ),
        s(
            "GetTrailRequest",
            false,
            structure(&[m("Name", "String")], &["Name"]),
        ),
        s(
            "GetTrailResponse",
            false,
            structure(&[m("Trail", "Trail")], &[]),
        ),
        s(
            "GetTrailStatusRequest",
            false,
            structure(&[m("Name", "String")], &["Name"]),
        ),
        s(
            "GetTrailStatusResponse",
            false,
            structure(
                &[
                    m("IsLogging", "Boolean"),
                    m("LatestDeliveryError", "String"),
                    m("LatestNotificationError", "String"),
                    m("LatestDeliveryTime", "Date"),
                    m("LatestNotificationTime", "Date"),
                    m("StartLoggingTime", "Date"),
                    m("StopLoggingTime", "Date"),
                    m("LatestCloudWatchLogsDeliveryError", "String"),
                    m("LatestCloudWatchLogsDeliveryTime", "Date"),
                    m("LatestDigestDeliveryTime", "Date"),
                    m("LatestDigestDeliveryError", "String"),
                    m("LatestDeliveryAttemptTime", "String"),
                    m("LatestNotificationAttemptTime", "String"),
                    m("LatestNotificationAttemptSucceeded", "String"),
                    m("LatestDeliveryAttemptSucceeded", "String"),
                    m("TimeLoggingStarted", "String"),
                    m("TimeLoggingStopped", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ImportDestinations",
            false,
            list("EventDataStoreArn", Some(1), Some(1)),
        ),
        s(
            "ImportFailureList",
            false,
            list("ImportFailureListItem", None, None),
        ),
        s(
            "ImportFailureListItem",
            false,
            structure(
                &[
                    m("Location", "String"),
                    m("Status", "ImportFailureStatus"),
                    m("ErrorType", "String"),
                    m("ErrorMessage", "String"),
                    m("LastUpdatedTime", "Date"),
                ],
                &[],
            ),
        ),
        s(
            "ImportFailureStatus",
            false,
            string(super::ImportFailureStatus::VALUES, None, None, None),
        ),
        s(
            "ImportNotFoundException",
            false,
            exception(&[], &[], "ImportNotFoundException", 400, false),
        ),
        s(
            "ImportSource",
            false,
            structure(&[m("S3", "S3ImportSource")], &["S3"]),
        ),
        s(
            "ImportStatistics",
            false,
            structure(
                &[
                    m("PrefixesFound", "Long"),
                    m("PrefixesCompleted", "Long"),
                    m("FilesCompleted", "Long"),
                    m("EventsCompleted", "Long"),
                    m("FailedEntries", "Long"),
                ],
                &[],
            ),
        ),
        s(
            "ImportStatus",
            false,
            string(super::ImportStatus::VALUES, None, None, None),
        ),
        s("ImportsList", false, list("ImportsListItem", None, None)),
        s(
            "ImportsListItem",
            false,
            structure(
                &[
                    m("ImportId", "UUID"),
                    m("ImportStatus", "ImportStatus"),
                    m("Destinations", "ImportDestinations"),
                    m("CreatedTimestamp", "Date"),
                    m("UpdatedTimestamp", "Date"),
                ],
                &[],
            ),
        ),
        s(
            "InactiveEventDataStoreException",
            false,
            exception(&[], &[], "InactiveEventDataStoreException", 400, false),
        ),
        s(
            "InactiveQueryException",
            false,
            exception(&[], &[], "InactiveQueryException", 400, false),
        ),
        s(
            "IngestionStatus",
            false,
            structure(
                &[
                    m("LatestIngestionSuccessTime", "Date"),
                    m("LatestIngestionSuccessEventID", "UUID"),
                    m("LatestIngestionErrorCode", "ErrorMessage"),
                    m("LatestIngestionAttemptTime", "Date"),
                    m("LatestIngestionAttemptEventID", "UUID"),
                ],
                &[],
            ),
        ),
        s(
            "InsightNotEnabledException",
            false,
            exception(&[], &[], "InsightNotEnabledException", 400, false),
        ),
        s(
            "InsightSelector",
            false,
            structure(
                &[
                    m("InsightType", "InsightType"),
                    m("EventCategories", "SourceEventCategories"),
                ],
                &[],
            ),
        ),
        s(
            "InsightSelectors",
            false,
            list("InsightSelector", None, None),
        ),
        s(
            "InsightType",
            false,
            string(super::InsightType::VALUES, None, None, None),
        ),
        s(
            "InsightsMetricDataType",
            false,
            string(super::InsightsMetricDataType::VALUES, None, None, None),
        ),
        s(
            "InsightsMetricMaxResults",
            false,
            integer(Some(1), Some(21600)),
        ),
        s(
            "InsightsMetricNextToken",
            false,
            string(&[], Some(1), Some(5000), None),
        ),
        s("InsightsMetricPeriod", false, integer(Some(60), Some(3600))),
        s("InsightsMetricValues", false, list("Double", None, None)),
        s(
            "InsufficientDependencyServiceAccessPermissionException",
            false,
            exception(
                &[],
                &[],
                "InsufficientDependencyServiceAccessPermissionException",
                400,
                false,
            ),
        ),
        s(
            "InsufficientEncryptionPolicyException",
            false,
            exception(
                &[],
                &[],
                "InsufficientEncryptionPolicyException",
                400,
                false,
            ),
        ),
        s(
            "InsufficientIAMAccessPermissionException",
            false,
            exception(
                &[],
                &[],
                "InsufficientIAMAccessPermissionException",
                400,
                false,
            ),
        ),
        s(
            "InsufficientS3BucketPolicyException",
            false,
            exception(&[], &[], "InsufficientS3BucketPolicyException", 400, false),
        ),
        s(
            "InsufficientSnsTopicPolicyException",
            false,
            exception(&[], &[], "InsufficientSnsTopicPolicyException", 400, false),
        ),
        s("Integer", false, integer(None, None)),
        s(
            "InvalidCloudWatchLogsLogGroupArnException",
            false,
            exception(
                &[],
                &[],
                "InvalidCloudWatchLogsLogGroupArnException",
                400,
                false,
            ),
        ),
        s(
            "InvalidCloudWatchLogsRoleArnException",
            false,
            exception(
                &[],
                &[],
                "InvalidCloudWatchLogsRoleArnException",
                400,
                false,
            ),
        ),
        s(
            "InvalidDateRangeException",
            false,
            exception(&[], &[], "InvalidDateRangeException", 400, false),
        ),
        s(
            "InvalidEventCategoryException",
            false,
            exception(&[], &[], "InvalidEventCategoryException", 400, false),
        ),
        s(
            "InvalidEventDataStoreCategoryException",
            false,
            exception(
                &[],
                &[],
                "InvalidEventDataStoreCategoryException",
                400,
                false,
            ),
        ),
        s(
            "InvalidEventDataStoreStatusException",
            false,
            exception(&[], &[], "InvalidEventDataStoreStatusException", 400, false),
        ),
        s(
            "InvalidEventSelectorsException",
            false,
            exception(&[], &[], "InvalidEventSelectorsException", 400, false),
        ),
        s(
            "InvalidHomeRegionException",
            false,
            exception(&[], &[], "InvalidHomeRegionException", 400, false),
        ),
        s(
            "InvalidImportSourceException",
            false,
            exception(&[], &[], "InvalidImportSourceException", 400, false),
        ),
        s(
            "InvalidInsightSelectorsException",
            false,
            exception(&[], &[], "InvalidInsightSelectorsException", 400, false),
        ),
        s(
            "InvalidKmsKeyIdException",
            false,
            exception(&[], &[], "InvalidKmsKeyIdException", 400, false),
        ),
        s(
            "InvalidLookupAttributesException",
            false,
            exception(&[], &[], "InvalidLookupAttributesException", 400, false),
        ),
        s(
            "InvalidMaxResultsException",
            false,
            exception(&[], &[], "InvalidMaxResultsException", 400, false),
        ),
        s(
            "InvalidNextTokenException",
            false,
            exception(&[], &[], "InvalidNextTokenException", 400, false),
        ),
        s(
            "InvalidParameterCombinationException",
            false,
            exception(&[], &[], "InvalidParameterCombinationException", 400, false),
        ),
        s(
            "InvalidParameterException",
            false,
            exception(&[], &[], "InvalidParameterException", 400, false),
        ),
        s(
            "InvalidQueryStatementException",
            false,
            exception(&[], &[], "InvalidQueryStatementException", 400, false),
        ),
        s(
            "InvalidQueryStatusException",
            false,
            exception(&[], &[], "InvalidQueryStatusException", 400, false),
        ),
        s(
            "InvalidS3BucketNameException",
            false,
            exception(&[], &[], "InvalidS3BucketNameException", 400, false),
        ),
        s(
            "InvalidS3PrefixException",
            false,
            exception(&[], &[], "InvalidS3PrefixException", 400, false),
        ),
        s(
            "InvalidSnsTopicNameException",
            false,
            exception(&[], &[], "InvalidSnsTopicNameException", 400, false),
        ),
        s(
            "InvalidSourceException",
            false,
            exception(&[], &[], "InvalidSourceException", 400, false),
        ),
        s(
            "InvalidTagParameterException",
            false,
            exception(&[], &[], "InvalidTagParameterException", 400, false),
        ),
        s(
            "InvalidTimeRangeException",
            false,
            exception(&[], &[], "InvalidTimeRangeException", 400, false),
        ),
        s(
            "InvalidTokenException",
            false,
            exception(&[], &[], "InvalidTokenException", 400, false),
        ),
        s(
            "InvalidTrailNameException",
            false,
            exception(&[], &[], "InvalidTrailNameException", 400, false),
        ),
        s(
            "KmsException",
            false,
            exception(&[], &[], "KmsException", 400, false),
        ),
        s(
            "KmsKeyDisabledException",
            false,
            exception(&[], &[], "KmsKeyDisabledException", 400, false),
        ),
        s(
            "KmsKeyNotFoundException",
            false,
            exception(&[], &[], "KmsKeyNotFoundException", 400, false),
        ),
        s(
            "ListChannelsMaxResultsCount",
            false,
            integer(Some(1), Some(1000)),
        ),
        s(
            "ListChannelsRequest",
            false,
            structure(
                &[
                    m("MaxResults", "ListChannelsMaxResultsCount"),
                    m("NextToken", "PaginationToken"),
                ],
                &[],
            ),
        ),
        s(
            "ListChannelsResponse",
            false,
            structure(
                &[m("Channels", "Channels"), m("NextToken", "PaginationToken")],
                &[],
            ),
        ),
        s(
            "ListDashboardsMaxResultsCount",
            false,
            integer(Some(1), Some(1000)),
        ),
        s(
            "ListDashboardsRequest",
            false,
            structure(
                &[
                    m("NamePrefix", "DashboardName"),
                    m("Type", "DashboardType"),
                    m("NextToken", "PaginationToken"),
                    m("MaxResults", "ListDashboardsMaxResultsCount"),
                ],
                &[],
            ),
        ),
        s(
            "ListDashboardsResponse",
            false,
            structure(
                &[
                    m("Dashboards", "Dashboards"),
                    m("NextToken", "PaginationToken"),
                ],
                &[],
            ),
        ),
        s(
            "ListEventDataStoresMaxResultsCount",
            false,
            integer(Some(1), Some(1000)),
        ),
        s(
            "ListEventDataStoresRequest",
            false,
            structure(
                &[
                    m("NextToken", "PaginationToken"),
                    m("MaxResults", "ListEventDataStoresMaxResultsCount"),
                ],
                &[],
            ),
        ),
        s(
            "ListEventDataStoresResponse",
            false,
            structure(
                &[
                    m("EventDataStores", "EventDataStores"),
                    m("NextToken", "PaginationToken"),
                ],
                &[],
            ),
        ),
        s(
            "ListImportFailuresMaxResultsCount",
            false,
            integer(Some(1), Some(1000)),
        ),
        s(
            "ListImportFailuresRequest",
            false,
            structure(
                &[
                    m("ImportId", "UUID"),
                    m("MaxResults", "ListImportFailuresMaxResultsCount"),
                    m("NextToken", "PaginationToken"),
                ],
                &["ImportId"],
            ),
        ),
        s(
            "ListImportFailuresResponse",
            false,
            structure(
                &[
                    m("Failures", "ImportFailureList"),
                    m("NextToken", "PaginationToken"),
                ],
                &[],
            ),
        ),
        s(
            "ListImportsMaxResultsCount",
            false,
            integer(Some(1), Some(1000)),
        ),
        s(
            "ListImportsRequest",
            false,
            structure(
                &[
                    m("MaxResults", "ListImportsMaxResultsCount"),
                    m("Destination", "EventDataStoreArn"),
                    m("ImportStatus", "ImportStatus"),
                    m("NextToken", "PaginationToken"),
                ],
                &[],
            ),
        ),
        s(
            "ListImportsResponse",
            false,
            structure(
                &[
                    m("Imports", "ImportsList"),
                    m("NextToken", "PaginationToken"),
                ],
                &[],
            ),
        ),
        s(
            "ListInsightsDataDimensionKey",
            false,
            string(
                super::ListInsightsDataDimensionKey::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "ListInsightsDataDimensionValue",
            false,
            string(&[], Some(1), Some(2000), None),
        ),
        s(
            "ListInsightsDataDimensions",
            false,
            map(
                "ListInsightsDataDimensionKey",
                "ListInsightsDataDimensionValue",
                Some(1),
                Some(1),
            ),
        ),
        s(
            "ListInsightsDataMaxResultsCount",
            false,
            integer(Some(1), Some(50)),
        ),
        s(
            "ListInsightsDataRequest",
            false,
            structure(
                &[
                    m("InsightSource", "ResourceArn"),
                    m("DataType", "ListInsightsDataType"),
                    m("Dimensions", "ListInsightsDataDimensions"),
                    m("StartTime", "Date"),
                    m("EndTime", "Date"),
                    m("MaxResults", "ListInsightsDataMaxResultsCount"),
                    m("NextToken", "PaginationToken"),
                ],
                &["InsightSource", "DataType"],
            ),
        ),
        s(
            "ListInsightsDataResponse",
            false,
            structure(
                &[m("Events", "EventsList"), m("NextToken", "PaginationToken")],
                &[],
            ),
        ),
        s(
            "ListInsightsDataType",
            false,
            string(super::ListInsightsDataType::VALUES, None, None, None),
        ),
        s(
            "ListInsightsMetricDataRequest",
            false,
            structure(
                &[
                    m("TrailName", "String"),
                    m("EventSource", "EventSource"),
                    m("EventName", "EventName"),
                    m("InsightType", "InsightType"),
                    m("ErrorCode", "ErrorCode"),
                    m("StartTime", "Date"),
                    m("EndTime", "Date"),
                    m("Period", "InsightsMetricPeriod"),
                    m("DataType", "InsightsMetricDataType"),
                    m("MaxResults", "InsightsMetricMaxResults"),
                    m("NextToken", "InsightsMetricNextToken"),
                ],
                &["EventSource", "EventName", "InsightType"],
            ),
        ),
        s(
            "ListInsightsMetricDataResponse",
            false,
            structure(
                &[
                    m("TrailARN", "String"),
                    m("EventSource", "EventSource"),
                    m("EventName", "EventName"),
                    m("InsightType", "InsightType"),
                    m("ErrorCode", "ErrorCode"),
                    m("Timestamps", "Timestamps"),
                    m("Values", "InsightsMetricValues"),
                    m("NextToken", "InsightsMetricNextToken"),
                ],
                &[],
            ),
        ),
        s(
            "ListPublicKeysRequest",
            false,
            structure(
                &[
                    m("StartTime", "Date"),
                    m("EndTime", "Date"),
                    m("NextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ListPublicKeysResponse",
            false,
            structure(
                &[
                    m("PublicKeyList", "PublicKeyList"),
                    m("NextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ListQueriesMaxResultsCount",
            false,
            integer(Some(1), Some(1000)),
        ),
        s(
            "ListQueriesRequest",
            false,
            structure(
                &[
                    m("EventDataStore", "EventDataStoreArn"),
                    m("NextToken", "PaginationToken"),
                    m("MaxResults", "ListQueriesMaxResultsCount"),
                    m("StartTime", "Date"),
                    m("EndTime", "Date"),
                    m("QueryStatus", "QueryStatus"),
                ],
                &["EventDataStore"],
            ),
        ),
        s(
            "ListQueriesResponse",
            false,
            structure(
                &[m("Queries", "Queries"), m("NextToken", "PaginationToken")],
                &[],
            ),
        ),
        s(
            "ListTagsRequest",
            false,
            structure(
                &[
                    m("ResourceIdList", "ResourceIdList"),
                    m("NextToken", "String"),
                ],
                &["ResourceIdList"],
            ),
        ),
        s(
            "ListTagsResponse",
            false,
            structure(
                &[
                    m("ResourceTagList", "ResourceTagList"),
                    m("NextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ListTrailsRequest",
            false,
            structure(&[m("NextToken", "String")], &[]),
        ),
        s(
            "ListTrailsResponse",
            false,
            structure(&[m("Trails", "Trails"), m("NextToken", "String")], &[]),
        ),
        s(
            "Location",
            false,
            string(&[], Some(3), Some(1024), Some("^[a-zA-Z0-9._/\\-:*]+$")),
        ),
        s(
            "Long",
            false,
            K::Long {
                min: None,
                max: None,
            },
        ),
        s(
            "LookupAttribute",
            false,
            structure(
                &[
                    m("AttributeKey", "LookupAttributeKey"),
                    m("AttributeValue", "LookupAttributeValue"),
                ],
                &["AttributeKey", "AttributeValue"],
            ),
        ),
        s(
            "LookupAttributeKey",
            false,
            string(super::LookupAttributeKey::VALUES, None, None, None),
        ),
        s(
            "LookupAttributeValue",
            false,
            string(&[], Some(1), Some(2000), None),
        ),
        s(
            "LookupAttributesList",
            false,
            list("LookupAttribute", None, None),
        ),
        s(
            "LookupEventsRequest",
            false,
            structure(
                &[
                    m("LookupAttributes", "LookupAttributesList"),
                    m("StartTime", "Date"),
                    m("EndTime", "Date"),
                    m("EventCategory", "EventCategory"),
                    m("MaxResults", "MaxResults"),
                    m("NextToken", "NextToken"),
                ],
                &[],
            ),
        ),
        s(
            "LookupEventsResponse",
            false,
            structure(
                &[m("Events", "EventsList"), m("NextToken", "NextToken")],
                &[],
            ),
        ),
        s(
            "MaxConcurrentQueriesException",
            false,
            exception(&[], &[], "MaxConcurrentQueriesException", 400, false),
        ),
        s(
            "MaxEventSize",
            false,
            string(super::MaxEventSize::VALUES, None, None, None),
        ),
        s("MaxQueryResults", false, integer(Some(1), Some(1000))),
        s("MaxResults", false, integer(Some(1), Some(50))),
        s(
            "MaximumNumberOfTrailsExceededException",
            false,
            exception(
                &[],
                &[],
                "MaximumNumberOfTrailsExceededException",
                400,
                false,
            ),
        ),
        s("NextToken", false, string(&[], None, None, None)),
        s(
            "NoManagementAccountSLRExistsException",
            false,
            exception(
                &[],
                &[],
                "NoManagementAccountSLRExistsException",
                400,
                false,
            ),
        ),
        s(
            "NotOrganizationManagementAccountException",
            false,
            exception(
                &[],
                &[],
                "NotOrganizationManagementAccountException",
                400,
                false,
            ),
        ),
        s(
            "NotOrganizationMasterAccountException",
            false,
            exception(
                &[],
                &[],
                "NotOrganizationMasterAccountException",
                400,
                false,
            ),
        ),
        s(
            "OperationNotPermittedException",
            false,
            exception(&[], &[], "OperationNotPermittedException", 400, false),
        ),
        s("Operator", false, list("OperatorValue", Some(1), None)),
        s(
            "OperatorTargetList",
            false,
            list("OperatorTargetListMember", Some(1), Some(50)),
        ),
        s(
            "OperatorTargetListMember",
            false,
            string(&[], Some(1), Some(128), None),
        ),
        s(
            "OperatorValue",
            false,
            string(&[], Some(1), Some(2048), Some(".+")),
        ),
        s(
            "OrganizationNotInAllFeaturesModeException",
            false,
            exception(
                &[],
                &[],
                "OrganizationNotInAllFeaturesModeException",
                400,
                false,
            ),
        ),
        s(
            "OrganizationsNotInUseException",
            false,
            exception(&[], &[], "OrganizationsNotInUseException", 400, false),
        ),
        s(
            "PaginationToken",
            false,
            string(&[], Some(4), Some(1000), Some(".*")),
        ),
        s(
            "PartitionKey",
            false,
            structure(
                &[m("Name", "PartitionKeyName"), m("Type", "PartitionKeyType")],
                &["Name", "Type"],
            ),
        ),
        s(
            "PartitionKeyList",
            false,
            list("PartitionKey", None, Some(2)),
        ),
        s(
            "PartitionKeyName",
            false,
            string(
                &[],
                Some(1),
                Some(255),
                Some("[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*"),
            ),
        ),
        s(
            "PartitionKeyType",
            false,
            string(
                &[],
                Some(0),
                Some(255),
                Some("[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*"),
            ),
        ),
        s(
            "Prompt",
            false,
            string(&[], Some(3), Some(500), Some("^[ -~\\n]*$")),
        ),
        s(
            "PublicKey",
            false,
            structure(
                &[
                    m("Value", "ByteBuffer"),
                    m("ValidityStartTime", "Date"),
                    m("ValidityEndTime", "Date"),
                    m("Fingerprint", "String"),
                ],
                &[],
            ),
        ),
        s("PublicKeyList", false, list("PublicKey", None, None)),
        s(
            "PutEventConfigurationRequest",
            false,
            structure(
                &[
                    m("TrailName", "String"),
                    m("EventDataStore", "String"),
                    m("MaxEventSize", "MaxEventSize"),
                    m("ContextKeySelectors", "ContextKeySelectors"),
                    m("AggregationConfigurations", "AggregationConfigurations"),
                ],
                &[],
            ),
        ),
        s(
            "PutEventConfigurationResponse",
            false,
            structure(
                &[
                    m("TrailARN", "String"),
                    m("EventDataStoreArn", "EventDataStoreArn"),
                    m("MaxEventSize", "MaxEventSize"),
                    m("ContextKeySelectors", "ContextKeySelectors"),
                    m("AggregationConfigurations", "AggregationConfigurations"),
                ],
                &[],
            ),
        ),
        s(
            "PutEventSelectorsRequest",
            false,
            structure(
                &[
                    m("TrailName", "String"),
                    m("EventSelectors", "EventSelectors"),
                    m("AdvancedEventSelectors", "AdvancedEventSelectors"),
                ],
                &["TrailName"],
            ),
        ),
        s(
            "PutEventSelectorsResponse",
            false,
            structure(
                &[
                    m("TrailARN", "String"),
                    m("EventSelectors", "EventSelectors"),
                    m("AdvancedEventSelectors", "AdvancedEventSelectors"),
                ],
                &[],
            ),
        ),
        s(
            "PutInsightSelectorsRequest",
            false,
            structure(
                &[
                    m("TrailName", "String"),
                    m("InsightSelectors", "InsightSelectors"),
                    m("EventDataStore", "EventDataStoreArn"),
                    m("InsightsDestination", "EventDataStoreArn"),
                ],
                &["InsightSelectors"],
            ),
        ),
        s(
            "PutInsightSelectorsResponse",
            false,
            structure(
                &[
                    m("TrailARN", "String"),
                    m("InsightSelectors", "InsightSelectors"),
                    m("EventDataStoreArn", "EventDataStoreArn"),
                    m("InsightsDestination", "EventDataStoreArn"),
                ],
                &[],
            ),
        ),
        s(
            "PutResourcePolicyRequest",
            false,
            structure(
                &[
                    m("ResourceArn", "ResourceArn"),
                    m("ResourcePolicy", "ResourcePolicy"),
                ],
                &["ResourceArn", "ResourcePolicy"],
            ),
        ),
        s(
            "PutResourcePolicyResponse",
            false,
            structure(
                &[
                    m("ResourceArn", "ResourceArn"),
                    m("ResourcePolicy", "ResourcePolicy"),
                    m("DelegatedAdminResourcePolicy", "ResourcePolicy"),
                ],
                &[],
            ),
        ),
        s("Queries", false, list("Query", None, None)),
        s(
            "Query",
            false,
            structure(
                &[
                    m("QueryId", "UUID"),
                    m("QueryStatus", "QueryStatus"),
                    m("CreationTime", "Date"),
                ],
                &[],
            ),
        ),
        s(
            "QueryAlias",
            false,
            string(&[], Some(1), Some(256), Some("^[a-zA-Z][a-zA-Z0-9._\\-]*$")),
        ),
        s(
            "QueryIdNotFoundException",
            false,
            exception(&[], &[], "QueryIdNotFoundException", 400, false),
        ),
        s(
            "QueryParameter",
            false,
            string(&[], Some(1), Some(1024), Some(".*")),
        ),
        s(
            "QueryParameterKey",
            false,
            string(&[], Some(3), Some(128), Some("^[a-zA-Z0-9._/\\-:$]+$")),
        ),
        s(
            "QueryParameterValue",
            false,
            string(&[], Some(1), Some(128), Some("^[a-zA-Z0-9._/\\-:]+$")),
        ),
        s(
            "QueryParameterValues",
            false,
            map("QueryParameterKey", "QueryParameterValue", None, None),
        ),
        s(
            "QueryParameters",
            false,
            list("QueryParameter", Some(1), Some(10)),
        ),
        s(
            "QueryResultColumn",
            false,
            map("QueryResultKey", "QueryResultValue", None, None),
        ),
        s("QueryResultKey", false, string(&[], None, None, None)),
        s(
            "QueryResultRow",
            false,
            list("QueryResultColumn", None, None),
        ),
        s("QueryResultRows", false, list("QueryResultRow", None, None)),
        s("QueryResultValue", false, string(&[], None, None, None)),
        s(
            "QueryStatement",
            false,
            string(&[], Some(1), Some(10000), Some("(?s).*")),
        ),
        s(
            "QueryStatistics",
            false,
            structure(
                &[
                    m("ResultsCount", "Integer"),
                    m("TotalResultsCount", "Integer"),
                    m("BytesScanned", "Long"),
                ],
                &[],
            ),
        ),
        s(
            "QueryStatisticsForDescribeQuery",
            false,
            structure(
                &[
                    m("EventsMatched", "Long"),
                    m("EventsScanned", "Long"),
                    m("BytesScanned", "Long"),
                    m("ExecutionTimeInMillis", "Integer"),
                    m("CreationTime", "Date"),
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
            "ReadWriteType",
            false,
            string(super::ReadWriteType::VALUES, None, None, None),
        ),
        s(
            "RefreshId",
            false,
            string(&[], Some(10), Some(20), Some("\\d+")),
        ),
        s(
            "RefreshSchedule",
            false,
            structure(
                &[
                    m("Frequency", "RefreshScheduleFrequency"),
                    m("Status", "RefreshScheduleStatus"),
                    m("TimeOfDay", "TimeOfDay"),
                ],
                &[],
            ),
        ),
        s(
            "RefreshScheduleFrequency",
            false,
            structure(
                &[
                    m("Unit", "RefreshScheduleFrequencyUnit"),
                    m("Value", "RefreshScheduleFrequencyValue"),
                ],
                &[],
            ),
        ),
        s(
            "RefreshScheduleFrequencyUnit",
            false,
            string(
                super::RefreshScheduleFrequencyUnit::VALUES,
                None,
                None,
                None,
            ),
        ),
        s("RefreshScheduleFrequencyValue", false, integer(None, None)),
        s(
            "RefreshScheduleStatus",
            false,
            string(super::RefreshScheduleStatus::VALUES, None, None, None),
        ),
        s(
            "RegisterOrganizationDelegatedAdminRequest",
            false,
            structure(&[m("MemberAccountId", "AccountId")], &["MemberAccountId"]),
        ),
        s(
            "RegisterOrganizationDelegatedAdminResponse",
            false,
            structure(&[], &[]),
        ),
        s(
            "RemoveTagsRequest",
            false,
            structure(
                &[m("ResourceId", "String"), m("TagsList", "TagsList")],
                &["ResourceId", "TagsList"],
            ),
        ),
        s("RemoveTagsResponse", false, structure(&[], &[])),
        s(
            "RequestWidget",
            false,
            structure(
                &[
                    m("QueryStatement", "QueryStatement"),
                    m("QueryParameters", "QueryParameters"),
                    m("ViewProperties", "ViewPropertiesMap"),
                ],
                &["QueryStatement", "ViewProperties"],
            ),
        ),
        s(
            "RequestWidgetList",
            false,
            list("RequestWidget", None, None),
        ),
        s(
            "Resource",
            false,
            structure(
                &[m("ResourceType", "String"), m("ResourceName", "String")],
                &[],
            ),
        ),
        s(
            "ResourceARNNotValidException",
            false,
            exception(&[], &[], "ResourceARNNotValidException", 400, false),
        ),
        s(
            "ResourceArn",
            false,
            string(&[], Some(3), Some(256), Some("^[a-zA-Z0-9._/\\-:]+$")),
        ),
        s("ResourceIdList", false, list("String", None, None)),
        s("ResourceList", false, list("Resource", None, None)),
        s(
            "ResourceNotFoundException",
            false,
            exception(&[], &[], "ResourceNotFoundException", 400, false),
        ),
        s(
            "ResourcePolicy",
            false,
            string(&[], Some(1), Some(8192), None),
        ),
        s(
            "ResourcePolicyNotFoundException",
            false,
            exception(&[], &[], "ResourcePolicyNotFoundException", 400, false),
        ),
        s(
            "ResourcePolicyNotValidException",
            false,
            exception(&[], &[], "ResourcePolicyNotValidException", 400, false),
        ),
        s(
            "ResourceTag",
            false,
            structure(&[m("ResourceId", "String"), m("TagsList", "TagsList")], &[]),
        ),
        s("ResourceTagList", false, list("ResourceTag", None, None)),
        s(
            "ResourceTypeNotSupportedException",
            false,
            exception(&[], &[], "ResourceTypeNotSupportedException", 400, false),
        ),
        s(
            "RestoreEventDataStoreRequest",
            false,
            structure(
                &[m("EventDataStore", "EventDataStoreArn")],
                &["EventDataStore"],
            ),
        ),
        s(
            "RestoreEventDataStoreResponse",
            false,
            structure(
                &[
                    m("EventDataStoreArn", "EventDataStoreArn"),
                    m("Name", "EventDataStoreName"),
                    m("Status", "EventDataStoreStatus"),
                    m("AdvancedEventSelectors", "AdvancedEventSelectors"),
                    m("MultiRegionEnabled", "Boolean"),
                    m("OrganizationEnabled", "Boolean"),
                    m("RetentionPeriod", "RetentionPeriod"),
                    m(
                        "TerminationProtectionEnabled",
                        "TerminationProtectionEnabled",
                    ),
                    m("CreatedTimestamp", "Date"),
                    m("UpdatedTimestamp", "Date"),
                    m("KmsKeyId", "EventDataStoreKmsKeyId"),
                    m("BillingMode", "BillingMode"),
                ],
                &[],
            ),
        ),
        s("RetentionPeriod", false, integer(Some(7), Some(3653))),
        s(
            "S3BucketDoesNotExistException",
            false,
            exception(&[], &[], "S3BucketDoesNotExistException", 400, false),
        ),
        s(
            "S3ImportSource",
            false,
            structure(
                &[
                    m("S3LocationUri", "String"),
                    m("S3BucketRegion", "String"),
                    m("S3BucketAccessRoleArn", "String"),
                ],
                &["S3LocationUri", "S3BucketRegion", "S3BucketAccessRoleArn"],
            ),
        ),
        s(
            "SampleQueryDescription",
            false,
            string(&[], None, None, None),
        ),
        s("SampleQueryName", false, string(&[], None, None, None)),
        s(
            "SampleQueryRelevance",
            false,
            K::Float {
                min: None,
                max: None,
            },
        ),
        s("SampleQuerySQL", false, string(&[], None, None, None)),
        s(
            "SearchSampleQueriesMaxResults",
            false,
            integer(Some(1), Some(50)),
        ),
        s(
            "SearchSampleQueriesRequest",
            false,
            structure(
                &[
                    m("SearchPhrase", "SearchSampleQueriesSearchPhrase"),
                    m("MaxResults", "SearchSampleQueriesMaxResults"),
                    m("NextToken", "PaginationToken"),
                ],
                &["SearchPhrase"],
            ),
        ),
        s(
            "SearchSampleQueriesResponse",
            false,
            structure(
                &[
                    m("SearchResults", "SearchSampleQueriesSearchResults"),
                    m("NextToken", "PaginationToken"),
                ],
                &[],
            ),
        ),
        s(
            "SearchSampleQueriesSearchPhrase",
            false,
            string(&[], Some(2), Some(1000), Some("^[ -~\\n]*$")),
        ),
        s(
            "SearchSampleQueriesSearchResult",
            false,
            structure(
                &[
                    m("Name", "SampleQueryName"),
                    m("Description", "SampleQueryDescription"),
                    m("SQL", "SampleQuerySQL"),
                    m("Relevance", "SampleQueryRelevance"),
                ],
                &[],
            ),
        ),
        s(
            "SearchSampleQueriesSearchResults",
            false,
            list("SearchSampleQueriesSearchResult", None, None),
        ),
        s(
            "SelectorField",
            false,
            string(&[], Some(1), Some(1000), Some("[\\w|\\d|\\.|_]+")),
        ),
        s(
            "SelectorName",
            false,
            string(&[], Some(0), Some(1000), Some(".*")),
        ),
        s(
            "ServiceQuotaExceededException",
            false,
            exception(&[], &[], "ServiceQuotaExceededException", 400, false),
        ),
        s("Source", false, string(&[], Some(1), Some(256), Some(".*"))),
        s(
            "SourceConfig",
            false,
            structure(
                &[
                    m("ApplyToAllRegions", "Boolean"),
                    m("AdvancedEventSelectors", "AdvancedEventSelectors"),
                ],
                &[],
            ),
        ),
        s(
            "SourceEventCategories",
            false,
            list("SourceEventCategory", None, None),
        ),
        s(
            "SourceEventCategory",
            false,
            string(super::SourceEventCategory::VALUES, None, None, None),
        ),
        s(
            "StartDashboardRefreshRequest",
            false,
            structure(
                &[
                    m("DashboardId", "DashboardArn"),
                    m("QueryParameterValues", "QueryParameterValues"),
                ],
                &["DashboardId"],
            ),
        ),
        s(
            "StartDashboardRefreshResponse",
            false,
            structure(&[m("RefreshId", "RefreshId")], &[]),
        ),
        s(
            "StartEventDataStoreIngestionRequest",
            false,
            structure(
                &[m("EventDataStore", "EventDataStoreArn")],
                &["EventDataStore"],
            ),
        ),
        s(
            "StartEventDataStoreIngestionResponse",
            false,
            structure(&[], &[]),
        ),
        s(
            "StartImportRequest",
            false,
            structure(
                &[
                    m("Destinations", "ImportDestinations"),
                    m("ImportSource", "ImportSource"),
                    m("StartEventTime", "Date"),
                    m("EndEventTime", "Date"),
                    m("ImportId", "UUID"),
                ],
                &[],
            ),
        ),
        s(
            "StartImportResponse",
            false,
            structure(
                &[
                    m("ImportId", "UUID"),
                    m("Destinations", "ImportDestinations"),
                    m("ImportSource", "ImportSource"),
                    m("StartEventTime", "Date"),
                    m("EndEventTime", "Date"),
                    m("ImportStatus", "ImportStatus"),
                    m("CreatedTimestamp", "Date"),
                    m("UpdatedTimestamp", "Date"),
                ],
                &[],
            ),
        ),
        s(
            "StartLoggingRequest",
            false,
            structure(&[m("Name", "String")], &["Name"]),
        ),
        s("StartLoggingResponse", false, structure(&[], &[])),
        s(
            "StartQueryRequest",
            false,
            structure(
                &[
                    m("QueryStatement", "QueryStatement"),
                    m("DeliveryS3Uri", "DeliveryS3Uri"),
                    m("QueryAlias", "QueryAlias"),
                    m("QueryParameters", "QueryParameters"),
                    m("EventDataStoreOwnerAccountId", "AccountId"),
                ],
                &[],
            ),
        ),
        s(
            "StartQueryResponse",
            false,
            structure(
                &[
                    m("QueryId", "UUID"),
                    m("EventDataStoreOwnerAccountId", "AccountId"),
                ],
                &[],
            ),
        ),
        s(
            "StopEventDataStoreIngestionRequest",
            false,
            structure(
                &[m("EventDataStore", "EventDataStoreArn")],
                &["EventDataStore"],
            ),
        ),
        s(
            "StopEventDataStoreIngestionResponse",
            false,
            structure(&[], &[]),
        ),
        s(
            "StopImportRequest",
            false,
            structure(&[m("ImportId", "UUID")], &["ImportId"]),
        ),
        s(
            "StopImportResponse",
            false,
            structure(
                &[
                    m("ImportId", "UUID"),
                    m("ImportSource", "ImportSource"),
                    m("Destinations", "ImportDestinations"),
                    m("ImportStatus", "ImportStatus"),
                    m("CreatedTimestamp", "Date"),
                    m("UpdatedTimestamp", "Date"),
                    m("StartEventTime", "Date"),
                    m("EndEventTime", "Date"),
                    m("ImportStatistics", "ImportStatistics"),
                ],
                &[],
            ),
        ),
        s(
            "StopLoggingRequest",
            false,
            structure(&[m("Name", "String")], &["Name"]),
        ),
        s("StopLoggingResponse", false, structure(&[], &[])),
        s("String", false, string(&[], None, None, None)),
        s(
            "Tag",
            false,
            structure(&[m("Key", "TagKey"), m("Value", "TagValue")], &["Key"]),
        ),
        s("TagKey", false, string(&[], Some(1), Some(128), None)),
        s("TagValue", false, string(&[], Some(1), Some(256), None)),
        s(
            "TagsLimitExceededException",
            false,
            exception(&[], &[], "TagsLimitExceededException", 400, false),
        ),
        s("TagsList", false, list("Tag", None, Some(200))),
        s(
            "Template",
            false,
            string(super::Template::VALUES, None, None, None),
        ),
        s("Templates", false, list("Template", Some(1), Some(50))),
        s("TerminationProtectionEnabled", false, K::Boolean),
        s(
            "ThrottlingException",
            false,
            exception(&[], &[], "ThrottlingException", 400, false),
        ),
        s(
            "TimeOfDay",
            false,
            string(&[], None, None, Some("^[0-9]{2}:[0-9]{2}")),
        ),
        s("Timestamps", false, list("Date", None, None)),
        s(
            "Trail",
            false,
            structure(
                &[
                    m("Name", "String"),
                    m("S3BucketName", "String"),
                    m("S3KeyPrefix", "String"),
                    m("SnsTopicName", "String"),
                    m("SnsTopicARN", "String"),
                    m("IncludeGlobalServiceEvents", "Boolean"),
                    m("IsMultiRegionTrail", "Boolean"),
                    m("HomeRegion", "String"),
                    m("TrailARN", "String"),
                    m("LogFileValidationEnabled", "Boolean"),
                    m("CloudWatchLogsLogGroupArn", "String"),
                    m("CloudWatchLogsRoleArn", "String"),
                    m("KmsKeyId", "String"),
                    m("HasCustomEventSelectors", "Boolean"),
                    m("HasInsightSelectors", "Boolean"),
                    m("IsOrganizationTrail", "Boolean"),
                    m("RecursiveLogging", "Boolean"),
                ],
                &[],
            ),
        ),
        s(
            "TrailAlreadyExistsException",
            false,
            exception(&[], &[], "TrailAlreadyExistsException", 400, false),
        ),
        s(
            "TrailInfo",
            false,
            structure(
                &[
                    m("TrailARN", "String"),
                    m("Name", "String"),
                    m("HomeRegion", "String"),
                ],
                &[],
            ),
        ),
        s("TrailList", false, list("Trail", None, None)),
        s("TrailNameList", false, list("String", None, None)),
        s(
            "TrailNotFoundException",
            false,
            exception(&[], &[], "TrailNotFoundException", 400, false),
        ),
        s(
            "TrailNotProvidedException",
            false,
            exception(&[], &[], "TrailNotProvidedException", 400, false),
        ),
        s("Trails", false, list("TrailInfo", None, None)),
        s("Type", false, string(super::Type::VALUES, None, None, None)),
        s(
            "UUID",
            false,
            string(&[], Some(36), Some(36), Some("^[a-f0-9\\-]+$")),
        ),
        s(
            "UnsupportedOperationException",
            false,
            exception(&[], &[], "UnsupportedOperationException", 400, false),
        ),
        s(
            "UpdateChannelRequest",
            false,
            structure(
                &[
                    m("Channel", "ChannelArn"),
                    m("Destinations", "Destinations"),
                    m("Name", "ChannelName"),
                ],
                &["Channel"],
            ),
        ),
        s(
            "UpdateChannelResponse",
            false,
            structure(
                &[
                    m("ChannelArn", "ChannelArn"),
                    m("Name", "ChannelName"),
                    m("Source", "Source"),
                    m("Destinations", "Destinations"),
                ],
                &[],
            ),
        ),
        s(
            "UpdateDashboardRequest",
            false,
            structure(
                &[
                    m("DashboardId", "DashboardArn"),
                    m("Widgets", "RequestWidgetList"),
                    m("RefreshSchedule", "RefreshSchedule"),
                    m(
                        "TerminationProtectionEnabled",
                        "TerminationProtectionEnabled",
                    ),
                ],
                &["DashboardId"],
            ),
        ),
        s(
            "UpdateDashboardResponse",
            false,
            structure(
                &[
                    m("DashboardArn", "DashboardArn"),
                    m("Name", "DashboardName"),
                    m("Type", "DashboardType"),
                    m("Widgets", "WidgetList"),
                    m("RefreshSchedule", "RefreshSchedule"),
                    m(
                        "TerminationProtectionEnabled",
                        "TerminationProtectionEnabled",
                    ),
                    m("CreatedTimestamp", "Date"),
                    m("UpdatedTimestamp", "Date"),
                ],
                &[],
            ),
        ),
        s(
            "UpdateEventDataStoreRequest",
            false,
            structure(
                &[
                    m("EventDataStore", "EventDataStoreArn"),
                    m("Name", "EventDataStoreName"),
                    m("AdvancedEventSelectors", "AdvancedEventSelectors"),
                    m("MultiRegionEnabled", "Boolean"),
                    m("OrganizationEnabled", "Boolean"),
                    m("RetentionPeriod", "RetentionPeriod"),
                    m(
                        "TerminationProtectionEnabled",
                        "TerminationProtectionEnabled",
                    ),
                    m("KmsKeyId", "EventDataStoreKmsKeyId"),
                    m("BillingMode", "BillingMode"),
                ],
                &["EventDataStore"],
            ),
        ),
        s(
            "UpdateEventDataStoreResponse",
            false,
            structure(
                &[
                    m("EventDataStoreArn", "EventDataStoreArn"),
                    m("Name", "EventDataStoreName"),
                    m("Status", "EventDataStoreStatus"),
                    m("AdvancedEventSelectors", "AdvancedEventSelectors"),
                    m("MultiRegionEnabled", "Boolean"),
                    m("OrganizationEnabled", "Boolean"),
                    m("RetentionPeriod", "RetentionPeriod"),
                    m(
                        "TerminationProtectionEnabled",
                        "TerminationProtectionEnabled",
                    ),
                    m("CreatedTimestamp", "Date"),
                    m("UpdatedTimestamp", "Date"),
                    m("KmsKeyId", "EventDataStoreKmsKeyId"),
                    m("BillingMode", "BillingMode"),
                    m("FederationStatus", "FederationStatus"),
                    m("FederationRoleArn", "FederationRoleArn"),
                ],
                &[],
            ),
        ),
        s(
            "UpdateTrailRequest",
            false,
            structure(
                &[
                    m("Name", "String"),
                    m("S3BucketName", "String"),
                    m("S3KeyPrefix", "String"),
                    m("SnsTopicName", "String"),
                    m("IncludeGlobalServiceEvents", "Boolean"),
                    m("IsMultiRegionTrail", "Boolean"),
                    m("EnableLogFileValidation", "Boolean"),
                    m("CloudWatchLogsLogGroupArn", "String"),
                    m("CloudWatchLogsRoleArn", "String"),
                    m("KmsKeyId", "String"),
                    m("IsOrganizationTrail", "Boolean"),
                    m("RecursiveLogging", "Boolean"),
                ],
                &["Name"],
            ),
        ),
        s(
            "UpdateTrailResponse",
            false,
            structure(
                &[
                    m("Name", "String"),
                    m("S3BucketName", "String"),
                    m("S3KeyPrefix", "String"),
                    m("SnsTopicName", "String"),
                    m("SnsTopicARN", "String"),
                    m("IncludeGlobalServiceEvents", "Boolean"),
                    m("IsMultiRegionTrail", "Boolean"),
                    m("TrailARN", "String"),
                    m("LogFileValidationEnabled", "Boolean"),
                    m("CloudWatchLogsLogGroupArn", "String"),
                    m("CloudWatchLogsRoleArn", "String"),
                    m("KmsKeyId", "String"),
                    m("IsOrganizationTrail", "Boolean"),
                    m("RecursiveLogging", "Boolean"),
                ],
                &[],
            ),
        ),
        s(
            "ViewPropertiesKey",
            false,
            string(&[], Some(3), Some(128), Some("^[a-zA-Z0-9._\\-]+$")),
        ),
        s(
            "ViewPropertiesMap",
            false,
            map("ViewPropertiesKey", "ViewPropertiesValue", None, None),
        ),
        s(
            "ViewPropertiesValue",
            false,
            string(&[], Some(1), Some(128), Some("^[a-zA-Z0-9._\\- ]+$")),
        ),
        s(
            "Widget",
            false,
            structure(
                &[
                    m("QueryAlias", "QueryAlias"),
                    m("QueryStatement", "QueryStatement"),
                    m("QueryParameters", "QueryParameters"),
                    m("ViewProperties", "ViewPropertiesMap"),
                ],
                &[],
            ),
        ),
        s("WidgetList", false, list("Widget", None, None)),
    ];
}
