import { expect, test } from "../fixtures/test";
import { signIn } from "../fixtures/accounts";
import { ALL_LOCALES, type Locale } from "../fixtures/i18n";
import { firstStepOfEachModule, frameworks, moduleStepPages, questionPages } from "./content";
import { sweep } from "./crawl";
import { assessEverything, makeWorld, type World } from "./world";

// Every page a jobseeker can reach, every module step and every question of
// both full assessments included, in every locale: axe and 320 px reflow.
let world: World;

// Every module step and question in Arabic (right to left, the page frames'
// hardest case); in the other eight, the same frames with their own texts:
// each module's first step, start and done pages, and the first, a middle and
// the last question of each framework. A whole sweep of all nine would take
// as long as the rest of the browser tests together.
const EVERY_STEP_IN: readonly Locale[] = ["ar"];

/** The first, middle and last of `pages`. */
function ends(pages: string[]): string[] {
  return [...new Set([pages[0], pages[Math.floor(pages.length / 2)], pages[pages.length - 1]])];
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  world = makeWorld("fi");
  const page = await browser.newPage();
  await assessEverything(page, "fi", world);
  await page.close();
});

// The parts of each locale run in parallel on the two workers.
test.describe.configure({ mode: "parallel" });

for (const locale of ALL_LOCALES) {
  if (EVERY_STEP_IN.includes(locale)) {
    test(`every module step in ${locale}`, async ({ page }) => {
      test.setTimeout(600_000);
      await signIn(page, locale, world.jobseeker);
      const steps = moduleStepPages();
      const kinds = await sweep(page, locale, { every: steps });
      expect(kinds.size).toBe(steps.length);
    });

    for (const framework of frameworks()) {
      test(`every question of the full ${framework} assessment in ${locale}`, async ({ page }) => {
        test.setTimeout(600_000);
        await signIn(page, locale, world.jobseeker);
        const questions = questionPages(framework);
        const kinds = await sweep(page, locale, { every: questions });
        expect(kinds.size).toBe(questions.length);
      });
    }
  } else {
    test(`each module's first step and three questions of each assessment in ${locale}`, async ({ page }) => {
      test.setTimeout(600_000);
      await signIn(page, locale, world.jobseeker);
      const pages = [...firstStepOfEachModule(), ...frameworks().flatMap((framework) => ends(questionPages(framework)))];
      const kinds = await sweep(page, locale, { every: pages });
      expect(kinds.size).toBe(pages.length);
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
      "/experience/{id}", "/languages/new", "/certificates/new", "/jobs", "/jobs/{id}", "/jobs/mine", "/cv", "/messages", "/meetings", "/words",
    ]) {
      expect(kinds, `the sweep reached ${kind}`).toContain(kind);
    }
  });
}
