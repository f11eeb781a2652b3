//! How a person is reached and signs in: an email address or a phone number.

/// The longest email address SMTP allows.
const MAX_EMAIL_LEN: usize = 254;

/// A contact that identifies an account, normalised so that the same person
/// always types their way to the same account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Identifier {
    /// An email address (compared case-insensitively by the database).
    Email(String),
    /// A phone number in international form, e.g. `+358401234567`.
    Phone(String),
}

impl Identifier {
    /// Reads what someone typed as an email address or a phone number. Finnish
    /// local numbers (`040 123 4567`) become international (`+358401234567`).
    pub fn parse(input: &str) -> Option<Identifier> {
        let input = input.trim();
        if input.contains('@') {
            return parse_email(input).map(Identifier::Email);
        }
        parse_phone(input).map(Identifier::Phone)
    }

    /// The email address, if this is one.
    pub fn email(&self) -> Option<&str> {
        match self {
            Identifier::Email(email) => Some(email),
            Identifier::Phone(_) => None,
        }
    }

    /// The phone number, if this is one.
    pub fn phone(&self) -> Option<&str> {
        match self {
            Identifier::Phone(phone) => Some(phone),
            Identifier::Email(_) => None,
        }
    }

    /// The normalised text, as stored.
    pub fn as_str(&self) -> &str {
        match self {
            Identifier::Email(text) | Identifier::Phone(text) => text,
        }
    }
}

fn parse_email(input: &str) -> Option<String> {
    let (local, domain) = input.rsplit_once('@')?;
    let valid = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && input.len() <= MAX_EMAIL_LEN
        && !input.chars().any(|c| c.is_whitespace() || c.is_control());
    valid.then(|| input.to_owned())
}

fn parse_phone(input: &str) -> Option<String> {
    let compact: String = input
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.'))
        .collect();
    let international = if let Some(rest) = compact.strip_prefix("00") {
        format!("+{rest}")
    } else if let Some(rest) = compact.strip_prefix('0') {
        format!("+358{rest}")
    } else {
        compact
    };
    let digits = international.strip_prefix('+')?;
    let valid = (6..=15).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit());
    valid.then_some(international)
}

#[cfg(test)]
mod tests {
    use super::Identifier::{self, Email, Phone};

    #[test]
    fn contacts_are_normalised_or_refused() {
        let cases: [(&str, Option<Identifier>); 10] = [
            ("maija@example.fi", Some(Email("maija@example.fi".into()))),
            (" Maija@Example.fi ", Some(Email("Maija@Example.fi".into()))),
            ("040 123 4567", Some(Phone("+358401234567".into()))),
            ("+358 40-123 4567", Some(Phone("+358401234567".into()))),
            ("0046 70 123 4567", Some(Phone("+46701234567".into()))),
            ("maija@", None),
            ("@example.fi", None),
            ("maija @example.fi", None),
            ("12ab", None),
            ("", None),
        ];
        for (input, expected) in cases {
            assert_eq!(Identifier::parse(input), expected, "input {input:?}");
        }
    }
}
