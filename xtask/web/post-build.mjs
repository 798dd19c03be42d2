// Trunk post_build hook (Trunk.toml) — finishes a build in TRUNK_STAGING_DIR (or the directory given
// as the first argument):
//
//   1. the API build: api/kofukin-api.js + api/kofukin-api_bg.wasm → api/kofukin.js + api/kofukin_bg.wasm
//      (the JS API, docs/format.md; the wasm file name inside the JS is patched to match);
//   2. boot-<hash>.js from assets/boot.js with the hashed names of the app's JS and wasm written in, and
//      index.html's <script src="boot.js"> pointed at it (Trunk's inline loader is off for the CSP);
//   3. sw.js from assets/sw.js with the exact list of the build's files and a version string (a hash of
//      their names and contents);
//   4. the example host pages (examples/: embed and JS API) copied to examples/, where they find the
//      app at ../ and the API at ../api/ (not precached: they are for the host, not the app).
//
// It can run again on a finished dist/ (idempotent): the update test changes a file of a copy of
// dist/ and calls postBuild(copy) to get the sw.js a second build would have.

import { createHash } from "node:crypto";
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ASSETS = fileURLToPath(new URL("../../assets/", import.meta.url));
const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
const APP = "kofukin-web";
const API_BIN = "kofukin-api";
const API_NAME = "kofukin";

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

function writeBoot(dir, files) {
  const js = files.filter((f) => new RegExp(`^${APP}-[0-9a-f]+\\.js$`).test(f));
  const wasm = files.filter((f) => new RegExp(`^${APP}-[0-9a-f]+_bg\\.wasm$`).test(f));
  if (js.length !== 1 || wasm.length !== 1) {
    throw new Error(`post-build: expected one ${APP}-<hash>.js and one _bg.wasm in ${dir}, found ${js} / ${wasm}`);
  }
  const boot = readFileSync(join(ASSETS, "boot.js"), "utf8")
    .replaceAll("__APP_JS__", js[0])
    .replaceAll("__APP_WASM__", wasm[0]);
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
    .replace(/^[ \t]*\n/gm, "");
  writeFileSync(indexPath, cleaned);
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

/** Runs the four steps on `dir`; returns the service worker's version and file list. */
export function postBuild(dir) {
  copyExamples(dir);
  moveApi(dir);
  writeBoot(dir, listFiles(dir));
  return writeWorker(dir);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error("usage: node xtask/web/post-build.mjs <dir>  (Trunk sets TRUNK_STAGING_DIR)");
    process.exit(2);
  }
  const { version, files } = postBuild(dir);
  console.log(`post-build: sw.js version ${version}, ${files.length} files precached; api/kofukin.js ready`);
}
