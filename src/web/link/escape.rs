//! Percent-encoding of query keys and values (UTF-8), with the `percent-encoding` crate.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Everything except ASCII letters, digits and `-._~` is encoded (a project's name in a `p` value).
pub const NAME: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// As [`NAME`], but the separators of a `p` value (`,:/`) stay as they are.
pub const QUERY: &AsciiSet = &NAME.remove(b',').remove(b':').remove(b'/');

pub fn encode(s: &str, set: &'static AsciiSet) -> String {
    utf8_percent_encode(s, set).to_string()
}

/// Percent-decodes (and `+` → space when `plus` is set); invalid escapes are kept as they are and
/// invalid UTF-8 is replaced, never an error.
pub fn decode(s: &str, plus: bool) -> String {
    if plus {
        percent_decode_str(&s.replace('+', " ")).decode_utf8_lossy().into_owned()
    } else {
        percent_decode_str(s).decode_utf8_lossy().into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_only_unreserved_characters() {
        assert_eq!(
            encode("観光DX, 第2期 & 100%", NAME),
            "%E8%A6%B3%E5%85%89DX%2C%20%E7%AC%AC2%E6%9C%9F%20%26%20100%25"
        );
        assert_eq!(encode("a,b:c/d e", QUERY), "a,b:c/d%20e");
    }

    #[test]
    fn decoding_is_lenient() {
        assert_eq!(decode("a+b%2Bc", true), "a b+c");
        assert_eq!(decode("a+b", false), "a+b");
        assert_eq!(decode("%", true), "%");
        assert_eq!(decode("%zz%4", true), "%zz%4");
        assert_eq!(decode("%E3", true), "\u{FFFD}");
    }
}
