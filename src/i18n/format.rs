//! Numbers and dates as each language writes them (CLDR's conventions: digits, the thousands
//! separator, month names and the order of day, month and year).

use chrono::Datelike;
use fluent_bundle::FluentValue;
use intl_memoizer::concurrent::IntlLangMemoizer;

use super::Lang;

/// `n` grouped by thousands, in the language's digits. Spanish groups only from five digits.
pub fn number(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let (separator, least) = match lang {
        Lang::En => (",", 4),
        // U+202F NARROW NO-BREAK SPACE
        Lang::Fr => ("\u{202F}", 4),
        Lang::De | Lang::Nl => (".", 4),
        Lang::Es => (".", 5),
        // U+066C ARABIC THOUSANDS SEPARATOR
        Lang::Ar => ("\u{066C}", 4),
    };
    let mut grouped = String::new();
    if n < 0 {
        grouped.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if digits.len() >= least && i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push_str(separator);
        }
        grouped.push(c);
    }
    native_digits(lang, &grouped)
}

/// Arabic is written with the Arabic-Indic digits (CLDR's default numbering for `ar`).
fn native_digits(lang: Lang, text: &str) -> String {
    if lang != Lang::Ar {
        return text.to_owned();
    }
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x0660 + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

const MONTHS: [[&str; 12]; 6] = [
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
];

/// A day in words: "13 April 2026", "13. April 2026", "13 de abril de 2026".
pub fn date(lang: Lang, day: chrono::NaiveDate) -> String {
    let month = MONTHS[lang.index()][day.month0() as usize];
    let (d, y) = (day.day(), day.year());
    let text = match lang {
        Lang::De => format!("{d}. {month} {y}"),
        Lang::Es => format!("{d} de {month} de {y}"),
        _ => format!("{d} {month} {y}"),
    };
    native_digits(lang, &text)
}

/// `items` as one phrase, the last joined by the language's "and" (CLDR's standard list):
/// "A, B and C", "A, B et C", "A، B وC".
pub fn list(lang: Lang, items: &[String]) -> String {
    let (comma, and) = match lang {
        Lang::En => (", ", " and "),
        Lang::Fr => (", ", " et "),
        Lang::De => (", ", " und "),
        Lang::Es => (", ", " y "),
        Lang::Nl => (", ", " en "),
        Lang::Ar => (" و", " و"),
    };
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{}{and}{last}", init.join(comma)),
    }
}

/// Fluent's hook for showing a number: whole numbers as `number` writes them. A plain
/// function, so there is one per language.
pub fn formatter(lang: Lang) -> fn(&FluentValue, &IntlLangMemoizer) -> Option<String> {
    match lang {
        Lang::En => whole::<0>,
        Lang::Fr => whole::<1>,
        Lang::De => whole::<2>,
        Lang::Es => whole::<3>,
        Lang::Nl => whole::<4>,
        Lang::Ar => whole::<5>,
    }
}

fn whole<const L: usize>(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let lang = Lang::ALL[L];
    (n.value.fract() == 0.0 && n.value.abs() < 1e15).then(|| number(lang, n.value as i64))
}
