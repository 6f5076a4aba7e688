//! Bad patterns: each must fail at the expected byte position with the
//! expected kind of message.

use keel_logpattern::Pattern;

#[test]
fn bad_patterns_report_their_position() {
    let deep_open = format!("{{ {}$.a = 1{} }}", "(".repeat(65), ")".repeat(65));
    let deep_ok = format!("{{ {}$.a = 1{} }}", "(".repeat(64), ")".repeat(64));
    assert!(
        Pattern::parse(&deep_ok).is_ok(),
        "64 levels of parentheses are allowed"
    );

    let cases: &[(&str, usize, &str)] = &[
        // Unstructured.
        ("\"abc", 0, "unterminated quoted string"),
        ("ERROR \"abc", 6, "unterminated quoted string"),
        ("?", 0, "expected a term after '?'"),
        ("ERROR ? WARN", 6, "expected a term after '?'"),
        ("-", 0, "expected a term after '-'"),
        ("ERROR -   ", 6, "expected a term after '-'"),
        ("%abc", 0, "unterminated regular expression"),
        ("x %%", 2, "empty regular expression"),
        ("%abc!%", 4, "'!' is not supported in a regular expression"),
        ("%a(b)%", 2, "parentheses are not supported"),
        ("%caf\u{e9}%", 4, "multi-byte characters are not supported"),
        ("%a\"b%", 2, "is not supported in a regular expression"),
        ("%a{%", 0, "invalid regular expression"),
        ("%[a%", 0, "invalid regular expression"),
        (
            "%a{1000}{1000}{1000}%",
            0,
            "regular expression is too large",
        ),
        // JSON.
        ("{ $.latency }", 12, "expected a comparison operator"),
        ("{ $.a }", 6, "expected a comparison operator"),
        ("{ $.a == 1 }", 7, "expected a value"),
        ("{ $.a = }", 8, "expected a value"),
        ("{ $.a =", 7, "expected a value"),
        ("{ $.a = 1", 9, "expected '&&', '||' or '}'"),
        ("{ $.a = 1 ", 10, "expected '&&', '||' or '}'"),
        ("{ $.a = 1 & $.b = 2 }", 10, "expected '&&', '||' or '}'"),
        ("{ $.a = 1 } extra", 12, "unexpected text after '}'"),
        ("{ }", 2, "expected a condition"),
        ("{}", 1, "expected a condition"),
        (
            "{ a = 1 }",
            2,
            "expected a property selector starting with '$'",
        ),
        ("{ $ = 1 }", 3, "expected a property after '$'"),
        ("{ $. = 1 }", 4, "expected a property name after '.'"),
        ("{ $.a. = 1 }", 6, "expected a property name after '.'"),
        ("{ $.a[x] = 1 }", 6, "expected an array index"),
        ("{ $.a[-1] = 1 }", 6, "expected an array index"),
        ("{ $.a[1 = 1 }", 7, "expected ']'"),
        (
            "{ $.a[99999999999999999999999] = 1 }",
            6,
            "array index is too large",
        ),
        ("{ $.['a.b = 1 }", 5, "unterminated quoted property name"),
        ("{ $.a > foo }", 8, "expected a number after '>'"),
        ("{ $.a <= \"5\" }", 9, "expected a number after '<='"),
        ("{ $.a >= %5% }", 9, "expected a number after '>='"),
        ("{ $.a < * }", 8, "expected a number after '<'"),
        ("{ $.a = \"x }", 8, "unterminated quoted string"),
        ("{ $.a IS NOT NULL }", 9, "'IS NOT' is not supported"),
        ("{ $.a IS }", 9, "expected NULL, TRUE or FALSE after IS"),
        (
            "{ $.a IS EMPTY }",
            9,
            "expected NULL, TRUE or FALSE after IS",
        ),
        ("{ $.a EXISTS }", 6, "'EXISTS' is not supported"),
        ("{ $.a NOT NULL }", 10, "expected EXISTS after NOT"),
        ("{ $.a LIKE 1 }", 6, "expected a comparison operator"),
        ("{ ($.a = 1 }", 11, "expected ')'"),
        ("{ ($.a = 1 || ) }", 14, "expected a property selector"),
        ("{ $.a = 1 && }", 13, "expected a property selector"),
        (
            "{ $.a = 1 || || $.b = 2 }",
            13,
            "expected a property selector",
        ),
        (&deep_open, 66, "parentheses are nested too deeply"),
        ("{ $.*.* = 1 }", 2, "at most one wildcard"),
        ("{ $.a[*][*] = 1 }", 2, "at most one wildcard"),
        (
            "{ $.a[*] = 1 || $.b[*] = 1 || $.c.* = 1 || $.* = 1 }",
            43,
            "at most 3 wildcard selectors",
        ),
        (
            "{ $.a = %a% || $.b = %b% || $.c = %c% }",
            34,
            "at most 2 regular expressions",
        ),
        ("{ $.a = %(a)% }", 9, "parentheses are not supported"),
        ("{ $.a = %% }", 8, "empty regular expression"),
        ("{ $.a = %a }", 8, "unterminated regular expression"),
        // Space-delimited.
        ("[]", 1, "expected at least one field"),
        ("[   ]", 1, "expected at least one field"),
        ("[a, b", 5, "expected ',' or ']'"),
        ("[a b]", 3, "expected a comparison operator"),
        ("[a, b] x", 7, "unexpected text after ']'"),
        ("[.., a]", 1, "expected a field name or '...'"),
        ("[..., = 5]", 6, "expected a field name or '...'"),
        ("[1st, b]", 1, "field names must start with a letter or '_'"),
        ("[a, a]", 4, "duplicate field name 'a'"),
        ("[a = 1, a]", 8, "duplicate field name 'a'"),
        ("[a = , b]", 5, "expected a value"),
        ("[a > x, b]", 5, "expected a number after '>'"),
        ("[a = 1 || , b]", 10, "expected a field name"),
        ("[a = 1 && b = 2, b]", 10, "refers to a different field 'b'"),
        (
            "[ip, user, username, timestamp, request, status_code = 4* && bytes > 1000]",
            61,
            "refers to a different field 'bytes'",
        ),
        ("[a IS NULL]", 3, "expected a comparison operator"),
        ("[(a = 1, b]", 7, "expected ')'"),
        (
            "[a = %x% , b = %y%, c = %z%]",
            24,
            "at most 2 regular expressions",
        ),
        ("[a = \"x, b]", 5, "unterminated quoted string"),
        ("[..., status_code = (404 ), bytes]", 20, "expected a value"),
    ];

    let mut failures = Vec::new();
    for &(pattern, position, fragment) in cases {
        match Pattern::parse(pattern) {
            Ok(p) => failures.push(format!("{pattern:?} parsed as {p}")),
            Err(e) => {
                if e.position() != position || !e.message().contains(fragment) {
                    failures.push(format!(
                        "{pattern:?}: got position {} {:?}, want position {position} containing {fragment:?}",
                        e.position(),
                        e.message()
                    ));
                }
                assert!(
                    e.position() <= pattern.len(),
                    "{pattern:?}: position past the end"
                );
                assert_eq!(
                    e.to_string(),
                    format!(
                        "Invalid filter pattern at position {}: {}",
                        e.position(),
                        e.message()
                    )
                );
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn error_display_reads_like_aws() {
    let e = Pattern::parse("{ $.eventType = \"UpdateTrail\" && $.x }").unwrap_err();
    assert_eq!(e.position(), 37);
    assert_eq!(
        e.to_string(),
        "Invalid filter pattern at position 37: expected a comparison operator"
    );
    let via_from_str: Result<Pattern, _> = "[a,".parse();
    assert_eq!(via_from_str.unwrap_err().position(), 3);
}
