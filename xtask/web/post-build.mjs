// Trunk post_build hook (Trunk.toml) — finishes a build in TRUNK_STAGING_DIR (or the directory given
// as the first argument):
//
//   1. the API build: api/kofukin-api.js + api/kofukin-api_bg.wasm → api/kofukin.js + api/kofukin_bg.wasm
//      (the JS API, docs/format.md; the wasm file name inside the JS is patched to match); the builds
//      of the simulator's lower part and of the other views: kofukin-below.js + _bg.wasm →
//      kofukin-below-<hash>.js + _bg.wasm, and the same for kofukin-views;
//   2. boot-<hash>.js from assets/boot.js with the hashed names of the three app builds' JS and wasm written in, and
//      index.html's <script src="boot.js"> pointed at it (Trunk's inline loader is off for the CSP);
//   3. one stylesheet: Trunk's one file per style/*.css, joined in index.html's order into
//      app-<hash>.css (one request instead of fourteen before the first paint on a slow network);
//   4. the simulator pre-rendered into index.html (prerender.mjs; only when run by Trunk);
//   5. pre-<hash>.js from assets/pre.js with the starter plan's query from step 4, the first script of
//      <head> (it decides before the first paint whether the pre-rendered page fits the link); then
//      the page's own scripts minified (terser; only when run by Trunk);
//   6. sw.js from assets/sw.js with the exact list of the build's files and a version string (a hash of
//      their names and contents);
//   7. the example host pages (examples/: embed and JS API) copied to examples/, where they find the
//      app at ../ and the API at ../api/ (not precached: they are for the host, not the app).
//
// It can run again on a finished dist/ (idempotent): the update test changes a file of a copy of
// dist/ and calls postBuild(copy) to get the sw.js a second build would have (the copy keeps its
// pre-rendered page and its pre.js).

import { createHash } from "node:crypto";
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { prerender } from "./prerender.mjs";

// terser, from the browser tests' npm packages (installed by `cargo xtask setup` before any build).
const require = createRequire(new URL("../../tests/e2e/package.json", import.meta.url));

const ASSETS = fileURLToPath(new URL("../../assets/", import.meta.url));
const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
const APP = "kofukin-web";
const API_BIN = "kofukin-api";
const API_NAME = "kofukin";
const VIEWS = "kofukin-views";
const BELOW = "kofukin-below";

