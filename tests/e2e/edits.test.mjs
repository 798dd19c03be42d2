// Edits are respected and can be taken back, and the page says what changed: sliders of kinds whose
// projects differ (個別設定あり, すべてに適用), the count slider's place for a new project, undo / redo
// with buttons and keys, the focus after 削除, the announcement of the totals once input settles, an
// unreadable typed value marked invalid, 開始年度 with 令和 labels, skip links, axe.
// After every action the test waits for the expected state (helpers.mjs), never sleeps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, open, totals, eventually, waitForText, waitForValue, waitForAttr, waitForCount, waitForQuery, waitForTotals, axeSource, realProblems } from './helpers.mjs';


let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const slider = (page, name) => page.getByRole('slider', { name, exact: true });
const spin = (page, name) => page.getByRole('spinbutton', { name, exact: true });
const SOFT_COST = 'ソフト事業の年間事業費（億円）';
/** The cost field of each project card, in list order. */
const costs = (page) => page.locator('.project-card input[id$="-cost"]').evaluateAll((els) => els.map((e) => e.value));
const kinds = (page) => page.locator('.project-card select[id$="-kind"]').evaluateAll((els) => els.map((e) => e.value));
const activeId = (page) => page.evaluate(() => document.activeElement?.id);

/** Opens any view (the simulator, the donation calculator, 財源ナビ) and waits for its first render. */
async function openView(query, width = 1280) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  await page.goto(srv.url + query);
  await page.waitForSelector('main h2');
  return page;
}

