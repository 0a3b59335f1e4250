//! The text of the benches' letter, as long as a real one: the #StopSIM letter, the open letter
//! this service was first measured against, has 9.2 KB of text and 3.5 KB of information for
//! the press, leaving out its signatories, which the service lists itself. The words are drawn
//! from a fixed seed, so that the text compresses about as prose does (the database compresses
//! a long column), not as one phrase repeated would.

use std::path::Path;

/// Writes the open letter `bench` (`moderation` is `pre` or `post`) under `dir/letters`, as
/// long as a real letter and with the example letter's categories.
pub fn write_letter(dir: &Path, moderation: &str) -> anyhow::Result<()> {
    let letter = dir.join("letters/bench");
    std::fs::create_dir_all(&letter)?;
    std::fs::write(
        letter.join("letter.toml"),
        format!(
            "title = \"Bench\"\nstatus = \"open\"\nmoderation = \"{moderation}\"\n{CATEGORIES}"
        ),
    )?;
    // The letter, about 9,200 bytes, and its information for the press, about 3,500.
    let letter_md = prose(
        0x9e37_79b9_7f4a_7c15,
        "Dear NHS England,\n\n",
        9_000,
        "We await your response.\n\nYours sincerely\n",
    );
    let press_md = prose(
        0xd1b5_4a32_d192_ed03,
        "## Information for the press\n\n",
        3_400,
        "Contact: [the organisers](https://example.org/press).\n",
    );
    std::fs::write(letter.join("letter.md"), letter_md)?;
    std::fs::write(letter.join("press.md"), press_md)?;
    Ok(())
}

/// The example letter's categories (`letters/example/letter.toml`), for `letter.toml`.
const CATEGORIES: &str = "
[[category]]
name = \"Psychiatrists\"
match = [\"psychiatr\"]

[[category]]
name = \"Psychologists\"
match = [\"psycholog\"]

[[category]]
name = \"Social workers\"
match = [\"social work\", \"amhp\"]

[[category]]
name = \"Nurses\"
match = [\"nurs\"]

[[category]]
name = \"Academics\"
match = [\"lecturer\", \"professor\", \"researcher\", \"fellow\"]
";

/// Prose of about `bytes` bytes between `opening` and `closing`, drawn from `seed`.
fn prose(seed: u64, opening: &str, bytes: usize, closing: &str) -> String {
    let mut words = Words(seed);
    let mut text = String::from(opening);
    while text.len() < bytes {
        words.paragraph(&mut text);
    }
    text.push_str(closing);
    text
}

const VOCABULARY: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "that",
    "for",
    "is",
    "on",
    "with",
    "as",
    "are",
    "we",
    "this",
    "by",
    "who",
    "be",
    "people",
    "care",
    "crisis",
    "mental",
    "health",
    "services",
    "professionals",
    "letter",
    "support",
    "those",
    "their",
    "policy",
    "practice",
    "evidence",
    "harm",
    "trust",
    "patients",
    "coalition",
    "response",
    "public",
    "national",
    "review",
    "concern",
    "schemes",
    "approach",
    "systems",
    "across",
    "staff",
    "families",
    "rights",
    "accountability",
    "commitment",
    "coproduction",
    "safeguarding",
    "clinical",
    "guidance",
    "publish",
    "framework",
    "monitoring",
    "requirements",
    "criminal",
    "sanctions",
    "emergency",
    "seeking",
    "help",
    "social",
    "academic",
    "experience",
    "listen",
    "change",
    "without",
    "which",
    "have",
    "been",
    "not",
    "all",
    "our",
    "should",
    "must",
    "ask",
    "call",
    "urgent",
];

/// Words drawn by xorshift from a fixed seed.
struct Words(u64);

impl Words {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 32) as usize
    }

    /// Three to six sentences of eight to twenty words.
    fn paragraph(&mut self, text: &mut String) {
        for sentence in 0..3 + self.next() % 4 {
            if sentence > 0 {
                text.push(' ');
            }
            for word in 0..8 + self.next() % 13 {
                let w = VOCABULARY[self.next() % VOCABULARY.len()];
                if word == 0 {
                    let mut chars = w.chars();
                    text.extend(chars.next().map(|c| c.to_ascii_uppercase()));
                    text.push_str(chars.as_str());
                } else {
                    text.push(' ');
                    text.push_str(w);
                }
            }
            text.push('.');
        }
        text.push_str("\n\n");
    }
}
