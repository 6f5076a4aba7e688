//! Keel's AWS wire model: types and tables generated from botocore's service models.
//!
//! - [`ecs`]: the Amazon ECS wire types (`RegisterTaskDefinitionRequest`, `LaunchType`, ...)
//!   and [`ecs::MODEL`], a static table of the whole model.
//! - [`logs`]: the Amazon CloudWatch Logs wire types and [`logs::MODEL`].
//! - [`iam`], [`sts`]: IAM and STS (awsQuery protocol), [`cloudtrail`]: CloudTrail.
//! - [`model`]: the table types ([`ServiceModel`], [`Shape`], ...) with lookups.
//! - [`validate`]: checks a request body against an operation's input shape the way AWS does
//!   (AWS-worded constraint messages), and a response body strictly against its output shape.
//! - [`Timestamp`]: AWS JSON timestamps (epoch seconds, possibly fractional).
//!
//! The generated modules come from `cargo run -p xtask -- codegen`; CI runs
//! `cargo run -p xtask -- codegen --check` to keep them in step with the pinned botocore.

pub mod model;
pub mod validate;

use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

pub use model::{ExceptionInfo, Member, Operation, Protocol, ServiceModel, Shape, ShapeKind};

/// A point in time as AWS JSON protocols send it: seconds since the Unix epoch, possibly
/// fractional (`1700000000.123`).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub f64);

impl Timestamp {
    /// The timestamp `secs` seconds after the epoch.
    pub fn from_secs_f64(secs: f64) -> Self {
        Self(secs)
    }

    /// The timestamp `millis` milliseconds after the epoch.
    pub fn from_millis(millis: i64) -> Self {
        // Whole seconds and the remainder separately keep millisecond values exact.
        let secs = millis.div_euclid(1000) as f64;
        let rem = millis.rem_euclid(1000) as f64 / 1000.0;
        Self(secs + rem)
    }

    /// The current time.
    pub fn now() -> Self {
        let millis = match SystemTime::now().duration_since(UNIX_EPOCH) {
            Ok(since) => i64::try_from(since.as_millis()).unwrap_or(i64::MAX),
            Err(before) => i64::try_from(before.duration().as_millis()).map_or(i64::MIN, |m| -m),
        };
        Self::from_millis(millis)
    }

    /// Seconds since the epoch.
    pub fn as_secs_f64(self) -> f64 {
        self.0
    }

    /// Milliseconds since the epoch, rounded to the nearest millisecond (saturating).
    pub fn as_millis(self) -> i64 {
        // `as` saturates for out-of-range floats and maps NaN to 0.
        (self.0 * 1000.0).round() as i64
    }
}

impl std::fmt::Display for Timestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A string that is not one of an enum shape's values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{value}' is not a valid {shape} value")]
pub struct UnknownEnumValue {
    /// The enum shape's name.
    pub shape: &'static str,
    /// The rejected string.
    pub value: String,
}

/// `Display` and `FromStr` for a generated enum that has `VALUES`, `ALL` and `as_str`.
macro_rules! wire_enum {
    ($name:ident) => {
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::UnknownEnumValue;

            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                Self::VALUES
                    .iter()
                    .position(|v| *v == s)
                    .map(|i| Self::ALL[i])
                    .ok_or_else(|| $crate::UnknownEnumValue {
                        shape: stringify!($name),
                        value: s.to_owned(),
                    })
            }
        }
    };
}

mod generated;
pub use generated::*;

#[cfg(test)]
mod tests {
    use super::Timestamp;

    #[test]
    fn timestamp_millis_round_trip() {
        for ms in [0, 1, 999, 1_700_000_000_123, -1, -1_500] {
            assert_eq!(Timestamp::from_millis(ms).as_millis(), ms, "{ms}");
        }
        assert_eq!(Timestamp::from_millis(1_500).as_secs_f64(), 1.5);
    }

    #[test]
    fn timestamp_is_a_json_number() {
        let ts = Timestamp::from_millis(1_700_000_000_250);
        assert_eq!(serde_json::to_string(&ts).unwrap(), "1700000000.25");
        let back: Timestamp = serde_json::from_str("1700000000").unwrap();
        assert_eq!(back.as_millis(), 1_700_000_000_000);
    }

    #[test]
    fn timestamp_now_is_recent() {
        assert!(Timestamp::now().as_secs_f64() > 1_600_000_000.0);
    }
}
