"""The measure phrase of an uncatalogued number: what it counts, as a stable id for a candidate.

"截至2022年底，天津累计引进在京企业投资项目超6900个" -> phrase 引进在京企业投资项目, unit 个, measure
cumulative, id 引进在京企业投资项目|个|cumulative. The phrase is the number's own text before it (its
segment of an enumeration, else its clause), stripped of what is not the measure: region names and
anaphora, years and periods, quotes and brackets, qualifiers, filler verbs (实现, 达到, 累计 …) and
a trailing change verb (增长, 下降: the measure kind says it). When nothing is left before the number,
the noun after it is the phrase ("涉及35个部门" -> 部门); a bare change ("增长5.2%") takes the phrase of
the clause before it in the sentence, or has none and is skipped.

Units are as written except that money over 亿 is in 亿元 (1.2万亿元 -> 12000 亿元), 成 is 10 % and
千米 is 公里, so one candidate keeps one unit across releases; values convert exactly (Decimal).
"""
from __future__ import annotations

import re
from decimal import Decimal

from etl.extract.numbers import Mention
from etl.extract.units import BASES, MULTIPLIERS, PRICE_PER

_BRACKETS = re.compile(r"[(（][^()（）]{0,20}[)）]|[“”\"'‘’「」『』《》〈〉【】]")
_PM = re.compile(r"PM\s*2\s*\.\s*5|PM\s*10")
# 春节假期, 国庆黄金周, 七天长假: a public holiday's week, a part of the year (its feast named in the group); 春运期间:
# the forty days of the Spring Festival travel season, counted as one period too
# (2025年春节，全市接待游客…: a year's feast on its own, before a pause, is its holiday too)
FEASTS = "春节|国庆|五一|劳动节|清明|端午|中秋|元旦|春运|暑运"  # (暑运: the summer travel season, July and August)
HOLIDAY = (r"(?:(?P<feast>" + FEASTS + r")(?:节?(?:(?:\d{1,2}|[三四五六七八九])天)?(?:假期|长假|黄金周|小长假|假日|期间)(?!刚过|刚刚过去|过后|结束|后)"
           r"|(?<=[春暑]运)(?!会)|(?<![^年个，,：:\s]..)(?=[，,\s]|$))"
           r"|黄金周|[七7]天长假|小长假)")  # (春节假期刚过，…: the days after it, not the holiday; 春节9天长假: its length;
