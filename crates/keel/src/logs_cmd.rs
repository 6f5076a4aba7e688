//! `keel logs GROUP`: a log group's events for people, oldest first, through CloudWatch Logs'
//! `FilterLogEvents` (as `aws logs tail` shows them), with `--follow` polling for new ones.

use std::collections::HashSet;
use std::ffi::OsStr;
use std::io::{IsTerminal as _, Write};
use std::time::Duration;

use anyhow::bail;
use serde_json::{Value, json};

use crate::cli::LogsArgs;
use crate::sigv4_client::{ApiError, Client};

const TARGET: &str = "Logs_20140328.FilterLogEvents";
/// The signing name of CloudWatch Logs.
const SERVICE: &str = "logs";
/// How long `--follow` waits between two polls.
const FOLLOW_INTERVAL: Duration = Duration::from_millis(500);
/// How long one call may take before the server counts as unreachable.
const CALL_TIMEOUT: Duration = Duration::from_secs(30);

/// `--since`: a duration back from `now_ms` (`30s`, `10m`, `1h`, `2d`, `1h30m`) or an RFC 3339
/// time (`2026-12-02T10:00:00Z`, `2026-12-02T11:00:00.5+01:00`; a bare date is midnight UTC).
/// Milliseconds since the epoch.
pub fn parse_since(text: &str, now_ms: i64) -> Result<i64, String> {
    let text = text.trim();
    if let Ok(duration) = humantime::parse_duration(text) {
        let ms = i64::try_from(duration.as_millis()).unwrap_or(i64::MAX);
        return Ok(now_ms.saturating_sub(ms));
    }
    if let Some(ms) = keel_types::time::parse_iso8601_ms(text) {
        return Ok(ms);
    }
    Err(format!(
        "--since {text:?}: expected a duration like 30s, 10m, 1h or 2d, or an RFC 3339 time \
         like 2026-12-02T10:00:00Z"
    ))
}

/// ANSI foreground colours for stream names (no black, white or grey: they vanish on some
/// backgrounds).
const PALETTE: [u8; 12] = [31, 32, 33, 34, 35, 36, 91, 92, 93, 94, 95, 96];

/// The colour of a stream: the same name always gets the same one.
pub fn stream_colour(stream: &str) -> u8 {
    let hash = keel_types::ids::stable_hash(stream);
    PALETTE[(hash % PALETTE.len() as u64) as usize]
}

/// Whether to colour: only on a terminal, and not with `--no-color` or a non-empty `NO_COLOR`
/// (<https://no-color.org>).
pub fn use_colour(no_color_flag: bool, no_color_env: Option<&OsStr>, terminal: bool) -> bool {
    terminal && !no_color_flag && no_color_env.is_none_or(OsStr::is_empty)
}

/// One event as FilterLogEvents answers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub timestamp: i64,
    pub stream: String,
    pub message: String,
    pub id: String,
}

impl Event {
    fn from_json(v: &Value) -> Option<Event> {
        let stream = v["logStreamName"].as_str().unwrap_or_default().to_string();
        let message = v["message"].as_str().unwrap_or_default().to_string();
        let id = match v["eventId"].as_str() {
            Some(id) => id.to_string(),
            // Without an id, the stream and message stand in for it.
            None => format!("{stream}\n{message}"),
        };
        Some(Event {
            timestamp: v["timestamp"].as_i64()?,
            stream,
            message,
            id,
        })
    }
}

/// `2026-12-02T19:46:30.123Z web/app/1 the message`, the stream name coloured when asked.
/// A message's trailing line break is dropped, so each event ends one line.
pub fn format_line(event: &Event, colour: bool) -> String {
    let time = keel_types::time::format_iso8601_millis_utc(event.timestamp);
    let message = event.message.trim_end_matches(['\n', '\r']);
    if colour {
        let code = stream_colour(&event.stream);
        format!("{time} \x1b[{code}m{}\x1b[0m {message}", event.stream)
    } else {
        format!("{time} {} {message}", event.stream)
    }
}

/// What has been printed, so that a poll from the newest timestamp seen prints nothing twice:
/// that timestamp, and the ids of the events printed at it (as `aws logs tail --follow`).
#[derive(Debug, Default)]
pub struct Seen {
    newest: Option<i64>,
    at_newest: HashSet<String>,
}

