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
