import { expect, test } from "../fixtures/test";
import { createAccount, downloadMyData, expireSessions, PASSWORD, signIn, signOut, uniqueEmail } from "../fixtures/accounts";
import { psql } from "../fixtures/db";
import { text, textWith, type Locale } from "../fixtures/i18n";
import { answerStep, playerStatus, position, press, readyForOffline, stepOf, waitForPlayer } from "../fixtures/modules";

// With WASM: steps change in place, and answers given offline are sent later.
test.use({ viewport: { width: 360, height: 740 } });

test("moving between steps does not reload the page and focuses the new heading", async ({ page }) => {
  // Waits for the debug build's WASM to start.
  test.slow();
  const locale: Locale = "en";
  const email = uniqueEmail("inplace");
  createAccount("jobseeker", email, locale);
  await signIn(page, locale, email);
  await page.goto(`/modules/strengths/steps/intro?lang=${locale}`);
  await waitForPlayer(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await answerStep(page, locale);
  await expect(position(page)).toContainText(stepOf(locale, 2, 9));
  await expect(page).toHaveURL(/\/modules\/strengths\/steps\/where-from$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  // The browser's back button goes back a step, in place too.
  await page.goBack();
  await expect(position(page)).toContainText(stepOf(locale, 1, 9));
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
});

test("answers given offline are kept, then sent exactly once", async ({ page, context }) => {
  test.slow();
  const locale: Locale = "fi";
  const email = uniqueEmail("offline");
  createAccount("jobseeker", email, locale);
  await signIn(page, locale, email);
  await page.goto(`/modules/digital-skills/steps/intro?lang=${locale}`);
  // The module's pages are kept for reading offline.
  await readyForOffline(page, 9);

  await context.setOffline(true);
  const status = playerStatus(page);
  await expect(status).toContainText(text(locale, "module-offline"));
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 3));
  await answerStep(page, locale);
  await expect(position(page)).toContainText(stepOf(locale, 2, 9));
  // Offline too the step changes in place, from the copy kept of its page.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(3);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await answerStep(page, locale);
  await expect(position(page)).toContainText(stepOf(locale, 3, 9));
  await expect(status).toContainText(textWith(locale, "module-waiting", { count: "2" }));
  // Reading on, even after a reload, works offline.
  await page.reload();
  await expect(position(page)).toContainText(stepOf(locale, 3, 9));
  await waitForPlayer(page);

  await context.setOffline(false);
  await expect(status).toContainText(text(locale, "module-all-sent"));
  const data = await downloadMyData(page, locale);
  const steps = data.module_answers.map((a: { module: string; step: string }) => `${a.module}/${a.step}`);
  expect(steps.sort()).toEqual(["digital-skills/e-id", "digital-skills/intro"]);
});

test("an answer given offline while the session ends is saved once the person signs in again", async ({ page, context }) => {
  test.slow();
  const locale: Locale = "sv";
  const email = uniqueEmail("expired");
  createAccount("jobseeker", email, locale);
  // Older phones and pages outside a secure context have no randomUUID.
  await page.addInitScript(() => {
    delete (Crypto.prototype as { randomUUID?: unknown }).randomUUID;
  });
  await signIn(page, locale, email);
  await page.goto(`/modules/digital-skills/steps/intro?lang=${locale}`);
  await readyForOffline(page, 9);
  const stored = () =>
    Number(
      psql(
        `select count(*) from module_answer a join account using (account_id)
         where email = :'email' and module_id = 'digital-skills' and step_id = 'intro';`,
        { email },
      ),
    );

  await context.setOffline(true);
  await answerStep(page, locale);
  await expect(position(page)).toContainText(stepOf(locale, 2, 9));
  expireSessions(email);
  await context.setOffline(false);
  // The server answers 401: the answer stays on the phone and the person is asked to sign in.
  const status = playerStatus(page);
  await expect(status).toContainText(textWith(locale, "module-sign-in-to-send", { count: "1" }));
  expect(stored()).toBe(0);

  await status.getByRole("link", { name: text(locale, "module-sign-in-link") }).click();
  await page.getByLabel(text(locale, "sign-in-contact-label")).fill(email);
  await page.getByLabel(text(locale, "sign-in-password-label")).fill(PASSWORD);
  await page.getByLabel(text(locale, "sign-in-password-label")).press("Enter");
  // Back on the step the person was on; the kept answer is sent by itself.
  await expect(page).toHaveURL(/\/modules\/digital-skills\/steps\/e-id/);
  await waitForPlayer(page);
  await expect(status).toContainText(text(locale, "module-all-sent"));
  expect(stored()).toBe(1);
});

test("an answer the service cannot save for now is kept and sent again", async ({ page }) => {
  test.slow();
  const locale: Locale = "fi";
  const email = uniqueEmail("busy");
  createAccount("jobseeker", email, locale);
  await signIn(page, locale, email);
  await page.goto(`/modules/digital-skills/steps/intro?lang=${locale}`);
  await waitForPlayer(page);
  // The service is restarting: 503 "try again", as Askel answers when its database is away.
  let refusals = 0;
  await page.route("**/api/module-answer", async (route) => {
    refusals += 1;
    await route.fulfill({ status: 503, contentType: "application/json", body: '"Unavailable"' });
  });
  await answerStep(page, locale);
  const status = playerStatus(page);
  await expect(status).toContainText(textWith(locale, "module-trying-again", { count: "1" }));
  await page.unroute("**/api/module-answer");
  // Sent again after a few seconds' wait, without the person doing anything.
  await expect(status).toContainText(text(locale, "module-all-sent"), { timeout: 20_000 });
  expect(refusals).toBe(1);
  const data = await downloadMyData(page, locale);
  expect(data.module_answers.map((a: { step: string }) => a.step)).toEqual(["intro"]);
});

