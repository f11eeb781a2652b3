use leptos::prelude::*;
use leptos_meta::Title;

use super::{Role, require_role};
use crate::{error::AppError, i18n::t};

/// Shows `children` only to people whose role is in `roles`. Anyone not signed
/// in is sent to sign in and brought back; a signed-in person with another role
/// gets a plain "not allowed" page with status 403.
#[component]
pub fn Protected(roles: &'static [Role], children: ChildrenFn) -> impl IntoView {
    match require_role(roles) {
        Ok(_) => {
            keep_out_of_caches();
            children().into_any()
        }
        Err(AppError::Unauthorized) => {
            send_to_sign_in();
            view! {
                <Title text=t("sign-in-title")/>
                <h1>{t("sign-in-heading")}</h1>
                <p><a href="/sign-in">{t("error-unauthorized")}</a></p>
            }
            .into_any()
        }
        Err(_) => {
            #[cfg(feature = "ssr")]
            crate::context::set_page_status(http::StatusCode::FORBIDDEN);
            view! {
                <Title text=t("forbidden-title")/>
                <h1>{t("forbidden-title")}</h1>
                <p>{t("error-forbidden")}</p>
                <p><a href="/">{t("not-found-home-link")}</a></p>
            }
            .into_any()
        }
    }
}

fn send_to_sign_in() {
    #[cfg(feature = "ssr")]
    {
        let here = crate::ui::current_page();
        crate::context::redirect_page(&super::sign_in_path(&here));
    }
}

/// A page only its signed-in reader may see must not stay in any cache: on a
/// shared computer, "back" after signing out would show it again.
fn keep_out_of_caches() {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(
            http::header::CACHE_CONTROL,
            http::HeaderValue::from_static("no-store"),
        );
    }
}
