//! Two to four modalities side by side, as data: [`Catalog::compare`].
//!
//! Each modality is reduced to what a reader weighs when choosing between
//! them: its category, how it works in one sentence, route and imaging,
//! indications by jurisdiction and kind of use with guideline grades, the
//! strongest study among its key evidence and its size, the opioid finding,
//! the regulatory standing and the main precautions. The site's compare
//! page shows the same data.

use serde::Serialize;

use crate::{
    catalog::{Catalog, NOTICE},
    error::{Error, Result},
    model::{Evidence, Modality, RegulatoryEvent},
    standing::event_words,
    vocab::SourceKind,
};

/// Fewest modalities a comparison takes.
pub const MIN_COMPARED: usize = 2;
/// Most modalities a comparison takes.
pub const MAX_COMPARED: usize = 4;
/// Precautions shown per modality, the most serious kinds first.
const MAIN_PRECAUTIONS: usize = 3;

/// Modalities side by side; see [`Catalog::compare`].
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Comparison {
    /// The catalog's data version (empty for an unversioned catalog).
    pub version: String,
    /// The informational-only notice.
    pub notice: &'static str,
    /// Each modality, in the order asked for.
    pub entries: Vec<Compared>,
}

/// One modality of a [`Comparison`].
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Compared {
    /// The modality's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its category, in words.
    pub category: &'static str,
    /// How it works, in its mechanism's first sentence.
    pub how_it_works: String,
    /// Its route, in words.
    pub route: &'static str,
    /// The imaging that guides it, in words.
    pub imaging: Vec<&'static str>,
    /// Its indications: condition, jurisdiction, kind of use and grade.
    pub indications: Vec<ComparedIndication>,
    /// The strongest study among its key evidence, if any.
    pub strongest_evidence: Option<StrongestStudy>,
    /// What the evidence shows on opioid use, in words, if recorded.
    pub opioid_finding: Option<&'static str>,
    /// How it stands with regulators: per jurisdiction, the latest dated
    /// event and every undated standing, with its product.
    pub regulatory: Vec<String>,
    /// The main precautions, the most serious kinds first, each as its
    /// kind and first sentence.
    pub precautions: Vec<String>,
}

/// An indication of a [`Compared`] modality.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ComparedIndication {
    /// The condition.
    pub condition: &'static str,
    /// The jurisdiction.
    pub jurisdiction: &'static str,
    /// The kind of use.
    pub use_kind: &'static str,
    /// The guideline grade, "scheme: strength", where the catalog has one.
    pub grade: Option<String>,
}

/// The strongest study among a modality's key evidence.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct StrongestStudy {
    /// The study's name.
    pub name: String,
    /// Where its design stands in the evidence hierarchy, in words.
    pub rank: &'static str,
    /// Patients analysed, if known.
    pub participants: Option<u32>,
}

/// The evidence hierarchy the site and the comparison use, strongest
/// first: systematic reviews and meta-analyses of randomised trials rank
/// above single randomised trials, which rank above reviews of other
/// designs, prospective and then observational studies.
pub(crate) const HIERARCHY: [&str; 5] = [
    "Systematic review or meta-analysis of randomised trials",
    "Randomised trial",
    "Systematic review of other studies",
    "Prospective study",
    "Observational study",
];

/// Where a study stands in [`HIERARCHY`] (0 is strongest), or `None` for a
/// design that is not a study of patients (a label, a narrative review).
/// A systematic review counts as one of randomised trials when its name or
/// text says so.
pub(crate) fn rank(e: &Evidence) -> Option<usize> {
    match e.design {
        SourceKind::SystematicReview => {
            let words = format!("{} {}", e.name, e.text).to_lowercase();
            let of_trials = words.contains("randomised")
                || words.contains("randomized")
                || words.contains("rcts");
            Some(if of_trials { 0 } else { 2 })
        }
        SourceKind::RandomisedTrial => Some(1),
        SourceKind::SingleArmStudy => Some(3),
        SourceKind::ObservationalStudy => Some(4),
        _ => None,
    }
}

/// The strongest study of `m` by [`HIERARCHY`], the largest of equals.
pub(crate) fn strongest(m: &Modality) -> Option<(usize, &Evidence)> {
    m.evidence
        .iter()
        .filter_map(|e| rank(e).map(|r| (r, e)))
        .min_by_key(|(r, e)| (*r, std::cmp::Reverse(e.participants.unwrap_or(0))))
}

/// The first sentence of `text`.
fn first_sentence(text: &str) -> String {
    let text = text.trim();
    text.find(". ").map_or(text, |i| &text[..=i]).to_owned()
}

