//! `environmentFiles`: files of `VARIABLE=VALUE` lines.
//!
//! On AWS the files are S3 objects; Keel has no S3, so a file is a path on the host (absolute,
//! or a `file://` URL). The API model still requires `"type": "s3"`; Keel reads the value as a
//! local path whatever the type says.
//!
//! The format and precedence are amazon-ecs-agent's (`agent/taskresource/envFiles`): lines
//! starting with `#` are comments; a line without `=` is skipped; the key is what precedes the
//! first `=` and must not be empty; the value is the rest, verbatim (no quotes, no trimming).
//! Within one file a later line wins. Across files the first file that sets a variable wins,
//! and the container definition's `environment` wins over every file.

use std::path::{Path, PathBuf};

/// The host path an `environmentFiles` value names, or why it names none.
pub fn local_path(value: &str) -> Result<PathBuf, String> {
    if value.starts_with("arn:") {
        return Err(format!(
            "'{value}' is an S3 object; Keel reads environment files from the host, give an absolute path"
        ));
    }
    let path = value.strip_prefix("file://").unwrap_or(value);
    if !path.starts_with('/') {
        return Err(format!("'{value}' is not an absolute path on the host"));
    }
    Ok(PathBuf::from(path))
}

/// Parses one environment file's text into its variables, in order of first appearance, with
/// later lines overriding earlier ones.
pub fn parse(text: &str) -> Vec<(String, String)> {
    let mut vars: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        if key.is_empty() {
            continue;
        }
        match vars.iter_mut().find(|(k, _)| k == key) {
            Some(existing) => existing.1 = value.to_string(),
            None => vars.push((key.to_string(), value.to_string())),
        }
    }
    vars
}

/// Reads and parses each file, in order. The agent calls this on the host and hands the result
/// to `plan_task` in [`crate::mapping::TaskContext::environment_files`].
pub fn read_files(values: &[&str]) -> Result<Vec<Vec<(String, String)>>, EnvFileError> {
    values
        .iter()
        .map(|value| {
            let path = local_path(value).map_err(EnvFileError::BadPath)?;
            let text = std::fs::read_to_string(&path).map_err(|e| EnvFileError::Read {
                path: path.clone(),
                message: e.to_string(),
            })?;
            Ok(parse(&text))
        })
        .collect()
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EnvFileError {
    #[error("{0}")]
    BadPath(String),
    #[error("cannot read environment file {}: {message}", path.display())]
    Read { path: PathBuf, message: String },
}

impl EnvFileError {
    pub fn path(&self) -> Option<&Path> {
        match self {
            EnvFileError::Read { path, .. } => Some(path),
            EnvFileError::BadPath(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_the_ecs_agent() {
        let vars = parse("# comment\nA=1\nB=two words = yes\nnot a pair\n=nokey\nA=3\nEMPTY=\n");
        assert_eq!(
            vars,
            vec![
                ("A".to_string(), "3".to_string()),
                ("B".to_string(), "two words = yes".to_string()),
                ("EMPTY".to_string(), String::new()),
            ]
        );
    }

    proptest::proptest! {
        #[test]
        fn any_text_parses_to_unique_nonempty_keys(text in "(\\PC|\n|=|#){0,200}") {
            let vars = parse(&text);
            let mut keys: Vec<&str> = vars.iter().map(|(k, _)| k.as_str()).collect();
            proptest::prop_assert!(keys.iter().all(|k| !k.is_empty() && !k.starts_with('#')));
            let n = keys.len();
            keys.sort_unstable();
            keys.dedup();
            proptest::prop_assert_eq!(keys.len(), n);
        }
    }

    #[test]
    fn only_absolute_host_paths_are_files() {
        assert_eq!(
            local_path("/etc/app.env"),
            Ok(PathBuf::from("/etc/app.env"))
        );
        assert_eq!(
            local_path("file:///etc/app.env"),
            Ok(PathBuf::from("/etc/app.env"))
        );
        assert!(local_path("arn:aws:s3:::bucket/app.env").is_err());
        assert!(local_path("app.env").is_err());
    }
}