impl Seen {
    /// Where the next poll starts: the newest timestamp printed, else `since`.
    pub fn start_time(&self, since: i64) -> i64 {
        self.newest.map_or(since, |t| t.max(since))
    }

    /// Whether an event is new (and is now counted as printed). Events are expected in
    /// timestamp order; one older than the newest printed was passed over already.
    pub fn admit(&mut self, timestamp: i64, id: &str) -> bool {
        match self.newest {
            Some(newest) if timestamp < newest => false,
            Some(newest) if timestamp == newest => self.at_newest.insert(id.to_string()),
            _ => {
                self.newest = Some(timestamp);
                self.at_newest.clear();
                self.at_newest.insert(id.to_string());
                true
            }
        }
    }
}

/// The FilterLogEvents input for one page.
pub fn request(
    group: &str,
    stream_prefix: Option<&str>,
    filter: Option<&str>,
    start_ms: i64,
    next_token: Option<&str>,
) -> Value {
    let mut input = json!({"startTime": start_ms});
    if group.starts_with("arn:") {
        // DescribeLogGroups' `arn` ends with `:*`, which logGroupIdentifier does not take.
        input["logGroupIdentifier"] = json!(group.strip_suffix(":*").unwrap_or(group));
    } else {
        input["logGroupName"] = json!(group);
    }
    if let Some(prefix) = stream_prefix {
        input["logStreamNamePrefix"] = json!(prefix);
    }
    if let Some(filter) = filter {
        input["filterPattern"] = json!(filter);
    }
    if let Some(token) = next_token {
        input["nextToken"] = json!(token);
    }
    input
}

/// Why printing stopped.
#[derive(Debug)]
enum Failure {
    /// The server answered with an error.
    Api(anyhow::Error),
    /// No answer: not listening, the connection broke, or too slow.
    Unreachable(anyhow::Error),
    /// Stdout went away (e.g. `keel logs G | head`).
    Output(std::io::Error),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Api(err) | Failure::Unreachable(err) => write!(f, "{err:#}"),
            Failure::Output(err) => write!(f, "writing to stdout: {err}"),
        }
    }
}

impl Failure {
    /// Whether `--follow` should keep trying.
    fn transient(&self) -> bool {
        match self {
            Failure::Unreachable(_) => true,
            Failure::Api(err) => err.downcast_ref::<ApiError>().is_some_and(|e| {
                matches!(
                    e.code.as_str(),
                    "ThrottlingException" | "ServiceUnavailableException"
                )
            }),
            Failure::Output(_) => false,
        }
    }
}

struct Tail<'a> {
    client: &'a Client,
    args: &'a LogsArgs,
    since: i64,
    colour: bool,
    seen: Seen,
}

impl Tail<'_> {
    async fn call(&self, input: &Value) -> Result<Value, Failure> {
        match tokio::time::timeout(CALL_TIMEOUT, self.client.json(SERVICE, TARGET, input)).await {
            Err(_) => Err(Failure::Unreachable(anyhow::anyhow!(
                "no answer from {}:{} within {}s",
                self.client.endpoint.host,
                self.client.endpoint.port,
                CALL_TIMEOUT.as_secs()
            ))),
            Ok(Ok(value)) => Ok(value),
            Ok(Err(err)) => match err.downcast_ref::<ApiError>() {
                Some(api) if api.code == "ResourceNotFoundException" => {
                    Err(Failure::Api(anyhow::anyhow!(
                        "log group {} does not exist (ResourceNotFoundException: {})",
                        self.args.group,
                        api.message
                    )))
                }
                Some(_) => Err(Failure::Api(err)),
                None => Err(Failure::Unreachable(err)),
            },
        }
    }

    /// Prints every event from the newest printed on (or `--since`), page by page.
    async fn poll(&mut self, out: &mut dyn Write) -> Result<(), Failure> {
        let start = self.seen.start_time(self.since);
        let mut token: Option<String> = None;
        loop {
            let input = request(
                &self.args.group,
                self.args.stream.as_deref(),
                self.args.filter.as_deref(),
                start,
                token.as_deref(),
            );
            let page = self.call(&input).await?;
            for event in page["events"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Event::from_json)
            {
                if self.seen.admit(event.timestamp, &event.id) {
                    writeln!(out, "{}", format_line(&event, self.colour))
                        .map_err(Failure::Output)?;
                }
            }
            out.flush().map_err(Failure::Output)?;
            match page["nextToken"].as_str() {
                // A server repeating a token would otherwise be asked forever.
                Some(next) if token.as_deref() != Some(next) => token = Some(next.to_string()),
                _ => return Ok(()),
            }
        }
    }

    async fn follow(&mut self, out: &mut dyn Write) -> Result<(), Failure> {
        let mut failing = false;
        loop {
            tokio::time::sleep(FOLLOW_INTERVAL).await;
            match self.poll(out).await {
                Ok(()) if failing => {
                    eprintln!("keel logs: reconnected");
                    failing = false;
                }
                Ok(()) => {}
                Err(err) if err.transient() => {
                    if !failing {
                        eprintln!("keel logs: {err}; retrying");
                        failing = true;
                    }
                }
                Err(err) => return Err(err),
            }
        }
    }
}

