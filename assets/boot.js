// kofukin boot loader. Template: xtask/web/post-build.mjs writes the app's hashed file names in and
// saves it as boot-<hash>.js (index.html loads it). It replaces Trunk's inline loader so that the page
// runs under `script-src 'self' 'wasm-unsafe-eval'` with no inline script. It:
//   - adds class `embed` on <html> for `?embed=1` and reports the page height to the parent page with
//     postMessage({ type: "kofukin:height", height }, "*") on load and on every size change
//     (docs/format.md, URL keys); it reads nothing from the parent;
//   - once the app has started, registers the service worker (sw.js) where the browser allows it
//     (its precache then fetches the rest of the build, the builds of the page's lower part and of
//     the other views included), and when a new version is waiting shows 「新しいバージョンがあります」
//     with the button 「更新して再読み込み」 (not in the embed view);
//   - once the page has loaded and been painted, starts the app (the Leptos module's init mounts it
//     in place of the pre-rendered copy): the simulator's build, or the build of the other views when
//     the link opens one of them; once the app's page is shown (the event `kofukin:shown`), sets
//     <html data-app="ready">;
//   - on the simulator's page, fetches the build of its lower part (sharing, hints, the project editor,
//     saved scenarios, the panels) when the place for it, <div id="below">, comes within a screen's
//     height of the screen, or when `window.kofukinLoadBelow()` is called (the page's stand-ins for
//     the lower part's controls do when used); <html data-below> is then "loading", "ready" or
//     "failed" (the page offers to try again);
//     when it cannot start (the module or the wasm fails to load or to compile, or nothing after
//     START_TIMEOUT_MS) it sets data-app="failed" and shows a short message with the button
//     「キャッシュを消して再読み込み」, which unregisters this page's service worker, deletes its
//     caches and reloads: a broken cache never leaves every reload failing.
// It reads `embed` and `lang` as the app reads the link: the last value that is valid wins.

const params = new URLSearchParams(location.search);
/** The last of a key's values that is one of `allowed`, as the app reads the link. */
const last = (key, allowed) => params.getAll(key).filter((v) => allowed.includes(v)).at(-1);
const embed = last("embed", ["0", "1"]) === "1";
const en = last("lang", ["ja", "en"]) === "en";

/** The values of `view` (docs/format.md, URL keys). */
const VIEWS = ["sim", "donation", "navi", "how", "accessibility", "compare"];

/** How long the app may take to start before the way out is offered (it stays usable if it starts). */
const START_TIMEOUT_MS = 30_000;
/** The service worker's caches (assets/sw.js names them kofukin-<version>). */
const CACHE_PREFIX = "kofukin-";

if (embed) {
  document.documentElement.classList.add("embed");
  reportHeight();
}
const slow = setTimeout(() => showStartFailure(false), START_TIMEOUT_MS);
try {
  await afterFirstPaint();
  // The simulator's build, or for a link to another view the build of the other views (as the app
  // reads `view`: the last valid value; none → the simulator).
  const other = (last("view", VIEWS) ?? "sim") !== "sim";
  const { default: init } = other ? await import("./__VIEWS_JS__") : await import("./__APP_JS__");
  const wasm = other ? new URL("./__VIEWS_WASM__", import.meta.url) : new URL("./__APP_WASM__", import.meta.url);
  // The app builds its page in a few short tasks and then shows it in place of the pre-rendered copy.
  const shown = new Promise((done) => addEventListener("kofukin:shown", done, { once: true }));
  await init({ module_or_path: wasm });
  await shown;
  clearTimeout(slow);
  document.querySelector(".kofukin-boot-error")?.remove();
  document.documentElement.dataset.app = "ready"; // for tests and for embedding pages' own checks
  if (!other) watchBelow();
  // After the first render: the worker's precache (every file of the build, the three app builds included)
  // does not take bandwidth from the first visit's own files.
  registerWorker();
} catch (error) {
  clearTimeout(slow);
  showStartFailure(true);
  throw error;
}

/** Fetches the simulator page's lower part when its place nears the screen (an embedding page that
 *  sizes the frame to the page shows it all: at once); `kofukinLoadBelow()` fetches it now (the
 *  page's stand-in controls call it when used). */
function watchBelow() {
  window.kofukinLoadBelow = loadBelow;
  const place = document.getElementById("below");
  if (!place || typeof IntersectionObserver !== "function") {
    loadBelow();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      loadBelow();
    },
    { rootMargin: "100% 0px" },
  );
  observer.observe(place);
}

