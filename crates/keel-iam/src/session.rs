//! STS session tokens: the temporary credentials of a role session, sealed.
//!
//! `AssumeRole` stores nothing. The session token it returns is the session itself: the
//! temporary secret, the role (name, path and unique id), the session name, the times and any
//! session policy, sealed with the server's secrets key. A request signed with the `ASIA...`
//! key and carrying the token is verified by opening the token, checking it names that key,
//! and checking the role still exists with the same unique id, so deleting a role (or
//! deleting and re-creating one of the same name) ends its sessions at once.

use serde::{Deserialize, Serialize};

use crate::secrets::{SecretBox, SecretsError};

/// The associated data every session token is sealed with.
const CONTEXT: &str = "keel-sts-session";

/// What a session token holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionClaims {
    #[serde(rename = "k")]
    pub access_key_id: String,
    #[serde(rename = "s")]
    pub secret_access_key: String,
    #[serde(rename = "rn")]
    pub role_name: String,
    #[serde(rename = "rp")]
    pub role_path: String,
    #[serde(rename = "ri")]
    pub role_id: String,
    #[serde(rename = "sn")]
    pub session_name: String,
    #[serde(rename = "i")]
    pub issued_ms: i64,
    #[serde(rename = "e")]
    pub expires_ms: i64,
    /// An inline session policy, which narrows what the role's policies allow.
    #[serde(rename = "p", default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
}

/// Seals claims into a session token.
pub fn seal(secrets: &SecretBox, claims: &SessionClaims) -> Result<String, SecretsError> {
    let json = serde_json::to_vec(claims).expect("claims serialize");
    secrets.seal(CONTEXT, &json)
}

/// Opens a session token; `None` for anything this server did not seal.
pub fn open(secrets: &SecretBox, token: &str) -> Option<SessionClaims> {
    let json = secrets.open(CONTEXT, token)?;
    serde_json::from_slice(&json).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_resist_tampering() {
        let secrets = SecretBox::random().unwrap();
        let claims = SessionClaims {
            access_key_id: "ASIAEXAMPLE".into(),
            secret_access_key: "secret".into(),
            role_name: "app".into(),
            role_path: "/".into(),
            role_id: "AROAEXAMPLE".into(),
            session_name: "s".into(),
            issued_ms: 1,
            expires_ms: 2,
            policy: None,
        };
        let token = seal(&secrets, &claims).unwrap();
        assert_eq!(open(&secrets, &token), Some(claims));
        let mut tampered = token.clone().into_bytes();
        let last = tampered.len() - 1;
        tampered[last] = if tampered[last] == b'A' { b'B' } else { b'A' };
        assert_eq!(open(&secrets, &String::from_utf8(tampered).unwrap()), None);
        assert_eq!(open(&SecretBox::random().unwrap(), &token), None);
        assert_eq!(secrets.open("other", &token), None);
    }
}
