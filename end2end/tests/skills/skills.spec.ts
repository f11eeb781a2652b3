import { expect, test, type Page, journeyIn } from "../fixtures/test";
import { createAccount, signIn, uniqueEmail } from "../fixtures/accounts";
import { expectNoAxeViolations, expectReflowAt320 } from "../fixtures/axe";
import { LOCALES, text, textWith, type Locale } from "../fixtures/i18n";
import { press } from "../fixtures/modules";

// Jobseekers use Askel on cheap phones.
test.use({ viewport: { width: 360, height: 740 } });

const SHORT_DIGCOMP = 21;

/** A score as the pages write it: one decimal, with a comma in Finnish and Swedish. */
function score(locale: Locale, value: number): string {
  const written = value.toFixed(1);
  return locale === "en" ? written : written.replace(".", ",");
}

function heading(page: Page) {
  return page.getByRole("heading", { level: 1 });
}

/** Chooses an answer on the scale by keyboard: Space on its radio. */
async function choose(page: Page, locale: Locale, answer: string) {
  await press(page, page.getByLabel(text(locale, answer), { exact: true }), "Space");
}

async function pressButton(page: Page, locale: Locale, id: string) {
  await press(page, page.getByRole("button", { name: text(locale, id), exact: true }));
}

function position(locale: Locale, n: number): string {
  return textWith(locale, "skills-question-position", { n: String(n), count: String(SHORT_DIGCOMP) });
}

/** The text of every `.chart__value` in `chart`, in order. */
async function chartValues(chart: ReturnType<Page["locator"]>): Promise<string[]> {
  return (await chart.locator(".chart__value").allTextContents()).map((t) => t.trim());
}

/** The text of column `n` (0 = the row's heading) of every body row of `table`. */
async function column(table: ReturnType<Page["locator"]>, n: number): Promise<string[]> {
  return (await table.locator("tbody tr").evaluateAll((rows, n) => rows.map((r) => r.children[n]?.textContent?.trim() ?? ""), n));
}

/** Starts the short DigComp assessment from the list; returns its name. */
async function startShortDigcomp(page: Page, locale: Locale): Promise<string> {
  await page.goto(`/skills?lang=${locale}`);
  await press(page, page.locator('a[href="/skills/digcomp"]'));
  await expect(page).toHaveURL(/\/skills\/digcomp$/);
  const name = (await heading(page).textContent())?.trim() ?? "";
  // The short assessment is chosen already.
  await expect(page.getByLabel(textWith(locale, "skills-mode-short", { count: String(SHORT_DIGCOMP) }))).toBeChecked();
  await pressButton(page, locale, "skills-start");
  await expect(page.locator(".caption")).toContainText(position(locale, 1));
  return name;
}

