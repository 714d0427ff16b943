"""Reading a release: front matter, encoding and paragraphs; malformed files name the file and line."""
from __future__ import annotations

import pytest

from etl.errors import SourceError
from etl.extract import extract_release
from etl.extract.release import paragraphs, read_release

GOOD_HEADER = "---\ntitle: 测试稿\npublisher: 测试\npublished: 2022-04\nreference_year: 2022\n---\n"


def write(tmp_path, text: str | bytes, name: str = "r.txt"):
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def error_of(path) -> SourceError:
    with pytest.raises(SourceError) as info:
        extract_release(path)
    assert str(path) in str(info.value)
    return info.value


def test_source_carries_front_matter_and_file_stem(tmp_path):
    path = write(tmp_path, GOOD_HEADER.replace("---\n", "---\nurl: https://example.invalid/a\n", 1) + "正文。\n", "2022-04_x.txt")
    source = extract_release(path).source
    assert source["source_id"] == "2022-04_x"
    assert (source["title"], source["published"], source["reference_year"], source["url"]) == ("测试稿", "2022-04", 2022, "https://example.invalid/a")
    assert source["language"] == "zh-Hans" and source["subtitle"] is None and source["path"] == str(path)


def test_full_date_published_stays_a_string(tmp_path):
    path = write(tmp_path, GOOD_HEADER.replace("2022-04", "2022-04-15") + "正文。\n")
    assert extract_release(path).source["published"] == "2022-04-15"


def test_missing_front_matter_names_line_1(tmp_path):
    assert error_of(write(tmp_path, "2021年北京PM2.5平均浓度33微克/立方米。\n")).line == 1


def test_unclosed_front_matter_names_line_1(tmp_path):
    assert error_of(write(tmp_path, "---\ntitle: x\n正文。\n")).line == 1


def test_broken_yaml_names_its_line(tmp_path):
    err = error_of(write(tmp_path, "---\ntitle: x\npublisher: [unclosed\npublished: 2022\n---\n正文。\n"))
    assert err.line in (3, 4, 5) and "YAML" in err.message


def test_missing_required_key_is_named(tmp_path):
    err = error_of(write(tmp_path, "---\ntitle: x\npublisher: y\npublished: 2022-04\n---\n正文。\n"))
    assert err.line == 5 and "reference_year" in err.message


def test_reference_year_must_be_a_year(tmp_path):
    err = error_of(write(tmp_path, GOOD_HEADER.replace("reference_year: 2022", "reference_year: next") + "正文。\n"))
    assert err.line == 5


def test_gbk_file_is_rejected_with_encoding_and_line(tmp_path):
    text = GOOD_HEADER + "\n2021年北京PM2.5平均浓度33微克/立方米。\n"
    err = error_of(write(tmp_path, text.encode("gbk")))
    assert err.line == 2  # the title is the first non-ASCII line
    assert "UTF-8" in err.message and "GBK" in err.message


def test_utf16_file_is_rejected(tmp_path):
    err = error_of(write(tmp_path, (GOOD_HEADER + "正文。\n").encode("utf-16")))
    assert err.line == 1 and "UTF-16" in err.message


def test_utf8_byte_order_mark_is_accepted(tmp_path):
    path = write(tmp_path, b"\xef\xbb\xbf" + (GOOD_HEADER + "正文。\n").encode("utf-8"))
    assert extract_release(path).rows == []


def test_empty_body_is_an_error(tmp_path):
    err = error_of(write(tmp_path, GOOD_HEADER + "\n  \n"))
    assert err.line == 7 and "empty" in err.message


def test_paragraphs_join_broken_lines_and_keep_line_numbers():
    lines = ["标题行", "", "第一句没有写完，", "", "接着写完。第二句", "也写完。", "", "另一段。"]
    paras = paragraphs(lines, first_line=10)
    assert [(p.text, p.heading) for p in paras] == [
        ("标题行", True), ("第一句没有写完，接着写完。第二句也写完。", False), ("另一段。", False)]
    body = paras[1]
    assert body.line_at(0) == 12 and body.line_at(body.text.index("接着")) == 14 and body.line_at(body.text.index("也写")) == 15


def test_latin_words_broken_across_lines_get_a_space():
    assert paragraphs(["The figure was", "published today."])[0].text == "The figure was published today."


def test_traditional_release_is_detected(tmp_path):
    path = write(tmp_path, GOOD_HEADER + "北京市退出一般製造和污染企業。\n")
    release = read_release(path)
    assert release.traditional and release.paragraphs[0].text == "北京市退出一般制造和污染企业。"
