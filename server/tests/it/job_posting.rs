//! Employers' staff write their jobs and work tasks: drafts, opening,
//! closing, changes with their history, and nobody else's jobs ever.

use crate::support;

use app::accounts::Role;
use axum::{Router, http::header};
use sqlx::PgPool;
use support::{
    create_account, encode, get, header_of, load_modules, page, page_after, post_as, send, sign_in,
    test_app, with_cookie,
};

/// A new employer with `staff` as its members.
async fn new_employer(pool: &PgPool, name: &str, staff: &[i64]) -> i64 {
    let employer: i64 =
        sqlx::query_scalar("insert into employer (name) values ($1) returning employer_id")
            .bind(name)
            .fetch_one(pool)
            .await
            .expect("employer");
    for member in staff {
        sqlx::query("insert into employer_member (employer_id, account_id) values ($1, $2)")
            .bind(employer)
            .bind(member)
            .execute(pool)
            .await
            .expect("member");
    }
    employer
}

/// A whole job form for `employer`, with `changes` made to it (each field
/// once, as a browser sends it).
fn job_form(employer: i64, changes: &[(&str, &str)]) -> String {
    let employer = employer.to_string();
    let mut fields: Vec<(&str, &str)> = [
        ("employer", employer.as_str()),
        ("kind", "job"),
        ("title_fi", "Toimistosiivooja"),
        ("description_fi", "Siivoat toimistoja iltaisin Vantaalla."),
        ("occupation", "building-cleaner"),
        ("municipality", "Vantaa"),
        ("form", "part-time"),
        ("hours", "ma–pe 17–21"),
        ("finnish", "not-required"),
        ("skill[clean-floors]", "must"),
        ("adjust[mentor]", "yes"),
        ("how_to_apply", "Soita Annalle 040 123 4567."),
    ]
    .into_iter()
    .collect();
    for (name, value) in changes {
        fields.retain(|(field, _)| field != name);
        fields.push((name, value));
    }
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Olli, an organiser who is staff of Siivous Oy, signed in.
async fn olli_signed_in(pool: &PgPool) -> (Router, String, i64) {
    load_modules(pool).await;
    let olli = create_account(pool, Role::Organiser, "olli@example.fi").await;
    let employer = new_employer(pool, "Siivous Oy", &[olli]).await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "olli@example.fi").await;
    (app, cookie, employer)
}

/// The id of the job a save created, from where it sent the browser.
fn created_job(response: &axum::response::Response) -> i64 {
    header_of(response, header::LOCATION)
        .rsplit('/')
        .next()
        .and_then(|id| id.parse().ok())
        .expect("the new job")
}

async fn status_of(app: &Router, cookie: &str, path: &str) -> u16 {
    send(app, with_cookie(get(path, &[]), cookie))
        .await
        .status()
        .as_u16()
}

/// The job's history as (what, detail), oldest first.
async fn history(pool: &PgPool, job: i64) -> Vec<(String, Option<String>)> {
    sqlx::query_as("select what, detail from job_change where job_id = $1 order by change_id")
        .bind(job)
        .fetch_all(pool)
        .await
        .expect("history")
}

