//! The question before deleting booths that are sold, reserved, on hold or hold an
//! exhibitor: how many, and how many exhibitors that leaves without a booth.

use crate::model::{BoothId, BoothStatus, Plan};
use crate::text::Lang;

/// A deletion waiting for the planner's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfirmDelete {
    /// The booths to delete.
    pub ids: Vec<BoothId>,
    /// How many of them are sold, reserved or on hold.
    pub sold: usize,
    /// How many exhibitors would have no booth left.
    pub unplaced: usize,
}

/// What the planner answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeleteAnswer {
    /// Delete them.
    Delete,
    /// Leave them.
    Keep,
}

impl ConfirmDelete {
    /// The question for deleting `ids`, or `None` when none of them is sold, reserved,
    /// on hold or assigned (those go without asking).
    pub fn needed(plan: &Plan, ids: &[BoothId]) -> Option<ConfirmDelete> {
        let booths: Vec<_> = ids.iter().filter_map(|id| plan.booth(*id)).collect();
        let sold = booths
            .iter()
            .filter(|b| b.status != BoothStatus::Available)
            .count();
        let mut leaving: Vec<_> = booths.iter().filter_map(|b| b.exhibitor).collect();
        leaving.sort_unstable();
        leaving.dedup();
        let unplaced = leaving
            .iter()
            .filter(|e| {
                plan.booths
                    .iter()
                    .all(|b| b.exhibitor != Some(**e) || ids.contains(&b.id))
            })
            .count();
        let assigned = booths.iter().any(|b| b.exhibitor.is_some());
        (sold > 0 || assigned).then(|| ConfirmDelete {
            ids: ids.to_vec(),
            sold,
            unplaced,
        })
    }

    /// The question, in `lang`.
    pub fn question(&self, lang: Lang) -> String {
        let n = self.ids.len();
        match lang {
            Lang::En => format!(
                "Delete {n} booth{}? {} of them {} sold, reserved or on hold, and {} exhibitor{} will have no booth.",
                if n == 1 { "" } else { "s" },
                self.sold,
                if self.sold == 1 { "is" } else { "are" },
                self.unplaced,
                if self.unplaced == 1 { "" } else { "s" },
            ),
            Lang::Zh => format!(
                "删除 {n} 个展位？其中 {} 个已售出、已预订或保留，{} 个展商将没有展位。",
                self.sold, self.unplaced
            ),
        }
    }

    /// Shows the question as a modal; the answer once given.
    pub fn show(&self, ctx: &egui::Context) -> Option<DeleteAnswer> {
        let lang = Lang::of(ctx);
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("expoplan confirm delete")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.heading(lang.pick("Delete sold booths?", "删除已售展位？"));
            ui.label(self.question(lang));
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(lang.pick("Delete", "删除")).clicked() {
                    answer = Some(DeleteAnswer::Delete);
                }
                if ui.button(lang.pick("Keep them", "保留")).clicked() {
                    answer = Some(DeleteAnswer::Keep);
                }
            });
        });
        if answer.is_none() && modal.should_close() {
            answer = Some(DeleteAnswer::Keep);
        }
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Exhibitor, ExhibitorId, Rect, SectorId};

    #[test]
    fn only_booths_with_a_sale_or_an_exhibitor_ask_first() {
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        for x in [10.0, 20.0, 30.0] {
            let (e, _) =
                crate::edit::add_booth(&plan, Rect::new(x, 10.0, 3.0, 3.0).unwrap(), SectorId(1));
            e.apply(&mut plan).unwrap();
        }
        plan.exhibitors.push(Exhibitor::new(ExhibitorId(1), "Acme"));
        assert_eq!(
            ConfirmDelete::needed(&plan, &[BoothId(1), BoothId(2)]),
            None
        );
        for id in [1, 2] {
            let b = plan.booth_mut(BoothId(id)).unwrap();
            b.exhibitor = Some(ExhibitorId(1));
            b.status = BoothStatus::Sold;
        }
        let one = ConfirmDelete::needed(&plan, &[BoothId(1), BoothId(3)]).unwrap();
        assert_eq!((one.sold, one.unplaced), (1, 0), "Acme keeps booth 2");
        let both = ConfirmDelete::needed(&plan, &[BoothId(1), BoothId(2)]).unwrap();
        assert_eq!((both.sold, both.unplaced), (2, 1));
        assert_eq!(
            both.question(Lang::En),
            "Delete 2 booths? 2 of them are sold, reserved or on hold, and 1 exhibitor will have no booth."
        );
    }
}
