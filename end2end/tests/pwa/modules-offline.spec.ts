import { expect, test } from "../fixtures/test";
import { createAccount, downloadMyData, signIn, uniqueEmail } from "../fixtures/accounts";
import { text, textWith, type Locale } from "../fixtures/i18n";
import { answerStep, position, stepOf, waitForPlayer } from "../fixtures/modules";

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
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await waitForPlayer(page);
  // The module's pages are kept for reading offline.
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open("askel-modules")).keys()).length))
    .toBeGreaterThanOrEqual(9);

  await context.setOffline(true);
  const status = page.getByRole("status");
  await expect(status).toContainText(text(locale, "module-offline"));
  await answerStep(page, locale);
  await expect(position(page)).toContainText(stepOf(locale, 2, 9));
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
