//! Parse errors say where; printing gives text that parses back to the same query; no input
//! makes the parser or a run panic.

use keel_insights::{Event, Query};
use proptest::prelude::*;

fn error(query: &str) -> (usize, usize, String) {
    let err = Query::parse(query).expect_err(query);
    (err.start(), err.end(), err.message().to_string())
}

#[test]
fn errors_point_at_the_offending_text() {
    let cases: &[(&str, usize, &str)] = &[
        ("fields a |", 10, "expected a command"),
        ("feilds a", 0, "unknown command 'feilds'"),
        ("fields a b", 9, "expected '|'"),
        ("filter a = ", 11, "ends where a value was expected"),
        ("filter a = \"x", 11, "unterminated string"),
        (
            "filter a like 3",
            14,
            "expected a string or a /regular expression/",
        ),
        ("filter a like /(/", 14, "invalid regular expression"),
        ("stats count(*) by", 17, "ends where a value"),
        ("stats a", 6, "needs an aggregation function"),
        ("fields count(*)", 7, "can only be used in stats"),
        ("stats sum(count(*))", 10, "cannot be nested"),
        ("fields nosuch(1)", 7, "unknown function 'nosuch'"),
        ("fields abs(1, 2)", 7, "abs() takes 1 argument(s), not 2"),
        ("stats count(*) by bin(a)", 18, "needs a time period"),
        ("stats pct(a, 101)", 6, "percentile from 0 to 100"),
        ("fields bin(5x)", 11, "unknown time unit 'x'"),
        ("limit 0", 6, "limit takes a whole number"),
        ("limit 100001", 6, "limit takes a whole number"),
        (
            "parse @message \"a=*\" as x, y",
            15,
            "has 1 '*' but 2 field name(s)",
        ),
        ("parse @message /a=(.*)/", 15, "needs named groups"),
        ("parse 12", 6, "expected a field or a pattern"),
        ("filter (a = 1", 13, "expected ')'"),
        ("filter a not b", 9, "expected 'like' or 'in' after 'not'"),
        ("filter a in (1)", 12, "expected '[' after 'in'"),
        ("fields `x", 7, "unterminated field name"),
        ("unmask @message", 0, "the unmask command is not supported"),
        ("fields a | filter é ~ 1", 20, "unexpected character '~'"),
        ("fields desc", 7, "unexpected keyword 'desc'"),
    ];
    for (query, start, fragment) in cases {
        let (s, e, message) = error(query);
        assert_eq!(s, *start, "{query}: {message}");
        assert!(e >= s, "{query}: span ends before it starts");
        assert!(
            message.contains(fragment),
            "{query}: {message:?} lacks {fragment:?}"
        );
    }
}

#[test]
fn offsets_count_characters_not_bytes() {
    // "é" is two bytes; the error is at character 20, byte 21.
    let (start, _, _) = error("fields a | filter é ~ 1");
    assert_eq!(start, 20);
}

#[test]
fn overly_long_and_deep_queries_are_refused() {
    let long = format!("fields {}", "a".repeat(10_000));
    assert!(error(&long).2.contains("longer than 10000"));
    let deep = format!("filter {}1{}", "(".repeat(200), ")".repeat(200));
    assert!(error(&deep).2.contains("nested too deeply"));
    let negs = format!("filter {}1", "-".repeat(500));
    assert!(error(&negs).2.contains("nested too deeply"));
}

