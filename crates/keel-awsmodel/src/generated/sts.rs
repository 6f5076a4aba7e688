// @generated from the botocore 1.44.5 model sts/2011-06-15/service-2.json by `cargo run -p xtask -- codegen`.
// Do not edit: change xtask and regenerate.

//! AWS Security Token Service wire types and model table (API version 2011-06-15).
//!
//! One Rust type per structure and enum shape of the model, named as the shape; [`MODEL`] is the whole model as static data.

/// The `AssumeRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumeRoleRequest {
    #[serde(rename = "RoleArn")]
    pub role_arn: String,
    #[serde(rename = "RoleSessionName")]
    pub role_session_name: String,
    #[serde(rename = "PolicyArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    #[serde(rename = "Policy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
    #[serde(rename = "DurationSeconds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<i32>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "TransitiveTagKeys")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transitive_tag_keys: Option<Vec<String>>,
    #[serde(rename = "ExternalId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(rename = "SerialNumber")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    #[serde(rename = "TokenCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_code: Option<String>,
    #[serde(rename = "SourceIdentity")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_identity: Option<String>,
    #[serde(rename = "ProvidedContexts")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provided_contexts: Option<Vec<ProvidedContext>>,
    #[serde(rename = "MinimumSessionTokenSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_session_token_size: Option<i32>,
}

/// The `AssumeRoleResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumeRoleResponse {
    #[serde(rename = "Credentials")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Credentials>,
    #[serde(rename = "AssumedRoleUser")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assumed_role_user: Option<AssumedRoleUser>,
    #[serde(rename = "PackedPolicySize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub packed_policy_size: Option<i32>,
    #[serde(rename = "SourceIdentity")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_identity: Option<String>,
    #[serde(rename = "SessionTokenUtilization")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token_utilization: Option<i32>,
    #[serde(rename = "SessionTokenSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token_size: Option<i32>,
}

/// The `AssumeRoleWithSAMLRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumeRoleWithSAMLRequest {
    #[serde(rename = "RoleArn")]
    pub role_arn: String,
    #[serde(rename = "PrincipalArn")]
    pub principal_arn: String,
    #[serde(rename = "SAMLAssertion")]
    pub saml_assertion: String,
    #[serde(rename = "PolicyArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    #[serde(rename = "Policy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
    #[serde(rename = "DurationSeconds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<i32>,
    #[serde(rename = "MinimumSessionTokenSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_session_token_size: Option<i32>,
}

/// The `AssumeRoleWithSAMLResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumeRoleWithSAMLResponse {
    #[serde(rename = "Credentials")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Credentials>,
    #[serde(rename = "AssumedRoleUser")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assumed_role_user: Option<AssumedRoleUser>,
    #[serde(rename = "PackedPolicySize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub packed_policy_size: Option<i32>,
    #[serde(rename = "Subject")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(rename = "SubjectType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_type: Option<String>,
    #[serde(rename = "Issuer")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    #[serde(rename = "Audience")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    #[serde(rename = "NameQualifier")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_qualifier: Option<String>,
    #[serde(rename = "SourceIdentity")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_identity: Option<String>,
    #[serde(rename = "SessionTokenUtilization")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token_utilization: Option<i32>,
    #[serde(rename = "SessionTokenSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token_size: Option<i32>,
}

/// The `AssumeRoleWithWebIdentityRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumeRoleWithWebIdentityRequest {
    #[serde(rename = "RoleArn")]
    pub role_arn: String,
    #[serde(rename = "RoleSessionName")]
    pub role_session_name: String,
    #[serde(rename = "WebIdentityToken")]
    pub web_identity_token: String,
    #[serde(rename = "ProviderId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<String>,
    #[serde(rename = "PolicyArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    #[serde(rename = "Policy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
    #[serde(rename = "DurationSeconds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<i32>,
    #[serde(rename = "MinimumSessionTokenSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_session_token_size: Option<i32>,
}

/// The `AssumeRoleWithWebIdentityResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumeRoleWithWebIdentityResponse {
    #[serde(rename = "Credentials")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Credentials>,
    #[serde(rename = "SubjectFromWebIdentityToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_from_web_identity_token: Option<String>,
    #[serde(rename = "AssumedRoleUser")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assumed_role_user: Option<AssumedRoleUser>,
    #[serde(rename = "PackedPolicySize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub packed_policy_size: Option<i32>,
    #[serde(rename = "Provider")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(rename = "Audience")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    #[serde(rename = "SourceIdentity")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_identity: Option<String>,
    #[serde(rename = "SessionTokenUtilization")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token_utilization: Option<i32>,
    #[serde(rename = "SessionTokenSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token_size: Option<i32>,
}

/// The `AssumeRootRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumeRootRequest {
    #[serde(rename = "TargetPrincipal")]
    pub target_principal: String,
    #[serde(rename = "TaskPolicyArn")]
    pub task_policy_arn: PolicyDescriptorType,
    #[serde(rename = "DurationSeconds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<i32>,
    #[serde(rename = "MinimumSessionTokenSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_session_token_size: Option<i32>,
}

/// The `AssumeRootResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumeRootResponse {
    #[serde(rename = "Credentials")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Credentials>,
    #[serde(rename = "SourceIdentity")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_identity: Option<String>,
    #[serde(rename = "SessionTokenUtilization")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token_utilization: Option<i32>,
    #[serde(rename = "SessionTokenSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token_size: Option<i32>,
}

/// The `AssumedRoleUser` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumedRoleUser {
    #[serde(rename = "AssumedRoleId")]
    pub assumed_role_id: String,
    #[serde(rename = "Arn")]
    pub arn: String,
}

/// The `Credentials` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Credentials {
    #[serde(rename = "AccessKeyId")]
    pub access_key_id: String,
    #[serde(rename = "SecretAccessKey")]
    pub secret_access_key: String,
    #[serde(rename = "SessionToken")]
    pub session_token: String,
    #[serde(rename = "Expiration")]
    pub expiration: crate::Timestamp,
}

/// The `DecodeAuthorizationMessageRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DecodeAuthorizationMessageRequest {
    #[serde(rename = "EncodedMessage")]
    pub encoded_message: String,
}

/// The `DecodeAuthorizationMessageResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DecodeAuthorizationMessageResponse {
    #[serde(rename = "DecodedMessage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decoded_message: Option<String>,
}

/// The `ExpiredTokenException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpiredTokenException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `ExpiredTradeInTokenException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpiredTradeInTokenException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `FederatedUser` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FederatedUser {
    #[serde(rename = "FederatedUserId")]
    pub federated_user_id: String,
    #[serde(rename = "Arn")]
    pub arn: String,
}

/// The `GetAccessKeyInfoRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetAccessKeyInfoRequest {
    #[serde(rename = "AccessKeyId")]
    pub access_key_id: String,
}

/// The `GetAccessKeyInfoResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetAccessKeyInfoResponse {
    #[serde(rename = "Account")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
}

/// The `GetCallerIdentityRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetCallerIdentityRequest {}

/// The `GetCallerIdentityResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetCallerIdentityResponse {
    #[serde(rename = "UserId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(rename = "Account")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    #[serde(rename = "Arn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
}

/// The `GetDelegatedAccessTokenRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDelegatedAccessTokenRequest {
    #[serde(rename = "TradeInToken")]
    pub trade_in_token: String,
}

/// The `GetDelegatedAccessTokenResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDelegatedAccessTokenResponse {
    #[serde(rename = "Credentials")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Credentials>,
    #[serde(rename = "PackedPolicySize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub packed_policy_size: Option<i32>,
    #[serde(rename = "AssumedPrincipal")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assumed_principal: Option<String>,
}

/// The `GetFederationTokenRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetFederationTokenRequest {
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "Policy")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
    #[serde(rename = "PolicyArns")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    #[serde(rename = "DurationSeconds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<i32>,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "MinimumSessionTokenSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_session_token_size: Option<i32>,
}

/// The `GetFederationTokenResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetFederationTokenResponse {
    #[serde(rename = "Credentials")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Credentials>,
    #[serde(rename = "FederatedUser")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub federated_user: Option<FederatedUser>,
    #[serde(rename = "PackedPolicySize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub packed_policy_size: Option<i32>,
    #[serde(rename = "SessionTokenUtilization")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token_utilization: Option<i32>,
    #[serde(rename = "SessionTokenSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token_size: Option<i32>,
}

