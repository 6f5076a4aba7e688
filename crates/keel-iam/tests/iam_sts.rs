//! IAM and STS through the real edge (routing by signing name, form decoding, SigV4,
//! authorization, XML), on an in-memory store and a clock the tests move.

use std::sync::Arc;

use axum::Router;
use http::{Request, StatusCode};
use http_body_util::BodyExt as _;
use keel_api::sigv4::{SigningKey, sign};
use keel_api::{Authentication, Edge, EdgeConfig};
use keel_iam::{Identity, RootKey, SecretBox};
use keel_store::{MemoryStore, Store};
use keel_types::time::{Clock, ManualClock};
use tower::ServiceExt as _;

const ACCOUNT: &str = "000000000000";
const ROOT: (&str, &str) = ("AKIAROOTROOTROOTROOT", "root-secret");

#[derive(Clone)]
struct Creds {
    id: String,
    secret: String,
    token: Option<String>,
}

impl Creds {
    fn root() -> Creds {
        Creds {
            id: ROOT.0.into(),
            secret: ROOT.1.into(),
            token: None,
        }
    }
}

struct Harness {
    router: Router,
    clock: Arc<ManualClock>,
    identity: Identity,
    store: Arc<dyn Store>,
}

/// 2026-11-22T19:00:00Z.
const START_MS: i64 = 1_795_374_000_000;

async fn harness() -> Harness {
    let store: Arc<dyn Store> = Arc::new(MemoryStore::new());
    let clock = ManualClock::new(START_MS);
    let identity = Identity::with_secrets(
        store.clone(),
        Arc::new(SecretBox::random().unwrap()),
        ACCOUNT,
        Some(RootKey {
            access_key_id: ROOT.0.into(),
            secret_access_key: ROOT.1.into(),
        }),
        clock.clone(),
    )
    .await
    .unwrap();
    let mut config = EdgeConfig::new(
        ACCOUNT,
        "us-east-1",
        Authentication::Verify(identity.directory.clone()),
    );
    config.clock = clock.clone();
    config.authorizer = Some(identity.directory.clone());
    config.check_responses = true;
    let edge = Arc::new(
        Edge::new(config)
            .query(identity.iam.clone())
            .query(identity.sts.clone()),
    );
    Harness {
        router: edge.router(),
        clock,
        identity,
        store,
    }
}

struct Answer {
    status: StatusCode,
    body: String,
}

impl Answer {
    /// The text of the first `<tag>` element.
    fn get(&self, tag: &str) -> Option<String> {
        let open = format!("<{tag}>");
        let start = self.body.find(&open)? + open.len();
        let end = self.body[start..].find(&format!("</{tag}>"))? + start;
        Some(self.body[start..end].to_string())
    }

    fn all(&self, tag: &str) -> Vec<String> {
        let open = format!("<{tag}>");
        let close = format!("</{tag}>");
        let mut out = Vec::new();
        let mut rest = self.body.as_str();
        while let Some(i) = rest.find(&open) {
            rest = &rest[i + open.len()..];
            let Some(j) = rest.find(&close) else { break };
            out.push(rest[..j].to_string());
            rest = &rest[j..];
        }
        out
    }

    fn code(&self) -> Option<String> {
        self.get("Code")
    }

    fn ok(self) -> Answer {
        assert_eq!(self.status, StatusCode::OK, "{}", self.body);
        self
    }
}

