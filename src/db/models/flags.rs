//! The flags abuse defence sets on an entry for moderators to see.

use super::{text_column, text_enum};

text_enum!(Flag { Disposable => "disposable", Network => "network", Bot => "bot" });

/// The `flags` column: `,a,b,` so that one flag is found with `LIKE '%,a,%'`. Built from
/// flags, or read from the column, where an unknown flag fails the query.
#[derive(
    Clone,
    Debug,
    Default,
    PartialEq,
    Eq,
    diesel::expression::AsExpression,
    diesel::deserialize::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub struct Flags(String);

impl Flags {
    pub fn list(&self) -> Vec<Flag> {
        self.0.split(',').filter_map(Flag::parse).collect()
    }

    pub fn with(&self, flag: Flag) -> Flags {
        let mut flags = self.list();
        if !flags.contains(&flag) {
            flags.push(flag);
        }
        let names: Vec<&str> = flags.iter().map(|f| f.as_str()).collect();
        Flags(format!(",{},", names.join(",")))
    }

    fn as_str(&self) -> &str {
        &self.0
    }

    fn parse(column: &str) -> Option<Flags> {
        let known = column
            .split(',')
            .filter(|f| !f.is_empty())
            .all(|f| Flag::parse(f).is_some());
        known.then(|| Flags(column.to_owned()))
    }
}

text_column!(Flags);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_column() {
        let flags = Flags::default()
            .with(Flag::Bot)
            .with(Flag::Network)
            .with(Flag::Bot);
        assert_eq!(flags.0, ",bot,network,");
        assert_eq!(flags.list(), [Flag::Bot, Flag::Network]);
        assert_eq!(Flags::parse(",bot,"), Some(Flags(",bot,".into())));
        assert_eq!(Flags::parse(""), Some(Flags::default()));
        assert_eq!(Flags::parse(",robot,"), None);
    }
}
