import { expect, test, journeyIn } from "../fixtures/test";
import { assignToCoach, createAccount, signIn, signOut, uniqueEmail } from "../fixtures/accounts";
import { checkPage } from "../fixtures/axe";
import { LOCALES, text, textWith } from "../fixtures/i18n";
import { press } from "../fixtures/modules";
import { psql } from "../fixtures/db";

// Messages are written on phones, by keyboard.
test.use({ viewport: { width: 360, height: 740 } });

for (const locale of LOCALES) {
  test(`a jobseeker writes to their coach, who answers, and each sees the other has read it, in ${locale}`, async ({
    page,
  }) => {
    journeyIn(locale, { plain: "sv", wasm: "fi" });
    test.slow();
    const [jobseeker, coach] = [uniqueEmail("message-js"), uniqueEmail("message-coach")];
    createAccount("jobseeker", jobseeker, locale);
    createAccount("coach", coach, locale);
    assignToCoach(jobseeker, coach);
    const nav = page.getByRole("navigation", { name: text(locale, "layout-main-nav-label") });

    await signIn(page, locale, jobseeker);
    await press(page, nav.getByRole("link", { name: text(locale, "nav-messages") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "message-my-title"));
    await expect(page.getByText(text(locale, "message-none"))).toBeVisible();
    // Sent empty: the error summary takes focus and says what to do.
    await press(page, page.getByRole("button", { name: text(locale, "message-send") }));
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(text(locale, "message-error-empty"));
    await checkPage(page);
    const box = page.getByLabel(textWith(locale, "message-to-coach", { coach: "Test coach" }));
    await box.fill("Hei! Pääsenkö maanantaina?");
    await press(page, page.getByRole("button", { name: text(locale, "message-send") }));
    const conversation = page.locator("ol.messages");
    await expect(conversation).toContainText("Hei! Pääsenkö maanantaina?");
    await expect(conversation).toContainText(text(locale, "message-not-read"));
    await checkPage(page);
    await signOut(page, locale);

    // The coach sees it waiting on the person's page, reads it and answers.
    await signIn(page, locale, coach);
    await press(page, nav.getByRole("link", { name: text(locale, "nav-caseload") }));
    await expect(page.locator("#caseload a[href$='/messages']")).toBeVisible();
    await press(page, page.getByRole("link", { name: "Test jobseeker" }));
    await expect(page.locator("#messages")).toContainText(text(locale, "person-open-messages"));
    await press(page, page.getByRole("link", { name: text(locale, "person-open-messages") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      textWith(locale, "message-coach-title", { name: "Test jobseeker" }),
    );
    await expect(conversation).toContainText("Hei! Pääsenkö maanantaina?");
    // A ready text fills the box, to change before sending.
    await press(page, page.getByRole("link", { name: text(locale, "message-template-meeting-title") }));
    const answer = page.getByLabel(textWith(locale, "message-to-jobseeker", { name: "Test jobseeker" }));
    await expect(answer).toHaveValue(textWith(locale, "message-template-meeting", { name: "Test jobseeker" }));
    await checkPage(page);
    await page.getByLabel(textWith(locale, "message-to-jobseeker", { name: "Test jobseeker" })).fill("Maanantaina klo 10.");
    await press(page, page.getByRole("button", { name: text(locale, "message-send") }));
    await expect(conversation).toContainText("Maanantaina klo 10.");
    await checkPage(page);
    await signOut(page, locale);

    // The jobseeker sees the answer, and that the coach read theirs.
    await signIn(page, locale, jobseeker);
    await page.goto("/messages");
    await expect(conversation).toContainText("Maanantaina klo 10.");
    await expect(conversation).not.toContainText(text(locale, "message-not-read"));
  });
}

for (const locale of LOCALES) {
  test(`a coach going away leaves their messages to the team, who answer until they are back, in ${locale}`, async ({
    page,
  }) => {
    journeyIn(locale, { plain: "en", wasm: "sv" });
    test.slow();
    const [jobseeker, coach, teammate] = [uniqueEmail("cover-js"), uniqueEmail("cover-coach"), uniqueEmail("cover-mate")];
    createAccount("jobseeker", jobseeker, locale);
    createAccount("coach", coach, locale);
    createAccount("coach", teammate, locale);
    assignToCoach(jobseeker, coach);
    psql(`update account set team = 'Team ' || :'coach' where email in (:'coach', :'teammate');`, { coach, teammate });
    psql(
      `insert into message (account_id, written_by, from_jobseeker, body, sent_key)
       select account_id, account_id, true, 'Olen sairaana huomenna.', gen_random_uuid() from account where email = :'email';`,
      { email: jobseeker },
    );
    const nav = page.getByRole("navigation", { name: text(locale, "layout-main-nav-label") });

    // The coach gives their last day away on their inbox; a past day is explained first.
    await signIn(page, locale, coach);
    await press(page, nav.getByRole("link", { name: text(locale, "nav-messages") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "message-inbox-title"));
    await expect(page.locator("ul.inbox")).toContainText("Test jobseeker");
    const day = page.getByLabel(text(locale, "message-away-day"));
    await day.fill("2020-01-01");
    await press(page, page.getByRole("button", { name: text(locale, "message-away-save") }));
    await expect(page.locator(".error-summary")).toContainText(text(locale, "away-error-past"));
    await checkPage(page);
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel(text(locale, "message-away-day")).fill(nextWeek);
    await press(page, page.getByRole("button", { name: text(locale, "message-away-save") }));
    await expect(page.getByText(text(locale, "message-away-saved"))).toBeVisible();
    await expect(page.getByRole("button", { name: text(locale, "message-away-back") })).toBeVisible();
    await checkPage(page);
    await signOut(page, locale);

    // The teammate finds the conversation under the coach's name, reads it and answers.
    await signIn(page, locale, teammate);
    await press(page, nav.getByRole("link", { name: text(locale, "nav-messages") }));
    await expect(page.getByRole("heading", { level: 3 })).toContainText("Test coach");
    await press(page, page.getByRole("link", { name: "Test jobseeker" }));
    await expect(page.locator("p.notice").first()).toContainText("Test coach");
    await expect(page.locator("ol.messages")).toContainText("Olen sairaana huomenna.");
    await checkPage(page);
    await page.getByLabel(textWith(locale, "message-to-jobseeker", { name: "Test jobseeker" })).fill("Parane pian!");
    await press(page, page.getByRole("button", { name: text(locale, "message-send") }));
    await expect(page.locator("ol.messages")).toContainText("Parane pian!");
    await signOut(page, locale);

    // The jobseeker sees the answer and that their coach is away.
    await signIn(page, locale, jobseeker);
    await press(page, nav.getByRole("link", { name: text(locale, "nav-messages") }));
    await expect(page.locator("ol.messages")).toContainText("Parane pian!");
    await expect(page.locator("p.notice")).toBeVisible();
    await checkPage(page);
    await signOut(page, locale);

    // Back at work: the teammate no longer finds the person.
    await signIn(page, locale, coach);
    await page.goto("/coach/messages");
    await press(page, page.getByRole("button", { name: text(locale, "message-away-back") }));
    await expect(page.getByText(text(locale, "message-away-none"))).toBeVisible();
    await signOut(page, locale);
    await signIn(page, locale, teammate);
    await page.goto("/coach/messages");
    await expect(page.getByText(text(locale, "message-inbox-nobody-away"))).toBeVisible();
    await expect(page.getByRole("link", { name: "Test jobseeker" })).toHaveCount(0);
  });
}
