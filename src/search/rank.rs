//! Ranking: a search in named phases, run over scratch space that each
//! thread reuses.
//!
//! 1. [`Query::parse`]: the query's words, which of them are required, and
//!    its normalised whole form;
//! 2. [`Scratch::match_words`]: the index words each query word matches,
//!    and how closely (`Words::match_word`, in `matching.rs`);
//!    [`Scratch::narrow`] then lets through only the entries that have a
//!    name matching the rarest required word: no other can match every
//!    required word. When none of them does, phases 3 to 5 run again over
//!    every entry, for the half matches;
//! 3. [`Scratch::cover_names`]: the names those words belong to, with the
//!    best quality per query word and how many of their words matched;
//!    [`Scratch::touch_whole`]: the names and codes equal to the whole query;
//! 4. [`Scratch::score_entries`]: each name's score ([`score_name`]), each
//!    entry keeping its best;
//! 5. [`Scratch::select_hits`]: the entries matching every required word
//!    (failing that, half of them), as hits;
//! 6. [`sort_hits`]: best first.

use std::cell::RefCell;

use rust_stemmers::Stemmer;

use super::{
    Hit, MatchKind,
    index::{Index, Named, Target, Words},
    text::{MAX_KEY, SOFT_WORDS, normalize_into, stemmer, words},
};
use crate::file::Parts;

/// Query words past this many are ignored.
pub(crate) const MAX_QUERY_WORDS: usize = 16;
/// The bonus that puts an exact name above any other fit.
pub(crate) const EXACT_BONUS: u32 = 1000;
/// Shortest last word that matches as a prefix.
pub(crate) const MIN_PREFIX: usize = 3;
/// What a combination's score is multiplied by, as a fraction, so that it
/// is found below the modality whose name it shares.
pub(crate) const COMBINATION_SHARE: (u32, u32) = (4, 5);

/// Match quality of one query word, out of 10: the exact word.
pub(crate) const EXACT: u8 = 10;
/// A word with the same stem.
pub(crate) const STEM: u8 = 9;
/// A word the last query word begins.
pub(crate) const PREFIX: u8 = 7;
/// A word one typo away.
pub(crate) const TYPO1: u8 = 6;
/// A word two typos away.
pub(crate) const TYPO2: u8 = 4;

/// The words of a query and what is required of a hit.
struct Query<'b> {
    words: Vec<String>,
    /// The query words a hit must match, as a bit set.
    required: u32,
    /// The normalised whole query, for exact names ("" when too long).
    key: &'b str,
}

impl<'b> Query<'b> {
    /// The query, or `None` when it has no words.
    fn parse(query: &str, buf: &'b mut [u8; MAX_KEY]) -> Option<Query<'b>> {
        let mut words = words(query);
        words.truncate(MAX_QUERY_WORDS);
        let n = words.len();
        if n == 0 {
            return None;
        }
        let soft = words
            .iter()
            .enumerate()
            .filter(|(_, w)| SOFT_WORDS.contains(&w.as_str()))
            .fold(0u32, |m, (k, _)| m | (1 << k));
        let every = (1u32 << n) - 1;
        // Generic words are not required, unless they are all there is.
        let required = if soft == every { every } else { every & !soft };
        let key = normalize_into(query, buf).unwrap_or("");
        Some(Query {
            words,
            required,
            key,
        })
    }
}

/// Per-name accumulator of one search.
#[derive(Clone, Copy, Default)]
struct Acc {
    /// Best quality per query word.
    quality: [u8; MAX_QUERY_WORDS],
    /// Name words matched.
    covered: u16,
    touched: bool,
}

impl Acc {
    /// The query words this name matched, as a bit set.
    fn mask(&self, n: usize) -> u32 {
        self.quality
            .iter()
            .take(n)
            .enumerate()
            .filter(|(_, q)| **q > 0)
            .fold(0, |m, (k, _)| m | (1 << k))
    }
}

/// An entry's best name so far in one search.
#[derive(Clone, Copy, Default)]
struct Best {
    seen: bool,
    score: u32,
    name: u32,
    kind: Option<MatchKind>,
    /// The query words matched by any of the entry's names.
    mask: u32,
}

/// Scratch space reused by every search on a thread, so that a search
/// allocates little beyond its result.
#[derive(Default)]
struct Scratch {
    acc: Vec<Acc>,
    touched: Vec<u32>,
    best: Vec<Best>,
    entries_touched: Vec<u32>,
    /// `(index word, query word, quality)` of every word match.
    matched: Vec<(u32, u8, u8)>,
    /// Per entry, the number of the last search that let it be scored
    /// ([`Scratch::narrow`]); `searches` counts them.
    allowed: Vec<u32>,
    searches: u32,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Index {
    /// Ranked hits for `query` among the targets `keep` accepts.
    pub(crate) fn search<'a>(
        &'a self,
        parts: &'a Parts,
        query: &str,
        keep: impl Fn(Target) -> bool,
    ) -> Vec<Hit<'a>> {
        let mut buf = [0u8; MAX_KEY];
        let Some(q) = Query::parse(query, &mut buf) else {
            return Vec::new();
        };
        let stemmer = stemmer();
        let w = self.words(parts);
        SCRATCH.with(|cell| {
            let mut guard = cell.borrow_mut();
            let s = &mut *guard;
            s.fit(w);
            s.match_words(w, &stemmer, &q);
            // First only the entries that can match every required word;
            // when none does, every entry (the half-match fallback).
            let narrowed = s.narrow(w, &q);
            let mut hits = s
                .rank(parts, w, &q, &keep, narrowed)
                .or_else(|| s.rank(parts, w, &q, &keep, false))
                .unwrap_or_default();
            sort_hits(&mut hits);
            hits
        })
    }
}

