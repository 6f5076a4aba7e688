//! IAM policy documents: parsing (identity, trust and resource policies) and evaluation.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = keel_testkit::fuzz::policy_document(data);
});
