"""The build as an analyst meets it: all or nothing, clear errors, same bytes for the same inputs."""
from __future__ import annotations

import json
import textwrap

import pyarrow.parquet as pq
import pytest

from etl.__main__ import main
from etl.build import run
from etl.errors import SourceError
from etl.extract import extract_release

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


CURATED = textwrap.dedent("""\
    indicator,region,year,value,unit,qualifier,period_start,base_year,source_title,source_publisher,source_date,source_url,vintage
    gdp_growth_real,tianjin,2014,10.0,%,exact,,,测试页面,测试统计局,2015-01-20,https://example.org/curated,
    """)


def build(inputs, **kw):
    src, ref, out = inputs
    curated_file = ref.parent / "curated_figures.csv"
    if not curated_file.exists():
        curated_file.write_text(CURATED, encoding="utf-8")
    return run(out, src, ref, progress=lambda *a, **k: None, curated_file=curated_file, **kw)


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
    run(other, inputs[0], inputs[1], progress=lambda *a, **k: None, curated_file=inputs[1].parent / "curated_figures.csv")
    assert other.read_bytes() == first
    for report in ("build_report.json", "build_report.md"):
        assert (other.parent / report).read_bytes() == (inputs[2].parent / report).read_bytes()


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
    assert sorted(p.name for p in out.parent.iterdir() if not p.name.startswith(".")) == [  # .build.lock: etl/publish.py
        "build_report.json", "build_report.md", "candidates.parquet", "indicators.parquet", "targets.parquet"]


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
    import etl.publish as publish_mod
    build(inputs)
    before = inputs[2].read_bytes()

    def explode(*a, **k):
        raise OSError("disk full")
    monkeypatch.setattr(publish_mod.pq, "write_table", explode)
    with pytest.raises(OSError):
        build(inputs)
    assert inputs[2].read_bytes() == before
    assert [p.name for p in inputs[2].parent.iterdir() if p.name.endswith(".tmp")] == []


def test_missing_sources_folder_is_a_clear_error(inputs, tmp_path):
    with pytest.raises(SourceError, match="JJJ_SOURCES"):
        run(tmp_path / "x.parquet", tmp_path / "nope", inputs[1], progress=lambda *a, **k: None)


# -- curated figures, derived series and the coverage report ------------------------------------

def test_curated_figure_enters_the_table_marked_as_curated(inputs):
    build(inputs)
    df = pq.read_table(inputs[2]).to_pandas()
    row = df[(df.indicator == "gdp_growth_real") & (df.region == "tianjin")].iloc[0]
    assert (row.year, row.value, row.source_kind) == (2014, 10.0, "reference")
    assert row.method == "curated figure (search: 测试统计局)" and row.source_publisher == "测试统计局"


def test_bad_curated_figure_row_names_the_file_and_line(inputs):
    build(inputs)
    with open(inputs[1].parent / "curated_figures.csv", "a", encoding="utf-8") as fh:
        fh.write("gdp_growth_real,tianjin,2015,9.3,元,exact,,,t,p,,https://example.org/x,\n")
    with pytest.raises(SourceError) as exc:
        build(inputs)
    assert "curated_figures.csv:3" in str(exc.value) and "unit" in str(exc.value)


def test_derived_shares_and_multiples_come_from_the_latest_vintage_only(inputs):
    build(inputs)
    df = pq.read_table(inputs[2]).to_pandas()
    share = df[df.indicator == "gdp_share_of_jjj"].set_index("region")
    assert share.derived.all() and set(share.vintage) == {"nbs-2025-5th-census"}
    assert share.loc["beijing", "value"] == pytest.approx(44350.7 / 100841.0 * 100)
    assert share.method.str.startswith("derived: GDP of the province").all()


