// What every page runs, one small file (not inline, so the Content Security
// Policy can forbid inline scripts): it registers the service worker; on a
// page with an island, and only there, loads the islands' WebAssembly and
// wakes them; on a page with something marked `data-enhance` (the module
// player, reading aloud), and only there, loads the small WebAssembly that
// does it (`app/enhance`).
// A page with neither costs a phone no script beyond this file.

// The bundles, named by the page (`data-islands-js`, `data-enhance-js`, …).
const bundle = document.currentScript && document.currentScript.dataset;

// Wakes each island on the page: as Leptos' own island script does
// (leptos 0.8, src/hydration/island_script.js, MIT), islands inside an island's
// children after their parent.
async function wakeIslands(mod) {
  const childrenCallbacks = [];
  async function visit(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const tag = node.tagName.toLowerCase();
    if (tag === "leptos-island") {
      const island = mod[node.dataset.component];
      if (island) {
        const onChildren = childrenCallbacks[childrenCallbacks.length - 1];
        if (onChildren) onChildren();
        await island(node);
      } else {
        console.warn(`No WebAssembly function for the island ${node.dataset.component}.`);
      }
      for (const child of node.children) await visit(child);
    } else if (tag === "leptos-children") {
      childrenCallbacks.push(node.$$on_hydrate);
      for (const child of node.children) await visit(child);
      childrenCallbacks.pop();
    } else {
      for (const child of node.children) await visit(child);
    }
  }
  await visit(document.body);
}

const idle = () => new Promise((resolve) => ("requestIdleCallback" in window ? requestIdleCallback(resolve) : resolve()));

// The page works as plain HTML whatever happened; offline without a kept copy
// is expected, anything else (a broken build, an island that threw) is worth
// a line in the console.
const warn = (what) => (error) => {
  if (navigator.onLine) console.error(`${what} did not start:`, error);
};

// Fetched and compiled at once, woken when the browser is idle, so the page's
// first paint never waits for it.
const islands =
  bundle && bundle.islandsJs && document.querySelector("leptos-island")
    ? import(bundle.islandsJs)
        .then((mod) => Promise.all([mod.default({ module_or_path: bundle.islandsWasm }), idle()]).then(() => mod))
        .then((mod) => {
          mod.hydrate();
          return wakeIslands(mod);
        })
        .catch(warn("The islands"))
    : Promise.resolve();

// After the islands (if any), whose hydration expects the page as the server
// drew it; it starts itself once loaded.
if (bundle && bundle.enhanceJs && document.querySelector("[data-enhance]")) {
  islands
    .then(() => import(bundle.enhanceJs))
    .then((mod) => mod.default({ module_or_path: bundle.enhanceWasm }))
    .catch(warn("The page's WebAssembly"));
}

// The service worker that keeps the app shell and an offline page.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // Without the worker the site still works online; nothing to tell the user.
    });
  });
}

// Module pages kept for offline reading hold the person's answers: gone once
// they sign out or delete their account, e.g. on a shared phone.
if ("caches" in window && ["/signed-out", "/account/deleted"].includes(location.pathname)) {
  caches.delete("askel-offline-pages");
}

// Nor does a phone go on showing their notices once they sign out on it: its
// push subscription ends, and the server forgets it at the next notice (410).
if ("serviceWorker" in navigator && ["/signed-out", "/account/deleted"].includes(location.pathname)) {
  navigator.serviceWorker.ready
    .then((registration) => registration.pushManager && registration.pushManager.getSubscription())
    .then((subscription) => subscription && subscription.unsubscribe())
    .catch(() => {});
}
