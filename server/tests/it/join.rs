//! Invitation codes: a coach creates one, a jobseeker joins with it.

use crate::support;

use app::accounts::Role;
use axum::{
    Router,
    http::{StatusCode, header},
};
use sqlx::PgPool;
use support::{
    PASSWORD, cookie_pair, create_account, encode, form_post, get, header_of, page_after, send,
    sign_in, test_app, text, with_cookie,
};

/// A coach signs in and creates a code through the page's form; returns it.
async fn invitation_code(app: &Router, coach_email: &str) -> String {
    let cookie = sign_in(app, coach_email).await;
    let response = send(
        app,
        with_cookie(form_post("/api/create-invitation", "", false), &cookie),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    serde_json::from_str::<String>(&text(response).await).expect("code as JSON")
}

fn join_body(code: &str, contact: &str) -> String {
    format!(
        "code={}&display_name=Maija&contact={}&password={}&locale=sv&birth_year=1980&gender=female",
        encode(code),
        encode(contact),
        encode(PASSWORD)
    )
}

async fn join(app: &Router, body: &str) -> axum::response::Response {
    send(app, form_post("/api/join?lang=en", body, true)).await
}

/// The error message keys and flash of a failed plain join.
async fn join_page_after(app: &Router, response: axum::response::Response) -> String {
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/join#join-error-summary"
    );
    page_after(app, &response, "/join?lang=en", "").await
}

#[sqlx::test]
async fn a_jobseeker_joins_the_coachs_caseload_with_a_code(pool: PgPool) {
    let coach = create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    let app = test_app(pool.clone(), false);
    let code = invitation_code(&app, "kaisa@example.fi").await;
    assert!(regex_like_code(&code), "{code}");

    let response = join(
        &app,
        &join_body(&code.to_lowercase().replace('-', " "), "040 123 4567"),
    )
    .await;
    assert_eq!(header_of(&response, header::LOCATION), "/account");
    let session = cookie_pair(&response, "askel_session").expect("signed in at once");
    let language = cookie_pair(&response, "askel_lang").expect("language remembered");
    assert_eq!(language, "askel_lang=sv");

    let row: (String, String, Option<i64>, Option<i16>, Option<String>, String) = sqlx::query_as(
        "select role::text, phone, coach_id, birth_year, gender, locale from account where display_name = 'Maija'",
    )
    .fetch_one(&pool)
    .await
    .expect("account");
    assert_eq!(
        row,
        (
            "jobseeker".into(),
            "+358401234567".into(),
            Some(coach),
            Some(1980),
            Some("female".into()),
            "sv".into()
        )
    );
    let cookies = format!("{session}; {language}");
    let page = page_after(&app, &response, "/account", &cookies).await;
    assert!(page.contains("Välkommen till Askel!"), "{page}");
}

fn regex_like_code(code: &str) -> bool {
    code.len() == 11
        && code.split('-').all(|group| group.len() == 3)
        && code
            .chars()
            .all(|c| c == '-' || "23456789ABCDEFGHJKMNPQRSTVWXYZ".contains(c))
}

#[sqlx::test]
async fn codes_are_stored_only_as_keyed_hashes(pool: PgPool) {
    create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    let app = test_app(pool.clone(), false);
    let code = invitation_code(&app, "kaisa@example.fi").await;
    let stored: Vec<u8> = sqlx::query_scalar("select code_hash from one_time_code")
        .fetch_one(&pool)
        .await
        .expect("code");
    assert_eq!(stored.len(), 32);
    let plain = code.replace('-', "");
    assert!(!stored.windows(plain.len()).any(|w| w == plain.as_bytes()));
    let days: f64 = sqlx::query_scalar(
        "select extract(epoch from expires_at - created_at)::float8 / 86400 from one_time_code",
    )
    .fetch_one(&pool)
    .await
    .expect("expiry");
    assert!((days - 14.0).abs() < 0.01, "{days}");
}

#[sqlx::test]
async fn a_code_works_only_once(pool: PgPool) {
    create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    let app = test_app(pool.clone(), false);
    let code = invitation_code(&app, "kaisa@example.fi").await;
    assert_eq!(
        header_of(
            &join(&app, &join_body(&code, "maija@example.fi")).await,
            header::LOCATION
        ),
        "/account"
    );
    let page = join_page_after(
        &app,
        join(&app, &join_body(&code, "matti@example.fi")).await,
    )
    .await;
    assert!(
        page.contains("This code has expired or has already been used."),
        "{page}"
    );
    let accounts: i64 = sqlx::query_scalar("select count(*) from account where role = 'jobseeker'")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(accounts, 1);
}

