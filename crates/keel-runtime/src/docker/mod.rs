//! The Docker driver: the Docker Engine API over its Unix socket, through bollard.
//!
//! Every call is bounded by its own [`Timeouts`] entry. bollard's own timeout only covers the
//! wait for response headers, so the driver keeps two clients: one whose header timeout is
//! longer than any call (each call is bounded here instead), and one for streams (events,
//! logs, wait) whose header timeout is `stream_open` while the body may last as long as needed.

mod body;
mod convert;
mod follow;

use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::time::Duration;

use async_trait::async_trait;
use bollard::Docker;
use bollard::auth::DockerCredentials;
use bollard::errors::Error as BollardError;
use bollard::models::VolumeCreateRequest;
use bollard::query_parameters::{
    CreateContainerOptions, CreateImageOptions, EventsOptions, KillContainerOptions,
    ListContainersOptions, ListVolumesOptions, LogsOptions, RemoveContainerOptions,
    RemoveVolumeOptions, StopContainerOptions, WaitContainerOptions,
};
use futures::StreamExt;
use tokio::time::Instant;

use crate::error::{Operation, RuntimeError};
use crate::events::{EventFilter, LabelSelector};
use crate::info::{
    ContainerId, ContainerInfo, ContainerSummary, ImageInfo, RuntimeVersion, VolumeInfo,
    with_default_tag,
};
use crate::logs::{CursorFilter, LogOptions};
use crate::runtime::{EventStream, LogLines, PullOptions, RemoveOptions, Runtime, Timeouts};
use crate::spec::{ContainerSpec, VolumeSpec};

/// Where Docker listens by default.
pub const DEFAULT_SOCKET: &str = "/var/run/docker.sock";

/// The Docker actions the event stream asks for (Docker matches `health_status` against
/// `health_status: healthy` and the like).
const EVENT_ACTIONS: &[&str] = &[
    "create",
    "start",
    "die",
    "oom",
    "kill",
    "stop",
    "destroy",
    "health_status",
    "pause",
    "unpause",
    "restart",
];

/// The Docker Engine as a [`Runtime`].
#[derive(Clone)]
pub struct DockerRuntime {
    /// For calls; header timeout above any call's own bound.
    client: Docker,
    /// For streams; header timeout `stream_open`.
    streams: Docker,
    timeouts: Timeouts,
    api_version: String,
}

impl DockerRuntime {
    /// Connects to the daemon at `socket` (a path or `unix://` URL) and negotiates the API
    /// version (Debian 12's Docker 20.10 speaks 1.41).
    pub async fn connect(socket: &str, timeouts: Timeouts) -> Result<Self, RuntimeError> {
        let op = Operation::Version;
        let longest = [
            timeouts.pull,
            timeouts.create,
            timeouts.start,
            timeouts.remove,
            timeouts.list_containers,
            timeouts.create_volume,
        ]
        .into_iter()
        .max()
        .unwrap_or(Duration::from_secs(3600))
            + timeouts.stop_buffer
            + Duration::from_secs(3600);
        let client =
            Docker::connect_with_unix(socket, longest.as_secs(), bollard::API_DEFAULT_VERSION)
                .map_err(|e| map_err(op, "", e))?;
        let client = bounded(op, timeouts.version, async {
            client
                .negotiate_version()
                .await
                .map_err(|e| map_err(op, "", e))
        })
        .await?;
        let version = client.client_version();
        let streams = client.clone().with_timeout(timeouts.stream_open);
        Ok(Self {
            client,
            streams,
            timeouts,
            api_version: format!("{}.{}", version.major_version, version.minor_version),
        })
    }

    /// [`connect`](Self::connect) to [`DEFAULT_SOCKET`] with ECS's timeouts.
    pub async fn connect_default() -> Result<Self, RuntimeError> {
        Self::connect(DEFAULT_SOCKET, Timeouts::default()).await
    }

    pub fn timeouts(&self) -> &Timeouts {
        &self.timeouts
    }

    /// The bollard client, for tests and tools that need a Docker call the trait does not
    /// offer (not for the agent: everything it needs is on [`Runtime`]).
    pub fn bollard(&self) -> &Docker {
        &self.client
    }
}

