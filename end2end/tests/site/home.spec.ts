import { expect, test } from "../fixtures/test";
import { expectNoAxeViolations, expectReflowAt320 } from "../fixtures/axe";
import { LOCALES, text } from "../fixtures/i18n";

for (const locale of LOCALES) {
  test.describe(`home page in ${locale}`, () => {
    test("is in the right language and has no axe violations", async ({ page }) => {
      await page.goto(`/?lang=${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
      await expect(page).toHaveTitle(`${text(locale, "home-title")} – Askel`);
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
  for (const locale of LOCALES) {
    await expect(languages.getByRole("link", { name: text(locale, "language-self-name") })).toHaveAttribute("lang", locale);
  }
  await languages.getByRole("link", { name: "Svenska" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("sv", "home-heading"));
  // The browser asks for English, but the choice made on the page wins.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
});
