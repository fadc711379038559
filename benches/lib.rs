//! Nothing to see: the timings are in `catalog.rs`; run them with
//! `cargo bench` in this folder (see BENCHMARKS.md).
