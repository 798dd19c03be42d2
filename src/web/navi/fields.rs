//! The calculator's controls, one per field of the measure's table: text boxes for amounts and numbers,
//! checkboxes, selects for choices, and a fieldset of rows for a list.

use super::form::{self as nf, Entry, Form};
use super::result::{field_message, in_lang, Outcome};
use super::texts as tx;
use crate::state::AppState;
use crate::ui::focus::focus_after_render;
use kofukin::engine::measures::{self, Field, Ty, Unit, MAX_LIST};
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;

/// The validator's messages for a path, in the page's language, and whether they only ask for an
/// empty field to be filled in.
fn messages(app: AppState, outcome: Memo<Outcome>, form: RwSignal<Form>, path: String) -> Signal<(Vec<String>, bool)> {
    Signal::derive(move || {
        let lang = app.lang.get();
        let msgs: Vec<String> = outcome.with(|o| match o {
            Err(e) => nf::errors_at(&e.errors, &path)
                .into_iter()
                .map(|e| match app.measure.with(|m| m.as_deref().and_then(measures::get)) {
                    Some(m) => field_message(lang, m.inputs, &e.path, &e.message_ja, &e.message_en),
                    None => in_lang(lang, &e.message_ja, &e.message_en),
                })
                .collect(),
            Ok(_) => Vec::new(),
        });
        let missing = !msgs.is_empty() && form.with(|f| nf::is_empty_at(f, &path));
        (msgs, missing)
    })
}

/// "the applicant's cost" → "The applicant's cost" (the English meanings start in lower case).
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        // The English meanings are ASCII: no Unicode case tables in the wasm.
        Some(f) => std::iter::once(f.to_ascii_uppercase()).chain(c).collect(),
        None => String::new(),
    }
}

fn meaning(d: &Field, lang: Lang) -> String {
    Text::owned(d.meaning.ja.clone(), capitalised(&d.meaning.en)).get(lang).to_string()
}

/// The field's name on the form and its help line: the short label with the meaning as help, or the
/// meaning alone (choices and lists show no help under the label).
fn label_of(d: &Field, lang: Lang) -> (String, Option<String>) {
    match &d.label {
        Some(l) if matches!(d.ty, Ty::Enum(_) | Ty::List { .. }) => (l.get(lang).to_string(), None),
        Some(l) => (l.get(lang).to_string(), Some(meaning(d, lang))),
        None => (meaning(d, lang), None),
    }
}

pub fn field_view(app: AppState, d: &'static Field, form: RwSignal<Form>, outcome: Memo<Outcome>) -> AnyView {
    if let Ty::List { fields, row } = &d.ty {
        return list_view(app, d, fields, row, form, outcome);
    }
    let initial = nf::initial_entry(d);
    let get = Signal::derive(move || form.with(|f| f.scalars.get(d.name).cloned().unwrap_or_else(|| initial.clone())));
    let set = Callback::new(move |e: Entry| {
        form.update(|f| {
            f.scalars.insert(d.name.to_string(), e);
        })
    });
    control(app, d, d.name.to_string(), get, set, messages(app, outcome, form, d.name.to_string()))
}

