//! The CloudWatch filter-pattern parser and matcher: a pattern line, then a message.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    keel_testkit::fuzz::filter_pattern(data);
});
