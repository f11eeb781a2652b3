// Askel service worker: precaches the shell (CSS, icons, manifest) and the
// offline page in every language, and shows that page in the person's language
// when a page cannot be fetched. Pages themselves are never served from the
// cache: they hold personal data and must be fresh.
const CACHE = "askel-shell-v1";
const LOCALES = ["fi", "sv", "en"];
const OFFLINE = (lang) => `/offline?lang=${lang}`;
const LOCALE_KEY = "/__askel/locale";
const SHELL = [
  "/pkg/askel.css",
  "/manifest.webmanifest",
  "/icons/icon.svg",
  "/icons/icon-192.png",
  ...LOCALES.map(OFFLINE),
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// The language of the last page the server sent, from its Content-Language.
async function rememberLocale(response) {
  const lang = response.headers.get("content-language");
  if (LOCALES.includes(lang)) {
    const cache = await caches.open(CACHE);
    await cache.put(LOCALE_KEY, new Response(lang));
  }
}

async function offlinePage() {
  const cache = await caches.open(CACHE);
  const remembered = await cache.match(LOCALE_KEY);
  const lang = remembered ? await remembered.text() : "fi";
  return (await cache.match(OFFLINE(LOCALES.includes(lang) ? lang : "fi"))) || Response.error();
}

async function navigate(request) {
  try {
    const response = await fetch(request);
    await rememberLocale(response.clone());
    return response;
  } catch {
    return offlinePage();
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
  if (request.mode === "navigate") {
    event.respondWith(navigate(request));
  } else if (SHELL.includes(new URL(request.url).pathname)) {
    event.respondWith(shellFirst(request));
  }
});
