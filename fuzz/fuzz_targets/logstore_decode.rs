//! The log store's decoders: segment files (headers, block headers, compressed payloads), WAL
//! files and catalog checkpoints. Corrupt input must give errors, never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = keel_logstore::fuzz::decode(data);
});
