// @generated from the botocore 1.44.5 model iam/2010-05-08/service-2.json by `cargo run -p xtask -- codegen`.
// Do not edit: change xtask and regenerate.

//! AWS Identity and Access Management wire types and model table (API version 2010-05-08).
//!
//! One Rust type per structure and enum shape of the model, named as the shape; [`MODEL`] is the whole model as static data.

use std::collections::BTreeMap;

/// The `AcceptDelegationRequestRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AcceptDelegationRequestRequest {
    #[serde(rename = "DelegationRequestId")]
    pub delegation_request_id: String,
}

/// The `AccessAdvisorUsageGranularityType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum AccessAdvisorUsageGranularityType {
    #[serde(rename = "SERVICE_LEVEL")]
    ServiceLevel,
    #[serde(rename = "ACTION_LEVEL")]
    ActionLevel,
}

impl AccessAdvisorUsageGranularityType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["SERVICE_LEVEL", "ACTION_LEVEL"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::ServiceLevel, Self::ActionLevel];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(AccessAdvisorUsageGranularityType);

/// The `AccessDetail` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessDetail {
    #[serde(rename = "ServiceName")]
    pub service_name: String,
    #[serde(rename = "ServiceNamespace")]
    pub service_namespace: String,
    #[serde(rename = "Region")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(rename = "EntityPath")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_path: Option<String>,
    #[serde(rename = "LastAuthenticatedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_authenticated_time: Option<crate::Timestamp>,
    #[serde(rename = "TotalAuthenticatedEntities")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_authenticated_entities: Option<i32>,
}

/// The `AccessKey` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessKey {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "AccessKeyId")]
    pub access_key_id: String,
    #[serde(rename = "Status")]
    pub status: StatusType,
    #[serde(rename = "SecretAccessKey")]
    pub secret_access_key: String,
    #[serde(rename = "CreateDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<crate::Timestamp>,
}

/// The `AccessKeyLastUsed` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessKeyLastUsed {
    #[serde(rename = "LastUsedDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_date: Option<crate::Timestamp>,
    #[serde(rename = "ServiceName")]
    pub service_name: String,
    #[serde(rename = "Region")]
    pub region: String,
}

/// The `AccessKeyMetadata` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessKeyMetadata {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "AccessKeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    #[serde(rename = "Status")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<StatusType>,
    #[serde(rename = "CreateDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<crate::Timestamp>,
}

/// The `AccountNotManagementOrDelegatedAdministratorException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountNotManagementOrDelegatedAdministratorException {}

/// The `AcquireRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AcquireRoleRequest {
    #[serde(rename = "TemplateArn")]
    pub template_arn: String,
    #[serde(rename = "TemplateMinorVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_minor_version: Option<i32>,
    #[serde(rename = "ReplacementValues")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replacement_values: Option<BTreeMap<String, ReplacementValueEntry>>,
}

/// The `AcquireRoleResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AcquireRoleResponse {
    #[serde(rename = "Role")]
    pub role: Role,
}

/// The `AddClientIDToOpenIDConnectProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddClientIDToOpenIDConnectProviderRequest {
    #[serde(rename = "OpenIDConnectProviderArn")]
    pub open_id_connect_provider_arn: String,
    #[serde(rename = "ClientID")]
    pub client_id: String,
}

/// The `AddRoleToInstanceProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddRoleToInstanceProfileRequest {
    #[serde(rename = "InstanceProfileName")]
    pub instance_profile_name: String,
    #[serde(rename = "RoleName")]
    pub role_name: String,
}

/// The `AddUserToGroupRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddUserToGroupRequest {
    #[serde(rename = "GroupName")]
    pub group_name: String,
    #[serde(rename = "UserName")]
    pub user_name: String,
}

/// The `AssociateDelegationRequestRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociateDelegationRequestRequest {
    #[serde(rename = "DelegationRequestId")]
    pub delegation_request_id: String,
}

/// The `AttachGroupPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AttachGroupPolicyRequest {
    #[serde(rename = "GroupName")]
    pub group_name: String,
    #[serde(rename = "PolicyArn")]
    pub policy_arn: String,
}

/// The `AttachRolePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AttachRolePolicyRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "PolicyArn")]
    pub policy_arn: String,
}

/// The `AttachUserPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AttachUserPolicyRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "PolicyArn")]
    pub policy_arn: String,
}

/// The `AttachedPermissionsBoundary` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AttachedPermissionsBoundary {
    #[serde(rename = "PermissionsBoundaryType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions_boundary_type: Option<PermissionsBoundaryAttachmentType>,
    #[serde(rename = "PermissionsBoundaryArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions_boundary_arn: Option<String>,
}

/// The `AttachedPolicy` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AttachedPolicy {
    #[serde(rename = "PolicyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    #[serde(rename = "PolicyArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_arn: Option<String>,
}

/// The `AttachmentType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum AttachmentType {
    #[serde(rename = "user")]
    User,
    #[serde(rename = "group")]
    Group,
    #[serde(rename = "role")]
    Role,
}

impl AttachmentType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["user", "group", "role"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::User, Self::Group, Self::Role];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(AttachmentType);

/// The `CallerIsNotManagementAccountException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CallerIsNotManagementAccountException {}

/// The `ChangePasswordRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChangePasswordRequest {
    #[serde(rename = "OldPassword")]
    pub old_password: String,
    #[serde(rename = "NewPassword")]
    pub new_password: String,
}

/// The `ConcurrentModificationException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConcurrentModificationException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ContextEntry` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContextEntry {
    #[serde(rename = "ContextKeyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_key_name: Option<String>,
    #[serde(rename = "ContextKeyValues")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_key_values: Option<Vec<String>>,
    #[serde(rename = "ContextKeyType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_key_type: Option<ContextKeyTypeEnum>,
}

/// The `ContextKeyTypeEnum` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ContextKeyTypeEnum {
    #[serde(rename = "string")]
    String,
    #[serde(rename = "stringList")]
    StringList,
    #[serde(rename = "numeric")]
    Numeric,
    #[serde(rename = "numericList")]
    NumericList,
    #[serde(rename = "boolean")]
    Boolean,
    #[serde(rename = "booleanList")]
    BooleanList,
    #[serde(rename = "ip")]
    Ip,
    #[serde(rename = "ipList")]
    IpList,
    #[serde(rename = "binary")]
    Binary,
    #[serde(rename = "binaryList")]
    BinaryList,
    #[serde(rename = "date")]
    Date,
    #[serde(rename = "dateList")]
    DateList,
}

impl ContextKeyTypeEnum {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "string",
        "stringList",
        "numeric",
        "numericList",
        "boolean",
        "booleanList",
        "ip",
        "ipList",
        "binary",
        "binaryList",
        "date",
        "dateList",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::String,
        Self::StringList,
        Self::Numeric,
        Self::NumericList,
        Self::Boolean,
        Self::BooleanList,
        Self::Ip,
        Self::IpList,
        Self::Binary,
        Self::BinaryList,
        Self::Date,
        Self::DateList,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ContextKeyTypeEnum);

/// The `CreateAccessKeyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateAccessKeyRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
}

/// The `CreateAccessKeyResponse` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateAccessKeyResponse {
    #[serde(rename = "AccessKey")]
    pub access_key: AccessKey,
}

/// The `CreateAccountAliasRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateAccountAliasRequest {
    #[serde(rename = "AccountAlias")]
    pub account_alias: String,
}

/// The `CreateDelegationRequestRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateDelegationRequestRequest {
    #[serde(rename = "OwnerAccountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_account_id: Option<String>,
    #[serde(rename = "Description")]
    pub description: String,
    #[serde(rename = "Permissions")]
    pub permissions: DelegationPermission,
    #[serde(rename = "RequestMessage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_message: Option<String>,
    #[serde(rename = "RequestorWorkflowId")]
    pub requestor_workflow_id: String,
    #[serde(rename = "RedirectUrl")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
    #[serde(rename = "NotificationChannel")]
    pub notification_channel: String,
    #[serde(rename = "SessionDuration")]
    pub session_duration: i32,
    #[serde(rename = "OnlySendByOwner")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_send_by_owner: Option<bool>,
}

/// The `CreateDelegationRequestResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateDelegationRequestResponse {
    #[serde(rename = "ConsoleDeepLink")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub console_deep_link: Option<String>,
    #[serde(rename = "DelegationRequestId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegation_request_id: Option<String>,
}

/// The `CreateGroupRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateGroupRequest {
    #[serde(rename = "Path")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(rename = "GroupName")]
    pub group_name: String,
}

/// The `CreateGroupResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateGroupResponse {
    #[serde(rename = "Group")]
    pub group: Group,
}

/// The `CreateInstanceProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateInstanceProfileRequest {
    #[serde(rename = "InstanceProfileName")]
    pub instance_profile_name: String,
    #[serde(rename = "Path")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `CreateInstanceProfileResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateInstanceProfileResponse {
    #[serde(rename = "InstanceProfile")]
    pub instance_profile: InstanceProfile,
}

/// The `CreateLoginProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateLoginProfileRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "Password")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(rename = "PasswordResetRequired")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_reset_required: Option<bool>,
}

/// The `CreateLoginProfileResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateLoginProfileResponse {
    #[serde(rename = "LoginProfile")]
    pub login_profile: LoginProfile,
}

/// The `CreateOpenIDConnectProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateOpenIDConnectProviderRequest {
    #[serde(rename = "Url")]
    pub url: String,
    #[serde(rename = "ClientIDList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id_list: Option<Vec<String>>,
    #[serde(rename = "ThumbprintList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbprint_list: Option<Vec<String>>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `CreateOpenIDConnectProviderResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateOpenIDConnectProviderResponse {
    #[serde(rename = "OpenIDConnectProviderArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_id_connect_provider_arn: Option<String>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `CreatePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatePolicyRequest {
    #[serde(rename = "PolicyName")]
    pub policy_name: String,
    #[serde(rename = "Path")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(rename = "PolicyDocument")]
    pub policy_document: String,
    #[serde(rename = "Description")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `CreatePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatePolicyResponse {
    #[serde(rename = "Policy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<Policy>,
}

/// The `CreatePolicyVersionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatePolicyVersionRequest {
    #[serde(rename = "PolicyArn")]
    pub policy_arn: String,
    #[serde(rename = "PolicyDocument")]
    pub policy_document: String,
    #[serde(rename = "SetAsDefault")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_as_default: Option<bool>,
}

/// The `CreatePolicyVersionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatePolicyVersionResponse {
    #[serde(rename = "PolicyVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_version: Option<PolicyVersion>,
}

/// The `CreateRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateRoleRequest {
    #[serde(rename = "Path")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "AssumeRolePolicyDocument")]
    pub assume_role_policy_document: String,
    #[serde(rename = "Description")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "MaxSessionDuration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_session_duration: Option<i32>,
    #[serde(rename = "PermissionsBoundary")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions_boundary: Option<String>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `CreateRoleResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateRoleResponse {
    #[serde(rename = "Role")]
    pub role: Role,
}

/// The `CreateSAMLProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateSAMLProviderRequest {
    #[serde(rename = "SAMLMetadataDocument")]
    pub saml_metadata_document: String,
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "AssertionEncryptionMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_encryption_mode: Option<AssertionEncryptionModeType>,
    #[serde(rename = "AddPrivateKey")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub add_private_key: Option<String>,
}

/// The `CreateSAMLProviderResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateSAMLProviderResponse {
    #[serde(rename = "SAMLProviderArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_provider_arn: Option<String>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `CreateServiceLinkedRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateServiceLinkedRoleRequest {
    #[serde(rename = "AWSServiceName")]
    pub aws_service_name: String,
    #[serde(rename = "Description")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "CustomSuffix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_suffix: Option<String>,
}

/// The `CreateServiceLinkedRoleResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateServiceLinkedRoleResponse {
    #[serde(rename = "Role")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
}

/// The `CreateServiceSpecificCredentialRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateServiceSpecificCredentialRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "ServiceName")]
    pub service_name: String,
    #[serde(rename = "CredentialAgeDays")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential_age_days: Option<i32>,
}

/// The `CreateServiceSpecificCredentialResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateServiceSpecificCredentialResponse {
    #[serde(rename = "ServiceSpecificCredential")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_specific_credential: Option<ServiceSpecificCredential>,
}

/// The `CreateUserRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateUserRequest {
    #[serde(rename = "Path")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "PermissionsBoundary")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions_boundary: Option<String>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `CreateUserResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateUserResponse {
    #[serde(rename = "User")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
}

/// The `CreateVirtualMFADeviceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateVirtualMFADeviceRequest {
    #[serde(rename = "Path")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(rename = "VirtualMFADeviceName")]
    pub virtual_mfa_device_name: String,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `CreateVirtualMFADeviceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateVirtualMFADeviceResponse {
    #[serde(rename = "VirtualMFADevice")]
    pub virtual_mfa_device: VirtualMFADevice,
}

/// The `CredentialReportExpiredException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CredentialReportExpiredException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `CredentialReportNotPresentException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CredentialReportNotPresentException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `CredentialReportNotReadyException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CredentialReportNotReadyException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `DeactivateMFADeviceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeactivateMFADeviceRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "SerialNumber")]
    pub serial_number: String,
}

/// The `DelegationPermission` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DelegationPermission {
    #[serde(rename = "PolicyTemplateArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_template_arn: Option<String>,
    #[serde(rename = "Parameters")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Vec<PolicyParameter>>,
}

/// The `DelegationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DelegationRequest {
    #[serde(rename = "DelegationRequestId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegation_request_id: Option<String>,
    #[serde(rename = "OwnerAccountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_account_id: Option<String>,
    #[serde(rename = "Description")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "RequestMessage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_message: Option<String>,
    #[serde(rename = "Permissions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<DelegationPermission>,
    #[serde(rename = "PermissionPolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission_policy: Option<String>,
    #[serde(rename = "RolePermissionRestrictionArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_permission_restriction_arns: Option<Vec<String>>,
    #[serde(rename = "OwnerId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    #[serde(rename = "ApproverId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approver_id: Option<String>,
    #[serde(rename = "State")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<StateType>,
    #[serde(rename = "ExpirationTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_time: Option<crate::Timestamp>,
    #[serde(rename = "RequestorId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requestor_id: Option<String>,
    #[serde(rename = "RequestorName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requestor_name: Option<String>,
    #[serde(rename = "CreateDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<crate::Timestamp>,
    #[serde(rename = "SessionDuration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_duration: Option<i32>,
    #[serde(rename = "RedirectUrl")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
    #[serde(rename = "Notes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(rename = "RejectionReason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejection_reason: Option<String>,
    #[serde(rename = "OnlySendByOwner")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_send_by_owner: Option<bool>,
    #[serde(rename = "UpdatedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_time: Option<crate::Timestamp>,
}

/// The `DeleteAccessKeyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAccessKeyRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "AccessKeyId")]
    pub access_key_id: String,
}

/// The `DeleteAccountAliasRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAccountAliasRequest {
    #[serde(rename = "AccountAlias")]
    pub account_alias: String,
}

/// The `DeleteConflictException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteConflictException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `DeleteGroupPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteGroupPolicyRequest {
    #[serde(rename = "GroupName")]
    pub group_name: String,
    #[serde(rename = "PolicyName")]
    pub policy_name: String,
}

/// The `DeleteGroupRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteGroupRequest {
    #[serde(rename = "GroupName")]
    pub group_name: String,
}

/// The `DeleteInstanceProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteInstanceProfileRequest {
    #[serde(rename = "InstanceProfileName")]
    pub instance_profile_name: String,
}

/// The `DeleteLoginProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteLoginProfileRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
}

/// The `DeleteOpenIDConnectProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteOpenIDConnectProviderRequest {
    #[serde(rename = "OpenIDConnectProviderArn")]
    pub open_id_connect_provider_arn: String,
}

/// The `DeletePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeletePolicyRequest {
    #[serde(rename = "PolicyArn")]
    pub policy_arn: String,
}

/// The `DeletePolicyVersionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeletePolicyVersionRequest {
    #[serde(rename = "PolicyArn")]
    pub policy_arn: String,
    #[serde(rename = "VersionId")]
    pub version_id: String,
}

/// The `DeleteRolePermissionsBoundaryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteRolePermissionsBoundaryRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
}

/// The `DeleteRolePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteRolePolicyRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "PolicyName")]
    pub policy_name: String,
}

/// The `DeleteRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteRoleRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
}

/// The `DeleteSAMLProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteSAMLProviderRequest {
    #[serde(rename = "SAMLProviderArn")]
    pub saml_provider_arn: String,
}

/// The `DeleteSSHPublicKeyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteSSHPublicKeyRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "SSHPublicKeyId")]
    pub ssh_public_key_id: String,
}

/// The `DeleteServerCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteServerCertificateRequest {
    #[serde(rename = "ServerCertificateName")]
    pub server_certificate_name: String,
}

/// The `DeleteServiceLinkedRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteServiceLinkedRoleRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
}

/// The `DeleteServiceLinkedRoleResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteServiceLinkedRoleResponse {
    #[serde(rename = "DeletionTaskId")]
    pub deletion_task_id: String,
}

/// The `DeleteServiceSpecificCredentialRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteServiceSpecificCredentialRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "ServiceSpecificCredentialId")]
    pub service_specific_credential_id: String,
}

/// The `DeleteSigningCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteSigningCertificateRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "CertificateId")]
    pub certificate_id: String,
}

/// The `DeleteUserPermissionsBoundaryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteUserPermissionsBoundaryRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
}

/// The `DeleteUserPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteUserPolicyRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "PolicyName")]
    pub policy_name: String,
}

/// The `DeleteUserRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteUserRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
}

/// The `DeleteVirtualMFADeviceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteVirtualMFADeviceRequest {
    #[serde(rename = "SerialNumber")]
    pub serial_number: String,
}

/// The `DeletionTaskFailureReasonType` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeletionTaskFailureReasonType {
    #[serde(rename = "Reason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "RoleUsageList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_usage_list: Option<Vec<RoleUsageType>>,
}

/// The `DeletionTaskStatusType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum DeletionTaskStatusType {
    #[serde(rename = "SUCCEEDED")]
    Succeeded,
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "NOT_STARTED")]
    NotStarted,
}

impl DeletionTaskStatusType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["SUCCEEDED", "IN_PROGRESS", "FAILED", "NOT_STARTED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Succeeded,
        Self::InProgress,
        Self::Failed,
        Self::NotStarted,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(DeletionTaskStatusType);

/// The `DetachGroupPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DetachGroupPolicyRequest {
    #[serde(rename = "GroupName")]
    pub group_name: String,
    #[serde(rename = "PolicyArn")]
    pub policy_arn: String,
}

/// The `DetachRolePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DetachRolePolicyRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "PolicyArn")]
    pub policy_arn: String,
}

/// The `DetachUserPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DetachUserPolicyRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "PolicyArn")]
    pub policy_arn: String,
}

/// The `DisableOrganizationsRootCredentialsManagementRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisableOrganizationsRootCredentialsManagementRequest {}

/// The `DisableOrganizationsRootCredentialsManagementResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisableOrganizationsRootCredentialsManagementResponse {
    #[serde(rename = "OrganizationId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    #[serde(rename = "EnabledFeatures")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_features: Option<Vec<FeatureType>>,
}

/// The `DisableOrganizationsRootSessionsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisableOrganizationsRootSessionsRequest {}

/// The `DisableOrganizationsRootSessionsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisableOrganizationsRootSessionsResponse {
    #[serde(rename = "OrganizationId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    #[serde(rename = "EnabledFeatures")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_features: Option<Vec<FeatureType>>,
}

/// The `DuplicateCertificateException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DuplicateCertificateException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `DuplicateSSHPublicKeyException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DuplicateSSHPublicKeyException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `EnableMFADeviceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EnableMFADeviceRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "SerialNumber")]
    pub serial_number: String,
    #[serde(rename = "AuthenticationCode1")]
    pub authentication_code1: String,
    #[serde(rename = "AuthenticationCode2")]
    pub authentication_code2: String,
}

/// The `EnableOrganizationsRootCredentialsManagementRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EnableOrganizationsRootCredentialsManagementRequest {}

/// The `EnableOrganizationsRootCredentialsManagementResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EnableOrganizationsRootCredentialsManagementResponse {
    #[serde(rename = "OrganizationId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    #[serde(rename = "EnabledFeatures")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_features: Option<Vec<FeatureType>>,
}

/// The `EnableOrganizationsRootSessionsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EnableOrganizationsRootSessionsRequest {}

/// The `EnableOrganizationsRootSessionsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EnableOrganizationsRootSessionsResponse {
    #[serde(rename = "OrganizationId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    #[serde(rename = "EnabledFeatures")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_features: Option<Vec<FeatureType>>,
}

/// The `EnableOutboundWebIdentityFederationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EnableOutboundWebIdentityFederationResponse {
    #[serde(rename = "IssuerIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_identifier: Option<String>,
}

/// The `EntityAlreadyExistsException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EntityAlreadyExistsException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `EntityDetails` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EntityDetails {
    #[serde(rename = "EntityInfo")]
    pub entity_info: EntityInfo,
    #[serde(rename = "LastAuthenticated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_authenticated: Option<crate::Timestamp>,
}

/// The `EntityInfo` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EntityInfo {
    #[serde(rename = "Arn")]
    pub arn: String,
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "Type")]
    pub r#type: PolicyOwnerEntityType,
    #[serde(rename = "Id")]
    pub id: String,
    #[serde(rename = "Path")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

/// The `EntityTemporarilyUnmodifiableException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EntityTemporarilyUnmodifiableException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `EntityType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum EntityType {
    User,
    Role,
    Group,
    LocalManagedPolicy,
    #[serde(rename = "AWSManagedPolicy")]
    AwsManagedPolicy,
}

impl EntityType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "User",
        "Role",
        "Group",
        "LocalManagedPolicy",
        "AWSManagedPolicy",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::User,
        Self::Role,
        Self::Group,
        Self::LocalManagedPolicy,
        Self::AwsManagedPolicy,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(EntityType);

/// The `ErrorDetails` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ErrorDetails {
    #[serde(rename = "Message")]
    pub message: String,
    #[serde(rename = "Code")]
    pub code: String,
}

/// The `EvaluationResult` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EvaluationResult {
    #[serde(rename = "EvalActionName")]
    pub eval_action_name: String,
    #[serde(rename = "EvalResourceName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eval_resource_name: Option<String>,
    #[serde(rename = "EvalDecision")]
    pub eval_decision: PolicyEvaluationDecisionType,
    #[serde(rename = "MatchedStatements")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matched_statements: Option<Vec<Statement>>,
    #[serde(rename = "MissingContextValues")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing_context_values: Option<Vec<String>>,
    #[serde(rename = "OrganizationsDecisionDetail")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organizations_decision_detail: Option<OrganizationsDecisionDetail>,
    #[serde(rename = "PermissionsBoundaryDecisionDetail")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions_boundary_decision_detail: Option<PermissionsBoundaryDecisionDetail>,
    #[serde(rename = "EvalDecisionDetails")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eval_decision_details: Option<BTreeMap<String, PolicyEvaluationDecisionType>>,
    #[serde(rename = "ResourceSpecificResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_specific_results: Option<Vec<ResourceSpecificResult>>,
}

/// The `FeatureDisabledException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FeatureDisabledException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `FeatureEnabledException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FeatureEnabledException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `FeatureType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum FeatureType {
    RootCredentialsManagement,
    RootSessions,
}

impl FeatureType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["RootCredentialsManagement", "RootSessions"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::RootCredentialsManagement, Self::RootSessions];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(FeatureType);

/// The `GenerateCredentialReportResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GenerateCredentialReportResponse {
    #[serde(rename = "State")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ReportStateType>,
    #[serde(rename = "Description")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The `GenerateOrganizationsAccessReportRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GenerateOrganizationsAccessReportRequest {
    #[serde(rename = "EntityPath")]
    pub entity_path: String,
    #[serde(rename = "OrganizationsPolicyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organizations_policy_id: Option<String>,
}

/// The `GenerateOrganizationsAccessReportResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GenerateOrganizationsAccessReportResponse {
    #[serde(rename = "JobId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
}

/// The `GenerateServiceLastAccessedDetailsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GenerateServiceLastAccessedDetailsRequest {
    #[serde(rename = "Arn")]
    pub arn: String,
    #[serde(rename = "Granularity")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<AccessAdvisorUsageGranularityType>,
}

/// The `GenerateServiceLastAccessedDetailsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GenerateServiceLastAccessedDetailsResponse {
    #[serde(rename = "JobId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
}

/// The `GetAccessKeyLastUsedRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetAccessKeyLastUsedRequest {
    #[serde(rename = "AccessKeyId")]
    pub access_key_id: String,
}

/// The `GetAccessKeyLastUsedResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetAccessKeyLastUsedResponse {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "AccessKeyLastUsed")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_key_last_used: Option<AccessKeyLastUsed>,
}

/// The `GetAccountAuthorizationDetailsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetAccountAuthorizationDetailsRequest {
    #[serde(rename = "Filter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<Vec<EntityType>>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `GetAccountAuthorizationDetailsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetAccountAuthorizationDetailsResponse {
    #[serde(rename = "UserDetailList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_detail_list: Option<Vec<UserDetail>>,
    #[serde(rename = "GroupDetailList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_detail_list: Option<Vec<GroupDetail>>,
    #[serde(rename = "RoleDetailList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_detail_list: Option<Vec<RoleDetail>>,
    #[serde(rename = "Policies")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policies: Option<Vec<ManagedPolicyDetail>>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `GetAccountPasswordPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetAccountPasswordPolicyResponse {
    #[serde(rename = "PasswordPolicy")]
    pub password_policy: PasswordPolicy,
}

/// The `GetAccountPropertiesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetAccountPropertiesRequest {}

/// The `GetAccountPropertiesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetAccountPropertiesResponse {
    #[serde(rename = "Properties")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<BTreeMap<String, String>>,
}

/// The `GetAccountSummaryResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetAccountSummaryResponse {
    #[serde(rename = "SummaryMap")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_map: Option<BTreeMap<String, i32>>,
}

/// The `GetContextKeysForCustomPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetContextKeysForCustomPolicyRequest {
    #[serde(rename = "PolicyInputList")]
    pub policy_input_list: Vec<String>,
}

/// The `GetContextKeysForPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetContextKeysForPolicyResponse {
    #[serde(rename = "ContextKeyNames")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_key_names: Option<Vec<String>>,
}

/// The `GetContextKeysForPrincipalPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetContextKeysForPrincipalPolicyRequest {
    #[serde(rename = "PolicySourceArn")]
    pub policy_source_arn: String,
    #[serde(rename = "PolicyInputList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_input_list: Option<Vec<String>>,
}

/// The `GetCredentialReportResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetCredentialReportResponse {
    #[serde(rename = "Content")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    #[serde(rename = "ReportFormat")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_format: Option<ReportFormatType>,
    #[serde(rename = "GeneratedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generated_time: Option<crate::Timestamp>,
}

/// The `GetDelegationRequestRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDelegationRequestRequest {
    #[serde(rename = "DelegationRequestId")]
    pub delegation_request_id: String,
    #[serde(rename = "DelegationPermissionCheck")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegation_permission_check: Option<bool>,
}

/// The `GetDelegationRequestResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDelegationRequestResponse {
    #[serde(rename = "DelegationRequest")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegation_request: Option<DelegationRequest>,
    #[serde(rename = "PermissionCheckStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission_check_status: Option<PermissionCheckStatusType>,
    #[serde(rename = "PermissionCheckResult")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission_check_result: Option<PermissionCheckResultType>,
}

/// The `GetGroupPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetGroupPolicyRequest {
    #[serde(rename = "GroupName")]
    pub group_name: String,
    #[serde(rename = "PolicyName")]
    pub policy_name: String,
}

/// The `GetGroupPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetGroupPolicyResponse {
    #[serde(rename = "GroupName")]
    pub group_name: String,
    #[serde(rename = "PolicyName")]
    pub policy_name: String,
    #[serde(rename = "PolicyDocument")]
    pub policy_document: String,
}

/// The `GetGroupRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetGroupRequest {
    #[serde(rename = "GroupName")]
    pub group_name: String,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `GetGroupResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetGroupResponse {
    #[serde(rename = "Group")]
    pub group: Group,
    #[serde(rename = "Users")]
    pub users: Vec<User>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `GetHumanReadableSummaryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetHumanReadableSummaryRequest {
    #[serde(rename = "EntityArn")]
    pub entity_arn: String,
    #[serde(rename = "Locale")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

/// The `GetHumanReadableSummaryResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetHumanReadableSummaryResponse {
    #[serde(rename = "SummaryContent")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_content: Option<String>,
    #[serde(rename = "Locale")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    #[serde(rename = "SummaryState")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_state: Option<SummaryStateType>,
}

/// The `GetInstanceProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetInstanceProfileRequest {
    #[serde(rename = "InstanceProfileName")]
    pub instance_profile_name: String,
}

/// The `GetInstanceProfileResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetInstanceProfileResponse {
    #[serde(rename = "InstanceProfile")]
    pub instance_profile: InstanceProfile,
}

/// The `GetLoginProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLoginProfileRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
}

/// The `GetLoginProfileResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLoginProfileResponse {
    #[serde(rename = "LoginProfile")]
    pub login_profile: LoginProfile,
}

/// The `GetMFADeviceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetMFADeviceRequest {
    #[serde(rename = "SerialNumber")]
    pub serial_number: String,
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
}

/// The `GetMFADeviceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetMFADeviceResponse {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "SerialNumber")]
    pub serial_number: String,
    #[serde(rename = "EnableDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_date: Option<crate::Timestamp>,
    #[serde(rename = "Certifications")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certifications: Option<BTreeMap<String, String>>,
}

/// The `GetOpenIDConnectProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetOpenIDConnectProviderRequest {
    #[serde(rename = "OpenIDConnectProviderArn")]
    pub open_id_connect_provider_arn: String,
}

/// The `GetOpenIDConnectProviderResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetOpenIDConnectProviderResponse {
    #[serde(rename = "Url")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(rename = "ClientIDList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id_list: Option<Vec<String>>,
    #[serde(rename = "ThumbprintList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbprint_list: Option<Vec<String>>,
    #[serde(rename = "CreateDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<crate::Timestamp>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `GetOrganizationsAccessReportRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetOrganizationsAccessReportRequest {
    #[serde(rename = "JobId")]
    pub job_id: String,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "SortKey")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_key: Option<SortKeyType>,
}

/// The `GetOrganizationsAccessReportResponse` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetOrganizationsAccessReportResponse {
    #[serde(rename = "JobStatus")]
    pub job_status: JobStatusType,
    #[serde(rename = "JobCreationDate")]
    pub job_creation_date: crate::Timestamp,
    #[serde(rename = "JobCompletionDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_completion_date: Option<crate::Timestamp>,
    #[serde(rename = "NumberOfServicesAccessible")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_of_services_accessible: Option<i32>,
    #[serde(rename = "NumberOfServicesNotAccessed")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_of_services_not_accessed: Option<i32>,
    #[serde(rename = "AccessDetails")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_details: Option<Vec<AccessDetail>>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "ErrorDetails")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_details: Option<ErrorDetails>,
}

/// The `GetOutboundWebIdentityFederationInfoResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetOutboundWebIdentityFederationInfoResponse {
    #[serde(rename = "IssuerIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_identifier: Option<String>,
    #[serde(rename = "JwtVendingEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_vending_enabled: Option<bool>,
}

/// The `GetPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetPolicyRequest {
    #[serde(rename = "PolicyArn")]
    pub policy_arn: String,
}

/// The `GetPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetPolicyResponse {
    #[serde(rename = "Policy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<Policy>,
}