/// The indications of `m`, each distinct line once.
fn indications(m: &Modality) -> Vec<ComparedIndication> {
    let mut out: Vec<ComparedIndication> = Vec::new();
    for i in &m.indications {
        let line = ComparedIndication {
            condition: i.condition.label(),
            jurisdiction: i.jurisdiction.label(),
            use_kind: i.use_kind.label(),
            grade: i
                .grade
                .as_ref()
                .map(|g| format!("{}: {}", g.scheme.label(), g.strength)),
        };
        if !out.contains(&line) {
            out.push(line);
        }
    }
    out
}

/// How `m` stands with regulators: per jurisdiction, its latest dated
/// event and every undated standing, in words.
fn standing(m: &Modality) -> Vec<String> {
    let words = |r: &RegulatoryEvent| {
        let when = r
            .date
            .map(|d| format!(" {d}"))
            .or_else(|| r.as_of.map(|d| format!(" (as of {d})")))
            .unwrap_or_default();
        let what = r
            .product
            .as_deref()
            .map(|p| format!(", {p}"))
            .unwrap_or_default();
        format!(
            "{}: {}{when}{what}",
            r.jurisdiction.label(),
            event_words(m, r).to_lowercase()
        )
    };
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for r in &m.regulatory {
        if seen.contains(&r.jurisdiction) {
            continue;
        }
        seen.push(r.jurisdiction);
        let here = || {
            m.regulatory
                .iter()
                .filter(|x| x.jurisdiction == r.jurisdiction)
        };
        out.extend(
            here()
                .filter(|x| x.date.is_some())
                .max_by_key(|x| x.date)
                .map(words),
        );
        out.extend(here().filter(|x| x.date.is_none()).map(words));
    }
    out
}

impl Compared {
    /// The comparison view of one modality.
    pub(crate) fn of(m: &Modality) -> Compared {
        let mut precautions: Vec<_> = m.precautions.iter().collect();
        // Contraindications, then boxed warnings, warnings and the rest.
        precautions.sort_by_key(|p| p.kind);
        Compared {
            id: m.id.to_string(),
            name: m.name.clone(),
            category: m.category.label(),
            how_it_works: first_sentence(&m.mechanism.text),
            route: m.administration.route.label(),
            imaging: m.administration.imaging.iter().map(|i| i.label()).collect(),
            indications: indications(m),
            strongest_evidence: strongest(m).map(|(r, e)| StrongestStudy {
                name: e.name.clone(),
                rank: HIERARCHY.get(r).copied().unwrap_or(""),
                participants: e.participants,
            }),
            opioid_finding: m.opioid_sparing.as_ref().map(|o| o.finding.label()),
            regulatory: standing(m),
            precautions: precautions
                .into_iter()
                .take(MAIN_PRECAUTIONS)
                .map(|p| format!("{}: {}", p.kind.label(), first_sentence(&p.text)))
                .collect(),
        }
    }
}

impl Catalog {
    /// Two to four modalities side by side, each found as
    /// [`Catalog::lookup`] finds it (by id, name, abbreviation, synonym or
    /// brand). The result serialises to JSON.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] when fewer than two or more than four are asked
    /// for or one is asked for twice; the lookup's error
    /// ([`Error::NotFound`], [`Error::Ambiguous`]) when one is not found.
    ///
    /// ```
    /// let c = io_pain_modalities::catalog();
    /// let cmp = c.compare(&["radiofrequency-ablation", "Sr-89"])?;
    /// assert_eq!(cmp.entries.len(), 2);
    /// assert_eq!(cmp.entries[1].id, "strontium-89-chloride");
    /// assert!(serde_json::to_string(&cmp)?.contains("Informational only"));
    /// assert!(c.compare(&["Sr-89"]).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compare(&self, queries: &[&str]) -> Result<Comparison> {
        let bad = |reason: &str| Error::Parse {
            what: "comparison",
            value: queries.join(", "),
            reason: reason.to_owned(),
        };
        if !(MIN_COMPARED..=MAX_COMPARED).contains(&queries.len()) {
            return Err(bad("compare two to four modalities"));
        }
        let mut found: Vec<&Modality> = Vec::with_capacity(queries.len());
        for q in queries {
            let m = self.lookup(q)?;
            if found.iter().any(|f| f.id == m.id) {
                return Err(bad(&format!("{} is asked for twice", m.name)));
            }
            found.push(m);
        }
        Ok(Comparison {
            version: self.version().unwrap_or_default().to_owned(),
            notice: NOTICE,
            entries: found.into_iter().map(Compared::of).collect(),
        })
    }
}
