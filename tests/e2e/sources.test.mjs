// Browser tests of the sources a reader can follow and the honest comparison: a text scan of every
// view (simulator with every panel open, donation, 財源ナビ and each measure, 計算のしかた; ja and en)
// finds no file name, path, §, field name or English working note in 「」; every source shown names a
// document; the difference box's cases; the reference-values switch and its `ref=1`; the 根拠 panel's
// list of documents. After every action the test waits for the expected state (helpers.mjs).
// Run after a build: `cargo xtask build && node --test tests/e2e/sources.test.mjs`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, eventually, waitForText, waitForCount, waitForChecked, waitForQuery, realProblems } from './helpers.mjs';
import { problemsIn, visibleText } from './lib/scan.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });


/** Opens any view and waits for the element `ready`. */
async function openView(query, ready) {
  const page = await browser.context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  await page.goto(srv.url + query);
  await page.waitForSelector(ready);
  return page;
}

/** Every source shown names a document: each citation carries a registry id and reads as one. */
async function citationsNameDocuments(page, where) {
  const cites = await page.locator('cite.cite').evaluateAll((els) => els.map((e) => [e.dataset.source, e.innerText.trim()]));
  for (const [id, text] of cites) {
    assert.ok(id && id.length > 0, `${where}: a citation with its document id (${text})`);
    assert.ok(text.length > 4, `${where}: the citation ${id} reads as a document`);
  }
  // A source line never stands without its document (no bare 「出典: 推定」).
  const bare = await page.locator('.src').evaluateAll((els) => els.filter((e) => e.innerText.trim() && !e.querySelector('cite.cite')).map((e) => e.innerText.trim()));
  for (const text of bare) {
    if (!found.some((f) => f.match === text)) found.push({ where, rule: 'source line without its document', match: text, context: '' });
  }
  return cites.length;
}

/** Every problem found, by view, reported at the end (one failure lists them all). */
const found = [];

async function scan(page, where) {
  const text = await visibleText(page);
  for (const [rule, match, context] of problemsIn(text)) {
    if (!found.some((f) => f.rule === rule && f.match === match)) found.push({ where, rule, match, context });
  }
  return citationsNameDocuments(page, where);
}

test('a text scan of every view, ja and en, finds no file name, path, §, field name or English note in 「」', async () => {
  for (const lang of ['ja', 'en']) {
    const l = lang === 'en' ? '&lang=en' : '';
    let page = await open(browser.context, srv.url, `?m=prefecture&p=soft,3.5,3&p=hub,8,1&p=infra,4,3,sector:road,don:1,bond:depopulation${l}`);
    assert.ok((await scan(page, `simulator ${lang}`)) > 20, 'the simulator cites documents');
    await page.close();
    page = await open(browser.context, srv.url, `?m=prefecture&p=soft,3.5,3&p=hub,8,1&ref=1${l}`);
    await scan(page, `simulator with reference values ${lang}`);
    await page.close();
    page = await openView(`?view=donation${l}`, '#donation-h');
    await scan(page, `donation ${lang}`);
    await page.close();
    page = await openView(`?view=how${l}`, '#how-h');
    assert.ok((await scan(page, `how ${lang}`)) > 5, '計算のしかた cites documents');
    await page.close();
    page = await openView(`?view=navi${l}`, '#navi-h');
    await scan(page, `navi ${lang}`);
    const ids = await page.locator('.measure-card').evaluateAll((els) => els.map((e) => e.dataset.id));
    assert.equal(ids.length, 17, 'seventeen measures');
    await page.close();
    for (const id of ids) {
      page = await openView(`?view=navi&measure=${id}${l}`, '#navi-h');
      await page.waitForSelector('.navi-result');
      assert.ok((await scan(page, `measure ${id} ${lang}`)) > 0, `${id} cites its document`);
      await page.close();
    }
  }
  assert.deepEqual(found, [], 'nothing a reader should not see, in any view');
});

const box = (page) => page.locator('.difference');
const word = (page) => waitForText(box(page).locator('.difference-word'), /.+/);

