import { expect, test } from "../fixtures/test";
import { expectNoAxeViolations } from "../fixtures/axe";
import { LOCALES, langOf, text } from "../fixtures/i18n";

for (const locale of [...LOCALES, "fi-selko", "ar"] as const) {
  test(`offline in ${locale}: the service worker shows the offline page in the page's language`, async ({ page, context }) => {
    await page.goto(`/?lang=${locale}`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // A second load goes through the now-controlling worker, which remembers
    // the language and keeps that language's offline page (only that one).
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const offlinePages = () =>
      page.evaluate(async () =>
        (await (await caches.open("askel-shell-v3")).keys())
          .map((request) => new URL(request.url))
          .filter((url) => url.pathname === "/offline")
          .map((url) => url.search),
      );
    await expect.poll(offlinePages).toEqual([`?lang=${locale}`]);

    await context.setOffline(true);
    // Chromium applies offline to an already running service worker's own
    // fetches a moment later than to the page (once in ~100 CI runs the first
    // navigation still reached the server's 404): navigate again until it does.
    await expect(async () => {
      await page.goto("/some/page");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "offline-title"), { timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
    await expect(page.locator("html")).toHaveAttribute("lang", langOf(locale));
    await expectNoAxeViolations(page);
    await context.setOffline(false);
  });
}

test("the web app manifest names the app and its icons", async ({ request }) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: "Askel", start_url: "/", display: "standalone" });
  const sizes = manifest.icons.map((icon: { sizes: string; purpose?: string }) => `${icon.sizes} ${icon.purpose ?? "any"}`);
  expect(sizes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
  for (const icon of manifest.icons) {
    expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
  }
});
