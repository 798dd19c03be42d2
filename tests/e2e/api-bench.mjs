// JS API benchmark (not a test; prints figures): `simulate()` of api/kofukin.js in Node on the
// benchmark scenario (benches/scenario-12x7.json: 12 projects, 7 years), median and p95 of 2,000 calls
// after 300 warm-up calls. Target: ≤ 100 µs. Run by `cargo xtask bench` after a release build:
//   node tests/e2e/api-bench.mjs [dist]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(process.argv[2] ?? path.join(here, '../../dist'));
const scenario = JSON.parse(readFileSync(path.join(here, '../../benches/scenario-12x7.json'), 'utf8'));

const api = await import(pathToFileURL(path.join(dist, 'api/kofukin.js')).href);
await api.default({ module_or_path: readFileSync(path.join(dist, 'api/kofukin_bg.wasm')) });

const N = 2000;
const time = (f) => {
  for (let i = 0; i < 300; i++) f();
  const us = [];
  for (let i = 0; i < N; i++) {
    const t = process.hrtime.bigint();
    f();
    us.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  us.sort((a, b) => a - b);
  return { median: us[N / 2], p95: us[Math.floor(N * 0.95)] };
};

const result = api.simulate(scenario);
const text = JSON.stringify(result);
const call = time(() => api.simulate(scenario));
const parse = time(() => JSON.parse(text));
console.log(`JS API simulate() in Node ${process.version}, 12 projects x 7 years (result ${(text.length / 1024).toFixed(1)} KB of JSON):`);
console.log(`  median ${call.median.toFixed(1)} µs, p95 ${call.p95.toFixed(1)} µs (target <= 100 µs)`);
console.log(`  of which JSON.parse of the result alone: median ${parse.median.toFixed(1)} µs`);
