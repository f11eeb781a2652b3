import { expect, test, journeyIn } from "../fixtures/test";
import { assignToCoach, createAccount, signIn, signOut, uniqueEmail } from "../fixtures/accounts";
import { checkPage } from "../fixtures/axe";
import { psql } from "../fixtures/db";
import { LOCALES, text, textWith } from "../fixtures/i18n";
import { press } from "../fixtures/modules";

test.use({ viewport: { width: 360, height: 740 } });

for (const locale of LOCALES) {
  test(`a jobseeker chooses text messages, quiet hours and no email, and a coach's message comes that way, in ${locale}`, async ({
    page,
  }) => {
    journeyIn(locale, { plain: "en", wasm: "sv" });
    test.slow();
    const [jobseeker, coach] = [uniqueEmail("notify-js"), uniqueEmail("notify-coach")];
    createAccount("jobseeker", jobseeker, locale);
    createAccount("coach", coach, locale);
    assignToCoach(jobseeker, coach);
    const phone = `+35840${Math.floor(1000000 + Math.random() * 8999999)}`;
    psql(`update account set phone = :'phone' where email = :'email';`, { phone, email: jobseeker });

    await signIn(page, locale, jobseeker);
    await page.goto("/account");
    await press(page, page.getByRole("link", { name: text(locale, "notify-change") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "notify-title"));
    const byEmail = page.getByLabel(textWith(locale, "notify-by-email", { address: jobseeker }));
    const bySms = page.getByLabel(textWith(locale, "notify-by-sms", { phone }));
    await expect(byEmail).toBeChecked();
    await expect(bySms).toBeChecked();
    await checkPage(page);
    // Email off, text messages on, quiet from 22 to 7.
    await press(page, byEmail, "Space");
    await page.getByLabel(text(locale, "notify-quiet-from"), { exact: true }).selectOption("22");
    await page.getByLabel(text(locale, "notify-quiet-until"), { exact: true }).selectOption("7");
    await press(page, page.getByRole("button", { name: text(locale, "notify-save") }));
    await expect(page.getByText(text(locale, "notify-saved"))).toBeFocused();
    await expect(byEmail).not.toBeChecked();
    await expect(bySms).toBeChecked();
    await expect(page.getByLabel(text(locale, "notify-quiet-from"), { exact: true })).toHaveValue("22");
    await checkPage(page);
    await signOut(page, locale);

    // The coach writes: a text message is queued for the phone, no email.
    await signIn(page, locale, coach);
    const id = psql(`select account_id from account where email = :'email';`, { email: jobseeker });
    await page.goto(`/coach/jobseekers/${id}/messages`);
    await page.getByLabel(textWith(locale, "message-to-jobseeker", { name: "Test jobseeker" })).fill("Hei!");
    await press(page, page.getByRole("button", { name: text(locale, "message-send") }));
    await expect(page.locator("ol.messages")).toContainText("Hei!");
    const queued = psql(
      `select channel || ' ' || recipient from outbox where recipient in (:'phone', :'email') order by outbox_id;`,
      { phone, email: jobseeker },
    );
    expect(queued).toBe(`sms ${phone}`);
  });
}
