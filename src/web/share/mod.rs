//! Sharing the current plan: 「リンクをコピー」 (the Clipboard API, with a visible fallback),
//! 「QRコードを表示」 (a QR code of the link drawn in the page) and 「画像で保存」 (a PNG of the
//! comparison summary drawn on a canvas).

pub mod qr;
pub mod texts;

browser_only! {
    mod bar;
    mod browser;
    mod image;
    pub use bar::ShareBar;
}
