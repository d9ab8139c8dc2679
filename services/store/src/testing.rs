//! A throwaway PostgreSQL server for tests (cargo feature `testing`).
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! // A fresh, empty database on a server shared by the whole test binary (started on first
//! // use from the installed binaries, stopped and deleted when the test process exits), or on
//! // the server named by `SAMRAAD_TEST_DATABASE_URL` when that is set.
//! let url = samraad_store::testing::fresh_database_url().await?;
//! let store = samraad_store::PostgresStore::connect(&url).await;
//! # Ok(()) }
//! ```
//!
//! The server runs with `fsync=on`, listens on 127.0.0.1 at a free port and on a Unix socket in
//! its temporary directory. As root, `initdb` and `pg_ctl` run as the `postgres` user via
//! `runuser`. Binaries are looked up in `$SAMRAAD_PG_BIN`, then the newest
//! `/usr/lib/postgresql/*/bin`, then `PATH`.

use std::io;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use tokio_postgres::NoTls;

/// Environment variable naming an existing server to use instead of starting one.
pub const DATABASE_URL_ENV: &str = "SAMRAAD_TEST_DATABASE_URL";

/// A PostgreSQL server in a temporary directory.
#[derive(Debug)]
pub struct TestPostgres {
    root: PathBuf,
    bin: PathBuf,
    port: u16,
    as_postgres: bool,
    shared: bool,
}

fn other(msg: impl Into<String>) -> io::Error {
    io::Error::other(msg.into())
}

fn find_bin() -> PathBuf {
    if let Some(dir) = std::env::var_os("SAMRAAD_PG_BIN") {
        return PathBuf::from(dir);
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let v = e.file_name().to_string_lossy().parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            bin.join("pg_ctl").exists().then_some((v, bin))
        })
        .collect();
    versions.sort();
    versions
        .pop()
        .map(|(_, bin)| bin)
        .unwrap_or_else(|| PathBuf::from(""))
}

