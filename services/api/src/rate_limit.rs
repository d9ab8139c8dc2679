//! Per-person request rate (a token bucket) and WebSocket connection counts.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use uuid::Uuid;

/// Beyond this many tracked people, full buckets are forgotten.
const PRUNE_ABOVE: usize = 10_000;

struct Bucket {
    tokens: f64,
    at: Instant,
}

/// A token bucket per person: `rate` tokens a second, at most `burst` saved up.
pub struct RateLimiter {
    rate: f64,
    burst: f64,
    buckets: Mutex<HashMap<Uuid, Bucket>>,
}

impl RateLimiter {
    /// A limiter of `rate` requests a second with bursts of `burst`.
    pub fn new(rate: f64, burst: u32) -> Self {
        Self {
            rate: rate.max(0.0),
            burst: f64::from(burst.max(1)),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes `cost` tokens from `person`'s bucket; `Err(seconds)` says when to retry.
    pub fn check(&self, person: Uuid, cost: u32) -> Result<(), f64> {
        let cost = f64::from(cost);
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() > PRUNE_ABOVE {
            let (rate, burst) = (self.rate, self.burst);
            buckets.retain(|_, b| b.tokens + now.duration_since(b.at).as_secs_f64() * rate < burst);
        }
        let bucket = buckets.entry(person).or_insert(Bucket {
            tokens: self.burst,
            at: now,
        });
        let refill = now.duration_since(bucket.at).as_secs_f64() * self.rate;
        bucket.tokens = (bucket.tokens + refill).min(self.burst);
        bucket.at = now;
        if bucket.tokens >= cost {
            bucket.tokens -= cost;
            Ok(())
        } else if self.rate > 0.0 {
            Err((cost - bucket.tokens) / self.rate)
        } else {
            Err(f64::INFINITY)
        }
    }
}

/// Counts open WebSocket connections per person.
pub struct ConnectionLimiter {
    max: usize,
    open: Mutex<HashMap<Uuid, usize>>,
}

/// One counted connection; uncounted when dropped.
pub struct ConnectionSlot {
    limiter: Arc<ConnectionLimiter>,
    person: Uuid,
}

impl ConnectionLimiter {
    /// At most `max` connections per person.
    pub fn new(max: usize) -> Arc<Self> {
        Arc::new(Self {
            max,
            open: Mutex::new(HashMap::new()),
        })
    }

    /// A slot for `person`, or `None` when they already have the maximum open.
    pub fn acquire(self: &Arc<Self>, person: Uuid) -> Option<ConnectionSlot> {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        let count = open.entry(person).or_insert(0);
        if *count >= self.max {
            return None;
        }
        *count += 1;
        Some(ConnectionSlot {
            limiter: self.clone(),
            person,
        })
    }
}

impl Drop for ConnectionSlot {
    fn drop(&mut self) {
        let mut open = self.limiter.open.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(count) = open.get_mut(&self.person) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                open.remove(&self.person);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn bucket_allows_the_burst_then_refuses() {
        let limiter = RateLimiter::new(0.0001, 3);
        let person = Uuid::now_v7();
        for _ in 0..3 {
            assert!(limiter.check(person, 1).is_ok());
        }
        assert!(limiter.check(person, 1).is_err());
        assert!(
            limiter.check(Uuid::now_v7(), 1).is_ok(),
            "other people are unaffected"
        );
    }

    #[test]
    fn connection_slots_are_returned() {
        let limiter = ConnectionLimiter::new(1);
        let person = Uuid::now_v7();
        let slot = limiter.acquire(person).unwrap();
        assert!(limiter.acquire(person).is_none());
        drop(slot);
        assert!(limiter.acquire(person).is_some());
    }
}
