//! What the employer forms ask, and the rules each answer must meet.

use super::{
    employer_page::{FIELD_EMAIL, FIELD_STAFF_NAME},
    list_page::{FIELD_BUSINESS_ID, FIELD_NAME},
};
use crate::{
    accounts::{Identifier, parse_display_name},
    error::{AppError, FieldError},
};

/// The longest employer name, in characters (as the database allows).
const MAX_NAME_CHARS: usize = 200;

/// Weights of the seven digits of a business ID, for its check digit.
const BUSINESS_ID_WEIGHTS: [u32; 7] = [7, 9, 10, 5, 8, 4, 2];

/// A valid "add an employer" form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmployerInput {
    pub name: String,
    pub business_id: Option<String>,
}

/// A valid "add a staff member" form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffInput {
    pub display_name: String,
    pub email: String,
}

/// Checks the employer form, reporting every problem at once.
pub fn read_employer(name: &str, business_id: &str) -> Result<EmployerInput, AppError> {
    let name = employer_name(name).map_err(|key| FieldError::new(FIELD_NAME, key));
    let business_id =
        parse_business_id(business_id).map_err(|key| FieldError::new(FIELD_BUSINESS_ID, key));
    match (name, business_id) {
        (Ok(name), Ok(business_id)) => Ok(EmployerInput { name, business_id }),
        (name, business_id) => Err(AppError::Validation {
            errors: [name.err(), business_id.err()]
                .into_iter()
                .flatten()
                .collect(),
        }),
    }
}

/// Checks the staff form, reporting every problem at once.
pub fn read_staff(name: &str, email: &str) -> Result<StaffInput, AppError> {
    // The account rule, with words about the person being added, not "your name".
    let name = parse_display_name(name).map_err(|key| {
        let key = match key {
            "account-error-name-missing" => "employers-error-staff-name-missing",
            _ => "employers-error-staff-name-long",
        };
        FieldError::new(FIELD_STAFF_NAME, key)
    });
    let email = parse_email(email).map_err(|key| FieldError::new(FIELD_EMAIL, key));
    match (name, email) {
        (Ok(display_name), Ok(email)) => Ok(StaffInput {
            display_name,
            email,
        }),
        (name, email) => Err(AppError::Validation {
            errors: [name.err(), email.err()].into_iter().flatten().collect(),
        }),
    }
}

/// The name with its spaces tidied (a line break or a double space pasted
/// in would otherwise make "Acme  Oy" a second Acme Oy), or the Fluent id of
/// its problem.
fn employer_name(typed: &str) -> Result<String, &'static str> {
    let name = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    match name.chars().count() {
        0 => Err("employers-error-name-missing"),
        n if n > MAX_NAME_CHARS => Err("employers-error-name-long"),
        _ => Ok(name),
    }
}

/// An optional Finnish business ID (Y-tunnus): seven digits, a hyphen and
/// the check digit those seven give. Empty is `None`.
fn parse_business_id(typed: &str) -> Result<Option<String>, &'static str> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let Some((digits, check)) = typed.split_once('-') else {
        return Err("employers-error-business-id-format");
    };
    let is_digits =
        |text: &str, len: usize| text.len() == len && text.bytes().all(|b| b.is_ascii_digit());
    if !is_digits(digits, 7) || !is_digits(check, 1) {
        return Err("employers-error-business-id-format");
    }
    match check_digit(digits) {
        Some(expected) if check.bytes().next() == Some(expected) => Ok(Some(typed.to_owned())),
        _ => Err("employers-error-business-id-check"),
    }
}

/// Whether `id` is a Finnish business ID with the right check digit, as a
/// job feed names an employer.
pub fn is_business_id(id: &str) -> bool {
    matches!(parse_business_id(id), Ok(Some(_)))
}

/// The check digit (as an ASCII byte) of seven ASCII digits, or `None` when
/// no number ends with them: the weighted sum leaves remainder 1 by 11.
fn check_digit(digits: &str) -> Option<u8> {
    let sum: u32 = digits
        .bytes()
        .zip(BUSINESS_ID_WEIGHTS)
        .map(|(digit, weight)| u32::from(digit - b'0') * weight)
        .sum();
    match sum % 11 {
        0 => Some(b'0'),
        1 => None,
        remainder => u8::try_from(11 - remainder).ok().map(|d| b'0' + d),
    }
}

