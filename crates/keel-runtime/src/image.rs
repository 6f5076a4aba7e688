//! Getting a container's image onto the host the way the ECS agent does, for any runtime.
//!
//! `ECS_IMAGE_PULL_BEHAVIOR` (amazon-ecs-agent `agent/engine/docker_task_engine.go`,
//! `imagePullRequired`, and `task_manager.go` for what a failure means):
//!
//! * `default` — pull; if the pull fails, use the cached image if there is one.
//! * `always` — pull; a failed pull fails the container even when an image is cached.
//! * `once` — pull unless this agent pulled the image successfully before; a failed pull fails.
//! * `prefer-cached` — use the cached image if there is one; pull only when there is not.
//!
//! Which images an agent has pulled is the agent's state, so `once` takes it as an argument.

use std::str::FromStr;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::error::RuntimeError;
use crate::info::ImageInfo;
use crate::runtime::{PullOptions, Runtime};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PullBehavior {
    #[default]
    Default,
    Always,
    Once,
    PreferCached,
}

impl PullBehavior {
    pub fn as_str(self) -> &'static str {
        match self {
            PullBehavior::Default => "default",
            PullBehavior::Always => "always",
            PullBehavior::Once => "once",
            PullBehavior::PreferCached => "prefer-cached",
        }
    }
}

impl FromStr for PullBehavior {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "default" => Ok(Self::Default),
            "always" => Ok(Self::Always),
            "once" => Ok(Self::Once),
            "prefer-cached" => Ok(Self::PreferCached),
            other => Err(format!(
                "unknown image pull behavior '{other}' (expected default, always, once or prefer-cached)"
            )),
        }
    }
}

/// How to get images: the behaviour, and how often to retry a failed pull.
///
/// The ECS agent retries a pull up to 5 times, waiting 1.1 s doubling to at most 5 s (±20 %)
/// in between (`maximumPullRetries`, `minimumPullRetryDelay`, ...). Only failures that can
/// change on retry (timeouts, an unreachable runtime) are retried here: a registry's "denied"
/// or "not found" answer is final, and retrying it would only delay every task start on a
/// host that cannot reach a registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImagePolicy {
    pub behavior: PullBehavior,
    pub attempts: u32,
    pub first_retry_delay: Duration,
    pub max_retry_delay: Duration,
}

impl Default for ImagePolicy {
    fn default() -> Self {
        Self {
            behavior: PullBehavior::Default,
            attempts: 5,
            first_retry_delay: Duration::from_millis(1100),
            max_retry_delay: Duration::from_secs(5),
        }
    }
}

/// What [`ensure_image`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageOutcome {
    pub image: ImageInfo,
    /// A pull was made and succeeded.
    pub pulled: bool,
    /// Under `default`, the pull failed and the cached image is used; the failure is kept so
    /// the agent can log it.
    pub pull_error: Option<RuntimeError>,
}

/// Makes `reference` available as the policy says. `pulled_before` is whether this agent has
/// already pulled the image successfully (for `once`). An `Err` is what the container's reason
/// should carry (`CannotPullContainerError: ...`).
pub async fn ensure_image<R: Runtime + ?Sized>(
    runtime: &R,
    reference: &str,
    policy: &ImagePolicy,
    pulled_before: bool,
    options: &PullOptions,
) -> Result<ImageOutcome, RuntimeError> {
    let cached = |image: ImageInfo| ImageOutcome {
        image,
        pulled: false,
        pull_error: None,
    };
    if reference == crate::pause::IMAGE {
        // No registry has it: the binary carries it, whatever the pull behaviour.
        return ensure_builtin_pause(runtime).await.map(cached);
    }
    match policy.behavior {
        PullBehavior::PreferCached => {
            if let Some(image) = runtime.inspect_image(reference).await? {
                return Ok(cached(image));
            }
        }
        PullBehavior::Once if pulled_before => {
            // The image may since have been removed; then it is pulled again, as the agent's
            // image cleanup forgets what it removes.
            if let Some(image) = runtime.inspect_image(reference).await? {
                return Ok(cached(image));
            }
        }
        _ => {}
    }
    match pull_with_retries(runtime, reference, policy, options).await {
        Ok(image) => Ok(ImageOutcome {
            image,
            pulled: true,
            pull_error: None,
        }),
        Err(error) if policy.behavior == PullBehavior::Default => {
            match runtime.inspect_image(reference).await {
                Ok(Some(image)) => Ok(ImageOutcome {
                    image,
                    pulled: false,
                    pull_error: Some(error),
                }),
                _ => Err(error),
            }
        }
        Err(error) => Err(error),
    }
}

