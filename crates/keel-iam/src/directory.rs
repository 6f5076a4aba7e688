//! The identity directory: every user, access key, role and managed policy of the store,
//! decoded, with secrets opened and policies parsed, in memory.
//!
//! Every request needs a secret (to verify its signature) and, for IAM users and role
//! sessions, their policies (to authorize it); reading and parsing them from the store each
//! time would cost more than the rest of a read. The directory loads `/iam/` once, then
//! follows a store watch, so it always reflects committed state; IAM handlers wait until it
//! has applied their own write before answering, so a key or policy change is in force for
//! the very next request. It is the edge's [`KeyStore`] and [`Authorizer`].

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use futures::{FutureExt as _, StreamExt as _};
use keel_api::access::{Access, Authorizer, Denial};
use keel_api::sigv4::{KeyStore, Secret};
use keel_api::{Caller, CallerKind, RoleSession};
use keel_policy::{Decision, PolicyDocument, PolicyKind, Request};
use keel_store::{EventKind, KeyValue, RangeRequest, Revision, Store, StoreError};
use keel_types::time::Clock;
use parking_lot::{Mutex, RwLock};
use tokio::sync::watch;
use tracing::{debug, warn};

use crate::managed;
use crate::records::{self, AccessKeyRecord, ManagedPolicyRecord, RoleRecord, UserRecord, iam_arn};
use crate::secrets::SecretBox;
use crate::session;

/// The root access key, configured outside the store.
#[derive(Clone)]
pub struct RootKey {
    pub access_key_id: String,
    pub secret_access_key: String,
}

impl std::fmt::Debug for RootKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RootKey")
            .field("access_key_id", &self.access_key_id)
            .finish_non_exhaustive()
    }
}

/// A user with its inline policies parsed.
#[derive(Debug)]
pub struct UserEntry {
    pub record: UserRecord,
    pub mod_revision: Revision,
    pub inline: Vec<Arc<PolicyDocument>>,
}

#[derive(Debug)]
pub struct KeyEntry {
    pub record: AccessKeyRecord,
    pub mod_revision: Revision,
    /// The opened secret; `None` when it does not open with this server's key.
    pub secret: Option<String>,
}

#[derive(Debug)]
pub struct RoleEntry {
    pub record: RoleRecord,
    pub mod_revision: Revision,
    pub trust: Option<Arc<PolicyDocument>>,
    pub inline: Vec<Arc<PolicyDocument>>,
}

#[derive(Debug)]
pub struct PolicyEntry {
    pub record: ManagedPolicyRecord,
    pub mod_revision: Revision,
    pub default_document: Option<Arc<PolicyDocument>>,
}

#[derive(Default)]
struct State {
    users: HashMap<String, Arc<UserEntry>>,
    keys: HashMap<String, Arc<KeyEntry>>,
    roles: HashMap<String, Arc<RoleEntry>>,
    policies: HashMap<String, Arc<PolicyEntry>>,
    /// Built-in managed policies by ARN.
    builtin: HashMap<String, Arc<PolicyDocument>>,
}

/// Session policies seen recently, parsed (bounded; cleared when full).
const SESSION_POLICY_CACHE: usize = 1024;

/// The in-memory view of `/iam/`.
pub struct Directory {
    account_id: String,
    root: Option<RootKey>,
    secrets: Arc<SecretBox>,
    clock: Arc<dyn Clock>,
    state: RwLock<State>,
    applied: watch::Sender<Revision>,
    session_policies: Mutex<HashMap<String, Arc<PolicyDocument>>>,
}

impl std::fmt::Debug for Directory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Directory")
            .field("account_id", &self.account_id)
            .finish_non_exhaustive()
    }
}

fn parse_all(docs: &std::collections::BTreeMap<String, String>) -> Vec<Arc<PolicyDocument>> {
    docs.values()
        .filter_map(|text| PolicyDocument::parse(text).ok().map(Arc::new))
        .collect()
}

impl Directory {
    /// Loads the directory from the store and keeps following it until the store closes.
    pub async fn start(
        store: Arc<dyn Store>,
        account_id: &str,
        root: Option<RootKey>,
        secrets: Arc<SecretBox>,
        clock: Arc<dyn Clock>,
    ) -> Result<Arc<Directory>, StoreError> {
        let mut builtin = HashMap::new();
        for policy in managed::BUILTIN {
            if let Ok(doc) = PolicyDocument::parse(policy.document) {
                builtin.insert(managed::arn(policy.name), Arc::new(doc));
            }
        }
        let (applied, _) = watch::channel(0);
        let directory = Arc::new(Directory {
            account_id: account_id.to_string(),
            root,
            secrets,
            clock,
            state: RwLock::new(State {
                builtin,
                ..State::default()
            }),
            applied,
            session_policies: Mutex::new(HashMap::new()),
        });
        let revision = directory.reload(store.as_ref()).await?;
        tokio::spawn(follow(Arc::downgrade(&directory), store, revision));
        Ok(directory)
    }

