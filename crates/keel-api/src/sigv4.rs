//! AWS Signature Version 4: verifying signed requests, and signing (for Keel's own clients and
//! tests).
//!
//! A signature is presented in the `Authorization` header
//! (`AWS4-HMAC-SHA256 Credential=AKID/DATE/REGION/SERVICE/aws4_request, SignedHeaders=..,
//! Signature=..`) or as presigned query parameters (`X-Amz-Algorithm`, `X-Amz-Credential`,
//! `X-Amz-Date`, `X-Amz-Expires`, `X-Amz-SignedHeaders`, `X-Amz-Signature`). Verification
//! rebuilds the canonical request from what arrived, derives the signing key from the secret of
//! the named access key, and compares signatures in constant time. As AWS does, it allows five
//! minutes of clock skew, requires `host` among the signed headers, and takes the payload hash
//! from `x-amz-content-sha256` when present (which may say `UNSIGNED-PAYLOAD`).
//!
//! Reference: "Create a signed AWS API request" and "Elements of an AWS API request signature"
//! in the IAM User Guide.

use std::fmt::Write as _;

use hmac::{Hmac, KeyInit, Mac};
use http::HeaderMap;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::caller::Caller;
use crate::context::CredentialScope;

const ALGORITHM: &str = "AWS4-HMAC-SHA256";
/// How far a request's time may be from the server's, either way.
pub const MAX_SKEW_MS: i64 = 5 * 60 * 1000;
/// Longest validity a presigned request may ask for (seven days).
const MAX_PRESIGN_SECS: i64 = 604_800;
pub const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";

/// The secret behind an access key, and whose it is.
#[derive(Clone, Debug)]
pub struct Secret {
    pub secret_access_key: String,
    /// Temporary credentials: the token the request must carry (`X-Amz-Security-Token`).
    pub session_token: Option<String>,
    /// Temporary credentials: when they stop working (ms since the epoch).
    pub expires_at_ms: Option<i64>,
    /// The identity the key belongs to.
    pub caller: Caller,
}

/// Where verification finds secrets.
pub trait KeyStore: Send + Sync + 'static {
    /// The secret of `access_key_id`. `session_token` is the `X-Amz-Security-Token` the
    /// request carries, for stores whose temporary credentials live in the token itself;
    /// `None` means the key is unknown (or the token does not belong to it).
    fn secret(&self, access_key_id: &str, session_token: Option<&str>) -> Option<Secret>;
}

/// What a request is, as far as its signature is concerned.
pub struct SignedParts<'a> {
    pub method: &'a str,
    /// The path exactly as sent (still percent-encoded).
    pub path: &'a str,
    /// The raw query string, without `?`.
    pub query: Option<&'a str>,
    pub headers: &'a HeaderMap,
    pub body: &'a [u8],
}

/// A request that passed verification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verified {
    pub scope: CredentialScope,
    /// Who signed; an [`Caller::unverified`] caller when signatures are not checked.
    pub caller: Caller,
}

/// Why a request was not authenticated. Each maps to AWS's error for the protocol.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    #[error("Request is missing Authentication Token")]
    Missing,
    #[error("{0}")]
    Incomplete(String),
    #[error("The security token included in the request is invalid.")]
    UnknownKey,
    #[error(
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
    )]
    Mismatch,
    #[error("{0}")]
    BadScope(String),
    #[error("Signature expired: {request} is now earlier than {earliest} ({now} - 5 min.)")]
    TooOld {
        request: String,
        earliest: String,
        now: String,
    },
    #[error("Signature not yet current: {request} is still later than {latest} ({now} + 5 min.)")]
    TooNew {
        request: String,
        latest: String,
        now: String,
    },
    #[error("Request has expired")]
    PresignExpired,
    #[error("The security token included in the request is expired")]
    ExpiredToken,
}

/// The wire family an error is reported in: JSON protocols (ECS, CloudWatch Logs) and the query
/// protocol (IAM, STS) name the same failures differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protocol {
    Json,
    Query,
}