/// The built-in pause image, imported for this host's architecture when the runtime does not
/// have it (removed by hand, or never imported on this host).
async fn ensure_builtin_pause<R: Runtime + ?Sized>(runtime: &R) -> Result<ImageInfo, RuntimeError> {
    if let Some(image) = runtime.inspect_image(crate::pause::IMAGE).await? {
        return Ok(image);
    }
    let rootfs = crate::pause::rootfs(std::env::consts::ARCH)
        .map_err(|e| RuntimeError::failed(crate::error::Operation::ImportImage, e.to_string()))?;
    tracing::info!(
        image = crate::pause::IMAGE,
        "importing the built-in pause image"
    );
    runtime.import_image(crate::pause::IMAGE, rootfs).await
}

async fn pull_with_retries<R: Runtime + ?Sized>(
    runtime: &R,
    reference: &str,
    policy: &ImagePolicy,
    options: &PullOptions,
) -> Result<ImageInfo, RuntimeError> {
    let mut delay = policy.first_retry_delay;
    let mut attempt = 1;
    loop {
        match runtime.pull_image(reference, options).await {
            Ok(image) => return Ok(image),
            Err(error) if error.is_retriable() && attempt < policy.attempts.max(1) => {
                tracing::warn!(reference, attempt, %error, "image pull failed; retrying");
                tokio::time::sleep(jitter(delay, attempt)).await;
                delay = (delay * 2).min(policy.max_retry_delay);
                attempt += 1;
            }
            Err(error) => return Err(error),
        }
    }
}

/// ±20 % around `delay`, varied by attempt (no randomness source needed: retries of many
/// concurrent pulls still spread because their start times differ).
fn jitter(delay: Duration, attempt: u32) -> Duration {
    let spread = [1.0, 0.85, 1.15, 0.9, 1.1, 0.8, 1.2];
    delay.mul_f64(spread[attempt as usize % spread.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaviors_parse_as_the_ecs_setting_spells_them() {
        for b in [
            PullBehavior::Default,
            PullBehavior::Always,
            PullBehavior::Once,
            PullBehavior::PreferCached,
        ] {
            assert_eq!(b.as_str().parse::<PullBehavior>(), Ok(b));
        }
        assert!("sometimes".parse::<PullBehavior>().is_err());
    }

    #[tokio::test]
    async fn the_builtin_pause_image_is_imported_once_and_never_pulled() {
        use crate::fake::{Call, FakeRuntime};
        let fake = FakeRuntime::new();
        let policy = ImagePolicy {
            behavior: PullBehavior::Always,
            ..ImagePolicy::default()
        };
        for _ in 0..2 {
            let outcome = ensure_image(
                &fake,
                crate::pause::IMAGE,
                &policy,
                false,
                &PullOptions::default(),
            )
            .await
            .unwrap();
            assert!(!outcome.pulled);
            assert!(
                outcome
                    .image
                    .repo_tags
                    .iter()
                    .any(|t| t == crate::pause::IMAGE)
            );
        }
        let imports: Vec<_> = fake
            .calls()
            .into_iter()
            .filter_map(|call| match call {
                Call::ImportImage { reference, rootfs } => Some((reference, rootfs)),
                Call::PullImage(reference) => panic!("pulled {reference}"),
                _ => None,
            })
            .collect();
        assert_eq!(imports.len(), 1, "the second call finds the imported image");
        assert_eq!(imports[0].0, crate::pause::IMAGE);
        assert_eq!(
            imports[0].1,
            crate::pause::rootfs(std::env::consts::ARCH).unwrap()
        );
    }
}
