import { expect, test, type Page, journeyIn } from "../fixtures/test";
import { createAccount, signIn, uniqueEmail } from "../fixtures/accounts";
import { psql } from "../fixtures/db";
import { checkPage } from "../fixtures/axe";
import { LOCALES, text, type Locale } from "../fixtures/i18n";
import { press } from "../fixtures/modules";

// Employers post jobs from a phone as often as from a desk.
test.use({ viewport: { width: 360, height: 740 } });
// A long form, two pages after it and axe on each.
test.describe.configure({ timeout: 60_000 });

/** The vocabulary's names in each language (content/vocabulary/<locale>.toml). */
const NAMES: Record<Locale, { field: string; occupation: string; skill: string }> = {
  fi: { field: "Siivous ja kiinteistöpalvelut", occupation: "Siivooja (toimistot ja kiinteistöt)", skill: "Lattioiden siivous" },
  sv: { field: "Städning och fastighetsservice", occupation: "Städare (kontor och fastigheter)", skill: "Golvstädning" },
  en: { field: "Cleaning and property services", occupation: "Cleaner (offices and buildings)", skill: "Cleaning floors" },
};

/** Types into the field labelled by message `id`, by keyboard. */
async function typeInto(page: Page, locale: Locale, id: string, value: string) {
  const field = page.getByLabel(text(locale, id), { exact: true });
  await field.focus();
  await field.fill(value);
}

for (const locale of LOCALES) {
  test(`an employer posts a job, opens it and closes it, by keyboard in ${locale}`, async ({ page }) => {
    journeyIn(locale, { plain: "fi", wasm: "en" });
    const email = uniqueEmail("employer-staff");
    createAccount("organiser", email, locale);
    const employer = `Siivouspalvelu ${Date.now() % 1_000_000} Oy`;
    psql(
      `with e as (insert into employer (name) values (:'employer') returning employer_id)
       insert into employer_member (employer_id, account_id)
       select employer_id, (select account_id from account where email = :'email') from e;`,
      { employer, email },
    );
    await signIn(page, locale, email);
    const nav = page.getByRole("navigation", { name: text(locale, "layout-main-nav-label") });
    await press(page, nav.getByRole("link", { name: text(locale, "nav-own-jobs") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "job-list-title"));
    await expect(page.getByText(text(locale, "job-list-none"))).toBeVisible();
    await press(page, page.getByRole("link", { name: text(locale, "job-create") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "job-new-title"));
    await checkPage(page);

    // Saved half-done: every missing answer is listed and linked to its field.
    const title = `Toimistosiivooja ${Date.now() % 100000}`;
    await typeInto(page, locale, "job-title-fi", title);
    await press(page, page.getByRole("button", { name: text(locale, "job-save-draft") }));
    const summary = page.locator(".error-summary");
    await expect(summary.getByRole("link")).toHaveText([
      text(locale, "job-error-description"),
      text(locale, "job-error-occupation"),
      text(locale, "job-error-place"),
      text(locale, "job-error-form"),
      text(locale, "job-error-finnish"),
      text(locale, "job-error-how-to-apply"),
    ]);
    await checkPage(page);
    await press(page, summary.getByRole("link", { name: text(locale, "job-error-description") }));
    await expect(page.getByLabel(text(locale, "job-description-fi"), { exact: true })).toBeFocused();
    await expect(page.getByLabel(text(locale, "job-title-fi"), { exact: true })).toHaveValue(title);

    await typeInto(page, locale, "job-description-fi", "Siivoat toimistoja iltaisin Vantaalla.");
    await page.getByLabel(text(locale, "job-occupation"), { exact: true }).selectOption({ label: NAMES[locale].occupation });
    await typeInto(page, locale, "job-municipality", "Vantaa");
    await page.getByLabel(text(locale, "job-form-label"), { exact: true }).selectOption("part-time");
    await press(page, page.getByLabel(text(locale, "job-finnish-not-required"), { exact: true }), "Space");
    await press(page, page.getByLabel(text(locale, "job-adjust-mentor"), { exact: true }), "Space");
    // The skills of a field open with the keyboard.
    await press(page, page.locator("summary", { hasText: NAMES[locale].field }));
    await page.getByLabel(NAMES[locale].skill, { exact: true }).selectOption("must");
    await typeInto(page, locale, "job-how-to-apply", "Soita Annalle 040 123 4567.");
    await press(page, page.getByRole("button", { name: text(locale, "job-save-draft") }));

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText(text(locale, "job-status-draft"))).toBeVisible();
    await expect(page.getByText(text(locale, "job-finnish-not-required"))).toBeVisible();
    await expect(page.getByText(NAMES[locale].skill)).toBeVisible();
    await checkPage(page);
    await press(page, page.getByRole("button", { name: text(locale, "job-publish") }));
    // The note lands focused (the post's fragment); only then does the next key go where it is meant.
    await expect(page.getByText(text(locale, "job-published"))).toBeFocused();

    // Closing asks first.
    const confirm = page.getByRole("button", { name: text(locale, "job-close-confirm") });
    await expect(confirm).toBeHidden();
    await press(page, page.locator("summary", { hasText: text(locale, "job-close") }));
    await checkPage(page);
    await press(page, confirm);
    await expect(page.getByText(text(locale, "job-closed"))).toBeVisible();
    const history = page.getByRole("table", { name: text(locale, "job-history-caption") });
    await expect(history.getByRole("row")).toHaveCount(4);
    await checkPage(page);
  });
}
