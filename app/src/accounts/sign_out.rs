use leptos::{prelude::*, server_fn::ServerFn};

use crate::{error::AppError, i18n::t};

/// Signs out: the session is deleted on the server, not only forgotten by the
/// browser, so a copied cookie stops working too.
#[server(prefix = "/api", endpoint = "sign-out")]
pub async fn sign_out() -> Result<(), AppError> {
    use super::session::{SESSION_COOKIE, end};
    use crate::cookies::{clear_cookie, clear_site_data, request_cookie};

    if let Some(token) = request_cookie(SESSION_COOKIE) {
        let mut conn = crate::context::pool()?.acquire().await?;
        end(&mut conn, &token).await?;
    }
    clear_cookie(SESSION_COOKIE);
    clear_site_data();
    let result = Ok(());
    crate::forms::answer_form_post_to("sign-out", Vec::new(), &result, "/", "/signed-out");
    result
}

/// The sign-out button: a form, because signing out changes state and must not
/// happen by following a link.
#[component]
pub fn SignOutButton() -> impl IntoView {
    view! {
        <form method="post" action=SignOut::url() class="sign-out">
            <button type="submit" class="button button--secondary">{t("sign-out-button")}</button>
        </form>
    }
}
