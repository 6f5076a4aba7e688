//! The awsQuery protocol (IAM, STS): form-encoded requests, XML responses.
//!
//! A request is `Action=CreateUser&Version=2010-05-08&UserName=alice&Tags.member.1.Key=team&...`
//! in a form body (or a query string). [`decode_input`] reads it into the same JSON value an
//! AWS JSON client would have sent for the operation's input shape, walking the model: nested
//! members are `Parent.Child`, list items `Name.member.N` (from 1; `Name=` is an empty list),
//! map entries `Name.entry.N.key` / `.value`. Scalars are typed by their shape (integers,
//! booleans, ISO 8601 timestamps as epoch seconds), so the JSON validator and the generated
//! types apply unchanged. [`encode_output`] writes the operation's output the way IAM does:
//! `<OpResponse xmlns=NS><OpResult>...</OpResult><ResponseMetadata><RequestId>..</RequestId>
//! </ResponseMetadata></OpResponse>`, members in model order, lists as `<member>` elements,
//! timestamps in ISO 8601. [`encode_error`] writes `<ErrorResponse>`.
//!
//! Nothing here panics on any input; nesting is bounded by the model's depth.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use keel_awsmodel::{ServiceModel, Shape, ShapeKind};
use serde_json::{Map, Number, Value};

use crate::{Access, ApiError, RequestContext};

/// A service served over the awsQuery protocol (IAM, STS), found by the service name of the
/// request's SigV4 credential scope.
///
/// As for [`crate::JsonService`], the edge has decoded the form into the operation's input
/// shape and validated it before [`QueryService::call`] runs. The answer is the JSON value
/// of the output shape; the edge writes it as XML.
#[async_trait::async_trait]
pub trait QueryService: Send + Sync + 'static {
    /// The botocore model this service implements (its `protocol` is `query`).
    fn model(&self) -> &'static ServiceModel;

    /// What `operation` asks permission for; see [`crate::JsonService::access`].
    async fn access(
        &self,
        _ctx: &RequestContext,
        _operation: &str,
        _input: &Value,
    ) -> Result<Option<Access>, ApiError> {
        Ok(None)
    }

    /// Members the audit trail must not record beyond those the model marks sensitive; see
    /// [`crate::JsonService::audit_redactions`].
    fn audit_redactions(&self) -> &'static [&'static str] {
        &[]
    }

    /// Runs one operation; `Ok` is the output shape's JSON value (`{}` when it has none).
    async fn call(
        &self,
        ctx: &RequestContext,
        operation: &str,
        input: Value,
    ) -> Result<Value, ApiError>;
}

/// Deepest nesting followed while decoding (the IAM model is far shallower).
const MAX_DEPTH: usize = 32;

/// A form-encoded request, split into its action and its other parameters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueryParams {
    pub action: Option<String>,
    pub version: Option<String>,
    /// Every other parameter; a repeated name keeps its last value.
    pub params: BTreeMap<String, String>,
}

/// Splits `Action=..&Version=..&..` (form encoding: `+` is a space).
pub fn parse_form(body: &[u8]) -> QueryParams {
    let mut out = QueryParams::default();
    for (key, value) in form_urlencoded::parse(body) {
        match key.as_ref() {
            "Action" => out.action = Some(value.into_owned()),
            "Version" => out.version = Some(value.into_owned()),
            _ => {
                out.params.insert(key.into_owned(), value.into_owned());
            }
        }
    }
    out
}

/// The error for a parameter whose text is not a value of its shape's type.
fn malformed(path: &str, value: &str, expected: &str) -> ApiError {
    let shown: String = value.chars().take(256).collect();
    ApiError::client(
        "ValidationError",
        format!(
            "1 validation error detected: Value '{shown}' at '{}' failed to satisfy constraint: \
             Member must be {expected}",
            message_path(path)
        ),
    )
}

/// `Tags.member.1.Key` as AWS names it in messages: `tags.1.member.key`.
fn message_path(path: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let parts: Vec<&str> = path.split('.').collect();
    let mut i = 0;
    while i < parts.len() {
        let part = parts[i];
        if (part == "member" || part == "entry") && i + 1 < parts.len() {
            out.push(format!("{}.{part}", parts[i + 1]));
            i += 2;
            continue;
        }
        let mut chars = part.chars();
        out.push(match chars.next() {
            Some(first) => first.to_lowercase().chain(chars).collect(),
            None => String::new(),
        });
        i += 1;
    }
    out.join(".")
}

