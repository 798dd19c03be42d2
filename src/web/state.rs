//! The one place state lives: the scenario signal (plus language, embed and view), provided by
//! context. The result is a memo of the scenario; the URL is written from the same signals; every
//! change of the scenario is a step of its undo history (`crate::history`).

use crate::history::History;
use crate::link::{self, Notice, PageState, View};
use crate::texts::{page_title, tr};
use gloo_timers::callback::Timeout;
use kofukin::engine::outcome::Outcome;
use kofukin::engine::scenario::Scenario;
use kofukin::engine::simulate;
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Copy)]
pub struct AppState {
    pub scenario: RwSignal<Scenario>,
    pub lang: RwSignal<Lang>,
    pub embed: RwSignal<bool>,
    pub view: RwSignal<View>,
    pub measure: RwSignal<Option<String>>,
    /// Query keys owned by other views, written back unchanged.
    pub other: RwSignal<Vec<(String, String)>>,
    /// What the link said that could not be used.
    pub notices: RwSignal<Vec<Notice>>,
    /// Both rule sets' results: derived, never set.
    pub outcome: Memo<Outcome>,
    history: StoredValue<History<Scenario>>,
    /// The control whose input is changing the scenario (its changes in a burst are one step).
    edit_source: StoredValue<Option<String>>,
    pub can_undo: RwSignal<bool>,
    pub can_redo: RwSignal<bool>,
}

impl AppState {
    /// Reads the page's own URL and provides the state to the app, which keeps the undo history and
    /// writes the URL, the title and `<html lang>`.
    pub fn provide() -> AppState {
        let app = AppState::from_link();
        provide_context(app);
        app.track_history();
        app.expose_engine_benchmark();
        app.sync_document();
        app.sync_url();
        app
    }

    /// The state of the simulator page's second build (`crate::bridge`): read from the URL, then
    /// following the first build, which keeps the history, the URL and the document.
    pub fn provide_follower() -> AppState {
        let app = AppState::from_link();
        provide_context(app);
        app.expose_hints_benchmark();
        app
    }

    fn from_link() -> AppState {
        let query = window().location().search().unwrap_or_default();
        let (st, notices) = link::from_query(&query);
        let scenario = RwSignal::new(st.scenario);
        let outcome = Memo::new_with_compare(move |_| scenario.with(simulate), |_, _| true);
        AppState {
            scenario,
            lang: RwSignal::new(st.lang),
            embed: RwSignal::new(st.embed),
            view: RwSignal::new(st.view),
            measure: RwSignal::new(st.measure),
            other: RwSignal::new(st.other),
            notices: RwSignal::new(notices),
            outcome,
            history: StoredValue::new(History::new(scenario.get_untracked())),
            edit_source: StoredValue::new(None),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
        }
    }

    /// A text of the page that follows the language: `{app.say(HEADING)}` in a view.
    pub fn say(self, t: Text) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        move || tr(t.clone(), self.lang.get())
    }

    /// A view of the outcome in the page's language, drawn again when either changes.
    pub fn with_outcome<V>(self, f: impl Fn(Lang, &Outcome) -> V + Send + Sync + 'static) -> impl Fn() -> V + Send + Sync {
        self.in_lang_with(self.outcome, f)
    }

    /// A view of the scenario in the page's language, drawn again when either changes.
    pub fn with_scenario<V>(self, f: impl Fn(Lang, &Scenario) -> V + Send + Sync + 'static) -> impl Fn() -> V + Send + Sync {
        self.in_lang_with(self.scenario, f)
    }

    fn in_lang_with<T, V>(
        self,
        source: impl With<Value = T> + Send + Sync + 'static,
        f: impl Fn(Lang, &T) -> V + Send + Sync + 'static,
    ) -> impl Fn() -> V + Send + Sync {
        move || {
            let lang = self.lang.get();
            source.with(|x| f(lang, x))
        }
    }

    /// Changes the scenario from a control that sends a burst of input (a slider, a typed field):
    /// its changes less than half a second apart are one undo step. Other changes go through
    /// `scenario.update` / `set` and are a step each.
    pub fn edit_from(self, source: &str, f: impl FnOnce(&mut Scenario)) {
        self.edit_source.set_value(Some(source.to_string()));
        self.scenario.update(f);
    }

    /// The control whose burst of input made the last change, taken (`None` afterwards).
    pub fn take_edit_source(self) -> Option<String> {
        self.edit_source.try_update_value(Option::take).flatten()
    }

    /// Goes back one step (nothing when there is none).
    pub fn undo(self) {
        let mut to = None;
        self.history.update_value(|h| to = h.undo());
        self.step_to(to);
    }

    /// Goes forward one undone step (nothing when there is none).
    pub fn redo(self) {
        let mut to = None;
        self.history.update_value(|h| to = h.redo());
        self.step_to(to);
    }

    fn step_to(self, to: Option<Scenario>) {
        if let Some(s) = to {
            self.scenario.set(s);
        }
        self.history.with_value(|h| {
            self.can_undo.set(h.can_undo());
            self.can_redo.set(h.can_redo());
        });
    }

    /// Every change of the scenario (sliders, editor, reset, delete, import, a saved scenario
    /// loaded) becomes an undo step; the history itself sets the scenario back without a step.
    fn track_history(self) {
        Effect::new(move |_| {
            let source = self.take_edit_source();
            let now = js_sys::Date::now();
            self.scenario.with(|s| self.history.update_value(|h| _ = h.observe(s, source.as_deref(), now)));
            self.step_to(None);
        });
    }

    pub fn page_state(&self) -> PageState {
        PageState {
            scenario: self.scenario.get(),
            lang: self.lang.get(),
            embed: self.embed.get(),
            view: self.view.get(),
            measure: self.measure.get(),
            other: self.other.get(),
        }
    }

    /// `window.kofukinBenchEngine(n)`: evaluates the current scenario n times in wasm and returns the
    /// mean time per evaluation in ms (for `tests/e2e/bench.mjs`; reads the state, changes nothing).
    fn expose_engine_benchmark(self) {
        expose_timer(self.scenario, "kofukinBenchEngine", |s| _ = std::hint::black_box(simulate(s)));
    }

    /// `window.kofukinBenchHints(n)`: the same for 改善のヒント, from the build that shows them.
    fn expose_hints_benchmark(self) {
        expose_timer(self.scenario, "kofukinBenchHints", |s| _ = std::hint::black_box(kofukin::engine::hints::hints(s)));
    }

    /// `<html lang>`, the title and the `embed` class follow the state.
    fn sync_document(self) {
        Effect::new(move |_| {
            let lang = self.lang.get();
            let embed = self.embed.get();
            let doc = document();
            doc.set_title(&page_title(lang));
            if let Some(html) = doc.document_element() {
                let _ = html.set_attribute("lang", lang.as_str());
                if embed {
                    let class = html.get_attribute("class").unwrap_or_default();
                    if !class.split_whitespace().any(|c| c == "embed") {
                        let _ = html.set_attribute("class", format!("{class} embed").trim());
                    }
                }
            }
        });
    }

    /// Writes the state into the URL with `history.replaceState`, at most once per 300 ms after
    /// changes stop; a refused write is ignored (browsers throttle it).
    fn sync_url(self) {
        let pending: Rc<RefCell<Option<Timeout>>> = Rc::new(RefCell::new(None));
        Effect::new(move |prev: Option<()>| {
            self.scenario.track();
            self.lang.track();
            self.embed.track();
            self.view.track();
            self.measure.track();
            self.other.track();
            if prev.is_none() {
                return; // the page was opened with this state: leave the URL as the user gave it
            }
            // The query is written once the changes stop, not at every step of a slider.
            let timer = Timeout::new(300, move || write_url(&link::to_query(&self.page_state())));
            // Replacing the previous timer cancels it (gloo's Timeout clears itself on drop).
            *pending.borrow_mut() = Some(timer);
        });
    }
}

