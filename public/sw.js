// Askel service worker: precaches the shell (CSS, icons, manifest) and keeps
// the offline page in the language of the pages the person reads (fetched the
// first time a page comes in that language: a reader downloads only their
// own), and shows it when a page cannot be fetched. Pages are always fetched fresh when the
// network allows; only the pages of modules the person has opened are kept, so
// they can be read offline (the module player stores answer-free copies in
// MODULES; signing out clears it), with the app files they need kept as fetched.
const CACHE = "askel-shell-v3";
// The step pages the player keeps for reading offline: copies made without
// the person's answers (`?for=offline`), so a reflection is never cached. A
// new name drops the copies older versions kept, which held answers.
const MODULES = "askel-offline-pages";
const LOCALES = ["fi", "fi-selko", "sv", "en", "ru", "et", "ar", "uk", "so"];
const OFFLINE = (lang) => `/offline?lang=${lang}`;
const LOCALE_KEY = "/__askel/locale";
const SHELL = [
  "/pkg/askel.css",
  "/manifest.webmanifest",
  "/icons/icon.svg",
  "/icons/icon-192.png",
];

// The page script is kept at once too (it is served network-first, below):
// a module page kept for offline reading needs it to wake its player, even if
// the person goes offline before loading another page.
self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...SHELL, "/start.js"]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE && key !== MODULES).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

// The language of the last page the server sent, from its Content-Language,
// and that language's offline page if it is not kept yet.
async function rememberLocale(response) {
  const lang = response.headers.get("content-language");
  if (!LOCALES.includes(lang)) return;
  const cache = await caches.open(CACHE);
  await cache.put(LOCALE_KEY, new Response(lang));
  if (!(await cache.match(OFFLINE(lang)))) await cache.add(OFFLINE(lang));
}

async function offlinePage() {
  const cache = await caches.open(CACHE);
  const remembered = await cache.match(LOCALE_KEY);
  const lang = remembered ? await remembered.text() : "fi";
  // Another language's offline page beats none.
  const page = (await cache.match(OFFLINE(lang))) || (await cache.match("/offline", { ignoreSearch: true }));
  return page || Response.error();
}

const isModulePage = (url) => url.pathname.startsWith("/modules/");

async function navigate(event) {
  const request = event.request;
  const url = new URL(request.url);
  try {
    const response = await fetch(request);
    // In the background: the page is not kept waiting for the offline page.
    event.waitUntil(rememberLocale(response.clone()).catch(() => {}));
    return response;
  } catch {
    const kept =
      isModulePage(url) && (await (await caches.open(MODULES)).match(url.pathname, { ignoreSearch: true }));
    return kept || offlinePage();
  }
}

// The app's scripts (the page script that wakes a kept module's player, too)
// and WebAssembly, and module images: from the network (a new release must not
// meet an old script), keeping the copy for offline use. The copy is not
// personal, so it stays in the shell cache through sign-outs.
const isAppFile = (url) =>
  url.pathname === "/start.js" ||
  url.pathname.startsWith("/pkg/") ||
  (url.pathname.startsWith("/media/") && !/\.(webm|mp4|vtt)$/.test(url.pathname));

// Every page load fetches these files; a cheap phone should not rewrite the
// megabyte of WebAssembly each time, only when a release changed it.
async function keepIfChanged(request, response) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request, { ignoreVary: true });
  const modified = response.headers.get("last-modified");
  if (kept && modified && kept.headers.get("last-modified") === modified) return;
  await cache.put(request, response);
}

async function networkThenKept(event) {
  const request = event.request;
  try {
    const response = await fetch(request);
    if (response.status === 200) event.waitUntil(keepIfChanged(request, response.clone()));
    return response;
  } catch {
    // The files vary by compression and language only in how they travel.
    return (await caches.match(request, { ignoreVary: true })) || Response.error();
  }
}

async function shellFirst(request) {
  const cached = await caches.match(request);
  const network = fetch(request)
    .then(async (response) => {
      if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
      return response;
    })
    .catch(() => cached || Response.error());
  return cached || network;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  const url = new URL(request.url);
  if (request.mode === "navigate") {
    event.respondWith(navigate(event));
  } else if (SHELL.includes(url.pathname)) {
    event.respondWith(shellFirst(request));
  } else if (isAppFile(url)) {
    event.respondWith(networkThenKept(event));
  }
});

// A notice from Askel's server (Web Push): the same words as the email's
// subject, never what a message says. Shown in the person's language; a tap
// opens the page it is about, on this site only.
self.addEventListener("push", (event) => {
  let notice = {};
  try {
    notice = event.data ? event.data.json() : {};
  } catch {
    notice = {};
  }
  const title = typeof notice.title === "string" && notice.title ? notice.title : "Askel";
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof notice.body === "string" ? notice.body : "",
      lang: typeof notice.lang === "string" ? notice.lang : "",
      dir: notice.dir === "rtl" ? "rtl" : "ltr",
      icon: "/icons/icon-192.png",
      data: { url: typeof notice.url === "string" ? notice.url : "/" },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const wanted = new URL(event.notification.data?.url || "/", self.location.origin);
  const url = wanted.origin === self.location.origin ? wanted.href : self.location.origin + "/";
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => client.url === url);
      return open ? open.focus() : self.clients.openWindow(url);
    }),
  );
});
