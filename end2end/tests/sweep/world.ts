import { psql } from "../fixtures/db";
import { expect, type Page } from "@playwright/test";
import { assignToCoach, createAccount, signIn, uniqueEmail } from "../fixtures/accounts";
import { publishEvent } from "../fixtures/events";
import { text, textWith, type Locale } from "../fixtures/i18n";
import { frameworks, questionPages } from "./content";

/** One person of each role, with enough data that every page they can reach has something on it. */
export interface World {
  jobseeker: string;
  coach: string;
  organiser: string;
  admin: string;
  jobseekerId: number;
  eventId: number;
  goalId: number;
  stepId: number;
  employerId: number;
  /** An open job of the organiser's employer, linked to the event. */
  jobId: number;
  /** The Helsinki day (2026-12-08) of the jobseeker's coming meeting: its week has times in the coach's calendar. */
  meetingDay: string;
  /** The key of the jobseeker's one-click stop links. */
  unsubscribeKey: string;
}

/**
 * The people and their data, put in the database as the pages would have left
 * them (each page's own journey is tested elsewhere): the jobseeker is on the
 * coach's caseload, has a plan with a goal and a step, a shared note, a
 * message from the coach, an outcome, a place at the organiser's event, an
 * experience with a skill, and a skill the coach has seen in practice,
 * shared with the event's organiser; a meeting held with the coach, one to
 * come and two of the coach's free times (at an address, by video, by phone);
 * the organiser is on the staff of an employer the coach added, which has an
 * open job linked to the event. The jobseeker has agreed that the coach may
 * tell employers about them, and the coach has logged a contact about them
 * with that employer; they have two check-ins agreed after starting work, one
 * done and one coming within days (so the caseload lists it). The coach's
 * teammate is away and has a jobseeker who wrote, so the coach's inbox has
 * a conversation to cover; and a conversation of a former jobseeker was
 * removed.
 */
