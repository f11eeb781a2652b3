//! Every column that points at an account belongs to a domain that exports
//! and removes it, or names the staff member who did something: a new table
//! holding personal data cannot be left out of "Download my data" and
//! account deletion.

use std::collections::BTreeSet;

use app::personal_data::{Domain, STAFF_COLUMNS};
use sqlx::PgPool;

#[sqlx::test]
async fn every_column_pointing_at_an_account_is_someones_part(pool: PgPool) {
    let in_database: BTreeSet<String> = sqlx::query_scalar(
        "select c.conrelid::regclass::text || '.' || a.attname
         from pg_constraint c
         join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
         where c.contype = 'f' and c.confrelid = 'account'::regclass",
    )
    .fetch_all(&pool)
    .await
    .expect("foreign keys")
    .into_iter()
    .collect();
    let mut claimed = BTreeSet::new();
    let parts = Domain::ALL
        .iter()
        .flat_map(|d| d.columns())
        .chain(app::my_account::personal_data::COLUMNS)
        .chain(STAFF_COLUMNS.iter().map(|(column, _)| column));
    for column in parts {
        assert!(
            claimed.insert(column.to_string()),
            "{column} is claimed twice"
        );
    }
    let unclaimed: Vec<&String> = in_database.difference(&claimed).collect();
    assert!(
        unclaimed.is_empty(),
        "these columns point at an account but no domain exports and removes them \
         (app/src/personal_data.rs): {unclaimed:?}"
    );
    let stale: Vec<&String> = claimed.difference(&in_database).collect();
    assert!(
        stale.is_empty(),
        "claimed but not in the database: {stale:?}"
    );
}
