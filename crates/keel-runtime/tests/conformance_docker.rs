//! The driver conformance suite against the real Docker daemon. Skipped with a message when
//! no daemon answers, unless `KEEL_TEST_DOCKER=1` (set by scripts/test.sh) requires it.

keel_runtime::runtime_conformance_suite!(
    keel_runtime::conformance::DockerTarget::from_env("conformance").await
);
