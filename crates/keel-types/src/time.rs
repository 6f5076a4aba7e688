//! Wall-clock helpers. Timestamps are minted at the API edge (never inside the store) so that
//! applying a command is deterministic.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Milliseconds since the Unix epoch.
pub fn now_millis() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// Where the edge and the identity service read the time: signature windows, credential
/// expiry and `aws:CurrentTime` all come from one clock, so tests can move it.
pub trait Clock: Send + Sync + 'static {
    /// Milliseconds since the Unix epoch.
    fn now_millis(&self) -> i64;
}

/// The system's wall clock.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_millis(&self) -> i64 {
        now_millis()
    }
}

/// The system clock, shared.
pub fn system_clock() -> Arc<dyn Clock> {
    Arc::new(SystemClock)
}

/// A clock that only moves when told to: for tests of expiry and retention that must not
/// sleep through the real durations.
#[derive(Debug)]
pub struct ManualClock {
    now_ms: AtomicI64,
}

impl ManualClock {
    pub fn new(now_ms: i64) -> Arc<Self> {
        Arc::new(Self {
            now_ms: AtomicI64::new(now_ms),
        })
    }

    /// Moves the clock forward (or back, with a negative amount).
    pub fn advance_ms(&self, ms: i64) {
        self.now_ms.fetch_add(ms, Ordering::SeqCst);
    }

