//! Samraad server.
