//! Loading and merging a user catalog never panics, and a failed merge
//! leaves the catalog unchanged.
#![no_main]

use io_pain_modalities::{Catalog, catalog};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = Catalog::from_json(text);
    let mut merged = catalog().clone();
    if merged.merge_json(text).is_err() {
        assert!(&merged == catalog(), "a failed merge changed the catalog");
    }
});
