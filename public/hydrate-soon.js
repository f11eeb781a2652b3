// Leptos wakes islands up in requestIdleCallback, which a busy page (a cheap
// phone, a service worker installing) can put off for many seconds. Runs
// before the hydration script, and gives every idle callback a deadline.
if ("requestIdleCallback" in window) {
  const idle = window.requestIdleCallback.bind(window);
  window.requestIdleCallback = (callback, options) => idle(callback, { timeout: 1000, ...options });
}
