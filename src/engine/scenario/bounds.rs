//! The bounds of a scenario's fields (docs/format.md, "Scenario"): the validator, the URL codec and
//! the page's inputs all use these.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

pub const MAX_PROJECTS: usize = 100;
pub const MAX_YEARS: u32 = 10;
pub const MAX_START_YEAR: u32 = 10;
pub const MAX_COST_OKU: Decimal = dec!(100000);
/// Not bounded by the contract (「decimal ≥ 0」); bounded here so that sums stay exact: ten times the
/// largest cost a project can have over its plan period.
pub const MAX_DONATION_OKU: Decimal = dec!(10000000);
pub const MAX_DECIMAL_PLACES: u32 = 8;
pub const MIN_FISCAL_YEAR: u32 = 2015;
pub const MAX_FISCAL_YEAR: u32 = 2050;
pub const MAX_NAME_CHARS: usize = 100;