/// Reads the parameters into the JSON value of the operation's input shape.
pub fn decode_input(
    model: &ServiceModel,
    operation: &str,
    params: &BTreeMap<String, String>,
) -> Result<Value, ApiError> {
    let input = model.operation(operation).and_then(|op| op.input);
    let Some(shape) = input.and_then(|name| model.shape(name)) else {
        return Ok(Value::Object(Map::new()));
    };
    let decoder = Decoder { model, params };
    Ok(decoder
        .value(shape, "", 0)?
        .unwrap_or_else(|| Value::Object(Map::new())))
}

struct Decoder<'a> {
    model: &'a ServiceModel,
    params: &'a BTreeMap<String, String>,
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

impl Decoder<'_> {
    /// Parameters whose names start with `prefix.`.
    fn under<'p>(&'p self, prefix: &str) -> impl Iterator<Item = (&'p String, &'p String)> + 'p {
        let start = format!("{prefix}.");
        self.params
            .range(start.clone()..)
            .take_while(move |(k, _)| k.starts_with(&start))
    }

    /// The item numbers present under `prefix.marker.N`, in numeric order.
    fn indices(&self, prefix: &str, marker: &str) -> Vec<u64> {
        let head = format!("{prefix}.{marker}.");
        let mut found: Vec<u64> = self
            .under(prefix)
            .filter_map(|(k, _)| {
                let rest = k.strip_prefix(&head)?;
                let n = rest.split('.').next()?;
                n.parse::<u64>().ok().filter(|n| *n >= 1)
            })
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    fn value(&self, shape: &Shape, path: &str, depth: usize) -> Result<Option<Value>, ApiError> {
        if depth > MAX_DEPTH {
            return Ok(None);
        }
        match &shape.kind {
            ShapeKind::Structure { members, .. } => {
                let mut out = Map::new();
                for member in *members {
                    let Some(target) = self.model.shape(member.shape) else {
                        continue;
                    };
                    if let Some(v) = self.value(target, &join(path, member.name), depth + 1)? {
                        out.insert(member.name.to_string(), v);
                    }
                }
                Ok((!out.is_empty() || path.is_empty()).then_some(Value::Object(out)))
            }
            ShapeKind::List { member, .. } => {
                let Some(target) = self.model.shape(member) else {
                    return Ok(None);
                };
                let mut items = Vec::new();
                for n in self.indices(path, "member") {
                    let child = format!("{path}.member.{n}");
                    if let Some(v) = self.value(target, &child, depth + 1)? {
                        items.push(v);
                    }
                }
                if items.is_empty() && !self.params.contains_key(path) {
                    return Ok(None);
                }
                Ok(Some(Value::Array(items)))
            }
            ShapeKind::Map { key, value, .. } => {
                let (Some(key_shape), Some(value_shape)) =
                    (self.model.shape(key), self.model.shape(value))
                else {
                    return Ok(None);
                };
                let mut out = Map::new();
                for n in self.indices(path, "entry") {
                    let entry = format!("{path}.entry.{n}");
                    let k = self.value(key_shape, &format!("{entry}.key"), depth + 1)?;
                    let v = self.value(value_shape, &format!("{entry}.value"), depth + 1)?;
                    if let (Some(Value::String(k)), Some(v)) = (k, v) {
                        out.insert(k, v);
                    }
                }
                if out.is_empty() && !self.params.contains_key(path) {
                    return Ok(None);
                }
                Ok(Some(Value::Object(out)))
            }
            kind => {
                let Some(text) = self.params.get(path) else {
                    return Ok(None);
                };
                scalar(kind, text, path).map(Some)
            }
        }
    }
}

fn scalar(kind: &ShapeKind, text: &str, path: &str) -> Result<Value, ApiError> {
    Ok(match kind {
        ShapeKind::String { .. } | ShapeKind::Blob { .. } => Value::String(text.to_string()),
        ShapeKind::Integer { .. } | ShapeKind::Long { .. } => text
            .trim()
            .parse::<i64>()
            .map(|n| Value::Number(n.into()))
            .map_err(|_| malformed(path, text, "an integer"))?,
        ShapeKind::Boolean => match text.trim().to_ascii_lowercase().as_str() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => return Err(malformed(path, text, "a boolean")),
        },
        ShapeKind::Double { .. } | ShapeKind::Float { .. } => text
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| malformed(path, text, "a number"))?,
        ShapeKind::Timestamp => {
            let ms = keel_types::time::parse_iso8601_ms(text)
                .or_else(|| {
                    text.trim()
                        .parse::<f64>()
                        .ok()
                        .filter(|s| s.is_finite())
                        .map(|s| (s * 1000.0) as i64)
                })
                .ok_or_else(|| malformed(path, text, "an ISO 8601 timestamp"))?;
            Number::from_f64(ms as f64 / 1000.0)
                .map(Value::Number)
                .ok_or_else(|| malformed(path, text, "an ISO 8601 timestamp"))?
        }
        ShapeKind::Structure { .. } | ShapeKind::List { .. } | ShapeKind::Map { .. } => Value::Null,
    })
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // XML 1.0 cannot carry most control characters; AWS escapes CR as a reference.
            '\r' => out.push_str("&#xD;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {
                let _ = write!(out, "&#x{:X};", c as u32);
            }
            c => out.push(c),
        }
    }
}

