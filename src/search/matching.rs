//! Matching one query word against the index words: exactly, by stem, as
//! a prefix, or within a typo budget (phase 2 of a search, see
//! [`super::rank`]).

use rust_stemmers::Stemmer;

use super::{
    index::Words,
    rank::{EXACT, MIN_PREFIX, PREFIX, STEM, TYPO1, TYPO2},
    text::MAX_WORD,
    typos::{char_set, distance_within, typo_budget},
};

impl Words {
    /// Calls `found(word, quality)` for each index word that `qw` matches:
    /// exactly, by stem, as a prefix (the last query word only), or with
    /// typos.
    pub(super) fn match_word(
        &self,
        stemmer: &Stemmer,
        qw: &str,
        last: bool,
        mut found: impl FnMut(u32, u8),
    ) {
        let exact = self.by_text.get(qw).copied();
        if let Some(w) = exact {
            found(w, EXACT);
        }
        if let Some(stem) = self.stem_ids.get(&*stemmer.stem(qw)) {
            for &w in self.stems.get(*stem as usize).into_iter().flatten() {
                if Some(w) != exact {
                    found(w, STEM);
                }
            }
        }
        if last && qw.chars().count() >= MIN_PREFIX {
            let start = self.sorted.partition_point(|(t, _)| &**t < qw);
            for (t, w) in self.sorted.get(start..).into_iter().flatten() {
                if !t.starts_with(qw) {
                    break;
                }
                if **t != *qw {
                    found(*w, PREFIX);
                }
            }
        }
        self.match_typos(qw, exact, found);
    }

    /// Calls `found(word, quality)` for each index word within the typo
    /// budget of `qw`. A word found as it is typed (`exact`) is not also
    /// read as a typo of another (so "bone" never matches "none").
    fn match_typos(&self, qw: &str, exact: Option<u32>, mut found: impl FnMut(u32, u8)) {
        let mut chars = ['\0'; MAX_WORD];
        let mut len = 0;
        for c in qw.chars() {
            let Some(slot) = chars.get_mut(len) else {
                return;
            };
            *slot = c;
            len += 1;
        }
        let budget = if exact.is_some() {
            0
        } else {
            typo_budget(qw, len)
        };
        if budget == 0 {
            return;
        }
        let q = chars.get(..len).unwrap_or(&[]);
        let q_set = char_set(q);
        for l in len.saturating_sub(budget)..=len + budget {
            for &w in self.by_len.get(l).into_iter().flatten() {
                let Some(word) = self.words.get(w as usize) else {
                    continue;
                };
                if Some(w) == exact {
                    continue;
                }
                // The shorter word decides how many typos are allowed.
                let allowed = budget.min(typo_budget(&word.text, word.chars.len()));
                if allowed == 0 || (q_set ^ word.char_set).count_ones() as usize > 2 * allowed {
                    continue;
                }
                match distance_within(q, &word.chars, allowed) {
                    Some(0) | None => {}
                    Some(1) => found(w, TYPO1),
                    Some(_) => found(w, TYPO2),
                }
            }
        }
    }
}
