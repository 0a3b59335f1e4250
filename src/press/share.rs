//! The share card: a PNG with the letter's title and count, drawn with a bitmap font so that no
//! font file or system library is needed.

use font8x8::UnicodeFonts;

pub const W: u32 = 1200;
pub const H: u32 = 630;
const BACKGROUND: [u8; 3] = [29, 78, 216];
const INK: [u8; 3] = [255, 255, 255];

struct Canvas {
    pixels: Vec<u8>,
}

impl Canvas {
    fn new() -> Canvas {
        Canvas {
            pixels: BACKGROUND.repeat((W * H) as usize),
        }
    }

    /// Text at (x, y), each font pixel `scale` pixels wide; characters the font lacks show "?".
    fn text(&mut self, x: u32, y: u32, text: &str, scale: u32) {
        for (i, c) in text.chars().enumerate() {
            let glyph = font8x8::BASIC_FONTS
                .get(c)
                .or_else(|| font8x8::LATIN_FONTS.get(c))
                .or_else(|| font8x8::BASIC_FONTS.get('?'))
                .unwrap_or([0; 8]);
            let left = x + i as u32 * 8 * scale;
            for (row, bits) in glyph.iter().enumerate() {
                for col in 0..8 {
                    if bits & (1 << col) != 0 {
                        self.fill(left + col * scale, y + row as u32 * scale, scale);
                    }
                }
            }
        }
    }

    fn fill(&mut self, x: u32, y: u32, size: u32) {
        for py in y..(y + size).min(H) {
            for px in x..(x + size).min(W) {
                let at = ((py * W + px) * 3) as usize;
                self.pixels[at..at + 3].copy_from_slice(&INK);
            }
        }
    }
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.chars().take(width).collect()),
        }
    }
    lines
}

/// A 1200×630 PNG: the title (up to four lines) and "N people and M organisations have signed".
pub fn card(
    title: &str,
    individuals: i64,
    organisations: i64,
) -> Result<Vec<u8>, png::EncodingError> {
    let mut canvas = Canvas::new();
    let mut lines = wrap(title, 23);
    lines.truncate(4);
    for (i, line) in lines.iter().enumerate() {
        canvas.text(60, 60 + i as u32 * 80, line, 6);
    }
    canvas.text(60, 440, &format!("{individuals} people"), 7);
    canvas.text(
        60,
        520,
        &format!("{organisations} organisations have signed"),
        4,
    );
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, W, H);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&canvas.pixels)?;
    writer.finish()?;
    Ok(out)
}
