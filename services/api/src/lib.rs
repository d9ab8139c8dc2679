//! Samraad api.
