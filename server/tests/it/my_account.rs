//! My account: changing one's own details, language and password, downloading
//! one's data, and deleting one's account.

use crate::support;

use app::accounts::Role;
use axum::{
    Router,
    http::{HeaderMap, StatusCode, header},
};
use serde_json::Value;
use sqlx::PgPool;
use support::{
    PASSWORD, assign_to_coach, can_sign_in, cookie_pair, create_account, encode, form_post, get,
    header_of, load_modules, page_after, post_as, published_event, request_reset_link, send,
    sign_in, test_app, text, with_cookie,
};

/// Year of birth 1985 and gender "female", as if given when joining.
async fn answer_optional_questions(pool: &PgPool, account: i64) {
    sqlx::query("update account set birth_year = 1985, gender = 'female' where account_id = $1")
        .bind(account)
        .execute(pool)
        .await
        .expect("profile");
}

/// Whether a session cookie still opens "My account".
async fn session_works(app: &Router, cookie: &str) -> bool {
    let response = send(app, with_cookie(get("/account", &[]), cookie)).await;
    response.status() == StatusCode::OK
}

/// The data download's headers and its JSON.
async fn my_data(app: &Router, cookie: &str) -> (HeaderMap, Value) {
    let response = send(app, with_cookie(get("/api/my-data", &[]), cookie)).await;
    let headers = response.headers().clone();
    let json = serde_json::from_str(&text(response).await).expect("JSON");
    (headers, json)
}

