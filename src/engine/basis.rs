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

impl Basis {
    /// The name a person reads.
    pub fn label(self) -> Text {
        match self {
            Basis::Seed => Text::new("資料", "source document"),
            Basis::Public => Text::new("公表資料", "public document"),
            Basis::Inferred => Text::new("推定", "inferred"),
            Basis::Assumption => Text::new("前提", "assumption"),
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
