//! `keel-workload`: what Keel's test containers run. Built statically and packed into the
//! `keel-test/workload` image (see `scripts/test-images.sh`), next to a busybox.
//!
//! ```text
//! keel-workload serve [--port 8080] [--addr 0.0.0.0] [--unhealthy-after SECS]
//!     HTTP: GET /health (200 "ok", or 503 once unhealthy), GET /unhealthy and GET /healthy
//!     switch it, GET / answers "keel-workload". Each request is logged to stdout.
//! keel-workload log [--count N] [--rate LINES_PER_SEC] [--size BYTES] [--stream stdout|stderr|both] [--then sleep]
//!     Lines "seq=N stream=S " padded with 'x' to SIZE bytes; rate 0 is as fast as possible.
//! keel-workload cpu [--seconds N] [--threads T]        burn CPU
//! keel-workload memory --mib N [--hold SECS]           allocate and touch N MiB, then hold
//! keel-workload exit CODE [--after-ms MS]              exit with CODE
//! keel-workload sleep [SECS]                           sleep; installs no signal handler
//! keel-workload signals [--exit-code N] [--ignore-term]
//!     print "signal NAME" for each SIGTERM/SIGINT/SIGHUP/SIGUSR1/SIGUSR2/SIGQUIT received;
//!     SIGTERM exits with CODE (default 0) unless --ignore-term
//! keel-workload get URL [--timeout-ms MS] [--retry-for-ms MS]
//!     exit 0 if http://HOST:PORT/PATH answers 200; refused connections are retried for MS
//! ```
//!
//! `sleep` deliberately handles no signal: as a container's PID 1 it then ignores SIGTERM, so a
//! stop must end in SIGKILL after the grace period.

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::signal::unix::{SignalKind, signal};

type Result<T> = std::result::Result<T, String>;

struct Args {
    positional: Vec<String>,
    flags: Vec<(String, Option<String>)>,
}

impl Args {
    fn parse(raw: &[String]) -> Self {
        let mut positional = Vec::new();
        let mut flags = Vec::new();
        let mut i = 0;
        while i < raw.len() {
            let arg = &raw[i];
            if let Some(name) = arg.strip_prefix("--") {
                if let Some((k, v)) = name.split_once('=') {
                    flags.push((k.to_string(), Some(v.to_string())));
                } else if raw.get(i + 1).is_some_and(|next| !next.starts_with("--")) {
                    flags.push((name.to_string(), Some(raw[i + 1].clone())));
                    i += 1;
                } else {
                    flags.push((name.to_string(), None));
                }
            } else {
                positional.push(arg.clone());
            }
            i += 1;
        }
        Self { positional, flags }
    }

    fn has(&self, name: &str) -> bool {
        self.flags.iter().any(|(k, _)| k == name)
    }

    fn value(&self, name: &str) -> Option<&str> {
        self.flags
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .and_then(|(_, v)| v.as_deref())
    }

    fn number<T: std::str::FromStr>(&self, name: &str, default: T) -> Result<T> {
        match self.value(name) {
            None => Ok(default),
            Some(v) => v
                .parse()
                .map_err(|_| format!("--{name}: '{v}' is not a number")),
        }
    }
}

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = raw.split_first() else {
        eprintln!("usage: keel-workload serve|log|cpu|memory|exit|sleep|signals|get ...");
        return ExitCode::from(2);
    };
    let args = Args::parse(rest);
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("keel-workload: {e}");
            return ExitCode::from(2);
        }
    };
    let result = runtime.block_on(async {
        match command.as_str() {
            "serve" => serve(&args).await,
            "log" => log(&args).await,
            "cpu" => cpu(&args),
            "memory" => memory(&args).await,
            "exit" => exit(&args).await,
            "sleep" => sleep(&args).await,
            "signals" => signals(&args).await,
            "get" => get(&args).await,
            other => Err(format!("unknown command '{other}'")),
        }
    });
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("keel-workload {command}: {e}");
            ExitCode::from(2)
        }
    }
}

