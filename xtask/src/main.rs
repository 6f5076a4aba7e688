//! Keel's development tasks.
//!
//! `cargo run -p xtask -- codegen [--botocore DIR] [--check]` regenerates
//! `crates/keel-awsmodel/src/generated/` from botocore's service models (found through
//! `python3 -c "import botocore"` unless `--botocore` or `KEEL_BOTOCORE_DIR` names the
//! package directory). With `--check` nothing is written: it fails when the committed files
//! differ from what the model generates.

mod codegen;
mod naming;

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use anyhow::{Context, Result, bail};

use codegen::ServiceSpec;

/// The services Keel generates wire types for. Adding one is a row here and a regeneration.
const SERVICES: &[ServiceSpec] = &[
    ServiceSpec {
        module: "ecs",
        folder: "ecs",
        version: "2014-11-13",
        title: "Amazon Elastic Container Service",
    },
    ServiceSpec {
        module: "logs",
        folder: "logs",
        version: "2014-03-28",
        title: "Amazon CloudWatch Logs",
    },
    ServiceSpec {
        module: "iam",
        folder: "iam",
        version: "2010-05-08",
        title: "AWS Identity and Access Management",
    },
    ServiceSpec {
        module: "sts",
        folder: "sts",
        version: "2011-06-15",
        title: "AWS Security Token Service",
    },
    ServiceSpec {
        module: "cloudtrail",
        folder: "cloudtrail",
        version: "2013-11-01",
        title: "AWS CloudTrail",
    },
];

const USAGE: &str = "usage: cargo run -p xtask -- codegen [--botocore DIR] [--check]";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("xtask: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<ExitCode> {
    let mut args = args.into_iter();
    match args.next().as_deref() {
        Some("codegen") => {}
        Some("-h" | "--help") | None => {
            println!("{USAGE}");
            return Ok(ExitCode::SUCCESS);
        }
        Some(other) => bail!("unknown task `{other}`\n{USAGE}"),
    }
    let mut botocore = None;
    let mut check = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--botocore" => {
                botocore = Some(PathBuf::from(
                    args.next().context("--botocore needs a directory")?,
                ))
            }
            other => match other.strip_prefix("--botocore=") {
                Some(dir) => botocore = Some(PathBuf::from(dir)),
                None => bail!("unknown argument `{other}`\n{USAGE}"),
            },
        }
    }
    codegen_task(botocore, check)
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// The botocore package directory: `--botocore`, `KEEL_BOTOCORE_DIR`, or Python's.
fn botocore_dir(given: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(dir) = given.or_else(|| std::env::var_os("KEEL_BOTOCORE_DIR").map(PathBuf::from)) {
        return Ok(dir);
    }
    let output = Command::new("python3")
        .args([
            "-c",
            "import botocore, os; print(os.path.dirname(botocore.__file__))",
        ])
        .output()
        .context("running python3 to find botocore (or pass --botocore DIR)")?;
    if !output.status.success() {
        bail!(
            "python3 cannot import botocore (install it with `pip install botocore`, or pass \
             --botocore DIR): {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(PathBuf::from(
        String::from_utf8_lossy(&output.stdout).trim(),
    ))
}

/// botocore's `__version__`, read from its `__init__.py`.
fn botocore_version(dir: &Path) -> Result<String> {
    let init = dir.join("__init__.py");
    let text =
        std::fs::read_to_string(&init).with_context(|| format!("reading {}", init.display()))?;
    text.lines()
        .filter_map(|line| line.trim().strip_prefix("__version__"))
        .filter_map(|rest| rest.trim().strip_prefix('='))
        .map(|v| v.trim().trim_matches(|c| c == '\'' || c == '"').to_owned())
        .next()
        .with_context(|| format!("no __version__ in {}", init.display()))
}

/// Reads `service-2.json.gz` (or an uncompressed `service-2.json`) of one service.
fn load_model(dir: &Path, spec: &ServiceSpec) -> Result<serde_json::Value> {
    let folder = dir.join("data").join(spec.folder).join(spec.version);
    let gz = folder.join("service-2.json.gz");
    let text = if gz.exists() {
        let file = std::fs::File::open(&gz).with_context(|| format!("opening {}", gz.display()))?;
        let mut text = String::new();
        flate2::read::GzDecoder::new(file)
            .read_to_string(&mut text)
            .with_context(|| format!("decompressing {}", gz.display()))?;
        text
    } else {
        let plain = folder.join("service-2.json");
        std::fs::read_to_string(&plain).with_context(|| format!("reading {}", plain.display()))?
    };
    serde_json::from_str(&text).with_context(|| format!("parsing the {} model", spec.module))
}

/// Formats Rust source the way `cargo fmt` formats the workspace.
fn rustfmt(source: &str) -> Result<String> {
    let rustfmt = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let config = workspace_root().join("rustfmt.toml");
    let mut command = Command::new(rustfmt);
    command.args(["--edition", "2024", "--emit", "stdout"]);
    if config.exists() {
        command.arg("--config-path").arg(&config);
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("running rustfmt (install it with `rustup component add rustfmt`)")?;
    let mut stdin = child.stdin.take().context("rustfmt has no stdin")?;
    let input = source.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().context("waiting for rustfmt")?;
    writer
        .join()
        .map_err(|_| anyhow::anyhow!("writing to rustfmt panicked"))?
        .context("writing to rustfmt")?;
    if !output.status.success() {
        bail!(
            "rustfmt failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    String::from_utf8(output.stdout).context("rustfmt printed invalid UTF-8")
}

fn codegen_task(botocore: Option<PathBuf>, check: bool) -> Result<ExitCode> {
    let dir = botocore_dir(botocore)?;
    let version = botocore_version(&dir)?;
    let out_dir = workspace_root().join("crates/keel-awsmodel/src/generated");

    let mut files = vec![(
        out_dir.join("mod.rs"),
        rustfmt(&codegen::generate_mod(SERVICES))?,
    )];
    for spec in SERVICES {
        let model = load_model(&dir, spec)?;
        let source = codegen::generate(spec, &version, &model)?;
        files.push((
            out_dir.join(format!("{}.rs", spec.module)),
            rustfmt(&source)?,
        ));
    }

    if check {
        let stale: Vec<&PathBuf> = files
            .iter()
            .filter(|(path, text)| std::fs::read_to_string(path).ok().as_deref() != Some(text))
            .map(|(path, _)| path)
            .collect();
        if stale.is_empty() {
            println!("generated files match botocore {version}");
            return Ok(ExitCode::SUCCESS);
        }
        for path in stale {
            eprintln!("out of date: {}", path.display());
        }
        eprintln!(
            "the generated wire types differ from botocore {version}'s model; run `cargo run -p \
             xtask -- codegen` (and check botocore is the pinned version)"
        );
        return Ok(ExitCode::FAILURE);
    }

    std::fs::create_dir_all(&out_dir).with_context(|| format!("creating {}", out_dir.display()))?;
    for (path, text) in &files {
        if std::fs::read_to_string(path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
            println!("wrote {}", path.display());
        } else {
            println!("unchanged {}", path.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}
