// Uses the JS API (docs/format.md) in five lines. Here the built site is one level up (../api/kofukin.js);
// from another origin, import it by its full URL (the host must send CORS headers for the two files,
// and this page's CSP needs script-src 'wasm-unsafe-eval').
import init, { simulate } from "../api/kofukin.js";
await init();
const result = simulate({ version: 1, municipality: "municipality", projects: [{ kind: "soft", annual_cost_oku: "3.5", years: 3 }] });
document.getElementById("gen2-total").textContent = result.rule_sets.gen2.total_national_oku;
document.getElementById("gen1-total").textContent = result.rule_sets.gen1.total_national_oku;

document.getElementById("result").textContent = JSON.stringify(result, null, 2);
document.documentElement.dataset.api = "ready"; // lets the browser tests know the example ran