let belowLoad;
/** Fetches and starts the lower part's build once (again after a failure). */
function loadBelow() {
  const root = document.documentElement;
  belowLoad ??= (async () => {
    root.dataset.below = "loading";
    const { default: init } = await import("./__BELOW_JS__");
    // The build draws its part, then says so (the page hands its stand-in controls over).
    const drawn = new Promise((done) => addEventListener("kofukin:below", done, { once: true }));
    await init({ module_or_path: new URL("./__BELOW_WASM__", import.meta.url) });
    await drawn;
    root.dataset.below = "ready";
  })().catch((error) => {
    belowLoad = undefined;
    root.dataset.below = "failed";
    console.error(error);
  });
  return belowLoad;
}

/** Resolves once the page (pre-rendered at build time) has loaded and been painted: on a slow network
 *  the app's wasm must not take bandwidth from the first paint. A background tab paints no frames, so
 *  there only the load is awaited. */
async function afterFirstPaint() {
  if (document.readyState !== "complete") await new Promise((done) => addEventListener("load", done, { once: true }));
  if (document.visibilityState === "hidden") return;
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}

/** The message that the app did not start, with the button that clears the cache and reloads. */
function showStartFailure(failed) {
  if (failed) document.documentElement.dataset.app = "failed";
  if (document.querySelector(".kofukin-boot-error")) return;
  const box = document.createElement("div");
  box.className = "kofukin-boot-error";
  box.setAttribute("role", "alert");
  const note = document.createElement("p");
  note.textContent = en
    ? "The simulator could not start. If reloading does not help, clear its cache and reload."
    : "シミュレーターを起動できませんでした。再読み込みしても直らないときは、キャッシュを消して再読み込みしてください。";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "kofukin-boot-error__button";
  button.textContent = en ? "Clear cache and reload" : "キャッシュを消して再読み込み";
  button.addEventListener("click", () => {
    button.disabled = true;
    clearAndReload();
  });
  box.append(note, button);
  document.body.prepend(box);
}

/** Unregisters this page's service worker, deletes its caches, and reloads from the network. */
async function clearAndReload() {
  try {
    const scope = new URL("./", location.href).href;
    const registrations = (await navigator.serviceWorker?.getRegistrations?.()) ?? [];
    await Promise.all(registrations.filter((r) => r.scope === scope).map((r) => r.unregister()));
  } catch {
    // No service worker here (blocked or unsupported): nothing to unregister.
  }
  try {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k.startsWith(CACHE_PREFIX)).map((k) => caches.delete(k)));
  } catch {
    // No Cache Storage here: nothing to delete.
  }
  location.reload();
}

/** Sends the document's height to the embedding page whenever it changes. */
function reportHeight() {
  if (window.parent === window) return;
  const root = document.documentElement;
  let last = -1;
  const send = (force) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height <= 0 || (height === last && !force)) return; // 0 before the app has mounted
    last = height;
    window.parent.postMessage({ type: "kofukin:height", height }, "*");
  };
  if (typeof ResizeObserver === "function") new ResizeObserver(() => send(false)).observe(root);
  window.addEventListener("load", () => send(true));
  send(true);
}

/** Registers sw.js; absent or throwing (sandboxed iframe, storage blocked) → the page works without it. */
function registerWorker() {
  let container;
  try {
    container = navigator.serviceWorker;
  } catch {
    return;
  }
  if (!container || typeof container.register !== "function") return;
  let userAskedReload = false;
  container.addEventListener("controllerchange", () => {
    if (userAskedReload) {
      userAskedReload = false;
      location.reload();
    }
  });
  const offer = (registration) => {
    if (embed || !registration.waiting || !container.controller) return;
    showNotice(registration.waiting, () => {
      userAskedReload = true;
    });
  };
  container
    .register("./sw.js")
    .then((registration) => {
      offer(registration);
      // A page left open also learns of a new version (navigations check by themselves).
      setInterval(() => registration.update().catch(() => {}), 60 * 60 * 1000);
      registration.addEventListener("updatefound", () => {
        const worker = registration.installing;
        if (!worker) return;
        worker.addEventListener("statechange", () => {
          if (worker.state === "installed") offer(registration);
        });
      });
    })
    .catch(() => {});
}

/** The update notice: plain DOM with classes (style/notice.css), no inline style. */
function showNotice(worker, beforeReload) {
  if (document.querySelector(".kofukin-update")) return;
  const box = document.createElement("div");
  box.className = "kofukin-update";
  box.setAttribute("role", "status");
  const text = document.createElement("span");
  text.className = "kofukin-update__text";
  text.textContent = en ? "A new version is available" : "新しいバージョンがあります";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "kofukin-update__button";
  button.textContent = en ? "Update and reload" : "更新して再読み込み";
  button.addEventListener("click", () => {
    button.disabled = true;
    beforeReload();
    worker.postMessage({ type: "SKIP_WAITING" });
  });
  box.append(text, button);
  document.body.append(box);
}
