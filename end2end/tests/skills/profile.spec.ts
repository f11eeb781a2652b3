import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { createAccount, signIn, uniqueEmail } from "../fixtures/accounts";
import { expectNoAxeViolations, expectReflowAt320 } from "../fixtures/axe";
import { LOCALES, text, textWith, type Locale } from "../fixtures/i18n";
import { press } from "../fixtures/modules";

// Jobseekers use Askel on cheap phones.
test.use({ viewport: { width: 360, height: 740 } });

/** What a person types, and a skill label the words must suggest, per language. */
const WORDS: Record<Locale, { typed: string; skill: string; notSuggested: string }> = {
  fi: { typed: "Siivosin toimistoja iltaisin ja pesin ikkunat", skill: "Lattioiden siivous", notSuggested: "Trukin ajaminen" },
  sv: { typed: "jag körde truck på lagret och packade varor", skill: "Truckkörning", notSuggested: "Golvstädning" },
  en: { typed: "I cooked for 40 people at the mosque", skill: "Cooking", notSuggested: "Driving a forklift" },
};

/**
 * Takes something away as a keyboard user does: opens the "are you sure?"
 * step by its name (a `<summary>`), which must not act by itself, then
 * presses the confirming button.
 */
async function confirmBy(page: Page, scope: Locator, open: string, confirm: string) {
  const confirming = scope.getByRole("button", { name: confirm });
  await expect(confirming).toBeHidden();
  await press(page, scope.locator("summary", { hasText: open }));
  await expect(confirming).toBeVisible();
  await expectNoAxeViolations(page);
  await press(page, confirming);
}