/** Files never listed in the service worker's precache. */
const NOT_PRECACHED = [/^sw\.js$/, /^_headers$/, /^api\//, /^examples\//, /\.d\.ts$/];

const sha = (data) => createHash("sha256").update(data).digest("hex");

/** All files under `dir`, as sorted paths relative to it with `/` separators. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

function moveApi(dir) {
  const from = join(dir, "api", `${API_BIN}.js`);
  if (!existsSync(from)) {
    if (existsSync(join(dir, "api", `${API_NAME}.js`))) return; // already done
    throw new Error(`post-build: ${from} is missing (is the kofukin-api <link> in index.html?)`);
  }
  const js = readFileSync(from, "utf8");
  if (!js.includes(`${API_BIN}_bg.wasm`)) throw new Error(`post-build: ${API_BIN}_bg.wasm not named in ${from}`);
  writeFileSync(join(dir, "api", `${API_NAME}.js`), js.replaceAll(`${API_BIN}_bg.wasm`, `${API_NAME}_bg.wasm`));
  rmSync(from);
  renameSync(join(dir, "api", `${API_BIN}_bg.wasm`), join(dir, "api", `${API_NAME}_bg.wasm`));
}

/** A build Trunk writes unhashed (a "worker" build: the simulator's lower part, the other views):
 *  <bin>.js + <bin>_bg.wasm → <bin>-<hash>.js + <bin>-<hash>_bg.wasm, so that a new version is a new URL. */
function hashBuild(dir, bin) {
  const js = join(dir, `${bin}.js`);
  if (!existsSync(js)) {
    if (listFiles(dir).some((f) => new RegExp(`^${bin}-[0-9a-f]+\\.js$`).test(f))) return; // already done
    throw new Error(`post-build: ${js} is missing (is the ${bin} <link> in index.html?)`);
  }
  const wasm = readFileSync(join(dir, `${bin}_bg.wasm`));
  const name = `${bin}-${sha(wasm).slice(0, 16)}`;
  const text = readFileSync(js, "utf8");
  if (!text.includes(`${bin}_bg.wasm`)) throw new Error(`post-build: ${bin}_bg.wasm not named in ${js}`);
  writeFileSync(join(dir, `${name}.js`), text.replaceAll(`${bin}_bg.wasm`, `${name}_bg.wasm`));
  renameSync(join(dir, `${bin}_bg.wasm`), join(dir, `${name}_bg.wasm`));
  rmSync(js);
}

/** The one hashed JS and wasm of `bin` in `files`. */
function hashedNames(dir, files, bin) {
  const js = files.filter((f) => new RegExp(`^${bin}-[0-9a-f]+\\.js$`).test(f));
  const wasm = files.filter((f) => new RegExp(`^${bin}-[0-9a-f]+_bg\\.wasm$`).test(f));
  if (js.length !== 1 || wasm.length !== 1) {
    throw new Error(`post-build: expected one ${bin}-<hash>.js and one _bg.wasm in ${dir}, found ${js} / ${wasm}`);
  }
  return { js: js[0], wasm: wasm[0] };
}

function writeBoot(dir, files) {
  const app = hashedNames(dir, files, APP);
  const below = hashedNames(dir, files, BELOW);
  const views = hashedNames(dir, files, VIEWS);
  const boot = readFileSync(join(ASSETS, "boot.js"), "utf8")
    .replaceAll("__APP_JS__", app.js)
    .replaceAll("__APP_WASM__", app.wasm)
    .replaceAll("__BELOW_JS__", below.js)
    .replaceAll("__BELOW_WASM__", below.wasm)
    .replaceAll("__VIEWS_JS__", views.js)
    .replaceAll("__VIEWS_WASM__", views.wasm);
  const name = `boot-${sha(boot).slice(0, 16)}.js`;
  for (const f of files) if (/^boot-[0-9a-f]+\.js$/.test(f) && f !== name) rmSync(join(dir, f));
  writeFileSync(join(dir, name), boot);
  const indexPath = join(dir, "index.html");
  const html = readFileSync(indexPath, "utf8");
  // Quoted as written, or unquoted once Trunk has minified the HTML of a release build.
  const pattern = /src=(["']?)(\.\/)?boot(-[0-9a-f]+)?\.js\1(?=[\s>])/g;
  if (!pattern.test(html)) throw new Error("post-build: index.html has no <script src=\"boot.js\">");
  const cleaned = html
    .replace(pattern, `src="${name}"`)
    // With inject_scripts = false Trunk leaves the rust <link data-trunk> tags in place: drop them.
    .replace(/[ \t]*<link data-trunk\b[^>]*>[ \t]*\n?/g, "")
    .replace(/<link\b[^>]*\brel=["']?rust\b[^>]*>/g, "")
    .replace(/^[ \t]*\n/gm, "");
  writeFileSync(indexPath, cleaned);
}

/** A stylesheet's tag as Trunk writes it (attributes in any order, quoted or not once minified). */
const CSS_TAG = /<link\b[^>]*\bhref=["']?(?:\.\/)?([\w.-]+\.css)["']?[^>]*>/g;

function bundleCss(dir) {
  const indexPath = join(dir, "index.html");
  const html = readFileSync(indexPath, "utf8");
  const tags = [...html.matchAll(CSS_TAG)].filter((m) => /\brel=["']?stylesheet\b/.test(m[0]));
  if (tags.length === 0) throw new Error("post-build: index.html links no stylesheet");
  if (tags.length === 1 && /^app-[0-9a-f]+\.css$/.test(tags[0][1])) return; // already one
  const css = tags.map((m) => `/* ${m[1].replace(/-[0-9a-f]+\.css$/, ".css")} */\n${readFileSync(join(dir, m[1]), "utf8").trim()}\n`).join("");
  const name = `app-${sha(css).slice(0, 16)}.css`;
  writeFileSync(join(dir, name), css);
  for (const m of tags) if (m[1] !== name) rmSync(join(dir, m[1]));
  let first = true;
  const out = html.replace(CSS_TAG, (tag) => {
    if (!/\brel=["']?stylesheet\b/.test(tag)) return tag;
    const keep = first;
    first = false;
    return keep ? `<link rel="stylesheet" href="./${name}">` : "";
  });
  writeFileSync(indexPath, out);
}

/** pre-<hash>.js, with the query of the pre-rendered starter plan written in. */
function writePre(dir, files, starterQuery) {
  const pre = readFileSync(join(ASSETS, "pre.js"), "utf8").replace("__STARTER_QUERY__", starterQuery.replace(/["\\<]/g, ""));
  const name = `pre-${sha(pre).slice(0, 16)}.js`;
  for (const f of files) if (/^pre-[0-9a-f]+\.js$/.test(f) && f !== name) rmSync(join(dir, f));
  writeFileSync(join(dir, name), pre);
  const indexPath = join(dir, "index.html");
  const html = readFileSync(indexPath, "utf8").replace(/<script src="pre-[0-9a-f]+\.js"><\/script>/g, "");
  const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i;
  if (!charset.test(html)) throw new Error("post-build: index.html has no <meta charset>");
  writeFileSync(indexPath, html.replace(charset, (m) => `${m}<script src="${name}"></script>`));
}

function writeWorker(dir) {
  const files = listFiles(dir).filter((f) => !NOT_PRECACHED.some((re) => re.test(f)));
  const h = createHash("sha256");
  for (const f of files) h.update(f).update("\0").update(readFileSync(join(dir, f))).update("\0");
  const version = h.digest("hex").slice(0, 16);
  const sw = readFileSync(join(ASSETS, "sw.js"), "utf8")
    .replace("__VERSION__", version)
    .replace("__FILES__", JSON.stringify(files, null, 2));
  writeFileSync(join(dir, "sw.js"), sw);
  return { version, files };
}

/** Copies the example host pages into `dir`/examples/ (replacing an earlier copy). */
function copyExamples(dir) {
  const to = join(dir, "examples");
  rmSync(to, { recursive: true, force: true });
  cpSync(EXAMPLES, to, { recursive: true });
}

function beforePrerender(dir) {
  copyExamples(dir);
  moveApi(dir);
  hashBuild(dir, BELOW);
  hashBuild(dir, VIEWS);
  writeBoot(dir, listFiles(dir));
  bundleCss(dir);
}

/** Every step but the pre-rendering (and so pre.js, which carries its result) on a finished `dir`;
 *  returns the service worker's version and file list. */
export function postBuild(dir) {
  beforePrerender(dir);
  return writeWorker(dir);
}

/** The page's own scripts, minified in place (Trunk's minifier stops at `export default` and leaves
 *  them whole): boot.js and pre.js (their comments are most of their bytes) and the three app builds'
 *  JS glue. Names and contents stay one-to-one, so the names need no new hash. Not the JS API's
 *  glue, which pages that import it may read. */
async function minifyScripts(dir) {
  const { minify } = require("terser");
  const scripts = listFiles(dir).filter((f) => /^(boot|pre|kofukin-(web|below|views))-[0-9a-f]+\.js$/.test(f));
  for (const f of scripts) {
    const path = join(dir, f);
    const module = !f.startsWith("pre-"); // pre.js is a classic script
    const out = await minify(readFileSync(path, "utf8"), { module, compress: true, mangle: true, format: { comments: false } });
    if (!out.code) throw new Error(`post-build: could not minify ${f}`);
    writeFileSync(path, out.code);
  }
}

/** Every step, the pre-rendering and the minifying included (Trunk's hook). */
export async function postBuildWithPrerender(dir) {
  beforePrerender(dir);
  const { size, query } = await prerender(dir);
  writePre(dir, listFiles(dir), query);
  await minifyScripts(dir);
  return { ...writeWorker(dir), prerendered: size };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error("usage: node xtask/web/post-build.mjs <dir>  (Trunk sets TRUNK_STAGING_DIR)");
    process.exit(2);
  }
  const { version, files, prerendered } = await postBuildWithPrerender(dir);
  console.log(`post-build: sw.js version ${version}, ${files.length} files precached; api/kofukin.js ready; simulator pre-rendered (${prerendered} characters)`);
}
