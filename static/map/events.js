/* The event map's behaviour in the browser: the layers and controls geo/maps/elements.py places.
 *
 * Loaded (inlined) into the map's script before the elements that call it. Every value it receives
 * comes from Python as JSON (geo.escape.js); HTML pieces (places, dates, quotes, source lines) are
 * escaped there and only joined here, never parsed from user text.
 */
(function () {
  "use strict";

  var DAY = 86400000;

  function dayString(d) {
    return new Date(d * DAY).toISOString().slice(0, 10);
  }
  function dayWords(d) {
    return new Date(d * DAY).toLocaleDateString("en-GB", {
      timeZone: "UTC",
      day: "numeric",
      month: "long",
      year: "numeric",
    });
  }
  // Escaped HTML back to text (a textarea parses entities only, never markup): for the page's URL.
  function unescape(html) {
    var t = document.createElement("textarea");
    t.innerHTML = html;
    return t.value;
  }

  /* A marker that binds its tooltip and popup only when first drawn: with 100,000 events, most
   * markers live inside clusters and never need either. Its icon (one per look, shared) is marked
   * with its event id (data-event), for tests and scripts. */
  var EventMarker = L.Marker.extend({
    _initIcon: function () {
      L.Marker.prototype._initIcon.call(this);
      this._icon.setAttribute("data-event", this.eventId);
    },
    onAdd: function (map) {
      if (!this._evBound) {
        this._evBound = true;
        var tl = this._tl,
          i = this.eventIndex;
        // The hidden "|ev=<id>" is how a click tells the app which event it was: st_folium returns
        // the clicked marker's tooltip text (geo.maps.popup.event_id_from_tooltip).
        this.bindTooltip(tl.tooltipHtml(i), { direction: "top", offset: [0, -6] });
        this.bindPopup(
          function () {
            return tl.popupHtml(i);
          },
          { maxWidth: 360, minWidth: 240, autoPanPadding: [12, 12] }
        );
      }
      return L.Marker.prototype.onAdd.call(this, map);
    },
  });

  /* The payload of every event (geo.maps.payload), fetched once per page: kept on the page that
   * holds the map's frame (same origin), so that the new frame of a rebuilt map (a filter changed)
   * neither fetches nor parses it again. Only the latest payload is kept. The fetch itself is
   * static/map/prefetch.js's, the frame's first script: the events' payload is on its way before
   * Leaflet is loaded. */
  function sharedPayload(url, slot) {
    var cache,
      key = "__conflictMap" + slot,
      get = window.conflictMapFetch.payload;
    try {
      cache = window.parent[key];
      if (!cache || cache.url !== url) {
        cache = window.parent[key] = { url: url, data: get(url) };
      }
    } catch (err) {
      cache = { url: url, data: get(url) }; // a cross-origin parent: this frame only
    }
    return cache.data;
  }

  /* Change points for a window (geo.maps.eventmap.change_points): each start, and each last day an
   * event is visible (none when cumulative); sorted, unique. starts, ends: the events' first and last
   * days, each sorted (a merge per window instead of a sort). */
  function changePoints(starts, ends, w) {
    var out = [],
      i = 0,
      j = 0,
      last = NaN,
      m = w === null ? 0 : ends.length,
      d;
    while (i < starts.length || j < m) {
      if (j >= m || (i < starts.length && starts[i] <= ends[j] + w - 1)) d = starts[i++];
      else d = ends[j++] + w - 1;
      if (d !== last) out.push((last = d));
    }
    return out;
  }

  /* The events of a view: the rows of the shared payload P whose bit is set in keep (base64, null:
   * all), as a payload of their own, with the change points of each window computed here. */
  var COLUMNS = ["id", "lat", "lon", "s", "d", "ty", "gp", "km", "f", "pl", "dw", "dt", "gw", "ty2", "q", "src"];
  function subset(P, keep, windows) {
    var rows = [],
      i,
      n = P.id.length;
    if (keep) {
      var bits = atob(keep);
      for (i = 0; i < n; i++) if (bits.charCodeAt(i >> 3) & (1 << (i & 7))) rows.push(i);
    }
    var out = { strings: P.strings, sources: P.sources, fix: {}, changes: {}, rows: keep ? rows : null };
    if (!P.q) P.q = new Array(n); // the quotes come later (quotesArrived)
    if (!keep) {
      COLUMNS.forEach(function (c) {
        out[c] = P[c];
      });
      out.fix = P.fix;
    } else {
      COLUMNS.forEach(function (c) {
        var col = P[c],
          sub = new Array(rows.length);
        for (var j = 0; j < rows.length; j++) sub[j] = col[rows[j]];
        out[c] = sub;
      });
      for (var j = 0; j < rows.length; j++) if (P.fix[rows[j]]) out.fix[j] = P.fix[rows[j]];
    }
    var m = out.s.length,
      starts = new Int32Array(m),
      ends = new Int32Array(m);
    for (i = 0; i < m; i++) {
      starts[i] = out.s[i];
      ends[i] = out.s[i] + out.d[i];
    }
    starts.sort();
    ends.sort();
    // Each window's stops are worked out when first asked for (most views use one or two windows).
    windows.forEach(function (k) {
      var memo = null;
      Object.defineProperty(out.changes, k, {
        enumerable: true,
        get: function () {
          return memo || (memo = changePoints(starts, ends, k === "all" ? null : parseInt(k, 10)));
        },
      });
    });
    return out;
  }

  /* The quotes of the shared payload (Q.q), fetched once the markers are drawn: into the view's
   * payload, then the feed and an open popup are drawn again. */
  function quotesArrived(tl, Q, quiet) {
    var P = tl.P,
      rows = P.rows;
    for (var j = 0; j < P.q.length; j++) P.q[j] = Q.q[rows ? rows[j] : j];
    P.quotesIn = true;
    if (quiet) return;
    tl.fire();
    var open = tl.map._popup;
    if (open && open.isOpen() && open._source && open._source.eventId !== undefined) open.update();
  }

  /* Events over time as clustered markers. spec: the compact payload (geo.maps.eventmap.compact_events),
   * or {url, keep, windows}: the shared payload's address and which of its events to show. The
   * visible set is recomputed by a scan of typed arrays (about a millisecond for 100,000 events) and
   * applied to the cluster group as a difference, in bulk. The returned timeline is ready (and
   * window.eventTimeline set) once the payload is in; startView waits for it. */
  function eventTimeline(map, spec, cluster) {
    // The cluster group is on the map at once: st_folium listens for clicks on the map's layers as
    // they are when the script has run, and a marker's click reaches it through its group (the
    // groups of later views pass their clicks on to this one: showEvents).
    var tl = {
      map: map,
      ready: false,
      pending: null,
      cluster: cluster,
      group: L.markerClusterGroup(cluster).addTo(map),
      spec: spec,
      generation: 0,
    };
    tl.group0 = tl.group;
    window.conflictMap.current = tl;
    if (spec.url === undefined) {
      buildTimeline(tl, spec);
    } else {
      sharedPayload(spec.url, "Payload")
        .then(function (P) {
          mark("payload");
          tl.shared = P;
          // tl.spec: the set showEvents asked for meanwhile (else the script's own, or all).
          buildTimeline(tl, subset(P, tl.spec.keep, tl.spec.windows || ["all"]));
          return sharedPayload(spec.quotes, "Quotes");
        })
        .then(function (Q) {
          tl.quotes = Q;
          quotesArrived(tl, Q);
        })
        .catch(function (err) {
          console.error("events not loaded", err);
          drawn(); // the basemap waits no longer
        });
    }
    return tl;
  }

  /* Which of the shared payload's events the map shows (a filter changed), on the same map in the
   * same frame: the page sends this beside the map's script (st_folium's feature group), so that the
   * script stays the same and the frame, Leaflet, the basemap and the payload stay loaded. Each set
   * of events keeps its markers and cluster index (the last few sets), so going back to one (all the
   * events, after a search) only swaps layers. spec: {keep, windows, bounds, legend}. */
  var KEPT_VIEWS = 3;
  function showEvents(tl, spec) {
    if (spec.legend !== undefined && tl.map._evLegend && tl.map._evLegend.body) {
      tl.map._evLegend.body.innerHTML = spec.legend;
    }
    if (spec.bounds) {
      tl.map.fitBounds(spec.bounds, { padding: [30, 30], maxZoom: 7, animate: false });
    }
    if (!tl.ready) {
      // The payload is on its way: the first set is built with this one when it is in.
      tl.spec = L.extend({}, tl.spec, { keep: spec.keep, windows: spec.windows });
    } else if (tl.shared) {
      var key = (spec.keep || "") + "|" + (spec.windows || []).join(",");
      if (key !== tl.viewKey) tl.install(key, spec);
    }
  }

  /* One set of events on the map: its payload, day arrays, markers (made when first shown) and
   * cluster group; the timeline's functions work on the set installed (tl.install). */
  function viewState(tl, P, group) {
    var n = P.id.length,
      S = new Int32Array(n),
      E = new Int32Array(n),
      byId = {},
      lo = Infinity,
      hi = -Infinity,
      lastStart = -Infinity,
      i;
    for (i = 0; i < n; i++) {
      S[i] = P.s[i];
      E[i] = P.s[i] + P.d[i];
      byId[P.id[i]] = i;
      if (S[i] < lo) lo = S[i];
      if (E[i] > hi) hi = E[i];
      if (S[i] > lastStart) lastStart = S[i];
    }
    return {
      P: P,
      n: n,
      S: S,
      E: E,
      byId: byId,
      min: n ? lo : 0,
      max: n ? hi : 0,
      lastStart: n ? lastStart : 0, // the last day an event starts: play from here has nothing new
      shown: new Uint8Array(n),
      markers: new Array(n),
      group: group,
      areas: L.layerGroup(),
      areaCount: {},
      areaLayer: {},
    };
  }

  function buildTimeline(tl, P0) {
    var map = tl.map,
      icons = {},
      P,
      n,
      S,
      E,
      shown,
      markers,
      byId,
      group,
      areas,
      areaCount,
      areaLayer,
      views = {},
      order = [];
    var areaRenderer = L.canvas({ padding: 0.3 });
    L.extend(tl, {
      w: null, // null: cumulative, else days
      visibleIdx: [],
      shownCount: 0,
      offScreen: 0,
      listeners: [],
    });
    /* Put a set of events on the map in place of the one there (closure variables and the
     * timeline's fields follow it). */
    function use(v) {
      if (group && group !== v.group) {
        if (group._spiderfied) group._spiderfied._noanimationUnspiderfy();
        map.closePopup();
        map.removeLayer(group);
        map.removeLayer(areas);
      }
      P = v.P;
      n = v.n;
      S = v.S;
      E = v.E;
      shown = v.shown;
      markers = v.markers;
      byId = v.byId;
      group = v.group;
      areas = v.areas;
      areaCount = v.areaCount;
      areaLayer = v.areaLayer;
      if (!map.hasLayer(group)) map.addLayer(group);
      if (!map.hasLayer(areas)) map.addLayer(areas);
      L.extend(tl, {
        P: P,
        n: n,
        S: S,
        E: E,
        byId: byId,
        min: v.min,
        max: v.max,
        lastStart: v.lastStart,
        group: group,
      });
      if (tl.quotes && !P.quotesIn) quotesArrived(tl, tl.quotes, true);
    }
    tl.install = function (key, spec) {
      var v = views[key];
      if (!v) {
        var g = L.markerClusterGroup(tl.cluster);
        g.addEventParent(tl.group0); // its clicks reach st_folium's listener on the first group
        v = views[key] = viewState(tl, subset(tl.shared, spec.keep, spec.windows || ["all"]), g);
      }
      order = order.filter(function (k) {
        return k !== key;
      });
      order.push(key);
      tl.visibleIdx = []; // of the set before: the feed must not read them against this one
      tl.shownCount = 0;
      use(v);
      tl.viewKey = key;
      tl.generation += 1;
      while (order.length > KEPT_VIEWS) {
        var gone = order.shift();
        views[gone].group.clearLayers(); // off the map: its markers and index can go
        delete views[gone];
      }
      tl.t = Math.max(tl.min, Math.min(tl.max, tl.t));
      if (tl.control) {
        tl.control.reset();
        tl.control.sync();
      }
    };
    var first = viewState(tl, P0, tl.group);
    tl.viewKey = (tl.spec.keep || "") + "|" + (tl.spec.windows || []).join(",");
    views[tl.viewKey] = first;
    order.push(tl.viewKey);
    use(first);
    tl.t = n ? S[0] : 0;

    function str(k) {
      return P.strings[k];
    }
    tl.tooltipHtml = function (i) {
      return "<b>" + str(P.pl[i]) + "</b> · " + str(P.dt[i]) + "<span hidden>|ev=" + P.id[i] + "</span>";
    };
    /* The popup: the parts geo.maps.popup.PARTS lists, in its order, each from its escaped piece in
     * the payload (the panel beside the map renders the same parts in Python; a browser test checks
     * that every event reads the same in both). Only the type's colour swatch is the map's own. */
    tl.popupHtml = function (i) {
      var q = P.q[i] || ["…", "", ""], // "…": the quotes are on their way
        swatch =
          '<i class="ev ev-t' +
          P.ty[i] +
          '" style="display:inline-block;width:10px;height:10px;margin-right:5px"></i>';
      return (
        '<div class="ev-place">' +
        str(P.pl[i]) +
        '</div><div class="ev-type">' +
        swatch +
        str(P.ty2[i]) +
        '</div><div class="ev-date">' +
        str(P.dw[i]) +
        '</div><div class="ev-geo">' +
        str(P.gw[i]) +
        '</div><blockquote class="ev-quote">' +
        q[0] +
        (q[1] ? '<mark class="place">' + q[1] + "</mark>" : "") +
        q[2] +
        "</blockquote>" +
        (P.fix[i] || "") +
        P.sources[P.src[i]]
      );
    };
    // The feed's first words of the quote: cut at a space, so no HTML entity is ever cut in two.
    tl.leadHtml = function (i) {
      var q = P.q[i] || ["…", "", ""],
        text = q[0] + q[1] + q[2];
      if (text.length <= 110) return text;
      var cut = text.lastIndexOf(" ", 110);
      return text.slice(0, cut > 40 ? cut : 110).replace(/&[#\w]*$/, "") + "…";
    };
    tl.markerFor = function (i) {
      var m = markers[i];
      if (!m) {
        var cls = "ev ev-t" + P.ty[i];
        if (P.f[i] & 1) cls += " ev-pub";
        if (P.f[i] & 2) cls += " ev-fix";
        if (P.gp[i]) cls += " ev-area";
        if (P.ty[i] === 7) cls += " ev-bg";
        m = new EventMarker([P.lat[i], P.lon[i]], {
          icon: icons[cls] || (icons[cls] = L.divIcon({ className: cls, iconSize: [16, 16] })),
        });
        m._tl = tl;
        m.eventIndex = i;
        m.eventId = P.id[i];
        markers[i] = m;
      }
      return m;
    };
    tl.markerById = function (id) {
      var k = byId[id];
      return k === undefined ? null : tl.markerFor(k);
    };
    tl.isVisible = function (i, t, w) {
      return S[i] <= t && (w === null || E[i] >= t - w + 1);
    };
    function areaKey(i) {
      return P.lat[i] + "," + P.lon[i] + "," + P.km[i];
    }
    function areaAdd(i) {
      var k = areaKey(i);
      areaCount[k] = (areaCount[k] || 0) + 1;
      if (areaCount[k] === 1) {
        areaLayer[k] = L.circle([P.lat[i], P.lon[i]], {
          radius: P.km[i] * 1000,
          renderer: areaRenderer,
          interactive: false,
          color: "#5d6d7e",
          weight: 1,
          dashArray: "4 4",
          fillColor: "#5d6d7e",
          fillOpacity: 0.12,
        }).addTo(areas);
      }
    }
    function areaDrop(i) {
      var k = areaKey(i);
      areaCount[k] -= 1;
      if (!areaCount[k]) {
        areas.removeLayer(areaLayer[k]);
        delete areaLayer[k];
      }
    }
    // Frame the map on the events visible now ("3 off screen" pressed).
    tl.fitVisible = function () {
      var v = tl.visibleIdx,
        s = 90,
        w = 180,
        no = -90,
        e = -180;
      if (!v.length) return;
      for (var j = 0; j < v.length; j++) {
        s = Math.min(s, P.lat[v[j]]);
        no = Math.max(no, P.lat[v[j]]);
        w = Math.min(w, P.lon[v[j]]);
        e = Math.max(e, P.lon[v[j]]);
      }
      map.fitBounds(
        [
          [s, w],
          [no, e],
        ],
        { padding: [40, 40], maxZoom: 8 }
      );
    };
    tl.countOffScreen = function () {
      var b = map.getBounds(),
        s = b.getSouth(),
        w = b.getWest(),
        no = b.getNorth(),
        e = b.getEast(),
        off = 0,
        v = tl.visibleIdx,
        lat,
        lon;
      // Numbers, not LatLng objects (Leaflet's contains): no garbage for 100,000 events per step.
      for (var j = 0; j < v.length; j++) {
        lat = P.lat[v[j]];
        lon = P.lon[v[j]];
        if (lat < s || lat > no || lon < w || lon > e) off++;
      }
      tl.offScreen = off;
      return off;
    };
    tl.update = function () {
      var t = tl.t,
        w = tl.w,
        add = [],
        drop = [],
        vis = [];
      for (var i = 0; i < n; i++) {
        var v = S[i] <= t && (w === null || E[i] >= t - w + 1);
        if (v) vis.push(i);
        if (v !== (shown[i] === 1)) {
          shown[i] = v ? 1 : 0;
          if (v) {
            add.push(tl.markerFor(i));
            if (P.gp[i]) areaAdd(i);
          } else {
            drop.push(markers[i]);
            if (P.gp[i]) areaDrop(i);
          }
        }
      }
      tl.visibleIdx = vis;
      tl.shownCount = vis.length;
      // A fanned-out cluster folds back first: removing markers from it mid-fan loops the cluster
      // group for ever.
      if ((drop.length || add.length) && group._spiderfied) {
        map.closePopup();
        group._spiderfied._noanimationUnspiderfy();
      }
      if (drop.length) group.removeLayers(drop);
      if (add.length) group.addLayers(add);
      tl.countOffScreen();
      tl.fire();
    };
    tl.fire = function () {
      for (var j = 0; j < tl.listeners.length; j++) tl.listeners[j](tl);
    };
    tl.onChange = function (fn) {
      tl.listeners.push(fn);
    };
    tl.setTime = function (t) {
      t = Math.max(tl.min, Math.min(tl.max, Math.round(t)));
      if (t === tl.t && tl._started) return;
      tl.t = t;
      tl.update();
    };
    tl.setWindow = function (w) {
      tl.w = w === null || w === "all" ? null : parseInt(w, 10) || null;
      tl.update();
    };
    tl.changes = function () {
      return P.changes[tl.w === null ? "all" : String(tl.w)] || P.changes.all;
    };
    // The ids shown now (for tests and scripts).
    tl.visibleIds = function () {
      return tl.visibleIdx.map(function (i) {
        return P.id[i];
      });
    };
    tl.dayString = function () {
      return dayString(tl.t);
    };

    /* Open an event's popup: close in on it, fan out a cluster at one place (or zoom until it is
     * drawn), then click it as a user would, so that the page hears of it (st_folium). */
    tl.open = function (i, viaClick) {
      var m = tl.markerFor(i);
      if (!shown[i]) tl.setTime(S[i]);
      function act() {
        if (viaClick) {
          m.fire("click", { latlng: m.getLatLng(), originalEvent: null }, true);
        } else {
          m.openPopup();
        }
      }
      function reveal(tries) {
        if (group._inZoomAnimation || map._animatingZoom) {
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
          act();
        } else if (b && b.getNorthEast().equals(b.getSouthWest())) {
          // All of the cluster is at one place: fan it out rather than zoom to street level.
          group.once("spiderfied", act);
          parent.spiderfy();
        } else if (parent && tries < 50 && map.getZoom() < map.getMaxZoom()) {
          // Closer in, one step at a time (the cluster group's zoomToShowLayer can loop for ever when
          // a popup's autopan moves the map under it).
          map.setView(m.getLatLng(), Math.min(map.getMaxZoom(), map.getZoom() + 2), { animate: false });
          setTimeout(function () {
            reveal(tries + 1);
          }, 50);
        } else if (parent && parent.spiderfy) {
          group.once("spiderfied", act);
          parent.spiderfy();
        }
      }
      if (!map.getBounds().pad(-0.1).contains(m.getLatLng()) || map.getZoom() < 6) {
        map.setView(m.getLatLng(), Math.max(map.getZoom(), 7), { animate: false });
      }
      setTimeout(function () {
        reveal(0);
      }, 0);
    };

    // A move changes only what is off screen: the count under the slider, not the feed (rewriting it on
    // every move lost the reader's place and focus in it, and a click on it during a pan).
    map.on("moveend", function () {
      tl.countOffScreen();
      if (tl.control) tl.control.sync();
    });
    map.on("popupopen", function (e) {
      var src = e.popup._source;
      tl.openEvent = src && src.eventId !== undefined ? src.eventId : null;
      // After Leaflet (and the cluster group) have finished opening it: never re-enter their handlers.
      setTimeout(function () {
        if (e.popup.isOpen()) keepClear(map, e.popup);
      }, 0);
      writeUrl(tl);
    });
    map.on("popupclose", function () {
      tl.openEvent = null;
      writeUrl(tl);
    });
    map.on("moveend", function () {
      writeUrl(tl);
    });
    feedControl(map, tl);
    tl.control = window.conflictMap.timeControl(map, tl);
    tl.ready = true;
    if (tl.pending) startView(tl, tl.pending);
    window.eventTimeline = tl;
    return tl;
  }

  /* Nothing covers a popup: pan it clear of the controls in the corners and the time control
   * (Leaflet's autopan padding), cap its height to the room left, and fold the legend and the feed
   * away if the popup still overlaps them. */
  function keepClear(map, popup) {
    var box = map.getContainer().getBoundingClientRect();
    function extent(sel, edge) {
      var most = 0;
      map
        .getContainer()
        .querySelectorAll(sel)
        .forEach(function (el) {
          var r = el.getBoundingClientRect();
          if (r.width && r.height) {
            most = Math.max(most, edge === "top" ? r.bottom - box.top : box.bottom - r.top);
          }
        });
      return most;
    }
    function overlapping() {
      var p = popup.getElement();
      return p ? openBoxesOver(map, p) : [];
    }
    // Below the popup: the time control (and the scale) at the bottom of the map.
    function covered() {
      var p = popup.getElement(),
        tc = map.getContainer().querySelector(".tc");
      return !!(p && tc) && p.getBoundingClientRect().bottom > tc.getBoundingClientRect().top + 1;
    }
    // The popup's room between the controls of the top and bottom corners, where it is panned to.
    function fit() {
      var top = extent(".leaflet-top .leaflet-control", "top") + 10,
        bottom = extent(".leaflet-bottom .leaflet-control", "bottom") + 10;
      popup.options.autoPanPaddingTopLeft = L.point(12, top);
      popup.options.autoPanPaddingBottomRight = L.point(12, bottom);
      popup.options.maxHeight = Math.max(120, box.height - top - bottom - 40);
      popup.options.maxWidth = Math.max(160, Math.min(360, box.width - 60)); // a phone: the whole width
      popup.options.minWidth = Math.min(240, popup.options.maxWidth);
      popup.update(); // re-lays out and pans (Leaflet's update calls _adjustPan)
      return box.height - top - bottom;
    }
    overlapping().forEach(collapse);
    // With the legend and the feed folded, the top corners hold only buttons: keep the popup below them.
    // A tall open feed or legend leaves too little room for a quote: fold them too.
    if (fit() < MIN_POPUP_ROOM && openBoxes(map).length) {
      openBoxes(map).forEach(collapse);
      fit();
    }
    setTimeout(function () {
      if (!popup.isOpen()) return; // closed meanwhile: the legend and the feed stay as they are
      var over = overlapping();
      if (over.length || covered()) {
        (over.length ? over : openBoxes(map)).forEach(collapse);
        fit();
      }
    }, 300);
  }
  var MIN_POPUP_ROOM = 320; // px: a popup's place, type, date, a few lines of quote and the source

  /* The legend and the feed boxes open on the map; those of them that lie over the element ``el``. */
  function openBoxes(map) {
    return Array.prototype.slice.call(map.getContainer().querySelectorAll(".ev-box:not(.ev-collapsed)"));
  }
  function openBoxesOver(map, el) {
    var a = el.getBoundingClientRect();
    return openBoxes(map).filter(function (other) {
      var b = other.getBoundingClientRect();
      return other !== el && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    });
  }

  function collapse(box) {
    box.classList.add("ev-collapsed");
    var b = box.querySelector(".ev-toggle");
    if (b) b.setAttribute("aria-expanded", "false");
    if (box._retitle) box._retitle(); // its arrow folded, its title as it was
  }

  /* A collapsible box in a map corner: a title button and a body (legend, feed). */
  function box(map, cls, position, title, bodyHtml, onToggle, openFrom) {
    var control = L.control({ position: position });
    control.onAdd = function () {
      var div = L.DomUtil.create("div", "leaflet-control ev-box " + cls);
      var narrow = map.getSize().x < (openFrom || 500);
      if (narrow) div.classList.add("ev-collapsed");
      var button = L.DomUtil.create("button", "ev-toggle", div);
      button.type = "button";
      button.setAttribute("aria-expanded", narrow ? "false" : "true");
      var body = L.DomUtil.create("div", "ev-body", div);
      body.innerHTML = bodyHtml;
      var text = title;
      // The toggle's text: the arrow of the box's state and its title (the last one given).
      control.title = function (newText) {
        if (newText !== undefined) text = newText;
        button.textContent = (div.classList.contains("ev-collapsed") ? "▸ " : "▾ ") + text;
      };
      div._retitle = control.title;
      control.title();
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      L.DomEvent.on(button, "click", function () {
        div.classList.toggle("ev-collapsed");
        var open = !div.classList.contains("ev-collapsed");
        button.setAttribute("aria-expanded", String(open));
        control.title();
        if (onToggle) onToggle(open);
        if (open) openBoxesOver(map, div).forEach(collapse); // (on a narrow map they reach across)
      });
      control.div = div;
      control.body = body;
      return div;
    };
    return control.addTo(map);
  }

  /* The incident feed: the events visible now, newest first; a click opens the event's popup. */
  var FEED_MAX = 300;
  function feedControl(map, tl) {
    var control;
    function render() {
      var P = tl.P;
      if (!control || !control.div || control.div.classList.contains("ev-collapsed")) {
        if (control && control.title) control.title("Incidents (" + tl.shownCount + ")");
        return;
      }
      var v = tl.visibleIdx.slice().sort(function (a, b) {
        return tl.S[b] - tl.S[a] || tl.E[b] - tl.E[a] || a - b;
      });
      var html = [];
      for (var j = 0; j < v.length && j < FEED_MAX; j++) {
        var i = v[j];
        html.push(
          '<li tabindex="0" data-feed-event="' +
            P.id[i] +
            '" data-i="' +
            i +
            '"><i class="ev-t' +
            P.ty[i] +
            '"></i><span class="ev-fd">' +
            P.strings[P.dt[i]] +
            "</span> · <b>" +
            P.strings[P.pl[i]] +
            "</b> · " +
            P.strings[P.ty2[i]] +
            '<br><span class="ev-fq">' +
            tl.leadHtml(i) +
            "</span></li>"
        );
      }
      control.body.innerHTML =
        "<ol>" +
        html.join("") +
        "</ol>" +
        (v.length > FEED_MAX ? '<div class="ev-more">and ' + (v.length - FEED_MAX) + " more</div>" : "") +
        (v.length ? "" : '<div class="ev-more">No event at this moment.</div>');
      control.title("Incidents (" + tl.shownCount + ")");
    }
    control = box(map, "ev-feed", "topleft", "Incidents", "", render, 900);
    map.getContainer().style.setProperty("--map-h", map.getSize().y + "px");
    function pick(e) {
      var li = e.target.closest("li[data-i]");
      if (li) tl.open(parseInt(li.getAttribute("data-i"), 10), true);
    }
    control.body.addEventListener("click", pick);
    control.body.addEventListener("keydown", function (e) {
      if (e.key === "Enter") pick(e);
    });
    tl.onChange(render);
    tl.feed = control;
    return control;
  }

  /* Write the view into the page's own URL (t, w, z, c, event), keeping its other parameters and
   * adding no history entry. The map frame is the page's origin under st_folium; elsewhere this
   * quietly does nothing. */
  var urlTimer = null;
  function writeUrl(tl) {
    if (!tl._started) return;
    clearTimeout(urlTimer);
    urlTimer = setTimeout(function () {
      try {
        var win = window.parent,
          u = new URL(win.location.href),
          c = tl.map.getCenter();
        u.searchParams.set("t", dayString(tl.t));
        u.searchParams.set("w", tl.w === null ? "all" : String(tl.w));
        u.searchParams.set("z", String(tl.map.getZoom()));
        u.searchParams.set("c", c.lat.toFixed(4) + "," + c.lng.toFixed(4));
        if (tl.openEvent) {
          u.searchParams.set("event", unescape(tl.openEvent));
        } else {
          u.searchParams.delete("event");
        }
        if (u.href !== win.location.href) win.history.replaceState(win.history.state, "", u.href);
      } catch (err) {
        /* a cross-origin parent: the map works, the link just does not follow */
      }
    }, 120);
  }

  /* The map's milestones on the page's performance timeline (conflictMap:payload, :drawn, :borders),
   * where the bench and the tests read when each happened. */
  function mark(name) {
    if (window.performance && performance.mark) performance.mark("conflictMap:" + name);
  }

  /* Run fn once the first events are on the map: the country borders and the basemap's names and
   * water (labels.js) wait for it, so that their reading and drawing do not hold the first marker
   * back. A payload that fails, or a drawing that throws, ends the wait too (drawn); the timer is for
   * a fetch that never answers only: at 3 s it fired while 100,000 events were still being drawn,
   * and put half a second of borders and names before them. */
  var whenDrawnFns = [];
  function whenDrawn(fn) {
    var tl = window.conflictMap.current,
      done = false;
    function once() {
      if (!done) {
        done = true;
        fn();
      }
    }
    if (tl && tl.drawn) return once(); // else the timeline is on its way (later in the script)
    whenDrawnFns.push(once);
    setTimeout(once, 15000);
  }
  // At a moment the page has nothing else to do (a second at most): after the first paint and
  // whatever else was waiting for it (a test's or the bench's look at the markers, a click).
  function idle(fn) {
    if (window.requestIdleCallback) window.requestIdleCallback(fn, { timeout: 1000 });
    else setTimeout(fn, 0);
  }
  // The first events are drawn (or will not be): what waited for them runs after the next paint (a
  // task queued from the frame's requestAnimationFrame runs once the frame is out), each in a task of
  // its own, so that the markers are on screen first.
  function drawn() {
    var fns = whenDrawnFns.splice(0);
    function run() {
      fns.forEach(function (fn) {
        setTimeout(fn, 0);
      });
    }
    if (window.requestAnimationFrame) window.requestAnimationFrame(run);
    else run();
  }

  /* Last: the slider's date and window, the view, the focused event. view: {t, w, z, c, focus}. */
  function startView(tl, view) {
    if (!tl.ready) {
      tl.pending = view; // the payload is on its way: eventTimeline starts the view when it is in
      return;
    }
    var map = tl.map,
      focus = view.focus !== null && view.focus !== undefined ? tl.byId[view.focus] : undefined;
    tl.w = view.w === "all" || view.w === null ? null : parseInt(view.w, 10) || null;
    var t = view.t;
    if ((t === null || t === undefined) && focus !== undefined) t = tl.S[focus]; // the event's own day
    if (t === null || t === undefined) {
      // Where the data ends: with the default cumulative window, every event is on the map.
      var ch = tl.changes();
      t = ch.length ? ch[ch.length - 1] : tl.min;
    }
    t = Math.max(tl.min, Math.min(tl.max, t));
    if (focus !== undefined && !tl.isVisible(focus, t, tl.w)) t = tl.S[focus];
    tl.t = t;
    if (view.c) {
      map.setView(view.c, view.z || map.getZoom(), { animate: false });
    } else if (view.z) {
      map.setZoom(view.z, { animate: false });
    }
    tl.update();
    if (!tl.drawn) {
      tl.drawn = true;
      mark("drawn");
      drawn();
    }
    if (tl.control) tl.control.sync();
    if (focus !== undefined) tl.open(focus, false);
    setTimeout(function () {
      tl._started = true;
    }, 600);
  }

  /* Country borders from a GeoJSON file the app serves (no tile server). Fetched at once, but read
   * and drawn only once the first events are on the map (whenDrawn) and the page is idle: half a
   * megabyte of JSON made into SVG paths is a long task, which held the first marker back when it
   * came first. */
  function offlineBasemap(map, url, style) {
    var layer = L.featureGroup().addTo(map),
      response = fetch(url);
    response.catch(function () {}); // reported below
    whenDrawn(function () {
      idle(function () {
        response
          .then(function (r) {
            if (!r.ok) throw new Error("HTTP " + r.status + " for " + url);
            return r.json();
          })
          .then(function (data) {
            L.geoJSON(data, { interactive: false, style: style }).addTo(layer);
            mark("borders");
          })
          .catch(function (err) {
            console.warn("offline basemap not loaded", err);
          });
      });
    });
    return layer;
  }

  /* A collapsible control holding fixed HTML (the legend). */
  function htmlControl(map, html, position, title) {
    return (map._evLegend = box(map, "ev-legend", position, title || "Legend", html));
  }

  window.conflictMap = {
    eventTimeline: eventTimeline,
    showEvents: showEvents,
    startView: startView,
    whenDrawn: whenDrawn,
    offlineBasemap: offlineBasemap,
    htmlControl: htmlControl,
    dayString: dayString,
    dayWords: dayWords,
    box: box,
  };
})();
