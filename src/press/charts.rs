//! Geometry for the press page's SVG charts; the template draws them. Every chart has a
//! title, a description and a table with the same numbers for screen readers.

/// Narrow enough that the 16-unit labels stay legible when a phone scales the chart down.
pub const WIDTH: f32 = 480.0;
pub const HEIGHT: f32 = 260.0;
pub const PAD_LEFT: f32 = 56.0;
const PAD_RIGHT: f32 = 12.0;
pub const PAD_BOTTOM: f32 = 36.0;
pub const PAD_TOP: f32 = 16.0;

/// Published signatures over time: a bar per day, and the running total as a line with a dot
/// per day (so that a single day shows as a bar and a point, not as nothing).
pub struct TimeChart {
    pub days: Vec<DayMark>,
    pub line: String,
    pub total: i64,
    pub busiest: i64,
    pub first_day: String,
    pub last_day: String,
}

/// One day on the time chart: its bar (scaled to the busiest day) and its point on the
/// running total (scaled to the total).
pub struct DayMark {
    pub x: f32,
    pub bar_y: f32,
    pub bar_height: f32,
    pub bar_width: f32,
    pub total_y: f32,
}

impl TimeChart {
    pub fn new(days: &[(String, i64)]) -> Option<TimeChart> {
        let (first, last) = (days.first()?, days.last()?);
        let total: i64 = days.iter().map(|(_, n)| n).sum();
        let busiest = days.iter().map(|(_, n)| *n).max().unwrap_or(0);
        let plot_w = WIDTH - PAD_LEFT - PAD_RIGHT;
        let plot_h = HEIGHT - PAD_TOP - PAD_BOTTOM;
        let slot = plot_w / days.len() as f32;
        let bar_width = (slot * 0.7).clamp(1.0, 48.0);
        let mut running = 0;
        let marks: Vec<DayMark> = days
            .iter()
            .enumerate()
            .map(|(i, (_, n))| {
                running += n;
                let bar_height = plot_h * *n as f32 / busiest.max(1) as f32;
                DayMark {
                    x: PAD_LEFT + slot * (i as f32 + 0.5),
                    bar_y: PAD_TOP + plot_h - bar_height,
                    bar_height,
                    bar_width,
                    total_y: PAD_TOP + plot_h * (1.0 - running as f32 / total.max(1) as f32),
                }
            })
            .collect();
        let line = marks
            .iter()
            .map(|m| format!("{:.1},{:.1}", m.x, m.total_y))
            .collect::<Vec<_>>()
            .join(" ");
        Some(TimeChart {
            days: marks,
            line,
            total,
            busiest,
            first_day: first.0.clone(),
            last_day: last.0.clone(),
        })
    }

    /// The bottom of the plot, where the bars stand.
    pub fn base_y(&self) -> f32 {
        HEIGHT - PAD_BOTTOM
    }

    pub fn right_x(&self) -> f32 {
        WIDTH - PAD_RIGHT
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
pub const LABEL_W: f32 = 170.0;

pub fn category_bars(categories: &[(String, i64)]) -> Vec<Bar> {
    let max = categories.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    categories
        .iter()
        .enumerate()
        .map(|(i, (label, value))| Bar {
            label: label.clone(),
            value: *value,
            y: i as f32 * (BAR_HEIGHT + 8.0),
            width: (WIDTH - LABEL_W - 56.0) * *value as f32 / max as f32,
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
        assert_eq!((chart.total, chart.busiest), (5, 3));
        assert_eq!(chart.line.split(' ').count(), 2);
        assert!(chart.days[1].bar_height > chart.days[0].bar_height);
        assert!(
            (chart.days[1].total_y - PAD_TOP).abs() < 0.01,
            "the line ends at the top"
        );
        assert!(TimeChart::new(&[]).is_none());
        let bars = category_bars(&[("A".into(), 10), ("B".into(), 5)]);
        assert!((bars[1].width * 2.0 - bars[0].width).abs() < 0.01);
    }

    #[test]
    fn a_single_day_is_a_full_bar_and_a_point() {
        let chart = TimeChart::new(&[("2026-01-01".into(), 7)]).unwrap();
        let day = &chart.days[0];
        assert!((day.bar_height - (HEIGHT - PAD_TOP - PAD_BOTTOM)).abs() < 0.01);
        assert!(day.bar_width >= 1.0 && day.x > PAD_LEFT && day.x < WIDTH);
        assert_eq!(chart.line.split(' ').count(), 1);
    }
}
