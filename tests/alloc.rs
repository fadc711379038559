//! Once the catalog is loaded, lookups, filters and the statement view
//! allocate nothing. A counting global allocator proves it.

use std::{
    alloc::{GlobalAlloc, Layout, System},
    cell::Cell,
};

use io_pain_modalities::{
    AnatomicSite, Category, CodeSystem, Condition, PainPattern, SourceKind, UseKind, catalog,
};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards every call to the system allocator unchanged; it only
// counts allocations made on the current thread.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|c| c.set(c.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|c| c.set(c.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_during(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn lookups_filters_and_statements_allocate_nothing() {
    let c = catalog(); // the one-time parse happens here
    let mut hits = 0usize;
    let n = allocations_during(|| {
        for q in [
            "rfa",
            "Radiofrequency Ablation",
            "Sr-89",
            "strontium 89",
            "Pluvicto",
            "177Lu-PSMA-617",
            "kyphoplasty",
            "ESI",
        ] {
            hits += usize::from(c.lookup(q).is_ok());
            hits += usize::from(c.find(q).is_some());
        }
        hits += usize::from(c.get("vertebroplasty").is_ok());
        hits += usize::from(c.source("dupuy-2010").is_some());
        hits += c.query().category(Category::ThermalAblation).iter().count();
        hits += c
            .query()
            .condition(Condition::PainfulBoneMetastases)
            .pain_pattern(PainPattern::Focal)
            .iter()
            .count();
        hits += c
            .query()
            .site(AnatomicSite::ThoracicSpine)
            .use_kind(UseKind::Labelled)
            .iter()
            .count();
        hits += c
            .query()
            .source_kind(SourceKind::RandomisedTrial)
            .iter()
            .count();
        hits += c.query().code(CodeSystem::Icd10Cm, "C79.51").iter().count();
        hits += c.for_condition(Condition::RadicularPain).count();
        hits += c.with_code(CodeSystem::Hcpcs, "A9600").count();
        hits += c.statements().count();
        hits += c.citing("dupuy-2010").count();
        hits += c.iter().count();
    });
    assert_eq!(n, 0, "{n} allocations");
    assert!(hits > 200);
}

#[test]
fn search_allocates_its_result_and_the_query_words_only() {
    let c = catalog();
    // Warm the per-thread scratch space, sized once to the catalog.
    let _ = c.search("radiofrequency ablation");
    for (query, words) in [
        ("kyphoplasty", 1),
        ("ablation radiofrequency", 2),
        ("kyphoplatsy", 1),
        ("paracetamol", 1),
        ("steroid injection epidural", 3),
    ] {
        let mut found = 0;
        let n = allocations_during(|| found = c.search(query).len());
        // The hit list, the query's words (a few small strings each, and
        // the stem of a word the stemmer changes); never the index.
        assert!(n <= 2 + 8 * words, "{query}: {n} allocations");
        if query != "paracetamol" {
            assert!(found > 0, "{query}");
        }
    }
}

#[test]
fn the_counter_sees_allocations() {
    // Guards the test above against a counter that never counts.
    let n = allocations_during(|| drop(std::hint::black_box(vec![1u8; 16])));
    assert!(n >= 1);
}
