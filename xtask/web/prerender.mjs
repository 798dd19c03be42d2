// The first paint that does not wait for the wasm: the simulator with the starter plan, rendered by the
// app's own components at build time and written into index.html. Part of the post_build hook
// (post-build.mjs); it needs headless Chromium and the browser tests' npm packages, which
// `cargo xtask setup` installs before any build.
//
// How: the finished build is served on 127.0.0.1, opened in headless Chromium at `/`, and once the
// app has started (<html data-app="ready">) and its first effects have run, the app's page (the
// children of its <div id="app">) is copied into index.html as <div id="prerender" inert>…</div>, the last element of <body>. The
// copy is inert (nothing in it can be clicked, typed into or focused) until the app replaces it with
// its own, identical page in one task (src/web/shell/mod.rs), so nothing moves on screen.
// assets/pre.js decides before the first paint whether the copy fits the link (see style/shell.css).

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { startServer } from "../../tests/e2e/lib/server.mjs";

const require = createRequire(new URL("../../tests/e2e/package.json", import.meta.url));

/** Where the copy sits in index.html: the rest of <body> after the marker (replaced on a new run). */
const BLOCK = /<div id="?prerender"?[^>]*>[\s\S]*(?=<\/body>)/;

/** Renders `/` of the build in `dir` and writes the copy into `dir`/index.html; returns its size and
 *  the starter plan's query (the one the page's own view link carries). */
export async function prerender(dir) {
  let chromium;
  try {
    ({ chromium } = require("playwright-core"));
  } catch {
    throw new Error("prerender: playwright-core is missing: run `cargo xtask setup` (npm ci in tests/e2e)");
  }
  const indexPath = join(dir, "index.html");
  // Render from a page without an earlier copy, so that only the app's own output is taken.
  writeFileSync(indexPath, readFileSync(indexPath, "utf8").replace(BLOCK, ""));
  const server = await startServer({ dir, headers: false });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForFunction(() => ["ready", "failed"].includes(document.documentElement.dataset.app), null, { timeout: 120_000 });
    if ((await page.evaluate(() => document.documentElement.dataset.app)) !== "ready" || errors.length) {
      throw new Error(`prerender: the app did not start: ${errors.join("; ")}`);
    }
    // After the first effects (they run in later microtasks and frames), as the app looks when it takes over.
    const { html, query } = await page.evaluate(
      () =>
        new Promise((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              // The app sets the controls' values as properties, which the HTML does not carry: write
              // them as attributes, so that the copy shows the same values, checks and choices.
              for (const input of document.querySelectorAll("#app input")) {
                if (input.type === "checkbox" || input.type === "radio") input.toggleAttribute("checked", input.checked);
                else input.setAttribute("value", input.value);
              }
              for (const option of document.querySelectorAll("#app select option")) {
                option.toggleAttribute("selected", option.selected);
              }
              // The page's lower part is a build of its own, fetched when it nears the screen: the
              // copy shows its place as the app does before then.
              for (const below of document.querySelectorAll("#app .below-app")) below.remove();
              const own = [...(document.getElementById("app")?.children ?? [])];
              // The query the page links its own view with: the starter plan's keys (for pre.js).
              const query = document.querySelector(".view-nav a[aria-current]")?.getAttribute("href") ?? "";
              done({ html: own.map((e) => e.outerHTML).join(""), query });
            }),
          ),
        ),
    );
    if (!html.includes("total-national")) throw new Error("prerender: the rendered page has no 国費合計");
    const index = readFileSync(indexPath, "utf8");
    if (!index.includes("</body>")) throw new Error("prerender: index.html has no </body>");
    writeFileSync(indexPath, index.replace("</body>", `<div id="prerender" inert>${html}</div></body>`));
    return { size: html.length, query };
  } finally {
    await browser.close();
    await server.stop();
  }
}
