import { randomUUID } from "node:crypto";
import { expect, test, journeyIn, type Page } from "../fixtures/test";
import { createAccount, signIn, uniqueEmail } from "../fixtures/accounts";
import { checkPage } from "../fixtures/axe";
import { psql } from "../fixtures/db";
import { LOCALES, text, textCount, textWith, type Locale, writtenDay } from "../fixtures/i18n";
import { press } from "../fixtures/modules";

// A jobseeker's own job-search log, kept on a phone by keyboard; and the
// one-press link at the end of every notice email, which works without
// signing in.
test.use({ viewport: { width: 360, height: 740 } });

/** Today in Helsinki, as a date picker sends it: 2026-12-08. */
function helsinkiToday(): string {
  return new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Helsinki" });
}

/** The month `months` from the month of `isoDay`, as the address carries it: 2026-12. */
function monthCode(isoDay: string, months = 0): string {
  const [year, month] = isoDay.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1 + months, 1)).toISOString().slice(0, 7);
}

/** A month as the log heads it: "December 2026", "Joulukuu 2026". */
function monthName(locale: Locale, code: string): string {
  const [year, month] = code.split("-").map(Number);
  return textCount(locale, "search-month", month).replace("{ $year }", String(year));
}


function mainNav(page: Page, locale: Locale) {
  return page.getByRole("navigation", { name: text(locale, "layout-main-nav-label") });
}

for (const locale of LOCALES) {
  test(`a jobseeker keeps their job-search log by keyboard, in ${locale}`, async ({ page }) => {
    journeyIn(locale, { plain: "sv", wasm: "en" });
    test.slow();
    const jobseeker = uniqueEmail("search-js");
    createAccount("jobseeker", jobseeker, locale);
    const today = helsinkiToday();
    const thisMonth = monthCode(today);
    const lastMonth = monthCode(today, -1);
    // A day of this month that is never in the future: the first.
    const day = `${thisMonth}-01`;
    const employer = "Kahvila Kuppi Oy";
    const what = "Keittiöapulainen, osa-aika";

    await signIn(page, locale, jobseeker);
    await press(page, mainNav(page, locale).getByRole("link", { name: text(locale, "nav-job-search"), exact: true }));
    await expect(page).toHaveURL(/\/job-search$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "search-title"));
    await expect(page.getByRole("heading", { level: 2, name: text(locale, "search-add-heading") })).toBeVisible();
    await expect(page.locator("h2#month")).toHaveText(monthName(locale, thisMonth));
    // A new account has nothing in its log.
    await expect(page.getByText(text(locale, "search-none"))).toBeVisible();
    const dayField = page.getByLabel(text(locale, "search-day"), { exact: true });
    await expect(dayField).toHaveValue(today);
    await checkPage(page);

    // Sent as it opens: what was done and the employer are missing.
    const add = page.getByRole("button", { name: text(locale, "search-add"), exact: true });
    await press(page, add);
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveText([
      text(locale, "search-error-kind"),
      text(locale, "search-error-employer"),
    ]);
    // The day it had is kept, and nothing was written.
    await expect(dayField).toHaveValue(today);
    expect(
      psql(`select count(*) from job_search_entry join account using (account_id) where email = :'email';`, {
        email: jobseeker,
      }),
    ).toBe("0");
    await checkPage(page);

    // Each link of the summary takes the keyboard to its field.
    const kinds = page.getByRole("group", { name: text(locale, "search-kind") });
    await press(page, summary.getByRole("link", { name: text(locale, "search-error-kind") }));
    await expect(kinds.getByRole("radio", { name: text(locale, "search-kind-application"), exact: true })).toBeFocused();
    const employerField = page.getByLabel(text(locale, "search-employer"), { exact: true });
    await press(page, summary.getByRole("link", { name: text(locale, "search-error-employer") }));
    await expect(employerField).toBeFocused();

    // Filled in by keyboard.
    await page.keyboard.type(employer);
    const interview = kinds.getByRole("radio", { name: text(locale, "search-kind-interview"), exact: true });
    await press(page, interview, "Space");
    await expect(interview).toBeChecked();
    await dayField.focus();
    await dayField.fill(day);
    const whatField = page.getByLabel(text(locale, "search-what"), { exact: true });
    await whatField.focus();
    await page.keyboard.type(what);
    await press(page, add);

    // Added: the notice takes focus, and the month's table has the line.
    const added = page.getByText(text(locale, "search-added"));
    await expect(added).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`/job-search\\?month=${thisMonth}#job-search-add$`));
    await expect(page.locator(".error-summary")).toHaveCount(0);
    await expect(page.getByText(text(locale, "search-none"))).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 3, name: text(locale, "search-summary") })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: `${text(locale, "search-kind-interview")}: 1` })).toHaveCount(1);
    const table = page.getByRole("table", {
      name: textWith(locale, "search-caption", { month: monthName(locale, thisMonth) }),
    });
    const rows = table.locator("tbody tr");
    await expect(rows).toHaveCount(1);
    const cells = rows.first().getByRole("cell");
    await expect(cells.nth(0)).toHaveText(writtenDay(locale, day));
    await expect(cells.nth(1)).toHaveText(text(locale, "search-kind-interview"));
    await expect(cells.nth(2)).toHaveText(employer);
    await expect(cells.nth(3)).toHaveText(what);
    expect(
      psql(
        `select kind || ' ' || happened_on || ' ' || employer || ' ' || what
         from job_search_entry join account using (account_id) where email = :'email';`,
        { email: jobseeker },
      ),
    ).toBe(`interview ${day} ${employer} ${what}`);
    // The form is empty again for the next line.
    await expect(employerField).toHaveValue("");
    await expect(interview).not.toBeChecked();
    await checkPage(page);

    // The way to print: the page says how, and its print shows the month's
    // table without the form, the navigation or the month links.
    const printHint = page.getByText(text(locale, "search-print-hint"));
    await expect(printHint).toBeVisible();
    const months = page.getByRole("navigation", { name: text(locale, "search-months") });
    await page.emulateMedia({ media: "print" });
    await expect(table).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(add).toBeHidden();
    await expect(months).toBeHidden();
    await expect(printHint).toBeHidden();
    await expect(page.locator(".site-header")).toBeHidden();
    await page.emulateMedia({ media: "screen" });
    await expect(add).toBeVisible();

    // The months around: back to last month, which has nothing, and forward again.
    const previous = months.getByRole("link", { name: text(locale, "search-previous-month"), exact: true });
    const next = months.getByRole("link", { name: text(locale, "search-next-month"), exact: true });
    await expect(previous).toHaveAttribute("href", `/job-search?month=${lastMonth}`);
    // No way into a month that has not begun.
    await expect(next).toHaveCount(0);
    await press(page, previous);
    await expect(page).toHaveURL(new RegExp(`/job-search\\?month=${lastMonth}$`));
    await expect(page.locator("h2#month")).toHaveText(monthName(locale, lastMonth));
    await expect(page.getByText(text(locale, "search-none"))).toBeVisible();
    await expect(next).toHaveAttribute("href", `/job-search?month=${thisMonth}`);
    await checkPage(page);
    await press(page, next);
    await expect(page.locator("h2#month")).toHaveText(monthName(locale, thisMonth));
    await expect(rows).toHaveCount(1);

    // Removed, after saying yes to the question.
    const remove = rows.first().locator("summary");
    await expect(remove).toHaveText(textWith(locale, "search-remove", { what }));
    await press(page, remove);
    await expect(rows.first().getByText(textWith(locale, "search-remove-question", { what }))).toBeVisible();
    await checkPage(page);
    await press(page, rows.first().getByRole("button", { name: text(locale, "search-remove-confirm"), exact: true }));
    await expect(page.getByText(text(locale, "search-removed"))).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`/job-search\\?month=${thisMonth}#job-search-remove$`));
    await expect(page.locator("h2#month")).toHaveText(monthName(locale, thisMonth));
    await expect(table).toHaveCount(0);
    await expect(page.getByText(text(locale, "search-none"))).toBeVisible();
    expect(
      psql(`select count(*) from job_search_entry join account using (account_id) where email = :'email';`, {
        email: jobseeker,
      }),
    ).toBe("0");
    await checkPage(page);
  });
}

