// @generated from the botocore 1.44.5 model ecs/2014-11-13/service-2.json by `cargo run -p xtask -- codegen`.
// Do not edit: change xtask and regenerate.

//! Amazon Elastic Container Service wire types and model table (API version 2014-11-13).
//!
//! One Rust type per structure and enum shape of the model, named as the shape; [`MODEL`] is the whole model as static data.

use std::collections::BTreeMap;

/// The `AcceleratorCountRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AcceleratorCountRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

/// The `AcceleratorManufacturer` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum AcceleratorManufacturer {
    #[serde(rename = "amazon-web-services")]
    AmazonWebServices,
    #[serde(rename = "amd")]
    Amd,
    #[serde(rename = "nvidia")]
    Nvidia,
    #[serde(rename = "xilinx")]
    Xilinx,
    #[serde(rename = "habana")]
    Habana,
}

impl AcceleratorManufacturer {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["amazon-web-services", "amd", "nvidia", "xilinx", "habana"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::AmazonWebServices,
        Self::Amd,
        Self::Nvidia,
        Self::Xilinx,
        Self::Habana,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(AcceleratorManufacturer);

/// The `AcceleratorName` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum AcceleratorName {
    #[serde(rename = "a100")]
    A100,
    #[serde(rename = "inferentia")]
    Inferentia,
    #[serde(rename = "k520")]
    K520,
    #[serde(rename = "k80")]
    K80,
    #[serde(rename = "m60")]
    M60,
    #[serde(rename = "radeon-pro-v520")]
    RadeonProV520,
    #[serde(rename = "t4")]
    T4,
    #[serde(rename = "vu9p")]
    Vu9p,
    #[serde(rename = "v100")]
    V100,
    #[serde(rename = "a10g")]
    A10g,
    #[serde(rename = "h100")]
    H100,
    #[serde(rename = "t4g")]
    T4g,
    #[serde(rename = "l40s")]
    L40s,
    #[serde(rename = "l4")]
    L4,
}

impl AcceleratorName {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "a100",
        "inferentia",
        "k520",
        "k80",
        "m60",
        "radeon-pro-v520",
        "t4",
        "vu9p",
        "v100",
        "a10g",
        "h100",
        "t4g",
        "l40s",
        "l4",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::A100,
        Self::Inferentia,
        Self::K520,
        Self::K80,
        Self::M60,
        Self::RadeonProV520,
        Self::T4,
        Self::Vu9p,
        Self::V100,
        Self::A10g,
        Self::H100,
        Self::T4g,
        Self::L40s,
        Self::L4,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(AcceleratorName);

/// The `AcceleratorTotalMemoryMiBRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AcceleratorTotalMemoryMiBRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

/// The `AcceleratorType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum AcceleratorType {
    #[serde(rename = "gpu")]
    Gpu,
    #[serde(rename = "fpga")]
    Fpga,
    #[serde(rename = "inference")]
    Inference,
}

impl AcceleratorType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["gpu", "fpga", "inference"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Gpu, Self::Fpga, Self::Inference];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(AcceleratorType);

/// The `AccessDeniedException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessDeniedException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `AccessType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum AccessType {
    #[serde(rename = "PUBLIC")]
    Public,
    #[serde(rename = "PRIVATE")]
    Private,
}

impl AccessType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["PUBLIC", "PRIVATE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Public, Self::Private];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(AccessType);

/// The `AdvancedConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AdvancedConfiguration {
    #[serde(rename = "alternateTargetGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternate_target_group_arn: Option<String>,
    #[serde(rename = "productionListenerRule")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub production_listener_rule: Option<String>,
    #[serde(rename = "testListenerRule")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_listener_rule: Option<String>,
    #[serde(rename = "roleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
}

/// The `AgentUpdateStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum AgentUpdateStatus {
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "STAGING")]
    Staging,
    #[serde(rename = "STAGED")]
    Staged,
    #[serde(rename = "UPDATING")]
    Updating,
    #[serde(rename = "UPDATED")]
    Updated,
    #[serde(rename = "FAILED")]
    Failed,
}

impl AgentUpdateStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "PENDING", "STAGING", "STAGED", "UPDATING", "UPDATED", "FAILED",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Pending,
        Self::Staging,
        Self::Staged,
        Self::Updating,
        Self::Updated,
        Self::Failed,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(AgentUpdateStatus);

/// The `ApplicationProtocol` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ApplicationProtocol {
    #[serde(rename = "http")]
    Http,
    #[serde(rename = "http2")]
    Http2,
    #[serde(rename = "grpc")]
    Grpc,
}

impl ApplicationProtocol {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["http", "http2", "grpc"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Http, Self::Http2, Self::Grpc];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ApplicationProtocol);

/// The `AssignPublicIp` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum AssignPublicIp {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl AssignPublicIp {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Enabled, Self::Disabled];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(AssignPublicIp);

/// The `AssociateGatewayWithClusterRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociateGatewayWithClusterRequest {
    pub gateway: String,
    pub cluster: String,
}

/// The `AssociateGatewayWithClusterResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociateGatewayWithClusterResponse {
    #[serde(rename = "gatewayArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayClusterAssociationStatus>,
}

/// The `Attachment` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Attachment {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<KeyValuePair>>,
}

/// The `AttachmentStateChange` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AttachmentStateChange {
    #[serde(rename = "attachmentArn")]
    pub attachment_arn: String,
    pub status: String,
}

/// The `AttestationPolicyStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum AttestationPolicyStatus {
    #[serde(rename = "CONFIGURED")]
    Configured,
}

impl AttestationPolicyStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["CONFIGURED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Configured];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(AttestationPolicyStatus);

/// The `Attribute` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Attribute {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(rename = "targetType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<TargetType>,
    #[serde(rename = "targetId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
}

/// The `AttributeLimitExceededException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AttributeLimitExceededException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `AutoRepairActionsStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum AutoRepairActionsStatus {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl AutoRepairActionsStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Enabled, Self::Disabled];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(AutoRepairActionsStatus);

/// The `AutoRepairConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AutoRepairConfiguration {
    #[serde(rename = "actionsStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions_status: Option<AutoRepairActionsStatus>,
}

/// The `AutoScalingGroupProvider` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AutoScalingGroupProvider {
    #[serde(rename = "autoScalingGroupArn")]
    pub auto_scaling_group_arn: String,
    #[serde(rename = "managedScaling")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_scaling: Option<ManagedScaling>,
    #[serde(rename = "managedTerminationProtection")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_termination_protection: Option<ManagedTerminationProtection>,
    #[serde(rename = "managedDraining")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_draining: Option<ManagedDraining>,
}

/// The `AutoScalingGroupProviderUpdate` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AutoScalingGroupProviderUpdate {
    #[serde(rename = "managedScaling")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_scaling: Option<ManagedScaling>,
    #[serde(rename = "managedTerminationProtection")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_termination_protection: Option<ManagedTerminationProtection>,
    #[serde(rename = "managedDraining")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_draining: Option<ManagedDraining>,
}

/// The `AvailabilityZoneRebalancing` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum AvailabilityZoneRebalancing {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl AvailabilityZoneRebalancing {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Enabled, Self::Disabled];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(AvailabilityZoneRebalancing);

/// The `AwsVpcConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AwsVpcConfiguration {
    pub subnets: Vec<String>,
    #[serde(rename = "securityGroups")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_groups: Option<Vec<String>>,
    #[serde(rename = "assignPublicIp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assign_public_ip: Option<AssignPublicIp>,
}

/// The `BareMetal` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum BareMetal {
    #[serde(rename = "included")]
    Included,
    #[serde(rename = "required")]
    Required,
    #[serde(rename = "excluded")]
    Excluded,
}

impl BareMetal {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["included", "required", "excluded"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Included, Self::Required, Self::Excluded];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(BareMetal);

/// The `BaselineEbsBandwidthMbpsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct BaselineEbsBandwidthMbpsRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

/// The `BlockedException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct BlockedException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `BurstablePerformance` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum BurstablePerformance {
    #[serde(rename = "included")]
    Included,
    #[serde(rename = "required")]
    Required,
    #[serde(rename = "excluded")]
    Excluded,
}

impl BurstablePerformance {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["included", "required", "excluded"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Included, Self::Required, Self::Excluded];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(BurstablePerformance);

/// The `CPUArchitecture` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum CPUArchitecture {
    #[serde(rename = "X86_64")]
    X8664,
    #[serde(rename = "ARM64")]
    Arm64,
}

impl CPUArchitecture {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["X86_64", "ARM64"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::X8664, Self::Arm64];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(CPUArchitecture);

/// The `CanaryConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CanaryConfiguration {
    #[serde(rename = "canaryPercent")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canary_percent: Option<f64>,
    #[serde(rename = "canaryBakeTimeInMinutes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canary_bake_time_in_minutes: Option<i32>,
}

/// The `CapacityOptionType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum CapacityOptionType {
    #[serde(rename = "ON_DEMAND")]
    OnDemand,
    #[serde(rename = "SPOT")]
    Spot,
    #[serde(rename = "RESERVED")]
    Reserved,
}

impl CapacityOptionType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ON_DEMAND", "SPOT", "RESERVED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::OnDemand, Self::Spot, Self::Reserved];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(CapacityOptionType);

/// The `CapacityProvider` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CapacityProvider {
    #[serde(rename = "capacityProviderArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CapacityProviderStatus>,
    #[serde(rename = "autoScalingGroupProvider")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_scaling_group_provider: Option<AutoScalingGroupProvider>,
    #[serde(rename = "managedInstancesProvider")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_instances_provider: Option<ManagedInstancesProvider>,
    #[serde(rename = "updateStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_status: Option<CapacityProviderUpdateStatus>,
    #[serde(rename = "updateStatusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_status_reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CapacityProviderType>,
}

/// The `CapacityProviderField` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum CapacityProviderField {
    #[serde(rename = "TAGS")]
    Tags,
}

impl CapacityProviderField {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["TAGS"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Tags];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(CapacityProviderField);

/// The `CapacityProviderStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum CapacityProviderStatus {
    #[serde(rename = "PROVISIONING")]
    Provisioning,
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DEPROVISIONING")]
    Deprovisioning,
    #[serde(rename = "INACTIVE")]
    Inactive,
}

impl CapacityProviderStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["PROVISIONING", "ACTIVE", "DEPROVISIONING", "INACTIVE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Provisioning,
        Self::Active,
        Self::Deprovisioning,
        Self::Inactive,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(CapacityProviderStatus);

/// The `CapacityProviderStrategyItem` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CapacityProviderStrategyItem {
    #[serde(rename = "capacityProvider")]
    pub capacity_provider: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<i32>,
}

/// The `CapacityProviderType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum CapacityProviderType {
    #[serde(rename = "EC2_AUTOSCALING")]
    Ec2Autoscaling,
    #[serde(rename = "MANAGED_INSTANCES")]
    ManagedInstances,
    #[serde(rename = "FARGATE")]
    Fargate,
    #[serde(rename = "FARGATE_SPOT")]
    FargateSpot,
}

impl CapacityProviderType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "EC2_AUTOSCALING",
        "MANAGED_INSTANCES",
        "FARGATE",
        "FARGATE_SPOT",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Ec2Autoscaling,
        Self::ManagedInstances,
        Self::Fargate,
        Self::FargateSpot,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(CapacityProviderType);

/// The `CapacityProviderUpdateStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum CapacityProviderUpdateStatus {
    #[serde(rename = "CREATE_IN_PROGRESS")]
    CreateInProgress,
    #[serde(rename = "CREATE_COMPLETE")]
    CreateComplete,
    #[serde(rename = "CREATE_FAILED")]
    CreateFailed,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    #[serde(rename = "DELETE_COMPLETE")]
    DeleteComplete,
    #[serde(rename = "DELETE_FAILED")]
    DeleteFailed,
    #[serde(rename = "UPDATE_IN_PROGRESS")]
    UpdateInProgress,
    #[serde(rename = "UPDATE_COMPLETE")]
    UpdateComplete,
    #[serde(rename = "UPDATE_FAILED")]
    UpdateFailed,
}

impl CapacityProviderUpdateStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "CREATE_IN_PROGRESS",
        "CREATE_COMPLETE",
        "CREATE_FAILED",
        "DELETE_IN_PROGRESS",
        "DELETE_COMPLETE",
        "DELETE_FAILED",
        "UPDATE_IN_PROGRESS",
        "UPDATE_COMPLETE",
        "UPDATE_FAILED",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::CreateInProgress,
        Self::CreateComplete,
        Self::CreateFailed,
        Self::DeleteInProgress,
        Self::DeleteComplete,
        Self::DeleteFailed,
        Self::UpdateInProgress,
        Self::UpdateComplete,
        Self::UpdateFailed,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(CapacityProviderUpdateStatus);

/// The `CapacityReservationPreference` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum CapacityReservationPreference {
    #[serde(rename = "RESERVATIONS_ONLY")]
    ReservationsOnly,
    #[serde(rename = "RESERVATIONS_FIRST")]
    ReservationsFirst,
    #[serde(rename = "RESERVATIONS_EXCLUDED")]
    ReservationsExcluded,
}

impl CapacityReservationPreference {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "RESERVATIONS_ONLY",
        "RESERVATIONS_FIRST",
        "RESERVATIONS_EXCLUDED",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::ReservationsOnly,
        Self::ReservationsFirst,
        Self::ReservationsExcluded,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(CapacityReservationPreference);

/// The `CapacityReservationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CapacityReservationRequest {
    #[serde(rename = "reservationGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reservation_group_arn: Option<String>,
    #[serde(rename = "reservationPreference")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reservation_preference: Option<CapacityReservationPreference>,
}

/// The `ClientException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClientException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `Cluster` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Cluster {
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "clusterName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<ClusterConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "registeredContainerInstancesCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered_container_instances_count: Option<i32>,
    #[serde(rename = "runningTasksCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_tasks_count: Option<i32>,
    #[serde(rename = "pendingTasksCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_tasks_count: Option<i32>,
    #[serde(rename = "activeServicesCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_services_count: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<Vec<KeyValuePair>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<ClusterSetting>>,
    #[serde(rename = "capacityProviders")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_providers: Option<Vec<String>>,
    #[serde(rename = "defaultCapacityProviderStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<Attachment>>,
    #[serde(rename = "attachmentsStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments_status: Option<String>,
    #[serde(rename = "serviceConnectDefaults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_connect_defaults: Option<ClusterServiceConnectDefaults>,
}

/// The `ClusterConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterConfiguration {
    #[serde(rename = "executeCommandConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execute_command_configuration: Option<ExecuteCommandConfiguration>,
    #[serde(rename = "managedStorageConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_storage_configuration: Option<ManagedStorageConfiguration>,
}

/// The `ClusterContainsCapacityProviderException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterContainsCapacityProviderException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ClusterContainsContainerInstancesException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterContainsContainerInstancesException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ClusterContainsServicesException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterContainsServicesException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ClusterContainsTasksException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterContainsTasksException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ClusterField` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ClusterField {
    #[serde(rename = "ATTACHMENTS")]
    Attachments,
    #[serde(rename = "CONFIGURATIONS")]
    Configurations,
    #[serde(rename = "SETTINGS")]
    Settings,
    #[serde(rename = "STATISTICS")]
    Statistics,
    #[serde(rename = "TAGS")]
    Tags,
}

impl ClusterField {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "ATTACHMENTS",
        "CONFIGURATIONS",
        "SETTINGS",
        "STATISTICS",
        "TAGS",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Attachments,
        Self::Configurations,
        Self::Settings,
        Self::Statistics,
        Self::Tags,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ClusterField);

/// The `ClusterNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterNotFoundException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ClusterServiceConnectDefaults` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterServiceConnectDefaults {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

/// The `ClusterServiceConnectDefaultsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterServiceConnectDefaultsRequest {
    pub namespace: String,
}

/// The `ClusterSetting` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterSetting {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<ClusterSettingName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// The `ClusterSettingName` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ClusterSettingName {
    #[serde(rename = "containerInsights")]
    ContainerInsights,
}

impl ClusterSettingName {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["containerInsights"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::ContainerInsights];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ClusterSettingName);

/// The `Compatibility` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum Compatibility {
    #[serde(rename = "EC2")]
    Ec2,
    #[serde(rename = "FARGATE")]
    Fargate,
    #[serde(rename = "EXTERNAL")]
    External,
    #[serde(rename = "MANAGED_INSTANCES")]
    ManagedInstances,
}

impl Compatibility {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Ec2,
        Self::Fargate,
        Self::External,
        Self::ManagedInstances,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(Compatibility);

/// The `ConflictException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConflictException {
    #[serde(rename = "resourceIds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_ids: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `Connectivity` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum Connectivity {
    #[serde(rename = "CONNECTED")]
    Connected,
    #[serde(rename = "DISCONNECTED")]
    Disconnected,
}

impl Connectivity {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["CONNECTED", "DISCONNECTED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Connected, Self::Disconnected];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(Connectivity);

/// The `Container` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Container {
    #[serde(rename = "containerArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_arn: Option<String>,
    #[serde(rename = "taskArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(rename = "imageDigest")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_digest: Option<String>,
    #[serde(rename = "runtimeId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime_id: Option<String>,
    #[serde(rename = "lastStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_status: Option<String>,
    #[serde(rename = "exitCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "networkBindings")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_bindings: Option<Vec<NetworkBinding>>,
    #[serde(rename = "networkInterfaces")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interfaces: Option<Vec<NetworkInterface>>,
    #[serde(rename = "healthStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_status: Option<HealthStatus>,
    #[serde(rename = "managedAgents")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_agents: Option<Vec<ManagedAgent>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "memoryReservation")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_reservation: Option<String>,
    #[serde(rename = "gpuIds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpu_ids: Option<Vec<String>>,
    #[serde(rename = "neuronDeviceIds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neuron_device_ids: Option<Vec<String>>,
    #[serde(rename = "gpuSharingStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpu_sharing_strategy: Option<SharingStrategy>,
}

/// The `ContainerCondition` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ContainerCondition {
    #[serde(rename = "START")]
    Start,
    #[serde(rename = "COMPLETE")]
    Complete,
    #[serde(rename = "SUCCESS")]
    Success,
    #[serde(rename = "HEALTHY")]
    Healthy,
}

impl ContainerCondition {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["START", "COMPLETE", "SUCCESS", "HEALTHY"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Start, Self::Complete, Self::Success, Self::Healthy];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ContainerCondition);

/// The `ContainerDefinition` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContainerDefinition {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(rename = "repositoryCredentials")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repository_credentials: Option<RepositoryCredentials>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i32>,
    #[serde(rename = "memoryReservation")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_reservation: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<String>>,
    #[serde(rename = "portMappings")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port_mappings: Option<Vec<PortMapping>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub essential: Option<bool>,
    #[serde(rename = "restartPolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restart_policy: Option<ContainerRestartPolicy>,
    #[serde(rename = "entryPoint")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_point: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<Vec<KeyValuePair>>,
    #[serde(rename = "environmentFiles")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_files: Option<Vec<EnvironmentFile>>,
    #[serde(rename = "mountPoints")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mount_points: Option<Vec<MountPoint>>,
    #[serde(rename = "volumesFrom")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volumes_from: Option<Vec<VolumeFrom>>,
    #[serde(rename = "linuxParameters")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linux_parameters: Option<LinuxParameters>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<Secret>>,
    #[serde(rename = "dependsOn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depends_on: Option<Vec<ContainerDependency>>,
    #[serde(rename = "startTimeout")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_timeout: Option<i32>,
    #[serde(rename = "stopTimeout")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_timeout: Option<i32>,
    #[serde(rename = "versionConsistency")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_consistency: Option<VersionConsistency>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(rename = "workingDirectory")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_directory: Option<String>,
    #[serde(rename = "disableNetworking")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_networking: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    #[serde(rename = "readonlyRootFilesystem")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readonly_root_filesystem: Option<bool>,
    #[serde(rename = "dnsServers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_servers: Option<Vec<String>>,
    #[serde(rename = "dnsSearchDomains")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_search_domains: Option<Vec<String>>,
    #[serde(rename = "extraHosts")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_hosts: Option<Vec<HostEntry>>,
    #[serde(rename = "dockerSecurityOptions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docker_security_options: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interactive: Option<bool>,
    #[serde(rename = "pseudoTerminal")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pseudo_terminal: Option<bool>,
    #[serde(rename = "dockerLabels")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docker_labels: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ulimits: Option<Vec<Ulimit>>,
    #[serde(rename = "logConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_configuration: Option<LogConfiguration>,
    #[serde(rename = "healthCheck")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check: Option<HealthCheck>,
    #[serde(rename = "systemControls")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_controls: Option<Vec<SystemControl>>,
    #[serde(rename = "resourceRequirements")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_requirements: Option<Vec<ResourceRequirement>>,
    #[serde(rename = "firelensConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firelens_configuration: Option<FirelensConfiguration>,
    #[serde(rename = "credentialSpecs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential_specs: Option<Vec<String>>,
}

/// The `ContainerDependency` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContainerDependency {
    #[serde(rename = "containerName")]
    pub container_name: String,
    pub condition: ContainerCondition,
}

/// The `ContainerImage` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContainerImage {
    #[serde(rename = "containerName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    #[serde(rename = "imageDigest")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_digest: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

/// The `ContainerInstance` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContainerInstance {
    #[serde(rename = "containerInstanceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_instance_arn: Option<String>,
    #[serde(rename = "ec2InstanceId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ec2_instance_id: Option<String>,
    #[serde(rename = "capacityProviderName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    #[serde(rename = "versionInfo")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_info: Option<VersionInfo>,
    #[serde(rename = "remainingResources")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining_resources: Option<Vec<Resource>>,
    #[serde(rename = "registeredResources")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered_resources: Option<Vec<Resource>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "agentConnected")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_connected: Option<bool>,
    #[serde(rename = "runningTasksCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_tasks_count: Option<i32>,
    #[serde(rename = "pendingTasksCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_tasks_count: Option<i32>,
    #[serde(rename = "agentUpdateStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_update_status: Option<AgentUpdateStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<Attribute>>,
    #[serde(rename = "registeredAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered_at: Option<crate::Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<Attachment>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "healthStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_status: Option<ContainerInstanceHealthStatus>,
    #[serde(rename = "gpuDevices")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpu_devices: Option<Vec<GpuDevice>>,
}

/// The `ContainerInstanceField` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ContainerInstanceField {
    #[serde(rename = "TAGS")]
    Tags,
    #[serde(rename = "CONTAINER_INSTANCE_HEALTH")]
    ContainerInstanceHealth,
}

impl ContainerInstanceField {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["TAGS", "CONTAINER_INSTANCE_HEALTH"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Tags, Self::ContainerInstanceHealth];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ContainerInstanceField);

/// The `ContainerInstanceHealthStatus` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContainerInstanceHealthStatus {
    #[serde(rename = "overallStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overall_status: Option<InstanceHealthCheckState>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<InstanceHealthCheckResult>>,
}

/// The `ContainerInstanceStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ContainerInstanceStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DRAINING")]
    Draining,
    #[serde(rename = "REGISTERING")]
    Registering,
    #[serde(rename = "DEREGISTERING")]
    Deregistering,
    #[serde(rename = "REGISTRATION_FAILED")]
    RegistrationFailed,
}

impl ContainerInstanceStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "ACTIVE",
        "DRAINING",
        "REGISTERING",
        "DEREGISTERING",
        "REGISTRATION_FAILED",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Active,
        Self::Draining,
        Self::Registering,
        Self::Deregistering,
        Self::RegistrationFailed,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ContainerInstanceStatus);

/// The `ContainerOverride` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContainerOverride {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<Vec<KeyValuePair>>,
    #[serde(rename = "environmentFiles")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_files: Option<Vec<EnvironmentFile>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i32>,
    #[serde(rename = "memoryReservation")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_reservation: Option<i32>,
    #[serde(rename = "resourceRequirements")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_requirements: Option<Vec<ResourceRequirement>>,
}

/// The `ContainerRestartPolicy` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContainerRestartPolicy {
    pub enabled: bool,
    #[serde(rename = "ignoredExitCodes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignored_exit_codes: Option<Vec<i32>>,
    #[serde(rename = "restartAttemptPeriod")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restart_attempt_period: Option<i32>,
}

/// The `ContainerStateChange` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContainerStateChange {
    #[serde(rename = "containerName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    #[serde(rename = "imageDigest")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_digest: Option<String>,
    #[serde(rename = "runtimeId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime_id: Option<String>,
    #[serde(rename = "exitCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    #[serde(rename = "networkBindings")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_bindings: Option<Vec<NetworkBinding>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// The `ContinueServiceDeploymentRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContinueServiceDeploymentRequest {
    #[serde(rename = "serviceDeploymentArn")]
    pub service_deployment_arn: String,
    #[serde(rename = "hookId")]
    pub hook_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<DeploymentLifecycleHookAction>,
}

/// The `ContinueServiceDeploymentResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContinueServiceDeploymentResponse {
    #[serde(rename = "serviceDeploymentArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_deployment_arn: Option<String>,
}

/// The `CpuManufacturer` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum CpuManufacturer {
    #[serde(rename = "intel")]
    Intel,
    #[serde(rename = "amd")]
    Amd,
    #[serde(rename = "amazon-web-services")]
    AmazonWebServices,
}

impl CpuManufacturer {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["intel", "amd", "amazon-web-services"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Intel, Self::Amd, Self::AmazonWebServices];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(CpuManufacturer);

/// The `CreateCapacityProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateCapacityProviderRequest {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "autoScalingGroupProvider")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_scaling_group_provider: Option<AutoScalingGroupProvider>,
    #[serde(rename = "managedInstancesProvider")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_instances_provider: Option<CreateManagedInstancesProviderConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `CreateCapacityProviderResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateCapacityProviderResponse {
    #[serde(rename = "capacityProvider")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider: Option<CapacityProvider>,
}

/// The `CreateClusterRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClusterRequest {
    #[serde(rename = "clusterName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<ClusterSetting>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<ClusterConfiguration>,
    #[serde(rename = "capacityProviders")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_providers: Option<Vec<String>>,
    #[serde(rename = "defaultCapacityProviderStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "serviceConnectDefaults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_connect_defaults: Option<ClusterServiceConnectDefaultsRequest>,
}

/// The `CreateClusterResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClusterResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

/// The `CreateDaemonRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateDaemonRequest {
    #[serde(rename = "daemonName")]
    pub daemon_name: String,
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "daemonTaskDefinitionArn")]
    pub daemon_task_definition_arn: String,
    #[serde(rename = "capacityProviderArns")]
    pub capacity_provider_arns: Vec<String>,
    #[serde(rename = "deploymentConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_configuration: Option<DaemonDeploymentConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "propagateTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<DaemonPropagateTags>,
    #[serde(rename = "enableECSManagedTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(rename = "enableExecuteCommand")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(rename = "clientToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub critical: Option<bool>,
}

/// The `CreateDaemonResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateDaemonResponse {
    #[serde(rename = "daemonArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonStatus>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "deploymentArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_arn: Option<String>,
}

/// The `CreateExpressGatewayServiceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateExpressGatewayServiceRequest {
    #[serde(rename = "executionRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "infrastructureRoleArn")]
    pub infrastructure_role_arn: String,
    #[serde(rename = "serviceName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "healthCheckPath")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_path: Option<String>,
    #[serde(rename = "primaryContainer")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_container: Option<ExpressGatewayContainer>,
    #[serde(rename = "taskRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_role_arn: Option<String>,
    #[serde(rename = "networkConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<ExpressGatewayServiceNetworkConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "cpuArchitecture")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_architecture: Option<ExpressCpuArchitecture>,
    #[serde(rename = "scalingTarget")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scaling_target: Option<ExpressGatewayScalingTarget>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "taskDefinitionArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_definition_arn: Option<String>,
}

/// The `CreateExpressGatewayServiceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateExpressGatewayServiceResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ECSExpressGatewayService>,
}

/// The `CreateGatewayRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateGatewayRequest {
    pub name: String,
    #[serde(rename = "infrastructureRoleArn")]
    pub infrastructure_role_arn: String,
    #[serde(rename = "clientToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    #[serde(rename = "deletionProtection")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_protection: Option<bool>,
    pub configuration: GatewayConfiguration,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "propagateTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateGatewayTags>,
}

/// The `CreateGatewayResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateGatewayResponse {
    #[serde(rename = "gatewayArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayStatus>,
}

/// The `CreateManagedInstancesProviderConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateManagedInstancesProviderConfiguration {
    #[serde(rename = "infrastructureRoleArn")]
    pub infrastructure_role_arn: String,
    #[serde(rename = "instanceLaunchTemplate")]
    pub instance_launch_template: InstanceLaunchTemplate,
    #[serde(rename = "propagateTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateMITags>,
    #[serde(rename = "infrastructureOptimization")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infrastructure_optimization: Option<InfrastructureOptimization>,
    #[serde(rename = "autoRepairConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_repair_configuration: Option<AutoRepairConfiguration>,
}

/// The `CreateServiceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateServiceRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "serviceName")]
    pub service_name: String,
    #[serde(rename = "taskDefinition")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<String>,
    #[serde(rename = "availabilityZoneRebalancing")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability_zone_rebalancing: Option<AvailabilityZoneRebalancing>,
    #[serde(rename = "loadBalancers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(rename = "serviceRegistries")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(rename = "desiredCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desired_count: Option<i32>,
    #[serde(rename = "clientToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    #[serde(rename = "launchType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "capacityProviderStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "platformVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(rename = "deploymentConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    #[serde(rename = "placementConstraints")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    #[serde(rename = "placementStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    #[serde(rename = "networkConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "healthCheckGracePeriodSeconds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_grace_period_seconds: Option<i32>,
    #[serde(rename = "schedulingStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduling_strategy: Option<SchedulingStrategy>,
    #[serde(rename = "deploymentController")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_controller: Option<DeploymentController>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "enableECSManagedTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(rename = "propagateTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateTags>,
    #[serde(rename = "enableExecuteCommand")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(rename = "serviceConnectConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    #[serde(rename = "volumeConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    #[serde(rename = "vpcLatticeConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
    #[serde(rename = "gatewayConnectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_connectors: Option<Vec<GatewayConnector>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monitoring: Option<MonitoringConfiguration>,
}

/// The `CreateServiceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateServiceResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
}

/// The `CreateTaskSetRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateTaskSetRequest {
    pub service: String,
    pub cluster: String,
    #[serde(rename = "externalId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(rename = "taskDefinition")]
    pub task_definition: String,
    #[serde(rename = "networkConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "loadBalancers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(rename = "serviceRegistries")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(rename = "launchType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "capacityProviderStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "platformVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    #[serde(rename = "clientToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `CreateTaskSetResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateTaskSetResponse {
    #[serde(rename = "taskSet")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<TaskSet>,
}

/// The `CreatedAt` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatedAt {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<crate::Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<crate::Timestamp>,
}

/// The `DaemonAlarmConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonAlarmConfiguration {
    #[serde(rename = "alarmNames")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_names: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
}

/// The `DaemonCapacityProvider` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonCapacityProvider {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "runningCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_count: Option<i32>,
    #[serde(rename = "withoutDaemonCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub without_daemon_count: Option<i32>,
}

/// The `DaemonCircuitBreaker` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonCircuitBreaker {
    #[serde(rename = "failureCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_count: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonDeploymentRollbackMonitorsStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<i32>,
}

/// The `DaemonContainerDefinition` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonContainerDefinition {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub image: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i32>,
    #[serde(rename = "memoryReservation")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_reservation: Option<i32>,
    #[serde(rename = "repositoryCredentials")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repository_credentials: Option<RepositoryCredentials>,
    #[serde(rename = "healthCheck")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check: Option<HealthCheck>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub essential: Option<bool>,
    #[serde(rename = "entryPoint")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_point: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    #[serde(rename = "workingDirectory")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_directory: Option<String>,
    #[serde(rename = "environmentFiles")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_files: Option<Vec<EnvironmentFile>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<Vec<KeyValuePair>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<Secret>>,
    #[serde(rename = "readonlyRootFilesystem")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readonly_root_filesystem: Option<bool>,
    #[serde(rename = "mountPoints")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mount_points: Option<Vec<MountPoint>>,
    #[serde(rename = "logConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_configuration: Option<LogConfiguration>,
    #[serde(rename = "firelensConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firelens_configuration: Option<FirelensConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ulimits: Option<Vec<Ulimit>>,
    #[serde(rename = "linuxParameters")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linux_parameters: Option<DaemonLinuxParameters>,
    #[serde(rename = "dependsOn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depends_on: Option<Vec<ContainerDependency>>,
    #[serde(rename = "startTimeout")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_timeout: Option<i32>,
    #[serde(rename = "stopTimeout")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_timeout: Option<i32>,
    #[serde(rename = "systemControls")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_controls: Option<Vec<SystemControl>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interactive: Option<bool>,
    #[serde(rename = "pseudoTerminal")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pseudo_terminal: Option<bool>,
    #[serde(rename = "restartPolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restart_policy: Option<ContainerRestartPolicy>,
}

/// The `DaemonContainerImage` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonContainerImage {
    #[serde(rename = "containerName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    #[serde(rename = "imageDigest")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_digest: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

/// The `DaemonDeployment` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonDeployment {
    #[serde(rename = "daemonDeploymentArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_deployment_arn: Option<String>,
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonDeploymentStatus>,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "targetDaemonRevision")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_daemon_revision: Option<DaemonDeploymentRevisionDetail>,
    #[serde(rename = "sourceDaemonRevisions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_daemon_revisions: Option<Vec<DaemonDeploymentRevisionDetail>>,
    #[serde(rename = "circuitBreaker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub circuit_breaker: Option<DaemonCircuitBreaker>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarms: Option<DaemonDeploymentAlarms>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<DaemonRollback>,
    #[serde(rename = "deploymentConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_configuration: Option<DaemonDeploymentConfiguration>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "startedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<crate::Timestamp>,
    #[serde(rename = "stoppedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<crate::Timestamp>,
    #[serde(rename = "finishedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<crate::Timestamp>,
}

/// The `DaemonDeploymentAlarms` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonDeploymentAlarms {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonDeploymentRollbackMonitorsStatus>,
    #[serde(rename = "alarmNames")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_names: Option<Vec<String>>,
    #[serde(rename = "triggeredAlarmNames")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triggered_alarm_names: Option<Vec<String>>,
}

/// The `DaemonDeploymentCapacityProvider` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonDeploymentCapacityProvider {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "runningInstanceCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_instance_count: Option<i32>,
    #[serde(rename = "withoutDaemonInstanceCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub without_daemon_instance_count: Option<i32>,
    #[serde(rename = "drainingInstanceCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draining_instance_count: Option<i32>,
}

/// The `DaemonDeploymentConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonDeploymentConfiguration {
    #[serde(rename = "drainPercent")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drain_percent: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarms: Option<DaemonAlarmConfiguration>,
    #[serde(rename = "bakeTimeInMinutes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bake_time_in_minutes: Option<i32>,
}

/// The `DaemonDeploymentRevisionDetail` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonDeploymentRevisionDetail {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "capacityProviders")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_providers: Option<Vec<DaemonDeploymentCapacityProvider>>,
    #[serde(rename = "totalRunningInstanceCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_running_instance_count: Option<i32>,
    #[serde(rename = "totalWithoutDaemonInstanceCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_without_daemon_instance_count: Option<i32>,
    #[serde(rename = "totalDrainingInstanceCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_draining_instance_count: Option<i32>,
}

/// The `DaemonDeploymentRollbackMonitorsStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DaemonDeploymentRollbackMonitorsStatus {
    #[serde(rename = "TRIGGERED")]
    Triggered,
    #[serde(rename = "MONITORING")]
    Monitoring,
    #[serde(rename = "MONITORING_COMPLETE")]
    MonitoringComplete,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl DaemonDeploymentRollbackMonitorsStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["TRIGGERED", "MONITORING", "MONITORING_COMPLETE", "DISABLED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Triggered,
        Self::Monitoring,
        Self::MonitoringComplete,
        Self::Disabled,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DaemonDeploymentRollbackMonitorsStatus);

/// The `DaemonDeploymentStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DaemonDeploymentStatus {
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "SUCCESSFUL")]
    Successful,
    #[serde(rename = "STOPPED")]
    Stopped,
    #[serde(rename = "STOP_REQUESTED")]
    StopRequested,
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "ROLLBACK_IN_PROGRESS")]
    RollbackInProgress,
    #[serde(rename = "ROLLBACK_SUCCESSFUL")]
    RollbackSuccessful,
    #[serde(rename = "ROLLBACK_FAILED")]
    RollbackFailed,
}

impl DaemonDeploymentStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "PENDING",
        "SUCCESSFUL",
        "STOPPED",
        "STOP_REQUESTED",
        "IN_PROGRESS",
        "ROLLBACK_IN_PROGRESS",
        "ROLLBACK_SUCCESSFUL",
        "ROLLBACK_FAILED",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Pending,
        Self::Successful,
        Self::Stopped,
        Self::StopRequested,
        Self::InProgress,
        Self::RollbackInProgress,
        Self::RollbackSuccessful,
        Self::RollbackFailed,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DaemonDeploymentStatus);

/// The `DaemonDeploymentSummary` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonDeploymentSummary {
    #[serde(rename = "daemonDeploymentArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_deployment_arn: Option<String>,
    #[serde(rename = "daemonArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonDeploymentStatus>,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "targetDaemonRevisionArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_daemon_revision_arn: Option<String>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "startedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<crate::Timestamp>,
    #[serde(rename = "stoppedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<crate::Timestamp>,
    #[serde(rename = "finishedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<crate::Timestamp>,
}

/// The `DaemonDetail` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonDetail {
    #[serde(rename = "daemonArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonStatus>,
    #[serde(rename = "currentRevisions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_revisions: Option<Vec<DaemonRevisionDetail>>,
    #[serde(rename = "deploymentArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_arn: Option<String>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "updatedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
}

/// The `DaemonIpcMode` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DaemonIpcMode {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "shared")]
    Shared,
}

impl DaemonIpcMode {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["none", "shared"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::None, Self::Shared];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DaemonIpcMode);

/// The `DaemonLinuxParameters` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonLinuxParameters {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<KernelCapabilities>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<Device>>,
    #[serde(rename = "initProcessEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub init_process_enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tmpfs: Option<Vec<Tmpfs>>,
}

/// The `DaemonNotActiveException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonNotActiveException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `DaemonNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonNotFoundException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `DaemonPidMode` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DaemonPidMode {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "shared")]
    Shared,
}

impl DaemonPidMode {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["none", "shared"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::None, Self::Shared];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DaemonPidMode);

/// The `DaemonPropagateTags` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DaemonPropagateTags {
    #[serde(rename = "DAEMON")]
    Daemon,
    #[serde(rename = "NONE")]
    None,
}

impl DaemonPropagateTags {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["DAEMON", "NONE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Daemon, Self::None];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DaemonPropagateTags);

/// The `DaemonRevision` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonRevision {
    #[serde(rename = "daemonRevisionArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_revision_arn: Option<String>,
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "daemonArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(rename = "daemonTaskDefinitionArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_task_definition_arn: Option<String>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "containerImages")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_images: Option<Vec<DaemonContainerImage>>,
    #[serde(rename = "propagateTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<DaemonPropagateTags>,
    #[serde(rename = "enableECSManagedTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(rename = "enableExecuteCommand")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub critical: Option<bool>,
}

/// The `DaemonRevisionDetail` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonRevisionDetail {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "capacityProviders")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_providers: Option<Vec<DaemonCapacityProvider>>,
    #[serde(rename = "totalRunningCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_running_count: Option<i32>,
    #[serde(rename = "totalWithoutDaemonCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_without_daemon_count: Option<i32>,
}

/// The `DaemonRollback` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonRollback {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "startedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<crate::Timestamp>,
    #[serde(rename = "rollbackTargetDaemonRevisionArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollback_target_daemon_revision_arn: Option<String>,
    #[serde(rename = "rollbackCapacityProviders")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollback_capacity_providers: Option<Vec<String>>,
}

/// The `DaemonStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DaemonStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
}

impl DaemonStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "DELETE_IN_PROGRESS"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Active, Self::DeleteInProgress];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DaemonStatus);

/// The `DaemonSummary` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonSummary {
    #[serde(rename = "daemonArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonStatus>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "updatedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
}

/// The `DaemonTaskDefinition` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonTaskDefinition {
    #[serde(rename = "daemonTaskDefinitionArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_task_definition_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<i32>,
    #[serde(rename = "taskRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_role_arn: Option<String>,
    #[serde(rename = "executionRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "containerDefinitions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_definitions: Option<Vec<DaemonContainerDefinition>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<DaemonVolume>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonTaskDefinitionStatus>,
    #[serde(rename = "registeredAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered_at: Option<crate::Timestamp>,
    #[serde(rename = "deleteRequestedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_requested_at: Option<crate::Timestamp>,
    #[serde(rename = "registeredBy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered_by: Option<String>,
    #[serde(rename = "pidMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid_mode: Option<DaemonPidMode>,
    #[serde(rename = "ipcMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipc_mode: Option<DaemonIpcMode>,
}

/// The `DaemonTaskDefinitionRevisionFilter` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DaemonTaskDefinitionRevisionFilter {
    #[serde(rename = "LAST_REGISTERED")]
    LastRegistered,
}

impl DaemonTaskDefinitionRevisionFilter {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["LAST_REGISTERED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::LastRegistered];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DaemonTaskDefinitionRevisionFilter);

/// The `DaemonTaskDefinitionStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DaemonTaskDefinitionStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    #[serde(rename = "DELETED")]
    Deleted,
}

impl DaemonTaskDefinitionStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "DELETE_IN_PROGRESS", "DELETED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Active, Self::DeleteInProgress, Self::Deleted];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DaemonTaskDefinitionStatus);

/// The `DaemonTaskDefinitionStatusFilter` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DaemonTaskDefinitionStatusFilter {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    #[serde(rename = "ALL")]
    All,
}

impl DaemonTaskDefinitionStatusFilter {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "DELETE_IN_PROGRESS", "ALL"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Active, Self::DeleteInProgress, Self::All];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DaemonTaskDefinitionStatusFilter);

/// The `DaemonTaskDefinitionSummary` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonTaskDefinitionSummary {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "registeredAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered_at: Option<crate::Timestamp>,
    #[serde(rename = "registeredBy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered_by: Option<String>,
    #[serde(rename = "deleteRequestedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_requested_at: Option<crate::Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonTaskDefinitionStatus>,
}

/// The `DaemonVolume` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonVolume {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<HostVolumeProperties>,
    #[serde(rename = "logDriverVolumeConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_driver_volume_configuration: Option<LogDriverVolumeConfiguration>,
}

/// The `DeleteAccountSettingRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAccountSettingRequest {
    pub name: SettingName,
    #[serde(rename = "principalArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal_arn: Option<String>,
}

/// The `DeleteAccountSettingResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAccountSettingResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<Setting>,
}

/// The `DeleteAttributesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAttributesRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    pub attributes: Vec<Attribute>,
}

/// The `DeleteAttributesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAttributesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<Attribute>>,
}

/// The `DeleteCapacityProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteCapacityProviderRequest {
    #[serde(rename = "capacityProvider")]
    pub capacity_provider: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
}

/// The `DeleteCapacityProviderResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteCapacityProviderResponse {
    #[serde(rename = "capacityProvider")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider: Option<CapacityProvider>,
}

/// The `DeleteClusterRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteClusterRequest {
    pub cluster: String,
}

/// The `DeleteClusterResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteClusterResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

/// The `DeleteDaemonRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDaemonRequest {
    #[serde(rename = "daemonArn")]
    pub daemon_arn: String,
}

/// The `DeleteDaemonResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDaemonResponse {
    #[serde(rename = "daemonArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonStatus>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "updatedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
    #[serde(rename = "deploymentArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_arn: Option<String>,
}

/// The `DeleteDaemonTaskDefinitionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDaemonTaskDefinitionRequest {
    #[serde(rename = "daemonTaskDefinition")]
    pub daemon_task_definition: String,
}

/// The `DeleteDaemonTaskDefinitionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDaemonTaskDefinitionResponse {
    #[serde(rename = "daemonTaskDefinitionArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_task_definition_arn: Option<String>,
}

/// The `DeleteExpressGatewayServiceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteExpressGatewayServiceRequest {
    #[serde(rename = "serviceArn")]
    pub service_arn: String,
}

/// The `DeleteExpressGatewayServiceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteExpressGatewayServiceResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ECSExpressGatewayService>,
}

/// The `DeleteGatewayRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteGatewayRequest {
    pub gateway: String,
}

/// The `DeleteGatewayResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteGatewayResponse {
    #[serde(rename = "gatewayArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayStatus>,
}

/// The `DeleteServiceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteServiceRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    pub service: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

/// The `DeleteServiceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteServiceResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
}

/// The `DeleteTaskDefinitionsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteTaskDefinitionsRequest {
    #[serde(rename = "taskDefinitions")]
    pub task_definitions: Vec<String>,
}

/// The `DeleteTaskDefinitionsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteTaskDefinitionsResponse {
    #[serde(rename = "taskDefinitions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_definitions: Option<Vec<TaskDefinition>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

/// The `DeleteTaskSetRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteTaskSetRequest {
    pub cluster: String,
    pub service: String,
    #[serde(rename = "taskSet")]
    pub task_set: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

/// The `DeleteTaskSetResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteTaskSetResponse {
    #[serde(rename = "taskSet")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<TaskSet>,
}

/// The `Deployment` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Deployment {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "taskDefinition")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<String>,
    #[serde(rename = "desiredCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desired_count: Option<i32>,
    #[serde(rename = "pendingCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_count: Option<i32>,
    #[serde(rename = "runningCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_count: Option<i32>,
    #[serde(rename = "failedTasks")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_tasks: Option<i32>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "updatedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
    #[serde(rename = "capacityProviderStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "launchType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "platformVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(rename = "platformFamily")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_family: Option<String>,
    #[serde(rename = "networkConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "rolloutState")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollout_state: Option<DeploymentRolloutState>,
    #[serde(rename = "rolloutStateReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollout_state_reason: Option<String>,
    #[serde(rename = "serviceConnectConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    #[serde(rename = "serviceConnectResources")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_connect_resources: Option<Vec<ServiceConnectServiceResource>>,
    #[serde(rename = "volumeConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    #[serde(rename = "fargateEphemeralStorage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fargate_ephemeral_storage: Option<DeploymentEphemeralStorage>,
    #[serde(rename = "vpcLatticeConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
}

/// The `DeploymentAlarms` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentAlarms {
    #[serde(rename = "alarmNames")]
    pub alarm_names: Vec<String>,
    pub rollback: bool,
    pub enable: bool,
}

/// The `DeploymentCircuitBreaker` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentCircuitBreaker {
    pub enable: bool,
    pub rollback: bool,
    #[serde(rename = "resetOnHealthyTask")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reset_on_healthy_task: Option<bool>,
    #[serde(rename = "thresholdConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold_configuration: Option<ThresholdConfiguration>,
}

/// The `DeploymentConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentConfiguration {
    #[serde(rename = "deploymentCircuitBreaker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_circuit_breaker: Option<DeploymentCircuitBreaker>,
    #[serde(rename = "maximumPercent")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum_percent: Option<i32>,
    #[serde(rename = "minimumHealthyPercent")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_healthy_percent: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarms: Option<DeploymentAlarms>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<DeploymentStrategy>,
    #[serde(rename = "bakeTimeInMinutes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bake_time_in_minutes: Option<i32>,
    #[serde(rename = "lifecycleHooks")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_hooks: Option<Vec<DeploymentLifecycleHook>>,
    #[serde(rename = "linearConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linear_configuration: Option<LinearConfiguration>,
    #[serde(rename = "canaryConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canary_configuration: Option<CanaryConfiguration>,
    #[serde(rename = "earlySuccessCriteria")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub early_success_criteria: Option<DeploymentEarlySuccessCriteria>,
}

/// The `DeploymentController` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentController {
    pub r#type: DeploymentControllerType,
}

/// The `DeploymentControllerType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DeploymentControllerType {
    #[serde(rename = "ECS")]
    Ecs,
    #[serde(rename = "CODE_DEPLOY")]
    CodeDeploy,
    #[serde(rename = "EXTERNAL")]
    External,
}

impl DeploymentControllerType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ECS", "CODE_DEPLOY", "EXTERNAL"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Ecs, Self::CodeDeploy, Self::External];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DeploymentControllerType);

/// The `DeploymentEarlySuccessCriteria` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentEarlySuccessCriteria {
    pub enable: bool,
    #[serde(rename = "healthyPercent")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub healthy_percent: Option<i32>,
    #[serde(rename = "sourceServiceRevisionCleanup")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_service_revision_cleanup: Option<ServiceRevisionCleanup>,
}

/// The `DeploymentEphemeralStorage` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentEphemeralStorage {
    #[serde(rename = "kmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
}

/// The `DeploymentLifecycleHook` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentLifecycleHook {
    #[serde(rename = "targetType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<DeploymentLifecycleHookTargetType>,
    #[serde(rename = "hookTargetArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hook_target_arn: Option<String>,
    #[serde(rename = "roleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    #[serde(rename = "lifecycleStages")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_stages: Option<Vec<DeploymentLifecycleHookStage>>,
    #[serde(rename = "hookDetails")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hook_details: Option<HookDetails>,
    #[serde(rename = "timeoutConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_configuration: Option<DeploymentLifecycleHookTimeoutConfiguration>,
}

/// The `DeploymentLifecycleHookAction` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DeploymentLifecycleHookAction {
    #[serde(rename = "ROLLBACK")]
    Rollback,
    #[serde(rename = "CONTINUE")]
    Continue,
}

impl DeploymentLifecycleHookAction {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ROLLBACK", "CONTINUE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Rollback, Self::Continue];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DeploymentLifecycleHookAction);

/// The `DeploymentLifecycleHookDetail` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentLifecycleHookDetail {
    #[serde(rename = "hookId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hook_id: Option<String>,
    #[serde(rename = "targetType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<DeploymentLifecycleHookTargetType>,
    #[serde(rename = "targetArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DeploymentLifecycleHookStatus>,
    #[serde(rename = "expiresAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<crate::Timestamp>,
    #[serde(rename = "timeoutAction")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_action: Option<DeploymentLifecycleHookAction>,
}

/// The `DeploymentLifecycleHookStage` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DeploymentLifecycleHookStage {
    #[serde(rename = "RECONCILE_SERVICE")]
    ReconcileService,
    #[serde(rename = "PRE_SCALE_UP")]
    PreScaleUp,
    #[serde(rename = "POST_SCALE_UP")]
    PostScaleUp,
    #[serde(rename = "TEST_TRAFFIC_SHIFT")]
    TestTrafficShift,
    #[serde(rename = "POST_TEST_TRAFFIC_SHIFT")]
    PostTestTrafficShift,
    #[serde(rename = "PRE_PRODUCTION_TRAFFIC_SHIFT")]
    PreProductionTrafficShift,
    #[serde(rename = "PRODUCTION_TRAFFIC_SHIFT")]
    ProductionTrafficShift,
    #[serde(rename = "POST_PRODUCTION_TRAFFIC_SHIFT")]
    PostProductionTrafficShift,
}

impl DeploymentLifecycleHookStage {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "RECONCILE_SERVICE",
        "PRE_SCALE_UP",
        "POST_SCALE_UP",
        "TEST_TRAFFIC_SHIFT",
        "POST_TEST_TRAFFIC_SHIFT",
        "PRE_PRODUCTION_TRAFFIC_SHIFT",
        "PRODUCTION_TRAFFIC_SHIFT",
        "POST_PRODUCTION_TRAFFIC_SHIFT",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::ReconcileService,
        Self::PreScaleUp,
        Self::PostScaleUp,
        Self::TestTrafficShift,
        Self::PostTestTrafficShift,
        Self::PreProductionTrafficShift,
        Self::ProductionTrafficShift,
        Self::PostProductionTrafficShift,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DeploymentLifecycleHookStage);

/// The `DeploymentLifecycleHookStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DeploymentLifecycleHookStatus {
    #[serde(rename = "AWAITING_ACTION")]
    AwaitingAction,
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "SUCCEEDED")]
    Succeeded,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "TIMED_OUT")]
    TimedOut,
}

impl DeploymentLifecycleHookStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "AWAITING_ACTION",
        "IN_PROGRESS",
        "SUCCEEDED",
        "FAILED",
        "TIMED_OUT",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::AwaitingAction,
        Self::InProgress,
        Self::Succeeded,
        Self::Failed,
        Self::TimedOut,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DeploymentLifecycleHookStatus);

/// The `DeploymentLifecycleHookTargetType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DeploymentLifecycleHookTargetType {
    #[serde(rename = "AWS_LAMBDA")]
    AwsLambda,
    #[serde(rename = "PAUSE")]
    Pause,
}

impl DeploymentLifecycleHookTargetType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["AWS_LAMBDA", "PAUSE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::AwsLambda, Self::Pause];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DeploymentLifecycleHookTargetType);

/// The `DeploymentLifecycleHookTimeoutConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentLifecycleHookTimeoutConfiguration {
    #[serde(rename = "timeoutInMinutes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_in_minutes: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<DeploymentLifecycleHookAction>,
}

/// The `DeploymentRolloutState` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DeploymentRolloutState {
    #[serde(rename = "COMPLETED")]
    Completed,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
}

impl DeploymentRolloutState {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["COMPLETED", "FAILED", "IN_PROGRESS"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Completed, Self::Failed, Self::InProgress];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DeploymentRolloutState);

/// The `DeploymentStrategy` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DeploymentStrategy {
    #[serde(rename = "ROLLING")]
    Rolling,
    #[serde(rename = "BLUE_GREEN")]
    BlueGreen,
    #[serde(rename = "LINEAR")]
    Linear,
    #[serde(rename = "CANARY")]
    Canary,
}

impl DeploymentStrategy {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ROLLING", "BLUE_GREEN", "LINEAR", "CANARY"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Rolling, Self::BlueGreen, Self::Linear, Self::Canary];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DeploymentStrategy);

/// The `DeregisterContainerInstanceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterContainerInstanceRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "containerInstance")]
    pub container_instance: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

/// The `DeregisterContainerInstanceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterContainerInstanceResponse {
    #[serde(rename = "containerInstance")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_instance: Option<ContainerInstance>,
}

/// The `DeregisterTaskDefinitionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterTaskDefinitionRequest {
    #[serde(rename = "taskDefinition")]
    pub task_definition: String,
}

/// The `DeregisterTaskDefinitionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterTaskDefinitionResponse {
    #[serde(rename = "taskDefinition")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<TaskDefinition>,
}

/// The `DescribeCapacityProvidersRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeCapacityProvidersRequest {
    #[serde(rename = "capacityProviders")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_providers: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<CapacityProviderField>>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeCapacityProvidersResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeCapacityProvidersResponse {
    #[serde(rename = "capacityProviders")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_providers: Option<Vec<CapacityProvider>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeClustersRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeClustersRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clusters: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ClusterField>>,
}

/// The `DescribeClustersResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeClustersResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clusters: Option<Vec<Cluster>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

/// The `DescribeContainerInstancesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeContainerInstancesRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "containerInstances")]
    pub container_instances: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ContainerInstanceField>>,
}

/// The `DescribeContainerInstancesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeContainerInstancesResponse {
    #[serde(rename = "containerInstances")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_instances: Option<Vec<ContainerInstance>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

/// The `DescribeDaemonDeploymentsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDaemonDeploymentsRequest {
    #[serde(rename = "daemonDeploymentArns")]
    pub daemon_deployment_arns: Vec<String>,
}

/// The `DescribeDaemonDeploymentsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDaemonDeploymentsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
    #[serde(rename = "daemonDeployments")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_deployments: Option<Vec<DaemonDeployment>>,
}

/// The `DescribeDaemonRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDaemonRequest {
    #[serde(rename = "daemonArn")]
    pub daemon_arn: String,
}

/// The `DescribeDaemonResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDaemonResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon: Option<DaemonDetail>,
}

/// The `DescribeDaemonRevisionsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDaemonRevisionsRequest {
    #[serde(rename = "daemonRevisionArns")]
    pub daemon_revision_arns: Vec<String>,
}

/// The `DescribeDaemonRevisionsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDaemonRevisionsResponse {
    #[serde(rename = "daemonRevisions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_revisions: Option<Vec<DaemonRevision>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

/// The `DescribeDaemonTaskDefinitionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDaemonTaskDefinitionRequest {
    #[serde(rename = "daemonTaskDefinition")]
    pub daemon_task_definition: String,
}

/// The `DescribeDaemonTaskDefinitionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDaemonTaskDefinitionResponse {
    #[serde(rename = "daemonTaskDefinition")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_task_definition: Option<DaemonTaskDefinition>,
}

/// The `DescribeExpressGatewayServiceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeExpressGatewayServiceRequest {
    #[serde(rename = "serviceArn")]
    pub service_arn: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ExpressGatewayServiceInclude>>,
}

/// The `DescribeExpressGatewayServiceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeExpressGatewayServiceResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ECSExpressGatewayService>,
}

/// The `DescribeGatewayAlbConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeGatewayAlbConfiguration {
    #[serde(rename = "networkConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<GatewayElbNetworkConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<GatewayElbScheme>,
    #[serde(rename = "accessLogs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_logs: Option<GatewayElbAccessLogConfiguration>,
    #[serde(rename = "webACLArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_acl_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<GatewayAlbProtocol>,
    #[serde(rename = "maxAlbCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_alb_count: Option<i32>,
    #[serde(rename = "currentAlbCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_alb_count: Option<i32>,
    #[serde(rename = "httpDesync")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_desync: Option<GatewayAlbDesyncMitigationMode>,
    #[serde(rename = "testTrafficRules")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_traffic_rules: Option<GatewayAlbTestTrafficRules>,
}

/// The `DescribeGatewayConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeGatewayConfiguration {
    #[serde(rename = "hostSharedAlb")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_shared_alb: Option<DescribeGatewayAlbConfiguration>,
}

/// The `DescribeGatewayRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeGatewayRequest {
    pub gateway: String,
}

/// The `DescribeGatewayResourcesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeGatewayResourcesRequest {
    pub gateway: String,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeGatewayResourcesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeGatewayResourcesResponse {
    #[serde(rename = "gatewayResources")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_resources: Option<GatewayResources>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `DescribeGatewayResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeGatewayResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<Gateway>,
}

/// The `DescribeGatewayRouteRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeGatewayRouteRequest {
    #[serde(rename = "gatewayRouteArn")]
    pub gateway_route_arn: String,
}

/// The `DescribeGatewayRouteResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeGatewayRouteResponse {
    #[serde(rename = "gatewayRoute")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_route: Option<GatewayRoute>,
}

/// The `DescribeServiceDeploymentsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeServiceDeploymentsRequest {
    #[serde(rename = "serviceDeploymentArns")]
    pub service_deployment_arns: Vec<String>,
}

/// The `DescribeServiceDeploymentsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeServiceDeploymentsResponse {
    #[serde(rename = "serviceDeployments")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_deployments: Option<Vec<ServiceDeployment>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

/// The `DescribeServiceRevisionsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeServiceRevisionsRequest {
    #[serde(rename = "serviceRevisionArns")]
    pub service_revision_arns: Vec<String>,
}

/// The `DescribeServiceRevisionsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeServiceRevisionsResponse {
    #[serde(rename = "serviceRevisions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_revisions: Option<Vec<ServiceRevision>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

/// The `DescribeServicesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeServicesRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    pub services: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ServiceField>>,
}

/// The `DescribeServicesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeServicesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<Service>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

/// The `DescribeTaskDefinitionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTaskDefinitionRequest {
    #[serde(rename = "taskDefinition")]
    pub task_definition: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<TaskDefinitionField>>,
}

/// The `DescribeTaskDefinitionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTaskDefinitionResponse {
    #[serde(rename = "taskDefinition")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<TaskDefinition>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `DescribeTaskSetsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTaskSetsRequest {
    pub cluster: String,
    pub service: String,
    #[serde(rename = "taskSets")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_sets: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<TaskSetField>>,
}

/// The `DescribeTaskSetsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTaskSetsResponse {
    #[serde(rename = "taskSets")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_sets: Option<Vec<TaskSet>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

/// The `DescribeTasksRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTasksRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    pub tasks: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<TaskField>>,
}

/// The `DescribeTasksResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTasksResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<Task>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

/// The `DesiredStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DesiredStatus {
    #[serde(rename = "RUNNING")]
    Running,
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "STOPPED")]
    Stopped,
}

impl DesiredStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["RUNNING", "PENDING", "STOPPED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Running, Self::Pending, Self::Stopped];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DesiredStatus);

/// The `Device` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Device {
    #[serde(rename = "hostPath")]
    pub host_path: String,
    #[serde(rename = "containerPath")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<DeviceCgroupPermission>>,
}

/// The `DeviceCgroupPermission` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DeviceCgroupPermission {
    #[serde(rename = "read")]
    Read,
    #[serde(rename = "write")]
    Write,
    #[serde(rename = "mknod")]
    Mknod,
}

impl DeviceCgroupPermission {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["read", "write", "mknod"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Read, Self::Write, Self::Mknod];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DeviceCgroupPermission);

/// The `DisassociateGatewayFromClusterRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisassociateGatewayFromClusterRequest {
    pub gateway: String,
    pub cluster: String,
}

/// The `DisassociateGatewayFromClusterResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisassociateGatewayFromClusterResponse {
    #[serde(rename = "gatewayArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayClusterAssociationStatus>,
}

/// The `DiscoverPollEndpointRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DiscoverPollEndpointRequest {
    #[serde(rename = "containerInstance")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_instance: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
}

/// The `DiscoverPollEndpointResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DiscoverPollEndpointResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    #[serde(rename = "telemetryEndpoint")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telemetry_endpoint: Option<String>,
    #[serde(rename = "serviceConnectEndpoint")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_connect_endpoint: Option<String>,
}

/// The `DockerVolumeConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DockerVolumeConfiguration {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autoprovision: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub driver: Option<String>,
    #[serde(rename = "driverOpts")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub driver_opts: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
}

/// The `EBSResourceType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum EBSResourceType {
    #[serde(rename = "volume")]
    Volume,
}

impl EBSResourceType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["volume"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Volume];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(EBSResourceType);

/// The `EBSTagSpecification` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EBSTagSpecification {
    #[serde(rename = "resourceType")]
    pub resource_type: EBSResourceType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "propagateTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateTags>,
}

/// The `ECSExpressGatewayService` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ECSExpressGatewayService {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "serviceName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    #[serde(rename = "serviceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(rename = "infrastructureRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infrastructure_role_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ExpressGatewayServiceStatus>,
    #[serde(rename = "currentDeployment")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_deployment: Option<String>,
    #[serde(rename = "activeConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_configurations: Option<Vec<ExpressGatewayServiceConfiguration>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "updatedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
}

/// The `ECSManagedResources` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ECSManagedResources {
    #[serde(rename = "ingressPaths")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_paths: Option<Vec<ManagedIngressPath>>,
    #[serde(rename = "autoScaling")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_scaling: Option<ManagedAutoScaling>,
    #[serde(rename = "metricAlarms")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric_alarms: Option<Vec<ManagedMetricAlarm>>,
    #[serde(rename = "serviceSecurityGroups")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_security_groups: Option<Vec<ManagedSecurityGroup>>,
    #[serde(rename = "logGroups")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_groups: Option<Vec<ManagedLogGroup>>,
    #[serde(rename = "gatewayConnections")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_connections: Option<Vec<GatewayConnection>>,
}

/// The `EFSAuthorizationConfig` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EFSAuthorizationConfig {
    #[serde(rename = "accessPointId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_point_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iam: Option<EFSAuthorizationConfigIAM>,
}

/// The `EFSAuthorizationConfigIAM` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum EFSAuthorizationConfigIAM {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl EFSAuthorizationConfigIAM {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Enabled, Self::Disabled];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(EFSAuthorizationConfigIAM);

/// The `EFSTransitEncryption` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum EFSTransitEncryption {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl EFSTransitEncryption {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Enabled, Self::Disabled];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(EFSTransitEncryption);

/// The `EFSVolumeConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EFSVolumeConfiguration {
    #[serde(rename = "fileSystemId")]
    pub file_system_id: String,
    #[serde(rename = "rootDirectory")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root_directory: Option<String>,
    #[serde(rename = "transitEncryption")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transit_encryption: Option<EFSTransitEncryption>,
    #[serde(rename = "transitEncryptionPort")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transit_encryption_port: Option<i32>,
    #[serde(rename = "authorizationConfig")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_config: Option<EFSAuthorizationConfig>,
}

/// The `ElbGatewayResources` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ElbGatewayResources {
    #[serde(rename = "loadBalancerArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancer_arn: Option<String>,
    #[serde(rename = "listenerArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listener_arn: Option<String>,
    #[serde(rename = "securityGroup")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group: Option<String>,
    #[serde(rename = "gatewayRouteArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_route_arns: Option<Vec<String>>,
}

/// The `EnvironmentFile` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EnvironmentFile {
    pub value: String,
    pub r#type: EnvironmentFileType,
}

/// The `EnvironmentFileType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum EnvironmentFileType {
    #[serde(rename = "s3")]
    S3,
}

impl EnvironmentFileType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["s3"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::S3];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(EnvironmentFileType);

/// The `EphemeralStorage` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EphemeralStorage {
    #[serde(rename = "sizeInGiB")]
    pub size_in_gi_b: i32,
}

/// The `ExecuteCommandConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExecuteCommandConfiguration {
    #[serde(rename = "kmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logging: Option<ExecuteCommandLogging>,
    #[serde(rename = "logConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_configuration: Option<ExecuteCommandLogConfiguration>,
}

/// The `ExecuteCommandLogConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExecuteCommandLogConfiguration {
    #[serde(rename = "cloudWatchLogGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_watch_log_group_name: Option<String>,
    #[serde(rename = "cloudWatchEncryptionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_watch_encryption_enabled: Option<bool>,
    #[serde(rename = "s3BucketName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_bucket_name: Option<String>,
    #[serde(rename = "s3EncryptionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_encryption_enabled: Option<bool>,
    #[serde(rename = "s3KeyPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3_key_prefix: Option<String>,
}

/// The `ExecuteCommandLogging` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ExecuteCommandLogging {
    #[serde(rename = "NONE")]
    None,
    #[serde(rename = "DEFAULT")]
    Default,
    #[serde(rename = "OVERRIDE")]
    Override,
}

impl ExecuteCommandLogging {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["NONE", "DEFAULT", "OVERRIDE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::None, Self::Default, Self::Override];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ExecuteCommandLogging);

/// The `ExecuteCommandRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExecuteCommandRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
    pub command: String,
    pub interactive: bool,
    pub task: String,
}

/// The `ExecuteCommandResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExecuteCommandResponse {
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "containerArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_arn: Option<String>,
    #[serde(rename = "containerName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interactive: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
    #[serde(rename = "taskArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_arn: Option<String>,
}

/// The `ExpressCpuArchitecture` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ExpressCpuArchitecture {
    #[serde(rename = "X86_64")]
    X8664,
    #[serde(rename = "ARM64")]
    Arm64,
}

impl ExpressCpuArchitecture {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["X86_64", "ARM64"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::X8664, Self::Arm64];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ExpressCpuArchitecture);

/// The `ExpressGatewayContainer` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpressGatewayContainer {
    pub image: String,
    #[serde(rename = "containerPort")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_port: Option<i32>,
    #[serde(rename = "awsLogsConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aws_logs_configuration: Option<ExpressGatewayServiceAwsLogsConfiguration>,
    #[serde(rename = "repositoryCredentials")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repository_credentials: Option<ExpressGatewayRepositoryCredentials>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<Vec<KeyValuePair>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<Secret>>,
}

/// The `ExpressGatewayRepositoryCredentials` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpressGatewayRepositoryCredentials {
    #[serde(rename = "credentialsParameter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials_parameter: Option<String>,
}

/// The `ExpressGatewayScalingTarget` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpressGatewayScalingTarget {
    #[serde(rename = "minTaskCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_task_count: Option<i32>,
    #[serde(rename = "maxTaskCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_task_count: Option<i32>,
    #[serde(rename = "autoScalingMetric")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_scaling_metric: Option<ExpressGatewayServiceScalingMetric>,
    #[serde(rename = "autoScalingTargetValue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_scaling_target_value: Option<i32>,
}

/// The `ExpressGatewayServiceAwsLogsConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpressGatewayServiceAwsLogsConfiguration {
    #[serde(rename = "logGroup")]
    pub log_group: String,
    #[serde(rename = "logStreamPrefix")]
    pub log_stream_prefix: String,
}

/// The `ExpressGatewayServiceConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpressGatewayServiceConfiguration {
    #[serde(rename = "serviceRevisionArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_revision_arn: Option<String>,
    #[serde(rename = "executionRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "taskRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_role_arn: Option<String>,
    #[serde(rename = "taskDefinitionArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_definition_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "cpuArchitecture")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_architecture: Option<ExpressCpuArchitecture>,
    #[serde(rename = "networkConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<ExpressGatewayServiceNetworkConfiguration>,
    #[serde(rename = "healthCheckPath")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_path: Option<String>,
    #[serde(rename = "primaryContainer")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_container: Option<ExpressGatewayContainer>,
    #[serde(rename = "scalingTarget")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scaling_target: Option<ExpressGatewayScalingTarget>,
    #[serde(rename = "ingressPaths")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_paths: Option<Vec<IngressPathSummary>>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
}

/// The `ExpressGatewayServiceInclude` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ExpressGatewayServiceInclude {
    #[serde(rename = "TAGS")]
    Tags,
}

impl ExpressGatewayServiceInclude {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["TAGS"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Tags];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ExpressGatewayServiceInclude);

/// The `ExpressGatewayServiceNetworkConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpressGatewayServiceNetworkConfiguration {
    #[serde(rename = "securityGroups")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_groups: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<String>>,
}

/// The `ExpressGatewayServiceScalingMetric` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ExpressGatewayServiceScalingMetric {
    #[serde(rename = "AVERAGE_CPU")]
    AverageCpu,
    #[serde(rename = "AVERAGE_MEMORY")]
    AverageMemory,
    #[serde(rename = "REQUEST_COUNT_PER_TARGET")]
    RequestCountPerTarget,
}

impl ExpressGatewayServiceScalingMetric {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["AVERAGE_CPU", "AVERAGE_MEMORY", "REQUEST_COUNT_PER_TARGET"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::AverageCpu,
        Self::AverageMemory,
        Self::RequestCountPerTarget,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ExpressGatewayServiceScalingMetric);

/// The `ExpressGatewayServiceStatus` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpressGatewayServiceStatus {
    #[serde(rename = "statusCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<ExpressGatewayServiceStatusCode>,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
}

/// The `ExpressGatewayServiceStatusCode` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ExpressGatewayServiceStatusCode {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DRAINING")]
    Draining,
    #[serde(rename = "INACTIVE")]
    Inactive,
}

impl ExpressGatewayServiceStatusCode {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "DRAINING", "INACTIVE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Active, Self::Draining, Self::Inactive];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ExpressGatewayServiceStatusCode);

/// The `FSxWindowsFileServerAuthorizationConfig` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FSxWindowsFileServerAuthorizationConfig {
    #[serde(rename = "credentialsParameter")]
    pub credentials_parameter: String,
    pub domain: String,
}

/// The `FSxWindowsFileServerVolumeConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FSxWindowsFileServerVolumeConfiguration {
    #[serde(rename = "fileSystemId")]
    pub file_system_id: String,
    #[serde(rename = "rootDirectory")]
    pub root_directory: String,
    #[serde(rename = "authorizationConfig")]
    pub authorization_config: FSxWindowsFileServerAuthorizationConfig,
}

/// The `Failure` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Failure {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// The `FirelensConfiguration` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FirelensConfiguration {
    pub r#type: FirelensConfigurationType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<BTreeMap<String, String>>,
}

/// The `FirelensConfigurationType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum FirelensConfigurationType {
    #[serde(rename = "fluentd")]
    Fluentd,
    #[serde(rename = "fluentbit")]
    Fluentbit,
}

impl FirelensConfigurationType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["fluentd", "fluentbit"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Fluentd, Self::Fluentbit];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(FirelensConfigurationType);

/// The `Gateway` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Gateway {
    #[serde(rename = "gatewayArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayStatus>,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<GatewayResourceFailure>>,
    #[serde(rename = "infrastructureRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infrastructure_role_arn: Option<String>,
    #[serde(rename = "deletionProtection")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_protection: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<DescribeGatewayConfiguration>,
    #[serde(rename = "accessType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_type: Option<AccessType>,
    #[serde(rename = "propagateTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateGatewayTags>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "updatedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
}

/// The `GatewayAlbDesyncMitigationMode` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum GatewayAlbDesyncMitigationMode {
    #[serde(rename = "monitor")]
    Monitor,
    #[serde(rename = "defensive")]
    Defensive,
    #[serde(rename = "strictest")]
    Strictest,
}

impl GatewayAlbDesyncMitigationMode {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["monitor", "defensive", "strictest"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Monitor, Self::Defensive, Self::Strictest];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(GatewayAlbDesyncMitigationMode);

/// The `GatewayAlbProtocol` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum GatewayAlbProtocol {
    #[serde(rename = "HTTP")]
    Http,
    #[serde(rename = "HTTPS")]
    Https,
}

impl GatewayAlbProtocol {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["HTTP", "HTTPS"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Http, Self::Https];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(GatewayAlbProtocol);

/// The `GatewayAlbTestTrafficRules` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayAlbTestTrafficRules {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<GatewayTestTrafficHeader>,
}

/// The `GatewayClusterAssociationStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum GatewayClusterAssociationStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DISASSOCIATING")]
    Disassociating,
    #[serde(rename = "INACTIVE")]
    Inactive,
}

impl GatewayClusterAssociationStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "DISASSOCIATING", "INACTIVE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Active, Self::Disassociating, Self::Inactive];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(GatewayClusterAssociationStatus);

/// The `GatewayClusterAssociationSummary` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayClusterAssociationSummary {
    #[serde(rename = "gatewayArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayClusterAssociationStatus>,
}

/// The `GatewayConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConfiguration {
    #[serde(rename = "hostSharedAlb")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_shared_alb: Option<HostSharedAlbConfiguration>,
}

/// The `GatewayConnection` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConnection {
    #[serde(rename = "gatewayArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(rename = "gatewayRouteArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_route_arn: Option<String>,
    #[serde(rename = "portName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port_name: Option<String>,
    #[serde(rename = "serviceUrl")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_url: Option<String>,
    #[serde(rename = "accessType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_type: Option<AccessType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayRouteStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<GatewayConnectionResources>,
}

/// The `GatewayConnectionAlbResources` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConnectionAlbResources {
    #[serde(rename = "acmCertificateArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acm_certificate_arn: Option<String>,
    #[serde(rename = "loadBalancerArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancer_arn: Option<String>,
    #[serde(rename = "loadBalancerSecurityGroupArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancer_security_group_arns: Option<Vec<String>>,
    #[serde(rename = "listenerArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listener_arn: Option<String>,
    #[serde(rename = "listenerRuleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listener_rule_arn: Option<String>,
    #[serde(rename = "testListenerRuleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_listener_rule_arn: Option<String>,
    #[serde(rename = "targetGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_group_arn: Option<String>,
    #[serde(rename = "alternateTargetGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternate_target_group_arn: Option<String>,
}

/// The `GatewayConnectionResources` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConnectionResources {
    #[serde(rename = "hostSharedAlb")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_shared_alb: Option<Vec<GatewayConnectionAlbResources>>,
}

/// The `GatewayConnector` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConnector {
    #[serde(rename = "portName")]
    pub port_name: String,
    #[serde(rename = "healthCheck")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check: Option<GatewayConnectorHealthCheck>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<GatewayConnectorFilters>,
    #[serde(rename = "deregistrationDelay")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deregistration_delay: Option<GatewayConnectorDeregistrationDelay>,
}

/// The `GatewayConnectorDeregistrationDelay` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConnectorDeregistrationDelay {
    #[serde(rename = "timeoutSeconds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_seconds: Option<i32>,
}

/// The `GatewayConnectorFilters` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConnectorFilters {
    #[serde(rename = "accessTypes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_types: Option<Vec<AccessType>>,
}

/// The `GatewayConnectorHealthCheck` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConnectorHealthCheck {
    #[serde(rename = "healthCheckProtocol")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_protocol: Option<GatewayConnectorHealthCheckProtocol>,
    #[serde(rename = "healthCheckPort")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_port: Option<i32>,
    #[serde(rename = "healthCheckPath")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_path: Option<String>,
    #[serde(rename = "healthCheckTimeoutSeconds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_timeout_seconds: Option<i32>,
    #[serde(rename = "healthCheckIntervalSeconds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_interval_seconds: Option<i32>,
    #[serde(rename = "healthyThresholdCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub healthy_threshold_count: Option<i32>,
    #[serde(rename = "unhealthyThresholdCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unhealthy_threshold_count: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matcher: Option<GatewayConnectorHealthCheckMatcher>,
}

/// The `GatewayConnectorHealthCheckMatcher` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConnectorHealthCheckMatcher {
    #[serde(rename = "httpCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_code: Option<String>,
    #[serde(rename = "grpcCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grpc_code: Option<String>,
}

/// The `GatewayConnectorHealthCheckProtocol` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum GatewayConnectorHealthCheckProtocol {
    #[serde(rename = "HTTP")]
    Http,
    #[serde(rename = "HTTPS")]
    Https,
}

impl GatewayConnectorHealthCheckProtocol {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["HTTP", "HTTPS"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Http, Self::Https];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(GatewayConnectorHealthCheckProtocol);

/// The `GatewayElbAccessLogConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayElbAccessLogConfiguration {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<GatewayElbAccessLogDestination>,
}

/// The `GatewayElbAccessLogDestination` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayElbAccessLogDestination {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3: Option<GatewayElbAccessLogS3Destination>,
}

/// The `GatewayElbAccessLogS3Destination` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayElbAccessLogS3Destination {
    pub bucket: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
}

/// The `GatewayElbIpAddressType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum GatewayElbIpAddressType {
    #[serde(rename = "ipv4")]
    Ipv4,
    #[serde(rename = "dualstack")]
    Dualstack,
    #[serde(rename = "dualstack-without-public-ipv4")]
    DualstackWithoutPublicIpv4,
}

impl GatewayElbIpAddressType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["ipv4", "dualstack", "dualstack-without-public-ipv4"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Ipv4,
        Self::Dualstack,
        Self::DualstackWithoutPublicIpv4,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(GatewayElbIpAddressType);

/// The `GatewayElbNetworkConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayElbNetworkConfiguration {
    #[serde(rename = "inboundSecurityGroup")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inbound_security_group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<String>>,
    #[serde(rename = "ipAddressType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<GatewayElbIpAddressType>,
}

/// The `GatewayElbScheme` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum GatewayElbScheme {
    #[serde(rename = "internet-facing")]
    InternetFacing,
    #[serde(rename = "internal")]
    Internal,
}

impl GatewayElbScheme {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["internet-facing", "internal"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::InternetFacing, Self::Internal];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(GatewayElbScheme);

/// The `GatewayInfrastructureResources` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayInfrastructureResources {
    #[serde(rename = "hostSharedAlb")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_shared_alb: Option<Vec<ElbGatewayResources>>,
}

/// The `GatewayNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayNotFoundException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `GatewayOperationError` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayOperationError {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `GatewayResourceFailure` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayResourceFailure {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<GatewayOperationError>>,
}

/// The `GatewayResources` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayResources {
    #[serde(rename = "gatewayArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<GatewayInfrastructureResources>,
}

/// The `GatewayRoute` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayRoute {
    #[serde(rename = "gatewayRouteArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_route_arn: Option<String>,
    #[serde(rename = "serviceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(rename = "serviceContainerPortName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_container_port_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayRouteStatus>,
    #[serde(rename = "serviceUrl")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<GatewayRouteResources>,
}

/// The `GatewayRouteAlbResources` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayRouteAlbResources {
    #[serde(rename = "acmCertificateArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acm_certificate_arn: Option<String>,
    #[serde(rename = "loadBalancerArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancer_arn: Option<String>,
    #[serde(rename = "listenerArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listener_arn: Option<String>,
    #[serde(rename = "listenerRuleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listener_rule_arn: Option<String>,
    #[serde(rename = "testListenerRuleArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_listener_rule_arns: Option<Vec<String>>,
    #[serde(rename = "loadBalancerSecurityGroups")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancer_security_groups: Option<Vec<GatewayRouteLoadBalancerSecurityGroup>>,
    #[serde(rename = "serviceSecurityGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_security_group_arn: Option<String>,
}

/// The `GatewayRouteLoadBalancerSecurityGroup` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayRouteLoadBalancerSecurityGroup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "ruleArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_arns: Option<Vec<String>>,
}

/// The `GatewayRouteResources` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayRouteResources {
    #[serde(rename = "hostSharedAlb")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_shared_alb: Option<Vec<GatewayRouteAlbResources>>,
}

/// The `GatewayRouteStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum GatewayRouteStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "CREATE_IN_PROGRESS")]
    CreateInProgress,
    #[serde(rename = "CREATE_FAILED")]
    CreateFailed,
    #[serde(rename = "UPDATE_IN_PROGRESS")]
    UpdateInProgress,
    #[serde(rename = "UPDATE_FAILED")]
    UpdateFailed,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    #[serde(rename = "DELETE_FAILED")]
    DeleteFailed,
}

impl GatewayRouteStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "ACTIVE",
        "CREATE_IN_PROGRESS",
        "CREATE_FAILED",
        "UPDATE_IN_PROGRESS",
        "UPDATE_FAILED",
        "DELETE_IN_PROGRESS",
        "DELETE_FAILED",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Active,
        Self::CreateInProgress,
        Self::CreateFailed,
        Self::UpdateInProgress,
        Self::UpdateFailed,
        Self::DeleteInProgress,
        Self::DeleteFailed,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(GatewayRouteStatus);

/// The `GatewayRouteSummary` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayRouteSummary {
    #[serde(rename = "gatewayRouteArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_route_arn: Option<String>,
    #[serde(rename = "gatewayArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "serviceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(rename = "serviceContainerPortName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_container_port_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayRouteStatus>,
}

/// The `GatewayStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum GatewayStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "UPDATE_IN_PROGRESS")]
    UpdateInProgress,
    #[serde(rename = "UPDATE_COMPLETE")]
    UpdateComplete,
    #[serde(rename = "UPDATE_FAILED")]
    UpdateFailed,
    #[serde(rename = "DELETED")]
    Deleted,
}

impl GatewayStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "ACTIVE",
        "UPDATE_IN_PROGRESS",
        "UPDATE_COMPLETE",
        "UPDATE_FAILED",
        "DELETED",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Active,
        Self::UpdateInProgress,
        Self::UpdateComplete,
        Self::UpdateFailed,
        Self::Deleted,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(GatewayStatus);

/// The `GatewaySummary` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewaySummary {
    #[serde(rename = "gatewayArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayStatus>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
}

/// The `GatewayTestTrafficHeader` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayTestTrafficHeader {
    pub name: String,
    pub values: Vec<String>,
}

/// The `GetTaskProtectionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetTaskProtectionRequest {
    pub cluster: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<String>>,
}

/// The `GetTaskProtectionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetTaskProtectionResponse {
    #[serde(rename = "protectedTasks")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protected_tasks: Option<Vec<ProtectedTask>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

/// The `GpuDevice` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GpuDevice {
    #[serde(rename = "gpuId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpu_id: Option<String>,
    #[serde(rename = "sharingMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharing_mode: Option<GpuSharingMode>,
    #[serde(rename = "totalMemoryInMiB")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_memory_in_mi_b: Option<i32>,
    #[serde(rename = "remainingMemoryInMiB")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining_memory_in_mi_b: Option<i32>,
    #[serde(rename = "containerCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_count: Option<i32>,
}

/// The `GpuSharingMode` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum GpuSharingMode {
    #[serde(rename = "IDLE")]
    Idle,
    #[serde(rename = "NVIDIA_MPS")]
    NvidiaMps,
    #[serde(rename = "DEDICATED")]
    Dedicated,
}

impl GpuSharingMode {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["IDLE", "NVIDIA_MPS", "DEDICATED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Idle, Self::NvidiaMps, Self::Dedicated];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(GpuSharingMode);

/// The `HealthCheck` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct HealthCheck {
    pub command: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retries: Option<i32>,
    #[serde(rename = "startPeriod")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_period: Option<i32>,
}

/// The `HealthStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum HealthStatus {
    #[serde(rename = "HEALTHY")]
    Healthy,
    #[serde(rename = "UNHEALTHY")]
    Unhealthy,
    #[serde(rename = "UNKNOWN")]
    Unknown,
}

impl HealthStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["HEALTHY", "UNHEALTHY", "UNKNOWN"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Healthy, Self::Unhealthy, Self::Unknown];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(HealthStatus);

/// The `HookDetails` document: any JSON value.
pub type HookDetails = ::serde_json::Value;

/// The `HostEntry` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct HostEntry {
    pub hostname: String,
    #[serde(rename = "ipAddress")]
    pub ip_address: String,
}

/// The `HostSharedAlbConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct HostSharedAlbConfiguration {
    #[serde(rename = "networkConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<GatewayElbNetworkConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<GatewayElbScheme>,
    #[serde(rename = "webACLArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_acl_arn: Option<String>,
    #[serde(rename = "accessLogs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_logs: Option<GatewayElbAccessLogConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<GatewayAlbProtocol>,
    #[serde(rename = "maxAlbCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_alb_count: Option<i32>,
    #[serde(rename = "httpDesync")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_desync: Option<GatewayAlbDesyncMitigationMode>,
    #[serde(rename = "testTrafficRules")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_traffic_rules: Option<GatewayAlbTestTrafficRules>,
}

/// The `HostVolumeProperties` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct HostVolumeProperties {
    #[serde(rename = "sourcePath")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_path: Option<String>,
}

/// The `InferenceAccelerator` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InferenceAccelerator {
    #[serde(rename = "deviceName")]
    pub device_name: String,
    #[serde(rename = "deviceType")]
    pub device_type: String,
}

/// The `InferenceAcceleratorOverride` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InferenceAcceleratorOverride {
    #[serde(rename = "deviceName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    #[serde(rename = "deviceType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<String>,
}

/// The `InfrastructureOptimization` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InfrastructureOptimization {
    #[serde(rename = "scaleInAfter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale_in_after: Option<i32>,
}

/// The `IngressPathSummary` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IngressPathSummary {
    #[serde(rename = "accessType")]
    pub access_type: AccessType,
    pub endpoint: String,
}

/// The `InstanceGeneration` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum InstanceGeneration {
    #[serde(rename = "current")]
    Current,
    #[serde(rename = "previous")]
    Previous,
}

impl InstanceGeneration {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["current", "previous"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Current, Self::Previous];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(InstanceGeneration);

/// The `InstanceHealthCheckResult` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InstanceHealthCheckResult {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<InstanceHealthCheckType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<InstanceHealthCheckState>,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "lastUpdated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<crate::Timestamp>,
    #[serde(rename = "lastStatusChange")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_status_change: Option<crate::Timestamp>,
}

/// The `InstanceHealthCheckState` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum InstanceHealthCheckState {
    #[serde(rename = "OK")]
    Ok,
    #[serde(rename = "IMPAIRED")]
    Impaired,
    #[serde(rename = "INSUFFICIENT_DATA")]
    InsufficientData,
    #[serde(rename = "INITIALIZING")]
    Initializing,
}

impl InstanceHealthCheckState {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["OK", "IMPAIRED", "INSUFFICIENT_DATA", "INITIALIZING"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Ok,
        Self::Impaired,
        Self::InsufficientData,
        Self::Initializing,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(InstanceHealthCheckState);

/// The `InstanceHealthCheckType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum InstanceHealthCheckType {
    #[serde(rename = "CONTAINER_RUNTIME")]
    ContainerRuntime,
    #[serde(rename = "ACCELERATED_COMPUTE")]
    AcceleratedCompute,
    #[serde(rename = "DAEMON")]
    Daemon,
    #[serde(rename = "AGENT_CONNECTIVITY")]
    AgentConnectivity,
}

impl InstanceHealthCheckType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "CONTAINER_RUNTIME",
        "ACCELERATED_COMPUTE",
        "DAEMON",
        "AGENT_CONNECTIVITY",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::ContainerRuntime,
        Self::AcceleratedCompute,
        Self::Daemon,
        Self::AgentConnectivity,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(InstanceHealthCheckType);

/// The `InstanceLaunchTemplate` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InstanceLaunchTemplate {
    #[serde(rename = "ec2InstanceProfileArn")]
    pub ec2_instance_profile_arn: String,
    #[serde(rename = "networkConfiguration")]
    pub network_configuration: ManagedInstancesNetworkConfiguration,
    #[serde(rename = "storageConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_configuration: Option<ManagedInstancesStorageConfiguration>,
    #[serde(rename = "localStorageConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_storage_configuration: Option<ManagedInstancesLocalStorageConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monitoring: Option<ManagedInstancesMonitoringOptions>,
    #[serde(rename = "capacityOptionType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_option_type: Option<CapacityOptionType>,
    #[serde(rename = "instanceMetadataTagsPropagation")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_metadata_tags_propagation: Option<bool>,
    #[serde(rename = "instanceRequirements")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_requirements: Option<InstanceRequirementsRequest>,
    #[serde(rename = "fipsEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fips_enabled: Option<bool>,
    #[serde(rename = "capacityReservations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_reservations: Option<CapacityReservationRequest>,
    #[serde(rename = "nitroEnclavesEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nitro_enclaves_enabled: Option<bool>,
}

/// The `InstanceLaunchTemplateUpdate` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InstanceLaunchTemplateUpdate {
    #[serde(rename = "ec2InstanceProfileArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ec2_instance_profile_arn: Option<String>,
    #[serde(rename = "networkConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<ManagedInstancesNetworkConfiguration>,
    #[serde(rename = "storageConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_configuration: Option<ManagedInstancesStorageConfiguration>,
    #[serde(rename = "instanceMetadataTagsPropagation")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_metadata_tags_propagation: Option<bool>,
    #[serde(rename = "localStorageConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_storage_configuration: Option<ManagedInstancesLocalStorageConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monitoring: Option<ManagedInstancesMonitoringOptions>,
    #[serde(rename = "instanceRequirements")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_requirements: Option<InstanceRequirementsRequest>,
    #[serde(rename = "capacityReservations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_reservations: Option<CapacityReservationRequest>,
}

/// The `InstanceRequirementsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InstanceRequirementsRequest {
    #[serde(rename = "vCpuCount")]
    pub v_cpu_count: VCpuCountRangeRequest,
    #[serde(rename = "memoryMiB")]
    pub memory_mi_b: MemoryMiBRequest,
    #[serde(rename = "cpuManufacturers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_manufacturers: Option<Vec<CpuManufacturer>>,
    #[serde(rename = "memoryGiBPerVCpu")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_gi_b_per_v_cpu: Option<MemoryGiBPerVCpuRequest>,
    #[serde(rename = "excludedInstanceTypes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excluded_instance_types: Option<Vec<String>>,
    #[serde(rename = "instanceGenerations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_generations: Option<Vec<InstanceGeneration>>,
    #[serde(rename = "spotMaxPricePercentageOverLowestPrice")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spot_max_price_percentage_over_lowest_price: Option<i32>,
    #[serde(rename = "onDemandMaxPricePercentageOverLowestPrice")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_demand_max_price_percentage_over_lowest_price: Option<i32>,
    #[serde(rename = "bareMetal")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bare_metal: Option<BareMetal>,
    #[serde(rename = "burstablePerformance")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub burstable_performance: Option<BurstablePerformance>,
    #[serde(rename = "requireHibernateSupport")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_hibernate_support: Option<bool>,
    #[serde(rename = "networkInterfaceCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_count: Option<NetworkInterfaceCountRequest>,
    #[serde(rename = "localStorage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_storage: Option<LocalStorage>,
    #[serde(rename = "localStorageTypes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_storage_types: Option<Vec<LocalStorageType>>,
    #[serde(rename = "totalLocalStorageGB")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_local_storage_gb: Option<TotalLocalStorageGBRequest>,
    #[serde(rename = "baselineEbsBandwidthMbps")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline_ebs_bandwidth_mbps: Option<BaselineEbsBandwidthMbpsRequest>,
    #[serde(rename = "acceleratorTypes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accelerator_types: Option<Vec<AcceleratorType>>,
    #[serde(rename = "acceleratorCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accelerator_count: Option<AcceleratorCountRequest>,
    #[serde(rename = "acceleratorManufacturers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accelerator_manufacturers: Option<Vec<AcceleratorManufacturer>>,
    #[serde(rename = "acceleratorNames")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accelerator_names: Option<Vec<AcceleratorName>>,
    #[serde(rename = "acceleratorTotalMemoryMiB")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accelerator_total_memory_mi_b: Option<AcceleratorTotalMemoryMiBRequest>,
    #[serde(rename = "networkBandwidthGbps")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_bandwidth_gbps: Option<NetworkBandwidthGbpsRequest>,
    #[serde(rename = "allowedInstanceTypes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_instance_types: Option<Vec<String>>,
    #[serde(rename = "maxSpotPriceAsPercentageOfOptimalOnDemandPrice")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_spot_price_as_percentage_of_optimal_on_demand_price: Option<i32>,
}

/// The `InvalidParameterException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidParameterException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `IpcMode` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum IpcMode {
    #[serde(rename = "host")]
    Host,
    #[serde(rename = "task")]
    Task,
    #[serde(rename = "none")]
    None,
}

impl IpcMode {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["host", "task", "none"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Host, Self::Task, Self::None];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(IpcMode);

/// The `IsolationMode` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum IsolationMode {
    #[serde(rename = "SHARED")]
    Shared,
    #[serde(rename = "ISOLATED_SANDBOX")]
    IsolatedSandbox,
    #[serde(rename = "CONFIDENTIAL_SANDBOX")]
    ConfidentialSandbox,
}

impl IsolationMode {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["SHARED", "ISOLATED_SANDBOX", "CONFIDENTIAL_SANDBOX"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Shared,
        Self::IsolatedSandbox,
        Self::ConfidentialSandbox,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(IsolationMode);

/// The `KernelCapabilities` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct KernelCapabilities {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub add: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drop: Option<Vec<String>>,
}

/// The `KeyValuePair` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct KeyValuePair {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// The `LaunchType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum LaunchType {
    #[serde(rename = "EC2")]
    Ec2,
    #[serde(rename = "FARGATE")]
    Fargate,
    #[serde(rename = "EXTERNAL")]
    External,
    #[serde(rename = "MANAGED_INSTANCES")]
    ManagedInstances,
}

impl LaunchType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Ec2,
        Self::Fargate,
        Self::External,
        Self::ManagedInstances,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(LaunchType);

/// The `LimitExceededException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LimitExceededException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `LinearConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LinearConfiguration {
    #[serde(rename = "stepPercent")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step_percent: Option<f64>,
    #[serde(rename = "stepBakeTimeInMinutes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step_bake_time_in_minutes: Option<i32>,
}

/// The `LinuxParameters` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LinuxParameters {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<KernelCapabilities>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<Device>>,
    #[serde(rename = "initProcessEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub init_process_enabled: Option<bool>,
    #[serde(rename = "sharedMemorySize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_memory_size: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tmpfs: Option<Vec<Tmpfs>>,
    #[serde(rename = "maxSwap")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_swap: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub swappiness: Option<i32>,
}

/// The `ListAccountSettingsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAccountSettingsRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<SettingName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(rename = "principalArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal_arn: Option<String>,
    #[serde(rename = "effectiveSettings")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_settings: Option<bool>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

/// The `ListAccountSettingsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAccountSettingsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<Setting>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListAttributesRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAttributesRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "targetType")]
    pub target_type: TargetType,
    #[serde(rename = "attributeName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    #[serde(rename = "attributeValue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_value: Option<String>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

/// The `ListAttributesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAttributesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<Attribute>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListClustersRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListClustersRequest {
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

/// The `ListClustersResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListClustersResponse {
    #[serde(rename = "clusterArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arns: Option<Vec<String>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListContainerInstancesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListContainerInstancesRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ContainerInstanceStatus>,
}

/// The `ListContainerInstancesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListContainerInstancesResponse {
    #[serde(rename = "containerInstanceArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_instance_arns: Option<Vec<String>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListDaemonDeploymentsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListDaemonDeploymentsRequest {
    #[serde(rename = "daemonArn")]
    pub daemon_arn: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<DaemonDeploymentStatus>>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<CreatedAt>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListDaemonDeploymentsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListDaemonDeploymentsResponse {
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "daemonDeployments")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_deployments: Option<Vec<DaemonDeploymentSummary>>,
}

/// The `ListDaemonTaskDefinitionsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListDaemonTaskDefinitionsRequest {
    #[serde(rename = "familyPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_prefix: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<DaemonTaskDefinitionRevisionFilter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonTaskDefinitionStatusFilter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<SortOrder>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

/// The `ListDaemonTaskDefinitionsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListDaemonTaskDefinitionsResponse {
    #[serde(rename = "daemonTaskDefinitions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_task_definitions: Option<Vec<DaemonTaskDefinitionSummary>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListDaemonsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListDaemonsRequest {
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "capacityProviderArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_arns: Option<Vec<String>>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListDaemonsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListDaemonsResponse {
    #[serde(rename = "daemonSummariesList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_summaries_list: Option<Vec<DaemonSummary>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListGatewayClusterAssociationsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGatewayClusterAssociationsRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<GatewayClusterAssociationStatus>>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListGatewayClusterAssociationsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGatewayClusterAssociationsResponse {
    #[serde(rename = "gatewayClusterAssociations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_cluster_associations: Option<Vec<GatewayClusterAssociationSummary>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListGatewayRoutesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGatewayRoutesRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    #[serde(rename = "serviceContainerPortName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_container_port_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<GatewayRouteStatus>>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListGatewayRoutesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGatewayRoutesResponse {
    #[serde(rename = "gatewayRoutes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_routes: Option<Vec<GatewayRouteSummary>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListGatewaysRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGatewaysRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<GatewayStatus>>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListGatewaysResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGatewaysResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateways: Option<Vec<GatewaySummary>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListServiceDeploymentsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServiceDeploymentsRequest {
    pub service: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<ServiceDeploymentStatus>>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<CreatedAt>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

/// The `ListServiceDeploymentsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServiceDeploymentsResponse {
    #[serde(rename = "serviceDeployments")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_deployments: Option<Vec<ServiceDeploymentBrief>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListServicesByNamespaceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServicesByNamespaceRequest {
    pub namespace: String,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

/// The `ListServicesByNamespaceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServicesByNamespaceResponse {
    #[serde(rename = "serviceArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_arns: Option<Vec<String>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListServicesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServicesRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "launchType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "schedulingStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduling_strategy: Option<SchedulingStrategy>,
    #[serde(rename = "resourceManagementType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_management_type: Option<ResourceManagementType>,
}

/// The `ListServicesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServicesResponse {
    #[serde(rename = "serviceArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_arns: Option<Vec<String>>,
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
    pub tags: Option<Vec<Tag>>,
}

/// The `ListTaskDefinitionFamiliesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTaskDefinitionFamiliesRequest {
    #[serde(rename = "familyPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_prefix: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskDefinitionFamilyStatus>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

/// The `ListTaskDefinitionFamiliesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTaskDefinitionFamiliesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub families: Option<Vec<String>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListTaskDefinitionsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTaskDefinitionsRequest {
    #[serde(rename = "familyPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_prefix: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskDefinitionStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<SortOrder>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

/// The `ListTaskDefinitionsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTaskDefinitionsResponse {
    #[serde(rename = "taskDefinitionArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_definition_arns: Option<Vec<String>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `ListTasksRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTasksRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "containerInstance")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_instance: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "startedBy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    #[serde(rename = "serviceName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    #[serde(rename = "desiredStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desired_status: Option<DesiredStatus>,
    #[serde(rename = "launchType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "daemonName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_name: Option<String>,
}

/// The `ListTasksResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTasksResponse {
    #[serde(rename = "taskArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_arns: Option<Vec<String>>,
    #[serde(rename = "nextToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The `LoadBalancer` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LoadBalancer {
    #[serde(rename = "targetGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_group_arn: Option<String>,
    #[serde(rename = "loadBalancerName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancer_name: Option<String>,
    #[serde(rename = "containerName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    #[serde(rename = "containerPort")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_port: Option<i32>,
    #[serde(rename = "advancedConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced_configuration: Option<AdvancedConfiguration>,
}

/// The `LocalStorage` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum LocalStorage {
    #[serde(rename = "included")]
    Included,
    #[serde(rename = "required")]
    Required,
    #[serde(rename = "excluded")]
    Excluded,
}

impl LocalStorage {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["included", "required", "excluded"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Included, Self::Required, Self::Excluded];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(LocalStorage);

/// The `LocalStorageType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum LocalStorageType {
    #[serde(rename = "hdd")]
    Hdd,
    #[serde(rename = "ssd")]
    Ssd,
}

impl LocalStorageType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["hdd", "ssd"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Hdd, Self::Ssd];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(LocalStorageType);

/// The `LogConfiguration` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogConfiguration {
    #[serde(rename = "logDriver")]
    pub log_driver: LogDriver,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<BTreeMap<String, String>>,
    #[serde(rename = "secretOptions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_options: Option<Vec<Secret>>,
}

/// The `LogDriver` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum LogDriver {
    #[serde(rename = "json-file")]
    JsonFile,
    #[serde(rename = "syslog")]
    Syslog,
    #[serde(rename = "journald")]
    Journald,
    #[serde(rename = "gelf")]
    Gelf,
    #[serde(rename = "fluentd")]
    Fluentd,
    #[serde(rename = "awslogs")]
    Awslogs,
    #[serde(rename = "splunk")]
    Splunk,
    #[serde(rename = "awsfirelens")]
    Awsfirelens,
}

impl LogDriver {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "json-file",
        "syslog",
        "journald",
        "gelf",
        "fluentd",
        "awslogs",
        "splunk",
        "awsfirelens",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::JsonFile,
        Self::Syslog,
        Self::Journald,
        Self::Gelf,
        Self::Fluentd,
        Self::Awslogs,
        Self::Splunk,
        Self::Awsfirelens,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(LogDriver);

/// The `LogDriverVolumeConfiguration` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogDriverVolumeConfiguration {
    pub driver: LogDriver,
}

/// The `ManagedAgent` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedAgent {
    #[serde(rename = "lastStartedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_started_at: Option<crate::Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<ManagedAgentName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "lastStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_status: Option<String>,
}

/// The `ManagedAgentName` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ManagedAgentName {
    ExecuteCommandAgent,
}

impl ManagedAgentName {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ExecuteCommandAgent"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::ExecuteCommandAgent];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ManagedAgentName);

/// The `ManagedAgentStateChange` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedAgentStateChange {
    #[serde(rename = "containerName")]
    pub container_name: String,
    #[serde(rename = "managedAgentName")]
    pub managed_agent_name: ManagedAgentName,
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// The `ManagedApplicationAutoScalingPolicy` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedApplicationAutoScalingPolicy {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::Timestamp,
    #[serde(rename = "policyType")]
    pub policy_type: String,
    #[serde(rename = "targetValue")]
    pub target_value: f64,
    pub metric: String,
}

/// The `ManagedAutoScaling` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedAutoScaling {
    #[serde(rename = "scalableTarget")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scalable_target: Option<ManagedScalableTarget>,
    #[serde(rename = "applicationAutoScalingPolicies")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_auto_scaling_policies: Option<Vec<ManagedApplicationAutoScalingPolicy>>,
}

/// The `ManagedCertificate` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedCertificate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::Timestamp,
    #[serde(rename = "domainName")]
    pub domain_name: String,
}

/// The `ManagedDraining` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ManagedDraining {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl ManagedDraining {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Enabled, Self::Disabled];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ManagedDraining);

/// The `ManagedIngressPath` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedIngressPath {
    #[serde(rename = "accessType")]
    pub access_type: AccessType,
    pub endpoint: String,
    #[serde(rename = "loadBalancer")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancer: Option<ManagedLoadBalancer>,
    #[serde(rename = "loadBalancerSecurityGroups")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancer_security_groups: Option<Vec<ManagedSecurityGroup>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<ManagedCertificate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listener: Option<ManagedListener>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<ManagedListenerRule>,
    #[serde(rename = "targetGroups")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_groups: Option<Vec<ManagedTargetGroup>>,
}

/// The `ManagedInstancesLocalStorageConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedInstancesLocalStorageConfiguration {
    #[serde(rename = "useLocalStorage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_local_storage: Option<bool>,
}

/// The `ManagedInstancesMonitoringOptions` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ManagedInstancesMonitoringOptions {
    #[serde(rename = "BASIC")]
    Basic,
    #[serde(rename = "DETAILED")]
    Detailed,
}

impl ManagedInstancesMonitoringOptions {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["BASIC", "DETAILED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Basic, Self::Detailed];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ManagedInstancesMonitoringOptions);

/// The `ManagedInstancesNetworkConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedInstancesNetworkConfiguration {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<String>>,
    #[serde(rename = "securityGroups")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_groups: Option<Vec<String>>,
}

/// The `ManagedInstancesProvider` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedInstancesProvider {
    #[serde(rename = "infrastructureRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infrastructure_role_arn: Option<String>,
    #[serde(rename = "instanceLaunchTemplate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_launch_template: Option<InstanceLaunchTemplate>,
    #[serde(rename = "propagateTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateMITags>,
    #[serde(rename = "infrastructureOptimization")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infrastructure_optimization: Option<InfrastructureOptimization>,
    #[serde(rename = "autoRepairConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_repair_configuration: Option<AutoRepairConfiguration>,
}

/// The `ManagedInstancesStorageConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedInstancesStorageConfiguration {
    #[serde(rename = "storageSizeGiB")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_size_gi_b: Option<i32>,
}

/// The `ManagedListener` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedListener {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::Timestamp,
}

/// The `ManagedListenerRule` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedListenerRule {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::Timestamp,
}

/// The `ManagedLoadBalancer` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedLoadBalancer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::Timestamp,
    pub scheme: String,
    #[serde(rename = "subnetIds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_ids: Option<Vec<String>>,
    #[serde(rename = "securityGroupIds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_ids: Option<Vec<String>>,
}

/// The `ManagedLogGroup` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedLogGroup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::Timestamp,
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
}

/// The `ManagedMetricAlarm` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedMetricAlarm {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::Timestamp,
}

/// The `ManagedResourceStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ManagedResourceStatus {
    #[serde(rename = "PROVISIONING")]
    Provisioning,
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DEPROVISIONING")]
    Deprovisioning,
    #[serde(rename = "DELETED")]
    Deleted,
    #[serde(rename = "FAILED")]
    Failed,
}

impl ManagedResourceStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "PROVISIONING",
        "ACTIVE",
        "DEPROVISIONING",
        "DELETED",
        "FAILED",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Provisioning,
        Self::Active,
        Self::Deprovisioning,
        Self::Deleted,
        Self::Failed,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ManagedResourceStatus);

/// The `ManagedScalableTarget` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedScalableTarget {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::Timestamp,
    #[serde(rename = "minCapacity")]
    pub min_capacity: i32,
    #[serde(rename = "maxCapacity")]
    pub max_capacity: i32,
}

/// The `ManagedScaling` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedScaling {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ManagedScalingStatus>,
    #[serde(rename = "targetCapacity")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_capacity: Option<i32>,
    #[serde(rename = "minimumScalingStepSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_scaling_step_size: Option<i32>,
    #[serde(rename = "maximumScalingStepSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum_scaling_step_size: Option<i32>,
    #[serde(rename = "instanceWarmupPeriod")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_warmup_period: Option<i32>,
}

/// The `ManagedScalingStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ManagedScalingStatus {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl ManagedScalingStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Enabled, Self::Disabled];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ManagedScalingStatus);

/// The `ManagedSecurityGroup` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedSecurityGroup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::Timestamp,
}

/// The `ManagedStorageConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedStorageConfiguration {
    #[serde(rename = "kmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "fargateEphemeralStorageKmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fargate_ephemeral_storage_kms_key_id: Option<String>,
}

/// The `ManagedTargetGroup` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedTargetGroup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::Timestamp,
    #[serde(rename = "healthCheckPath")]
    pub health_check_path: String,
    #[serde(rename = "healthCheckPort")]
    pub health_check_port: i32,
    pub port: i32,
}

/// The `ManagedTerminationProtection` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ManagedTerminationProtection {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl ManagedTerminationProtection {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Enabled, Self::Disabled];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ManagedTerminationProtection);

/// The `MemoryGiBPerVCpuRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MemoryGiBPerVCpuRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

/// The `MemoryMiBRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MemoryMiBRequest {
    pub min: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

/// The `MetricConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MetricConfiguration {
    #[serde(rename = "metricNames")]
    pub metric_names: Vec<String>,
    #[serde(rename = "resolutionSeconds")]
    pub resolution_seconds: i32,
}

/// The `MissingVersionException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MissingVersionException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `MonitoringConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MonitoringConfiguration {
    #[serde(rename = "metricConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric_configurations: Option<Vec<MetricConfiguration>>,
}

/// The `MountPoint` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MountPoint {
    #[serde(rename = "sourceVolume")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_volume: Option<String>,
    #[serde(rename = "containerPath")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_path: Option<String>,
    #[serde(rename = "readOnly")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
}

/// The `NamespaceNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct NamespaceNotFoundException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `NetworkBandwidthGbpsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct NetworkBandwidthGbpsRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

/// The `NetworkBinding` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct NetworkBinding {
    #[serde(rename = "bindIP")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_ip: Option<String>,
    #[serde(rename = "containerPort")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_port: Option<i32>,
    #[serde(rename = "hostPort")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_port: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<TransportProtocol>,
    #[serde(rename = "containerPortRange")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_port_range: Option<String>,
    #[serde(rename = "hostPortRange")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_port_range: Option<String>,
}

/// The `NetworkConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct NetworkConfiguration {
    #[serde(rename = "awsvpcConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awsvpc_configuration: Option<AwsVpcConfiguration>,
}

/// The `NetworkInterface` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct NetworkInterface {
    #[serde(rename = "attachmentId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment_id: Option<String>,
    #[serde(rename = "privateIpv4Address")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ipv4_address: Option<String>,
    #[serde(rename = "ipv6Address")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_address: Option<String>,
}

/// The `NetworkInterfaceCountRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct NetworkInterfaceCountRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

/// The `NetworkMode` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum NetworkMode {
    #[serde(rename = "bridge")]
    Bridge,
    #[serde(rename = "host")]
    Host,
    #[serde(rename = "awsvpc")]
    Awsvpc,
    #[serde(rename = "none")]
    None,
}

impl NetworkMode {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["bridge", "host", "awsvpc", "none"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Bridge, Self::Host, Self::Awsvpc, Self::None];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(NetworkMode);

/// The `NoUpdateAvailableException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct NoUpdateAvailableException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `NvidiaMpsAllocation` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct NvidiaMpsAllocation {
    pub memory: i32,
    #[serde(rename = "maxComputePercent")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_compute_percent: Option<i32>,
}

/// The `OSFamily` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum OSFamily {
    #[serde(rename = "WINDOWS_SERVER_2019_FULL")]
    WindowsServer2019Full,
    #[serde(rename = "WINDOWS_SERVER_2019_CORE")]
    WindowsServer2019Core,
    #[serde(rename = "WINDOWS_SERVER_2016_FULL")]
    WindowsServer2016Full,
    #[serde(rename = "WINDOWS_SERVER_2004_CORE")]
    WindowsServer2004Core,
    #[serde(rename = "WINDOWS_SERVER_2022_CORE")]
    WindowsServer2022Core,
    #[serde(rename = "WINDOWS_SERVER_2022_FULL")]
    WindowsServer2022Full,
    #[serde(rename = "WINDOWS_SERVER_2025_CORE")]
    WindowsServer2025Core,
    #[serde(rename = "WINDOWS_SERVER_2025_FULL")]
    WindowsServer2025Full,
    #[serde(rename = "WINDOWS_SERVER_20H2_CORE")]
    WindowsServer20h2Core,
    #[serde(rename = "LINUX")]
    Linux,
}

impl OSFamily {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "WINDOWS_SERVER_2019_FULL",
        "WINDOWS_SERVER_2019_CORE",
        "WINDOWS_SERVER_2016_FULL",
        "WINDOWS_SERVER_2004_CORE",
        "WINDOWS_SERVER_2022_CORE",
        "WINDOWS_SERVER_2022_FULL",
        "WINDOWS_SERVER_2025_CORE",
        "WINDOWS_SERVER_2025_FULL",
        "WINDOWS_SERVER_20H2_CORE",
        "LINUX",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::WindowsServer2019Full,
        Self::WindowsServer2019Core,
        Self::WindowsServer2016Full,
        Self::WindowsServer2004Core,
        Self::WindowsServer2022Core,
        Self::WindowsServer2022Full,
        Self::WindowsServer2025Core,
        Self::WindowsServer2025Full,
        Self::WindowsServer20h2Core,
        Self::Linux,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(OSFamily);

/// The `PidMode` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PidMode {
    #[serde(rename = "host")]
    Host,
    #[serde(rename = "task")]
    Task,
}

impl PidMode {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["host", "task"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Host, Self::Task];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PidMode);

/// The `PlacementConstraint` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlacementConstraint {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<PlacementConstraintType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
}

/// The `PlacementConstraintType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PlacementConstraintType {
    #[serde(rename = "distinctInstance")]
    DistinctInstance,
    #[serde(rename = "memberOf")]
    MemberOf,
}

impl PlacementConstraintType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["distinctInstance", "memberOf"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::DistinctInstance, Self::MemberOf];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PlacementConstraintType);

/// The `PlacementStrategy` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlacementStrategy {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<PlacementStrategyType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

/// The `PlacementStrategyType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PlacementStrategyType {
    #[serde(rename = "random")]
    Random,
    #[serde(rename = "spread")]
    Spread,
    #[serde(rename = "binpack")]
    Binpack,
}

impl PlacementStrategyType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["random", "spread", "binpack"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Random, Self::Spread, Self::Binpack];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PlacementStrategyType);

/// The `PlatformDevice` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlatformDevice {
    pub id: String,
    pub r#type: PlatformDeviceType,
}

/// The `PlatformDeviceType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PlatformDeviceType {
    #[serde(rename = "GPU")]
    Gpu,
    #[serde(rename = "NEURON_DEVICE")]
    NeuronDevice,
}

impl PlatformDeviceType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["GPU", "NEURON_DEVICE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Gpu, Self::NeuronDevice];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PlatformDeviceType);

/// The `PlatformTaskDefinitionIncompatibilityException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlatformTaskDefinitionIncompatibilityException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `PlatformUnknownException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlatformUnknownException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `PortMapping` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PortMapping {
    #[serde(rename = "containerPort")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_port: Option<i32>,
    #[serde(rename = "hostPort")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_port: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<TransportProtocol>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "appProtocol")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_protocol: Option<ApplicationProtocol>,
    #[serde(rename = "containerPortRange")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_port_range: Option<String>,
}

/// The `PropagateGatewayTags` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PropagateGatewayTags {
    #[serde(rename = "NONE")]
    None,
    #[serde(rename = "GATEWAY")]
    Gateway,
}

impl PropagateGatewayTags {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["NONE", "GATEWAY"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::None, Self::Gateway];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PropagateGatewayTags);

/// The `PropagateMITags` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PropagateMITags {
    #[serde(rename = "CAPACITY_PROVIDER")]
    CapacityProvider,
    #[serde(rename = "NONE")]
    None,
}

impl PropagateMITags {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["CAPACITY_PROVIDER", "NONE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::CapacityProvider, Self::None];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PropagateMITags);

/// The `PropagateTags` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PropagateTags {
    #[serde(rename = "TASK_DEFINITION")]
    TaskDefinition,
    #[serde(rename = "SERVICE")]
    Service,
    #[serde(rename = "NONE")]
    None,
}

impl PropagateTags {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["TASK_DEFINITION", "SERVICE", "NONE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::TaskDefinition, Self::Service, Self::None];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PropagateTags);

/// The `ProtectedTask` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProtectedTask {
    #[serde(rename = "taskArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_arn: Option<String>,
    #[serde(rename = "protectionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protection_enabled: Option<bool>,
    #[serde(rename = "expirationDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<crate::Timestamp>,
}

/// The `ProxyConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProxyConfiguration {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ProxyConfigurationType>,
    #[serde(rename = "containerName")]
    pub container_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<Vec<KeyValuePair>>,
}

/// The `ProxyConfigurationType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ProxyConfigurationType {
    #[serde(rename = "APPMESH")]
    Appmesh,
}

impl ProxyConfigurationType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["APPMESH"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Appmesh];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ProxyConfigurationType);

/// The `PutAccountSettingDefaultRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAccountSettingDefaultRequest {
    pub name: SettingName,
    pub value: String,
}

/// The `PutAccountSettingDefaultResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAccountSettingDefaultResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<Setting>,
}

/// The `PutAccountSettingRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAccountSettingRequest {
    pub name: SettingName,
    pub value: String,
    #[serde(rename = "principalArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal_arn: Option<String>,
}

/// The `PutAccountSettingResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAccountSettingResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<Setting>,
}

/// The `PutAttributesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAttributesRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    pub attributes: Vec<Attribute>,
}

/// The `PutAttributesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAttributesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<Attribute>>,
}

/// The `PutClusterCapacityProvidersRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutClusterCapacityProvidersRequest {
    pub cluster: String,
    #[serde(rename = "capacityProviders")]
    pub capacity_providers: Vec<String>,
    #[serde(rename = "defaultCapacityProviderStrategy")]
    pub default_capacity_provider_strategy: Vec<CapacityProviderStrategyItem>,
}

/// The `PutClusterCapacityProvidersResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutClusterCapacityProvidersResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

/// The `RegisterContainerInstanceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterContainerInstanceRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "instanceIdentityDocument")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_identity_document: Option<String>,
    #[serde(rename = "instanceIdentityDocumentSignature")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_identity_document_signature: Option<String>,
    #[serde(rename = "totalResources")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_resources: Option<Vec<Resource>>,
    #[serde(rename = "versionInfo")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_info: Option<VersionInfo>,
    #[serde(rename = "containerInstanceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_instance_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<Attribute>>,
    #[serde(rename = "platformDevices")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_devices: Option<Vec<PlatformDevice>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `RegisterContainerInstanceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterContainerInstanceResponse {
    #[serde(rename = "containerInstance")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_instance: Option<ContainerInstance>,
}

/// The `RegisterDaemonTaskDefinitionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterDaemonTaskDefinitionRequest {
    pub family: String,
    #[serde(rename = "taskRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_role_arn: Option<String>,
    #[serde(rename = "executionRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "containerDefinitions")]
    pub container_definitions: Vec<DaemonContainerDefinition>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<DaemonVolume>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "pidMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid_mode: Option<DaemonPidMode>,
    #[serde(rename = "ipcMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipc_mode: Option<DaemonIpcMode>,
}

/// The `RegisterDaemonTaskDefinitionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterDaemonTaskDefinitionResponse {
    #[serde(rename = "daemonTaskDefinitionArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_task_definition_arn: Option<String>,
}

/// The `RegisterTaskDefinitionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterTaskDefinitionRequest {
    pub family: String,
    #[serde(rename = "taskRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_role_arn: Option<String>,
    #[serde(rename = "executionRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "networkMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_mode: Option<NetworkMode>,
    #[serde(rename = "containerDefinitions")]
    pub container_definitions: Vec<ContainerDefinition>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<Volume>>,
    #[serde(rename = "placementConstraints")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement_constraints: Option<Vec<TaskDefinitionPlacementConstraint>>,
    #[serde(rename = "requiresCompatibilities")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires_compatibilities: Option<Vec<Compatibility>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "pidMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid_mode: Option<PidMode>,
    #[serde(rename = "ipcMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipc_mode: Option<IpcMode>,
    #[serde(rename = "proxyConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_configuration: Option<ProxyConfiguration>,
    #[serde(rename = "inferenceAccelerators")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inference_accelerators: Option<Vec<InferenceAccelerator>>,
    #[serde(rename = "ephemeralStorage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ephemeral_storage: Option<EphemeralStorage>,
    #[serde(rename = "runtimePlatform")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime_platform: Option<RuntimePlatform>,
    #[serde(rename = "enableFaultInjection")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_fault_injection: Option<bool>,
    #[serde(rename = "trustedExecutionConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trusted_execution_configuration: Option<TrustedExecutionConfiguration>,
}

/// The `RegisterTaskDefinitionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterTaskDefinitionResponse {
    #[serde(rename = "taskDefinition")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<TaskDefinition>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `RepositoryCredentials` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RepositoryCredentials {
    #[serde(rename = "credentialsParameter")]
    pub credentials_parameter: String,
}

/// The `ResolvedConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResolvedConfiguration {
    #[serde(rename = "loadBalancers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancers: Option<Vec<ServiceRevisionLoadBalancer>>,
    #[serde(rename = "vpcLatticeConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_lattice_configurations: Option<Vec<ServiceRevisionVpcLatticeConfiguration>>,
}

/// The `Resource` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Resource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(rename = "doubleValue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub double_value: Option<f64>,
    #[serde(rename = "longValue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub long_value: Option<i64>,
    #[serde(rename = "integerValue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integer_value: Option<i32>,
    #[serde(rename = "stringSetValue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub string_set_value: Option<Vec<String>>,
}

/// The `ResourceInUseException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceInUseException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ResourceManagementType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ResourceManagementType {
    #[serde(rename = "CUSTOMER")]
    Customer,
    #[serde(rename = "ECS")]
    Ecs,
}

impl ResourceManagementType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["CUSTOMER", "ECS"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Customer, Self::Ecs];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ResourceManagementType);

/// The `ResourceNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceNotFoundException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ResourceRequirement` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceRequirement {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    pub r#type: ResourceType,
    #[serde(rename = "sharingStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharing_strategy: Option<SharingStrategy>,
}

/// The `ResourceType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ResourceType {
    #[serde(rename = "GPU")]
    Gpu,
    InferenceAccelerator,
    NeuronDevice,
}

impl ResourceType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["GPU", "InferenceAccelerator", "NeuronDevice"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Gpu, Self::InferenceAccelerator, Self::NeuronDevice];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ResourceType);

/// The `Rollback` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Rollback {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "startedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<crate::Timestamp>,
    #[serde(rename = "serviceRevisionArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_revision_arn: Option<String>,
}

/// The `RunTaskRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RunTaskRequest {
    #[serde(rename = "capacityProviderStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
    #[serde(rename = "enableECSManagedTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(rename = "enableExecuteCommand")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(rename = "launchType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "networkConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<TaskOverride>,
    #[serde(rename = "placementConstraints")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    #[serde(rename = "placementStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    #[serde(rename = "platformVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(rename = "propagateTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateTags>,
    #[serde(rename = "referenceId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    #[serde(rename = "startedBy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "taskDefinition")]
    pub task_definition: String,
    #[serde(rename = "clientToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    #[serde(rename = "volumeConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_configurations: Option<Vec<TaskVolumeConfiguration>>,
}

/// The `RunTaskResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RunTaskResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<Task>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

/// The `RuntimePlatform` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RuntimePlatform {
    #[serde(rename = "cpuArchitecture")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_architecture: Option<CPUArchitecture>,
    #[serde(rename = "operatingSystemFamily")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operating_system_family: Option<OSFamily>,
}

/// The `RuntimePlatformOverride` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RuntimePlatformOverride {
    #[serde(rename = "cpuArchitecture")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_architecture: Option<String>,
}

/// The `S3FilesVolumeConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct S3FilesVolumeConfiguration {
    #[serde(rename = "fileSystemArn")]
    pub file_system_arn: String,
    #[serde(rename = "rootDirectory")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root_directory: Option<String>,
    #[serde(rename = "transitEncryptionPort")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transit_encryption_port: Option<i32>,
    #[serde(rename = "accessPointArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_point_arn: Option<String>,
}

/// The `Scale` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Scale {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<ScaleUnit>,
}

/// The `ScaleUnit` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ScaleUnit {
    #[serde(rename = "PERCENT")]
    Percent,
}

impl ScaleUnit {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["PERCENT"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Percent];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ScaleUnit);

/// The `SchedulingStrategy` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum SchedulingStrategy {
    #[serde(rename = "REPLICA")]
    Replica,
    #[serde(rename = "DAEMON")]
    Daemon,
}

impl SchedulingStrategy {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["REPLICA", "DAEMON"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Replica, Self::Daemon];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(SchedulingStrategy);

/// The `Scope` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum Scope {
    #[serde(rename = "task")]
    Task,
    #[serde(rename = "shared")]
    Shared,
}

impl Scope {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["task", "shared"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Task, Self::Shared];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(Scope);

/// The `Secret` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Secret {
    pub name: String,
    #[serde(rename = "valueFrom")]
    pub value_from: String,
}

/// The `ServerException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServerException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `Service` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Service {
    #[serde(rename = "serviceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(rename = "serviceName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "loadBalancers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(rename = "serviceRegistries")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "desiredCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desired_count: Option<i32>,
    #[serde(rename = "runningCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_count: Option<i32>,
    #[serde(rename = "pendingCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_count: Option<i32>,
    #[serde(rename = "launchType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "capacityProviderStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "platformVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(rename = "platformFamily")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_family: Option<String>,
    #[serde(rename = "taskDefinition")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<String>,
    #[serde(rename = "deploymentConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    #[serde(rename = "taskSets")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_sets: Option<Vec<TaskSet>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployments: Option<Vec<Deployment>>,
    #[serde(rename = "roleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<ServiceEvent>>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "currentServiceDeployment")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_service_deployment: Option<String>,
    #[serde(rename = "currentServiceRevisions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_service_revisions: Option<Vec<ServiceCurrentRevisionSummary>>,
    #[serde(rename = "placementConstraints")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    #[serde(rename = "placementStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    #[serde(rename = "networkConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "healthCheckGracePeriodSeconds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_grace_period_seconds: Option<i32>,
    #[serde(rename = "schedulingStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduling_strategy: Option<SchedulingStrategy>,
    #[serde(rename = "deploymentController")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_controller: Option<DeploymentController>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "createdBy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    #[serde(rename = "enableECSManagedTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(rename = "propagateTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateTags>,
    #[serde(rename = "enableExecuteCommand")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(rename = "availabilityZoneRebalancing")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability_zone_rebalancing: Option<AvailabilityZoneRebalancing>,
    #[serde(rename = "resourceManagementType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_management_type: Option<ResourceManagementType>,
}

/// The `ServiceConnectAccessLogConfiguration` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectAccessLogConfiguration {
    pub format: ServiceConnectAccessLoggingFormat,
    #[serde(rename = "includeQueryParameters")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_query_parameters: Option<ServiceConnectIncludeQueryParameters>,
}

/// The `ServiceConnectAccessLoggingFormat` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ServiceConnectAccessLoggingFormat {
    #[serde(rename = "TEXT")]
    Text,
    #[serde(rename = "JSON")]
    Json,
}

impl ServiceConnectAccessLoggingFormat {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["TEXT", "JSON"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Text, Self::Json];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ServiceConnectAccessLoggingFormat);

/// The `ServiceConnectClientAlias` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectClientAlias {
    pub port: i32,
    #[serde(rename = "dnsName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_name: Option<String>,
    #[serde(rename = "testTrafficRules")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_traffic_rules: Option<ServiceConnectTestTrafficRules>,
}

/// The `ServiceConnectConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectConfiguration {
    pub enabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<ServiceConnectService>>,
    #[serde(rename = "logConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_configuration: Option<LogConfiguration>,
    #[serde(rename = "accessLogConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_log_configuration: Option<ServiceConnectAccessLogConfiguration>,
    #[serde(rename = "containerConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_configurations: Option<Vec<ServiceConnectContainerConfiguration>>,
}

/// The `ServiceConnectContainerConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectContainerConfiguration {
    #[serde(rename = "logLevel")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_level: Option<ServiceConnectContainerLogLevel>,
}

/// The `ServiceConnectContainerLogLevel` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ServiceConnectContainerLogLevel {
    #[serde(rename = "debug")]
    Debug,
    #[serde(rename = "info")]
    Info,
}

impl ServiceConnectContainerLogLevel {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["debug", "info"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Debug, Self::Info];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ServiceConnectContainerLogLevel);

/// The `ServiceConnectIncludeQueryParameters` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ServiceConnectIncludeQueryParameters {
    #[serde(rename = "DISABLED")]
    Disabled,
    #[serde(rename = "ENABLED")]
    Enabled,
}

impl ServiceConnectIncludeQueryParameters {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["DISABLED", "ENABLED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Disabled, Self::Enabled];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ServiceConnectIncludeQueryParameters);

/// The `ServiceConnectService` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectService {
    #[serde(rename = "portName")]
    pub port_name: String,
    #[serde(rename = "discoveryName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discovery_name: Option<String>,
    #[serde(rename = "clientAliases")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_aliases: Option<Vec<ServiceConnectClientAlias>>,
    #[serde(rename = "ingressPortOverride")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_port_override: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<TimeoutConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<ServiceConnectTlsConfiguration>,
}

/// The `ServiceConnectServiceResource` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectServiceResource {
    #[serde(rename = "discoveryName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discovery_name: Option<String>,
    #[serde(rename = "discoveryArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discovery_arn: Option<String>,
}

/// The `ServiceConnectTestTrafficHeaderMatchRules` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectTestTrafficHeaderMatchRules {
    pub exact: String,
}

/// The `ServiceConnectTestTrafficHeaderRules` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectTestTrafficHeaderRules {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<ServiceConnectTestTrafficHeaderMatchRules>,
}

/// The `ServiceConnectTestTrafficRules` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectTestTrafficRules {
    pub header: ServiceConnectTestTrafficHeaderRules,
}

/// The `ServiceConnectTlsCertificateAuthority` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectTlsCertificateAuthority {
    #[serde(rename = "awsPcaAuthorityArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aws_pca_authority_arn: Option<String>,
}

/// The `ServiceConnectTlsConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectTlsConfiguration {
    #[serde(rename = "issuerCertificateAuthority")]
    pub issuer_certificate_authority: ServiceConnectTlsCertificateAuthority,
    #[serde(rename = "kmsKey")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key: Option<String>,
    #[serde(rename = "roleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
}

/// The `ServiceCurrentRevisionSummary` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceCurrentRevisionSummary {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "requestedTaskCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_task_count: Option<i32>,
    #[serde(rename = "runningTaskCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_task_count: Option<i32>,
    #[serde(rename = "pendingTaskCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_task_count: Option<i32>,
}

/// The `ServiceDeployment` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceDeployment {
    #[serde(rename = "serviceDeploymentArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_deployment_arn: Option<String>,
    #[serde(rename = "serviceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "startedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<crate::Timestamp>,
    #[serde(rename = "finishedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<crate::Timestamp>,
    #[serde(rename = "stoppedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<crate::Timestamp>,
    #[serde(rename = "updatedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
    #[serde(rename = "sourceServiceRevisions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_service_revisions: Option<Vec<ServiceRevisionSummary>>,
    #[serde(rename = "targetServiceRevision")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_service_revision: Option<ServiceRevisionSummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ServiceDeploymentStatus>,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "lifecycleStage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_stage: Option<ServiceDeploymentLifecycleStage>,
    #[serde(rename = "lifecycleHookDetails")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_hook_details: Option<Vec<DeploymentLifecycleHookDetail>>,
    #[serde(rename = "deploymentConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<Rollback>,
    #[serde(rename = "deploymentCircuitBreaker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_circuit_breaker: Option<ServiceDeploymentCircuitBreaker>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarms: Option<ServiceDeploymentAlarms>,
}

/// The `ServiceDeploymentAlarms` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceDeploymentAlarms {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ServiceDeploymentRollbackMonitorsStatus>,
    #[serde(rename = "alarmNames")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_names: Option<Vec<String>>,
    #[serde(rename = "triggeredAlarmNames")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triggered_alarm_names: Option<Vec<String>>,
}

/// The `ServiceDeploymentBrief` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceDeploymentBrief {
    #[serde(rename = "serviceDeploymentArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_deployment_arn: Option<String>,
    #[serde(rename = "serviceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "startedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<crate::Timestamp>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "finishedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<crate::Timestamp>,
    #[serde(rename = "targetServiceRevisionArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_service_revision_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ServiceDeploymentStatus>,
    #[serde(rename = "statusReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
}

/// The `ServiceDeploymentCircuitBreaker` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceDeploymentCircuitBreaker {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ServiceDeploymentRollbackMonitorsStatus>,
    #[serde(rename = "failureCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_count: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<i32>,
}

/// The `ServiceDeploymentLifecycleStage` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ServiceDeploymentLifecycleStage {
    #[serde(rename = "RECONCILE_SERVICE")]
    ReconcileService,
    #[serde(rename = "PRE_SCALE_UP")]
    PreScaleUp,
    #[serde(rename = "SCALE_UP")]
    ScaleUp,
    #[serde(rename = "POST_SCALE_UP")]
    PostScaleUp,
    #[serde(rename = "TEST_TRAFFIC_SHIFT")]
    TestTrafficShift,
    #[serde(rename = "POST_TEST_TRAFFIC_SHIFT")]
    PostTestTrafficShift,
    #[serde(rename = "PRODUCTION_TRAFFIC_SHIFT")]
    ProductionTrafficShift,
    #[serde(rename = "POST_PRODUCTION_TRAFFIC_SHIFT")]
    PostProductionTrafficShift,
    #[serde(rename = "BAKE_TIME")]
    BakeTime,
    #[serde(rename = "CLEAN_UP")]
    CleanUp,
}

impl ServiceDeploymentLifecycleStage {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "RECONCILE_SERVICE",
        "PRE_SCALE_UP",
        "SCALE_UP",
        "POST_SCALE_UP",
        "TEST_TRAFFIC_SHIFT",
        "POST_TEST_TRAFFIC_SHIFT",
        "PRODUCTION_TRAFFIC_SHIFT",
        "POST_PRODUCTION_TRAFFIC_SHIFT",
        "BAKE_TIME",
        "CLEAN_UP",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::ReconcileService,
        Self::PreScaleUp,
        Self::ScaleUp,
        Self::PostScaleUp,
        Self::TestTrafficShift,
        Self::PostTestTrafficShift,
        Self::ProductionTrafficShift,
        Self::PostProductionTrafficShift,
        Self::BakeTime,
        Self::CleanUp,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ServiceDeploymentLifecycleStage);

/// The `ServiceDeploymentNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceDeploymentNotFoundException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ServiceDeploymentRollbackMonitorsStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ServiceDeploymentRollbackMonitorsStatus {
    #[serde(rename = "TRIGGERED")]
    Triggered,
    #[serde(rename = "MONITORING")]
    Monitoring,
    #[serde(rename = "MONITORING_COMPLETE")]
    MonitoringComplete,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl ServiceDeploymentRollbackMonitorsStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["TRIGGERED", "MONITORING", "MONITORING_COMPLETE", "DISABLED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Triggered,
        Self::Monitoring,
        Self::MonitoringComplete,
        Self::Disabled,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ServiceDeploymentRollbackMonitorsStatus);

/// The `ServiceDeploymentStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ServiceDeploymentStatus {
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "SUCCESSFUL")]
    Successful,
    #[serde(rename = "STOPPED")]
    Stopped,
    #[serde(rename = "STOP_REQUESTED")]
    StopRequested,
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "ROLLBACK_REQUESTED")]
    RollbackRequested,
    #[serde(rename = "ROLLBACK_IN_PROGRESS")]
    RollbackInProgress,
    #[serde(rename = "ROLLBACK_SUCCESSFUL")]
    RollbackSuccessful,
    #[serde(rename = "ROLLBACK_FAILED")]
    RollbackFailed,
}

impl ServiceDeploymentStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "PENDING",
        "SUCCESSFUL",
        "STOPPED",
        "STOP_REQUESTED",
        "IN_PROGRESS",
        "ROLLBACK_REQUESTED",
        "ROLLBACK_IN_PROGRESS",
        "ROLLBACK_SUCCESSFUL",
        "ROLLBACK_FAILED",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Pending,
        Self::Successful,
        Self::Stopped,
        Self::StopRequested,
        Self::InProgress,
        Self::RollbackRequested,
        Self::RollbackInProgress,
        Self::RollbackSuccessful,
        Self::RollbackFailed,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ServiceDeploymentStatus);

/// The `ServiceEvent` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceEvent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ServiceField` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ServiceField {
    #[serde(rename = "TAGS")]
    Tags,
}

impl ServiceField {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["TAGS"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Tags];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ServiceField);

/// The `ServiceManagedEBSVolumeConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceManagedEBSVolumeConfiguration {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypted: Option<bool>,
    #[serde(rename = "kmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "volumeType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_type: Option<String>,
    #[serde(rename = "sizeInGiB")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_in_gi_b: Option<i32>,
    #[serde(rename = "snapshotId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_id: Option<String>,
    #[serde(rename = "volumeInitializationRate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_initialization_rate: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iops: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub throughput: Option<i32>,
    #[serde(rename = "tagSpecifications")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_specifications: Option<Vec<EBSTagSpecification>>,
    #[serde(rename = "roleArn")]
    pub role_arn: String,
    #[serde(rename = "filesystemType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filesystem_type: Option<TaskFilesystemType>,
}

/// The `ServiceNotActiveException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceNotActiveException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ServiceNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceNotFoundException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ServiceRegistry` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceRegistry {
    #[serde(rename = "registryArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registry_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    #[serde(rename = "containerName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    #[serde(rename = "containerPort")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_port: Option<i32>,
}

/// The `ServiceRevision` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceRevision {
    #[serde(rename = "serviceRevisionArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_revision_arn: Option<String>,
    #[serde(rename = "serviceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "taskDefinition")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<String>,
    #[serde(rename = "capacityProviderStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "launchType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "platformVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(rename = "platformFamily")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_family: Option<String>,
    #[serde(rename = "loadBalancers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(rename = "serviceRegistries")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(rename = "networkConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "containerImages")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_images: Option<Vec<ContainerImage>>,
    #[serde(rename = "guardDutyEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guard_duty_enabled: Option<bool>,
    #[serde(rename = "serviceConnectConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    #[serde(rename = "volumeConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    #[serde(rename = "fargateEphemeralStorage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fargate_ephemeral_storage: Option<DeploymentEphemeralStorage>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "vpcLatticeConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
    #[serde(rename = "resolvedConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_configuration: Option<ResolvedConfiguration>,
    #[serde(rename = "ecsManagedResources")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ecs_managed_resources: Option<ECSManagedResources>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<ServiceRevisionOverrides>,
    #[serde(rename = "gatewayConnectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_connectors: Option<Vec<GatewayConnector>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monitoring: Option<MonitoringConfiguration>,
}

/// The `ServiceRevisionCleanup` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ServiceRevisionCleanup {
    #[serde(rename = "BLOCKING")]
    Blocking,
    #[serde(rename = "DEFERRED")]
    Deferred,
}

impl ServiceRevisionCleanup {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["BLOCKING", "DEFERRED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Blocking, Self::Deferred];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ServiceRevisionCleanup);

/// The `ServiceRevisionLoadBalancer` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceRevisionLoadBalancer {
    #[serde(rename = "targetGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_group_arn: Option<String>,
    #[serde(rename = "productionListenerRule")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub production_listener_rule: Option<String>,
}

/// The `ServiceRevisionOverrides` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceRevisionOverrides {
    #[serde(rename = "runtimePlatform")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime_platform: Option<RuntimePlatformOverride>,
}

/// The `ServiceRevisionSummary` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceRevisionSummary {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "requestedTaskCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_task_count: Option<i32>,
    #[serde(rename = "runningTaskCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_task_count: Option<i32>,
    #[serde(rename = "pendingTaskCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_task_count: Option<i32>,
    #[serde(rename = "requestedTestTrafficWeight")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_test_traffic_weight: Option<f64>,
    #[serde(rename = "requestedProductionTrafficWeight")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_production_traffic_weight: Option<f64>,
}

/// The `ServiceRevisionVpcLatticeConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceRevisionVpcLatticeConfiguration {
    #[serde(rename = "targetGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_group_arn: Option<String>,
    #[serde(rename = "productionListenerRule")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub production_listener_rule: Option<String>,
}

/// The `ServiceVolumeConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceVolumeConfiguration {
    pub name: String,
    #[serde(rename = "managedEBSVolume")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_ebs_volume: Option<ServiceManagedEBSVolumeConfiguration>,
}

/// The `Session` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Session {
    #[serde(rename = "sessionId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    #[serde(rename = "streamUrl")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream_url: Option<String>,
    #[serde(rename = "tokenValue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_value: Option<String>,
}

/// The `Setting` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Setting {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<SettingName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(rename = "principalArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SettingType>,
}

/// The `SettingName` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum SettingName {
    #[serde(rename = "serviceLongArnFormat")]
    ServiceLongArnFormat,
    #[serde(rename = "taskLongArnFormat")]
    TaskLongArnFormat,
    #[serde(rename = "containerInstanceLongArnFormat")]
    ContainerInstanceLongArnFormat,
    #[serde(rename = "awsvpcTrunking")]
    AwsvpcTrunking,
    #[serde(rename = "containerInsights")]
    ContainerInsights,
    #[serde(rename = "fargateFIPSMode")]
    FargateFipsMode,
    #[serde(rename = "tagResourceAuthorization")]
    TagResourceAuthorization,
    #[serde(rename = "fargateTaskRetirementWaitPeriod")]
    FargateTaskRetirementWaitPeriod,
    #[serde(rename = "guardDutyActivate")]
    GuardDutyActivate,
    #[serde(rename = "defaultLogDriverMode")]
    DefaultLogDriverMode,
    #[serde(rename = "fargateEventWindows")]
    FargateEventWindows,
}

impl SettingName {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "serviceLongArnFormat",
        "taskLongArnFormat",
        "containerInstanceLongArnFormat",
        "awsvpcTrunking",
        "containerInsights",
        "fargateFIPSMode",
        "tagResourceAuthorization",
        "fargateTaskRetirementWaitPeriod",
        "guardDutyActivate",
        "defaultLogDriverMode",
        "fargateEventWindows",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::ServiceLongArnFormat,
        Self::TaskLongArnFormat,
        Self::ContainerInstanceLongArnFormat,
        Self::AwsvpcTrunking,
        Self::ContainerInsights,
        Self::FargateFipsMode,
        Self::TagResourceAuthorization,
        Self::FargateTaskRetirementWaitPeriod,
        Self::GuardDutyActivate,
        Self::DefaultLogDriverMode,
        Self::FargateEventWindows,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(SettingName);

/// The `SettingType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum SettingType {
    #[serde(rename = "user")]
    User,
    #[serde(rename = "aws_managed")]
    AwsManaged,
}

impl SettingType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["user", "aws_managed"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::User, Self::AwsManaged];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(SettingType);

/// The `SharingStrategy` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SharingStrategy {
    #[serde(rename = "nvidiaMps")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nvidia_mps: Option<NvidiaMpsAllocation>,
}

/// The `SortOrder` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum SortOrder {
    #[serde(rename = "ASC")]
    Asc,
    #[serde(rename = "DESC")]
    Desc,
}

impl SortOrder {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ASC", "DESC"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Asc, Self::Desc];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(SortOrder);

/// The `StabilityStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum StabilityStatus {
    #[serde(rename = "STEADY_STATE")]
    SteadyState,
    #[serde(rename = "STABILIZING")]
    Stabilizing,
}

impl StabilityStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["STEADY_STATE", "STABILIZING"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::SteadyState, Self::Stabilizing];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(StabilityStatus);

/// The `StartTaskRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartTaskRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "containerInstances")]
    pub container_instances: Vec<String>,
    #[serde(rename = "enableECSManagedTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(rename = "enableExecuteCommand")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(rename = "networkConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<TaskOverride>,
    #[serde(rename = "propagateTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateTags>,
    #[serde(rename = "referenceId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    #[serde(rename = "startedBy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "taskDefinition")]
    pub task_definition: String,
    #[serde(rename = "volumeConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_configurations: Option<Vec<TaskVolumeConfiguration>>,
}

/// The `StartTaskResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartTaskResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<Task>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

/// The `StopServiceDeploymentRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopServiceDeploymentRequest {
    #[serde(rename = "serviceDeploymentArn")]
    pub service_deployment_arn: String,
    #[serde(rename = "stopType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_type: Option<StopServiceDeploymentStopType>,
}

/// The `StopServiceDeploymentResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopServiceDeploymentResponse {
    #[serde(rename = "serviceDeploymentArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_deployment_arn: Option<String>,
}

/// The `StopServiceDeploymentStopType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum StopServiceDeploymentStopType {
    #[serde(rename = "ABORT")]
    Abort,
    #[serde(rename = "ROLLBACK")]
    Rollback,
}

impl StopServiceDeploymentStopType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ABORT", "ROLLBACK"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Abort, Self::Rollback];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(StopServiceDeploymentStopType);

/// The `StopTaskRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopTaskRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    pub task: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// The `StopTaskResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopTaskResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<Task>,
}

/// The `SubmitAttachmentStateChangesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubmitAttachmentStateChangesRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    pub attachments: Vec<AttachmentStateChange>,
}

/// The `SubmitAttachmentStateChangesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubmitAttachmentStateChangesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledgment: Option<String>,
}

/// The `SubmitContainerStateChangeRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubmitContainerStateChangeRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<String>,
    #[serde(rename = "containerName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    #[serde(rename = "runtimeId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "exitCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "networkBindings")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_bindings: Option<Vec<NetworkBinding>>,
}

/// The `SubmitContainerStateChangeResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubmitContainerStateChangeResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledgment: Option<String>,
}

/// The `SubmitTaskStateChangeRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubmitTaskStateChangeRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub containers: Option<Vec<ContainerStateChange>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<AttachmentStateChange>>,
    #[serde(rename = "managedAgents")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_agents: Option<Vec<ManagedAgentStateChange>>,
    #[serde(rename = "pullStartedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pull_started_at: Option<crate::Timestamp>,
    #[serde(rename = "pullStoppedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pull_stopped_at: Option<crate::Timestamp>,
    #[serde(rename = "executionStoppedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_stopped_at: Option<crate::Timestamp>,
}

/// The `SubmitTaskStateChangeResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubmitTaskStateChangeResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledgment: Option<String>,
}

/// The `SystemControl` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SystemControl {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// The `Tag` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Tag {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// The `TagResourceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagResourceRequest {
    #[serde(rename = "resourceArn")]
    pub resource_arn: String,
    pub tags: Vec<Tag>,
}

/// The `TagResourceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagResourceResponse {}

/// The `TargetNotConnectedException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetNotConnectedException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `TargetNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetNotFoundException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `TargetType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum TargetType {
    #[serde(rename = "container-instance")]
    ContainerInstance,
}

impl TargetType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["container-instance"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::ContainerInstance];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(TargetType);

/// The `Task` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Task {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<Attachment>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<Attribute>>,
    #[serde(rename = "availabilityZone")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability_zone: Option<String>,
    #[serde(rename = "capacityProviderName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_name: Option<String>,
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connectivity: Option<Connectivity>,
    #[serde(rename = "connectivityAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connectivity_at: Option<crate::Timestamp>,
    #[serde(rename = "containerInstanceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_instance_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub containers: Option<Vec<Container>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "desiredStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desired_status: Option<String>,
    #[serde(rename = "enableExecuteCommand")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(rename = "executionStoppedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_stopped_at: Option<crate::Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(rename = "healthStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_status: Option<HealthStatus>,
    #[serde(rename = "inferenceAccelerators")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inference_accelerators: Option<Vec<InferenceAccelerator>>,
    #[serde(rename = "lastStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_status: Option<String>,
    #[serde(rename = "launchType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<TaskOverride>,
    #[serde(rename = "platformVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(rename = "platformFamily")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_family: Option<String>,
    #[serde(rename = "pullStartedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pull_started_at: Option<crate::Timestamp>,
    #[serde(rename = "pullStoppedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pull_stopped_at: Option<crate::Timestamp>,
    #[serde(rename = "startedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<crate::Timestamp>,
    #[serde(rename = "startedBy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    #[serde(rename = "stopCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_code: Option<TaskStopCode>,
    #[serde(rename = "stoppedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<crate::Timestamp>,
    #[serde(rename = "stoppedReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_reason: Option<String>,
    #[serde(rename = "stoppingAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopping_at: Option<crate::Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "taskArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_arn: Option<String>,
    #[serde(rename = "taskDefinitionArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_definition_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    #[serde(rename = "ephemeralStorage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ephemeral_storage: Option<EphemeralStorage>,
    #[serde(rename = "fargateEphemeralStorage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fargate_ephemeral_storage: Option<TaskEphemeralStorage>,
    #[serde(rename = "trustedExecutionSummary")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trusted_execution_summary: Option<TrustedExecutionSummary>,
}

/// The `TaskDefinition` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskDefinition {
    #[serde(rename = "taskDefinitionArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_definition_arn: Option<String>,
    #[serde(rename = "containerDefinitions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_definitions: Option<Vec<ContainerDefinition>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(rename = "taskRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_role_arn: Option<String>,
    #[serde(rename = "executionRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "networkMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_mode: Option<NetworkMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<Volume>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskDefinitionStatus>,
    #[serde(rename = "requiresAttributes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires_attributes: Option<Vec<Attribute>>,
    #[serde(rename = "placementConstraints")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement_constraints: Option<Vec<TaskDefinitionPlacementConstraint>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compatibilities: Option<Vec<Compatibility>>,
    #[serde(rename = "runtimePlatform")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime_platform: Option<RuntimePlatform>,
    #[serde(rename = "requiresCompatibilities")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires_compatibilities: Option<Vec<Compatibility>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "inferenceAccelerators")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inference_accelerators: Option<Vec<InferenceAccelerator>>,
    #[serde(rename = "pidMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid_mode: Option<PidMode>,
    #[serde(rename = "ipcMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipc_mode: Option<IpcMode>,
    #[serde(rename = "proxyConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_configuration: Option<ProxyConfiguration>,
    #[serde(rename = "registeredAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered_at: Option<crate::Timestamp>,
    #[serde(rename = "deregisteredAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deregistered_at: Option<crate::Timestamp>,
    #[serde(rename = "deleteRequestedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_requested_at: Option<crate::Timestamp>,
    #[serde(rename = "registeredBy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered_by: Option<String>,
    #[serde(rename = "ephemeralStorage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ephemeral_storage: Option<EphemeralStorage>,
    #[serde(rename = "enableFaultInjection")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_fault_injection: Option<bool>,
    #[serde(rename = "trustedExecutionConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trusted_execution_configuration: Option<TrustedExecutionConfiguration>,
}

/// The `TaskDefinitionFamilyStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum TaskDefinitionFamilyStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "INACTIVE")]
    Inactive,
    #[serde(rename = "ALL")]
    All,
}

impl TaskDefinitionFamilyStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "INACTIVE", "ALL"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Active, Self::Inactive, Self::All];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(TaskDefinitionFamilyStatus);

/// The `TaskDefinitionField` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum TaskDefinitionField {
    #[serde(rename = "TAGS")]
    Tags,
}

impl TaskDefinitionField {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["TAGS"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Tags];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(TaskDefinitionField);

/// The `TaskDefinitionPlacementConstraint` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskDefinitionPlacementConstraint {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<TaskDefinitionPlacementConstraintType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
}

/// The `TaskDefinitionPlacementConstraintType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum TaskDefinitionPlacementConstraintType {
    #[serde(rename = "memberOf")]
    MemberOf,
}

impl TaskDefinitionPlacementConstraintType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["memberOf"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::MemberOf];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(TaskDefinitionPlacementConstraintType);

/// The `TaskDefinitionStatus` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum TaskDefinitionStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "INACTIVE")]
    Inactive,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
}

impl TaskDefinitionStatus {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "INACTIVE", "DELETE_IN_PROGRESS"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Active, Self::Inactive, Self::DeleteInProgress];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(TaskDefinitionStatus);

/// The `TaskEphemeralStorage` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskEphemeralStorage {
    #[serde(rename = "sizeInGiB")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_in_gi_b: Option<i32>,
    #[serde(rename = "kmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
}

/// The `TaskField` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum TaskField {
    #[serde(rename = "TAGS")]
    Tags,
}

impl TaskField {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["TAGS"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Tags];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(TaskField);

/// The `TaskFilesystemType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum TaskFilesystemType {
    #[serde(rename = "ext3")]
    Ext3,
    #[serde(rename = "ext4")]
    Ext4,
    #[serde(rename = "xfs")]
    Xfs,
    #[serde(rename = "ntfs")]
    Ntfs,
}

impl TaskFilesystemType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ext3", "ext4", "xfs", "ntfs"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Ext3, Self::Ext4, Self::Xfs, Self::Ntfs];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(TaskFilesystemType);

/// The `TaskManagedEBSVolumeConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskManagedEBSVolumeConfiguration {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypted: Option<bool>,
    #[serde(rename = "kmsKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "volumeType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_type: Option<String>,
    #[serde(rename = "sizeInGiB")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_in_gi_b: Option<i32>,
    #[serde(rename = "snapshotId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_id: Option<String>,
    #[serde(rename = "volumeInitializationRate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_initialization_rate: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iops: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub throughput: Option<i32>,
    #[serde(rename = "tagSpecifications")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_specifications: Option<Vec<EBSTagSpecification>>,
    #[serde(rename = "roleArn")]
    pub role_arn: String,
    #[serde(rename = "terminationPolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub termination_policy: Option<TaskManagedEBSVolumeTerminationPolicy>,
    #[serde(rename = "filesystemType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filesystem_type: Option<TaskFilesystemType>,
}

/// The `TaskManagedEBSVolumeTerminationPolicy` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskManagedEBSVolumeTerminationPolicy {
    #[serde(rename = "deleteOnTermination")]
    pub delete_on_termination: bool,
}

/// The `TaskOverride` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskOverride {
    #[serde(rename = "containerOverrides")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_overrides: Option<Vec<ContainerOverride>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(rename = "inferenceAcceleratorOverrides")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inference_accelerator_overrides: Option<Vec<InferenceAcceleratorOverride>>,
    #[serde(rename = "executionRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "taskRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_role_arn: Option<String>,
    #[serde(rename = "ephemeralStorage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ephemeral_storage: Option<EphemeralStorage>,
}

/// The `TaskSet` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskSet {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "taskSetArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_set_arn: Option<String>,
    #[serde(rename = "serviceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(rename = "clusterArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "startedBy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    #[serde(rename = "externalId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "taskDefinition")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<String>,
    #[serde(rename = "computedDesiredCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub computed_desired_count: Option<i32>,
    #[serde(rename = "pendingCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_count: Option<i32>,
    #[serde(rename = "runningCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_count: Option<i32>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "updatedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
    #[serde(rename = "launchType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "capacityProviderStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "platformVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(rename = "platformFamily")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_family: Option<String>,
    #[serde(rename = "networkConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "loadBalancers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(rename = "serviceRegistries")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    #[serde(rename = "stabilityStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stability_status: Option<StabilityStatus>,
    #[serde(rename = "stabilityStatusAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stability_status_at: Option<crate::Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "fargateEphemeralStorage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fargate_ephemeral_storage: Option<DeploymentEphemeralStorage>,
}

/// The `TaskSetField` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum TaskSetField {
    #[serde(rename = "TAGS")]
    Tags,
}

impl TaskSetField {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["TAGS"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Tags];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(TaskSetField);

/// The `TaskSetNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskSetNotFoundException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `TaskStopCode` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum TaskStopCode {
    TaskFailedToStart,
    EssentialContainerExited,
    UserInitiated,
    ServiceSchedulerInitiated,
    SpotInterruption,
    TerminationNotice,
    InfrastructureHealth,
}

impl TaskStopCode {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "TaskFailedToStart",
        "EssentialContainerExited",
        "UserInitiated",
        "ServiceSchedulerInitiated",
        "SpotInterruption",
        "TerminationNotice",
        "InfrastructureHealth",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::TaskFailedToStart,
        Self::EssentialContainerExited,
        Self::UserInitiated,
        Self::ServiceSchedulerInitiated,
        Self::SpotInterruption,
        Self::TerminationNotice,
        Self::InfrastructureHealth,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(TaskStopCode);

/// The `TaskVolumeConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskVolumeConfiguration {
    pub name: String,
    #[serde(rename = "managedEBSVolume")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_ebs_volume: Option<TaskManagedEBSVolumeConfiguration>,
}

/// The `ThresholdConfiguration` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ThresholdConfiguration {
    pub r#type: ThresholdType,
    pub value: i32,
}

/// The `ThresholdType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ThresholdType {
    #[serde(rename = "COUNT")]
    Count,
    #[serde(rename = "BOUNDED_PERCENT")]
    BoundedPercent,
    #[serde(rename = "UNBOUNDED_PERCENT")]
    UnboundedPercent,
}

impl ThresholdType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["COUNT", "BOUNDED_PERCENT", "UNBOUNDED_PERCENT"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Count, Self::BoundedPercent, Self::UnboundedPercent];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ThresholdType);

/// The `TimeoutConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TimeoutConfiguration {
    #[serde(rename = "idleTimeoutSeconds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idle_timeout_seconds: Option<i32>,
    #[serde(rename = "perRequestTimeoutSeconds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_request_timeout_seconds: Option<i32>,
}

/// The `Tmpfs` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Tmpfs {
    #[serde(rename = "containerPath")]
    pub container_path: String,
    pub size: i32,
    #[serde(rename = "mountOptions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mount_options: Option<Vec<String>>,
}

/// The `TotalLocalStorageGBRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TotalLocalStorageGBRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

/// The `TransportProtocol` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum TransportProtocol {
    #[serde(rename = "tcp")]
    Tcp,
    #[serde(rename = "udp")]
    Udp,
}

impl TransportProtocol {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["tcp", "udp"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Tcp, Self::Udp];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(TransportProtocol);

/// The `TrustedExecutionConfiguration` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrustedExecutionConfiguration {
    #[serde(rename = "isolationMode")]
    pub isolation_mode: IsolationMode,
    #[serde(rename = "attestationPolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attestation_policy: Option<String>,
}

/// The `TrustedExecutionSummary` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrustedExecutionSummary {
    #[serde(rename = "isolationMode")]
    pub isolation_mode: IsolationMode,
    #[serde(rename = "attestationPolicyStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attestation_policy_status: Option<AttestationPolicyStatus>,
}

/// The `Ulimit` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Ulimit {
    pub name: UlimitName,
    #[serde(rename = "softLimit")]
    pub soft_limit: i32,
    #[serde(rename = "hardLimit")]
    pub hard_limit: i32,
}

/// The `UlimitName` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum UlimitName {
    #[serde(rename = "core")]
    Core,
    #[serde(rename = "cpu")]
    Cpu,
    #[serde(rename = "data")]
    Data,
    #[serde(rename = "fsize")]
    Fsize,
    #[serde(rename = "locks")]
    Locks,
    #[serde(rename = "memlock")]
    Memlock,
    #[serde(rename = "msgqueue")]
    Msgqueue,
    #[serde(rename = "nice")]
    Nice,
    #[serde(rename = "nofile")]
    Nofile,
    #[serde(rename = "nproc")]
    Nproc,
    #[serde(rename = "rss")]
    Rss,
    #[serde(rename = "rtprio")]
    Rtprio,
    #[serde(rename = "rttime")]
    Rttime,
    #[serde(rename = "sigpending")]
    Sigpending,
    #[serde(rename = "stack")]
    Stack,
}

impl UlimitName {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "core",
        "cpu",
        "data",
        "fsize",
        "locks",
        "memlock",
        "msgqueue",
        "nice",
        "nofile",
        "nproc",
        "rss",
        "rtprio",
        "rttime",
        "sigpending",
        "stack",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Core,
        Self::Cpu,
        Self::Data,
        Self::Fsize,
        Self::Locks,
        Self::Memlock,
        Self::Msgqueue,
        Self::Nice,
        Self::Nofile,
        Self::Nproc,
        Self::Rss,
        Self::Rtprio,
        Self::Rttime,
        Self::Sigpending,
        Self::Stack,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(UlimitName);

/// The `UnsupportedFeatureException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UnsupportedFeatureException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `UntagResourceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagResourceRequest {
    #[serde(rename = "resourceArn")]
    pub resource_arn: String,
    #[serde(rename = "tagKeys")]
    pub tag_keys: Vec<String>,
}

/// The `UntagResourceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagResourceResponse {}

/// The `UpdateCapacityProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateCapacityProviderRequest {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "autoScalingGroupProvider")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_scaling_group_provider: Option<AutoScalingGroupProviderUpdate>,
    #[serde(rename = "managedInstancesProvider")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_instances_provider: Option<UpdateManagedInstancesProviderConfiguration>,
}

/// The `UpdateCapacityProviderResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateCapacityProviderResponse {
    #[serde(rename = "capacityProvider")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider: Option<CapacityProvider>,
}

/// The `UpdateClusterRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateClusterRequest {
    pub cluster: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<ClusterSetting>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<ClusterConfiguration>,
    #[serde(rename = "serviceConnectDefaults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_connect_defaults: Option<ClusterServiceConnectDefaultsRequest>,
}

/// The `UpdateClusterResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateClusterResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

/// The `UpdateClusterSettingsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateClusterSettingsRequest {
    pub cluster: String,
    pub settings: Vec<ClusterSetting>,
}

/// The `UpdateClusterSettingsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateClusterSettingsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

/// The `UpdateContainerAgentRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateContainerAgentRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "containerInstance")]
    pub container_instance: String,
}

/// The `UpdateContainerAgentResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateContainerAgentResponse {
    #[serde(rename = "containerInstance")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_instance: Option<ContainerInstance>,
}

/// The `UpdateContainerInstancesStateRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateContainerInstancesStateRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "containerInstances")]
    pub container_instances: Vec<String>,
    pub status: ContainerInstanceStatus,
}

/// The `UpdateContainerInstancesStateResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateContainerInstancesStateResponse {
    #[serde(rename = "containerInstances")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_instances: Option<Vec<ContainerInstance>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

/// The `UpdateDaemonRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateDaemonRequest {
    #[serde(rename = "daemonArn")]
    pub daemon_arn: String,
    #[serde(rename = "daemonTaskDefinitionArn")]
    pub daemon_task_definition_arn: String,
    #[serde(rename = "capacityProviderArns")]
    pub capacity_provider_arns: Vec<String>,
    #[serde(rename = "deploymentConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_configuration: Option<DaemonDeploymentConfiguration>,
    #[serde(rename = "propagateTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<DaemonPropagateTags>,
    #[serde(rename = "enableECSManagedTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(rename = "enableExecuteCommand")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub critical: Option<bool>,
}

/// The `UpdateDaemonResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateDaemonResponse {
    #[serde(rename = "daemonArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonStatus>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "updatedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
    #[serde(rename = "deploymentArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_arn: Option<String>,
}

/// The `UpdateExpressGatewayServiceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateExpressGatewayServiceRequest {
    #[serde(rename = "serviceArn")]
    pub service_arn: String,
    #[serde(rename = "executionRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "healthCheckPath")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_path: Option<String>,
    #[serde(rename = "primaryContainer")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_container: Option<ExpressGatewayContainer>,
    #[serde(rename = "taskRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_role_arn: Option<String>,
    #[serde(rename = "networkConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<ExpressGatewayServiceNetworkConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "cpuArchitecture")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_architecture: Option<ExpressCpuArchitecture>,
    #[serde(rename = "scalingTarget")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scaling_target: Option<ExpressGatewayScalingTarget>,
    #[serde(rename = "taskDefinitionArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_definition_arn: Option<String>,
}

/// The `UpdateExpressGatewayServiceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateExpressGatewayServiceResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<UpdatedExpressGatewayService>,
}

/// The `UpdateGatewayAlbConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateGatewayAlbConfiguration {
    #[serde(rename = "networkConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<UpdateGatewayNetworkConfiguration>,
    #[serde(rename = "maxAlbCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_alb_count: Option<i32>,
    #[serde(rename = "webACLArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_acl_arn: Option<String>,
    #[serde(rename = "accessLogs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_logs: Option<GatewayElbAccessLogConfiguration>,
    #[serde(rename = "httpDesync")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_desync: Option<GatewayAlbDesyncMitigationMode>,
    #[serde(rename = "testTrafficRules")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_traffic_rules: Option<GatewayAlbTestTrafficRules>,
}

/// The `UpdateGatewayConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateGatewayConfiguration {
    #[serde(rename = "hostSharedAlb")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_shared_alb: Option<UpdateGatewayAlbConfiguration>,
}

/// The `UpdateGatewayNetworkConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateGatewayNetworkConfiguration {
    #[serde(rename = "inboundSecurityGroup")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inbound_security_group: Option<String>,
}

/// The `UpdateGatewayRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateGatewayRequest {
    pub gateway: String,
    #[serde(rename = "infrastructureRoleArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infrastructure_role_arn: Option<String>,
    #[serde(rename = "deletionProtection")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_protection: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<UpdateGatewayConfiguration>,
    #[serde(rename = "propagateTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateGatewayTags>,
}

/// The `UpdateGatewayResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateGatewayResponse {
    #[serde(rename = "gatewayArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayStatus>,
}

/// The `UpdateInProgressException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateInProgressException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `UpdateManagedInstancesProviderConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateManagedInstancesProviderConfiguration {
    #[serde(rename = "infrastructureRoleArn")]
    pub infrastructure_role_arn: String,
    #[serde(rename = "instanceLaunchTemplate")]
    pub instance_launch_template: InstanceLaunchTemplateUpdate,
    #[serde(rename = "propagateTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateMITags>,
    #[serde(rename = "infrastructureOptimization")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infrastructure_optimization: Option<InfrastructureOptimization>,
    #[serde(rename = "autoRepairConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_repair_configuration: Option<AutoRepairConfiguration>,
}

/// The `UpdateServicePrimaryTaskSetRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateServicePrimaryTaskSetRequest {
    pub cluster: String,
    pub service: String,
    #[serde(rename = "primaryTaskSet")]
    pub primary_task_set: String,
}

/// The `UpdateServicePrimaryTaskSetResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateServicePrimaryTaskSetResponse {
    #[serde(rename = "taskSet")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<TaskSet>,
}

/// The `UpdateServiceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateServiceRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    pub service: String,
    #[serde(rename = "desiredCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desired_count: Option<i32>,
    #[serde(rename = "taskDefinition")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<String>,
    #[serde(rename = "capacityProviderStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "deploymentConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    #[serde(rename = "availabilityZoneRebalancing")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability_zone_rebalancing: Option<AvailabilityZoneRebalancing>,
    #[serde(rename = "networkConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "placementConstraints")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    #[serde(rename = "placementStrategy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    #[serde(rename = "platformVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(rename = "forceNewDeployment")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_new_deployment: Option<bool>,
    #[serde(rename = "healthCheckGracePeriodSeconds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_grace_period_seconds: Option<i32>,
    #[serde(rename = "deploymentController")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_controller: Option<DeploymentController>,
    #[serde(rename = "enableExecuteCommand")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(rename = "enableECSManagedTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(rename = "loadBalancers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(rename = "propagateTags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateTags>,
    #[serde(rename = "serviceRegistries")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(rename = "serviceConnectConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    #[serde(rename = "volumeConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    #[serde(rename = "vpcLatticeConfigurations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
    #[serde(rename = "gatewayConnectors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_connectors: Option<Vec<GatewayConnector>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monitoring: Option<MonitoringConfiguration>,
}

/// The `UpdateServiceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateServiceResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
}

/// The `UpdateTaskProtectionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateTaskProtectionRequest {
    pub cluster: String,
    pub tasks: Vec<String>,
    #[serde(rename = "protectionEnabled")]
    pub protection_enabled: bool,
    #[serde(rename = "expiresInMinutes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in_minutes: Option<i32>,
}

/// The `UpdateTaskProtectionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateTaskProtectionResponse {
    #[serde(rename = "protectedTasks")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protected_tasks: Option<Vec<ProtectedTask>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

/// The `UpdateTaskSetRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateTaskSetRequest {
    pub cluster: String,
    pub service: String,
    #[serde(rename = "taskSet")]
    pub task_set: String,
    pub scale: Scale,
}

/// The `UpdateTaskSetResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateTaskSetResponse {
    #[serde(rename = "taskSet")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<TaskSet>,
}

/// The `UpdatedExpressGatewayService` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdatedExpressGatewayService {
    #[serde(rename = "serviceArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "serviceName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ExpressGatewayServiceStatus>,
    #[serde(rename = "targetConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_configuration: Option<ExpressGatewayServiceConfiguration>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(rename = "updatedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
}

/// The `VCpuCountRangeRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct VCpuCountRangeRequest {
    pub min: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

/// The `VersionConsistency` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum VersionConsistency {
    #[serde(rename = "enabled")]
    Enabled,
    #[serde(rename = "disabled")]
    Disabled,
}

impl VersionConsistency {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["enabled", "disabled"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Enabled, Self::Disabled];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(VersionConsistency);

/// The `VersionInfo` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct VersionInfo {
    #[serde(rename = "agentVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_version: Option<String>,
    #[serde(rename = "agentHash")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_hash: Option<String>,
    #[serde(rename = "dockerVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docker_version: Option<String>,
}

/// The `Volume` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Volume {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<HostVolumeProperties>,
    #[serde(rename = "dockerVolumeConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docker_volume_configuration: Option<DockerVolumeConfiguration>,
    #[serde(rename = "efsVolumeConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub efs_volume_configuration: Option<EFSVolumeConfiguration>,
    #[serde(rename = "s3filesVolumeConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3files_volume_configuration: Option<S3FilesVolumeConfiguration>,
    #[serde(rename = "fsxWindowsFileServerVolumeConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fsx_windows_file_server_volume_configuration:
        Option<FSxWindowsFileServerVolumeConfiguration>,
    #[serde(rename = "configuredAtLaunch")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configured_at_launch: Option<bool>,
}

/// The `VolumeFrom` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct VolumeFrom {
    #[serde(rename = "sourceContainer")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_container: Option<String>,
    #[serde(rename = "readOnly")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
}

/// The `VpcLatticeAdvancedConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct VpcLatticeAdvancedConfiguration {
    #[serde(rename = "alternateTargetGroupArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternate_target_group_arn: Option<String>,
    #[serde(rename = "productionListenerRule")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub production_listener_rule: Option<String>,
    #[serde(rename = "testListenerRule")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_listener_rule: Option<String>,
}

/// The `VpcLatticeConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct VpcLatticeConfiguration {
    #[serde(rename = "roleArn")]
    pub role_arn: String,
    #[serde(rename = "targetGroupArn")]
    pub target_group_arn: String,
    #[serde(rename = "portName")]
    pub port_name: String,
    #[serde(rename = "advancedConfiguration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced_configuration: Option<VpcLatticeAdvancedConfiguration>,
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
        target_prefix: "AmazonEC2ContainerServiceV20141113",
        xml_namespace: "",
        signing_name: "ecs",
        api_version: "2014-11-13",
        json_version: "1.1",
        botocore_version: "1.44.5",
        operations: OPERATIONS,
        shapes: SHAPES,
    };

    const OPERATIONS: &[Operation] = &[
        Operation {
            name: "AssociateGatewayWithCluster",
            input: Some("AssociateGatewayWithClusterRequest"),
            output: Some("AssociateGatewayWithClusterResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "GatewayNotFoundException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "ContinueServiceDeployment",
            input: Some("ContinueServiceDeploymentRequest"),
            output: Some("ContinueServiceDeploymentResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ServiceDeploymentNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "CreateCapacityProvider",
            input: Some("CreateCapacityProviderRequest"),
            output: Some("CreateCapacityProviderResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "LimitExceededException",
                "ServerException",
                "UpdateInProgressException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "CreateCluster",
            input: Some("CreateClusterRequest"),
            output: Some("CreateClusterResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "NamespaceNotFoundException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "CreateDaemon",
            input: Some("CreateDaemonRequest"),
            output: Some("CreateDaemonResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "PlatformUnknownException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "CreateExpressGatewayService",
            input: Some("CreateExpressGatewayServiceRequest"),
            output: Some("CreateExpressGatewayServiceResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "PlatformUnknownException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "PlatformTaskDefinitionIncompatibilityException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "CreateGateway",
            input: Some("CreateGatewayRequest"),
            output: Some("CreateGatewayResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "CreateService",
            input: Some("CreateServiceRequest"),
            output: Some("CreateServiceResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "PlatformUnknownException",
                "NamespaceNotFoundException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "PlatformTaskDefinitionIncompatibilityException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "CreateTaskSet",
            input: Some("CreateTaskSetRequest"),
            output: Some("CreateTaskSetResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "LimitExceededException",
                "PlatformUnknownException",
                "NamespaceNotFoundException",
                "ServiceNotActiveException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ServiceNotFoundException",
                "ClusterNotFoundException",
                "PlatformTaskDefinitionIncompatibilityException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DeleteAccountSetting",
            input: Some("DeleteAccountSettingRequest"),
            output: Some("DeleteAccountSettingResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "DeleteAttributes",
            input: Some("DeleteAttributesRequest"),
            output: Some("DeleteAttributesResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "TargetNotFoundException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "DeleteCapacityProvider",
            input: Some("DeleteCapacityProviderRequest"),
            output: Some("DeleteCapacityProviderResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "UpdateInProgressException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DeleteCluster",
            input: Some("DeleteClusterRequest"),
            output: Some("DeleteClusterResponse"),
            result_wrapper: None,
            errors: &[
                "ClusterContainsContainerInstancesException",
                "AccessDeniedException",
                "ClusterContainsServicesException",
                "ClusterContainsCapacityProviderException",
                "ClusterContainsTasksException",
                "ServerException",
                "UpdateInProgressException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "DeleteDaemon",
            input: Some("DeleteDaemonRequest"),
            output: Some("DeleteDaemonResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "DaemonNotFoundException",
                "DaemonNotActiveException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DeleteDaemonTaskDefinition",
            input: Some("DeleteDaemonTaskDefinitionRequest"),
            output: Some("DeleteDaemonTaskDefinitionResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "DeleteExpressGatewayService",
            input: Some("DeleteExpressGatewayServiceRequest"),
            output: Some("DeleteExpressGatewayServiceResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServiceNotActiveException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ServiceNotFoundException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DeleteGateway",
            input: Some("DeleteGatewayRequest"),
            output: Some("DeleteGatewayResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "GatewayNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DeleteService",
            input: Some("DeleteServiceRequest"),
            output: Some("DeleteServiceResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ServiceNotFoundException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "DeleteTaskDefinitions",
            input: Some("DeleteTaskDefinitionsRequest"),
            output: Some("DeleteTaskDefinitionsResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "DeleteTaskSet",
            input: Some("DeleteTaskSetRequest"),
            output: Some("DeleteTaskSetResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "LimitExceededException",
                "ServiceNotActiveException",
                "ServerException",
                "InvalidParameterException",
                "TaskSetNotFoundException",
                "ClientException",
                "ServiceNotFoundException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DeregisterContainerInstance",
            input: Some("DeregisterContainerInstanceRequest"),
            output: Some("DeregisterContainerInstanceResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "DeregisterTaskDefinition",
            input: Some("DeregisterTaskDefinitionRequest"),
            output: Some("DeregisterTaskDefinitionResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "DescribeCapacityProviders",
            input: Some("DescribeCapacityProvidersRequest"),
            output: Some("DescribeCapacityProvidersResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DescribeClusters",
            input: Some("DescribeClustersRequest"),
            output: Some("DescribeClustersResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "DescribeContainerInstances",
            input: Some("DescribeContainerInstancesRequest"),
            output: Some("DescribeContainerInstancesResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "DescribeDaemon",
            input: Some("DescribeDaemonRequest"),
            output: Some("DescribeDaemonResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "DaemonNotFoundException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DescribeDaemonDeployments",
            input: Some("DescribeDaemonDeploymentsRequest"),
            output: Some("DescribeDaemonDeploymentsResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DescribeDaemonRevisions",
            input: Some("DescribeDaemonRevisionsRequest"),
            output: Some("DescribeDaemonRevisionsResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DescribeDaemonTaskDefinition",
            input: Some("DescribeDaemonTaskDefinitionRequest"),
            output: Some("DescribeDaemonTaskDefinitionResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "DescribeExpressGatewayService",
            input: Some("DescribeExpressGatewayServiceRequest"),
            output: Some("DescribeExpressGatewayServiceResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ResourceNotFoundException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DescribeGateway",
            input: Some("DescribeGatewayRequest"),
            output: Some("DescribeGatewayResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "GatewayNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DescribeGatewayResources",
            input: Some("DescribeGatewayResourcesRequest"),
            output: Some("DescribeGatewayResourcesResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "GatewayNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DescribeGatewayRoute",
            input: Some("DescribeGatewayRouteRequest"),
            output: Some("DescribeGatewayRouteResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ResourceNotFoundException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DescribeServiceDeployments",
            input: Some("DescribeServiceDeploymentsRequest"),
            output: Some("DescribeServiceDeploymentsResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ServiceNotFoundException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DescribeServiceRevisions",
            input: Some("DescribeServiceRevisionsRequest"),
            output: Some("DescribeServiceRevisionsResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ServiceNotFoundException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DescribeServices",
            input: Some("DescribeServicesRequest"),
            output: Some("DescribeServicesResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "DescribeTaskDefinition",
            input: Some("DescribeTaskDefinitionRequest"),
            output: Some("DescribeTaskDefinitionResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "DescribeTaskSets",
            input: Some("DescribeTaskSetsRequest"),
            output: Some("DescribeTaskSetsResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServiceNotActiveException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ServiceNotFoundException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DescribeTasks",
            input: Some("DescribeTasksRequest"),
            output: Some("DescribeTasksResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "DisassociateGatewayFromCluster",
            input: Some("DisassociateGatewayFromClusterRequest"),
            output: Some("DisassociateGatewayFromClusterResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ResourceNotFoundException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "GatewayNotFoundException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "DiscoverPollEndpoint",
            input: Some("DiscoverPollEndpointRequest"),
            output: Some("DiscoverPollEndpointResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "ExecuteCommand",
            input: Some("ExecuteCommandRequest"),
            output: Some("ExecuteCommandResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "TargetNotConnectedException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "GetTaskProtection",
            input: Some("GetTaskProtectionRequest"),
            output: Some("GetTaskProtectionResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ResourceNotFoundException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "ListAccountSettings",
            input: Some("ListAccountSettingsRequest"),
            output: Some("ListAccountSettingsResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "ListAttributes",
            input: Some("ListAttributesRequest"),
            output: Some("ListAttributesResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "ListClusters",
            input: Some("ListClustersRequest"),
            output: Some("ListClustersResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "ListContainerInstances",
            input: Some("ListContainerInstancesRequest"),
            output: Some("ListContainerInstancesResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "ListDaemonDeployments",
            input: Some("ListDaemonDeploymentsRequest"),
            output: Some("ListDaemonDeploymentsResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "ListDaemonTaskDefinitions",
            input: Some("ListDaemonTaskDefinitionsRequest"),
            output: Some("ListDaemonTaskDefinitionsResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "ListDaemons",
            input: Some("ListDaemonsRequest"),
            output: Some("ListDaemonsResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "ListGatewayClusterAssociations",
            input: Some("ListGatewayClusterAssociationsRequest"),
            output: Some("ListGatewayClusterAssociationsResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "ListGatewayRoutes",
            input: Some("ListGatewayRoutesRequest"),
            output: Some("ListGatewayRoutesResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "GatewayNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "ListGateways",
            input: Some("ListGatewaysRequest"),
            output: Some("ListGatewaysResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "ListServiceDeployments",
            input: Some("ListServiceDeploymentsRequest"),
            output: Some("ListServiceDeploymentsResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ServiceNotFoundException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "ListServices",
            input: Some("ListServicesRequest"),
            output: Some("ListServicesResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "ListServicesByNamespace",
            input: Some("ListServicesByNamespaceRequest"),
            output: Some("ListServicesByNamespaceResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "NamespaceNotFoundException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "ListTagsForResource",
            input: Some("ListTagsForResourceRequest"),
            output: Some("ListTagsForResourceResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "ListTaskDefinitionFamilies",
            input: Some("ListTaskDefinitionFamiliesRequest"),
            output: Some("ListTaskDefinitionFamiliesResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "ListTaskDefinitions",
            input: Some("ListTaskDefinitionsRequest"),
            output: Some("ListTaskDefinitionsResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "ListTasks",
            input: Some("ListTasksRequest"),
            output: Some("ListTasksResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ServiceNotFoundException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "PutAccountSetting",
            input: Some("PutAccountSettingRequest"),
            output: Some("PutAccountSettingResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "PutAccountSettingDefault",
            input: Some("PutAccountSettingDefaultRequest"),
            output: Some("PutAccountSettingDefaultResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "PutAttributes",
            input: Some("PutAttributesRequest"),
            output: Some("PutAttributesResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "TargetNotFoundException",
                "ServerException",
                "AttributeLimitExceededException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "PutClusterCapacityProviders",
            input: Some("PutClusterCapacityProvidersRequest"),
            output: Some("PutClusterCapacityProvidersResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "UpdateInProgressException",
                "InvalidParameterException",
                "ResourceInUseException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "RegisterContainerInstance",
            input: Some("RegisterContainerInstanceRequest"),
            output: Some("RegisterContainerInstanceResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "RegisterDaemonTaskDefinition",
            input: Some("RegisterDaemonTaskDefinitionRequest"),
            output: Some("RegisterDaemonTaskDefinitionResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "LimitExceededException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "RegisterTaskDefinition",
            input: Some("RegisterTaskDefinitionRequest"),
            output: Some("RegisterTaskDefinitionResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "LimitExceededException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
            ],
        },
        Operation {
            name: "RunTask",
            input: Some("RunTaskRequest"),
            output: Some("RunTaskResponse"),
            result_wrapper: None,
            errors: &[
                "ConflictException",
                "AccessDeniedException",
                "PlatformUnknownException",
                "ServerException",
                "InvalidParameterException",
                "BlockedException",
                "ClientException",
                "ClusterNotFoundException",
                "PlatformTaskDefinitionIncompatibilityException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "StartTask",
            input: Some("StartTaskRequest"),
            output: Some("StartTaskResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "NamespaceNotFoundException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "StopServiceDeployment",
            input: Some("StopServiceDeploymentRequest"),
            output: Some("StopServiceDeploymentResponse"),
            result_wrapper: None,
            errors: &[
                "ConflictException",
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ServiceDeploymentNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "StopTask",
            input: Some("StopTaskRequest"),
            output: Some("StopTaskResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "SubmitAttachmentStateChanges",
            input: Some("SubmitAttachmentStateChangesRequest"),
            output: Some("SubmitAttachmentStateChangesResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "SubmitContainerStateChange",
            input: Some("SubmitContainerStateChangeRequest"),
            output: Some("SubmitContainerStateChangeResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "SubmitTaskStateChange",
            input: Some("SubmitTaskStateChangeRequest"),
            output: Some("SubmitTaskStateChangeResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "TagResource",
            input: Some("TagResourceRequest"),
            output: Some("TagResourceResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "LimitExceededException",
                "ResourceNotFoundException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "UntagResource",
            input: Some("UntagResourceRequest"),
            output: Some("UntagResourceResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ResourceNotFoundException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "UpdateCapacityProvider",
            input: Some("UpdateCapacityProviderRequest"),
            output: Some("UpdateCapacityProviderResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "UpdateCluster",
            input: Some("UpdateClusterRequest"),
            output: Some("UpdateClusterResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "NamespaceNotFoundException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "UpdateClusterSettings",
            input: Some("UpdateClusterSettingsRequest"),
            output: Some("UpdateClusterSettingsResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "UpdateInProgressException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "UpdateContainerAgent",
            input: Some("UpdateContainerAgentRequest"),
            output: Some("UpdateContainerAgentResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "NoUpdateAvailableException",
                "MissingVersionException",
                "ServerException",
                "UpdateInProgressException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "UpdateContainerInstancesState",
            input: Some("UpdateContainerInstancesStateRequest"),
            output: Some("UpdateContainerInstancesStateResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
            ],
        },
        Operation {
            name: "UpdateDaemon",
            input: Some("UpdateDaemonRequest"),
            output: Some("UpdateDaemonResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "DaemonNotFoundException",
                "PlatformUnknownException",
                "DaemonNotActiveException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "UpdateExpressGatewayService",
            input: Some("UpdateExpressGatewayServiceRequest"),
            output: Some("UpdateExpressGatewayServiceResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServiceNotActiveException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ServiceNotFoundException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "UpdateGateway",
            input: Some("UpdateGatewayRequest"),
            output: Some("UpdateGatewayResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "GatewayNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "UpdateService",
            input: Some("UpdateServiceRequest"),
            output: Some("UpdateServiceResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "PlatformUnknownException",
                "NamespaceNotFoundException",
                "ServiceNotActiveException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ServiceNotFoundException",
                "ClusterNotFoundException",
                "PlatformTaskDefinitionIncompatibilityException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "UpdateServicePrimaryTaskSet",
            input: Some("UpdateServicePrimaryTaskSetRequest"),
            output: Some("UpdateServicePrimaryTaskSetResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ServiceNotActiveException",
                "ServerException",
                "InvalidParameterException",
                "TaskSetNotFoundException",
                "ClientException",
                "ServiceNotFoundException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "UpdateTaskProtection",
            input: Some("UpdateTaskProtectionRequest"),
            output: Some("UpdateTaskProtectionResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "ResourceNotFoundException",
                "ServerException",
                "InvalidParameterException",
                "ClientException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
        Operation {
            name: "UpdateTaskSet",
            input: Some("UpdateTaskSetRequest"),
            output: Some("UpdateTaskSetResponse"),
            result_wrapper: None,
            errors: &[
                "AccessDeniedException",
                "LimitExceededException",
                "ServiceNotActiveException",
                "ServerException",
                "InvalidParameterException",
                "TaskSetNotFoundException",
                "ClientException",
                "ServiceNotFoundException",
                "ClusterNotFoundException",
                "UnsupportedFeatureException",
            ],
        },
    ];

    const SHAPES: &[Shape] = &[
        s(
            "AcceleratorCountRequest",
            false,
            structure(&[m("min", "BoxedInteger"), m("max", "BoxedInteger")], &[]),
        ),
        s(
            "AcceleratorManufacturer",
            false,
            string(super::AcceleratorManufacturer::VALUES, None, None, None),
        ),
        s(
            "AcceleratorManufacturerSet",
            false,
            list("AcceleratorManufacturer", None, None),
        ),
        s(
            "AcceleratorName",
            false,
            string(super::AcceleratorName::VALUES, None, None, None),
        ),
        s(
            "AcceleratorNameSet",
            false,
            list("AcceleratorName", None, None),
        ),
        s(
            "AcceleratorTotalMemoryMiBRequest",
            false,
            structure(&[m("min", "BoxedInteger"), m("max", "BoxedInteger")], &[]),
        ),
        s(
            "AcceleratorType",
            false,
            string(super::AcceleratorType::VALUES, None, None, None),
        ),
        s(
            "AcceleratorTypeSet",
            false,
            list("AcceleratorType", None, None),
        ),
        s(
            "AccessDeniedException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "AccessDeniedException",
                400,
                false,
            ),
        ),
        s(
            "AccessType",
            false,
            string(super::AccessType::VALUES, None, None, None),
        ),
        s(
            "AccessTypeList",
            false,
            list("AccessType", Some(0), Some(2)),
        ),
        s(
            "AdvancedConfiguration",
            false,
            structure(
                &[
                    m("alternateTargetGroupArn", "String"),
                    m("productionListenerRule", "String"),
                    m("testListenerRule", "String"),
                    m("roleArn", "String"),
                ],
                &[],
            ),
        ),
        s(
            "AgentUpdateStatus",
            false,
            string(super::AgentUpdateStatus::VALUES, None, None, None),
        ),
        s(
            "AllowedInstanceType",
            false,
            string(&[], Some(1), Some(30), Some("[a-zA-Z0-9\\.\\*\\-]+")),
        ),
        s(
            "AllowedInstanceTypeSet",
            false,
            list("AllowedInstanceType", Some(0), Some(400)),
        ),
        s(
            "ApplicationProtocol",
            false,
            string(super::ApplicationProtocol::VALUES, None, None, None),
        ),
        s(
            "AssignPublicIp",
            false,
            string(super::AssignPublicIp::VALUES, None, None, None),
        ),
        s(
            "AssociateGatewayWithClusterRequest",
            false,
            structure(
                &[m("gateway", "String"), m("cluster", "String")],
                &["gateway", "cluster"],
            ),
        ),
        s(
            "AssociateGatewayWithClusterResponse",
            false,
            structure(
                &[
                    m("gatewayArn", "String"),
                    m("clusterArn", "String"),
                    m("status", "GatewayClusterAssociationStatus"),
                ],
                &[],
            ),
        ),
        s(
            "Attachment",
            false,
            structure(
                &[
                    m("id", "String"),
                    m("type", "String"),
                    m("status", "String"),
                    m("details", "AttachmentDetails"),
                ],
                &[],
            ),
        ),
        s("AttachmentDetails", false, list("KeyValuePair", None, None)),
        s(
            "AttachmentStateChange",
            false,
            structure(
                &[m("attachmentArn", "String"), m("status", "String")],
                &["attachmentArn", "status"],
            ),
        ),
        s(
            "AttachmentStateChanges",
            false,
            list("AttachmentStateChange", None, None),
        ),
        s("Attachments", false, list("Attachment", None, None)),
        s(
            "AttestationPolicyStatus",
            false,
            string(super::AttestationPolicyStatus::VALUES, None, None, None),
        ),
        s(
            "Attribute",
            false,
            structure(
                &[
                    m("name", "String"),
                    m("value", "String"),
                    m("targetType", "TargetType"),
                    m("targetId", "String"),
                ],
                &["name"],
            ),
        ),
        s(
            "AttributeLimitExceededException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "AttributeLimitExceededException",
                400,
                false,
            ),
        ),
        s("Attributes", false, list("Attribute", None, None)),
        s(
            "AutoRepairActionsStatus",
            false,
            string(super::AutoRepairActionsStatus::VALUES, None, None, None),
        ),
        s(
            "AutoRepairConfiguration",
            false,
            structure(&[m("actionsStatus", "AutoRepairActionsStatus")], &[]),
        ),
        s(
            "AutoScalingGroupProvider",
            false,
            structure(
                &[
                    m("autoScalingGroupArn", "String"),
                    m("managedScaling", "ManagedScaling"),
                    m(
                        "managedTerminationProtection",
                        "ManagedTerminationProtection",
                    ),
                    m("managedDraining", "ManagedDraining"),
                ],
                &["autoScalingGroupArn"],
            ),
        ),
        s(
            "AutoScalingGroupProviderUpdate",
            false,
            structure(
                &[
                    m("managedScaling", "ManagedScaling"),
                    m(
                        "managedTerminationProtection",
                        "ManagedTerminationProtection",
                    ),
                    m("managedDraining", "ManagedDraining"),
                ],
                &[],
            ),
        ),
        s(
            "AvailabilityZoneRebalancing",
            false,
            string(super::AvailabilityZoneRebalancing::VALUES, None, None, None),
        ),
        s(
            "AwsVpcConfiguration",
            false,
            structure(
                &[
                    m("subnets", "StringList"),
                    m("securityGroups", "StringList"),
                    m("assignPublicIp", "AssignPublicIp"),
                ],
                &["subnets"],
            ),
        ),
        s(
            "BareMetal",
            false,
            string(super::BareMetal::VALUES, None, None, None),
        ),
        s(
            "BaselineEbsBandwidthMbpsRequest",
            false,
            structure(&[m("min", "BoxedInteger"), m("max", "BoxedInteger")], &[]),
        ),
        s(
            "BlockedException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "BlockedException",
                400,
                false,
            ),
        ),
        s("Boolean", false, K::Boolean),
        s("BoxedBoolean", false, K::Boolean),
        s(
            "BoxedDouble",
            false,
            K::Double {
                min: None,
                max: None,
            },
        ),
        s("BoxedInteger", false, integer(None, None)),
        s(
            "BurstablePerformance",
            false,
            string(super::BurstablePerformance::VALUES, None, None, None),
        ),
        s(
            "CPUArchitecture",
            false,
            string(super::CPUArchitecture::VALUES, None, None, None),
        ),
        s(
            "CanaryConfiguration",
            false,
            structure(
                &[
                    m("canaryPercent", "Double"),
                    m("canaryBakeTimeInMinutes", "Integer"),
                ],
                &[],
            ),
        ),
        s(
            "CapacityOptionType",
            false,
            string(super::CapacityOptionType::VALUES, None, None, None),
        ),
        s(
            "CapacityProvider",
            false,
            structure(
                &[
                    m("capacityProviderArn", "String"),
                    m("name", "String"),
                    m("cluster", "String"),
                    m("status", "CapacityProviderStatus"),
                    m("autoScalingGroupProvider", "AutoScalingGroupProvider"),
                    m("managedInstancesProvider", "ManagedInstancesProvider"),
                    m("updateStatus", "CapacityProviderUpdateStatus"),
                    m("updateStatusReason", "String"),
                    m("tags", "Tags"),
                    m("type", "CapacityProviderType"),
                ],
                &[],
            ),
        ),
        s(
            "CapacityProviderField",
            false,
            string(super::CapacityProviderField::VALUES, None, None, None),
        ),
        s(
            "CapacityProviderFieldList",
            false,
            list("CapacityProviderField", None, None),
        ),
        s(
            "CapacityProviderStatus",
            false,
            string(super::CapacityProviderStatus::VALUES, None, None, None),
        ),
        s(
            "CapacityProviderStrategy",
            false,
            list("CapacityProviderStrategyItem", None, None),
        ),
        s(
            "CapacityProviderStrategyItem",
            false,
            structure(
                &[
                    m("capacityProvider", "String"),
                    m("weight", "CapacityProviderStrategyItemWeight"),
                    m("base", "CapacityProviderStrategyItemBase"),
                ],
                &["capacityProvider"],
            ),
        ),
        s(
            "CapacityProviderStrategyItemBase",
            false,
            integer(Some(0), Some(100000)),
        ),
        s(
            "CapacityProviderStrategyItemWeight",
            false,
            integer(Some(0), Some(1000)),
        ),
        s(
            "CapacityProviderType",
            false,
            string(super::CapacityProviderType::VALUES, None, None, None),
        ),
        s(
            "CapacityProviderUpdateStatus",
            false,
            string(
                super::CapacityProviderUpdateStatus::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "CapacityProviders",
            false,
            list("CapacityProvider", None, None),
        ),
        s(
            "CapacityReservationPreference",
            false,
            string(
                super::CapacityReservationPreference::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "CapacityReservationRequest",
            false,
            structure(
                &[
                    m("reservationGroupArn", "String"),
                    m("reservationPreference", "CapacityReservationPreference"),
                ],
                &[],
            ),
        ),
        s(
            "ClientException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "ClientException",
                400,
                false,
            ),
        ),
        s(
            "Cluster",
            false,
            structure(
                &[
                    m("clusterArn", "String"),
                    m("clusterName", "String"),
                    m("configuration", "ClusterConfiguration"),
                    m("status", "String"),
                    m("registeredContainerInstancesCount", "Integer"),
                    m("runningTasksCount", "Integer"),
                    m("pendingTasksCount", "Integer"),
                    m("activeServicesCount", "Integer"),
                    m("statistics", "Statistics"),
                    m("tags", "Tags"),
                    m("settings", "ClusterSettings"),
                    m("capacityProviders", "StringList"),
                    m(
                        "defaultCapacityProviderStrategy",
                        "CapacityProviderStrategy",
                    ),
                    m("attachments", "Attachments"),
                    m("attachmentsStatus", "String"),
                    m("serviceConnectDefaults", "ClusterServiceConnectDefaults"),
                ],
                &[],
            ),
        ),
        s(
            "ClusterConfiguration",
            false,
            structure(
                &[
                    m("executeCommandConfiguration", "ExecuteCommandConfiguration"),
                    m("managedStorageConfiguration", "ManagedStorageConfiguration"),
                ],
                &[],
            ),
        ),
        s(
            "ClusterContainsCapacityProviderException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "ClusterContainsCapacityProviderException",
                400,
                false,
            ),
        ),
        s(
            "ClusterContainsContainerInstancesException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "ClusterContainsContainerInstancesException",
                400,
                false,
            ),
        ),
        s(
            "ClusterContainsServicesException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "ClusterContainsServicesException",
                400,
                false,
            ),
        ),
        s(
            "ClusterContainsTasksException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "ClusterContainsTasksException",
                400,
                false,
            ),
        ),
        s(
            "ClusterField",
            false,
            string(super::ClusterField::VALUES, None, None, None),
        ),
        s("ClusterFieldList", false, list("ClusterField", None, None)),
        s(
            "ClusterNotFoundException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "ClusterNotFoundException",
                400,
                false,
            ),
        ),
        s(
            "ClusterServiceConnectDefaults",
            false,
            structure(&[m("namespace", "String")], &[]),
        ),
        s(
            "ClusterServiceConnectDefaultsRequest",
            false,
            structure(&[m("namespace", "String")], &["namespace"]),
        ),
        s(
            "ClusterSetting",
            false,
            structure(
                &[m("name", "ClusterSettingName"), m("value", "String")],
                &[],
            ),
        ),
        s(
            "ClusterSettingName",
            false,
            string(super::ClusterSettingName::VALUES, None, None, None),
        ),
        s("ClusterSettings", false, list("ClusterSetting", None, None)),
        s("Clusters", false, list("Cluster", None, None)),
        s(
            "Compatibility",
            false,
            string(super::Compatibility::VALUES, None, None, None),
        ),
        s(
            "CompatibilityList",
            false,
            list("Compatibility", None, None),
        ),
        s(
            "ConflictException",
            false,
            exception(
                &[m("resourceIds", "ResourceIds"), m("message", "String")],
                &[],
                "ConflictException",
                400,
                false,
            ),
        ),
        s(
            "Connectivity",
            false,
            string(super::Connectivity::VALUES, None, None, None),
        ),
        s(
            "Container",
            false,
            structure(
                &[
                    m("containerArn", "String"),
                    m("taskArn", "String"),
                    m("name", "String"),
                    m("image", "String"),
                    m("imageDigest", "String"),
                    m("runtimeId", "String"),
                    m("lastStatus", "String"),
                    m("exitCode", "BoxedInteger"),
                    m("reason", "String"),
                    m("networkBindings", "NetworkBindings"),
                    m("networkInterfaces", "NetworkInterfaces"),
                    m("healthStatus", "HealthStatus"),
                    m("managedAgents", "ManagedAgents"),
                    m("cpu", "String"),
                    m("memory", "String"),
                    m("memoryReservation", "String"),
                    m("gpuIds", "GpuIds"),
                    m("neuronDeviceIds", "NeuronDeviceIds"),
                    m("gpuSharingStrategy", "SharingStrategy"),
                ],
                &[],
            ),
        ),
        s(
            "ContainerCondition",
            false,
            string(super::ContainerCondition::VALUES, None, None, None),
        ),
        s(
            "ContainerDefinition",
            false,
            structure(
                &[
                    m("name", "String"),
                    m("image", "String"),
                    m("repositoryCredentials", "RepositoryCredentials"),
                    m("cpu", "Integer"),
                    m("memory", "BoxedInteger"),
                    m("memoryReservation", "BoxedInteger"),
                    m("links", "StringList"),
                    m("portMappings", "PortMappingList"),
                    m("essential", "BoxedBoolean"),
                    m("restartPolicy", "ContainerRestartPolicy"),
                    m("entryPoint", "StringList"),
                    m("command", "StringList"),
                    m("environment", "EnvironmentVariables"),
                    m("environmentFiles", "EnvironmentFiles"),
                    m("mountPoints", "MountPointList"),
                    m("volumesFrom", "VolumeFromList"),
                    m("linuxParameters", "LinuxParameters"),
                    m("secrets", "SecretList"),
                    m("dependsOn", "ContainerDependencies"),
                    m("startTimeout", "BoxedInteger"),
                    m("stopTimeout", "BoxedInteger"),
                    m("versionConsistency", "VersionConsistency"),
                    m("hostname", "String"),
                    m("user", "String"),
                    m("workingDirectory", "String"),
                    m("disableNetworking", "BoxedBoolean"),
                    m("privileged", "BoxedBoolean"),
                    m("readonlyRootFilesystem", "BoxedBoolean"),
                    m("dnsServers", "StringList"),
                    m("dnsSearchDomains", "StringList"),
                    m("extraHosts", "HostEntryList"),
                    m("dockerSecurityOptions", "StringList"),
                    m("interactive", "BoxedBoolean"),
                    m("pseudoTerminal", "BoxedBoolean"),
                    m("dockerLabels", "DockerLabelsMap"),
                    m("ulimits", "UlimitList"),
                    m("logConfiguration", "LogConfiguration"),
                    m("healthCheck", "HealthCheck"),
                    m("systemControls", "SystemControls"),
                    m("resourceRequirements", "ResourceRequirements"),
                    m("firelensConfiguration", "FirelensConfiguration"),
                    m("credentialSpecs", "StringList"),
                ],
                &[],
            ),
        ),
        s(
            "ContainerDefinitions",
            false,
            list("ContainerDefinition", None, None),
        ),
        s(
            "ContainerDependencies",
            false,
            list("ContainerDependency", None, None),
        ),
        s(
            "ContainerDependency",
            false,
            structure(
                &[
                    m("containerName", "String"),
                    m("condition", "ContainerCondition"),
                ],
                &["containerName", "condition"],
            ),
        ),
        s(
            "ContainerImage",
            false,
            structure(
                &[
                    m("containerName", "String"),
                    m("imageDigest", "String"),
                    m("image", "String"),
                ],
                &[],
            ),
        ),
        s("ContainerImages", false, list("ContainerImage", None, None)),
        s(
            "ContainerInstance",
            false,
            structure(
                &[
                    m("containerInstanceArn", "String"),
                    m("ec2InstanceId", "String"),
                    m("capacityProviderName", "String"),
                    m("version", "Long"),
                    m("versionInfo", "VersionInfo"),
                    m("remainingResources", "Resources"),
                    m("registeredResources", "Resources"),
                    m("status", "String"),
                    m("statusReason", "String"),
                    m("agentConnected", "Boolean"),
                    m("runningTasksCount", "Integer"),
                    m("pendingTasksCount", "Integer"),
                    m("agentUpdateStatus", "AgentUpdateStatus"),
                    m("attributes", "Attributes"),
                    m("registeredAt", "Timestamp"),
                    m("attachments", "Attachments"),
                    m("tags", "Tags"),
                    m("healthStatus", "ContainerInstanceHealthStatus"),
                    m("gpuDevices", "GpuDevices"),
                ],
                &[],
            ),
        ),
        s(
            "ContainerInstanceField",
            false,
            string(super::ContainerInstanceField::VALUES, None, None, None),
        ),
        s(
            "ContainerInstanceFieldList",
            false,
            list("ContainerInstanceField", None, None),
        ),
        s(
            "ContainerInstanceHealthStatus",
            false,
            structure(
                &[
                    m("overallStatus", "InstanceHealthCheckState"),
                    m("details", "InstanceHealthCheckResultList"),
                ],
                &[],
            ),
        ),
        s(
            "ContainerInstanceStatus",
            false,
            string(super::ContainerInstanceStatus::VALUES, None, None, None),
        ),
        s(
            "ContainerInstances",
            false,
            list("ContainerInstance", None, None),
        ),
        s(
            "ContainerOverride",
            false,
            structure(
                &[
                    m("name", "String"),
                    m("command", "StringList"),
                    m("environment", "EnvironmentVariables"),
                    m("environmentFiles", "EnvironmentFiles"),
                    m("cpu", "BoxedInteger"),
                    m("memory", "BoxedInteger"),
                    m("memoryReservation", "BoxedInteger"),
                    m("resourceRequirements", "ResourceRequirements"),
                ],
                &[],
            ),
        ),
        s(
            "ContainerOverrides",
            false,
            list("ContainerOverride", None, None),
        ),
        s(
            "ContainerRestartPolicy",
            false,
            structure(
                &[
                    m("enabled", "BoxedBoolean"),
                    m("ignoredExitCodes", "IntegerList"),
                    m("restartAttemptPeriod", "BoxedInteger"),
                ],
                &["enabled"],
            ),
        ),
        s(
            "ContainerStateChange",
            false,
            structure(
                &[
                    m("containerName", "String"),
                    m("imageDigest", "String"),
                    m("runtimeId", "String"),
                    m("exitCode", "BoxedInteger"),
                    m("networkBindings", "NetworkBindings"),
                    m("reason", "String"),
                    m("status", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ContainerStateChanges",
            false,
            list("ContainerStateChange", None, None),
        ),
        s("Containers", false, list("Container", None, None)),
        s(
            "ContinueServiceDeploymentRequest",
            false,
            structure(
                &[
                    m("serviceDeploymentArn", "String"),
                    m("hookId", "String"),
                    m("action", "DeploymentLifecycleHookAction"),
                ],
                &["serviceDeploymentArn", "hookId"],
            ),
        ),
        s(
            "ContinueServiceDeploymentResponse",
            false,
            structure(&[m("serviceDeploymentArn", "String")], &[]),
        ),
        s(
            "CpuManufacturer",
            false,
            string(super::CpuManufacturer::VALUES, None, None, None),
        ),
        s(
            "CpuManufacturerSet",
            false,
            list("CpuManufacturer", None, None),
        ),
        s(
            "CreateCapacityProviderRequest",
            false,
            structure(
                &[
                    m("name", "String"),
                    m("cluster", "String"),
                    m("autoScalingGroupProvider", "AutoScalingGroupProvider"),
                    m(
                        "managedInstancesProvider",
                        "CreateManagedInstancesProviderConfiguration",
                    ),
                    m("tags", "Tags"),
                ],
                &["name"],
            ),
        ),
        s(
            "CreateCapacityProviderResponse",
            false,
            structure(&[m("capacityProvider", "CapacityProvider")], &[]),
        ),
        s(
            "CreateClusterRequest",
            false,
            structure(
                &[
                    m("clusterName", "String"),
                    m("tags", "Tags"),
                    m("settings", "ClusterSettings"),
                    m("configuration", "ClusterConfiguration"),
                    m("capacityProviders", "StringList"),
                    m(
                        "defaultCapacityProviderStrategy",
                        "CapacityProviderStrategy",
                    ),
                    m(
                        "serviceConnectDefaults",
                        "ClusterServiceConnectDefaultsRequest",
                    ),
                ],
                &[],
            ),
        ),
        s(
            "CreateClusterResponse",
            false,
            structure(&[m("cluster", "Cluster")], &[]),
        ),
        s(
            "CreateDaemonRequest",
            false,
            structure(
                &[
                    m("daemonName", "String"),
                    m("clusterArn", "String"),
                    m("daemonTaskDefinitionArn", "String"),
                    m("capacityProviderArns", "StringList"),
                    m("deploymentConfiguration", "DaemonDeploymentConfiguration"),
                    m("tags", "Tags"),
                    m("propagateTags", "DaemonPropagateTags"),
                    m("enableECSManagedTags", "Boolean"),
                    m("enableExecuteCommand", "Boolean"),
                    m("clientToken", "String"),
                    m("critical", "BoxedBoolean"),
                ],
                &[
                    "daemonName",
                    "daemonTaskDefinitionArn",
                    "capacityProviderArns",
                ],
            ),
        ),
        s(
            "CreateDaemonResponse",
            false,
            structure(
                &[
                    m("daemonArn", "String"),
                    m("status", "DaemonStatus"),
                    m("createdAt", "Timestamp"),
                    m("deploymentArn", "String"),
                ],
                &[],
            ),
        ),
        s(
            "CreateExpressGatewayServiceRequest",
            false,
            structure(
                &[
                    m("executionRoleArn", "String"),
                    m("infrastructureRoleArn", "String"),
                    m("serviceName", "String"),
                    m("cluster", "String"),
                    m("healthCheckPath", "String"),
                    m("primaryContainer", "ExpressGatewayContainer"),
                    m("taskRoleArn", "String"),
                    m(
                        "networkConfiguration",
                        "ExpressGatewayServiceNetworkConfiguration",
                    ),
                    m("cpu", "String"),
                    m("memory", "String"),
                    m("cpuArchitecture", "ExpressCpuArchitecture"),
                    m("scalingTarget", "ExpressGatewayScalingTarget"),
                    m("tags", "Tags"),
                    m("taskDefinitionArn", "String"),
                ],
                &["infrastructureRoleArn"],
            ),
        ),
        s(
            "CreateExpressGatewayServiceResponse",
            false,
            structure(&[m("service", "ECSExpressGatewayService")], &[]),
        ),
        s(
            "CreateGatewayRequest",
            false,
            structure(
                &[
                    m("name", "String"),
                    m("infrastructureRoleArn", "String"),
                    m("clientToken", "String"),
                    m("deletionProtection", "BoxedBoolean"),
                    m("configuration", "GatewayConfiguration"),
                    m("tags", "Tags"),
                    m("propagateTags", "PropagateGatewayTags"),
                ],
                &["name", "infrastructureRoleArn", "configuration"],
            ),
        ),
        s(
            "CreateGatewayResponse",
            false,
            structure(
                &[
                    m("gatewayArn", "String"),
                    m("name", "String"),
                    m("status", "GatewayStatus"),
                ],
                &[],
            ),
        ),
        s(
            "CreateManagedInstancesProviderConfiguration",
            false,
            structure(
                &[
                    m("infrastructureRoleArn", "String"),
                    m("instanceLaunchTemplate", "InstanceLaunchTemplate"),
                    m("propagateTags", "PropagateMITags"),
                    m("infrastructureOptimization", "InfrastructureOptimization"),
                    m("autoRepairConfiguration", "AutoRepairConfiguration"),
                ],
                &["infrastructureRoleArn", "instanceLaunchTemplate"],
            ),
        ),
        s(
            "CreateServiceRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("serviceName", "String"),
                    m("taskDefinition", "String"),
                    m("availabilityZoneRebalancing", "AvailabilityZoneRebalancing"),
                    m("loadBalancers", "LoadBalancers"),
                    m("serviceRegistries", "ServiceRegistries"),
                    m("desiredCount", "BoxedInteger"),
                    m("clientToken", "String"),
                    m("launchType", "LaunchType"),
                    m("capacityProviderStrategy", "CapacityProviderStrategy"),
                    m("platformVersion", "String"),
                    m("role", "String"),
                    m("deploymentConfiguration", "DeploymentConfiguration"),
                    m("placementConstraints", "PlacementConstraints"),
                    m("placementStrategy", "PlacementStrategies"),
                    m("networkConfiguration", "NetworkConfiguration"),
                    m("healthCheckGracePeriodSeconds", "BoxedInteger"),
                    m("schedulingStrategy", "SchedulingStrategy"),
                    m("deploymentController", "DeploymentController"),
                    m("tags", "Tags"),
                    m("enableECSManagedTags", "Boolean"),
                    m("propagateTags", "PropagateTags"),
                    m("enableExecuteCommand", "Boolean"),
                    m("serviceConnectConfiguration", "ServiceConnectConfiguration"),
                    m("volumeConfigurations", "ServiceVolumeConfigurations"),
                    m("vpcLatticeConfigurations", "VpcLatticeConfigurations"),
                    m("gatewayConnectors", "GatewayConnectorList"),
                    m("monitoring", "MonitoringConfiguration"),
                ],
                &["serviceName"],
            ),
        ),
        s(
            "CreateServiceResponse",
            false,
            structure(&[m("service", "Service")], &[]),
        ),
        s(
            "CreateTaskSetRequest",
            false,
            structure(
                &[
                    m("service", "String"),
                    m("cluster", "String"),
                    m("externalId", "String"),
                    m("taskDefinition", "String"),
                    m("networkConfiguration", "NetworkConfiguration"),
                    m("loadBalancers", "LoadBalancers"),
                    m("serviceRegistries", "ServiceRegistries"),
                    m("launchType", "LaunchType"),
                    m("capacityProviderStrategy", "CapacityProviderStrategy"),
                    m("platformVersion", "String"),
                    m("scale", "Scale"),
                    m("clientToken", "String"),
                    m("tags", "Tags"),
                ],
                &["service", "cluster", "taskDefinition"],
            ),
        ),
        s(
            "CreateTaskSetResponse",
            false,
            structure(&[m("taskSet", "TaskSet")], &[]),
        ),
        s(
            "CreatedAt",
            false,
            structure(&[m("before", "Timestamp"), m("after", "Timestamp")], &[]),
        ),
        s(
            "DaemonAlarmConfiguration",
            false,
            structure(
                &[m("alarmNames", "StringList"), m("enable", "Boolean")],
                &[],
            ),
        ),
        s(
            "DaemonCapacityProvider",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("runningCount", "Integer"),
                    m("withoutDaemonCount", "Integer"),
                ],
                &[],
            ),
        ),
        s(
            "DaemonCapacityProviderList",
            false,
            list("DaemonCapacityProvider", None, None),
        ),
        s(
            "DaemonCircuitBreaker",
            false,
            structure(
                &[
                    m("failureCount", "Integer"),
                    m("status", "DaemonDeploymentRollbackMonitorsStatus"),
                    m("threshold", "Integer"),
                ],
                &[],
            ),
        ),
        s(
            "DaemonContainerDefinition",
            false,
            structure(
                &[
                    m("name", "String"),
                    m("image", "String"),
                    m("memory", "BoxedInteger"),
                    m("memoryReservation", "BoxedInteger"),
                    m("repositoryCredentials", "RepositoryCredentials"),
                    m("healthCheck", "HealthCheck"),
                    m("cpu", "Integer"),
                    m("essential", "BoxedBoolean"),
                    m("entryPoint", "StringList"),
                    m("command", "StringList"),
                    m("workingDirectory", "String"),
                    m("environmentFiles", "EnvironmentFiles"),
                    m("environment", "EnvironmentVariables"),
                    m("secrets", "SecretList"),
                    m("readonlyRootFilesystem", "BoxedBoolean"),
                    m("mountPoints", "MountPointList"),
                    m("logConfiguration", "LogConfiguration"),
                    m("firelensConfiguration", "FirelensConfiguration"),
                    m("privileged", "BoxedBoolean"),
                    m("user", "String"),
                    m("ulimits", "UlimitList"),
                    m("linuxParameters", "DaemonLinuxParameters"),
                    m("dependsOn", "ContainerDependencies"),
                    m("startTimeout", "BoxedInteger"),
                    m("stopTimeout", "BoxedInteger"),
                    m("systemControls", "SystemControls"),
                    m("interactive", "BoxedBoolean"),
                    m("pseudoTerminal", "BoxedBoolean"),
                    m("restartPolicy", "ContainerRestartPolicy"),
                ],
                &["image"],
            ),
        ),
        s(
            "DaemonContainerDefinitionList",
            false,
            list("DaemonContainerDefinition", None, None),
        ),
        s(
            "DaemonContainerImage",
            false,
            structure(
                &[
                    m("containerName", "String"),
                    m("imageDigest", "String"),
                    m("image", "String"),
                ],
                &[],
            ),
        ),
        s(
            "DaemonContainerImages",
            false,
            list("DaemonContainerImage", None, None),
        ),
        s(
            "DaemonDeployment",
            false,
            structure(
                &[
                    m("daemonDeploymentArn", "String"),
                    m("clusterArn", "String"),
                    m("status", "DaemonDeploymentStatus"),
                    m("statusReason", "String"),
                    m("targetDaemonRevision", "DaemonDeploymentRevisionDetail"),
                    m(
                        "sourceDaemonRevisions",
                        "DaemonDeploymentRevisionDetailList",
                    ),
                    m("circuitBreaker", "DaemonCircuitBreaker"),
                    m("alarms", "DaemonDeploymentAlarms"),
                    m("rollback", "DaemonRollback"),
                    m("deploymentConfiguration", "DaemonDeploymentConfiguration"),
                    m("createdAt", "Timestamp"),
                    m("startedAt", "Timestamp"),
                    m("stoppedAt", "Timestamp"),
                    m("finishedAt", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "DaemonDeploymentAlarms",
            false,
            structure(
                &[
                    m("status", "DaemonDeploymentRollbackMonitorsStatus"),
                    m("alarmNames", "StringList"),
                    m("triggeredAlarmNames", "StringList"),
                ],
                &[],
            ),
        ),
        s(
            "DaemonDeploymentCapacityProvider",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("runningInstanceCount", "BoxedInteger"),
                    m("withoutDaemonInstanceCount", "BoxedInteger"),
                    m("drainingInstanceCount", "BoxedInteger"),
                ],
                &[],
            ),
        ),
        s(
            "DaemonDeploymentCapacityProviderList",
            false,
            list("DaemonDeploymentCapacityProvider", None, None),
        ),
        s(
            "DaemonDeploymentConfiguration",
            false,
            structure(
                &[
                    m("drainPercent", "DaemonDrainPercent"),
                    m("alarms", "DaemonAlarmConfiguration"),
                    m("bakeTimeInMinutes", "Integer"),
                ],
                &[],
            ),
        ),
        s(
            "DaemonDeploymentList",
            false,
            list("DaemonDeployment", None, None),
        ),
        s(
            "DaemonDeploymentRevisionDetail",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("capacityProviders", "DaemonDeploymentCapacityProviderList"),
                    m("totalRunningInstanceCount", "BoxedInteger"),
                    m("totalWithoutDaemonInstanceCount", "BoxedInteger"),
                    m("totalDrainingInstanceCount", "BoxedInteger"),
                ],
                &[],
            ),
        ),
        s(
            "DaemonDeploymentRevisionDetailList",
            false,
            list("DaemonDeploymentRevisionDetail", None, None),
        ),
        s(
            "DaemonDeploymentRollbackMonitorsStatus",
            false,
            string(
                super::DaemonDeploymentRollbackMonitorsStatus::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "DaemonDeploymentStatus",
            false,
            string(super::DaemonDeploymentStatus::VALUES, None, None, None),
        ),
        s(
            "DaemonDeploymentStatusList",
            false,
            list("DaemonDeploymentStatus", None, None),
        ),
        s(
            "DaemonDeploymentSummary",
            false,
            structure(
                &[
                    m("daemonDeploymentArn", "String"),
                    m("daemonArn", "String"),
                    m("clusterArn", "String"),
                    m("status", "DaemonDeploymentStatus"),
                    m("statusReason", "String"),
                    m("targetDaemonRevisionArn", "String"),
                    m("createdAt", "Timestamp"),
                    m("startedAt", "Timestamp"),
                    m("stoppedAt", "Timestamp"),
                    m("finishedAt", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "DaemonDeploymentSummaryList",
            false,
            list("DaemonDeploymentSummary", None, None),
        ),
        s(
            "DaemonDetail",
            false,
            structure(
                &[
                    m("daemonArn", "String"),
                    m("clusterArn", "String"),
                    m("status", "DaemonStatus"),
                    m("currentRevisions", "DaemonRevisionDetailList"),
                    m("deploymentArn", "String"),
                    m("createdAt", "Timestamp"),
                    m("updatedAt", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "DaemonDrainPercent",
            false,
            K::Double {
                min: Some(0.0),
                max: Some(100.0),
            },
        ),
        s(
            "DaemonIpcMode",
            false,
            string(super::DaemonIpcMode::VALUES, None, None, None),
        ),
        s(
            "DaemonLinuxParameters",
            false,
            structure(
                &[
                    m("capabilities", "KernelCapabilities"),
                    m("devices", "DevicesList"),
                    m("initProcessEnabled", "BoxedBoolean"),
                    m("tmpfs", "TmpfsList"),
                ],
                &[],
            ),
        ),
        s(
            "DaemonNotActiveException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "DaemonNotActiveException",
                400,
                false,
            ),
        ),
        s(
            "DaemonNotFoundException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "DaemonNotFoundException",
                400,
                false,
            ),
        ),
        s(
            "DaemonPidMode",
            false,
            string(super::DaemonPidMode::VALUES, None, None, None),
        ),
        s(
            "DaemonPropagateTags",
            false,
            string(super::DaemonPropagateTags::VALUES, None, None, None),
        ),
        s(
            "DaemonRevision",
            false,
            structure(
                &[
                    m("daemonRevisionArn", "String"),
                    m("clusterArn", "String"),
                    m("daemonArn", "String"),
                    m("daemonTaskDefinitionArn", "String"),
                    m("createdAt", "Timestamp"),
                    m("containerImages", "DaemonContainerImages"),
                    m("propagateTags", "DaemonPropagateTags"),
                    m("enableECSManagedTags", "BoxedBoolean"),
                    m("enableExecuteCommand", "BoxedBoolean"),
                    m("critical", "BoxedBoolean"),
                ],
                &[],
            ),
        ),
        s(
            "DaemonRevisionDetail",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("capacityProviders", "DaemonCapacityProviderList"),
                    m("totalRunningCount", "Integer"),
                    m("totalWithoutDaemonCount", "Integer"),
                ],
                &[],
            ),
        ),
        s(
            "DaemonRevisionDetailList",
            false,
            list("DaemonRevisionDetail", None, None),
        ),
        s("DaemonRevisions", false, list("DaemonRevision", None, None)),
        s(
            "DaemonRollback",
            false,
            structure(
                &[
                    m("reason", "String"),
                    m("startedAt", "Timestamp"),
                    m("rollbackTargetDaemonRevisionArn", "String"),
                    m("rollbackCapacityProviders", "StringList"),
                ],
                &[],
            ),
        ),
        s(
            "DaemonStatus",
            false,
            string(super::DaemonStatus::VALUES, None, None, None),
        ),
        s(
            "DaemonSummariesList",
            false,
            list("DaemonSummary", None, None),
        ),
        s(
            "DaemonSummary",
            false,
            structure(
                &[
                    m("daemonArn", "String"),
                    m("status", "DaemonStatus"),
                    m("createdAt", "Timestamp"),
                    m("updatedAt", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "DaemonTaskDefinition",
            false,
            structure(
                &[
                    m("daemonTaskDefinitionArn", "String"),
                    m("family", "String"),
                    m("revision", "Integer"),
                    m("taskRoleArn", "String"),
                    m("executionRoleArn", "String"),
                    m("containerDefinitions", "DaemonContainerDefinitionList"),
                    m("volumes", "DaemonVolumeList"),
                    m("cpu", "String"),
                    m("memory", "String"),
                    m("status", "DaemonTaskDefinitionStatus"),
                    m("registeredAt", "Timestamp"),
                    m("deleteRequestedAt", "Timestamp"),
                    m("registeredBy", "String"),
                    m("pidMode", "DaemonPidMode"),
                    m("ipcMode", "DaemonIpcMode"),
                ],
                &[],
            ),
        ),
        s(
            "DaemonTaskDefinitionRevisionFilter",
            false,
            string(
                super::DaemonTaskDefinitionRevisionFilter::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "DaemonTaskDefinitionStatus",
            false,
            string(super::DaemonTaskDefinitionStatus::VALUES, None, None, None),
        ),
        s(
            "DaemonTaskDefinitionStatusFilter",
            false,
            string(
                super::DaemonTaskDefinitionStatusFilter::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "DaemonTaskDefinitionSummaries",
            false,
            list("DaemonTaskDefinitionSummary", None, None),
        ),
        s(
            "DaemonTaskDefinitionSummary",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("registeredAt", "Timestamp"),
                    m("registeredBy", "String"),
                    m("deleteRequestedAt", "Timestamp"),
                    m("status", "DaemonTaskDefinitionStatus"),
                ],
                &[],
            ),
        ),
        s(
            "DaemonVolume",
            false,
            structure(
                &[
                    m("name", "String"),
                    m("host", "HostVolumeProperties"),
                    m(
                        "logDriverVolumeConfiguration",
                        "LogDriverVolumeConfiguration",
                    ),
                ],
                &[],
            ),
        ),
        s("DaemonVolumeList", false, list("DaemonVolume", None, None)),
        s(
            "DeleteAccountSettingRequest",
            false,
            structure(
                &[m("name", "SettingName"), m("principalArn", "String")],
                &["name"],
            ),
        ),
        s(
            "DeleteAccountSettingResponse",
            false,
            structure(&[m("setting", "Setting")], &[]),
        ),
        s(
            "DeleteAttributesRequest",
            false,
            structure(
                &[m("cluster", "String"), m("attributes", "Attributes")],
                &["attributes"],
            ),
        ),
        s(
            "DeleteAttributesResponse",
            false,
            structure(&[m("attributes", "Attributes")], &[]),
        ),
        s(
            "DeleteCapacityProviderRequest",
            false,
            structure(
                &[m("capacityProvider", "String"), m("cluster", "String")],
                &["capacityProvider"],
            ),
        ),
        s(
            "DeleteCapacityProviderResponse",
            false,
            structure(&[m("capacityProvider", "CapacityProvider")], &[]),
        ),
        s(
            "DeleteClusterRequest",
            false,
            structure(&[m("cluster", "String")], &["cluster"]),
        ),
        s(
            "DeleteClusterResponse",
            false,
            structure(&[m("cluster", "Cluster")], &[]),
        ),
        s(
            "DeleteDaemonRequest",
            false,
            structure(&[m("daemonArn", "String")], &["daemonArn"]),
        ),
        s(
            "DeleteDaemonResponse",
            false,
            structure(
                &[
                    m("daemonArn", "String"),
                    m("status", "DaemonStatus"),
                    m("createdAt", "Timestamp"),
                    m("updatedAt", "Timestamp"),
                    m("deploymentArn", "String"),
                ],
                &[],
            ),
        ),
        s(
            "DeleteDaemonTaskDefinitionRequest",
            false,
            structure(
                &[m("daemonTaskDefinition", "String")],
                &["daemonTaskDefinition"],
            ),
        ),
        s(
            "DeleteDaemonTaskDefinitionResponse",
            false,
            structure(&[m("daemonTaskDefinitionArn", "String")], &[]),
        ),
        s(
            "DeleteExpressGatewayServiceRequest",
            false,
            structure(&[m("serviceArn", "String")], &["serviceArn"]),
        ),
        s(
            "DeleteExpressGatewayServiceResponse",
            false,
            structure(&[m("service", "ECSExpressGatewayService")], &[]),
        ),
        s(
            "DeleteGatewayRequest",
            false,
            structure(&[m("gateway", "String")], &["gateway"]),
        ),
        s(
            "DeleteGatewayResponse",
            false,
            structure(
                &[
                    m("gatewayArn", "String"),
                    m("name", "String"),
                    m("status", "GatewayStatus"),
                ],
                &[],
            ),
        ),
        s(
            "DeleteServiceRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("service", "String"),
                    m("force", "BoxedBoolean"),
                ],
                &["service"],
            ),
        ),
        s(
            "DeleteServiceResponse",
            false,
            structure(&[m("service", "Service")], &[]),
        ),
        s(
            "DeleteTaskDefinitionsRequest",
            false,
            structure(&[m("taskDefinitions", "StringList")], &["taskDefinitions"]),
        ),
        s(
            "DeleteTaskDefinitionsResponse",
            false,
            structure(
                &[
                    m("taskDefinitions", "TaskDefinitionList"),
                    m("failures", "Failures"),
                ],
                &[],
            ),
        ),
        s(
            "DeleteTaskSetRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("service", "String"),
                    m("taskSet", "String"),
                    m("force", "BoxedBoolean"),
                ],
                &["cluster", "service", "taskSet"],
            ),
        ),
        s(
            "DeleteTaskSetResponse",
            false,
            structure(&[m("taskSet", "TaskSet")], &[]),
        ),
        s(
            "Deployment",
            false,
            structure(
                &[
                    m("id", "String"),
                    m("status", "String"),
                    m("taskDefinition", "String"),
                    m("desiredCount", "Integer"),
                    m("pendingCount", "Integer"),
                    m("runningCount", "Integer"),
                    m("failedTasks", "Integer"),
                    m("createdAt", "Timestamp"),
                    m("updatedAt", "Timestamp"),
                    m("capacityProviderStrategy", "CapacityProviderStrategy"),
                    m("launchType", "LaunchType"),
                    m("platformVersion", "String"),
                    m("platformFamily", "String"),
                    m("networkConfiguration", "NetworkConfiguration"),
                    m("rolloutState", "DeploymentRolloutState"),
                    m("rolloutStateReason", "String"),
                    m("serviceConnectConfiguration", "ServiceConnectConfiguration"),
                    m(
                        "serviceConnectResources",
                        "ServiceConnectServiceResourceList",
                    ),
                    m("volumeConfigurations", "ServiceVolumeConfigurations"),
                    m("fargateEphemeralStorage", "DeploymentEphemeralStorage"),
                    m("vpcLatticeConfigurations", "VpcLatticeConfigurations"),
                ],
                &[],
            ),
        ),
        s(
            "DeploymentAlarms",
            false,
            structure(
                &[
                    m("alarmNames", "StringList"),
                    m("rollback", "Boolean"),
                    m("enable", "Boolean"),
                ],
                &["alarmNames", "rollback", "enable"],
            ),
        ),
        s(
            "DeploymentCircuitBreaker",
            false,
            structure(
                &[
                    m("enable", "Boolean"),
                    m("rollback", "Boolean"),
                    m("resetOnHealthyTask", "BoxedBoolean"),
                    m("thresholdConfiguration", "ThresholdConfiguration"),
                ],
                &["enable", "rollback"],
            ),
        ),
        s(
            "DeploymentConfiguration",
            false,
            structure(
                &[
                    m("deploymentCircuitBreaker", "DeploymentCircuitBreaker"),
                    m("maximumPercent", "BoxedInteger"),
                    m("minimumHealthyPercent", "BoxedInteger"),
                    m("alarms", "DeploymentAlarms"),
                    m("strategy", "DeploymentStrategy"),
                    m("bakeTimeInMinutes", "BoxedInteger"),
                    m("lifecycleHooks", "DeploymentLifecycleHookList"),
                    m("linearConfiguration", "LinearConfiguration"),
                    m("canaryConfiguration", "CanaryConfiguration"),
                    m("earlySuccessCriteria", "DeploymentEarlySuccessCriteria"),
                ],
                &[],
            ),
        ),
        s(
            "DeploymentController",
            false,
            structure(&[m("type", "DeploymentControllerType")], &["type"]),
        ),
        s(
            "DeploymentControllerType",
            false,
            string(super::DeploymentControllerType::VALUES, None, None, None),
        ),
        s(
            "DeploymentEarlySuccessCriteria",
            false,
            structure(
                &[
                    m("enable", "Boolean"),
                    m("healthyPercent", "HealthyPercentInteger"),
                    m("sourceServiceRevisionCleanup", "ServiceRevisionCleanup"),
                ],
                &["enable"],
            ),
        ),
        s(
            "DeploymentEphemeralStorage",
            false,
            structure(&[m("kmsKeyId", "String")], &[]),
        ),
        s(
            "DeploymentLifecycleHook",
            false,
            structure(
                &[
                    m("targetType", "DeploymentLifecycleHookTargetType"),
                    m("hookTargetArn", "String"),
                    m("roleArn", "IAMRoleArn"),
                    m("lifecycleStages", "DeploymentLifecycleHookStageList"),
                    m("hookDetails", "HookDetails"),
                    m(
                        "timeoutConfiguration",
                        "DeploymentLifecycleHookTimeoutConfiguration",
                    ),
                ],
                &[],
            ),
        ),
        s(
            "DeploymentLifecycleHookAction",
            false,
            string(
                super::DeploymentLifecycleHookAction::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "DeploymentLifecycleHookDetail",
            false,
            structure(
                &[
                    m("hookId", "String"),
                    m("targetType", "DeploymentLifecycleHookTargetType"),
                    m("targetArn", "String"),
                    m("status", "DeploymentLifecycleHookStatus"),
                    m("expiresAt", "Timestamp"),
                    m("timeoutAction", "DeploymentLifecycleHookAction"),
                ],
                &[],
            ),
        ),
        s(
            "DeploymentLifecycleHookDetailList",
            false,
            list("DeploymentLifecycleHookDetail", None, None),
        ),
        s(
            "DeploymentLifecycleHookDuration",
            false,
            integer(Some(1), Some(20160)),
        ),
        s(
            "DeploymentLifecycleHookList",
            false,
            list("DeploymentLifecycleHook", None, None),
        ),
        s(
            "DeploymentLifecycleHookStage",
            false,
            string(
                super::DeploymentLifecycleHookStage::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "DeploymentLifecycleHookStageList",
            false,
            list("DeploymentLifecycleHookStage", None, None),
        ),
        s(
            "DeploymentLifecycleHookStatus",
            false,
            string(
                super::DeploymentLifecycleHookStatus::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "DeploymentLifecycleHookTargetType",
            false,
            string(
                super::DeploymentLifecycleHookTargetType::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "DeploymentLifecycleHookTimeoutConfiguration",
            false,
            structure(
                &[
                    m("timeoutInMinutes", "DeploymentLifecycleHookDuration"),
                    m("action", "DeploymentLifecycleHookAction"),
                ],
                &[],
            ),
        ),
        s(
            "DeploymentRolloutState",
            false,
            string(super::DeploymentRolloutState::VALUES, None, None, None),
        ),
        s(
            "DeploymentStrategy",
            false,
            string(super::DeploymentStrategy::VALUES, None, None, None),
        ),
        s("Deployments", false, list("Deployment", None, None)),
        s(
            "DeregisterContainerInstanceRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("containerInstance", "String"),
                    m("force", "BoxedBoolean"),
                ],
                &["containerInstance"],
            ),
        ),
        s(
            "DeregisterContainerInstanceResponse",
            false,
            structure(&[m("containerInstance", "ContainerInstance")], &[]),
        ),
        s(
            "DeregisterTaskDefinitionRequest",
            false,
            structure(&[m("taskDefinition", "String")], &["taskDefinition"]),
        ),
        s(
            "DeregisterTaskDefinitionResponse",
            false,
            structure(&[m("taskDefinition", "TaskDefinition")], &[]),
        ),
        s(
            "DescribeCapacityProvidersRequest",
            false,
            structure(
                &[
                    m("capacityProviders", "StringList"),
                    m("cluster", "String"),
                    m("include", "CapacityProviderFieldList"),
                    m("maxResults", "BoxedInteger"),
                    m("nextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeCapacityProvidersResponse",
            false,
            structure(
                &[
                    m("capacityProviders", "CapacityProviders"),
                    m("failures", "Failures"),
                    m("nextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeClustersRequest",
            false,
            structure(
                &[
                    m("clusters", "StringList"),
                    m("include", "ClusterFieldList"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeClustersResponse",
            false,
            structure(&[m("clusters", "Clusters"), m("failures", "Failures")], &[]),
        ),
        s(
            "DescribeContainerInstancesRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("containerInstances", "StringList"),
                    m("include", "ContainerInstanceFieldList"),
                ],
                &["containerInstances"],
            ),
        ),
        s(
            "DescribeContainerInstancesResponse",
            false,
            structure(
                &[
                    m("containerInstances", "ContainerInstances"),
                    m("failures", "Failures"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeDaemonDeploymentsRequest",
            false,
            structure(
                &[m("daemonDeploymentArns", "StringList")],
                &["daemonDeploymentArns"],
            ),
        ),
        s(
            "DescribeDaemonDeploymentsResponse",
            false,
            structure(
                &[
                    m("failures", "Failures"),
                    m("daemonDeployments", "DaemonDeploymentList"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeDaemonRequest",
            false,
            structure(&[m("daemonArn", "String")], &["daemonArn"]),
        ),
        s(
            "DescribeDaemonResponse",
            false,
            structure(&[m("daemon", "DaemonDetail")], &[]),
        ),
        s(
            "DescribeDaemonRevisionsRequest",
            false,
            structure(
                &[m("daemonRevisionArns", "StringList")],
                &["daemonRevisionArns"],
            ),
        ),
        s(
            "DescribeDaemonRevisionsResponse",
            false,
            structure(
                &[
                    m("daemonRevisions", "DaemonRevisions"),
                    m("failures", "Failures"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeDaemonTaskDefinitionRequest",
            false,
            structure(
                &[m("daemonTaskDefinition", "String")],
                &["daemonTaskDefinition"],
            ),
        ),
        s(
            "DescribeDaemonTaskDefinitionResponse",
            false,
            structure(&[m("daemonTaskDefinition", "DaemonTaskDefinition")], &[]),
        ),
        s(
            "DescribeExpressGatewayServiceRequest",
            false,
            structure(
                &[
                    m("serviceArn", "String"),
                    m("include", "ExpressGatewayServiceIncludeList"),
                ],
                &["serviceArn"],
            ),
        ),
        s(
            "DescribeExpressGatewayServiceResponse",
            false,
            structure(&[m("service", "ECSExpressGatewayService")], &[]),
        ),
        s(
            "DescribeGatewayAlbConfiguration",
            false,
            structure(
                &[
                    m("networkConfiguration", "GatewayElbNetworkConfiguration"),
                    m("scheme", "GatewayElbScheme"),
                    m("accessLogs", "GatewayElbAccessLogConfiguration"),
                    m("webACLArn", "String"),
                    m("port", "BoxedInteger"),
                    m("protocol", "GatewayAlbProtocol"),
                    m("maxAlbCount", "BoxedInteger"),
                    m("currentAlbCount", "BoxedInteger"),
                    m("httpDesync", "GatewayAlbDesyncMitigationMode"),
                    m("testTrafficRules", "GatewayAlbTestTrafficRules"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeGatewayConfiguration",
            false,
            K::Structure {
                members: &[m("hostSharedAlb", "DescribeGatewayAlbConfiguration")],
                required: &[],
                exception: None,
                document: false,
                union: true,
                event_stream: false,
            },
        ),
        s(
            "DescribeGatewayRequest",
            false,
            structure(&[m("gateway", "String")], &["gateway"]),
        ),
        s(
            "DescribeGatewayResourcesRequest",
            false,
            structure(
                &[
                    m("gateway", "String"),
                    m("maxResults", "BoxedInteger"),
                    m("nextToken", "String"),
                ],
                &["gateway"],
            ),
        ),
        s(
            "DescribeGatewayResourcesResponse",
            false,
            structure(
                &[
                    m("gatewayResources", "GatewayResources"),
                    m("nextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeGatewayResponse",
            false,
            structure(&[m("gateway", "Gateway")], &[]),
        ),
        s(
            "DescribeGatewayRouteRequest",
            false,
            structure(&[m("gatewayRouteArn", "String")], &["gatewayRouteArn"]),
        ),
        s(
            "DescribeGatewayRouteResponse",
            false,
            structure(&[m("gatewayRoute", "GatewayRoute")], &[]),
        ),
        s(
            "DescribeServiceDeploymentsRequest",
            false,
            structure(
                &[m("serviceDeploymentArns", "StringList")],
                &["serviceDeploymentArns"],
            ),
        ),
        s(
            "DescribeServiceDeploymentsResponse",
            false,
            structure(
                &[
                    m("serviceDeployments", "ServiceDeployments"),
                    m("failures", "Failures"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeServiceRevisionsRequest",
            false,
            structure(
                &[m("serviceRevisionArns", "StringList")],
                &["serviceRevisionArns"],
            ),
        ),
        s(
            "DescribeServiceRevisionsResponse",
            false,
            structure(
                &[
                    m("serviceRevisions", "ServiceRevisions"),
                    m("failures", "Failures"),
                ],
                &[],
            ),
        ),
        s(
            "DescribeServicesRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("services", "StringList"),
                    m("include", "ServiceFieldList"),
                ],
                &["services"],
            ),
        ),
        s(
            "DescribeServicesResponse",
            false,
            structure(&[m("services", "Services"), m("failures", "Failures")], &[]),
        ),
        s(
            "DescribeTaskDefinitionRequest",
            false,
            structure(
                &[
                    m("taskDefinition", "String"),
                    m("include", "TaskDefinitionFieldList"),
                ],
                &["taskDefinition"],
            ),
        ),
        s(
            "DescribeTaskDefinitionResponse",
            false,
            structure(
                &[m("taskDefinition", "TaskDefinition"), m("tags", "Tags")],
                &[],
            ),
        ),
        s(
            "DescribeTaskSetsRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("service", "String"),
                    m("taskSets", "StringList"),
                    m("include", "TaskSetFieldList"),
                ],
                &["cluster", "service"],
            ),
        ),
        s(
            "DescribeTaskSetsResponse",
            false,
            structure(&[m("taskSets", "TaskSets"), m("failures", "Failures")], &[]),
        ),
        s(
            "DescribeTasksRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("tasks", "StringList"),
                    m("include", "TaskFieldList"),
                ],
                &["tasks"],
            ),
        ),
        s(
            "DescribeTasksResponse",
            false,
            structure(&[m("tasks", "Tasks"), m("failures", "Failures")], &[]),
        ),
        s(
            "DesiredStatus",
            false,
            string(super::DesiredStatus::VALUES, None, None, None),
        ),
        s(
            "Device",
            false,
            structure(
                &[
                    m("hostPath", "String"),
                    m("containerPath", "String"),
                    m("permissions", "DeviceCgroupPermissions"),
                ],
                &["hostPath"],
            ),
        ),
        s(
            "DeviceCgroupPermission",
            false,
            string(super::DeviceCgroupPermission::VALUES, None, None, None),
        ),
        s(
            "DeviceCgroupPermissions",
            false,
            list("DeviceCgroupPermission", None, None),
        ),
        s("DevicesList", false, list("Device", None, None)),
        s(
            "DisassociateGatewayFromClusterRequest",
            false,
            structure(
                &[m("gateway", "String"), m("cluster", "String")],
                &["gateway", "cluster"],
            ),
        ),
        s(
            "DisassociateGatewayFromClusterResponse",
            false,
            structure(
                &[
                    m("gatewayArn", "String"),
                    m("clusterArn", "String"),
                    m("status", "GatewayClusterAssociationStatus"),
                ],
                &[],
            ),
        ),
        s(
            "DiscoverPollEndpointRequest",
            false,
            structure(
                &[m("containerInstance", "String"), m("cluster", "String")],
                &[],
            ),
        ),
        s(
            "DiscoverPollEndpointResponse",
            false,
            structure(
                &[
                    m("endpoint", "String"),
                    m("telemetryEndpoint", "String"),
                    m("serviceConnectEndpoint", "String"),
                ],
                &[],
            ),
        ),
        s(
            "DockerLabelsMap",
            false,
            map("String", "String", None, None),
        ),
        s(
            "DockerVolumeConfiguration",
            false,
            structure(
                &[
                    m("scope", "Scope"),
                    m("autoprovision", "BoxedBoolean"),
                    m("driver", "String"),
                    m("driverOpts", "StringMap"),
                    m("labels", "StringMap"),
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
        s("Duration", false, integer(Some(0), Some(2147483647))),
        s("EBSKMSKeyId", false, string(&[], None, None, None)),
        s(
            "EBSResourceType",
            false,
            string(super::EBSResourceType::VALUES, None, None, None),
        ),
        s("EBSSnapshotId", false, string(&[], None, None, None)),
        s(
            "EBSTagSpecification",
            false,
            structure(
                &[
                    m("resourceType", "EBSResourceType"),
                    m("tags", "Tags"),
                    m("propagateTags", "PropagateTags"),
                ],
                &["resourceType"],
            ),
        ),
        s(
            "EBSTagSpecifications",
            false,
            list("EBSTagSpecification", None, None),
        ),
        s("EBSVolumeType", false, string(&[], None, None, None)),
        s(
            "ECSExpressGatewayService",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("serviceName", "String"),
                    m("serviceArn", "String"),
                    m("infrastructureRoleArn", "String"),
                    m("status", "ExpressGatewayServiceStatus"),
                    m("currentDeployment", "String"),
                    m(
                        "activeConfigurations",
                        "ExpressGatewayServiceConfigurations",
                    ),
                    m("tags", "Tags"),
                    m("createdAt", "Timestamp"),
                    m("updatedAt", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "ECSManagedResources",
            false,
            structure(
                &[
                    m("ingressPaths", "ManagedIngressPaths"),
                    m("autoScaling", "ManagedAutoScaling"),
                    m("metricAlarms", "ManagedMetricAlarms"),
                    m("serviceSecurityGroups", "ManagedSecurityGroups"),
                    m("logGroups", "ManagedLogGroups"),
                    m("gatewayConnections", "GatewayConnectionList"),
                ],
                &[],
            ),
        ),
        s("ECSVolumeName", false, string(&[], None, None, None)),
        s(
            "EFSAuthorizationConfig",
            false,
            structure(
                &[
                    m("accessPointId", "String"),
                    m("iam", "EFSAuthorizationConfigIAM"),
                ],
                &[],
            ),
        ),
        s(
            "EFSAuthorizationConfigIAM",
            false,
            string(super::EFSAuthorizationConfigIAM::VALUES, None, None, None),
        ),
        s(
            "EFSTransitEncryption",
            false,
            string(super::EFSTransitEncryption::VALUES, None, None, None),
        ),
        s(
            "EFSVolumeConfiguration",
            false,
            structure(
                &[
                    m("fileSystemId", "String"),
                    m("rootDirectory", "String"),
                    m("transitEncryption", "EFSTransitEncryption"),
                    m("transitEncryptionPort", "BoxedInteger"),
                    m("authorizationConfig", "EFSAuthorizationConfig"),
                ],
                &["fileSystemId"],
            ),
        ),
        s(
            "ElbGatewayResources",
            false,
            structure(
                &[
                    m("loadBalancerArn", "String"),
                    m("listenerArn", "String"),
                    m("securityGroup", "String"),
                    m("gatewayRouteArns", "StringList"),
                ],
                &[],
            ),
        ),
        s(
            "ElbGatewayResourcesList",
            false,
            list("ElbGatewayResources", Some(0), Some(20)),
        ),
        s(
            "EnvironmentFile",
            false,
            structure(
                &[m("value", "String"), m("type", "EnvironmentFileType")],
                &["value", "type"],
            ),
        ),
        s(
            "EnvironmentFileType",
            false,
            string(super::EnvironmentFileType::VALUES, None, None, None),
        ),
        s(
            "EnvironmentFiles",
            false,
            list("EnvironmentFile", None, None),
        ),
        s(
            "EnvironmentVariables",
            true,
            list("KeyValuePair", None, None),
        ),
        s(
            "EphemeralStorage",
            false,
            structure(&[m("sizeInGiB", "Integer")], &["sizeInGiB"]),
        ),
        s(
            "ExcludedInstanceType",
            false,
            string(&[], Some(1), Some(30), Some("[a-zA-Z0-9\\.\\*\\-]+")),
        ),
        s(
            "ExcludedInstanceTypeSet",
            false,
            list("ExcludedInstanceType", Some(0), Some(400)),
        ),
        s(
            "ExecuteCommandConfiguration",
            false,
            structure(
                &[
                    m("kmsKeyId", "String"),
                    m("logging", "ExecuteCommandLogging"),
                    m("logConfiguration", "ExecuteCommandLogConfiguration"),
                ],
                &[],
            ),
        ),
        s(
            "ExecuteCommandLogConfiguration",
            false,
            structure(
                &[
                    m("cloudWatchLogGroupName", "String"),
                    m("cloudWatchEncryptionEnabled", "Boolean"),
                    m("s3BucketName", "String"),
                    m("s3EncryptionEnabled", "Boolean"),
                    m("s3KeyPrefix", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ExecuteCommandLogging",
            false,
            string(super::ExecuteCommandLogging::VALUES, None, None, None),
        ),
        s(
            "ExecuteCommandRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("container", "String"),
                    m("command", "String"),
                    m("interactive", "Boolean"),
                    m("task", "String"),
                ],
                &["command", "interactive", "task"],
            ),
        ),
        s(
            "ExecuteCommandResponse",
            false,
            structure(
                &[
                    m("clusterArn", "String"),
                    m("containerArn", "String"),
                    m("containerName", "String"),
                    m("interactive", "Boolean"),
                    m("session", "Session"),
                    m("taskArn", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ExpressCpuArchitecture",
            false,
            string(super::ExpressCpuArchitecture::VALUES, None, None, None),
        ),
        s(
            "ExpressGatewayContainer",
            false,
            structure(
                &[
                    m("image", "String"),
                    m("containerPort", "BoxedInteger"),
                    m(
                        "awsLogsConfiguration",
                        "ExpressGatewayServiceAwsLogsConfiguration",
                    ),
                    m(
                        "repositoryCredentials",
                        "ExpressGatewayRepositoryCredentials",
                    ),
                    m("command", "StringList"),
                    m("environment", "EnvironmentVariables"),
                    m("secrets", "SecretList"),
                ],
                &["image"],
            ),
        ),
        s(
            "ExpressGatewayRepositoryCredentials",
            false,
            structure(&[m("credentialsParameter", "String")], &[]),
        ),
        s(
            "ExpressGatewayScalingTarget",
            false,
            structure(
                &[
                    m("minTaskCount", "BoxedInteger"),
                    m("maxTaskCount", "BoxedInteger"),
                    m("autoScalingMetric", "ExpressGatewayServiceScalingMetric"),
                    m("autoScalingTargetValue", "BoxedInteger"),
                ],
                &[],
            ),
        ),
        s(
            "ExpressGatewayServiceAwsLogsConfiguration",
            false,
            structure(
                &[m("logGroup", "String"), m("logStreamPrefix", "String")],
                &["logGroup", "logStreamPrefix"],
            ),
        ),
        s(
            "ExpressGatewayServiceConfiguration",
            false,
            structure(
                &[
                    m("serviceRevisionArn", "String"),
                    m("executionRoleArn", "String"),
                    m("taskRoleArn", "String"),
                    m("taskDefinitionArn", "String"),
                    m("cpu", "String"),
                    m("memory", "String"),
                    m("cpuArchitecture", "ExpressCpuArchitecture"),
                    m(
                        "networkConfiguration",
                        "ExpressGatewayServiceNetworkConfiguration",
                    ),
                    m("healthCheckPath", "String"),
                    m("primaryContainer", "ExpressGatewayContainer"),
                    m("scalingTarget", "ExpressGatewayScalingTarget"),
                    m("ingressPaths", "IngressPathSummaries"),
                    m("createdAt", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "ExpressGatewayServiceConfigurations",
            false,
            list("ExpressGatewayServiceConfiguration", None, None),
        ),
        s(
            "ExpressGatewayServiceInclude",
            false,
            string(
                super::ExpressGatewayServiceInclude::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "ExpressGatewayServiceIncludeList",
            false,
            list("ExpressGatewayServiceInclude", None, None),
        ),
        s(
            "ExpressGatewayServiceNetworkConfiguration",
            false,
            structure(
                &[
                    m("securityGroups", "StringList"),
                    m("subnets", "StringList"),
                ],
                &[],
            ),
        ),
        s(
            "ExpressGatewayServiceScalingMetric",
            false,
            string(
                super::ExpressGatewayServiceScalingMetric::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "ExpressGatewayServiceStatus",
            false,
            structure(
                &[
                    m("statusCode", "ExpressGatewayServiceStatusCode"),
                    m("statusReason", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ExpressGatewayServiceStatusCode",
            false,
            string(
                super::ExpressGatewayServiceStatusCode::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "FSxWindowsFileServerAuthorizationConfig",
            false,
            structure(
                &[m("credentialsParameter", "String"), m("domain", "String")],
                &["credentialsParameter", "domain"],
            ),
        ),
        s(
            "FSxWindowsFileServerVolumeConfiguration",
            false,
            structure(
                &[
                    m("fileSystemId", "String"),
                    m("rootDirectory", "String"),
                    m(
                        "authorizationConfig",
                        "FSxWindowsFileServerAuthorizationConfig",
                    ),
                ],
                &["fileSystemId", "rootDirectory", "authorizationConfig"],
            ),
        ),
        s(
            "Failure",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("reason", "String"),
                    m("detail", "String"),
                ],
                &[],
            ),
        ),
        s("Failures", false, list("Failure", None, None)),
        s(
            "FirelensConfiguration",
            false,
            structure(
                &[
                    m("type", "FirelensConfigurationType"),
                    m("options", "FirelensConfigurationOptionsMap"),
                ],
                &["type"],
            ),
        ),
        s(
            "FirelensConfigurationOptionsMap",
            false,
            map("String", "String", None, None),
        ),
        s(
            "FirelensConfigurationType",
            false,
            string(super::FirelensConfigurationType::VALUES, None, None, None),
        ),
        s(
            "Gateway",
            false,
            structure(
                &[
                    m("gatewayArn", "String"),
                    m("name", "String"),
                    m("status", "GatewayStatus"),
                    m("statusReason", "String"),
                    m("failures", "GatewayResourceFailureList"),
                    m("infrastructureRoleArn", "String"),
                    m("deletionProtection", "BoxedBoolean"),
                    m("configuration", "DescribeGatewayConfiguration"),
                    m("accessType", "AccessType"),
                    m("propagateTags", "PropagateGatewayTags"),
                    m("tags", "Tags"),
                    m("createdAt", "Timestamp"),
                    m("updatedAt", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "GatewayAlbDesyncMitigationMode",
            false,
            string(
                super::GatewayAlbDesyncMitigationMode::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "GatewayAlbProtocol",
            false,
            string(super::GatewayAlbProtocol::VALUES, None, None, None),
        ),
        s(
            "GatewayAlbTestTrafficRules",
            false,
            structure(&[m("header", "GatewayTestTrafficHeader")], &[]),
        ),
        s(
            "GatewayClusterAssociationStatus",
            false,
            string(
                super::GatewayClusterAssociationStatus::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "GatewayClusterAssociationStatusList",
            false,
            list("GatewayClusterAssociationStatus", Some(0), Some(3)),
        ),
        s(
            "GatewayClusterAssociationSummary",
            false,
            structure(
                &[
                    m("gatewayArn", "String"),
                    m("clusterArn", "String"),
                    m("status", "GatewayClusterAssociationStatus"),
                ],
                &[],
            ),
        ),
        s(
            "GatewayClusterAssociationSummaryList",
            false,
            list("GatewayClusterAssociationSummary", None, None),
        ),
        s(
            "GatewayConfiguration",
            false,
            K::Structure {
                members: &[m("hostSharedAlb", "HostSharedAlbConfiguration")],
                required: &[],
                exception: None,
                document: false,
                union: true,
                event_stream: false,
            },
        ),
        s(
            "GatewayConnection",
            false,
            structure(
                &[
                    m("gatewayArn", "String"),
                    m("gatewayRouteArn", "String"),
                    m("portName", "String"),
                    m("serviceUrl", "String"),
                    m("accessType", "AccessType"),
                    m("status", "GatewayRouteStatus"),
                    m("resources", "GatewayConnectionResources"),
                ],
                &[],
            ),
        ),
        s(
            "GatewayConnectionAlbResources",
            false,
            structure(
                &[
                    m("acmCertificateArn", "String"),
                    m("loadBalancerArn", "String"),
                    m("loadBalancerSecurityGroupArns", "StringList"),
                    m("listenerArn", "String"),
                    m("listenerRuleArn", "String"),
                    m("testListenerRuleArn", "String"),
                    m("targetGroupArn", "String"),
                    m("alternateTargetGroupArn", "String"),
                ],
                &[],
            ),
        ),
        s(
            "GatewayConnectionAlbResourcesList",
            false,
            list("GatewayConnectionAlbResources", Some(0), Some(1)),
        ),
        s(
            "GatewayConnectionList",
            false,
            list("GatewayConnection", Some(0), Some(5)),
        ),
        s(
            "GatewayConnectionResources",
            false,
            K::Structure {
                members: &[m("hostSharedAlb", "GatewayConnectionAlbResourcesList")],
                required: &[],
                exception: None,
                document: false,
                union: true,
                event_stream: false,
            },
        ),
        s(
            "GatewayConnector",
            false,
            structure(
                &[
                    m("portName", "String"),
                    m("healthCheck", "GatewayConnectorHealthCheck"),
                    m("filters", "GatewayConnectorFilters"),
                    m("deregistrationDelay", "GatewayConnectorDeregistrationDelay"),
                ],
                &["portName"],
            ),
        ),
        s(
            "GatewayConnectorDeregistrationDelay",
            false,
            structure(
                &[m(
                    "timeoutSeconds",
                    "GatewayConnectorDeregistrationDelayTimeoutSecondsInteger",
                )],
                &[],
            ),
        ),
        s(
            "GatewayConnectorDeregistrationDelayTimeoutSecondsInteger",
            false,
            integer(Some(0), Some(3600)),
        ),
        s(
            "GatewayConnectorFilters",
            false,
            structure(&[m("accessTypes", "AccessTypeList")], &[]),
        ),
        s(
            "GatewayConnectorHealthCheck",
            false,
            structure(
                &[
                    m("healthCheckProtocol", "GatewayConnectorHealthCheckProtocol"),
                    m("healthCheckPort", "BoxedInteger"),
                    m("healthCheckPath", "String"),
                    m("healthCheckTimeoutSeconds", "BoxedInteger"),
                    m("healthCheckIntervalSeconds", "BoxedInteger"),
                    m("healthyThresholdCount", "BoxedInteger"),
                    m("unhealthyThresholdCount", "BoxedInteger"),
                    m("matcher", "GatewayConnectorHealthCheckMatcher"),
                ],
                &[],
            ),
        ),
        s(
            "GatewayConnectorHealthCheckMatcher",
            false,
            structure(&[m("httpCode", "String"), m("grpcCode", "String")], &[]),
        ),
        s(
            "GatewayConnectorHealthCheckProtocol",
            false,
            string(
                super::GatewayConnectorHealthCheckProtocol::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "GatewayConnectorList",
            false,
            list("GatewayConnector", Some(0), Some(1)),
        ),
        s(
            "GatewayElbAccessLogConfiguration",
            false,
            structure(&[m("destination", "GatewayElbAccessLogDestination")], &[]),
        ),
        s(
            "GatewayElbAccessLogDestination",
            false,
            K::Structure {
                members: &[m("s3", "GatewayElbAccessLogS3Destination")],
                required: &[],
                exception: None,
                document: false,
                union: true,
                event_stream: false,
            },
        ),
        s(
            "GatewayElbAccessLogS3Destination",
            false,
            structure(&[m("bucket", "String"), m("prefix", "String")], &["bucket"]),
        ),
        s(
            "GatewayElbIpAddressType",
            false,
            string(super::GatewayElbIpAddressType::VALUES, None, None, None),
        ),
        s(
            "GatewayElbNetworkConfiguration",
            false,
            structure(
                &[
                    m("inboundSecurityGroup", "String"),
                    m("subnets", "StringList"),
                    m("ipAddressType", "GatewayElbIpAddressType"),
                ],
                &[],
            ),
        ),
        s(
            "GatewayElbScheme",
            false,
            string(super::GatewayElbScheme::VALUES, None, None, None),
        ),
        s(
            "GatewayInfrastructureResources",
            false,
            K::Structure {
                members: &[m("hostSharedAlb", "ElbGatewayResourcesList")],
                required: &[],
                exception: None,
                document: false,
                union: true,
                event_stream: false,
            },
        ),
        s(
            "GatewayNotFoundException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "GatewayNotFoundException",
                400,
                false,
            ),
        ),
        s(
            "GatewayOperationError",
            false,
            structure(
                &[
                    m("operation", "String"),
                    m("code", "String"),
                    m("message", "String"),
                ],
                &[],
            ),
        ),
        s(
            "GatewayOperationErrorList",
            false,
            list("GatewayOperationError", Some(0), Some(5)),
        ),
        s(
            "GatewayResourceFailure",
            false,
            structure(
                &[m("arn", "String"), m("errors", "GatewayOperationErrorList")],
                &[],
            ),
        ),
        s(
            "GatewayResourceFailureList",
            false,
            list("GatewayResourceFailure", Some(0), Some(200)),
        ),
        s(
            "GatewayResources",
            false,
            structure(
                &[
                    m("gatewayArn", "String"),
                    m("resources", "GatewayInfrastructureResources"),
                ],
                &[],
            ),
        ),
        s(
            "GatewayRoute",
            false,
            structure(
                &[
                    m("gatewayRouteArn", "String"),
                    m("serviceArn", "String"),
                    m("serviceContainerPortName", "String"),
                    m("status", "GatewayRouteStatus"),
                    m("serviceUrl", "String"),
                    m("resources", "GatewayRouteResources"),
                ],
                &[],
            ),
        ),
        s(
            "GatewayRouteAlbResources",
            false,
            structure(
                &[
                    m("acmCertificateArn", "String"),
                    m("loadBalancerArn", "String"),
                    m("listenerArn", "String"),
                    m("listenerRuleArn", "String"),
                    m("testListenerRuleArns", "StringList"),
                    m(
                        "loadBalancerSecurityGroups",
                        "GatewayRouteLoadBalancerSecurityGroupList",
                    ),
                    m("serviceSecurityGroupArn", "String"),
                ],
                &[],
            ),
        ),
        s(
            "GatewayRouteAlbResourcesList",
            false,
            list("GatewayRouteAlbResources", None, None),
        ),
        s(
            "GatewayRouteLoadBalancerSecurityGroup",
            false,
            structure(&[m("arn", "String"), m("ruleArns", "StringList")], &[]),
        ),
        s(
            "GatewayRouteLoadBalancerSecurityGroupList",
            false,
            list("GatewayRouteLoadBalancerSecurityGroup", None, None),
        ),
        s(
            "GatewayRouteResources",
            false,
            K::Structure {
                members: &[m("hostSharedAlb", "GatewayRouteAlbResourcesList")],
                required: &[],
                exception: None,
                document: false,
                union: true,
                event_stream: false,
            },
        ),
        s(
            "GatewayRouteStatus",
            false,
            string(super::GatewayRouteStatus::VALUES, None, None, None),
        ),
        s(
            "GatewayRouteStatusList",
            false,
            list("GatewayRouteStatus", Some(0), Some(7)),
        ),
        s(
            "GatewayRouteSummary",
            false,
            structure(
                &[
                    m("gatewayRouteArn", "String"),
                    m("gatewayArn", "String"),
                    m("clusterArn", "String"),
                    m("serviceArn", "String"),
                    m("serviceContainerPortName", "String"),
                    m("status", "GatewayRouteStatus"),
                ],
                &[],
            ),
        ),
        s(
            "GatewayRouteSummaryList",
            false,
            list("GatewayRouteSummary", None, None),
        ),
        s(
            "GatewayStatus",
            false,
            string(super::GatewayStatus::VALUES, None, None, None),
        ),
        s(
            "GatewayStatusList",
            false,
            list("GatewayStatus", Some(0), Some(5)),
        ),
        s(
            "GatewaySummary",
            false,
            structure(
                &[
                    m("gatewayArn", "String"),
                    m("name", "String"),
                    m("status", "GatewayStatus"),
                    m("createdAt", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "GatewaySummaryList",
            false,
            list("GatewaySummary", None, None),
        ),
        s(
            "GatewayTestTrafficHeader",
            false,
            structure(
                &[m("name", "String"), m("values", "StringList")],
                &["name", "values"],
            ),
        ),
        s(
            "GetTaskProtectionRequest",
            false,
            structure(
                &[m("cluster", "String"), m("tasks", "StringList")],
                &["cluster"],
            ),
        ),
        s(
            "GetTaskProtectionResponse",
            false,
            structure(
                &[
                    m("protectedTasks", "ProtectedTasks"),
                    m("failures", "Failures"),
                ],
                &[],
            ),
        ),
        s(
            "GpuDevice",
            false,
            structure(
                &[
                    m("gpuId", "String"),
                    m("sharingMode", "GpuSharingMode"),
                    m("totalMemoryInMiB", "BoxedInteger"),
                    m("remainingMemoryInMiB", "BoxedInteger"),
                    m("containerCount", "BoxedInteger"),
                ],
                &[],
            ),
        ),
        s("GpuDevices", false, list("GpuDevice", None, None)),
        s("GpuIds", false, list("String", None, None)),
        s(
            "GpuSharingMode",
            false,
            string(super::GpuSharingMode::VALUES, None, None, None),
        ),
        s(
            "HealthCheck",
            false,
            structure(
                &[
                    m("command", "StringList"),
                    m("interval", "BoxedInteger"),
                    m("timeout", "BoxedInteger"),
                    m("retries", "BoxedInteger"),
                    m("startPeriod", "BoxedInteger"),
                ],
                &["command"],
            ),
        ),
        s(
            "HealthStatus",
            false,
            string(super::HealthStatus::VALUES, None, None, None),
        ),
        s("HealthyPercentInteger", false, integer(Some(0), Some(100))),
        s(
            "HookDetails",
            false,
            K::Structure {
                members: &[],
                required: &[],
                exception: None,
                document: true,
                union: false,
                event_stream: false,
            },
        ),
        s(
            "HostEntry",
            false,
            structure(
                &[m("hostname", "String"), m("ipAddress", "String")],
                &["hostname", "ipAddress"],
            ),
        ),
        s("HostEntryList", false, list("HostEntry", None, None)),
        s(
            "HostSharedAlbConfiguration",
            false,
            structure(
                &[
                    m("networkConfiguration", "GatewayElbNetworkConfiguration"),
                    m("scheme", "GatewayElbScheme"),
                    m("webACLArn", "String"),
                    m("accessLogs", "GatewayElbAccessLogConfiguration"),
                    m("port", "BoxedInteger"),
                    m("protocol", "GatewayAlbProtocol"),
                    m("maxAlbCount", "BoxedInteger"),
                    m("httpDesync", "GatewayAlbDesyncMitigationMode"),
                    m("testTrafficRules", "GatewayAlbTestTrafficRules"),
                ],
                &[],
            ),
        ),
        s(
            "HostVolumeProperties",
            false,
            structure(&[m("sourcePath", "String")], &[]),
        ),
        s("IAMRoleArn", false, string(&[], None, None, None)),
        s(
            "InferenceAccelerator",
            false,
            structure(
                &[m("deviceName", "String"), m("deviceType", "String")],
                &["deviceName", "deviceType"],
            ),
        ),
        s(
            "InferenceAcceleratorOverride",
            false,
            structure(&[m("deviceName", "String"), m("deviceType", "String")], &[]),
        ),
        s(
            "InferenceAcceleratorOverrides",
            false,
            list("InferenceAcceleratorOverride", None, None),
        ),
        s(
            "InferenceAccelerators",
            false,
            list("InferenceAccelerator", None, None),
        ),
        s(
            "InfrastructureOptimization",
            false,
            structure(&[m("scaleInAfter", "BoxedInteger")], &[]),
        ),
        s(
            "IngressPathSummaries",
            false,
            list("IngressPathSummary", None, None),
        ),
        s(
            "IngressPathSummary",
            false,
            structure(
                &[m("accessType", "AccessType"), m("endpoint", "String")],
                &["accessType", "endpoint"],
            ),
        ),
        s(
            "InstanceGeneration",
            false,
            string(super::InstanceGeneration::VALUES, None, None, None),
        ),
        s(
            "InstanceGenerationSet",
            false,
            list("InstanceGeneration", None, None),
        ),
        s(
            "InstanceHealthCheckResult",
            false,
            structure(
                &[
                    m("type", "InstanceHealthCheckType"),
                    m("status", "InstanceHealthCheckState"),
                    m("statusReason", "String"),
                    m("lastUpdated", "Timestamp"),
                    m("lastStatusChange", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "InstanceHealthCheckResultList",
            false,
            list("InstanceHealthCheckResult", None, None),
        ),
        s(
            "InstanceHealthCheckState",
            false,
            string(super::InstanceHealthCheckState::VALUES, None, None, None),
        ),
        s(
            "InstanceHealthCheckType",
            false,
            string(super::InstanceHealthCheckType::VALUES, None, None, None),
        ),
        s(
            "InstanceLaunchTemplate",
            false,
            structure(
                &[
                    m("ec2InstanceProfileArn", "String"),
                    m(
                        "networkConfiguration",
                        "ManagedInstancesNetworkConfiguration",
                    ),
                    m(
                        "storageConfiguration",
                        "ManagedInstancesStorageConfiguration",
                    ),
                    m(
                        "localStorageConfiguration",
                        "ManagedInstancesLocalStorageConfiguration",
                    ),
                    m("monitoring", "ManagedInstancesMonitoringOptions"),
                    m("capacityOptionType", "CapacityOptionType"),
                    m("instanceMetadataTagsPropagation", "BoxedBoolean"),
                    m("instanceRequirements", "InstanceRequirementsRequest"),
                    m("fipsEnabled", "BoxedBoolean"),
                    m("capacityReservations", "CapacityReservationRequest"),
                    m("nitroEnclavesEnabled", "BoxedBoolean"),
                ],
                &["ec2InstanceProfileArn", "networkConfiguration"],
            ),
        ),
        s(
            "InstanceLaunchTemplateUpdate",
            false,
            structure(
                &[
                    m("ec2InstanceProfileArn", "String"),
                    m(
                        "networkConfiguration",
                        "ManagedInstancesNetworkConfiguration",
                    ),
                    m(
                        "storageConfiguration",
                        "ManagedInstancesStorageConfiguration",
                    ),
                    m("instanceMetadataTagsPropagation", "BoxedBoolean"),
                    m(
                        "localStorageConfiguration",
                        "ManagedInstancesLocalStorageConfiguration",
                    ),
                    m("monitoring", "ManagedInstancesMonitoringOptions"),
                    m("instanceRequirements", "InstanceRequirementsRequest"),
                    m("capacityReservations", "CapacityReservationRequest"),
                ],
                &[],
            ),
        ),
        s(
            "InstanceRequirementsRequest",
            false,
            structure(
                &[
                    m("vCpuCount", "VCpuCountRangeRequest"),
                    m("memoryMiB", "MemoryMiBRequest"),
                    m("cpuManufacturers", "CpuManufacturerSet"),
                    m("memoryGiBPerVCpu", "MemoryGiBPerVCpuRequest"),
                    m("excludedInstanceTypes", "ExcludedInstanceTypeSet"),
                    m("instanceGenerations", "InstanceGenerationSet"),
                    m("spotMaxPricePercentageOverLowestPrice", "BoxedInteger"),
                    m("onDemandMaxPricePercentageOverLowestPrice", "BoxedInteger"),
                    m("bareMetal", "BareMetal"),
                    m("burstablePerformance", "BurstablePerformance"),
                    m("requireHibernateSupport", "BoxedBoolean"),
                    m("networkInterfaceCount", "NetworkInterfaceCountRequest"),
                    m("localStorage", "LocalStorage"),
                    m("localStorageTypes", "LocalStorageTypeSet"),
                    m("totalLocalStorageGB", "TotalLocalStorageGBRequest"),
                    m(
                        "baselineEbsBandwidthMbps",
                        "BaselineEbsBandwidthMbpsRequest",
                    ),
                    m("acceleratorTypes", "AcceleratorTypeSet"),
                    m("acceleratorCount", "AcceleratorCountRequest"),
                    m("acceleratorManufacturers", "AcceleratorManufacturerSet"),
                    m("acceleratorNames", "AcceleratorNameSet"),
                    m(
                        "acceleratorTotalMemoryMiB",
                        "AcceleratorTotalMemoryMiBRequest",
                    ),
                    m("networkBandwidthGbps", "NetworkBandwidthGbpsRequest"),
                    m("allowedInstanceTypes", "AllowedInstanceTypeSet"),
                    m(
                        "maxSpotPriceAsPercentageOfOptimalOnDemandPrice",
                        "BoxedInteger",
                    ),
                ],
                &["vCpuCount", "memoryMiB"],
            ),
        ),
        s("Integer", false, integer(None, None)),
        s("IntegerList", false, list("BoxedInteger", None, None)),
        s(
            "InvalidParameterException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "InvalidParameterException",
                400,
                false,
            ),
        ),
        s(
            "IpcMode",
            false,
            string(super::IpcMode::VALUES, None, None, None),
        ),
        s(
            "IsolationMode",
            false,
            string(super::IsolationMode::VALUES, None, None, None),
        ),
        s(
            "KernelCapabilities",
            false,
            structure(&[m("add", "StringList"), m("drop", "StringList")], &[]),
        ),
        s(
            "KeyValuePair",
            false,
            structure(&[m("name", "String"), m("value", "String")], &[]),
        ),
        s(
            "LaunchType",
            false,
            string(super::LaunchType::VALUES, None, None, None),
        ),
        s(
            "LimitExceededException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "LimitExceededException",
                400,
                false,
            ),
        ),
        s(
            "LinearConfiguration",
            false,
            structure(
                &[
                    m("stepPercent", "Double"),
                    m("stepBakeTimeInMinutes", "Integer"),
                ],
                &[],
            ),
        ),
        s(
            "LinuxParameters",
            false,
            structure(
                &[
                    m("capabilities", "KernelCapabilities"),
                    m("devices", "DevicesList"),
                    m("initProcessEnabled", "BoxedBoolean"),
                    m("sharedMemorySize", "BoxedInteger"),
                    m("tmpfs", "TmpfsList"),
                    m("maxSwap", "BoxedInteger"),
                    m("swappiness", "BoxedInteger"),
                ],
                &[],
            ),
        ),
        s(
            "ListAccountSettingsRequest",
            false,
            structure(
                &[
                    m("name", "SettingName"),
                    m("value", "String"),
                    m("principalArn", "String"),
                    m("effectiveSettings", "Boolean"),
                    m("nextToken", "String"),
                    m("maxResults", "Integer"),
                ],
                &[],
            ),
        ),
        s(
            "ListAccountSettingsResponse",
            false,
            structure(&[m("settings", "Settings"), m("nextToken", "String")], &[]),
        ),
        s(
            "ListAttributesRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("targetType", "TargetType"),
                    m("attributeName", "String"),
                    m("attributeValue", "String"),
                    m("nextToken", "String"),
                    m("maxResults", "BoxedInteger"),
                ],
                &["targetType"],
            ),
        ),
        s(
            "ListAttributesResponse",
            false,
            structure(
                &[m("attributes", "Attributes"), m("nextToken", "String")],
                &[],
            ),
        ),
        s(
            "ListClustersRequest",
            false,
            structure(
                &[m("nextToken", "String"), m("maxResults", "BoxedInteger")],
                &[],
            ),
        ),
        s(
            "ListClustersResponse",
            false,
            structure(
                &[m("clusterArns", "StringList"), m("nextToken", "String")],
                &[],
            ),
        ),
        s(
            "ListContainerInstancesRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("filter", "String"),
                    m("nextToken", "String"),
                    m("maxResults", "BoxedInteger"),
                    m("status", "ContainerInstanceStatus"),
                ],
                &[],
            ),
        ),
        s(
            "ListContainerInstancesResponse",
            false,
            structure(
                &[
                    m("containerInstanceArns", "StringList"),
                    m("nextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ListDaemonDeploymentsRequest",
            false,
            structure(
                &[
                    m("daemonArn", "String"),
                    m("status", "DaemonDeploymentStatusList"),
                    m("createdAt", "CreatedAt"),
                    m("maxResults", "BoxedInteger"),
                    m("nextToken", "String"),
                ],
                &["daemonArn"],
            ),
        ),
        s(
            "ListDaemonDeploymentsResponse",
            false,
            structure(
                &[
                    m("nextToken", "String"),
                    m("daemonDeployments", "DaemonDeploymentSummaryList"),
                ],
                &[],
            ),
        ),
        s(
            "ListDaemonTaskDefinitionsRequest",
            false,
            structure(
                &[
                    m("familyPrefix", "String"),
                    m("family", "String"),
                    m("revision", "DaemonTaskDefinitionRevisionFilter"),
                    m("status", "DaemonTaskDefinitionStatusFilter"),
                    m("sort", "SortOrder"),
                    m("nextToken", "String"),
                    m("maxResults", "BoxedInteger"),
                ],
                &[],
            ),
        ),
        s(
            "ListDaemonTaskDefinitionsResponse",
            false,
            structure(
                &[
                    m("daemonTaskDefinitions", "DaemonTaskDefinitionSummaries"),
                    m("nextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ListDaemonsRequest",
            false,
            structure(
                &[
                    m("clusterArn", "String"),
                    m("capacityProviderArns", "StringList"),
                    m("maxResults", "BoxedInteger"),
                    m("nextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ListDaemonsResponse",
            false,
            structure(
                &[
                    m("daemonSummariesList", "DaemonSummariesList"),
                    m("nextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ListGatewayClusterAssociationsRequest",
            false,
            structure(
                &[
                    m("gateway", "String"),
                    m("cluster", "String"),
                    m("status", "GatewayClusterAssociationStatusList"),
                    m("maxResults", "BoxedInteger"),
                    m("nextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ListGatewayClusterAssociationsResponse",
            false,
            structure(
                &[
                    m(
                        "gatewayClusterAssociations",
                        "GatewayClusterAssociationSummaryList",
                    ),
                    m("nextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ListGatewayRoutesRequest",
            false,
            structure(
                &[
                    m("gateway", "String"),
                    m("cluster", "String"),
                    m("service", "String"),
                    m("serviceContainerPortName", "String"),
                    m("status", "GatewayRouteStatusList"),
                    m("maxResults", "BoxedInteger"),
                    m("nextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ListGatewayRoutesResponse",
            false,
            structure(
                &[
                    m("gatewayRoutes", "GatewayRouteSummaryList"),
                    m("nextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ListGatewaysRequest",
            false,
            structure(
                &[
                    m("names", "StringList"),
                    m("status", "GatewayStatusList"),
                    m("maxResults", "BoxedInteger"),
                    m("nextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ListGatewaysResponse",
            false,
            structure(
                &[
                    m("gateways", "GatewaySummaryList"),
                    m("nextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ListServiceDeploymentsRequest",
            false,
            structure(
                &[
                    m("service", "String"),
                    m("cluster", "String"),
                    m("status", "ServiceDeploymentStatusList"),
                    m("createdAt", "CreatedAt"),
                    m("nextToken", "String"),
                    m("maxResults", "BoxedInteger"),
                ],
                &["service"],
            ),
        ),
        s(
            "ListServiceDeploymentsResponse",
            false,
            structure(
                &[
                    m("serviceDeployments", "ServiceDeploymentsBrief"),
                    m("nextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ListServicesByNamespaceRequest",
            false,
            structure(
                &[
                    m("namespace", "String"),
                    m("nextToken", "String"),
                    m("maxResults", "BoxedInteger"),
                ],
                &["namespace"],
            ),
        ),
        s(
            "ListServicesByNamespaceResponse",
            false,
            structure(
                &[m("serviceArns", "StringList"), m("nextToken", "String")],
                &[],
            ),
        ),
        s(
            "ListServicesRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("nextToken", "String"),
                    m("maxResults", "BoxedInteger"),
                    m("launchType", "LaunchType"),
                    m("schedulingStrategy", "SchedulingStrategy"),
                    m("resourceManagementType", "ResourceManagementType"),
                ],
                &[],
            ),
        ),
        s(
            "ListServicesResponse",
            false,
            structure(
                &[m("serviceArns", "StringList"), m("nextToken", "String")],
                &[],
            ),
        ),
        s(
            "ListTagsForResourceRequest",
            false,
            structure(&[m("resourceArn", "String")], &["resourceArn"]),
        ),
        s(
            "ListTagsForResourceResponse",
            false,
            structure(&[m("tags", "Tags")], &[]),
        ),
        s(
            "ListTaskDefinitionFamiliesRequest",
            false,
            structure(
                &[
                    m("familyPrefix", "String"),
                    m("status", "TaskDefinitionFamilyStatus"),
                    m("nextToken", "String"),
                    m("maxResults", "BoxedInteger"),
                ],
                &[],
            ),
        ),
        s(
            "ListTaskDefinitionFamiliesResponse",
            false,
            structure(
                &[m("families", "StringList"), m("nextToken", "String")],
                &[],
            ),
        ),
        s(
            "ListTaskDefinitionsRequest",
            false,
            structure(
                &[
                    m("familyPrefix", "String"),
                    m("status", "TaskDefinitionStatus"),
                    m("sort", "SortOrder"),
                    m("nextToken", "String"),
                    m("maxResults", "BoxedInteger"),
                ],
                &[],
            ),
        ),
        s(
            "ListTaskDefinitionsResponse",
            false,
            structure(
                &[
                    m("taskDefinitionArns", "StringList"),
                    m("nextToken", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ListTasksRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("containerInstance", "String"),
                    m("family", "String"),
                    m("nextToken", "String"),
                    m("maxResults", "BoxedInteger"),
                    m("startedBy", "String"),
                    m("serviceName", "String"),
                    m("desiredStatus", "DesiredStatus"),
                    m("launchType", "LaunchType"),
                    m("daemonName", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ListTasksResponse",
            false,
            structure(
                &[m("taskArns", "StringList"), m("nextToken", "String")],
                &[],
            ),
        ),
        s(
            "LoadBalancer",
            false,
            structure(
                &[
                    m("targetGroupArn", "String"),
                    m("loadBalancerName", "String"),
                    m("containerName", "String"),
                    m("containerPort", "BoxedInteger"),
                    m("advancedConfiguration", "AdvancedConfiguration"),
                ],
                &[],
            ),
        ),
        s("LoadBalancers", false, list("LoadBalancer", None, None)),
        s(
            "LocalStorage",
            false,
            string(super::LocalStorage::VALUES, None, None, None),
        ),
        s(
            "LocalStorageType",
            false,
            string(super::LocalStorageType::VALUES, None, None, None),
        ),
        s(
            "LocalStorageTypeSet",
            false,
            list("LocalStorageType", None, None),
        ),
        s(
            "LogConfiguration",
            false,
            structure(
                &[
                    m("logDriver", "LogDriver"),
                    m("options", "LogConfigurationOptionsMap"),
                    m("secretOptions", "SecretList"),
                ],
                &["logDriver"],
            ),
        ),
        s(
            "LogConfigurationOptionsMap",
            false,
            map("String", "String", None, None),
        ),
        s(
            "LogDriver",
            false,
            string(super::LogDriver::VALUES, None, None, None),
        ),
        s(
            "LogDriverVolumeConfiguration",
            false,
            structure(&[m("driver", "LogDriver")], &["driver"]),
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
            "ManagedAgent",
            false,
            structure(
                &[
                    m("lastStartedAt", "Timestamp"),
                    m("name", "ManagedAgentName"),
                    m("reason", "String"),
                    m("lastStatus", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ManagedAgentName",
            false,
            string(super::ManagedAgentName::VALUES, None, None, None),
        ),
        s(
            "ManagedAgentStateChange",
            false,
            structure(
                &[
                    m("containerName", "String"),
                    m("managedAgentName", "ManagedAgentName"),
                    m("status", "String"),
                    m("reason", "String"),
                ],
                &["containerName", "managedAgentName", "status"],
            ),
        ),
        s(
            "ManagedAgentStateChanges",
            false,
            list("ManagedAgentStateChange", None, None),
        ),
        s("ManagedAgents", false, list("ManagedAgent", None, None)),
        s(
            "ManagedApplicationAutoScalingPolicies",
            false,
            list("ManagedApplicationAutoScalingPolicy", None, None),
        ),
        s(
            "ManagedApplicationAutoScalingPolicy",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("status", "ManagedResourceStatus"),
                    m("statusReason", "String"),
                    m("updatedAt", "Timestamp"),
                    m("policyType", "String"),
                    m("targetValue", "Double"),
                    m("metric", "String"),
                ],
                &["status", "updatedAt", "policyType", "targetValue", "metric"],
            ),
        ),
        s(
            "ManagedAutoScaling",
            false,
            structure(
                &[
                    m("scalableTarget", "ManagedScalableTarget"),
                    m(
                        "applicationAutoScalingPolicies",
                        "ManagedApplicationAutoScalingPolicies",
                    ),
                ],
                &[],
            ),
        ),
        s(
            "ManagedCertificate",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("status", "ManagedResourceStatus"),
                    m("statusReason", "String"),
                    m("updatedAt", "Timestamp"),
                    m("domainName", "String"),
                ],
                &["status", "updatedAt", "domainName"],
            ),
        ),
        s(
            "ManagedDraining",
            false,
            string(super::ManagedDraining::VALUES, None, None, None),
        ),
        s(
            "ManagedIngressPath",
            false,
            structure(
                &[
                    m("accessType", "AccessType"),
                    m("endpoint", "String"),
                    m("loadBalancer", "ManagedLoadBalancer"),
                    m("loadBalancerSecurityGroups", "ManagedSecurityGroups"),
                    m("certificate", "ManagedCertificate"),
                    m("listener", "ManagedListener"),
                    m("rule", "ManagedListenerRule"),
                    m("targetGroups", "ManagedTargetGroups"),
                ],
                &["accessType", "endpoint"],
            ),
        ),
        s(
            "ManagedIngressPaths",
            false,
            list("ManagedIngressPath", None, None),
        ),
        s(
            "ManagedInstancesLocalStorageConfiguration",
            false,
            structure(&[m("useLocalStorage", "Boolean")], &[]),
        ),
        s(
            "ManagedInstancesMonitoringOptions",
            false,
            string(
                super::ManagedInstancesMonitoringOptions::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "ManagedInstancesNetworkConfiguration",
            false,
            structure(
                &[
                    m("subnets", "StringList"),
                    m("securityGroups", "StringList"),
                ],
                &[],
            ),
        ),
        s(
            "ManagedInstancesProvider",
            false,
            structure(
                &[
                    m("infrastructureRoleArn", "String"),
                    m("instanceLaunchTemplate", "InstanceLaunchTemplate"),
                    m("propagateTags", "PropagateMITags"),
                    m("infrastructureOptimization", "InfrastructureOptimization"),
                    m("autoRepairConfiguration", "AutoRepairConfiguration"),
                ],
                &[],
            ),
        ),
        s(
            "ManagedInstancesStorageConfiguration",
            false,
            structure(&[m("storageSizeGiB", "TaskVolumeStorageGiB")], &[]),
        ),
        s(
            "ManagedListener",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("status", "ManagedResourceStatus"),
                    m("statusReason", "String"),
                    m("updatedAt", "Timestamp"),
                ],
                &["status", "updatedAt"],
            ),
        ),
        s(
            "ManagedListenerRule",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("status", "ManagedResourceStatus"),
                    m("statusReason", "String"),
                    m("updatedAt", "Timestamp"),
                ],
                &["status", "updatedAt"],
            ),
        ),
        s(
            "ManagedLoadBalancer",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("status", "ManagedResourceStatus"),
                    m("statusReason", "String"),
                    m("updatedAt", "Timestamp"),
                    m("scheme", "String"),
                    m("subnetIds", "StringList"),
                    m("securityGroupIds", "StringList"),
                ],
                &["status", "updatedAt", "scheme"],
            ),
        ),
        s(
            "ManagedLogGroup",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("status", "ManagedResourceStatus"),
                    m("statusReason", "String"),
                    m("updatedAt", "Timestamp"),
                    m("logGroupName", "String"),
                ],
                &["status", "updatedAt", "logGroupName"],
            ),
        ),
        s(
            "ManagedLogGroups",
            false,
            list("ManagedLogGroup", None, None),
        ),
        s(
            "ManagedMetricAlarm",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("status", "ManagedResourceStatus"),
                    m("statusReason", "String"),
                    m("updatedAt", "Timestamp"),
                ],
                &["status", "updatedAt"],
            ),
        ),
        s(
            "ManagedMetricAlarms",
            false,
            list("ManagedMetricAlarm", None, None),
        ),
        s(
            "ManagedResourceStatus",
            false,
            string(super::ManagedResourceStatus::VALUES, None, None, None),
        ),
        s(
            "ManagedScalableTarget",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("status", "ManagedResourceStatus"),
                    m("statusReason", "String"),
                    m("updatedAt", "Timestamp"),
                    m("minCapacity", "Integer"),
                    m("maxCapacity", "Integer"),
                ],
                &["status", "updatedAt", "minCapacity", "maxCapacity"],
            ),
        ),
        s(
            "ManagedScaling",
            false,
            structure(
                &[
                    m("status", "ManagedScalingStatus"),
                    m("targetCapacity", "ManagedScalingTargetCapacity"),
                    m("minimumScalingStepSize", "ManagedScalingStepSize"),
                    m("maximumScalingStepSize", "ManagedScalingStepSize"),
                    m("instanceWarmupPeriod", "ManagedScalingInstanceWarmupPeriod"),
                ],
                &[],
            ),
        ),
        s(
            "ManagedScalingInstanceWarmupPeriod",
            false,
            integer(Some(0), Some(10000)),
        ),
        s(
            "ManagedScalingStatus",
            false,
            string(super::ManagedScalingStatus::VALUES, None, None, None),
        ),
        s(
            "ManagedScalingStepSize",
            false,
            integer(Some(1), Some(10000)),
        ),
        s(
            "ManagedScalingTargetCapacity",
            false,
            integer(Some(1), Some(100)),
        ),
        s(
            "ManagedSecurityGroup",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("status", "ManagedResourceStatus"),
                    m("statusReason", "String"),
                    m("updatedAt", "Timestamp"),
                ],
                &["status", "updatedAt"],
            ),
        ),
        s(
            "ManagedSecurityGroups",
            false,
            list("ManagedSecurityGroup", None, None),
        ),
        s(
            "ManagedStorageConfiguration",
            false,
            structure(
                &[
                    m("kmsKeyId", "String"),
                    m("fargateEphemeralStorageKmsKeyId", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ManagedTargetGroup",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("status", "ManagedResourceStatus"),
                    m("statusReason", "String"),
                    m("updatedAt", "Timestamp"),
                    m("healthCheckPath", "String"),
                    m("healthCheckPort", "Integer"),
                    m("port", "Integer"),
                ],
                &[
                    "status",
                    "updatedAt",
                    "healthCheckPath",
                    "healthCheckPort",
                    "port",
                ],
            ),
        ),
        s(
            "ManagedTargetGroups",
            false,
            list("ManagedTargetGroup", None, None),
        ),
        s(
            "ManagedTerminationProtection",
            false,
            string(
                super::ManagedTerminationProtection::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "MemoryGiBPerVCpuRequest",
            false,
            structure(&[m("min", "BoxedDouble"), m("max", "BoxedDouble")], &[]),
        ),
        s(
            "MemoryMiBRequest",
            false,
            structure(
                &[m("min", "BoxedInteger"), m("max", "BoxedInteger")],
                &["min"],
            ),
        ),
        s(
            "MetricConfiguration",
            false,
            structure(
                &[
                    m("metricNames", "MetricNamesList"),
                    m("resolutionSeconds", "MetricResolutionSeconds"),
                ],
                &["metricNames", "resolutionSeconds"],
            ),
        ),
        s(
            "MetricConfigurationList",
            false,
            list("MetricConfiguration", Some(0), Some(5)),
        ),
        s("MetricName", false, string(&[], Some(1), Some(255), None)),
        s(
            "MetricNamesList",
            false,
            list("MetricName", Some(1), Some(5)),
        ),
        s(
            "MetricResolutionSeconds",
            false,
            integer(Some(20), Some(60)),
        ),
        s(
            "MissingVersionException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "MissingVersionException",
                400,
                false,
            ),
        ),
        s(
            "MonitoringConfiguration",
            false,
            structure(&[m("metricConfigurations", "MetricConfigurationList")], &[]),
        ),
        s(
            "MountPoint",
            false,
            structure(
                &[
                    m("sourceVolume", "String"),
                    m("containerPath", "String"),
                    m("readOnly", "BoxedBoolean"),
                ],
                &[],
            ),
        ),
        s("MountPointList", false, list("MountPoint", None, None)),
        s(
            "NamespaceNotFoundException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "NamespaceNotFoundException",
                400,
                false,
            ),
        ),
        s(
            "NetworkBandwidthGbpsRequest",
            false,
            structure(&[m("min", "BoxedDouble"), m("max", "BoxedDouble")], &[]),
        ),
        s(
            "NetworkBinding",
            false,
            structure(
                &[
                    m("bindIP", "String"),
                    m("containerPort", "BoxedInteger"),
                    m("hostPort", "BoxedInteger"),
                    m("protocol", "TransportProtocol"),
                    m("containerPortRange", "String"),
                    m("hostPortRange", "String"),
                ],
                &[],
            ),
        ),
        s("NetworkBindings", false, list("NetworkBinding", None, None)),
        s(
            "NetworkConfiguration",
            false,
            structure(&[m("awsvpcConfiguration", "AwsVpcConfiguration")], &[]),
        ),
        s(
            "NetworkInterface",
            false,
            structure(
                &[
                    m("attachmentId", "String"),
                    m("privateIpv4Address", "String"),
                    m("ipv6Address", "String"),
                ],
                &[],
            ),
        ),
        s(
            "NetworkInterfaceCountRequest",
            false,
            structure(&[m("min", "BoxedInteger"), m("max", "BoxedInteger")], &[]),
        ),
        s(
            "NetworkInterfaces",
            false,
            list("NetworkInterface", None, None),
        ),
        s(
            "NetworkMode",
            false,
            string(super::NetworkMode::VALUES, None, None, None),
        ),
        s("NeuronDeviceIds", false, list("String", None, None)),
        s(
            "NoUpdateAvailableException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "NoUpdateAvailableException",
                400,
                false,
            ),
        ),
        s(
            "NvidiaMpsAllocation",
            false,
            structure(
                &[
                    m("memory", "NvidiaMpsAllocationMemoryInteger"),
                    m(
                        "maxComputePercent",
                        "NvidiaMpsAllocationMaxComputePercentInteger",
                    ),
                ],
                &["memory"],
            ),
        ),
        s(
            "NvidiaMpsAllocationMaxComputePercentInteger",
            false,
            integer(Some(1), Some(100)),
        ),
        s(
            "NvidiaMpsAllocationMemoryInteger",
            false,
            integer(Some(1), None),
        ),
        s(
            "OSFamily",
            false,
            string(super::OSFamily::VALUES, None, None, None),
        ),
        s(
            "PidMode",
            false,
            string(super::PidMode::VALUES, None, None, None),
        ),
        s(
            "PlacementConstraint",
            false,
            structure(
                &[
                    m("type", "PlacementConstraintType"),
                    m("expression", "String"),
                ],
                &[],
            ),
        ),
        s(
            "PlacementConstraintType",
            false,
            string(super::PlacementConstraintType::VALUES, None, None, None),
        ),
        s(
            "PlacementConstraints",
            false,
            list("PlacementConstraint", None, None),
        ),
        s(
            "PlacementStrategies",
            false,
            list("PlacementStrategy", None, None),
        ),
        s(
            "PlacementStrategy",
            false,
            structure(
                &[m("type", "PlacementStrategyType"), m("field", "String")],
                &[],
            ),
        ),
        s(
            "PlacementStrategyType",
            false,
            string(super::PlacementStrategyType::VALUES, None, None, None),
        ),
        s(
            "PlatformDevice",
            false,
            structure(
                &[m("id", "String"), m("type", "PlatformDeviceType")],
                &["id", "type"],
            ),
        ),
        s(
            "PlatformDeviceType",
            false,
            string(super::PlatformDeviceType::VALUES, None, None, None),
        ),
        s("PlatformDevices", false, list("PlatformDevice", None, None)),
        s(
            "PlatformTaskDefinitionIncompatibilityException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "PlatformTaskDefinitionIncompatibilityException",
                400,
                false,
            ),
        ),
        s(
            "PlatformUnknownException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "PlatformUnknownException",
                400,
                false,
            ),
        ),
        s(
            "PortMapping",
            false,
            structure(
                &[
                    m("containerPort", "BoxedInteger"),
                    m("hostPort", "BoxedInteger"),
                    m("protocol", "TransportProtocol"),
                    m("name", "String"),
                    m("appProtocol", "ApplicationProtocol"),
                    m("containerPortRange", "String"),
                ],
                &[],
            ),
        ),
        s("PortMappingList", false, list("PortMapping", None, None)),
        s("PortNumber", false, integer(Some(0), Some(65535))),
        s(
            "PropagateGatewayTags",
            false,
            string(super::PropagateGatewayTags::VALUES, None, None, None),
        ),
        s(
            "PropagateMITags",
            false,
            string(super::PropagateMITags::VALUES, None, None, None),
        ),
        s(
            "PropagateTags",
            false,
            string(super::PropagateTags::VALUES, None, None, None),
        ),
        s(
            "ProtectedTask",
            false,
            structure(
                &[
                    m("taskArn", "String"),
                    m("protectionEnabled", "Boolean"),
                    m("expirationDate", "Timestamp"),
                ],
                &[],
            ),
        ),
        s("ProtectedTasks", false, list("ProtectedTask", None, None)),
        s(
            "ProxyConfiguration",
            false,
            structure(
                &[
                    m("type", "ProxyConfigurationType"),
                    m("containerName", "String"),
                    m("properties", "ProxyConfigurationProperties"),
                ],
                &["containerName"],
            ),
        ),
        s(
            "ProxyConfigurationProperties",
            false,
            list("KeyValuePair", None, None),
        ),
        s(
            "ProxyConfigurationType",
            false,
            string(super::ProxyConfigurationType::VALUES, None, None, None),
        ),
        s(
            "PutAccountSettingDefaultRequest",
            false,
            structure(
                &[m("name", "SettingName"), m("value", "String")],
                &["name", "value"],
            ),
        ),
        s(
            "PutAccountSettingDefaultResponse",
            false,
            structure(&[m("setting", "Setting")], &[]),
        ),
        s(
            "PutAccountSettingRequest",
            false,
            structure(
                &[
                    m("name", "SettingName"),
                    m("value", "String"),
                    m("principalArn", "String"),
                ],
                &["name", "value"],
            ),
        ),
        s(
            "PutAccountSettingResponse",
            false,
            structure(&[m("setting", "Setting")], &[]),
        ),
        s(
            "PutAttributesRequest",
            false,
            structure(
                &[m("cluster", "String"), m("attributes", "Attributes")],
                &["attributes"],
            ),
        ),
        s(
            "PutAttributesResponse",
            false,
            structure(&[m("attributes", "Attributes")], &[]),
        ),
        s(
            "PutClusterCapacityProvidersRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("capacityProviders", "StringList"),
                    m(
                        "defaultCapacityProviderStrategy",
                        "CapacityProviderStrategy",
                    ),
                ],
                &[
                    "cluster",
                    "capacityProviders",
                    "defaultCapacityProviderStrategy",
                ],
            ),
        ),
        s(
            "PutClusterCapacityProvidersResponse",
            false,
            structure(&[m("cluster", "Cluster")], &[]),
        ),
        s(
            "RegisterContainerInstanceRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("instanceIdentityDocument", "String"),
                    m("instanceIdentityDocumentSignature", "String"),
                    m("totalResources", "Resources"),
                    m("versionInfo", "VersionInfo"),
                    m("containerInstanceArn", "String"),
                    m("attributes", "Attributes"),
                    m("platformDevices", "PlatformDevices"),
                    m("tags", "Tags"),
                ],
                &[],
            ),
        ),
        s(
            "RegisterContainerInstanceResponse",
            false,
            structure(&[m("containerInstance", "ContainerInstance")], &[]),
        ),
        s(
            "RegisterDaemonTaskDefinitionRequest",
            false,
            structure(
                &[
                    m("family", "String"),
                    m("taskRoleArn", "String"),
                    m("executionRoleArn", "String"),
                    m("containerDefinitions", "DaemonContainerDefinitionList"),
                    m("cpu", "String"),
                    m("memory", "String"),
                    m("volumes", "DaemonVolumeList"),
                    m("tags", "Tags"),
                    m("pidMode", "DaemonPidMode"),
                    m("ipcMode", "DaemonIpcMode"),
                ],
                &["family", "containerDefinitions"],
            ),
        ),
        s(
            "RegisterDaemonTaskDefinitionResponse",
            false,
            structure(&[m("daemonTaskDefinitionArn", "String")], &[]),
        ),
        s(
            "RegisterTaskDefinitionRequest",
            false,
            structure(
                &[
                    m("family", "String"),
                    m("taskRoleArn", "String"),
                    m("executionRoleArn", "String"),
                    m("networkMode", "NetworkMode"),
                    m("containerDefinitions", "ContainerDefinitions"),
                    m("volumes", "VolumeList"),
                    m("placementConstraints", "TaskDefinitionPlacementConstraints"),
                    m("requiresCompatibilities", "CompatibilityList"),
                    m("cpu", "String"),
                    m("memory", "String"),
                    m("tags", "Tags"),
                    m("pidMode", "PidMode"),
                    m("ipcMode", "IpcMode"),
                    m("proxyConfiguration", "ProxyConfiguration"),
                    m("inferenceAccelerators", "InferenceAccelerators"),
                    m("ephemeralStorage", "EphemeralStorage"),
                    m("runtimePlatform", "RuntimePlatform"),
                    m("enableFaultInjection", "BoxedBoolean"),
                    m(
                        "trustedExecutionConfiguration",
                        "TrustedExecutionConfiguration",
                    ),
                ],
                &["family", "containerDefinitions"],
            ),
        ),
        s(
            "RegisterTaskDefinitionResponse",
            false,
            structure(
                &[m("taskDefinition", "TaskDefinition"), m("tags", "Tags")],
                &[],
            ),
        ),
        s(
            "RepositoryCredentials",
            true,
            structure(
                &[m("credentialsParameter", "String")],
                &["credentialsParameter"],
            ),
        ),
        s("RequiresAttributes", false, list("Attribute", None, None)),
        s(
            "ResolvedConfiguration",
            false,
            structure(
                &[
                    m("loadBalancers", "ServiceRevisionLoadBalancers"),
                    m(
                        "vpcLatticeConfigurations",
                        "ServiceRevisionVpcLatticeConfigurations",
                    ),
                ],
                &[],
            ),
        ),
        s(
            "Resource",
            false,
            structure(
                &[
                    m("name", "String"),
                    m("type", "String"),
                    m("doubleValue", "Double"),
                    m("longValue", "Long"),
                    m("integerValue", "Integer"),
                    m("stringSetValue", "StringList"),
                ],
                &[],
            ),
        ),
        s("ResourceIds", false, list("String", None, None)),
        s(
            "ResourceInUseException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "ResourceInUseException",
                400,
                false,
            ),
        ),
        s(
            "ResourceManagementType",
            false,
            string(super::ResourceManagementType::VALUES, None, None, None),
        ),
        s(
            "ResourceNotFoundException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "ResourceNotFoundException",
                400,
                false,
            ),
        ),
        s(
            "ResourceRequirement",
            false,
            structure(
                &[
                    m("value", "String"),
                    m("type", "ResourceType"),
                    m("sharingStrategy", "SharingStrategy"),
                ],
                &["type"],
            ),
        ),
        s(
            "ResourceRequirements",
            false,
            list("ResourceRequirement", None, None),
        ),
        s(
            "ResourceType",
            false,
            string(super::ResourceType::VALUES, None, None, None),
        ),
        s("Resources", false, list("Resource", None, None)),
        s(
            "Rollback",
            false,
            structure(
                &[
                    m("reason", "String"),
                    m("startedAt", "Timestamp"),
                    m("serviceRevisionArn", "String"),
                ],
                &[],
            ),
        ),
        s(
            "RunTaskRequest",
            false,
            structure(
                &[
                    m("capacityProviderStrategy", "CapacityProviderStrategy"),
                    m("cluster", "String"),
                    m("count", "BoxedInteger"),
                    m("enableECSManagedTags", "Boolean"),
                    m("enableExecuteCommand", "Boolean"),
                    m("group", "String"),
                    m("launchType", "LaunchType"),
                    m("networkConfiguration", "NetworkConfiguration"),
                    m("overrides", "TaskOverride"),
                    m("placementConstraints", "PlacementConstraints"),
                    m("placementStrategy", "PlacementStrategies"),
                    m("platformVersion", "String"),
                    m("propagateTags", "PropagateTags"),
                    m("referenceId", "String"),
                    m("startedBy", "String"),
                    m("tags", "Tags"),
                    m("taskDefinition", "String"),
                    m("clientToken", "String"),
                    m("volumeConfigurations", "TaskVolumeConfigurations"),
                ],
                &["taskDefinition"],
            ),
        ),
        s(
            "RunTaskResponse",
            false,
            structure(&[m("tasks", "Tasks"), m("failures", "Failures")], &[]),
        ),
        s(
            "RuntimePlatform",
            false,
            structure(
                &[
                    m("cpuArchitecture", "CPUArchitecture"),
                    m("operatingSystemFamily", "OSFamily"),
                ],
                &[],
            ),
        ),
        s(
            "RuntimePlatformOverride",
            false,
            structure(&[m("cpuArchitecture", "String")], &[]),
        ),
        s(
            "S3FilesVolumeConfiguration",
            false,
            structure(
                &[
                    m("fileSystemArn", "String"),
                    m("rootDirectory", "String"),
                    m("transitEncryptionPort", "BoxedInteger"),
                    m("accessPointArn", "String"),
                ],
                &["fileSystemArn"],
            ),
        ),
        s(
            "Scale",
            false,
            structure(&[m("value", "Double"), m("unit", "ScaleUnit")], &[]),
        ),
        s(
            "ScaleUnit",
            false,
            string(super::ScaleUnit::VALUES, None, None, None),
        ),
        s(
            "SchedulingStrategy",
            false,
            string(super::SchedulingStrategy::VALUES, None, None, None),
        ),
        s(
            "Scope",
            false,
            string(super::Scope::VALUES, None, None, None),
        ),
        s(
            "Secret",
            false,
            structure(
                &[m("name", "String"), m("valueFrom", "String")],
                &["name", "valueFrom"],
            ),
        ),
        s("SecretList", false, list("Secret", None, None)),
        s("SensitiveString", true, string(&[], None, None, None)),
        s(
            "ServerException",
            false,
            exception(&[m("message", "String")], &[], "ServerException", 500, true),
        ),
        s(
            "Service",
            false,
            structure(
                &[
                    m("serviceArn", "String"),
                    m("serviceName", "String"),
                    m("clusterArn", "String"),
                    m("loadBalancers", "LoadBalancers"),
                    m("serviceRegistries", "ServiceRegistries"),
                    m("status", "String"),
                    m("desiredCount", "Integer"),
                    m("runningCount", "Integer"),
                    m("pendingCount", "Integer"),
                    m("launchType", "LaunchType"),
                    m("capacityProviderStrategy", "CapacityProviderStrategy"),
                    m("platformVersion", "String"),
                    m("platformFamily", "String"),
                    m("taskDefinition", "String"),
                    m("deploymentConfiguration", "DeploymentConfiguration"),
                    m("taskSets", "TaskSets"),
                    m("deployments", "Deployments"),
                    m("roleArn", "String"),
                    m("events", "ServiceEvents"),
                    m("createdAt", "Timestamp"),
                    m("currentServiceDeployment", "String"),
                    m(
                        "currentServiceRevisions",
                        "ServiceCurrentRevisionSummaryList",
                    ),
                    m("placementConstraints", "PlacementConstraints"),
                    m("placementStrategy", "PlacementStrategies"),
                    m("networkConfiguration", "NetworkConfiguration"),
                    m("healthCheckGracePeriodSeconds", "BoxedInteger"),
                    m("schedulingStrategy", "SchedulingStrategy"),
                    m("deploymentController", "DeploymentController"),
                    m("tags", "Tags"),
                    m("createdBy", "String"),
                    m("enableECSManagedTags", "Boolean"),
                    m("propagateTags", "PropagateTags"),
                    m("enableExecuteCommand", "Boolean"),
                    m("availabilityZoneRebalancing", "AvailabilityZoneRebalancing"),
                    m("resourceManagementType", "ResourceManagementType"),
                ],
                &[],
            ),
        ),
        s(
            "ServiceConnectAccessLogConfiguration",
            false,
            structure(
                &[
                    m("format", "ServiceConnectAccessLoggingFormat"),
                    m(
                        "includeQueryParameters",
                        "ServiceConnectIncludeQueryParameters",
                    ),
                ],
                &["format"],
            ),
        ),
        s(
            "ServiceConnectAccessLoggingFormat",
            false,
            string(
                super::ServiceConnectAccessLoggingFormat::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "ServiceConnectClientAlias",
            false,
            structure(
                &[
                    m("port", "PortNumber"),
                    m("dnsName", "String"),
                    m("testTrafficRules", "ServiceConnectTestTrafficRules"),
                ],
                &["port"],
            ),
        ),
        s(
            "ServiceConnectClientAliasList",
            false,
            list("ServiceConnectClientAlias", None, None),
        ),
        s(
            "ServiceConnectConfiguration",
            false,
            structure(
                &[
                    m("enabled", "Boolean"),
                    m("namespace", "String"),
                    m("services", "ServiceConnectServiceList"),
                    m("logConfiguration", "LogConfiguration"),
                    m(
                        "accessLogConfiguration",
                        "ServiceConnectAccessLogConfiguration",
                    ),
                    m(
                        "containerConfigurations",
                        "ServiceConnectContainerConfigurations",
                    ),
                ],
                &["enabled"],
            ),
        ),
        s(
            "ServiceConnectContainerConfiguration",
            false,
            K::Structure {
                members: &[m("logLevel", "ServiceConnectContainerLogLevel")],
                required: &[],
                exception: None,
                document: false,
                union: true,
                event_stream: false,
            },
        ),
        s(
            "ServiceConnectContainerConfigurations",
            false,
            list("ServiceConnectContainerConfiguration", Some(0), Some(10)),
        ),
        s(
            "ServiceConnectContainerLogLevel",
            false,
            string(
                super::ServiceConnectContainerLogLevel::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "ServiceConnectIncludeQueryParameters",
            false,
            string(
                super::ServiceConnectIncludeQueryParameters::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "ServiceConnectService",
            false,
            structure(
                &[
                    m("portName", "String"),
                    m("discoveryName", "String"),
                    m("clientAliases", "ServiceConnectClientAliasList"),
                    m("ingressPortOverride", "PortNumber"),
                    m("timeout", "TimeoutConfiguration"),
                    m("tls", "ServiceConnectTlsConfiguration"),
                ],
                &["portName"],
            ),
        ),
        s(
            "ServiceConnectServiceList",
            false,
            list("ServiceConnectService", None, None),
        ),
        s(
            "ServiceConnectServiceResource",
            false,
            structure(
                &[m("discoveryName", "String"), m("discoveryArn", "String")],
                &[],
            ),
        ),
        s(
            "ServiceConnectServiceResourceList",
            false,
            list("ServiceConnectServiceResource", None, None),
        ),
        s(
            "ServiceConnectTestTrafficHeaderMatchRules",
            false,
            structure(&[m("exact", "String")], &["exact"]),
        ),
        s(
            "ServiceConnectTestTrafficHeaderRules",
            false,
            structure(
                &[
                    m("name", "String"),
                    m("value", "ServiceConnectTestTrafficHeaderMatchRules"),
                ],
                &["name"],
            ),
        ),
        s(
            "ServiceConnectTestTrafficRules",
            false,
            structure(
                &[m("header", "ServiceConnectTestTrafficHeaderRules")],
                &["header"],
            ),
        ),
        s(
            "ServiceConnectTlsCertificateAuthority",
            false,
            structure(&[m("awsPcaAuthorityArn", "String")], &[]),
        ),
        s(
            "ServiceConnectTlsConfiguration",
            false,
            structure(
                &[
                    m(
                        "issuerCertificateAuthority",
                        "ServiceConnectTlsCertificateAuthority",
                    ),
                    m("kmsKey", "String"),
                    m("roleArn", "String"),
                ],
                &["issuerCertificateAuthority"],
            ),
        ),
        s(
            "ServiceCurrentRevisionSummary",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("requestedTaskCount", "Integer"),
                    m("runningTaskCount", "Integer"),
                    m("pendingTaskCount", "Integer"),
                ],
                &[],
            ),
        ),
        s(
            "ServiceCurrentRevisionSummaryList",
            false,
            list("ServiceCurrentRevisionSummary", None, None),
        ),
        s(
            "ServiceDeployment",
            false,
            structure(
                &[
                    m("serviceDeploymentArn", "String"),
                    m("serviceArn", "String"),
                    m("clusterArn", "String"),
                    m("createdAt", "Timestamp"),
                    m("startedAt", "Timestamp"),
                    m("finishedAt", "Timestamp"),
                    m("stoppedAt", "Timestamp"),
                    m("updatedAt", "Timestamp"),
                    m("sourceServiceRevisions", "ServiceRevisionsSummaryList"),
                    m("targetServiceRevision", "ServiceRevisionSummary"),
                    m("status", "ServiceDeploymentStatus"),
                    m("statusReason", "String"),
                    m("lifecycleStage", "ServiceDeploymentLifecycleStage"),
                    m("lifecycleHookDetails", "DeploymentLifecycleHookDetailList"),
                    m("deploymentConfiguration", "DeploymentConfiguration"),
                    m("rollback", "Rollback"),
                    m(
                        "deploymentCircuitBreaker",
                        "ServiceDeploymentCircuitBreaker",
                    ),
                    m("alarms", "ServiceDeploymentAlarms"),
                ],
                &[],
            ),
        ),
        s(
            "ServiceDeploymentAlarms",
            false,
            structure(
                &[
                    m("status", "ServiceDeploymentRollbackMonitorsStatus"),
                    m("alarmNames", "StringList"),
                    m("triggeredAlarmNames", "StringList"),
                ],
                &[],
            ),
        ),
        s(
            "ServiceDeploymentBrief",
            false,
            structure(
                &[
                    m("serviceDeploymentArn", "String"),
                    m("serviceArn", "String"),
                    m("clusterArn", "String"),
                    m("startedAt", "Timestamp"),
                    m("createdAt", "Timestamp"),
                    m("finishedAt", "Timestamp"),
                    m("targetServiceRevisionArn", "String"),
                    m("status", "ServiceDeploymentStatus"),
                    m("statusReason", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ServiceDeploymentCircuitBreaker",
            false,
            structure(
                &[
                    m("status", "ServiceDeploymentRollbackMonitorsStatus"),
                    m("failureCount", "Integer"),
                    m("threshold", "Integer"),
                ],
                &[],
            ),
        ),
        s(
            "ServiceDeploymentLifecycleStage",
            false,
            string(
                super::ServiceDeploymentLifecycleStage::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "ServiceDeploymentNotFoundException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "ServiceDeploymentNotFoundException",
                400,
                false,
            ),
        ),
        s(
            "ServiceDeploymentRollbackMonitorsStatus",
            false,
            string(
                super::ServiceDeploymentRollbackMonitorsStatus::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "ServiceDeploymentStatus",
            false,
            string(super::ServiceDeploymentStatus::VALUES, None, None, None),
        ),
        s(
            "ServiceDeploymentStatusList",
            false,
            list("ServiceDeploymentStatus", None, None),
        ),
        s(
            "ServiceDeployments",
            false,
            list("ServiceDeployment", None, None),
        ),
        s(
            "ServiceDeploymentsBrief",
            false,
            list("ServiceDeploymentBrief", None, None),
        ),
        s(
            "ServiceEvent",
            false,
            structure(
                &[
                    m("id", "String"),
                    m("createdAt", "Timestamp"),
                    m("message", "String"),
                ],
                &[],
            ),
        ),
        s("ServiceEvents", false, list("ServiceEvent", None, None)),
        s(
            "ServiceField",
            false,
            string(super::ServiceField::VALUES, None, None, None),
        ),
        s("ServiceFieldList", false, list("ServiceField", None, None)),
        s(
            "ServiceManagedEBSVolumeConfiguration",
            false,
            structure(
                &[
                    m("encrypted", "BoxedBoolean"),
                    m("kmsKeyId", "EBSKMSKeyId"),
                    m("volumeType", "EBSVolumeType"),
                    m("sizeInGiB", "BoxedInteger"),
                    m("snapshotId", "EBSSnapshotId"),
                    m("volumeInitializationRate", "BoxedInteger"),
                    m("iops", "BoxedInteger"),
                    m("throughput", "BoxedInteger"),
                    m("tagSpecifications", "EBSTagSpecifications"),
                    m("roleArn", "IAMRoleArn"),
                    m("filesystemType", "TaskFilesystemType"),
                ],
                &["roleArn"],
            ),
        ),
        s(
            "ServiceNotActiveException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "ServiceNotActiveException",
                400,
                false,
            ),
        ),
        s(
            "ServiceNotFoundException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "ServiceNotFoundException",
                400,
                false,
            ),
        ),
        s(
            "ServiceRegistries",
            false,
            list("ServiceRegistry", None, None),
        ),
        s(
            "ServiceRegistry",
            false,
            structure(
                &[
                    m("registryArn", "String"),
                    m("port", "BoxedInteger"),
                    m("containerName", "String"),
                    m("containerPort", "BoxedInteger"),
                ],
                &[],
            ),
        ),
        s(
            "ServiceRevision",
            false,
            structure(
                &[
                    m("serviceRevisionArn", "String"),
                    m("serviceArn", "String"),
                    m("clusterArn", "String"),
                    m("taskDefinition", "String"),
                    m("capacityProviderStrategy", "CapacityProviderStrategy"),
                    m("launchType", "LaunchType"),
                    m("platformVersion", "String"),
                    m("platformFamily", "String"),
                    m("loadBalancers", "LoadBalancers"),
                    m("serviceRegistries", "ServiceRegistries"),
                    m("networkConfiguration", "NetworkConfiguration"),
                    m("containerImages", "ContainerImages"),
                    m("guardDutyEnabled", "Boolean"),
                    m("serviceConnectConfiguration", "ServiceConnectConfiguration"),
                    m("volumeConfigurations", "ServiceVolumeConfigurations"),
                    m("fargateEphemeralStorage", "DeploymentEphemeralStorage"),
                    m("createdAt", "Timestamp"),
                    m("vpcLatticeConfigurations", "VpcLatticeConfigurations"),
                    m("resolvedConfiguration", "ResolvedConfiguration"),
                    m("ecsManagedResources", "ECSManagedResources"),
                    m("overrides", "ServiceRevisionOverrides"),
                    m("gatewayConnectors", "GatewayConnectorList"),
                    m("monitoring", "MonitoringConfiguration"),
                ],
                &[],
            ),
        ),
        s(
            "ServiceRevisionCleanup",
            false,
            string(super::ServiceRevisionCleanup::VALUES, None, None, None),
        ),
        s(
            "ServiceRevisionLoadBalancer",
            false,
            structure(
                &[
                    m("targetGroupArn", "String"),
                    m("productionListenerRule", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ServiceRevisionLoadBalancers",
            false,
            list("ServiceRevisionLoadBalancer", None, None),
        ),
        s(
            "ServiceRevisionOverrides",
            false,
            structure(&[m("runtimePlatform", "RuntimePlatformOverride")], &[]),
        ),
        s(
            "ServiceRevisionSummary",
            false,
            structure(
                &[
                    m("arn", "String"),
                    m("requestedTaskCount", "Integer"),
                    m("runningTaskCount", "Integer"),
                    m("pendingTaskCount", "Integer"),
                    m("requestedTestTrafficWeight", "Double"),
                    m("requestedProductionTrafficWeight", "Double"),
                ],
                &[],
            ),
        ),
        s(
            "ServiceRevisionVpcLatticeConfiguration",
            false,
            structure(
                &[
                    m("targetGroupArn", "String"),
                    m("productionListenerRule", "String"),
                ],
                &[],
            ),
        ),
        s(
            "ServiceRevisionVpcLatticeConfigurations",
            false,
            list("ServiceRevisionVpcLatticeConfiguration", None, None),
        ),
        s(
            "ServiceRevisions",
            false,
            list("ServiceRevision", None, None),
        ),
        s(
            "ServiceRevisionsSummaryList",
            false,
            list("ServiceRevisionSummary", None, None),
        ),
        s(
            "ServiceVolumeConfiguration",
            false,
            structure(
                &[
                    m("name", "ECSVolumeName"),
                    m("managedEBSVolume", "ServiceManagedEBSVolumeConfiguration"),
                ],
                &["name"],
            ),
        ),
        s(
            "ServiceVolumeConfigurations",
            false,
            list("ServiceVolumeConfiguration", None, None),
        ),
        s("Services", false, list("Service", None, None)),
        s(
            "Session",
            false,
            structure(
                &[
                    m("sessionId", "String"),
                    m("streamUrl", "String"),
                    m("tokenValue", "SensitiveString"),
                ],
                &[],
            ),
        ),
        s(
            "Setting",
            false,
            structure(
                &[
                    m("name", "SettingName"),
                    m("value", "String"),
                    m("principalArn", "String"),
                    m("type", "SettingType"),
                ],
                &[],
            ),
        ),
        s(
            "SettingName",
            false,
            string(super::SettingName::VALUES, None, None, None),
        ),
        s(
            "SettingType",
            false,
            string(super::SettingType::VALUES, None, None, None),
        ),
        s("Settings", false, list("Setting", None, None)),
        s(
            "SharingStrategy",
            false,
            K::Structure {
                members: &[m("nvidiaMps", "NvidiaMpsAllocation")],
                required: &[],
                exception: None,
                document: false,
                union: true,
                event_stream: false,
            },
        ),
        s(
            "SortOrder",
            false,
            string(super::SortOrder::VALUES, None, None, None),
        ),
        s(
            "StabilityStatus",
            false,
            string(super::StabilityStatus::VALUES, None, None, None),
        ),
        s(
            "StartTaskRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("containerInstances", "StringList"),
                    m("enableECSManagedTags", "Boolean"),
                    m("enableExecuteCommand", "Boolean"),
                    m("group", "String"),
                    m("networkConfiguration", "NetworkConfiguration"),
                    m("overrides", "TaskOverride"),
                    m("propagateTags", "PropagateTags"),
                    m("referenceId", "String"),
                    m("startedBy", "String"),
                    m("tags", "Tags"),
                    m("taskDefinition", "String"),
                    m("volumeConfigurations", "TaskVolumeConfigurations"),
                ],
                &["containerInstances", "taskDefinition"],
            ),
        ),
        s(
            "StartTaskResponse",
            false,
            structure(&[m("tasks", "Tasks"), m("failures", "Failures")], &[]),
        ),
        s("Statistics", false, list("KeyValuePair", None, None)),
        s(
            "StopServiceDeploymentRequest",
            false,
            structure(
                &[
                    m("serviceDeploymentArn", "String"),
                    m("stopType", "StopServiceDeploymentStopType"),
                ],
                &["serviceDeploymentArn"],
            ),
        ),
        s(
            "StopServiceDeploymentResponse",
            false,
            structure(&[m("serviceDeploymentArn", "String")], &[]),
        ),
        s(
            "StopServiceDeploymentStopType",
            false,
            string(
                super::StopServiceDeploymentStopType::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "StopTaskRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("task", "String"),
                    m("reason", "String"),
                ],
                &["task"],
            ),
        ),
        s(
            "StopTaskResponse",
            false,
            structure(&[m("task", "Task")], &[]),
        ),
        s("String", false, string(&[], None, None, None)),
        s("StringList", false, list("String", None, None)),
        s("StringMap", false, map("String", "String", None, None)),
        s(
            "SubmitAttachmentStateChangesRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("attachments", "AttachmentStateChanges"),
                ],
                &["attachments"],
            ),
        ),
        s(
            "SubmitAttachmentStateChangesResponse",
            false,
            structure(&[m("acknowledgment", "String")], &[]),
        ),
        s(
            "SubmitContainerStateChangeRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("task", "String"),
                    m("containerName", "String"),
                    m("runtimeId", "String"),
                    m("status", "String"),
                    m("exitCode", "BoxedInteger"),
                    m("reason", "String"),
                    m("networkBindings", "NetworkBindings"),
                ],
                &[],
            ),
        ),
        s(
            "SubmitContainerStateChangeResponse",
            false,
            structure(&[m("acknowledgment", "String")], &[]),
        ),
        s(
            "SubmitTaskStateChangeRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("task", "String"),
                    m("status", "String"),
                    m("reason", "String"),
                    m("containers", "ContainerStateChanges"),
                    m("attachments", "AttachmentStateChanges"),
                    m("managedAgents", "ManagedAgentStateChanges"),
                    m("pullStartedAt", "Timestamp"),
                    m("pullStoppedAt", "Timestamp"),
                    m("executionStoppedAt", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "SubmitTaskStateChangeResponse",
            false,
            structure(&[m("acknowledgment", "String")], &[]),
        ),
        s(
            "SystemControl",
            false,
            structure(&[m("namespace", "String"), m("value", "String")], &[]),
        ),
        s("SystemControls", false, list("SystemControl", None, None)),
        s(
            "Tag",
            false,
            structure(&[m("key", "TagKey"), m("value", "TagValue")], &[]),
        ),
        s(
            "TagKey",
            false,
            string(
                &[],
                Some(1),
                Some(128),
                Some("([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)"),
            ),
        ),
        s("TagKeys", false, list("TagKey", None, None)),
        s(
            "TagResourceRequest",
            false,
            structure(
                &[m("resourceArn", "String"), m("tags", "Tags")],
                &["resourceArn", "tags"],
            ),
        ),
        s("TagResourceResponse", false, structure(&[], &[])),
        s(
            "TagValue",
            false,
            string(
                &[],
                Some(0),
                Some(256),
                Some("([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)"),
            ),
        ),
        s("Tags", false, list("Tag", Some(0), Some(50))),
        s(
            "TargetNotConnectedException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "TargetNotConnectedException",
                400,
                false,
            ),
        ),
        s(
            "TargetNotFoundException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "TargetNotFoundException",
                400,
                false,
            ),
        ),
        s(
            "TargetType",
            false,
            string(super::TargetType::VALUES, None, None, None),
        ),
        s(
            "Task",
            false,
            structure(
                &[
                    m("attachments", "Attachments"),
                    m("attributes", "Attributes"),
                    m("availabilityZone", "String"),
                    m("capacityProviderName", "String"),
                    m("clusterArn", "String"),
                    m("connectivity", "Connectivity"),
                    m("connectivityAt", "Timestamp"),
                    m("containerInstanceArn", "String"),
                    m("containers", "Containers"),
                    m("cpu", "String"),
                    m("createdAt", "Timestamp"),
                    m("desiredStatus", "String"),
                    m("enableExecuteCommand", "Boolean"),
                    m("executionStoppedAt", "Timestamp"),
                    m("group", "String"),
                    m("healthStatus", "HealthStatus"),
                    m("inferenceAccelerators", "InferenceAccelerators"),
                    m("lastStatus", "String"),
                    m("launchType", "LaunchType"),
                    m("memory", "String"),
                    m("overrides", "TaskOverride"),
                    m("platformVersion", "String"),
                    m("platformFamily", "String"),
                    m("pullStartedAt", "Timestamp"),
                    m("pullStoppedAt", "Timestamp"),
                    m("startedAt", "Timestamp"),
                    m("startedBy", "String"),
                    m("stopCode", "TaskStopCode"),
                    m("stoppedAt", "Timestamp"),
                    m("stoppedReason", "String"),
                    m("stoppingAt", "Timestamp"),
                    m("tags", "Tags"),
                    m("taskArn", "String"),
                    m("taskDefinitionArn", "String"),
                    m("version", "Long"),
                    m("ephemeralStorage", "EphemeralStorage"),
                    m("fargateEphemeralStorage", "TaskEphemeralStorage"),
                    m("trustedExecutionSummary", "TrustedExecutionSummary"),
                ],
                &[],
            ),
        ),
        s(
            "TaskDefinition",
            false,
            structure(
                &[
                    m("taskDefinitionArn", "String"),
                    m("containerDefinitions", "ContainerDefinitions"),
                    m("family", "String"),
                    m("taskRoleArn", "String"),
                    m("executionRoleArn", "String"),
                    m("networkMode", "NetworkMode"),
                    m("revision", "Integer"),
                    m("volumes", "VolumeList"),
                    m("status", "TaskDefinitionStatus"),
                    m("requiresAttributes", "RequiresAttributes"),
                    m("placementConstraints", "TaskDefinitionPlacementConstraints"),
                    m("compatibilities", "CompatibilityList"),
                    m("runtimePlatform", "RuntimePlatform"),
                    m("requiresCompatibilities", "CompatibilityList"),
                    m("cpu", "String"),
                    m("memory", "String"),
                    m("inferenceAccelerators", "InferenceAccelerators"),
                    m("pidMode", "PidMode"),
                    m("ipcMode", "IpcMode"),
                    m("proxyConfiguration", "ProxyConfiguration"),
                    m("registeredAt", "Timestamp"),
                    m("deregisteredAt", "Timestamp"),
                    m("deleteRequestedAt", "Timestamp"),
                    m("registeredBy", "String"),
                    m("ephemeralStorage", "EphemeralStorage"),
                    m("enableFaultInjection", "BoxedBoolean"),
                    m(
                        "trustedExecutionConfiguration",
                        "TrustedExecutionConfiguration",
                    ),
                ],
                &[],
            ),
        ),
        s(
            "TaskDefinitionFamilyStatus",
            false,
            string(super::TaskDefinitionFamilyStatus::VALUES, None, None, None),
        ),
        s(
            "TaskDefinitionField",
            false,
            string(super::TaskDefinitionField::VALUES, None, None, None),
        ),
        s(
            "TaskDefinitionFieldList",
            false,
            list("TaskDefinitionField", None, None),
        ),
        s(
            "TaskDefinitionList",
            false,
            list("TaskDefinition", None, None),
        ),
        s(
            "TaskDefinitionPlacementConstraint",
            false,
            structure(
                &[
                    m("type", "TaskDefinitionPlacementConstraintType"),
                    m("expression", "String"),
                ],
                &[],
            ),
        ),
        s(
            "TaskDefinitionPlacementConstraintType",
            false,
            string(
                super::TaskDefinitionPlacementConstraintType::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "TaskDefinitionPlacementConstraints",
            false,
            list("TaskDefinitionPlacementConstraint", None, None),
        ),
        s(
            "TaskDefinitionStatus",
            false,
            string(super::TaskDefinitionStatus::VALUES, None, None, None),
        ),
        s(
            "TaskEphemeralStorage",
            false,
            structure(&[m("sizeInGiB", "Integer"), m("kmsKeyId", "String")], &[]),
        ),
        s(
            "TaskField",
            false,
            string(super::TaskField::VALUES, None, None, None),
        ),
        s("TaskFieldList", false, list("TaskField", None, None)),
        s(
            "TaskFilesystemType",
            false,
            string(super::TaskFilesystemType::VALUES, None, None, None),
        ),
        s(
            "TaskManagedEBSVolumeConfiguration",
            false,
            structure(
                &[
                    m("encrypted", "BoxedBoolean"),
                    m("kmsKeyId", "EBSKMSKeyId"),
                    m("volumeType", "EBSVolumeType"),
                    m("sizeInGiB", "BoxedInteger"),
                    m("snapshotId", "EBSSnapshotId"),
                    m("volumeInitializationRate", "BoxedInteger"),
                    m("iops", "BoxedInteger"),
                    m("throughput", "BoxedInteger"),
                    m("tagSpecifications", "EBSTagSpecifications"),
                    m("roleArn", "IAMRoleArn"),
                    m("terminationPolicy", "TaskManagedEBSVolumeTerminationPolicy"),
                    m("filesystemType", "TaskFilesystemType"),
                ],
                &["roleArn"],
            ),
        ),
        s(
            "TaskManagedEBSVolumeTerminationPolicy",
            false,
            structure(
                &[m("deleteOnTermination", "BoxedBoolean")],
                &["deleteOnTermination"],
            ),
        ),
        s(
            "TaskOverride",
            false,
            structure(
                &[
                    m("containerOverrides", "ContainerOverrides"),
                    m("cpu", "String"),
                    m(
                        "inferenceAcceleratorOverrides",
                        "InferenceAcceleratorOverrides",
                    ),
                    m("executionRoleArn", "String"),
                    m("memory", "String"),
                    m("taskRoleArn", "String"),
                    m("ephemeralStorage", "EphemeralStorage"),
                ],
                &[],
            ),
        ),
        s(
            "TaskSet",
            false,
            structure(
                &[
                    m("id", "String"),
                    m("taskSetArn", "String"),
                    m("serviceArn", "String"),
                    m("clusterArn", "String"),
                    m("startedBy", "String"),
                    m("externalId", "String"),
                    m("status", "String"),
                    m("taskDefinition", "String"),
                    m("computedDesiredCount", "Integer"),
                    m("pendingCount", "Integer"),
                    m("runningCount", "Integer"),
                    m("createdAt", "Timestamp"),
                    m("updatedAt", "Timestamp"),
                    m("launchType", "LaunchType"),
                    m("capacityProviderStrategy", "CapacityProviderStrategy"),
                    m("platformVersion", "String"),
                    m("platformFamily", "String"),
                    m("networkConfiguration", "NetworkConfiguration"),
                    m("loadBalancers", "LoadBalancers"),
                    m("serviceRegistries", "ServiceRegistries"),
                    m("scale", "Scale"),
                    m("stabilityStatus", "StabilityStatus"),
                    m("stabilityStatusAt", "Timestamp"),
                    m("tags", "Tags"),
                    m("fargateEphemeralStorage", "DeploymentEphemeralStorage"),
                ],
                &[],
            ),
        ),
        s(
            "TaskSetField",
            false,
            string(super::TaskSetField::VALUES, None, None, None),
        ),
        s("TaskSetFieldList", false, list("TaskSetField", None, None)),
        s(
            "TaskSetNotFoundException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "TaskSetNotFoundException",
                400,
                false,
            ),
        ),
        s("TaskSets", false, list("TaskSet", None, None)),
        s(
            "TaskStopCode",
            false,
            string(super::TaskStopCode::VALUES, None, None, None),
        ),
        s(
            "TaskVolumeConfiguration",
            false,
            structure(
                &[
                    m("name", "ECSVolumeName"),
                    m("managedEBSVolume", "TaskManagedEBSVolumeConfiguration"),
                ],
                &["name"],
            ),
        ),
        s(
            "TaskVolumeConfigurations",
            false,
            list("TaskVolumeConfiguration", None, None),
        ),
        s("TaskVolumeStorageGiB", false, integer(Some(1), None)),
        s("Tasks", false, list("Task", None, None)),
        s(
            "ThresholdConfiguration",
            false,
            structure(
                &[m("type", "ThresholdType"), m("value", "Integer")],
                &["type", "value"],
            ),
        ),
        s(
            "ThresholdType",
            false,
            string(super::ThresholdType::VALUES, None, None, None),
        ),
        s(
            "TimeoutConfiguration",
            false,
            structure(
                &[
                    m("idleTimeoutSeconds", "Duration"),
                    m("perRequestTimeoutSeconds", "Duration"),
                ],
                &[],
            ),
        ),
        s("Timestamp", false, K::Timestamp),
        s(
            "Tmpfs",
            false,
            structure(
                &[
                    m("containerPath", "String"),
                    m("size", "Integer"),
                    m("mountOptions", "StringList"),
                ],
                &["containerPath", "size"],
            ),
        ),
        s("TmpfsList", false, list("Tmpfs", None, None)),
        s(
            "TotalLocalStorageGBRequest",
            false,
            structure(&[m("min", "BoxedDouble"), m("max", "BoxedDouble")], &[]),
        ),
        s(
            "TransportProtocol",
            false,
            string(super::TransportProtocol::VALUES, None, None, None),
        ),
        s(
            "TrustedExecutionConfiguration",
            false,
            structure(
                &[
                    m("isolationMode", "IsolationMode"),
                    m("attestationPolicy", "String"),
                ],
                &["isolationMode"],
            ),
        ),
        s(
            "TrustedExecutionSummary",
            false,
            structure(
                &[
                    m("isolationMode", "IsolationMode"),
                    m("attestationPolicyStatus", "AttestationPolicyStatus"),
                ],
                &["isolationMode"],
            ),
        ),
        s(
            "Ulimit",
            false,
            structure(
                &[
                    m("name", "UlimitName"),
                    m("softLimit", "Integer"),
                    m("hardLimit", "Integer"),
                ],
                &["name", "softLimit", "hardLimit"],
            ),
        ),
        s("UlimitList", false, list("Ulimit", None, None)),
        s(
            "UlimitName",
            false,
            string(super::UlimitName::VALUES, None, None, None),
        ),
        s(
            "UnsupportedFeatureException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "UnsupportedFeatureException",
                400,
                false,
            ),
        ),
        s(
            "UntagResourceRequest",
            false,
            structure(
                &[m("resourceArn", "String"), m("tagKeys", "TagKeys")],
                &["resourceArn", "tagKeys"],
            ),
        ),
        s("UntagResourceResponse", false, structure(&[], &[])),
        s(
            "UpdateCapacityProviderRequest",
            false,
            structure(
                &[
                    m("name", "String"),
                    m("cluster", "String"),
                    m("autoScalingGroupProvider", "AutoScalingGroupProviderUpdate"),
                    m(
                        "managedInstancesProvider",
                        "UpdateManagedInstancesProviderConfiguration",
                    ),
                ],
                &["name"],
            ),
        ),
        s(
            "UpdateCapacityProviderResponse",
            false,
            structure(&[m("capacityProvider", "CapacityProvider")], &[]),
        ),
        s(
            "UpdateClusterRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("settings", "ClusterSettings"),
                    m("configuration", "ClusterConfiguration"),
                    m(
                        "serviceConnectDefaults",
                        "ClusterServiceConnectDefaultsRequest",
                    ),
                ],
                &["cluster"],
            ),
        ),
        s(
            "UpdateClusterResponse",
            false,
            structure(&[m("cluster", "Cluster")], &[]),
        ),
        s(
            "UpdateClusterSettingsRequest",
            false,
            structure(
                &[m("cluster", "String"), m("settings", "ClusterSettings")],
                &["cluster", "settings"],
            ),
        ),
        s(
            "UpdateClusterSettingsResponse",
            false,
            structure(&[m("cluster", "Cluster")], &[]),
        ),
        s(
            "UpdateContainerAgentRequest",
            false,
            structure(
                &[m("cluster", "String"), m("containerInstance", "String")],
                &["containerInstance"],
            ),
        ),
        s(
            "UpdateContainerAgentResponse",
            false,
            structure(&[m("containerInstance", "ContainerInstance")], &[]),
        ),
        s(
            "UpdateContainerInstancesStateRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("containerInstances", "StringList"),
                    m("status", "ContainerInstanceStatus"),
                ],
                &["containerInstances", "status"],
            ),
        ),
        s(
            "UpdateContainerInstancesStateResponse",
            false,
            structure(
                &[
                    m("containerInstances", "ContainerInstances"),
                    m("failures", "Failures"),
                ],
                &[],
            ),
        ),
        s(
            "UpdateDaemonRequest",
            false,
            structure(
                &[
                    m("daemonArn", "String"),
                    m("daemonTaskDefinitionArn", "String"),
                    m("capacityProviderArns", "StringList"),
                    m("deploymentConfiguration", "DaemonDeploymentConfiguration"),
                    m("propagateTags", "DaemonPropagateTags"),
                    m("enableECSManagedTags", "Boolean"),
                    m("enableExecuteCommand", "Boolean"),
                    m("critical", "BoxedBoolean"),
                ],
                &[
                    "daemonArn",
                    "daemonTaskDefinitionArn",
                    "capacityProviderArns",
                ],
            ),
        ),
        s(
            "UpdateDaemonResponse",
            false,
            structure(
                &[
                    m("daemonArn", "String"),
                    m("status", "DaemonStatus"),
                    m("createdAt", "Timestamp"),
                    m("updatedAt", "Timestamp"),
                    m("deploymentArn", "String"),
                ],
                &[],
            ),
        ),
        s(
            "UpdateExpressGatewayServiceRequest",
            false,
            structure(
                &[
                    m("serviceArn", "String"),
                    m("executionRoleArn", "String"),
                    m("healthCheckPath", "String"),
                    m("primaryContainer", "ExpressGatewayContainer"),
                    m("taskRoleArn", "String"),
                    m(
                        "networkConfiguration",
                        "ExpressGatewayServiceNetworkConfiguration",
                    ),
                    m("cpu", "String"),
                    m("memory", "String"),
                    m("cpuArchitecture", "ExpressCpuArchitecture"),
                    m("scalingTarget", "ExpressGatewayScalingTarget"),
                    m("taskDefinitionArn", "String"),
                ],
                &["serviceArn"],
            ),
        ),
        s(
            "UpdateExpressGatewayServiceResponse",
            false,
            structure(&[m("service", "UpdatedExpressGatewayService")], &[]),
        ),
        s(
            "UpdateGatewayAlbConfiguration",
            false,
            structure(
                &[
                    m("networkConfiguration", "UpdateGatewayNetworkConfiguration"),
                    m("maxAlbCount", "BoxedInteger"),
                    m("webACLArn", "String"),
                    m("accessLogs", "GatewayElbAccessLogConfiguration"),
                    m("httpDesync", "GatewayAlbDesyncMitigationMode"),
                    m("testTrafficRules", "GatewayAlbTestTrafficRules"),
                ],
                &[],
            ),
        ),
        s(
            "UpdateGatewayConfiguration",
            false,
            K::Structure {
                members: &[m("hostSharedAlb", "UpdateGatewayAlbConfiguration")],
                required: &[],
                exception: None,
                document: false,
                union: true,
                event_stream: false,
            },
        ),
        s(
            "UpdateGatewayNetworkConfiguration",
            false,
            structure(&[m("inboundSecurityGroup", "String")], &[]),
        ),
        s(
            "UpdateGatewayRequest",
            false,
            structure(
                &[
                    m("gateway", "String"),
                    m("infrastructureRoleArn", "String"),
                    m("deletionProtection", "BoxedBoolean"),
                    m("configuration", "UpdateGatewayConfiguration"),
                    m("propagateTags", "PropagateGatewayTags"),
                ],
                &["gateway"],
            ),
        ),
        s(
            "UpdateGatewayResponse",
            false,
            structure(
                &[
                    m("gatewayArn", "String"),
                    m("name", "String"),
                    m("status", "GatewayStatus"),
                ],
                &[],
            ),
        ),
        s(
            "UpdateInProgressException",
            false,
            exception(
                &[m("message", "String")],
                &[],
                "UpdateInProgressException",
                400,
                false,
            ),
        ),
        s(
            "UpdateManagedInstancesProviderConfiguration",
            false,
            structure(
                &[
                    m("infrastructureRoleArn", "String"),
                    m("instanceLaunchTemplate", "InstanceLaunchTemplateUpdate"),
                    m("propagateTags", "PropagateMITags"),
                    m("infrastructureOptimization", "InfrastructureOptimization"),
                    m("autoRepairConfiguration", "AutoRepairConfiguration"),
                ],
                &["infrastructureRoleArn", "instanceLaunchTemplate"],
            ),
        ),
        s(
            "UpdateServicePrimaryTaskSetRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("service", "String"),
                    m("primaryTaskSet", "String"),
                ],
                &["cluster", "service", "primaryTaskSet"],
            ),
        ),
        s(
            "UpdateServicePrimaryTaskSetResponse",
            false,
            structure(&[m("taskSet", "TaskSet")], &[]),
        ),
        s(
            "UpdateServiceRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("service", "String"),
                    m("desiredCount", "BoxedInteger"),
                    m("taskDefinition", "String"),
                    m("capacityProviderStrategy", "CapacityProviderStrategy"),
                    m("deploymentConfiguration", "DeploymentConfiguration"),
                    m("availabilityZoneRebalancing", "AvailabilityZoneRebalancing"),
                    m("networkConfiguration", "NetworkConfiguration"),
                    m("placementConstraints", "PlacementConstraints"),
                    m("placementStrategy", "PlacementStrategies"),
                    m("platformVersion", "String"),
                    m("forceNewDeployment", "Boolean"),
                    m("healthCheckGracePeriodSeconds", "BoxedInteger"),
                    m("deploymentController", "DeploymentController"),
                    m("enableExecuteCommand", "BoxedBoolean"),
                    m("enableECSManagedTags", "BoxedBoolean"),
                    m("loadBalancers", "LoadBalancers"),
                    m("propagateTags", "PropagateTags"),
                    m("serviceRegistries", "ServiceRegistries"),
                    m("serviceConnectConfiguration", "ServiceConnectConfiguration"),
                    m("volumeConfigurations", "ServiceVolumeConfigurations"),
                    m("vpcLatticeConfigurations", "VpcLatticeConfigurations"),
                    m("gatewayConnectors", "GatewayConnectorList"),
                    m("monitoring", "MonitoringConfiguration"),
                ],
                &["service"],
            ),
        ),
        s(
            "UpdateServiceResponse",
            false,
            structure(&[m("service", "Service")], &[]),
        ),
        s(
            "UpdateTaskProtectionRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("tasks", "StringList"),
                    m("protectionEnabled", "Boolean"),
                    m("expiresInMinutes", "BoxedInteger"),
                ],
                &["cluster", "tasks", "protectionEnabled"],
            ),
        ),
        s(
            "UpdateTaskProtectionResponse",
            false,
            structure(
                &[
                    m("protectedTasks", "ProtectedTasks"),
                    m("failures", "Failures"),
                ],
                &[],
            ),
        ),
        s(
            "UpdateTaskSetRequest",
            false,
            structure(
                &[
                    m("cluster", "String"),
                    m("service", "String"),
                    m("taskSet", "String"),
                    m("scale", "Scale"),
                ],
                &["cluster", "service", "taskSet", "scale"],
            ),
        ),
        s(
            "UpdateTaskSetResponse",
            false,
            structure(&[m("taskSet", "TaskSet")], &[]),
        ),
        s(
            "UpdatedExpressGatewayService",
            false,
            structure(
                &[
                    m("serviceArn", "String"),
                    m("cluster", "String"),
                    m("serviceName", "String"),
                    m("status", "ExpressGatewayServiceStatus"),
                    m("targetConfiguration", "ExpressGatewayServiceConfiguration"),
                    m("createdAt", "Timestamp"),
                    m("updatedAt", "Timestamp"),
                ],
                &[],
            ),
        ),
        s(
            "VCpuCountRangeRequest",
            false,
            structure(
                &[m("min", "BoxedInteger"), m("max", "BoxedInteger")],
                &["min"],
            ),
        ),
        s(
            "VersionConsistency",
            false,
            string(super::VersionConsistency::VALUES, None, None, None),
        ),
        s(
            "VersionInfo",
            false,
            structure(
                &[
                    m("agentVersion", "String"),
                    m("agentHash", "String"),
                    m("dockerVersion", "String"),
                ],
                &[],
            ),
        ),
        s(
            "Volume",
            false,
            structure(
                &[
                    m("name", "String"),
                    m("host", "HostVolumeProperties"),
                    m("dockerVolumeConfiguration", "DockerVolumeConfiguration"),
                    m("efsVolumeConfiguration", "EFSVolumeConfiguration"),
                    m("s3filesVolumeConfiguration", "S3FilesVolumeConfiguration"),
                    m(
                        "fsxWindowsFileServerVolumeConfiguration",
                        "FSxWindowsFileServerVolumeConfiguration",
                    ),
                    m("configuredAtLaunch", "BoxedBoolean"),
                ],
                &[],
            ),
        ),
        s(
            "VolumeFrom",
            false,
            structure(
                &[
                    m("sourceContainer", "String"),
                    m("readOnly", "BoxedBoolean"),
                ],
                &[],
            ),
        ),
        s("VolumeFromList", false, list("VolumeFrom", None, None)),
        s("VolumeList", false, list("Volume", None, None)),
        s(
            "VpcLatticeAdvancedConfiguration",
            false,
            structure(
                &[
                    m("alternateTargetGroupArn", "String"),
                    m("productionListenerRule", "String"),
                    m("testListenerRule", "String"),
                ],
                &[],
            ),
        ),
        s(
            "VpcLatticeConfiguration",
            false,
            structure(
                &[
                    m("roleArn", "IAMRoleArn"),
                    m("targetGroupArn", "String"),
                    m("portName", "String"),
                    m("advancedConfiguration", "VpcLatticeAdvancedConfiguration"),
                ],
                &["roleArn", "targetGroupArn", "portName"],
            ),
        ),
        s(
            "VpcLatticeConfigurations",
            false,
            list("VpcLatticeConfiguration", None, None),
        ),
    ];
}
