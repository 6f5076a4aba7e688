//! Role sessions with the AWS SDK for Rust (`aws-sdk-sts`, `aws-sdk-ecs`): assumed-role
//! credentials work, then expire.
//!
//! AWS's shortest session is 900 seconds, and Keel enforces that minimum like AWS does, so
//! this test does not wait for it: it runs Keel's real edge, identity and ECS services
//! in-process on a loopback socket with a clock the test moves (`ManualClock`), and gives the
//! SDK clients the same clock as their time source, so they sign at the time the server
//! believes it is. Everything else is what the binary runs: real HTTP, the real SDKs, SigV4,
//! the session token and the expiry check (the `Date` header tells the test's time too, since
//! the SDKs correct their clock by it). The binary reads the system clock; nothing in it lets
//! a caller move time.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_credential_types::Credentials;
use aws_sdk_ecs::config::{BehaviorVersion, Region};
use aws_smithy_async::time::{SharedTimeSource, TimeSource};
use aws_smithy_http_client::tls::{self, rustls_provider::CryptoMode};
use keel_api::{Authentication, Edge, EdgeConfig};
use keel_control::{ControlConfig, ControlPlane, EcsService};
use keel_iam::{Identity, RootKey, SecretBox};
use keel_store::{MemoryStore, Store};
use keel_types::time::{Clock, ManualClock};

const ROOT: (&str, &str) = ("AKIAROOTSDKTEST00000", "root-secret-for-the-sdk-test");

/// The test's clock, as the SDK's time source.
#[derive(Debug)]
struct Shared(Arc<ManualClock>);

impl TimeSource for Shared {
    fn now(&self) -> SystemTime {
        UNIX_EPOCH + Duration::from_millis(u64::try_from(self.0.now_millis()).unwrap_or(0))
    }
}

struct Platform {
    addr: SocketAddr,
    clock: Arc<ManualClock>,
}

async fn platform() -> Platform {
    let store: Arc<dyn Store> = Arc::new(MemoryStore::new());
    let clock = ManualClock::new(keel_types::time::now_millis());
    let identity = Identity::with_secrets(
        store.clone(),
        Arc::new(SecretBox::random().unwrap()),
        "000000000000",
        Some(RootKey {
            access_key_id: ROOT.0.into(),
            secret_access_key: ROOT.1.into(),
        }),
        clock.clone(),
    )
    .await
    .unwrap();
    let mut config = EdgeConfig::new(
        "000000000000",
        "us-east-1",
        Authentication::Verify(identity.directory.clone()),
    );
    config.clock = clock.clone();
    config.authorizer = Some(identity.directory.clone());
    config.check_responses = true;
    let control = ControlPlane::new(store.clone(), ControlConfig::default());
    let edge = Arc::new(
        Edge::new(config)
            .json(EcsService::new(control))
            .query(identity.iam.clone())
            .query(identity.sts.clone()),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    // The SDKs correct their clock by the server's `Date` header; it must tell the test's time.
    let date_clock = clock.clone();
    let app = edge.router().layer(axum::middleware::map_response(
        move |mut response: axum::response::Response| {
            let clock = date_clock.clone();
            async move {
                if let Ok(v) = keel_types::time::format_http_date(clock.now_millis()).parse() {
                    response.headers_mut().insert(http::header::DATE, v);
                }
                response
            }
        },
    ));
    tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .unwrap();
    });
    Platform { addr, clock }
}

fn sts(p: &Platform, creds: Credentials) -> aws_sdk_sts::Client {
    aws_sdk_sts::Client::from_conf(
        aws_sdk_sts::Config::builder()
            .behavior_version(aws_sdk_sts::config::BehaviorVersion::latest())
            .endpoint_url(format!("http://{}", p.addr))
            .region(aws_sdk_sts::config::Region::new("us-east-1"))
            .credentials_provider(creds)
            .time_source(SharedTimeSource::new(Shared(p.clock.clone())))
            .http_client(
                aws_smithy_http_client::Builder::new()
                    .tls_provider(tls::Provider::Rustls(CryptoMode::Ring))
                    .build_https(),
            )
            .build(),
    )
}

