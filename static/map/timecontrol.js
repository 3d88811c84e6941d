/* The map's time control: a slider that moves by day over a histogram of events, play at a chosen
 * speed and next/previous through the change points (the days something starts or stops being
 * visible, from geo.maps.eventmap.change_points: stepping through them shows every event), a
 * trailing window, the date and how many events are visible and off screen. Keyboard, when the map
 * has focus: arrows step a day, shift+arrows and PageUp/PageDown step to change points, space plays.
 */
(function () {
  "use strict";

  var SPEEDS = [1, 2, 5, 10]; // change points per second
  var WINDOWS = [
    ["all", "cumulative"],
    ["1", "that day"],
    ["7", "last 7 days"],
    ["30", "last 30 days"],
    ["365", "last 365 days"],
  ];

  function timeControl(map, tl) {
    var control = L.control({ position: "bottomleft" }),
      ui = {},
      timer = null;

    function el(tag, cls, parent, attrs) {
      var e = L.DomUtil.create(tag, cls || "", parent);
      for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
      return e;
    }

    control.onAdd = function () {
      var div = el("div", "leaflet-control tc", null, { role: "group", "aria-label": "Time" });
      var row = el("div", "tc-row", div);
      ui.prev = el("button", "prev", row, { type: "button", title: "Previous change (PageUp)" });
      ui.prev.textContent = "«";
      ui.play = el("button", "play", row, { type: "button", title: "Play / pause (space)" });
      ui.play.textContent = "▶";
      ui.next = el("button", "next", row, { type: "button", title: "Next change (PageDown)" });
      ui.next.textContent = "»";
      ui.date = el("output", "time-text", row, { "aria-live": "polite" });
      ui.count = el("span", "tc-count", row);
      // "N off screen" takes the map to them (the count is rewritten on every change: one listener)
      L.DomEvent.on(ui.count, "click", function (e) {
        if (e.target.closest && e.target.closest(".tc-off")) tl.fitVisible();
      });
      ui.speed = el("select", "tc-speed", row, { title: "Play speed", "aria-label": "Play speed" });
      SPEEDS.forEach(function (s) {
        var o = el("option", "", ui.speed, { value: String(s) });
        o.textContent = s + "×/s";
      });
      ui.speed.value = "2";
      ui.window = el("select", "tc-window", row, { title: "Window", "aria-label": "Window" });
      var seen = {};
      WINDOWS.forEach(function (w) {
        seen[w[0]] = true;
        el("option", "", ui.window, { value: w[0] }).textContent = w[1];
      });
      Object.keys(tl.P.changes).forEach(function (k) {
        if (!seen[k]) el("option", "", ui.window, { value: k }).textContent = "last " + k + " days";
      });
      var hist = el("div", "tc-hist", div);
      ui.canvas = el("canvas", "tc-canvas", hist, { "aria-hidden": "true" });
      ui.slider = el("input", "time-slider", hist, {
        type: "range",
        min: String(tl.min),
        max: String(tl.max),
        step: "1",
        "aria-label": "Date",
      });
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      L.DomEvent.on(ui.slider, "input change", function () {
        stop();
        tl.setTime(parseInt(ui.slider.value, 10));
      });
      L.DomEvent.on(ui.prev, "click", function () {
        stop();
        step(-1);
      });
      L.DomEvent.on(ui.next, "click", function () {
        stop();
        step(1);
      });
      L.DomEvent.on(ui.play, "click", function () {
        timer ? stop() : play();
      });
      L.DomEvent.on(ui.speed, "change", function () {
        if (timer) {
          stop();
          play();
        }
      });
      L.DomEvent.on(ui.window, "change", function () {
        tl.setWindow(ui.window.value);
      });
      brush(ui.canvas);
      return div;
    };

    /* The next (dir 1) or previous (-1) change point from the slider's date, within the slider's range
     * (in a trailing window the last events leave it after the last day of the range: no stop there). */
    function changeFrom(t, dir) {
      var ch = tl.changes(),
        lo = 0,
        hi = ch.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (ch[mid] <= t) lo = mid + 1;
        else hi = mid;
      }
      // lo: first change point after t
      if (dir > 0) return lo < ch.length && ch[lo] <= tl.max ? ch[lo] : null;
      var j = lo - 1;
      while (j >= 0 && ch[j] >= t) j--;
      return j >= 0 && ch[j] >= tl.min ? ch[j] : null;
    }
    /* One change point on; false when there is none the slider can reach (play then stops). */
    function step(dir) {
      var t = changeFrom(tl.t, dir),
        before = tl.t;
      if (t === null) return false;
      tl.setTime(t);
      return tl.t !== before;
    }
    function play() {
      var ch = tl.changes();
      if (!ch.length) return;
      // From the start of the data when no event starts after the slider's date (where the map opens);
      // else from here.
      if (tl.t >= tl.lastStart || changeFrom(tl.t, 1) === null || tl.t < ch[0]) tl.setTime(ch[0]);
      ui.play.textContent = "❚❚"; // (U+23F8 is in no font Debian installs: an empty box)
      ui.play.classList.add("playing");
      timer = setInterval(function () {
        if (!step(1)) stop();
      }, 1000 / (parseInt(ui.speed.value, 10) || 2));
    }
    function stop() {
      if (timer) clearInterval(timer);
      timer = null;
      if (ui.play) {
        ui.play.textContent = "▶";
        ui.play.classList.remove("playing");
      }
    }

    /* Histogram of event starts per bin, the window shaded, the date marked. */
    var bins = null,
      binDays = 1;
    function histogram() {
      var c = ui.canvas,
        ratio = window.devicePixelRatio || 1,
        w = Math.max(50, c.clientWidth),
        h = c.clientHeight || 34;
      if (c.width !== Math.round(w * ratio)) {
        c.width = Math.round(w * ratio);
        c.height = Math.round(h * ratio);
        bins = null;
      }
      var span = tl.max - tl.min + 1,
        nb = Math.min(span, Math.floor(w / 3));
      if (!bins) {
        binDays = span / nb;
        bins = new Uint32Array(nb);
        for (var i = 0; i < tl.n; i++) bins[Math.min(nb - 1, Math.floor((tl.S[i] - tl.min) / binDays))]++;
      }
      var ctx = c.getContext("2d"),
        top = 1,
        x = function (d) {
          return ((d - tl.min) / span) * c.width;
        };
      ctx.clearRect(0, 0, c.width, c.height);
      var lo = tl.w === null ? tl.min : tl.t - tl.w + 1;
      ctx.fillStyle = "rgba(44,111,187,.15)";
      ctx.fillRect(x(lo), 0, Math.max(2, x(tl.t + 1) - x(lo)), c.height);
      for (var b = 0; b < bins.length; b++) if (bins[b] > top) top = bins[b];
      ctx.fillStyle = "#566573";
      var bw = c.width / bins.length;
      for (b = 0; b < bins.length; b++) {
        if (!bins[b]) continue;
        var bh = Math.max(2 * ratio, (Math.sqrt(bins[b]) / Math.sqrt(top)) * (c.height - 2));
        ctx.fillRect(b * bw, c.height - bh, Math.max(1, bw - 1), bh);
      }
      ctx.fillStyle = "#c0392b";
      ctx.fillRect(x(tl.t) - ratio, 0, 2 * ratio, c.height);
    }
    /* Click or drag on the histogram: the slider follows the pointer. */
    function brush(c) {
      var down = false;
      function at(e) {
        var r = c.getBoundingClientRect(),
          f = Math.max(0, Math.min(1, (e.clientX - r.left) / r.width));
        stop();
        tl.setTime(tl.min + Math.floor(f * (tl.max - tl.min + 1)));
      }
      c.addEventListener("pointerdown", function (e) {
        down = true;
        if (c.setPointerCapture) c.setPointerCapture(e.pointerId);
        at(e);
      });
      c.addEventListener("pointermove", function (e) {
        if (down) at(e);
      });
      c.addEventListener("pointerup", function () {
        down = false;
      });
    }

    /* Another set of events on the same map (a filter changed: conflictMap.showEvents): the slider's
     * range, the histogram's bins and the windows follow it. */
    control.reset = function () {
      bins = null;
      if (!ui.slider) return;
      ui.slider.min = String(tl.min);
      ui.slider.max = String(tl.max);
      Object.keys(tl.P.changes).forEach(function (k) {
        if (!ui.window.querySelector('option[value="' + k + '"]')) {
          el("option", "", ui.window, { value: k }).textContent = "last " + k + " days";
        }
      });
    };
    control.sync = function () {
      if (!ui.slider) return;
      ui.slider.value = String(tl.t);
      ui.date.textContent = tl.n ? window.conflictMap.dayWords(tl.t) : "no dated events";
      ui.date.setAttribute("data-day", window.conflictMap.dayString(tl.t));
      ui.count.innerHTML =
        "<b>" +
        tl.shownCount +
        "</b> event" +
        (tl.shownCount === 1 ? "" : "s") +
        " now" +
        (tl.offScreen
          ? ' · <button type="button" class="tc-off" title="Show every event of this moment">' +
            "<b>" +
            tl.offScreen +
            "</b> off screen</button>"
          : "");
      ui.window.value = tl.w === null ? "all" : String(tl.w);
      histogram();
    };
    control.play = play;
    control.stop = stop;
    control.step = step;
    control.addTo(map);
    // At the very bottom of its corner (Leaflet stacks new bottom controls on top).
    var corner = control.getContainer().parentNode;
    corner.appendChild(control.getContainer());
    tl.onChange(control.sync);
    map.on("resize", function () {
      bins = null;
      control.sync();
    });

    /* Keys, when the map (not a field) has focus. Leaflet's own keyboard pans with the arrows: the
     * left/right arrows are the time control's here, up/down and +/- still pan and zoom. */
    document.addEventListener(
      "keydown",
      function (e) {
        var tag = (e.target && e.target.tagName) || "";
        if (/^(INPUT|SELECT|TEXTAREA)$/.test(tag) || (e.target.closest && e.target.closest(".ev-feed"))) return;
        var k = e.key,
          done = true;
        // A button just pressed keeps the focus: the arrows still move the slider, space and Enter are
        // the button's own.
        if (tag === "BUTTON" && (k === " " || k === "Spacebar" || k === "Enter")) return;
        if ((k === "ArrowRight" || k === "ArrowLeft") && !e.shiftKey) {
          stop();
          tl.setTime(tl.t + (k === "ArrowRight" ? 1 : -1));
        } else if (k === "PageDown" || (k === "ArrowRight" && e.shiftKey)) {
          stop();
          step(1);
        } else if (k === "PageUp" || (k === "ArrowLeft" && e.shiftKey)) {
          stop();
          step(-1);
        } else if (k === " " || k === "Spacebar") {
          timer ? stop() : play();
        } else {
          done = false;
        }
        if (done) {
          e.preventDefault();
          e.stopPropagation();
        }
      },
      true
    );
    return control;
  }

  window.conflictMap.timeControl = timeControl;
})();
