use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::types::{FIELD_COMMENT, FIELD_HELPFUL, FORM, FeedbackValues};
use crate::error::AppError;

/// Stores an answer to "was this page helpful?". Every argument is optional so
/// that any form body reaches validation and gets a localized answer, never a
/// deserialization failure.
#[server(prefix = "/api", endpoint = "feedback")]
pub async fn submit_feedback(
    page: Option<String>,
    helpful: Option<String>,
    comment: Option<String>,
) -> Result<(), AppError> {
    let page = page.unwrap_or_default();
    let values = FeedbackValues {
        helpful: helpful.unwrap_or_default(),
        comment: comment.unwrap_or_default(),
    };
    let result = store(&page, &values).await;
    let typed = vec![
        (FIELD_HELPFUL.to_owned(), values.helpful),
        (FIELD_COMMENT.to_owned(), values.comment),
    ];
    crate::forms::answer_form_post(FORM, typed, &result, &page);
    result
}

#[cfg(feature = "ssr")]
async fn store(page: &str, values: &FeedbackValues) -> Result<(), AppError> {
    use crate::accounts::{client_ip, rate_limit::FEEDBACK, rate_limits};

    let input = super::FeedbackInput::parse(page, values)
        .map_err(|errors| AppError::Validation { errors })?;
    let pool = crate::context::pool()?;
    // Anyone may send feedback, signed in or not: a flood from one network
    // stops here. The answer is kept, so nothing is given back.
    let _sent = rate_limits()?
        .charge_network(&pool, FEEDBACK, client_ip())
        .await?;
    let mut conn = pool.acquire().await?;
    super::db::insert_feedback(&mut conn, &input, crate::i18n::use_locale()).await?;
    Ok(())
}
