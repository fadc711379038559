//! Timings of the catalog against the baseline a user would write without
//! this crate: the same JSON parsed into `serde_json::Value`, looked up by
//! lower-casing and scanning. Run with `cargo bench`; see BENCHMARKS.md.

use std::sync::LazyLock;

use divan::{Bencher, black_box};
use io_pain_modalities::{
    AnatomicSite, Catalog, Category, CodeSystem, Condition, PainPattern, SourceKind, UseKind,
};
use serde_json::Value;

fn main() {
    divan::main();
}

const EMBEDDED: &str = include_str!("../data/catalog.json");
const TEMPLATE: &str = include_str!("../tests/fixtures/good.json");

/// A catalog of `n` generated modalities, each with an id, a name, an
/// abbreviation and a synonym of its own.
fn generated(n: usize) -> String {
    let mut doc: Value = serde_json::from_str(TEMPLATE).expect("fixture parses");
    let template = doc["modalities"][0].clone();
    let modalities = (0..n)
        .map(|i| {
            let mut m = template.clone();
            m["id"] = format!("generated-{i}").into();
            m["name"] = format!("Generated modality {i}").into();
            m["abbreviations"] = serde_json::json!([format!("GM{i}")]);
            m["synonyms"] = serde_json::json!([format!("generated synonym {i}")]);
            m
        })
        .collect();
    doc["modalities"] = Value::Array(modalities);
    doc.to_string()
}

struct Fixture {
    json: String,
    ours: Catalog,
    baseline: Value,
    id: String,
    name: String,
    synonym: String,
}

fn fixture(json: String, id: &str, name: &str, synonym: &str) -> Fixture {
    Fixture {
        ours: Catalog::from_json(&json).expect("fixture is valid"),
        baseline: serde_json::from_str(&json).expect("fixture parses"),
        json,
        id: id.into(),
        name: name.into(),
        synonym: synonym.into(),
    }
}

static EMBEDDED_FIX: LazyLock<Fixture> = LazyLock::new(|| {
    fixture(
        EMBEDDED.to_owned(),
        "strontium-89-chloride",
        "Radiofrequency Ablation of Bone Metastases",
        "kyphoplasty",
    )
});
static GEN_10: LazyLock<Fixture> = LazyLock::new(|| {
    fixture(
        generated(10),
        "generated-5",
        "Generated Modality 5",
        "generated synonym 5",
    )
});
static GEN_10K: LazyLock<Fixture> = LazyLock::new(|| {
    fixture(
        generated(10_000),
        "generated-5000",
        "Generated Modality 5000",
        "generated synonym 5000",
    )
});

fn fix(size: &str) -> &'static Fixture {
    match size {
        "embedded" => &EMBEDDED_FIX,
        "10" => &GEN_10,
        _ => &GEN_10K,
    }
}

const SIZES: [&str; 3] = ["embedded", "10", "10000"];

/// The baseline lookup: lower-case everything and scan every name.
fn baseline_lookup<'a>(v: &'a Value, query: &str) -> Option<&'a Value> {
    let q = query.to_lowercase();
    v["modalities"].as_array()?.iter().find(|m| {
        let single = ["id", "name"].into_iter().filter_map(|k| m[k].as_str());
        let lists = ["abbreviations", "synonyms", "brands"]
            .into_iter()
            .filter_map(|k| m[k].as_array())
            .flatten()
            .filter_map(Value::as_str);
        single.chain(lists).any(|n| n.to_lowercase() == q)
    })
}

mod first_access {
    use super::*;

    #[divan::bench(args = SIZES)]
    fn ours_parse_and_validate(b: Bencher, size: &str) {
        let json = &fix(size).json;
        b.bench(|| Catalog::from_json(black_box(json)).map(|c| c.len()));
    }

    #[divan::bench(args = SIZES)]
    fn baseline_parse_untyped(b: Bencher, size: &str) {
        let json = &fix(size).json;
        b.bench(|| serde_json::from_str::<Value>(black_box(json)).map(|v| v.is_object()));
    }
}

