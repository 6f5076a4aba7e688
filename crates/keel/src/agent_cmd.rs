//! `keel agent-token create`: a one-time registration token for a host agent.

use anyhow::{Context, bail};
use serde_json::json;

use crate::cli::AgentTokenArgs;
use crate::sigv4_client::Client;

pub async fn run(args: AgentTokenArgs) -> anyhow::Result<()> {
    let client = Client::from_environment(args.endpoint.as_deref())?;
    let ttl = humantime::parse_duration(&args.expires_in)
        .context("--expires-in wants a duration like 1h")?;
    let body = json!({"cluster": args.cluster, "expiresInSeconds": ttl.as_secs()});
    let answer = client
        .post(
            "/keel/agent/v1/registration-tokens",
            "ecs",
            &[("content-type", "application/json")],
            serde_json::to_vec(&body)?,
        )
        .await?;
    let value: serde_json::Value =
        serde_json::from_slice(&answer.body).context("the server's answer is not JSON")?;
    if answer.status != 200 {
        bail!(
            "{}: {}",
            value["__type"].as_str().unwrap_or("error"),
            value["message"].as_str().unwrap_or("")
        );
    }
    if args.json {
        println!("{value}");
    } else {
        println!("{}", value["token"].as_str().unwrap_or_default());
        eprintln!(
            "Registration token for {} (one use, expires at {}). Give it to the agent; it \
             trades it for its own credentials at POST /keel/agent/v1/credentials.",
            value["clusterArn"].as_str().unwrap_or_default(),
            keel_types::time::format_iso8601_utc(value["expiresAt"].as_i64().unwrap_or(0) * 1000)
        );
    }
    Ok(())
}
