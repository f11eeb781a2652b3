//! Charts drawn as SVG on the server: no script, sharp on any screen, and
//! described for screen readers by their `<title>` and `<desc>`. Every chart
//! sits next to a table with the same numbers, which is the accessible
//! version of record; the chart is for seeing the shape at a glance.

use leptos::prelude::*;

/// The highest answer on the scale; bars and lines run from 0 to it.
const SCALE_MAX: f32 = 4.0;

/// The chart's frame: an image named by its title and described by its
/// description. Drawn left to right in every language, like its numbers.
#[component]
fn Chart(
    kind: &'static str,
    width: f32,
    height: f32,
    id: String,
    title: String,
    desc: String,
    children: Children,
) -> impl IntoView {
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let (labelled_by, described_by) = (title_id.clone(), desc_id.clone());
    view! {
        <svg class=format!("chart chart--{kind}") viewBox=format!("0 0 {width} {height}") role="img"
            aria-labelledby=labelled_by aria-describedby=described_by direction="ltr">
            <title id=title_id>{title}</title>
            <desc id=desc_id>{desc}</desc>
            {children()}
        </svg>
    }
}

/// One bar: its label, its score if any, and the score as the table writes it.
#[derive(Clone, Debug)]
pub struct Bar {
    pub label: String,
    pub score: Option<f32>,
    pub value: String,
}

/// Narrow, so that the text stays readable when a phone shrinks the chart.
const BARS_WIDTH: f32 = 360.0;
/// Room after the longest bar for its value.
const VALUE_ROOM: f32 = 44.0;
const ROW: f32 = 58.0;
const AXIS: f32 = 28.0;

fn bar_length(score: f32) -> f32 {
    (score.clamp(0.0, SCALE_MAX) / SCALE_MAX) * (BARS_WIDTH - VALUE_ROOM)
}

/// Horizontal bars, one per area, on the 1–4 scale, with the value written
/// at the end of each bar.
#[component]
pub fn BarChart(id: String, title: String, desc: String, bars: Vec<Bar>) -> impl IntoView {
    let height = ROW * bars.len() as f32 + AXIS;
    let scale = BARS_WIDTH - VALUE_ROOM;
    let ticks = (1..=4)
        .map(|n| {
            view! {
                <text class="chart__tick" x=bar_length(n as f32) y=height - 6.0 text-anchor="middle">{n}</text>
            }
        })
        .collect_view();
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(n, bar)| {
            let top = ROW * n as f32;
            let length = bar.score.map_or(0.0, bar_length);
            // Grid lines cross the bar's band only, never the label above it.
            let grid = (1..=4)
                .map(|n| {
                    let x = bar_length(n as f32);
                    view! { <line class="chart__grid" x1=x x2=x y1=top + 22.0 y2=top + 48.0/> }
                })
                .collect_view();
            view! {
                <text class="chart__label" x="0" y=top + 17.0>{bar.label}</text>
                <rect class="chart__track" x="0" y=top + 25.0 width=scale height="20"/>
                {grid}
                {bar.score.map(|_| view! {
                    <rect class="chart__bar" x="0" y=top + 25.0 width=length height="20"/>
                })}
                <text class="chart__value" x=length + 5.0 y=top + 41.0>{bar.value}</text>
            }
        })
        .collect_view();
    view! {
        <Chart kind="bars" width=BARS_WIDTH height id title desc>
            {rows}
            {ticks}
        </Chart>
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
    fn bars_and_points_stay_on_the_scale() {
        assert_eq!(bar_length(0.0), 0.0);
        assert_eq!(bar_length(SCALE_MAX), BARS_WIDTH - VALUE_ROOM);
        assert_eq!(bar_length(9.0), bar_length(SCALE_MAX));
        assert!(
            trend_y(4.0) < trend_y(1.0),
            "higher scores are drawn higher"
        );
        assert_eq!(trend_x(0, 1), TREND_WIDTH / 2.0);
        assert_eq!(trend_x(2, 3), TREND_WIDTH - TREND_PAD);
    }
}