async function axe(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('a slider of differing projects says so, never overwrites them, and applies to all only when asked', async () => {
  const page = await open(browser.context, srv.url, '?m=municipality&p=soft,1,3&p=soft,2,3&p=soft,3,3');
  await waitForText(page.locator('#soft-cost-varies'), '個別設定あり');
  await waitForValue(slider(page, SOFT_COST), '1');
  const s = slider(page, SOFT_COST);
  await s.focus();
  await page.keyboard.press('ArrowRight');
  await waitForValue(s, '1.1', 'the slider moves');
  await waitForValue(spin(page, SOFT_COST), '1.1', 'the typed field shows the slider');
  assert.deepEqual(await costs(page), ['1', '2', '3'], 'no project was overwritten');
  await waitForQuery(page, /p=soft,1,3&p=soft,2,3&p=soft,3,3/);
  const apply = page.getByRole('button', { name: `${SOFT_COST}をすべてに適用`, exact: true });
  await waitForText(apply, 'すべてに適用');
  await apply.click();
  await eventually(() => costs(page), ['1.1', '1.1', '1.1'], 'every soft project set');
  await waitForText(page.locator('#soft-cost-varies'), '');
  await waitForCount(apply, 0, 'no apply button once they agree');
  // now one arrow key sets them all, as before
  await s.focus();
  await page.keyboard.press('ArrowRight');
  await eventually(() => costs(page), ['1.2', '1.2', '1.2'], 'the slider sets all when they agree');
  assert.deepEqual(realProblems(page), []);
  await page.close();
});

test('the count slider adds a project right after the last one of its kind', async () => {
  const page = await open(browser.context, srv.url, '');
  await eventually(() => kinds(page), ['soft', 'soft', 'hub', 'infra']);
  const count = spin(page, 'ソフト事業の件数');
  await count.focus();
  await page.keyboard.press('ArrowUp');
  await waitForValue(count, '3');
  await eventually(() => kinds(page), ['soft', 'soft', 'soft', 'hub', 'infra'], 'the new soft project ranks after the soft ones');
  await page.close();
});

test('undo and redo: buttons and keys, across a slider burst, 削除 and 初期値に戻す; the focus after 削除', async () => {
  const page = await open(browser.context, srv.url, '');
  const undo = page.getByRole('button', { name: '元に戻す', exact: true });
  const redo = page.getByRole('button', { name: 'やり直す', exact: true });
  await waitForAttr(undo, 'disabled', '', 'nothing to undo at first');
  await waitForAttr(redo, 'disabled', '');
  const start = await eventually(() => totals(page), (t) => t.gen1 && t.gen2);

  // a burst of arrow keys on one slider is one step
  const s = slider(page, SOFT_COST);
  await s.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await waitForValue(s, '1.8');
  await waitForAttr(undo, 'disabled', null, 'something to undo');
  await undo.click();
  await waitForValue(s, '1.5', 'one undo takes back the burst');
  await waitForTotals(page, start);
  await waitForAttr(redo, 'disabled', null);
  await redo.click();
  await waitForValue(s, '1.8', 'redo');
  // keys (on the slider: not a text field, so the page's undo)
  await s.focus();
  await page.keyboard.press('Control+z');
  await waitForValue(s, '1.5', 'Ctrl+Z');
  await page.keyboard.press('Control+y');
  await waitForValue(s, '1.8', 'Ctrl+Y');
  await page.keyboard.press('Control+z');
  await waitForValue(s, '1.5');
  await page.keyboard.press('Control+Shift+z');
  await waitForValue(s, '1.8', 'Shift+Ctrl+Z');

  // 削除: undoable, and the focus goes to the heading of the card now in its place, not onto a 削除
  const cards = page.locator('.project-card');
  await page.getByRole('button', { name: '事業1を削除', exact: true }).click();
  await waitForCount(cards, 3);
  await eventually(() => activeId(page), 'ed-0-legend', 'focus on the next card heading');
  await eventually(() => kinds(page), ['soft', 'hub', 'infra']);
  await page.keyboard.press('Control+z');
  await waitForCount(cards, 4, 'the deleted project is back');
  await eventually(() => kinds(page), ['soft', 'soft', 'hub', 'infra']);

  // 初期値に戻す: undoable
  await page.getByRole('button', { name: '初期値に戻す', exact: true }).click();
  await waitForValue(s, '1.5', 'reset');
  await undo.click();
  await waitForValue(s, '1.8', 'the reset undone');

  // Ctrl+Z in a text field is the browser's own text undo, not the page's
  const name = page.locator('#ed-0-name');
  await name.fill('観光');
  await waitForQuery(page, /name:観光/);
  await name.focus();
  await page.keyboard.press('Control+z');
  await waitForValue(s, '1.8', 'the scenario is not undone from a text field');
  assert.deepEqual(realProblems(page), []);
  await page.close();
});

test('after deleting the last project the focus goes to 事業を追加', async () => {
  const page = await open(browser.context, srv.url, '?p=soft,1,1');
  await page.getByRole('button', { name: '事業1を削除', exact: true }).click();
  await waitForCount(page.locator('.project-card'), 0);
  await eventually(() => activeId(page), 'add-project', 'focus on 事業を追加');
  await page.close();
});

test('the totals are announced once input settles, not at load', async () => {
  const page = await open(browser.context, srv.url, '');
  const live = page.locator('.totals-live');
  assert.equal(await live.getAttribute('role'), 'status');
  assert.equal(await live.innerText(), '', 'nothing said at load');
  const s = slider(page, SOFT_COST);
  await s.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await waitForValue(s, '2');
  const text = await waitForText(live, /^国費合計 1\.0 [\d,.]+億円、2\.0 [\d,.]+億円、差 [+−-]?[\d,.]+億円$/);
  const shown = await page.evaluate(() => [...document.querySelectorAll('.ruleset .total-national')].map((e) => e.textContent.trim()));
  for (const figure of shown) assert.ok(text.includes(figure), `${text} names ${figure}`);
  // the phone totals bar is readable, not hidden from assistive technology
  assert.equal(await page.locator('.quick-totals[aria-hidden]').count(), 0);
  await page.close();
});

test('an unreadable typed value is marked invalid with its message', async () => {
  const page = await open(browser.context, srv.url, '');
  const typed = spin(page, SOFT_COST);
  await typed.fill('abc');
  await typed.press('Enter');
  await waitForAttr(typed, 'aria-invalid', 'true');
  const described = await typed.getAttribute('aria-describedby');
  await waitForText(page.locator(`#${described.split(' ')[0]}`), /abc/);
  await typed.fill('2');
  await typed.press('Enter');
  await waitForAttr(typed, 'aria-invalid', null, 'valid again');
  // the editor's amounts too
  const amount = page.locator('#ed-0-cost');
  await amount.fill('abc');
  await amount.press('Enter');
  await waitForAttr(amount, 'aria-invalid', 'true');
  await waitForText(page.locator('#ed-0-cost-note'), /abc/);
  await page.close();
});

test('開始年度 names the years in 令和 in the table and the chart', async () => {
  const page = await open(browser.context, srv.url, '');
  const fy = page.getByRole('combobox', { name: '開始年度', exact: true });
  await waitForValue(fy, '');
  assert.equal(await fy.locator('option').first().innerText(), '指定なし');
  assert.equal(await fy.locator('option[value="2026"]').innerText(), '令和8年度 (2026)');
  assert.equal(await fy.locator('option').count(), 1 + (2050 - 2015 + 1));
  await fy.selectOption('2026');
  await waitForQuery(page, /fy=2026/);
  await waitForText(page.locator('.chart table.by-year tbody tr').first().locator('th'), '1年目（令和8年度）');
  await eventually(() => page.locator('.chart-svg .chart-label:not(.chart-max)').allTextContents(), (l) => l[0] === '令和8' && l[1] === '令和9', 'chart labels');
  await waitForText(page.locator('.by-year-column tbody tr').first().locator('th'), '1年目（令和8年度）');
  await fy.selectOption('');
  await waitForText(page.locator('.chart table.by-year tbody tr').first().locator('th'), '1年目');
  await page.close();
});

test('every view has its own skip link target, and tables and landmarks have unique names', async () => {
  for (const q of ['', '?view=donation', '?view=navi']) {
    const p = await openView(q);
    const link = p.locator('.skip-link');
    const href = await eventually(() => link.getAttribute('href'), /^#/);
    await eventually(() => p.locator(href).count(), 1, `${q}: ${href} is in the view`);
    await p.close();
  }
  const page = await open(browser.context, srv.url, '');
  const names = await page.evaluate(() => [...document.querySelectorAll('[role="region"][aria-label], table')]
    .filter((e) => e.offsetParent !== null)
    .map((e) => e.getAttribute('aria-label') ?? e.caption?.textContent.trim() ?? ''));
  assert.ok(names.every((n) => n && n !== '単位：億円'), `every table has a name: ${names.join(' / ')}`);
  const regions = await page.evaluate(() => [...document.querySelectorAll('[role="region"][aria-label]')].map((e) => e.getAttribute('aria-label')));
  assert.equal(new Set(regions).size, regions.length, `unique region names: ${regions.join(' / ')}`);
  await page.close();
});

for (const [name, query, width] of [
  ['differing projects, 開始年度, ja 1280px', '?fy=2026&p=soft,1,3&p=soft,2,4&p=hub,8,1&p=infra,4,3', 1280],
  ['differing projects, en 390px', '?lang=en&fy=2026&p=soft,1,3&p=soft,2,4&p=hub,8,1', 390],
  ['donation view', '?view=donation', 1280],
]) {
  test(`axe WCAG 2.1 AA on the changed views: ${name}`, async () => {
    const page = await openView(query, width);
    if (!query.includes('view=')) {
      // the varied-kind badge and button, and an invalid field, are part of what is scanned
      await waitForText(page.locator('#soft-cost-varies'), /個別設定あり|Varies by project/);
      const amount = page.locator('#ed-0-cost');
      await amount.fill('abc');
      await amount.press('Enter');
      await waitForAttr(amount, 'aria-invalid', 'true');
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    }
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(realProblems(page), []);
    await page.close();
  });
}