    pub fn account_id(&self) -> &str {
        &self.account_id
    }

    pub fn secrets(&self) -> &Arc<SecretBox> {
        &self.secrets
    }

    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    /// Reads everything under `/iam/` anew; returns the revision it reflects.
    async fn reload(&self, store: &dyn Store) -> Result<Revision, StoreError> {
        let mut kvs = Vec::new();
        let mut after: Option<String> = None;
        let mut revision = 0;
        loop {
            let mut req = RangeRequest::prefix(records::PREFIX).with_limit(1000);
            if let Some(key) = after.take() {
                req = req.after(key);
            }
            let page = store.range(req).await?;
            revision = revision.max(page.revision);
            let more = page.more;
            after = page.kvs.last().map(|kv| kv.key.clone());
            kvs.extend(page.kvs);
            if !more || after.is_none() {
                break;
            }
        }
        {
            let mut state = self.state.write();
            state.users.clear();
            state.keys.clear();
            state.roles.clear();
            state.policies.clear();
            for kv in &kvs {
                self.apply_put(&mut state, kv);
            }
        }
        self.applied.send_replace(revision);
        Ok(revision)
    }

    fn apply_put(&self, state: &mut State, kv: &KeyValue) {
        let key = kv.key.as_str();
        let rev = kv.mod_revision;
        if let Some(name) = key.strip_prefix(records::USERS) {
            match serde_json::from_slice::<UserRecord>(&kv.value) {
                Ok(record) => {
                    let inline = parse_all(&record.inline_policies);
                    state.users.insert(
                        name.to_string(),
                        Arc::new(UserEntry {
                            record,
                            mod_revision: rev,
                            inline,
                        }),
                    );
                }
                Err(err) => warn!(key, %err, "unreadable user record"),
            }
        } else if let Some(id) = key.strip_prefix(records::ACCESS_KEYS) {
            match serde_json::from_slice::<AccessKeyRecord>(&kv.value) {
                Ok(record) => {
                    let secret = self
                        .secrets
                        .open(&record.id, &record.secret_sealed)
                        .and_then(|s| String::from_utf8(s).ok());
                    if secret.is_none() {
                        warn!(
                            access_key_id = id,
                            "secret does not open with this server's secrets key"
                        );
                    }
                    state.keys.insert(
                        id.to_string(),
                        Arc::new(KeyEntry {
                            record,
                            mod_revision: rev,
                            secret,
                        }),
                    );
                }
                Err(err) => warn!(key, %err, "unreadable access key record"),
            }
        } else if let Some(name) = key.strip_prefix(records::ROLES) {
            match serde_json::from_slice::<RoleRecord>(&kv.value) {
                Ok(record) => {
                    let trust = PolicyDocument::parse_as(&record.trust_policy, PolicyKind::Trust)
                        .ok()
                        .map(Arc::new);
                    let inline = parse_all(&record.inline_policies);
                    state.roles.insert(
                        name.to_string(),
                        Arc::new(RoleEntry {
                            record,
                            mod_revision: rev,
                            trust,
                            inline,
                        }),
                    );
                }
                Err(err) => warn!(key, %err, "unreadable role record"),
            }
        } else if let Some(name) = key.strip_prefix(records::POLICIES) {
            match serde_json::from_slice::<ManagedPolicyRecord>(&kv.value) {
                Ok(record) => {
                    let default_document = record
                        .default_document()
                        .and_then(|text| PolicyDocument::parse(text).ok())
                        .map(Arc::new);
                    state.policies.insert(
                        name.to_string(),
                        Arc::new(PolicyEntry {
                            record,
                            mod_revision: rev,
                            default_document,
                        }),
                    );
                }
                Err(err) => warn!(key, %err, "unreadable policy record"),
            }
        }
    }

    fn apply_delete(state: &mut State, key: &str) {
        if let Some(name) = key.strip_prefix(records::USERS) {
            state.users.remove(name);
        } else if let Some(id) = key.strip_prefix(records::ACCESS_KEYS) {
            state.keys.remove(id);
        } else if let Some(name) = key.strip_prefix(records::ROLES) {
            state.roles.remove(name);
        } else if let Some(name) = key.strip_prefix(records::POLICIES) {
            state.policies.remove(name);
        }
    }

