//! The driver conformance suite against the recording fake.

keel_runtime::runtime_conformance_suite!(Some(keel_runtime::conformance::FakeTarget::new(
    module_path!()
)));
