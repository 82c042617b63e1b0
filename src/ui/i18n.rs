//! The interface in English and Simplified Chinese: the language, where the window keeps
//! it, and every label in one table.
//!
//! Views read the language from the egui context ([`Lang::of`]), where the panels put it
//! at start and whenever it is switched, so a view needs no extra argument to translate
//! itself. Labels are looked up with [`tr`]; labels with numbers in them are templates with
//! `{}` placeholders, filled in order by [`fill`]. Names of commands, statuses, booth types,
//! severities and rule codes are in [`terms`].

mod keys;
pub mod terms;

pub use keys::Key;

use std::fmt::Display;

pub use crate::text::Lang;

impl Lang {
    /// The language the window shows now.
    pub fn of(ctx: &egui::Context) -> Lang {
        ctx.data(|d| d.get_temp::<Lang>(lang_id()))
            .unwrap_or_default()
    }

    /// Makes this the language the window shows.
    pub fn make_current(self, ctx: &egui::Context) {
        ctx.data_mut(|d| d.insert_temp(lang_id(), self));
    }
}

fn lang_id() -> egui::Id {
    egui::Id::unique("expoplan.lang")
}

/// The label `key` in `lang`.
pub const fn tr(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::En => key.en(),
        Lang::Zh => key.zh(),
    }
}

/// The template `key` in `lang` with its `{}` placeholders replaced by `args`, in order.
/// Missing arguments leave the placeholder empty; extra ones are ignored.
pub fn fill(lang: Lang, key: Key, args: &[&dyn Display]) -> String {
    let mut out = String::new();
    let mut args = args.iter();
    let mut rest = tr(lang, key);
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        if let Some(arg) = args.next() {
            out.push_str(&arg.to_string());
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_filled_in_order() {
        assert_eq!(
            fill(Lang::En, Key::ShownOfTotal, &[&3, &10]),
            "3 of 10 shown"
        );
        assert_eq!(fill(Lang::Zh, Key::ShownOfTotal, &[&3, &10]), "显示 3 / 10");
        assert_eq!(fill(Lang::En, Key::ShownOfTotal, &[&3]), "3 of  shown");
    }

    #[test]
    fn every_label_has_both_languages_with_the_same_placeholders() {
        for key in Key::ALL {
            let (en, zh) = (tr(Lang::En, *key), tr(Lang::Zh, *key));
            assert!(!en.is_empty() && !zh.is_empty(), "{key:?}");
            assert_eq!(
                en.matches("{}").count(),
                zh.matches("{}").count(),
                "{key:?}: {en} / {zh}"
            );
        }
    }

    #[test]
    fn the_language_lives_in_the_context() {
        let ctx = egui::Context::default();
        assert_eq!(Lang::of(&ctx), Lang::En);
        Lang::Zh.make_current(&ctx);
        assert_eq!(Lang::of(&ctx), Lang::Zh);
        assert_eq!(Lang::of(&ctx).other(), Lang::En);
    }

    #[test]
    fn sectors_are_named_in_the_language() {
        let sectors = crate::model::default_sectors();
        assert_eq!(Lang::En.sector_name(&sectors[0]), "Core technology");
        assert_eq!(Lang::Zh.sector_name(&sectors[0]), "核心技术");
    }
}
