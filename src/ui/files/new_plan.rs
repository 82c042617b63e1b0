//! The New plan window: an empty floor to draw the venue on, one empty hall of a chosen
//! width × depth with the four default sectors and exits sized to the fire code, or the
//! built-in WAIC 2023 sample.

use crate::model::Plan;
use crate::text::Lang;

/// Smallest hall side, metres.
pub const MIN_SIDE_M: f64 = 10.0;
/// Largest hall side, metres.
pub const MAX_SIDE_M: f64 = 5_000.0;

/// Which plan to start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// The built-in WAIC 2023 sample.
    Sample,
    /// One empty hall.
    Empty,
    /// An empty floor: no hall, no sector; the first hall drawn gets the four default
    /// sectors.
    Blank,
}

/// The New plan window's fields.
#[derive(Debug, Clone)]
pub struct NewPlanForm {
    /// Sample or empty.
    pub start: Start,
    /// The plan's name (empty plan).
    pub name: String,
    /// Hall width (east–west), metres.
    pub width_m: f64,
    /// Hall depth (north–south), metres.
    pub depth_m: f64,
    /// Why the last Create did not work.
    problem: Option<String>,
}

impl Default for NewPlanForm {
    fn default() -> Self {
        Self {
            start: Start::Empty,
            name: "New plan".to_owned(),
            width_m: 200.0,
            depth_m: 120.0,
            problem: None,
        }
    }
}

/// What the planner did in the window.
#[derive(Debug)]
pub enum NewPlanAnswer {
    /// Start this plan.
    Create(Box<Plan>),
    /// Closed the window.
    Cancel,
}

impl NewPlanForm {
    /// The plan the fields describe, or why there is none.
    pub fn plan(&self, lang: Lang) -> Result<Plan, String> {
        let name = self.name.trim();
        match self.start {
            Start::Sample => Ok(crate::generate::waic_2023()),
            Start::Blank if name.is_empty() => Err(lang
                .pick("Give the plan a name.", "请为平面图命名。")
                .to_owned()),
            Start::Blank => Ok(Plan::blank(name)),
            Start::Empty => {
                if name.is_empty() {
                    return Err(lang
                        .pick("Give the plan a name.", "请为平面图命名。")
                        .to_owned());
                }
                for side in [self.width_m, self.depth_m] {
                    if !(MIN_SIDE_M..=MAX_SIDE_M).contains(&side) {
                        return Err(match lang {
                            Lang::En => {
                                format!("A hall side must be {MIN_SIDE_M} to {MAX_SIDE_M} m.")
                            }
                            Lang::Zh => format!("展馆边长须为 {MIN_SIDE_M} 至 {MAX_SIDE_M} 米。"),
                        });
                    }
                }
                crate::generate::empty_plan(name, self.width_m, self.depth_m)
                    .map_err(|err| format!("{err}"))
            }
        }
    }

    /// Draws the window (a modal); the answer once given.
    pub fn show(&mut self, ctx: &egui::Context) -> Option<NewPlanAnswer> {
        let mut answer = None;
        let lang = Lang::of(ctx);
        let modal = egui::Modal::new(egui::Id::unique("expoplan new plan")).show(ctx, |ui| {
            ui.set_width(420.0);
            ui.heading(lang.pick("New plan", "新建平面图"));
            ui.add_space(4.0);
            ui.add_enabled_ui(self.start != Start::Sample, |ui| {
                ui.horizontal(|ui| {
                    let label = ui.label(lang.pick("Name:", "名称："));
                    ui.add(egui::TextEdit::singleline(&mut self.name).desired_width(240.0))
                        .labelled_by(label.id);
                });
            });
            ui.radio_value(
                &mut self.start,
                Start::Blank,
                lang.pick(
                    "An empty floor: draw the halls with the hall tool",
                    "空白场地：用绘制展馆工具画出展馆",
                ),
            );
            ui.radio_value(
                &mut self.start,
                Start::Empty,
                lang.pick("One empty hall of this size", "一个指定尺寸的空展馆"),
            );
            ui.add_enabled_ui(self.start == Start::Empty, |ui| {
                ui.indent("empty hall", |ui| {
                    ui.horizontal(|ui| {
                        let label = ui.label(lang.pick("Width × depth (m):", "宽 × 深（米）："));
                        ui.add(
                            egui::DragValue::new(&mut self.width_m)
                                .range(MIN_SIDE_M..=MAX_SIDE_M)
                                .speed(1.0),
                        )
                        .labelled_by(label.id);
                        ui.label("×");
                        ui.add(
                            egui::DragValue::new(&mut self.depth_m)
                                .range(MIN_SIDE_M..=MAX_SIDE_M)
                                .speed(1.0),
                        )
                        .labelled_by(label.id);
                    });
                    let area = self.width_m * self.depth_m;
                    ui.label(match lang {
                        Lang::En => {
                            format!("{area:.0} m², four sectors, exits sized to the fire code")
                        }
                        Lang::Zh => format!("{area:.0} m²，四个展区，出口按消防规范设置"),
                    });
                });
            });
            ui.radio_value(
                &mut self.start,
                Start::Sample,
                lang.pick(
                    "The WAIC 2023 sample (three halls, 489 booths)",
                    "2023 世界人工智能大会示例（三个展馆，489 个展位）",
                ),
            );
            if let Some(problem) = &self.problem {
                ui.colored_label(ui.visuals().error_fg_color, problem);
            }
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(lang.pick("Create", "创建")).clicked() {
                    match self.plan(lang) {
                        Ok(plan) => answer = Some(NewPlanAnswer::Create(Box::new(plan))),
                        Err(problem) => self.problem = Some(problem),
                    }
                }
                if ui.button(lang.pick("Cancel", "取消")).clicked() {
                    answer = Some(NewPlanAnswer::Cancel);
                }
            });
        });
        if answer.is_none() && modal.should_close() {
            answer = Some(NewPlanAnswer::Cancel);
        }
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_hall_starts_without_rule_errors() {
        for (w, h) in [(10.0, 10.0), (200.0, 120.0), (400.0, 150.0)] {
            let form = NewPlanForm {
                width_m: w,
                depth_m: h,
                ..NewPlanForm::default()
            };
            let plan = form.plan(Lang::En).unwrap();
            assert_eq!(plan.halls.len(), 1);
            assert_eq!(plan.sectors.len(), 4);
            assert!(!plan.exits.is_empty());
            let report = crate::rules::validate(&plan);
            let errors: Vec<_> = report.errors().map(|f| f.message.clone()).collect();
            assert!(errors.is_empty(), "{w} × {h}: {errors:?}");
        }
    }

    #[test]
    fn sizes_and_names_are_checked() {
        let small = NewPlanForm {
            width_m: 5.0,
            ..NewPlanForm::default()
        };
        assert!(small.plan(Lang::En).is_err());
        let nameless = NewPlanForm {
            name: "  ".into(),
            ..NewPlanForm::default()
        };
        assert!(nameless.plan(Lang::Zh).is_err());
        let blank = NewPlanForm {
            start: Start::Blank,
            ..NewPlanForm::default()
        };
        let plan = blank.plan(Lang::En).unwrap();
        assert!(plan.halls.is_empty() && plan.sectors.is_empty());
    }
}
