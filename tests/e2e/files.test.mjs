// Files and storage under hostile input, in headless Chromium: the comparison CSV safe against formula
// injection, with the figures as shown and exact, the per-year table and a named file; CSV import of a
// Shift_JIS file, refusal of other encodings, empty, header-only and kindless files (the scenario
// unchanged) and of a large file before it is read; the saved list with a damaged entry and with full
// storage; the donation calculator's typed amounts and rates; the starter comparison on one A4 page.
// Run after a build: `cargo xtask build && node --test tests/e2e/files.test.mjs`.
// After every action the test waits for the expected state (helpers.mjs), never sleeps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { serve, launch, open, totals, eventually, waitForText, waitForValue, waitForAttr, waitForCount, waitForTotals, waitForQuery, realProblems } from './helpers.mjs';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name) => path.join(fixtures, name);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kofukin-files-'));
const SAVED_KEY = 'kofukin.saved.v1';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });


/** Opens a page whose init script runs first (storage set-ups); collects page errors. */
async function openWith(init, arg, query = '') {
  const page = await browser.context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(init, arg);
  await page.goto(srv.url + query);
  await page.waitForSelector('.ruleset.gen2 .total-national');
  return page;
}

/** The CSV download of the comparison, as text (BOM removed) and its suggested file name. */
async function exportCsv(page) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVで保存', exact: true }).click()]);
  const file = path.join(tmp, `${Date.now()}-${Math.random()}.csv`);
  await dl.saveAs(file);
  const bytes = fs.readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
  return { name: dl.suggestedFilename(), text: bytes.subarray(3).toString('utf8') };
}

