// Helpers for the page tests: dist/ served with the production CSP, Chromium, and readers of the page.
import { startServer } from './lib/server.mjs';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = process.env.KOFUKIN_DIST || path.join(root, 'dist');
export const artifacts = path.join(root, 'tests/e2e/artifacts');

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