/// The `GetSessionTokenRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetSessionTokenRequest {
    #[serde(rename = "DurationSeconds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<i32>,
    #[serde(rename = "SerialNumber")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    #[serde(rename = "TokenCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_code: Option<String>,
    #[serde(rename = "MinimumSessionTokenSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_session_token_size: Option<i32>,
}

/// The `GetSessionTokenResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetSessionTokenResponse {
    #[serde(rename = "Credentials")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Credentials>,
    #[serde(rename = "SessionTokenUtilization")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token_utilization: Option<i32>,
    #[serde(rename = "SessionTokenSize")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token_size: Option<i32>,
}

/// The `GetWebIdentityTokenRequest` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetWebIdentityTokenRequest {
    #[serde(rename = "Audience")]
    pub audience: Vec<String>,
    #[serde(rename = "DurationSeconds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<i32>,
    #[serde(rename = "SigningAlgorithm")]
    pub signing_algorithm: String,
    #[serde(rename = "Tags")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// The `GetWebIdentityTokenResponse` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetWebIdentityTokenResponse {
    #[serde(rename = "WebIdentityToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_identity_token: Option<String>,
    #[serde(rename = "Expiration")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<crate::Timestamp>,
}

/// The `IDPCommunicationErrorException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct IDPCommunicationErrorException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `IDPRejectedClaimException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct IDPRejectedClaimException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `InvalidAuthorizationMessageException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidAuthorizationMessageException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `InvalidIdentityTokenException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidIdentityTokenException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `JWTPayloadSizeExceededException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct JWTPayloadSizeExceededException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `MalformedPolicyDocumentException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MalformedPolicyDocumentException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `OutboundWebIdentityFederationDisabledException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OutboundWebIdentityFederationDisabledException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `PackedPolicyTooLargeException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PackedPolicyTooLargeException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `PolicyDescriptorType` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PolicyDescriptorType {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
}

/// The `ProvidedContext` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProvidedContext {
    #[serde(rename = "ProviderArn")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_arn: Option<String>,
    #[serde(rename = "ContextAssertion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_assertion: Option<String>,
}