impl Scratch {
    /// Room for every name and entry of the index.
    fn fit(&mut self, w: &Words) {
        if self.acc.len() < w.named.len() {
            self.acc.resize(w.named.len(), Acc::default());
        }
        let entries: usize = w.counts.iter().sum();
        if self.best.len() < entries {
            self.best.resize(entries, Best::default());
        }
        if self.allowed.len() < entries {
            self.allowed.resize(entries, 0);
        }
    }

    /// Phases 3 to 5 over the entries [`Scratch::narrow`] allowed (all of
    /// them when `narrowed` is false). `None` when narrowed and no entry
    /// matches every required word: only a search over every entry can
    /// then find the half matches.
    fn rank<'a>(
        &mut self,
        parts: &'a Parts,
        w: &'a Words,
        q: &Query<'_>,
        keep: &impl Fn(Target) -> bool,
        narrowed: bool,
    ) -> Option<Vec<Hit<'a>>> {
        self.cover_names(w, narrowed);
        self.touch_whole(w, q);
        self.score_entries(w, q, keep);
        if narrowed && !self.any_full(q.required) {
            for &e in &self.entries_touched {
                if let Some(best) = self.best.get_mut(e as usize) {
                    *best = Best::default();
                }
            }
            self.entries_touched.clear();
            return None;
        }
        Some(self.select_hits(parts, w, q.required))
    }

    /// Lets through only the entries that have a name matching the
    /// rarest required query word, or equal to the whole query: no other
    /// entry can match every required word. Returns whether it narrowed
    /// (it does not when the rarest word is common).
    fn narrow(&mut self, w: &Words, q: &Query<'_>) -> bool {
        let mut postings = [0usize; MAX_QUERY_WORDS];
        for &(word, qi, _) in &self.matched {
            if let (Some(n), Some(word)) = (
                postings.get_mut(usize::from(qi)),
                w.words.get(word as usize),
            ) {
                *n += word.postings.len();
            }
        }
        let rarest = (0..q.words.len())
            .filter(|&k| q.required & (1 << k) != 0)
            .min_by_key(|&k| postings.get(k).copied().unwrap_or(0));
        let Some(rarest) = rarest else {
            return false;
        };
        if 4 * postings.get(rarest).copied().unwrap_or(0) > w.named.len() {
            return false;
        }
        self.searches = self.searches.wrapping_add(1).max(1);
        let stamp = self.searches;
        let names = self
            .matched
            .iter()
            .filter(|&&(_, qi, _)| usize::from(qi) == rarest)
            .filter_map(|&(word, _, _)| w.words.get(word as usize))
            .flat_map(|word| word.postings.iter())
            .chain(w.whole.get(q.key).into_iter().flatten());
        for &name in names {
            if let Some(named) = w.named.get(name as usize)
                && let Some(slot) = self.allowed.get_mut(w.entry_index(named.target))
            {
                *slot = stamp;
            }
        }
        true
    }

    /// Whether an entry scored so far matches every required word.
    fn any_full(&self, required: u32) -> bool {
        self.entries_touched
            .iter()
            .filter_map(|&e| self.best.get(e as usize))
            .any(|b| b.mask & required == required)
    }

    /// Which index words each query word matches, and how well, sorted by
    /// index word.
    fn match_words(&mut self, w: &Words, stemmer: &Stemmer, q: &Query<'_>) {
        self.matched.clear();
        let n = q.words.len();
        for (qi, qw) in q.words.iter().enumerate() {
            w.match_word(stemmer, qw, qi + 1 == n, |word, quality| {
                self.matched.push((word, qi as u8, quality));
            });
        }
        self.matched.sort_unstable_by_key(|&(word, _, _)| word);
    }

    /// The names the matched words belong to (of the entries
    /// [`Scratch::narrow`] allowed, when `narrowed`); each index word
    /// counts once towards covering a name.
    fn cover_names(&mut self, w: &Words, narrowed: bool) {
        let mut prev_word = u32::MAX;
        let stamp = self.searches;
        for &(id, qi, quality) in &self.matched {
            let first_for_word = id != prev_word;
            prev_word = id;
            let Some(word) = w.words.get(id as usize) else {
                continue;
            };
            for &name in &word.postings {
                if narrowed {
                    let allowed = w.named.get(name as usize).is_some_and(|named| {
                        self.allowed.get(w.entry_index(named.target)) == Some(&stamp)
                    });
                    if !allowed {
                        continue;
                    }
                }
                let Some(acc) = self.acc.get_mut(name as usize) else {
                    continue;
                };
                if !acc.touched {
                    acc.touched = true;
                    self.touched.push(name);
                }
                if let Some(q) = acc.quality.get_mut(usize::from(qi)) {
                    *q = (*q).max(quality);
                }
                if first_for_word {
                    acc.covered += 1;
                }
            }
        }
    }

    /// The names equal to the whole query (codes, which are found whole or
    /// not at all, and every other name of an entry), as if every query
    /// word matched them exactly.
    fn touch_whole(&mut self, w: &Words, q: &Query<'_>) {
        if q.key.is_empty() {
            return;
        }
        for &name in w.whole.get(q.key).into_iter().flatten() {
            let Some(acc) = self.acc.get_mut(name as usize) else {
                continue;
            };
            if !acc.touched {
                acc.touched = true;
                self.touched.push(name);
            }
            for quality in acc.quality.iter_mut().take(q.words.len()) {
                *quality = EXACT;
            }
        }
    }

    /// Scores the names `keep` accepts; each entry keeps its best.
    fn score_entries(&mut self, w: &Words, q: &Query<'_>, keep: &impl Fn(Target) -> bool) {
        let n = q.words.len();
        for &name in &self.touched {
            let Some(acc) = self.acc.get_mut(name as usize) else {
                continue;
            };
            let a = std::mem::take(acc);
            let Some(named) = w.named.get(name as usize) else {
                continue;
            };
            if !keep(named.target) {
                continue;
            }
            let (mut score, kind) = score_name(named, &a, n, q.key);
            if let Target::Combination(_) = named.target {
                let (num, den) = COMBINATION_SHARE;
                score = score * num / den;
            }
            let entry = w.entry_index(named.target);
            let Some(best) = self.best.get_mut(entry) else {
                continue;
            };
            if !best.seen {
                best.seen = true;
                self.entries_touched.push(entry as u32);
            }
            let better_name = score == best.score
                && w.named
                    .get(best.name as usize)
                    .is_some_and(|b| named.field.display_rank() < b.field.display_rank());
            if score > best.score || better_name {
                best.score = score;
                best.name = name;
                best.kind = kind;
            }
            best.mask |= a.mask(n);
        }
        self.touched.clear();
    }

    /// Entries matching every required word; failing that, those matching
    /// at least half of them.
    fn select_hits<'a>(&mut self, parts: &'a Parts, w: &'a Words, required: u32) -> Vec<Hit<'a>> {
        let need = required.count_ones();
        let any_full = self.any_full(required);
        let mut hits = Vec::with_capacity(self.entries_touched.len());
        for &e in &self.entries_touched {
            let Some(best) = self.best.get_mut(e as usize) else {
                continue;
            };
            let b = std::mem::take(best);
            let got = (b.mask & required).count_ones();
            let all = got == need;
            if (any_full && !all) || (!any_full && 2 * got < need) {
                continue;
            }
            let Some(named) = w.named.get(b.name as usize) else {
                continue;
            };
            let Some(subject) = named.target.subject(parts) else {
                continue;
            };
            let how = match b.kind {
                Some(MatchKind::Exact) => MatchKind::Exact,
                Some(k) if all => k,
                _ => MatchKind::Partial,
            };
            hits.push(Hit {
                subject,
                score: b.score,
                matched: &named.text,
                field: named.field,
                how,
                all_words: all,
            });
        }
        self.entries_touched.clear();
        hits
    }
}