# 春运 alone is the travel season, whatever follows: 2024年春运收官)
_TIME = re.compile(
    r"(?:截至|截止到|截止|到|至)(?:今年|去年|本年|当年)(?:\d{1,2}月(?:\d{1,2}日)?|[一二三四]季度)?(?:底|末|初)?"  # (截至今年10月底: not 至今)
    r"|(?:到|至|从|由)?[“\"‘]?十[一二三四五]五[”\"’]?(?:规划)?期?末"  # (从“十二五”末的35%: the plan's last year)
    r"|(?:截至|截止到|截止|到|至|自|从)?(?:(?:19|20)\d\d\s*年?\s*[-—–~～至到]\s*)?(?:19|20)\d\d\s*年"
    r"(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|初|年底|年末|以来|来|起|至今|开始|全年|上半年|下半年|前三季度|[一二三四]季度|度(?!假))?"
    r"|(?:近|过去的?|这)(?:\d{1,2}|[一二两三四五六七八九十]{1,3})[多余]?年多?(?:来|以来|间|里)?"
    r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[多余]?年多?(?:来|以来|间|(?=累计)|$)|连续(?:\d{1,2}|[一二三四五六七八九十]{1,3})年"
    r"|今年|本年|去年|上年|上一年|前年|全年|年内|年末|年底|(?:到|至)?(?:目前|当前|现在|如今|今天)|眼下|截至目前|此前|近年来|以来|至今"
    r"|" + HOLIDAY +
    r"|上半年|下半年|前三季度|[一二三四]季度|\d{1,2}[-—–~至]\d{1,2}月|(?:截至|截止到|截止)?(?:\d{1,2}月)?\d{1,2}日|(?:截至|截止到|截止)?(?<![A-Za-z.])\d{1,2}月份?(?:底|末)?(?!均)"
)
# the order of a ranking of places (由低到高的顺序, 从好到差排名)
RANK_ORDER = r"(?:由|从)(?:低|高|大|小|好|差|优|劣)(?:到|至|向)(?:低|高|大|小|好|差|优|劣)的?(?:顺序|排序|排名|排列)?"
_FILLER = re.compile(
    r"(?:与|和|较|比|同)?(?:去年|上年)?同期(?:相比|比)?|(?:从|由)(?:原来|原先|以前|之前|最初|当初)|(?:从|由)[^，,。；;\d“”]{2,12}?(?:时|之初|以前|之前)的?$|由(?:上半年|一季度|前三季度|上年同期|去年同期)?(?:下降|增长|负增长)转(?:为|而)?|特别是|尤其是|双双|初步预计|预计|分别为|分别是|分别|累计|共计|合计|总计|实现了|实现|完成了|完成|达到了|达到|做到了?|到达了?$|已经|首次|首度|一举|其中|同比|按年|最终定格在|定格在|定格于|下同|"
    r"比上年|较上年|与上年相比|比去年|较去年|相比于|相较于|名义|实际|扣除价格因素|稳定在|保持在|控制在|提高到|提升到|下降到|降低到|"
    r"(?:下降|降低|提高|提升|上升|增长|增加|减少|扩大|缩小|回落)至|降至|协同(?:发展)?(?:前|后|以来)的?|"
    r"增长到|增加到|上升到|扩大到|减少到|缩小到|发展到|恢复到|恢复至|调整(?:到|至|为)|(?:每人)?每月$|"
    r"增至|升至|突破|超过|超出|接近|将近|大约|约为|不少于|不低于|至少|以上|左右|新增加|进一步|持续|继续|一批|"
    r"统计(?=为|是|$)|正式|成功|全部|已有|已|共有|拥有|总量为|平均为|平均达到|平均达(?!标)|人民币|从事|同口径|按可比口径|(?:连续|接连|先后)$|"
    r"按?(?:不变|可比)价格?(?:计算)?|通过[^，,。；;\d]{0,14}?(?:方式|途径|手段|办法)"  # (通过…方式修复湿地植被: the means)
    r"|在[^，,。；;\d]{0,14}?(?:情况|背景|形势|条件|压力)下|在[^，,。；;\d]{0,20}?(?:带动|拉动|推动|支撑|影响)下|提前(?=\s*\d)"  # (在大幅减税降费情况下增长1.5%: the circumstance, no measure; 在…等项目带动下: what drove it)
    r"|(?:历史上)?(?:一举|相继|先后)?(?:跨越|跨过|迈上|迈过|站上|跃上|跨上|越过)|(?:历史性|新的?)?(?:大关|台阶|关口)"  # (a milestone's words)
    r"|" + RANK_ORDER + r"(?:依次)?(?:是|为)?|(?:顺序|排名|排序)?依次(?:是|为)?"  # (a ranking's order: 由低到高依次是…)
    r"|(?:而|但)?(?:却|则)?(?:只有|仅有|仅为|只是|只为|仅)$"  # (而河北却只有46.8%: how little, no measure)
    r"|(?:略|稍|明显|小幅|大幅)?(?:高于|低于|快于|慢于|领先于?|多于|少于)\s*(?:(?:市|省)?的)?(?:约|近)?$|(?:小幅|大幅|明显|略微?|遥遥)领先"  # (略高于邯郸的4920.1亿元: the place outdone; 以6.4%小幅领先: a lead, no measure)
    r"|^(?:而是|而且|并且)"  # (…不是露天市场，而是建筑面积达6.4万平方米的大厦: a conjunction, no measure)
    # (与2010年第六次全国人口普查的…相比: the census compared with, no measure)
    r"|(?:与|比|较|同)?(?:(?:19|20)\d\d\s*年)?的?第[一二三四五六七八九]次(?:全国)?(?:人口|经济)普查(?:数据|时)?的?(?:相比|比)?"
    r"|" + PRICE_PER + r"(?:为|是|约|达|在)?$"  # (白条猪批发价格每公斤24.5元: the unit's, 元/公斤)
)
_CHANGE_TAIL = re.compile(r"净?(?:新增|增长|下降|提高|降低|上升|回升|减少|增加|回落|反弹|下滑|提升|扩大|缩小|压缩|缩短|加快|放缓|改善|上涨|下跌|增|减|(?<![起升])降)(?:了|为|达|至|到)?$"
                          r"|(?<=[\u4e00-\u9fff]{2})(?:覆盖|涉及)$")  # 床位增加至1650张, 总开发面积覆盖约120平方公里
