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
    Serve(Box<ServeArgs>),
    /// Mint a development token (HS256, signed with the key in the data directory).
    Token(TokenArgs),
    /// Rebuild the read models from the log and report what they hold.
    Rebuild(StoreArgs),
    /// Import minutes (plain text or Markdown converted from PDF; UTF-8 or Windows-1252).
    Import(ImportArgs),
    /// Print what the store holds in the partnerships' own formats.
    Export(ExportArgs),
    /// Create a demonstration partnership on a running development server and print a
    /// sign-in link for each of its people.
    Demo(DemoArgs),
}

/// Options of `samraad demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// The running server.
    #[arg(long, default_value = "http://127.0.0.1:8080")]
    pub url: String,
    /// The server's data directory (its development signing key mints the tokens).
    #[arg(long, env = "SAMRAAD_DATA_DIR", default_value = "./samraad-data")]
    pub data_dir: PathBuf,
    /// The partnership's name.
    #[arg(long, default_value = "Sundhedsklynge Lillebælt (demo)")]
    pub name: String,
    /// Lifetime of the tokens in seconds.
    #[arg(long, default_value_t = 8 * 3600)]
    pub ttl: i64,
    /// Print the ids and tokens as one JSON object (for scripts and tests).
    #[arg(long)]
    pub json: bool,
}

/// Options of `samraad import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The event store.
    #[command(flatten)]
    pub store: StoreArgs,
    /// The partnership (its name; created when there is none of that name). Default: the
    /// minutes' forum name up to " - " ("Sundhedsklynge Lillebælt - Fagligt strategisk
    /// niveau" → "Sundhedsklynge Lillebælt").
    #[arg(long)]
    pub partnership: Option<String>,
    /// The time zone of a partnership the import creates (the minutes' times are local).
    #[arg(long, default_value = "Europe/Copenhagen")]
    pub time_zone: String,
    /// The importing person's id (a platform operator; default: Samraad's own importer id).
    #[arg(long)]
    pub person: Option<Uuid>,
    /// The name the importing person appears under in the forums' secretariats.
    #[arg(long, default_value = "Samraad import")]
    pub person_name: String,
    /// The organisation the import acts for, registered in the partnership when missing.
    #[arg(long, default_value = "Sekretariatet")]
    pub organization: String,
    /// Show what would be created; store nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// The documents.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

/// What `samraad export` prints.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to export.
    #[command(subcommand)]
    pub what: ExportWhat,
}

/// The exports.
#[derive(Debug, Subcommand)]
pub enum ExportWhat {
    /// A meeting's minutes, to stdout.
    Minutes(ExportMinutesArgs),
}

/// Options of `samraad export minutes`.
#[derive(Debug, Args)]
pub struct ExportMinutesArgs {
    /// The event store.
    #[command(flatten)]
    pub store: StoreArgs,
    /// The meeting's id.
    #[arg(long)]
    pub meeting: Uuid,
    /// Output format.
    #[arg(long, value_enum, default_value_t = MinutesFormat::Markdown)]
    pub format: MinutesFormat,
    /// As the public sees them: closed items as "Lukket punkt".
    #[arg(long)]
    pub as_public: bool,
}

/// Formats of exported minutes.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum MinutesFormat {
    /// Markdown in the family's layout (importable again).
    Markdown,
    /// An HTML fragment (tables as tables).
    Html,
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
    /// A size limit for the embedded store's file, in MiB: writes beyond it are refused with
    /// STORAGE_FULL, exactly as on a full disk (which is detected without a limit).
    #[arg(long, env = "SAMRAAD_STORE_QUOTA_MIB")]
    pub store_quota_mib: Option<u64>,
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
    /// Events a live subscriber may fall behind before its subscription ends with an error
    /// telling it to resume after its last position (memory stays bounded).
    #[arg(long, default_value_t = samraad_projections::feed::MAX_EVENTS)]
    pub subscriber_buffer: usize,
    /// Bytes (estimated from the events' payloads) queued for one live subscriber before it
    /// is cut off the same way.
    #[arg(long, default_value_t = samraad_projections::feed::MAX_BYTES)]
    pub subscriber_buffer_bytes: usize,
    /// Person ids of platform operators (may create partnerships), comma-separated.
    #[arg(long, env = "SAMRAAD_OPERATORS", value_delimiter = ',')]
    pub operators: Vec<Uuid>,
    /// Authentication: identity provider, production mode.
    #[command(flatten)]
    pub auth: AuthArgs,
    /// Abuse limits.
    #[command(flatten)]
    pub limits: LimitArgs,
}

