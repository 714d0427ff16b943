"""How steady extraction is when a release reaches us as a mirror writes it (prints numbers; not a test).

Each release of a folder is extracted as it is and again rewritten the way reposts and mirror pages rewrite text:
traditional script, full-width digits, half-width punctuation, half-width full stops with or without a space after
them, lines hard-wrapped at a fixed width, stray spaces. A rewriting that keeps the words should keep the figures: every
(indicator or candidate, region, year, value) found in one reading and not the other is a difference.

Usage: .venv/bin/python bench/perturb_extract.py [sources folder] [mode ...]   (default ../shared/sources, all modes)
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.catalog import load_catalog  # noqa: E402
from etl.extract import extract_release  # noqa: E402

WRAP = 38  # characters per line of a fixed-width page


def _wrapped(body: str) -> str:
    lines = []
    for line in body.split("\n"):
        while len(line) > WRAP:
            lines.append(line[:WRAP])
            line = line[WRAP:]
        lines.append(line)
    return "\n".join(lines)


def _traditional(body: str) -> str:
    import opencc
    return opencc.OpenCC("s2t").convert(body)


MODES = {
    "traditional": _traditional,
    "fullwidth_digits": lambda body: body.translate(str.maketrans("0123456789.%", "０１２３４５６７８９．％")),
    "halfwidth_punctuation": lambda body: body.translate(str.maketrans("，；：（）“”", ",;:()\"\"")),
    "halfwidth_stops": lambda body: body.replace("。", "."),
    "halfwidth_stops_spaced": lambda body: body.replace("。", ". "),
    "hard_wrapped": _wrapped,
    # a PDF copy's stray spaces: one after every 17th character of a line (inside words, numbers and units alike)
    "stray_spaces": lambda body: "\n".join("".join(c + (" " if (k + 1) % 17 == 0 else "") for k, c in enumerate(line))
                                           for line in body.split("\n")),
}


def _facts(result) -> set[tuple]:
    return {(r.get("indicator") or r.get("candidate_id"), r["region"], r["year"], round(float(r["value"]), 4))
            for r in result.rows + result.candidates}


def main(folder: Path, modes: list[str]) -> None:
    catalog = load_catalog()
    paths = sorted(folder.glob("*.txt"))
    plain = {p: _facts(extract_release(p, catalog)) for p in paths}
    total = sum(len(f) for f in plain.values())
    print(f"releases: {len(paths)}, facts read from them as they are: {total}")
    with tempfile.TemporaryDirectory() as tmp:
        for mode in modes:
            rewrite, differing, releases = MODES[mode], 0, 0
            for p in paths:
                front, sep, body = p.read_text(encoding="utf-8").partition("\n---\n")
                copy = Path(tmp) / p.name
                copy.write_text(front + sep + rewrite(body), encoding="utf-8")
                diff = len(plain[p] ^ _facts(extract_release(copy, catalog)))
                differing += diff
                releases += bool(diff)
            print(f"{mode:24} differing facts: {differing:4}  releases with any: {releases}")


if __name__ == "__main__":
    args = sys.argv[1:]
    folder = Path(args[0]) if args and args[0] not in MODES else Path(__file__).resolve().parent.parent.parent / "shared" / "sources"
    main(folder, [a for a in args if a in MODES] or list(MODES))