_UNIT_WORDS = "|".join(map(re.escape, sorted(BASES, key=len, reverse=True)))
# an amount written before the figure (从59.5万上升到…, 粮食播种面积1.2万亩、产量5.3万吨，分别增长…): its 万 or unit is no
# measure word (PM2.5, NO2 keep their digits)
_AMOUNT_BEFORE = re.compile(rf"(?<![A-Za-z\d.])\d+(?:\.\d+)?\s*(?:(?:万亿|亿|万)(?:{_UNIT_WORDS})?|(?:{_UNIT_WORDS}))")
_CHUNK = re.compile(r"(?:[\u4e00-\u9fff]|[A-Za-z][A-Za-z\d.&]*|(?<![\d.])[2-6]G(?![A-Za-z])|(?<![\d.])\d{2,4}强|[ⅠⅡⅢⅣⅤ])+")
# (5G基站, 世界500强, Ⅲ类水质断面: words)
RATE_WORDS = ("增速", "增幅", "降幅", "涨幅", "比重", "占比", "比例")
_EDGE = "为是共有的了在将和及与中再较比占并也又等均各超近逾约"
_EDGE_START = "由从其仅就即属"    # 其第三产业, 仅…; 北京市属国企子公司 with the place cut: 国企子公司
_WORD_CLOSING_ON_EDGE = re.compile(r"(?:签|合|履|预|特)约$|(?:惠|涉|普|波)及$|并网$|环比$")  # (CPI环比: month on month, its own measure)
_BARE_MOM = re.compile(r"[周月]?环比")  # (环比下降0.3个百分点: the measure named before, month on month)
_WORD_OPENING_ON_EDGE = re.compile(r"中(?:关村|国|欧|小|心|药|医|央|学|高|试)|并(?:网|购)|在(?:建(?!设)|线|校|园|库|岗|营)"
                                   r"|共(?:享|建|有)|再(?:生|制造|就业)|等级|各类|超(?:市|高|低)|均(?:值|价)"
                                   r"|与会|及时|为民|有效|有机|有线|就业|就医|就学")  # 中关村科技园, 在建项目, 共享单车, 超市: words,
# not 中/在/共/超 as function words (就业和医疗卫生支出: employment, not 就 as "just")
_EDGE_END = "达由从破"         # …达, 收入由2012年的… (达标天数 keeps its 达)
_CHANGE_WORD = re.compile(r"增|减|(?<![起升])降|(?<!降)升|提高|回落|反弹|下滑|改善|涨|跌|缩小|扩大")
# 低保标准从家庭月人均(650元调整为710元): where a change starts from, not the measure (从业, 从事, 由于 are words)
_FROM_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:从|由)(?!业|事|于)(?![\u4e00-\u9fff]*(?:融资|投资|收入|额|量)$)[\u4e00-\u9fff]{0,8}$")
# (各类企业从资本市场直接融资407亿元: what they raised there, the measure itself)
# 家庭月人均, 每人每月: how a standard or a payment is counted (per household member, per month), no measure of its own
PER_HEAD = r"(?:家庭)?(?:每人每月|每人每年|人均每月|月每人平均|月人均|年人均|每月|每年)"
# 低保标准调整为家庭月人均(900元): how the standard is counted, not what it is
_PER_HEAD_TAIL = re.compile(rf"(?<=标准)[\u4e00-\u9fff]{{0,4}}?{PER_HEAD}$")
_ALREADY_AT_TAIL = re.compile(r"\s*已经?(?:至|到)\s*$")  # 有效高新技术企业已至68家: the stock reached, 至 as 达
_AVERAGE_TAIL = re.compile(r"平均$")   # 优良天数平均267天: the measure is 优良天数 (均 alone would be cut as an edge)
MAX_PHRASE = 16
# 一氧化碳24小时平均第95百分位浓度值, 臭氧日最大8小时滑动平均第90百分位浓度值: the averaging window and percentile of an
# air bulletin's statistic, whose digits would part the pollutant from its measure (一氧化碳百分位浓度值)
_PERCENTILE_WINDOW = re.compile(r"(?:日最大)?\d{1,2}小时(?:滑动)?平均(?:值)?第\d{1,3}(?=百分位)")
_TWO_SECTORS = re.compile(r"第二产业(?:和|与|及|、)第三产业|第二、三产业|第二三产业")
_JOINED = re.compile(r"和|与|(?<![涉惠普波])及")  # (涉及, 惠及 are words, no join)


