"""Release text -> observation rows: walk paragraphs, sentences and clauses, carrying the time and
the subject forward the way a reader does, and account for every number (a row or a skip).

Context carried forward:
  - time (year, cumulative period, target): from clause to clause within a sentence; only the
    plain year goes on to the next sentences of the paragraph. Nothing crosses paragraphs.
  - region: a clause without one takes the nearest region named earlier in its sentence (the
    subject: "现代化首都都市圈实现…，占京津冀…的比重超4成"); then the indicator's default_region.
    An indicator with a default_region (or a `match.regions` list) accepts only those regions, so
    actors such as 北京 in "北京与29所雄安新区学校…" do not become the region.
  - 分别: "A、B … 分别为 x、y" pairs the enumerated regions with the numbers after 分别, in order;
    a single collective name pairs through its parts ("京津冀三地…分别为a、b、c": its province-level
    children in regions.yml order), and a multi-region alias splits ("天津、河北" is 津冀 alone, two here).
  - comparison: a base year (较2013年) holds for later clauses of the sentence that state a change
    ("北京比2013年下降64.2%，河北下降64.3%").
Years: see years.py (roles of a year, and the status year for figures the text gives no year).
Numbers in headings are skipped ('heading'): headlines restate body figures without their context.
Figures for part of a year (一季度, 上半年, 1-9月, named anywhere earlier in the sentence) are skipped
('sub-annual period') unless the indicator is itself sub-annual (its match words name the period) or
cumulative (a running total as of mid-year is still that year's figure).
A second figure for the same indicator, region and year in one sentence ("其中，北京转入4395个")
is a breakdown the region cannot express: skipped as 'ambiguous region'.
A change without a catalogue base year is year on year: a comparison with any other year ("比2014年
增长66.1%") is not it, and 同比/按年 stops an earlier clause's base year from carrying over.
An average rate over a period (年均增长20%, 两年平均增长) is no year's change ('average annual rate').
A release published in the first half of its reference year looks back on the year before; its
figures for the reference year itself are plans even when not worded as targets ("今年要推动…扩大到
600项"): skipped as 'target', unless cumulative (今年以来累计), sub-annual (一季度) or as of a date (截至).

Open world (phrase.py): a number with a unit, a region and a year that no indicator takes is a
candidate (result.candidates), identified by its normalised measure phrase and unit
(引进在京企业投资项目|个|cumulative); an indicator that lists the id under `synonyms` takes it as a row.
Candidates pass every rule above and below.
Precision rules, for rows and candidates:
  - a place outside the catalogue (上海, 全国, an unknown 东丽区) nearest before the number: 'other region';
  - a region that is the base of a comparison (比天津多, 是河北的2倍, 差距): 'comparison between regions';
  - a region inside a name (京津冀协同创新), after 来自 or in a dateline (本报北京3月28日电) is no subject;
  - the number's own phrase naming another measure stops words borrowed from elsewhere in the sentence
    ("在常住人口中，城镇人口1916.1万人"; "…成交额350亿元，科技成果转化率40%"), and so does a nearer clause
    with a measure of its own ("可支配收入67756元，比上年增长8.7%" is not the GDP's growth): a candidate;
  - a change indicator needs a change word before its number; 占 (a share) and 下降到 (a level reached) are
    no change; a level indicator right after a change verb or 增量 (同比减少15天, 被下调5546亿元) is none;
  - 分别 or a bare list of numbers pairs by position with the regions, years or measures enumerated before
    it; a list that does not pair leaves every number without an indicator ('enumeration without regions');
  - ranges (26至33), thresholds (超过1%的行业, 迈上3万亿元的台阶), norms (国家标准35), rates per unit
    (每平方公里1323人), ranks (前10位) and single projects (投资12亿元建设…) are no one's value;
  - anaphora (全市, 我省, 区域) take the document's subject (subject.py: front matter `home_region`, else the
    one region of their kind in the headline, the first sentence or the publisher); unresolved: skipped.
A release whose headline names one region of province or city level is about that region: a number
whose sentence names no region at all takes it. The headline's year (one year, as a time), when earlier
than the status year, is the year of figures the text gives none. A headline naming a quarter, half-year
or 月报, or a sentence opening on one ("12月份，…"), makes the sentences after it sub-annual until one
opens on a year or says 全年. "X年来"/"十年来" is a cumulative period since reference_year - X. A print
stamp ("(2016年03月29日 10 版)") sets no year; in a datelined story the day's event (当天…签约) is a result of
the reference year, not a plan; 预计 for a year already closed is an estimate (qualifier approx), not a plan.

Round 2 (issue 8):
  - parts of the year: a figure for 上半年, 一季度, 1-10月 … named in the text (not only in the headline) is a
    candidate whose id carries the period (上半年|地区生产总值|亿元), never the year's row; a single month, several
    periods in one list, or a period compared with (比前三季度加快1.6个百分点: 'comparison with a period') give none;
    全年 ends a period; a lead-in (据介绍，2024年一季度，…) still opens one for the paragraph;
  - measure-phrase quality (_not_a_measure, _not_a_count, _measure_of): contributions (拉动…个百分点), names
    (“十项行动”), asides in brackets (a currency conversion is kept), the rest of a breakdown (其他区…), changes over
    years (五年下降, 与十年前相比), one bound for a list of items, administrative make-up (现辖16个区), counts of a list
    (等17个), participants (300多人参加), parts of a plan (7个方面26条), the scope of another figure (12条产业链…增长),
    phrases that end in a verb, place or time (注册成立, 区域内); milestones (首次超八成) and table debris everywhere;
  - the same figure twice in a release is one fact ('repeated'; a rate or a change only for the same measure), and a
    candidate that a catalogued row restates later is dropped (_drop_restated);
  - years: a base period (以2014年为基期) or a cause (受2022年…影响) is no year; a from-point (由2011年的…) dates its
    own value only; an event's date (2017年4月，…设立) does not carry to later sentences; a since-period ends after
    its start; a later year in a sentence of plans is a target; 迄今 is the day of publication; a report named in the
    first sentence (《2015年…统计公报》) gives the status year when the headline names none;
  - regions: where a flow comes from is no subject (引进北京、天津项目, 来自京冀, 京冀来津), 国内招商引资 is not 全国;
    a sentence opening on 其中 borrows the measure words of the sentence before; a written minus sign is kept (-1.71‰).

Round 3 (precision on the dev set's wrong rows):
  - no measure: a bare 总投资/投资 (one project's size), a phrase ending on an area (大红门地区, 园区) or a verb
    (组织, 带动), a phrase over 16 characters joining several actions (关停清退、改造升级和疏解转移…);
  - no figure: an index's value at its base period (以2014年为基期…指数值为100: 'index base value'), a count of one
    (1所医院: 'single item'), a count whose noun runs on into another figure (服务业15个重点行业营业收入增长2.3%);
  - a clause worded like an earlier row's clause of the sentence but for its region (在天津设立…4545家；在河北设立…
    5589家) takes that row's indicator, its region checked as usual (_parallel_key);
  - anaphora: a headline naming several regions of the kind is resolved when the publisher names exactly one of them
    (subject.py); a concentration shortened after its full unit keeps it (numbers.py: …降至38.8微克).

Round 4 (issue 8, precision and targets):
  - regions (regions.py): the scope of a rank (居全市第三), the object of a co-operation (推进京津冀…合作), people
    served (为京津居民提供…) are no subject; a destination 中心城区/主城区 and 环京N个县 are places we do not name;
    a region's development zones (河北省级以上经开区…) make a candidate of its own (开发区…), never the region's row;
    a park's figure whose park has no region of ours (…顺义园区重点推进项目) is 'sub-area'; a row whose region
    came from its indicator's default carries that region to later clauses (…4990家，在园…193家);
  - values: 改善 of a concentration or emission is a fall; 降幅达到x% after 较2013年 is the change since 2013;
    x的目标/任务 is a target; 计划投资(总额) of signed projects is their size, not a plan; a bare count of projects
    (9个项目完成签约), one firm's figure (该公司…), a programme under way (…建设持续推进) are no figure;
  - years: 九年来 ends at the reference year (tests/devset/README.md), 2014年以来 at the status year;
  - an index whose catalogue unit names its base (指数(2014=100)) is taken only when the release states that base;
    a sibling without a base in its unit takes another stated base; no stated base: 'index base unknown';
  - targets (result.targets, the shared targets contract of issue 9): a number skipped as 'target' with an explicit target year,
    a catalogued non-cumulative indicator and a region is kept as {indicator, region, year, value, comparator
    (le/ge/eq), line, raw, quote} (_target).

Round 6 (issue 8, genres the held-out set is weak on; tests/test_extract_round6.py):
  - a list of places after 分别 keeps the places outside the catalogue as slots (北京、上海、天津…分别为6.83%、
    4.44%、3.49%: 上海's number is 'other region', ours pair as usual); places and numbers alternating after 分别
    (北京6.83%、上海4.44%) pair one by one; national measures take no `全国` veto in the catalogue any more, the
    region finder refuses 全国/中国/other provinces instead; a Hebei city's R&D intensity is the city's;
  - counts of places past a bar (超过全省平均水平的有6个地区, 省(市)有7个, 11个设区市), rank moves (提升4个位次),
    durations (5个年头), ranking weights (各占50%权重), visits (4次视察), a band entered (进入40微克/立方米以下阶段),
    a bar kept below (保持在5%以内), one plant's investment (…沧州工厂投资…) and a preliminary figure beside its
    revision (初步核算…修订后…) are no figure; the start of a change from last year (由上年的26.4件…) is no figure;
  - years: X年初 for a stock is the end of X-1 (截至2024年初, 2024年初常住人口…; 较之2017年初 as a base); a
    change on a base year that is the year before is the year-on-year one (2014年…比2013年下降19.2%); a period
    compared with (为2007年-2011年的1.5倍) is a base, not the period of the figures after it; 11-12月 is two months;
  - a growth word a clause before its rate (同比增长，达到5.5%; 增长 only) makes the rate a change; 增加值 is no
    change verb (比上年增长…，其中，第一产业增加值105.5亿元 stays a level);
  - a headline's parts apart by a space are clauses (北京2015年GDP增速6.9% 居民人均可支配收入超4.8万元).

Round 7 (issue 8, genres of releases never seen; tests/test_extract_round7.py):
  - a bracket right after one of our places that opens on measure words and closes on the number
    (超越了北京(GDP36102.6亿元), 天津（地区生产总值16311亿元）增长…) is that place's figure, read on the bracket's
    words alone; GDP glued to an amount is read inside such a bracket only (a headline's GDP41610.09亿元 may be a
    typo of the body's figure); after a gap word (比北京(…)多) it stays a comparison;
  - an indicator's `default_region` yields when the number's nearest subject (own clause, then earlier clauses;
    lists of places and speaking agencies (北京市发改委相关负责人) aside) or the release's own place (front matter,
    or a headline naming one place of ours besides areas) is another place of ours: not the default, not a place
    the indicator's name states (京冀企业在津投资: 北京, 河北), not an area, not a member of a default area, not the
    province around the default. Then the figure is a candidate of that place (廊坊…来自北京的项目到位额: not
    Tianjin's; 京廊对接会在廊坊举行，签约项目46个: Langfang's, not the 北三县 fair's);
  - a signing total whose meeting (对接会, 洽谈会, 推介会 … named in the sentence, else the headline) names two or
    more of our places that are not areas is skipped ('ambiguous region');
  - an indicator kept for a few sub-areas (`regions: [xiongan, subcentre, tongzhou]`) leaves another place's
    figure a candidate (河北…新建养老床位3000张), not 'no region';
  - 非首都功能 names no place (首都 there is no subject).

Round 8 (issue 8, new wording; tests/test_extract_round8.py):
  - a change inside a since-period (十年来, 2014年以来) with no base year or 同比/比上年 of its own is the change
    over the period: no year-on-year row ('other base year'); a candidate keeps it with the period's start as
    its base_year;
  - a per-year figure inside a period (十年来…每年保持在26万人以上, 年均新增26万人) is neither a total nor one
    year's ('average annual rate'); 累计新增 in a period is a running total, not a change;
  - years.py: 过去十年, 这十年, 十年间/十年里 open a period like 十年来 (two years or more);
  - numbers.py: 一万二千余家 is one numeral (not 二千余家), 二千一百八十五点八万人 keeps its decimals (never 八万人),
    百分之五点二 is 5.2 %, 几十所/数十家/二三十所 give no figure, a qualifier after a fraction counts (三分之一以上,
    1/3左右) and so does 约 before 占 (约占四分之一);
  - catalogue: the Hebei-side flows (河北引进京津项目/资金, 河北吸纳京津技术合同成交额 and its growth, new) take a
    Hebei city or 雄安 as their region (廊坊市引进京津项目300个: Langfang's); 承接京津转移项目, 京津企业在冀投资 and
    津冀承接北京技术合同 are read from the receiving side.
"""

from __future__ import annotations

import copy
import os
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from etl.catalog import Catalog, load_catalog
from etl.extract.match import (
    FIRST_TIME,
    SERIES_POINT,
    YEAR_TOTAL,
    Views,
    WordIndex,
    compile_rules,
    names_word,
    score,
    viable,
    words_match_locally,
)
from etl.extract.numbers import DOCUMENT_TITLE, MILESTONE_AFTER, Mention, cn_to_int, find_numbers
from etl.extract.phrase import (
    HOLIDAY,
    LEVEL_CHANGE,
    MAX_PHRASE,
    PER_HEAD,
    RANK_ORDER,
    RATE_WORDS,
    REACHED,
    candidate_id,
    candidate_unit,
    measure_kind,
    normalise,
)
from etl.extract.regions import (
    AID_FUNDS_AFTER,
    ANAPHOR,
    ANAPHORA,
    LAND_PARTS,
    LEARNT,
    OTHER,
    PROJECTS_OF_ORIGIN,
    QUIET_KINDS,
    SITE_NAMED_AFTER,
    ZONE_KINDS,
    ZONE_WORDS,
    RegionFinder,
    RegionMention,
    others_listed_before,
)
from etl.extract.release import CAPTION, PAGE_MARK, read_release
from etl.extract.subject import MOVED_INTO, PARTS_OF_YEAR, QUARTER_MONTHS, SITE_AFTER, Subject, fits_kind, subject_of
from etl.extract.units import ALL_UNIT_WORDS, convert, split_unit
from etl.extract.years import BARE_YEAR, CHANGE_VERBS, SPAN_RE, YearRef, status_year, year_refs

# a half-width full stop before a space ends a sentence too (mirror pages: "…差距明显缩小. 在创新产出方面…")
# (…建设全面提速……近年来，随着…: an ellipsis closes what it trails off, the next words open a sentence of their own)
_SENTENCE_RE = re.compile(r"(?:[^。！？!?.…]|\.(?!\s|$)|…(?!…))+(?:[。！？!?]|\.(?=\s|$)|……)*[”’」』)）\"']*")
# 东城区：708829人: a place and its number after a colon are one clause;
# 北京2015年GDP增速6.9% 居民人均可支配收入超4.8万元: a headline's parts stand apart by a space, not a comma (not one
# inside a listed name: 张家口(24)、承 德(30), a copy's stray space)
_CLAUSE_RE = re.compile(r"[，；;]|…+|(?<=[\u4e00-\u9fff])——(?=[\u4e00-\u9fff\d])|(?<!\d)(?<![区县市])[：:]|[：:](?!\s*\d)|(?<!\d),|,(?!\d{3}(?!\d))|(?<=[%‰元人天\u4e00-\u9fff])(?<!、[\u4e00-\u9fff])(?<!、[\u4e00-\u9fff]{2})(?<!个百)[ \u3000]+(?=[\u4e00-\u9fff])"  # (4.7个百 分点: one unit)
                        r"|(?<=[%‰元人天个亿瓦吨米户家项所辆台亩次张条座])(?=(?:19|20)\d\d年)"   # …超4.8万元2015年全市…: a headline run into the lead
                        r"|(?<=[元人个家项吨])、(?=(?:同比|比上年)?(?:增长|下降|增加|减少)\d)"  # 地区生产总值357.4亿元、增长6%: its rate
                        r"|(?<=[元人个家项吨])(?=(?:且|并且)(?:同比|比上年|较上年)?(?:增长|下降|增加|减少)\d)")  # 成交额破千亿元且同比增长34.8%
_SEPARATORS = ("以及", "、", "和", "及", "与")
# 计划投资(总额), 计划总投资: the stated size of projects already signed, not a plan of the region's
# 决定建设20个左右的高精尖中心, 拟投资50亿元: a decision or an intention, not a result
# 争取中央预算内资金19.48亿元 in a year gone by: funds secured, not striven for
_FUNDS_SECURED = re.compile(r"[^，,。；;\d]{0,14}?(?:资金|补助|债券|投资|专项)[^，,。；;\d]{0,4}$")
_TARGET_RE = re.compile(r"(?<![主重纲])要(?=下降|达到|控制|降低|降到|降至|提高|提升|增长|减少|实现)|力争|预计|有望|可望|估量|预估|(?<!评)估计|预测(?!值)|(?<!不)可能(?!性)|目标|(?:年度|当年|本年|全年|年)计划投资|(?<![完超])[省市]定(?=[\u4e00-\u9fff]{0,4}(?:压减|退出|任务|目标))|(?<!科技)(?<!按)计划(?!投资|总投资|项目)|(?<!成功)(?<!已)(?<!共)(?<!累计)争取(?!到)|确保|(?<![即])将(?!近|其|军)|年底前|谋划(?!确定了|实施|运作|储备|推进|建设|项目|[\u4e00-\u9fff]{0,4}?项目)|规划(?=的|面积|人口|范围|总面积|建设用地|用地|占地|建筑面积|码头|岸线|布局|建设|容纳)|远期|设计(?=容量|库容|能力|规模|了)"
                        # (round 54) a task set or assigned (改造任务是开工14.1万套, 省下达…开工任务4853套), a
                        # requirement (要求全年完成改造2.36万户, 总量应达到226.2万套)
                        r"|任务(?:是|为|共计|数为)|下达[^，,。；;\d]{0,16}?任务(?!数?的)|要求(?=全年|年内|今年|完成|达到|实现|新建|新增|开工)"
                        r"|(?<![响对反供适相效答])应(?:当)?(?=达到|完成|新开工|开工|建成|不低于|不少于|控制在)"
    r"|(?<![必])需(?:要)?(?=压减|削减|化解|淘汰|关停|完成)|任务(?:调增)?至|任务(?:数|量)?(?:为|是)(?![\u4e00-\u9fff])"
                        # 项目建成后可承接商户3万家, 年营业额可达2400亿元: what a project could do, not what was done
                        r"|(?:建成|投产|达产|运营|投用|全部建成)后|可(?=达到?|实现|承接|带动|容纳|吸纳|新增|提供|解决|增加)|(?<=年)可(?=减少|节约|节省|降低|替代)"
                        r"|决定(?=建设|设立|新建|实施|组建|启动)|(?<![模虚])拟(?=建|投资|新建|设立|实施|引进|开工|于|在|用)")
# 596家(累计2162家): a running total in brackets after the year's count
_TOTAL_ASIDE = re.compile(r"[(（]\s*(?:累计|总计|共计)[^()（）]{0,20}[)）]")
_TOTAL_ASIDE_OPEN = re.compile(r"\s*[(（]\s*(?:累计|总计|共计)(?:达到?|为)?\s*$")
_MARK_TO_PASS = re.compile(r"(?:将|有望|可望)(?:会|要)?$")  # (将突破1万亿元: a mark an estimate says will be passed)
_YEAR_WORD = re.compile(r"全年|今年|年内|当年|本年")
_CHANGE_VERB_RE = re.compile(r"下降|降低|减少|回落|下滑|增长|增加(?!值)|提高|上升|提升|降幅|增幅|涨幅")
_CHANGE_WORD_RE = re.compile(r"增|减|降|升|提高|回落|下滑|改善|涨|缩小|扩大|同比|按年")
_DECREASE_RE = re.compile(r"下降|降低|减少|回落|下滑|降幅|缩小|减|(?<![起升])降(?![雨水雪])|下调|下跌|跌幅|偏低|偏少|负增长|(?<![至多最])少(?=了?$)")
# (降雨量: rain; 比多年平均值少12.7毫米: less than the base, just before the number)
_TIME_ROLES = ("time", "since", "range", "target")
_YEARLY_AVERAGE_RE = re.compile(r"每年平均|平均每年")
_EVERY_YEAR_RE = re.compile(r"每年|年均(?:新增|增加|减少)")  # (年均浓度 is a measure, not a per-year figure)
_AVERAGE_RATE_RE = re.compile(r"(?:年均|平均)(?:分别)?(?:实际|名义)?(?:增长|增速|增幅|递增|提高|上升|下降|降幅|递减|减少)")
_AS_OF_RE = re.compile(r"截至|截止")
_BECAME = ("成为", "已成为", "正成为", "已经成为")
_DAY_OPENER = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2}日)?份?[，,]")  # with its year: no dateline (北京3月20日电)
_YOY_RE = re.compile(r"同比|按年")
_SINCE_YOY_RE = re.compile(r"同比|按年|比上年|较上年|上年同期")
# A public holiday's week (phrase.HOLIDAY): its figures (游客, 旅游收入) are the holiday's, of the year it falls in
_HOLIDAY_RE = re.compile(HOLIDAY)
_YEAR_SO_FAR_WORDS = r"(?:今年|年初)以来|今年(?:截[至止]|到)目前(?:为止)?|截[至止]目前[，,]?今年"
_YEAR_SO_FAR = re.compile(_YEAR_SO_FAR_WORDS)
# a season across two years: 2019年10月—2020年3月, 2017年10月1日至今年3月31日 (the first day's 日 inside, the last day's after)
_ACROSS_YEARS = r"(?:9|1[0-2])月(?:\d{1,2}日)?[-—–~至到](?:(?:19|20)\d\d年|今年|次年)?[1-4]月"
_SUBANNUAL_RE = re.compile(PARTS_OF_YEAR + r"|(?<!\d)1\s?(?:月份?)?\s?[-—–~至]\s?(?!12月)\d{1,2}月"  # (1 —9月: spaced too; 1月~9月)
                           # 截至11月底…累计完成投资 (no year): this year's first 11 months (截至8月底…里程达: a stock, see _clause_period)
                           r"|(?:(?<![\d年])|(?<=今年))截[至止](?:今年)?(?:(?:[2-9]|1[01])月(?:底|末|\d{1,2}日)|12月(?:[1-9]|1\d|2[0-5])日)"  # (截至9月14日，…累计完成: so far; 截至1月20日 is a day, no months)
                           r"|距(?:离)?(?:今年)?年底(?:还有|尚有|仅剩)"  # 目前，距年底还有近50天，达标天数已有147天: the year so far
                           r"|" + _YEAR_SO_FAR_WORDS +  # 今年以来，…一般公共预算收入完成3000亿元 in August: the year so far
                           r"|(?<!\d)(?:[2-9]|1[0-2])[-—–~至和、]\d{1,2}月"   # 11-12月, 11和12月: two months, not 1-12月
                           r"|1月份?[至到](?!12月)\d{1,2}月|(?<![\d-])\d{1,2}月份|^\s*(?:(?:19|20)\d\d年|去年|今年|上年)?(?:1[0-2]|[1-9])月(?=[，,]|$)|月报"
                           r"|(?<!\d)\d{1,2}月[上中下]旬"   # 4月中旬…造成2天重度污染: an episode, not the year
                           r"|(?<!\d)\d{1,2}月\d{1,2}日?[至到—–~-](?:(?:19|20)\d\d年)?(?:\d{1,2}月)?\d{1,2}日"  # 2月4日至20日: a window of days
                           r"|秋冬季|采暖季|供暖季|月均浓度"   # a season across two years; a month's mean
                           r"|[采供]暖期"  # 冬季供暖期间, 采暖期内: the heating season, not the year
                           r"|(?<!\d)" + _ACROSS_YEARS +  # 2019年10月—2020年3月: the same
                           r"|" + HOLIDAY  # 春节假期7天，全省接待游客…: a holiday week
                           # 北京市2月优良天数比例为72.4%: a month's air statistics, named inside the sentence
                           + r"|(?<![\d月\-—–~至到])(?:1[0-2]|[1-9])月份?(?=(?:全市|全省|全区|我市|我省|全国)?(?:平均)?(?:完成|实现)?"
                           r"(?:优良|PM|细颗粒物|可吸入颗粒物|空气|重污染|达标天数|综合指数|降水"
                           r"|集装箱|吞吐量|货物吞吐|货运量|客运量|进出口|居民消费价格|CPI|规模以上工业|规上工业))")  # (9月集装箱吞吐量…)
# A sentence that opens on a part of the year ("12月份，", "2021年上半年，") or on the whole year ("2020年，",
# "1-12月，", "全年，"); "2019年1月，…迁入" is the date of an event, neither.
# 据介绍，2024年一季度，…; 记者从河北省统计局获悉，1至2月份，…
_LEAD_IN = r"\s*(?:据[^，,。]{0,10}?(?:介绍|了解|获悉|悉|显示|统计)[，,]|[^，,。]{0,10}?数据显示[，,]|[^，,。]{0,16}?获悉[，,])?"
_OPENING_PERIOD_RE = re.compile(_LEAD_IN + r"\s*(?:(?:19|20)\d\d年|今年|(?<![\u4e00-\u9fff])[鼠牛虎兔龙蛇马羊猴鸡狗猪]年(?=春节))?(1?\d[-—–~至]1?\d月(?=份?[，,])|1[-—–~至][2-9]月(?=份?[\u4e00-\u9fff])(?!份?(?:以来|来|底|末|起|中|间|的))|\d{1,2}月份|[一二三四1-4]季度|前三季度|上半年|下半年|全年"
                                r"|截[至止](?:[1-9]|1[01]|今年(?:[2-9]|1[01]))月(?:底|末|\d{1,2}日)"  # (今年截至3月29日, 截至今年9月底，…: the year so far)
                                r"|(?:春节|国庆|五一|劳动节|清明|端午|中秋|元旦)节?(?:假期|长假|黄金周|小长假|假日|期间))(?:(?:期间)?份?[，,]|(?<=月)(?=[\u4e00-\u9fff]))"  # 春节假期，…; 今年1-8月规模以上…
                                r"|\s*(\d{1,2}月)[，,]")
_OPENING_YEAR_RE = re.compile(_LEAD_IN + r"\s*(?:(?:19|20)\d\d年|今年|去年|上年)(?!\d{1,2}(?:[-—–~至到]\d{1,2})?月|初|[一二三四1-4]季度"
                              r"|前三季度|上半年|下半年|前(?:\d{1,2}|[两三四五六七八九十]|十[一二])个?月|以来|来"
                              r"|截[至止](?:[1-9]|1[01])月|春运|暑运|春节|国庆|五一|劳动节|清明|端午|中秋|元旦)")
# (今年1-8月…, 今年截至3月29日…: the months; 2024年春运圆满收官: the travel season, not the year)
# 截至目前，…; 2014年以来，…: a stock as of now or a running total, no longer the months named before
_OPENING_NOW_RE = re.compile(_LEAD_IN + r"\s*(?:截至目前|截止目前|截至今年|目前|迄今|自?(?:19|20)\d\d年(?:以来|来))")
_ONE_MONTH = r"\s*(?:(?:19|20)\d\d年|去年|今年|上年)?(1[0-2]|[1-9])月"
_ONE_MONTH_RE = re.compile(_ONE_MONTH)
_ONE_MONTH_KEY = re.compile(_ONE_MONTH + "份?")
_MONTHLY_STAT_RE = re.compile(r"同比|环比|浓度|天数|比例|指数|增长|下降|上升|吞吐量|客运量|货运量")  # a month's statistics, not an event
ANNUAL = "annual"   # a paragraph period that says: the whole year, whatever the headline says
# a year named inside a sentence as the figures' own time, with no part of the year: 前10个月，雄安…。副中心2023年完成…
_OWN_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d年(?!\d{1,2}月|初|[一二三四1-4]季度|前三季度|上半年|下半年|以来|来|同期|同比)")
# 1-4季度，西城区居民人均可支配收入…: the year (not 比去年全年前移3位: last year's, compared with)
_ANNUAL_MEAN = re.compile(r"年均浓度|年平均浓度")
_WHOLE_YEAR_COMPARED = re.compile(r"(?:高于|低于|快于|慢于|好于|超过|超出)(?:去年|上年)全年")  # the year compared with
_WHOLE_YEAR_WORD = re.compile(r"(?<![比较]去年)(?<![比较]上年)全年|[1一][-—–~至到][4四]季度|(?<!\d)1\s?[-—–~至到]\s?12月")
_FULL_YEAR_RE = re.compile(r"1[-—–~至]12月|" + _WHOLE_YEAR_WORD.pattern)
# Phrase endings that name no measure: verbs (成立, 发布, 覆盖, 显示, 围绕, 资助), places (区域内, 全省), times (…时)
_NOT_A_MEASURE_END = re.compile(r"(?:成立|发布|覆盖|显示|围绕|资助|影响|共享|推动|(?<!社会|慈善|公益|志愿|服务|国际|行业|经济|合作|群团|民间)(?<!党)组织"
                                r"|带动|地区|片区|园区|[至到内时省县隔展]|(?<!联)盟|(?<!通航城|试点城|友好城|节点城|示范城|卫星城)(?<!超)市)$")  # (通航城市, 试点城市: the cities counted)
_DAY_WINDOW_MONTH = re.compile(r"(\d{1,2})月\d{1,2}日?[至到—–~-](?:\d{1,2}月)?\d{1,2}日")
_FIRST_PLACE_AFTER = re.compile(r"[^，,。；;\d]{0,10}?(?:排名|排|位居|位列|名列|居|获)(?:全[国省市])?第[一1]")
_SPAN_OF_TIME_BEFORE = re.compile(r"(?:会期|为期|历时|用时|耗时|持续|连续|假期|长假|假日|黄金周)(?:共|约|近)?$")  # 春节假期7天, 连续8天推出: a streak
_REACH_AFTER = re.compile(r"(?:内|以内|范围内)?(?:进|见|入|到达|可达)|(?:内|以内|之内|范围内)(?=[\u4e00-\u9fff])|(?:的)?(?:服务)?半径|(?:的)?车程|(?:的)?距离|(?:之|以)?外(?![资贸商])")
_SUPPLIER_BEFORE = re.compile(r"(?:工程|项目|公司|集团|水库|电网|管道|管线|中线|东线|线路|基地)(?:[^，,。；;]{0,12}|[^。；;]{0,30}以来[，,][^，,。；;]{0,6})$")
# (南水北调中线一期工程自2014年12月全面通水以来，累计向北京市调水…: the works named in the clause before its span)
_LIKENED_JUST_BEFORE = re.compile(r"(?:相当于|约等于|等同于|好比)(?:(?:增加|减少|多|少)了?)?(?:约|近|超过|将近)?$")  # (相当于增加了约500多个昆明湖)
_ONE_OF_AFTER = re.compile(r"[^，,。；;\d]{0,16}?之一")
_LISTED_IN_BEFORE = re.compile(r"\d[余多]?(?:个|项|家|批)[^，,。；;\d]{0,12}?(?:列入|纳入)[^，,。；;\d]{0,24}$")  # after things counted
_DISTANCE_BEFORE = re.compile(r"(?<!通勤)(?<!出行)(?<!运输)(?:海拔|距离|相距|距|跨越了?|跨过|绕行|多绕|绕道|半径|方圆|驱车|车程|乘车|开车|步行)[^，,。；;\d]{0,8}$"
                              r"|(?:能跑|可跑|可行驶|能行驶|续航里程?)(?:达到?|为|超过|约)?$"  # (充一次电能跑40公里: what a vehicle can do)
                              r"|位于[^，,。；;\d]{1,12}[东南西北]$"  # (纪念馆位于唐县县城北2公里: where it stands)
                              r"|(?:向|以|往)(?:东南|东北|西南|西北|[东南西北])(?:方向)?(?:约|仅)?$")  # (天安门向东30余公里处, 以西30公里)
# (平均通勤距离13.2公里: a distance measured over commuters, a figure)
_EXTREME_BEFORE = re.compile(r"(?:最[高低多少好差大小快慢]|(?:相对)?较[好差]|前|后|排名靠前|排名靠后)的?$")
_RANKED_AFTER = re.compile(r"[^，,。；;\d]{0,4}?依次(?:是|为)")  # …的10个城市依次是唐山、…: the places of a ranking
_WHOLE_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}(?<!其)中$")  # 货物吞吐量中，煤炭为…: a whole whose parts follow (其中 is no whole)
_YEAR_PLAN_WORD = re.compile(r"全年(?:计划|目标|任务)")
_OTHER_TIME_IN = re.compile(r"全年|年度|去年|上年|今年以来|以来|累计|截至|年底|年末|季度|[1-9]\d?月|月份")
_ALL_SO_FAR = re.compile(r"累计|总数|总量|共计")
_NO_MEASURE_CLAUSE = re.compile(r"\s*(?:[^，,。；;]{0,40}?(?:显示|获悉|了解到)|[^，,。；;]{0,40}?(?:公布|发布|通报)[^，,。；;]{0,30}?(?:情况|数据|结果)|[^，,。；;\d]{0,12}(?:本报讯|记者|通讯员)[^，,。；;\d]{0,12}|(?:(?:19|20)\d\d年|今年|去年)?"
                                r"(?:1?\d\s?[-—–~至到]\s?1?\d月份?|前三季度|上半年|一季度|全年))\s*")
_IN_BYLINE = re.compile(r"[(（][^()（）]{0,6}(?:记者|通讯员)[^()（）]*$")  # (记者 方彬楠 陆珊珊): the names, no opening measure
_BASIS_FILLER = re.compile(r"\s*(?:据|经)?(?:初步核算|按(?:可比|不变|现行)?(?:价格|口径|价)?计算|扣除价格因素(?:影响)?)\s*")
_OWN_WHOLE = re.compile(r"占(?!比)[^，,。；;、]{2,16}?(?:的)?(?:比重|比例|份额)")
_CHANGED_TO = re.compile(rf"(?:{CHANGE_VERBS}|升|降|减|增|发展)(?:到|至|为)")
_INCREASE_RE = re.compile(r"增长|增加|提高|上升|上涨|提升")
_TO_END = re.compile(r"(?:(?<![达])到|至)了?\s*$")  # 从89.5…下降到33…: the level reached, not a change on the base year
_TO_VALUE = re.compile(r"\s*(?:人民币)?\s*(?:(?:(?:增长|提高|增加|上升|提升|扩大|下降|降低|减少|回落|缩小|压减|压缩|缩短|发展|调整|增|升|降|减)?(?:到|至)"
                       r"|(?:增长|提高|增加|上升|提升|扩大|下降|降低|减少|回落|缩小|调整|优化|增|升|降|减)为)了?"  # (由13.7%降为1.8%)
                       r"(?:(?:19|20)\d\d年(?:\d{1,2}月)?(?:底|末)?的?|(?:目前|现在|当前|如今|(?:今年|去年)(?:\d{1,2}月)?(?:底|末)?)的?"
                       r"|[\u4e00-\u9fff]{1,4}(?:后|以来)的)?"
                       rf"(?:日均|年均|{PER_HEAD}|每人)?"  # 增长到目前的260平方公里, 增长至2020年9月底每人每月705元
                       r"|(?:跃升|攀升|跨越|跃上|迈上)(?:到|至)?)\s*")  # 从430亿元跃升上千亿台阶: the start of a climb
_SO_FAR_RE = re.compile(r"迄今")
_PERIOD_SINCE_AFTER = re.compile(r"(?:以来|来)")
_DATE_AFTER_YEAR = re.compile(r"\s*(?:底|末|\d{1,2}\s*月)")  # 2017年底, 2018年11月: a day an event is dated by
_MONTH_AFTER_YEAR = re.compile(r"\s*(\d{1,2})\s*月")
_CURRENT_RE = re.compile(r"(?:截[至止]|^到|[，,。]到)目前|(?:^|[，,。])(?:到|至)(?:今天|现在|如今)|截[至止](?:昨天|昨日|今日|日前|发稿时)|(?<![到至为])(?:目前|当前|如今|今天|眼下)|至此|(?<![表发实出体])现(?:已|有|在)(?![代金场象状行实])"  # 截至目前: now
                         r"|(?:经过|历经)连续[两三四五六七八九十\d]个五年"  # 经过连续两个五年的两轮百万亩造林: now
                         r"|(?:经过|历经|历时)(?:近|这)?(?:几|多|\d{1,2}|[两三四五六七八九十])(?:个多?月|多?年)(?:来)?的?"
                         r"[\u4e00-\u9fff]{0,2}?(?:发展|建设|努力|奋斗|施工)")  # …years on: now (历经18个月的建设: the works done,
# now; 经过近10年开发建设)
_YEARS_NAMED = re.compile(r"(?:19|20)\d\d(?=年)")
_YEAR_END_STOCK = re.compile(r"截至\s*(?:19|20)\d\d\s*年(?:底|末)|(?:19|20)\d\d\s*年末")  # (2017年底，…启动: an event)
_ANY_YEAR = re.compile(r"(?:19|20)\d\d年|[今去上前]年")
_TARGET_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}的(?:GDP|[\u4e00-\u9fff]){0,6}?(?:目标|任务|要求|目标任务|标准|上限)")  # (截至目前 keeps the status year: tests/test_extract_rows.py)
# 15所部属高校将向雄安新区疏解: the things counted will do it, a plan's count (将近 is about)
_WILL_DO_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}?将(?!近)|[\u4e00-\u9fff]{0,4}?(?:正在|正|拟)(?:谋划|规划|筹划)")  # (二期还有2.2平方公里正在谋划建设)
# 规划总床位1600张, 设计床位600张: the size a building is planned for, not one it has
_PLANNED_SIZE_BEFORE = re.compile(r"(?:规划|设计)(?:(?:设置)?(?:总)?床位(?:数)?(?:为|达|约|近)?|安装的?)\s*$")  # (规划安装的3600多台: a plan)
# 独角兽企业超10家（目前3家）: the value set beside the one reached so far, a target however it is worded
_NOW_IN_BRACKET_AFTER = re.compile(r"[^，,。；;（(]{0,4}[（(](?:目前|现为|现有|现在|当前|现已|截至目前)")
_BAR_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}(?:目标|任务)(?:[，,。；;]|$)")  # 压缩800张床位目标 (完成45项年度任务 counts tasks)
_TARGET_TAIL = re.compile(r"[^，,。；;]{0,30}?的[\u4e00-\u9fff]{0,4}(?:目标|任务)[^，,。；;]{0,2}[。；;]?\s*$")
_TASK_DONE_BEFORE = re.compile(r"(?:已经?|提前|率先|全面|顺利|圆满)完成了?(?:(?:19|20)\d\d年度?)?$")
_TASK_NOUN_AFTER = re.compile(r"的?([\u4e00-\u9fff]{2,6}?)任务(?:[，,。；;]|$)")
_ACHIEVED_BEFORE = re.compile(r"完成|实现|达到|达成")
_EVENT_DATE = re.compile(r"\s*(?:\d{1,2}月(?!份|底|末|以来|起)|[便就即]?被?(?:启动|开工|签约|成立|设立|开通|揭牌|落户|投产|搬迁|列入|入选|获批|评为|命名为)(?!以来|至今))")
_ONE_OFF_DEED = re.compile(r"签署|签订|揭牌|挂牌成立|正式成立|奠基")  # a deed done once, on a day of its year
# 截止2016年12月，…: the data as of the year's end, no event's date (the sentences after it go on with that year)
_AS_OF_YEAR_END = re.compile(r"(?:截至|截止到?)\s*(?:19|20)\d\d\s*年\s*12\s*月(?:底|末|31日)?(?![\d日])")
_CUT_OFF_END = re.compile(r"\s*(?:\.{2,}|…{1,2})\s*")  # (nothing but an excerpt's dots after the number)
_SEASON_ENDED = re.compile(r"(?:圆满|顺利|正式)?(?:收官|结束|落幕|落下帷幕)[。！!]?\s*$")
_VALUE_ONLY_AFTER = re.compile(r"(?:达到|达|为|是|有|超过|超|约|近|增长|增加|提高|上升|下降|减少|降低)?\s*\d[\d.]*\s*(?:%|[\u4e00-\u9fff]{1,3})?[，,]?\s*")
_BUILT_IN_BEFORE = re.compile(r"(?:建成|始建|兴建|成立|设立|开业|落成|投用|开通|竣工|创建|组建|开园|开馆)于\s*$")
# (2017年4月，新区正式设立; 首农集团2014年便启动…搬迁; 蔚县剪纸2009年被列入…名录: the date of an event, not the time
# of the next sentences)
_PER_SOMETHING = re.compile(r"每|人均|平均|户均|[百千万]人口?")
_RATE_UNITS = frozenset({"%", "个百分点", "个千分点", "‰", "倍", "点"})
_PERIOD_ONLY = re.compile(r"[一二三四第]?季度|月份?|年度?|上半年|下半年|全年")
_POINTER_ONLY = re.compile(r"这个|这些|那个|该|此|其|我们|他们|大家")  # 这个由北京上百家药企…出来的园区, 我们已有1/3的人员: a pointer, no measure
# 9个项目完成签约, 总投资245亿元: a bare kind of thing, not which of them (whose projects, which investment)
# 服务业15个重点行业营业收入增长2.3%: a count whose noun runs on, unbroken, into another figure
_SCOPE_GAP = re.compile(r"[\u4e00-\u9fff]{2,}\s*")
_FACILITY = re.compile(r"园|项目|工程|基地|中心|商贸城|市场|医院|学校|枢纽|小镇|新城|场馆|公司|集团|企业")
_INVESTMENT_DONE = re.compile(r"完成(?:了)?(?:固定资产)?投资(?:额)?(?:为|达到?|约|近|超过?)?\s*$")
_BARE_NOUN = re.compile(r"投资")  # (总投资54亿元 stands: a total the sentence's subject reports; round 14)
_PLACE_LIST = re.compile(r"(?:^|是|为|有|：|:)([\u4e00-\u9fff]{2,6}(?:[、和及与][\u4e00-\u9fff]{2,6})+)(?=[，,；;]|$|(?:19|20)\d\d年|的)")
_NEW_ITEM_OPENING = re.compile(r"\s*(?:新引入|新引进|新增|新设立?|新落地|新签约|新开工|新落户)")  # a part's own flow after 「；」
_PLACES_RUN = re.compile(r"(?:^|[，,：:])\s*([\u4e00-\u9fff]{2,6}(?:[、和及与][\u4e00-\u9fff]{2,6})+[\u4e00-\u9fff]*)")
_PLACE_NAME_END = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:开发区|新区|园区|[区县市镇乡港])")  # (芦台开发区, 曹妃甸区, 遵化市)
_PERIOD_INVESTMENT = re.compile(r"(?:^|[，,])\s*(?:今年|全年|去年|上半年|前三季度|一季度|1-\d{1,2}月)投资(?:同比|较去年|较上年|比上年)?(?:增长|增速|下降)")
_PLACE_INVESTMENT = re.compile(r"(?:新区|全省|全市|全区|[省市区县])投资(?:同比)?(?:增长|增速|下降)")
# 雄安新区建设明显加快，投资同比增长58.3%: the place's own clause first, then its investment's growth
_PLACE_CLAUSE_BEFORE = re.compile(r"(?:新区|[省市区县])(?:建设|发展|经济|项目建设)[^，,。；;\d]{0,8}[，,]\s*$")
_BARE_INVESTMENT_CHANGE = re.compile(r"\s*投资(?:同比|较去年|较上年|比上年)?(?:增长|增速为?|下降)")
_COUNTED_AFTER = re.compile(r"的\s*(?:[^，,。；;]*、[^，,。；;]*等)?()\d+[余多]?[个项份][^，,。；;\d]{0,6}?(项目|协议|合同|工程)")  # (的…、…等12个项目)
_AVERAGE_AFTER_SERIES = re.compile(r"[、，,]?\s*(?:年均|平均每年)(?:增长|增加|提高|提升|下降|减少|降低)了?")
_PEOPLE_BESIDE_AREA = re.compile(r"面积(?:达到?|为|约|超过?)?\d+(?:\.\d+)?万?平方公里[、，,和及]\s*(?:拥有|有)?(?:常住)?(?:人口(?:规模)?)?"
                                 r"(?:超过?|逾|达到?|近|约)?\s*$")
_DEED_OF_COUNTED = re.compile(r"(?:[已均全]|全部|先后|陆续)?((?:签约|开工|竣工|投产|落地|入驻|建成|开业|达产|完工|投用|运营){1,2})")
_PROJECT_COUNT = re.compile(r"(项目|协议|合同|工程)[^，,。；;\d]{0,6}\d+(?:\.\d+)?[余多]?[个项份]|\d+[余多]?[个项份][^，,。；;\d]{0,8}(项目|协议|合同|工程)")
# 9个项目完成签约: a clause opening on a bare count of projects or firms says how many of what was just named, no measure
_BARE_COUNT_NOUN = frozenset({"项目", "企业", "家企业", "单位"})
# 以2014年作为基期并设指数值为100: the index's value by definition at its base period, no result
_INDEX_BASE_BEFORE = re.compile(r"(?:基期|基年|基准年)[^，,。；;]{0,12}$")
# (比上年全年加快1.0个百分点 in a quarter's release, 比4月份回升, 比2014年12月份回落: the rate of another period)
_PERIOD_COMPARED = re.compile(r"(?:比|较)(?:[一二三四1-4]季度|[1一][-—–~至到][2-4二三四]季度|前三季度|上半年|下半年|1?\d[-—–~至]\d{1,2}月|上年全年|去年全年"
                              r"|前(?:\d{1,2}|[两三四五六七八九十]|十[一二])个?月份?"  # 增速较前7个月回升0.3个百分点
                              r"|(?:(?:19|20)\d\d年)?1?\d月份?(?![-—–~至\d])"
                              r"|[“\"‘]?十[一二三四五六]五[”\"’]?(?:时期|期间))")  # 比“十一五”时期低3个百分点: a plan period's rate (较“十三五”末: a base year)
_COMPARED_YEAR = re.compile(r"(?<=[与较比同])(?:19|20)\d\d年")  # (与2015年同期相比: a base, no time of the figures)
_BASE_YEAR = re.compile(r"(?<=[较比])(?:19|20)\d\d年")  # 较2023年增幅达51.1%: the base of a change, no time of its own
_SAME_PERIOD_BEFORE = re.compile(r"(?:上年|去年|上一年)同期")  # 剔除上年同期不可比因素增长11.1%: the yardstick of a change, no time of its own
_PERIOD_BASE_BEFORE = re.compile(r"(?:比|较|与|同|相比|由)$")  # (由上半年下降转为增长0.2%: the period compared with)
_BARE_LIST_SENTENCE = re.compile(r"\s*[^，,。；;\d]{2,24}[，,]\s*分别(?:为|是|达到?)\s*\d")
# 另外，北京有125处，天津28处: places and their numbers alone, the measure the sentence before named
_PLACE_COUNT = r"[\u4e00-\u9fff]{2,5}?[省市区县]?(?:有|为|达|约|近|超过?|拥有|共有)?\s*[\d.]+[万亿]?[\u4e00-\u9fff]{1,3}"
_PLACE_LIST_SENTENCE = re.compile(rf"\s*(?:另外|此外|同时|而)?[，,]?\s*{_PLACE_COUNT}(?:[，,、]\s*(?:而)?{_PLACE_COUNT})+[。；;]?\s*$")
# 北京市超过7万家、天津市近3万家: a place and its number, no measure of its own
_PLACE_ITEM = re.compile(r"(?:^|[、，,；;])\s*[\u4e00-\u9fff]{2,5}?[省市区县]?(?:超过|超|近|约|达|为|有|[:：])?\s*$")
# 东城区：708829人，占比3.2%；西城区：…: places and their numbers after a colon each, under a line leading in to them
_COLON_ITEMS = re.compile(r"\s*[\u4e00-\u9fff]{2,5}[:：]\s*\d[^。]*?[；;]\s*[\u4e00-\u9fff]{2,5}[:：]\s*\d")
_ITEMS_LEAD_IN = r"(?:分别是|分别为|情况如下|如下|依次是|依次为)"  # the words that lead in to items told after them
_LEAD_IN_LINE = re.compile(_ITEMS_LEAD_IN + r"\s*[:：]\s*$")
_NOUN_AFTER_COUNT = re.compile(r"([\u4e00-\u9fff]{2,12})(?:[，,。；;、]|$)")
_NOUN_BEFORE_QUOTE = re.compile(r"([\u4e00-\u9fff]{2,12})[“\"「]")  # 179项政务服务事项“同事同标”: the noun, then what was done
# 轨道上的京津冀越跑越快。…营业里程…: a place opening its sentence, or after a few words that describe it
_ZONE_NAME_END = re.compile(f"(?:{ZONE_WORDS})$")


def _how_broad(q: Mention, cl: _Clause, unit: str, head: str) -> str:
    """38个行业大类中有32个实现增长, 34个行业盈利, 26个行业利润总额比上年同期增加, 102种商品价格上涨,
    7个国家级气象站日最高气温突破历史极值, 22座水库超汛限水位运行, 7个断面达到Ⅱ类: how broad a change was, no figure;
    有22站降雨量超过100毫米: the bar the stations passed ('' when neither)."""
    if unit == "个" and (_INDUSTRIES_AFTER.match(cl.text, q.end) or _INDUSTRIES_BEFORE.search(head)) or (
            unit in ("种", "个", "类") and (_PRICES_MOVED_AFTER.match(cl.text, q.end) or _OUTPUTS_MOVED_AFTER.match(cl.text, q.end))) or (
            unit in ("个", "座") and _STATIONS_MEETING_AFTER.match(cl.text, q.end)):
        return "count of industries"
    if unit in ("个", "处") and _WATERS_MEETING_AFTER.match(cl.text, q.end):
        return "count of waters meeting a class"
    return "threshold" if _STATIONS_COUNTED_BEFORE.search(cl.text, 0, q.start) else ""


def _open_bracket(text: str, start: int, at: int) -> int | None:
    """Where a bracket opened between `start` and `at` and still open at `at` opens (None when there is none)."""
    opened = []
    for i in range(start, at):
        if text[i] in "(（":
            opened.append(i)
        elif text[i] in ")）" and opened:
            opened.pop()
    return opened[-1] if opened else None


def _in_aside_after(text: str, start: int, at: int) -> bool:
    """A bracket opened between `start` and `at` is still open at `at`: the point lies in an aside, one that tells
    more than the year of the figure before it (40%左右(2017年数据) is a note dating it)."""
    opened = _open_bracket(text, start, at)
    return opened is not None and not _YEAR_NOTE.match(text, opened)


# 继2007年超过1万亿元、2013年超过2万亿元后，突破3万亿元: a milestone's own amount, dated by the year that opens it
_MILESTONE_END = re.compile(r"[^，,。；;\d]*?(?:、|(?:之后|以后|后)(?:[，,]|$))")


def _milestone_passed(text: str, ref: YearRef, q: Mention) -> int | None:
    """The year of a number inside a milestone a later count starts from (继2013年超过2万亿元后), None elsewhere."""
    if ref.role != "since" or ref.start is None or ref.span or _CLAUSE_END_RE.search(text, ref.end, q.start):
        return None
    return ref.start if _MILESTONE_END.match(text, q.end) else None


def _head_carried(parts: list[str], head: re.Pattern) -> list[str] | None:
    """The items with the head only the last one writes after its own words (…和氨氮排放总量) put on each of them; None
    when the last writes none past its start or an earlier item has one of its own."""
    shared = head.search(parts[-1], 1)
    if shared is None or any(head.search(p) for p in parts[:-1]):
        return None
    return [p + parts[-1][shared.start():] for p in parts[:-1]] + parts[-1:]


def _shared_tail(parts: list[str]) -> list[str]:
    """城镇和农村居民人均可支配收入: items that are bare qualifiers (城镇) share the words the last one goes on with
    after its own qualifier (农村 | 居民人均可支配收入); an item with measure words of its own keeps them."""
    head = _TAIL_HEAD.search(parts[-1], 1)
    if head is None or not all(_QUALIFIER.fullmatch(p) for p in [*parts[:-1], parts[-1][:head.start()]]):
        return parts
    return [p + parts[-1][head.start():] for p in parts[:-1]] + parts[-1:]


def _zone_after(mention: RegionMention, clause: list[RegionMention], text: str) -> bool:
    """A zone inside the place follows its name at once (唐山海港经济开发区, 丰台园): the zone is named, not the place."""
    return any(o.group == -2 and o.start == mention.end and (_ZONE_NAME_END.search(text, 0, o.end)
                                                             or text[o.start:o.end] in ("园", "分园")) for o in clause)


# 据了解，今年5月末，北京市平原区…: who told it and when, before the clause the sentence opens its subject on
_LEAD_AND_TIME = re.compile(_LEAD_IN + r"\s*(?:(?:(?:19|20)\d\d年|今年|去年)?(?:\d{1,2}月(?:份|末|底|初)?)?[，,]\s*)?")
_OPENER_LEAD = re.compile(r"(?:[\u4e00-\u9fff]{1,6}的)?")
_COUNT_LED = re.compile(r"\s*[^\d，,。；;]{0,6}?(?:\d+|[两三四五六七八九十]+)[余多]?(?:个|家|项|座|条|所)[^，,。；;\d、]{1,10}")
# (292个重点项目累计完成投资6500多亿元: what the projects did, a value; 8个产业规模超千亿元: a bar they pass)
_DONE_BY_COUNTED = re.compile(r"完成|实现|累计|总投资|总额|总量|合计|共计")  # (13个落户项目总投资额已超16亿元: their sum)
_ABOUT_SUFFIX = re.compile(r"\d[万亿千百]?[多余]")  # 3万多名, 70余家: about that many, said after the number, no bar
# 2022年增长550%，至0.78亿千瓦时; 2024年、2025年分别同比增长298%、143%: a sentence of points of a series, no measure named
_SERIES_AFTER_TREND = re.compile(r"\s*(?:19|20)\d\d年(?:[、和](?:19|20)\d\d年)*[，,]?\s*(?:分别)?(?:同比|比上年)?"
                                 r"(?:增长|下降|增加|减少|提高|达到?|为|突破|超过)\s*\d")
_BREAKDOWN_RE = re.compile(r"\s*其中")  # 其中，…  and 其中北京为…: a breakdown of the sentence before
_PART_CLAUSE = re.compile(_BREAKDOWN_RE.pattern + r"[，,：:]?\s*(?![\d一二两三四五六七八九十])")  # (其中法人单位…, not 其中3个)
# 分港口看，…; 从区域分布看，…: a paragraph that breaks the one before down by kind or place (not 从全年看: a period)
_BREAKDOWN_VIEW_RE = re.compile(r"\s*(?:分|从)(?![^，,。；;]*?[年季月])[^，,。；;\d]{1,10}?(?:来)?看[，,]")
_EVENT_RE = re.compile(r"当天|当日|现场|会上|活动中|推介会上|洽谈会上")
_PLAN_TASKS = re.compile(r"安排部署|部署了")
_YEARLESS_PART = re.compile(r"(?<![\d年])(?:前三季度|上半年|一季度|第[一二三]季度|前\d{1,2}个月|1[-—–至~]\d{1,2}月)")
_YEAR_WORD_ANY = re.compile(r"去年|今年|上年|本年|明年|前年|(?<!近)年来|(?<!近年)以来|五年|十年")  # (近年来: no time)
# 2022年北京人口2184.3万, 全市已有60万人口: a place, a time and the bare noun, nothing more
_BARE_NOUN_ONLY = re.compile(r"\s*(?:截至)?\s*(?:(?:19|20)\d\d年(?:末|底)?)?[，,\s]*(?:全市|全省|全区|全县|本市|该市)?(?:已有|共有|现有|拥有|有|的)?\s*"
                             r"(?:人口)?(?:总量|总数|规模)?(?:为|达到?|是|约|共|超过?|已达|达到了)?\s*")
_OTHER_PROVINCIAL_CITIES = frozenset(("上海", "重庆"))  # 全市 after them: the other city's own
_SENTENCE_PLAN = re.compile(r"(?:清单|方案|要点|计划|规划|意见)(?:明确|提出|要求)|年底前|到年底|到今年底|年内将")  # (预计年内将…；完成…；疏解升级…16家)
# 全年安排省市重点开工在建项目135项，总投资881.4亿元: the year's list of projects, set before any is done (…，截至12月20日，
# 有28项实现提前开工建设 is done)
_PROJECTS_SET = re.compile(r"(?:(?:全年|年度|今年|本年)共?安排|确定|谋划|储备)[^，,。；;\d]{0,10}?(?:重点|重大)[^，,。；;\d]{0,8}?(?:项目|工程)")
_PROJECTS_DONE = re.compile(r"已|累计|截至|截止|实现|完成|开工|投产")
_SPAN_CHANGE = re.compile(r"累计|[“\"]?十[一二三四五][”\"]?(?:末|期间|时期|以来)|年来")
_BREAKDOWN_OPENING = re.compile(r"[，,\s]*其中[，,]?")
_SITE_SUBJECT = re.compile(r"\s*(?:其中[，,]?)?(?:(?:假期|假日|节日|春节|国庆|五一|清明|端午|中秋|元旦|黄金周|当天|当日)(?:期间)?[，,]?)?"
                           r"(?:(?:该|这个|此)|(?!全|各|其中|公立|民营|社会办|综合|专科|二级|三级|基层|社区|乡镇|定点|市属|区属|省属|互联网|现有|新建|重点|示范|生产|城市|主要|部分|热门|郊野|口袋|人均|占|比|较|[一二三四五六七八九十两几多数]+[家个座处所])"
                           r"(?:(?![级类等各全])[\u4e00-\u9fff]){2,10}?|(?=基地|集团))(?:基地|集团|医院|小镇|水源地|湿地|核心区|办公区|商贸城|工厂"
                           r"|博物院|博物馆|纪念馆|美术馆|展览馆|科技馆|公园|动物园|植物园|景区|度假区|乐园|(?<![儿在技业化])园(?!区|人数)|陵|寺|观象台|滑雪场|雪场|古镇|水镇|故城|山庄|活动中心|城楼|王府|(?<!体育)馆|乐谷|长城|旅游区)"
                           r"(?=[\d\u4e00-\u9fff]{0,4}?(?:前|共|已|累计|今年|去年|上半年|全年|总|完成|实现|接待|入驻|拥有|达|客运量|客流|游客|观众|发送|营业收入|门票收入|大雾|降雨|降水|所有|迎来|游客量|客流量|高温|气温|极端|最高|最低))")
_ZONE_CLASS = r"高新区|开发区|经开区|经济开发区|高新技术产业开发区"  # a kind of zone, said with no name
_ZONES_PHRASE = re.compile(rf"(?:国家级|省级|省级以上|各类|各)?(?:{_ZONE_CLASS}|经济技术开发区)")
_BARE_ZONE_SUBJECT = re.compile(rf"\s*(?:这样|目前|其中|同时|此外|截至目前|今年|去年|全年)?[，,]?(?:{_ZONE_CLASS}"
                                r"|(?:(?![全各])[\u4e00-\u9fff]){2,6}?(?:经济带|经济圈|产业带))"  # (沿海经济带实现生产总值…: a belt's)
                                r"(?=[\u4e00-\u9fff]{0,4}?(?:已|共|累计|新增|实现|完成|拥有|引进|入驻|聚集|集聚|全年|今年))")
# 全市六大高端产业功能区稳步发展，2021年实现增加值2.2万亿元: the zones a sentence opens on, counted, are its subject
_COUNTED_ZONES_OPENING = re.compile(r"\s*(?:全市|全省|全区|我市|我省)[一二三四五六七八九十两\d]{1,2}(?:大|个|家)[\u4e00-\u9fff]{0,8}?"
                                    r"(?:功能区|产业园区|园区|开发区|经开区|高新区)(?![\u4e00-\u9fff]{0,2}(?:面积|规划|名单))")
_NORMAL_BEFORE = re.compile(r"(?:常年|历年|多年)(?:同期)?(?:平均)?(?:值|均值)?(?:只有|仅有|仅|也有|为|是|有|的)?[(（]?$"
                            r"|近[\d一二三四五六七八九十]+年(?:同期)?(?:平均值?|均值)(?:只有|仅有|仅|也有|为|是|有)?[(（]?$")
_YEAR_NOTE = re.compile(r"[(（]\s*(?:19|20)\d\d年(?:底|末)?(?:数据|统计|口径|数)?\s*[)）]")
_DECLINE_TO = re.compile(r"降幅[^，,。；;]{0,16}?(?:收窄|缩小|扩大|收缩)[^，,。；;]{0,10}?至$")
_FORECAST_LEAD = re.compile(r"\s*[^，,。；;\d]{0,12}(?:预测|预报)(?:显示|表明|结果)?[，,：:]")
_SITES_LISTED = re.compile(r"[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})*等(?:[\d一二三四五六七八九十]+[个家处座])?(?:景区|景点|小镇|场馆|雪场|滑雪场|度假区)")
_PER_HEAD_AFTER = re.compile(r"\s*/\s*([人户](?:次|天|年|月)?)")
_DONE_BA_BEFORE = re.compile(r"(?:累计|先后|已经?|共|逐步)\s*$")
_SO_FAR = re.compile(r"\d+年来|[一二三四五六七八九十]+年来|以来")
# 同时，也将持续加大整治力度，…整治“开墙打洞”339处: a sentence that opens on what will be done lists the work ahead
_OPENS_ON_PLAN = re.compile(r"\s*(?:同时|此外|另外|下一步|明年|今年)?[，,]?(?:还|也|仍|并|又)?将(?!近|其|军)[^，,。；;\d]{2,20}[，,]")
_THIS_YEAR_PLAN = re.compile(r"(?:今年|年内|本年度?)[，,]?(?!以来|来|[一二三四1-4]季度|上半年|前)[^，,。；;]{0,16}?"
                             r"(?:要|再|控制在|力争|争取|确保|新增|新开工|(?<!集中)开工|建成|完成|扩大到|提高到|提升到|达到)")
_SINCE_ITS_START = re.compile(r"[^，,。；;\d]{0,8}?(?:开通|设立|成立|启动|运行|上线|建成|开园|挂牌|开业|投用|投运)(?:以来|至今)")
_YEAR_ITEM_BEFORE = re.compile(r"\s*(?:19|20)\d\d\s*年(?:为|是|达到?|共)?\s*")
_YEAR_SERIES_BEFORE = re.compile(r"(?P<m>[^，,。；;：:]{2,30}?)(?:分别|依次|逐年)(?:为|是)[:：]\s*"
                                 r"(?:(?:19|20)\d\d\s*年[^，,。；;、：:]{0,4}?\d[^，,。；;、：:]{0,8}[，,、]\s*)*$")
_VAGUE_SINCE = re.compile(r"近年来|近几年来?|多年来|这些年来|(?:先后|已经)(?=引进|承接|吸引|签约|签署|落地|引入|迁入|转入)")  # 近年来，廊坊市引进京津项目505个, 河北先后引进京津项目15243个: a running total
_BY_ORIGIN_VIEW = re.compile(r"从[^，,。；;]{0,10}?(?:所在地|来源地|来源|地域分布|区域分布|所属地区|地区分布)(?:来)?看[，,]\s*$")
_REVIEW_HEADING = re.compile(r"回顾|时期|期间|以来|五年|成就|成效")
_TASKS_HEADING = re.compile(r"工作安排|主要任务|目标任务|重点任务|工作要点|工作思路|总体要求|预期目标")
_AHEAD_HEADING = re.compile(r"今年|明年|目标|任务|安排|要点|计划|展望|思路")
_AS_OF_NOW = re.compile(r"截[至止]目前|截[至止]到?现在|至今")
_FLOW_TAKEN_IN = re.compile(r"[^，,。；;\d]{0,12}?(?:共|已|已经|先后|累计)?(?:引进|承接|吸引|引入|招引|签约|落地)")
_LEVEL_TO = "达到|提高到|提升到|增至|增加到|降至|降低到|下降到"  # the verbs of a level reached, up or down
_WILL_REACH = re.compile(rf"将(?=(?:{_LEVEL_TO})\s*\d)")
_REACH_ONLY_HEAD = re.compile(rf"\s*[^，,；;。\d将已]{{2,12}}?(?:{_LEVEL_TO})\s*")
_PLAN_YEAR_OPENS = re.compile(r"\s*(?:预计)?(?:到|至)\s*(?:19|20)\d\d\s*年(?:底|末)?[，,]")  # 到2025年，…: a plan's sentence
_DONE_RE = re.compile(r"已|累计|截至|截止|实现了|完成了|去年|上年|以来|年来|目前|(?:19|20)\d\d年")
_REPORTED_AT = re.compile(r"介绍|通报|发布|表示|透露|指出|说|获悉|了解到")
# (河北新闻网讯(通讯员…)3月10日，…集中开工; 昨天，…洽谈会在大厂县举行: a dateline, then the day)
_DAY_EVENT = re.compile(r"^\s*(?:[^，,。；;\d]{0,12}(?:\d{1,2}月\d{1,2}日)?(?:电|讯)\s*(?:[(（][^()（）]{0,30}[)）])?\s*)?"
                        r"(?:(?:(\d{1,2})月)?\d{1,2}日|昨天|昨日|今天|今日)(?:上午|下午|晚上?)?[，,]?[^。；;]{0,40}?"
                        r"(?:举行|召开|举办|开幕|开业|签约|开工|启动|揭牌|投产)")
_FLOW_WORD = re.compile(r"流向|输出|流入|吸纳")
_RANKED_SET_AFTER = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,10}?中?(?:(?:排名|排|位居|位列|名列|居)?第\s*(?:\d|[一二三四五六七八九十])"
                               r"|(?:位居|居于?|排名|排在|名列)(?:榜首|首位|前列|前茅|末位)|的?(?:最后一名|末位|倒数第))")
# (…10个重点工业区中居榜首, 是全国24家千万级机场的最后一名)
# 签约超10亿元项目12个, 超百亿元县域特色产业集群: money naming a class of projects, firms or clusters, no amount
_CLASS_NOUN_AFTER = re.compile(r"(?:级|以上)?(?!规模以上|规上)[\u4e00-\u9fff]{0,8}?(?:产业集群|集群|项目|企业|园区|工程)(?![\u4e00-\u9fff]{0,2}(?:投资|总投资|资金))")
_EVALUATED_SET_AFTER = re.compile(r"[^，,。；;\d]{0,16}?(?:考核|评比|评价|评估|考评|测评|排名|排行|排序)中")
_IN_BEFORE = re.compile(r"在[^，,。；;\d在]{0,8}$")
# 超过第二产业1.5个百分点, 比74个城市平均达标天数少85天: a gap to another measure or to other places, not a change
_GAP_TO_OTHER_BEFORE = re.compile(r"(?:(?:高于|低于|超过|快于|慢于|领先)(?![“\"]?(?:上|去|同期|前|年初|全年|十|(?:19|20)\d\d))"
                                  r"[\u4e00-\u9fff]{2,12}|(?<![占对])比(?![重例率值])(?![“\"]?(?:上|去|同期|前|年初|全年|十|常年|往年|历年|多年|(?:19|20)\d\d))"
                                  r"[^，,。；;\d]{0,4}\d*[^，,。；;\d]{2,14}?(?<![提增减降加])(?:少|多|高|低|快|慢)了?)$")


def _compared_by_bi(text: str, at: int) -> bool:
    """比国际先进水平高15%: a percentage after 比…高 is a gap to what is compared, even with no change word (超过总数的三成,
    a gap's other form, is a share)."""
    gap = _GAP_TO_OTHER_BEFORE.search(text, 0, at)
    return gap is not None and gap.group().startswith("比")


_ASIDE_OPENS = re.compile(r"[(（]")
_COUNTS_JOINED = re.compile(r"(?:和|及|以及)(?:近|约|超过?|逾|达)?$")
_PARTNER_COUNT_GAP = re.compile(r"(?:与|同(?!比)|和|跟)(?:[\u4e00-\u9fff]{1,6}?)$")
_NETWORK_UNITS = frozenset({"公里", "千米", "米", "平方公里"})
_MONTH_END_OR_DAY = r"(?:今年)?(?:1[0-2]|[1-9])月(?:底|末|\d{1,2}日)"
_STOCK_AS_OF = re.compile(r"(?:截至|截止到?)" + _MONTH_END_OR_DAY)
# 截至12月3日, 截至11月底, 1-11月, 前11个月: a day or a month of this year the news runs to (no year before it)
_DAY_SO_FAR = re.compile(r"(?<![\d年])(?:截[至止]|到)" + _MONTH_END_OR_DAY + r"|(?<![\d年])1[-—–至~](?:1[01]|[1-9])月"
                         r"|(?<!年)前(?:十一|11|十|10)个月")
_CLAUSE_END_RE = re.compile(r"[，,。；;]")
# 略高于邯郸的4920.1亿元, 领先沧州的5.9%: the place outdone, then its own figure
_OUTDONE_BEFORE = re.compile(r"(?:高于|低于|快于|慢于|领先于?|超过|超出|多于|少于|落后于?)$")
_OWN_AFTER_BASE = re.compile(r"(?:市|省)?的(?:约|近)?")
_POINTED_BACK_BEFORE = re.compile(r"(?:这|这些|上述|前述)$")
_BARE_SHARE = re.compile(r"\s*(?:其中)?(?:占比|占)(?:为|达到?|约)?\s*")
_COUNT_AT_END = re.compile(r"\d(?:\.\d+)?[余多]?(?:万|千)?(?:家|个|所|项|户|名)$")
_FASTER_THAN_ITS = re.compile(r"(?:快于|慢于)[^，,。；;\d]{1,8}?的(?:约|近)?$")
_POINTS_AFTER = re.compile(r"(?:主要|显著|鲜明)?(?:特点|特征|亮点|方面的?(?:特点|变化|成效))")
_YARDSTICK_CLAUSE = re.compile(r"\s*(?:而|但|与)?(?:上年|去年)(?:全年|同期)")
_LEARNT_AT = re.compile(r"上?" + LEARNT)
_THIS_EVENT_RE = re.compile(r"本次|此次|这次|日前|本届")
_DATELINE_RE = re.compile(r"\d{1,2}月\d{1,2}日(?:电|讯)|(?<!\d)\d{1,2}日(?:上午|下午|晚)")
_LOAD_BEFORE = re.compile(r"(?:满载|搭载|装载|载着|载有)[着了著]?(?:约|近|超过?)?\s*$")
_COUNT_WITH_ITS_SUM = re.compile(r"[^，,。；;、\d]{1,12}?(?:总投资|计划总投资|协议投资额|投资总额|签约金额|签约额|总金额)")
_NOW_RE = re.compile(r"(?:到|至|为)(?:现在|目前|如今|当前|今天)")
_NOW_JUST_BEFORE = re.compile(_NOW_RE.pattern + r"的?(?:约|近|超过?)?$")
_GAP_RE = re.compile(r"差距|相差|差额|差值|差异|高出|多出|领先|(?<!淘汰)(?<!化解)落后(?!产能|工艺|设备|装备|生产|产业|企业|燃煤|锅炉)|高于|低于|快于|慢于|(?:好于|优于)(?!(?:国家)?[一二]级|标准|[ⅠⅡⅢⅣⅤIV]|[一二三四五]类)|差于|多于|少于")
# (二级或优于二级的优良天数249天: the grade of the standard, no place compared with)
_THRESHOLD_AFTER = re.compile(r"(?:及?以上|及?以下)?(?:阶段|水平|区间|档次)|级(?!别)|(?:人?口)?(?:以上|以下|及以上|及以下)[\u4e00-\u9fff]")
_CONDITION_AFTER = re.compile(r"(?:之|以)?后(?![来续期方勤备台])"  # (吞吐量达到100万标箱后: a condition, once it is reached)
                              r"|[\u4e00-\u9fff]{0,3}?(?<![小同及按准适当])时(?=[，,]|$)")  # (第一次征用1100亩地时，…: when it happened)
# (失业率均值为4.7%，运行在5.0%的年度调控目标内: the bar the value stayed under, not a value)
_TARGET_BAND_AFTER = re.compile(r"(?:的)?(?:年度|全年)?(?:调控|预期)?目标(?:值)?(?:以内|之内|内|范围内?)")
_HELD_WORDS = r"(?<!平)均|都|一直|始终|常年|多年"  # 近年均在35微克以下: a band held over years, no value
_HOLD_VERBS = "保持|稳定|维持"
_LEVEL_HELD_AT_BEFORE = re.compile(rf"(?<![均都])(?:{_HOLD_VERBS})在$")
_KEPT_AT_BEFORE = re.compile(rf"(?:{_HOLD_VERBS}|控制|{_HELD_WORDS})在$")
_EACH_YEAR_FLOOR = re.compile(r"(?:每年|历年|逐年|连续\d+年)[^，,。；;\d]{0,12}(?:均|都|皆)$")
_HELD_FOR_YEARS_BEFORE = re.compile(rf"(?:{_HELD_WORDS})在$")
_BAND_END_AFTER = re.compile(r"\s*(?:及?以下|以内|之内|及?以上)")
_STAGE_AFTER = re.compile(r"(?:及?以上|及?以下|以内)的?(?:阶段|区间|档次|时代)")
# 超过全省平均水平的有6个地区, 省(市)有7个: how many places pass a bar, not a figure of one place
_PLACES_AFTER = re.compile(r"(?:个)?(?:周边|毗邻|相邻|[\u4e00-\u9fff]{1,4}?(?=城市|设区市|地级市|区县|县市))?(?:设区市|设区城市|地级市|城市|地区|区域|区县|县市|县[(（]市(?:、区)?[)）]|省份|省区市|省市|省[(（]市[)）]|省[(（]区、市[)）]|市|区(?=及|和|与|、|率先|全部|均|都|实现))(?![\u4e00-\u9fff]{0,1}(?:场|民)|级)")
_SPREAD_OVER_BEFORE = re.compile(r"(?:分布在|分布于|遍布|散布在|涵盖)(?:全省|全市|全区|全国|[京津冀])?$")
_SOME_PLACES_AFTER = re.compile(r"个?[^，,。；;\d]{0,8}?(?:县|市|区|乡镇|乡|镇|村|省份|城市)")
_TRACKS_AFTER = re.compile(r"\s*(?:\d+|[一二两三四五六七八九十]+)\s*线")
_BARE_CHANGE_CLAUSE = re.compile(r"[，,\s]*(?:同比|比上年|较上年|比去年|较去年)(?:增长|下降|上升|提高|降低|减少|增加|改善)")
_SUBSET_OF_PLACES = re.compile(r"[省市]?\s*(?:\d+|[两三四五六七八九十]+)个[\u4e00-\u9fff]{1,4}?(?:城市|区县|县市)")  # (not 11个设区市: all)
_PLACES_MEASURE_AFTER = re.compile(r"[^，,。；;\d]{0,4}?(?:PM|细颗粒物|空气质量|优良|重污染|浓度|降幅|达标)")  # (河北8个传输通道城市PM2.5…)
_PLACES_DID_AFTER = re.compile(r"(?:及|和|与|、)[^，,。；;\d]{1,14}?(?:率先|全部|均|都)(?:实现|达到|完成|建成)|(?:率先|全部|均|都)(?:实现|达到|完成|建成)")
_PLACES_PASSING_BEFORE = re.compile(r"(?:\d+|[两三四五六七八九十]+)个?(?:设区市|城市|市|县|区)[^，,。；;\d]{0,12}$")
_ALL_PLACES_AFTER = re.compile(r"(?:设区市|设区城市|地级市|地级及以上城市|省份|省区市|省[(（](?:区、|自治区、直辖)?市[)）])")   # 11个设区市全面退出后十
_PLACES_HAVE_BEFORE = re.compile(r"(?:设区市|城市|地区|省份|省区市|省市|省[(（](?:区、)?市[)）]|市|区)有$")
_PRELIMINARY = re.compile(r"初步核算|初步数|初步统计|修订前|原公布|首次公布|初值")
_REVISED = re.compile(r"修订后|修订为|核实为|修正为|调整为|最终核实")
_NUMBER_AFTER_PLACE = re.compile(r"\s*(?:市|省)?(?:为|是|达|达到)?\s*[(（]?\s*")  # (上海(54305元)、北京(52530元): in brackets)
_MEASURE_AFTER_PLACE = re.compile(r"(?:市|省)?[\u4e00-\u9fff]{1,4}?(?:为|是|达|达到)?\s*")
_ONE_PLANT = re.compile(r"工厂|分厂|基地项目|生产基地|[一二三]期")   # 北京现代沧州工厂投资超过100亿元: one plant's
_FROM_BEFORE_AN_EVENT = re.compile(r"(?:由|从)[^，,。；;\d]{0,10}(?:前|之前|以前|初期|之初|伊始|开始时|时|最初|当初|起初|原来|原先)的?\s*(?:约|近|超过?)?$")
_BUILT_ON_AFTER = re.compile(r"[^，,。；;\d]{0,12}?的(?:良好|较高|较好)?基础上")
_FROM_LAST_YEAR = re.compile(r"(?:由|从)(?:上年|去年|上一年|前一年)(?:同期|末|底)?的?(?:增长|下降)?$")  # (由上年同期增长0.8%转为…)
# 增速是2014年的近8倍: one growth rate over another, no figure
_RATE_MULTIPLE_BEFORE = re.compile(r"(?:增速|增幅|增长率|增长速度)(?:是|为|相当于|达到?)(?:(?:19|20)\d\d年)?[^，,。；;\d]{0,8}$")
_VISIT_AFTER = re.compile(r"(?:亲临|亲自|到|赴|来)?[\u4e00-\u9fff]{0,2}?(?:视察|考察|调研|主持|召开|出席|会见|批示|讲话)")
_BARE_LINK = re.compile(r"(?:增速|增幅)?(?:达到|达|为|是)?(?:了)?")
_GROWTH_END = re.compile(r"(?:同比|比上年|较上年|按可比价格计算)?增长\s*$")
_MIN_PHRASE_OWN = 2
_LIST_SPLIT = re.compile(r"、|以及|和|及|与")
_LIST_SPLIT_STRICT = re.compile(r"、|以及|和")
_ZONE_WORDS = ("开发区", "经开区", "园区", "高新区")
_IMPROVED = re.compile(r"改善(?!率)|好转")  # (PM2.5改善率5.0%: a rate named so, its sign as printed)
_POLLUTANT = re.compile(r"浓度|PM2\.5|PM10|颗粒物|污染|排放|能耗|重污染")
_MEASURE_NOUN = re.compile(r"[\u4e00-\u9fff]{2,}(?:额|总量|产量|收入|人数|面积)")
_DIGIT = re.compile(r"\d")
_SCOPE_END = re.compile(r"[\u4e00-\u9fff、]{1,14}(?:中|之中|当中|里)\s*")   # 176个地表水国、省控断面中
_RANK_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:第|前|首|之最|领先|排名|位居|居)")
_DESTINATION = re.compile(r"[至向于]")
_SHARE_OF_NOUN = re.compile(r"(?![的以左之])[\u4e00-\u9fff]{2}")
_RATE_ONLY = re.compile(r"(?:年均|平均|同比|比上年|较上年|环比)?(?:增长率|增速|增幅|降幅|涨幅|增长|下降|提高|减少|增加)(?:了)?")
_UNIT_BASE = re.compile(r"[(（]((?:19|20)\d\d)\s*=\s*100[)）]")
# 以2014年作为基期, 2014年=100, 测算了2010年以来区域发展指数: the base period a release states for its index
_DOC_INDEX_BASE = re.compile(r"以((?:19|20)\d\d)年(?:作为|为)基(?:期|年)|((?:19|20)\d\d)年?\s*[=＝]\s*100"
                             r"|((?:19|20)\d\d)年以来[^。，,；]{0,6}?发展指数")
_ESPECIALLY = re.compile(r"\s*(?:特别是|尤其是|主要是|其中以)")
# 一商集团投资100亿元…, 瓜子融资租赁注册资本3000万美元: a firm named as the clause's subject, one firm's money
# (天津港集团完成货物吞吐量2.36亿吨: a port's group reports the port's throughput, no one firm's figure)
_FIRM_NAMED = re.compile(r"\s*(?:其中|而|如|像)?[，,]?\s*[\u4e00-\u9fff]{2,10}(?<!上市)(?:(?<!港)(?<!港口)(?<!港务)集团|公司|股份|融资租赁|特钢)(?!总数|数量|数)"
                         r"[^，,。；;\d]{0,8}$")
# 工商银行(601398.SH)17428.27亿元: a listed firm named by its stock code, one firm's figure
_STOCK_CODE_BEFORE = re.compile(r"[(（]\s*\d{4,6}\s*\.\s*(?:SH|SZ|BJ|HK)\s*[)）][^，,。；;\d]{0,8}$", re.IGNORECASE)
# 60家知名医药企业的78个项目, 11家企业的15条生产线: the firms and what they have, two counts a release reports
_COUNT_OF_ITS_PARTS_GAP = re.compile(r"[^，,。；;\d]{0,12}?(?<![中里])的")  # (16个行政区中的15个: the set picked from)
# 预计地区生产总值…增长到2000亿元，年均增长8.3%；区级一般公共预算收入从…增长到165.5亿元…: a sentence opening on 预计
# estimates each of its clauses (for a year still running, a forecast; for one closed, an estimate)
_FORECAST_OPENS = re.compile(r"\s*预计")
_FORECAST_LEVEL = re.compile(r"(?:预计|力争|有望|可望)(?=[^，,；;。]*\d)")  # (a forecast clause with its number)
# 比去年增加, 同比增长, 占全市税收的: a clause that only gives the change or the share of the figure before it
_GOES_ON_HEAD = re.compile(r"\s*(?:(?:比|较)(?:去年|上年)(?:同期)?|同比)(?:增加|增长|提高|下降|减少)了?"
                           r"|\s*占(?:全[市省区]|全国)?[\u4e00-\u9fff]{0,8}?的?(?:比重|比例)?(?:为|达到?)?")
_PROGRESS_BEFORE = re.compile(r"进度|工程量|完成率")
_DAYS_SPAN_AFTER = re.compile(r"(?:共|累计|里|内|时间里?|期间)[^，,。；;\d]{0,10}\d")
_EQUIVALENT_BEFORE = re.compile(r"相当于[^，,。；;\d]{0,8}$")
_PERSON_RE = re.compile(r"(?<![其吉])[他她](?![们国人乡说介表指透称告谈])|我家|咱家")  # (他介绍, 她表示: an official quoted)
_PLAN_ITEMS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:任务|措施|举措|工作要点)(?![\u4e00-\u9fff]{0,2}(?:完成|落实|落地))")
_SUMMED_ISSUES = re.compile(r"累计|先后|共计")  # 累计出台479项改革举措: the measures issued over the years, a count done
_ISSUED_BEFORE = re.compile(r"(?:提出|制定|出台|印发|部署|明确|确定|包括|涵盖)[^，,。；;]{0,12}$")
_POTENTIAL_BEFORE = re.compile(r"(?:可以|(?<![不即也])可(?=压减|新增|带动|提供|增加|节约|替代|满足|容纳|解决|吸纳|创造|消纳"
                               r"|承接|覆盖|接待|处理|产生|年产))[^，,。；;\d]{0,12}$"  # (可压减炼铁产能645万吨)
                               # (太阳能可开发量超过3000万千瓦, 可开发风能资源储量达4000万千瓦: a resource, not any output)
                               r"|(?:可开发|技术可开发|理论蕴藏|蕴藏)(?:量|[^，,。；;\d]{0,6}?储量)[^，,。；;\d]{0,4}$")
_ONE_FIRM = re.compile(r"该公司|该企业|该项目|公司总经理|企业负责人"
                       # (在华能曹妃甸港口有限公司…告诉记者，…公司共完成过港量86.7万吨: the firm named, then called 公司)
                       r"|(?:有限公司|股份公司|有限责任公司)[^。；;]{0,60}?[，,]公司(?:共|累计|全年|今年)?(?:完成|实现|达到|营收)")
# 全省30个省级以上高新区营业收入: the zones of a region counted together, the region's zones' figure (not one park's)
_ZONES_COUNTED = re.compile(r"(?:\d+|[两三四五六七八九十]+)个[^，,。；;\d]{0,8}?(?:高新区|开发区|经开区|园区|产业园区)")
_ZGC_AFTER = re.compile(r"[—\-－一·]?中关村")
_PARK_WORDS = re.compile(r"[\u4e00-\u9fff]{2}(?:园区|产业园|科技园|生态港|开发区|高新区|科技城|商贸城|服装城|健康城|金融商务区|中央商务区|风情街区?|文化街区|步行街|广场(?=接待|客流|人流)"
                         r"|(?:高铁|城际|铁路|(?<![火车两三四五六七八九几多各])站)(?=发送|到达|旅客|客流)|水库(?=蓄水|水位|水面|入库))")
# (石济高铁发送旅客, 白洋淀站发送: one line's or station's figure; 营运性铁路总里程 is not); a reservoir named after a
# region of ours, whose name the region took (密云水库蓄水量), leaves its phrase opening on 水库 (a station named so is
# its place's: 雄安站发送旅客)
_SITE_OF_REGION = re.compile(r"水库(?=蓄水|水位|水面|入库)")
# 100个特色小镇建设持续推进: the size of a programme under way, not a result of the year
_ORGANISATION_AFTER = re.compile(r"(?:市级|区级|县级|省级|镇级)?(?:领导|干部|部门|委办局|专项工作组|工作组|工作专班|专班|督导组|检查组)")
_MOVED_LATER = re.compile(r"[^。；;]{0,30}?(?:迁至|迁入|迁往|搬迁至|搬迁到|搬入|入驻|疏解至)")
_LIKENED_AFTER = re.compile(r"(?:标准)?(?:足球场|篮球场|故宫|天安门广场|西湖|水立方|鸟巢)(?![\u4e00-\u9fff]{0,2}(?:建成|投用|改造|新建))")
_LIKENED_BEFORE = re.compile(r"相当于|约等于|等同于|大小如")
_SHARE_OF_THINGS_AFTER = re.compile(r"的([\u4e00-\u9fff]{2,8}?)(?=最终|已|都|均|将|会|在|从|来自|选择|表示|认为|迁|落户|实现|获得|属于|集中)")
_LAND_WORD = re.compile("|".join(LAND_PARTS))
_PROGRAMME_VERB = re.compile(r"[\u4e00-\u9fff]{0,10}?建设(?:持续|加快|稳步|有序|扎实)推进")
_CHANGE_NOUN = re.compile(r"增量|增加量|减少量|净增|净减")
_RANGE_BEFORE = re.compile(r"\d\s*(?:%|个百分点|万|亿)?\s*(?:至|到|-|~|～|—|–)\s*$")  # (80%至90%: both ends)
_ACTOR_AFTER = re.compile(r"与|同|向|对|和|帮助|支持")
_CJK_AT = re.compile(r"[\u4e00-\u9fff]")
_SINGLE_BEFORE = re.compile(r"(?:单个|单体|单笔)(?:项目)?[^，,。；;\d]{0,6}$")  # 单个投资额就上百亿元: the size of one
_ONE_THING_BEFORE = re.compile(r"(?:这|该|一)(?:张|份|件|套|台|辆|艘|架|枚|笔|个|支|座|所|处|栋|间)(?:的)?$")
_PER_BEFORE = re.compile(r"每(?:秒|秒钟|分钟|小时|周|天|日|月|年|人|户|万人|千人|百人|十万人|平方公里|公顷|亩)(?:拥有|有|为|达)?$"
                         r"|每(?:吨|件|台|辆|平方米)[^，,。；;\d]{0,4}$")  # (产品每吨能节约80元: per ton)
# (分别完成年度任务121.8%、150.2%, 超过了任务量的22%: each a share of its plan)
_INVESTMENT_DONE_BEFORE = re.compile(r"(?:项目|工程)投资完成了?$")
_PLAN_SHARE_BEFORE = re.compile(r"(?:完成|达到|占|为|超过)了?[\u4e00-\u9fff]{0,6}?(?:[\d.]+[万亿千]*[\u4e00-\u9fff]{0,8}?)?"
                                r"(?:任务|计划|目标|预算)(?:数|量)?(?:[\d.]+[万亿]*元)?的?"
                                r"(?:[\d.]+%[、，,和及]\s*)*$")
# 完成年度3万套开工任务的118%, 完成全年260亿元投资任务的96%: the amount inside is the year's plan, not what was done
_PLAN_YEAR_BEFORE = re.compile(r"(?:完成|超额完成|完成了)(?:年度|全年|今年|本年|当年)$")
_TASK_OF_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:任务|计划|目标)(?:数|量)?的")
_SCHEDULE_BEFORE = re.compile(r"(?:超过?|快于|慢于|落后于?|高于|低于)(?:序时|时间)进度$")
# 在年初任务70吨的基础上超额完成了26.5吨, 超计划12亿元: what was done beyond a plan, no value of the place
_SURPLUS_BEFORE = re.compile(r"超额(?:完成)?了?$|超(?:出|过)?(?:年度|全年|年初)?(?:计划|任务|目标)(?:任务)?了?$")
_BUDGET_BEFORE = re.compile(r"(?:年初|年度|全年)预算(?:数|额)?(?:为|是)?$")  # 完成年初预算1980亿元的83.1%: the plan, not a fact
_STEPS_AFTER = re.compile(r"(?:[万千百]?亿元|万元)?(?:的)?(?:新)?(?:台阶|大关|关口)")  # (连跨6个万亿元大关: the steps passed)
_NORM_BEFORE = re.compile(r"(?<![主重需纲])要(?:求)?(?:超过|达到|高于|不低于|不少于|在)?$")
# the bar's own clause, and the next one when it only says what was reached (，达到10.3万亿元, 预计全年可实现10.6亿吨)
_VALUE_AFTER_BAR = re.compile(r"[^，,。；;]*(?:[，,](?=[^，,。；;\d]{0,6}?(?:达到|达|为|实现|完成|至)[^，,。；;\d]{0,2}\d)[^，,。；;]*)?")
_SHARED_BAR_BEFORE = re.compile(r"双双|均(?:已|首次)?(?:突破|超过|跨越|迈上)$")
_MAGNITUDE_AFTER = re.compile(r"的?(?:新|历史性)?(?:门槛|量级|以上阶段|阶段)")
_FROM_BEFORE = re.compile(rf"(?:从|由){PER_HEAD}?(?:不足|不到|仅|近|约|超过?)?$")  # (从每人每月1010元…, 从不足300元…)
# 从不足300元跃升至5.7万元: a from-point whose level another number reaches later in the clause
_REACHED_LATER = re.compile(r"[^，,。；;\d]{0,10}?(?:到|至|(?:调整|提高|上调|下调|增加|增长|降低|下降|提升)为)了?\s*(?:约|近|超过?)?"
                            r"[\d一二三四五六七八九十两百千万亿]")  # (…由家庭月人均1100元调整为1170元: the old standard)
_SENT_AFTER = re.compile(r"(?:累计|共|已)?(?:派驻|派出|选派|派遣|援派|下派|输送)(?:了)?[^，,。；;\d]{0,6}?(?:专家|医生|医护|医务|人员|干部|教师|人才)")
_VALUE_REACHED = re.compile(r"(?:到|至)了?(?:(?:19|20)\d\d年(?:底|末)?的?)?\s*")
_REACHED_AFTER_FALL = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:个百分点|%)\s*[，,]?\s*(?:到|至)了?\s*")
_TOTAL_AFTER_SPAN = re.compile(r"[^，,。；;\d]{0,12}?累计")  # 十年间累计…: after a span counted back (years.SPAN_RE)
# 城镇和农村居民人均可支配收入, 研发机构与高等院校R&D经费, 工业和服务业增加值: the words the last item goes on with
# after its own qualifier, which the items before it share
_TAIL_HEAD = re.compile(r"居民|职工|人均|平均|增加值|收入|支出|投入|经费|R&D|研发|总额|总量|产值|产量|人数|在校生|面积|"
                        r"浓度|排放|消费|价格|投资|吞吐量|比重|占比|增速|增幅")
# a bare qualifier after whatever opens the clause (2017年，北京市城镇): no amount, no measure words of its own
_QUALIFIER = re.compile(r"(?:.*[，,：:；;])?(?:\d{4}年)?(?:[\u4e00-\u9fff]{2,3}[省市区县])?(?![^，,：:；;]*(?:\d|" + _TAIL_HEAD.pattern
                        + r"))[\u4e00-\u9fff]{1,6}(?<![数量额值率次费])")
_PLACE_ONLY = re.compile(r"[\s，,；;则而]*(?:[省市区县])?[\s，,]*(?:分别为|分别是|分别)?")
_SHARED_HEAD = re.compile(r"排放总量|排放量|削减量|年均浓度|平均浓度|浓度")
# 高技术制造业和战略性新兴产业增加值分别增长…: a measure the last of two whole items goes on with is both items'
_SHARED_MEASURE = re.compile(r"增加值|产值|产量")
_GROWN_TO = re.compile(r"\s*(?:总数|总量|数量)?分别(?:发展到|发展至|增至|增加到|增加至|达到|提高到|提升至|提升到|升至)")
_ADDED = re.compile(r"^\s*(?:全[市省区县])?(?:新增|新认定|新培育|新引进)")
_BETWEEN_AFTER = re.compile(r"\s*(?:之间|的区间|区间内|范围内)")
_RANGE_OPEN = re.compile(r"(?:在|介于|处于)[^，,。；;]{0,24}?\d[^，,。；;]{0,12}?(?:至|到|-|~|～|—|–)\s*$")
_WEIGHT_AFTER = re.compile(r"[\d.%、和及\s]*的?权重")
_RANGE_UNIT_BEFORE = re.compile(r"\d(?P<u>[^\W\d，,。；;、至到]{1,5})\s*(?:至|到|-|~|～|—|–)\s*$")
_LEADING_NUMBER = re.compile(r"^[\d.,]+")
_RANGE_AFTER = re.compile(r"\s*(?:-|~|～|—|–|至|到)\s*\d")
# 最低工资标准为2200元, 基础养老金由每人每月…元: a standard of pay the region sets each year, the figure a release on
# pay reports (not a norm, nor a programme's payment per month: 西城区每月补贴600元)
_PAY_BEFORE = re.compile(r"最低工资|工资标准|养老金|低保|最低生活保障")
_PER_MONTH_PAID = re.compile(r"每(?:人)?(?:每)?月(?:为|是|达到?)?$")
_STANDARD_BEFORE = re.compile(r"(?:标准|标准值|限值)[(（]?(?:为|是)?$")
_SINCE_AFTER = re.compile(r"[^，,。；]{0,4}以来")
_PROJECT_AFTER = re.compile(r"(?:建设(?!工地|大军|者|工人)|兴建|新建|打造|用于|的(?!\s*\d+[余多]?[个项])[^，。；,]{0,16}(?:项目|产业园|工程|综合体|基金)|(?:管理)?规模的[^，。；,]{0,16}基金)")  # (的10个项目: several; 近300个建设工地: sites counted)
_RANK_SCOPE_AFTER = re.compile(r"[，,]?(?:居|位居|位列|名列|稳居|排名|排)(?:全国|全省|全市|全球|世界)(?:各省[区市]+|城市)?"
                               r"(?:第[\d一二三四五六七八九十]+(?:位|名)?|首位|前列|之首)")
_IN_A_ROW_BEFORE = re.compile(r"连续\s*(?:\d+|[一二两三四五六七八九十]+)\s*个?(?:月|季度|周)(?:均|都)?(?:超过?|突破|高于|低于)?$")
# (连续三年超80%: this year's too, more than 80%)
_RANK_BEFORE = re.compile(r"(?:前|后|居|列|(?<![安编])排名?|位居|位列)(?:全国|全省|全市|全区|全球|京津冀)?$")  # (共安排四百多个项目: planned, no rank)
_ORDINAL_BEFORE = re.compile(r"第\s*$")  # 位居全国第 7位
# 2座450立方米高炉, 宇通12米氢燃料电池客车25辆: the size of each machine counted, no figure of the place
_SIZE_UNITS = frozenset({"米", "吨", "立方米", "平方米", "千瓦", "兆瓦"})
_CAP_BEFORE = re.compile(r"不(?:超过?|多于|高于|大于)$")  # 每班不超40人, 招生规模不超过480人: a cap, a norm
_EACH_SIZE_BEFORE = re.compile(r"(?<![\d.])\d+(?:座|台|辆|艘|套|部|架|列)$")
_AREA_BASES = frozenset({"平方公里", "公顷", "亩"})  # (平方千米 and 万亩 read to these bases)
_AREA_BEING_BUILT_AFTER = re.compile(r"的?[\u4e00-\u9fff]{1,10}?(?:片区|园区|新城|区域|起步区|启动区|组团|先行区|产业园|[港区])"
                                     r"的?(?:规划|开发|建设|改造|拆迁|整治|征迁)+(?:[，,。；;、]|$)")
_SIZED_THING_AFTER = re.compile(r"(?:宽|长|高|深|跨度)?的?(?![以左上之多余])[\u4e00-\u9fff]{2,12}(?:[，,。；;、和及]|$)")
_SIZED_ITEMS_AFTER = re.compile(r"(?:长|宽|高)?的?[\u4e00-\u9fffA-Za-z]{1,14}?\d+(?:座|台|辆|艘|套|部|架|列)")
# 正元化肥60万吨合成氨、80万吨尿素等项目竣工投产: projects named by their capacity, in a list of projects
_NAMED_PROJECTS_AFTER = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,8}(?:[、和及][^，,。；;]{0,40}?)?等(?:一批|\d+个)?[\u4e00-\u9fff]{0,6}项目")
_CAPACITY_BEFORE = re.compile(r"年产(?:能)?$")   # (年产量, 年产值 stand: the year's output)
_ONE_IN_EVERY_BEFORE = re.compile(r"每\d+[\u4e00-\u9fff]{1,3}?(?:当中|之中|中|里)?[，,]?(?:就|便)?(?:有|是)$"
                                  r"|(?<![\d.])\d+[\u4e00-\u9fff]{1,3}?(?:当中|之中|中|里)[，,]?(?:就|便)(?:有|是)$"  # (约5人中就有1位)
                                  r"|每\d+(?:\.\d+)?[\u4e00-\u9fff]{1,10}?(?:抚养|赡养|负担|照料|对应|服务)$")  # (每2.3名劳动力抚养1名)
# 每创造出一万元的GDP, 1立方米水可以创造出…元: one unit of a ratio's terms, not a figure
_EACH_DONE_BEFORE = re.compile(r"每[\u4e00-\u9fff]{1,4}$")
_ONE_CAN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:可以|可|能够?|就能|就可以)(?:创造|产生|带动|拉动|节约|节省|减少|生产|实现)")
_IN_EVERY_AFTER = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:当中|之中|中|里)[，,]?(?:就|便)(?:有|是)\s*\d")  # 约5人当中就有1位: the whole
_SPEED_BEFORE = re.compile(r"(?:时速|(?<!增长)(?<!发展)(?<!增)速度|每小时|设计速度)(?:为|达|达到)?$")  # (年均增长速度为7.5%: a growth rate)
_FROM_POINT = re.compile(r"(?:由|从)(?:原来|原先|过去|以前|之前|最初|当初|此前)?的?\s*(?:(?:每人)?每月)?(?:最低|最高)?(?:不足|不到|仅|只有)?$")
# 从原来的2亿元增长到10亿元, 从最低不足75%提高到95%以上
_TOTAL_WORDS = re.compile(r"合计|共计|总计|总量|分别|均|都|累计|共")
_PART_GAP = re.compile(r"[\u4e00-\u9fff]{1,3}")
_REMAINDER = re.compile(r"[\s，,；;]*(?:而|但|另外)?(?:其他|其余|其它)")
_YEARS_AGO_BASE = re.compile(r"(?:与|比|较|同)[^，,。；]{0,6}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})年(?:前|之前)"
                             r"|(?<![\d年])(?:\d{1,2}|[二三四五六七八九十]{1,3})年(?:来|间|内)?(?:累计)?(?:下降|增长|提高|降低|减少|增加|上升)[^，,。]{0,3}$")
# 超越了北京(GDP36102.6亿元), 天津（地区生产总值16311亿元）: a headline figure in brackets right after its region
_REGION_BRACKET = re.compile(r"[(（][^()（）\d，,。；;]{2,14}$")
_REGION_BRACKET_CLOSE = re.compile(r"[^()（）\d]{0,3}[)）]")
_AREA_LEVELS = ("region", "group", "metro")
_EVENT_NAME = re.compile(r"对接会|洽谈会|推介会|招商会|签约会|经洽会|博览会|交易会|对接活动|签约仪式|合作论坛|峰会")
# 河北引进北京企业投资项目…: the place that receives is the subject, even when the indicator's name (京冀) names it
_RECEIVING_AFTER = re.compile(r"(?:省|市)?(?:全年|当年)?(?:引进|吸纳|承接|引入|接收|吸引)")
_AGENCY_AFTER = re.compile(r"[省市区县]?(?:委|政府|人民政府|发改委|发展改革委|统计局|商务局|[^，,。；;]{0,6}?(?:相关)?负责人)")
# …or any of its bureaus (北京市水务局): who told it, not the subject
_AGENCY_OR_BUREAU_AFTER = re.compile(_AGENCY_AFTER.pattern + r"|[\u4e00-\u9fff]{0,5}?(?:局|厅|委员会|办公室)")
_IN_ASIDE = re.compile(r"[(（](?![^()（）]*(?:折算|折合|约合))[^()（）]{0,30}$")  # (按汇率折算为3.2万美元) is a figure
_ITEMS_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{1,8}、)+(?:(?!签署|签订|签约|引进|实施|开展|完成|达成|新增)[\u4e00-\u9fff]){1,8}(?<![的了])$")
# (金融、信息、科技3个行业: the items listed; not …与教育部、北京市、河北省签署了10余项协议, 来自北京、深圳的20余个项目: the
# things the listed ones did or sent)
_LAST_ITEM_JOINED = re.compile(r"[和及与]")
_HOLIDAY_LENGTH_AFTER = re.compile(r"的?(?:春节|国庆|中秋|五一|端午|清明|元旦|劳动节|国庆节|中秋国庆)?(?:长假|假期|小长假|黄金周)")
_SEVERAL_AFTER = re.compile(r"[市县区]?等(?:\d+|[两三四五六七八九十]+)个(?:城市|地市|设区市|区县|县区|县市|县|区|市|地区|省份|省市)")
_INSTITUTE_OF_BEFORE = re.compile(r"(?:重工|科工|集团|中电|中船|航天|航空|兵器|中核|电科|科技)$")
_RUN_START = re.compile(r"[，,。；;：:！!？?]")


def _list_or_name(q: Mention, cl: _Clause, head: str) -> str:
    """金融、信息、科技3个行业, 黄骅等17个小城市: the items just named; 中船重工707所产业基地: a numbered institute."""
    if not _DEED_AFTER.match(cl.text, q.end) and (  # (…、希尔顿惠庭酒店等12个项目现场签约: the day's total)
            (_items_counted(head, q) and _CJK_AT.match(cl.text, q.end) and not _FIELDS_LISTED.search(head))
            or (_LIST_COUNT_BEFORE.search(head.rstrip()) and not _KINDS_LISTED.search(head.rstrip()))):
        return "count of a list"
    if q.unit_written == "所" and _INSTITUTE_OF_BEFORE.search(cl.text, max(0, q.start - 4), q.start):
        return "name"  # (no count of schools)
    return ""


def _items_counted(head: str, q: Mention) -> bool:
    """金融、信息、科技3个行业: a count of the items just listed, as many as were listed (北京、天津共246所优质学校 counts
    the schools of the two, not the two)."""
    if _ITEMS_BEFORE.search(head) is None:
        return False
    run = _RUN_START.split(head)[-1]  # (the whole list, however long its items: 沙河玻璃、…、唐山路北特种机器人、…5个)
    return q.number == run.count("、") + 1 + bool(_LAST_ITEM_JOINED.search(run.rsplit("、", 1)[-1]))


_ADMIN_BEFORE = re.compile(r"(?:现辖|下辖|辖|管辖|所辖|共辖|辖有|设有)(?:\d+个?[\u4e00-\u9fff]{1,8}[、和及，,]?)*$")  # (辖8个乡镇、3个街道办事处)
_LIST_COUNT_BEFORE = re.compile(r"等$")
# 重点项目集中开工，包括非首都功能疏解、基础设施、公共服务等53个项目: the kinds the things counted fall in, not the things
_KINDS_LISTED = re.compile(r"(?:包括|涵盖|涉及)(?:[^，,。；;\d、]{1,12}、)+[^，,。；;\d、]{1,12}等$")
# 在投资审批、就业创业…等方面200多项服务事项: the fields the things counted lie in, not the things
_FIELDS_LISTED = re.compile(r"等(?:方面|领域|环节|层面|方向)$")
_LISTED_NAMES_AFTER = re.compile(r"的[^，,。；;]*、[^，,。；;]*等(?=\d+[余多]?[个家项])")
_TRAILING_AMOUNT = re.compile(r"\d[\d.]*[余多]?[^\W\d]{0,3}$")
# a ranking of places by a measure (按PM2.5浓度同比下降幅度由大到小的顺序依次是…, 按综合指数从低到高排名)
_CONCENTRATION = re.compile(r"(?:PM2\.?5|PM10|细颗粒物|可吸入颗粒物|二氧化硫|二氧化氮|SO2|NO2|臭氧|O3)[^，,。；;]{0,8}?浓度$")
_RANKED_CHANGE = re.compile(r"同比|较上年|比上年|下降|上升|改善|降低|增长|提高|幅度")
_BRACKET_OPEN = re.compile(r"[\u4e00-\u9fff][(（]\s*$")
# (a peak day, 高峰日…发送旅客118万人次, is a measure of its own: 高峰日发送旅客)
_DAY_OF_MONTH = r"(?<![至到止])(?<!截[至止])(?:1[0-2]|[1-9])月[1-3]?\d"  # 10月16 (not 截至10月16: a period to it)
_DAY_FLOW_BEFORE = re.compile(r"^(?:(?!高峰)[^，,。；;])*?" + _DAY_OF_MONTH + r"日[^，,。；;\d]{0,12}?"
                              r"(?:发送|到达|接待|运送|进出)[^，,。；;\d]{0,6}$")
_CONCENTRATION_UNIT = re.compile(r"(?:微克|毫克)(?:/|每)")
_DAY_NAMED = re.compile(r"(?<!\d)" + _DAY_OF_MONTH + r"[日号](?![至到—–~-])|当天|当日|这一天|那一天")
_YEAR_MEAN_WORD = re.compile(r"全年|年均|年平均|累计|以来|截至|截止")
_NEWS_OR_PERIOD_AFTER_DAY = re.compile(r"^\s*(?:电|讯)|公布|发布|通报|显示|获悉|了解到|介绍|表示|\d{1,2}月(?![\d]{1,2}[日号])|季度|上半年|前三季度|年")
_URL_BEFORE = re.compile(r"(?:https?:|www\.|\.com|\.cn)[A-Za-z0-9./%#?=&_-]*$")
_THIS_FIGURE = re.compile(r"(?:这一|这个|该|此)(?:数字|数据|数值|指标)")  # what a figure already told is called again
_YEAR_WORDS = re.compile(r"(?:19|20)\d\d年")
_UNIT_BRACKET_END = re.compile(r"[(（][^()（）]{1,10}[)）]$")
_RANKED_BY = re.compile(r"按(?:照)?(?P<m>[^，,。；;：:]{2,20}?)(?:同比|较上年|比上年)?(?:下降|上升|改善|降低|增长|提高)?(?:幅度|率)?"
                        r"(?:由|从)(?:大到小|小到大|低到高|高到低|好到差|差到好|优到劣|多到少|少到多)")
_LIST_ADVERB = re.compile(r"(?:进一步|再次|再|又|均|也|还|依次|相应|名义|实际)?"  # (分别进一步下降8.5%和2.5%: the verb after it says the kind)
                          r"(?:(?:较|比|与)(?:19|20)\d\d年(?:相比)?[，,]?)?")  # (分别较2013年减少50天、37天: the verb after the base)
# a clause opening on years listed or a span of them (2021年和2022年，又分别下降…; 2019年至2021年，…增速分别为…)
_YEARS_OPENING = re.compile(r"\s*(?:在)?((?:19|20)\d\d)年?((?:\s*(?:[、和与及]|至|到|[-—–~])\s*(?:19|20)\d\d年?)+)")


def _years_listed(text: str) -> list[int]:
    """The years a clause opens on, a span written out year by year (none when it does not open on two or more)."""
    m = _YEARS_OPENING.match(text)
    if m is None:
        return []
    years = [int(m.group(1))] + [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group(2))]
    if len(years) == 2 and re.search(r"至|到|[-—–~]", m.group(2)) and 0 < years[1] - years[0] <= 10:
        return list(range(years[0], years[1] + 1))
    return years if all(b > a for a, b in zip(years, years[1:])) else []


_THESE_MEASURES = re.compile(r"(?:这|上述|以上)?[两三四五六七八九十2-9]项(?:数据|指标)")
_PEOPLE_DEED = re.compile(r"(?:在[^，,。；;、\d]{1,8}?)?((?:开展|从事|参加|参与|接受|享受|实现|完成)[^，,。；;、\d]{2,10})")
_MEASURES_AFTER = re.compile(r"(?:主要|大气|空气|常规|具体|核心|[一二三四五六七八九]级)*(?:污染物|监测指标|评价指标|指标)")
_LIST_OPENER = re.compile(r".*(?:有|包括|包含|涉及|的|为|是|：|:)")
# a story's detail, not a statistic (一共只有273天, 曾一度达到70%)
_SPEAKERS_OWN = re.compile(r"我们的|我的|咱们的")
_NARRATIVE = re.compile(r"他的|她的|记者|曾一度|一度|只是一个|一共只|只用了?|仅用了?|这项|这家|这位")
_HEARSAY = re.compile(r"有的说|有人说|有的人说|据传|传言|(?<!全)网传(?!播)|坊间")
_PARK_WITH_NAME = re.compile(r"[\u4e00-\u9fff—-]{2,10}?(?:科技园|产业园|物流园|工业园|科技城|示范园)")  # (园区 alone names none)
_ZONE_NAME = re.compile(r"经济区|园|开发区|示范区|高新区|新城|科技城|片区|启动区")
# the words between a place and the site named after it are a name, no verb (保定市新增博物馆20家: the city's museums)
_SITE_NAME_GAP = re.compile(r"(?:(?!新增|新建|建成|建设|共有|拥有|有|开放|举办|接待|打造|启动|推进|实现|完成|达到|已)[\u4e00-\u9fff]){1,10}?"
                            r"(?:公园|景区|体育场|体育馆|博物馆|展览馆|会展中心|会议中心|度假区|影城|艺术中心|剧院|图书馆|博览会)")
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:19|20)\d\d年(?:\d{1,2}月)?|目前|今年|去年|其中|此外|同时)?\s*")
_SITE_DEMONSTRATIVE = re.compile(r"该(?:中心|工程|项目|园|物流园|产业园|市场|基地|商城|医院|院区|景区|港区|码头)")
# a ranking's items follow 依次是: in the clause (…顺序，依次是承德16…) or after a colon (…依次是：张家口(33)…)
_RANKED_LEAD = r"(?:顺序|排名|排序)?依次(?:是|为)"
_RANKED_LEAD_END = re.compile(_RANKED_LEAD + r"\s*[：:]?\s*$")
_RANKED_ITEM_HEAD = re.compile(r"\s*" + _RANKED_LEAD)
_RANK_ORDER_END = re.compile(RANK_ORDER + r"\s*$|(?:排名|排序)(?:情况)?(?:如下)?\s*$")
_PLACES_COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十]+)个(?:设区市|地级市|城市|区县|县区|区|县|县\(市、区\))")
_ITEM_GAP = re.compile(r"\s*[)）]?\s*[、，,和及与]\s*[市区县]?(?:为|是|有|达|约|近)?\s*[(（]?\s*")
_ITEMS_NAMED_BEFORE = re.compile(r"(?:分别是|分别为|包括|即)[^，,。；;]*$")
_TOLD_TO_ITS_END = re.compile(r"(?:逐步形成|加快推进|进展顺利|全面展开|稳步推进|有序推进|初具规模|基本成型|全面铺开)$")
# an item of a list opening on its own subject (太行山绿化完成…)
_OWN_ITEM_OPENING = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:完成|实现|达到|建成|新增|累计)")
_ACCOUNTS_PHRASE = re.compile(r"(?:人均)?(?:地区)?生产总值|(?:人均)?GDP|经济总量")
# levels a year's national accounts give only after it; the R&D survey's, which comes out the autumn after
# (现在全社会研发投入强度达到3.49% in April: last year's at the latest); a year-end population and the urbanisation
# rate taken from it, known only after the year
_ANNUAL_ACCOUNTS = frozenset({"gdp", "gdp_per_capita", "rd_intensity", "rd_expenditure", "population_year_end",
                              "urbanisation_rate"})
_AIR_YEAR = frozenset({"pm25_annual_mean", "pm10_annual_mean", "no2_annual_mean", "so2_annual_mean", "pm25_change_yoy",
                       "pm10_change_yoy", "so2_change_yoy", "no2_change_yoy", "good_air_days", "good_air_days_ratio",
                       "heavy_pollution_days", "first_grade_air_days"})
# …项目落户承德: what moved in, up to the place it went into
_MOVED_INTO_BEFORE = re.compile(r"[^，,。；;：:]{0,12}?(?:" + MOVED_INTO + r"|下沉|派驻)(?:到|在|于)?(?:河北省?|天津市?|北京市?)?")
# (420余位专家下沉保定市…; 17个项目日前签约落户河北曹妃甸: the province before the host is its address)
# named projects or firms, listed, or one name joined by a middle dot (定州·雄安产业新城等22个项目)
_NAMED_ITEMS_BEFORE = re.compile(r"(?:(?:[^、，,。；;：:]{1,20}、)+[^、，,。；;：:]{1,20}|[^、，,。；;：:\d]{2,8}[·•][^、，,。；;：:\d]{2,12}"
                                 # (廊坊临空经济区宸信无人机科技产业园等229个重点项目: one project named, its place in its name)
                                 r"|[^、，,。；;：:\d的在]{4,24}?(?:产业园|科技园|工业园|项目|基地|工厂|小镇|综合体))等$")
# a count of projects or firms that the clause says were signed, started or settled: a result, whatever it lists
_DEEDS = "签约|开工|落地|入驻|竣工|投产|开业|落户"
_DEED_AFTER = re.compile(r"(?<=[个家项批所])(?:[^\W\d等]|、(?=[二三四]级)){0,8}?(?P<noun>项目|企业|机构|单位|子公司|医院|高校|学校|校区|教育资源|医疗资源)[^，,。；;\d]{0,4}?(?:集中|现场|成功|正式|已|先后)?"
                         rf"(?P<deed>{_DEEDS}|上榜|入选|入围|获批)")  # (京华电子等219家企业上榜: the batch named; …等17家央企二、三级子公司实现落户)
_IN_QUOTE = re.compile(r"[“「『\"][^”」』\"]{0,12}$")
# “接待游客2.6亿人次。”政府工作报告中…: a sentence quoted whole, its figure a statement, not a name
_QUOTED_SENTENCE_AFTER = re.compile(r"[^”」』\"，,；;]{0,20}?[。！!]\s*[”」』\"]")
_PROGRAMME_AFTER = re.compile(r"[项大条个]?(?:行动|工程|计划|战略|举措|任务|专项|攻坚|示范|机制|原则|方面|领域|板块|中心)")
# 共计300多人参加; 北京市80余家…企业、…企业共计300多人参加: who attended (the organisations listed before the people too)
_PARTICIPANTS_AFTER = re.compile(r"[^，,。；;\d]{0,12}?(?:参加|出席|参会|与会|列席|观摩|参赛)"
                                 r"|[^，,。；;]*?(?:共计|共|合计)\s*\d+[余多]?(?:人|名)(?:次)?(?:参加|出席|参会|与会)")
_CONTRIBUTION_BEFORE = re.compile(r"拉动|带动|贡献")
# 吞吐量、吞吐能力双双跨越10亿吨: a round mark passed, not the value (跨越4.37万亿元 is the value)
_PASSED_BEFORE = re.compile(r"(?:跨越|迈上|迈过|跃上|站上|跨上|跨过)$")


def _held_band(q: Mention, cl: _Clause) -> bool:
    """A floor or band held, passed every year or entered: no one year's value."""
    head = _strip_qualifier(cl.text[:q.start])
    return bool((q.qualifier != "exact" and _KEPT_AT_BEFORE.search(head) and not (
                    q.qualifier == "approx" and q.base not in _RATE_UNITS and _LEVEL_HELD_AT_BEFORE.search(head)))
                # (人口增量保持在35万人以上: a floor held; 淀区水位保持在7米左右: the level held, about that; 控制在3.5%左右,
                # 失业率保持在4.4%左右: a rate's band, still a bar)
                or (_BAND_END_AFTER.match(cl.text, q.end) and _HELD_FOR_YEARS_BEFORE.search(cl.text, 0, q.start))
                or (q.qualifier in ("more_than", "at_least") and _EACH_YEAR_FLOOR.search(head))  # 每年义务植树均超过1亿株
                or _STAGE_AFTER.match(cl.text, q.end))  # 进入40微克/立方米以下阶段, 迈入5%以上区间: the band entered


def _a_condition(q: Mention, cl: _Clause) -> bool:
    """吞吐量达到100万标箱后，就会…: an amount a sentence makes a condition of, once it is reached; not 跃升3位后 (a rank)."""
    return bool(_CONDITION_AFTER.match(cl.text, q.end)) and q.base not in ("位", "名")


def _round(number) -> bool:
    """One significant digit (10, 300, 2): the kind of number a milestone names."""
    return number is not None and number > 0 and number == number.to_integral_value() and len(str(int(number)).rstrip("0")) == 1


_MILESTONE_BEFORE = re.compile(r"首次(?:突破|超过|超|达到|迈上|跨越|跃上|站上)?$|首破$|跨越$|迈过$")
# 476家重点企业在河北设立分支机构…: the firms that act, counted before what they set up
_ACTORS_AFTER = re.compile(r"(?:重点|骨干|龙头|科技型?|高新技术|会员|成员)?(?:企业|公司|单位)(?:已|已经|先后|累计|共|在|到|赴)")
_HEADCOUNT_UNITS = frozenset({"户", "人", "人次", "户次", "名", "家"})  # who or what a programme covers, counted two ways
_COUNT_UNITS = frozenset({"个", "条", "项", "家", "所", "类", "大类", "种", "批", "座", "处", "支", "片", "区", "县"})
# (round 64) what a count counts when its noun opens on a word the stop list reads as a verb (52个合作项目进展顺利, 近300个
# 建设工地分布在…, 超过10万名建设者正在…, 4家央企总部已全部开工): the shortest run of words that ends on a thing counted,
# never a place (5个县市已经…: places past a bar, no figure)
_THING_COUNTED_AFTER = re.compile(
    r"[^，,。；;、：:“”\"（(）)\d]{0,8}?(?:项目|工程|企业|公司|总部|机构|商户|工地|建设大军|建设者|工人|人口|人员|群众|居民|职工"
    r"|医院|学校|高校|院校|中小学|幼儿园|园区|基地|中心|平台|事项|措施|政策|楼|飞机|船舶|协议|专利|活动|赛事|联盟|实验室|门店|摊位)"
    r"(?![\u4e00-\u9fff]{0,1}(?:区|市|县|镇|乡|村|省))")
# Where the noun after a count ends: punctuation, a conjunction or the verb of the clause.
_AFTER_STOP = re.compile(r"[、，。；,;]|和|及|与|(?<![协共相合一])同(?![比期时样步])|参与|参加|实现|落户|入驻|完成|开工|签约|进入|设立|落地|建成|投产|获得|找到|布局|拓展|扎根|"
                         r"通过|纳入|加入|开展|加强|支持|推进|建设|合作|对接|已|将|被|由|为|是|对|向|从|在|到")


def _rate_over_rate(q: Mention, cl: _Clause) -> str:
    """增速是2014年的近8倍: one growth rate over another, no figure."""
    return "comparison between measures" if q.base == "倍" and _RATE_MULTIPLE_BEFORE.search(cl.text, 0, q.start) else ""


_NO_BASE = "(基期未明)"


def _marked_no_base(why_not: str, phrase: str, cid: str) -> tuple[str, str]:
    """区域发展指数为138.9 with no base stated: its candidate id says so, which keeps it off a series with a base."""
    if why_not != "index base unknown" or not phrase or phrase not in cid:
        return phrase, cid
    return phrase + _NO_BASE, cid.replace(phrase, phrase + _NO_BASE, 1)


_IN_PLACE_COUNTED = re.compile(r"在(?:京|津|冀|北京|天津|河北)(?=[\u4e00-\u9fff]{2})")


def _words_counted_after(text: str, at: int, stop: int) -> str:
    """The words after a count up to the clause's verb (35个部门、…; 十余家市属国企参与…), or, when a word the stop list
    reads as a verb opens them (52个合作项目进展顺利), the run that ends on the thing counted."""
    if (where := _IN_PLACE_COUNTED.match(text, at, stop)) and (rest := _AFTER_STOP.split(text[where.end():stop], maxsplit=1)[0]):
        return where.group() + rest  # 600多家在京浙商落户: the things counted where they were (Zhejiang traders in Beijing)
    words = _AFTER_STOP.split(text[at:stop], maxsplit=1)[0]
    thing = None if words else _THING_COUNTED_AFTER.match(text, at, stop)
    return thing.group() if thing else words


def _list_slot(r: RegionMention) -> bool:
    """A place that takes its own number after 分别: ours, or another province named in the list (its number then
    goes to none of ours); never an anaphor, a comparison's base or an origin."""
    return r.region != ANAPHOR and not (r.region == OTHER and r.group < 0) and not r.compared and not r.origin


@dataclass
class ExtractionResult:
    source: dict
    rows: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    candidates: list[dict] = field(default_factory=list)
    targets: list[dict] = field(default_factory=list)   # plan targets (到2025年PM2.5…控制在30以下): see _target


@dataclass(slots=True)
class TimeContext:
    year: int | None = None
    period_start: int | None = None
    cumulative: bool = False
    target: bool = False
    explicit: bool = False      # came from a year written in this sentence (carried on to the paragraph)
    event: bool = False         # the day's event in a datelined story (当天签约…): a result, not a plan
    span: bool = False          # the period is a count of years back (五年来): its first level is the year before


def _fit_for_size(rules, q: Mention):
    """The rules a number's size can be: 1立方米水可以创造出1183元的GDP, 每创造一万元GDP: less than a million yuan is a
    rate or a unit of one, never a total counted in 亿元."""
    if q.base == "元" and q.number * q.scale < 1_000_000:
        return [rule for rule in rules if rule.scale < 100_000_000]
    return rules


class _Compiled:
    def __init__(self, catalog: Catalog):
        self.rules, self.by_base = compile_rules(catalog.indicators)
        self.words = WordIndex(self.rules)
        self.regions = RegionFinder(catalog.regions)
        self.region_levels = {rid: r.get("level") for rid, r in catalog.regions.items()}
        # the zones of ours (廊坊临空经济区, 容东片区): 园区 in a release on one is that region, no park of its own
        self.zones = frozenset(rid for rid, r in catalog.regions.items() if _ZONE_NAME.search(r.get("name_zh") or ""))
        self.names = {iid: ind["name_zh"] for iid, ind in catalog.indicators.items()}
        # a kind of land of a region catalogued as a region of its own (北京平原地区): (region, 平原区) -> its id
        self.land_parts = {(r["parent"], word.replace("地区", "区")): rid for rid, r in catalog.regions.items()
                           for word in LAND_PARTS if r.get("parent") and (r.get("name_zh") or "").endswith(word)
                           and self.regions.alias_to_id.get(r["name_zh"][:-len(word)]) == r["parent"]}  # (not 房山区)
        # the regions an indicator's own name states (京冀企业在津投资: 北京, 河北 are where the money comes from)
        self.name_regions = {iid: frozenset(m.region for m in self.regions.find(ind["name_zh"]))
                             for iid, ind in catalog.indicators.items()}
        self.ancestors = self.regions.within
        # the names of a region and the places inside it, less 区/县/市 (天津滨海——中关村 names 滨海新区), by region
        self.name_stems: dict[str, list[str]] = {}
        for alias, rid in self.regions.alias_to_id.items():
            for owner in (rid, *self.ancestors.get(rid, ())):
                self.name_stems.setdefault(owner, []).append(_PLACE_STEM.sub("", alias) or alias)
        # the catalogue words a place's names hold (雄安新区: 雄安), read into a sentence about it that names it only
        # by an anaphor or not at all (新区…，已有400余家央企机构…: the Xiong'an indicator's 雄安)
        self.place_words = {rid: self.words.present(" ".join([r.get("name_zh") or "", *(r.get("aliases") or [])]))
                            for rid, r in catalog.regions.items()}
        # 指数(2014=100): an index series tied to its base period; siblings with the same match words and no base
        # in their unit are the index on another base (jjj_regional_development_index_old_base)
        self.index_base = {iid: int(m.group(1)) for iid, ind in catalog.indicators.items()
                           if (m := _UNIT_BASE.search(str(ind["unit"])))}
        groups: dict[tuple, list] = {}
        for rule in self.rules:
            if rule.unit_base == "指数":
                groups.setdefault(rule.words, []).append(rule)
        self.index_siblings = {w: g for w, g in groups.items() if any(r.id in self.index_base for r in g)}
        # (id, (scale, base unit), indicator) of every indicator whose unit reads: what a synonym or a lead's row maps to
        self.unit_targets = {iid: (iid, target, ind) for iid, ind in catalog.indicators.items()
                             if (target := split_unit(str(ind["unit"]))) is not None}
        self.synonyms: dict[str, tuple[str, object]] = {cid: self.unit_targets[iid] for iid, ind in catalog.indicators.items()
                                                         for cid in ind.get("synonyms") or [] if iid in self.unit_targets}


def compiled(catalog: Catalog) -> _Compiled:
    """Matchers are built once per loaded catalogue, not once per release."""
    if "extract" not in catalog._compiled:
        catalog._compiled["extract"] = _Compiled(catalog)
    return catalog._compiled["extract"]


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_FOREIGN_WORDS = 8  # the fewest words of another language a sentence of it has
_KANA = re.compile(r"[\u3040-\u30ff]")
_FOREIGN_KANA = 3  # the fewest kana a Japanese sentence has (a Chinese one has none)


def _foreign(text: str) -> bool:
    """A sentence in another language (an English translation of the release): its figures restate the Chinese
    text's, and the words around them are none the catalogue or a measure phrase can read."""
    words = len(_LATIN_WORD.findall(text))
    if len(_KANA.findall(text)) >= _FOREIGN_KANA:
        return True  # 北京市のGDPは…約2兆5000億元に: a Japanese page's sentence, whose particles no rule reads
    return words >= _FOREIGN_WORDS and len(_CJK_CHAR.findall(text)) < words


# 低保标准从家庭月人均650元调整为710元, 最低工资标准上调至2420元: a standard set anew, in force from the release on
_STANDARD_FROM_BEFORE = re.compile(r"标准[^，,。；;\d]{0,4}?(?:从|由)[^，,。；;\d]{0,8}$")
_STANDARD_SET_BEFORE = re.compile(r"标准[^，,。；;]{0,16}?(?:调整为|调整到|调整至|上调至|上调到|上调为|提高到|提高至|提高为|提至|调至)"
                                  r"[^，,。；;\d]{0,8}$")


def _from_just_before(q: Mention, cl: _Clause) -> bool:
    """从, 由 (with a per-head wording: 从每人每月) right before the number: where a change starts."""
    return _FROM_BEFORE.search(cl.text, max(0, q.start - 8), q.start) is not None


def _standard_set(q: Mention, cl: _Clause) -> bool:
    return _STANDARD_SET_BEFORE.search(cl.text, 0, q.start) is not None


def _old_standard(q: Mention, cl: _Clause) -> bool:
    """北京市最低生活保障标准由家庭月每人平均1170元调整为1245元: the level a standard set anew replaces, in force the
    year before (as the labellers date it), no start of a span whose year is not said."""
    return (_STANDARD_FROM_BEFORE.search(cl.text, 0, q.start) is not None and _from_just_before(q, cl)
            and _REACHED_LATER.match(cl.text, q.end) is not None)


def _pay_standard(q: Mention, cl: _Clause) -> bool:
    """An amount of money after a standard of pay the region sets (最低工资标准, 基础养老金, 低保)."""
    return q.base == "元" and _PAY_BEFORE.search(cl.text, 0, q.start) is not None


def _trend_clause(text: str) -> str:
    """The measure a clause of a trend names (常住外来人口规模不断下降), '' for any other clause."""
    trend = _TREND_CLAUSE.fullmatch(text)
    return trend.group("m") if trend else ""


def _trend_sentence(text: str) -> str:
    """The measure a sentence of a trend alone names (2021年启动绿电交易以来，天津绿电交易量实现快速增长。): its last
    clause says the measure grew or fell, and no number but a year is in it; '' for any other sentence."""
    if _DIGIT.search(_YEARS_NAMED.sub("", text)):
        return ""
    last = _CLAUSE_RE.split(text.rstrip("。；;！! "))[-1].strip()
    trend = _GREW_CLAUSE.fullmatch(last) or _TREND_CLAUSE.fullmatch(last) or _STEADY_CLAUSE.fullmatch(last)
    return trend.group("m") if trend else ""


def _sentences_read(doc: _Document, para):
    """The paragraph's sentences, less those in another language, whose numbers are accounted for as skipped."""
    mixed = len(_LATIN_WORD.findall(para.text)) >= _FOREIGN_WORDS or len(_KANA.findall(para.text)) >= _FOREIGN_KANA
    # (too few words of another language: no such sentence)
    for sm in _SENTENCE_RE.finditer(para.text):
        if not mixed or not _foreign(sm.group()):
            yield sm
            continue
        for m in find_numbers(sm.group()):
            reason = "foreign text" if m.kind == "quantity" else "not a quantity"
            doc.result.skipped.append(_skip(m.raw, sm.group(), para.line_at(sm.start() + m.num_start), reason))


def extract_release(path: str | Path, catalog: Catalog | None = None) -> ExtractionResult:
    catalog = catalog or load_catalog()
    comp = compiled(catalog)
    release = read_release(path, regions=catalog.regions)
    comp = _for_release(comp, release)
    result = ExtractionResult(source=release.source)
    ref_year = _story_year(release) or release.source["reference_year"]
    subject = subject_of(release, comp.regions, comp.region_levels, ref_year)
    doc = _Document(comp, ref_year, _status_of(release, subject), subject, result)
    doc.park_of_host = "中关村" in subject.headline
    doc.texts = (subject.headline, *(p.text for p in release.paragraphs))
    # (截至去年底…关停企业近2000家 in the headline dates the yearless figures 2017; 四十年来 still runs to now)
    doc.span_end = _status_of(release, replace(subject, year=None)) if subject.year is not None else doc.status
    doc.published_month = _published_month(release)
    doc.so_far_in_december = doc.published_month == 12 and any(_DAY_SO_FAR.search(text) for text in doc.texts[:4])
    doc.population_census = _census_year(release, ("人口",), moment=False)
    if comp.index_base:
        doc.index_base = _index_base(release.paragraphs)
    before: tuple = (None, None, "")     # year, period and last sentence of the paragraph before
    opened_on_year = False               # the paragraph before opened on its year (2020年，…)
    for para in release.paragraphs:
        if para.heading and not para.aside:
            doc.section_place = None
            doc.section_year = _section_year(para.text, ref_year, doc.section_year)
            sibling = doc.review_opened is not None and doc.review_opened == _outline_style(para.text)
            doc.section_since = _section_since(para.text, ref_year, doc.status, None if sibling else doc.section_since)
            doc.review_opened = None if sibling else doc.review_opened
            doc.section_review = bool(_REVIEW_HEADING.search(para.text)) and doc.section_since is None
            doc.review_style = _outline_style(para.text)
            doc.section_ahead = _section_ahead(para.text, ref_year)
        elif doc.section_review and not para.heading:
            # (一)发展回顾 ⏎ “十二五”是…跃升期，…取得了丰硕成果。: the period its first paragraph names, to the next heading
            # of the same rank ((二)面临的形势), not through the review's own parts (一、技术交易…)
            doc.section_review = False
            if not any(m.kind == "quantity" for m in find_numbers(para.text)):
                doc.section_since = _opening_period(para.text, ref_year, doc.status)
                doc.review_opened = doc.review_style if doc.section_since is not None else None
        if para.heading and not _states_a_figure(para, release):
            for m in find_numbers(para.text):
                reason = ("dateline" if para.aside else "heading") if m.kind == "quantity" else "not a quantity"
                result.skipped.append(_skip(m.raw, para.text, para.line_at(m.num_start), reason))
            before = (None, None, para.text) if _LEAD_IN_LINE.search(para.text) else before
            continue
        _topic_goes_on(doc, para)
        in_section = doc.section_place is not None  # (its lines go on with the period the line before opened: 1-12月，…)
        labels = [] if para.aside else list(_PLACE_LABEL.finditer(para.text))
        if labels:
            doc.section_place, in_section = _label_place(comp, labels[-1][1], para.text[labels[-1].end():]), False
        before = _read_paragraph(doc, para, before if in_section or _BREAKDOWN_RE.match(para.text) or (
            _COLON_ITEMS.match(para.text) and _LEAD_IN_LINE.search(before[2])) else _view_goes_on(before, opened_on_year)
            if _BREAKDOWN_VIEW_RE.match(para.text) else (
            doc.year_read, None, "") if _THAT_YEAR_OPENING.match(para.text) else (None, None, ""))
        # (【概况】2016年，…。⏎【消费】年内，…: a yearbook's entries go on with the year it is about, not the release's)
        doc.year_read = before[0] if before[0] is not None else doc.year_read
        opened_on_year = bool(_OPENING_YEAR_RE.match(para.text))
        if (moment := _CENSUS_MOMENT.search(para.text)) and doc.status is not None and int(moment.group(1)) < doc.status:
            doc.status = int(moment.group(1))  # 截至2020年11月1日零时，全市常住人口…: the census's moment dates the
            # yearless figures after it (households, sexes, ages), in a page that began with a later year's
        # (北京市各区具体人口数量分别是：⏎东城区：708829人，…: the line that leads in to the places names their measure)
    _drop_restated(doc)
    _align_restated(result)
    return result


# 北京对这些贫困地区投入财政资金11亿元 / 选派干部人才754人: a line of a fact list (an infographic's text) ending on its amount
_ENDS_ON_AMOUNT = re.compile(r"[\u4e00-\u9fff]{2}[\u4e00-\u9fff、]{2,}(?:约|近|超过?)?\d+(?:\.\d+)?(?:万亿|亿|万|千)?[\u4e00-\u9fff%]{1,4}$")
_STATED_IN_HEADING = re.compile(r"(?:增长|下降|达到?|实现|完成)[约近]?\d")  # (超5000家…: a rounded bound, the body has the figure)
# a dated deed with its count (仅去年就签约京津项目62个, 2015年河北全省压减钢铁产能1187万吨): the sub-heading may be its only statement
_DEED_IN_HEADING = re.compile(r"(?:(?:19|20)\d\d年|今年|去年|上年|全年|上半年|前三季度|一季度)[^，,。；;\d]{0,12}?"
                              r"(?:签约|压减|引进|开工|打通|建成|新增|吸引|接待|回升)[^，,。；;\d]{0,10}\d")
_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,6}业(?![务绩主])")  # 服务业, 金融业 (not 业务, 业绩, 业主)
_ITEM_VERB = re.compile(r"打通|建成|建设|引进|引入|实施|推进|推动|开工|签约|落地|拥有|形成|包括|涵盖|培育|有|是|为|在|与|和")
_EXACTLY_COUNTED_LIST = re.compile(r"(?P<items>(?:[^、，,。；;：:\d]{1,12}、)+[^、，,。；;：:\d]{1,12}?)(?P<n>\d+|[两二三四五六七八九十])个"
                                   r"(?=[\u4e00-\u9fff]{0,6}?(?:园|基地|平台|中心|项目|工程|片区|小镇))")  # (the sites, not 四个金砖国家)
_LIST_COUNT = re.compile(r"等(?=\d|[一二两三四五六七八九十百]+[个家项批]"
                         r"|(?:承接|产业|创新|发展|服务)?(?:载体|平台|楼宇)(?![\d一二两三四五六七八九十百])"
                         r"|(?:重点|重大)?项目(?![\d一二两三四五六七八九十百]|带动|拉动))")  # (…、天津环球金融中心等承接载体; …、落地京东健康全国护理业务板块等项目:
# names; but 在雄忻高铁雄安新区地下段…等项目带动下: the works that drove a place's figure, where they are)
_PER_MONTH = re.compile(r"每(?:人|床|户)?每?月[^，,。；;\d]{0,8}$|每(?:立方米|吨|千瓦时|度|平方米|公里)[^，,。；;\d]{0,3}$")  # (水价为每立方米5元: a price)
_ONE_DAY = re.compile(r"日均|单日|高峰日|最高日|平均每天|每天|每日")


def _same_unit_range(text: str, q: Mention) -> bool:
    """60吨至100吨, 60亿元—80亿元: the upper end of a range written with its unit on both ends."""
    before = _RANGE_UNIT_BEFORE.search(text, max(0, q.num_start - 10), q.num_start)
    return before is not None and before.group("u") == _LEADING_NUMBER.sub("", text[q.num_start:q.end])


def _no_figure_of_a_place(q: Mention, text: str) -> str:
    """A number that measures a span, a capability or a work's progress, not anything a place reports."""
    if q.base == "天" and _DAYS_SPAN_AFTER.match(text, q.end):
        return "period length"  # 园区3天共接待游客9.3万人次: the days a figure was counted over
    if _POTENTIAL_BEFORE.search(text, 0, q.start):
        return "potential"  # 可以续航400公里, 可以实现年压减开采地下水1亿立方米: what something could do
    if q.base == "%" and _PROGRESS_BEFORE.search(text, 0, q.start):
        return "project progress"  # 完成进度约70%, 已完成总工程量的46%: how far a work has got
    if q.base not in _RATE_UNITS and _EQUIVALENT_BEFORE.search(text, 0, q.start):
        return "equivalence"  # 相当于350个西湖的水量, 相当于27万户居民的年用电量: a yardstick, not a figure
    if _PERSON_RE.search(text):
        return "anecdote"  # 现在他花34万元买下了44平方米的商铺: one person's story
    return ""


def _named_list_spans(text: str) -> list[tuple[int, int]]:
    """Where the names after the first of a list ending on 等 and a count (A、B、C等12个项目) lie in a clause."""
    spans = []
    for end in _LIST_COUNT.finditer(text):
        listed = _NAMED_ITEMS_BEFORE.search(text, 0, end.start() + 1)
        if listed:  # (the first item may open on the clause's subject: 河北省已打通京台、京港澳等12条高速公路)
            first_gap = text.find("、", listed.start(), listed.end())
            verb = _ITEM_VERB.search(text, listed.start(), first_gap) if first_gap > 0 else None
            # (北京新发地(魏县)农副产品全链产业园、大蒙…等53个项目: with no verb in it the first item is a name too)
            spans.append((verb.end() if verb else listed.start(), listed.end()))
    for counted in _EXACTLY_COUNTED_LIST.finditer(text) if "、" in text and "个" in text else ():
        # 正在建设高新区、宣化区2个冰雪产业园: the places a count names, as many as it counts, are no subject after it
        items = counted.group("items")
        if items.count("、") + 1 == (int(counted.group("n")) if counted.group("n").isdigit() else cn_to_int(counted.group("n"))):
            first_gap = counted.start() + items.find("、")
            verb = _ITEM_VERB.search(text, counted.start(), first_gap)
            spans.append((verb.end() if verb else counted.start(), counted.start() + len(items)))
    return spans


def _one_days(rule, head: str) -> bool:
    """高峰日…发送旅客3600人次, 日均接待游客…: a day's figure, not the year's (unless the indicator is the daily one)."""
    day = _ONE_DAY.search(head)
    return day is not None and not names_word(rule, day.group())


_UNTIL = re.compile(r"\s*(?:截至|截止到|截止|至|到)\s*$")
_UNTIL_LEAD = re.compile(r"\s*(?:截至|截止到|截止|至|到)")


def _since_until(timed: list[YearRef], text: str) -> TimeContext | None:
    """自2017年7月6日起截至2018年3月30日: a period from the since-year up to the year the as-of date names."""
    if len(timed) < 2 or timed[-1].role != "time" or timed[-2].role != "since" or not timed[-2].start:
        return None
    end, since = timed[-1], timed[-2]
    between = text[since.end:end.pos]
    until = _UNTIL.search(between) or _UNTIL_LEAD.match(text, end.pos)
    if end.year <= since.start or not until or _CLAUSE_END_RE.search(between):
        return None
    return TimeContext(end.year, since.start, True, False, True)


def _for_release(comp: _Compiled, release) -> _Compiled:
    """The compiled matchers with the region finder of this release (see RegionFinder.for_release)."""
    finder = comp.regions.for_release(" ".join([release.headline, *(p.text for p in release.paragraphs)]))
    if finder is comp.regions:
        return comp
    comp = copy.copy(comp)
    comp.regions = finder
    return comp


# 京津冀区域：13个城市…, 长三角：…, 北京市: …: a place's label opening a paragraph or a sentence, the section it leads
_PLACE_LABEL = re.compile(r"(?:^|(?<=[。！？!?]))\s*([\u4e00-\u9fff“”\"+\d]{2,12}?)(?:区域|地区)?\s*[:：]")


def _label_place(comp: _Compiled, label: str, after: str) -> str | None:
    """The place a paragraph's label names when it names one and nothing else (OTHER for one not ours), else None;
    the place of it the words after the label open on (北京：通州区PM2.5…, a headline restated as the first line)."""
    found = comp.regions.find(label)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(label) or found[0].region == ANAPHOR:
        return None
    inner = comp.regions.find(after[:12].lstrip())
    if inner and inner[0].start == 0 and comp.regions.contains(found[0].region, inner[0].region):
        return inner[0].region
    return found[0].region


def _digits_of(m: Mention) -> str:
    """The digits of a number as written (2.6 of 2.6亿人次), to find it again in another wording."""
    return re.sub(r"[^\d.]", "", m.raw[max(0, m.num_start - m.start):]) or m.raw


def _states_a_figure(para, release) -> bool:
    """A section heading that states a figure (环球主题公园带动文体娱乐业收入同比增长185.2%) is read like a sentence: a
    report's sub-heading is often the only place a headline figure is written. Not the release's own headline
    restated as the page's first line when the body states its figures again (their period is the body's to tell;
    a total the body gives only in parts, 压减钢铁产能1187万吨, is the headline's to tell), nor a dateline or byline."""
    if para.aside or (_STATED_IN_HEADING.search(para.text) is None and _DEED_IN_HEADING.search(para.text) is None
                      and _ENDS_ON_AMOUNT.search(para.text) is None):
        return False
    if PAGE_MARK.sub("", para.text).replace(" ", "") not in release.headline.replace(" ", ""):
        return True  # (the headline again with a page's or photo's number, …旅游收入108.2亿元(1), is the headline: release.py)
    body = "".join(p.text for p in release.paragraphs if p is not para)
    figures = [m for m in find_numbers(para.text) if m.kind == "quantity"]
    if _DEED_IN_HEADING.search(para.text) is not None:
        return not any(m.raw in body for m in figures)
    # 2015年北京农林牧渔业总产值下降10.6% over a body that never gives the number (an excerpt cut off before it); not a
    # rounded bound of a figure the body gives (常住外来人口超800万 over …常住外来人口802.7万人)
    said = [m for m in find_numbers(body) if m.kind == "quantity" and m.number is not None]
    return bool(figures) and not any(_digits_of(m) in body or _rounded_in(m, said) for m in figures)


def _rounded_in(bound: Mention, said: list[Mention]) -> bool:
    """A headline's 超800万, 近10亿 rounding one of the body's figures (802.7万人) of the same unit."""
    if bound.qualifier == "exact" or bound.number is None:
        return False
    value = bound.number * bound.scale
    return any(m.base == bound.base and value and abs(m.number * m.scale - value) <= value / 10 for m in said)


def _align_restated(result: ExtractionResult) -> None:
    """A figure the text dates once (2018年初全省常住人口7519.52万人: end of 2017) and restates undated on another
    line of a mirror page (年末全省常住总人口7519.52万人) is of the dated year; so are the other undated figures of
    that line (its 城镇化率55.01%), which the page copied from the same bulletin. Then an identical row is one."""
    dated = {(r["indicator"], r["region"], r["value"]): r["year"] for r in result.rows if r["_dated"]}
    moved: dict[int, int] = {}   # line -> the year its restated figure had
    for r in result.rows:
        year = dated.get((r["indicator"], r["region"], r["value"]))
        if not r["_dated"] and year is not None and year != r["year"]:
            moved[r["line"]] = year
    if moved:
        for r in result.rows + result.candidates:
            if not r["_dated"] and r["line"] in moved:
                r["year"] = moved[r["line"]]
    seen, rows = set(), []
    for r in result.rows:
        key = (r["indicator"], r["region"], r["year"], r["value"])
        if key not in seen:
            seen.add(key)
            rows.append(r)
    result.rows = rows
    for r in result.rows + result.candidates:
        r.pop("_dated", None)


def _opening_period(sentence: str, ref_year: int, status: int | None) -> TimeContext | None:
    """The period a sentence with no figure opens on (过去五年，…; “十三五”时期，…): the period of the paragraph's
    figures that name no time of their own."""
    ref = next((r for r in year_refs(sentence, ref_year) if r.pos <= 4 and r.role in ("since", "range")), None)
    if ref is None or ref.start is None:
        return None
    end = ref.year if ref.role == "range" else status
    return TimeContext(end, ref.start, True, span=_level_before(ref, end, ref_year)) if end is not None and ref.start < end else None


def _level_before(ref, end: int | None, ref_year: int) -> bool:
    """The first level of a period is the year before its first: 五年来 in February 2016 runs 2011–2015, from 2010's
    level; in a report of December 2016 it ends that year, so its first level is 2011's, the year it was counted
    back to (a running total 十年来累计 still counts from that year)."""
    return ref.span and not (ref.counted_back and end == ref_year)


_OUTLINE_MARK = re.compile(r"\s*(?:([（(])[一二三四五六七八九十]+[）)]|([一二三四五六七八九十]+)、|(\d+)[.、．])")


def _outline_style(heading: str) -> str:
    """The kind of outline mark a heading opens with (（一）, 一、, 1., or none): headings of one rank share it."""
    mark = _OUTLINE_MARK.match(heading)
    return "" if mark is None else next(k for k, g in zip("（一1", mark.groups()) if g)


def _section_since(heading: str, ref_year: int, status: int | None, current: TimeContext | None) -> TimeContext | None:
    """A heading naming a period reviewed (一、“十二五”时期的回顾) opens it for the undated figures of its section
    (地区生产总值年均增长17.9%: over those five years); a heading naming a year or the tasks ahead ends it."""
    opened = _opening_period(heading, ref_year, status) if _REVIEW_HEADING.search(heading) and not CAPTION.match(heading) else None  # (a chart's: 图2 2018-2022年…)
    if opened is not None:
        return opened
    if year_refs(heading, ref_year) or _AHEAD_HEADING.search(heading):
        return None
    return current


def _section_ahead(heading: str, ref_year: int) -> bool:
    """二、2021年工作安排, 今年主要目标任务: a heading on the tasks ahead, whose section's undated rates are targets."""
    refs = year_refs(heading, ref_year)
    return bool(_TASKS_HEADING.search(heading)) and not _REVIEW_HEADING.search(heading) and (
        bool(re.search("今年|明年|下一步", heading)) or (bool(refs) and all(r.year >= ref_year for r in refs)))


def _section_year(heading: str, ref_year: int, current: int | None) -> int | None:
    """A heading naming last year (去年成效) dates the undated figures of its section to it; one naming this
    year (今年要点) ends that; any other heading leaves it as it was."""
    if any(r.role == "time" and r.year == ref_year - 1 for r in year_refs(heading, ref_year)):
        return ref_year - 1  # (10个月完成去年全年总量: last year is the yardstick, not the section's time)
    if re.search(rf"今年|{ref_year}年", heading):
        return None
    return current


# 记者从2015年天津市交通运输系统年中工作会议上了解到，今年上半年…: the year of the meeting the story reports from
_MEETING_YEAR_NOW = re.compile(r"(?:从|在)((?:19|20)\d\d)年[^，,。；;\d]{2,30}?(?:会议|大会|发布会|座谈会|通报会)上?"
                               r"(?:获悉|了解到|得知|介绍)?[，,：:]\s*今年")
_STORY_OPENING = 3  # the paragraphs a story's lead is in


def _story_year(release) -> int | None:
    """A repost's own year: a lead that dates the meeting it reports from and then speaks of 今年 makes that year the
    story's now, when it is before the year the page was published (a 2015 mid-year conference reposted in 2018)."""
    published = release.source["reference_year"]
    for para in [p for p in release.paragraphs if not p.heading][:_STORY_OPENING]:
        if (m := _MEETING_YEAR_NOW.search(para.text)) and int(m.group(1)) < published:
            return int(m.group(1))
    return None


def _status_of(release, subject: Subject) -> int | None:
    """The year of figures the text dates by none (years.status_year), corrected by what the release is."""
    status = status_year(release.front)
    if "status_year" in release.front:
        return status
    if status == release.source["reference_year"] and (_spring_report_of_last_year(release) or _undated_work_report(release)
                                                       or _plan_of_its_first_year(release)):
        status -= 1  # a May release on last year's statistics, that names no time of this year (a summer's work report,
        # a plan published in its own first year: their reviews too)
    elif status == release.source["reference_year"] - 1 and _this_springs_story(release, subject):
        status += 1  # 东丽区45个项目集中开工, published in March: the story of this spring's event, not of last year
    if subject.year is not None and status is not None and (subject.year < status or (
            subject.year == status + 1 and _PART_OF_YEAR_HEADLINE.search(subject.headline))):
        status = subject.year  # "2022年生态环境状况公报" published in 2023: its yearless figures are 2022's; "2024年1月…
        # 运行情况" published in March: 2024's, not last year's
    elif subject.season and subject.year is not None:
        status = subject.year  # 2019—2020年秋冬季, published in April 2020: the season's figures are dated 2020
    census = _census_year(release)
    if census is not None:
        return census  # 据《第七次全国人口普查公报》…: the census year's figures
    only = _only_data_year(release) if status is not None and subject.year is None else None
    if only is not None and status - 3 <= only < status:
        return only  # 截至2019年底，北京市各类医院… in a 2022 analysis naming no other year: its yearless figures are 2019's
    return status


def _only_data_year(release) -> int | None:
    """The one year the text dates figures by, as of its end (截至2019年底…), when it names no other year at all (titles of
    books and statistics compendia aside: 《中国卫生健康统计年鉴2020年》)."""
    years: set[int] = set()
    year_end = False
    for para in release.paragraphs:
        text = DOCUMENT_TITLE.sub("", para.text)
        if _YEAR_WORD_ANY.search(text) or _YEARLESS_PART.search(text):
            return None  # 去年, 今年, 近年: a time of its own besides the year (前三季度 with no year: this year's part)
        years.update(int(y) for y in _YEARS_NAMED.findall(text))
        if len(years) > 1:
            return None
        year_end = year_end or bool(_YEAR_END_STOCK.search(text))
    return years.pop() if years and year_end else None  # (2017年4月，雄安新区设立: an event's date, no data year)


def _this_springs_story(release, subject: Subject) -> bool:
    """A January–March release telling of this spring, not of last year: a deed its headline tells of (东丽区45个项目集中
    开工), the holiday just passed (节日期间，全市90余家博物馆…接待观众…), or, in February or March, January with no year
    (解读:1月份我市CPI环比上涨1.0%)."""
    month = _published_month(release) or 0
    if month not in (1, 2, 3):
        return False
    headline = subject.headline
    if (_DEED_HEADLINE.search(headline) and not _MEETING_HEADLINE.search(headline)
            and not re.search(r"去年|上年", headline)):  # (…去年超四分之一落户津冀: a story of last year's figures)
        return True
    first = _opening(release)
    opening, lead = headline + _SENTENCE_END_SPLIT.split(first, maxsplit=1)[0], headline + first
    if (_JUST_PASSED_HOLIDAY.search(opening) and not _LAST_YEAR_SAID.search(opening)) or (
            _AS_OF_THIS_SPRING.search(lead) and not _LAST_YEAR_SAID.search(lead)):
        return True  # (截至3月3日16时，全市4630家规上工业企业…复工4166家: a count as of a day this spring)
    return month in (2, 3) and bool(_EARLY_MONTH_HEADLINE.search(headline))


# a count as of a day of this spring, no year said (截至3月3日16时, 截至2月底): this year's
_AS_OF_THIS_SPRING = re.compile(r"(?<![\d年])截[至止](?:今年)?[1-3一二三]月(?:\d{1,2}日|[一二三四五六七八九十]{1,3}日|底|末|中旬|上旬)")
# a holiday of the year's first months just passed (春节, 元旦, 元宵, 节日期间 in a February release): this year's
_JUST_PASSED_HOLIDAY = re.compile(r"春节|节日期间|节期间|假期|黄金周|元宵|元旦|寒假")


# the lead or its first sentence names last year or a year (去年, 全年, 2019年): a story of that year, not of this spring
_LAST_YEAR_SAID = re.compile(r"去年|上年|全年|年度|\d{4}年")
_SENTENCE_END_SPLIT = re.compile(r"[。！!]")


def _opening(release) -> str:
    """A release's first paragraph that is no heading (nor the headline printed again over the text)."""
    said_again = (release.headline or "").strip()
    return next((p.text for p in release.paragraphs if not p.heading and re.search(r"[\u4e00-\u9fff]{8}", p.text)
                 and p.text.strip() != said_again), "")


# 1月份, 1-2月, 一季度 with no year in a headline of February or March: this year's first months
_EARLY_MONTH_HEADLINE = re.compile(r"(?<![\d年])(?:[12]|一|二)月份?(?![\d日])|(?<!\d年)(?:1[-—–至~]2月|前两个月|一季度|第一季度)")
# 2024年1月, 2025年一季度, 2023年1-2月 in a headline: the part of the year its figures are of
_PART_OF_YEAR_HEADLINE = re.compile(r"(?:19|20)\d\d年(?:\d{1,2}月(?![\d一二三四五六七八九十]{1,3}日|份?[^，,。；;]{0,20}?(?:报告|会议|大会))|[1-4一二三四]季度|第[一二三四]季度|1[-—–至~]\d{1,2}月|前[两三]个月)")


def _title(release) -> str:
    """The release's title as its front matter gives it, else its headline."""
    return str(release.front.get("title") or release.headline or "")


# 国民经济和社会发展第十四个五年规划(纲要), 《…“十四五”规划》: a five-year plan, by its number (十四 is 2021–2025)
_FIVE_YEAR_PLAN = re.compile(r"(?:国民经济和社会发展)?第十([一二三四五])个(?:五年)?|十([一二三四五])五")  # (a title cut after 第十四个)
_PLAN_NUMBERS = {"一": 2006, "二": 2011, "三": 2016, "四": 2021, "五": 2026}


def _plan_of_its_first_year(release) -> bool:
    """A five-year plan published in its own first year (滨海新区…第十四个五年规划, December 2021): its review of what was
    reached is of the plan before, which ended the year before (a January–March release is one anyway)."""
    title = _title(release)
    plan = _FIVE_YEAR_PLAN.search(title)
    return bool(plan and re.search(r"规划|纲要|国民经济和社会发展第", title) and not re.search(r"建议|发布会|进展|推动|实施情况", title)
                and _PLAN_NUMBERS[plan.group(1) or plan.group(2)] == release.source["reference_year"])


_REPORT_DELIVERED = re.compile(r"政府工作报告[^0-9]{0,4}((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月")


def _undated_work_report(release) -> bool:
    """A government work report, or a report on last year's plan execution, whose page gives the year only, or whose
    title dates its delivery to the year's first seven months: its review is of the year before, as a January–March
    release's is."""
    title = _title(release)
    delivered = _REPORT_DELIVERED.search(title)
    if delivered and int(delivered.group(1)) == release.source["reference_year"]:
        return int(delivered.group(2)) <= 7  # 政府工作报告—2021年7月29日在…第八届人民代表大会第一次会议上, posted in August: the
        # review of the year before (one delivered in December reviews the year ending)
    if re.match(r"\d{4}-\d", str(release.source["published"])):
        return False
    if "政府工作报告" in title:
        return True
    # 一、2024年国民经济和社会发展计划执行情况 opening a report published in 2025: the review of the plan's year (so is
    # 关于2024年度省级预算执行和其他财政收支情况的审计工作报告: the audit of that year's budget)
    first = " ".join(p.text for p in release.paragraphs[:3])[:200]
    return bool(re.search(rf"{release.source['reference_year'] - 1}年度?(?:国民经济和社会发展|[^。，,；;]{{0,8}}?)(?:计划|预算)执行"
                          r"(?:情况(?![^。，,；;]{0,4}(?:提出|指出|显示))|和)", first))


def _published_month(release) -> int | None:
    """The month a release was published in, when that is in its reference year (else None)."""
    m = re.match(r"(\d{4})-(\d{1,2})", release.source["published"])
    return int(m.group(2)) if m and int(m.group(1)) == release.source["reference_year"] else None


# a headline telling of a deed done (signed, started, opened, moved in), and one telling of a meeting that reports
_DEED_HEADLINE = re.compile(rf"{_DEEDS}|揭牌|推介|启动|搬迁|迁入|正式实施|正式施行|试行|上线|举行|举办|开幕")  # (冀赴津推介“京津水源地”: a promotion tour this spring)
_MEETING_HEADLINE = re.compile(r"发布会|工作会|会议|座谈会|推进会|研讨会|论坛|年会|大会|报告|公报|年报|回顾|成就|成效|周年|年来|累计")
# (今年年初河北省政府工作报告提出…: a story citing a report, not the report)
_WORK_REPORT = re.compile(r"人民代表大会[^。]{0,30}(?:作|所作|上作|报告)|政府工作报告(?![^。，,；;]{0,4}(?:提出|指出|明确|强调|要求|显示|提到))")
# 去年 as the figures' own time, not as what they are compared with (比去年全年加快, 较上年, 快于去年)
_LAST_YEAR_OWN = r"(?<![比较于与同])(?:去年|上年)(?!同期)"
_MONTH = r"\d{1,2}月|[一二三四五六七八九十]{1,2}月"  # (去年6月，…开业: a day of an event, no report of the year)
# 一季度, 1-4月, 前4个月 with no year in a spring release: this year's part, not last year's report
_THIS_YEAR_PART = r"(?<!\d年)(?:一季度|第一季度|前[两三四五]个月|1[-—–至~][2-5]月)"


def _spring_report_of_last_year(release) -> bool:
    """Published in April to June, or in a month not known, its first paragraphs name last year and nothing of this
    one: a report on the year before (a January–March release is one anyway, years.status_year; a later one is read
    as of now)."""
    ref = release.source["reference_year"]
    month = _published_month(release)
    if month is not None and not 4 <= month <= 6:
        return False  # (a release dated by its year only may be any month: what it names decides)
    text = " ".join(p.text for p in release.paragraphs if not p.heading)
    head = text[:600]
    if _WORK_REPORT.search(head):
        return True  # a government work report delivered in spring (人民代表大会上…): its review is of the year before
    named = re.search(rf"(?<![比较于与同]){ref - 1}年(?!以来|来|同期|{_MONTH})", head)
    # (…4月14日举行的新闻发布会上获悉…，去年营业收入实现855亿元: a day of this spring, last year only said as 去年 for
    # one figure; the counts undated are of now)
    if (named or re.search(rf"{_LAST_YEAR_OWN}(?!{_MONTH})", head)) and not re.search(
            rf"{ref}年|今年|日前|当天|近日|目前|截至|{_THIS_YEAR_PART}" + ("" if named else "|" + _DAY_NAMED.pattern), head):
        return True
    # a plan of April reviewing last year (2021年北京PM2.5…，2021年北京流向津冀…): last year named most
    return len(re.findall(rf"{ref - 1}年(?!以来|来|{_MONTH})", text)) > max(2, 2 * len(re.findall(rf"{ref}年", text)))
    # (2018年1月，…派到滦平挂职: a day of last year, an event told, no review of its figures)


_NOW_IS_THIS_YEAR_FROM = 3  # (目前 in January–February, when last year's figures are the latest, is still last year's;
# in March, after the spring sessions, a count as of now is of now: 截至目前，…4806栋楼宇拔地而起)


# 改革开放之初，北京的地区生产总值为108.8亿元: an era's start named for a year (not 从改革开放之初的…, a period's start)
_ERA_STARTS = {"改革开放": 1978, "新中国成立": 1949, "建国": 1949}
_ERA_START = re.compile(r"(?<!从)(?<!自)(改革开放|新中国成立|建国)(?:之初|初期)[，,]?[^，,。；;\d]{0,16}$")


# 申办冬奥会成功前，崇礼有4家滑雪场，目前已达到7家: a time before an event the sentence opens on
_OPENS_BEFORE_AN_EVENT = re.compile(r"\s*[^，,。；;\d]{0,16}?(?:成功|实施|启动|开通|建成|投用|疏解|搬迁|改造|整治|设立|成立|获批|通车|开工)"
                                    r"(?:之)?前(?!的)\s*[，,]?")


def _era_time(text: str, at: int) -> TimeContext | None:
    era = _ERA_START.search(text, 0, at)
    return TimeContext(_ERA_STARTS[era.group(1)], None, False, False, True) if era else None


def _now_at(text: str, at: int) -> bool:
    """Now (目前, 截至目前, 至此…) is named before `at`, with no year named between them."""
    found = [m for m in _CURRENT_RE.finditer(text, 0, at) if not _closed_aside(text, m.start(), at)]
    return bool(found) and not _ANY_YEAR.search(text, found[-1].end(), at)


def _closed_aside(text: str, pos: int, at: int) -> bool:
    """超5000家(目前2200家)，科技领军企业120家: now said in a bracket closed before `at` is the aside's own time."""
    return _open_bracket(text, 0, pos) is not None and any(0 <= i < at for i in (text.find(")", pos), text.find("）", pos)))


def _other_years_period(subject: Subject, sentence: str, ref_year: int, para_period: str | None) -> tuple:
    """(period, the paragraph's period after it, aside) of a sentence in a release on a part of the year: a sentence
    naming another year as its figures' time is that year's whole (aside: in a holiday's story, for itself only)."""
    period = para_period
    holiday = bool(subject.subannual and _HOLIDAY_RE.fullmatch(subject.subannual))
    if period is None and subject.subannual and not subject.season and _other_year(
            sentence, subject, ref_year, compared_too=not holiday):
        # (a bulletin's period ends too where a sentence names another year; a holiday's figures are compared with
        # earlier years' holidays: 2024年春运…较2023年增幅达51.1%)
        period = ANNUAL  # a first-quarter report: "雄安新区2023年投资增长16%" is last year's, whole
        # (and so is the rest of its paragraph: …2023年，天津地区生产总值增长了4.3%。居民人均可支配收入突破5万元; not
        # in a holiday's story: 假期期间，港口完成吞吐量410万吨 is the holiday's again, and of its own year)
        para_period = para_period if holiday else ANNUAL
    return period, para_period, holiday and period == ANNUAL and para_period != ANNUAL


_MONTHLY_MEAN = re.compile(r"月均(?:浓度|值)")


def _monthly_means_go_on(period: str | None, sentence: str) -> bool:
    """A line that states monthly means (月均浓度) and names no period of its own is of the one month the line before
    named."""
    return bool(period and _ONE_MONTH_KEY.search(period) and _MONTHLY_MEAN.search(sentence)
                and not _SUBANNUAL_RE.search(_MONTHLY_MEAN.sub("", sentence)))


def _starts_line(sm: re.Match, line_starts: set[int]) -> bool:
    """The sentence begins a new line of the page (after any spaces)."""
    return sm.start() in line_starts or sm.start() + len(sm.group()) - len(sm.group().lstrip()) in line_starts


def _topic_goes_on(doc: _Document, para) -> None:
    """三河市瞄准…目标定位，深入落实…。⏎⏎目前，已建及在建各类科创园27个: a paragraph with no figure that made its place
    the topic (it opens on it as the actor) hands it to the next paragraph."""
    topic = doc.topic
    if topic is not None and topic[0] is not para and doc.topic_firm and topic[1] != ANAPHOR and not _DIGIT.search(
            _YEARS_NAMED.sub("", topic[0].text)) and not _opens_on_a_list(doc, topic[0].text, topic[1]):
        doc.topic = (para, topic[1])


def _opens_on_a_list(doc: _Document, text: str, place: str) -> bool:
    """北京、天津市民用水安全得到保障。⏎⏎直接受益人口超1500万人: the places listed share the sentence, no one's topic."""
    first = next((r for r in doc.comp.regions.find(text) if r.region == place), None)
    return first is not None and text.startswith(("、", "和", "与", "及"), first.end)


def _view_goes_on(before: tuple, opened_on_year: bool) -> tuple:
    """分港口看，…; 从区域分布看，…: a paragraph breaking the one before down goes on with its period and its year, when
    that paragraph opened on its year (2020年，…。⏎分区域看，…); a year said inside it (…2020年资产总额…。⏎从创新发展情况
    看，…高新技术企业1562家) was that figure's only."""
    return before if opened_on_year else (None, *before[1:])


_PLAN_OPENED_WELL = re.compile(r"[“\"]?十([一二三四五])五[”\"]?(?:规划)?(?:实现了?|取得了?|迎来了?)?(?:良好|精彩|顺利|漂亮)?开局(?!之年)")
_THIS_OR_LAST_YEAR = re.compile(r"今年|去年|当年|本年")  # (比上年 is a base, no time)
_PLAN_FIRST_YEAR = {"一": 2006, "二": 2011, "三": 2016, "四": 2021, "五": 2026}


def _plans_first_year(sentence: str, ref_year: int) -> tuple[int, int] | None:
    """…；全市地区生产总值比上年增长6.7%左右，实现了“十三五”良好开局: (where the part of the sentence starts, the plan's first
    year) when a part naming no year says its figures opened a plan well: they are of the plan's first year (2016),
    whenever the release was published."""
    opened = _PLAN_OPENED_WELL.search(sentence)
    if opened is None:
        return None
    start = max(sentence.rfind("；", 0, opened.start()), sentence.rfind(";", 0, opened.start())) + 1
    part = sentence[start:opened.end()]
    first = _PLAN_FIRST_YEAR[opened.group(1)]
    if _YEARS_NAMED.search(part) or _THIS_OR_LAST_YEAR.search(part) or first >= ref_year:
        return None
    return start, first


def _spring_day_year(doc: _Document, ctx, para_year: int | None) -> int | None:
    """截至2月24日，…已有32个项目复工。…169家企业已有156家复工: the months so far of a day of this spring, opened in a
    spring release, are this year's for the sentences after it too (not January–February of the year before)."""
    opens = para_year is None and _AS_OF_DAY.search(ctx.text, 0, 12) and not _ANY_YEAR.search(ctx.text)  # (opening it)
    return doc.ref_year if opens and ctx._as_of_a_day_this_year(len(ctx.text)) else para_year


def _read_paragraph(doc: _Document, para, before: tuple) -> tuple:
    """Read one paragraph's sentences; `before` is the (year, period, last sentence) it starts from: the
    paragraph before's when this one opens on 其中 (a breakdown of it), else nothing. Returns its own."""
    subject, ref_year = doc.subject, doc.ref_year
    para_year, para_period, previous = before  # "12月份，…。优良天数31天": a period opening a sentence holds on
    para_since = doc.section_since  # 过去五年，…取得了成绩。…引进北京项目3062个: a review's period, opened by a sentence with no figure
    year_with_figures = True  # the year carried was named where figures were read (a review's year), not in a remark
    year_opened = True  # … and it opened its sentence at the start of a line (2023年，…), not in the middle of one
    line_starts = set(para._offsets[1:])
    plans_before = False  # the sentence before read no figure and skipped a plan's
    for sm in _sentences_read(doc, para):
        if _OPENING_YEAR_RE.match(sm.group()):
            para_since = None  # 2020年，…: a year of its own
        if _starts_line(sm, line_starts):
            # a new line of the page: the months named on the line before end with it, and so does a year named only
            # in a remark with no figure (这是2015年纲要设定的目标。⏎…实施7年来…不予办理…2.34万件: not 2015's); a year
            # that dated figures goes on (2023年，…增长5.5%。⏎…实现…: the review's year)
            # (…except the month a line of monthly means goes on with: 2017年3月，…。⏎其中，PM2.5月均浓度为70微克)
            # (分港口看，…: the line breaks the one before down, in its months: 今年截至11月底，全省港口…。⏎分港口看，…)
            para_period = para_period if _monthly_means_go_on(para_period, sm.group()) or _BREAKDOWN_VIEW_RE.match(
                sm.group()) else None
            if not year_with_figures or not year_opened:
                para_year = None
        opening = _OPENING_PERIOD_RE.match(sm.group())
        if opening:
            period = opening.group(1) or opening.group(2)
            para_period = ANNUAL if _FULL_YEAR_RE.fullmatch(period) else period
        elif _OPENING_YEAR_RE.match(sm.group()) or _OPENING_NOW_RE.match(sm.group()) or (
                para_period not in (None, ANNUAL) and (_OWN_YEAR_RE.search(_BASE_YEAR.sub("", sm.group()))
                                                       or _LAST_YEAR_DONE.search(sm.group()))
                and not _SUBANNUAL_RE.search(sm.group())):
            para_period = ANNUAL  # "2020年，我市…" in a monthly report: the year's summary; "…前10个月…。副中心2023年…"
        period, para_period, aside = _other_years_period(subject, sm.group(), ref_year, para_period)
        if _THAT_YEAR_LEAD.match(sm.group()) and (named := _YEAR_JUST_NAMED.findall(previous)):
            para_year = int(named[-1])  # 2016年5月，《规划纲要》发布…。当年北京常住人口达2195.4万人: that year, the one just named
        ctx = _Sentence(doc, para, sm.start(), sm.group(), para_year, period,
                        previous if _BREAKDOWN_RE.match(sm.group()) or _BARE_LIST_SENTENCE.match(sm.group())
                        or (_SERIES_AFTER_TREND.match(sm.group()) and _trend_sentence(previous))
                        or _PLACE_LIST_SENTENCE.match(sm.group()) or (_COLON_ITEMS.match(sm.group()) and _LEAD_IN_LINE.search(previous))
                        else "",
                        # 其中…: the sentence before's breakdown; 静海区、宝坻区相对落后，分别为681.5和638.2亿元: its measure
                        since=para_since if para_year is None else None)
        found_before, skipped_before = len(doc.result.rows) + len(doc.result.candidates), len(doc.result.skipped)
        ctx.plans_go_on = plans_before and bool(_BREAKDOWN_RE.match(sm.group()) or (
            _PLAN_YEAR_OPENS.match(previous) and not _DONE_RE.search(sm.group())))
        # (到2025年，全省森林蓄积量将达到1.95亿立方米…。创建省级森林乡村750个: the plan's list goes on, no time of its own)
        ctx.run()
        read = len(doc.result.rows) + len(doc.result.candidates) > found_before
        planned = any(s["reason"] == "target" for s in doc.result.skipped[skipped_before:])
        plans_before = ctx.figures_seen and not read and planned
        # (2026年共安排四百多个重大项目，计划投资超千亿元: a year whose numbers were all plans dates no figure)
        dated_figures = ctx.figures_seen and (read or not planned)
        opened = None if ctx.figures_seen else _opening_period(sm.group(), ref_year, doc.status)
        para_since = opened or para_since
        para_year = para_year if opened is None else None
        # (2018年，两区签订…协议。五年来，两区…开展深入协作。利用…4亿元: the years counted since, not the first)
        previous = sm.group()
        if ctx.opening_period and len(_SUBANNUAL_RE.findall(sm.group())) <= 1 and not _WHOLE_YEAR_WORD.search(sm.group()):
            # "2020年12月…月报…2020年12月，…。PM2.5…": the month goes on (not after 其中，1季度…，上半年…，1-3季度…, nor
            # after a sentence that went on to the whole year: 北京4季度…；天津全年新增就业…)
            para_period = ctx.opening_period
        elif ctx.opening_holiday and (ctx.figures_seen or _SEASON_ENDED.search(sm.group())) and len(
                _SUBANNUAL_RE.findall(sm.group())) <= 1:  # (2024年春运圆满收官。…累计发送旅客3863万人次: the season's)
            para_period = ctx.opening_holiday
        para_year = _spring_day_year(doc, ctx, para_year)
        if not aside and _now_at(sm.group(), len(sm.group())):
            para_year = None  # 2023年，共引入4家，目前，…已落地5家。累计培育…260家: the sentence ends on now, which goes on
        elif not aside and ctx.explicit_year is not None and not _BREAKDOWN_RE.match(sm.group()) and not (
                opened and opened.year == ctx.explicit_year) and str(ctx.explicit_year) not in _ONLY_YEAR.findall(sm.group()) and not (
                not ctx.figures_seen and (_STATE_FROM_YEAR.search(sm.group()) or _ONE_OFF_DEED.search(sm.group()))):
            # (“十四五”时期，是…五年。: the period goes on, not its end; 2013年，北京儿童医院就与…签署全面合作协议。: a deed of
            # that year, no figure; the sentences after it are not of that year)
            # (白洋淀水质由2017年劣Ⅴ类提升到2021年全域Ⅲ类标准。容东片区…已交房3万多套: a state's change over years, no
            # figure, dates none of the sentences after it)
            # (…截至2018年3月30日，共计发送旅客48.78万人次。其中，高峰日2017年10月8日…。…两站共计发送…: a breakdown's own
            # day does not date the sentences after it, which go on with the whole's year)
            # (a year said again later on its line keeps where it was first said)
            year_opened = year_opened if ctx.explicit_year == para_year else (sm.start() == 0 or _starts_line(sm, line_starts))
            para_year, year_with_figures = ctx.explicit_year, dated_figures
    return para_year, para_period, previous


_SECTOR_WORDS = ("三次产业", "构成")  # the words a structure's last term stands for, whatever the structure is called
_IMPLIED_WORDS = ("上年", "普查", *_SECTOR_WORDS)  # virtual words a catalogue rule may require (all:), though the sentence does not write them
# (产业结构为4.2:22.0:73.8, 三次产业比重为…: the last term of a structure is the tertiary share, whatever its name)
_CENSUS = re.compile(r"第([一二三四五六七八九])次(?:全国)?(人口|经济|农业|污染源)普查|([七六五四])普"
                     r"|第([二三])次(?:全国)?(国土|土地)调查(?=[^。，,；]{0,12}?(?:数据|成果|公报))"
                     r"|[“\"]([二三])调[”\"](?=[^。，,；]{0,6}?(?:数据|成果))")
# (the land surveys' data, 第三次全国国土调查主要数据, “三调”成果, count the land as of a year's end, like a census its
# people; 完成第三次国土调查 in a plan reports the work done, not its data)
_CENSUS_NOTE = re.compile(r"\s*[(（](?:第([一二三四五六七八九])次(?:全国)?人口普查|([七六五四])普)(?:数据)?[)）]")
_PREVIOUS_CENSUS = re.compile(r"(?:比|较|与|同)(?:(?:19|20)\d\d年)?(?:的)?第([一二三四五六七八九])次(?:全国)?人口普查")
_NEXT_POPULATION_CENSUS = {"五": 2010, "六": 2020}  # 比2000年第五次人口普查…: the sixth's figures; 比第六次…: the seventh's
_CENSUS_MOMENT = re.compile(r"((?:19|20)[0-9]0)\s*年\s*11\s*月\s*1\s*日\s*(?:零|0)\s*时")
_CENSUS_COMMUNIQUE = re.compile(r"(?:普查|国土调查)(?:主要数据)?公报")
_CENSUS_YEARS = {("人口", "六"): 2010, ("人口", "七"): 2020, ("经济", "三"): 2013, ("经济", "四"): 2018,
                 ("经济", "五"): 2023, ("农业", "三"): 2016, ("污染源", "二"): 2017, ("国土", "二"): 2009,
                 ("国土", "三"): 2019}
_STANDARD_MOMENT = re.compile(r"以\s*((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[零0]\s*时)?为(?:调查|普查)?的?标准时点"
                              r"|标准时点为\s*((?:19|20)\d\d)\s*年")  # a survey's moment: its figures are that year's


def _census_year(release, kinds: tuple[str, ...] = ("人口", "经济", "农业", "污染源", "国土"), moment: bool = True) -> int | None:
    """The census year of a release that reports a census or survey (in its title or first two paragraphs): the latest
    one named there (与2010年第六次全国人口普查相比 is the base the seventh is compared with); else, with `moment`, the
    year of the standard moment a survey names (以2016年12月31日为标准时点)."""
    body = [p.text for p in release.paragraphs if not p.heading and _SENTENCE_END_SPLIT.search(p.text)][:2]
    # (a page's own lines before the story, 会员登录 立即注册 ⏎ 您的位置: 首页 >> …, end no sentence: not the lead)
    # (a repost's own lines first, then 张家口市第七次全国人口普查公报: the communiqué's title, a few lines down)
    body += [p.text for p in release.paragraphs[:8] if _CENSUS_COMMUNIQUE.search(p.text)]
    text = str(release.front.get("title", "")) + " " + " ".join(body)
    years = [y for kind, y in _censuses_named(text) if kind in kinds and y is not None and y <= release.source["reference_year"]]
    if not years and moment:
        dated = _STANDARD_MOMENT.search(" ".join(p.text for p in release.paragraphs[:8]))
        years = [int(dated.group(1) or dated.group(2))] if dated else []
    return max(years) if years else None  # (第七次全国人口普查即将来临 in 2019: a census to come dates nothing)


def _population_census_named(text: str) -> int | None:
    """The year of the last population census a text names (第七次全国人口普查 → 2020), if any."""
    years = [y for kind, y in _censuses_named(text) if kind == "人口"]
    return years[-1] if years else None


def _censuses_named(text: str) -> list[tuple[str, int | None]]:
    """(kind, year) of each census a text names, in order (第七次全国人口普查 → 人口, 2020; 七普 is a population census;
    a census whose year is not known → None)."""
    named = []
    for m in _CENSUS.finditer(text.replace("全國", "全国").replace("經濟", "经济")):
        kind = m.group(2) or ("国土" if m.group(5) or m.group(6) else "人口")
        named.append((kind, _CENSUS_YEARS.get((kind, m.group(1) or m.group(3) or m.group(4) or m.group(6)))))
    return named


def _drop_restated(doc: _Document) -> None:
    """A candidate whose amount a catalogued row states later for the same region and year (a lead
    paragraph's 常住总人口7420万人, the body's 常住人口7420万人) is that row's fact again: skipped."""
    if not doc.later:
        return
    # (a headline's 前三季度|…4063个 candidate, the body's row of the three quarters' indicator: a row's key names no period)
    # (通州区固定资产投资突破千亿元，地区生产总值迈上千亿台阶: two measures of one line of a sentence, two facts)
    restated = {id(c) for c, key, where in doc.later
                if (doc.row_keys.get(key, set()) | doc.row_keys.get((*key[:2], None, *key[3:]), set())) - {where}}
    if restated:
        for c in doc.result.candidates:
            if id(c) in restated:
                doc.result.skipped.append(_skip(c["raw"], c["quote"], c["line"], "repeated"))
        doc.result.candidates = [c for c in doc.result.candidates if id(c) not in restated]


_ERA_START_BEFORE = re.compile(r"从[^，,。；;\d]{1,12}?(?:之初|初期|起步之时|起步时|成立时|设立时|建成时)的?[^，,。；;\d]{0,12}$")
_CAPPED_BEFORE = re.compile(r"控制在(?:约|近)?\s*$")
# 控制在2300万人以内: a cap kept; 孕产妇死亡率和婴儿死亡率控制在8.06/10万和2.16‰ in a year's results: the values kept to
_WITHIN_AFTER = re.compile(r"\s*(?:左右)?(?:以内|以下|之内|内)|[^，,。；;]{0,12}?(?:以内|以下|之内)")
_AT_MOST_BEFORE = re.compile(r"(?:控制在|控制到|降至|降到|下降到|降低到|减少到|减至|压减到|压减至|不超过|不高于|低于|少于|以内)\s*$")
_AT_MOST_AFTER = re.compile(r"\s*(?:以下|以内|之内)")
_AT_LEAST_BEFORE = re.compile(r"(?:超过|不低于|不少于|高于|突破)\s*$")
_AT_LEAST_AFTER = re.compile(r"\s*(?:以上|之上)")


def _comparator(text: str, q: Mention) -> str:
    """le | ge | eq for a target: 控制在35微克以下 is at most, 达到80%以上 or 不低于 at least, 达到1万亿元 reached (eq)."""
    if q.raw.endswith(("以下", "以内")) or _AT_MOST_AFTER.match(text, q.end) or _AT_MOST_BEFORE.search(
            _strip_qualifier(text[:q.start])):
        return "le"
    if q.qualifier in ("more_than", "at_least") or _AT_LEAST_AFTER.match(text, q.end) or _AT_LEAST_BEFORE.search(
            text[:q.start].rstrip()):
        return "ge"
    return "eq"


def _index_base(paragraphs) -> int | None:
    for para in paragraphs:
        m = _DOC_INDEX_BASE.search(para.text)
        if m:
            return int(m.group(1) or m.group(2) or m.group(3))
    return None


_SKIP_QUOTE_MAX = 1_000  # characters of a skipped number's quote: real clauses are under 200; a table's unread row of 1,400
# numbers would otherwise hold its whole line once per number (100 MB for a body the source limits let through)


def _skip(raw: str, quote: str, line: int, reason: str) -> dict:
    quote = " ".join(quote.split())
    return {"raw": raw, "quote": quote if len(quote) <= _SKIP_QUOTE_MAX else quote[:_SKIP_QUOTE_MAX] + "…",
            "line": line, "reason": reason}


_GROUP_LEVELS = ("group", "county_group")
_PLACE_STEM = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:新区|区|县|市|省)$")


@dataclass
class _Document:
    comp: _Compiled
    ref_year: int
    status: int | None
    subject: Subject
    result: ExtractionResult
    # (region, year, period, base unit, amount, and for rates and changes the candidate id) of every figure
    # emitted: an amount stated twice is one fact; a rate (5.2%) or a change (+1.5万人) only for the same measure
    seen: set = field(default_factory=set)
    row_keys: dict = field(default_factory=dict)                # the same, for catalogued rows: key -> (sentence, line)s
    later: list = field(default_factory=list)                   # (candidate, key, (sentence, line)) of amounts, checked at the end
    index_base: int | None = None                               # the base period the release states for its index
    rates: dict = field(default_factory=dict)                   # (region, year, unit, amount) of row rates -> names
    published_month: int | None = None                          # of a release published in its reference year
    section_year: int | None = None                             # the year a heading (去年成效) gives its section
    section_since: TimeContext | None = None                    # the period a heading (“十二五”时期的回顾) reviews
    section_review: bool = False          # just under a heading 发展回顾 that names no period
    review_style: str = ""                # the outline mark of the last heading: （一）, 一、, 1. or none
    review_opened: str | None = None      # … of the review heading whose first paragraph named the period
    section_ahead: bool = False                                 # a heading names the tasks ahead (2021年工作安排)
    section_place: str | None = None                            # the place a label opening a paragraph (京津冀区域：) gives
    year_read: int | None = None   # the year the last paragraph dated its figures with, for one opening on 年内 or 当年
    # the paragraphs after it, until the next label or heading (a bulletin's 全国：… 京津冀区域：… 长三角区域：…)
    # the paragraph whose last named subject was a place outside the catalogue (全国, 上海): its next sentences
    # that name no region are still about that place, never about the headline's region
    elsewhere_para: object = None
    home_para: object = None     # the paragraph whose sentences so far named the release's own place
    topic: tuple | None = None   # (paragraph, region): the one place of ours the paragraph's last sentence was about
    topic_firm: bool = False     # the topic was told by a sentence opening on it or whose figures all went to it: it
    # holds even inside the release's own place (a sentence that only named it with a figure does not)
    topic_years: frozenset | None = frozenset()  # the years that sentence named (one naming another year is about
    # else); None after a sentence with no figure, whose place the next sentence's figures of any year are about
    period_confirmed: bool = False  # the text named the headline's part of the year (天津1至7月… then 1-7月，全市…)
    so_far_in_december: bool = False  # a December release that dates its news so far this year (截至12月3日，今年…)
    span_end: int | None = None     # where 十年来 ends: the status year before a headline's own year moved it
    park_of_host: bool = False      # the park named last (headline, then text) is a 中关村 park, whose figures its host keeps
    population_census: int | None = None  # the year of the population census the release reports (2020 for the seventh)
    sentence_before: object = None  # the last sentence read, whose figures' measures the next one may change
    texts: tuple = ()               # the headline and every paragraph, for what the whole release names
    _elsewhere: dict = field(default_factory=dict)  # region -> about_elsewhere(region), worked out once

    _sole: object = False  # the one place of ours the whole release names (worked out once; None: not one)
    _found: list | None = None  # the places each of `texts` names, found once for both questions below

    def _places_named(self) -> list:
        if self._found is None:
            self._found = [self.comp.regions.find(t) for t in self.texts]
        return self._found

    def sole_place(self) -> str | None:
        """The one place of ours every mention in the release's text names, or lies inside (a release on 燕郊 that names
        only 燕郊 and 三河 is 燕郊's, the narrowest); None when it names two apart, or none, or any other place."""
        if self._sole is False:
            places = {m.region for found in self._places_named()[1:] for m in found  # (the text's, not the headline's
                      if not (m.origin or m.partner or m.compared)}                   # venue: 在京举行)
            ours = {p for p in places - {OTHER, ANAPHOR} if self.comp.region_levels.get(p) != "site"}  # (a line, a market)
            inner = [p for p in ours if all(p == q or q in self.comp.ancestors.get(p, frozenset()) for q in ours)]
            self._sole = inner[0] if len(inner) == 1 and OTHER not in places and ours == places - {ANAPHOR} else None
        return self._sole

    def about_elsewhere(self, region: str) -> bool:
        """The release never names the region nor a place inside it (天津滨海——中关村 names 滨海新区), but names a
        place of ours beside it (neither inside it nor around it): it is about somewhere else."""
        if region not in self._elsewhere:
            names = self.comp.name_stems.get(region, ())
            around = self.comp.ancestors.get(region, frozenset())
            self._elsewhere[region] = not any(a in t for t in self.texts for a in names) and any(
                m.region not in (OTHER, ANAPHOR, *around) and region not in self.comp.ancestors.get(m.region, frozenset())
                for found in self._places_named() for m in found)
        return self._elsewhere[region]


@dataclass(slots=True)
class _Clause:
    text: str
    start: int
    refs: list[YearRef]
    inherited: TimeContext
    cumulative_word: bool
    regions: list[RegionMention]
    segments: list[tuple[int, int]]
    pairs: dict[int, str | None]
    quantities: list[Mention]
    listed: frozenset[int] = frozenset()   # numbers after 分别 that nothing pairs
    items: dict[int, str] = field(default_factory=dict)    # 分别: number -> the measure enumerated for it
    years: dict[int, int] = field(default_factory=dict)    # 分别: number -> the year enumerated for it
    list_at: int = -1       # where 分别 (or a bare list of numbers read like it) starts, else -1


@dataclass(slots=True)
class _Figure:
    """What one number is, once its time, base and region are settled."""
    q: Mention
    year: int | None
    period_start: int | None
    base_year: int | None
    cumulative: bool
    event: bool = False     # a dated event's own figure (当天签约…): a result of the reference year, not a plan
    base_level: bool = False  # the level of a comparison's base year (较2013年的108微克…)
    explicit: bool = False    # its year is written in the text (今年, 2024年), not the release's status year


class _Sentence:
    def __init__(self, doc: _Document, para, offset, text, para_year, para_period=None, lead="", since=None):
        self.doc, self.comp, self.para, self.offset, self.text = doc, doc.comp, para, offset, text
        self.ref_year, self.status, self.result = doc.ref_year, doc.status, doc.result
        if parks := _PARK_WITH_NAME.findall(text):
            doc.park_of_host = "中关村" in parks[-1]
        self.ctx = since or TimeContext(year=para_year)
        self._plan_opened = _plans_first_year(text, doc.ref_year)  # (…，实现了“十三五”良好开局: the plan's first year)
        self._opening_ctx = self.ctx    # the sentence's time before any clause: what an event's date gives back at 「；」
        self._part_figures = False      # the part of the sentence since the last 「；」 has read figures
        self.plans_go_on = False  # it opens on 其中, or names no time, after a sentence whose figures were all plans
        self._plan_tail = False         # … and a plan's year came after them
        self._event_dated = False       # the time now held was dated by a numberless clause inside the sentence
        self.explicit_year: int | None = None
        self.clauses: list[tuple[int, int]] = []
        self._emitted_from = (len(doc.result.rows), len(doc.result.candidates))  # what this sentence adds comes after
        self._unplaced_at: int | None = None  # where a clause's figure was skipped as placed nowhere (no region, sub-area)
        self.earlier_regions: list[list[RegionMention]] = []   # per earlier clause
        self._receivers: list[tuple[int, RegionMention]] = []  # (where in the sentence, mention) of each place a delivery goes to
        if lead:  # 其中，…: the breakdown's regions are those of the sentence before, unless it names its own
            self.earlier_regions.append([r for r in doc.comp.regions.find(lead) if r.named])
        # 一季度, 上半年 ...: named once, true for the rest of the sentence (or the whole release, from its headline)
        if para_period == ANNUAL or _WHOLE_YEAR_WORD.search(text) or (
                _ANNUAL_MEAN.search(text) and not _SUBANNUAL_RE.search(text)):
            # (a month's report: …。⏎其中，PM2.5年均浓度48µg/m3: the year's mean, not the month's)
            self.subannual: str | None = None
        else:
            self.subannual = para_period or doc.subject.subannual
        self.own_period = bool(para_period and para_period != ANNUAL) or (  # named in the text, not only the headline
            (doc.subject.season or doc.subject.text_period) and para_period != ANNUAL)
        if (not self.own_period and para_period is None and doc.subject.subannual and self.subannual == doc.subject.subannual
                and _no_other_time(text, doc.subject) and self._about_the_headline(text, origins=doc.period_confirmed)):
            # 京津冀2017年上半年经济运行情况: a sentence naming no other time (比1-5月份提高: a period compared with is
            # none) nor other place is of the headline's part;
            # once the text has named that part itself, so is one naming where money comes from (北京企业在津投资…)
            self.own_period = True
        if lead and not self.own_period and para_period != ANNUAL:
            named = [m.group() for m in _SUBANNUAL_RE.finditer(lead)
                     if not _PERIOD_BASE_BEFORE.search(lead, max(0, m.start() - 3), m.start())]
            if len(named) == 1 and "全年" not in lead:  # 上半年，生产总值…。其中第三产业增加值…: the breakdown's period
                self.subannual, self.own_period = named[0], True
        self._viable: dict[str, list] = {}    # unit base -> rules whose words occur in this sentence
        self._present: frozenset[str] | None = None
        # earlier clause texts, nearest first; "…设立分支机构突破1万家。其中，在天津…4545家": a sentence opening on
        # 其中 breaks down the one before, whose words name its measure (the farthest view, no region)
        self._earlier: list[str] = [lead] if lead else []
        self._lead = lead
        self._told_items: list[str] = []  # the measures a 分别 list was told out by (…城镇和农村居民…分别为a和b；天津市分别为c和d)
        self._figure_at: tuple[str, int] = ("", 0)  # the clause and offset of the last figure read (see _figure_words)
        self.emitted: dict[tuple, _Amount] = {}  # key -> the amount of the first figure
        self.last_base: YearRef | None = None
        self.last_base_at = 0  # where in the sentence it was named
        self._lasts: list[tuple] = []         # first number of each earlier clause with numbers, for last_phrase
        self._paired = 0                      # how many numbers the sentence's last 分别 paired with places
        self._milestones_only = False         # every number of the last clause was a milestone passed (跨越4万亿元量级)
        self._milestones: set[int] = set()   # sentence offsets of numbers read as a milestone passed (突破千亿元大关): more than the bar
        self._count_totals: set[str] = set()  # 项目总投资 and the like, once read in this sentence
        self._srcs: list[tuple | None] = [None] if lead else []   # per earlier clause, in order: its first number
        self._phrases: dict[int, str] = {}
        self._carried = ""  # the measure a change took from the sentence before (_measure_of_sentence_before)
        self._depth = 0
        self.opening_period: str | None = None  # a part of the year named in the first clause
        self.opening_holiday: str | None = None  # a holiday named there (its figures' period if the sentence has any)
        self.figures_seen = False               # a clause of this sentence had a number
        self._opening: tuple[str, list[str]] | None = None  # a numberless opening clause's measure, the clauses after it
        self._all_viable: list | None = None  # every rule whose words occur in the sentence, for 'unit mismatch'
        self._parallels: dict[tuple | None, object] = {None: None}  # _parallel_key -> the rule of an earlier row
        self.zone = False                     # the last region found named a region's development zones
        self._origin_before = False           # the clause before named where a flow comes from
        self._implied: list[RegionMention] = []  # regions of this clause's rows that the text did not name
        self._series_phrase = ""  # the measure of the places' series from one value to another (_place_series_phrase)

    def run(self) -> None:
        start = 0
        bounds = []
        for m in _CLAUSE_RE.finditer(self.text):
            bounds.append((start, m.start()))
            start = m.end()
        bounds.append((start, len(self.text)))
        for cstart, cend in bounds:
            if cend > cstart:
                self.clause(cstart, cend)
                self.clauses.append((cstart, cend))
                self._earlier.insert(0, self.text[cstart:cend])
        self._note_subject()
        self.doc.sentence_before = self
        home = self.doc.subject.implicit
        own = self.earlier_regions[len(self.earlier_regions) - len(self.clauses):]  # (not a 其中 lead's)
        if home and any(r.region == home and not _AGENCY_OR_BUREAU_AFTER.match(self.text, a + r.end)
                        for (a, _), clause in zip(self.clauses, own) for r in clause):
            self.doc.home_para = self.para  # (for the sentences after it: _opens_on; 记者从北京市水务局了解到: the agency
            # that told it names no subject)

    def _inside_headline(self, region: str) -> bool:
        """The region lies inside one the headline names (承德 under 冀赴津推介…), below a province."""
        heads = self.doc.subject.headline_places
        return self.comp.region_levels.get(region) not in ("province", "region", "group") and bool(
            self.comp.ancestors.get(region, frozenset()) & heads)

    def _new_area_named_before(self, named: list[tuple]) -> bool:
        """新区 at the end of the sentence stands for the new area named before it in the sentence (雄安新区…，28家大型
        央企…落户新区), no district left open."""
        last, text = named[-1]
        return text[last.start:last.end] == "新区" and any(
            r.named and self.comp.region_levels.get(r.region) == "new_area" for r, _ in named[:-1])

    def _opens_on(self, first: tuple, given: set[str]) -> bool:
        """The sentence opens on the one place its figures all went to (邯郸在一季度的增速…), a city or district (not a lake
        or a park, 白洋淀水质…, whose sentence is told inside the area's): the paragraph is about it, unless the paragraph
        named the release's own place before (1—7月河北省…。雄安新区建设…: one item of the province's year)."""
        region, text = first
        land = region.region in self.comp.land_parts.values()  # (北京…。据了解，今年5月末，北京市平原区…。与2015年同期相比，
        # …: a kind of land of the release's place, told on its own; the paragraph goes on about it)
        return (self.doc.home_para is not self.para or land) and (
            region.region in given and region.named and not region.origin and (
                self.text.startswith(text) or _LEAD_AND_TIME.fullmatch(self.text[:self.text.find(text)]))) and (
            self.comp.region_levels.get(region.region) not in ("province", "region", "group", "site") or land) and bool(
            _OPENER_LEAD.fullmatch(text[:region.start].strip("，,、 ")))

    def _anaphor_topic(self, kind: str) -> str | None:
        """The place a sentence's 全省 or 全市 stands for: the release's, else the paragraph's topic when it is a place of
        that kind (河北省港口…均超额完成目标任务。今年截至3月29日，全省港口建设投资…。港口货物吞吐量…: still 河北's)."""
        place = self.doc.subject.resolve(kind)
        if place is None and self.doc.topic is not None and self.doc.topic[0] is self.para and (
                (topic := self.doc.topic[1]) != ANAPHOR and fits_kind(kind, topic, self.comp.region_levels.get(topic))):
            return topic
        return place

    def _places_given(self) -> set[str]:
        """The regions this sentence's rows and candidates were given."""
        rows, cands = self._emitted_from
        return {r["region"] for r in self.result.rows[rows:] + self.result.candidates[cands:]}

    def _note_subject(self) -> None:
        """Remember whether this sentence's last named subject is another place (全国研发经费…。研发投入增幅…:
        the second sentence is the country's too); a sentence naming no subject leaves the note as it was."""
        # (曾一度沉寂的唐山海港经济开发区项目建设…: a place run straight into a zone or district inside it names that one)
        named = [(replace(r, region=OTHER, zone=True) if _zone_after(r, clause, self.text[b[0]:b[1]]) else r, self.text[b[0]:b[1]])
                 for b, clause in self._clauses_named() for r in clause if r.group != -2]
        if self.doc.elsewhere_para is not None and self.doc.elsewhere_para is not self.para:
            self.doc.elsewhere_para = None
        if named and _BREAKDOWN_RE.match(self.text) and len({r.region for r, _ in named if r.region != ANAPHOR}) > 1:
            # 其中，滨海新区…；其他区县引进项目300个。引进亿元以上项目136个: the parts told, the whole goes on (其中，“2+26”
            # 城市…。发生重污染395天次: one part told goes on)
            return
        if named:
            last, text = named[-1]
            # 全国研发经费支出14169.9亿元: the place has a figure of its own; 保持全国第一: a rank's scope, no subject
            own = (last.region == OTHER and not last.zone and not last.compared and _DIGIT.search(text, last.end)
                   and not _RANK_AFTER.match(text, last.end))  # (与全国增速持平: a base, not a subject)
            self.doc.elsewhere_para = self.para if own else None  # (张家口冰雪装备产业园落地项目32个: a park inside a
            # place of ours has a figure of its own, but the sentences after it are not somewhere else's)
            places = {r.region for r, t in named if (r.named or r.region == OTHER) and r.region != ANAPHOR
                      and not (r.region == OTHER and _RANK_AFTER.match(t, r.end))}  # (保持全国第一: a rank's scope)
            places |= {self._anaphor_topic(r.kind) for clause in self.earlier_regions for r in clause
                       if r.region == ANAPHOR and r.kind not in QUIET_KINDS} - {None}  # 全市…。细颗粒物年均浓度33: the city's
            # “2+26”城市…比例为77.0%。1-8月，平均优良天数比例为50.0%: the sentence with no place goes on about it
            one = len(places) == 1 and OTHER not in places and _DIGIT.search(self.text)  # a figure's sentence
            self.doc.topic_firm = False
            if not one and (given := self._places_given()) and len(given) == 1 and given <= places and (self._inside_headline(
                    next(iter(given))) or self._opens_on(named[0], given)):
                places, one = given, True  # 承德…该市有林地面积…，占京津冀区域的38.4%: every figure went to 承德
                self.doc.topic_firm = True
            elif one and (given := self._places_given()) and given == places and self._opens_on(named[0], given):
                self.doc.topic_firm = True  # 邯郸在一季度的增速达到了5.5%，位居全省第三。规模以上工业增加值增长6.7%: still 邯郸
            prior = (self.doc.topic, self.doc.topic_years, self.doc.topic_firm)
            self.doc.topic_years = frozenset(_YEARS_NAMED.findall(self.text))
            self.doc.topic = (self.para, next(iter(places))) if one else None
            home = self.doc.subject.implicit
            if home and _DIGIT.search(self.text) and last.region == ANAPHOR and last.kind == "district" and (
                    self.doc.subject.resolve("district") is None and self.comp.region_levels.get(home) in ("province", "city")) and not (
                    self._new_area_named_before(named)):
                # 张家口这区…：2018年，全区实施重点项目57项…。完成地区生产总值20.08亿元: still the district 全区 left
                # unresolved (the last subject named), not the headline's city (雄安新区…落户新区: 新区 is the one named)
                self.doc.topic = (self.para, ANAPHOR)
            if not one and not _DIGIT.search(_YEARS_NAMED.sub("", self.text)):
                # 新五区中，武清区作为…桥头堡。2018年实现地区生产总值…: a sentence with no figure that opens on its place
                # (2023年以来，滨海新区坚持…对天津工作…要求…: a year is no figure)
                # (近年来，我市农村人居环境整治…见效。到2020年年底，共整治…: its anaphor, as the release's subject resolves it)
                opener = named[0][0]
                place = (opener.region if opener.named and opener.region not in (OTHER, ANAPHOR)
                         else self.doc.subject.resolve(opener.kind) if opener.region == ANAPHOR else None)
                if place and not opener.origin and _OPENER_LEAD.fullmatch(named[0][1][:opener.start].strip("，,、 ")) and (
                        self.comp.region_levels.get(place) != "group" or place == self.doc.subject.implicit):
                    self.doc.topic, self.doc.topic_years, self.doc.topic_firm = (self.para, place), None, True
                elif prior[0] is not None and prior[0][0] is self.para and places == {prior[0][1]}:
                    # 河北省…港口货物吞吐量完成2.2亿吨…。这是从河北省交通运输厅港航局获悉的。: the same place, no figure
                    self.doc.topic, self.doc.topic_years, self.doc.topic_firm = prior

    def _note_event_date(self, text: str, cstart: int, carried: list[YearRef], has_quantities: bool) -> None:
        """Whether the time now held is the date of an event a numberless clause inside the sentence told (…，2017年底，
        北京实现…“无煤化”；…): it ends at the next 「；」 (see _new_subject_context)."""
        if carried:
            self._event_dated = not has_quantities and cstart > 0 and any(
                r.role == "time" and _DATE_AFTER_YEAR.match(text, r.end) for r in carried)

    def _since_its_start(self, cstart: int, inherited: TimeContext, dated: bool) -> TimeContext:
        """2019年10月，本市设立企业服务热线，…，开通以来共受理企业来电14万件: a clause with no year of its own, counting
        since a start, counts from the event the sentence dated to now."""
        now = self._undated_year() if not dated and inherited.year is not None else None
        if now is not None and inherited.year < now and _SINCE_ITS_START.match(self.text, cstart):
            return TimeContext(now, inherited.year, True)
        return inherited

    def _new_subject_context(self, cstart: int, regions: list[RegionMention], inherited: TimeContext) -> TimeContext:
        """…2017年以来累计8731.9亿元；河北承接…4395个: a new subject after 「；」 leaves the period of the one before."""
        if self.text[max(0, cstart - 1):cstart] not in ("；", ";"):
            return inherited
        plan_tail, self._plan_tail, self._part_figures = self._plan_tail, False, False  # (a new part of the sentence)
        if self._event_dated:
            # 污染防治持续攻坚，2017年底，北京实现…“无煤化”；…新能源车保有量达50.6万辆: the event's date ends at 「；」
            self._event_dated = False
            return self._opening_ctx
        if plan_tail and inherited.target:
            return self._opening_ctx  # …占地约2600亩，预计将于2026年前后完成一期建设；北京林业大学…总占地约2200亩: the plan
            # closed the part it followed figures in (到2020年，…超过4%；…达到212万千瓦 goes on with the plan)
        if inherited.cumulative and (any(r.named and r.region not in (OTHER, ANAPHOR) and r.start <= 2 for r in regions) or (
                inherited.period_start is None and _NEW_ITEM_OPENING.match(self.text, cstart))):
            # (…实现落户，累计达到93家；新引入市属国企6家，累计达到61家: the part's own flow, not the total before)
            inherited = self.ctx = TimeContext(inherited.year, None, False, inherited.target, inherited.explicit, inherited.event)
        return inherited

    def _note_opening(self, text: str, regions: list[RegionMention]) -> None:
        """The measure a numberless opening clause names (固定资产投资(不含农户)，按可比口径计算，…), and the clauses
        after it; see last_phrase."""
        if _NO_MEASURE_CLAUSE.fullmatch(text):
            return  # (…发布数据显示，今年1至8月，全市规模以上工业增加值按可比价格计算，同比增长39.3%: who said it and when)
        if self._opening is not None:
            self._opening[1].append(text)
        elif measure := normalise(_BASIS_FILLER.sub("", text), [(r.start, r.end) for r in regions]):
            self._opening = (measure, [""] if _BASIS_FILLER.search(text) else [])

    def _mark_origins(self, text: str, cstart: int, regions: list[RegionMention]) -> None:
        """Places a clause names only as where things come from, because of the clause before it."""
        if (self._origin_before and _ESPECIALLY.match(text)) or _BY_ORIGIN_VIEW.search(self.text, 0, cstart):
            for r in regions:
                r.origin = True  # 来自环渤海地区，特别是北京地区，占比超三成; 从投资企业所在地看，北京企业有12家
        self._origin_before = any(r.origin for r in regions) or "来自" in text

    def _about_the_headline(self, text: str, origins: bool = False) -> bool:
        """Every place of ours the sentence names is the headline's, or inside it (北京、天津 under 京津冀); with
        `origins`, places named as where firms or money come from (北京企业在津投资) are left aside."""
        subject = self.doc.subject  # (京津冀协同发展…: the strategy's name, no place)
        heads = subject.headline_places or subject.headline_anaphors  # (2020年我市前三季度经济数据: 我市, resolved)
        named = {r.region for r in self.comp.regions.find(text) if r.named and r.region not in (OTHER, ANAPHOR)
                 and not (origins and _FUNDER_AFTER.match(text, r.end))}
        return bool(heads) and all(r in heads or self.comp.ancestors.get(r, frozenset()) & heads for r in named)

    # -- one clause -------------------------------------------------------------------------
    def clause(self, cstart: int, cend: int) -> None:
        text = self.text[cstart:cend]
        mentions = find_numbers(text)
        refs = year_refs(text, self.ref_year, self.text[cend:cend + 40]) if "年" in text or "五" in text or "季" in text or BARE_YEAR.search(text) else []
        inherited = self.ctx
        bare = _TOTAL_ASIDE.sub("", text)  # (596家(累计2162家): the aside's total, not the year's count)
        cumulative_word = YEAR_TOTAL.search(bare) is not None or _VAGUE_SINCE.search(bare) is not None or (
            _FLOW_TAKEN_IN.match(bare) is not None and _AS_OF_NOW.search(self.text, 0, cend) is not None
            and _ANY_YEAR.search(self.text) is None)  # 截至目前，…共引进北京项目421个: all taken in so far, no year's
        self._clause_period(text)
        regions = self._regions_in(text)
        for r in regions:
            if text[r.start:r.end] in _COUNTED_PLACES and r.region != OTHER and others_listed_before(
                    self.comp.regions, self.text, cstart + r.start, _COUNTED_PLACES[text[r.start:r.end]]):
                r.region = OTHER  # 广东、河南、山东位居前三——三地去年出生人口分别为…: those three, not 京津冀
        since = self._since_its_start(cstart, inherited, bool(refs))  # (a count since a start keeps its own period)
        inherited = since if since is not inherited else self._new_subject_context(cstart, regions, inherited)
        self._mark_origins(text, cstart, regions)
        if ":" in text or "：" in text:
            _sector_structure(self.text, cstart, text, mentions)
        if "(" in text or "（" in text:
            _ranked_values(self.text, text, mentions)
        quantities = [m for m in mentions if m.kind == "quantity"]
        if not mentions and not self.figures_seen and not _IN_BYLINE.search(self.text, 0, cstart):
            self._note_opening(text, regions)
        self.figures_seen = self.figures_seen or bool(quantities)
        for m in mentions:
            if m.kind != "quantity":
                self._skip(m, cstart, text, "not a quantity")
        self._receivers.extend((cstart + r.start, r) for r in regions if r.receiver and r.region not in (OTHER, ANAPHOR))
        plans_only = bool(quantities) and self._numbers(
            _Clause(text, cstart, refs, inherited, cumulative_word, regions, _segments(text, quantities), {}, quantities))
        # (pairs, lists and measures of an enumeration are filled in by _numbers)
        self._srcs.append(self._lasts[-1] if quantities and not self._milestones_only else None)
        kept = self.explicit_year
        carried = [r for r in _carried_refs(text, refs, bool(quantities)) if (quantities or r.year != self.ref_year
                   or not _MEETING_NAMED_AFTER.match(text, r.end)) and (quantities or not _built_in(text, r))]
        # (北京市2020年经济和信息化工作会上获悉, in January 2020: a meeting of this year, held now, is no time of the figures
        # after it; 2020年…国民经济形势新闻发布会 in 2021 is) (早市建成于2005年初，…建筑面积达6.4万平方米: when a place was
        # built or set up, not the time of its figures)
        if plans_only:
            carried = [r for r in carried if r.role not in ("since", "range")]
        # (提前一年实现“十二五”期间下降17%的节能目标。全市用电量…: a plan's period dates nothing after it)
        self.ctx = self._next_context(carried, inherited, cumulative_word, text)
        self._plan_tail = self._plan_tail or (self._part_figures and self.ctx.target and not inherited.target)
        self._part_figures = self._part_figures or bool(quantities)
        self._note_event_date(text, cstart, carried, bool(quantities))
        if (not quantities and any(_EVENT_DATE.match(text, r.end) and not _AS_OF_YEAR_END.match(text, r.pos)
                                   for r in refs if r.role == "time")) or len(carried) < len(refs):
            # 2017年4月，新区正式设立: the date of an event; 由2012年的…增长到2021年的…: the ends of a comparison;
            # neither is the year of the sentences that follow
            self.explicit_year = kept
        for ref in refs:
            if ref.role == "base":
                self.last_base, self.last_base_at = ref, cstart + ref.end
        # 滨海-中关村科技园累计注册企业4990家(binhai by its indicator)，在园国家高新技术企业193家: the same subject
        # (中科院微电子产业园、北京协和原料药等187个重点项目: names in a list, no subject for the clauses after)
        listed = _named_list_spans(text)
        # (京张高铁、京雄城际铁路等相继开通，营业里程由…: lines listed in a numberless clause are examples, no subject)
        sites = [r for r in regions if self.comp.region_levels.get(r.region) == "site"]
        examples = not quantities and len(sites) > 1
        # (天开高教科创园成为创新策源…新地标，29家全国重点实验室…: a park a numberless clause describes, in a city's review,
        # is no subject for the city's figures after it)
        described = [r for r in regions if not quantities and text.startswith(_BECAME, r.end)
                     and self.comp.region_levels.get(r.region) in ("district", "site")]
        self.earlier_regions.append([r for r in regions if r.named and (not any(a <= r.start < b for a, b in listed)
                                                                        or _WHOLE_PLACE_OPENS.match(text, r.start))
                                     and not (examples and r in sites) and r not in described] + self._implied)
        self._implied = []

    def _numbers(self, cl: _Clause) -> bool:
        """Read the clause's quantities; True when every one of them was a plan's target."""
        text, quantities = cl.text, cl.quantities
        at = _list_at(text, quantities)
        pairs = self._enumeration(text, cl.regions, quantities, at)
        after = [q for q in quantities if 0 <= at < q.start and q.num_start not in pairs]
        items, years = (self._listed_measures(text, at, cl.refs, after) if len(after) > 1 else ({}, {}))
        listed = frozenset(q.num_start for q in after if q.num_start not in items and q.num_start not in years)
        cl = replace(cl, pairs=pairs, listed=listed if len(after) > 1 else frozenset(), items=items, years=years, list_at=at)
        skipped_before = len(self.result.skipped)
        for q in quantities:
            self.number(q, cl)
        reasons = [s["reason"] for s in self.result.skipped[skipped_before:]]
        self._milestones_only = reasons.count("threshold") == len(quantities) and all(
            MILESTONE_AFTER.match(text, q.end) or _MAGNITUDE_AFTER.match(text, q.end) for q in quantities) and bool(
            _MILESTONE_PHRASE.fullmatch(self._own_phrase(quantities[0], cl)))
        # (首次突破8000万人次, 吞吐量突破2亿吨大关 still name their measure)
        if not self._milestones_only:  # (北京、河北跨越4万亿元量级，均为4.2万亿元: a milestone passed names no measure)
            # its phrase is worked out only if a later clause needs it, from its first figure (0-14岁人口为1807357人: the
            # count, not the age band's first age)
            self._lasts.append((next((o for o in quantities if not _is_age(o, text)), quantities[0]), cl))
        return reasons.count("target") == len(quantities)

    def _clause_period(self, text: str) -> None:
        """A part of the year named in a clause holds for the rest of the sentence (see the module doc)."""
        sub = _SUBANNUAL_RE.search(text)
        if sub and _ONE_MONTH_KEY.fullmatch(sub.group()) and not _MONTHLY_STAT_RE.search(self.text):
            sub = None  # 2019年1月，行政中心正式迁入…: the date of an event, not a month's statistics
        if sub and _YEAR_SO_FAR.fullmatch(sub.group()) and ((self.doc.published_month or 12) == 12 or self.subannual
                                                            or text[:sub.start()].strip("，,、 ")):
            sub = None  # 今年以来… in a December review, or with no month known: the year, as it always read; in a
            # report on 1-7月, those months (the part of the year already named says how far); only opening a clause
            # (…2022年完成35.6亿元、今年截至目前完成29.8亿元: the last item's, not the list's)
        if sub and (_YEAR_TO_MONTH.match(sub.group()) or _YEAR_SO_FAR.fullmatch(sub.group())) and not _FLOW_DONE.search(
                self.text, *_first_figure_span(self.text, self.text.find(text), self.text.find(text) + sub.end())):
            sub = None  # 截至8月底，铁路营业里程达10848公里: a stock as of that day, not the year so far
        if sub and (_PERIOD_SINCE_AFTER.match(text, sub.end()) or (
                sub.group() == "月均浓度" and self.own_period and _period_key(self.subannual))):
            sub = None  # 保持去年一季度以来的逐季递增态势: where a trend began, not the figures' period (9月，…月均浓度: the
            # month named before is the one the monthly mean is of)
        if sub and not _PERIOD_BASE_BEFORE.search(text, max(0, sub.start() - 3), sub.start()):
            # 上半年，…: the figures' own period; 比前三季度加快1.6个百分点: a period compared with, not theirs;
            # 一季度、上半年、全年…分别为: several periods, none of them the figures' own for sure
            self.subannual = sub.group()
            # (一季度…、首次一季度站上万亿元大关: the same period twice is still one)
            self.own_period = len(set(_SUBANNUAL_RE.findall(text))) + _WHOLE_YEAR_COMPARED.sub("", text).count("全年") == 1
            if self.own_period and _period_key(sub.group()) == _period_key(self.doc.subject.subannual):
                self.doc.period_confirmed = True
            if not self.clauses or not self.figures_seen:
                # (今年春节期间，接待游客屡创新高。…: a holiday is the sentence's, not the paragraph's period, unless the
                # sentence states the holiday's figures: 2025年春节…接待游客1615万人次。游客花费156亿元: still the holiday's)
                if not _HOLIDAY_RE.fullmatch(sub.group()):
                    self.opening_period = sub.group()  # (3月7日，记者获悉，2016年2月，天津市…: after a lead-in, still opening)
                else:
                    self.opening_holiday = sub.group()
        elif (_WHOLE_YEAR_WORD.search(_WHOLE_YEAR_COMPARED.sub("", text)) and self.subannual
              and not _YEAR_PLAN_WORD.search(text)):  # (完成全年计划的26.4%, 增速高于去年全年0.8个百分点: still the quarter)
            self.subannual, self.own_period = None, False  # …4季度为4.0%，全年城镇新增就业35.1万人: the year again

    def offset_of(self, cl: _Clause, q: Mention) -> int:
        return cl.start + q.start

    def _listed_measures(self, text: str, at: int, refs: list[YearRef], after: list[Mention]):
        """分别 without regions: "2017年、2018年…分别为a、b" pairs years, "PM2.5、PM10、SO2浓度分别下降a、b、c"
        pairs measures, by position; a count that does not fit pairs nothing."""
        times = [r for r in refs if r.pos < at and r.role == "time"]
        if len(times) == len(after):
            return {}, {q.num_start: r.year for q, r in zip(after, times)}
        if len(listed := _years_listed(text[:at]) or (
                _years_listed(self._earlier[0]) if self._earlier and not times else [])) == len(after):
            return {}, {q.num_start: year for q, year in zip(after, listed)}  # 2019年至2021年，…增速分别为a、b、c
        head = _SECTORS_LISTED.sub("第一产业、第二产业、第三产业", text[:at] if "分别" in text else text[:after[0].start])
        grown = bool(self._earlier) and _GROWN_TO.match(text) is not None and not head.strip("，, ")
        # (新增国家高新技术企业294家、…“小巨人”企业25家、…803家，分别发展到816家、31家和911家: the totals the additions reached)
        restated = bool(_THESE_MEASURES.search(head)) or grown  # "…303项、…3.2万人次，两项数据分别增至…": the amounts' measures
        if not _LIST_SPLIT.search(head) and self._earlier and (normalise(head, []) in RATE_WORDS or not normalise(head, [])
                                                                or restated):
            head = self._earlier[0]  # "PM2.5、NO2和CO浓度均同比下降，降幅分别为…"
        if len(after) == 2 and (both := _URBAN_RURAL.search(head)) and not _LIST_SPLIT.search(head, 0, both.start()):
            # 城乡居民人均可支配收入达到31044元和12363元，分别增长8.5%和9%: the urban residents' figure, then the rural ones'
            measure = _DIGIT.split(head[both.start():], maxsplit=1)[0]
            return {after[0].num_start: "城镇" + measure[2:], after[1].num_start: "农村" + measure[2:]}, {}
        if len(self._told_items) == len(after) and _PLACE_ONLY.fullmatch(self._without_places(head)):
            # 北京市城镇和农村居民人均可支配收入分别为a和b；天津市分别为c和d: the same measures, another place's
            return {q.num_start: part for q, part in zip(after, self._told_items)}, {}
        for splitter in (_LIST_SPLIT, _LIST_SPLIT_STRICT):  # 医疗仪器设备及器械: 及 may join one item
            parts = [_TRAILING_AMOUNT.sub("", p) if restated else p for p in splitter.split(head) if p.strip()]
            if grown:
                parts = [_ADDED.sub("", p) for p in parts]
            if len(parts) == len(after):
                if carried := _head_carried(parts, _SHARED_HEAD):
                    parts = carried  # 二氧化硫、氮氧化物和氨氮排放总量分别下降…: the head the last item carries is every item's
                elif (shared := _shared_tail(parts)) != parts:
                    parts = shared
                    self._present = self.present | self.comp.words.present(" ".join(parts))  # (城镇居民: unwritten)
                    self._viable, self._all_viable = {}, None
                elif carried := _head_carried(parts, _SHARED_MEASURE):
                    parts = carried
                self._told_items = parts
                return {q.num_start: part for q, part in zip(after, parts)}, {}
        return {}, {}

    def _without_places(self, text: str) -> str:
        """The text with the places it names cut out."""
        for m in reversed(self.comp.regions.find(text)):
            text = text[:m.start] + text[m.end:]
        return text

    def _next_context(self, refs: list[YearRef], inherited: TimeContext, cumulative_word: bool, text: str) -> TimeContext:
        timed = [r for r in refs if r.role in _TIME_ROLES]
        if not timed:
            return TimeContext(inherited.year, inherited.period_start, inherited.cumulative or cumulative_word,
                               inherited.target, inherited.explicit, span=inherited.span)
        ctx = _since_until(timed, text) or self._time_of(timed[-1], inherited, text)
        ctx.cumulative = ctx.cumulative or cumulative_word
        if ctx.explicit and not ctx.target and not _YARDSTICK_CLAUSE.match(text) and (ctx.year or 0) <= self.ref_year:
            # (一季度…增长3.1%，上年全年为下降1.0%。分经济类型看，…: last year is the yardstick, the quarter goes on;
            # 第二阶段为2017年9月前再建3所院校 in a release of 2016: a later year is a plan's, it dates no sentence after it)
            self.explicit_year = ctx.year
        return ctx

    def _month_past(self, ref: YearRef, text: str) -> bool:
        """至2023年8月底 in a release of September: a month of this year already over, the end of a span, no plan."""
        month = _MONTH_AFTER_YEAR.match(text, ref.end)
        published = self.doc.published_month
        return bool(month) and ref.year == self.ref_year and published is not None and int(month.group(1)) < published

    def _time_of(self, ref: YearRef, inherited: TimeContext, text: str = "") -> TimeContext:
        """The time a year mention gives (`text`: the clause it stands in, to tell an estimate from a plan)."""
        if ref.role == "target" and text and self._month_past(ref, text):
            return TimeContext(ref.year, None, False, False, True)  # 至2023年8月底 in September: a month already over
        if ref.role == "time":  # a later year than the reference year, in a sentence of plans (2016年建成后将…) or two
            # years or more ahead (2050年人口规模为1000万人左右): a plan
            return TimeContext(ref.year, None, False, ref.year > self.ref_year + 1 or (
                ref.year > self.ref_year and bool(_TARGET_RE.search(self.text))), True)
        if ref.role == "target":
            return TimeContext(ref.year, None, False, True, True)
        if ref.role == "range":  # 2016至2020年…共安排资金 in 2017: a period still running, its total a plan
            return TimeContext(ref.year, ref.start, True, ref.year > self.ref_year, True, span=ref.span)
        if inherited.year and inherited.year > (ref.start or 0) and not (
                self.status and "至今" in text[ref.pos:ref.end] and inherited.year < self.status):
            end = inherited.year  # (2018年至今 runs to now, whatever year the sentence before spoke of)
        else:  # 九年来 (counted back from the reference year), 2014年以来 with no end named: up to the status year
            end = self.doc.span_end if ref.span else self.status
            if end is not None and ref.start and not ref.span and end < ref.start:
                # 2024年以来 in a release of February 2024: this year so far, read as 今年以来 is (not the year just closed)
                return TimeContext(ref.start, None, False, inherited.target, True)
        return TimeContext(end, ref.start, True, inherited.target, inherited.explicit, span=_level_before(ref, end, self.ref_year))

    # -- one number ---------------------------------------------------------------------------
    def number(self, q: Mention, cl: _Clause) -> None:
        if self._cut_off(q, cl):
            self._skip(q, cl.start, cl.text, "cut off")  # …协同发展指数为15 ...: an excerpt ends inside the number
            return
        fig, reason = self._figure(q, cl)
        if fig is None:
            self._skip(q, cl.start, cl.text, reason)
            if reason == "target":
                self._target(q, cl)
            return
        rule, reason = self._rule_for(q, cl, fig)
        if rule is not None and self._people_beside_area(q, cl):
            self._skip(q, cl.start, cl.text, "aside")
            return
        if rule is None:
            self._candidate(q, cl, fig, reason)  # 区域发展指数为145: which base? No series of the catalogue's, the
            return  # figure as stated, a candidate (its id says no base: the build cannot join it to a based series)
        reason = self._rule_period_problem(rule, q, cl, fig)
        if (reason == "sub-annual period" and self.period_key) or reason in ("change over a span", "average annual rate") or (
                reason == "other base year" and q.base not in _RATE_UNITS):  # (2014年以来常住人口减少30万人)
            # (地区生产总值年均增长5.5%左右: the period's average rate, a measure of its own)
            self._candidate(q, cl, fig, reason)  # 上半年地区生产总值: not the year's GDP, a measure of its own
            return
        region = None
        if not reason:
            region, reason = self._region(rule.allowed_regions, rule.default_region, q, cl, rule.id)
        reason = self._candidate_instead(q, cl, fig, rule, region, reason)
        if reason == "candidate":
            return
        places = self._shared_by(q, cl, rule) if reason == "ambiguous region" else [] if reason else (
            self._each_of_pair(q, cl, rule, region) or [region])
        if not places:
            self._skip(q, cl.start, cl.text, reason)
        for place in places:
            self._row(q, cl, fig, rule, place)  # 北京、河北地区生产总值均为4.2万亿元: each of them has it

    def _cut_off(self, q: Mention, cl: _Clause) -> bool:
        """The number ends the stored text, an excerpt whose dots say it was cut there, maybe inside the number (指数为15
        ... may be 154.1; a text that just stops, …同比指数为105.8, keeps its last figure)."""
        return (q.raw[-1:].isdigit() and bool(self.doc.texts) and self.para.text is self.doc.texts[-1]
                and bool(_CUT_OFF_END.fullmatch(self.para.text, self.offset + cl.start + q.end)))  # (…降至38.8微克: whole)

    def _candidate_instead(self, q: Mention, cl: _Clause, fig: _Figure, rule, region, reason: str) -> str:
        """'candidate' when the number went to the candidates after all, else the reason (maybe new) it has."""
        if not reason and ((self.zone and not any(z in w for w in rule.words for z in _ZONE_WORDS))
                           or self._bare_zone_subject(q, cl)):
            return "sub-area"  # 河北省级以上经开区…来自京津投资总额3040亿元: the zones' figure, none of our regions
            # (沿海经济带实现生产总值2684.8亿元, 高新区实现营业收入…: a zone or belt with no place opens the sentence)
        if not reason and not self._first(rule.id, region, fig, q):
            origin = self._origin_of(q, cl)
            if origin:  # 全省承接京津转入单位4395家，其中北京转入3205家: the part from one origin, a measure of its own
                self._candidate(q, cl, fig, "no indicator", origin)
                return "candidate"
            if q.base in _COUNT_UNITS and _PART_CLAUSE.match(cl.text):
                # 京津转入河北单位5616个，其中法人单位3475个: a kind of the things counted, a measure of its own (其中粮食300万吨 of
                # a port's cargo stays skipped: a part the catalogue gives no place)
                self._candidate(q, cl, fig, "no indicator")
                return "candidate"
            return "ambiguous region"  # "其中，北京转入4395个": a breakdown the region cannot express
        if reason in ("area not in indicator", "part of the indicator's region"):
            # the area's own figure: a measure the catalogue lacks for it (天津港保税区引进北京项目305个: the zone's, not
            # the count of Tianjin's indicator)
            self._candidate(q, cl, fig, "no indicator")
            return "candidate"
        return reason

    def _each_of_pair(self, q: Mention, cl: _Clause, rule, region: str) -> list[str]:
        """天津、河北均为4.4万亿元: a pair written as a list (one alias of 津冀) before 均为 has the figure each, not
        together ([] else)."""
        if not _ALL_SAME.search(_strip_qualifier(cl.text[:q.start])):
            return []
        named, text = [r for r in cl.regions if r.end <= q.start], cl.text
        if not named:
            named, text = self._earlier_list(cl.text)
        said = next((text[r.start:r.end] for r in reversed(named) if r.region == region), None)
        parts = self.comp.regions.split(said) if said else None
        allowed = rule.allowed_regions
        return parts if parts and (allowed is None or all(p in allowed for p in parts)) else []

    def _shared_by(self, q: Mention, cl: _Clause, rule) -> list[str]:
        """The places of ours listed before 均为 a number, each of which the number is the figure of ([] else)."""
        if _BARE_REACHED.fullmatch(cl.text[:q.start].strip()):
            named, text = self._earlier_list(cl.text)
            if _BOTH_PASSED.search(text):  # 北京、河北双双跨越4万亿元量级，达到4.2万亿元: the value both reached
                return self._listed_alike(named, rule)
        if not _ALL_SAME.search(_strip_qualifier(cl.text[:q.start])):
            return []
        named = [r for r in cl.regions if r.end <= q.start]
        if not named and _ALL_SAME.fullmatch(cl.text[:q.start].strip()):
            named = self._earlier_list(cl.text)[0]  # 北京、河北GDP跨越4万亿元量级，均为4.2万亿元: the clause before's places
        return self._listed_alike(named, rule)

    def _listed_alike(self, named: list[RegionMention], rule) -> list[str]:
        """The places of ours a list names, of one kind and all allowed by the rule ([] when fewer than two)."""
        listed = [r for r in named if r.named and r.region not in (OTHER, ANAPHOR)]
        if len(listed) < 2 or len({r.group for r in listed}) != 1 or any(
                r.region == OTHER for r in named if r.group == listed[0].group):
            return []
        places = list(dict.fromkeys(r.region for r in listed))
        allowed = rule.allowed_regions
        return places if len(places) >= 2 and (allowed is None or all(p in allowed for p in places)) else []

    def _rule_for(self, q: Mention, cl: _Clause, fig: _Figure):
        """(the catalogued indicator of a number, '') or (None, why not)."""
        # 2014年…比2013年下降19.2%: a change on the year before is the year-on-year one, whatever the words
        if q.term:
            return None, "no indicator"  # 三次产业结构为a:b:c: the first two terms are no share the catalogue keeps
        yoy = "上年" if fig.base_year is not None and fig.year is not None and fig.base_year == fig.year - 1 else None
        sector = _SECTOR_WORDS if q.base == "%" and _SECTOR_TERM_BEFORE.search(cl.text, 0, q.num_start) else ()
        nominal = "名义" if q.base == "%" and self._at_current_prices(q, cl) else None  # 按现行价格计算，增长11%
        # 廊坊市常住人口为5464087人 in a release on the seventh census: the census count, not the year-end population
        # (第七次全国人口普查数据显示，…常住人口为11235086人 in a release on another year: the sentence names it)
        census = "普查" if fig.year is not None and fig.year in (
            self.doc.population_census, _population_census_named(self.text[:cl.start + q.num_start])) else None
        virtual = frozenset(w for w in ("累计" if fig.cumulative else None, self.subannual, yoy, nominal, census, *sector)
                            if w) | self._subject_words
        views = self._rule_views(q, cl, virtual)
        base_year = fig.base_year
        if (base_year is None and q.base == "%" and self._change_over_period(q, cl, fig)
                and _CHANGE_VERB_RE.search(cl.text, 0, q.start)
                and not _TO_END.search(cl.text, 0, q.start)):
            base_year = fig.period_start  # 五年来SO2、NO2分别下降60.1%、7.5%: the change since the period's start
        rule, reason = self._best_rule(q, views, base_year, fig.year, cl.text)
        if rule is not None and fig.base_level and self._depth > 3:
            return None, "no indicator"  # …增加100天；一级优天数…较2013年的41天: a base's level names its measure nearby
        if rule is not None and self._depth >= 2 and (_own_measure_apart(start := self._from_phrase(q, cl), rule)
                                                      or _own_head_apart(start or self._own_phrase(q, cl), rule)):
            # …零售总额从76.9亿元增至161.5亿元；全部财政收入从24.3亿元增至49.2亿元: the clause names a measure of its own
            # (技术合同…；成交额由…增长至748.7亿元: 成交额 is the lent measure's own head, which it keeps)
            return None, "no indicator"
        if (rule is not None and rule.measure == "level" and not names_word(rule, "累计")
                and (any(_TOTAL_AFTER_SPAN.match(cl.text, m.end(), q.start) for m in SPAN_RE.finditer(cl.text, 0, q.start))
                     or (fig.period_start is not None and "累计" in cl.text[:q.start]))):
            # 在过去的两年间累计发送旅客2658.4万人次: the span's total, no year's level; so is “十二五”时期…，货物吞吐量累计超过25亿吨
            return None, "no indicator"
        if rule is not None:
            rule = self._checked_rule(rule, q, cl)
        if rule is not None and rule.unit_base == "指数" and rule.words in self.comp.index_siblings:
            rule = self._index_rule(rule)
            if rule is None:
                return None, "index base unknown"
        if rule is None and reason in ("", "no indicator"):
            rule = self._parallels.get(self._parallel_key(q, cl))  # …；在河北设立子公司、分公司累计5589家
        return rule, reason

    def _reading_not_the_years(self, q: Mention, cl: _Clause) -> str:
        """A concentration read on one day the sentence names (10月16号…开幕当天，北京PM2.5浓度低至1微克/立方米: 'single
        day'; 截至10月16日 is a period to that day, 全年 and 年均 name the year's), or said so far in April–November
        (到目前为止，…已经降到了29微克/立方米: 'sub-annual period'; 目前 in January–March is last year's, whose mean is
        known): no year's mean. '' else."""
        if q.unit_written is None or not _CONCENTRATION_UNIT.match(q.unit_written):
            return ""
        head = self.text[:cl.start + q.start]
        sentence_start = head.rfind("\n") + 1  # (self.text is one sentence, maybe over a line break)
        if _YEAR_MEAN_WORD.search(head, sentence_start):
            return ""
        days = list(_DAY_NAMED.finditer(head, sentence_start))
        # (3月24日，生态环境部公布…，2月，…PM2.5浓度为62: the day the news came, the month its reading; 9月4日电: a dateline)
        if days and not _NEWS_OR_PERIOD_AFTER_DAY.search(head, days[-1].end()):
            return "single day"
        month = self.doc.published_month or 0
        so_far = _NOW_IS_THIS_YEAR_FROM <= month < 12 and not cl.years and _now_at(self.text, cl.start + q.start)
        return "sub-annual period" if so_far else ""

    def _accounts_not_out(self, fig: _Figure) -> bool:
        """An undated figure of the national accounts in a release of the year itself, before December (or in a month
        not known): the accounts of a year come after it, so the figure is the year before's."""
        return (not fig.explicit and not fig.event and fig.year == self.ref_year and not self.subannual
                and (self.doc.published_month or 0) < 12)

    def _row(self, q: Mention, cl: _Clause, fig: _Figure, rule, region: str) -> None:
        if rule.id in _ANNUAL_ACCOUNTS and self._accounts_not_out(fig):
            fig.year -= 1  # 改革开放40年来…全市人均生产总值达到61578元, in November: a year's accounts come after it
        elif rule.id in _AIR_YEAR and self._accounts_not_out(fig) and 0 < (self.doc.published_month or 0) <= 4:
            fig.year -= 1  # PM10平均浓度47微克/立方米，同比下降14.5%, in April: the year's mean, last year's
        value = convert(q.number, q.scale, rule.scale)
        if self._negative(q, cl, rule.measure):
            value = -value
        row = self._record(q, cl, fig, region, value, self._depth)
        key = (region, fig.year, None, q.base or q.unit_written, q.number * q.scale, "")
        self.doc.seen.add(key)
        self.doc.row_keys.setdefault(key, set()).add((self.text, row["line"]))
        if q.base in _RATE_UNITS:  # a rate stated again later under a shorter name (…PM2.5分别下降…39.8%): see _candidate
            self.doc.rates.setdefault((region, fig.year, q.base, q.number * q.scale), []).append(self.comp.names[rule.id])
        row.update(indicator=rule.id, period_start=fig.period_start if rule.measure == "cumulative" else None,
                   base_year=rule.base_year)  # None for year-on-year changes; a fixed base was checked against the text
        self.result.rows.append(row)  # (a figure restated in a recap is made one row at the end: _align_restated)
        self._parallels.setdefault(self._parallel_key(q, cl), rule)
        if region == rule.default_region and not any(m.region == region for m in cl.regions) and not any(
                m.partner and m.region == region for clause in self.earlier_regions for m in clause):
            # (北京输出到津冀技术合同成交额…、增长18.1%，…36项: the flow's far end does not become the next clauses' subject)
            self._implied.append(RegionMention(q.start, q.start, region, group=-3))

    def _target(self, q: Mention, cl: _Clause) -> None:
        """A plan's target figure, kept apart from the rows (result.targets; the number stays skipped as 'target'):
        only with an explicit target year (到2025年, 2025年目标), a catalogued indicator and a region, by the
        same rules as a row. Comparator: le (控制在…以下, 降至, 不超过), ge (达到…以上, 超过, 不低于), else eq."""
        before = [r for r in cl.refs if r.pos < q.num_start]
        time = self._time_for(q, cl, [r for r in before if r.role in _TIME_ROLES])
        if time.year is None or not time.explicit or time.year < self.ref_year - 1 or time.cumulative:
            return  # 力争…达到30%: no year named; 2014年以来: no target year
        bases = [r for r in before if r.role == "base"]
        base_year = bases[-1].year if bases and not bases[-1].previous else None
        views = self._views(cl.text, q, cl.segments, frozenset(), cl.regions)
        rule, _ = self._best_rule(q, views, base_year, time.year, cl.text)
        rule = self._checked_rule(rule, q, cl) if rule is not None else None
        if rule is None or rule.measure == "cumulative" or (
                rule.unit_base == "指数" and rule.words in self.comp.index_siblings):
            return  # 退出企业300家以上 this year is no target for the running total
        region, reason = self._region(rule.allowed_regions, rule.default_region, q, cl, rule.id)
        if reason or region is None or self.zone:
            return
        value = convert(q.number, q.scale, rule.scale)
        if rule.measure == "change" and self._decrease(q, cl):
            value = -value
        key = (rule.id, region, time.year, value)
        if any((t["indicator"], t["region"], t["year"], t["value"]) == key for t in self.result.targets):
            return
        self.result.targets.append({
            "indicator": rule.id, "region": region, "year": int(time.year), "value": value,
            "comparator": _comparator(cl.text, q), "line": self.para.line_at(self.offset + cl.start + q.num_start),
            "raw": q.raw, "quote": " ".join(self.text.split()),
        })

    def _index_rule(self, rule):
        """The sibling index series whose base the release states: the one with that base in its unit, else the
        one without a base (an older base); None when the release states no base."""
        base = self.doc.index_base
        if base is None:
            return None
        siblings = self.comp.index_siblings[rule.words]
        bases = self.comp.index_base
        return next((r for r in siblings if bases.get(r.id) == base), None) or next(
            (r for r in siblings if r.id not in bases), None)

    def _parallel_key(self, q: Mention, cl: _Clause) -> tuple[str, str | None] | None:
        """A clause worded like an earlier one of its sentence but for its region ("在天津设立子公司、分公司累计4545家，
        投资额…；在河北设立子公司、分公司累计5589家") states the same measure: the words before the number, regions cut."""
        parts, last = [], 0
        for r in sorted(cl.regions, key=lambda r: r.start):
            if r.end <= q.start and r.start >= last:
                parts.append(cl.text[last:r.start])
                last = r.end
        parts.append(cl.text[last:q.start])
        words = "".join(parts).strip()
        return (words, q.base) if len(words) >= 4 and len(parts) > 1 else None

    def _plan_of_a_year_gone(self, plan: re.Match | None, q: Mention, cl: _Clause, time: TimeContext,
                             year: int | None) -> re.Match | None:
        """The plan word left once the figure's year is known: 预计 and 争取 speak of a result in a year already over."""
        if plan and plan.group() == "争取" and year is not None and year < self.ref_year and _FUNDS_SECURED.match(
                cl.text, plan.end(), q.start):
            plan = None  # 过去一年全年争取中央和省级预算内资金19.48亿元: funds won in a year gone by, no aim
        if plan and plan.group() == "预计" and year is not None and not time.target and (
                year < self.ref_year or (year == self.ref_year and self._part_of_year_past())):
            if not (q.qualifier == "more_than" and _MARK_TO_PASS.search(cl.text, max(0, q.start - 4), q.start)):
                done = ("预计", "将") if year < self.ref_year or self.doc.published_month == 12 else ("预计",)
                plan = next((p for p in _TARGET_RE.finditer(cl.text, plan.end(), q.start) if p.group() not in done
                             and not _YEAR_WORD.search(cl.text, plan.end(), p.start())), None)
            # 预计 for the year just closed, or for a part of this year already over (上半年…预计完成投资600亿元, in July): an
            # estimate, not a plan; but 预计年产值可达15亿元 is still what a project could do, and 预计…将突破1万亿元 a bar to
            # be passed. (The year still running, even in December, is a forecast: 今年预计达到1250亿元)
            if plan is None and q.qualifier == "exact":
                q.qualifier = "approx"
        return plan

    def _forecast_goes_on(self) -> re.Match | None:
        """The forecast word of the nearest clause before that is no bare change or share of it (预计…10.5亿吨，比去年增加
        1亿吨，同比增长10.5%: the last two are the forecast's), if that clause is a forecast with its number."""
        for text in self._earlier:
            if not _GOES_ON_HEAD.match(text):
                return _FORECAST_LEVEL.search(text)
        return None

    def _plan_word(self, q: Mention, cl: _Clause) -> re.Match | None:
        """The word before the number that makes it a plan (力争, 预计, 将…), if any."""
        plan = _TARGET_RE.search(cl.text, 0, q.start) or (_FORECAST_OPENS.match(self.text) if cl.start else None)
        if plan is None and self._earlier and _REACH_ONLY_HEAD.fullmatch(cl.text, 0, q.start) and self.text[
                cl.start - 1:cl.start] not in ("；", ";") and (will := _WILL_REACH.search(self._earlier[0])):
            return will  # 有林地面积将达到10330万亩，森林覆盖率达到36.5%: the clause before's 将 holds for the level reached beside it
        if plan is None and _GOES_ON_HEAD.fullmatch(cl.text, 0, q.start) and self.text[cl.start - 1:cl.start] not in ("；", ";"):
            return self._forecast_goes_on()  # 预计全年可实现10.5亿吨，比去年增加1亿吨，同比增长10.5%: the forecast's change
        if plan and plan.group() == "将" and (_DONE_BA_BEFORE.search(cl.text, 0, plan.start())
                                              or _SO_FAR.search(self.text, 0, cl.start + plan.start())):
            return None  # 5年来…将低保标准从1010元调整到1045元, 累计将7.83万名…纳入保障: 将 marks what was done to what
        return plan

    def _projects_set(self, at: int) -> bool:
        """The year's list of projects before `at` (全年安排省市重点开工在建项目135项，总投资881.4亿元), with nothing done
        said between (…，截至12月20日，有28项实现提前开工建设)."""
        listed = _PROJECTS_SET.search(self.text, 0, at)
        return listed is not None and not _PROJECTS_DONE.search(self.text, listed.end(), at)

    def _before_an_event(self, at: int) -> bool:
        """The sentence opens on a time before an event (申冬奥成功前崇礼有4家滑雪场), with no 「；」 nor now (目前) between it
        and `at` (由工程实施之前的14.85%提高到了27.8%: a from-point, no opening)."""
        opener = _OPENS_BEFORE_AN_EVENT.match(self.text)
        return opener is not None and opener.end() <= at and not re.search("[；;]", self.text[opener.end():at]) and not _now_at(
            self.text, at)

    def _whole_year_closed(self, q: Mention, cl: _Clause, time: TimeContext, plan) -> TimeContext:
        """全年实现营业收入9.4万亿元，利润总额2.4万亿元, 年末资产合计…, naming no year in a release of May: the whole
        year or its end (said before the number in its sentence) can only be last year's, this one not being over."""
        month = self.doc.published_month
        if (plan or time.explicit or time.target or month is None or month > _WHOLE_YEAR_OPEN_UNTIL
                or (time.year if time.year is not None else self.status) != self.ref_year
                or not _WHOLE_YEAR_BEFORE.search(self.text, 0, cl.start + q.start) or _THIS_YEAR_SAID.search(self.text)
                or _LAST_YEAR_COMPARED.search(cl.text, 0, q.start)):  # (比去年全年增加15家: now, against last year)
            return time
        return replace(time, year=self.ref_year - 1)

    def _figure(self, q: Mention, cl: _Clause) -> tuple[_Figure | None, str]:
        """Time, cumulative period and comparison base of a number; or why it has none that counts."""
        before = [r for r in cl.refs if r.pos < q.num_start]
        timed_before = [r for r in before if r.role in _TIME_ROLES]
        plan = self._plan_word(q, cl)
        if not timed_before and self._before_an_event(cl.start + q.start):
            return None, "before an event"  # 申办冬奥会成功前，崇礼有4家滑雪场: a time before the event, its year unsaid
        time = self._whole_year_closed(q, cl, self._time_for(q, cl, timed_before), plan)
        if self._plan_opened and not timed_before and not time.explicit and cl.start >= self._plan_opened[0]:
            time = replace(time, year=self._plan_opened[1])
        year = time.year if time.year is not None else self.status
        plan = self._plan_of_a_year_gone(plan, q, cl, time, year)
        if not plan and ((self.plans_go_on and not _DONE_RE.search(cl.text, 0, q.start)) or (not timed_before and (
                self.in_task_list or (self.doc.section_ahead and not _DONE_RE.search(self.text))))):
            # (…发布了28个2020年计划开工项目，总投资约288.6亿元。其中，科教设施平台项目5个: the plan's parts)
            plan = True  # 任务清单明确，年底前，我市将…。强化协同创新，新建…2家: the list goes on past its first sentence
            # (二、2021年工作安排⏎地区生产总值年均增长6%左右: the section of the tasks ahead)
        if not plan and (_PLAN_TASKS.search(self.text, 0, cl.start + q.start) or _SENTENCE_PLAN.search(self.text, 0, cl.start + q.start)
                         or (_OPENS_ON_PLAN.match(self.text) and not _DONE_RE.search(self.text, 0, cl.start + q.start))
                         or _FORECAST_LEAD.match(self.text) or self._projects_set(cl.start + q.start)):
            # 《工作要点》共安排部署了12大类70项重点任务; 任务清单明确，年底前，…新签约落地京津项目30个以上: a plan's own tasks;
            # 据气象部门预测，今年6-8月全市平均气温为25℃左右: a forecast leads the sentence
            plan = True
        if not plan and self._earlier and _TOTAL_ONLY.fullmatch(cl.text, 0, q.start) and _TARGET_RE.search(self._earlier[0]):
            plan = True  # 今后三年将实施1000余个重点项目，投资超过万亿元: the total of what is planned is planned too
        # (率先完成2017年40.5万户改造任务, 已完成220万平方米的建设任务: a task done, its size what was done)
        task_done = bool(_TASK_DONE_BEFORE.search(cl.text, 0, q.start))
        if not plan and not task_done and (_TARGET_AFTER.match(cl.text, q.end) or _NOW_IN_BRACKET_AFTER.match(cl.text, q.end)
                                           or _WILL_DO_AFTER.match(cl.text, q.end) or _PLANNED_SIZE_BEFORE.search(cl.text, 0, q.start) or (
                q.base not in ("项", "件", "个", "条") and _BAR_NAMED_AFTER.match(cl.text, q.end))):
            plan = True  # 较2013年下降25%的目标, 完成…的任务: the bar set, not the result
        if not plan and not task_done and _TARGET_TAIL.match(cl.text, q.end) and _ACHIEVED_BEFORE.search(cl.text, 0, q.start):
            plan = True  # 超额完成PM2.5浓度下降4%、重污染天数减少6%的改善目标: each number is a bar set
        reason = "target" if time.target or plan else self._not_a_value(q, cl, timed_before)
        if reason:
            return None, reason
        bases = [r for r in before if r.role == "base"]
        if (bases and not bases[-1].previous and cl.text.startswith(("较", "比"), bases[-1].pos)
                and q.base not in _RATE_UNITS and cl.text[bases[-1].end:q.num_start].strip() in ("", "的")):
            # 较2013年的108微克/立方米下降43微克: the level of the base year itself, not a change
            return _Figure(q, bases[-1].year, None, None, False, base_level=True), ""
        if (not bases and self.last_base and _CHANGE_VERB_RE.search(cl.text, 0, q.start)
                and not _YOY_RE.search(cl.text, 0, q.start) and not _TO_END.search(cl.text, 0, q.start)
                and not _NEW_ITEM_AFTER.search(self.text, self.last_base_at, cl.start + 1)):
            bases = [self.last_base]  # 北京比2013年下降64.2%，河北下降64.3%: the comparison goes on
            # (…比2020年下降10%；居民人均可支配收入增长4.7%: past a semicolon, another item, on the year before)
        year = time.year if time.year is not None else self.ref_year if _standard_set(q, cl) else (
            self.ref_year - 1) if _old_standard(q, cl) else self._undated_year()
        # (北京城市低保标准从650元调整为710元 in February: the standard in force now, not last year's figure)
        base_year = self._base_year(q, cl, bases, year)
        total_aside = _TOTAL_ASIDE_OPEN.search(cl.text, 0, q.start) is not None
        return _Figure(q, year, time.period_start, base_year, time.cumulative or cl.cumulative_word or total_aside, time.event,
                       explicit=time.explicit), ""

    def _base_year(self, q: Mention, cl: _Clause, bases: list[YearRef], year: int | None) -> int | None:
        """The year a change is on: a base named before it, or the from-point of a from-to pair a rate follows."""
        if bases and not (q.base not in _RATE_UNITS and _reached_after_change(q, cl)):
            # (较2020年…增加32%、达到410公里: the base is the change's; the level reached has none)
            base_year = (year - 1 if year is not None else None) if bases[-1].previous else bases[-1].year
            return base_year or -1  # a comparison stays a comparison even when its year is unknown
        if q.base == "%" and _RATE_HEAD.search(cl.text, 0, q.start) and (
                start := _FROM_TO_BEFORE.search(self.text, 0, cl.start + q.start)):
            return int(start.group(1))  # 从2014年的85.9微克/立方米降至2019年的42微克/立方米，降幅51%: since the from-point
        return None

    def _event_time(self, q: Mention, cl: _Clause) -> TimeContext | None:
        """The reference year for the figures of the event a release reports (a sentence with no year of its own)."""
        at = cl.start + q.start
        event = _EVENT_RE.search(self.text)
        if (event and _DATELINE_RE.search(self.para.text)
                and not _REPORTED_AT.search(self.text, event.end(), max(at, event.end()))
                and not (event.start() > at and _LEARNT_AT.search(self.text, event.end()))):
            # (…医联体115个……记者从2月20日…召开的发布会上获悉: the figures were learnt at the event, after them)
            # (在今天举行的发布会上，北京市统计局相关负责人介绍，…: figures reported at the event, not made there)
            # 本报北京3月28日电…当天，共有12个项目集中签约: the event's own figures are of the dateline's year
            return TimeContext(self.ref_year, None, False, False, False, True)
        if not cl.inherited.period_start and self._dated_event_before(at, cl.start + len(cl.text)):
            # 28日上午，…开业仪式在商贸城广场举行，2000家…商户整体抱团入驻: that day's event, of the reference year
            return TimeContext(self.ref_year, None, False, False, False, True)
        if _THIS_EVENT_RE.search(self.text, 0, at):
            # 本次集中开工项目共43个, 日前…签约33个: the event the release reports, of the reference year
            return TimeContext(self.ref_year, None, False, False, False, True)
        if _SO_FAR_RE.search(self.text, 0, at):
            # 迄今，…已设立分公司1903家: as of the day of publication, a result (not a plan) of the reference year
            return TimeContext(self.ref_year, None, True, False, False, True)
        return None

    def _dated_event_before(self, at: int, end: int) -> bool:
        """The sentence opens on a day of a month already past at publication (or of no month) and tells of an
        event held that day (举行, 签约, 开工…) before the number or in its clause (3月10日，…16个项目集中开工)."""
        m = _DAY_EVENT.search(self.text, 0, end)
        if m is None or _REPORTED_AT.search(self.text, m.end(), at) or "获悉" in self.text[m.end():at]:
            return False  # (2月23日，…发布会召开，记者从会上获悉，…: figures reported there, not made there)
        month, published = m.group(1), self.doc.published_month
        return month is None or published is None or int(month) <= published

    def _part_of_year_past(self) -> bool:
        """The part of the year the sentence is about has ended by the month of publication (上半年 in July): its
        figures are known or estimated, no longer planned (上半年…预计完成投资600亿元, in July)."""
        last = _last_month(_period_key(self.subannual)) if self.subannual else None
        published = self.doc.published_month
        return last is not None and published is not None and last < published

    def _undated_year(self) -> int | None:
        """The year of a figure the text dates by none: the release's status year, except for a part of this year
        that has already passed when a spring release is published (a holiday, a month, 2月4日至20日 in a report of
        21 February)."""
        if self.doc.section_year is not None and self.status is not None and self.doc.section_year < self.status:
            return self.doc.section_year  # under a heading 去年成效: last year's results
        if self.status != self.ref_year - 1 or not self.subannual:
            return self.status
        # a spring release (reporting last year) names a part of this year already past when it is published
        published = self.doc.published_month
        holiday = _HOLIDAY_RE.fullmatch(self.subannual)
        if holiday and holiday.group("feast") not in ("国庆", "中秋"):
            return self.ref_year  # 春节假期…接待游客 in a February release, 清明小长假 in April: this year's holiday, just
            # passed (国庆 or 中秋 in a spring release is last autumn's)
        if self._part_of_year_past():
            return self.ref_year  # 2月… in a bulletin of 30 March: this year's February, already past
        month = _DAY_WINDOW_MONTH.match(self.subannual)
        if month and published is not None and int(month.group(1)) <= published:
            return self.ref_year
        return self.status

    def _as_of_a_day_this_year(self, at: int, carried: int | None = None) -> bool:
        """A stock as of a day of a month already past this year (截至2月25日 in a spring release whose undated figures
        are last year's; 截至6月28日 in July, after a sentence on last year's trains) is this year's, with no year
        written between that date and the number."""
        published = self.doc.published_month
        spring = self.status == self.ref_year - 1
        after_an_earlier_year = carried is not None and carried < self.ref_year
        if published is None or not (spring or after_an_earlier_year):
            return False
        found = list(_AS_OF_DAY.finditer(self.text, 0, at))
        return bool(found) and int(found[-1].group("m")) <= published and not _ANY_YEAR.search(self.text, found[-1].start(), at)

    def _census_time(self, q: Mention, cl: _Clause, timed_before: list[YearRef]) -> int | None:
        """The census year of a count noted as the census's (常住人口3133469人(第七次人口普查)), or of the census after
        the one a sentence with no other year compares with (平均每户2.78人，比第六次全国人口普查减少0.59人: 2020)."""
        if (census := _CENSUS_NOTE.match(cl.text, q.end)) and (
                year := _CENSUS_YEARS.get(("人口", census.group(1) or census.group(2)))) and year <= self.ref_year:
            return year
        base = _PREVIOUS_CENSUS.search(self.text)
        if timed_before or base is None or _ANY_YEAR.search(_PREVIOUS_CENSUS.sub("", self.text)):
            return None
        year = _NEXT_POPULATION_CENSUS.get(base.group(1))
        return year if year is not None and year <= self.ref_year else None

    @property
    def _now_year(self) -> int | None:
        """The year of now (目前, 截至目前): the release's status year, but its own year from March on (截至目前，…上市企业
        共355家 in June, in a review of last year's results, is June's count)."""
        now = self.doc.span_end or self.status
        if now is not None and now < self.ref_year and (self.doc.published_month or 0) >= _NOW_IS_THIS_YEAR_FROM:
            return self.ref_year
        return now

    def _time_for(self, q: Mention, cl: _Clause, timed_before: list[YearRef]) -> TimeContext:
        timed_before = [r for r in timed_before if not _dates_figure_before(cl, r)]  # 较峰值2195万人(2016年)减少了11万人
        now_before = q.start  # (目前，…森林覆盖率从2015年年底的52%提高到67%: now dates the end, the from-point's year aside)
        while timed_before and _from_point(cl.text, timed_before[-1]) and _CHANGED_TO.search(cl.text, timed_before[-1].end, q.start):
            now_before = timed_before[-1].pos
            timed_before = timed_before[:-1]  # 由2013年的48.3%提高到62.7%: the from-point dates its own value, not the end
        # 2019年、2020年…分别为a、b; 比2014年1.9%的涨幅回落: 2014's rise; 继2013年超过2万亿元后: the mark passed that year
        own = (cl.years.get(q.num_start) or self._compared_value_year(q, cl) or self._census_time(q, cl, timed_before)
               or (_milestone_passed(cl.text, timed_before[-1], q) if timed_before else None))
        if own is not None:
            return TimeContext(own, None, False, False, True)
        event = (self._event_time(q, cl) or _era_time(self.text, cl.start + q.start)) if not timed_before and not cl.inherited.explicit else None
        if event is not None:
            return event
        if not timed_before and self._as_of_a_day_this_year(cl.start + q.start, cl.inherited.year):
            # 截至2月25日，雄安新区已注册企业2362家, published in March: a stock as of a day of this year
            return TimeContext(self.ref_year, None, False, False, True)
        if (now_before < q.start and _NOW_RE.search(cl.text, now_before, q.start)) or (
                not timed_before and _NOW_JUST_BEFORE.search(cl.text, max(0, q.start - 8), q.start)):
            return TimeContext(self._now_year, None, False, False, False)  # 由2022年底的40个增至目前的70个: now's (so is
            # 由35家减少到目前的17家 after a sentence on years past: the change ends now, not in the year carried)
        if not timed_before and _now_at(self.text, cl.start + now_before):
            # …高速去年底已通车。…目前，承德共与183家企业开展合作: now, not the year of the event before; in a release on
            # last year's data (公布2016年经济数据), now is the release's own time, not the headline's year
            # (截至目前，…引进来自北京的重点项目近2000个，实际到位资金2300亿元: the total so far goes on with its money)
            so_far = (bool(self._earlier) and cl.inherited.cumulative and not cl.inherited.explicit and q.base == "元"
                      and _FLOW_TAKEN_IN.match(self._earlier[0]) is not None)
            return TimeContext(self._now_year, None, so_far, False, False)
        if timed_before and timed_before[-1].role == "range" and _from_just_before(q, cl):
            ref = timed_before[-1]  # 从2013年到2021年，浓度从104…降至38.8: the first value is the start year's
            return TimeContext(ref.start - ref.span, None, False, False, True)
        if timed_before and _NOW_RE.search(cl.text, timed_before[-1].end, q.start):
            return TimeContext(self.status, None, False, False, False)  # 由2008年的118公里增长到现在的2486公里
        if timed_before:
            return _since_until(timed_before, cl.text) or self._time_of(timed_before[-1], cl.inherited, cl.text)
        timed_after = [r for r in cl.refs if r.pos >= q.num_start and r.role in _TIME_ROLES
                       and not _in_aside_after(cl.text, q.end, r.pos)]  # (增加85%(2022年…98万人次): last year's, aside)
        if timed_after:
            return self._time_of(timed_after[0], cl.inherited)
        if cl.inherited.period_start and _from_just_before(q, cl):
            # 从2013年到2021年，…从96降至39; 五年来，…从109.5亿元增至237.2亿元: the level before the five years counted
            return TimeContext(cl.inherited.period_start - cl.inherited.span, None, False, False, True)
        return cl.inherited

    def _compared_value_year(self, q: Mention, cl: _Clause) -> int | None:
        """比2014年1.9%的涨幅回落0.2个百分点, 比上年2.0%的涨幅: the value compared with is the earlier year's."""
        before = _COMPARED_VALUE_BEFORE.search(cl.text, max(0, q.start - 12), q.start)
        if before is None or not _COMPARED_VALUE_AFTER.match(cl.text, q.end):
            return None
        if before.group("y"):
            return int(before.group("y"))
        return cl.inherited.year - 1 if cl.inherited.year else None

    def _not_a_value(self, q: Mention, cl: _Clause, timed_before: list[YearRef]) -> str:
        """Numbers that are no one's value for the year: ranges, thresholds, milestones, norms, rates per unit."""
        if _RANGE_BEFORE.search(cl.text, max(0, q.num_start - 4), q.num_start) or _RANGE_AFTER.match(cl.text, q.end) or (
                _same_unit_range(cl.text, q)) or (
                _BETWEEN_AFTER.match(cl.text, q.end) and _RANGE_OPEN.search(cl.text, 0, q.start)):
            return "range"  # 浓度范围为26至33微克/立方米, 在15微克/立方米至51微克/立方米之间: the ends of a range
        if weight := _weight_or_ratio(q, cl) or _one_load(q, cl):
            return weight
        if _URL_BEFORE.search(cl.text, max(0, q.start - 60), q.start) or _SLOGAN_GLOSS.match(cl.text):
            # //www.example.com/3.16米: part of a web address copied with the page; “2”即培育…2个支柱产业: the parts of a
            # slogan's number told out, no count of a year
            return "name"
        if (q.qualifier in ("more_than", "at_least") and (cl.text.startswith("的", q.end) or (
                q.base == "元" and _CLASS_NOUN_AFTER.match(cl.text, q.end)))) or cl.text.startswith(
                ("以下的", "以内的"), q.end) or _a_condition(q, cl) or (
                cl.text[max(0, q.num_start - 1):q.num_start] in ("≥", "≤", ">", "<", "＞", "＜")):  # (100万人以下的区有7个: a
            # class, as 以上的; 日最高气温≥35℃的高温日数, 日降水量≥25毫米: the bar a day passes)
            return "threshold"  # 超过1%的行业, 2%以上的水平: a class or a bar; 达到100万标箱后: a condition; not a figure
        if bar := _plan_or_bar(q, cl):
            return bar
        if self._bar_passed(q, cl):
            return "threshold"
        if _PRELIMINARY.search(cl.text, 0, q.start) and _REVISED.search(self.text):
            return "superseded"  # 初步核算是30320亿元，修订后是33106亿元: the revised figure stands, not the first one
        if _FROM_LAST_YEAR.search(cl.text, max(0, q.start - 10), q.start) or _FROM_BEFORE_AN_EVENT.search(
                cl.text, max(0, q.start - 16), q.start) or (
                not timed_before and not cl.inherited.period_start and _from_just_before(q, cl)
                and _REACHED_LATER.match(cl.text, q.end) and not _old_standard(q, cl)):
            # (由协同前的14.5万户提升至目前的25.8万户, 从开通初期的16辆: a start whose year is not said; so is
            # 全市居民人均可支配收入从不足300元跃升至5.7万元, with no year or period before it: when was it 300?)
            return "period start"  # 由上年的26.4件增加至2019年的30.8件: the start of the change, last year's, not this year's
        if _BUILT_ON_AFTER.match(cl.text, q.end) and "在" in cl.text[:q.start] and not any(
                r.role == "time" for r in timed_before):
            return "period start"  # 在前两年签约85个项目的基础上: the level built on, of years not said
        if held := ("threshold" if _held_band(q, cl) else "single day" if "日" in cl.text and _DAY_FLOW_BEFORE.search(
                cl.text, 0, q.start) else self._reading_not_the_years(q, cl)):
            return held  # (1月25日北京地区发送旅客85.95万人次: one day's flow, no year's figure)
        if (_CAPPED_BEFORE.search(cl.text, max(0, q.start - 6), q.start) and (
                _WITHIN_AFTER.match(cl.text, q.end) or _TARGET_RE.search(self.text) or _THIS_YEAR_PLAN.search(self.text))
                ) or _TARGET_BAND_AFTER.match(cl.text, q.end):
            # 常住人口控制在2300万人以内: a cap kept, not the value (PM2.5…下降到35微克以内 is); 失业率控制在5%的目标内,
            # 今年…控制在32以内 in a plan: a target, said so
            return "target" if _TARGET_RE.search(self.text) or _THIS_YEAR_PLAN.search(self.text) else "threshold"
        return self._not_a_measurement(q, cl, timed_before)

    def _bar_passed(self, q: Mention, cl: _Clause) -> bool:
        """A class reached (跨越4万亿元量级) or a milestone passed whose value the sentence gives (迈上10万亿元新台阶，达到
        10.3万亿元) or two measures share (双双跨越5亿吨): no figure. A milestone with no value beside it (突破千亿元大关,
        首次超过400亿元, 跃上2万亿元) is more than its bar, the figure a reader charts: kept, marked."""
        if (q.unit_written == "次" and _TIMES_PASSED_AFTER.match(cl.text, q.end)) or _TIMES_PASSED_BEFORE.search(cl.text, 0, q.num_start):
            return True  # 全年64次日客运量突破200万人次: how often a day's flow passed a bar, and the bar
        if _MAGNITUDE_AFTER.match(cl.text, q.end):
            return True
        if MILESTONE_AFTER.match(cl.text, q.end) or (
                q.qualifier in ("more_than", "at_least") and _MILESTONE_BEFORE.search(_strip_qualifier(cl.text[:q.start]))) or (
                _PASSED_BEFORE.search(cl.text, max(0, q.start - 6), q.start) and _round(q.number)) or (
                q.chinese and q.raw.startswith(("突破", "破")) and _round(q.number)):
            # (生产总值突破千亿，今年预计达到1250亿元: a mark in words, the value said after it)
            if _SHARED_BAR_BEFORE.search(cl.text, 0, q.start) or any(
                    o.base == q.base and o.start > q.end - q.start for o in find_numbers(_VALUE_AFTER_BAR.match(
                        self.text, self.offset_of(cl, q)).group()) if o.kind == "quantity"):
                return True
            self._milestones.add(cl.start + q.num_start)
        return False

    def _not_a_measurement(self, q: Mention, cl: _Clause, timed_before: list[YearRef]) -> str:
        """The rest of `_not_a_value`: table cells, norms, the start of a period or change, parts of names, rates."""
        if "|" in cl.text or "---" in cl.text:
            return "table"  # | 主要经济数据 | 18,024.3 |: a flattened table, whose cells lost their labels
        if _HEARSAY.search(cl.text, 0, q.start):
            return "hearsay"  # 网上各种说法都有，有的说雄安新区GDP超过600亿元: what some say, no one's figure
        pay = _pay_standard(q, cl)
        if _STANDARD_BEFORE.search(cl.text, max(0, q.start - 6), q.start) and not pay or _NORMAL_BEFORE.search(
                cl.text, max(0, q.start - 14), q.start):
            return "reference value"  # 国家标准(35微克/立方米), 二级标准为35: a norm, not a measurement; 常年同期只有8.3天, 近10年
            # 均值也有7.8天: the climate's normal, no year's reading
        if (timed_before and timed_before[-1].role == "since" and _SINCE_AFTER.match(cl.text, q.end)) or (
                not timed_before and _ERA_START_BEFORE.search(cl.text, 0, q.start)):
            return "period start"  # 自2019年达到6%以来, 从改革开放之初的…18.7万人次: the value when a period began
        end = cl.start + q.end
        if (_FROM_POINT.search(cl.text, max(0, q.start - 6), q.start) and (_TO_VALUE.match(cl.text, q.end) or (
                not cl.text[q.end:].strip() and self.text[end:end + 1] in "，," and _TO_VALUE.match(self.text, end + 1)))
                and (not cl.inherited.period_start or _now_at(self.text, cl.start + q.start))
                and not any(r.role == "range" for r in timed_before)):
            # 由43.5%上升到48.6%: the value at a time the text does not name, the end is the figure (自2017年…，截至目前，
            # 森林覆盖率从11%提升到35%: now is the end; the start's month is not said)
            # (从2013年到2021年，浓度从104降至38.8: the start is the range's first year's; see _time_for)
            return "period start"
        if (q.base not in _RATE_UNITS and _SHARE_OF_BEFORE.search(cl.text, max(0, q.start - 20), q.start)
                and cl.text.startswith("的", q.end)):
            return "share base"  # 占《国民经济行业分类》432项的34%: the whole a share is of (占全国8.3%的份额 is the share)
        if _TURNED_FROM.search(cl.text, max(0, q.start - 10), q.start) and _TURNED_TO.match(cl.text, q.end):
            return "period start"  # 由上半年下降3.2%转为增长0.1%: the rate of the period before, which turned
        if q.base == "个百分点" and _PERIOD_COMPARED.search(self.text, 0, cl.start + q.start):
            return "comparison with a period"  # 比前三季度加快1.6个百分点: the year against part of it
        if any(r.region == OTHER and r.start <= q.start < r.end for r in cl.regions):
            return "other region"  # 环京24个县: part of a place's name, not a figure
        if (_PER_BEFORE.search(cl.text, max(0, q.start - 6), q.start) and not (q.base or "").startswith("元/") and not (pay and _PER_MONTH_PAID.search(
                cl.text, max(0, q.start - 6), q.start))) or cl.text.endswith("每", 0, q.start) or (
                _ONE_IN_EVERY_BEFORE.search(cl.text, max(0, q.start - 16), q.start)) or _IN_EVERY_AFTER.match(cl.text, q.end) or (
                q.number == 1 and (_EACH_DONE_BEFORE.search(cl.text, max(0, q.start - 5), q.start) or _ONE_CAN_AFTER.match(cl.text, q.end))):
            return "rate per unit"  # 每平方公里1323人, 平均每周7天中: not a total; 每5人当中就有1位: a ratio's two terms
            # (每平方米1.6万元 is a price, 元/平方米: numbers.py)
        if _ACTORS_AFTER.match(cl.text, q.end) and any(
                m.kind == "quantity" and m.start > q.end and m.base == q.base and m.scale == q.scale for m in cl.quantities):
            return "actors"  # 476家重点企业已在河北设立分支机构1029家: who acted; the count they reached comes after
        return ""

    @property
    def _figure_words(self) -> str:
        """The words before the last figure read, that 这一数字 stands for ('' when that figure was one itself)."""
        text, at = self._figure_at
        return "" if _THIS_FIGURE.search(text, 0, at) else _YEAR_WORDS.sub("", text[:at])

    def _rule_views(self, q: Mention, cl: _Clause, virtual: frozenset) -> Views:
        """The words a catalogued indicator is matched against, for the number."""
        bracket = self._region_bracket(q, cl)
        if bracket is not None:  # 北京(GDP36102.6亿元): the bracket's words are the measure, nothing around it
            inner = cl.text[bracket[1]:q.end]
            return Views(inner, inner, [], len(inner) - (q.end - q.num_start), virtual)
        if q.num_start in cl.items:  # PM2.5、PM10、NO2浓度分别为a、b、c: each number sees its own item only
            yoy = " 同比" if _YOY_RE.search(self.text, 0, self.offset_of(cl, q)) else ""
            item = cl.items[q.num_start] + yoy + " " + cl.text[cl.list_at:q.start]
            return Views(item, item, [], len(item), virtual)
        if (this := _THIS_FIGURE.search(cl.text, 0, q.start)) and (words := self._figure_words):
            # 2014年三地GDP总量6.65万亿元，而到2023年这一数字已增至10.4万亿元: the measure of the figure before
            item = words + " " + cl.text[this.end():q.start]
            return Views(item, item, [], len(item), virtual)
        return self._views(cl.text, q, cl.segments, virtual, cl.regions)

    def _rule_head(self, q: Mention, cl: _Clause) -> tuple[str, bool]:
        """(the words before the number that name its measure, whether 这一数字 stood for them)."""
        head = cl.text[:q.start]
        this = _THIS_FIGURE.search(head)
        words = self._figure_words if this else ""
        if words:
            head = words + head[this.end():]  # 这一数字已增至…: the words it stands for
        if cl.text.startswith("的", q.end):
            head += cl.text[q.end:]  # 3.9%的GDP增速: the measure follows
        return head, bool(words)

    def _of_registered_people(self, rule, q: Mention, cl: _Clause) -> bool:
        """年末户籍人口为776158人，其中城镇人口513166人…。年内出生人口4995人: a paragraph on the registered population,
        whose parts and rates are not the resident population's (a rule refusing 户籍 refuses them too)."""
        return "户籍" in rule.none and self._on_registered_people(q, cl)

    def _on_registered_people(self, q: Mention, cl: _Clause) -> bool:
        """The paragraph last counted the registered population, and the number's own clause names no residents."""
        if "常住" in cl.text[:q.start]:
            return False  # (…，常住人口城镇化率65.05%: the residents' own, named)
        before = self.para.text[:self.offset + cl.start + q.end]  # (户籍人口51.4万，常住人口49.5万: its own count)
        counts = [m.group(1) for m in _POPULATION_COUNTED.finditer(before)]
        return bool(counts) and counts[-1] == "户籍"  # (户籍人口城镇化率为39.89%: a rate of theirs, no paragraph on them)

    def _checked_rule(self, rule, q: Mention, cl: _Clause):
        """Precision guards on a matched rule: a change needs a change word; a percentage or a count does not borrow
        an indicator's words from an earlier clause when its own clause names another measure (…转入基本单位1724家，
        127个央企二三级子公司注册落户: the subsidiaries, not a second count of the units)."""
        head, this = self._rule_head(q, cl)
        if rule.measure == "change" and ("占" in head or not (_CHANGE_WORD_RE.search(head) or self._growth_before(q, head)
                                                             or _FASTER_THAN_ITS.search(head))  # (略快于沧州的9.0%)
                                         or REACHED.search(head[-6:].rstrip())):
            return None  # 占…的40% is a share; 下降到2.2% is the level reached
        words = [w for w in rule.words if w not in _GENERIC_WORDS]
        if self._share_of_a_count(rule, head) or self._net_of_a_factor(rule, head) or (rule.measure in ("level", "cumulative") and _one_days(rule, head)) or (
                rule.measure in ("level", "cumulative", "share") and LEVEL_CHANGE.search(_strip_qualifier(head[-10:]))
        ) or _larger_than_a_year(rule, q):
            return None  # 比上年末增加18.9万人, 经济总量被下调5546.72亿元, 第三产业占比增加2成: a change, not the level
            # (…比上年增长0.4%；剔除新冠疫苗生产因素，增长3.1%: an adjusted figure, not the measure itself;
            # 在GDP增长了110%的同时: growth over a decade, larger than any year's)
        if this:
            return rule  # (这一数字: no words of its own, none of another measure)
        if q.num_start in cl.items:
            return rule if any(w in cl.items[q.num_start] for w in words) else None
        if q.num_start in cl.listed or _words_of_next_subject(words, head, q, cl):
            # 分别 with a list that does not pair with the numbers: whose is which is unknown;
            # "…实际增6.3%去年北京GDP增长6.1%": the GDP is the next subject's, not this number's
            return None
        if ((rule.measure in ("level", "cumulative") and _CHANGE_NOUN.search(head)) or _age_band_before(q, cl)
                or _names_another_whole(rule, cl.text[:q.start]) or self._part_after_in(q, cl)
                or self._of_registered_people(rule, q, cl)):
            # 常住人口增量从56.7万人降至2.4万人: the increment, not the level;
            # 60岁及以上常住人口348.4万人: an age group's figure, not the population's
            return None
        share_of = "占" in cl.text[:q.start]  # 城镇人口1865万人，占常住人口的比重为86.6%: 占 names the whole
        if (q.base in ("%", "个百分点") or q.base in _COUNT_UNITS) and self._depth >= 2 and not share_of and not any(
                w in cl.text for w in words):
            own = self._own_phrase(q, cl) or self._from_phrase(q, cl)
            if own and len(own) >= _MIN_PHRASE_OWN and own not in RATE_WORDS and not _lent_head(own, words):
                return None  # (降幅达到39.8%: 降幅 is the rate of the measure named before, not another one)
        if self._depth >= 3 and self._borrowed_past_a_measure(rule, q, words):
            return None
        start = self._own_start(q, cl)
        end = min((o.start for o in cl.quantities if o.start >= q.end), default=len(cl.text))
        if words and not share_of and not any(w in cl.text[start:end] for w in words):
            # 在常住人口中，城镇人口有1876.6万人: the number's own phrase names another measure
            own = normalise(cl.text[start:q.start], [(r.start - start, r.end - start) for r in cl.regions
                                                       if r.start >= start and r.end <= q.start and not r.whole])
            if (own in _GENERIC_BIGRAMS or (len(own) >= 3 and own[-3:] not in self.comp.names[rule.id] + "".join(words))) and (
                    not _lent_head(own, words)):
                return None
        return rule

    def _share_of_a_count(self, rule, head: str) -> bool:
        """从行业看，…技术服务业947家，占比35.07%: a bare 占比 right after a count is the share of the things counted, never
        a share of value added (第三产业…占比) whose words the count's clause lent."""
        return (rule.measure == "share" and _BARE_SHARE.fullmatch(head) is not None and bool(self._earlier)
                and _COUNT_AT_END.search(self._earlier[0].rstrip()) is not None
                and any(w in self.comp.names[rule.id] for w in ("增加值", "生产总值")))

    def _net_of_a_factor(self, rule, head: str) -> bool:
        """剔除…因素, 扣除…影响 before the number, in its clause or as the clause before it: an adjusted figure."""
        return not any(_ADJUSTED.search(w) for w in rule.words) and bool(
            _ADJUSTED.search(head) or (self._earlier and _ADJUSTED.fullmatch(self._earlier[0].strip("，,；; "))))

    def _part_after_in(self, q: Mention, cl: _Clause) -> bool:
        """唐山港的货物吞吐量中，煤炭为3.55亿吨: the clause lending the measure names a whole (…中), and the number's
        own words name a part of it: the part's figure, not the whole's."""
        lending = self._earlier[self._depth - 2] if 2 <= self._depth < len(self._earlier) + 2 else ""
        if not _WHOLE_BEFORE.search(lending.rstrip(" ，,：:")):  # (…中，煤炭为3.55亿吨，矿石2.19亿吨: each a part)
            return False
        own = normalise(cl.text[self._own_start(q, cl):q.start], [(r.start, r.end) for r in cl.regions])
        return len(own) >= 2 and own not in RATE_WORDS

    def _growth_before(self, q: Mention, head: str) -> bool:
        """地区生产总值同比增长，达到5.5%: the growth word stands a clause before its rate (增长 only: 提高，达到66%
        is the level reached)."""
        return (q.base == "%" and bool(self._earlier) and _BARE_LINK.fullmatch(head.strip()) is not None
                and _GROWTH_END.search(self._earlier[0]) is not None and not _DIGIT.search(self._earlier[0]))

    def _borrowed_past_a_measure(self, rule, q: Mention, words: list[str]) -> bool:
        """可支配收入67756元，比上年增长8.7%: the growth is the income's, not the GDP's two clauses back;
        其中，服务性消费额在…带动下，增长5.0%: the growth of the nearer measure, not of the one borrowed."""
        return (q.base in ("%", "个百分点") and self._measure_between(words)) or self._skips_a_measure(rule, words)

    def _measure_between(self, words: list[str]) -> bool:
        """A clause between the number and the clause that lent the rule's words names a measure of its own."""
        return any(_MEASURE_NOUN.search(text) and not any(w in text for w in words) and not _DIGIT.search(text)
                   and "计算" not in text for text in self._earlier[:self._depth - 2])

    def _skips_a_measure(self, rule, words: list[str]) -> bool:
        """Words borrowed from clause k back skip a nearer clause whose number has a measure phrase of its own."""
        names = self.comp.names[rule.id] + "".join(words)
        for j in range(self._depth - 2):
            src = self._srcs[-1 - j] if j < len(self._srcs) else None
            if src is None:
                continue
            own = self._own_phrase(*src)
            if not _RATE_ONLY.fullmatch(own) and any(n in own for n in rule.none):
                return True  # 社会消费品零售总额中，商品零售12000.5亿元，下降2.1%: the part the rule refuses is nearer
            if len(own) >= 3 and not any(w in own for w in words) and own[-3:] not in names and not _RATE_ONLY.fullmatch(own):
                return True  # (…，年均增长率7.8%；成交额…: a rate of the measure before names no measure of its own)
            if any(b not in names for b in _BRANCH.findall(own)):
                return True  # 其中，信息传输、软件和信息技术服务业实现增加值5540.5亿元，增长14.4%: the branch's growth
        return False

    def _period_problem(self, measure: str, q: Mention, cl: _Clause, fig: _Figure, names_average: bool,
                        names_period: bool) -> str:
        if self.subannual and (measure != "cumulative" or _YEAR_TO_MONTH.match(self.subannual)) and not names_period and not (
                measure == "level" and q.base in _NETWORK_UNITS and _STOCK_AS_OF.search(self.text, 0, cl.start + q.start)):
            # a quarter's or half-year's flow is not the year's; a running total is (but 截至11月底…累计 is the year so far);
            # a network's length as of a month's end is the stock (截至8月底，京津冀铁路营业里程超1万公里, in a release on three
            # quarters; not 截至3月底…引进项目301个, the year's flow so far)
            return "sub-annual period"
        if fig.year is None:
            return "no year"
        if (measure == "change" and _AVERAGE_RATE_RE.search(cl.text, 0, q.start) or q.base == "%" and cl.text.endswith(
                "年均", 0, q.start)) and not names_average:
            return "average annual rate"  # 年均增长20%, 以年均3.1%的能耗增长: over a period, not on the year before
        if not names_average and ((fig.cumulative and _EVERY_YEAR_RE.search(cl.text, 0, q.start))
                                  or (measure != "change" and _YEARLY_AVERAGE_RE.search(cl.text, 0, q.start))):
            return "average annual rate"  # 十年来…每年保持在26万人以上: each year's figure, neither a total nor one year's;
            # …比2014年增加了近36万人，每年平均有6万人左右到通州来: an average over the years
        spring = self.status is not None and self.status < fig.year or (  # 今年…控制在32以内 in an April plan
            (self.doc.published_month or 12) <= 6 and _THIS_YEAR_PLAN.search(self.text, 0, cl.start + q.start) is not None)
        if (fig.year == self.ref_year and spring and not fig.cumulative and not _standard_set(q, cl)
                and not self.subannual and not _AS_OF_RE.search(self.text) and not fig.event
                and not _now_at(self.text, cl.start + q.start) and not self._dated_before(cl.start + q.start)):
            # a spring release reports the year just closed; its figures for the year under way are plans (今年将建成16座，
            # 目前已建成4座: the 4 are done)
            return "target"
        return ""

    def _so_far_in_december(self, at: int) -> bool:
        """A December release that said how far its news runs (截至12月3日，今年…): a figure of the year with no 全年 before
        it in its sentence is of the year so far, like one of an earlier month's release."""
        return self.doc.so_far_in_december and not _WHOLE_YEAR_WORD.search(self.text, 0, at)

    def _dated_before(self, at: int) -> bool:
        """2025年2月21日，全市平原区地下水平均埋深为12.17米: a day (or a month) already past opens the sentence, so its
        figures are as of then, not the plan of a spring release."""
        found = list(_DAY_OPENER.finditer(self.text, 0, at))
        m = found[-1] if found else None
        month = self.doc.published_month
        # (2024年1月，全市基本医疗保险参保人数1168.69万人 in March: a month already over, its figures as of then)
        return m is not None and month is not None and int(m.group(1)) == self.ref_year and (
            int(m.group(2)) <= month if m.group(3) else int(m.group(2)) < month)

    def _an_average(self, q: Mention, cl: _Clause, fig: _Figure) -> bool:
        """An average rate over a period, named or not (地区生产总值年均增长5.5%左右 in a review of the plan period)."""
        return self._average_over_period(q, cl, fig) or bool(_AVERAGE_RATE_RE.search(cl.text, max(0, q.start - 8), q.start))

    def _span_change(self, q: Mention, cl: _Clause, fig: _Figure) -> bool:
        """累计增长20.8% with no part of the year nor 同比: a change over a span of years, not on the year before."""
        return (q.base == "%" and not self.subannual and fig.base_year is None and fig.period_start is None and not fig.explicit
                and _SPAN_CHANGE_BEFORE.search(cl.text, max(0, q.start - 8), q.start) is not None
                and not _YOY_RE.search(cl.text, 0, q.start))

    def _rule_period_problem(self, rule, q: Mention, cl: _Clause, fig: _Figure) -> str:
        if rule.measure == "change" and rule.base_year is None and (
                self._span_change(q, cl, fig) or _YEARS_CHANGE_BEFORE.search(cl.text, max(0, q.start - 12), q.start)):
            return "change over a span"  # …五年。地区生产总值累计增长20.8%: not the year's growth, a measure of its own
            # (常住人口五年增154.3万人: the change over five years)
        reason = self._period_problem(rule.measure, q, cl, fig, names_word(rule, "年均"), names_word(rule, self.subannual or "-"))
        if not reason and rule.whole_year and fig.year == self.ref_year and not fig.cumulative and (
                (self.doc.published_month or 12) < 12 or self._so_far_in_december(cl.start + q.start)) and "预计" not in self.text[
                :cl.start + q.start]:
            return "sub-annual period"  # 8月24日，…2021年天津港货物吞吐量突破3亿吨: the year so far, not the year's total
            # (in December too, once the release said how far: 截至12月3日，今年…港口吞吐量…。…唐山港完成5.5亿吨)
            # (预计2025年，货物吞吐量约5.9亿吨 in October: the whole year estimated, read as the year's, approx)
        if not reason and rule.measure == "change" and rule.base_year is None and self._change_over_period(q, cl, fig):
            return "other base year"  # 十年来…增长65%: the change over the period, not on the year before
        return reason

    @staticmethod
    def _average_over_period(q: Mention, cl: _Clause, fig: _Figure) -> bool:
        """年均增长6.6% inside a period the text names (“十三五”时期, 过去五年, 2015年以来): the period's average rate
        (a gap between two averages, in 个百分点, is none)."""
        return (q.base == "%" and fig.period_start is not None and fig.year is not None and fig.period_start < fig.year
                and _AVERAGE_RATE_RE.search(cl.text, 0, q.start) is not None)

    @staticmethod
    def _change_over_period(q: Mention, cl: _Clause, fig: _Figure) -> bool:
        """A change stated inside a since-period (十年来, 2014年以来) with no base year or 同比 of its own."""
        return (fig.base_year is None and fig.period_start is not None and fig.year is not None
                and fig.period_start < fig.year and not _SINCE_YOY_RE.search(cl.text, 0, q.start))

    def _negative(self, q: Mention, cl: _Clause, measure: str) -> bool:
        """A sign written stands (增长率为-1.71‰; 降幅由1月的-6.5%扩大至…: still a fall, not negated twice); a change is
        negative when it falls (measure is never change after 下降到: the value reached)."""
        return _minus(q, cl) or (measure == "change" and self._decrease(q, cl))

    def _decrease(self, q: Mention, cl: _Clause) -> bool:
        """下降5% is -5; after 分别 the verb is where the list starts (分别下降79.7%、13.0%、45.8%). 改善 of a
        concentration or an emission (PM2.5浓度…改善19.6%) is a fall of it."""
        if _DECLINE_TO.search(cl.text, 0, q.start):
            return True  # 同比降幅较一季度收窄5.7个百分点至0.5%: the fall narrowed to 0.5%, a growth of -0.5%
        at = cl.list_at
        start = max(0, at - 4) if 0 <= at < q.start and (
            q.num_start in cl.items or q.num_start in cl.pairs or q.num_start in cl.years) else max(0, q.start - 12)
        falls = list(_DECREASE_RE.finditer(cl.text, start, q.start))
        if falls and (_VALUE_REACHED.fullmatch(cl.text, falls[-1].end(), q.start)
                      or _REACHED_AFTER_FALL.fullmatch(cl.text, falls[-1].end(), q.start)):
            return False  # 常住人口增量从…56.7万人降至2016年的2.4万人: the increment fell to 2.4, it is no fall of 2.4
            # (经济增速较上年下降5.5个百分点至3.6%: the rate fell by 5.5 points to 3.6, a growth of 3.6)
        if falls:  # 在减税降费情况下增长1.5%: the verb nearest the number says the direction
            return not _INCREASE_RE.search(cl.text, falls[-1].end(), q.start)
        return bool(_IMPROVED.search(cl.text, start, q.start)) and bool(
            _POLLUTANT.search(self.text, 0, self.offset_of(cl, q)))

    def _first(self, what: str, region: str, fig: _Figure, q: Mention) -> bool:
        """The first figure of this measure, place and time in the sentence; or the exact value of a bound or a rounding
        before it (_states_exactly)."""
        key = (what, region, fig.year, fig.period_start, fig.base_year)
        amount = _Amount(q.number * q.scale, q.base, q.qualifier, q.scale * _last_digit(q.number))
        first = self.emitted.get(key)
        if first is not None and not _states_exactly(amount, first):
            return False
        self.emitted[key] = amount
        return True

    def _record(self, q: Mention, cl: _Clause, fig: _Figure, region: str, value: float, depth: int) -> dict:
        self._figure_at = (cl.text, q.start)
        quote_start = self.clauses[-(depth - 1)][0] if depth >= 2 and len(self.clauses) >= depth - 1 else cl.start
        quote = self.text[quote_start:cl.start + len(cl.text)]
        if (region == "tongzhou" and "subcentre" in self.doc.subject.headline_places
                and not _THE_DISTRICT.search(self.text, 0, cl.start + len(cl.text))):
            region = "subcentre"  # a release about the subcentre: 通州 in its text is the subcentre it is about
            # (but 副中心所在的通州区…, 全区…: the district the subcentre lies in, said as such earlier in the sentence:
            # …实现地区生产总值1508.1亿元，按现价计算，是2013年的2.56倍 is the district's too)
        return {
            "region": region,
            "year": int(fig.year),
            "period_start": fig.period_start,
            "base_year": fig.base_year if fig.base_year and fig.base_year > 0 else None,
            "value": value,
            "qualifier": "more_than" if cl.start + q.num_start in self._milestones and q.qualifier in ("exact", "approx") else q.qualifier,
            "raw": q.raw,
            "quote": " ".join(quote.split()),
            "line": self.para.line_at(self.offset + cl.start + q.num_start),
            "_dated": fig.explicit or fig.event,   # the text dates it (see _align_restated); dropped at the end
        }

    # -- candidates -----------------------------------------------------------------------------
    def _restates_a_row(self, region: str | None, fig: _Figure, q: Mention, phrase: str) -> bool:
        """A rate an earlier row of the release gave for the same region and year, under a name holding this
        phrase (the row's PM2.5年均浓度…-39.8%, then a recap: 五年来…PM2.5分别下降…39.8%)."""
        names = self.doc.rates.get((region, fig.year, q.base, q.number * q.scale)) if q.base in _RATE_UNITS else None
        return bool(names) and len(phrase) >= 2 and any(phrase in name for name in names)

    def _origin_of(self, q: Mention, cl: _Clause) -> str:
        """The one place a clause's figure comes from (北京转入3205家), named in the clause before the number."""
        origins = [r for r in cl.regions if r.origin and r.end <= q.start]
        return cl.text[origins[0].start:origins[0].end] if len(origins) == 1 else ""

    def _candidate(self, q: Mention, cl: _Clause, fig: _Figure, why_not: str, origin: str = "") -> None:
        """A number no indicator takes: a candidate if it passes the same rules, else skipped with the reason."""
        unit, scale = _unit_per_head(q, cl)
        if not unit or unit == "微克":  # 微克 alone is a mass or a cut-off 微克/立方米: no figure of ours
            self._skip(q, cl.start, cl.text, "unit mismatch" if why_not == "no indicator" and self._mismatch(q, cl.text) else why_not)
            return
        at = cl.list_at
        head = (cl.text[:at + 4 + len(_LIST_ADVERB.match(cl.text, at + 2).group())] if 0 <= at < q.start
                else cl.text[:q.start])  # 降幅分别为a、b, 分别(进一步)增长a、b: each one a change
        measure = "share" if q.term else _kind_of(q, cl, unit, head, fig.cumulative)
        if measure == "cumulative" and (_REACH_ONLY.fullmatch(cl.text, 0, q.start) or self._from_phrase(q, cl) or (
                q.base not in _RATE_UNITS and _LEVEL_REACHED_BEFORE.search(cl.text, 0, q.start)
                and not _SUMMED_BEFORE.search(cl.text, 0, q.start)) or cl.start + q.num_start in self._milestones):
            # 2021年以来新建…51家，发展到145家: the stock reached, not what the years added; 五年来，财政收入从24.3亿元
            # 增至49.2亿元: the level a change ends on; “十四五”期间…货柜吞吐量达到2400万标准箱: the level the period ends on
            # (过去五年…，突破千亿元大关: the level the years ended above)
            measure = "level"
        # “十三五”时期…年均增长17.9%: the period's average rate, a measure of its own
        average = not origin and measure == "change" and self._an_average(q, cl, fig)
        span = measure == "change" and not average and self._span_change(q, cl, fig)
        phrase, cid, period = self._measure_of(q, cl, unit, measure, origin, average, span)
        phrase, cid = _marked_no_base(why_not, phrase, cid)
        if period is None and not average and _ACCOUNTS_PHRASE.fullmatch(phrase) and self._accounts_not_out(fig):
            fig.year -= 1  # …人均生产总值达到61578元，比1978年增长201.6倍, in November: the change of the same accounts
        reason = (self._not_a_figure(q, cl, fig, unit, measure) or _days_of_no_kind(unit, phrase, q, cl)) if phrase else (
            why_not if why_not not in ("", "no indicator", "sub-annual period") else "no measure phrase")  # never an empty id
        region = None
        if not reason:
            region, reason, phrase, cid = self._candidate_region(q, cl, phrase, cid, (unit, measure, period))
        if not reason and not self._first(cid, region, fig, q):
            phrase, cid, reason = self._real_beside_nominal(q, cl, (phrase, cid), (unit, measure, period), region, fig)
        key = (region, fig.year, period, q.base or q.unit_written, q.number * q.scale, cid if unit in _RATE_UNITS or measure == "change" else "")
        if not reason and (key in self.doc.seen or self._restates_a_row(region, fig, q, phrase)):
            reason = "repeated"  # the same figure again (lead and body, a recap): one fact, not two candidates
        if reason == "sub-area" and region:
            self.doc.seen.add(key)  # the park's figure said again without the park (…签约商户7000余户) is still the park's
        if reason:
            self._skip(q, cl.start, cl.text, "unit mismatch" if why_not == "no indicator" and self._mismatch(q, cl.text) else reason)
            return
        value = convert(q.number, q.scale, scale)
        if self._negative(q, cl, measure):
            value = -value
        row = self._candidate_dates(self._record(q, cl, fig, region, value, 0), q, cl, fig, measure, average)
        self.doc.seen.add(key)
        mapped = self.comp.synonyms.get(cid) or self._lead_rows_measure(q, phrase)
        if mapped is not None and self._synonym_row(mapped, q, row, measure, cl.text[:q.start].replace(phrase, " "), phrase):
            return
        row.update(candidate_id=cid, phrase=phrase, unit=unit, measure=measure)
        self.result.candidates.append(row)
        if not key[5]:
            self.doc.later.append((row, key, (self.text, row["line"])))

    def _candidate_dates(self, row: dict, q: Mention, cl: _Clause, fig: _Figure, measure: str, average: bool) -> dict:
        """A candidate's period and base: a running total keeps its start, an average rate the period it averages
        over; a change over a period is based on its start; a change on the year before has no base."""
        if measure != "cumulative" and not average:
            row["period_start"] = None
        if measure == "change" and not average and self._change_over_period(q, cl, fig):
            row["base_year"] = fig.period_start  # 五年来…分别下降63.5%: the change since the period's start
        if measure == "change" and row["base_year"] == row["year"] - 1:
            row["base_year"] = None  # year on year, as for catalogued changes
        return row

    def _land_of(self, q: Mention, cl: _Clause) -> tuple[str, str] | None:
        """(place, the kind of land) when the number's nearest place is a kind of land of a place of ours (全市平原地区,
        北京山区), named in its clause with no other place between: a candidate of that place, its land in the phrase
        (a catalogued indicator stays the whole place's, and skips it)."""
        before = [r for r in cl.regions if r.end <= q.start]
        part = before[-1] if before else None
        if part is None or part.land_of is None:
            return None
        owner = part.land_of.region
        if owner == ANAPHOR:
            owner = self.doc.subject.resolve(part.land_of.kind)
        word = _LAND_WORD.search(cl.text, part.start, part.end)
        return (owner, word.group()) if owner and owner not in (OTHER, ANAPHOR) and word else None

    def _land_region(self, q: Mention, cl: _Clause, phrase: str, cid: str, kind: tuple) -> tuple[str, str, str] | None:
        """(region, phrase, id) of a figure of a kind of land of a place of ours: the land's own region when the
        catalogue has one (全市平原地区累计造林面积达117万亩, in Beijing: 北京平原地区), else the place's, the land put
        in the phrase (北京山区森林覆盖率: a measure of Beijing)."""
        land = self._land_of(q, cl)
        if land is None:
            return None
        if part := self.comp.land_parts.get((land[0], land[1].replace("地区", "区"))):
            return part, phrase, cid
        if land[1] not in phrase:
            phrase = (land[1] + phrase)[-MAX_PHRASE:]
            cid = _period_id(phrase, kind)
        return land[0], phrase, cid

    def _candidate_region(self, q: Mention, cl: _Clause, phrase: str, cid: str, kind: tuple):
        """(region, reason, phrase, id) of a candidate: a park's figure has no region of ours; the development
        zones' figure of a region gets an id of its own (开发区…), never the region's measure."""
        region, reason = self._region(None, None, q, cl)
        if reason == "other region" and (land := self._land_region(q, cl, phrase, cid, kind)) is not None:
            (region, phrase, cid), reason = land, ""
        if (line := self._line_length(q, cl, kind[0])) is not None:
            region, reason = line[0], ""
            if line[1]:
                phrase, cid = line[1], _period_id(line[1], kind)
        if not reason and self._event_of_several(q, cl):
            reason = "ambiguous region"  # 北京·廊坊对接会签约项目46个: the meeting of two places, whose total is it?
        if not reason and not self.zone and (_PARK_WORDS.search(phrase) and self._one_park(q, cl, region)
                                             or _SITE_OF_REGION.match(phrase) or self._sites_listed_before(q, cl)
                                             or self._site_subject(q, cl) or self._bare_zone_subject(q, cl)):
            reason = "sub-area"  # …科技生态港顺义园区重点推进项目20余个: a park's figure, the park no region of ours
        if not reason and _ZONES_PHRASE.match(phrase) and not _ZONES_PHRASE.fullmatch(phrase) and region not in self.comp.zones:
            reason = "sub-area"  # 我省高新区实现营业收入…, 全省30个省级以上高新区工业增加值: the zones', none of our regions
            # (全市共设省级开发区12个: how many zones the place has, its own count)
        if not reason and region and self._site_of(region, q, cl):
            reason = "sub-area"  # 河北永清国际服装城…已签约670余家服装制造企业入驻: the market's, not 永清's
        if not reason and _AID_WEST.search(self.text, 0, cl.start + len(cl.text)) and not self._aid_given(q, cl, phrase, region):
            reason = "other region"  # 我市拨付东西部合作和支援合作财政资金28.5亿元, 助力受援地区…3904个贫困村中3787个退出: aid to
            # the west and its results, the paired places' (none of ours), not the giver's; but a figure told before the
            # sentence comes to them is still the giver's own (…投入帮扶资金65.16亿元，…，助推受援地区25个县脱贫摘帽)
        if not reason and _VILLAGE.search(cl.text) and not _WHOLE_PLACE.search(cl.text):
            reason = "sub-area"  # 全村共553户完成“煤改电”, 近40户村民…盖起了农家院: a village's count, no region's
        if not reason and self.zone and not any(z in phrase for z in _ZONE_WORDS):
            reason = "sub-area"  # (the zones a place was named with: their figure, as in _candidate_instead)
        return region, reason, phrase, cid

    def _site_subject(self, q: Mention, cl: _Clause) -> bool:
        """基地前7个月整车交付12.6万辆，同比增长22%; 该集团共有245场演出: a site or a body opens the clause (or the
        sentence, for a clause with no words of its own) as the subject of its figures, none of our regions."""
        own = cl.text[:q.start].strip("，,；; ")
        at = self.offset_of(cl, q)
        if _CJK_WORDS.search(own) and not _RATE_ONLY.fullmatch(own):
            return bool(_SITE_SUBJECT.match(own)) and not self._named_between(cl.start, at)
        # a rate alone (同比减少7.4%) is of the clause before it, of the part of the sentence it closes (from the last
        # 「；」), or of the sentence
        part = max(self.text.rfind("；", 0, cl.start), self.text.rfind(";", 0, cl.start)) + 1
        before = max(self.text.rfind(mark, 0, max(0, cl.start - 1)) for mark in "，,；;") + 1
        return any(_SITE_SUBJECT.match(self.text, start, at) and not self._named_between(start, at)
                   for start in {before, part, 0})

    def _bare_zone_subject(self, q: Mention, cl: _Clause) -> bool:
        """这样，高新区已有4家国家级孵化器…，在孵企业660家: a zone said with no place opens the sentence, in a release not on
        a zone of ours (天津经济技术开发区…：开发区已聚集企业2万多家 is the zone's): the zone's figures, none of our regions."""
        if self.doc.subject.implicit in self.comp.zones:
            return False
        at = self.offset_of(cl, q)
        zone = _BARE_ZONE_SUBJECT.match(self.text, 0, at) or _COUNTED_ZONES_OPENING.match(self.text, 0, at)
        return zone is not None and not self._named_between(zone.end(), at)

    def _sites_listed_before(self, q: Mention, cl: _Clause) -> bool:
        """秦皇岛市天女小镇、老君顶等景区开展…，假期3天共接待游客1.6万人次: the sites listed are the subject, with no
        place named after them."""
        at = self.offset_of(cl, q)
        listed = next(reversed(list(_SITES_LISTED.finditer(self.text, 0, at))), None)
        return listed is not None and not self._named_between(listed.end(), at)

    def _named_between(self, start: int, end: int) -> bool:
        """A place named as a subject between two points of the sentence (its places found once: _places)."""
        return any(r.named and start <= r.start and r.end <= end for r in self._places)

    @staticmethod
    def _aid_given(q: Mention, cl: _Clause, phrase: str, region: str | None) -> bool:
        """2024年，石景山区安排区级财政支援协作资金1200余万元: the money the giver, named in the clause, puts in; its own
        figure even where the sentence speaks of the aid to the west."""
        return q.base == "元" and "资金" in phrase and any(
            r.region == region and r.end <= q.start and r.named for r in cl.regions)

    def _line_length(self, q: Mention, cl: _Clause, unit: str) -> tuple[str, str | None] | None:
        """(line, phrase or None) when a length is that of the line of ours the sentence opens on: its whole length
        said after the places it runs through (京唐城际铁路起自…，经…，进入唐山市，…，线路全长150公里), or a section named
        by its ends (京滨城际铁路…，线路从宝坻站向南引出，经…，宝坻至滨海西段长97公里: 区段长度, not the first end's)."""
        if unit not in _LENGTH_UNITS:
            return None
        size = _DIMENSION_END.search(cl.text, self._own_start(q, cl), q.start)
        if size and not any(r.named and r.end <= size.start() for r in cl.regions) and (
                line := self._line_then_route(cl.start + size.start())):
            return line, None
        segment = _SEGMENT_LENGTH.search(cl.text, 0, q.start)
        if segment and all(segment.start() <= r.start for r in cl.regions if r.start < q.start) and (
                line := self._line_then_route(cl.start + segment.start())):
            return line, "区段长度"
        return None

    def _site_of(self, region: str, q: Mention, cl: _Clause) -> bool:
        """The sentence's last naming of a place before the number names a site of the region (a market, a town, a
        campus: 沧州明珠商贸城), not the region (…天开西青园…；全区新增…: 全区 named last, the district's; where firms come from is
        no naming of a subject)."""
        upto = self.offset_of(cl, q)
        every = [m for m in self._places if m.end <= upto]
        found = [m for m in every if not (m.origin or m.partner)]
        if (found and found[-1].region == ANAPHOR and self.text[found[-1].start:found[-1].end] == "园区" and not self.doc.park_of_host
                and self.doc.subject.implicit not in self.comp.zones):
            return True  # 园区内入驻食品企业已达35家: the park's own count (a 中关村 park's is its host's, as the catalogue keeps it;
            # 示范区 is a zone standing for its area: 曹妃甸示范区已签约北京项目371个)
        if _SITE_DEMONSTRATIVE.search(self.text, found[-1].end if found else 0, upto):
            return True  # 该中心已累计对接企业逾200家, 该工程路基…完成82%: the site named before
        named = [m for m in every if m.origin and m.region not in (OTHER, ANAPHOR)
                 and SITE_NAMED_AFTER.match(self.text, m.end) and _SITE_NAME_GAP.match(self.text, m.end)]
        if named and (not found or named[-1].start > found[-1].start) and (
                named[-1].start >= cl.start or _SUBJECT_OPENING.fullmatch(re.split(r"[，,。；;：:]", self.text[:named[-1].start])[-1])):
            return True  # 保定直隶总督署博物馆接待观众45万人次: a museum, a park, a theatre named after its place, in the
            # number's own clause or opening the sentence's (唐山世界园艺博览会盛况空前，…，三天共接待游客15.5万人次; but
            # 启动…森林公园建设，新增造林5万亩: the parks built are no subject of the next)
        return bool(found) and found[-1].region == region and bool(SITE_AFTER.match(self.text, found[-1].end))

    @cached_property
    def _places(self) -> list[RegionMention]:
        """The places the whole sentence names, found once (each figure's site check and the subject's words ask)."""
        return self.comp.regions.find(self.text)

    def _one_park(self, q: Mention, cl: _Clause, region: str | None) -> bool:
        """The park a candidate's phrase names is one park, none of our regions; not a region's zones counted together
        (全省30个省级以上高新区), nor a new area's 中关村 park (雄安新区中关村科技园新增入驻企业), which its new area keeps with
        the park in its measure, as the catalogue's park rows are kept."""
        if _ZONES_COUNTED.search(cl.text, 0, q.start):
            return False
        return not (self.comp.region_levels.get(region) == "new_area"
                    and any(r.region == region and _ZGC_AFTER.match(cl.text, r.end) for r in cl.regions))

    def _at_current_prices(self, q: Mention, cl: _Clause) -> bool:
        """The price basis named last before the number (within the clause before it) is current prices."""
        if _COMPARABLE_AFTER.match(cl.text, q.end):
            return False  # 生产总值完成…(快报数,现价,下同),同比增长1.6%(按可比价计算): the rate's own basis, said after it
        at = self.offset_of(cl, q)
        bases = _PRICE_BASIS.findall(self.text, max(0, at - 20), at)
        return bool(bases) and bases[-1] in ("现行价格", "现价", "名义")

    def _measure_of(self, q: Mention, cl: _Clause, unit: str, measure: str, origin: str = "",
                    average: bool = False, span: bool = False) -> tuple[str, str, str | None]:
        """(phrase, candidate id, part of the year) of a candidate; phrase '' when it names no measure. A part
        from one origin (北京转入3205家) carries the origin in its phrase."""
        phrase = self._candidate_phrase(q, cl, measure)
        if not phrase and unit in ("万人", "人") and measure == "level" and any(r.named and r.end <= q.start for r in cl.regions) and (
                _PLACE_HAS_PEOPLE.fullmatch(self._without_places(cl.text[:q.start]))) and not cl.text[q.end:].strip("，,。；;”\"’' "):
            phrase = "普查人口" if "人口普查" in self.text else "人口"  # “通州区到去年年底有184万人，…”: how many people a place
            # has, its population (第七次全国人口普查的结果显示，…: the census count)
        if not origin:  # 其中北京项目234个，天津项目34个: the projects of each origin, measures of their own
            origin = next((cl.text[r.start:r.end] for r in cl.regions if r.of_projects and r.end <= q.start), "")
        if measure == "change" and phrase and not phrase.startswith("名义") and self._at_current_prices(q, cl):
            phrase = "名义" + phrase  # 按现行价格计算，同比增长11.0%；按不变价格计算，同比增长7.8%: two measures, not one twice
        counted = None
        if phrase in ("总投资", "总投资额", "投资", "投资额"):  # (the count in this clause, before it, or in the clause before)
            counted = _PROJECT_COUNT.search(cl.text, 0, q.start) or _COUNTED_AFTER.match(cl.text, q.end) or (
                _PROJECT_COUNT.search(self._earlier[0]) if self._earlier else None)  # (总投资25.85亿元的10个项目)
        if counted:  # 开工建设项目56个，总投资391亿元; 签订合作协议30项，总投资…: the total of what was just counted
            generic = (counted.group(1) or counted.group(2)) + phrase
            # (a second count's total in the sentence: …项目210个、总投资183亿元，并…疏解功能项目113个、总投资509亿元)
            own = self._counted_phrase(q, cl) if generic in self._count_totals else ""
            phrase = own + phrase if own else generic
            self._count_totals.add(generic)
        elif phrase == "投资" and measure == "change" and (
                _PLACE_INVESTMENT.search(cl.text, 0, q.start) or _PERIOD_INVESTMENT.search(cl.text, 0, q.start) or (
                    _BARE_INVESTMENT_CHANGE.fullmatch(cl.text, 0, q.start) and _PLACE_CLAUSE_BEFORE.search(self.text, 0, cl.start))):
            # 雄安新区投资同比增长15.2%, (雄安新区…，)上半年投资较去年增长13.5%: a place's investment, as statistics
            # bureaus count it
            phrase = "固定资产投资"
        elif phrase == "投资" and _INVESTMENT_DONE.search(cl.text, self._own_start(q, cl), q.start):
            phrase = "完成投资"  # 截至4月底，新开工27项，…完成投资163.5亿元: what the works spent so far, not a bare kind
        elif phrase in ("总投资", "总投资额") and not _FACILITY.search(self.para.text, 0, self.offset + self.offset_of(cl, q)):
            phrase = ""  # 廊坊市经济稳定增长，总投资320亿元: the total of nothing named (物流园…总投资达9亿元 is the park's)
        if phrase:
            registered = ("户籍" not in phrase and bool(_PEOPLE_COUNTED_WORDS.search(phrase))
                          and self._on_registered_people(q, cl))  # (其中城镇人口513166人 after 年末户籍人口为…: theirs)
            phrase = _with_partner(cl, q, _scoped_phrase(("户籍" if registered else "") + phrase, _age_band_before(q, cl), span,
                                                         average, origin), origin)
        if self._no_measure(q, cl, phrase):
            # 第二批疏解至雄安的4家央企总部: the words before are no measure, the things counted after the number are
            phrase = self._thing_counted(q, cl)
            if self._no_measure(q, cl, phrase):
                return "", "", None  # 注册成立, 推动区域内, 报告显示, 由峰值时: a verb, a place or a time, not what is measured
        period = self.period_key
        # 上半年|地区生产总值|亿元: a part of the year is its own measure, never the year's
        return phrase, _period_id(phrase, (unit, measure, period)), period

    def _no_measure(self, q: Mention, cl: _Clause, phrase: str) -> bool:
        """A verb, a place, a time or a bare noun: words that name no measure."""
        return bool(not phrase or _NOT_A_MEASURE_END.search(phrase) or _PERIOD_ONLY.fullmatch(phrase) or _POINTER_ONLY.fullmatch(phrase)
                    or _BARE_NOUN.fullmatch(phrase) or (phrase in ALL_UNIT_WORDS and phrase != "指数")
                    or (phrase in _BARE_COUNT_NOUN and not cl.text[self._own_start(q, cl):q.start].strip()))

    def _thing_counted(self, q: Mention, cl: _Clause) -> str:
        """The things a count after 的 names right after it (…的4家央企总部已…), '' for any other number."""
        if (q.base not in _COUNT_UNITS and q.base not in ("名", "人", "户", "栋", "架", "台")) or not cl.text[:q.start].endswith("的"):
            return ""  # (组织11家…机构入驻, 带动2000名…人口增收: whom a deed took along, no count the place reports)
        thing = _THING_COUNTED_AFTER.match(cl.text, q.end)
        return normalise(thing.group(), []) if thing else ""

    def _real_beside_nominal(self, q: Mention, cl: _Clause, named: tuple[str, str], kind: tuple, region: str | None,
                             fig: _Figure) -> tuple[str, str, str]:
        """(phrase, id, reason) of a change whose measure the sentence already gave: the real change beside the
        nominal one (…总产值同比下降12.3%，扣除价格因素实际下降10.6%) is a measure of its own; any other is the same
        measure said twice, whose region is in doubt."""
        phrase, cid = named
        if kind[1] == "change" and _REAL_TERMS.search(cl.text, 0, q.start):
            real = "实际" + phrase
            if self._first(real_id := _period_id(real, kind), region, fig, q):
                return real, real_id, ""
        if kind[1] == "level" and _ALL_SO_FAR.search(cl.text, 0, q.start) and self._first(
                total_id := _period_id(phrase, (kind[0], "cumulative", kind[2])), region, fig, q):
            return phrase, total_id, ""  # 与北京共建…蔬菜生产基地52家，累计达115家: this year's new ones, then all so far
        return phrase, cid, "ambiguous region"

    def _counted_phrase(self, q: Mention, cl: _Clause) -> str:
        """…项目210个、总投资183亿元，并…北京疏解功能项目113个、总投资509亿元: the projects counted just before in the
        clause, by their own phrase, so that two counts' totals in one sentence stay two measures."""
        prev = [o for o in cl.quantities if o.end <= q.start]
        if not prev and (after := _COUNTED_AFTER.match(cl.text, q.end)):
            deed = _DEED_OF_COUNTED.match(cl.text, after.end())  # 总投资48亿元的8个项目竣工投产: what those projects did
            return deed.group(1) + after.group(2) if deed else ""
        if not prev or prev[-1].base not in ("个", "项"):
            return ""
        own = self._own_phrase(prev[-1], cl)
        return own if own.endswith(("项目", "协议", "合同", "工程")) else ""

    def _mismatch(self, q: Mention, clause: str) -> bool:
        """An indicator's words are all in the clause but it takes another unit: 'unit mismatch', not 'no indicator'."""
        if self._all_viable is None:
            self._all_viable = viable(self.comp.rules, self.present)
        return any(words_match_locally(r, clause) for r in self._all_viable if q.base not in r.bases)

    def _from_phrase(self, q: Mention, cl: _Clause) -> str:
        """收入由2012年的8081元增长到2021年的18179元: the end of a change has the measure of its start (in the clause
        before when the start ends it: 列车数量从最初的47对，增至现在的108.5对)."""
        prev = [o for o in cl.quantities if o.end <= q.start]
        if not prev and self._lasts and _TO_VALUE.fullmatch(cl.text, 0, q.start):
            first, clause = self._lasts[-1]
            last = [o for o in clause.quantities if o.start >= first.start][-1]
            return self._own_phrase(last, clause) if _FROM_POINT.search(clause.text, 0, last.start) and not clause.text[
                last.end:].strip() else ""
        return self._own_phrase(prev[-1], cl) if prev and (_TO_VALUE.fullmatch(cl.text, prev[-1].end, q.start) or _TURNED_TO.fullmatch(
            cl.text, prev[-1].end, q.start)) else ""  # (…增加值由上年同期增长0.8%转为下降1.6%: the same measure, turned)

    def _place_series_phrase(self, q: Mention, cl: _Clause, prev: list[Mention]) -> str:
        """京津两地每万人医疗机构床位数均出现下降，北京由2007年的69.9张/万人降低至2016年的53.9张/万人，天津由47.2张/万人
        降低至42.2张/万人，而河北呈显著上升趋势，由30.0张/万人增加至48.3张/万人: each place's series from one value to
        another, of the measure the trend clause before names, or the series before it ('' for any other number)."""
        start = prev[-1] if prev and _TO_VALUE.fullmatch(cl.text, prev[-1].end, q.start) else None if prev else q
        if start is None or not _PLACE_FROM_OPENS.fullmatch(self._without_places(cl.text[:start.start])):
            return ""
        before = self._numberless_clause_before(cl)
        if not any(r.named and r.end <= start.start for r in cl.regions) and not any(r.named for r in self.comp.regions.find(before)):
            return ""
        series_before = bool(self._lasts) and _PLACE_FROM_OPENS.fullmatch(
            self._without_places(self._lasts[-1][1].text[:self._lasts[-1][0].start])) is not None
        self._series_phrase = _PLACES_PAIRED.sub("", self._trend_just_before(cl)) or (self._series_phrase if series_before else "")
        return self._series_phrase

    def _phrase_nearby(self, q: Mention, cl: _Clause, prev: list[Mention], measure: str) -> str:
        """The measure of a number with no words of its own, from the numbers next to it: the start of its change
        (由2012年的8081元增长到…), the series a trend clause names (外来人口规模不断下降，2015年达822.6万人，2016年为
        807.5万人), the amount just given (地方级一般公共预算收入预计完成43.1亿元、同口径增长5.5%)."""
        if start_phrase := self._from_phrase(q, cl):
            return start_phrase
        if measure in ("level", "cumulative") and not self._lasts and (named := self._named_before(q, cl)):
            return named  # 今年前5月，黄骅港吞吐量突破亿吨，达到1.01亿吨: what the numberless clause before names
        if measure == "level" and (named := self._place_series_phrase(q, cl, prev)):
            return named
        if measure == "multiple" and not prev and _MULTIPLE_POINT.fullmatch(cl.text, 0, q.start) and (
                named := self._trend_just_before(cl)):
            return named  # …教育、社会保障、就业和医疗卫生支出快速增加，2020年为2014年的1.8倍: the trend's measure, multiplied
        if SERIES_POINT.fullmatch(cl.text, 0, q.start) and (head := self._series_head() or self._series_first(q)):
            return head
        if measure == "change" and _CHANGE_POINT.fullmatch(cl.text, 0, q.start) and (
                head := self._series_head(_CHANGE_POINT_CLAUSE, _trend_sentence)):
            return head  # 朝阳区GDP增速一直很稳。2019年增长6.1%，2020年…回落1.9%，2021年反弹7.5%: each year's point
        if measure == "change" and not prev and _SUMMED_CHANGE_ONLY.fullmatch(cl.text, 0, q.start) and (
                named := self._trend_just_before(cl)):
            return named  # 深层地下水水位连续6年回升，累计回升11.8米: the sum of the trend the clause before names
        if measure == "level" and _BASE_LEVEL_BEFORE.fullmatch(cl.text, 0, q.start) and self._lasts and (
                self._lasts[-1][0].base == q.base) and self.last_phrase:
            return self.last_phrase  # …日均清运量2.2万吨，比2019年的2.77万吨下降20.42%: the base year's level of that measure
        if measure == "level" and self.last_phrase and self._verb_only_head(q, cl):
            # 地区生产总值年均增长6.1%，2020年一举跨过千亿大关，完成1006.9亿元; 北京拥有1498个社区养老驿站，天津有1701个:
            # a clause with a verb and maybe a place, the measure the clause before named
            return _AVERAGE_WORDS.sub("", self.last_phrase).removesuffix("年") or self.last_phrase
        if prev and ((measure == "change" and cl.text[prev[-1].end:prev[-1].end + 1] == "、")
                     or _SAME_MEASURE_GAP.fullmatch(cl.text, prev[-1].end, q.start)):
            return self._own_phrase(prev[-1], cl) or self._named_before(prev[-1], cl)  # (新增通车里程6条段、445公里: one
            # measure counted in two units; …刷新历史纪录，以突破1200万人次、同比增长20.4%…: the record's measure grew)
        if not prev and measure == "change" and q.base != "%" and (carried := self._measure_of_sentence_before(q)):
            self._carried = carried  # (…，增长25.36%: the growth of the same measure)
            return carried
        example = _EXAMPLE_LEAD.search(self.text, 0, cl.start + q.start) if measure == "level" else None
        return self._words_of(example.group(1)) if example else ""  # 以人均可支配月收入为例，2013年河北为1882元，北京为…

    def _reached_phrase(self, q: Mention, cl: _Clause, phrase: str, prev: list[Mention]) -> str | None:
        """The measure of a level reached, from the clause before (None when the number is no such level); or of
        an average rate after a series in its clause."""
        if not phrase and len(prev) >= 2 and _AVERAGE_AFTER_SERIES.fullmatch(cl.text, prev[-1].end, q.start) and (
                series := self._from_phrase(prev[-1], cl)):
            return "年均" + series  # 收入从22955元增至34358元、年均增长8.4%: the measure the series went up in, on average a
            # year (not the measure of the clause before)
        if not phrase and not prev and (named := self._named_before(q, cl)):
            return named  # 全省发明专利授权量首次突破万件，达12022件: the measure of the mark passed just before
            # (…营业收入1.7万亿元，利润连续5个月正增长，全年达到958亿元: the profit, named nearer than the revenue)
        if _REACH_ONLY.fullmatch(cl.text, 0, q.start) and self.last_phrase:
            # 新建创新平台51家，发展到145家: the stock reached, of what the clause before added to
            return _NEW_WORD.sub("", self.last_phrase) or self.last_phrase
        if not phrase and not prev and _TO_LEVEL_ONLY.fullmatch(cl.text, 0, q.start) and self._lasts and (
                self._lasts[-1][0].base == "%" and q.base not in _RATE_UNITS):
            return self.last_phrase  # 2022年增长550%，至0.78亿千瓦时: the level the change ended on, of its measure
        return None

    def _term_or_part_phrase(self, q: Mention, cl: _Clause, prev: list[Mention]) -> str:
        """三次产业结构为0.8:22.3:76.9: the first term is 第一产业比重; 城市公厕等级达标率达到96.74%，而农村地区达到76.35%: the
        same measure of the other part."""
        if q.term:
            return q.term + "比重"
        part = None if prev else _PART_ONLY.fullmatch(cl.text, 0, q.start)
        return _other_part(self.last_phrase, part.group("part")) if part and self.last_phrase else ""

    def _item_phrase(self, q: Mention, cl: _Clause, prev: list[Mention]) -> str | None:
        """The measure of an item of a list the sentence opened: a place's (北京3.2家，天津2.9家) or a year's
        (各年度接听总量分别为：2021年30.2万个，2022年38.2万个: each year's value of the measure the series opens on)."""
        if (item := self._place_item_phrase(q, cl, prev)) is not None:
            return item
        if not prev and _YEAR_ITEM_BEFORE.fullmatch(cl.text, 0, q.start) and (
                series := _YEAR_SERIES_BEFORE.search(self.text, 0, cl.start)):
            return self._words_of(series.group("m"))
        return None

    def _candidate_phrase(self, q: Mention, cl: _Clause, measure: str) -> str:
        prev = [o for o in cl.quantities if o.end <= q.start]
        if first := self._term_or_part_phrase(q, cl, prev):
            return first
        phrase = self._own_phrase(q, cl) or _rate_named_after(q, cl)
        if not phrase and (near := self._phrase_nearby(q, cl, prev, measure) or self._listed_place_phrase(q, cl, prev, measure)):
            return near
        if not phrase and prev and _TOTAL_ASIDE_OPEN.fullmatch(cl.text, prev[-1].end, q.start):
            return self._candidate_phrase(prev[-1], cl, measure)  # 培育…企业596家(累计2162家): the same firms, all years
        if not phrase and (same := self._phrase_of_the_same(q, cl, prev, measure)):
            return same
        if not phrase and prev and (q.num_start in cl.pairs or q.num_start in cl.years) and _BARE_LIST_GAP.fullmatch(
                cl.text, prev[-1].end, q.start):
            # 北京、天津和河北法人单位数为98.9万家、29.1万家和115.1万家: the measure of the number before (2021年和2022年…
            # 分别为1200张和1500张: each year's)
            phrase = self._candidate_phrase(prev[-1], cl, measure)
        if not phrase and measure == "share" and _SHARE_OF_NOUN.match(cl.text, q.end):
            # 近七成企业外迁至津冀: the share's own noun follows it; the clause before measured something else
            noun = _DESTINATION.split(_AFTER_STOP.split(cl.text[q.end:], maxsplit=1)[0], maxsplit=1)[0]
            return normalise(noun, [(r.start - q.end, r.end - q.end) for r in cl.regions if r.start >= q.end])
        if measure == "share" and "占" in phrase[1:] and _NOT_A_MEASURE_END.search(phrase):
            # 北京输出津冀技术合同成交额约占北京流向外省市的1/3: the whole after 占 is a place; the part before it is the measure
            return phrase.rsplit("占", 1)[0].rstrip("约近超") + "占比"
        if (reached := self._reached_phrase(q, cl, phrase, prev)) is not None:
            return reached
        if not phrase and (measure in ("change", "share", "multiple", "cumulative") or q.num_start in cl.pairs
                           or _AVERAGE_HEAD.search(cl.text, 0, q.start)):  # …范围为49-97，平均为71: the same measure
            # "…增长5.2%", "北京、天津和河北分别为21791亿元…": the measure of the clause before
            return _year_on_year_of(self._last_measure(measure == "change" and q.base == "%" and bool(  # "…43760.7亿元，增长5.2%"
                _LEVEL_GREW_BEFORE.search(cl.text, 0, q.start))), q, cl, measure)  # (…比例达到70.4%，提高了53.8%: the share's own rise)
        if not phrase and (item := self._item_phrase(q, cl, prev)) is not None:
            return item
        if (phrase in RATE_WORDS or _THIS_FIGURE.search(phrase)) and self.last_phrase:
            # "…增长5.1%，增速比上年提高0.3个百分点": the growth rate's change; …，而到2023年这一数字已增至…: the measure
            # of the figure before
            return self.last_phrase + ("" if _THIS_FIGURE.search(phrase) else phrase)
        return phrase

    def _phrase_of_the_same(self, q: Mention, cl: _Clause, prev: list[Mention], measure: str) -> str:
        """The phrase of the number before, when this one measures the same thing again."""
        if _reached_after_change(q, cl):
            # 万吨级以上泊位较2020年增加24个、达到147个: the level reached, of the measure the change had
            return self._candidate_phrase(prev[-1], cl, "change")
        if prev and prev[-1].base == q.base and _YEAR_ITEM_GAP.fullmatch(cl.text, prev[-1].end, q.start):
            # 税收收入2021年完成31.2亿元、2022年完成35.6亿元: each year's item of the measure named once
            return self._candidate_phrase(prev[-1], cl, measure)
        if self._other_count_of_the_same(q, cl, prev):
            # 城乡低保共覆盖8.57万户，14.31万人; 共有7.6万户、12.68万人: the same people counted in another unit
            return self._candidate_phrase(prev[-1], cl, measure) if prev else self.last_phrase
        return ""

    def _other_count_of_the_same(self, q: Mention, cl: _Clause, prev: list[Mention]) -> bool:
        """The number alone ends the clause, right after a count in another unit: the clause before ended on it
        (…覆盖8.57万户，14.31万人) or it comes just before, 、 or nothing between (共有7.6万户、12.68万人)."""
        if cl.text[q.end:].strip("，,。；;、 ") or q.base not in _HEADCOUNT_UNITS:
            return False
        if prev:  # (贫困人口34575户93046人: the two counts run together)
            last, joined = prev[-1], prev[-1].end == q.start or bool(_BARE_LIST_GAP.fullmatch(cl.text, prev[-1].end, q.start))
        elif self._lasts and not cl.text[:q.start].strip():
            clause = self._lasts[-1][1]
            last = clause.quantities[-1]
            joined = not clause.text[last.end:].strip("，,。；;、 ")
        else:
            return False
        return joined and last.base in _HEADCOUNT_UNITS and last.base != q.base

    def _place_item_phrase(self, q: Mention, cl: _Clause, prev: list[Mention]) -> str | None:
        """The measure of a clause that is a place and its value (None when it is not one)."""
        if not prev and self._lasts and _ITEMS_TOTAL_ONLY.fullmatch(cl.text, 0, q.start) and all(
                _PLACE_ITEM.search(c.text, 0, first.start) for first, c in self._lasts):
            return self.last_phrase or self._measure_heading()  # 北京334家、天津64家、河北137家，共计535家: the items'
            # total, of their measure
        if _PLACE_ITEM.search(cl.text, 0, q.start) and all(
                _PLACE_ITEM.search(c.text, 0, first.start) or _ITS_SHARE.fullmatch(c.text.strip("，,；;")) for first, c in self._lasts):
            # …集聚超过20万家大健康企业。其中，北京市超过7万家、天津市近3万家: each place's part of the lead's measure
            return self._measure_heading() or self._lead_phrase(q.base)
        if not prev and self._next_place_item(q, cl):
            return self.last_phrase  # 北京接待游客3.29亿人次，天津2.3亿人次: the next place's value, of the same measure
        return None

    def _next_place_item(self, q: Mention, cl: _Clause) -> bool:
        """The clause is one place of ours and the number (，天津2.3亿人次), after a clause whose first number, of the same
        unit, is another place's of ours (北京接待游客3.29亿人次)."""
        if not self._lasts or not _PLACE_ITEM.search(cl.text, 0, q.start):
            return False
        here = [r for r in cl.regions if r.end <= q.start and r.region not in (OTHER, ANAPHOR)]
        first, clause = self._lasts[-1]
        if _DISTANCE_BEFORE.search(clause.text, 0, first.start):
            return False  # 距北京200公里，天津230公里: how far, after a distance
        return len(here) == 1 and first.base == q.base and any(
            r.end <= first.start and r.region not in (OTHER, ANAPHOR, here[0].region) and not r.compared for r in clause.regions)

    @staticmethod
    def _place_value_bracket(q: Mention, cl: _Clause) -> bool:
        """张家口(33)、承德(42): a place's own value in brackets right after its name, no aside."""
        opened = cl.text.rfind("(", 0, q.start), cl.text.rfind("（", 0, q.start)
        at = max(opened)
        return at > 0 and not cl.text[at + 1:q.num_start].strip() and any(
            r.end == at and r.region not in (OTHER, ANAPHOR) for r in cl.regions)

    def _listed_place_phrase(self, q: Mention, cl: _Clause, prev: list[Mention], measure: str) -> str:
        """…PM2.5月均浓度由低到高顺序，依次是承德16微克/立方米: the first place of a ranking has the measure the ranking is
        by; 、张家口16微克/立方米: the next place's value after another's in the clause has the same measure."""
        if not prev:
            return self._ranked_measure(cl) if _RANKED_ITEM_HEAD.match(cl.text) or _RANKED_LEAD_END.search(
                self.text, 0, cl.start) else ""
        if prev[-1].base == q.base and self._place_only_between(cl, prev[-1].end, q.start):
            return self._candidate_phrase(prev[-1], cl, measure)
        return ""

    def _ranked_measure(self, cl: _Clause) -> str:
        """The measure a ranking of places is by, named in the clause before its items (全省11个设区市PM2.5月均浓度由低到高
        顺序，依次是…), past the count of the places ranked."""
        before = _RANKED_LEAD_END.sub("", self.text[:cl.start].rstrip("，,：: "))
        clause = re.split(r"[，,。；;：:]", before)[-1]
        order = _RANK_ORDER_END.search(clause)
        if not order:
            return ""
        head = _PLACES_COUNTED.sub("", clause[:order.start()].rsplit("按", 1)[-1].removeprefix("照"))  # (…排名按PM2.5…)
        return self._words_of(head)

    @staticmethod
    def _place_only_between(cl: _Clause, start: int, end: int) -> bool:
        """The text between two numbers is a separator and one place of ours (、张家口), no measure words."""
        named = [r for r in cl.regions if start <= r.start and r.end <= end and r.region not in (OTHER, ANAPHOR)]
        if len(named) != 1:
            return False
        gap = cl.text[start:named[0].start] + cl.text[named[0].end:end]
        return bool(_ITEM_GAP.fullmatch(gap))

    def _of_a_site(self, q: Mention, cl: _Clause, said_at: int) -> bool:
        """The length said at `said_at` (全长…) is a line's of ours, named last before it in the sentence, said of the
        line or a section of it (京唐城际铁路开通运营，线路全长148.74公里; 京滨城际铁路宝坻至北辰段全长42.4公里), not of a bridge."""
        here = [r for r in cl.regions if r.named and r.end <= said_at]
        named = here or [r for c in self.earlier_regions for r in c]
        if not here and self._line_then_route(cl.start + said_at):
            return True  # (its region is the line's: _candidate_region)
        if not named or self.comp.region_levels.get(named[-1].region) != "site":
            return False
        return bool(_LINE_ITSELF.fullmatch(cl.text, here[-1].end if here else 0, said_at))

    def _line_then_route(self, at: int) -> str | None:
        """The line of ours the sentence opens on, when it goes on with the line's route up to `at` (京唐城际铁路起自…站，
        经…、…，进入…，线路全长150公里): the places are where it runs, the line is what the length is of."""
        opening = next(iter(self.comp.regions.find(self.text[:at])), None)
        if (opening is not None and opening.start <= 1 and self.comp.region_levels.get(opening.region) == "site"
                and _ROUTE_WORD.search(self.text, opening.end, at) is not None
                and not _DIGIT.search(_STATIONS_SET.sub("", self.text[opening.end:at]))):
            # (设北京大兴、…、雄安5座车站: the count of its stations is part of the route, no figure between)
            return opening.region
        return None

    @staticmethod
    def _base_with_its_own(q: Mention, cl: _Clause):
        """沧州实现4930.9亿元，略高于邯郸的4920.1亿元: the place compared with, its own figure right after it (邯郸的…), is
        that figure's place; a ratio (是河北的2倍), a share (占北京的四成) or a gap (比天津的多5%) is no figure of it."""
        base = next((r for r in reversed(cl.regions) if r.end <= q.start), None)
        if (base is None or not base.compared or q.base in ("倍", "成") or not _OWN_AFTER_BASE.fullmatch(cl.text, base.end, q.start)
                or not _OUTDONE_BEFORE.search(cl.text, max(0, base.start - 6), base.start)
                or _DIGIT.match(cl.text, q.end) or cl.text.startswith(("个百分点", "百分点"), q.end)):
            return None
        return base

    @staticmethod
    def _gap_to_other(q: Mention, cl: _Clause) -> str:
        """超过第二产业1.5个百分点: a gap, not the measure's change ('' when it is none); 高于全国…: a gap to other places."""
        gap = _GAP_TO_OTHER_BEFORE.search(cl.text, 0, q.start)
        if gap is None or _Sentence._base_with_its_own(q, cl) is not None:
            return ""  # (略快于沧州的9.0%: the place outdone, its own rate)
        places = any(gap.start() <= r.start < q.start for r in cl.regions)
        return "comparison between regions" if places else "comparison between measures"

    def _not_a_figure(self, q: Mention, cl: _Clause, fig: _Figure, unit: str, measure: str) -> str:
        """Why a number with a phrase is still no candidate ('' when it is one)."""
        if unit == "所" and cl.text.startswith("示", q.end):
            return "reference"  # 如表2所示: a pointer to a table, not a count of schools
        ranked = _in_a_ranking(q, cl, unit) or _rate_over_rate(q, cl) or (self._gap_to_other(q, cl) if measure == "change" or (
            measure == "share" and _compared_by_bi(cl.text, q.start)) else "")  # 比国际先进水平高15%
        if ranked:
            return ranked
        if (unit == "个" and cl.text.startswith(("年头", "月", "季度", "工作日", "小时"), q.end)) or (
                unit in ("天", "日", "个") and _SPAN_OF_TIME_BEFORE.search(cl.text, max(0, q.start - 4), q.start)) or (
                unit in ("天", "日") and (cl.text.startswith(("内", "以内", "之内"), q.end) or _HOLIDAY_LENGTH_AFTER.match(cl.text, q.end))):
            # 14天内来自…: a window; 春节9天长假, 9天春节假期: the holiday's length
            return "duration"  # 已走过5个年头, 会期2天, 为期3天: how long, not how many
        if unit == "次" and _VISIT_AFTER.match(cl.text, q.end):
            return "visits"  # 总书记4次视察: how often someone came, not a figure of the region
        if unit == "次" and _FIRST_PLACE_AFTER.match(cl.text, q.end):
            return "rank"  # 6次全省年度排名第一: how often a place came first, not a figure of it
        if (q.base not in _RATE_UNITS and _DISTANCE_BEFORE.search(cl.text, 0, q.start)) or (
                unit in ("公里", "米", "千米") and _REACH_AFTER.match(cl.text, q.end)):
            return "distance"  # 距离市区只有40多公里, 3公里进森林、300米见绿, 8公里外的…, 多绕12公里: how far, a norm
            # (公园绿地500米服务半径覆盖率达到87%: a rate whose name holds a radius is no distance)
        if size := self._a_size(q, cl, unit):
            return size
        if unit == "台" and _TRACKS_AFTER.match(cl.text, q.end):
            return "dimension"  # 总规模4台10线的宝坻枢纽站: a station's platforms and tracks, how big one thing is
        if unit in _COUNT_UNITS and _LIKENED_JUST_BEFORE.search(cl.text, max(0, q.start - 9), q.start):
            return "likeness"  # 规模相当于66个足球场: a picture of a size, not a count
        if unit in _COUNT_UNITS and (_ONE_OF_AFTER.match(cl.text, q.end) or _LISTED_IN_BEFORE.search(cl.text, 0, q.start)):
            return "one of a set"  # 是国家规划的9个千万千瓦级风电基地之一: the set the place belongs to, not a count of its own
            # (3个项目列入全省…“十四五”88个重点项目: the size of the list the projects joined)
        if unit in _COUNT_UNITS and _POINTED_BACK_BEFORE.search(cl.text, max(0, q.start - 3), q.start):
            return "restated"  # 这两千余家企业从行业看: the count told before, pointed back to
        return _a_frame(cl.text, q, unit) or self._not_a_told_figure(q, cl, fig, unit, measure)

    def _a_size(self, q: Mention, cl: _Clause, unit: str) -> str:
        """'dimension' when a length, area or weight is how big one thing is, not a figure of a place ('' otherwise)."""
        if (unit in _LENGTH_UNITS or q.base in _LENGTH_UNITS) and _SIZE_WORD_AFTER.match(cl.text, q.end):
            return "dimension"  # 河道有二十余米宽, 从60万米高空俯瞰: how wide, long or high one thing is
        size = _DIMENSION_END.search(cl.text, self._own_start(q, cl), q.start) if unit in _LENGTH_UNITS else None
        if size and not self._of_a_site(q, cl, size.start()):
            return "dimension"  # 全长148.1公里, 核心区直径99米的环岛: the size of one thing, no figure of a place
            # (but 京唐城际铁路…线路全长148.74公里: a line of ours, whose length is its own figure)
        if q.base in _SIZE_UNITS and q.scale == 1 and (_EACH_SIZE_BEFORE.search(cl.text, 0, q.start)
                                                        or _SIZED_ITEMS_AFTER.match(cl.text, q.end) or (
                q.unit_written == "米" and _SIZED_THING_AFTER.match(cl.text, q.end))):
            return "dimension"  # 3座50吨转炉, 10.5米纯电动公交车120辆: how big each one is (搭设8米层高模架, 拥有1个400米
            # 运动场, 平均200米宽的运河河道: a length in metres before the thing it sizes)
        if q.base in _AREA_BASES and _AREA_BEING_BUILT_AFTER.match(cl.text, q.end):
            return "dimension"  # 推进38平方公里南湖片区建设, 启动11.5平方公里的东湖片区规划建设: the size of the one area worked on
        return ""

    def _not_a_told_figure(self, q: Mention, cl: _Clause, fig: _Figure, unit: str, measure: str) -> str:
        """The rest of `_not_a_figure`: a story's detail, a norm per month, then `_not_a_reported_figure`."""
        if _NARRATIVE.search(cl.text, self._own_start(q, cl), q.start) or _SPEAKERS_OWN.search(cl.text, 0, q.start):
            return "narrative"  # 一共只有273天, 病床空置率曾一度达到70%, 从洽谈到开工仅用了70天: a story's detail, no statistic
            # (我们的床位数从2300张发展到现在的10000张: a speaker's own home, no place's)
        if q.base == "元" and _PER_MONTH.search(cl.text, 0, q.start) and not _pay_standard(q, cl):
            return "norm"  # 西城区每月补贴600元, 每人每月发放…元: a payment per month, no figure of a year
        return self._not_a_reported_figure(q, cl, fig, unit, measure)

    def _not_a_reported_figure(self, q: Mention, cl: _Clause, fig: _Figure, unit: str, measure: str) -> str:
        """The rest of `_not_a_figure`: classes and bars, single projects and items, lists, bases, periods."""
        if (_THRESHOLD_AFTER.match(cl.text, q.end) or _a_condition(q, cl) or (q.raw.endswith(("以上", "以下")) and _CJK_AT.match(cl.text, q.end)
                                                     and not (q.base == "%" and not cl.text[:q.start].strip()))
                # (85%以上蔬菜外销: a clause opening on a share of what follows, no class)
                or q.raw.endswith(("以下", "以内")) or cl.text.startswith(("以下", "以内"), q.end)
                or (unit == "岁" and not _AGE_MEASURE_BEFORE.search(cl.text, 0, q.start))  # (平均期望寿命为82.43岁: a value)
                or _SPEED_BEFORE.search(cl.text, max(0, q.start - 4), q.start)
                or ((bar_held := _IN_A_ROW_BEFORE.search(cl.text, max(0, q.start - 10), q.start))
                    and (bar_held.group().endswith(("超", "过", "破", "于")) or q.raw.startswith(("超", "突破", "逾"))))
                # (已连续5个月超300亿元: a bar held; 连续三年达到80.5%: a level)
                or (_PLACES_PASSING_BEFORE.search(cl.text, 0, q.start) and q.raw.startswith(("超", "突破", "逾", "达到")))
                # (共有7市接待游客超5000万人次: each one's bar; 每班不超40人: a cap, its 超 read with the number)
                or _CAP_BEFORE.search(cl.text, max(0, q.start - 3), q.start + 1 if q.raw.startswith("超") else q.start)):
            return "threshold"  # 20万以上人口城市, 60岁以上老人, 15-59岁, 时速350公里: a class, not a figure
        no_figure = _no_figure_of_a_place(q, cl.text)
        if no_figure:
            return no_figure
        if (_PROJECT_AFTER.match(cl.text, q.end) or _ONE_FIRM.search(self.text)
                or (unit not in _COUNT_UNITS and _FIRM_NAMED.match(cl.text[self._own_start(q, cl):q.start]))
                or _STOCK_CODE_BEFORE.search(cl.text, max(0, q.start - 24), q.start)
                or _CAPACITY_BEFORE.search(cl.text, max(0, q.start - 3), q.start)  # 年产60万吨新型肥料: one plant's
                or (unit not in _COUNT_UNITS and not unit.endswith("元") and _NAMED_PROJECTS_AFTER.match(cl.text, q.end))
                # (80万吨尿素等项目竣工投产: a plant's size; 投资507亿元的…等项目: the money of the projects, a figure)
                or (q.base == "元" and _ONE_PLANT.search(cl.text[self._own_start(q, cl):q.start]))):
            return "single project"  # 在东丽区投资5亿元建设…基地, 投资28亿元的…项目; 该公司…建设面积增加4万平方米: one firm's
        if (unit in _COUNT_UNITS and q.number == 1 and not q.chinese) or _ONE_THING_BEFORE.search(
                cl.text, max(0, q.start - 4), q.start) or _SINGLE_BEFORE.search(cl.text, 0, q.start):
            return "single item"  # 一艘20万吨货轮, 这张128元…的旅游卡, 一份15万元的…险: the size or price of one thing
        if unit in _COUNT_UNITS and q.chinese and q.number < 10 and q.scale == 1:
            return "few in words"  # 三个重点领域, 两个设区市, 六项污染物: the parts a sentence speaks of, not a count it reports  # 建设3所学校、1所医院: one building, not a count the region reports
        if q.num_start in cl.listed:
            return "enumeration without regions"  # 城乡居民收入分别增长7.0%和7.1%: two measures, one phrase
        if measure == "multiple" and fig.base_year is None:
            return "no base year"
        if q.number == 100 and _INDEX_BASE_BEFORE.search(cl.text, 0, q.start):
            return "index base value"
        if fig.base_year and measure not in ("change", "multiple"):
            if not (_reached_after_change(q, cl) or _LEVEL_REACHED_BEFORE.search(cl.text, 0, q.start)
                    or (measure == "share" and _FALLEN_TO_BEFORE.search(cl.text, 0, q.start))):
                return "other base year"
            fig.base_year = None  # 较2020年增加24个、达到147个: the base is the change's; the level reached has none
            # (与1952年相比，2018年…增长达到3070.9亿元: the level the years grew to; 煤炭消费较2020年下降155万吨、占能源消费
            # 总量比重降至28.9%: the share fallen to)
        average = measure == "change" and self._an_average(q, cl, fig)
        return self._period_problem(measure, q, cl, fig, average, self.period_key is not None) or self._not_a_measure(q, cl, unit, fig)

    def _people_beside_area(self, q: Mention, cl: _Clause) -> bool:
        """区域总面积21.6万平方公里、常住人口超1亿: how many live in a place, said round beside how large it is, a
        description of the place, not a count of a year."""
        return q.base == "人" and q.qualifier != "exact" and bool(_PEOPLE_BESIDE_AREA.search(self.text, 0, cl.start + q.start))

    def _not_a_measure(self, q: Mention, cl: _Clause, unit: str, fig: _Figure) -> str:
        """Figures that are no indicator: a contribution to growth, a programme's name, an aside, the rest of a
        breakdown, a change over years, one bound for a list of items; and the counts of _not_a_count."""
        head = cl.text[:q.start]
        own = cl.text[self._own_start(q, cl):q.start]
        if unit == "个百分点" and _CONTRIBUTION_BEFORE.search(head):
            return "contribution"  # 拉动规模以上工业增长1.0个百分点: a share of someone else's growth
        if (_IN_QUOTE.search(head) and not _QUOTED_SENTENCE_AFTER.match(self.para.text, self.offset + cl.start + q.end)) or (
                _PROGRAMME_AFTER.match(cl.text, q.end)):
            return "name"  # “十项行动”, 12项改革举措: a programme's name or its parts, not a measure
        if (unit.endswith("平方公里") and (_AREA_OF_PLACE.search(own) or cl.text.startswith(("范围", "的范围"), q.end))) or (
                unit.endswith(("公里", "千米")) and _LAND_AFTER.match(cl.text, q.end)):  # (平方公里 too: 21.6万平方公里的土地上)
            # 面积21.6万平方公里、拥有1亿多人口的京津冀地区, 拥有229.7公里海岸线: how large a place is, no figure of a year
            return "aside"
        if self._people_beside_area(q, cl):
            return "aside"
        if (_IN_ASIDE.search(head) and not _TOTAL_ASIDE_OPEN.search(head) and not self._place_value_bracket(q, cl)) or (
                cl.text.startswith("的", q.end) and any(r.start == q.end + 1 for r in cl.regions)
                and not _LISTED_NAMES_AFTER.match(cl.text, q.end)):  # (总投资63.75亿元的河北长安…等12个项目: their total)
            return "aside"  # (一期规模400亿元), 面积21.6万平方公里的京津冀: a remark or a description, not a result
        if _REMAINDER.match(own):
            return "remainder"  # 其他区项目1265个: what is left of a breakdown, no measure of its own
        if _YEARS_AGO_BASE.search(head) and fig.base_year is None:
            # 与十年前相比降幅达60%: a change over a decade, not on the year before, its base year unsaid (五年下降40%: from
            # 2012 or 2013?); 与2010年…相比，…6年间增加3.73万人 names its base
            return "other base year"
        count = self._not_a_count(q, cl, unit, head) if (unit in _COUNT_UNITS or unit in ("人", "人次", "名")) and (
            q.num_start not in cl.items) else ""  # (运输机场、通用机场分别达到7个和22个: each its listed measure's count)
        if not count and q.qualifier in ("more_than", "at_least") and q.num_start not in cl.pairs and unit not in _COUNT_UNITS and (
                _shared_by_a_list(own)):  # (学校、医院等与京津签署的协议超过300项: a count of all the list did)
            return "one figure for a list"  # 集成电路、中医药、车联网产业链增加值增速超过10%: each of them, no one measure
        return count

    def _not_a_count(self, q: Mention, cl: _Clause, unit: str, head: str) -> str:
        """Counts that are no indicator: a place's administrative make-up, the count of a list just named, the
        scope of another figure, the people at a meeting, the parts of a plan."""
        if listed := _list_or_name(q, cl, head) or ("fraction of a count" if q.unit_written in ("个", "個") and q.scale == 1
                                                    and q.number != int(q.number) and not _PER_SOMETHING.search(head) else ""):
            return listed  # (同比上升3.2个: a unit cut off, 个百分点 most likely; nothing is counted in tenths, but
            # 每千人口拥有托位4.17个 is a rate)
        if _ADMIN_BEFORE.search(head.rstrip()) or (not head.strip() and _ADMIN_BEFORE.search(self.text, 0, self.offset_of(cl, q))):
            return "administrative count"  # 天津市现辖16个区: how a place is divided, not a result
        if unit == "个" and _count_of_places(q, cl, head.rstrip()):
            return "count of places"  # 超过全省平均水平的有6个地区, 京津冀28个城市…均同比下降, 浓度最低的3个城市
        if named := ("name" if _PROGRAMME_VERB.match(cl.text, q.end) else "likeness" if _LIKENED_AFTER.match(
                cl.text, q.end) and _LIKENED_BEFORE.search(self.text, 0, self.offset_of(cl, q)) else ""):
            return named  # 规模之大相当于6个北京站，66个足球场: a size likened to things, none counted
        if _PARTICIPANTS_AFTER.match(cl.text, q.end):
            return "participants"  # 共计300多人参加: who attended, not a figure of the region
        if q.unit_written in ("名", "个", "支") and _ORGANISATION_AFTER.match(cl.text, q.end) and not (
                _MOVED_LATER.match(self.text, cl.start + q.end)):  # (35个部门、1万余名干部职工迁入副中心: what moved)
            return "organisation"  # 18名区级领导、58个部门共同作战, 成立14个专项工作组: who did the work, not a result
        if parts := ("count of parts" if _count_of_parts(q, cl) else "target" if (
                q.base in ("项", "条", "个") and _PLAN_ITEMS_AFTER.match(cl.text, q.end)
                and _ISSUED_BEFORE.search(cl.text, 0, q.start) and not _SUMMED_ISSUES.search(cl.text, 0, q.start)) else ""):
            return parts  # 7个方面26条措施, 9条主线35条支线: a structure, not a result; 提出6方面24项重点任务: the tasks a
            # plan sets, not anything done
        if broad := _how_broad(q, cl, unit, head):
            return broad
        if unit in _COUNT_UNITS and (_SCOPE_END.fullmatch(cl.text, q.end) or (
                head.rstrip().endswith("在") and _SCOPE_END.match(cl.text, q.end)) or (
                _SURVEYED_BEFORE.search(head) and _SURVEYED_AFTER.match(cl.text, q.end))):
            return "scope of another figure"  # 6项主要污染物中，PM2.5…: the set the next figures are picked from
            # (据市旅游局对38个主要景区点统计: the units a survey covered)
        if measures := ("count of measures" if unit in ("项", "个") and _MEASURES_AFTER.match(cl.text, q.end) else
                        "count of a list" if _NAMES_FOLLOW.match(cl.text, q.end) else ""):
            return measures  # 6项主要污染物浓度均下降: how many measures the sentence speaks of; 工资最高的3个行业分别是
            # 电力、金融业和…: the items named next
        start = self._own_start(q, cl)
        spans = [(r.start - start, r.end - start) for r in cl.regions if r.start >= start and r.end <= q.start]
        if unit in _COUNT_UNITS and any(o.start > q.end and (not normalise(head[start:], spans) or _SCOPE_GAP.fullmatch(
                cl.text, q.end, o.start)) and "、" not in cl.text[q.end:o.start]
                and not _PARTNER_COUNT_GAP.search(cl.text, q.end, o.start)
                and not (o.unit_written != q.unit_written and _COUNTS_JOINED.search(cl.text, q.end, o.start))
                and not _ASIDE_OPENS.search(cl.text, q.end, o.start)  # 1498个社区养老驿站(其中50%…): a share of it aside
                and not _TO_VALUE.fullmatch(cl.text, q.end, o.start)
                and not (o.base in _COUNT_UNITS and _COUNT_OF_ITS_PARTS_GAP.fullmatch(cl.text, q.end, o.start))
                for o in cl.quantities) and not (
                _COUNT_WITH_ITS_SUM.match(cl.text, q.end)):  # (20个项目总投资1400亿元: the projects, then their sum)
            # (120家合作社与北京60多家超市建立合作: two parties counted, each its own figure)
            # (400多家央企分支机构、4000多家…企业, 113家科创企业和近500位人才 (two kinds of things): a list of counts, none
            # the scope of the next)
            return "scope of another figure"  # 12条重点产业链在链企业增加值增长4.6%: the count says whose
        return ""

    def _lead_rows_measure(self, q: Mention, phrase: str):
        """…签约合作项目共80个，意向投资额331.02亿元。其中，按落地区域分类，通州区18个，三河市22个: a place's part, told
        in the measure of the lead's row of its unit, is a row of that indicator too, as a synonym's would be (None when the
        lead gave no such row, or gave rows of more than one indicator in that unit)."""
        if not self._lead or not phrase or phrase != self._lead_phrase(q.base):
            return None
        ids = {r["indicator"] for r in self.result.rows if r["quote"] in self._lead}
        mapped = [self.comp.unit_targets[iid] for iid in ids
                  if iid in self.comp.unit_targets and self.comp.unit_targets[iid][1][1] == q.base]
        return mapped[0] if len(mapped) == 1 else None

    def _synonym_row(self, mapped, q: Mention, row: dict, measure: str, own: str, phrase: str) -> bool:
        """A candidate id listed under an indicator's `synonyms` is that indicator's row (same unit base and measure),
        unless the clause's words before it (its phrase aside: 国内生产总值) hold one the indicator's match rules out
        (0-15岁人口为1527万人, 外来在京人口2万人: the words the candidate's phrase lost)."""
        iid, (target_scale, target_base), ind = mapped
        if (q.base or q.unit_written) != target_base or ind["measure"] != measure:
            return False
        own = _GREW_TO_TAIL.sub("", own)  # (2018年全市国民生产总值增长达到3070.9亿元: the level grown to, no growth rate)
        if any(word in own for word in (ind.get("match") or {}).get("none") or ()) or any(
                word in self.text for word in (ind.get("match") or {}).get("none_in_sentence") or ()):
            return False  # (民营经济中，第三产业增加值…，增长2.8%: the sentence's own refusal, as for the match rules)
        if len(phrase) <= 2 and not _BARE_NOUN_ONLY.fullmatch(self._without_places(own)):
            return False  # (外省市来京人口为841.8万人: a bare 人口 stands for the place's population only said bare)
        allowed = (ind.get("match") or {}).get("regions")
        if isinstance(allowed, list) and row["region"] not in allowed:
            return False
        if ind.get("base_year") is not None and row["base_year"] != ind["base_year"]:
            return False
        if measure == "change" and ind.get("base_year") is None and (
                row.get("period_start") or row["base_year"] not in (None, row["year"] - 1) or _SPAN_CHANGE.search(row["quote"])):
            return False  # 累计增长46.2%, 较“十三五”末增长15.3%: a change over years, not the year-on-year one
        value = convert(q.number, q.scale, target_scale)
        row.update(indicator=iid, value=-value if row["value"] < 0 else value)
        self.result.rows.append(row)
        return True

    @property
    def period_key(self) -> str | None:
        """The part of the year a candidate's id carries: named in the release's text, not only in its headline."""
        return _period_key(self.subannual) if self.own_period else None

    @property
    def present(self) -> frozenset[str]:
        """The catalogue words that occur in the sentence (computed on first use)."""
        if self._present is None:
            text = self._lead + self.text if self._lead else self.text
            if _URBAN_RURAL.search(text):
                text += " 城镇居民 农村居民"  # 城乡居民…分别: the two items the list is read as (_listed_measures)
            self._present = self.comp.words.present(text) | self._subject_words
        return self._present

    @cached_property
    def _subject_words(self) -> frozenset[str]:
        """The words of the release's own place's names (or of the place its anaphor, 新区, stands for), when the
        sentence names no other place of ours."""
        home = self.doc.subject.implicit
        if home is None:  # (the anaphor's place, when it has one: only then are the sentence's places looked for)
            words = {ANAPHORA[m.group()] for m in _ANAPHOR_WORD.finditer(self.text)}
            home = self.doc.subject.resolve(words.pop()) if len(words) == 1 else None
            if home is None:
                return frozenset()
        found = self._places
        if (self.doc.subject.implicit is None and not any(r.region == ANAPHOR for r in found)) or any(
                r.named and not r.origin and r.region not in (home, ANAPHOR) for r in found):
            return frozenset()  # (投资来源为北京的…: where from, no place of its own)
        return self.comp.place_words.get(home, frozenset())

    @cached_property
    def in_task_list(self) -> bool:
        """An earlier sentence of the paragraph states a plan (任务清单明确，年底前…) and this one says nothing is done
        yet (no 已, 累计, 截至, year): its figures go on listing targets."""
        if not self.offset or _DONE_RE.search(self.text):
            return False
        plan = next(reversed(list(_SENTENCE_PLAN.finditer(self.para.text, 0, self.offset))), None)
        # (…年底前…。当前，在建项目稳步推进，有的已取得积极成效。…完成义务教育学校建设35个: a report of what was done
        # since ends the list)
        return plan is not None and not _DONE_RE.search(self.para.text, plan.end(), self.offset)

    @property
    def last_phrase(self) -> str:
        """Measure phrase of the last earlier clause that has one: "…43760.7亿元，增长5.2%" is the GDP's growth."""
        return self._last_measure()

    def _last_measure(self, growth: bool = False) -> str:
        """last_phrase; for a growth in per cent, past a share's clause too (…占全市经济总量比重达24.5%，…；按不变
        价格计算，同比增长3.5%: the GDP grew, a share grows in 个百分点; 第三产业实现增加值5133.4亿元，占地区生产总值的
        94.9%，同比增长8.3%: the sector grew, not the whole it is a share of)."""
        share = ""
        for i in range(len(self._lasts) - 1, -1, -1):
            first, clause = self._lasts[i]
            if any(r.compared and r.end <= first.start for r in clause.regions) or _PLAN_SHARE_BEFORE.search(
                    _strip_qualifier(clause.text[:first.start])):
                continue  # 高出全国平均水平1.5个百分点；比2023年增加19.2万人: a gap's words measure nothing after it
                # (…预计157500万元，完成调整预算的100.3%，同比下降18.1%: the revenue's fall, not the plan's)
            self._phrase_of_last(i)
            if growth and first.base == "%" and (_SHARE_PHRASE_END.search(self._phrases[i]) or "占" in clause.text[:first.start]):
                share = share or self._phrases[i]  # (the share's words, when no measure comes before it)
            elif self._phrases[i] and not _COMPARED_ONLY.fullmatch(self._phrases[i]):
                return self._phrases[i]  # (高于去年同期0.9个百分点: a gap's words, 高于, measure nothing after it)
        if share:
            return share
        if self._opening and self._opening[1] and all(not t or _BASIS_FILLER.fullmatch(t) for t in self._opening[1]):
            return self._opening[0]  # 固定资产投资(不含农户)，按可比口径计算，同比下降17.3%: the opening's measure
        opener = self._earlier[0].strip("，,；; ") if self._earlier and not self._lasts else ""
        grew = _GREW_CLAUSE.fullmatch(opener) or _SINCE_CLAUSE.fullmatch(opener) or _TURNED_CLAUSE.fullmatch(opener)
        if grew:  # 地区生产总值持续保持正增长，累计增长20.8%: the clause before names the measure, with no number
            # (京冀公交线路自1996年开通以来，至今已达39条: the lines counted since they began)
            head = grew.group("m")
            return self._words_of(head)
        return self._lead_phrase()

    def _phrase_of_last(self, i: int) -> str:
        """The measure phrase of the first figure of the i-th earlier clause with figures (worked out once)."""
        if i not in self._phrases:
            first, clause = self._lasts[i]
            own = self._own_phrase(first, clause)  # (15-59岁人口为5607821人，占60.67%: the age group's share)
            self._phrases[i] = (_scoped_phrase(own, _age_band_before(first, clause), False, False, "") if own else "") or (
                self._named_before(first, clause)) or (
                self._measure_heading() if _is_place_item(clause.text.strip("，,；;：: ")) else "") or self._carried
        return self._phrases[i]

    def _measure_of_sentence_before(self, q: Mention) -> str:
        """全市常住人口546.41万人，占全省的7.32%。与2010年相比，增加110.52万人: a sentence opening on the base of a
        change, with no measure of its own, changes the last figure of the same unit the sentence before gave."""
        before = self.doc.sentence_before
        if before is None or before.para is not self.para or self._lasts or len(self._earlier) != 1 or (
                not _BASE_OPENER.fullmatch(self._earlier[0].strip())):
            return ""
        return next((phrase for i in range(len(before._lasts) - 1, -1, -1)
                     if before._lasts[i][0].base == q.base and (phrase := before._phrase_of_last(i))), "")

    def _named_before(self, first: Mention, cl: _Clause) -> str:
        """黄骅港吞吐量突破亿吨，达到1.01亿吨，同比增长60.96%: a clause holding only a verb before its number measures
        what the numberless clause before it names, and so does the change after it (总产值连续迈上三个万亿元台阶，2014年
        达到3.01万亿元: a year before the verb, steps counted in the mark)."""
        bare = first.qualifier != "exact" and not _strip_qualifier(cl.text[:first.start]).strip("，,、 以")
        if not (_REACH_ONLY.fullmatch(cl.text, 0, first.start) or _VERB_ONLY_HEAD.fullmatch(cl.text, 0, first.start)
                or _BARE_REACH.fullmatch(cl.text, 0, first.start) or _REACHED_SO_FAR.fullmatch(cl.text, 0, first.start) or bare):
            return ""
        before = self._numberless_clause_before(cl)
        mark = _MARK_OR_RECORD_END.search(before)
        if bare and not (mark := _RECORD_END.search(before)):
            return ""  # (…吞吐量再次刷新历史纪录，以突破1200万人次…: the record's measure, the mark it passed)
        named = self._words_of(before[:mark.start()]) if mark else ""
        return named if len(named) >= 2 else ""

    def _trend_just_before(self, cl: _Clause) -> str:
        """The measure a numberless trend clause just before names (水位连续6年回升: 水位), or ''."""
        before = self._numberless_clause_before(cl)
        trend = _GREW_CLAUSE.fullmatch(before) or _TREND_CLAUSE.fullmatch(before) if before else None
        named = self._words_of(trend.group("m")) if trend else ""
        return named if len(named) >= 2 else ""

    def _numberless_clause_before(self, cl: _Clause) -> str:
        """The clause just before this one when it holds no number, a run of months aside (利润连续5个月正增长，全年达到
        958亿元); '' for none."""
        at = next((k for k, (a, _) in enumerate(self.clauses) if a == cl.start), len(self.clauses))  # (this clause: next)
        if at == 0:
            return ""
        before = _RUN_OF_MONTHS.sub("连续", self.text[self.clauses[at - 1][0]:self.clauses[at - 1][1]].strip("，, "))
        return "" if _DIGIT.search(before) else before

    def _words_of(self, text: str) -> str:
        """The measure words of a piece of text, its places cut (normalise with the places the catalogue finds in it)."""
        return normalise(text, [(r.start, r.end) for r in self.comp.regions.find(text)])

    def _measure_heading(self) -> str:
        """每百万人口拥有三级医院数，北京3.2家，天津2.9家: the sentence opens on a clause naming only a measure, which
        heads the places' items after it."""
        heading = next((_LEAD_IN_TAIL.sub("", t) for t in (c.strip("，,；;：: ") for c in self._earlier)
                        if not _place_items(t) and not _ITS_SHARE.fullmatch(t)), "")  # (朝阳区21.1万个，占17.9%；…)
        # (全市法人单位数量位居前三位的区是：朝阳区21.1万个…: the places that rank first, each with its count)
        ranked = _RANK_LEAD_IN.search(heading)
        heading = _NOTE_MARK.sub("", heading[:ranked.start()] if ranked else heading).removeprefix("全市").removeprefix("全省")
        counted = _SET_HEADING.fullmatch(heading)  # (2022年第四批“小巨人”企业中，北京334家、天津64家: the things counted)
        heading = _OPENING_YEAR_RE.sub("", counted.group(1)) if counted else heading
        if not (counted or _MEASURE_HEADING.fullmatch(heading) or (ranked and _CJK_WORDS.fullmatch(heading))):
            # (…，“211”高校，北京24所: the items' own heading, not a measure; a heading that ranks places by it names a
            # measure, whatever its last word: 营业收入, 从业人员)
            return ""
        named = self._words_of(heading)
        return named or (heading[-MAX_PHRASE:] if ranked else "")  # (…和第三产业法人单位从业人员: long, joined, still it)

    def _series_first(self, q: Mention) -> str:
        """2012年首都机场的旅客吞吐量首次突破8000万人次，2013年为8350万人次，2014年达到8613万人次: the measure of the
        series' first point, a clause dated by its own year with a number of the same unit, past the points after it."""
        for first, cl in reversed(self._lasts):
            if SERIES_POINT.fullmatch(cl.text, 0, first.start):
                continue
            dated = any(r.role == "time" and r.pos < first.start for r in cl.refs)
            return self._own_phrase(first, cl) if dated and first.base == q.base else ""
        return ""

    def _series_head(self, points: re.Pattern | None = None, trend_of=None) -> str:
        """The measure a trend clause earlier in the sentence names (常住外来人口规模不断下降), past the clauses that
        are points of its series (2015年达822.6万人); '' when another clause comes between. For a series of yearly
        changes (`points` _CHANGE_POINT_CLAUSE, `trend_of` _trend_sentence) the trend may be the sentence before
        (…GDP增速一直很稳。2019年增长6.1%，2021年反弹7.5%)."""
        points, trend_of = points or _SERIES_CLAUSE, trend_of or _trend_clause
        for text in self._earlier:
            text = text.strip("，,；; ")
            if points.fullmatch(text):
                continue
            head = trend_of(text)
            return self._words_of(head) if head else ""
        return ""

    def _lead_phrase(self, base: str | None = None) -> str:
        """…地区生产总值17746.7亿元。其中北京、天津、河北分别为…: a breakdown's measure is the one its lead sentence
        gave its (last) number (of the same unit, when `base` is given)."""
        if not self._lead:
            return ""
        clauses = _CLAUSE_RE.split(self._lead.rstrip("。；; "))
        clause = clauses[-1]
        numbers = [m for m in find_numbers(clause) if m.kind == "quantity"]
        if numbers and base is not None and numbers[-1].base != base and base not in _RATE_UNITS:
            # …集装箱吞吐量完成480.57万标箱，同比增长7.6%。其中，唐山港完成329.34万标箱: the lead's last amount of that unit,
            # past its rate
            clause = next((c for c in reversed(clauses) if any(m.kind == "quantity" and m.base == base for m in find_numbers(c))), clause)
            numbers = [m for m in find_numbers(clause) if m.kind == "quantity"]
        if not numbers and _PLACE_LIST_SENTENCE.match(self.text):
            # 河北拥有全国重点文物保护单位278处，位居全国第三。另外，北京有125处，天津28处: the lead's last number, past
            # the remark after it
            clause = next((c for c in reversed(clauses) if any(m.kind == "quantity" for m in find_numbers(c))), clause)
            numbers = [m for m in find_numbers(clause) if m.kind == "quantity"]
        if not numbers and (ranked := _RANKED_BY.search(self._lead)):
            # 按空气质量综合指数同比下降幅度由大到小的顺序依次是：廊坊、保定…。其中廊坊同比下降16.4%: the ranking's measure
            return normalise(ranked.group("m"), [])
        if not numbers and (trend := _trend_sentence(self._lead)):
            # 天津绿电交易量实现快速增长。2022年增长550%，至0.78亿千瓦时: the points of the series the lead names
            return self._words_of(trend)
        if not numbers or (base is not None and numbers[-1].base != base):
            return ""
        head = clause[:numbers[-1].start]
        phrase = self._words_of(head)
        noun = _NOUN_AFTER_COUNT.match(clause, numbers[-1].end)
        if len(phrase) <= 2 and noun and numbers[-1].base not in ("%", "个百分点", "倍"):
            return phrase + normalise(noun.group(1), [])  # 已集聚超过20万家大健康企业: the firms, not the gathering
        return phrase

    def _verb_only_head(self, q: Mention, cl: _Clause) -> bool:
        """The clause before the number holds only a time, a place and a verb (…，天津有1701个, 去年完成17103.38万吨)."""
        if self._own_start(q, cl) != 0:
            return False
        head = cl.text[:q.start]
        for r in sorted(cl.regions, key=lambda r: -r.start):
            if r.end <= q.start and r.named:
                head = head[:r.start] + head[r.end:]
        return bool(_VERB_ONLY_HEAD.fullmatch(head))

    def _own_start(self, q: Mention, cl: _Clause) -> int:
        start = next((a for a, b in cl.segments[1:] if a <= q.start < b), 0)  # the first segment has the clause head
        colon = max(cl.text.rfind(":", 0, q.start), cl.text.rfind("：", 0, q.start)) + 1 if (
            ":" in cl.text or "：" in cl.text) else 0  # 廊坊市：116个项目启动
        # (PM2.5(53μg/m3)浓度上升1.92%: a reading in brackets after the name parts no measure words)
        return max(start, colon, max((o.end for o in cl.quantities if o.end <= q.start and not (
            cl.text[:o.start].rstrip().endswith(("(", "（")) and _BRACKET_CLOSE.match(cl.text, o.end))), default=0))

    def _elided_noun(self, q: Mention, cl: _Clause) -> str:
        """The noun of the last count of the same unit earlier in the sentence (…16座加氢站，…4座: 加氢站), else ''."""
        at = self.offset_of(cl, q)
        found = [m for m in re.finditer(r"\d(?:\.\d+)?[余多]?" + re.escape(q.unit_written) + r"([\u4e00-\u9fff]{2,8}?)(?=[，,。；;、]|$)",
                                        self.text[:at])]
        return normalise(found[-1].group(1), []) if found and q.unit_written else ""

    def _subject_of_deed_before(self, q: Mention, cl: _Clause) -> str:
        """棚户区改造新开工11.77万套，…；建成10.55万套: the subject of an earlier clause's count in the same unit, its deed cut
        off ('' when that count's phrase ends on no deed)."""
        same = [(m, c) for m, c in self._lasts if c.start < cl.start and m.unit_written == q.unit_written and m.base == q.base]
        deed = _DEED_TAIL.search(self._own_phrase(*same[-1])) if same and q.unit_written else None
        return deed.string[:deed.start()] if deed and deed.start() >= 2 else ""

    def _item_or_task(self, q: Mention, cl: _Clause, start: int) -> str | None:
        """The phrase of a listed value (its item), of a task done (the task) or of a length before the network it
        measures (…共同构建起1244公里的轨道网络); None for any other number."""
        if q.base in _LENGTH_UNITS and (network := _NETWORK_AFTER.match(cl.text, q.end)):
            return normalise(network.group(1), [])
        if q.num_start in cl.items:
            item = cl.items[q.num_start].lstrip("和及与、")
            age = _AGE_LEAD.match(item)  # (…和5岁以下儿童死亡率分别为…: the item's age group stays)
            return age.group() + self._words_of(item[age.end():]) if age else self._words_of(item)
        if _TASK_DONE_BEFORE.search(cl.text, start, q.start) and (task := _TASK_NOUN_AFTER.match(cl.text, q.end)):
            return task.group(1) + "任务"  # 率先完成2017年40.5万户改造任务: the size of the task done, whoever did it
        return None

    def _phrase_start(self, q: Mention, cl: _Clause) -> int:
        """Where the number's own measure words begin: after the kinds a count is listed across (包括…、公共服务等53个项目:
        the kinds are no measure, the things counted after the number are)."""
        start = self._own_start(q, cl)
        return q.start if _KINDS_LISTED.search(cl.text, start, q.start) else start

    def _own_phrase(self, q: Mention, cl: _Clause) -> str:
        """The normalised measure words of the number's own text: before it, else the noun right after it."""
        start = self._phrase_start(q, cl)
        if (named := self._item_or_task(q, cl, start)) is not None:
            return named
        if (deed := _DEED_AFTER.match(cl.text, q.end)) and (
                _LIST_COUNT_BEFORE.search(cl.text, start, q.start) or _ITEMS_BEFORE.search(cl.text, start, q.start)):
            return deed.group("deed") + deed.group("noun")  # …、希尔顿惠庭酒店等12个项目现场签约: 签约项目, not the last item
        spans = [(r.start, r.end) for r in cl.regions if not r.whole]  # 占全国…比重: the whole stays in the phrase
        before = normalise(cl.text[start:q.start], [(a - start, b - start) for a, b in spans if a >= start and b <= q.start])
        before = "" if _PLACE_ANAPHOR.fullmatch(before) or _STRATEGY_ONLY.fullmatch(before) else before
        # (河北全省已有250多家医疗机构…: the place, then the noun; 京津冀协同发展河北84项年度重点任务: the strategy's name)
        if (before and len(before) <= 2 and (not _VERB_ONLY.fullmatch(before) or _BUILT.fullmatch(before))
                and q.base not in _RATE_UNITS and not _NOUN_AFTER_COUNT.match(cl.text, q.end)
                and ((elided := self._elided_noun(q, cl)) or (subject := self._subject_of_deed_before(q, cl)))):
            # 将建成16座加氢站，目前已建成4座: the stations counted before, their noun left out; …新开工11.77万套，…；建成10.55万套:
            # the subject counted before, its deed this one
            return before + elided if elided else subject + before
        if (named_after := _phrase_of_those_after(before, q, cl.text)) is not None:
            return named_after
        if before and (counted := _counted_by_deed(before, q, cl.text)):
            return counted
        if before and _VERB_ONLY.fullmatch(before) and not (_BUILT.fullmatch(before) and _NOUN_AFTER_COUNT.match(cl.text, q.end)):
            return ""  # 构建500亿元规模…基金, 综合运用21项措施: a verb, no measure (建成54个蔬菜大棚: what was built)
        if before and len(before) <= 2 and q.base not in ("%", "个百分点", "倍") and (
                not _NOT_A_MEASURE_END.search(before) or (q.base in _COUNT_UNITS and _REACH_VERB.fullmatch(before))) and (
                noun := _NOUN_AFTER_COUNT.match(cl.text, q.end)):  # (覆盖我省1300多个贫困村: the villages reached)
            # 已集聚超过20万家大健康企业: the firms, not the gathering (下辖11个设区市 stays what it is)
            joined = before + normalise(noun.group(1), [])
            return before if _NOT_A_MEASURE_END.search(joined) else joined
        if before or q.base in ("%", "个百分点", "倍") or not _CJK_AT.match(cl.text, q.end) or MILESTONE_AFTER.match(cl.text, q.end):
            return before  # the noun after a number is its measure only for counts written right before it (大关 none)
        stop = min((o.start for o in cl.quantities if o.start >= q.end), default=len(cl.text))
        noun_at = q.end - 1 if q.raw.endswith("人") and cl.text.startswith(("口", "才", "员"), q.end) else q.end
        # (60万人口: the 人 read as the unit opens the noun counted)
        after_text = _words_counted_after(cl.text, noun_at, stop)
        noun = normalise(after_text, [(a - noun_at, b - noun_at) for a, b in spans if a >= noun_at and b <= noun_at + len(after_text)])
        if not noun and q.base in ("人", "人次", "名") and (deed := _PEOPLE_DEED.match(cl.text, q.end, stop)):
            # 约19.5万人次开展专业训练, 1.3万人在京津地区从事服务行业: people counted by what they do
            done = normalise(deed.group(1), [])
            return done if 2 <= len(done) and not _NOT_A_MEASURE_END.search(done) else ""
        if noun in _BARE_COUNT_NOUN:
            # 3368家企业通过雏鹰企业评价入库: firms of no kind are counted by what they did (入库, not any firms)
            deed = re.split(r"[、，。；,;]", cl.text[q.end + len(after_text):stop], maxsplit=1)[0]
            done = normalise(deed, [(a - q.end - len(after_text), b - q.end - len(after_text)) for a, b in spans
                                    if a >= q.end + len(after_text)])
            if 2 <= len(done) and not _NOT_A_MEASURE_END.search(done):
                return (done + noun)[-MAX_PHRASE:]
        return noun

    # -- rules --------------------------------------------------------------------------------
    def _views(self, text: str, q: Mention, segments, virtual: frozenset[str], places) -> Views:
        earlier = self._earlier
        rank = _RANK_SCOPE_AFTER.match(text, q.end)
        if rank:  # 成交额达1271亿元居全国第一: the rank's scope is no word of the measure (none: [全国])
            text = text[:rank.start()] + " " * (rank.end() - rank.start()) + text[rank.end():]
        if "区级" in text or any("区级" in t for t in earlier):
            if self.comp.region_levels.get(self.doc.subject.implicit) in ("district", "county"):
                # a district's own release: 区级一般公共预算收入 is the district's revenue (in a city's release, the
                # districts' part of the city's, which the catalogue's `none: [区级]` keeps apart)
                text, earlier = text.replace("区级", "  "), [t.replace("区级", "  ") for t in earlier]
        if len(segments) <= 1:
            return Views(text, text, earlier, q.num_start, virtual)
        own = next(s for s in segments if s[0] <= q.start < s[1])
        head = text[:segments[0][0]]
        if own != segments[0] and q.base not in _RATE_UNITS:
            head = LEVEL_CHANGE.sub("", head)  # 地区生产总值增长5.2%、约4.4万亿元: the growth word is the rate's, not the level's
        if own != segments[0] and (cut := _parallel_item(text, head, segments, own, q, places)) is not None:
            head = head[:cut] + " " * (len(head) - cut)
        masked = head + "".join(text[a:b] if (a, b) == own else " " * (b - a) for a, b in segments)
        return Views(head + text[own[0]:own[1]], masked, earlier, q.num_start, virtual)

    def _best_rule(self, q: Mention, views: Views, base_year: int | None, year: int | None, text: str):
        self._depth = 0
        if q.base is None:
            return None, "no indicator"
        best, best_key = None, None
        # 比2014年 in 2015: the year before, unwritten; a census release's count: the census, unwritten
        implied = frozenset(w for w in _IMPLIED_WORDS if w in views.virtual and w not in self.present)
        key = (q.base, implied) if implied else q.base
        rules = self._viable.get(key)
        if rules is None:
            rules = self._viable[key] = viable(self.comp.by_base.get(q.base, []), self.present | implied)
        other_base = []  # changes and multiples that would fit but for their base year
        changed = bool(LEVEL_CHANGE.search(_strip_qualifier(views.clause[:views.num_pos][-10:])))
        for rule in _fit_for_size(rules, q):
            if rule.measure in ("change", "multiple"):
                if rule.base_year is not None and base_year != rule.base_year:
                    other_base.append(rule)
                    continue
                if rule.base_year is None and base_year is not None and (year is None or base_year != year - 1):
                    other_base.append(rule)  # 比2014年增长66.1%: a change over ten years is not the year-on-year one
                    continue
            elif base_year is not None:
                continue
            key = score(rule, views)
            if key is not None:  # (equal words: a change verb right before the number picks the change, 常住人口下降6000人)
                key = (*key, (rule.measure == "change") != changed)
            if key is not None and (best_key is None or key < best_key):
                best, best_key = rule, key
        if best is None:
            if base_year is not None and any(score(r, views) is not None for r in other_base
                                             if r.measure == "multiple" or q.base in _RATE_UNITS):
                return None, "other base year"  # 是2014年的1.8倍: the catalogue has the multiple of 2013 only
                # (2014年以来常住人口减少30万人: a count changed since then is a candidate of its own)
            return None, "no indicator"  # or 'unit mismatch': decided only when the number is skipped (_mismatch)
        self._depth = best_key[1]
        return best, ""

    # -- regions ------------------------------------------------------------------------------
    def _region(self, allowed, default, q: Mention, cl: _Clause, rule_id: str = "") -> tuple[str | None, str]:
        """The region of a number: its 分别 pair, else the nearest region named before it in its clause, in
        earlier clauses, after it; else the indicator's default, else the headline's single region."""
        if q.num_start in cl.pairs:
            return self._paired_region(allowed, q, cl)
        bracket = self._region_bracket(q, cl)
        # (a region in brackets right after, or the place outdone right before with its own figure: 略高于邯郸的…)
        given = bracket[0] if bracket is not None else self._base_with_its_own(q, cl)
        if given is not None:
            region, reason = self._mention_region(given, allowed, True, [given], [], cl)
            return (region, reason) if region or reason else (None, "region not in indicator")
        local = [r for r in cl.regions if not r.whole]
        kind_of = _kind_counted(allowed, q, local)  # 河北省与京津共建115个京津冀医联体: the things counted are the region's kind
        if kind_of or any(r.compared and r.end <= q.start for r in cl.regions) or _GAP_RE.search(cl.text, 0, q.start):
            return (kind_of, "") if kind_of else (None, "comparison between regions")  # 比天津多…, 是河北的2倍: a gap
        local = _without_listed_names(q, cl, [r for r in local if not r.compared and not r.origin])
        host = next((r for r in local if r.start >= q.end and _MOVED_INTO_BEFORE.fullmatch(cl.text, q.end, r.start)), None)
        before = self._places_before(q, cl, local, host)
        # (a partner counted in an earlier clause, 与北京60多家超市建立合作，…蔬菜达35万吨: not the later figures' place)
        earlier = [r for clause in reversed(self.earlier_regions) for r in reversed(clause)
                   if (not r.partner or (allowed is not None and r.region in allowed) or not self._new_measure(q, cl))
                   and not self._sibling_items_subject(r, clause, cl) and not self._in_objects_words(r, clause)]
        # (a flow's far end keeps its rows and its rates: 北京流向津冀技术合同成交额…，同比增长109.8%)
        # (增加3.22万人(这个增量放在整个河北省…: a place in a remark after the figure is the remark's, not the figure's)
        after = [r for r in local if r.start >= q.end and r.region not in (OTHER, ANAPHOR) and _open_bracket(cl.text, q.end, r.start) is None]
        self.zone = False
        if unplaced := ("ambiguous region" if not before and any(r.partner for r in after)
                        else "sub-area" if self._of_some_places(q, cl, before) else ""):
            return None, unplaced  # 11家医院与张家口市9家医院对接合作: one side of a pair, its own place unnamed
        if (total := self._total_of_items(q, cl, allowed) if not before else self._after_items(q, cl, allowed)) is not None:
            return total
        for rank, mention in enumerate(before + earlier + after):
            region, reason = self._mention_region(mention, allowed, rank == 0 and mention in before and host is None,
                                                  local, after, cl)  # (the place moved into names itself, a list or not)
            if region or reason:
                self.zone = mention.zone and bool(region) and region not in self.comp.zones  # (亦庄开发区 is one of ours)
                return region, reason
        if (section := self.doc.section_place) is not None and not self._own_subject():
            # 京津冀区域：…。⏎1-12月，平均优良天数比例为56.0%: the section's place (another's: 长三角区域：…)
            return (None, "other region") if section == OTHER else (
                (section, "") if allowed is None or section in allowed else (None, "region not in indicator"))
        if default and self.doc.subject.elsewhere:
            return None, "other region"  # a Tianjin district's report: no catalogue default makes it Tianjin's
        if default:
            return self._default_region(default, rule_id, cl, allowed)
        if allowed is not None and self._outside_areas(allowed, before + earlier):
            return None, "area not in indicator"  # 河北…新建养老床位3000张: an indicator kept for 雄安 and 通州 only
        return self._unnamed_region(allowed, q, cl)

    def _of_some_places(self, q: Mention, cl: _Clause, before: list[RegionMention]) -> bool:
        """河北8个传输通道城市PM2.5平均浓度…, 8个传输通道城市秋冬季PM2.5平均浓度70微克/立方米: the figure of some of a
        province's cities, not the province's own; and so is the bare rate right after a figure placed nowhere (…70微克/
        立方米，同比下降17.01%)."""
        if not before and q.base in _RATE_UNITS and self.clauses and self._unplaced_at == self.clauses[-1][0] and (
                _BARE_CHANGE_CLAUSE.match(cl.text)):
            return True
        subset = (_SUBSET_OF_PLACES.match(cl.text, before[0].end) if before and before[0].named
                  else None if before else _SUBSET_OF_PLACES.match(cl.text, len(cl.text) - len(cl.text.lstrip("，,、 "))))
        return subset is not None and subset.end() < q.start

    def _part_just_before(self, mention: RegionMention, allowed, cl: _Clause) -> bool:
        """The place of the clause just before (no 「；」 between), a part of the indicator's only region, when this
        clause names only a measure of that part (意向投资额…, not 张家湾设计小镇累计注册企业…: a subject of its own)."""
        return (allowed is not None and bool(self.earlier_regions) and mention in self.earlier_regions[-1]
                and _SHORT_MEASURE_HEAD.match(cl.text.lstrip("，,、 ")) is not None
                and mention.region not in allowed and not mention.origin and not mention.partner
                and bool(self.comp.ancestors.get(mention.region, frozenset()) & allowed)
                and not any(self.comp.region_levels.get(a) in _AREA_LEVELS for a in allowed)  # (向天津、河北布局，成立15个…)
                and self.text[cl.start - 1:cl.start] not in ("；", ";"))

    @staticmethod
    def _places_before(q: Mention, cl: _Clause, local: list[RegionMention], host: RegionMention | None) -> list[RegionMention]:
        """The places named before the number, nearest first; but what moved in is counted by the place it went into
        (北京…支持承德…，120多个项目落户承德), and aid money by the place it went to (天津市投入承德市5县帮扶资金4亿元), as
        the outside labellers count aid, compensation and co-operation funds."""
        if host is not None:
            return [host]
        aided = next((r for r in cl.regions if r.receiver and r.end <= q.start and r.region not in (OTHER, ANAPHOR)
                      and AID_FUNDS_AFTER.match(cl.text, r.end)), None)
        return [aided] if aided is not None else [r for r in reversed(local) if r.end <= q.start]

    def _after_items(self, q: Mention, cl: _Clause, allowed) -> tuple[str | None, str] | None:
        """京津440家、河北474家医疗机构实现60项检验结果互认: a number after places' own items in its clause, none of them its
        own, is what all of them did (None when the clause holds no such items)."""
        named = sorted((r for r in cl.regions if r.named and r.end <= q.start), key=lambda r: r.start)
        end_of = {r.start: r.end for r in named}  # (京津440家: two places run together, one item)
        items = [r for r in named if _ITEM_NUMBER_AFTER.match(cl.text, r.end) or (
            r.end in end_of and _ITEM_NUMBER_AFTER.match(cl.text, end_of[r.end]))]
        if not items or items[-1] is not named[-1] or len({r.region for r in items}) < 2 or any(
                r.region in (OTHER, ANAPHOR) for r in items) or (  # (…与河北省内2976家医院: the last place's own number)
                (own := _ITEM_NUMBER_AFTER.match(cl.text, items[-1].end)) and own.end() >= q.num_start):
            return None
        return self._whole_of_all([r.region for r in items], allowed)

    def _opens_on_its_place(self, item: str) -> bool:
        """北京接待游客3.29亿人次: a part of a list that opens on a place and holds one number, the place's."""
        found = [r for r in self.comp.regions.find(item) if r.named]
        return len(found) == 1 and found[0].start == 0 and len(_NUMBER_IN_ITEM.findall(item)) == 1

    def _whole_of_all(self, places: list[str], allowed) -> tuple[str | None, str]:
        """The place the listed places make up together (北京、天津、河北: 京津冀; 天津、河北: 津冀), else in doubt (北京、天津
        add up to no region of ours)."""
        named = set(places)
        whole = self.comp.regions.group_of(list(named))
        if whole is None and len({self.comp.region_levels.get(p) for p in named}) == 1:
            level = self.comp.region_levels.get(next(iter(named)))
            common = frozenset.intersection(*(frozenset(self.comp.ancestors.get(p, ())) for p in named))
            whole = next((a for a in sorted(common) if {r for r, up in self.comp.ancestors.items()
                                                        if a in up and self.comp.region_levels.get(r) == level} == named), None)
        if whole is None:
            return None, "ambiguous region"
        return (whole, "") if allowed is None or whole in allowed else (None, "region not in indicator")

    def _total_of_items(self, q: Mention, cl: _Clause, allowed) -> tuple[str | None, str] | None:
        """北京334家、天津64家、河北137家，共计535家，占全国的12.3%: a total after places' items, and what follows it in the
        sentence, is all of theirs, no one place's: see _whole_of_all (None when no total of items comes before)."""
        totals, places = [_opens_on_total(cl.text) or _TOTAL_JUST_BEFORE.search(cl.text, 0, q.start)], []
        # (…、天津2.3亿人次，旅游收入合计8000亿元: a total said in the clause, right before its number)
        if not totals[0] and not any(_opens_on_total(text) for text in self._earlier):
            return None  # (no total said: the places of earlier clauses are not looked up at all)
        for text in self._earlier:
            named = [r.region for r in self.comp.regions.find(text) if r.named]
            if not named:
                totals.append(_opens_on_total(text))
                continue
            items = [t for t in _ITEM_SPLIT.split(text.strip("，,；;：: ")) if t]
            if not all(self._opens_on_its_place(t) for t in items) or len(items) != len(named):
                break  # (北京334家、天津64家; 北京接待游客3.29亿人次、天津2.3亿人次: each part a place and its own number)
            places += named
            if len(items) > 1:
                break  # (a list of items in one clause; items in clauses of their own go on back)
        if not any(totals) or len(set(places)) < 2 or OTHER in places or ANAPHOR in places:
            return None
        return self._whole_of_all(places, allowed)

    def _sibling_items_subject(self, mention: RegionMention, clause: list[RegionMention], cl: _Clause) -> bool:
        """…；雄安新区森林城市建设完成8.7万亩；太行山绿化完成156.3万亩: the place opening the item before, in a list of
        items each opening on its own subject, is that item's, not the next one's."""
        if (clause is self.earlier_regions[-1] and mention.start == 0 and self.text[cl.start - 1:cl.start] in ("；", ";")
                and _OWN_ITEM_OPENING.match(cl.text)):
            return True
        bounds = self._bounds_of(clause)
        if bounds is not None and re.search(r"[；;]", self.text[bounds[1]:cl.start]) and _BREAKDOWN_OPENING.match(
                self.text, bounds[0]):
            return True  # …起降1.62万架次，其中石家庄机场1.49万架次；完成旅客吞吐量162.15万人次: the part's place ends with its item
        if bounds is not None and _ITEMS_NAMED_BEFORE.search(self.text, bounds[0], bounds[0] + mention.start) and (
                re.search(r"[；;]", self.text[bounds[1]:cl.start])):
            return True  # …未摘帽贫困县13个，分别是…赤城、怀安、蔚县…以及涿鹿县赵家蓬区；建档立卡贫困村1448个: the places a
            # count is told out in are its items, not the subject of the part after the semicolon
        if bounds is not None and re.search(r"[；;]", self.text[bounds[1]:cl.start]) and self._item_after_the_whole(mention, bounds):
            return True  # …比重达到55%，城六区达到79%；工业用工人数减至98万人: a part's place, compared with the whole, ends
            # with its part of the sentence
        # 起步区…加快推进，容东片区城市框架逐步形成，6万多名征迁群众喜搬新居: items told to their end, with no figure; the
        # next opens on its own count, whose subject follows it
        return (bool(self._earlier) and bool(_TOLD_TO_ITS_END.search(self._earlier[0].rstrip("，, "))) and bool(cl.quantities)
                and not _strip_qualifier(cl.text[:cl.quantities[0].start]).strip("，, "))

    def _item_after_the_whole(self, mention: RegionMention, bounds: tuple[int, int]) -> bool:
        """The clause is a place and its value alone (城六区达到79%), right after a clause that named no place."""
        text = self.text[bounds[0]:bounds[1]]
        if not (mention.named and not text[:mention.start].strip("，,；; ") and _VALUE_ONLY_AFTER.fullmatch(text, mention.end)):
            return False
        before = next((named for b, named in self._clauses_named() if b[1] <= bounds[0] and b[1] >= bounds[0] - 1), None)
        return before is not None and not any(r.named and r.region != ANAPHOR for r in before)  # (全市…: the whole)

    def _new_measure(self, q: Mention, cl: _Clause) -> bool:
        """The number's clause names a measure of its own, not a rate or share of the flow before (…，生物医药等重点产业链
        36项卡点攻关取得突破 after 北京输出到津冀技术合同成交额…)."""
        own = self._own_phrase(q, cl)
        return bool(own) and own not in RATE_WORDS and not _FLOW_WORD.search(own)

    def _unnamed_region(self, allowed, q: Mention, cl: _Clause) -> tuple[str | None, str]:
        """The region of a number whose sentence names none for it: the paragraph's topic, a place a project
        delivers to, the release's own place."""
        home = self.doc.subject.implicit
        if home is not None and self.doc.elsewhere_para is self.para:
            return None, "other region"  # 全国…。研发投入增幅回落1个百分点: still the country, not the headline's region
        if any(r.region == OTHER and r.receiver and r.end <= q.start for r in cl.regions):
            return None, "other region"  # 东线一期工程累计向山东调水超60亿立方米: what another place received
        if _NATIONAL_RELEASE.search(self.text, 0, cl.start + q.start) and not self._own_subject():
            return None, "other region"  # 根据国家统计局发布的2018年数据显示，2018年人口出生率降至…: the country's
            # (经国家统计局核定，…全市…: the bureau's accounting of a place's figure names the place)
        topic = self.doc.topic
        if topic is not None and topic[0] is self.para and topic[1] == ANAPHOR and not self._own_subject():
            return None, "ambiguous anaphora"
        if topic is not None and topic[0] is self.para and not self._own_subject() and (
                home is None or (home in self.comp.ancestors.get(topic[1], frozenset()) and self.doc.topic_firm)
                or self._host_of_site_home(topic[1])
                or (topic[1] == self.doc.subject.resolve("district") != home
                    and home not in self.comp.ancestors.get(topic[1], frozenset()))) and (
                self.doc.topic_years is None or frozenset(_YEARS_NAMED.findall(_COMPARED_YEAR.sub(
                    "", self.text[:cl.start + len(cl.text)]))) <= self.doc.topic_years) and (
                allowed is None or topic[1] in allowed):
            return topic[1], ""  # (天津…。武清区作为…。2018年实现地区生产总值…: the district's, inside the release's place)
        whole = next((r for r in cl.regions if r.whole and r.end <= q.start and r.region not in (OTHER, ANAPHOR)), None)
        if (whole is not None and q.base == "%" and not self._own_subject() and (allowed is None or whole.region in allowed)
                and (home is None or home == whole.region or home in self.comp.ancestors.get(whole.region, frozenset()))):
            return whole.region, ""  # “南水”已占北京城区供水的75%: a share of the place's own whole, no place of ours named before
        receiver, at = self._receiver_before(q, cl)
        if (receiver is not None and home is None and not self._own_subject() and (allowed is None or receiver.region in allowed)
                and _SUPPLIER_BEFORE.search(self.text, max(0, at - 50), at)):
            # 南水北调中线工程累计向北京调水超100亿立方米: what the place received, no place of ours sent it (承德…每年为京津
            # 供水22亿立方米 in 承德's release: 承德's supply)
            return receiver.region, ""
        if home is not None and (allowed is None or home in allowed):
            return home, ""
        if home is not None and (self.comp.region_levels.get(home) == "site"
                                 or not self.comp.ancestors.get(home, frozenset()) & allowed):
            return None, "area not in indicator"  # 京津城际…2017年发送旅客3100万人次: the line's own, not the area's indicator
        if self.doc.subject.site:
            return None, "sub-area"  # 沧州明珠商贸城…: 入驻营业已超800户 is the market's, no region of ours
        if (sole := self.doc.sole_place()) is not None and (allowed is None or sole in allowed) and not (
                _MANY_PLACES.search(cl.text)):  # (74个重点城市的达标城市数量…: a count over many places, the country's)
            return sole, ""  # a release that names one place of ours only: its figures with no place are that place's
        return None, "no region"

    def _host_of_site_home(self, topic: str) -> bool:
        """The paragraph is about the place a headline's site lies in (天津港标箱数… headline; 2023年，天津地区生产总值
        增长了4.3%。居民人均可支配收入突破5万元: the city's, not the port's)."""
        home = self.doc.subject.implicit
        return self.comp.region_levels.get(home) == "site" and topic in self.comp.ancestors.get(home, frozenset())

    def _regions_in(self, text: str) -> list[RegionMention]:
        regions = self.comp.regions.find(text)
        home = self.doc.subject.implicit
        if home in self.comp.zones:
            for r in regions:
                if r.region == OTHER and _BARE_ZONE.fullmatch(text, r.start, r.end):
                    r.region = home  # 天津经济技术开发区…：经开区规上工业增加值增长6.6%: the release's own zone, said short
                    # (the short names that are anaphora, 经开区 or 保税区, are resolved with the zones a release names:
                    # subject.py _zones_named; this catches the longer ones found as unknown places)
        ends = {}  # where each enumeration ends (京津派驻: 津's end for 京 too)
        for r in regions:
            ends[r.group] = max(ends.get(r.group, 0), r.end)
        for r in regions:
            if r.named and self._projects_of_origin(r, text):
                r.origin = r.of_projects = True
            elif r.named and r.region not in (OTHER, ANAPHOR) and self._sent_here(r) and _SENT_AFTER.match(text, ends[r.group]):
                r.origin = True  # 保定…：京津派驻专家1.2万人次: who sent the experts to the release's own place
            elif r.named and r.region not in (OTHER, ANAPHOR) and _FUNDER_AFTER.match(text, r.end) and any(
                    o.start > r.end and o.region not in (OTHER, ANAPHOR, r.region) and text[o.start - 1] == "在"
                    and _INVESTED_AFTER.match(text, o.end) for o in regions):
                r.origin = r.of_projects = True  # 北京企业在津投资738.35亿元: the firms come from Beijing; the money is Tianjin's
        return regions

    def _sent_here(self, mention: RegionMention) -> bool:
        """The release is about another place of ours, not inside the sender nor containing it."""
        home = self.doc.subject.implicit
        return home is not None and home != mention.region and self.comp.region_levels.get(home) not in _AREA_LEVELS and (
            mention.region not in self.comp.ancestors.get(home, frozenset())) and (
            home not in self.comp.ancestors.get(mention.region, frozenset()))

    def _projects_of_origin(self, mention: RegionMention, text: str) -> bool:
        """…曹妃甸区累计实施京津项目268个。其中北京项目234个: a place right before 项目, after another place of ours
        named as the subject earlier in the sentence (or as the release's own place), says where the projects come from."""
        if mention.region in (OTHER, ANAPHOR) or not PROJECTS_OF_ORIGIN.match(text, mention.end):
            return False
        hosts = [r.region for clause in self.earlier_regions for r in clause] + [self.doc.subject.implicit]
        return any(h not in (None, OTHER, ANAPHOR, mention.region) and self.comp.region_levels.get(h) not in _AREA_LEVELS
                   and mention.region not in self.comp.ancestors.get(h, frozenset())
                   and h not in self.comp.ancestors.get(mention.region, frozenset())
                   and not self._siblings(h, mention.region) for h in hosts)
        # (天津…滨海新区项目: a part; 三河市项目11个；大厂县项目10个: the parts of a list by place, each its own)

    def _siblings(self, a: str, b: str) -> bool:
        """Two places under the same parent (三河 and 大厂 in 北三县)."""
        above = self.comp.ancestors.get(a, frozenset())
        return bool(above) and above == self.comp.ancestors.get(b, frozenset())

    def _own_subject(self) -> bool:
        """The sentence names a place or anaphor of its own (then it is not the one before's topic)."""
        return any(r for clause in self.earlier_regions for r in clause)

    def _paired_region(self, allowed, q: Mention, cl: _Clause) -> tuple[str | None, str]:
        region = cl.pairs[q.num_start]
        if region is None:
            return None, "ambiguous region"
        if region == OTHER:
            return None, "other region"  # 北京、上海、天津…分别为6.83%、4.44%…: 上海's figure
        if _GAP_RE.search(cl.text, 0, q.start):
            return None, "comparison between regions"  # 分别高于全国平均水平0.12和0.10个百分点: gaps, not levels
        if allowed is not None and region not in allowed:
            return None, "region not in indicator"  # 分别为保定市、石家庄市…3.46%: a city's, not the province's
        return region, ""

    def _outside_areas(self, allowed, mentions: list[RegionMention]) -> bool:
        """The nearest place of ours named before the number is none of the indicator's few places (an indicator
        whose `regions` lists only some sub-areas): the figure is that place's, a measure the catalogue lacks."""
        ours = [m for m in mentions if m.region not in (OTHER, ANAPHOR) and m.start < m.end]
        return bool(ours) and len(allowed) <= 3 and ours[0].region not in allowed and not (
            self.comp.ancestors.get(ours[0].region, frozenset()) & allowed)

    def _default_region(self, default: str, rule_id: str, cl: _Clause, allowed=None) -> tuple[str | None, str]:
        """An indicator's default region, unless the sentence's subject or the release's own place (front matter, or
        a headline naming one place of ours besides areas) is another region of ours."""
        if self._unplaced_at is not None and self._unplaced_at < cl.start and _PART_CLAUSE.match(cl.text):
            return None, "no region"  # “一核多点”…累计落地项目1849个，其中来自北京的项目402个: the part of a figure placed
            # nowhere is no default region's
        implicit = self.doc.subject.implicit
        if implicit and (allowed is None or implicit in allowed) and default in self.comp.ancestors.get(implicit, frozenset()):
            return implicit, ""  # 西青区…累计引进北京项目490多个: the district's, an allowed part of the default (天津)
        home = [r for r in self.doc.subject.in_headline if self.comp.region_levels.get(r) not in _AREA_LEVELS]
        home = self.doc.subject.implicit or (home[0] if len(home) == 1 else None)
        if (home and home != default and default not in self.comp.ancestors.get(home, frozenset())
                and self._default_in_paragraph(default, cl)):
            home = None  # 北京…工作要点: …北京与廊坊北三县项目推介洽谈会。2021年洽谈会签约项目39个: the paragraph's place
        if self._named_elsewhere(default, rule_id, cl) or (home and self._elsewhere(home, default, rule_id, home=True)):
            return None, "area not in indicator"  # 廊坊…来自北京的项目到位额: not Tianjin's, whatever the default
        if not home and self.comp.region_levels.get(default) in _GROUP_LEVELS and self.doc.about_elsewhere(default):
            # 沧州…今年以来共签约项目52个: a release about another place is not 北三县's; the count is a measure of its own
            # (a group of places is the default only where named; 运河商务区注册企业 is 副中心's wherever it is told)
            return None, "area not in indicator"
        return default, ""

    def _default_in_paragraph(self, default: str, cl: _Clause) -> bool:
        """The paragraph names the indicator's default region before the clause, as a place (not an origin)."""
        before = self.para.text[:self.offset + cl.start]
        return any(m.region == default and m.named for m in self.comp.regions.find(before[-300:]))

    def _event_of_several(self, q: Mention, cl: _Clause) -> bool:
        """A signing total whose meeting (named in the sentence, else the headline) names two or more of our places
        that are not areas (京津冀 is the setting, not a host)."""
        upto = self.offset_of(cl, q)
        if "签约" not in self.text[:upto + len(q.raw) + 8]:
            return False
        event = _EVENT_NAME.search(self.text, 0, upto)
        text = self.text[:event.end()] if event else self.doc.subject.headline if _EVENT_NAME.search(self.doc.subject.headline) else ""
        named = {m.region for m in self.comp.regions.find(text) if not m.origin and not m.compared
                 and m.region not in (OTHER, ANAPHOR) and self.comp.region_levels.get(m.region) not in _AREA_LEVELS}
        return len(named) > 1

    def _named_elsewhere(self, default: str, rule_id: str, cl: _Clause) -> bool:
        """The sentence's subject, up to the number's clause, is a region the default must not override. A list of
        places (滨海、宝坻和保定…园区) is no subject, nor an agency speaking (北京市发改委相关负责人介绍)."""
        spans = [([r for r in cl.regions if r.named], cl.text)]
        for mentions, text in [*spans, *zip(reversed(self.earlier_regions), self._earlier)]:
            for m in reversed(mentions):  # the nearest subject decides
                if (m.start == m.end or sum(1 for o in mentions if o.group == m.group) > 1 or _AGENCY_AFTER.match(text, m.end)
                        or text[m.start - 1:m.start] in ("、", "和", "及") or text[m.end:m.end + 1] == "、"):
                    continue
                if m.region == ANAPHOR:  # 张家口…全市引进北京项目106个: the anaphor's place, not the default's
                    place = self.doc.subject.resolve(m.kind)
                    if place is None and m.kind == "park":
                        continue  # 园区 of a park the headline does not name: no subject either way
                    return place is None or self._elsewhere(place, default, rule_id, home=True)
                return self._elsewhere(m.region, default, rule_id, home=bool(_RECEIVING_AFTER.match(text, m.end)))
        return False

    def _elsewhere(self, region: str, default: str, rule_id: str, home: bool = False) -> bool:
        """A region that an indicator's default region must not override: not the default, not a place the
        indicator's name states, not an area (京津冀 is context) nor a member of a default area, not the province
        around the default (北京市级行政中心…: the subcentre's still). A prefecture city is the subject, though."""
        levels = self.comp.region_levels
        if region in (OTHER, ANAPHOR, default) or (not home and region in self.comp.name_regions.get(rule_id, ())):
            return False
        if levels.get(region) in _AREA_LEVELS:
            return False
        if levels.get(default) in _AREA_LEVELS and default in self.comp.ancestors.get(region, frozenset()):
            return False  # 北京…京津冀医联体: a member of the area the figure covers
        return not (levels.get(region) == "province" and region in self.comp.ancestors.get(default, frozenset()))

    def _region_bracket(self, q: Mention, cl: _Clause) -> tuple[RegionMention, int] | None:
        """(the region right before the bracket, where the bracket's text starts) for a number in a bracket that
        opens on measure words right after a region and closes right after the number, else None."""
        head = cl.text[max(0, q.start - 25):q.start]
        if "(" not in head and "（" not in head:
            return None
        m = _REGION_BRACKET.search(head)
        if m is None or not _REGION_BRACKET_CLOSE.match(cl.text, q.end):
            return None
        opening = q.start - len(head) + m.start()
        mention = next((r for r in cl.regions if r.end == opening and r.named
                        and r.region != ANAPHOR), None)
        if mention is None or _GAP_RE.search(cl.text, 0, q.start):
            return None  # 比北京(…)多: a gap between places stays a gap
        return mention, opening + 1

    def _mention_region(self, mention: RegionMention, allowed, nearest: bool, local, after, cl: _Clause):
        """(region, '') when the mention gives the number its region, (None, reason) when it forbids one,
        (None, '') when it is not the number's region and the search goes on."""
        region = mention.region
        if region == OTHER or (region == ANAPHOR and self._other_city_before(mention, cl)):
            return None, "other region"  # 上海, 全国: the nearest subject is not one of ours
            # (上海市统计局发布的公报显示，…全市常住人口…: that city's, not the release's)
        if (allowed is None and not nearest and mention not in local and self._listed_earlier(mention)) or (
                _SEVERAL_AFTER.match(cl.text, mention.end)):
            return None, "ambiguous region"  # 张家口、承德、秦皇岛优良天数超300天，PM2.5…: which of them? 邢台等8个城市的达标天数
            # 比例不足50%: the group's, none of them alone
        if region == ANAPHOR:
            region = (self._said_place(mention, cl) or self._area_named_before(mention, cl) or self._county_named_before(mention, cl)
                      or self.doc.subject.resolve(mention.kind) or self._said_place(mention, cl, only=True)
                      or self._strategys_region(mention, cl))
            if region is None:  # (园区 with no park in the headline: the park named nearby, if any, is the subject)
                return None, ("" if mention.kind == "park" else "other region" if mention.kind in ZONE_KINDS else "ambiguous anaphora")
        if allowed is not None and region not in allowed:
            if (mention in local and mention not in after and self.comp.ancestors.get(region, frozenset()) & allowed
                    and sum(1 for r in local if r.group == mention.group) == 1) or self._part_just_before(mention, allowed, cl):
                # 保定吸纳北京技术合同…: a part of the indicator's region, not all of it; 三河市项目11个，意向投资额201.65亿元:
                # 三河's, not the 北三县 named further back
                return None, "part of the indicator's region"
            if (nearest and self.comp.region_levels.get(region) in ("region", "group")
                    and not self.comp.ancestors.get(region, frozenset()) & allowed):
                return None, "area not in indicator"  # 三地累计签约项目: the whole area is the subject, not one part
            return None, ""
        if allowed is None and nearest:
            if len({r.region for r in local if r.group == mention.group}) > 1:
                return None, "ambiguous region"
            if _ACTOR_AFTER.match(cl.text, mention.end) and after:
                return None, "ambiguous region"  # 北京与29所雄安新区学校…: an actor and a place
        home = self.doc.subject.implicit
        if (mention.end - mention.start == 1 and home is not None and region in self.comp.ancestors.get(home, frozenset())
                and (allowed is None or home in allowed)):
            return home, ""  # 河西区…引进北京资源在津落地项目总投资42.6亿元: 在津 places it in Tianjin; the district's own
        return region, ""

    def _area_named_before(self, mention: RegionMention, cl: _Clause) -> str | None:
        """区域内 after a place named earlier in the sentence (雄安新区加快建设，区域内在建项目同比增加167个): that place's
        area, not the headline's."""
        start = self._clause_start_of(mention, cl)  # (the clause before's 区域内 too: …区域内在建项目…，固定资产投资…)
        if mention.kind != "area" or start is None or not self.text.startswith("区域内", start + mention.start):
            return None
        before = self.text[:start + mention.start]
        found = [m for m in self.comp.regions.find(before)
                 if m.named and m.region not in (OTHER, ANAPHOR) and not m.origin and not m.compared]
        if not found or (found[-1].start and before[found[-1].start - 1] not in "，,。；;：: ") or (
                _STATION_AFTER.match(before, found[-1].end)):
            return None  # (the place opens its clause: 郑皓介绍，副中心站综合交通枢纽…，区域内: a station's area)
        last = found[-1].region
        return last if self.comp.region_levels.get(last) not in _AREA_LEVELS else None

    def _strategys_region(self, mention: RegionMention, cl: _Clause) -> str | None:
        """京津冀协同发展持续纵深推进，区域经济总量…。2024年，区域地区生产总值为11.5万亿元: the region's total, in a paragraph
        whose only naming of the region is the strategy's name, is 京津冀's (no other place left 区域 open)."""
        start = self._clause_start_of(mention, cl)
        if (mention.kind != "area" or start is None or not _REGION_TOTAL_AFTER.match(self.text, start + mention.end)
                or not _JJJ_STRATEGY.search(self.para.text, 0, self.offset + start + mention.start)):
            return None
        return "jjj"

    def _clause_start_of(self, mention: RegionMention, cl: _Clause) -> int | None:
        """Where in the sentence the clause that names `mention` starts (this clause or an earlier one)."""
        if any(r is mention for r in cl.regions):
            return cl.start
        return next((a for (a, _), clause in self._clauses_named() if any(r is mention for r in clause)), None)

    def _in_objects_words(self, mention: RegionMention, clause: list[RegionMention]) -> bool:
        """去年，北京完成核心区平房退租2006户，老旧小区改造完工1225个: a place inside what the subject did (the core
        area's bungalows) is that clause's, not the subject of the clauses after it; the subject named before goes on."""
        bounds = self._bounds_of(clause)
        if bounds is None:
            return False
        head = self.text[bounds[0]:bounds[0] + mention.start]
        return any(r.start < mention.start and r.named and r.region not in (OTHER, ANAPHOR) for r in clause) and bool(
            _OBJECT_DEED_BEFORE.search(head)) and _DIGIT.search(self.text, bounds[0] + mention.end, bounds[1]) is not None

    def _receiver_before(self, q: Mention, cl: _Clause) -> tuple[RegionMention | None, int]:
        """The place a delivery goes to named last before the number in its sentence (累计向北京市调水量达100亿立方米，直接受益
        人口超1600万: the same place's), and where it stands in the sentence."""
        before = cl.start + q.start
        return next(((r, at) for at, r in reversed(self._receivers) if at + r.end - r.start <= before), (None, 0))

    def _bounds_of(self, clause: list[RegionMention]) -> tuple[int, int] | None:
        """(start, end) in the sentence of an earlier clause, found by its list of places."""
        return next((b for b, named in self._clauses_named() if named is clause), None)

    def _clauses_named(self):
        """(bounds, regions) of each clause read so far (a breakdown's lead sentence's regions come first and are
        left out)."""
        return zip(self.clauses, self.earlier_regions[1 if self._lead else 0:])

    def _said_place(self, mention: RegionMention, cl: _Clause, only: bool = False) -> str | None:
        """该市, 该区, 该省: the place of that kind named last before it in the paragraph (…是北京…开局之年。截至2018年底，
        该市森林覆盖率…), not the headline's. only: 全市, 全省 when the release's subject leaves them open (a piece on
        three provinces): the one place of that kind the paragraph names before it (2019年河北省生产总值…。全省人均…)."""
        start = self._clause_start_of(mention, cl)  # (该市 in an earlier clause: …，该市有林地…，森林覆盖率达56.7%)
        if start is None or only == self.text.startswith("该", start + mention.start) or mention.kind in QUIET_KINDS:
            return None
        found = self._found_before(mention, start)
        groups = Counter(m.group for m in found)
        # (承德是京津重要水源地…，该市有林地…: 京津 names two cities, never the one 该市 means)
        fitting = [m for m in found if m.named and m.region not in (OTHER, ANAPHOR) and groups[m.group] == 1
                   and fits_kind(mention.kind, m.region, self.comp.region_levels.get(m.region))]
        places = [m.region for m in fitting]
        if only and len(set(places)) > 1:
            # (…张家口市调整行政区划…。…北京举办了众多冰雪嘉年华活动，全市滑雪场…: the one its own sentence names)
            own = {m.region for m in fitting if m.start >= self.offset}
            return own.pop() if len(own) == 1 else None
        return places[-1] if places else None

    def _other_city_before(self, mention: RegionMention, cl: _Clause) -> bool:
        """全市, 全省 in a sentence whose last place named before it is another province's city or another province
        (上海市统计局发布的公报显示，至2018年末，全市…), with no place of ours named between."""
        start = self._clause_start_of(mention, cl)
        if start is None or mention.kind not in ("city", "province") or self.text.startswith("该", start + mention.start):
            return False
        before = [m for m in self.comp.regions.find(self.text[:start + mention.start]) if m.named]
        if not before or before[-1].region != OTHER or before[-1].group < 0:
            return False  # (记者从市环保局获悉，我市…: no place named)
        name = self.text[before[-1].start:before[-1].end]
        kind = "市" if mention.kind == "city" else "省"  # (上海, 广州市: the finder leaves the 市 out)
        return (name.endswith(kind) or self.text.startswith(kind, before[-1].end) or name in _OTHER_PROVINCIAL_CITIES
                or before[-1].end == start + mention.start)  # (广州全市: the place right before it)

    def _found_before(self, mention: RegionMention, start: int) -> list[RegionMention]:
        """The places the paragraph names before a mention whose clause starts at `start` (in the sentence)."""
        return self.comp.regions.find(self.para.text[:self.offset + start + mention.start])

    def _county_named_before(self, mention: RegionMention, cl: _Clause) -> str | None:
        """全县 in a paragraph that names one county before it (…涞源县识别建档立卡贫困人口…。全县…): that county, even when
        the release's own district is another (丰台区's paired county)."""
        start = self._clause_start_of(mention, cl)
        if start is None or not cl.text.endswith("县", 0, mention.end):
            return None
        found = self._found_before(mention, start)
        counties = {m.region for m in found if m.named and self.comp.region_levels.get(m.region) == "county"}
        return counties.pop() if len(counties) == 1 else None

    def _listed_earlier(self, mention: RegionMention) -> bool:
        """The mention is one of an enumeration of regions in an earlier clause."""
        for clause in self.earlier_regions:
            if any(r is mention for r in clause):
                return len({o.region for o in clause if o.group == mention.group}) > 1  # (北京首都: one place said twice)
        return False

    def _enumeration(self, text: str, regions: list[RegionMention], quantities: list[Mention], at: int) -> dict[int, str | None]:
        """分别: pair the last enumeration of regions before it with the numbers after it."""
        if at < 0:
            return {}
        interleaved = self._interleaved(text, regions, [q for q in quantities if q.start > at], at)
        if interleaved:
            return interleaved  # 分别是北京6.83%、上海4.44%和天津3.49%: each number right after its own place
        # a list of provinces (北京、上海、天津…分别为…) keeps its places outside the catalogue as slots, so each
        # number still pairs with its own place and the other provinces' numbers go to none of ours
        regions = [r for r in regions if _list_slot(r)]
        named = [r for r in regions if not r.whole and r.end <= at]
        if named and all(r.region == OTHER for r in named if r.group == named[-1].group):
            named = [r for r in named if r.region != OTHER]
        source = text
        after = [q for q in quantities if q.start > at]
        if not named and ("分别" in text or len(after) == self._paired):
            # (…三地经济总量分别为a、b和c，是2013年的x、y和z倍: the bare list goes on with the places paired before)
            named, source = self._earlier_list(text)
            if not named:
                return self._topic_parts(after)
        group_mentions = [r for r in named if r.group == named[-1].group] if named else []
        group = []  # 北京、天津、河北: the alias 天津、河北 (津冀) counts as two regions here
        for r in group_mentions:
            group.extend(self.comp.regions.split(source[r.start:r.end]) or [r.region])
        if (len(group) == 1 and len(self.comp.regions.parts.get(group[0], ())) == len(after) > 1
                and not self._lists_its_own(text[:at], len(after))):
            group = self.comp.regions.parts[group[0]]  # 京津冀三地 … 分别为 a、b、c (not 其第一、二、三产业…分别为 a、b、c)
        if len(group) < 2:
            return self._listed_places(source, after) if group_mentions and len(after) > 1 else {}
        if len(after) == len(group):
            self._paired = len(after) if "分别" in text else self._paired
            return {q.num_start: region for q, region in zip(after, group)}
        return self._listed_places(source, after) or {q.num_start: None for q in after}

    def _lists_its_own(self, before: str, n: int) -> bool:
        """The words just before 分别 list n items of their own, no places (其第一、二、三产业增加值分别为…): the numbers
        pair with those, not with a collective place's parts (北京、天津、河北三地…分别为… lists the parts)."""
        segment = re.split(r"[，,；;：:]", before)[-1]
        items = segment.count("、") + len(_AND_BETWEEN.findall(segment)) + 1
        return n == items > 1 and not self.comp.regions.find(segment)

    def _earlier_list(self, text: str) -> tuple[list[RegionMention], str]:
        """分别 with no places in its clause: the last list of places in an earlier clause of the sentence."""
        for (a, b), clause in zip(reversed(self.clauses), reversed(self.earlier_regions)):
            clause = [r for r in clause if _list_slot(r)]
            if clause and clause[-1].region == OTHER and any(r.region != OTHER for r in clause):
                clause = [r for r in clause if r.group == clause[-1].group]
            if any(r.region != OTHER for r in clause):
                return clause, self.text[a:b]
        return [], text

    def _topic_parts(self, after: list[Mention]) -> dict[int, str]:
        """京津冀三地…分别为…。按常住地分，城镇居民…分别为a、b、c: a sentence naming no place goes on about the three
        the paragraph's group holds, in their order."""
        topic = self.doc.topic
        if topic is None or topic[0] is not self.para or self._own_subject():
            return {}
        parts = self.comp.regions.parts.get(topic[1], [])
        return {q.num_start: region for q, region in zip(after, parts)} if len(parts) == len(after) > 1 else {}

    def _listed_places(self, source: str, after: list[Mention]) -> dict[int, str | None]:
        """依次是安阳、濮阳和石家庄，分别为94、84和81: a list of places only some of which are ours pairs by position,
        the others' numbers going to none of ours; a list that does not fit the numbers pairs nothing."""
        lists = _PLACE_LIST.findall(source)
        items = re.split(r"[、和及与]", lists[-1]) if lists else self._places_run_into_words(source)
        if not items:
            return {}
        if len(items) != len(after):
            return {q.num_start: None for q in after}
        ids = self.comp.regions.alias_to_id
        return {q.num_start: ids.get(item, ids.get(item + "市", OTHER)) for q, item in zip(after, items)}

    def _places_run_into_words(self, source: str) -> list[str]:
        """曹妃甸区、芦台开发区、海港开发区位居前三甲 / …海港开发区固定资产投资增速分别为: a list of places, the last run into
        the words after it, each ending as a place's name ends (区, 县, 市…), at least one of them ours; else []."""
        run = _PLACES_RUN.search(source)
        if not run:
            return []
        items = re.split(r"[、和及与]", run.group(1))
        last = _PLACE_NAME_END.match(items[-1])
        if not last or not all(_PLACE_NAME_END.fullmatch(item) for item in items[:-1]):
            return []
        items[-1] = last.group()
        ids = self.comp.regions.alias_to_id
        return items if any(item in ids for item in items) else []

    def _interleaved(self, text: str, regions: list[RegionMention], after: list[Mention], at: int) -> dict[int, str]:
        """Places and numbers alternating after 分别 (北京6.83%、上海4.44%): {number: its place}, else {}."""
        if len(after) < 2:
            return {}
        out: dict[int, str] = {}
        for q in after:
            before = [r for r in regions if at < r.start and r.end <= q.start and r.region != ANAPHOR and r.group >= 0]
            if not before or before[-1].compared or (before[-1].origin and not before[-1].receiver) or not (
                    _NUMBER_AFTER_PLACE.fullmatch(text, before[-1].end, q.start)
                    or _MEASURE_AFTER_PLACE.fullmatch(text, before[-1].end, q.start)):
                return {}  # (分别向北京供水35.5亿立方米、天津供水30.1亿立方米: each receiver and its amount)
            out[q.num_start] = before[-1].region
        return out if len(set(out.values()) - {OTHER}) >= 1 and len(out) == len(after) else {}

    def _skip(self, m: Mention, cstart: int, text: str, reason: str) -> None:
        self.result.skipped.append(_skip(m.raw, text, self.para.line_at(self.offset + cstart + m.num_start), reason))
        if reason in ("no region", "sub-area"):
            self._unplaced_at = cstart  # (a whole placed nowhere: its parts after 其中 are placed nowhere either)


# Words of a rule that do not name its measure: a clause holding only these names another measure.
_GENERIC_WORDS = {"累计", "增长", "增速", "下降", "同比", "上年", "按年", "比重", "占", "其中", "成交", "完成", "合计", "总量",
                  "提高", "降幅", "增幅", "年均", "平均", "分别", "达到", "实现", "增", "降", "涨", "升"}
_QUALIFIER_TAIL = re.compile(r"(?:约为|约|近|超过|超|逾|突破|达到|达|为|至少|不少于)$")


_COUNTED_PLACES = {"三地": 3, "两地": 2}
_JJJ_STRATEGY = re.compile(r"京津冀协同发展")
_REGION_TOTAL_AFTER = re.compile(r"(?:地区生产总值|生产总值|经济总量|GDP|常住人口|人口总量)")
_BARE_ZONE = re.compile(rf"{_ZONE_CLASS}|经济技术开发区|保税区|综合保税区|自贸区")  # a zone of ours said short in its release
_SECTORS_LISTED = re.compile(r"第?一[、，,]第?二[、，,和及]第?三(?:次)?产业")  # 第一、二、三产业增加值分别为…: the three sectors
_AND_BETWEEN = re.compile(r"(?<=[\u4e00-\u9fff])(?:和|及|与)(?=[\u4e00-\u9fff])")
_NATIONAL_RELEASE = re.compile(r"国家统计局(?:日前|近日|今天|今日|昨天|昨日|\d{1,2}月\d{1,2}日)?(?:发布|公布)")
_THE_DISTRICT = re.compile(r"(?:通州区|全区|本区|我区|该区)(?!区?(?:委|长|政府(?!工作报告)|人大|政协|领导|负责人))")  # (通州区政府工作报告显示: the district's)


def _from_point(text: str, ref: YearRef) -> bool:
    """由2011年的…, 从2013年的…, 从2015年末的…: the start of a from-to pair."""
    span = text[ref.pos:ref.end]
    return (span.endswith("的") or text.startswith(("的", "底的", "末的", "年底的", "年末的"), ref.end)) and (
        span.startswith(("由", "从")) or bool(_FROM_POINT.search(text, 0, ref.pos)))


def _names_another_whole(rule, head: str) -> bool:
    """…合计10.4万亿元；北京数字经济占GDP比重超四成: the clause names its own whole (占GDP比重), so a share rule
    whose whole (京津冀) is only in the clause before does not fit."""
    return rule.measure == "share" and bool(_OWN_WHOLE.search(head)) and not all(w in head for w in rule.all if w != "占")


def _shared_by_a_list(segment: str) -> bool:
    """A bound (超过, 以上) after a list of three or more items without 分别/合计: each item's, no one measure."""
    return segment.count("、") >= 2 and not _TOTAL_WORDS.search(segment)


def _one_load(q: Mention, cl: _Clause) -> str:
    """一列满载100个标准集装箱货物的中欧班列, 搭载1500余名旅客的邮轮: one vehicle's load, no figure."""
    return "single trip" if _LOAD_BEFORE.search(cl.text, max(0, q.start - 8), q.start) else ""


class _Amount(NamedTuple):
    value: Decimal
    base: str | None
    qualifier: str
    step: Decimal  # the step of its last digit written, in the base unit (920万: 10万)


def _states_exactly(amount: _Amount, first: _Amount) -> bool:
    """A second figure of the same measure that is the exact value the first only bounded (突破4万亿元，达到42370.4亿元)
    or rounded (北京国庆假期接待游客920万人次 heading the text, then 北京接待游客920.7万人次): both are true as written."""
    if first.base != amount.base:
        return False
    if first.qualifier in ("more_than", "at_least") and amount.qualifier == "exact" and amount.value >= first.value:
        return True
    gap = abs(amount.value - first.value)
    return amount.step < first.step and gap < first.step and gap <= first.value / 20


def _last_digit(number) -> Decimal:
    """The step of the last digit written that is not a trailing zero (920.7 -> 0.1, 680 -> 10)."""
    value = Decimal(number)
    return Decimal(1).scaleb(int(value.normalize().as_tuple().exponent) if value else 0)


def _first_figure_span(text: str, start: int, after: int) -> tuple[int, int]:
    """From `start` to the end of the clause holding the first number past `after` (the date's end) (截至11月底，全市累计
    完成投资…亿元: the flow verb of that figure; 截至8月底，铁路营业里程超1万公里，…实现…全覆盖: not a later clause's)."""
    digit = _DIGIT.search(text, after)
    if digit is None:
        return start, len(text)
    end = _CLAUSE_END_RE.search(text, digit.end())
    return start, end.start() if end else len(text)


def _count_of_parts(q: Mention, cl: _Clause) -> bool:
    """7个方面26条措施: a structure; 主要呈现以下5个特点: the points a text goes on to list."""
    if _POINTS_AFTER.match(cl.text, q.end) or cl.text.endswith(("以下", "如下"), 0, q.start):
        return True
    prev = [o for o in cl.quantities if o.end <= q.start]
    return bool(prev) and (prev[-1].unit_written or "") in _COUNT_UNITS and bool(_PART_GAP.fullmatch(cl.text, prev[-1].end, q.start)) and (
        not _TO_VALUE.fullmatch(cl.text, prev[-1].end, q.start))  # (钢铁企业由123家减至67家: where a count went, no part)


def _age_band_before(q: Mention, cl: _Clause) -> str:
    """An age (岁) stated in the clause before the number, with no other figure between but the value a change
    starts from: the number is an age group's (0至14岁常住人口…, 65岁及以上老年人口…, 60岁及以上常住人口从378.8万人
    上升到429.9万人); the band as written, '' when there is none."""
    before = [o for o in cl.quantities if o.end <= q.start]
    if before and _TO_VALUE.fullmatch(cl.text, before[-1].end, q.start):
        before = before[:-1]  # (the from-value: the same measure as this one)
    if not before or q.num_start in cl.items:
        return ""  # (婴儿死亡率和5岁以下儿童死亡率分别为2.21‰和2.67‰: a listed value's item names its own group)
    aged = before[-1].unit_written.startswith(("岁", "周岁"))  # (60周岁以上人口: 周岁 is read as the age's unit, as 岁 is)
    said = not aged and cl.text.startswith("岁", before[-1].end)  # (a 岁 the number did not take as its unit)
    if not aged and not said:
        return ""
    end = before[-1].end + said
    start = _AGE_RANGE_START.search(cl.text, 0, before[-1].num_start)  # (15-59岁, 0至14岁: the band's first age)
    return cl.text[start.start() if start else before[-1].num_start:end] + _AGE_BAND_TAIL.match(cl.text, end).group()


def _is_age(q: Mention, text: str) -> bool:
    """The number is an age or the first age of a band (60岁, 0-14岁), no figure."""
    return q.unit_written.startswith(("岁", "周岁")) or bool(_AGE_RANGE_END.match(text, q.end))


_AGE_DASH = r"\s*[-—–~～至到]\s*"  # (15-59岁, 0至14岁: the two ages of a band)
_AGE_TAILS = "及以上|以上|及以下|以下"
_AGE_RANGE_END = re.compile(rf"{_AGE_DASH}\d{{1,3}}\s*周?岁")
_AGE_LEAD = re.compile(rf"\d{{1,3}}(?:{_AGE_DASH}\d{{1,3}})?\s*周?岁(?:{_AGE_TAILS})?")
_AGE_BAND_TAIL = re.compile(f"{_AGE_TAILS}|")
_AGE_RANGE_START = re.compile(rf"(?<![\d.])\d{{1,3}}岁?{_AGE_DASH}$")
_PEOPLE_COUNTED_WORDS = re.compile(r"人口|出生|死亡|自然增长")  # the measures of a population, registered or resident
# 年末户籍人口为776158人, 常住人口49.5万: which population a paragraph last counted (see _Sentence._on_registered_people)
_POPULATION_COUNTED = re.compile(r"(户籍|常住)(?:总?人口)(?:总数|总量|数)?(?:为|是|达到?|共|有)?\s*\d")


def _minus(q: Mention, cl: _Clause) -> bool:
    """A minus sign written before the number (自然增长率为-1.71‰), not a dash of a range (2013-2021)."""
    at = q.num_start
    return at >= 1 and cl.text[at - 1] in "-－−" and (at < 2 or not cl.text[at - 2].isdigit())


def _words_of_next_subject(words: list[str], head: str, q: Mention, cl: _Clause) -> bool:
    """The rule's words occur only after the number, past a region that opens another subject with its own number."""
    if not words or any(w in head for w in words):
        return False
    found = [at for at in (cl.text.find(w, q.end) for w in words) if at >= 0]
    return bool(found) and any(q.end <= r.start < min(found) for r in cl.regions) and any(
        o.start > min(found) and o.base == q.base for o in cl.quantities)  # …and a number of its own, in the same unit


def _opens_on_total(text: str) -> bool:
    """共计535家: a clause that opens on the total of what was listed."""
    return bool(_TOTAL_OPENING.match(text.lstrip("，,；; ")))


def _place_items(text: str) -> bool:
    """北京334家、天津64家: places and their numbers, one or more."""
    return all(_is_place_item(t) for t in text.split("、"))


def _built_in(text: str, ref: YearRef) -> bool:
    """早市建成于2005年初: the year a place was built or set up in (a clause with no figure)."""
    at = ref.start if ref.start is not None else text.rfind(str(ref.year), 0, ref.end)
    return at >= 0 and bool(_BUILT_IN_BEFORE.search(text, 0, at))


def _is_place_item(text: str) -> bool:
    """北京3.2家: a place and its number (the place as _PLACE_ITEM reads it), a unit word at most after it."""
    digit = _DIGIT.search(text)
    return digit is not None and bool(_PLACE_ITEM.fullmatch(text, 0, digit.start())) and bool(
        _NUMBER_TAIL.fullmatch(text, digit.start()))


def _lent_head(own: str, words) -> bool:
    """The number's own phrase is the end of a word the rule lent (全市固定资产投资规模继续扩大，
    全年投资比上年增长3.6%: 投资 is the lent measure's own head, not another measure), or only the length of what the
    clause before counted."""
    return (len(own) >= 2 and any(w.endswith(own) for w in words)) or own in _LENGTH_OF_THOSE_COUNTED


_LENGTH_OF_THOSE_COUNTED = ("总里程", "里程", "总长度", "总长", "全长")  # 打通断头路32条段，总里程1500公里: the length of
# the roads just counted is the measure their clause lent, not a measure of its own


def _own_measure_apart(phrase: str, rule) -> bool:
    """A clause's own measure phrase shares no two characters running with any word of a rule lent by an earlier
    clause: it names another measure."""
    if len(phrase) < 2:
        return False
    pairs = {phrase[i:i + 2] for i in range(len(phrase) - 1)}
    return not any(word[i:i + 2] in pairs for word in rule.words for i in range(len(word) - 1))


_MEASURE_HEAD = re.compile(r"(?:消费支出|支出|收入|产值|总值|总额|增加值|产量|面积|人数|吞吐量|里程|余额|成交额)$")


def _own_head_apart(phrase: str, rule) -> bool:
    """农村居民人均可支配收入达到26490元；农村居民人均消费支出从1956年的151元…: a clause whose own phrase ends on a
    measure's head that no word of the lent rule holds names another measure, whatever words the two share."""
    head = _MEASURE_HEAD.search(phrase)
    return bool(head) and len(phrase) >= 4 and not any(head.group() in word for word in rule.words) and not all(
        word in phrase for word in rule.words)


def _plan_or_bar(q: Mention, cl: _Clause) -> str:
    """A share of a plan done (完成全年任务的110%), the steps passed (连跨6个万亿元台阶), a norm to meet (占地面积要超过300亩)
    or a bar the things counted pass (8个产业规模超千亿元): no value of the place."""
    head = _strip_qualifier(cl.text[:q.start])
    if q.base == "%" and (_PLAN_SHARE_BEFORE.search(head) or _INVESTMENT_DONE_BEFORE.search(head)):
        return "share of a plan"  # (分别占国家下达任务的198%; 42个省重点项目投资完成148.47%: of the year's plan)
    if (q.base == "元" and _BUDGET_BEFORE.search(head)) or (
            _PLAN_YEAR_BEFORE.search(head) and _TASK_OF_AFTER.match(cl.text, q.end)):
        return "target"
    if _SCHEDULE_BEFORE.search(head):
        return "share of a plan"  # 超序时进度8个百分点: ahead of the plan's schedule, no value of the place
    if _SURPLUS_BEFORE.search(head):
        return "surplus over a plan"
    if (q.base == "个" and _STEPS_AFTER.match(cl.text, q.end)) or _NORM_BEFORE.search(head) or (
            q.qualifier in ("more_than", "at_least") and _COUNT_LED.fullmatch(head) and not _DONE_BY_COUNTED.search(head)
            and not _ABOUT_SUFFIX.search(q.raw)):  # (70多个部门3万多名工作人员已迁至…: the people the count has, no bar)
        return "threshold"
    return ""


def _strip_qualifier(head: str) -> str:
    return _QUALIFIER_TAIL.sub("", head.rstrip())


# Heads that many measures share: sharing one of them does not make two phrases the same measure.
_GENERIC_BIGRAMS = {"人口", "企业", "项目", "总值", "数量", "总额", "产值", "收入", "投资", "浓度", "比重", "增长", "天数",
                    "规模", "总量", "机构", "单位", "指数", "地区", "全国", "全市", "全省", "经费", "平均", "年均"}


_YEAR_ITEM_GAP = re.compile(r"\s*[、，,；;]\s*(?:(?:19|20)\d\d年|今年|去年|上年|本年)[^，,。；;、\d]{0,8}")
_THAT_YEAR_LEAD = re.compile(r"\s*当年(?!计划|目标|任务|要|将)")
_YEAR_JUST_NAMED = re.compile(r"(?<!\d)((?:19|20)\d\d)年(?!来|以来|前)")  # (as a time: not 2014年以来, 五年前)
_THAT_YEAR_OPENING = re.compile(r"\s*(?:【[^】\n]{0,30}?[】\s])?\s*(?:年内|当年)[，,]")
_BARE_LIST_GAP = re.compile(r"\s*(?:、|和|及|以及|与)\s*")


_CN_DIGIT = {"一": "1", "二": "2", "三": "3", "四": "4"}
_ACROSS_YEARS_RE = re.compile(_ACROSS_YEARS + r"(?:\d{1,2}日)?")
_LAND_AFTER = re.compile(r"的?(?:海岸线|岸线|海域|海域面积|边界|边境线|陆地面积|国土面积|面积|土地上|的土地|大地)")
_AREA_OF_PLACE = re.compile(r"^[^\d]{0,6}?(?<!开发)(?<!建设)(?<!治理)(?<!修复)(?<!绿化)(?:总面积|国土面积|面积)(?:为|达|约|是)?\s*$")  # (开发面积, 建设面积: work done)
_ALL_OF_THEM = re.compile(r"[^，,。；;]{0,20}?(?<!平)均")   # 28个城市PM2.5平均浓度均同比下降: how many places, all of them
# 北京、河北双双跨越4万亿元量级，达到4.2万亿元: a bare "reached" after places that passed a mark together
_BARE_REACHED = re.compile(r"(?:均|都|也)?(?:达到|达|为|至)")
_BOTH_PASSED = re.compile(r"(?:双双|均|都)(?:已|首次)?(?:突破|跨越|超过|迈上|迈入|站上|跨入|进入)")
_ALL_SAME = re.compile(r"(?:均|双双)(?:为|是|达|达到|在|超过|突破|已|增加|增长|减少|下降|提高)?\s*$")
_AVERAGE_HEAD = re.compile(r"(?:^|[，,])\s*平均(?:值)?(?:为|是|达到|达)?\s*$")
# (截至今年9月底，…PM2.5浓度为33.16微克/立方米: a mean over the months so far, no reading on the day; so are the good days)
_FLOW_DONE = re.compile(r"完成|吞吐|接待|发送旅客|运送|成交|实现|累计|引进|承接|新增|签约|开工|落地|新设|吸引|浓度|优良天数|达标天数")
_YEAR_TO_MONTH = re.compile(r"截[至止](?:今年)?(\d{1,2})月")
_MONTH_SPAN = re.compile(r"(?<!\d)(\d{1,2})月?份?[-—–~至到和、](\d{1,2})月")
_MONTHS_RE = re.compile(r"(?:1月份?)?(?:1|一)?\s?[-—–~至到]\s?(\d{1,2})月|(?:前|头)(\d{1,2}|[两俩三四五六七八九十]|十[一二])个?月")


_SECTOR_RATIO = re.compile(r"(\d{1,2}(?:\.\d+)?)\s*[:：]\s*(\d{1,2}(?:\.\d+)?)\s*[:：]\s*(\d{1,2}(?:\.\d+)?)(?![\d:：]|\.\d)")  # (…57.5. 与2015年: a half-width full stop ends it)
_SECTOR_BEFORE = re.compile(r"产业(?:增加值)?(?:结构|构成|比例|比重)|三产(?:结构|比例|比重)")  # (三次产业增加值比重, 一二三产业结构, 产业结构由…调整为)
_SECTOR_TERMS = ("第一产业", "第二产业", "")  # the last term is the catalogue's tertiary_share; the others are candidates
# 构建500亿元规模…基金, 建立54个蔬菜…基地, 顺利完成8平方公里…任务, 连续195天没有…: a verb or a span, no measure
_REACH_VERB = re.compile(r"覆盖|影响|带动|惠及|辐射")
_BUILT = re.compile(r"建立|建成|建设")
_DEED_TAIL = re.compile(r"(?:新开工|开工建设|开工|基本建成|建成|竣工|新建|新增)$")
_MANY_PLACES = re.compile(r"\d+个[\u4e00-\u9fff]{0,4}?(?:城市|省份|省区市|地级市|县市区|区县)")
_STRATEGY_ONLY = re.compile(r"协同发展(?:战略)?|协同")
_SHARE_PHRASE_END = re.compile(r"(?:比重|占比|比例)$")
_LEVEL_GREW_BEFORE = re.compile(r"(?:增长|下降|增加|减少)了?\s*$")  # (a level grows; a share rises: 提高, 上升)
_BASE_OPENER = re.compile(r"(?:与|同|和)[^，,。；;\d]{0,4}(?:19|20)\d\d年[^，,。；;\d]{0,16}?(?:相比|比较)")  # 与2010年第六次全国人口普查相比
_COMPARED_ONLY = re.compile(r"(?:高于|低于|快于|慢于|高出|低出|超出|领先|落后于?)(?:全国|全省|全市|去年同期|上年同期|同期|上年|去年)?")
_NETWORK_AFTER = re.compile(r"的([\u4e00-\u9fff]{0,6}(?:网|网络|线路|公路|铁路|轨道|线))(?:[，,。；;、]|$)")
_VERB_ONLY = re.compile(r"(?:综合)?(?:构建起?|打造|组建|运用|推出|出台|制定|采取|开展|推动|组织|举办|召开|" + _BUILT.pattern
                        + r"|编制|运行|连续|不足|顺利|随着|随著)")
_INDUSTRIES_AFTER = re.compile(r"(?:工业)?行业(?:大类|中类)?(?:中|[，,]?(?:有[\d]*个?)?(?:实现|保持)?(?:正?增长|盈利|下降|亏损)"
                               r"|增加值(?:同比)?(?:实现|保持)?(?:正?增长|下降)(?![^，,。；;]*\d)"
                               r"|(?:增加值)?增速(?:高于|低于|快于|慢于|超过)(?![^，,。；;]*\d)"
                               r"|的?[^，,。；;\d]{0,14}?(?:稳中有升|正增长|增长|下降|回升|上涨|下跌|持平|加快|放缓|回落|收窄|扩大|好于|差于"
                               r"|由降转升|由负转正)[^，,。；;\d]{0,4}(?=[，,。；;]|$)"  # (8个行业增速加快, 7个行业降幅收窄)
                               # (26个行业利润总额比上年同期增加, 4个行业扭亏为盈)
                               r"|[^，,。；;\d]{0,12}?(?:增加|减少|扭亏为盈|扭亏)(?![^，,。；;]*\d))")
# (有95个行业增速高于上年同期; 21个行业综合能耗同比下降, 5个行业实现稳中有升: how broad a change was)
# (16个行业增加值同比增长: how broad the growth was; 28个行业大类增加值增长7.5%: the scope of a figure)
# 有232种产品产量保持增长: how many products' output grew, no output of the place
_OUTPUTS_MOVED_AFTER = re.compile(r"[^，,。；;\d]{0,6}产品(?:的)?产量[^，,。；;\d]{0,4}?(?:实现|保持)?(?:正?增长|下降|减少)(?=[，,。；;]|$)")
_PRICES_MOVED_AFTER = re.compile(r"[^，,。；;\d]{0,6}价格[^，,。；;\d]{0,4}?(?:上涨|下降|下跌|持平|上升|回落)[^，,。；;\d]{0,4}(?=[，,。；;]|$)")
_STATION_WORDS = r"(?:国家级|省级|区域)?(?:自动)?(?:气象|观测|水文|监测|雨量)?(?:站点|站|县(?:[(（]市[)）])?|水库)"
_STATIONS_MEETING_AFTER = re.compile(rf"{_STATION_WORDS}[^，,。；;\d]{{0,16}}?(?:超过|超|突破|回升|下降|上升|出现|偏高|偏低|偏多|偏少|暴雨|大暴雨)")
# 7个断面达到Ⅱ类, 25个县级及以上集中式饮用水水源地水质…均达到Ⅲ类, 4个地下水监测点位水质均达标: how many monitored
# waters met a class, no figure of the place (a water-quality bulletin's figure is the share of them: 优良水体比例77.8%)
_WATERS_MEETING_AFTER = re.compile(r"[^，,。；;\d]{0,20}?(?:断面|水源地|水源|点位|监测点|水体|水功能区)[^，,。；;\d]{0,14}?"
                                   r"(?:达到|达标|优于|好于|符合|劣于|实现升类|为劣)")
# 全年64次日客运量突破200万人次, 3次单日发送量超过100万人次: the times a day's flow passed a bar, and the bar
_TIMES_PASSED_AFTER = re.compile(r"(?:日|单日)[\u4e00-\u9fff]{1,8}?(?:突破|超过|超|达到|高于)\s*\d")
_TIMES_PASSED_BEFORE = re.compile(r"(?<![\d.])\d+次(?:日|单日)[\u4e00-\u9fff]{1,8}?(?:突破|超过|超|达到|高于)$")
_STATIONS_COUNTED_BEFORE = re.compile(rf"\d+(?:个)?{_STATION_WORDS}[^，,。；;\d]{{0,12}}?(?:超过|超|达到?|突破)$")
_PLACE_ANAPHOR = re.compile(r"[全本我该][省市区县]|省内")
_ANAPHOR_WORD = re.compile("|".join(sorted(ANAPHORA, key=len, reverse=True)))
_SHORT_MEASURE_HEAD = re.compile(r"[\u4e00-\u9fff]{1,6}(?:约|近|超过?|达到?|为)?\d")


_RANK_MOVE_BEFORE = re.compile(r"(?:跃升|上升|提升|前移|前进|后退|下滑|下降|跃居|进位)了?\s*$")
_AGE_MEASURE_BEFORE = re.compile(r"(?:期望寿命|预期寿命|平均寿命|平均年龄)(?:(?:从|由)?(?:(?:19|20)\d\d年的?)?\d[\d.]*岁"
                                  r"(?:增长|提高|提升|增加|延长|上升)?(?:到|至))?(?:为|达到?|提高到|增至|是)?(?:(?:19|20)\d\d年的?)?(?:约|近)?\s*$"
                                  r"|(?:期望寿命|预期寿命|平均寿命|平均年龄)(?:从|由)(?:(?:19|20)\d\d年的?)$")
# (平均期望寿命为82.43岁; 期望寿命从2012年的81.35岁增长到2023年的82.51岁: both ends a value)
_MILESTONE_PHRASE = re.compile(r"(?:首次|成功|一举|相继|先后)?(?:跨越|跨过|迈上|迈过|突破|站上|跃上|越过|跨入|迈入)?(?:新的?|一个)?"
                               r"(?:量级|台阶|大关|关口|门槛)?")
_VERB_ONLY_HEAD = re.compile(r"\s*(?:(?:19|20)\d\d年|去年|今年|全年|当年)?[，,]?\s*(?:共|也|则|已)?(?:完成|实现|有|拥有|共有|共计|总计|合计)了?"
                             r"(?:约|近|超过?)?\s*")
_AVERAGE_WORDS = re.compile(r"年均|[“\"]?十[一二三四五]五[”\"]?(?:期间|时期)")
_SAME_MEASURE_GAP = re.compile(r"[段次]?、")  # 6条段、445公里: the next number straight after, its unit the only difference
_LENGTH_UNITS = ("公里", "千米", "米")
_SEGMENT_LENGTH = re.compile(r"[\u4e00-\u9fff]{1,8}(?:至|到)[\u4e00-\u9fff]{1,8}段(?:全长|总长|长)(?:约|为|达)?\s*$")
_STATIONS_SET = re.compile(r"\d+(?:座|个)(?:车站|站)")
_ROUTE_WORD = re.compile(r"起自|起于|途经|经由|[，,]经|进入|接入|连接|终至|止于")
_LINE_ITSELF = re.compile(r"(?:线路|全线|正线|[^，,。；;\d]{0,12}?段)?")  # (…段: a section of the line)
_SIZE_WORD_AFTER = re.compile(r"[宽长高深厚](?:[，,。；;、）)的]|$)|高空|深处")
_DIMENSION_END = re.compile(r"(?:全长|总长|长度为|直径|半径|跨度|宽度|高度|全宽|长约|宽约|高约|深约"
                            r"|(?:南北|东西)(?:长|宽|相距|跨度))(?:为|约|达|近)?\s*$")  # (全市南北长289.2千米, 东西宽216.2千米)
_DESIGNATED_BEFORE = re.compile(r"(?:确定|明确|规划|布局)了?[^，,。；;\d]{0,30}$")
_KEY_SITES_AFTER = re.compile(r"(?:省级|市级|国家级)?重点(?:平台|园区|开发区|经济开发区|承接平台|片区)")


def _in_a_ranking(q: Mention, cl: _Clause, unit: str) -> str:
    """'rank' for a place in a ranking, a move in one or the set ranked, else ''."""
    if unit == "位" and cl.text.startswith("数", q.end):
        return "digits"  # 有7个月增速在2位数以上: how many digits, no count
    if (_RANK_BEFORE.search(cl.text, max(0, q.start - 6), q.start)
            or _ORDINAL_BEFORE.search(cl.text, max(0, q.start - 3), q.start)) and unit in ("位", "名", "个"):
        return "rank"  # 前10位城市, 居全国第3名: a place in a ranking
    if (unit == "个" and cl.text.startswith(("位次", "名次", "位"), q.end)) or (
            unit in ("位", "名") and _RANK_MOVE_BEFORE.search(cl.text, max(0, q.start - 6), q.start)):
        return "rank"  # 同比提升4个位次, 继去年大幅跃升3位: a move in a ranking, not a count
    if unit in ("个", "座", "家") and (_RANKED_SET_AFTER.match(cl.text, q.end) or (
            _EVALUATED_SET_AFTER.match(cl.text, q.end) and _IN_BEFORE.search(cl.text, 0, q.start))):
        return "rank"  # 吞吐量位居全国26个主要港口第13位, …10个重点工业区中居榜首, 在省对31个优化开发区(县区)综合考核中:
        # the set ranked or assessed, no count of its own
    return ""


def _a_frame(text: str, q: Mention, unit: str) -> str:
    """A number that sets a frame, no measurement: a method's weight, the key sites a plan named."""
    if text.startswith(("权重", "的权重"), q.end):
        return "weight"  # 各占50%权重进行排名: a method's weight, not a measurement
    if unit in ("个", "家") and _DESIGNATED_BEFORE.search(text, 0, q.start) and _KEY_SITES_AFTER.match(text, q.end):
        return "designated set"  # 先后确定了承接京津功能疏解的40个重点平台: what a plan named, no result
    return ""


_SURVEYED_BEFORE = re.compile(r"(?:据|根据|经)[^，,。；;\d]{0,12}对(?:本市|全市|全省|全区)?\s*$")
_SURVEYED_AFTER = re.compile(r"[^，,。；;\d]{0,14}?(?:进行)?(?:统计|监测|调查|抽样)")
_INDUSTRIES_BEFORE = re.compile(r"行业(?:大类|中类)?中(?:有)?\s*$")
_AS_OF_DAY = re.compile(r"(?<![年\d])(?:截至|截止到?)(?P<m>1[0-2]|[1-9])月(?:\d{1,2}日|底|末|[上中下]旬)")
_URBAN_RURAL = re.compile(r"城乡居民")
_FUNDER_AFTER = re.compile(r"(?:市|省)?(?:企业|客商|资本|资金)")
_INVESTED_AFTER = re.compile(r"(?:市|省)?(?:投资|设立|落户|兴业)")
_SERIES_CLAUSE = re.compile(SERIES_POINT.pattern + r"\d[\d.,]*[^\d，,。；;]{0,6}")
_TURNED_CLAUSE = re.compile(r"(?P<m>[^\d，,。；;]{2,20}?)(?:一举|成功)?扭转[^\d，,。；;]{0,14}?(?:局面|态势|趋势)")  # (固定资产投资扭转去年以来的下降局面，增长26.1%)
_TREND_CLAUSE = re.compile(r"(?P<m>[^\d，,。；;]{2,20}?)(?:均|都)?(?:有所|出现|呈现|呈)?(?:逐年|逐步|不断|持续|显著|明显|稳步|大幅|连续|快速|稳定)?"
                           r"(?:增长|增加|减少|下降|降低|上升|回升|提高|提升|回落|扩大|缩小)(?:的)?(?:趋势|态势|特征)?"
                           r"(?:明显|显著|较快|迅速)?")  # (万元GDP水耗下降明显, 在校生数均出现下降)
_GREW_CLAUSE = re.compile(r"(?:\d{1,2}\s*(?:至|-|—|–|~)\s*\d{1,2}月份?|(?:19|20)\d\d年(?:\d{1,2}\s*(?:至|-|—|–|~)\s*\d{1,2}月份?)?)?"
                          r"(?P<m>[^\d，,。；;]{2,20}?)(?:持续|保持|实现|稳步|继续|平稳|较快|快速|稳定|恢复性|再次|再度|进一步|小幅|大幅|适度|温和|逆势)"
                          r"[^\d，,。；;]{0,6}(?:增长|下降|回升|提高|上涨|回落|扩大|收窄)")  # (CPI涨幅再次回落，同比上涨0.9%)
# 2020年受疫情影响回落1.9%, 2021年反弹7.5%: a year's point of a series of rates
_CHANGE_POINT = re.compile(r"\s*(?:19|20)\d\d年[^，,。；;\d]{0,8}?(?:同比)?(?:增长|下降|回落|反弹|回升|增加|减少|提高|降低)了?(?:约|近)?\s*")
_CHANGE_POINT_CLAUSE = re.compile(_CHANGE_POINT.pattern + r"\d[\d.,]*\s*%")
# 朝阳区GDP增速一直很稳。2019年增长6.1%，…: a rate said to hold steady, whose points the next sentence gives
_STEADY_CLAUSE = re.compile(r"(?P<m>[^\d，,。；;]{2,20}?(?:增速|增幅|涨幅|速度))(?:一直|始终|总体|持续|保持|较为|相对)?(?:很稳|稳定|平稳|稳健|较快|稳中有升)")
_SINCE_CLAUSE = re.compile(r"(?P<m>[^\d，,。；;]{2,20}?)(?:自|从)[^，,。；;]{1,16}?(?:以来|开始|至今)")
_YEARS_CHANGE_BEFORE = re.compile(r"(?<![\d年])(?:[1-9]\d?|[两三四五六七八九十]+)年(?:来|间|里|中|内)?(?:累计|共|共计)?(?:增长|增加|提高|减少|下降|增|减)了?(?:约|近|超过?)?$")
_SPAN_CHANGE_BEFORE = re.compile(r"累计(?:增长|提高|提升|增加|下降|降低|减少)了?(?:约|近|超过?)?$")
_TOTAL_ONLY = re.compile(r"[\s，,、]*(?:总投资额?|投资额?|计划投资)(?:超过|超|逾|约|近|达到?|为)?\s*")
_SHARE_OF_BEFORE = re.compile(r"占(?![地用有])[^，,。；;\d]{0,16}$")
_TURNED_FROM = re.compile(r"由[\u4e00-\u9fff]{0,6}?(?:下降|增长|减少|增加|负增长|回落|上涨)$")
_TURNED_TO = re.compile(r"\s*(?:转为|转而|变为)(?:下降|增长|减少|增加|负增长)?\s*")
_REACH_WORDS = "发展到|增至|增加到|增长到|提高到|提升到|扩大到|达到|升至"
_LAST_YEAR_COMPARED = re.compile(r"(?:比|较|同)(?:去年|上年)")
_WHOLE_YEAR_OPEN_UNTIL = 10  # (全年 in a November release may be the year about to close)
_WHOLE_YEAR_BEFORE = re.compile(r"(?<![年比较])(?:全年|年末|年底)(?!目标|预计|计划|任务|将|有望|可)")
_THIS_YEAR_SAID = re.compile(r"今年|本年|预计|有望|力争|目标|将|(?:19|20)\d\d年")
# the deed between a clause's subject and a place that only qualifies its object (北京完成核心区平房…)
_OBJECT_DEED_BEFORE = re.compile(r"(?:完成|实现|建成|推进|开展|实施|改造|新建|组织|启动)[^，,。；;\d]{0,4}$")
# a clause naming only the other part of a measure just given (…城镇居民人均可支配收入67990元，农村居民为26490元)
_PART_ONLY = re.compile(r"\s*(?:而|但|其中)?\s*(?P<part>农村地区|农村居民|农村|乡村|城镇居民|城镇|城市|城区|郊区|男性|女性)(?:则)?"
                        r"(?:为|达到?|是|仅为?)?\s*(?:约|近|超过?)?\s*")
_PART_FAMILIES = (("城镇居民", "城镇", "城市", "城区"), ("农村居民", "农村", "乡村", "郊区"), ("男性",), ("女性",))
_PART_COUNTERPART = {0: 1, 1: 0, 2: 3, 3: 2}


def _other_part(phrase: str, part: str) -> str:
    """城市公厕等级达标率 with 农村地区: 农村公厕等级达标率; '' when the phrase names no counterpart of the part."""
    family = next(k for k, words in enumerate(_PART_FAMILIES) if part.removesuffix("地区") in words)
    for word in _PART_FAMILIES[_PART_COUNTERPART[family]]:
        if phrase.startswith(word):
            return part.removesuffix("地区") + phrase[len(word):]
    return ""


_NAMES_FOLLOW = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:分别是|依次是|依次为|分别为)(?![\d约近超达])[\u4e00-\u9fff“\"]")
_SUMMED_CHANGE_ONLY = re.compile(r"\s*累计(?:增长|增加|回升|上升|提高|提升|下降|减少|降低|回落)了?(?:约|近|超过?)?\s*")
_BASE_LEVEL_BEFORE = re.compile(r"\s*(?:比|较)(?:19|20)\d\d年(?:同期)?的\s*")
_RUN_OF_MONTHS = re.compile(r"连续(?:\d{1,2}|[两三四五六七八九十]{1,2})个?(?:月|季度|年)")
# (截至5月19日已达到2505万人次: a level reached so far, its measure named in the clause before)
_REACHED_SO_FAR = re.compile(r"[\s，,]*(?:截至\d{1,2}月(?:\d{1,2}日)?(?:底|末)?[，,]?)?(?:已|已经)(?:达到|达|突破|超过)\s*")
_BARE_REACH = re.compile(r"[\s，,]*(?:达|为)\s*")  # (…暂居第一，达194651元: 达 alone, after a clause naming the measure)
_LEVEL_REACHED_BEFORE = re.compile(rf"(?:{_REACH_WORDS})\s*(?:约|近|超过?|逾)?\s*$")
_PLACE_HAS_PEOPLE = re.compile(r"[“\"‘]?\s*(?:到|至|截至)?(?:去年|今年|上年|(?:19|20)\d\d年)?(?:年底|年末|底|末)?(?:共|已)?有\s*(?:约|近|超过?)?\s*")
_MULTIPLE_POINT = re.compile(r"\s*(?:(?:19|20)\d\d年)?(?:为|是|达到?)\s*(?:19|20)\d\d年的?\s*")  # 2020年为2014年的1.8倍
_PLACES_PAIRED = re.compile(r"^(?:两地|三地)")  # (京津两地每万人…床位数: the places cut, their count left)
_PLACE_FROM_OPENS = re.compile(r"\s*(?:由|从)\s*(?:(?:19|20)\d\d年的?)?\s*")
_GREW_TO_TAIL = re.compile(r"(?:增长|增加|提高|提升|上升)(?:达到|到|至)\s*(?:约|近|超过?)?\s*$")
_FALLEN_TO_BEFORE = re.compile(r"(?:降至|下降到|降低到|减少到|减至|回落到|回落至)\s*(?:约|近)?\s*$")
_SUMMED_BEFORE = re.compile(r"累计|共计|合计|总计|共|新增|新建|新开工|引进|签约|完成")
# 黄骅港吞吐量突破亿吨, 接待游客人数创新高: a measure and the mark it passed or the record it set, no number
_RECORD_END = re.compile(r"(?:再次|又|屡|再)?(?:刷新(?:了)?(?:历史)?(?:纪录|记录)|创(?:下|出)?(?:历史)?(?:新高|新纪录|最高|最好)(?:水平)?)$")
_MARK_OR_RECORD_END = re.compile(r"(?:首次|再次|一举|成功)?(?:突破|跨越|跨过|迈上|站上|越过|超过)(?:(?:[一二两三四五六七八九十]|\d{1,2})个)?(?:万亿|亿|万|千|百)[\u4e00-\u9fff]{0,2}?"
                                 r"(?:大关|台阶|关口|量级)?$|(?:再|屡|又)?创(?:下|出)?(?:历史)?(?:新高|新纪录|最高|最好)(?:水平)?$"
                                 # 集装箱吞吐量继续保持快速增长趋势，完成63.4万标箱; 吞吐量增长一直保持全国第一，去年完成…: a trend
                                 r"|(?:增长)?(?:继续|持续|一直|始终)?保持[\u4e00-\u9fff]{0,6}?(?:增长|上升|势头|趋势|态势|第一|首位|前列)(?:趋势|态势)?$"
                                 r"|连续正增长$|(?:也|均|都)?(?:持续|稳步|快速|不断|逐步|显著|明显|大幅|迅速)(?:增长|上升|回升|提升|提高|增加)$"
                                 r"|(?:发展|增长)(?:迅猛|迅速|强劲)$"  # (旅客吞吐量持续增长，…已达到2505万人次; 市场主体发展迅猛，达75.78万户)
                                 # 年平均工资暂居第一，达194651元: a rank, then the figure ranked
                                 r"|(?:暂|仍|继续|稳)?(?:居|位居|位列|排名|名列)(?:全国|全省|全市|各省[区市]*)?(?:第[一二三四五六七八九十\d]位?|首位|榜首)$")
# 从2014年的85.9…降至2019年的42…，降幅51%: a rate after a from-to pair, in a clause of its own, changes from the from-point
_FROM_TO_BEFORE = re.compile(r"(?:从|由)((?:19|20)\d\d)年(?:底|末)?的[^。；;]{0,40}?(?:降|减少|增|提高|提升|上升|升)(?:至|到)"
                             r"[^。；;]{0,48}?[，,]\s*[^，,。；;\d]{0,10}$")  # (…，降幅51%，京津冀区域降幅46%: the same span)
_AID_WEST = re.compile(r"东西部(?:扶贫)?(?:协作|合作)|对口支援|受援地区?|援疆|援藏|援青|结对地区|国贫旗县")
_VILLAGE = re.compile(r"全村|该村|本村|村里|\d[余多]?户村民")
_WHOLE_PLACE = re.compile(r"全市|全省|全区|全县|全国")
_RATE_HEAD = re.compile(r"(?:降幅|增幅|涨幅|下降|增长|减少|上升|提高|提升)了?(?:约|近|达|超过|为)?\s*$")
_TO_LEVEL_ONLY = re.compile(r"[\s，,、]*(?:至|达)\s*")
_REACH_ONLY = re.compile(rf"[\s，,、]*(?:(?:19|20)\d\d年(?:底|末)?{FIRST_TIME}(?:{_REACH_WORDS})?|"
                         rf"(?:(?:19|20)\d\d年(?:底|末)?[，,]?)?(?:(?:{PARTS_OF_YEAR}|1\s?[-—–~至]\s?\d{{1,2}}月份?|全年|当年)[，,]?)?"
                         r"(?:(?:目前|现在|如今|当前|截至目前)[，,]?)?(?:已经?)?"  # (崇礼有4家滑雪场，目前已达到7家)
                         rf"(?:总数|总量|总计|共计)?(?:{_REACH_WORDS}|累计达到?|达)了?)\s*")  # (实际利用外资保持较快增长，1-9月达到95.7亿美元)
# (…以每年近2亿元增速快速增长，2018年首次突破10亿元: the year's level, past a bar; 首次突破百万亿元 with no year is the bar)
# 带动…人实现就业, 帮助…名贫困群众稳定就业: people counted by what a measure lifted them to (not 带动投资: money)
_LIFTED_BEFORE = re.compile(r"(?:带动|帮助)$")
_LIFTED_UNITS = frozenset({"人", "名", "户", "人次"})
_LIFTED_AFTER = re.compile(r"((?P<people>[^，,。；;、\d]{0,6}?(?:人口|群众|农民|农户|贫困户|劳动力))?[^，,。；;、\d]{0,10}?(?:脱贫|受益|增收|就业|致富))"
                           r"(?=[，,。；;、]|$)")


def _phrase_of_those_after(before: str, q: Mention, text: str) -> str | None:
    """A measure whose things follow the number: 有27.3%的外迁企业最终迁至河北、天津 (the share of the firms named after
    it); 带动10.88万贫困人口受益, 带动467.3万人实现就业 (the people a measure lifted, counted by what they reached)."""
    if q.base == "%" and before in ("", "有", "约有", "共有") and (share := _SHARE_OF_THINGS_AFTER.match(text, q.end)):
        return normalise(share.group(1), [])
    if _LIFTED_BEFORE.search(before) and (deed := _LIFTED_AFTER.match(text, q.end)) and (
            q.base in _LIFTED_UNITS or (q.base is None and deed.group("people"))):
        return (before + re.sub(r"^(?:实现了?|了)", "", deed.group(1)))[-MAX_PHRASE:]
    return None


# a deed that counts the things named after the number (成立15个…联盟, 拓展至39个教学班)
_DEED_BEFORE_COUNT = re.compile(r"(?P<verb>成立|组建|推动|培育|设立|发布|推出|开展|签署|签订|制定|出台|举办|举行|召开|收到|受理|引进|引入|认定|吸引|开通|实施|打造)$|(?:拓展|扩展|发展|增加|扩大|增)(?:至|到)$")


def _counted_by_deed(before: str, q: Mention, text: str) -> str:
    """累计成立15个跨区域职教联盟, 已制定41项区域协同地方标准, 共举办38场展会: the things counted, named by the deed
    before them; '' when the words after are no thing (企业 alone, a modifier in a list: 7项国际、15项国家…赛事)."""
    if q.base not in _COUNT_UNITS and q.base not in ("场", "份"):
        return ""
    deed = _DEED_BEFORE_COUNT.search(before)
    noun = (_NOUN_AFTER_COUNT.match(text, q.end) or _NOUN_BEFORE_QUOTE.match(text, q.end)) if deed else None
    counted = normalise(noun.group(1), []) if noun else ""
    if len(counted) < 2 or (_NOT_A_MEASURE_END.search(counted[-1]) and not counted.endswith("联盟")):
        return ""  # (联盟: an alliance, no 盟 of Inner Mongolia)
    if len(counted) == 2 and (counted in _BARE_COUNT_NOUN or text.startswith("、", noun.end(1))):
        return ""
    return (deed.group("verb") or "") + counted


# the kinds of day a count of days is a figure of: air quality (优良, 达标, 重污染, 沙尘, 蓝天, 一级/二级) and a stay
_DAY_KIND = re.compile(r"天数|日数|[优良]|达标|超标|污染|沙尘|蓝天|空气|[一二三]级|停留")
_STREAK_AFTER = re.compile(r"\s*(?:连续|不间断|持续)")  # 2557天连续不间断安全供水: a streak kept, a figure of its own


def _days_of_no_kind(unit: str, phrase: str, q: Mention, cl: _Clause) -> str:
    """开通运营15天, 设立满100天, 交货期38天: a count of days whose measure names no kind of day is how long something
    lasted, not a figure."""
    return "duration" if unit == "天" and not _DAY_KIND.search(phrase) and not _STREAK_AFTER.match(cl.text, q.end) else ""


_NEW_WORD = re.compile(r"^(?:新建|新增|新认定|新引进|新开工|新设立?)")
_LEAD_IN_TAIL = re.compile(_ITEMS_LEAD_IN + "$")  # 各区具体人口数量分别是：…
_CJK_WORDS = re.compile(r"[\u4e00-\u9fff]{2,24}")
_ITEMS_TOTAL = r"(?:共计|合计|总计|总共|一共)"  # (…、河北137家，共计535家: the items' total)
_TOTAL_OPENING = re.compile(_ITEMS_TOTAL)
_NUMBER_IN_ITEM = re.compile(r"\d[\d.]*")
_TOTAL_JUST_BEFORE = re.compile(_ITEMS_TOTAL + r"(?:为|达到?)?\s*(?:约|近|超过?)?\s*$")
_ITEMS_TOTAL_ONLY = re.compile(r"[\s，,；;]*" + _ITEMS_TOTAL + r"(?:为|达)?\s*")
_ITEM_SPLIT = re.compile(r"[、，,]")
_ITEM_NUMBER_AFTER = re.compile(r"[省市]?(?:约|近|超过?|达|为|有)?\s*\d[\d.]*[余多]?")  # (京津440家: a place's own item)
_ITS_SHARE = re.compile(r"\s*(?:约|已)?占(?:比)?(?:约|近)?[\d.]+%")
_RANK_LEAD_IN = re.compile(r"(?:位居|居|排在|排名|位列)(?:全市|全省|全国|各区|各市)?前[一二三四五六七八九十\d]{1,2}(?:位|名)的?"
                           r"(?:区|市|县|区县|城市|地区)?(?:依次)?(?:是|为|有)$")
_NOTE_MARK = re.compile(r"\[注?[一二三四五六七八九十\d]{1,2}\]|（注[一二三四五六七八九十\d]{1,2}）")  # 第三产业[注一]法人单位
_SET_HEADING = re.compile(r"((?:(?:19|20)\d\d年)?[^，,。；;\d]{2,24}?(?:企业|单位|机构|项目|园区|学校|医院|平台))中")
_MEASURE_HEADING = re.compile(r"(?:每(?:百万|十万|万|千|百)人口?)?[\u4e00-\u9fff]{2,16}?(?:数|数量|总量|人数|个数|总额|面积|规模)")
_NEW_ITEM_AFTER = re.compile(r"[;；]\s*(?!其中)")  # (…；其中，城镇居民…分别增长: the breakdown keeps the comparison)
_ADJUSTED = re.compile(r"(?:剔除|扣除|排除)(?!价格|物价)[^，,。；;\d]{1,20}?(?:因素|影响)")  # (扣除价格因素 is real growth, a measure of its own)
_NUMBER_TAIL = re.compile(r"\d[\d.]*[^\d，,；;]{0,4}")
_REACHED_IN_YEAR = re.compile(r"[^，,。；;\d]{0,4}?(?:至|到)\s*(?:19|20)\d\d年(?:底|末)?的?\s*")  # 由2014年的5.9人增加至2020年的8.5人
_REACHED_AFTER_CHANGE = re.compile(rf"\s*(?:[、，,]\s*(?:{FIRST_TIME}(?:达到|达|增至|升至|降至|为)?|达到|达|增至|升至|降至|为)"
                                   r"|达到|增至|升至)\s*")  # (营收首次突破6000亿元达到6122亿元: a bar, then the level)
# (增长18.5%、首次突破300亿元: 突破 is the number's qualifier; 首次 alone is left between)
_STATION_AFTER = re.compile(r"站|枢纽|机场|港")
_AWARD = re.compile(r"(?:全[国省市区]|排名|位居|位列|名列)第[一二三1-3](?![\d.])|荣获|获评|被评为|被命名为|获得[^，,。；;]{0,20}称号|入选")
_YEARS_LISTED = re.compile(r"(?:19|20)\d\d年[、和及与]\s*(?:19|20)\d\d年")
_COMPARABLE_AFTER = re.compile(r"\s*[(（]\s*(?:按|以)?(?:可比价格?|不变价格?)")
_PRICE_BASIS = re.compile(r"现行价格|现价|名义|不变价格|可比价格|可比价|实际(?=增长|增速)")  # (GDP名义增长4%，GDP实际增长5.6%)
_SECTOR_TERM_BEFORE = re.compile(r"\d\s*[:：]\s*\d{1,2}(?:\.\d+)?\s*[:：]\s*$")  # …调整为5.5:38.4:56.1: a structure's last term
_DATED_START = re.compile(r"(?:19|20)\d\d年")  # 由2011年的0.8:22.6:76.6: a start dated by its own year is a figure of that year
_RATIO_START = re.compile(r"(?:由|从)[^，,。；;]{0,12}的?\s*$")


def _reached_after_change(q: Mention, cl: _Clause) -> bool:
    """The number is the level reached right after a change (较2020年增加24个、达到147个)."""
    prev = [o for o in cl.quantities if o.end <= q.start]
    return bool(prev) and bool(_REACHED_AFTER_CHANGE.fullmatch(cl.text, prev[-1].end, q.start)
                               or _REACHED_IN_YEAR.fullmatch(cl.text, prev[-1].end, q.start))


# 已经助力20余万贫困人口脱贫…。仅2019年，就帮助3.8万名…: one year picked out of a running total dates its own sentence,
# not the totals after it
_ONLY_YEAR = re.compile(r"(?:仅|仅仅|光|单单|仅是)\s*((?:19|20)\d\d)年")
_BRACKET_CLOSE = re.compile(r"\s*[)）]")
# (not 从2013年到2017年，…: a span named first, whose end dates the sentences after it)
_STATE_FROM_YEAR = re.compile(r"(?:由|从)(?:19|20)\d\d年(?!以来|起|开始|\s*(?:[到至—–~-]|以来)\s*(?:19|20)\d\d)")


_COMPARED_VALUE_BEFORE = re.compile(r"(?:比|较|与)(?:(?P<y>(?:19|20)\d\d)年|上年|去年)(?:全年|同期)?$")
_COMPARED_VALUE_AFTER = re.compile(r"的(?:涨幅|增幅|增速|降幅|跌幅|增长|水平)")


def _scoped_phrase(phrase: str, band: str, span: bool, average: bool, origin: str) -> str:
    """A candidate's phrase with what narrows its measure: an age group, a span, an average rate, an origin."""
    if band and band not in phrase:
        phrase = band + phrase  # 60岁及以上常住人口: an age group's measure, not the whole population's
    if span:
        phrase = phrase.removesuffix("累计") + "累计"  # 地区生产总值累计|%|change: over a span, apart from the year's
    if average:  # (地区生产总值年均增长: the phrase keeps 年 of 年均 once only)
        phrase = phrase.removesuffix("年均").removesuffix("年")
        return phrase if "年均" in phrase else "年均" + phrase  # (“十四五”期间年均增速: 年均 once)
    return "来自" + origin + phrase if origin else phrase


_BREADTH_BEFORE = re.compile(r"(?:增长|盈利|亏损)面[^，,。；;\d]{0,8}$|^[^，,。；;\d]{0,2}占(?:全部|所有)?(?:工业)?行业(?:大类)?(?:总数)?的?(?:比重为?|比例为?)?$")
# (…，25个行业增加值实现增长，占全部行业的62.5%: the share of the industries that grew, as broad as the count before)
_REAL_TERMS = re.compile(r"扣除价格因素|按可比价格|实际(?=增长|下降|增加|减少)")
_ADJUSTED_BEFORE = re.compile(r"(?:调减|核减|调增|核增|虚增|挤掉|挤出)(?:[^，,。；;\d]|\d{4}年){0,16}$")
_SLOGAN_GLOSS = re.compile(r"[“\"]\s*(?:\d{1,2}|[一二三四五六七八九十N])\s*[”\"]\s*(?:即|是指|指的是|指|就是)")


def _weight_or_ratio(q: Mention, cl: _Clause) -> str:
    """A number that weighs, relates or revises other figures, no amount of the place ('' when it is none)."""
    if _WEIGHT_AFTER.match(cl.text, q.end):
        return "weight"  # 各占30%、30%和40%的权重进行排名: a method's weights, not measurements
    if _ADJUSTED_BEFORE.search(cl.text, 0, q.start):
        return "adjustment"  # 应调减全区2016年公共预算收入530亿元: the amount a figure is revised by, no level of it
    if q.base == "元" and q.scale == 1 and cl.text.startswith("钱", q.end):
        return "ratio"  # 每投入1元钱可带动6元钱的GDP: money spoken of as a ratio, no amount of the place
    if _BREADTH_BEFORE.search(cl.text, 0, q.num_start):
        return "count of industries"  # 工业行业增长面达67.5%, 增长面比上年扩大2.8个百分点: how broad growth was, no figure
    return ""


def _larger_than_a_year(rule, q: Mention) -> bool:
    """A figure larger than the catalogue's `largest` for the indicator: a total over years, not a year's figure."""
    return rule.largest is not None and abs(convert(q.number, q.scale, rule.scale)) > rule.largest


def _carried_refs(text: str, refs: list[YearRef], has_quantities: bool) -> list[YearRef]:
    """The years of a clause that date the clauses after it: not a from-point (由2011年的0.8:22.6:76.6调整为…
    dates its own value only), nor years listed for an event (其中2018年、2019年连续两年获得…；全省…)."""
    if not has_quantities and (_YEARS_LISTED.search(text) or _AWARD.search(text)):
        return []  # (2019年工业园区治理考核全市第一。累计引进北京项目490多个: an award's year dates nothing after it)
    return [r for r in refs if _dates_what_follows(text, r, has_quantities)]


_RATE_NAMED_AFTER = re.compile(r"的(增速|增幅|涨幅|降幅|增长率|占比)")


_WORKED_WITH = re.compile(r"^(?:合作|协作|共建|对接)")  # (the measure of what was done with a partner)


def _with_partner(cl: _Clause, q: Mention, phrase: str, origin: str) -> str:
    """其中，与北京市合作项目累计达441项: the part done with one partner, the partner in its measure (not the whole's)."""
    partner = "" if origin else _partner_opening(cl, q)
    return "与" + partner + phrase if partner and _WORKED_WITH.search(phrase) else phrase


def _partner_opening(cl: _Clause, q: Mention) -> str:
    """The partner a clause opens on (与北京市合作项目…: 北京), '' when it opens on none."""
    first = next((r for r in cl.regions if r.end <= q.start), None)
    if first is None or first.region in (OTHER, ANAPHOR) or not first.origin:
        return ""
    opening = cl.text[:first.start].strip("，,、 ")
    name = cl.text[first.start:first.end]
    return (_PLACE_STEM.sub("", name) or name) if opening in ("与", "同", "其中与", "其中，与", "其中,与") else ""


def _kind_of(q: Mention, cl: _Clause, unit: str, head: str, cumulative: bool) -> str:
    """measure_kind, and a percentage named a rate after it (7.0%的增速) is a change."""
    kind = measure_kind(q, unit, head, cumulative)
    if kind == "share" and _FASTER_THAN_ITS.search(cl.text, 0, q.start):
        return "change"  # 规上工业增加值增长10.2%，略快于沧州的9.0%: a speed outdone is a growth rate
    return "change" if kind == "share" and _rate_named_after(q, cl) not in ("", "占比") else kind


def _rate_named_after(q: Mention, cl: _Clause) -> str:
    """邢台7.0%的增速位居全省第二: the rate a percentage is, named after it."""
    named = _RATE_NAMED_AFTER.match(cl.text, q.end) if q.base == "%" else None
    return named.group(1) if named else ""


def _unit_per_head(q: Mention, cl: _Clause) -> tuple[str, Decimal]:
    """A candidate's unit and scale, with the head it is counted per (劳均产出达到219.3万元/人: per worker, no sum)."""
    unit, scale = candidate_unit(q)
    if unit and unit != "%" and (per := _PER_HEAD_AFTER.match(cl.text, q.end)):
        unit += "/" + per.group(1)
    return unit, scale


def _dates_what_follows(text: str, ref: YearRef, has_quantities: bool) -> bool:
    """Not a from-point, not a year in a bracketed remark, and not last year named inside a numberless clause before
    what happened then (再加上去年《五大道》纪录片热播: the event's time; 去年，… or 在去年… opening the clause is a time
    frame for the sentences after it)."""
    if _from_point(text, ref) or _in_brackets(text, ref.pos) or (not has_quantities and _FOUNDED_AFTER.match(text, ref.end)) or (
            _GOALS_YEAR_AFTER.match(text, ref.end)) or _RECORD_BEFORE.search(text, 0, ref.pos):
        return False  # (1912年正式建围场县，…。全县总面积…: when the place was founded, not the time of its figures; 提前达到
        # 健康中国行动2022年≤7.5‰的目标: the year of a goal met, not of the figures after it; 突破2016年最大负荷…：
        # the record passed, not the time of the clauses after it)
    return has_quantities or not _EVENTS_YEAR.match(text, ref.pos) or bool(_TIME_FRAME_BEFORE.fullmatch(text[:ref.pos]))


_MEETING_NAMED_AFTER = re.compile(r"(?:度|第[一二三四五六七八九十\d]+届)?[^，,。；;、\d]{0,16}?(?:工作会议?|大会|会议|论坛|峰会|博览会|交易会|洽谈会|座谈会"
                                  r"|发布会|推介会|年会|工作会)")
_RECORD_BEFORE = re.compile(r"(?:突破|超过|超越|刷新|打破|高于|超出)了?(?:此前|历史上)?的?\s*$")
_GOALS_YEAR_AFTER = re.compile(r"[^，,。；;\d]{0,6}?[≤≥<>＜＞]?\s*\d[^，,。；;]{0,14}?的?(?:目标|目标值|规划目标|任务目标)(?:[，,。；;]|$)")
_FOUNDED_AFTER = re.compile(r"(?:\d{1,2}月(?:\d{1,2}日)?)?[，,]?\s*(?:正式|经[\u4e00-\u9fff]{2,6}批准)?[，,]?\s*"
                            r"(?:建(?![设成])[\u4e00-\u9fff]{0,5}?[县市区]|设[县市区]|建制|撤[\u4e00-\u9fff]{1,4}设"
                            r"|(?:成立|设立|组建)[\u4e00-\u9fff]{0,12}?[县市区镇乡])(?!(?:[(（][^()（）]*[)）])?[\u4e00-\u9fff]{0,2}前)")
# (1992年建区前，燕郊只是…2.3万人口的小镇: the time before the founding is the figures' own)
_EVENTS_YEAR = re.compile(r"(?:去年|前年|上年)(?![，,底末初以同全\d一二三四五六七八九十])")
_TIME_FRAME_BEFORE = re.compile(r"\s*(?:[而但和且]|同时|其中|在|于|到了?|截至|截止|自|从)?\s*")


def _year_on_year_of(borrowed: str, q: Mention, cl: _Clause, measure: str) -> str:
    """我市CPI环比上涨0.9%…；同比上涨2.0%: a change on the year before borrows the measure without 环比, a measure of its
    own, not the month-on-month one said twice."""
    head = cl.text[:q.start]
    if measure == "change" and "环比" in borrowed and "同比" in head and "环比" not in head:
        return borrowed.replace("环比", "")
    return borrowed


def _dates_figure_before(cl: _Clause, ref: YearRef) -> bool:
    """峰值2195万人(2016年): a year alone in brackets right after a figure dates that figure, not the ones after it."""
    opening = ref.pos - 1
    return (opening > 0 and cl.text[opening] in "(（" and cl.text[ref.end:ref.end + 1] in (")", "）")
            and any(m.end == opening for m in cl.quantities))


def _in_brackets(text: str, at: int) -> bool:
    """(1994年9月16日历史蓄水量33.58亿立方米): a year in a bracketed remark with a figure of its own dates the remark,
    not the sentences after it (a bracketed date alone, 教育部公布(2022年2月)的…, dates its sentence)."""
    opening = max(text.rfind("(", 0, at), text.rfind("（", 0, at))
    if opening <= max(text.rfind(")", 0, at), text.rfind("）", 0, at)):
        return False
    closing = min((i for i in (text.find(")", at), text.find("）", at)) if i >= 0), default=len(text))
    return bool(_FIGURE_NOT_DATE.search(text, opening, closing))


_FIGURE_NOT_DATE = re.compile(r"\d(?:\.\d+)?(?![\d.年月日号时])")


def _ranked_values(sentence: str, text: str, mentions: list[Mention]) -> None:
    """按PM2.5平均浓度由低到高的顺序依次是：张家口(33)、承德(42)…: a ranking by a concentration or an index gives each
    place's bare value in brackets that measure's unit (the number as written stays the raw)."""
    ranked = _RANKED_BY.search(sentence)
    if not ranked or ranked.group("m").endswith(("幅度", "率")) or _RANKED_CHANGE.search(sentence, ranked.end("m"), ranked.end()):
        return  # (按…同比下降幅度…: each value a change, written with its %)
    measure = _UNIT_BRACKET_END.sub("", ranked.group("m"))  # 按PM2.5浓度(微克/立方米)由低到高: the unit said, the measure
    unit = "微克/立方米" if _CONCENTRATION.search(measure) else "指数" if measure.endswith("指数") else None
    if unit is None:
        return
    for m in mentions:
        if m.bare and m.kind != "quantity" and _BRACKET_OPEN.search(text, 0, m.start) and _BRACKET_CLOSE.match(text, m.end):
            m.kind, m.base, m.unit_written = "quantity", unit, unit


def _sector_structure(sentence: str, cstart: int, text: str, mentions: list[Mention]) -> None:
    """三次产业结构为0.8:22.3:76.9 (调整为5.5:38.4:56.1): the last term is the tertiary sector's share of GDP, in %.
    Only the terms of a structure named just before (in the sentence, 40 characters back) count, and the start
    of a change only where it names its year (由2014年的5.7:41.1:53.2, not 由5.7:41.1:53.2); the other terms stay
    no quantity."""
    for m in _SECTOR_RATIO.finditer(text):
        head = sentence[max(0, cstart + m.start() - 40):cstart + m.start()]
        parts = [Decimal(g) for g in m.groups()]
        start = _RATIO_START.search(text, 0, m.start())
        if not _SECTOR_BEFORE.search(head) or (start and not _DATED_START.search(start.group())) or not 99 <= sum(parts) <= 101:
            continue
        for q in mentions:
            for i, term in enumerate(_SECTOR_TERMS):
                if q.num_start == m.start(i + 1):
                    q.kind, q.number, q.scale, q.base, q.unit_written, q.bare = "quantity", parts[i], Decimal(1), "%", "%", False
                    q.term = term


def _no_other_time(text: str, subject: Subject) -> bool:
    """The sentence names no time but the headline's part of the year: no other period (比1-5月份提高, 上年同期: periods
    compared with are none) and no year but the headline's (较2023年增长: a change's base is none). 累计 in a holiday's or
    travel season's release (春运…累计发送旅客612.5万人次) is the season's total so far, no other time."""
    season = subject.subannual and _HOLIDAY_RE.fullmatch(subject.subannual)
    told = _SAME_PERIOD_BEFORE.sub("", _PERIOD_COMPARED.sub("", text.replace("累计", "") if season else text))
    return not _OTHER_TIME_IN.search(told) and all(
        int(y) == subject.year for y in _YEARS_NAMED.findall(_BASE_YEAR.sub("", _SAME_PERIOD_BEFORE.sub("", text))))


def _other_year(sentence: str, subject: Subject, ref_year: int, compared_too: bool = True) -> bool:
    """The sentence names, as its figures' own time, a year other than the one the headline's period is of; a
    holiday's figures are compared with earlier years' holidays (2024年春运…较2023年增幅达51.1%), so for a holiday
    the year must open a clause or a deed (国庆假期见闻 …，2020年实现货物吞吐量7.02亿吨: that year's whole total)."""
    if _SUBANNUAL_RE.search(sentence):
        return False
    year, owns = subject.year or ref_year, list(_OWN_YEAR_RE.finditer(sentence))
    if compared_too:
        return bool(owns) and int(owns[0].group()[:4]) != year
    return any(int(own.group()[:4]) != year and _YEAR_OF_DEED.match(sentence, own.end())
               and (own.start() == 0 or sentence[own.start() - 1] in "，,；;：:\n ") for own in owns)


_YEAR_OF_DEED = re.compile(r"(?:底|末)?[，,]?(?:全年)?(?:共|累计|全市|全省)?(?:实现|完成|达到?|突破)")
_EXAMPLE_LEAD = re.compile(r"以([^，,。；;：:\d]{2,16}?)为例[，,：:]")  # the measure a sentence's figures are examples of
# …保持全国第一，去年完成17103.38万吨, after 今年前7个月…: last year's whole total, no part of this year's
_LAST_YEAR_DONE = re.compile(r"(?:^|[，,；;\s])(?:去年|上年)(?:全年)?(?:共|累计)?(?:完成|实现|达到?)")


def _month_count(text: str) -> int:
    """前10月, 前两个月: a month count written in digits or in words."""
    return int(text) if text.isdigit() else cn_to_int(text.replace("俩", "两")) or 0


def _last_month(key: str | None) -> int | None:
    """The last month of a period key (2月 -> 2, 1-2月 -> 2, Q1 -> 3); None for other periods."""
    if not key:
        return None
    m = re.fullmatch(r"(?:\d{1,2}-)?(\d{1,2})月", key)
    return int(m.group(1)) if m else {"Q1": 3}.get(key)


_QUARTER_MONTHS = re.compile(QUARTER_MONTHS)
_DIGITS_LEAD = re.compile(r"\d+")


def _period_key(sub: str | None) -> str | None:
    """A part of the year a candidate may carry in its id (上半年, 一季度, 1-10月, 2月); None for none or for a
    month named only as 月报 (a month's figure is too easily read as the year's without its month)."""
    if not sub:
        return None
    if sub.startswith("距") or _YEAR_SO_FAR.fullmatch(sub):
        return "年初至今"  # 距年底还有近50天, 今年以来: the year so far, its last month unsaid
    one = _ONE_MONTH_KEY.fullmatch(sub)
    if one:
        return one.group(1) + "月"  # 北京市2月优良天数比例, 12月份，…: that month's, in its id
    holiday = _HOLIDAY_RE.fullmatch(sub)
    if holiday:
        feast = holiday.group("feast")
        return feast if feast in ("春运", "暑运") else feast + "假期" if feast else "长假"
        # (国庆黄金周 and 国庆期间 are one period, 国庆假期; 黄金周 or 七天长假 with no feast named, 长假)
    return _season_key(sub) or _months_key(sub)


def _season_key(sub: str) -> str | None:
    """Quarters, halves and heating seasons."""
    if _QUARTER_MONTHS.fullmatch(sub):
        return f"Q{int(_DIGITS_LEAD.match(sub).group()) // 3 + 1}"  # 10—12月: the fourth quarter
    if sub.startswith("首季"):
        return "Q1"  # 首季“开门红”: the first quarter
    if "季度" in sub:
        if re.match(r"[1一][-—–~至到]", sub):
            return "前三季度" if sub[-3] in "3三" else "上半年"  # 1-3季度, 一至二季度: the first three quarters, the half
        return "前三季度" if sub.startswith("前") else "Q" + _CN_DIGIT.get(sub.lstrip("第")[0], sub.lstrip("第")[0])
    if sub in ("上半年", "下半年", "秋冬季"):
        return sub
    if sub in ("采暖季", "供暖季", "采暖期", "供暖期"):
        return "采暖季"
    return "秋冬季" if _ACROSS_YEARS_RE.fullmatch(sub) else None


_WHOLE_MONTHS = re.compile(r"(\d{1,2})月1日[至—–~-](\d{1,2})月(\d{2})日")
_MONTH_ENDS = {2: (28, 29), 4: (30,), 6: (30,), 9: (30,), 11: (30,)}  # (every other month ends on the 31st)


def _months_key(sub: str) -> str | None:
    """Windows of days, the year so far, spans of months."""
    ytd = _YEAR_TO_MONTH.match(sub)
    if ytd and ytd.group(1) == "12":
        return "截至" + sub[ytd.start(1):].strip()  # 截至12月10日: the year so far, short of the whole year by days
    if ytd:
        return f"1-{ytd.group(1)}月"  # 截至11月底, 截至9月14日: the year so far, as 1-11月, 1-9月
    if "日" in sub:
        window = re.sub(r"\s|(?:19|20)\d\d年", "", sub.replace("到", "至"))
        whole = _WHOLE_MONTHS.fullmatch(window)
        first, last = (int(whole.group(1)), int(whole.group(2))) if whole else (0, 0)
        if whole and int(whole.group(3)) in _MONTH_ENDS.get(last, (31,)) and first < last and (first, last) != (1, 12):
            # 10月1日至2017年12月31日: whole months, the fourth quarter (1月1日至6月30日: the first half)
            return _months_key(f"{first}-{last}月")
        return window  # a window of days (2月4日至20日) is its own period
    span = _MONTH_SPAN.search(sub)
    if span and 1 < int(span.group(1)) < int(span.group(2)) <= 12:  # 10—12月: a later part of the year
        a, b = int(span.group(1)), int(span.group(2))
        return {(4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (7, 12): "下半年"}.get((a, b), f"{a}-{b}月")
    m = _MONTHS_RE.search(sub)
    if m:
        n = _month_count(m.group(1) or m.group(2))
        return {3: "Q1", 6: "上半年", 9: "前三季度"}.get(n, f"1-{n}月") if 1 < n < 12 else None
    return None


_WHOLE_PLACE_OPENS = re.compile(r"全(?:市|区|省|县)(?=[\u4e00-\u9fff]{2})")  # 全区重点监测景区、宾馆酒店…等60处: whose the items are


def _without_listed_names(q: Mention, cl: _Clause, local: list[RegionMention]) -> list[RegionMention]:
    """The clause's places less those inside a list of names the count sums up (河北长安…、…等12个项目: names; the list
    opens after its verb: 定州则有正大…基地、…等14个项目 is 定州's; 总投资63.75亿元的河北长安…、…等12个项目: names after it)."""
    if (listed := _NAMED_ITEMS_BEFORE.search(cl.text, 0, q.start)) and _DEED_AFTER.match(cl.text, q.end):
        first_gap = cl.text.find("、", listed.start(), listed.end())
        opener = _LIST_OPENER.search(cl.text, listed.start(), first_gap) if first_gap > 0 else None
        begin = opener.end() if opener else listed.start()
        return [r for r in local if not begin <= r.start < listed.end() or _WHOLE_PLACE_OPENS.match(cl.text, r.start)]
    if listed_after := _LISTED_NAMES_AFTER.match(cl.text, q.end):
        return [r for r in local if not q.end <= r.start < listed_after.end()]
    return local


def _kind_counted(allowed, q: Mention, local: list[RegionMention]) -> str | None:
    """The indicator's region named right after a count, as the kind of the things counted (115个京津冀医联体)."""
    return next((r.region for r in local if r.start == q.end and r.region in allowed), None) if allowed else None


def _period_id(phrase: str, kind: tuple) -> str:
    """A candidate's id for `phrase`, with the part of the year it is of (kind: unit, measure, period)."""
    unit, measure, period = kind
    return f"{period}|{candidate_id(phrase, unit, measure)}" if period else candidate_id(phrase, unit, measure)


def _count_of_places(q: Mention, cl: _Clause, head: str) -> bool:
    """N个 counts places: past a bar (超过全省平均水平的有6个地区, 省(市)有7个), in a group (京津冀28个城市…均同比下降)
    or in a ranking (浓度最低的3个城市依次是…, 相对较差的10个城市); not 涿州市有11个项目签约 (projects, not places)."""
    places_after = _PLACES_AFTER.match(cl.text, q.end)
    if (head.endswith("有") and places_after) or _ALL_PLACES_AFTER.match(cl.text, q.end) or (
            _PLACES_HAVE_BEFORE.search(head) and (places_after or not _CJK_AT.match(cl.text, q.end))) or (
            _SPREAD_OVER_BEFORE.search(head) and _SOME_PLACES_AFTER.match(cl.text, q.end)):
        return True  # (电站分布在全省43个国家级贫困县: where they are, how many places)
    if places_after and (any(r.end == q.start for r in cl.regions) or _ALL_OF_THEM.match(cl.text, q.end)):
        return True
    if places_after and head.rstrip().endswith(("和", "与", "及", "、", "至", "到")):
        # 发布重点区域和74个城市空气质量状况: the cities a bulletin covers, listed with an area; 北京至6个毗邻区域全部实现
        # 1小时内通达: the places a route reaches
        return True
    if places_after and _PLACES_DID_AFTER.match(cl.text, places_after.end()):
        return True  # 8个区及经开区率先实现基本无违法建设区: how many places met a bar, not a figure
    if places_after and (head.endswith("中") or _PLACES_MEASURE_AFTER.match(cl.text, places_after.end())):
        return True  # “2+26”城市中27个城市…, 16个城市PM2.5平均浓度同比不降反升: how many of them, not a figure
    if places_after and _RANKED_AFTER.match(cl.text, places_after.end()):
        return True
    return bool(places_after) and bool(_EXTREME_BEFORE.search(head))


def _list_at(text: str, quantities: list[Mention]) -> int:
    """Where 分别 starts; or, for numbers listed bare ("PM2.5、PM10浓度同比下降9.1%、1.8%"), just before the
    first of them, so the list pairs like one with 分别; else -1."""
    at = text.find("分别")
    if at >= 0:
        return at
    if len(quantities) > 1 and quantities[0].start > 0 and all(
            _BARE_LIST_GAP.fullmatch(text, a.end, b.start) for a, b in zip(quantities, quantities[1:])) and (
            len({q.base for q in quantities}) == 1 or _two_named_two_told(text, quantities)):
        # (增长5.2%、约4.4万亿元: a rate and a level of one measure, no list)
        return quantities[0].start - 1
    return -1


def _two_named_two_told(text: str, quantities: list[Mention]) -> bool:
    """孕产妇死亡率和婴儿死亡率为0.69/10万和1.35‰: two measures joined by 和, then two numbers in units of their own
    joined by 和, each the measure in its place."""
    return len(quantities) == 2 and text[quantities[0].end:quantities[1].start].strip() == "和" and bool(
        _TWO_MEASURES.search(text, 0, quantities[0].start))


# two measure nouns joined by 和 before the verb: 孕产妇死亡率和婴儿死亡率(控制在|为|分别为), 快递业务量和业务收入(达到)
_TWO_MEASURES = re.compile(r"[\u4e00-\u9fff]{2,}(?:率|量|数|额|值|度|收入|支出|利润|面积)和[\u4e00-\u9fff]{2,}(?:率|量|数|额|值|度|收入|支出|利润|面积)"
                           r"[^，,。；;\d和]{0,6}$")


def _parallel_item(text: str, head: str, segments, own: tuple[int, int], q: Mention, places) -> int | None:
    """Where the words shared by every item of an enumeration end, when this item and another are parallel measures
    of one kind (二氧化氮年平均浓度51微克/立方米、细颗粒物年平均浓度86微克/立方米: two concentrations). The first
    item's name, after the last place named before it, is its own, not this item's; only the place and time before
    it are shared. Items that are not of one kind share the head whole (从京津引进项目3900个、资金3600亿元: 引进 is the
    funds' too; 年均增长5.5%、总量达到2500亿元: 总量 is the first measure's)."""
    cut = max((r.end for r in places if r.end <= len(head)), default=0)
    mine = normalise(text[own[0]:q.num_start], [])
    if len(mine) < 2:
        return None
    names = [normalise(head[cut:], [])] + [normalise(text[a:b], []) for a, b in segments[1:] if (a, b) != own]
    if any(n != mine and len(os.path.commonprefix([mine[::-1], n[::-1]])) >= 2 for n in names):
        return cut
    return None


def _segments(text: str, quantities: list[Mention]) -> list[tuple[int, int]]:
    """Split a clause into one phrase per enumerated number ("35个部门、165个单位、约1.5万人")."""
    cuts = []
    for prev, cur in zip(quantities, quantities[1:]):
        gap = text[prev.end:cur.start]
        best = -1
        for sep in _SEPARATORS:
            at = gap.rfind(sep)
            if at >= 0 and at + len(sep) > best:
                best = at + len(sep)
        if best >= 0:
            cuts.append(prev.end + best)
    if not cuts:
        return [(0, len(text))]
    starts = [quantities[0].start, *cuts]
    ends = [*cuts, len(text)]
    return list(zip(starts, ends))
