//! The venue drawing window (File › Import venue drawing…): the drawing's layers with
//! what each holds, a tick per layer for what it becomes (halls, columns, exits, stages
//! and service areas, underlay, or left out), the units, and a preview. Every change of
//! the ticks runs the import again on a worker, so the preview and the summary show the
//! venue the planner would get; it then becomes a new plan or the open plan's venue.

use super::drawing_preview::{DrawingPreview, role_color};
use super::task::{Poll, Task};
use crate::io::dxf::{
    DrawingSummary, DrawingUnits, DxfImportError, DxfReadError, LayerCounts, LayerRole,
    VenueImport, VenueLayers, flatten, import_venue, read_drawing_file, summarize,
};
use crate::model::{ObstacleKind, Plan, compact};
use crate::text::counted;
use crate::ui::i18n::Lang;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The roles a layer can take, in the order of the window's columns.
const ROLES: [LayerRole; 6] = [
    LayerRole::Halls,
    LayerRole::Columns,
    LayerRole::Exits,
    LayerRole::Obstacles,
    LayerRole::Underlay,
    LayerRole::Skipped,
];

/// Warnings listed in the window; the rest are counted.
const WARNINGS_SHOWN: usize = 8;

/// A drawing read and looked at on a worker, ready for the window.
pub struct DrawingRead {
    /// The drawing, shared with the trial imports.
    drawing: Arc<dxf::Drawing>,
    /// Its layers, units and extents.
    summary: DrawingSummary,
    /// Its lines for the preview.
    preview: DrawingPreview,
}

impl std::fmt::Debug for DrawingRead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DrawingRead")
            .field("layers", &self.summary.layers.len())
            .finish_non_exhaustive()
    }
}

impl DrawingRead {
    /// Reads the drawing at `path` (size-capped, untrusted) and prepares its preview.
    pub fn from_file(path: &Path) -> Result<Box<DrawingRead>, DxfReadError> {
        Ok(Self::of(read_drawing_file(path)?))
    }

    /// Looks at a drawing already read and prepares its preview.
    fn of(drawing: dxf::Drawing) -> Box<DrawingRead> {
        let summary = summarize(&drawing);
        let flat = flatten(&drawing);
        let preview = DrawingPreview::new(&flat, |name| {
            summary
                .layers
                .iter()
                .position(|l| l.name.eq_ignore_ascii_case(name))
        });
        Box::new(DrawingRead {
            drawing: Arc::new(drawing),
            summary,
            preview,
        })
    }
}

/// What the planner did in the window.
#[derive(Debug)]
pub enum DrawingAnswer {
    /// Start a new plan on this venue.
    NewPlan(Box<Plan>),
    /// Put this venue in place of the open plan's, keeping its booths.
    ReplaceVenue(Box<Plan>),
    /// Closed without importing.
    Cancel,
}

/// The roles and units a trial import ran with.
type TrialKey = (Vec<LayerRole>, Option<DrawingUnits>);

/// The venue drawing window.
pub struct DrawingWindow {
    file: PathBuf,
    read: Box<DrawingRead>,
    roles: Vec<LayerRole>,
    /// Units chosen by the planner; `None` reads them from the drawing.
    units: Option<DrawingUnits>,
    /// The running import and the ticks it reads, if any.
    trial: Option<(TrialKey, Task<Result<VenueImport, DxfImportError>>)>,
    /// The last finished import and the ticks it read. It is shown and offered only
    /// while the ticks are still those: a tick changed in this frame makes it stale.
    result: Option<(TrialKey, TrialResult)>,
}

/// What a finished trial import gave: the venue, or why there is none.
type TrialResult = Result<VenueImport, String>;

impl std::fmt::Debug for DrawingWindow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DrawingWindow")
            .field("file", &self.file)
            .field("roles", &self.roles)
            .field("units", &self.units)
            .finish_non_exhaustive()
    }
}

