//! The share bar under the results: copy the link, show its QR code, save the summary as an image.
//! The QR code is made only when asked for, and hidden again once the plan changes.

use crate::link::PageState;
use crate::share::browser::{copy_text, page_link};
use crate::share::qr::{qr_path, QrPath};
use crate::share::texts as tx;
use crate::share::image;
use crate::state::use_app;
use kofukin::engine::text::Text;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The QR code on show and the page state it encodes (`None` in `code`: the link is too long).
#[derive(Clone)]
struct Shown {
    state: PageState,
    code: Option<QrPath>,
}

#[component]
pub fn ShareBar() -> impl IntoView {
    let app = use_app();
    let status: RwSignal<Option<Text>> = RwSignal::new(None);
    let fallback: RwSignal<Option<String>> = RwSignal::new(None);
    let qr: RwSignal<Option<Shown>> = RwSignal::new(None);
    let field = NodeRef::<Input>::new();

    let copy = move |_| {
        let url = page_link(app);
        fallback.set(None);
        status.set(None);
        spawn_local(async move {
            if copy_text(&url).await {
                status.set(Some(tx::COPIED));
            } else {
                fallback.set(Some(url));
                status.set(Some(tx::COPY_FAILED));
            }
        });
    };
    // Puts the link in the fallback field once the field is in the page, and selects all of it.
    Effect::new(move |_| {
        if let (Some(url), Some(input)) = (fallback.get(), field.get()) {
            input.set_value(&url);
            let _ = input.focus();
            input.select();
        }
    });
    // The QR code on show, while the plan is still the one it encodes.
    let current = move || qr.get().filter(|shown| shown.state == app.page_state());
    let toggle_qr = move |_| {
        if current().is_some() {
            qr.set(None);
        } else {
            qr.set(Some(Shown { state: app.page_state(), code: qr_path(&page_link(app)) }));
        }
    };
    let save = move |_| {
        status.set(None);
        image::save(app, move |ok| status.set(Some(if ok { tx::IMAGE_SAVED } else { tx::IMAGE_FAILED })));
    };
    let say_now = move || status.get().map(|t| t.get(app.lang.get()).to_owned()).unwrap_or_default();

    view! {
        <section class="share-bar" aria-label=app.say(tx::SHARE_LABEL)>
            <div class="share-buttons">
                <button type="button" class="share-copy" on:click=copy>{app.say(tx::COPY_LINK)}</button>
                <button
                    type="button"
                    class="share-qr"
                    aria-expanded=move || if current().is_some() { "true" } else { "false" }
                    aria-controls="share-qr-code"
                    on:click=toggle_qr
                >
                    {app.say(tx::SHOW_QR)}
                </button>
                <button type="button" class="share-image" on:click=save>{app.say(tx::SAVE_IMAGE)}</button>
            </div>
            <p class="share-status" role="status">{say_now}</p>
            {move || fallback.with(Option::is_some).then(|| view! {
                <input
                    node_ref=field
                    class="share-link-field"
                    type="text"
                    readonly=true
                    aria-label=app.say(tx::LINK_FIELD)
                />
            })}
            <div id="share-qr-code" class="share-qr-code">
                {move || current().map(|shown| match shown.code {
                    Some(code) => qr_svg(code, app.say(tx::QR_ALT)).into_any(),
                    None => view! { <p>{app.say(tx::QR_TOO_LONG)}</p> }.into_any(),
                })}
            </div>
        </section>
    }
}

/// The QR code as an inline SVG image: dark modules on a light square (colours from the stylesheet).
fn qr_svg(code: QrPath, alt: impl Fn() -> String + Send + Sync + Clone + 'static) -> impl IntoView {
    let side = code.side;
    view! {
        <svg
            class="qr"
            role="img"
            aria-label=alt
            viewBox=format!("0 0 {side} {side}")
            shape-rendering="crispEdges"
        >
            <rect class="qr-light" width=side height=side></rect>
            <path class="qr-dark" d=code.d></path>
        </svg>
    }
}
