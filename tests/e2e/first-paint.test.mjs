// The first paint that does not wait for the wasm: the simulator pre-rendered at build time is on
// screen before the app runs (here: the app's wasm is never served), with the starter plan's real
// figures at `/` and in the embed view, and without any figure for a link that carries its own plan;
// nothing in the copy can be used; and the page does not move when the app takes over. The page's
// lower part (a build of its own) is fetched only when it nears the screen or one of its controls,
// there from the first render, is used; it is one plan with the rest; if it cannot be fetched, the
// page says so and tries again on request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve, launch, open, totals, eventually, waitForCount, waitForQuery } from './helpers.mjs';
import { CHROMIUM, CHROMIUM_ARGS, waitForAppOnGoto } from './lib/browser.mjs';

let srv, browser, bare;
before(async () => {
  srv = await serve();
  browser = await launch();
  // Without a service worker, whose own fetches a route cannot refuse.
  bare = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
after(async () => { await bare?.close(); await browser?.close(); await srv?.close(); });

/** The page as it is before the app runs: the app's wasm is refused, so only the HTML, CSS and scripts work. */
async function withoutApp(query, width = 390) {
  const context = await bare.newContext({ serviceWorkers: 'block' });
  waitForAppOnGoto(context);
  const page = await context.newPage();
  // Closed with its page (a context still closing when the browser closes is no failure).
  page.on('close', () => context.close().catch(() => {}));
  await page.setViewportSize({ width, height: 800 });
  await page.route('**/*_bg.wasm', (route) => route.abort());
  await page.goto(srv.url + query); // returns once boot.js has given up (data-app="failed")
  await eventually(() => page.evaluate(() => document.documentElement.dataset.app), 'failed', 'the app did not start');
  return page;
}

/** The municipality chosen and the first soft control's typed and slider values, under `root`. */
const controlsOf = (page, root) =>
  page.evaluate((r) => ({
    checked: document.querySelector(`${r}.controls input[type="radio"]:checked`)?.value,
    count: document.querySelector(`${r}.controls .kind-soft input:not([type="range"])`)?.value,
    slider: document.querySelector(`${r}.controls .kind-soft input[type="range"]`)?.value,
  }), root);

/** Whether an element of the pre-rendered copy is painted (not hidden, not display:none). */
const shown = (page, selector) =>
  page.evaluate((sel) => {
    const el = document.querySelector(`#prerender ${sel}`);
    if (!el) return null;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none' && el.getBoundingClientRect().height > 0;
  }, selector);

test('before the app runs, / shows the starter plan with the figures the app computes', async () => {
  const app = await open(browser.context, srv.url, '');
  const want = await totals(app);
  await app.close();
  const page = await withoutApp('');
  assert.equal(await shown(page, '.ruleset.gen2 .total-national'), true, '2.0 国費合計 is on screen');
  const copy = await page.evaluate(() => ({
    gen1: document.querySelector('#prerender .ruleset.gen1 .total-national')?.dataset.value,
    gen2: document.querySelector('#prerender .ruleset.gen2 .total-national')?.dataset.value,
  }));
  assert.deepEqual(copy, { gen1: want.gen1, gen2: want.gen2 });
  // The controls show the starter plan's values, as the app sets them.
  const controls = await controlsOf(page, '#prerender ');
  const live = await (async () => {
    const p = await open(browser.context, srv.url, '');
    const v = await controlsOf(p, '');
    await p.close();
    return v;
  })();
  assert.ok(live.checked && live.count && live.slider, `the live page has the controls: ${JSON.stringify(live)}`);
  assert.deepEqual(controls, live);
  // The copy is inert: nothing in it can be focused or changed before the app runs.
  assert.equal(await page.evaluate(() => document.getElementById('prerender').inert), true);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement === document.body || !document.getElementById('prerender').contains(document.activeElement)), true);
  await page.close();
});

