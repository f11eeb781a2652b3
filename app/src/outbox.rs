//! Email waiting to be sent. Server functions put messages here inside their
//! own transaction; a background worker delivers them, so a slow or broken
//! mail server never slows a page down or loses a message.

#[cfg(feature = "ssr")]
pub mod db;

/// One message to one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    /// The recipient's email address.
    pub to: String,
    /// Subject line, already in the recipient's language.
    pub subject: String,
    /// Plain-text body, already in the recipient's language.
    pub body: String,
    /// For a notice: the address that stops Askel's email with one press
    /// (the List-Unsubscribe header, RFC 8058).
    pub unsubscribe: Option<String>,
}
