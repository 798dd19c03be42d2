//! The readings the calculators take where the sources are open (docs/measures.md, "Readings"), those
//! that several measures share. A reading that only one measure takes lives in that measure's module;
//! each measure lists the readings that apply to it ([`super::Measure::readings`]).

use crate::engine::text::Text;

/// One reading: its id (`R1` … `R17`, as the findings and docs/measures.md cite it) and its text.
#[derive(Debug)]
pub struct Reading {
    pub id: &'static str,
    pub text: Text,
}

pub const R1: Reading = Reading {
    id: "R1",
    text: Text::new(
        "上限額のみが示され措置率の記載がない特別交付税の経費（協力隊①〜④、ワーホリ、起業人の受入560万円、アドバイザー、プロマネ、移住コーディネーター、定住自立圏の包括的財政措置）は、上限額まで全額（措置率1）として計算します。根拠は「上限額 年間５６０万円／人」と「上限額 年間１００万円（措置率０．５）」の対比です。最も弱いのはワーホリで、その書き方はお試しサテライトオフィス（0.5×財政力補正）と同じです。",
        "Lines where the source states a cap and no rate are covered in full up to the cap (rate 1), with a warning. The evidence is the contrast 「上限額 年間５６０万円／人」 next to 「上限額 年間１００万円（措置率０．５）」. The weakest case is the working holiday, worded like the trial satellite office, which does carry 0.5 × fiscal correction.",
    ),
};

pub const R2: Reading = Reading {
    id: "R2",
    text: Text::new(
        "1回の計算は1団体・1年度分です。期間の書かれていない上限（協力隊、ワーホリ、お試しSO、プロマネ650万円、定住自立圏、脱炭素100万円）も年度あたりの額と読みます。月数による按分はしません。",
        "One calculation is one applicant and one fiscal year. Caps stated without a period are read as amounts per fiscal year; amounts are never pro-rated by months.",
    ),
};

pub const R3: Reading = Reading {
    id: "R3",
    text: Text::new(
        "補助対象・対象経費に付いた「上限」は経費の上限（措置額の上限ではない）と読みます（分散型2,000万円、脱炭素100万円、ワーホリ、お試しSO、起業人100万円、過疎交付金の限度額）。プロ人材の「交付額…上限500千円」は措置額の上限です。",
        "A cap attached to the eligible cost caps the cost, not the covered amount. Where the source attaches it to the amount paid (professional talent: 500,000 yen per case), it caps the covered amount.",
    ),
};

pub const R6: Reading = Reading {
    id: "R6",
    text: Text::new(
        "端数処理は資料にありません。正確に計算し、各項目・各財源の額を最後に1回だけ円未満切り捨てます。端数は自団体の負担に残ります。",
        "The sources state no rounding. Amounts are exact and each line's amount of each kind is rounded down to a whole yen once; the remainder stays with the applicant.",
    ),
};

pub const R9: Reading = Reading {
    id: "R9",
    text: Text::new(
        "地方債の交付税措置（過疎債の「交付税措置」、地域活性化事業債の「交付税算入率」）は普通交付税として扱います。利率と償還期間は資料にないため、元金に対して計算します。地方債は借入れとして別に示します。",
        "The allocation-tax measure on a bond is filed as ordinary allocation tax and computed on the principal only (no interest or term in the source); the bond itself is shown as financing.",
    ),
};

pub const R16: Reading = Reading {
    id: "R16",
    text: Text::new(
        "財政力補正は資料に定義がないため、入力値（0以上の数、経費があるとき必須）を使います。0.5×財政力補正が1を超えるときは対象経費までとします。",
        "The fiscal correction is not defined by the source: it is an input (any number ≥ 0, required when there is a cost). If 0.5 × it exceeds 1, coverage is limited to the eligible cost.",
    ),
};
