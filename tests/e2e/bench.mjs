// Page benchmark (not a test; prints figures): moves a slider 200 times with the keyboard and measures
//  (a) input event → new 国費合計 in the DOM (MutationObserver), target p95 ≤ 4 ms;
//  (b) input event → next animation frame, target p95 ≤ 2 frames.
// Run after a release build: `node tests/e2e/bench.mjs`.
import { serve, launch, open } from './helpers.mjs';

const N = Number(process.env.BENCH_N || 200);
const srv = await serve();
const browser = await launch();
try {
  const page = await open(browser.context, srv.url, '?m=municipality&p=soft,1.5,3&p=hub,8,1&p=infra,4,3,sector:road');
  await page.evaluate(() => {
    const w = window;
    w.__bench = { toDom: [], toFrame: [], missed: 0 };
    let t0 = null;
    let last = document.querySelector('.ruleset.gen2 .total-national')?.dataset.value;
    document.addEventListener('input', () => {
      t0 = performance.now();
      const start = t0;
      requestAnimationFrame(() => w.__bench.toFrame.push(performance.now() - start));
    }, true);
    new MutationObserver(() => {
      const v = document.querySelector('.ruleset.gen2 .total-national')?.dataset.value;
      if (t0 !== null && v !== last) {
        w.__bench.toDom.push(performance.now() - t0);
        last = v;
        t0 = null;
      }
    }).observe(document.querySelector('.results'), { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const slider = page.getByRole('slider', { name: 'ソフト事業の年間事業費（億円）', exact: true });
  await slider.focus();
  for (let i = 0; i < N; i++) {
    // up for the first half, then down: every step changes the 2.0 total
    await page.keyboard.press(i < N / 2 ? 'ArrowRight' : 'ArrowLeft');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  const b = await page.evaluate(() => window.__bench);
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
    return { n: s.length, median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
  };
  const fmt = (o, unit = 'ms') => `n=${o.n} median=${o.median.toFixed(2)} ${unit} p95=${o.p95.toFixed(2)} ${unit} max=${o.max.toFixed(2)} ${unit}`;
  const dom = stats(b.toDom);
  const frame = stats(b.toFrame);
  const frameMs = 1000 / 60;
  console.log(`input → new 国費合計 in the DOM: ${fmt(dom)} (target p95 ≤ 4 ms)`);
  console.log(`input → next animation frame:   ${fmt(frame)} = p95 ${(frame.p95 / frameMs).toFixed(2)} frames (target ≤ 2 frames)`);
  if (dom.n < N) console.log(`note: ${N - dom.n} inputs did not change the total (slider at an end)`);
  // The engine alone, in wasm in this page, on the same scenario and on a 12-project, 7-year one.
  const engine = await page.evaluate(() => window.kofukinBenchEngine ? window.kofukinBenchEngine(2000) : null);
  if (engine !== null) console.log(`engine in wasm (this scenario): ${(engine * 1000).toFixed(1)} µs per evaluation of both rule sets`);
  const big = await open(browser.context, srv.url, '?m=municipality&' + Array.from({ length: 12 }, (_, i) => `p=${['soft', 'hub', 'infra'][i % 3]},${3 + i},${i % 3 === 2 ? 7 : 5},start:${1 + (i % 3)}${i % 3 === 2 ? ',sector:road' : ''}`).join('&'));
  const bigEngine = await big.evaluate(() => window.kofukinBenchEngine ? window.kofukinBenchEngine(2000) : null);
  if (bigEngine !== null) console.log(`engine in wasm (12 projects, 7+ years): ${(bigEngine * 1000).toFixed(1)} µs per evaluation of both rule sets`);
  // 改善のヒント on the same 12-project plan (computed after input settles, off the 国費合計 path).
  const hints = await big.evaluate(() => window.kofukinBenchHints ? window.kofukinBenchHints(20) : null);
  if (hints !== null) console.log(`hints in wasm (12 projects, 7+ years): ${hints.toFixed(2)} ms per search (target ≤ 50 ms)`);
  const problems = page.problems.filter((p) => !p.includes('Failed to load resource'));
  if (problems.length) console.log('page problems:', problems);
} finally {
  await browser.close();
  await srv.close();
}