impl Harness {
    async fn call(
        &self,
        creds: &Creds,
        service: &str,
        action: &str,
        params: &[(&str, &str)],
    ) -> Answer {
        let mut form = form_urlencoded::Serializer::new(String::new());
        form.append_pair("Action", action);
        form.append_pair(
            "Version",
            if service == "iam" {
                "2010-05-08"
            } else {
                "2011-06-15"
            },
        );
        for (k, v) in params {
            form.append_pair(k, v);
        }
        let body = form.finish();
        let mut headers = http::HeaderMap::new();
        headers.insert("host", "127.0.0.1:5335".parse().unwrap());
        headers.insert(
            "content-type",
            "application/x-www-form-urlencoded; charset=utf-8"
                .parse()
                .unwrap(),
        );
        sign(
            "POST",
            "/",
            None,
            &mut headers,
            body.as_bytes(),
            &SigningKey {
                access_key_id: &creds.id,
                secret_access_key: &creds.secret,
                session_token: creds.token.as_deref(),
                region: "us-east-1",
                service,
            },
            self.clock.now_millis(),
        );
        let mut request = Request::builder().method("POST").uri("/");
        for (k, v) in &headers {
            request = request.header(k, v);
        }
        let response = self
            .router
            .clone()
            .oneshot(request.body(axum::body::Body::from(body)).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Answer {
            status,
            body: String::from_utf8(bytes.to_vec()).unwrap(),
        }
    }

    async fn iam(&self, creds: &Creds, action: &str, params: &[(&str, &str)]) -> Answer {
        self.call(creds, "iam", action, params).await
    }

    async fn sts(&self, creds: &Creds, action: &str, params: &[(&str, &str)]) -> Answer {
        self.call(creds, "sts", action, params).await
    }

    /// Creates a user with a key and the given inline policy.
    async fn user_with_policy(&self, name: &str, policy: Option<&str>) -> Creds {
        let root = Creds::root();
        self.iam(&root, "CreateUser", &[("UserName", name)])
            .await
            .ok();
        if let Some(policy) = policy {
            self.iam(
                &root,
                "PutUserPolicy",
                &[
                    ("UserName", name),
                    ("PolicyName", "p"),
                    ("PolicyDocument", policy),
                ],
            )
            .await
            .ok();
        }
        let key = self
            .iam(&root, "CreateAccessKey", &[("UserName", name)])
            .await
            .ok();
        Creds {
            id: key.get("AccessKeyId").unwrap(),
            secret: key.get("SecretAccessKey").unwrap(),
            token: None,
        }
    }
}

const ALLOW_ALL: &str =
    r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#;

#[tokio::test]
async fn users_keys_and_their_errors() {
    let h = harness().await;
    let root = Creds::root();
    let created = h
        .iam(
            &root,
            "CreateUser",
            &[("UserName", "alice"), ("Path", "/team/")],
        )
        .await
        .ok();
    assert!(
        created
            .body
            .contains("<CreateUserResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">")
    );
    assert_eq!(
        created.get("Arn").as_deref(),
        Some("arn:aws:iam::000000000000:user/team/alice")
    );
    let id = created.get("UserId").unwrap();
    assert!(id.starts_with("AIDA") && id.len() == 21, "{id}");

    let again = h.iam(&root, "CreateUser", &[("UserName", "ALICE")]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.code().as_deref(), Some("EntityAlreadyExists"));
    assert!(again.body.contains("<Type>Sender</Type>"));

    let missing = h.iam(&root, "GetUser", &[("UserName", "bob")]).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.code().as_deref(), Some("NoSuchEntity"));
    assert_eq!(
        missing.get("Message").as_deref(),
        Some("The user with name bob cannot be found.")
    );

    let invalid = h
        .iam(&root, "CreateUser", &[("UserName", "no spaces allowed")])
        .await;
    assert_eq!(invalid.status, StatusCode::BAD_REQUEST);
    assert_eq!(invalid.code().as_deref(), Some("ValidationError"));
    assert!(
        invalid.get("Message").unwrap().contains("at 'userName'"),
        "{}",
        invalid.body
    );

    let k1 = h
        .iam(&root, "CreateAccessKey", &[("UserName", "alice")])
        .await
        .ok();
    let akid = k1.get("AccessKeyId").unwrap();
    assert!(akid.starts_with("AKIA") && akid.len() == 20);
    h.iam(&root, "CreateAccessKey", &[("UserName", "alice")])
        .await
        .ok();
    let third = h
        .iam(&root, "CreateAccessKey", &[("UserName", "alice")])
        .await;
    assert_eq!(third.status, StatusCode::CONFLICT);
    assert_eq!(third.code().as_deref(), Some("LimitExceeded"));
    let listed = h
        .iam(&root, "ListAccessKeys", &[("UserName", "alice")])
        .await
        .ok();
    assert_eq!(listed.all("AccessKeyId").len(), 2);

    let conflict = h.iam(&root, "DeleteUser", &[("UserName", "alice")]).await;
    assert_eq!(conflict.status, StatusCode::CONFLICT);
    assert_eq!(conflict.code().as_deref(), Some("DeleteConflict"));

    // The secret is sealed in the store, never stored in the clear.
    let secret = k1.get("SecretAccessKey").unwrap();
    let stored = h
        .store
        .get(&format!("/iam/access-keys/{akid}"))
        .await
        .unwrap()
        .unwrap();
    assert!(!String::from_utf8_lossy(&stored.value).contains(&secret));

    for listed_key in listed.all("AccessKeyId") {
        h.iam(
            &root,
            "DeleteAccessKey",
            &[("UserName", "alice"), ("AccessKeyId", &listed_key)],
        )
        .await
        .ok();
    }
    h.iam(&root, "DeleteUser", &[("UserName", "alice")])
        .await
        .ok();
    assert_eq!(
        h.iam(&root, "GetUser", &[("UserName", "alice")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_new_key_works_at_once_and_a_deactivated_one_stops() {
    let h = harness().await;
    let alice = h.user_with_policy("alice", Some(ALLOW_ALL)).await;
    let me = h.sts(&alice, "GetCallerIdentity", &[]).await.ok();
    assert_eq!(
        me.get("Arn").as_deref(),
        Some("arn:aws:iam::000000000000:user/alice")
    );
    assert!(me.get("UserId").unwrap().starts_with("AIDA"));
    assert_eq!(me.get("Account").as_deref(), Some(ACCOUNT));
    // Self-service: GetUser without a name is the caller.
    let self_user = h.iam(&alice, "GetUser", &[]).await.ok();
    assert_eq!(self_user.get("UserName").as_deref(), Some("alice"));

    h.iam(
        &Creds::root(),
        "UpdateAccessKey",
        &[
            ("UserName", "alice"),
            ("AccessKeyId", &alice.id),
            ("Status", "Inactive"),
        ],
    )
    .await
    .ok();
    let refused = h.sts(&alice, "GetCallerIdentity", &[]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.code().as_deref(), Some("InvalidClientTokenId"));
}

#[tokio::test]
async fn policies_decide_and_denials_change_nothing() {
    let h = harness().await;
    let reader = h
        .user_with_policy(
            "reader",
            Some(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:Get*","iam:List*"],"Resource":"*"}]}"#),
        )
        .await;
    h.iam(&reader, "ListUsers", &[]).await.ok();
    let denied = h
        .iam(&reader, "CreateUser", &[("UserName", "mallory")])
        .await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);
    assert_eq!(denied.code().as_deref(), Some("AccessDenied"));
    assert_eq!(
        denied.get("Message").as_deref(),
        Some(
            "User: arn:aws:iam::000000000000:user/reader is not authorized to perform: \
             iam:CreateUser on resource: arn:aws:iam::000000000000:user/mallory because no \
             identity-based policy allows the iam:CreateUser action"
        )
    );
    assert_eq!(
        h.iam(&Creds::root(), "GetUser", &[("UserName", "mallory")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // An explicit deny wins over an allow, and says so.
    let admin = h.user_with_policy("admin", Some(ALLOW_ALL)).await;
    h.iam(
        &Creds::root(),
        "PutUserPolicy",
        &[
            ("UserName", "admin"),
            ("PolicyName", "no-deletes"),
            (
                "PolicyDocument",
                r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:DeleteUser","Resource":"*"}]}"#,
            ),
        ],
    )
    .await
    .ok();
    let denied = h.iam(&admin, "DeleteUser", &[("UserName", "reader")]).await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);
    assert!(
        denied
            .get("Message")
            .unwrap()
            .ends_with("with an explicit deny in an identity-based policy")
    );
    // Policy variables: a user may manage only its own keys.
    let selfish = h
        .user_with_policy(
            "selfish",
            Some(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:*AccessKey*"],"Resource":"arn:aws:iam::*:user/${aws:username}"}]}"#),
        )
        .await;
    h.iam(&selfish, "ListAccessKeys", &[]).await.ok();
    let other = h
        .iam(&selfish, "ListAccessKeys", &[("UserName", "admin")])
        .await;
    assert_eq!(other.code().as_deref(), Some("AccessDenied"));
}

#[tokio::test]
async fn managed_policies_versions_and_attachments() {
    let h = harness().await;
    let root = Creds::root();
    let doc = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*"}]}"#;
    let created = h
        .iam(
            &root,
            "CreatePolicy",
            &[("PolicyName", "lister"), ("PolicyDocument", doc)],
        )
        .await
        .ok();
    let arn = created.get("Arn").unwrap();
    assert_eq!(arn, "arn:aws:iam::000000000000:policy/lister");
    assert_eq!(created.get("DefaultVersionId").as_deref(), Some("v1"));

    let user = h.user_with_policy("u", None).await;
    assert_eq!(
        h.iam(&user, "ListUsers", &[]).await.code().as_deref(),
        Some("AccessDenied")
    );
    h.iam(
        &root,
        "AttachUserPolicy",
        &[("UserName", "u"), ("PolicyArn", &arn)],
    )
    .await
    .ok();
    h.iam(&user, "ListUsers", &[]).await.ok();
    let attached = h
        .iam(&root, "ListAttachedUserPolicies", &[("UserName", "u")])
        .await
        .ok();
    assert_eq!(attached.get("PolicyName").as_deref(), Some("lister"));
    assert_eq!(
        h.iam(&root, "GetPolicy", &[("PolicyArn", &arn)])
            .await
            .ok()
            .get("AttachmentCount")
            .as_deref(),
        Some("1")
    );
    let conflict = h.iam(&root, "DeletePolicy", &[("PolicyArn", &arn)]).await;
    assert_eq!(conflict.code().as_deref(), Some("DeleteConflict"));

    // A new default version takes effect for the attached user at once.
    let deny_doc = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetUser","Resource":"*"}]}"#;
    let v2 = h
        .iam(
            &root,
            "CreatePolicyVersion",
            &[
                ("PolicyArn", &arn),
                ("PolicyDocument", deny_doc),
                ("SetAsDefault", "true"),
            ],
        )
        .await
        .ok();
    assert_eq!(v2.get("VersionId").as_deref(), Some("v2"));
    assert_eq!(
        h.iam(&user, "ListUsers", &[]).await.code().as_deref(),
        Some("AccessDenied")
    );
    let v1 = h
        .iam(
            &root,
            "GetPolicyVersion",
            &[("PolicyArn", &arn), ("VersionId", "v1")],
        )
        .await
        .ok();
    // Documents come back percent-encoded, as IAM returns them.
    assert!(v1.get("Document").unwrap().starts_with("%7B%22Version%22"));
    assert_eq!(v1.get("IsDefaultVersion").as_deref(), Some("false"));

    let builtin = "arn:aws:iam::aws:policy/AdministratorAccess";
    h.iam(
        &root,
        "AttachUserPolicy",
        &[("UserName", "u"), ("PolicyArn", builtin)],
    )
    .await
    .ok();
    h.iam(&user, "ListUsers", &[]).await.ok();
    let missing = h
        .iam(
            &root,
            "AttachUserPolicy",
            &[
                ("UserName", "u"),
                ("PolicyArn", "arn:aws:iam::000000000000:policy/nope"),
            ],
        )
        .await;
    assert_eq!(missing.code().as_deref(), Some("NoSuchEntity"));

    let malformed = h
        .iam(
            &root,
            "CreatePolicy",
            &[
                ("PolicyName", "bad"),
                (
                    "PolicyDocument",
                    r#"{"Statement":{"Effect":"Allow","Resource":"*"}}"#,
                ),
            ],
        )
        .await;
    assert_eq!(malformed.status, StatusCode::BAD_REQUEST);
    assert_eq!(malformed.code().as_deref(), Some("MalformedPolicyDocument"));
    assert_eq!(
        malformed.get("Message").as_deref(),
        Some("Policy statement must contain actions.")
    );

    for a in [arn.as_str(), builtin] {
        h.iam(
            &root,
            "DetachUserPolicy",
            &[("UserName", "u"), ("PolicyArn", a)],
        )
        .await
        .ok();
    }
    h.iam(
        &root,
        "DeletePolicyVersion",
        &[("PolicyArn", &arn), ("VersionId", "v1")],
    )
    .await
    .ok();
    h.iam(&root, "DeletePolicy", &[("PolicyArn", &arn)])
        .await
        .ok();
}

const TRUST_ALICE: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::000000000000:user/alice"},"Action":"sts:AssumeRole"}]}"#;
const TRUST_ACCOUNT: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"000000000000"},"Action":"sts:AssumeRole"}]}"#;

#[tokio::test]
async fn assumed_role_credentials_work_then_expire() {
    let h = harness().await;
    let root = Creds::root();
    h.iam(
        &root,
        "CreateRole",
        &[
            ("RoleName", "deployer"),
            ("AssumeRolePolicyDocument", TRUST_ALICE),
        ],
    )
    .await
    .ok();
    h.iam(
        &root,
        "PutRolePolicy",
        &[("RoleName", "deployer"), ("PolicyName", "list"), ("PolicyDocument", r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListRoles","Resource":"*"}]}"#)],
    )
    .await
    .ok();
    // Alice has no policy at all: the trust policy naming her is enough.
    let alice = h.user_with_policy("alice", None).await;
    let bob = h.user_with_policy("bob", Some(ALLOW_ALL)).await;
    let role_arn = "arn:aws:iam::000000000000:role/deployer";

    let refused = h
        .sts(
            &bob,
            "AssumeRole",
            &[("RoleArn", role_arn), ("RoleSessionName", "session")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.body);
    assert_eq!(refused.code().as_deref(), Some("AccessDenied"));

    let short = h
        .sts(
            &alice,
            "AssumeRole",
            &[
                ("RoleArn", role_arn),
                ("RoleSessionName", "session"),
                ("DurationSeconds", "899"),
            ],
        )
        .await;
    assert_eq!(short.code().as_deref(), Some("ValidationError"));
    let long = h
        .sts(
            &alice,
            "AssumeRole",
            &[
                ("RoleArn", role_arn),
                ("RoleSessionName", "session"),
                ("DurationSeconds", "7200"),
            ],
        )
        .await;
    assert!(
        long.get("Message").unwrap().contains("MaxSessionDuration"),
        "{}",
        long.body
    );

    let assumed = h
        .sts(
            &alice,
            "AssumeRole",
            &[
                ("RoleArn", role_arn),
                ("RoleSessionName", "deploy-1"),
                ("DurationSeconds", "900"),
            ],
        )
        .await
        .ok();
    let session = Creds {
        id: assumed.get("AccessKeyId").unwrap(),
        secret: assumed.get("SecretAccessKey").unwrap(),
        token: assumed.get("SessionToken"),
    };
    assert!(session.id.starts_with("ASIA"));
    assert_eq!(
        assumed.get("Arn").as_deref(),
        Some("arn:aws:sts::000000000000:assumed-role/deployer/deploy-1")
    );
    let me = h.sts(&session, "GetCallerIdentity", &[]).await.ok();
    assert_eq!(
        me.get("Arn").as_deref(),
        Some("arn:aws:sts::000000000000:assumed-role/deployer/deploy-1")
    );
    assert!(me.get("UserId").unwrap().ends_with(":deploy-1"));
    h.iam(&session, "ListRoles", &[]).await.ok();
    assert_eq!(
        h.iam(&session, "ListUsers", &[]).await.code().as_deref(),
        Some("AccessDenied")
    );

    // Without the token the key means nothing.
    let tokenless = Creds {
        token: None,
        ..session.clone()
    };
    assert_eq!(
        h.sts(&tokenless, "GetCallerIdentity", &[])
            .await
            .code()
            .as_deref(),
        Some("InvalidClientTokenId")
    );

    // 15 minutes later the session is over.
    h.clock.advance_ms(900 * 1000);
    let expired = h.sts(&session, "GetCallerIdentity", &[]).await;
    assert_eq!(expired.status, StatusCode::BAD_REQUEST);
    assert_eq!(expired.code().as_deref(), Some("ExpiredToken"));
    assert_eq!(
        expired.get("Message").as_deref(),
        Some("The security token included in the request is expired")
    );
}

#[tokio::test]
async fn trusting_the_account_needs_an_identity_policy_and_deleting_the_role_ends_sessions() {
    let h = harness().await;
    let root = Creds::root();
    h.iam(
        &root,
        "CreateRole",
        &[
            ("RoleName", "ops"),
            ("AssumeRolePolicyDocument", TRUST_ACCOUNT),
        ],
    )
    .await
    .ok();
    let role_arn = "arn:aws:iam::000000000000:role/ops";
    let nobody = h.user_with_policy("nobody", None).await;
    assert_eq!(
        h.sts(
            &nobody,
            "AssumeRole",
            &[("RoleArn", role_arn), ("RoleSessionName", "session")]
        )
        .await
        .code()
        .as_deref(),
        Some("AccessDenied")
    );
    let allowed = h
        .user_with_policy(
            "allowed",
            Some(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::000000000000:role/ops"}]}"#),
        )
        .await;
    let assumed = h
        .sts(
            &allowed,
            "AssumeRole",
            &[("RoleArn", role_arn), ("RoleSessionName", "session")],
        )
        .await
        .ok();
    let session = Creds {
        id: assumed.get("AccessKeyId").unwrap(),
        secret: assumed.get("SecretAccessKey").unwrap(),
        token: assumed.get("SessionToken"),
    };
    h.sts(&session, "GetCallerIdentity", &[]).await.ok();
    h.iam(&root, "DeleteRole", &[("RoleName", "ops")])
        .await
        .ok();
    assert_eq!(
        h.sts(&session, "GetCallerIdentity", &[])
            .await
            .code()
            .as_deref(),
        Some("InvalidClientTokenId")
    );
}

#[tokio::test]
async fn a_session_policy_narrows_the_role() {
    let h = harness().await;
    let root = Creds::root();
    h.iam(
        &root,
        "CreateRole",
        &[
            ("RoleName", "wide"),
            ("AssumeRolePolicyDocument", TRUST_ACCOUNT),
        ],
    )
    .await
    .ok();
    h.iam(
        &root,
        "AttachRolePolicy",
        &[
            ("RoleName", "wide"),
            ("PolicyArn", "arn:aws:iam::aws:policy/IAMReadOnlyAccess"),
        ],
    )
    .await
    .ok();
    let admin = h.user_with_policy("admin", Some(ALLOW_ALL)).await;
    let assumed = h
        .sts(
            &admin,
            "AssumeRole",
            &[
                ("RoleArn", "arn:aws:iam::000000000000:role/wide"),
                ("RoleSessionName", "narrow"),
                ("Policy", r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListRoles","Resource":"*"}]}"#),
            ],
        )
        .await
        .ok();
    assert!(assumed.get("PackedPolicySize").is_some());
    let session = Creds {
        id: assumed.get("AccessKeyId").unwrap(),
        secret: assumed.get("SecretAccessKey").unwrap(),
        token: assumed.get("SessionToken"),
    };
    h.iam(&session, "ListRoles", &[]).await.ok();
    assert_eq!(
        h.iam(&session, "ListUsers", &[]).await.code().as_deref(),
        Some("AccessDenied")
    );
}

#[tokio::test]
async fn agent_tokens_are_good_for_one_exchange() {
    let h = harness().await;
    let root_caller = keel_api::Caller::root(ACCOUNT, ROOT.0);
    let cluster = h.identity.agents.cluster_arn("us-east-1", "edge");
    let issued = h
        .identity
        .agents
        .issue(&root_caller, "us-east-1", &cluster, None)
        .await
        .unwrap();
    assert!(issued.token.starts_with("keelreg-"));
    // Only the token's hash is stored.
    let stored = h
        .store
        .range(keel_store::RangeRequest::prefix("/iam/agent-tokens/"))
        .await
        .unwrap();
    assert_eq!(stored.kvs.len(), 1);
    assert!(!stored.kvs[0].key.contains(&issued.token));

    let creds = h.identity.agents.redeem(&issued.token).await.unwrap();
    assert!(
        creds
            .user_arn
            .starts_with("arn:aws:iam::000000000000:user/keel/agents/keel-agent-")
    );
    assert_eq!(creds.cluster_arn, cluster);
    assert!(matches!(
        h.identity.agents.redeem(&issued.token).await,
        Err(keel_iam::IamError::AccessDenied(_))
    ));
    let agent = Creds {
        id: creds.access_key_id,
        secret: creds.secret_access_key,
        token: None,
    };
    let me = h.sts(&agent, "GetCallerIdentity", &[]).await.ok();
    assert_eq!(me.get("Arn"), Some(creds.user_arn));
    // The agent may do agent things on its cluster and nothing else.
    let context = std::collections::HashMap::new();
    let caller = h
        .identity
        .directory
        .user(&creds.user_name)
        .map(|u| keel_api::Caller {
            kind: keel_api::CallerKind::IamUser,
            arn: u.record.arn(ACCOUNT),
            account_id: ACCOUNT.into(),
            principal_id: u.record.id.clone(),
            name: Some(u.record.name.clone()),
            access_key_id: agent.id.clone(),
            session: None,
        })
        .unwrap();
    let dir = &h.identity.directory;
    assert!(
        dir.evaluate(
            &caller,
            "ecs:RegisterContainerInstance",
            &[&cluster],
            &|| context.clone()
        )
        .is_ok()
    );
    let other = "arn:aws:ecs:us-east-1:000000000000:cluster/other";
    assert!(
        dir.evaluate(&caller, "ecs:RegisterContainerInstance", &[other], &|| {
            context.clone()
        })
        .is_err()
    );
    assert!(
        dir.evaluate(&caller, "iam:ListUsers", &["*"], &|| context.clone())
            .is_err()
    );

    // Expired tokens are refused (and spent).
    let short = h
        .identity
        .agents
        .issue(&root_caller, "us-east-1", &cluster, Some(60))
        .await
        .unwrap();
    h.clock.advance_ms(61_000);
    assert!(h.identity.agents.redeem(&short.token).await.is_err());
}
