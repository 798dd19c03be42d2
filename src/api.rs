//! The UI-less JavaScript API (docs/format.md, "JavaScript API"), published as `api/kofukin.js` + `api/kofukin_bg.wasm`.
//!
//! ```js
//! import init, { simulate, hints, donation, measure, measures, sources, version } from "./api/kofukin.js";
//! await init();
//! const result = simulate({ version: 1, municipality: "municipality", projects: [{ kind: "soft", annual_cost_oku: "3.5", years: 3 }] });
//! ```
//!
//! A build of its own, without Leptos, so that a page that only computes does not load the app
//! (Trunk: `<link data-trunk rel="rust" data-bin="kofukin-api" data-type="worker" …>`; the
//! post_build hook renames the output). Every input goes through the same validator as the CLI: the
//! JS value is turned into JSON text (`JSON.stringify`) and parsed by `from_json_str`, so a JS caller
//! gets exactly the CLI's error message. Results are plain JSON-compatible objects (`null`, not
//! `undefined`; objects, not `Map`s).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kofukin-api is the JavaScript API: build it with `trunk build` (see README.md)");
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(target_arch = "wasm32")]
mod js {
    use kofukin::engine::donation::{donation as compute_donation, DonationInput};
    use kofukin::engine::scenario::{InputError, Scenario};
    use serde::Serialize;
    use wasm_bindgen::prelude::*;

    /// The most the API reads for one input, as the CLI: 10 MB of JSON text.
    const MAX_INPUT_BYTES: u32 = 10 * 1024 * 1024;

    fn error(e: &InputError) -> JsError {
        JsError::new(&e.to_string())
    }

    /// The input as JSON text, as the CLI would read it from a file (at most 10 MB).
    fn json_text(input: &JsValue) -> Result<String, JsError> {
        if input.is_undefined() {
            return Err(error(&InputError::single("", "入力がありません", "no input was given")));
        }
        let not_json = || {
            error(&InputError::single(
                "",
                "入力を JSON に変換できません（関数、BigInt、循環参照は使えません）",
                "the input cannot be converted to JSON (functions, BigInt and cycles are not allowed)",
            ))
        };
        // `undefined` (not an error) for a function or a symbol.
        let text = js_sys::JSON::stringify(input).ok().filter(|t| t.is_string()).ok_or_else(not_json)?;
        // Counted in UTF-16 units before the copy into wasm memory, then in bytes.
        let too_large = || {
            error(&InputError::single(
                "",
                "入力が大きすぎます（1 シナリオ 10 MB まで）",
                "the input is too large (at most 10 MB per scenario)",
            ))
        };
        if text.length() > MAX_INPUT_BYTES {
            return Err(too_large());
        }
        let text = text.as_string().ok_or_else(not_json)?;
        if text.len() > MAX_INPUT_BYTES as usize {
            return Err(too_large());
        }
        Ok(text)
    }

    /// A plain JS object with the same fields as the CLI's JSON.
    fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
        value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
    }

    /// The value as JSON text in wasm, then one `JSON.parse` in JS: for a result of tens of
    /// kilobytes this is several times faster than building the object field by field across the
    /// wasm boundary (serde-wasm-bindgen), and gives the same object.
    fn via_json<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
        let text = serde_json::to_string(value).map_err(|e| JsError::new(&e.to_string()))?;
        js_sys::JSON::parse(&text).map_err(|_| JsError::new("JSON.parse failed"))
    }

    /// `simulate(scenario)`: the result JSON for a scenario (docs/format.md).
    #[wasm_bindgen]
    pub fn simulate(input: JsValue) -> Result<JsValue, JsError> {
        let scenario = Scenario::from_json_str(&json_text(&input)?).map_err(|e| error(&e))?;
        via_json(&kofukin::engine::simulate(&scenario))
    }

    /// `hints(scenario)`: 改善のヒント, at most 5 rearrangements that raise the 2.0 national share
    /// (docs/format.md, "Suggestions"); the same validator and errors as `simulate`.
    #[wasm_bindgen]
    pub fn hints(input: JsValue) -> Result<JsValue, JsError> {
        let scenario = Scenario::from_json_str(&json_text(&input)?).map_err(|e| error(&e))?;
        to_js(&kofukin::engine::hints::hints(&scenario))
    }

    /// `donation(input)`: the 企業版ふるさと納税 result (docs/format.md).
    #[wasm_bindgen]
    pub fn donation(input: JsValue) -> Result<JsValue, JsError> {
        let (input, unknown) = DonationInput::from_json_str(&json_text(&input)?).map_err(|e| error(&e))?;
        to_js(&compute_donation(&input, &unknown))
    }

    #[derive(Serialize)]
    struct Version {
        app: &'static str,
        contract: u32,
        rules_as_of: RulesAsOf,
    }

    #[derive(Serialize)]
    struct RulesAsOf {
        gen1: &'static str,
        gen2: &'static str,
    }

    /// `version()`: `{ app, contract: 1, rules_as_of: { gen1, gen2 } }`.
    #[wasm_bindgen]
    pub fn version() -> Result<JsValue, JsError> {
        use kofukin::engine::params::{GEN1_AS_OF, GEN2_AS_OF};
        to_js(&Version {
            app: env!("CARGO_PKG_VERSION"),
            contract: 1,
            rules_as_of: RulesAsOf { gen1: GEN1_AS_OF, gen2: GEN2_AS_OF },
        })
    }

    /// `measure(id, input)`: one measure of 財源ナビ (docs/format.md); an unknown id throws like invalid input.
    ///
    /// Through JSON text and `JSON.parse`: a list input may add up to more than 2^53 yen, which
    /// serde-wasm-bindgen refuses to turn into a JS number; `JSON.parse` gives the nearest number, as
    /// any JSON reader of the CLI's output would.
    ///
    /// The id is taken as any JS value: one that is not a string is named by its JSON text (`123`)
    /// and judged like any unknown id, so a caller gets the validator's message with the known ids
    /// rather than a failure inside the wasm.
    #[wasm_bindgen]
    pub fn measure(id: JsValue, input: JsValue) -> Result<JsValue, JsError> {
        let id = id.as_string().unwrap_or_else(|| {
            js_sys::JSON::stringify(&id).ok().and_then(|s| s.as_string()).unwrap_or_else(|| format!("{id:?}"))
        });
        let value = kofukin::engine::scenario::parse_json_text(&json_text(&input)?)
            .and_then(|v| kofukin::engine::measures::compute(&id, &v))
            .map_err(|e| error(&e))?;
        via_json(&value)
    }

    /// `sources()`: every document the project cites (`kofukin sources --json`).
    #[wasm_bindgen]
    pub fn sources() -> Result<JsValue, JsError> {
        to_js(&kofukin::engine::sources::registry())
    }

    /// `measures()`: the list of measures with their input fields (`kofukin measures --json`).
    ///
    /// Through JSON text and `JSON.parse` rather than serde-wasm-bindgen: the field descriptions carry
    /// `serde_json::Value` defaults, which serde-wasm-bindgen cannot render as plain numbers while
    /// serde_json's `arbitrary_precision` feature is on.
    #[wasm_bindgen]
    pub fn measures() -> Result<JsValue, JsError> {
        let text =
            serde_json::to_string(&kofukin::engine::measures::list()).map_err(|e| JsError::new(&e.to_string()))?;
        js_sys::JSON::parse(&text).map_err(|_| JsError::new("measures: JSON.parse failed"))
    }
}
