//! Property tests: no input string can make parsing, lookup or filter
//! building panic, and values survive a trip through JSON unchanged.

use io_pain_modalities::{
    AnatomicSite, Catalog, Category, CodeSystem, Condition, Date, Doi, EntryId, Imaging,
    Jurisdiction, Lifecycle, ModalityId, PainPattern, Pmid, PrecautionKind, RegulatoryStatus,
    Route, SourceId, SourceKind, TumourType, Url, UseKind, Vocabulary, catalog,
};
use proptest::prelude::*;
use serde_json::{Value, json};

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC*",
        "[a-zA-Z0-9 ._/-]{0,40}",
        Just(String::new()),
        (0usize..20_000).prop_map(|n| "é".repeat(n)),
        prop::sample::select(vec!["rfa", "Sr-89", "PLUVICTO", "177Lu-PSMA-617", "e.s.i."])
            .prop_map(String::from),
    ]
}

/// Every name of every entry, with the id of its entry.
fn every_name() -> Vec<(String, String)> {
    let c = catalog();
    let mut names = Vec::new();
    for m in c {
        for n in std::iter::once(m.id.as_str())
            .chain(std::iter::once(m.name.as_str()))
            .chain(m.abbreviations.iter().map(String::as_str))
            .chain(m.synonyms.iter().map(String::as_str))
            .chain(m.brands.iter().map(String::as_str))
        {
            names.push((n.to_owned(), m.id.to_string()));
        }
    }
    for i in c.innovations() {
        for n in std::iter::once(i.id.as_str())
            .chain(std::iter::once(i.name.as_str()))
            .chain(i.synonyms.iter().map(String::as_str))
        {
            names.push((n.to_owned(), i.id.to_string()));
        }
    }
    for comb in c.combinations() {
        names.push((comb.id.to_string(), comb.id.to_string()));
        names.push((comb.name.clone(), comb.id.to_string()));
    }
    names
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn search_never_panics_and_ranks_best_first(q in any_text()) {
        let hits = catalog().search(&q);
        prop_assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
        let _ = catalog().resolve(&q);
    }

    #[test]
    fn a_name_ranks_its_entry_first(
        (name, id) in prop::sample::select(every_name()),
        upper in any::<bool>(),
    ) {
        let query = if upper { name.to_uppercase() } else { name.clone() };
        let hits = catalog().search(&query);
        prop_assert_eq!(hits.first().map(|h| h.subject.id()), Some(id.as_str()), "{}", query);
    }

    #[test]
    fn a_stop_word_does_not_change_the_top_hit(
        (name, _) in prop::sample::select(every_name()),
        stop in prop::sample::select(vec!["the", "of", "for", "with", "and"]),
        front in any::<bool>(),
    ) {
        let c = catalog();
        let plain = c.search(&name).first().map(|h| h.subject.id());
        let query = if front { format!("{stop} {name}") } else { format!("{name} {stop}") };
        let padded = c.search(&query).first().map(|h| h.subject.id());
        prop_assert_eq!(plain, padded, "{}", query);
    }

    /// When lookup answers, search ranks that entry first: for names, names
    /// cut short, with a typo or with a word added, and any text.
    #[test]
    fn lookup_and_search_agree(
        q in prop_oneof![
            any_text(),
            (prop::sample::select(every_name()), 0usize..40, any::<u8>(), prop::sample::select(
                vec!["", " cancer", " ablation", " bone", " injection", " 89", " the"],
            ))
            .prop_map(|((name, _), cut, typo, extra)| {
                let mut chars: Vec<char> = name.chars().collect();
                chars.truncate(cut.max(3));
                if let Some(c) = chars.get_mut(usize::from(typo) % 8)
                    && typo % 3 == 0
                {
                    *c = 'x';
                }
                chars.into_iter().collect::<String>() + extra
            }),
        ],
    ) {
        let c = catalog();
        let top = c.search(&q).first().map(|h| h.subject.id().to_owned());
        if let Ok(m) = c.lookup(&q) {
            prop_assert_eq!(top.as_deref(), Some(m.id.as_str()), "lookup {:?}", q);
        }
        if let Ok(s) = c.resolve(&q) {
            prop_assert_eq!(top.as_deref(), Some(s.id()), "resolve {:?}", q);
        }
    }

    #[test]
    fn lookup_never_panics(q in any_text()) {
        let c = catalog();
        // find is lookup's exact first step: what it finds, lookup answers.
        let found = c.find(&q).map(|m| &m.id);
        match c.lookup(&q) {
            Ok(m) => prop_assert!(found.is_none_or(|id| id == &m.id)),
            Err(e) => {
                prop_assert!(found.is_none());
                let text = e.to_string();
                prop_assert!(
                    text.starts_with("no modality matches") || text.contains("fits more than one entry"),
                    "{}", text
                );
            }
        }
        let _ = c.get(&q);
        let _ = c.source(&q);
        let _ = c.entry(&q);
        let _ = c.citing(&q).count();
    }

    #[test]
    fn parsing_never_panics(s in any_text()) {
        let _ = s.parse::<Category>();
        let _ = s.parse::<Lifecycle>();
        let _ = s.parse::<PainPattern>();
        let _ = s.parse::<Condition>();
        let _ = s.parse::<AnatomicSite>();
        let _ = s.parse::<TumourType>();
        let _ = s.parse::<UseKind>();
        let _ = s.parse::<Jurisdiction>();
        let _ = s.parse::<RegulatoryStatus>();
        let _ = s.parse::<SourceKind>();
        let _ = s.parse::<PrecautionKind>();
        let _ = s.parse::<Route>();
        let _ = s.parse::<Imaging>();
        let _ = s.parse::<CodeSystem>();
        let _ = s.parse::<ModalityId>();
        let _ = s.parse::<SourceId>();
        let _ = s.parse::<EntryId>();
        let _ = s.parse::<Doi>();
        let _ = s.parse::<Pmid>();
        let _ = s.parse::<Url>();
        let _ = s.parse::<Date>();
        for system in CodeSystem::ALL {
            let _ = system.check(&s);
        }
        let _ = Catalog::from_json(&s);
    }

    #[test]
    fn building_filters_from_any_text_never_panics(a in any_text(), b in any_text()) {
        let c = catalog();
        let mut q = c.query();
        if let Ok(x) = a.parse::<Category>() { q = q.category(x); }
        if let Ok(x) = b.parse::<PainPattern>() { q = q.pain_pattern(x); }
        if let Ok(x) = a.parse::<CodeSystem>() { q = q.code(x, &b); }
        q = q.code(CodeSystem::Icd10Cm, &a);
        let n = q.iter().count();
        prop_assert!(n <= c.len());
    }

    #[test]
    fn dates_round_trip(y in 1800u16..=9999, m in 1u8..=12, d in 1u8..=31) {
        let text = format!("{y:04}-{m:02}-{d:02}");
        if let Ok(date) = text.parse::<Date>() {
            prop_assert_eq!(date.to_string(), text.clone());
            let json = serde_json::to_string(&date).unwrap();
            prop_assert_eq!(serde_json::from_str::<Date>(&json).unwrap(), date);
        } else {
            prop_assert!(d > 28, "{} rejected", text);
        }
    }

    #[test]
    fn generated_records_round_trip(m in modality_json()) {
        let text = m.to_string();
        let parsed: io_pain_modalities::Modality = serde_json::from_str(&text).unwrap();
        let again: io_pain_modalities::Modality =
            serde_json::from_str(&serde_json::to_string(&parsed).unwrap()).unwrap();
        prop_assert_eq!(parsed, again);
    }
}

