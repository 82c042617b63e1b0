//! One list of every command the planner can give: its name, its shortcut and when it is
//! enabled. The menu bar, the keyboard and any later command palette all read it, so they
//! cannot disagree.

use super::canvas::ToolKind;
use super::i18n::Lang;
use egui::{Key, KeyboardShortcut, Modifiers};

/// A command the planner can give from the menu or the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    /// Start a new plan.
    New,
    /// Open a plan file.
    Open,
    /// Save the plan to its file.
    Save,
    /// Save the plan under a new name.
    SaveAs,
    /// Leave the application.
    Quit,
    /// Undo the last step.
    Undo,
    /// Redo the last undone step.
    Redo,
    /// Select every booth.
    SelectAll,
    /// Clear the selection.
    SelectNone,
    /// Delete the selected booths.
    Delete,
    /// Duplicate the selected booths next to the originals.
    Duplicate,
    /// Turn the selected booth 90°.
    Rotate,
    /// Lock or unlock the selected booths.
    ToggleLock,
    /// Give the selected booths the prices of the plan's price list.
    PriceFromList,
    /// Move the selection one grid step west.
    NudgeLeft,
    /// Move the selection one grid step east.
    NudgeRight,
    /// Move the selection one grid step north.
    NudgeUp,
    /// Move the selection one grid step south.
    NudgeDown,
    /// Show the whole floor.
    ZoomToFit,
    /// Frame the selected booths.
    ZoomToSelection,
    /// Zoom in one step about the centre.
    ZoomIn,
    /// Zoom out one step about the centre.
    ZoomOut,
    /// Switch booth colours between sector and status.
    ToggleColorMode,
    /// Import exhibitors from a CSV or XLSX file.
    ImportExhibitors,
    /// Read the venue from its CAD drawing (DXF): a new plan, or the open plan's venue
    /// replaced.
    ImportDrawing,
    /// Export the booth list as CSV.
    ExportCsv,
    /// Export the booth list as XLSX.
    ExportXlsx,
    /// Export the floor drawing as SVG.
    ExportSvg,
    /// Export the floor drawing as PNG.
    ExportPng,
    /// Export the floor drawing as PDF for print.
    ExportPdf,
    /// Export the interactive HTML map.
    ExportHtml,
    /// Export the plan as a CAD drawing (DXF).
    ExportDxf,
    /// Show or hide the exhibitors panel.
    ToggleExhibitorsPanel,
    /// Show or hide the inspector.
    ToggleInspectorPanel,
    /// Show or hide the booth list.
    ToggleBoothListPanel,
    /// Show or hide the capacity dashboard.
    ToggleDashboardPanel,
    /// Show or hide the problems panel.
    ToggleProblemsPanel,
    /// Switch the interface between English and Chinese.
    ToggleLanguage,
    /// Switch between light and dark.
    ToggleDarkMode,
    /// Show or hide the venue panel (halls, sectors, obstacles, exits, settings).
    ToggleVenuePanel,
    /// Make this the canvas's active tool.
    UseTool(ToolKind),
}

/// Which part of the app carries a command out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommandGroup {
    /// Files: new, open, save, import, export, quit.
    File,
    /// Changes to the plan and the selection.
    Edit,
    /// The canvas camera and colouring.
    View,
    /// Panels, language and theme.
    Panels,
    /// The canvas's tools.
    Tools,
}

/// What the enabled state of a command depends on.
#[derive(Debug, Clone, Copy, Default)]
pub struct CommandContext {
    /// There is a step to undo.
    pub can_undo: bool,
    /// There is a step to redo.
    pub can_redo: bool,
    /// How many booths are selected.
    pub selected: usize,
    /// The plan has unsaved changes.
    pub dirty: bool,
    /// The active canvas tool has something of its own that Delete takes away (a hall
    /// corner).
    pub tool_deletes: bool,
}

const fn ctrl(key: Key) -> Option<KeyboardShortcut> {
    Some(KeyboardShortcut::new(Modifiers::COMMAND, key))
}

const fn ctrl_shift(key: Key) -> Option<KeyboardShortcut> {
    Some(KeyboardShortcut::new(
        Modifiers::COMMAND.plus(Modifiers::SHIFT),
        key,
    ))
}

