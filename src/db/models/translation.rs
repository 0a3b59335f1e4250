use diesel::prelude::*;

use super::per_backend;
use crate::db::DbConn;
use crate::db::schema::{letter_translations, signature_languages};
use crate::i18n::Lang;

/// A translation of a letter's text (`letter.<lang>.md`, with `title_<lang>` in letter.toml).
/// The letter's own text stays the authoritative one.
#[derive(Clone, Debug, Queryable, Selectable, Insertable)]
#[diesel(table_name = letter_translations)]
pub struct LetterTranslation {
    pub letter_id: i64,
    /// BCP 47, as in the file name (`fr`, `pt-BR`).
    pub lang: String,
    pub title: String,
    pub body_html: String,
}

impl LetterTranslation {
    /// A letter's translations, by tag.
    pub fn of_letter(conn: &mut DbConn, letter_id: i64) -> QueryResult<Vec<LetterTranslation>> {
        letter_translations::table
            .filter(letter_translations::letter_id.eq(letter_id))
            .order(letter_translations::lang.asc())
            .select(LetterTranslation::as_select())
            .load(conn)
    }

    /// The translation to show: the one `asked` names (`?lang=`), else one in the reader's
    /// language `lang` unless the letter is written in it; `None` for the letter's own text.
    pub fn pick<'a>(
        translations: &'a [LetterTranslation],
        main: &str,
        asked: Option<&str>,
        lang: Lang,
    ) -> Option<&'a LetterTranslation> {
        if let Some(asked) = asked {
            return translations
                .iter()
                .find(|t| t.lang.eq_ignore_ascii_case(asked));
        }
        let primary = |tag: &str| {
            tag.split('-')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase()
        };
        if primary(main) == lang.tag() {
            return None;
        }
        translations.iter().find(|t| primary(&t.lang) == lang.tag())
    }

    /// Replaces a letter's translations with `rows` (what its directory holds now).
    pub fn replace_all(
        conn: &mut DbConn,
        letter_id: i64,
        rows: &[LetterTranslation],
    ) -> QueryResult<()> {
        diesel::delete(
            letter_translations::table.filter(letter_translations::letter_id.eq(letter_id)),
        )
        .execute(conn)?;
        for row in rows {
            diesel::insert_into(letter_translations::table)
                .values(row)
                .execute(conn)?;
        }
        Ok(())
    }
}

/// The interface language a signer signed in, when it is not English: their mails are
/// written in it.
pub struct SignatureLanguage;

impl SignatureLanguage {
    pub fn record(conn: &mut DbConn, signature_id: i64, lang: Lang) -> QueryResult<()> {
        Self::record_all(conn, &[(signature_id, lang)])
    }

    /// `record` for many new signatures, in one statement.
    pub fn record_all(conn: &mut DbConn, languages: &[(i64, Lang)]) -> QueryResult<()> {
        let rows: Vec<_> = languages
            .iter()
            .filter(|(_, lang)| *lang != Lang::En)
            .map(|(id, lang)| {
                (
                    signature_languages::signature_id.eq(*id),
                    signature_languages::lang.eq(lang.tag()),
                )
            })
            .collect();
        if rows.is_empty() {
            return Ok(());
        }
        let insert = diesel::insert_into(signature_languages::table).values(rows);
        per_backend!(conn, |c| insert.execute(c)).map(drop)
    }

    /// Replaces the language of a signature (its form was sent again).
    pub fn set(conn: &mut DbConn, signature_id: i64, lang: Lang) -> QueryResult<()> {
        Self::erase(conn, &[signature_id])?;
        Self::record(conn, signature_id, lang)
    }

    /// The language to write to a signer in.
    pub fn of(conn: &mut DbConn, signature_id: i64) -> QueryResult<Lang> {
        let tag = signature_languages::table
            .find(signature_id)
            .select(signature_languages::lang)
            .first::<String>(conn)
            .optional()?;
        Ok(tag.and_then(|t| Lang::parse(&t)).unwrap_or_default())
    }

    /// Forgets the language of the signatures `ids` (their addresses are being erased).
    pub fn erase(conn: &mut DbConn, ids: &[i64]) -> QueryResult<usize> {
        diesel::delete(
            signature_languages::table.filter(signature_languages::signature_id.eq_any(ids)),
        )
        .execute(conn)
    }
}
