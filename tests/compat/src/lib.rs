//! Compatibility tests of Keel with the AWS SDK for Rust live in `tests/`. The crate is outside
//! the workspace's default members so ordinary builds never compile the SDK.
