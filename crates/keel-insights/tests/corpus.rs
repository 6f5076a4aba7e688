//! A fixed corpus with answers known without running the engine: 1,000 JSON events one second
//! apart from 2026-01-01T00:00:00Z, event `i` having
//! `latency = i % 100 + 1` (each of 1..=100 ten times), `service = ["api","web","db"][i % 3]`,
//! `level = ERROR` when `i % 10 == 0` (else INFO), and 200 access-log lines.

use keel_insights::{Event, Query};

const T0: i64 = 1_767_225_600_000; // 2026-01-01 00:00:00 UTC
const SERVICES: [&str; 3] = ["api", "web", "db"];

struct Corpus {
    messages: Vec<String>,
}

fn json_corpus() -> Corpus {
    let messages = (0..1000)
        .map(|i| {
            format!(
                r#"{{"latency":{},"service":"{}","level":"{}","req":{{"path":"/p/{}","tags":["t{}","x"]}}}}"#,
                i % 100 + 1,
                SERVICES[i % 3],
                if i % 10 == 0 { "ERROR" } else { "INFO" },
                i % 7,
                i % 2
            )
        })
        .collect();
    Corpus { messages }
}

fn access_corpus() -> Corpus {
    let messages = (0..200)
        .map(|i| {
            let status = if i % 4 == 0 { 500 } else { 200 };
            format!(
                "10.0.0.{} GET /api/users/{} {status} {}ms",
                i % 5,
                i,
                i % 50
            )
        })
        .collect();
    Corpus { messages }
}

fn run(corpus: &Corpus, query: &str) -> Vec<Vec<(String, String)>> {
    let q = Query::parse(query).unwrap_or_else(|e| panic!("{query}: {e}"));
    let mut exec = q.run(None);
    for (i, m) in corpus.messages.iter().enumerate() {
        exec.push(&Event {
            timestamp: T0 + i as i64 * 1000,
            ingestion_time: T0 + i as i64 * 1000 + 5,
            log_stream: if i % 2 == 0 { "even" } else { "odd" },
            log: "000000000000:corpus",
            message: m,
            id: i as u128,
        });
    }
    exec.results().rows.into_iter().map(|r| r.fields).collect()
}

fn one(corpus: &Corpus, query: &str, field: &str) -> String {
    let rows = run(corpus, query);
    assert_eq!(rows.len(), 1, "{query}: {rows:?}");
    rows[0]
        .iter()
        .find(|(f, _)| f == field)
        .map(|(_, v)| v.clone())
        .unwrap_or_else(|| panic!("{query}: no {field} in {rows:?}"))
}

fn pairs(rows: &[Vec<(String, String)>], a: &str, b: &str) -> Vec<(String, String)> {
    rows.iter()
        .map(|r| {
            let get = |f: &str| {
                r.iter()
                    .find(|(k, _)| k == f)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default()
            };
            (get(a), get(b))
        })
        .collect()
}