impl DrawingWindow {
    /// The window for a drawing read from `file`, each layer's role guessed from its name.
    pub fn new(file: PathBuf, read: Box<DrawingRead>) -> Self {
        let roles = read.summary.layers.iter().map(guess_role).collect();
        Self {
            file,
            read,
            roles,
            units: None,
            trial: None,
            result: None,
        }
    }

    /// The file's name, for the title.
    fn file_name(&self) -> String {
        self.file.file_name().map_or_else(
            || self.file.display().to_string(),
            |n| n.to_string_lossy().into(),
        )
    }

    /// Which layers hold what, from the ticks.
    fn venue_layers(&self) -> VenueLayers {
        let mut layers = VenueLayers {
            units: self.units,
            ..VenueLayers::default()
        };
        for (layer, role) in self.read.summary.layers.iter().zip(&self.roles) {
            let name = layer.name.clone();
            match role {
                LayerRole::Halls => layers.halls.push(name),
                LayerRole::Columns => layers.columns.push(name),
                LayerRole::Exits => layers.exits.push(name),
                LayerRole::Obstacles => layers.obstacles.push(name),
                LayerRole::Skipped => layers.skipped.push(name),
                LayerRole::Underlay => {}
            }
        }
        layers
    }

    /// The roles and units as ticked now.
    fn current_key(&self) -> TrialKey {
        (self.roles.clone(), self.units)
    }

    /// The finished import for the ticks as they are now; `None` while it runs.
    fn current_result(&self) -> Option<&TrialResult> {
        let key = self.current_key();
        self.result
            .as_ref()
            .filter(|(for_key, _)| *for_key == key)
            .map(|(_, result)| result)
    }

    /// Takes the result of a finished import, then starts one for the current ticks
    /// unless one ran or runs for them (an import for older ticks is dropped).
    fn keep_trial_current(&mut self, ctx: &egui::Context) {
        if let Some((key, task)) = &self.trial {
            let finished = match task.poll() {
                Poll::Pending => None,
                Poll::Ready(result) => Some(result.map_err(|e| e.to_string())),
                Poll::Lost => Some(Err(Lang::of(ctx)
                    .pick(
                        "The import stopped unexpectedly; the log says why.",
                        "读入意外中止；原因见日志。",
                    )
                    .to_owned())),
            };
            if let Some(finished) = finished {
                self.result = Some((key.clone(), finished));
                self.trial = None;
            }
        }
        let key = self.current_key();
        let running_for_key = self.trial.as_ref().is_some_and(|(k, _)| *k == key);
        if !running_for_key && self.current_result().is_none() {
            let drawing = Arc::clone(&self.read.drawing);
            let layers = self.venue_layers();
            let name = self
                .file
                .file_stem()
                .map_or_else(|| "venue".to_owned(), |s| s.to_string_lossy().into_owned());
            let task = Task::spawn("venue import", move || {
                import_venue(&drawing, &layers, &name)
            });
            self.trial = Some((key, task));
        }
        if self.trial.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
    }

