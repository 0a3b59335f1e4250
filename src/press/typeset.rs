//! Text for the PDF in real fonts: each line split into runs by direction (Unicode bidi) and by
//! the face that has its characters (`fonts::fallback_face`), shaped with rustybuzz, and drawn
//! as CID glyphs. The faces are embedded at the end, subset to the glyphs used, each with a
//! ToUnicode map so that the text extracts as it was written. Nothing but the glyph tables grows
//! with the document: pages are written as they fill.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::sync::Arc;

use resvg::usvg::fontdb::{self, Database, Family, Query, Stretch, Style, Weight};
use subsetter::GlyphRemapper;

use crate::fonts::{fallback_face, has_char};

/// One face used by the document, with what its embedding needs.
pub struct FaceUse {
    pub id: fontdb::ID,
    /// The first of its five PDF objects (font, CID font, descriptor, file, ToUnicode); 0
    /// until the writer reserves them.
    pub object: usize,
    units_per_em: f32,
    remapper: GlyphRemapper,
    /// New glyph id → the text it stands for.
    unicode: BTreeMap<u16, String>,
    /// New glyph id → advance in thousandths of an em.
    widths: BTreeMap<u16, f32>,
}

pub struct Typesetter {
    db: Arc<Database>,
    pub faces: Vec<FaceUse>,
    index: HashMap<fontdb::ID, usize>,
    /// The face chosen for a character, regular and bold.
    choice: HashMap<(char, bool), Option<fontdb::ID>>,
    primary: [Option<fontdb::ID>; 2],
}

/// A glyph placed on the line, in thousandths of an em from the run's start.
struct Placed {
    gid: u16,
    x: f32,
    dx: f32,
    dy: f32,
    /// The advance the PDF viewer applies after it (the font's own, `/W`).
    w: f32,
}

impl Typesetter {
    pub fn new(db: Arc<Database>) -> Typesetter {
        let primary = |weight| {
            db.query(&Query {
                families: &[Family::Name("Noto Sans"), Family::SansSerif],
                weight,
                stretch: Stretch::Normal,
                style: Style::Normal,
            })
        };
        Typesetter {
            primary: [primary(Weight::NORMAL), primary(Weight::BOLD)],
            db,
            faces: Vec::new(),
            index: HashMap::new(),
            choice: HashMap::new(),
        }
    }

    fn face_for(&mut self, c: char, bold: bool) -> Option<fontdb::ID> {
        if let Some(found) = self.choice.get(&(c, bold)) {
            return *found;
        }
        let primary = self.primary[usize::from(bold)];
        let weight = if bold { Weight::BOLD } else { Weight::NORMAL };
        // Faces already in the document first: a list of Chinese names needs one search of all
        // the fonts, not one per character.
        let db = &self.db;
        let found = primary
            .filter(|id| c.is_whitespace() || has_char(db, *id, c))
            .or_else(|| {
                self.faces
                    .iter()
                    .map(|f| f.id)
                    .filter(|id| db.face(*id).is_some_and(|f| f.weight == weight))
                    .find(|id| has_char(db, *id, c))
            })
            .or_else(|| fallback_face(db, c, weight, Style::Normal, &[]));
        if found.is_none() {
            tracing::warn!(
                character = %c.escape_unicode(),
                "PDF: no font has this character; it prints as an empty box"
            );
        }
        let found = found.or(primary);
        self.choice.insert((c, bold), found);
        found
    }

    fn use_face(&mut self, id: fontdb::ID) -> usize {
        if let Some(i) = self.index.get(&id) {
            return *i;
        }
        let units_per_em = self
            .db
            .with_face_data(id, |data, index| {
                ttf_parser::Face::parse(data, index).map(|f| f.units_per_em())
            })
            .and_then(Result::ok)
            .unwrap_or(1000);
        let mut remapper = GlyphRemapper::new();
        remapper.remap(0);
        self.faces.push(FaceUse {
            id,
            object: 0,
            units_per_em: f32::from(units_per_em),
            remapper,
            unicode: BTreeMap::new(),
            widths: BTreeMap::new(),
        });
        self.index.insert(id, self.faces.len() - 1);
        self.faces.len() - 1
    }

