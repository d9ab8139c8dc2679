//! Whether appends are failing: set by a failed append (store unreachable, disk full),
//! cleared by the next one that succeeds or once the store says it could write again. Read by
//! readiness; a successful append costs one atomic load.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use samraad_log::{AppendResult, StoreError};

/// The state of the last append, for readiness.
#[derive(Default)]
pub(crate) struct AppendHealth {
    failing: AtomicBool,
    last: Mutex<Option<StoreError>>,
}

impl AppendHealth {
    /// Notes an append's result.
    pub(crate) fn note(&self, result: &Result<AppendResult, StoreError>) {
        match result {
            Ok(_) if self.failing() => self.recovered(),
            Ok(_) => {}
            Err(err @ (StoreError::StorageFull | StoreError::Unavailable(_))) => {
                *self.last.lock().unwrap_or_else(|p| p.into_inner()) = Some(err.clone());
                self.failing.store(true, Ordering::Release);
            }
            Err(_) => {}
        }
    }

    /// Whether the last append failed for want of a working store.
    pub(crate) fn failing(&self) -> bool {
        self.failing.load(Ordering::Acquire)
    }

    /// Appends work again.
    pub(crate) fn recovered(&self) {
        self.failing.store(false, Ordering::Release);
        *self.last.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}
