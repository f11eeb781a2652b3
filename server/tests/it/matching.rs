//! "Jobs for you": open jobs ranked by how well they fit a jobseeker's
//! skills, cards and languages, never by who they are; saved jobs; and "I'm
//! interested", which the coach sees and the employer only with consent.

use crate::support;

use app::accounts::Role;
use axum::Router;
use sqlx::PgPool;
use support::{
    assign_to_coach, create_account, get, header_of, load_modules, page, post_as, send, sign_in,
    test_app, text, with_cookie,
};

/// A job of a new employer named `employer`, in `status`, asking for
/// `must` and `nice` skills; its id.
async fn job(
    pool: &PgPool,
    employer: &str,
    title: &str,
    status: &str,
    must: &[&str],
    nice: &[&str],
) -> i64 {
    let employer: i64 =
        sqlx::query_scalar("insert into employer (name) values ($1) returning employer_id")
            .bind(employer)
            .fetch_one(pool)
            .await
            .expect("employer");
    let job: i64 = sqlx::query_scalar(
        "insert into job (employer_id, kind, status, occupation_id, municipality, form,
                          finnish_required, published_at, closed_at)
         values ($1, 'job', $2, 'building-cleaner', 'Vantaa', 'part-time', false,
                 case when $2 <> 'draft' then now() end, case when $2 = 'closed' then now() end)
         returning job_id",
    )
    .bind(employer)
    .bind(status)
    .fetch_one(pool)
    .await
    .expect("job");
    sqlx::query(
        "insert into job_text (job_id, locale, title, description) values ($1, 'fi', $2, 'Työtä.')",
    )
    .bind(job)
    .bind(title)
    .execute(pool)
    .await
    .expect("text");
    for (skills, must) in [(must, true), (nice, false)] {
        for skill in skills {
            sqlx::query("insert into job_skill (job_id, skill_id, must) values ($1, $2, $3)")
                .bind(job)
                .bind(skill)
                .bind(must)
                .execute(pool)
                .await
                .expect("skill");
        }
    }
    job
}

/// Maija, a jobseeker who has cleaned floors, signed in.
async fn maija_signed_in(pool: &PgPool) -> (Router, String, i64) {
    load_modules(pool).await;
    let maija = create_account(pool, Role::Jobseeker, "maija@example.fi").await;
    let experience: i64 = sqlx::query_scalar(
        "insert into experience (account_id, kind, description) values ($1, 'work', 'Siivosin toimistoja')
         returning experience_id",
    )
    .bind(maija)
    .fetch_one(pool)
    .await
    .expect("experience");
    sqlx::query(
        "insert into experience_skill (experience_id, skill_id) values ($1, 'clean-floors')",
    )
    .bind(experience)
    .execute(pool)
    .await
    .expect("skill");
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "maija@example.fi").await;
    (app, cookie, maija)
}

/// Where `needle` is on `page`, which must hold it.
fn at(page: &str, needle: &str) -> usize {
    page.find(needle)
        .unwrap_or_else(|| panic!("{needle} not on the page: {page}"))
}