    /// Draws the window (a modal); the answer once given. `open` is the plan on screen.
    pub fn show(&mut self, ctx: &egui::Context, open: &Plan) -> Option<DrawingAnswer> {
        self.keep_trial_current(ctx);
        let lang = Lang::of(ctx);
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("expoplan venue drawing")).show(ctx, |ui| {
            ui.set_width(880.0);
            ui.heading(match lang {
                Lang::En => format!("Venue drawing {}", self.file_name()),
                Lang::Zh => format!("场馆图纸 {}", self.file_name()),
            });
            ui.label(self.about(lang));
            ui.separator();
            self.layer_table(ui, lang);
            self.units_row(ui, lang);
            let (rect, _) = ui.allocate_exact_size(
                egui::vec2(ui.available_width(), 300.0),
                egui::Sense::hover(),
            );
            let trial = self.current_result().and_then(|r| r.as_ref().ok());
            self.read
                .preview
                .paint(ui.painter(), rect, &self.roles, trial);
            self.outcome(ui, lang);
            ui.separator();
            answer = self.buttons(ui, lang, open);
        });
        if answer.is_none() && modal.should_close() {
            answer = Some(DrawingAnswer::Cancel);
        }
        // A tick changed in this frame starts its import now, not a frame later.
        self.keep_trial_current(ctx);
        answer
    }

    /// The drawing's version, units and size in a line.
    fn about(&self, lang: Lang) -> String {
        let summary = &self.read.summary;
        let size = summary.extents.map_or_else(String::new, |[lo, hi]| {
            format!(
                ", {} × {} {}",
                compact(hi[0] - lo[0]),
                compact(hi[1] - lo[1]),
                summary.units
            )
        });
        match lang {
            Lang::En => format!(
                "DXF {}, units {}{size}, {} layers. Tick what each layer holds; the preview shows what would be read.",
                summary.version,
                summary.units,
                summary.layers.len()
            ),
            Lang::Zh => format!(
                "DXF {}，单位 {}{size}，{} 个图层。勾选每个图层的内容；预览显示将读入的场馆。",
                summary.version,
                summary.units,
                summary.layers.len()
            ),
        }
    }

    /// The layers, what each holds, and a tick per role.
    fn layer_table(&mut self, ui: &mut egui::Ui, lang: Lang) {
        egui::ScrollArea::vertical()
            .id_salt("venue drawing layers")
            .max_height(220.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                egui::Grid::new("venue drawing layer grid")
                    .striped(true)
                    .num_columns(2 + ROLES.len())
                    .show(ui, |ui| {
                        ui.strong(lang.pick("Layer", "图层"));
                        ui.strong(lang.pick("Holds", "内容"));
                        for role in ROLES {
                            ui.strong(role_name(lang, role));
                        }
                        ui.end_row();
                        for (layer, role) in self.read.summary.layers.iter().zip(&mut self.roles) {
                            let swatch =
                                role_color(*role).unwrap_or(ui.visuals().weak_text_color());
                            ui.colored_label(swatch, &layer.name);
                            ui.label(holds(lang, layer));
                            for choice in ROLES {
                                let selected = *role == choice;
                                let label =
                                    format!("{}: {}", layer.name, role_name(Lang::En, choice));
                                let response = ui.radio(selected, "");
                                response.widget_info(|| {
                                    egui::WidgetInfo::selected(
                                        egui::Role::RadioButton,
                                        true,
                                        selected,
                                        &label,
                                    )
                                });
                                if response.clicked() {
                                    *role = choice;
                                }
                            }
                            ui.end_row();
                        }
                    });
            });
    }

    /// The units: as the drawing says, or chosen.
    fn units_row(&mut self, ui: &mut egui::Ui, lang: Lang) {
        let from_drawing = match self.read.summary.known_units {
            Some(units) => match lang {
                Lang::En => format!("as the drawing says ({})", units.short()),
                Lang::Zh => format!("按图纸（{}）", units.short()),
            },
            None => lang
                .pick("the drawing does not say: choose", "图纸未注明：请选择")
                .to_owned(),
        };
        ui.horizontal(|ui| {
            let label = ui.label(lang.pick("Units:", "单位："));
            let shown = self
                .units
                .map_or(from_drawing.clone(), |u| u.short().to_owned());
            egui::ComboBox::from_id_salt("venue drawing units")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.units, None, from_drawing);
                    for units in DrawingUnits::ALL {
                        ui.selectable_value(&mut self.units, Some(units), units.short());
                    }
                })
                .response
                .labelled_by(label.id);
        });
    }

    /// What the import for the current ticks gives, or why it gives nothing.
    fn outcome(&self, ui: &mut egui::Ui, lang: Lang) {
        match self.current_result() {
            None => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(lang.pick("Reading the venue…", "正在读取场馆…"));
                });
            }
            Some(Err(error)) => {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
            Some(Ok(venue)) => {
                ui.label(venue_summary(lang, venue));
                for warning in venue.warnings.iter().take(WARNINGS_SHOWN) {
                    ui.colored_label(ui.visuals().warn_fg_color, format!("• {warning}"));
                }
                let more = venue.warnings.len().saturating_sub(WARNINGS_SHOWN);
                if more > 0 {
                    ui.weak(match lang {
                        Lang::En => format!("and {more} more warnings"),
                        Lang::Zh => format!("另有 {more} 条提醒"),
                    });
                }
            }
        }
    }

    /// Create, replace, cancel.
    fn buttons(&self, ui: &mut egui::Ui, lang: Lang, open: &Plan) -> Option<DrawingAnswer> {
        let venue = match self.current_result() {
            Some(Ok(venue)) => Some(&venue.plan),
            Some(Err(_)) | None => None,
        };
        let mut answer = None;
        ui.horizontal(|ui| {
            let create = egui::Button::new(lang.pick("Create new plan", "新建平面图"));
            if ui.add_enabled(venue.is_some(), create).clicked()
                && let Some(venue) = venue
            {
                answer = Some(DrawingAnswer::NewPlan(Box::new(venue.clone())));
            }
            let replace = match lang {
                Lang::En => format!(
                    "Replace the venue of \"{}\" (keeps its {} booths)",
                    open.meta.name,
                    open.booths.len()
                ),
                Lang::Zh => format!(
                    "替换「{}」的场馆（保留其 {} 个展位）",
                    open.meta.name,
                    open.booths.len()
                ),
            };
            if ui
                .add_enabled(venue.is_some(), egui::Button::new(replace))
                .clicked()
                && let Some(venue) = venue
            {
                answer = Some(DrawingAnswer::ReplaceVenue(Box::new(venue.clone())));
            }
            if ui.button(lang.pick("Cancel", "取消")).clicked() {
                answer = Some(DrawingAnswer::Cancel);
            }
        });
        answer
    }
}

