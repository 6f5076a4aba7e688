//! The conformance suite against the SQLite backend, each test on a fresh database file.

use keel_store::SqliteStore;
use keel_store::testsuite::TestStore;

fn fresh_sqlite() -> TestStore {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = SqliteStore::open(&dir.path().join("store.db")).expect("open sqlite store");
    TestStore::with_guard(store, dir)
}

keel_store::store_conformance_suite!(fresh_sqlite());
