import { expect, test, type Page } from "../fixtures/test";
import { createAccount, signIn, uniqueEmail } from "../fixtures/accounts";
import { checkPage } from "../fixtures/axe";
import { publishEvent } from "../fixtures/events";
import { text, type Locale } from "../fixtures/i18n";
import { answerStep, playerReady, position, press, stepOf } from "../fixtures/modules";
import { callsOf, readToTheEnd, spoken, stubSpeech, voice, type Stubbed } from "../fixtures/speech";

// "Listen" reads a page's main text aloud; the speech synthesis is the
// test's stub (fixtures/speech.ts), as headless Chromium has no voices.

test.use({ viewport: { width: 360, height: 740 } });

/** The text of the range in the reading highlight, or null when there is none. */
function highlighted(page: Page) {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get("askel-reading");
    const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
    return range ? range.toString().replace(/\s+/g, " ").trim() : null;
  });
}

/** An element's visible text as it is spoken: its white space as single spaces. */
const said = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? "").replace(/\s+/g, " ").trim();

/** Signs a new jobseeker in: events are for signed-in people. */
async function signedIn(page: Page, locale: Locale) {
  const email = uniqueEmail("listen");
  createAccount("jobseeker", email, locale);
  await signIn(page, locale, email);
}

function listenButton(page: Page, locale: Locale, id = "listen-button") {
  return page.getByRole("button", { name: text(locale, id), exact: true });
}