    /// Operators drawing `text` from (x, y) at `size`; `used` gains the faces it drew with.
    pub fn line(
        &mut self,
        text: &str,
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        used: &mut BTreeSet<usize>,
    ) -> String {
        let mut ops = String::new();
        let (mut reordering, mut right_to_left) = (false, false);
        // The document reads left to right: a line that starts with an Arabic or Hebrew name is
        // still "Name, Title." from the left margin.
        let bidi = unicode_bidi::BidiInfo::new(text, Some(unicode_bidi::Level::ltr()));
        let mut pen = x;
        for paragraph in &bidi.paragraphs {
            let (levels, runs) = bidi.visual_runs(paragraph, paragraph.range.clone());
            for run in runs {
                let rtl = levels[run.start].is_rtl();
                let mut segments = self.segments(&text[run.clone()], bold);
                if rtl {
                    segments.reverse();
                }
                for (face, segment) in segments {
                    let index = self.use_face(face);
                    used.insert(index);
                    let (placed, width, reordered) = self.shape(index, segment, rtl);
                    reordering |= reordered && !rtl;
                    right_to_left |= rtl;
                    draw(&mut ops, index, &placed, pen, y, size, rtl);
                    pen += width * size / 1000.0;
                }
            }
        }
        if reordering && !right_to_left {
            // Where glyphs do not follow the letters one to one (a Devanagari vowel sign drawn
            // before its consonant), the line's text is given whole for extraction. Not for
            // right-to-left lines: their glyphs are already in logical order, and readers would
            // reorder the text once more.
            let hex: String = text.encode_utf16().map(|u| format!("{u:04X}")).collect();
            ops = format!("/Span << /ActualText <FEFF{hex}> >> BDC\n{ops}EMC\n");
        }
        ops
    }

