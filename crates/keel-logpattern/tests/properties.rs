//! Property tests: parsing and matching never panic; generated valid
//! patterns survive a display/parse round trip unchanged and match the same
//! messages afterwards; and a few semantic laws per pattern kind.

use keel_logpattern::{Pattern, PatternError};
use proptest::prelude::*;
use proptest::string::string_regex;

fn re(s: &str) -> BoxedStrategy<String> {
    string_regex(s).expect("valid strategy regex").boxed()
}

/// Strings biased towards the pattern language's punctuation, so that the
/// parser gets past its first few characters.
fn pattern_soup() -> BoxedStrategy<String> {
    let piece = prop_oneof![
        re("[ -~]{0,3}"),
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just("(".to_owned()),
        Just(")".to_owned()),
        Just("$.".to_owned()),
        Just("$".to_owned()),
        Just("[*]".to_owned()),
        Just(".*".to_owned()),
        Just("['k.k']".to_owned()),
        Just("%".to_owned()),
        Just("\"".to_owned()),
        Just("\\".to_owned()),
        Just(" = ".to_owned()),
        Just(" != ".to_owned()),
        Just(" >= ".to_owned()),
        Just(" && ".to_owned()),
        Just(" || ".to_owned()),
        Just(", ".to_owned()),
        Just("...".to_owned()),
        Just(" IS ".to_owned()),
        Just("NULL".to_owned()),
        Just(" NOT EXISTS".to_owned()),
        Just("?".to_owned()),
        Just("-".to_owned()),
        Just("*".to_owned()),
        Just("1e5".to_owned()),
        Just("é".to_owned()),
        Just("\u{1F600}".to_owned()),
        Just("\0".to_owned()),
    ];
    proptest::collection::vec(piece, 0..24)
        .prop_map(|v| v.concat())
        .boxed()
}

fn check_error(src: &str, e: &PatternError) {
    assert!(
        e.position() <= src.len(),
        "{src:?}: position {} past the end",
        e.position()
    );
    assert!(
        src.is_char_boundary(e.position()),
        "{src:?}: position inside a character"
    );
    assert!(!e.message().is_empty());
}

// ---- generators of valid patterns ---------------------------------------------

fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

fn word() -> BoxedStrategy<String> {
    prop_oneof![
        re("[A-Za-z0-9_]{1,6}"),
        Just("ERROR".to_owned()),
        Just("WARN".to_owned()),
        Just("ab".to_owned()),
    ]
    .boxed()
}

fn valid_regex() -> BoxedStrategy<String> {
    prop_oneof![
        re("[a-z0-9]{1,4}"),
        Just("^[hc]at".to_owned()),
        Just("colou?r".to_owned()),
        Just("a{2,3}".to_owned()),
        Just("\\d+".to_owned()),
        Just("gr[ae]y|x$".to_owned()),
        Just("\\[.\\]".to_owned()),
        Just("^ERROR".to_owned()),
        Just("b\\.c".to_owned()),
    ]
    .boxed()
}

fn text_term() -> BoxedStrategy<String> {
    let atom = prop_oneof![
        3 => word(),
        2 => re("[ -~]{0,8}").prop_map(|s| quote(&s)),
        1 => re("[a-zé .:\\\\*\"-]{0,6}").prop_map(|s| quote(&s)),
        1 => valid_regex().prop_map(|r| format!("%{r}%")),
    ];
    let prefix = prop_oneof![4 => Just(""), 1 => Just("-"), 1 => Just("- "), 1 => Just("?")];
    (prefix, atom).prop_map(|(p, a)| format!("{p}{a}")).boxed()
}

fn text_pattern() -> BoxedStrategy<String> {
    let sep = prop_oneof![Just(" "), Just("  "), Just("\t"), Just(" \n ")];
    proptest::collection::vec((text_term(), sep), 0..5)
        .prop_map(|v| {
            v.into_iter()
                .map(|(t, s)| format!("{t}{s}"))
                .collect::<String>()
        })
        .boxed()
}

const JSON_KEYS: &[&str] = &["a", "b", "c-d", "x.y", "n"];