/// Best first; equal scores by entry name.
fn sort_hits(hits: &mut [Hit<'_>]) {
    hits.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then_with(|| a.subject.name().cmp(b.subject.name()))
    });
}

/// A name's score and how it matched: its field's weight times three
/// parts query fit and one part name coverage; an exact name beats every
/// other fit.
fn score_name(named: &Named, a: &Acc, n: usize, query_key: &str) -> (u32, Option<MatchKind>) {
    let w = named.field.weight();
    if named.field.names_entry() && !query_key.is_empty() && *named.key == *query_key {
        return (w * 100 + EXACT_BONUS, Some(MatchKind::Exact));
    }
    let qualities = a.quality.iter().take(n).copied();
    let quality: u32 = qualities.clone().map(u32::from).sum();
    let base = quality * 100 / (10 * n as u32);
    let total = named.words.len().max(1) as u32;
    let cover = u32::from(a.covered).min(total) * 100 / total;
    // The loosest kind of word match that took part.
    let kind = qualities
        .filter(|&q| q > 0)
        .map(|q| match q {
            EXACT => MatchKind::AllWords,
            STEM => MatchKind::Stem,
            PREFIX => MatchKind::Prefix,
            _ => MatchKind::Typo,
        })
        .max();
    (w * (3 * base + cover) / 4, kind)
}
