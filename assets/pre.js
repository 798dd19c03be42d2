// kofukin first-paint script: a classic script at the top of <head> (xtask/web/post-build.mjs saves it
// as pre-<hash>.js and links it; no inline script: strict CSP). It runs before the first paint and
// only sets two things on <html> that the stylesheet reads:
//   - class `embed` for `?embed=1` (the embed view has no page header or footer from the first paint);
//   - `data-prerender`: whether the page pre-rendered at build time (the simulator with the starter
//     plan, in Japanese) is what this link shows, so that no wrong figure is ever on screen before the
//     app has read the link (style/shell.css):
//       "fits" — the link has no plan of its own, or the starter plan's own keys (the query the
//                pre-rendered page links itself with, written in by the build): the copy is shown;
//       "plan" — the link carries its own plan: the plan's values and every figure are hidden (also
//                what the page does when this script does not run);
//       "view" — the link opens another view: the pre-rendered view is hidden;
//       "lang" — the link asks for English: the whole pre-rendered page is hidden.
// The app replaces the pre-rendered page with its own once that is built (src/web/shell/mod.rs).
(function () {
  var params = new URLSearchParams(location.search);
  var last = function (key, allowed) {
    var values = params.getAll(key).filter(function (v) { return allowed.indexOf(v) >= 0; });
    return values[values.length - 1];
  };
  var root = document.documentElement;
  if (last("embed", ["0", "1"]) === "1") root.classList.add("embed");
  var view = params.getAll("view");
  // The keys of a plan, in order (what the page shows does not depend on `embed`, `lang`, `view`, `v`).
  var planKeys = function (query) {
    var out = [];
    query.forEach(function (value, key) {
      if (["embed", "lang", "view", "v"].indexOf(key) < 0) out.push(key + "=" + value);
    });
    return out.join("&");
  };
  var own = planKeys(params);
  var plan = own !== "" && own !== planKeys(new URLSearchParams("__STARTER_QUERY__"));
  if (last("lang", ["ja", "en"]) === "en") root.dataset.prerender = "lang";
  else if (view.length && view[view.length - 1] !== "sim") root.dataset.prerender = "view";
  else root.dataset.prerender = plan ? "plan" : "fits";
})();
