//! Pieces shared by every page: the layout, the error summary, form fields.

mod back_link;
pub mod chart;
mod confirmed_post;
mod data_table;
mod error_summary;
mod field_message;
mod form_fields;
mod layout;
mod loaded_page;
mod page_url;
mod typed_fields;

pub use back_link::{BackLink, Heading};
pub use confirmed_post::ConfirmedPost;
pub use data_table::DataTable;
pub use error_summary::{ErrorSummary, SummaryItem};
pub use field_message::FieldMessage;
pub use form_fields::{
    CheckboxField, CheckboxGroup, Choice, ChoiceGroup, FormState, FormSummary, PostForm,
    RadioField, SelectField, TextAreaField, TextField, done_notice,
};
pub use layout::{Layout, work_links};
pub use loaded_page::{go_to, loaded_page, loaded_section, problem_view};
pub use page_url::{current_page, current_page_without_lang, id_param};
pub use typed_fields::TypedFields;
