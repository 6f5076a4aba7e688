//! Operations that only evaluate filter patterns: TestMetricFilter.

use keel_api::RequestContext;
use keel_awsmodel::logs::{
    MetricFilterMatchRecord, TestMetricFilterRequest, TestMetricFilterResponse,
};
use keel_logpattern::Pattern;

use crate::LogsError;
use crate::service::LogsService;

/// Parses a filter pattern, turning a syntax error into CloudWatch's InvalidParameterException
/// with the position of the problem.
pub fn parse_pattern(text: &str) -> Result<Pattern, LogsError> {
    Pattern::parse(text).map_err(|err| LogsError::invalid(err.to_string()))
}

pub async fn test_metric_filter(
    _svc: &LogsService,
    _ctx: &RequestContext,
    req: TestMetricFilterRequest,
) -> Result<TestMetricFilterResponse, LogsError> {
    let pattern = parse_pattern(&req.filter_pattern)?;
    let matches = req
        .log_event_messages
        .iter()
        .enumerate()
        .filter_map(|(i, message)| {
            let matched = pattern.match_event(message)?;
            Some(MetricFilterMatchRecord {
                // Event numbers count from 1, as CloudWatch reports them.
                event_number: Some(i as i64 + 1),
                event_message: Some(message.clone()),
                extracted_values: Some(matched.extracted_values().into_iter().collect()),
            })
        })
        .collect();
    Ok(TestMetricFilterResponse {
        matches: Some(matches),
    })
}
