//! Administering staff accounts: creating them and changing their roles.

use crate::support;

use app::accounts::Role;
use axum::http::{StatusCode, header};
use sqlx::PgPool;
use support::{
    assign_to_coach, cookie_pair, create_account, encode, form_post, header_of, page_after,
    post_as, send, sign_in, test_app, with_cookie,
};

async fn audit_details(pool: &PgPool, action: &str) -> Vec<Option<String>> {
    sqlx::query_scalar("select detail from audit_log where action = $1 order by audit_log_id")
        .bind(action)
        .fetch_all(pool)
        .await
        .expect("audit")
}

#[sqlx::test]
async fn an_admin_creates_a_coach_who_sets_their_own_password_with_the_code(pool: PgPool) {
    create_account(&pool, Role::Admin, "admin@example.fi").await;
    let app = test_app(pool.clone(), false);
    let admin = sign_in(&app, "admin@example.fi").await;

    let response = post_as(
        &app,
        &admin,
        "/api/create-account?lang=en",
        "role=jobseeker&display_name=&contact=x",
    )
    .await;
    let page = page_after(&app, &response, "/admin/users?lang=en", &admin).await;
    for problem in [
        "Choose a role.",
        "Enter your name.",
        "Enter an email address like",
    ] {
        assert!(page.contains(problem), "{problem}");
    }

    let body = "role=coach&display_name=Kaisa+Koutsi&contact=kaisa%40example.fi";
    let response = post_as(&app, &admin, "/api/create-account?lang=en", body).await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/admin/users#create-account"
    );
    let page = page_after(&app, &response, "/admin/users?lang=en", &admin).await;
    assert!(page.contains("Account created for Kaisa Koutsi"));
    let code = page
        .split(r#"<p class="code-display">"#)
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the code is shown")
        .to_owned();
    assert_eq!(code.len(), 11, "{code}");
    assert!(
        page.contains("Kaisa Koutsi") && page.contains("kaisa@example.fi"),
        "listed"
    );

    let again = post_as(&app, &admin, "/api/create-account?lang=en", body).await;
    let page = page_after(&app, &again, "/admin/users?lang=en", &admin).await;
    assert!(page.contains("This email or phone number already has an account."));

    let password = "oma uusi salasana";
    let body = format!("code={}&password={}", encode(&code), encode(password));
    let response = send(&app, form_post("/api/reset-password", &body, true)).await;
    assert_eq!(header_of(&response, header::LOCATION), "/sign-in");
    let body = format!("contact=kaisa%40example.fi&password={}", encode(password));
    let response = send(&app, form_post("/api/sign-in", &body, true)).await;
    assert!(cookie_pair(&response, "askel_session").is_some());
    assert_eq!(header_of(&response, header::LOCATION), "/coach/invitations");
    // The admin's own creation by the CLI comes first.
    let created = audit_details(&pool, "account_created").await;
    assert_eq!(
        created.last(),
        Some(&Some("coach".to_owned())),
        "{created:?}"
    );
}

