//! Metric-value extraction, extracted-field reports, canonical display and
//! the small helpers around them.

use keel_logpattern::{ExtractedValue, Pattern, PatternKind};

fn p(s: &str) -> Pattern {
    Pattern::parse(s).unwrap_or_else(|e| panic!("{s:?}: {e}"))
}

fn text(s: &str) -> Option<ExtractedValue> {
    Some(ExtractedValue::Text(s.to_owned()))
}

#[test]
fn json_metric_values() {
    let pattern = p("{ $.latency = * }");
    let msg = r#"{"latency": 50, "requestType": "GET", "ok": true, "none": null, "obj": {"a": [1, 2]}, "big": 12345678901234567890, "f": 0.5}"#;
    assert_eq!(
        pattern.extract(msg, "$.latency"),
        Some(ExtractedValue::Number("50".into()))
    );
    assert_eq!(
        pattern.extract(msg, "$.latency").and_then(|v| v.as_f64()),
        Some(50.0)
    );
    assert_eq!(pattern.extract(msg, "$.requestType"), text("GET"));
    assert_eq!(
        pattern.extract(msg, "$.ok"),
        Some(ExtractedValue::Bool(true))
    );
    assert_eq!(pattern.extract(msg, "$.none"), Some(ExtractedValue::Null));
    assert_eq!(pattern.extract(msg, "$.obj"), None);
    assert_eq!(pattern.extract(msg, "$.obj.a"), None);
    assert_eq!(
        pattern.extract(msg, "$.obj.a[1]"),
        Some(ExtractedValue::Number("2".into()))
    );
    assert_eq!(
        pattern.extract(msg, "$.obj.a[*]"),
        Some(ExtractedValue::Number("1".into()))
    );
    assert_eq!(pattern.extract(msg, "$['requestType']"), text("GET"));
    assert_eq!(
        pattern.extract(msg, "$.big").map(|v| v.to_string()),
        Some("12345678901234567890".to_owned())
    );
    assert_eq!(
        pattern.extract(msg, "$.f").and_then(|v| v.as_f64()),
        Some(0.5)
    );
    assert_eq!(pattern.extract(msg, "$.missing"), None);
    assert_eq!(pattern.extract(msg, "$latency"), None);
    assert_eq!(pattern.extract(msg, "latency"), None);
    assert_eq!(pattern.extract(msg, "$.latency extra"), None);
    // No value from a message the pattern does not match.
    assert_eq!(pattern.extract(r#"{"other": 1}"#, "$.other"), None);
    assert_eq!(pattern.extract("not json", "$.latency"), None);

    let m = pattern.match_event(msg).expect("matches");
    assert_eq!(m.value("$.requestType"), text("GET"));
    assert!(m.extracted_values().is_empty());
}

const PROD: &str =
    r#"127.0.0.1 Prod frank [10/Oct/2000:13:25:15 -0700] "GET /index.html HTTP/1.0" 404 1534"#;

#[test]
fn space_delimited_metric_values() {
    let pattern = p("[ip, user, username, timestamp, request =*.html*, status_code = 4*, bytes]");
    assert_eq!(pattern.extract(PROD, "$bytes"), text("1534"));
    assert_eq!(
        pattern.extract(PROD, "$bytes").and_then(|v| v.as_f64()),
        Some(1534.0)
    );
    assert_eq!(
        pattern.extract(PROD, "$request"),
        text("GET /index.html HTTP/1.0")
    );
    assert_eq!(
        pattern.extract(PROD, "$timestamp"),
        text("10/Oct/2000:13:25:15 -0700")
    );
    assert_eq!(pattern.extract(PROD, "$user"), text("Prod"));
    assert_eq!(pattern.extract(PROD, "$1"), text("127.0.0.1"));
    assert_eq!(pattern.extract(PROD, "$7"), text("1534"));
    assert_eq!(pattern.extract(PROD, "$0"), None);
    assert_eq!(pattern.extract(PROD, "$8"), None);
    assert_eq!(pattern.extract(PROD, "$nope"), None);
    assert_eq!(pattern.extract(PROD, "$"), None);
    assert_eq!(pattern.extract(PROD, "bytes"), None);
    assert_eq!(pattern.extract(PROD, "$.bytes"), None);
    assert_eq!(
        pattern.extract(PROD, "$request").and_then(|v| v.as_f64()),
        None
    );

    let m = pattern.match_event(PROD).expect("matches");
    let want: Vec<(String, String)> = [
        ("$ip", "127.0.0.1"),
        ("$user", "Prod"),
        ("$username", "frank"),
        ("$timestamp", "10/Oct/2000:13:25:15 -0700"),
        ("$request", "GET /index.html HTTP/1.0"),
        ("$status_code", "404"),
        ("$bytes", "1534"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    assert_eq!(m.extracted_values(), want);

    // Not matching: nothing to extract.
    let other = PROD.replace(" 404 ", " 200 ");
    assert_eq!(pattern.extract(&other, "$bytes"), None);
}

#[test]
fn extracted_values_name_unnamed_fields_by_position() {
    // The older guide's example: the ellipsis and the trailing empty field
    // are reported by position.
    let pattern = p("[..., request=*.html*, status_code=4*,]");
    let line =
        r#"127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] "GET /index.html HTTP/1.0" 404 1534"#;
    let m = pattern.match_event(line).expect("matches");
    let got = m.extracted_values();
    let want: Vec<(String, String)> = [
        ("$1", "127.0.0.1"),
        ("$2", "-"),
        ("$3", "frank"),
        ("$4", "10/Oct/2000:13:25:15 -0700"),
        ("$request", "GET /index.html HTTP/1.0"),
        ("$status_code", "404"),
        ("$7", "1534"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    assert_eq!(got, want);
    assert_eq!(m.value("$request"), text("GET /index.html HTTP/1.0"));
    assert_eq!(m.value("$5"), text("GET /index.html HTTP/1.0"));

    // With two ellipses, each takes as few fields as it can.
    let pattern = p("[..., a = x, ..., b]");
    let m = pattern.match_event("q x r x s").expect("matches");
    assert_eq!(m.value("$a"), text("x"));
    assert_eq!(m.value("$b"), text("s"));
    assert_eq!(m.extracted_values()[1], ("$a".to_owned(), "x".to_owned()));
}

#[test]
fn unstructured_patterns_have_no_values() {
    let pattern = p("ERROR");
    assert_eq!(pattern.extract("ERROR 42", "$1"), None);
    assert_eq!(pattern.extract("ERROR 42", "$.x"), None);
    assert!(
        pattern
            .match_event("ERROR 42")
            .expect("matches")
            .extracted_values()
            .is_empty()
    );
    assert!(pattern.match_event("INFO").is_none());
}

#[test]
fn value_references_are_validated_per_kind() {
    let json = p("{ $.a = 1 }");
    assert!(json.accepts_value_reference("$.latency"));
    assert!(json.accepts_value_reference("$.a[0].b"));
    assert!(json.accepts_value_reference("$.['x.y']"));
    assert!(!json.accepts_value_reference("$latency"));
    assert!(!json.accepts_value_reference("$."));
    assert!(!json.accepts_value_reference("1"));

    let delimited = p("[ip, ..., bytes]");
    assert!(delimited.accepts_value_reference("$bytes"));
    assert!(delimited.accepts_value_reference("$ip"));
    assert!(delimited.accepts_value_reference("$3"));
    assert!(!delimited.accepts_value_reference("$0"));
    assert!(!delimited.accepts_value_reference("$size"));
    assert!(!delimited.accepts_value_reference("bytes"));
    assert!(!delimited.accepts_value_reference("$.bytes"));

    assert!(!p("ERROR").accepts_value_reference("$1"));
}

#[test]
fn kinds() {
    assert_eq!(p("").kind(), PatternKind::Unstructured);
    assert_eq!(p("ERROR [x]").kind(), PatternKind::Unstructured);
    assert_eq!(p("  { $.a = 1 }").kind(), PatternKind::Json);
    assert_eq!(p("\n[a]").kind(), PatternKind::SpaceDelimited);
}

#[test]
fn canonical_display() {
    let cases = [
        ("", ""),
        ("   ERROR    -Exiting  ?x ", "ERROR -Exiting ?x"),
        ("\"ERROR\" - \"Exiting\"", "ERROR -Exiting"),
        (
            "\"two words\" \"a\\\"b\" \"C:\\temp\"",
            "\"two words\" \"a\\\"b\" \"C:\\\\temp\"",
        ),
        ("ERROR: %^x\\d%", "\"ERROR:\" %^x\\d%"),
        ("\" \"", "\" \""),
        ("{$.a=1}", "{ $.a = 1 }"),
        ("{ $.a = bar }", "{ $.a = \"bar\" }"),
        ("{ $.a != 123.123.* }", "{ $.a != \"123.123.*\" }"),
        ("{ $.a = Ev*ent }", "{ $.a = \"Ev\\*ent\" }"),
        ("{ $.a = * }", "{ $.a = \"*\" }"),
        ("{ $.a > +1e3 }", "{ $.a > +1e3 }"),
        (
            "{ $.a is null || $.b not exists }",
            "{ $.a IS NULL || $.b NOT EXISTS }",
        ),
        (
            "{ (($.a = 1) && ($.b = 2)) && $.c = 3 }",
            "{ $.a = 1 && $.b = 2 && $.c = 3 }",
        ),
        (
            "{ ($.a = 1 || $.b = 2) && $.c = 3 }",
            "{ ($.a = 1 || $.b = 2) && $.c = 3 }",
        ),
        (
            "{ $.a = 1 || ($.b = 2 && $.c = 3) }",
            "{ $.a = 1 || $.b = 2 && $.c = 3 }",
        ),
        ("{ $['x.y'][0].* = %a% }", "{ $.['x.y'][0].* = %a% }"),
        ("{ $.[\"it's\"] = 1 }", "{ $.['it\\'s'] = 1 }"),
        ("{ $.arr[*] = 1 }", "{ $.arr[*] = 1 }"),
        (
            "[ip,user , ...,status_code=4*,]",
            "[ip, user, ..., status_code = \"4*\", ]",
        ),
        (
            "[w1=ERROR||w1=WARN,w2]",
            "[w1 = \"ERROR\" || w1 = \"WARN\", w2]",
        ),
        ("[, a]", "[, a]"),
        ("[a = %x%, b > 5]", "[a = %x%, b > 5]"),
    ];
    for (input, want) in cases {
        let pattern = p(input);
        assert_eq!(pattern.to_string(), want, "display of {input:?}");
        assert_eq!(p(want), pattern, "re-parse of {want:?}");
    }
}

#[test]
fn structural_equality_ignores_spelling() {
    assert_eq!(
        p("{ $.a = 1 && ($.b = 2 && $.c = 3) }"),
        p("{$.a=1&&$.b=2&&$.c=3}")
    );
    assert_eq!(p("{ $.['a'] = \"x\" }"), p("{ $.a = x }"));
    assert_ne!(p("{ $.a = 1 }"), p("{ $.a = \"1\" }"));
    assert_ne!(p("{ $.* = 1 }"), p("{ $[*] = 1 }"));
    assert_ne!(p("{ $.a = %x% }"), p("{ $.a = %y% }"));
    assert_ne!(p("ERROR"), p("-ERROR"));
}
