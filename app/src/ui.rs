//! Pieces shared by every page: the layout, the error summary, form fields.

mod error_summary;
mod field_message;
mod form_fields;
mod layout;
mod page_url;

pub use error_summary::{ErrorSummary, SummaryItem};
pub use field_message::FieldMessage;
pub use form_fields::{Choice, FormState, FormSummary, PostForm, RadioField, TextField};
pub use layout::Layout;
pub use page_url::{current_page, current_page_without_lang};