/// The `RegionDisabledException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegionDisabledException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `SessionDurationEscalationException` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SessionDurationEscalationException {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `Tag` structure.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Tag {
    #[serde(rename = "Key")]
    pub key: String,
    #[serde(rename = "Value")]
    pub value: String,
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
        protocol: Protocol::Query,
        target_prefix: "",
        xml_namespace: "https://sts.amazonaws.com/doc/2011-06-15/",
        signing_name: "sts",
        api_version: "2011-06-15",
        json_version: "1.0",
        botocore_version: "1.44.5",
        operations: OPERATIONS,
        shapes: SHAPES,
    };

    const OPERATIONS: &[Operation] = &[
        Operation {
            name: "AssumeRole",
            input: Some("AssumeRoleRequest"),
            output: Some("AssumeRoleResponse"),
            result_wrapper: Some("AssumeRoleResult"),
            errors: &[
                "MalformedPolicyDocumentException",
                "PackedPolicyTooLargeException",
                "RegionDisabledException",
                "ExpiredTokenException",
            ],
        },
        Operation {
            name: "AssumeRoleWithSAML",
            input: Some("AssumeRoleWithSAMLRequest"),
            output: Some("AssumeRoleWithSAMLResponse"),
            result_wrapper: Some("AssumeRoleWithSAMLResult"),
            errors: &[
                "MalformedPolicyDocumentException",
                "PackedPolicyTooLargeException",
                "IDPRejectedClaimException",
                "InvalidIdentityTokenException",
                "ExpiredTokenException",
                "RegionDisabledException",
            ],
        },
        Operation {
            name: "AssumeRoleWithWebIdentity",
            input: Some("AssumeRoleWithWebIdentityRequest"),
            output: Some("AssumeRoleWithWebIdentityResponse"),
            result_wrapper: Some("AssumeRoleWithWebIdentityResult"),
            errors: &[
                "MalformedPolicyDocumentException",
                "PackedPolicyTooLargeException",
                "IDPRejectedClaimException",
                "IDPCommunicationErrorException",
                "InvalidIdentityTokenException",
                "ExpiredTokenException",
                "RegionDisabledException",
            ],
        },
        Operation {
            name: "AssumeRoot",
            input: Some("AssumeRootRequest"),
            output: Some("AssumeRootResponse"),
            result_wrapper: Some("AssumeRootResult"),
            errors: &["RegionDisabledException", "ExpiredTokenException"],
        },
        Operation {
            name: "DecodeAuthorizationMessage",
            input: Some("DecodeAuthorizationMessageRequest"),
            output: Some("DecodeAuthorizationMessageResponse"),
            result_wrapper: Some("DecodeAuthorizationMessageResult"),
            errors: &["InvalidAuthorizationMessageException"],
        },
        Operation {
            name: "GetAccessKeyInfo",
            input: Some("GetAccessKeyInfoRequest"),
            output: Some("GetAccessKeyInfoResponse"),
            result_wrapper: Some("GetAccessKeyInfoResult"),
            errors: &[],
        },
        Operation {
            name: "GetCallerIdentity",
            input: Some("GetCallerIdentityRequest"),
            output: Some("GetCallerIdentityResponse"),
            result_wrapper: Some("GetCallerIdentityResult"),
            errors: &[],
        },
        Operation {
            name: "GetDelegatedAccessToken",
            input: Some("GetDelegatedAccessTokenRequest"),
            output: Some("GetDelegatedAccessTokenResponse"),
            result_wrapper: Some("GetDelegatedAccessTokenResult"),
            errors: &[
                "ExpiredTradeInTokenException",
                "RegionDisabledException",
                "PackedPolicyTooLargeException",
            ],
        },
        Operation {
            name: "GetFederationToken",
            input: Some("GetFederationTokenRequest"),
            output: Some("GetFederationTokenResponse"),
            result_wrapper: Some("GetFederationTokenResult"),
            errors: &[
                "MalformedPolicyDocumentException",
                "PackedPolicyTooLargeException",
                "RegionDisabledException",
            ],
        },
        Operation {
            name: "GetSessionToken",
            input: Some("GetSessionTokenRequest"),
            output: Some("GetSessionTokenResponse"),
            result_wrapper: Some("GetSessionTokenResult"),
            errors: &["RegionDisabledException"],
        },
        Operation {
            name: "GetWebIdentityToken",
            input: Some("GetWebIdentityTokenRequest"),
            output: Some("GetWebIdentityTokenResponse"),
            result_wrapper: Some("GetWebIdentityTokenResult"),
            errors: &[
                "SessionDurationEscalationException",
                "OutboundWebIdentityFederationDisabledException",
                "JWTPayloadSizeExceededException",
            ],
        },
    ];

    const SHAPES: &[Shape] = &[
        s(
            "AssumeRoleRequest",
            false,
            structure(
                &[
                    m("RoleArn", "arnType"),
                    m("RoleSessionName", "roleSessionNameType"),
                    m("PolicyArns", "policyDescriptorListType"),
                    m("Policy", "unrestrictedSessionPolicyDocumentType"),
                    m("DurationSeconds", "roleDurationSecondsType"),
                    m("Tags", "tagListType"),
                    m("TransitiveTagKeys", "tagKeyListType"),
                    m("ExternalId", "externalIdType"),
                    m("SerialNumber", "serialNumberType"),
                    m("TokenCode", "tokenCodeType"),
                    m("SourceIdentity", "sourceIdentityType"),
                    m("ProvidedContexts", "ProvidedContextsListType"),
                    m("MinimumSessionTokenSize", "minimumSessionTokenSizeType"),
                ],
                &["RoleArn", "RoleSessionName"],
            ),
        ),
        s(
            "AssumeRoleResponse",
            false,
            structure(
                &[
                    m("Credentials", "Credentials"),
                    m("AssumedRoleUser", "AssumedRoleUser"),
                    m("PackedPolicySize", "nonNegativeIntegerType"),
                    m("SourceIdentity", "sourceIdentityType"),
                    m("SessionTokenUtilization", "sessionTokenUtilizationType"),
                    m("SessionTokenSize", "sessionTokenSizeType"),
                ],
                &[],
            ),
        ),
        s(
            "AssumeRoleWithSAMLRequest",
            false,
            structure(
                &[
                    m("RoleArn", "arnType"),
                    m("PrincipalArn", "arnType"),
                    m("SAMLAssertion", "SAMLAssertionType"),
                    m("PolicyArns", "policyDescriptorListType"),
                    m("Policy", "sessionPolicyDocumentType"),
                    m("DurationSeconds", "roleDurationSecondsType"),
                    m("MinimumSessionTokenSize", "minimumSessionTokenSizeType"),
                ],
                &["RoleArn", "PrincipalArn", "SAMLAssertion"],
            ),
        ),
        s(
            "AssumeRoleWithSAMLResponse",
            false,
            structure(
                &[
                    m("Credentials", "Credentials"),
                    m("AssumedRoleUser", "AssumedRoleUser"),
                    m("PackedPolicySize", "nonNegativeIntegerType"),
                    m("Subject", "Subject"),
                    m("SubjectType", "SubjectType"),
                    m("Issuer", "Issuer"),
                    m("Audience", "Audience"),
                    m("NameQualifier", "NameQualifier"),
                    m("SourceIdentity", "sourceIdentityType"),
                    m("SessionTokenUtilization", "sessionTokenUtilizationType"),
                    m("SessionTokenSize", "sessionTokenSizeType"),
                ],
                &[],
            ),
        ),
        s(
            "AssumeRoleWithWebIdentityRequest",
            false,
            structure(
                &[
                    m("RoleArn", "arnType"),
                    m("RoleSessionName", "roleSessionNameType"),
                    m("WebIdentityToken", "clientTokenType"),
                    m("ProviderId", "urlType"),
                    m("PolicyArns", "policyDescriptorListType"),
                    m("Policy", "sessionPolicyDocumentType"),
                    m("DurationSeconds", "roleDurationSecondsType"),
                    m("MinimumSessionTokenSize", "minimumSessionTokenSizeType"),
                ],
                &["RoleArn", "RoleSessionName", "WebIdentityToken"],
            ),
        ),
        s(
            "AssumeRoleWithWebIdentityResponse",
            false,
            structure(
                &[
                    m("Credentials", "Credentials"),
                    m("SubjectFromWebIdentityToken", "webIdentitySubjectType"),
                    m("AssumedRoleUser", "AssumedRoleUser"),
                    m("PackedPolicySize", "nonNegativeIntegerType"),
                    m("Provider", "Issuer"),
                    m("Audience", "Audience"),
                    m("SourceIdentity", "sourceIdentityType"),
                    m("SessionTokenUtilization", "sessionTokenUtilizationType"),
                    m("SessionTokenSize", "sessionTokenSizeType"),
                ],
                &[],
            ),
        ),
        s(
            "AssumeRootRequest",
            false,
            structure(
                &[
                    m("TargetPrincipal", "TargetPrincipalType"),
                    m("TaskPolicyArn", "PolicyDescriptorType"),
                    m("DurationSeconds", "RootDurationSecondsType"),
                    m("MinimumSessionTokenSize", "minimumSessionTokenSizeType"),
                ],
                &["TargetPrincipal", "TaskPolicyArn"],
            ),
        ),
        s(
            "AssumeRootResponse",
            false,
            structure(
                &[
                    m("Credentials", "Credentials"),
                    m("SourceIdentity", "sourceIdentityType"),
                    m("SessionTokenUtilization", "sessionTokenUtilizationType"),
                    m("SessionTokenSize", "sessionTokenSizeType"),
                ],
                &[],
            ),
        ),
        s(
            "AssumedRoleUser",
            false,
            structure(
                &[m("AssumedRoleId", "assumedRoleIdType"), m("Arn", "arnType")],
                &["AssumedRoleId", "Arn"],
            ),
        ),
        s("Audience", false, string(&[], None, None, None)),
        s(
            "Credentials",
            false,
            structure(
                &[
                    m("AccessKeyId", "accessKeyIdType"),
                    m("SecretAccessKey", "accessKeySecretType"),
                    m("SessionToken", "tokenType"),
                    m("Expiration", "dateType"),
                ],
                &[
                    "AccessKeyId",
                    "SecretAccessKey",
                    "SessionToken",
                    "Expiration",
                ],
            ),
        ),
        s(
            "DecodeAuthorizationMessageRequest",
            false,
            structure(
                &[m("EncodedMessage", "encodedMessageType")],
                &["EncodedMessage"],
            ),
        ),
        s(
            "DecodeAuthorizationMessageResponse",
            false,
            structure(&[m("DecodedMessage", "decodedMessageType")], &[]),
        ),
        s(
            "ExpiredTokenException",
            false,
            exception(
                &[m("message", "expiredIdentityTokenMessage")],
                &[],
                "ExpiredTokenException",
                400,
                false,
            ),
        ),
        s(
            "ExpiredTradeInTokenException",
            false,
            exception(
                &[m("message", "expiredTradeInTokenExceptionMessage")],
                &[],
                "ExpiredTradeInTokenException",
                400,
                false,
            ),
        ),
        s(
            "FederatedUser",
            false,
            structure(
                &[m("FederatedUserId", "federatedIdType"), m("Arn", "arnType")],
                &["FederatedUserId", "Arn"],
            ),
        ),
        s(
            "GetAccessKeyInfoRequest",
            false,
            structure(&[m("AccessKeyId", "accessKeyIdType")], &["AccessKeyId"]),
        ),
        s(
            "GetAccessKeyInfoResponse",
            false,
            structure(&[m("Account", "accountType")], &[]),
        ),
        s("GetCallerIdentityRequest", false, structure(&[], &[])),
        s(
            "GetCallerIdentityResponse",
            false,
            structure(
                &[
                    m("UserId", "userIdType"),
                    m("Account", "accountType"),
                    m("Arn", "arnType"),
                ],
                &[],
            ),
        ),
        s(
            "GetDelegatedAccessTokenRequest",
            false,
            structure(&[m("TradeInToken", "tradeInTokenType")], &["TradeInToken"]),
        ),
        s(
            "GetDelegatedAccessTokenResponse",
            false,
            structure(
                &[
                    m("Credentials", "Credentials"),
                    m("PackedPolicySize", "nonNegativeIntegerType"),
                    m("AssumedPrincipal", "arnType"),
                ],
                &[],
            ),
        ),
        s(
            "GetFederationTokenRequest",
            false,
            structure(
                &[
                    m("Name", "userNameType"),
                    m("Policy", "sessionPolicyDocumentType"),
                    m("PolicyArns", "policyDescriptorListType"),
                    m("DurationSeconds", "durationSecondsType"),
                    m("Tags", "tagListType"),
                    m("MinimumSessionTokenSize", "minimumSessionTokenSizeType"),
                ],
                &["Name"],
            ),
        ),
        s(
            "GetFederationTokenResponse",
            false,
            structure(
                &[
                    m("Credentials", "Credentials"),
                    m("FederatedUser", "FederatedUser"),
                    m("PackedPolicySize", "nonNegativeIntegerType"),
                    m("SessionTokenUtilization", "sessionTokenUtilizationType"),
                    m("SessionTokenSize", "sessionTokenSizeType"),
                ],
                &[],
            ),
        ),
        s(
            "GetSessionTokenRequest",
            false,
            structure(
                &[
                    m("DurationSeconds", "durationSecondsType"),
                    m("SerialNumber", "serialNumberType"),
                    m("TokenCode", "tokenCodeType"),
                    m("MinimumSessionTokenSize", "minimumSessionTokenSizeType"),
                ],
                &[],
            ),
        ),
        s(
            "GetSessionTokenResponse",
            false,
            structure(
                &[
                    m("Credentials", "Credentials"),
                    m("SessionTokenUtilization", "sessionTokenUtilizationType"),
                    m("SessionTokenSize", "sessionTokenSizeType"),
                ],
                &[],
            ),
        ),
        s(
            "GetWebIdentityTokenRequest",
            false,
            structure(
                &[
                    m("Audience", "webIdentityTokenAudienceListType"),
                    m("DurationSeconds", "webIdentityTokenDurationSecondsType"),
                    m("SigningAlgorithm", "jwtAlgorithmType"),
                    m("Tags", "tagListType"),
                ],
                &["Audience", "SigningAlgorithm"],
            ),
        ),
        s(
            "GetWebIdentityTokenResponse",
            false,
            structure(
                &[
                    m("WebIdentityToken", "webIdentityTokenType"),
                    m("Expiration", "dateType"),
                ],
                &[],
            ),
        ),
        s(
            "IDPCommunicationErrorException",
            false,
            exception(
                &[m("message", "idpCommunicationErrorMessage")],
                &[],
                "IDPCommunicationError",
                400,
                false,
            ),
        ),
        s(
            "IDPRejectedClaimException",
            false,
            exception(
                &[m("message", "idpRejectedClaimMessage")],
                &[],
                "IDPRejectedClaim",
                403,
                false,
            ),
        ),
        s(
            "InvalidAuthorizationMessageException",
            false,
            exception(
                &[m("message", "invalidAuthorizationMessage")],
                &[],
                "InvalidAuthorizationMessageException",
                400,
                false,
            ),
        ),
        s(
            "InvalidIdentityTokenException",
            false,
            exception(
                &[m("message", "invalidIdentityTokenMessage")],
                &[],
                "InvalidIdentityToken",
                400,
                false,
            ),
        ),
        s("Issuer", false, string(&[], None, None, None)),
        s(
            "JWTPayloadSizeExceededException",
            false,
            exception(
                &[m("message", "jwtPayloadSizeExceededException")],
                &[],
                "JWTPayloadSizeExceededException",
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
        s("NameQualifier", false, string(&[], None, None, None)),
        s(
            "OutboundWebIdentityFederationDisabledException",
            false,
            exception(
                &[m(
                    "message",
                    "outboundWebIdentityFederationDisabledException",
                )],
                &[],
                "OutboundWebIdentityFederationDisabledException",
                403,
                false,
            ),
        ),
        s(
            "PackedPolicyTooLargeException",
            false,
            exception(
                &[m("message", "packedPolicyTooLargeMessage")],
                &[],
                "PackedPolicyTooLarge",
                400,
                false,
            ),
        ),
        s(
            "PolicyDescriptorType",
            false,
            structure(&[m("arn", "arnType")], &[]),
        ),
        s(
            "ProvidedContext",
            false,
            structure(
                &[
                    m("ProviderArn", "arnType"),
                    m("ContextAssertion", "contextAssertionType"),
                ],
                &[],
            ),
        ),
        s(
            "ProvidedContextsListType",
            false,
            list("ProvidedContext", Some(1), Some(5)),
        ),
        s(
            "RegionDisabledException",
            false,
            exception(
                &[m("message", "regionDisabledMessage")],
                &[],
                "RegionDisabledException",
                403,
                false,
            ),
        ),
        s(
            "RootDurationSecondsType",
            false,
            integer(Some(0), Some(900)),
        ),
        s(
            "SAMLAssertionType",
            true,
            string(&[], Some(4), Some(100000), None),
        ),
        s(
            "SessionDurationEscalationException",
            false,
            exception(
                &[m("message", "sessionDurationEscalationException")],
                &[],
                "SessionDurationEscalationException",
                403,
                false,
            ),
        ),
        s("Subject", false, string(&[], None, None, None)),
        s("SubjectType", false, string(&[], None, None, None)),
        s(
            "Tag",
            false,
            structure(
                &[m("Key", "tagKeyType"), m("Value", "tagValueType")],
                &["Key", "Value"],
            ),
        ),
        s(
            "TargetPrincipalType",
            false,
            string(&[], Some(12), Some(2048), None),
        ),
        s(
            "accessKeyIdType",
            false,
            string(&[], Some(16), Some(128), Some("[\\w]*")),
        ),
        s("accessKeySecretType", true, string(&[], None, None, None)),
        s("accountType", false, string(&[], None, None, None)),
        s(
            "arnType",
            false,
            string(
                &[],
                Some(20),
                Some(2048),
                Some(
                    "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+",
                ),
            ),
        ),
        s(
            "assumedRoleIdType",
            false,
            string(&[], Some(2), Some(193), Some("[\\w+=,.@:-]*")),
        ),
        s(
            "clientTokenType",
            true,
            string(&[], Some(4), Some(20000), None),
        ),
        s(
            "contextAssertionType",
            false,
            string(&[], Some(4), Some(2048), None),
        ),
        s("dateType", false, K::Timestamp),
        s("decodedMessageType", false, string(&[], None, None, None)),
        s(
            "durationSecondsType",
            false,
            integer(Some(900), Some(129600)),
        ),
        s(
            "encodedMessageType",
            false,
            string(&[], Some(1), Some(10240), None),
        ),
        s(
            "expiredIdentityTokenMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "expiredTradeInTokenExceptionMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "externalIdType",
            false,
            string(&[], Some(2), Some(1224), Some("[\\w+=,.@:\\/-]*")),
        ),
        s(
            "federatedIdType",
            false,
            string(&[], Some(2), Some(193), Some("[\\w+=,.@\\:-]*")),
        ),
        s(
            "idpCommunicationErrorMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "idpRejectedClaimMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "invalidAuthorizationMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "invalidIdentityTokenMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "jwtAlgorithmType",
            false,
            string(&[], Some(5), Some(5), None),
        ),
        s(
            "jwtPayloadSizeExceededException",
            false,
            string(&[], None, None, None),
        ),
        s(
            "malformedPolicyDocumentMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "minimumSessionTokenSizeType",
            false,
            integer(Some(0), Some(4096)),
        ),
        s("nonNegativeIntegerType", false, integer(Some(0), None)),
        s(
            "outboundWebIdentityFederationDisabledException",
            false,
            string(&[], None, None, None),
        ),
        s(
            "packedPolicyTooLargeMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "policyDescriptorListType",
            false,
            list("PolicyDescriptorType", None, None),
        ),
        s(
            "regionDisabledMessage",
            false,
            string(&[], None, None, None),
        ),
        s(
            "roleDurationSecondsType",
            false,
            integer(Some(900), Some(43200)),
        ),
        s(
            "roleSessionNameType",
            false,
            string(&[], Some(2), Some(64), Some("[\\w+=,.@-]*")),
        ),
        s(
            "serialNumberType",
            false,
            string(&[], Some(9), Some(256), Some("[\\w+=/:,.@-]*")),
        ),
        s(
            "sessionDurationEscalationException",
            false,
            string(&[], None, None, None),
        ),
        s(
            "sessionPolicyDocumentType",
            false,
            string(
                &[],
                Some(1),
                Some(2048),
                Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
            ),
        ),
        s("sessionTokenSizeType", false, integer(Some(0), None)),
        s("sessionTokenUtilizationType", false, integer(Some(0), None)),
        s(
            "sourceIdentityType",
            false,
            string(&[], Some(2), Some(64), Some("[\\w+=,.@-]*")),
        ),
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
            "tokenCodeType",
            false,
            string(&[], Some(6), Some(6), Some("[\\d]*")),
        ),
        s("tokenType", false, string(&[], None, None, None)),
        s("tradeInTokenType", true, string(&[], None, None, None)),
        s(
            "unrestrictedSessionPolicyDocumentType",
            false,
            string(
                &[],
                Some(1),
                None,
                Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
            ),
        ),
        s("urlType", false, string(&[], Some(4), Some(2048), None)),
        s("userIdType", false, string(&[], None, None, None)),
        s(
            "userNameType",
            false,
            string(&[], Some(2), Some(32), Some("[\\w+=,.@-]*")),
        ),
        s(
            "webIdentitySubjectType",
            false,
            string(&[], Some(6), Some(255), None),
        ),
        s(
            "webIdentityTokenAudienceListType",
            false,
            list("webIdentityTokenAudienceStringType", Some(1), Some(10)),
        ),
        s(
            "webIdentityTokenAudienceStringType",
            false,
            string(&[], Some(1), Some(1000), None),
        ),
        s(
            "webIdentityTokenDurationSecondsType",
            false,
            integer(Some(60), Some(3600)),
        ),
        s("webIdentityTokenType", true, string(&[], None, None, None)),
    ];
}