#[sqlx::test]
async fn staff_write_a_draft_open_it_change_it_and_close_it(pool: PgPool) {
    let (app, cookie, employer) = olli_signed_in(&pool).await;
    let list = page(&app, &cookie, "/employer/jobs").await;
    assert!(list.contains("You post jobs for: Siivous Oy"), "{list}");
    assert!(list.contains("No jobs yet."));

    // Every problem at once, and what was typed is there again, long texts too.
    let long = "Siivoat toimistoja. ".repeat(100);
    let body = job_form(
        employer,
        &[
            ("description_fi", &long),
            ("occupation", "astronaut"),
            ("municipality", ""),
            ("apply_url", "javascript:alert(1)"),
        ],
    );
    let response = post_as(&app, &cookie, "/api/job-save", &body).await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/employer/jobs/new#job-form-error-summary"
    );
    let form = page_after(&app, &response, "/employer/jobs/new?lang=en", &cookie).await;
    for message in [
        "Choose the occupation",
        "Write the municipality, or tick that remote work is possible",
        "Write an address that starts with https://",
    ] {
        assert!(form.contains(message), "{message} in {form}");
    }
    assert!(
        form.contains(long.trim_end()),
        "the long description is kept"
    );

    let response = post_as(&app, &cookie, "/api/job-save", &job_form(employer, &[])).await;
    let location = header_of(&response, header::LOCATION);
    let job: i64 = location
        .strip_prefix("/employer/jobs/")
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("to the new job: {location}"));
    let shown = page(&app, &cookie, &format!("/employer/jobs/{job}")).await;
    assert!(
        shown.contains("Draft (not visible to jobseekers)"),
        "{shown}"
    );
    assert!(shown.contains("Finnish is not needed"), "{shown}");
    assert!(shown.contains("A workmate who mentors"));

    let publish = format!("job={job}");
    post_as(&app, &cookie, "/api/job-publish", &publish).await;
    let again = post_as(&app, &cookie, "/api/job-publish", &publish).await;
    assert!(header_of(&again, header::LOCATION).ends_with("#job-publish-error-summary"));

    let changed = job_form(
        employer,
        &[("skill[clean-windows]", "nice"), ("remote", "yes")],
    );
    let response = post_as(
        &app,
        &cookie,
        "/api/job-save",
        &format!("job={job}&{changed}"),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        format!("/employer/jobs/{job}")
    );
    // Saving the same again changes nothing, and says so by saying nothing.
    post_as(
        &app,
        &cookie,
        "/api/job-save",
        &format!("job={job}&{changed}"),
    )
    .await;
    post_as(&app, &cookie, "/api/job-close", &publish).await;
    assert_eq!(
        history(&pool, job).await,
        [
            ("created".to_owned(), None),
            ("published".to_owned(), None),
            ("edited".to_owned(), Some("place,skills".to_owned())),
            ("closed".to_owned(), None),
        ]
    );
    let shown = page(&app, &cookie, &format!("/employer/jobs/{job}")).await;
    assert!(shown.contains("Changed: place, skills"), "{shown}");
    assert!(shown.contains("Test organiser"), "who changed it: {shown}");
    let (status, must, nice): (String, i64, i64) = sqlx::query_as(
        "select status, (select count(*) from job_skill where job_id = $1 and must),
                (select count(*) from job_skill where job_id = $1 and not must)
         from job where job_id = $1",
    )
    .bind(job)
    .fetch_one(&pool)
    .await
    .expect("job");
    assert_eq!((status.as_str(), must, nice), ("closed", 1, 1));
}

#[sqlx::test]
async fn a_job_whose_last_day_to_apply_has_passed_cannot_be_opened(pool: PgPool) {
    let (app, cookie, employer) = olli_signed_in(&pool).await;
    let body = job_form(employer, &[("apply_by", "1.1.2020")]);
    let response = post_as(&app, &cookie, "/api/job-save", &body).await;
    let job = header_of(&response, header::LOCATION).replace("/employer/jobs/", "");
    let response = post_as(&app, &cookie, "/api/job-publish", &format!("job={job}")).await;
    let shown = page_after(
        &app,
        &response,
        &format!("/employer/jobs/{job}?lang=en"),
        &cookie,
    )
    .await;
    assert!(
        shown.contains("The last day to apply has passed"),
        "{shown}"
    );
}

