//! Search, lookup, strict get and query building never panic on any
//! string, and search ranks its hits best first.
#![no_main]

use io_pain_modalities::{CodeSystem, catalog};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let c = catalog();
    let found = c.find(&text).map(|m| m.id.clone());
    assert_eq!(c.lookup(&text).ok().map(|m| m.id.clone()), found);
    let hits = c.search(&text);
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    let _ = c.resolve(&text);
    let _ = c.get(&text);
    let _ = c.source(&text);
    let _ = c.citing(&text).count();
    for system in [CodeSystem::Icd10Cm, CodeSystem::Hcpcs, CodeSystem::Atc] {
        let _ = c.with_code(system, &text).count();
        let _ = system.check(&text);
    }
});
