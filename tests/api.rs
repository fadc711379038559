//! Behaviour through the public API.

use io_pain_modalities::{
    AnatomicSite, Catalog, Category, CodeSystem, Condition, Entry, Error, Field, Lifecycle,
    PainPattern, RegulatoryStatus, SourceKind, Subject, TumourType, UseKind, catalog,
};

#[test]
fn forgiving_lookup_resolves_every_name_the_issue_lists() {
    let c = catalog();
    let cases = [
        ("rfa", "radiofrequency-ablation"),
        ("Radiofrequency Ablation", "radiofrequency-ablation"),
        ("Sr-89", "strontium-89-chloride"),
        ("strontium 89", "strontium-89-chloride"),
        ("Metastron", "strontium-89-chloride"),
        ("Pluvicto", "lutetium-177-vipivotide-tetraxetan"),
        ("177Lu-PSMA-617", "lutetium-177-vipivotide-tetraxetan"),
        ("kyphoplasty", "balloon-kyphoplasty"),
        ("vertebroplasty", "vertebroplasty"),
        ("ESI", "epidural-steroid-injection"),
        ("  e.s.i.  ", "epidural-steroid-injection"),
        ("EPIDURAL_STEROID_INJECTION", "epidural-steroid-injection"),
        ("OsteoCool", "radiofrequency-ablation"),
        ("Kyphon", "balloon-kyphoplasty"),
        ("Xofigo", "radium-223-dichloride"),
        ("Quadramet", "samarium-153-lexidronam"),
        ("MRgFUS", "mr-guided-focused-ultrasound"),
    ];
    for (query, id) in cases {
        let m = c.lookup(query).unwrap_or_else(|e| panic!("{query}: {e}"));
        assert_eq!(m.id, id, "{query}");
    }
}

#[test]
fn every_listed_name_of_every_modality_finds_that_modality() {
    let c = catalog();
    for m in c {
        let names = std::iter::once(m.id.as_str())
            .chain(std::iter::once(m.name.as_str()))
            .chain(m.abbreviations.iter().map(String::as_str))
            .chain(m.synonyms.iter().map(String::as_str))
            .chain(m.brands.iter().map(String::as_str));
        for name in names {
            assert_eq!(c.lookup(name).map(|x| &x.id), Ok(&m.id), "{name}");
            assert_eq!(
                c.lookup(&name.to_uppercase()).map(|x| &x.id),
                Ok(&m.id),
                "{name}"
            );
        }
    }
}