test('before the app runs, a link with its own plan shows no figure and no value of the starter plan', async () => {
  const page = await withoutApp('?m=prefecture&p=soft,3.5,3&p=hub,8,1');
  for (const sel of ['.ruleset.gen2 .total-national', '.ruleset.gen1 .total-national', '.difference', '.controls input[type="range"]', '.controls input[type="radio"]', '.quick-totals']) {
    assert.equal(await shown(page, sel), false, `${sel} is hidden`);
  }
  const fieldColours = await page.evaluate(() =>
    [...document.querySelectorAll('#prerender .controls :is(input:not([type="range"], [type="radio"], [type="checkbox"]), select)')].map((e) => getComputedStyle(e).color),
  );
  assert.ok(fieldColours.length > 0 && fieldColours.every((c) => c === 'rgba(0, 0, 0, 0)'), `the fields are empty boxes: ${fieldColours}`);
  assert.equal(await shown(page, '.disclaimer'), true, 'the page itself is there');
  await page.close();
  // The starter plan's own link (as the app writes it into the address bar) does show the figures.
  const app = await open(browser.context, srv.url, '');
  const own = await app.evaluate(() => document.querySelector('.view-nav a[aria-current]').getAttribute('href'));
  await app.close();
  const same = await withoutApp(own);
  assert.equal(await shown(same, '.ruleset.gen2 .total-national'), true, `the starter plan's link ${own}`);
  await same.close();
});

test('before the app runs, the embed view has no page header; English and other views hide the copy', async () => {
  const embed = await withoutApp('?embed=1');
  assert.equal(await shown(embed, '.site-header'), false);
  assert.equal(await shown(embed, '.ruleset.gen2 .total-national'), true);
  await embed.close();
  const en = await withoutApp('?lang=en');
  assert.equal(await shown(en, '.site-header h1'), false, 'no Japanese page under an English link');
  await en.close();
  const navi = await withoutApp('?view=navi');
  assert.equal(await shown(navi, '.controls'), false, 'no simulator under a link to 財源ナビ');
  assert.equal(await shown(navi, '.site-header h1'), true);
  await navi.close();
});

for (const [name, query] of [['/', ''], ['a link with its own plan', '?m=prefecture&p=soft,3.5,3&p=hub,8,1'], ['the embed view', '?embed=1']]) {
  test(`nothing moves when the app takes over the pre-rendered page: ${name}`, async () => {
    for (const width of [390, 1280]) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(srv.url + query);
      await page.locator('.ruleset.gen2 .total-national').first().waitFor();
      // Two frames after the app's page is in place, every shift has been reported.
      const shift = await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(window.__shifts.reduce((a, b) => a + b, 0))))),
      );
      assert.ok(shift <= 0.02, `layout shift ${shift.toFixed(4)} at ${width} px (at most 0.02)`);
      assert.equal(await page.locator('#prerender').count(), 0, 'the copy is gone');
      await page.close();
    }
  });
}

/** The controls the page has from its first render, wherever their code comes from. */
const FIRST_RENDER_CONTROLS = [['button', 'リンクをコピー'], ['button', 'QRコードを表示'], ['button', '画像で保存'], ['textbox', '保存名'], ['button', 'ブラウザーに保存']];

/** A page at a phone's width whose lower part is fetched only by the page itself (not by the helpers). */
async function phonePage() {
  const context = await bare.newContext({ serviceWorkers: 'block' });
  waitForAppOnGoto(context, { below: false });
  const page = await context.newPage();
  // Closed with its page (a context still closing when the browser closes is no failure).
  page.on('close', () => context.close().catch(() => {}));
  await page.setViewportSize({ width: 390, height: 800 });
  page.fetched = [];
  page.on('request', (r) => page.fetched.push(new URL(r.url()).pathname));
  await page.goto(srv.url);
  await page.locator('.ruleset.gen2 .total-national').first().waitFor();
  return page;
}

const belowState = (page) => page.evaluate(() => document.documentElement.dataset.below ?? null);

