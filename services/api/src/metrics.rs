//! Process metrics in the Prometheus text format, kept in atomics (no registry, no locks).

use std::fmt::Write;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

/// Upper bounds (seconds) of the command latency histogram buckets.
const BUCKETS: [f64; 10] = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0];

/// Counters and gauges exported on `/metrics`.
#[derive(Default)]
pub struct Metrics {
    /// GraphQL HTTP requests served.
    pub http_requests: AtomicU64,
    /// Commands that appended events.
    pub commands_ok: AtomicU64,
    /// Commands refused with a domain, conflict or input error.
    pub commands_refused: AtomicU64,
    /// Commands that failed for an internal reason.
    pub commands_failed: AtomicU64,
    /// Open GraphQL subscriptions.
    pub subscriptions: AtomicI64,
    /// Open WebSocket connections.
    pub websocket_connections: AtomicI64,
    latency_buckets: [AtomicU64; BUCKETS.len()],
    latency_count: AtomicU64,
    latency_sum_micros: AtomicU64,
}

impl Metrics {
    /// Records the latency of one command.
    pub fn observe_command(&self, elapsed: std::time::Duration) {
        let seconds = elapsed.as_secs_f64();
        for (bound, bucket) in BUCKETS.iter().zip(&self.latency_buckets) {
            if seconds <= *bound {
                bucket.fetch_add(1, Ordering::Relaxed);
            }
        }
        self.latency_count.fetch_add(1, Ordering::Relaxed);
        let micros = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX);
        self.latency_sum_micros.fetch_add(micros, Ordering::Relaxed);
    }

    /// Renders all metrics, plus the projection position, in the Prometheus text format.
    pub fn render(&self, projection_position: u64) -> String {
        let mut out = String::with_capacity(2048);
        let counters = [
            (
                "samraad_http_requests_total",
                "GraphQL HTTP requests served.",
                &self.http_requests,
            ),
            (
                "samraad_commands_ok_total",
                "Commands that appended events.",
                &self.commands_ok,
            ),
            (
                "samraad_commands_refused_total",
                "Commands refused (rules, permissions, conflicts, input).",
                &self.commands_refused,
            ),
            (
                "samraad_commands_failed_total",
                "Commands failed for internal reasons.",
                &self.commands_failed,
            ),
        ];
        for (name, help, value) in counters {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} counter\n{name} {}",
                value.load(Ordering::Relaxed)
            );
        }
        let gauges = [
            (
                "samraad_subscriptions",
                "Open GraphQL subscriptions.",
                self.subscriptions.load(Ordering::Relaxed),
            ),
            (
                "samraad_websocket_connections",
                "Open WebSocket connections.",
                self.websocket_connections.load(Ordering::Relaxed),
            ),
            (
                "samraad_projection_position",
                "Global position applied to the read models.",
                i64::try_from(projection_position).unwrap_or(i64::MAX),
            ),
        ];
        for (name, help, value) in gauges {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}"
            );
        }
        let name = "samraad_command_duration_seconds";
        let _ = writeln!(
            out,
            "# HELP {name} Time from command received to events durable.\n# TYPE {name} histogram"
        );
        for (bound, bucket) in BUCKETS.iter().zip(&self.latency_buckets) {
            let _ = writeln!(
                out,
                "{name}_bucket{{le=\"{bound}\"}} {}",
                bucket.load(Ordering::Relaxed)
            );
        }
        let count = self.latency_count.load(Ordering::Relaxed);
        let sum = self.latency_sum_micros.load(Ordering::Relaxed) as f64 / 1e6;
        let _ = writeln!(
            out,
            "{name}_bucket{{le=\"+Inf\"}} {count}\n{name}_sum {sum}\n{name}_count {count}"
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_and_histogram() {
        let m = Metrics::default();
        m.commands_ok.fetch_add(3, Ordering::Relaxed);
        m.observe_command(std::time::Duration::from_millis(3));
        let text = m.render(42);
        assert!(text.contains("samraad_commands_ok_total 3"));
        assert!(text.contains("samraad_projection_position 42"));
        assert!(text.contains("samraad_command_duration_seconds_bucket{le=\"0.002\"} 0"));
        assert!(text.contains("samraad_command_duration_seconds_bucket{le=\"0.005\"} 1"));
        assert!(text.contains("samraad_command_duration_seconds_count 1"));
    }
}