/// Bounds `fut` by `after`.
async fn bounded<T>(
    operation: Operation,
    after: Duration,
    fut: impl Future<Output = Result<T, RuntimeError>>,
) -> Result<T, RuntimeError> {
    tokio::time::timeout(after, fut)
        .await
        .unwrap_or(Err(RuntimeError::Timeout { operation, after }))
}

/// A bollard error as a [`RuntimeError`]. `subject` names the container, image or volume the
/// call was about (for not-found errors).
fn map_err(operation: Operation, subject: &str, error: BollardError) -> RuntimeError {
    match error {
        BollardError::DockerResponseServerError {
            status_code,
            message,
        } => {
            let lower = message.to_ascii_lowercase();
            if status_code == 404 {
                if lower.contains("no such container")
                    && !matches!(operation, Operation::CreateContainer)
                {
                    return RuntimeError::NoSuchContainer(subject.to_string());
                }
                if lower.contains("no such image") {
                    return RuntimeError::NoSuchImage(subject.to_string());
                }
                if lower.contains("no such volume") {
                    return RuntimeError::NoSuchVolume(subject.to_string());
                }
            }
            RuntimeError::Failed {
                operation,
                // As the Docker CLI and the ECS agent's Go client print it.
                message: format!("Error response from daemon: {message}"),
                status: Some(status_code),
            }
        }
        BollardError::DockerStreamError { error } => RuntimeError::Failed {
            operation,
            message: error,
            status: None,
        },
        BollardError::RequestTimeoutError => RuntimeError::Unavailable {
            operation,
            message: "no answer from the Docker daemon".into(),
        },
        e @ (BollardError::SocketNotFoundError(_)
        | BollardError::HyperResponseError { .. }
        | BollardError::HyperLegacyError { .. }
        | BollardError::IOError { .. }) => RuntimeError::Unavailable {
            operation,
            message: e.to_string(),
        },
        other => RuntimeError::Failed {
            operation,
            message: other.to_string(),
            status: None,
        },
    }
}

fn label_filters(labels: &[LabelSelector]) -> HashMap<String, Vec<String>> {
    let mut filters = HashMap::new();
    if !labels.is_empty() {
        filters.insert(
            "label".to_string(),
            labels.iter().map(LabelSelector::to_filter).collect(),
        );
    }
    filters
}

