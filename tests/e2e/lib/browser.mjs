// Browser helpers for the tests in tests/e2e (node --test, playwright-core, Debian's Chromium).
//
//   import { launch, REPO, DIST, EXAMPLES } from "./lib/browser.mjs";
//   const b = await launch();                 // one headless Chromium per test file
//   const s = await b.session();              // a fresh context (empty profile: no cache, no worker)
//   const page = s.page;                      // its first page; s.newPage() for more
//   await page.goto(server.url);
//   await waitForApp(page);                   // boot.js finished: <html data-app="ready">
//   s.assertClean();                          // no console error, no page error, no CSP violation,
//                                             // no request outside 127.0.0.1 — since the session began
//   await s.screenshot("name");               // tests/e2e/artifacts/name.png (gitignored)
//   await s.close(); await b.close();
//
// What a session records (arrays on the session object, also printed by assertClean):
//   s.consoleErrors  console.error messages and uncaught page errors, from every page and frame
//   s.violations     `securitypolicyviolation` events (directive + blocked URI), from every frame
//   s.foreign        requests to any host other than 127.0.0.1 (pages, frames, service workers)
// The violation listener is installed with context.addInitScript, which Playwright runs through the
// DevTools protocol, so the page's CSP does not apply to it; axe-core is injected the same way
// (runAxe), never with a <script> tag.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root, its dist/ (built by `cargo xtask test`), examples/, and the worked examples. */
export const REPO = resolve(here, "../../..");
export const DIST = join(REPO, "dist");
export const EXAMPLES = join(REPO, "examples");
export const WORKED_EXAMPLES = join(REPO, "tests/examples");
export const ARTIFACTS = join(REPO, "tests/e2e/artifacts");

export const CHROMIUM = process.env.KOFUKIN_CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Is `url` a request that leaves the machine? (data:, blob:, about: and 127.0.0.1 do not.) */
export function isForeign(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!["http:", "https:", "ws:", "wss:"].includes(u.protocol)) return false;
  return u.hostname !== "127.0.0.1";
}

export async function launch() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    browser,
    session: (options) => session(browser, options),
    close: () => browser.close(),
  };
}

async function session(browser, { locale = "ja-JP", viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ locale, viewport, serviceWorkers: "allow" });
  waitForAppOnGoto(context);
  const s = {
    context,
    consoleErrors: [],
    violations: [],
    foreign: [],
    requests: [],
  };
  await context.exposeBinding("__kofukinCspViolation", (_source, v) => s.violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__kofukinCspViolation?.({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        source: e.sourceFile,
        line: e.lineNumber,
        page: location.href,
      });
    });
  });
  const onRequest = (req) => {
    s.requests.push(req.url());
    if (isForeign(req.url())) s.foreign.push(req.url());
  };
  context.on("request", onRequest);
  const watch = (page) => {
    page.on("console", (msg) => {
      if (msg.type() === "error") s.consoleErrors.push(`${msg.text()} (${msg.location()?.url ?? "?"})`);
    });
    page.on("pageerror", (err) => s.consoleErrors.push(`page error: ${err.message}`));
  };
  context.on("page", watch);
  context.on("serviceworker", (worker) => {
    if (isForeign(worker.url())) s.foreign.push(worker.url());
  });
  s.page = await context.newPage();
  s.newPage = () => context.newPage();
  s.assertClean = () => {
    const problems = [
      ...s.consoleErrors.map((e) => `console error: ${e}`),
      ...s.violations.map((v) => `CSP violation: ${JSON.stringify(v)}`),
      ...s.foreign.map((u) => `request outside 127.0.0.1: ${u}`),
    ];
    if (problems.length) throw new Error(`the session was not clean:\n  ${problems.join("\n  ")}`);
  };
  s.screenshot = async (name, page = s.page) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    return path;
  };
  s.close = () => context.close();
  return s;
}

/**
 * Makes `page.goto` return once the app has started (or failed to), as a user waits for it: the page
 * first shows the simulator pre-rendered at build time, inert and with the starter plan, so a test
 * reading or clicking before the app has mounted would meet that copy. Pages that are not the app's
 * (the example host pages) return at once.
 */
export function waitForAppOnGoto(context, { below = true } = {}) {
  const wrap = (page) => {
    const goto = page.goto.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await page
        .waitForFunction(
          () => !document.querySelector('script[src*="boot-"]') || ["ready", "failed"].includes(document.documentElement.dataset.app),
          null,
          { timeout: 60_000 },
        )
        .catch(() => {}); // a test that expects no start checks that itself
      if (below) await loadBelow(page).catch(() => {});
      return response;
    };
  };
  context.pages().forEach(wrap);
  context.on("page", wrap);
}

/** Waits until boot.js has started the app (`<html data-app="ready">`); fails on `data-app="failed"`. */
export async function waitForApp(pageOrFrame, timeout = 30_000) {
  const handle = await pageOrFrame.waitForFunction(
    () => document.documentElement.dataset.app === "ready" || document.documentElement.dataset.app === "failed",
    null,
    { timeout },
  );
  const state = await handle.evaluate(() => document.documentElement.dataset.app);
  if (state !== "ready") throw new Error("the app failed to start (see the console errors)");
  await loadBelow(pageOrFrame, timeout);
}

/** On the simulator's page, fetches its lower part (sharing, hints, the editor, saved scenarios, the
 *  panels: a build of its own, fetched when it nears the screen or one of its controls is used) now, as if the user had scrolled
 *  there, and waits until it is drawn (`<html data-below="ready">`). Nothing on other views. */
export async function loadBelow(pageOrFrame, timeout = 60_000) {
  const started = await pageOrFrame.evaluate(() => {
    if (!document.getElementById("below") || typeof window.kofukinLoadBelow !== "function") return false;
    window.kofukinLoadBelow();
    return true;
  });
  if (!started) return;
  const handle = await pageOrFrame.waitForFunction(
    () => ["ready", "failed"].includes(document.documentElement.dataset.below),
    null,
    { timeout },
  );
  const state = await handle.evaluate(() => document.documentElement.dataset.below);
  if (state !== "ready") throw new Error("the page's lower part failed to load (see the console errors)");
}

/** Waits until a service worker controls the page (first visit: after install + clients.claim). */
export async function waitForController(page, timeout = 30_000) {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout });
}

/** Runs axe-core in the page (injected through CDP, not a <script>, so the CSP is not in the way). */
export async function runAxe(page, options = {}) {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  return page.evaluate((opts) => window.axe.run(document, opts), options);
}

/** Reads a worked example (tests/examples). */
export function workedExample(name) {
  return JSON.parse(readFileSync(join(WORKED_EXAMPLES, name), "utf8"));
}
