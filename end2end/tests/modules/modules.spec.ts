import { expect, journeyIn, test, type Page } from "../fixtures/test";
import { createAccount, downloadMyData, signIn, signOut, uniqueEmail } from "../fixtures/accounts";
import { expectNoAxeViolations, expectReflowAt320 } from "../fixtures/axe";
import { LOCALES, text, textWith, type Locale } from "../fixtures/i18n";
import { answerStep, continueAfterFeedback, playerReady, playerStatus, position, press, stepKind, stepOf } from "../fixtures/modules";

// Jobseekers use Askel on cheap phones.
test.use({ viewport: { width: 360, height: 740 } });

for (const locale of LOCALES) {
  test(`a whole module by keyboard in ${locale}, with axe on every kind of step`, async ({ page }) => {
    test.slow();
    const email = uniqueEmail("modules");
    createAccount("jobseeker", email, locale);
    await signIn(page, locale, email);
    await page.goto(`/modules?lang=${locale}`);
    await expect(page.getByRole("heading", { level: 1, name: text(locale, "modules-title") })).toBeVisible();
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);

    const card = page.locator(".module-card").filter({ has: page.locator('a[href="/modules/cv"]') });
    await expect(card.getByText(text(locale, "modules-status-not-started"))).toBeVisible();
    await press(page, card.getByRole("link"));
    await expect(position(page)).toContainText(stepOf(locale, 1, 9));
    await playerReady(page);
    await expect(page.getByRole("progressbar")).toHaveAttribute("value", "1");

    // Axe once on every kind of step, and on a question's feedback.
    const checked = new Set<string>();
    for (let n = 1; n <= 9; n++) {
      await expect(position(page)).toContainText(stepOf(locale, n, 9));
      const kind = await stepKind(page, locale);
      if (!checked.has(kind)) await expectNoAxeViolations(page);
      await answerStep(page, locale);
      if (kind === "question") {
        await expect(page.locator(".answer-feedback")).toBeVisible();
        if (!checked.has(kind)) await expectNoAxeViolations(page);
        await continueAfterFeedback(page, locale);
      }
      checked.add(kind);
    }
    expect([...checked].sort()).toEqual(["checklist", "question", "reflection", "text"]);
    await expect(page).toHaveURL(/\/modules\/cv\/done$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(textWith(locale, "module-done-heading", { module: "" }).trim());
    await expect(page.getByRole("heading", { level: 2, name: text(locale, "module-done-answers") })).toBeVisible();
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);
    // The next module is suggested; the list says this one is done.
    await press(page, page.getByRole("link", { name: text(locale, "module-all-modules") }));
    await expect(card.getByText(text(locale, "modules-status-completed"))).toBeVisible();
  });
}

/** With WASM an answer is sent just after the step changes: wait until it is. */
async function answerSent(page: Page, locale: Locale) {
  if (test.info().project.use.javaScriptEnabled !== false) {
    await expect(playerStatus(page)).toContainText(text(locale, "module-all-sent"));
  }
}

test("progress resumes after signing out and in, and answers can be changed", async ({ page }) => {
  // Waits for the debug build's WASM to start.
  test.slow();
  const locale: Locale = "fi";
  const email = uniqueEmail("resume");
  createAccount("jobseeker", email, locale);
  await signIn(page, locale, email);
  await page.goto(`/modules?lang=${locale}`);
  const card = page.locator(".module-card").filter({ has: page.locator('a[href="/modules/working-life"]') });
  await press(page, card.getByRole("link"));
  await expect(position(page)).toContainText(stepOf(locale, 1, 9));
  await playerReady(page);
  await answerStep(page, locale);
  await expect(position(page)).toContainText(stepOf(locale, 2, 9));
  await answerStep(page, locale);
  await expect(position(page)).toContainText(stepOf(locale, 3, 9));
  // Step 3 is a checklist: tick the first item.
  await answerStep(page, locale);
  await expect(position(page)).toContainText(stepOf(locale, 4, 9));
  await answerSent(page, locale);
  await signOut(page, locale);

  await signIn(page, locale, email);
  await page.goto(`/modules?lang=${locale}`);
  await expect(card.getByText(textWith(locale, "modules-status-in-progress", { done: "3", count: "9" }))).toBeVisible();
  await press(page, card.getByRole("link"));
  await expect(position(page)).toContainText(stepOf(locale, 4, 9));
  await playerReady(page);
  // Back to the checklist: the tick is still there and can be changed.
  await press(page, page.getByRole("link", { name: text(locale, "module-back") }));
  await expect(position(page)).toContainText(stepOf(locale, 3, 9));
  const boxes = page.locator('input[name="choices[]"]');
  await expect(boxes.first()).toBeChecked();
  await press(page, boxes.nth(1), "Space");
  await press(page, page.getByRole("button", { name: text(locale, "module-continue") }));
  await expect(position(page)).toContainText(stepOf(locale, 4, 9));
  await answerSent(page, locale);
  await page.goto(`/modules/working-life/steps/before-signing?lang=${locale}`);
  await playerReady(page);
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).toBeChecked();
});

