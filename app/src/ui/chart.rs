//! Charts drawn as SVG on the server: no script, sharp on any screen, and
//! described for screen readers by their `<title>` and `<desc>`. Every chart
//! sits next to a table with the same numbers, which is the accessible
//! version of record; the chart is for seeing the shape at a glance.

use leptos::prelude::*;

/// The chart's frame: an image named by its title and described by its
/// description. Its coordinates run left to right; a chart that mirrors for a
/// right-to-left language does so itself (see [`BarChart`]).
#[component]
pub fn Chart(
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

/// The scale bars are drawn on: from 0 to `max`, with labelled ticks.
#[derive(Clone, Debug)]
pub struct Scale {
    pub max: f32,
    /// (value, label) of each tick, e.g. (0.33, "33 %").
    pub ticks: Vec<(f32, String)>,
    /// A value to mark across every bar, e.g. a target.
    pub marker: Option<f32>,
}

/// Narrow, so that the text stays readable when a phone shrinks the chart.
const BARS_WIDTH: f32 = 360.0;
/// Room after the longest bar for its value.
const VALUE_ROOM: f32 = 44.0;
const ROW: f32 = 58.0;
const AXIS: f32 = 28.0;

/// Horizontal bars, one per row, on `scale`, with the value written at the
/// end of each bar. In a right-to-left language the chart is mirrored: the
/// labels and the bars start on the right, as the reader's eye does.
#[component]
pub fn BarChart(
    id: String,
    title: String,
    desc: String,
    scale: Scale,
    bars: Vec<Bar>,
) -> impl IntoView {
    let height = ROW * bars.len() as f32 + AXIS;
    let track = BARS_WIDTH - VALUE_ROOM;
    let max = scale.max;
    let bar_length = move |score: f32| (score.clamp(0.0, max) / max) * track;
    let rtl = crate::i18n::use_locale().dir() == "rtl";
    // A point `x` from the start of the reader's line, and a shape of
    // `width` starting there, in the chart's left-to-right coordinates.
    let at = move |x: f32| if rtl { BARS_WIDTH - x } else { x };
    let from = move |x: f32, width: f32| if rtl { BARS_WIDTH - x - width } else { x };
    let text_start = if rtl { "end" } else { "start" };
    let ticks = scale
        .ticks
        .iter()
        .map(|(tick, label)| {
            view! {
                <text class="chart__tick" x=at(bar_length(*tick)) y=height - 6.0 text-anchor="middle">{label.clone()}</text>
            }
        })
        .collect_view();
    let tick_values: Vec<f32> = scale.ticks.iter().map(|(at, _)| *at).collect();
    let marker = scale.marker;
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(n, bar)| {
            let top = ROW * n as f32;
            let length = bar.score.map_or(0.0, bar_length);
            // Grid lines cross the bar's band only, never the label above it.
            let grid = tick_values
                .iter()
                .map(|tick| {
                    let x = at(bar_length(*tick));
                    view! { <line class="chart__grid" x1=x x2=x y1=top + 22.0 y2=top + 48.0/> }
                })
                .collect_view();
            let marker = marker.map(|value| {
                let x = at(bar_length(value));
                view! { <line class="chart__marker" x1=x x2=x y1=top + 20.0 y2=top + 50.0/> }
            });
            view! {
                <text class="chart__label" x=at(0.0) y=top + 17.0 text-anchor=text_start>{bar.label}</text>
                <rect class="chart__track" x=from(0.0, track) y=top + 25.0 width=track height="20"/>
                {grid}
                {bar.score.map(|_| view! {
                    <rect class="chart__bar" x=from(0.0, length) y=top + 25.0 width=length height="20"/>
                })}
                {marker}
                <text class="chart__value" x=at(length + 5.0) y=top + 41.0 text-anchor=text_start>{bar.value}</text>
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
