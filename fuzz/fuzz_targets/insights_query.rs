//! The Logs Insights query parser and evaluator: arbitrary query text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    keel_testkit::fuzz::insights_query(data);
});
