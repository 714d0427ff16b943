"""etl/frontmatter.py: a release file is a checked record or a SourceError naming file, line and field."""
from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from etl import frontmatter
from etl.errors import SourceError
from etl.frontmatter import SourceFile, read_source

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "sources"

GOOD = {
    "title": "一份测试用的发布稿",
    "publisher": "测试统计局",
    "published": "2023-03-15",
    "reference_year": "2023",
    "language": "zh-Hans",
    "url": "https://example.org/release/1",
    "note": "written for the tests",
}
BODY = "第一句话写在这里，数字是12.5%。\n\n第二段也有一个数字：345亿元。\n"


def write(tmp_path: Path, front: dict[str, str] | str, body: str = BODY, name: str = "release.txt") -> Path:
    text = front if isinstance(front, str) else "\n".join(f"{k}: {v}" for k, v in front.items())
    path = tmp_path / name
    path.write_text(f"---\n{text}\n---\n{body}", encoding="utf-8")
    return path


def error(path: Path) -> SourceError:
    with pytest.raises(SourceError) as exc:
        read_source(path)
    assert str(exc.value).startswith(str(path)), "the message starts with the file"
    return exc.value


def test_a_good_release_is_a_typed_record(tmp_path):
    src = read_source(write(tmp_path, {**GOOD, "home_region": "hebei", "status_year": "2022", "channel": "[a, b]"}))
    fm = src.front
    assert (fm.title, fm.publisher, fm.reference_year, fm.language) == ("一份测试用的发布稿", "测试统计局", 2023, "zh-Hans")
    assert fm.published.date == date(2023, 3, 15) and fm.published.text == "2023-03-15" and str(fm.published) == "2023-03-15"
    assert (fm.home_region, fm.status_year, fm.subtitle) == ("hebei", 2022, None)
    assert fm.extra_keys == ("channel",) and fm.extra["channel"] == ["a", "b"]
    assert fm.lines["title"] == 2 and fm.lines["channel"] == 11
    assert src.body_line == 13 and src.body[0].startswith("第一句话") and src.body[1] == ""
    assert fm.as_dict()["published"] == "2023-03-15" and fm.as_dict()["channel"] == ["a", "b"]
    assert "subtitle" not in fm.as_dict()


@pytest.mark.parametrize("published, year, month, day", [
    ("2023", 2023, None, None), ("2023-03", 2023, 3, None), ("'2023-03'", 2023, 3, None),
    ("2024-02-29", 2024, 2, 29), ("2023-03-15 08:30", 2023, 3, 15), ("2023-03-15T23:59:59+08:00", 2023, 3, 15),
])
def test_published_forms_that_are_accepted(tmp_path, published, year, month, day):
    fm = read_source(write(tmp_path, {**GOOD, "published": published, "reference_year": str(year)})).front
    assert (fm.published.year, fm.published.month, fm.published.day) == (year, month, day)