for (const locale of LOCALES) {
  test(`a notice's link stops email without signing in, in ${locale}`, async ({ page }) => {
    journeyIn(locale, { plain: "fi", wasm: "sv" });
    test.slow();
    const jobseeker = uniqueEmail("stop-js");
    createAccount("jobseeker", jobseeker, locale);
    const key = psql(`select unsubscribe_key from account where email = :'email';`, { email: jobseeker });
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    /** (email, text messages) as the account has them: "t|t". */
    const channels = () =>
      psql(`select notify_email, notify_sms from account where email = :'email';`, { email: jobseeker });
    const before = channels();
    expect(before).toMatch(/^t\|[tf]$/);
    const sms = before.split("|")[1];

    // Opened as from the email, signed out: opening it changes nothing.
    const opened = await page.goto(`/unsubscribe?c=email&k=${key}&lang=${locale}`);
    expect(opened?.status()).toBe(200);
    await expect(page).toHaveTitle(textWith(locale, "app-page-title", { page: text(locale, "notify-stop-email-title") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "notify-stop-email-title"));
    await expect(mainNav(page, locale).getByRole("link", { name: text(locale, "nav-sign-in"), exact: true })).toBeVisible();
    await expect(page.getByText(text(locale, "notify-stop-email-intro"))).toBeVisible();
    const stop = page.getByRole("button", { name: text(locale, "notify-stop-email-button"), exact: true });
    const again = page.getByRole("button", { name: text(locale, "notify-stop-email-again"), exact: true });
    await expect(stop).toBeVisible();
    await expect(again).toHaveCount(0);
    expect(channels()).toBe(before);
    await checkPage(page);

    // One press stops email, and only email.
    await press(page, stop);
    await expect(page.getByText(text(locale, "notify-stop-saved"))).toBeFocused();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "notify-stop-email-title"));
    await expect(page.getByText(text(locale, "notify-stop-email-stopped"))).toBeVisible();
    await expect(again).toBeVisible();
    await expect(stop).toHaveCount(0);
    expect(channels()).toBe(`f|${sms}`);
    await checkPage(page);

    // And one press starts it again.
    await press(page, again);
    await expect(page.getByText(text(locale, "notify-stop-saved"))).toBeFocused();
    await expect(page.getByText(text(locale, "notify-stop-email-intro"))).toBeVisible();
    await expect(stop).toBeVisible();
    await expect(again).toHaveCount(0);
    expect(channels()).toBe(`t|${sms}`);
    await checkPage(page);

    // A key no account has: not found, said in the reader's language.
    const madeUp = await page.goto(`/unsubscribe?c=email&k=${randomUUID()}&lang=${locale}`);
    expect(madeUp?.status()).toBe(404);
    await expect(page).toHaveTitle(textWith(locale, "app-page-title", { page: text(locale, "error-not-found") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "error-not-found"));
    await expect(page.getByRole("main").getByRole("link", { name: text(locale, "nav-home"), exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: text(locale, "notify-stop-email-button") })).toHaveCount(0);
    await checkPage(page);
    expect(channels()).toBe(`t|${sms}`);
  });
}
