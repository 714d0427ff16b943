/* Small browser-side fixes that need no server call.
 *
 * - A year typed into the range slider's boxes applies on Enter, as it does when the box loses focus.
 * - The boxes get the labels the filter bar carries (data-label-from / data-label-to, from i18n.py).
 * - <html lang> follows the page language of the URL (zh-CN unless ?lang=en), and so does the tab title.
 * - Chart toolbars leave the Tab order (the card's export menu offers the same).
 * - A chart card is one Tab stop (its .chart-card-open button) until Enter or a click opens it
 *   (aria-expanded="true"); then its own controls are in the Tab order, and focus leaving the card or
 *   Escape closes it again. A mouse reaches every control as before.
 * Text lives in the layout (data attributes), never here: only components/core/i18n.py holds Chinese.
 */
(function () {
  "use strict";

  document.addEventListener("keydown", function (event) {
    var box = event.target;
    if (event.key !== "Enter" || !box || box.tagName !== "INPUT" || !box.closest(".filter-years-wrap, .filter-years")) {
      return;
    }
    // The slider commits a typed value on blur; Enter does the same, and the caret stays in the box.
    box.blur();
    window.setTimeout(function () { box.focus(); }, 0);
  }, true);

  // ---- chart cards: one Tab stop each until opened ---------------------------------------------
  var FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]";

  function cardToggle(card) { return card.querySelector(":scope > .chart-card-open"); }

  function syncCard(card) {
    // Closed: every control but the toggle leaves the Tab order (its own tabindex is kept to restore).
    var toggle = cardToggle(card);
    if (!toggle) { return; }
    var open = toggle.getAttribute("aria-expanded") === "true";
    card.querySelectorAll(FOCUSABLE).forEach(function (el) {
      if (el === toggle || el.classList.contains("modebar-btn")) { return; }
      if (!open && !el.hasAttribute("data-card-tab")) {
        el.setAttribute("data-card-tab", el.getAttribute("tabindex") || "");
        el.setAttribute("tabindex", "-1");
      } else if (open && el.hasAttribute("data-card-tab")) {
        var was = el.getAttribute("data-card-tab");
        if (was) { el.setAttribute("tabindex", was); } else { el.removeAttribute("tabindex"); }
        el.removeAttribute("data-card-tab");
      }
    });
    if (open) { card.setAttribute("data-open", ""); } else { card.removeAttribute("data-open"); }
  }

  function setCard(card, open) {
    var toggle = cardToggle(card);
    if (!toggle) { return; }
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    syncCard(card);
  }

  document.addEventListener("click", function (event) {
    var toggle = event.target.closest && event.target.closest(".chart-card-open");
    if (!toggle) { return; }
    var card = toggle.parentElement;
    var opening = toggle.getAttribute("aria-expanded") !== "true";
    setCard(card, opening);
    if (opening) {  // straight to the first control: Enter, then Tab through the card
      var first = [].find.call(card.querySelectorAll(FOCUSABLE), function (el) {
        return el !== toggle && !el.classList.contains("modebar-btn") && el.tabIndex >= 0 && el.getClientRects().length;
      });
      if (first) { first.focus(); }
    }
  });

  document.addEventListener("focusout", function (event) {
    var card = event.target.closest && event.target.closest(".chart-card[data-open]");
    if (card && !(event.relatedTarget && card.contains(event.relatedTarget))) { setCard(card, false); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !event.target.closest) { return; }
    var card = event.target.closest(".chart-card[data-open]");
    if (card && !event.target.closest(".dropdown-menu.show, details[open]")) {  // an open menu closes first
      setCard(card, false);
      cardToggle(card).focus();
    }
  });

  function pageLang() {
    return new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "zh-CN";
  }

  function tidy() {
    var lang = pageLang();
    // The chart toolbars (six buttons a chart, shown on hover) leave the Tab order: each card's export
    // menu offers the same images, so a keyboard reader passes a card in two stops, not eight.
    document.querySelectorAll(".modebar-btn:not([tabindex='-1'])").forEach(function (button) {
      button.setAttribute("tabindex", "-1");
    });
    document.querySelectorAll(".chart-card").forEach(syncCard);
    // The tab title in the page language (Dash Pages only knows one title per page).
    var main = document.querySelector("main[data-title]");
    if (main && document.title !== main.getAttribute("data-title")) { document.title = main.getAttribute("data-title"); }
    if (document.documentElement.getAttribute("lang") !== lang) {
      document.documentElement.setAttribute("lang", lang);
    }
    document.querySelectorAll("[data-label-from]").forEach(function (wrap) {
      // The year boxes, and the dropdown's own boxes; never the checkboxes of its options (they have their text).
      var boxes = wrap.querySelectorAll("input[type=number], input.dash-dropdown-focus-target, input.dash-dropdown-search");
      var names = [wrap.getAttribute("data-label-from"), wrap.getAttribute("data-label-to")];
      boxes.forEach(function (box, i) {
        var label = names[Math.min(i, 1)];
        if (label && box.getAttribute("aria-label") !== label) { box.setAttribute("aria-label", label); }
      });
      wrap.querySelectorAll("[role=slider], [role=progressbar]").forEach(function (handle, i) {
        var label = names[Math.min(i, 1)];
        if (label && handle.getAttribute("aria-label") !== label) { handle.setAttribute("aria-label", label); }
      });
      // Dash's dropdown keeps a focusable box hidden from assistive technology: show it (it has a label).
      wrap.querySelectorAll(".dash-dropdown-focus-target[aria-hidden]").forEach(function (box) {
        box.removeAttribute("aria-hidden");
      });
      // Its button is named by the count before the choices ("3 selected 河北…"): name it by what it shows.
      wrap.querySelectorAll("button.dash-dropdown[aria-labelledby]").forEach(function (button) {
        button.removeAttribute("aria-labelledby");
      });
      wrap.querySelectorAll("button.dash-dropdown").forEach(function (button) {
        var text = names[0] + " " + button.textContent.replace(/\s+/g, " ").trim();
        if (button.getAttribute("aria-label") !== text) { button.setAttribute("aria-label", text); }
      });
    });
  }

  var pending = false;
  new MutationObserver(function () {
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () { pending = false; tidy(); });
  }).observe(document.documentElement, {childList: true, subtree: true, characterData: true, attributes: true,
                                         attributeFilter: ["aria-hidden", "aria-labelledby", "aria-label"]});
  tidy();
})();
