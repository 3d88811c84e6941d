"""Custom folium elements for the event map, each one small class, one template and declared assets
(the shape of folium's own ``Timeline``). Data reaches the templates only through :func:`geo.escape.js`;
their behaviour is JavaScript in ``static/map/events.js`` (:class:`MapScript` puts it in the map's
script, ahead of the elements that call it).

No article text is ever template source. branca's ``MacroElement.render`` wraps each macro's output in
a new ``Element``, which parses it as a Jinja template again: text such as ``{{ 7*191 }}`` in a quote
would be evaluated on the server. Every element here derives from :class:`MapElement`, whose render
adds its rendered macros as :class:`Rendered` text that is never parsed again; and :func:`geo.escape.js`
leaves no brace in data besides, so a re-parse elsewhere would find nothing to evaluate.

- :class:`MapScript` — the map's own JavaScript, from ``static/map/``;
- :class:`EventTimeline` — the events on our time control (``static/map/timecontrol.js``), shown as
  clustered markers, with the incident feed;
- :class:`OfflineBasemap` — country borders fetched from the app's static files (no tile server), a
  layer of the layer control;
- :class:`StartView` — last: the slider's date and window, the view, the focused event's popup;
- :class:`ShowEvents` — the same with the events' mask, apart from the map's script (a filter change);
- :class:`HtmlControl`, :class:`MapStyle` — the collapsible legend and the stylesheet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from branca.element import Element, Figure, MacroElement
from folium.elements import JSCSSMixin
from folium.map import Layer
from folium.template import Template

from geo import escape

MARKERCLUSTER = "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/"
SCRIPTS = Path(__file__).resolve().parents[2] / "static" / "map"


class Rendered(Element):
    """Text a template has already produced, rendered as is: never parsed as a template again."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "Rendered"
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class MapElement(MacroElement):
    """A macro element whose header, html and script macros are rendered once, with its data as data.

    The same as ``MacroElement.render``, except that the rendered macros are added to the figure as
    :class:`Rendered` text rather than as new templates (which branca would render a second time).
    """

    def render(self, **kwargs: Any) -> None:  # type: ignore[override]  # branca's returns nothing either
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError("a map element renders only inside a Figure")
        macros = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = macros.get(part)
            if macro is not None:
                getattr(figure, part).add_child(Rendered(macro(self, kwargs)), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)


class MapScript(MapElement):
    """The map's JavaScript (``static/map/<name>``), in the map's script before the elements that use
    it: no extra request, and it works wherever the map does (static serving on or off)."""

    _template = Template("{% macro script(this, kwargs) %}{{ this.code }}{% endmacro %}")

    def __init__(self, name: str = "events.js"):
        super().__init__()
        self._name = "MapScript"
        self.code = (SCRIPTS / name).read_text(encoding="utf-8")


class EventTimeline(JSCSSMixin, MapElement):
    """Events on the time control, shown as clustered markers, with the incident feed
    (``conflictMap.eventTimeline`` in ``static/map/events.js``). ``data`` is the compact payload of
    :func:`geo.maps.eventmap.compact_events` (every string in it already escaped)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = conflictMap.eventTimeline({{ this._parent.get_name() }},
            {{ this.data_js }}, {{ this.cluster_js }});
        {% endmacro %}
        """
    )

    default_js = [  # noqa: RUF012 (folium's convention: class-level asset lists)
        ("markerclusterjs", MARKERCLUSTER + "leaflet.markercluster.js"),
    ]
    default_css = [  # noqa: RUF012
        ("markerclustercss", MARKERCLUSTER + "MarkerCluster.css"),
        ("markerclusterdefaultcss", MARKERCLUSTER + "MarkerCluster.Default.css"),
    ]

    def __init__(self, data: dict[str, Any], **cluster_options: Any):
        super().__init__()
        self._name = "EventTimeline"
        self.data_js = escape.js(data)
        self.cluster_js = escape.js(cluster_options)


class OfflineBasemap(MapElement, Layer):
    """Country borders drawn from a GeoJSON file served by the app. A folium ``Layer`` (an overlay),
    so that ``folium.LayerControl`` lists it beside the online tiles and the analyst can switch it
    off under the tiles or back on; its script adds it to the map (MapElement's render, not Layer's)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = conflictMap.offlineBasemap({{ this._parent.get_name() }},
            {{ this.url_js }}, {{ this.style_js }});
        {% endmacro %}
        """
    )

    def __init__(self, url: str, name: str = "Country borders (offline)"):
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "OfflineBasemap"
        self.url_js = escape.js(url)
        self.style_js = escape.js({"color": "#8a8a8a", "weight": 1, "fillColor": "#f4f1ea", "fillOpacity": 1})


class StartView(MapElement):
    """Run last: set the slider's date and window, the view, and open the ``focus`` event's popup.
    ``view``: ``{t: day number or None, w: "all" or days, z, c: [lat, lon] or None, focus}``."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        conflictMap.startView({{ this.timeline.get_name() }}, {{ this.view_js }});
        {% endmacro %}
        """
    )

    def __init__(self, timeline: EventTimeline, view: dict[str, Any]):
        super().__init__()
        self._name = "StartView"
        self.timeline = timeline
        self.view_js = escape.js(view)


class ShowEvents(MapElement):
    """Which of the shared payload's events the map shows, and where the view starts: sent beside the
    map's script (st_folium's ``feature_group_to_add``), so that a filter change leaves the script,
    and so the map's frame, as they are (``conflictMap.showEvents`` in ``static/map/events.js``).
    ``events``: ``{keep, windows, bounds, legend}``; ``view`` as :class:`StartView`'s."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        conflictMap.showEvents(conflictMap.current, {{ this.events_js }});
        conflictMap.startView(conflictMap.current, {{ this.view_js }});
        {% endmacro %}
        """
    )

    def __init__(self, events: dict[str, Any], view: dict[str, Any]):
        super().__init__()
        self._name = "ShowEvents"
        self.events_js = escape.js(events)
        self.view_js = escape.js(view)


class HtmlControl(MapElement):
    """A collapsible Leaflet control holding fixed HTML (the legend) under a ``title`` button; the
    HTML arrives as a JS string literal. Collapsed from the start on a narrow map (a phone)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = conflictMap.htmlControl({{ this._parent.get_name() }},
            {{ this.html_js }}, {{ this.position_js }}, {{ this.title_js }});
        {% endmacro %}
        """
    )

    def __init__(self, html: str, position: str = "bottomright", title: str = "Legend"):
        super().__init__()
        self._name = "HtmlControl"
        self.html_js, self.position_js, self.title_js = escape.js(html), escape.js(position), escape.js(title)


class MapStyle(MapElement):
    """Stylesheet for markers, popups, legend and a legible slider date (folium puts it in the head)."""

    _template = Template("{% macro header(this, kwargs) %}<style>{{ this.css }}</style>{% endmacro %}")

    def __init__(self, css: str):
        super().__init__()
        self._name = "MapStyle"
        self.css = css
