//! `askel user create`: creates a coach, organiser or admin from the command
//! line; the first admin can only be made this way. The password is read from
//! standard input so it never appears in the shell history or process list.

use std::io::BufRead;

use app::{
    accounts::{
        Identifier, Role,
        db::{self, NewAccount},
        password::{hash_password, new_password_problem},
    },
    audit::{AuditAction, db::record},
    i18n::Locale,
};
use sqlx::PgPool;

/// What `askel user create` was asked to make.
#[derive(Debug, PartialEq, Eq)]
pub struct CreateUser {
    pub role: Role,
    pub name: String,
    pub contact: Identifier,
    pub locale: Locale,
}

const USAGE: &str = "usage: askel user create --role <jobseeker|coach|organiser|admin> --name <name> \
                     (--email <address> | --phone <number>) [--locale fi|fi-selko|sv|en|ru|et|ar|uk|so] < password";

/// Parses the arguments after `askel user create`.
pub fn parse_create_user(args: &[String]) -> Result<CreateUser, String> {
    let mut role = None;
    let mut name = None;
    let mut contact = None;
    let mut locale = Locale::default();
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let value = args
            .next()
            .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        match flag.as_str() {
            "--role" => {
                role = Some(
                    Role::parse(value).ok_or_else(|| format!("unknown role {value:?}\n{USAGE}"))?,
                )
            }
            "--name" => name = Some(value.trim().to_owned()).filter(|n| !n.is_empty()),
            "--email" | "--phone" => {
                contact = Some(
                    Identifier::parse(value)
                        .ok_or_else(|| format!("{value:?} is not a valid {flag}"))?,
                );
            }
            "--locale" => {
                locale =
                    Locale::from_tag(value).ok_or_else(|| format!("unknown locale {value:?}"))?
            }
            _ => return Err(format!("unknown option {flag}\n{USAGE}")),
        }
    }
    match (role, name, contact) {
        (Some(role), Some(name), Some(contact)) => Ok(CreateUser {
            role,
            name,
            contact,
            locale,
        }),
        _ => Err(USAGE.to_owned()),
    }
}

/// Creates the account, reading its password from the first line of stdin.
pub async fn create_user(pool: &PgPool, args: &[String]) -> Result<i64, String> {
    let request = parse_create_user(args)?;
    let mut password = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut password)
        .map_err(|e| format!("cannot read the password from standard input: {e}"))?;
    let password = password.trim_end_matches(['\r', '\n']).to_owned();
    if let Some(problem) = new_password_problem(&password) {
        return Err(format!("the password is not accepted ({problem})"));
    }
    insert(pool, request, password)
        .await
        .map_err(|e| format!("cannot create the user: {e}"))
}

/// Stores a new account with `password`, and notes it in the audit log.
pub async fn insert(
    pool: &PgPool,
    request: CreateUser,
    password: String,
) -> Result<i64, Box<dyn std::error::Error>> {
    let password_hash = hash_password(password).await.map_err(|e| e.to_string())?;
    let mut tx = pool.begin().await?;
    let account = NewAccount {
        role: request.role,
        display_name: request.name,
        contact: request.contact,
        password_hash,
        locale: request.locale,
        birth_year: None,
        gender: None,
        coach_id: None,
    };
    let id = db::insert_account(&mut tx, &account)
        .await?
        .ok_or("an account with this email or phone number already exists")?;
    record(
        &mut tx,
        None,
        Some(id),
        AuditAction::AccountCreated,
        Some(request.role.as_str()),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn arguments_name_the_role_and_contact() {
        let parsed = parse_create_user(&args(
            "--role admin --name Anna --email anna@example.fi --locale sv",
        ));
        assert_eq!(
            parsed,
            Ok(CreateUser {
                role: Role::Admin,
                name: "Anna".into(),
                contact: Identifier::Email("anna@example.fi".into()),
                locale: Locale::Sv,
            })
        );
        for bad in [
            "--role boss --name A --email a@b.fi",
            "--role coach --email a@b.fi",
            "--role coach --name A --phone x",
            "--name",
        ] {
            assert!(parse_create_user(&args(bad)).is_err(), "{bad}");
        }
    }
}
