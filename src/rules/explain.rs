//! Messages of the engine's findings, rendered on demand.

use crate::rules::finding::Finding;

/// What a finding says, as data; turned into Japanese and English text only when shown.
#[derive(Clone, Debug, PartialEq)]
pub enum Explain {}

impl Explain {
    pub fn ja(&self, _f: &Finding) -> String {
        match *self {}
    }
    pub fn en(&self, _f: &Finding) -> String {
        match *self {}
    }
}
