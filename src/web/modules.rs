// The app's modules, declared once for its three builds (`src/web/main.rs`: the simulator's controls
// and results; `src/web/below.rs`: what lies below them; `src/web/views.rs`: the other views).
// Included by each root.

mod accessibility;
mod compare;
mod costs;
mod donation;
mod hints;
mod history;
mod how;
mod link;
mod navi;
mod share;
mod simulator;
mod texts;
mod ui;

browser_only! {
    mod bridge;
    mod nav;
    mod shell;
    mod state;
}
