//! Geometry for the press page's SVG charts; the template draws them. Every chart has a
//! title, a description and a table with the same numbers for screen readers.

pub const WIDTH: f32 = 640.0;
pub const HEIGHT: f32 = 240.0;
const PAD_LEFT: f32 = 56.0;
const PAD_BOTTOM: f32 = 28.0;
const PAD_TOP: f32 = 12.0;

/// Cumulative signatures over time as a polyline.
pub struct TimeChart {
    pub points: String,
    pub max: i64,
    pub first_day: String,
    pub last_day: String,
}

impl TimeChart {
    pub fn new(days: &[(String, i64)]) -> Option<TimeChart> {
        let (first, last) = (days.first()?, days.last()?);
        let mut total = 0;
        let cumulative: Vec<i64> = days
            .iter()
            .map(|(_, n)| {
                total += n;
                total
            })
            .collect();
        let max = total.max(1);
        let span = (days.len().max(2) - 1) as f32;
        let plot_w = WIDTH - PAD_LEFT - 8.0;
        let plot_h = HEIGHT - PAD_TOP - PAD_BOTTOM;
        let points = cumulative
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let x = PAD_LEFT + plot_w * i as f32 / span;
                let y = PAD_TOP + plot_h * (1.0 - *n as f32 / max as f32);
                format!("{x:.1},{y:.1}")
            })
            .collect::<Vec<_>>()
            .join(" ");
        Some(TimeChart {
            points,
            max: total,
            first_day: first.0.clone(),
            last_day: last.0.clone(),
        })
    }
}

/// One horizontal bar per category.
pub struct Bar {
    pub label: String,
    pub value: i64,
    pub y: f32,
    pub width: f32,
}

pub const BAR_HEIGHT: f32 = 22.0;
pub const LABEL_W: f32 = 190.0;

pub fn category_bars(categories: &[(String, i64)]) -> Vec<Bar> {
    let max = categories.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    categories
        .iter()
        .enumerate()
        .map(|(i, (label, value))| Bar {
            label: label.clone(),
            value: *value,
            y: i as f32 * (BAR_HEIGHT + 8.0),
            width: (WIDTH - LABEL_W - 60.0) * *value as f32 / max as f32,
        })
        .collect()
}

pub fn bars_height(bars: &[Bar]) -> f32 {
    bars.len() as f32 * (BAR_HEIGHT + 8.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geometry() {
        let chart = TimeChart::new(&[("2026-01-01".into(), 2), ("2026-01-02".into(), 3)]).unwrap();
        assert_eq!(chart.max, 5);
        assert_eq!(chart.points.split(' ').count(), 2);
        assert!(TimeChart::new(&[]).is_none());
        let bars = category_bars(&[("A".into(), 10), ("B".into(), 5)]);
        assert!((bars[1].width * 2.0 - bars[0].width).abs() < 0.01);
    }
}