    /// Waits (up to five seconds) until the directory reflects `revision`, so a handler that
    /// wrote it can answer knowing the next request sees the change.
    pub async fn wait_for(&self, revision: Revision) {
        let mut applied = self.applied.subscribe();
        let reached = applied.wait_for(|r| *r >= revision);
        if tokio::time::timeout(Duration::from_secs(5), reached)
            .await
            .is_err()
        {
            warn!(revision, "identity directory is behind the store");
        }
    }

    pub fn user(&self, name: &str) -> Option<Arc<UserEntry>> {
        self.state.read().users.get(&name.to_lowercase()).cloned()
    }

    pub fn users(&self) -> Vec<Arc<UserEntry>> {
        let mut users: Vec<_> = self.state.read().users.values().cloned().collect();
        users.sort_by(|a, b| {
            a.record
                .name
                .to_lowercase()
                .cmp(&b.record.name.to_lowercase())
        });
        users
    }

    pub fn access_key(&self, id: &str) -> Option<Arc<KeyEntry>> {
        self.state.read().keys.get(id).cloned()
    }

    pub fn role(&self, name: &str) -> Option<Arc<RoleEntry>> {
        self.state.read().roles.get(&name.to_lowercase()).cloned()
    }

    /// The role an ARN of this account names (`arn:aws:iam::ACCOUNT:role/PATH/NAME`).
    pub fn role_by_arn(&self, arn: &str) -> Option<Arc<RoleEntry>> {
        let name = arn.rsplit('/').next().unwrap_or_default();
        self.role(name)
            .filter(|r| r.record.arn(self.account_id()) == arn)
    }

    pub fn roles(&self) -> Vec<Arc<RoleEntry>> {
        let mut roles: Vec<_> = self.state.read().roles.values().cloned().collect();
        roles.sort_by(|a, b| {
            a.record
                .name
                .to_lowercase()
                .cmp(&b.record.name.to_lowercase())
        });
        roles
    }

    /// A customer managed policy by name.
    pub fn policy(&self, name: &str) -> Option<Arc<PolicyEntry>> {
        self.state
            .read()
            .policies
            .get(&name.to_lowercase())
            .cloned()
    }

    pub fn policies(&self) -> Vec<Arc<PolicyEntry>> {
        let mut policies: Vec<_> = self.state.read().policies.values().cloned().collect();
        policies.sort_by(|a, b| {
            a.record
                .name
                .to_lowercase()
                .cmp(&b.record.name.to_lowercase())
        });
        policies
    }

    /// The customer managed policy with this ARN (path and name must both match).
    pub fn policy_by_arn(&self, arn: &str) -> Option<Arc<PolicyEntry>> {
        let name = arn.rsplit('/').next()?;
        self.policy(name)
            .filter(|p| p.record.arn(&self.account_id) == arn)
    }

    /// The user an IAM-user caller is.
    pub fn caller_user(&self, caller: &Caller) -> Option<Arc<UserEntry>> {
        match caller.kind {
            CallerKind::IamUser => self.user(caller.name.as_deref()?),
            _ => None,
        }
    }

    fn caller_for_user(&self, user: &UserRecord, access_key_id: &str) -> Caller {
        Caller {
            kind: CallerKind::IamUser,
            arn: user.arn(&self.account_id),
            account_id: self.account_id.clone(),
            principal_id: user.id.clone(),
            name: Some(user.name.clone()),
            access_key_id: access_key_id.to_string(),
            session: None,
        }
    }

    /// The identity documents that apply to a caller, or `None` when it is gone.
    fn documents(&self, state: &State, caller: &Caller) -> Option<Vec<Arc<PolicyDocument>>> {
        let (inline, attached) = match caller.kind {
            CallerKind::IamUser => {
                let user = state.users.get(&caller.name.as_deref()?.to_lowercase())?;
                (&user.inline, &user.record.attached)
            }
            CallerKind::AssumedRole => {
                let session = caller.session.as_ref()?;
                let role = state.roles.get(&session.role_name.to_lowercase())?;
                if role.record.id != session.role_id {
                    return None;
                }
                (&role.inline, &role.record.attached)
            }
            CallerKind::Root | CallerKind::Unverified => return Some(Vec::new()),
        };
        let mut docs: Vec<Arc<PolicyDocument>> = inline.clone();
        for arn in attached {
            if let Some(doc) = state.builtin.get(arn) {
                docs.push(doc.clone());
            } else if let Some(doc) = arn
                .rsplit('/')
                .next()
                .and_then(|name| state.policies.get(&name.to_lowercase()))
                .and_then(|p| p.default_document.clone())
            {
                docs.push(doc);
            }
        }
        Some(docs)
    }