mod lookup {
    use super::*;

    fn query<'a>(f: &'a Fixture, what: &str) -> &'a str {
        match what {
            "id" => &f.id,
            "name" => &f.name,
            "synonym" => &f.synonym,
            _ => "no such modality anywhere",
        }
    }

    const CASES: [(&str, &str); 12] = [
        ("embedded", "id"),
        ("embedded", "name"),
        ("embedded", "synonym"),
        ("embedded", "miss"),
        ("10", "id"),
        ("10", "name"),
        ("10", "synonym"),
        ("10", "miss"),
        ("10000", "id"),
        ("10000", "name"),
        ("10000", "synonym"),
        ("10000", "miss"),
    ];

    #[divan::bench(args = CASES)]
    fn ours_find(b: Bencher, (size, what): (&str, &str)) {
        let f = fix(size);
        let q = query(f, what);
        b.bench(|| f.ours.find(black_box(q)).is_some());
    }

    #[divan::bench(args = CASES)]
    fn baseline_scan(b: Bencher, (size, what): (&str, &str)) {
        let f = fix(size);
        let q = query(f, what);
        b.bench(|| baseline_lookup(&f.baseline, black_box(q)).is_some());
    }

    /// A miss through `lookup` searches, and suggests what the search
    /// found.
    #[divan::bench(args = SIZES)]
    fn ours_lookup_miss_with_suggestions(b: Bencher, size: &str) {
        let f = fix(size);
        b.bench(|| f.ours.lookup(black_box("kyphoplasty knee")).is_err());
    }
}

/// Ranked search against the search a user would write: every name of
/// every record compared with the query by string distance (strsim), best
/// first.
mod search {
    use super::*;

    /// The query for each kind of search, on the embedded catalog and on
    /// the generated ones.
    fn query(size: &str, what: &str) -> &'static str {
        match (size == "embedded", what) {
            (true, "exact") => "Radiofrequency ablation of bone metastases",
            (true, "two-words") => "kyphoplasty balloon",
            (true, "typo") => "kyphoplatsy",
            (true, "prefix") => "vertebr",
            (true, "family") => "radiopharmaceuticals",
            (true, "tumour") => "breast cancer",
            (true, "code") => "A9600",
            (false, "exact") => "Generated modality 5000",
            (false, "two-words") => "generated 5000",
            (false, "typo") => "generatd modality 5000",
            (false, "prefix") => "generated modality 500",
            _ => "paracetamol",
        }
    }

    const CASES: [(&str, &str); 13] = [
        ("embedded", "exact"),
        ("embedded", "two-words"),
        ("embedded", "typo"),
        ("embedded", "prefix"),
        ("embedded", "family"),
        ("embedded", "tumour"),
        ("embedded", "code"),
        ("embedded", "miss"),
        ("10000", "exact"),
        ("10000", "two-words"),
        ("10000", "typo"),
        ("10000", "prefix"),
        ("10000", "miss"),
    ];

    #[divan::bench(args = CASES)]
    fn ours(b: Bencher, (size, what): (&str, &str)) {
        let f = fix(size);
        let q = query(size, what);
        // The word index is built on the first search; keep that out.
        let _ = f.ours.search(q);
        b.bench(|| f.ours.search(black_box(q)).len());
    }

    /// Every name of every record scored by normalised Damerau-Levenshtein
    /// similarity to the lower-cased query; the best first.
    #[divan::bench(args = CASES)]
    fn baseline_strsim_scan(b: Bencher, (size, what): (&str, &str)) {
        let f = fix(size);
        let lower = query(size, what).to_lowercase();
        let q = lower.as_str();
        b.bench(|| {
            let mut scored: Vec<(f64, &str)> = f.baseline["modalities"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|m| {
                    let single = ["id", "name"].into_iter().filter_map(|k| m[k].as_str());
                    let lists = ["abbreviations", "synonyms", "brands"]
                        .into_iter()
                        .filter_map(|k| m[k].as_array())
                        .flatten()
                        .filter_map(Value::as_str);
                    single.chain(lists).map(|n| {
                        let id = m["id"].as_str().unwrap_or_default();
                        (
                            strsim::normalized_damerau_levenshtein(q, &n.to_lowercase()),
                            id,
                        )
                    })
                })
                .filter(|(s, _)| *s > 0.5)
                .collect();
            scored.sort_by(|a, b| b.0.total_cmp(&a.0));
            scored.first().map(|s| s.1.len())
        });
    }

    /// The first search of a loaded catalog builds the word index.
    #[divan::bench(args = SIZES)]
    fn first_search_builds_the_index(b: Bencher, size: &str) {
        let f = fix(size);
        b.with_inputs(|| Catalog::from_json(&f.json).expect("fixture is valid"))
            .bench_local_values(|c| c.search(black_box("kyphoplasty")).len());
    }
}