fn output(cmd: &mut Command) -> io::Result<String> {
    let out = cmd.stdin(Stdio::null()).output()?;
    if !out.status.success() {
        return Err(other(format!(
            "{cmd:?} failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn free_port() -> io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

impl TestPostgres {
    fn command(&self, tool: &str) -> Command {
        let tool = self.bin.join(tool);
        if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(tool);
            c
        } else {
            Command::new(tool)
        }
    }

    fn data_dir(&self) -> PathBuf {
        self.root.join("data")
    }

    /// Starts a new server, stopped and deleted when the value is dropped.
    pub fn start() -> io::Result<TestPostgres> {
        let as_postgres = output(Command::new("id").arg("-u"))? == "0";
        let root = std::env::temp_dir().join(format!("samraad-pg-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(root.join("sock"))?;
        let mut server = TestPostgres {
            root,
            bin: find_bin(),
            port: 0,
            as_postgres,
            shared: false,
        };
        if as_postgres {
            let uid: u32 = output(Command::new("id").args(["-u", "postgres"]))?
                .parse()
                .map_err(|_| other("bad uid of postgres"))?;
            let gid: u32 = output(Command::new("id").args(["-g", "postgres"]))?
                .parse()
                .map_err(|_| other("bad gid of postgres"))?;
            std::os::unix::fs::chown(&server.root, Some(uid), Some(gid))?;
            std::os::unix::fs::chown(server.root.join("sock"), Some(uid), Some(gid))?;
        }
        output(
            server
                .command("initdb")
                .arg("-D")
                .arg(server.data_dir())
                .args(["-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]),
        )?;
        let mut last_error = other("postgres did not start");
        for _ in 0..5 {
            server.port = free_port()?;
            match server.pg_start() {
                Ok(()) => return Ok(server),
                Err(e) => last_error = e,
            }
        }
        Err(last_error)
    }

    fn pg_start(&self) -> io::Result<()> {
        let options = format!(
            "-c port={} -c listen_addresses=127.0.0.1 -c unix_socket_directories={} \
             -c fsync=on -c synchronous_commit=on -c max_connections=400 \
             -c shared_buffers=128MB",
            self.port,
            self.root.join("sock").display()
        );
        output(
            self.command("pg_ctl")
                .arg("-D")
                .arg(self.data_dir())
                .arg("-l")
                .arg(self.root.join("postgres.log"))
                .args(["-w", "-t", "60", "-o", &options, "start"]),
        )
        .map(|_| ())
    }

    /// Stops the server at once (an outage); [`TestPostgres::resume`] starts it again on the
    /// same port with the same data.
    pub fn halt(&self) -> io::Result<()> {
        output(self.command("pg_ctl").arg("-D").arg(self.data_dir()).args([
            "-m",
            "immediate",
            "-w",
            "stop",
        ]))
        .map(|_| ())
    }

    /// Starts a halted server again.
    pub fn resume(&self) -> io::Result<()> {
        self.pg_start()
    }

    /// The server shared by this process: started on first call, stopped and deleted by a
    /// watchdog once the process exits.
    pub fn shared() -> io::Result<&'static TestPostgres> {
        static SHARED: OnceLock<Result<TestPostgres, String>> = OnceLock::new();
        SHARED
            .get_or_init(|| {
                let mut server = TestPostgres::start().map_err(|e| e.to_string())?;
                server.shared = true;
                server.spawn_watchdog().map_err(|e| e.to_string())?;
                Ok(server)
            })
            .as_ref()
            .map_err(|e| other(e.clone()))
    }

    /// Stops the server and deletes its directory once this process has exited.
    fn spawn_watchdog(&self) -> io::Result<()> {
        let runuser = if self.as_postgres {
            "runuser -u postgres -- "
        } else {
            ""
        };
        let script = format!(
            "while kill -0 {pid} 2>/dev/null; do sleep 0.5; done; \
             {runuser}'{pg_ctl}' -D '{data}' -m immediate stop >/dev/null 2>&1; rm -rf '{root}'",
            pid = std::process::id(),
            pg_ctl = self.bin.join("pg_ctl").display(),
            data = self.data_dir().display(),
            root = self.root.display(),
        );
        let mut cmd = if Path::new("/usr/bin/setsid").exists() {
            let mut c = Command::new("/usr/bin/setsid");
            c.arg("sh");
            c
        } else {
            Command::new("sh")
        };
        cmd.arg("-c")
            .arg(script)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        Ok(())
    }

    /// The TCP port the server listens on (127.0.0.1).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// A URL of database `dbname` on this server, as user `postgres` (trust auth).
    pub fn url(&self, dbname: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{dbname}", self.port)
    }

    /// Creates a new empty database and returns its URL.
    pub async fn create_database(&self) -> io::Result<String> {
        let name = create_database_on(&self.url("postgres")).await?;
        Ok(self.url(&name))
    }
}

impl Drop for TestPostgres {
    fn drop(&mut self) {
        if self.shared {
            return;
        }
        let _ = self
            .command("pg_ctl")
            .arg("-D")
            .arg(self.data_dir())
            .args(["-m", "immediate", "stop"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// Creates a fresh database on the server of `admin_url`; returns its name.
async fn create_database_on(admin_url: &str) -> io::Result<String> {
    let (client, connection) = tokio_postgres::connect(admin_url, NoTls)
        .await
        .map_err(|e| other(format!("cannot connect to {admin_url}: {e}")))?;
    let driver = tokio::spawn(connection);
    let name = format!("samraad_test_{}", uuid::Uuid::new_v4().simple());
    let created = client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .await
        .map_err(|e| other(format!("CREATE DATABASE failed: {e}")));
    drop(client);
    let _ = driver.await;
    created.map(|()| name)
}

/// Replaces the database name of a URL (`scheme://…/db?…`) or key-value connection string.
fn with_dbname(url: &str, dbname: &str) -> String {
    if let Some(scheme_end) = url.find("://") {
        let (base, query) = match url.split_once('?') {
            Some((b, q)) => (b, Some(q)),
            None => (url, None),
        };
        let rest = &base[scheme_end + 3..];
        let authority_end = rest.find('/').map_or(base.len(), |i| scheme_end + 3 + i);
        let mut out = format!("{}/{dbname}", &base[..authority_end]);
        if let Some(q) = query {
            out.push('?');
            out.push_str(q);
        }
        out
    } else {
        format!("{url} dbname={dbname}")
    }
}

/// A URL of a fresh, empty database: on the server of `SAMRAAD_TEST_DATABASE_URL` if set,
/// otherwise on this process's shared throwaway server ([`TestPostgres::shared`]).
pub async fn fresh_database_url() -> io::Result<String> {
    match std::env::var(DATABASE_URL_ENV) {
        Ok(url) if !url.is_empty() => {
            let name = create_database_on(&url).await?;
            Ok(with_dbname(&url, &name))
        }
        _ => {
            let server = tokio::task::spawn_blocking(TestPostgres::shared)
                .await
                .map_err(|e| other(e.to_string()))??;
            server.create_database().await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::with_dbname;

    #[test]
    fn replaces_the_database_name() {
        assert_eq!(
            with_dbname("postgres://u:p@h:5432/old?sslmode=disable", "new"),
            "postgres://u:p@h:5432/new?sslmode=disable"
        );
        assert_eq!(with_dbname("postgres://h", "new"), "postgres://h/new");
        assert_eq!(
            with_dbname("host=h user=u", "new"),
            "host=h user=u dbname=new"
        );
    }
}