const fn plain(key: Key) -> Option<KeyboardShortcut> {
    Some(KeyboardShortcut::new(Modifiers::NONE, key))
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Command; 48] = [
        Command::New,
        Command::Open,
        Command::Save,
        Command::SaveAs,
        Command::Quit,
        Command::Undo,
        Command::Redo,
        Command::SelectAll,
        Command::SelectNone,
        Command::Delete,
        Command::Duplicate,
        Command::Rotate,
        Command::ToggleLock,
        Command::PriceFromList,
        Command::NudgeLeft,
        Command::NudgeRight,
        Command::NudgeUp,
        Command::NudgeDown,
        Command::ZoomToFit,
        Command::ZoomToSelection,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ToggleColorMode,
        Command::ImportExhibitors,
        Command::ImportDrawing,
        Command::ExportCsv,
        Command::ExportXlsx,
        Command::ExportSvg,
        Command::ExportPng,
        Command::ExportPdf,
        Command::ExportHtml,
        Command::ExportDxf,
        Command::ToggleExhibitorsPanel,
        Command::ToggleInspectorPanel,
        Command::ToggleBoothListPanel,
        Command::ToggleDashboardPanel,
        Command::ToggleProblemsPanel,
        Command::ToggleLanguage,
        Command::ToggleDarkMode,
        Command::ToggleVenuePanel,
        Command::UseTool(ToolKind::Select),
        Command::UseTool(ToolKind::Hall),
        Command::UseTool(ToolKind::Outline),
        Command::UseTool(ToolKind::Region),
        Command::UseTool(ToolKind::Columns),
        Command::UseTool(ToolKind::Obstacle),
        Command::UseTool(ToolKind::Exit),
        Command::UseTool(ToolKind::Measure),
    ];

    /// Which part of the app carries the command out.
    pub const fn group(self) -> CommandGroup {
        match self {
            Command::New
            | Command::Open
            | Command::Save
            | Command::SaveAs
            | Command::Quit
            | Command::ImportExhibitors
            | Command::ImportDrawing
            | Command::ExportCsv
            | Command::ExportXlsx
            | Command::ExportSvg
            | Command::ExportPng
            | Command::ExportPdf
            | Command::ExportHtml
            | Command::ExportDxf => CommandGroup::File,
            Command::ZoomToFit
            | Command::ZoomToSelection
            | Command::ZoomIn
            | Command::ZoomOut
            | Command::ToggleColorMode => CommandGroup::View,
            Command::ToggleExhibitorsPanel
            | Command::ToggleInspectorPanel
            | Command::ToggleBoothListPanel
            | Command::ToggleDashboardPanel
            | Command::ToggleProblemsPanel
            | Command::ToggleLanguage
            | Command::ToggleDarkMode
            | Command::ToggleVenuePanel => CommandGroup::Panels,
            Command::UseTool(_) => CommandGroup::Tools,
            _ => CommandGroup::Edit,
        }
    }

    /// The menu text in English (logs, messages of the file side).
    pub const fn text(self) -> &'static str {
        self.label(Lang::En)
    }

    /// The menu text in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        super::i18n::terms::command(lang, self)
    }

    /// The keyboard shortcut, if any.
    pub const fn shortcut(self) -> Option<KeyboardShortcut> {
        match self {
            Command::New => ctrl(Key::N),
            Command::Open => ctrl(Key::O),
            Command::Save => ctrl(Key::S),
            Command::SaveAs => ctrl_shift(Key::S),
            Command::Quit => ctrl(Key::Q),
            Command::Undo => ctrl(Key::Z),
            Command::Redo => ctrl_shift(Key::Z),
            Command::SelectAll => ctrl(Key::A),
            Command::SelectNone => plain(Key::Escape),
            Command::Delete => plain(Key::Delete),
            Command::Duplicate => ctrl(Key::D),
            Command::Rotate => plain(Key::R),
            Command::ToggleLock => ctrl(Key::L),
            Command::NudgeLeft => plain(Key::ArrowLeft),
            Command::NudgeRight => plain(Key::ArrowRight),
            Command::NudgeUp => plain(Key::ArrowUp),
            Command::NudgeDown => plain(Key::ArrowDown),
            Command::ZoomToFit => plain(Key::F),
            Command::ZoomToSelection => ctrl_shift(Key::F),
            Command::ZoomIn => plain(Key::Plus),
            Command::ZoomOut => plain(Key::Minus),
            Command::ToggleColorMode => plain(Key::C),
            Command::ImportExhibitors => ctrl(Key::I),
            Command::ExportCsv => ctrl(Key::E),
            Command::ToggleBoothListPanel => ctrl(Key::B),
            Command::ToggleProblemsPanel => ctrl(Key::P),
            Command::ToggleVenuePanel => ctrl_shift(Key::V),
            Command::UseTool(tool) => plain(match tool {
                ToolKind::Select => Key::V,
                ToolKind::Hall => Key::H,
                ToolKind::Outline => Key::W,
                ToolKind::Region => Key::S,
                ToolKind::Columns => Key::K,
                ToolKind::Obstacle => Key::T,
                ToolKind::Exit => Key::X,
                ToolKind::Measure => Key::M,
            }),
            _ => None,
        }
    }

    /// Further shortcuts that do the same (Ctrl+Y for redo, Backspace for delete, = for
    /// zoom in).
    pub const fn alternate_shortcut(self) -> Option<KeyboardShortcut> {
        match self {
            Command::Redo => ctrl(Key::Y),
            Command::Delete => plain(Key::Backspace),
            Command::ZoomIn => plain(Key::Equals),
            _ => None,
        }
    }

    /// Whether the command can run now.
    pub const fn enabled(self, ctx: &CommandContext) -> bool {
        match self {
            Command::Undo => ctx.can_undo,
            Command::Redo => ctx.can_redo,
            Command::Delete => ctx.selected > 0 || ctx.tool_deletes,
            Command::Duplicate
            | Command::PriceFromList
            | Command::ToggleLock
            | Command::NudgeLeft
            | Command::NudgeRight
            | Command::NudgeUp
            | Command::NudgeDown
            | Command::ZoomToSelection
            | Command::SelectNone => ctx.selected > 0,
            Command::Rotate => ctx.selected == 1,
            _ => true,
        }
    }

    /// Whether the shortcut is a bare key that must not fire while typing in a field.
    pub fn is_plain_key(self) -> bool {
        self.shortcut().is_some_and(|s| s.modifiers.is_none())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn shortcuts_are_unique() {
        let mut seen = HashSet::new();
        for c in Command::ALL {
            for s in [c.shortcut(), c.alternate_shortcut()].into_iter().flatten() {
                assert!(
                    seen.insert((s.modifiers.command, s.modifiers.shift, s.logical_key)),
                    "{c:?}"
                );
            }
        }
    }

    #[test]
    fn enabled_follows_context() {
        let none = CommandContext::default();
        assert!(!Command::Undo.enabled(&none));
        assert!(!Command::Delete.enabled(&none));
        let one = CommandContext {
            selected: 1,
            can_undo: true,
            ..none
        };
        assert!(Command::Rotate.enabled(&one) && Command::Undo.enabled(&one));
    }
}
