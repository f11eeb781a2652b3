import { readFile } from "node:fs/promises";
import { expect, test, type Page, journeyIn } from "../fixtures/test";
import { createAccount, signIn, uniqueEmail } from "../fixtures/accounts";
import { checkPage } from "../fixtures/axe";
import { signUpToEvent } from "../fixtures/events";
import { LOCALES, text, textWith, type Locale } from "../fixtures/i18n";
import { press } from "../fixtures/modules";

// Organisers check people in at the door from a phone.
test.use({ viewport: { width: 360, height: 740 } });

function heading(page: Page) {
  return page.getByRole("heading", { level: 1 });
}

/** A day `days` from now as a date field takes it (YYYY-MM-DD). */
function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The name of a button that acts on one person: the action, then their name. */
function personAction(locale: Locale, id: string, name: string): RegExp {
  return new RegExp(`^${text(locale, id)}\\s*:\\s*${name}$`);
}

/** Types into the field labelled `label`, by keyboard. */
async function typeInto(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.focus();
  await field.fill(value);
}

for (const locale of LOCALES) {
  test(`an organiser creates and publishes an event, then checks a person in at the door, by keyboard in ${locale}`, async ({ page }) => {
    journeyIn(locale, { plain: "en", wasm: "sv" });
    test.setTimeout(120_000);
    const tag = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    const title = `Varaston rekrypäivä ${tag}`;
    const email = uniqueEmail("organiser");
    createAccount("organiser", email, locale);
    await signIn(page, locale, email);

    await page.goto(`/organiser/events?lang=${locale}`);
    await expect(heading(page)).toHaveText(text(locale, "organiser-events-title"));
    await checkPage(page);
    await press(page, page.getByRole("link", { name: text(locale, "organiser-create") }));
    await expect(heading(page)).toHaveText(text(locale, "organiser-new-title"));
    await checkPage(page);

    // Fill the form, but forget the name: the error summary points to it.
    await typeInto(page, text(locale, "organiser-description-fi"), "Tule tapaamaan varaston esihenkilöitä.");
    await typeInto(page, text(locale, "organiser-employer"), "Varasto Oy");
    const sector = page.getByLabel(text(locale, "events-filter-sector"));
    await sector.focus();
    await sector.selectOption("logistics");
    const kind = page.getByLabel(text(locale, "events-filter-kind"));
    await kind.focus();
    await kind.selectOption("recruitment-day");
    await typeInto(page, text(locale, "organiser-date"), isoDay(30));
    await typeInto(page, text(locale, "organiser-start"), "10:00");
    await typeInto(page, text(locale, "organiser-end"), "12:00");
    await typeInto(page, text(locale, "organiser-deadline-date"), isoDay(29));
    await typeInto(page, text(locale, "organiser-address"), "Varastotie 5, Vantaa");
    await press(page, page.getByLabel(text(locale, "event-access-step-free")), "Space");
    await typeInto(page, text(locale, "organiser-capacity"), "12");
    await press(page, page.getByRole("button", { name: text(locale, "organiser-save-draft") }));
    const summary = page.locator(".error-summary");
    const link = summary.getByRole("link", { name: text(locale, "organiser-error-title-fi") });
    await expect(link).toHaveAttribute("href", "#event-form-title_fi");
    await expect(page.getByLabel(text(locale, "organiser-employer"), { exact: true })).toHaveValue("Varasto Oy");
    await expect(page.getByLabel(text(locale, "event-access-step-free"))).toBeChecked();
    await checkPage(page);
    await press(page, link);
    await expect(page.getByLabel(text(locale, "organiser-title-fi"), { exact: true })).toBeFocused();
    await page.keyboard.type(title);
    await press(page, page.getByRole("button", { name: text(locale, "organiser-save-draft") }));

    // The draft's page: publish it.
    await expect(heading(page)).toHaveText(title);
    await expect(page.getByRole("heading", { name: text(locale, "organiser-draft-title") })).toBeVisible();
    await checkPage(page);
    await press(page, page.getByRole("button", { name: text(locale, "organiser-publish") }));
    await expect(page.getByText(text(locale, "organiser-published"))).toBeVisible();
    const eventId = Number(new URL(page.url()).pathname.split("/").pop());
    expect(eventId).toBeGreaterThan(0);

    // Two people sign up; at the door, find one by name and tick them in.
    signUpToEvent(eventId, `Aino Saapuja ${tag}`);
    signUpToEvent(eventId, `Bertil Myöhässä ${tag}`);
    await page.goto(`/organiser/events/${eventId}?lang=${locale}`);
    await expect(page.getByText(textWith(locale, "organiser-arrived-count", { arrived: "0", confirmed: "2" }))).toBeVisible();
    await checkPage(page);
    await typeInto(page, text(locale, "organiser-search-label"), "saapuja");
    await press(page, page.getByRole("button", { name: text(locale, "organiser-search-button") }));
    await expect(page.locator(".attendee__name", { hasText: `Aino Saapuja ${tag}` })).toBeVisible();
    await expect(page.locator(".attendee__name", { hasText: `Bertil Myöhässä ${tag}` })).toHaveCount(0);
    // The button names the person too, for screen readers: "Mark as arrived: Aino …".
    await press(page, page.getByRole("button", { name: personAction(locale, "organiser-mark-arrived", `Aino Saapuja ${tag}`) }));
    await expect(page.getByText(textWith(locale, "organiser-arrived-count", { arrived: "1", confirmed: "2" }))).toBeVisible();
    await expect(page.getByRole("button", { name: personAction(locale, "organiser-undo-arrival", `Aino Saapuja ${tag}`) })).toBeVisible();
    await checkPage(page);

    // The list as CSV.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      press(page, page.getByRole("link", { name: text(locale, "organiser-csv-link") })),
    ]);
    expect(download.suggestedFilename()).toBe(`askel-attendees-${eventId}.csv`);
    const csv = await readFile(await download.path(), "utf8");
    expect(csv).toContain(`"Aino Saapuja ${tag}"`);
    expect(csv).toContain(`"Bertil Myöhässä ${tag}"`);

    // The edit form, and the list of the organiser's events.
    await press(page, page.getByRole("link", { name: text(locale, "organiser-edit-link") }));
    await expect(heading(page)).toHaveText(text(locale, "organiser-edit-title"));
    await expect(page.getByLabel(text(locale, "organiser-title-fi"), { exact: true })).toHaveValue(title);
    await checkPage(page);
    await page.goto(`/organiser/events?lang=${locale}`);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  });
}