#[async_trait]
impl Runtime for DockerRuntime {
    fn name(&self) -> &'static str {
        "docker"
    }

    async fn version(&self) -> Result<RuntimeVersion, RuntimeError> {
        let op = Operation::Version;
        let version = bounded(op, self.timeouts.version, async {
            self.client.version().await.map_err(|e| map_err(op, "", e))
        })
        .await?;
        Ok(RuntimeVersion {
            runtime: "docker".into(),
            version: version.version.unwrap_or_default(),
            api_version: self.api_version.clone(),
        })
    }

    async fn inspect_image(&self, reference: &str) -> Result<Option<ImageInfo>, RuntimeError> {
        let op = Operation::InspectImage;
        let result = bounded(op, self.timeouts.inspect_image, async {
            self.client
                .inspect_image(reference)
                .await
                .map_err(|e| map_err(op, reference, e))
        })
        .await;
        match result {
            Ok(image) => Ok(Some(convert::image(image))),
            Err(RuntimeError::NoSuchImage(_)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    async fn pull_image(
        &self,
        reference: &str,
        options: &PullOptions,
    ) -> Result<ImageInfo, RuntimeError> {
        let op = Operation::PullImage;
        let target = with_default_tag(reference);
        let credentials = options.auth.as_ref().map(|a| DockerCredentials {
            username: Some(a.username.clone()),
            password: Some(a.password.clone()),
            serveraddress: (!a.server.is_empty()).then(|| a.server.clone()),
            ..DockerCredentials::default()
        });
        let pull = self.client.create_image(
            Some(CreateImageOptions {
                from_image: Some(target.clone()),
                ..CreateImageOptions::default()
            }),
            None,
            credentials,
        );
        tokio::pin!(pull);
        // amazon-ecs-agent: the whole pull is bounded (ECS_IMAGE_PULL_TIMEOUT); the first
        // progress message must come within DockerPullBeginTimeout, later ones within
        // ECS_IMAGE_PULL_INACTIVITY_TIMEOUT.
        let deadline = Instant::now() + self.timeouts.pull;
        let mut begun = false;
        loop {
            let gap = if begun {
                self.timeouts.pull_inactivity
            } else {
                self.timeouts.pull_begin
            };
            let wait_until = (Instant::now() + gap).min(deadline);
            match tokio::time::timeout_at(wait_until, pull.next()).await {
                Err(_) if Instant::now() >= deadline => {
                    return Err(RuntimeError::Timeout {
                        operation: op,
                        after: self.timeouts.pull,
                    });
                }
                Err(_) if !begun => {
                    return Err(RuntimeError::Timeout {
                        operation: op,
                        after: self.timeouts.pull_begin,
                    });
                }
                Err(_) => {
                    return Err(RuntimeError::failed(
                        op,
                        "inactivity time exceeded timeout while pulling image",
                    ));
                }
                Ok(None) => break,
                Ok(Some(Ok(_progress))) => begun = true,
                Ok(Some(Err(e))) => return Err(map_err(op, &target, e)),
            }
        }
        self.inspect_image(&target).await?.ok_or_else(|| {
            RuntimeError::failed(op, format!("image {target} is not there after its pull"))
        })
    }

    async fn import_image(
        &self,
        reference: &str,
        rootfs: Vec<u8>,
    ) -> Result<ImageInfo, RuntimeError> {
        let op = Operation::ImportImage;
        let target = with_default_tag(reference);
        let repository = crate::info::repository_of(&target);
        let tag = target[repository.len()..].trim_start_matches(':');
        bounded(op, self.timeouts.import, async {
            // `docker import`: POST /images/create?fromSrc=- with the archive as the body.
            let import = self.client.create_image(
                Some(CreateImageOptions {
                    from_src: Some("-".into()),
                    repo: Some(repository.to_string()),
                    tag: Some(tag.to_string()),
                    ..CreateImageOptions::default()
                }),
                Some(bollard::body_full(rootfs.into())),
                None,
            );
            tokio::pin!(import);
            while let Some(progress) = import.next().await {
                progress.map_err(|e| map_err(op, &target, e))?;
            }
            Ok(())
        })
        .await?;
        self.inspect_image(&target).await?.ok_or_else(|| {
            RuntimeError::failed(op, format!("image {target} is not there after its import"))
        })
    }

    async fn create_container(&self, spec: &ContainerSpec) -> Result<ContainerId, RuntimeError> {
        let op = Operation::CreateContainer;
        let body = body::create_body(spec);
        let response = bounded(op, self.timeouts.create, async {
            self.client
                .create_container(
                    Some(CreateContainerOptions {
                        name: Some(spec.name.clone()),
                        platform: String::new(),
                    }),
                    body,
                )
                .await
                .map_err(|e| map_err(op, &spec.image, e))
        })
        .await?;
        for warning in &response.warnings {
            tracing::warn!(container = %spec.name, %warning, "docker create warning");
        }
        Ok(ContainerId(response.id))
    }

    async fn start_container(&self, id: &str) -> Result<(), RuntimeError> {
        let op = Operation::StartContainer;
        bounded(op, self.timeouts.start, async {
            self.client
                .start_container(id, None)
                .await
                .map_err(|e| map_err(op, id, e))
        })
        .await
    }

    async fn stop_container(&self, id: &str, grace: Duration) -> Result<(), RuntimeError> {
        let op = Operation::StopContainer;
        // Docker's `t` is whole seconds; round up so the grace is never shorter than asked.
        let secs = grace.as_secs() + u64::from(grace.subsec_nanos() > 0);
        bounded(op, grace + self.timeouts.stop_buffer, async {
            self.client
                .stop_container(
                    id,
                    Some(StopContainerOptions {
                        t: Some(i32::try_from(secs).unwrap_or(i32::MAX)),
                        signal: None,
                    }),
                )
                .await
                .map_err(|e| map_err(op, id, e))
        })
        .await
    }

    async fn kill_container(&self, id: &str, signal: &str) -> Result<(), RuntimeError> {
        let op = Operation::KillContainer;
        bounded(op, self.timeouts.kill, async {
            self.client
                .kill_container(
                    id,
                    Some(KillContainerOptions {
                        signal: signal.to_string(),
                    }),
                )
                .await
                .map_err(|e| map_err(op, id, e))
        })
        .await
    }

    async fn remove_container(&self, id: &str, options: RemoveOptions) -> Result<(), RuntimeError> {
        let op = Operation::RemoveContainer;
        bounded(op, self.timeouts.remove, async {
            self.client
                .remove_container(
                    id,
                    Some(RemoveContainerOptions {
                        v: options.volumes,
                        force: options.force,
                        link: false,
                    }),
                )
                .await
                .map_err(|e| map_err(op, id, e))
        })
        .await
    }

    async fn inspect_container(&self, id: &str) -> Result<ContainerInfo, RuntimeError> {
        let op = Operation::InspectContainer;
        let response = bounded(op, self.timeouts.inspect_container, async {
            self.client
                .inspect_container(id, None)
                .await
                .map_err(|e| map_err(op, id, e))
        })
        .await?;
        Ok(convert::container(response))
    }

    async fn wait_container(&self, id: &str) -> Result<i64, RuntimeError> {
        let op = Operation::WaitContainer;
        let mut wait = self.streams.wait_container(
            id,
            Some(WaitContainerOptions {
                condition: "not-running".into(),
            }),
        );
        match wait.next().await {
            Some(Ok(response)) => Ok(response.status_code),
            // bollard reports a non-zero exit as an error; it is the answer.
            Some(Err(BollardError::DockerContainerWaitError { error, code }))
                if error.is_empty() =>
            {
                Ok(code)
            }
            Some(Err(e)) => Err(map_err(op, id, e)),
            None => Err(RuntimeError::Unavailable {
                operation: op,
                message: "the wait stream ended without an answer".into(),
            }),
        }
    }

    async fn list_managed(
        &self,
        labels: &[LabelSelector],
    ) -> Result<Vec<ContainerSummary>, RuntimeError> {
        let op = Operation::ListContainers;
        let list = bounded(op, self.timeouts.list_containers, async {
            self.client
                .list_containers(Some(ListContainersOptions {
                    all: true,
                    filters: Some(label_filters(labels)),
                    ..ListContainersOptions::default()
                }))
                .await
                .map_err(|e| map_err(op, "", e))
        })
        .await?;
        Ok(list.into_iter().map(convert::summary).collect())
    }

    fn events(&self, filter: EventFilter) -> EventStream {
        let mut filters = label_filters(&filter.labels);
        filters.insert("type".into(), vec!["container".into()]);
        filters.insert(
            "event".into(),
            EVENT_ACTIONS.iter().map(|s| s.to_string()).collect(),
        );
        // The request goes out when the stream is first polled; asking from the time of this
        // call makes the stream start here, as callers expect. (The daemon replays from its
        // last 256 events.)
        let since = filter.since.unwrap_or_else(crate::time::Timestamp::now);
        let nanos = since.unix_nanos();
        let since = Some(format!(
            "{}.{:09}",
            nanos.div_euclid(1_000_000_000),
            nanos.rem_euclid(1_000_000_000)
        ));
        let events = self
            .streams
            .events(Some(EventsOptions {
                since,
                until: None,
                filters: Some(filters),
            }))
            .boxed();
        // Docker's stream only ends when the connection does; either way the caller hears of
        // it as an error, and the stream ends there.
        futures::stream::unfold(Some(events), |events| async move {
            let mut events = events?;
            loop {
                match events.next().await {
                    Some(Ok(message)) => {
                        if let Some(event) = convert::event(message) {
                            return Some((Ok(event), Some(events)));
                        }
                    }
                    Some(Err(e)) => return Some((Err(map_err(Operation::Events, "", e)), None)),
                    None => {
                        let ended = RuntimeError::Unavailable {
                            operation: Operation::Events,
                            message: "the Docker event stream ended".into(),
                        };
                        return Some((Err(ended), None));
                    }
                }
            }
        })
        .boxed()
    }

    fn logs(&self, id: &str, options: LogOptions) -> LogLines {
        if options.follow {
            // Not Docker's follow reader: see `follow`.
            let (tx, rx) = tokio::sync::mpsc::channel(64);
            let follower = follow::Follower {
                docker: self.streams.clone(),
                id: id.to_string(),
                stdout: options.stdout,
                stderr: options.stderr,
                cursor: options.after,
            };
            tokio::spawn(follower.run(tx));
            return futures::stream::unfold(rx, |mut rx| async move {
                rx.recv().await.map(|item| (item, rx))
            })
            .boxed();
        }
        let op = Operation::Logs;
        let since = options
            .after
            .map(|c| i32::try_from(c.time.unix_secs()).unwrap_or(0))
            .unwrap_or(0);
        let mut filter = CursorFilter::new(options.after);
        let subject = id.to_string();
        self.streams
            .logs(
                id,
                Some(LogsOptions {
                    follow: options.follow,
                    stdout: options.stdout,
                    stderr: options.stderr,
                    since,
                    until: 0,
                    timestamps: true,
                    tail: "all".into(),
                }),
            )
            .filter_map(move |item| {
                let out = match item {
                    Ok(output) => match convert::log_line(output) {
                        Some(line) if filter.admit(&line) => Some(Ok(line)),
                        _ => None,
                    },
                    Err(e) => Some(Err(map_err(op, &subject, e))),
                };
                async move { out }
            })
            .boxed()
    }

    async fn create_volume(&self, spec: &VolumeSpec) -> Result<VolumeInfo, RuntimeError> {
        let op = Operation::CreateVolume;
        let to_map = |m: &BTreeMap<String, String>| -> HashMap<String, String> {
            m.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
        };
        let volume = bounded(op, self.timeouts.create_volume, async {
            self.client
                .create_volume(VolumeCreateRequest {
                    name: Some(spec.name.clone()),
                    driver: Some(if spec.driver.is_empty() {
                        "local".into()
                    } else {
                        spec.driver.clone()
                    }),
                    driver_opts: Some(to_map(&spec.driver_opts)),
                    labels: Some(to_map(&spec.labels)),
                    cluster_volume_spec: None,
                })
                .await
                .map_err(|e| map_err(op, &spec.name, e))
        })
        .await?;
        Ok(convert::volume(volume))
    }

    async fn inspect_volume(&self, name: &str) -> Result<Option<VolumeInfo>, RuntimeError> {
        let op = Operation::InspectVolume;
        let result = bounded(op, self.timeouts.inspect_volume, async {
            self.client
                .inspect_volume(name)
                .await
                .map_err(|e| map_err(op, name, e))
        })
        .await;
        match result {
            Ok(v) => Ok(Some(convert::volume(v))),
            Err(RuntimeError::NoSuchVolume(_)) => Ok(None),
            Err(RuntimeError::Failed {
                status: Some(404), ..
            }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    async fn remove_volume(&self, name: &str) -> Result<(), RuntimeError> {
        let op = Operation::RemoveVolume;
        let result = bounded(op, self.timeouts.remove_volume, async {
            self.client
                .remove_volume(name, Some(RemoveVolumeOptions { force: false }))
                .await
                .map_err(|e| map_err(op, name, e))
        })
        .await;
        match result {
            Err(RuntimeError::NoSuchVolume(_))
            | Err(RuntimeError::Failed {
                status: Some(404), ..
            }) => Ok(()),
            other => other,
        }
    }

    async fn list_managed_volumes(
        &self,
        labels: &[LabelSelector],
    ) -> Result<Vec<VolumeInfo>, RuntimeError> {
        let op = Operation::ListVolumes;
        let list = bounded(op, self.timeouts.list_volumes, async {
            self.client
                .list_volumes(Some(ListVolumesOptions {
                    filters: Some(label_filters(labels)),
                }))
                .await
                .map_err(|e| map_err(op, "", e))
        })
        .await?;
        Ok(list
            .volumes
            .unwrap_or_default()
            .into_iter()
            .map(convert::volume)
            .collect())
    }
}
