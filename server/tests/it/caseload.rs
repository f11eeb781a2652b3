//! The coach's caseload list without JavaScript: only their own jobseekers,
//! with activity, module progress, DigComp progress and the next event;
//! search, "quiet for 14 days", sorting and pages; every listing audited.

use crate::support;

use app::accounts::Role;
use sqlx::PgPool;
use support::{
    assign_to_coach, create_account, insert_jobseekers, load_modules, page, published_event,
    sign_in, submit_digcomp, test_app,
};

async fn jobseeker_of(pool: &PgPool, coach: i64, email: &str, name: &str) -> i64 {
    let id = create_account(pool, Role::Jobseeker, email).await;
    sqlx::query("update account set display_name = $2 where account_id = $1")
        .bind(id)
        .bind(name)
        .execute(pool)
        .await
        .expect("named");
    assign_to_coach(pool, id, coach).await;
    // Creating the account is not activity: no sessions until they sign in.
    sqlx::query("delete from session where account_id = $1")
        .bind(id)
        .execute(pool)
        .await
        .expect("no sessions");
    id
}

/// Rows of the caseload table, by name, in order.
fn names_in(html: &str) -> Vec<String> {
    html.split(r#"<th scope="row"><a href="/coach/jobseekers/"#)
        .skip(1)
        .filter_map(|rest| rest.split('>').nth(1)?.split('<').next())
        .map(str::to_owned)
        .collect()
}

#[sqlx::test]
async fn a_coach_sees_only_their_caseload_with_its_progress(pool: PgPool) {
    load_modules(&pool).await;
    let app = test_app(pool.clone(), false);
    let coach = create_account(&pool, Role::Coach, "coach@example.fi").await;
    let other = create_account(&pool, Role::Coach, "other@example.fi").await;
    let aada = jobseeker_of(&pool, coach, "aada@example.fi", "Aada Aktiivinen").await;
    let bertta = jobseeker_of(&pool, coach, "bertta@example.fi", "Bertta Hiljainen").await;
    let cecilia = jobseeker_of(&pool, coach, "cecilia@example.fi", "Cecilia Kehittyvä").await;
    let dora = jobseeker_of(&pool, other, "dora@example.fi", "Dora Toisen").await;

    // Aada: two modules assigned, one of them done, and active today.
    sqlx::query(
        "insert into module_assignment (account_id, module_id, assigned_by) values ($1, 'cv', $2), ($1, 'strengths', $2)",
    )
    .bind(aada)
    .bind(coach)
    .execute(&pool)
    .await
    .expect("assigned");
    sqlx::query(
        "insert into module_answer (account_id, module_id, step_id)
         select $1, module_id, step_id from module_step where module_id = 'strengths'",
    )
    .bind(aada)
    .execute(&pool)
    .await
    .expect("answered");
    // Bertta: last active three weeks ago.
    sqlx::query(
        "insert into module_answer (account_id, module_id, step_id, answered_at)
         select $1, module_id, step_id, now() - interval '21 days' from module_step
         where module_id = 'cv' order by step_id limit 1",
    )
    .bind(bertta)
    .execute(&pool)
    .await
    .expect("old answer");
    // Cecilia: DigComp twice, "with help" then "on my own"; an event ahead.
    submit_digcomp(&pool, cecilia, 2, &[]).await;
    submit_digcomp(&pool, cecilia, 3, &[]).await;
    let event = published_event(&pool, Some(5), None).await.event_id;
    sqlx::query("insert into event_signup (event_id, account_id, status, confirmed_at) values ($1, $2, 'confirmed', now())")
        .bind(event)
        .bind(cecilia)
        .execute(&pool)
        .await
        .expect("signed up");

    let cookie = sign_in(&app, "coach@example.fi").await;
    let list = page(&app, &cookie, "/coach/caseload").await;
    assert!(list.contains("3 jobseekers"), "{list}");
    assert!(!list.contains("Dora Toisen"));
    // Quietest first: Bertta (three weeks), then the two active today.
    assert_eq!(names_in(&list)[0], "Bertta Hiljainen");
    assert!(list.contains("1 of 2 done"), "{list}");
    assert!(list.contains("No activity in 14 days"));
    assert!(list.contains("Intermediate (+1.0)"), "{list}");
    assert!(list.contains("Not assessed yet"));

    let by_name = page(&app, &cookie, "/coach/caseload?sort=name").await;
    assert_eq!(
        names_in(&by_name),
        ["Aada Aktiivinen", "Bertta Hiljainen", "Cecilia Kehittyvä"]
    );
    let quiet = page(&app, &cookie, "/coach/caseload?quiet=yes").await;
    assert_eq!(names_in(&quiet), ["Bertta Hiljainen"]);
    let found = page(&app, &cookie, "/coach/caseload?search=KEHIT").await;
    assert_eq!(names_in(&found), ["Cecilia Kehittyvä"]);
    // A search for another coach's jobseeker finds nobody.
    let theirs = page(&app, &cookie, "/coach/caseload?search=Dora").await;
    assert!(theirs.contains("Nobody found"), "{theirs}");

    // Each listing is audited for the people shown, never for others.
    let audited: Vec<i64> = sqlx::query_scalar(
        "select distinct subject_id from audit_log
         where action = 'viewed_personal_data' and detail = 'caseload' and actor_id = $1 order by 1",
    )
    .bind(coach)
    .fetch_all(&pool)
    .await
    .expect("audit");
    let mut expected = vec![aada, bertta, cecilia];
    expected.sort_unstable();
    assert_eq!(audited, expected);
    assert!(!audited.contains(&dora));

    let other_cookie = sign_in(&app, "other@example.fi").await;
    let other_list = page(&app, &other_cookie, "/coach/caseload").await;
    assert_eq!(names_in(&other_list), ["Dora Toisen"]);
}

#[sqlx::test]
async fn a_long_caseload_comes_a_page_at_a_time(pool: PgPool) {
    let app = test_app(pool.clone(), false);
    let coach = create_account(&pool, Role::Coach, "pages@example.fi").await;
    for id in insert_jobseekers(&pool, 30).await {
        assign_to_coach(&pool, id, coach).await;
    }
    let cookie = sign_in(&app, "pages@example.fi").await;
    let first = page(&app, &cookie, "/coach/caseload?sort=name").await;
    assert!(first.contains("30 jobseekers"));
    assert!(first.contains("Page 1 of 2"));
    assert_eq!(names_in(&first).len(), 25);
    assert!(
        first.contains(r#"href="/coach/caseload?page=2&amp;sort=name""#),
        "{first}"
    );
    let second = page(&app, &cookie, "/coach/caseload?sort=name&page=2").await;
    assert_eq!(names_in(&second).len(), 5);
    assert!(second.contains("Page 2 of 2"));
    let all: Vec<String> = names_in(&first)
        .into_iter()
        .chain(names_in(&second))
        .collect();
    let mut sorted = all.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), 30, "every person once");
}
