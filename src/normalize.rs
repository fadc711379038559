//! The forgiving form of a name: letters and digits only, lower-cased.
//!
//! "Sr-89", "SR 89" and "sr89" all become `sr89`.

/// Longest normalised key the lookup index accepts, in bytes. A query whose
/// normalised form is longer cannot match any name and is a miss.
pub(crate) const MAX_KEY: usize = 256;

fn chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

/// The normalised form, allocated (used when building indexes and errors).
pub(crate) fn normalized(s: &str) -> String {
    chars(s).collect()
}

/// The normalised form written into `buf`, without allocating; `None` when
/// it does not fit.
pub(crate) fn normalize_into<'b>(s: &str, buf: &'b mut [u8; MAX_KEY]) -> Option<&'b str> {
    if s.is_ascii() {
        // Fast path: one byte per character, no case tables.
        let mut len = 0;
        for b in s.bytes().filter(u8::is_ascii_alphanumeric) {
            *buf.get_mut(len)? = b.to_ascii_lowercase();
            len += 1;
        }
        return std::str::from_utf8(buf.get(..len)?).ok();
    }
    let mut len = 0;
    for c in chars(s) {
        let n = c.len_utf8();
        let slot = buf.get_mut(len..len + n)?;
        c.encode_utf8(slot);
        len += n;
    }
    std::str::from_utf8(buf.get(..len)?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_agree() {
        let mut buf = [0; MAX_KEY];
        for s in [
            "Sr-89",
            "177Lu-PSMA-617",
            "  Radiofrequency  Ablation ",
            "İstanbul",
            "",
        ] {
            assert_eq!(
                normalize_into(s, &mut buf).map(str::to_owned),
                Some(normalized(s))
            );
        }
    }

    #[test]
    fn too_long_is_none() {
        let mut buf = [0; MAX_KEY];
        assert_eq!(normalize_into(&"a".repeat(MAX_KEY + 1), &mut buf), None);
        assert!(normalize_into(&"a".repeat(MAX_KEY), &mut buf).is_some());
    }
}
