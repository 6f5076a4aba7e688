//! Secrets at rest: AES-256-GCM under a key kept apart from the store.
//!
//! Verifying SigV4 needs each secret access key in the clear (the signature is an HMAC keyed
//! by it), so secrets cannot be hashed the way passwords are. They are sealed instead, with a
//! 256-bit key in `DATA_DIR/secrets.key` (mode 0600), created on first start: a copy of the
//! store (a backup, a support bundle, a stolen disk image of `state.db`) reveals no secret
//! without that file. The same key seals STS session tokens, which carry their own temporary
//! secret. Each sealed value is bound to what it belongs to (the access key id, or the token's
//! purpose) as associated data, so a sealed secret moved onto another record does not open.
//!
//! Format: `v1.` + base64url(96-bit random nonce ‖ ciphertext ‖ 128-bit tag). ring's
//! `aead::AES_256_GCM` does the work (ring is already in the tree through rustls).

use std::io::{Read as _, Write as _};
use std::path::Path;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};

const VERSION: &str = "v1.";
const KEY_LEN: usize = 32;

/// Seals and opens secrets with one key.
pub struct SecretBox {
    key: LessSafeKey,
    rng: SystemRandom,
}

impl std::fmt::Debug for SecretBox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretBox")
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SecretsError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{0} must hold exactly {KEY_LEN} bytes")]
    BadKeyFile(String),
    #[error("the system's random number generator failed")]
    Random,
}

impl SecretBox {
    /// A box with the given key (tests, and the key read from disk).
    pub fn from_key(key: [u8; KEY_LEN]) -> Self {
        let unbound = UnboundKey::new(&AES_256_GCM, &key).expect("AES-256 takes a 32-byte key");
        Self {
            key: LessSafeKey::new(unbound),
            rng: SystemRandom::new(),
        }
    }

    /// A box with a fresh random key (tests).
    pub fn random() -> Result<Self, SecretsError> {
        let mut key = [0u8; KEY_LEN];
        SystemRandom::new()
            .fill(&mut key)
            .map_err(|_| SecretsError::Random)?;
        Ok(Self::from_key(key))
    }

    /// Reads the key at `path`, creating it (owner-only, fsynced) when absent.
    pub fn open_or_create(path: &Path) -> Result<Self, SecretsError> {
        let io = |source| SecretsError::Io {
            path: path.display().to_string(),
            source,
        };
        match std::fs::File::open(path) {
            Ok(mut file) => {
                let mut bytes = Vec::new();
                file.read_to_end(&mut bytes).map_err(io)?;
                let key: [u8; KEY_LEN] = bytes
                    .try_into()
                    .map_err(|_| SecretsError::BadKeyFile(path.display().to_string()))?;
                Ok(Self::from_key(key))
            }
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                let mut key = [0u8; KEY_LEN];
                SystemRandom::new()
                    .fill(&mut key)
                    .map_err(|_| SecretsError::Random)?;
                let mut options = std::fs::OpenOptions::new();
                options.write(true).create_new(true);
                #[cfg(unix)]
                {
                    use std::os::unix::fs::OpenOptionsExt as _;
                    options.mode(0o600);
                }
                let mut file = options.open(path).map_err(io)?;
                file.write_all(&key).map_err(io)?;
                file.sync_all().map_err(io)?;
                if let Some(dir) = path.parent()
                    && let Ok(dir) = std::fs::File::open(dir)
                {
                    // The key must survive a crash as surely as the records it seals.
                    dir.sync_all().map_err(io)?;
                }
                Ok(Self::from_key(key))
            }
            Err(err) => Err(io(err)),
        }
    }

    /// Seals `plaintext`, bound to `context`.
    pub fn seal(&self, context: &str, plaintext: &[u8]) -> Result<String, SecretsError> {
        let mut nonce = [0u8; NONCE_LEN];
        self.rng
            .fill(&mut nonce)
            .map_err(|_| SecretsError::Random)?;
        let mut buf = plaintext.to_vec();
        self.key
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(context.as_bytes()),
                &mut buf,
            )
            .map_err(|_| SecretsError::Random)?;
        let mut out = Vec::with_capacity(NONCE_LEN + buf.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&buf);
        Ok(format!("{VERSION}{}", URL_SAFE_NO_PAD.encode(out)))
    }

    /// Opens a sealed value; `None` when it is malformed, was sealed under another key, or
    /// for another context.
    pub fn open(&self, context: &str, sealed: &str) -> Option<Vec<u8>> {
        let bytes = URL_SAFE_NO_PAD.decode(sealed.strip_prefix(VERSION)?).ok()?;
        if bytes.len() < NONCE_LEN + AES_256_GCM.tag_len() {
            return None;
        }
        let (nonce, sealed) = bytes.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
        let mut buf = sealed.to_vec();
        let plain = self
            .key
            .open_in_place(nonce, Aad::from(context.as_bytes()), &mut buf)
            .ok()?;
        Some(plain.to_vec())
    }
}

/// `n` bytes from the system's CSPRNG.
pub fn random_bytes(n: usize) -> Option<Vec<u8>> {
    let mut out = vec![0u8; n];
    SystemRandom::new().fill(&mut out).ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_in_their_context_and_key() {
        let a = SecretBox::random().unwrap();
        let b = SecretBox::random().unwrap();
        let sealed = a.seal("AKIA1", b"secret").unwrap();
        assert!(sealed.starts_with("v1."));
        assert!(!sealed.contains("secret"));
        assert_eq!(a.open("AKIA1", &sealed).as_deref(), Some(&b"secret"[..]));
        assert_eq!(a.open("AKIA2", &sealed), None);
        assert_eq!(b.open("AKIA1", &sealed), None);
        assert_eq!(a.open("AKIA1", "v1.AAAA"), None);
        assert_eq!(a.open("AKIA1", "garbage"), None);
        // Two seals of one value differ (fresh nonces).
        assert_ne!(sealed, a.seal("AKIA1", b"secret").unwrap());
    }

    #[test]
    fn the_key_file_is_created_private_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secrets.key");
        let first = SecretBox::open_or_create(&path).unwrap();
        let sealed = first.seal("ctx", b"x").unwrap();
        let again = SecretBox::open_or_create(&path).unwrap();
        assert_eq!(again.open("ctx", &sealed).as_deref(), Some(&b"x"[..]));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&path, b"short").unwrap();
        assert!(matches!(
            SecretBox::open_or_create(&path),
            Err(SecretsError::BadKeyFile(_))
        ));
    }
}
