import { expect, test, journeyIn } from "../fixtures/test";
import { createAccount, signIn, uniqueEmail } from "../fixtures/accounts";
import { expectNoAxeViolations, expectReflowAt320 } from "../fixtures/axe";
import { LOCALES, text, textWith } from "../fixtures/i18n";

for (const locale of LOCALES) {
  test(`admin in ${locale}: creates a coach account and changes a role`, async ({ page }) => {
    journeyIn(locale, { plain: "fi", wasm: "en" });
    test.slow();
    const admin = uniqueEmail("admin");
    createAccount("admin", admin, locale);
    await signIn(page, locale, admin);
    await expect(page.getByRole("heading", { level: 1, name: text(locale, "admin-users-title") })).toBeVisible();
    await expectNoAxeViolations(page);

    const create = page.getByRole("button", { name: text(locale, "admin-create-submit") });
    await create.click();
    await expect(page.locator(".error-summary").getByRole("link")).toHaveText([
      text(locale, "admin-error-role-missing"),
      text(locale, "account-error-name-missing"),
      text(locale, "account-error-contact-missing"),
    ]);
    await expectNoAxeViolations(page);

    const coach = uniqueEmail("coach");
    // Tests run side by side on one database: a name of this test's own.
    const name = `Kaisa ${locale} ${Date.now()}`;
    await page.getByLabel(text(locale, "role-coach")).check();
    await page.getByLabel(text(locale, "admin-name-label")).fill(name);
    await page.getByLabel(text(locale, "join-contact-label")).fill(coach);
    await create.click();
    const created = page.locator("#create-account");
    await expect(created.getByRole("heading")).toHaveText(textWith(locale, "admin-created-heading", { name }));
    await expect(created.locator(".code-display")).toHaveText(/^[2-9A-HJKMNP-TV-Z]{3}-[2-9A-HJKMNP-TV-Z]{3}-[2-9A-HJKMNP-TV-Z]{3}$/);
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);

    // Every staff member has a role picker of their own (the list holds
    // accounts from other tests too), except the admin themselves.
    const picker = page.getByLabel(textWith(locale, "admin-role-label", { name }));
    await picker.selectOption("organiser");
    await picker.locator("..").getByRole("button", { name: text(locale, "admin-role-submit") }).click();
    await expect(page.getByRole("status")).toHaveText(text(locale, "admin-role-changed"));
    await expect(page.getByLabel(textWith(locale, "admin-role-label", { name }))).toHaveValue("organiser");
  });
}