    fn session_policy(&self, text: &str) -> Option<Arc<PolicyDocument>> {
        let mut cache = self.session_policies.lock();
        if let Some(doc) = cache.get(text) {
            return Some(doc.clone());
        }
        let doc = Arc::new(PolicyDocument::parse(text).ok()?);
        if cache.len() >= SESSION_POLICY_CACHE {
            cache.clear();
        }
        cache.insert(text.to_string(), doc.clone());
        Some(doc)
    }

    /// Evaluates `action` on each resource for a policy-bound caller: every resource must be
    /// allowed; an explicit deny on any resource is reported before a missing allow. `context`
    /// gives the request's condition keys; it is called only if a policy that could apply
    /// reads them.
    pub fn evaluate(
        &self,
        caller: &Caller,
        action: &str,
        resources: &[&str],
        context: &dyn Fn() -> HashMap<String, Vec<String>>,
    ) -> Result<(), Denial> {
        let docs = {
            let state = self.state.read();
            self.documents(&state, caller)
        };
        let first = resources.first().copied().unwrap_or("*").to_string();
        let Some(docs) = docs else {
            return Err(Denial::NoAllow { resource: first });
        };
        let session_doc = caller
            .session
            .as_ref()
            .and_then(|s| s.session_policy.as_deref())
            .map(|text| self.session_policy(text));
        if matches!(session_doc, Some(None)) {
            return Err(Denial::NoAllow { resource: first });
        }
        let refs: Vec<&PolicyDocument> = docs.iter().map(AsRef::as_ref).collect();
        let reads_context = keel_policy::reads_context(&refs, action)
            || session_doc
                .as_ref()
                .and_then(Option::as_ref)
                .is_some_and(|doc| keel_policy::reads_context(&[doc.as_ref()], action));
        let request = Request {
            principal_arn: caller.arn.clone(),
            account_id: caller.account_id.clone(),
            action: action.to_string(),
            resource: String::new(),
            context: if reads_context {
                context()
            } else {
                HashMap::new()
            },
        };
        let mut decisions: Vec<Decision> =
            keel_policy::evaluate_resources(&refs, &request, resources)
                .into_iter()
                .map(|e| e.decision)
                .collect();
        if let Some(Some(doc)) = &session_doc {
            let narrowed = keel_policy::evaluate_resources(&[doc.as_ref()], &request, resources);
            for (decision, session) in decisions.iter_mut().zip(narrowed) {
                if *decision == Decision::Allow {
                    *decision = session.decision;
                }
            }
        }
        let mut missing = None;
        for (resource, decision) in resources.iter().zip(decisions) {
            match decision {
                Decision::Allow => {}
                Decision::ExplicitDeny => {
                    return Err(Denial::ExplicitDeny {
                        resource: (*resource).to_string(),
                    });
                }
                Decision::ImplicitDeny => {
                    missing.get_or_insert_with(|| (*resource).to_string());
                }
            }
        }
        match missing {
            Some(resource) => Err(Denial::NoAllow { resource }),
            None => Ok(()),
        }
    }

    /// How many users and roles have `arn` attached (for built-in policies, which keep no
    /// record).
    pub fn attachment_count(&self, arn: &str) -> usize {
        let state = self.state.read();
        state
            .users
            .values()
            .filter(|u| u.record.attached.iter().any(|a| a == arn))
            .count()
            + state
                .roles
                .values()
                .filter(|r| r.record.attached.iter().any(|a| a == arn))
                .count()
    }

