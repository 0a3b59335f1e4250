//! The life of a signature: its states, and the moves between them, written once. Every query
//! that changes a state filters on `Move::from`, so a move from any other state changes nothing.

use super::text_enum;

text_enum!(SignatureState {
    Unverified => "unverified",
    Pending => "pending",
    Published => "published",
    Rejected => "rejected",
    Withdrawn => "withdrawn",
    Duplicate => "duplicate",
});

/// What can happen to a signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// The signer opens their link: published at once (post-moderation) or awaiting a moderator.
    Confirm {
        publish: bool,
    },
    /// A moderator publishes an entry whose address was verified.
    Approve,
    Reject,
    /// The dropped side of a merged duplicate pair.
    MarkDuplicate,
    /// The signer takes the signature back.
    Withdraw,
    /// The signer corrects their details by a link we mailed them: still published
    /// (post-moderation), or back to the moderators.
    Correct {
        publish: bool,
    },
}

use SignatureState::{Duplicate, Pending, Published, Rejected, Unverified, Withdrawn};

impl Move {
    pub fn to(self) -> SignatureState {
        match self {
            Move::Confirm { publish: true } | Move::Correct { publish: true } | Move::Approve => {
                Published
            }
            Move::Confirm { publish: false } | Move::Correct { publish: false } => Pending,
            Move::Reject => Rejected,
            Move::MarkDuplicate => Duplicate,
            Move::Withdraw => Withdrawn,
        }
    }

    /// The states the move may start from.
    pub fn from(self) -> &'static [SignatureState] {
        match self {
            Move::Confirm { .. } => &[Unverified],
            Move::Approve => &[Pending, Rejected, Duplicate],
            Move::Reject => &[Unverified, Pending, Published],
            Move::MarkDuplicate => &[Unverified, Pending, Published, Rejected],
            Move::Withdraw => &[Unverified, Pending, Published, Rejected, Duplicate],
            Move::Correct { .. } => &[Pending, Published],
        }
    }

    /// Only an entry whose address was verified (or that an organiser imported, vouching for
    /// it) may be approved: a rejected or duplicate entry can have been unverified.
    pub fn needs_verified(self) -> bool {
        matches!(self, Move::Approve | Move::Correct { .. })
    }

    pub fn allows(self, from: SignatureState, verified: bool) -> bool {
        self.from().contains(&from) && (verified || !self.needs_verified())
    }

    /// The audit log's name for the move.
    pub fn action(self) -> &'static str {
        match self {
            Move::Confirm { .. } => "confirm",
            Move::Approve => "approve",
            Move::Reject => "reject",
            Move::MarkDuplicate => "merge duplicate",
            Move::Withdraw => "withdraw",
            Move::Correct { .. } => "correct",
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    const MODERATION: [Move; 4] = [
        Move::Approve,
        Move::Reject,
        Move::MarkDuplicate,
        Move::Withdraw,
    ];

    /// Every (state, verified) reachable from a new signature through `moves`.
    fn reachable(moves: &[Move]) -> HashSet<(SignatureState, bool)> {
        let mut seen = HashSet::from([(Unverified, false)]);
        let mut todo = vec![(Unverified, false)];
        while let Some((state, verified)) = todo.pop() {
            for &m in moves {
                if m.allows(state, verified) {
                    let next = (m.to(), verified || matches!(m, Move::Confirm { .. }));
                    if seen.insert(next) {
                        todo.push(next);
                    }
                }
            }
        }
        seen
    }

    #[test]
    fn an_unverified_entry_can_never_be_published_by_moderators() {
        let states = reachable(&MODERATION);
        assert!(states.contains(&(Rejected, false)));
        assert!(states.contains(&(Duplicate, false)));
        assert!(!states.iter().any(|(s, _)| *s == Published), "{states:?}");
    }

    #[test]
    fn confirmed_entries_reach_every_state() {
        let mut moves = MODERATION.to_vec();
        moves.push(Move::Confirm { publish: false });
        let states: HashSet<SignatureState> =
            reachable(&moves).into_iter().map(|(s, _)| s).collect();
        assert_eq!(states.len(), SignatureState::ALL.len());
    }

    #[test]
    fn the_table() {
        assert!(Move::Approve.allows(Pending, true));
        assert!(Move::Approve.allows(Rejected, true));
        assert!(!Move::Approve.allows(Rejected, false));
        assert!(!Move::Approve.allows(Unverified, false));
        assert!(!Move::Approve.allows(Withdrawn, true));
        assert!(!Move::Reject.allows(Withdrawn, true));
        assert!(!Move::Withdraw.allows(Withdrawn, true));
        assert!(!Move::Confirm { publish: true }.allows(Pending, true));
        assert_eq!(Move::Confirm { publish: false }.to(), Pending);
        assert!(!Move::Correct { publish: true }.allows(Rejected, true));
        assert!(!Move::Correct { publish: true }.allows(Unverified, false));
        assert_eq!(Move::Correct { publish: false }.to(), Pending);
    }
}