#[sqlx::test]
async fn roles_change_except_ones_own_and_a_coach_with_a_caseload(pool: PgPool) {
    let admin_id = create_account(&pool, Role::Admin, "admin@example.fi").await;
    let organiser = create_account(&pool, Role::Organiser, "olli@example.fi").await;
    let coach = create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    let jobseeker = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    assign_to_coach(&pool, jobseeker, coach).await;
    sqlx::raw_sql(&format!(
        "insert into employer (name, created_by) values ('Siivous Oy', {admin_id});
         insert into employer_member (employer_id, account_id) select employer_id, {organiser} from employer"
    ))
    .execute(&pool)
    .await
    .expect("on an employer's staff");
    let app = test_app(pool.clone(), false);
    let admin = sign_in(&app, "admin@example.fi").await;

    let response = post_as(
        &app,
        &admin,
        "/api/change-role",
        &format!("account={organiser}&role=coach"),
    )
    .await;
    let staff: i64 = sqlx::query_scalar("select count(*) from employer_member")
        .fetch_one(&pool)
        .await
        .expect("counted");
    assert_eq!(staff, 0, "a coach now, no longer on the employer's staff");
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/admin/users#change-role"
    );
    let role: Role = sqlx::query_scalar("select role from account where account_id = $1")
        .bind(organiser)
        .fetch_one(&pool)
        .await
        .expect("role");
    assert_eq!(role, Role::Coach);
    assert_eq!(
        audit_details(&pool, "role_changed").await,
        [Some("coach".to_owned())]
    );

    let refusals = [
        (admin_id, "organiser", "You cannot change your own role."),
        (
            coach,
            "organiser",
            "This coach still has jobseekers on their caseload.",
        ),
    ];
    for (account, role, message) in refusals {
        let body = format!("account={account}&role={role}");
        let response = post_as(&app, &admin, "/api/change-role?lang=en", &body).await;
        let page = page_after(&app, &response, "/admin/users?lang=en", &admin).await;
        assert!(page.contains(message), "{message}");
    }
    // Jobseekers are not staff: their role is not the admin's to change.
    let body = format!("account={jobseeker}&role=coach");
    let response = send(
        &app,
        with_cookie(form_post("/api/change-role", &body, false), &admin),
    )
    .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(audit_details(&pool, "role_changed").await.len(), 1);
}

async fn set_active(app: &axum::Router, admin: &str, account: i64, active: &str) -> StatusCode {
    let body = format!("account={account}&active={active}");
    let request = with_cookie(form_post("/api/set-active", &body, false), admin);
    send(app, request).await.status()
}

async fn sign_in_status(app: &axum::Router, email: &str) -> StatusCode {
    let body = format!(
        "contact={}&password={}",
        encode(email),
        encode(support::PASSWORD)
    );
    send(app, form_post("/api/sign-in", &body, false))
        .await
        .status()
}

