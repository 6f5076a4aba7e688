//! The root access key: from `KEEL_ACCESS_KEY_ID` / `KEEL_SECRET_ACCESS_KEY`, else from
//! `DATA_DIR/root-credentials`, else generated there on first start (mode 0600). The file uses
//! the AWS shared-credentials format, so `AWS_SHARED_CREDENTIALS_FILE` can point at it.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

pub const FILE_NAME: &str = "root-credentials";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Environment,
    File(PathBuf),
    Generated(PathBuf),
}

#[derive(Debug, Clone)]
pub struct RootKey {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub source: Source,
}

fn check(id: &str, secret: &str) -> anyhow::Result<()> {
    let printable = |s: &str| s.bytes().all(|b| b.is_ascii_graphic());
    if id.is_empty() || id.len() > 128 || !printable(id) || id.contains('/') {
        bail!("the root access key id must be 1-128 printable characters without '/'");
    }
    if secret.is_empty() || !printable(secret) {
        bail!("the root secret access key must be printable characters");
    }
    Ok(())
}

/// Finds or creates the root key.
pub fn bootstrap(data_dir: &Path, from_env: Option<(String, String)>) -> anyhow::Result<RootKey> {
    if let Some((id, secret)) = from_env {
        check(&id, &secret)?;
        return Ok(RootKey {
            access_key_id: id,
            secret_access_key: secret,
            source: Source::Environment,
        });
    }
    let path = data_dir.join(FILE_NAME);
    if path.exists() {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let (id, secret) = parse(&text)
            .with_context(|| format!("{} is not a credentials file", path.display()))?;
        check(&id, &secret)?;
        return Ok(RootKey {
            access_key_id: id,
            secret_access_key: secret,
            source: Source::File(path),
        });
    }
    let id = keel_types::ids::new_access_key_id("AKIA");
    let secret = keel_types::ids::new_secret_access_key();
    write_private(&path, &render(&id, &secret))?;
    Ok(RootKey {
        access_key_id: id,
        secret_access_key: secret,
        source: Source::Generated(path),
    })
}

fn render(id: &str, secret: &str) -> String {
    format!(
        "# Keel's root access key. Anyone holding it may do anything.\n[default]\naws_access_key_id = {id}\naws_secret_access_key = {secret}\n"
    )
}

fn parse(text: &str) -> Option<(String, String)> {
    let mut id = None;
    let mut secret = None;
    for line in text.lines() {
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        match key.trim() {
            "aws_access_key_id" => id = Some(value.trim().to_string()),
            "aws_secret_access_key" => secret = Some(value.trim().to_string()),
            _ => {}
        }
    }
    Some((id?, secret?))
}

/// Creates `path` readable by its owner only, and makes it durable.
fn write_private(path: &Path, text: &str) -> anyhow::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_once_then_read_back_private() {
        let dir = tempfile::tempdir().unwrap();
        let first = bootstrap(dir.path(), None).unwrap();
        assert!(matches!(first.source, Source::Generated(_)));
        assert!(first.access_key_id.starts_with("AKIA") && first.access_key_id.len() == 20);
        assert_eq!(first.secret_access_key.len(), 40);
        let again = bootstrap(dir.path(), None).unwrap();
        assert!(matches!(again.source, Source::File(_)));
        assert_eq!(again.access_key_id, first.access_key_id);
        assert_eq!(again.secret_access_key, first.secret_access_key);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(dir.path().join(FILE_NAME))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn environment_wins_and_is_checked() {
        let dir = tempfile::tempdir().unwrap();
        let key = bootstrap(dir.path(), Some(("keel".into(), "keel".into()))).unwrap();
        assert_eq!(key.source, Source::Environment);
        assert!(!dir.path().join(FILE_NAME).exists());
        assert!(bootstrap(dir.path(), Some(("a/b".into(), "x".into()))).is_err());
        assert!(bootstrap(dir.path(), Some(("id".into(), String::new()))).is_err());
    }
}