mod filter {
    use super::*;

    #[divan::bench(args = SIZES)]
    fn category(b: Bencher, size: &str) {
        let c = &fix(size).ours;
        b.bench(|| {
            c.query()
                .category(black_box(Category::ThermalAblation))
                .iter()
                .count()
        });
    }

    #[divan::bench(args = SIZES)]
    fn condition_and_pain_pattern(b: Bencher, size: &str) {
        let c = &fix(size).ours;
        b.bench(|| {
            c.query()
                .condition(black_box(Condition::PainfulBoneMetastases))
                .pain_pattern(PainPattern::Focal)
                .iter()
                .count()
        });
    }

    #[divan::bench(args = SIZES)]
    fn site_and_use_kind(b: Bencher, size: &str) {
        let c = &fix(size).ours;
        b.bench(|| {
            c.query()
                .site(black_box(AnatomicSite::ThoracicSpine))
                .use_kind(UseKind::Labelled)
                .iter()
                .count()
        });
    }

    #[divan::bench(args = SIZES)]
    fn source_kind(b: Bencher, size: &str) {
        let c = &fix(size).ours;
        b.bench(|| {
            c.query()
                .source_kind(black_box(SourceKind::RandomisedTrial))
                .iter()
                .count()
        });
    }

    #[divan::bench(args = SIZES)]
    fn code(b: Bencher, size: &str) {
        let c = &fix(size).ours;
        b.bench(|| {
            c.query()
                .code(CodeSystem::Icd10Cm, black_box("C79.51"))
                .iter()
                .count()
        });
    }

    /// The baseline filter: scan the untyped JSON for a category string.
    #[divan::bench(args = SIZES)]
    fn baseline_category(b: Bencher, size: &str) {
        let v = &fix(size).baseline;
        b.bench(|| {
            v["modalities"].as_array().map(|a| {
                a.iter()
                    .filter(|m| m["category"] == black_box("thermal-ablation"))
                    .count()
            })
        });
    }
}

mod statements {
    use super::*;

    #[divan::bench(args = SIZES)]
    fn flat_view(b: Bencher, size: &str) {
        let c = &fix(size).ours;
        b.bench(|| c.statements().map(|s| s.sources.len()).sum::<usize>());
    }

    #[divan::bench(args = SIZES)]
    fn citing_one_source(b: Bencher, size: &str) {
        let c = &fix(size).ours;
        let id = if size == "embedded" {
            "dupuy-2010"
        } else {
            "test-trial"
        };
        b.bench(|| c.citing(black_box(id)).count());
    }

    /// The statements resting on one PMID, through the identifier index.
    #[divan::bench(args = SIZES)]
    fn citing_one_pmid(b: Bencher, size: &str) {
        let c = &fix(size).ours;
        let source = if size == "embedded" {
            "dupuy-2010"
        } else {
            "test-trial"
        };
        let pmid = c
            .source(source)
            .and_then(|s| s.pmid.as_ref())
            .map_or("0", |p| p.as_str())
            .to_owned();
        b.bench(|| c.citing_identifier(black_box(&pmid)).count());
    }
}
