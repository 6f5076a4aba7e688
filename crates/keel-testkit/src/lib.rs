//! Starts the real `keel` binary for tests: on a free loopback port, in a fresh data dir, and
//! reads the endpoint it announces. The process is killed when the handle drops.

pub mod fuzz;

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Where the `keel` binary is: `$KEEL_BIN`, else `target/debug/keel` of this workspace
/// (honouring `CARGO_TARGET_DIR`).
pub fn keel_bin() -> PathBuf {
    if let Some(path) = std::env::var_os("KEEL_BIN") {
        return PathBuf::from(path);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("debug/keel")
}

/// The root access key test servers are started with.
pub const ROOT_ACCESS_KEY_ID: &str = "keel";
pub const ROOT_SECRET_ACCESS_KEY: &str = "keel";

/// A running `keel server`.
pub struct KeelServer {
    child: Option<Child>,
    pub addr: SocketAddr,
    /// Whether the listener speaks HTTPS (`--tls`, `--tls-cert`).
    pub https: bool,
    pub data_dir: PathBuf,
    _owned_dir: Option<tempfile::TempDir>,
    stderr_log: PathBuf,
}

impl KeelServer {
    /// Starts a server with a fresh data dir.
    pub fn start() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let data_dir = dir.path().join("data");
        let mut server = Self::start_in(&data_dir, &[]);
        server._owned_dir = Some(dir);
        server
    }

    /// Starts a server on `data_dir` (kept after the server stops), with extra flags.
    pub fn start_in(data_dir: &Path, extra_args: &[&str]) -> Self {
        let bin = keel_bin();
        assert!(
            bin.exists(),
            "keel binary not found at {} (build it or set KEEL_BIN)",
            bin.display()
        );
        std::fs::create_dir_all(data_dir).expect("data dir");
        let stderr_log = data_dir.join("server-stderr.log");
        let stderr = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&stderr_log)
            .expect("stderr log");
        let mut child = Command::new(&bin)
            .arg("server")
            .arg("--listen")
            .arg("127.0.0.1:0")
            .arg("--data-dir")
            .arg(data_dir)
            .args(extra_args)
            .env("KEEL_CHECK_RESPONSES", "1")
            // The root key every test client signs with.
            .env("KEEL_ACCESS_KEY_ID", ROOT_ACCESS_KEY_ID)
            .env("KEEL_SECRET_ACCESS_KEY", ROOT_SECRET_ACCESS_KEY)
            .env_remove("KEEL_CONFIG")
            .env("XDG_CONFIG_HOME", data_dir.join("no-config"))
            .stdout(Stdio::piped())
            .stderr(Stdio::from(stderr))
            .spawn()
            .expect("spawn keel");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                for (marker, https) in [(" at http://", false), (" at https://", true)] {
                    if let Some(rest) = line.split(marker).nth(1) {
                        let addr = rest.split_whitespace().next().unwrap_or("").to_string();
                        let _ = tx.send((addr, https));
                    }
                }
            }
        });
        let (addr_text, https) = match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(found) => found,
            Err(_) => {
                let _ = child.kill();
                let log = std::fs::read_to_string(&stderr_log).unwrap_or_default();
                panic!("keel did not announce its address; stderr:\n{log}");
            }
        };
        let addr: SocketAddr = addr_text.parse().expect("announced address");
        let server = Self {
            child: Some(child),
            addr,
            https,
            data_dir: data_dir.to_path_buf(),
            _owned_dir: None,
            stderr_log,
        };
        server.wait_ready(Duration::from_secs(30));
        server
    }

    pub fn endpoint(&self) -> String {
        let scheme = if self.https { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    fn wait_ready(&self, limit: Duration) {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if std::net::TcpStream::connect_timeout(&self.addr, Duration::from_millis(200)).is_ok()
            {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("keel at {} never accepted connections", self.addr);
    }

    /// The server's stderr so far (for assertions and failure messages).
    pub fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr_log).unwrap_or_default()
    }

    /// SIGKILL: no chance to flush or close anything.
    pub fn kill9(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// SIGTERM, then wait for a clean exit; returns the exit status code.
    pub fn terminate(&mut self) -> Option<i32> {
        let mut child = self.child.take()?;
        let pid = i32::try_from(child.id()).ok()?;
        // std can only SIGKILL a child; `kill(1)` sends SIGTERM without unsafe code.
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(pid.to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(Some(status)) = child.try_wait() {
                return status.code();
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for KeelServer {
    fn drop(&mut self) {
        self.kill9();
    }
}
