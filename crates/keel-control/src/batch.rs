//! Combining concurrent requests that contend for the same records into one transaction.
//!
//! Placement reads a cluster's instances, picks some and writes them back guarded by their
//! revisions. Run concurrently, such writers mostly invalidate each other: only one of them wins
//! each commit, the rest re-plan and retry. A [`BatchQueue`] instead lets the first caller in
//! lead: it takes every job queued so far and hands them to `process`, which plans them
//! together on one snapshot and commits them in one transaction (one fsync), while newcomers
//! queue for the next batch. Under load the batches grow by themselves; alone, a job is its own
//! batch.
//!
//! Only one batch at a time holds the [`Gate`]; `process` lets go of it when the next batch may
//! start, which need not be when this one is done: a batch that has planned and handed its
//! transaction to the store can let the next one plan while it waits for the commit (see
//! `ecs::tasks`, which pipelines launches that way).
//!
//! A batch runs on a spawned task, so a caller that goes away (a client that disconnects) never
//! leaves other callers' jobs half done.

use std::future::Future;
use std::sync::Arc;

use tokio::sync::oneshot;

/// A job and where its answer goes.
pub(crate) type Queued<J, R> = (J, oneshot::Sender<R>);

/// Held by the batch that is planning; the next one waits for it.
pub(crate) type Gate = tokio::sync::OwnedMutexGuard<()>;

pub(crate) struct BatchQueue<J, R> {
    pending: parking_lot::Mutex<Vec<Queued<J, R>>>,
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
    /// one to lead. `process` must answer every job it is given, and drop the gate it is given
    /// once the next batch may start. `None` if the job was dropped unanswered (the batch failed
    /// in a way that could not be reported per job).
    pub(crate) async fn submit<F, Fut>(&self, job: J, process: F) -> Option<R>
    where
        F: FnOnce(Vec<Queued<J, R>>, Gate) -> Fut,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let (tx, mut rx) = oneshot::channel();
        self.pending.lock().push((job, tx));
        let gate = tokio::select! {
            biased;
            answer = &mut rx => return answer.ok(),
            gate = Arc::clone(&self.gate).lock_owned() => gate,
        };
        // Our job is in this batch, or in one that an earlier holder of the gate took (then
        // this caller leads whoever queued since, if anyone did).
        let batch = std::mem::take(&mut *self.pending.lock());
        if batch.is_empty() {
            drop(gate);
        } else {
            drop(tokio::spawn(process(batch, gate)));
        }
        rx.await.ok()
    }

    /// Waits until no batch is planning and takes the gate, so that nothing new starts until
    /// the caller lets go of it.
    pub(crate) async fn exclusive(&self) -> Gate {
        Arc::clone(&self.gate).lock_owned().await
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
                    .submit(n, move |jobs, gate| async move {
                        let _gate = gate;
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
        let answer = queue
            .submit((), |jobs, _gate| async move { drop(jobs) })
            .await;
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
                    .submit(1, move |jobs, gate| async move {
                        let _gate = gate;
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
                    .submit(2, |jobs, _gate| async move {
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

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_batch_that_lets_go_of_the_gate_overlaps_the_next() {
        let queue = Arc::new(BatchQueue::<u32, u32>::default());
        let (started_tx, started_rx) = oneshot::channel::<()>();
        let (second_done_tx, second_done_rx) = oneshot::channel::<()>();
        let first = {
            let queue = Arc::clone(&queue);
            tokio::spawn(async move {
                queue
                    .submit(1, move |jobs, gate| async move {
                        drop(gate);
                        let _ = started_tx.send(());
                        // Answers only after the second batch is done: the two must overlap.
                        let _ = second_done_rx.await;
                        for (job, reply) in jobs {
                            let _ = reply.send(job + 100);
                        }
                    })
                    .await
            })
        };
        started_rx.await.unwrap();
        let second = queue.submit(2, move |jobs, gate| async move {
            drop(gate);
            for (job, reply) in jobs {
                let _ = reply.send(job + 200);
            }
            let _ = second_done_tx.send(());
        });
        let second = tokio::time::timeout(std::time::Duration::from_secs(5), second)
            .await
            .expect("the second batch ran while the first was in flight");
        assert_eq!(second, Some(202));
        assert_eq!(first.await.unwrap(), Some(101));
    }
}
