//! Samraad domain.