#[sqlx::test]
async fn nobody_reaches_another_employers_jobs(pool: PgPool) {
    let (app, cookie, employer) = olli_signed_in(&pool).await;
    let response = post_as(&app, &cookie, "/api/job-save", &job_form(employer, &[])).await;
    let job = header_of(&response, header::LOCATION).replace("/employer/jobs/", "");

    // Another organiser, staff of another employer, and one of none.
    let other = create_account(&pool, Role::Organiser, "other@example.fi").await;
    let their_employer = new_employer(&pool, "Muu Oy", &[other]).await;
    create_account(&pool, Role::Organiser, "lone@example.fi").await;
    let other = sign_in(&app, "other@example.fi").await;
    let lone = sign_in(&app, "lone@example.fi").await;
    for path in [
        format!("/employer/jobs/{job}"),
        format!("/employer/jobs/{job}/edit"),
    ] {
        assert_eq!(status_of(&app, &other, &path).await, 404, "{path}");
    }
    for (path, body) in [
        ("/api/job-publish", format!("job={job}")),
        ("/api/job-close", format!("job={job}")),
        (
            "/api/job-save",
            format!("job={job}&{}", job_form(their_employer, &[])),
        ),
    ] {
        let response = post_as(&app, &other, path, &body).await;
        assert!(
            header_of(&response, header::LOCATION).ends_with("-error-summary"),
            "{path}"
        );
    }
    // Nor can a job be moved to, or made for, an employer one is not staff of.
    let response = post_as(&app, &other, "/api/job-save", &job_form(employer, &[])).await;
    assert!(header_of(&response, header::LOCATION).ends_with("#job-form-error-summary"));
    let list = page(&app, &lone, "/employer/jobs").await;
    assert!(
        list.contains("You are not yet staff of any employer"),
        "{list}"
    );
    assert_eq!(status_of(&app, &lone, "/employer/jobs/new").await, 409);
    let (count, title): (i64, String) = sqlx::query_as(
        "select (select count(*) from job), (select title from job_text where locale = 'fi' limit 1)",
    )
    .fetch_one(&pool)
    .await
    .expect("jobs");
    assert_eq!((count, title.as_str()), (1, "Toimistosiivooja"));
}

#[sqlx::test]
async fn a_form_that_cannot_be_read_is_refused_in_words(pool: PgPool) {
    let (app, cookie, employer) = olli_signed_in(&pool).await;
    // A field twice, as no browser sends it: it cannot be read into a job.
    let body = format!("{}&title_fi=again", job_form(employer, &[]));
    let response = post_as(&app, &cookie, "/api/job-save?lang=en", &body).await;
    assert_eq!(response.status(), axum::http::StatusCode::BAD_REQUEST);
    assert_eq!(
        support::text(response).await,
        "Your answer could not be read. Please fill in the form again."
    );
}

#[sqlx::test]
async fn a_job_from_a_feed_is_changed_at_the_board_and_stays_closed_once_its_staff_close_it(
    pool: PgPool,
) {
    load_modules(&pool).await;
    let feed = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../scripts/sample-job-feed.json"
    ));
    let vocabulary = support::vocabulary();
    let import = || server::job_feed::import_feed(&pool, &vocabulary, feed, "tyopaikat");
    import().await.expect("imported");
    let olli = create_account(&pool, Role::Organiser, "olli@example.fi").await;
    let (employer, job): (i64, i64) = sqlx::query_as(
        "select employer_id, job_id from job join employer using (employer_id)
         where business_id = '1234567-1' order by job_id limit 1",
    )
    .fetch_one(&pool)
    .await
    .expect("an imported job of Puhdas Koti Oy");
    sqlx::query("insert into employer_member (employer_id, account_id) values ($1, $2)")
        .bind(employer)
        .bind(olli)
        .execute(&pool)
        .await
        .expect("staff");
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "olli@example.fi").await;

    let shown = page(&app, &cookie, &format!("/employer/jobs/{job}")).await;
    assert!(shown.contains("change it on the job board"), "{shown}");
    assert!(!shown.contains(&format!("/employer/jobs/{job}/edit")));
    assert_eq!(
        status_of(&app, &cookie, &format!("/employer/jobs/{job}/edit")).await,
        409
    );
    let body = format!("job={job}&{}", job_form(employer, &[]));
    let response = post_as(&app, &cookie, "/api/job-save", &body).await;
    assert!(header_of(&response, header::LOCATION).ends_with("#job-form-error-summary"));

    post_as(&app, &cookie, "/api/job-close", &format!("job={job}")).await;
    import().await.expect("imported again");
    let status: String = sqlx::query_scalar("select status from job where job_id = $1")
        .bind(job)
        .fetch_one(&pool)
        .await
        .expect("status");
    assert_eq!(
        status, "closed",
        "the feed listed it again, the employer's word stands"
    );
    let reopen = page(&app, &cookie, &format!("/employer/jobs/{job}?lang=en")).await;
    assert!(
        reopen.contains("/api/job-publish"),
        "closed here, opened here"
    );

    // A job the feed stopped listing is the feed's to open again: published
    // here, the feed's next run would close it under the employer.
    let gone: i64 = sqlx::query_scalar(
        "update job set status = 'closed', closed_at = now()
         where job_id = (select job_id from job where source is not null and job_id <> $1
                         and status = 'published' order by job_id limit 1)
         returning job_id",
    )
    .bind(job)
    .fetch_one(&pool)
    .await
    .expect("closed as the feed closes one");
    sqlx::query("update job set employer_id = $1 where job_id = $2")
        .bind(employer)
        .bind(gone)
        .execute(&pool)
        .await
        .expect("olli's employer's");
    let shown = page(&app, &cookie, &format!("/employer/jobs/{gone}?lang=en")).await;
    assert!(shown.contains("no longer lists this job"), "{shown}");
    assert!(!shown.contains("/api/job-publish"), "{shown}");
    let response = post_as(&app, &cookie, "/api/job-publish", &format!("job={gone}")).await;
    assert!(header_of(&response, header::LOCATION).ends_with("-error-summary"));
    let status: String = sqlx::query_scalar("select status from job where job_id = $1")
        .bind(gone)
        .fetch_one(&pool)
        .await
        .expect("status");
    assert_eq!(status, "closed");
}

