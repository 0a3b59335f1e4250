//! The interface's languages. Messages are Fluent files under `locales/<tag>/`, built into the
//! binary; English holds every message and is what a missing one falls back to. A request's
//! language comes from `?lang=`, then the `lang` cookie the switch sets, then
//! `Accept-Language` (`choice`). Numbers, dates and lists are formatted here, per language.

mod choice;
mod format;

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use choice::{LANG_COOKIE, Locale, asked_in_query, current, scope};

/// A language the interface is offered in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Fr,
    De,
    Es,
    Nl,
    Ar,
}

/// The Fluent files of each language, in the order of `Lang::ALL`.
const FILES: [&str; 5] = [
    "site.ftl",
    "signing.ftl",
    "pages.ftl",
    "mail.ftl",
    "admin.ftl",
];

macro_rules! sources {
    ($($tag:literal),*) => {
        [$([
            include_str!(concat!("../../locales/", $tag, "/site.ftl")),
            include_str!(concat!("../../locales/", $tag, "/signing.ftl")),
            include_str!(concat!("../../locales/", $tag, "/pages.ftl")),
            include_str!(concat!("../../locales/", $tag, "/mail.ftl")),
            include_str!(concat!("../../locales/", $tag, "/admin.ftl")),
        ]),*]
    };
}

const SOURCES: [[&str; FILES.len()]; 6] = sources!("en", "fr", "de", "es", "nl", "ar");

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Fr, Lang::De, Lang::Es, Lang::Nl, Lang::Ar];

    /// The BCP 47 tag, as in `<html lang>`, `?lang=` and the cookie.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Nl => "nl",
            Lang::Ar => "ar",
        }
    }

    /// The language's name in itself, as the switch shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Nl => "Nederlands",
            Lang::Ar => "العربية",
        }
    }

    /// `rtl` for a language written right to left.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The interface language whose tag is exactly `tag` (`fr`, not `fr-CA` or `FR`).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The interface language a BCP 47 tag asks for: its primary subtag, in any case
    /// (`fr-CA` is French).
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim();
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The message `id`, in this language or else in English.
    pub fn t(self, id: &str) -> String {
        self.message(id, None)
    }

    /// The message `id` with one argument.
    pub fn t1(self, id: &str, name: &str, value: impl Into<Arg>) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), value.into().0);
        self.message(id, Some(&args))
    }

    /// The message `id` with two arguments.
    pub fn t2(
        self,
        id: &str,
        n1: &str,
        v1: impl Into<Arg>,
        n2: &str,
        v2: impl Into<Arg>,
    ) -> String {
        let mut args = FluentArgs::new();
        args.set(n1.to_owned(), v1.into().0);
        args.set(n2.to_owned(), v2.into().0);
        self.message(id, Some(&args))
    }

    fn message(self, id: &str, args: Option<&FluentArgs>) -> String {
        for lang in [self, Lang::En] {
            let bundle = &BUNDLES[lang.index()];
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(id, lang = lang.tag(), ?errors, "a message did not format");
                }
                return text.into_owned();
            }
        }
        tracing::warn!(id, "no such message");
        id.to_owned()
    }

    /// `n` with the language's digits and thousands separator.
    pub fn number(self, n: i64) -> String {
        format::number(self, n)
    }

    /// A list joined as this language joins one ("A, B and C").
    pub fn list(self, items: &[String]) -> String {
        format::list(self, items)
    }

    /// A day, as this language writes it ("13 April 2026", "13 avril 2026").
    pub fn date(self, day: chrono::NaiveDate) -> String {
        format::date(self, day)
    }
}

/// A message argument: text, or a number (which picks the plural form and is formatted for
/// the language).
pub struct Arg(FluentValue<'static>);

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg(FluentValue::from(s.to_owned()))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg(FluentValue::from(s))
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg(FluentValue::from(s.clone()))
    }
}

impl From<&&String> for Arg {
    fn from(s: &&String) -> Self {
        Arg(FluentValue::from((*s).clone()))
    }
}

impl From<&&str> for Arg {
    fn from(s: &&str) -> Self {
        Arg(FluentValue::from((*s).to_owned()))
    }
}

macro_rules! numeric_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg(FluentValue::from(n))
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Self {
                Arg(FluentValue::from(*n))
            }
        }
        impl From<&&$t> for Arg {
            fn from(n: &&$t) -> Self {
                Arg(FluentValue::from(**n))
            }
        }
    )*};
}
numeric_args!(i32, i64, u32, u64, usize);

static BUNDLES: LazyLock<Vec<FluentBundle<FluentResource>>> =
    LazyLock::new(|| Lang::ALL.into_iter().map(bundle).collect());

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id = lang
        .tag()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Pages mark direction themselves (`dir`, `<bdi>`); invisible isolation marks would end up
    // in titles, mail subjects and CSV-like text.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format::formatter(lang)));
    for (file, source) in FILES.iter().zip(SOURCES[lang.index()]) {
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, errors)| {
                tracing::error!(lang = lang.tag(), file, ?errors, "a Fluent file has errors");
                partial
            });
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(
                lang = lang.tag(),
                file,
                ?errors,
                "a message is defined twice"
            );
        }
    }
    bundle
}

#[cfg(test)]
mod tests;
