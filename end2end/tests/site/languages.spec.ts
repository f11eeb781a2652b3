import { expect, test, type Page } from "../fixtures/test";
import { createAccount, signIn, uniqueEmail } from "../fixtures/accounts";
import { expectNoAxeViolations, expectReflowAt320 } from "../fixtures/axe";
import { publishEvent } from "../fixtures/events";
import { dirOf, langOf, text, textWith, type Locale } from "../fixtures/i18n";
import { answerStep, playerReady, press, stepOf } from "../fixtures/modules";

// A jobseeker's core journey in each language beyond Finnish, Swedish and
// English, on a 360 px phone, with and without JavaScript: sign in, a module
// step, an assessment question, an event sign-up; axe and 320 px reflow on
// each page, in the page's own language and direction.
test.use({ viewport: { width: 360, height: 740 } });

const NEW_LOCALES: readonly Locale[] = ["fi-selko", "ar", "ru", "uk", "so", "et"];

/** The page is in `locale`: its `lang`, its direction, its first heading; axe and reflow pass. */
async function inLanguage(page: Page, locale: Locale, heading: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", langOf(locale));
  await expect(page.locator("html")).toHaveAttribute("dir", dirOf(locale));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expectNoAxeViolations(page);
  await expectReflowAt320(page);
}

for (const locale of NEW_LOCALES) {
  test(`a jobseeker's first steps in ${locale}: sign in, a module step, a question, an event`, async ({ page }) => {
    test.slow();
    const email = uniqueEmail(`lang-${locale}`);
    createAccount("jobseeker", email, locale);
    const title = `Rekrytointipäivä ${locale} ${Date.now()}`;
    const eventId = publishEvent({ title });

    await signIn(page, locale, email);
    await page.goto(`/modules?lang=${locale}`);
    await inLanguage(page, locale, text(locale, "modules-title"));

    // The first step of the CV module, answered by keyboard.
    await press(page, page.locator('.module-card a[href="/modules/cv"]'));
    await expect(page.locator(".player__position")).toContainText(stepOf(locale, 1, 9));
    await playerReady(page);
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);
    await answerStep(page, locale);
    await expect(page.locator(".player__position")).toContainText(stepOf(locale, 2, 9));

    // The short digital skills assessment's first question.
    await page.goto(`/skills/digcomp?lang=${locale}`);
    await press(page, page.getByRole("button", { name: text(locale, "skills-start"), exact: true }));
    await expect(page.locator(".caption")).toContainText(textWith(locale, "skills-question-position", { n: "1", count: "21" }));
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);
    await press(page, page.getByLabel(text(locale, "skills-scale-on-my-own"), { exact: true }), "Space");
    await press(page, page.getByRole("button", { name: text(locale, "skills-continue"), exact: true }));
    await expect(page.locator(".caption")).toContainText(textWith(locale, "skills-question-position", { n: "2", count: "21" }));

    // Signing up for an event written in Finnish: its text keeps its own language.
    await page.goto(`/events/${eventId}?lang=${locale}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    if (locale !== "fi-selko") await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "fi");
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);
    await press(page, page.getByRole("button", { name: text(locale, "event-sign-up-button"), exact: true }));
    await expect(page.getByRole("heading", { name: text(locale, "event-standing-confirmed") })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("in Arabic the module player runs right to left: its links and progress start on the right", async ({ page }) => {
  const email = uniqueEmail("lang-ar-rtl");
  createAccount("jobseeker", email, "ar");
  await signIn(page, "ar", email);
  await page.goto("/modules/cv/steps/parts?lang=ar");
  await playerReady(page);
  const width = page.viewportSize()!.width;
  for (const link of [page.locator(".player__exit a"), page.locator(".player__back a")]) {
    const box = (await link.boundingBox())!;
    expect(box.x + box.width, "the link ends at the right margin").toBeGreaterThan(width - 40);
    expect(box.x, "and does not start at the left one").toBeGreaterThan(40);
  }
  await expect(page.locator("progress.player__progress")).toHaveCSS("direction", "rtl");
  // The module's own text is Arabic, with the page's language.
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveAttribute("lang", /./);
});