async fn serve(args: &Args) -> Result<u8> {
    let port: u16 = args.number("port", 8080)?;
    let addr = args.value("addr").unwrap_or("0.0.0.0");
    let listener = TcpListener::bind((addr, port))
        .await
        .map_err(|e| format!("bind {addr}:{port}: {e}"))?;
    println!(
        "listening on {}",
        listener.local_addr().map_err(|e| e.to_string())?
    );
    let unhealthy = Arc::new(AtomicBool::new(false));
    if let Some(secs) = args.value("unhealthy-after") {
        let secs: f64 = secs
            .parse()
            .map_err(|_| "--unhealthy-after: not a number".to_string())?;
        let flag = unhealthy.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_secs_f64(secs)).await;
            flag.store(true, Ordering::SeqCst);
            println!("now unhealthy");
        });
    }
    let mut term = signal(SignalKind::terminate()).map_err(|e| e.to_string())?;
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let flag = unhealthy.clone();
                tokio::spawn(async move { let _ = answer(stream, flag).await; });
            }
            _ = term.recv() => {
                println!("signal SIGTERM");
                return Ok(0);
            }
        }
    }
}

async fn answer(mut stream: TcpStream, unhealthy: Arc<AtomicBool>) -> std::io::Result<()> {
    let mut buf = vec![0u8; 4096];
    let mut read = 0;
    // Read the request head (the workload ignores bodies).
    while read < buf.len() {
        let n = stream.read(&mut buf[read..]).await?;
        if n == 0 {
            break;
        }
        read += n;
        if buf[..read].windows(4).any(|w| w == b"\r\n\r\n") || buf[..read].ends_with(b"\n\n") {
            break;
        }
    }
    let head = String::from_utf8_lossy(&buf[..read]);
    let mut parts = head.lines().next().unwrap_or("").split_whitespace();
    let method = parts.next().unwrap_or("");
    let path = parts.next().unwrap_or("/");
    let (status, body) = match path {
        "/health" if unhealthy.load(Ordering::SeqCst) => ("503 Service Unavailable", "unhealthy"),
        "/health" => ("200 OK", "ok"),
        "/unhealthy" => {
            unhealthy.store(true, Ordering::SeqCst);
            ("200 OK", "now unhealthy")
        }
        "/healthy" => {
            unhealthy.store(false, Ordering::SeqCst);
            ("200 OK", "now healthy")
        }
        "/" => ("200 OK", "keel-workload"),
        _ => ("404 Not Found", "not found"),
    };
    println!("{method} {path} {}", &status[..3]);
    let response = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(response.as_bytes()).await?;
    stream.shutdown().await
}

async fn log(args: &Args) -> Result<u8> {
    let count: u64 = args.number("count", 10)?;
    let rate: f64 = args.number("rate", 0.0)?;
    let size: usize = args.number("size", 0)?;
    let which = args.value("stream").unwrap_or("stdout");
    if !matches!(which, "stdout" | "stderr" | "both") {
        return Err(format!("--stream: '{which}' is not stdout, stderr or both"));
    }
    // Handle SIGTERM from the start: a stop may arrive before the last line's pacing sleep ends,
    // and PID 1 without a handler ignores SIGTERM.
    let mut term = match args.value("then") {
        Some("sleep") => Some(signal(SignalKind::terminate()).map_err(|e| e.to_string())?),
        Some(other) => return Err(format!("--then: '{other}' is not sleep")),
        None => None,
    };
    let started = Instant::now();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    for seq in 1..=count {
        let to_stderr = which == "stderr" || (which == "both" && seq % 2 == 0);
        let name = if to_stderr { "stderr" } else { "stdout" };
        let mut line = format!("seq={seq} stream={name} ");
        if line.len() < size {
            line.extend(std::iter::repeat_n('x', size - line.len()));
        }
        line.push('\n');
        let written = if to_stderr {
            stderr.lock().write_all(line.as_bytes())
        } else {
            let mut out = stdout.lock();
            out.write_all(line.as_bytes()).and_then(|_| out.flush())
        };
        written.map_err(|e| e.to_string())?;
        if rate > 0.0 {
            let due = started + Duration::from_secs_f64(seq as f64 / rate);
            match term.as_mut() {
                // A stop while pacing ends the run, as it would once the lines are out.
                Some(term) => tokio::select! {
                    _ = tokio::time::sleep_until(due.into()) => {}
                    _ = term.recv() => return Ok(0),
                },
                None => tokio::time::sleep_until(due.into()).await,
            }
        }
    }
    if let Some(term) = term.as_mut() {
        term.recv().await;
    }
    Ok(0)
}

