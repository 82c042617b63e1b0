//! Every change to a plan is an [`Edit`]: a list of [`Change`]s that, applied, returns its
//! own inverse. [`History`] keeps the applied edits for undo and redo and knows whether
//! the plan differs from what was last saved.

mod change;
mod history;
mod ops;
mod pricing;
#[cfg(test)]
mod proptests;
mod seat;
mod snap;
mod snap_point;
mod step;
mod venue;
mod venue_swap;

pub use change::{Change, Edit, EditError, Reach, venue_places};
pub use history::History;
pub use ops::*;
pub use pricing::{list_price, priced_by_list, reprice_booths};
pub use seat::{Seat, seat_exhibitor};
pub use snap::{Handle, snap_move, snap_resize, snap_to_grid};
pub use snap_point::{SnapTarget, SnappedPoint, snap_point};
pub use step::{BoothField, Booths, Step};
pub use venue::*;
pub use venue_swap::{replace_venue, show_underlay_layer};