/// Authentication options of `samraad serve`.
#[derive(Debug, Args, Clone)]
pub struct AuthArgs {
    /// Production mode: only identity-provider tokens (RS256/ES256 via --jwks) are accepted,
    /// development tokens are refused, introspection is off unless --introspection.
    #[arg(long, env = "SAMRAAD_PRODUCTION")]
    pub production: bool,
    /// The identity provider's JWKS: a file path or an https:// (or http://) URL (required with --production).
    #[arg(long, env = "SAMRAAD_JWKS")]
    pub jwks: Option<String>,
    /// The required token issuer (`iss`), e.g. https://login.example.dk/realms/klynge.
    #[arg(long, env = "SAMRAAD_ISSUER")]
    pub issuer: Option<String>,
    /// The required token audience (`aud`).
    #[arg(long, env = "SAMRAAD_AUDIENCE")]
    pub audience: Option<String>,
    /// The claim holding the organisation id (a UUID); `sub` is always the person id.
    #[arg(long, env = "SAMRAAD_ORG_CLAIM", default_value = "org")]
    pub org_claim: String,
    /// Serve introspection even with --production.
    #[arg(long, env = "SAMRAAD_INTROSPECTION")]
    pub introspection: bool,
    /// The web app's client id at the identity provider: the app signs people in with the
    /// provider's authorization-code flow with PKCE, found by --issuer's discovery document
    /// (whose jwks_uri is used when --jwks is not given).
    #[arg(long, env = "SAMRAAD_OIDC_CLIENT_ID", requires = "issuer")]
    pub oidc_client_id: Option<String>,
    /// Scopes the web app asks the identity provider for (`openid` is always included).
    #[arg(long, env = "SAMRAAD_OIDC_SCOPE", default_value = "openid profile")]
    pub oidc_scope: String,
}

/// Abuse limits of `samraad serve` (defaults in the README).
#[derive(Debug, Args, Clone)]
pub struct LimitArgs {
    /// Sustained requests per second per person (HTTP operations, WebSocket connections and
    /// subscriptions); beyond it RATE_LIMITED.
    #[arg(long, env = "SAMRAAD_RATE_LIMIT", default_value_t = 50.0)]
    pub rate_limit: f64,
    /// Burst of requests per person.
    #[arg(long, env = "SAMRAAD_RATE_BURST", default_value_t = 100)]
    pub rate_burst: u32,
    /// Largest request body in bytes.
    #[arg(long, default_value_t = 1024 * 1024)]
    pub max_body_bytes: usize,
    /// Maximum aliases in one GraphQL document.
    #[arg(long, default_value_t = 100)]
    pub max_aliases: usize,
    /// Maximum operations in one batch request (0 refuses batches).
    #[arg(long, default_value_t = 10)]
    pub max_batch: usize,
    /// Maximum active subscriptions on one WebSocket connection.
    #[arg(long, default_value_t = 20)]
    pub max_subscriptions: usize,
    /// Maximum WebSocket connections per person.
    #[arg(long, default_value_t = 16)]
    pub max_connections_per_person: usize,
    /// Seconds a WebSocket client may take to send `connection_init` (then close 4408).
    #[arg(long, default_value_t = 10.0)]
    pub ws_init_timeout: f64,
    /// Seconds without any frame from a WebSocket client before it is closed (1001); the
    /// server pings every third of it.
    #[arg(long, default_value_t = 120.0)]
    pub ws_idle_timeout: f64,
    /// Seconds an HTTP request may take (then 408).
    #[arg(long, default_value_t = 30.0)]
    pub request_timeout: f64,
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
