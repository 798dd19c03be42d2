// A phone's first visit, measured by Lighthouse 12.2.3 (mobile defaults: simulated slow 4G, 4× CPU)
// on dist/ served with gzip as a static host serves it, three runs per URL, median printed:
//
//   node lighthouse.mjs [dist] [--runs 3]
//
// URLs: `/` (the starter plan), a `?p=` link to a plan, and `?embed=1`. Targets (printed beside the
// figures, never asserted): LCP ≤ 2.0 s, TBT ≤ 200 ms, CLS ≤ 0.02, performance score ≥ 90.
// Run by `cargo xtask bench`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from './lib/server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

export const URLS = [
  ['/', ''],
  ['?p= link', '?m=prefecture&p=soft,3.5,3&p=hub,8,1&p=infra,4,2'],
  ['?embed=1', '?embed=1'],
];

export const TARGETS = { lcp: 2000, tbt: 200, cls: 0.02, score: 90 };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One Lighthouse performance run: { lcp (ms), tbt (ms), cls, score (0–100), lcpElement }. */
async function run(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
    const a = lhr.audits;
    const element = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '';
    return {
      lcp: a['largest-contentful-paint'].numericValue,
      tbt: a['total-blocking-time'].numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      lcpElement: element.slice(0, 90),
    };
  } finally {
    await chrome.kill();
  }
}

/** Median figures per URL: [{ name, lcp, tbt, cls, score, lcpElement }]. */
export async function measure(dist, runs = 3) {
  const server = await startServer({ dir: dist, gzip: true });
  const out = [];
  try {
    for (const [name, query] of URLS) {
      const rs = [];
      for (let i = 0; i < runs; i++) rs.push(await run(server.url + query));
      const pick = (k) => median(rs.map((r) => r[k]));
      const mid = rs.find((r) => r.score === pick('score')) ?? rs[0];
      out.push({ name, lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls'), score: pick('score'), lcpElement: mid.lcpElement });
    }
  } finally {
    await server.stop();
  }
  return out;
}

export function report(rows) {
  const ok = (good) => (good ? 'ok' : 'MISSED');
  console.log(`Lighthouse 12.2.3, mobile (slow 4G, 4x CPU), median of runs — targets LCP <= ${TARGETS.lcp} ms, TBT <= ${TARGETS.tbt} ms, CLS <= ${TARGETS.cls}, score >= ${TARGETS.score}`);
  for (const r of rows) {
    console.log(
      `  ${r.name.padEnd(10)} LCP ${Math.round(r.lcp)} ms (${ok(r.lcp <= TARGETS.lcp)})  TBT ${Math.round(r.tbt)} ms (${ok(r.tbt <= TARGETS.tbt)})  ` +
        `CLS ${r.cls.toFixed(3)} (${ok(r.cls <= TARGETS.cls)})  score ${r.score} (${ok(r.score >= TARGETS.score)})`,
    );
    if (r.lcpElement) console.log(`             LCP element: ${r.lcpElement}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--runs');
  const runs = i >= 0 ? Number(args[i + 1]) : 3;
  const dist = args.find((a, j) => !a.startsWith('--') && args[j - 1] !== '--runs') ?? path.join(here, '../../dist');
  report(await measure(dist, runs));
}
