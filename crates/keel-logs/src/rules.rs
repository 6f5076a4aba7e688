//! CloudWatch Logs rules that need no state.
//!
//! PutLogEvents (from the API reference): a batch holds at most 10,000 events and at most
//! 1,048,576 bytes, counting each message's UTF-8 size plus 26 bytes per event; events are in
//! chronological order and the valid ones (14 days old to 2 hours ahead) span at most 24 hours;
//! each message is at most 1 MiB. Events more
//! than 2 hours in the future, more than 14 days old, or older than the group's retention are not
//! stored: the call succeeds and reports them in `rejectedLogEventsInfo` (as index ranges: the
//! batch is chronological, so the rejected events sit at its ends).

use crate::LogsError;

pub const MAX_BATCH_EVENTS: usize = 10_000;
pub const MAX_BATCH_BYTES: usize = 1_048_576;
pub const EVENT_OVERHEAD_BYTES: usize = 26;
pub const MAX_EVENT_BYTES: usize = 1_048_576 - EVENT_OVERHEAD_BYTES;
pub const MAX_BATCH_SPAN_MS: i64 = 24 * 3600 * 1000;
pub const MAX_FUTURE_MS: i64 = 2 * 3600 * 1000;
pub const MAX_AGE_MS: i64 = 14 * 24 * 3600 * 1000;

/// The retention values PutRetentionPolicy accepts, in days.
pub const RETENTION_DAYS: &[i32] = &[
    1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922,
    3288, 3653,
];

pub fn check_retention(days: i32) -> Result<(), LogsError> {
    if RETENTION_DAYS.contains(&days) {
        Ok(())
    } else {
        Err(LogsError::invalid(format!(
            "1 validation error detected: Value '{days}' at 'retentionInDays' failed to satisfy constraint: Member must satisfy enum value set: [{}]",
            RETENTION_DAYS
                .iter()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        )))
    }
}

/// Log stream names: 1-512 characters, no `:` or `*`.
pub fn check_stream_name(name: &str) -> Result<(), LogsError> {
    if name.is_empty() || name.chars().count() > 512 || name.contains([':', '*']) {
        return Err(LogsError::invalid(format!(
            "1 validation error detected: Value '{name}' at 'logStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [^:*]*"
        )));
    }
    Ok(())
}

/// Log group names: 1-512 characters of letters, digits, `_ - / . #`.
pub fn check_group_name(name: &str) -> Result<(), LogsError> {
    let ok = !name.is_empty()
        && name.len() <= 512
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_-/.#".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(LogsError::invalid(format!(
            "1 validation error detected: Value '{name}' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+"
        )))
    }
}

/// One event as PutLogEvents receives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputEvent {
    pub timestamp: i64,
    pub message: String,
}

/// Which events of a batch are stored, and what is reported about the rest.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BatchVerdict {
    /// `events[accepted]` are stored.
    pub accepted: std::ops::Range<usize>,
    /// Index of the first event more than two hours in the future.
    pub too_new_start_index: Option<usize>,
    /// Index past the last event more than 14 days old (exclusive end, as AWS reports it).
    pub too_old_end_index: Option<usize>,
    /// Index past the last event older than the group's retention.
    pub expired_end_index: Option<usize>,
}

