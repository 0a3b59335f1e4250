//! What a letter's public counts rest on: how its entries were confirmed, and the evidence they
//! carry. The press page, `count.json`, `figures.json` and the API give the same figures.

use diesel::prelude::*;
use serde::Serialize;

use super::{LetterCounts, SignatureKind, public_entries};
use crate::db::DbConn;
use crate::db::schema::signatures;

/// What the counts rest on: how the entries were confirmed, and the evidence they carry.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Basis {
    /// Individuals who confirmed their signature by email.
    pub confirmed_by_email: i64,
    /// Individuals the organisers imported from their own list, vouching for them.
    pub imported: i64,
    /// Individuals who confirmed from an institution's or a university's address and agreed
    /// to show its domain.
    pub institutional: i64,
    /// `institutional` by institution (a letter's `[[institution]]` name, or "universities").
    pub by_institution: Vec<InstitutionCount>,
    /// Individuals whose ORCID iD was proven by signing in with ORCID.
    pub orcid_verified: i64,
    /// Individuals a moderator approved.
    pub moderated: i64,
    /// Organisations that confirmed from their own website's domain.
    pub organisations_domain_checked: i64,
    /// Organisations a moderator approved.
    pub organisations_moderated: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct InstitutionCount {
    pub name: String,
    pub individuals: i64,
}

impl Basis {
    /// The basis of the letter's public entries (`counts`, read just before).
    pub fn of(conn: &mut DbConn, letter_id: i64, counts: &LetterCounts) -> QueryResult<Basis> {
        let people =
            || public_entries(letter_id).filter(signatures::kind.eq(SignatureKind::Individual));
        let organisations =
            || public_entries(letter_id).filter(signatures::kind.eq(SignatureKind::Organisation));
        let by_institution: Vec<(Option<String>, i64)> = people()
            .filter(signatures::institution.is_not_null())
            .group_by(signatures::institution)
            .select((signatures::institution, diesel::dsl::count_star()))
            .order((
                diesel::dsl::count_star().desc(),
                signatures::institution.asc(),
            ))
            .load(conn)?;
        let by_institution: Vec<InstitutionCount> = by_institution
            .into_iter()
            .map(|(name, individuals)| InstitutionCount {
                name: name.unwrap_or_default(),
                individuals,
            })
            .collect();
        let imported: i64 = people()
            .filter(signatures::import_key.is_not_null())
            .count()
            .get_result(conn)?;
        Ok(Basis {
            // Two reads: an import between them must not make this negative.
            confirmed_by_email: (counts.individuals - imported).max(0),
            imported,
            institutional: by_institution.iter().map(|i| i.individuals).sum(),
            by_institution,
            orcid_verified: people()
                .filter(signatures::orcid_verified.eq(true))
                .count()
                .get_result(conn)?,
            moderated: people()
                .filter(signatures::moderated.eq(true))
                .count()
                .get_result(conn)?,
            organisations_domain_checked: organisations()
                .filter(signatures::confirmed_domain.is_not_null())
                .count()
                .get_result(conn)?,
            organisations_moderated: organisations()
                .filter(signatures::moderated.eq(true))
                .count()
                .get_result(conn)?,
        })
    }
}
