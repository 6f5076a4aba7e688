//! Account settings: ListAccountSettings, PutAccountSetting, PutAccountSettingDefault,
//! DeleteAccountSetting.
//!
//! Resolution as ECS documents it: a principal's own setting wins, then the root user's setting
//! (which ECS applies to every user and role without their own), then the account default set
//! with PutAccountSettingDefault, then AWS's default. Settings Keel honours: the long ARN formats
//! (task, container instance, service IDs) and containerInsights (the default for new clusters).

use keel_api::RequestContext;
use keel_awsmodel::ecs::{
    ClusterSetting, ClusterSettingName, DeleteAccountSettingRequest, DeleteAccountSettingResponse,
    ListAccountSettingsRequest, ListAccountSettingsResponse, PutAccountSettingDefaultRequest,
    PutAccountSettingDefaultResponse, PutAccountSettingRequest, PutAccountSettingResponse, Setting,
    SettingName, SettingType,
};
use keel_store::Op;

use crate::ControlPlane;
use crate::ecs::resources::{caller_principal, root_principal};
use crate::error::EcsError;
use crate::pagination;
use crate::state::{self, Versioned};

/// The principal key under which PutAccountSettingDefault values are stored.
const ACCOUNT_DEFAULT: &str = "account-default";

/// AWS's default value of each setting, and the values it accepts.
fn spec(name: SettingName) -> (&'static str, &'static [&'static str]) {
    const ON_OFF: &[&str] = &["enabled", "disabled"];
    match name {
        SettingName::ServiceLongArnFormat
        | SettingName::TaskLongArnFormat
        | SettingName::ContainerInstanceLongArnFormat => ("enabled", ON_OFF),
        SettingName::AwsvpcTrunking
        | SettingName::FargateFipsMode
        | SettingName::FargateEventWindows => ("disabled", ON_OFF),
        SettingName::ContainerInsights => ("disabled", &["enabled", "disabled", "enhanced"]),
        SettingName::TagResourceAuthorization => ("on", &["on", "off"]),
        SettingName::GuardDutyActivate => ("off", &["on", "off"]),
        SettingName::FargateTaskRetirementWaitPeriod => ("7", &["0", "7", "14"]),
        SettingName::DefaultLogDriverMode => ("non-blocking", &["blocking", "non-blocking"]),
    }
}

fn validate_value(name: SettingName, value: &str) -> Result<(), EcsError> {
    let (_, allowed) = spec(name);
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(EcsError::invalid(format!(
            "The value '{value}' is not valid for the account setting {name}. Valid values are: {}.",
            allowed.join(", ")
        )))
    }
}

/// Principal ARNs are used as key segments; slashes in role paths are kept out of the layout.
fn principal_segment(principal: &str) -> String {
    principal.replace('/', "%2F")
}

fn setting_key(ctx: &RequestContext, principal: &str, name: SettingName) -> String {
    state::account_setting_key(
        &ctx.scope.region,
        &principal_segment(principal),
        name.as_str(),
    )
}

async fn stored(
    cp: &ControlPlane,
    ctx: &RequestContext,
    principal: &str,
    name: SettingName,
) -> Result<Option<Setting>, EcsError> {
    let rec: Option<Versioned<Setting>> =
        state::get(&*cp.store, &setting_key(ctx, principal, name)).await?;
    Ok(rec.map(|r| r.value))
}

/// The setting in force for `principal`.
pub async fn effective(
    cp: &ControlPlane,
    ctx: &RequestContext,
    principal: &str,
    name: SettingName,
) -> Result<Setting, EcsError> {
    if let Some(setting) = stored(cp, ctx, principal, name).await? {
        return Ok(setting);
    }
    // The root user's own setting is the account's: it applies to every user and role that has
    // not set its own. Then the default set with PutAccountSettingDefault.
    let root = root_principal(ctx);
    for fallback in [root.as_str(), ACCOUNT_DEFAULT] {
        if fallback != principal
            && let Some(mut setting) = stored(cp, ctx, fallback, name).await?
        {
            setting.principal_arn = Some(principal.to_string());
            return Ok(setting);
        }
    }
    Ok(Setting {
        name: Some(name),
        value: Some(spec(name).0.to_string()),
        principal_arn: Some(principal.to_string()),
        r#type: Some(SettingType::AwsManaged),
    })
}

/// Whether the caller's new resources of this kind get long ARNs (`task/CLUSTER/ID`).
pub async fn long_arn_format(
    cp: &ControlPlane,
    ctx: &RequestContext,
    name: SettingName,
) -> Result<bool, EcsError> {
    let setting = effective(cp, ctx, &caller_principal(ctx), name).await?;
    Ok(setting.value.as_deref() != Some("disabled"))
}

