"""What a release is about, read once from its front matter and headline: the region that anaphora
(全市, 我省, 区域) refer to, the year of figures the text gives none, and a sub-annual period.

Region: front matter `home_region` (a region id) wins. Otherwise the headline (title and subtitle),
then the first sentence of the body, then the publisher (河北省统计局) are searched for the regions of
the anaphor's kind:
  city      全市, 本市, 我市: 北京, 天津 (municipalities) or a prefecture-level city
  province  全省, 我省, 本省: a province that is not a municipality (河北)
  area      区域: 京津冀 or a group of regions (津冀, the capital metropolitan area)
  district  全区, 该区, 新区, 全县: a district, a new area (雄安新区, 滨海新区) or a county
  park      园区 (as a subject): the district or new area of the one park a headline names
Exactly one distinct region of that kind resolves the anaphor; none or several leave it unresolved,
and the figure is skipped ('ambiguous anaphora'): never guessed past that. Several in the headline (or
first sentence) resolve only when the publisher names exactly one of them (天津北方网: 天津, not 北京).
`implicit`: when the headline names exactly one region and it is a province, city, district or new
area ("北京市2023年国民经济和社会发展统计公报"), a sentence that names no region at all is about it.
Year: a headline naming exactly one year as a time ("2025年PM2.5年均浓度27.0微克/立方米"); else a report
named in the first sentence for one year ("…联合发布《2015年全国科技经费投入统计公报》显示").
Sub-annual: a headline naming 上半年, 一季度, 前三季度, 1-6月 ...; a season (秋冬季) named in the headline or the first
sentence holds for the whole release, as a period of its text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl.extract.phrase import FEASTS, HOLIDAY
from etl.extract.regions import (
    _NAME_AFTER,
    ANAPHOR,
    ANAPHORA,
    DISTRICTS,
    OTHER,
    PAIR_NAMES,
    ZONE_KINDS,
    RegionFinder,
    RegionMention,
    games_named,
)
from etl.extract.years import BARE_YEAR, year_refs

MUNICIPALITIES = ("beijing", "tianjin")
_KIND_LEVELS = {
    "city": ("city",),
    "province": ("province",),
    "area": ("region", "group", "metro"),
    "district": ("district", "new_area", "county"),   # 全区, 该区, 新区: a district, a new area, a county
    "county": ("county", "district", "county_city"),  # 全县, 该县: a county, or a district or city that was one (崇礼, 平泉)
}
_IMPLICIT_LEVELS = ("province", "city", "district", "new_area", "county", "county_city", "site")
# quarters, halves and the first months of a year, as a headline or a sentence names them (the extractor's pattern too)
# 2017年10—12月 (a bulletin's quarter written as its months): the second, third or fourth quarter
QUARTER_MONTHS = r"(?<!\d)(?:4\s?[-—–~至到]\s?6|7\s?[-—–~至到]\s?9|10\s?[-—–~至到]\s?12)月(?!\d)"
PARTS_OF_YEAR = QUARTER_MONTHS + r"|[1一][-—–~至到][23二三]季度|(?<![1一][-—–~至到])[一二三四1-4]季度|第[一二三四]季度|首季度?|前三季度|上半年|下半年|(?:前|头)(?:\d{1,2}|[两俩三四五六七八九十]|十[一二])个?月"  # (头俩月, 头两个月: 前两个月 said plainly)
_SUBANNUAL_RE = re.compile(PARTS_OF_YEAR + r"|(?<!\d)1?\d(?:月份?)?[-—–~至](?!12月)\d{1,2}月|月报")
# 春节假期河北省接待游客2200.39万人次: a holiday week is the headline's period too (not 国庆中秋假期: two feasts at once)
_HOLIDAY_RE = re.compile(HOLIDAY)
# 天津9月空气质量综合指数同比下降25.4%: one month's statistics are the headline's period (not 9月1日起…, 9月底: a date)
_HEADLINE_MONTH = re.compile(r"(?<![\d月\-—–~至到])(?:1[0-2]|[1-9])月(?!份?[\d上中下底末初起])(?=[^，,。；;]{0,12}?(?:空气质量|经济运行|运行情况|"
                             r"PM2\.5|综合指数|同比|环比|浓度|吞吐量|客运量|货运量))")
_FEAST = re.compile(FEASTS)
_REPORT_MONTH = re.compile(r"(?:19|20)\d\d\s*年\s*(1[0-2]|[1-9])\s*月(?![底末份]?\d)")
# (《2015北京市环境状况公报》: the year run straight into the place, no 年)
_REPORT_YEAR = re.compile(r"《[^《》]{0,8}?((?:19|20)\d\d)(?:年(?:度)?|(?=[\u4e00-\u9fff]))[^《》\d]{0,30}(?:公报|报告|年报|通报|简报)》")
# 《中国区域科技创新评价报告2021》: the report's year after its name
_REPORT_YEAR_AFTER = re.compile(r"《[^《》\d]{2,30}(?:公报|报告|年报|通报|简报)[（(]?((?:19|20)\d\d)(?:年|年度)?[)）]?》")
_BULLETIN_PERIOD = re.compile(r"(?:通报|发布|公布|公开|召开|介绍)了?[^。；;]{0,24}?(?:今年|(?:19|20)\d\d年)?(上半年|一季度|前三季度|1[-—–~至到]\d{1,2}月|"
                              r"前(?:\d{1,2}|[两三四五六七八九十]|十[一二])个?月|"  # (通报今年前5月全国环境空气质量状况)
                              + QUARTER_MONTHS + ")"
                              r"[^。；;]{0,24}?(?:状况|情况)")
# 环境保护部今天发布了2014年1月份…74个城市空气质量状况: a month's bulletin of air or water quality
_MONTH_BULLETIN = re.compile(r"(?:通报|发布|公布|公开)了?(?:今年|(?:19|20)\d\d年)?((?:[1-9]|1[0-2])月份?)(?![底末])[^。；;]{0,48}?"
                             r"(?:空气质量|环境质量|水质|水环境质量)[^。；;]{0,8}?(?:状况|情况)")
# (2017年10月至2018年2月…空气质量: the heating season's months across two years, dated by the last, as 秋冬季 is)
_SEASON_RE = re.compile(r"(?:(?:19|20)\d\d\s*[-—–~至到]\s*((?:19|20)\d\d)年)?(?:秋冬季|采暖季|供暖季)"
                        r"|(?:19|20)\d\d年(?:9|1[0-2])月份?[-—–~至到]((?:19|20)\d\d)年[1-4]月份?")
_SEASON_BULLETIN = re.compile(r"(?:通报|发布|公布)了?[^。；;]{0,12}?(?:(?:19|20)\d\d\s*[-—–~至到]\s*(?:19|20)\d\d年)?"
                              r"(?:秋冬季|采暖季|供暖季)[^。；;]{0,24}?(?:状况|情况)")
_DIGITS = re.compile(r"[\d０-９]")
_FIRST_OPENS_ON_PART = re.compile(rf"^\s*(?:(?:19|20)\d\d年|今年)?({PARTS_OF_YEAR}|1?\d[-—–~至]1?\d月)份?[，,]")
_AS_OF_YEAR_END = re.compile(r"截[至止](?:到)?((?:19|20)\d\d)年(?:12月)?(?:底|末|31日)")
_PARK_NAMED = re.compile(r"科技园|产业园|科技城|园区|示范区|高新区|开发区|物流园")
# 天津一季度达标天数增加18天 蓟县最优静海较差: a place followed by its rank is one of a ranking, not what the headline is about
_RANKED = re.compile(r"(?:最优|最好|最佳|最差|较差|较好|最低|最高|垫底|居首|领跑|排名|排第|位列|列第)")
# 河北省…评审会在石家庄召开: where a meeting is held, not whose figures the release gives
_HELD_AFTER = re.compile(r"(?:市|省)?(?:召开|举行|举办|开幕|闭幕|启幕)")
_FIRST_SENTENCE = re.compile(r"[^。！？!?]+")
_SENTENCE_END = re.compile(r"[。！？!?]")
# a page's byline or dateline paragraph (来源:长城网 作者:…, 发布日期:2024-12-20 信息来源:…) is not the first sentence
_BYLINE = re.compile(r"\s*(?:(?:信息)?来源|作者|记者|编辑|责任编辑|发布(?:日期|时间)|时间|日期)\s*[:：]|\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d\d(?::\d\d)?)?\s*$")


@dataclass
class Subject:
    home: dict[str, str | None] = field(default_factory=dict)   # anaphor kind -> region id
    implicit: str | None = None
    year: int | None = None
    subannual: str | None = None
    headline: str = ""                                           # title and subtitle
    in_headline: list[str] = field(default_factory=list)         # the regions of ours the headline names
    headline_places: frozenset[str] = frozenset()                # …named as places only (京津冀协同… is a name)
    headline_anaphors: frozenset[str] = frozenset()              # the places the headline's 我市, 全省 … stand for
    season: bool = False                                         # a season named in the headline or first sentence
    text_period: bool = False                                    # a bulletin's period named in its first sentence
    elsewhere: bool = False                                      # the headline is about a place none of ours
    site: bool = False                                           # …about one site of its place, none of ours

    def resolve(self, kind: str) -> str | None:
        home = self.home.get(kind)
        return "tongzhou" if kind == "district" and home == "subcentre" else home  # 全区: the district it lies in


# a place's own government organ as publisher (滦南县人民政府, 河北省统计局), not a newspaper or a portal of the place
# 天津日报, 石家庄日报, 《怀柔人大》数字报: the place's own paper
_OWN_PAPER = re.compile(r"^\s*《?[\u4e00-\u9fff]{2,4}(?:日报|晚报|》?数字报)(?:社)?\s*$")
_GOVERNMENT = re.compile(r"(?:人民政府|政府办公室|发展改革委|发改委|人民代表大会|人大常委会"
                         r"|[\u4e00-\u9fff]{2,8}(?:局|厅|委员会|调查总队|调查队)"  # (统计局, 工业和信息化局: any organ)
                         r"|[省市区县][\u4e00-\u9fff]{2,10}(?:监测|研究|信息|统计|发展)中心)(?:网站|门户网站)?\s*$")
# (北京市价格监测中心, 河北省环境监测中心: a government's own institute; a newsroom, 融媒体中心, is none)
_ORGANS_AFTER = re.compile(r"[省市区县]?(?:委(?![员会])|政府|人民政府)")  # 承德市委、市政府: the place's own leadership
_LEAD_ONLY = re.compile(r"\s*(?:[^，,。：:]{1,10}[，,]\s*)?")  # …as the sentence's subject, after a time phrase at most


def fits_kind(kind: str, region: str, level: str | None) -> bool:
    """A region that an anaphor of this kind (city, province, area, district, park) may stand for."""
    if kind == "city":
        return region in MUNICIPALITIES or level in ("city", "county_city")
    if kind == "province":
        return level == "province" and region not in MUNICIPALITIES
    return level in _KIND_LEVELS.get(kind, _KIND_LEVELS["district"])  # (园区: the district or new area it lies in)


def _before_other_place(found: list[RegionMention], i: int) -> bool:
    """The mention runs straight into a place none of ours (天津市河北区): that place is the subject."""
    return i + 1 < len(found) and found[i + 1].region == OTHER and found[i].end == found[i + 1].start


def _about_a_district(headline: str, found: list[RegionMention], in_headline: list[str]) -> bool:
    """The headline is about a district none of ours: 天津市河北区政府工作报告, (天津市)…天津市武清区人民政府工作报告
    (a municipality run straight into one of its districts), 北辰区多措并举… (a district first)."""
    for i, m in enumerate(found):
        if m.region in MUNICIPALITIES and _before_other_place(found, i) and (
                not in_headline or headline[found[i + 1].start:found[i + 1].end] in DISTRICTS):
            return True
    return bool(found) and found[0].region == OTHER and headline[found[0].start:found[0].end] in DISTRICTS


_CITY_PARTS = ("城区", "主城区", "市区", "城區", "主城區", "市區")  # 承德城区1—9月优良天数: the city's own urban monitoring, 我市 is the city


_DATELINE_AFTER = re.compile(r"\s*\d{1,2}月\d{1,2}日(?:电|讯)")


def _named(text: str, finder: RegionFinder, found: list[RegionMention] | None = None) -> list[str]:
    out = []
    found = finder.find(text) if found is None else found
    for i, m in enumerate(found):
        if _before_other_place(found, i) and text[found[i + 1].start:found[i + 1].end] not in _CITY_PARTS:
            continue  # 天津市河北区: the district is the subject, and it is none of ours (承德城区: still the city's)
        flow_source = m.origin and (not _NAME_AFTER.match(text, m.end) or games_named(text, text[m.start:m.end], m.end))
        # (京冀来津: not the subject; 京津冀协同…: it is; 北京冬奥: the Games, not it)
        if _DATELINE_AFTER.match(text, m.end):
            continue  # 中新社石家庄7月22日电 as the only headline a page kept: where the story was filed, not its subject
        if m.region not in (OTHER, ANAPHOR) and not m.compared and not flow_source and m.region not in out:
            out.append(m.region)
    return out


def _lead_place(headline: str, found: list[RegionMention], finder: RegionFinder) -> list[str]:
    """保定：奋力开创京津保地区…新局面: a headline that opens on a place and a colon is about that place, whatever
    the rest names; 北京：通州区PM2.5…: about the place of it that opens the rest."""
    if (found and found[0].region not in (OTHER, ANAPHOR) and not headline[:found[0].start].strip(" 【】[]")
            and headline[found[0].end:found[0].end + 1] in (":", "：")):
        if len(found) > 1 and found[1].start == found[0].end + 1 and finder.contains(found[0].region, found[1].region):
            return [found[1].region]
        return [found[0].region]
    return []


MOVED_INTO = r"(?:入驻|落户|落地|迁入|迁至|迁往|搬迁至|转移至|疏解至|转移到|疏解到)"  # what moves goes into the place after
_MOVED_INTO = re.compile(MOVED_INTO + "$")


def _host_place(headline: str, found: list[RegionMention]) -> list[str]:
    """北京两千商户抱团入驻沧州明珠商贸城: the one place of ours what moves goes into (even inside a market's name) is
    what the headline is about, not where the movers come from."""
    hosts = {m.region for m in found if m.region not in (OTHER, ANAPHOR) and _MOVED_INTO.search(headline, 0, m.start)}
    return list(hosts) if len(hosts) == 1 else []


_BUILT_BEFORE = re.compile(r"(?:打造|共建|建设|联手|携手|合作|共同)")
_PARK_AFTER = re.compile(r"[^，,。；;：:\s]{0,10}?(?:示范区|产业园|科技园|科技城|园区|新城|开发区)")


def _built_place(headline: str, found: list[RegionMention]) -> list[str]:
    """京冀联手打造曹妃甸协同发展示范区: the one place a park is built in, after the builders and their verb, is what
    the headline is about; the builders are the partners."""
    hosts = {m.region for m in found if m.region not in (OTHER, ANAPHOR) and _BUILT_BEFORE.search(headline, 0, m.start)
             and (_PARK_AFTER.match(headline, m.end) or _PARK_NAMED.search(headline, m.start, m.end))}
    return list(hosts) if len(hosts) == 1 else []


_AIDED_BEFORE = re.compile(r"(?:对口|结对)?(?:帮扶|支援|援建|扶贫协作)(?:河北省?|天津市?|北京市?)?$")


def _seat_in_brackets(text: str, finder: RegionFinder) -> list[str]:
    """第二十一届中国(廊坊)农产品交易会举行…: the one place a first sentence names only as an event's seat, in brackets,
    is where the release is (for its anaphora: 我市签约项目数…)."""
    seats = {m.region for m in finder.find(text) if m.region not in (OTHER, ANAPHOR)
             and text[m.start - 1:m.start] in ("(", "（") and text[m.end:m.end + 1] in (")", "）")}
    return list(seats) if len(seats) == 1 else []


def _aided_place(headline: str, found: list[RegionMention], finder: RegionFinder) -> list[str]:
    """北京和天津对口帮扶河北承德: the one place aided, after the givers and their verb, is the one the headline's anaphora
    stand for (河北 before 承德 is its address)."""
    aided = {m.region for m in found if m.region not in (OTHER, ANAPHOR) and _AIDED_BEFORE.search(headline, 0, m.start)}
    inner = [r for r in aided if not any(o != r and finder.contains(r, o) for o in aided)]
    return inner if len(inner) == 1 else []


# a site a headline names after its place (沧州明珠商贸城, 永清国际服装城, 通州院区, 天开东丽园, 天津西站, 雄安站, 雄安动车:
# a station or a train service, but not a station's hub under construction): a market, town or campus of the place,
# its name no verb (保定获…投资白洋淀科技城: 保定 gets, the city is 白洋淀's; 推动产业园区建设: parks in general)
SITE_AFTER = re.compile(r"园(?![区林艺地])|[东西南北本]?站(?![点台长上在稳]|综合|枢纽)|动车|(?!中关村)(?:(?!获|建|签约|落户|入驻|承接|引进|开工|启动|打造|推|加快|发展|支持)[\u4e00-\u9fff]){0,4}?"
                        r"(?:科技城|服装城|商贸城|物流园|产业园|科技园|工业园|健康城|批发市场|院区|物流港|陆港|火车站|客运站|汽车站)(?!区)")


def _about_a_site(headline: str, found: list[RegionMention], place: str) -> bool:
    """Every naming of the headline's one place names a site of it: the release is about the site, and a figure
    that names no place is the site's, none of our regions'."""
    own = [m for m in found if m.region == place]
    return bool(own) and all(SITE_AFTER.match(headline, m.end) for m in own)


def _home_of(kind: str, sources: tuple[list[str], ...], levels: dict[str, str | None],
             within: dict[str, frozenset[str]]) -> str | None:
    """The one region of the anaphor's kind in the first source that names any; several there are resolved only
    when the publisher names exactly one of them (天津北方网, headline naming 天津 and 北京 as a flow's source), or
    names the province exactly one of them lies in (河北经济日报, headline naming 北京 and 涿州: 全市 is 涿州)."""
    for named in sources:
        fitting = [r for r in named if fits_kind(kind, r, levels.get(r))]
        if len(fitting) == 1:
            return fitting[0]
        if fitting:
            agreed = [r for r in fitting if r in sources[-1]] or [
                r for r in fitting if any(p in within.get(r, ()) and levels.get(p) == "province" for p in sources[-1])]
            return agreed[0] if len(agreed) == 1 and named is not sources[-1] else None
    return None


# the zone a class's generic name (经开区, 高新区, 保税区 …) said again stands for: one of the release's zones whose name
# ends on the class's words (天津经开区, 天津经济技术开发区), looked for in its headline and first paragraphs
_ZONE_CLASSES = {"hitech_zone": re.compile(r"(?:高新区|高新技术产业开发区)$"),
                 "dev_zone": re.compile(r"(?<!高新技术产业)(?:经开区|开发区)$|^(?:泰达|TEDA)$"),  # (TEDA: 天津经开区's own name)
                 "bonded_zone": re.compile(r"(?:保税区|综保区|综合保税区|保税港区)$")}
_ZONE_PARAGRAPHS = 6
_ZONE_WORDS = tuple(word for word, kind in ANAPHORA.items() if kind in ZONE_KINDS)  # 经开区, 高新区, 保税区 …


def _zones_named(found: list[tuple[str, list[RegionMention]]]) -> dict[str, str | None]:
    """Zone class -> the one zone of ours of that class the texts name (None for none or several); `found`: each text
    with the places found in it."""
    names = [(text[m.start:m.end], m.region) for text, mentions in found for m in mentions
             if m.named and m.region not in (OTHER, ANAPHOR)]
    out: dict[str, str | None] = {}
    for kind, word in _ZONE_CLASSES.items():
        zones = {region for name, region in names if word.search(name)}
        out[kind] = zones.pop() if len(zones) == 1 else None
    return out


def _namesake_zone(kind: str, city: str | None, finder: RegionFinder) -> str | None:
    """一季度保税区经济…, by 津云: a class's generic name in a city's release that names no zone of the class is the
    one zone of ours the city's name and that word name (天津保税区, 天津开发区, 石家庄高新区), as the city's press says it."""
    if not city:
        return None
    names = [a for a, rid in finder.alias_to_id.items() if rid == city]
    zones = {rid for alias, rid in finder.alias_to_id.items() if _ZONE_CLASSES[kind].search(alias)
             and city in finder.within.get(rid, ()) and any(alias.startswith(n) and alias[len(n):] in _ZONE_WORDS for n in names)}
    return zones.pop() if len(zones) == 1 else None


def _park_host(in_headline: list[str], levels: dict) -> str | None:
    """The one county-level city a headline names with its park (北京新发地高碑店农产品物流园…): 园区 is there."""
    hosts = [r for r in in_headline if levels.get(r) == "county_city"]
    return hosts[0] if len(set(hosts)) == 1 else None


def _year_of(headline: str, first: str, reference_year: int) -> int | None:
    """The one year a headline names as a time; else a report's year in the first sentence; else the date of
    its data (截至2023年12月底，…)."""
    # (京津冀医联体由2023年底的40个增至70个: the year a change starts from is not the time the release speaks of)
    years = {r.year for r in year_refs(headline, reference_year) if r.role == "time" and not headline[:r.pos].endswith(("由", "从"))
             } if "年" in headline or BARE_YEAR.search(headline) else set()
    if not years:
        years = {int(y) for y in _REPORT_YEAR.findall(first)} | {int(y) for y in _REPORT_YEAR_AFTER.findall(first)}
    if not years:
        years = {int(y) for y in _AS_OF_YEAR_END.findall(first)}
    return years.pop() if len(years) == 1 and max(years) <= reference_year else None


def _innermost(headline: str, in_headline: list[str], found: list[RegionMention], finder: RegionFinder,
               levels: dict[str, str | None]) -> list[str]:
    """(天津市)…天津市武清区…工作报告: a headline whose other places are the province or city one place lies in is
    about that place; a headline naming a place beside the chain (北京通州与廊坊北三县) or an area (京津冀…在京举行)
    stays about all it names."""
    inner = [r for r in in_headline if not any(finder.contains(r, o) for o in in_headline)]
    if len(inner) != 1 or len(in_headline) < 2:
        return in_headline
    chain = all(m.region in (inner[0], ANAPHOR)
                or (levels.get(m.region) in ("province", "city") and finder.contains(m.region, inner[0]))
                or _NATIONAL_WORD.fullmatch(headline, m.start, m.end) for m in found)
    return inner if chain else in_headline


# [承德]:河北平泉县建全国统一蔬菜大棚基地: 全国 as a word of what is built or won, beside no place of a chain
_NATIONAL_WORD = re.compile(r"全国(?![、和及与])")


def _beside_other(headline: str, found: list[RegionMention]) -> bool:
    """京沪人均超3万元, 北京、上海…: a place of ours side by side with one none of ours is one of a comparison; the
    headline is about neither alone."""
    for a, b in zip(found, found[1:]):
        if (a.region == OTHER) != (b.region == OTHER) and ANAPHOR not in (a.region, b.region) and a.named and b.named and (
                not headline.endswith("区", 0, (a if a.region == OTHER else b).end)) and (
                headline[a.end:b.start] in ("", "、", "和", "与", "及")):
            return True
    return False


def _not_venues_nor_ranked(headline: str, found: list[RegionMention], in_headline: list[str]) -> list[str]:
    """The headline's places less a meeting's venue (…评审会在石家庄召开) and the places of a ranking (…蓟县最优静海较差),
    when some other place is left."""
    for said_of in (lambda m: headline[m.start - 1:m.start] in ("在", "于") and _HELD_AFTER.match(headline, m.end),
                    lambda m: _RANKED.match(headline, m.end)):
        aside = [r for r in in_headline if all(said_of(m) for m in found if m.region == r)]
        if aside and len(aside) < len(in_headline):
            in_headline = [r for r in in_headline if r not in aside]
    return in_headline


def _by_government(name: str) -> bool:
    """A publisher that is a government organ, or organs jointly (北京市统计局, 国家统计局北京调查总队: a statistical
    communiqué's two authors)."""
    return all(_GOVERNMENT.search(part) for part in re.split(r"[,，、;；]|\s和\s", name) if part.strip())


def _only_places(name: str, finder: RegionFinder) -> bool:
    """A publisher that is a place's name and nothing more (北京市通州区, the yearbook on the district's own site):
    its government's release, as 通州区人民政府 would be."""
    name = name.strip()
    return bool(name) and sum(m.end - m.start for m in finder.find(name) if m.named) == len(name)


# a headline that is a town's name, or opens on it (大营镇2023年工作总结); not 乡镇, 城镇, 小镇 and the like
_TOWN_HEADLINE = re.compile(r"\s*(?!乡镇|城镇|城乡|特色小镇|全|该|本|各)[\u4e00-\u9fff]{2,4}(?:镇|乡|街道)(?:办事处)?"
                            r"(?:[\s:：（(]|(?:19|20)\d\d|概况|简介|$)")


def _implicit_elsewhere(subject: Subject, found: list[RegionMention], first: tuple[str, list[str]],
                        publisher: tuple[str, list[str]], finder: RegionFinder, levels: dict) -> str | None:
    """The place a headline naming none leaves its release to: its publisher's or its first sentence's."""
    (text, in_first), (name, in_publisher) = first, publisher
    if _TOWN_HEADLINE.match(subject.headline):
        return None  # 宽城镇, on the county's site: a town's page, whose figures are the town's, not the county's
    if (len(subject.in_headline) == 1 and levels.get(subject.in_headline[0]) == "group" and _TOGETHER.search(subject.headline)
            and not subject.elsewhere):
        return subject.in_headline[0]  # 北京通州区与北三县协同发展取得阶段性进展: the pair's release, its unplaced figures the pair's
    if len(in_publisher) == 1 and levels.get(in_publisher[0]) in _IMPLICIT_LEVELS and all(
            m.region == ANAPHOR and subject.home.get(m.kind) == in_publisher[0] for m in found) and (
            _by_government(name) or (found and _OWN_PAPER.search(name)) or _only_places(name, finder)):
        # 2024年政府工作报告, published by 滦南县人民政府: the county's own report; 2023年全省R&D经费投入增长7.4%, by
        # 河北省统计局, or 全市…专精特新中小企业超过2500家 by 天津日报: the headline's anaphor is the publisher's place, and
        # so is a sentence naming no place
        return in_publisher[0]
    if not subject.headline_places and (host := _event_host(subject.headline, finder)):
        return host  # 2022年服贸会达成成果1339个, 中关村论坛吸引10亿人次关注: the event's figures are its host's
    if not subject.headline_places and len(in_first) == 1 and levels.get(in_first[0]) in _IMPLICIT_LEVELS and any(
            (m.region == ANAPHOR and subject.home.get(m.kind) == in_first[0])
            or (m.region == in_first[0] and _ORGANS_AFTER.match(text, m.end) and _LEAD_ONLY.fullmatch(text, 0, m.start))
            for m in finder.find(text)):
        # 去年市场总消费超3万亿元 over 日前，市商务局在全市商务工作会议上披露…，今年北京市场总消费…: a headline naming no
        # place, over a first sentence naming one and speaking of it as 全市, or as its party committee and government
        # (40年来，承德市委、市政府高度重视…): the release is that place's
        return in_first[0]
    if not subject.headline_places and (opener := _agent_opening(text, finder)) and levels.get(opener) in _IMPLICIT_LEVELS:
        return opener  # 2023年以来，滨海新区坚持…，深入贯彻…对天津工作…要求 under 一、2023年计划执行情况: the report's place
    return None


_TOGETHER = re.compile(r"协同|一体化|合作|联动|共建")  # a headline on places working together (通州区与北三县协同发展…)
# a place acting as the subject of its report's opening (…，滨海新区坚持…, 过去一年，武清区深入贯彻…)
_AGENT_AFTER = re.compile(r"(?:区|市|县)?(?:坚持|深入|全面|着力|聚焦|立足|围绕|紧紧|认真|牢牢|始终|积极|主动)")


def _agent_opening(text: str, finder: RegionFinder) -> str | None:
    """The place a release's first sentence opens on as its actor, after a time phrase at most."""
    found = [m for m in finder.find(text) if m.region != ANAPHOR]
    if not found or not found[0].named or found[0].region == OTHER:
        return None
    m = found[0]
    return m.region if _LEAD_ONLY.fullmatch(text, 0, m.start) and _AGENT_AFTER.match(text, m.end) else None


def _first_and_its_places(first: str, prose: list, finder: RegionFinder, subject: Subject,
                          found: list[RegionMention], levels: dict[str, str | None]) -> tuple[str, list[str]]:
    """The first sentence and the places it names; for a headline speaking only by anaphor over a first sentence naming
    none (2020年我市前三季度经济数据 over bullet points), the later sentence that names the anaphor's place."""
    in_first = _named(first, finder) or _seat_in_brackets(first, finder)
    if not in_first and not subject.headline_places and any(m.region == ANAPHOR for m in found) and (
            later := _later_sentence_naming_its_anaphor(prose, finder, subject.headline, lambda place: any(
                fits_kind(m.kind, place, levels.get(place)) for m in found if m.region == ANAPHOR))):
        return later
    return first, in_first


_ANAPHOR_PARAGRAPHS = 12


def _later_sentence_naming_its_anaphor(prose: list, finder: RegionFinder, headline: str,
                                       fits=lambda place: False) -> tuple[str, list[str]] | None:
    """The first sentence of the opening paragraphs naming one place of ours beside an anaphor (前三季度，天津市…，全市经济运行…),
    for a headline speaking only by anaphor (我市…) over a first sentence naming no place: the place the release is about.
    The headline said again at a paragraph's start (its lines run together) is no such sentence."""
    said_again = re.sub(r"\s", "", headline)
    for para in prose[:_ANAPHOR_PARAGRAPHS]:
        text = re.sub(r"\s", "", para.text)
        for sentence in _FIRST_SENTENCE.findall(text[len(said_again):] if said_again and text.startswith(said_again) else text):
            found = finder.find(sentence)
            named = {m.region for m in found if m.named and m.region not in (OTHER, ANAPHOR)}
            if named and any(m.region == ANAPHOR for m in found):
                return (sentence, sorted(named)) if len(named) == 1 else None
            if named and len(named) == 1 and fits(next(iter(named))):
                return sentence, sorted(named)  # 今年前三季度，滨海新区统筹… under 前三季度新区主要经济指标回稳向好: the one
                # new area the headline's 新区 can stand for
            if named:
                return None  # (a sentence naming places but no anaphor: the release's places are elsewhere)
    return None


def _event_host(headline: str, finder: RegionFinder) -> str | None:
    """The one host of the yearly events a headline names (regions.yml `hosts`)."""
    hosts = {rid for name, rid in finder.event_hosts.items() if name in headline}
    return hosts.pop() if len(hosts) == 1 else None


def _first_sentence(prose: list, headline: str) -> str:
    """The lead's first sentence: of the first paragraph that ends one, less the headline said again before it on one
    line (a mirror's 一年增加近20万!…|网站 9月9日，…发布《2024年…报告》: the lead, not the headline's own clause)."""
    para = next((p for p in prose if _SENTENCE_END.search(p.text)), prose[0] if prose else None)
    text, said_again = (para.text.strip() if para else ""), headline.strip()
    if said_again and text.startswith(said_again):
        text = text[len(said_again):]
    m = _FIRST_SENTENCE.match(text)
    return m.group() if m else ""


# a repost's headline years older than this, with the year nowhere in its text, is not the text's year
_STALE_HEADLINE_YEARS = 4


def _stale_headline(year: int, headline: str, prose: list, reference_year: int) -> bool:
    """2011年天津港集装箱吞吐量排名 over 中新网天津2月6日电…1月份完成货物吞吐量…, published 2023: a reposting
    page's headline years before the news, whose text never names that year, dates none of the text's figures."""
    return reference_year - year >= _STALE_HEADLINE_YEARS and not any(
        f"{year}年" in p.text.replace(headline.strip(), "") for p in prose)  # (the headline printed again is no text)


def subject_of(release, finder: RegionFinder, levels: dict[str, str | None], reference_year: int) -> Subject:
    front = release.front
    headline = release.headline or " ".join(str(front.get(k) or "") for k in ("title", "subtitle"))
    subject = Subject(headline=headline)
    prose = [p for p in release.paragraphs if not p.heading and not _BYLINE.match(p.text) and p.text.strip() != headline.strip()]
    # (a page's menu, path and share lines (更多栏目+, 所在位置: 首页 > …) end no sentence: the first that does is first)
    first = _first_sentence(prose, headline)
    found = finder.find(headline)
    in_headline = subject.in_headline = (_lead_place(headline, found, finder) or _host_place(headline, found)
                                         or _built_place(headline, found) or _named(headline, finder, found))
    in_headline = subject.in_headline = _not_venues_nor_ranked(headline, found, in_headline)
    subject.headline_places = frozenset(m.region for m in found if m.named and m.region not in (OTHER, ANAPHOR))
    # (京张协同十年: a pair of Beijing and a Hebei city; a figure the text places nowhere is neither's, nor Hebei's)
    subject.elsewhere = _about_a_district(headline, found, in_headline) or any(
        headline[m.start:m.end] in PAIR_NAMES for m in found)
    about = _innermost(headline, in_headline, found, finder, levels)
    if len(about) > 1:  # 天津滨海新区…融入京津冀协同: the strategy's name beside the place the story is about
        strategy = {m.region for m in found if headline.startswith("协同", m.end)}
        rest = [r for r in about if r not in strategy]
        about = rest if len(rest) == 1 and levels.get(rest[0]) in ("city", "district", "new_area", "county", "county_city") else about
    first, in_first = _first_and_its_places(first, prose, finder, subject, found, levels)
    publisher = release.publisher.split("(")[0]  # 河北省统计局, not "(hetj.gov.cn …)"
    in_publisher = _named(publisher, finder)
    home = front.get("home_region")
    # the places an anaphor may stand for, a site by the place it lies in (天津港…: 全市 is 天津)
    # (北京和天津对口帮扶河北承德: 全市 is the place aided; a figure naming no place stays no one's)
    aided = _aided_place(headline, found, finder)
    sources = tuple([finder.site_host.get(r) or r for r in named] for named in (aided or in_headline, in_first, in_publisher))
    for kind in _KIND_LEVELS:
        if home:
            subject.home[kind] = str(home) if str(home) in levels else None
            continue
        subject.home[kind] = _home_of(kind, sources, levels, finder.within)
    if not home and subject.home.get("area") is None:  # 通州辐射带动北三县…: 区域 is the group of the two
        subject.home["area"] = finder.group_of(in_headline)
    counties = {m.region for m in [*found, *finder.find(first)] if levels.get(m.region) == "county"}
    if not home and len(counties) == 1 and levels.get(subject.home["county"]) == "district":
        # 作为北京市丰台区…结对帮扶地区，“涞源主题日”…: 全县 is the one county named, even in a name, not the district
        subject.home["county"] = counties.pop()
    # 园区 refers to the park a headline names (天津滨海中关村科技园…): its new area or district, as the catalogue's
    # park indicators are kept (binhai_zgc_*); a headline naming no park leaves 园区 unresolved
    subject.home["park"] = (subject.home.get("district") or _park_host(in_headline, levels)) if _PARK_NAMED.search(headline) else None
    if any(word in p.text for p in release.paragraphs for word in _ZONE_WORDS):  # (most releases say no zone at all)
        named = _zones_named([(headline, found), *((p.text, finder.find(p.text)) for p in prose[:_ZONE_PARAGRAPHS])])
        subject.home.update({kind: zone or _namesake_zone(kind, subject.home.get("city"), finder) for kind, zone in named.items()})
    if home and str(home) in levels:
        subject.implicit = str(home)
    elif whole := _whole_before_a_site(headline, found, about, finder, levels):
        _take_the_whole(subject, whole, levels)  # (…全省生态环境质量…白洋淀流域水质…: the province's news, and its 全省)
    elif len(about) == 1 and levels.get(about[0]) in _IMPLICIT_LEVELS and not subject.elsewhere and not _beside_other(
            headline, found):
        subject.site = _about_a_site(headline, found, about[0])
        subject.implicit = None if subject.site else about[0]
    else:
        subject.implicit = _implicit_elsewhere(subject, found, (first, in_first), (publisher, in_publisher), finder, levels)
    if subject.implicit and not home:
        _province_around(subject, finder, levels)
    _forget_parts_elsewhere(subject, home)
    year = _year_of(headline, first, reference_year)
    if year is not None and not _stale_headline(year, headline, prose, reference_year):
        subject.year = year
    _period_of(subject, release, headline, first, reference_year)
    # (2020年我市前三季度经济数据, published in Tianjin: the headline names its place by anaphor)
    subject.headline_anaphors = frozenset(place for m in found if m.region == ANAPHOR and (place := subject.resolve(m.kind)))
    return subject


def _whole_before_a_site(headline: str, found: list, about: list[str], finder: RegionFinder,
                         levels: dict[str, str | None]) -> str | None:
    """2021年全省生态环境质量实现新提升…白洋淀流域水质实现Ⅲ类目标: a headline opening on the whole province or city
    (全省, 全市) before the one site it names tells the whole's news, the site one item of it: the whole is the subject."""
    if len(about) != 1 or levels.get(about[0]) != "site":
        return None
    site = next((m.start for m in found if m.region == about[0]), len(headline))
    kinds = {m.kind for m in found if m.region == ANAPHOR and m.kind in ("province", "city")
             and headline.startswith("全", m.start) and m.start < site}
    wholes = [a for a in finder.within.get(about[0], ()) if any(fits_kind(k, a, levels.get(a)) for k in kinds)]
    return wholes[0] if len(wholes) == 1 else None


def _forget_parts_elsewhere(subject: Subject, home) -> None:
    """天津市武清区政府工作报告: 全区 and a sentence with no place are the district's."""
    if subject.elsewhere and not home:
        subject.home["district"] = subject.home["county"] = subject.home["park"] = None


def _take_the_whole(subject: Subject, whole: str, levels: dict[str, str | None]) -> None:
    """The whole is the release's own place, and what its 全省 or 全市 stands for when nothing else said."""
    subject.implicit = whole
    for kind in ("province", "city"):
        if subject.home.get(kind) is None and fits_kind(kind, whole, levels.get(whole)):
            subject.home[kind] = whole


def _province_around(subject: Subject, finder: RegionFinder, levels: dict[str, str | None]) -> None:
    """保定市…活动: 全省 is the province the release's own place lies in, when no province is named (not 本市 in a
    district's report, which names the city's things: 外埠过境大货车和本市货车)."""
    outer = [a for a in finder.within.get(subject.implicit, ()) if fits_kind("province", a, levels.get(a))]
    if subject.home.get("province") is None and len(outer) == 1:
        subject.home["province"] = outer[0]


def _season_bulletin(opening: str) -> re.Match | None:
    """通报了重点区域2019—2020年秋冬季环境空气质量目标完成情况 in the opening, after a page's first lines of noise."""
    bulletin = _SEASON_BULLETIN.search(opening)
    return _SEASON_RE.search(bulletin.group()) if bulletin else None


def _period_of(subject: Subject, release, headline: str, first: str, reference_year: int) -> None:
    """A part of the year the whole release is about: named in its headline, or as the period of the bulletin
    its opening reports, or a season."""
    sub = _SUBANNUAL_RE.search(headline) or (_HOLIDAY_RE.search(headline) if len(_FEAST.findall(headline)) == 1 else None)
    opening = " ".join(p.text[:200] for p in release.paragraphs if not p.heading)[:600]
    bulletin = _BULLETIN_PERIOD.search(opening)
    if sub:
        month = _REPORT_MONTH.search(headline) if sub.group() == "月报" else None
        subject.subannual = f"{month.group(1)}月" if month else sub.group()
        # (今年前五月全国城市空气质量…, 生态环境部…通报今年前5月全国环境空气质量状况: the bulletin's period, said again in its text;
        # 空气质量月报(2022年8月): August's bulletin, its text August's unless it names other months)
        subject.text_period = bulletin is not None or month is not None
    elif bulletin := bulletin or _MONTH_BULLETIN.search(opening) or (_FIRST_OPENS_ON_PART.match(first) if not _DIGITS.search(
            _FIRST_OPENS_ON_PART.sub("", first, count=1)) else None):
        # 生态环境部22日通报今年上半年全国环境空气质量状况: the whole release is that period's bulletin; so is one whose
        # first sentence, with no figure, frames it (前三季度，京津冀…步伐坚实。: the headline's 4063个 is the quarters')
        subject.subannual, subject.text_period = bulletin.group(1), True
    elif season := _SEASON_RE.search(headline) or (None if _HEADLINE_MONTH.search(headline) else (
            _SEASON_RE.search(first) or _season_bulletin(opening))):  # (北京1月PM2.5…: the month's, 首个秋冬季… aside)
        # 通报了2019—2020年秋冬季…完成情况: a season's bulletin; its figures are the season's, dated by its last year
        subject.subannual, subject.season = "秋冬季", True
        if (last := season.group(1) or season.group(2)) and int(last) <= reference_year:
            subject.year = int(last)
    elif month := _HEADLINE_MONTH.search(headline):
        # 天津9月空气质量综合指数同比下降25.4%: one month's statistics, the period the whole release reports
        subject.subannual, subject.text_period = month.group(), True
