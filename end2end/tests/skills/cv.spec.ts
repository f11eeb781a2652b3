import { expect, test, journeyIn } from "../fixtures/test";
import { createAccount, signIn, uniqueEmail } from "../fixtures/accounts";
import { psql } from "../fixtures/db";
import { checkPage } from "../fixtures/axe";
import { LOCALES, text } from "../fixtures/i18n";
import { press } from "../fixtures/modules";

// A CV is made and printed on a cheap phone, by keyboard.
test.use({ viewport: { width: 360, height: 740 } });

/** Each CV language's own name, as the choice shows it. */
const SELF_NAME = { fi: "Suomi", sv: "Svenska", en: "English" } as const;

for (const locale of LOCALES) {
  test(`a jobseeker makes a CV from their profile in another language and prints it in ${locale}`, async ({ page }) => {
    journeyIn(locale, { plain: "fi", wasm: "en" });
    const email = uniqueEmail("cv");
    createAccount("jobseeker", email, locale);
    psql(
      `with me as (select account_id from account where email = :'email'),
            experience as (insert into experience (account_id, kind, description, place)
                           select account_id, 'work', 'Siivosin toimistoja iltaisin', 'Kontula' from me
                           returning experience_id)
       insert into experience_skill (experience_id, skill_id) select experience_id, 'clean-floors' from experience;`,
      { email },
    );
    await signIn(page, locale, email);
    const cvLocale = locale === "en" ? "fi" : "en";

    await page.goto("/skills");
    await press(page, page.getByRole("link", { name: text(locale, "cv-make-link") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "cv-title"));
    await press(page, page.getByRole("radio", { name: SELF_NAME[cvLocale], exact: true }), "Space");
    await page.getByLabel(text(locale, "cv-headline-label")).fill("Siivoustyö");
    await page.getByLabel(text(locale, "cv-about-label")).fill("Olen tarkka ja tulen ajoissa.");
    await press(page, page.getByRole("button", { name: text(locale, "cv-save") }));
    await expect(page.getByText(text(locale, "cv-saved"))).toBeVisible();

    // The CV in the language chosen for it; the person's own words as written.
    const cv = page.locator("article.cv");
    await expect(cv).toHaveAttribute("lang", cvLocale);
    await expect(cv.getByRole("heading", { level: 3, name: text(cvLocale, "cv-experience") })).toBeVisible();
    await expect(cv).toContainText("Siivosin toimistoja iltaisin");
    await expect(cv).toContainText("Olen tarkka ja tulen ajoissa.");
    await expect(cv.getByRole("heading", { level: 3, name: text(cvLocale, "cv-skills") })).toBeVisible();
    await checkPage(page);

    // On paper only the CV: no header, no form.
    await page.emulateMedia({ media: "print" });
    await expect(cv).toBeVisible();
    await expect(page.getByRole("button", { name: text(locale, "cv-save") })).toBeHidden();
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
  });
}
