// End-to-end tests of the simulator page in headless Chromium: the worked examples as links, every
// control by keyboard, the URL (docs/format.md, URL keys), notices, languages, panels, embed, print.
// Run after a build: `trunk build --release --offline && node --test tests/e2e/`.
// After every action the test waits for the expected state (helpers.mjs), never reads at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open, totals, sources, eventually, waitForText, waitForValue, waitForCount, waitForChecked, waitForTotals, waitForQuery, realProblems } from './helpers.mjs';
import { goldenExamples, toQuery } from './scenarios.mjs';
import { screenshots } from './shots.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const KINDS_JA = ['ソフト事業', '拠点整備事業', 'インフラ整備事業'];
const KINDS_EN = ['Soft', 'Hub', 'Infrastructure'];

test('the worked examples give the golden 国費合計 in both columns (p= links)', async () => {
  const examples = goldenExamples();
  assert.ok(examples.length >= 5, `at least five examples (found ${examples.length})`);
  const page = await open(browser.context, srv.url, toQuery(examples[0].scenario));
  for (const ex of examples) {
    await page.goto(srv.url + toQuery(ex.scenario));
    await page.waitForSelector('.ruleset.gen2 .total-national');
    const want = {};
    if (ex.gen1 !== undefined) want.gen1 = ex.gen1;
    if (ex.gen2 !== undefined) want.gen2 = ex.gen2;
    await waitForTotals(page, want, ex.name);
    // The regions are named by the rule set and show 国費合計 next to the figure.
    for (const name of ['地方創生交付金 1.0', '地方創生交付金 2.0']) {
      const region = page.getByRole('region', { name, exact: true });
      await waitForCount(region, 1, name);
      await waitForText(region.locator('.total'), /国費合計\s*[\d,.]+億円/);
    }
    const notices = await page.locator('.notices').count();
    assert.equal(notices, 0, `${ex.name}: no notice`);
  }
  assert.deepEqual(realProblems(page), []);
  await page.close();
});

