//! Names sorted as each language sorts them: Swedish and Finnish put Å, Ä
//! and Ö after Z (in their own orders), which plain string order does not.

use icu_collator::{Collator, CollatorPreferences, options::CollatorOptions};

use super::Locale;

/// Sorts `items` by `name` in `locale`'s alphabetical order.
pub fn sort_by_name<T>(items: &mut [T], locale: Locale, name: impl Fn(&T) -> &str) {
    let collator = Collator::try_new(
        CollatorPreferences::from(&locale.cldr()),
        CollatorOptions::default(),
    )
    .ok();
    match collator {
        Some(collator) => items.sort_by(|a, b| collator.compare(name(a), name(b))),
        // Compiled data covers every language; should it not, a stable order beats none.
        None => items.sort_by(|a, b| name(a).cmp(name(b))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_and_finnish_put_their_own_letters_last_in_their_own_order() {
        let words = ["Öljy", "Ärm", "Åker", "Zoo", "Avain"];
        let sorted = |locale| {
            let mut list = words.to_vec();
            sort_by_name(&mut list, locale, |w| w);
            list
        };
        assert_eq!(sorted(Locale::Sv), ["Avain", "Zoo", "Åker", "Ärm", "Öljy"]);
        assert_eq!(sorted(Locale::Fi), ["Avain", "Zoo", "Åker", "Ärm", "Öljy"]);
        assert_eq!(sorted(Locale::En), ["Åker", "Ärm", "Avain", "Öljy", "Zoo"]);
    }
}
