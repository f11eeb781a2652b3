//! What the join form asks, and the rules each answer must meet.

use super::Identifier;
use crate::{error::FieldError, i18n::Locale};

use super::join::{
    FIELD_BIRTH_YEAR, FIELD_CODE, FIELD_CONTACT, FIELD_GENDER, FIELD_NAME, FIELD_PASSWORD, GENDERS,
};

/// The longest display name, in characters.
pub const MAX_NAME_CHARS: usize = 100;
/// Ages the service is for; a birth year outside them is a typing mistake.
const MIN_AGE: i32 = 15;
const MAX_AGE: i32 = 100;

/// The join form exactly as typed.
#[derive(Clone, Debug, Default)]
pub struct JoinValues {
    pub code: String,
    pub display_name: String,
    pub contact: String,
    pub password: String,
    pub locale: String,
    pub birth_year: String,
    pub gender: String,
}

/// A valid join form; the code itself is checked against the database later.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JoinInput {
    pub code: String,
    pub display_name: String,
    pub contact: Identifier,
    pub password: String,
    pub locale: Locale,
    pub birth_year: Option<i16>,
    pub gender: Option<String>,
}

/// A display name, trimmed, or the Fluent id of its problem.
pub fn parse_display_name(name: &str) -> Result<String, &'static str> {
    let name = name.trim();
    match name.chars().count() {
        0 => Err("account-error-name-missing"),
        n if n > MAX_NAME_CHARS => Err("account-error-name-too-long"),
        _ => Ok(name.to_owned()),
    }
}

/// A sign-in contact, or the Fluent id of its problem.
pub fn parse_contact(contact: &str) -> Result<Identifier, &'static str> {
    if contact.trim().is_empty() {
        return Err("account-error-contact-missing");
    }
    Identifier::parse(contact).ok_or("account-error-contact-invalid")
}

/// An optional gender, one of [`GENDERS`], or the Fluent id of its problem.
pub fn parse_gender(gender: &str) -> Result<Option<String>, &'static str> {
    match gender.trim() {
        "" => Ok(None),
        known if GENDERS.iter().any(|(value, _)| *value == known) => Ok(Some(known.to_owned())),
        _ => Err("join-error-gender-invalid"),
    }
}

impl JoinInput {
    /// Checks every answer, collecting all problems so they can be fixed at once.
    /// `this_year` keeps the birth-year rule testable.
    pub fn parse(values: &JoinValues, this_year: i32) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut check = |field: &str, result: Result<(), &str>| {
            if let Err(key) = result {
                errors.push(FieldError::new(field, key));
            }
        };
        let code = super::codes::normalize(&values.code);
        check(
            FIELD_CODE,
            match (values.code.trim().is_empty(), &code) {
                (true, _) => Err("join-error-code-missing"),
                (false, None) => Err("join-error-code-wrong"),
                (false, Some(_)) => Ok(()),
            },
        );
        let name = parse_display_name(&values.display_name);
        check(FIELD_NAME, name.as_ref().map(|_| ()).map_err(|key| *key));
        let contact = parse_contact(&values.contact);
        check(
            FIELD_CONTACT,
            contact.as_ref().map(|_| ()).map_err(|key| *key),
        );
        let password_problem = super::password::new_password_problem(&values.password);
        check(FIELD_PASSWORD, password_problem.map_or(Ok(()), Err));
        let birth_year = parse_birth_year(&values.birth_year, this_year);
        check(FIELD_BIRTH_YEAR, birth_year.map(|_| ()));
        let gender = parse_gender(&values.gender);
        check(
            FIELD_GENDER,
            gender.as_ref().map(|_| ()).map_err(|key| *key),
        );
        match (code, name, contact, birth_year, gender) {
            (Some(code), Ok(display_name), Ok(contact), Ok(birth_year), Ok(gender))
                if errors.is_empty() =>
            {
                Ok(Self {
                    code,
                    display_name,
                    contact,
                    password: values.password.clone(),
                    locale: Locale::from_tag(&values.locale).unwrap_or_default(),
                    birth_year,
                    gender,
                })
            }
            _ => Err(errors),
        }
    }
}

/// An optional year of birth, or the Fluent id of its problem. `this_year`
/// keeps the rule testable.
pub fn parse_birth_year(year: &str, this_year: i32) -> Result<Option<i16>, &'static str> {
    let year = year.trim();
    if year.is_empty() {
        return Ok(None);
    }
    match year.parse::<i16>() {
        Ok(y) if (this_year - MAX_AGE..=this_year - MIN_AGE).contains(&i32::from(y)) => Ok(Some(y)),
        _ => Err("join-error-birth-year-invalid"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> JoinValues {
        JoinValues {
            code: "abc-def-ghj".into(),
            display_name: " Maija ".into(),
            contact: "040 123 4567".into(),
            password: "kahvia ja pullaa".into(),
            locale: "sv".into(),
            birth_year: "1980".into(),
            gender: "female".into(),
        }
    }

    #[test]
    fn a_complete_form_is_normalised() {
        let input = JoinInput::parse(&valid(), 2026).expect("valid");
        assert_eq!(input.code, "ABCDEFGHJ");
        assert_eq!(input.display_name, "Maija");
        assert_eq!(input.contact, Identifier::Phone("+358401234567".into()));
        assert_eq!(input.locale, Locale::Sv);
        assert_eq!(input.birth_year, Some(1980));
        assert_eq!(input.gender.as_deref(), Some("female"));
    }

    #[test]
    fn optional_answers_may_be_left_out() {
        let values = JoinValues {
            birth_year: " ".into(),
            gender: String::new(),
            ..valid()
        };
        let input = JoinInput::parse(&values, 2026).expect("valid");
        assert_eq!((input.birth_year, input.gender), (None, None));
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let cases: [(JoinValues, Vec<(&str, &str)>); 4] = [
            (
                JoinValues::default(),
                vec![
                    (FIELD_CODE, "join-error-code-missing"),
                    (FIELD_NAME, "account-error-name-missing"),
                    (FIELD_CONTACT, "account-error-contact-missing"),
                    (FIELD_PASSWORD, "password-error-too-short"),
                ],
            ),
            (
                JoinValues {
                    code: "ABC".into(),
                    contact: "maija@".into(),
                    ..valid()
                },
                vec![
                    (FIELD_CODE, "join-error-code-wrong"),
                    (FIELD_CONTACT, "account-error-contact-invalid"),
                ],
            ),
            (
                JoinValues {
                    birth_year: "2020".into(),
                    gender: "x".into(),
                    ..valid()
                },
                vec![
                    (FIELD_BIRTH_YEAR, "join-error-birth-year-invalid"),
                    (FIELD_GENDER, "join-error-gender-invalid"),
                ],
            ),
            (
                JoinValues {
                    password: "salasana".into(),
                    display_name: "a".repeat(101),
                    ..valid()
                },
                vec![
                    (FIELD_NAME, "account-error-name-too-long"),
                    (FIELD_PASSWORD, "password-error-common"),
                ],
            ),
        ];
        for (values, expected) in cases {
            let errors = JoinInput::parse(&values, 2026).expect_err("invalid");
            let got: Vec<_> = errors
                .iter()
                .map(|e| (e.field.as_str(), e.key.as_str()))
                .collect();
            assert_eq!(got, expected, "values {values:?}");
        }
    }
}
