import { expect, test } from "../fixtures/test";
import { signIn } from "../fixtures/accounts";
import { ALL_LOCALES, type Locale } from "../fixtures/i18n";
import { firstStepOfEachModule, frameworks, moduleStepPages, questionPages } from "./content";
import { sweep } from "./crawl";
import { assessEverything, makeWorld, type World } from "./world";

// Every page a jobseeker can reach, every module step and every question of
// both full assessments included, in every locale: axe and 320 px reflow.
let world: World;

// Each module step and question in the representative locales (Finnish, Easy
// Finnish, Swedish, English, Arabic right to left); in the other four, their
// texts are those of English or Finnish in the same page frame, so one step
// of each module and one question of each framework stand for the rest.
const EVERY_STEP_IN: readonly Locale[] = ["fi", "fi-selko", "sv", "en", "ar"];

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  world = makeWorld("fi");
  const page = await browser.newPage();
  await assessEverything(page, "fi", world);
  await page.close();
});

// The three parts of each locale run in parallel on the two workers.
test.describe.configure({ mode: "parallel" });

for (const locale of ALL_LOCALES) {
  const everyOne = EVERY_STEP_IN.includes(locale);
  test(`every module step in ${locale}`, async ({ page }) => {
    test.setTimeout(600_000);
    await signIn(page, locale, world.jobseeker);
    const steps = everyOne ? moduleStepPages() : firstStepOfEachModule();
    const kinds = await sweep(page, locale, { every: steps });
    expect(kinds.size).toBe(steps.length);
  });

  for (const framework of frameworks()) {
    test(`every question of the full ${framework} assessment in ${locale}`, async ({ page }) => {
      test.setTimeout(600_000);
      await signIn(page, locale, world.jobseeker);
      const questions = everyOne ? questionPages(framework) : questionPages(framework).slice(0, 1);
      const kinds = await sweep(page, locale, { every: questions });
      expect(kinds.size).toBe(questions.length);
    });
  }

  test(`every other page a jobseeker can reach in ${locale}`, async ({ page }) => {
    test.setTimeout(600_000);
    await signIn(page, locale, world.jobseeker);
    // The check pages link to every question: those are swept above.
    const checks = frameworks().map((framework) => `/skills/${framework}/check`);
    const kinds = await sweep(page, locale, { start: ["/", ...checks], sweptElsewhere: /\/(steps|questions)\// });
    for (const kind of [
      "/", "/plan", "/plan/history", "/modules", "/skills", "/skills/digcomp", "/skills/digcomp/check",
      "/skills/results/{id}", "/skills/digcomp/history", "/events", "/events/{id}", "/events/mine", "/account",
      "/account/details", "/account/language", "/account/password", "/account/notifications", "/account/employers", "/job-search", "/account/delete", "/experience/new",
      "/experience/{id}", "/languages/new", "/certificates/new", "/jobs", "/jobs/{id}", "/jobs/mine", "/cv", "/messages", "/meetings",
    ]) {
      expect(kinds, `the sweep reached ${kind}`).toContain(kind);
    }
  });
}
