"""Custom folium elements for the event map, each one small class, one template and declared assets
(the shape of folium's own ``Timeline``). Data reaches the templates only through :func:`geo.escape.js`.

No article text is ever template source. branca's ``MacroElement.render`` wraps each macro's output in
a new ``Element``, which parses it as a Jinja template again: text such as ``{{ 7*191 }}`` in a quote
would be evaluated on the server. Every element here derives from :class:`MapElement`, whose render
adds its rendered macros as :class:`Rendered` text that is never parsed again; and :func:`geo.escape.js`
leaves no brace in data besides, so a re-parse elsewhere would find nothing to evaluate.

- :class:`EventTimeline` — a ``L.timeline`` whose visible events are shown as clustered markers;
- :class:`OfflineBasemap` — country borders fetched from the app's static files (no tile server);
- :class:`StartView` — after the slider exists: set its date and open the focused event's popup;
- :class:`HtmlControl`, :class:`MapStyle` — the legend and the stylesheet.
"""

from __future__ import annotations

from typing import Any

from branca.element import Element, Figure, MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from geo import escape

MARKERCLUSTER = "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/"


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

    def render(self, **kwargs: Any) -> None:
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


class EventTimeline(JSCSSMixin, MapElement):
    """Events on a time slider. ``data`` is a list of compact events: ``id``, ``ll`` ([lat, lon]),
    ``s``/``e`` (visible interval, ms since epoch, inclusive), ``c`` (CSS classes), and the escaped
    HTML pieces ``p`` (place), ``d`` (date in words), ``q`` (quote, mention marked), ``x`` (the
    "corrected by" line, only on corrected events) and ``r`` (index into ``sources``, escaped source
    lines). Popups and tooltips join these pieces with fixed markup (the same as
    :func:`geo.popup.event_html`), so no text is sent twice.

    leaflet.timeline re-creates every visible feature on each step and diffs with a quadratic loop;
    here markers are created once, on first show, and the diff is a set difference applied to a
    MarkerClusterGroup in bulk, so moving the slider stays fast with thousands of events.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }}_sources = {{ this.sources_js }};
        var {{ this.get_name() }}_group = L.markerClusterGroup({{ this.cluster_js }});
        {{ this.get_name() }}_group.addTo({{ this._parent.get_name() }});
        var {{ this.get_name() }} = L.timeline({"type": "FeatureCollection", "features": {{ this.data_js }}}, {
            getInterval: function (ev) { return {start: ev.s, end: ev.e}; }
        });
        (function (tl, group, sources) {
            // A div icon that carries its event id (data-event), for tests and scripts.
            var EventIcon = L.DivIcon.extend({createIcon: function (old) {
                var el = L.DivIcon.prototype.createIcon.call(this, old);
                el.setAttribute("data-event", this.options.eventId);
                return el;
            }});
            tl._cache = {};
            tl._shown = {};
            tl.markerFor = function (ev) {
                var m = tl._cache[ev.id];
                if (!m) {
                    m = L.marker(ev.ll, {icon: new EventIcon({className: "ev " + ev.c, iconSize: [16, 16],
                                                               eventId: ev.id})});
                    // The hidden "|ev=<id>" is how a click tells the app which event it was:
                    // st_folium returns the clicked marker's tooltip text.
                    m.bindTooltip("<b>" + ev.p + "</b> · " + ev.d.split(",")[0]
                                  + "<span hidden>|ev=" + ev.id + "</span>", {direction: "top", offset: [0, -6]});
                    m.bindPopup(function () {
                        return '<div class="ev-place">' + ev.p + '</div><div class="ev-date">' + ev.d
                            + '</div><blockquote class="ev-quote">' + ev.q + "</blockquote>" + (ev.x || "")
                            + sources[ev.r];
                    }, {maxWidth: 360, minWidth: 240});
                    m.eventId = ev.id;
                    tl._cache[ev.id] = m;
                }
                return m;
            };
            tl.updateDisplayedLayers = function () {
                var now = this.ranges.lookup(this.time), next = {}, add = [], drop = [], id;
                for (var i = 0; i < now.length; i++) {
                    next[now[i].id] = true;
                    if (!this._shown[now[i].id]) { add.push(this.markerFor(now[i])); }
                }
                for (id in this._shown) { if (!next[id]) { drop.push(this._cache[id]); } }
                this._shown = next;
                if (drop.length) { group.removeLayers(drop); }
                if (add.length) { group.addLayers(add); }
                this.shownCount = now.length;
            };
        })({{ this.get_name() }}, {{ this.get_name() }}_group, {{ this.get_name() }}_sources);
        {% endmacro %}
        """
    )

    default_js = [  # noqa: RUF012 (folium's convention: class-level asset lists)
        (
            "timeline",
            "https://cdn.jsdelivr.net/npm/leaflet.timeline@1.6.0/dist/leaflet.timeline.min.js",
        ),
        ("markerclusterjs", MARKERCLUSTER + "leaflet.markercluster.js"),
    ]
    default_css = [  # noqa: RUF012
        ("markerclustercss", MARKERCLUSTER + "MarkerCluster.css"),
        ("markerclusterdefaultcss", MARKERCLUSTER + "MarkerCluster.Default.css"),
    ]

    def __init__(self, data: list[dict[str, Any]], sources: list[str], **cluster_options: Any):
        super().__init__()
        self._name = "EventTimeline"
        self.data_js = escape.js(data)
        self.sources_js = escape.js(sources)
        self.cluster_js = escape.js(cluster_options)