/// The `GetPolicyVersionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetPolicyVersionRequest {
    #[serde(rename = "PolicyArn")]
    pub policy_arn: String,
    #[serde(rename = "VersionId")]
    pub version_id: String,
}

/// The `GetPolicyVersionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetPolicyVersionResponse {
    #[serde(rename = "PolicyVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_version: Option<PolicyVersion>,
}

/// The `GetRolePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetRolePolicyRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "PolicyName")]
    pub policy_name: String,
}

/// The `GetRolePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetRolePolicyResponse {
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "PolicyName")]
    pub policy_name: String,
    #[serde(rename = "PolicyDocument")]
    pub policy_document: String,
}

/// The `GetRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetRoleRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
}

/// The `GetRoleResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetRoleResponse {
    #[serde(rename = "Role")]
    pub role: Role,
}

/// The `GetRoleTemplateVersionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetRoleTemplateVersionRequest {
    #[serde(rename = "TemplateArn")]
    pub template_arn: String,
    #[serde(rename = "MinorVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minor_version: Option<i32>,
}

/// The `GetRoleTemplateVersionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetRoleTemplateVersionResponse {
    #[serde(rename = "RoleTemplateVersion")]
    pub role_template_version: RoleTemplateVersion,
}

/// The `GetSAMLProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetSAMLProviderRequest {
    #[serde(rename = "SAMLProviderArn")]
    pub saml_provider_arn: String,
}

/// The `GetSAMLProviderResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetSAMLProviderResponse {
    #[serde(rename = "SAMLProviderUUID")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_provider_uuid: Option<String>,
    #[serde(rename = "SAMLMetadataDocument")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_metadata_document: Option<String>,
    #[serde(rename = "CreateDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<crate::Timestamp>,
    #[serde(rename = "ValidUntil")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<crate::Timestamp>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "AssertionEncryptionMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_encryption_mode: Option<AssertionEncryptionModeType>,
    #[serde(rename = "PrivateKeyList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_key_list: Option<Vec<SAMLPrivateKey>>,
}

/// The `GetSSHPublicKeyRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetSSHPublicKeyRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "SSHPublicKeyId")]
    pub ssh_public_key_id: String,
    #[serde(rename = "Encoding")]
    pub encoding: EncodingType,
}

/// The `GetSSHPublicKeyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetSSHPublicKeyResponse {
    #[serde(rename = "SSHPublicKey")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh_public_key: Option<SSHPublicKey>,
}

/// The `GetServerCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetServerCertificateRequest {
    #[serde(rename = "ServerCertificateName")]
    pub server_certificate_name: String,
}

/// The `GetServerCertificateResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetServerCertificateResponse {
    #[serde(rename = "ServerCertificate")]
    pub server_certificate: ServerCertificate,
}

/// The `GetServiceLastAccessedDetailsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetServiceLastAccessedDetailsRequest {
    #[serde(rename = "JobId")]
    pub job_id: String,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `GetServiceLastAccessedDetailsResponse` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetServiceLastAccessedDetailsResponse {
    #[serde(rename = "JobStatus")]
    pub job_status: JobStatusType,
    #[serde(rename = "JobType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_type: Option<AccessAdvisorUsageGranularityType>,
    #[serde(rename = "JobCreationDate")]
    pub job_creation_date: crate::Timestamp,
    #[serde(rename = "ServicesLastAccessed")]
    pub services_last_accessed: Vec<ServiceLastAccessed>,
    #[serde(rename = "JobCompletionDate")]
    pub job_completion_date: crate::Timestamp,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "Error")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorDetails>,
}

/// The `GetServiceLastAccessedDetailsWithEntitiesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetServiceLastAccessedDetailsWithEntitiesRequest {
    #[serde(rename = "JobId")]
    pub job_id: String,
    #[serde(rename = "ServiceNamespace")]
    pub service_namespace: String,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `GetServiceLastAccessedDetailsWithEntitiesResponse` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetServiceLastAccessedDetailsWithEntitiesResponse {
    #[serde(rename = "JobStatus")]
    pub job_status: JobStatusType,
    #[serde(rename = "JobCreationDate")]
    pub job_creation_date: crate::Timestamp,
    #[serde(rename = "JobCompletionDate")]
    pub job_completion_date: crate::Timestamp,
    #[serde(rename = "EntityDetailsList")]
    pub entity_details_list: Vec<EntityDetails>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "Error")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorDetails>,
}

/// The `GetServiceLinkedRoleDeletionStatusRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetServiceLinkedRoleDeletionStatusRequest {
    #[serde(rename = "DeletionTaskId")]
    pub deletion_task_id: String,
}

/// The `GetServiceLinkedRoleDeletionStatusResponse` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetServiceLinkedRoleDeletionStatusResponse {
    #[serde(rename = "Status")]
    pub status: DeletionTaskStatusType,
    #[serde(rename = "Reason")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<DeletionTaskFailureReasonType>,
}

/// The `GetUserPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetUserPolicyRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "PolicyName")]
    pub policy_name: String,
}

/// The `GetUserPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetUserPolicyResponse {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "PolicyName")]
    pub policy_name: String,
    #[serde(rename = "PolicyDocument")]
    pub policy_document: String,
}

/// The `GetUserRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetUserRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
}

/// The `GetUserResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetUserResponse {
    #[serde(rename = "User")]
    pub user: User,
}

/// The `Group` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Group {
    #[serde(rename = "Path")]
    pub path: String,
    #[serde(rename = "GroupName")]
    pub group_name: String,
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "Arn")]
    pub arn: String,
    #[serde(rename = "CreateDate")]
    pub create_date: crate::Timestamp,
}

/// The `GroupDetail` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupDetail {
    #[serde(rename = "Path")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(rename = "GroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    #[serde(rename = "GroupId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(rename = "Arn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "CreateDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<crate::Timestamp>,
    #[serde(rename = "GroupPolicyList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_policy_list: Option<Vec<PolicyDetail>>,
    #[serde(rename = "AttachedManagedPolicies")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attached_managed_policies: Option<Vec<AttachedPolicy>>,
}

/// The `InlinePolicy` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InlinePolicy {
    #[serde(rename = "PolicyName")]
    pub policy_name: String,
    #[serde(rename = "PolicyDocument")]
    pub policy_document: String,
}

/// The `InlinePolicyIdentifierType` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InlinePolicyIdentifierType {
    #[serde(rename = "PolicyName")]
    pub policy_name: String,
    #[serde(rename = "AttachmentType")]
    pub attachment_type: AttachmentType,
    #[serde(rename = "AttachmentName")]
    pub attachment_name: String,
}

/// The `InstanceProfile` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InstanceProfile {
    #[serde(rename = "Path")]
    pub path: String,
    #[serde(rename = "InstanceProfileName")]
    pub instance_profile_name: String,
    #[serde(rename = "InstanceProfileId")]
    pub instance_profile_id: String,
    #[serde(rename = "Arn")]
    pub arn: String,
    #[serde(rename = "CreateDate")]
    pub create_date: crate::Timestamp,
    #[serde(rename = "Roles")]
    pub roles: Vec<Role>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `InvalidAuthenticationCodeException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidAuthenticationCodeException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `InvalidCertificateException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidCertificateException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `InvalidInputException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidInputException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `InvalidPublicKeyException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidPublicKeyException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `InvalidUserTypeException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidUserTypeException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `KeyPairMismatchException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct KeyPairMismatchException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `LimitExceededException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LimitExceededException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ListAccessKeysRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAccessKeysRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListAccessKeysResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAccessKeysResponse {
    #[serde(rename = "AccessKeyMetadata")]
    pub access_key_metadata: Vec<AccessKeyMetadata>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListAccountAliasesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAccountAliasesRequest {
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListAccountAliasesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAccountAliasesResponse {
    #[serde(rename = "AccountAliases")]
    pub account_aliases: Vec<String>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListAttachedGroupPoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAttachedGroupPoliciesRequest {
    #[serde(rename = "GroupName")]
    pub group_name: String,
    #[serde(rename = "PathPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_prefix: Option<String>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListAttachedGroupPoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAttachedGroupPoliciesResponse {
    #[serde(rename = "AttachedPolicies")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attached_policies: Option<Vec<AttachedPolicy>>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListAttachedRolePoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAttachedRolePoliciesRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "PathPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_prefix: Option<String>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListAttachedRolePoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAttachedRolePoliciesResponse {
    #[serde(rename = "AttachedPolicies")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attached_policies: Option<Vec<AttachedPolicy>>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListAttachedUserPoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAttachedUserPoliciesRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "PathPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_prefix: Option<String>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListAttachedUserPoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAttachedUserPoliciesResponse {
    #[serde(rename = "AttachedPolicies")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attached_policies: Option<Vec<AttachedPolicy>>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListDelegationRequestsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListDelegationRequestsRequest {
    #[serde(rename = "OwnerId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListDelegationRequestsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListDelegationRequestsResponse {
    #[serde(rename = "DelegationRequests")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegation_requests: Option<Vec<DelegationRequest>>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "isTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
}

/// The `ListEntitiesForPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListEntitiesForPolicyRequest {
    #[serde(rename = "PolicyArn")]
    pub policy_arn: String,
    #[serde(rename = "EntityFilter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_filter: Option<EntityType>,
    #[serde(rename = "PathPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_prefix: Option<String>,
    #[serde(rename = "PolicyUsageFilter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_usage_filter: Option<PolicyUsageType>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListEntitiesForPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListEntitiesForPolicyResponse {
    #[serde(rename = "PolicyGroups")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_groups: Option<Vec<PolicyGroup>>,
    #[serde(rename = "PolicyUsers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_users: Option<Vec<PolicyUser>>,
    #[serde(rename = "PolicyRoles")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_roles: Option<Vec<PolicyRole>>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListGroupPoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGroupPoliciesRequest {
    #[serde(rename = "GroupName")]
    pub group_name: String,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListGroupPoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGroupPoliciesResponse {
    #[serde(rename = "PolicyNames")]
    pub policy_names: Vec<String>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListGroupsForUserRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGroupsForUserRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListGroupsForUserResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGroupsForUserResponse {
    #[serde(rename = "Groups")]
    pub groups: Vec<Group>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListGroupsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGroupsRequest {
    #[serde(rename = "PathPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_prefix: Option<String>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListGroupsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGroupsResponse {
    #[serde(rename = "Groups")]
    pub groups: Vec<Group>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListInstanceProfileTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListInstanceProfileTagsRequest {
    #[serde(rename = "InstanceProfileName")]
    pub instance_profile_name: String,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListInstanceProfileTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListInstanceProfileTagsResponse {
    #[serde(rename = "Tags")]
    pub tags: Vec<Tag>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListInstanceProfilesForRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListInstanceProfilesForRoleRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListInstanceProfilesForRoleResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListInstanceProfilesForRoleResponse {
    #[serde(rename = "InstanceProfiles")]
    pub instance_profiles: Vec<InstanceProfile>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListInstanceProfilesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListInstanceProfilesRequest {
    #[serde(rename = "PathPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_prefix: Option<String>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListInstanceProfilesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListInstanceProfilesResponse {
    #[serde(rename = "InstanceProfiles")]
    pub instance_profiles: Vec<InstanceProfile>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListMFADeviceTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListMFADeviceTagsRequest {
    #[serde(rename = "SerialNumber")]
    pub serial_number: String,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListMFADeviceTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListMFADeviceTagsResponse {
    #[serde(rename = "Tags")]
    pub tags: Vec<Tag>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListMFADevicesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListMFADevicesRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListMFADevicesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListMFADevicesResponse {
    #[serde(rename = "MFADevices")]
    pub mfa_devices: Vec<MFADevice>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListOpenIDConnectProviderTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOpenIDConnectProviderTagsRequest {
    #[serde(rename = "OpenIDConnectProviderArn")]
    pub open_id_connect_provider_arn: String,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListOpenIDConnectProviderTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOpenIDConnectProviderTagsResponse {
    #[serde(rename = "Tags")]
    pub tags: Vec<Tag>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListOpenIDConnectProvidersRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOpenIDConnectProvidersRequest {}

/// The `ListOpenIDConnectProvidersResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOpenIDConnectProvidersResponse {
    #[serde(rename = "OpenIDConnectProviderList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_id_connect_provider_list: Option<Vec<OpenIDConnectProviderListEntry>>,
}

/// The `ListOrganizationsFeaturesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOrganizationsFeaturesRequest {}

/// The `ListOrganizationsFeaturesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOrganizationsFeaturesResponse {
    #[serde(rename = "OrganizationId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    #[serde(rename = "EnabledFeatures")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_features: Option<Vec<FeatureType>>,
}

/// The `ListPoliciesGrantingServiceAccessEntry` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPoliciesGrantingServiceAccessEntry {
    #[serde(rename = "ServiceNamespace")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_namespace: Option<String>,
    #[serde(rename = "Policies")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policies: Option<Vec<PolicyGrantingServiceAccess>>,
}

/// The `ListPoliciesGrantingServiceAccessRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPoliciesGrantingServiceAccessRequest {
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "Arn")]
    pub arn: String,
    #[serde(rename = "ServiceNamespaces")]
    pub service_namespaces: Vec<String>,
}

/// The `ListPoliciesGrantingServiceAccessResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPoliciesGrantingServiceAccessResponse {
    #[serde(rename = "PoliciesGrantingServiceAccess")]
    pub policies_granting_service_access: Vec<ListPoliciesGrantingServiceAccessEntry>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListPoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPoliciesRequest {
    #[serde(rename = "Scope")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<PolicyScopeType>,
    #[serde(rename = "OnlyAttached")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_attached: Option<bool>,
    #[serde(rename = "PathPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_prefix: Option<String>,
    #[serde(rename = "PolicyUsageFilter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_usage_filter: Option<PolicyUsageType>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListPoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPoliciesResponse {
    #[serde(rename = "Policies")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policies: Option<Vec<Policy>>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListPolicyTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPolicyTagsRequest {
    #[serde(rename = "PolicyArn")]
    pub policy_arn: String,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListPolicyTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPolicyTagsResponse {
    #[serde(rename = "Tags")]
    pub tags: Vec<Tag>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListPolicyVersionsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPolicyVersionsRequest {
    #[serde(rename = "PolicyArn")]
    pub policy_arn: String,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListPolicyVersionsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPolicyVersionsResponse {
    #[serde(rename = "Versions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub versions: Option<Vec<PolicyVersion>>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListRolePoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListRolePoliciesRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListRolePoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListRolePoliciesResponse {
    #[serde(rename = "PolicyNames")]
    pub policy_names: Vec<String>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListRoleTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListRoleTagsRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListRoleTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListRoleTagsResponse {
    #[serde(rename = "Tags")]
    pub tags: Vec<Tag>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListRolesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListRolesRequest {
    #[serde(rename = "PathPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_prefix: Option<String>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListRolesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListRolesResponse {
    #[serde(rename = "Roles")]
    pub roles: Vec<Role>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListSAMLProviderTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListSAMLProviderTagsRequest {
    #[serde(rename = "SAMLProviderArn")]
    pub saml_provider_arn: String,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListSAMLProviderTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListSAMLProviderTagsResponse {
    #[serde(rename = "Tags")]
    pub tags: Vec<Tag>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListSAMLProvidersRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListSAMLProvidersRequest {}

/// The `ListSAMLProvidersResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListSAMLProvidersResponse {
    #[serde(rename = "SAMLProviderList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_provider_list: Option<Vec<SAMLProviderListEntry>>,
}

/// The `ListSSHPublicKeysRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListSSHPublicKeysRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListSSHPublicKeysResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListSSHPublicKeysResponse {
    #[serde(rename = "SSHPublicKeys")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh_public_keys: Option<Vec<SSHPublicKeyMetadata>>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListServerCertificateTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServerCertificateTagsRequest {
    #[serde(rename = "ServerCertificateName")]
    pub server_certificate_name: String,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListServerCertificateTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServerCertificateTagsResponse {
    #[serde(rename = "Tags")]
    pub tags: Vec<Tag>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListServerCertificatesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServerCertificatesRequest {
    #[serde(rename = "PathPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_prefix: Option<String>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListServerCertificatesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServerCertificatesResponse {
    #[serde(rename = "ServerCertificateMetadataList")]
    pub server_certificate_metadata_list: Vec<ServerCertificateMetadata>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListServiceSpecificCredentialsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServiceSpecificCredentialsRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "ServiceName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    #[serde(rename = "AllUsers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_users: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListServiceSpecificCredentialsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServiceSpecificCredentialsResponse {
    #[serde(rename = "ServiceSpecificCredentials")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_specific_credentials: Option<Vec<ServiceSpecificCredentialMetadata>>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
}

/// The `ListSigningCertificatesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListSigningCertificatesRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListSigningCertificatesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListSigningCertificatesResponse {
    #[serde(rename = "Certificates")]
    pub certificates: Vec<SigningCertificate>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListUserPoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListUserPoliciesRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListUserPoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListUserPoliciesResponse {
    #[serde(rename = "PolicyNames")]
    pub policy_names: Vec<String>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListUserTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListUserTagsRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListUserTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListUserTagsResponse {
    #[serde(rename = "Tags")]
    pub tags: Vec<Tag>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListUsersRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListUsersRequest {
    #[serde(rename = "PathPrefix")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_prefix: Option<String>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListUsersResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListUsersResponse {
    #[serde(rename = "Users")]
    pub users: Vec<User>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `ListVirtualMFADevicesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListVirtualMFADevicesRequest {
    #[serde(rename = "AssignmentStatus")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignment_status: Option<AssignmentStatusType>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
}

/// The `ListVirtualMFADevicesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListVirtualMFADevicesResponse {
    #[serde(rename = "VirtualMFADevices")]
    pub virtual_mfa_devices: Vec<VirtualMFADevice>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `LoginProfile` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LoginProfile {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "CreateDate")]
    pub create_date: crate::Timestamp,
    #[serde(rename = "PasswordResetRequired")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_reset_required: Option<bool>,
}

/// The `MFADevice` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MFADevice {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "SerialNumber")]
    pub serial_number: String,
    #[serde(rename = "EnableDate")]
    pub enable_date: crate::Timestamp,
}

/// The `MalformedCertificateException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MalformedCertificateException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `MalformedPolicyDocumentException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MalformedPolicyDocumentException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ManagedPolicyDetail` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedPolicyDetail {
    #[serde(rename = "PolicyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    #[serde(rename = "PolicyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_id: Option<String>,
    #[serde(rename = "Arn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "Path")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(rename = "DefaultVersionId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_version_id: Option<String>,
    #[serde(rename = "AttachmentCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment_count: Option<i32>,
    #[serde(rename = "PermissionsBoundaryUsageCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions_boundary_usage_count: Option<i32>,
    #[serde(rename = "IsAttachable")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_attachable: Option<bool>,
    #[serde(rename = "Description")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "CreateDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<crate::Timestamp>,
    #[serde(rename = "UpdateDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_date: Option<crate::Timestamp>,
    #[serde(rename = "PolicyVersionList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_version_list: Option<Vec<PolicyVersion>>,
}

/// The `NameConflictException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct NameConflictException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `NoSuchEntityException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct NoSuchEntityException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `OpenIDConnectProviderListEntry` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenIDConnectProviderListEntry {
    #[serde(rename = "Arn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
}

/// The `OpenIdIdpCommunicationErrorException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenIdIdpCommunicationErrorException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `OrderedOrganizationPolicyType` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OrderedOrganizationPolicyType {
    #[serde(rename = "ServiceControlPolicyInputList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_control_policy_input_list: Option<Vec<String>>,
}

/// The `OrganizationNotFoundException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OrganizationNotFoundException {}

/// The `OrganizationNotInAllFeaturesModeException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OrganizationNotInAllFeaturesModeException {}

/// The `OrganizationsDecisionDetail` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OrganizationsDecisionDetail {
    #[serde(rename = "AllowedByOrganizations")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_by_organizations: Option<bool>,
}

/// The `ParameterDefinition` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParameterDefinition {
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "Type")]
    pub r#type: ParameterTypeType,
    #[serde(rename = "SubType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_type: Option<String>,
    #[serde(rename = "Description")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "IsRequired")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_required: Option<bool>,
    #[serde(rename = "DefaultValue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    #[serde(rename = "Immutable")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub immutable: Option<bool>,
}

/// The `PasswordPolicy` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PasswordPolicy {
    #[serde(rename = "MinimumPasswordLength")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_password_length: Option<i32>,
    #[serde(rename = "RequireSymbols")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_symbols: Option<bool>,
    #[serde(rename = "RequireNumbers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_numbers: Option<bool>,
    #[serde(rename = "RequireUppercaseCharacters")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_uppercase_characters: Option<bool>,
    #[serde(rename = "RequireLowercaseCharacters")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_lowercase_characters: Option<bool>,
    #[serde(rename = "AllowUsersToChangePassword")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_users_to_change_password: Option<bool>,
    #[serde(rename = "ExpirePasswords")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_passwords: Option<bool>,
    #[serde(rename = "MaxPasswordAge")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_password_age: Option<i32>,
    #[serde(rename = "PasswordReusePrevention")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_reuse_prevention: Option<i32>,
    #[serde(rename = "HardExpiry")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hard_expiry: Option<bool>,
}

/// The `PasswordPolicyViolationException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PasswordPolicyViolationException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `PermissionsBoundaryAttachmentType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PermissionsBoundaryAttachmentType {
    PermissionsBoundaryPolicy,
}

impl PermissionsBoundaryAttachmentType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["PermissionsBoundaryPolicy"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::PermissionsBoundaryPolicy];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PermissionsBoundaryAttachmentType);

/// The `PermissionsBoundaryDecisionDetail` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PermissionsBoundaryDecisionDetail {
    #[serde(rename = "AllowedByPermissionsBoundary")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_by_permissions_boundary: Option<bool>,
}

/// The `Policy` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Policy {
    #[serde(rename = "PolicyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    #[serde(rename = "PolicyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_id: Option<String>,
    #[serde(rename = "Arn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "Path")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(rename = "DefaultVersionId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_version_id: Option<String>,
    #[serde(rename = "AttachmentCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment_count: Option<i32>,
    #[serde(rename = "PermissionsBoundaryUsageCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions_boundary_usage_count: Option<i32>,
    #[serde(rename = "IsAttachable")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_attachable: Option<bool>,
    #[serde(rename = "Description")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "CreateDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<crate::Timestamp>,
    #[serde(rename = "UpdateDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_date: Option<crate::Timestamp>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `PolicyDetail` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PolicyDetail {
    #[serde(rename = "PolicyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    #[serde(rename = "PolicyDocument")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_document: Option<String>,
}

/// The `PolicyEvaluationDecisionType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PolicyEvaluationDecisionType {
    #[serde(rename = "allowed")]
    Allowed,
    #[serde(rename = "explicitDeny")]
    ExplicitDeny,
    #[serde(rename = "implicitDeny")]
    ImplicitDeny,
}

impl PolicyEvaluationDecisionType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["allowed", "explicitDeny", "implicitDeny"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Allowed, Self::ExplicitDeny, Self::ImplicitDeny];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PolicyEvaluationDecisionType);

/// The `PolicyEvaluationException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PolicyEvaluationException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `PolicyGrantingServiceAccess` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PolicyGrantingServiceAccess {
    #[serde(rename = "PolicyName")]
    pub policy_name: String,
    #[serde(rename = "PolicyType")]
    pub policy_type: PolicyType,
    #[serde(rename = "PolicyArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_arn: Option<String>,
    #[serde(rename = "EntityType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<PolicyOwnerEntityType>,
    #[serde(rename = "EntityName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_name: Option<String>,
}

/// The `PolicyGroup` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PolicyGroup {
    #[serde(rename = "GroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    #[serde(rename = "GroupId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
}

/// The `PolicyIdentifier` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PolicyIdentifier {
    #[serde(rename = "PolicyType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_type: Option<PolicyIdentifierPolicyType>,
    #[serde(rename = "PolicyArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_arn: Option<String>,
    #[serde(rename = "InlinePolicyIdentifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inline_policy_identifier: Option<InlinePolicyIdentifierType>,
}

/// The `PolicyIdentifierPolicyType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PolicyIdentifierPolicyType {
    #[serde(rename = "inline")]
    Inline,
    #[serde(rename = "aws-managed")]
    AwsManaged,
    #[serde(rename = "user-managed")]
    UserManaged,
    #[serde(rename = "permission-boundary")]
    PermissionBoundary,
    #[serde(rename = "scp")]
    Scp,
    #[serde(rename = "rcp")]
    Rcp,
}

impl PolicyIdentifierPolicyType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "inline",
        "aws-managed",
        "user-managed",
        "permission-boundary",
        "scp",
        "rcp",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Inline,
        Self::AwsManaged,
        Self::UserManaged,
        Self::PermissionBoundary,
        Self::Scp,
        Self::Rcp,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PolicyIdentifierPolicyType);

/// The `PolicyNotAttachableException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PolicyNotAttachableException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `PolicyParameter` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PolicyParameter {
    #[serde(rename = "Name")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "Values")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
    #[serde(rename = "Type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<PolicyParameterTypeEnum>,
}

/// The `PolicyParameterTypeEnum` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PolicyParameterTypeEnum {
    #[serde(rename = "string")]
    String,
    #[serde(rename = "stringList")]
    StringList,
}

impl PolicyParameterTypeEnum {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["string", "stringList"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::String, Self::StringList];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PolicyParameterTypeEnum);

/// The `PolicyRole` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PolicyRole {
    #[serde(rename = "RoleName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    #[serde(rename = "RoleId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
}

/// The `PolicySourceType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PolicySourceType {
    #[serde(rename = "user")]
    User,
    #[serde(rename = "group")]
    Group,
    #[serde(rename = "role")]
    Role,
    #[serde(rename = "aws-managed")]
    AwsManaged,
    #[serde(rename = "user-managed")]
    UserManaged,
    #[serde(rename = "resource")]
    Resource,
    #[serde(rename = "none")]
    None,
}

impl PolicySourceType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "user",
        "group",
        "role",
        "aws-managed",
        "user-managed",
        "resource",
        "none",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::User,
        Self::Group,
        Self::Role,
        Self::AwsManaged,
        Self::UserManaged,
        Self::Resource,
        Self::None,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PolicySourceType);

/// The `PolicyUsageType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PolicyUsageType {
    PermissionsPolicy,
    PermissionsBoundary,
}

impl PolicyUsageType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["PermissionsPolicy", "PermissionsBoundary"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::PermissionsPolicy, Self::PermissionsBoundary];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PolicyUsageType);

/// The `PolicyUser` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PolicyUser {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "UserId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
}

/// The `PolicyVersion` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PolicyVersion {
    #[serde(rename = "Document")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    #[serde(rename = "VersionId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_id: Option<String>,
    #[serde(rename = "IsDefaultVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default_version: Option<bool>,
    #[serde(rename = "CreateDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<crate::Timestamp>,
}

/// The `Position` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Position {
    #[serde(rename = "Line")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<i32>,
    #[serde(rename = "Column")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<i32>,
}

/// The `PutAccountPropertiesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAccountPropertiesRequest {
    #[serde(rename = "Properties")]
    pub properties: BTreeMap<String, String>,
}

/// The `PutAccountPropertiesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAccountPropertiesResponse {}

/// The `PutGroupPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutGroupPolicyRequest {
    #[serde(rename = "GroupName")]
    pub group_name: String,
    #[serde(rename = "PolicyName")]
    pub policy_name: String,
    #[serde(rename = "PolicyDocument")]
    pub policy_document: String,
}

/// The `PutRolePermissionsBoundaryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutRolePermissionsBoundaryRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "PermissionsBoundary")]
    pub permissions_boundary: String,
}

/// The `PutRolePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutRolePolicyRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "PolicyName")]
    pub policy_name: String,
    #[serde(rename = "PolicyDocument")]
    pub policy_document: String,
}

/// The `PutUserPermissionsBoundaryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutUserPermissionsBoundaryRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "PermissionsBoundary")]
    pub permissions_boundary: String,
}

/// The `PutUserPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutUserPolicyRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "PolicyName")]
    pub policy_name: String,
    #[serde(rename = "PolicyDocument")]
    pub policy_document: String,
}

/// The `RejectDelegationRequestRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RejectDelegationRequestRequest {
    #[serde(rename = "DelegationRequestId")]
    pub delegation_request_id: String,
    #[serde(rename = "Notes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// The `RemoveClientIDFromOpenIDConnectProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoveClientIDFromOpenIDConnectProviderRequest {
    #[serde(rename = "OpenIDConnectProviderArn")]
    pub open_id_connect_provider_arn: String,
    #[serde(rename = "ClientID")]
    pub client_id: String,
}

/// The `RemoveRoleFromInstanceProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoveRoleFromInstanceProfileRequest {
    #[serde(rename = "InstanceProfileName")]
    pub instance_profile_name: String,
    #[serde(rename = "RoleName")]
    pub role_name: String,
}

/// The `RemoveUserFromGroupRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoveUserFromGroupRequest {
    #[serde(rename = "GroupName")]
    pub group_name: String,
    #[serde(rename = "UserName")]
    pub user_name: String,
}

/// The `ReplacementValueEntry` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReplacementValueEntry {
    #[serde(rename = "Values")]
    pub values: Vec<String>,
}

/// The `ReportFormatType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ReportFormatType {
    #[serde(rename = "text/csv")]
    TextCsv,
}

impl ReportFormatType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["text/csv"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::TextCsv];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ReportFormatType);

/// The `ReportGenerationLimitExceededException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReportGenerationLimitExceededException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ReportStateType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ReportStateType {
    #[serde(rename = "STARTED")]
    Started,
    #[serde(rename = "INPROGRESS")]
    Inprogress,
    #[serde(rename = "COMPLETE")]
    Complete,
}

impl ReportStateType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["STARTED", "INPROGRESS", "COMPLETE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Started, Self::Inprogress, Self::Complete];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ReportStateType);

/// The `ResetServiceSpecificCredentialRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResetServiceSpecificCredentialRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "ServiceSpecificCredentialId")]
    pub service_specific_credential_id: String,
}

/// The `ResetServiceSpecificCredentialResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResetServiceSpecificCredentialResponse {
    #[serde(rename = "ServiceSpecificCredential")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_specific_credential: Option<ServiceSpecificCredential>,
}

/// The `ResourceSpecificResult` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceSpecificResult {
    #[serde(rename = "EvalResourceName")]
    pub eval_resource_name: String,
    #[serde(rename = "EvalResourceDecision")]
    pub eval_resource_decision: PolicyEvaluationDecisionType,
    #[serde(rename = "MatchedStatements")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matched_statements: Option<Vec<Statement>>,
    #[serde(rename = "MissingContextValues")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing_context_values: Option<Vec<String>>,
    #[serde(rename = "EvalDecisionDetails")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eval_decision_details: Option<BTreeMap<String, PolicyEvaluationDecisionType>>,
    #[serde(rename = "PermissionsBoundaryDecisionDetail")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions_boundary_decision_detail: Option<PermissionsBoundaryDecisionDetail>,
}

/// The `ResyncMFADeviceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResyncMFADeviceRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "SerialNumber")]
    pub serial_number: String,
    #[serde(rename = "AuthenticationCode1")]
    pub authentication_code1: String,
    #[serde(rename = "AuthenticationCode2")]
    pub authentication_code2: String,
}