test('every control works by keyboard and typing; the URL round-trips', async () => {
  const page = await open(browser.context, srv.url, '');
  const slider = (name) => page.getByRole('slider', { name, exact: true });
  const spin = (name) => page.getByRole('spinbutton', { name, exact: true });

  // class radiogroup: arrow keys move the choice
  const group = page.getByRole('radiogroup', { name: '自治体の種類', exact: true });
  await waitForCount(group, 1);
  await page.getByRole('radio', { name: '市区町村' }).focus();
  await page.keyboard.press('ArrowLeft');
  await waitForChecked(page.getByRole('radio', { name: '中枢中核都市' }));

  for (const k of KINDS_JA) {
    for (const [name, keys, expect] of [
      [`${k}の件数`, ['End', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft'], '2'],
      [`${k}の年間事業費（億円）`, ['Home', 'ArrowRight', 'ArrowRight', 'ArrowRight'], '0.3'],
      [`${k}の事業年数`, ['Home', 'ArrowRight'], '2'],
    ]) {
      const s = slider(name);
      await waitForCount(s, 1, name);
      await s.focus();
      for (const key of keys) await page.keyboard.press(key);
      await waitForValue(s, expect, name);
      await waitForValue(spin(name), expect, `${name} (typed field shows the value)`);
    }
  }
  // typing, with full-width digits
  const cost = spin('ソフト事業の年間事業費（億円）');
  await cost.fill('３．５');
  await cost.press('Enter');
  await waitForValue(cost, '3.5');
  await waitForValue(slider('ソフト事業の年間事業費（億円）'), '3.5');
  // out of range: clamped with a visible note
  const years = spin('インフラ整備事業の事業年数');
  await years.fill('99');
  await years.press('Enter');
  await waitForValue(years, '10');
  await waitForText(page.locator('#infra-years-note'), /99.*10/);
  await years.fill('4');
  await years.press('Enter');
  await waitForText(page.locator('#infra-years-note'), '');
  // arrow keys on the typed field
  const count = spin('拠点整備事業の件数');
  await count.focus();
  await page.keyboard.press('ArrowUp');
  await waitForValue(count, '3');
  // selects and the checkbox by keyboard
  await page.locator('#hub-round').focus();
  await page.keyboard.press('ArrowDown');
  await waitForValue(page.locator('#hub-round'), 'supplementary');
  await page.locator('#infra-sector').focus();
  await page.keyboard.press('ArrowDown');
  await waitForValue(page.locator('#infra-sector'), 'sewage');
  const g = page.getByRole('checkbox', { name: '目安を上限として扱う', exact: true });
  await g.focus();
  await page.keyboard.press('Space');
  await waitForChecked(g, false);

  // the state is in the URL (debounced: wait for the write that carries every change) and a reload
  // gives the same numbers
  await waitForQuery(page, /m=core_city/, /g=0/, /p=soft,3.5,2/, /p=hub,0.3,2,round:supplementary/, /p=infra,0.3,4,sector:sewage/);
  const shown = await totals(page);
  await page.reload();
  await page.waitForSelector('.ruleset.gen2 .total-national');
  await waitForTotals(page, shown, 'after a reload');
  await waitForValue(spin('ソフト事業の年間事業費（億円）'), '3.5');

  // the same scenario written by hand as a link gives the same numbers (a project added by a count
  // slider comes right after the last of its kind)
  const byHand = await open(browser.context, srv.url, '?m=core_city&g=0&p=soft,3.5,2&p=soft,3.5,2&p=hub,0.3,2,round:supplementary&p=hub,0.3,2,round:supplementary&p=hub,0.3,2,round:supplementary&p=infra,0.3,4,sector:sewage&p=infra,0.3,4,sector:sewage');
  await waitForTotals(byHand, shown, 'the link written by hand');
  await byHand.close();

  // reset
  await page.getByRole('button', { name: '初期値に戻す', exact: true }).focus();
  await page.keyboard.press('Enter');
  await waitForValue(slider('ソフト事業の件数'), '2');
  assert.deepEqual(realProblems(page), []);
  await page.close();
});

test('a tampered link shows a notice naming what was replaced, and still computes', async () => {
  const page = await open(browser.context, srv.url, '?m=town&p=soft,abc,99&p=ufo,1,1&p=hub,8,1');
  const notice = page.locator('.notices');
  const text = await waitForText(notice, /m=town/);
  assert.match(text, /p\[1\]\.cost=abc/);
  assert.match(text, /p\[1\]\.years=99/);
  assert.match(text, /p\[2\]/);
  await eventually(() => totals(page), (t) => t.gen1 && t.gen2, 'both totals shown');
  await page.getByRole('button', { name: '閉じる' }).click();
  await waitForCount(notice, 0);
  // a broken s= is named too
  const page2 = await open(browser.context, srv.url, '?s=not*base64');
  await waitForText(page2.locator('.notices'), /s=not\*base64/);
  await page2.close();
  await page.close();
});

test('the language switch changes every visible label', async () => {
  const page = await open(browser.context, srv.url, '');
  const labelsSelector = 'h1, h2, h3, h4, label, legend, button, summary, th, dt, caption, .total-label, .sev, .group-label, .subtitle, .disclaimer, .unit-note, .help, .lang-switch, .difference-word, .empty';
  const japaneseVisible = () => page.evaluate((sel) => {
    const jp = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const out = [];
    for (const el of document.querySelectorAll(sel)) {
      if (!el.checkVisibility()) continue;
      const marked = el.closest('[lang]');
      if (marked && marked !== document.documentElement && marked.lang === 'ja') continue;
      // Quotes from the sources and source names stay Japanese on purpose (marked lang="ja").
      const clone = el.cloneNode(true);
      for (const q of clone.querySelectorAll('[lang="ja"], .src')) q.remove();
      if (jp.test(clone.textContent)) out.push(clone.textContent.trim().slice(0, 60));
    }
    return out;
  }, labelsSelector);
  assert.ok((await japaneseVisible()).length > 20, 'Japanese labels in ja');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await eventually(japaneseVisible, [], 'no Japanese label left on the English page');
  for (const k of KINDS_EN) {
    await waitForCount(page.getByRole('slider', { name: `Number of ${k} projects`, exact: true }), 1);
    await waitForCount(page.getByRole('spinbutton', { name: `Annual cost of ${k} projects (100 million yen)`, exact: true }), 1);
    await waitForCount(page.getByRole('slider', { name: `Years of ${k} projects`, exact: true }), 1);
  }
  for (const name of ['Regional Revitalization Grant 1.0', 'Regional Revitalization Grant 2.0']) {
    await waitForText(page.getByRole('region', { name, exact: true }).locator('.total'), /Total national share/);
  }
  await waitForCount(page.getByRole('radiogroup', { name: 'Type of local government', exact: true }), 1);
  await waitForCount(page.getByRole('checkbox', { name: 'Treat guideline amounts as caps', exact: true }), 1);
  await waitForCount(page.getByRole('button', { name: 'Reset', exact: true }), 1);
  await waitForQuery(page, /lang=en/);
  await page.getByRole('link', { name: '日本語', exact: true }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  await page.close();
});

test('the 根拠 panel lists every parameter with its source; 前提 and the non-monetary differences are there', async () => {
  const page = await open(browser.context, srv.url, '');
  await page.getByText('根拠（パラメーター一覧）').click();
  const rows = page.locator('tr[data-param]');
  await waitForCount(rows, (n) => n >= 20, 'parameters listed');
  for (const src of await rows.locator('td.src').allInnerTexts()) assert.ok(src.trim().length > 0, 'each parameter names its source');
  await page.getByText('前提', { exact: true }).click();
  await waitForCount(page.locator('li[data-assumption]'), (n) => n >= 5, 'assumptions listed');
  const diff = await page.locator('.panel.differences').innerText();
  const seedFile = path.join(sources, 'cao-gen1-gen2-diff.txt');
  const seed = fs.readFileSync(seedFile, 'utf8').replace(/\s+/g, '');
  for (const q of await page.locator('.panel.differences q').allInnerTexts()) {
    assert.ok(seed.includes(q.replace(/\s+/g, '')), `quoted verbatim from the seed: ${q}`);
  }
  for (const quote of ['外部有識者の参画は効果検証の段階のみ', '効果検証結果の公表は努力義務', '効果検証結果＋改善方策の公表を義務付け', '地域の多様な主体の参画を義務付け']) assert.ok(diff.includes(quote), quote);
  await page.close();
});

test('s= (base64url scenario JSON) and the embed view', async () => {
  const json = JSON.stringify({ version: 1, municipality: 'prefecture', projects: [{ kind: 'soft', annual_cost_oku: '20', years: 1 }] });
  const s = Buffer.from(json).toString('base64url');
  const page = await open(browser.context, srv.url, `?s=${s}&embed=1`);
  await waitForTotals(page, { gen1: '10', gen2: '10' }); // example e04
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('embed')));
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('.site-footer').isVisible(), false);
  assert.equal(await page.locator('.disclaimer').isVisible(), true);
  await waitForChecked(page.getByRole('radio', { name: '都道府県' }));
  await page.close();
});

test('money figures carry data-value; the page prints on one A4 page; screenshots', async () => {
  const page = await open(browser.context, srv.url, '');
  const values = await page.$$eval('.money', (els) => els.map((e) => [e.dataset.value, e.textContent, e.classList.contains('bare')]));
  assert.ok(values.length > 10);
  for (const [v, text, bare] of values) {
    assert.match(v, /^-?\d+(\.\d{1,8})?$/, `canonical data-value ${v}`);
    assert.doesNotMatch(v, /\.\d*0$/, `no trailing zero ${v}`);
    assert.match(text, bare ? /^-?[\d,]+\.\d\d$/ : /億円$/);
  }
  assert.match(await page.locator('.disclaimer').innerText(), /公表資料に基づく試算であり、実際の交付額を保証するものではありません/);
  assert.match(await page.locator('.ruleset.gen1 .as-of').innerText(), /資料の時点/);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, 'print fits one A4 page');
  await page.close();
  const shots = await screenshots(browser.context, srv.url);
  for (const s of shots) assert.deepEqual(s.problems.filter((p) => !p.includes('Failed to load resource')), [], s.file);
});
