import { expect, test, journeyIn } from "../fixtures/test";
import { assignToCoach, createAccount, signIn, signOut, uniqueEmail } from "../fixtures/accounts";
import { checkPage, expectNoAxeViolations } from "../fixtures/axe";
import { LOCALES, text, textWith, type Locale, writtenDay, writtenTime } from "../fixtures/i18n";
import { delivered, subjectsTo } from "../fixtures/mail";
import { psql } from "../fixtures/db";
import { press } from "../fixtures/modules";

// Meetings are booked on phones, by keyboard.
test.use({ viewport: { width: 360, height: 740 } });

/** Tomorrow in Helsinki, as a date picker sends it: 2026-12-08. */
function tomorrowInHelsinki(): string {
  return new Date(Date.now() + 24 * 60 * 60 * 1000).toLocaleDateString("sv-SE", { timeZone: "Europe/Helsinki" });
}

/** A day's heading as the pages write it: "Tiistai 8.12.2026", "Tuesday 8 December 2026". */
function dayHeading(locale: Locale, isoDay: string): string {
  const [year, month, day] = isoDay.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = text(locale, `meeting-weekday-${((date.getUTCDay() + 6) % 7) + 1}`);
  return `${weekday} ${writtenDay(locale, isoDay)}`;
}

/** A time's span as the pages write it: "10.00–10.45", in English "10:00–10:45". */
function span(locale: Locale, from: string, until: string): string {
  return `${writtenTime(locale, from)}\u2013${writtenTime(locale, until)}`;
}