fn selector() -> BoxedStrategy<String> {
    let key = proptest::sample::select(JSON_KEYS).prop_map(|k| {
        if k.contains('.') {
            format!(".['{k}']")
        } else {
            format!(".{k}")
        }
    });
    let plain = prop_oneof![
        4 => key,
        1 => (0usize..3).prop_map(|i| format!("[{i}]")),
    ];
    let wild = prop_oneof![Just(".*".to_owned()), Just("[*]".to_owned())];
    (
        proptest::collection::vec(plain.clone(), 1..3),
        proptest::option::weighted(0.2, wild),
        proptest::collection::vec(plain, 0..2),
    )
        .prop_map(|(head, wild, tail)| {
            let mut s = String::from("$");
            head.iter().for_each(|p| s.push_str(p));
            if let Some(w) = wild {
                s.push_str(&w);
            }
            tail.iter().for_each(|p| s.push_str(p));
            s
        })
        .boxed()
}

fn number() -> BoxedStrategy<String> {
    prop_oneof![
        (-50i64..50).prop_map(|n| n.to_string()),
        Just("+1000".to_owned()),
        Just("1e3".to_owned()),
        Just("10e-3".to_owned()),
        Just("55.5".to_owned()),
        Just("-0.5".to_owned()),
    ]
    .boxed()
}

fn string_value() -> BoxedStrategy<String> {
    prop_oneof![
        word(),
        word().prop_map(|w| format!("{w}*")),
        word().prop_map(|w| format!("*{w}")),
        word().prop_map(|w| format!("*{w}*")),
        Just("*".to_owned()),
        Just("123.123.*".to_owned()),
        re("[ -~]{0,6}").prop_map(|s| quote(&s)),
        Just("\"\\*lit\"".to_owned()),
        Just("\"a*b\"".to_owned()),
        valid_regex().prop_map(|r| format!("%{r}%")),
    ]
    .boxed()
}

fn comparison_tail() -> BoxedStrategy<String> {
    prop_oneof![
        (prop_oneof![Just("="), Just("!=")], string_value()).prop_map(|(o, v)| format!(" {o} {v}")),
        (
            prop_oneof![
                Just("="),
                Just("!="),
                Just("<"),
                Just(">"),
                Just("<="),
                Just(">=")
            ],
            number()
        )
            .prop_map(|(o, v)| format!("{o}{v}")),
    ]
    .boxed()
}

fn json_leaf() -> BoxedStrategy<String> {
    let check = prop_oneof![
        4 => comparison_tail(),
        1 => Just(" IS NULL".to_owned()),
        1 => Just(" is true".to_owned()),
        1 => Just(" IS FALSE".to_owned()),
        1 => Just(" NOT EXISTS".to_owned()),
    ];
    (selector(), check)
        .prop_map(|(s, c)| format!("{s}{c}"))
        .boxed()
}

/// Boolean combinations of `leaf`, with parentheses where precedence needs
/// them and sometimes where it does not.
fn bool_expr(leaf: BoxedStrategy<String>) -> BoxedStrategy<String> {
    leaf.prop_recursive(3, 6, 3, |inner| {
        (
            proptest::collection::vec(inner, 2..4),
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(|(items, and, extra_parens)| {
                let joined = items
                    .iter()
                    .map(|i| format!("({i})"))
                    .collect::<Vec<_>>()
                    .join(if and { " && " } else { "||" });
                if extra_parens {
                    format!("({joined})")
                } else {
                    joined
                }
            })
    })
    .boxed()
}

fn json_pattern() -> BoxedStrategy<String> {
    bool_expr(json_leaf())
        .prop_map(|e| format!("{{ {e} }}"))
        .boxed()
}

fn field_condition(name: String) -> BoxedStrategy<String> {
    let leaf = comparison_tail()
        .prop_map(move |t| format!("{name}{t}"))
        .boxed();
    bool_expr(leaf)
}

fn delimited_pattern() -> BoxedStrategy<String> {
    let field_kind = prop_oneof![3 => Just(0u8), 1 => Just(1), 3 => Just(2), 1 => Just(3)];
    proptest::collection::vec(field_kind, 1..6)
        .prop_flat_map(|kinds| {
            let fields: Vec<BoxedStrategy<String>> = kinds
                .into_iter()
                .enumerate()
                .map(|(i, k)| match k {
                    0 => Just(format!("f{i}")).boxed(),
                    1 => Just("...".to_owned()).boxed(),
                    2 => field_condition(format!("f{i}")),
                    _ => Just(String::new()).boxed(),
                })
                .collect();
            fields
        })
        .prop_filter("a lone empty field is `[]`", |fields| {
            fields.len() > 1 || !fields[0].is_empty()
        })
        .prop_map(|fields| format!("[{}]", fields.join(",")))
        .boxed()
}

fn any_valid_pattern() -> BoxedStrategy<String> {
    prop_oneof![text_pattern(), json_pattern(), delimited_pattern()].boxed()
}

// ---- generators of messages --------------------------------------------------

fn json_scalar() -> BoxedStrategy<serde_json::Value> {
    use serde_json::json;
    prop_oneof![
        (-60i64..60).prop_map(|n| json!(n)),
        Just(json!(55.5)),
        Just(json!(1000)),
        Just(json!(0.001)),
        Just(json!(null)),
        any::<bool>().prop_map(|b| json!(b)),
        word().prop_map(|w| json!(w)),
        Just(json!("123.123.9")),
        Just(json!("*lit")),
        Just(json!("a*b")),
        Just(json!("color")),
        re("[ -~]{0,6}").prop_map(|s| json!(s)),
    ]
    .boxed()
}

fn json_message() -> BoxedStrategy<String> {
    let value = json_scalar().prop_recursive(2, 12, 3, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..3).prop_map(serde_json::Value::Array),
            proptest::collection::vec((proptest::sample::select(JSON_KEYS), inner), 0..3).prop_map(
                |kv| {
                    serde_json::Value::Object(
                        kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
                    )
                }
            ),
        ]
    });
    proptest::collection::vec((proptest::sample::select(JSON_KEYS), value), 0..5)
        .prop_map(|kv| {
            let map: serde_json::Map<String, serde_json::Value> =
                kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
            serde_json::Value::Object(map).to_string()
        })
        .boxed()
}