def test_report_carries_the_coverage_summary_and_grid(inputs, capsys):
    result = build(inputs)
    summary = result.coverage["summary"]
    assert set(summary["provinces"]) == {"beijing", "tianjin", "hebei"}
    report = json.loads((inputs[2].parent / "build_report.json").read_text(encoding="utf-8"))
    assert report["coverage"]["summary"] == summary
    assert any(e["indicator"] == "gdp_share_of_jjj" and e["region"] == "beijing" and e["derived_years"] == [2021]
               for e in report["coverage"]["grid"])
    md = (inputs[2].parent / "build_report.md").read_text(encoding="utf-8")
    assert "## Coverage of the headline families" in md and "coverage: " in md
    src, ref, out = inputs
    assert main(["--output", str(out), "--sources", str(src), "--reference", str(ref), "--quiet"]) == 0
    printed = capsys.readouterr().out.strip().splitlines()
    assert len(printed) == 1 and printed[0].startswith("coverage: ") and "北京" in printed[0]


# -- match rules of the headline indicators, on sentences written for the test --------------------

def _rows(tmp_path, body, published="2023-03"):
    path = tmp_path / "release.txt"
    path.write_text(f"---\ntitle: 测试稿\npublisher: 测试\npublished: {published}\nreference_year: {published[:4]}\n---\n{body}",
                    encoding="utf-8")
    return [(r["indicator"], r["region"], int(r["year"]), float(r["value"])) for r in extract_release(path).rows]


@pytest.mark.parametrize("sentence, expected", [
    ("2019年，天津市人均地区生产总值为9.0万元。", ("gdp_per_capita", "tianjin", 2019, 90000.0)),
    ("2018年，河北第三产业增加值占地区生产总值的比重为46.2%。", ("tertiary_share", "hebei", 2018, 46.2)),
    ("2020年末，天津常住人口城镇化率为84.7%，户籍人口城镇化率为60.1%。", ("urbanisation_rate", "tianjin", 2020, 84.7)),
    ("2021年，河北研究与试验发展(R&D)经费投入强度为1.85%，全国为2.44%。", ("rd_intensity", "hebei", 2021, 1.85)),
    ("2022年，北京全体居民人均可支配收入77415元，城镇居民人均可支配收入84023元。",
     ("disposable_income_per_capita", "beijing", 2022, 77415.0)),
    ("2021年，天津空气质量优良天数比例为71.2%，比上年提高4.3个百分点。", ("good_air_days_ratio", "tianjin", 2021, 71.2)),
])
def test_headline_indicator_is_read_and_its_neighbours_are_not(tmp_path, sentence, expected):
    rows = _rows(tmp_path, sentence)
    headline = [r for r in rows if r[0] == expected[0]]
    assert headline == [expected], "the hukou rate, the urban-only income and the national R&D figure are not taken"
    # a neighbour may be a row of its own indicator (the urban-only income), never of another region or year
    assert all(r[1:3] == expected[1:3] for r in rows), rows


@pytest.mark.parametrize("sentence", [
    "2022年，北京二产比重为15.9%。",                       # secondary, not tertiary
    "2016年，中国10个省份城镇化率超60%。",                  # a count of provinces, not an urbanisation rate
    "2023年，北京PM2.5优良天数占比达九成。",                 # PM2.5-only good days, not all pollutants
    "2022年，河北人均GDP折合8400美元。",                    # dollars are not the catalogue's 元
])
def test_near_misses_are_not_headline_figures(tmp_path, sentence):
    headline = {"gdp_per_capita", "tertiary_share", "urbanisation_rate", "good_air_days_ratio", "rd_intensity",
                "disposable_income_per_capita"}
    assert not [r for r in _rows(tmp_path, sentence) if r[0] in headline]


# -- malformed releases, size limits and bounded reports (issue 12) --------------------------------

def _release(published="2022-03", reference_year="2022", body="协同推进生态环境治理。2021年北京PM2.5平均浓度33微克/立方米。\n"):
    return (f"---\ntitle: 测试发布稿\npublisher: 测试出版者\npublished: {published}\nreference_year: {reference_year}\n"
            f"language: zh-Hans\n---\n{body}")


@pytest.fixture
def curated_default(inputs, monkeypatch):
    """main() has no --curated flag: point the default at the test's own curated file."""
    import etl.curated as curated_mod
    path = inputs[1].parent / "curated_figures.csv"
    path.write_text(CURATED, encoding="utf-8")
    monkeypatch.setattr(curated_mod, "CURATED_FILE", path)
    return path


