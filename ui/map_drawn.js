// Tells the app once the map beside it has drawn its events (st.components.v2; ui.maps.after_map):
// the page then draws the sidebar's filters, whose widgets took the browser's main thread and the
// server's static files from the map's frame while it loaded (0.6 s of the first marker). Fixed text:
// no data enters it.
export default function (component) {
  var MAP = 'iframe[title="streamlit_folium.st_folium"]',
    LONGEST = 4000, // ms: a map that never says it is ready (a script error) does not hide the filters
    start = Date.now(),
    timer = setInterval(check, 50);
  function drawn() {
    try {
      var frame = document.querySelector(MAP),
        tl = frame && frame.contentWindow && frame.contentWindow.eventTimeline;
      return !!(tl && tl.P);
    } catch (err) {
      return true; // a frame of another origin: nothing to wait for
    }
  }
  function check() {
    if (!drawn() && Date.now() - start < LONGEST) return;
    clearInterval(timer);
    // After the frame with the markers is painted.
    requestAnimationFrame(function () {
      setTimeout(function () {
        component.setTriggerValue("drawn", true);
      }, 0);
    });
  }
  return function () {
    clearInterval(timer);
  };
}
