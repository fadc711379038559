//! Typos: how many a word may have, and whether two words are within
//! them (a cheap character-set test first, then the bounded edit distance).

use super::text::{MAX_WORD, TYPO_BUDGETS, is_number};

/// Typos allowed for a word of this many characters.
pub(crate) fn typo_budget(word: &str, len: usize) -> usize {
    if is_number(word) {
        return 0;
    }
    TYPO_BUDGETS
        .iter()
        .find(|&&(from, _)| len >= from)
        .map_or(0, |&(_, typos)| typos)
}

/// The characters of a word as a bit set: one bit per letter a to z, the
/// other characters folded onto the remaining six bits. One edit (a
/// substitution, insertion or deletion; a transposition changes nothing)
/// flips at most two bits, so two words `d` edits apart differ in at most
/// `2 * d` bits: a test that rules out most words before
/// [`distance_within`] computes anything.
pub(crate) fn char_set(chars: &[char]) -> u32 {
    chars.iter().fold(0, |set, &c| {
        let bit = if c.is_ascii_lowercase() {
            u32::from(c) - u32::from('a')
        } else {
            26 + u32::from(c) % 6
        };
        set | (1 << bit)
    })
}

/// Optimal-string-alignment distance between `a` and `b` if it is at most
/// `max`, on characters, without allocating.
pub(crate) fn distance_within(a: &[char], b: &[char], max: usize) -> Option<usize> {
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > max || n > MAX_WORD || m > MAX_WORD {
        return None;
    }
    // Three rolling rows of the edit-distance table.
    let mut prev2 = [0usize; MAX_WORD + 1];
    let mut prev = [0usize; MAX_WORD + 1];
    let mut cur = [0usize; MAX_WORD + 1];
    for (j, slot) in prev.iter_mut().enumerate().take(m + 1) {
        *slot = j;
    }
    for i in 1..=n {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        prev2 = prev;
        prev = cur;
    }
    let d = prev[m];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_are_bounded_and_count_transpositions() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(
            distance_within(&c("kyphoplatsy"), &c("kyphoplasty"), 1),
            Some(1)
        );
        assert_eq!(distance_within(&c("lutetum"), &c("lutetium"), 1), Some(1));
        assert_eq!(distance_within(&c("abc"), &c("xyz"), 2), None);
        assert_eq!(distance_within(&c("same"), &c("same"), 0), Some(0));
    }

    #[test]
    fn words_within_d_edits_differ_in_at_most_2d_characters() {
        // Every pair of words up to 4 characters over an alphabet with a
        // folded character ('1' and '7' share a bit).
        let alphabet = ['a', 'b', 'z', '1', '7'];
        let mut all: Vec<Vec<char>> = vec![Vec::new()];
        let mut last: Vec<Vec<char>> = vec![Vec::new()];
        for _ in 0..4 {
            last = last
                .iter()
                .flat_map(|w| {
                    alphabet.iter().map(move |&c| {
                        let mut w = w.clone();
                        w.push(c);
                        w
                    })
                })
                .collect();
            all.extend(last.iter().cloned());
        }
        for a in &all {
            for b in &all {
                if let Some(d) = distance_within(a, b, 2) {
                    let differ = (char_set(a) ^ char_set(b)).count_ones() as usize;
                    assert!(differ <= 2 * d, "{a:?} {b:?}");
                }
            }
        }
    }

    #[test]
    fn budgets_follow_word_length() {
        assert_eq!(typo_budget("ra", 2), 0);
        assert_eq!(typo_budget("abcd", 4), 0);
        assert_eq!(typo_budget("abcde", 5), 1);
        assert_eq!(typo_budget("abcdefghi", 9), 2);
        assert_eq!(typo_budget("12345", 5), 0);
    }
}
