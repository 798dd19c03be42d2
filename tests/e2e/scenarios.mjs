// The worked examples of tests/examples as page links (the `p=` form of docs/format.md, URL keys).
import fs from 'node:fs';
import path from 'node:path';

// The repository's tests/examples, or KOFUKIN_EXAMPLES.
const here = path.dirname(new URL(import.meta.url).pathname);
export const examplesDir = process.env.KOFUKIN_EXAMPLES || path.resolve(here, '../examples');
if (!fs.existsSync(examplesDir)) throw new Error(`worked examples not found at ${examplesDir}`);

export function projectItem(p) {
  const cost = p.cost_by_year_oku ? p.cost_by_year_oku.join('/') : String(p.annual_cost_oku);
  const items = [p.kind, cost, String(p.years ?? 1)];
  if (p.start_year && p.start_year !== 1) items.push(`start:${p.start_year}`);
  if (p.round && p.round !== 'initial') items.push(`round:${p.round}`);
  if (p.infra_sector && p.infra_sector !== 'other') items.push(`sector:${p.infra_sector}`);
  if (p.outside_cap) items.push('x:1');
  if (p.donation_oku && p.donation_oku !== '0') items.push(`don:${p.donation_oku}`);
  if (p.bond && p.bond !== 'none') items.push(`bond:${p.bond}`);
  if (p.name) items.push(`name:${encodeURIComponent(p.name)}`);
  return items.join(',');
}

export function toQuery(s, extra = {}) {
  const q = new URLSearchParams({ v: '1', ...extra, m: s.municipality });
  if (s.guidelines_as_caps === false) q.append('g', '0');
  if (s.first_fiscal_year) q.append('fy', String(s.first_fiscal_year));
  if (s.non_recipient) q.append('nr', '1');
  for (const p of s.projects) q.append('p', projectItem(p));
  return '?' + q.toString();
}

/** Examples that pin a total national share, with the expected totals. */
export function goldenExamples() {
  return fs.readdirSync(examplesDir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const d = JSON.parse(fs.readFileSync(path.join(examplesDir, f), 'utf8'));
    return { name: f, scenario: d.scenario, gen1: d.expect['gen1.total_national_oku'], gen2: d.expect['gen2.total_national_oku'] };
  }).filter((e) => e.gen1 !== undefined || e.gen2 !== undefined);
}
