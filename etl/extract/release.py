"""A release file as the extractor needs it: checked front matter, and the body as paragraphs of
normalised text that still know which file line each character came from.

Page layout breaks sentences across lines and even across blank lines ("…意向投资额约\\n\\n247亿元…"),
so paragraphs are rebuilt from the punctuation, not the line breaks: a line that does not end a
sentence continues on the next non-blank line, unless it is a short line without clause punctuation,
which is a heading (headlines, section titles, bylines). Text is normalised once, up front: full-width
digits and signs to ASCII (a full-width comma between digit groups to a thousands comma), and
traditional script to simplified (opencc t2s, which leaves simplified text unchanged, so every file
goes through it and zh-Hant is detected for free).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# libyaml's loader when present: a tenth of the time, same safe types.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

from etl.errors import SourceError

REQUIRED_KEYS = ("title", "publisher", "published", "reference_year")
SOURCE_KEYS = ("title", "subtitle", "publisher", "published", "reference_year", "language", "url", "note")

SENTENCE_END = "。！？!?；;"
_CLOSERS = "”’」』)）\"'"
_CLAUSE_PUNCT = re.compile(r"[，,、；;：:]")
HEADING_MAX = 32
_LIST_MARKER = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[●■◆▲·•])\s*")

# Full-width forms (FF01-FF5E) to ASCII, except the Chinese clause punctuation we split on, which stays.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp) not in "，；：！？（）"}
_FULLWIDTH[0x3000] = 0x20
_FULLWIDTH[ord("．")] = ord(".")

# A digit group written with the full-width comma (４３，７６０．７億元, usual with full-width digits):
# the comma is a thousands separator, not a clause break, when 1-3 leading digits are followed by
# groups of exactly three. Same length, so line offsets survive.
_GROUPED = re.compile(r"(?<![\d.])\d{1,3}(?:，\d{3})+(?![\d])")

_converter = None


def _t2s(text: str) -> str:
    global _converter
    if _converter is None:
        import opencc
        _converter = opencc.OpenCC("t2s")
    return _converter.convert(text)


@dataclass
class Paragraph:
    text: str
    heading: bool
    _offsets: list[int] = field(default_factory=list)   # paragraph offset where each file line starts
    _lines: list[int] = field(default_factory=list)     # ... and that line's number

    def line_at(self, offset: int) -> int:
        return self._lines[max(0, bisect.bisect_right(self._offsets, offset) - 1)]


@dataclass
class Release:
    path: Path
    source: dict
    front: dict
    paragraphs: list[Paragraph]
    traditional: bool


def read_release(path: str | Path) -> Release:
    path = Path(path)
    text = _decode(path)
    lines = text.split("\n")
    front, body_start = _front_matter(path, lines)
    body = [line.rstrip("\r") for line in lines[body_start:]]
    if not any(line.strip() for line in body):
        raise SourceError(path, body_start + 1 if body_start < len(lines) else body_start, "empty body: no text after the front matter")
    joined = "\n".join(body).translate(_FULLWIDTH)
    if "，" in joined:
        joined = _GROUPED.sub(lambda m: m.group().replace("，", ","), joined)
    converted = _t2s(joined)
    traditional = converted != joined
    if converted.count("\n") == joined.count("\n"):
        body = converted.split("\n")
    else:  # a conversion that moved line breaks would break line numbers: convert line by line
        body = [_t2s(line) for line in joined.split("\n")]
    source = {"source_id": path.stem, **{k: front.get(k) for k in SOURCE_KEYS}, "path": str(path)}
    source["published"] = str(source["published"])
    source["reference_year"] = int(front["reference_year"])
    if source["language"] is None:
        source["language"] = "zh-Hant" if traditional else "zh-Hans"
    return Release(path, source, front, paragraphs(body, first_line=body_start + 1), traditional)


def _decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(path, None, f"cannot read: {exc.strerror}") from None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise SourceError(path, 1, "not UTF-8 but UTF-16 (byte-order mark); save it as UTF-8")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        guess = "unknown encoding"
        for enc, name in (("gb18030", "GBK/GB18030"), ("big5", "Big5")):
            try:
                data.decode(enc)
                guess = name
                break
            except UnicodeDecodeError:
                continue
        raise SourceError(path, line, f"not UTF-8 (looks like {guess}): byte 0x{data[exc.start]:02x}; save it as UTF-8") from None


def _front_matter(path: Path, lines: list[str]) -> tuple[dict, int]:
    if not lines or lines[0].strip() != "---":
        raise SourceError(path, 1, "no YAML front matter: the file must start with a '---' line")
    close = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if close is None:
        raise SourceError(path, 1, "front matter is not closed: no second '---' line")
    try:
        front = yaml.load("\n".join(lines[1:close]), Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 2
        raise SourceError(path, line, f"front matter is not valid YAML: {getattr(exc, 'problem', None) or exc}") from None
    if not isinstance(front, dict):
        raise SourceError(path, 2, "front matter must be `key: value` lines")
    missing = [k for k in REQUIRED_KEYS if front.get(k) in (None, "")]
    if missing:
        raise SourceError(path, close + 1, f"front matter lacks {', '.join(missing)}")
    try:
        int(front["reference_year"])
    except (TypeError, ValueError):
        line = next((i + 1 for i in range(1, close) if lines[i].lstrip().startswith("reference_year")), 1)
        raise SourceError(path, line, f"reference_year must be a year, not {front['reference_year']!r}") from None
    return front, close + 1


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


def _joiner(left: str, right: str) -> str:
    return " " if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum() else ""


def paragraphs(lines: list[str], first_line: int = 1) -> list[Paragraph]:
    """Rebuild paragraphs from lines (see module doc); `first_line` is the file line of lines[0]."""
    out: list[Paragraph] = []
    current: Paragraph | None = None
    n = len(lines)
    for i, raw in enumerate(lines):
        line = " ".join(raw.split())
        if not line:
            continue
        if current is None:
            current = Paragraph("", False)
        current.text += _joiner(current.text, line)
        current._offsets.append(len(current.text))
        current._lines.append(first_line + i)
        current.text += line
        next_blank = i + 1 >= n or not lines[i + 1].strip()
        if _ends_sentence(line):
            if next_blank:
                out.append(current)
                current = None
            continue
        alone = len(current._lines) == 1
        if alone and len(line) < HEADING_MAX and _LIST_MARKER.match(line) and not _CLAUSE_PUNCT.search(_LIST_MARKER.sub("", line)):
            current.heading = True  # 一、经济总量 / （二）生态环境, even when the text follows without a blank line
        elif not next_blank or _CLAUSE_PUNCT.search(line) or len(line) >= HEADING_MAX or line[-1] in "，,、：:（(“":
            continue  # the sentence goes on, on the next non-blank line
        else:
            current.heading = alone
        out.append(current)
        current = None
    if current is not None:
        out.append(current)
    return out