export function makeWorld(locale: Locale): World {
  const [jobseeker, coach, organiser, admin] = ["sweep-js", "sweep-coach", "sweep-org", "sweep-admin"].map(uniqueEmail);
  createAccount("jobseeker", jobseeker, locale);
  createAccount("coach", coach, locale);
  createAccount("organiser", organiser, locale);
  createAccount("admin", admin, locale);
  assignToCoach(jobseeker, coach);
  const eventId = publishEvent({ title: "Rekrytointipäivä: varastotyöntekijät", question: "Onko sinulla trukkikortti?" });
  const ids = psql(
    `with person as (select account_id from account where email = :'jobseeker'),
          coach as (select account_id from account where email = :'coach'),
          moved as (update event set organiser_id = (select account_id from account where email = :'organiser')
                    where event_id = :event returning event_id),
          place as (insert into event_signup (event_id, account_id, status, confirmed_at)
                    select :event, account_id, 'confirmed', now() from person returning 1),
          goal as (insert into plan_goal (account_id, what)
                   select account_id, 'Työpaikka varastosta kevääseen mennessä' from person returning goal_id, account_id),
          step as (insert into plan_step (account_id, goal_id, what, who, due_on)
                   select account_id, goal_id, 'Trukkikortti', 'together', current_date + 30 from goal returning step_id),
          note as (insert into coach_note (account_id, written_by, body, shared)
                   select person.account_id, coach.account_id, 'Hyvä tapaaminen.', true from person, coach returning 1),
          message as (insert into message (account_id, written_by, from_jobseeker, body, sent_key)
                      select person.account_id, coach.account_id, false, 'Muistathan huomisen tapaamisen?',
                             gen_random_uuid() from person, coach returning 1),
          -- A photo the person sent, shown as its download link.
          photo as (insert into message (account_id, written_by, from_jobseeker, body, sent_key)
                    select account_id, account_id, true, '', gen_random_uuid() from person returning message_id),
          photo_file as (insert into message_attachment (message_id, file_name, content_type, byte_size, sha256, data)
                         select message_id, 'työtodistus-kevät-2026.jpg', 'image/jpeg', 4, sha256('\\xffd8ffe0'), '\\xffd8ffe0'
                         from photo returning 1),
          outcome as (insert into outcome (account_id, situation, since, recorded_by)
                      select person.account_id, 'seeking', current_date, coach.account_id from person, coach returning 1),
          experience as (insert into experience (account_id, kind, description, place, period)
                         select account_id, 'work', 'Siivosin toimistoja iltaisin', 'Kontula', '2019–2022' from person
                         returning experience_id),
          skill as (insert into experience_skill (experience_id, skill_id)
                    select experience_id, 'clean-floors' from experience returning 1),
          shared as (insert into profile_share (account_id, event_id)
                     select account_id, :event from person returning 1),
          seen as (insert into confirmed_skill (account_id, skill_id, confirmed_by)
                   select person.account_id, 'clean-floors', coach.account_id from person, coach returning 1),
          employer as (insert into employer (name, created_by)
                       select :'employer', account_id from coach returning employer_id),
          member as (insert into employer_member (employer_id, account_id, added_by)
                     select employer_id, (select account_id from account where email = :'organiser'), coach.account_id
                     from employer, coach returning 1),
          job as (insert into job (employer_id, kind, status, occupation_id, municipality, form, finnish_required,
                                   how_to_apply, event_id, published_at)
                  select employer_id, 'job', 'published', 'warehouse-worker', 'Vantaa', 'fixed-term', false,
                         'Tule rekrytointipäivään.', :event, now() from employer returning job_id),
          job_text as (insert into job_text (job_id, locale, title, description)
                       select job_id, 'fi', 'Varastotyöntekijä', 'Keräilyä ja pakkaamista.' from job returning 1),
          job_skill as (insert into job_skill (job_id, skill_id, must)
                        select job_id, 'clean-floors', false from job returning 1),
          job_history as (insert into job_change (job_id, changed_by, what)
                          select job_id, (select account_id from account where email = :'organiser'), 'created'
                          from job returning 1),
          candidate as (insert into job_candidate (job_id, account_id)
                        select job_id, account_id from job, person returning 1),
          job_share as (insert into profile_share (account_id, job_id)
                        select account_id, job_id from person, job returning 1)
     select (select account_id from person) || ' ' || (select goal_id from goal) || ' ' || (select step_id from step)
            || ' ' || (select employer_id from employer) || ' ' || (select job_id from job)
            || ' ' || (select count(*) from moved) + (select count(*) from place) + (select count(*) from note)
                    + (select count(*) from outcome) + (select count(*) from skill) + (select count(*) from seen)
                    + (select count(*) from shared) + (select count(*) from member) + (select count(*) from job_text)
                    + (select count(*) from job_skill) + (select count(*) from job_history)
                    + (select count(*) from candidate) + (select count(*) from job_share);`,
    // Employer names are unique: each world's is its organiser's.
    { jobseeker, coach, organiser, event: eventId, employer: `Varastopalvelu ${organiser.split("@")[0]} Oy` },
  );
  const [jobseekerId, goalId, stepId, employerId, jobId, written] = ids.split(" ").map(Number);
  expect(written, "rows the world needs").toBe(13);
  const meetingDay = psql(
    `with person as (select account_id from account where email = :'jobseeker'),
          coach as (select account_id from account where email = :'coach'),
          soon as (select date_trunc('hour', now()) + interval '2 days' as at),
          held as (insert into meeting (coach_id, starts_at, ends_at, mode, place, jobseeker_id, booked_at)
                   select coach.account_id, at - interval '4 days', at - interval '4 days' + interval '45 minutes',
                          'in-person', 'Ratapihantie 9, Helsinki', person.account_id, now() - interval '5 days'
                   from coach, person, soon returning 1),
          coming as (insert into meeting (coach_id, starts_at, ends_at, mode, place, jobseeker_id, booked_at)
                     select coach.account_id, at, at + interval '45 minutes', 'in-person', 'Ratapihantie 9, Helsinki',
                            person.account_id, now()
                     from coach, person, soon returning starts_at),
          free as (insert into meeting (coach_id, starts_at, ends_at, mode, place)
                   select coach.account_id, at + interval '1 hour', at + interval '90 minutes', 'video',
                          'https://meet.example.fi/askel' from coach, soon
                   union all
                   select coach.account_id, at + interval '2 hours', at + interval '150 minutes', 'phone', null
                   from coach, soon returning 1)
     select to_char((select starts_at from coming) at time zone 'Europe/Helsinki', 'YYYY-MM-DD')
            || ' ' || (select count(*) from held) + (select count(*) from free);`,
    { jobseeker, coach },
  ).split(" ");
  expect(meetingDay[1], "meetings the world needs").toBe("3");
  const employerWork = psql(
    `with person as (select account_id from account where email = :'jobseeker'),
          coach as (select account_id from account where email = :'coach'),
          consent as (insert into employer_contact_consent (account_id)
                      select account_id from person returning 1),
          contact as (insert into employer_contact (employer_id, coach_id, contacted_on, how, jobseeker_id, result, note)
                      select :employer, coach.account_id, current_date - 1, 'visit', person.account_id, 'opening',
                             'Keittiöapulainen tammikuusta, haastattelu ensi viikolla.'
                      from coach, person returning 1),
          coming as (insert into follow_along (account_id, kind, due_on)
                     select account_id, 'agreed', current_date + 3 from person returning 1),
          done as (insert into follow_along (account_id, kind, due_on, done_at, done_by, note)
                   select person.account_id, 'agreed', current_date - 3, now() - interval '2 days', coach.account_id,
                          'Työ sujuu hyvin, työvuorot sopivat.'
                   from person, coach returning 1)
     select (select count(*) from consent) + (select count(*) from contact) + (select count(*) from coming)
            + (select count(*) from done);`,
    { jobseeker, coach, employer: employerId },
  );
  expect(employerWork, "employer work the world needs").toBe("4");
  const [awayCoach, covered] = ["sweep-away", "sweep-covered"].map(uniqueEmail);
  createAccount("coach", awayCoach, locale);
  createAccount("jobseeker", covered, locale);
  assignToCoach(covered, awayCoach);
  const cover = psql(
    `with team as (update account set team = 'Sweep ' || :'coach',
                          away_until = case when email = :'away' then current_date + 7 end
                   where email in (:'coach', :'away') returning 1),
          wrote as (insert into message (account_id, written_by, from_jobseeker, body, sent_key)
                    select account_id, account_id, true, 'Olen sairaana huomenna.', gen_random_uuid()
                    from account where email = :'covered' returning 1),
          former as (insert into former_conversation (coach_id, removed_in, unread)
                     select account_id, date_trunc('month', current_date)::date, 1
                     from account where email = :'coach' returning 1)
     select (select count(*) from team) + (select count(*) from wrote) + (select count(*) from former)
            || ' ' || (select unsubscribe_key from account where email = :'jobseeker');`,
    { coach, away: awayCoach, covered, jobseeker },
  ).split(" ");
  expect(cover[0], "the team cover the world needs").toBe("4");
  return {
    jobseeker, coach, organiser, admin, jobseekerId, eventId, goalId, stepId, employerId, jobId, meetingDay: meetingDay[0],
    unsubscribeKey: cover[1],
  };
}

