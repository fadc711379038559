//! Lookup, strict get and query building never panic on any string.
#![no_main]

use io_pain_modalities::{CodeSystem, catalog};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let c = catalog();
    let found = c.find(&text).map(|m| m.id.clone());
    assert_eq!(c.lookup(&text).ok().map(|m| m.id.clone()), found);
    let _ = c.get(&text);
    let _ = c.source(&text);
    let _ = c.citing(&text).count();
    for system in [CodeSystem::Icd10Cm, CodeSystem::Hcpcs, CodeSystem::Atc] {
        let _ = c.with_code(system, &text).count();
        let _ = system.check(&text);
    }
});
