//! Table tests: (pattern, message, expected) for every kind of pattern,
//! including the examples of the AWS guide, restated here from the semantics
//! the guide describes.

use keel_logpattern::Pattern;

/// Runs every case and reports all failures at once.
fn check(cases: &[(&str, &str, bool)]) {
    let mut failures = Vec::new();
    for &(pattern, message, expected) in cases {
        match Pattern::parse(pattern) {
            Ok(p) => {
                if p.matches(message) != expected {
                    failures.push(format!("{pattern:?} on {message:?}: expected {expected}"));
                }
            }
            Err(e) => failures.push(format!("{pattern:?} did not parse: {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

const E400: &str = "[ERROR 400] BAD REQUEST";
const E401: &str = "[ERROR 401] UNAUTHORIZED REQUEST";
const E419: &str = "[ERROR 419] MISSING ARGUMENTS";
const E420: &str = "[ERROR 420] INVALID ARGUMENTS";

#[test]
fn unstructured_terms() {
    check(&[
        // A single term is a case-sensitive substring.
        ("ERROR", E400, true),
        ("ERROR", E401, true),
        ("ERROR", E419, true),
        ("ERROR", E420, true),
        ("ERROR", "[ERROR] A fatal exception has occurred", true),
        ("ERROR", "Exiting with ERRORCODE: -1", true),
        ("ERROR", "[error] lower case", false),
        ("ERROR", "", false),
        // Several terms: all of them, in any order.
        ("ERROR ARGUMENTS", E419, true),
        ("ERROR ARGUMENTS", E420, true),
        ("ERROR ARGUMENTS", E400, false),
        ("ERROR ARGUMENTS", E401, false),
        ("ARGUMENTS ERROR", E420, true),
        (
            "ERROR Exception",
            "[ERROR] Caught IllegalArgumentException",
            true,
        ),
        ("ERROR Exception", "[ERROR] Unhandled Exception", true),
        ("ERROR Exception", "[WARN] Unhandled Exception", false),
        (
            "Failed to process the request",
            "[WARN] Failed to process the request",
            true,
        ),
        (
            "Failed to process the request",
            "[ERROR] Unable to continue: Failed to process the request",
            true,
        ),
        (
            "Failed to process the request",
            "[WARN] Failed to process",
            false,
        ),
        // Optional terms: at least one.
        ("?ERROR ?ARGUMENTS", E400, true),
        ("?ERROR ?ARGUMENTS", E401, true),
        ("?ERROR ?ARGUMENTS", E419, true),
        ("?ERROR ?ARGUMENTS", E420, true),
        ("?ERROR ?ARGUMENTS", "MISSING ARGUMENTS", true),
        ("?ERROR ?ARGUMENTS", "[INFO] all good", false),
        // Mixed with plain terms, `?` terms are ignored.
        ("?ERROR ?ARGUMENTS REQUEST", "[INFO] REQUEST FAILED", true),
        (
            "?ERROR ?ARGUMENTS REQUEST",
            "[WARN] UNAUTHORIZED REQUEST",
            true,
        ),
        ("?ERROR ?ARGUMENTS REQUEST", "[ERROR] 400 BAD REQUEST", true),
        ("?ERROR ?ARGUMENTS REQUEST", E419, false),
        ("?ERROR -WARN", "[INFO] nothing", true),
        ("?ERROR -WARN", "[WARN] something", false),
        // Exact phrases.
        (
            "\"INTERNAL SERVER ERROR\"",
            "[ERROR 500] INTERNAL SERVER ERROR",
            true,
        ),
        (
            "\"INTERNAL SERVER ERROR\"",
            "[ERROR 500] INTERNAL ERROR SERVER",
            false,
        ),
        (
            "\"INTERNAL SERVER ERROR\"",
            "[ERROR 500] INTERNAL  SERVER ERROR",
            false,
        ),
        ("\"ERROR 401\"", E401, true),
        ("\"ERROR 401\"", E400, false),
        ("\"say \\\"hi\\\"\"", "they say \"hi\" twice", true),
        ("\"back\\\\slash\"", "a back\\slash here", true),
        ("\"C:\\temp\"", "path C:\\temp", true),
        // Include and exclude.
        ("ERROR -ARGUMENTS", E400, true),
        ("ERROR -ARGUMENTS", E401, true),
        ("ERROR -ARGUMENTS", E419, false),
        ("ERROR -ARGUMENTS", E420, false),
        (
            "\"ERROR\" - \"Exiting\"",
            "[ERROR] A fatal exception has occurred",
            true,
        ),
        (
            "\"ERROR\" - \"Exiting\"",
            "Exiting with ERRORCODE: -1",
            false,
        ),
        ("ERROR -Exiting", "Exiting with ERRORCODE: -1", false),
        ("-DEBUG", "[INFO] hello", true),
        ("-DEBUG", "[DEBUG] hello", false),
        ("-\"two words\"", "two words", false),
        ("-\"two words\"", "two  words", true),
        // The guide's three-line OR example.
        ("ERROR", "ERROR WARN message", true),
        ("ERROR", "ERROR message", true),
        ("ERROR", "WARN message", false),
        ("?ERROR ?WARN", "ERROR WARN message", true),
        ("?ERROR ?WARN", "ERROR message", true),
        ("?ERROR ?WARN", "WARN message", true),
        ("ERROR WARN", "ERROR WARN message", true),
        ("ERROR WARN", "ERROR message", false),
        ("ERROR WARN", "WARN message", false),
        ("ERROR -WARN", "ERROR WARN message", false),
        ("ERROR -WARN", "ERROR message", true),
        ("ERROR -WARN", "WARN message", false),
        // Match everything.
        ("", "anything at all", true),
        ("", "", true),
        ("   ", "anything", true),
        ("\" \"", "no-blanks-here", true),
        ("\" \"", "", true),
        ("\"\"", "whatever", true),
        // Punctuation in bare terms is taken literally.
        ("ERROR:", "ERROR: disk full", true),
        ("ERROR:", "ERROR disk full", false),
        ("50%", "at 50% capacity", true),
        ("user@example.com", "login user@example.com ok", true),
        ("héllo", "say héllo", true),
        ("not{json", "a not{json b", true),
    ]);
}

#[test]
fn unstructured_regex() {
    check(&[
        ("%AUTHORIZED%", "[ERROR 401] UNAUTHORIZED REQUEST", true),
        ("%AUTHORIZED%", "[SUCCESS 200] AUTHORIZED REQUEST", true),
        ("%AUTHORIZED%", E400, false),
        ("%^[hc]at%", "hat trick", true),
        ("%^[hc]at%", "cat", true),
        ("%^[hc]at%", "that", false),
        ("%[hc]at$%", "that", true),
        ("%[hc]at$%", "a cat", true),
        ("%[hc]at$%", "cats", false),
        ("%colou?r%", "color", true),
        ("%colou?r%", "colour", true),
        ("%colou?r%", "colr", false),
        ("%[abc]%", "xbx", true),
        ("%[abc]%", "xyz", false),
        ("%[a-z]%", "ABC1d", true),
        ("%[a-z]%", "ABC", false),
        ("%[abcx-z]%", "Y y", true),
        ("%a{3,5}%", "aaa", true),
        ("%a{3,5}%", "baaaab", true),
        ("%a{3,5}%", "aa", false),
        ("%a{,2}b%", "b", true),
        ("%gra|ey%", "gray", true),
        ("%gra|ey%", "grey", true),
        ("%gra|ey%", "groy", false),
        (
            "%^starting|^initializing|^shutting down%",
            "starting up",
            true,
        ),
        (
            "%^starting|^initializing|^shutting down%",
            "initializing db",
            true,
        ),
        (
            "%^starting|^initializing|^shutting down%",
            "shutting down",
            true,
        ),
        (
            "%^starting|^initializing|^shutting down%",
            "skipping initializing now",
            false,
        ),
        ("%abcc|ab[^c]$%", "abcc then more", true),
        ("%abcc|ab[^c]$%", "ends with aba", true),
        ("%abcc|ab[^c]$%", "aac then more", false),
        ("%\\[.\\]%", "[a]", true),
        ("%\\[.\\]%", "x [7] y", true),
        ("%\\[.\\]%", "[@]", true),
        ("%\\[.\\]%", "[]]", true),
        ("%\\[.\\]%", "[ ]", true),
        ("%\\[.\\]%", "[]", false),
        ("%10\\.10\\.0\\.1%", "from 10.10.0.1", true),
        ("%10\\.10\\.0\\.1%", "10010,051", false),
        ("%10.10.0.1%", "10010,051", true),
        ("%ab*c%", "ac", true),
        ("%ab*c%", "abbbc", true),
        ("%ab[0-9]*%", "ab129", true),
        ("%ab+c%", "abbc", true),
        ("%ab+c%", "ac", false),
        ("%.at%", "#at", true),
        ("%.at%", " at", true),
        ("%.at%", "at", false),
        ("%\\d%", "x7", true),
        ("%\\d%", "x\u{0663}", false),
        ("%\\D%", "123", false),
        ("%\\D%", "12a", true),
        ("%\\s%", "a\tb", true),
        ("%\\s%", "ab", false),
        ("%\\S%", "  ", false),
        ("%\\w%", "--_--", true),
        ("%\\w%", "--é--", false),
        ("%\\W%", "abc", false),
        ("%\\x3A%", "a:b", true),
        ("%\\x28%", "f(x)", true),
        // Regex terms combine with the other term kinds.
        ("ERROR %4[0-9][0-9]%", E419, true),
        ("ERROR %5[0-9][0-9]%", E419, false),
        ("ERROR -%^\\[ERROR 4%", E419, false),
        ("?%^WARN% ?%^INFO%", "INFO ok", true),
        ("?%^WARN% ?%^INFO%", "x INFO", false),
    ]);
}

const TRAIL: &str = r#"{"eventType": "UpdateTrail", "sourceIPAddress": "111.111.111.111", "arrayKey": ["value", "another value"], "objectList": [{"name": "a", "id": 1}, {"name": "b", "id": 2}], "SomeObject": null, "ThisFlag": true, "cluster.name": "c"}"#;

#[test]
fn json_strings_selectors_and_keywords() {
    check(&[
        ("{ $.eventType = \"UpdateTrail\" }", TRAIL, true),
        ("{ $.eventType = UpdateTrail }", TRAIL, true),
        ("{$.eventType=\"UpdateTrail\"}", TRAIL, true),
        ("{ $.eventType = \"UpdateTrai\" }", TRAIL, false),
        ("{ $.eventType != \"UpdateTrail\" }", TRAIL, false),
        ("{ $.eventType = \"updatetrail\" }", TRAIL, false),
        ("{ $.sourceIPAddress != 123.123.* }", TRAIL, true),
        ("{ $.sourceIPAddress != 111.111.* }", TRAIL, false),
        ("{ $.sourceIPAddress = 111.111.* }", TRAIL, true),
        ("{ $.arrayKey[0] = \"value\" }", TRAIL, true),
        ("{ $.arrayKey[1] = \"value\" }", TRAIL, false),
        ("{ $.arrayKey[1] = \"another value\" }", TRAIL, true),
        ("{ $.arrayKey[2] = \"value\" }", TRAIL, false),
        ("{ $.objectList[1].id = 2 }", TRAIL, true),
        ("{ $.objectList[0].id = 2 }", TRAIL, false),
        ("{ $.objectList[1].number = 2 }", TRAIL, false),
        ("{ $.ThisFlag[0] = \"value\" }", TRAIL, false),
        ("{ $.SomeObject IS NULL }", TRAIL, true),
        ("{ $.eventType IS NULL }", TRAIL, false),
        ("{ $.Missing IS NULL }", TRAIL, false),
        ("{ $.SomeObject is null }", TRAIL, true),
        ("{ $.SomeOtherObject NOT EXISTS }", TRAIL, true),
        ("{ $.SomeObject NOT EXISTS }", TRAIL, false),
        ("{ $.eventType NOT EXISTS }", TRAIL, false),
        ("{ $.eventType.deeper NOT EXISTS }", TRAIL, true),
        ("{ $.arrayKey[7] NOT EXISTS }", TRAIL, true),
        ("{ $.ThisFlag IS TRUE }", TRAIL, true),
        ("{ $.ThisFlag IS FALSE }", TRAIL, false),
        ("{ $.eventType IS TRUE }", TRAIL, false),
        ("{ $.ThisFlag = true }", TRAIL, true),
        // Regex values and wildcard selectors.
        ("{ $.eventType = %Trail% }", TRAIL, true),
        ("{ $.eventType = %^Trail% }", TRAIL, false),
        ("{ $.eventType != %Trail% }", TRAIL, false),
        ("{ $.arrayKey[*] = %val.{2}% }", TRAIL, true),
        ("{ $.arrayKey[*] = %^another% }", TRAIL, true),
        ("{ $.arrayKey[*] = %^nothing% }", TRAIL, false),
        ("{ $.* = %111\\.111\\.111\\.1[0-9]{1,2}% }", TRAIL, true),
        ("{ $.* = %112\\.% }", TRAIL, false),
        ("{ $.objectList[*].id = 2 }", TRAIL, true),
        ("{ $.objectList[*].id = 3 }", TRAIL, false),
        ("{ $.objectList[*].id != 1 }", TRAIL, true),
        ("{ $.objectList[*].name NOT EXISTS }", TRAIL, false),
        ("{ $.objectList[*].nope NOT EXISTS }", TRAIL, true),
        ("{ $.arrayKey.* = \"value\" }", TRAIL, false),
        // Bracket notation for keys with dots.
        ("{ $.['cluster.name'] = \"c\" }", TRAIL, true),
        ("{ $['cluster.name'] = \"c\" }", TRAIL, true),
        ("{ $[\"cluster.name\"] = \"c\" }", TRAIL, true),
        ("{ $.cluster.name = \"c\" }", TRAIL, false),
        ("{ $.['eventType'] = UpdateTrail }", TRAIL, true),
        // The dimension example: a wildcard value acts as "present".
        (
            "{ $.eventType = \"*\" && $.sourceIPAddress != 123.123.* }",
            TRAIL,
            true,
        ),
        (
            "{ $.eventName = \"*\" && $.sourceIPAddress != 123.123.* }",
            TRAIL,
            false,
        ),
        // Selectors must reach a value node.
        ("{ $.arrayKey = \"value\" }", TRAIL, false),
        ("{ $.arrayKey != \"value\" }", TRAIL, false),
        ("{ $.objectList[0] = * }", TRAIL, false),
        ("{ $.SomeObject = * }", TRAIL, false),
        ("{ $.SomeObject != \"x\" }", TRAIL, false),
        ("{ $.Missing != \"x\" }", TRAIL, false),
        ("{ $.users = 1 }", r#"{"users": [1, 2, 3]}"#, false),
        ("{ $.users != 1 }", r#"{"users": [1, 2, 3]}"#, false),
        // The OR examples of the older guide.
        ("{$.foo = bar}", r#"{"foo": "bar"}"#, true),
        ("{$.foo = bar}", r#"{"foo": "baz"}"#, false),
        ("{$.foo = baz }", r#"{"foo": "baz"}"#, true),
        ("{$.foo = bar || $.foo = baz }", r#"{"foo": "bar"}"#, true),
        ("{$.foo = bar || $.foo = baz }", r#"{"foo": "baz"}"#, true),
        ("{$.foo = bar || $.foo = baz }", r#"{"foo": "qux"}"#, false),
        // String wildcards: only at the ends.
        (
            "{ $.eventName = *Event }",
            r#"{"eventName": "PutEvent"}"#,
            true,
        ),
        (
            "{ $.eventName = *Event }",
            r#"{"eventName": "GetEvent"}"#,
            true,
        ),
        (
            "{ $.eventName = *Event }",
            r#"{"eventName": "EventId"}"#,
            false,
        ),
        (
            "{ $.eventName = Event* }",
            r#"{"eventName": "EventId"}"#,
            true,
        ),
        (
            "{ $.eventName = Event* }",
            r#"{"eventName": "EventName"}"#,
            true,
        ),
        (
            "{ $.eventName = Event* }",
            r#"{"eventName": "PutEvent"}"#,
            false,
        ),
        (
            "{ $.eventName = Ev*ent }",
            r#"{"eventName": "Ev*ent"}"#,
            true,
        ),
        (
            "{ $.eventName = Ev*ent }",
            r#"{"eventName": "Event"}"#,
            false,
        ),
        (
            "{ $.eventName = Ev*ent }",
            r#"{"eventName": "EvXent"}"#,
            false,
        ),
        (
            "{ $.eventName = *vent* }",
            r#"{"eventName": "PutEventX"}"#,
            true,
        ),
        (
            "{ $.eventName = \"\\*lit\" }",
            r#"{"eventName": "*lit"}"#,
            true,
        ),
        (
            "{ $.eventName = \"\\*lit\" }",
            r#"{"eventName": "xlit"}"#,
            false,
        ),
        ("{ $.e = \"\" }", r#"{"e": ""}"#, true),
        ("{ $.e = \"\" }", r#"{"e": "x"}"#, false),
        ("{ $.e = \"a \\\"q\\\" b\" }", r#"{"e": "a \"q\" b"}"#, true),
        // Messages that are not JSON objects or arrays never match.
        ("{ $.a = 1 }", "a=1", false),
        ("{ $.a NOT EXISTS }", "plain text", false),
        ("{ $.a NOT EXISTS }", "42", false),
        ("{ $.a NOT EXISTS }", "{\"b\": 1", false),
        ("{ $.a NOT EXISTS }", "{\"b\": 1}", true),
        ("{ $.a = 1 }", "  {\"a\": 1}  ", true),
        ("{ $[0] = 1 }", "[1, 2]", true),
        ("{ $[1] = 1 }", "[1, 2]", false),
        ("{ $.a = 1 }", "{\"a\": 1} trailing", false),
        ("{ $.a = \"ü\" }", "{\"a\": \"\\u00fc\"}", true),
        ("{ $.a-b_c = 1 }", "{\"a-b_c\": 1}", true),
    ]);
}

const USERS: &str = r#"{"user": {"id": 1, "email": "John.Stiles@example.com"}, "users": [{"id": 2, "email": "John.Doe@example.com"}, {"id": 3, "email": "Jane.Doe@example.com"}], "actions": ["GET", "PUT", "DELETE"], "coordinates": [[0, 1, 2], [4, 5, 6], [7, 8, 9]]}"#;

#[test]
fn json_compound_expressions() {
    check(&[
        (
            "{ ($.user.id = 1) && ($.users[0].email = \"John.Doe@example.com\") }",
            USERS,
            true,
        ),
        (
            "{ ($.user.id = 2 && $.users[0].email = \"nonmatch\") || $.actions[2] = \"GET\" }",
            USERS,
            false,
        ),
        (
            "{ $.user.email = \"John.Stiles@example.com\" || $.coordinates[0][1] = nonmatch && $.actions[2] = nomatch }",
            USERS,
            true,
        ),
        (
            "{ ($.user.email = \"John.Stiles@example.com\" || $.coordinates[0][1] = nonmatch) && $.actions[2] = nomatch }",
            USERS,
            false,
        ),
        (
            "{ $.user.email = \"John.Stiles@example.com\" || $.coordinates[0][1] = \"nonmatch\" && $.actions[2] = \"nonmatch\" }",
            USERS,
            true,
        ),
        (
            "{ ($.user.email = \"John.Stiles@example.com\" || $.coordinates[0][1] = \"nonmatch\") && $.actions[2] = \"nonmatch\" }",
            USERS,
            false,
        ),
        ("{ $.coordinates[0][1] = 1 }", USERS, true),
        ("{ $.coordinates[2][2] = 9 }", USERS, true),
        ("{ $.coordinates[1][*] = 5 }", USERS, true),
        (
            "{ $.actions[2] = \"DELETE\" && $.users[1].id = 3 }",
            USERS,
            true,
        ),
        ("{ (($.user.id = 1)) }", USERS, true),
        (
            "{ ($.user.id = 9 || ($.user.id = 1 && ($.actions[0] = GET))) }",
            USERS,
            true,
        ),
        // `&&` binds tighter than `||`.
        (
            "{ $.a = 1 || $.b = 1 && $.c = 1 }",
            r#"{"a": 1, "b": 0, "c": 0}"#,
            true,
        ),
        (
            "{ ($.a = 1 || $.b = 1) && $.c = 1 }",
            r#"{"a": 1, "b": 0, "c": 0}"#,
            false,
        ),
        (
            "{ $.a = 1 && $.b = 1 || $.c = 1 }",
            r#"{"a": 0, "b": 0, "c": 1}"#,
            true,
        ),
        (
            "{ $.a = 1 && ($.b = 1 || $.c = 1) }",
            r#"{"a": 0, "b": 0, "c": 1}"#,
            false,
        ),
    ]);
}

#[test]
fn json_numbers() {
    let m = r#"{"latency": 500, "numbers": [5, 0.001], "processes": [{}, {}, {}, {}, {"averageRuntime": 55.5}], "errorCode": 400, "bandwidth": 80, "refreshRate": 60, "responseTime": 5, "number": [1000, 0.001], "big": 9007199254740993, "code": "404", "neg": -3}"#;
    check(&[
        ("{ $.latency >= 500 }", m, true),
        ("{ $.latency > 500 }", m, false),
        ("{ $.numbers[0] < 10e3 }", m, true),
        ("{ $.numbers[0] < 10e-3 }", m, false),
        ("{ $.numbers[1] < 10e-3 }", m, true),
        ("{ $.processes[4].averageRuntime <= 55.5 }", m, true),
        ("{ $.processes[4].averageRuntime < 55.5 }", m, false),
        ("{ $.errorCode = 400 }", m, true),
        ("{ $.errorCode = 400}", m, true),
        ("{ $.errorCode = 400.0 }", m, true),
        ("{ $.errorCode = 4e2 }", m, true),
        ("{ $.errorCode != 500 }", m, true),
        ("{ $.errorCode != 400 }", m, false),
        ("{ $.latency > +1000 }", m, false),
        ("{ $.latency < +1000 }", m, true),
        ("{ $.bandwidth > 75 }", m, true),
        ("{ $.latency < 50 }", m, false),
        ("{ $.refreshRate >= 60 }", m, true),
        ("{ $.responseTime <= 5 }", m, true),
        ("{ $.number[0] = 1e+3 }", m, true),
        ("{ $.number[0] != 1e+3 }", m, false),
        ("{ $.number[0] != 1e-3 }", m, true),
        ("{ $.number[1] = 1e-3 }", m, true),
        ("{ $.neg < -2 }", m, true),
        ("{ $.neg = -3 }", m, true),
        ("{ $.big > 9007199254740992 }", m, true),
        ("{ $.big = 9007199254740993 }", m, true),
        // `*` matches any number (and any string), as in the metricValue recipe.
        ("{ $.latency = * }", m, true),
        ("{ $.latency = 5* }", m, true),
        ("{ $.latency = 6* }", m, false),
        ("{ $.absent = * }", m, false),
        // Numbers held in strings compare numerically; strings compare textually.
        ("{ $.code = 404 }", m, true),
        ("{ $.code > 400 }", m, true),
        ("{ $.code = \"404\" }", m, true),
        ("{ $.errorCode = \"400\" }", m, true),
        ("{ $.code = 4* }", m, true),
        ("{ $.numbers > 1 }", m, false),
        ("{ $.processes[4] > 1 }", m, false),
        ("{ $.latency > 1 }", r#"{"latency": "fast"}"#, false),
        ("{ $.latency != 1 }", r#"{"latency": "fast"}"#, false),
        ("{ $.latency > 1 }", r#"{"latency": true}"#, false),
        ("{ $.latency > 1 }", r#"{"latency": null}"#, false),
    ]);
}

const APACHE_1: &str =
    r#"127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] "GET /apache_pb.gif HTTP/1.0" 200 1534"#;
const APACHE_2: &str =
    r#"127.0.0.1 - frank [10/Oct/2000:13:35:22 -0700] "GET /apache_pb.gif HTTP/1.0" 500 5324"#;
const APACHE_3: &str =
    r#"127.0.0.1 - frank [10/Oct/2000:13:50:35 -0700] "GET /apache_pb.gif HTTP/1.0" 200 4355"#;
const PROD: &str =
    r#"127.0.0.1 Prod frank [10/Oct/2000:13:25:15 -0700] "GET /index.html HTTP/1.0" 404 1534"#;

#[test]
fn space_delimited_fields() {
    let seven = "[ip, user, username, timestamp, request, status_code, bytes]";
    check(&[
        (seven, APACHE_1, true),
        (seven, APACHE_2, true),
        (seven, PROD, true),
        (seven, "127.0.0.1 - frank", false),
        (seven, "a b c d e f g h", false),
        ("[..., status_code, bytes]", APACHE_1, true),
        ("[ip, user, ..., status_code, bytes]", APACHE_1, true),
        ("[ip, user, ...]", APACHE_1, true),
        ("[ip, user, ...]", "only-one", false),
        ("[...]", "", true),
        ("[...]", "a b c", true),
        ("[..., ...]", "a", true),
        ("[a, b]", "one", false),
        ("[a, b]", "one two", true),
        ("[a, b]", "one two three", false),
        ("[a]", "", false),
        ("[a]", "   spaced   ", true),
        // Conditions.
        (
            "[ip, user, username, timestamp, request, status_code, bytes > 1000]",
            APACHE_1,
            true,
        ),
        (
            "[ip, user, username, timestamp, request, status_code, bytes > 5000]",
            APACHE_1,
            false,
        ),
        (
            "[ip, user, username, timestamp, request, status_code, bytes > 5000]",
            APACHE_2,
            true,
        ),
        (
            "[ip, user, username, timestamp, request, status_code = 200, bytes]",
            APACHE_1,
            true,
        ),
        (
            "[ip, user, username, timestamp, request, status_code = 200, bytes]",
            APACHE_2,
            false,
        ),
        (
            "[ip, user, username, timestamp, request, status_code = 200, bytes]",
            APACHE_3,
            true,
        ),
        (
            "[ip, user, username, timestamp, request, status_code = 4*, bytes]",
            APACHE_1,
            false,
        ),
        (
            "[ip, user, username, timestamp, request, status_code = 4*, bytes]",
            PROD,
            true,
        ),
        (
            "[ip, user, username, timestamp, request = *html*, status_code = 4*, bytes]",
            APACHE_1,
            false,
        ),
        (
            "[ip, user, username, timestamp, request = *html*, status_code = 4*, bytes]",
            PROD,
            true,
        ),
        (
            "[ip, user, username, timestamp, request, status_code = 403 || status_code = 404, bytes]",
            PROD,
            true,
        ),
        (
            "[ip, user, username, timestamp, request, status_code = 403 || status_code = 404, bytes]",
            APACHE_1,
            false,
        ),
        (
            "[ip, user, username, timestamp, request, status_code = 4* && status_code != 403, bytes]",
            PROD,
            true,
        ),
        (
            "[ip, user, username, timestamp, request =*.html*, status_code = 4*, bytes]",
            PROD,
            true,
        ),
        (
            "[..., request =*.html*, status_code = 4*, bytes]",
            PROD,
            true,
        ),
        (
            "[ip, user, username, timestamp, request =*.html*, status_code = 404 || status_code = 410, bytes]",
            PROD,
            true,
        ),
        (
            "[ip=%127\\.0\\.0\\.[1-9]%, user, username, timestamp, request =*.html*, status_code = 4*, bytes]",
            PROD,
            true,
        ),
        (
            "[ip=%^127\\.0\\.0\\.[1-9]%, user, username, timestamp, request, status_code, bytes]",
            &PROD.replacen("127.", "128.", 1),
            false,
        ),
        (
            "[ip, server, username, timestamp, request, status_code, bytes > 1000]",
            PROD,
            true,
        ),
        ("[..., request=*.html*, status_code=4*,]", PROD, true),
        ("[..., request=*.html*, status_code=4*,]", APACHE_1, false),
        ("[ip, user = \"-\", ...]", APACHE_1, true),
        ("[ip, user = \"-\", ...]", PROD, false),
        ("[ip, user != Prod, ...]", APACHE_1, true),
        ("[ip, user != Prod, ...]", PROD, false),
        ("[..., bytes >= 1534]", PROD, true),
        ("[..., bytes < 1534]", PROD, false),
        ("[..., bytes <= 1534 && bytes >= 1534]", PROD, true),
        ("[..., status_code = 404, bytes]", PROD, true),
        ("[..., status_code = 404.0, bytes]", PROD, true),
        ("[..., status_code = \"404\", bytes]", PROD, true),
        // Numeric conditions need numeric fields.
        ("[a, b > 5]", "x abc", false),
        ("[a, b != 5]", "x abc", false),
        ("[a, b != 5]", "x 6", true),
        ("[a, b = abc]", "x abc", true),
        // Several ellipses.
        (
            "[..., method = POST, ...]",
            "INFO 09/25/2014 12:00:01 POST /x 1310",
            true,
        ),
        (
            "[..., method = POST, ...]",
            "INFO 09/25/2014 12:00:00 GET /x 1200",
            false,
        ),
        ("[..., a = x, ..., b = y]", "q x r s y", true),
        ("[..., a = x, ..., b = y]", "q y r s x", false),
        ("[..., a = x, b = y, ...]", "x x y z", true),
        ("[first, ..., a = x, b = y]", "q x y x y", true),
    ]);
}

const INFO_1: &str = "INFO 09/25/2014 12:00:00 GET /service/resource/67 1200";
const INFO_2: &str = "INFO 09/25/2014 12:00:01 POST /service/resource/67/part/111 1310";
const WARNING: &str = "WARNING 09/25/2014 12:00:02 Invalid user request";
const ERROR_7: &str = "ERROR 09/25/2014 12:00:02 Failed to process request";

#[test]
fn space_delimited_words() {
    let top = "[logLevel, date, time, method, url=%/service/resource/[0-9]+$%, response_time]";
    let child = "[logLevel, date, time, method, url=%/service/resource/[0-9]+/part/[0-9]+$%, response_time]";
    check(&[
        (top, INFO_1, true),
        (top, INFO_2, false),
        (top, WARNING, false),
        (top, ERROR_7, false),
        (child, INFO_2, true),
        (child, INFO_1, false),
        // The older guide's three lines.
        ("[w1=ERROR, w2]", "ERROR WARN message", false),
        ("[w1=ERROR, w2]", "ERROR message", true),
        ("[w1=ERROR, w2]", "WARN message", false),
        ("[w1=ERROR || w1=WARN, w2]", "ERROR WARN message", false),
        ("[w1=ERROR || w1=WARN, w2]", "ERROR message", true),
        ("[w1=ERROR || w1=WARN, w2]", "WARN message", true),
        ("[w1=ERROR || w1=WARNING, w2]", "WARNING message", true),
        ("[w1!=ERROR && w1!=WARN, w2]", "ERROR message", false),
        ("[w1!=ERROR && w1!=WARN, w2]", "WARN message", false),
        ("[w1!=ERROR && w1!=WARN, w2]", "INFO message", true),
        ("[w1!=ERROR&&w1!=WARN, w2]", "INFO message", true),
        (
            "[(w1 = ERROR || w1 = WARN) && w1 != WARNING, w2]",
            "WARN x",
            true,
        ),
        // The exact field count: a two-field pattern does not match a
        // seven-word line (see the crate docs); an ellipsis does.
        ("[w1=ERROR, w2]", ERROR_7, false),
        ("[w1=ERROR, ...]", ERROR_7, true),
        ("[w1=ERROR, ...]", WARNING, false),
    ]);
}
