// Screenshots of the 都道府県 case with the reference-values switch off and on, at 1280 and 390 px:
// `node tests/e2e/lib/prefecture-shots.mjs [OUT_DIR]` after a build (default OUT_DIR /tmp/i11-shots).
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open } from '../helpers.mjs';

const out = process.argv[2] || '/tmp/i11-shots';
fs.mkdirSync(out, { recursive: true });
const srv = await serve();
const b = await launch();
try {
  for (const [name, ref] of [['off', ''], ['on', '&ref=1']]) {
    for (const width of [1280, 390]) {
      const page = await open(b.context, srv.url, `?m=prefecture&p=soft,3.5,3&p=hub,8,1${ref}`, { width, height: 900 });
      const file = path.join(out, `prefecture-ref-${name}-${width}.png`);
      await page.locator('#results').screenshot({ path: file });
      if (width < 960) await page.screenshot({ path: path.join(out, `prefecture-ref-${name}-${width}-screen.png`) });
      console.log(file, page.problems.join(' | '));
      await page.close();
    }
  }
} finally {
  await b.close();
  await srv.close();
}
