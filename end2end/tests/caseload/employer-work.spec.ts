import { expect, test, journeyIn, type Page } from "../fixtures/test";
import { assignToCoach, createAccount, signIn, signOut, uniqueEmail } from "../fixtures/accounts";
import { checkPage } from "../fixtures/axe";
import { psql } from "../fixtures/db";
import { LOCALES, text, textCount, textWith, type Locale, writtenDay } from "../fixtures/i18n";
import { press } from "../fixtures/modules";

// A coach's work with employers and after someone starts work, done on a
// phone, by keyboard: the jobseeker's consent, the log of employer contacts,
// and the follow-along check-ins after an employed outcome.
test.use({ viewport: { width: 360, height: 740 } });

/** The Helsinki day `days` from today, as a date picker sends it: 2026-12-08. */
function helsinkiDay(days = 0): string {
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Helsinki" });
  const [year, month, day] = today.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}


/** The day `months` calendar months after `isoDay`, as PostgreSQL adds them (31 Jan + 1 month = 28 Feb). */
function addMonths(isoDay: string, months: number): string {
  const [year, month, day] = isoDay.split("-").map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** A check-in's title: "One week: 8 December 2026". */
function checkInTitle(locale: Locale, kind: string, isoDay: string): string {
  return textWith(locale, "checkin-title", { kind: text(locale, `checkin-kind-${kind}`), day: writtenDay(locale, isoDay) });
}

function mainNav(page: Page, locale: Locale) {
  return page.getByRole("navigation", { name: text(locale, "layout-main-nav-label") });
}

/** An employer in the shared list, as a coach would have added it; returns its id and name. */
function addEmployer(who: string): { id: number; name: string } {
  const name = `Keittiöpalvelu ${who.split("@")[0]} Oy`;
  const id = psql(
    `insert into employer (name, created_by) select :'name', account_id from account where email = :'coach'
     returning employer_id;`,
    { name, coach: who },
  );
  return { id: Number(id), name };
}

for (const locale of LOCALES) {
  test(`a jobseeker says their coach may tell employers about them, and takes it back, in ${locale}`, async ({ page }) => {
    journeyIn(locale, { plain: "fi", wasm: "en" });
    const jobseeker = uniqueEmail("consent-js");
    createAccount("jobseeker", jobseeker, locale);
    await signIn(page, locale, jobseeker);

    // From My account, by keyboard.
    await press(page, mainNav(page, locale).getByRole("link", { name: text(locale, "nav-account"), exact: true }));
    await press(page, page.getByRole("link", { name: text(locale, "account-employers-change") }));
    await expect(page).toHaveURL(/\/account\/employers/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "contact-consent-title"));
    await expect(page.getByText(text(locale, "contact-consent-not-given"))).toBeVisible();
    const question = page.getByRole("group", { name: text(locale, "contact-consent-question") });
    const yes = question.getByRole("radio", { name: text(locale, "contact-consent-yes"), exact: true });
    const no = question.getByRole("radio", { name: text(locale, "contact-consent-no"), exact: true });
    // Nobody has said yes for them: "no" is what stands.
    await expect(no).toBeChecked();
    await checkPage(page);

    await press(page, yes, "Space");
    await expect(yes).toBeChecked();
    const save = page.getByRole("button", { name: text(locale, "contact-consent-save"), exact: true });
    await press(page, save);
    await expect(page.getByText(text(locale, "contact-consent-saved"))).toBeVisible();
    const since = textWith(locale, "contact-consent-given", { day: writtenDay(locale, helsinkiDay()) });
    await expect(page.getByText(since)).toBeVisible();
    await expect(yes).toBeChecked();
    await checkPage(page);
    expect(
      psql(
        `select count(*) from employer_contact_consent k join account a using (account_id)
         where a.email = :'email' and k.revoked_at is null;`,
        { email: jobseeker },
      ),
    ).toBe("1");

    // Taken back: the record keeps when it was given and when taken back.
    await press(page, no, "Space");
    await press(page, save);
    await expect(page.getByText(text(locale, "contact-consent-saved"))).toBeVisible();
    await expect(page.getByText(text(locale, "contact-consent-not-given"))).toBeVisible();
    await expect(no).toBeChecked();
    expect(
      psql(
        `select count(*) || ' ' || count(revoked_at) from employer_contact_consent k join account a using (account_id)
         where a.email = :'email';`,
        { email: jobseeker },
      ),
    ).toBe("1 1");
  });
}

