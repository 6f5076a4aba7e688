//! The client commands: parse, call `keel-client`, set the exit code.

use std::io::IsTerminal;
use std::process::ExitCode;

use crate::cli::{DeployArgs, EventsArgs, ServicesArgs};

fn runtime() -> Option<tokio::runtime::Runtime> {
    match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => Some(rt),
        Err(err) => {
            eprintln!("keel: starting the async runtime: {err}");
            None
        }
    }
}

fn fail(err: impl std::fmt::Display) -> ExitCode {
    eprintln!("keel: {err}");
    ExitCode::FAILURE
}

pub fn services(args: ServicesArgs) -> ExitCode {
    let Some(rt) = runtime() else {
        return ExitCode::FAILURE;
    };
    let client = match keel_client::Client::new(args.endpoint.endpoint.as_deref()) {
        Ok(c) => c,
        Err(err) => return fail(err),
    };
    let mut out = std::io::stdout().lock();
    match rt.block_on(keel_client::commands::services(
        &client,
        &args.cluster,
        &mut out,
    )) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => fail(err),
    }
}

pub fn deploy(args: DeployArgs) -> ExitCode {
    let Some(rt) = runtime() else {
        return ExitCode::FAILURE;
    };
    let timeout = match humantime::parse_duration(&args.timeout) {
        Ok(t) => t,
        Err(err) => return fail(format!("--timeout {}: {err}", args.timeout)),
    };
    let client = match keel_client::Client::new(args.endpoint.endpoint.as_deref()) {
        Ok(c) => c,
        Err(err) => return fail(err),
    };
    let live = std::io::stdout().is_terminal();
    let mut out = std::io::stdout().lock();
    let result = rt.block_on(keel_client::commands::deploy(
        &client,
        &args.cluster,
        &args.service,
        &args.image,
        args.container.as_deref(),
        timeout,
        &mut out,
        live,
    ));
    match result {
        Ok(outcome) if outcome.completed => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(err) => fail(err),
    }
}

pub fn events(args: EventsArgs) -> ExitCode {
    let Some(rt) = runtime() else {
        return ExitCode::FAILURE;
    };
    let client = match keel_client::Client::new(args.endpoint.endpoint.as_deref()) {
        Ok(c) => c,
        Err(err) => return fail(err),
    };
    let mut out = std::io::stdout().lock();
    match rt.block_on(keel_client::commands::events(
        &client,
        args.after,
        args.follow,
        &mut out,
        || false,
    )) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => fail(err),
    }
}
