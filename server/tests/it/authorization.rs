//! The authorization matrix: every server function and protected page, called
//! as every kind of person, is allowed or refused exactly as listed here. A
//! server function without a row fails the test, so none can slip in unguarded.

use crate::support;

use app::accounts::Role;
use axum::http::{Method, StatusCode, header};
use sqlx::PgPool;
use support::{
    assign_to_coach, create_account, fields_of, form_post, get, header_of, load_modules,
    multipart_post, published_event, send, sign_in, submit_digcomp, test_app, with_cookie,
};

/// Who calls, in the order of the matrix columns.
const ACTORS: [&str; 7] = [
    "anonymous",
    "jobseeker",
    "other jobseeker",
    "coach",
    "other coach",
    "organiser",
    "admin",
];

const ALL: [bool; 7] = [true; 7];
const SIGNED_IN: [bool; 7] = [false, true, true, true, true, true, true];
const COACHES: [bool; 7] = [false, false, false, true, true, false, false];
/// Only the coach whose caseload holds "jobseeker".
const THEIR_COACH: [bool; 7] = [false, false, false, true, false, false, false];
/// "jobseeker" and the coach whose caseload holds them.
const THE_JOBSEEKER_AND_THEIR_COACH: [bool; 7] = [false, true, false, true, false, false, false];
const JOBSEEKERS: [bool; 7] = [false, true, true, false, false, false, false];
/// Only "jobseeker" themself.
const THE_JOBSEEKER: [bool; 7] = [false, true, false, false, false, false, false];
/// Those who look for events: jobseekers, and coaches who sign them up.
const EVENT_READERS: [bool; 7] = [false, true, true, true, true, false, false];
const ADMINS: [bool; 7] = [false, false, false, false, false, false, true];
const ORGANISERS: [bool; 7] = [false, false, false, false, false, true, false];
/// Those who read the impact report: coaches and admins.
const REPORTERS: [bool; 7] = [false, false, false, true, true, false, true];
/// Those who keep the service's employers and their staff: coaches and admins.
const EMPLOYER_KEEPERS: [bool; 7] = [false, false, false, true, true, false, true];
/// Nobody: e.g. another organiser's event, seen by "organiser".
const NOBODY: [bool; 7] = [false; 7];

