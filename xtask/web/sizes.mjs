// Prints the first-load sizes of a built dist/ (see README): the HTML, CSS, JS and wasm that
// the page fetches before its first render (index.html, its stylesheets, boot-*.js and what it imports,
// the app's wasm), each raw, gzip -9 and brotli (quality 11), with Node's zlib. The service worker's
// precache, the icons and the API build are not counted; the API build is printed separately.
//
//   node xtask/web/sizes.mjs dist
import { readFileSync, readdirSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The first-load budget of the simulator view, gzip (a full Leptos app with this engine under 150 KB
 * was shown not to be realistic; 300 KB is the budget the page is held to). */
const BUDGET_GZIP = 300 * 1024;
const dir = process.argv[2] ?? "dist";

const measure = (file) => {
  const data = readFileSync(join(dir, file));
  return {
    file,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
};

/** index.html's stylesheets and scripts, then every JS file's static imports and `new URL(…)` assets. */
/** The build of the views other than the simulator: fetched only when one of them is opened. */
const OTHER_VIEWS = /^kofukin-views-[0-9a-f]+(_bg\.wasm|\.js)$/;
/** The build of the simulator page's lower part: fetched when it nears the screen or one of its controls is used. */
const BELOW = /^kofukin-below-[0-9a-f]+(_bg\.wasm|\.js)$/;

export function firstLoadFiles(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const files = ["index.html"];
  const queue = [];
  const add = (f) => {
    const clean = posix.normalize(f.replace(/^\.\//, "")).split(/[?#]/)[0];
    if (OTHER_VIEWS.test(clean)) return null; // fetched only when another view is opened
    if (BELOW.test(clean)) return null; // fetched when it nears the screen or is used
    if (files.includes(clean)) return null;
    files.push(clean);
    return clean;
  };
  const follow = (f) => {
    const added = add(f);
    if (added) queue.push(added);
  };
  // Attribute values are quoted in the source and may be unquoted once a release build minified it.
  const attr = (tag, name) => tag.match(new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`))?.slice(1).find((v) => v !== undefined);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const href = attr(m[0], "href");
    if (attr(m[0], "rel") === "stylesheet" && href) add(href);
  }
  for (const m of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attr(m[0], "src");
    if (src) follow(src);
  }
  while (queue.length) {
    const js = queue.shift();
    const text = readFileSync(join(dist, js), "utf8");
    const base = posix.dirname(js);
    for (const m of text.matchAll(/(?:import|export)\s[^;]*?from\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      follow(posix.join(base, m[1]));
    }
    // boot.js imports the app's module once the page is painted: still before the first render.
    for (const m of text.matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) {
      follow(posix.join(base, m[1]));
    }
    for (const m of text.matchAll(/new URL\(\s*["'](\.{1,2}\/[^"']+)["']\s*,\s*import\.meta\.url/g)) {
      add(posix.join(base, m[1]));
    }
  }
  return files;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const table = (title, rows) => {
  console.log(`${title}`);
  for (const r of rows) {
    console.log(`  ${r.file.padEnd(48)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(10)} gzip ${kb(r.brotli).padStart(10)} brotli`);
  }
  const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
  const total = { raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli") };
  console.log(`  ${"total".padEnd(48)} ${kb(total.raw).padStart(10)} raw ${kb(total.gzip).padStart(10)} gzip ${kb(total.brotli).padStart(10)} brotli`);
  return total;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const first = table("first load (before first render):", firstLoadFiles(dir).map(measure));
  const verdict = first.gzip <= BUDGET_GZIP ? "within" : "OVER";
  console.log(`  budget ${kb(BUDGET_GZIP)} gzip: ${verdict} budget`);
  const below = readdirSync(dir).filter((f) => BELOW.test(f)).sort();
  if (below.length) {
    table("the simulator page's lower part (共有, 改善のヒント, 事業の編集, 保存した試算, 根拠・前提): fetched when it nears the screen or one of its controls is used:", below.map(measure));
  }
  const others = readdirSync(dir).filter((f) => OTHER_VIEWS.test(f)).sort();
  if (others.length) {
    table("other views (財源ナビ, 企業版ふるさと納税, 計算のしかた, 比較, アクセシビリティ): fetched instead of the simulator's build when one of them is opened:", others.map(measure));
  }
  table("JS API build (api/, loaded only by pages that import it):", ["api/kofukin.js", "api/kofukin_bg.wasm"].map(measure));
}
