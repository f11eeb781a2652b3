import { readFile } from "node:fs/promises";
import { expect, test, type Page, journeyIn } from "../fixtures/test";
import { createAccount, signIn, uniqueEmail } from "../fixtures/accounts";
import { checkPage } from "../fixtures/axe";
import { publishEvent } from "../fixtures/events";
import { LOCALES, text, type Locale } from "../fixtures/i18n";
import { press } from "../fixtures/modules";

// Jobseekers use Askel on cheap phones.
test.use({ viewport: { width: 360, height: 740 } });

function heading(page: Page) {
  return page.getByRole("heading", { level: 1 });
}

for (const locale of LOCALES) {
  test(`a jobseeker finds an event with filters, signs up, keeps it in the calendar and cancels, by keyboard in ${locale}`, async ({ page }) => {
    journeyIn(locale, { plain: "fi", wasm: "en" });
    test.setTimeout(90_000);
    const tag = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    const wanted = `IT-infotilaisuus ${tag}`;
    const other = `Kaupan rekrypäivä ${tag}`;
    const eventId = publishEvent({
      title: wanted,
      sector: "it",
      kind: "info-session",
      languages: ["fi", "en"],
      online: true,
      inDays: 30,
      question: "Mikä työ kiinnostaa?",
    });
    publishEvent({ title: other, sector: "retail", inDays: 31 });
    const email = uniqueEmail("events");
    createAccount("jobseeker", email, locale);
    await signIn(page, locale, email);

    await page.goto(`/events?lang=${locale}`);
    await expect(heading(page)).toHaveText(text(locale, "events-title"));
    await expect(page.getByRole("link", { name: wanted })).toBeVisible();
    await expect(page.getByRole("link", { name: other })).toBeVisible();
    await checkPage(page);

    // Filters: open the disclosure and choose by keyboard.
    await press(page, page.locator("summary", { hasText: text(locale, "events-filter-title") }));
    const sector = page.getByLabel(text(locale, "events-filter-sector"));
    await sector.focus();
    await sector.selectOption("it");
    await press(page, page.getByLabel(text(locale, "events-filter-format-online"), { exact: true }), "Space");
    await press(page, page.getByRole("button", { name: text(locale, "events-filter-apply") }));
    await expect(page).toHaveURL(/sector=it/);
    await expect(page.getByRole("link", { name: wanted })).toBeVisible();
    await expect(page.getByRole("link", { name: other })).toHaveCount(0);
    await checkPage(page);

    // A date that cannot be read is explained in the error summary.
    await page.goto(`/events?lang=${locale}&from=huomenna`);
    const summary = page.locator(".error-summary");
    await expect(summary.getByRole("link", { name: text(locale, "events-filter-error-date") })).toHaveAttribute("href", "#filters-from");
    await checkPage(page);

    // The event page, and signing up with an answer.
    await page.goto(`/events?lang=${locale}&sector=it`);
    await press(page, page.getByRole("link", { name: wanted }));
    await expect(heading(page)).toHaveText(wanted);
    await expect(page.getByRole("heading", { name: text(locale, "event-accessibility") })).toBeVisible();
    await expect(page.getByText(text(locale, "event-access-hearing-loop"))).toBeVisible();
    await checkPage(page);
    await page.getByLabel("Mikä työ kiinnostaa?").fill("IT-tuki");
    await press(page, page.getByRole("button", { name: text(locale, "event-sign-up-button"), exact: true }));
    await expect(page.getByRole("heading", { name: text(locale, "event-standing-confirmed") })).toBeVisible();
    await checkPage(page);

    // The calendar file.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      press(page, page.getByRole("link", { name: text(locale, "event-calendar-link") })),
    ]);
    expect(download.suggestedFilename()).toBe(`askel-event-${eventId}.ics`);
    const ics = await readFile(await download.path(), "utf8");
    expect(ics).toContain("BEGIN:VCALENDAR\r\n");
    expect(ics).toContain("TZID:Europe/Helsinki");
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Helsinki:\d{8}T\d{6}\r\n/);
    expect(ics.replace(/\r\n /g, "")).toContain(`SUMMARY:${wanted}`);

    // "My events" lists it.
    await page.goto(`/events/mine?lang=${locale}`);
    await expect(heading(page)).toHaveText(text(locale, "events-mine-title"));
    await expect(page.getByRole("link", { name: wanted })).toBeVisible();
    await checkPage(page);

    // Cancelling gives the place up.
    await press(page, page.getByRole("link", { name: wanted }));
    await press(page, page.getByRole("button", { name: text(locale, "event-cancel-button") }));
    await expect(page.getByRole("button", { name: text(locale, "event-sign-up-button"), exact: true })).toBeVisible();
    await page.goto(`/events/mine?lang=${locale}`);
    await expect(page.getByText(text(locale, "events-mine-none"))).toBeVisible();
  });
}
