import { expect, test } from "../fixtures/test";
import { expectNoAxeViolations, expectReflowAt320 } from "../fixtures/axe";
import { ALL_LOCALES, LOCALES, dirOf, langOf, text, textWith } from "../fixtures/i18n";

// The sweep checks the home page's axe and reflow in all nine; these, with
// keyboard and dark colours, in the national languages, English and Arabic.
for (const locale of [...LOCALES, "ar"] as const) {
  test.describe(`home page in ${locale}`, () => {
    test("is in the right language and has no axe violations", async ({ page }) => {
      await page.goto(`/?lang=${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", langOf(locale));
      await expect(page.locator("html")).toHaveAttribute("dir", dirOf(locale));
      await expect(page).toHaveTitle(textWith(locale, "app-page-title", { page: text(locale, "home-title") }));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "home-heading"));
      for (const landmark of ["banner", "main", "contentinfo"] as const) {
        await expect(page.getByRole(landmark)).toHaveCount(1);
      }
      await expect(page.getByRole("navigation", { name: text(locale, "layout-main-nav-label") })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("keyboard: Tab reaches the skip link first and it moves focus to main", async ({ page }) => {
      await page.goto(`/?lang=${locale}`);
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: text(locale, "layout-skip-to-content") });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("main")).toBeFocused();
    });

    test("reflows at 320 px without horizontal scrolling", async ({ page }) => {
      await page.goto(`/?lang=${locale}`);
      await expectReflowAt320(page);
    });

    test("keeps AA contrast in the dark colour scheme", async ({ page }) => {
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(`/?lang=${locale}`);
      await expectNoAxeViolations(page, "dark");
    });

    test("unknown addresses get a localized 404 page", async ({ page }) => {
      const response = await page.goto(`/no-such-page-${locale}?lang=${locale}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "not-found-title"));
      await expectNoAxeViolations(page);
    });
  });
}

test("the language switcher names each language in itself and remembers the choice", async ({ page }) => {
  await page.goto("/?lang=fi");
  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
  const languages = page.getByRole("navigation", { name: text("fi", "layout-language-nav-label") });
  for (const locale of ALL_LOCALES) {
    await expect(languages.getByRole("link", { name: text(locale, "language-self-name"), exact: true })).toHaveAttribute("lang", langOf(locale));
  }
  await languages.getByRole("link", { name: "Svenska" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("sv", "home-heading"));
  // The browser asks for English, but the choice made on the page wins.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
});

test("a browser's languages choose among the nine, but never Easy Finnish; a choice of it is remembered", async ({ browser }) => {
  // The browser's own language (Playwright's `locale` sets its Accept-Language).
  for (const [browserLocale, lang, dir] of [["ar-SY", "ar", "rtl"], ["uk-UA", "uk", "ltr"], ["so-SO", "so", "ltr"], ["et-EE", "et", "ltr"], ["fi-FI", "fi", "ltr"]]) {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("html"), browserLocale).toHaveAttribute("lang", lang);
    await expect(page.locator("html"), browserLocale).toHaveAttribute("dir", dir);
    await context.close();
  }
  const context = await browser.newContext({ locale: "fi-FI" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("fi", "home-heading"));
  await page.getByRole("navigation", { name: text("fi", "layout-language-nav-label") }).getByRole("link", { name: "Selkosuomi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("fi-selko", "home-heading"));
  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
  await page.goto("/events");
  await expect(page.getByRole("link", { name: "Selkosuomi" })).toHaveAttribute("aria-current", "true");
  await context.close();
});

test("in Arabic the page runs right to left: the back link and the navigation start on the right", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/sign-in?lang=ar");
  // The heading's words hug the right edge of its box, with the space left over on the left.
  const [left, right] = await page.getByRole("heading", { level: 1 }).evaluate((h1) => {
    const range = document.createRange();
    range.selectNodeContents(h1);
    const words = range.getBoundingClientRect();
    const box = h1.getBoundingClientRect();
    return [words.left - box.left, box.right - words.right];
  });
  expect(right).toBeLessThan(1);
  expect(left).toBeGreaterThan(right);
  const nav = page.getByRole("navigation", { name: text("ar", "layout-main-nav-label") }).getByRole("link").first();
  const first = await nav.boundingBox();
  expect(first!.x + first!.width).toBeGreaterThan(360 / 2);
  // An email address or a phone number typed into an Arabic page stays left to right.
  await expect(page.getByLabel(text("ar", "sign-in-contact-label"))).toHaveCSS("direction", "ltr");
  await expect(page.getByLabel(text("ar", "sign-in-password-label"))).toHaveCSS("direction", "ltr");
  await expectNoAxeViolations(page);
});

test("only a page with an island fetches the islands' WebAssembly: the words page none, the home page its form's and nothing else", async ({ page }) => {
  test.skip(test.info().project.use.javaScriptEnabled === false, "what the scripts fetch");
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));

  // No island on the words page: the page script and nothing more.
  await page.goto("/words?lang=fi");
  await page.waitForLoadState("load");
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300))));
  expect(fetched).toContain("/start.js");
  expect(fetched.filter((path) => path.startsWith("/pkg/") && !path.endsWith(".css"))).toEqual([]);
  await expect(page.locator("leptos-island")).toHaveCount(0);

  // The home page's feedback form is an island: the bundle comes, and the form wakes.
  fetched.length = 0;
  await page.goto("/?lang=fi");
  await page.locator("form[data-enhanced]").waitFor();
  expect(fetched).toEqual(expect.arrayContaining(["/start.js", "/pkg/askel.js", "/pkg/askel.wasm"]));
  // Nothing on it reads aloud: the small WASM for that stays away, also once
  // the islands have woken (it would be fetched after them).
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300))));
  expect(fetched.filter((path) => path.startsWith("/pkg/enhance"))).toEqual([]);
});
