// 改善のヒント and the compare view: applying a suggestion changes 2.0's 国費合計 by exactly the
// stated delta (and undo, where the page has it, restores it); a compare link with sa= and sb= shows
// both plans' totals and their difference; axe finds no violations in either.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, totals, eventually, waitForTotals, waitForCount, waitForText, WAIT_MS, axeSource, realProblems } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

/** Twelve one-year-long soft projects all starting in year 1: more than 2.0's slots for one start year. */
const CROWDED = '?' + Array.from({ length: 12 }, () => 'p=soft,1,3').join('&');

/** An exact 億円 decimal string as whole yen (BigInt), for exact sums. */
function yen(oku) {
  const m = /^(-?)(\d+)(?:\.(\d{1,8}))?$/.exec(oku ?? '');
  assert.ok(m, `an exact decimal: ${oku}`);
  const v = BigInt(m[2]) * 100_000_000n + BigInt((m[3] ?? '').padEnd(8, '0'));
  return m[1] ? -v : v;
}

const b64 = (scenario) => Buffer.from(JSON.stringify(scenario)).toString('base64url');
const soft = (cost, years, start = 1) => ({ kind: 'soft', annual_cost_oku: String(cost), years, start_year: start });
const PLAN_A = { version: 1, municipality: 'municipality', projects: [soft(1.5, 3), soft(1.5, 3)] };
const PLAN_B = { version: 1, municipality: 'municipality', projects: [soft(1.5, 3), soft(1.5, 3), { kind: 'hub', annual_cost_oku: '8', years: 1, start_year: 1 }] };
const COMPARE = `?view=compare&sa=${b64(PLAN_A)}&sb=${b64(PLAN_B)}`;

async function axe(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function openCompare(query, width = 1280) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  await page.goto(srv.url + query);
  await page.getByRole('region', { name: '案A' }).locator('.gen2 .total-national').waitFor({ timeout: WAIT_MS });
  return page;
}

test('applying a suggestion changes 2.0 国費合計 by its stated delta, and undo restores it', async () => {
  const page = await open(browser.context, srv.url, CROWDED);
  const region = page.getByRole('region', { name: '改善のヒント' });
  await region.getByText('並べ替えなどの算術上の組み替えです。採択は審査によります。').waitFor({ timeout: WAIT_MS });
  const apply = region.getByRole('button', { name: 'このヒントを適用' });
  await waitForCount(apply, (n) => n >= 1 && n <= 5, 'suggestions listed');
  const before = await totals(page);
  const delta = await region.locator('.hint').first().locator('.hint-national').getAttribute('data-value');
  assert.ok(yen(delta) > 0n, `a suggestion raises 2.0's national share: ${delta}`);
  // The rule each suggestion works around is named with its source.
  assert.match(await region.locator('.hint-rule').first().innerText(), /\S/);
  await apply.first().click();
  await eventually(async () => yen((await totals(page)).gen2) - yen(before.gen2), yen(delta), '2.0 国費合計 moved by the stated delta');
  assert.equal((await totals(page)).gen2 !== before.gen2, true);
  const undo = page.getByRole('button', { name: '元に戻す' });
  if (await undo.count()) {
    await undo.first().click();
    await waitForTotals(page, { gen2: before.gen2 }, 'undo restores 2.0 国費合計');
  }
  assert.deepEqual(realProblems(page), []);
  await page.close();
});

test('a plan without a better arrangement says so', async () => {
  const page = await open(browser.context, srv.url, '?p=soft,1,1');
  const region = page.getByRole('region', { name: '改善のヒント' });
  await region.getByText('ヒントはありません').waitFor({ timeout: WAIT_MS });
  await page.close();
});

test('the compare view from two links shows both plans and the difference B − A', async () => {
  const page = await openCompare(COMPARE);
  const figure = (region, rs) => page.getByRole('region', { name: region, exact: true }).locator(`.${rs} .total-national`).getAttribute('data-value');
  for (const rs of ['gen1', 'gen2']) {
    const a = await figure('案A', rs);
    const b = await figure('案B', rs);
    const diff = await page.locator(`.compare-diff .diff-national.${rs}`).getAttribute('data-value');
    assert.equal(yen(b) - yen(a), yen(diff), `${rs}: B − A`);
  }
  // Each plan's figures are the simulator's for the same scenario.
  const sim = await open(browser.context, srv.url, `?s=${b64(PLAN_B)}`);
  const simTotals = await eventually(() => totals(sim), (t) => t.gen2 !== undefined, 'simulator totals');
  assert.equal(await figure('案B', 'gen2'), simTotals.gen2);
  assert.equal(await figure('案B', 'gen1'), simTotals.gen1);
  await sim.close();
  // Per-year tables have captions.
  await waitForCount(page.locator('.compare-plan table caption'), 2, 'per-year captions');
  // The URL reproduces the view.
  const reopened = await openCompare(new URL(page.url()).search);
  assert.equal(await reopened.getByRole('region', { name: '案B', exact: true }).locator('.gen2 .total-national').getAttribute('data-value'), await figure('案B', 'gen2'));
  await reopened.close();
  assert.deepEqual(realProblems(page), []);
  await page.close();
});

test('a plan whose 1.0 total is an upper estimate says so in the compare view, and so does the difference', async () => {
  const pref = { ...PLAN_B, municipality: 'prefecture' };
  const page = await openCompare(`?view=compare&sa=${b64(PLAN_A)}&sb=${b64(pref)}`);
  const planB = page.getByRole('region', { name: '案B', exact: true });
  await waitForText(planB.locator('.gen1 .estimate-note'), /最大でこの額です/);
  assert.equal(await page.getByRole('region', { name: '案A', exact: true }).locator('.estimate-note').count(), 0, 'a complete plan has no note');
  await waitForText(page.locator('.compare-diff .estimate-note'), /確定した額ではありません/);
  assert.deepEqual(realProblems(page), []);
  await page.close();
});

test('the simulator opens the compare view with the current plan as 案A', async () => {
  const page = await open(browser.context, srv.url, CROWDED);
  const gen2 = (await totals(page)).gen2;
  await page.getByRole('region', { name: '改善のヒント' }).getByRole('button', { name: 'このヒントを適用' }).first().waitFor({ timeout: WAIT_MS });
  await page.getByRole('link', { name: 'この案を比べる' }).click();
  const a = page.getByRole('region', { name: '案A', exact: true }).locator('.gen2 .total-national');
  await eventually(() => a.getAttribute('data-value'), gen2, '案A is the current plan');
  await eventually(() => page.evaluate(() => location.search), /view=compare.*sa=/, 'the URL names the view and 案A');
  await page.close();
});

test('a bad plan in the link becomes a notice', async () => {
  const page = await openCompare(`?view=compare&sa=${b64(PLAN_A)}&sb=***`);
  await page.locator('.notices').getByText('sb=', { exact: false }).first().waitFor({ timeout: WAIT_MS });
  await page.close();
});

for (const width of [1280, 390]) {
  test(`axe WCAG 2.1 AA: suggestions and the compare view at ${width}px`, async () => {
    const sim = await open(browser.context, srv.url, CROWDED, { width, height: 900 });
    await sim.getByRole('region', { name: '改善のヒント' }).getByRole('button', { name: 'このヒントを適用' }).first().waitFor({ timeout: WAIT_MS });
    assert.deepEqual(await axe(sim), []);
    await sim.close();
    const cmp = await openCompare(COMPARE, width);
    assert.deepEqual(await axe(cmp), []);
    await cmp.close();
  });
}
