//! Samraad projections.
