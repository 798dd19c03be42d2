// axe-core (WCAG 2.0/2.1 A and AA rules) on every view in Japanese and English at 1280 and 390 px, and
// on simulator links with notices and findings: no violations. axe is injected with page.evaluate (CDP
// is not bound by the page's CSP; addScriptTag would be).
//
// When every case has run, the run is written to assets/accessibility-results.json (committed; the
// accessibility statement shows it) and to the served dist/ copy, so the statement always shows the
// last run, not a hand-typed result.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve, launch, open, root, dist, axeSource } from './helpers.mjs';

const axeVersion = JSON.parse(fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/package.json'), 'utf8')).version;
const RESULTS = 'accessibility-results.json';

let srv, browser;
const checks = [];
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => {
  await browser?.close();
  await srv?.close();
  if (checks.length === cases.length) writeResults();
});

/** The page of a view, once it has drawn what it shows. */
async function openView(view, query, width) {
  if (view === 'sim') return open(browser.context, srv.url, query, { width, height: 900 });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(srv.url + query);
  const ready = { donation: '#donation-h', navi: '#navi-h', how: '#how-h', compare: '#compare-h', accessibility: '.run-date, .statement-missing' }[view];
  await page.waitForSelector(ready);
  return page;
}

async function scan(view, query, width) {
  const page = await openView(view, query, width);
  // Open every panel so their tables are scanned too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }));
  await page.close();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

// [name, view, lang, query, width]
const cases = [];
for (const view of ['sim', 'donation', 'navi', 'how', 'compare', 'accessibility']) {
  for (const lang of ['ja', 'en']) {
    for (const width of [1280, 390]) {
      const keys = [view === 'sim' ? '' : `view=${view}`, lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&');
      cases.push([`${view}, ${lang}, ${width}px`, view, lang, keys ? `?${keys}` : '', width]);
    }
  }
}
cases.push(['sim, ja, no projects', 'sim', 'ja', '?m=municipality', 1280]);
cases.push(['sim, ja, a link with notices and findings of every kind', 'sim', 'ja', '?m=town&p=soft,1,7&p=hub,12,2,round:supplementary&p=infra,8,3,sector:other&p=digital_type_s,5,1', 1280]);

for (const [name, view, lang, query, width] of cases) {
  test(`axe WCAG 2.1 AA: ${name}`, async () => {
    const violations = await scan(view, query, width);
    checks.push({ view, lang, width, query, violations: violations.length });
    assert.deepEqual(violations, []);
  });
}

function writeResults() {
  const d = new Date();
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const violations = checks.reduce((n, c) => n + c.violations, 0);
  const run = { date, tool: `axe-core ${axeVersion}`, violations, result: violations === 0 ? 'pass' : 'fail', checks };
  const json = `${JSON.stringify(run, null, 1)}\n`;
  fs.writeFileSync(path.join(root, 'assets', RESULTS), json);
  if (fs.existsSync(dist)) fs.writeFileSync(path.join(dist, RESULTS), json);
}