#[sqlx::test]
async fn a_failed_edit_is_shown_once_so_it_never_hides_a_colleagues_later_save(pool: PgPool) {
    let (app, cookie, employer) = olli_signed_in(&pool).await;
    let response = post_as(&app, &cookie, "/api/job-save", &job_form(employer, &[])).await;
    let job = created_job(&response);
    let edit = format!("/employer/jobs/{job}/edit");
    let failed = job_form(
        employer,
        &[
            ("job", &job.to_string()),
            ("title_fi", "Iltasiivooja"),
            ("occupation", "astronaut"),
        ],
    );
    let response = post_as(&app, &cookie, "/api/job-save", &failed).await;
    let shown = page_after(&app, &response, &format!("{edit}?lang=en"), &cookie).await;
    assert!(shown.contains("Iltasiivooja") && shown.contains("Choose the occupation"));
    // Opened again later, the form holds the job as saved.
    let again = page(&app, &cookie, &edit).await;
    assert!(
        !again.contains("Iltasiivooja") && again.contains("Toimistosiivooja"),
        "{again}"
    );
}

#[sqlx::test]
async fn a_job_moved_to_another_employer_ends_the_consents_given_for_it(pool: PgPool) {
    let (app, cookie, employer) = olli_signed_in(&pool).await;
    let olli: i64 =
        sqlx::query_scalar("select account_id from account where email = 'olli@example.fi'")
            .fetch_one(&pool)
            .await
            .expect("olli");
    let other = new_employer(&pool, "Toinen Oy", &[olli]).await;
    let response = post_as(&app, &cookie, "/api/job-save", &job_form(employer, &[])).await;
    let job = created_job(&response);
    let maija = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    sqlx::query("insert into profile_share (account_id, job_id) values ($1, $2)")
        .bind(maija)
        .bind(job)
        .execute(&pool)
        .await
        .expect("shared");
    let live = || async {
        sqlx::query_scalar::<_, i64>(
            "select count(*) from profile_share where job_id = $1 and revoked_at is null",
        )
        .bind(job)
        .fetch_one(&pool)
        .await
        .expect("count")
    };
    let edit = |employer: i64| job_form(employer, &[("job", &job.to_string())]);
    post_as(&app, &cookie, "/api/job-save", &edit(employer)).await;
    assert_eq!(
        live().await,
        1,
        "an edit that keeps the employer keeps the consent"
    );
    post_as(&app, &cookie, "/api/job-save", &edit(other)).await;
    assert_eq!(live().await, 0);
}
