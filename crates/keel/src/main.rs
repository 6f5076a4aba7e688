//! `keel`: parses the command line and hands off to the library crates.

mod cli;
mod config;
mod server;

fn main() -> std::process::ExitCode {
    cli::main()
}
