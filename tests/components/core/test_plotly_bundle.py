"""The page's plotly.js is a custom bundle (tools/plotly-bundle/): a trace type the figure factory draws but the
bundle lacks would leave an empty chart in the browser, with no error on the server."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
TRACE_TYPE = re.compile(r"""(?:type=|["']type["']:\s*)["'](?P<t>[a-z0-9]+)["']""")
NOT_TRACES = {"line", "rect", "circle", "path", "linear", "log", "date", "category", "buttons", "dropdown"}


def test_every_trace_type_the_figures_draw_is_in_the_bundle():
    header = (ROOT / "assets" / "plotly-charts.min.js").read_text(encoding="utf-8")[:400]
    bundled = set(re.search(r"charts: ([a-z0-9, ]+) - minified", header).group(1).split(", "))
    drawn = {m["t"] for f in ("components/core/figures.py", "components/export/images.py")
             for m in TRACE_TYPE.finditer((ROOT / f).read_text(encoding="utf-8"))} - NOT_TRACES
    assert drawn and drawn <= bundled, drawn - bundled


def test_the_page_loads_one_plotly_bundle_before_its_locale():
    scripts = sorted(p.name for p in (ROOT / "assets").glob("plotly-*.js"))
    assert scripts == ["plotly-charts.min.js", "plotly-locale-zh-cn.js"]  # Dash loads assets in name order