/// (method, path, form body, allowed per actor). Bodies are mostly empty on
/// purpose: the role check must come before anything is read or validated.
/// `{jobseeker}` and `{coach}` in a body stand for the ids of those people,
/// `{assessment}` in a path for the id of an assessment "jobseeker" submitted,
/// `{event}` for a published event with seats free (another organiser's),
/// `{own_event}` for a draft of "organiser" and `{own_signup}` for a place
/// "other jobseeker" holds at it, `{goal}` and `{step}` for a goal and a step
/// of the plan of "jobseeker", `{note}` and `{outcome}` for a note and an
/// outcome "coach" recorded about them, `{experience}` for something
/// "jobseeker" has done, in their skills profile, `{employer}` for an
/// employer with "organiser" on its staff, `{own_job}` for a draft of that
/// employer's, `{job}` for a draft of another employer and `{open_job}` for
/// a published job of another employer, `{meeting}` for a free time of
/// "coach", `{held_meeting}` for one "jobseeker" had with them and
/// `{gone_meeting}` for a free time the coach may take away, `{checkin}` for
/// a follow-along check-in of "jobseeker" not yet done, `{search_entry}` for
/// a line of their job-search log, `{file_message}` for a message with a
/// file in their conversation. Forms with a file are sent as such
/// ([`post`]).
fn matrix() -> Vec<(Method, &'static str, &'static str, [bool; 7])> {
    vec![
        (Method::POST, "/api/feedback", "", ALL),
        (Method::POST, "/api/sign-in", "", ALL),
        (Method::POST, "/api/sign-out", "", ALL),
        (Method::POST, "/api/join", "", ALL),
        (Method::POST, "/api/create-invitation", "", COACHES),
        (Method::POST, "/api/request-password-reset", "", ALL),
        (Method::POST, "/api/reset-password", "", ALL),
        (Method::POST, "/api/confirm-email", "code=AAAA", ALL),
        (
            Method::POST,
            "/api/issue-reset-code",
            "jobseeker={jobseeker}",
            THEIR_COACH,
        ),
        (Method::POST, "/api/update-details", "", SIGNED_IN),
        (Method::POST, "/api/change-language", "", SIGNED_IN),
        (Method::POST, "/api/change-password", "", SIGNED_IN),
        (Method::GET, "/api/my-data", "", SIGNED_IN),
        (Method::POST, "/api/delete-my-account", "", JOBSEEKERS),
        (Method::POST, "/api/create-account", "", ADMINS),
        (
            Method::POST,
            "/api/set-team",
            "account={coach}&team=North",
            ADMINS,
        ),
        // Signing up comes first: each jobseeker then cancels their own place.
        (
            Method::POST,
            "/api/event-sign-up",
            "event={event}",
            JOBSEEKERS,
        ),
        (
            Method::POST,
            "/api/event-cancel-sign-up",
            "event={event}",
            JOBSEEKERS,
        ),
        (
            Method::GET,
            "/api/event-calendar?event={event}",
            "",
            EVENT_READERS,
        ),
        (
            Method::POST,
            "/api/event-sign-up-for",
            "event={event}&jobseeker={jobseeker}&consent=yes",
            THEIR_COACH,
        ),
        (Method::GET, "/events", "", EVENT_READERS),
        (Method::GET, "/events/mine", "", JOBSEEKERS),
        (Method::GET, "/events/caseload", "", COACHES),
        (Method::GET, "/events/{event}", "", EVENT_READERS),
        (Method::GET, "/organiser/events", "", ORGANISERS),
        (Method::GET, "/organiser/events/new", "", ORGANISERS),
        (Method::GET, "/organiser/events/{own_event}", "", ORGANISERS),
        (
            Method::GET,
            "/organiser/events/{own_event}/edit",
            "",
            ORGANISERS,
        ),
        (Method::GET, "/organiser/events/{event}", "", NOBODY),
        (Method::GET, "/organiser/events/{event}/edit", "", NOBODY),
        (Method::POST, "/api/event-save", "", ORGANISERS),
        (Method::POST, "/api/event-save", "event={event}", NOBODY),
        (
            Method::GET,
            "/api/event-attendees-csv?event={own_event}",
            "",
            ORGANISERS,
        ),
        (
            Method::GET,
            "/api/event-attendees-csv?event={event}",
            "",
            NOBODY,
        ),
        (
            Method::POST,
            "/api/event-check-in",
            "event={own_event}&signup={own_signup}&arrived=yes",
            ORGANISERS,
        ),
        (
            Method::POST,
            "/api/event-check-in",
            "event={event}&signup={own_signup}&arrived=yes",
            NOBODY,
        ),
        (
            Method::POST,
            "/api/event-publish",
            "event={own_event}",
            ORGANISERS,
        ),
        (Method::POST, "/api/event-publish", "event={event}", NOBODY),
        (
            Method::POST,
            "/api/event-cancel",
            "event={event}&confirm=yes",
            NOBODY,
        ),
        // Last of the organiser's rows: a cancelled event stays cancelled.
        (
            Method::POST,
            "/api/event-cancel",
            "event={own_event}&confirm=yes",
            ORGANISERS,
        ),
        (
            Method::POST,
            "/api/change-role",
            "account={coach}&role=coach",
            ADMINS,
        ),
        (
            Method::POST,
            "/api/module-answer",
            "module=strengths&step=intro&answer_id=6f1c2a53-8a43-4c39-9c52-3c1f1d5c0a11",
            JOBSEEKERS,
        ),
        (
            Method::POST,
            "/api/assign-module",
            "jobseeker={jobseeker}&module=cv",
            THEIR_COACH,
        ),
        (Method::GET, "/account", "", SIGNED_IN),
        (Method::GET, "/account/details", "", SIGNED_IN),
        (Method::GET, "/account/language", "", SIGNED_IN),
        (Method::GET, "/account/password", "", SIGNED_IN),
        (Method::GET, "/account/delete", "", JOBSEEKERS),
        (Method::GET, "/coach/invitations", "", COACHES),
        (Method::GET, "/coach/caseload", "", COACHES),
        (
            Method::GET,
            "/coach/jobseekers/{jobseeker}",
            "",
            THEIR_COACH,
        ),
        (
            Method::GET,
            "/coach/jobseekers/{jobseeker}/plan",
            "",
            THEIR_COACH,
        ),
        (
            Method::GET,
            "/coach/jobseekers/{jobseeker}/notes/{note}",
            "",
            THEIR_COACH,
        ),
        (
            Method::GET,
            "/coach/jobseekers/{jobseeker}/outcomes/{outcome}",
            "",
            THEIR_COACH,
        ),
        (
            Method::GET,
            "/coach/jobseekers/{jobseeker}/plan/history",
            "",
            THEIR_COACH,
        ),
        (
            Method::GET,
            "/coach/jobseekers/{jobseeker}/skills",
            "",
            THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/confirm-skills",
            "jobseeker={jobseeker}",
            THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/share-skills",
            "event={event}",
            // Only to an event where one has a place.
            THE_JOBSEEKER,
        ),
        (
            Method::POST,
            "/api/stop-sharing-skills",
            "event={event}",
            JOBSEEKERS,
        ),
        (
            Method::GET,
            "/organiser/events/{own_event}/people/{own_signup}/skills",
            "",
            NOBODY,
        ),
        (
            Method::POST,
            "/api/withdraw-skill-confirmation",
            "jobseeker={jobseeker}&skill=clean-floors",
            THEIR_COACH,
        ),
        (
            Method::GET,
            "/coach/jobseekers/{jobseeker}/plan/steps/{step}",
            "",
            THEIR_COACH,
        ),
        (
            Method::GET,
            "/coach/jobseekers/{jobseeker}/plan/goals/{goal}",
            "",
            THEIR_COACH,
        ),
        (Method::GET, "/plan", "", JOBSEEKERS),
        (Method::GET, "/plan/history", "", JOBSEEKERS),
        (Method::GET, "/coach/report", "", REPORTERS),
        (Method::GET, "/api/impact-report-csv", "", REPORTERS),
        (
            Method::POST,
            "/api/plan-add-goal",
            "jobseeker={jobseeker}",
            THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/plan-save-goal",
            "jobseeker={jobseeker}&goal={goal}",
            THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/plan-add-step",
            "jobseeker={jobseeker}",
            THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/plan-save-step",
            "jobseeker={jobseeker}&step={step}",
            THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/plan-mark-step",
            "step={step}",
            THE_JOBSEEKER,
        ),
        (
            Method::POST,
            "/api/add-note",
            "jobseeker={jobseeker}",
            THEIR_COACH,
        ),
        (Method::GET, "/account/notifications", "", SIGNED_IN),
        (Method::POST, "/api/save-notifications", "", SIGNED_IN),
        (
            Method::POST,
            "/api/push-subscribe",
            "endpoint=https%3A%2F%2Ffcm.googleapis.com%2Ffcm%2Fsend%2Fm&p256dh=BAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0-P0A&auth=AAECAwQFBgcICQoLDA0ODw",
            SIGNED_IN,
        ),
        (
            Method::POST,
            "/api/push-unsubscribe",
            "endpoint=https%3A%2F%2Ffcm.googleapis.com%2Ffcm%2Fsend%2Fm",
            SIGNED_IN,
        ),
        (Method::POST, "/api/stop-push", "", SIGNED_IN),
        (
            Method::POST,
            "/api/push-known",
            "endpoint=https%3A%2F%2Ffcm.googleapis.com%2Ffcm%2Fsend%2Fm",
            SIGNED_IN,
        ),
        (Method::GET, "/meetings", "", JOBSEEKERS),
        (Method::GET, "/coach/meetings", "", COACHES),
        (
            Method::GET,
            "/coach/jobseekers/{jobseeker}/meetings",
            "",
            THEIR_COACH,
        ),
        (Method::POST, "/api/meeting-offer", "", COACHES),
        // In this order: booked, cancelled, booked by the coach, read.
        (
            Method::POST,
            "/api/meeting-book",
            "meeting={meeting}",
            JOBSEEKERS,
        ),
        (
            Method::POST,
            "/api/meeting-cancel",
            "meeting={meeting}",
            THE_JOBSEEKER,
        ),
        (
            Method::POST,
            "/api/meeting-book-for",
            "jobseeker={jobseeker}&meeting={meeting}",
            THEIR_COACH,
        ),
        (
            Method::GET,
            "/api/meeting-calendar?meeting={meeting}",
            "",
            THE_JOBSEEKER_AND_THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/meeting-outcome",
            "jobseeker={jobseeker}&meeting={held_meeting}&outcome=Hyv%C3%A4",
            THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/meeting-remove",
            "meeting={gone_meeting}",
            THEIR_COACH,
        ),
        (Method::GET, "/job-search", "", JOBSEEKERS),
        (Method::POST, "/api/job-search-add", "", JOBSEEKERS),
        (
            Method::POST,
            "/api/job-search-remove",
            "entry={search_entry}",
            THE_JOBSEEKER,
        ),
        (
            Method::GET,
            "/coach/jobseekers/{jobseeker}/job-search",
            "",
            THEIR_COACH,
        ),
        (Method::GET, "/coach/employer-contacts", "", COACHES),
        (Method::POST, "/api/employer-contact-log", "", COACHES),
        (Method::GET, "/account/employers", "", JOBSEEKERS),
        (Method::POST, "/api/employer-consent", "", JOBSEEKERS),
        (
            Method::GET,
            "/coach/jobseekers/{jobseeker}/follow-along",
            "",
            THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/checkin-record",
            "jobseeker={jobseeker}&checkin={checkin}&note=Hyv%C3%A4",
            THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/checkin-agree",
            "jobseeker={jobseeker}&day=",
            THEIR_COACH,
        ),
        (Method::GET, "/messages", "", JOBSEEKERS),
        (Method::GET, "/coach/messages", "", COACHES),
        // The link is the key: anyone who has it, signed in or not.
        (Method::GET, "/unsubscribe?c=sms&k={unsubscribe}", "", ALL),
        (
            Method::POST,
            "/api/unsubscribe",
            "c=sms&k={unsubscribe}&on=yes",
            ALL,
        ),
        (Method::POST, "/api/coach-away", "", COACHES),
        (Method::POST, "/api/send-message", "", JOBSEEKERS),
        (Method::POST, "/api/send-message-file", "", JOBSEEKERS),
        (
            Method::POST,
            "/api/send-coach-message-file",
            "jobseeker={jobseeker}",
            THEIR_COACH,
        ),
        (
            Method::GET,
            "/api/message-updates?version=0-0",
            "",
            JOBSEEKERS,
        ),
        (
            Method::GET,
            "/api/message-updates?jobseeker={jobseeker}&version=0-0",
            "",
            THEIR_COACH,
        ),
        (
            Method::GET,
            "/api/message-file?message={file_message}",
            "",
            THE_JOBSEEKER_AND_THEIR_COACH,
        ),
        (
            Method::GET,
            "/coach/jobseekers/{jobseeker}/messages",
            "",
            THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/send-coach-message",
            "jobseeker={jobseeker}",
            THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/record-outcome",
            "jobseeker={jobseeker}",
            THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/correct-note",
            "jobseeker={jobseeker}&note={note}",
            THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/correct-outcome",
            "jobseeker={jobseeker}&outcome={outcome}",
            THEIR_COACH,
        ),
        // After the corrections: a withdrawn note or outcome can no longer be corrected.
        (
            Method::POST,
            "/api/withdraw-note",
            "jobseeker={jobseeker}&note={note}",
            THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/withdraw-outcome",
            "jobseeker={jobseeker}&outcome={outcome}",
            THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/transfer-jobseeker",
            "jobseeker={jobseeker}",
            THEIR_COACH,
        ),
        // Any coach may search the service's coaches by name; the page it
        // returns to is their own jobseeker's or refused there.
        (
            Method::POST,
            "/api/find-coach",
            "jobseeker={jobseeker}",
            COACHES,
        ),
        (Method::GET, "/admin/users", "", ADMINS),
        (Method::GET, "/modules", "", JOBSEEKERS),
        (Method::GET, "/modules/strengths", "", JOBSEEKERS),
        (
            Method::GET,
            "/modules/strengths/steps/intro",
            "",
            JOBSEEKERS,
        ),
        (Method::GET, "/modules/strengths/done", "", JOBSEEKERS),
        // In this order: a jobseeker starts, answers, then sends.
        (
            Method::POST,
            "/api/skills-start",
            "framework=digcomp&mode=short",
            JOBSEEKERS,
        ),
        (
            Method::POST,
            "/api/skills-answer",
            "framework=digcomp&statement=1.1-search&value=3",
            JOBSEEKERS,
        ),
        (
            Method::POST,
            "/api/skills-submit",
            "framework=digcomp",
            JOBSEEKERS,
        ),
        (
            Method::POST,
            "/api/coach-jobseeker-skills",
            "jobseeker={jobseeker}",
            THEIR_COACH,
        ),
        (Method::GET, "/skills", "", JOBSEEKERS),
        (Method::GET, "/skills/digcomp", "", JOBSEEKERS),
        (
            Method::GET,
            "/skills/digcomp/questions/1.1-search",
            "",
            JOBSEEKERS,
        ),
        (Method::GET, "/skills/digcomp/check", "", JOBSEEKERS),
        (Method::POST, "/api/add-experience", "", JOBSEEKERS),
        (Method::GET, "/languages/new", "", JOBSEEKERS),
        // Each jobseeker adds Finnish, then takes it off again.
        (
            Method::POST,
            "/api/set-language",
            "language=fi&level=B1",
            JOBSEEKERS,
        ),
        (
            Method::POST,
            "/api/remove-language",
            "language=fi",
            JOBSEEKERS,
        ),
        (Method::GET, "/certificates/new", "", JOBSEEKERS),
        (
            Method::POST,
            "/api/set-certificate",
            "certificate=hygiene-passport&valid_until=",
            JOBSEEKERS,
        ),
        (
            Method::POST,
            "/api/remove-certificate",
            "certificate=hygiene-passport",
            JOBSEEKERS,
        ),
        (Method::GET, "/experience/new", "", JOBSEEKERS),
        (Method::GET, "/experience/{experience}", "", THE_JOBSEEKER),
        // Choosing skills comes before deleting the experience.
        (
            Method::POST,
            "/api/save-experience-skills",
            "experience={experience}&skills[clean-floors]=yes",
            THE_JOBSEEKER,
        ),
        (
            Method::POST,
            "/api/delete-experience",
            "experience={experience}",
            THE_JOBSEEKER,
        ),
        (Method::GET, "/skills/digcomp/history", "", JOBSEEKERS),
        (
            Method::GET,
            "/skills/results/{assessment}",
            "",
            THE_JOBSEEKER,
        ),
        // Before the staff rows below take "organiser" off the employer's staff.
        (Method::GET, "/employer/jobs", "", ORGANISERS),
        (Method::GET, "/employer/jobs/new", "", ORGANISERS),
        (Method::GET, "/employer/jobs/{own_job}", "", ORGANISERS),
        (Method::GET, "/employer/jobs/{own_job}/edit", "", ORGANISERS),
        (Method::GET, "/employer/jobs/{job}", "", NOBODY),
        (Method::GET, "/employer/jobs/{job}/edit", "", NOBODY),
        (Method::POST, "/api/job-save", "", ORGANISERS),
        (Method::POST, "/api/job-save", "job={job}", NOBODY),
        (
            Method::POST,
            "/api/job-publish",
            "job={own_job}",
            ORGANISERS,
        ),
        (Method::POST, "/api/job-close", "job={own_job}", ORGANISERS),
        (Method::POST, "/api/job-publish", "job={job}", NOBODY),
        (Method::POST, "/api/job-close", "job={job}", NOBODY),
        (Method::GET, "/jobs", "", JOBSEEKERS),
        (Method::GET, "/jobs/mine", "", JOBSEEKERS),
        (Method::GET, "/cv", "", JOBSEEKERS),
        (Method::POST, "/api/cv-save", "locale=fi", JOBSEEKERS),
        (Method::GET, "/jobs/{open_job}", "", JOBSEEKERS),
        (Method::GET, "/jobs/{job}", "", NOBODY),
        (
            Method::POST,
            "/api/saved-job-add",
            "job={open_job}",
            JOBSEEKERS,
        ),
        (
            Method::POST,
            "/api/saved-job-remove",
            "job={open_job}",
            JOBSEEKERS,
        ),
        (
            Method::POST,
            "/api/job-interest",
            "job={open_job}",
            JOBSEEKERS,
        ),
        (Method::POST, "/api/job-interest", "job={job}", NOBODY),
        (
            Method::POST,
            "/api/job-share-stop",
            "job={open_job}",
            JOBSEEKERS,
        ),
        (
            Method::POST,
            "/api/job-interest-withdraw",
            "job={open_job}",
            JOBSEEKERS,
        ),
        (
            Method::GET,
            "/coach/jobseekers/{jobseeker}/jobs",
            "",
            THEIR_COACH,
        ),
        (Method::GET, "/coach/jobs", "", COACHES),
        (Method::GET, "/coach/jobs/{open_job}", "", COACHES),
        (Method::GET, "/coach/jobs/{job}", "", NOBODY),
        (
            Method::POST,
            "/api/job-propose",
            "jobseeker={jobseeker}&job={open_job}",
            THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/job-gap-to-plan",
            "jobseeker={jobseeker}&job={open_job}&need=skill:operate-forklift",
            THEIR_COACH,
        ),
        (
            Method::POST,
            "/api/candidate-stage",
            "job={job}&candidate={jobseeker}&stage=hired",
            NOBODY,
        ),
        (
            Method::GET,
            "/employer/jobs/{job}/candidates/{jobseeker}",
            "",
            NOBODY,
        ),
        (Method::GET, "/employers", "", EMPLOYER_KEEPERS),
        (Method::GET, "/employers/{employer}", "", EMPLOYER_KEEPERS),
        (Method::POST, "/api/create-employer", "", EMPLOYER_KEEPERS),
        (
            Method::POST,
            "/api/add-employer-staff",
            "employer={employer}",
            EMPLOYER_KEEPERS,
        ),
        (
            Method::POST,
            "/api/remove-employer-staff",
            "employer={employer}&account={organiser}",
            EMPLOYER_KEEPERS,
        ),
        // Deactivates an account no other row uses.
        (
            Method::POST,
            "/api/set-active",
            "account={leaver}&active=no",
            ADMINS,
        ),
    ]
}