/// Writes the XML answer of a successful call. `output` is the JSON value of the output
/// shape (an empty object for operations without one).
pub fn encode_output(
    model: &ServiceModel,
    operation: &str,
    output: &Value,
    request_id: &str,
) -> String {
    let mut out = String::with_capacity(512);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = write!(
        out,
        "<{operation}Response xmlns=\"{}\">",
        model.xml_namespace
    );
    let op = model.operation(operation);
    if let Some(shape) = op.and_then(|o| o.output).and_then(|s| model.shape(s)) {
        let wrapper = op
            .and_then(|o| o.result_wrapper)
            .map_or_else(|| format!("{operation}Result"), str::to_string);
        let _ = write!(out, "<{wrapper}>");
        Encoder { model }.members(&mut out, shape, output, 0);
        let _ = write!(out, "</{wrapper}>");
    }
    out.push_str("<ResponseMetadata><RequestId>");
    escape_into(&mut out, request_id);
    out.push_str("</RequestId></ResponseMetadata>");
    let _ = write!(out, "</{operation}Response>");
    out
}

struct Encoder<'a> {
    model: &'a ServiceModel,
}

impl Encoder<'_> {
    /// The members of a structure value, in model order.
    fn members(&self, out: &mut String, shape: &Shape, value: &Value, depth: usize) {
        let (ShapeKind::Structure { members, .. }, Value::Object(map)) = (&shape.kind, value)
        else {
            return;
        };
        for member in *members {
            let Some(v) = map.get(member.name).filter(|v| !v.is_null()) else {
                continue;
            };
            let Some(target) = self.model.shape(member.shape) else {
                continue;
            };
            let _ = write!(out, "<{}>", member.name);
            self.value(out, target, v, depth + 1);
            let _ = write!(out, "</{}>", member.name);
        }
    }

    fn value(&self, out: &mut String, shape: &Shape, value: &Value, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        match (&shape.kind, value) {
            (ShapeKind::Structure { .. }, _) => self.members(out, shape, value, depth),
            (ShapeKind::List { member, .. }, Value::Array(items)) => {
                let Some(target) = self.model.shape(member) else {
                    return;
                };
                for item in items {
                    out.push_str("<member>");
                    self.value(out, target, item, depth + 1);
                    out.push_str("</member>");
                }
            }
            (ShapeKind::Map { value: v, .. }, Value::Object(entries)) => {
                let Some(target) = self.model.shape(v) else {
                    return;
                };
                for (key, item) in entries {
                    out.push_str("<entry><key>");
                    escape_into(out, key);
                    out.push_str("</key><value>");
                    self.value(out, target, item, depth + 1);
                    out.push_str("</value></entry>");
                }
            }
            (ShapeKind::Timestamp, Value::Number(n)) => {
                let ms = (n.as_f64().unwrap_or(0.0) * 1000.0).round() as i64;
                out.push_str(&keel_types::time::format_iso8601_utc(ms));
            }
            (_, Value::String(s)) => escape_into(out, s),
            (_, Value::Bool(b)) => out.push_str(if *b { "true" } else { "false" }),
            (_, Value::Number(n)) => {
                let _ = write!(out, "{n}");
            }
            _ => {}
        }
    }
}

