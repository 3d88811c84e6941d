/* The event map's behaviour in the browser: the layers and controls geo/maps/elements.py places.
 *
 * Loaded (inlined) into the map's script before the elements that call it. Every value it receives
 * comes from Python as JSON (geo.escape.js); HTML pieces (popups, source lines) are escaped there,
 * rendered once by geo/maps/popup.py, and only joined here.
 */
(function () {
  "use strict";

  // A div icon that carries its event id (data-event), for tests and scripts.
  var EventIcon = L.DivIcon.extend({
    createIcon: function (old) {
      var el = L.DivIcon.prototype.createIcon.call(this, old);
      el.setAttribute("data-event", this.options.eventId);
      return el;
    },
  });

  /* Events on a time slider, shown as clustered markers.
   * data: compact events {id, ll: [lat, lon], s, e (visible interval, ms), c (CSS classes),
   *       p (place, escaped), t (short date, escaped), h (popup body HTML), r (source index)};
   * sources: escaped source lines; cluster: MarkerClusterGroup options.
   *
   * leaflet.timeline re-creates every visible feature on each step and diffs with a quadratic loop;
   * here markers are made once, on first show, and the diff is a set difference applied to the
   * cluster group in bulk, so moving the slider stays fast with thousands of events. */
  function eventTimeline(map, data, sources, cluster) {
    var group = L.markerClusterGroup(cluster).addTo(map);
    var tl = L.timeline(
      { type: "FeatureCollection", features: data },
      {
        getInterval: function (ev) {
          return { start: ev.s, end: ev.e };
        },
      }
    );
    tl.group = group;
    tl._cache = {};
    tl._shown = {};
    tl.markerFor = function (ev) {
      var m = tl._cache[ev.id];
      if (!m) {
        m = L.marker(ev.ll, {
          icon: new EventIcon({ className: "ev " + ev.c, iconSize: [16, 16], eventId: ev.id }),
        });
        // The hidden "|ev=<id>" is how a click tells the app which event it was: st_folium returns
        // the clicked marker's tooltip text.
        m.bindTooltip("<b>" + ev.p + "</b> · " + ev.t + "<span hidden>|ev=" + ev.id + "</span>", {
          direction: "top",
          offset: [0, -6],
        });
        m.bindPopup(
          function () {
            return ev.h + sources[ev.r];
          },
          { maxWidth: 360, minWidth: 240 }
        );
        m.eventId = ev.id;
        tl._cache[ev.id] = m;
      }
      return m;
    };
    tl.updateDisplayedLayers = function () {
      var now = this.ranges.lookup(this.time),
        next = {},
        add = [],
        drop = [],
        id;
      for (var i = 0; i < now.length; i++) {
        next[now[i].id] = true;
        if (!this._shown[now[i].id]) {
          add.push(this.markerFor(now[i]));
        }
      }
      for (id in this._shown) {
        if (!next[id]) {
          drop.push(this._cache[id]);
        }
      }
      this._shown = next;
      if (drop.length) {
        group.removeLayers(drop);
      }
      if (add.length) {
        group.addLayers(add);
      }
      this.shownCount = now.length;
    };
    return tl;
  }

  /* After the slider exists: move it to `time` (ms, or null) and open the `focus` event's popup. */
  function startView(slider, tl, time, focus) {
    var group = tl.group;
    if (time !== null) {
      slider.setTime(time);
    }
    var m = focus && tl._cache[focus];
    function reveal(tries) {
      if (group._inZoomAnimation || group._map._animatingZoom) {
        // wait for fitBounds
        if (tries < 50) {
          setTimeout(function () {
            reveal(tries + 1);
          }, 100);
        }
        return;
      }
      var parent = group.getVisibleParent(m),
        b = parent && parent.getBounds && parent.getBounds();
      if (parent === m) {
        m.openPopup();
      } else if (b && b.getNorthEast().equals(b.getSouthWest())) {
        // All of the cluster is at one place: fan it out rather than zoom to street level.
        group.once("spiderfied", function () {
          m.openPopup();
        });
        parent.spiderfy();
      } else {
        group.zoomToShowLayer(m, function () {
          m.openPopup();
        });
      }
    }
    if (m) {
      // Close in on the event first (a country-wide view clusters whole regions together).
      group._map.setView(m.getLatLng(), Math.max(group._map.getZoom(), 7), { animate: false });
      setTimeout(function () {
        reveal(0);
      }, 0);
    }
    window.eventTimeline = tl;
  }

  /* Country borders from a GeoJSON file the app serves (no tile server). */
  function offlineBasemap(map, url, style) {
    var layer = L.featureGroup().addTo(map);
    fetch(url)
      .then(function (r) {
        return r.json();
      })
      .then(function (data) {
        L.geoJSON(data, { interactive: false, style: style }).addTo(layer);
      })
      .catch(function (err) {
        console.warn("offline basemap not loaded", err);
      });
    return layer;
  }

  /* A control holding fixed HTML (the legend). */
  function htmlControl(map, html, position) {
    var control = L.control({ position: position });
    control.onAdd = function () {
      var div = L.DomUtil.create("div");
      div.innerHTML = html;
      return div;
    };
    return control.addTo(map);
  }

  window.conflictMap = {
    eventTimeline: eventTimeline,
    startView: startView,
    offlineBasemap: offlineBasemap,
    htmlControl: htmlControl,
  };
})();
