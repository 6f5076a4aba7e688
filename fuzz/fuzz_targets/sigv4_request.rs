//! The SigV4 verifier: arbitrary Authorization headers, dates, hashes, queries, paths and bodies.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = keel_testkit::fuzz::sigv4_request(data);
});