#[test]
fn accepted_forms() {
    for q in [
        "",
        "# only a comment",
        "fields @timestamp, @message | sort @timestamp desc | limit 20",
        "FIELDS a | FILTER a > 1 AND b < 2 OR NOT c = 3 | SORT a DESC",
        "filter @message =~ /(?i)error/ | filter x not like \"y\" | filter y not in [1, \"2\"]",
        "filter a = 1 # trailing comment\n| stats count(*)",
        "fields `foo-bar`, abs(f3 - f4) as d",
        "parse \"a=* b=*\" as a, b",
        "parse @message /(?<x>\\d+)\\/(?<y>\\d+)/ | stats max(x) by y",
        "parse url /api\\/(\\w+)/ as kind",
        "stats avg(x) * 2 as double, count(*) by bin(30s), f as g",
        "stats count(*) by bin(1h) | sort `bin(1h)` desc",
        "fields a / 2 as half | filter half >= .5",
        "dedup a, `b c`",
        "filter ispresent(a) and isblank(b)",
        "fields 1e3 as x, -x as y, 2 ^ -1 as z",
    ] {
        Query::parse(q).unwrap_or_else(|e| panic!("{q:?}: {e}"));
    }
}

#[test]
fn division_and_regex_are_told_apart() {
    let q = Query::parse("fields a / b / c as r | filter r like /x\\/y/").unwrap();
    assert_eq!(
        q.to_string(),
        "fields a / b / c as r | filter r like /x\\/y/"
    );
}

