import { expect, test, journeyIn } from "../fixtures/test";
import { createAccount, signIn, uniqueEmail } from "../fixtures/accounts";
import { psql } from "../fixtures/db";
import { checkPage } from "../fixtures/axe";
import { LOCALES, text, textWith, type Locale } from "../fixtures/i18n";
import { press } from "../fixtures/modules";

// Jobseekers look for work on a cheap phone.
test.use({ viewport: { width: 360, height: 740 } });
test.describe.configure({ timeout: 60_000 });

/** The vocabulary's names in each language (content/vocabulary/<locale>.toml). */
const FORKLIFT: Record<Locale, string> = {
  fi: "Trukin ajaminen",
  sv: "Truckkörning",
  en: "Driving a forklift",
};

/**
 * A jobseeker who has cleaned floors, and two open jobs in a place of their
 * own: one asking only for that, one also for a forklift.
 */
function seed(email: string, place: string, fits: string, half: string): void {
  psql(
    `with me as (select account_id from account where email = :'email'),
          experience as (insert into experience (account_id, kind, description)
                         select account_id, 'work', 'Siivosin toimistoja' from me
                         returning experience_id),
          skill as (insert into experience_skill (experience_id, skill_id)
                    select experience_id, 'clean-floors' from experience),
          employer as (insert into employer (name) values (:'place' || ' Oy') returning employer_id),
          jobs as (insert into job (employer_id, kind, status, occupation_id, municipality, form,
                                    finnish_required, published_at)
                   select employer_id, 'job', 'published', 'building-cleaner', :'place', 'part-time',
                          false, now()
                   from employer, generate_series(1, 2)
                   returning job_id),
          numbered as (select job_id, row_number() over (order by job_id) as n from jobs),
          texts as (insert into job_text (job_id, locale, title, description)
                    select job_id, 'fi', case n when 1 then :'fits' else :'half' end,
                           'Siivoat toimistoja iltaisin.'
                    from numbered)
     insert into job_skill (job_id, skill_id, must)
     select job_id, 'clean-floors', true from numbered
     union all
     select job_id, 'operate-forklift', true from numbered where n = 2;`,
    { email, place, fits, half },
  );
}

for (const locale of LOCALES) {
  test(`a jobseeker sees jobs that fit, follows a gap, says they are interested and saves a job in ${locale}`, async ({ page }) => {
    journeyIn(locale, { plain: "en", wasm: "sv" });
    const email = uniqueEmail("jobs-for-you");
    createAccount("jobseeker", email, locale);
    const n = Date.now() % 1_000_000;
    const place = `Askelkylä ${n}`;
    const fits = `Toimistosiivooja ${n}`;
    const half = `Varastosiivooja ${n}`;
    seed(email, place, fits, half);
    await signIn(page, locale, email);

    const nav = page.getByRole("navigation", { name: text(locale, "layout-main-nav-label") });
    await press(page, nav.getByRole("link", { name: text(locale, "nav-jobs") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "match-jobs-title"));
    // Only this person's place (and remote work), so other tests' jobs stay out.
    await page.getByLabel(text(locale, "match-filter-place"), { exact: true }).selectOption(place);
    await press(page, page.getByRole("button", { name: text(locale, "match-filter-apply") }));
    const cards = page.locator(".job-card");
    const first = cards.filter({ hasText: fits });
    const second = cards.filter({ hasText: half });
    await expect(first).toContainText(textWith(locale, "match-fit-score", { score: "100" }));
    await expect(first).toContainText(text(locale, "match-all-musts"));
    await expect(second).toContainText(text(locale, "match-you-need"));
    await expect(second).toContainText(FORKLIFT[locale]);
    // The better fit comes first.
    const titles = await cards.locator("h2").allTextContents();
    expect(titles.indexOf(fits)).toBeLessThan(titles.indexOf(half));
    await checkPage(page);

    // A gap leads to where the skill is built or told about.
    await press(page, second.getByRole("link", { name: half }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(half);
    const gaps = page.locator(".gaps");
    await expect(gaps).toContainText(FORKLIFT[locale]);
    await checkPage(page);
    await press(page, gaps.getByRole("link", { name: text(locale, "match-way-experience") }));
    await expect(page).toHaveURL(/\/experience\/new/);
    await page.goBack();

    // "I'm interested", with the employer allowed to see the skills.
    await page.goto(`/jobs?place=${encodeURIComponent(place)}`);
    await press(page, page.locator(".job-card").getByRole("link", { name: fits }));
    await press(page, page.getByLabel(textWith(locale, "match-share-label", { employer: `${place} Oy` }), { exact: true }), "Space");
    await press(page, page.getByRole("button", { name: text(locale, "match-interested") }));
    await expect(page.getByText(text(locale, "match-interest-sent"))).toBeVisible();
    await expect(page.getByRole("button", { name: text(locale, "match-share-stop") })).toBeVisible();
    await press(page, page.getByRole("button", { name: text(locale, "match-save") }));
    await expect(page.getByText(text(locale, "match-saved"))).toBeVisible();
    await checkPage(page);

    // Both lists hold it, each with a way back out.
    await page.goto("/jobs/mine");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "match-my-jobs-title"));
    const interests = page.getByRole("region", { name: text(locale, "match-interests-title") });
    await expect(interests).toContainText(fits);
    await press(page, interests.getByRole("button", { name: text(locale, "match-share-stop") }));
    await expect(page.getByText(text(locale, "match-share-stopped"))).toBeVisible();
    const saved = page.getByRole("region", { name: text(locale, "match-saved-title") });
    await expect(saved).toContainText(fits);
    await checkPage(page);
  });
}