impl AuthError {
    /// AWS's error code for this failure in `protocol`.
    pub fn code(&self, protocol: Protocol) -> &'static str {
        use AuthError::*;
        match (self, protocol) {
            (Missing, Protocol::Json) => "MissingAuthenticationTokenException",
            (Missing, Protocol::Query) => "MissingAuthenticationToken",
            (Incomplete(_), Protocol::Json) => "IncompleteSignatureException",
            (Incomplete(_), Protocol::Query) => "IncompleteSignature",
            (UnknownKey, Protocol::Json) => "UnrecognizedClientException",
            (UnknownKey, Protocol::Query) => "InvalidClientTokenId",
            (Mismatch | BadScope(_), Protocol::Json) => "InvalidSignatureException",
            (Mismatch | BadScope(_), Protocol::Query) => "SignatureDoesNotMatch",
            (TooOld { .. } | TooNew { .. } | PresignExpired, Protocol::Json) => {
                "InvalidSignatureException"
            }
            (TooOld { .. } | TooNew { .. } | PresignExpired, Protocol::Query) => "RequestExpired",
            (ExpiredToken, Protocol::Json) => "ExpiredTokenException",
            (ExpiredToken, Protocol::Query) => "ExpiredToken",
        }
    }

    /// The HTTP status AWS answers with.
    pub fn status(&self, protocol: Protocol) -> u16 {
        match (self, protocol) {
            (AuthError::Missing | AuthError::UnknownKey | AuthError::Mismatch, Protocol::Query) => {
                403
            }
            (AuthError::BadScope(_), Protocol::Query) => 403,
            _ => 400,
        }
    }
}