/// `window.<name>(n)`: runs `work` on the current scenario n times and returns the mean time per run
/// in ms (for the page benchmark; reads the state, changes nothing).
fn expose_timer(scenario: RwSignal<Scenario>, name: &str, work: fn(&Scenario)) {
    use wasm_bindgen::prelude::*;
    let f = Closure::<dyn Fn(u32) -> f64>::new(move |n: u32| {
        let Some(perf) = web_sys::window().and_then(|w| w.performance()) else { return f64::NAN };
        let s = scenario.get_untracked();
        let n = n.clamp(1, 100_000);
        let t0 = perf.now();
        for _ in 0..n {
            work(std::hint::black_box(&s));
        }
        (perf.now() - t0) / f64::from(n)
    });
    let _ = js_sys::Reflect::set(&window(), &JsValue::from_str(name), f.as_ref());
    f.forget();
}

fn write_url(query: &str) {
    let Some(w) = web_sys::window() else { return };
    let path = w.location().pathname().unwrap_or_default();
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}?{query}")));
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// Which views a build draws (`here`) and how (`draw`): the simulator's build, which every visit
/// starts from, or the build of the other views, fetched only when one of them is opened. A view of
/// the other build is reached by loading the page for it (`crate::nav::go`). Provided by `shell::start`.
#[derive(Clone, Copy)]
pub struct Build {
    pub here: fn(View) -> bool,
    pub draw: fn(View) -> AnyView,
    /// Run once with the state, before the first render (the simulator's build offers it to the
    /// second build of its page, `crate::bridge::serve`).
    pub with_state: fn(AppState),
}

/// The build this app is (provided by `shell::start`).
pub fn build() -> Build {
    expect_context::<Build>()
}

/// How far the first render has come ([`Stage::advance`] moves it one step per task): the page's
/// frame, then the controls (`CONTROLS`), the results (`RESULTS`) and what lies below them (`BELOW`).
/// Views draw their later parts when the stage reaches them.
#[derive(Clone, Copy)]
pub struct Stage(RwSignal<u8>);

impl Stage {
    pub const CONTROLS: u8 = 1;
    pub const RESULTS: u8 = 2;
    pub const BELOW: u8 = 3;

    pub fn new() -> Stage {
        Stage(RwSignal::new(0))
    }

    /// Whether the first render has reached `stage` (tracked: a view redraws when it does).
    pub fn reached(self, stage: u8) -> bool {
        self.0.get() >= stage
    }

    /// Moves to the next stage in a task of its own, until the last; then runs `done`.
    pub fn advance(self, done: impl FnOnce() + 'static) {
        set_timeout(
            move || {
                if self.0.get_untracked() < Stage::BELOW {
                    self.0.update(|s| *s += 1);
                    self.advance(done);
                } else {
                    done();
                }
            },
            std::time::Duration::ZERO,
        );
    }
}

/// The first render's stage (provided by `shell::start`).
pub fn stage() -> Stage {
    expect_context::<Stage>()
}
