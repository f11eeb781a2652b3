//! Employers and their staff: coaches and admins add employers, put people
//! on their staff (making an organiser account for someone new) and take
//! them off again.

use crate::support;

use app::accounts::Role;
use axum::{
    Router,
    http::{StatusCode, header},
};
use sqlx::PgPool;
use support::{
    can_sign_in, create_account, encode, form_post, get, header_of, page, page_after, post_as,
    send, sign_in, test_app, with_cookie,
};

async fn audit_details(pool: &PgPool, action: &str) -> Vec<Option<String>> {
    sqlx::query_scalar("select detail from audit_log where action = $1 order by audit_log_id")
        .bind(action)
        .fetch_all(pool)
        .await
        .expect("audit")
}

/// Posts the "add an employer" form; returns the response.
async fn add_employer(
    app: &Router,
    cookie: &str,
    name: &str,
    business_id: &str,
) -> axum::response::Response {
    let body = format!("name={}&business_id={}", encode(name), encode(business_id));
    post_as(app, cookie, "/api/create-employer?lang=en", &body).await
}

/// The employer id at the end of the page a post was sent on to.
fn employer_in(response: &axum::response::Response) -> i64 {
    let location = header_of(response, header::LOCATION);
    location
        .strip_prefix("/employers/")
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("sent on to an employer, not {location}"))
}

/// An employer added through the form by the person whose session `cookie` is.
async fn new_employer(app: &Router, cookie: &str, name: &str) -> i64 {
    employer_in(&add_employer(app, cookie, name, "").await)
}

async fn members(pool: &PgPool, employer: i64) -> Vec<i64> {
    sqlx::query_scalar(
        "select account_id from employer_member where employer_id = $1 order by account_id",
    )
    .bind(employer)
    .fetch_all(pool)
    .await
    .expect("members")
}

