// End-to-end tests of 財源ナビ (docs/measures.md; URL keys and measure results in docs/format.md) in
// headless Chromium: the list with its filters and search, moving to a measure and back, calculators
// with caps that bind, links that preset a calculator, invalid input, axe-core (WCAG 2.1 AA) and
// screenshots. After every action the test waits for the expected state (helpers.mjs).
// Run after a build: `trunk build --release --offline && node --test tests/e2e/navi.test.mjs`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, artifacts, eventually, waitForText, waitForValue, waitForAttr, waitForCount, waitForChecked, waitForQuery as waitForQueryAll, axeSource, realProblems } from './helpers.mjs';


let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });


/** Opens a 財源ナビ page and waits for its heading. */
async function openNavi(query, { width = 1280, height = 900 } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  await page.goto(srv.url + query);
  await page.waitForSelector('#navi-h');
  return page;
}

/** Waits for the data-value of the first element `sel` finds. */
const waitForFigure = (page, sel, want) => waitForAttr(page.locator(sel).first(), 'data-value', want, `${sel} data-value`);
const cardIds = (page) => page.locator('.measure-card').evaluateAll((els) => els.map((e) => e.dataset.id));
/** Waits for the measures listed, by id, in order. */
const waitForCards = (page, want) => eventually(() => cardIds(page), want, 'measures listed');
const waitForQuery = (page, re) => waitForQueryAll(page, re);

test('navigation: list, filter by a fund, search, a measure, back', async () => {
  const page = await openNavi('?view=navi');
  assert.equal(await page.locator('#navi-h').innerText(), '財源ナビ：交付金と組み合わせる地方財政措置');
  assert.equal(await page.locator('.measure-card').count(), 17);
  // Each entry: name (a link), ministry, what it funds, a summary.
  const first = page.locator('.measure-card').first();
  assert.match(await first.innerText(), /ローカル10,000プロジェクト[\s\S]*所管\s*総務省[\s\S]*支援の対象\s*起業/);

  // The fund filters are toggle buttons; keyboard works.
  const energy = page.getByRole('button', { name: 'エネルギー・脱炭素' });
  await energy.focus();
  await page.keyboard.press('Space');
  await waitForAttr(energy, 'aria-pressed', 'true');
  await waitForCards(page, ['distributed_energy', 'decarbonisation_experts']);
  await waitForText(page.locator('.navi-count'), '17件中 2件を表示');
  await waitForQuery(page, /funds=energy/);
  // A second fund widens the list (any of them).
  await page.getByRole('button', { name: '過疎地域' }).click();
  await waitForCards(page, ['distributed_energy', 'decarbonisation_experts', 'depopulation_bond', 'depopulation_grant']);
  await page.getByRole('button', { name: '絞り込みを解除' }).click();
  await waitForCount(page.locator('.measure-card'), 17);

  // Search by name, then by ministry.
  const search = page.getByLabel('名称・所管省庁で検索');
  await search.fill('協力隊');
  await waitForCards(page, ['cooperators']);
  await search.fill('内閣府');
  await waitForCards(page, ['work_cooperatives', 'pro_talent_side_jobs']);
  await search.fill('存在しない措置');
  await waitForCount(page.locator('.measure-card'), 0);
  await waitForText(page.locator('.navi'), /条件に合う措置はありません/);
  await search.fill('');
  await waitForCount(page.locator('.measure-card'), 17);

  // Open a measure, then come back with the browser's back button and with the page's own link.
  await page.getByRole('link', { name: 'ふるさとワーキングホリデー（特別交付税措置）' }).click();
  await page.waitForSelector('.navi-detail');
  await waitForText(page.locator('#navi-h'), 'ふるさとワーキングホリデー（特別交付税措置）');
  await eventually(() => page.url(), /view=navi&measure=working_holiday/, 'the measure in the URL');
  await eventually(() => page.title(), 'ふるさとワーキングホリデー（特別交付税措置） — 財源ナビ — 交付金シミュレーター', 'title');
  await page.goBack();
  await page.waitForSelector('.navi-list');
  await waitForCount(page.locator('.measure-card'), 17);
  await page.goForward();
  await page.waitForSelector('.navi-detail');
  await page.getByRole('link', { name: '財源ナビの一覧へ戻る' }).click();
  await page.waitForSelector('.navi-list');

  // The header links switch between the simulator and 財源ナビ.
  const nav = page.getByRole('navigation', { name: '表示の切り替え' });
  await nav.getByRole('link', { name: '交付金シミュレーター' }).click();
  await page.waitForSelector('.ruleset.gen2 .total-national');
  await eventually(() => page.title(), /^交付金シミュレーター — /, 'title');
  await nav.getByRole('link', { name: '財源ナビ' }).click();
  await page.waitForSelector('.navi-list');
  await waitForAttr(nav.getByRole('link', { name: '財源ナビ' }), 'aria-current', 'page');
  assert.deepEqual(realProblems(page), []);
  await page.close();
});

