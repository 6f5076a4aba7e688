//! Saved Logs Insights queries: PutQueryDefinition, DescribeQueryDefinitions,
//! DeleteQueryDefinition. Stored under `/logs/REGION/query-definitions/ID`.

use keel_api::RequestContext;
use keel_awsmodel::logs::{
    DeleteQueryDefinitionRequest, DeleteQueryDefinitionResponse, DescribeQueryDefinitionsRequest,
    DescribeQueryDefinitionsResponse, PutQueryDefinitionRequest, PutQueryDefinitionResponse,
    QueryDefinition, QueryLanguage,
};
use keel_store::{Compare, Op, RangeRequest, Txn};

use crate::service::LogsService;
use crate::{LogsError, paging};

/// Query definitions per account and region, as CloudWatch Logs allows.
const MAX_DEFINITIONS: usize = 1000;

fn prefix(region: &str) -> String {
    format!("/logs/{region}/query-definitions/")
}

fn key(region: &str, id: &str) -> String {
    format!("{}{id}", prefix(region))
}

async fn all(svc: &LogsService, region: &str) -> Result<Vec<QueryDefinition>, LogsError> {
    let page = svc
        .store
        .range(RangeRequest::prefix(prefix(region)))
        .await?;
    page.kvs
        .iter()
        .map(|kv| Ok(serde_json::from_slice(&kv.value)?))
        .collect()
}

pub async fn put_query_definition(
    svc: &LogsService,
    ctx: &RequestContext,
    req: PutQueryDefinitionRequest,
) -> Result<PutQueryDefinitionResponse, LogsError> {
    let region = &ctx.scope.region;
    let (id, guard) = match &req.query_definition_id {
        Some(id) => {
            let k = key(region, id);
            let current = svc.store.get(&k).await?.ok_or_else(|| {
                LogsError::ResourceNotFound(format!("The query definition {id} does not exist."))
            })?;
            (
                id.clone(),
                Compare::mod_revision_eq(k, current.mod_revision),
            )
        }
        None => {
            let existing = svc
                .store
                .range(RangeRequest::prefix(prefix(region)).count_only())
                .await?
                .count;
            if existing >= MAX_DEFINITIONS {
                return Err(LogsError::LimitExceeded(format!(
                    "Resource limit exceeded: at most {MAX_DEFINITIONS} query definitions."
                )));
            }
            let id = keel_types::ids::new_uuid();
            let k = key(region, &id);
            (id, Compare::absent(k))
        }
    };
    let record = QueryDefinition {
        query_language: Some(req.query_language.unwrap_or(QueryLanguage::Cwli)),
        query_definition_id: Some(id.clone()),
        name: Some(req.name),
        query_string: Some(req.query_string),
        last_modified: Some(keel_types::time::now_millis()),
        log_group_names: req.log_group_names,
        parameters: req.parameters,
    };
    let txn = Txn::new().when(vec![guard]).and_then(vec![Op::put(
        key(region, &id),
        serde_json::to_vec(&record)?,
    )]);
    if svc.store.txn(txn).await?.succeeded {
        Ok(PutQueryDefinitionResponse {
            query_definition_id: Some(id),
        })
    } else {
        Err(LogsError::OperationAborted(
            "Multiple concurrent requests to update the same resource were in conflict. Retry your request."
                .into(),
        ))
    }
}

pub async fn describe_query_definitions(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DescribeQueryDefinitionsRequest,
) -> Result<DescribeQueryDefinitionsResponse, LogsError> {
    let limit = usize::try_from(req.max_results.unwrap_or(1000)).unwrap_or(1000);
    let after = req.next_token.as_deref().map(paging::decode).transpose()?;
    let name_prefix = req.query_definition_name_prefix.unwrap_or_default();
    // Listed by name, then id; the token is the position after which to continue.
    let order = |d: &QueryDefinition| {
        format!(
            "{}\u{1}{}",
            d.name.as_deref().unwrap_or(""),
            d.query_definition_id.as_deref().unwrap_or("")
        )
    };
    let mut definitions: Vec<QueryDefinition> = all(svc, &ctx.scope.region)
        .await?
        .into_iter()
        .filter(|d| d.name.as_deref().unwrap_or("").starts_with(&name_prefix))
        .filter(|d| {
            req.query_language
                .is_none_or(|l| d.query_language == Some(l))
        })
        .filter(|d| after.as_ref().is_none_or(|a| order(d) > *a))
        .collect();
    definitions.sort_by_key(|d| order(d));
    let next_token =
        (definitions.len() > limit).then(|| paging::encode(&order(&definitions[limit - 1])));
    definitions.truncate(limit);
    Ok(DescribeQueryDefinitionsResponse {
        query_definitions: Some(definitions),
        next_token,
    })
}

pub async fn delete_query_definition(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DeleteQueryDefinitionRequest,
) -> Result<DeleteQueryDefinitionResponse, LogsError> {
    let k = key(&ctx.scope.region, &req.query_definition_id);
    let txn = Txn::new()
        .when(vec![Compare::exists(k.clone())])
        .and_then(vec![Op::delete(k)]);
    if svc.store.txn(txn).await?.succeeded {
        Ok(DeleteQueryDefinitionResponse {
            success: Some(true),
        })
    } else {
        Err(LogsError::ResourceNotFound(format!(
            "The query definition {} does not exist.",
            req.query_definition_id
        )))
    }
}
