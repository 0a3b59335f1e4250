use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("This field is required.")]
    Empty,
    #[error("Please keep this under {0} characters.")]
    TooLong(usize),
    #[error("This contains an invisible or control character ({0}); please retype it.")]
    Forbidden(String),
    #[error("Please use letters, not only digits or punctuation.")]
    NoLetters,
}

/// Control, bidirectional-override, zero-width and other invisible characters: they let a
/// name look like something it is not, so no published field may hold them.
fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
            | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
            | '\u{FFA0}' | '\u{FFF9}'..='\u{FFFD}'
            | '\u{E0000}'..='\u{E007F}')
}

/// The input without the characters that no field may hold: for showing a refused value
/// back to the person who typed it.
pub fn without_forbidden(input: &str) -> String {
    input.chars().filter(|c| !is_forbidden(*c)).collect()
}

/// NFC, refuses invisible characters, trims and folds runs of white space. `None` when empty.
fn clean(input: &str, max_chars: usize) -> Result<Option<String>, TextError> {
    let mut out = String::with_capacity(input.len());
    let mut pending_space = false;
    for c in input.nfc() {
        if c.is_whitespace() && !is_forbidden(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if is_forbidden(c) {
            return Err(TextError::Forbidden(format!("U+{:04X}", c as u32)));
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    if out.chars().count() > max_chars {
        return Err(TextError::TooLong(max_chars));
    }
    Ok((!out.is_empty()).then_some(out))
}

fn required_with_letters(input: &str, max_chars: usize) -> Result<String, TextError> {
    let text = clean(input, max_chars)?.ok_or(TextError::Empty)?;
    if !text.chars().any(char::is_alphabetic) {
        return Err(TextError::NoLetters);
    }
    Ok(text)
}

/// A person's name as they want it published ("Dr Jay Watts").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub const MAX: usize = 100;

    pub fn parse(input: &str) -> Result<Self, TextError> {
        required_with_letters(input, Self::MAX).map(Self)
    }
}

/// A professional title or role ("Consultant Clinical Psychologist"); optional.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title(String);

impl Title {
    pub const MAX: usize = 150;

    pub fn parse_optional(input: &str) -> Result<Option<Self>, TextError> {
        Ok(clean(input, Self::MAX)?.map(Self))
    }

    pub fn parse(input: &str) -> Result<Self, TextError> {
        required_with_letters(input, Self::MAX).map(Self)
    }
}

/// An organisation's name ("Centre for Mental Health").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationName(String);

impl OrganisationName {
    pub const MAX: usize = 150;

    pub fn parse(input: &str) -> Result<Self, TextError> {
        required_with_letters(input, Self::MAX).map(Self)
    }

    pub fn parse_optional(input: &str) -> Result<Option<Self>, TextError> {
        match clean(input, Self::MAX)? {
            None => Ok(None),
            Some(_) => Self::parse(input).map(Some),
        }
    }
}

/// Why a moderator rejected an entry, kept for the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason(String);

impl Reason {
    pub const MAX: usize = 300;

    pub fn parse(input: &str) -> Result<Self, TextError> {
        required_with_letters(input, Self::MAX).map(Self)
    }
}

/// A line an organiser writes in a letter's files: an update's title, to or from whom the
/// letter went, how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caption(String);

impl Caption {
    pub const MAX: usize = 200;

    pub fn parse(input: &str) -> Result<Self, TextError> {
        required_with_letters(input, Self::MAX).map(Self)
    }
}

/// What an organiser quotes of a response to the letter: one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote(String);

impl Quote {
    pub const MAX: usize = 2000;

    pub fn parse(input: &str) -> Result<Self, TextError> {
        required_with_letters(input, Self::MAX).map(Self)
    }
}

/// An update written in the admin pages: Markdown, several lines. Line ends become `\n`;
/// other control and invisible characters are refused, as in every published field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdateText(String);

impl UpdateText {
    pub const MAX: usize = 20_000;

    pub fn parse(input: &str) -> Result<Self, TextError> {
        let text: String = input.replace("\r\n", "\n").nfc().collect();
        if let Some(c) = text
            .chars()
            .find(|c| is_forbidden(*c) && !matches!(c, '\n' | '\t'))
        {
            return Err(TextError::Forbidden(format!("U+{:04X}", c as u32)));
        }
        let text = text.trim();
        if text.is_empty() {
            return Err(TextError::Empty);
        }
        if text.chars().count() > Self::MAX {
            return Err(TextError::TooLong(Self::MAX));
        }
        Ok(Self(text.to_owned()))
    }
}

macro_rules! text_accessors {
    ($($t:ty),+) => {$(
        impl AsRef<str> for $t {
            fn as_ref(&self) -> &str { &self.0 }
        }
        impl From<$t> for String {
            fn from(value: $t) -> String { value.0 }
        }
    )+};
}
text_accessors!(
    PersonName,
    Title,
    OrganisationName,
    Reason,
    Caption,
    Quote,
    UpdateText
);

/// Lower case without accents or punctuation runs, for searching ("Zoë" is found by "zoe").
pub fn fold_for_search(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.nfkd().filter(|c| !is_combining_mark(*c)) {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_update_keeps_its_lines_and_refuses_hidden_characters() {
        let text = UpdateText::parse("  # Delivered\r\n\n- by *hand*\twith care\n").unwrap();
        assert_eq!(text.as_ref(), "# Delivered\n\n- by *hand*\twith care");
        assert_eq!(
            UpdateText::parse("a\u{202E}b"),
            Err(TextError::Forbidden("U+202E".into()))
        );
        assert_eq!(
            UpdateText::parse("a\u{0}b"),
            Err(TextError::Forbidden("U+0000".into()))
        );
        assert_eq!(UpdateText::parse(" \n "), Err(TextError::Empty));
        assert!(UpdateText::parse(&"x".repeat(UpdateText::MAX + 1)).is_err());
    }

    #[test]
    fn names_are_normalised_and_trimmed() {
        let name = PersonName::parse("  Dr   Zoe\u{0301}\u{3000} Smith ").unwrap();
        assert_eq!(name.as_ref(), "Dr Zo\u{e9} Smith");
    }

    #[test]
    fn invisible_and_control_characters_are_refused() {
        for bad in [
            "Bob\u{202E}",
            "Tab\there",
            "Line\nbreak",
            "A\u{200B}B",
            "Nul\u{0}",
            "Esc\u{1b}[31m",
            "x\u{FEFF}",
            "\u{FFFD}x",
        ] {
            assert!(
                matches!(PersonName::parse(bad), Err(TextError::Forbidden(_))),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn bounds_and_letters() {
        assert_eq!(PersonName::parse("   "), Err(TextError::Empty));
        assert_eq!(PersonName::parse("12345"), Err(TextError::NoLetters));
        assert_eq!(
            PersonName::parse(&"a".repeat(101)),
            Err(TextError::TooLong(PersonName::MAX))
        );
        assert!(PersonName::parse(&"é".repeat(100)).is_ok());
        assert_eq!(Title::parse_optional(" ").unwrap(), None);
    }

    #[test]
    fn folding_for_search() {
        assert_eq!(
            fold_for_search("Dr Zoë O'Brien-Smith,"),
            "dr zoe o brien smith"
        );
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn a_parsed_name_is_clean_bounded_and_stable(input in "\\PC*|.*") {
            if let Ok(name) = PersonName::parse(&input) {
                let text = name.as_ref();
                prop_assert!(!text.chars().any(is_forbidden));
                prop_assert!(text.chars().count() <= PersonName::MAX);
                prop_assert!(!text.starts_with(' ') && !text.ends_with(' ') && !text.contains("  "));
                prop_assert_eq!(PersonName::parse(text).map(String::from), Ok(text.to_owned()));
            }
        }

        #[test]
        fn titles_never_panic_and_stay_bounded(input in any::<String>()) {
            if let Ok(Some(title)) = Title::parse_optional(&input) {
                prop_assert!(title.as_ref().chars().count() <= Title::MAX);
            }
        }
    }
}
