//! How expoplan scales from the reference show (400 booths) to the Canton Fair (74,000):
//! one canvas frame, the rules, the save format, the CSV export and hit-testing, on plans
//! made by the generator. Each canvas figure has a "floor" beside it: the same visible
//! booths drawn as one plain batched mesh with no app logic.
//!
//! Run with `cargo bench --bench scale`; `EXPOPLAN_BENCH_SIZES=400,5000` picks sizes.
//! With `--no-default-features` only the rules and the files are measured.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
#[cfg(feature = "gui")]
use expoplan::document::{Document, Selection};
use expoplan::edit;
use expoplan::generate::{GenerateOptions, generate};
use expoplan::model::Plan;
#[cfg(feature = "gui")]
use expoplan::model::{Item, Rect};
use expoplan::rules::{Checker, validate};
#[cfg(feature = "gui")]
use expoplan::ui::canvas::{self, CanvasState, ProblemMarks};
use std::hint::black_box;
use std::time::Duration;

/// The same allocator as the `expoplan` binary, so the figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(feature = "gui")]
const SCREEN: [f32; 2] = [1920.0, 1080.0];

fn sizes() -> Vec<usize> {
    std::env::var("EXPOPLAN_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![400, 5_000, 25_000, 74_000])
}

fn plan_of(booths: usize) -> Plan {
    if booths <= 500 {
        expoplan::generate::waic_2023()
    } else {
        generate(&GenerateOptions {
            booths: Some(booths),
            ..GenerateOptions::default()
        })
    }
}

#[cfg(feature = "gui")]
fn raw_input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SCREEN.into())),
        ..Default::default()
    }
}

#[cfg(feature = "gui")]
/// A context with the app's fonts, warmed up so font atlases exist.
fn context() -> egui::Context {
    let ctx = egui::Context::default();
    expoplan::ui::install_fonts(&ctx);
    let _ = ctx.run_ui(raw_input(), |ui| {
        ui.label("warm-up 中文");
    });
    ctx
}

#[cfg(feature = "gui")]
/// One full frame of the canvas: run the UI, then tessellate what it drew.
fn canvas_frame(
    ctx: &egui::Context,
    doc: &Document,
    marks: &ProblemMarks,
    state: &mut CanvasState,
) -> usize {
    let selection = Selection::new();
    let output = ctx.run_ui(raw_input(), |ui| {
        egui::CentralPanel::no_frame().show(ui, |ui| {
            canvas::show(ui, doc, &selection, marks, state);
        });
    });
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

#[cfg(feature = "gui")]
/// The floor: the same visible booth rectangles as one plain mesh, no app logic.
fn floor_frame(ctx: &egui::Context, rects: &[egui::Rect]) -> usize {
    let output = ctx.run_ui(raw_input(), |ui| {
        let mut mesh = egui::Mesh::default();
        for r in rects {
            mesh.add_colored_rect(*r, egui::Color32::LIGHT_BLUE);
        }
        ui.painter().add(egui::Shape::mesh(mesh));
    });
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

#[cfg(feature = "gui")]
/// The camera on the whole floor, or zoomed in on one sector region.
fn view_of(doc: &Document, zoomed: bool) -> CanvasState {
    let mut state = CanvasState::default();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, SCREEN.into());
    let region = doc.plan().sectors[0].regions[0].bounds();
    let target = if zoomed {
        region
    } else {
        doc.plan().extent().unwrap_or(region)
    };
    state.view.fit(screen, &target, 24.0);
    state.screen = Some(screen);
    state
}

#[cfg(feature = "gui")]
fn visible_screen_rects(doc: &Document, state: &CanvasState) -> Vec<egui::Rect> {
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, SCREEN.into());
    let Some(visible) = state.view.visible_world(screen) else {
        return Vec::new();
    };
    doc.index()
        .touching(&visible)
        .filter(|(item, _)| matches!(item, Item::Booth(_)))
        .map(|(_, r)| state.view.screen_rect_from_world(screen, &r))
        .collect()
}

