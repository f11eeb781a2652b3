import { expect, test, journeyIn } from "../fixtures/test";
import { assignToCoach, createAccount, signIn, uniqueEmail } from "../fixtures/accounts";
import { checkPage } from "../fixtures/axe";
import { LOCALES, text } from "../fixtures/i18n";
import { press } from "../fixtures/modules";

// Coaches use phones too: the list must work at 360 px.
test.use({ viewport: { width: 360, height: 740 } });

for (const locale of LOCALES) {
  test(`a coach's caseload: search, quiet filter and sorting by keyboard in ${locale}`, async ({ page }) => {
    journeyIn(locale, { plain: "fi", wasm: "en" });
    const coach = uniqueEmail("coach");
    createAccount("coach", coach, locale);
    for (const who of ["first", "second"]) {
      const jobseeker = uniqueEmail(`caseload-${who}`);
      createAccount("jobseeker", jobseeker, locale);
      assignToCoach(jobseeker, coach);
    }
    await signIn(page, locale, coach);
    const nav = page.getByRole("navigation", { name: text(locale, "layout-main-nav-label") });
    await press(page, nav.getByRole("link", { name: text(locale, "nav-caseload") }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "caseload-title"));
    await expect(page.getByRole("table", { name: text(locale, "caseload-caption") }).getByRole("row")).toHaveCount(3);
    await checkPage(page);

    // Nobody has been active yet, so the quiet filter keeps both.
    await press(page, page.getByLabel(text(locale, "caseload-quiet-only")), "Space");
    const sort = page.getByLabel(text(locale, "caseload-sort"));
    await sort.focus();
    await sort.selectOption("name");
    await press(page, page.getByRole("button", { name: text(locale, "caseload-apply") }));
    await expect(page).toHaveURL(/quiet=yes/);
    await expect(page.getByText(text(locale, "caseload-quiet-flag")).first()).toBeVisible();
    await checkPage(page);

    // A name nobody has: the list says so.
    const search = page.getByLabel(text(locale, "caseload-search"));
    await search.focus();
    await search.fill("zzz-nobody");
    await press(page, page.getByRole("button", { name: text(locale, "caseload-apply") }));
    await expect(page.getByText(text(locale, "caseload-none"))).toBeVisible();
    await checkPage(page);
  });
}
