/* Place names, rivers and lakes on the offline basemap (geo/maps/labels.py places these layers).
 *
 * Inlined into the map's script after events.js. The label files come from the app's own static
 * files (URLs from Python through geo.escape.js); names are set as text (textContent), never as HTML.
 *
 * Labels: rows [name, lat, lon, minZoom] sorted by zoom, then larger places first. On each move only
 * the rows inside the view whose zoom has come are considered, in that order, and a label is drawn
 * only when its box does not overlap one already placed (screen space), up to maxLabels.
 */
(function () {
  "use strict";

  var FONT = '12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif';
  var measure = document.createElement("canvas").getContext("2d");
  var widths = {};

  function textWidth(text, font) {
    var key = font + "|" + text;
    if (!(key in widths)) {
      measure.font = font;
      widths[key] = measure.measureText(text).width;
    }
    return widths[key];
  }

  var CSS =
    ".bm-lbl{position:absolute;left:0;top:0;white-space:nowrap;line-height:15px;color:#333;" +
    "text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff,0 0 4px #fff}" +
    ".bm-city{padding-left:11px;font:12px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}" +
    ".bm-city:before{content:'';position:absolute;left:1px;top:5px;width:5px;height:5px;" +
    "border-radius:50%;background:#555;border:1px solid #fff}" +
    ".bm-z1{font-weight:600;font-size:13px;color:#1f1f1f}.bm-z2{font-weight:600}" +
    ".bm-z4{font-size:11px;color:#444}.bm-z4:before{width:4px;height:4px;background:#777}" +
    ".bm-water{font:italic 11px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#2f6a9f}" +
    ".bm-sea{font-size:13px}";

  function addStyle() {
    if (!document.getElementById("bm-labels-css")) {
      var el = document.createElement("style");
      el.id = "bm-labels-css";
      el.textContent = CSS;
      document.head.appendChild(el);
    }
  }

  function pane(map, name, zIndex) {
    var p = map.getPane(name) || map.createPane(name);
    p.style.zIndex = zIndex;
    p.style.pointerEvents = "none";
    return p;
  }

  // After the map's first paint (markers first): the basemap's extras wait until the events are
  // drawn (conflictMap.whenDrawn), then for an idle moment.
  function later(fn) {
    function idle() {
      if (window.requestIdleCallback) {
        window.requestIdleCallback(fn, { timeout: 1500 });
      } else {
        setTimeout(fn, 300);
      }
    }
    var cm = window.conflictMap;
    if (cm && cm.whenDrawn) cm.whenDrawn(idle);
    else idle();
  }

  function getJSON(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) {
        throw new Error(url + ": HTTP " + r.status);
      }
      return r.json();
    });
  }

  // Font and class of a label by its kind: cities by their zoom tier, water names in italic blue.
  function look(row, isWater) {
    if (isWater) {
      var big = row[4] === "ocean" || row[4] === "sea" || row[4] === "gulf";
      return { cls: "bm-lbl bm-water" + (big ? " bm-sea" : ""), font: "italic " + (big ? "13px" : "11px") + FONT.slice(4) };
    }
    var z = row[3];
    if (z <= 4) {
      return { cls: "bm-lbl bm-city bm-z1", font: "600 13px" + FONT.slice(4) };
    }
    if (z <= 6) {
      return { cls: "bm-lbl bm-city bm-z2", font: "600 12px" + FONT.slice(4) };
    }
    if (z <= 8) {
      return { cls: "bm-lbl bm-city bm-z3", font: FONT };
    }
    return { cls: "bm-lbl bm-city bm-z4", font: "11px" + FONT.slice(4) };
  }

  // Rows and, by 1-degree cell ("lat,lon" floored), the indexes of the rows in it (ascending).
  function index(rows) {
    var cells = {};
    for (var i = 0; i < rows.length; i++) {
      var key = Math.floor(rows[i][1]) + "," + Math.floor(rows[i][2]);
      (cells[key] = cells[key] || []).push(i);
    }
    return { rows: rows, cells: cells };
  }

  var PlaceLabels = L.Layer.extend({
    initialize: function (urls, options) {
      this._urls = urls;
      this._options = options;
      this._major = index([]); // rows [name, lat, lon, minZoom], sorted by zoom then population
      this._minor = index([]); // the same, all of a higher zoom than any of _major
      this._water = [];
      this._minorLoaded = false;
      this.minorRows = 0; // rows of the later file loaded (for tests and the bench)
      this.shown = 0; // labels drawn now (for tests and the bench)
    },

    onAdd: function (map) {
      addStyle();
      this._container = L.DomUtil.create("div", "bm-labels leaflet-zoom-hide", pane(map, "basemapLabels", 450));
      map.on("moveend zoomend viewreset resize", this._update, this);
      this._update();
    },

    onRemove: function (map) {
      map.off("moveend zoomend viewreset resize", this._update, this);
      L.DomUtil.remove(this._container);
      this._container = null;
    },

    load: function (url, major) {
      var self = this;
      return getJSON(url)
        .then(function (data) {
          if (major) {
            self._major = index(data.places || []);
          } else {
            self._minor = index(data.places || []);
            self.minorRows = self._minor.rows.length;
          }
          if (major) {
            self._water = data.water || [];
          }
          self._update();
        })
        .catch(function (err) {
          console.warn("offline place names not loaded", err);
        });
    },

    _update: function () {
      var map = this._map;
      if (!map || !this._container) {
        return;
      }
      var zoom = map.getZoom();
      if (!this._minorLoaded && this._urls.minor && zoom >= this._options.minorFrom) {
        this._minorLoaded = true;
        this.load(this._urls.minor, false);
      }
      var bounds = map.getBounds().pad(0.05),
        size = map.getSize(),
        placed = [],
        frag = document.createDocumentFragment(),
        count = 0,
        max = this._options.maxLabels;

      function fits(box) {
        if (box[0] < 0 || box[1] < 0 || box[2] > size.x || box[3] > size.y) {
          return false;
        }
        for (var i = 0; i < placed.length; i++) {
          var b = placed[i];
          if (box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1]) {
            return false;
          }
        }
        return true;
      }

      function place(row, isWater) {
        if (row[3] > zoom || count >= max || !bounds.contains([row[1], row[2]])) {
          return;
        }
        var style = look(row, isWater),
          pt = map.latLngToContainerPoint([row[1], row[2]]),
          w = textWidth(row[0], style.font),
          h = 15,
          // a town's name stands right of its dot; a water name is centred on its point
          box = isWater
            ? [pt.x - w / 2 - 2, pt.y - h / 2, pt.x + w / 2 + 2, pt.y + h / 2]
            : [pt.x - 4, pt.y - h / 2, pt.x + 7 + w + 2, pt.y + h / 2];
        if (!fits(box)) {
          return;
        }
        placed.push(box);
        count += 1;
        var lp = map.containerPointToLayerPoint([box[0], box[1]]),
          el = document.createElement("div");
        el.className = style.cls;
        el.style.transform = "translate(" + Math.round(lp.x) + "px," + Math.round(lp.y) + "px)";
        el.textContent = row[0];
        el.setAttribute("data-zoom", row[3]);
        frag.appendChild(el);
      }

      var i;
      // Seas and oceans first (few, and at low zooms they name the view), then towns, then the rest.
      for (i = 0; i < this._water.length; i++) {
        if (this._water[i][3] <= 5) {
          place(this._water[i], true);
        }
      }
      [this._major, this._minor].forEach(function (idx) {
        var rows = idx.rows,
          j;
        var south = Math.floor(bounds.getSouth()),
          north = Math.floor(bounds.getNorth()),
          west = Math.floor(bounds.getWest()),
          east = Math.floor(bounds.getEast());
        if ((north - south + 1) * (east - west + 1) <= 200) {
          // A close view: only the rows of the 1-degree cells in view, in their sorted order.
          var picked = [];
          for (var la = south; la <= north; la++) {
            for (var lo = west; lo <= east; lo++) {
              var cell = idx.cells[la + "," + lo];
              if (cell) {
                picked.push.apply(picked, cell);
              }
            }
          }
          picked.sort(function (a, b) {
            return a - b;
          });
          for (j = 0; j < picked.length && count < max; j++) {
            if (rows[picked[j]][3] > zoom) {
              break;
            }
            place(rows[picked[j]], false);
          }
          return;
        }
        for (j = 0; j < rows.length && count < max; j++) {
          if (rows[j][3] > zoom) {
            break; // rows are sorted by zoom: none after this one is due
          }
          place(rows[j], false);
        }
      });
      for (i = 0; i < this._water.length; i++) {
        if (this._water[i][3] > 5) {
          place(this._water[i], true);
        }
      }
      this._container.replaceChildren(frag);
      this.shown = count;
    },
  });

  /* City, town and water names: urls {major, minor}; options {minorFrom, maxLabels}. */
  function placeLabels(map, urls, options) {
    var layer = new PlaceLabels(urls, options).addTo(map);
    later(function () {
      layer.load(urls.major, true);
    });
    window.conflictMap.labels = layer; // for tests and the bench
    return layer;
  }

  /* Rivers (lines) and lakes (fills) from a GeoJSON file, in a pane above the country fills and
   * below the labels and markers. */
  function waterLayer(map, url) {
    pane(map, "basemapWater", 410);
    var layer = L.featureGroup().addTo(map);
    later(function () {
      getJSON(url)
      .then(function (data) {
        L.geoJSON(data, {
          pane: "basemapWater",
          interactive: false,
          style: function (f) {
            return f.properties.k === "lake"
              ? { color: "#7fa7c9", weight: 0.8, fillColor: "#b7d0e6", fillOpacity: 1 }
              : { color: "#6f9fcf", weight: 1.3, opacity: 0.9 };
          },
        }).addTo(layer);
      })
      .catch(function (err) {
        console.warn("offline rivers and lakes not loaded", err);
      });
    });
    return layer;
  }

  window.conflictMap = window.conflictMap || {};
  window.conflictMap.placeLabels = placeLabels;
  window.conflictMap.waterLayer = waterLayer;
})();
