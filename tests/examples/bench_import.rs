//! Import throughput (results in BENCHMARKS.md): `samraad import` into a fresh embedded store
//! of (a) the three sample minutes and (b) 1,000 generated documents of the same family — the
//! samples again, each on its own date over ten years (one meeting each) — as documents/s and
//! events/s, wall time of the whole command (start, store, import, exit).
//!
//! ```sh
//! cargo build --release -p samraad-server --bin samraad && cargo build --release -p samraad-tests --examples
//! SAMRAAD_BIN=$CARGO_TARGET_DIR/release/samraad $CARGO_TARGET_DIR/release/examples/bench_import [documents] [runs]
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use samraad_tests::{TESTS_DIR, samraad_bin};

const SAMPLES: [(&str, &str, &str); 3] = [
    (
        "lillebaelt-fsn-2025-02-26.txt",
        "26-02-2025",
        "26. februar 2025",
    ),
    (
        "slagelse-fsf-2024-12-11.txt",
        "11-12-2024",
        "11. december 2024",
    ),
    ("slagelse-fsf-2025-06-17.md", "17-06-2025", "17. juni 2025"),
];

const MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];

fn sample(name: &str) -> String {
    let path = Path::new(TESTS_DIR)
        .join("../services/minutes/tests/fixtures")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

/// `n` documents: the samples in turn, the k-th moved to day 3k after 1 January 2016.
fn generate(dir: &Path, n: usize) -> Vec<PathBuf> {
    let start = chrono::NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
    (0..n)
        .map(|k| {
            let (name, short, long) = SAMPLES[k % SAMPLES.len()];
            let day = start + chrono::Duration::days(3 * k as i64);
            use chrono::Datelike;
            let text = sample(name)
                .replace(short, &day.format("%d-%m-%Y").to_string())
                .replace(
                    long,
                    &format!(
                        "{}. {} {}",
                        day.day(),
                        MONTHS[day.month0() as usize],
                        day.year()
                    ),
                );
            let path = dir.join(format!("{k:04}-{name}"));
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

/// Imports `files` into a fresh store; (seconds, events).
fn run(files: &[PathBuf]) -> (f64, u64) {
    let store = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let out = Command::new(samraad_bin())
        .arg("import")
        .arg("--data-dir")
        .arg(store.path())
        .args(files)
        .output()
        .unwrap();
    let seconds = started.elapsed().as_secs_f64();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let total = stdout.lines().last().unwrap();
    assert!(
        total.starts_with(&format!("{0} of {0} documents", files.len())),
        "{total}"
    );
    let events = total
        .split(", ")
        .find_map(|p| p.strip_suffix(" events"))
        .unwrap()
        .parse()
        .unwrap();
    (seconds, events)
}

fn report(what: &str, files: &[PathBuf], runs: usize) {
    let mut seconds: Vec<(f64, u64)> = (0..runs).map(|_| run(files)).collect();
    seconds.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (median, events) = seconds[runs / 2];
    let (min, max) = (seconds[0].0, seconds[runs - 1].0);
    println!(
        "{what}: {} documents, {events} events; median {median:.2} s (min {min:.2}, max {max:.2}) \
         over {runs} runs: {:.0} documents/s, {:.0} events/s",
        files.len(),
        files.len() as f64 / median,
        events as f64 / median,
    );
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().map_or(1_000, |a| a.parse().unwrap());
    let runs: usize = args.next().map_or(3, |a| a.parse().unwrap());
    let dir = tempfile::tempdir().unwrap();
    let samples_dir = dir.path().join("samples");
    std::fs::create_dir_all(&samples_dir).unwrap();
    let samples: Vec<PathBuf> = SAMPLES
        .iter()
        .map(|(name, _, _)| {
            let path = samples_dir.join(name);
            std::fs::write(&path, sample(name)).unwrap();
            path
        })
        .collect();
    report("the three samples", &samples, runs);
    let generated_dir = dir.path().join("generated");
    std::fs::create_dir_all(&generated_dir).unwrap();
    let generated = generate(&generated_dir, n);
    report("generated", &generated, runs);
}
