//! `askel content load`: reads `content/` and stores it, all or nothing.
//! The server does the same at start-up, so deployed content always matches
//! the files.

use std::path::Path;

use app::{
    content_files::Stored,
    modules::{
        content::read_modules,
        db::{retire_other_modules, store_module},
    },
    skills::{
        content::read_frameworks,
        db::{retire_other_frameworks, store_framework},
    },
};
use sqlx::PgPool;

/// Reads and stores every module under `content_dir/modules` and every
/// assessment framework under `content_dir/assessments`, in one transaction:
/// an invalid file leaves the database as it was. Returns a line per module
/// or framework saying what changed.
pub async fn load_content(
    pool: &PgPool,
    content_dir: &Path,
) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let public = content_dir
        .parent()
        .unwrap_or(Path::new("."))
        .join("public");
    let modules = read_modules(&content_dir.join("modules"), &public)?;
    let ids: Vec<String> = modules.iter().map(|m| m.id.clone()).collect();
    let frameworks = read_frameworks(&content_dir.join("assessments"), &ids)?;
    let mut tx = pool.begin().await?;
    // Two servers starting at once take turns.
    sqlx::query("select pg_advisory_xact_lock(hashtext('askel-content'))")
        .execute(&mut *tx)
        .await?;
    let mut report = Vec::new();
    for module in &modules {
        let outcome = store_module(&mut tx, module).await?;
        if outcome != Stored::Unchanged {
            report.push(format!(
                "{}: {outcome:?} (version {})",
                module.id, module.version
            ));
        }
    }
    let retired = retire_other_modules(&mut tx, &ids).await?;
    if retired > 0 {
        report.push(format!(
            "{retired} module(s) no longer in the content were retired"
        ));
    }
    for framework in &frameworks {
        let outcome = store_framework(&mut tx, framework).await?;
        if outcome != Stored::Unchanged {
            report.push(format!(
                "assessment {}: {outcome:?} (version {})",
                framework.id, framework.version
            ));
        }
    }
    let framework_ids: Vec<String> = frameworks.iter().map(|f| f.id.clone()).collect();
    retire_other_frameworks(&mut tx, &framework_ids).await?;
    tx.commit().await?;
    Ok(report)
}
