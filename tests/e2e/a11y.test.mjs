// axe-core (WCAG 2.1 AA rules) on the page in Japanese, English and at phone width: no violations.
// axe is injected with page.evaluate (CDP is not bound by the page's CSP; addScriptTag would be).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, open, axeSource } from './helpers.mjs';


let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

async function scan(query, width) {
  const page = await open(browser.context, srv.url, query, { width, height: 900 });
  // Open every panel so their tables are scanned too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }));
  await page.close();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const [name, query, width] of [
  ['ja, 1280px', '', 1280],
  ['en, 1280px', '?lang=en', 1280],
  ['ja, 390px', '', 390],
  ['en, 390px', '?lang=en', 390],
  ['ja, no projects', '?m=municipality', 1280],
  ['ja, a link with notices and findings of every kind', '?m=town&p=soft,1,7&p=hub,12,2,round:supplementary&p=infra,8,3,sector:other&p=digital_type_s,5,1', 1280],
]) {
  test(`axe WCAG 2.1 AA: ${name}`, async () => {
    assert.deepEqual(await scan(query, width), []);
  });
}