#[test]
fn counts() {
    let c = json_corpus();
    assert_eq!(one(&c, "stats count(*)", "count(*)"), "1000");
    assert_eq!(one(&c, "stats count()", "count()"), "1000");
    assert_eq!(one(&c, "stats count(nosuch) as n", "n"), "0");
    assert_eq!(
        one(&c, r#"filter level = "ERROR" | stats count(*) as n"#, "n"),
        "100"
    );
    assert_eq!(
        one(
            &c,
            r#"filter @message like /"level":"ERROR"/ | stats count(*) as n"#,
            "n"
        ),
        "100"
    );
    assert_eq!(one(&c, "stats count_distinct(service) as d", "d"), "3");
    assert_eq!(one(&c, "stats count_distinct(latency) as d", "d"), "100");
    assert_eq!(
        one(&c, "filter latency in [1, 2, 3] | stats count(*) as n", "n"),
        "30"
    );
    let expected = (0..1000usize)
        .filter(|i| i % 100 + 1 >= 95 && SERVICES[i % 3] != "api")
        .count();
    assert_eq!(
        one(
            &c,
            r#"filter latency >= 95 and not (service = "api") | stats count(*) as n"#,
            "n"
        ),
        expected.to_string()
    );
    // Nested JSON and arrays as CloudWatch names them.
    assert_eq!(
        one(&c, r#"filter req.tags.0 = "t1" | stats count(*) as n"#, "n"),
        "500"
    );
    assert_eq!(
        one(&c, r#"filter req.path = "/p/3" | stats count(*) as n"#, "n"),
        (0..1000).filter(|i| i % 7 == 3).count().to_string()
    );
}

#[test]
fn grouped_counts_come_in_group_order() {
    let c = json_corpus();
    let rows = run(&c, "stats count(*) as n by service");
    assert_eq!(
        pairs(&rows, "service", "n"),
        vec![
            ("api".to_string(), "334".to_string()),
            ("db".to_string(), "333".to_string()),
            ("web".to_string(), "333".to_string()),
        ]
    );
    assert_eq!(rows[0][0].0, "service", "group fields come first");
}

#[test]
fn aggregates_have_known_values() {
    let c = json_corpus();
    assert_eq!(one(&c, "stats sum(latency) as s", "s"), "50500");
    assert_eq!(one(&c, "stats avg(latency) as a", "a"), "50.5");
    assert_eq!(one(&c, "stats min(latency) as m", "m"), "1");
    assert_eq!(one(&c, "stats max(latency) as m", "m"), "100");
    assert_eq!(one(&c, "stats earliest(latency) as e", "e"), "1");
    assert_eq!(one(&c, "stats latest(latency) as l", "l"), "100");
    assert_eq!(
        one(&c, "stats sum(latency) / count(*) as mean", "mean"),
        "50.5"
    );
    // Sample standard deviation of 1..=100, each ten times.
    let n = 1000.0f64;
    let mean = 50.5;
    let ss: f64 = (0..1000)
        .map(|i| ((i % 100 + 1) as f64 - mean).powi(2))
        .sum();
    let expected = (ss / (n - 1.0)).sqrt();
    let got: f64 = one(&c, "stats stddev(latency) as sd", "sd")
        .parse()
        .unwrap();
    assert!((got - expected).abs() < 1e-9, "{got} vs {expected}");
    assert!((got - 28.880_5).abs() < 1e-3);
}

#[test]
fn percentiles_are_nearest_rank() {
    let c = json_corpus();
    // 1..=100 ten times each: the value with p% of values at or below it is p itself.
    for (p, want) in [
        (0, "1"),
        (1, "1"),
        (50, "50"),
        (90, "90"),
        (95, "95"),
        (99, "99"),
        (100, "100"),
    ] {
        let q = format!("stats pct(latency, {p}) as v");
        assert_eq!(one(&c, &q, "v"), want, "p{p}");
    }
    // Odd sizes: of 1..=7 (filtered), p50 is the 4th value.
    assert_eq!(
        one(
            &c,
            "filter latency <= 7 and @logStream = \"even\" | stats pct(latency, 50) as v",
            "v"
        ),
        // latency <= 7 on even i: latency is odd (i even → i%100 even → +1 odd): 1,3,5,7 × 5
        // each → 20 values, rank ceil(10) = 10th → 3.
        "3"
    );
}

#[test]
fn bins_floor_to_the_period() {
    let c = json_corpus();
    let rows = run(&c, "stats count(*) by bin(1m)");
    assert_eq!(rows.len(), 17);
    assert_eq!(
        rows[0][0],
        ("bin(1m)".into(), "2026-01-01 00:00:00.000".into())
    );
    assert_eq!(rows[0][1], ("count(*)".into(), "60".into()));
    assert_eq!(rows[16][0].1, "2026-01-01 00:16:00.000");
    assert_eq!(rows[16][1].1, "40");
    let rows = run(&c, "stats count(*) as n by bin(5m) as t | sort t desc");
    assert_eq!(
        pairs(&rows, "t", "n"),
        vec![
            ("2026-01-01 00:15:00.000".into(), "100".into()),
            ("2026-01-01 00:10:00.000".into(), "300".into()),
            ("2026-01-01 00:05:00.000".into(), "300".into()),
            ("2026-01-01 00:00:00.000".into(), "300".into()),
        ]
    );
    let rows = run(
        &c,
        "fields datefloor(@timestamp, 1h) as h, dateceil(@timestamp, 1h) as c | limit 1",
    );
    assert_eq!(rows[0][0].1, "2026-01-01 00:00:00.000");
    assert_eq!(rows[0][1].1, "2026-01-01 01:00:00.000");
}

#[test]
fn event_queries_default_to_newest_first_and_carry_pointers() {
    let c = json_corpus();
    let q = Query::parse("fields latency | limit 2").unwrap();
    let mut exec = q.run(None);
    for (i, m) in c.messages.iter().enumerate() {
        exec.push(&Event {
            timestamp: T0 + i as i64 * 1000,
            ingestion_time: 0,
            log_stream: "s",
            log: "000000000000:corpus",
            message: m,
            id: i as u128,
        });
    }
    let rows = exec.results().rows;
    assert_eq!(rows.len(), 2);
    assert_eq!(
        rows[0].event,
        Some(("000000000000:corpus".to_string(), 999))
    );
    assert_eq!(rows[1].event.as_ref().unwrap().1, 998);
    assert_eq!(
        rows[0].fields,
        vec![("latency".to_string(), "100".to_string())]
    );
    let c = exec.counters();
    assert_eq!((c.records_scanned, c.records_matched), (1000, 1000));

    let rows = run(&json_corpus(), "filter level = \"ERROR\"");
    assert_eq!(rows.len(), 100);
    assert_eq!(
        rows[0][0],
        ("@timestamp".into(), "2026-01-01 00:16:30.000".into())
    );
    assert_eq!(rows[0][1].0, "@message");
}

#[test]
fn sorting_and_limits() {
    let c = json_corpus();
    let rows = run(
        &c,
        "fields @timestamp, latency | sort latency desc, @timestamp asc | limit 3",
    );
    assert_eq!(
        pairs(&rows, "@timestamp", "latency"),
        vec![
            ("2026-01-01 00:01:39.000".into(), "100".into()),
            ("2026-01-01 00:03:19.000".into(), "100".into()),
            ("2026-01-01 00:04:59.000".into(), "100".into()),
        ]
    );
    let rows = run(&c, "sort @timestamp asc | limit 1 | fields latency");
    assert_eq!(rows, vec![vec![("latency".to_string(), "1".to_string())]]);
    assert_eq!(run(&c, "fields latency").len(), 1000);
    assert_eq!(run(&c, "fields latency | limit 25").len(), 25);
}

#[test]
fn dedup_keeps_the_first_in_order() {
    let c = json_corpus();
    let rows = run(&c, "fields service | sort @timestamp desc | dedup service");
    let services: Vec<&str> = rows.iter().map(|r| r[0].1.as_str()).collect();
    assert_eq!(services, vec!["api", "db", "web"]); // i = 999, 998, 997
}

#[test]
fn parse_glob_and_regex() {
    let c = access_corpus();
    assert_eq!(
        one(
            &c,
            r#"parse @message "* GET * * *ms" as ip, path, status, ms | filter status = 500 | stats count(*) as n"#,
            "n"
        ),
        "50"
    );
    let rows = run(
        &c,
        r#"parse @message /GET (?<path>\S+) (?<status>\d+) (?<ms>\d+)ms/ | stats avg(ms) as a, max(ms) as m by status"#,
    );
    // ms = i % 50 over 200 lines; status 500 when i % 4 == 0 → ms ∈ {0,4,...,48}, each 2 times.
    let avg500: f64 = (0..200)
        .filter(|i| i % 4 == 0)
        .map(|i| (i % 50) as f64)
        .sum::<f64>()
        / 50.0;
    let avg200: f64 = (0..200)
        .filter(|i| i % 4 != 0)
        .map(|i| (i % 50) as f64)
        .sum::<f64>()
        / 150.0;
    assert_eq!(
        rows,
        vec![
            vec![
                ("status".into(), "200".into()),
                ("a".into(), keel_insights::format_number(avg200)),
                ("m".into(), "49".into())
            ],
            vec![
                ("status".into(), "500".into()),
                ("a".into(), keel_insights::format_number(avg500)),
                ("m".into(), "48".into())
            ],
        ]
    );
    // Chained parse, and a field of a non-matching row stays absent.
    let rows = run(
        &c,
        r#"parse @message "GET * " as url | parse url "/api/*/*" as kind, id | filter id = 7 | fields kind, id, nothere"#,
    );
    assert_eq!(
        rows,
        vec![vec![
            ("kind".into(), "users".into()),
            ("id".into(), "7".into())
        ]]
    );
}

#[test]
fn functions() {
    let c = access_corpus();
    let rows = run(
        &c,
        r#"filter @message like "/users/3 " | fields strlen(@logStream) as a, toupper(@logStream) as b, concat(@logStream, "-", 1) as c, substr(@message, 0, 8) as d, replace(@logStream, "d", "D") as e, abs(-2.5) as f, ceil(2.1) as g, floor(-2.1) as h, 2 ^ 10 % 1000 as i, ispresent(nosuch) as j, isempty(nosuch) as k, coalesce(nosuch, "z") as l, greatest(1, 5, 3) as m, trim("xxaxx", "x") as n, strcontains(@message, "GET") as o"#,
    );
    let want: Vec<(&str, &str)> = vec![
        ("a", "3"),
        ("b", "ODD"),
        ("c", "odd-1"),
        ("d", "10.0.0.3"),
        ("e", "oDD"),
        ("f", "2.5"),
        ("g", "3"),
        ("h", "-3"),
        ("i", "24"),
        ("j", "false"),
        ("k", "true"),
        ("l", "z"),
        ("m", "5"),
        ("n", "a"),
        ("o", "1"),
    ];
    let want: Vec<(String, String)> = want
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(rows, vec![want]);
}

#[test]
fn multiple_stats() {
    let c = json_corpus();
    let rows = run(
        &c,
        "stats count(*) as n by service, level | stats sum(n) as total, count(*) as groups",
    );
    assert_eq!(
        rows,
        vec![vec![
            ("total".into(), "1000".into()),
            ("groups".into(), "6".into())
        ]]
    );
}

#[test]
fn display_replaces_what_fields_chose() {
    let c = json_corpus();
    let rows = run(&c, "fields latency, service | display service | limit 1");
    assert_eq!(rows, vec![vec![("service".to_string(), "api".to_string())]]); // i = 999
    let rows = run(&c, "fields latency | fields service | limit 1");
    assert_eq!(rows[0].len(), 2, "fields adds: {rows:?}");
}
