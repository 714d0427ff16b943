"""Round 35 of issue 8. Every sentence is written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out, regions


def test_a_zone_named_right_after_its_city_is_the_subject_not_the_city(tmp_path):
    body = ("2019年12月3日 10:20\n\n一度冷清的沧州临港经济技术开发区招商形势喜人。"
            "今年以来共签约项目52个，比去年同期增加20个，涉及总投资310亿元。\n")
    res = extract(tmp_path, body, title="沧州临港经济技术开发区 招商引资提速", published="2019-12-05", reference_year=2019)
    assert not out(res, "52个") and not out(res, "310亿元")
    # the city itself, named alone, is still the subject of the sentences after it
    body = ("2019年12月3日 10:20\n\n一度冷清的沧州招商形势喜人。今年以来共签约项目52个，涉及总投资310亿元。\n")
    res = extract(tmp_path, body, title="招商引资提速", published="2019-12-05", reference_year=2019)
    assert regions(res, "52个") == ["cangzhou"]


def test_bare_qualifiers_listed_share_the_measure_the_last_item_goes_on_with(tmp_path):
    body = "2019年，天津市城镇和农村居民人均可支配收入分别为46119元和24804元。\n"
    res = extract(tmp_path, body, title="天津居民收入", published="2020-03-01", reference_year=2020)
    assert [(r["indicator"], r["region"]) for r in out(res, "46119元")] == [("urban_disposable_income_per_capita", "tianjin")]
    assert [(r["indicator"], r["region"]) for r in out(res, "24804元")] == [("rural_disposable_income_per_capita", "tianjin")]
    # items with measure words of their own keep them (医院诊疗人次数, not 医院诊疗人次数人数)
    body = "2019年，天津市医院诊疗人次数和出院人数分别为12000万人次和180万人次。\n"
    res = extract(tmp_path, body, title="天津卫生健康", published="2020-03-01", reference_year=2020)
    assert [r["candidate_id"] for r in out(res, "12000万人次")] == ["医院诊疗人次数|万人次"]


def test_a_place_with_only_its_numbers_after_a_told_list_takes_the_same_measures(tmp_path):
    body = ("2018年，北京市研究机构与高等院校R&D经费内部支出分别为800.5亿元和190.2亿元；"
            "天津市分别为55.1亿元和70.3亿元；河北省分别为50.2亿元和25.6亿元。\n")
    res = extract(tmp_path, body, title="京津冀科技创新比较", published="2020-05-01", reference_year=2020)
    assert [(r["region"], r["year"]) for r in out(res, "70.3亿元")] == [("tianjin", 2018)]
    assert [r["region"] for r in out(res, "25.6亿元")] == ["hebei"]
    # none of them is the whole region's R&D spending
    assert not [r for r in res.rows if r["indicator"] == "rd_expenditure"]
    assert out(res, "70.3亿元")[0]["candidate_id"] == out(res, "190.2亿元")[0]["candidate_id"]
