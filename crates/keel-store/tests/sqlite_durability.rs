//! Acknowledged writes survive `kill -9`.
//!
//! The test re-executes its own binary as a child process (selected by an environment
//! variable) that writes keys under load and prints `ACK <key>` after each acknowledged write.
//! The parent SIGKILLs it mid-load, reopens the database and checks every acknowledged key.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use keel_store::{Op, SqliteStore, Store, Txn};

const CHILD_ENV: &str = "KEEL_STORE_DURABILITY_CHILD_DB";

/// Child entry point: a no-op unless started by `acknowledged_writes_survive_sigkill`.
#[test]
fn durability_child() {
    let Ok(path) = std::env::var(CHILD_ENV) else {
        return;
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let store = Arc::new(SqliteStore::open(path.as_ref()).unwrap());
        let lease = store.lease_grant(Duration::from_secs(600)).await.unwrap();
        println!("ACK-LEASE {lease}");
        let mut tasks = Vec::new();
        for t in 0..16 {
            let store = Arc::clone(&store);
            tasks.push(tokio::spawn(async move {
                for i in 0u64.. {
                    let key = format!("d/{t:02}/{i:06}");
                    if i % 4 == 0 {
                        // Multi-key txns (one with a lease) are all-or-nothing and durable too.
                        let k2 = format!("{key}/b");
                        store
                            .txn(Txn::new().and_then(vec![
                                Op::put(key.clone(), i.to_string()),
                                Op::put_with_lease(k2.clone(), "l", lease),
                            ]))
                            .await
                            .unwrap();
                        println!("ACK {key}\nACK {k2}");
                    } else {
                        store.put(&key, i.to_string().into_bytes()).await.unwrap();
                        println!("ACK {key}");
                    }
                }
            }));
        }
        for t in tasks {
            let _ = t.await;
        }
    });
}

#[test]
fn acknowledged_writes_survive_sigkill() {
    if std::env::var(CHILD_ENV).is_ok() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.db");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "durability_child",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, &path)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn child");
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel::<String>();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });

    let mut acked: Vec<String> = Vec::new();
    let mut lease = None;
    let mut handle = |line: String, acked: &mut Vec<String>| {
        // libtest may print its own text on the same line before ours.
        if let Some((_, id)) = line.split_once("ACK-LEASE ") {
            lease = id.trim().parse::<i64>().ok();
        } else if let Some((_, key)) = line.split_once("ACK ") {
            acked.push(key.to_owned());
        }
    };
    // Let it get well into the load, then kill it without warning.
    let deadline = Instant::now() + Duration::from_secs(60);
    while acked.len() < 1500 && Instant::now() < deadline {
        match rx.recv_timeout(Duration::from_secs(1)) {
            Ok(line) => handle(line, &mut acked),
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    child.kill().expect("SIGKILL child");
    let status = child.wait().unwrap();
    assert!(
        !status.success(),
        "child must have been killed, not exited: {status:?}"
    );
    // Everything the child printed before dying was acknowledged.
    for line in rx {
        handle(line, &mut acked);
    }
    reader.join().unwrap();
    assert!(
        acked.len() >= 100,
        "child acknowledged only {} writes",
        acked.len()
    );
    let lease = lease.expect("lease acknowledged");
    eprintln!(
        "child killed after {} acknowledged keys; checking them",
        acked.len()
    );

    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let store = SqliteStore::open(&path).unwrap();
        let mut missing = Vec::new();
        for key in &acked {
            if store.get(key).await.unwrap().is_none() {
                missing.push(key.clone());
            }
        }
        assert!(
            missing.is_empty(),
            "{} of {} acknowledged keys lost: {:?}",
            missing.len(),
            acked.len(),
            &missing[..missing.len().min(10)]
        );
        let rev = store.current_revision().await.unwrap();
        // At most two acknowledged keys share a revision.
        assert!(
            rev as usize >= acked.len() / 2,
            "revision {rev} too low for {} acks",
            acked.len()
        );
        // The lease was recovered too.
        store.lease_keep_alive(lease).await.unwrap();
        store.close().await.unwrap();
    });
}
