// The app's modules, declared once for its two builds (`src/web/main.rs`: the simulator;
// `src/web/views.rs`: the other views). Included by both roots.

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
    mod nav;
    mod shell;
    mod state;
}
