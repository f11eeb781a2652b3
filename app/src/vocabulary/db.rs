//! Stores the vocabulary's items, so profiles and jobs can refer to them.

use sqlx::PgConnection;

use super::types::{CompetenceRef, Vocabulary};
use crate::content_files::{StoreError, Stored, StoredVersion, store_outcome};

/// Stores `vocabulary` unless the database has it already; changed files
/// need a higher version. Items no longer in the files become inactive.
pub async fn store_vocabulary(
    conn: &mut PgConnection,
    vocabulary: &Vocabulary,
) -> Result<Stored, StoreError> {
    let stored = sqlx::query_as!(
        StoredVersion,
        r#"select version, content_hash as hash, true as "active!" from vocabulary_version for update"#
    )
    .fetch_optional(&mut *conn)
    .await?;
    let outcome = store_outcome(
        stored,
        &vocabulary.hash,
        vocabulary.version,
        "vocabulary".to_owned(),
        "vocabulary.toml",
    )?;
    if outcome == Stored::Unchanged {
        return Ok(outcome);
    }
    sqlx::query!(
        "insert into vocabulary_version (version, content_hash) values ($1, $2)
         on conflict (vocabulary_version_id) do update
         set version = $1, content_hash = $2, loaded_at = now()",
        vocabulary.version,
        vocabulary.hash
    )
    .execute(&mut *conn)
    .await?;
    store_skills(conn, vocabulary).await?;
    store_occupations(conn, vocabulary).await?;
    store_certificates_and_languages(conn, vocabulary).await?;
    // Which skills, modules and cards count as evidence may have changed:
    // everyone's skill set is worked out again (see the person_skill migration).
    sqlx::query_scalar!(r#"select refresh_all_person_skill() as "kept!""#)
        .fetch_one(&mut *conn)
        .await?;
    Ok(outcome)
}

async fn store_skills(conn: &mut PgConnection, vocabulary: &Vocabulary) -> Result<(), sqlx::Error> {
    let skills = &vocabulary.skills;
    let ids: Vec<String> = skills.iter().map(|s| s.id.clone()).collect();
    let uris: Vec<String> = skills.iter().map(|s| s.esco.clone()).collect();
    let fields: Vec<String> = skills.iter().map(|s| s.field.clone()).collect();
    let competence = |part: fn(&CompetenceRef) -> &String| -> Vec<Option<String>> {
        skills
            .iter()
            .map(|s| s.competence.as_ref().map(|c| part(c).clone()))
            .collect()
    };
    let frameworks = competence(|c| &c.framework);
    let competences = competence(|c| &c.competence);
    sqlx::query!(
        "insert into vocabulary_skill (skill_id, esco_uri, field, framework_id, competence_id, active)
         select id, uri, field, framework, competence, true
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
              as s(id, uri, field, framework, competence)
         on conflict (skill_id) do update
         set esco_uri = excluded.esco_uri, field = excluded.field,
             framework_id = excluded.framework_id, competence_id = excluded.competence_id, active = true",
        &ids,
        &uris,
        &fields,
        &frameworks as &[Option<String>],
        &competences as &[Option<String>]
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "update vocabulary_skill set active = false where skill_id <> all($1)",
        &ids
    )
    .execute(&mut *conn)
    .await?;
    let (module_skills, modules): (Vec<String>, Vec<String>) = skills
        .iter()
        .flat_map(|s| s.modules.iter().map(|m| (s.id.clone(), m.clone())))
        .unzip();
    sqlx::query!("delete from vocabulary_skill_module")
        .execute(&mut *conn)
        .await?;
    sqlx::query!(
        "insert into vocabulary_skill_module (skill_id, module_id)
         select * from unnest($1::text[], $2::text[])",
        &module_skills,
        &modules
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn store_occupations(
    conn: &mut PgConnection,
    vocabulary: &Vocabulary,
) -> Result<(), sqlx::Error> {
    let occupations = &vocabulary.occupations;
    let ids: Vec<String> = occupations.iter().map(|o| o.id.clone()).collect();
    let uris: Vec<String> = occupations.iter().map(|o| o.esco.clone()).collect();
    let iscos: Vec<String> = occupations.iter().map(|o| o.isco.clone()).collect();
    let fields: Vec<String> = occupations.iter().map(|o| o.field.clone()).collect();
    sqlx::query!(
        "insert into vocabulary_occupation (occupation_id, esco_uri, isco_code, field, active)
         select id, uri, isco, field, true
         from unnest($1::text[], $2::text[], $3::text[], $4::text[]) as o(id, uri, isco, field)
         on conflict (occupation_id) do update
         set esco_uri = excluded.esco_uri, isco_code = excluded.isco_code, field = excluded.field, active = true",
        &ids,
        &uris,
        &iscos,
        &fields
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "update vocabulary_occupation set active = false where occupation_id <> all($1)",
        &ids
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn store_certificates_and_languages(
    conn: &mut PgConnection,
    vocabulary: &Vocabulary,
) -> Result<(), sqlx::Error> {
    let certificates = &vocabulary.certificates;
    let ids: Vec<String> = certificates.iter().map(|c| c.id.clone()).collect();
    let skills: Vec<Option<String>> = certificates.iter().map(|c| c.skill.clone()).collect();
    let years: Vec<Option<i16>> = certificates
        .iter()
        .map(|c| c.valid_years.map(i16::from))
        .collect();
    sqlx::query!(
        "insert into vocabulary_certificate (certificate_id, skill_id, valid_years, active)
         select id, skill, years, true
         from unnest($1::text[], $2::text[], $3::smallint[]) as c(id, skill, years)
         on conflict (certificate_id) do update
         set skill_id = excluded.skill_id, valid_years = excluded.valid_years, active = true",
        &ids,
        &skills as &[Option<String>],
        &years as &[Option<i16>]
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "update vocabulary_certificate set active = false where certificate_id <> all($1)",
        &ids
    )
    .execute(&mut *conn)
    .await?;
    let languages: Vec<String> = vocabulary.languages.iter().map(|l| l.id.clone()).collect();
    sqlx::query!(
        "insert into vocabulary_language (language_id, active)
         select id, true from unnest($1::text[]) as l(id)
         on conflict (language_id) do update set active = true",
        &languages
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "update vocabulary_language set active = false where language_id <> all($1)",
        &languages
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}
