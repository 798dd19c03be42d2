// Screenshots at 1280px and 390px, ja and en (also run by page.test.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open, artifacts } from './helpers.mjs';

export async function screenshots(context, base) {
  fs.mkdirSync(artifacts, { recursive: true });
  const out = [];
  for (const lang of ['ja', 'en']) {
    for (const width of [1280, 390]) {
      const page = await open(context, base, lang === 'en' ? '?lang=en' : '', { width, height: 900 });
      const file = path.join(artifacts, `page-${lang}-${width}.png`);
      if (width < 960) {
        // What a phone shows first, with the totals bar at the bottom of the screen.
        await page.screenshot({ path: path.join(artifacts, `page-${lang}-${width}-screen.png`) });
        // The fixed bar would land mid-page in a full-page capture: leave it out there.
        await page.evaluate(() => { const bar = document.querySelector('.quick-totals'); if (bar) bar.hidden = true; });
      }
      await page.screenshot({ path: file, fullPage: true });
      out.push({ file, problems: page.problems });
      await page.close();
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const srv = await serve();
  const b = await launch();
  try {
    for (const s of await screenshots(b.context, srv.url)) console.log(s.file, s.problems.join(' | '));
  } finally {
    await b.close();
    await srv.close();
  }
}
