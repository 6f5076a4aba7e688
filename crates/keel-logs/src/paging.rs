//! `nextToken` paging over records under a store prefix, in key order.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use keel_store::{KeyValue, RangeRequest};

use crate::LogsError;
use crate::service::LogsService;

/// An opaque token: the last key returned.
pub fn encode(last_key: &str) -> String {
    URL_SAFE_NO_PAD.encode(last_key)
}

pub fn decode(token: &str) -> Result<String, LogsError> {
    URL_SAFE_NO_PAD
        .decode(token)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(|| LogsError::invalid("The specified nextToken is not valid."))
}

/// Up to `limit` records under `prefix` after the key `after`, keeping those `keep` maps to
/// `Some`; the token is set when more may follow.
pub async fn page<T>(
    svc: &LogsService,
    prefix: &str,
    after: Option<String>,
    limit: usize,
    keep: impl Fn(&KeyValue) -> Result<Option<T>, LogsError>,
) -> Result<(Vec<T>, Option<String>), LogsError> {
    let mut out = Vec::new();
    let mut last_key: Option<String> = None;
    let mut cursor = after.filter(|a| a.starts_with(prefix));
    loop {
        let mut req = RangeRequest::prefix(prefix.to_string()).with_limit(1000);
        if let Some(key) = cursor.take() {
            req = req.after(key);
        }
        let page = svc.store.range(req).await?;
        for kv in &page.kvs {
            if let Some(item) = keep(kv)? {
                if out.len() == limit {
                    return Ok((out, last_key.map(|k| encode(&k))));
                }
                out.push(item);
                last_key = Some(kv.key.clone());
            }
        }
        match (page.more, page.kvs.last()) {
            (true, Some(last)) => cursor = Some(last.key.clone()),
            _ => return Ok((out, None)),
        }
    }
}