#[test]
fn message_prefilter_is_conservative() {
    let q = Query::parse(r#"filter @message like "ERROR" and @message like "db" | stats count(*)"#)
        .unwrap();
    assert_eq!(q.message_must_contain(), vec!["ERROR", "db"]);
    let q = Query::parse(r#"filter @message like "ERROR" or x = 1"#).unwrap();
    assert!(q.message_must_contain().is_empty());
    let q = Query::parse(r#"fields x as @message | filter @message like "E""#).unwrap();
    assert!(q.message_must_contain().is_empty());
}

// Generated queries: printing round-trips.

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("a".to_string()),
        Just("@message".to_string()),
        Just("@timestamp".to_string()),
        Just("req.path".to_string()),
        Just("x.0".to_string()),
        "[a-z]{1,6}".prop_filter("not a keyword", |s| !matches!(
            s.as_str(),
            "and" | "or" | "not" | "like" | "in" | "as" | "by" | "asc" | "desc"
        )),
        Just("odd name".to_string()),
    ]
}

fn expr() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        name().prop_map(|n| if n.contains(' ') { format!("`{n}`") } else { n }),
        (0u32..1000).prop_map(|n| n.to_string()),
        "[a-z \"\\\\]{0,5}".prop_map(|s| format!("{s:?}")),
        Just("2.5".to_string()),
    ];
    leaf.prop_recursive(4, 24, 3, |inner| {
        prop_oneof![
            (
                inner.clone(),
                prop::sample::select(vec![
                    "+", "-", "*", "/", "%", "^", "=", "!=", "<", ">=", "and", "or"
                ]),
                inner.clone()
            )
                .prop_map(|(a, op, b)| format!("({a}) {op} ({b})")),
            inner.clone().prop_map(|a| format!("not ({a})")),
            inner.clone().prop_map(|a| format!("-({a})")),
            inner.clone().prop_map(|a| format!("abs({a})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("concat({a}, {b})")),
            inner.clone().prop_map(|a| format!("(({a}) like \"x\")")),
            inner.clone().prop_map(|a| format!("(({a}) =~ /a.\\/b/)")),
            (inner.clone(), inner).prop_map(|(a, b)| format!("(({a}) not in [({b}), 1])")),
        ]
    })
}

fn command() -> impl Strategy<Value = String> {
    prop_oneof![
        (expr(), name()).prop_map(|(e, n)| format!("fields {e} as `{n}`")),
        expr().prop_map(|e| format!("filter {e}")),
        (expr(), name()).prop_map(|(e, n)| format!("stats count(*), sum({e}) as `{n}` by bin(5m)")),
        (expr(), any::<bool>())
            .prop_map(|(e, d)| format!("sort {e} {}", if d { "desc" } else { "asc" })),
        (1usize..100).prop_map(|n| format!("limit {n}")),
        name().prop_map(|n| format!("dedup `{n}`")),
        Just("parse @message \"a=* b=*\" as p, q".to_string()),
        Just("parse @message /(?<k>\\w+)=(?<v>\\d+)/".to_string()),
        Just("display a, `odd name`".to_string()),
    ]
}

fn query() -> impl Strategy<Value = String> {
    prop::collection::vec(command(), 1..5).prop_map(|cs| cs.join(" | "))
}

fn events() -> Vec<String> {
    vec![
        r#"{"a":1,"req":{"path":"/x"},"x":[3,4],"odd name":"v"}"#.into(),
        "a=1 b=2 k=7".into(),
        "".into(),
        r#"{"a":"text","b":null}"#.into(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn printing_round_trips(q in query()) {
        let parsed = Query::parse(&q).map_err(|e| TestCaseError::fail(format!("{q}: {e}")))?;
        let printed = parsed.to_string();
        let again = Query::parse(&printed).map_err(|e| TestCaseError::fail(format!("{printed}: {e}")))?;
        prop_assert_eq!(again.commands(), parsed.commands(), "{} printed as {}", q, printed);
        prop_assert_eq!(again.to_string(), printed);
        // And it runs.
        let mut run = again.run(Some(50));
        for (i, m) in events().iter().enumerate() {
            run.push(&Event { timestamp: i as i64 * 61_000, ingestion_time: 0, log_stream: "s", log: "0:g", message: m, id: i as u128 });
        }
        let _ = run.results();
    }

    #[test]
    fn arbitrary_text_never_panics(q in "\\PC{0,80}") {
        if let Ok(parsed) = Query::parse(&q) {
            let mut run = parsed.run(Some(10));
            for (i, m) in events().iter().enumerate() {
                run.push(&Event { timestamp: i as i64, ingestion_time: 0, log_stream: "s", log: "0:g", message: m, id: 0 });
            }
            let _ = run.results();
        }
    }

    #[test]
    fn query_shaped_text_never_panics(
        parts in prop::collection::vec(prop::sample::select(vec![
            "fields", "filter", "stats", "sort", "limit", "parse", "dedup", "display", "|", ",", "(", ")",
            "[", "]", "=", "!=", "<", ">=", "=~", "+", "-", "*", "/", "%", "^", "and", "or", "not", "like",
            "in", "as", "by", "asc", "desc", "count(*)", "bin(5m)", "pct(a,", "a", "@message", "`q`",
            "\"s\"", "'t'", "/r/", "1", "2.5", "5m", "#c\n", "abs(", "concat(", "datefloor(", "\"*\"",
        ]), 0..14)
    ) {
        let q = parts.join(" ");
        if let Ok(parsed) = Query::parse(&q) {
            let printed = parsed.to_string();
            let again = Query::parse(&printed).map_err(|e| TestCaseError::fail(format!("{q} printed as {printed}: {e}")))?;
            prop_assert_eq!(again.commands(), parsed.commands());
            let mut run = parsed.run(Some(10));
            for (i, m) in events().iter().enumerate() {
                run.push(&Event { timestamp: i as i64, ingestion_time: 0, log_stream: "s", log: "0:g", message: m, id: 0 });
            }
            let _ = run.results();
        }
    }
}

#[test]
fn backticks_inside_quoted_names_are_doubled() {
    // An unaliased expression is shown under its own text, backticks included; printing
    // must write that name back in a form that parses to the same query.
    let parsed = Query::parse("fields `q` = fields").unwrap();
    let printed = parsed.to_string();
    let again = Query::parse(&printed).unwrap();
    assert_eq!(again.commands(), parsed.commands(), "printed as {printed}");
    let parsed = Query::parse("fields a as `x``y`").unwrap();
    assert_eq!(parsed.to_string(), "fields a as `x``y`");
    assert!(Query::parse("fields ``").is_err());
    assert!(Query::parse("fields `a``").is_err());
}
