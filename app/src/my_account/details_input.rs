//! The rules for changing one's own details.

use super::{
    db::Details,
    details::{FIELD_BIRTH_YEAR, FIELD_EMAIL, FIELD_GENDER, FIELD_NAME, FIELD_PHONE},
};
use crate::{
    accounts::{Identifier, parse_birth_year, parse_display_name, parse_gender},
    error::FieldError,
};

/// The details form exactly as typed.
#[derive(Clone, Debug, Default)]
pub struct DetailsValues {
    pub display_name: String,
    pub email: String,
    pub phone: String,
    pub birth_year: String,
    pub gender: String,
    /// Needed only when the email address or phone number changes.
    pub current_password: String,
}

impl DetailsValues {
    /// (field name, typed value) pairs, to fill the form again after an error.
    /// The password is never among them.
    pub fn typed(&self) -> Vec<(String, String)> {
        [
            (FIELD_NAME, &self.display_name),
            (FIELD_EMAIL, &self.email),
            (FIELD_PHONE, &self.phone),
            (FIELD_BIRTH_YEAR, &self.birth_year),
            (FIELD_GENDER, &self.gender),
        ]
        .map(|(name, value)| (name.to_owned(), value.clone()))
        .to_vec()
    }
}

/// An optional contact of one kind: `Ok(None)` when left empty.
fn parse_optional(
    typed: &str,
    pick: fn(&Identifier) -> Option<&str>,
    invalid: &'static str,
) -> Result<Option<String>, &'static str> {
    if typed.trim().is_empty() {
        return Ok(None);
    }
    Identifier::parse(typed)
        .as_ref()
        .and_then(pick)
        .map(|value| Some(value.to_owned()))
        .ok_or(invalid)
}

impl Details {
    /// Checks every answer, collecting all problems so they can be fixed at
    /// once. At least one way to sign in (email or phone) must remain.
    pub fn parse(values: &DetailsValues, this_year: i32) -> Result<Self, Vec<FieldError>> {
        let name = parse_display_name(&values.display_name);
        let email = parse_optional(
            &values.email,
            Identifier::email,
            "account-error-email-invalid",
        );
        let phone = parse_optional(
            &values.phone,
            Identifier::phone,
            "account-error-phone-invalid",
        );
        let email = match (email, &phone) {
            (Ok(None), Ok(None)) => Err("account-error-contact-none"),
            (email, _) => email,
        };
        let birth_year = parse_birth_year(&values.birth_year, this_year);
        let gender = parse_gender(&values.gender);
        match (name, email, phone, birth_year, gender) {
            (Ok(display_name), Ok(email), Ok(phone), Ok(birth_year), Ok(gender)) => Ok(Self {
                display_name,
                email,
                phone,
                birth_year,
                gender,
            }),
            (name, email, phone, birth_year, gender) => {
                let problems = [
                    (FIELD_NAME, name.err()),
                    (FIELD_EMAIL, email.err()),
                    (FIELD_PHONE, phone.err()),
                    (FIELD_BIRTH_YEAR, birth_year.err()),
                    (FIELD_GENDER, gender.err()),
                ];
                Err(problems
                    .into_iter()
                    .filter_map(|(field, key)| key.map(|key| FieldError::new(field, key)))
                    .collect())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> DetailsValues {
        DetailsValues {
            display_name: " Maija Meikäläinen ".into(),
            email: "Maija@Example.fi".into(),
            phone: "040 123 4567".into(),
            birth_year: "1980".into(),
            gender: "female".into(),
            current_password: String::new(),
        }
    }

    fn problems(values: DetailsValues) -> Vec<(String, String)> {
        Details::parse(&values, 2026)
            .expect_err("invalid")
            .into_iter()
            .map(|e| (e.field, e.key))
            .collect()
    }

    #[test]
    fn complete_details_are_normalised() {
        let details = Details::parse(&valid(), 2026).expect("valid");
        assert_eq!(
            details,
            Details {
                display_name: "Maija Meikäläinen".into(),
                email: Some("Maija@Example.fi".into()),
                phone: Some("+358401234567".into()),
                birth_year: Some(1980),
                gender: Some("female".into()),
            }
        );
    }

    #[test]
    fn either_contact_may_be_left_out_but_not_both() {
        let email_only = DetailsValues {
            phone: " ".into(),
            ..valid()
        };
        assert_eq!(
            Details::parse(&email_only, 2026).expect("valid").phone,
            None
        );
        let phone_only = DetailsValues {
            email: String::new(),
            ..valid()
        };
        assert_eq!(
            Details::parse(&phone_only, 2026).expect("valid").email,
            None
        );
        let neither = DetailsValues {
            email: String::new(),
            phone: String::new(),
            ..valid()
        };
        assert_eq!(
            problems(neither),
            [(FIELD_EMAIL.into(), "account-error-contact-none".into())]
        );
    }

    #[test]
    fn each_field_names_its_own_problem() {
        let values = DetailsValues {
            display_name: "  ".into(),
            email: "040 123 4567".into(),
            phone: "maija@example.fi".into(),
            birth_year: "1850".into(),
            gender: "unknown".into(),
            current_password: String::new(),
        };
        let expected: Vec<(String, String)> = [
            (FIELD_NAME, "account-error-name-missing"),
            (FIELD_EMAIL, "account-error-email-invalid"),
            (FIELD_PHONE, "account-error-phone-invalid"),
            (FIELD_BIRTH_YEAR, "join-error-birth-year-invalid"),
            (FIELD_GENDER, "join-error-gender-invalid"),
        ]
        .map(|(f, k)| (f.to_owned(), k.to_owned()))
        .to_vec();
        assert_eq!(problems(values), expected);
    }
}