class OfflineBasemap(MapElement):
    """Country borders drawn from a GeoJSON file served by the app; listed in the layer control."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.featureGroup().addTo({{ this._parent.get_name() }});
        fetch({{ this.url_js }}).then(function (r) { return r.json(); }).then(function (data) {
            L.geoJSON(data, {interactive: false, style: {{ this.style_js }}}).addTo({{ this.get_name() }});
        }).catch(function (err) { console.warn("offline basemap not loaded", err); });
        {% endmacro %}
        """
    )

    def __init__(self, url: str, name: str = "Country borders (offline)"):
        super().__init__()
        self._name = "OfflineBasemap"
        self.layer_name = name  # folium.LayerControl reads layer_name, overlay and control
        self.overlay = True
        self.control = True
        self.show = True
        self.url_js = escape.js(url)
        self.style_js = escape.js({"color": "#8a8a8a", "weight": 1, "fillColor": "#f4f1ea", "fillOpacity": 1})


class StartView(MapElement):
    """Run after the slider exists: move it to ``time`` and open the ``focus`` event's popup."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (slider, tl, group, time, focus) {
            if (time !== null) { slider.setTime(time); }
            var m = focus && tl._cache[focus];
            function reveal(tries) {
                if (group._inZoomAnimation || group._map._animatingZoom) {  // wait for fitBounds
                    if (tries < 50) { setTimeout(function () { reveal(tries + 1); }, 100); }
                    return;
                }
                var parent = group.getVisibleParent(m), b = parent && parent.getBounds && parent.getBounds();
                if (parent === m) {
                    m.openPopup();
                } else if (b && b.getNorthEast().equals(b.getSouthWest())) {
                    // All of the cluster is at one place: fan it out rather than zoom to street level.
                    group.once("spiderfied", function () { m.openPopup(); });
                    parent.spiderfy();
                } else {
                    group.zoomToShowLayer(m, function () { m.openPopup(); });
                }
            }
            if (m) {
                // Close in on the event first (a country-wide view clusters whole regions together).
                group._map.setView(m.getLatLng(), Math.max(group._map.getZoom(), 7), {animate: false});
                setTimeout(function () { reveal(0); }, 0);
            }
            window.eventTimeline = tl;
        })({{ this.slider.get_name() }}, {{ this.timeline.get_name() }},
           {{ this.timeline.get_name() }}_group, {{ this.time_js }}, {{ this.focus_js }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        slider: Element,
        timeline: EventTimeline,
        time: int | None,
        focus: str | None,
    ):
        super().__init__()
        self._name = "StartView"
        self.slider, self.timeline = slider, timeline
        self.time_js, self.focus_js = escape.js(time), escape.js(focus)


class HtmlControl(MapElement):
    """A Leaflet control holding fixed HTML (the legend); the HTML arrives as a JS string literal."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: {{ this.position_js }}});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create("div");
            div.innerHTML = {{ this.html_js }};
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, html: str, position: str = "bottomright"):
        super().__init__()
        self._name = "HtmlControl"
        self.html_js, self.position_js = escape.js(html), escape.js(position)


class MapStyle(MapElement):
    """Stylesheet for markers, popups, legend and a legible slider date (folium puts it in the head)."""

    _template = Template("{% macro header(this, kwargs) %}<style>{{ this.css }}</style>{% endmacro %}")

    def __init__(self, css: str):
        super().__init__()
        self._name = "MapStyle"
        self.css = css
