//! `keel`: parses the command line and hands off to the library crates.

mod cli;
mod client;
mod config;
mod credentials;
mod plan;
mod server;
mod tls;

// The control plane allocates many small, short-lived buffers per request (JSON in and out);
// mimalloc handles that pattern with far less contention than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
