// kofukin boot loader. Template: xtask/web/post-build.mjs writes the app's hashed file names in and
// saves it as boot-<hash>.js (index.html loads it). It replaces Trunk's inline loader so that the page
// runs under `script-src 'self' 'wasm-unsafe-eval'` with no inline script. It:
//   - adds class `embed` on <html> for `?embed=1` and reports the page height to the parent page with
//     postMessage({ type: "kofukin:height", height }, "*") on load and on every size change
//     (docs/format.md, URL keys); it reads nothing from the parent;
//   - registers the service worker (sw.js) where the browser allows it, and when a new version is
//     waiting shows 「新しいバージョンがあります」 with the button 「更新して再読み込み」 (not in the embed view);
//   - starts the app (the Leptos module's init mounts it) and then sets <html data-app="ready">
//     ("failed", with a short message on the page, when it could not start).
import init from "./__APP_JS__";

const params = new URLSearchParams(location.search);
const embed = params.get("embed") === "1";
const en = params.get("lang") === "en";

if (embed) {
  document.documentElement.classList.add("embed");
  reportHeight();
}
registerWorker();
try {
  await init({ module_or_path: new URL("./__APP_WASM__", import.meta.url) });
  document.documentElement.dataset.app = "ready"; // for tests and for embedding pages' own checks
} catch (error) {
  document.documentElement.dataset.app = "failed";
  const note = document.createElement("p");
  note.className = "kofukin-boot-error";
  note.setAttribute("role", "alert");
  note.textContent = en
    ? "The simulator could not start. Please reload the page."
    : "シミュレーターを起動できませんでした。ページを再読み込みしてください。";
  document.body.prepend(note);
  throw error;
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
