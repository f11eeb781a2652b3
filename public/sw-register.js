// Registers the service worker that keeps the app shell and an offline page.
// A separate file, not inline, so the Content Security Policy can forbid inline scripts.
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
