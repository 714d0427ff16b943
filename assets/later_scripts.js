/* Scripts a page does not draw with, fetched once it is drawn.
 *
 * A page without charts (/data) leaves plotly.js out of its first load (app.py, page_scripts) and names
 * it in <meta name="jjj-later-scripts">. This fetches those scripts in order a few seconds after the page
 * has loaded, when the browser is idle (so they do not compete with the grid's first rows), or at once when
 * the reader presses a link (which may open a page with charts). Then plotly.js is in the
 * cache and in window.Plotly for the next page. If a chart is drawn before that, Dash's graph loads
 * plotly.js itself; the zh-CN locale queues itself in window.PlotlyLocales for whichever plotly.js arrives.
 */
(function () {
  "use strict";

  var meta = document.querySelector('meta[name="jjj-later-scripts"]');
  if (!meta || !meta.content) {
    return;
  }
  var started = false;
  function fetchAll() {
    if (started || window.Plotly) {
      return;
    }
    started = true;
    meta.content.split(" ").filter(Boolean).forEach(function (src) {
      var script = document.createElement("script");
      script.src = src;
      script.async = false; // run in the order given: plotly.js, then its locale
      document.head.appendChild(script);
    });
  }
  function whenIdle() {
    if (window.requestIdleCallback) {
      window.requestIdleCallback(fetchAll, {timeout: 3000});
    } else {
      window.setTimeout(fetchAll, 500);
    }
  }
  window.addEventListener("load", function () { window.setTimeout(whenIdle, 4000); });
  function onLink(event) {
    if (event.target && event.target.closest && event.target.closest("a[href]")) {
      fetchAll();
    }
  }
  document.addEventListener("pointerdown", onLink, true);
  document.addEventListener("keydown", onLink, true);
}());
