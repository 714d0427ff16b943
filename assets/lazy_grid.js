/* AG Grid's bundle only where a grid is drawn.
 *
 * The server leaves dash-ag-grid's 1.3 MB bundle out of pages without a grid (app.py, page_scripts) and
 * names it in <meta name="jjj-grid-script">. On such a page this script stands in for the bundle: if the
 * reader then opens a page with a grid inside the app (no page load), the stand-in's AgGrid fetches the
 * bundle once (a same-origin script, allowed by the CSP's 'self') and renders the real grid with the same
 * props. Dash waits for it before running the grid's callbacks (_dashprivate_isLazyComponentReady, as for
 * Dash's own lazy components). Pages that carry the bundle never use the stand-in.
 */
(function () {
  "use strict";

  if (window.dash_ag_grid) {
    return; // the page loaded the real bundle
  }
  var meta = document.querySelector('meta[name="jjj-grid-script"]');
  if (!meta || !meta.content) {
    return;
  }
  var stub = {};
  var Real = null;
  var loading = null;

  function load() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = meta.content;
        script.async = true;
        script.onload = function () {
          var real = window.dash_ag_grid;
          Real = real.AgGrid;
          // Keep the stand-in as the namespace Dash resolves, so a grid is never remounted when the
          // bundle arrives; everything else the bundle exports (getApi, …) is reachable through it.
          Object.keys(real).forEach(function (key) {
            if (key !== "AgGrid") {
              stub[key] = real[key];
            }
          });
          window.dash_ag_grid = stub;
          resolve(Real);
        };
        script.onerror = function () {
          loading = null;
          reject(new Error("AG Grid's script did not load"));
        };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function LazyAgGrid(props) {
    var React = window.React;
    var state = React.useState(function () { return Real; });
    var Component = state[0];
    var setComponent = state[1];
    React.useEffect(function () {
      if (!Component) {
        load().then(function (found) { setComponent(function () { return found; }); });
      }
    }, []);
    if (Component) {
      return React.createElement(Component, props);
    }
    return React.createElement("div", {id: props.id, className: props.className, style: props.style});
  }

  Object.defineProperty(LazyAgGrid, "_dashprivate_isLazyComponentReady", {
    get: function () {
      return load().then(function (found) { return found._dashprivate_isLazyComponentReady || true; });
    },
  });

  stub.AgGrid = LazyAgGrid;
  window.dash_ag_grid = stub;
}());