/// Cluster settings a new cluster starts with, from the containerInsights account setting.
pub async fn default_cluster_settings(
    cp: &ControlPlane,
    ctx: &RequestContext,
) -> Result<Vec<ClusterSetting>, EcsError> {
    let insights = effective(
        cp,
        ctx,
        &caller_principal(ctx),
        SettingName::ContainerInsights,
    )
    .await?;
    Ok(vec![ClusterSetting {
        name: Some(ClusterSettingName::ContainerInsights),
        value: insights.value,
    }])
}

async fn put(
    cp: &ControlPlane,
    ctx: &RequestContext,
    principal_key: &str,
    reported_principal: String,
    name: SettingName,
    value: String,
) -> Result<Setting, EcsError> {
    validate_value(name, &value)?;
    let setting = Setting {
        name: Some(name),
        value: Some(value),
        principal_arn: Some(reported_principal),
        r#type: Some(SettingType::User),
    };
    cp.store
        .txn(keel_store::Txn::new().and_then(vec![state::put_op(
            &setting_key(ctx, principal_key, name),
            &setting,
        )?]))
        .await?;
    Ok(setting)
}

pub async fn put_account_setting(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: PutAccountSettingRequest,
) -> Result<PutAccountSettingResponse, EcsError> {
    let principal = req
        .principal_arn
        .clone()
        .unwrap_or_else(|| caller_principal(ctx));
    let setting = put(cp, ctx, &principal, principal.clone(), req.name, req.value).await?;
    Ok(PutAccountSettingResponse {
        setting: Some(setting),
    })
}

pub async fn put_account_setting_default(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: PutAccountSettingDefaultRequest,
) -> Result<PutAccountSettingDefaultResponse, EcsError> {
    let setting = put(
        cp,
        ctx,
        ACCOUNT_DEFAULT,
        caller_principal(ctx),
        req.name,
        req.value,
    )
    .await?;
    Ok(PutAccountSettingDefaultResponse {
        setting: Some(setting),
    })
}

pub async fn delete_account_setting(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DeleteAccountSettingRequest,
) -> Result<DeleteAccountSettingResponse, EcsError> {
    let principal = req
        .principal_arn
        .clone()
        .unwrap_or_else(|| caller_principal(ctx));
    let key = setting_key(ctx, &principal, req.name);
    let Some(existing) = stored(cp, ctx, &principal, req.name).await? else {
        return Err(EcsError::invalid(format!(
            "The account setting {} is not set for the specified principal.",
            req.name
        )));
    };
    cp.store
        .txn(keel_store::Txn::new().and_then(vec![Op::delete(key)]))
        .await?;
    Ok(DeleteAccountSettingResponse {
        setting: Some(existing),
    })
}

pub async fn list_account_settings(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: ListAccountSettingsRequest,
) -> Result<ListAccountSettingsResponse, EcsError> {
    let page = pagination::page_size(req.max_results.filter(|n| *n != 0), 10, 10)?;
    let principal = req
        .principal_arn
        .clone()
        .unwrap_or_else(|| caller_principal(ctx));
    let names: Vec<SettingName> = match req.name {
        Some(name) => vec![name],
        None => SettingName::VALUES
            .iter()
            .filter_map(|v| v.parse().ok())
            .collect(),
    };
    let mut settings = Vec::new();
    for name in names {
        let setting = if req.effective_settings.unwrap_or(false) {
            Some(effective(cp, ctx, &principal, name).await?)
        } else {
            stored(cp, ctx, &principal, name).await?
        };
        if let Some(setting) = setting
            && req
                .value
                .as_ref()
                .is_none_or(|v| setting.value.as_ref() == Some(v))
        {
            settings.push(setting);
        }
    }
    let (settings, next_token) = pagination::paginate(
        "ListAccountSettings",
        settings,
        |s| s.name.map(|n| n.as_str().to_string()).unwrap_or_default(),
        req.next_token.as_deref(),
        page,
    )?;
    Ok(ListAccountSettingsResponse {
        settings: Some(settings),
        next_token,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_has_a_valid_default() {
        for value in SettingName::VALUES {
            let name: SettingName = value.parse().unwrap();
            let (default, allowed) = spec(name);
            assert!(allowed.contains(&default), "{value}");
        }
        assert!(validate_value(SettingName::ContainerInsights, "enhanced").is_ok());
        assert!(validate_value(SettingName::TaskLongArnFormat, "yes").is_err());
    }
}
