//! # io-pain-modalities
//!
//! A typed, sourced reference catalog of interventional-oncology (IO) and
//! radiotherapeutic cancer-pain modalities: ablation of bone metastases
//! (radiofrequency, microwave, cryoablation, focused ultrasound), cement
//! augmentation (vertebroplasty, balloon kyphoplasty, implants, cementoplasty
//! outside the spine) and percutaneous fixation, bone-seeking and
//! PSMA-targeted radiopharmaceuticals, palliative and stereotactic
//! radiotherapy, epidural steroid injections, sympathetic neurolysis
//! (coeliac, superior hypogastric, ganglion impar), cordotomy, intrathecal
//! drug delivery and transarterial embolisation; with their combinations,
//! the emerging innovations around them, and the procedures people look for
//! that lie outside this scope.
//!
//! ## Informational only
//!
//! This crate is **not clinical decision software**. It describes what
//! labels, guidelines and studies say, with the sources behind every
//! statement. It takes no patient data and never recommends a treatment for
//! a person. Every export carries [`NOTICE`].
//!
//! ## Quick start
//!
//! ```
//! use io_pain_modalities::{catalog, PainPattern, UseKind};
//!
//! let c = catalog();
//!
//! // Search as people type: word order, plurals, typos and prefixes do
//! // not matter; hits are ranked and say how they matched.
//! let hits = c.search("kyphoplatsy");
//! assert_eq!(hits[0].subject.id(), "balloon-kyphoplasty");
//!
//! // One answer when one modality clearly fits.
//! let sr = c.lookup("Sr-89")?;
//! assert_eq!(sr.id, "strontium-89-chloride");
//! assert_eq!(sr.category.label(), "Bone-seeking radiopharmaceutical");
//!
//! // Every statement names its sources.
//! for source in c.cited(&sr.mechanism.sources) {
//!     println!("{} ({:?})", source.citation, source.doi);
//! }
//!
//! // Filters compose and allocate nothing.
//! for m in c.query().pain_pattern(PainPattern::Focal).use_kind(UseKind::Labelled) {
//!     println!("{}", m.name);
//! }
//!
//! // Equal fits are never picked silently; a miss carries suggestions.
//! assert!(matches!(c.lookup("thermal ablation"), Err(io_pain_modalities::Error::Ambiguous { .. })));
//! let err = c.lookup("radiofrequency knee").unwrap_err();
//! assert!(err.to_string().contains("did you mean"));
//!
//! // Two to four modalities side by side, as data (serialisable).
//! let cmp = c.compare(&["Sr-89", "Xofigo"])?;
//! println!("{}", serde_json::to_string_pretty(&cmp)?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## The data and its provenance
//!
//! The catalog lives in `data/catalog.json`, embedded in the crate and parsed
//! once on first use of [`catalog()`]. Every clinical statement cites one or
//! more entries of the shared bibliography ([`Source`]), each with a DOI, a
//! PMID or the URL of a label, record or guideline, a [`SourceKind`], and a
//! [`Verification`] saying whether it was seen on the publisher's own page
//! or only in a secondary copy. [`Catalog::statements`] gives a flat view of
//! every statement with its citations; [`Catalog::statements_jsonl`] exports
//! it. [`DATA_VERSION`] names the data release.
//!
//! Each statement carries a stable id (its [`StatementRef::anchor`]) that
//! survives the addition, removal and reordering of other statements, and a
//! clause map ([`Support`]): for each source it cites, where to look in it
//! (a section, table, page or registry field) and which figures and dates of
//! the statement it holds. Loading a catalog checks that every number and
//! date of a statement is held by one of its sources.
//!
//! ## Your own data
//!
//! [`Catalog::from_json`] loads a catalog file of your own;
//! [`Catalog::merge_json`] adds one to a copy of the embedded catalog. Both
//! run the same validation as the embedded data, and a failed merge leaves
//! the catalog as it was.
//!
//! ```
//! let mut mine = io_pain_modalities::catalog().clone();
//! let err = mine.merge_json(r#"{"modalities": [], "sources": [], "combinations": 3}"#).unwrap_err();
//! assert!(err.to_string().contains("combinations"));
//! assert_eq!(&mine, io_pain_modalities::catalog());
//! ```
//!
//! ## Crate features
//!
//! - `schemars`: [`schema::catalog_schema`], the JSON Schema (draft
//!   2020-12) of catalog files, generated from these types. The committed
//!   copy is `data/catalog.schema.json`.
//! - `html`: [`html::render`], a small static website of a catalog (search,
//!   filters, one page per record with numbered citations, the
//!   bibliography, a regulatory timeline, a compare page, the data as
//!   downloads), readable from `file://` with no network.
//! - `fhir`: [`fhir::bundle`] and [`fhir::transaction_bundle`], the catalog
//!   as a FHIR R5 `Bundle` (ActivityDefinition, MedicinalProductDefinition,
//!   MedicationKnowledge, ClinicalUseDefinition, Citation, our CodeSystems),
//!   with what the mapping keeps of each statement's sources.
//!
//! ## Architecture
//!
//! The data is the product; the code gives it meaning in layers, each file
//! importing only from the layers below it:
//!
//! 1. **Ground floor:** `vocab` (closed vocabularies with labels), `ids`
//!    (ids, identifiers, partial dates), `error`.
//! 2. **Records:** `model` (modalities, statements, clause maps, sources,
//!    combinations, innovations, exclusions) and `statement` (the flat view
//!    of every cited statement and its stable anchor).
//! 3. **The file:** `file` (the catalog file format and its readers) and
//!    `validate` (typed rules in named phases, every problem in one pass).
//! 4. **The catalog:** `catalog` (load, merge, iteration, reverse views),
//!    built on `search` (text analysis, the word index, ranking).
//! 5. **Views:** `lookup` (the one-answer decision), `filter`, `export`,
//!    and, behind features, `schema`, `html` and `fhir`.
//!
//! ## Errors
//!
//! One error type, [`Error`]: messages are lowercase, carry the offending
//! input, and for catalog files the JSON path of the bad field. A lookup of a
//! procedure the catalog lists as outside its scope answers
//! [`Error::OutOfScope`] with the reason.
//!
//! A catalog that parses but breaks the catalog's rules fails with
//! [`Error::Invalid`], which holds every [`Problem`] validation found in one
//! pass (up to [`Problems::CAP`]): the JSON path and the [`Rule`] broken
//! there, a public enum to match on, whose `Display` is the sentence.
//!
//! ```
//! use io_pain_modalities::{Catalog, Error, Rule};
//!
//! let json = std::fs::read_to_string("tests/bad/three-faults.json")?;
//! let Err(Error::Invalid(problems)) = Catalog::from_json(&json) else {
//!     panic!("the file has three faults");
//! };
//! let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
//! assert_eq!(paths, ["sources[0].checked", "modalities[0].codes[0].code", "sources[1]"]);
//! assert!(matches!(problems.first().rule, Rule::InTheFuture { .. }));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