fn pick<T: Copy + std::fmt::Debug + serde::Serialize + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Value> {
    prop::sample::select(all).prop_map(|v| serde_json::to_value(v).unwrap())
}

fn statement() -> impl Strategy<Value = Value> {
    (
        any::<String>(),
        prop::collection::vec("[a-z][a-z0-9]{0,8}", 1..3),
    )
        .prop_map(|(text, sources)| json!({"text": text, "sources": sources}))
}

fn modality_json() -> impl Strategy<Value = Value> {
    (
        "[a-z][a-z0-9]{0,10}(-[a-z0-9]{1,6}){0,3}",
        any::<String>(),
        prop::collection::vec(any::<String>(), 0..3),
        pick(Category::ALL),
        pick(Lifecycle::ALL),
        statement(),
        (pick(Route::ALL), prop::collection::vec(pick(Imaging::ALL), 0..3)),
        (
            pick(Condition::ALL),
            prop::option::of(pick(PainPattern::ALL)),
            prop::collection::vec(pick(AnatomicSite::ALL), 0..3),
            pick(UseKind::ALL),
            pick(Jurisdiction::ALL),
        ),
        (pick(RegulatoryStatus::ALL), prop::option::of((1800u16..2026, 1u8..=12, 1u8..=28))),
        (0.001f64..1e6, prop::option::of(0.001f64..100.0)),
    )
        .prop_map(|(id, name, synonyms, category, lifecycle, st, (route, imaging), ind, reg, rad)| {
            let (condition, pattern, sites, use_kind, jurisdiction) = ind;
            let mut indication = json!({
                "condition": condition, "sites": sites, "use_kind": use_kind,
                "id": "ind-1", "jurisdiction": jurisdiction, "text": st["text"], "sources": st["sources"]
            });
            if let Some(p) = pattern {
                indication["pain_pattern"] = p;
            }
            let mut event = json!({"id": "reg-1", "jurisdiction": "us", "status": reg.0, "text": "t", "sources": ["s"]});
            if let Some((y, m, d)) = reg.1 {
                event["date"] = json!(format!("{y:04}-{m:02}-{d:02}"));
            }
            let mut radiation = json!({
                "radionuclide": "X-1", "emission": "alpha", "half_life_days": rad.0,
                "label_activity": "a", "sources": ["s"]
            });
            if let Some(e) = rad.1 {
                radiation["max_energy_mev"] = json!(e);
            }
            json!({
                "id": id, "name": name, "synonyms": synonyms, "category": category,
                "lifecycle": lifecycle, "summary": st, "mechanism": st,
                "administration": {"route": route, "imaging": imaging, "text": "a", "sources": ["s"]},
                "indications": [indication], "regulatory": [event], "radiation": radiation,
                "last_reviewed": "2026-01-01"
            })
        })
}
