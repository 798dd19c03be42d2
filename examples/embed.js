// Host-page side of the embed (examples/embed.html): sizes each simulator iframe to the height it
// reports. The simulator sends only { type: "kofukin:height", height } and reads nothing from this page.
// Check event.source (the message comes from our iframe) and, in production, event.origin too:
//   if (event.origin !== "https://example.go.jp") return;
window.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "kofukin:height" || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll("iframe.kofukin-frame")) {
    if (frame.contentWindow === event.source) {
      frame.height = String(Math.ceil(data.height)); // an attribute, not a style: fine under a strict CSP
      const out = document.getElementById("kofukin-height");
      if (out) out.textContent = String(Math.ceil(data.height));
    }
  }
});
