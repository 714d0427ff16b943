"""Round 12 of issue 8: Tianjin's districts and the counties round Beijing as regions of their own. Every sentence is
written for the test; none is copied from a release."""
from __future__ import annotations

from tests.extract_support import extract, out


def regions_of(res, raw):
    return sorted(r["region"] for r in out(res, raw))


def test_a_tianjin_district_by_its_short_name_has_its_own_growth(tmp_path):
    res = extract(tmp_path, "2023年，武清区地区生产总值957.1亿元。武清的经济增长为4.7%，静海增长2.0%。\n")
    assert regions_of(res, "957.1亿元") == ["wuqing"]
    assert regions_of(res, "4.7%") == ["wuqing"] and regions_of(res, "2.0%") == ["jinghai"]


def test_a_county_round_beijing_is_its_own_region_not_langfang_or_hebei(tmp_path):
    res = extract(tmp_path, "2022年，河北省廊坊市固安县地区生产总值320亿元，霸州市引进北京项目56个。\n")
    assert regions_of(res, "320亿元") == ["gu_an"]
    assert all(r == "bazhou" for r in regions_of(res, "56个"))


def test_a_county_level_city_home_takes_its_own_anaphora(tmp_path):
    res = extract(tmp_path, "全市地区生产总值达到260亿元，增长6.1%。\n", title="涿州市2022年国民经济和社会发展统计公报")
    assert regions_of(res, "260亿元") == ["zhuozhou"]


def test_a_university_or_a_beijing_market_named_like_a_district_is_not_the_district(tmp_path):
    res = extract(tmp_path, "2022年，南开大学科研经费达到25亿元。北辰集团实现营业收入600亿元。\n")
    assert not [r for r in res.rows + res.candidates if r["region"] in ("nankai", "beichen", "tianjin")]


def test_hebei_district_of_tianjin_still_never_becomes_the_province(tmp_path):
    res = extract(tmp_path, "2022年，天津市河北区地区生产总值530亿元；河北区域内PM2.5浓度下降。\n")
    assert not out(res, "530亿元")
