// What a page must not show a reader: file names, repository paths, section signs, field names or
// index paths, and English working notes inside 「」 (where only verbatim Japanese belongs).

/** Each rule: a name and a pattern over the page's visible text. */
export const FORBIDDEN = [
  ['file name', /[\w-]+\.(?:txt|md)\b/],
  ['repository path', /\b(?:reference|sources|src|docs|tests)\/[\w./-]+/],
  ['section sign', /§/],
  ['field name', /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/],
  ['index path', /\[\d+\]/],
  ['English inside 「」', /「[^」]*\b[A-Za-z]+ [A-Za-z]+\b[^」]*」/],
];

/** The column names a CSV file of projects must carry: the CSV import's help names them, as it must. */
const CSV_COLUMNS = /CSV[^。\n]*\bkind, annual_cost_oku, years\b/g;

/** The problems in a text: `[rule, match, context]` for each rule that matches. */
export function problemsIn(text) {
  text = text.replace(CSV_COLUMNS, 'CSV');
  const out = [];
  for (const [name, re] of FORBIDDEN) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (const m of text.matchAll(g)) {
      out.push([name, m[0], text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).replace(/\s+/g, ' ')]);
    }
  }
  return out;
}

/** Opens every <details> and returns the page's visible text, without what is marked as literal
 *  input (`code`, `kbd`, `samp`: e.g. the column names a CSV file must carry). */
export async function visibleText(page) {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const hidden = [...document.querySelectorAll('code, kbd, samp')].filter((e) => e.style.visibility !== 'hidden');
    for (const e of hidden) e.style.visibility = 'hidden';
    const text = document.body.innerText;
    for (const e of hidden) e.style.visibility = '';
    return text;
  });
}