/** Starts the full assessment of `framework` from its start page; lands on its first question. */
async function startFull(page: Page, locale: Locale, framework: string): Promise<void> {
  await page.goto(`/skills/${framework}?lang=${locale}`);
  const count = String(questionPages(framework).length);
  await page.getByLabel(textWith(locale, "skills-mode-full", { count })).check();
  await page.getByRole("button", { name: text(locale, "skills-start"), exact: true }).click();
  await expect(page).toHaveURL(/\/questions\//);
}

/**
 * The jobseeker sends one answer of each assessment (so results and history
 * have something to show), then starts the full one again, so every question
 * page of both has a draft to belong to.
 */
export async function assessEverything(page: Page, locale: Locale, world: World): Promise<void> {
  await signIn(page, locale, world.jobseeker);
  for (const framework of frameworks()) {
    await startFull(page, locale, framework);
    await page.getByLabel(text(locale, "skills-scale-on-my-own"), { exact: true }).check();
    await page.getByRole("button", { name: text(locale, "skills-continue"), exact: true }).click();
    await expect(page).toHaveURL(/\/questions\//);
    await page.goto(`/skills/${framework}/check?lang=${locale}`);
    await page.getByRole("button", { name: text(locale, "skills-send"), exact: true }).click();
    await expect(page).toHaveURL(/\/skills\/results\/\d+/);
    await startFull(page, locale, framework);
  }
}