#[sqlx::test]
async fn jobs_fit_best_first_each_saying_what_the_person_has_and_lacks(pool: PgPool) {
    let (app, cookie, _) = maija_signed_in(&pool).await;
    let fits = job(
        &pool,
        "Siivous Oy",
        "Toimistosiivooja",
        "published",
        &["clean-floors"],
        &[],
    )
    .await;
    let half = job(
        &pool,
        "Varasto Oy",
        "Varastotyöntekijä",
        "published",
        &["clean-floors", "operate-forklift"],
        &[],
    )
    .await;
    job(&pool, "Luonnos Oy", "Keskeneräinen", "draft", &[], &[]).await;
    job(&pool, "Suljettu Oy", "Päättynyt", "closed", &[], &[]).await;
    let listed = page(&app, &cookie, "/jobs").await;
    assert!(at(&listed, "Toimistosiivooja") < at(&listed, "Varastotyöntekijä"));
    assert!(!listed.contains("Keskeneräinen") && !listed.contains("Päättynyt"));
    assert!(listed.contains("2 jobs found"), "{listed}");
    assert!(listed.contains("Fits you: 100 out of 100."), "{listed}");
    // Half the must-haves: 25 of their 50 points, and the other parts in full.
    assert!(listed.contains("Fits you: 75 out of 100."), "{listed}");
    assert!(at(&listed, "You would still need:") < at(&listed, "Driving a forklift"));
    // The job's page names what is had and links each gap to where it is built.
    let one = page(&app, &cookie, &format!("/jobs/{half}")).await;
    assert!(one.contains("Cleaning floors"), "{one}");
    assert!(one.contains(r#"href="/experience/new""#), "{one}");
    assert_eq!(
        send(
            &app,
            with_cookie(get(&format!("/jobs/{fits}"), &[]), &cookie)
        )
        .await
        .status(),
        200
    );
    // A draft or closed job is not there for anyone who did not keep it.
    let draft: i64 = sqlx::query_scalar("select job_id from job where status = 'draft'")
        .fetch_one(&pool)
        .await
        .expect("draft");
    let closed: i64 = sqlx::query_scalar("select job_id from job where status = 'closed'")
        .fetch_one(&pool)
        .await
        .expect("closed");
    for hidden in [draft, closed] {
        let response = send(
            &app,
            with_cookie(get(&format!("/jobs/{hidden}"), &[]), &cookie),
        )
        .await;
        assert_eq!(response.status(), 404);
    }
    // Filters narrow the list: no job is a work task, and none is in Turku.
    for filter in ["kind=work-task", "place=Turku"] {
        let narrowed = page(&app, &cookie, &format!("/jobs?{filter}")).await;
        assert!(
            narrowed.contains("No open jobs with these choices"),
            "{filter}"
        );
    }
    let vantaa = page(
        &app,
        &cookie,
        "/jobs?place=vantaa&finnish=no&field=cleaning",
    )
    .await;
    assert!(vantaa.contains("2 jobs found"), "{vantaa}");
    // Nonsense in the address is ignored, not an error.
    let odd = page(&app, &cookie, "/jobs?field=%00&form=%FF&page=-3").await;
    assert!(odd.contains("2 jobs found"), "{odd}");
    support::assert_skill_sets_current(&pool).await;
}

#[sqlx::test]
async fn age_gender_and_birth_year_change_no_score(pool: PgPool) {
    let (app, cookie, maija) = maija_signed_in(&pool).await;
    job(
        &pool,
        "Siivous Oy",
        "Toimistosiivooja",
        "published",
        &["clean-floors"],
        &["clean-surfaces"],
    )
    .await;
    job(
        &pool,
        "Varasto Oy",
        "Varastotyöntekijä",
        "published",
        &["operate-forklift"],
        &[],
    )
    .await;
    let before = page(&app, &cookie, "/jobs").await;
    for (birth_year, gender) in [
        (Some(1958), Some("female")),
        (Some(2004), Some("male")),
        (None, Some("other")),
        (None, None),
    ] {
        sqlx::query("update account set birth_year = $2, gender = $3 where account_id = $1")
            .bind(maija)
            .bind(birth_year)
            .bind(gender)
            .execute(&pool)
            .await
            .expect("changed");
        let after = page(&app, &cookie, "/jobs").await;
        assert_eq!(
            main_of(&before),
            main_of(&after),
            "{birth_year:?} {gender:?}"
        );
    }
}

/// The page's main content: what matching shows.
fn main_of(page: &str) -> &str {
    let start = at(page, "<main");
    let end = at(page, "</main>");
    &page[start..end]
}

#[sqlx::test]
async fn interest_reaches_the_coach_and_the_employer_only_with_consent(pool: PgPool) {
    let (app, cookie, maija) = maija_signed_in(&pool).await;
    let coach = create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    assign_to_coach(&pool, maija, coach).await;
    let wanted = job(
        &pool,
        "Siivous Oy",
        "Toimistosiivooja",
        "published",
        &["clean-floors"],
        &[],
    )
    .await;
    let body = format!("job={wanted}");
    let response = post_as(&app, &cookie, "/api/job-interest", &body).await;
    assert!(
        header_of(&response, axum::http::header::LOCATION).starts_with(&format!("/jobs/{wanted}"))
    );
    let consents = || async {
        sqlx::query_as::<_, (bool,)>(
            "select revoked_at is null from profile_share where job_id = $1 order by share_id",
        )
        .bind(wanted)
        .fetch_all(&pool)
        .await
        .expect("consents")
        .into_iter()
        .map(|(live,)| live)
        .collect::<Vec<_>>()
    };
    assert_eq!(
        consents().await,
        Vec::<bool>::new(),
        "no consent without the box ticked"
    );
    // The coach sees it on the person's page.
    let kaisa = sign_in(&app, "kaisa@example.fi").await;
    let person = page(&app, &kaisa, &format!("/coach/jobseekers/{maija}?lang=en")).await;
    assert!(
        person.contains("<bdi lang=\"fi\">Toimistosiivooja</bdi> (<bdi>Siivous Oy</bdi>)"),
        "the title in its own language: {person}"
    );
    // Consent given later, then stopped: each step kept with its time.
    post_as(
        &app,
        &cookie,
        "/api/job-interest",
        &format!("job={wanted}&share=yes"),
    )
    .await;
    assert_eq!(consents().await, vec![true]);
    let mine = page(&app, &cookie, "/jobs/mine").await;
    assert!(
        mine.contains("Siivous Oy has seen your skills for this job since"),
        "{mine}"
    );
    post_as(
        &app,
        &cookie,
        "/api/job-share-stop",
        &format!("job={wanted}&from=mine"),
    )
    .await;
    assert_eq!(consents().await, vec![false]);
    post_as(
        &app,
        &cookie,
        "/api/job-interest",
        &format!("job={wanted}&share=yes"),
    )
    .await;
    assert_eq!(consents().await, vec![false, true]);
    // Taking the interest back ends the consent too.
    post_as(&app, &cookie, "/api/job-interest-withdraw", &body).await;
    assert_eq!(consents().await, vec![false, false]);
    let left: i64 = sqlx::query_scalar("select count(*) from job_candidate")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(left, 0);
    // Nor does one whose last day to apply has passed, though still published.
    let late = job(&pool, "Myöhä Oy", "Myöhästynyt", "published", &[], &[]).await;
    sqlx::query("update job set apply_by = current_date - 2 where job_id = $1")
        .bind(late)
        .execute(&pool)
        .await
        .expect("late");
    let refused = post_as(
        &app,
        &cookie,
        "/api/job-interest?lang=en",
        &format!("job={late}"),
    )
    .await;
    assert!(header_of(&refused, axum::http::header::LOCATION).ends_with("-error-summary"));
    assert_eq!(
        count(
            &pool,
            "select count(*) from job_candidate where job_id = $1",
            late
        )
        .await,
        0
    );
    // A closed job takes no interest.
    sqlx::query("update job set status = 'closed', closed_at = now() where job_id = $1")
        .bind(wanted)
        .execute(&pool)
        .await
        .expect("closed");
    let refused = post_as(
        &app,
        &cookie,
        "/api/job-interest?lang=en",
        &format!("job={wanted}&share=yes"),
    )
    .await;
    assert!(header_of(&refused, axum::http::header::LOCATION).ends_with("-error-summary"));
    assert_eq!(consents().await, vec![false, false]);
}

#[sqlx::test]
async fn a_saved_job_stays_listed_when_it_closes_and_saving_is_bounded(pool: PgPool) {
    let (app, cookie, maija) = maija_signed_in(&pool).await;
    let kept = job(
        &pool,
        "Siivous Oy",
        "Toimistosiivooja",
        "published",
        &[],
        &[],
    )
    .await;
    post_as(&app, &cookie, "/api/saved-job-add", &format!("job={kept}")).await;
    sqlx::query("update job set status = 'closed', closed_at = now() where job_id = $1")
        .bind(kept)
        .execute(&pool)
        .await
        .expect("closed");
    let mine = page(&app, &cookie, "/jobs/mine").await;
    assert!(
        mine.contains("Toimistosiivooja") && mine.contains("Closed"),
        "{mine}"
    );
    let one = page(&app, &cookie, &format!("/jobs/{kept}")).await;
    assert!(one.contains("This job is closed"), "{one}");
    // Someone who did not keep it finds nothing there.
    create_account(&pool, Role::Jobseeker, "pekka@example.fi").await;
    let pekka = sign_in(&app, "pekka@example.fi").await;
    let response = send(
        &app,
        with_cookie(get(&format!("/jobs/{kept}"), &[]), &pekka),
    )
    .await;
    assert_eq!(response.status(), 404);
    // At most 100 saved jobs: the 101st is refused in words.
    for n in 0..100 {
        let other = job(
            &pool,
            &format!("Työnantaja {n}"),
            "Työ",
            "published",
            &[],
            &[],
        )
        .await;
        sqlx::query("insert into saved_job (account_id, job_id) values ($1, $2)")
            .bind(maija)
            .bind(other)
            .execute(&pool)
            .await
            .ok();
    }
    let one_more = job(&pool, "Viimeinen Oy", "Työ", "published", &[], &[]).await;
    let refused = post_as(
        &app,
        &cookie,
        "/api/saved-job-add?lang=en",
        &format!("job={one_more}"),
    )
    .await;
    assert!(header_of(&refused, axum::http::header::LOCATION).ends_with("-error-summary"));
    let count: i64 = sqlx::query_scalar("select count(*) from saved_job where account_id = $1")
        .bind(maija)
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(count, 101, "the closed one and 100 more, no further");
    // Saved jobs, interests and consents are in "Download my data".
    let data = text(send(&app, with_cookie(get("/api/my-data", &[]), &cookie)).await).await;
    assert!(
        data.contains(r#""saved""#) && data.contains("Siivous Oy"),
        "{data}"
    );
}

/// Makes `organiser` staff of the employer of `job`.
async fn staff_of_job(pool: &PgPool, organiser: i64, job: i64) {
    sqlx::query(
        "insert into employer_member (employer_id, account_id)
         select employer_id, $2 from job where job_id = $1",
    )
    .bind(job)
    .bind(organiser)
    .execute(pool)
    .await
    .expect("staff");
}

async fn count(pool: &PgPool, sql: &str, id: i64) -> i64 {
    sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(pool)
        .await
        .expect("count")
}

#[sqlx::test]
async fn a_coach_suggests_a_job_and_plans_a_gap_and_the_employer_sees_only_who_agreed(
    pool: PgPool,
) {
    let (app, maija_cookie, maija) = maija_signed_in(&pool).await;
    let kaisa = create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    assign_to_coach(&pool, maija, kaisa).await;
    create_account(&pool, Role::Coach, "other@example.fi").await;
    let olli = create_account(&pool, Role::Organiser, "olli@example.fi").await;
    create_account(&pool, Role::Organiser, "outsider@example.fi").await;
    let wanted = job(
        &pool,
        "Varasto Oy",
        "Varastotyöntekijä",
        "published",
        &["clean-floors", "operate-forklift"],
        &[],
    )
    .await;
    staff_of_job(&pool, olli, wanted).await;
    let coach = sign_in(&app, "kaisa@example.fi").await;
    let other_coach = sign_in(&app, "other@example.fi").await;
    let employer = sign_in(&app, "olli@example.fi").await;
    let outsider = sign_in(&app, "outsider@example.fi").await;

    // The coach sees the job with what Maija lacks; the read is audited.
    let fits = page(&app, &coach, &format!("/coach/jobseekers/{maija}/jobs")).await;
    assert!(
        fits.contains("Varastotyöntekijä") && fits.contains("Driving a forklift"),
        "{fits}"
    );
    let audited =
        "select count(*) from audit_log where subject_id = $1 and detail = 'jobs that fit'";
    assert_eq!(count(&pool, audited, maija).await, 1);
    // A gap becomes a plan step in Maija's language (Finnish, whatever the
    // coach's), by her coach only.
    sqlx::query("update account set locale = 'fi' where account_id = $1")
        .bind(maija)
        .execute(&pool)
        .await
        .expect("Finnish");
    let gap = format!("jobseeker={maija}&job={wanted}&need=skill:operate-forklift");
    post_as(&app, &other_coach, "/api/job-gap-to-plan", &gap).await;
    post_as(
        &app,
        &coach,
        "/api/job-gap-to-plan",
        &format!("jobseeker={maija}&job={wanted}&need=skill:clean-floors"),
    )
    .await;
    post_as(&app, &coach, "/api/job-gap-to-plan", &gap).await;
    // Pressed again: said so, and not added twice.
    let again = post_as(&app, &coach, "/api/job-gap-to-plan", &gap).await;
    assert!(
        header_of(&again, axum::http::header::LOCATION).ends_with("-error-summary"),
        "{:?}",
        again.headers()
    );
    let steps: Vec<String> = sqlx::query_scalar("select what from plan_step where account_id = $1")
        .bind(maija)
        .fetch_all(&pool)
        .await
        .expect("steps");
    assert_eq!(
        steps,
        ["Trukin ajaminen – työhön Varastotyöntekijä, Varasto Oy"]
    );

    // From the job's side: the open jobs, and who on the caseload fits one.
    let open = page(&app, &coach, "/coach/jobs").await;
    assert!(open.contains(&format!("/coach/jobs/{wanted}")), "{open}");
    let fitting = page(&app, &coach, &format!("/coach/jobs/{wanted}")).await;
    assert!(
        fitting.contains("Maija") || fitting.contains(&format!("/coach/jobseekers/{maija}")),
        "{fitting}"
    );
    let shown =
        "select count(*) from audit_log where subject_id = $1 and detail like 'fit for job %'";
    assert_eq!(count(&pool, shown, maija).await, 1);
    let others = page(&app, &other_coach, &format!("/coach/jobs/{wanted}")).await;
    assert!(
        others.contains("Nobody is on your caseload yet.")
            && !others.contains(&format!("/coach/jobseekers/{maija}"))
    );

    // Suggested: Maija sees it; the employer sees nothing until she agrees.
    let propose = format!("jobseeker={maija}&job={wanted}");
    post_as(&app, &other_coach, "/api/job-propose", &propose).await;
    assert_eq!(
        count(
            &pool,
            "select count(*) from job_candidate where account_id = $1",
            maija
        )
        .await,
        0
    );
    post_as(&app, &coach, "/api/job-propose", &propose).await;
    let mine = page(&app, &maija_cookie, &format!("/jobs/{wanted}")).await;
    assert!(
        mine.contains("Your coach suggested this job to you on"),
        "{mine}"
    );
    let own_job = format!("/employer/jobs/{wanted}");
    let candidate_page = format!("{own_job}/candidates/{maija}");
    let listed = page(&app, &employer, &own_job).await;
    assert!(listed.contains("No candidates yet."), "{listed}");
    assert!(!listed.contains("Maija"));
    let hidden = send(&app, with_cookie(get(&candidate_page, &[]), &employer)).await;
    assert_eq!(hidden.status(), 404);

    post_as(
        &app,
        &maija_cookie,
        "/api/job-interest",
        &format!("job={wanted}&share=yes"),
    )
    .await;
    let listed = page(&app, &employer, &own_job).await;
    assert!(
        listed.contains("Interested, and suggested by their coach"),
        "{listed}"
    );
    let skills = page(&app, &employer, &candidate_page).await;
    assert!(skills.contains("Cleaning floors"), "{skills}");
    let read = "select count(*) from audit_log where subject_id = $1 and actor_id is not null
                and detail like '%job%' and action = 'viewed_personal_data'";
    assert!(
        count(&pool, read, maija).await >= 2,
        "the list and the skills read are audited"
    );
    // Only its staff reach a job's candidates.
    for path in [own_job.as_str(), candidate_page.as_str()] {
        let response = send(&app, with_cookie(get(path, &[]), &outsider)).await;
        assert_eq!(response.status(), 404, "{path}");
    }
    let hired = format!("job={wanted}&candidate={maija}&stage=hired");
    post_as(&app, &outsider, "/api/candidate-stage", &hired).await;
    assert_eq!(
        count(
            &pool,
            "select count(*) from job_candidate where account_id = $1 and stage is not null",
            maija
        )
        .await,
        0
    );
    post_as(
        &app,
        &employer,
        "/api/candidate-stage",
        &format!("job={wanted}&candidate={maija}&stage=astronaut"),
    )
    .await;
    post_as(&app, &employer, "/api/candidate-stage", &hired).await;
    let recorded: Vec<String> = sqlx::query_scalar(
        "select detail from audit_log where subject_id = $1 and action = 'candidate_stage_set'",
    )
    .bind(maija)
    .fetch_all(&pool)
    .await
    .expect("audit");
    assert_eq!(
        recorded,
        [format!("job {wanted} hired")],
        "only the stage set"
    );
    // "Hired" reaches the coach.
    let person = page(&app, &coach, &format!("/coach/jobseekers/{maija}")).await;
    assert!(person.contains("The employer says: Hired."), "{person}");

    // Once Maija stops showing her skills, the employer sees her no more.
    post_as(
        &app,
        &maija_cookie,
        "/api/job-share-stop",
        &format!("job={wanted}"),
    )
    .await;
    let listed = page(&app, &employer, &own_job).await;
    assert!(listed.contains("No candidates yet."), "{listed}");
    let gone = send(&app, with_cookie(get(&candidate_page, &[]), &employer)).await;
    assert_eq!(gone.status(), 404);
}

#[sqlx::test]
async fn the_employer_sees_how_many_fit_but_never_fewer_than_five(pool: PgPool) {
    let (app, _, _) = maija_signed_in(&pool).await;
    let olli = create_account(&pool, Role::Organiser, "olli@example.fi").await;
    let wanted = job(
        &pool,
        "Siivous Oy",
        "Siivooja",
        "published",
        &["clean-floors"],
        &[],
    )
    .await;
    staff_of_job(&pool, olli, wanted).await;
    let employer = sign_in(&app, "olli@example.fi").await;
    let own_job = format!("/employer/jobs/{wanted}");
    assert!(
        page(&app, &employer, &own_job)
            .await
            .contains("Fewer than 5 people in the service")
    );
    for n in 0..4 {
        let person = create_account(&pool, Role::Jobseeker, &format!("p{n}@example.fi")).await;
        sqlx::query(
            "insert into confirmed_skill (account_id, skill_id) values ($1, 'clean-floors')",
        )
        .bind(person)
        .execute(&pool)
        .await
        .expect("skill");
    }
    let shown = page(&app, &employer, &own_job).await;
    assert!(
        shown.contains("5 people in the service have every must-have skill"),
        "{shown}"
    );
}

#[sqlx::test]
async fn an_event_with_jobs_prepares_the_jobseeker_and_the_door_list_shows_matching_skills(
    pool: PgPool,
) {
    let (app, cookie, maija) = maija_signed_in(&pool).await;
    let event = support::published_event(&pool, Some(20), None)
        .await
        .event_id;
    let event_page = format!("/events/{event}");
    assert!(
        !page(&app, &cookie, &event_page)
            .await
            .contains("Prepare for this event"),
        "no jobs, nothing to prepare"
    );
    let open = job(
        &pool,
        "Siivous Oy",
        "Toimistosiivooja",
        "published",
        &["clean-floors", "operate-forklift"],
        &["work-independently"],
    )
    .await;
    let draft = job(
        &pool,
        "Luonnos Oy",
        "Luonnostyö",
        "draft",
        &["clean-floors"],
        &[],
    )
    .await;
    for statement in [
        "update job set event_id = $2 where job_id = $1",
        "insert into job_certificate (job_id, certificate_id) select $1, 'hygiene-passport' where $2 > 0",
    ] {
        for linked in [open, draft] {
            sqlx::query(statement)
                .bind(linked)
                .bind(event)
                .execute(&pool)
                .await
                .expect("linked");
        }
    }
    sqlx::query("insert into person_certificate (account_id, certificate_id) values ($1, 'hygiene-passport')")
        .bind(maija)
        .execute(&pool)
        .await
        .expect("card");

    // Her fit to the open job (not the draft), what to bring, and the
    // module that builds what the job would like.
    let prepared = page(&app, &cookie, &event_page).await;
    let section = &prepared[at(&prepared, "Prepare for this event")..];
    for expected in [
        "Toimistosiivooja",
        "Cleaning floors",
        "Driving a forklift",
        "Your CV",
        "Hygiene passport: the card itself or a photo of it",
        "Do this module first: Your strengths and skills",
    ] {
        assert!(section.contains(expected), "{expected} in {section}");
    }
    assert!(
        !prepared.contains("Luonnostyö"),
        "a draft is nobody's but its employer's"
    );
    sqlx::query("insert into module_completion (account_id, module_id, completed_at) values ($1, 'strengths', now())")
        .bind(maija)
        .execute(&pool)
        .await
        .expect("done");
    assert!(
        page(&app, &cookie, &event_page)
            .await
            .contains("Do this module first: The job interview"),
        "with nothing left to learn, the interview module"
    );

    // At the door: her matching skills only once she shares them.
    let olli = support::new_organiser_of(&pool, event, "olli@example.fi").await;
    let organiser = sign_in(&app, "olli@example.fi").await;
    post_as(
        &app,
        &cookie,
        "/api/event-sign-up",
        &format!("event={event}"),
    )
    .await;
    let door_list = format!("/organiser/events/{event}");
    let door = page(&app, &organiser, &door_list).await;
    assert!(door.contains("Test jobseeker"), "{door}");
    assert!(!door.contains("Skills the jobs of this event ask for"));
    post_as(
        &app,
        &cookie,
        "/api/share-skills",
        &format!("event={event}"),
    )
    .await;
    let door = page(&app, &organiser, &door_list).await;
    assert!(
        door.contains("Skills the jobs of this event ask for: Cleaning floors"),
        "{door}"
    );
    assert!(!door.contains("Driving a forklift"), "only what she has");
    let skills_reads: Vec<i64> = sqlx::query_scalar(
        "select subject_id from audit_log where actor_id = $1
         and action = 'viewed_personal_data' and detail = $2",
    )
    .bind(olli)
    .bind(format!("shared-skills event {event}"))
    .fetch_all(&pool)
    .await
    .expect("audit");
    assert_eq!(
        skills_reads,
        [maija],
        "only the list that showed her skills"
    );
}
