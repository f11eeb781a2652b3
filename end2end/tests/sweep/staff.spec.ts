import { expect, test } from "../fixtures/test";
import { signIn } from "../fixtures/accounts";
import { ALL_LOCALES, type Locale } from "../fixtures/i18n";
import { sweep } from "./crawl";
import { makeWorld, type World } from "./world";

// Every page a coach, an organiser, an admin and someone not signed in can
// reach: axe and 320 px reflow. Someone not signed in, in every locale; staff
// pages in Finnish, the language most staff work in, and in Arabic, the
// right-to-left layout (their journeys walk Swedish and English): the page
// frames and components are those the jobseeker sweep checks in all nine, and
// the 45-minute budget of `make test` does not stretch to nine staff sweeps.
let world: World;

test.beforeAll(() => {
  world = makeWorld("fi");
});

test.describe.configure({ mode: "parallel" });

const STAFF_LOCALES: readonly Locale[] = ["fi", "ar"];

for (const locale of ALL_LOCALES) {
  const staffToo = STAFF_LOCALES.includes(locale);
  if (staffToo) {
    test(`every page a coach can reach in ${locale}`, async ({ page }) => {
      test.setTimeout(600_000);
      await signIn(page, locale, world.coach);
      const person = `/coach/jobseekers/${world.jobseekerId}`;
      const kinds = await sweep(page, locale, {
        start: ["/", person, `/employers/${world.employerId}`],
        // The calendar at the week of the jobseeker's coming meeting, so it has times to show.
        every: [`${person}/plan/steps/${world.stepId}`, `${person}/plan/goals/${world.goalId}`, `/coach/meetings?week=${world.meetingDay}`],
      });
      for (const kind of [
        "/coach/caseload", "/coach/invitations", "/coach/report", "/coach/jobseekers/{id}", "/coach/jobseekers/{id}/plan",
        "/coach/jobseekers/{id}/plan/history", "/coach/jobseekers/{id}/notes/{id}", "/coach/jobseekers/{id}/outcomes/{id}",
        "/coach/jobseekers/{id}/skills", "/coach/jobseekers/{id}/jobs", "/coach/jobseekers/{id}/messages", "/coach/jobseekers/{id}/meetings",
        "/coach/jobseekers/{id}/follow-along", "/coach/jobseekers/{id}/job-search", "/coach/meetings", "/coach/messages", "/coach/employer-contacts", "/coach/jobs", "/coach/jobs/{id}", "/events/caseload", "/events/{id}", "/employers",
        "/employers/{id}", "/account", "/account/notifications",
      ]) {
        expect(kinds, `the sweep reached ${kind}`).toContain(kind);
      }
    });

    test(`every page an organiser can reach in ${locale}`, async ({ page }) => {
      test.setTimeout(600_000);
      await signIn(page, locale, world.organiser);
      const kinds = await sweep(page, locale, { start: ["/", `/organiser/events/${world.eventId}`] });
      for (const kind of ["/organiser/events", "/organiser/events/new", "/organiser/events/{id}", "/organiser/events/{id}/edit",
        "/organiser/events/{id}/people/{id}/skills", "/employer/jobs", "/employer/jobs/new", "/employer/jobs/{id}",
        "/employer/jobs/{id}/edit", "/employer/jobs/{id}/candidates/{id}"]) {
        expect(kinds, `the sweep reached ${kind}`).toContain(kind);
      }
    });

    test(`every page an admin can reach in ${locale}`, async ({ page }) => {
      test.setTimeout(600_000);
      await signIn(page, locale, world.admin);
      const kinds = await sweep(page, locale, { start: ["/"] });
      for (const kind of ["/admin/users", "/employers", "/employers/{id}"]) {
        expect(kinds, `the sweep reached ${kind}`).toContain(kind);
      }
    });
  }

  test(`every page someone not signed in can reach in ${locale}`, async ({ page }) => {
    test.setTimeout(600_000);
    const start = [
      "/", "/offline", "/signed-out", "/password/new", "/account/email/confirm", `/events/${world.eventId}`,
      `/unsubscribe?c=email&k=${world.unsubscribeKey}`, `/unsubscribe?c=sms&k=${world.unsubscribeKey}`,
    ];
    const kinds = await sweep(page, locale, { start });
    for (const kind of ["/", "/sign-in", "/join", "/password/forgot", "/password/new", "/account/email/confirm", "/events", "/events/{id}", "/offline", "/unsubscribe", "/words"]) {
      expect(kinds, `the sweep reached ${kind}`).toContain(kind);
    }
  });
}