/// The signature a request presents, parsed but not yet checked.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Presented {
    scope: CredentialScope,
    signed_headers: Vec<String>,
    signature: String,
    /// `X-Amz-Date` (`20261122T190000Z`).
    amz_date: String,
    /// Presigned: validity in seconds.
    expires_secs: Option<i64>,
    session_token: Option<String>,
    presigned: bool,
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                // Form encoding of a space; SigV4 clients encode spaces as %20, but a
                // literal '+' in a raw query can only have meant a space.
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// RFC 3986 encoding as SigV4 wants it: unreserved characters kept, everything else `%XX`.
pub fn uri_encode(s: &str, keep_slash: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b'/' if keep_slash => out.push('/'),
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

fn parse_authorization(value: &str) -> Result<(String, Vec<String>, String), AuthError> {
    let rest = value.strip_prefix(ALGORITHM).ok_or_else(|| {
        AuthError::Incomplete(format!(
            "Unsupported authorization type; only {ALGORITHM} is accepted."
        ))
    })?;
    let mut credential = None;
    let mut signed = None;
    let mut signature = None;
    for part in rest.split(',') {
        let part = part.trim();
        if let Some(v) = part.strip_prefix("Credential=") {
            credential = Some(v.to_string());
        } else if let Some(v) = part.strip_prefix("SignedHeaders=") {
            signed = Some(v.to_string());
        } else if let Some(v) = part.strip_prefix("Signature=") {
            signature = Some(v.to_string());
        }
    }
    let missing = |what: &str| {
        AuthError::Incomplete(format!(
            "Authorization header requires '{what}' parameter. Authorization={value}"
        ))
    };
    let credential = credential.ok_or_else(|| missing("Credential"))?;
    let signed = signed.ok_or_else(|| missing("SignedHeaders"))?;
    let signature = signature.ok_or_else(|| missing("Signature"))?;
    Ok((
        credential,
        signed.split(';').map(str::to_string).collect(),
        signature,
    ))
}

fn presented(parts: &SignedParts<'_>) -> Result<Presented, AuthError> {
    if let Some(auth) = header(parts.headers, "authorization") {
        let (credential, signed_headers, signature) = parse_authorization(auth)?;
        let scope = CredentialScope::parse(&credential).ok_or_else(|| {
            AuthError::Incomplete(format!(
                "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '{credential}'"
            ))
        })?;
        let amz_date = header(parts.headers, "x-amz-date")
            .map(str::to_string)
            .or_else(|| header(parts.headers, "date").and_then(http_date_to_amz))
            .ok_or_else(|| {
                AuthError::Incomplete(
                    "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
                        .into(),
                )
            })?;
        return Ok(Presented {
            scope,
            signed_headers,
            signature,
            amz_date,
            expires_secs: None,
            session_token: header(parts.headers, "x-amz-security-token").map(str::to_string),
            presigned: false,
        });
    }
    let query = parts.query.unwrap_or("");
    let pairs = query_pairs(query);
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let Some(algorithm) = get("X-Amz-Algorithm") else {
        return Err(AuthError::Missing);
    };
    if algorithm != ALGORITHM {
        return Err(AuthError::Incomplete(format!(
            "X-Amz-Algorithm only supports {ALGORITHM}"
        )));
    }
    let need = |name: &str| {
        get(name).ok_or_else(|| {
            AuthError::Incomplete(format!(
                "AWS query-string parameters must include '{name}'."
            ))
        })
    };
    let credential = need("X-Amz-Credential")?;
    let scope = CredentialScope::parse(&credential).ok_or_else(|| {
        AuthError::Incomplete(format!(
            "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '{credential}'"
        ))
    })?;
    let expires: i64 = need("X-Amz-Expires")?
        .parse()
        .map_err(|_| AuthError::Incomplete("X-Amz-Expires must be a number of seconds.".into()))?;
    if !(1..=MAX_PRESIGN_SECS).contains(&expires) {
        return Err(AuthError::Incomplete(format!(
            "X-Amz-Expires must be between 1 and {MAX_PRESIGN_SECS} seconds."
        )));
    }
    Ok(Presented {
        scope,
        signed_headers: need("X-Amz-SignedHeaders")?
            .split(';')
            .map(str::to_string)
            .collect(),
        signature: need("X-Amz-Signature")?,
        amz_date: need("X-Amz-Date")?,
        expires_secs: Some(expires),
        session_token: get("X-Amz-Security-Token"),
        presigned: true,
    })
}

/// `Date` headers in RFC 7231 form, as a fallback for `X-Amz-Date`.
fn http_date_to_amz(value: &str) -> Option<String> {
    let ms = keel_types::time::parse_http_date_ms(value)?;
    Some(amz_date(ms))
}

/// `20261122T190000Z` for a time in ms since the epoch.
pub fn amz_date(ms: i64) -> String {
    keel_types::time::format_basic_utc(ms)
}

fn parse_amz_date(value: &str) -> Option<i64> {
    keel_types::time::parse_basic_utc(value)
}

fn canonical_query(query: Option<&str>, presigned: bool) -> String {
    let mut pairs: Vec<(String, String)> = query_pairs(query.unwrap_or(""))
        .into_iter()
        .filter(|(k, _)| !(presigned && k == "X-Amz-Signature"))
        .map(|(k, v)| (uri_encode(&k, false), uri_encode(&v, false)))
        .collect();
    pairs.sort();
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// The path as every service but S3 signs it: dot segments resolved and empty segments dropped
/// (RFC 3986 normalization), then each segment encoded once more than it arrived.
fn canonical_path(path: &str) -> String {
    let mut segments: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            other => segments.push(other),
        }
    }
    let trailing =
        segments.is_empty() || path.ends_with('/') || path.ends_with("/.") || path.ends_with("/..");
    let mut normalized = String::with_capacity(path.len() + 1);
    for segment in &segments {
        normalized.push('/');
        normalized.push_str(segment);
    }
    if trailing {
        normalized.push('/');
    }
    uri_encode(&normalized, true)
}

