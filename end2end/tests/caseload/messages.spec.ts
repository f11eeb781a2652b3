import { expect, test, journeyIn } from "../fixtures/test";
import { assignToCoach, createAccount, signIn, signOut, uniqueEmail } from "../fixtures/accounts";
import { checkPage } from "../fixtures/axe";
import { LOCALES, text, textCount, textWith } from "../fixtures/i18n";
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

// A 1×1 PNG: a photo as its bytes show it.
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2" +
    "6e1cc70000000049454e44ae426082",
  "hex",
);

for (const locale of LOCALES) {
  test(`a jobseeker sends a photo of a document and their coach downloads it, in ${locale}`, async ({ page }) => {
    journeyIn(locale, { plain: "fi", wasm: "en" });
    test.slow();
    const [jobseeker, coach] = [uniqueEmail("file-js"), uniqueEmail("file-coach")];
    createAccount("jobseeker", jobseeker, locale);
    createAccount("coach", coach, locale);
    assignToCoach(jobseeker, coach);

    await signIn(page, locale, jobseeker);
    await page.goto("/messages");
    const choose = page.getByLabel(text(locale, "message-file-choose"));
    const send = page.getByRole("button", { name: text(locale, "message-file-send") });
    // A web page named like a photo is refused by what it is.
    await choose.setInputFiles({ name: "todistus.png", mimeType: "image/png", buffer: Buffer.from("<!doctype html><p>hi") });
    await press(page, send);
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(text(locale, "message-error-file-type"));
    await checkPage(page);
    // The real photo, with a few words.
    await page.getByLabel(text(locale, "message-file-choose")).setInputFiles({ name: "todistus.png", mimeType: "image/png", buffer: PNG });
    await page.getByLabel(text(locale, "message-file-words")).fill("Työtodistus");
    await press(page, page.getByRole("button", { name: text(locale, "message-file-send") }));
    await expect(page.getByText(text(locale, "message-file-sent"))).toBeVisible();
    const conversation = page.locator("ol.messages");
    await expect(conversation).toContainText("Työtodistus");
    await expect(conversation.getByRole("link", { name: /todistus\.png/ })).toBeVisible();
    await checkPage(page);
    await signOut(page, locale);

    // The coach downloads it: saved under its name, the same bytes.
    await signIn(page, locale, coach);
    await page.goto("/coach/messages");
    await press(page, page.getByRole("link", { name: "Test jobseeker" }));
    const link = page.locator("ol.messages").getByRole("link", { name: /todistus\.png/ });
    await link.focus();
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("todistus.png");
    const saved = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of saved) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(PNG)).toBe(true);
    await checkPage(page);
  });
}

for (const locale of LOCALES) {
  test(`a message written offline stays on the phone and goes once when the connection returns, and answers appear without a reload, in ${locale}`, async ({
    page,
    context,
  }) => {
    journeyIn(locale, { plain: "en", wasm: "sv" });
    test.skip(test.info().project.use.javaScriptEnabled === false, "the live conversation is WASM's");
    test.slow();
    const [jobseeker, coach] = [uniqueEmail("live-js"), uniqueEmail("live-coach")];
    createAccount("jobseeker", jobseeker, locale);
    createAccount("coach", coach, locale);
    assignToCoach(jobseeker, coach);
    const stored = (body: string) =>
      psql(`select count(*) from message m join account a using (account_id) where a.email = :'email' and m.body = :'body';`, {
        email: jobseeker,
        body,
      }).trim();

    await signIn(page, locale, jobseeker);
    await page.goto("/messages");
    await expect(page.locator("[data-live='true']")).toBeAttached();
    await context.setOffline(true);
    const written = "Kirjoitin tämän bussissa ilman yhteyttä.";
    await page.getByLabel(textWith(locale, "message-to-coach", { coach: "Test coach" })).fill(written);
    await press(page, page.getByRole("button", { name: text(locale, "message-send") }));
    // Kept on the phone, said so, and the box is free for the next one.
    const onPhone = page.locator("ol.written li");
    await expect(onPhone).toContainText(written);
    await expect(onPhone).toContainText(text(locale, "message-live-on-phone"));
    await expect(page.getByLabel(textWith(locale, "message-to-coach", { coach: "Test coach" }))).toHaveValue("");
    expect(stored(written)).toBe("0");
    await checkPage(page);

    // Back online: sent once, and the conversation shows it from the server.
    await context.setOffline(false);
    const conversation = page.locator("#conversation ol.messages");
    await expect(conversation).toContainText(written);
    await expect(conversation).toContainText(text(locale, "message-not-read"));
    await expect(page.locator("ol.written")).toBeHidden();
    expect(stored(written)).toBe("1");

    // The coach answers (from elsewhere): it appears here without a reload, and is read.
    psql(
      `insert into message (account_id, written_by, from_jobseeker, body, sent_key)
       select j.account_id, c.account_id, false, 'Kiitos, hyvä kuulla!', gen_random_uuid()
       from account j, account c where j.email = :'jobseeker' and c.email = :'coach';`,
      { jobseeker, coach },
    );
    await expect(conversation).toContainText("Kiitos, hyvä kuulla!", { timeout: 20_000 });
    // Said to a screen reader too.
    await expect(page.locator(".live [role='status']")).toHaveText(textCount(locale, "message-live-new", 1));
    await expect
      .poll(() =>
        psql(
          `select count(*) from message m join account a using (account_id)
           where a.email = :'email' and m.body = 'Kiitos, hyvä kuulla!' and m.read_at is not null;`,
          { email: jobseeker },
        ).trim(),
      )
      .toBe("1");
    expect(stored(written)).toBe("1");
    await checkPage(page);
  });
}
