/* Chart cards drawn when the reader scrolls near them.
 *
 * A theme or region page holds 20–30 charts; drawing them all before the first screen is usable costs
 * seconds of plotly work the reader may never scroll to. The server draws the first cards with the page
 * and gives the others a placeholder of the chart's height (components/ui/cards.py, `later`). When a
 * placeholder comes within a quarter screen of the viewport, this script clicks it (its n_clicks is the
 * input of the page's `draw_later` callback), which fills the card under the page's current filter.
 * Printing draws every card first, so a printed page is complete.
 */
(function () {
  "use strict";

  if (!("IntersectionObserver" in window)) {
    return;
  }
  var PLACEHOLDER = ".chart-placeholder";

  function draw(placeholder) {
    observer.unobserve(placeholder);
    if (!placeholder.hasAttribute("data-clicked")) {
      placeholder.setAttribute("data-clicked", "");
      placeholder.click();
    }
  }

  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) {
        draw(entry.target);
      }
    });
  }, {rootMargin: "25% 0px 25% 0px"});

  // Charts above a placeholder have no height until plotly has drawn them: watching before that would
  // draw every placeholder at once.
  function settling() {
    return [].some.call(document.querySelectorAll(".chart-graph"), function (g) {
      return !g.closest(".is-fact") && !g.querySelector(".main-svg");
    });
  }

  // New placeholders arrive whenever Dash renders a page; one scan per animation frame at most, however
  // many nodes plotly adds meanwhile.
  var scheduled = false;
  function scan() {
    scheduled = false;
    if (settling()) {
      scheduled = true;
      window.setTimeout(scan, 100);
      return;
    }
    document.querySelectorAll(PLACEHOLDER + ":not([data-watched])").forEach(function (el) {
      el.setAttribute("data-watched", "");
      observer.observe(el);
    });
  }
  new MutationObserver(function () {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(scan);
    }
  }).observe(document.documentElement, {childList: true, subtree: true});
  scan();

  window.addEventListener("beforeprint", function () {
    document.querySelectorAll(PLACEHOLDER).forEach(draw);
  });
})();
