/* The chart cards' 导出 / Export menus (components/ui/export_menu.py): a <details> of plain links to /export.
 *
 * - A menu's links come as one attribute (data-links: [[label, href, file name], …]) and become its <a> items
 *   the first time it opens (components/ui/export_menu.py `menu_links`): no Dash component per link.
 * - After a filter change the page's redraw writes every card's links into one holder (.export-links-data,
 *   data-links: {indicator: [href, file name, …]} in menu order); a menu takes its card's from there when it
 *   is opened or a link is clicked (components/ui/export_menu.py `links_data`).
 * - A click on a link fetches the file and saves it under the link's `download` name; a busy export (503) or
 *   a refused one says so in the card (.export-message, a status region), instead of a failed download.
 *   Without this script the links still work as plain downloads.
 * - Like a dropdown: one menu open at a time; a click elsewhere or Escape closes it (Escape returns focus to
 *   its button, and is not passed on to the card, which assets/a11y.js would close too).
 * - A chart's modebar PNG takes its name from the figure (layout.meta.file): the name the export menu gives it too.
 * Text lives in the layout (data-busy), never here: only components/core/i18n.py holds Chinese.
 */
(function () {
  "use strict";

  function closeMenus(except) {
    document.querySelectorAll("details.export-details[open]").forEach(function (menu) {
      if (menu !== except) { menu.removeAttribute("open"); }
    });
  }

  var parsed = {text: null, links: {}};

  function fill(menu) {
    // The menu's list and items from its data-links, once. The list is not in the layout (one Dash component
    // less per card, docs/performance.md §10); React renders the menu's summary only and leaves the list alone.
    var text = menu && menu.getAttribute("data-links");
    if (!text || menu.querySelector("a.export-link")) { return; }
    var items;
    try { items = JSON.parse(text); } catch (e) { return; }
    var list = menu.querySelector(".export-list");
    if (!list) {
      list = document.createElement("div");
      list.className = "dropdown-menu dropdown-menu-end show export-list";
      menu.appendChild(list);
    }
    items.forEach(function (item) {
      var a = document.createElement("a");
      a.className = "dropdown-item export-link";
      a.textContent = item[0];
      a.setAttribute("href", item[1]);
      a.setAttribute("download", item[2]);
      list.appendChild(a);
    });
  }

  function currentLinks(menu) {
    // The menu's links under the page's current filter (the layout's own until the first filter change).
    var holder = document.querySelector(".export-links-data");
    var text = holder && holder.getAttribute("data-links");
    if (!text || !menu) { return; }
    if (text !== parsed.text) {
      try { parsed = {text: text, links: JSON.parse(text)}; } catch (e) { return; }
    }
    var mine = parsed.links[menu.getAttribute("data-indicator")];
    if (!mine) { return; }
    menu.querySelectorAll("a.export-link").forEach(function (link, i) {
      if (mine[2 * i] && link.getAttribute("href") !== mine[2 * i]) {
        link.setAttribute("href", mine[2 * i]);
        link.setAttribute("download", mine[2 * i + 1]);
      }
    });
  }

  function say(holder, text) {
    var box = holder && holder.querySelector(".export-message");
    if (box) { box.textContent = text; }
  }

  function save(blob, name) {
    var url = URL.createObjectURL(blob);
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function fetchFile(link) {
    var holder = link.closest(".export-menu");
    var menu = link.closest("details");
    currentLinks(menu);
    say(holder, "");
    if (menu) {
      menu.removeAttribute("open");
      var summary = menu.querySelector("summary");
      if (summary) { summary.focus(); }
    }
    fetch(link.href, {credentials: "same-origin"}).then(function (response) {
      if (response.ok) {
        return response.blob().then(function (blob) { save(blob, link.getAttribute("download") || ""); });
      }
      return response.text().then(function (text) {
        say(holder, response.status === 503 && holder.getAttribute("data-busy") || text.trim());
      });
    }).catch(function () {
      say(holder, holder && holder.getAttribute("data-busy") || "");
    });
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!target.closest) { return; }
    var link = target.closest("a.export-link");
    if (link && event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      fetchFile(link);
      return;
    }
    closeMenus(target.closest("details.export-details"));
  });

  function fillAround(event) {
    // Before the menu opens (its button focused or pressed), so that Tab after Enter reaches its first item.
    var menu = event.target && event.target.closest && event.target.closest("details.export-details");
    if (menu) { fill(menu); }
  }
  document.addEventListener("focusin", fillAround);
  document.addEventListener("pointerdown", fillAround, true);

  document.addEventListener("toggle", function (event) {
    if (event.target.matches && event.target.matches("details.export-details[open]")) {
      fill(event.target);
      currentLinks(event.target);
      closeMenus(event.target);
    }
  }, true);

  // The modebar's PNG is named by its figure (layout.meta.file, components/core/figures.py `graph_config`): the
  // config names no file, so that it stays the same across filter changes (plotly rebuilds a plot whose config
  // changed, docs/performance.md §10.1), and plotly takes the graph's `fn` instead. Set before plotly's own click.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".modebar-btn");
    var graph = button && button.closest(".js-plotly-plot");
    var meta = graph && graph.layout && graph.layout.meta;
    if (meta && meta.file) { graph.fn = meta.file; }
  }, true);

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !event.target.closest) { return; }
    var menu = event.target.closest("details.export-details[open]");
    if (!menu) { return; }
    menu.removeAttribute("open");
    menu.querySelector("summary").focus();
    event.stopPropagation();
  }, true);
})();