for (const locale of LOCALES) {
  test(`the short digital skills assessment by keyboard in ${locale}: one question per page, check, change, results`, async ({ page }) => {
    journeyIn(locale, { plain: "fi", wasm: "en" });
    // 21 questions, each a page load, and axe on five pages.
    test.setTimeout(180_000);
    const email = uniqueEmail("skills");
    createAccount("jobseeker", email, locale);
    await signIn(page, locale, email);
    await page.goto(`/skills?lang=${locale}`);
    await expect(heading(page)).toHaveText(text(locale, "skills-title"));
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);
    const name = await startShortDigcomp(page, locale);
    expect(name).not.toBe("");
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);

    // Continue without an answer: the error summary, linked to the answers.
    await pressButton(page, locale, "skills-continue");
    const summary = page.locator(".error-summary");
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link")).toHaveText(text(locale, "skills-error-choose-answer"));
    await expect(page.locator(".field-error")).toContainText(text(locale, "skills-error-choose-answer"));
    await expectNoAxeViolations(page);
    await press(page, summary.getByRole("link"));
    await expect(page.getByLabel(text(locale, "skills-scale-not-yet"), { exact: true })).toBeFocused();

    // Question 2 is skipped; every other is "I can do this on my own".
    for (let n = 1; n <= SHORT_DIGCOMP; n++) {
      await expect(page.locator(".caption")).toContainText(position(locale, n));
      if (n === 2) {
        await pressButton(page, locale, "skills-skip");
        continue;
      }
      await choose(page, locale, "skills-scale-on-my-own");
      await pressButton(page, locale, "skills-continue");
    }

    await expect(heading(page)).toHaveText(text(locale, "skills-check-title"));
    await expect(page.getByText(textWith(locale, "skills-check-counts", { answered: "20", count: "21", skipped: "1" }))).toBeVisible();
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);

    // Change the first answer to "I can help others"; back on the check page.
    // The link's visible text starts its accessible name (WCAG 2.5.3).
    await press(page, page.getByRole("link", { name: new RegExp(`^${text(locale, "skills-change")}`) }).first());
    await expect(page.getByLabel(text(locale, "skills-scale-on-my-own"), { exact: true })).toBeChecked();
    await choose(page, locale, "skills-scale-help-others");
    await pressButton(page, locale, "skills-continue");
    await expect(heading(page)).toHaveText(text(locale, "skills-check-title"));
    await expect(page.locator(".summary-list dd").first()).toHaveText(text(locale, "skills-scale-help-others"));

    await pressButton(page, locale, "skills-send");
    await expect(page).toHaveURL(/\/skills\/results\/\d+$/);
    await expect(heading(page)).toHaveText(textWith(locale, "skills-results-title", { framework: name }));
    await expect(page.getByText(text(locale, "skills-coach-sees"))).toBeVisible();
    await expectNoAxeViolations(page);
    await expectNoAxeViolations(page, "dark");
    await expectReflowAt320(page);

    // Area 1: 4 and 3 answered, 1 skipped: 3.5, "advanced"; the rest 3.0.
    const table = page.locator("#skills-results-table");
    expect(await column(table, 2)).toEqual([3.5, 3, 3, 3, 3].map((v) => score(locale, v)));
    expect((await column(table, 1))[0]).toBe(text(locale, "skills-level-advanced"));
    // The chart draws the same numbers as the table, in the same order.
    const chart = page.getByRole("img", { name: text(locale, "skills-results-areas") });
    await expect(chart).toBeVisible();
    expect(await chartValues(chart)).toEqual(await column(table, 2));
    // The modules for areas 2–5 (all "intermediate"), without repeats.
    await expect(page.locator(".module-card")).toHaveCount(2);
  });
}

test("the history compares assessments, its charts holding the table's numbers", async ({ page }) => {
  test.slow();
  const locale: Locale = "sv";
  const email = uniqueEmail("skills-history");
  createAccount("jobseeker", email, locale);
  await signIn(page, locale, email);
  // Twice: the first question "with help", then "I can help others"; the
  // rest left for the check page, which sends what there is.
  for (const answer of ["skills-scale-with-help", "skills-scale-help-others"]) {
    await startShortDigcomp(page, locale);
    await choose(page, locale, answer);
    await pressButton(page, locale, "skills-save-later");
    await expect(page.getByText(text(locale, "skills-saved-for-later"))).toBeVisible();
    await page.goto(`/skills/digcomp/check?lang=${locale}`);
    await pressButton(page, locale, "skills-send");
    await expect(page).toHaveURL(/\/skills\/results\/\d+$/);
  }
  await press(page, page.getByRole("link", { name: text(locale, "skills-history-link") }));
  await expect(page).toHaveURL(/\/skills\/digcomp\/history$/);
  await expectNoAxeViolations(page);
  await expectReflowAt320(page);

  const changes = page.locator("#skills-history-changes-digcomp");
  const firstArea = changes.locator("tbody tr").first();
  await expect(firstArea.locator("td")).toHaveText([score(locale, 2), score(locale, 4), `+${score(locale, 2)}`]);
  // Areas with nothing answered show a dash, not a zero.
  await expect(changes.locator("tbody tr").nth(1).locator("td").first()).toHaveText("\u2013");

  const every = page.locator("#skills-history-every-digcomp");
  const charts = page.locator("svg.chart--trend");
  await expect(charts).toHaveCount(5);
  for (let area = 0; area < 5; area++) {
    expect(await chartValues(charts.nth(area))).toEqual(await column(every, area + 1));
  }
});