/// Writes the `<ErrorResponse>` AWS query services answer with.
pub fn encode_error(model: &ServiceModel, err: &ApiError, request_id: &str) -> String {
    let kind = if err.status().is_server_error() {
        "Receiver"
    } else {
        "Sender"
    };
    let mut out = String::with_capacity(256);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = write!(out, "<ErrorResponse xmlns=\"{}\">", model.xml_namespace);
    let _ = write!(out, "<Error><Type>{kind}</Type><Code>");
    escape_into(&mut out, &err.code);
    out.push_str("</Code><Message>");
    escape_into(&mut out, &err.message);
    out.push_str("</Message></Error><RequestId>");
    escape_into(&mut out, request_id);
    out.push_str("</RequestId></ErrorResponse>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn iam() -> &'static ServiceModel {
        &keel_awsmodel::iam::MODEL
    }

    fn decode(op: &str, body: &str) -> Result<Value, ApiError> {
        let form = parse_form(body.as_bytes());
        decode_input(iam(), op, &form.params)
    }

    #[test]
    fn reads_scalars_structures_and_lists() {
        let form = parse_form(b"Action=CreateUser&Version=2010-05-08&UserName=alice&Path=%2Fteam%2F&Tags.member.1.Key=team&Tags.member.1.Value=a+b&Tags.member.2.Key=x&Tags.member.2.Value=y");
        assert_eq!(form.action.as_deref(), Some("CreateUser"));
        assert_eq!(form.version.as_deref(), Some("2010-05-08"));
        let input = decode_input(iam(), "CreateUser", &form.params).unwrap();
        assert_eq!(
            input,
            json!({"Path": "/team/", "UserName": "alice", "Tags": [
                {"Key": "team", "Value": "a b"}, {"Key": "x", "Value": "y"}]})
        );
    }

    #[test]
    fn list_items_follow_their_numbers_and_empty_lists_are_kept() {
        let input = decode(
            "TagUser",
            "UserName=u&Tags.member.10.Key=c&Tags.member.10.Value=3&Tags.member.2.Key=b&Tags.member.2.Value=2",
        )
        .unwrap();
        assert_eq!(input["Tags"][0]["Key"], "b");
        assert_eq!(input["Tags"][1]["Key"], "c");
        let input = decode("UntagUser", "UserName=u&TagKeys=").unwrap();
        assert_eq!(input["TagKeys"], json!([]));
    }

    #[test]
    fn typed_scalars_and_their_errors() {
        let input = decode("ListUsers", "MaxItems=5&PathPrefix=%2F").unwrap();
        assert_eq!(input["MaxItems"], 5);
        let err = decode("ListUsers", "MaxItems=five").unwrap_err();
        assert_eq!(err.code, "ValidationError");
        assert!(err.message.contains("at 'maxItems'"), "{}", err.message);
        let input = decode("UpdateAccessKey", "AccessKeyId=AKIA&Status=Inactive").unwrap();
        assert_eq!(input["Status"], "Inactive");
        let input = decode(
            "CreatePolicyVersion",
            "PolicyArn=a&PolicyDocument=d&SetAsDefault=true",
        )
        .unwrap();
        assert_eq!(input["SetAsDefault"], true);
        assert!(decode("CreatePolicyVersion", "PolicyArn=a&SetAsDefault=maybe").is_err());
    }

    #[test]
    fn writes_iam_shaped_xml() {
        let output = json!({"User": {
            "Path": "/", "UserName": "a<b", "UserId": "AIDA", "Arn": "arn:aws:iam::0:user/a",
            "CreateDate": 1_440_938_160.0,
            "Tags": [{"Key": "k", "Value": "v"}]
        }});
        let xml = encode_output(iam(), "CreateUser", &output, "req-1");
        assert_eq!(
            xml,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CreateUserResponse \
             xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><CreateUserResult><User>\
             <Path>/</Path><UserName>a&lt;b</UserName><UserId>AIDA</UserId>\
             <Arn>arn:aws:iam::0:user/a</Arn><CreateDate>2015-08-30T12:36:00Z</CreateDate>\
             <Tags><member><Key>k</Key><Value>v</Value></member></Tags></User>\
             </CreateUserResult><ResponseMetadata><RequestId>req-1</RequestId>\
             </ResponseMetadata></CreateUserResponse>"
        );
        let xml = encode_output(iam(), "DeleteUser", &json!({}), "r");
        assert!(xml.contains("<DeleteUserResponse"));
        assert!(!xml.contains("Result"));
    }

    #[test]
    fn errors_name_sender_or_receiver() {
        let err = ApiError::modeled(
            iam(),
            "NoSuchEntityException",
            "The user with name bob cannot be found.",
        );
        assert_eq!(err.status(), http::StatusCode::NOT_FOUND);
        let xml = encode_error(iam(), &err, "r");
        assert!(xml.contains("<Error><Type>Sender</Type><Code>NoSuchEntity</Code>"));
        assert!(xml.contains("<RequestId>r</RequestId></ErrorResponse>"));
    }

    #[test]
    fn message_paths_read_like_aws() {
        assert_eq!(message_path("Tags.member.1.Key"), "tags.1.member.key");
        assert_eq!(message_path("MaxItems"), "maxItems");
    }
}