def _cli(inputs, *flags):
    src, ref, out = inputs
    return main(["--output", str(out), "--sources", str(src), "--reference", str(ref), "--quiet", *flags])


BAD_FRONT = [
    ("published: 2023-13-45", _release(published="2023-13-45", reference_year="2023"), "month 13"),
    ("published: 2023-02-30", _release(published="2023-02-30", reference_year="2023"), "day 30"),
    ("invalid time", _release(published="2023-03-01 24:30", reference_year="2023"), "hour 24"),
    ("reference_year: .inf", _release(reference_year=".inf"), "'.inf' is not a year"),
]


@pytest.mark.parametrize("case, content, expected", BAD_FRONT, ids=[c[0] for c in BAD_FRONT])
def test_bad_front_matter_stops_the_build_with_exit_2_naming_the_file(inputs, curated_default, case, content, expected, capsys):
    src, ref, out = inputs
    (src / "2023-01_bad.txt").write_text(content, encoding="utf-8")
    assert _cli(inputs) == 2
    err = capsys.readouterr().err
    assert "2023-01_bad.txt" in err and expected in err and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("case, content, expected", BAD_FRONT, ids=[c[0] for c in BAD_FRONT])
def test_keep_going_builds_the_rest_and_names_the_bad_file(inputs, curated_default, case, content, expected, capsys):
    src, ref, out = inputs
    (src / "2023-01_bad.txt").write_text(content, encoding="utf-8")
    (src / "2023-02_also-good.txt").write_text(_release("2023-02", "2023", "2022年河北PM2.5平均浓度37微克/立方米。\n"), encoding="utf-8")
    assert _cli(inputs, "--keep-going") == 0
    err = capsys.readouterr().err
    assert "skipped 2023-01_bad.txt" in err and expected in err
    df = pq.read_table(out).to_pandas()
    assert {"2022-03_test", "2023-02_also-good"} <= set(df.source_id) and "2023-01_bad" not in set(df.source_id)
    report = json.loads((out.parent / "build_report.json").read_text(encoding="utf-8"))
    assert [w for w in report["warnings"] if "2023-01_bad.txt" in w and expected in w]


def test_an_unexpected_exception_in_a_release_is_a_source_error_naming_it(inputs, monkeypatch):
    import etl.build as build_mod
    src, ref, out = inputs
    (src / "2022-04_trips-the-extractor.txt").write_text(_release("2022-04"), encoding="utf-8")
    real = build_mod.extract_release

    def flaky(path, catalog=None):
        if "trips" in str(path):
            raise ZeroDivisionError("division by zero somewhere inside")
        return real(path, catalog)
    monkeypatch.setattr(build_mod, "extract_release", flaky)
    with pytest.raises(SourceError) as exc:
        build(inputs)
    assert "2022-04_trips-the-extractor.txt" in str(exc.value) and "ZeroDivisionError" in str(exc.value)
    result = build(inputs, keep_going=True)
    assert any(w.startswith("skipped 2022-04_trips-the-extractor.txt") and "ZeroDivisionError" in w for w in result.warnings)
    assert "2022-03_test" in set(pq.read_table(out).to_pandas().source_id)


@pytest.mark.parametrize("interrupt", [KeyboardInterrupt, SystemExit])
def test_keep_going_does_not_swallow_an_interrupt(inputs, monkeypatch, interrupt):
    import etl.build as build_mod

    def stop(path, catalog=None):
        raise interrupt()
    monkeypatch.setattr(build_mod, "extract_release", stop)
    with pytest.raises(interrupt):
        build(inputs, keep_going=True)
    assert not inputs[2].exists()


