//! What a value or a finding rests on: a source document, a public document, our reading of the
//! sources, or a modelling choice. Parameters, findings and the 前提 panel all name it.

use crate::engine::text::Text;
use serde::{Deserialize, Serialize};

/// What a value or finding rests on (the `basis` of the result JSON, docs/format.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Quoted from one of the source slides.
    Seed,
    /// Another public document, named in the source.
    Public,
    /// Our reading of the sources, listed in the 前提 panel.
    Inferred,
    /// A modelling choice no source dictates, listed in the 前提 panel.
    Assumption,
}

/// How the page names a value that no published source gives (docs/format.md, "Sources"), whatever
/// its basis.
pub const OPEN_LABEL: Text = Text::new("公表資料で確認できず", "Not confirmed in published sources");

/// The one-sentence legend of [`OPEN_LABEL`].
pub const OPEN_LEGEND: Text = Text::new(
    "公表資料でこの値を確認できませんでした。計算には使わず、結果は上振れの可能性がある試算として示します。",
    "This value could not be confirmed in any published source; it is not used, and the result is shown as an estimate that may be too high.",
);

impl Basis {
    /// The name a person reads: 資料に明記 (seed, public), 資料からの推定, 本ツールの前提.
    pub fn label(self) -> Text {
        match self {
            Basis::Seed | Basis::Public => Text::new("資料に明記", "Stated in the sources"),
            Basis::Inferred => Text::new("資料からの推定", "Inferred from the sources"),
            Basis::Assumption => Text::new("本ツールの前提", "Assumption of this tool"),
        }
    }

    /// One sentence on what the label means.
    pub fn legend(self) -> Text {
        match self {
            Basis::Seed | Basis::Public => Text::new(
                "出典の資料に、この値がそのまま書かれています。",
                "The cited document states this value as it is.",
            ),
            Basis::Inferred => Text::new(
                "資料に書かれたことから読み取った値です。読み方は前提の一覧に示しています。",
                "A value read from what the documents state; the reading is listed among the assumptions.",
            ),
            Basis::Assumption => Text::new(
                "資料に定めがないため、本ツールが置いた前提です。",
                "The documents settle nothing here, so this tool makes this modelling choice.",
            ),
        }
    }

    /// The serialised name (`seed`, `public`, `inferred`, `assumption`).
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Seed => "seed",
            Basis::Public => "public",
            Basis::Inferred => "inferred",
            Basis::Assumption => "assumption",
        }
    }
}
