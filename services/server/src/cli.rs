//! The command line of the `samraad` binary.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use uuid::Uuid;

/// Samraad: the event-sourced backend for partnerships that decide together in meetings.
#[derive(Debug, Parser)]
#[command(name = "samraad", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the GraphQL server.
    Serve(ServeArgs),
    /// Mint a development token (HS256, signed with the key in the data directory).
    Token(TokenArgs),
    /// Rebuild the read models from the log and report what they hold.
    Rebuild(StoreArgs),
}

/// Where the event log lives.
#[derive(Debug, Args, Clone)]
pub struct StoreArgs {
    /// Data directory of the embedded store (SQLite file and development key).
    #[arg(long, env = "SAMRAAD_DATA_DIR", default_value = "./samraad-data")]
    pub data_dir: PathBuf,
    /// Use PostgreSQL instead of the embedded store, e.g. postgres://user:pw@host/db.
    #[arg(long, env = "SAMRAAD_DATABASE_URL")]
    pub database_url: Option<String>,
}

/// Options of `samraad serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The event store.
    #[command(flatten)]
    pub store: StoreArgs,
    /// Address to listen on (port 0 picks a free port; the chosen address is printed).
    #[arg(long, env = "SAMRAAD_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// Log format.
    #[arg(long, env = "SAMRAAD_LOG_FORMAT", value_enum, default_value_t = LogFormat::Pretty)]
    pub log_format: LogFormat,
    /// Seconds to wait for in-flight requests on shutdown (SIGTERM / Ctrl-C).
    #[arg(long, default_value_t = 30)]
    pub shutdown_grace: u64,
    /// Person ids of platform operators (may create partnerships), comma-separated.
    #[arg(long, env = "SAMRAAD_OPERATORS", value_delimiter = ',')]
    pub operators: Vec<Uuid>,
}

/// Options of `samraad token`.
#[derive(Debug, Args)]
pub struct TokenArgs {
    /// Data directory holding the development signing key (created if missing).
    #[arg(long, env = "SAMRAAD_DATA_DIR", default_value = "./samraad-data")]
    pub data_dir: PathBuf,
    /// The person id (a new one is generated when omitted).
    #[arg(long)]
    pub person: Option<Uuid>,
    /// The organisation id the person acts for (a new one is generated when omitted).
    #[arg(long)]
    pub organization: Option<Uuid>,
    /// Lifetime of the token in seconds.
    #[arg(long, default_value_t = 8 * 3600)]
    pub ttl: i64,
    /// Mark the person as a platform operator (may create partnerships).
    #[arg(long)]
    pub operator: bool,
}

/// Log output format.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Pretty,
    /// One JSON object per line.
    Json,
}