// The links to feature-gated items resolve within the crate when the
// feature is on (docs.rs builds with all features) and point to docs.rs
// otherwise, so that `cargo doc` is clean with default features too.
#![cfg_attr(
    feature = "schemars",
    doc = "[`schema::catalog_schema`]: schema::catalog_schema"
)]
#![cfg_attr(
    not(feature = "schemars"),
    doc = "[`schema::catalog_schema`]: https://docs.rs/io-pain-modalities/latest/io_pain_modalities/schema/fn.catalog_schema.html"
)]
#![cfg_attr(feature = "html", doc = "[`html::render`]: html::render")]
#![cfg_attr(
    not(feature = "html"),
    doc = "[`html::render`]: https://docs.rs/io-pain-modalities/latest/io_pain_modalities/html/fn.render.html"
)]
#![cfg_attr(feature = "fhir", doc = "[`fhir::bundle`]: fhir::bundle")]
#![cfg_attr(
    not(feature = "fhir"),
    doc = "[`fhir::bundle`]: https://docs.rs/io-pain-modalities/latest/io_pain_modalities/fhir/fn.bundle.html"
)]
#![cfg_attr(
    feature = "fhir",
    doc = "[`fhir::transaction_bundle`]: fhir::transaction_bundle"
)]
#![cfg_attr(
    not(feature = "fhir"),
    doc = "[`fhir::transaction_bundle`]: https://docs.rs/io-pain-modalities/latest/io_pain_modalities/fhir/fn.transaction_bundle.html"
)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod catalog;
mod check;
mod citing;
mod compare;
mod diff;

/// Hash maps keyed by catalog text: foldhash is several times faster than
/// SipHash on short keys and still seeded per process.
pub(crate) type Map<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
/// Hash sets, as [`Map`].
pub(crate) type Set<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

mod date;
mod error;
mod export;
#[cfg(feature = "fhir")]
#[cfg_attr(docsrs, doc(cfg(feature = "fhir")))]
pub mod fhir;
mod file;
mod filter;
#[cfg(feature = "html")]
#[cfg_attr(docsrs, doc(cfg(feature = "html")))]
pub mod html;
mod ids;
mod lookup;
mod model;
mod regulatory;
mod retired;
#[cfg(feature = "schemars")]
pub mod schema;
pub mod search;
mod standing;
mod statement;
mod validate;
mod views;
mod vocab;

pub use catalog::{Catalog, DATA_VERSION, Entry, NOTICE, catalog};
pub use citing::Citing;
pub use compare::{
    Compared, ComparedIndication, Comparison, MAX_COMPARED, MIN_COMPARED, StrongestStudy,
};
pub use date::Date;
pub use diff::{
    CatalogDiff, RecordChange, RecordRef, SourceChange, StatementAt, StatementChange, StatementText,
};
pub use error::{Error, Result};
pub use filter::{Matches, Query};
pub use ids::{Doi, EntryId, ModalityId, Pmid, SourceId, StatementId, Url};
pub use model::{
    Administration, Code, Combination, Correction, Derived, Evidence, Exclusion, GuidelineGrade,
    Indication, Innovation, Modality, OpioidEvidence, Precaution, Radiation, RegulatoryEvent,
    Relation, Source, SourceStatus, Statement, Support,
};
pub use retired::Retired;
pub use search::{Hit, MatchKind, NameField};
pub use statement::{Cited, Field, StatementRef, Subject};
pub use validate::{Problem, Problems, Rule};
pub use views::{Iter, Statements};
pub use vocab::{
    AnatomicSite, Category, CodeSystem, Condition, Derivation, Emission, EvidenceLevel,
    GradeScheme, Imaging, Jurisdiction, Lifecycle, OpioidFinding, PainPattern, PrecautionKind,
    RegulatoryStatus, RelationKind, Route, SourceKind, TumourType, UseKind, Verification,
    Vocabulary,
};

/// The README's examples, compiled and run as doctests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