/** Splits CSV text into rows of cells (quotes, doubled quotes, commas and CRLF inside quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test('comparison CSV: formula-like names start with a quote; figures as shown and exact; per-year table; upper estimate; named file', async () => {
  const page = await open(browser.context, srv.url, '?m=municipality&fy=2026');
  await page.locator('#import-json').setInputFiles(fixture('formula-names.json'));
  await page.locator('.ok-message', { hasText: 'formula-names.json' }).waitFor();
  await waitForCount(page.locator('.project-card'), 5);
  await waitForValue(page.locator('#ed-1-name'), "+cmd|' /C calc'!A0");
  const want = await totals(page);
  const { name, text } = await exportCsv(page);
  assert.match(name, /^kofukin-HYPERLINK_http_x-\d{4}-\d{2}-\d{2}\.csv$/, name);
  const rows = parseCsv(text);
  const header = rows[0];
  assert.equal(rows[1][1], `'=HYPERLINK("http://x")`);
  assert.equal(rows[2][1], `'+cmd|' /C calc'!A0`);
  assert.equal(rows[3][1], `'-2+3`);
  assert.equal(rows[4][1], `'@SUM(A1)`);
  for (const row of rows) for (const cell of row) assert.ok(!/^[=+@\t\r]/.test(cell) && !/^-(?!\d)/.test(cell), `unsafe cell ${JSON.stringify(cell)}`);
  assert.equal(header[3], '開始年度');
  assert.equal(rows[1][3], '1年目（令和8年度）');
  // The totals: as shown (0.01 億円) and exact, and 1.0 marked as an upper estimate.
  const total = rows[6];
  assert.equal(total[0], '合計');
  assert.equal(total[header.indexOf('2.0 国費（億円・正確な値）')], want.gen2);
  assert.equal(total[header.indexOf('2.0 国費（億円）')], Number(want.gen2).toFixed(2));
  assert.equal(total[header.indexOf('1.0 国費（億円・正確な値）')], want.gen1);
  assert.equal(total[header.indexOf('1.0 状態')], '上限の見込み', 'the road project leaves 1.0 incomplete');
  assert.ok(rows.some((r) => /^※ 1\.0 の国費は.*上限の見込み/.test(r[0])), 'the upper-estimate note');
  // The per-year table: one row per fiscal year with 令和 labels.
  const at = rows.findIndex((r) => r[0] === '年度別');
  assert.ok(at > 0, 'the per-year table');
  assert.deepEqual(rows[at + 1].slice(0, 4), ['年度', '事業費（億円）', '事業費（億円・正確な値）', '1.0 国費（億円・上限の見込み）']);
  assert.deepEqual(rows.slice(at + 2).filter((r) => r[0]).map((r) => r[0]), ['1年目（令和8年度）', '2年目（令和9年度）', '3年目（令和10年度）']);
  assert.equal(rows[at + 2][1], '15.50', 'year 1: 1.5 + 8 + 1 + 1 + 4');
  assert.ok(rows.every((r) => r.length === header.length), 'one rectangle');
  assert.deepEqual(realProblems(page), []);
  await page.close();
});

test('CSV import: Shift_JIS names read correctly; UTF-16, empty, header-only and kindless files refused, the scenario unchanged', async () => {
  const page = await open(browser.context, srv.url, '?m=core_city&p=soft,3,2,name:%E5%85%83');
  await page.locator('#import-csv').setInputFiles(fixture('projects-shift_jis.csv'));
  await page.locator('.ok-message', { hasText: 'projects-shift_jis.csv' }).waitFor();
  await waitForCount(page.locator('.project-card'), 2);
  await waitForValue(page.locator('#ed-0-name'), '観光ＤＸ事業');
  await waitForValue(page.locator('#ed-1-name'), '交流拠点「みなと」');
  await waitForQuery(page, /m=core_city/, /p=soft,2,1/, /p=hub,8,1/);
  const want = await totals(page);
  const url = page.url();
  for (const [file, message] of [
    ['projects-utf16.csv', /文字コードを読み取れません/],
    ['empty.csv', /CSVファイルが空です/],
    ['header-only.csv', /事業の行がありません/],
    ['no-kind.csv', /kind の列がありません/],
  ]) {
    await page.locator('#import-csv').setInputFiles(fixture(file));
    const alert = page.getByRole('alert').filter({ hasText: file });
    await waitForText(alert, message, `${file} refused`);
    assert.match(await alert.innerText(), /シナリオは変更していません/);
    assert.deepEqual(await totals(page), want, `${file}: totals unchanged`);
    assert.equal(await page.locator('.project-card').count(), 2, `${file}: projects unchanged`);
    await waitForValue(page.locator('#ed-0-name'), '観光ＤＸ事業');
    await page.locator('.saved-error').getByRole('button', { name: '閉じる', exact: true }).click();
    await waitForCount(page.getByRole('alert').filter({ hasText: file }), 0);
  }
  assert.equal(page.url(), url);
  assert.deepEqual(realProblems(page), []);
  await page.close();
});

test('a 2 MB file is refused before it is read', async () => {
  const page = await openWith(() => {
    window.__reads = 0;
    for (const m of ['readAsArrayBuffer', 'readAsText', 'readAsBinaryString', 'readAsDataURL']) {
      const original = FileReader.prototype[m];
      FileReader.prototype[m] = function (...args) { window.__reads += 1; return original.apply(this, args); };
    }
  }, undefined, '?m=municipality&p=hub,8,1');
  const want = await totals(page);
  const big = Buffer.alloc(2 * 1024 * 1024, 'a');
  big.write('kind,annual_cost_oku,years\n');
  await page.locator('#import-csv').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: big });
  await waitForText(page.getByRole('alert').filter({ hasText: 'big.csv' }), /大きすぎます（2\.0 MB）.*1\.0 MB/);
  assert.equal(await page.evaluate(() => window.__reads), 0, 'no FileReader call');
  assert.deepEqual(await totals(page), want);
  // A small file is read (the counter works).
  await page.locator('#import-csv').setInputFiles({ name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from('kind,annual_cost_oku,years\nsoft,1,1\n') });
  await page.locator('.ok-message', { hasText: 'small.csv' }).waitFor();
  assert.ok((await page.evaluate(() => window.__reads)) >= 1);
  await page.close();
});

test('saved list with a damaged entry: the others are listed, a notice names it, the data is backed up and kept', async () => {
  const raw = fs.readFileSync(fixture('saved-one-bad.json'), 'utf8');
  const page = await openWith(([key, text]) => {
    if (!sessionStorage.getItem('seeded')) { localStorage.clear(); localStorage.setItem(key, text); sessionStorage.setItem('seeded', '1'); }
  }, [SAVED_KEY, raw]);
  await waitForCount(page.getByRole('button', { name: '「良い案」を読み込む', exact: true }), 1);
  await waitForCount(page.getByRole('button', { name: '「二つ目の良い案」を読み込む', exact: true }), 1);
  await waitForCount(page.getByRole('button', { name: '「壊れた案」を読み込む', exact: true }), 0);
  const notice = page.locator('.saved-notice');
  await waitForText(notice, /「壊れた案」は壊れているため表示していません/);
  const backup = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}.backup-`)), SAVED_KEY);
  assert.equal(backup.length, 1, `one backup key: ${backup}`);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backup[0]), raw);
  assert.match(await notice.innerText(), new RegExp(backup[0].replaceAll('.', '\\.')));
  // Loading a good one works; saving keeps the damaged entry as it was.
  await page.getByRole('button', { name: '「良い案」を読み込む', exact: true }).click();
  await waitForCount(page.locator('.project-card'), 1);
  await waitForValue(page.locator('#ed-0-name'), '拠点');
  await page.getByRole('textbox', { name: '保存名', exact: true }).fill('新しい案');
  await page.getByRole('button', { name: 'ブラウザーに保存', exact: true }).click();
  await waitForText(page.locator('.saved-message'), /「新しい案」を保存しました/);
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), SAVED_KEY));
  assert.deepEqual(stored.map((e) => e.name), ['良い案', '二つ目の良い案', '新しい案', '壊れた案']);
  assert.deepEqual(stored[3], JSON.parse(raw)[1]);
  assert.deepEqual(realProblems(page), []);
  await page.close();
});

test('unreadable saved data is copied under a backup key before the list is written', async () => {
  const page = await openWith((key) => {
    if (!sessionStorage.getItem('seeded')) { localStorage.clear(); localStorage.setItem(key, '{not a list'); sessionStorage.setItem('seeded', '1'); }
  }, SAVED_KEY);
  await waitForText(page.locator('.saved-notice'), /読み取れません[\s\S]*控え/);
  await page.getByRole('button', { name: 'ブラウザーに保存', exact: true }).click();
  await page.locator('.saved-message .ok-message').waitFor();
  const backups = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}.backup-`)).map((k) => localStorage.getItem(k)), SAVED_KEY);
  assert.deepEqual(backups, ['{not a list']);
  await page.close();
});

test('full storage: the list is still shown, loads and deletes; a failed save is announced as an error', async () => {
  const list = JSON.stringify([JSON.parse(fs.readFileSync(fixture('saved-one-bad.json'), 'utf8'))[0]]);
  const page = await openWith(([key, text]) => {
    if (!sessionStorage.getItem('seeded')) { localStorage.clear(); localStorage.setItem(key, text); sessionStorage.setItem('seeded', '1'); }
    // Storage is full: any write that needs more room throws, as browsers do.
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      const old = this.getItem(k);
      if (old === null || String(v).length > old.length) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, k, v);
    };
  }, [SAVED_KEY, list]);
  await waitForText(page.locator('.storage-full'), /保存領域がいっぱいです/);
  const load = page.getByRole('button', { name: '「良い案」を読み込む', exact: true });
  await waitForCount(load, 1);
  await load.click();
  await waitForCount(page.locator('.project-card'), 1);
  await waitForValue(page.locator('#ed-0-name'), '拠点');
  await page.getByRole('textbox', { name: '保存名', exact: true }).fill('入らない案');
  await page.getByRole('button', { name: 'ブラウザーに保存', exact: true }).click();
  const alert = page.locator('.saved-error[role="alert"]');
  await waitForText(alert, /保存できませんでした：ブラウザーの保存領域がいっぱいです/);
  await waitForCount(page.getByRole('button', { name: '「入らない案」を読み込む', exact: true }), 0);
  await page.getByRole('button', { name: '「良い案」を削除', exact: true }).click();
  await waitForCount(load, 0);
  assert.deepEqual(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), SAVED_KEY)), []);
  assert.deepEqual(realProblems(page), []);
  await page.close();
});

test('donation calculator: 「1000万」「1億」 and 「30%」 are accepted; a bad rate is named by its label', async () => {
  const page = await browser.context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  await page.goto(srv.url + '?view=donation');
  const region = page.getByRole('region', { name: '企業版ふるさと納税', exact: true });
  const donation = region.getByRole('textbox', { name: '寄附額（円）', exact: true });
  const rate = region.getByRole('textbox', { name: '損金算入の実効税率', exact: true });
  const net = region.locator('.net-cost-value');
  await waitForAttr(net, 'data-value', '1000000');
  await donation.fill('2000万');
  await waitForAttr(net, 'data-value', '2000000');
  await donation.fill('1,000万円');
  await waitForAttr(net, 'data-value', '1000000');
  await waitForQuery(page, /donation_yen=10000000/);
  await donation.blur();
  await waitForValue(donation, '10,000,000');
  await rate.fill('20%');
  await waitForAttr(net, 'data-value', '2000000');
  await waitForQuery(page, /deduction_rate=0\.2(&|$)/);
  await rate.fill('３０％');
  await waitForAttr(net, 'data-value', '1000000');
  await rate.fill('0.3');
  await waitForAttr(net, 'data-value', '1000000');
  await rate.fill('150%');
  const problem = region.locator('#donation-problem');
  await waitForText(problem, /損金算入の実効税率/);
  assert.doesNotMatch(await problem.locator('ul').first().innerText(), /deduction_rate/);
  await waitForAttr(rate, 'aria-invalid', 'true');
  await rate.fill('30%');
  await waitForAttr(net, 'data-value', '1000000');
  await donation.fill('１億');
  await waitForAttr(region.locator('.donation-total'), 'data-value', '100000000');
  await page.goto(srv.url + '?view=donation&lang=en');
  const en = page.getByRole('region', { name: 'Corporate hometown tax donation', exact: true });
  await en.getByRole('textbox', { name: 'Donation (yen)', exact: true }).fill('abc');
  await waitForText(en.locator('#donation-problem ul').first(), /^Donation \(yen\): “abc” is not a number/);
  assert.deepEqual(realProblems(page), []);
  await page.close();
});

test('the starter comparison prints on one A4 page', async () => {
  const page = await open(browser.context, srv.url, '');
  await waitForCount(page.locator('.project-card'), 4);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  fs.writeFileSync(path.join(tmp, 'starter.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
  assert.equal(pages, 1, `the starter comparison printed on ${pages} A4 pages (${path.join(tmp, 'starter.pdf')})`);
  await page.close();
});

test('the example host pages ship in dist/examples', async () => {
  for (const name of ['embed.html', 'embed.js', 'api.html', 'api.js', 'examples.css']) {
    const r = await fetch(`${srv.url}examples/${name}`);
    assert.equal(r.status, 200, name);
  }
});