#[test]
fn strict_get_takes_exact_ids_only() {
    let c = catalog();
    assert_eq!(c.get("vertebroplasty").unwrap().id, "vertebroplasty");
    let err = c.get("Vertebroplasty").unwrap_err();
    match err {
        Error::NotFound { query, suggestions } => {
            assert_eq!(query, "Vertebroplasty");
            // Suggestions are names that look the modality up.
            let first = suggestions.first().expect("a suggestion");
            assert_eq!(c.lookup(first).unwrap().id, "vertebroplasty");
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn a_miss_carries_the_query_and_the_nearest_names() {
    let c = catalog();
    // Typos resolve when the result is clear...
    assert_eq!(
        c.lookup("radiofrequncy ablaton").unwrap().id,
        "radiofrequency-ablation"
    );
    // ...but a query whose words do not all match is not a guess.
    let err = c.lookup("radiofrequency knee").unwrap_err();
    let Error::NotFound { query, suggestions } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(query, "radiofrequency knee");
    assert!(!suggestions.is_empty() && suggestions.len() <= 3);
    assert_eq!(
        c.lookup(&suggestions[0]).unwrap().id,
        "radiofrequency-ablation"
    );
    let text = err.to_string();
    assert!(
        text.starts_with("no modality matches \"radiofrequency knee\"; did you mean "),
        "{text}"
    );

    let err = c.lookup("zzzzqqqq").unwrap_err();
    assert_eq!(err.to_string(), "no modality matches \"zzzzqqqq\"");
    assert!(c.lookup("").is_err());
    assert!(c.lookup("---").is_err());
    assert!(c.find(&"x".repeat(10_000)).is_none());
}

#[test]
fn queries_compose_and_agree_with_matches() {
    let c = catalog();
    let q = c.query().pain_pattern(PainPattern::Diffuse);
    let diffuse: Vec<&str> = q.iter().map(|m| m.id.as_str()).collect();
    assert!(diffuse.contains(&"strontium-89-chloride"), "{diffuse:?}");
    assert!(!diffuse.contains(&"radiofrequency-ablation"));
    for m in c {
        assert_eq!(q.matches(m), diffuse.contains(&m.id.as_str()));
    }

    let cement: Vec<&str> = c
        .query()
        .category(Category::CementAugmentation)
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(
        cement,
        [
            "balloon-kyphoplasty",
            "percutaneous-cementoplasty",
            "vertebral-body-implant-augmentation",
            "vertebroplasty"
        ]
    );

    // Indication criteria must hold for the same indication.
    let lu_pain = c
        .query()
        .condition(Condition::PainfulBoneMetastases)
        .use_kind(UseKind::Labelled)
        .iter()
        .any(|m| m.id == "lutetium-177-vipivotide-tetraxetan");
    assert!(
        !lu_pain,
        "lutetium-177 vipivotide tetraxetan has no labelled pain indication"
    );

    let prostate: Vec<&str> = c
        .query()
        .tumour(TumourType::Prostate)
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    assert!(prostate.contains(&"lutetium-177-vipivotide-tetraxetan"));

    let off_label: Vec<&str> = c
        .query()
        .use_kind(UseKind::OffLabel)
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    assert!(off_label.contains(&"epidural-steroid-injection"));

    let spine = c
        .query()
        .site(AnatomicSite::ThoracicSpine)
        .category(Category::ThermalAblation);
    assert!(
        spine
            .iter()
            .all(|m| m.category == Category::ThermalAblation)
    );
    assert!(spine.iter().any(|m| m.id == "radiofrequency-ablation"));

    let rct = c.query().source_kind(SourceKind::RandomisedTrial);
    for m in c {
        assert_eq!(rct.matches(m), rct.iter().any(|x| x.id == m.id), "{}", m.id);
    }
    assert!(rct.iter().any(|m| m.id == "balloon-kyphoplasty"));

    let discontinued = c.query().regulatory_status(RegulatoryStatus::Discontinued);
    assert!(discontinued.iter().any(|m| m.id == "strontium-89-chloride"));

    let comparators = c.query().comparator(true).iter().count();
    let article = c.query().comparator(false).iter().count();
    assert_eq!(comparators + article, c.len());
    assert_eq!(article, 8);

    let none = c
        .query()
        .category(Category::Neuromodulation)
        .pain_pattern(PainPattern::Diffuse);
    assert_eq!(none.iter().count(), 0);
    assert_eq!(
        c.query().lifecycle(Lifecycle::Established).iter().count()
            + c.query().lifecycle(Lifecycle::Emerging).iter().count()
            + c.query()
                .lifecycle(Lifecycle::Investigational)
                .iter()
                .count(),
        c.len()
    );
}

#[test]
fn evidence_strength_filter_orders_designs() {
    use io_pain_modalities::EvidenceLevel::*;
    let c = catalog();
    let count = |l| c.query().min_evidence(l).iter().count();
    assert!(count(Randomised) <= count(Prospective));
    assert!(count(Prospective) <= count(Observational));
    assert!(count(Observational) <= c.len());
    let randomised: Vec<&str> = c
        .query()
        .min_evidence(Randomised)
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    assert!(
        randomised.contains(&"balloon-kyphoplasty"),
        "CAFE is randomised: {randomised:?}"
    );
    assert!(
        !randomised.contains(&"radiofrequency-ablation"),
        "RFA rests on single-arm studies"
    );
    for m in c {
        assert_eq!(
            c.query().min_evidence(Observational).matches(m),
            m.evidence_level().is_some()
        );
    }
}

#[test]
fn reverse_views() {
    let c = catalog();
    let bone: Vec<&str> = c
        .for_condition(Condition::PainfulBoneMetastases)
        .map(|m| m.id.as_str())
        .collect();
    assert!(
        bone.contains(&"radiofrequency-ablation") && bone.contains(&"strontium-89-chloride"),
        "{bone:?}"
    );

    let citing: Vec<_> = c.citing("dupuy-2010").collect();
    assert!(!citing.is_empty());
    assert!(
        citing
            .iter()
            .all(|s| s.sources.iter().any(|id| id == "dupuy-2010"))
    );
    assert_eq!(c.citing("no-such-source").count(), 0);

    let hcpcs: Vec<&str> = c
        .with_code(CodeSystem::Hcpcs, "A9607")
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(hcpcs, ["lutetium-177-vipivotide-tetraxetan"]);
    assert_eq!(
        c.with_code(CodeSystem::Hcpcs, "A9609").count(),
        0,
        "A9609 is not Pluvicto's code"
    );
    let icd: Vec<&str> = c
        .with_code(CodeSystem::Icd10Cm, "C79.51")
        .map(|m| m.id.as_str())
        .collect();
    assert!(icd.contains(&"strontium-89-chloride"), "{icd:?}");
}

#[test]
fn every_source_is_cited_and_every_citation_resolves() {
    let c = catalog();
    for s in c.sources() {
        let by_exclusion = c.exclusions().any(|x| x.sources.contains(&s.id));
        assert!(
            by_exclusion || c.citing(s.id.as_str()).next().is_some(),
            "{} is orphan",
            s.id
        );
    }
    for st in c.statements() {
        assert_eq!(
            c.cited(st.sources).count(),
            st.sources.len(),
            "{}",
            st.location()
        );
    }
}

#[test]
fn statements_cover_modalities_combinations_and_innovations() {
    let c = catalog();
    let mut kinds = [0usize; 3];
    for s in c.statements() {
        match s.subject {
            Subject::Modality(_) => kinds[0] += 1,
            Subject::Combination(_) => kinds[1] += 1,
            Subject::Innovation(_) => kinds[2] += 1,
            _ => unreachable!(),
        }
    }
    assert!(kinds.iter().all(|&n| n > 0), "{kinds:?}");
    assert_eq!(kinds[1], c.combinations().count());
    assert_eq!(kinds[2], c.innovations().count());
    let first = c.statements().next().unwrap();
    assert_eq!(first.field, Field::Summary);
    assert_eq!(
        first.location(),
        format!("{}/summary", c.modalities()[0].id)
    );
}

#[test]
fn entries_by_id() {
    let c = catalog();
    for comb in c.combinations() {
        assert!(matches!(c.entry(comb.id.as_str()), Some(Entry::Combination(x)) if x == comb));
        for m in &comb.modalities {
            assert!(c.get(m.as_str()).is_ok());
        }
    }
    for n in c.innovations() {
        assert!(matches!(c.entry(n.id.as_str()), Some(Entry::Innovation(x)) if x == n));
    }
    let names: Vec<&str> = c.innovations().map(|n| n.id.as_str()).collect();
    for id in [
        "ai-3d-spine-navigation",
        "peripheral-nerve-stimulation",
        "newer-radioligand-therapies",
    ] {
        assert!(names.contains(&id), "{names:?}");
    }
    assert!(c.entry("nothing").is_none());
}

#[test]
fn export_round_trips_and_carries_the_notice() {
    let c = catalog();
    let json = c.to_json();
    assert!(json.contains(io_pain_modalities::NOTICE));
    let back = Catalog::from_json(&json).unwrap();
    assert_eq!(&back, c);
    assert_eq!(back.version(), Some(io_pain_modalities::DATA_VERSION));
    assert_eq!(serde_json::to_string_pretty(c).unwrap(), json);

    let jsonl = c.statements_jsonl();
    let mut lines = jsonl.lines();
    let header: serde_json::Value = serde_json::from_str(lines.next().unwrap()).unwrap();
    assert_eq!(header["notice"], io_pain_modalities::NOTICE);
    for (line, st) in lines.zip(c.statements()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["text"], st.text);
        assert_eq!(v["sources"].as_array().unwrap().len(), st.sources.len());
        assert!(v["sources"][0]["citation"].is_string());
    }
}

#[test]
fn a_catalog_loads_from_a_reader_like_from_text() {
    let text = std::fs::read_to_string("data/catalog.json").unwrap();
    let a = Catalog::from_json(&text).unwrap();
    let b = Catalog::from_reader(text.as_bytes()).unwrap();
    assert_eq!(a, b);
    assert_eq!(&a, catalog());

    struct Failing;
    impl std::io::Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk on fire"))
        }
    }
    let err = Catalog::from_reader(Failing).unwrap_err();
    assert_eq!(err, Error::Io(std::io::Error::other("disk on fire")));
    assert_eq!(err.to_string(), "could not read catalog: disk on fire");
    // The I/O error stays the source, with its kind.
    let source = std::error::Error::source(&err).expect("a source");
    let io = source
        .downcast_ref::<std::io::Error>()
        .expect("an io::Error");
    assert_eq!(io.kind(), std::io::ErrorKind::Other);
    assert_eq!(err.clone(), err);
    assert_ne!(err, Error::Io(std::io::Error::other("disk on ice")));
}

