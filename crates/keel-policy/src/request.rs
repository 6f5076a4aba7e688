//! The request being authorized, and the case-insensitive view of its
//! context keys that evaluation reads.

use std::collections::HashMap;

/// An authorization request: who asks to do what to which resource, with
/// the request context that conditions and policy variables read.
///
/// * `action` is `service:ActionName` (`ecs:RunTask`); it is compared with
///   policy actions case-insensitively.
/// * `resource` is the ARN the action targets, or `*` for actions that do
///   not work on a particular resource (`ecs:ListClusters`).
/// * `context` maps condition keys (`aws:SourceIp`, `aws:username`,
///   `aws:CurrentTime`, `ecs:cluster`...) to their values. Key names are
///   case-insensitive; a key holding several values is a multivalued key
///   (`aws:TagKeys`); a key with no values counts as absent. Times are ISO
///   8601 (`aws:CurrentTime`) or epoch seconds (`aws:EpochTime`); this crate
///   has no clock, so a request without them simply has no time.
///
/// `aws:PrincipalArn` and `aws:PrincipalAccount` are taken from
/// `principal_arn` and `account_id` unless the context sets them itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Request {
    /// The caller: `arn:aws:iam::123456789012:user/alice`,
    /// `arn:aws:sts::123456789012:assumed-role/app/session`, or a service
    /// principal such as `ecs-tasks.amazonaws.com` when a service assumes a
    /// role.
    pub principal_arn: String,
    /// The caller's account, `123456789012`.
    pub account_id: String,
    /// `service:ActionName`, e.g. `ecs:RunTask`.
    pub action: String,
    /// The target resource's ARN, or `*`.
    pub resource: String,
    /// Condition keys and their values.
    pub context: HashMap<String, Vec<String>>,
}

impl Request {
    /// A request with an empty context.
    pub fn new(
        principal_arn: impl Into<String>,
        account_id: impl Into<String>,
        action: impl Into<String>,
        resource: impl Into<String>,
    ) -> Request {
        Request {
            principal_arn: principal_arn.into(),
            account_id: account_id.into(),
            action: action.into(),
            resource: resource.into(),
            context: HashMap::new(),
        }
    }

    /// Adds one value to a context key (making it multivalued if it already
    /// has one).
    pub fn with_context(mut self, key: impl Into<String>, value: impl Into<String>) -> Request {
        self.context
            .entry(key.into())
            .or_default()
            .push(value.into());
        self
    }

    /// Sets a context key to exactly these values.
    pub fn with_context_values<I, S>(mut self, key: impl Into<String>, values: I) -> Request
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.context
            .insert(key.into(), values.into_iter().map(Into::into).collect());
        self
    }
}

/// Context keys by lower-cased name, for one evaluation. The view is built the first time a
/// condition or a policy variable asks for a key: most statements are settled by their action
/// alone, and an evaluation that reads no key never pays for lower-casing them all.
pub(crate) struct Context<'r> {
    request: &'r Request,
    keys: std::cell::OnceCell<HashMap<String, &'r [String]>>,
}

impl<'r> Context<'r> {
    pub(crate) fn new(request: &'r Request) -> Context<'r> {
        Context {
            request,
            keys: std::cell::OnceCell::new(),
        }
    }

    fn keys(&self) -> &HashMap<String, &'r [String]> {
        self.keys.get_or_init(|| lower_cased(self.request))
    }

    /// The values of a (lower-cased) key; `None` when the key is absent or
    /// has no values.
    pub(crate) fn get(&self, key: &str) -> Option<&'r [String]> {
        self.keys().get(key).copied().filter(|v| !v.is_empty())
    }

    /// The value a policy variable takes: only single-valued keys can be
    /// used as variables.
    pub(crate) fn variable(&self, key: &str) -> Option<&'r str> {
        match self.get(key)? {
            [one] => Some(one),
            _ => None,
        }
    }
}

fn lower_cased(request: &Request) -> HashMap<String, &[String]> {
    let mut keys: HashMap<String, &[String]> = HashMap::with_capacity(request.context.len() + 2);
    // Should one key be given under two spellings, the first spelling (in byte order) that has
    // values wins, whatever the map's order.
    let mut entries: Vec<(&String, &Vec<String>)> = request.context.iter().collect();
    entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
    for (k, v) in entries {
        let k = k.to_lowercase();
        match keys.get(&k) {
            Some(existing) if !existing.is_empty() => {}
            _ => {
                keys.insert(k, v.as_slice());
            }
        }
    }
    for (key, value) in [
        ("aws:principalarn", &request.principal_arn),
        ("aws:principalaccount", &request.account_id),
    ] {
        if !value.is_empty() && keys.get(key).is_none_or(|v| v.is_empty()) {
            keys.insert(key.to_owned(), std::slice::from_ref(value));
        }
    }
    keys
}
