//! The awsQuery form decoder and the IAM and STS services behind it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    keel_testkit::fuzz::query_request(data);
});