fn list_view(
    app: AppState,
    d: &'static Field,
    fields: &'static [Field],
    row: &'static Text,
    form: RwSignal<Form>,
    outcome: Memo<Outcome>,
) -> AnyView {
    let name = d.name;
    let len = move || form.with(|f| f.lists.get(name).map_or(0, Vec::len));
    let legend_id = nf::control_id(name) + "-legend";
    let add_id = nf::control_id(name) + "-add";
    let msgs = messages(app, outcome, form, name.to_string());
    let lang = move || app.lang.get();
    let rows = move || {
        (0..len())
            .map(|i| {
                let sub = fields.iter().map(|f| row_control(app, name, i, f, form, outcome)).collect_view();
                let add_id = add_id.clone();
                view! {
                    <fieldset class="list-row">
                        <legend>{move || tx::row_legend(row, i + 1).get(lang()).to_string()}</legend>
                        <div class="row-fields">{sub}</div>
                        <button
                            type="button"
                            class="remove-row"
                            on:click=move |_| {
                                form.update(|fm| {
                                    if let Some(r) = fm.lists.get_mut(name) {
                                        if i < r.len() {
                                            r.remove(i);
                                        }
                                    }
                                });
                                // The removed row's button is gone: the focus goes to the list's add button.
                                focus_after_render(add_id.clone());
                            }
                        >
                            {move || tx::remove_row(row, i + 1).get(lang()).to_string()}
                        </button>
                    </fieldset>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="list-field" aria-describedby=format!("{legend_id}-help")>
            <legend id=legend_id.clone()>{move || label_of(d, lang()).0}</legend>
            <p class="help" id=format!("{legend_id}-help")>{move || meaning(d, lang())}</p>
            {move || (len() == 0).then(|| view! { <p class="empty">{tx::NO_ROWS.get(lang()).to_string()}</p> })}
            {rows}
            <FieldMessages msgs=msgs id=format!("{legend_id}-msg")/>
            <button
                type="button"
                class="add-row"
                id=nf::control_id(name) + "-add"
                on:click=move |_| {
                    form.update(|fm| {
                        let rows = fm.lists.entry(name.to_string()).or_default();
                        if rows.len() < MAX_LIST {
                            rows.push(nf::initial_row(fields));
                        }
                    })
                }
            >
                <span aria-hidden="true">"＋ "</span>
                {move || tx::add_row(row).get(lang()).to_string()}
            </button>
        </fieldset>
    }
    .into_any()
}

/// The control of field `f` in row `i` of list `list`.
fn row_control(
    app: AppState,
    list: &'static str,
    i: usize,
    f: &'static Field,
    form: RwSignal<Form>,
    outcome: Memo<Outcome>,
) -> AnyView {
    let path = format!("{list}[{i}].{}", f.name);
    let initial = nf::initial_entry(f);
    let get = Signal::derive(move || {
        form.with(|fm| fm.lists.get(list).and_then(|r| r.get(i)).and_then(|r| r.get(f.name)).cloned())
            .unwrap_or_else(|| initial.clone())
    });
    let set = Callback::new(move |e: Entry| {
        form.update(|fm| {
            if let Some(row) = fm.lists.get_mut(list).and_then(|r| r.get_mut(i)) {
                row.insert(f.name.to_string(), e);
            }
        })
    });
    control(app, f, path.clone(), get, set, messages(app, outcome, form, path))
}

#[component]
fn FieldMessages(msgs: Signal<(Vec<String>, bool)>, id: String) -> impl IntoView {
    view! {
        <div id=id class="field-msgs">
            {move || {
                let (list, missing) = msgs.get();
                list.into_iter()
                    .map(|m| {
                        let class = if missing { "field-msg hint" } else { "field-msg error" };
                        let icon = if missing { "i" } else { "!" };
                        view! { <p class=class><span class="icon" aria-hidden="true">{icon}</span>{m}</p> }
                    })
                    .collect_view()
            }}
        </div>
    }
}

fn control(
    app: AppState,
    d: &'static Field,
    path: String,
    get: Signal<Entry>,
    set: Callback<Entry>,
    msgs: Signal<(Vec<String>, bool)>,
) -> AnyView {
    let cid = nf::control_id(&path);
    let msg_id = format!("{cid}-msg");
    let help_id = format!("{cid}-help");
    let unit_id = format!("{cid}-unit");
    let lang = move || app.lang.get();
    let label = move || label_of(d, lang()).0;
    let help_view = move || label_of(d, lang()).1.map(|h| view! { <span class="help">{h}</span> });
    let invalid = move || {
        let (m, missing) = msgs.get();
        if !m.is_empty() && !missing {
            "true"
        } else {
            "false"
        }
    };
    let has_unit = d.unit != Unit::None;
    let described = if !has_unit || matches!(d.ty, Ty::Bool | Ty::Enum(_)) {
        format!("{help_id} {msg_id}")
    } else {
        format!("{unit_id} {help_id} {msg_id}")
    };
    match &d.ty {
        Ty::Bool => view! {
            <div class="field field-bool">
                <input
                    type="checkbox"
                    id=cid.clone()
                    name=path.clone()
                    prop:checked=move || get.with(Entry::flag)
                    aria-describedby=described
                    on:change=move |ev| set.run(Entry::Flag(event_target_checked(&ev)))
                />
                <label for=cid.clone()>{label}</label>
                <p class="field-help" id=help_id>{help_view}</p>
                <FieldMessages msgs=msgs id=msg_id/>
            </div>
        }
        .into_any(),
        Ty::Enum(choices) => {
            let empty_option = !d.required && d.default == kofukin::engine::measures::Def::None;
            let options = move || {
                let lang = lang();
                let current = get.with(|e| e.text().to_string());
                let none = empty_option.then(|| {
                    view! { <option value="" selected=current.is_empty()>{tx::NONE_OPTION.get(lang).to_string()}</option> }
                });
                let choices = choices
                    .iter()
                    .map(|c| {
                        let sel = c.value == current;
                        view! { <option value=c.value selected=sel>{c.label.get(lang).to_string()}</option> }
                    })
                    .collect_view();
                view! { {none}{choices} }
            };
            view! {
                <div class="field field-enum">
                    <label for=cid.clone()>{label}</label>
                    <select
                        id=cid.clone()
                        name=path.clone()
                        aria-describedby=described
                        aria-invalid=invalid
                        prop:value=move || get.with(|e| e.text().to_string())
                        on:change=move |ev| set.run(Entry::Text(event_target_value(&ev)))
                    >
                        {options}
                    </select>
                    <p class="field-help" id=help_id>{help_view}</p>
                    <FieldMessages msgs=msgs id=msg_id/>
                </div>
            }
            .into_any()
        }
        ty => {
            let is_yen = matches!(ty, Ty::Yen);
            let mode = if matches!(ty, Ty::Decimal) { "decimal" } else { "numeric" };
            let class = format!("field field-{}", ty.name());
            view! {
                <div class=class>
                    <label for=cid.clone()>{label}</label>
                    <span class="input-wrap">
                        <input
                            type="text"
                            id=cid.clone()
                            name=path.clone()
                            class="num-input"
                            inputmode=mode
                            autocomplete="off"
                            placeholder=nf::placeholder(d)
                            aria-describedby=described
                            aria-invalid=invalid
                            prop:value=move || get.with(|e| e.text().to_string())
                            on:input=move |ev| set.run(Entry::Text(event_target_value(&ev)))
                            on:change=move |ev| {
                                if is_yen {
                                    if let Some(shown) = nf::yen_display(&event_target_value(&ev)) {
                                        set.run(Entry::Text(shown));
                                    }
                                }
                            }
                        />
                        {has_unit.then(|| view! { <span class="unit" id=unit_id>{move || d.unit.label().get(lang()).to_string()}</span> })}
                    </span>
                    <p class="field-help" id=help_id>{help_view}</p>
                    <FieldMessages msgs=msgs id=msg_id/>
                </div>
            }
            .into_any()
        }
    }
}
