//! `askel`: serves the app (default), or `askel migrate` / `askel seed`.

use std::process::ExitCode;

use server::{Config, connect, migrate, seed_demo_data, serve};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("askel: configuration error: {error}");
            return ExitCode::from(2);
        }
    };
    match run(std::env::args().nth(1).as_deref(), &config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Option<&str>, config: &Config) -> Result<(), Box<dyn std::error::Error>> {
    let pool = connect(config)
        .await
        .map_err(|e| format!("cannot connect to the database: {e}"))?;
    migrate(&pool)
        .await
        .map_err(|e| format!("database migration failed: {e}"))?;
    match command {
        None | Some("serve") => {
            if config.session_key_generated {
                tracing::warn!(
                    "ASKEL_SESSION_KEY is not set: using a random key, sessions end at restart"
                );
            }
            serve(config, pool).await?;
        }
        Some("migrate") => tracing::info!("migrations are up to date"),
        Some("seed") => {
            seed_demo_data(&pool).await?;
            tracing::info!("demo data loaded");
        }
        Some(other) => {
            return Err(format!("unknown command {other:?}; use serve, migrate or seed").into());
        }
    }
    Ok(())
}