test('working_holiday: cost 20,000,000 and 100 stay days → 15,500,000 covered', async () => {
  const page = await openNavi('?view=navi&measure=working_holiday');
  // Nothing entered yet: a prompt, not an error.
  assert.equal(await page.locator('.input-state.missing').count(), 1);
  await page.getByLabel('ふるさとワーキングホリデーに要する経費').fill('20,000,000');
  await page.getByLabel('全参加者の延べ滞在日数').fill('１００'); // full-width digits
  // Leaving a yen field shows its amount with separators.
  await page.getByLabel('ふるさとワーキングホリデーに要する経費').fill('２０００００００');
  await page.keyboard.press('Tab');
  await waitForValue(page.getByLabel('ふるさとワーキングホリデーに要する経費'), '20,000,000');
  await waitForFigure(page, '.navi-total', '15500000');
  await waitForFigure(page, '.m-special', '15500000');
  await waitForFigure(page, '.m-cost', '20000000');
  await waitForFigure(page, '.m-eligible', '15500000');
  await waitForFigure(page, '.m-local', '4500000');
  // The cap that binds, with its severity as text and an icon, and its quote.
  const cap = page.locator('.finding[data-code="cap_binds"]');
  await waitForCount(cap, 1);
  assert.match(await cap.innerText(), /上限で減額|上限/);
  assert.match(await cap.innerText(), /15,000千円＋5千円×全参加者の延べ滞在日数/);
  assert.equal(await cap.locator('.icon[aria-hidden="true"]').count(), 1);
  assert.equal(await page.locator('.finding[data-code="rate_not_stated"]').count(), 1);
  // The per-line table, the quotes, the unchecked conditions and the readings.
  assert.equal(await page.locator('.navi-lines tbody tr').count(), 1);
  assert.match(await page.locator('.navi-params').innerText(), /対象経費の上限額[\s\S]*15,000,000/);
  // The source is the document, named by its title, never a file name.
  assert.match(await page.locator('.navi-params').innerText(), /令和５年度 地域力創造グループ施策について/);
  assert.doesNotMatch(await page.locator('.navi-params').innerText(), /\.txt/);
  assert.ok(await page.locator('.navi-conditions li').count() >= 1);
  assert.equal(await page.locator('.navi-readings [data-reading="R1"]').count(), 1);

  // The inputs go into the URL; a reload reproduces the figures.
  await waitForQuery(page, /cost_yen=20000000&stay_days=100/);
  assert.doesNotMatch(page.url(), /[?&]m=/, 'no scenario keys in a measure link');
  await page.reload();
  await page.waitForSelector('.navi-total');
  await waitForFigure(page, '.navi-total', '15500000');
  await waitForValue(page.getByLabel('ふるさとワーキングホリデーに要する経費'), '20,000,000');

  // Screen readers hear the new total.
  await waitForText(page.locator('.navi-sr[aria-live="polite"]'), '措置される額の合計: 15,500,000円');

  // The language switch keeps the inputs.
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForSelector('html[lang="en"]');
  await waitForText(page.locator('.navi-result .total-label'), 'Total covered');
  await eventually(() => page.title(), 'Furusato working holiday — Funding navigator — Grant simulator', 'title');
  await waitForFigure(page, '.navi-total', '15500000');
  await waitForText(page.locator('.navi-total'), /15,500,000 yen/);
  assert.deepEqual(realProblems(page), []);
  await page.close();
});