/// The `Role` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Role {
    #[serde(rename = "Path")]
    pub path: String,
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "RoleId")]
    pub role_id: String,
    #[serde(rename = "Arn")]
    pub arn: String,
    #[serde(rename = "CreateDate")]
    pub create_date: crate::Timestamp,
    #[serde(rename = "AssumeRolePolicyDocument")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assume_role_policy_document: Option<String>,
    #[serde(rename = "Description")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "MaxSessionDuration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_session_duration: Option<i32>,
    #[serde(rename = "PermissionsBoundary")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "RoleLastUsed")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_last_used: Option<RoleLastUsed>,
    #[serde(rename = "SourceRoleTemplate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_role_template: Option<SourceRoleTemplate>,
}

/// The `RoleDetail` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleDetail {
    #[serde(rename = "Path")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(rename = "RoleName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    #[serde(rename = "RoleId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
    #[serde(rename = "Arn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "CreateDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<crate::Timestamp>,
    #[serde(rename = "AssumeRolePolicyDocument")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assume_role_policy_document: Option<String>,
    #[serde(rename = "InstanceProfileList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_profile_list: Option<Vec<InstanceProfile>>,
    #[serde(rename = "RolePolicyList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_policy_list: Option<Vec<PolicyDetail>>,
    #[serde(rename = "AttachedManagedPolicies")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attached_managed_policies: Option<Vec<AttachedPolicy>>,
    #[serde(rename = "PermissionsBoundary")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "RoleLastUsed")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_last_used: Option<RoleLastUsed>,
}

/// The `RoleLastUsed` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleLastUsed {
    #[serde(rename = "LastUsedDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_date: Option<crate::Timestamp>,
    #[serde(rename = "Region")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

/// The `RoleModifiedException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleModifiedException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `RoleTemplateDisabledException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleTemplateDisabledException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `RoleTemplateVersion` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleTemplateVersion {
    #[serde(rename = "TemplateArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_arn: Option<String>,
    #[serde(rename = "TemplateName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_name: Option<String>,
    #[serde(rename = "TemplateVersionId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_version_id: Option<String>,
    #[serde(rename = "Description")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "MajorVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub major_version: Option<i32>,
    #[serde(rename = "DefaultMinorVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_minor_version: Option<i32>,
    #[serde(rename = "ManagedByType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_by_type: Option<ManagedByTypeType>,
    #[serde(rename = "ManagedByValue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_by_value: Option<String>,
    #[serde(rename = "Enabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(rename = "MinorVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minor_version: Option<i32>,
    #[serde(rename = "RoleNamePattern")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_name_pattern: Option<String>,
    #[serde(rename = "RolePathPattern")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_path_pattern: Option<String>,
    #[serde(rename = "RoleDescriptionPattern")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_description_pattern: Option<String>,
    #[serde(rename = "AssumeRolePolicyDocumentTemplate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assume_role_policy_document_template: Option<String>,
    #[serde(rename = "InlinePolicyTemplates")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inline_policy_templates: Option<Vec<InlinePolicy>>,
    #[serde(rename = "ManagedPolicyArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_policy_arns: Option<Vec<String>>,
    #[serde(rename = "PermissionBoundaryArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission_boundary_arn: Option<String>,
    #[serde(rename = "ParametersDefinition")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters_definition: Option<Vec<ParameterDefinition>>,
    #[serde(rename = "RoleTagsTemplate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_tags_template: Option<Vec<TagTemplate>>,
    #[serde(rename = "MaxSessionDuration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_session_duration: Option<i32>,
    #[serde(rename = "VersionEnabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_enabled: Option<bool>,
    #[serde(rename = "CreateTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_timestamp: Option<crate::Timestamp>,
    #[serde(rename = "UpdateTimestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_timestamp: Option<crate::Timestamp>,
}

/// The `RoleUsageType` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleUsageType {
    #[serde(rename = "Region")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(rename = "Resources")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Vec<String>>,
}

/// The `SAMLPrivateKey` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SAMLPrivateKey {
    #[serde(rename = "KeyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    #[serde(rename = "Timestamp")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<crate::Timestamp>,
}

/// The `SAMLProviderListEntry` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SAMLProviderListEntry {
    #[serde(rename = "Arn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "ValidUntil")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<crate::Timestamp>,
    #[serde(rename = "CreateDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<crate::Timestamp>,
}

/// The `SSHPublicKey` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SSHPublicKey {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "SSHPublicKeyId")]
    pub ssh_public_key_id: String,
    #[serde(rename = "Fingerprint")]
    pub fingerprint: String,
    #[serde(rename = "SSHPublicKeyBody")]
    pub ssh_public_key_body: String,
    #[serde(rename = "Status")]
    pub status: StatusType,
    #[serde(rename = "UploadDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_date: Option<crate::Timestamp>,
}

/// The `SSHPublicKeyMetadata` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SSHPublicKeyMetadata {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "SSHPublicKeyId")]
    pub ssh_public_key_id: String,
    #[serde(rename = "Status")]
    pub status: StatusType,
    #[serde(rename = "UploadDate")]
    pub upload_date: crate::Timestamp,
}

/// The `SendDelegationTokenRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SendDelegationTokenRequest {
    #[serde(rename = "DelegationRequestId")]
    pub delegation_request_id: String,
}

/// The `ServerCertificate` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServerCertificate {
    #[serde(rename = "ServerCertificateMetadata")]
    pub server_certificate_metadata: ServerCertificateMetadata,
    #[serde(rename = "CertificateBody")]
    pub certificate_body: String,
    #[serde(rename = "CertificateChain")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_chain: Option<String>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `ServerCertificateMetadata` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServerCertificateMetadata {
    #[serde(rename = "Path")]
    pub path: String,
    #[serde(rename = "ServerCertificateName")]
    pub server_certificate_name: String,
    #[serde(rename = "ServerCertificateId")]
    pub server_certificate_id: String,
    #[serde(rename = "Arn")]
    pub arn: String,
    #[serde(rename = "UploadDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_date: Option<crate::Timestamp>,
    #[serde(rename = "Expiration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<crate::Timestamp>,
}

/// The `ServiceAccessNotEnabledException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceAccessNotEnabledException {}

/// The `ServiceFailureException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceFailureException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ServiceLastAccessed` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceLastAccessed {
    #[serde(rename = "ServiceName")]
    pub service_name: String,
    #[serde(rename = "LastAuthenticated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_authenticated: Option<crate::Timestamp>,
    #[serde(rename = "ServiceNamespace")]
    pub service_namespace: String,
    #[serde(rename = "LastAuthenticatedEntity")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_authenticated_entity: Option<String>,
    #[serde(rename = "LastAuthenticatedRegion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_authenticated_region: Option<String>,
    #[serde(rename = "TotalAuthenticatedEntities")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_authenticated_entities: Option<i32>,
    #[serde(rename = "TrackedActionsLastAccessed")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracked_actions_last_accessed: Option<Vec<TrackedActionLastAccessed>>,
}

/// The `ServiceNotSupportedException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceNotSupportedException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ServiceSpecificCredential` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceSpecificCredential {
    #[serde(rename = "CreateDate")]
    pub create_date: crate::Timestamp,
    #[serde(rename = "ExpirationDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<crate::Timestamp>,
    #[serde(rename = "ServiceName")]
    pub service_name: String,
    #[serde(rename = "ServiceUserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_user_name: Option<String>,
    #[serde(rename = "ServicePassword")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_password: Option<String>,
    #[serde(rename = "ServiceCredentialAlias")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_credential_alias: Option<String>,
    #[serde(rename = "ServiceCredentialSecret")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_credential_secret: Option<String>,
    #[serde(rename = "ServiceSpecificCredentialId")]
    pub service_specific_credential_id: String,
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "Status")]
    pub status: StatusType,
}

/// The `ServiceSpecificCredentialMetadata` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceSpecificCredentialMetadata {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "Status")]
    pub status: StatusType,
    #[serde(rename = "ServiceUserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_user_name: Option<String>,
    #[serde(rename = "ServiceCredentialAlias")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_credential_alias: Option<String>,
    #[serde(rename = "CreateDate")]
    pub create_date: crate::Timestamp,
    #[serde(rename = "ExpirationDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<crate::Timestamp>,
    #[serde(rename = "ServiceSpecificCredentialId")]
    pub service_specific_credential_id: String,
    #[serde(rename = "ServiceName")]
    pub service_name: String,
}

/// The `SetDefaultPolicyVersionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SetDefaultPolicyVersionRequest {
    #[serde(rename = "PolicyArn")]
    pub policy_arn: String,
    #[serde(rename = "VersionId")]
    pub version_id: String,
}

/// The `SetSecurityTokenServicePreferencesRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SetSecurityTokenServicePreferencesRequest {
    #[serde(rename = "GlobalEndpointTokenVersion")]
    pub global_endpoint_token_version: GlobalEndpointTokenVersion,
}

/// The `SigningCertificate` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SigningCertificate {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "CertificateId")]
    pub certificate_id: String,
    #[serde(rename = "CertificateBody")]
    pub certificate_body: String,
    #[serde(rename = "Status")]
    pub status: StatusType,
    #[serde(rename = "UploadDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_date: Option<crate::Timestamp>,
}

/// The `SimulateCustomPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SimulateCustomPolicyRequest {
    #[serde(rename = "PolicyInputList")]
    pub policy_input_list: Vec<String>,
    #[serde(rename = "PermissionsBoundaryPolicyInputList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions_boundary_policy_input_list: Option<Vec<String>>,
    #[serde(rename = "OrderedOrganizationPolicyInputList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordered_organization_policy_input_list: Option<Vec<OrderedOrganizationPolicyType>>,
    #[serde(rename = "ActionNames")]
    pub action_names: Vec<String>,
    #[serde(rename = "ResourceArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_arns: Option<Vec<String>>,
    #[serde(rename = "ResourcePolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_policy: Option<String>,
    #[serde(rename = "ResourceOwner")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_owner: Option<String>,
    #[serde(rename = "CallerArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caller_arn: Option<String>,
    #[serde(rename = "ContextEntries")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_entries: Option<Vec<ContextEntry>>,
    #[serde(rename = "ResourceHandlingOption")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_handling_option: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `SimulatePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SimulatePolicyResponse {
    #[serde(rename = "EvaluationResults")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_results: Option<Vec<EvaluationResult>>,
    #[serde(rename = "IsTruncated")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `SimulatePrincipalPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SimulatePrincipalPolicyRequest {
    #[serde(rename = "PolicySourceArn")]
    pub policy_source_arn: String,
    #[serde(rename = "PolicyInputList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_input_list: Option<Vec<String>>,
    #[serde(rename = "PermissionsBoundaryPolicyInputList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions_boundary_policy_input_list: Option<Vec<String>>,
    #[serde(rename = "PolicyExclusionList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_exclusion_list: Option<Vec<PolicyIdentifier>>,
    #[serde(rename = "ActionNames")]
    pub action_names: Vec<String>,
    #[serde(rename = "ResourceArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_arns: Option<Vec<String>>,
    #[serde(rename = "ResourcePolicy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_policy: Option<String>,
    #[serde(rename = "ResourceOwner")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_owner: Option<String>,
    #[serde(rename = "CallerArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caller_arn: Option<String>,
    #[serde(rename = "ContextEntries")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_entries: Option<Vec<ContextEntry>>,
    #[serde(rename = "ResourceHandlingOption")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_handling_option: Option<String>,
    #[serde(rename = "MaxItems")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i32>,
    #[serde(rename = "Marker")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The `SourceRoleTemplate` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceRoleTemplate {
    #[serde(rename = "TemplateArn")]
    pub template_arn: String,
    #[serde(rename = "TemplateMinorVersion")]
    pub template_minor_version: i32,
}

/// The `Statement` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Statement {
    #[serde(rename = "SourcePolicyId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_policy_id: Option<String>,
    #[serde(rename = "SourcePolicyType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_policy_type: Option<PolicySourceType>,
    #[serde(rename = "StartPosition")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_position: Option<Position>,
    #[serde(rename = "EndPosition")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_position: Option<Position>,
}

/// The `Tag` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Tag {
    #[serde(rename = "Key")]
    pub key: String,
    #[serde(rename = "Value")]
    pub value: String,
}

/// The `TagInstanceProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagInstanceProfileRequest {
    #[serde(rename = "InstanceProfileName")]
    pub instance_profile_name: String,
    #[serde(rename = "Tags")]
    pub tags: Vec<Tag>,
}

/// The `TagMFADeviceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagMFADeviceRequest {
    #[serde(rename = "SerialNumber")]
    pub serial_number: String,
    #[serde(rename = "Tags")]
    pub tags: Vec<Tag>,
}

/// The `TagOpenIDConnectProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagOpenIDConnectProviderRequest {
    #[serde(rename = "OpenIDConnectProviderArn")]
    pub open_id_connect_provider_arn: String,
    #[serde(rename = "Tags")]
    pub tags: Vec<Tag>,
}

/// The `TagPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagPolicyRequest {
    #[serde(rename = "PolicyArn")]
    pub policy_arn: String,
    #[serde(rename = "Tags")]
    pub tags: Vec<Tag>,
}

/// The `TagRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagRoleRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "Tags")]
    pub tags: Vec<Tag>,
}

/// The `TagSAMLProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagSAMLProviderRequest {
    #[serde(rename = "SAMLProviderArn")]
    pub saml_provider_arn: String,
    #[serde(rename = "Tags")]
    pub tags: Vec<Tag>,
}

/// The `TagServerCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagServerCertificateRequest {
    #[serde(rename = "ServerCertificateName")]
    pub server_certificate_name: String,
    #[serde(rename = "Tags")]
    pub tags: Vec<Tag>,
}

/// The `TagTemplate` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagTemplate {
    #[serde(rename = "Key")]
    pub key: String,
    #[serde(rename = "Value")]
    pub value: String,
}

/// The `TagUserRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagUserRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "Tags")]
    pub tags: Vec<Tag>,
}

/// The `TrackedActionLastAccessed` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrackedActionLastAccessed {
    #[serde(rename = "ActionName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_name: Option<String>,
    #[serde(rename = "LastAccessedEntity")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_accessed_entity: Option<String>,
    #[serde(rename = "LastAccessedTime")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_accessed_time: Option<crate::Timestamp>,
    #[serde(rename = "LastAccessedRegion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_accessed_region: Option<String>,
}

/// The `UnmodifiableEntityException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UnmodifiableEntityException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `UnrecognizedPublicKeyEncodingException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UnrecognizedPublicKeyEncodingException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `UntagInstanceProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagInstanceProfileRequest {
    #[serde(rename = "InstanceProfileName")]
    pub instance_profile_name: String,
    #[serde(rename = "TagKeys")]
    pub tag_keys: Vec<String>,
}

/// The `UntagMFADeviceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagMFADeviceRequest {
    #[serde(rename = "SerialNumber")]
    pub serial_number: String,
    #[serde(rename = "TagKeys")]
    pub tag_keys: Vec<String>,
}

/// The `UntagOpenIDConnectProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagOpenIDConnectProviderRequest {
    #[serde(rename = "OpenIDConnectProviderArn")]
    pub open_id_connect_provider_arn: String,
    #[serde(rename = "TagKeys")]
    pub tag_keys: Vec<String>,
}

/// The `UntagPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagPolicyRequest {
    #[serde(rename = "PolicyArn")]
    pub policy_arn: String,
    #[serde(rename = "TagKeys")]
    pub tag_keys: Vec<String>,
}

/// The `UntagRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagRoleRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "TagKeys")]
    pub tag_keys: Vec<String>,
}

/// The `UntagSAMLProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagSAMLProviderRequest {
    #[serde(rename = "SAMLProviderArn")]
    pub saml_provider_arn: String,
    #[serde(rename = "TagKeys")]
    pub tag_keys: Vec<String>,
}

/// The `UntagServerCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagServerCertificateRequest {
    #[serde(rename = "ServerCertificateName")]
    pub server_certificate_name: String,
    #[serde(rename = "TagKeys")]
    pub tag_keys: Vec<String>,
}

/// The `UntagUserRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagUserRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "TagKeys")]
    pub tag_keys: Vec<String>,
}

/// The `UpdateAccessKeyRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateAccessKeyRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "AccessKeyId")]
    pub access_key_id: String,
    #[serde(rename = "Status")]
    pub status: StatusType,
}

/// The `UpdateAccountPasswordPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateAccountPasswordPolicyRequest {
    #[serde(rename = "MinimumPasswordLength")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_password_length: Option<i32>,
    #[serde(rename = "RequireSymbols")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_symbols: Option<bool>,
    #[serde(rename = "RequireNumbers")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_numbers: Option<bool>,
    #[serde(rename = "RequireUppercaseCharacters")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_uppercase_characters: Option<bool>,
    #[serde(rename = "RequireLowercaseCharacters")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_lowercase_characters: Option<bool>,
    #[serde(rename = "AllowUsersToChangePassword")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_users_to_change_password: Option<bool>,
    #[serde(rename = "MaxPasswordAge")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_password_age: Option<i32>,
    #[serde(rename = "PasswordReusePrevention")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_reuse_prevention: Option<i32>,
    #[serde(rename = "HardExpiry")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hard_expiry: Option<bool>,
}

/// The `UpdateAssumeRolePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateAssumeRolePolicyRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "PolicyDocument")]
    pub policy_document: String,
}

/// The `UpdateDelegationRequestRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateDelegationRequestRequest {
    #[serde(rename = "DelegationRequestId")]
    pub delegation_request_id: String,
    #[serde(rename = "Notes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// The `UpdateGroupRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateGroupRequest {
    #[serde(rename = "GroupName")]
    pub group_name: String,
    #[serde(rename = "NewPath")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_path: Option<String>,
    #[serde(rename = "NewGroupName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_group_name: Option<String>,
}

/// The `UpdateLoginProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateLoginProfileRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "Password")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(rename = "PasswordResetRequired")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_reset_required: Option<bool>,
}

/// The `UpdateOpenIDConnectProviderThumbprintRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateOpenIDConnectProviderThumbprintRequest {
    #[serde(rename = "OpenIDConnectProviderArn")]
    pub open_id_connect_provider_arn: String,
    #[serde(rename = "ThumbprintList")]
    pub thumbprint_list: Vec<String>,
}

/// The `UpdateRoleDescriptionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateRoleDescriptionRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "Description")]
    pub description: String,
}

/// The `UpdateRoleDescriptionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateRoleDescriptionResponse {
    #[serde(rename = "Role")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
}

/// The `UpdateRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateRoleRequest {
    #[serde(rename = "RoleName")]
    pub role_name: String,
    #[serde(rename = "Description")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "MaxSessionDuration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_session_duration: Option<i32>,
}

/// The `UpdateRoleResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateRoleResponse {}

/// The `UpdateSAMLProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateSAMLProviderRequest {
    #[serde(rename = "SAMLMetadataDocument")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_metadata_document: Option<String>,
    #[serde(rename = "SAMLProviderArn")]
    pub saml_provider_arn: String,
    #[serde(rename = "AssertionEncryptionMode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_encryption_mode: Option<AssertionEncryptionModeType>,
    #[serde(rename = "AddPrivateKey")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub add_private_key: Option<String>,
    #[serde(rename = "RemovePrivateKey")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remove_private_key: Option<String>,
}

/// The `UpdateSAMLProviderResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateSAMLProviderResponse {
    #[serde(rename = "SAMLProviderArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_provider_arn: Option<String>,
}

/// The `UpdateSSHPublicKeyRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateSSHPublicKeyRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "SSHPublicKeyId")]
    pub ssh_public_key_id: String,
    #[serde(rename = "Status")]
    pub status: StatusType,
}

/// The `UpdateServerCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateServerCertificateRequest {
    #[serde(rename = "ServerCertificateName")]
    pub server_certificate_name: String,
    #[serde(rename = "NewPath")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_path: Option<String>,
    #[serde(rename = "NewServerCertificateName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_server_certificate_name: Option<String>,
}

/// The `UpdateServiceSpecificCredentialRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateServiceSpecificCredentialRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "ServiceSpecificCredentialId")]
    pub service_specific_credential_id: String,
    #[serde(rename = "Status")]
    pub status: StatusType,
}

/// The `UpdateSigningCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateSigningCertificateRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "CertificateId")]
    pub certificate_id: String,
    #[serde(rename = "Status")]
    pub status: StatusType,
}

/// The `UpdateUserRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateUserRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "NewPath")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_path: Option<String>,
    #[serde(rename = "NewUserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_user_name: Option<String>,
}

/// The `UploadSSHPublicKeyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UploadSSHPublicKeyRequest {
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "SSHPublicKeyBody")]
    pub ssh_public_key_body: String,
}

/// The `UploadSSHPublicKeyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UploadSSHPublicKeyResponse {
    #[serde(rename = "SSHPublicKey")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh_public_key: Option<SSHPublicKey>,
}

/// The `UploadServerCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UploadServerCertificateRequest {
    #[serde(rename = "Path")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(rename = "ServerCertificateName")]
    pub server_certificate_name: String,
    #[serde(rename = "CertificateBody")]
    pub certificate_body: String,
    #[serde(rename = "PrivateKey")]
    pub private_key: String,
    #[serde(rename = "CertificateChain")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_chain: Option<String>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `UploadServerCertificateResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UploadServerCertificateResponse {
    #[serde(rename = "ServerCertificateMetadata")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_certificate_metadata: Option<ServerCertificateMetadata>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `UploadSigningCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UploadSigningCertificateRequest {
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "CertificateBody")]
    pub certificate_body: String,
}

/// The `UploadSigningCertificateResponse` structure.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UploadSigningCertificateResponse {
    #[serde(rename = "Certificate")]
    pub certificate: SigningCertificate,
}

/// The `User` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct User {
    #[serde(rename = "Path")]
    pub path: String,
    #[serde(rename = "UserName")]
    pub user_name: String,
    #[serde(rename = "UserId")]
    pub user_id: String,
    #[serde(rename = "Arn")]
    pub arn: String,
    #[serde(rename = "CreateDate")]
    pub create_date: crate::Timestamp,
    #[serde(rename = "PasswordLastUsed")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_last_used: Option<crate::Timestamp>,
    #[serde(rename = "PermissionsBoundary")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `UserDetail` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserDetail {
    #[serde(rename = "Path")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(rename = "UserName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(rename = "UserId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(rename = "Arn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "CreateDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<crate::Timestamp>,
    #[serde(rename = "UserPolicyList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_policy_list: Option<Vec<PolicyDetail>>,
    #[serde(rename = "GroupList")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_list: Option<Vec<String>>,
    #[serde(rename = "AttachedManagedPolicies")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attached_managed_policies: Option<Vec<AttachedPolicy>>,
    #[serde(rename = "PermissionsBoundary")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `VirtualMFADevice` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct VirtualMFADevice {
    #[serde(rename = "SerialNumber")]
    pub serial_number: String,
    #[serde(rename = "Base32StringSeed")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base32_string_seed: Option<String>,
    #[serde(rename = "QRCodePNG")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code_png: Option<String>,
    #[serde(rename = "User")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
    #[serde(rename = "EnableDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_date: Option<crate::Timestamp>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `assertionEncryptionModeType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum AssertionEncryptionModeType {
    Required,
    Allowed,
}

impl AssertionEncryptionModeType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["Required", "Allowed"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Required, Self::Allowed];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(AssertionEncryptionModeType);

/// The `assignmentStatusType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum AssignmentStatusType {
    Assigned,
    Unassigned,
    Any,
}

impl AssignmentStatusType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["Assigned", "Unassigned", "Any"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Assigned, Self::Unassigned, Self::Any];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(AssignmentStatusType);

/// The `encodingType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum EncodingType {
    #[serde(rename = "SSH")]
    Ssh,
    #[serde(rename = "PEM")]
    Pem,
}

impl EncodingType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["SSH", "PEM"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Ssh, Self::Pem];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(EncodingType);

/// The `globalEndpointTokenVersion` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum GlobalEndpointTokenVersion {
    #[serde(rename = "v1Token")]
    V1Token,
    #[serde(rename = "v2Token")]
    V2Token,
}

impl GlobalEndpointTokenVersion {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["v1Token", "v2Token"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::V1Token, Self::V2Token];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(GlobalEndpointTokenVersion);

/// The `jobStatusType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum JobStatusType {
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "COMPLETED")]
    Completed,
    #[serde(rename = "FAILED")]
    Failed,
}

impl JobStatusType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["IN_PROGRESS", "COMPLETED", "FAILED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::InProgress, Self::Completed, Self::Failed];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(JobStatusType);

/// The `managedByTypeType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ManagedByTypeType {
    Service,
}

impl ManagedByTypeType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["Service"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Service];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ManagedByTypeType);

/// The `parameterTypeType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum ParameterTypeType {
    String,
    StringList,
    Number,
    NumberList,
    Arn,
    ArnList,
}

impl ParameterTypeType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "String",
        "StringList",
        "Number",
        "NumberList",
        "Arn",
        "ArnList",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::String,
        Self::StringList,
        Self::Number,
        Self::NumberList,
        Self::Arn,
        Self::ArnList,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(ParameterTypeType);

/// The `permissionCheckResultType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PermissionCheckResultType {
    #[serde(rename = "ALLOWED")]
    Allowed,
    #[serde(rename = "DENIED")]
    Denied,
    #[serde(rename = "UNSURE")]
    Unsure,
}

impl PermissionCheckResultType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["ALLOWED", "DENIED", "UNSURE"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Allowed, Self::Denied, Self::Unsure];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PermissionCheckResultType);

/// The `permissionCheckStatusType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PermissionCheckStatusType {
    #[serde(rename = "COMPLETE")]
    Complete,
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "FAILED")]
    Failed,
}

impl PermissionCheckStatusType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["COMPLETE", "IN_PROGRESS", "FAILED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Complete, Self::InProgress, Self::Failed];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PermissionCheckStatusType);

/// The `policyOwnerEntityType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PolicyOwnerEntityType {
    #[serde(rename = "USER")]
    User,
    #[serde(rename = "ROLE")]
    Role,
    #[serde(rename = "GROUP")]
    Group,
}

impl PolicyOwnerEntityType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["USER", "ROLE", "GROUP"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::User, Self::Role, Self::Group];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PolicyOwnerEntityType);

/// The `policyScopeType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PolicyScopeType {
    All,
    #[serde(rename = "AWS")]
    Aws,
    Local,
}

impl PolicyScopeType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["All", "AWS", "Local"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::All, Self::Aws, Self::Local];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PolicyScopeType);

/// The `policyType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum PolicyType {
    #[serde(rename = "INLINE")]
    Inline,
    #[serde(rename = "MANAGED")]
    Managed,
}

impl PolicyType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["INLINE", "MANAGED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Inline, Self::Managed];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(PolicyType);

/// The `sortKeyType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum SortKeyType {
    #[serde(rename = "SERVICE_NAMESPACE_ASCENDING")]
    ServiceNamespaceAscending,
    #[serde(rename = "SERVICE_NAMESPACE_DESCENDING")]
    ServiceNamespaceDescending,
    #[serde(rename = "LAST_AUTHENTICATED_TIME_ASCENDING")]
    LastAuthenticatedTimeAscending,
    #[serde(rename = "LAST_AUTHENTICATED_TIME_DESCENDING")]
    LastAuthenticatedTimeDescending,
}

impl SortKeyType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "SERVICE_NAMESPACE_ASCENDING",
        "SERVICE_NAMESPACE_DESCENDING",
        "LAST_AUTHENTICATED_TIME_ASCENDING",
        "LAST_AUTHENTICATED_TIME_DESCENDING",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::ServiceNamespaceAscending,
        Self::ServiceNamespaceDescending,
        Self::LastAuthenticatedTimeAscending,
        Self::LastAuthenticatedTimeDescending,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(SortKeyType);

/// The `stateType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum StateType {
    #[serde(rename = "UNASSIGNED")]
    Unassigned,
    #[serde(rename = "ASSIGNED")]
    Assigned,
    #[serde(rename = "PENDING_APPROVAL")]
    PendingApproval,
    #[serde(rename = "FINALIZED")]
    Finalized,
    #[serde(rename = "ACCEPTED")]
    Accepted,
    #[serde(rename = "REJECTED")]
    Rejected,
    #[serde(rename = "EXPIRED")]
    Expired,
}

impl StateType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "UNASSIGNED",
        "ASSIGNED",
        "PENDING_APPROVAL",
        "FINALIZED",
        "ACCEPTED",
        "REJECTED",
        "EXPIRED",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Unassigned,
        Self::Assigned,
        Self::PendingApproval,
        Self::Finalized,
        Self::Accepted,
        Self::Rejected,
        Self::Expired,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(StateType);

/// The `statusType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum StatusType {
    Active,
    Inactive,
    Expired,
}

impl StatusType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &["Active", "Inactive", "Expired"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[Self::Active, Self::Inactive, Self::Expired];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(StatusType);

/// The `summaryKeyType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum SummaryKeyType {
    Users,
    UsersQuota,
    Groups,
    GroupsQuota,
    ServerCertificates,
    ServerCertificatesQuota,
    UserPolicySizeQuota,
    GroupPolicySizeQuota,
    GroupsPerUserQuota,
    SigningCertificatesPerUserQuota,
    AccessKeysPerUserQuota,
    #[serde(rename = "MFADevices")]
    MfaDevices,
    #[serde(rename = "MFADevicesInUse")]
    MfaDevicesInUse,
    #[serde(rename = "AccountMFAEnabled")]
    AccountMfaEnabled,
    AccountAccessKeysPresent,
    AccountPasswordPresent,
    AccountSigningCertificatesPresent,
    AttachedPoliciesPerGroupQuota,
    AttachedPoliciesPerRoleQuota,
    AttachedPoliciesPerUserQuota,
    Policies,
    PoliciesQuota,
    PolicySizeQuota,
    PolicyVersionsInUse,
    PolicyVersionsInUseQuota,
    VersionsPerPolicyQuota,
    GlobalEndpointTokenVersion,
    AssumeRolePolicySizeQuota,
    InstanceProfiles,
    InstanceProfilesQuota,
    Providers,
    RolePolicySizeQuota,
    Roles,
    RolesQuota,
}

impl SummaryKeyType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] = &[
        "Users",
        "UsersQuota",
        "Groups",
        "GroupsQuota",
        "ServerCertificates",
        "ServerCertificatesQuota",
        "UserPolicySizeQuota",
        "GroupPolicySizeQuota",
        "GroupsPerUserQuota",
        "SigningCertificatesPerUserQuota",
        "AccessKeysPerUserQuota",
        "MFADevices",
        "MFADevicesInUse",
        "AccountMFAEnabled",
        "AccountAccessKeysPresent",
        "AccountPasswordPresent",
        "AccountSigningCertificatesPresent",
        "AttachedPoliciesPerGroupQuota",
        "AttachedPoliciesPerRoleQuota",
        "AttachedPoliciesPerUserQuota",
        "Policies",
        "PoliciesQuota",
        "PolicySizeQuota",
        "PolicyVersionsInUse",
        "PolicyVersionsInUseQuota",
        "VersionsPerPolicyQuota",
        "GlobalEndpointTokenVersion",
        "AssumeRolePolicySizeQuota",
        "InstanceProfiles",
        "InstanceProfilesQuota",
        "Providers",
        "RolePolicySizeQuota",
        "Roles",
        "RolesQuota",
    ];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Users,
        Self::UsersQuota,
        Self::Groups,
        Self::GroupsQuota,
        Self::ServerCertificates,
        Self::ServerCertificatesQuota,
        Self::UserPolicySizeQuota,
        Self::GroupPolicySizeQuota,
        Self::GroupsPerUserQuota,
        Self::SigningCertificatesPerUserQuota,
        Self::AccessKeysPerUserQuota,
        Self::MfaDevices,
        Self::MfaDevicesInUse,
        Self::AccountMfaEnabled,
        Self::AccountAccessKeysPresent,
        Self::AccountPasswordPresent,
        Self::AccountSigningCertificatesPresent,
        Self::AttachedPoliciesPerGroupQuota,
        Self::AttachedPoliciesPerRoleQuota,
        Self::AttachedPoliciesPerUserQuota,
        Self::Policies,
        Self::PoliciesQuota,
        Self::PolicySizeQuota,
        Self::PolicyVersionsInUse,
        Self::PolicyVersionsInUseQuota,
        Self::VersionsPerPolicyQuota,
        Self::GlobalEndpointTokenVersion,
        Self::AssumeRolePolicySizeQuota,
        Self::InstanceProfiles,
        Self::InstanceProfilesQuota,
        Self::Providers,
        Self::RolePolicySizeQuota,
        Self::Roles,
        Self::RolesQuota,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(SummaryKeyType);