def _place_suffix(text: str, end: int) -> int:
    """区域内…, 天津港…: the 内 / 港 after a place name belongs to the place, not to the measure (港口 stays)."""
    nxt = text[end:end + 2]
    if text.startswith(("区域内", "范围内"), end):
        return 3  # 为河北区域内68万吨蔬菜…: the place's area
    if nxt in ("地区", "境内", "全域") and not text.startswith("地区生产总值", end):
        return 2  # 永清地区已有34万亩…: the place's area, not a measure
    if nxt[:1] == "内" or (nxt[:1] == "港" and nxt[1:2] not in ("口", "区", "澳")):
        return 1
    if nxt in ("等区", "等县", "等地") and not text.startswith(("等区域", "等地区"), end):
        return 2  # 在门头沟、怀柔、密云等区累计完成造林…: the list's kind of place, not a measure
    return 0


_MAINLY_FROM = re.compile(r"以[^，,。；;\d]{0,10}?为主的?")  # 接待以京津冀地区为主的国内外游客: the visitors, not where most come from


def normalise(text: str, remove: list[tuple[int, int]]) -> str:
    """The measure words of `text`, with the spans in `remove` (region names) cut out first."""
    if remove:
        parts, last = [], 0
        for a, b in sorted(remove):
            if a >= last:
                parts.append(text[last:a])
                last = b + _place_suffix(text, b)
        parts.append(text[last:])
        text = " ".join(parts)
    text = _ALREADY_AT_TAIL.sub("", text)
    text = _PERCENTILE_WINDOW.sub("", _BRACKETS.sub("", _PM.sub(lambda m: m.group().replace(" ", ""), text))).replace("规模以上", "规上")
    # (规模以上工业增加值 and 规上工业增加值: one measure, in its short form, not 规模工业 with 以上 cut as a qualifier)
    text = _FILLER.sub("", _TWO_SECTORS.sub("二三产业", _MAINLY_FROM.sub("", text)))  # (第二产业和第三产业法人单位: one measure, not two joined)
    text = _PER_HEAD_TAIL.sub("", _FROM_TAIL.sub("", _TIME.sub("", text)))
    text = _AMOUNT_BEFORE.sub(" ", text)
    tail = text.rsplit("的", 1)[1] if "的" in text else ""   # 从事第二产业和第三产业活动的法人单位: 法人单位
    text = text.replace("的", "")
    chunks = [_trim(_AVERAGE_TAIL.sub("", c)) for c in _CHUNK.findall(text)]
    chunks = [_trim(_CHANGE_TAIL.sub("", c)) for c in chunks if c]
    chunks = [c for c in chunks if c]
    if not chunks:
        return ""
    phrase = chunks[-1] if len(chunks[-1]) >= 2 or len(chunks) == 1 else chunks[-2] + chunks[-1]
    if len(phrase) > MAX_PHRASE and _JOINED.search(phrase):
        # 关停清退、改造升级和疏解转移传统商品交易市场: several actions joined, no one measure to cut out; but the
        # noun after the last 的 (共有从事第二产业和第三产业活动的法人单位) is the measure the joined words qualify
        return normalise(tail, []) if tail.strip() else ""
    return phrase[-MAX_PHRASE:] if len(phrase) >= 2 and not _BARE_MOM.fullmatch(phrase) else ""