test('cooperators: the per-member caps bind (R8), rows are added and removed', async () => {
  const page = await openNavi('?view=navi&measure=cooperators');
  const add = page.getByRole('button', { name: '隊員を追加' });
  await add.click();
  await waitForCount(page.locator('#nf-members-0-reward_yen'), 1, 'the first member row');
  await add.click();
  await waitForCount(page.locator('#nf-members-1-reward_yen'), 1, 'the second member row');
  await page.locator('#nf-members-0-reward_yen').fill('3500000');
  await page.locator('#nf-members-0-other_yen').fill('2500000');
  await page.locator('#nf-members-1-reward_yen').fill('3500000');
  await page.locator('#nf-members-1-flexible_reward').check();
  // members[0]: 2,800,000 + 2,000,000 = 4,800,000; members[1]: 3,300,000 with 弾力化.
  const eligible = () => page.locator('.navi-lines tr[data-item="member"] td:nth-child(3) data').evaluateAll((els) => els.map((e) => e.dataset.value));
  await eventually(eligible, ['4800000', '3300000'], 'eligible per member');
  await waitForFigure(page, '.navi-total', '8100000');
  await waitForCount(page.locator('.finding[data-code="cap_binds"]'), (n) => n >= 2, 'two caps bind');
  await waitForQuery(page, /members=reward_yen:3500000,other_yen:2500000&members=reward_yen:3500000,flexible_reward:1/);
  await page.reload();
  await page.waitForSelector('.navi-total');
  await waitForFigure(page, '.navi-total', '8100000');
  // Remove the first member: the second one moves up.
  await page.getByRole('button', { name: '隊員 1 を削除' }).click();
  await waitForFigure(page, '.navi-total', '3300000');
  await waitForChecked(page.locator('#nf-members-0-flexible_reward'));
  await eventually(() => page.evaluate(() => document.activeElement?.id), 'nf-members-add', 'focus on the add button');
  // Reset: back to the empty form.
  await page.getByRole('button', { name: '初期値に戻す' }).click();
  await waitForCount(page.locator('.list-row'), 0);
  await waitForFigure(page, '.navi-total', '0');
  await page.close();
});

test('distributed_energy: a preset link with an index below 0.25 gets 3/4 of the 20,000,000 cap', async () => {
  const q = '?view=navi&measure=distributed_energy&cost_yen=30000000&fiscal_capability_index=0.2';
  const page = await openNavi(q);
  await waitForFigure(page, '.m-eligible', '20000000');
  await waitForFigure(page, '.m-national', '15000000');
  await waitForFigure(page, '.navi-total', '15000000');
  assert.equal(await page.locator('.finding[data-code="cap_binds"]').count(), 1);
  assert.equal(await page.locator('.notices').count(), 0);
  await page.reload();
  await page.waitForSelector('.navi-total');
  await waitForFigure(page, '.m-national', '15000000');
  // Exactly 0.25 is not 「0.25未満」: 2/3 (R7).
  await page.getByLabel('財政力指数').fill('0.25');
  await waitForFigure(page, '.m-national', '13333333');
  // The preset link on the page carries the inputs.
  await waitForQuery(page, /fiscal_capability_index=0.25/);
  await eventually(
    async () => decodeURIComponent(await page.locator('.preset-link').getAttribute('href')),
    /measure=distributed_energy&cost_yen=30000000&fiscal_capability_index=0.25/,
    'the preset link',
  );
  await page.close();
});

