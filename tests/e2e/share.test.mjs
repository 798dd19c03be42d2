// Sharing: 「リンクをコピー」 with the clipboard granted and refused, the QR code (decoded with jsQR
// back to the page's link), 「画像で保存」 (a PNG of plausible size), and the accessibility statement
// (its figures are those of the committed results file; axe finds nothing on it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve, launch, open, root, artifacts, eventually, waitForText, waitForAttr, waitForValue, waitForQuery } from './helpers.mjs';

const require = createRequire(import.meta.url);
const jsQR = require('jsqr');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const QUERY = '?m=core_city&p=soft,1.5,3&p=hub,8,1&p=infra,4,3,sector:road';

/** Opens the plan, then switches to English, so that the page writes its own link into the URL. */
async function openWithWrittenLink() {
  const page = await open(browser.context, srv.url, QUERY);
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await waitForQuery(page, /lang=en/, /v=1/);
  return page;
}

test('Copy link puts the page link on the clipboard and says so', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: srv.url });
  const page = await openWithWrittenLink();
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  await waitForText(page.getByRole('status').filter({ hasText: 'Link copied' }), 'Link copied');
  const href = await page.evaluate(() => location.href);
  await eventually(() => page.evaluate(() => navigator.clipboard.readText()), href, 'clipboard text');
  assert.deepEqual(page.problems, []);
  await page.close();
  await browser.context.clearPermissions();
});

test('a refused clipboard shows the link selected in a field and says so', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const refuse = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({ writeText: refuse }) });
  });
  await page.goto(srv.url + QUERY);
  await page.getByRole('button', { name: 'リンクをコピー', exact: true }).click();
  const message = 'コピーできませんでした。リンクを選択しました';
  await waitForText(page.getByRole('status').filter({ hasText: message }), message);
  const field = page.getByRole('textbox', { name: 'このページのリンク' });
  const link = await waitForValue(field, /\?v=1&m=core_city&.*p=hub/);
  assert.ok(link.startsWith(srv.url), link);
  const selected = () => page.evaluate(() => {
    const f = document.activeElement;
    return f?.classList.contains('share-link-field') && f.selectionStart === 0 && f.selectionEnd === f.value.length;
  });
  await eventually(selected, true, 'the link field focused and all of it selected');
  await page.close();
});

/** The QR code on the page, drawn on a canvas with its computed colours: { width, height, data }. */
async function qrPixels(page) {
  return page.evaluate(async () => {
    const svg = document.querySelector('svg.qr').cloneNode(true);
    const original = document.querySelectorAll('svg.qr rect, svg.qr path');
    svg.querySelectorAll('rect, path').forEach((el, i) => el.setAttribute('fill', getComputedStyle(original[i]).fill));
    const side = Number(svg.getAttribute('viewBox').split(' ')[2]);
    const scale = 6;
    svg.setAttribute('width', side * scale);
    svg.setAttribute('height', side * scale);
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side * scale;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return { width, height, data: Array.from(data) };
  });
}

test('Show QR code draws a QR code of the current link, and hides it once the page changes', async () => {
  const page = await openWithWrittenLink();
  const button = page.getByRole('button', { name: 'Show QR code', exact: true });
  await waitForAttr(button, 'aria-expanded', 'false');
  assert.equal(await page.locator('svg.qr').count(), 0, 'no QR code before it is asked for');
  await button.click();
  await page.getByRole('img', { name: 'QR code of this page', exact: true }).waitFor();
  const href = await page.evaluate(() => location.href);
  const { width, height, data } = await qrPixels(page);
  const decoded = jsQR(Uint8ClampedArray.from(data), width, height);
  assert.equal(decoded?.data, href);
  await waitForAttr(button, 'aria-expanded', 'true');
  fs.mkdirSync(artifacts, { recursive: true });
  for (const w of [1280, 390]) {
    await page.setViewportSize({ width: w, height: 900 });
    await page.locator('.share-bar').screenshot({ path: path.join(artifacts, `share-qr-${w}.png`) });
  }
  // Another language is another link: the code is gone until asked for again.
  await page.getByRole('link', { name: '日本語', exact: true }).click();
  await waitForAttr(page.getByRole('button', { name: 'QRコードを表示', exact: true }), 'aria-expanded', 'false');
  assert.equal(await page.locator('svg.qr').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('Save as image downloads a PNG of the comparison', async () => {
  const page = await open(browser.context, srv.url, QUERY);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '画像で保存', exact: true }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^kofukin-\d{4}-\d{2}-\d{2}\.png$/);
  const bytes = fs.readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the PNG signature');
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  assert.equal(width, 1200);
  assert.ok(height >= 500 && height <= 1600, `height ${height}`);
  assert.ok(bytes.length > 10_000 && bytes.length < 2_000_000, `size ${bytes.length}`);
  fs.mkdirSync(artifacts, { recursive: true });
  fs.writeFileSync(path.join(artifacts, 'share-image.png'), bytes);
  await waitForText(page.getByRole('status').filter({ hasText: '画像を保存しました' }), '画像を保存しました');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the accessibility statement, linked from the footer, shows the last test run and passes axe', async () => {
  const run = JSON.parse(fs.readFileSync(path.join(root, 'assets/accessibility-results.json'), 'utf8'));
  const page = await open(browser.context, srv.url, '');
  await page.getByRole('contentinfo').getByRole('link', { name: 'アクセシビリティ方針', exact: true }).click();
  await waitForQuery(page, /view=accessibility/);
  await eventually(() => page.evaluate(() => document.activeElement?.id), 'accessibility-h', 'focus on the heading');
  const figure = (cls) => page.locator(`.${cls}`).getAttribute('data-value');
  await eventually(() => figure('run-date'), run.date, 'date of the run');
  assert.equal(await figure('run-result'), run.result);
  assert.equal(await figure('run-violations'), String(run.violations));
  assert.equal(await figure('run-pages'), String(run.checks.length));
  assert.equal(await page.locator('.statement-table tbody tr').count(), run.checks.length);
  for (const w of [1280, 390]) {
    await page.setViewportSize({ width: w, height: 900 });
    await page.screenshot({ path: path.join(artifacts, `statement-${w}.png`), fullPage: true });
  }
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), []);
  assert.deepEqual(page.problems, []);
  await page.close();
});
