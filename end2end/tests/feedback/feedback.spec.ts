import { expect, test } from "../fixtures/test";
import { expectNoAxeViolations } from "../fixtures/axe";
import { FeedbackForm } from "../fixtures/feedback-form";
import { LOCALES, text } from "../fixtures/i18n";

for (const locale of LOCALES) {
  test(`feedback in ${locale}: a missing answer is explained and nothing typed is lost`, async ({ page }) => {
    await page.goto(`/?lang=${locale}`);
    const form = new FeedbackForm(page, locale);
    await form.ready();
    const comment = `Kommentti ${locale} ${Date.now()}`;
    await form.comment.fill(comment);
    await form.submit.click();

    await expect(form.errorSummary).toBeVisible();
    await expect(form.errorSummary).toBeFocused();
    await form.expectSubmittedInPlace();
    const link = form.errorSummary.getByRole("link", { name: text(locale, "feedback-error-helpful-missing") });
    await expect(form.comment).toHaveValue(comment);
    await expect(form.section.locator(".field-error")).toContainText(text(locale, "feedback-error-helpful-missing"));
    await expectNoAxeViolations(page);

    await link.click();
    await expect(form.yes).toBeFocused();
  });

  test(`feedback in ${locale}: an answer is stored and thanked for`, async ({ page }) => {
    await page.goto(`/?lang=${locale}`);
    const form = new FeedbackForm(page, locale);
    await form.ready();
    await form.no.check();
    await form.comment.fill("Liian pitkiä sanoja.");
    await form.submit.click();
    await expect(form.thanks).toBeVisible();
    await form.expectSubmittedInPlace();
    await expect(form.submit).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
}

test("feedback: a comment over 1,000 characters is refused with the limit named", async ({ page }) => {
  await page.goto("/?lang=en");
  const form = new FeedbackForm(page, "en");
  await form.yes.check();
  await form.comment.fill("a".repeat(1001));
  await form.submit.click();
  await expect(form.errorSummary.getByRole("link", { name: text("en", "feedback-error-comment-too-long") })).toBeVisible();
  await expect(form.comment).toHaveAttribute("aria-invalid", "true");
  await expect(form.yes).toBeChecked();
});