/// A role as the window's column heads name it.
fn role_name(lang: Lang, role: LayerRole) -> &'static str {
    match role {
        LayerRole::Halls => lang.pick("Halls", "展厅"),
        LayerRole::Columns => lang.pick("Columns", "柱子"),
        LayerRole::Exits => lang.pick("Exits", "出口"),
        LayerRole::Obstacles => lang.pick("Stages, services", "舞台、服务区"),
        LayerRole::Underlay => lang.pick("Underlay", "底图"),
        LayerRole::Skipped => lang.pick("Leave out", "不导入"),
    }
}

/// What a layer holds, e.g. `22 INSERT, 3 LINE`, or `empty`.
fn holds(lang: Lang, layer: &LayerCounts) -> String {
    if layer.entities.is_empty() {
        return lang.pick("empty", "空").to_owned();
    }
    let mut counts: Vec<(&String, &usize)> = layer.entities.iter().collect();
    counts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let shown: Vec<String> = counts
        .iter()
        .take(3)
        .map(|(kind, n)| format!("{n} {kind}"))
        .collect();
    let more = counts.len().saturating_sub(3);
    if more > 0 {
        format!("{} …", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

/// A first guess at what a layer holds, from its name (English or Chinese, as venue
/// drawings name them); anything else stays underlay.
fn guess_role(layer: &LayerCounts) -> LayerRole {
    let name = layer.name.to_uppercase();
    let has = |words: &[&str]| words.iter().any(|w| name.contains(w));
    if has(&["HALL", "展厅", "展馆"]) {
        LayerRole::Halls
    } else if has(&["COLUMN", "COL", "柱"]) {
        LayerRole::Columns
    } else if has(&["DOOR", "EXIT", "出口", "门"]) {
        LayerRole::Exits
    } else if has(&[
        "STAGE",
        "OBST",
        "TOILET",
        "WC",
        "SERVICE",
        "舞台",
        "卫生间",
        "服务",
    ]) {
        LayerRole::Obstacles
    } else {
        LayerRole::Underlay
    }
}

/// What the venue holds, in a line.
fn venue_summary(lang: Lang, venue: &VenueImport) -> String {
    let plan = &venue.plan;
    let area: f64 = plan.halls.iter().map(|h| h.outline.area()).sum();
    let count = |kind: ObstacleKind| plan.obstacles.iter().filter(|o| o.kind == kind).count();
    let (columns, stages, services) = (
        count(ObstacleKind::Column),
        count(ObstacleKind::Stage),
        count(ObstacleKind::Service),
    );
    let underlay = plan.underlay.layers.len();
    match lang {
        Lang::En => format!(
            "{} ({} m²), {}, {}, {}, {}, {} (read in {}).",
            counted(plan.halls.len(), "hall", "halls"),
            compact(area.round()),
            counted(columns, "column", "columns"),
            counted(stages, "stage", "stages"),
            counted(services, "service area", "service areas"),
            counted(plan.exits.len(), "exit", "exits"),
            counted(underlay, "underlay layer", "underlay layers"),
            venue.units.short()
        ),
        Lang::Zh => format!(
            "{} 个展厅（{} m²），{columns} 根柱子，{stages} 个舞台，{services} 个服务区，{} 个出口，{underlay} 个底图图层（按 {} 读入）。",
            plan.halls.len(),
            compact(area.round()),
            plan.exits.len(),
            venue.units.short()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn layer(name: &str) -> LayerCounts {
        LayerCounts {
            name: name.to_owned(),
            entities: BTreeMap::new(),
        }
    }

    #[test]
    fn layer_names_in_either_language_give_a_first_guess() {
        assert_eq!(guess_role(&layer("A-HALL-OUTLINE")), LayerRole::Halls);
        assert_eq!(guess_role(&layer("展厅轮廓")), LayerRole::Halls);
        assert_eq!(guess_role(&layer("S-COLS")), LayerRole::Columns);
        assert_eq!(guess_role(&layer("结构柱")), LayerRole::Columns);
        assert_eq!(guess_role(&layer("A-DOOR")), LayerRole::Exits);
        assert_eq!(guess_role(&layer("安全出口")), LayerRole::Exits);
        assert_eq!(guess_role(&layer("卫生间")), LayerRole::Obstacles);
        assert_eq!(guess_role(&layer("A-WALL")), LayerRole::Underlay);
        assert_eq!(guess_role(&layer("0")), LayerRole::Underlay);
    }

    #[test]
    fn a_changed_tick_makes_the_last_import_stale_until_its_own_is_read() {
        let mut drawing = dxf::Drawing::new();
        for name in ["A-HALL", "A-FURN"] {
            let mut line = dxf::entities::Entity::new(dxf::entities::EntityType::Line(
                dxf::entities::Line::default(),
            ));
            line.common.layer = name.to_owned();
            drawing.add_entity(line);
        }
        let read = DrawingRead::of(drawing);
        let furniture = (read.summary.layers.iter())
            .position(|l| l.name == "A-FURN")
            .unwrap();
        let mut window = DrawingWindow::new(PathBuf::from("venue.dxf"), read);
        window.result = Some((window.current_key(), Err("read".to_owned())));
        assert!(window.current_result().is_some());
        window.roles[furniture] = LayerRole::Obstacles;
        assert!(
            window.current_result().is_none(),
            "an import for other ticks is neither shown nor offered"
        );
        window.keep_trial_current(&egui::Context::default());
        let key = window.current_key();
        assert!(
            window.trial.as_ref().is_some_and(|(k, _)| *k == key)
                || window.result.as_ref().is_some_and(|(k, _)| *k == key),
            "an import for the ticks as they are now is started"
        );
    }

    #[test]
    fn what_a_layer_holds_lists_the_commonest_types_first() {
        let mut counts = layer("X");
        assert_eq!(holds(Lang::En, &counts), "empty");
        counts.entities.insert("LINE".to_owned(), 3);
        counts.entities.insert("INSERT".to_owned(), 22);
        assert_eq!(holds(Lang::En, &counts), "22 INSERT, 3 LINE");
    }
}
