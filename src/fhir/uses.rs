//! Indications and precautions as `ClinicalUseDefinition`s: the concept is
//! the condition (or, for a precaution, a short text), the whole statement
//! is in the narrative.

use super::artifact::{active_status, cite, extensions, text_concept};
use super::ids::{compose_id, identifier};
use super::narrative::Text;
use super::r5::{
    ClinicalUseDefinition, CodeableConcept, CodeableReference, Reference, Situation,
    UndesirableEffect, Warning,
};
use super::terminology::{external, own, own_concept};
use super::{Context, Use};
use crate::{CodeSystem, Indication, Modality, Precaution, PrecautionKind, Vocabulary};

/// The resource id of a statement of `m`: the modality id and the
/// statement's stable id.
pub(crate) fn use_id(m: &Modality, statement: &str) -> String {
    compose_id(m.id.as_str(), statement)
}

fn labels<T: Vocabulary>(terms: &[T]) -> Option<String> {
    (!terms.is_empty()).then(|| {
        terms
            .iter()
            .map(|t| t.label())
            .collect::<Vec<_>>()
            .join(", ")
    })
}

pub(crate) fn indication(
    m: &Modality,
    ind: &Indication,
    subject: &[Reference],
    cx: &Context,
) -> (Use, ClinicalUseDefinition) {
    let id = use_id(m, ind.id.as_str());
    let mut coding = vec![own(ind.condition)];
    coding.extend(
        ind.codes
            .iter()
            .filter(|c| c.system == CodeSystem::Icd10Cm)
            .map(external),
    );
    let mut text = Text::new(format!(
        "Indication of {}: {}",
        m.name,
        ind.condition.label()
    ))
    .para(ind.text.clone())
    .row("Kind of use", ind.use_kind.label())
    .row("Jurisdiction", ind.jurisdiction.label())
    .row_if("As of", ind.as_of.as_ref().map(|d| d.to_string()))
    .row_if("Pain pattern", ind.pain_pattern.map(|p| p.label()))
    .row_if("Sites", labels(&ind.sites))
    .row_if("Tumour types", labels(&ind.tumours));
    for c in &ind.codes {
        text = text.row(
            format!("{} {}", c.system.label(), c.code),
            format!("{} (catalog wording)", c.display),
        );
    }
    text = text.row("Statement", format!("{}/{}", m.id, ind.id));
    // The codes are statements of their own: the indication cites their
    // sources too.
    let sources = ind
        .sources
        .iter()
        .chain(ind.codes.iter().flat_map(|c| &c.sources));
    let cud = ClinicalUseDefinition {
        id: id.clone(),
        text: text.build(),
        extension: extensions(
            cx.version.as_deref(),
            m.last_reviewed.to_string(),
            cite(sources),
        ),
        identifier: identifier("statement", format!("{}/{}", m.id, ind.id)),
        kind: "indication",
        category: vec![own_concept(ind.use_kind), own_concept(ind.jurisdiction)],
        subject: subject.to_vec(),
        status: active_status(),
        contraindication: None,
        indication: Some(Situation {
            disease_symptom_procedure: CodeableReference {
                concept: Some(CodeableConcept {
                    coding,
                    text: Some(ind.condition.label().to_owned()),
                }),
                reference: None,
            },
        }),
        undesirable_effect: None,
        warning: None,
    };
    (
        Use {
            id,
            indication: true,
        },
        cud,
    )
}

/// The first sentence of `text`: up to the first full stop that ends a
/// word of more than three letters and is followed by a space and a
/// capital letter or digit (so "e.g." and "i.e." do not end it).
pub(crate) fn first_sentence(text: &str) -> &str {
    let bytes = text.as_bytes();
    for (i, _) in text.match_indices(". ") {
        let next = bytes.get(i + 2).copied().unwrap_or(b' ');
        let word = text[..i].rsplit([' ', '(']).next().unwrap_or_default();
        if (next.is_ascii_uppercase() || next.is_ascii_digit())
            && word.chars().filter(|c| c.is_alphanumeric()).count() > 3
            && !word.contains('.')
        {
            return &text[..=i];
        }
    }
    text
}

