//! Hiding small groups. A group of fewer than [`MIN_GROUP`] people is not
//! shown, and neither is any figure drawn from fewer people. Where exactly
//! one group of a breakdown would be hidden, the next smallest is hidden
//! too: otherwise the hidden one could be worked out from the total.

/// The smallest group the report shows.
pub const MIN_GROUP: i64 = 5;

/// Which groups of one breakdown (people per group) must be hidden.
pub fn hidden_groups(counts: &[i64]) -> Vec<bool> {
    let small = counts.iter().map(|&n| n > 0 && n < MIN_GROUP).collect();
    with_cover(counts, small)
}

/// `hidden` with cover: where exactly one group is hidden, the next smallest
/// non-empty one is hidden too, so the total does not give it away.
pub fn with_cover(counts: &[i64], mut hidden: Vec<bool>) -> Vec<bool> {
    if hidden.iter().filter(|&&h| h).count() == 1 {
        let next_smallest = counts
            .iter()
            .enumerate()
            .filter(|&(i, &n)| !hidden[i] && n > 0)
            .min_by_key(|&(_, &n)| n)
            .map(|(i, _)| i);
        if let Some(i) = next_smallest {
            hidden[i] = true;
        }
    }
    hidden
}

/// Whether subtracting a narrower report the reader can also see (their own
/// caseload from their team's, say) would leave 1–4 people in any figure.
pub fn differs_by_a_few(wide: &[i64], narrow: &[i64]) -> bool {
    wide.iter()
        .zip(narrow)
        .any(|(w, n)| (1..MIN_GROUP).contains(&(w - n)))
}

/// `hidden` widened until, against every narrower report the reader can
/// also see (`narrower`, figures per group in the same order as `wide`), the
/// hidden groups together differ by 0 or 5 and more in every figure:
/// otherwise the total minus the shown groups, in both reports, would give
/// the 1–4 people the hidden ones stand for. The next smallest shown group
/// is hidden each time.
pub fn with_cover_across<const N: usize>(
    wide: &[[i64; N]],
    narrower: &[Vec<[i64; N]>],
    mut hidden: Vec<bool>,
) -> Vec<bool> {
    let leaks = |hidden: &[bool]| {
        narrower.iter().any(|narrow| {
            let mut difference = [0; N];
            for (i, _) in hidden.iter().enumerate().filter(|&(_, &h)| h) {
                for (d, (w, n)) in difference.iter_mut().zip(wide[i].iter().zip(&narrow[i])) {
                    *d += w - n;
                }
            }
            difference.iter().any(|d| (1..MIN_GROUP).contains(d))
        })
    };
    while leaks(&hidden) {
        let next_smallest = wide
            .iter()
            .enumerate()
            .filter(|&(i, w)| !hidden[i] && w[0] > 0)
            .min_by_key(|&(_, w)| w[0])
            .map(|(i, _)| i);
        match next_smallest {
            Some(i) => hidden[i] = true,
            None => break,
        }
    }
    hidden
}

/// Whether the change in digital skills of a group, against the same group
/// in a narrower report, rests on fewer than 5 people: the same or a few
/// more people assessed, but a different sum (someone assessed again).
pub fn change_differs_for_a_few(wide: (i64, f64), narrow: (i64, f64)) -> bool {
    (0..MIN_GROUP).contains(&(wide.0 - narrow.0)) && (wide.1 - narrow.1).abs() > 1e-6
}

/// `part` of `of` people (e.g. the employed of a group) as a whole
/// percentage, or `None` when fewer than [`MIN_GROUP`] people are on either
/// side: "1 of 6 employed", or "all but 2", says something about them.
pub fn percent(part: i64, of: i64) -> Option<i64> {
    (part >= MIN_GROUP && of - part >= MIN_GROUP).then(|| (part * 100 + of / 2) / of)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_of_five_or_more_are_shown() {
        assert_eq!(hidden_groups(&[5, 12, 30]), [false, false, false]);
    }

    #[test]
    fn a_lone_small_group_takes_the_next_smallest_with_it() {
        // 3 would otherwise be the total minus 7 and 20.
        assert_eq!(hidden_groups(&[20, 3, 7, 9]), [false, true, true, false]);
    }

    #[test]
    fn two_small_groups_protect_each_other() {
        assert_eq!(hidden_groups(&[2, 4, 40]), [true, true, false]);
    }

    #[test]
    fn empty_groups_reveal_nobody_and_are_no_cover() {
        assert_eq!(hidden_groups(&[0, 3, 20]), [false, true, true]);
        assert_eq!(hidden_groups(&[0, 0, 0]), [false, false, false]);
    }

    #[test]
    fn a_difference_of_one_to_four_between_scopes_is_too_few() {
        assert!(differs_by_a_few(&[16, 3], &[14, 3]));
        assert!(!differs_by_a_few(&[20, 8], &[14, 3]));
        assert!(!differs_by_a_few(&[14, 3], &[14, 3]));
        assert_eq!(
            with_cover(&[6, 7, 9], vec![false, true, false]),
            [true, true, false]
        );
    }

    #[test]
    fn hidden_groups_together_must_not_differ_by_a_few_from_a_narrower_report() {
        let people = |n: i64| [n, 0, 0, 0, 0];
        // The team: other 7, unknown 6, women 40, men 30. Mine: other 5,
        // unknown 6, women 25, men 20. "Other" differs by 2 and is hidden,
        // with "unknown" (the next smallest) as its cover; but the two
        // together still differ by 2, so "men" goes too.
        let team = [people(40), people(30), people(7), people(6)];
        let mine = vec![people(25), people(20), people(5), people(6)];
        let hidden = with_cover(&[40, 30, 7, 6], vec![false, false, true, false]);
        assert_eq!(hidden, [false, false, true, true]);
        assert_eq!(
            with_cover_across(&team, std::slice::from_ref(&mine), hidden),
            [false, true, true, true]
        );
        // Hidden groups that differ by 5 together need nothing more.
        let mine = vec![people(25), people(20), people(2), people(6)];
        assert_eq!(
            with_cover_across(&team, &[mine], vec![false, false, true, true]),
            [false, false, true, true]
        );
    }

    #[test]
    fn a_different_change_among_the_same_people_rests_on_a_few() {
        assert!(
            change_differs_for_a_few((6, 6.5), (6, 6.0)),
            "someone reassessed"
        );
        assert!(!change_differs_for_a_few((6, 6.0), (6, 6.0)));
        assert!(
            !change_differs_for_a_few((12, 9.0), (6, 6.0)),
            "six more people"
        );
    }

    #[test]
    fn shares_need_five_people_on_each_side_and_round_half_up() {
        assert_eq!(percent(1, 40), None, "one person");
        assert_eq!(percent(38, 40), None, "all but two");
        assert_eq!(percent(0, 40), None, "nobody is about everybody");
        assert_eq!(percent(5, 10), Some(50));
        assert_eq!(percent(5, 12), Some(42));
        assert_eq!(percent(7, 20), Some(35));
    }
}
