import { expect, test, journeyIn } from "../fixtures/test";
import { assignToCoach, createAccount, signIn, uniqueEmail } from "../fixtures/accounts";
import { checkPage } from "../fixtures/axe";
import { publishEvent } from "../fixtures/events";
import { LOCALES, text } from "../fixtures/i18n";
import { press } from "../fixtures/modules";

// Coaches work on laptops and phones: the phone is the harder case.
test.use({ viewport: { width: 360, height: 740 } });

for (const locale of LOCALES) {
  test(`a coach signs up a jobseeker on their caseload with consent, by keyboard in ${locale}`, async ({ page }) => {
    journeyIn(locale, { plain: "sv", wasm: "fi" });
    test.setTimeout(90_000);
    const tag = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    const title = `Koulutusinfo ${tag}`;
    const eventId = publishEvent({ title, kind: "info-session", inDays: 20 });
    const coach = uniqueEmail("coach");
    const jobseeker = uniqueEmail("caseload");
    createAccount("coach", coach, locale);
    createAccount("jobseeker", jobseeker, locale);
    assignToCoach(jobseeker, coach);
    await signIn(page, locale, coach);

    await page.goto(`/events/${eventId}?lang=${locale}`);
    await expect(page.getByRole("heading", { name: text(locale, "event-coach-title") })).toBeVisible();
    await expect(page.getByText(text(locale, "event-coach-none-here"))).toBeVisible();
    await checkPage(page);

    // Without the consent tick, the error summary says what is missing.
    const person = page.getByLabel(text(locale, "event-coach-jobseeker"));
    await person.focus();
    await person.selectOption({ label: "Test jobseeker" });
    await press(page, page.getByRole("button", { name: text(locale, "event-coach-sign-up") }));
    const link = page.locator(".error-summary").getByRole("link", { name: text(locale, "event-coach-error-consent") });
    await expect(link).toHaveAttribute("href", "#event-sign-up-for-consent");
    await checkPage(page);

    await press(page, page.getByLabel(text(locale, "event-coach-consent")), "Space");
    await press(page, page.getByRole("button", { name: text(locale, "event-coach-sign-up") }));
    await expect(page.getByText(text(locale, "event-coach-done"))).toBeVisible();
    await expect(page.getByText(text(locale, "organiser-standing-confirmed"))).toBeVisible();
    await checkPage(page);

    await page.goto(`/events/caseload?lang=${locale}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "events-caseload-title"));
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await checkPage(page);
  });
}