    pub fn set_ms(&self, ms: i64) {
        self.now_ms.store(ms, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now_millis(&self) -> i64 {
        self.now_ms.load(Ordering::SeqCst)
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01 (Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

fn from_parts(year: i64, month: u32, day: u32, h: u32, m: u32, s: u32) -> Option<i64> {
    if !(1..=12).contains(&month)
        || day == 0
        || day > days_in_month(year, month)
        || h > 23
        || m > 59
        || s > 60
    {
        return None;
    }
    let secs = days_from_civil(year, month, day) * 86_400
        + i64::from(h) * 3600
        + i64::from(m) * 60
        + i64::from(s);
    secs.checked_mul(1000)
}

/// ISO 8601 basic format in UTC, as SigV4 uses it: `20261122T190000Z`.
pub fn format_basic_utc(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (y, mo, d) = civil_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    format!(
        "{y:04}{mo:02}{d:02}T{:02}{:02}{:02}Z",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

/// ISO 8601 extended format in UTC, to the second, as IAM and STS answer it:
/// `2026-11-22T19:00:00Z`.
pub fn format_iso8601_utc(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (y, mo, d) = civil_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

/// ISO 8601 extended format in UTC with milliseconds: `2026-11-22T19:00:00.123Z`.
pub fn format_iso8601_millis_utc(ms: i64) -> String {
    let base = format_iso8601_utc(ms);
    format!("{}.{:03}Z", &base[..base.len() - 1], ms.rem_euclid(1000))
}

/// A date as CloudTrail writes timestamps inside request parameters and response elements:
/// `Dec 1, 2026 9:22:22 PM` (UTC).
pub fn format_cloudtrail_date(ms: i64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let secs = ms.div_euclid(1000);
    let (y, mo, d) = civil_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    let (h, m, s) = (rem / 3600, (rem % 3600) / 60, rem % 60);
    let (h12, half) = match h {
        0 => (12, "AM"),
        1..=11 => (h, "AM"),
        12 => (12, "PM"),
        _ => (h - 12, "PM"),
    };
    format!(
        "{} {d}, {y} {h12}:{m:02}:{s:02} {half}",
        MONTHS[(mo as usize).saturating_sub(1) % 12]
    )
}

/// Parses an ISO 8601 date-time as AWS query requests carry them:
/// `2026-11-22T19:00:00Z`, with optional fractional seconds and a `Z` or `±HH:MM` offset;
/// a bare date (`2026-11-22`) is midnight UTC. Milliseconds since the epoch.
pub fn parse_iso8601_ms(text: &str) -> Option<i64> {
    let text = text.trim();
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = text.get(r)?;
        if !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (year, month, day) = (i64::from(digits(0..4)?), digits(5..7)?, digits(8..10)?);
    if b.len() == 10 {
        return from_parts(year, month, day, 0, 0, 0);
    }
    if !matches!(b[10], b'T' | b't' | b' ') || b.len() < 19 || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let (h, m, s) = (digits(11..13)?, digits(14..16)?, digits(17..19)?);
    let mut rest = &text[19..];
    let mut millis = 0i64;
    if let Some(frac) = rest.strip_prefix('.') {
        let end = frac
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(frac.len());
        if end == 0 {
            return None;
        }
        let padded = format!("{:0<3}", &frac[..end.min(3)]);
        millis = padded.parse().ok()?;
        rest = &frac[end..];
    }
    let offset_secs: i64 = match rest {
        "Z" | "z" | "" => 0,
        _ => {
            let (sign, hm) = match rest.as_bytes().first()? {
                b'+' => (1, &rest[1..]),
                b'-' => (-1, &rest[1..]),
                _ => return None,
            };
            let (oh, om) = hm.split_once(':').unwrap_or((hm.get(..2)?, hm.get(2..)?));
            if oh.len() != 2 || om.len() != 2 {
                return None;
            }
            let (oh, om): (i64, i64) = (oh.parse().ok()?, om.parse().ok()?);
            if oh > 23 || om > 59 {
                return None;
            }
            sign * (oh * 3600 + om * 60)
        }
    };
    let base = from_parts(year, month, day, h, m, s)?;
    base.checked_add(millis)?
        .checked_sub(offset_secs.checked_mul(1000)?)
}

/// Parses `20261122T190000Z`; `None` unless exactly that shape and a real date.
pub fn parse_basic_utc(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = text.get(r)?;
        if s.bytes().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    from_parts(
        i64::from(num(0..4)?),
        num(4..6)?,
        num(6..8)?,
        num(9..11)?,
        num(11..13)?,
        num(13..15)?,
    )
}

/// An HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`, RFC 7231's preferred form).
pub fn format_http_date(ms: i64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let secs = ms.div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let (y, mo, d) = civil_from_days(days);
    let rem = secs.rem_euclid(86_400);
    format!(
        "{}, {d:02} {} {y:04} {:02}:{:02}:{:02} GMT",
        DAYS[days.rem_euclid(7) as usize],
        MONTHS[(mo as usize).saturating_sub(1) % 12],
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

/// Parses an HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`, RFC 7231's preferred form).
pub fn parse_http_date_ms(text: &str) -> Option<i64> {
    let rest = text.trim().split_once(", ")?.1;
    let mut parts = rest.split(' ');
    let day: u32 = parts.next()?.parse().ok()?;
    let month = match parts.next()? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let year: i64 = parts.next()?.parse().ok()?;
    let mut hms = parts.next()?.split(':');
    let (h, m, s) = (
        hms.next()?.parse().ok()?,
        hms.next()?.parse().ok()?,
        hms.next()?.parse().ok()?,
    );
    if parts.next()? != "GMT" || parts.next().is_some() {
        return None;
    }
    from_parts(year, month, day, h, m, s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_dates() {
        assert_eq!(format_basic_utc(0), "19700101T000000Z");
        // 2015-08-30T12:36:00Z, the SigV4 documentation's example time.
        assert_eq!(parse_basic_utc("20150830T123600Z"), Some(1_440_938_160_000));
        assert_eq!(format_basic_utc(1_440_938_160_000), "20150830T123600Z");
        assert_eq!(
            parse_http_date_ms("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784_111_777_000)
        );
        assert_eq!(
            format_http_date(784_111_777_000),
            "Sun, 06 Nov 1994 08:49:37 GMT"
        );
        assert_eq!(parse_basic_utc("20150230T123600Z"), None);
        assert_eq!(parse_basic_utc("2015-08-30T12:36"), None);
        assert_eq!(parse_basic_utc("2015083OT123600Z"), None);
    }

    #[test]
    fn iso8601_forms() {
        let t = 1_440_938_160_000;
        assert_eq!(format_iso8601_utc(t), "2015-08-30T12:36:00Z");
        assert_eq!(format_iso8601_millis_utc(t + 7), "2015-08-30T12:36:00.007Z");
        assert_eq!(parse_iso8601_ms("2015-08-30T12:36:00Z"), Some(t));
        assert_eq!(parse_iso8601_ms("2015-08-30T12:36:00.5Z"), Some(t + 500));
        assert_eq!(parse_iso8601_ms("2015-08-30T14:36:00+02:00"), Some(t));
        assert_eq!(
            parse_iso8601_ms("2015-08-30"),
            Some(t - (12 * 3600 + 36 * 60) * 1000)
        );
        assert_eq!(parse_iso8601_ms("2015-08-30T12:36"), None);
        assert_eq!(parse_iso8601_ms("2015-02-30T12:36:00Z"), None);
        assert_eq!(parse_iso8601_ms("2015-08-30T12:36:00.Z"), None);
    }

    #[test]
    fn cloudtrail_dates() {
        assert_eq!(
            format_cloudtrail_date(1_440_938_160_000),
            "Aug 30, 2015 12:36:00 PM"
        );
        assert_eq!(format_cloudtrail_date(0), "Jan 1, 1970 12:00:00 AM");
        assert_eq!(
            format_cloudtrail_date(21 * 3_600_000 + 5_000),
            "Jan 1, 1970 9:00:05 PM"
        );
    }

    #[test]
    fn manual_clock_moves_only_when_told() {
        let clock = ManualClock::new(1_000);
        assert_eq!(clock.now_millis(), 1_000);
        clock.advance_ms(901_000);
        assert_eq!(clock.now_millis(), 902_000);
    }

    proptest! {
        #[test]
        fn iso8601_round_trips(secs in 0i64..8_000_000_000) {
            let ms = secs * 1000;
            prop_assert_eq!(parse_iso8601_ms(&format_iso8601_utc(ms)), Some(ms));
        }

        #[test]
        fn basic_format_round_trips(secs in 0i64..8_000_000_000) {
            let ms = secs * 1000;
            prop_assert_eq!(parse_basic_utc(&format_basic_utc(ms)), Some(ms));
        }

        #[test]
        fn parsers_never_panic(text in ".{0,40}") {
            let _ = parse_basic_utc(&text);
            let _ = parse_http_date_ms(&text);
            let _ = parse_iso8601_ms(&text);
        }
    }
}
