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
#[cfg(feature = "ssr")]
pub mod personal_data;
mod player;
mod player_data;
#[cfg(feature = "ssr")]
pub mod server;
mod step_page;
pub mod types;

use leptos::prelude::*;

pub use assign::{AssignModule, FIELD_DUE, FIELD_MODULE, FORM_ASSIGN};
pub use done_page::ModuleDonePage;
pub use list_page::ModulesPage;
pub use player::ModulePlayer;
pub use step_page::{ModuleStartPage, SaveStep, StepPage, save_step};

use crate::{error::AppError, i18n::Locale};

/// The hint on a module card whose text is in `shown`, not the reader's
/// language: Finnish for Easy Finnish and Estonian readers, else English.
fn shown_only_in(shown: Locale) -> &'static str {
    match shown {
        Locale::Fi => "modules-in-finnish",
        _ => "modules-in-english",
    }
}

/// The notice above a module shown in `shown`, not the reader's language.
#[cfg(feature = "ssr")]
fn fallback_notice(shown: Locale) -> &'static str {
    match shown {
        Locale::Fi => "module-fallback-notice-finnish",
        _ => "module-fallback-notice",
    }
}

/// The module named in the page's address.
fn module_param() -> String {
    leptos_router::hooks::use_params_map().with_untracked(|p| p.get("module").unwrap_or_default())
}

/// A module page: the loaded content, or why it cannot be shown.
fn loaded_page<T, Fut, V>(
    load: impl Fn() -> Fut + Send + Sync + 'static,
    show: fn(T) -> V,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    crate::ui::loaded_page(load, show, "/modules", "module-all-modules")
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::has_message;

    #[test]
    fn every_fallback_hint_is_translated() {
        for shown in Locale::ALL {
            for id in [shown_only_in(shown), fallback_notice(shown)] {
                for locale in Locale::ALL {
                    assert!(has_message(locale, id), "{id} missing in {locale:?}");
                }
            }
        }
    }
}