    /// A role session's caller, from a session token, if it is valid here and its role
    /// still exists.
    fn session_caller(&self, access_key_id: &str, token: &str) -> Option<(Caller, String, i64)> {
        let claims = session::open(&self.secrets, token)?;
        if claims.access_key_id != access_key_id {
            return None;
        }
        let role = self.role(&claims.role_name)?;
        if role.record.id != claims.role_id {
            return None;
        }
        let role_arn = iam_arn(
            &self.account_id,
            "role",
            &claims.role_path,
            &claims.role_name,
        );
        let caller = Caller {
            kind: CallerKind::AssumedRole,
            arn: format!(
                "arn:aws:sts::{}:assumed-role/{}/{}",
                self.account_id, claims.role_name, claims.session_name
            ),
            account_id: self.account_id.clone(),
            principal_id: format!("{}:{}", claims.role_id, claims.session_name),
            name: Some(claims.role_name.clone()),
            access_key_id: access_key_id.to_string(),
            session: Some(RoleSession {
                role_arn,
                role_id: claims.role_id,
                role_name: claims.role_name,
                session_name: claims.session_name,
                issued_at_ms: claims.issued_ms,
                expires_at_ms: claims.expires_ms,
                session_policy: claims.policy,
            }),
        };
        Some((caller, claims.secret_access_key, claims.expires_ms))
    }
}

impl KeyStore for Directory {
    fn secret(&self, access_key_id: &str, session_token: Option<&str>) -> Option<Secret> {
        if let Some(root) = &self.root
            && root.access_key_id == access_key_id
        {
            return Some(Secret {
                secret_access_key: root.secret_access_key.clone(),
                session_token: None,
                expires_at_ms: None,
                caller: Caller::root(&self.account_id, access_key_id),
            });
        }
        if let Some(token) = session_token
            && access_key_id.starts_with("ASIA")
        {
            let (caller, secret, expires) = self.session_caller(access_key_id, token)?;
            return Some(Secret {
                secret_access_key: secret,
                session_token: Some(token.to_string()),
                expires_at_ms: Some(expires),
                caller,
            });
        }
        let state = self.state.read();
        let key = state.keys.get(access_key_id)?;
        if !key.record.active {
            return None;
        }
        let user = state.users.get(&key.record.user_name.to_lowercase())?;
        Some(Secret {
            secret_access_key: key.secret.clone()?,
            session_token: None,
            expires_at_ms: None,
            caller: self.caller_for_user(&user.record, access_key_id),
        })
    }
}

impl Authorizer for Directory {
    fn authorize(
        &self,
        caller: &Caller,
        access: &Access,
        context: &dyn Fn() -> HashMap<String, Vec<String>>,
    ) -> Result<(), Denial> {
        self.evaluate(caller, &access.action, &access.resources_or_any(), context)
    }
}

/// Applies store events to the directory until the store closes or the directory is dropped.
async fn follow(
    directory: std::sync::Weak<Directory>,
    store: Arc<dyn Store>,
    mut revision: Revision,
) {
    loop {
        let mut events = match store.watch(records::PREFIX, Some(revision + 1)).await {
            Ok(events) => events,
            Err(StoreError::Closed) => return,
            Err(err) => {
                // Compacted past us, or lagging: start again from a fresh read.
                debug!(%err, "identity watch could not resume; reloading");
                let Some(dir) = directory.upgrade() else {
                    return;
                };
                match dir.reload(store.as_ref()).await {
                    Ok(rev) => revision = rev,
                    Err(StoreError::Closed) => return,
                    Err(err) => {
                        warn!(%err, "reloading identities failed");
                        tokio::time::sleep(Duration::from_millis(200)).await;
                    }
                }
                continue;
            }
        };
        while let Some(first) = events.next().await {
            let Some(dir) = directory.upgrade() else {
                return;
            };
            // A transaction's events arrive together: apply all that are ready before
            // announcing the revision, so nobody sees half of one.
            let mut batch = vec![first];
            while let Some(Some(more)) = events.next().now_or_never() {
                batch.push(more);
            }
            let mut failed = None;
            {
                let mut state = dir.state.write();
                for event in batch {
                    match event {
                        Ok(event) => {
                            revision = revision.max(event.kv.mod_revision);
                            match event.kind {
                                EventKind::Put => dir.apply_put(&mut state, &event.kv),
                                EventKind::Delete => {
                                    Directory::apply_delete(&mut state, &event.kv.key)
                                }
                            }
                        }
                        Err(err) => {
                            failed = Some(err);
                            break;
                        }
                    }
                }
            }
            match failed {
                None => {
                    dir.applied.send_replace(revision);
                }
                Some(StoreError::Closed) => return,
                Some(err) => {
                    debug!(%err, "identity watch ended; reloading");
                    match dir.reload(store.as_ref()).await {
                        Ok(rev) => revision = rev,
                        Err(StoreError::Closed) => return,
                        Err(err) => warn!(%err, "reloading identities failed"),
                    }
                    break;
                }
            }
        }
        if directory.upgrade().is_none() {
            return;
        }
    }
}