/// The `summaryStateType` enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
pub enum SummaryStateType {
    #[serde(rename = "AVAILABLE")]
    Available,
    #[serde(rename = "NOT_AVAILABLE")]
    NotAvailable,
    #[serde(rename = "NOT_SUPPORTED")]
    NotSupported,
    #[serde(rename = "FAILED")]
    Failed,
}

impl SummaryStateType {
    /// Every wire value, in model order.
    pub const VALUES: &'static [&'static str] =
        &["AVAILABLE", "NOT_AVAILABLE", "NOT_SUPPORTED", "FAILED"];
    /// Every variant, in the order of [`Self::VALUES`].
    pub const ALL: &'static [Self] = &[
        Self::Available,
        Self::NotAvailable,
        Self::NotSupported,
        Self::Failed,
    ];
    /// The wire value.
    pub fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}

wire_enum!(SummaryStateType);

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
        protocol: Protocol::Query,
        target_prefix: "",
        xml_namespace: "https://iam.amazonaws.com/doc/2010-05-08/",
        signing_name: "iam",
        api_version: "2010-05-08",
        json_version: "1.0",
        botocore_version: "1.44.5",
        operations: OPERATIONS,
        shapes: SHAPES,
    };

    const OPERATIONS: &[Operation] = &[
        Operation {
            name: "AcceptDelegationRequest",
            input: Some("AcceptDelegationRequestRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "ServiceFailureException",
                "ConcurrentModificationException",
            ],
        },
        Operation {
            name: "AcquireRole",
            input: Some("AcquireRoleRequest"),
            output: Some("AcquireRoleResponse"),
            result_wrapper: Some("AcquireRoleResult"),
            errors: &[
                "LimitExceededException",
                "InvalidInputException",
                "EntityAlreadyExistsException",
                "RoleModifiedException",
                "NameConflictException",
                "MalformedPolicyDocumentException",
                "ConcurrentModificationException",
                "ServiceFailureException",
                "NoSuchEntityException",
                "RoleTemplateDisabledException",
            ],
        },
        Operation {
            name: "AddClientIDToOpenIDConnectProvider",
            input: Some("AddClientIDToOpenIDConnectProviderRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "ConcurrentModificationException",
                "InvalidInputException",
                "NoSuchEntityException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "AddRoleToInstanceProfile",
            input: Some("AddRoleToInstanceProfileRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "EntityAlreadyExistsException",
                "LimitExceededException",
                "UnmodifiableEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "AddUserToGroup",
            input: Some("AddUserToGroupRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "AssociateDelegationRequest",
            input: Some("AssociateDelegationRequestRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "ServiceFailureException",
                "ConcurrentModificationException",
                "InvalidInputException",
            ],
        },
        Operation {
            name: "AttachGroupPolicy",
            input: Some("AttachGroupPolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "InvalidInputException",
                "PolicyNotAttachableException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "AttachRolePolicy",
            input: Some("AttachRolePolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "InvalidInputException",
                "UnmodifiableEntityException",
                "PolicyNotAttachableException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "AttachUserPolicy",
            input: Some("AttachUserPolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "InvalidInputException",
                "PolicyNotAttachableException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "ChangePassword",
            input: Some("ChangePasswordRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "InvalidUserTypeException",
                "LimitExceededException",
                "EntityTemporarilyUnmodifiableException",
                "PasswordPolicyViolationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "CreateAccessKey",
            input: Some("CreateAccessKeyRequest"),
            output: Some("CreateAccessKeyResponse"),
            result_wrapper: Some("CreateAccessKeyResult"),
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "CreateAccountAlias",
            input: Some("CreateAccountAliasRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "ConcurrentModificationException",
                "EntityAlreadyExistsException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "CreateDelegationRequest",
            input: Some("CreateDelegationRequestRequest"),
            output: Some("CreateDelegationRequestResponse"),
            result_wrapper: Some("CreateDelegationRequestResult"),
            errors: &[
                "EntityAlreadyExistsException",
                "ServiceFailureException",
                "InvalidInputException",
                "LimitExceededException",
                "ConcurrentModificationException",
            ],
        },
        Operation {
            name: "CreateGroup",
            input: Some("CreateGroupRequest"),
            output: Some("CreateGroupResponse"),
            result_wrapper: Some("CreateGroupResult"),
            errors: &[
                "LimitExceededException",
                "EntityAlreadyExistsException",
                "NoSuchEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "CreateInstanceProfile",
            input: Some("CreateInstanceProfileRequest"),
            output: Some("CreateInstanceProfileResponse"),
            result_wrapper: Some("CreateInstanceProfileResult"),
            errors: &[
                "EntityAlreadyExistsException",
                "InvalidInputException",
                "LimitExceededException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "CreateLoginProfile",
            input: Some("CreateLoginProfileRequest"),
            output: Some("CreateLoginProfileResponse"),
            result_wrapper: Some("CreateLoginProfileResult"),
            errors: &[
                "EntityAlreadyExistsException",
                "NoSuchEntityException",
                "PasswordPolicyViolationException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "CreateOpenIDConnectProvider",
            input: Some("CreateOpenIDConnectProviderRequest"),
            output: Some("CreateOpenIDConnectProviderResponse"),
            result_wrapper: Some("CreateOpenIDConnectProviderResult"),
            errors: &[
                "InvalidInputException",
                "EntityAlreadyExistsException",
                "LimitExceededException",
                "ConcurrentModificationException",
                "ServiceFailureException",
                "OpenIdIdpCommunicationErrorException",
            ],
        },
        Operation {
            name: "CreatePolicy",
            input: Some("CreatePolicyRequest"),
            output: Some("CreatePolicyResponse"),
            result_wrapper: Some("CreatePolicyResult"),
            errors: &[
                "InvalidInputException",
                "LimitExceededException",
                "EntityAlreadyExistsException",
                "MalformedPolicyDocumentException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "CreatePolicyVersion",
            input: Some("CreatePolicyVersionRequest"),
            output: Some("CreatePolicyVersionResponse"),
            result_wrapper: Some("CreatePolicyVersionResult"),
            errors: &[
                "NoSuchEntityException",
                "MalformedPolicyDocumentException",
                "InvalidInputException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "CreateRole",
            input: Some("CreateRoleRequest"),
            output: Some("CreateRoleResponse"),
            result_wrapper: Some("CreateRoleResult"),
            errors: &[
                "LimitExceededException",
                "InvalidInputException",
                "EntityAlreadyExistsException",
                "MalformedPolicyDocumentException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "CreateSAMLProvider",
            input: Some("CreateSAMLProviderRequest"),
            output: Some("CreateSAMLProviderResponse"),
            result_wrapper: Some("CreateSAMLProviderResult"),
            errors: &[
                "InvalidInputException",
                "EntityAlreadyExistsException",
                "LimitExceededException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "CreateServiceLinkedRole",
            input: Some("CreateServiceLinkedRoleRequest"),
            output: Some("CreateServiceLinkedRoleResponse"),
            result_wrapper: Some("CreateServiceLinkedRoleResult"),
            errors: &[
                "InvalidInputException",
                "LimitExceededException",
                "NoSuchEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "CreateServiceSpecificCredential",
            input: Some("CreateServiceSpecificCredentialRequest"),
            output: Some("CreateServiceSpecificCredentialResponse"),
            result_wrapper: Some("CreateServiceSpecificCredentialResult"),
            errors: &[
                "LimitExceededException",
                "NoSuchEntityException",
                "ServiceNotSupportedException",
            ],
        },
        Operation {
            name: "CreateUser",
            input: Some("CreateUserRequest"),
            output: Some("CreateUserResponse"),
            result_wrapper: Some("CreateUserResult"),
            errors: &[
                "LimitExceededException",
                "EntityAlreadyExistsException",
                "NoSuchEntityException",
                "InvalidInputException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "CreateVirtualMFADevice",
            input: Some("CreateVirtualMFADeviceRequest"),
            output: Some("CreateVirtualMFADeviceResponse"),
            result_wrapper: Some("CreateVirtualMFADeviceResult"),
            errors: &[
                "LimitExceededException",
                "InvalidInputException",
                "EntityAlreadyExistsException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeactivateMFADevice",
            input: Some("DeactivateMFADeviceRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "EntityTemporarilyUnmodifiableException",
                "NoSuchEntityException",
                "LimitExceededException",
                "ServiceFailureException",
                "ConcurrentModificationException",
            ],
        },
        Operation {
            name: "DeleteAccessKey",
            input: Some("DeleteAccessKeyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeleteAccountAlias",
            input: Some("DeleteAccountAliasRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "ConcurrentModificationException",
                "NoSuchEntityException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeleteAccountPasswordPolicy",
            input: None,
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeleteGroup",
            input: Some("DeleteGroupRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "DeleteConflictException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeleteGroupPolicy",
            input: Some("DeleteGroupPolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeleteInstanceProfile",
            input: Some("DeleteInstanceProfileRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "DeleteConflictException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeleteLoginProfile",
            input: Some("DeleteLoginProfileRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "EntityTemporarilyUnmodifiableException",
                "NoSuchEntityException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeleteOpenIDConnectProvider",
            input: Some("DeleteOpenIDConnectProviderRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidInputException",
                "NoSuchEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeletePolicy",
            input: Some("DeletePolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "InvalidInputException",
                "DeleteConflictException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeletePolicyVersion",
            input: Some("DeletePolicyVersionRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "InvalidInputException",
                "DeleteConflictException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeleteRole",
            input: Some("DeleteRoleRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "DeleteConflictException",
                "LimitExceededException",
                "UnmodifiableEntityException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeleteRolePermissionsBoundary",
            input: Some("DeleteRolePermissionsBoundaryRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "UnmodifiableEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeleteRolePolicy",
            input: Some("DeleteRolePolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "UnmodifiableEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeleteSAMLProvider",
            input: Some("DeleteSAMLProviderRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidInputException",
                "LimitExceededException",
                "NoSuchEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeleteSSHPublicKey",
            input: Some("DeleteSSHPublicKeyRequest"),
            output: None,
            result_wrapper: None,
            errors: &["NoSuchEntityException"],
        },
        Operation {
            name: "DeleteServerCertificate",
            input: Some("DeleteServerCertificateRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "DeleteConflictException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeleteServiceLinkedRole",
            input: Some("DeleteServiceLinkedRoleRequest"),
            output: Some("DeleteServiceLinkedRoleResponse"),
            result_wrapper: Some("DeleteServiceLinkedRoleResult"),
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeleteServiceSpecificCredential",
            input: Some("DeleteServiceSpecificCredentialRequest"),
            output: None,
            result_wrapper: None,
            errors: &["NoSuchEntityException"],
        },
        Operation {
            name: "DeleteSigningCertificate",
            input: Some("DeleteSigningCertificateRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeleteUser",
            input: Some("DeleteUserRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "LimitExceededException",
                "NoSuchEntityException",
                "DeleteConflictException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeleteUserPermissionsBoundary",
            input: Some("DeleteUserPermissionsBoundaryRequest"),
            output: None,
            result_wrapper: None,
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "DeleteUserPolicy",
            input: Some("DeleteUserPolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DeleteVirtualMFADevice",
            input: Some("DeleteVirtualMFADeviceRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "DeleteConflictException",
                "LimitExceededException",
                "ServiceFailureException",
                "ConcurrentModificationException",
            ],
        },
        Operation {
            name: "DetachGroupPolicy",
            input: Some("DetachGroupPolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "InvalidInputException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DetachRolePolicy",
            input: Some("DetachRolePolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "InvalidInputException",
                "UnmodifiableEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DetachUserPolicy",
            input: Some("DetachUserPolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "InvalidInputException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "DisableOrganizationsRootCredentialsManagement",
            input: Some("DisableOrganizationsRootCredentialsManagementRequest"),
            output: Some("DisableOrganizationsRootCredentialsManagementResponse"),
            result_wrapper: Some("DisableOrganizationsRootCredentialsManagementResult"),
            errors: &[
                "ServiceAccessNotEnabledException",
                "AccountNotManagementOrDelegatedAdministratorException",
                "OrganizationNotFoundException",
                "OrganizationNotInAllFeaturesModeException",
            ],
        },
        Operation {
            name: "DisableOrganizationsRootSessions",
            input: Some("DisableOrganizationsRootSessionsRequest"),
            output: Some("DisableOrganizationsRootSessionsResponse"),
            result_wrapper: Some("DisableOrganizationsRootSessionsResult"),
            errors: &[
                "ServiceAccessNotEnabledException",
                "AccountNotManagementOrDelegatedAdministratorException",
                "OrganizationNotFoundException",
                "OrganizationNotInAllFeaturesModeException",
            ],
        },
        Operation {
            name: "DisableOutboundWebIdentityFederation",
            input: None,
            output: None,
            result_wrapper: None,
            errors: &["FeatureDisabledException"],
        },
        Operation {
            name: "EnableMFADevice",
            input: Some("EnableMFADeviceRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "EntityAlreadyExistsException",
                "EntityTemporarilyUnmodifiableException",
                "InvalidAuthenticationCodeException",
                "LimitExceededException",
                "NoSuchEntityException",
                "ServiceFailureException",
                "ConcurrentModificationException",
            ],
        },
        Operation {
            name: "EnableOrganizationsRootCredentialsManagement",
            input: Some("EnableOrganizationsRootCredentialsManagementRequest"),
            output: Some("EnableOrganizationsRootCredentialsManagementResponse"),
            result_wrapper: Some("EnableOrganizationsRootCredentialsManagementResult"),
            errors: &[
                "ServiceAccessNotEnabledException",
                "AccountNotManagementOrDelegatedAdministratorException",
                "OrganizationNotFoundException",
                "OrganizationNotInAllFeaturesModeException",
                "CallerIsNotManagementAccountException",
            ],
        },
        Operation {
            name: "EnableOrganizationsRootSessions",
            input: Some("EnableOrganizationsRootSessionsRequest"),
            output: Some("EnableOrganizationsRootSessionsResponse"),
            result_wrapper: Some("EnableOrganizationsRootSessionsResult"),
            errors: &[
                "ServiceAccessNotEnabledException",
                "AccountNotManagementOrDelegatedAdministratorException",
                "OrganizationNotFoundException",
                "OrganizationNotInAllFeaturesModeException",
                "CallerIsNotManagementAccountException",
            ],
        },
        Operation {
            name: "EnableOutboundWebIdentityFederation",
            input: None,
            output: Some("EnableOutboundWebIdentityFederationResponse"),
            result_wrapper: Some("EnableOutboundWebIdentityFederationResult"),
            errors: &["FeatureEnabledException"],
        },
        Operation {
            name: "GenerateCredentialReport",
            input: None,
            output: Some("GenerateCredentialReportResponse"),
            result_wrapper: Some("GenerateCredentialReportResult"),
            errors: &["LimitExceededException", "ServiceFailureException"],
        },
        Operation {
            name: "GenerateOrganizationsAccessReport",
            input: Some("GenerateOrganizationsAccessReportRequest"),
            output: Some("GenerateOrganizationsAccessReportResponse"),
            result_wrapper: Some("GenerateOrganizationsAccessReportResult"),
            errors: &["ReportGenerationLimitExceededException"],
        },
        Operation {
            name: "GenerateServiceLastAccessedDetails",
            input: Some("GenerateServiceLastAccessedDetailsRequest"),
            output: Some("GenerateServiceLastAccessedDetailsResponse"),
            result_wrapper: Some("GenerateServiceLastAccessedDetailsResult"),
            errors: &["NoSuchEntityException", "InvalidInputException"],
        },
        Operation {
            name: "GetAccessKeyLastUsed",
            input: Some("GetAccessKeyLastUsedRequest"),
            output: Some("GetAccessKeyLastUsedResponse"),
            result_wrapper: Some("GetAccessKeyLastUsedResult"),
            errors: &[],
        },
        Operation {
            name: "GetAccountAuthorizationDetails",
            input: Some("GetAccountAuthorizationDetailsRequest"),
            output: Some("GetAccountAuthorizationDetailsResponse"),
            result_wrapper: Some("GetAccountAuthorizationDetailsResult"),
            errors: &["ServiceFailureException"],
        },
        Operation {
            name: "GetAccountPasswordPolicy",
            input: None,
            output: Some("GetAccountPasswordPolicyResponse"),
            result_wrapper: Some("GetAccountPasswordPolicyResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "GetAccountProperties",
            input: Some("GetAccountPropertiesRequest"),
            output: Some("GetAccountPropertiesResponse"),
            result_wrapper: Some("GetAccountPropertiesResult"),
            errors: &["InvalidInputException", "ServiceFailureException"],
        },
        Operation {
            name: "GetAccountSummary",
            input: None,
            output: Some("GetAccountSummaryResponse"),
            result_wrapper: Some("GetAccountSummaryResult"),
            errors: &["ServiceFailureException"],
        },
        Operation {
            name: "GetContextKeysForCustomPolicy",
            input: Some("GetContextKeysForCustomPolicyRequest"),
            output: Some("GetContextKeysForPolicyResponse"),
            result_wrapper: Some("GetContextKeysForCustomPolicyResult"),
            errors: &["InvalidInputException"],
        },
        Operation {
            name: "GetContextKeysForPrincipalPolicy",
            input: Some("GetContextKeysForPrincipalPolicyRequest"),
            output: Some("GetContextKeysForPolicyResponse"),
            result_wrapper: Some("GetContextKeysForPrincipalPolicyResult"),
            errors: &["NoSuchEntityException", "InvalidInputException"],
        },
        Operation {
            name: "GetCredentialReport",
            input: None,
            output: Some("GetCredentialReportResponse"),
            result_wrapper: Some("GetCredentialReportResult"),
            errors: &[
                "CredentialReportNotPresentException",
                "CredentialReportExpiredException",
                "CredentialReportNotReadyException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "GetDelegationRequest",
            input: Some("GetDelegationRequestRequest"),
            output: Some("GetDelegationRequestResponse"),
            result_wrapper: Some("GetDelegationRequestResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "GetGroup",
            input: Some("GetGroupRequest"),
            output: Some("GetGroupResponse"),
            result_wrapper: Some("GetGroupResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "GetGroupPolicy",
            input: Some("GetGroupPolicyRequest"),
            output: Some("GetGroupPolicyResponse"),
            result_wrapper: Some("GetGroupPolicyResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "GetHumanReadableSummary",
            input: Some("GetHumanReadableSummaryRequest"),
            output: Some("GetHumanReadableSummaryResponse"),
            result_wrapper: Some("GetHumanReadableSummaryResult"),
            errors: &[
                "InvalidInputException",
                "NoSuchEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "GetInstanceProfile",
            input: Some("GetInstanceProfileRequest"),
            output: Some("GetInstanceProfileResponse"),
            result_wrapper: Some("GetInstanceProfileResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "GetLoginProfile",
            input: Some("GetLoginProfileRequest"),
            output: Some("GetLoginProfileResponse"),
            result_wrapper: Some("GetLoginProfileResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "GetMFADevice",
            input: Some("GetMFADeviceRequest"),
            output: Some("GetMFADeviceResponse"),
            result_wrapper: Some("GetMFADeviceResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "GetOpenIDConnectProvider",
            input: Some("GetOpenIDConnectProviderRequest"),
            output: Some("GetOpenIDConnectProviderResponse"),
            result_wrapper: Some("GetOpenIDConnectProviderResult"),
            errors: &[
                "InvalidInputException",
                "NoSuchEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "GetOrganizationsAccessReport",
            input: Some("GetOrganizationsAccessReportRequest"),
            output: Some("GetOrganizationsAccessReportResponse"),
            result_wrapper: Some("GetOrganizationsAccessReportResult"),
            errors: &["NoSuchEntityException"],
        },
        Operation {
            name: "GetOutboundWebIdentityFederationInfo",
            input: None,
            output: Some("GetOutboundWebIdentityFederationInfoResponse"),
            result_wrapper: Some("GetOutboundWebIdentityFederationInfoResult"),
            errors: &["FeatureDisabledException"],
        },
        Operation {
            name: "GetPolicy",
            input: Some("GetPolicyRequest"),
            output: Some("GetPolicyResponse"),
            result_wrapper: Some("GetPolicyResult"),
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "GetPolicyVersion",
            input: Some("GetPolicyVersionRequest"),
            output: Some("GetPolicyVersionResponse"),
            result_wrapper: Some("GetPolicyVersionResult"),
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "GetRole",
            input: Some("GetRoleRequest"),
            output: Some("GetRoleResponse"),
            result_wrapper: Some("GetRoleResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "GetRolePolicy",
            input: Some("GetRolePolicyRequest"),
            output: Some("GetRolePolicyResponse"),
            result_wrapper: Some("GetRolePolicyResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "GetRoleTemplateVersion",
            input: Some("GetRoleTemplateVersionRequest"),
            output: Some("GetRoleTemplateVersionResponse"),
            result_wrapper: Some("GetRoleTemplateVersionResult"),
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "GetSAMLProvider",
            input: Some("GetSAMLProviderRequest"),
            output: Some("GetSAMLProviderResponse"),
            result_wrapper: Some("GetSAMLProviderResult"),
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "GetSSHPublicKey",
            input: Some("GetSSHPublicKeyRequest"),
            output: Some("GetSSHPublicKeyResponse"),
            result_wrapper: Some("GetSSHPublicKeyResult"),
            errors: &[
                "NoSuchEntityException",
                "UnrecognizedPublicKeyEncodingException",
            ],
        },
        Operation {
            name: "GetServerCertificate",
            input: Some("GetServerCertificateRequest"),
            output: Some("GetServerCertificateResponse"),
            result_wrapper: Some("GetServerCertificateResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "GetServiceLastAccessedDetails",
            input: Some("GetServiceLastAccessedDetailsRequest"),
            output: Some("GetServiceLastAccessedDetailsResponse"),
            result_wrapper: Some("GetServiceLastAccessedDetailsResult"),
            errors: &["NoSuchEntityException", "InvalidInputException"],
        },
        Operation {
            name: "GetServiceLastAccessedDetailsWithEntities",
            input: Some("GetServiceLastAccessedDetailsWithEntitiesRequest"),
            output: Some("GetServiceLastAccessedDetailsWithEntitiesResponse"),
            result_wrapper: Some("GetServiceLastAccessedDetailsWithEntitiesResult"),
            errors: &["NoSuchEntityException", "InvalidInputException"],
        },
        Operation {
            name: "GetServiceLinkedRoleDeletionStatus",
            input: Some("GetServiceLinkedRoleDeletionStatusRequest"),
            output: Some("GetServiceLinkedRoleDeletionStatusResponse"),
            result_wrapper: Some("GetServiceLinkedRoleDeletionStatusResult"),
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "GetUser",
            input: Some("GetUserRequest"),
            output: Some("GetUserResponse"),
            result_wrapper: Some("GetUserResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "GetUserPolicy",
            input: Some("GetUserPolicyRequest"),
            output: Some("GetUserPolicyResponse"),
            result_wrapper: Some("GetUserPolicyResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "ListAccessKeys",
            input: Some("ListAccessKeysRequest"),
            output: Some("ListAccessKeysResponse"),
            result_wrapper: Some("ListAccessKeysResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "ListAccountAliases",
            input: Some("ListAccountAliasesRequest"),
            output: Some("ListAccountAliasesResponse"),
            result_wrapper: Some("ListAccountAliasesResult"),
            errors: &["ServiceFailureException"],
        },
        Operation {
            name: "ListAttachedGroupPolicies",
            input: Some("ListAttachedGroupPoliciesRequest"),
            output: Some("ListAttachedGroupPoliciesResponse"),
            result_wrapper: Some("ListAttachedGroupPoliciesResult"),
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "ListAttachedRolePolicies",
            input: Some("ListAttachedRolePoliciesRequest"),
            output: Some("ListAttachedRolePoliciesResponse"),
            result_wrapper: Some("ListAttachedRolePoliciesResult"),
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "ListAttachedUserPolicies",
            input: Some("ListAttachedUserPoliciesRequest"),
            output: Some("ListAttachedUserPoliciesResponse"),
            result_wrapper: Some("ListAttachedUserPoliciesResult"),
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "ListDelegationRequests",
            input: Some("ListDelegationRequestsRequest"),
            output: Some("ListDelegationRequestsResponse"),
            result_wrapper: Some("ListDelegationRequestsResult"),
            errors: &[
                "NoSuchEntityException",
                "ServiceFailureException",
                "InvalidInputException",
            ],
        },
        Operation {
            name: "ListEntitiesForPolicy",
            input: Some("ListEntitiesForPolicyRequest"),
            output: Some("ListEntitiesForPolicyResponse"),
            result_wrapper: Some("ListEntitiesForPolicyResult"),
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "ListGroupPolicies",
            input: Some("ListGroupPoliciesRequest"),
            output: Some("ListGroupPoliciesResponse"),
            result_wrapper: Some("ListGroupPoliciesResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "ListGroups",
            input: Some("ListGroupsRequest"),
            output: Some("ListGroupsResponse"),
            result_wrapper: Some("ListGroupsResult"),
            errors: &["ServiceFailureException"],
        },
        Operation {
            name: "ListGroupsForUser",
            input: Some("ListGroupsForUserRequest"),
            output: Some("ListGroupsForUserResponse"),
            result_wrapper: Some("ListGroupsForUserResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "ListInstanceProfileTags",
            input: Some("ListInstanceProfileTagsRequest"),
            output: Some("ListInstanceProfileTagsResponse"),
            result_wrapper: Some("ListInstanceProfileTagsResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "ListInstanceProfiles",
            input: Some("ListInstanceProfilesRequest"),
            output: Some("ListInstanceProfilesResponse"),
            result_wrapper: Some("ListInstanceProfilesResult"),
            errors: &["ServiceFailureException"],
        },
        Operation {
            name: "ListInstanceProfilesForRole",
            input: Some("ListInstanceProfilesForRoleRequest"),
            output: Some("ListInstanceProfilesForRoleResponse"),
            result_wrapper: Some("ListInstanceProfilesForRoleResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "ListMFADeviceTags",
            input: Some("ListMFADeviceTagsRequest"),
            output: Some("ListMFADeviceTagsResponse"),
            result_wrapper: Some("ListMFADeviceTagsResult"),
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "ListMFADevices",
            input: Some("ListMFADevicesRequest"),
            output: Some("ListMFADevicesResponse"),
            result_wrapper: Some("ListMFADevicesResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "ListOpenIDConnectProviderTags",
            input: Some("ListOpenIDConnectProviderTagsRequest"),
            output: Some("ListOpenIDConnectProviderTagsResponse"),
            result_wrapper: Some("ListOpenIDConnectProviderTagsResult"),
            errors: &[
                "NoSuchEntityException",
                "ServiceFailureException",
                "InvalidInputException",
            ],
        },
        Operation {
            name: "ListOpenIDConnectProviders",
            input: Some("ListOpenIDConnectProvidersRequest"),
            output: Some("ListOpenIDConnectProvidersResponse"),
            result_wrapper: Some("ListOpenIDConnectProvidersResult"),
            errors: &["ServiceFailureException"],
        },
        Operation {
            name: "ListOrganizationsFeatures",
            input: Some("ListOrganizationsFeaturesRequest"),
            output: Some("ListOrganizationsFeaturesResponse"),
            result_wrapper: Some("ListOrganizationsFeaturesResult"),
            errors: &[
                "ServiceAccessNotEnabledException",
                "AccountNotManagementOrDelegatedAdministratorException",
                "OrganizationNotFoundException",
                "OrganizationNotInAllFeaturesModeException",
            ],
        },
        Operation {
            name: "ListPolicies",
            input: Some("ListPoliciesRequest"),
            output: Some("ListPoliciesResponse"),
            result_wrapper: Some("ListPoliciesResult"),
            errors: &["ServiceFailureException"],
        },
        Operation {
            name: "ListPoliciesGrantingServiceAccess",
            input: Some("ListPoliciesGrantingServiceAccessRequest"),
            output: Some("ListPoliciesGrantingServiceAccessResponse"),
            result_wrapper: Some("ListPoliciesGrantingServiceAccessResult"),
            errors: &["NoSuchEntityException", "InvalidInputException"],
        },
        Operation {
            name: "ListPolicyTags",
            input: Some("ListPolicyTagsRequest"),
            output: Some("ListPolicyTagsResponse"),
            result_wrapper: Some("ListPolicyTagsResult"),
            errors: &[
                "NoSuchEntityException",
                "ServiceFailureException",
                "InvalidInputException",
            ],
        },
        Operation {
            name: "ListPolicyVersions",
            input: Some("ListPolicyVersionsRequest"),
            output: Some("ListPolicyVersionsResponse"),
            result_wrapper: Some("ListPolicyVersionsResult"),
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "ListRolePolicies",
            input: Some("ListRolePoliciesRequest"),
            output: Some("ListRolePoliciesResponse"),
            result_wrapper: Some("ListRolePoliciesResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "ListRoleTags",
            input: Some("ListRoleTagsRequest"),
            output: Some("ListRoleTagsResponse"),
            result_wrapper: Some("ListRoleTagsResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "ListRoles",
            input: Some("ListRolesRequest"),
            output: Some("ListRolesResponse"),
            result_wrapper: Some("ListRolesResult"),
            errors: &["ServiceFailureException"],
        },
        Operation {
            name: "ListSAMLProviderTags",
            input: Some("ListSAMLProviderTagsRequest"),
            output: Some("ListSAMLProviderTagsResponse"),
            result_wrapper: Some("ListSAMLProviderTagsResult"),
            errors: &[
                "NoSuchEntityException",
                "ServiceFailureException",
                "InvalidInputException",
            ],
        },
        Operation {
            name: "ListSAMLProviders",
            input: Some("ListSAMLProvidersRequest"),
            output: Some("ListSAMLProvidersResponse"),
            result_wrapper: Some("ListSAMLProvidersResult"),
            errors: &["ServiceFailureException"],
        },
        Operation {
            name: "ListSSHPublicKeys",
            input: Some("ListSSHPublicKeysRequest"),
            output: Some("ListSSHPublicKeysResponse"),
            result_wrapper: Some("ListSSHPublicKeysResult"),
            errors: &["NoSuchEntityException"],
        },
        Operation {
            name: "ListServerCertificateTags",
            input: Some("ListServerCertificateTagsRequest"),
            output: Some("ListServerCertificateTagsResponse"),
            result_wrapper: Some("ListServerCertificateTagsResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "ListServerCertificates",
            input: Some("ListServerCertificatesRequest"),
            output: Some("ListServerCertificatesResponse"),
            result_wrapper: Some("ListServerCertificatesResult"),
            errors: &["ServiceFailureException"],
        },
        Operation {
            name: "ListServiceSpecificCredentials",
            input: Some("ListServiceSpecificCredentialsRequest"),
            output: Some("ListServiceSpecificCredentialsResponse"),
            result_wrapper: Some("ListServiceSpecificCredentialsResult"),
            errors: &["NoSuchEntityException", "ServiceNotSupportedException"],
        },
        Operation {
            name: "ListSigningCertificates",
            input: Some("ListSigningCertificatesRequest"),
            output: Some("ListSigningCertificatesResponse"),
            result_wrapper: Some("ListSigningCertificatesResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "ListUserPolicies",
            input: Some("ListUserPoliciesRequest"),
            output: Some("ListUserPoliciesResponse"),
            result_wrapper: Some("ListUserPoliciesResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "ListUserTags",
            input: Some("ListUserTagsRequest"),
            output: Some("ListUserTagsResponse"),
            result_wrapper: Some("ListUserTagsResult"),
            errors: &["NoSuchEntityException", "ServiceFailureException"],
        },
        Operation {
            name: "ListUsers",
            input: Some("ListUsersRequest"),
            output: Some("ListUsersResponse"),
            result_wrapper: Some("ListUsersResult"),
            errors: &["ServiceFailureException"],
        },
        Operation {
            name: "ListVirtualMFADevices",
            input: Some("ListVirtualMFADevicesRequest"),
            output: Some("ListVirtualMFADevicesResponse"),
            result_wrapper: Some("ListVirtualMFADevicesResult"),
            errors: &[],
        },
        Operation {
            name: "PutAccountProperties",
            input: Some("PutAccountPropertiesRequest"),
            output: Some("PutAccountPropertiesResponse"),
            result_wrapper: Some("PutAccountPropertiesResult"),
            errors: &[
                "InvalidInputException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "PutGroupPolicy",
            input: Some("PutGroupPolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "LimitExceededException",
                "MalformedPolicyDocumentException",
                "NoSuchEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "PutRolePermissionsBoundary",
            input: Some("PutRolePermissionsBoundaryRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "UnmodifiableEntityException",
                "PolicyNotAttachableException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "PutRolePolicy",
            input: Some("PutRolePolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "LimitExceededException",
                "MalformedPolicyDocumentException",
                "NoSuchEntityException",
                "UnmodifiableEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "PutUserPermissionsBoundary",
            input: Some("PutUserPermissionsBoundaryRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "PolicyNotAttachableException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "PutUserPolicy",
            input: Some("PutUserPolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "LimitExceededException",
                "MalformedPolicyDocumentException",
                "NoSuchEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "RejectDelegationRequest",
            input: Some("RejectDelegationRequestRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "ServiceFailureException",
                "ConcurrentModificationException",
                "InvalidInputException",
            ],
        },
        Operation {
            name: "RemoveClientIDFromOpenIDConnectProvider",
            input: Some("RemoveClientIDFromOpenIDConnectProviderRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "ConcurrentModificationException",
                "InvalidInputException",
                "NoSuchEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "RemoveRoleFromInstanceProfile",
            input: Some("RemoveRoleFromInstanceProfileRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "UnmodifiableEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "RemoveUserFromGroup",
            input: Some("RemoveUserFromGroupRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "ResetServiceSpecificCredential",
            input: Some("ResetServiceSpecificCredentialRequest"),
            output: Some("ResetServiceSpecificCredentialResponse"),
            result_wrapper: Some("ResetServiceSpecificCredentialResult"),
            errors: &["NoSuchEntityException"],
        },
        Operation {
            name: "ResyncMFADevice",
            input: Some("ResyncMFADeviceRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidAuthenticationCodeException",
                "NoSuchEntityException",
                "LimitExceededException",
                "ServiceFailureException",
                "ConcurrentModificationException",
            ],
        },
        Operation {
            name: "SendDelegationToken",
            input: Some("SendDelegationTokenRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "ServiceFailureException",
                "ConcurrentModificationException",
                "InvalidInputException",
            ],
        },
        Operation {
            name: "SetDefaultPolicyVersion",
            input: Some("SetDefaultPolicyVersionRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "SetSecurityTokenServicePreferences",
            input: Some("SetSecurityTokenServicePreferencesRequest"),
            output: None,
            result_wrapper: None,
            errors: &["ServiceFailureException"],
        },
        Operation {
            name: "SimulateCustomPolicy",
            input: Some("SimulateCustomPolicyRequest"),
            output: Some("SimulatePolicyResponse"),
            result_wrapper: Some("SimulateCustomPolicyResult"),
            errors: &["InvalidInputException", "PolicyEvaluationException"],
        },
        Operation {
            name: "SimulatePrincipalPolicy",
            input: Some("SimulatePrincipalPolicyRequest"),
            output: Some("SimulatePolicyResponse"),
            result_wrapper: Some("SimulatePrincipalPolicyResult"),
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "PolicyEvaluationException",
            ],
        },
        Operation {
            name: "TagInstanceProfile",
            input: Some("TagInstanceProfileRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "LimitExceededException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "TagMFADevice",
            input: Some("TagMFADeviceRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "InvalidInputException",
                "NoSuchEntityException",
                "LimitExceededException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "TagOpenIDConnectProvider",
            input: Some("TagOpenIDConnectProviderRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "InvalidInputException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "TagPolicy",
            input: Some("TagPolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "InvalidInputException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "TagRole",
            input: Some("TagRoleRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "InvalidInputException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "TagSAMLProvider",
            input: Some("TagSAMLProviderRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "InvalidInputException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "TagServerCertificate",
            input: Some("TagServerCertificateRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "LimitExceededException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "TagUser",
            input: Some("TagUserRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "InvalidInputException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UntagInstanceProfile",
            input: Some("UntagInstanceProfileRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UntagMFADevice",
            input: Some("UntagMFADeviceRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UntagOpenIDConnectProvider",
            input: Some("UntagOpenIDConnectProviderRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UntagPolicy",
            input: Some("UntagPolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UntagRole",
            input: Some("UntagRoleRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UntagSAMLProvider",
            input: Some("UntagSAMLProviderRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UntagServerCertificate",
            input: Some("UntagServerCertificateRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UntagUser",
            input: Some("UntagUserRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UpdateAccessKey",
            input: Some("UpdateAccessKeyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "ServiceFailureException",
                "InvalidInputException",
            ],
        },
        Operation {
            name: "UpdateAccountPasswordPolicy",
            input: Some("UpdateAccountPasswordPolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "MalformedPolicyDocumentException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UpdateAssumeRolePolicy",
            input: Some("UpdateAssumeRolePolicyRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "MalformedPolicyDocumentException",
                "LimitExceededException",
                "UnmodifiableEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UpdateDelegationRequest",
            input: Some("UpdateDelegationRequestRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "ServiceFailureException",
                "ConcurrentModificationException",
                "InvalidInputException",
            ],
        },
        Operation {
            name: "UpdateGroup",
            input: Some("UpdateGroupRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "EntityAlreadyExistsException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UpdateLoginProfile",
            input: Some("UpdateLoginProfileRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "EntityTemporarilyUnmodifiableException",
                "NoSuchEntityException",
                "PasswordPolicyViolationException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UpdateOpenIDConnectProviderThumbprint",
            input: Some("UpdateOpenIDConnectProviderThumbprintRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "ConcurrentModificationException",
                "InvalidInputException",
                "NoSuchEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UpdateRole",
            input: Some("UpdateRoleRequest"),
            output: Some("UpdateRoleResponse"),
            result_wrapper: Some("UpdateRoleResult"),
            errors: &[
                "UnmodifiableEntityException",
                "NoSuchEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UpdateRoleDescription",
            input: Some("UpdateRoleDescriptionRequest"),
            output: Some("UpdateRoleDescriptionResponse"),
            result_wrapper: Some("UpdateRoleDescriptionResult"),
            errors: &[
                "NoSuchEntityException",
                "UnmodifiableEntityException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UpdateSAMLProvider",
            input: Some("UpdateSAMLProviderRequest"),
            output: Some("UpdateSAMLProviderResponse"),
            result_wrapper: Some("UpdateSAMLProviderResult"),
            errors: &[
                "NoSuchEntityException",
                "InvalidInputException",
                "LimitExceededException",
                "ServiceFailureException",
                "ConcurrentModificationException",
            ],
        },
        Operation {
            name: "UpdateSSHPublicKey",
            input: Some("UpdateSSHPublicKeyRequest"),
            output: None,
            result_wrapper: None,
            errors: &["NoSuchEntityException", "InvalidInputException"],
        },
        Operation {
            name: "UpdateServerCertificate",
            input: Some("UpdateServerCertificateRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "EntityAlreadyExistsException",
                "LimitExceededException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UpdateServiceSpecificCredential",
            input: Some("UpdateServiceSpecificCredentialRequest"),
            output: None,
            result_wrapper: None,
            errors: &["NoSuchEntityException"],
        },
        Operation {
            name: "UpdateSigningCertificate",
            input: Some("UpdateSigningCertificateRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "ServiceFailureException",
                "InvalidInputException",
            ],
        },
        Operation {
            name: "UpdateUser",
            input: Some("UpdateUserRequest"),
            output: None,
            result_wrapper: None,
            errors: &[
                "NoSuchEntityException",
                "LimitExceededException",
                "EntityAlreadyExistsException",
                "EntityTemporarilyUnmodifiableException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UploadSSHPublicKey",
            input: Some("UploadSSHPublicKeyRequest"),
            output: Some("UploadSSHPublicKeyResponse"),
            result_wrapper: Some("UploadSSHPublicKeyResult"),
            errors: &[
                "LimitExceededException",
                "NoSuchEntityException",
                "InvalidPublicKeyException",
                "DuplicateSSHPublicKeyException",
                "UnrecognizedPublicKeyEncodingException",
            ],
        },
        Operation {
            name: "UploadServerCertificate",
            input: Some("UploadServerCertificateRequest"),
            output: Some("UploadServerCertificateResponse"),
            result_wrapper: Some("UploadServerCertificateResult"),
            errors: &[
                "LimitExceededException",
                "InvalidInputException",
                "EntityAlreadyExistsException",
                "MalformedCertificateException",
                "KeyPairMismatchException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
        Operation {
            name: "UploadSigningCertificate",
            input: Some("UploadSigningCertificateRequest"),
            output: Some("UploadSigningCertificateResponse"),
            result_wrapper: Some("UploadSigningCertificateResult"),
            errors: &[
                "LimitExceededException",
                "EntityAlreadyExistsException",
                "MalformedCertificateException",
                "InvalidCertificateException",
                "DuplicateCertificateException",
                "NoSuchEntityException",
                "ConcurrentModificationException",
                "ServiceFailureException",
            ],
        },
    ];

    const SHAPES: &[Shape] = &[
        s(
            "AcceptDelegationRequestRequest",
            false,
            structure(
                &[m("DelegationRequestId", "delegationRequestIdType")],
                &["DelegationRequestId"],
            ),
        ),
        s(
            "AccessAdvisorUsageGranularityType",
            false,
            string(
                super::AccessAdvisorUsageGranularityType::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "AccessDetail",
            false,
            structure(
                &[
                    m("ServiceName", "serviceNameType"),
                    m("ServiceNamespace", "serviceNamespaceType"),
                    m("Region", "stringType"),
                    m("EntityPath", "organizationsEntityPathType"),
                    m("LastAuthenticatedTime", "dateType"),
                    m("TotalAuthenticatedEntities", "integerType"),
                ],
                &["ServiceName", "ServiceNamespace"],
            ),
        ),
        s("AccessDetails", false, list("AccessDetail", None, None)),
        s(
            "AccessKey",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("AccessKeyId", "accessKeyIdType"),
                    m("Status", "statusType"),
                    m("SecretAccessKey", "accessKeySecretType"),
                    m("CreateDate", "dateType"),
                ],
                &["UserName", "AccessKeyId", "Status", "SecretAccessKey"],
            ),
        ),
        s(
            "AccessKeyLastUsed",
            false,
            structure(
                &[
                    m("LastUsedDate", "dateType"),
                    m("ServiceName", "stringType"),
                    m("Region", "stringType"),
                ],
                &["ServiceName", "Region"],
            ),
        ),
        s(
            "AccessKeyMetadata",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("AccessKeyId", "accessKeyIdType"),
                    m("Status", "statusType"),
                    m("CreateDate", "dateType"),
                ],
                &[],
            ),
        ),
        s(
            "AccountNotManagementOrDelegatedAdministratorException",
            false,
            exception(
                &[],
                &[],
                "AccountNotManagementOrDelegatedAdministratorException",
                400,
                false,
            ),
        ),
        s(
            "AcquireRoleRequest",
            false,
            structure(
                &[
                    m("TemplateArn", "arnType"),
                    m("TemplateMinorVersion", "integerType"),
                    m("ReplacementValues", "mapStringReplacementValueEntry"),
                ],
                &["TemplateArn"],
            ),
        ),
        s(
            "AcquireRoleResponse",
            false,
            structure(&[m("Role", "Role")], &["Role"]),
        ),
        s(
            "ActionNameListType",
            false,
            list("ActionNameType", None, None),
        ),
        s(
            "ActionNameType",
            false,
            string(&[], Some(3), Some(128), None),
        ),
        s(
            "AddClientIDToOpenIDConnectProviderRequest",
            false,
            structure(
                &[
                    m("OpenIDConnectProviderArn", "arnType"),
                    m("ClientID", "clientIDType"),
                ],
                &["OpenIDConnectProviderArn", "ClientID"],
            ),
        ),
        s(
            "AddRoleToInstanceProfileRequest",
            false,
            structure(
                &[
                    m("InstanceProfileName", "instanceProfileNameType"),
                    m("RoleName", "roleNameType"),
                ],
                &["InstanceProfileName", "RoleName"],
            ),
        ),
        s(
            "AddUserToGroupRequest",
            false,
            structure(
                &[
                    m("GroupName", "groupNameType"),
                    m("UserName", "existingUserNameType"),
                ],
                &["GroupName", "UserName"],
            ),
        ),
        s("ArnListType", false, list("arnType", None, None)),
        s(
            "AssociateDelegationRequestRequest",
            false,
            structure(
                &[m("DelegationRequestId", "delegationRequestIdType")],
                &["DelegationRequestId"],
            ),
        ),
        s(
            "AttachGroupPolicyRequest",
            false,
            structure(
                &[m("GroupName", "groupNameType"), m("PolicyArn", "arnType")],
                &["GroupName", "PolicyArn"],
            ),
        ),
        s(
            "AttachRolePolicyRequest",
            false,
            structure(
                &[m("RoleName", "roleNameType"), m("PolicyArn", "arnType")],
                &["RoleName", "PolicyArn"],
            ),
        ),
        s(
            "AttachUserPolicyRequest",
            false,
            structure(
                &[m("UserName", "userNameType"), m("PolicyArn", "arnType")],
                &["UserName", "PolicyArn"],
            ),
        ),
        s(
            "AttachedPermissionsBoundary",
            false,
            structure(
                &[
                    m(
                        "PermissionsBoundaryType",
                        "PermissionsBoundaryAttachmentType",
                    ),
                    m("PermissionsBoundaryArn", "arnType"),
                ],
                &[],
            ),
        ),
        s(
            "AttachedPolicy",
            false,
            structure(
                &[m("PolicyName", "policyNameType"), m("PolicyArn", "arnType")],
                &[],
            ),
        ),
        s(
            "AttachmentName",
            false,
            string(&[], Some(1), Some(128), Some("[\\w+=,.@-]+")),
        ),
        s(
            "AttachmentType",
            false,
            string(super::AttachmentType::VALUES, None, None, None),
        ),
        s(
            "BootstrapDatum",
            true,
            K::Blob {
                min: None,
                max: None,
            },
        ),
        s(
            "CallerIsNotManagementAccountException",
            false,
            exception(
                &[],
                &[],
                "CallerIsNotManagementAccountException",
                400,
                false,
            ),
        ),
        s(
            "CertificationKeyType",
            false,
            string(&[], Some(1), Some(128), Some("[\\u0020-\\u00FF]+")),
        ),
        s(
            "CertificationMapType",
            false,
            map("CertificationKeyType", "CertificationValueType", None, None),
        ),
        s(
            "CertificationValueType",
            false,
            string(&[], Some(1), Some(32), Some("[\\u0020-\\u00FF]+")),
        ),
        s(
            "ChangePasswordRequest",
            false,
            structure(
                &[
                    m("OldPassword", "passwordType"),
                    m("NewPassword", "passwordType"),
                ],
                &["OldPassword", "NewPassword"],
            ),
        ),
        s("ColumnNumber", false, integer(None, None)),
        s(
            "ConcurrentModificationException",
            false,
            exception(
                &[m("message", "ConcurrentModificationMessage")],
                &[],
                "ConcurrentModification",
                409,
                false,
            ),
        ),
        s(
            "ConcurrentModificationMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "ContextEntry",
            false,
            structure(
                &[
                    m("ContextKeyName", "ContextKeyNameType"),
                    m("ContextKeyValues", "ContextKeyValueListType"),
                    m("ContextKeyType", "ContextKeyTypeEnum"),
                ],
                &[],
            ),
        ),
        s(
            "ContextEntryListType",
            false,
            list("ContextEntry", None, None),
        ),
        s(
            "ContextKeyNameType",
            false,
            string(&[], Some(5), Some(256), None),
        ),
        s(
            "ContextKeyNamesResultListType",
            false,
            list("ContextKeyNameType", None, None),
        ),
        s(
            "ContextKeyTypeEnum",
            false,
            string(super::ContextKeyTypeEnum::VALUES, None, None, None),
        ),
        s(
            "ContextKeyValueListType",
            false,
            list("ContextKeyValueType", None, None),
        ),
        s("ContextKeyValueType", false, string(&[], None, None, None)),
        s(
            "CreateAccessKeyRequest",
            false,
            structure(&[m("UserName", "existingUserNameType")], &[]),
        ),
        s(
            "CreateAccessKeyResponse",
            false,
            structure(&[m("AccessKey", "AccessKey")], &["AccessKey"]),
        ),
        s(
            "CreateAccountAliasRequest",
            false,
            structure(&[m("AccountAlias", "accountAliasType")], &["AccountAlias"]),
        ),
        s(
            "CreateDelegationRequestRequest",
            false,
            structure(
                &[
                    m("OwnerAccountId", "accountIdType"),
                    m("Description", "delegationRequestDescriptionType"),
                    m("Permissions", "DelegationPermission"),
                    m("RequestMessage", "requestMessageType"),
                    m("RequestorWorkflowId", "requestorWorkflowIdType"),
                    m("RedirectUrl", "redirectUrlType"),
                    m("NotificationChannel", "notificationChannelType"),
                    m("SessionDuration", "sessionDurationType"),
                    m("OnlySendByOwner", "booleanType"),
                ],
                &[
                    "Description",
                    "Permissions",
                    "RequestorWorkflowId",
                    "NotificationChannel",
                    "SessionDuration",
                ],
            ),
        ),
        s(
            "CreateDelegationRequestResponse",
            false,
            structure(
                &[
                    m("ConsoleDeepLink", "consoleDeepLinkType"),
                    m("DelegationRequestId", "delegationRequestIdType"),
                ],
                &[],
            ),
        ),
        s(
            "CreateGroupRequest",
            false,
            structure(
                &[m("Path", "pathType"), m("GroupName", "groupNameType")],
                &["GroupName"],
            ),
        ),
        s(
            "CreateGroupResponse",
            false,
            structure(&[m("Group", "Group")], &["Group"]),
        ),
        s(
            "CreateInstanceProfileRequest",
            false,
            structure(
                &[
                    m("InstanceProfileName", "instanceProfileNameType"),
                    m("Path", "pathType"),
                    m("Tags", "tagListType"),
                ],
                &["InstanceProfileName"],
            ),
        ),
        s(
            "CreateInstanceProfileResponse",
            false,
            structure(
                &[m("InstanceProfile", "InstanceProfile")],
                &["InstanceProfile"],
            ),
        ),
        s(
            "CreateLoginProfileRequest",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("Password", "passwordType"),
                    m("PasswordResetRequired", "booleanType"),
                ],
                &[],
            ),
        ),
        s(
            "CreateLoginProfileResponse",
            false,
            structure(&[m("LoginProfile", "LoginProfile")], &["LoginProfile"]),
        ),
        s(
            "CreateOpenIDConnectProviderRequest",
            false,
            structure(
                &[
                    m("Url", "OpenIDConnectProviderUrlType"),
                    m("ClientIDList", "clientIDListType"),
                    m("ThumbprintList", "thumbprintListType"),
                    m("Tags", "tagListType"),
                ],
                &["Url"],
            ),
        ),
        s(
            "CreateOpenIDConnectProviderResponse",
            false,
            structure(
                &[
                    m("OpenIDConnectProviderArn", "arnType"),
                    m("Tags", "tagListType"),
                ],
                &[],
            ),
        ),
        s(
            "CreatePolicyRequest",
            false,
            structure(
                &[
                    m("PolicyName", "policyNameType"),
                    m("Path", "policyPathType"),
                    m("PolicyDocument", "policyDocumentType"),
                    m("Description", "policyDescriptionType"),
                    m("Tags", "tagListType"),
                ],
                &["PolicyName", "PolicyDocument"],
            ),
        ),
        s(
            "CreatePolicyResponse",
            false,
            structure(&[m("Policy", "Policy")], &[]),
        ),
        s(
            "CreatePolicyVersionRequest",
            false,
            structure(
                &[
                    m("PolicyArn", "arnType"),
                    m("PolicyDocument", "policyDocumentType"),
                    m("SetAsDefault", "booleanType"),
                ],
                &["PolicyArn", "PolicyDocument"],
            ),
        ),
        s(
            "CreatePolicyVersionResponse",
            false,
            structure(&[m("PolicyVersion", "PolicyVersion")], &[]),
        ),
        s(
            "CreateRoleRequest",
            false,
            structure(
                &[
                    m("Path", "pathType"),
                    m("RoleName", "roleNameType"),
                    m("AssumeRolePolicyDocument", "policyDocumentType"),
                    m("Description", "roleDescriptionType"),
                    m("MaxSessionDuration", "roleMaxSessionDurationType"),
                    m("PermissionsBoundary", "arnType"),
                    m("Tags", "tagListType"),
                ],
                &["RoleName", "AssumeRolePolicyDocument"],
            ),
        ),
        s(
            "CreateRoleResponse",
            false,
            structure(&[m("Role", "Role")], &["Role"]),
        ),
        s(
            "CreateSAMLProviderRequest",
            false,
            structure(
                &[
                    m("SAMLMetadataDocument", "SAMLMetadataDocumentType"),
                    m("Name", "SAMLProviderNameType"),
                    m("Tags", "tagListType"),
                    m("AssertionEncryptionMode", "assertionEncryptionModeType"),
                    m("AddPrivateKey", "privateKeyType"),
                ],
                &["SAMLMetadataDocument", "Name"],
            ),
        ),
        s(
            "CreateSAMLProviderResponse",
            false,
            structure(
                &[m("SAMLProviderArn", "arnType"), m("Tags", "tagListType")],
                &[],
            ),
        ),
        s(
            "CreateServiceLinkedRoleRequest",
            false,
            structure(
                &[
                    m("AWSServiceName", "groupNameType"),
                    m("Description", "roleDescriptionType"),
                    m("CustomSuffix", "customSuffixType"),
                ],
                &["AWSServiceName"],
            ),
        ),
        s(
            "CreateServiceLinkedRoleResponse",
            false,
            structure(&[m("Role", "Role")], &[]),
        ),
        s(
            "CreateServiceSpecificCredentialRequest",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("ServiceName", "serviceName"),
                    m("CredentialAgeDays", "credentialAgeDays"),
                ],
                &["UserName", "ServiceName"],
            ),
        ),
        s(
            "CreateServiceSpecificCredentialResponse",
            false,
            structure(
                &[m("ServiceSpecificCredential", "ServiceSpecificCredential")],
                &[],
            ),
        ),
        s(
            "CreateUserRequest",
            false,
            structure(
                &[
                    m("Path", "pathType"),
                    m("UserName", "userNameType"),
                    m("PermissionsBoundary", "arnType"),
                    m("Tags", "tagListType"),
                ],
                &["UserName"],
            ),
        ),
        s(
            "CreateUserResponse",
            false,
            structure(&[m("User", "User")], &[]),
        ),
        s(
            "CreateVirtualMFADeviceRequest",
            false,
            structure(
                &[
                    m("Path", "pathType"),
                    m("VirtualMFADeviceName", "virtualMFADeviceName"),
                    m("Tags", "tagListType"),
                ],
                &["VirtualMFADeviceName"],
            ),
        ),
        s(
            "CreateVirtualMFADeviceResponse",
            false,
            structure(
                &[m("VirtualMFADevice", "VirtualMFADevice")],
                &["VirtualMFADevice"],
            ),
        ),
        s(
            "CredentialReportExpiredException",
            false,
            exception(
                &[m("message", "credentialReportExpiredExceptionMessage")],
                &[],
                "ReportExpired",
                410,
                false,
            ),
        ),
        s(
            "CredentialReportNotPresentException",
            false,
            exception(
                &[m("message", "credentialReportNotPresentExceptionMessage")],
                &[],
                "ReportNotPresent",
                410,
                false,
            ),
        ),
        s(
            "CredentialReportNotReadyException",
            false,
            exception(
                &[m("message", "credentialReportNotReadyExceptionMessage")],
                &[],
                "ReportInProgress",
                404,
                false,
            ),
        ),
        s(
            "DeactivateMFADeviceRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("SerialNumber", "serialNumberType"),
                ],
                &["SerialNumber"],
            ),
        ),
        s(
            "DelegationPermission",
            false,
            structure(
                &[
                    m("PolicyTemplateArn", "arnType"),
                    m("Parameters", "policyParameterListType"),
                ],
                &[],
            ),
        ),
        s(
            "DelegationRequest",
            false,
            structure(
                &[
                    m("DelegationRequestId", "delegationRequestIdType"),
                    m("OwnerAccountId", "accountIdType"),
                    m("Description", "delegationRequestDescriptionType"),
                    m("RequestMessage", "requestMessageType"),
                    m("Permissions", "DelegationPermission"),
                    m("PermissionPolicy", "permissionType"),
                    m(
                        "RolePermissionRestrictionArns",
                        "rolePermissionRestrictionArnListType",
                    ),
                    m("OwnerId", "ownerIdType"),
                    m("ApproverId", "arnType"),
                    m("State", "stateType"),
                    m("ExpirationTime", "dateType"),
                    m("RequestorId", "accountIdType"),
                    m("RequestorName", "requestorNameType"),
                    m("CreateDate", "dateType"),
                    m("SessionDuration", "sessionDurationType"),
                    m("RedirectUrl", "redirectUrlType"),
                    m("Notes", "notesType"),
                    m("RejectionReason", "notesType"),
                    m("OnlySendByOwner", "booleanType"),
                    m("UpdatedTime", "dateType"),
                ],
                &[],
            ),
        ),
        s(
            "DeleteAccessKeyRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("AccessKeyId", "accessKeyIdType"),
                ],
                &["AccessKeyId"],
            ),
        ),
        s(
            "DeleteAccountAliasRequest",
            false,
            structure(&[m("AccountAlias", "accountAliasType")], &["AccountAlias"]),
        ),
        s(
            "DeleteConflictException",
            false,
            exception(
                &[m("message", "deleteConflictMessage")],
                &[],
                "DeleteConflict",
                409,
                false,
            ),
        ),
        s(
            "DeleteGroupPolicyRequest",
            false,
            structure(
                &[
                    m("GroupName", "groupNameType"),
                    m("PolicyName", "policyNameType"),
                ],
                &["GroupName", "PolicyName"],
            ),
        ),
        s(
            "DeleteGroupRequest",
            false,
            structure(&[m("GroupName", "groupNameType")], &["GroupName"]),
        ),
        s(
            "DeleteInstanceProfileRequest",
            false,
            structure(
                &[m("InstanceProfileName", "instanceProfileNameType")],
                &["InstanceProfileName"],
            ),
        ),
        s(
            "DeleteLoginProfileRequest",
            false,
            structure(&[m("UserName", "userNameType")], &[]),
        ),
        s(
            "DeleteOpenIDConnectProviderRequest",
            false,
            structure(
                &[m("OpenIDConnectProviderArn", "arnType")],
                &["OpenIDConnectProviderArn"],
            ),
        ),
        s(
            "DeletePolicyRequest",
            false,
            structure(&[m("PolicyArn", "arnType")], &["PolicyArn"]),
        ),
        s(
            "DeletePolicyVersionRequest",
            false,
            structure(
                &[
                    m("PolicyArn", "arnType"),
                    m("VersionId", "policyVersionIdType"),
                ],
                &["PolicyArn", "VersionId"],
            ),
        ),
        s(
            "DeleteRolePermissionsBoundaryRequest",
            false,
            structure(&[m("RoleName", "roleNameType")], &["RoleName"]),
        ),
        s(
            "DeleteRolePolicyRequest",
            false,
            structure(
                &[
                    m("RoleName", "roleNameType"),
                    m("PolicyName", "policyNameType"),
                ],
                &["RoleName", "PolicyName"],
            ),
        ),
        s(
            "DeleteRoleRequest",
            false,
            structure(&[m("RoleName", "roleNameType")], &["RoleName"]),
        ),
        s(
            "DeleteSAMLProviderRequest",
            false,
            structure(&[m("SAMLProviderArn", "arnType")], &["SAMLProviderArn"]),
        ),
        s(
            "DeleteSSHPublicKeyRequest",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("SSHPublicKeyId", "publicKeyIdType"),
                ],
                &["UserName", "SSHPublicKeyId"],
            ),
        ),
        s(
            "DeleteServerCertificateRequest",
            false,
            structure(
                &[m("ServerCertificateName", "serverCertificateNameType")],
                &["ServerCertificateName"],
            ),
        ),
        s(
            "DeleteServiceLinkedRoleRequest",
            false,
            structure(&[m("RoleName", "roleNameType")], &["RoleName"]),
        ),
        s(
            "DeleteServiceLinkedRoleResponse",
            false,
            structure(
                &[m("DeletionTaskId", "DeletionTaskIdType")],
                &["DeletionTaskId"],
            ),
        ),
        s(
            "DeleteServiceSpecificCredentialRequest",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("ServiceSpecificCredentialId", "serviceSpecificCredentialId"),
                ],
                &["ServiceSpecificCredentialId"],
            ),
        ),
        s(
            "DeleteSigningCertificateRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("CertificateId", "certificateIdType"),
                ],
                &["CertificateId"],
            ),
        ),
        s(
            "DeleteUserPermissionsBoundaryRequest",
            false,
            structure(&[m("UserName", "userNameType")], &["UserName"]),
        ),
        s(
            "DeleteUserPolicyRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("PolicyName", "policyNameType"),
                ],
                &["UserName", "PolicyName"],
            ),
        ),
        s(
            "DeleteUserRequest",
            false,
            structure(&[m("UserName", "existingUserNameType")], &["UserName"]),
        ),
        s(
            "DeleteVirtualMFADeviceRequest",
            false,
            structure(&[m("SerialNumber", "serialNumberType")], &["SerialNumber"]),
        ),
        s(
            "DeletionTaskFailureReasonType",
            false,
            structure(
                &[
                    m("Reason", "ReasonType"),
                    m("RoleUsageList", "RoleUsageListType"),
                ],
                &[],
            ),
        ),
        s(
            "DeletionTaskIdType",
            false,
            string(&[], Some(1), Some(1000), None),
        ),
        s(
            "DeletionTaskStatusType",
            false,
            string(super::DeletionTaskStatusType::VALUES, None, None, None),
        ),
        s(
            "DetachGroupPolicyRequest",
            false,
            structure(
                &[m("GroupName", "groupNameType"), m("PolicyArn", "arnType")],
                &["GroupName", "PolicyArn"],
            ),
        ),
        s(
            "DetachRolePolicyRequest",
            false,
            structure(
                &[m("RoleName", "roleNameType"), m("PolicyArn", "arnType")],
                &["RoleName", "PolicyArn"],
            ),
        ),
        s(
            "DetachUserPolicyRequest",
            false,
            structure(
                &[m("UserName", "userNameType"), m("PolicyArn", "arnType")],
                &["UserName", "PolicyArn"],
            ),
        ),
        s(
            "DisableOrganizationsRootCredentialsManagementRequest",
            false,
            structure(&[], &[]),
        ),
        s(
            "DisableOrganizationsRootCredentialsManagementResponse",
            false,
            structure(
                &[
                    m("OrganizationId", "OrganizationIdType"),
                    m("EnabledFeatures", "FeaturesListType"),
                ],
                &[],
            ),
        ),
        s(
            "DisableOrganizationsRootSessionsRequest",
            false,
            structure(&[], &[]),
        ),
        s(
            "DisableOrganizationsRootSessionsResponse",
            false,
            structure(
                &[
                    m("OrganizationId", "OrganizationIdType"),
                    m("EnabledFeatures", "FeaturesListType"),
                ],
                &[],
            ),
        ),
        s(
            "DuplicateCertificateException",
            false,
            exception(
                &[m("message", "duplicateCertificateMessage")],
                &[],
                "DuplicateCertificate",
                409,
                false,
            ),
        ),
        s(
            "DuplicateSSHPublicKeyException",
            false,
            exception(
                &[m("message", "duplicateSSHPublicKeyMessage")],
                &[],
                "DuplicateSSHPublicKey",
                400,
                false,
            ),
        ),
        s(
            "EnableMFADeviceRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("SerialNumber", "serialNumberType"),
                    m("AuthenticationCode1", "authenticationCodeType"),
                    m("AuthenticationCode2", "authenticationCodeType"),
                ],
                &[
                    "UserName",
                    "SerialNumber",
                    "AuthenticationCode1",
                    "AuthenticationCode2",
                ],
            ),
        ),
        s(
            "EnableOrganizationsRootCredentialsManagementRequest",
            false,
            structure(&[], &[]),
        ),
        s(
            "EnableOrganizationsRootCredentialsManagementResponse",
            false,
            structure(
                &[
                    m("OrganizationId", "OrganizationIdType"),
                    m("EnabledFeatures", "FeaturesListType"),
                ],
                &[],
            ),
        ),
        s(
            "EnableOrganizationsRootSessionsRequest",
            false,
            structure(&[], &[]),
        ),
        s(
            "EnableOrganizationsRootSessionsResponse",
            false,
            structure(
                &[
                    m("OrganizationId", "OrganizationIdType"),
                    m("EnabledFeatures", "FeaturesListType"),
                ],
                &[],
            ),
        ),
        s(
            "EnableOutboundWebIdentityFederationResponse",
            false,
            structure(&[m("IssuerIdentifier", "stringType")], &[]),
        ),
        s(
            "EntityAlreadyExistsException",
            false,
            exception(
                &[m("message", "entityAlreadyExistsMessage")],
                &[],
                "EntityAlreadyExists",
                409,
                false,
            ),
        ),
        s(
            "EntityDetails",
            false,
            structure(
                &[
                    m("EntityInfo", "EntityInfo"),
                    m("LastAuthenticated", "dateType"),
                ],
                &["EntityInfo"],
            ),
        ),
        s(
            "EntityInfo",
            false,
            structure(
                &[
                    m("Arn", "arnType"),
                    m("Name", "userNameType"),
                    m("Type", "policyOwnerEntityType"),
                    m("Id", "idType"),
                    m("Path", "pathType"),
                ],
                &["Arn", "Name", "Type", "Id"],
            ),
        ),
        s(
            "EntityTemporarilyUnmodifiableException",
            false,
            exception(
                &[m("message", "entityTemporarilyUnmodifiableMessage")],
                &[],
                "EntityTemporarilyUnmodifiable",
                409,
                false,
            ),
        ),
        s(
            "EntityType",
            false,
            string(super::EntityType::VALUES, None, None, None),
        ),
        s(
            "ErrorDetails",
            false,
            structure(
                &[m("Message", "stringType"), m("Code", "stringType")],
                &["Message", "Code"],
            ),
        ),
        s(
            "EvalDecisionDetailsType",
            false,
            map(
                "EvalDecisionSourceType",
                "PolicyEvaluationDecisionType",
                None,
                None,
            ),
        ),
        s(
            "EvalDecisionSourceType",
            false,
            string(&[], Some(3), Some(256), None),
        ),
        s(
            "EvaluationResult",
            false,
            structure(
                &[
                    m("EvalActionName", "ActionNameType"),
                    m("EvalResourceName", "ResourceNameType"),
                    m("EvalDecision", "PolicyEvaluationDecisionType"),
                    m("MatchedStatements", "StatementListType"),
                    m("MissingContextValues", "ContextKeyNamesResultListType"),
                    m("OrganizationsDecisionDetail", "OrganizationsDecisionDetail"),
                    m(
                        "PermissionsBoundaryDecisionDetail",
                        "PermissionsBoundaryDecisionDetail",
                    ),
                    m("EvalDecisionDetails", "EvalDecisionDetailsType"),
                    m("ResourceSpecificResults", "ResourceSpecificResultListType"),
                ],
                &["EvalActionName", "EvalDecision"],
            ),
        ),
        s(
            "EvaluationResultsListType",
            false,
            list("EvaluationResult", None, None),
        ),
        s(
            "FeatureDisabledException",
            false,
            exception(
                &[m("message", "FeatureDisabledMessage")],
                &[],
                "FeatureDisabled",
                404,
                false,
            ),
        ),
        s(
            "FeatureDisabledMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "FeatureEnabledException",
            false,
            exception(
                &[m("message", "FeatureEnabledMessage")],
                &[],
                "FeatureEnabled",
                409,
                false,
            ),
        ),
        s(
            "FeatureEnabledMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "FeatureType",
            false,
            string(super::FeatureType::VALUES, None, None, None),
        ),
        s("FeaturesListType", false, list("FeatureType", None, None)),
        s(
            "GenerateCredentialReportResponse",
            false,
            structure(
                &[
                    m("State", "ReportStateType"),
                    m("Description", "ReportStateDescriptionType"),
                ],
                &[],
            ),
        ),
        s(
            "GenerateOrganizationsAccessReportRequest",
            false,
            structure(
                &[
                    m("EntityPath", "organizationsEntityPathType"),
                    m("OrganizationsPolicyId", "organizationsPolicyIdType"),
                ],
                &["EntityPath"],
            ),
        ),
        s(
            "GenerateOrganizationsAccessReportResponse",
            false,
            structure(&[m("JobId", "jobIDType")], &[]),
        ),
        s(
            "GenerateServiceLastAccessedDetailsRequest",
            false,
            structure(
                &[
                    m("Arn", "arnType"),
                    m("Granularity", "AccessAdvisorUsageGranularityType"),
                ],
                &["Arn"],
            ),
        ),
        s(
            "GenerateServiceLastAccessedDetailsResponse",
            false,
            structure(&[m("JobId", "jobIDType")], &[]),
        ),
        s(
            "GetAccessKeyLastUsedRequest",
            false,
            structure(&[m("AccessKeyId", "accessKeyIdType")], &["AccessKeyId"]),
        ),
        s(
            "GetAccessKeyLastUsedResponse",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("AccessKeyLastUsed", "AccessKeyLastUsed"),
                ],
                &[],
            ),
        ),
        s(
            "GetAccountAuthorizationDetailsRequest",
            false,
            structure(
                &[
                    m("Filter", "entityListType"),
                    m("MaxItems", "maxItemsType"),
                    m("Marker", "markerType"),
                ],
                &[],
            ),
        ),
        s(
            "GetAccountAuthorizationDetailsResponse",
            false,
            structure(
                &[
                    m("UserDetailList", "userDetailListType"),
                    m("GroupDetailList", "groupDetailListType"),
                    m("RoleDetailList", "roleDetailListType"),
                    m("Policies", "ManagedPolicyDetailListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &[],
            ),
        ),
        s(
            "GetAccountPasswordPolicyResponse",
            false,
            structure(
                &[m("PasswordPolicy", "PasswordPolicy")],
                &["PasswordPolicy"],
            ),
        ),
        s("GetAccountPropertiesRequest", false, structure(&[], &[])),
        s(
            "GetAccountPropertiesResponse",
            false,
            structure(&[m("Properties", "accountPropertiesMapType")], &[]),
        ),
        s(
            "GetAccountSummaryResponse",
            false,
            structure(&[m("SummaryMap", "summaryMapType")], &[]),
        ),
        s(
            "GetContextKeysForCustomPolicyRequest",
            false,
            structure(
                &[m("PolicyInputList", "SimulationPolicyListType")],
                &["PolicyInputList"],
            ),
        ),
        s(
            "GetContextKeysForPolicyResponse",
            false,
            structure(
                &[m("ContextKeyNames", "ContextKeyNamesResultListType")],
                &[],
            ),
        ),
        s(
            "GetContextKeysForPrincipalPolicyRequest",
            false,
            structure(
                &[
                    m("PolicySourceArn", "arnType"),
                    m("PolicyInputList", "SimulationPolicyListType"),
                ],
                &["PolicySourceArn"],
            ),
        ),
        s(
            "GetCredentialReportResponse",
            false,
            structure(
                &[
                    m("Content", "ReportContentType"),
                    m("ReportFormat", "ReportFormatType"),
                    m("GeneratedTime", "dateType"),
                ],
                &[],
            ),
        ),
        s(
            "GetDelegationRequestRequest",
            false,
            structure(
                &[
                    m("DelegationRequestId", "delegationRequestIdType"),
                    m("DelegationPermissionCheck", "booleanType"),
                ],
                &["DelegationRequestId"],
            ),
        ),
        s(
            "GetDelegationRequestResponse",
            false,
            structure(
                &[
                    m("DelegationRequest", "DelegationRequest"),
                    m("PermissionCheckStatus", "permissionCheckStatusType"),
                    m("PermissionCheckResult", "permissionCheckResultType"),
                ],
                &[],
            ),
        ),
        s(
            "GetGroupPolicyRequest",
            false,
            structure(
                &[
                    m("GroupName", "groupNameType"),
                    m("PolicyName", "policyNameType"),
                ],
                &["GroupName", "PolicyName"],
            ),
        ),
        s(
            "GetGroupPolicyResponse",
            false,
            structure(
                &[
                    m("GroupName", "groupNameType"),
                    m("PolicyName", "policyNameType"),
                    m("PolicyDocument", "policyDocumentType"),
                ],
                &["GroupName", "PolicyName", "PolicyDocument"],
            ),
        ),
        s(
            "GetGroupRequest",
            false,
            structure(
                &[
                    m("GroupName", "groupNameType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["GroupName"],
            ),
        ),
        s(
            "GetGroupResponse",
            false,
            structure(
                &[
                    m("Group", "Group"),
                    m("Users", "userListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["Group", "Users"],
            ),
        ),
        s(
            "GetHumanReadableSummaryRequest",
            false,
            structure(
                &[m("EntityArn", "arnType"), m("Locale", "localeType")],
                &["EntityArn"],
            ),
        ),
        s(
            "GetHumanReadableSummaryResponse",
            false,
            structure(
                &[
                    m("SummaryContent", "summaryContentType"),
                    m("Locale", "localeType"),
                    m("SummaryState", "summaryStateType"),
                ],
                &[],
            ),
        ),
        s(
            "GetInstanceProfileRequest",
            false,
            structure(
                &[m("InstanceProfileName", "instanceProfileNameType")],
                &["InstanceProfileName"],
            ),
        ),
        s(
            "GetInstanceProfileResponse",
            false,
            structure(
                &[m("InstanceProfile", "InstanceProfile")],
                &["InstanceProfile"],
            ),
        ),
        s(
            "GetLoginProfileRequest",
            false,
            structure(&[m("UserName", "userNameType")], &[]),
        ),
        s(
            "GetLoginProfileResponse",
            false,
            structure(&[m("LoginProfile", "LoginProfile")], &["LoginProfile"]),
        ),
        s(
            "GetMFADeviceRequest",
            false,
            structure(
                &[
                    m("SerialNumber", "serialNumberType"),
                    m("UserName", "userNameType"),
                ],
                &["SerialNumber"],
            ),
        ),
        s(
            "GetMFADeviceResponse",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("SerialNumber", "serialNumberType"),
                    m("EnableDate", "dateType"),
                    m("Certifications", "CertificationMapType"),
                ],
                &["SerialNumber"],
            ),
        ),
        s(
            "GetOpenIDConnectProviderRequest",
            false,
            structure(
                &[m("OpenIDConnectProviderArn", "arnType")],
                &["OpenIDConnectProviderArn"],
            ),
        ),
        s(
            "GetOpenIDConnectProviderResponse",
            false,
            structure(
                &[
                    m("Url", "OpenIDConnectProviderUrlType"),
                    m("ClientIDList", "clientIDListType"),
                    m("ThumbprintList", "thumbprintListType"),
                    m("CreateDate", "dateType"),
                    m("Tags", "tagListType"),
                ],
                &[],
            ),
        ),
        s(
            "GetOrganizationsAccessReportRequest",
            false,
            structure(
                &[
                    m("JobId", "jobIDType"),
                    m("MaxItems", "maxItemsType"),
                    m("Marker", "markerType"),
                    m("SortKey", "sortKeyType"),
                ],
                &["JobId"],
            ),
        ),
        s(
            "GetOrganizationsAccessReportResponse",
            false,
            structure(
                &[
                    m("JobStatus", "jobStatusType"),
                    m("JobCreationDate", "dateType"),
                    m("JobCompletionDate", "dateType"),
                    m("NumberOfServicesAccessible", "integerType"),
                    m("NumberOfServicesNotAccessed", "integerType"),
                    m("AccessDetails", "AccessDetails"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "markerType"),
                    m("ErrorDetails", "ErrorDetails"),
                ],
                &["JobStatus", "JobCreationDate"],
            ),
        ),
        s(
            "GetOutboundWebIdentityFederationInfoResponse",
            false,
            structure(
                &[
                    m("IssuerIdentifier", "stringType"),
                    m("JwtVendingEnabled", "booleanType"),
                ],
                &[],
            ),
        ),
        s(
            "GetPolicyRequest",
            false,
            structure(&[m("PolicyArn", "arnType")], &["PolicyArn"]),
        ),
        s(
            "GetPolicyResponse",
            false,
            structure(&[m("Policy", "Policy")], &[]),
        ),
        s(
            "GetPolicyVersionRequest",
            false,
            structure(
                &[
                    m("PolicyArn", "arnType"),
                    m("VersionId", "policyVersionIdType"),
                ],
                &["PolicyArn", "VersionId"],
            ),
        ),
        s(
            "GetPolicyVersionResponse",
            false,
            structure(&[m("PolicyVersion", "PolicyVersion")], &[]),
        ),
        s(
            "GetRolePolicyRequest",
            false,
            structure(
                &[
                    m("RoleName", "roleNameType"),
                    m("PolicyName", "policyNameType"),
                ],
                &["RoleName", "PolicyName"],
            ),
        ),
        s(
            "GetRolePolicyResponse",
            false,
            structure(
                &[
                    m("RoleName", "roleNameType"),
                    m("PolicyName", "policyNameType"),
                    m("PolicyDocument", "policyDocumentType"),
                ],
                &["RoleName", "PolicyName", "PolicyDocument"],
            ),
        ),
        s(
            "GetRoleRequest",
            false,
            structure(&[m("RoleName", "roleNameType")], &["RoleName"]),
        ),
        s(
            "GetRoleResponse",
            false,
            structure(&[m("Role", "Role")], &["Role"]),
        ),
        s(
            "GetRoleTemplateVersionRequest",
            false,
            structure(
                &[
                    m("TemplateArn", "arnType"),
                    m("MinorVersion", "minorVersionType"),
                ],
                &["TemplateArn"],
            ),
        ),
        s(
            "GetRoleTemplateVersionResponse",
            false,
            structure(
                &[m("RoleTemplateVersion", "RoleTemplateVersion")],
                &["RoleTemplateVersion"],
            ),
        ),
        s(
            "GetSAMLProviderRequest",
            false,
            structure(&[m("SAMLProviderArn", "arnType")], &["SAMLProviderArn"]),
        ),
        s(
            "GetSAMLProviderResponse",
            false,
            structure(
                &[
                    m("SAMLProviderUUID", "privateKeyIdType"),
                    m("SAMLMetadataDocument", "SAMLMetadataDocumentType"),
                    m("CreateDate", "dateType"),
                    m("ValidUntil", "dateType"),
                    m("Tags", "tagListType"),
                    m("AssertionEncryptionMode", "assertionEncryptionModeType"),
                    m("PrivateKeyList", "privateKeyList"),
                ],
                &[],
            ),
        ),
        s(
            "GetSSHPublicKeyRequest",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("SSHPublicKeyId", "publicKeyIdType"),
                    m("Encoding", "encodingType"),
                ],
                &["UserName", "SSHPublicKeyId", "Encoding"],
            ),
        ),
        s(
            "GetSSHPublicKeyResponse",
            false,
            structure(&[m("SSHPublicKey", "SSHPublicKey")], &[]),
        ),
        s(
            "GetServerCertificateRequest",
            false,
            structure(
                &[m("ServerCertificateName", "serverCertificateNameType")],
                &["ServerCertificateName"],
            ),
        ),
        s(
            "GetServerCertificateResponse",
            false,
            structure(
                &[m("ServerCertificate", "ServerCertificate")],
                &["ServerCertificate"],
            ),
        ),
        s(
            "GetServiceLastAccessedDetailsRequest",
            false,
            structure(
                &[
                    m("JobId", "jobIDType"),
                    m("MaxItems", "maxItemsType"),
                    m("Marker", "markerType"),
                ],
                &["JobId"],
            ),
        ),
        s(
            "GetServiceLastAccessedDetailsResponse",
            false,
            structure(
                &[
                    m("JobStatus", "jobStatusType"),
                    m("JobType", "AccessAdvisorUsageGranularityType"),
                    m("JobCreationDate", "dateType"),
                    m("ServicesLastAccessed", "ServicesLastAccessed"),
                    m("JobCompletionDate", "dateType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                    m("Error", "ErrorDetails"),
                ],
                &[
                    "JobStatus",
                    "JobCreationDate",
                    "ServicesLastAccessed",
                    "JobCompletionDate",
                ],
            ),
        ),
        s(
            "GetServiceLastAccessedDetailsWithEntitiesRequest",
            false,
            structure(
                &[
                    m("JobId", "jobIDType"),
                    m("ServiceNamespace", "serviceNamespaceType"),
                    m("MaxItems", "maxItemsType"),
                    m("Marker", "markerType"),
                ],
                &["JobId", "ServiceNamespace"],
            ),
        ),
        s(
            "GetServiceLastAccessedDetailsWithEntitiesResponse",
            false,
            structure(
                &[
                    m("JobStatus", "jobStatusType"),
                    m("JobCreationDate", "dateType"),
                    m("JobCompletionDate", "dateType"),
                    m("EntityDetailsList", "entityDetailsListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                    m("Error", "ErrorDetails"),
                ],
                &[
                    "JobStatus",
                    "JobCreationDate",
                    "JobCompletionDate",
                    "EntityDetailsList",
                ],
            ),
        ),
        s(
            "GetServiceLinkedRoleDeletionStatusRequest",
            false,
            structure(
                &[m("DeletionTaskId", "DeletionTaskIdType")],
                &["DeletionTaskId"],
            ),
        ),
        s(
            "GetServiceLinkedRoleDeletionStatusResponse",
            false,
            structure(
                &[
                    m("Status", "DeletionTaskStatusType"),
                    m("Reason", "DeletionTaskFailureReasonType"),
                ],
                &["Status"],
            ),
        ),
        s(
            "GetUserPolicyRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("PolicyName", "policyNameType"),
                ],
                &["UserName", "PolicyName"],
            ),
        ),
        s(
            "GetUserPolicyResponse",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("PolicyName", "policyNameType"),
                    m("PolicyDocument", "policyDocumentType"),
                ],
                &["UserName", "PolicyName", "PolicyDocument"],
            ),
        ),
        s(
            "GetUserRequest",
            false,
            structure(&[m("UserName", "existingUserNameType")], &[]),
        ),
        s(
            "GetUserResponse",
            false,
            structure(&[m("User", "User")], &["User"]),
        ),
        s(
            "Group",
            false,
            structure(
                &[
                    m("Path", "pathType"),
                    m("GroupName", "groupNameType"),
                    m("GroupId", "idType"),
                    m("Arn", "arnType"),
                    m("CreateDate", "dateType"),
                ],
                &["Path", "GroupName", "GroupId", "Arn", "CreateDate"],
            ),
        ),
        s(
            "GroupDetail",
            false,
            structure(
                &[
                    m("Path", "pathType"),
                    m("GroupName", "groupNameType"),
                    m("GroupId", "idType"),
                    m("Arn", "arnType"),
                    m("CreateDate", "dateType"),
                    m("GroupPolicyList", "policyDetailListType"),
                    m("AttachedManagedPolicies", "attachedPoliciesListType"),
                ],
                &[],
            ),
        ),
        s(
            "InlinePolicy",
            false,
            structure(
                &[
                    m("PolicyName", "policyNameType"),
                    m("PolicyDocument", "policyDocumentType"),
                ],
                &["PolicyName", "PolicyDocument"],
            ),
        ),
        s(
            "InlinePolicyIdentifierType",
            false,
            structure(
                &[
                    m("PolicyName", "policyNameType"),
                    m("AttachmentType", "AttachmentType"),
                    m("AttachmentName", "AttachmentName"),
                ],
                &["PolicyName", "AttachmentType", "AttachmentName"],
            ),
        ),
        s(
            "InstanceProfile",
            false,
            structure(
                &[
                    m("Path", "pathType"),
                    m("InstanceProfileName", "instanceProfileNameType"),
                    m("InstanceProfileId", "idType"),
                    m("Arn", "arnType"),
                    m("CreateDate", "dateType"),
                    m("Roles", "roleListType"),
                    m("Tags", "tagListType"),
                ],
                &[
                    "Path",
                    "InstanceProfileName",
                    "InstanceProfileId",
                    "Arn",
                    "CreateDate",
                    "Roles",
                ],
            ),
        ),
        s(
            "InvalidAuthenticationCodeException",
            false,
            exception(
                &[m("message", "invalidAuthenticationCodeMessage")],
                &[],
                "InvalidAuthenticationCode",
                403,
                false,
            ),
        ),
        s(
            "InvalidCertificateException",
            false,
            exception(
                &[m("message", "invalidCertificateMessage")],
                &[],
                "InvalidCertificate",
                400,
                false,
            ),
        ),
        s(
            "InvalidInputException",
            false,
            exception(
                &[m("message", "invalidInputMessage")],
                &[],
                "InvalidInput",
                400,
                false,
            ),
        ),
        s(
            "InvalidPublicKeyException",
            false,
            exception(
                &[m("message", "invalidPublicKeyMessage")],
                &[],
                "InvalidPublicKey",
                400,
                false,
            ),
        ),
        s(
            "InvalidUserTypeException",
            false,
            exception(
                &[m("message", "invalidUserTypeMessage")],
                &[],
                "InvalidUserType",
                400,
                false,
            ),
        ),
        s(
            "KeyPairMismatchException",
            false,
            exception(
                &[m("message", "keyPairMismatchMessage")],
                &[],
                "KeyPairMismatch",
                400,
                false,
            ),
        ),
        s(
            "LimitExceededException",
            false,
            exception(
                &[m("message", "limitExceededMessage")],
                &[],
                "LimitExceeded",
                409,
                false,
            ),
        ),
        s("LineNumber", false, integer(None, None)),
        s(
            "ListAccessKeysRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &[],
            ),
        ),
        s(
            "ListAccessKeysResponse",
            false,
            structure(
                &[
                    m("AccessKeyMetadata", "accessKeyMetadataListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["AccessKeyMetadata"],
            ),
        ),
        s(
            "ListAccountAliasesRequest",
            false,
            structure(
                &[m("Marker", "markerType"), m("MaxItems", "maxItemsType")],
                &[],
            ),
        ),
        s(
            "ListAccountAliasesResponse",
            false,
            structure(
                &[
                    m("AccountAliases", "accountAliasListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["AccountAliases"],
            ),
        ),
        s(
            "ListAttachedGroupPoliciesRequest",
            false,
            structure(
                &[
                    m("GroupName", "groupNameType"),
                    m("PathPrefix", "policyPathType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["GroupName"],
            ),
        ),
        s(
            "ListAttachedGroupPoliciesResponse",
            false,
            structure(
                &[
                    m("AttachedPolicies", "attachedPoliciesListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &[],
            ),
        ),
        s(
            "ListAttachedRolePoliciesRequest",
            false,
            structure(
                &[
                    m("RoleName", "roleNameType"),
                    m("PathPrefix", "policyPathType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["RoleName"],
            ),
        ),
        s(
            "ListAttachedRolePoliciesResponse",
            false,
            structure(
                &[
                    m("AttachedPolicies", "attachedPoliciesListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &[],
            ),
        ),
        s(
            "ListAttachedUserPoliciesRequest",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("PathPrefix", "policyPathType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["UserName"],
            ),
        ),
        s(
            "ListAttachedUserPoliciesResponse",
            false,
            structure(
                &[
                    m("AttachedPolicies", "attachedPoliciesListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &[],
            ),
        ),
        s(
            "ListDelegationRequestsRequest",
            false,
            structure(
                &[
                    m("OwnerId", "ownerIdType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &[],
            ),
        ),
        s(
            "ListDelegationRequestsResponse",
            false,
            structure(
                &[
                    m("DelegationRequests", "delegationRequestsListType"),
                    m("Marker", "markerType"),
                    m("isTruncated", "booleanType"),
                ],
                &[],
            ),
        ),
        s(
            "ListEntitiesForPolicyRequest",
            false,
            structure(
                &[
                    m("PolicyArn", "arnType"),
                    m("EntityFilter", "EntityType"),
                    m("PathPrefix", "pathType"),
                    m("PolicyUsageFilter", "PolicyUsageType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["PolicyArn"],
            ),
        ),
        s(
            "ListEntitiesForPolicyResponse",
            false,
            structure(
                &[
                    m("PolicyGroups", "PolicyGroupListType"),
                    m("PolicyUsers", "PolicyUserListType"),
                    m("PolicyRoles", "PolicyRoleListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &[],
            ),
        ),
        s(
            "ListGroupPoliciesRequest",
            false,
            structure(
                &[
                    m("GroupName", "groupNameType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["GroupName"],
            ),
        ),
        s(
            "ListGroupPoliciesResponse",
            false,
            structure(
                &[
                    m("PolicyNames", "policyNameListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["PolicyNames"],
            ),
        ),
        s(
            "ListGroupsForUserRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["UserName"],
            ),
        ),
        s(
            "ListGroupsForUserResponse",
            false,
            structure(
                &[
                    m("Groups", "groupListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["Groups"],
            ),
        ),
        s(
            "ListGroupsRequest",
            false,
            structure(
                &[
                    m("PathPrefix", "pathPrefixType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &[],
            ),
        ),
        s(
            "ListGroupsResponse",
            false,
            structure(
                &[
                    m("Groups", "groupListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["Groups"],
            ),
        ),
        s(
            "ListInstanceProfileTagsRequest",
            false,
            structure(
                &[
                    m("InstanceProfileName", "instanceProfileNameType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["InstanceProfileName"],
            ),
        ),
        s(
            "ListInstanceProfileTagsResponse",
            false,
            structure(
                &[
                    m("Tags", "tagListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["Tags"],
            ),
        ),
        s(
            "ListInstanceProfilesForRoleRequest",
            false,
            structure(
                &[
                    m("RoleName", "roleNameType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["RoleName"],
            ),
        ),
        s(
            "ListInstanceProfilesForRoleResponse",
            false,
            structure(
                &[
                    m("InstanceProfiles", "instanceProfileListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["InstanceProfiles"],
            ),
        ),
        s(
            "ListInstanceProfilesRequest",
            false,
            structure(
                &[
                    m("PathPrefix", "pathPrefixType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &[],
            ),
        ),
        s(
            "ListInstanceProfilesResponse",
            false,
            structure(
                &[
                    m("InstanceProfiles", "instanceProfileListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["InstanceProfiles"],
            ),
        ),
        s(
            "ListMFADeviceTagsRequest",
            false,
            structure(
                &[
                    m("SerialNumber", "serialNumberType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["SerialNumber"],
            ),
        ),
        s(
            "ListMFADeviceTagsResponse",
            false,
            structure(
                &[
                    m("Tags", "tagListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["Tags"],
            ),
        ),
        s(
            "ListMFADevicesRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &[],
            ),
        ),
        s(
            "ListMFADevicesResponse",
            false,
            structure(
                &[
                    m("MFADevices", "mfaDeviceListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["MFADevices"],
            ),
        ),
        s(
            "ListOpenIDConnectProviderTagsRequest",
            false,
            structure(
                &[
                    m("OpenIDConnectProviderArn", "arnType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["OpenIDConnectProviderArn"],
            ),
        ),
        s(
            "ListOpenIDConnectProviderTagsResponse",
            false,
            structure(
                &[
                    m("Tags", "tagListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["Tags"],
            ),
        ),
        s(
            "ListOpenIDConnectProvidersRequest",
            false,
            structure(&[], &[]),
        ),
        s(
            "ListOpenIDConnectProvidersResponse",
            false,
            structure(
                &[m(
                    "OpenIDConnectProviderList",
                    "OpenIDConnectProviderListType",
                )],
                &[],
            ),
        ),
        s(
            "ListOrganizationsFeaturesRequest",
            false,
            structure(&[], &[]),
        ),
        s(
            "ListOrganizationsFeaturesResponse",
            false,
            structure(
                &[
                    m("OrganizationId", "OrganizationIdType"),
                    m("EnabledFeatures", "FeaturesListType"),
                ],
                &[],
            ),
        ),
        s(
            "ListPoliciesGrantingServiceAccessEntry",
            false,
            structure(
                &[
                    m("ServiceNamespace", "serviceNamespaceType"),
                    m("Policies", "policyGrantingServiceAccessListType"),
                ],
                &[],
            ),
        ),
        s(
            "ListPoliciesGrantingServiceAccessRequest",
            false,
            structure(
                &[
                    m("Marker", "markerType"),
                    m("Arn", "arnType"),
                    m("ServiceNamespaces", "serviceNamespaceListType"),
                ],
                &["Arn", "ServiceNamespaces"],
            ),
        ),
        s(
            "ListPoliciesGrantingServiceAccessResponse",
            false,
            structure(
                &[
                    m(
                        "PoliciesGrantingServiceAccess",
                        "listPolicyGrantingServiceAccessResponseListType",
                    ),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["PoliciesGrantingServiceAccess"],
            ),
        ),
        s(
            "ListPoliciesRequest",
            false,
            structure(
                &[
                    m("Scope", "policyScopeType"),
                    m("OnlyAttached", "booleanType"),
                    m("PathPrefix", "policyPathType"),
                    m("PolicyUsageFilter", "PolicyUsageType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &[],
            ),
        ),
        s(
            "ListPoliciesResponse",
            false,
            structure(
                &[
                    m("Policies", "policyListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &[],
            ),
        ),
        s(
            "ListPolicyTagsRequest",
            false,
            structure(
                &[
                    m("PolicyArn", "arnType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["PolicyArn"],
            ),
        ),
        s(
            "ListPolicyTagsResponse",
            false,
            structure(
                &[
                    m("Tags", "tagListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["Tags"],
            ),
        ),
        s(
            "ListPolicyVersionsRequest",
            false,
            structure(
                &[
                    m("PolicyArn", "arnType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["PolicyArn"],
            ),
        ),
        s(
            "ListPolicyVersionsResponse",
            false,
            structure(
                &[
                    m("Versions", "policyDocumentVersionListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &[],
            ),
        ),
        s(
            "ListRolePoliciesRequest",
            false,
            structure(
                &[
                    m("RoleName", "roleNameType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["RoleName"],
            ),
        ),
        s(
            "ListRolePoliciesResponse",
            false,
            structure(
                &[
                    m("PolicyNames", "policyNameListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["PolicyNames"],
            ),
        ),
        s(
            "ListRoleTagsRequest",
            false,
            structure(
                &[
                    m("RoleName", "roleNameType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["RoleName"],
            ),
        ),
        s(
            "ListRoleTagsResponse",
            false,
            structure(
                &[
                    m("Tags", "tagListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["Tags"],
            ),
        ),
        s(
            "ListRolesRequest",
            false,
            structure(
                &[
                    m("PathPrefix", "pathPrefixType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &[],
            ),
        ),
        s(
            "ListRolesResponse",
            false,
            structure(
                &[
                    m("Roles", "roleListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["Roles"],
            ),
        ),
        s(
            "ListSAMLProviderTagsRequest",
            false,
            structure(
                &[
                    m("SAMLProviderArn", "arnType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["SAMLProviderArn"],
            ),
        ),
        s(
            "ListSAMLProviderTagsResponse",
            false,
            structure(
                &[
                    m("Tags", "tagListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["Tags"],
            ),
        ),
        s("ListSAMLProvidersRequest", false, structure(&[], &[])),
        s(
            "ListSAMLProvidersResponse",
            false,
            structure(&[m("SAMLProviderList", "SAMLProviderListType")], &[]),
        ),
        s(
            "ListSSHPublicKeysRequest",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &[],
            ),
        ),
        s(
            "ListSSHPublicKeysResponse",
            false,
            structure(
                &[
                    m("SSHPublicKeys", "SSHPublicKeyListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &[],
            ),
        ),
        s(
            "ListServerCertificateTagsRequest",
            false,
            structure(
                &[
                    m("ServerCertificateName", "serverCertificateNameType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["ServerCertificateName"],
            ),
        ),
        s(
            "ListServerCertificateTagsResponse",
            false,
            structure(
                &[
                    m("Tags", "tagListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["Tags"],
            ),
        ),
        s(
            "ListServerCertificatesRequest",
            false,
            structure(
                &[
                    m("PathPrefix", "pathPrefixType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &[],
            ),
        ),
        s(
            "ListServerCertificatesResponse",
            false,
            structure(
                &[
                    m(
                        "ServerCertificateMetadataList",
                        "serverCertificateMetadataListType",
                    ),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["ServerCertificateMetadataList"],
            ),
        ),
        s(
            "ListServiceSpecificCredentialsRequest",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("ServiceName", "serviceName"),
                    m("AllUsers", "allUsers"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &[],
            ),
        ),
        s(
            "ListServiceSpecificCredentialsResponse",
            false,
            structure(
                &[
                    m(
                        "ServiceSpecificCredentials",
                        "ServiceSpecificCredentialsListType",
                    ),
                    m("Marker", "responseMarkerType"),
                    m("IsTruncated", "booleanType"),
                ],
                &[],
            ),
        ),
        s(
            "ListSigningCertificatesRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &[],
            ),
        ),
        s(
            "ListSigningCertificatesResponse",
            false,
            structure(
                &[
                    m("Certificates", "certificateListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["Certificates"],
            ),
        ),
        s(
            "ListUserPoliciesRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["UserName"],
            ),
        ),
        s(
            "ListUserPoliciesResponse",
            false,
            structure(
                &[
                    m("PolicyNames", "policyNameListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["PolicyNames"],
            ),
        ),
        s(
            "ListUserTagsRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &["UserName"],
            ),
        ),
        s(
            "ListUserTagsResponse",
            false,
            structure(
                &[
                    m("Tags", "tagListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["Tags"],
            ),
        ),
        s(
            "ListUsersRequest",
            false,
            structure(
                &[
                    m("PathPrefix", "pathPrefixType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &[],
            ),
        ),
        s(
            "ListUsersResponse",
            false,
            structure(
                &[
                    m("Users", "userListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["Users"],
            ),
        ),
        s(
            "ListVirtualMFADevicesRequest",
            false,
            structure(
                &[
                    m("AssignmentStatus", "assignmentStatusType"),
                    m("Marker", "markerType"),
                    m("MaxItems", "maxItemsType"),
                ],
                &[],
            ),
        ),
        s(
            "ListVirtualMFADevicesResponse",
            false,
            structure(
                &[
                    m("VirtualMFADevices", "virtualMFADeviceListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &["VirtualMFADevices"],
            ),
        ),
        s(
            "LoginProfile",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("CreateDate", "dateType"),
                    m("PasswordResetRequired", "booleanType"),
                ],
                &["UserName", "CreateDate"],
            ),
        ),
        s(
            "MFADevice",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("SerialNumber", "serialNumberType"),
                    m("EnableDate", "dateType"),
                ],
                &["UserName", "SerialNumber", "EnableDate"],
            ),
        ),
        s(
            "MalformedCertificateException",
            false,
            exception(
                &[m("message", "malformedCertificateMessage")],
                &[],
                "MalformedCertificate",
                400,
                false,
            ),
        ),
        s(
            "MalformedPolicyDocumentException",
            false,
            exception(
                &[m("message", "malformedPolicyDocumentMessage")],
                &[],
                "MalformedPolicyDocument",
                400,
                false,
            ),
        ),
        s(
            "ManagedPolicyDetail",
            false,
            structure(
                &[
                    m("PolicyName", "policyNameType"),
                    m("PolicyId", "idType"),
                    m("Arn", "arnType"),
                    m("Path", "policyPathType"),
                    m("DefaultVersionId", "policyVersionIdType"),
                    m("AttachmentCount", "attachmentCountType"),
                    m("PermissionsBoundaryUsageCount", "attachmentCountType"),
                    m("IsAttachable", "booleanType"),
                    m("Description", "policyDescriptionType"),
                    m("CreateDate", "dateType"),
                    m("UpdateDate", "dateType"),
                    m("PolicyVersionList", "policyDocumentVersionListType"),
                ],
                &[],
            ),
        ),
        s(
            "ManagedPolicyDetailListType",
            false,
            list("ManagedPolicyDetail", None, None),
        ),
        s(
            "NameConflictException",
            false,
            exception(
                &[m("message", "nameConflictMessage")],
                &[],
                "NameConflict",
                409,
                false,
            ),
        ),
        s(
            "NoSuchEntityException",
            false,
            exception(
                &[m("message", "noSuchEntityMessage")],
                &[],
                "NoSuchEntity",
                404,
                false,
            ),
        ),
        s(
            "OpenIDConnectProviderListEntry",
            false,
            structure(&[m("Arn", "arnType")], &[]),
        ),
        s(
            "OpenIDConnectProviderListType",
            false,
            list("OpenIDConnectProviderListEntry", None, None),
        ),
        s(
            "OpenIDConnectProviderUrlType",
            false,
            string(&[], Some(1), Some(255), None),
        ),
        s(
            "OpenIdIdpCommunicationErrorException",
            false,
            exception(
                &[m("message", "openIdIdpCommunicationErrorExceptionMessage")],
                &[],
                "OpenIdIdpCommunicationError",
                400,
                false,
            ),
        ),
        s(
            "OrderedOrganizationPolicyType",
            false,
            structure(
                &[m(
                    "ServiceControlPolicyInputList",
                    "SimulationPolicyListType",
                )],
                &[],
            ),
        ),
        s(
            "OrganizationIdType",
            false,
            string(&[], None, Some(34), Some("^o-[a-z0-9]{10,32}$")),
        ),
        s(
            "OrganizationNotFoundException",
            false,
            exception(&[], &[], "OrganizationNotFoundException", 400, false),
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
            "OrganizationPolicyListType",
            false,
            list("OrderedOrganizationPolicyType", None, Some(7)),
        ),
        s(
            "OrganizationsDecisionDetail",
            false,
            structure(&[m("AllowedByOrganizations", "booleanType")], &[]),
        ),
        s(
            "ParameterDefinition",
            false,
            structure(
                &[
                    m("Name", "parameterNameType"),
                    m("Type", "parameterTypeType"),
                    m("SubType", "parameterSubTypeType"),
                    m("Description", "parameterDescriptionType"),
                    m("IsRequired", "booleanType"),
                    m("DefaultValue", "parameterDefaultValueType"),
                    m("Immutable", "booleanType"),
                ],
                &["Name", "Type"],
            ),
        ),
        s(
            "PasswordPolicy",
            false,
            structure(
                &[
                    m("MinimumPasswordLength", "minimumPasswordLengthType"),
                    m("RequireSymbols", "booleanType"),
                    m("RequireNumbers", "booleanType"),
                    m("RequireUppercaseCharacters", "booleanType"),
                    m("RequireLowercaseCharacters", "booleanType"),
                    m("AllowUsersToChangePassword", "booleanType"),
                    m("ExpirePasswords", "booleanType"),
                    m("MaxPasswordAge", "maxPasswordAgeType"),
                    m("PasswordReusePrevention", "passwordReusePreventionType"),
                    m("HardExpiry", "booleanObjectType"),
                ],
                &[],
            ),
        ),
        s(
            "PasswordPolicyViolationException",
            false,
            exception(
                &[m("message", "passwordPolicyViolationMessage")],
                &[],
                "PasswordPolicyViolation",
                400,
                false,
            ),
        ),
        s(
            "PermissionsBoundaryAttachmentType",
            false,
            string(
                super::PermissionsBoundaryAttachmentType::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "PermissionsBoundaryDecisionDetail",
            false,
            structure(&[m("AllowedByPermissionsBoundary", "booleanType")], &[]),
        ),
        s(
            "Policy",
            false,
            structure(
                &[
                    m("PolicyName", "policyNameType"),
                    m("PolicyId", "idType"),
                    m("Arn", "arnType"),
                    m("Path", "policyPathType"),
                    m("DefaultVersionId", "policyVersionIdType"),
                    m("AttachmentCount", "attachmentCountType"),
                    m("PermissionsBoundaryUsageCount", "attachmentCountType"),
                    m("IsAttachable", "booleanType"),
                    m("Description", "policyDescriptionType"),
                    m("CreateDate", "dateType"),
                    m("UpdateDate", "dateType"),
                    m("Tags", "tagListType"),
                ],
                &[],
            ),
        ),
        s(
            "PolicyDetail",
            false,
            structure(
                &[
                    m("PolicyName", "policyNameType"),
                    m("PolicyDocument", "policyDocumentType"),
                ],
                &[],
            ),
        ),
        s(
            "PolicyEvaluationDecisionType",
            false,
            string(
                super::PolicyEvaluationDecisionType::VALUES,
                None,
                None,
                None,
            ),
        ),
        s(
            "PolicyEvaluationException",
            false,
            exception(
                &[m("message", "policyEvaluationErrorMessage")],
                &[],
                "PolicyEvaluation",
                500,
                false,
            ),
        ),
        s(
            "PolicyExclusionsListType",
            false,
            list("PolicyIdentifier", None, Some(256)),
        ),
        s(
            "PolicyGrantingServiceAccess",
            false,
            structure(
                &[
                    m("PolicyName", "policyNameType"),
                    m("PolicyType", "policyType"),
                    m("PolicyArn", "arnType"),
                    m("EntityType", "policyOwnerEntityType"),
                    m("EntityName", "entityNameType"),
                ],
                &["PolicyName", "PolicyType"],
            ),
        ),
        s(
            "PolicyGroup",
            false,
            structure(
                &[m("GroupName", "groupNameType"), m("GroupId", "idType")],
                &[],
            ),
        ),
        s(
            "PolicyGroupListType",
            false,
            list("PolicyGroup", None, None),
        ),
        s(
            "PolicyIdentifier",
            false,
            K::Structure {
                members: &[
                    m("PolicyType", "PolicyIdentifierPolicyType"),
                    m("PolicyArn", "arnType"),
                    m("InlinePolicyIdentifier", "InlinePolicyIdentifierType"),
                ],
                required: &[],
                exception: None,
                document: false,
                union: true,
                event_stream: false,
            },
        ),
        s(
            "PolicyIdentifierPolicyType",
            false,
            string(super::PolicyIdentifierPolicyType::VALUES, None, None, None),
        ),
        s("PolicyIdentifierType", false, string(&[], None, None, None)),
        s(
            "PolicyNotAttachableException",
            false,
            exception(
                &[m("message", "policyNotAttachableMessage")],
                &[],
                "PolicyNotAttachable",
                400,
                false,
            ),
        ),
        s(
            "PolicyParameter",
            false,
            structure(
                &[
                    m("Name", "policyParameterNameType"),
                    m("Values", "policyParameterValuesListType"),
                    m("Type", "PolicyParameterTypeEnum"),
                ],
                &[],
            ),
        ),
        s(
            "PolicyParameterTypeEnum",
            false,
            string(super::PolicyParameterTypeEnum::VALUES, None, None, None),
        ),
        s(
            "PolicyRole",
            false,
            structure(&[m("RoleName", "roleNameType"), m("RoleId", "idType")], &[]),
        ),
        s("PolicyRoleListType", false, list("PolicyRole", None, None)),
        s(
            "PolicySourceType",
            false,
            string(super::PolicySourceType::VALUES, None, None, None),
        ),
        s(
            "PolicyUsageType",
            false,
            string(super::PolicyUsageType::VALUES, None, None, None),
        ),
        s(
            "PolicyUser",
            false,
            structure(&[m("UserName", "userNameType"), m("UserId", "idType")], &[]),
        ),
        s("PolicyUserListType", false, list("PolicyUser", None, None)),
        s(
            "PolicyVersion",
            false,
            structure(
                &[
                    m("Document", "policyDocumentType"),
                    m("VersionId", "policyVersionIdType"),
                    m("IsDefaultVersion", "booleanType"),
                    m("CreateDate", "dateType"),
                ],
                &[],
            ),
        ),
        s(
            "Position",
            false,
            structure(&[m("Line", "LineNumber"), m("Column", "ColumnNumber")], &[]),
        ),
        s(
            "PutAccountPropertiesRequest",
            false,
            structure(
                &[m("Properties", "accountPropertiesMapType")],
                &["Properties"],
            ),
        ),
        s("PutAccountPropertiesResponse", false, structure(&[], &[])),
        s(
            "PutGroupPolicyRequest",
            false,
            structure(
                &[
                    m("GroupName", "groupNameType"),
                    m("PolicyName", "policyNameType"),
                    m("PolicyDocument", "policyDocumentType"),
                ],
                &["GroupName", "PolicyName", "PolicyDocument"],
            ),
        ),
        s(
            "PutRolePermissionsBoundaryRequest",
            false,
            structure(
                &[
                    m("RoleName", "roleNameType"),
                    m("PermissionsBoundary", "arnType"),
                ],
                &["RoleName", "PermissionsBoundary"],
            ),
        ),
        s(
            "PutRolePolicyRequest",
            false,
            structure(
                &[
                    m("RoleName", "roleNameType"),
                    m("PolicyName", "policyNameType"),
                    m("PolicyDocument", "policyDocumentType"),
                ],
                &["RoleName", "PolicyName", "PolicyDocument"],
            ),
        ),
        s(
            "PutUserPermissionsBoundaryRequest",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("PermissionsBoundary", "arnType"),
                ],
                &["UserName", "PermissionsBoundary"],
            ),
        ),
        s(
            "PutUserPolicyRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("PolicyName", "policyNameType"),
                    m("PolicyDocument", "policyDocumentType"),
                ],
                &["UserName", "PolicyName", "PolicyDocument"],
            ),
        ),
        s("ReasonType", false, string(&[], None, Some(1000), None)),
        s(
            "RegionNameType",
            false,
            string(&[], Some(1), Some(100), None),
        ),
        s(
            "RejectDelegationRequestRequest",
            false,
            structure(
                &[
                    m("DelegationRequestId", "delegationRequestIdType"),
                    m("Notes", "notesType"),
                ],
                &["DelegationRequestId"],
            ),
        ),
        s(
            "RemoveClientIDFromOpenIDConnectProviderRequest",
            false,
            structure(
                &[
                    m("OpenIDConnectProviderArn", "arnType"),
                    m("ClientID", "clientIDType"),
                ],
                &["OpenIDConnectProviderArn", "ClientID"],
            ),
        ),
        s(
            "RemoveRoleFromInstanceProfileRequest",
            false,
            structure(
                &[
                    m("InstanceProfileName", "instanceProfileNameType"),
                    m("RoleName", "roleNameType"),
                ],
                &["InstanceProfileName", "RoleName"],
            ),
        ),
        s(
            "RemoveUserFromGroupRequest",
            false,
            structure(
                &[
                    m("GroupName", "groupNameType"),
                    m("UserName", "existingUserNameType"),
                ],
                &["GroupName", "UserName"],
            ),
        ),
        s(
            "ReplacementValueEntry",
            false,
            structure(&[m("Values", "replacementValueListType")], &["Values"]),
        ),
        s(
            "ReportContentType",
            false,
            K::Blob {
                min: None,
                max: None,
            },
        ),
        s(
            "ReportFormatType",
            false,
            string(super::ReportFormatType::VALUES, None, None, None),
        ),
        s(
            "ReportGenerationLimitExceededException",
            false,
            exception(
                &[m("message", "reportGenerationLimitExceededMessage")],
                &[],
                "ReportGenerationLimitExceeded",
                409,
                false,
            ),
        ),
        s(
            "ReportStateDescriptionType",
            false,
            string(&[], None, None, None),
        ),
        s(
            "ReportStateType",
            false,
            string(super::ReportStateType::VALUES, None, None, None),
        ),
        s(
            "ResetServiceSpecificCredentialRequest",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("ServiceSpecificCredentialId", "serviceSpecificCredentialId"),
                ],
                &["ServiceSpecificCredentialId"],
            ),
        ),
        s(
            "ResetServiceSpecificCredentialResponse",
            false,
            structure(
                &[m("ServiceSpecificCredential", "ServiceSpecificCredential")],
                &[],
            ),
        ),
        s(
            "ResourceHandlingOptionType",
            false,
            string(&[], Some(1), Some(64), None),
        ),
        s(
            "ResourceNameListType",
            false,
            list("ResourceNameType", None, None),
        ),
        s(
            "ResourceNameType",
            false,
            string(&[], Some(1), Some(2048), None),
        ),
        s(
            "ResourceSpecificResult",
            false,
            structure(
                &[
                    m("EvalResourceName", "ResourceNameType"),
                    m("EvalResourceDecision", "PolicyEvaluationDecisionType"),
                    m("MatchedStatements", "StatementListType"),
                    m("MissingContextValues", "ContextKeyNamesResultListType"),
                    m("EvalDecisionDetails", "EvalDecisionDetailsType"),
                    m(
                        "PermissionsBoundaryDecisionDetail",
                        "PermissionsBoundaryDecisionDetail",
                    ),
                ],
                &["EvalResourceName", "EvalResourceDecision"],
            ),
        ),
        s(
            "ResourceSpecificResultListType",
            false,
            list("ResourceSpecificResult", None, None),
        ),
        s(
            "ResyncMFADeviceRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("SerialNumber", "serialNumberType"),
                    m("AuthenticationCode1", "authenticationCodeType"),
                    m("AuthenticationCode2", "authenticationCodeType"),
                ],
                &[
                    "UserName",
                    "SerialNumber",
                    "AuthenticationCode1",
                    "AuthenticationCode2",
                ],
            ),
        ),
        s(
            "Role",
            false,
            structure(
                &[
                    m("Path", "pathType"),
                    m("RoleName", "roleNameType"),
                    m("RoleId", "idType"),
                    m("Arn", "arnType"),
                    m("CreateDate", "dateType"),
                    m("AssumeRolePolicyDocument", "policyDocumentType"),
                    m("Description", "roleDescriptionType"),
                    m("MaxSessionDuration", "roleMaxSessionDurationType"),
                    m("PermissionsBoundary", "AttachedPermissionsBoundary"),
                    m("Tags", "tagListType"),
                    m("RoleLastUsed", "RoleLastUsed"),
                    m("SourceRoleTemplate", "SourceRoleTemplate"),
                ],
                &["Path", "RoleName", "RoleId", "Arn", "CreateDate"],
            ),
        ),
        s(
            "RoleDetail",
            false,
            structure(
                &[
                    m("Path", "pathType"),
                    m("RoleName", "roleNameType"),
                    m("RoleId", "idType"),
                    m("Arn", "arnType"),
                    m("CreateDate", "dateType"),
                    m("AssumeRolePolicyDocument", "policyDocumentType"),
                    m("InstanceProfileList", "instanceProfileListType"),
                    m("RolePolicyList", "policyDetailListType"),
                    m("AttachedManagedPolicies", "attachedPoliciesListType"),
                    m("PermissionsBoundary", "AttachedPermissionsBoundary"),
                    m("Tags", "tagListType"),
                    m("RoleLastUsed", "RoleLastUsed"),
                ],
                &[],
            ),
        ),
        s(
            "RoleLastUsed",
            false,
            structure(
                &[m("LastUsedDate", "dateType"), m("Region", "stringType")],
                &[],
            ),
        ),
        s(
            "RoleModifiedException",
            false,
            exception(
                &[m("message", "roleModifiedMessage")],
                &[],
                "RoleModified",
                409,
                false,
            ),
        ),
        s(
            "RoleTemplateDisabledException",
            false,
            exception(
                &[m("message", "roleTemplateDisabledMessage")],
                &[],
                "RoleTemplateDisabled",
                400,
                false,
            ),
        ),
        s(
            "RoleTemplateVersion",
            false,
            structure(
                &[
                    m("TemplateArn", "arnType"),
                    m("TemplateName", "roleTemplateNameType"),
                    m("TemplateVersionId", "idType"),
                    m("Description", "roleTemplateDescriptionType"),
                    m("MajorVersion", "integerType"),
                    m("DefaultMinorVersion", "minorVersionType"),
                    m("ManagedByType", "managedByTypeType"),
                    m("ManagedByValue", "managedByValueType"),
                    m("Enabled", "booleanType"),
                    m("MinorVersion", "minorVersionType"),
                    m("RoleNamePattern", "roleNamePatternType"),
                    m("RolePathPattern", "rolePathPatternType"),
                    m("RoleDescriptionPattern", "roleDescriptionPatternType"),
                    m("AssumeRolePolicyDocumentTemplate", "policyDocumentType"),
                    m("InlinePolicyTemplates", "inlinePolicyTemplateListType"),
                    m("ManagedPolicyArns", "managedPolicyArnListType"),
                    m("PermissionBoundaryArn", "arnType"),
                    m("ParametersDefinition", "parametersDefinitionListType"),
                    m("RoleTagsTemplate", "tagTemplateListType"),
                    m("MaxSessionDuration", "roleMaxSessionDurationType"),
                    m("VersionEnabled", "booleanType"),
                    m("CreateTimestamp", "dateType"),
                    m("UpdateTimestamp", "dateType"),
                ],
                &[],
            ),
        ),
        s(
            "RoleUsageListType",
            false,
            list("RoleUsageType", None, None),
        ),
        s(
            "RoleUsageType",
            false,
            structure(
                &[m("Region", "RegionNameType"), m("Resources", "ArnListType")],
                &[],
            ),
        ),
        s(
            "SAMLMetadataDocumentType",
            false,
            string(&[], Some(1000), Some(10000000), None),
        ),
        s(
            "SAMLPrivateKey",
            false,
            structure(
                &[m("KeyId", "privateKeyIdType"), m("Timestamp", "dateType")],
                &[],
            ),
        ),
        s(
            "SAMLProviderListEntry",
            false,
            structure(
                &[
                    m("Arn", "arnType"),
                    m("ValidUntil", "dateType"),
                    m("CreateDate", "dateType"),
                ],
                &[],
            ),
        ),
        s(
            "SAMLProviderListType",
            false,
            list("SAMLProviderListEntry", None, None),
        ),
        s(
            "SAMLProviderNameType",
            false,
            string(&[], Some(1), Some(128), Some("[\\w._-]+")),
        ),
        s(
            "SSHPublicKey",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("SSHPublicKeyId", "publicKeyIdType"),
                    m("Fingerprint", "publicKeyFingerprintType"),
                    m("SSHPublicKeyBody", "publicKeyMaterialType"),
                    m("Status", "statusType"),
                    m("UploadDate", "dateType"),
                ],
                &[
                    "UserName",
                    "SSHPublicKeyId",
                    "Fingerprint",
                    "SSHPublicKeyBody",
                    "Status",
                ],
            ),
        ),
        s(
            "SSHPublicKeyListType",
            false,
            list("SSHPublicKeyMetadata", None, None),
        ),
        s(
            "SSHPublicKeyMetadata",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("SSHPublicKeyId", "publicKeyIdType"),
                    m("Status", "statusType"),
                    m("UploadDate", "dateType"),
                ],
                &["UserName", "SSHPublicKeyId", "Status", "UploadDate"],
            ),
        ),
        s(
            "SendDelegationTokenRequest",
            false,
            structure(
                &[m("DelegationRequestId", "delegationRequestIdType")],
                &["DelegationRequestId"],
            ),
        ),
        s(
            "ServerCertificate",
            false,
            structure(
                &[
                    m("ServerCertificateMetadata", "ServerCertificateMetadata"),
                    m("CertificateBody", "certificateBodyType"),
                    m("CertificateChain", "certificateChainType"),
                    m("Tags", "tagListType"),
                ],
                &["ServerCertificateMetadata", "CertificateBody"],
            ),
        ),
        s(
            "ServerCertificateMetadata",
            false,
            structure(
                &[
                    m("Path", "pathType"),
                    m("ServerCertificateName", "serverCertificateNameType"),
                    m("ServerCertificateId", "idType"),
                    m("Arn", "arnType"),
                    m("UploadDate", "dateType"),
                    m("Expiration", "dateType"),
                ],
                &[
                    "Path",
                    "ServerCertificateName",
                    "ServerCertificateId",
                    "Arn",
                ],
            ),
        ),
        s(
            "ServiceAccessNotEnabledException",
            false,
            exception(&[], &[], "ServiceAccessNotEnabledException", 400, false),
        ),
        s(
            "ServiceFailureException",
            false,
            exception(
                &[m("message", "serviceFailureExceptionMessage")],
                &[],
                "ServiceFailure",
                500,
                false,
            ),
        ),
        s(
            "ServiceLastAccessed",
            false,
            structure(
                &[
                    m("ServiceName", "serviceNameType"),
                    m("LastAuthenticated", "dateType"),
                    m("ServiceNamespace", "serviceNamespaceType"),
                    m("LastAuthenticatedEntity", "arnType"),
                    m("LastAuthenticatedRegion", "stringType"),
                    m("TotalAuthenticatedEntities", "integerType"),
                    m("TrackedActionsLastAccessed", "TrackedActionsLastAccessed"),
                ],
                &["ServiceName", "ServiceNamespace"],
            ),
        ),
        s(
            "ServiceNotSupportedException",
            false,
            exception(
                &[m("message", "serviceNotSupportedMessage")],
                &[],
                "NotSupportedService",
                404,
                false,
            ),
        ),
        s(
            "ServiceSpecificCredential",
            false,
            structure(
                &[
                    m("CreateDate", "dateType"),
                    m("ExpirationDate", "dateType"),
                    m("ServiceName", "serviceName"),
                    m("ServiceUserName", "serviceUserName"),
                    m("ServicePassword", "servicePassword"),
                    m("ServiceCredentialAlias", "serviceCredentialAlias"),
                    m("ServiceCredentialSecret", "serviceCredentialSecret"),
                    m("ServiceSpecificCredentialId", "serviceSpecificCredentialId"),
                    m("UserName", "userNameType"),
                    m("Status", "statusType"),
                ],
                &[
                    "CreateDate",
                    "ServiceName",
                    "ServiceSpecificCredentialId",
                    "UserName",
                    "Status",
                ],
            ),
        ),
        s(
            "ServiceSpecificCredentialMetadata",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("Status", "statusType"),
                    m("ServiceUserName", "serviceUserName"),
                    m("ServiceCredentialAlias", "serviceCredentialAlias"),
                    m("CreateDate", "dateType"),
                    m("ExpirationDate", "dateType"),
                    m("ServiceSpecificCredentialId", "serviceSpecificCredentialId"),
                    m("ServiceName", "serviceName"),
                ],
                &[
                    "UserName",
                    "Status",
                    "CreateDate",
                    "ServiceSpecificCredentialId",
                    "ServiceName",
                ],
            ),
        ),
        s(
            "ServiceSpecificCredentialsListType",
            false,
            list("ServiceSpecificCredentialMetadata", None, None),
        ),
        s(
            "ServicesLastAccessed",
            false,
            list("ServiceLastAccessed", None, None),
        ),
        s(
            "SetDefaultPolicyVersionRequest",
            false,
            structure(
                &[
                    m("PolicyArn", "arnType"),
                    m("VersionId", "policyVersionIdType"),
                ],
                &["PolicyArn", "VersionId"],
            ),
        ),
        s(
            "SetSecurityTokenServicePreferencesRequest",
            false,
            structure(
                &[m(
                    "GlobalEndpointTokenVersion",
                    "globalEndpointTokenVersion",
                )],
                &["GlobalEndpointTokenVersion"],
            ),
        ),
        s(
            "SigningCertificate",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("CertificateId", "certificateIdType"),
                    m("CertificateBody", "certificateBodyType"),
                    m("Status", "statusType"),
                    m("UploadDate", "dateType"),
                ],
                &["UserName", "CertificateId", "CertificateBody", "Status"],
            ),
        ),
        s(
            "SimulateCustomPolicyRequest",
            false,
            structure(
                &[
                    m("PolicyInputList", "SimulationPolicyListType"),
                    m(
                        "PermissionsBoundaryPolicyInputList",
                        "SimulationPolicyListType",
                    ),
                    m(
                        "OrderedOrganizationPolicyInputList",
                        "OrganizationPolicyListType",
                    ),
                    m("ActionNames", "ActionNameListType"),
                    m("ResourceArns", "ResourceNameListType"),
                    m("ResourcePolicy", "policyDocumentType"),
                    m("ResourceOwner", "ResourceNameType"),
                    m("CallerArn", "ResourceNameType"),
                    m("ContextEntries", "ContextEntryListType"),
                    m("ResourceHandlingOption", "ResourceHandlingOptionType"),
                    m("MaxItems", "maxItemsType"),
                    m("Marker", "markerType"),
                ],
                &["PolicyInputList", "ActionNames"],
            ),
        ),
        s(
            "SimulatePolicyResponse",
            false,
            structure(
                &[
                    m("EvaluationResults", "EvaluationResultsListType"),
                    m("IsTruncated", "booleanType"),
                    m("Marker", "responseMarkerType"),
                ],
                &[],
            ),
        ),
        s(
            "SimulatePrincipalPolicyRequest",
            false,
            structure(
                &[
                    m("PolicySourceArn", "arnType"),
                    m("PolicyInputList", "SimulationPolicyListType"),
                    m(
                        "PermissionsBoundaryPolicyInputList",
                        "SimulationPolicyListType",
                    ),
                    m("PolicyExclusionList", "PolicyExclusionsListType"),
                    m("ActionNames", "ActionNameListType"),
                    m("ResourceArns", "ResourceNameListType"),
                    m("ResourcePolicy", "policyDocumentType"),
                    m("ResourceOwner", "ResourceNameType"),
                    m("CallerArn", "ResourceNameType"),
                    m("ContextEntries", "ContextEntryListType"),
                    m("ResourceHandlingOption", "ResourceHandlingOptionType"),
                    m("MaxItems", "maxItemsType"),
                    m("Marker", "markerType"),
                ],
                &["PolicySourceArn", "ActionNames"],
            ),
        ),
        s(
            "SimulationPolicyListType",
            false,
            list("policyDocumentType", None, None),
        ),
        s(
            "SourceRoleTemplate",
            false,
            structure(
                &[
                    m("TemplateArn", "arnType"),
                    m("TemplateMinorVersion", "integerType"),
                ],
                &["TemplateArn", "TemplateMinorVersion"],
            ),
        ),
        s(
            "Statement",
            false,
            structure(
                &[
                    m("SourcePolicyId", "PolicyIdentifierType"),
                    m("SourcePolicyType", "PolicySourceType"),
                    m("StartPosition", "Position"),
                    m("EndPosition", "Position"),
                ],
                &[],
            ),
        ),
        s("StatementListType", false, list("Statement", None, None)),
        s(
            "Tag",
            false,
            structure(
                &[m("Key", "tagKeyType"), m("Value", "tagValueType")],
                &["Key", "Value"],
            ),
        ),
        s(
            "TagInstanceProfileRequest",
            false,
            structure(
                &[
                    m("InstanceProfileName", "instanceProfileNameType"),
                    m("Tags", "tagListType"),
                ],
                &["InstanceProfileName", "Tags"],
            ),
        ),
        s(
            "TagMFADeviceRequest",
            false,
            structure(
                &[
                    m("SerialNumber", "serialNumberType"),
                    m("Tags", "tagListType"),
                ],
                &["SerialNumber", "Tags"],
            ),
        ),
        s(
            "TagOpenIDConnectProviderRequest",
            false,
            structure(
                &[
                    m("OpenIDConnectProviderArn", "arnType"),
                    m("Tags", "tagListType"),
                ],
                &["OpenIDConnectProviderArn", "Tags"],
            ),
        ),
        s(
            "TagPolicyRequest",
            false,
            structure(
                &[m("PolicyArn", "arnType"), m("Tags", "tagListType")],
                &["PolicyArn", "Tags"],
            ),
        ),
        s(
            "TagRoleRequest",
            false,
            structure(
                &[m("RoleName", "roleNameType"), m("Tags", "tagListType")],
                &["RoleName", "Tags"],
            ),
        ),
        s(
            "TagSAMLProviderRequest",
            false,
            structure(
                &[m("SAMLProviderArn", "arnType"), m("Tags", "tagListType")],
                &["SAMLProviderArn", "Tags"],
            ),
        ),
        s(
            "TagServerCertificateRequest",
            false,
            structure(
                &[
                    m("ServerCertificateName", "serverCertificateNameType"),
                    m("Tags", "tagListType"),
                ],
                &["ServerCertificateName", "Tags"],
            ),
        ),
        s(
            "TagTemplate",
            false,
            structure(
                &[
                    m("Key", "tagTemplateKeyType"),
                    m("Value", "tagTemplateValueType"),
                ],
                &["Key", "Value"],
            ),
        ),
        s(
            "TagUserRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("Tags", "tagListType"),
                ],
                &["UserName", "Tags"],
            ),
        ),
        s(
            "TrackedActionLastAccessed",
            false,
            structure(
                &[
                    m("ActionName", "stringType"),
                    m("LastAccessedEntity", "arnType"),
                    m("LastAccessedTime", "dateType"),
                    m("LastAccessedRegion", "stringType"),
                ],
                &[],
            ),
        ),
        s(
            "TrackedActionsLastAccessed",
            false,
            list("TrackedActionLastAccessed", None, None),
        ),
        s(
            "UnmodifiableEntityException",
            false,
            exception(
                &[m("message", "unmodifiableEntityMessage")],
                &[],
                "UnmodifiableEntity",
                400,
                false,
            ),
        ),
        s(
            "UnrecognizedPublicKeyEncodingException",
            false,
            exception(
                &[m("message", "unrecognizedPublicKeyEncodingMessage")],
                &[],
                "UnrecognizedPublicKeyEncoding",
                400,
                false,
            ),
        ),
        s(
            "UntagInstanceProfileRequest",
            false,
            structure(
                &[
                    m("InstanceProfileName", "instanceProfileNameType"),
                    m("TagKeys", "tagKeyListType"),
                ],
                &["InstanceProfileName", "TagKeys"],
            ),
        ),
        s(
            "UntagMFADeviceRequest",
            false,
            structure(
                &[
                    m("SerialNumber", "serialNumberType"),
                    m("TagKeys", "tagKeyListType"),
                ],
                &["SerialNumber", "TagKeys"],
            ),
        ),
        s(
            "UntagOpenIDConnectProviderRequest",
            false,
            structure(
                &[
                    m("OpenIDConnectProviderArn", "arnType"),
                    m("TagKeys", "tagKeyListType"),
                ],
                &["OpenIDConnectProviderArn", "TagKeys"],
            ),
        ),
        s(
            "UntagPolicyRequest",
            false,
            structure(
                &[m("PolicyArn", "arnType"), m("TagKeys", "tagKeyListType")],
                &["PolicyArn", "TagKeys"],
            ),
        ),
        s(
            "UntagRoleRequest",
            false,
            structure(
                &[
                    m("RoleName", "roleNameType"),
                    m("TagKeys", "tagKeyListType"),
                ],
                &["RoleName", "TagKeys"],
            ),
        ),
        s(
            "UntagSAMLProviderRequest",
            false,
            structure(
                &[
                    m("SAMLProviderArn", "arnType"),
                    m("TagKeys", "tagKeyListType"),
                ],
                &["SAMLProviderArn", "TagKeys"],
            ),
        ),
        s(
            "UntagServerCertificateRequest",
            false,
            structure(
                &[
                    m("ServerCertificateName", "serverCertificateNameType"),
                    m("TagKeys", "tagKeyListType"),
                ],
                &["ServerCertificateName", "TagKeys"],
            ),
        ),
        s(
            "UntagUserRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("TagKeys", "tagKeyListType"),
                ],
                &["UserName", "TagKeys"],
            ),
        ),
        s(
            "UpdateAccessKeyRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("AccessKeyId", "accessKeyIdType"),
                    m("Status", "statusType"),
                ],
                &["AccessKeyId", "Status"],
            ),
        ),
        s(
            "UpdateAccountPasswordPolicyRequest",
            false,
            structure(
                &[
                    m("MinimumPasswordLength", "minimumPasswordLengthType"),
                    m("RequireSymbols", "booleanType"),
                    m("RequireNumbers", "booleanType"),
                    m("RequireUppercaseCharacters", "booleanType"),
                    m("RequireLowercaseCharacters", "booleanType"),
                    m("AllowUsersToChangePassword", "booleanType"),
                    m("MaxPasswordAge", "maxPasswordAgeType"),
                    m("PasswordReusePrevention", "passwordReusePreventionType"),
                    m("HardExpiry", "booleanObjectType"),
                ],
                &[],
            ),
        ),
        s(
            "UpdateAssumeRolePolicyRequest",
            false,
            structure(
                &[
                    m("RoleName", "roleNameType"),
                    m("PolicyDocument", "policyDocumentType"),
                ],
                &["RoleName", "PolicyDocument"],
            ),
        ),
        s(
            "UpdateDelegationRequestRequest",
            false,
            structure(
                &[
                    m("DelegationRequestId", "delegationRequestIdType"),
                    m("Notes", "notesType"),
                ],
                &["DelegationRequestId"],
            ),
        ),
        s(
            "UpdateGroupRequest",
            false,
            structure(
                &[
                    m("GroupName", "groupNameType"),
                    m("NewPath", "pathType"),
                    m("NewGroupName", "groupNameType"),
                ],
                &["GroupName"],
            ),
        ),
        s(
            "UpdateLoginProfileRequest",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("Password", "passwordType"),
                    m("PasswordResetRequired", "booleanObjectType"),
                ],
                &["UserName"],
            ),
        ),
        s(
            "UpdateOpenIDConnectProviderThumbprintRequest",
            false,
            structure(
                &[
                    m("OpenIDConnectProviderArn", "arnType"),
                    m("ThumbprintList", "thumbprintListType"),
                ],
                &["OpenIDConnectProviderArn", "ThumbprintList"],
            ),
        ),
        s(
            "UpdateRoleDescriptionRequest",
            false,
            structure(
                &[
                    m("RoleName", "roleNameType"),
                    m("Description", "roleDescriptionType"),
                ],
                &["RoleName", "Description"],
            ),
        ),
        s(
            "UpdateRoleDescriptionResponse",
            false,
            structure(&[m("Role", "Role")], &[]),
        ),
        s(
            "UpdateRoleRequest",
            false,
            structure(
                &[
                    m("RoleName", "roleNameType"),
                    m("Description", "roleDescriptionType"),
                    m("MaxSessionDuration", "roleMaxSessionDurationType"),
                ],
                &["RoleName"],
            ),
        ),
        s("UpdateRoleResponse", false, structure(&[], &[])),
        s(
            "UpdateSAMLProviderRequest",
            false,
            structure(
                &[
                    m("SAMLMetadataDocument", "SAMLMetadataDocumentType"),
                    m("SAMLProviderArn", "arnType"),
                    m("AssertionEncryptionMode", "assertionEncryptionModeType"),
                    m("AddPrivateKey", "privateKeyType"),
                    m("RemovePrivateKey", "privateKeyIdType"),
                ],
                &["SAMLProviderArn"],
            ),
        ),
        s(
            "UpdateSAMLProviderResponse",
            false,
            structure(&[m("SAMLProviderArn", "arnType")], &[]),
        ),
        s(
            "UpdateSSHPublicKeyRequest",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("SSHPublicKeyId", "publicKeyIdType"),
                    m("Status", "statusType"),
                ],
                &["UserName", "SSHPublicKeyId", "Status"],
            ),
        ),
        s(
            "UpdateServerCertificateRequest",
            false,
            structure(
                &[
                    m("ServerCertificateName", "serverCertificateNameType"),
                    m("NewPath", "pathType"),
                    m("NewServerCertificateName", "serverCertificateNameType"),
                ],
                &["ServerCertificateName"],
            ),
        ),
        s(
            "UpdateServiceSpecificCredentialRequest",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("ServiceSpecificCredentialId", "serviceSpecificCredentialId"),
                    m("Status", "statusType"),
                ],
                &["ServiceSpecificCredentialId", "Status"],
            ),
        ),
        s(
            "UpdateSigningCertificateRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("CertificateId", "certificateIdType"),
                    m("Status", "statusType"),
                ],
                &["CertificateId", "Status"],
            ),
        ),
        s(
            "UpdateUserRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("NewPath", "pathType"),
                    m("NewUserName", "userNameType"),
                ],
                &["UserName"],
            ),
        ),
        s(
            "UploadSSHPublicKeyRequest",
            false,
            structure(
                &[
                    m("UserName", "userNameType"),
                    m("SSHPublicKeyBody", "publicKeyMaterialType"),
                ],
                &["UserName", "SSHPublicKeyBody"],
            ),
        ),
        s(
            "UploadSSHPublicKeyResponse",
            false,
            structure(&[m("SSHPublicKey", "SSHPublicKey")], &[]),
        ),
        s(
            "UploadServerCertificateRequest",
            false,
            structure(
                &[
                    m("Path", "pathType"),
                    m("ServerCertificateName", "serverCertificateNameType"),
                    m("CertificateBody", "certificateBodyType"),
                    m("PrivateKey", "privateKeyType"),
                    m("CertificateChain", "certificateChainType"),
                    m("Tags", "tagListType"),
                ],
                &["ServerCertificateName", "CertificateBody", "PrivateKey"],
            ),
        ),
        s(
            "UploadServerCertificateResponse",
            false,
            structure(
                &[
                    m("ServerCertificateMetadata", "ServerCertificateMetadata"),
                    m("Tags", "tagListType"),
                ],
                &[],
            ),
        ),
        s(
            "UploadSigningCertificateRequest",
            false,
            structure(
                &[
                    m("UserName", "existingUserNameType"),
                    m("CertificateBody", "certificateBodyType"),
                ],
                &["CertificateBody"],
            ),
        ),
        s(
            "UploadSigningCertificateResponse",
            false,
            structure(&[m("Certificate", "SigningCertificate")], &["Certificate"]),
        ),
        s(
            "User",
            false,
            structure(
                &[
                    m("Path", "pathType"),
                    m("UserName", "userNameType"),
                    m("UserId", "idType"),
                    m("Arn", "arnType"),
                    m("CreateDate", "dateType"),
                    m("PasswordLastUsed", "dateType"),
                    m("PermissionsBoundary", "AttachedPermissionsBoundary"),
                    m("Tags", "tagListType"),
                ],
                &["Path", "UserName", "UserId", "Arn", "CreateDate"],
            ),
        ),
        s(
            "UserDetail",
            false,
            structure(
                &[
                    m("Path", "pathType"),
                    m("UserName", "userNameType"),
                    m("UserId", "idType"),
                    m("Arn", "arnType"),
                    m("CreateDate", "dateType"),
                    m("UserPolicyList", "policyDetailListType"),
                    m("GroupList", "groupNameListType"),
                    m("AttachedManagedPolicies", "attachedPoliciesListType"),
                    m("PermissionsBoundary", "AttachedPermissionsBoundary"),
                    m("Tags", "tagListType"),
                ],
                &[],
            ),
        ),
        s(
            "VirtualMFADevice",
            false,
            structure(
                &[
                    m("SerialNumber", "serialNumberType"),
                    m("Base32StringSeed", "BootstrapDatum"),
                    m("QRCodePNG", "BootstrapDatum"),
                    m("User", "User"),
                    m("EnableDate", "dateType"),
                    m("Tags", "tagListType"),
                ],
                &["SerialNumber"],
            ),
        ),
        s(
            "accessKeyIdType",
            false,
            string(&[], Some(16), Some(128), Some("[\\w]+")),
        ),
        s(
            "accessKeyMetadataListType",
            false,
            list("AccessKeyMetadata", None, None),
        ),
        s("accessKeySecretType", true, string(&[], None, None, None)),
        s(
            "accountAliasListType",
            false,
            list("accountAliasType", None, None),
        ),
        s(
            "accountAliasType",
            false,
            string(
                &[],
                Some(3),
                Some(63),
                Some("^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$"),
            ),
        ),
        s(
            "accountIdType",
            false,
            string(&[], None, None, Some("\\d{12}")),
        ),
        s(
            "accountPropertiesMapType",
            false,
            map(
                "accountPropertyKeyType",
                "accountPropertyValueType",
                None,
                None,
            ),
        ),
        s(
            "accountPropertyKeyType",
            false,
            string(&[], Some(1), Some(50), Some("^[A-Za-z][A-Za-z0-9/_-]*$")),
        ),
        s(
            "accountPropertyValueType",
            false,
            string(&[], Some(1), Some(1024), None),
        ),
        s("allUsers", false, K::Boolean),
        s("arnType", false, string(&[], Some(20), Some(2048), None)),
        s(
            "assertionEncryptionModeType",
            false,
            string(super::AssertionEncryptionModeType::VALUES, None, None, None),
        ),
        s(
            "assignmentStatusType",
            false,
            string(super::AssignmentStatusType::VALUES, None, None, None),
        ),
        s(
            "attachedPoliciesListType",
            false,
            list("AttachedPolicy", None, None),
        ),
        s("attachmentCountType", false, integer(None, None)),
        s(
            "authenticationCodeType",
            false,
            string(&[], Some(6), Some(6), Some("[\\d]+")),
        ),
        s("booleanObjectType", false, K::Boolean),
        s("booleanType", false, K::Boolean),
        s(
            "certificateBodyType",
            false,
            string(
                &[],
                Some(1),
                Some(16384),
                Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
            ),
        ),
        s(
            "certificateChainType",
            false,
            string(
                &[],
                Some(1),
                Some(2097152),
                Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
            ),
        ),
        s(
            "certificateIdType",
            false,
            string(&[], Some(24), Some(128), Some("[\\w]+")),
        ),
        s(
            "certificateListType",
            false,
            list("SigningCertificate", None, None),
        ),
        s("clientIDListType", false, list("clientIDType", None, None)),
        s("clientIDType", false, string(&[], Some(1), Some(255), None)),
        s(
            "consoleDeepLinkType",
            false,
            string(&[], Some(1), Some(255), None),
        ),
        s("credentialAgeDays", false, integer(Some(1), Some(36600))),
        s(
            "credentialReportExpiredExceptionMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "credentialReportNotPresentExceptionMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "credentialReportNotReadyExceptionMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "customSuffixType",
            false,
            string(&[], Some(1), Some(64), Some("[\\w+=,.@-]+")),
        ),
        s("dateType", false, K::Timestamp),
        s(
            "delegationRequestDescriptionType",
            false,
            string(
                &[],
                None,
                Some(1000),
                Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"),
            ),
        ),
        s(
            "delegationRequestIdType",
            false,
            string(&[], Some(16), Some(128), Some("[\\w-]+")),
        ),
        s(
            "delegationRequestsListType",
            false,
            list("DelegationRequest", None, None),
        ),
        s(
            "deleteConflictMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "duplicateCertificateMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "duplicateSSHPublicKeyMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "encodingType",
            false,
            string(super::EncodingType::VALUES, None, None, None),
        ),
        s(
            "entityAlreadyExistsMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "entityDetailsListType",
            false,
            list("EntityDetails", None, None),
        ),
        s("entityListType", false, list("EntityType", None, None)),
        s(
            "entityNameType",
            false,
            string(&[], Some(1), Some(128), Some("[\\w+=,.@-]+")),
        ),
        s(
            "entityTemporarilyUnmodifiableMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "existingUserNameType",
            false,
            string(&[], Some(1), Some(128), Some("[\\w+=,.@-]+")),
        ),
        s(
            "globalEndpointTokenVersion",
            false,
            string(super::GlobalEndpointTokenVersion::VALUES, None, None, None),
        ),
        s(
            "groupDetailListType",
            false,
            list("GroupDetail", None, None),
        ),
        s("groupListType", false, list("Group", None, None)),
        s(
            "groupNameListType",
            false,
            list("groupNameType", None, None),
        ),
        s(
            "groupNameType",
            false,
            string(&[], Some(1), Some(128), Some("[\\w+=,.@-]+")),
        ),
        s(
            "idType",
            false,
            string(&[], Some(16), Some(128), Some("[\\w]+")),
        ),
        s(
            "inlinePolicyTemplateListType",
            false,
            list("InlinePolicy", None, None),
        ),
        s(
            "instanceProfileListType",
            false,
            list("InstanceProfile", None, None),
        ),
        s(
            "instanceProfileNameType",
            false,
            string(&[], Some(1), Some(128), Some("[\\w+=,.@-]+")),
        ),
        s("integerType", false, integer(None, None)),
        s(
            "invalidAuthenticationCodeMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "invalidCertificateMessage",
            false,
            string(&[], None, None, None),
        ),
        s("invalidInputMessage", false, string(&[], None, None, None)),
        s(
            "invalidPublicKeyMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "invalidUserTypeMessage",
            false,
            string(&[], None, None, None),
        ),
        s("jobIDType", false, string(&[], Some(36), Some(36), None)),
        s(
            "jobStatusType",
            false,
            string(super::JobStatusType::VALUES, None, None, None),
        ),
        s(
            "keyPairMismatchMessage",
            false,
            string(&[], None, None, None),
        ),
        s("limitExceededMessage", false, string(&[], None, None, None)),
        s(
            "listPolicyGrantingServiceAccessResponseListType",
            false,
            list("ListPoliciesGrantingServiceAccessEntry", None, None),
        ),
        s("localeType", false, string(&[], Some(2), Some(12), None)),
        s(
            "malformedCertificateMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "malformedPolicyDocumentMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "managedByTypeType",
            false,
            string(super::ManagedByTypeType::VALUES, None, None, None),
        ),
        s(
            "managedByValueType",
            false,
            string(&[], Some(1), Some(128), None),
        ),
        s(
            "managedPolicyArnListType",
            false,
            list("arnType", None, None),
        ),
        s(
            "mapStringReplacementValueEntry",
            false,
            map("stringType", "ReplacementValueEntry", None, Some(30)),
        ),
        s(
            "markerType",
            false,
            string(&[], Some(1), Some(320), Some("[\\u0020-\\u00FF]+")),
        ),
        s("maxItemsType", false, integer(Some(1), Some(1000))),
        s("maxPasswordAgeType", false, integer(Some(1), Some(1095))),
        s("mfaDeviceListType", false, list("MFADevice", None, None)),
        s(
            "minimumPasswordLengthType",
            false,
            integer(Some(6), Some(128)),
        ),
        s("minorVersionType", false, integer(None, None)),
        s("nameConflictMessage", false, string(&[], None, None, None)),
        s("noSuchEntityMessage", false, string(&[], None, None, None)),
        s(
            "notesType",
            false,
            string(
                &[],
                None,
                Some(500),
                Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"),
            ),
        ),
        s(
            "notificationChannelType",
            false,
            string(&[], Some(2), Some(400), Some("^[a-zA-Z0-9:_.-]+$")),
        ),
        s(
            "openIdIdpCommunicationErrorExceptionMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "organizationsEntityPathType",
            false,
            string(
                &[],
                Some(19),
                Some(427),
                Some("^o-[0-9a-z]{10,32}\\/r-[0-9a-z]{4,32}[0-9a-z-\\/]*"),
            ),
        ),
        s(
            "organizationsPolicyIdType",
            false,
            string(&[], None, None, Some("^p-[0-9a-zA-Z_]{8,128}$")),
        ),
        s(
            "ownerIdType",
            false,
            string(&[], Some(20), Some(2048), Some("^[a-zA-Z0-9:/+=,.@_-]+$")),
        ),
        s(
            "parameterDefaultValueType",
            false,
            string(&[], None, Some(1024), None),
        ),
        s(
            "parameterDescriptionType",
            false,
            string(&[], None, Some(1000), None),
        ),
        s(
            "parameterNameType",
            false,
            string(&[], Some(1), Some(128), None),
        ),
        s(
            "parameterSubTypeType",
            false,
            string(&[], None, Some(256), None),
        ),
        s(
            "parameterTypeType",
            false,
            string(super::ParameterTypeType::VALUES, None, None, None),
        ),
        s(
            "parametersDefinitionListType",
            false,
            list("ParameterDefinition", None, None),
        ),
        s(
            "passwordPolicyViolationMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "passwordReusePreventionType",
            false,
            integer(Some(1), Some(24)),
        ),
        s(
            "passwordType",
            true,
            string(
                &[],
                Some(1),
                Some(128),
                Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
            ),
        ),
        s(
            "pathPrefixType",
            false,
            string(&[], Some(1), Some(512), Some("\\u002F[\\u0021-\\u007F]*")),
        ),
        s(
            "pathType",
            false,
            string(
                &[],
                Some(1),
                Some(512),
                Some("(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"),
            ),
        ),
        s(
            "permissionCheckResultType",
            false,
            string(super::PermissionCheckResultType::VALUES, None, None, None),
        ),
        s(
            "permissionCheckStatusType",
            false,
            string(super::PermissionCheckStatusType::VALUES, None, None, None),
        ),
        s("permissionType", false, string(&[], None, None, None)),
        s(
            "policyDescriptionType",
            false,
            string(&[], None, Some(1000), None),
        ),
        s(
            "policyDetailListType",
            false,
            list("PolicyDetail", None, None),
        ),
        s(
            "policyDocumentType",
            false,
            string(
                &[],
                Some(1),
                Some(131072),
                Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
            ),
        ),
        s(
            "policyDocumentVersionListType",
            false,
            list("PolicyVersion", None, None),
        ),
        s(
            "policyEvaluationErrorMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "policyGrantingServiceAccessListType",
            false,
            list("PolicyGrantingServiceAccess", None, None),
        ),
        s("policyListType", false, list("Policy", None, None)),
        s(
            "policyNameListType",
            false,
            list("policyNameType", None, None),
        ),
        s(
            "policyNameType",
            false,
            string(&[], Some(1), Some(128), Some("[\\w+=,.@-]+")),
        ),
        s(
            "policyNotAttachableMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "policyOwnerEntityType",
            false,
            string(super::PolicyOwnerEntityType::VALUES, None, None, None),
        ),
        s(
            "policyParameterListType",
            false,
            list("PolicyParameter", None, Some(50)),
        ),
        s(
            "policyParameterNameType",
            false,
            string(&[], Some(5), Some(256), Some("[ -~]+")),
        ),
        s(
            "policyParameterValueType",
            false,
            string(&[], None, None, Some("[ -~]+")),
        ),
        s(
            "policyParameterValuesListType",
            false,
            list("policyParameterValueType", None, None),
        ),
        s(
            "policyPathType",
            false,
            string(
                &[],
                Some(1),
                Some(512),
                Some("((/[A-Za-z0-9\\.,\\+@=_-]+)*)/"),
            ),
        ),
        s(
            "policyScopeType",
            false,
            string(super::PolicyScopeType::VALUES, None, None, None),
        ),
        s(
            "policyType",
            false,
            string(super::PolicyType::VALUES, None, None, None),
        ),
        s(
            "policyVersionIdType",
            false,
            string(&[], None, None, Some("v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?")),
        ),
        s(
            "privateKeyIdType",
            false,
            string(&[], Some(22), Some(64), Some("[A-Z0-9]+")),
        ),
        s(
            "privateKeyList",
            false,
            list("SAMLPrivateKey", None, Some(2)),
        ),
        s(
            "privateKeyType",
            true,
            string(
                &[],
                Some(1),
                Some(16384),
                Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
            ),
        ),
        s(
            "publicKeyFingerprintType",
            false,
            string(&[], Some(48), Some(48), Some("[:\\w]+")),
        ),
        s(
            "publicKeyIdType",
            false,
            string(&[], Some(20), Some(128), Some("[\\w]+")),
        ),
        s(
            "publicKeyMaterialType",
            false,
            string(
                &[],
                Some(1),
                Some(16384),
                Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
            ),
        ),
        s(
            "redirectUrlType",
            false,
            string(
                &[],
                Some(1),
                Some(255),
                Some("^http(s?)://[a-zA-Z0-9._/-]*(\\?[a-zA-Z0-9._=&-]*)?(#[a-zA-Z0-9._/-]*)?$"),
            ),
        ),
        s(
            "replacementValueListType",
            false,
            list("stringType", Some(1), Some(20)),
        ),
        s(
            "reportGenerationLimitExceededMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "requestMessageType",
            false,
            string(
                &[],
                None,
                Some(200),
                Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"),
            ),
        ),
        s(
            "requestorNameType",
            false,
            string(
                &[],
                None,
                Some(30),
                Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"),
            ),
        ),
        s(
            "requestorWorkflowIdType",
            false,
            string(
                &[],
                Some(5),
                Some(400),
                Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+"),
            ),
        ),
        s("responseMarkerType", false, string(&[], None, None, None)),
        s(
            "roleDescriptionPatternType",
            false,
            string(&[], Some(1), Some(512), None),
        ),
        s(
            "roleDescriptionType",
            false,
            string(
                &[],
                None,
                Some(1000),
                Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"),
            ),
        ),
        s("roleDetailListType", false, list("RoleDetail", None, None)),
        s("roleListType", false, list("Role", None, None)),
        s(
            "roleMaxSessionDurationType",
            false,
            integer(Some(3600), Some(43200)),
        ),
        s("roleModifiedMessage", false, string(&[], None, None, None)),
        s(
            "roleNamePatternType",
            false,
            string(&[], Some(1), Some(256), None),
        ),
        s(
            "roleNameType",
            false,
            string(&[], Some(1), Some(64), Some("[\\w+=,.@-]+")),
        ),
        s(
            "rolePathPatternType",
            false,
            string(
                &[],
                Some(1),
                Some(256),
                Some("/[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*/"),
            ),
        ),
        s(
            "rolePermissionRestrictionArnListType",
            false,
            list("arnType", None, None),
        ),
        s(
            "roleTemplateDescriptionType",
            false,
            string(
                &[],
                None,
                Some(512),
                Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"),
            ),
        ),
        s(
            "roleTemplateDisabledMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "roleTemplateNameType",
            false,
            string(&[], Some(1), Some(128), Some("[\\w+=,.\\-]+")),
        ),
        s(
            "serialNumberType",
            false,
            string(&[], Some(9), Some(256), Some("[\\w+=/:,.@-]+")),
        ),
        s(
            "serverCertificateMetadataListType",
            false,
            list("ServerCertificateMetadata", None, None),
        ),
        s(
            "serverCertificateNameType",
            false,
            string(&[], Some(1), Some(128), Some("[\\w+=,.@-]+")),
        ),
        s(
            "serviceCredentialAlias",
            false,
            string(&[], Some(0), Some(200), Some("[\\w+=,.@-]+")),
        ),
        s(
            "serviceCredentialSecret",
            true,
            string(&[], None, None, None),
        ),
        s(
            "serviceFailureExceptionMessage",
            false,
            string(&[], None, None, None),
        ),
        s("serviceName", false, string(&[], None, None, None)),
        s("serviceNameType", false, string(&[], None, None, None)),
        s(
            "serviceNamespaceListType",
            false,
            list("serviceNamespaceType", Some(1), Some(200)),
        ),
        s(
            "serviceNamespaceType",
            false,
            string(&[], Some(1), Some(64), Some("[\\w-]*")),
        ),
        s(
            "serviceNotSupportedMessage",
            false,
            string(&[], None, None, None),
        ),
        s("servicePassword", true, string(&[], None, None, None)),
        s(
            "serviceSpecificCredentialId",
            false,
            string(&[], Some(20), Some(128), Some("[\\w]+")),
        ),
        s(
            "serviceUserName",
            false,
            string(&[], Some(0), Some(200), Some("[\\w+=,.@-]*")),
        ),
        s(
            "sessionDurationType",
            false,
            integer(Some(300), Some(43200)),
        ),
        s(
            "sortKeyType",
            false,
            string(super::SortKeyType::VALUES, None, None, None),
        ),
        s(
            "stateType",
            false,
            string(super::StateType::VALUES, None, None, None),
        ),
        s(
            "statusType",
            false,
            string(super::StatusType::VALUES, None, None, None),
        ),
        s("stringType", false, string(&[], None, None, None)),
        s(
            "summaryContentType",
            false,
            string(&[], Some(0), Some(10000), None),
        ),
        s(
            "summaryKeyType",
            false,
            string(super::SummaryKeyType::VALUES, None, None, None),
        ),
        s(
            "summaryMapType",
            false,
            map("summaryKeyType", "summaryValueType", None, None),
        ),
        s(
            "summaryStateType",
            false,
            string(super::SummaryStateType::VALUES, None, None, None),
        ),
        s("summaryValueType", false, integer(None, None)),
        s("tagKeyListType", false, list("tagKeyType", None, Some(50))),
        s(
            "tagKeyType",
            false,
            string(
                &[],
                Some(1),
                Some(128),
                Some("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+"),
            ),
        ),
        s("tagListType", false, list("Tag", None, Some(50))),
        s(
            "tagTemplateKeyType",
            false,
            string(
                &[],
                Some(1),
                Some(128),
                Some("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@{}]+"),
            ),
        ),
        s(
            "tagTemplateListType",
            false,
            list("TagTemplate", None, Some(50)),
        ),
        s(
            "tagTemplateValueType",
            false,
            string(
                &[],
                Some(0),
                Some(256),
                Some("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@{}]*"),
            ),
        ),
        s(
            "tagValueType",
            false,
            string(
                &[],
                Some(0),
                Some(256),
                Some("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*"),
            ),
        ),
        s(
            "thumbprintListType",
            false,
            list("thumbprintType", None, None),
        ),
        s(
            "thumbprintType",
            false,
            string(&[], Some(40), Some(40), None),
        ),
        s(
            "unmodifiableEntityMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "unrecognizedPublicKeyEncodingMessage",
            false,
            string(&[], None, None, None),
        ),
        s("userDetailListType", false, list("UserDetail", None, None)),
        s("userListType", false, list("User", None, None)),
        s(
            "userNameType",
            false,
            string(&[], Some(1), Some(64), Some("[\\w+=,.@-]+")),
        ),
        s(
            "virtualMFADeviceListType",
            false,
            list("VirtualMFADevice", None, None),
        ),
        s(
            "virtualMFADeviceName",
            false,
            string(&[], Some(1), None, Some("[\\w+=,.@-]+")),
        ),
    ];
}
