//! The one error type of the app layer. Errors carry Fluent message ids, never
//! English text; the page that shows an error translates it.

#[cfg(feature = "ssr")]
use http::StatusCode;
use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

/// One invalid form field: its `name` and the message id explaining the problem.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The form field's `name`.
    pub field: String,
    /// Fluent id of the message shown in the error summary and next to the field.
    pub key: String,
}

impl FieldError {
    /// A problem with `field`, explained by Fluent message `key`.
    pub fn new(field: &str, key: &str) -> Self {
        Self {
            field: field.to_owned(),
            key: key.to_owned(),
        }
    }
}

/// Everything that can go wrong in a server function, as the user should hear it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The thing asked for does not exist (or is not the asker's to know about).
    #[error("not found")]
    NotFound,
    /// The person must sign in first.
    #[error("unauthorized")]
    Unauthorized,
    /// Signed in, but this is not theirs to see or do.
    #[error("forbidden")]
    Forbidden,
    /// The input has problems; every invalid field is listed so all can be fixed at once.
    #[error("validation failed")]
    Validation {
        /// The invalid fields, in form order.
        errors: Vec<FieldError>,
    },
    /// The request clashes with what is stored (e.g. already signed up).
    #[error("conflict: {key}")]
    Conflict {
        /// Fluent id of the explanation.
        key: String,
    },
    /// The request could not be read (a tampered or truncated form).
    #[error("bad request")]
    BadRequest,
    /// Too many attempts; try again later.
    #[error("rate limited")]
    RateLimited,
    /// A fault on our side; details are in the server log only.
    #[error("internal error")]
    Internal,
    /// The database cannot be reached for now (restarting, overloaded): the
    /// same request will work again shortly.
    #[error("temporarily unavailable")]
    Unavailable,
    /// The request did not reach the server or its answer did not come back.
    #[error("connection problem")]
    Transport,
}

impl AppError {
    /// Fluent id of the message that explains this error to the person.
    pub fn message_key(&self) -> &str {
        match self {
            AppError::NotFound => "error-not-found",
            AppError::Unauthorized => "error-unauthorized",
            AppError::Forbidden => "error-forbidden",
            AppError::Validation { .. } => "error-validation",
            AppError::Conflict { key } => key,
            AppError::BadRequest => "error-bad-request",
            AppError::RateLimited => "error-rate-limited",
            AppError::Internal => "error-internal",
            AppError::Unavailable => "error-unavailable",
            AppError::Transport => "error-connection",
        }
    }

    /// The HTTP status that fits this error.
    pub fn status_code(&self) -> http::StatusCode {
        use http::StatusCode;
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::Validation { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::Conflict { .. } => StatusCode::CONFLICT,
            AppError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal | AppError::Transport => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A validation error about one field, explained by Fluent message `key`.
    pub fn field(field: &str, key: &str) -> Self {
        AppError::Validation {
            errors: vec![FieldError::new(field, key)],
        }
    }

    /// The field-level problems, empty unless this is a validation error.
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            AppError::Validation { errors } => errors,
            _ => &[],
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // Only the server decodes arguments: a body it cannot read is the
            // client's fault and must not look like a crash.
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::Deserialization(_)
                if cfg!(feature = "ssr") =>
            {
                #[cfg(feature = "ssr")]
                crate::forms::set_error_status(StatusCode::BAD_REQUEST);
                AppError::BadRequest
            }
            _ => {
                #[cfg(feature = "ssr")]
                tracing::warn!(error = %value, "server function transport error");
                AppError::Transport
            }
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        if is_outage(&error) {
            tracing::warn!(%error, "database unavailable");
            return AppError::Unavailable;
        }
        tracing::error!(%error, "database error");
        AppError::Internal
    }
}

/// Whether `error` says the database could not be reached or dropped the
/// connection (a restart, a failover, too many clients, a query that ran out
/// of time) rather than that our request was wrong: the person is told to try
/// again, not that something broke.
#[cfg(feature = "ssr")]
fn is_outage(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => true,
        sqlx::Error::Database(db) => db.code().is_some_and(|code| {
            // Class 08: connection exceptions; 57P01–57P03: the server is
            // shutting down or starting; 53300: too many connections;
            // 57014: cancelled by statement_timeout.
            code.starts_with("08") || code.starts_with("57P0") || code == "53300" || code == "57014"
        }),
        _ => false,
    }
}
