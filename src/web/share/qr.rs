//! The QR code of a link as one SVG path: pure, so it is tested natively.

use qrcode::{Color, EcLevel, QrCode};

/// White modules around the code, as the QR standard asks for (the quiet zone).
pub const QUIET: usize = 4;

/// A QR code ready for an `<svg viewBox="0 0 side side">`: `d` draws the dark modules.
#[derive(Clone, Debug, PartialEq)]
pub struct QrPath {
    /// Modules per side, the quiet zone included.
    pub side: usize,
    pub d: String,
}

/// The QR code of `text` (error correction level M), or `None` when the text is too long for one.
pub fn qr_path(text: &str) -> Option<QrPath> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut d = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
                d.push_str(&format!("M{} {}h{run}v1h-{run}z", x + QUIET, y + QUIET));
                x += run;
            } else {
                x += 1;
            }
        }
    }
    Some(QrPath { side: width + 2 * QUIET, d })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_path_of_dark_runs_inside_the_quiet_zone() {
        let qr = qr_path("http://127.0.0.1:8080/?v=1&m=city&p=soft,1.5,3").expect("a short link fits");
        // Version 3 (29 modules) or so, plus 4 modules of quiet zone on each side.
        assert!(qr.side >= 21 + 2 * QUIET && qr.side <= 40 + 2 * QUIET, "side {}", qr.side);
        assert!(qr.d.starts_with("M4 4h7v1h-7z"), "the top-left finder pattern first: {}", &qr.d[..20]);
    }

    #[test]
    fn a_text_too_long_for_any_qr_code_gives_none() {
        assert_eq!(qr_path(&"x".repeat(3000)), None);
    }
}