for (const locale of LOCALES) {
  test(`a coach logs an employer contact about a jobseeker who has agreed, in ${locale}`, async ({ page }) => {
    journeyIn(locale, { plain: "fi", wasm: "sv" });
    test.slow();
    const [jobseeker, coach] = [uniqueEmail("contact-js"), uniqueEmail("contact-coach")];
    createAccount("jobseeker", jobseeker, locale);
    createAccount("coach", coach, locale);
    assignToCoach(jobseeker, coach);
    const employer = addEmployer(coach);

    // The jobseeker says yes (their page is tested on its own above).
    await signIn(page, locale, jobseeker);
    await page.goto(`/account/employers?lang=${locale}`);
    await press(page, page.getByRole("radio", { name: text(locale, "contact-consent-yes"), exact: true }), "Space");
    await press(page, page.getByRole("button", { name: text(locale, "contact-consent-save"), exact: true }));
    await expect(page.getByText(text(locale, "contact-consent-saved"))).toBeVisible();
    await signOut(page, locale);

    // The coach opens the log from the main navigation.
    await signIn(page, locale, coach);
    await press(page, mainNav(page, locale).getByRole("link", { name: text(locale, "nav-employer-contacts"), exact: true }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "contact-title"));
    await expect(page.getByRole("heading", { level: 2, name: text(locale, "contact-log-heading") })).toBeVisible();
    const day = page.getByLabel(text(locale, "contact-day"), { exact: true });
    await expect(day).toHaveValue(helsinkiDay());
    await checkPage(page);

    // Sent empty: the error summary takes focus and says what is missing.
    const log = page.getByRole("button", { name: text(locale, "contact-save"), exact: true });
    await press(page, log);
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveText([
      text(locale, "contact-error-employer"),
      text(locale, "contact-error-how"),
      text(locale, "contact-error-result"),
    ]);
    await checkPage(page);

    // Filled in by keyboard, naming the jobseeker.
    const employerField = page.getByLabel(text(locale, "contact-employer"), { exact: true });
    await employerField.focus();
    await employerField.selectOption({ label: employer.name });
    await expect(day).toHaveValue(helsinkiDay());
    const how = page.getByRole("group", { name: text(locale, "contact-how") });
    const visit = how.getByRole("radio", { name: text(locale, "contact-how-visit"), exact: true });
    await press(page, visit, "Space");
    await expect(visit).toBeChecked();
    const person = page.getByLabel(text(locale, "contact-person"), { exact: true });
    await expect(person.locator("option")).toHaveText([text(locale, "contact-person-none"), "Test jobseeker"]);
    await person.focus();
    await person.selectOption({ label: "Test jobseeker" });
    const result = page.getByRole("group", { name: text(locale, "contact-result") });
    const opening = result.getByRole("radio", { name: text(locale, "contact-result-opening"), exact: true });
    await press(page, opening, "Space");
    await expect(opening).toBeChecked();
    const note = page.getByLabel(text(locale, "contact-note"), { exact: true });
    await note.focus();
    await page.keyboard.type("Keittiöapulainen tammikuusta, haastattelu ensi viikolla.");
    await press(page, log);

    // Logged: the list shows it, with whom it was about.
    await expect(page.getByText(text(locale, "contact-logged"))).toBeVisible();
    await expect(page.locator(".error-summary")).toHaveCount(0);
    const listed = page.locator("li.contact");
    await expect(listed).toHaveCount(1);
    await expect(listed.getByRole("heading", { level: 3 })).toHaveText(`${employer.name}, ${writtenDay(locale, helsinkiDay())}`);
    await expect(listed).toContainText(text(locale, "contact-how-visit"));
    await expect(listed).toContainText(textWith(locale, "contact-by", { name: "Test coach" }));
    await expect(listed.locator("strong")).toHaveText(text(locale, "contact-result-opening"));
    await expect(listed).toContainText("Keittiöapulainen tammikuusta, haastattelu ensi viikolla.");
    await expect(listed.locator("p", { hasText: text(locale, "contact-about") })).toHaveText(
      `${text(locale, "contact-about")} Test jobseeker`,
    );
    await checkPage(page);

    // From the employer's page, the log is about that employer only, with it chosen.
    await press(page, listed.getByRole("link", { name: employer.name }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(employer.name);
    await press(page, page.getByRole("link", { name: text(locale, "employers-contacts-link") }));
    await expect(page).toHaveURL(new RegExp(`/coach/employer-contacts\\?employer=${employer.id}`));
    await expect(
      page.getByRole("heading", { level: 2, name: textWith(locale, "contact-with-employer", { employer: employer.name }) }),
    ).toBeVisible();
    await expect(employerField).toHaveValue(String(employer.id));
    await expect(listed).toHaveCount(1);
    // About one employer, each contact is headed by its day alone.
    await expect(listed.getByRole("heading", { level: 3 })).toHaveText(writtenDay(locale, helsinkiDay()));
    await checkPage(page);

    // The jobseeker's page shows their consent and the contact about them.
    await press(page, listed.getByRole("link", { name: "Test jobseeker" }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Test jobseeker");
    const section = page.getByRole("region", { name: text(locale, "person-employers") });
    await expect(
      section.getByText(textWith(locale, "person-employer-consent", { day: writtenDay(locale, helsinkiDay()) })),
    ).toBeVisible();
    await expect(section).toContainText(
      `${text(locale, "caseload-column-first-contact")}: ${textCount(locale, "contact-rapid-after", 0)}`,
    );
    await expect(section.locator("li.contact")).toHaveCount(1);
    await expect(section.locator("li.contact")).toContainText(employer.name);
    await expect(section.locator("li.contact strong")).toHaveText(text(locale, "contact-result-opening"));
    // The log opens with this person chosen as whom the contact is about.
    await expect(section.getByRole("link", { name: text(locale, "person-log-contact") })).toHaveAttribute(
      "href",
      /^\/coach\/employer-contacts\?jobseeker=\d+#log$/,
    );
    await checkPage(page);
  });

  test(`a coach records that a jobseeker started work and does the first follow-along check-in, in ${locale}`, async ({
    page,
  }) => {
    journeyIn(locale, { plain: "en", wasm: "fi" });
    test.slow();
    const [jobseeker, coach] = [uniqueEmail("follow-js"), uniqueEmail("follow-coach")];
    createAccount("jobseeker", jobseeker, locale);
    createAccount("coach", coach, locale);
    assignToCoach(jobseeker, coach);
    const since = helsinkiDay(-2);
    const week = checkInTitle(locale, "week", helsinkiDay(5));
    const nav = mainNav(page, locale);

    // The coach records that the jobseeker has worked full-time for two days.
    await signIn(page, locale, coach);
    await press(page, nav.getByRole("link", { name: text(locale, "nav-caseload"), exact: true }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "caseload-title"));
    // Nothing to follow along yet.
    const tasks = page.getByRole("region", { name: text(locale, "checkin-due-heading") });
    await expect(tasks).toHaveCount(0);
    await press(page, page.getByRole("link", { name: "Test jobseeker", exact: true }));
    const situation = page.getByLabel(text(locale, "outcome-situation"), { exact: true });
    await situation.focus();
    await situation.selectOption("employed_full_time");
    await page.getByLabel(text(locale, "outcome-since"), { exact: true }).fill(since);
    await press(page, page.getByRole("button", { name: text(locale, "outcome-submit"), exact: true }));
    await expect(page.getByText(text(locale, "outcome-recorded"))).toBeVisible();
    // Check-ins at a week, a month and three months: none done yet.
    const followAlong = page.getByRole("region", { name: text(locale, "person-follow-along") });
    await expect(followAlong).toContainText(textCount(locale, "person-open-checkins", 3));
    await checkPage(page);

    // The caseload lists the one due within a week.
    await press(page, nav.getByRole("link", { name: text(locale, "nav-caseload"), exact: true }));
    await expect(tasks.getByRole("heading", { level: 2 })).toHaveText(text(locale, "checkin-due-heading"));
    await expect(tasks.getByRole("link")).toHaveText([`Test jobseeker: ${week}`]);
    await checkPage(page);

    // Opened from there: the page has the three, the week's form open.
    await press(page, tasks.getByRole("link", { name: `Test jobseeker: ${week}` }));
    await expect(page).toHaveURL(/\/coach\/jobseekers\/\d+\/follow-along#checkin-\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      textWith(locale, "checkin-page-title", { name: "Test jobseeker" }),
    );
    const checkins = page.locator("li.checkin");
    await expect(checkins.getByRole("heading", { level: 2 })).toHaveText([
      week,
      checkInTitle(locale, "month", addMonths(since, 1)),
      checkInTitle(locale, "three-months", addMonths(since, 3)),
    ]);
    await expect(checkins.nth(0).getByLabel(text(locale, "checkin-note"), { exact: true })).toBeVisible();
    await expect(checkins.nth(1).getByRole("link", { name: text(locale, "checkin-write") })).toBeVisible();
    await expect(checkins.nth(2).getByRole("link", { name: text(locale, "checkin-write") })).toBeVisible();
    await checkPage(page);

    // Saved empty: the error summary takes focus.
    const saveCheckIn = page.getByRole("button", { name: text(locale, "checkin-save"), exact: true });
    await press(page, saveCheckIn);
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveText([text(locale, "checkin-error-note")]);
    await checkPage(page);

    const note = checkins.nth(0).getByLabel(text(locale, "checkin-note"), { exact: true });
    await note.focus();
    await page.keyboard.type("Work is going well; the shifts suit them. Next talk in a month.");
    await press(page, saveCheckIn);
    await expect(page.getByText(text(locale, "checkin-saved"))).toBeVisible();
    await expect(checkins.nth(0)).toContainText(
      textWith(locale, "checkin-done-by", { day: writtenDay(locale, helsinkiDay()), name: "Test coach" }),
    );
    await expect(checkins.nth(0)).toContainText("Work is going well; the shifts suit them. Next talk in a month.");
    // The month's form is the one open now.
    await expect(checkins.nth(1).getByLabel(text(locale, "checkin-note"), { exact: true })).toBeVisible();
    await checkPage(page);

    // Done: the caseload no longer lists it.
    await press(page, nav.getByRole("link", { name: text(locale, "nav-caseload"), exact: true }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "caseload-title"));
    await expect(tasks).toHaveCount(0);
    await expect(page.getByRole("link", { name: `Test jobseeker: ${week}` })).toHaveCount(0);

    // The person's page counts the two still to do.
    await press(page, page.getByRole("link", { name: "Test jobseeker", exact: true }));
    await expect(followAlong).toContainText(textCount(locale, "person-open-checkins", 2));
    await press(page, followAlong.getByRole("link", { name: text(locale, "person-open-follow-along") }));
    await expect(checkins).toHaveCount(3);
  });
}