# The date cases of issue 12, then one failure per field: file, line, field, value and what was expected.
@pytest.mark.parametrize("key, value, line, expected", [
    ("published", "2023-13-45", 4, ["`published`", "'2023-13-45'", "month 13", "YYYY-MM"]),
    ("published", "2023-02-30", 4, ["`published`", "'2023-02-30'", "day 30", "28 days"]),
    ("published", "2023-02-29", 4, ["day 29"]),
    ("published", "2023-03-15 25:10", 4, ["`published`", "hour 25", "time"]),
    ("published", "2023-03-15 10:61", 4, ["minute 61"]),
    ("published", "March 2023", 4, ["'March 2023'", "not a date"]),
    ("published", "2023.03", 4, ["not a date"]),
    ("published", "٢٠٢٣-03", 4, ["not a date"]),          # digits, but not ASCII ones
    ("published", "[2023, 3]", 4, ["a list", "a date"]),
    ("published", "2019-03", 4, ["year 2019", "reference_year 2023"]),
    ("reference_year", ".inf", 5, ["`reference_year`", "'.inf'", "not a year", "four digits"]),
    ("reference_year", ".nan", 5, ["'.nan'", "not a year"]),
    ("reference_year", "abc", 5, ["'abc'", "not a year"]),
    ("reference_year", "2023.0", 5, ["not a year"]),
    ("reference_year", "1800", 5, ["1800", "out of range", "1949"]),
    ("reference_year", "true", 5, ["not a year"]),
    ("language", "en", 6, ["`language`", "'en'", "zh-Hans, zh-Hant"]),
    ("language", "zh-hans", 6, ["'zh-hans'"]),
    ("url", "javascript:alert(1)", 7, ["`url`", "scheme 'javascript'", "http"]),
    ("url", "ftp://example.org/x", 7, ["scheme 'ftp'"]),
    ("url", "https://", 7, ["no valid host"]),
    ("url", "'https://example.org/a b'", 7, ["spaces"]),
    ("url", "not a url", 7, ["spaces"]),
    ("url", "just-a-word", 7, ["no valid host"]),
    ("title", "2022", 2, ["`title`", "2022", "is a number", "expected text"]),
    ("title", "[一, 二]", 2, ["`title`", "a list where one text value belongs"]),
    ("title", "{a: b}", 2, ["a mapping"]),
    ("title", '"两行\\n标题"', 2, ["line break"]),
    ("title", '"x\\x1b[31m"', 2, ["control character"]),
    ("publisher", "yes", 3, ["`publisher`", "yes/no"]),
    ("note", "[a]", 8, ["`note`", "a list"]),
    ("title", "!!python/object:os.system {}", 2, ["YAML tag", "python/object"]),
    ("note", "!!binary aGVsbG8=", 8, ["YAML tag", "binary"]),
])
def test_each_field_error_names_file_line_field_and_value(tmp_path, key, value, line, expected):
    err = error(write(tmp_path, {**GOOD, key: value}))
    assert err.line == line, str(err)
    for part in expected:
        assert part in str(err)


@pytest.mark.parametrize("extra, line, expected", [
    ("subtitle: [a, b]", 9, ["`subtitle`", "a list"]),
    ("home_region: Hebei", 9, ["`home_region`", "'Hebei'", "region id"]),
    ("status_year: 2031", 9, ["`status_year`", "after reference_year"]),
    ("status_year: later", 9, ["`status_year`", "'later'", "not a year"]),
    ("title: 另一个标题", 9, ["duplicate key `title`", "line 2"]),
    ("2: x", 9, ["not a plain name"]),
    ("other: !!int abc", 9, ["`other`", "cannot be read"]),
    ("a: &x [1]\nb: *x", 9, ["anchor"]),
    ("deep: " + "[" * 20 + "]" * 20, 9, ["nested"]),
    ("title: [unclosed", 9, ["not valid YAML"]),
])
def test_structural_errors(tmp_path, extra, line, expected):
    err = error(write(tmp_path, "\n".join(f"{k}: {v}" for k, v in GOOD.items()) + "\n" + extra))
    assert err.line == line, str(err)
    for part in expected:
        assert part in str(err)


@pytest.mark.parametrize("value", ["unknown", "Unknown", "未知", "n/a", "unknown (the page was stored without it)", "未知（转载页无地址）"])
def test_a_url_said_to_be_unknown_is_no_address_and_the_release_still_reads(tmp_path, value):
    src = read_source(write(tmp_path, {**GOOD, "url": value}))
    assert src.front.url is None and src.body[0].startswith("第一句话")


@pytest.mark.parametrize("value", ["http://example.com./K3.php?a=b.html", "https://news.example.org.:8080/x"])
def test_a_host_written_with_the_roots_dot_is_still_a_web_address(tmp_path, value):
    src = read_source(write(tmp_path, {**GOOD, "url": value}))
    assert src.front.url == value