test('the difference box says only what the sources support', async () => {
  // 都道府県: 1.0 limits are not confirmed and the difference is 0: no verdict, never 「同じ」.
  const page = await open(browser.context, srv.url, '?m=prefecture&p=soft,3.5,3&p=hub,8,1');
  await waitForText(box(page).locator('.difference-word'), 'どちらが多いかは公表資料からは判断できません');
  assert.doesNotMatch(await box(page).innerText(), /同じです|1\.0 のほうが多くなります/);
  await waitForText(box(page), /最大でこの額/);
  await waitForText(box(page).locator('.difference-detail'), /1\.0 のほうが多いとしても、最大で 0\.00億円/);
  // With reference values: an estimate, no verdict.
  await page.goto(srv.url + '?m=prefecture&p=soft,3.5,3&p=hub,8,1&ref=1');
  await waitForText(box(page).locator('.difference-word'), '参考値による試算');
  assert.doesNotMatch(await box(page).innerText(), /同じです|のほうが多くなります|少なくとも|最大でこの額/);
  await waitForCount(page.locator('.ruleset.gen1 .reference-applied li'), (n) => n > 0, 'reference values flagged in the 1.0 column');
  for (const li of await page.locator('.ruleset.gen1 .reference-applied li').all()) assert.equal(await li.locator('cite.cite').count(), 1, 'each with its source');
  // 市区町村 with soft projects only: both complete, an exact verdict; nothing binds under 2.0.
  await page.goto(srv.url + '?m=municipality&p=soft,1.5,3');
  await waitForText(box(page).locator('.difference-word'), '2.0 のほうが多くなります');
  await waitForText(page.locator('.ruleset.gen2 .below-caps'), /どの事業も上限に達していません[\s\S]*上限に達していません（補助率1\/2で計算）/);
  // The starter (its 1.0 infrastructure limits are open): 2.0 gives at least D more.
  await page.goto(srv.url + '?m=municipality&p=soft,1.5,3&p=soft,1.5,3&p=hub,8,1&p=infra,4,3,sector:road');
  await waitForText(box(page).locator('.difference-word'), '2.0 のほうが少なくともこの額だけ多くなります');
  // A donation and a 過疎債: the 実質的な地方負担 of both beside the 国費 difference.
  await page.goto(srv.url + '?m=municipality&p=soft,3,3,don:1,bond:depopulation&p=hub,8,1,bond:depopulation');
  await waitForText(box(page).locator('.difference-word'), '2.0 のほうが多くなります');
  await eventually(() => box(page).locator('.local-burden-diff').getAttribute('data-value'), '-0.3', '実質的な地方負担の差');
  await waitForText(box(page).locator('.local-burden'), /1\.0: 5\.00億円 ／ 2\.0: 4\.70億円/);
  // English: the same cases in English.
  await page.goto(srv.url + '?m=prefecture&p=soft,3.5,3&p=hub,8,1&lang=en');
  await waitForText(box(page).locator('.difference-word'), 'Which gives more cannot be decided from the published sources');
  assert.deepEqual(realProblems(page), []);
  await page.close();
});

test('the phone totals bar uses the same verdict', async () => {
  const page = await open(browser.context, srv.url, '?m=prefecture&p=soft,3.5,3&p=hub,8,1', { width: 390, height: 800 });
  await waitForText(page.locator('.quick-diff'), /どちらが多いか判断できません/);
  await page.goto(srv.url + '?m=prefecture&p=soft,3.5,3&p=hub,8,1&ref=1');
  await waitForText(page.locator('.quick-diff'), /参考値による試算/);
  await page.close();
});

test('the reference-values switch round-trips through ref=1', async () => {
  const page = await open(browser.context, srv.url, '?m=prefecture&p=soft,3.5,3&p=hub,8,1');
  const sw = page.getByRole('checkbox', { name: '1.0 の確認できない値を参考値で補う', exact: true });
  await waitForChecked(sw, false);
  await sw.check();
  await waitForQuery(page, /[?&]ref=1(&|$)/);
  await waitForText(box(page).locator('.difference-word'), '参考値による試算');
  await page.reload();
  await page.waitForSelector('.ruleset.gen2 .total-national');
  await waitForChecked(page.getByRole('checkbox', { name: '1.0 の確認できない値を参考値で補う', exact: true }), true);
  await page.getByRole('checkbox', { name: '1.0 の確認できない値を参考値で補う', exact: true }).uncheck();
  await waitForQuery(page, /^(?!.*ref=1)/);
  await page.goto(srv.url + '?m=prefecture&p=soft,3.5,3&p=hub,8,1&lang=en&ref=1');
  await waitForChecked(page.getByRole('checkbox', { name: 'Use reference values for unconfirmed 1.0 figures', exact: true }), true);
  await page.close();
});

test('the 根拠 panel lists the documents, each parameter with its basis, and the legend', async () => {
  const page = await open(browser.context, srv.url, '');
  await page.locator('details.panel.params > summary').click();
  const docs = page.locator('.sources-list li[data-source]');
  await waitForCount(docs, (n) => n >= 5, 'documents listed');
  for (const li of await docs.all()) {
    const text = await li.innerText();
    assert.match(text, /\S{4,}/, 'a title');
    const a = li.locator('a');
    if (await a.count()) assert.match(await a.getAttribute('href'), /^https?:\/\//, 'a public address');
  }
  const legend = await page.locator('.basis-legend').innerText();
  for (const label of ['資料に明記', '資料からの推定', '本ツールの前提', '公表資料で確認できず']) assert.ok(legend.includes(label), label);
  const rows = page.locator('tr[data-param]');
  await waitForCount(rows, (n) => n >= 20, 'parameters listed');
  for (const basis of await rows.locator('.basis').allInnerTexts()) {
    assert.match(basis, /資料に明記|資料からの推定|本ツールの前提|公表資料で確認できず/, `basis label ${basis}`);
  }
  // 計算のしかた is linked from the simulator.
  await page.locator('.difference').getByRole('link', { name: '計算のしかた', exact: true }).click();
  await page.waitForSelector('#how-h');
  await waitForQuery(page, /view=how/);
  assert.ok(await page.locator('.how-step').count() >= 6, 'the steps');
  await page.close();
});