for (const locale of LOCALES) {
  test(`a coach offers free times, a jobseeker books, moves and cancels one, and the coach books one for them, in ${locale}`, async ({
    page,
  }) => {
    journeyIn(locale, { plain: "fi", wasm: "en" });
    test.slow();
    const [jobseeker, coach] = [uniqueEmail("meeting-js"), uniqueEmail("meeting-coach")];
    createAccount("jobseeker", jobseeker, locale);
    createAccount("coach", coach, locale);
    assignToCoach(jobseeker, coach);
    const nav = page.getByRole("navigation", { name: text(locale, "layout-main-nav-label") });
    const day = tomorrowInHelsinki();
    const heading = dayHeading(locale, day);
    const [first, second] = [span(locale, "10:00", "10:45"), span(locale, "10:45", "11:30")];

    // The coach offers two times in a row tomorrow, at an address.
    await signIn(page, locale, coach);
    await press(page, nav.getByRole("link", { name: text(locale, "nav-meetings") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "meeting-coach-title"));
    const offer = page.getByRole("button", { name: text(locale, "meeting-offer") });
    // Sent empty: the error summary takes focus and says what is missing.
    await press(page, offer);
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveText([
      text(locale, "meeting-error-day"),
      text(locale, "meeting-error-start"),
      text(locale, "meeting-error-mode"),
    ]);
    await checkPage(page);
    await page.getByLabel(text(locale, "meeting-day"), { exact: true }).fill(day);
    await page.getByLabel(text(locale, "meeting-start"), { exact: true }).fill("10:00");
    await page.getByLabel(text(locale, "meeting-length"), { exact: true }).selectOption("45");
    await page.getByLabel(text(locale, "meeting-count"), { exact: true }).fill("2");
    const inPerson = page.getByLabel(text(locale, "meeting-mode-in-person"), { exact: true });
    await press(page, inPerson, "Space");
    await expect(inPerson).toBeChecked();
    await page.getByLabel(text(locale, "meeting-place"), { exact: true }).fill("Ratapihantie 9, Helsinki");
    await press(page, offer);
    // The week shown is the offered day's, whether or not tomorrow is this week.
    await expect(page.getByText(text(locale, "meeting-offered"))).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    const times = page.locator("li.meeting");
    await expect(times.getByRole("heading", { level: 3 })).toHaveText([first, second]);
    await expect(times.getByText(text(locale, "meeting-free"), { exact: true })).toHaveCount(2);
    await expect(times.first()).toContainText("Ratapihantie 9, Helsinki");
    await checkPage(page);
    // On a phone, one day at a time: today, then the next day holds the two times.
    await press(page, page.getByRole("link", { name: text(locale, "meeting-today") }));
    const days = page.getByRole("navigation", { name: text(locale, "meeting-days") });
    await press(page, days.getByRole("link", { name: text(locale, "meeting-next-day") }));
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    await expect(times).toHaveCount(2);
    await checkPage(page);
    await signOut(page, locale);

    // The jobseeker books the first time, without calling anyone.
    await signIn(page, locale, jobseeker);
    await press(page, nav.getByRole("link", { name: text(locale, "nav-meetings") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "meeting-my-title"));
    await expect(page.getByText(text(locale, "meeting-none-booked"))).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 2, name: textWith(locale, "meeting-free-heading", { name: "Test coach" }) }),
    ).toBeVisible();
    await press(page, page.getByRole("button", { name: textWith(locale, "meeting-book", { time: first }) }));
    await expect(page.getByText(text(locale, "meeting-booked"))).toBeVisible();
    const calendar = page.getByRole("link", { name: text(locale, "meeting-add-to-calendar") });
    const mine = page.locator("li.meeting", { has: calendar });
    await expect(mine).toHaveCount(1);
    await expect(mine.getByRole("heading", { level: 3 })).toHaveText(`${heading}, ${first}`);
    await expect(mine).toContainText("Ratapihantie 9, Helsinki");
    await expect(mine).toContainText(textWith(locale, "meeting-with-coach", { name: "Test coach" }));
    // Only the other time is still free to book.
    await expect(page.getByRole("button", { name: textWith(locale, "meeting-book", { time: first }) })).toHaveCount(0);
    await expect(page.getByRole("button", { name: textWith(locale, "meeting-book", { time: second }) })).toBeVisible();
    await checkPage(page);

    // The meeting comes as a calendar file for the phone.
    const href = (await calendar.getAttribute("href")) ?? "";
    expect(href).toContain("/api/meeting-calendar?meeting=");
    const file = await page.request.get(href);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toContain("text/calendar");
    const ics = await file.text();
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toContain("Ratapihantie 9");

    // Moved to the other time: the first one is free again.
    await press(page, mine.getByRole("link", { name: text(locale, "meeting-move") }));
    await expect(
      page.getByRole("heading", {
        level: 2,
        name: textWith(locale, "meeting-move-heading", { when: `${heading}, ${first}` }),
      }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: textWith(locale, "meeting-move-here", { time: first }) })).toHaveCount(0);
    await checkPage(page);
    await press(page, page.getByRole("button", { name: textWith(locale, "meeting-move-here", { time: second }) }));
    await expect(page.getByText(text(locale, "meeting-booked"))).toBeVisible();
    await expect(mine).toHaveCount(1);
    await expect(mine.getByRole("heading", { level: 3 })).toHaveText(`${heading}, ${second}`);
    await expect(page.getByRole("button", { name: textWith(locale, "meeting-book", { time: first }) })).toBeVisible();
    await checkPage(page);

    // Cancelled, by keyboard: the "are you sure?" step first, which does nothing by itself.
    const confirm = mine.getByRole("button", { name: text(locale, "meeting-cancel-confirm") });
    await expect(confirm).toBeHidden();
    await press(
      page,
      mine.locator("summary", { hasText: textWith(locale, "meeting-cancel", { when: `${heading}, ${second}` }) }),
    );
    await expect(confirm).toBeVisible();
    await expectNoAxeViolations(page);
    await press(page, confirm);
    await expect(page.getByText(text(locale, "meeting-cancelled"))).toBeVisible();
    await expect(page.getByText(text(locale, "meeting-none-booked"))).toBeVisible();
    await expect(mine).toHaveCount(0);
    await checkPage(page);

    // The booking (and the move) were told by email, in the jobseeker's language.
    expect(subjectsTo(jobseeker)).toContain(text(locale, "meeting-email-booked-subject"));
    await signOut(page, locale);

    // The coach books the first time for them from their page.
    await signIn(page, locale, coach);
    await press(page, nav.getByRole("link", { name: text(locale, "nav-caseload") }));
    await press(page, page.getByRole("link", { name: "Test jobseeker" }));
    await press(page, page.getByRole("link", { name: text(locale, "person-open-meetings") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      textWith(locale, "meeting-person-title", { name: "Test jobseeker" }),
    );
    await expect(page.getByText(text(locale, "meeting-person-none"))).toBeVisible();
    await checkPage(page);
    await press(page, page.getByRole("button", { name: textWith(locale, "meeting-book-for", { time: first }) }));
    await expect(page.getByText(text(locale, "meeting-booked-for"))).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: text(locale, "meeting-coming") })).toBeVisible();
    const coming = page.locator("li.meeting", { has: page.getByRole("link", { name: text(locale, "meeting-add-to-calendar") }) });
    await expect(coming.getByRole("heading", { level: 3 })).toHaveText([`${heading}, ${first}`]);
    await expect(coming).toContainText("Ratapihantie 9, Helsinki");
    await expect(page.getByRole("button", { name: textWith(locale, "meeting-book-for", { time: first }) })).toHaveCount(0);
    await expect(page.getByText(text(locale, "meeting-person-none"))).toHaveCount(0);
    await checkPage(page);
    expect(subjectsTo(jobseeker)).toContain(text(locale, "meeting-email-booked-by-coach-subject"));
  });
}