#[test]
fn merging_adds_entries_that_may_cite_embedded_sources() {
    let mut c = catalog().clone();
    let ext = std::fs::read_to_string("examples/data/extension.json").unwrap();
    c.merge_json(&ext).unwrap();
    assert!(c.len() > catalog().len());
    let added = &c.modalities()[catalog().len()];
    assert_eq!(c.lookup(&added.name).unwrap().id, added.id);
    // The embedded catalog itself is untouched.
    assert!(catalog().get(added.id.as_str()).is_err());
    // Merging the same file again collides with what it added.
    let before = c.clone();
    let err = c.merge_json(&ext).unwrap_err();
    assert!(err.to_string().contains("duplicate"), "{err}");
    assert_eq!(c, before);
    // A reader works the same way.
    let mut d = catalog().clone();
    d.merge_reader(ext.as_bytes()).unwrap();
    assert_eq!(d, before);
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Catalog>();
    check::<Error>();
    check::<io_pain_modalities::Modality>();
    check::<io_pain_modalities::Source>();
    check::<io_pain_modalities::Query<'static>>();
    check::<io_pain_modalities::Matches<'static>>();
    check::<io_pain_modalities::Iter<'static>>();
    check::<io_pain_modalities::Statements<'static>>();
    check::<io_pain_modalities::StatementRef<'static>>();
    check::<io_pain_modalities::Entry<'static>>();
    check::<io_pain_modalities::Comparison>();
    check::<io_pain_modalities::Compared>();
    check::<io_pain_modalities::Date>();
    check::<io_pain_modalities::Doi>();
    check::<io_pain_modalities::Combination>();
    check::<io_pain_modalities::Innovation>();
    check::<io_pain_modalities::Rule>();
    check::<io_pain_modalities::Problem>();
    check::<io_pain_modalities::Problems>();
    check::<io_pain_modalities::Retired>();
    check::<io_pain_modalities::Citing<'static>>();
    check::<io_pain_modalities::CatalogDiff>();
    check::<io_pain_modalities::RecordRef>();
    check::<io_pain_modalities::RecordChange>();
    check::<io_pain_modalities::StatementAt>();
    check::<io_pain_modalities::StatementChange>();
    check::<io_pain_modalities::StatementText>();
    check::<io_pain_modalities::SourceChange>();
    #[cfg(feature = "fhir")]
    check::<io_pain_modalities::fhir::Bundle>();
}

