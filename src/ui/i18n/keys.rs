//! The table of labels: one line per label, English then Chinese. `{}` marks where a
//! number or name goes (see [`super::fill`]).

macro_rules! labels {
    ($( $key:ident => $en:literal, $zh:literal; )*) => {
        /// A label of the interface. The doc of each variant is its English text.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Key {
            $( #[doc = $en] $key, )*
        }

        impl Key {
            /// Every label, in table order.
            pub const ALL: &'static [Key] = &[$(Key::$key),*];

            /// The English text.
            pub const fn en(self) -> &'static str {
                match self {
                    $( Key::$key => $en, )*
                }
            }

            /// The Chinese text.
            pub const fn zh(self) -> &'static str {
                match self {
                    $( Key::$key => $zh, )*
                }
            }
        }
    };
}

labels! {
    // Menu bar.
    MenuFile => "File", "文件";
    MenuEdit => "Edit", "编辑";
    MenuView => "View", "视图";
    MenuTools => "Tools", "工具";
    MenuExport => "Export", "导出";
    MenuNudge => "Nudge", "微移";
    MenuRecent => "Recent files", "最近文件";
    UndoLabel => "Undo {}", "撤销 {}";
    RedoLabel => "Redo {}", "重做 {}";
    FitButton => "Fit", "适应窗口";
    FitHint => "Zoom to fit (F)", "缩放到全图 (F)";
    ColourBySector => "Colour: sector", "着色：展区";
    ColourByStatus => "Colour: status", "着色：状态";
    ColourHint => "Switch colouring (C)", "切换着色 (C)";
    LanguageHint => "Switch the interface language", "切换界面语言";
    DarkHint => "Switch between light and dark", "切换浅色 / 深色";
    DarkButton => "Dark", "深色";
    LightButton => "Light", "浅色";

    // Status bar and messages.
    NothingSelected => "nothing selected", "未选择";
    SelectedArea => "{} selected, {}", "已选 {} 个，{}";
    BoothsOfLimit => "booths {} of limit {}", "展位面积 {}，上限 {}";
    ErrorsWarnings => "{} errors, {} warnings", "{} 个错误，{} 个警告";
    ZoomScale => "zoom {} px/m", "缩放 {} 像素/米";
    Done => "Done: {}", "完成：{}";
    Undone => "Undone: {}", "已撤销：{}";
    Redone => "Redone: {}", "已重做：{}";
    Refused => "Refused: {}", "未执行：{}";

    // Palette.
    PaletteTitle => "Booths", "展位";
    PaletteHint => "Drag onto the floor:", "拖到平面图上：";
    PaletteDragHint => "Drag onto the floor to place a booth", "拖到平面图上放置展位";
    TemplateShell => "3 × 3 shell", "3 × 3 标准展位";
    TemplateInline => "3 × 6", "3 × 6";
    TemplateIsland => "6 × 6 island", "6 × 6 岛型";
    TemplateLarge => "9 × 9", "9 × 9";
    TemplateCustom => "Custom {} × {}", "自定义 {} × {}";

    // Booth card (tooltip).
    BoothTitle => "Booth {}", "展位 {}";
    NoExhibitor => "No exhibitor", "无展商";
    SectorIs => "Sector: {}", "展区：{}";
    StatusPrice => "Status: {} · Price: {} {}", "状态：{} · 价格：{} {}";
    LockedNote => "Locked", "已锁定";

    // Shared words.
    Number => "Number", "展位号";
    Exhibitor => "Exhibitor", "展商";
    Sector => "Sector", "展区";
    Position => "Position", "位置";
    Size => "Size", "尺寸";
    Area => "Area", "面积";
    BoothTypeWord => "Type", "类型";
    Status => "Status", "状态";
    Price => "Price", "价格";
    Notes => "Notes", "备注";
    Locked => "Locked", "锁定";
    Problems => "Problems", "问题";
    NoneChoice => "(none)", "（无）";
    Mixed => "mixed", "不同";
    Search => "Search…", "搜索…";
    AllSectors => "All sectors", "全部展区";
    AllStatuses => "All statuses", "全部状态";
    Total => "Total", "合计";
    Hall => "Hall", "展厅";

    // Exhibitors panel.
    ExhibitorsTitle => "Exhibitors", "展商";
    ExhibitorSearchHint => "Name or booth number", "名称或展位号";
    UnplacedOnly => "Unplaced only", "仅未安排";
    FirstLaunches => "First launches", "首发新品";
    ShownOfTotal => "{} of {} shown", "显示 {} / {}";
    PlacedUnplaced => "{} placed, {} unplaced", "已安排 {}，未安排 {}";
    Unplaced => "unplaced", "未安排";
    FirstLaunchBadge => "launch", "首发";
    ExhibitorDragHint =>
        "Drag onto a booth to assign, or onto empty floor in a sector for a new booth",
        "拖到展位上分配，或拖到展区空地上新建展位";
    PlacedDragHint =>
        "Drag onto another booth to move, or back onto this list to unassign",
        "拖到其他展位上移动，或拖回此列表取消分配";
    DropToUnassign => "Drop here to unassign booth {}", "拖到此处取消分配展位 {}";
    RequestedSize => "asks for {} × {} m", "需求 {} × {} 米";
    SelectBoothsOf => "Select the booths of {}", "选择 {} 的展位";
    NoExhibitors => "No exhibitors in this plan.", "此平面图中没有展商。";

    // Inspector.
    InspectorTitle => "Inspector", "属性";
    InspectorEmpty => "Select a booth on the floor or in the list.", "请在平面图或列表中选择展位。";
    BoothsSelected => "{} booths selected", "已选 {} 个展位";
    TotalArea => "Total area", "总面积";
    NoProblems => "No problems", "无问题";
    UnassignHint => "Drag onto the exhibitor list to unassign", "拖到展商列表取消分配";
    CommitHint => "Enter or leaving the field applies the change", "按回车或离开输入框生效";

    // Booth list.
    BoothListTitle => "Booth list", "展位列表";
    FilterHint => "Filter number, exhibitor…", "筛选展位号、展商…";
    RowsOfTotal => "{} of {} booths", "{} / {} 个展位";

    // Capacity dashboard.
    DashboardTitle => "Capacity", "容量";
    RegionArea => "Region", "区域面积";
    BoothArea => "Booths", "展位面积";
    Fill => "Fill", "占用率";
    FreeArea => "Free", "空余";
    More3x3 => "More 3×3", "可增 3×3";
    Limit => "Limit", "上限";
    LimitUse => "Booth area {} of the {} limit", "展位面积 {} / 上限 {}";
    SectorsOfLimit => "Sectors cover {} of the {} limit", "展区面积 {} / 上限 {}";
    Occupancy => "Occupancy (GB 50016)", "人员疏散 (GB 50016)";
    DesignOccupants => "Design occupants", "设计人数";
    DensityNote => "{} persons/m² of {}", "{} 人/m²，面积 {}";
    ExitNeeded => "Exit width needed", "所需疏散宽度";
    ExitProvided => "Exit width provided", "现有疏散宽度";
    ExitsEnough => "enough", "满足";
    ExitsShort => "not enough", "不足";
    Sales => "Sales", "销售";
    Booths => "Booths", "展位数";
    Value => "Value", "金额";
    RevenueSold => "Revenue sold", "已售收入";
    Potential => "Potential", "潜在收入";

    // Problems panel.
    ProblemsTitle => "Problems", "问题";
    NoFindings => "No problems found.", "未发现问题。";
    ProblemHint => "Click to select and show on the floor", "点击选中并在平面图上显示";

    // Dropping an exhibitor on the floor.
    DropAssign => "Assign {} to booth {}", "将 {} 分配到展位 {}";
    DropNewBooth => "New booth {} × {} m for {}", "新建 {} × {} 米展位：{}";
    DropOverlaps => "Overlaps {}", "与 {} 重叠";
    DropOutsideSectors => "Outside every sector", "不在任何展区内";
    DropOutsideHall => "Outside every hall", "不在任何展厅内";
    DropOnBooth => "On another booth or an obstacle", "压在其他展位或障碍物上";
    DropSizeMismatch => "The booth is {} m; the exhibitor asked for {} m", "展位为 {} 米，展商申请 {} 米";
    DropReachesOut => "Reaches outside sector {}", "超出展区 {}";
    DropNotPreferred => "Not the preferred sector ({})", "不是首选展区（{}）";
    DropReplaces => "Replaces {}", "将替换 {}";

    // Importing exhibitors.
    ImportCount => "Import {} exhibitors", "导入 {} 个展商";
    NothingToImport => "Nothing to import", "没有可导入的内容";
}
