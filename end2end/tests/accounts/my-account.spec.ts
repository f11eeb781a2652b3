import { expect, test, type Page, journeyIn } from "../fixtures/test";
import { PASSWORD, createAccount, signIn, uniqueEmail } from "../fixtures/accounts";
import { expectNoAxeViolations, expectReflowAt320 } from "../fixtures/axe";
import { LOCALES, text, type Locale } from "../fixtures/i18n";

function heading(page: Page, locale: Locale, id: string) {
  return page.getByRole("heading", { level: 1, name: text(locale, id) });
}

for (const locale of LOCALES) {
  test(`my account in ${locale}: details, password, language and deleting the account`, async ({ page }) => {
    journeyIn(locale, { plain: "en", wasm: "sv" });
    // Seven pages, each checked with axe, some twice: a journey, not one page.
    test.slow();
    const email = uniqueEmail("jobseeker");
    createAccount("jobseeker", email, locale);
    await signIn(page, locale, email);
    await expect(heading(page, locale, "account-heading")).toBeVisible();
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);

    // Details: a mistake is explained and linked; the fix is saved.
    await page.getByRole("link", { name: text(locale, "account-change-details") }).click();
    await expect(heading(page, locale, "details-title")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel(text(locale, "account-email")).fill("");
    await page.getByLabel(text(locale, "account-phone")).fill("");
    await page.getByRole("button", { name: text(locale, "details-submit") }).press("Enter");
    const summary = page.locator(".error-summary");
    await expect(summary.getByRole("link")).toHaveText([text(locale, "account-error-contact-none")]);
    await expectNoAxeViolations(page);
    await summary.getByRole("link").click();
    await expect(page.getByLabel(text(locale, "account-email"))).toBeFocused();
    await page.getByLabel(text(locale, "account-email")).fill(email);
    await page.getByLabel(text(locale, "join-name-label")).fill("Maija Meikäläinen");
    await page.getByRole("button", { name: text(locale, "details-submit") }).click();
    await expect(page.getByRole("status")).toHaveText(text(locale, "account-details-saved"));
    await expect(page.getByText("Maija Meikäläinen")).toBeVisible();

    // Password: the current one is asked for.
    await page.getByRole("link", { name: text(locale, "account-change-password") }).click();
    await expect(heading(page, locale, "password-page-title")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel(text(locale, "password-page-current")).fill("not my password");
    await page.getByLabel(text(locale, "password-page-new")).fill("uusi pitkä salasana");
    await page.getByRole("button", { name: text(locale, "password-page-submit") }).click();
    await expect(page.locator(".error-summary").getByRole("link")).toHaveText([
      text(locale, "account-error-current-password-wrong"),
    ]);
    await page.getByLabel(text(locale, "password-page-current")).fill(PASSWORD);
    await page.getByLabel(text(locale, "password-page-new")).fill("uusi pitkä salasana");
    await page.getByRole("button", { name: text(locale, "password-page-submit") }).click();
    await expect(page.getByRole("status")).toHaveText(text(locale, "account-password-saved"));

    // Language: the page answers in the chosen one at once.
    const other: Locale = locale === "en" ? "fi" : "en";
    await page.getByRole("link", { name: text(locale, "account-change-language") }).click();
    await expect(heading(page, locale, "language-page-title")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel(text(other, "language-self-name"), { exact: true }).check();
    await page.getByRole("button", { name: text(locale, "language-page-submit") }).click();
    await expect(page.getByRole("status")).toHaveText(text(other, "account-language-saved"));
    await expect(page.locator("html")).toHaveAttribute("lang", other);
    await expectNoAxeViolations(page);

    // Deleting: a confirmation step, then gone for good.
    await page.goto(`/account/delete?lang=${locale}`);
    await expect(heading(page, locale, "delete-title")).toBeVisible();
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);
    await page.getByRole("button", { name: text(locale, "delete-submit") }).click();
    await expect(page.locator(".error-summary").getByRole("link")).toHaveText([
      text(locale, "delete-error-confirm"),
      text(locale, "account-error-current-password-missing"),
    ]);
    await expectNoAxeViolations(page);
    await page.getByLabel(text(locale, "delete-confirm-label")).check();
    await page.getByLabel(text(locale, "delete-password-label")).fill("not my password");
    await page.getByRole("button", { name: text(locale, "delete-submit") }).click();
    await expect(page.locator(".error-summary").getByRole("link")).toHaveText([
      text(locale, "account-error-current-password-wrong"),
    ]);
    await page.getByLabel(text(locale, "delete-confirm-label")).check();
    await page.getByLabel(text(locale, "delete-password-label")).fill("uusi pitkä salasana");
    await page.getByRole("button", { name: text(locale, "delete-submit") }).click();
    await expect(heading(page, locale, "deleted-title")).toBeVisible();
    await expectNoAxeViolations(page);

    await signIn(page, locale, email, "uusi pitkä salasana");
    await expect(page.locator(".error-summary").getByRole("link")).toHaveText([text(locale, "sign-in-error-wrong")]);
  });
}

test("my account keeps AA contrast in the dark colour scheme", async ({ page }) => {
  const email = uniqueEmail("jobseeker");
  createAccount("jobseeker", email, "fi");
  await page.emulateMedia({ colorScheme: "dark" });
  await signIn(page, "fi", email);
  await expectNoAxeViolations(page, "dark");
  await page.goto("/account/delete");
  await expectNoAxeViolations(page, "dark");
});