#[cfg(feature = "gui")]
fn bench_canvas(c: &mut Criterion) {
    let ctx = context();
    let mut group = c.benchmark_group("canvas_frame_1920x1080");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(4));
    for n in sizes() {
        let doc = Document::new(plan_of(n), None);
        let mut marks = ProblemMarks::default();
        marks.refresh(&doc);
        for (name, zoomed) in [("fit", false), ("sector", true)] {
            let mut state = view_of(&doc, zoomed);
            group.bench_function(BenchmarkId::new(format!("app_{name}"), n), |b| {
                b.iter(|| black_box(canvas_frame(&ctx, &doc, &marks, &mut state)));
            });
            let rects = visible_screen_rects(&doc, &state);
            group.bench_function(BenchmarkId::new(format!("floor_{name}"), n), |b| {
                b.iter(|| black_box(floor_frame(&ctx, &rects)));
            });
        }
        // The same floor with every hall a polygon (a corner added in the middle of its
        // north wall: the same shape, off the rectangle fast paths).
        let doc = Document::new(polygon_halls(plan_of(n)), None);
        let mut marks = ProblemMarks::default();
        marks.refresh(&doc);
        let mut state = view_of(&doc, false);
        group.bench_function(BenchmarkId::new("app_fit_polygon_halls", n), |b| {
            b.iter(|| black_box(canvas_frame(&ctx, &doc, &marks, &mut state)));
        });
        // The same floor over a venue drawing of 100,000 short lines and 2,000 texts.
        let doc = Document::new(with_underlay(plan_of(n), 100_000), None);
        let mut state = view_of(&doc, false);
        group.bench_function(BenchmarkId::new("app_fit_underlay_100k_lines", n), |b| {
            b.iter(|| black_box(canvas_frame(&ctx, &doc, &marks, &mut state)));
        });
    }
    group.finish();
}

#[cfg(feature = "gui")]
/// `plan` over an underlay of `lines` lines of four points spread over its extent (a
/// venue drawing's furniture and hatching), with a text for every fiftieth.
fn with_underlay(mut plan: Plan, lines: usize) -> Plan {
    use expoplan::model::{UnderlayLayer, UnderlayLine, UnderlayText};
    let Some(extent) = plan.extent() else {
        return plan;
    };
    let side = (lines as f64).sqrt().ceil().max(1.0);
    let (dx, dy) = (extent.w() / side, extent.h() / side);
    let mut layer = UnderlayLayer {
        name: "A-FURN".to_owned(),
        visible: true,
        lines: Vec::with_capacity(lines),
        texts: Vec::new(),
    };
    for k in 0..lines {
        let (i, j) = ((k as f64 % side), (k as f64 / side).floor());
        let (x, y) = (extent.x() + i * dx, extent.y() + j * dy);
        layer.lines.push(UnderlayLine {
            closed: true,
            points: vec![
                (x, y),
                (x + dx * 0.6, y),
                (x + dx * 0.6, y + dy * 0.6),
                (x, y + dy * 0.6),
            ],
        });
        if k % 50 == 0 {
            layer.texts.push(UnderlayText {
                at: (x, y),
                height: dy * 0.3,
                text: format!("T{k}"),
            });
        }
    }
    plan.underlay.layers.push(layer);
    plan
}