def test_an_11_mb_release_is_refused_before_it_is_read_and_memory_stays_bounded(inputs, curated_default, capsys):
    import tracemalloc
    src, ref, out = inputs
    big = src / "2022-05_huge.txt"
    sentence = "2021年北京PM2.5平均浓度33微克/立方米，这是为测试写的句子。\n".encode()
    with open(big, "wb") as fh:
        fh.write(_release("2022-05").encode())
        for _ in range(11 * 1024 * 1024 // len(sentence) + 1):
            fh.write(sentence)
    assert big.stat().st_size > 11 * 1024 * 1024
    assert _cli(inputs) == 2
    assert "2022-05_huge.txt" in capsys.readouterr().err
    tracemalloc.start()
    try:
        result = build(inputs, keep_going=True)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024, f"peak {peak / 2**20:.0f} MiB"
    warning = next(w for w in result.warnings if "2022-05_huge.txt" in w)
    assert "file too large" in warning and "maximum" in warning
    assert out.exists() and (out.parent / "build_report.json").stat().st_size < 1024 * 1024


def test_reports_list_at_most_n_unused_numbers_per_source_and_count_the_rest(inputs):
    from etl.build import QUOTE_MAX, SKIPPED_PER_SOURCE
    src, ref, out = inputs
    long_clause = "这一句为了测试报告的长度而写得很长" * 20 + "共3个项目。\n"
    body = "".join(f"第{i}批项目共{i}个，涉及资金{i}.5亿元。\n" for i in range(1, 60)) + long_clause
    (src / "2022-06_many-numbers.txt").write_text(_release("2022-06", body=body), encoding="utf-8")
    result = build(inputs)
    total = sum(s["source"] == "2022-06_many-numbers.txt" for s in result.skipped)
    assert total > 3 * SKIPPED_PER_SOURCE
    report = json.loads((out.parent / "build_report.json").read_text(encoding="utf-8"))
    listed = [s for s in report["skipped"] if s["source"] == "2022-06_many-numbers.txt"]
    assert len(listed) == SKIPPED_PER_SOURCE
    assert report["skipped_not_listed"]["2022-06_many-numbers.txt"]["count"] == total - SKIPPED_PER_SOURCE
    assert report["skipped_total"] == len(result.skipped)
    assert all(len(s["quote"] or "") <= QUOTE_MAX for s in report["skipped"])
    assert any(s["quote"].endswith("…") for s in result.skipped if s["source"] == "2022-06_many-numbers.txt")
    md = (out.parent / "build_report.md").read_text(encoding="utf-8")
    assert md.count("sources/2022-06_many-numbers.txt:") == SKIPPED_PER_SOURCE
    assert f"| 2022-06_many-numbers.txt | {total - SKIPPED_PER_SOURCE} |" in md
    assert "not a quantity" not in {s["reason"] for s in listed}, "quantities are listed before dates and bare numbers"


def test_uncatalogued_figures_land_in_the_candidates_table_with_provenance(inputs):
    src, ref, out = inputs
    (src / "2024-02_port.txt").write_text(RELEASE.replace("published: 2022-03", "published: 2024-02").replace(
        "reference_year: 2022", "reference_year: 2024").split("---\n", 2)[0] + "---\n" + RELEASE.split("---\n", 2)[1]
        + "---\n2023年天津市新建社区养老服务驿站126家。\n", encoding="utf-8")
    result = build(inputs)
    cands = pq.read_table(out.with_name("candidates.parquet")).to_pylist()
    port = [c for c in cands if "养老服务驿站" in c["phrase"]]
    assert port and port[0]["value"] == 126 and port[0]["region"] == "tianjin" and port[0]["year"] == 2023
    assert port[0]["source_location"] == "sources/2024-02_port.txt:9" and port[0]["source_title"] == "测试发布稿"
    assert not any("养老服务驿站" in r["indicator_name_zh"] for r in result.rows)
    report = (out.parent / "build_report.md").read_text(encoding="utf-8")
    assert "## Candidate indicators" in report and port[0]["candidate_id"] in report


def test_report_names_each_release_that_gives_no_figure_and_why(inputs):
    src, ref, out = inputs
    (src / "2022-04_quiet.txt").write_text(RELEASE.split("---\n", 2)[0] + "---\n" + RELEASE.split("---\n", 2)[1]
                                           + "---\n会议于2022年4月召开，共有30位代表出席。\n", encoding="utf-8")
    build(inputs)
    report = (out.parent / "build_report.md").read_text(encoding="utf-8")
    section = report.split("## Releases that give no figure (1)")[1].split("##")[0]
    assert "2022-04_quiet" in section and "2022-03_test" not in section