#[sqlx::test]
async fn a_deactivated_staff_account_is_out_at_once_and_its_codes_stop_working(pool: PgPool) {
    create_account(&pool, Role::Admin, "admin@example.fi").await;
    let coach = create_account(&pool, Role::Coach, "leaving@example.fi").await;
    let app = test_app(pool.clone(), false);
    let admin = sign_in(&app, "admin@example.fi").await;
    let coach_session = sign_in(&app, "leaving@example.fi").await;
    // An invitation the coach handed out before leaving.
    let response = send(
        &app,
        with_cookie(
            form_post("/api/create-invitation", "", false),
            &coach_session,
        ),
    )
    .await;
    let invitation: String =
        serde_json::from_str(&support::text(response).await).expect("code as JSON");

    assert_eq!(set_active(&app, &admin, coach, "no").await, StatusCode::OK);
    // Signed out everywhere, cannot sign in, the invitation is void.
    let page = send(
        &app,
        with_cookie(support::get("/account", &[]), &coach_session),
    )
    .await;
    assert_eq!(page.status(), StatusCode::FOUND);
    assert_eq!(
        sign_in_status(&app, "leaving@example.fi").await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let codes: i64 = sqlx::query_scalar("select count(*) from one_time_code where issued_by = $1")
        .bind(coach)
        .fetch_one(&pool)
        .await
        .expect("codes");
    assert_eq!(codes, 0, "invitation {invitation} voided");
    assert_eq!(audit_details(&pool, "account_deactivated").await, [None]);
    // An admin cannot deactivate themself, nor an account twice.
    let me: i64 =
        sqlx::query_scalar("select account_id from account where email = 'admin@example.fi'")
            .fetch_one(&pool)
            .await
            .expect("admin id");
    assert_eq!(
        set_active(&app, &admin, me, "no").await,
        StatusCode::CONFLICT
    );
    assert_eq!(
        set_active(&app, &admin, coach, "no").await,
        StatusCode::NOT_FOUND
    );
    // Back again: the same password works.
    assert_eq!(set_active(&app, &admin, coach, "yes").await, StatusCode::OK);
    assert_eq!(
        sign_in_status(&app, "leaving@example.fi").await,
        StatusCode::OK
    );
    assert_eq!(audit_details(&pool, "account_reactivated").await, [None]);
}

#[sqlx::test]
async fn a_coach_with_jobseekers_stays_active_until_they_are_moved(pool: PgPool) {
    create_account(&pool, Role::Admin, "admin@example.fi").await;
    let coach = create_account(&pool, Role::Coach, "busy@example.fi").await;
    let jobseeker = create_account(&pool, Role::Jobseeker, "js@example.fi").await;
    assign_to_coach(&pool, jobseeker, coach).await;
    let app = test_app(pool.clone(), false);
    let admin = sign_in(&app, "admin@example.fi").await;
    let response = post_as(
        &app,
        &admin,
        "/api/set-active?lang=en",
        &format!("account={coach}&active=no"),
    )
    .await;
    let page = page_after(&app, &response, "/admin/users?lang=en", &admin).await;
    assert!(
        page.contains("Move them to another coach before deactivating"),
        "{page}"
    );
    // The caseload's size is on the list, beside the model's guide.
    assert!(
        page.contains("One jobseeker on their caseload (the model&#x27;s guide: about 20")
            || page.contains("One jobseeker on their caseload (the model's guide: about 20"),
        "{page}"
    );
    assert_eq!(
        sign_in_status(&app, "busy@example.fi").await,
        StatusCode::OK
    );
    // Jobseekers are refused too: they delete their own account instead.
    assert_eq!(
        set_active(&app, &admin, jobseeker, "no").await,
        StatusCode::NOT_FOUND
    );
}

#[sqlx::test]
async fn a_coach_being_handed_a_jobseeker_cannot_be_deactivated_in_that_moment(pool: PgPool) {
    create_account(&pool, Role::Admin, "admin@example.fi").await;
    let first = create_account(&pool, Role::Coach, "first@example.fi").await;
    let second = create_account(&pool, Role::Coach, "second@example.fi").await;
    let jobseeker = create_account(&pool, Role::Jobseeker, "moved@example.fi").await;
    assign_to_coach(&pool, jobseeker, first).await;
    let app = test_app(pool.clone(), false);
    let admin = sign_in(&app, "admin@example.fi").await;
    // The transfer to the second coach is under way, not yet committed.
    let mut transfer = pool.begin().await.expect("a transaction");
    assert!(
        app::caseload::person_db::transfer(&mut transfer, first, jobseeker, second)
            .await
            .expect("transfer")
    );
    // The admin deactivates the second coach meanwhile: it waits for the
    // transfer, then sees the jobseeker on their caseload and refuses.
    let deactivation = tokio::spawn(async move { set_active(&app, &admin, second, "no").await });
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(
        !deactivation.is_finished(),
        "the deactivation waits for the transfer"
    );
    transfer.commit().await.expect("committed");
    assert_eq!(deactivation.await.expect("answered"), StatusCode::CONFLICT);
    let (coach, deactivated): (Option<i64>, bool) = sqlx::query_as(
        "select j.coach_id, c.deactivated_at is not null
         from account j, account c where j.account_id = $1 and c.account_id = $2",
    )
    .bind(jobseeker)
    .bind(second)
    .fetch_one(&pool)
    .await
    .expect("accounts");
    assert_eq!((coach, deactivated), (Some(second), false));
}

#[sqlx::test]
async fn a_coach_who_stops_coaching_leaves_no_invitation_behind(pool: PgPool) {
    create_account(&pool, Role::Admin, "admin@example.fi").await;
    let coach = create_account(&pool, Role::Coach, "was-coach@example.fi").await;
    let app = test_app(pool.clone(), false);
    let coach_cookie = sign_in(&app, "was-coach@example.fi").await;
    post_as(&app, &coach_cookie, "/api/create-invitation", "").await;
    let unused = || async {
        sqlx::query_scalar::<_, i64>(
            "select count(*) from one_time_code where issued_by = $1 and used_at is null",
        )
        .bind(coach)
        .fetch_one(&pool)
        .await
        .expect("count")
    };
    assert_eq!(unused().await, 1);
    let admin = sign_in(&app, "admin@example.fi").await;
    post_as(
        &app,
        &admin,
        "/api/change-role",
        &format!("account={coach}&role=organiser"),
    )
    .await;
    assert_eq!(
        unused().await,
        0,
        "an organiser's invitation would put jobseekers nowhere"
    );
}