test("on a shared computer nothing of the person stays in the browser", async ({ page }) => {
  test.slow();
  const locale: Locale = "en";
  const email = uniqueEmail("shared");
  createAccount("jobseeker", email, locale);
  await signIn(page, locale, email);
  await page.goto(`/modules/strengths/steps/my-strength?lang=${locale}`);
  await waitForPlayer(page);
  // The last step: once its answer is saved the player goes to the completion page.
  await answerStep(page, locale);
  await expect(page).toHaveURL(/\/modules\/strengths\/done$/);
  // Back in the module, the player keeps its pages for reading offline, made
  // now that the reflection is stored: none of them holds it.
  await page.goto(`/modules/strengths/steps/intro?lang=${locale}`);
  await waitForPlayer(page);
  const kept = () =>
    page.evaluate(async () => {
      const cache = await caches.open("askel-offline-pages");
      const pages = await Promise.all((await cache.keys()).map(async (key) => (await cache.match(key))!.text()));
      return pages;
    });
  await expect.poll(async () => (await kept()).length).toBeGreaterThanOrEqual(9);
  for (const html of await kept()) expect(html).not.toContain("I am patient and I like to help people.");
  // Signing out drops the offline copies too.
  await signOut(page, locale);
  await expect.poll(() => page.evaluate(async () => await caches.keys())).not.toContain("askel-offline-pages");
});

test("a double press keeps one answer, and a question waits at most ten seconds for a silent server", async ({ page }) => {
  test.slow();
  const locale: Locale = "en";
  const email = uniqueEmail("silent");
  createAccount("jobseeker", email, locale);
  await signIn(page, locale, email);
  await page.goto(`/modules/strengths/steps/spot-skills?lang=${locale}`);
  await waitForPlayer(page);
  // The server takes the answer and says nothing, until released.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let posts = 0;
  await page.route("**/api/module-answer", async (route) => {
    posts += 1;
    await held;
    // The page may have given up on this one meanwhile.
    await route.continue().catch(() => {});
  });
  const form = page.locator("form.form").last();
  await press(page, form.locator('input[name="choices[]"]').first(), "Space");
  const check = form.getByRole("button");
  await check.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  // After ten seconds the player stops waiting and goes on; one answer waits.
  await expect(position(page)).toContainText(stepOf(locale, 5, 9), { timeout: 20_000 });
  await expect(page).toHaveURL(/\/modules\/strengths\/steps\/my-skills$/);
  const status = playerStatus(page);
  await expect(status).toContainText(textWith(locale, "module-waiting", { count: "1" }));
  expect(posts).toBe(1);
  release();
  await expect(status).toContainText(text(locale, "module-all-sent"), { timeout: 20_000 });
  const data = await downloadMyData(page, locale);
  expect(data.module_answers.map((a: { step: string }) => a.step)).toEqual(["spot-skills"]);
});

test("a step page made for someone who signed in in another tab is loaded whole, keeping nothing for them", async ({
  page,
  context,
}) => {
  test.slow();
  const locale: Locale = "en";
  const [first, second] = [uniqueEmail("first"), uniqueEmail("second")];
  createAccount("jobseeker", first, locale);
  createAccount("jobseeker", second, locale);
  await signIn(page, locale, first);
  await page.goto(`/modules/strengths/steps/intro?lang=${locale}`);
  await waitForPlayer(page);
  const firstOwner = (await page.locator(".player").getAttribute("data-owner")) ?? "";
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
  const other = await context.newPage();
  await signIn(other, locale, second);
  await other.close();

  await answerStep(page, locale);
  await expect(position(page)).toContainText(stepOf(locale, 2, 9));
  // Loaded as a page (the window's marker is gone), and it is the second person's.
  await expect.poll(() => page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
  await expect(page.locator(".player")).not.toHaveAttribute("data-owner", firstOwner);
  const answersOf = (email: string) =>
    psql(`select count(*) from module_answer a join account using (account_id) where email = :'email';`, { email });
  expect(answersOf(second)).toBe("0");
});

test("Back pressed twice quickly ends on the step the browser is on", async ({ page }) => {
  test.slow();
  const locale: Locale = "en";
  const email = uniqueEmail("back");
  createAccount("jobseeker", email, locale);
  await signIn(page, locale, email);
  await page.goto(`/modules/strengths/steps/intro?lang=${locale}`);
  await waitForPlayer(page);
  // Each step in place before the next answer: a press while the player
  // moves is ignored, as a double press is.
  await answerStep(page, locale);
  await expect(position(page)).toContainText(stepOf(locale, 2, 9));
  await answerStep(page, locale);
  await expect(position(page)).toContainText(stepOf(locale, 3, 9));
  // The middle step's page is slow to come: it arrives after the first one's.
  await page.route(/\/modules\/strengths\/steps\/where-from$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.continue().catch(() => {});
  });
  await page.evaluate(() => {
    history.back();
    setTimeout(() => history.back(), 100);
  });
  await expect(page).toHaveURL(/\/modules\/strengths\/steps\/intro(\?lang=en)?$/);
  await expect(position(page)).toContainText(stepOf(locale, 1, 9));
  // Still there once the slow page has come.
  await page.waitForTimeout(3_000);
  await expect(position(page)).toContainText(stepOf(locale, 1, 9));
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});
