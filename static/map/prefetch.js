/* The first of the map frame's scripts, loaded before Leaflet (geo.maps.eventmap puts it first in the
 * map's script list, st_folium loads that list one script after another): it starts fetching the
 * events' payload at once, and asks the browser to fetch the scripts and stylesheets the first marker
 * needs in parallel (link rel=preload), so that none of them waits for the one before it.
 *
 * Its own address says what: ?events=<the shared payload's URL>&preload=<URL>&preload=<URL>... (URLs
 * of the app's static files, set by Python). static/map/events.js fetches its payload and quotes
 * through conflictMapFetch.payload, which hands over the fetch started here.
 */
(function () {
  "use strict";

  /* A JSON file of the app's, from its gzipped twin (ui.maps writes both): sent as it is, where the
   * server would compress the JSON on every request. Anything amiss (no DecompressionStream, a proxy
   * that unzips it on the way): the JSON itself. */
  function fetchJson(url) {
    function plain() {
      return fetch(url).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status + " for " + url);
        return r.json();
      });
    }
    if (!window.DecompressionStream) return plain();
    return fetch(url + ".gz")
      .then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return new Response(r.body.pipeThrough(new DecompressionStream("gzip"))).json();
      })
      .catch(plain);
  }

  var started = {};
  window.conflictMapFetch = {
    /* The JSON at url: the fetch started here when it is that one, else a new one. */
    payload: function (url) {
      return started[url] || fetchJson(url);
    },
  };

  var me = document.currentScript,
    params;
  try {
    params = new URL(me.src, window.location.href).searchParams;
  } catch (err) {
    return; // no address to read: the map fetches its payload itself
  }
  var events = params.get("events");
  // Same origin only: the address is the app's, and nothing else is ever fetched from here.
  function own(url) {
    try {
      return new URL(url, window.location.href).origin === window.location.origin;
    } catch (err) {
      return false;
    }
  }
  if (events && own(events)) {
    started[events] = fetchJson(events);
    started[events].catch(function () {}); // reported where it is used (events.js)
  }
  params.getAll("preload").forEach(function (url) {
    var kind = /\.css$/.test(url) ? "style" : /\.js$/.test(url) ? "script" : null;
    if (!kind || !own(url)) return;
    var link = document.createElement("link");
    link.rel = "preload";
    link.as = kind;
    link.href = url;
    document.head.appendChild(link);
  });
})();
