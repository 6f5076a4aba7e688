//! `keel`: parses the command line and hands off to the library crates.

mod agent_cmd;
mod agent_routes;
mod agent_run;
mod audit_cmd;
mod cli;
mod client;
mod config;
mod control_plane_logs;
mod credentials;
mod logs_cmd;
mod plan;
mod server;
mod sigv4_client;
mod tls;

// The control plane allocates many small, short-lived buffers per request (JSON in and out);
// mimalloc handles that pattern with far less contention than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