/// The people of the matrix columns (by email), and the ids the
/// placeholders of paths and bodies stand for.
struct People {
    emails: [Option<&'static str>; 7],
    /// `{unsubscribe}`: the key of "jobseeker"'s one-click stop links.
    unsubscribe: String,
    ids: Vec<(&'static str, i64)>,
}

impl People {
    /// `text` with its placeholders filled in (`{today}` is today's date).
    fn fill(&self, text: &str) -> String {
        let today = app::i18n::helsinki_today().to_string();
        let text = text
            .replace("{today}", &today)
            .replace("{unsubscribe}", &self.unsubscribe);
        self.ids.iter().fold(text, |text, (name, id)| {
            text.replace(&format!("{{{name}}}"), &id.to_string())
        })
    }
}

async fn people(pool: &PgPool) -> People {
    load_modules(pool).await;
    let jobseeker = create_account(pool, Role::Jobseeker, "jobseeker@example.fi").await;
    let other = create_account(pool, Role::Jobseeker, "other-jobseeker@example.fi").await;
    let coach = create_account(pool, Role::Coach, "coach@example.fi").await;
    let other_coach = create_account(pool, Role::Coach, "other-coach@example.fi").await;
    let organiser = create_account(pool, Role::Organiser, "organiser@example.fi").await;
    create_account(pool, Role::Admin, "admin@example.fi").await;
    let leaver = create_account(pool, Role::Organiser, "leaver@example.fi").await;
    assign_to_coach(pool, jobseeker, coach).await;
    assign_to_coach(pool, other, other_coach).await;
    let emails = [
        None,
        Some("jobseeker@example.fi"),
        Some("other-jobseeker@example.fi"),
        Some("coach@example.fi"),
        Some("other-coach@example.fi"),
        Some("organiser@example.fi"),
        Some("admin@example.fi"),
    ];
    let assessment = submit_digcomp(pool, jobseeker, 3, &[]).await;
    let event = published_event(pool, Some(10), None).await.event_id;
    let own_event = published_event(pool, Some(10), None).await.event_id;
    sqlx::query("update event set organiser_id = $1, status = 'draft' where event_id = $2")
        .bind(organiser)
        .bind(own_event)
        .execute(pool)
        .await
        .expect("the organiser's draft");
    let own_signup: i64 = sqlx::query_scalar(
        "insert into event_signup (event_id, account_id, status, confirmed_at)
         values ($1, $2, 'confirmed', now()) returning signup_id",
    )
    .bind(own_event)
    .bind(other)
    .fetch_one(pool)
    .await
    .expect("a place at the organiser's event");
    let goal: i64 = sqlx::query_scalar(
        "insert into plan_goal (account_id, what) values ($1, 'A job') returning goal_id",
    )
    .bind(jobseeker)
    .fetch_one(pool)
    .await
    .expect("a goal");
    let step: i64 = sqlx::query_scalar(
        "insert into plan_step (account_id, goal_id, what, who) values ($1, $2, 'Write a CV', 'jobseeker') returning step_id",
    )
    .bind(jobseeker)
    .bind(goal)
    .fetch_one(pool)
    .await
    .expect("a step");
    let note: i64 = sqlx::query_scalar(
        "insert into coach_note (account_id, written_by, body) values ($1, $2, 'Seemed tired') returning note_id",
    )
    .bind(jobseeker)
    .bind(coach)
    .fetch_one(pool)
    .await
    .expect("a note");
    let outcome: i64 = sqlx::query_scalar(
        "insert into outcome (account_id, recorded_by, situation, since)
         values ($1, $2, 'training', '2026-09-01') returning outcome_id",
    )
    .bind(jobseeker)
    .bind(coach)
    .fetch_one(pool)
    .await
    .expect("an outcome");
    let experience: i64 = sqlx::query_scalar(
        "insert into experience (account_id, kind, description)
         values ($1, 'work', 'Siivosin toimistoja') returning experience_id",
    )
    .bind(jobseeker)
    .fetch_one(pool)
    .await
    .expect("an experience");
    let employer: i64 = sqlx::query_scalar(
        "with employer as (insert into employer (name) values ('Varasto Oy') returning employer_id)
         insert into employer_member (employer_id, account_id)
         select employer_id, $1 from employer returning employer_id",
    )
    .bind(organiser)
    .fetch_one(pool)
    .await
    .expect("an employer with the organiser on its staff");
    let [own_job, job] = [Some(employer), None].map(|staff_of| async move {
        sqlx::query_scalar::<_, i64>(
            "with other as (insert into employer (name) select 'Muu Oy ' || gen_random_uuid()
                            where $1::bigint is null returning employer_id),
                  job as (insert into job (employer_id, kind, occupation_id, form)
                          select coalesce($1, (select employer_id from other)), 'job',
                                 'building-cleaner', 'part-time'
                          returning job_id),
                  text as (insert into job_text (job_id, locale, title, description)
                           select job_id, 'fi', 'Siivooja', 'Siivousta.' from job)
             select job_id from job",
        )
        .bind(staff_of)
        .fetch_one(pool)
        .await
        .expect("a job")
    });
    let (own_job, job) = (own_job.await, job.await);
    let open_job: i64 = sqlx::query_scalar(
        "with job as (insert into job (employer_id, kind, status, occupation_id, form, published_at)
                      select employer_id, 'job', 'published', 'building-cleaner', 'part-time', now()
                      from job where job_id = $1
                      returning job_id),
              text as (insert into job_text (job_id, locale, title, description)
                       select job_id, 'fi', 'Siivooja', 'Siivousta.' from job),
              skill as (insert into job_skill (job_id, skill_id, must)
                        select job_id, 'operate-forklift', true from job)
         select job_id from job",
    )
    .bind(job)
    .fetch_one(pool)
    .await
    .expect("an open job");
    let [meeting, held_meeting, gone_meeting] =
        [("2 days", false), ("-2 days", true), ("3 days", false)].map(|(when, held)| async move {
            sqlx::query_scalar::<_, i64>(
                "insert into meeting (coach_id, starts_at, ends_at, mode, jobseeker_id, booked_at)
                 select $1, now() + $2::interval, now() + $2::interval + interval '45 minutes',
                        'phone', case when $3 then $4::bigint end, case when $3 then now() end
                 returning meeting_id",
            )
            .bind(coach)
            .bind(when)
            .bind(held)
            .bind(jobseeker)
            .fetch_one(pool)
            .await
            .expect("a meeting")
        });
    let (meeting, held_meeting, gone_meeting) =
        (meeting.await, held_meeting.await, gone_meeting.await);
    let checkin: i64 = sqlx::query_scalar(
        "insert into follow_along (account_id, kind, due_on) values ($1, 'agreed', current_date)
         returning checkin_id",
    )
    .bind(jobseeker)
    .fetch_one(pool)
    .await
    .expect("a check-in");
    let search_entry: i64 = sqlx::query_scalar(
        "insert into job_search_entry (account_id, kind, happened_on, employer)
         values ($1, 'application', current_date, 'Kahvila Oy') returning entry_id",
    )
    .bind(jobseeker)
    .fetch_one(pool)
    .await
    .expect("a job-search entry");
    let file_message: i64 = sqlx::query_scalar(
        "with sent as (
             insert into message (account_id, written_by, from_jobseeker, body, sent_key)
             values ($1, $1, true, '', gen_random_uuid()) returning message_id)
         insert into message_attachment
             (message_id, file_name, content_type, byte_size, sha256, data)
         select message_id, 'scan.png', 'image/png', 4, sha256('\\x89504e47'), '\\x89504e47'
         from sent returning message_id",
    )
    .bind(jobseeker)
    .fetch_one(pool)
    .await
    .expect("a message with a file");
    let unsubscribe: String =
        sqlx::query_scalar("select unsubscribe_key::text from account where account_id = $1")
            .bind(jobseeker)
            .fetch_one(pool)
            .await
            .expect("the jobseeker's link key");
    People {
        emails,
        unsubscribe,
        ids: vec![
            ("held_meeting", held_meeting),
            ("checkin", checkin),
            ("search_entry", search_entry),
            ("file_message", file_message),
            ("gone_meeting", gone_meeting),
            ("meeting", meeting),
            ("experience", experience),
            ("note", note),
            ("outcome", outcome),
            ("goal", goal),
            ("step", step),
            ("jobseeker", jobseeker),
            ("coach", coach),
            ("assessment", assessment),
            ("own_event", own_event),
            ("own_signup", own_signup),
            ("event", event),
            ("leaver", leaver),
            ("employer", employer),
            ("organiser", organiser),
            ("own_job", own_job),
            ("job", job),
            ("open_job", open_job),
        ],
    }
}