test.describe("with WASM", () => {
  test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, "speech needs WASM");

  test("Listen reads a module step in order, sentence by sentence highlighted, by keyboard, and pauses and stops", async ({ page }) => {
    const locale = "fi";
    await stubSpeech(page, [voice("en-US"), voice("fi-FI")]);
    await signedIn(page, locale);
    await page.goto("/modules/cv/steps/welcome");
    await playerReady(page);
    const control = page.locator(".listen");
    const status = control.getByRole("status");
    const listen = listenButton(page, locale);
    await expect(listen).toBeVisible();
    // Nothing is announced on load, and the page stays accessible with the control.
    await expect(status).toHaveText("");
    await checkPage(page);

    await press(page, listen);
    // The main text from its top: the step's place in the module, then its heading
    // (the navigation and the control itself are not read).
    const position = await said(page, "#step-position");
    await expect.poll(() => spoken(page)).toEqual([{ text: position, lang: "fi-FI" }]);
    await expect.poll(() => highlighted(page)).toBe(position);
    await expect(status).toHaveText(text(locale, "listen-reading"));

    // The same button, now Pause, keeps the focus. Pausing cancels the sentence
    // (on Android, pause() would end it anyway); Continue reads it again.
    await expect(listenButton(page, locale, "listen-pause")).toBeFocused();
    const cancelsBeforePause = await callsOf(page, "cancel");
    await page.keyboard.press("Enter");
    await expect(status).toHaveText(text(locale, "listen-paused"));
    expect(await callsOf(page, "cancel")).toBeGreaterThan(cancelsBeforePause);
    await expect(listenButton(page, locale, "listen-resume")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(status).toHaveText(text(locale, "listen-reading"));
    await expect.poll(() => spoken(page)).toEqual([
      { text: position, lang: "fi-FI" },
      { text: position, lang: "fi-FI" },
    ]);

    const cancelsBeforeStop = await callsOf(page, "cancel");
    await press(page, listenButton(page, locale, "listen-stop"));
    await expect(status).toHaveText(text(locale, "listen-stopped"));
    expect(await callsOf(page, "cancel")).toBeGreaterThan(cancelsBeforeStop);
    expect(await highlighted(page)).toBeNull();
    // The stop button hides: the focus goes back to Listen.
    await expect(listen).toBeFocused();
    await expect(listenButton(page, locale, "listen-stop")).toBeHidden();

    // Read to the end: the heading after the position, then the step's text.
    await page.evaluate(() => {
      const w = window as unknown as Stubbed;
      w.__autoEnd = true;
      w.__spoken = [];
      w.__ended = 0;
    });
    await press(page, listen);
    await readToTheEnd(page);
    await expect(control).toHaveAttribute("data-listen", "idle");
    const texts = (await spoken(page)).map((s) => s.text);
    expect(texts.slice(0, 2)).toEqual([position, await said(page, "main h1")]);
    const firstParagraph = await said(page, ".prose p");
    expect(texts.join(" ")).toContain(firstParagraph);
    expect(await highlighted(page)).toBeNull();
  });

  test("moving to the next step stops the reading, and Listen then reads the new step", async ({ page }) => {
    const locale = "fi";
    await stubSpeech(page, [voice("fi-FI")]);
    await signedIn(page, locale);
    await page.goto("/modules/cv/steps/welcome");
    await playerReady(page);
    await press(page, listenButton(page, locale));
    const first = await said(page, "#step-position");
    await expect.poll(() => spoken(page)).toEqual([{ text: first, lang: "fi-FI" }]);
    const cancels = await callsOf(page, "cancel");

    // The player shows step 2 in place (no page load): the old reading ends.
    await answerStep(page, locale);
    await expect(position(page)).toContainText(stepOf(locale, 2, 9));
    expect(await callsOf(page, "cancel")).toBeGreaterThan(cancels);
    await expect(page.locator(".listen")).toHaveAttribute("data-listen", "idle");
    expect(await highlighted(page)).toBeNull();
    await expect(listenButton(page, locale)).toBeVisible();
    // Nothing more of step 1 is said, even when its sentence would have ended.
    await page.evaluate(() => ((window as unknown as Stubbed).__autoEnd = true));
    await press(page, listenButton(page, locale));
    await readToTheEnd(page);
    const texts = (await spoken(page)).map((s) => s.text);
    const second = await said(page, "#step-position");
    expect(second).not.toBe(first);
    expect(texts.slice(0, 3)).toEqual([first, second, await said(page, "main h1")]);
    expect(texts.filter((t) => t === first)).toHaveLength(1);
  });

  test("the results of an assessment are read row by row of their table, the chart left out", async ({ page }) => {
    const locale = "sv";
    await stubSpeech(page, [voice("sv-FI")], { autoEnd: true });
    await signedIn(page, locale);
    await page.goto(`/skills/digcomp?lang=${locale}`);
    await press(page, page.getByRole("button", { name: text(locale, "skills-start"), exact: true }));
    await press(page, page.getByLabel(text(locale, "skills-scale-on-my-own"), { exact: true }), "Space");
    await press(page, page.getByRole("button", { name: text(locale, "skills-save-later"), exact: true }));
    await expect(page.getByText(text(locale, "skills-saved-for-later"))).toBeVisible();
    await page.goto(`/skills/digcomp/check?lang=${locale}`);
    await press(page, page.getByRole("button", { name: text(locale, "skills-send"), exact: true }));
    await expect(page).toHaveURL(/\/skills\/results\/\d+$/);

    await press(page, listenButton(page, locale));
    await readToTheEnd(page);
    await expect(page.locator(".listen")).toHaveAttribute("data-listen", "idle");
    const all = await spoken(page);
    expect(all.every((s) => s.lang === "sv-FI")).toBe(true);
    const texts = all.map((s) => s.text);
    expect(texts[0]).toBe(await said(page, "main h1"));
    // Each cell is a piece of its own, a row's cells one after another.
    const rows = await page.locator("#skills-results-table tbody tr").evaluateAll((rows) =>
      rows.map((r) => [...r.children].map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim())),
    );
    expect(rows.length).toBeGreaterThan(1);
    let from = 0;
    for (const row of rows) {
      const at = texts.indexOf(row[0], from);
      expect(at, `the row "${row[0]}" is read after the one before`).toBeGreaterThanOrEqual(from);
      expect(texts.slice(at, at + row.length)).toEqual(row);
      from = at + row.length;
    }
    // The chart (an image with the table's numbers) is not read twice over.
    const chartName = text(locale, "skills-results-areas");
    expect(await page.getByRole("img", { name: chartName }).count()).toBe(1);
    const score = rows[0][2];
    expect(texts.filter((t) => t === score).length).toBe(rows.filter((r) => r[2] === score).length);
  });

  test("on an Arabic page an event written in Finnish is read by a Finnish voice, and left out without one", async ({ page }) => {
    const locale = "ar";
    const title = `Rekrytointipäivä ${Date.now()}`;
    const eventId = publishEvent({ title });
    await stubSpeech(page, [voice("ar-SA"), voice("fi-FI")], { autoEnd: true });
    await signedIn(page, locale);
    await page.goto(`/events/${eventId}?lang=${locale}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await press(page, listenButton(page, locale));
    await readToTheEnd(page);
    await expect(page.locator(".listen")).toHaveAttribute("data-listen", "idle");
    const all = await spoken(page);
    // The title first: the link back is not read.
    expect(all[0]).toEqual({ text: title, lang: "fi-FI" });
    expect(all).toContainEqual({ text: "Tervetuloa tapaamaan meitä.", lang: "fi-FI" });
    expect(all.some((s) => s.lang === "ar-SA")).toBe(true);
    await checkPage(page);

    // A phone with an Arabic voice only: the Arabic is read, the Finnish is not.
    await stubSpeech(page, [voice("ar-SA")], { autoEnd: true });
    await page.reload();
    await press(page, listenButton(page, locale));
    await readToTheEnd(page);
    await expect(page.locator(".listen")).toHaveAttribute("data-listen", "idle");
    const arabicOnly = await spoken(page);
    expect(arabicOnly.length).toBeGreaterThan(0);
    expect(arabicOnly.every((s) => s.lang === "ar-SA")).toBe(true);
    expect(arabicOnly.map((s) => s.text)).not.toContain(title);
  });

  test("a question is read from its number, which is a sentence of its own, with voices that come late", async ({ page }) => {
    const locale = "en";
    await stubSpeech(page, [voice("en-GB")], { autoEnd: true, lateVoices: true });
    await signedIn(page, locale);
    await page.goto(`/skills/digcomp?lang=${locale}`);
    await press(page, page.getByRole("button", { name: text(locale, "skills-start"), exact: true }));
    const caption = page.locator(".caption");
    await expect(caption).toBeVisible();
    // The voices arrive half a second after the page: the button comes with them.
    await press(page, listenButton(page, locale));
    await readToTheEnd(page);
    const texts = (await spoken(page)).map((s) => s.text);
    expect(texts[0]).toBe(await said(page, ".caption"));
    // The heading's own text after its number: the question.
    const question = await page.locator("h1").evaluate((h) =>
      [...h.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join("").replace(/\s+/g, " ").trim(),
    );
    expect(texts[1]).toBe(question);
    expect(texts.join(" ")).toContain(text(locale, "skills-question-hint"));
  });

  test("with no voice for the page's language the button stays hidden and a note says why", async ({ page }) => {
    const locale = "fi";
    const eventId = publishEvent({ title: `Ei ääntä ${Date.now()}` });
    await stubSpeech(page, [voice("en-US")]);
    await signedIn(page, locale);
    await page.goto(`/events/${eventId}?lang=${locale}`);
    // The control waits a moment for a voice list that comes late (Chromium).
    await expect(page.getByText(text(locale, "listen-no-voice"))).toBeVisible();
    await expect(listenButton(page, locale)).toBeHidden();
    await checkPage(page);
  });
});

test("without JavaScript there is no Listen control", async ({ page }) => {
  test.skip(test.info().project.use.javaScriptEnabled !== false, "the plain page only");
  const locale = "fi";
  const title = `Ilman skriptejä ${Date.now()}`;
  const eventId = publishEvent({ title });
  await signedIn(page, locale);
  await page.goto(`/events/${eventId}?lang=${locale}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // Rendered, but hidden until WASM finds a voice.
  await expect(page.locator(".listen")).toBeAttached();
  await expect(page.locator(".listen")).toBeHidden();
  await expect(listenButton(page, locale)).toHaveCount(0);
  await expect(page.getByText(text(locale, "listen-no-voice"))).toBeHidden();
});
