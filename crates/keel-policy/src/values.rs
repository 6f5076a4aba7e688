//! The typed values condition operators compare: exact decimals, instants
//! (ISO 8601 or epoch seconds) and CIDR blocks. Each parser accepts the same
//! text in a policy and in a request context.

use std::cmp::Ordering;
use std::net::IpAddr;

/// A decimal number compared exactly (no floating-point rounding), as
/// `NumericEquals` and friends need for large account-style integers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Decimal {
    negative: bool,
    /// Integer digits without leading zeros.
    int: String,
    /// Fraction digits without trailing zeros.
    frac: String,
}

impl Decimal {
    /// `[+-]digits[.digits]`, at least one digit; no exponent, no blanks.
    pub(crate) fn parse(s: &str) -> Option<Decimal> {
        let (negative, body) = match s.as_bytes().first()? {
            b'-' => (true, &s[1..]),
            b'+' => (false, &s[1..]),
            _ => (false, s),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if int.is_empty() && frac.is_empty()
            || !int.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let int = int.trim_start_matches('0').to_owned();
        let frac = frac.trim_end_matches('0').to_owned();
        let zero = int.is_empty() && frac.is_empty();
        Some(Decimal {
            negative: negative && !zero,
            int,
            frac,
        })
    }

    fn cmp_magnitude(&self, other: &Decimal) -> Ordering {
        self.int
            .len()
            .cmp(&other.int.len())
            .then_with(|| self.int.cmp(&other.int))
            .then_with(|| self.frac.cmp(&other.frac))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Decimal) -> Ordering {
        match (self.negative, other.negative) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => self.cmp_magnitude(other),
            (true, true) => other.cmp_magnitude(self),
        }
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Decimal) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// An instant as nanoseconds since the Unix epoch.
pub(crate) type Instant = i128;

const NANOS: i128 = 1_000_000_000;

/// Parses a date condition value: epoch seconds (digits only, so a bare
/// year such as `2024` also reads as seconds) or the W3C profile of ISO 8601
/// (`YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDThh:mm[:ss[.fraction]]` with an
/// optional `Z` or `±hh[:mm]` offset; no offset means UTC).
pub(crate) fn parse_instant(s: &str) -> Option<Instant> {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        let secs: i64 = s.parse().ok()?;
        return Some(i128::from(secs) * NANOS);
    }
    let (date, time) = match s.find(['T', 't']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let parts: Vec<&str> = date.split('-').collect();
    // A time needs a full date; a date alone may stop after the month.
    if parts.len() > 3 || parts.len() < 2 || time.is_some() && parts.len() != 3 {
        return None;
    }
    let year = fixed_digits(parts[0], 4)?;
    let month = fixed_digits(parts[1], 2)?;
    let day = parts.get(2).map_or(Some(1), |d| fixed_digits(d, 2))?;
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let mut nanos = i128::from(days_from_civil(year, month, day)) * 86_400 * NANOS;
    if let Some(time) = time {
        nanos += parse_time(time)?;
    }
    Some(nanos)
}

/// `hh:mm[:ss[.f]][Z|±hh[:mm]]` as nanoseconds from midnight UTC.
fn parse_time(t: &str) -> Option<i128> {
    let (clock, offset) = match t.find(['Z', 'z', '+', '-']) {
        Some(i) => (&t[..i], &t[i..]),
        None => (t, ""),
    };
    let mut fields = clock.split(':');
    let hh = fixed_digits(fields.next()?, 2)?;
    let mm = fixed_digits(fields.next()?, 2)?;
    let (ss, frac) = match fields.next() {
        Some(sec) => {
            let (whole, frac) = sec.split_once('.').unwrap_or((sec, ""));
            if sec.contains('.') && (frac.is_empty() || frac.len() > 9) {
                return None;
            }
            if !frac.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            (fixed_digits(whole, 2)?, frac)
        }
        None => (0, ""),
    };
    if fields.next().is_some() || hh > 23 || mm > 59 || ss > 59 {
        return None;
    }
    let frac_nanos = if frac.is_empty() {
        0
    } else {
        let digits: i128 = frac.parse().ok()?;
        digits * 10_i128.pow(9 - frac.len() as u32)
    };
    let offset_secs = match offset {
        "" | "Z" | "z" => 0,
        _ => {
            let sign = if offset.starts_with('-') { -1 } else { 1 };
            let body = &offset[1..];
            let (oh, om) = match body.split_once(':') {
                Some((h, m)) => (fixed_digits(h, 2)?, fixed_digits(m, 2)?),
                None if body.len() == 4 && body.is_ascii() => {
                    (fixed_digits(&body[..2], 2)?, fixed_digits(&body[2..], 2)?)
                }
                None => (fixed_digits(body, 2)?, 0),
            };
            if oh > 23 || om > 59 {
                return None;
            }
            sign * (i128::from(oh) * 3600 + i128::from(om) * 60)
        }
    };
    let secs = i128::from(hh) * 3600 + i128::from(mm) * 60 + i128::from(ss) - offset_secs;
    Some(secs * NANOS + frac_nanos)
}

/// Exactly `len` ASCII digits.
fn fixed_digits(s: &str, len: usize) -> Option<u32> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn is_leap(year: u32) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(year: u32, month: u32, day: u32) -> i64 {
    // Count from 0000-03-01 so that the leap day ends each cycle year.
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let m = i64::from(month);
    let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// An IPv4 or IPv6 block; an address without `/n` is a single host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Cidr {
    network: IpAddr,
    prefix: u8,
}

impl Cidr {
    pub(crate) fn parse(s: &str) -> Option<Cidr> {
        let (addr, prefix) = match s.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (s, None),
        };
        let network: IpAddr = addr.parse().ok()?;
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(p) if !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()) => {
                p.parse::<u8>().ok()?
            }
            Some(_) => return None,
            None => max,
        };
        if prefix > max {
            return None;
        }
        Some(Cidr { network, prefix })
    }

    /// Whether the address (`aws:SourceIp` value) lies in the block. An
    /// IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) counts as its IPv4 form.
    pub(crate) fn contains(&self, address: &str) -> bool {
        let Ok(ip) = address.parse::<IpAddr>() else {
            return false;
        };
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        match (self.network, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap()
    }

    #[test]
    fn decimals() {
        assert_eq!(d("10"), d("10.000"));
        assert_eq!(d("-0"), d("0"));
        assert_eq!(d("+.5"), d("0.5"));
        assert!(d("9") < d("10"));
        assert!(d("-10") < d("-9"));
        assert!(d("0.5") < d("0.51"));
        assert!(d("0.6") > d("0.51"));
        assert!(d("12345678901234567890") < d("12345678901234567891"));
        for bad in ["", "-", ".", "1e3", " 1", "1.2.3", "0x1", "١"] {
            assert_eq!(Decimal::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn instants() {
        let t = |s| parse_instant(s).unwrap_or_else(|| panic!("{s}"));
        assert_eq!(t("1970-01-01T00:00:00Z"), 0);
        assert_eq!(t("0"), 0);
        assert_eq!(t("1700000000"), 1_700_000_000 * NANOS);
        assert_eq!(t("2023-11-14T22:13:20Z"), 1_700_000_000 * NANOS);
        assert_eq!(t("2023-11-14T23:13:20+01:00"), 1_700_000_000 * NANOS);
        assert_eq!(t("2023-11-14T21:13:20-0100"), 1_700_000_000 * NANOS);
        assert_eq!(
            t("2023-11-14t22:13:20.5z"),
            1_700_000_000 * NANOS + NANOS / 2
        );
        assert_eq!(t("2023-11-14T22:13Z"), 1_700_000_000 * NANOS - 20 * NANOS);
        assert_eq!(t("2000-03-01"), 951_868_800 * NANOS);
        assert_eq!(t("2000-02-29"), 951_782_400 * NANOS);
        assert_eq!(t("2024-05"), t("2024-05-01T00:00:00Z"));
        assert!(t("1969-12-31T23:59:59Z") < 0);
        for bad in [
            "",
            "2023-13-01",
            "2023-02-29",
            "2023-1-01",
            "2023-01-01T24:00:00Z",
            "2023-01-01T10",
            "2023-01-01T10:00:60Z",
            "-5",
            "1.5",
            "2023-01-01X",
            "2023-01-01T10:00:00.Z",
            "2023-01-01T10:00:00+25:00",
            "99999999999999999999",
            "2023-01-01T10:00:00+1é2",
            "2023-01-01T10:00:00+é",
            "é",
            "2023-é1-01",
        ] {
            assert_eq!(parse_instant(bad), None, "{bad}");
        }
    }

    #[test]
    fn cidrs() {
        let c = Cidr::parse("203.0.113.0/24").unwrap();
        assert!(c.contains("203.0.113.7"));
        assert!(!c.contains("203.0.114.7"));
        assert!(c.contains("::ffff:203.0.113.9"));
        assert!(!c.contains("not an ip"));
        assert!(Cidr::parse("0.0.0.0/0").unwrap().contains("8.8.8.8"));
        assert!(!Cidr::parse("0.0.0.0/0").unwrap().contains("2001:db8::1"));
        let c = Cidr::parse("2001:DB8:1234:5678::/64").unwrap();
        assert!(c.contains("2001:db8:1234:5678:ffff::1"));
        assert!(!c.contains("2001:db8:1234:5679::1"));
        assert!(Cidr::parse("10.1.2.3").unwrap().contains("10.1.2.3"));
        assert!(!Cidr::parse("10.1.2.3").unwrap().contains("10.1.2.4"));
        for bad in [
            "10.0.0.0/33",
            "10.0.0.0/",
            "10.0.0/8",
            "::/129",
            "x",
            "10.0.0.0/+8",
        ] {
            assert_eq!(Cidr::parse(bad), None, "{bad}");
        }
    }
}
