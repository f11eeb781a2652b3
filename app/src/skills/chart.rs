//! The skills' line charts, on the 0–4 scale of the answers (the frame and
//! the bar chart are in `ui::chart`).

use leptos::prelude::*;

use crate::ui::chart::Chart;

/// The highest answer on the scale; bars and lines run from 0 to it.
const SCALE_MAX: f32 = 4.0;

/// The bar chart's scale for skills: 0 to 4, ticks at each answer.
pub fn skills_scale() -> crate::ui::chart::Scale {
    crate::ui::chart::Scale {
        max: SCALE_MAX,
        ticks: (1..=4).map(|n| (n as f32, n.to_string())).collect(),
        marker: None,
    }
}

/// A point of a trend: its score and the score as the table writes it.
#[derive(Clone, Debug)]
pub struct Point {
    pub score: Option<f32>,
    pub value: String,
}

const TREND_WIDTH: f32 = 240.0;
const TREND_HEIGHT: f32 = 120.0;
const TREND_PAD: f32 = 24.0;

fn trend_x(n: usize, count: usize) -> f32 {
    if count < 2 {
        return TREND_WIDTH / 2.0;
    }
    TREND_PAD + (TREND_WIDTH - 2.0 * TREND_PAD) * n as f32 / (count - 1) as f32
}

fn trend_y(score: f32) -> f32 {
    let top = TREND_PAD;
    let bottom = TREND_HEIGHT - TREND_PAD;
    bottom - (bottom - top) * (score.clamp(0.0, SCALE_MAX) / SCALE_MAX)
}

/// One area's scores over time: a small line chart, one of several side by
/// side ("small multiples"), all on the same 0–4 scale so they compare.
#[component]
pub fn TrendChart(id: String, title: String, desc: String, points: Vec<Point>) -> impl IntoView {
    let count = points.len();
    // One line per run of scored points: an assessment that left the area
    // unanswered breaks the line instead of drawing through it.
    let lines = points
        .iter()
        .enumerate()
        .collect::<Vec<_>>()
        .split(|(_, p)| p.score.is_none())
        .filter(|run| !run.is_empty())
        .map(|run| {
            run.iter()
                .filter_map(|(n, p)| {
                    p.score
                        .map(|s| format!("{},{}", trend_x(*n, count), trend_y(s)))
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .map(|points| view! { <polyline class="chart__line" points=points/> })
        .collect_view();
    let baseline = trend_y(0.0);
    let marks = points
        .into_iter()
        .enumerate()
        .map(|(n, point)| {
            let x = trend_x(n, count);
            let y = point.score.map_or(baseline, trend_y);
            view! {
                {point.score.map(|_| view! { <circle class="chart__point" cx=x cy=y r="5"/> })}
                <text class="chart__value" x=x y=y - 10.0 text-anchor="middle">{point.value}</text>
            }
        })
        .collect_view();
    view! {
        <Chart kind="trend" width=TREND_WIDTH height=TREND_HEIGHT id title desc>
            <line class="chart__grid" x1="0" x2=TREND_WIDTH y1=baseline y2=baseline/>
            {lines}
            {marks}
        </Chart>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_stay_on_the_scale() {
        assert!(
            trend_y(4.0) < trend_y(1.0),
            "higher scores are drawn higher"
        );
        assert_eq!(trend_x(0, 1), TREND_WIDTH / 2.0);
        assert_eq!(trend_x(2, 3), TREND_WIDTH - TREND_PAD);
    }
}
