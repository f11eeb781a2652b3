import { expect, test, journeyIn } from "../fixtures/test";
import { assignToCoach, createAccount, signIn, signOut, uniqueEmail } from "../fixtures/accounts";
import { psql } from "../fixtures/db";
import { checkPage } from "../fixtures/axe";
import { LOCALES, text, textWith } from "../fixtures/i18n";
import { press } from "../fixtures/modules";

test.use({ viewport: { width: 360, height: 740 } });
// Three people in turn, each with a page or two and axe on each.
test.describe.configure({ timeout: 90_000 });

for (const locale of LOCALES) {
  test(`a coach suggests a job, the jobseeker agrees and the employer marks an interview in ${locale}`, async ({ page }) => {
    journeyIn(locale, { plain: "sv", wasm: "fi" });
    const [jobseeker, coach, organiser] = ["candidate", "candidate-coach", "candidate-employer"].map(uniqueEmail);
    createAccount("jobseeker", jobseeker, locale);
    createAccount("coach", coach, locale);
    createAccount("organiser", organiser, locale);
    assignToCoach(jobseeker, coach);
    const n = Date.now() % 1_000_000;
    const title = `Kiinteistösiivooja ${n}`;
    const employer = `Puhdas ${n} Oy`;
    // The job's last day to apply is tomorrow: among equally fitting jobs it comes first.
    const ids = psql(
      `with me as (select account_id from account where email = :'jobseeker'),
            experience as (insert into experience (account_id, kind, description)
                           select account_id, 'work', 'Siivosin kouluja' from me returning experience_id),
            skill as (insert into experience_skill (experience_id, skill_id)
                      select experience_id, 'clean-floors' from experience),
            employer as (insert into employer (name) values (:'employer') returning employer_id),
            staff as (insert into employer_member (employer_id, account_id)
                      select employer_id, (select account_id from account where email = :'organiser') from employer),
            job as (insert into job (employer_id, kind, status, occupation_id, municipality, form,
                                     finnish_required, apply_by, published_at)
                    select employer_id, 'job', 'published', 'building-cleaner', 'Espoo', 'permanent', false,
                           (now() at time zone 'Europe/Helsinki')::date + 1, now()
                    from employer returning job_id),
            text as (insert into job_text (job_id, locale, title, description)
                     select job_id, 'fi', :'title', 'Siivoat kouluja aamuisin.' from job),
            need as (insert into job_skill (job_id, skill_id, must) select job_id, 'clean-floors', true from job)
       select (select account_id from me) || ' ' || (select job_id from job);`,
      { jobseeker, organiser, employer, title },
    );
    const [jobseekerId, jobId] = ids.split(" ").map(Number);

    // The coach finds the job among those that fit and suggests it.
    await signIn(page, locale, coach);
    await page.goto(`/coach/jobseekers/${jobseekerId}`);
    await press(page, page.getByRole("link", { name: text(locale, "person-jobs-that-fit") }));
    const card = page.locator(".job-card").filter({ hasText: title });
    await expect(card).toContainText(textWith(locale, "match-coach-fit-score", { score: "100" }));
    await checkPage(page);
    await press(page, card.getByRole("button", { name: textWith(locale, "match-propose", { name: "Test jobseeker" }) }));
    await expect(page.getByText(text(locale, "match-proposed-done"))).toBeVisible();
    await signOut(page, locale);

    // The jobseeker sees the suggestion and agrees to show their skills.
    await signIn(page, locale, jobseeker);
    await page.goto("/jobs/mine");
    const interests = page.getByRole("region", { name: text(locale, "match-interests-title") });
    // The job is titled only in Finnish: the title says so on other pages.
    const titleText = interests.getByRole("link", { name: title }).locator("bdi");
    if (locale === "fi") await expect(titleText).not.toHaveAttribute("lang");
    else await expect(titleText).toHaveAttribute("lang", "fi");
    await press(page, interests.getByRole("link", { name: title }));
    await expect(page.locator("main")).toContainText(text(locale, "match-next-step"));
    await press(page, page.getByLabel(textWith(locale, "match-share-label", { employer }), { exact: true }), "Space");
    await press(page, page.getByRole("button", { name: text(locale, "match-interested") }));
    await expect(page.getByText(text(locale, "match-interest-sent"))).toBeVisible();
    await signOut(page, locale);

    // The employer sees the candidate, reads their skills and marks an interview.
    await signIn(page, locale, organiser);
    await page.goto(`/employer/jobs/${jobId}`);
    const candidates = page.getByRole("region", { name: text(locale, "match-candidates-title") });
    await expect(candidates).toContainText(text(locale, "match-came-both"));
    await candidates.getByLabel(text(locale, "match-stage-label")).selectOption("interview");
    await press(page, candidates.getByRole("button", { name: text(locale, "match-stage-save") }));
    await expect(page.getByText(text(locale, "match-stage-saved"))).toBeVisible();
    await expect(page.getByRole("region", { name: text(locale, "match-candidates-title") }).getByLabel(text(locale, "match-stage-label"))).toHaveValue("interview");
    await checkPage(page);
    await press(page, page.getByRole("region", { name: text(locale, "match-candidates-title") }).getByRole("link", { name: "Test jobseeker" }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(textWith(locale, "match-candidate-title", { name: "Test jobseeker" }));
    await checkPage(page);
  });
}