/// Checks a PutLogEvents batch against CloudWatch's rules at `now_ms`, for a group whose
/// retention is `retention_days`. Refusals (`Err`) change nothing; per-event rejections are in
/// the verdict.
pub fn check_batch(
    events: &[InputEvent],
    now_ms: i64,
    retention_days: Option<i32>,
) -> Result<BatchVerdict, LogsError> {
    if events.is_empty() {
        return Err(LogsError::invalid(
            "1 validation error detected: Value '[]' at 'logEvents' failed to satisfy constraint: Member must have length greater than or equal to 1",
        ));
    }
    if events.len() > MAX_BATCH_EVENTS {
        return Err(LogsError::invalid(format!(
            "1 validation error detected: Value at 'logEvents' failed to satisfy constraint: Member must have length less than or equal to {MAX_BATCH_EVENTS}"
        )));
    }
    let mut bytes = 0usize;
    for (i, event) in events.iter().enumerate() {
        if event.message.is_empty() {
            return Err(LogsError::invalid(format!(
                "1 validation error detected: Value '' at 'logEvents.{}.member.message' failed to satisfy constraint: Member must have length greater than or equal to 1",
                i + 1
            )));
        }
        if event.message.len() > MAX_EVENT_BYTES {
            return Err(LogsError::invalid(format!(
                "Log event {i} is too large: the maximum size of a log event is {MAX_EVENT_BYTES} bytes."
            )));
        }
        bytes += event.message.len() + EVENT_OVERHEAD_BYTES;
    }
    if bytes > MAX_BATCH_BYTES {
        return Err(LogsError::invalid(format!(
            "Upload too large: {bytes} bytes exceeds limit of {MAX_BATCH_BYTES}"
        )));
    }
    if events.windows(2).any(|w| w[1].timestamp < w[0].timestamp) {
        return Err(LogsError::invalid(
            "Log events in a single PutLogEvents request must be in chronological order.",
        ));
    }
    let too_old_before = now_ms - MAX_AGE_MS;
    let expired_before = retention_days.map(|d| now_ms - i64::from(d) * 24 * 3600 * 1000);
    let too_new_after = now_ms + MAX_FUTURE_MS;
    // Chronological order makes each rejected set a prefix or a suffix.
    let too_old_end = events.partition_point(|e| e.timestamp < too_old_before);
    let expired_end = expired_before.map_or(0, |b| events.partition_point(|e| e.timestamp < b));
    let too_new_start = events.partition_point(|e| e.timestamp <= too_new_after);
    // The 24-hour span applies to the valid events (from 14 days old to 2 hours ahead).
    if too_old_end < too_new_start
        && events[too_new_start - 1].timestamp - events[too_old_end].timestamp > MAX_BATCH_SPAN_MS
    {
        return Err(LogsError::invalid(
            "The batch of log events in a single PutLogEvents request cannot span more than 24 hours.",
        ));
    }
    let start = too_old_end.max(expired_end).min(too_new_start);
    Ok(BatchVerdict {
        accepted: start..too_new_start,
        too_new_start_index: (too_new_start < events.len()).then_some(too_new_start),
        too_old_end_index: (too_old_end > 0).then_some(too_old_end),
        expired_end_index: (expired_end > 0).then_some(expired_end),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NOW: i64 = 1_800_000_000_000;
    const HOUR: i64 = 3600 * 1000;
    const DAY: i64 = 24 * HOUR;

    fn ev(timestamp: i64, message: &str) -> InputEvent {
        InputEvent {
            timestamp,
            message: message.into(),
        }
    }

    #[test]
    fn names_and_retention() {
        assert!(check_group_name("/ecs/web-app_1.#x").is_ok());
        assert!(check_group_name("").is_err());
        assert!(check_group_name("a b").is_err());
        assert!(check_group_name(&"a".repeat(513)).is_err());
        assert!(check_stream_name("ecs/web/0123").is_ok());
        assert!(check_stream_name("a:b").is_err());
        assert!(check_stream_name("a*").is_err());
        assert!(check_retention(30).is_ok());
        let err = check_retention(2).unwrap_err();
        assert!(err.to_string().contains("'retentionInDays'"), "{err}");
    }

    #[test]
    fn batch_limits_count_26_bytes_per_event() {
        let exactly = vec![ev(NOW, &"x".repeat(MAX_BATCH_BYTES / 2 - 26)); 2];
        assert!(check_batch(&exactly, NOW, None).is_ok());
        let over = vec![ev(NOW, &"x".repeat(MAX_BATCH_BYTES / 2 - 25)); 2];
        assert!(
            check_batch(&over, NOW, None)
                .unwrap_err()
                .to_string()
                .contains("Upload too large")
        );
        assert!(check_batch(&vec![ev(NOW, "m"); 10_001], NOW, None).is_err());
        assert!(check_batch(&[], NOW, None).is_err());
        assert!(check_batch(&[ev(NOW, "")], NOW, None).is_err());
    }

    #[test]
    fn order_and_span_are_refused_whole() {
        let err = check_batch(&[ev(NOW, "b"), ev(NOW - 1, "a")], NOW, None).unwrap_err();
        assert!(err.to_string().contains("chronological order"));
        let err = check_batch(&[ev(NOW - DAY - 1, "a"), ev(NOW, "b")], NOW, None).unwrap_err();
        assert!(err.to_string().contains("24 hours"));
        assert!(check_batch(&[ev(NOW - DAY, "a"), ev(NOW, "b")], NOW, None).is_ok());
        // An event too old to store does not count towards the span.
        let v = check_batch(&[ev(NOW - 20 * DAY, "old"), ev(NOW, "b")], NOW, None).unwrap();
        assert_eq!(v.accepted, 1..2);
    }

    #[test]
    fn too_old_too_new_and_expired_are_reported_not_stored() {
        let events = [
            ev(NOW - 14 * DAY - 2 * HOUR, "old"),
            ev(NOW - 14 * DAY - HOUR, "old"),
            ev(NOW - 14 * DAY + HOUR, "kept"),
            ev(NOW - 14 * DAY + 2 * HOUR, "kept"),
        ];
        let v = check_batch(&events, NOW, None).unwrap();
        assert_eq!(v.accepted, 2..4);
        assert_eq!(v.too_old_end_index, Some(2));
        assert_eq!(v.too_new_start_index, None);

        let events = [ev(NOW - DAY - HOUR, "expired"), ev(NOW - HOUR, "kept")];
        let v = check_batch(&events, NOW, Some(1)).unwrap();
        assert_eq!(v.accepted, 1..2);
        assert_eq!(v.expired_end_index, Some(1));
        assert_eq!(v.too_old_end_index, None);

        let events = [ev(NOW, "kept"), ev(NOW + 3 * HOUR, "future")];
        let v = check_batch(&events, NOW, None).unwrap();
        assert_eq!(v.accepted, 0..1);
        assert_eq!(v.too_new_start_index, Some(1));
    }

    proptest! {
        #[test]
        fn accepted_events_are_exactly_the_storable_ones(
            mut offsets in proptest::collection::vec(-20 * DAY..3 * HOUR, 1..50),
            retention in proptest::option::of(proptest::sample::select(RETENTION_DAYS.to_vec())),
        ) {
            offsets.sort();
            let valid: Vec<i64> = offsets.iter().copied().filter(|o| *o >= -MAX_AGE_MS && *o <= MAX_FUTURE_MS).collect();
            let span = valid.last().zip(valid.first()).map_or(0, |(l, f)| l - f);
            let events: Vec<_> = offsets.iter().map(|o| ev(NOW + o, "m")).collect();
            match check_batch(&events, NOW, retention) {
                Err(_) => prop_assert!(span > MAX_BATCH_SPAN_MS),
                Ok(v) => {
                    prop_assert!(span <= MAX_BATCH_SPAN_MS);
                    for (i, e) in events.iter().enumerate() {
                        let age_ok = e.timestamp >= NOW - MAX_AGE_MS;
                        let retention_ok = retention.is_none_or(|d| e.timestamp >= NOW - i64::from(d) * DAY);
                        let future_ok = e.timestamp <= NOW + MAX_FUTURE_MS;
                        prop_assert_eq!(v.accepted.contains(&i), age_ok && retention_ok && future_ok);
                    }
                }
            }
        }
    }
}
