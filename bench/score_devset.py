"""Score the extractor on the hand-labelled dev set (tests/devset/), per release genre.

    .venv/bin/python bench/score_devset.py            # both sets; misses and wrong rows of the main set only
    .venv/bin/python bench/score_devset.py --json     # the numbers only, as JSON
    .venv/bin/python bench/score_devset.py --quiet    # the tables only
    .venv/bin/python bench/score_devset.py --blank-lines --quiet   # the same releases, their paragraphs a blank line apart

Only the public entry point is used: `etl.extract.extract_release(path, catalog)` and its `.rows`
(catalogued) and, when the extractor has them, `.candidates` (uncatalogued figures). Anything else
about the extractor may change without breaking this script.

Matching (see tests/devset/README.md):
- an output row and a label match when they come from the same file, name the same region and year,
  and their values agree within a relative 1e-6 once both are converted to a base unit
  (万亿元 -> 元, 万家 -> 家, 成 -> %); the line is not compared (a figure repeated in a headline and in
  the body is one fact);
- a catalogued row must also carry the label's indicator; a candidate row matches only a label whose
  indicator is not in the catalogue (the candidate id is a phrase, so it is not compared);
- label ids that the catalogue later adopts under another name are mapped in tests/devset/aliases.csv.
Precision = output rows (catalogued and candidate together) that match a label / all output rows on
the labelled files. Core recall = core labels matched by at least one output row / core labels.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import traceback
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEVSET = ROOT / "tests" / "devset"
MAIN_LABELS = DEVSET / "labels.csv"
HELDOUT_LABELS = DEVSET / "heldout.csv"
ALIASES = DEVSET / "aliases.csv"
DEFAULT_SOURCES = ROOT.parent / "shared" / "sources"
REL_TOL = 1e-6

# Units, self-contained so the scorer does not depend on the extractor's unit code.
_MULT = [("万亿", Decimal(10) ** 12), ("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4), ("千", Decimal(1000)), ("百", Decimal(100))]
_BASE = {"成": ("%", Decimal(10)), "百分点": ("个百分点", Decimal(1)), "千米": ("公里", Decimal(1)),
         "家": ("个", Decimal(1)),   # a count: 4395家 units is 4395个 (the catalogue's unit), one fact
         "所": ("个", Decimal(1)),   # the same for institutions: 67所医疗机构 is 67家 (the catalogue's unit)
         "吨标煤": ("吨标准煤", Decimal(1)),   # tonnes of standard coal, short or long
         "标箱": ("标准箱", Decimal(1)), "TEU": ("标准箱", Decimal(1)), "μg/m³": ("微克/立方米", Decimal(1)), "ug/m3": ("微克/立方米", Decimal(1)),
         "微克每立方米": ("微克/立方米", Decimal(1))}  # the same concentration in words
_WHOLE = {"千米", "千瓦", "千瓦时", "百分点", "个百分点", "%", "‰", "倍"}  # words that start like a multiplier but are not one
# a unit written as a zh-Hant page writes it (億元, 萬美元, 棟) or in Latin letters (μg/m3): the same unit
_HANT = str.maketrans("億萬個項噸畝標準戶張臺條棟輛點區間種對時處頃車週屆筆隻艘鎮縣雙條級塊歲場組頭裏鐘顆層類樁線園館門員",
                      "亿万个项吨亩标准户张台条栋辆点区间种对时处顷车周届笔只艘镇县双条级块岁场组头里钟颗层类桩线园馆门员")
_LATIN = {"km": "公里", "hm2": "公顷", "hm²": "公顷", "人/年": "人年", "μg/m3": "微克/立方米", "µg/m3": "微克/立方米", "µg/m³": "微克/立方米", "ug/m³": "微克/立方米", "微克/m3": "微克/立方米"}


def base_value(value, unit: str | None) -> tuple[Decimal | None, str]:
    """(value in the base unit, base unit): 1.2 万亿元 -> (1.2e12, 元); 8 成 -> (80, %)."""
    try:
        v = Decimal(str(value))
    except (InvalidOperation, ValueError, TypeError):
        return None, str(unit)
    u = (unit or "").split("(")[0].split("（")[0].strip().translate(_HANT)
    u = _LATIN.get(u, u)
    if u in ("兆元", "兆美元"):  # a Taiwan or overseas paper's trillion (5.2兆元 is 5.2万亿元)
        u = "万亿" + u[1:]
    u = u.replace("公尺", "米").replace("平米", "平方米")  # a Taiwan paper's metre (万平方公尺); 平米 as spoken
    for latin, word in (("km2", "平方公里"), ("km²", "平方公里"), ("m3", "立方米"), ("m³", "立方米"), ("m2", "平方米"), ("m²", "平方米")):
        if u.endswith(latin) and "/" not in u:
            u = u[:-len(latin)] + word  # 亿m3: a water bulletin's cubic metres in Latin letters
            break
    if u == "/10万":
        u = "1/10万"  # a rate per 100,000 labelled as written after the number (4.34/10万)
    if u in _WHOLE:
        base, factor = _BASE.get(u, (u, Decimal(1)))
        return v * factor, base
    for _ in range(2):  # (千亿元: a thousand 亿元, two multipliers in a row)
        for word, mult in _MULT:
            if u == word:
                return v * mult, ""  # 70 万 (持卡人已近70万): a multiplier alone, whatever it counts
            if u.startswith(word) and len(u) > len(word) and u not in _WHOLE:
                v, u = v * mult, u[len(word):]
                break
        else:
            break
    base, factor = _BASE.get(u, (u, Decimal(1)))
    return v * factor, base


def same_amount(a, a_unit, b, b_unit) -> bool:
    va, ua = base_value(a, a_unit)
    vb, ub = base_value(b, b_unit)
    if va is None or vb is None:
        return False
    if ua != ub and ua and ub:
        return False
    if va == vb:
        return True
    return abs(va - vb) <= Decimal(str(REL_TOL)) * max(abs(va), abs(vb))


@dataclass
class Label:
    file: str
    line: int
    genre: str
    indicator: str
    region: str
    year: int
    value: str
    unit: str
    qualifier: str
    core: bool
    period_start: str = ""
    base_year: str = ""

    def short(self) -> str:
        return (f"{self.file}:{self.line} {self.indicator} {self.region} {self.year} "
                f"{self.value} {self.unit} ({self.qualifier}{', core' if self.core else ''})")


@dataclass
class Output:
    file: str
    kind: str            # row | candidate
    indicator: str       # catalogue id, or the candidate id
    region: str
    year: int | None
    value: object
    unit: str | None
    line: object = None
    quote: str = ""
    matched: list[Label] = field(default_factory=list)

    def short(self) -> str:
        q = (self.quote or "").replace("\n", " ")
        q = q if len(q) <= 60 else q[:57] + "..."
        return f"{self.file}:{self.line} [{self.kind}] {self.indicator} {self.region} {self.year} {self.value} {self.unit or ''}  «{q}»"


def read_labels(path: Path) -> list[Label]:
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            out.append(Label(file=rec["file"], line=int(rec["line"]), genre=rec["genre"], indicator=rec["indicator"],
                             region=rec["region"], year=int(rec["year"]), value=rec["value"], unit=rec["unit"],
                             qualifier=rec["qualifier"], core=rec["core"].strip() == "1",
                             period_start=rec.get("period_start", ""), base_year=rec.get("base_year", "")))
    return out


def read_aliases(path: Path = ALIASES) -> dict[tuple[str, str], str]:
    """(kind, devset id) -> catalogue id, kind is indicator or region."""
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as fh:
        return {(r["kind"], r["devset_id"]): r["catalog_id"] for r in csv.DictReader(fh) if not r["kind"].startswith("#")}


def _get(obj, key, default=None):
    if isinstance(obj, dict):
        return obj.get(key, default)
    return getattr(obj, key, default)


def _outputs(file: str, result, catalog) -> list[Output]:
    out = []
    for r in list(_get(result, "rows", None) or []):
        ind = _get(r, "indicator")
        unit = _get(r, "unit") or (catalog.indicators.get(ind, {}).get("unit") if catalog and ind else None)
        out.append(Output(file, "row", ind, _get(r, "region"), _year(_get(r, "year")), _get(r, "value"), unit,
                          _get(r, "line"), _get(r, "quote") or ""))
    for c in list(_get(result, "candidates", None) or []):
        out.append(Output(file, "candidate", _get(c, "candidate_id") or _get(c, "indicator") or "?", _get(c, "region"),
                          _year(_get(c, "year")), _get(c, "value"), _get(c, "unit"), _get(c, "line"), _get(c, "quote") or ""))
    return out


def _year(y):
    try:
        return int(y)
    except (TypeError, ValueError):
        return None


def load_extractor():
    """(extract_release, catalog) from the public API; the catalogue is loaded the way the build does."""
    from etl.extract import extract_release
    try:
        from etl.catalog import load_catalog
        catalog = load_catalog()
    except Exception:  # noqa: BLE001 - an extractor that loads its own catalogue still works
        catalog = None
    return extract_release, catalog


def run_extractor(files: list[str], sources: Path) -> tuple[dict[str, list[Output]], dict[str, str], object]:
    outputs, errors = {}, {}
    try:
        extract_release, catalog = load_extractor()
    except Exception as exc:  # noqa: BLE001 - an extractor that does not import is reported per file
        msg = f"extractor does not import: {type(exc).__name__}: {exc}"
        return {f: [] for f in set(files)}, {f: msg for f in sorted(set(files))}, None
    for f in sorted(set(files)):
        try:
            res = extract_release(sources / f, catalog)
            outputs[f] = _outputs(f, res, catalog)
        except Exception as exc:  # noqa: BLE001 - a crash on one release is reported, not fatal
            errors[f] = f"{type(exc).__name__}: {exc}"
            outputs[f] = []
    return outputs, errors, catalog


def matches(out: Output, lab: Label, catalogued: set[str], aliases: dict) -> bool:
    if out.file != lab.file or out.year != lab.year:
        return False
    if out.region != lab.region and out.region != aliases.get(("region", lab.region)):
        return False
    ind = aliases.get(("indicator", lab.indicator), lab.indicator)
    if out.kind == "row":
        if out.indicator != ind:
            return False
    elif ind in catalogued:
        return False
    unit = lab.unit
    return same_amount(out.value, out.unit, lab.value, unit) or (out.unit is None and same_amount(out.value, unit, lab.value, unit))


@dataclass
class Score:
    name: str
    labels: list[Label]
    outputs: list[Output]
    errors: dict[str, str]

    def _by_genre(self):
        genres = sorted({lab.genre for lab in self.labels})
        file_genre = {lab.file: lab.genre for lab in self.labels}
        return genres, file_genre

    def table(self) -> dict[str, dict]:
        genres, file_genre = self._by_genre()
        out = {}
        for g in [*genres, "ALL"]:
            labs = [lab for lab in self.labels if g in ("ALL", lab.genre)]
            outs = [o for o in self.outputs if g == "ALL" or file_genre.get(o.file) == g]
            core = [lab for lab in labs if lab.core]
            hit = [lab for lab in core if self.is_found(lab)]
            good = [o for o in outs if o.matched]
            out[g] = {
                "releases": len({lab.file for lab in labs}), "labels": len(labs), "core": len(core),
                "core_found": len(hit), "outputs": len(outs), "outputs_matched": len(good),
                "candidates": sum(o.kind == "candidate" for o in outs),
                "precision": (len(good) / len(outs)) if outs else None,
                "core_recall": (len(hit) / len(core)) if core else None,
                "all_recall": (sum(self.is_found(lab) for lab in labs) / len(labs)) if labs else None,
            }
        return out

    def is_found(self, lab: Label) -> bool:
        return any(lab is m for o in self.outputs if o.file == lab.file for m in o.matched)

    @property
    def precision(self) -> float | None:
        return self.table()["ALL"]["precision"]

    @property
    def core_recall(self) -> float | None:
        return self.table()["ALL"]["core_recall"]

    def misses(self) -> list[Label]:
        return [lab for lab in self.labels if lab.core and not self.is_found(lab)]

    def wrong(self) -> list[Output]:
        return [o for o in self.outputs if not o.matched]


def score(label_path: Path, sources: Path = DEFAULT_SOURCES, name: str | None = None,
          aliases: dict | None = None) -> Score:
    labels = read_labels(label_path)
    aliases = read_aliases() if aliases is None else aliases
    outputs, errors, catalog = run_extractor([lab.file for lab in labels], sources)
    catalogued = set(catalog.indicators) if catalog else set()
    by_file = defaultdict(list)
    for lab in labels:
        by_file[lab.file].append(lab)
    flat = []
    for f, outs in outputs.items():
        for o in outs:
            o.matched = [lab for lab in by_file[f] if matches(o, lab, catalogued, aliases)]
            flat.append(o)
    return Score(name or label_path.stem, labels, flat, errors)


def spaced_copy(files: list[str], sources: Path, into: Path) -> Path:
    """Copies of the labelled releases with a blank line after each line of text, front matter untouched: the layout
    of two in three of ../shared's releases, where each paragraph stands apart, for sets written a paragraph a line
    with none between (the outside sets). Labels need no change: matching does not compare lines."""
    into.mkdir(parents=True, exist_ok=True)
    for name in sorted(set(files)):
        lines = (sources / name).read_text(encoding="utf-8").split("\n")
        closing = next(i for i, line in enumerate(lines) if i > 0 and line.strip() == "---")
        body = [part for line in lines[closing + 1:] for part in (line, "") if line.strip()]
        (into / name).write_text("\n".join(lines[:closing + 1] + body), encoding="utf-8")
    return into


def _fmt(x) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def render(s: Score, details: bool = True) -> str:
    t = s.table()
    lines = [f"== {s.name}: {t['ALL']['releases']} releases, {t['ALL']['labels']} labelled facts ({t['ALL']['core']} core)", "",
             f"{'genre':<18}{'rel':>4}{'core':>6}{'found':>7}{'recall':>8}{'out':>6}{'cand':>6}{'ok':>5}{'precision':>11}",
             ]
    for g, r in t.items():
        if g == "ALL":
            lines.append("-" * 71)
        lines.append(f"{g:<18}{r['releases']:>4}{r['core']:>6}{r['core_found']:>7}{_fmt(r['core_recall']):>8}"
                     f"{r['outputs']:>6}{r['candidates']:>6}{r['outputs_matched']:>5}{_fmt(r['precision']):>11}")
    if s.errors:
        lines += ["", "extractor errors:"] + [f"  {f}: {e}" for f, e in s.errors.items()]
    if details:
        lines += ["", f"core misses ({len(s.misses())}):"] + [f"  {lab.short()}" for lab in s.misses()]
        lines += ["", f"output rows matching no label ({len(s.wrong())}):"] + [f"  {o.short()}" for o in s.wrong()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    ap.add_argument("--json", action="store_true", help="print the per-genre numbers as JSON")
    ap.add_argument("--quiet", action="store_true", help="tables only, no misses or wrong rows")
    ap.add_argument("--set", choices=["main", "heldout", "both"], default="both")
    ap.add_argument("--heldout-details", action="store_true",
                    help="also list the held-out misses and wrong rows (for auditing the labels, never for tuning)")
    ap.add_argument("--labels", type=Path,
                    help="score another labels file instead (an outside set whose texts live in --sources)")
    ap.add_argument("--blank-lines", action="store_true",
                    help="score copies of the releases with a blank line between their lines (paragraphs apart)")
    args = ap.parse_args(argv)
    sets = {"main": MAIN_LABELS, "heldout": HELDOUT_LABELS}
    chosen = list(sets) if args.set == "both" else [args.set]
    if args.labels:
        sets, chosen = {args.labels.stem: args.labels}, [args.labels.stem]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            scores = [score(sets[n], spaced_copy([lab.file for lab in read_labels(sets[n])], args.sources, Path(tmp) / n)
                            if args.blank_lines else args.sources, name=n) for n in chosen]
    except Exception:  # noqa: BLE001
        traceback.print_exc()
        return 2
    if args.json:
        print(json.dumps({s.name: s.table() for s in scores}, ensure_ascii=False, indent=1))
    else:
        print("\n\n".join(render(s, details=not args.quiet and (s.name != "heldout" or args.heldout_details))
                            for s in scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