for (const locale of LOCALES) {
  test(`a jobseeker turns everyday words into skills, by keyboard, in ${locale}`, async ({ page }) => {
    const email = uniqueEmail("profile");
    createAccount("jobseeker", email, locale);
    await signIn(page, locale, email);
    await page.goto(`/skills?lang=${locale}`);
    await expect(page.getByRole("heading", { name: text(locale, "profile-section-title") })).toBeVisible();
    await expect(page.getByText(text(locale, "profile-none"))).toBeVisible();
    await press(page, page.getByRole("link", { name: text(locale, "profile-add") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "profile-add-title"));
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);

    // Sent empty: the error summary names both problems and links to the fields.
    await press(page, page.getByRole("button", { name: text(locale, "profile-continue") }));
    const summary = page.locator(".error-summary");
    await expect(summary.getByRole("link")).toHaveText([
      text(locale, "profile-error-kind"),
      text(locale, "profile-error-description"),
    ]);
    await expectNoAxeViolations(page);
    await press(page, summary.getByRole("link").nth(1));
    await expect(page.getByLabel(text(locale, "profile-description-label"))).toBeFocused();

    await press(page, page.getByLabel(text(locale, "profile-kind-work"), { exact: true }), "Space");
    await page.getByLabel(text(locale, "profile-description-label")).fill(WORDS[locale].typed);
    await page.getByLabel(text(locale, "profile-period-label")).fill("2019–2022");
    await press(page, page.getByRole("button", { name: text(locale, "profile-continue") }));

    // The words' skills are offered, none ticked for the person.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "profile-skills-title"));
    await expect(page.getByText(WORDS[locale].typed)).toBeVisible();
    const skill = page.getByLabel(WORDS[locale].skill, { exact: true });
    await expect(skill).not.toBeChecked();
    await expect(page.getByLabel(WORDS[locale].notSuggested, { exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);
    await press(page, skill, "Space");
    await press(page, page.getByRole("button", { name: text(locale, "profile-save-skills") }));

    await expect(page).toHaveURL(/\/skills(\?.*)?#experiences$/);
    await expect(page.getByText(text(locale, "profile-skills-saved"))).toBeVisible();
    const listed = page.locator(".experience-list li");
    await expect(listed).toHaveCount(1);
    await expect(listed).toContainText(WORDS[locale].typed);
    await expect(listed).toContainText(WORDS[locale].skill);
    await expect(listed).toContainText("2019–2022");
    await expectNoAxeViolations(page);

    // Changed back: the skill is still ticked, and deleting takes it away.
    await press(page, listed.getByRole("link", { name: text(locale, "profile-change-skills") }));
    await expect(page.getByLabel(WORDS[locale].skill, { exact: true })).toBeChecked();
    await confirmBy(page, page.locator("main"), text(locale, "profile-delete"), text(locale, "profile-delete-confirm"));
    await expect(page.getByText(text(locale, "profile-deleted"))).toBeVisible();
    await expect(page.getByText(text(locale, "profile-none"))).toBeVisible();
  });
}

/** A language name as the vocabulary gives it in each language. */
const FINNISH: Record<Locale, string> = { fi: "suomi", sv: "finska", en: "Finnish" };

for (const locale of LOCALES) {
  test(`a jobseeker adds a language at a CEFR level, changes it and removes it, in ${locale}`, async ({ page }) => {
    const email = uniqueEmail("languages");
    createAccount("jobseeker", email, locale);
    await signIn(page, locale, email);
    await page.goto(`/skills?lang=${locale}`);
    await expect(page.getByText(text(locale, "profile-languages-none"))).toBeVisible();
    await press(page, page.getByRole("link", { name: text(locale, "profile-language-add") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "profile-language-add-title"));
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);

    await press(page, page.getByRole("button", { name: text(locale, "profile-language-save") }));
    await expect(page.locator(".error-summary").getByRole("link")).toHaveText([
      text(locale, "profile-error-language"),
      text(locale, "profile-error-level"),
    ]);
    for (const level of ["profile-level-a2", "profile-level-b1"]) {
      await page.getByLabel(text(locale, "profile-language-label")).selectOption({ label: FINNISH[locale] });
      await press(page, page.getByLabel(text(locale, level), { exact: true }), "Space");
      await press(page, page.getByRole("button", { name: text(locale, "profile-language-save") }));
      await expect(page).toHaveURL(/\/skills(\?.*)?#languages$/);
      await expect(page.getByText(text(locale, "profile-language-saved"))).toBeVisible();
      if (level === "profile-level-a2") await page.goto(`/languages/new?lang=${locale}`);
    }
    const section = page.locator("section", { has: page.getByRole("heading", { name: text(locale, "profile-languages-title") }) });
    await expect(section.locator("li")).toHaveCount(1);
    await expect(section).toContainText(text(locale, "profile-level-b1"));
    await expectNoAxeViolations(page);
    const item = { item: FINNISH[locale] };
    await confirmBy(page, section, textWith(locale, "profile-remove", item), textWith(locale, "profile-remove-confirm", item));
    await expect(page.getByText(text(locale, "profile-language-removed"))).toBeVisible();
    await expect(page.getByText(text(locale, "profile-languages-none"))).toBeVisible();
  });
}

const FIRST_AID: Record<Locale, string> = {
  fi: "Ensiapukortti (EA 1)",
  sv: "Första hjälpen-intyg (FHJ 1)",
  en: "First aid certificate (EA 1)",
};

for (const locale of LOCALES) {
  test(`a jobseeker adds a card with the day it ends and removes it, in ${locale}`, async ({ page }) => {
    const email = uniqueEmail("cards");
    createAccount("jobseeker", email, locale);
    await signIn(page, locale, email);
    await page.goto(`/skills?lang=${locale}`);
    await expect(page.getByText(text(locale, "profile-certificates-none"))).toBeVisible();
    await press(page, page.getByRole("link", { name: text(locale, "profile-certificate-add") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "profile-certificate-add-title"));
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);
    await page.getByLabel(text(locale, "profile-certificate-label")).selectOption({ label: FIRST_AID[locale] });
    await page.getByLabel(text(locale, "profile-valid-until-label")).fill("2030-05-31");
    await press(page, page.getByRole("button", { name: text(locale, "profile-certificate-save") }));
    await expect(page).toHaveURL(/\/skills(\?.*)?#certificates$/);
    const section = page.locator("section", { has: page.getByRole("heading", { name: text(locale, "profile-certificates-title") }) });
    await expect(section.locator("li")).toHaveCount(1);
    await expect(section).toContainText(FIRST_AID[locale]);
    await expect(section).toContainText("2030");
    await expectNoAxeViolations(page);
    const item = { item: FIRST_AID[locale] };
    await confirmBy(page, section, textWith(locale, "profile-remove", item), textWith(locale, "profile-remove-confirm", item));
    await expect(page.getByText(text(locale, "profile-certificate-removed"))).toBeVisible();
    await expect(page.getByText(text(locale, "profile-certificates-none"))).toBeVisible();
  });
}
