//! Numbers as a person types them.

/// Normalises a number typed by a person before it is parsed: full-width digits and
/// signs become ASCII, thousands separators (「,」「，」) and spaces go, and a trailing unit (億円, 円) is
/// dropped. 「３．５」 → "3.5", 「10,000,000」 → "10000000".
pub fn normalize_typed_number(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.trim().chars() {
        let c = match ch {
            '０'..='９' => char::from_u32(u32::from(ch) - u32::from('０') + u32::from('0')).unwrap_or(ch),
            '．' | '。' => '.',
            '－' | 'ー' | '−' | '‐' => '-',
            ',' | '，' | '、' | ' ' | '\u{3000}' | '_' => continue,
            other => other,
        };
        out.push(c);
    }
    for unit in ["億円", "円", "億"] {
        if let Some(stripped) = out.strip_suffix(unit) {
            return stripped.to_string();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_numbers_are_normalised() {
        assert_eq!(normalize_typed_number("３．５"), "3.5");
        assert_eq!(normalize_typed_number("10,000,000"), "10000000");
        assert_eq!(normalize_typed_number(" 12億円 "), "12");
    }
}