def test_status_year_none_and_known_regions(tmp_path):
    assert read_source(write(tmp_path, {**GOOD, "status_year": "none"})).front.as_dict()["status_year"] is None
    path = write(tmp_path, {**GOOD, "home_region": "atlantis"})
    assert read_source(path).front.home_region == "atlantis", "only the form is checked without a region list"
    with pytest.raises(SourceError, match="unknown region 'atlantis'"):
        read_source(path, regions={"beijing", "tianjin", "hebei"})


@pytest.mark.parametrize("content, expected", [
    ("", "no YAML front matter"),
    ("just text\n", "no YAML front matter"),
    ("---\ntitle: x\n", "not closed"),
    ("---\n---\n正文。\n", "front matter is empty"),
    ("---\n- a\n- b\n---\n正文。\n", "must be `key: value`"),
    ("---\ntitle: x\n---\n正文。\n", "lacks publisher, published, reference_year"),
    ("---\n" + "\n".join(f"{k}: {v}" for k, v in GOOD.items()) + "\n---\n\n  \n", "empty body"),
])
def test_file_shape_errors(tmp_path, content, expected):
    path = tmp_path / "shape.txt"
    path.write_text(content, encoding="utf-8")
    assert expected in str(error(path))


def test_encodings(tmp_path):
    text = "---\n" + "\n".join(f"{k}: {v}" for k, v in GOOD.items()) + "\n---\n" + BODY
    cases = [
        (text.encode("utf-16"), "UTF-16"),
        (text.encode("utf-16-le"), "UTF-16"),        # no byte-order mark: NUL bytes give it away
        (text.encode("utf-32"), "UTF-32"),
        (text.encode("gbk"), "GBK"),
        ("---\ntitle: 這是繁體中文的標題，說明經濟發展與環境保護\n---\n".encode("big5"), "Big5"),
    ]
    for data, name in cases:
        path = tmp_path / "enc.txt"
        path.write_bytes(data)
        assert name in str(error(path)), name
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert read_source(path).front.title == GOOD["title"], "a UTF-8 byte-order mark is dropped"


