//! Numbers for people: thousands grouping (the engine's, in one place), 億円 rounded to 0.01 (display
//! only; the exact value stays in `data-value` and the title), typed values as shown in their fields.

pub use kofukin::engine::money::fmt_yen as grouped_int;
use rust_decimal::{Decimal, RoundingStrategy};

/// "1234.5" → "1,234.50"; rounded half away from zero to 2 places.
pub fn grouped_2dp(d: Decimal) -> String {
    let r = d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let neg = r.is_sign_negative() && !r.is_zero();
    let text = format!("{:.2}", r.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, "00"));
    let grouped = int.parse::<u128>().map(grouped_int).unwrap_or_else(|_| int.to_string());
    format!("{}{grouped}.{frac}", if neg { "-" } else { "" })
}

/// Like [`grouped_2dp`] with an explicit sign for differences: "+1.50", "-0.25", "0.00".
pub fn signed_2dp(d: Decimal) -> String {
    let s = grouped_2dp(d);
    if s.starts_with('-') || s == "0.00" {
        s.replacen('-', "−", 1)
    } else {
        format!("+{s}")
    }
}

/// A slider or typed value shown in its field: canonical, no trailing zeros.
pub fn plain(d: Decimal) -> String {
    d.normalize().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn amounts_round_to_hundredths_with_separators() {
        assert_eq!(grouped_2dp(dec!(12.345)), "12.35");
        assert_eq!(grouped_2dp(dec!(0.66666666)), "0.67");
        assert_eq!(grouped_2dp(dec!(1234567.891)), "1,234,567.89");
        assert_eq!(grouped_2dp(dec!(100)), "100.00");
        assert_eq!(grouped_2dp(dec!(0)), "0.00");
        assert_eq!(grouped_2dp(dec!(-1000.004)), "-1,000.00");
        assert_eq!(grouped_int(15_500_000u64), "15,500,000");
        assert_eq!(grouped_int(999u64), "999");
    }

    #[test]
    fn differences_carry_a_sign() {
        assert_eq!(signed_2dp(dec!(2.5)), "+2.50");
        assert_eq!(signed_2dp(dec!(-2.5)), "−2.50");
        assert_eq!(signed_2dp(dec!(0)), "0.00");
        assert_eq!(signed_2dp(dec!(-0.001)), "0.00");
    }
}
