//! The `samraad` binary: `serve`, `token`, `rebuild`, `import`, `export`, `demo`.

use clap::Parser;

use samraad_server::cli::{Cli, Command};

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(args) => samraad_server::serve::run(*args).await,
        Command::Token(args) => samraad_server::token::run(args),
        Command::Rebuild(args) => samraad_server::rebuild::run(args).await,
        Command::Import(args) => samraad_server::import::run(args).await,
        Command::Export(args) => samraad_server::export::run(args).await,
        Command::Demo(args) => samraad_server::demo::run(args).await,
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("samraad: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