#[cfg(feature = "gui")]
/// `plan` with a corner added in the middle of each hall's first wall.
fn polygon_halls(mut plan: Plan) -> Plan {
    let halls: Vec<_> = plan.halls.iter().map(|h| h.id).collect();
    for id in halls {
        let Some((a, b)) = plan.hall(id).and_then(|h| h.outline.wall(0)) else {
            continue;
        };
        let middle = expoplan::model::Point::new((a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
        if let Ok(e) = edit::add_hall_corner(&plan, id, 0, middle) {
            let _ = e.apply(&mut plan);
        }
    }
    plan
}

fn bench_rules(c: &mut Criterion) {
    let mut group = c.benchmark_group("rules");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(4));
    for n in sizes() {
        let plan = plan_of(n);
        group.bench_function(BenchmarkId::new("full", n), |b| {
            b.iter(|| black_box(validate(&plan)))
        });
        let mut plan = plan.clone();
        let mut checker = Checker::new(&plan);
        let id = plan.booths[plan.booths.len() / 2].id;
        let mut step = 1.0;
        group.bench_function(BenchmarkId::new("after_one_move", n), |b| {
            b.iter(|| {
                step = -step;
                if let Some(e) = edit::move_booths(&plan, &[id], step, 0.0) {
                    let _ = e.apply(&mut plan);
                }
                checker.update(&plan, &[id]);
                black_box(checker.report().findings.len())
            });
        });
        // A venue edit through the document, as the window makes it: the first hall's
        // north-east corner out by a metre and back (its exits move with its walls).
        let mut doc = expoplan::document::Document::new(plan.clone(), None);
        let hall = doc.plan().halls[0].id;
        let corner = doc.plan().halls[0].outline.corners()[1];
        let mut out = false;
        group.bench_function(BenchmarkId::new("after_hall_corner", n), |b| {
            b.iter(|| {
                out = !out;
                let to = if out {
                    expoplan::model::Point::new(corner.x + 1.0, corner.y)
                } else {
                    corner
                };
                if let Ok(e) = edit::move_hall_corner(doc.plan(), hall, 1, to) {
                    let none = expoplan::document::Selection::new();
                    black_box(doc.apply(e, none.clone(), none).is_ok());
                }
                black_box(doc.report().findings.len())
            });
        });
        // Settings through the document: the minimum aisle, which every booth's checks
        // read, between 3 m and 3.5 m; and the capacity limit, which only the plan-wide
        // figures read.
        use expoplan::model::NumericSetting;
        for (name, setting, values) in [
            ("after_setting", NumericSetting::MinAisle, [3.0, 3.5]),
            (
                "after_plan_wide_setting",
                NumericSetting::CapacityLimit,
                [50_000.0, 60_000.0],
            ),
        ] {
            let mut flip = false;
            group.bench_function(BenchmarkId::new(name, n), |b| {
                b.iter(|| {
                    flip = !flip;
                    let value = values[usize::from(flip)];
                    if let Ok(e) = edit::set_setting(doc.plan(), setting, value) {
                        let none = expoplan::document::Selection::new();
                        black_box(doc.apply(e, none.clone(), none).is_ok());
                    }
                    black_box(doc.report().findings.len())
                });
            });
        }
    }
    group.finish();
}

fn bench_files(c: &mut Criterion) {
    let mut group = c.benchmark_group("files");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(4));
    let dir = tempfile::tempdir().expect("temp dir");
    for n in sizes() {
        let plan = plan_of(n);
        let path = dir.path().join(format!("plan-{n}.ron"));
        group.bench_function(BenchmarkId::new("save", n), |b| {
            b.iter(|| expoplan::io::save_plan(&path, &plan).expect("save"));
        });
        group.bench_function(BenchmarkId::new("load", n), |b| {
            b.iter(|| black_box(expoplan::io::load_plan(&path).expect("load")));
        });
        // The save text read and written in memory, beside serde_json on the same plan
        // (the yardstick), and ron's general reader without the fast path.
        let text = expoplan::io::plan_to_ron(&plan);
        let json = serde_json::to_string(&plan).expect("json");
        group.bench_function(BenchmarkId::new("read_ron", n), |b| {
            b.iter(|| black_box(expoplan::io::parse_plan(&text).expect("read")));
        });
        group.bench_function(BenchmarkId::new("read_ron_general", n), |b| {
            b.iter(|| black_box(expoplan::io::parse_plan_general(&text).expect("read")));
        });
        group.bench_function(BenchmarkId::new("read_json_yardstick", n), |b| {
            b.iter(|| black_box(serde_json::from_str::<Plan>(&json).expect("json")));
        });
        group.bench_function(BenchmarkId::new("write_ron", n), |b| {
            b.iter(|| black_box(expoplan::io::plan_to_ron(&plan).len()));
        });
        group.bench_function(BenchmarkId::new("write_json_yardstick", n), |b| {
            b.iter(|| black_box(serde_json::to_string(&plan).expect("json").len()));
        });
        group.bench_function(BenchmarkId::new("csv_export", n), |b| {
            b.iter(|| {
                let mut out = Vec::new();
                expoplan::io::write_booth_csv(&plan, &mut out).expect("csv");
                black_box(out.len())
            });
        });
    }
    group.finish();
}

#[cfg(feature = "gui")]
fn bench_hit_test(c: &mut Criterion) {
    let mut group = c.benchmark_group("hit_test");
    for n in sizes() {
        let doc = Document::new(plan_of(n), None);
        let b0 = doc.plan().booths[doc.plan().booths.len() / 3].rect;
        let p = b0.center();
        group.bench_function(BenchmarkId::new("point", n), |b| {
            b.iter(|| black_box(canvas::booth_at(&doc, black_box(p))));
        });
        let area = Rect::new(b0.x() - 20.0, b0.y() - 20.0, 60.0, 40.0).expect("finite");
        group.bench_function(BenchmarkId::new("rectangle_60x40m", n), |b| {
            b.iter(|| {
                black_box(
                    doc.index()
                        .booths_touching(&area)
                        .filter(|id| {
                            doc.plan()
                                .booth(*id)
                                .is_some_and(|bt| area.contains_rect(&bt.rect))
                        })
                        .count(),
                )
            });
        });
    }
    group.finish();
}

#[cfg(feature = "gui")]
criterion_group!(
    benches,
    bench_canvas,
    bench_rules,
    bench_files,
    bench_hit_test
);
// Without the window: the rules and the files only.
#[cfg(not(feature = "gui"))]
criterion_group!(benches, bench_rules, bench_files);
criterion_main!(benches);