def test_size_limits_are_checked_before_reading(tmp_path, monkeypatch):
    path = write(tmp_path, GOOD, body=BODY * (frontmatter.MAX_SOURCE_BYTES // len(BODY.encode()) + 1))
    read_calls = []
    monkeypatch.setattr(Path, "read_bytes", lambda self: read_calls.append(self))
    err = error(path)
    assert "file too large" in str(err) and f"{frontmatter.MAX_SOURCE_BYTES:,}" in str(err) and not read_calls
    assert "not a regular file" in str(error(tmp_path))


@pytest.mark.parametrize("body, expected", [
    ("短句。\n" * (frontmatter.MAX_BODY_LINES + 1), "body too long"),
    ("长" * (frontmatter.MAX_LINE_CHARS + 1) + "。\n", "line too long"),
    ("长" * (frontmatter.MAX_RUN_CHARS + 1) + "。\n", "1,001 characters without sentence or clause punctuation"),
    ("第1 2 3 " * 21 + "。\n", "63 numbers without sentence or clause punctuation"),
    ("1，" * (frontmatter.MAX_SENTENCE_NUMBERS + 1) + "。\n", "201 numbers in one sentence"),
    (("1，" * 100 + "。\n") * 101, "10,100 numbers in the body"),
])
def test_body_limits(tmp_path, body, expected):
    assert expected in str(error(write(tmp_path, GOOD, body=body)))


def test_every_real_release_reads(tmp_path):
    files = sorted(SHARED.glob("*.txt"))
    if not files:
        pytest.skip(f"no shared sources at {SHARED}")
    started = time.perf_counter()
    for path in files:
        src = read_source(path)
        assert src.front.language in frontmatter.LANGUAGES and src.body
        assert abs(src.front.published.year - src.front.reference_year) <= frontmatter.PUBLISHED_TOLERANCE
    assert time.perf_counter() - started < 5


# -- fuzz: the only outcomes are a SourceFile or a SourceError naming the file -------------------

_FUZZ_DIR: list[Path] = []


def _fuzz_path(tmp_path_factory) -> Path:
    if not _FUZZ_DIR:
        _FUZZ_DIR.append(tmp_path_factory.mktemp("fuzz"))
    return _FUZZ_DIR[0] / "fuzzed-release.txt"


def check_outcome(path: Path) -> None:
    try:
        result = read_source(path)
    except SourceError as exc:
        assert str(exc).startswith(str(path)), str(exc)
        assert "bug in etl/frontmatter.py" not in exc.message, f"the reader's safety net caught: {exc}"
        assert len(str(exc)) < 1000, "messages stay short whatever the input"
        event(f"error: {exc.message[:25]}")
        return
    event("read")
    assert isinstance(result, SourceFile)


_dates = st.builds(lambda y, m, d: f"{y}-{m:02d}-{d:02d}", st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99))
_scalars = st.one_of(
    st.text(max_size=30), st.integers(-10**6, 10**40).map(str), st.floats().map(str), _dates,
    st.sampled_from([".inf", "-.inf", ".nan", "nan", "~", "null", "yes", "no", "''", '""', "2023-02-30 25:61:99",
                     "zh-Hans", "zh-Hant", "https://example.org/x", "javascript:x", "example.org/p", "none", "|", ">",
                     "!!python/object:os.system {}", "!!python/name:os.system", "!!binary AAAA", "!!set {a}",
                     "!!timestamp 2023-02-30", "!!float abc", "!!int 1e5", "!custom x", "&a x", "*a", "*undefined",
                     "[1, [2, [3]]]", "{a: {b: c}}", "[*a, *a]", "'unterminated", '"\\x00"', "\t", "- a", "? x"]),
)
_values = st.one_of(_scalars, st.text(max_size=40).map(json.dumps), st.from_regex(r"[0-9]{1,5}(-[0-9]{1,3}){0,2}", fullmatch=True),
                    st.from_regex(r"(https?|ftp|file|javascript)://[a-z.]{0,12}(:[0-9]{1,6})?/[ -~]{0,10}", fullmatch=True).map(json.dumps))
_overrides = st.dictionaries(st.sampled_from(frontmatter.KNOWN_KEYS + ("extra_key",)), _values, max_size=3).map(
    lambda d: "\n".join(f"{k}: {v}" for k, v in {**GOOD, **d}.items()))
_keys = st.one_of(st.sampled_from(frontmatter.KNOWN_KEYS), st.text(min_size=1, max_size=12))
_fronts = st.lists(st.tuples(_keys, _scalars), max_size=14).map(lambda kv: "\n".join(f"{k}: {v}" for k, v in kv))
_valid_front = "\n".join(f"{k}: {v}" for k, v in GOOD.items())


@settings(max_examples=800, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(front=st.one_of(_overrides, _overrides, _overrides, _fronts, st.just(_valid_front).map(lambda f: f + "\n"), st.text(max_size=200)),
       mix=st.booleans(), body=st.text(max_size=300))
def test_fuzz_random_front_matter_and_bodies(tmp_path_factory, front, mix, body):
    if mix:  # random lines among the good ones
        front = _valid_front + "\n" + front
    path = _fuzz_path(tmp_path_factory)
    path.write_text(f"---\n{front}\n---\n{body}", encoding="utf-8", errors="surrogatepass")
    check_outcome(path)


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=400),
                      st.integers(0, 400).map(lambda n: ("---\n" + _valid_front + "\n---\n" + BODY).encode("utf-8")[:n]),
                      st.binary(max_size=60).map(lambda b: b"---\n" + _valid_front.encode() + b"\n" + b + b"\n---\n" + BODY.encode())))
def test_fuzz_random_bytes_and_truncated_files(tmp_path_factory, data):
    path = _fuzz_path(tmp_path_factory)
    path.write_bytes(data)
    check_outcome(path)


def test_alias_bomb_is_refused_quickly(tmp_path):
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
    path = write(tmp_path, "\n".join(f"{k}: {v}" for k, v in GOOD.items()) + "\n" + "\n".join(lines))
    started = time.perf_counter()
    assert "anchor" in str(error(path))
    assert time.perf_counter() - started < 1