fn ecs(p: &Platform, creds: Credentials) -> aws_sdk_ecs::Client {
    aws_sdk_ecs::Client::from_conf(
        aws_sdk_ecs::Config::builder()
            .behavior_version(BehaviorVersion::latest())
            .endpoint_url(format!("http://{}", p.addr))
            .region(Region::new("us-east-1"))
            .credentials_provider(creds)
            .time_source(SharedTimeSource::new(Shared(p.clock.clone())))
            .http_client(
                aws_smithy_http_client::Builder::new()
                    .tls_provider(tls::Provider::Rustls(CryptoMode::Ring))
                    .build_https(),
            )
            .build(),
    )
}

/// Creates a role anyone in the account may assume, with ECS read access.
async fn role(p: &Platform) {
    // aws-sdk-iam is large to build, so the role is made with signed form POSTs, the request
    // the AWS CLI sends for `aws iam create-role`.
    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"000000000000"},"Action":"sts:AssumeRole"}]}"#;
    for (action, params) in [
        (
            "CreateRole",
            vec![("RoleName", "reader"), ("AssumeRolePolicyDocument", trust)],
        ),
        (
            "AttachRolePolicy",
            vec![
                ("RoleName", "reader"),
                ("PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"),
            ],
        ),
    ] {
        let mut form = String::from("Action=");
        form.push_str(action);
        form.push_str("&Version=2010-05-08");
        for (k, v) in params {
            form.push('&');
            form.push_str(k);
            form.push('=');
            form.push_str(&keel_api::sigv4::uri_encode(v, false));
        }
        let mut headers = http::HeaderMap::new();
        headers.insert("host", p.addr.to_string().parse().unwrap());
        headers.insert(
            "content-type",
            "application/x-www-form-urlencoded".parse().unwrap(),
        );
        keel_api::sigv4::sign(
            "POST",
            "/",
            None,
            &mut headers,
            form.as_bytes(),
            &keel_api::sigv4::SigningKey {
                access_key_id: ROOT.0,
                secret_access_key: ROOT.1,
                session_token: None,
                region: "us-east-1",
                service: "iam",
            },
            p.clock.now_millis(),
        );
        let mut stream = tokio::net::TcpStream::connect(p.addr).await.unwrap();
        let mut request = format!(
            "POST / HTTP/1.1\r\ncontent-length: {}\r\nconnection: close\r\n",
            form.len()
        );
        for (k, v) in &headers {
            request.push_str(&format!("{k}: {}\r\n", v.to_str().unwrap()));
        }
        request.push_str("\r\n");
        request.push_str(&form);
        use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await.unwrap();
        assert!(answer.starts_with("HTTP/1.1 200"), "{action}: {answer}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn assumed_role_credentials_work_then_expire() {
    let p = platform().await;
    role(&p).await;
    let root = Credentials::new(ROOT.0, ROOT.1, None, None, "root");
    let me = sts(&p, root.clone())
        .get_caller_identity()
        .send()
        .await
        .unwrap();
    assert_eq!(me.arn(), Some("arn:aws:iam::000000000000:root"));

    let session = sts(&p, root)
        .assume_role()
        .role_arn("arn:aws:iam::000000000000:role/reader")
        .role_session_name("sdk")
        .duration_seconds(900)
        .send()
        .await
        .unwrap();
    let creds = session.credentials().unwrap();
    assert!(creds.access_key_id().starts_with("ASIA"));
    assert_eq!(
        session.assumed_role_user().unwrap().arn(),
        "arn:aws:sts::000000000000:assumed-role/reader/sdk"
    );
    let temporary = Credentials::new(
        creds.access_key_id(),
        creds.secret_access_key(),
        Some(creds.session_token().to_string()),
        None,
        "session",
    );
    let ecs_session = ecs(&p, temporary.clone());
    ecs_session.list_clusters().send().await.unwrap();
    // The role only reads.
    let refused = ecs_session
        .create_cluster()
        .cluster_name("no")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        refused.as_service_error().and_then(|e| e.meta().code()),
        Some("AccessDeniedException")
    );

    // 14 minutes later the session still works; at 15 it is over.
    p.clock.advance_ms(14 * 60 * 1000);
    ecs_session.list_clusters().send().await.unwrap();
    p.clock.advance_ms(60 * 1000);
    let expired = ecs_session.list_clusters().send().await.unwrap_err();
    assert_eq!(
        expired.as_service_error().and_then(|e| e.meta().code()),
        Some("ExpiredTokenException")
    );
    let expired = sts(&p, temporary)
        .get_caller_identity()
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        expired.as_service_error().and_then(|e| e.meta().code()),
        Some("ExpiredToken")
    );
}