fn word_message() -> BoxedStrategy<String> {
    let token = prop_oneof![
        word(),
        number(),
        Just("[a b]".to_owned()),
        Just("\"GET /x\"".to_owned()),
        Just("ERROR".to_owned()),
        Just("color".to_owned()),
        Just("123.123.9".to_owned()),
    ];
    proptest::collection::vec(token, 0..7)
        .prop_map(|t| t.join(" "))
        .boxed()
}

fn any_message() -> BoxedStrategy<String> {
    prop_oneof![
        json_message(),
        word_message(),
        any::<String>(),
        re("[ -~]{0,40}")
    ]
    .boxed()
}

// ---- properties ----------------------------------------------------------------

fn round_trip(src: &str, messages: &[String]) -> Result<(), TestCaseError> {
    let first = match Pattern::parse(src) {
        Ok(p) => p,
        // Generators may exceed a quota (regexes, wildcards); those are
        // legitimately rejected and prove nothing here.
        Err(e) if e.message().contains("at most") => return Ok(()),
        Err(e) => return Err(TestCaseError::fail(format!("{src:?} did not parse: {e}"))),
    };
    let shown = first.to_string();
    let second = Pattern::parse(&shown).map_err(|e| {
        TestCaseError::fail(format!("display {shown:?} of {src:?} did not parse: {e}"))
    })?;
    prop_assert_eq!(&second, &first, "{:?} -> {:?}", src, shown);
    prop_assert_eq!(second.to_string(), shown.clone());
    for m in messages {
        prop_assert_eq!(
            first.matches(m),
            second.matches(m),
            "{:?} vs {:?} on {:?}",
            src,
            shown,
            m
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn parse_never_panics_on_arbitrary_strings(src in any::<String>()) {
        if let Err(e) = Pattern::parse(&src) {
            check_error(&src, &e);
        }
    }

    #[test]
    fn parse_never_panics_on_punctuation_soup(src in pattern_soup()) {
        match Pattern::parse(&src) {
            Err(e) => check_error(&src, &e),
            // Whatever parses also round-trips.
            Ok(p) => {
                let again = Pattern::parse(&p.to_string());
                prop_assert_eq!(again.as_ref(), Ok(&p), "{:?} displayed as {}", src, p);
            }
        }
    }

    #[test]
    fn unstructured_round_trip(src in text_pattern(), msgs in proptest::collection::vec(any_message(), 8)) {
        round_trip(&src, &msgs)?;
    }

    #[test]
    fn json_round_trip(src in json_pattern(), msgs in proptest::collection::vec(json_message(), 8)) {
        round_trip(&src, &msgs)?;
    }

    #[test]
    fn delimited_round_trip(src in delimited_pattern(), msgs in proptest::collection::vec(word_message(), 8)) {
        round_trip(&src, &msgs)?;
    }

    #[test]
    fn matching_and_extraction_never_panic(src in any_valid_pattern(), msg in any_message(), reference in prop_oneof![re("\\$[a-z0-9_.\\[\\]*']{0,8}"), any::<String>()]) {
        if let Ok(p) = Pattern::parse(&src) {
            let matched = p.matches(&msg);
            let event = p.match_event(&msg);
            prop_assert_eq!(matched, event.is_some());
            if let Some(m) = event {
                let _ = m.value(&reference);
                let _ = m.extracted_values();
            }
            let _ = p.extract(&msg, &reference);
            let _ = p.accepts_value_reference(&reference);
        }
    }

    #[test]
    fn fixed_patterns_never_panic_on_arbitrary_messages(msg in any::<String>()) {
        for src in [
            "ERROR -x ?y",
            "%^\\d+\\s%",
            "{ $.a = 1 || $.* = %x% }",
            "{ $.a[*].b NOT EXISTS && $.c > 1e3 }",
            "[..., a = \"*\", ..., b > 5]",
            "[a, b, c]",
            "[...]",
        ] {
            let p = Pattern::parse(src).expect("fixed pattern parses");
            let _ = p.matches(&msg);
            let _ = p.extract(&msg, "$b");
            let _ = p.extract(&msg, "$.a");
        }
    }

    // ---- semantic laws ----

    /// A single bare term matches exactly the messages containing it.
    #[test]
    fn single_term_is_substring(term in re("[A-Za-z0-9_]{1,4}"), msg in re("[a-zA-Z0-9_ ]{0,30}")) {
        let p = Pattern::parse(&term).expect("word parses");
        prop_assert_eq!(p.matches(&msg), msg.contains(&term));
        let ex = Pattern::parse(&format!("-{term}")).expect("exclusion parses");
        prop_assert_eq!(ex.matches(&msg), !msg.contains(&term));
    }

    /// A quoted phrase matches exactly the messages containing it (blank
    /// phrases match everything).
    #[test]
    fn phrase_is_substring(phrase in re("[ -~]{0,6}"), msg in re("[ -~]{0,30}")) {
        let p = Pattern::parse(&quote(&phrase)).expect("phrase parses");
        let expected = phrase.trim().is_empty() || msg.contains(&phrase);
        prop_assert_eq!(p.matches(&msg), expected);
    }

    /// `{ $.k = "v" }` agrees with direct JSON lookup.
    #[test]
    fn json_equality_agrees_with_lookup(key in proptest::sample::select(JSON_KEYS), want in word(), msg in json_message()) {
        let sel = if key.contains('.') { format!("$.['{key}']") } else { format!("$.{key}") };
        let p = Pattern::parse(&format!("{{ {sel} = {} }}", quote(&want))).expect("parses");
        let v: serde_json::Value = serde_json::from_str(&msg).expect("generated JSON");
        let expected = match v.get(key) {
            Some(serde_json::Value::String(s)) => *s == want,
            Some(serde_json::Value::Number(n)) => n.to_string() == want,
            Some(serde_json::Value::Bool(b)) => b.to_string() == want,
            _ => false,
        };
        prop_assert_eq!(p.matches(&msg), expected);
    }

    /// Without an ellipsis the field count must match exactly; with a
    /// trailing ellipsis the message needs at least as many fields.
    #[test]
    fn delimited_field_counts(n in 1usize..5, words in proptest::collection::vec(re("[a-z0-9]{1,4}"), 0..8)) {
        let names: Vec<String> = (0..n).map(|i| format!("f{i}")).collect();
        let exact = Pattern::parse(&format!("[{}]", names.join(", "))).expect("parses");
        let open = Pattern::parse(&format!("[{}, ...]", names.join(", "))).expect("parses");
        let msg = words.join("  ");
        prop_assert_eq!(exact.matches(&msg), words.len() == n);
        prop_assert_eq!(open.matches(&msg), words.len() >= n);
        if words.len() == n {
            for (i, w) in words.iter().enumerate() {
                prop_assert_eq!(exact.extract(&msg, &format!("$f{i}")).map(|v| v.to_string()), Some(w.clone()));
            }
        }
    }

    /// `[..., f = x, ...]` holds exactly when some field equals x.
    #[test]
    fn delimited_ellipsis_search(words in proptest::collection::vec(prop_oneof![Just("x"), Just("y"), Just("z")], 0..8)) {
        let p = Pattern::parse("[..., f = x, ...]").expect("parses");
        let msg = words.join(" ");
        prop_assert_eq!(p.matches(&msg), words.contains(&"x"));
        let q = Pattern::parse("[..., f = x, g = y, ...]").expect("parses");
        prop_assert_eq!(q.matches(&msg), words.windows(2).any(|w| w == ["x", "y"]));
    }
}