/// The smallest PNG a form with a file carries.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

/// A post of the URL-encoded `body` to `path` as its form sends it: the
/// forms with a file as `multipart/form-data`, with a small photo.
fn post(path: &str, body: &str, plain: bool) -> axum::http::Request<axum::body::Body> {
    if !app::messages::FILE_ENDPOINTS.contains(&path) {
        return form_post(path, body, plain);
    }
    let fields = fields_of(body);
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    multipart_post(path, &fields, Some(("file", "scan.png", PNG)), plain)
}

/// Refused means 401/403, 404 for something outside the caller's scope, or a
/// page that sends the person to sign in.
fn is_refused(status: StatusCode, location: &str) -> bool {
    matches!(
        status,
        StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN | StatusCode::NOT_FOUND
    ) || (status == StatusCode::FOUND && location.starts_with("/sign-in"))
}

#[sqlx::test]
async fn every_server_function_and_protected_page_allows_exactly_its_roles(pool: PgPool) {
    let people = people(&pool).await;
    let mut wrong = Vec::new();
    for (method, path, body, allowed) in matrix() {
        for ((actor, email), allow) in ACTORS.iter().zip(people.emails).zip(allowed) {
            // A fresh app per cell: its own rate limits, and a sign-out in one
            // cell cannot end the session of the next.
            let app = test_app(pool.clone(), false);
            let path = people.fill(path);
            let request = match method {
                Method::GET => get(&path, &[(header::ACCEPT, "text/html")]),
                _ => post(&path, &people.fill(body), false),
            };
            let request = match email {
                Some(email) => with_cookie(request, &sign_in(&app, email).await),
                None => request,
            };
            let response = send(&app, request).await;
            let status = response.status();
            assert!(
                !status.is_server_error(),
                "{method} {path} as {actor}: {status}"
            );
            let refused = is_refused(status, &header_of(&response, header::LOCATION));
            if refused == allow {
                wrong.push(format!("{method} {path} as {actor}: {status}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "unexpected answers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_server_function_has_a_row_in_the_matrix() {
    let listed: Vec<&str> = matrix()
        .iter()
        .map(|(_, path, _, _)| path.split('?').next().unwrap_or(path))
        .collect();
    let registered: Vec<&str> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path)
        .collect();
    assert!(
        registered.contains(&"/api/create-invitation"),
        "registry read: {registered:?}"
    );
    let missing: Vec<&&str> = registered
        .iter()
        .filter(|path| !listed.contains(path))
        .collect();
    assert!(
        missing.is_empty(),
        "server functions without an authorization row: {missing:?}"
    );
}

/// Every name a form or server function reads, so a bad value reaches each
/// one. Placeholders of a row (ids) stay as the row gives them, so the checks
/// behind the role check run too.
const FIELD_NAMES: &[&str] = &[
    "access",
    "account",
    "action",
    "active",
    "address",
    "adjust",
    "answer",
    "answer1",
    "answer2",
    "answer_id",
    "apply_by",
    "apply_url",
    "arrived",
    "birth_year",
    "body",
    "business_id",
    "capacity",
    "cert",
    "certificate",
    "choices",
    "coach",
    "coach_name",
    "code",
    "comment",
    "confirm",
    "consent",
    "contact",
    "current_password",
    "date",
    "deadline_date",
    "deadline_time",
    "description",
    "description_en",
    "description_fi",
    "description_sv",
    "display_name",
    "done",
    "due_on",
    "email",
    "employer",
    "end",
    "event",
    "experience",
    "finnish",
    "finnish_level",
    "form",
    "format",
    "framework",
    "from",
    "gender",
    "goal",
    "helpful",
    "hours",
    "how_to_apply",
    "job",
    "key",
    "kind",
    "lang",
    "lang1",
    "lang2",
    "language",
    "languages",
    "level",
    "level1",
    "level2",
    "locale",
    "mode",
    "module",
    "municipality",
    "name",
    "new_password",
    "next",
    "note",
    "occupation",
    "online_url",
    "outcome",
    "page",
    "password",
    "period",
    "phone",
    "place",
    "remote",
    "role",
    "scope",
    "search",
    "seating",
    "sector",
    "share",
    "share_contact",
    "shared",
    "signup",
    "since",
    "situation",
    "skill",
    "skills",
    "slot",
    "slot_minutes",
    "slot_seats",
    "start",
    "start_on",
    "statement",
    "status",
    "step",
    "team",
    "text",
    "then",
    "title_en",
    "title_fi",
    "title_sv",
    "until",
    "valid_until",
    "value",
    "what",
    "who",
];

/// Values no form expects, percent-encoded as a browser or script sends them.
fn bad_values() -> Vec<(&'static str, String)> {
    vec![
        ("empty", String::new()),
        ("NUL", "Maija%00Virtanen".into()),
        ("controls", "a%01%07%08%1B%5B31m%7F%C2%85b".into()),
        (
            "bidi override",
            "%E2%80%AEnenatriV%E2%81%A6x%E2%81%A9".into(),
        ),
        ("invalid UTF-8", "%FF%FE%C3%28".into()),
        ("negative", "-1".into()),
        ("overflowing", "-99999999999999999999999".into()),
        ("huge number", "1e309".into()),
        ("wrong type", "%5B%7B%7D%5D".into()),
        ("far-off year", "-9999-01-01".into()),
        // Longer than any field allows, yet the whole form under the body cap.
        ("long", "x".repeat(3000)),
        // The whole form about 1 MB: refused before anything reads it.
        ("1 MB", "a".repeat(1024 * 1024 / FIELD_NAMES.len() + 1)),
    ]
}

/// Text that must never be stored: control characters other than line
/// breaks and tabs, and bidirectional embeddings, overrides and isolates.
const STORED_CONTROL: &str =
    "[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]";

#[sqlx::test]
async fn bad_input_to_every_server_function_is_refused_cleanly_as_every_role(pool: PgPool) {
    let people = people(&pool).await;
    let mut wrong = Vec::new();
    for (method, path, body, allowed) in matrix() {
        if method != Method::POST {
            continue;
        }
        for ((actor, email), allow) in ACTORS.iter().zip(people.emails).zip(allowed) {
            if !allow {
                continue;
            }
            let app = test_app(pool.clone(), false);
            let cookie = match email {
                Some(email) => Some(sign_in(&app, email).await),
                None => None,
            };
            let body = people.fill(body);
            let given: Vec<&str> = body
                .split('&')
                .filter_map(|p| p.split('=').next())
                .collect();
            for (kind, value) in bad_values() {
                let mut form: Vec<String> = FIELD_NAMES
                    .iter()
                    .filter(|name| !given.contains(name))
                    .map(|name| format!("{name}={value}"))
                    .collect();
                if !body.is_empty() {
                    form.push(body.clone());
                }
                for plain in [false, true] {
                    let request = post(&people.fill(path), &form.join("&"), plain);
                    let request = match &cookie {
                        Some(cookie) => with_cookie(request, cookie),
                        None => request,
                    };
                    let response = send(&app, request).await;
                    let status = response.status();
                    if status.is_server_error() {
                        wrong.push(format!(
                            "{path} as {actor}, {kind} (plain {plain}): {status}"
                        ));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "server errors:\n{}", wrong.join("\n"));
    let stored = stored_control_characters(&pool).await;
    assert!(
        stored.is_empty(),
        "stored with control characters: {stored:?}"
    );
}

/// (table, column) of every text value in the database holding a character
/// of [`STORED_CONTROL`].
async fn stored_control_characters(pool: &PgPool) -> Vec<(String, String)> {
    let columns: Vec<(String, String)> = sqlx::query_as(
        "select table_name::text, column_name::text from information_schema.columns
         where table_schema = 'public' and data_type in ('text', 'character varying', 'USER-DEFINED')
           and udt_name in ('text', 'varchar', 'citext')",
    )
    .fetch_all(pool)
    .await
    .expect("columns");
    let mut found = Vec::new();
    for (table, column) in columns {
        let query = format!(
            "select exists (select 1 from \"{table}\" where \"{column}\"::text ~ '{STORED_CONTROL}')"
        );
        let any: bool = sqlx::query_scalar(&query)
            .fetch_one(pool)
            .await
            .expect("checked");
        if any {
            found.push((table, column));
        }
    }
    found
}

/// `name=value` pairs of a form, with `{placeholders}`.
type Fields = Vec<(&'static str, &'static str)>;

/// Valid forms of the richest server functions, each with the column of
/// someone allowed to post it.
fn valid_forms() -> Vec<(&'static str, usize, Fields)> {
    const JOBSEEKER: usize = 1;
    const COACH: usize = 3;
    const ORGANISER: usize = 5;
    vec![
        (
            "/api/update-details",
            JOBSEEKER,
            vec![
                ("display_name", "Maija Meikäläinen"),
                ("email", "jobseeker@example.fi"),
                ("phone", ""),
                ("birth_year", "1985"),
                ("gender", "female"),
                ("current_password", ""),
            ],
        ),
        (
            "/api/feedback",
            JOBSEEKER,
            vec![("page", "/"), ("helpful", "no"), ("comment", "Too long")],
        ),
        (
            "/api/module-answer",
            JOBSEEKER,
            vec![
                ("module", "strengths"),
                ("step", "my-strength"),
                ("answer_id", "6f1c2a53-8a43-4c39-9c52-3c1f1d5c0a77"),
                ("text", "Patient"),
                ("shared", "yes"),
                ("given_ms_ago", "1000"),
            ],
        ),
        (
            "/api/plan-add-step",
            COACH,
            vec![
                ("jobseeker", "{jobseeker}"),
                ("what", "Write a CV"),
                ("who", "jobseeker"),
                ("due_on", "24.12.2026"),
                ("goal", "{goal}"),
            ],
        ),
        (
            "/api/add-note",
            COACH,
            vec![
                ("jobseeker", "{jobseeker}"),
                ("body", "Seemed tired"),
                ("shared", "yes"),
            ],
        ),
        (
            "/api/meeting-outcome",
            COACH,
            vec![
                ("jobseeker", "{jobseeker}"),
                ("meeting", "{held_meeting}"),
                ("outcome", "Agreed to apply to Lidl."),
                ("what", "Send the CV to Lidl"),
            ],
        ),
        (
            "/api/send-message",
            JOBSEEKER,
            vec![
                ("body", "Can we meet on Monday?"),
                ("key", "0b0c6f0e-3f43-4c39-9c52-3c1f1d5c0a77"),
            ],
        ),
        ("/api/coach-away", COACH, vec![("until", "{today}")]),
        (
            "/api/send-message-file",
            JOBSEEKER,
            vec![
                ("body", "My certificate"),
                ("key", "1f0c6f0e-3f43-4c39-9c52-3c1f1d5c0a77"),
            ],
        ),
        (
            "/api/send-coach-message-file",
            COACH,
            vec![
                ("jobseeker", "{jobseeker}"),
                ("body", "The form to fill in"),
                ("key", "2f7e1a0b-8a43-4c39-9c52-3c1f1d5c0a77"),
            ],
        ),
        (
            "/api/send-coach-message",
            COACH,
            vec![
                ("jobseeker", "{jobseeker}"),
                ("body", "Yes, at ten."),
                ("key", "5d7e1a0b-8a43-4c39-9c52-3c1f1d5c0a77"),
            ],
        ),
        (
            "/api/record-outcome",
            COACH,
            vec![
                ("jobseeker", "{jobseeker}"),
                ("situation", "training"),
                ("since", "1.9.2026"),
            ],
        ),
        (
            "/api/correct-note",
            COACH,
            vec![
                ("jobseeker", "{jobseeker}"),
                ("note", "{note}"),
                ("body", "Seemed tired, said so herself"),
                ("shared", "yes"),
            ],
        ),
        (
            "/api/correct-outcome",
            COACH,
            vec![
                ("jobseeker", "{jobseeker}"),
                ("outcome", "{outcome}"),
                ("situation", "employed_part_time"),
                ("since", "2.9.2026"),
            ],
        ),
        ("/api/event-save", ORGANISER, support::EVENT_FORM.to_vec()),
        (
            "/api/job-interest",
            JOBSEEKER,
            vec![("job", "{open_job}"), ("share", "yes")],
        ),
        (
            "/api/job-save",
            ORGANISER,
            vec![
                ("employer", "{employer}"),
                ("kind", "job"),
                ("title_fi", "Siivooja"),
                ("description_fi", "Siivousta iltaisin."),
                ("title_sv", "Städare"),
                ("description_sv", "Städning på kvällar."),
                ("occupation", "building-cleaner"),
                ("municipality", "Vantaa"),
                ("form", "part-time"),
                ("hours", "17–21"),
                ("finnish", "required"),
                ("finnish_level", "A2"),
                ("lang1", "en"),
                ("level1", "B1"),
                ("skill[clean-floors]", "must"),
                ("cert[hygiene-passport]", "yes"),
                ("adjust[mentor]", "yes"),
                ("start_on", "1.2.2027"),
                ("apply_by", "31.1.2027"),
                ("how_to_apply", "Soita."),
                ("apply_url", "https://example.fi/hae"),
            ],
        ),
        (
            "/api/add-employer-staff",
            COACH,
            vec![
                ("employer", "{employer}"),
                ("display_name", "Uuno Uusi"),
                ("email", "uuno@example.fi"),
            ],
        ),
    ]
}

/// A check early in a form (an email, a date) could shield the fields after
/// it from the sweep above, which sets every field to the same bad value:
/// here each field of a valid form gets each bad value alone.
#[sqlx::test]
async fn one_bad_field_in_an_otherwise_valid_form_is_refused_cleanly(pool: PgPool) {
    let people = people(&pool).await;
    let mut wrong = Vec::new();
    for (path, actor, fields) in valid_forms() {
        let app = test_app(pool.clone(), false);
        let email = people.emails[actor].expect("a signed-in actor");
        let cookie = sign_in(&app, email).await;
        let encode =
            |text: &str| form_urlencoded::byte_serialize(text.as_bytes()).collect::<String>();
        for (bad_field, _) in &fields {
            for (kind, bad) in bad_values() {
                let form: Vec<String> = fields
                    .iter()
                    .map(|(name, value)| {
                        let value = if name == bad_field {
                            bad.clone()
                        } else {
                            encode(&people.fill(value))
                        };
                        format!("{}={value}", encode(name))
                    })
                    .collect();
                for plain in [false, true] {
                    let request = with_cookie(post(path, &form.join("&"), plain), &cookie);
                    let status = send(&app, request).await.status();
                    if status.is_server_error() {
                        wrong.push(format!(
                            "{path}: {bad_field} {kind} (plain {plain}): {status}"
                        ));
                    }
                }
            }
        }
        // The valid form itself is accepted, so the others were refused for
        // their one bad field, not for something else.
        // A message form's key names one message, which a bad body above
        // may have become: the valid form is a new one (and each form's a
        // different one: both sides write in one conversation).
        let valid: Vec<String> = fields
            .iter()
            .map(|(name, value)| match *name {
                "key" => format!("key=7a6c1e52-0d1f-4b8e-9d2a-{:012}", path.len()),
                _ => format!("{}={}", encode(name), encode(&people.fill(value))),
            })
            .collect();
        let status = send(
            &app,
            with_cookie(post(path, &valid.join("&"), false), &cookie),
        )
        .await
        .status();
        if status != StatusCode::OK {
            wrong.push(format!("{path}: the valid form got {status}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "unexpected answers:\n{}",
        wrong.join("\n")
    );
    let stored = stored_control_characters(&pool).await;
    assert!(
        stored.is_empty(),
        "stored with control characters: {stored:?}"
    );
}
