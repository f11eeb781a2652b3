import { expect, test, journeyIn } from "../fixtures/test";
import { PASSWORD, assignToCoach, createAccount, invitationCodeFrom, signIn, signOut, uniqueEmail } from "../fixtures/accounts";
import { psql } from "../fixtures/db";
import { checkPage } from "../fixtures/axe";
import { LOCALES, text, textWith } from "../fixtures/i18n";
import { press } from "../fixtures/modules";

// Coaches and jobseekers use phones: the whole journey runs at 360 px.
test.use({ viewport: { width: 360, height: 740 } });

for (const locale of LOCALES) {
  test(`coach workspace in ${locale}: a code, a new jobseeker on the caseload, a module and a plan step they see`, async ({
    page,
  }) => {
    journeyIn(locale, { plain: "en", wasm: "sv" });
    // Two people, eight pages, axe on each: a long journey.
    test.slow();
    const coach = uniqueEmail("coach");
    createAccount("coach", coach, locale);
    const code = await invitationCodeFrom(page, locale, coach);

    // A new jobseeker joins with the code.
    const name = `Maija ${Date.now() % 100000}`;
    const email = uniqueEmail("joiner");
    await page.goto(`/join?lang=${locale}`);
    await page.getByLabel(text(locale, "join-code-label")).fill(code);
    await page.getByLabel(text(locale, "join-name-label")).fill(name);
    await page.getByLabel(text(locale, "join-contact-label")).fill(email);
    await page.getByLabel(text(locale, "join-password-label")).fill(PASSWORD);
    await press(page, page.getByRole("button", { name: text(locale, "join-submit") }));
    await expect(page.getByRole("heading", { level: 1, name: text(locale, "account-heading") })).toBeVisible();
    await signOut(page, locale);

    // They are on the coach's caseload, and their page opens from it.
    await signIn(page, locale, coach);
    const nav = page.getByRole("navigation", { name: text(locale, "layout-main-nav-label") });
    await press(page, nav.getByRole("link", { name: text(locale, "nav-caseload") }));
    const row = page.getByRole("table", { name: text(locale, "caseload-caption") }).getByRole("row", { name: name });
    await expect(row).toHaveCount(1);
    await press(page, row.getByRole("link", { name }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await checkPage(page);

    // The coach assigns a module with a due date, by keyboard.
    const due = `${new Date().getFullYear() + 1}-01-15`;
    const moduleField = page.getByLabel(text(locale, "person-module"), { exact: true });
    await moduleField.focus();
    await moduleField.selectOption("cv");
    await page.getByLabel(text(locale, "person-module-due"), { exact: true }).fill(due);
    await press(page, page.getByRole("button", { name: text(locale, "person-assign-submit") }));
    await expect(page.getByText(text(locale, "person-assigned"))).toBeVisible();
    await expect(page.getByRole("table", { name: text(locale, "person-modules-caption") }).getByRole("row")).toHaveCount(2);
    await checkPage(page);

    // And adds a goal and a step to the plan.
    await press(page, page.getByRole("link", { name: text(locale, "person-open-plan") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(textWith(locale, "plan-coach-title", { name }));
    await checkPage(page);
    await page.getByLabel(text(locale, "plan-goal-what"), { exact: true }).fill("Työ kaupassa");
    await press(page, page.getByRole("button", { name: text(locale, "plan-add-goal-submit") }));
    await expect(page.getByText(text(locale, "plan-goal-added"))).toBeVisible();
    // A step without "who" is refused, with the summary linked to the field.
    const step = "Kirjoita CV";
    await page.getByLabel(text(locale, "plan-step-what"), { exact: true }).fill(step);
    await press(page, page.getByRole("button", { name: text(locale, "plan-add-step-submit") }));
    const summary = page.locator(".error-summary");
    await expect(summary.getByRole("link")).toHaveText([text(locale, "plan-error-who")]);
    await checkPage(page);
    await press(page, summary.getByRole("link", { name: text(locale, "plan-error-who") }));
    await expect(page.getByLabel(text(locale, "plan-coach-who-jobseeker"))).toBeFocused();
    await expect(page.getByLabel(text(locale, "plan-step-what"), { exact: true })).toHaveValue(step);
    await page.keyboard.press("Space");
    await page.getByLabel(text(locale, "plan-due"), { exact: true }).fill(due);
    await press(page, page.getByRole("button", { name: text(locale, "plan-add-step-submit") }));
    await expect(page.getByText(text(locale, "plan-step-added"))).toBeVisible();
    await expect(page.locator(".plan-step")).toHaveCount(1);
    await checkPage(page);
    await press(page, page.getByRole("link", { name: text(locale, "plan-history-link") }));
    await expect(page.getByRole("table", { name: text(locale, "plan-history-caption") }).getByRole("row")).toHaveCount(3);
    await checkPage(page);
    await signOut(page, locale);

    // The jobseeker sees both, and marks the step done.
    await signIn(page, locale, email);
    await press(page, nav.getByRole("link", { name: text(locale, "nav-plan") }));
    await expect(page.getByText("Työ kaupassa")).toBeVisible();
    await checkPage(page);
    // The button's name starts with what it says and ends with the step.
    const named = (id: string) => new RegExp(`^${text(locale, id)}\\W+${step}$`);
    await press(page, page.getByRole("button", { name: named("plan-mark-done") }));
    await expect(page.getByRole("button", { name: named("plan-mark-not-done") })).toBeVisible();
    await expect(page.locator(".plan-step dd").last()).toHaveText(text(locale, "plan-step-status-done"));
    await checkPage(page);
    await press(page, nav.getByRole("link", { name: text(locale, "nav-modules") }));
    await expect(page.locator(".module-card").first()).toHaveClass(/module-card--assigned/);
    await checkPage(page);
  });
}

test("the impact report passes axe in every language", async ({ page }) => {
  const coach = uniqueEmail("reporter");
  createAccount("coach", coach, "en");
  await signIn(page, "en", coach);
  for (const locale of LOCALES) {
    await page.goto(`/coach/report?lang=${locale}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "report-title"));
    await expect(page.getByRole("table", { name: text(locale, "report-by-gender") })).toBeVisible();
    await checkPage(page);
  }
  // Only ended quarters and years so far can be chosen, with the keyboard
  // and without JavaScript: the newest quarter is second in the list.
  await page.goto("/coach/report?lang=en");
  const period = page.getByLabel(text("en", "report-period"), { exact: true });
  const quarter = await period.locator("option").nth(1).getAttribute("value");
  expect(quarter).toMatch(/^\d{4}-Q[1-4]$/);
  await period.focus();
  await period.selectOption(quarter!);
  await page.getByRole("button", { name: text("en", "report-show") }).press("Enter");
  await expect(page).toHaveURL(new RegExp(`period=${quarter}`));
  await expect(period).toHaveValue(quarter!);
  await expect(page.getByRole("table", { name: text("en", "report-by-gender") })).toBeVisible();
  // A period from an old link that is not in the list is explained.
  await page.goto("/coach/report?lang=en&period=2099");
  const summary = page.locator(".error-summary");
  await expect(summary.getByRole("link", { name: text("en", "report-error-period") })).toBeVisible();
  await checkPage(page);
});

test("a coach corrects a note, then withdraws it, with the keyboard", async ({ page }) => {
  const locale = "fi";
  const [coach, jobseeker] = [uniqueEmail("corrector"), uniqueEmail("noted")];
  createAccount("coach", coach, locale);
  createAccount("jobseeker", jobseeker, locale);
  assignToCoach(jobseeker, coach);
  const id = psql("select account_id from account where email = :'email';", { email: jobseeker });
  await signIn(page, locale, coach);
  await page.goto(`/coach/jobseekers/${id}?lang=${locale}`);
  const notes = page.locator("#notes");
  await notes.getByLabel(text(locale, "note-body")).fill("Tuo CV mukaan");
  await press(page, notes.getByRole("button", { name: text(locale, "note-submit") }));
  await press(page, notes.getByRole("link", { name: text(locale, "record-details") }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(textWith(locale, "note-page-title", { name: "Test jobseeker" }));
  await checkPage(page);
  await page.getByLabel(text(locale, "note-correct-body"), { exact: true }).fill("Tuo kaksi kopiota CV:stä");
  await press(page, page.getByRole("button", { name: text(locale, "record-correct-submit") }));
  await expect(page.getByText(text(locale, "note-corrected"))).toBeVisible();
  await expect(notes.getByText("Tuo kaksi kopiota CV:stä")).toBeVisible();
  await press(page, notes.getByRole("link", { name: text(locale, "record-details") }));
  await expect(page.getByRole("heading", { level: 2, name: text(locale, "record-versions") })).toBeVisible();
  await expect(page.getByText("Tuo CV mukaan")).toBeVisible();
  await press(page, page.getByRole("button", { name: text(locale, "note-withdraw") }));
  await expect(page.getByText(text(locale, "note-withdrawn"))).toBeVisible();
  await expect(notes.locator("del")).toHaveText("Tuo kaksi kopiota CV:stä");
  await checkPage(page);
});

for (const locale of LOCALES) {
  test(`a coach finds a coach of another team by name and moves a jobseeker to them, by keyboard, in ${locale}`, async ({
    page,
  }) => {
    journeyIn(locale, { plain: "fi", wasm: "en" });
    const [coach, teammate, elsewhere, jobseeker] = ["mover", "teammate", "elsewhere", "moved"].map(uniqueEmail);
    for (const email of [coach, teammate, elsewhere]) createAccount("coach", email, locale);
    createAccount("jobseeker", jobseeker, locale);
    assignToCoach(jobseeker, coach);
    // Names and teams of this test's own: the service holds other tests' coaches.
    const tag = `${Date.now() % 1e8}${Math.floor(Math.random() * 1e4)}`;
    psql(
      `update account set team = 'Team ' || :'tag', display_name = 'Teammate ' || :'tag' where email in (:'coach', :'teammate');
       update account set team = 'Other ' || :'tag', display_name = 'Zelda ' || :'tag' where email = :'elsewhere';`,
      { tag, coach, teammate, elsewhere },
    );
    const id = psql("select account_id from account where email = :'email';", { email: jobseeker });
    await signIn(page, locale, coach);
    await page.goto(`/coach/jobseekers/${id}?lang=${locale}`);
    const move = page.locator("#move");
    const list = move.getByLabel(text(locale, "transfer-coach"));
    const choose = text(locale, "transfer-choose");
    // Only the coach's own team is listed: a country's coaches are hundreds.
    await expect(list.locator("option")).toHaveText([choose, `Teammate ${tag}`]);
    await expect(move.getByText(text(locale, "transfer-team-hint"))).toBeVisible();

    // Nobody by that name: said where the search lands, and the team stays listed.
    const name = move.getByLabel(text(locale, "transfer-find-name"));
    const find = move.getByRole("button", { name: text(locale, "transfer-find-submit") });
    await name.fill(`nobody ${tag}`);
    await press(page, find);
    await expect(move.getByText(textWith(locale, "transfer-found-none", { name: `nobody ${tag}` }))).toBeFocused();
    await expect(list.locator("option")).toHaveText([choose, `Teammate ${tag}`]);
    await checkPage(page);

    // Found in another team, first in the list under its own label; the name
    // never goes into the address.
    await name.fill(`zelda ${tag}`);
    await press(page, find);
    await expect(move.locator("#transfer-find")).toBeFocused();
    const found = textWith(locale, "transfer-coach-in-team", { name: `Zelda ${tag}`, team: `Other ${tag}` });
    await expect(list.locator("optgroup").first()).toHaveAttribute("label", text(locale, "transfer-group-found"));
    await expect(list.locator("option")).toHaveText([choose, found, `Teammate ${tag}`]);
    await expect(name).toHaveValue(`zelda ${tag}`);
    expect(page.url()).not.toContain(tag);
    await checkPage(page);

    await list.focus();
    await list.selectOption({ label: found });
    await press(page, move.getByRole("button", { name: text(locale, "transfer-submit") }));
    await expect(page.getByText(text(locale, "transfer-done"))).toBeFocused();
    const nowWith = psql(
      "select c.email from account j join account c on c.account_id = j.coach_id where j.email = :'email';",
      { email: jobseeker },
    );
    expect(nowWith).toBe(elsewhere);
  });
}