#[sqlx::test]
async fn an_expired_code_is_refused_and_a_wrong_one_is_named_wrong(pool: PgPool) {
    create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    let app = test_app(pool.clone(), false);
    let code = invitation_code(&app, "kaisa@example.fi").await;
    sqlx::query("update one_time_code set expires_at = now() - interval '1 second'")
        .execute(&pool)
        .await
        .expect("expire");
    let page = join_page_after(
        &app,
        join(&app, &join_body(&code, "maija@example.fi")).await,
    )
    .await;
    assert!(
        page.contains("This code has expired or has already been used."),
        "{page}"
    );

    let page = join_page_after(
        &app,
        join(&app, &join_body("ABC-DEF-GHJ", "maija@example.fi")).await,
    )
    .await;
    assert!(page.contains("We did not recognise this code."), "{page}");
    // What was typed is still there, except the password.
    assert!(page.contains(r#"value="maija@example.fi""#));
    assert!(page.contains(r#"value="ABC-DEF-GHJ""#));
    assert!(!page.contains(PASSWORD));
}

/// What a join with a contact that already has an account answers: the
/// same neutral notice on the join page, nobody signed in, nothing kept.
async fn neutral_answer(app: &Router, response: axum::response::Response) {
    assert_eq!(header_of(&response, header::LOCATION), "/join#join");
    assert!(cookie_pair(&response, "askel_session").is_none());
    let page = page_after(app, &response, "/join?lang=en", "").await;
    assert!(
        page.contains("If a new account could be made with these details"),
        "{page}"
    );
    assert!(!page.contains("already has an account"), "{page}");
    assert!(
        !page.contains("taken@example.fi"),
        "nothing typed comes back"
    );
}

#[sqlx::test]
async fn joining_with_a_taken_contact_says_nothing_and_tells_its_holder(pool: PgPool) {
    create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    create_account(&pool, Role::Jobseeker, "taken@example.fi").await;
    let app = test_app(pool.clone(), false);
    let code = invitation_code(&app, "kaisa@example.fi").await;
    neutral_answer(
        &app,
        join(&app, &join_body(&code, "TAKEN@example.fi")).await,
    )
    .await;
    let mail: Vec<(String, String)> = sqlx::query_as("select recipient, subject from outbox")
        .fetch_all(&pool)
        .await
        .expect("outbox");
    assert_eq!(
        mail,
        vec![(
            "taken@example.fi".into(),
            "Someone tried to join Askel with your address".into()
        )]
    );
    // The code is still good for a join with a contact of one's own.
    let response = join(&app, &join_body(&code, "maija@example.fi")).await;
    assert_eq!(header_of(&response, header::LOCATION), "/account");
}

#[sqlx::test]
async fn the_third_failed_try_voids_the_code(pool: PgPool) {
    create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    create_account(&pool, Role::Jobseeker, "taken@example.fi").await;
    let app = test_app(pool.clone(), false);
    let code = invitation_code(&app, "kaisa@example.fi").await;
    for _ in 0..3 {
        neutral_answer(
            &app,
            join(&app, &join_body(&code, "taken@example.fi")).await,
        )
        .await;
    }
    let page = join_page_after(
        &app,
        join(&app, &join_body(&code, "maija@example.fi")).await,
    )
    .await;
    assert!(
        page.contains("This code has expired or has already been used."),
        "{page}"
    );
}

#[sqlx::test]
async fn only_coaches_create_invitation_codes(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool.clone(), false);
    let response = send(&app, form_post("/api/create-invitation", "", false)).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let cookie = sign_in(&app, "maija@example.fi").await;
    let response = send(
        &app,
        with_cookie(form_post("/api/create-invitation", "", false), &cookie),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let codes: i64 = sqlx::query_scalar("select count(*) from one_time_code")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(codes, 0);
}

#[sqlx::test]
async fn the_invitation_page_shows_a_new_code_once(pool: PgPool) {
    create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    let app = test_app(pool, false);
    let cookie = sign_in(&app, "kaisa@example.fi").await;
    let response = send(
        &app,
        with_cookie(
            form_post("/api/create-invitation?lang=en", "language=sv", true),
            &cookie,
        ),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/coach/invitations#invitation"
    );
    let page = page_after(&app, &response, "/coach/invitations?lang=en", &cookie).await;
    // The slip is in the language chosen for the jobseeker, marked as such.
    let at = page.find(r#"class="notice slip""#).expect("the slip");
    let start = page[..at].rfind('<').unwrap_or(0);
    let slip_tag = page[start..].split('>').next().unwrap_or_default();
    assert!(slip_tag.contains(r#"lang="sv""#), "{slip_tag}");
    assert!(page.contains("Din inbjudan till Askel"), "{page}");
    assert!(page.contains("Gå till http://127.0.0.1:3000/join"));
    let again = text(
        send(
            &app,
            with_cookie(get("/coach/invitations?lang=en", &[]), &cookie),
        )
        .await,
    )
    .await;
    assert!(!again.contains("code-display"), "the code is shown once");
}

#[sqlx::test]
async fn a_slip_in_another_language_and_direction_says_so(pool: PgPool) {
    use app::i18n::{Locale, translate};
    create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    let app = test_app(pool, false);
    let cookie = sign_in(&app, "kaisa@example.fi").await;
    for (locale, marks) in [
        (Locale::Ar, r#"lang="ar" dir="rtl""#),
        (Locale::So, r#"lang="so""#),
        (Locale::Uk, r#"lang="uk""#),
        (Locale::Selko, r#"lang="fi""#),
    ] {
        let body = format!("language={}", locale.code());
        let response = send(
            &app,
            with_cookie(
                form_post("/api/create-invitation?lang=en", &body, true),
                &cookie,
            ),
        )
        .await;
        let page = page_after(&app, &response, "/coach/invitations?lang=en", &cookie).await;
        let at = page.find(r#"class="notice slip""#).expect("the slip");
        let start = page[..at].rfind('<').unwrap_or(0);
        let slip_tag = page[start..].split('>').next().unwrap_or_default();
        assert!(slip_tag.contains(marks), "{locale:?}: {slip_tag}");
        let heading = translate(locale, "invitations-slip-heading");
        assert_ne!(heading, translate(Locale::En, "invitations-slip-heading"));
        assert!(page[at..].contains(&heading), "{locale:?}");
    }
}

#[sqlx::test]
async fn each_language_choice_is_marked_with_its_own_language(pool: PgPool) {
    let app = test_app(pool, false);
    let page = text(send(&app, get("/join?lang=fi", &[])).await).await;
    assert!(page.contains(r#"lang="sv">Svenska</label>"#), "{page}");
    assert!(page.contains(r#"lang="en">English</label>"#));
    assert!(
        !page.contains(r#"lang="fi">Suomi"#),
        "the page's own language needs no mark"
    );
}

#[sqlx::test]
async fn protected_pages_send_strangers_to_sign_in_and_refuse_other_roles(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool, false);
    let response = send(&app, get("/coach/invitations", &[])).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/sign-in?next=%2Fcoach%2Finvitations"
    );

    let cookie = sign_in(&app, "maija@example.fi").await;
    let response = send(
        &app,
        with_cookie(get("/coach/invitations?lang=en", &[]), &cookie),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(text(response).await.contains("Not allowed"));
}

#[sqlx::test]
async fn a_code_stops_working_when_its_coach_is_no_longer_a_coach(pool: PgPool) {
    let coach = create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    let app = test_app(pool.clone(), false);
    let code = invitation_code(&app, "kaisa@example.fi").await;
    sqlx::query("update account set role = 'organiser' where account_id = $1")
        .bind(coach)
        .execute(&pool)
        .await
        .expect("role changed");

    let response = join(&app, &join_body(&code, "maija@example.fi")).await;
    let page = page_after(&app, &response, "/join?lang=en", "").await;
    assert!(
        page.contains("This code has expired or has already been used."),
        "{page}"
    );
    let jobseekers: i64 =
        sqlx::query_scalar("select count(*) from account where role = 'jobseeker'")
            .fetch_one(&pool)
            .await
            .expect("count");
    assert_eq!(jobseekers, 0, "nobody joined a caseload without a coach");
}