#[test]
fn the_embedded_catalog_is_shared_across_threads() {
    let handles: Vec<_> = (0..4)
        .map(|_| std::thread::spawn(|| catalog() as *const Catalog as usize))
        .collect();
    let addrs: Vec<usize> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert!(addrs.windows(2).all(|w| w[0] == w[1]));
}

#[test]
fn a_byte_order_mark_is_accepted_and_other_encodings_are_named() {
    let json = std::fs::read_to_string("data/catalog.json").unwrap();
    // UTF-8 with a byte-order mark, as Windows editors save it.
    let with_bom = format!("\u{feff}{json}");
    assert_eq!(
        Catalog::from_json(&with_bom).unwrap().len(),
        catalog().len()
    );
    assert_eq!(
        Catalog::from_reader(with_bom.as_bytes()).unwrap().len(),
        catalog().len()
    );
    // UTF-16 is named, not misread.
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(json.encode_utf16().take(64).flat_map(u16::to_le_bytes));
    let err = Catalog::from_reader(utf16.as_slice()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid catalog JSON at .: the file is UTF-16 encoded; save it as UTF-8"
    );
    // Latin-1 bytes are rejected with their offset, and a merge changes nothing.
    let mut c = catalog().clone();
    let err = c
        .merge_reader(&b"{\"modalities\": [\"caf\xe9\"]}"[..])
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("not UTF-8: invalid byte at offset 20"),
        "{err}"
    );
    assert_eq!(&c, catalog());
}
