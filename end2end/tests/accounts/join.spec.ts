import { expect, test, journeyIn } from "../fixtures/test";
import {
  PASSWORD,
  createAccount,
  downloadMyData,
  invitationCodeFrom,
  signIn,
  signOut,
  uniqueEmail,
} from "../fixtures/accounts";
import { expectNoAxeViolations } from "../fixtures/axe";
import { LOCALES, text } from "../fixtures/i18n";

for (const locale of LOCALES) {
  test(`join in ${locale}: a jobseeker joins with a coach's code, signs out and signs in again`, async ({ page }) => {
    journeyIn(locale, { plain: "sv", wasm: "fi" });
    // A whole journey over six pages, with axe on five of them: longer than one page's test.
    test.slow();
    const coach = uniqueEmail("coach");
    createAccount("coach", coach, locale);
    const code = await invitationCodeFrom(page, locale, coach);

    await page.goto(`/join?lang=${locale}`);
    await expect(page).toHaveTitle(`${text(locale, "join-title")} – Askel`);
    await expectNoAxeViolations(page);

    // First with mistakes: every problem is listed, linked, and nothing typed is lost.
    const email = uniqueEmail("jobseeker");
    await page.getByLabel(text(locale, "join-code-label")).fill(code.toLowerCase());
    await page.getByLabel(text(locale, "join-name-label")).fill("Maija");
    await page.getByLabel(text(locale, "join-contact-label")).fill(email);
    await page.getByLabel(text(locale, "join-password-label")).fill("salasana");
    await page.getByLabel(text(locale, "join-birth-year-label")).fill("85");
    await page.getByRole("button", { name: text(locale, "join-submit") }).press("Enter");

    const summary = page.locator(".error-summary");
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link")).toHaveText([
      text(locale, "password-error-common"),
      text(locale, "join-error-birth-year-invalid"),
    ]);
    await expect(page.getByLabel(text(locale, "join-name-label"))).toHaveValue("Maija");
    await expect(page.getByLabel(text(locale, "join-contact-label"))).toHaveValue(email);
    await expectNoAxeViolations(page);

    await summary.getByRole("link", { name: text(locale, "password-error-common") }).click();
    const password = page.getByLabel(text(locale, "join-password-label"));
    await expect(password).toBeFocused();
    await password.fill(PASSWORD);
    await page.getByLabel(text(locale, "join-birth-year-label")).fill("1985");
    await page.getByRole("button", { name: text(locale, "join-submit") }).press("Enter");

    await expect(page.getByRole("heading", { level: 1, name: text(locale, "account-heading") })).toBeVisible();
    await expect(page.getByRole("status")).toHaveText(text(locale, "account-welcome"));
    await expectNoAxeViolations(page);

    await signOut(page, locale);
    await expectNoAxeViolations(page);
    await page.goto(`/sign-in?lang=${locale}`);
    await expectNoAxeViolations(page);
    await signIn(page, locale, email);
    await expect(page.getByRole("heading", { level: 1, name: text(locale, "account-heading") })).toBeVisible();

    const data = await downloadMyData(page, locale);
    expect(data.account).toMatchObject({ role: "jobseeker", display_name: "Maija", email, birth_year: 1985 });
    expect(data.audit_log.map((entry: { action: string }) => entry.action)).toEqual([
      "account_created",
      "sign_in",
      "sign_in",
      "data_exported",
    ]);
  });
}

test("sign in: a wrong password is explained without saying whether the account exists", async ({ page }) => {
  await signIn(page, "en", uniqueEmail("nobody"), "wrong password");
  const summary = page.locator(".error-summary");
  await expect(summary.getByRole("link")).toHaveText(text("en", "sign-in-error-wrong"));
  await expectNoAxeViolations(page);
});

test("a protected page sends a stranger to sign in and back", async ({ page }) => {
  const coach = uniqueEmail("coach");
  createAccount("coach", coach, "sv");
  await page.goto("/coach/invitations?lang=sv");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcoach%2Finvitations/);
  await page.getByLabel(text("sv", "sign-in-contact-label")).fill(coach);
  await page.getByLabel(text("sv", "sign-in-password-label")).fill(PASSWORD);
  await page.getByRole("button", { name: text("sv", "sign-in-submit") }).click();
  await expect(page).toHaveURL(/\/coach\/invitations\?lang=sv$/);
});

test("forgot password: the pages explain both ways back in", async ({ page }) => {
  await page.goto("/sign-in?lang=fi");
  await page.getByRole("link", { name: text("fi", "sign-in-forgot-link") }).click();
  await expect(page.getByRole("heading", { level: 1, name: text("fi", "forgot-title") })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(text("fi", "forgot-email-label")).fill(uniqueEmail("someone"));
  await page.getByRole("button", { name: text("fi", "forgot-submit") }).click();
  await expect(page.getByRole("status")).toHaveText(text("fi", "forgot-sent"));
  await page.goto("/password/new?lang=fi");
  await expectNoAxeViolations(page);
});