/** A Helsinki day and quarter hour about three hours from now: "2026-12-08", "13:15". */
function inThreeHoursInHelsinki(): { day: string; time: string } {
  const at = new Date(Date.now() + 3 * 60 * 60 * 1000 + 15 * 60 * 1000);
  const day = at.toLocaleDateString("sv-SE", { timeZone: "Europe/Helsinki" });
  const [hour, minute] = at
    .toLocaleTimeString("sv-SE", { timeZone: "Europe/Helsinki", hour: "2-digit", minute: "2-digit" })
    .split(":");
  const quarter = String(Math.floor(Number(minute) / 15) * 15).padStart(2, "0");
  return { day, time: `${hour}:${quarter}` };
}

test("a booked meeting's reminder reaches the jobseeker's mailbox and phone", async ({ page }) => {
  journeyIn("en", { plain: "en", wasm: "fi" });
  test.slow();
  const locale: Locale = "en";
  const [jobseeker, coach] = [uniqueEmail("reminder-js"), uniqueEmail("reminder-coach")];
  createAccount("jobseeker", jobseeker, locale);
  createAccount("coach", coach, locale);
  assignToCoach(jobseeker, coach);
  const phone = `+35850${Math.floor(1000000 + Math.random() * 8999999)}`;
  // Any hour: a text message in quiet hours would wait for their end.
  psql(`update account set phone = :'phone', quiet_from = 0, quiet_until = 0 where email = :'email';`, {
    phone,
    email: jobseeker,
  });
  const { day, time } = inThreeHoursInHelsinki();

  await signIn(page, locale, coach);
  await page.goto("/coach/meetings");
  await page.getByLabel(text(locale, "meeting-day"), { exact: true }).fill(day);
  await page.getByLabel(text(locale, "meeting-start"), { exact: true }).fill(time);
  await press(page, page.getByLabel(text(locale, "meeting-mode-phone"), { exact: true }), "Space");
  await press(page, page.getByRole("button", { name: text(locale, "meeting-offer") }));
  await expect(page.getByText(text(locale, "meeting-offered"))).toBeVisible();
  await signOut(page, locale);

  // Booked within a day of the meeting: the booking's own email and text
  // stand for the day-before reminder.
  await signIn(page, locale, jobseeker);
  await page.goto("/meetings");
  await press(page, page.getByRole("button", { name: new RegExp(`^${text(locale, "meeting-book").split("{")[0]}`) }));
  await expect(page.getByText(text(locale, "meeting-booked"))).toBeVisible();
  const subjects = () => delivered("mail", jobseeker).map((mail) => /^Subject: (.*)$/m.exec(mail)?.[1]);
  await expect.poll(subjects, { timeout: 30_000 }).toEqual([text(locale, "meeting-email-booked-subject")]);
  // An hour later, less than two hours are left: the reminder comes by both.
  psql(
    `update meeting set ends_at = now() + interval '100 minutes' + (ends_at - starts_at),
                        starts_at = now() + interval '100 minutes'
     where jobseeker_id = (select account_id from account where email = :'email');`,
    { email: jobseeker },
  );
  await expect
    .poll(() => subjects().sort(), { timeout: 30_000 })
    .toEqual([text(locale, "meeting-email-booked-subject"), text(locale, "meeting-email-reminder-subject")].sort());
  await expect
    .poll(() => delivered("sms", phone).filter((sms) => sms.includes("Askel reminder: meeting with your coach on")), {
      timeout: 30_000,
    })
    .toHaveLength(1);
  const sms = delivered("sms", phone).find((message) => message.includes("reminder")) ?? "";
  expect(sms).toContain("/meetings");
});
