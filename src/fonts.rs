//! The fonts the share card and the PDF are set in: Noto Sans, built in, and every font under
//! `UNDERSIGNED_FONTS_DIR` (by default the system's, where Debian's `fonts-noto-core` and
//! `fonts-noto-cjk` put the rest of the Noto family; the Docker image installs them). Read on first use, memory-mapped, with a map of the characters
//! they cover, so that a character no font has is known before drawing (and logged), not
//! printed as "?".

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use resvg::usvg::fontdb;

/// One name per script the letters are signed in, to say at start which ones have no font.
const SCRIPTS: [(&str, char); 10] = [
    ("Latin", 'Ł'),
    ("Greek", 'Α'),
    ("Cyrillic", 'И'),
    ("Hebrew", 'א'),
    ("Arabic", 'م'),
    ("Devanagari", 'क'),
    ("Chinese", '李'),
    ("Japanese kana", 'あ'),
    ("Korean", '한'),
    ("Thai", 'ก'),
];

/// The fonts, loaded once when first needed.
pub struct Fonts {
    dir: PathBuf,
    loaded: OnceLock<Loaded>,
}

struct Loaded {
    db: Arc<fontdb::Database>,
    /// One bit per Unicode scalar value: does some font have a glyph for it?
    covered: Vec<u64>,
}

impl Fonts {
    pub fn new(dir: &Path) -> Fonts {
        Fonts {
            dir: dir.to_owned(),
            loaded: OnceLock::new(),
        }
    }

    fn loaded(&self) -> &Loaded {
        self.loaded.get_or_init(|| Loaded::read(&self.dir))
    }

    pub fn database(&self) -> Arc<fontdb::Database> {
        self.loaded().db.clone()
    }

    /// The characters of `text` that no font covers (white space aside), each once.
    pub fn uncovered(&self, text: &str) -> Vec<char> {
        let loaded = self.loaded();
        let mut missing: Vec<char> = text
            .chars()
            .filter(|c| !c.is_whitespace() && !loaded.covers(*c))
            .collect();
        missing.sort_unstable();
        missing.dedup();
        missing
    }
}

impl Loaded {
    fn read(dir: &Path) -> Loaded {
        let mut db = fontdb::Database::new();
        // Built in (see assets/fonts/SOURCE.md), so that Latin, Greek and Cyrillic always print.
        db.load_font_data(include_bytes!("../assets/fonts/NotoSans-Regular.ttf").to_vec());
        db.load_font_data(include_bytes!("../assets/fonts/NotoSans-Bold.ttf").to_vec());
        db.load_fonts_dir(dir);
        let mut covered = vec![0u64; 0x110000 / 64];
        let ids: Vec<fontdb::ID> = db.faces().map(|f| f.id).collect();
        for id in ids {
            db.with_face_data(id, |data, index| {
                let Ok(face) = ttf_parser::Face::parse(data, index) else {
                    return;
                };
                let Some(cmap) = face.tables().cmap else {
                    return;
                };
                for table in cmap.subtables.into_iter().filter(|t| t.is_unicode()) {
                    table.codepoints(|cp| {
                        if let Some(word) = covered.get_mut(cp as usize / 64) {
                            *word |= 1 << (cp % 64);
                        }
                    });
                }
            });
        }
        let loaded = Loaded {
            db: Arc::new(db),
            covered,
        };
        let missing: Vec<&str> = SCRIPTS
            .iter()
            .filter(|(_, sample)| !loaded.covers(*sample))
            .map(|(name, _)| *name)
            .collect();
        let faces = loaded.db.len();
        if !missing.is_empty() {
            tracing::warn!(dir = %dir.display(), faces, ?missing, "no font for some scripts: their characters show as an empty box (install fonts-noto-core and fonts-noto-cjk, or set UNDERSIGNED_FONTS_DIR)");
        } else {
            tracing::info!(dir = %dir.display(), faces, "fonts loaded");
        }
        loaded
    }

    fn covers(&self, c: char) -> bool {
        let cp = c as usize;
        self.covered
            .get(cp / 64)
            .is_some_and(|word| word & (1 << (cp % 64)) != 0)
    }
}

/// Does the face have a glyph for `c`?
pub fn has_char(db: &fontdb::Database, id: fontdb::ID, c: char) -> bool {
    db.with_face_data(id, |data, index| {
        ttf_parser::Face::parse(data, index)
            .ok()
            .and_then(|face| face.glyph_index(c))
            .is_some()
    })
    .unwrap_or(false)
}

/// For a character the chosen font lacks: a face that has it, of the same weight and style if
/// possible, sans-serif rather than serif or monospace, Noto before others.
pub fn fallback_face(
    db: &fontdb::Database,
    c: char,
    weight: fontdb::Weight,
    style: fontdb::Style,
    exclude: &[fontdb::ID],
) -> Option<fontdb::ID> {
    db.faces()
        .filter(|face| !exclude.contains(&face.id) && has_char(db, face.id, c))
        .min_by_key(|face| {
            let family = face.families.first().map_or("", |(name, _)| name.as_str());
            (
                face.weight.0.abs_diff(weight.0),
                face.style != style,
                family.contains("Serif") || face.monospaced,
                !family.starts_with("Noto Sans"),
                family.len(),
            )
        })
        .map(|face| face.id)
}