fn canonical_header_value(value: &[u8]) -> String {
    let text = String::from_utf8_lossy(value);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn canonical_request(
    parts: &SignedParts<'_>,
    signed_headers: &[String],
    payload_hash: &str,
    presigned: bool,
) -> Result<String, AuthError> {
    let mut out = String::with_capacity(256);
    out.push_str(parts.method);
    out.push('\n');
    out.push_str(&canonical_path(parts.path));
    out.push('\n');
    out.push_str(&canonical_query(parts.query, presigned));
    out.push('\n');
    for name in signed_headers {
        let values: Vec<String> = parts
            .headers
            .get_all(name.as_str())
            .iter()
            .map(|v| canonical_header_value(v.as_bytes()))
            .collect();
        if values.is_empty() {
            return Err(AuthError::Mismatch);
        }
        out.push_str(name);
        out.push(':');
        out.push_str(&values.join(","));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&signed_headers.join(";"));
    out.push('\n');
    out.push_str(payload_hash);
    Ok(out)
}

fn hmac(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut mac =
        <Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

pub fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

fn signing_key(secret: &str, scope: &CredentialScope) -> Vec<u8> {
    let k_date = hmac(format!("AWS4{secret}").as_bytes(), scope.date.as_bytes());
    let k_region = hmac(&k_date, scope.region.as_bytes());
    let k_service = hmac(&k_region, scope.service.as_bytes());
    hmac(&k_service, b"aws4_request")
}

fn string_to_sign(amz_date: &str, scope: &CredentialScope, canonical: &str) -> String {
    format!(
        "{ALGORITHM}\n{amz_date}\n{}/{}/{}/aws4_request\n{}",
        scope.date,
        scope.region,
        scope.service,
        sha256_hex(canonical.as_bytes())
    )
}

fn signature(secret: &str, scope: &CredentialScope, amz_date: &str, canonical: &str) -> String {
    hex(&hmac(
        &signing_key(secret, scope),
        string_to_sign(amz_date, scope, canonical).as_bytes(),
    ))
}

/// Region names look like `us-east-1`: 1 to 32 lowercase letters, digits and hyphens (the
/// same rule the server's own region setting follows).
fn is_region_name(region: &str) -> bool {
    (1..=32).contains(&region.len())
        && region
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// How strictly to check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// Verify the signature against the key's secret.
    Verify,
    /// Accept any well-formed signature without looking up or checking the key (local testing
    /// with throwaway credentials only).
    AcceptAny,
}

/// Verifies `parts` as a request to `service` (its SigV4 signing name) at `now_ms`.
pub fn verify(
    parts: &SignedParts<'_>,
    service: &str,
    keys: &dyn KeyStore,
    now_ms: i64,
    check: Check,
) -> Result<Verified, AuthError> {
    let p = presented(parts)?;
    let Some(request_ms) = parse_amz_date(&p.amz_date) else {
        return Err(AuthError::Incomplete(format!(
            "Date must be in ISO-8601 'basic format'. Got '{}'. See http://en.wikipedia.org/wiki/ISO_8601",
            p.amz_date
        )));
    };
    if !p.amz_date.starts_with(&p.scope.date) {
        return Err(AuthError::BadScope(format!(
            "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{}' != '{}', from '{}'.",
            p.scope.date,
            &p.amz_date[..p.amz_date.len().min(8)],
            p.amz_date
        )));
    }
    if !is_region_name(&p.scope.region) {
        return Err(AuthError::BadScope(format!(
            "Credential should be scoped to a valid region, not '{}'.",
            p.scope.region
        )));
    }
    if p.scope.service != service {
        return Err(AuthError::BadScope(format!(
            "Credential should be scoped to correct service: '{service}'."
        )));
    }
    if !p.signed_headers.iter().any(|h| h == "host") {
        return Err(AuthError::Incomplete(
            "'Host' must be a 'SignedHeader' in the AWS Authorization.".into(),
        ));
    }
    if p.signed_headers
        .iter()
        .any(|h| h.is_empty() || h.chars().any(|c| c.is_ascii_uppercase()))
    {
        return Err(AuthError::Incomplete(
            "SignedHeaders must be lower-case header names separated by ';'.".into(),
        ));
    }
    // Time: a header signature must be within the skew window; a presigned one within its
    // validity (and not from the future beyond the skew).
    if request_ms > now_ms + MAX_SKEW_MS {
        return Err(AuthError::TooNew {
            request: p.amz_date.clone(),
            latest: amz_date(now_ms + MAX_SKEW_MS),
            now: amz_date(now_ms),
        });
    }
    match p.expires_secs {
        None if request_ms < now_ms - MAX_SKEW_MS => {
            return Err(AuthError::TooOld {
                request: p.amz_date.clone(),
                earliest: amz_date(now_ms - MAX_SKEW_MS),
                now: amz_date(now_ms),
            });
        }
        Some(expires) if now_ms > request_ms + expires * 1000 => {
            return Err(AuthError::PresignExpired);
        }
        _ => {}
    }
    if check == Check::AcceptAny {
        return Ok(Verified {
            caller: Caller::unverified("", &p.scope.access_key_id),
            scope: p.scope,
        });
    }
    let secret = keys
        .secret(&p.scope.access_key_id, p.session_token.as_deref())
        .ok_or(AuthError::UnknownKey)?;
    if let Some(expected) = &secret.session_token
        && !bool::from(
            p.session_token
                .as_deref()
                .unwrap_or("")
                .as_bytes()
                .ct_eq(expected.as_bytes()),
        )
    {
        return Err(AuthError::UnknownKey);
    }
    // A presigned URL without `x-amz-content-sha256` is signed over the hash of its (empty)
    // body by every service but S3, which signs `UNSIGNED-PAYLOAD`; both are accepted.
    let candidates: Vec<String> = match header(parts.headers, "x-amz-content-sha256") {
        Some(h) => vec![h.to_string()],
        None if p.presigned => vec![sha256_hex(parts.body), UNSIGNED_PAYLOAD.to_string()],
        None => vec![sha256_hex(parts.body)],
    };
    let mut matched = false;
    for payload_hash in &candidates {
        if payload_hash != UNSIGNED_PAYLOAD && *payload_hash != sha256_hex(parts.body) {
            continue;
        }
        let canonical = canonical_request(parts, &p.signed_headers, payload_hash, p.presigned)?;
        let expected = signature(&secret.secret_access_key, &p.scope, &p.amz_date, &canonical);
        if bool::from(expected.as_bytes().ct_eq(p.signature.as_bytes())) {
            matched = true;
            break;
        }
    }
    if !matched {
        return Err(AuthError::Mismatch);
    }
    // Expiry is judged only once the signature proves the caller holds the secret, so an
    // expired token tells nobody else anything.
    if secret.expires_at_ms.is_some_and(|at| now_ms >= at) {
        return Err(AuthError::ExpiredToken);
    }
    Ok(Verified {
        caller: secret.caller,
        scope: p.scope,
    })
}

/// Credentials to sign with.
#[derive(Clone, Debug)]
pub struct SigningKey<'a> {
    pub access_key_id: &'a str,
    pub secret_access_key: &'a str,
    pub session_token: Option<&'a str>,
    pub region: &'a str,
    pub service: &'a str,
}

/// Signs a request in place: sets `x-amz-date`, `x-amz-security-token` (if any) and
/// `authorization`, signing `host` and every `x-amz-*` header present. `headers` must contain
/// `host`.
pub fn sign(
    method: &str,
    path: &str,
    query: Option<&str>,
    headers: &mut HeaderMap,
    body: &[u8],
    key: &SigningKey<'_>,
    now_ms: i64,
) {
    let date = amz_date(now_ms);
    headers.insert(
        "x-amz-date",
        http::HeaderValue::from_str(&date).expect("ascii date"),
    );
    if let Some(token) = key.session_token
        && let Ok(value) = http::HeaderValue::from_str(token)
    {
        headers.insert("x-amz-security-token", value);
    }
    let mut signed: Vec<String> = headers
        .keys()
        .map(|k| k.as_str().to_string())
        .filter(|k| k == "host" || k == "content-type" || k.starts_with("x-amz-"))
        .collect();
    signed.sort();
    signed.dedup();
    let scope = CredentialScope {
        access_key_id: key.access_key_id.to_string(),
        date: date[..8].to_string(),
        region: key.region.to_string(),
        service: key.service.to_string(),
    };
    let parts = SignedParts {
        method,
        path,
        query,
        headers,
        body,
    };
    let payload_hash = header(headers, "x-amz-content-sha256")
        .map(str::to_string)
        .unwrap_or_else(|| sha256_hex(body));
    let canonical =
        canonical_request(&parts, &signed, &payload_hash, false).expect("signed headers exist");
    let sig = signature(key.secret_access_key, &scope, &date, &canonical);
    let value = format!(
        "{ALGORITHM} Credential={}/{}/{}/{}/aws4_request, SignedHeaders={}, Signature={sig}",
        key.access_key_id,
        scope.date,
        scope.region,
        scope.service,
        signed.join(";")
    );
    headers.insert(
        http::header::AUTHORIZATION,
        http::HeaderValue::from_str(&value).expect("ascii authorization"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const AKID: &str = "AKIDEXAMPLE";
    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    struct Keys;
    impl KeyStore for Keys {
        fn secret(&self, access_key_id: &str, _: Option<&str>) -> Option<Secret> {
            (access_key_id == AKID).then(|| Secret {
                secret_access_key: SECRET.into(),
                session_token: None,
                expires_at_ms: None,
                caller: Caller::root("000000000000", AKID),
            })
        }
    }

    fn example_time() -> i64 {
        keel_types::time::parse_basic_utc("20150830T123600Z").unwrap()
    }

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(
                http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                v.parse().unwrap(),
            );
        }
        h
    }

    fn parts<'a>(h: &'a HeaderMap, body: &'a [u8], query: Option<&'a str>) -> SignedParts<'a> {
        SignedParts {
            method: "POST",
            path: "/",
            query,
            headers: h,
            body,
        }
    }

    #[test]
    fn matches_the_documented_get_vanilla_vector() {
        // The "get-vanilla" case of AWS's SigV4 test suite.
        let h = headers(&[
            ("host", "example.amazonaws.com"),
            ("x-amz-date", "20150830T123600Z"),
            (
                "authorization",
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
            ),
        ]);
        let req = SignedParts {
            method: "GET",
            path: "/",
            query: None,
            headers: &h,
            body: b"",
        };
        let verified = verify(&req, "service", &Keys, example_time(), Check::Verify).unwrap();
        assert_eq!(verified.scope.region, "us-east-1");
        assert_eq!(verified.caller.arn, "arn:aws:iam::000000000000:root");
    }

    fn signed(body: &[u8], now: i64) -> HeaderMap {
        let mut h = headers(&[
            ("host", "127.0.0.1:5335"),
            ("content-type", "application/x-amz-json-1.1"),
            (
                "x-amz-target",
                "AmazonEC2ContainerServiceV20141113.ListClusters",
            ),
        ]);
        sign(
            "POST",
            "/",
            None,
            &mut h,
            body,
            &SigningKey {
                access_key_id: AKID,
                secret_access_key: SECRET,
                session_token: None,
                region: "eu-west-1",
                service: "ecs",
            },
            now,
        );
        h
    }

    #[test]
    fn tampering_with_anything_signed_is_detected() {
        let now = example_time();
        let body = br#"{"maxResults":5}"#;
        let h = signed(body, now);
        assert!(verify(&parts(&h, body, None), "ecs", &Keys, now, Check::Verify).is_ok());
        // Body.
        assert_eq!(
            verify(
                &parts(&h, br#"{"maxResults":6}"#, None),
                "ecs",
                &Keys,
                now,
                Check::Verify
            ),
            Err(AuthError::Mismatch)
        );
        // A signed header.
        let mut other = h.clone();
        other.insert(
            "x-amz-target",
            "AmazonEC2ContainerServiceV20141113.DeleteCluster"
                .parse()
                .unwrap(),
        );
        assert_eq!(
            verify(&parts(&other, body, None), "ecs", &Keys, now, Check::Verify),
            Err(AuthError::Mismatch)
        );
        // The query string.
        assert_eq!(
            verify(
                &parts(&h, body, Some("a=b")),
                "ecs",
                &Keys,
                now,
                Check::Verify
            ),
            Err(AuthError::Mismatch)
        );
        // A scope naming no region.
        let mut bad_region = h.clone();
        let auth = h["authorization"]
            .to_str()
            .unwrap()
            .replace("/eu-west-1/", "/EU WEST/");
        bad_region.insert("authorization", auth.parse().unwrap());
        assert!(matches!(
            verify(&parts(&bad_region, body, None), "ecs", &Keys, now, Check::Verify),
            Err(AuthError::BadScope(m)) if m.contains("valid region")
        ));
        // Another region than the one signed for.
        let mut other_region = h.clone();
        let auth = h["authorization"]
            .to_str()
            .unwrap()
            .replace("/eu-west-1/", "/us-east-1/");
        other_region.insert("authorization", auth.parse().unwrap());
        assert_eq!(
            verify(
                &parts(&other_region, body, None),
                "ecs",
                &Keys,
                now,
                Check::Verify
            ),
            Err(AuthError::Mismatch)
        );
        // Another service.
        assert!(matches!(
            verify(&parts(&h, body, None), "logs", &Keys, now, Check::Verify),
            Err(AuthError::BadScope(_))
        ));
        // An unsigned header may change.
        let mut extra = h.clone();
        extra.insert("user-agent", "curl".parse().unwrap());
        assert!(verify(&parts(&extra, body, None), "ecs", &Keys, now, Check::Verify).is_ok());
    }

    #[test]
    fn five_minutes_of_skew_either_way() {
        let now = example_time();
        let body = b"{}";
        let h = signed(body, now);
        let ok = |at: i64| verify(&parts(&h, body, None), "ecs", &Keys, at, Check::Verify);
        assert!(ok(now + MAX_SKEW_MS).is_ok());
        assert!(ok(now - MAX_SKEW_MS).is_ok());
        let too_old = ok(now + MAX_SKEW_MS + 1000).unwrap_err();
        assert!(matches!(too_old, AuthError::TooOld { .. }));
        assert_eq!(too_old.code(Protocol::Json), "InvalidSignatureException");
        assert_eq!(too_old.code(Protocol::Query), "RequestExpired");
        assert!(
            too_old
                .to_string()
                .starts_with("Signature expired: 20150830T123600Z is now earlier than")
        );
        assert!(matches!(
            ok(now - MAX_SKEW_MS - 1000),
            Err(AuthError::TooNew { .. })
        ));
    }

    #[test]
    fn missing_incomplete_and_unknown() {
        let now = example_time();
        let h = headers(&[("host", "x")]);
        let e = verify(&parts(&h, b"", None), "ecs", &Keys, now, Check::Verify).unwrap_err();
        assert_eq!(e, AuthError::Missing);
        assert_eq!(
            e.code(Protocol::Json),
            "MissingAuthenticationTokenException"
        );

        let h = headers(&[
            ("host", "x"),
            ("x-amz-date", "20150830T123600Z"),
            (
                "authorization",
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/ecs/aws4_request, Signature=00",
            ),
        ]);
        let e = verify(&parts(&h, b"", None), "ecs", &Keys, now, Check::Verify).unwrap_err();
        assert!(
            matches!(&e, AuthError::Incomplete(m) if m.contains("'SignedHeaders'")),
            "{e:?}"
        );
        assert_eq!(e.code(Protocol::Json), "IncompleteSignatureException");

        let h = headers(&[
            ("host", "x"),
            ("x-amz-date", "20150830T123600Z"),
            (
                "authorization",
                "AWS4-HMAC-SHA256 Credential=NOBODY/20150830/us-east-1/ecs/aws4_request, SignedHeaders=host;x-amz-date, Signature=00",
            ),
        ]);
        let e = verify(&parts(&h, b"", None), "ecs", &Keys, now, Check::Verify).unwrap_err();
        assert_eq!(e, AuthError::UnknownKey);
        assert_eq!(e.code(Protocol::Json), "UnrecognizedClientException");
        // Accept-any mode takes a well-formed signature from anyone...
        assert!(verify(&parts(&h, b"", None), "ecs", &Keys, now, Check::AcceptAny).is_ok());
        // ...but not a malformed one.
        let h = headers(&[("host", "x"), ("authorization", "Bearer abc")]);
        assert!(matches!(
            verify(&parts(&h, b"", None), "ecs", &Keys, now, Check::AcceptAny),
            Err(AuthError::Incomplete(_))
        ));
    }

    #[test]
    fn host_must_be_signed() {
        let now = example_time();
        let h = headers(&[
            ("host", "x"),
            ("x-amz-date", "20150830T123600Z"),
            (
                "authorization",
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/ecs/aws4_request, SignedHeaders=x-amz-date, Signature=00",
            ),
        ]);
        let e = verify(&parts(&h, b"", None), "ecs", &Keys, now, Check::Verify).unwrap_err();
        assert!(matches!(e, AuthError::Incomplete(m) if m.contains("'Host'")));
    }

    #[test]
    fn temporary_credentials_need_their_token_and_expire() {
        struct Temp;
        impl KeyStore for Temp {
            fn secret(&self, _: &str, _: Option<&str>) -> Option<Secret> {
                Some(Secret {
                    secret_access_key: SECRET.into(),
                    session_token: Some("token-1".into()),
                    expires_at_ms: Some(example_time() + 60_000),
                    caller: Caller::root("000000000000", "ASIATEMP"),
                })
            }
        }
        let now = example_time();
        let sign_with = |token: Option<&str>, at: i64| {
            let mut h = headers(&[("host", "x")]);
            sign(
                "POST",
                "/",
                None,
                &mut h,
                b"{}",
                &SigningKey {
                    access_key_id: "ASIATEMP",
                    secret_access_key: SECRET,
                    session_token: token,
                    region: "us-east-1",
                    service: "ecs",
                },
                at,
            );
            h
        };
        let good = sign_with(Some("token-1"), now);
        assert!(verify(&parts(&good, b"{}", None), "ecs", &Temp, now, Check::Verify).is_ok());
        let none = sign_with(None, now);
        assert_eq!(
            verify(&parts(&none, b"{}", None), "ecs", &Temp, now, Check::Verify),
            Err(AuthError::UnknownKey)
        );
        let other = sign_with(Some("token-2"), now);
        assert_eq!(
            verify(
                &parts(&other, b"{}", None),
                "ecs",
                &Temp,
                now,
                Check::Verify
            ),
            Err(AuthError::UnknownKey)
        );
        let later = now + 120_000;
        let late = sign_with(Some("token-1"), later);
        assert_eq!(
            verify(
                &parts(&late, b"{}", None),
                "ecs",
                &Temp,
                later,
                Check::Verify
            ),
            Err(AuthError::ExpiredToken)
        );
    }

    #[test]
    fn presigned_query_parameters() {
        // Presign by hand: the canonical query holds every X-Amz-* parameter but the signature.
        let now = example_time();
        let h = headers(&[("host", "127.0.0.1:5335")]);
        let base = "Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fsts%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host";
        let scope =
            CredentialScope::parse("AKIDEXAMPLE/20150830/us-east-1/sts/aws4_request").unwrap();
        let req = SignedParts {
            method: "GET",
            path: "/",
            query: Some(base),
            headers: &h,
            body: b"",
        };
        let canonical = canonical_request(&req, &["host".into()], UNSIGNED_PAYLOAD, true).unwrap();
        let sig = signature(SECRET, &scope, "20150830T123600Z", &canonical);
        let query = format!("{base}&X-Amz-Signature={sig}");
        let req = SignedParts {
            method: "GET",
            path: "/",
            query: Some(&query),
            headers: &h,
            body: b"",
        };
        assert!(verify(&req, "sts", &Keys, now + 30_000, Check::Verify).is_ok());
        assert_eq!(
            verify(&req, "sts", &Keys, now + 61_000, Check::Verify),
            Err(AuthError::PresignExpired)
        );
    }

    proptest! {
        #[test]
        fn what_sign_signs_verify_accepts(
            body in proptest::collection::vec(any::<u8>(), 0..256),
            query in proptest::option::of("[a-zA-Z0-9=&%._~ -]{0,40}"),
            region in "[a-z]{2}-[a-z]{4,9}-[1-9]",
            offset in -MAX_SKEW_MS..MAX_SKEW_MS,
        ) {
            let now = example_time();
            let mut h = headers(&[("host", "127.0.0.1:5335"), ("x-amz-target", "T.Op")]);
            sign("POST", "/", query.as_deref(), &mut h, &body, &SigningKey {
                access_key_id: AKID, secret_access_key: SECRET, session_token: None,
                region: &region, service: "logs",
            }, now);
            let req = SignedParts { method: "POST", path: "/", query: query.as_deref(), headers: &h, body: &body };
            let verified = verify(&req, "logs", &Keys, now + offset, Check::Verify);
            prop_assert!(verified.is_ok(), "{verified:?}");
            prop_assert_eq!(verified.unwrap().scope.region, region);
        }

        #[test]
        fn arbitrary_authorization_headers_never_panic(value in "[ -~]{0,200}", date in "[0-9TZ]{0,20}") {
            let mut h = headers(&[("host", "x")]);
            if let Ok(v) = value.parse() { h.insert("authorization", v); }
            if let Ok(v) = date.parse() { h.insert("x-amz-date", v); }
            let _ = verify(&parts(&h, b"", Some(&value)), "ecs", &Keys, example_time(), Check::Verify);
        }
    }
}
