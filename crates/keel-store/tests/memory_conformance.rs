//! The conformance suite against the in-memory backend.

keel_store::store_conformance_suite!(keel_store::MemoryStore::new());
