// Local helpers for the page tests: a static server for dist/ with a strict CSP, and Chromium.
// Stand-ins until the tooling engineer's tests/e2e/lib/server.mjs and lib/browser.mjs land.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = process.env.KOFUKIN_DIST || path.join(root, 'dist');
export const artifacts = path.join(root, 'tests/e2e/artifacts');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };

// Inline scripts are allowed only as long as Trunk's inline loader is on (the tooling branch turns it off).
const inlineOk = !fs.existsSync(path.join(dist, 'boot.js'));
export const CSP = `default-src 'self'; script-src 'self' ${inlineOk ? "'unsafe-inline' " : ''}'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'none'`;

export async function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = path.join(dist, decodeURIComponent(url.pathname));
    if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404).end('not found'); return; }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'content-security-policy': CSP, 'cache-control': 'no-store' });
      res.end(body);
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kofukin-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
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
  await page.goto(base + query);
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
