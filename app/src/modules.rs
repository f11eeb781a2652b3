//! Coaching modules: step-by-step lessons written as files under
//! `content/modules` (see `content/README.md`), loaded into PostgreSQL, and
//! worked through one step per page with progress saved on the server.

mod answer;
mod assign;
#[cfg(feature = "ssr")]
pub mod content;
#[cfg(feature = "ssr")]
pub mod db;
mod done_page;
mod list_page;
mod offline;
mod player;
mod player_data;
#[cfg(feature = "ssr")]
pub mod server;
mod step_page;
pub mod types;

use leptos::prelude::*;
use leptos_meta::Title;

pub use assign::AssignModule;
pub use done_page::ModuleDonePage;
pub use list_page::ModulesPage;
pub use player::ModulePlayer;
pub use step_page::{ModuleStartPage, SaveStep, StepPage, save_step};

use crate::{error::AppError, i18n::t};

/// The module named in the page's address.
fn module_param() -> String {
    leptos_router::hooks::use_params_map().with_untracked(|p| p.get("module").unwrap_or_default())
}

/// A module page: waits for `load` (the whole page arrives at once, without
/// JavaScript), then shows what it loaded, or why it cannot.
fn loaded_page<T, Fut, V>(
    load: impl Fn() -> Fut + Send + Sync + 'static,
    show: fn(T) -> V,
) -> impl IntoView
where
    T: Send + 'static,
    Fut: std::future::Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense>
            {move || {
                let loading = load();
                Suspend::new(async move {
                    match loading.await {
                        Ok(data) => show(data).into_any(),
                        Err(error) => problem_view(error).into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// A module page that cannot be shown: the reason, with the page's status.
fn problem_view(error: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::context::set_page_status(error.status_code());
    view! {
        <Title text=t(error.message_key())/>
        <h1>{t(error.message_key())}</h1>
        <p><a href="/modules">{t("module-all-modules")}</a></p>
    }
}