test('the page\'s lower part is fetched only when it nears the screen; its controls are there from the first render; edits both ways are one plan', async () => {
  const page = await phonePage();
  // Two frames after the start the observer has reported where the place is: far below the screen.
  const before = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(document.documentElement.dataset.below ?? null)))));
  assert.equal(before, null, 'nothing fetched while the lower part is far from the screen');
  assert.deepEqual(page.fetched.filter((p) => p.includes('kofukin-below')), []);
  const controls = async () => {
    for (const [role, name] of FIRST_RENDER_CONTROLS) {
      assert.equal(await page.getByRole(role, { name, exact: true }).count(), 1, `${role} ${name}`);
    }
    assert.equal(await page.locator('input[type="file"][accept*=".csv"]').count(), 1, 'the CSV import');
  };
  await controls();
  await page.locator('#below').scrollIntoViewIfNeeded();
  await eventually(() => belowState(page), 'ready', 'fetched once near the screen');
  assert.ok(page.fetched.some((p) => /kofukin-below-[0-9a-f]+_bg\.wasm$/.test(p)));
  await waitForCount(page.locator('.project-card'), 4);
  await waitForCount(page.locator('.below-early'), 0);
  await controls(); // the real ones, once each
  assert.equal(await page.locator('.below-loading').isVisible(), false);
  // An edit below reaches the page's URL (written by the first build) and its undo history.
  await page.locator('#ed-0-name').fill('観光');
  await waitForQuery(page, /name:観光/);
  // A slider above reaches the editor below.
  const count = page.getByRole('spinbutton', { name: 'ソフト事業の件数', exact: true });
  await count.focus();
  await page.keyboard.press('ArrowUp');
  await waitForCount(page.locator('.project-card'), 5);
  await page.getByRole('button', { name: '元に戻す', exact: true }).click();
  await waitForCount(page.locator('.project-card'), 4);
  await page.getByRole('button', { name: '元に戻す', exact: true }).click();
  await eventually(() => page.locator('#ed-0-name').inputValue(), '', 'the name below is undone from above');
  await page.close();
});

test('a control used before the lower part arrives fetches it and hands over: the name, the focus, the save', async () => {
  const page = await phonePage();
  const name = page.getByRole('textbox', { name: '保存名', exact: true });
  await name.fill('案1');
  await name.press('Enter');
  await eventually(() => belowState(page), 'ready', 'fetched when the stand-in was used');
  await waitForCount(page.getByRole('button', { name: '「案1」を読み込む', exact: true }), 1, 'saved under the typed name');
  await eventually(() => page.evaluate(() => document.activeElement?.id), 'save-name', 'the focus on the real field');
  // A button pressed before: pressed again on the real one.
  const other = await phonePage();
  await other.getByRole('button', { name: 'QRコードを表示', exact: true }).click();
  await eventually(() => belowState(other), 'ready');
  await other.getByRole('img', { name: 'このページのQRコード', exact: true }).waitFor();
  await other.close();
  await page.close();
});

test('when the lower part cannot be fetched the page says so and fetches it again on request', async () => {
  const context = await bare.newContext({ serviceWorkers: 'block' });
  waitForAppOnGoto(context, { below: false });
  const page = await context.newPage();
  // Closed with its page (a context still closing when the browser closes is no failure).
  page.on('close', () => context.close().catch(() => {}));
  // A phone's screen: the place of the lower part is far below it, so only the test asks for it.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.route('**/kofukin-below-*_bg.wasm', (route) => route.abort());
  await page.goto(srv.url);
  await page.locator('.ruleset.gen2 .total-national').first().waitFor();
  await page.evaluate(() => window.kofukinLoadBelow());
  await eventually(() => page.evaluate(() => document.documentElement.dataset.below), 'failed');
  const retry = page.getByRole('button', { name: 'もう一度読み込む', exact: true });
  await retry.waitFor();
  assert.equal(await page.getByText('共有・事業の編集・保存した試算などを読み込めませんでした。').isVisible(), true);
  await page.unroute('**/kofukin-below-*_bg.wasm');
  await retry.click();
  await eventually(() => page.evaluate(() => document.documentElement.dataset.below), 'ready', 'fetched on the second try');
  await waitForCount(page.locator('.project-card'), 4);
  await page.close();
});