test("a question without an answer is explained with a linked error summary", async ({ page }) => {
  // Waits for the debug build's WASM to start.
  test.slow();
  const locale: Locale = "sv";
  const email = uniqueEmail("errors");
  createAccount("jobseeker", email, locale);
  await signIn(page, locale, email);
  await page.goto(`/modules/cv/steps/length?lang=${locale}`);
  await playerReady(page);
  const withWasm = test.info().project.use.javaScriptEnabled !== false;
  if (withWasm) await page.evaluate(() => ((window as unknown as { marker: number }).marker = 5));
  await press(page, page.getByRole("button", { name: text(locale, "module-check-answer") }));
  const summary = page.locator(".error-summary");
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link")).toHaveText([text(locale, "module-error-choose-one")]);
  await expect(page.locator(".field-error")).toContainText(text(locale, "module-error-choose-one"));
  // The choices point at their problem, for a screen reader on the field.
  const choices = page.locator("fieldset[aria-invalid='true']");
  await expect(choices).toHaveAttribute("aria-describedby", "module-step-answer-error");
  if (withWasm) {
    // Checked in the browser, as the server checks it: no page load, the summary focused.
    await expect(summary).toBeFocused();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(5);
  }
  await expectNoAxeViolations(page);
  await press(page, summary.getByRole("link"));
  await expect(page.getByRole("radio").first()).toBeFocused();
});

for (const locale of LOCALES) {
  test(`the video step has captions and a transcript in ${locale}`, async ({ page, request }) => {
    const email = uniqueEmail("video");
    createAccount("jobseeker", email, locale);
    await signIn(page, locale, email);
    await page.goto(`/modules/interview/steps/common-questions?lang=${locale}`);
    const track = page.locator("video track");
    await expect(track).toHaveAttribute("kind", "captions");
    await expect(track).toHaveAttribute("srclang", locale);
    const captions = await request.get((await track.getAttribute("src"))!);
    expect(captions.ok()).toBe(true);
    expect(await captions.text()).toMatch(/^WEBVTT/);
    await expect(page.getByRole("heading", { level: 2, name: text(locale, "module-transcript") })).toBeVisible();
    await expect(page.locator(".transcript")).not.toBeEmpty();
    await expectNoAxeViolations(page);
  });
}

test("the data download holds the module answers", async ({ page }) => {
  // Waits for the debug build's WASM to start.
  test.slow();
  const locale: Locale = "en";
  const email = uniqueEmail("export");
  createAccount("jobseeker", email, locale);
  await signIn(page, locale, email);
  await page.goto(`/modules/strengths/steps/my-strength?lang=${locale}`);
  await playerReady(page);
  await page.getByLabel(text(locale, "module-share-with-coach")).check();
  await page.locator("textarea").fill("I keep my promises.");
  await page.getByRole("button", { name: text(locale, "module-continue") }).click();
  await expect(page).toHaveURL(/\/modules\/strengths\/done$/);
  const data = await downloadMyData(page, locale);
  expect(data.module_answers).toEqual([
    expect.objectContaining({ module: "strengths", step: "my-strength", text: "I keep my promises.", shared_with_coach: true }),
  ]);
});

// A word of the glossary in a step's text leads to its explanation under the
// step, by keyboard; right to left in Arabic, in Easy Finnish with WASM.
for (const locale of ["ar", "fi-selko"] as const) {
  test(`a word in a step leads to its explanation, in ${locale}`, async ({ page }) => {
    journeyIn(locale, { plain: "ar", wasm: "fi-selko" });
    const email = uniqueEmail("words");
    createAccount("jobseeker", email, locale);
    await signIn(page, locale, email);
    await page.goto("/modules/cv/steps/welcome");
    await playerReady(page);
    const word = page.locator(".prose a.term").first();
    await expect(word).toHaveAttribute("href", "#word-cv");
    await expect(page.getByRole("heading", { level: 2, name: text(locale, "words-explained") })).toBeVisible();
    await press(page, word);
    await expect(page).toHaveURL(/#word-cv$/);
    const explained = page.locator("dt#word-cv");
    await expect(explained).toBeInViewport();
    await expect(page.locator("dt:target")).toHaveCount(1);
    await expect(explained.locator("+ dd")).not.toBeEmpty();
  });
}
