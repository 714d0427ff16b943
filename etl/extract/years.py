"""Which year a figure belongs to, read from the words around the year, not from its position alone.

A year in a clause plays one of these roles:
  time    2021年, 截至2021年年底, 今年, 去年 (relative to the release's reference_year)
  since   2019年以来, 自2014年, 2014年起, 2016年…启动建设至今: a cumulative period; the figure's year is the end of the
          period, i.e. the year in force for the clause (inherited), else the release's status year
  range   2019—2021年: period_start and year
  base    较2013年, 比上年, 是2015年的 (…倍): the comparison year of a change or multiple
          十年来, 11年来: a period counted back from reference_year (2024 release: since 2014)
  target  到2025年, 预计2025年, 明年: a plan, not a result (figures under it are skipped as 'target')

The status year is the year of figures that carry no year at all ("截至目前", "已有…"). A front
matter `status_year` sets it; otherwise a release published in the first half of its reference year
reports the year just closed (a spring work plan or data release looks back on last year), and a
later one reports its reference year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.numbers import DOCUMENT_TITLE, cn_to_int

_Y = r"(?:19|20)\d\d"
_SEASONS = r"雪季|冰雪季|赛季|采暖季|供暖季|学年"
_SEASON_AT = re.compile(rf"\s*年?(?:{_SEASONS})")
RANGE_RE = re.compile(rf"(?P<a>{_Y})\s*年?\s*(?:——|[-—–~～至到]|[/／](?={_Y}年?(?:{_SEASONS})))\s*(?P<b>{_Y})\s*(?:年|(?={_SEASONS})"
                      r"|(?=[两三四五六七八九十]年))")  # (2016至2017两年: the two years named, then counted)
# (2020-2021雪季, 2020/2021雪季: a season across two years, dated by its last, as 秋冬季 is)
# 2016北京市生产总值…: a ranking site's year, written with no 年 before the place
# (2016北京…: a bare year before a place; 亮出2015“成绩单”, 交出2023答卷: before a year's report card, its year)
_PLACE_AFTER_BARE_YEAR = r"(?=(?:北京|天津|河北|京津冀|全国)[^\d]|[“\"‘]?(?:成绩单|答卷|年度成绩单)(?![\u4e00-\u9fff]{0,2}\d))"
BARE_YEAR = re.compile(rf"(?<!\d){_Y}{_PLACE_AFTER_BARE_YEAR}")
YEAR_RE = re.compile(
    r"(?P<lead>截至|截止到|截止|相较于|相对于|相当于|相比于|相比|相较|相对|较之|预计|力争|计划|争取|较|比|与|同|为|是|到|至|自|从)?"
    rf"\s*(?<!\d)(?P<y>{_Y})(?:\s*年|(?=全年)|{_PLACE_AFTER_BARE_YEAR})"
    r"(?P<tail>以来|来|起|至今|开始|水平的|的|[底末](?:以来|至今))?"  # (2016全年共引进…: 年 run into 全年; 2020年底至今: since
    # the year's end)
)
# 十年来, 11年来, 九年以来: a period counted back from the release's reference_year
# and 过去十年, 这十年, 十年间 (two years or more: 这一年 is a year, not a period); 近三年 only opening a clause
# (为近5年最高水平 compares with a period, it is no period of the figures)
SPAN_RE = re.compile(r"(?<![\d年])(?:(?:过去的?|这|(?:^|(?<=[，,]))近)(?P<n2>\d{1,2}|[一二两三四五六七八九十]{1,3})[多余]?年(?:来|以来|间|里)?"
                     r"|(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})[多余]?年多?(?P<tail>来|以来|间|里))")  # (实施5年多来)
# 增速居全省第一，为35年来、20年来首次; 创10年来最好水平: a record within the span, no period of the figures
_RECORD_AFTER = re.compile(r"(?:[、和及]\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,3})[多余]?年(?:来|以来))*\s*的?"
                           r"(?:首次|首度|第一次|最(?!终|后|先|早)|新高|新低|罕见|之最)")
_SPAN_WRITTEN = re.compile(r"(?:19|20)\d\d年?\s*(?:[-—–~至到]|到)\s*(?:19|20)\d\d年[\s，,]*(?:这|近|过去)?$")
_YEAR_WRITTEN_BEFORE = re.compile(r"\d年[\s，,]*(?:这|近|过去)?$")
_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# 高于, 快于…: a comparison; the year after it is the base, not the figures' time
COMPARING = "高于|低于|快于|慢于|好于|优于"
# 调整, 提高…: the verbs of a change; 由2013年的…调整为2023年的…
CHANGE_VERBS = "调整|优化|变化|转变|变|改|提高|提升|上升|增长|增加|扩大|下降|降低|减少|缩小|压缩|缩短|回落"
# 受上年疫苗生产高基数影响: last year as the base the figures are compared with, not their time
RELATIVE_RE = re.compile(rf"(?P<lead>相比|较|比|与|同|受|{COMPARING}|多于|少于|超过|超)?"
                         r"(?P<w>今年|本年|去年|上年|上一年|前年|明年|过去的?一年(?=里|中|[，,]|$))")
_OFFSETS = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2, "明年": 1, "过去一年": -1, "过去的一年": -1}
# 仅次于2001/2002年冬季: the record a figure comes second to, a yardstick, not its time
_SECOND_TO_BEFORE = re.compile(r"(?:仅次于|次于)\s*(?:(?:19|20)\d\d\s*[/／]\s*)?$")
_BASE_LEADS = {"相较于", "相对于", "相比于", "相比", "相较", "相对", "较之", "较", "比", "与", "同"}
_TARGET_LEADS = {"预计", "力争", "计划", "争取", "到", "至"}
_SINCE_TAILS = {"以来", "来", "起", "至今", "开始", "底以来", "末以来", "底至今", "末至今"}
_STAMP = re.compile(r"\s*0\d\s*月|\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:\d{1,2}\s*版|\d{1,2}[:：]\d{2})")
# 2016年北京城市副中心启动建设至今: the period's start, with its subject in between
# (以2014年为基期), 2014年=100: the index's base period, no year of any figure
_BASE_PERIOD = re.compile(r"\s*(?:为基期|为基年|为基准年|为基数|=\s*100)")
_CAUSE_BEFORE = re.compile(r"(?:受|因|由于|因为)$")
_TREND_OF_BEFORE = re.compile(r"(?:延续|保持|承接|延续了|保持了)$")
_TREND_AFTER = re.compile(r"[^，,。；;\d]{0,8}?(?:走势|态势|趋势)")
_PLANNED_AFTER = re.compile(r"[，,]?\s*(?:(?:还|也|仍|并|又)?将|要|力争|计划|争取|拟)")  # (2018年预计超过2万美元: an estimate of the year)
# 较1—2月和上年全年分别收窄, 比2019年和2022年分别增长: the later items of a list compared with are bases too
_COMPARED_WITH_AFTER = re.compile(r"(?:同期)?(?:相比|比较|对比)")
_WITH_BEFORE = re.compile(r"(?:与|和|同|较|比)[^，,。；;：:\d]{1,22}的$")
_COMPARED_LIST_BEFORE = re.compile(rf"(?:较|比|相比于?|{COMPARING})[^，,。；;：:]{{1,10}}?(?:和|及|以及|、)$")
_MEASURE_OF_MULTIPLE = re.compile(r"[^\d，,。；;]{1,6}?的(?:约|近|超过?)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)多?倍")
_MULTIPLE_AFTER = re.compile(r"(?:约|近|超过?)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+(?:点[一二三四五六七八九〇零]+)?)多?倍")
_MEETING_AFTER = re.compile(r"的?(?:全国|省|市|地方|北京|天津|河北)?(?:两会|人代会|人大会议|政协会议)")
_PLAN_LOOKED_BACK = re.compile(r"(?:回首|回顾|回望|纵观|盘点)(?:过去的?)?[“\"‘]?(十[一二三四])五[”\"’]?(?!规划|期间|时期|以来)")
_PLAN_END = re.compile(r"(从|由|较|比|与|同|)[“\"‘]?(十[一二三四])五[”\"’]?(?:规划)?(?:期)?末"
                       r"(?=的|(?:分别|累计)?(?:增长|提高|提升|下降|增加|减少|降低))")
# 截至“十三五”末北京4G用户占比八成, “十三五”末，全市…: the plan's last year, the time of the figures
_PLAN_END_AS_OF = re.compile(r"(?:(?:截至|截止到?|到)[“\"‘]?(十[一二三四])五[”\"’]?(?:规划)?(?:期)?末(?:期)?"
                             r"|(?<![从由较比与同“\"‘])[“\"‘]?(十[一二三四])五[”\"’]?(?:规划)?(?:期)?末(?:期)?(?=[，,]|$))")
_FIVE_YEAR_PLAN = re.compile(r"[“\"‘]?(十[一二三四五])五[”\"’]?(?:规划)?(期间|时期|以来|总量|累计|合计|共|(?=是))")
_COMPARED_PLAN_BEFORE = re.compile(rf"(?:{COMPARING}|比|较|相比|与)[“\"‘]?$")
_RANGE_BRACKET_AFTER = re.compile(rf"\s*[(（]\s*(?P<a>{_Y})\s*年?\s*(?:——|[-—–~～至到])\s*(?P<b>{_Y})\s*年?\s*[)）]")
_PLAN_START = {"十一": 2006, "十二": 2011, "十三": 2016, "十四": 2021, "十五": 2026}
_MONTH_BEFORE = re.compile(r"\d{1,2}月份?\s*$")
_RANGE_BASE_BEFORE = re.compile(r"(?:为|是|比|较|相当于|同)$")
_YEAR_START = re.compile(r"\s*(?:年)?初(?!以来|至今|起|开始|到|至|[-—–~])")
_AFTER_A_MILESTONE = re.compile(r"[^，,。；;]{2,20}?(?:之后|以后|后)(?:[，,]|$)")
_POLICY_AFTER = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:政策|措施)(?:的)?(?:翘尾|延续|效应|影响|带动)")
_TREND_SINCE_AFTER = re.compile(r"(?:[一二三四1-4]季度|上半年|下半年|前三季度|\d{1,2}月(?:份)?)?(?:以来|来)的")
_AS_OF_LEADS = {"截至", "截止", "截止到", "到", "至"}
_STOCK_WORDS = re.compile(r"常住人口|户籍人口|累计|总数|总量达|已有|拥有|共有|余额|保有量|存量")
# 完成去年全年总量, 与去年全年水平持平: last year's figure as the yardstick, not the time of this one
_RECORD_SINCE_AFTER = re.compile(r"[^，,。；;\d]{0,8}?以来(?:的)?(?:同期)?(?:最|新|历史|首次)")
_FIRST_TIME_NEXT = re.compile(r"[，,]?[^，,。；;\d]{0,16}?(?:首次|首度|第一次)")
# (a year written out too: 接近2001年的埋深水平, 达到2019年同期水平, read by _level_matched)
_YARDSTICK_AFTER = re.compile(r"(?:全年)?(?:同期)?的?(?:[\u4e00-\u9fff]{0,6}?水平|总量|规模|同期)")
_YARDSTICK_BEFORE = re.compile(r"(?:完成|达到|接近|相当于|追平|持平于|回到|低于|高于|优于|好于|超过)了?$")
_CHANGED_TO_BEFORE = re.compile(rf"(?:{CHANGE_VERBS})$")
_WORK_MEETING_AFTER = re.compile(r"度?(?:全[市省区县])?(?:经济)?(?:工作会议|工作会|工作部署会|工作推进会)")
_EVENT_NAMED = re.compile(r"[^，,。；;\d]{0,6}?(?:冬奥会|冬残奥会|奥运会|残奥会|亚运会|运动会|世园会|园博会|博览会|世界杯)")
_SINCE_LATER = re.compile(r"[^，,。；\d]{0,32}?(?:启动|开始|设立|成立|建立|提出|实施|建设|签订|签署|开通|通车|运营|投用|启用|挂牌|发布|印发|出台|颁布|开展|举办)"
                          r"[^，,。；\d]{0,4}?(?:至今|以来)"  # (2018年…补偿协议(一期)签订以来: since the agreement)
                          r"|[\u4e00-\u9fff]{2,6}以来")  # 2014年建档立卡以来: since a short event named by its act
# 2014年，从战略实施以来，…: a year standing alone as its clause, the start the next clause says again
_SINCE_NEXT = re.compile(r"[，,]?\s*(?:从|自)[^，,。；;\d]{0,12}?(?:以来|至今)")


@dataclass(slots=True)
class YearRef:
    pos: int
    end: int
    role: str               # time | since | range | base | target | record (为2013年…以来最好: ignored)
    year: int
    start: int | None = None
    previous: bool = False  # base 上年: resolved against the figure's year
    span: bool = False      # 五年来: a count of years back, whose first level is the year before the first counted
    counted_back: bool = False  # 五年来 (not “十四五”以来): counted back from the reference year, to the status year


def status_year(front: dict) -> int | None:
    """The year of figures the text gives no year for (see module doc)."""
    if "status_year" in front:
        value = front["status_year"]
        return None if value in (None, "none", "") else int(value)
    ref = int(front["reference_year"])
    published = str(front.get("published", ""))
    m = re.match(r"(\d{4})(?:-(\d{1,2}))?", published)
    if m and int(m.group(1)) == ref and m.group(2) and int(m.group(2)) <= 3:
        return ref - 1
    if m and int(m.group(1)) < ref:
        return ref - 1
    return ref


def _span(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if len(text) == 1:
        return _CN.get(text)
    if text[0] == "十":      # 十一
        return 10 + _CN.get(text[1], 0)
    if text[-1] == "十":     # 二十
        return _CN.get(text[0], 0) * 10
    return None


# a clause that only dates a beginning (于2010年9月开工建设), with a running total later in the sentence (…，已签约…)
_BEGUN_AFTER = re.compile(r"\s*(?:\d{1,2}月(?:份)?(?:\d{1,2}日)?|[春夏秋冬]季|年初|年底)?(?:[，,]\s*)?[^，,。；;\d]{0,12}?(?:正式|全面)?"
                          r"(?:开工建设|开工|动工|开建|破土动工|启动建设|开始建设|启动了?|建成(?:投用|投产|开园|开业|通车)?|开园|开业"
                          r"|投入使用|投用|通车|挂牌成立|成立|设立|揭牌)[^，,。；;\d]{0,20}?(?=[，,])")
# (2017年秋季，雄安新区启动了…“千年秀林”工程，累计造林31万亩: the works begun then, the total up to now)
_SO_FAR_LATER = re.compile(r"[^。；;！!？?]*?[，,]\s*(?:目前|现|至今|迄今)?\s*(?:已经|已|累计)(?!于|在|是|成为|为|被|经过)")
_RECOVERED_BEFORE = re.compile(r"(?:恢复|回升|回到|回复)(?:了)?$")
_SAME_TIME_OF = re.compile(r"同期|[\u4e00-\u9fff]{0,6}?的")  # (恢复到2019年春节假期的83.8%, 恢复至2019年同期8成)
_PRICE_YEAR_AFTER = re.compile(r"的?(?:不变|可比)价")
_BASIS_AFTER = re.compile(r"(?:底|末)?的?(?:良好|较高|较好)?基础上")
# 从2015年底的183.69万亩增加到…, 从2016年4%增长到2019年7.5%: the start of a from-to pair (从2016年12月起: a date)
_SINCE_WORD = re.compile(r"以来|来")
_EFFECTIVE_FROM = re.compile(r"\d{1,2}月\d{1,2}日(?:起|开始)[，,]?(?![^。；;]*?(?:累计|已))[^。；;]{0,40}?"
                             r"(?:调整|上调|提高|执行|实施|施行)")
_FROM_POINT_BEFORE = re.compile(r"(?:从|由)[^，,。；;\d]{0,6}?(?:19|20)\d\d年(?:年?(?:底|末))?的?\s*(?:约|近|超过|超|逾)?\d[^，,。；;]*$")
_FROM_LEVEL_AFTER = re.compile(r"(?:年?(?:底|末))?(?:的\s*(?:约|近|超过|超|逾)?\d|\s*(?:约|近)?\d(?![\d.]*\s*(?:月|日|号|年|季度)))")
# …猛增至2015年突破20万人次: the end of a from-to pair, a level passed (not 自2019年达到6%以来: where a period began)
_TO_LEVEL_AFTER = re.compile(_FROM_LEVEL_AFTER.pattern + r"|(?:已经|已)?(?:突破|超过|达到|达)\s*(?:约|近)?\d")


def _begun_then_so_far(text: str, at: int, following: str) -> bool:
    """于2010年9月开工建设，占地3万亩，已签约670余家企业入驻: a year that dates only a beginning, with a running total later
    in the sentence, starts the period that total is counted over, up to now."""
    rest = text[at:] + following
    begun = _BEGUN_AFTER.match(rest)
    return bool(begun and _SO_FAR_LATER.match(rest, begun.end()))


def _level_matched(m: re.Match, text: str, reference_year: int) -> bool:
    """接近2001年的埋深水平: an earlier year whose level a figure matches (a base, never the figure's time)."""
    tail, after = m.group("tail"), _YARDSTICK_AFTER.match(text, m.end())
    return int(m.group("y")) < reference_year and bool(_YARDSTICK_BEFORE.search(text, 0, m.start())) and (
        tail == "水平的" or tail in (None, "的") and after is not None and after.group().endswith("水平"))


def _aside(m: re.Match, text: str, following: str = "") -> str | None:
    """The role of a year that names something else than a time: an edition, a record's start, a price basis; or
    a plain time where its words look like a start (自2025年9月1日起，最低工资标准由…调整为…: the day a new
    standard took effect, no period since)."""
    if m.group("lead") in ("自", "从") and m.group("tail") is None and _EFFECTIVE_FROM.match(text[m.end():] + following):
        return "time"
    if text.startswith("版", m.end()):  # 按照2022年版标准: an edition's name; 2014年版禁限目录发布以来: since it came out
        return "since" if _SINCE_LATER.match(text, m.end()) else "name"
    if _RECORD_SINCE_AFTER.match(text, m.end()) or (m.group("tail") in _SINCE_TAILS and (
            _FIRST_TIME_NEXT.match(text, m.end()) or (not text[m.end():].strip("，, ") and _FIRST_TIME_NEXT.match(following)))):
        return "record"  # 为2013年有监测记录以来最好水平: the start of a record, neither the figure's time nor its base
        # (2019年以来，签约项目意向投资额首次超过400亿元: the first time since then, this year's figure)
    if _RANK_AFTER.match(text, m.end()):
        return "name"  # 排名由2021年第41位上升到第36位: the year of a rank, which dates no figure (nor the sentences after)
    if _PRICE_YEAR_AFTER.match(text, m.end()) or text.endswith("按", 0, m.start()):
        return "price"  # 按2010年可比价格计算: the year of the prices a value is at, neither its time nor a base
    return None


def _role(m: re.Match, text: str, reference_year: int, following: str = "") -> str:
    lead, tail, year = m.group("lead"), m.group("tail"), int(m.group("y"))
    aside = _aside(m, text, following)
    if aside:
        return aside
    if tail in _SINCE_TAILS or (lead in ("自", "从") and tail != "的" and not _FROM_LEVEL_AFTER.match(text, m.end())) or (
            tail is None and lead is None and (_SINCE_LATER.match(text, m.end()) or (
                not text[m.end():].strip("，, ") and _SINCE_NEXT.match(following)))):
        return "since"  # 从2013年的89.5…下降到2021年的33…: a from-to pair, two time years
    if lead == "为" and _CHANGED_TO_BEFORE.search(text, 0, m.start()):
        return "time"  # 由2013年的…优化为2023年的…: the end of a change, the figure's own year
    if lead in _BASE_LEADS or (lead in ("是", "为", "相当于") and tail in ("的", "水平的")) or _BASIS_AFTER.match(text, m.end()) or (
            lead in ("到", "至") and (tail in ("的", "水平的") or _SAME_TIME_OF.match(text, m.end()))
            and _RECOVERED_BEFORE.search(text, 0, m.start())):
        # (恢复到2019年的67.2%: the share of that year's level regained, the figures' time is the release's)
        return "base"  # (在2013年的基础上，…: the year built on, neither the figures' time nor a period start)
    if lead is None and (_COMPARED_LIST_BEFORE.search(text, max(0, m.start() - 16), m.start()) or _SECOND_TO_BEFORE.search(
            text, max(0, m.start() - 12), m.start()) or _level_matched(
            m, text, reference_year) or (
            _COMPARED_WITH_AFTER.match(text, m.end()) and _WITH_BEFORE.search(text, max(0, m.start() - 24), m.start()))):
        return "base"  # (与社会经济活动和扩散条件水平相似的2019年相比: the year compared with, described first)
    if (tail == "的" or lead in ("是", "为", "相当于")) and _MULTIPLE_AFTER.match(text, m.end()):
        return "base"  # 是北京2013年的1.7倍, 是2013年4.17倍: the year of the base of a multiple, whatever stands between 是 and it
    if lead == "是" and _MEASURE_OF_MULTIPLE.match(text, m.end()):
        return "base"  # 是2016年增幅的2.5倍多: the base year's measure named between, still a multiple's base
    if tail is None and ((year < reference_year and _AFTER_A_MILESTONE.match(text, m.end()))
                         or _begun_then_so_far(text, m.end(), following)):
        return "since"  # 在2020年进入“30+”的较低浓度水平后，四年时间内又下降了19.7%: a milestone figures are counted from
    if lead in ("到", "至") and _TO_LEVEL_AFTER.match(text, m.end()) and _FROM_POINT_BEFORE.search(text, 0, m.start()):
        return "time"  # 从2013年的89.5…下降到2017年的58: the end of a from-to pair is reached, no target
    if lead in _TARGET_LEADS and year >= reference_year and not _MONTH_BEFORE.search(text, 0, m.start()):
        return "target"  # (2017年10月至2018年2月: the end of a span of months, no target)
    if tail is None and year >= reference_year and _PLANNED_AFTER.match(text, m.end()):
        return "target"  # 政府工作报告提出，2023年将推动4所高校…: what the year is to bring
    return "time"


def _start_of_year(m: re.Match, text: str, reference_year: int, following: str) -> tuple[str, int]:
    """(role, year) of a year mention; 年初 moves a stock or a base to the end of the year before."""
    year = int(m.group("y"))
    role = _role(m, text, reference_year, following)
    if m.group("tail") is None and _YEAR_START.match(text, m.end()) and year <= reference_year and role in ("time", "target") and (
            m.group("lead") in _AS_OF_LEADS or _STOCK_WORDS.search(text[m.end():m.end() + 40] + following)):
        return "time", year - 1  # 截至2024年初, 2024年初常住人口…: a stock at the start of a year is last year's end
    if role == "base" and m.group("tail") is None and _YEAR_START.match(text, m.end()):
        return role, year - 1  # 较之2017年初增加了49.47万人: the base is the end of 2016
    if role == "time" and _COMPARED_BRACKET_BEFORE.search(text, max(0, m.start("y") - 16), m.start("y")):
        return "base", year  # 比第二次经济普查(2008年)增加294.5万人: the year of what it is compared with
    if role == "time" and m.group("tail") is None and year < reference_year and _SINCE_DATE_AFTER.match(text, m.end()):
        return "since", year  # 2023年9月启动以来，…突破了10万平方米: up to now, since a day of that year
    return role, year


_SINCE_DATE_AFTER = re.compile(r"\s*\d{1,2}月(?:份|底|初|末|\d{1,2}日)?[^，,。；;\d]{0,8}?以来")
_COMPARED_BRACKET_BEFORE = re.compile(r"(?:比|较|与|同)[^，,。；;()（）\d]{1,12}[(（]$")
_RANK_AFTER = re.compile(r"的?第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:位|名)")
_RECORD_BEFORE = re.compile(r"创(?:下|出|造)?(?:了)?(?:自)?[“\"‘]?$")  # 创“十三五”以来年度最高, 创2013年以来新低


def _plan_periods(text: str, reference_year: int) -> list[YearRef]:
    """“十三五”期间: 2016–2020 (a span ending in its last year); “十四五”以来, or a plan not over yet: since its start."""
    refs = []
    for m in _PLAN_LOOKED_BACK.finditer(text):
        first = _PLAN_START[m.group(1)]
        if first + 4 <= reference_year:  # 回首“十三五”，…生产总值实现1550.3亿元: the plan's years, its figures its last
            refs.append(YearRef(m.start(), m.end(), "range", first + 4, first, span=True))
    for m in _PLAN_END.finditer(text):
        if not m.group(1) and text.startswith("的", m.end()):
            continue  # “十三五”末的水平: a time named, no base nor start of a change
        if _PLAN_START[m.group(2)] + 4 <= reference_year:
            # (一般公共预算收入、固定资产投资“十三五”末分别增长了26%和39%: on the plan's last year, its base)
            # 从“十二五”末的35%提高到50%: the from-point, the plan's last year; 较“十三五”末提升2个百分点: the base
            refs.append(YearRef(m.start(), m.end(), "time" if m.group(1) in ("从", "由") else "base", _PLAN_START[m.group(2)] + 4))
    for m in _PLAN_END_AS_OF.finditer(text):
        year = _PLAN_START[m.group(1) or m.group(2)] + 4
        if year <= reference_year and not any(r.pos < m.end() and m.start() < r.end for r in refs):
            refs.append(YearRef(m.start(), m.end(), "time", year))
    for m in _FIVE_YEAR_PLAN.finditer(text):
        if _COMPARED_PLAN_BEFORE.search(text, max(0, m.start() - 4), m.start()) or _RECORD_BEFORE.search(
                text, max(0, m.start() - 3), m.start()):
            continue  # 低于“十一五”时期平均增速3.9个百分点, 创“十三五”以来最大降幅: the period compared with
        if written := _RANGE_BRACKET_AFTER.match(text, m.end()):
            # “十四五”以来(2021—2024年): the years written in the bracket are the period, ending in its last
            refs.append(YearRef(m.start(), written.end(), "range", int(written.group("b")), int(written.group("a")), span=True))
            continue
        first = _PLAN_START[m.group(1)]
        if m.group(2) == "以来" or first + 4 > reference_year:
            refs.append(YearRef(m.start(), m.end(), "since", 0, first, span=True))
        else:  # (a plan's first level is its year before: “十三五”期间，森林覆盖率由31%提高到35%: 31% is 2015's)
            refs.append(YearRef(m.start(), m.end(), "range", first + 4, first, span=True))
    return refs


def _no_time(m: re.Match, text: str, reference_year: int, titles: list[tuple[int, int]]) -> bool:
    """A year written that dates no figure around it."""
    if titles and int(m.group("y")) > reference_year and any(a < m.start() < b for a, b in titles):
        return True  # 《…实施方案(2025-2030年)》: a plan's horizon in its title
    if int(m.group("y")) > reference_year and _EVENT_NAMED.match(text, m.end()):
        return True  # 为2022年北京冬奥会筹办…: the name of an event still to come, not the time of a figure
    if int(m.group("y")) >= reference_year and _WORK_MEETING_AFTER.match(text, m.end()):
        return True  # 召开2021年工作会议: the year of the work the meeting plans, not the time of the results it heard
    if _STAMP.match(text, m.end()):
        return True  # (2016年03月29日 10 版), 2023-08-03 10:29: when the page was printed, not what it reports
    if _RECORD_BEFORE.search(text, max(0, m.start("y") - 4), m.start("y")):
        return True  # 创2013年有监测以来最好水平: a record's yardstick, not the time of a figure
    if _TREND_OF_BEFORE.search(text, max(0, m.start("y") - 4), m.start("y")) and _TREND_AFTER.match(text, m.end()):
        return True  # 1至2月份，工业生产增速延续2014年四季度走势: the trend it goes on from, not the figures' time
    # 以2014年为基期; 受2022年造林工程收官影响: no year of the figures around it
    return bool(_BASE_PERIOD.match(text, m.end()) or _CAUSE_BEFORE.search(text, 0, m.start("y")))


def _spans(text: str, reference_year: int) -> list[YearRef]:
    """十年来, 过去五年: periods counted back from the reference year."""
    refs = []
    for m in SPAN_RE.finditer(text):
        n = _span(m.group("n") or m.group("n2"))
        if n and (1 if m.group("tail") in ("来", "以来") else 2) <= n <= 40 and not _RECORD_AFTER.match(text, m.end()):
            # (2013年-2017年这5年来: the years written are the period, and its first level is 2013's)
            written = _YEAR_WRITTEN_BEFORE.search(text, max(0, m.start() - 4), m.start())
            if written and _SPAN_WRITTEN.search(text, 0, m.start()):
                continue  # 从2008年到2018年这十年来: the span written out is the period, not ten years back from now
            refs.append(YearRef(m.start(), m.end(), "since", 0, reference_year - n, span=not written, counted_back=not written))
    return refs


# 五年前，…; 早在十年前，…: a clause opening on how long ago, the time of the figures after it (比五年前, 与十年前相比
# are bases, left to the base rules)
_YEARS_AGO = re.compile(r"^\s*(?:早在|在)?(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})年前(?=\s*[，,]|$)")


def _years_ago(text: str, reference_year: int) -> list[YearRef]:
    """五年前，…原有石材企业553家: the year so many years before the release's."""
    m = _YEARS_AGO.match(text)
    n = (int(m.group("n")) if m.group("n").isdigit() else cn_to_int(m.group("n"))) if m else None
    return [YearRef(m.start("n"), m.end(), "time", reference_year - n)] if m and n and n <= 30 else []


def _range_ref(m: re.Match, text: str) -> YearRef:
    if _RANGE_BASE_BEFORE.search(text, max(0, m.start() - 3), m.start()) and text.startswith("的", m.end()):
        # 为2007年-2011年的1.5倍: the period compared with, not the period of the figures after it
        return YearRef(m.start(), m.end(), "base", int(m.group("b")))
    if int(m.group("b")) == int(m.group("a")) + 1 and _SEASON_AT.match(text, m.end()):
        return YearRef(m.start(), m.end(), "time", int(m.group("b")))  # 2022-2023雪季: one season, no span of years
    return YearRef(m.start(), m.end(), "range", int(m.group("b")), int(m.group("a")))


def year_refs(text: str, reference_year: int, following: str = "") -> list[YearRef]:
    """The year references of a clause; `following` is the rest of the sentence after it (for 2024年初，常住人口…)."""
    refs: list[YearRef] = []
    taken: list[tuple[int, int]] = []
    titles = [(t.start(), t.end()) for t in DOCUMENT_TITLE.finditer(text)] if "《" in text else []
    for m in RANGE_RE.finditer(text):
        if any(a < m.start() < b for a, b in titles):
            taken.append((m.start(), m.end()))
            continue  # 《…实施方案(2025-2030年)》: the span of a plan's title, no time of a figure
        refs.append(_range_ref(m, text))
        taken.append((m.start(), m.end()))
    for m in YEAR_RE.finditer(text):
        if any(a <= m.start("y") < b for a, b in taken) or _no_time(m, text, reference_year, titles):
            continue
        role, year = _start_of_year(m, text, reference_year, following)
        if role == "since":
            refs.append(YearRef(m.start(), m.end(), role, 0, year))
        else:
            refs.append(YearRef(m.start(), m.end(), role, year))
    refs.extend(_plan_periods(text, reference_year))
    refs.extend(_spans(text, reference_year))
    refs.extend(_years_ago(text, reference_year))
    if "年" in text:
        for m in RELATIVE_RE.finditer(text):
            word = m.group("w")
            year = reference_year + _OFFSETS[word]
            role = "base" if (m.group("lead") or text.startswith("同期", m.end()) or _YARDSTICK_AFTER.match(text, m.end())
                              or _YARDSTICK_BEFORE.search(text, 0, m.start())
                              or _COMPARED_LIST_BEFORE.search(text, max(0, m.start() - 16), m.start())) else ("target" if word == "明年" else "time")
            if role == "time" and word == "今年" and _MEETING_AFTER.match(text, m.end()):
                continue  # 在今年两会上，…: when a meeting sat, not the time of the figures after it
            if role == "time" and word != "今年" and (_TREND_SINCE_AFTER.match(text, m.end()) or _POLICY_AFTER.match(text, m.end()) or (
                    _TREND_OF_BEFORE.search(text, max(0, m.start() - 4), m.start()) and _TREND_AFTER.match(text, m.end()))):
                continue  # 延续了自去年以来的回升向好态势, 保持去年一季度以来的…态势, 延续去年恢复增长态势: describes a
                # trend; the time of no figure (上年减税降费政策翘尾…减收443亿元: last year's policy, whose effect is now)
            if role == "time" and word in ("去年", "上年", "前年") and (
                    since := _SINCE_WORD.match(text, m.end()) or _SINCE_DATE_AFTER.match(text, m.end()) or (
                        _SINCE_LATER.match(text, m.end()) if text[max(0, m.start() - 1):m.start()] in ("自", "从") else None)):
                # (自去年京津冀协同发展国家战略建立以来: since an event of last year, named after it)
                refs.append(YearRef(m.start(), since.end(), "since", 0, year))  # 去年以来，…播种面积达280.9万亩: since then
                continue
            # 比上年: the year before the figure's own year, not before the release's
            refs.append(YearRef(m.start(), m.end(), role, year, previous=word in ("上年", "上一年") and role == "base"))
    refs.sort(key=lambda r: r.pos)
    return refs
