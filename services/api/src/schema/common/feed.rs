//! What every live feed shares: the count of open subscriptions, the catch-up page size, and
//! the error that cuts off a subscriber that fell behind.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use async_graphql::ErrorExtensions;
use samraad_projections::Position;

use crate::errors::ApiError;
use crate::metrics::Metrics;

/// Counts open subscriptions.
pub(crate) struct SubscriptionGuard(Arc<Metrics>);

impl SubscriptionGuard {
    pub(crate) fn new(metrics: Arc<Metrics>) -> Self {
        metrics.subscriptions.fetch_add(1, Ordering::Relaxed);
        Self(metrics)
    }
}

impl Drop for SubscriptionGuard {
    fn drop(&mut self) {
        self.0.subscriptions.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Events read from the store per page while catching up (bounds a catching-up
/// subscriber's memory).
pub(crate) const CATCH_UP_PAGE: usize = 64;

pub(crate) fn lagged(last: Position) -> async_graphql::Error {
    ApiError::RateLimited(format!(
        "subscriber fell behind the live feed; resubscribe with after: \"{last}\""
    ))
    .extend_with(|_, ext| ext.set("resumeAfter", last.to_string()))
}
