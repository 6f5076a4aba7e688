//! Watch streams shared by the backends: replay (history) followed by live events.
//!
//! Gap/duplicate freedom relies on the order of operations in `watch`: the live broadcast is
//! subscribed *before* history is read. Every revision committed before the subscription is in
//! history; every revision published after it is in the broadcast. Live events at or below the
//! last replayed revision are skipped (a txn's events are committed atomically, so a revision is
//! never half-replayed).

use std::collections::VecDeque;
use std::sync::Arc;

use futures::StreamExt;
use tokio::sync::broadcast;

use crate::{Revision, StoreError, WatchEvent, WatchStream};

/// Events of one commit (one or more revisions), in revision order.
pub(crate) type EventBatch = Arc<Vec<WatchEvent>>;

/// Lazily pages history for a watch that started in the past.
#[async_trait::async_trait]
pub(crate) trait ReplaySource: Send + 'static {
    /// The next page of matching history events in (revision, sequence) order; `None` at end.
    async fn next_page(&mut self) -> Result<Option<Vec<WatchEvent>>, StoreError>;
}

struct State {
    prefix: String,
    pending: VecDeque<WatchEvent>,
    replay: Option<Box<dyn ReplaySource>>,
    /// Live events at or below this revision were (or would have been) replayed.
    skip_through: Revision,
    rx: broadcast::Receiver<EventBatch>,
    finished: bool,
}

impl State {
    fn push_replayed(&mut self, events: Vec<WatchEvent>) {
        for ev in events {
            if ev.kv.key.starts_with(self.prefix.as_str()) {
                self.skip_through = self.skip_through.max(ev.kv.mod_revision);
                self.pending.push_back(ev);
            }
        }
    }

    async fn next(&mut self) -> Option<Result<WatchEvent, StoreError>> {
        loop {
            if self.finished {
                return None;
            }
            if let Some(ev) = self.pending.pop_front() {
                return Some(Ok(ev));
            }
            if let Some(src) = self.replay.as_mut() {
                match src.next_page().await {
                    Ok(Some(page)) => self.push_replayed(page),
                    Ok(None) => self.replay = None,
                    Err(e) => {
                        self.finished = true;
                        return Some(Err(e));
                    }
                }
                continue;
            }
            match self.rx.recv().await {
                Ok(batch) => {
                    let skip = self.skip_through;
                    let prefix = self.prefix.as_str();
                    self.pending.extend(
                        batch
                            .iter()
                            .filter(|ev| ev.kv.mod_revision > skip && ev.kv.key.starts_with(prefix))
                            .cloned(),
                    );
                }
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    self.finished = true;
                    return Some(Err(StoreError::WatcherLagged));
                }
                Err(broadcast::error::RecvError::Closed) => {
                    self.finished = true;
                    return Some(Err(StoreError::Closed));
                }
            }
        }
    }
}

/// Builds a watch stream: `initial` events, then pages from `replay`, then live events from
/// `rx` (which must have been subscribed before any history was read). `start` is the first
/// revision the watcher wants.
pub(crate) fn build_stream(
    prefix: String,
    start: Revision,
    initial: Vec<WatchEvent>,
    replay: Option<Box<dyn ReplaySource>>,
    rx: broadcast::Receiver<EventBatch>,
) -> WatchStream {
    let mut state = State {
        prefix,
        pending: VecDeque::new(),
        replay,
        skip_through: start.saturating_sub(1),
        rx,
        finished: false,
    };
    state.push_replayed(initial);
    futures::stream::unfold(state, |mut state| async move {
        let item = state.next().await?;
        Some((item, state))
    })
    .boxed()
}
