//! What readers see is written for readers: statement text carries no
//! curators' working notes, and every record's plain-language summary reads
//! at about an 8th-grade level.

use io_pain_modalities::catalog;

/// Phrases of the curators' working log that belong in a source's
/// `verification`, `status` or `note`, never in statement text. Extend the
/// list when a review finds a new one.
const WORKING_NOTES: &[&str] = &[
    "stored page",
    "stored copy",
    "stored material",
    "stored excerpt",
    "stored abstract",
    "in stored",
    "mirror copy",
    "pubmed mirror",
    "database mirror",
    "audit wave",
    "second audit",
    "not retrieved",
    "retrieved here",
    "abstract seen",
    "seen here",
    "was not seen",
    "were not seen",
    "secondary copy",
    "this catalogue",
    "for this catalog",
    "in this catalog",
];

#[test]
fn statement_text_carries_no_working_notes() {
    let c = catalog();
    let mut found = Vec::new();
    let mut check = |place: String, text: &str| {
        let lower = text.to_lowercase();
        for phrase in WORKING_NOTES {
            if lower.contains(phrase) {
                found.push(format!("{place}: {phrase:?}"));
            }
        }
    };
    for s in c.statements() {
        check(s.location(), s.text);
    }
    for m in c {
        for x in &m.corrections {
            check(format!("{}/{} (claim)", m.id, x.id), &x.claim);
        }
    }
    for x in c.exclusions() {
        check(format!("exclusion {}", x.id), &x.reason);
    }
    assert!(
        found.is_empty(),
        "working notes in reader text:\n{}",
        found.join("\n")
    );
}

/// Syllables of an English word, by vowel groups: a silent final "e" does
/// not count, a word has at least one. The usual estimate behind readability
/// formulas; exact enough for a grade level.
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut groups = 0;
    let mut previous = false;
    for &c in &w {
        let v = vowel(c);
        if v && !previous {
            groups += 1;
        }
        previous = v;
    }
    let silent_e = w.ends_with(&['e']) && !w.ends_with(&['l', 'e']) && !w.ends_with(&['e', 'e']);
    if silent_e && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

/// The Flesch-Kincaid grade level of a text:
/// 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
fn flesch_kincaid_grade(text: &str) -> f64 {
    let sentences = text
        .split(['.', '!', '?'])
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .count()
        .max(1);
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let n = words.len().max(1) as f64;
    let syl: usize = words.iter().map(|w| syllables(w)).sum();
    0.39 * n / sentences as f64 + 11.8 * syl as f64 / n - 15.59
}

#[test]
fn syllables_and_grade_follow_the_formula() {
    assert_eq!(syllables("cat"), 1);
    assert_eq!(syllables("table"), 2);
    assert_eq!(syllables("injection"), 3);
    assert_eq!(syllables("make"), 1);
    assert_eq!(syllables("free"), 1);
    assert_eq!(syllables("radiotherapy"), 5);
    // One sentence of 8 one-syllable words: 0.39 * 8 + 11.8 - 15.59.
    let g = flesch_kincaid_grade("The cat sat on the mat with me.");
    assert!((g - (0.39 * 8.0 + 11.8 - 15.59)).abs() < 1e-9, "{g}");
    // Long words and long sentences read harder.
    assert!(
        flesch_kincaid_grade("Percutaneous vertebroplasty stabilises pathological fractures.")
            > flesch_kincaid_grade("A doctor puts glue in the bone.")
    );
}

/// Every record opens with a summary patients and nurses can read: at most
/// grade 9 on the Flesch-Kincaid scale (about 8th grade, with the allowance
/// the names of procedures need).
#[test]
fn every_record_has_a_plain_summary_at_about_8th_grade() {
    let mut problems = Vec::new();
    for m in catalog() {
        match &m.plain_summary {
            None => problems.push(format!("{}: no plain summary", m.id)),
            Some(p) => {
                let grade = flesch_kincaid_grade(&p.text);
                if grade > 9.0 {
                    problems.push(format!("{}: grade {grade:.1}", m.id));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