#[sqlx::test]
async fn details_are_saved_and_every_problem_is_explained(pool: PgPool) {
    let id = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    create_account(&pool, Role::Jobseeker, "taken@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "maija@example.fi").await;

    let body = "display_name=Maija+M&email=&phone=040+123+4567&birth_year=1850&gender=x";
    let response = post_as(&app, &cookie, "/api/update-details?lang=en", body).await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/account/details#account-details-error-summary"
    );
    let page = page_after(&app, &response, "/account/details?lang=en", &cookie).await;
    assert!(
        page.contains("Enter your year of birth as four numbers"),
        "{page}"
    );
    assert!(page.contains("Choose one of the options."));
    assert!(page.contains(r#"value="Maija M""#), "typed name kept");

    // Only with the password does anyone learn that an address is taken.
    let body = format!(
        "display_name=Maija&email=TAKEN%40example.fi&phone=&current_password={}",
        encode(PASSWORD)
    );
    let response = post_as(&app, &cookie, "/api/update-details?lang=en", &body).await;
    let page = page_after(&app, &response, "/account/details?lang=en", &cookie).await;
    assert!(page.contains("This email or phone number already has an account."));
    assert!(
        page.contains(r##"href="#account-details-email""##),
        "linked to the email field"
    );

    // A reset link sent before the change must not work after it.
    request_reset_link(&app, "maija@example.fi").await;
    let body = "display_name=Maija+Meik%C3%A4l%C3%A4inen&email=&phone=040+123+4567&birth_year=1985&gender=female";
    let response = post_as(&app, &cookie, "/api/update-details?lang=en", body).await;
    let page = page_after(&app, &response, "/account/details?lang=en", &cookie).await;
    assert!(
        page.contains("Enter your current password."),
        "a new contact needs the password"
    );
    let body = format!("{body}&current_password={}", encode(PASSWORD));
    let response = post_as(&app, &cookie, "/api/update-details", &body).await;
    assert_eq!(header_of(&response, header::LOCATION), "/account");
    let page = page_after(&app, &response, "/account?lang=en", &cookie).await;
    assert!(page.contains("Your details have been saved."));
    assert!(page.contains("Maija Meikäläinen") && page.contains("+358401234567"));

    let stored: (Option<String>, Option<String>, Option<i16>) =
        sqlx::query_as("select email::text, phone, birth_year from account where account_id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .expect("account");
    assert_eq!(stored, (None, Some("+358401234567".into()), Some(1985)));
    let (changes, live_codes): (i64, i64) = sqlx::query_as(
        "select (select count(*) from audit_log where action = 'contact_changed'),
                (select count(*) from one_time_code where used_at is null)",
    )
    .fetch_one(&pool)
    .await
    .expect("counts");
    assert_eq!((changes, live_codes), (1, 0));
    assert!(can_sign_in(&app, "040 123 4567", PASSWORD).await);
    assert!(!can_sign_in(&app, "maija@example.fi", PASSWORD).await);
}

#[sqlx::test]
async fn staff_accounts_keep_no_birth_year_or_gender(pool: PgPool) {
    let id = create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "kaisa@example.fi").await;
    let body = "display_name=Kaisa&email=kaisa%40example.fi&birth_year=1970&gender=female";
    let response = post_as(&app, &cookie, "/api/update-details", body).await;
    assert_eq!(header_of(&response, header::LOCATION), "/account");
    let stored: (String, Option<i16>, Option<String>) = sqlx::query_as(
        "select display_name, birth_year, gender from account where account_id = $1",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .expect("account");
    assert_eq!(stored, ("Kaisa".into(), None, None));
}

#[sqlx::test]
async fn a_new_language_is_saved_and_used_at_once(pool: PgPool) {
    let id = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "maija@example.fi").await;
    let response = post_as(&app, &cookie, "/api/change-language", "locale=sv").await;
    assert_eq!(header_of(&response, header::LOCATION), "/account");
    assert_eq!(
        cookie_pair(&response, "askel_lang").as_deref(),
        Some("askel_lang=sv")
    );
    let page = page_after(
        &app,
        &response,
        "/account",
        &format!("{cookie}; askel_lang=sv"),
    )
    .await;
    assert!(page.contains(r#"<html lang="sv""#));
    let locale: String = sqlx::query_scalar("select locale from account where account_id = $1")
        .bind(id)
        .fetch_one(&pool)
        .await
        .expect("locale");
    assert_eq!(locale, "sv");

    let response = post_as(&app, &cookie, "/api/change-language?lang=en", "locale=xx").await;
    let page = page_after(&app, &response, "/account/language?lang=en", &cookie).await;
    assert!(page.contains("Choose a language."));
}

#[sqlx::test]
async fn each_of_the_nine_languages_can_be_chosen_and_is_used(pool: PgPool) {
    use app::i18n::{Locale, translate};
    let id = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "maija@example.fi").await;
    for locale in Locale::ALL {
        let body = format!("locale={}", locale.code());
        let response = post_as(&app, &cookie, "/api/change-language", &body).await;
        assert_eq!(
            header_of(&response, header::LOCATION),
            "/account",
            "{locale:?}"
        );
        let chosen = format!("askel_lang={}", locale.code());
        let page = page_after(&app, &response, "/account", &format!("{cookie}; {chosen}")).await;
        let html = format!(r#"<html lang="{}" dir="{}""#, locale.lang(), locale.dir());
        assert!(page.contains(&html), "{locale:?}: {page}");
        assert!(
            page.contains(&translate(locale, "account-title")),
            "{locale:?}"
        );
        let stored: String = sqlx::query_scalar("select locale from account where account_id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .expect("locale");
        assert_eq!(stored, locale.code());
    }
}

#[sqlx::test]
async fn a_password_change_needs_the_current_one_and_signs_out_other_browsers(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool.clone(), false);
    let phone_session = sign_in(&app, "maija@example.fi").await;
    let laptop_session = sign_in(&app, "maija@example.fi").await;
    let new = "uusi salasana tähän";

    let body = format!("current_password=wrong+one&new_password={}", encode(new));
    let response = post_as(&app, &laptop_session, "/api/change-password?lang=en", &body).await;
    let page = page_after(
        &app,
        &response,
        "/account/password?lang=en",
        &laptop_session,
    )
    .await;
    assert!(page.contains("Your current password is not right."));
    assert!(!page.contains("wrong one"), "passwords are never sent back");

    let body = format!(
        "current_password={}&new_password=salasana",
        encode(PASSWORD)
    );
    let response = post_as(&app, &laptop_session, "/api/change-password?lang=en", &body).await;
    let page = page_after(
        &app,
        &response,
        "/account/password?lang=en",
        &laptop_session,
    )
    .await;
    assert!(page.contains("This password is too common"));

    request_reset_link(&app, "maija@example.fi").await;
    let body = format!(
        "current_password={}&new_password={}",
        encode(PASSWORD),
        encode(new)
    );
    let response = post_as(&app, &laptop_session, "/api/change-password", &body).await;
    assert_eq!(header_of(&response, header::LOCATION), "/account");
    assert!(
        session_works(&app, &laptop_session).await,
        "this browser stays signed in"
    );
    assert!(
        !session_works(&app, &phone_session).await,
        "the other browser is signed out"
    );
    assert!(can_sign_in(&app, "maija@example.fi", new).await);
    assert!(!can_sign_in(&app, "maija@example.fi", PASSWORD).await);
    let audited: i64 =
        sqlx::query_scalar("select count(*) from audit_log where action = 'password_changed'")
            .fetch_one(&pool)
            .await
            .expect("audit");
    assert_eq!(audited, 1);
    let live_codes: i64 =
        sqlx::query_scalar("select count(*) from one_time_code where used_at is null")
            .fetch_one(&pool)
            .await
            .expect("codes");
    assert_eq!(live_codes, 0, "the reset link sent before is void");
}

#[sqlx::test]
async fn my_data_holds_everything_about_me_and_nothing_about_others(pool: PgPool) {
    let maija = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let other = create_account(&pool, Role::Jobseeker, "matti@example.fi").await;
    let coach = create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    assign_to_coach(&pool, maija, coach).await;
    assign_to_coach(&pool, other, coach).await;
    answer_optional_questions(&pool, maija).await;
    let app = test_app(pool.clone(), false);
    let coach_cookie = sign_in(&app, "kaisa@example.fi").await;
    for jobseeker in [maija, other] {
        let body = format!("jobseeker={jobseeker}");
        let request = with_cookie(
            form_post("/api/issue-reset-code", &body, false),
            &coach_cookie,
        );
        let response = send(&app, request).await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    sign_in(&app, "matti@example.fi").await;
    let cookie = sign_in(&app, "maija@example.fi").await;

    let (headers, data) = my_data(&app, &cookie).await;
    assert_eq!(
        headers[header::CONTENT_DISPOSITION],
        r#"attachment; filename="askel-my-data.json""#
    );
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    let account = &data["account"];
    assert_eq!(account["display_name"], "Test jobseeker");
    assert_eq!(account["email"], "maija@example.fi");
    assert_eq!(account["role"], "jobseeker");
    assert_eq!(account["birth_year"], 1985);
    assert_eq!(account["gender"], "female");
    assert_eq!(account["coach"], "Test coach");
    assert_eq!(data["signed_in_browsers"].as_array().map(Vec::len), Some(1));
    let actions: Vec<(&str, &str)> = data["audit_log"]
        .as_array()
        .expect("audit log")
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap_or(""),
                e["by_name"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        actions,
        [
            ("account_created", ""),
            ("reset_code_issued", "Test coach"),
            ("sign_in", "Test jobseeker"),
            ("data_exported", "Test jobseeker"),
        ]
    );
    assert!(!data.to_string().contains("matti"), "{data}");
    assert!(!data.to_string().contains("argon2"), "no password hash");

    let anonymous = send(&app, get("/api/my-data", &[])).await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
}

#[sqlx::test]
async fn deleting_an_account_removes_personal_data_keeps_statistics_and_tells_the_coach(
    pool: PgPool,
) {
    let maija = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let coach = create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    assign_to_coach(&pool, maija, coach).await;
    answer_optional_questions(&pool, maija).await;
    // What the report keeps: a situation her coach recorded, a module done.
    sqlx::raw_sql(&format!(
        "insert into outcome (account_id, situation, since, recorded_by, recorded_at)
         values ({maija}, 'employed_part_time', '2026-03-17', {coach}, '2026-03-18T09:41:00Z');
         insert into module (module_id, position, version, minutes, content_hash)
         values ('kept', 99, 1, 5, 'x');
         insert into module_completion (account_id, module_id, completed_at)
         values ({maija}, 'kept', '2026-04-09T13:05:00Z');
         insert into experience (account_id, kind, description)
         values ({maija}, 'home', 'Hoidin äitiäni kotona');
         insert into vocabulary_skill (skill_id, esco_uri, field)
         values ('care-for-the-elderly', 'http://data.europa.eu/esco/skill/x', 'care');
         insert into vocabulary_skill_module (skill_id, module_id) values ('care-for-the-elderly', 'kept');
         insert into experience_skill (experience_id, skill_id)
         select experience_id, 'care-for-the-elderly' from experience where account_id = {maija};
         insert into confirmed_skill (account_id, skill_id, confirmed_by)
         values ({maija}, 'care-for-the-elderly', {coach});
         insert into vocabulary_language (language_id) values ('so');
         insert into person_language (account_id, language_id, level) values ({maija}, 'so', 'native');
         insert into vocabulary_certificate (certificate_id) values ('hygiene-passport');
         insert into person_certificate (account_id, certificate_id) values ({maija}, 'hygiene-passport');"
    ))
    .execute(&pool)
    .await
    .expect("an outcome, a completion and a skills profile");
    let app = test_app(pool.clone(), false);
    let other_browser = sign_in(&app, "maija@example.fi").await;
    let cookie = sign_in(&app, "maija@example.fi").await;
    // A password link still waiting to be sent must not go out after deletion.
    request_reset_link(&app, "maija@example.fi").await;

    let response = post_as(&app, &cookie, "/api/delete-my-account?lang=en", "").await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/account/delete#delete-account-error-summary"
    );
    let page = page_after(&app, &response, "/account/delete?lang=en", &cookie).await;
    assert!(page.contains("Tick the box to confirm"));
    assert!(page.contains("Enter your current password"));
    assert!(
        session_works(&app, &cookie).await,
        "nothing happened without confirmation"
    );

    let response = post_as(
        &app,
        &cookie,
        "/api/delete-my-account?lang=en",
        "confirm=yes&current_password=not+mine",
    )
    .await;
    let page = page_after(&app, &response, "/account/delete?lang=en", &cookie).await;
    assert!(
        page.contains("Your current password is not right"),
        "{page}"
    );
    assert!(
        session_works(&app, &cookie).await,
        "nothing happened with a wrong password"
    );

    let response = support::delete_own_account(&app, &cookie).await;
    assert_eq!(header_of(&response, header::LOCATION), "/account/deleted");
    assert_eq!(
        cookie_pair(&response, "askel_session").as_deref(),
        Some("askel_session="),
        "the session cookie is cleared"
    );

    let row: (i32, Option<i16>, Option<String>, bool) = sqlx::query_as(
        "select num_nonnulls(display_name, email, phone, password_hash, coach_id), birth_year, gender,
                deleted_at is not null
         from account where account_id = $1",
    )
    .bind(maija)
    .fetch_one(&pool)
    .await
    .expect("the anonymous row stays");
    assert_eq!(
        row,
        (0, Some(1985), Some("female".into()), true),
        "no personal data left; the anonymous facts kept"
    );
    assert!(!session_works(&app, &cookie).await);
    assert!(!session_works(&app, &other_browser).await);
    assert!(!can_sign_in(&app, "maija@example.fi", PASSWORD).await);

    let mail: Vec<(String, String)> =
        sqlx::query_as("select recipient, body from outbox order by outbox_id")
            .fetch_all(&pool)
            .await
            .expect("outbox");
    assert_eq!(mail.len(), 1, "only the note to the coach: {mail:?}");
    assert_eq!(mail[0].0, "kaisa@example.fi");
    assert!(
        mail[0]
            .1
            .contains("Test jobseeker has deleted their Askel account"),
        "{}",
        mail[0].1
    );
    let (deletions, pointing_at_her): (i64, i64) = sqlx::query_as(
        "select count(*) filter (where action = 'account_deleted'),
                count(*) filter (where subject_id = $1 or actor_id = $1)
         from audit_log",
    )
    .bind(maija)
    .fetch_one(&pool)
    .await
    .expect("audit");
    assert_eq!((deletions, pointing_at_her), (1, 0));
    // Kept for the report, anonymous rather than pseudonymous: to the month,
    // with no link to the coach who could tell whose it was.
    let kept: (String, Option<i64>, String, String) = sqlx::query_as(
        "select o.since::text, o.recorded_by, to_char(o.recorded_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI'),
                to_char(a.deleted_at at time zone 'UTC', 'DD HH24:MI')
         from outcome o join account a using (account_id) where account_id = $1",
    )
    .bind(maija)
    .fetch_one(&pool)
    .await
    .expect("the outcome stays");
    assert_eq!(kept.0, "2026-03-01");
    assert_eq!(kept.1, None);
    assert_eq!(kept.2, "2026-03-01 00:00");
    assert_eq!(kept.3, "01 00:00", "deleted in this month, no more");
    let completed: String = sqlx::query_scalar(
        "select to_char(completed_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI')
         from module_completion where account_id = $1",
    )
    .bind(maija)
    .fetch_one(&pool)
    .await
    .expect("the completion stays");
    assert_eq!(completed, "2026-04-01 00:00");
    // Nothing else in any domain's part still points at her.
    let kept_anonymous = ["outcome.account_id", "module_completion.account_id"];
    let columns = app::personal_data::Domain::ALL
        .iter()
        .flat_map(|d| d.columns())
        .chain(app::my_account::personal_data::COLUMNS)
        .filter(|c| !kept_anonymous.contains(c));
    for column in columns {
        let (table, name) = column.split_once('.').expect("table.column");
        let left: i64 =
            sqlx::query_scalar(&format!("select count(*) from {table} where {name} = $1"))
                .bind(maija)
                .fetch_one(&pool)
                .await
                .expect("count");
        assert_eq!(left, 0, "{column} still points at her");
    }
    // Her completion, kept, still names a module that shows a skill: working
    // everyone's skills out again must not give them back to her.
    sqlx::query("select refresh_all_person_skill()")
        .execute(&pool)
        .await
        .expect("everyone's skills again");
    let skills: i64 = sqlx::query_scalar("select count(*) from person_skill where account_id = $1")
        .bind(maija)
        .fetch_one(&pool)
        .await
        .expect("counted");
    assert_eq!(skills, 0, "no skills come back to a deleted account");
    let page = text(send(&app, get("/account/deleted?lang=en", &[])).await).await;
    assert!(page.contains("Your account has been deleted"));
}

#[sqlx::test]
async fn staff_cannot_delete_their_account_themselves(pool: PgPool) {
    create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "kaisa@example.fi").await;
    let response = send(
        &app,
        with_cookie(
            form_post("/api/delete-my-account", "confirm=yes", false),
            &cookie,
        ),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(session_works(&app, &cookie).await);
}

#[sqlx::test]
async fn signed_in_pages_are_kept_out_of_every_cache(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "maija@example.fi").await;
    for path in ["/account", "/account/details", "/account/delete"] {
        let response = send(&app, with_cookie(get(path, &[]), &cookie)).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(
            header_of(&response, header::CACHE_CONTROL),
            "no-store",
            "{path}"
        );
    }
}

async fn notices_to(pool: &PgPool, address: &str) -> Vec<String> {
    sqlx::query_scalar("select subject from outbox where recipient = $1 order by outbox_id")
        .bind(address)
        .fetch_all(pool)
        .await
        .expect("outbox")
}

/// The code of the newest link mailed to `address` that contains `path`.
async fn mailed_code(pool: &PgPool, address: &str, path: &str) -> String {
    let body: String = sqlx::query_scalar(
        "select body from outbox where recipient = $1 order by outbox_id desc limit 1",
    )
    .bind(address)
    .fetch_one(pool)
    .await
    .expect("mail");
    body.split(&format!("{path}?code="))
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("link in the body")
        .to_owned()
}

#[sqlx::test]
async fn the_owner_hears_of_every_change_to_how_they_sign_in(pool: PgPool) {
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "maija@example.fi").await;
    // A new password: told at the account's address.
    let body = format!(
        "current_password={}&new_password=uusi+pitka+salasana",
        encode(PASSWORD)
    );
    let response = post_as(&app, &cookie, "/api/change-password", &body).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(
        notices_to(&pool, "maija@example.fi").await,
        ["Your Askel password was changed"]
    );
    // A new address: a link goes to it; once followed, the old one is told.
    let body = format!(
        "display_name=Maija&email=someone.else%40example.fi&phone=&current_password={}",
        encode("uusi pitka salasana")
    );
    let response = post_as(&app, &cookie, "/api/update-details", &body).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let code = mailed_code(&pool, "someone.else@example.fi", "/account/email/confirm").await;
    let response = send(
        &app,
        form_post("/api/confirm-email", &format!("code={code}"), true),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(
        notices_to(&pool, "maija@example.fi").await,
        [
            "Your Askel password was changed",
            "Your Askel sign-in details were changed"
        ]
    );
    // A reset with an emailed link: told too.
    request_reset_link(&app, "someone.else@example.fi").await;
    let code = mailed_code(&pool, "someone.else@example.fi", "/password/new").await;
    let body = format!("code={code}&password=taas+uusi+salasana");
    send(&app, form_post("/api/reset-password", &body, true)).await;
    assert_eq!(
        notices_to(&pool, "someone.else@example.fi")
            .await
            .last()
            .map(String::as_str),
        Some("A new Askel password was set")
    );
}

#[sqlx::test]
async fn a_new_email_address_signs_nobody_in_until_its_link_is_followed(pool: PgPool) {
    let id = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    create_account(&pool, Role::Jobseeker, "first@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "maija@example.fi").await;
    let change_to = |email: &str| {
        format!(
            "display_name=Maija&email={}&phone=&current_password={}",
            encode(email),
            encode(PASSWORD)
        )
    };
    let response = post_as(
        &app,
        &cookie,
        "/api/update-details",
        &change_to("new@example.fi"),
    )
    .await;
    assert_eq!(header_of(&response, header::LOCATION), "/account");
    let page = page_after(&app, &response, "/account?lang=en", &cookie).await;
    assert!(page.contains("A link was sent to new@example.fi"), "{page}");
    // Waiting: the old address still signs in and gets reset links; the new
    // one does neither.
    assert!(can_sign_in(&app, "maija@example.fi", PASSWORD).await);
    assert!(!can_sign_in(&app, "new@example.fi", PASSWORD).await);
    request_reset_link(&app, "new@example.fi").await;
    assert_eq!(
        notices_to(&pool, "new@example.fi").await,
        ["Confirm your new email address for Askel"]
    );
    // A wrong or expired link is explained, not a crash.
    let code = mailed_code(&pool, "new@example.fi", "/account/email/confirm").await;
    let confirm =
        |code: &str| form_post("/api/confirm-email?lang=en", &format!("code={code}"), true);
    let response = send(&app, confirm("AAAAAAAAAAAAAAAAAAAAAAAAAA")).await;
    let page = page_after(&app, &response, "/account/email/confirm?lang=en", "").await;
    assert!(page.contains("This link does not work."), "{page}");
    sqlx::query("update account set pending_email_expires_at = now() - interval '1 minute' where account_id = $1")
        .bind(id)
        .execute(&pool)
        .await
        .expect("expired");
    let response = send(&app, confirm(&code)).await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/account/email/confirm#confirm-email-error-summary"
    );
    // A fresh link, followed: the new address is in use, the old one is not.
    post_as(
        &app,
        &cookie,
        "/api/update-details",
        &change_to("new@example.fi"),
    )
    .await;
    let code = mailed_code(&pool, "new@example.fi", "/account/email/confirm").await;
    let response = send(&app, confirm(&code)).await;
    let page = page_after(&app, &response, "/account/email/confirm?lang=en", "").await;
    assert!(
        page.contains("Your new email address is now in use."),
        "{page}"
    );
    assert!(can_sign_in(&app, "new@example.fi", PASSWORD).await);
    assert!(!can_sign_in(&app, "maija@example.fi", PASSWORD).await);
    // An address another account took meanwhile is not taken over.
    let other = sign_in(&app, "first@example.fi").await;
    post_as(
        &app,
        &other,
        "/api/update-details",
        &change_to("shared@example.fi"),
    )
    .await;
    let code = mailed_code(&pool, "shared@example.fi", "/account/email/confirm").await;
    let late = sign_in(&app, "new@example.fi").await;
    post_as(
        &app,
        &late,
        "/api/update-details",
        &change_to("shared@example.fi"),
    )
    .await;
    send(&app, confirm(&code)).await;
    let second = mailed_code(&pool, "shared@example.fi", "/account/email/confirm").await;
    let response = send(&app, confirm(&second)).await;
    let page = page_after(&app, &response, "/account/email/confirm?lang=en", "").await;
    assert!(
        page.contains("Another account already uses this email address"),
        "{page}"
    );
}

#[sqlx::test]
async fn a_phone_only_account_moving_to_email_keeps_its_phone_until_the_link_is_followed(
    pool: PgPool,
) {
    let id = create_account(&pool, Role::Jobseeker, "temp@example.fi").await;
    sqlx::query("update account set email = null, phone = '+358401112223' where account_id = $1")
        .bind(id)
        .execute(&pool)
        .await
        .expect("phone only");
    let app = test_app(pool.clone(), false);
    let body = format!("contact=040+111+2223&password={}", encode(PASSWORD));
    let response = send(&app, form_post("/api/sign-in", &body, true)).await;
    let cookie = cookie_pair(&response, "askel_session").expect("signed in");
    let body = format!(
        "display_name=Maija&email=maija%40example.fi&phone=&current_password={}",
        encode(PASSWORD)
    );
    let response = post_as(&app, &cookie, "/api/update-details", &body).await;
    assert_eq!(header_of(&response, header::LOCATION), "/account");
    let stored: (Option<String>, Option<String>, Option<String>) = sqlx::query_as(
        "select email::text, phone, pending_email::text from account where account_id = $1",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .expect("account");
    assert_eq!(
        stored,
        (
            None,
            Some("+358401112223".into()),
            Some("maija@example.fi".into())
        )
    );
}

/// One write a jobseeker makes: where it is posted, and the table it writes.
struct Write {
    path: &'static str,
    body: String,
    table: &'static str,
}

#[sqlx::test]
async fn every_write_that_arrives_during_account_deletion_finds_the_account_gone(pool: PgPool) {
    load_modules(&pool).await;
    let event = published_event(&pool, Some(10), None).await.event_id;
    let writes = [
        Write {
            path: "/api/set-language",
            body: "language=fi&level=B1".into(),
            table: "person_language",
        },
        Write {
            path: "/api/skills-start",
            body: "framework=digcomp&mode=short".into(),
            table: "skill_assessment",
        },
        Write {
            path: "/api/event-sign-up",
            body: format!("event={event}"),
            table: "event_signup",
        },
        Write {
            path: "/api/module-answer",
            body: "module=cv&step=length&answer_id=0b3f6a8e-4f3e-4b61-8f4a-5a1a8b0c2d01".into(),
            table: "module_answer",
        },
    ];
    let app = test_app(pool.clone(), false);
    for (n, write) in writes.iter().enumerate() {
        let email = format!("leaving-{n}@example.fi");
        let id = create_account(&pool, Role::Jobseeker, &email).await;
        let cookie = sign_in(&app, &email).await;
        // The deletion has locked the account but not yet committed when the
        // write arrives: the session is still there, so the write is let in.
        // (The account row is what every write holds; the domains' own
        // removals, which come after it, change nothing here.)
        let mut deletion = pool.begin().await.expect("deletion");
        app::my_account::db::remove_personal_data(&mut deletion, id)
            .await
            .expect("removed")
            .expect("a live jobseeker");
        let (app, path, body) = (app.clone(), write.path, write.body.clone());
        let writing = tokio::spawn(async move { post_as(&app, &cookie, path, &body).await });
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert!(!writing.is_finished(), "{path} waits for the deletion");
        deletion.commit().await.expect("deleted");
        let response = writing.await.expect("joined");
        assert!(
            header_of(&response, header::LOCATION).ends_with("-error-summary"),
            "{path}: {:?}",
            response.headers()
        );
        let left: i64 = sqlx::query_scalar(&format!(
            "select count(*) from {} where account_id = $1",
            write.table
        ))
        .bind(id)
        .fetch_one(&pool)
        .await
        .expect("count");
        assert_eq!(left, 0, "{path} wrote nothing against the removed account");
    }
}

#[sqlx::test]
async fn the_download_explains_itself_in_the_persons_language(pool: PgPool) {
    use app::i18n::{Locale, translate};
    let app = test_app(pool.clone(), false);
    for locale in Locale::ALL {
        let email = format!("reader-{}@example.fi", locale.code());
        let id = create_account(&pool, Role::Jobseeker, &email).await;
        sqlx::query("update account set locale = $1 where account_id = $2")
            .bind(locale.code())
            .bind(id)
            .execute(&pool)
            .await
            .expect("language chosen");
        let cookie = sign_in(&app, &email).await;
        let (_, data) = my_data(&app, &cookie).await;
        let read_me = &data["read_me"];
        assert_eq!(read_me["language"], locale.code());
        let about = read_me["about"].as_str().unwrap_or_default();
        assert_eq!(about, translate(locale, "export-about"), "{locale:?}");
        if locale != Locale::En {
            assert_ne!(about, translate(Locale::En, "export-about"), "{locale:?}");
        }
        // Every part of the file is named in words, and nothing else is.
        let keys: Vec<&str> = data
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .filter(|key| *key != "read_me")
            .collect();
        let parts = read_me["parts"].as_array().expect("parts");
        let named: Vec<&str> = parts.iter().filter_map(|p| p["key"].as_str()).collect();
        let (mut keys_sorted, mut named_sorted) = (keys.clone(), named.clone());
        keys_sorted.sort_unstable();
        named_sorted.sort_unstable();
        assert_eq!(named_sorted, keys_sorted, "every part and no other");
        for part in parts {
            let name = part["name"].as_str().unwrap_or_default();
            assert!(
                !name.is_empty() && !name.starts_with("export-part-"),
                "{locale:?}: {part}"
            );
        }
    }
}