/// Resolves when the process is asked to stop (Ctrl-C or SIGTERM).
async fn stop_requested() {
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        () = terminate => {}
    }
}

pub async fn run(args: LogsArgs) -> anyhow::Result<()> {
    let now = keel_types::time::now_millis();
    let since = match parse_since(&args.since, now) {
        Ok(since) => since,
        Err(message) => bail!(message),
    };
    let client = Client::from_environment(args.endpoint.endpoint.as_deref())?;
    let colour = use_colour(
        args.no_color,
        std::env::var_os("NO_COLOR").as_deref(),
        std::io::stdout().is_terminal(),
    );
    let mut tail = Tail {
        client: &client,
        args: &args,
        since,
        colour,
        seen: Seen::default(),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let work = async {
        tail.poll(&mut out).await?;
        if args.follow {
            tail.follow(&mut out).await?;
        }
        Ok::<(), Failure>(())
    };
    let outcome = tokio::select! {
        outcome = work => outcome,
        () = stop_requested() => Ok(()),
    };
    match outcome {
        Ok(()) => Ok(()),
        Err(Failure::Output(err)) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(Failure::Output(err)) => Err(anyhow::Error::new(err).context("writing to stdout")),
        Err(Failure::Api(err) | Failure::Unreachable(err)) => Err(err),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_796_000_000_000;

    #[test]
    fn since_takes_durations_back_from_now() {
        assert_eq!(parse_since("30s", NOW), Ok(NOW - 30_000));
        assert_eq!(parse_since("10m", NOW), Ok(NOW - 600_000));
        assert_eq!(parse_since("1h", NOW), Ok(NOW - 3_600_000));
        assert_eq!(parse_since("2d", NOW), Ok(NOW - 2 * 86_400_000));
        assert_eq!(parse_since("1h30m", NOW), Ok(NOW - 5_400_000));
        assert_eq!(parse_since(" 0s ", NOW), Ok(NOW));
    }

    #[test]
    fn since_takes_rfc3339_times() {
        assert_eq!(
            parse_since("2026-12-02T10:00:00Z", NOW),
            Ok(keel_types::time::parse_iso8601_ms("2026-12-02T10:00:00Z").unwrap())
        );
        let utc = parse_since("2026-12-02T10:00:00.250Z", NOW).unwrap();
        assert_eq!(parse_since("2026-12-02T11:00:00.250+01:00", NOW), Ok(utc));
        assert_eq!(utc % 1000, 250);
        assert_eq!(
            parse_since("2026-12-02", NOW),
            parse_since("2026-12-02T00:00:00Z", NOW)
        );
    }

    #[test]
    fn since_refuses_the_rest() {
        for bad in [
            "",
            "10",
            "ten minutes ago",
            "-5m",
            "2026-13-02T10:00:00Z",
            "yesterday",
        ] {
            let err = parse_since(bad, NOW).unwrap_err();
            assert!(err.contains("expected a duration"), "{bad:?}: {err}");
        }
    }

    #[test]
    fn stream_colours_are_stable_and_spread() {
        assert_eq!(stream_colour("web/app/1"), stream_colour("web/app/1"));
        // Pinned: the colour of a name must not change between versions.
        assert_eq!(
            stream_colour(""),
            PALETTE[(0xcbf2_9ce4_8422_2325u64 % 12) as usize]
        );
        let names: Vec<String> = (0..24).map(|i| format!("web/app/{i}")).collect();
        let colours: HashSet<u8> = names.iter().map(|n| stream_colour(n)).collect();
        assert!(colours.iter().all(|c| PALETTE.contains(c)));
        assert!(colours.len() >= 6, "24 streams got only {colours:?}");
    }

    #[test]
    fn colour_only_on_a_terminal_without_no_color() {
        assert!(use_colour(false, None, true));
        assert!(!use_colour(false, None, false));
        assert!(!use_colour(true, None, true));
        assert!(!use_colour(false, Some(OsStr::new("1")), true));
        // NO_COLOR counts only when it is not empty.
        assert!(use_colour(false, Some(OsStr::new("")), true));
    }

    fn event(timestamp: i64, stream: &str, message: &str) -> Event {
        Event {
            timestamp,
            stream: stream.into(),
            message: message.into(),
            id: format!("{timestamp}-{message}"),
        }
    }

    #[test]
    fn lines_are_time_stream_message() {
        let e = event(
            keel_types::time::parse_iso8601_ms("2026-12-02T19:46:30.123Z").unwrap(),
            "web/app/1",
            "hello world\n",
        );
        assert_eq!(
            format_line(&e, false),
            "2026-12-02T19:46:30.123Z web/app/1 hello world"
        );
        let code = stream_colour("web/app/1");
        assert_eq!(
            format_line(&e, true),
            format!("2026-12-02T19:46:30.123Z \x1b[{code}mweb/app/1\x1b[0m hello world")
        );
        // Only the trailing break goes: a multi-line message keeps its lines.
        let e = event(0, "s", "a\nb\r\n");
        assert_eq!(format_line(&e, false), "1970-01-01T00:00:00.000Z s a\nb");
    }

    #[test]
    fn events_are_read_from_filter_log_events() {
        let v = json!({"logStreamName": "s", "timestamp": 5, "message": "m", "eventId": "id1",
                       "ingestionTime": 6});
        assert_eq!(
            Event::from_json(&v),
            Some(Event {
                timestamp: 5,
                stream: "s".into(),
                message: "m".into(),
                id: "id1".into()
            })
        );
        assert_eq!(Event::from_json(&json!({"message": "no time"})), None);
    }

    #[test]
    fn follow_prints_nothing_twice() {
        let mut seen = Seen::default();
        assert_eq!(seen.start_time(100), 100);
        assert!(seen.admit(100, "a"));
        assert!(seen.admit(200, "b"));
        assert!(seen.admit(200, "c"));
        assert_eq!(seen.start_time(100), 200);
        // The next poll starts at 200 and gets b and c again, then something new at 200.
        assert!(!seen.admit(200, "b"));
        assert!(!seen.admit(200, "c"));
        assert!(seen.admit(200, "d"));
        // A newer timestamp moves the mark and forgets the ids of the old one.
        assert!(seen.admit(300, "e"));
        assert!(!seen.admit(300, "e"));
        assert_eq!(seen.at_newest.len(), 1);
        // Older than the mark: already passed over.
        assert!(!seen.admit(200, "late"));
        assert_eq!(seen.start_time(100), 300);
        // --since later than anything printed wins.
        assert_eq!(seen.start_time(400), 400);
    }

    #[test]
    fn requests_name_the_group_prefix_filter_and_token() {
        assert_eq!(
            request("/ecs/web", None, None, 7, None),
            json!({"startTime": 7, "logGroupName": "/ecs/web"})
        );
        assert_eq!(
            request("/ecs/web", Some("web/"), Some("ERROR"), 7, Some("tok")),
            json!({"startTime": 7, "logGroupName": "/ecs/web", "logStreamNamePrefix": "web/",
                   "filterPattern": "ERROR", "nextToken": "tok"})
        );
        let arn = "arn:aws:logs:us-east-1:000000000000:log-group:/ecs/web";
        assert_eq!(
            request(arn, None, None, 7, None),
            json!({"startTime": 7, "logGroupIdentifier": arn})
        );
        assert_eq!(
            request(&format!("{arn}:*"), None, None, 7, None),
            json!({"startTime": 7, "logGroupIdentifier": arn})
        );
    }
}