/// An email address, or the Fluent id of its problem. Staff are reached
/// and sign in by email; a phone number is refused here.
fn parse_email(typed: &str) -> Result<String, &'static str> {
    if typed.trim().is_empty() {
        return Err("employers-error-email-missing");
    }
    match Identifier::parse(typed) {
        Some(Identifier::Email(email)) => Ok(email),
        _ => Err("employers-error-email-invalid"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn business_ids_need_seven_digits_a_hyphen_and_the_right_check_digit() {
        let cases = [
            ("", Ok(None)),
            ("  ", Ok(None)),
            // Remainder 0 gives check digit 0 (weighted sum 7 + 4).
            ("1000010-0", Ok(Some("1000010-0"))),
            // Nokia's; remainder 2 gives 9.
            ("0112038-9", Ok(Some("0112038-9"))),
            (" 0112038-9 ", Ok(Some("0112038-9"))),
            ("1234567-1", Ok(Some("1234567-1"))),
            ("0112038-8", Err("employers-error-business-id-check")),
            // Remainder 1 (weighted sum 12): no check digit makes it valid.
            ("0000006-0", Err("employers-error-business-id-check")),
            ("0000006-1", Err("employers-error-business-id-check")),
            ("112038-9", Err("employers-error-business-id-format")),
            ("01120389", Err("employers-error-business-id-format")),
            ("0112038-89", Err("employers-error-business-id-format")),
            ("O112038-9", Err("employers-error-business-id-format")),
            ("FI01120389", Err("employers-error-business-id-format")),
            ("٠١١٢٠٣٨-٩", Err("employers-error-business-id-format")),
        ];
        for (typed, expected) in cases {
            let expected = expected.map(|id| id.map(str::to_owned));
            assert_eq!(parse_business_id(typed), expected, "{typed:?}");
        }
    }

    #[test]
    fn employer_names_are_tidied_and_bounded() {
        let cases = [
            ("  Acme  Oy ", Ok("Acme Oy".to_owned())),
            ("Acme\nOy", Ok("Acme Oy".to_owned())),
            ("", Err("employers-error-name-missing")),
            (" \t ", Err("employers-error-name-missing")),
            (&"ä".repeat(200)[..], Ok("ä".repeat(200))),
            (&"ä".repeat(201)[..], Err("employers-error-name-long")),
        ];
        for (typed, expected) in cases {
            assert_eq!(employer_name(typed), expected, "{typed:?}");
        }
    }

    #[test]
    fn every_problem_of_a_form_is_reported_at_once() {
        let keys = |error: AppError| -> Vec<(String, String)> {
            error
                .field_errors()
                .iter()
                .map(|e| (e.field.clone(), e.key.clone()))
                .collect()
        };
        let pair = |field: &str, key: &str| (field.to_owned(), key.to_owned());
        assert_eq!(
            keys(read_employer("", "123").expect_err("invalid")),
            [
                pair(FIELD_NAME, "employers-error-name-missing"),
                pair(FIELD_BUSINESS_ID, "employers-error-business-id-format"),
            ]
        );
        assert_eq!(
            keys(read_staff("", "040 123 4567").expect_err("invalid")),
            [
                pair(FIELD_STAFF_NAME, "employers-error-staff-name-missing"),
                pair(FIELD_EMAIL, "employers-error-email-invalid"),
            ]
        );
        assert_eq!(
            keys(read_staff(&"a".repeat(101), " ").expect_err("invalid")),
            [
                pair(FIELD_STAFF_NAME, "employers-error-staff-name-long"),
                pair(FIELD_EMAIL, "employers-error-email-missing"),
            ]
        );
        assert_eq!(
            read_staff(" Olli Oja ", " olli@example.fi "),
            Ok(StaffInput {
                display_name: "Olli Oja".into(),
                email: "olli@example.fi".into(),
            })
        );
    }
}
