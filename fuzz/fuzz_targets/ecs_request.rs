//! The ECS request decoder: bytes in, a model-valid response or a client error out.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    keel_testkit::fuzz::ecs_request(data);
});
