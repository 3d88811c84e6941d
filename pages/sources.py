"""Sources: each article with its metadata and text, place and date mentions marked, and its events
with links to the map at that event."""

from __future__ import annotations

from collections import defaultdict

import streamlit as st

from geo import escape, filters
from geo.maps import popup
from geo.vocab import NO_SOURCE, event_properties, source_label
from ui import data, details, shell
from ui import view as ui_view

shell.through_app()

features = data.events()
view = ui_view.current_view(features, "sources")
shown = filters.apply(features, view)

by_source: dict[str, list[dict]] = defaultdict(list)
for f in shown:
    by_source[str((event_properties(f).get("source") or NO_SOURCE).get("id"))].append(f)
articles = [a for a in data.articles() if not view.sources or a.id in view.sources]
if view.places or view.query or view.start or view.end or view.text_dated_only:
    articles = [a for a in articles if by_source.get(a.id)]

st.markdown("#### Sources")
st.caption(
    f"{len(articles)} articles. Place mentions are marked in yellow, date mentions in blue; "
    "each event links to the map at that event."
)


def spans(events: list[dict]) -> list[tuple[int, int, str]]:
    """Place mentions, and the date words of each text-dated event found in its sentence."""
    out = []
    for f in events:
        p = event_properties(f)
        out.append((int(p["mention_start"]), int(p["mention_end"]), "place"))
        words, excerpt = p.get("date_text"), p.get("excerpt") or ""
        if words and p.get("date_basis") == "text" and words in excerpt:
            at = int(p["excerpt_start"]) + excerpt.index(words)
            out.append((at, at + len(words), "date"))
    return sorted(set(out))


for article in articles:
    events = by_source.get(article.id, [])
    # An expander's label reads Markdown (images, links): the title and publisher are article text.
    label = escape.markdown(
        f"{source_label(article.publisher, article.title, article.id)} ({len(events)} events)"
    )
    with st.expander(label, expanded=len(articles) == 1):
        st.html(
            details.CSS
            + f'<div class="art-meta"><b>{escape.html(article.title)}</b><br>'
            + details.published_by(article.publisher, article.published)
            + (
                f' — <a href="{escape.url(article.url)}" target="_blank" rel="noopener noreferrer">'
                f"{escape.html(article.url)}</a>"
                if escape.url(article.url)
                else ""
            )
            + f"<br><small>{escape.html(article.published_basis)}</small></div>"
        )
        st.html(
            details.CSS
            + '<div class="art" style="white-space:pre-wrap;line-height:1.55">'
            + escape.highlight(article.text, spans(events))
            + "</div>"
        )
        st.markdown("**Events**" if events else "_No events in the current view._")
        for f in sorted(events, key=lambda f: str(event_properties(f).get("date_start") or "")):
            p = event_properties(f)
            target = filters.to_params(filters.View(event=str(f.get("id"))))
            label = f"{p.get('place')} — {popup.date_words(p)}: “{p.get('mention')}”"
            st.page_link(
                "pages/map.py",
                query_params=target,
                icon=":material/location_on:",
                label=escape.markdown(label),
            )

ui_view.sidebar(features, view)
