// Hostile edges of the page in headless Chromium: a link with two `embed` values, a link with thirty
// bad values, wrong argument types for the JS API, a captive portal's page in place of the wasm, and
// a broken cache that keeps the app from starting. After every action the test waits for the
// expected state, never a fixed time. Needs a built dist/. Run alone:
//   cd tests/e2e && node --test edges.test.mjs
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import { eventually } from "./helpers.mjs";
import { DIST, launch, waitForApp, waitForController } from "./lib/browser.mjs";
import { startServer } from "./lib/server.mjs";

const TIMEOUT = 120_000;
const PORTAL = "<!doctype html><title>Wi-Fi login</title><p>Please log in to use the Wi-Fi.</p>";

/**
 * dist/ served through a proxy: `answer(path)` may return `{ status, type, body }` to send instead of
 * the file (a captive portal's page); otherwise the static server's answer is passed on. `requests`
 * lists every path asked for, in order.
 */
async function proxied(answer) {
  const server = await startServer({ dir: DIST });
  const requests = [];
  const proxy = createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    requests.push(path);
    const own = answer(path);
    if (own) {
      res.writeHead(own.status, { "Content-Type": own.type, "Cache-Control": "no-cache" });
      res.end(own.body);
      return;
    }
    const upstream = request(`${server.origin}${req.url}`, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode, up.headers);
      up.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  const sockets = new Set();
  proxy.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((ok) => proxy.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${proxy.address().port}/`;
  return {
    url,
    requests,
    stop: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((ok) => proxy.close(() => ok()));
      await server.stop();
    },
  };
}

/** The app's wasm (not the API's): its path in dist/. */
const isAppWasm = (path) => /^\/kofukin-web-[0-9a-f]+_bg\.wasm$/.test(path);

/** Every entry of the service worker's caches: [{ cache, url, type }]. */
const cacheEntries = (page) =>
  page.evaluate(async () => {
    const out = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        const res = await cache.match(req);
        out.push({ cache: name, url: req.url, type: res.headers.get("Content-Type") });
      }
    }
    return out;
  });

/** Runs `action` (a click that reloads the page) and waits for the new document. */
async function reloadedBy(page, action) {
  const navigated = page.waitForEvent("framenavigated", { predicate: (f) => f === page.mainFrame(), timeout: 30_000 });
  await action();
  await navigated;
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe("links", () => {
  it("?embed=0&embed=1: the embed layout, and the height is sent to the parent page", { timeout: TIMEOUT }, async () => {
    const server = await startServer({ dir: DIST });
    // A parent page that embeds the app (no script of its own: the listener comes from the test).
    const host = mkdtempSync(join(tmpdir(), "kofukin-host-"));
    writeFileSync(join(host, "index.html"), '<!doctype html><title>host</title><iframe src="../?embed=0&amp;embed=1" width="800" height="600"></iframe>');
    server.mount("/host/", host);
    const s = await browser.session();
    try {
      const page = s.page;
      await s.context.addInitScript(() => {
        if (window.parent === window) {
          window.__messages = [];
          window.addEventListener("message", (e) => window.__messages.push(e.data));
        }
      });
      await page.goto(`${server.url}host/`);
      const frame = await (await page.waitForSelector("iframe")).contentFrame();
      await waitForApp(frame);
      await eventually(() => frame.evaluate(() => document.documentElement.classList.contains("embed")), true, "embed class");
      const messages = await eventually(
        () => page.evaluate(() => window.__messages.filter((m) => m?.type === "kofukin:height")),
        (list) => list.length >= 1 && list.every((m) => Number.isInteger(m.height) && m.height > 0),
        "a kofukin:height message",
      );
      assert.ok(messages.length >= 1);
      // The other order is not the embed view: no class, no message.
      const plain = await s.newPage();
      await plain.goto(`${server.url}?embed=1&embed=0`);
      await waitForApp(plain);
      assert.equal(await plain.evaluate(() => document.documentElement.classList.contains("embed")), false);
    } finally {
      await s.close();
      await server.stop();
      rmSync(host, { recursive: true, force: true });
    }
  });

  it("thirty bad values: ten notices, then 「ほか 20 件」", { timeout: TIMEOUT }, async () => {
    const server = await startServer({ dir: DIST });
    const s = await browser.session();
    try {
      const page = s.page;
      const query = Array.from({ length: 30 }, (_, i) => `m=bad${i + 1}`).join("&");
      await page.goto(`${server.url}?${query}`);
      await waitForApp(page);
      const items = page.locator(".notices li");
      await eventually(() => items.count(), 11, "ten notices and the count of the rest");
      assert.match(await items.nth(0).innerText(), /m=bad1 /);
      assert.equal((await items.nth(10).innerText()).trim(), "ほか 20 件");
      s.assertClean();
    } finally {
      await s.close();
      await server.stop();
    }
  });
});

describe("JS API", () => {
  it("wrong argument types throw the validator's Error, never a trap; simulate() still gives the result", { timeout: TIMEOUT }, async () => {
    const server = await startServer({ dir: DIST });
    const s = await browser.session();
    try {
      const page = s.page;
      await page.goto(server.url);
      await waitForApp(page);
      const out = await page.evaluate(async (url) => {
        const api = await import(url);
        await api.default();
        const caught = (f) => {
          try {
            f();
            return null;
          } catch (e) {
            return { isError: e instanceof Error, message: String(e.message) };
          }
        };
        return {
          number: caught(() => api.measure(123, {})),
          object: caught(() => api.measure({ id: "working_holiday" }, {})),
          missing: caught(() => api.measure()),
          symbol: caught(() => api.simulate(Symbol("x"))),
          bigint: caught(() => api.donation(10n)),
          tooLarge: caught(() => api.simulate({ version: 1, municipality: "municipality", projects: [], pad: "x".repeat(11 * 1024 * 1024) })),
          // The API still works after every error above.
          after: api.simulate({ version: 1, municipality: "municipality", projects: [{ kind: "soft", annual_cost_oku: "3.5", years: 3 }] })
            .rule_sets.gen2.total_national_oku,
          measure: api.measure("working_holiday", { cost_yen: 20000000, stay_days: 100 }).covered_total_yen,
        };
      }, `${server.url}api/kofukin.js`);
      assert.ok(out.number?.isError, JSON.stringify(out.number));
      assert.match(out.number.message, /measure id.*"123"/);
      assert.match(out.number.message, /working_holiday/);
      assert.ok(out.object?.isError);
      assert.match(out.object.message, /measure id/);
      assert.ok(out.missing?.isError);
      assert.ok(out.symbol?.isError && out.bigint?.isError);
      assert.ok(out.tooLarge?.isError);
      assert.match(out.tooLarge.message, /10 MB/);
      assert.equal(out.after, "5.25");
      assert.equal(out.measure, 15_500_000);
      for (const e of Object.values(out).filter((v) => v && typeof v === "object")) {
        assert.doesNotMatch(e.message, /unreachable|out of bounds|RuntimeError/);
      }
      s.assertClean();
    } finally {
      await s.close();
      await server.stop();
    }
  });
});

describe("service worker", () => {
  it("a captive portal's page in place of the wasm: the app offers the way out, which reloads a working app", { timeout: TIMEOUT }, async () => {
    let portal = true;
    const site = await proxied((path) => (portal && isAppWasm(path) ? { status: 200, type: "text/html; charset=utf-8", body: PORTAL } : null));
    const s = await browser.session();
    try {
      const page = s.page;
      await page.goto(site.url);
      // The page's own wasm is the portal's page: the app cannot start and offers the way out.
      const button = page.getByRole("button", { name: "キャッシュを消して再読み込み" });
      await button.waitFor({ timeout: 30_000 });
      assert.equal(await page.evaluate(() => document.documentElement.dataset.app), "failed");
      // The worker is registered only once the app has started: nothing was cached.
      assert.deepEqual(await cacheEntries(page), [], "no cache while the app cannot start");
      // The portal lets us through: the button clears and reloads onto a working app, whose worker
      // then caches the three app builds' real wasm.
      portal = false;
      await reloadedBy(page, () => button.click());
      await waitForApp(page);
      await waitForController(page);
      const wasm = await eventually(
        () => cacheEntries(page).then((list) => list.filter((e) => e.url.endsWith("_bg.wasm"))),
        (list) => list.length === 3,
        "the three builds' wasm cached",
      );
      for (const w of wasm) assert.match(w.type, /^application\/wasm/);
    } finally {
      await s.close();
      await site.stop();
    }
  });

  it("a captive portal's page in place of a file the worker precaches is never cached", { timeout: TIMEOUT }, async () => {
    // The other views' build is fetched first by the worker's install, after the app has started.
    const isViewsWasm = (path) => /^\/kofukin-views-[0-9a-f]+_bg\.wasm$/.test(path);
    const site = await proxied((path) => (isViewsWasm(path) ? { status: 200, type: "text/html; charset=utf-8", body: PORTAL } : null));
    const s = await browser.session();
    try {
      const page = s.page;
      await page.goto(site.url);
      await waitForApp(page);
      await eventually(() => site.requests.filter(isViewsWasm).length, (n) => n >= 1, "the worker's request for the other views' wasm");
      // The install met the portal's page and failed: no worker, and nothing was cached.
      await eventually(
        () =>
          page.evaluate(async () => {
            const r = await navigator.serviceWorker.getRegistration();
            return !r || (!r.installing && !r.waiting && !r.active);
          }),
        true,
        "the worker's install failed",
      );
      assert.deepEqual(await cacheEntries(page), [], "no cache is left by a failed install");
    } finally {
      await s.close();
      await site.stop();
    }
  });

  it("a broken cache keeps the app from starting: 「キャッシュを消して再読み込み」 clears it and the app starts", { timeout: TIMEOUT }, async () => {
    const server = await startServer({ dir: DIST });
    const s = await browser.session();
    try {
      const page = s.page;
      await page.goto(server.url);
      await waitForApp(page);
      await waitForController(page);
      // Break the cached wasm as a damaged cache would: another module in its place (the API's wasm,
      // a real wasm file served with the right type, which the app's code cannot link).
      const broken = await page.evaluate(async () => {
        const other = await fetch("./api/kofukin_bg.wasm", { cache: "reload" });
        const size = (await other.clone().arrayBuffer()).byteLength;
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          for (const req of await cache.keys()) {
            if (/\/kofukin-web-[0-9a-f]+_bg\.wasm$/.test(req.url)) {
              await cache.put(req, other);
              return { url: req.url, size };
            }
          }
        }
        return null;
      });
      assert.ok(broken, "the app's wasm was cached");
      await page.reload();
      const button = page.getByRole("button", { name: "キャッシュを消して再読み込み" });
      await button.waitFor({ timeout: 30_000 });
      assert.equal(await page.evaluate(() => document.documentElement.dataset.app), "failed");
      // Only the failure above on the console; clear the record for what follows.
      s.consoleErrors.length = 0;
      await reloadedBy(page, () => button.click());
      await waitForApp(page);
      // The broken entry is gone: whatever is cached now is the real wasm.
      await eventually(
        () =>
          page.evaluate(async ({ url, size }) => {
            const res = await caches.match(url);
            return res ? (await res.arrayBuffer()).byteLength !== size : true;
          }, broken),
        true,
        "no broken wasm left in the cache",
      );
      assert.equal(await page.locator(".kofukin-boot-error").count(), 0);
    } finally {
      await s.close();
      await server.stop();
    }
  });
});
