//! The names clinicians use for what a vocabulary term stands for: the
//! broader family a category belongs to ("radiopharmaceutical", "nerve
//! block") and the cancers a tumour type is ("pancreatic cancer"). The
//! index files them under an entry at the weight of a family or a
//! tumour, never as the entry's own name.

use crate::vocab::{Category, TumourType};

/// The family names of a category, beside its label.
pub(crate) fn category_terms(c: Category) -> &'static [&'static str] {
    match c {
        Category::BoneSeekingRadiopharmaceutical => {
            &["radiopharmaceutical", "radionuclide therapy"]
        }
        Category::RadioligandTherapy => &["radiopharmaceutical", "radionuclide therapy"],
        Category::ThermalAblation => &["tumour ablation"],
        Category::CementAugmentation => &["bone cement"],
        Category::Neurolysis => &["nerve block", "neurolytic block"],
        Category::ExternalBeamRadiotherapy => &["radiation therapy"],
        _ => &[],
    }
}

/// The names of the cancers a tumour type stands for; none for "any
/// primary", which stands for every type that is a primary cancer
/// ([`primaries`]).
pub(crate) fn tumour_names(t: TumourType) -> &'static [&'static str] {
    match t {
        TumourType::Prostate => &["prostate cancer"],
        TumourType::Breast => &["breast cancer"],
        TumourType::Lung => &["lung cancer"],
        TumourType::MultipleMyeloma => &["multiple myeloma"],
        TumourType::Pancreas => &["pancreatic cancer", "pancreas cancer"],
        TumourType::Colorectal => &[
            "colorectal cancer",
            "bowel cancer",
            "colon cancer",
            "rectal cancer",
        ],
        TumourType::Gynaecological => &[
            "gynaecological cancer",
            "cervical cancer",
            "uterine cancer",
            "endometrial cancer",
            "ovarian cancer",
            "vulval cancer",
        ],
        TumourType::Bladder => &["bladder cancer"],
        TumourType::Kidney => &["kidney cancer", "renal cell carcinoma"],
        TumourType::Stomach => &["stomach cancer", "gastric cancer"],
        TumourType::Liver => &["liver cancer", "hepatocellular carcinoma"],
        TumourType::Mesothelioma => &["mesothelioma"],
        TumourType::Thyroid => &["thyroid cancer"],
        TumourType::Benign => &["benign bone tumour", "osteoid osteoma"],
        _ => &[],
    }
}

/// The tumour types an indication for "any primary" covers: every primary
/// cancer, not multiple myeloma (listed on its own where it is meant) nor a
/// benign tumour.
pub(crate) fn primaries() -> impl Iterator<Item = TumourType> {
    <TumourType as strum::VariantArray>::VARIANTS
        .iter()
        .copied()
        .filter(|t| {
            !matches!(
                t,
                TumourType::AnyPrimary | TumourType::MultipleMyeloma | TumourType::Benign
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tumour_type_but_any_primary_has_names() {
        for &t in <TumourType as strum::VariantArray>::VARIANTS {
            assert_eq!(
                tumour_names(t).is_empty(),
                t == TumourType::AnyPrimary,
                "{t}"
            );
        }
        assert!(primaries().all(|t| !tumour_names(t).is_empty()));
    }
}