fn cpu(args: &Args) -> Result<u8> {
    let seconds: f64 = args.number("seconds", 10.0)?;
    let threads: usize = args.number("threads", 1)?;
    let deadline = Instant::now() + Duration::from_secs_f64(seconds);
    let workers: Vec<_> = (0..threads.max(1))
        .map(|_| {
            std::thread::spawn(move || {
                let mut x: u64 = 1;
                while Instant::now() < deadline {
                    for _ in 0..100_000 {
                        x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    }
                }
                x
            })
        })
        .collect();
    let mut sum = 0u64;
    for w in workers {
        sum = sum.wrapping_add(w.join().map_err(|_| "worker panicked".to_string())?);
    }
    println!("burned {seconds}s on {threads} threads ({sum:x})");
    Ok(0)
}

async fn memory(args: &Args) -> Result<u8> {
    let mib: usize = args.number("mib", 64)?;
    let hold: f64 = args.number("hold", 3600.0)?;
    let mut blocks: Vec<Vec<u8>> = Vec::with_capacity(mib);
    for i in 0..mib {
        // Touch every page so the memory is really used.
        blocks.push(vec![(i % 251) as u8 + 1; 1 << 20]);
        if (i + 1) % 16 == 0 {
            println!("allocated {} MiB", i + 1);
        }
    }
    println!("holding {mib} MiB");
    tokio::time::sleep(Duration::from_secs_f64(hold)).await;
    Ok(u8::from(blocks.is_empty()))
}

async fn exit(args: &Args) -> Result<u8> {
    let code: u8 = args
        .positional
        .first()
        .map(|c| {
            c.parse()
                .map_err(|_| format!("'{c}' is not an exit code 0-255"))
        })
        .transpose()?
        .unwrap_or(0);
    let after: u64 = args.number("after-ms", 0)?;
    tokio::time::sleep(Duration::from_millis(after)).await;
    println!("exiting with {code}");
    Ok(code)
}

async fn sleep(args: &Args) -> Result<u8> {
    let secs: f64 = match args.positional.first() {
        Some(s) => s
            .parse()
            .map_err(|_| format!("'{s}' is not a number of seconds"))?,
        None => 3600.0,
    };
    tokio::time::sleep(Duration::from_secs_f64(secs)).await;
    Ok(0)
}

async fn signals(args: &Args) -> Result<u8> {
    let code: u8 = args.number("exit-code", 0)?;
    let ignore_term = args.has("ignore-term");
    let kinds = [
        ("SIGTERM", SignalKind::terminate()),
        ("SIGINT", SignalKind::interrupt()),
        ("SIGHUP", SignalKind::hangup()),
        ("SIGUSR1", SignalKind::user_defined1()),
        ("SIGUSR2", SignalKind::user_defined2()),
        ("SIGQUIT", SignalKind::quit()),
    ];
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    for (name, kind) in kinds {
        let mut stream = signal(kind).map_err(|e| e.to_string())?;
        let tx = tx.clone();
        tokio::spawn(async move {
            while stream.recv().await.is_some() {
                if tx.send(name).is_err() {
                    return;
                }
            }
        });
    }
    println!("waiting for signals");
    while let Some(name) = rx.recv().await {
        println!("signal {name}");
        if name == "SIGTERM" && !ignore_term {
            return Ok(code);
        }
    }
    Ok(code)
}

async fn get(args: &Args) -> Result<u8> {
    let url = args
        .positional
        .first()
        .ok_or_else(|| "get needs a URL".to_string())?;
    let timeout: u64 = args.number("timeout-ms", 2000)?;
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| format!("'{url}' is not an http:// URL"))?;
    let (host, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let retry_for: u64 = args.number("retry-for-ms", 0)?;
    let give_up = Instant::now() + Duration::from_millis(retry_for);
    let request = async {
        let mut stream = loop {
            match TcpStream::connect(host).await {
                Ok(stream) => break stream,
                Err(_) if Instant::now() < give_up => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(e) => return Err(format!("connect {host}: {e}")),
            }
        };
        let head = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        stream
            .write_all(head.as_bytes())
            .await
            .map_err(|e| e.to_string())?;
        let mut response = Vec::new();
        stream
            .read_to_end(&mut response)
            .await
            .map_err(|e| e.to_string())?;
        Ok::<_, String>(String::from_utf8_lossy(&response).into_owned())
    };
    let limit = Duration::from_millis(retry_for + timeout);
    let response = tokio::time::timeout(limit, request)
        .await
        .map_err(|_| format!("no answer from {url} within {} ms", limit.as_millis()))??;
    let status = response.lines().next().unwrap_or("").to_string();
    println!("{status}");
    Ok(if status.split_whitespace().nth(1) == Some("200") {
        0
    } else {
        1
    })
}
