//! The filters of a page: labelled `<select>` elements whose values the
//! page script applies and keeps in the address.

use super::layout::Text;
use crate::Vocabulary;

/// A choice of a filter.
#[derive(Clone, Debug)]
pub(crate) struct Choice {
    pub value: &'static str,
    pub label: Text,
}

/// One filter of the index: a labelled `<select>`.
#[derive(Clone, Debug)]
pub(crate) struct Filter {
    pub key: &'static str,
    pub label: &'static str,
    pub choices: Vec<Choice>,
}

/// The distinct terms of `values`, sorted, as choices.
pub(crate) fn choices<T: Vocabulary + Ord>(values: impl Iterator<Item = T>) -> Vec<Choice> {
    let mut v: Vec<T> = values.collect();
    v.sort();
    v.dedup();
    v.into_iter()
        .map(|t| Choice {
            value: t.as_str(),
            label: t.label(),
        })
        .collect()
}
