//! Combining concurrent requests that contend for the same records into one transaction.
//!
//! Placement reads a cluster's instances, picks some and writes them back guarded by their
//! revisions. Run concurrently, such writers mostly invalidate each other: only one of them wins
//! each commit, the rest re-plan and retry. A [`BatchQueue`] instead lets the first caller in
//! lead: it takes every job queued so far, plans them together on one snapshot and commits them
//! in one transaction (one fsync), while newcomers queue for the next batch. Under load the
//! batches grow by themselves; alone, a job is its own batch.
//!
//! A batch runs on a spawned task that owns the gate, so a caller that goes away (a client that
//! disconnects) never leaves other callers' jobs half done.

use std::future::Future;
use std::sync::Arc;

use tokio::sync::oneshot::{self, error::TryRecvError};

/// A job and where its answer goes.
pub(crate) type Queued<J, R> = (J, oneshot::Sender<R>);

pub(crate) struct BatchQueue<J, R> {
    pending: parking_lot::Mutex<Vec<Queued<J, R>>>,
    /// Held by the batch in flight.
    gate: Arc<tokio::sync::Mutex<()>>,
}

impl<J, R> Default for BatchQueue<J, R> {
    fn default() -> Self {
        Self {
            pending: parking_lot::Mutex::new(Vec::new()),
            gate: Arc::new(tokio::sync::Mutex::new(())),
        }
    }
}

impl<J: Send + 'static, R: Send + 'static> BatchQueue<J, R> {
    /// Queues `job` and returns its answer, running a batch with `process` if this caller is the
    /// one to lead. `process` must answer every job it is given. `None` if the job was dropped
    /// unanswered (the batch failed in a way that could not be reported per job).
    pub(crate) async fn submit<F, Fut>(&self, job: J, process: F) -> Option<R>
    where
        F: FnOnce(Vec<Queued<J, R>>) -> Fut,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let (tx, mut rx) = oneshot::channel();
        self.pending.lock().push((job, tx));
        let mut process = Some(process);
        loop {
            let gate = Arc::clone(&self.gate).lock_owned().await;
            // A batch answers all its jobs before it lets go of the gate, so here our job is
            // either answered or still pending.
            match rx.try_recv() {
                Ok(answer) => return Some(answer),
                Err(TryRecvError::Closed) => return None,
                Err(TryRecvError::Empty) => {}
            }
            let batch = std::mem::take(&mut *self.pending.lock());
            let run = process.take()?(batch);
            let _ = tokio::spawn(async move {
                run.await;
                drop(gate);
            })
            .await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn every_job_is_answered_once_and_concurrent_jobs_share_batches() {
        let queue = Arc::new(BatchQueue::<usize, usize>::default());
        let batches = Arc::new(AtomicUsize::new(0));
        let mut handles = Vec::new();
        for n in 0..200 {
            let (queue, batches) = (Arc::clone(&queue), Arc::clone(&batches));
            handles.push(tokio::spawn(async move {
                queue
                    .submit(n, move |jobs| async move {
                        batches.fetch_add(1, Ordering::SeqCst);
                        // Long enough that others queue up behind this batch.
                        tokio::time::sleep(std::time::Duration::from_millis(2)).await;
                        for (job, reply) in jobs {
                            let _ = reply.send(job * 10);
                        }
                    })
                    .await
            }));
        }
        for (n, handle) in handles.into_iter().enumerate() {
            assert_eq!(handle.await.unwrap(), Some(n * 10));
        }
        let batches = batches.load(Ordering::SeqCst);
        assert!(
            batches < 200,
            "200 concurrent jobs ran in {batches} batches"
        );
    }

    #[tokio::test]
    async fn a_dropped_job_reports_none() {
        let queue = BatchQueue::<(), ()>::default();
        let answer = queue.submit((), |jobs| async move { drop(jobs) }).await;
        assert_eq!(answer, None);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_leader_that_goes_away_still_finishes_its_batch() {
        let queue = Arc::new(BatchQueue::<u32, u32>::default());
        let (started_tx, started_rx) = oneshot::channel::<()>();
        let leader = {
            let queue = Arc::clone(&queue);
            tokio::spawn(async move {
                queue
                    .submit(1, move |jobs| async move {
                        let _ = started_tx.send(());
                        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                        for (job, reply) in jobs {
                            let _ = reply.send(job + 100);
                        }
                    })
                    .await
            })
        };
        started_rx.await.unwrap();
        // The second job queues behind the running batch; then the leader is cancelled.
        let follower = {
            let queue = Arc::clone(&queue);
            tokio::spawn(async move {
                queue
                    .submit(2, |jobs| async move {
                        for (job, reply) in jobs {
                            let _ = reply.send(job + 200);
                        }
                    })
                    .await
            })
        };
        leader.abort();
        assert_eq!(follower.await.unwrap(), Some(202));
    }
}