#[sqlx::test]
async fn a_coach_adds_an_employer_and_comes_to_its_page(pool: PgPool) {
    create_account(&pool, Role::Coach, "coach@example.fi").await;
    let app = test_app(pool.clone(), false);
    let coach = sign_in(&app, "coach@example.fi").await;

    let response = add_employer(&app, &coach, "  Siivous  Oy ", " 0112038-9 ").await;
    let employer = employer_in(&response);
    let path = format!("/employers/{employer}");
    let shown = page_after(&app, &response, &format!("{path}?lang=en"), &coach).await;
    assert!(shown.contains("The employer has been added."), "{shown}");
    assert!(shown.contains("<h1>Siivous Oy</h1>") && shown.contains("0112038-9"));
    assert!(shown.contains("Nobody is on the staff yet."));

    let list = page(&app, &coach, "/employers").await;
    assert!(
        list.contains(&format!(r#"<a href="{path}">Siivous Oy</a>"#)),
        "{list}"
    );
    assert_eq!(
        audit_details(&pool, "employer_created").await,
        [Some(format!("employer:{employer}"))]
    );
}

#[sqlx::test]
async fn a_wrong_or_repeated_employer_is_a_problem_with_its_field(pool: PgPool) {
    create_account(&pool, Role::Admin, "admin@example.fi").await;
    let app = test_app(pool.clone(), false);
    let admin = sign_in(&app, "admin@example.fi").await;
    add_employer(&app, &admin, "Varasto Oy", "1234567-1").await;
    new_employer(&app, &admin, "Keittiö Oy").await;

    let refusals = [
        (
            "Uusi Oy",
            "1234567-2",
            "its last digit does not match the others",
        ),
        (
            "Uusi Oy",
            "123456-1",
            "Write the business ID as seven digits",
        ),
        (
            "Toinen Varasto Oy",
            "1234567-1",
            "An employer with this business ID is already on the list.",
        ),
        (
            "KEITTIÖ oy",
            "",
            "An employer with this name is already on the list.",
        ),
        ("", "", "Enter the employer"),
    ];
    for (name, business_id, message) in refusals {
        let response = add_employer(&app, &admin, name, business_id).await;
        assert_eq!(
            header_of(&response, header::LOCATION),
            "/employers#employer-create-error-summary",
            "{name} {business_id}"
        );
        let shown = page_after(&app, &response, "/employers?lang=en", &admin).await;
        assert!(shown.contains(message), "{message}: {shown}");
        // What was typed is there to correct.
        assert!(shown.contains(&format!(r#"value="{name}""#)), "{name}");

        let body = format!("name={}&business_id={}", encode(name), encode(business_id));
        let request = with_cookie(form_post("/api/create-employer", &body, false), &admin);
        let status = send(&app, request).await.status();
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{name} {business_id}"
        );
    }
    // The same name with a business ID of its own is another employer.
    employer_in(&add_employer(&app, &admin, "Keittiö Oy", "1000010-0").await);
    let count: i64 = sqlx::query_scalar("select count(*) from employer")
        .fetch_one(&pool)
        .await
        .expect("employers");
    assert_eq!(count, 3);
}

#[sqlx::test]
async fn an_organiser_joins_the_staff_once_and_others_are_refused(pool: PgPool) {
    create_account(&pool, Role::Coach, "coach@example.fi").await;
    let organiser = create_account(&pool, Role::Organiser, "olli@example.fi").await;
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool.clone(), false);
    let coach = sign_in(&app, "coach@example.fi").await;
    let employer = new_employer(&app, &coach, "Varasto Oy").await;
    let path = format!("/employers/{employer}");

    for _ in 0..2 {
        let body = format!("employer={employer}&display_name=Olli&email=OLLI%40example.fi");
        let response = post_as(&app, &coach, "/api/add-employer-staff?lang=en", &body).await;
        assert_eq!(
            header_of(&response, header::LOCATION),
            format!("{path}#employer-staff")
        );
        let shown = page_after(&app, &response, &format!("{path}?lang=en"), &coach).await;
        // Named as their account names them, with no new code.
        assert!(shown.contains("Test organiser is on the staff."), "{shown}");
        assert!(!shown.contains("code-display"));
        assert!(shown.contains("olli@example.fi"));
    }
    assert_eq!(members(&pool, employer).await, [organiser]);
    assert_eq!(
        audit_details(&pool, "employer_staff_added").await,
        [Some(format!("employer:{employer}"))]
    );

    let gone = create_account(&pool, Role::Organiser, "gone@example.fi").await;
    sqlx::query("update account set deactivated_at = now() where account_id = $1")
        .bind(gone)
        .execute(&pool)
        .await
        .expect("deactivated");
    let refusals = [
        (
            "maija@example.fi",
            "This address belongs to an account that cannot be on an",
        ),
        ("gone@example.fi", "has been deactivated"),
    ];
    for (email, message) in refusals {
        let body = format!("employer={employer}&display_name=X&email={}", encode(email));
        let response = post_as(&app, &coach, "/api/add-employer-staff?lang=en", &body).await;
        assert_eq!(
            header_of(&response, header::LOCATION),
            format!("{path}#employer-staff-error-summary")
        );
        let shown = page_after(&app, &response, &format!("{path}?lang=en"), &coach).await;
        assert!(shown.contains(message), "{message}: {shown}");
    }
    assert_eq!(members(&pool, employer).await, [organiser]);
}

#[sqlx::test]
async fn someone_new_gets_an_organiser_account_and_a_code_for_its_password(pool: PgPool) {
    create_account(&pool, Role::Admin, "admin@example.fi").await;
    let app = test_app(pool.clone(), false);
    let admin = sign_in(&app, "admin@example.fi").await;
    let employer = new_employer(&app, &admin, "Varasto Oy").await;
    let path = format!("/employers/{employer}");

    let body = format!("employer={employer}&display_name=Uuno+Uusi&email=uuno%40example.fi");
    let response = post_as(&app, &admin, "/api/add-employer-staff?lang=en", &body).await;
    let shown = page_after(&app, &response, &format!("{path}?lang=en"), &admin).await;
    assert!(shown.contains("Account created for Uuno Uusi"), "{shown}");
    let code = shown
        .split(r#"<p class="code-display">"#)
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the code is shown")
        .to_owned();
    // Shown once: the page read again has the person, not the code.
    let again = page(&app, &admin, &path).await;
    assert!(again.contains("Uuno Uusi") && !again.contains(&code));

    let (account, role): (i64, Role) =
        sqlx::query_as("select account_id, role from account where email = 'uuno@example.fi'")
            .fetch_one(&pool)
            .await
            .expect("the new account");
    assert_eq!(role, Role::Organiser);
    assert_eq!(members(&pool, employer).await, [account]);
    assert_eq!(
        audit_details(&pool, "account_created").await.last(),
        Some(&Some("organiser".to_owned()))
    );

    let password = "oma uusi salasana";
    let body = format!("code={}&password={}", encode(&code), encode(password));
    let response = send(&app, form_post("/api/reset-password", &body, true)).await;
    assert_eq!(header_of(&response, header::LOCATION), "/sign-in");
    assert!(can_sign_in(&app, "uuno@example.fi", password).await);
}

#[sqlx::test]
async fn taking_someone_off_the_staff_keeps_their_account(pool: PgPool) {
    create_account(&pool, Role::Coach, "coach@example.fi").await;
    let organiser = create_account(&pool, Role::Organiser, "olli@example.fi").await;
    let app = test_app(pool.clone(), false);
    let coach = sign_in(&app, "coach@example.fi").await;
    let employer = new_employer(&app, &coach, "Varasto Oy").await;
    let other = new_employer(&app, &coach, "Keittiö Oy").await;
    for at in [employer, other] {
        let body = format!("employer={at}&display_name=Olli&email=olli%40example.fi");
        post_as(&app, &coach, "/api/add-employer-staff", &body).await;
    }
    let path = format!("/employers/{employer}");
    assert!(
        page(&app, &coach, &path)
            .await
            .contains("Remove Test organiser from the staff")
    );

    for _ in 0..2 {
        let body = format!("employer={employer}&account={organiser}");
        let response = post_as(&app, &coach, "/api/remove-employer-staff?lang=en", &body).await;
        assert_eq!(
            header_of(&response, header::LOCATION),
            format!("{path}#employer-staff-remove")
        );
        let shown = page_after(&app, &response, &format!("{path}?lang=en"), &coach).await;
        assert!(shown.contains("The person has been removed from the staff."));
    }
    assert!(members(&pool, employer).await.is_empty());
    assert_eq!(
        members(&pool, other).await,
        [organiser],
        "other employers keep them"
    );
    assert!(can_sign_in(&app, "olli@example.fi", support::PASSWORD).await);
    assert_eq!(
        audit_details(&pool, "employer_staff_removed").await,
        [Some(format!("employer:{employer}"))]
    );
    // An employer that does not exist is not found.
    let body = format!("employer=0&account={organiser}");
    let request = with_cookie(
        form_post("/api/remove-employer-staff", &body, false),
        &coach,
    );
    assert_eq!(send(&app, request).await.status(), StatusCode::NOT_FOUND);
}

#[sqlx::test]
async fn only_coaches_and_admins_keep_employers(pool: PgPool) {
    create_account(&pool, Role::Coach, "coach@example.fi").await;
    create_account(&pool, Role::Admin, "admin@example.fi").await;
    create_account(&pool, Role::Organiser, "olli@example.fi").await;
    create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool.clone(), false);
    let coach = sign_in(&app, "coach@example.fi").await;
    let employer = new_employer(&app, &coach, "Varasto Oy").await;
    let admin = sign_in(&app, "admin@example.fi").await;
    assert!(
        page(&app, &admin, &format!("/employers/{employer}"))
            .await
            .contains("Varasto Oy")
    );

    for email in ["olli@example.fi", "maija@example.fi"] {
        let cookie = sign_in(&app, email).await;
        let response = send(&app, with_cookie(get("/employers", &[]), &cookie)).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{email}");
        let body = format!("employer={employer}&display_name=X&email={}", encode(email));
        for (path, body) in [
            ("/api/create-employer", "name=Oma+Oy"),
            ("/api/add-employer-staff", body.as_str()),
        ] {
            let request = with_cookie(form_post(path, body, false), &cookie);
            assert_eq!(
                send(&app, request).await.status(),
                StatusCode::FORBIDDEN,
                "{path}"
            );
        }
    }
    let count: i64 = sqlx::query_scalar("select count(*) from employer")
        .fetch_one(&pool)
        .await
        .expect("employers");
    assert_eq!(count, 1);
    assert!(members(&pool, employer).await.is_empty());
}
