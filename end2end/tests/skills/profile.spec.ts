import type { Locator, Page } from "@playwright/test";
import { expect, test, journeyIn } from "../fixtures/test";
import { assignToCoach, createAccount, signIn, signOut, uniqueEmail } from "../fixtures/accounts";
import { psql } from "../fixtures/db";
import { publishEvent } from "../fixtures/events";
import { expectNoAxeViolations, expectReflowAt320 } from "../fixtures/axe";
import { LOCALES, text, textWith, type Locale } from "../fixtures/i18n";
import { press } from "../fixtures/modules";

// Jobseekers use Askel on cheap phones.
test.use({ viewport: { width: 360, height: 740 } });
// Each journey walks several pages by keyboard with axe on each; on the
// 2-core CI machine under two workers that can pass 30 s.
test.describe.configure({ timeout: 60_000 });

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
    journeyIn(locale, { plain: "sv", wasm: "fi" });
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
    journeyIn(locale, { plain: "en", wasm: "sv" });
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
    // The summary takes focus once the page has loaded; a control focused
    // before that would lose it, and the Space below with it.
    await expect(page.locator(".error-summary")).toBeFocused();
    for (const level of ["profile-level-a2", "profile-level-b1"]) {
      const language = page.getByLabel(text(locale, "profile-language-label"));
      await language.selectOption({ label: FINNISH[locale] });
      const levelChoice = page.getByLabel(text(locale, level), { exact: true });
      await press(page, levelChoice, "Space");
      await expect(language).not.toHaveValue("");
      await expect(levelChoice).toBeChecked();
      await press(page, page.getByRole("button", { name: text(locale, "profile-language-save") }));
      // Not waitForURL(#…error-summary): after the empty save above the page
      // is already at that address, so such a wait passes before the save.
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
    journeyIn(locale, { plain: "fi", wasm: "en" });
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

/** A skill's label, as the vocabulary gives it in each language. */
const CLEANING: Record<Locale, string> = { fi: "Lattioiden siivous", sv: "Golvstädning", en: "Cleaning floors" };
const FORKLIFT: Record<Locale, string> = { fi: "Trukin ajaminen", sv: "Truckkörning", en: "Driving a forklift" };

for (const locale of LOCALES) {
  test(`a coach confirms skills seen in practice and the jobseeker sees them marked, in ${locale}`, async ({ page }) => {
    journeyIn(locale, { plain: "sv", wasm: "fi" });
    const [jobseeker, coach] = [uniqueEmail("seen-js"), uniqueEmail("seen-coach")];
    createAccount("jobseeker", jobseeker, locale);
    createAccount("coach", coach, locale);
    assignToCoach(jobseeker, coach);
    psql(
      `with e as (insert into experience (account_id, kind, description)
                  select account_id, 'work', 'Siivosin toimistoja' from account where email = :'email'
                  returning experience_id)
       insert into experience_skill (experience_id, skill_id) select experience_id, 'clean-floors' from e;`,
      { email: jobseeker },
    );

    await signIn(page, locale, coach);
    const id = psql("select account_id from account where email = :'email'", { email: jobseeker }).trim();
    await page.goto(`/coach/jobseekers/${id}?lang=${locale}`);
    await press(page, page.getByRole("link", { name: text(locale, "person-open-skills") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(textWith(locale, "profile-coach-title", { name: "Test jobseeker" }));
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);

    // Sent with nothing chosen: the summary says so and leads to the list.
    await press(page, page.getByRole("button", { name: text(locale, "profile-confirm-save") }));
    const summary = page.locator(".error-summary");
    await expect(summary.getByRole("link")).toHaveText([text(locale, "profile-error-confirm-none")]);
    await expectNoAxeViolations(page);

    await press(page, page.getByLabel(CLEANING[locale], { exact: true }), "Space");
    await page.getByLabel(text(locale, "profile-confirm-other")).selectOption({ label: FORKLIFT[locale] });
    await press(page, page.getByRole("button", { name: text(locale, "profile-confirm-save") }));
    await expect(page.getByText(text(locale, "profile-confirmed"))).toBeVisible();
    const seen = page.locator(".skill--seen");
    await expect(seen).toHaveCount(2);
    await expect(seen.first()).toContainText(text(locale, "profile-seen-badge"));
    await expectNoAxeViolations(page);

    // Taken back, after the "are you sure?" step: the forklift goes, as nothing else shows it.
    const item = { item: FORKLIFT[locale] };
    await confirmBy(page, page.locator("main"), textWith(locale, "profile-withdraw", item), textWith(locale, "profile-withdraw-confirm", item));
    await expect(page.getByText(text(locale, "profile-withdrawn"))).toBeVisible();
    await expect(page.locator(".skill")).toHaveCount(1);

    await signOut(page, locale);
    await signIn(page, locale, jobseeker);
    await page.goto(`/skills?lang=${locale}`);
    const mine = page.locator(".skill");
    await expect(mine).toHaveCount(1);
    await expect(mine).toHaveClass(/skill--seen/);
    await expect(mine).toContainText(CLEANING[locale]);
    await expect(mine).toContainText(text(locale, "profile-seen-badge"));
    await expectNoAxeViolations(page);
  });
}

for (const locale of LOCALES) {
  test(`a jobseeker shares their skills with an event's organiser and stops, in ${locale}`, async ({ page }) => {
    journeyIn(locale, { plain: "en", wasm: "sv" });
    const email = uniqueEmail("share");
    createAccount("jobseeker", email, locale);
    const eventId = publishEvent({ title: "Rekrytointipäivä: siivous" });
    psql(
      `insert into event_signup (event_id, account_id, status, confirmed_at)
       select :event, account_id, 'confirmed', now() from account where email = :'email';`,
      { event: eventId, email },
    );
    await signIn(page, locale, email);
    await page.goto(`/events/${eventId}?lang=${locale}`);
    const section = page.getByRole("region", { name: text(locale, "profile-share-title") });
    await expect(section).toContainText(text(locale, "profile-share-explain"));
    await expectNoAxeViolations(page);
    await press(page, section.getByRole("button", { name: text(locale, "profile-share-button") }));
    await expect(page.getByText(text(locale, "profile-share-done"))).toBeVisible();
    await expect(section.getByRole("button", { name: text(locale, "profile-sharing-stop") })).toBeVisible();

    await page.goto(`/skills?lang=${locale}`);
    const sharing = page.getByRole("region", { name: text(locale, "profile-sharing-title") });
    await expect(sharing.getByRole("link", { name: "Rekrytointipäivä: siivous" })).toBeVisible();
    await expectNoAxeViolations(page);
    await press(page, sharing.getByRole("button", { name: textWith(locale, "profile-sharing-stop-named", { event: "Rekrytointipäivä: siivous" }) }));
    await expect(page.getByText(text(locale, "profile-sharing-stopped"))).toBeVisible();
    await expect(sharing).toContainText(text(locale, "profile-sharing-none"));
  });
}
