//! Requests signed by AWS's own signer (`aws-sigv4`, what the AWS SDK for Rust uses) verify;
//! the same requests with anything signed changed do not.

use std::time::{Duration, UNIX_EPOCH};

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use keel_api::sigv4::{AuthError, Check, KeyStore, Secret, SignedParts, verify};
use proptest::prelude::*;

const AKID: &str = "AKIAORACLE000000000";
const SECRET: &str = "oracle/secret+key0123456789abcdefghijklm";

struct Keys;
impl KeyStore for Keys {
    fn secret(&self, access_key_id: &str, _: Option<&str>) -> Option<Secret> {
        (access_key_id == AKID).then(|| Secret {
            secret_access_key: SECRET.into(),
            session_token: None,
            expires_at_ms: None,
            caller: keel_api::Caller::root("000000000000", "AKIDEXAMPLE"),
        })
    }
}

/// Signs with aws-sigv4 and returns the request as it would arrive.
fn aws_signed(
    method: &str,
    path_and_query: &str,
    headers: &[(String, String)],
    body: &[u8],
    region: &str,
    service: &str,
    at_secs: u64,
) -> http::Request<Vec<u8>> {
    let identity: Identity = Credentials::new(AKID, SECRET, None, None, "oracle").into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(region)
        .name(service)
        .time(UNIX_EPOCH + Duration::from_secs(at_secs))
        .settings(SigningSettings::default())
        .build()
        .unwrap()
        .into();
    let uri = format!("http://127.0.0.1:5335{path_and_query}");
    let mut builder = http::Request::builder().method(method).uri(&uri);
    builder = builder.header("host", "127.0.0.1:5335");
    for (k, v) in headers {
        builder = builder.header(k.as_str(), v.as_str());
    }
    let mut request = builder.body(body.to_vec()).unwrap();
    let signable = SignableRequest::new(
        method,
        uri.as_str(),
        request
            .headers()
            .iter()
            .map(|(k, v)| (k.as_str(), v.to_str().unwrap())),
        SignableBody::Bytes(body),
    )
    .unwrap();
    let (instructions, _) = sign(signable, &params).unwrap().into_parts();
    instructions.apply_to_request_http1x(&mut request);
    request
}

fn check(request: &http::Request<Vec<u8>>, service: &str, now_ms: i64) -> Result<(), AuthError> {
    let parts = SignedParts {
        method: request.method().as_str(),
        path: request.uri().path(),
        query: request.uri().query(),
        headers: request.headers(),
        body: request.body(),
    };
    verify(&parts, service, &Keys, now_ms, Check::Verify).map(|_| ())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn aws_signed_requests_verify_and_tampered_ones_do_not(
        body in proptest::collection::vec(any::<u8>(), 0..300),
        query in proptest::option::of("[A-Za-z0-9]{1,8}=[A-Za-z0-9 ._~%/-]{0,12}(&[A-Za-z0-9]{1,8}=[A-Za-z0-9._~-]{0,8}){0,3}"),
        path in "(/[A-Za-z0-9._~-]{1,10}){0,3}",
        target in "[A-Za-z]{1,20}\\.[A-Za-z]{1,20}",
        region in "(us|eu|ap)-(east|west|north)-[1-3]",
        service in "(ecs|logs|sts)",
        at in 1_700_000_000u64..1_900_000_000,
        skew_ms in -299_000i64..299_000,
    ) {
        let encoded_query: Option<String> = query.map(|q| q.replace(' ', "%20"));
        let path = if path.is_empty() { "/".to_string() } else { path };
        let path_and_query = match &encoded_query {
            Some(q) => format!("{path}?{q}"),
            None => path.clone(),
        };
        let headers = vec![
            ("content-type".to_string(), "application/x-amz-json-1.1".to_string()),
            ("x-amz-target".to_string(), target.clone()),
        ];
        let request = aws_signed("POST", &path_and_query, &headers, &body, &region, &service, at);
        let now = at as i64 * 1000 + skew_ms;
        prop_assert_eq!(check(&request, &service, now), Ok(()));

        let mut tampered = request.clone();
        tampered.body_mut().push(b'!');
        prop_assert_eq!(check(&tampered, &service, now), Err(AuthError::Mismatch));

        let mut tampered = request.clone();
        tampered.headers_mut().insert("x-amz-target", http::HeaderValue::from_static("Other.Op"));
        prop_assert_eq!(check(&tampered, &service, now), Err(AuthError::Mismatch));
    }
}