def _trim(chunk: str) -> str:
    """A chunk without the function words at its ends (a word that opens on one, 中关村, keeps it)."""
    start = chunk.lstrip(_EDGE + _EDGE_START)
    if start != chunk and (found := _WORD_OPENING_ON_EDGE.search(chunk, 0, len(chunk) - len(start) + 3)):
        start = chunk[found.start():]
    end = start.rstrip(_EDGE + _EDGE_END)
    if (word := _WORD_CLOSING_ON_EDGE.search(start)) and word.start() >= len(end) - 1:
        return start[:word.end()]  # 签约, 并网: a word that closes on an edge character keeps it
    return end


# 下降到2.2%, 提高至66%: the value reached, not the change
# 下降到2.2%, 降至…: the level reached; so is 下降为1.51% (增长为 stays ambiguous: 增长为5% is a rate)
REACHED = re.compile(r"(?:(?:下降|降低|降|提高|上升|增长|增加|回落|下滑|提升|扩大|缩小|压缩|缩短|减少|发展|恢复|增)(?:到|至)了?"
                     r"(?:(?:19|20)\d\d年(?:底|末)?的|[\u4e00-\u9fff]{1,5}的)?"  # 下降至协同后的6%, 提高到目前的: when
                     r"|(?:下降|降低|降|提高|上升|回落|下滑|提升|减少)为)$")
# (偏高, 偏低: above or below the long-term normal, 较常年偏高0.6℃, 比常年偏少28%)
LEVEL_CHANGE = re.compile(r"(?:增长|增加|减少|下降|提高|降低|上升|回升|回落|反弹|下滑|提升|上涨|下跌|上调|下调|调增|调减|偏高|偏低|(?<!最)多|(?<![最至])少|增|减|(?<![起升])降)了?$")


def measure_kind(q: Mention, unit: str, before: str, cumulative: bool) -> str:
    """level | cumulative | change | multiple | share, from the unit and the words just before the number.
    A count or amount right after a change verb is a change (同比减少15天), after 到/至 a level (提高到24万元)."""
    if unit == "倍":  # 同比增长6.6倍: a growth written in times (+660%), a change; 是2013年的1.9倍: a multiple
        return "change" if LEVEL_CHANGE.search(before[-8:].rstrip()) and not re.search(r"是|为|相当于", before[-12:]) else "multiple"
    if unit == "个百分点":
        return "change"
    tail = before[-8:].rstrip()
    if unit != "%" and LEVEL_CHANGE.search(tail) and not (cumulative and tail.endswith("新增")):
        return "change"  # (累计新增260万人 in a period: a running total of new ones)
    if REACHED.search(tail):
        # 下降到2.2%: the value reached; a rate reached over a period is the rate at its end (“十三五”时期…森林覆盖率提高到
        # 44.4%), not a running total
        return "share" if unit == "%" else ("cumulative" if cumulative else "level")
    if unit == "%":
        near = before[-6:]
        if LEVEL_CHANGE.search(tail) and (not tail.endswith(("多", "少")) or tail.endswith(("偏多", "偏少"))):
            return "change"  # 第三产业占比增加2成: a change of the share, not the share
        if "占" in near or "比重" in near or "比例" in near:
            return "share"
        return "change" if _CHANGE_WORD.search(near) or re.search(r"同比|比上年|较上年|降幅|增幅|增速|涨幅|跌幅", before) else "share"
    return "cumulative" if cumulative else "level"


def candidate_unit(q: Mention) -> tuple[str, Decimal]:
    """The unit a candidate is stored in, and its scale (see module doc)."""
    base = q.base or q.unit_written
    if base == "%":
        return "%", Decimal(1)
    mult = next((w for w in MULTIPLIERS if q.unit_written.startswith(w) and q.unit_written != w
                 and q.unit_written not in BASES), "")  # (千瓦时, 千米: one unit word, no 千 before a base)
    if base.startswith("元/"):
        return base, Decimal(1)  # a price per unit in 元 whatever its multiplier (6.2万元/平方米 is 62000 元/平方米)
    if base == "元" and mult in ("亿", "万亿"):
        return "亿元", MULTIPLIERS["亿"]
    if not mult:
        return base, q.scale
    return mult + base, MULTIPLIERS[mult]


def candidate_id(phrase: str, unit: str, measure: str) -> str:
    return f"{phrase}|{unit}" if measure == "level" else f"{phrase}|{unit}|{measure}"
