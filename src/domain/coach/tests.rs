//! Tests of the coach (§8.2-§8.8), values worked out by hand.
