//! The part of a name that names: a regulatory product's name without the
//! description written after it, and the head of a modality's name without
//! its qualifiers. Each is indexed in place of the whole text.

use std::borrow::Cow;

/// Where the description after a product's name begins: its use ("Bone
/// cement for kyphoplasty") or its application number ("Pluvicto, NDA
/// 215833").
const PRODUCT_DESCRIPTIONS: &[&str] = &[" for ", ", NDA ", ", BLA "];

/// The name of a product as a regulatory event writes it, without the
/// description attached to it: bracketed parts ("Pluvicto (lutetium Lu 177
/// vipivotide tetraxetan)") and what [`PRODUCT_DESCRIPTIONS`] begin go.
pub(crate) fn product_name(text: &str) -> Cow<'_, str> {
    without_description(text, PRODUCT_DESCRIPTIONS)
}

/// Where the qualifiers of a modality's name begin ("Cryoablation of bone
/// metastases", "... for painful bone metastases").
const NAME_QUALIFIERS: &[&str] = &[" of ", " for "];

/// The head of a modality's name, without its bracketed parts and
/// qualifiers: "Cryoablation of bone metastases" is "Cryoablation". A
/// modality is named so in the family of another.
pub(crate) fn name_head(text: &str) -> Cow<'_, str> {
    without_description(text, NAME_QUALIFIERS)
}

/// `text` without bracketed parts and without what follows the first of
/// `markers`.
fn without_description<'t>(text: &'t str, markers: &[&str]) -> Cow<'t, str> {
    let mut name = Cow::Borrowed(text);
    if text.contains(['(', '[']) {
        let mut out = String::with_capacity(text.len());
        let mut depth = 0usize;
        for c in text.chars() {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => depth = depth.saturating_sub(1),
                _ if depth == 0 => out.push(c),
                _ => {}
            }
        }
        let joined = out.split_whitespace().collect::<Vec<_>>().join(" ");
        name = Cow::Owned(joined.replace(" ,", ","));
    }
    let cut = |s: &str| {
        let end = markers
            .iter()
            .filter_map(|d| s.find(d))
            .min()
            .unwrap_or(s.len());
        s[..end].trim_end_matches([' ', ',', ';', ':']).len()
    };
    match name {
        Cow::Borrowed(b) => Cow::Borrowed(&b[..cut(b)]),
        Cow::Owned(mut o) => {
            o.truncate(cut(&o));
            Cow::Owned(o)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn product_names_lose_their_descriptions() {
        for (written, name) in [
            ("Pluvicto", "Pluvicto"),
            (
                "Pluvicto (lutetium Lu 177 vipivotide tetraxetan), NDA 215833",
                "Pluvicto",
            ),
            (
                "Prialt (ziconotide) solution for infusion",
                "Prialt solution",
            ),
            (
                "Bone cement for kyphoplasty (not named in the notice)",
                "Bone cement",
            ),
            (
                "Ziconotide (intrathecal delivery) for chronic cancer pain",
                "Ziconotide",
            ),
            (
                "Strontium Chloride Sr-89 Injection, USP (NDC 65909-089-01)",
                "Strontium Chloride Sr-89 Injection, USP",
            ),
            ("(only a description)", ""),
        ] {
            assert_eq!(product_name(written), name, "{written}");
        }
        assert_eq!(name_head("Cryoablation of bone metastases"), "Cryoablation");
        assert_eq!(
            name_head("Implant-based vertebral augmentation (vertebral body implants with cement)"),
            "Implant-based vertebral augmentation"
        );
    }
}
