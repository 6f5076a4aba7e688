//! The cluster query language parser: any text either parses into an expression that prints
//! back to itself, or is refused with a position inside it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    keel_scheduler::fuzz::cluster_query(data);
});