test('invalid input: the validator message next to the field; a bad link value falls back with a notice', async () => {
  const page = await openNavi('?view=navi&measure=working_holiday&cost_yen=abc&stay_days=100');
  // The link's bad value is named in a notice and the field falls back to empty.
  assert.match(await page.locator('.notices').innerText(), /cost_yen=abc/);
  const cost = page.getByLabel('ふるさとワーキングホリデーに要する経費');
  assert.equal(await cost.inputValue(), '');
  assert.equal(await page.getByLabel('全参加者の延べ滞在日数').inputValue(), '100');
  // A negative amount typed by hand: the validator's message next to the field, no figures.
  await cost.fill('-5');
  const msg = page.locator('#nf-cost_yen-msg .field-msg.error');
  await waitForCount(msg, 1);
  await waitForText(msg, /ふるさとワーキングホリデーに要する経費 は 0 以上の整数（円）です \(got -5\)/);
  await waitForAttr(cost, 'aria-invalid', 'true');
  await waitForAttr(cost, 'aria-describedby', /nf-cost_yen-msg/);
  await waitForCount(page.locator('.input-state.invalid'), 1);
  await waitForCount(page.locator('.navi-total'), 0);
  await cost.fill('1.5');
  await waitForText(msg, /got 1\.5/);
  await cost.fill('1000');
  await waitForCount(msg, 0);
  await waitForFigure(page, '.navi-total', '1000');
  // An unknown measure shows the list with a notice.
  await page.goto(srv.url + '?view=navi&measure=nothing');
  await page.waitForSelector('.navi-list');
  await waitForText(page.locator('.notices'), /measure=nothing/);
  assert.deepEqual(realProblems(page), []);
  await page.close();
});

test('every measure opens and computes from its empty form without a page error', async () => {
  const page = await openNavi('?view=navi');
  const ids = await cardIds(page);
  assert.equal(ids.length, 17);
  for (const id of ids) {
    await page.goto(`${srv.url}?view=navi&measure=${id}`);
    await page.waitForSelector('.navi-detail .navi-result');
    assert.ok((await page.locator('.navi-params tbody tr').count()) >= 1, id);
  }
  assert.deepEqual(realProblems(page), []);
  await page.close();
});

async function axe(query, width) {
  const page = await openNavi(query, { width });
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }));
  await page.close();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const [name, query, width] of [
  ['list, ja', '?view=navi', 1280],
  ['list, en, filtered', '?view=navi&lang=en&funds=people,energy', 1280],
  ['list, ja, 390px', '?view=navi', 390],
  ['detail, ja', '?view=navi&measure=working_holiday&cost_yen=20000000&stay_days=100', 1280],
  ['detail, en', '?view=navi&lang=en&measure=working_holiday&cost_yen=20000000&stay_days=100', 1280],
  ['detail with rows and an error, ja, 390px', '?view=navi&measure=cooperators&members=reward_yen:3500000&startups=cost_yen:2000000&recruitment_cost_yen=-1', 390],
  ['detail with a bond, en', '?view=navi&lang=en&measure=settlement_zone&role=central_city&cost_yen=100000000&bond_cost_yen=50000000&bond_field=industry', 1280],
]) {
  test(`axe WCAG 2.1 AA: ${name}`, async () => {
    assert.deepEqual(await axe(query, width), []);
  });
}

test('screenshots of the list and a measure at 1280px and 390px', async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  for (const [name, query] of [
    ['navi-list-ja', '?view=navi'],
    ['navi-detail-ja', '?view=navi&measure=cooperators&recruitment_cost_yen=3500000&members=reward_yen:3500000,other_yen:2500000&members=reward_yen:3000000,flexible_reward:1'],
    ['navi-list-en', '?view=navi&lang=en&funds=people'],
    ['navi-detail-en', '?view=navi&lang=en&measure=working_holiday&cost_yen=20000000&stay_days=100'],
  ]) {
    for (const width of [1280, 390]) {
      const page = await openNavi(query, { width });
      const file = path.join(artifacts, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      assert.deepEqual(realProblems(page), [], file);
      // Nothing wider than the viewport.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${file}: page scrolls sideways by ${overflow}px`);
      await page.close();
    }
  }
});
