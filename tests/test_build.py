"""The build as an analyst meets it: all or nothing, clear errors, same bytes for the same inputs."""
from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from etl.__main__ import main
from etl.build import run
from etl.errors import SourceError

RELEASE = textwrap.dedent("""\
    ---
    title: 测试发布稿
    publisher: 测试出版者
    published: 2022-03
    reference_year: 2022
    language: zh-Hans
    url: https://example.org/release
    ---
    协同推进生态环境治理。2021年北京PM2.5平均浓度33微克/立方米，较2013年下降63.1%。
    """)

FIGURES = textwrap.dedent("""\
    indicator,region,year,value,unit,qualifier,published,source_title,source_url
    pm25_annual_mean,北京,2020,38,μg/m³,exact,2021-01-04,北京2020年空气质量,https://example.org/a
    pm25_annual_mean,北京,2021,33,μg/m³,exact,2022-01-04,北京2021年空气质量,https://example.org/b
    gdp,北京,2021,4.0,万亿元,approx,2022-09-30,报道,https://example.org/c
    """)

NBS = textwrap.dedent("""\
    indicator,region,year,value,unit,vintage,source,via
    gdp,北京市,2021,44350.7,亿元,nbs-2025-5th-census,国家统计局《分省年度数据》地区生产总值(亿元),example.org/nbs.csv
    gdp,天津市,2021,16093.2,亿元,nbs-2025-5th-census,国家统计局《分省年度数据》地区生产总值(亿元),example.org/nbs.csv
    gdp,河北省,2021,40397.1,亿元,nbs-2025-5th-census,国家统计局《分省年度数据》地区生产总值(亿元),example.org/nbs.csv
    gdp,北京市,2021,41045.6,亿元,nbs-2023-4th-census,国家统计局《分省年度数据》地区生产总值(亿元),example.org/nbs.csv
    """)


@pytest.fixture
def inputs(tmp_path):
    src, ref = tmp_path / "sources", tmp_path / "reference"
    src.mkdir(), ref.mkdir()
    (src / "2022-03_test.txt").write_text(RELEASE, encoding="utf-8")
    (ref / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (ref / "nbs_provincial.csv").write_text(NBS, encoding="utf-8")
    return src, ref, tmp_path / "out" / "indicators.parquet"


def build(inputs, **kw):
    src, ref, out = inputs
    return run(out, src, ref, progress=lambda *a, **k: None, **kw)


def test_build_writes_reconciled_table_and_report(inputs):
    build(inputs)
    out = inputs[2]
    df = pq.read_table(out).to_pandas()
    pm = df[(df.indicator == "pm25_annual_mean") & (df.region == "beijing") & (df.year == 2021)]
    assert len(pm) == 1, "the release and the curated figure agree: one observation"
    assert len(pm.iloc[0]["corroborated_by"]) == 1
    gdp = df[(df.indicator == "gdp") & (df.region == "beijing") & (df.year == 2021)]
    assert gdp[gdp.preferred].vintage.tolist() == ["nbs-2025-5th-census"]
    assert len(gdp) == 3, "the 4th-census value and the news figure are kept beside the preferred one"
    jjj = df[(df.indicator == "gdp") & (df.region == "jjj")]
    assert jjj.derived.all() and jjj.method.str.contains("sum").all()
    assert jjj.value.round(1).tolist() == [100841.0]
    assert (out.parent / "build_report.md").read_text(encoding="utf-8").startswith("# Build report")


def test_same_inputs_give_the_same_bytes(inputs, tmp_path):
    build(inputs)
    first = inputs[2].read_bytes()
    other = tmp_path / "again" / "indicators.parquet"
    run(other, inputs[0], inputs[1], progress=lambda *a, **k: None)
    assert other.read_bytes() == first


def test_table_has_the_declared_schema_and_catalogue(inputs):
    from etl.schema import SCHEMA
    build(inputs)
    schema = pq.read_schema(inputs[2])
    assert schema.remove_metadata().equals(SCHEMA.remove_metadata())
    assert b"catalog" in schema.metadata and b"sources" in schema.metadata


@pytest.mark.parametrize("name, content, expect", [
    ("bad-header.txt", "---\ntitle: [unclosed\n---\n正文2021年北京PM2.5平均浓度33微克/立方米。\n", "bad-header.txt"),
    ("empty.txt", RELEASE.split("协同")[0], "empty.txt"),
])
def test_bad_release_stops_the_build_and_keeps_the_old_table(inputs, name, content, expect, capsys):
    src, ref, out = inputs
    build(inputs)
    before = out.read_bytes()
    (src / name).write_text(content, encoding="utf-8")
    code = main(["--output", str(out), "--sources", str(src), "--reference", str(ref), "--quiet"])
    assert code == 2
    err = capsys.readouterr().err
    assert expect in err and "unchanged" in err
    assert out.read_bytes() == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["build_report.json", "build_report.md", "indicators.parquet"]


def test_release_in_wrong_encoding_names_the_file(inputs):
    src, ref, out = inputs
    (src / "gbk.txt").write_bytes(RELEASE.encode("gbk"))
    with pytest.raises(SourceError) as exc:
        build(inputs)
    assert "gbk.txt" in str(exc.value)
    assert not out.exists()


@pytest.mark.parametrize("row, message", [
    ("pm25_annual_mean,火星,2021,33,μg/m³,exact,2022-01-04,t,u", "unknown region '火星'"),
    ("pm25_annual_mean,北京,2019,四十二,μg/m³,exact,2020-01-03,t,u", "is not a number"),
    ("pm25_annual_mean,北京,2019,42,kg,exact,2020-01-03,t,u", "unknown unit"),
    ("no_such_label,北京,2019,42,μg/m³,exact,2020-01-03,t,u", "unknown indicator label"),
])
def test_bad_curated_row_names_file_and_line_and_keeps_the_old_table(inputs, row, message):
    src, ref, out = inputs
    build(inputs)
    before = out.read_bytes()
    with open(ref / "figures.csv", "a", encoding="utf-8") as fh:
        fh.write(row + "\n")
    with pytest.raises(SourceError) as exc:
        build(inputs)
    assert message in str(exc.value)
    assert str(exc.value).split(": ")[0].endswith("figures.csv:5")
    assert out.read_bytes() == before


def test_keep_going_skips_a_bad_source_with_a_warning(inputs):
    src, ref, out = inputs
    (src / "broken.txt").write_text("no front matter at all", encoding="utf-8")
    result = build(inputs, keep_going=True)
    assert any("broken.txt" in w for w in result.warnings)
    assert out.exists() and "broken.txt" in (out.parent / "build_report.md").read_text(encoding="utf-8")


def test_failure_while_writing_leaves_the_old_table(inputs, monkeypatch):
    import etl.build as build_mod
    build(inputs)
    before = inputs[2].read_bytes()

    def explode(*a, **k):
        raise OSError("disk full")
    monkeypatch.setattr(build_mod.pq, "write_table", explode)
    with pytest.raises(OSError):
        build(inputs)
    assert inputs[2].read_bytes() == before
    assert [p.name for p in inputs[2].parent.iterdir() if p.name.endswith(".tmp")] == []


def test_missing_sources_folder_is_a_clear_error(inputs, tmp_path):
    with pytest.raises(SourceError, match="JJJ_SOURCES"):
        run(tmp_path / "x.parquet", tmp_path / "nope", inputs[1], progress=lambda *a, **k: None)
