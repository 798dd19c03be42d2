// Helpers for the page tests: dist/ served with the production CSP, Chromium, and readers of the page.
import { startServer } from './lib/server.mjs';
import { waitForAppOnGoto } from './lib/browser.mjs';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = process.env.KOFUKIN_DIST || path.join(root, 'dist');
export const artifacts = path.join(root, 'tests/e2e/artifacts');
/** The source texts the page quotes (sources/). */
export const sources = path.join(root, 'sources');

export { CSP } from './lib/server.mjs';

/** Serves dist/ at / with the production CSP (tests/e2e/lib/server.mjs). */
export async function serve() {
  const server = await startServer({ dir: dist });
  return { url: server.url, close: () => server.stop() };
}

export async function launch() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kofukin-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  waitForAppOnGoto(context);
  return {
    context,
    close: async () => { await context.close(); fs.rmSync(userDataDir, { recursive: true, force: true }); },
  };
}

/** Opens the page with a query, waits for the app, and collects CSP violations and page errors. */
export async function open(context, base, query = '', { width = 1280, height = 900 } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  await page.goto(base + query); // returns once the app has started (waitForAppOnGoto)
  await page.waitForSelector('.ruleset.gen2 .total-national');
  return page;
}

/** The exact 国費合計 of each rule set, read from data-value. */
export async function totals(page) {
  return page.evaluate(() => ({
    gen1: document.querySelector('.ruleset.gen1 .total-national')?.dataset.value,
    gen2: document.querySelector('.ruleset.gen2 .total-national')?.dataset.value,
  }));
}

// ---- Waiting for the expected state ------------------------------------------------------------
// After an action (click, fill, press, selectOption, goto), the page updates on its own schedule: on a
// busy machine the old value is still in the DOM for a while. So every check after an action polls
// until the expected value is there (or the time is up, then it fails with the last value read);
// nothing reads at once and nothing sleeps a fixed time.

/** How long a check waits for the expected state (ms); KOFUKIN_WAIT_MS overrides it. */
export const WAIT_MS = Number(process.env.KOFUKIN_WAIT_MS || 20_000);

/** Does `got` satisfy `want`: a predicate, a RegExp (on a string), or a value (deep equality)? */
function satisfies(got, want) {
  if (typeof want === 'function') return !!want(got);
  if (want instanceof RegExp) return typeof got === 'string' && want.test(got);
  return isDeepStrictEqual(got, want);
}

/** Calls `read` until its value satisfies `want`; returns that value, or fails with the last one read. */
export async function eventually(read, want, message = 'the expected state', timeout = WAIT_MS) {
  const deadline = Date.now() + timeout;
  let got;
  let error;
  for (;;) {
    try {
      got = await read();
      error = undefined;
      if (satisfies(got, want)) return got;
    } catch (e) {
      error = e;
    }
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 25)); // the polling interval, not a wait for the state
  }
  if (error) throw new Error(`${message}: still failing after ${timeout} ms: ${error.message}`);
  if (typeof want === 'function') assert.fail(`${message}: not reached after ${timeout} ms; last value ${JSON.stringify(got)}`);
  if (want instanceof RegExp) assert.match(String(got), want, `${message} (after ${timeout} ms)`);
  assert.deepEqual(got, want, `${message} (after ${timeout} ms)`);
  return got;
}

/** Waits for a locator's text (innerText). */
export const waitForText = (locator, want, message = `text of ${locator}`) =>
  eventually(() => locator.innerText({ timeout: WAIT_MS }), want, message);

/** Waits for a form field's value. */
export const waitForValue = (locator, want, message = `value of ${locator}`) =>
  eventually(() => locator.inputValue({ timeout: WAIT_MS }), want, message);

/** Waits for an attribute's value. */
export const waitForAttr = (locator, name, want, message = `${name} of ${locator}`) =>
  eventually(() => locator.getAttribute(name, { timeout: WAIT_MS }), want, message);

/** Waits for the number of elements a locator finds. */
export const waitForCount = (locator, want, message = `count of ${locator}`) =>
  eventually(() => locator.count(), want, message);

/** Waits for a checkbox or radio to be (un)checked. */
export const waitForChecked = (locator, want = true, message = `checked state of ${locator}`) =>
  eventually(() => locator.isChecked({ timeout: WAIT_MS }), want, message);

/** Waits for the 国費合計 of both rule sets; `want` may name one of them only. */
export async function waitForTotals(page, want, message = '国費合計') {
  const pick = (t) => Object.fromEntries(Object.keys(want).map((k) => [k, t[k]]));
  return eventually(async () => pick(await totals(page)), want, message);
}

/** Waits until the URL's query (percent-decoded) matches every pattern: the debounced URL write is done. */
export async function waitForQuery(page, ...patterns) {
  const query = () => page.evaluate(() => location.search).then((q) => { try { return decodeURIComponent(q); } catch { return q; } });
  return eventually(query, (q) => patterns.every((p) => p.test(q)), `URL query ${patterns.join(' ')}`);
}

/** Records every URL the page writes with history.replaceState / pushState (read with `urlWrites`). */
export async function recordUrlWrites(page) {
  await page.evaluate(() => {
    window.__urlWrites = [];
    for (const name of ['replaceState', 'pushState']) {
      const original = history[name].bind(history);
      history[name] = (...args) => {
        const r = original(...args);
        window.__urlWrites.push(location.href);
        return r;
      };
    }
  });
}

/** The URLs written since `recordUrlWrites`. */
export const urlWrites = (page) => page.evaluate(() => window.__urlWrites ?? []);

/** axe-core's source, injected with page.evaluate (the page's CSP forbids an added script tag). */
export const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A page's console errors and CSP violations, less failed loads that a test provokes on purpose. */
export const realProblems = (page) => page.problems.filter((p) => !p.includes('Failed to load resource'));