    /// The run split where the face changes (white space stays with the text around it), in
    /// logical order.
    fn segments<'t>(&mut self, run: &'t str, bold: bool) -> Vec<(fontdb::ID, &'t str)> {
        let mut out: Vec<(fontdb::ID, &'t str)> = Vec::new();
        let mut start = 0;
        let mut current: Option<fontdb::ID> = None;
        for (at, c) in run.char_indices() {
            if c.is_whitespace() {
                continue;
            }
            let face = self.face_for(c, bold);
            if face != current {
                if let Some(face) = current {
                    out.push((face, &run[start..at]));
                    start = at;
                }
                current = face;
            }
        }
        if let Some(face) = current.or(self.primary[usize::from(bold)]) {
            out.push((face, &run[start..]));
        }
        out
    }

    /// Shapes `text` with the face: the glyphs in visual order, the width in thousandths of an
    /// em, and whether glyphs and letters do not follow each other one to one.
    fn shape(&mut self, index: usize, text: &str, rtl: bool) -> (Vec<Placed>, f32, bool) {
        let id = self.faces[index].id;
        let shaped = self.db.with_face_data(id, |data, face_index| {
            let face = rustybuzz::Face::from_slice(data, face_index)?;
            let mut buffer = rustybuzz::UnicodeBuffer::new();
            buffer.push_str(text);
            buffer.guess_segment_properties();
            buffer.set_direction(if rtl {
                rustybuzz::Direction::RightToLeft
            } else {
                rustybuzz::Direction::LeftToRight
            });
            let output = rustybuzz::shape(&face, &[], buffer);
            let glyphs: Vec<(u16, u32, i32, i32, i32, u16)> = output
                .glyph_infos()
                .iter()
                .zip(output.glyph_positions())
                .map(|(info, pos)| {
                    let gid = u16::try_from(info.glyph_id).unwrap_or(0);
                    let advance = face
                        .glyph_hor_advance(ttf_parser::GlyphId(gid))
                        .unwrap_or(0);
                    (
                        gid,
                        info.cluster,
                        pos.x_advance,
                        pos.x_offset,
                        pos.y_offset,
                        advance,
                    )
                })
                .collect();
            Some(glyphs)
        });
        let glyphs = shaped.flatten().unwrap_or_default();
        let face = &mut self.faces[index];
        let scale = 1000.0 / face.units_per_em;
        // Each cluster's text goes to its first glyph (a ligature stands for all its letters).
        let mut starts: Vec<usize> = glyphs.iter().map(|g| g.1 as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let text_of = |cluster: usize| {
            let end = starts
                .iter()
                .find(|s| **s > cluster)
                .copied()
                .unwrap_or(text.len());
            text.get(cluster..end).unwrap_or("").to_owned()
        };
        let reordered = starts.len() != glyphs.len() || !glyphs.is_sorted_by_key(|g| g.1);
        let mut seen = BTreeSet::new();
        let mut placed = Vec::with_capacity(glyphs.len());
        let mut x = 0.0;
        for (gid, cluster, advance, dx, dy, hmtx) in glyphs {
            let new = face.remapper.remap(gid);
            face.widths.insert(new, f32::from(hmtx) * scale);
            if seen.insert(cluster) {
                face.unicode
                    .entry(new)
                    .or_insert_with(|| text_of(cluster as usize));
            }
            placed.push(Placed {
                gid: new,
                x,
                dx: dx as f32 * scale,
                dy: dy as f32 * scale,
                w: f32::from(hmtx) * scale,
            });
            x += advance as f32 * scale;
        }
        (placed, x, reordered)
    }

    /// The five objects of a face, numbered from `face.object`: font, CID font, descriptor,
    /// font file and ToUnicode map, each as the bytes between "obj" and "endobj".
    pub fn font_objects(&self, face: &FaceUse) -> anyhow::Result<Vec<Vec<u8>>> {
        let n = face.object;
        let embedded = self
            .db
            .with_face_data(face.id, |data, index| -> anyhow::Result<_> {
                let parsed = ttf_parser::Face::parse(data, index)?;
                let name = parsed
                    .names()
                    .into_iter()
                    .find(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
                    .and_then(|n| n.to_string())
                    .unwrap_or_else(|| "Font".into());
                let scale = 1000.0 / f32::from(parsed.units_per_em());
                let bbox = parsed.global_bounding_box();
                let metrics = [
                    f32::from(bbox.x_min) * scale,
                    f32::from(bbox.y_min) * scale,
                    f32::from(bbox.x_max) * scale,
                    f32::from(bbox.y_max) * scale,
                    f32::from(parsed.ascender()) * scale,
                    f32::from(parsed.descender()) * scale,
                    f32::from(parsed.capital_height().unwrap_or(parsed.ascender())) * scale,
                ];
                let cff = parsed.tables().cff.is_some();
                let subset = subsetter::subset(data, index, &face.remapper)
                    .map_err(|e| anyhow::anyhow!("subsetting {name}: {e:?}"))?;
                let program = if cff {
                    ttf_parser::RawFace::parse(&subset, 0)
                        .ok()
                        .and_then(|raw| raw.table(ttf_parser::Tag::from_bytes(b"CFF ")))
                        .map(<[u8]>::to_vec)
                        .ok_or_else(|| anyhow::anyhow!("no CFF table in the subset of {name}"))?
                } else {
                    subset
                };
                Ok((name, metrics, cff, program))
            })
            .ok_or_else(|| anyhow::anyhow!("a font file went away"))??;
        let (name, m, cff, program) = embedded;
        let clean: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        let base = format!("{}+{clean}", subset_tag(n));
        let widths: String = face
            .widths
            .iter()
            .map(|(gid, w)| format!("{gid} [{w:.0}]"))
            .collect::<Vec<_>>()
            .join(" ");
        let font = format!(
            "<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding /Identity-H \
             /DescendantFonts [{} 0 R] /ToUnicode {} 0 R >>",
            n + 1,
            n + 4
        );
        let cid = format!(
            "<< /Type /Font /Subtype /{} /BaseFont /{base} /CIDSystemInfo << /Registry (Adobe) \
             /Ordering (Identity) /Supplement 0 >> /FontDescriptor {} 0 R /DW 0 /W [{widths}]{} >>",
            if cff { "CIDFontType0" } else { "CIDFontType2" },
            n + 2,
            if cff { "" } else { " /CIDToGIDMap /Identity" }
        );
        let descriptor = format!(
            "<< /Type /FontDescriptor /FontName /{base} /Flags 4 /FontBBox [{:.0} {:.0} {:.0} {:.0}] \
             /ItalicAngle 0 /Ascent {:.0} /Descent {:.0} /CapHeight {:.0} /StemV 80 /{} {} 0 R >>",
            m[0],
            m[1],
            m[2],
            m[3],
            m[4],
            m[5],
            m[6],
            if cff { "FontFile3" } else { "FontFile2" },
            n + 3
        );
        let file = stream(&program, if cff { " /Subtype /CIDFontType0C" } else { "" })?;
        let cmap = stream(to_unicode(&face.unicode).as_bytes(), "")?;
        Ok(vec![
            font.into_bytes(),
            cid.into_bytes(),
            descriptor.into_bytes(),
            file,
            cmap,
        ])
    }
}

/// Appends the run's glyphs at (x, y). Left to right: one text object whose glyphs follow one
/// another, as extractors expect; shaping's offsets (marks) become shifts in the TJ array and a
/// text rise. Right to left: each glyph placed on its own, in logical order, so that the text
/// layer reads in the order it was written.
fn draw(ops: &mut String, face: usize, placed: &[Placed], x: f32, y: f32, size: f32, rtl: bool) {
    let _ = write!(ops, "BT /F{face} {size} Tf ");
    if rtl {
        for p in placed.iter().rev() {
            let gx = x + (p.x + p.dx) * size / 1000.0;
            let gy = y + p.dy * size / 1000.0;
            let _ = write!(ops, "1 0 0 1 {gx:.2} {gy:.2} Tm <{:04X}> Tj ", p.gid);
        }
        ops.push_str("ET\n");
        return;
    }
    let _ = write!(ops, "{x:.2} {y:.2} Td [");
    // After a glyph the viewer moves by its /W width; a number in the array moves back by that
    // many thousandths, to where shaping put the next glyph.
    let mut pen = 0.0;
    let mut rise = 0.0;
    for p in placed {
        if p.dy != rise {
            rise = p.dy;
            let _ = write!(ops, "] TJ {:.2} Ts [", rise * size / 1000.0);
        }
        let shift = pen - (p.x + p.dx);
        if shift.abs() > 0.01 {
            let _ = write!(ops, "{shift:.1} ");
        }
        let _ = write!(ops, "<{:04X}>", p.gid);
        pen = p.x + p.dx + p.w;
    }
    ops.push_str("] TJ");
    if rise != 0.0 {
        ops.push_str(" 0 Ts");
    }
    ops.push_str(" ET\n");
}

/// A six-letter subset tag, distinct per face.
fn subset_tag(n: usize) -> String {
    let mut left = n;
    (0..6)
        .map(|_| {
            let c = char::from(b'A' + (left % 26) as u8);
            left /= 26;
            c
        })
        .collect()
}

/// The ToUnicode CMap: each glyph id to the text it stands for (UTF-16BE).
fn to_unicode(map: &BTreeMap<u16, String>) -> String {
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n\
         1 begincodespacerange <0000> <FFFF> endcodespacerange\n",
    );
    let entries: Vec<(&u16, &String)> = map.iter().filter(|(_, t)| !t.is_empty()).collect();
    for chunk in entries.chunks(100) {
        let _ = writeln!(cmap, "{} beginbfchar", chunk.len());
        for (gid, text) in chunk {
            let hex: String = text.encode_utf16().map(|u| format!("{u:04X}")).collect();
            let _ = writeln!(cmap, "<{gid:04X}> <{hex}>");
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap CMapName currentdict /CMap defineresource pop end end\n");
    cmap
}

/// A Flate-compressed stream object's body.
pub fn stream(data: &[u8], extra: &str) -> anyhow::Result<Vec<u8>> {
    use std::io::Write as _;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(data)?;
    let compressed = encoder.finish()?;
    let mut out = format!(
        "<< /Length {} /Filter /FlateDecode{extra} >>\nstream\n",
        compressed.len()
    )
    .into_bytes();
    out.extend_from_slice(&compressed);
    out.extend_from_slice(b"\nendstream");
    Ok(out)
}
