// A tiny static HTTP server for the browser tests and `cargo xtask serve`.
//
//   import { startServer, CSP } from "./lib/server.mjs";
//   const server = await startServer({ dir: "../../dist", base: "/kofukin/" });
//   server.url            // "http://127.0.0.1:<random port>/kofukin/"
//   server.origin         // "http://127.0.0.1:<port>"
//   server.setDir(other)  // serve another directory from now on (the update test's second build)
//   server.mount("/examples/", dir)  // serve a second directory under a prefix (the example pages)
//   server.requests       // every request path seen, in order
//   await server.stop()   // closes the port (the offline test) — a later start may reuse `port`
//
// Options: `csp` replaces the CSP below (a host page of the cross-origin API test); `headers: false`
// ignores the served directory's `_headers` file, which is otherwise applied as Netlify/Cloudflare
// Pages would (paths relative to `base`), e.g. CORS on `api/*` — so the tests check that file too.
//
// Listens on 127.0.0.1 only (a random free port unless `port` is given). Serves `dir` at `base`
// ("/" or "/kofukin/"); `/kofukin` redirects to `/kofukin/` as a static host should; a directory
// serves its index.html. Every response carries the production Content-Security-Policy,
// correct MIME types (application/wasm, application/manifest+json, …) and `Cache-Control: no-cache`
// (so each test sees the files it serves). Unknown paths give 404. With `gzip: true` (the benchmarks,
// `cargo xtask serve`) text, JS and wasm go out gzip-compressed to a client that accepts it, as
// static hosts send them.
//
// Command line (used by `cargo xtask serve`):
//   node tests/e2e/lib/server.mjs --dir dist [--host 127.0.0.1] [--port 8080] [--base /kofukin/]
//                                 [--examples examples]   (served at <base>examples/)
import { createReadStream, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *";

export const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};

/** What a static host compresses (images are compressed already). */
const COMPRESSED = /^(text\/|application\/(wasm|json|manifest\+json))/;

/** Resolves `rel` inside `root`, or null when it would leave it. */
function inside(root, rel) {
  const path = resolve(root, "." + sep + normalize(decodeURIComponent(rel)));
  return path === root || path.startsWith(root + sep) ? path : null;
}

/** Parses a `_headers` file: [{ pattern, headers: [[name, value]] }]; `*` matches any rest of a path. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length) {
      const i = line.indexOf(":");
      if (i > 0) rules.at(-1).headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

const matches = (pattern, path) =>
  pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

export async function startServer({ dir, base = "/", host = "127.0.0.1", port = 0, quiet = true, csp = CSP, headers: useHeadersFile = true, gzip = false } = {}) {
  if (!base.startsWith("/") || !base.endsWith("/")) throw new Error(`base must start and end with "/": ${base}`);
  const mounts = [{ prefix: base, root: resolve(dir) }];
  const headerRules = () => {
    if (!useHeadersFile) return [];
    try {
      return parseHeadersFile(readFileSync(join(mounts[0].root, "_headers"), "utf8"));
    } catch {
      return [];
    }
  };
  const requests = [];

  const handler = (req, res) => {
    const url = new URL(req.url, "http://x");
    requests.push(url.pathname);
    if (!quiet) console.log(`${req.method} ${req.url}`);
    const headers = { "X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache" };
    if (url.pathname.startsWith(base)) {
      const sitePath = "/" + url.pathname.slice(base.length);
      for (const rule of headerRules()) {
        if (matches(rule.pattern, sitePath)) for (const [k, v] of rule.headers) headers[k] = v;
      }
    }
    headers["Content-Security-Policy"] = csp; // always the policy under test
    const send = (status, body, extra = {}) => {
      res.writeHead(status, { ...headers, "Content-Type": "text/plain; charset=utf-8", ...extra });
      res.end(body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed");
    // `/kofukin` → `/kofukin/` (and likewise for every mount).
    for (const m of mounts) {
      if (m.prefix !== "/" && url.pathname === m.prefix.slice(0, -1)) {
        return send(301, "", { Location: m.prefix + url.search });
      }
    }
    const mount = mounts
      .filter((m) => url.pathname.startsWith(m.prefix))
      .sort((a, b) => b.prefix.length - a.prefix.length)[0];
    if (!mount) return send(404, "not found");
    let path;
    try {
      path = inside(mount.root, url.pathname.slice(mount.prefix.length));
    } catch {
      path = null;
    }
    if (!path) return send(404, "not found");
    let stat;
    try {
      stat = statSync(path);
      if (stat.isDirectory()) {
        path = join(path, "index.html");
        stat = statSync(path);
      }
    } catch {
      return send(404, "not found");
    }
    const type = MIME[extname(path)] ?? "application/octet-stream";
    if (gzip && COMPRESSED.test(type) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      const body = gzipSync(readFileSync(path), { level: 9 });
      res.writeHead(200, { ...headers, "Content-Type": type, "Content-Encoding": "gzip", "Content-Length": body.length, Vary: "Accept-Encoding" });
      return res.end(req.method === "HEAD" ? undefined : body);
    }
    res.writeHead(200, { ...headers, "Content-Type": type, "Content-Length": stat.size });
    if (req.method === "HEAD") return res.end();
    createReadStream(path).pipe(res);
  };

  const server = createServer(handler);
  const sockets = new Set();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((ok, ko) => {
    server.once("error", ko);
    server.listen(port, host, ok);
  });
  const actualPort = server.address().port;
  const origin = `http://${host}:${actualPort}`;
  return {
    origin,
    port: actualPort,
    base,
    url: origin + base,
    requests,
    setDir(newDir) {
      mounts[0].root = resolve(newDir);
    },
    mount(prefix, mountDir) {
      mounts.push({ prefix, root: resolve(mountDir) });
    },
    stop() {
      for (const s of sockets) s.destroy();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const server = await startServer({
    dir: arg("dir", "dist"),
    host: arg("host", "127.0.0.1"),
    port: Number(arg("port", "8080")),
    base: arg("base", "/"),
    quiet: false,
    gzip: true,
  });
  const examples = arg("examples", null);
  if (examples) server.mount(`${server.base}examples/`, examples);
  console.log(`kofukin: ${server.url}  (Ctrl-C stops)`);
  if (examples) console.log(`examples: ${server.url}examples/embed.html, ${server.url}examples/api.html`);
}