/// Longest short text of a precaution's concept, in bytes.
const SHORT: usize = 150;

/// A short text for a precaution's concept: its first sentence; if that is
/// longer than [`SHORT`], its first clause (up to a colon or semicolon
/// outside parentheses) when that is long enough to say something, or else
/// its first words and an ellipsis. The whole statement is in the narrative.
pub(crate) fn short_text(text: &str) -> String {
    let sentence = first_sentence(text);
    if sentence.len() <= SHORT {
        return sentence.to_owned();
    }
    let clause = [": ", "; "]
        .iter()
        .filter_map(|sep| sentence.find(sep))
        .filter(|&i| (20..=SHORT).contains(&i))
        // Not inside parentheses.
        .filter(|&i| sentence[..i].matches('(').count() == sentence[..i].matches(')').count())
        .min();
    if let Some(i) = clause {
        return sentence[..i].to_owned();
    }
    let cut = sentence
        .char_indices()
        .take_while(|&(i, _)| i < SHORT)
        .filter(|&(_, c)| c == ' ')
        .map(|(i, _)| i)
        .last()
        .unwrap_or(sentence.len());
    format!("{}…", sentence[..cut].trim_end_matches([',', ';', ':']))
}

pub(crate) fn precaution(
    m: &Modality,
    p: &Precaution,
    subject: &[Reference],
    cx: &Context,
) -> (Use, ClinicalUseDefinition) {
    let kind = match p.kind {
        PrecautionKind::Contraindication => "contraindication",
        PrecautionKind::AdverseEffect => "undesirable-effect",
        // Boxed warnings, warnings and precautions; the category keeps
        // which.
        _ => "warning",
    };
    let id = use_id(m, p.id.as_str());
    let short = text_concept(format!("{}: {}", p.kind.label(), short_text(&p.text)));
    let concept = CodeableReference {
        concept: Some(short.clone()),
        reference: None,
    };
    let text = Text::new(format!("{} of {}", p.kind.label(), m.name))
        .para(p.text.clone())
        .row("Statement", format!("{}/{}", m.id, p.id));
    let cud = ClinicalUseDefinition {
        id: id.clone(),
        text: text.build(),
        extension: extensions(
            cx.version.as_deref(),
            m.last_reviewed.to_string(),
            cite(&p.sources),
        ),
        identifier: identifier("statement", format!("{}/{}", m.id, p.id)),
        kind,
        category: vec![own_concept(p.kind)],
        subject: subject.to_vec(),
        status: active_status(),
        contraindication: (kind == "contraindication").then(|| Situation {
            disease_symptom_procedure: concept.clone(),
        }),
        indication: None,
        undesirable_effect: (kind == "undesirable-effect").then(|| UndesirableEffect {
            symptom_condition_effect: concept.clone(),
        }),
        // A warning's own element holds the whole statement.
        warning: (kind == "warning").then(|| Warning {
            description: p.text.clone(),
            code: short,
        }),
    };
    (
        Use {
            id,
            indication: false,
        },
        cud,
    )
}

#[cfg(test)]
mod tests {
    use super::{SHORT, first_sentence, short_text};

    #[test]
    fn first_sentences_skip_abbreviations() {
        assert_eq!(first_sentence("Pregnancy. Also more."), "Pregnancy.");
        assert_eq!(
            first_sentence("Avoid in e.g. Sicily. Then Rome."),
            "Avoid in e.g. Sicily."
        );
        assert_eq!(first_sentence("One sentence only"), "One sentence only");
        assert_eq!(
            first_sentence("Risk vs. Benefit matters. Next."),
            "Risk vs. Benefit matters."
        );
    }

    #[test]
    fn short_texts_are_a_sentence_a_clause_or_the_first_words() {
        assert_eq!(short_text("Pregnancy. More."), "Pregnancy.");
        let long = format!("Embryo-fetal toxicity (US label): {}", "harm ".repeat(40));
        assert_eq!(short_text(&long), "Embryo-fetal toxicity (US label)");
        let words = "word ".repeat(60);
        let short = short_text(&words);
        assert!(
            short.len() <= SHORT + '…'.len_utf8() && short.ends_with("word…"),
            "{short}"
        );
    }
}
