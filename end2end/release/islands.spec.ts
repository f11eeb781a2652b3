import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "../tests/fixtures/test";
import { assignToCoach, createAccount, signIn, uniqueEmail } from "../tests/fixtures/accounts";
import { FeedbackForm } from "../tests/fixtures/feedback-form";
import { type Locale } from "../tests/fixtures/i18n";
import { answerStep, position, stepOf, waitForPlayer } from "../tests/fixtures/modules";
import { publishEvent } from "../tests/fixtures/events";
import { spoken, stubSpeech, voice } from "../tests/fixtures/speech";

// Every island, started from the release bundle: a page error (such as a
// WASM module the optimiser broke) or an island that never hydrates fails.

/** Collects what would show that the bundle failed: uncaught errors and console errors. */
function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}

for (const file of ["askel.wasm", "enhance.wasm"]) {
  test(`the server sends the release-profile ${file} that was built for this run`, async ({ request }) => {
    const built = readFileSync(join(process.env.ASKEL_RELEASE_SITE_ROOT ?? "", "pkg", file));
    const response = await request.get(`/pkg/${file}`);
    expect(response.ok()).toBe(true);
    const served = await response.body();
    expect(served.length).toBe(built.length);
    expect(served.equals(built)).toBe(true);
  });
}

test("the feedback form island hydrates and submits in place", async ({ page }) => {
  const errors = watchForErrors(page);
  const locale: Locale = "fi";
  await page.goto(`/?lang=${locale}`);
  const form = new FeedbackForm(page, locale);
  await form.ready();
  await form.yes.check();
  await form.submit.click();
  await expect(form.thanks).toBeVisible();
  await form.expectSubmittedInPlace();
  expect(errors).toEqual([]);
});

test("the module player starts from the small release WASM, moves between steps in place, and fetches no islands' bundle", async ({ page }) => {
  const errors = watchForErrors(page);
  const locale: Locale = "sv";
  const email = uniqueEmail("release");
  createAccount("jobseeker", email, locale);
  await signIn(page, locale, email);
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`/modules/strengths/steps/intro?lang=${locale}`);
  await waitForPlayer(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
  await answerStep(page, locale);
  await expect(position(page)).toContainText(stepOf(locale, 2, 9));
  await expect(page).toHaveURL(/\/modules\/strengths\/steps\/where-from$/);
  // Still the same document: the player changed the step, not a page load.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);
  expect(fetched).toContain("/pkg/enhance.wasm");
  expect(fetched.filter((path) => path.startsWith("/pkg/askel."))).toEqual(["/pkg/askel.css"]);
  expect(errors).toEqual([]);
});

test("the live conversation island keeps a message written offline and sends it once online", async ({ page, context }) => {
  const errors = watchForErrors(page);
  const locale: Locale = "en";
  const [jobseeker, coach] = [uniqueEmail("release-live"), uniqueEmail("release-coach")];
  createAccount("jobseeker", jobseeker, locale);
  createAccount("coach", coach, locale);
  assignToCoach(jobseeker, coach);
  await signIn(page, locale, jobseeker);
  await page.goto(`/messages?lang=${locale}`);
  await expect(page.locator("[data-live='true']")).toBeAttached();
  await context.setOffline(true);
  await page.getByRole("textbox").first().fill("Written on the bus");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.locator("ol.written")).toContainText("Written on the bus");
  await context.setOffline(false);
  await expect(page.locator("#conversation ol.messages")).toContainText("Written on the bus");
  // Offline, the browser itself reports each request it could not make.
  expect(errors.filter((error) => !error.includes("ERR_INTERNET_DISCONNECTED"))).toEqual([]);
});

test("the push switch island hydrates and subscribes this browser", async ({ page, context, baseURL }) => {
  const errors = watchForErrors(page);
  const locale: Locale = "en";
  const email = uniqueEmail("release-push");
  createAccount("jobseeker", email, locale);
  await context.grantPermissions(["notifications"], { origin: baseURL });
  // No push service is reachable here: the browser's subscription is a
  // stand-in at a listed service's address (pwa/push.spec.ts sends to one).
  await page.addInitScript(() => {
    const endpoint = "https://fcm.googleapis.com/fcm/send/release-test";
    const keys = { p256dh: `B${"A".repeat(86)}`, auth: "AAAAAAAAAAAAAAAAAAAAAA" };
    let subscribed = false;
    const subscription = { endpoint, toJSON: () => ({ endpoint, keys }), unsubscribe: async () => !(subscribed = false) };
    PushManager.prototype.subscribe = async () => ((subscribed = true), subscription as unknown as PushSubscription);
    PushManager.prototype.getSubscription = async () => (subscribed ? subscription : null) as unknown as PushSubscription;
  });
  await signIn(page, locale, email);
  await page.goto(`/account/notifications?lang=${locale}`);
  const section = page.locator("section.push");
  await section.getByRole("button", { name: "Turn on notifications on this phone" }).click();
  await expect(section.getByRole("status")).toHaveText("Notifications are on for this phone.");
  await section.getByRole("button", { name: "Turn off notifications on this phone" }).click();
  await expect(section.getByRole("status")).toHaveText("Notifications are off for this phone.");
  expect(errors).toEqual([]);
});

test("reading aloud starts from the small release WASM, and the page fetches no islands' bundle", async ({ page }) => {
  const errors = watchForErrors(page);
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  const title = `Release listen ${Date.now()}`;
  const eventId = publishEvent({ title });
  await stubSpeech(page, [voice("fi-FI")], { autoEnd: true });
  const email = uniqueEmail("release-listen");
  createAccount("jobseeker", email, "fi");
  await signIn(page, "fi", email);
  fetched.length = 0;
  await page.goto(`/events/${eventId}?lang=fi`);
  await page.getByRole("button", { name: "Kuuntele", exact: true }).click();
  await expect(page.locator(".listen")).toHaveAttribute("data-listen", "idle");
  await expect(page.locator(".listen").getByRole("status")).toHaveText("Lopetettu.");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect(await spoken(page)).toContainEqual({ text: title, lang: "fi-FI" });
  expect(fetched).toContain("/pkg/enhance.wasm");
  expect(fetched.filter((path) => path.startsWith("/pkg/askel."))).toEqual(["/pkg/askel.css"]);
  expect(errors).toEqual([]);
});
