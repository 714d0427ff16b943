"""A release file as the extractor needs it: checked front matter, and the body as paragraphs of
normalised text that still know which file line each character came from.

Page layout breaks sentences across lines and even across blank lines ("…意向投资额约\\n\\n247亿元…"),
so paragraphs are rebuilt from the punctuation, not the line breaks: a line that does not end a
sentence continues on the next non-blank line, unless it is a short line without clause punctuation,
which is a heading (headlines, section titles, bylines). Text is normalised once, up front: full-width
digits and signs to ASCII (a full-width comma between digit groups to a thousands comma), and
traditional script to simplified (opencc t2s, which leaves simplified text unchanged, so every file
goes through it and zh-Hant is detected for free).

Mirror pages add things that are not the release, or mangle it: decimal points written as 。 (6。4) are put back
when a page does so throughout; pinyin readings after characters ("生產(chǎn)總值")
are removed before anything else reads the line, and dateline, byline, source and photo-caption lines
("发布时间:2026年01月04日 18:44", "来源:…", "责任编辑:…", "资料图:…") are paragraphs of their own
marked `aside`, so their dates neither join the next sentence nor set its year.
"""
from __future__ import annotations

import bisect
import html
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from etl import spaced_table
from etl.extract.ranking import rewrite_ranked_lists
from etl.extract.table import cells, is_unit_line, read_table, row_line
from etl.frontmatter import is_table_row, read_source

SOURCE_KEYS = ("title", "subtitle", "publisher", "published", "reference_year", "language", "url", "note")

SENTENCE_END = "。！？!?；;"
_CLOSERS = "”’」』)）\"'"
_CLAUSE_PUNCT = re.compile(r"[，,、；;：:]")
HEADING_MAX = 32
_SHORT_HEADING = re.compile(r"[\u4e00-\u9fff]{4,10}")  # (no digit, no punctuation: no wrapped half of a sentence)
_OUTLINE_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}[ \u3000]+(?=[\u4e00-\u9fff])")
_BULLET_MARKS = "●■◆▲•★◇□"
_BULLET = re.compile(rf"\s*[{_BULLET_MARKS}]")  # (not ·, which joins two names: 定州·雄安)
_LIST_MARKER = re.compile(rf"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[{_BULLET_MARKS}·])\s*")

# Full-width forms (FF01-FF5E) to ASCII, except the Chinese clause punctuation we split on, which stays.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp) not in "，；：！？（）"}
# small-form punctuation of traditional-script pages (…年均增長率7.8%﹔成交額由…): the ordinary marks
_FULLWIDTH.update({ord("﹔"): "；", ord("﹐"): "，", ord("﹑"): "、", ord("﹕"): "：", ord("﹒"): "."})
_FULLWIDTH[0x3000] = 0x20
_FULLWIDTH[ord("．")] = ord(".")
_FULLWIDTH[ord("∶")] = ord(":")  # the ratio sign of 9.4∶46.3∶44.3 (an industry structure), read as a colon

# A digit group written with the full-width comma (４３，７６０．７億元, usual with full-width digits):
# the comma is a thousands separator, not a clause break, when 1-3 leading digits are followed by
# groups of exactly three. Same length, so line offsets survive.
_GROUPED = re.compile(r"(?<![\d.])\d{1,3}(?:，\d{3})+(?![\d])")

# A pinyin reading in brackets right after a character: (chǎn), (jì), (zhōng).
_TONELESS_RUN = re.compile(r"(?<=[\u4e00-\u9fff])(?:[(（][a-z]{1,6}[)）]){2,}")
_PINYIN = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")
_SPACED_READING = re.compile(r"(?<=[\u4e00-\u9fff])[(（]([a-z]{1,6})[)）](?: (?=[\u4e00-\u9fff]))?")
_SYLLABLE = re.compile(r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|o|e|i|u|v|ai|ei|ui|ao|ou|iu|ie|ve|ue|er|an|en|in|un|vn"
                       r"|ang|eng|ing|ong|ia|iao|ian|iang|iong|ua|uo|uai|uan|uang)")
_TONE = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")
# A character the mirror could not encode, shown as "?" with its reading's opening bracket lost: 天津?qū)崿F.
# The "?" is no question mark (it would end the sentence between 天津 and its figure); the pair goes.
_LOST_CHARACTER = re.compile(r"\?([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})\)")
_TONELESS = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü", "aaaaeeeeiiiioooouuuuvvvvv")
# Dateline, byline, source and caption lines of a page (after t2s).
_ASIDE = re.compile(
    r"^\s*(?:发布时间|发布日期|发稿时间|时间|日期|来源|稿源|作者|编辑|责任编辑|责编|编审|审核|校对|记者|摄影|图片来源|资料图|图为|原标题)"
    r"\s*[:：|｜]"
    r"|^\s*(?:来源|发布时间)[^，。,]{0,40}(?:19|20)\d\d"
    r"|(?:19|20)\d\d\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}"
    r"|(?:记者|摄影|通讯员)\s*[\u4e00-\u9fff]{2,4}(?:\s*[、和]\s*[\u4e00-\u9fff]{2,4})*\s*摄\s*[。.]?\s*$"  # a photo caption's credit
    r"|(?:^|[。.！!])\s*(?:[\u4e00-\u9fff]{1,6}(?:网|社|报|台))?\s+[\u4e00-\u9fff]{2,4}\s*摄\s*[。.]?\s*$"  # (…举行。人民网 鲍聪颖摄: its
    # credit with the paper's name, not the reporter's title)
    r"|^[^，。,；;]{0,12}?(?:首页|主页)\s*(?:>|＞|»|›|/|\|)"  # 当前位置：首页 > 知识 > 北京…再添4600余张养老床位: a page's navigation
    r"|^\s*[【\[]?\s*(?:字号|字体|背景色|打印本页|打印|关闭窗口|分享到|收藏本页)\s*[:：】\]|]"  # 【字号: | | 【背景色 …: the page's controls
    # 网友评论 已有 0 条评论, 点击查看>>, • 愤怒 0票, 阅读：1234: the page's counters
    r"|^[^。！？!?；;]{0,12}?(?:已有|共有|共)?\s*\d+\s*(?:条评论?|人参与|人评论|人点赞|次浏览|次阅读)[^。！？!?；;\d]{0,12}$"
    r"|^\s*(?:发表评论|网友评论|我要评论|取消回复)"
    r"|^\s*[•·]?\s*[\u4e00-\u9fff ]{0,10}?\d+\s*票\s*$"
    r"|^\s*(?:阅读|浏览|点击|评论|点赞)(?:量|数|次数)?\s*[:：(（]?\s*\d+\s*[)）]?\s*$"
    # an e-paper's navigation (第02版:要闻 上一版 下一版, 标题导航, 上一篇 下一篇 放大 缩小, ~~~ before a linked title) and its
    # page date (2025年01月27日 星期一)
    r"|上一版|下一版|标题导航|回到首页|上一篇\s*下一篇|^\s*~{2,}"
    r"|^\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*星期[一二三四五六日天]\s*$"
)

# a scraped byline with the story run on after it on the same line: the fields, up to the last one's colon
_RUN_ON_BYLINE = re.compile(r"^[^，。,；;]*[|｜]\s*(?:责任编辑|编辑|责编|作者|来源|稿源)\s*[:：]")
# a wire's dateline and its byline in brackets (新华网北京1月5日电(记者任峰), 长城网8月18日讯(记者 季然))
_WIRE_DATELINE = r"[^，。,；;\s]{0,20}?(?:\d{1,2}日电|[网报社台]讯)\s*(?:[(（][^()（）]{0,30}[)）])?"
# a page's time stamp with the story run on after it: the stamp, its source, and the wire's dateline or the paper's
# byline (天津日报记者 张璐), up to where the story starts
_RUN_ON_DATELINE = re.compile(
    r"^\s*(?:19|20)\d\d\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:来源\s*[:：]\s*\S+\s*)?"
    r"(?:" + _WIRE_DATELINE +
    r"|[\u4e00-\u9fff]{0,8}记者\s*[\u4e00-\u9fff]{2,4}(?:\s*[、和]\s*[\u4e00-\u9fff]{2,4})*\s)")

# a page's headline, source and time stamp on one line with the story run on after them (…同比下降25个基点 财联社
# 2026-01-27 17:42:31 A+ A- 2025年12月，北京…): up to the stamp and the page's font controls
_RUN_ON_STAMP = re.compile(r"^(?:[^。！？!?，,；;]|(?<=\d),(?=\d{3})){0,80}?(?<!\d)(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*"
                           r"(?:A\+\s*A-\s*)?")

# a photo's caption with the story run on after it (资料图:选购猪肉。(图片与本文无关) 长城网8月18日讯(记者 季然)据…): the
# caption, its note in brackets, and the wire's dateline and byline if any, up to where the story starts
_RUN_ON_CAPTION = re.compile(
    r"^\s*(?:资料图|图为|图片来源|配图)\s*[:：][^。！？!?]{0,40}[。.]?\s*(?:[(（][^()（）]{0,20}[)）])?\s*"
    r"(?:" + _WIRE_DATELINE + ")?")
# what may stand before a story run on in a line of its own (the line is an aside: is_aside)
_RUN_ONS = (_RUN_ON_BYLINE, _RUN_ON_DATELINE, _RUN_ON_CAPTION, _RUN_ON_STAMP)

# a photo caption that reports figures as news does (获悉, 据…介绍): its text is read, its credit is not
_REPORTED_CAPTION = re.compile(r"(?:获悉|了解到|据[^，。]{0,12}(?:介绍|统计|数据))[^\n]*?(?P<credit>\s*(?:新华社|本报)?"
                               r"(?:记者|摄影|通讯员)\s*[\u4e00-\u9fff]{2,4}(?:\s*[、和]\s*[\u4e00-\u9fff]{2,4})*\s*摄\s*[。.]?\s*$)")

# a photo's news: the story, then the caption of its photo (…森林覆盖率提高到44.4%。 图为…鸟瞰图。 本报记者 周楚军 摄): the
# story is text, the caption and its credit are not
_STORY_BEFORE_CAPTION = re.compile(r"^(?P<story>[^\n]{20,}?[。.！!])\s*(?:上图|下图|图片?)(?:为|[:：])")

_converter = None


def _t2s(text: str) -> str:
    global _converter
    if _converter is None:
        import opencc
        _converter = opencc.OpenCC("t2s")
    return _converter.convert(text)


@dataclass
class Paragraph:
    text: str
    heading: bool
    aside: bool = False     # dateline, byline, source or caption line: not the release's text
    _offsets: list[int] = field(default_factory=list)   # paragraph offset where each file line starts
    _lines: list[int] = field(default_factory=list)     # ... and that line's number
    table: bool = False     # a table's row (| 西青区 | 3.08 |), rewritten as the sentence it says when the table reads

    def line_at(self, offset: int) -> int:
        return self._lines[max(0, bisect.bisect_right(self._offsets, offset) - 1)]


@dataclass
class Release:
    path: Path
    source: dict
    front: dict
    paragraphs: list[Paragraph]
    traditional: bool
    headline: str = ""   # title and subtitle in simplified script, for finding the release's subject
    publisher: str = ""  # the publisher in simplified script (《懷柔人大》數字報: the district's own paper)


def read_release(path: str | Path, regions: Collection[str] | None = None) -> Release:
    """`regions`: the catalogue's region ids, against which a front-matter `home_region` is checked."""
    path = Path(path)
    src = read_source(path, regions=regions)  # size limit, encoding, validated front matter (etl/frontmatter.py)
    front, body, body_start = src.front.as_dict(), list(src.body), src.body_line - 1
    joined = _decimal_points("\n".join(body).translate(_FULLWIDTH))
    if "，" in joined:
        joined = _GROUPED.sub(lambda m: m.group().replace("，", ","), joined)
    converted = _t2s(joined)
    traditional = converted != joined
    if converted.count("\n") == joined.count("\n"):
        body = converted.split("\n")
    else:  # a conversion that moved line breaks would break line numbers: convert line by line
        body = [_t2s(line) for line in joined.split("\n")]
    body = [_read_line(line) for line in body]
    source = {"source_id": path.stem, **{k: front.get(k) for k in SOURCE_KEYS}, "path": str(path)}
    source["published"] = str(source["published"])
    source["reference_year"] = int(front["reference_year"])
    if source["language"] is None:
        source["language"] = "zh-Hant" if traditional else "zh-Hans"
    headline = " ".join(str(front.get(k) or "") for k in ("title", "subtitle"))
    headline = _curly_quotes(_upper_acronyms(_strip_pinyin(_year_digits(_t2s(headline.translate(_FULLWIDTH))))))  # 探訪生態崇禮: the place is 崇礼
    headline = _MEDIA_PREFIX.sub("", headline)  # 沧州日报:沧州渤海新区打造…: the story's subject, not the paper's city
    title = str(front.get("title") or "")
    body = rewrite_ranked_lists(body, title)
    publisher = _t2s(str(front.get("publisher") or ""))
    return Release(path, source, front, paragraphs(body, first_line=body_start + 1, title=title), traditional, headline,
                   publisher)


_MEDIA_PREFIX = re.compile(r"^\s*[\u4e00-\u9fff]{1,8}?(?:日报|晚报|早报|时报|商报|新闻网|广播电视台|电视台|网)\s*[:：]\s*")
# a half-width full stop after words, a unit or a bracket (not a decimal point, a URL's or an abbreviation's dot); after
# a decimal, a second point (三次产业结构为1.3:35.2:63.5.其中…)
_HALF_WIDTH_STOP = re.compile(r"(?<![\dA-Za-z０-９./:\s_~=?&#@-])\.(?:(?!\d)|(?=(?:19|20)\d\d\s*年))"
                              r"|(?:(?<=\d\.\d)|(?<=\d\.\d\d))\.(?=[\u4e00-\u9fff]|\s*$|(?:19|20)\d\d\s*年)")
# (inside a word: words on both sides, not a dateline's 新闻网讯 北京2月26日 or a byline's 杜燕 宋敏涛, nor a heading run
# into its text, 。 武安市 武安市同样…)
_STRAY_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]{4})[ \u3000]+(?=[\u4e00-\u9fff]{3})")
_STRAY_SPACES = 3  # spaces between two characters of a line that make it a copy's, not a list's or a headline's
_PROSE_MARK = re.compile(r"[，。；]")
# 5.2兆元, 5兆2073.4亿元 (Taiwan wording, in either script): 兆 is 10^12 there, the mainland's 万亿; a mainland page's
# 兆 is 10^6 and names its unit (兆瓦), never money
_TRILLION = re.compile(r"(?<=\d)兆(?=人民币|美元|元|\d[\d,.]*亿)")
_PM_SPACED = re.compile(r"PM\s+(2\.5|10)(?!\d)")  # 延慶區PM 2.5累計平均濃度: the pollutant's name, one word
_SUBSCRIPT = re.compile(r"(?<=[A-Z])_(?=\d)")  # PM_2.5, SO_2, O_3: a formula's subscript a page wrote as such
# 正定县gdp总量, 人均gdp, pm2.5浓度: the measures' acronyms as the catalogue writes them, whatever their case
_ACRONYM = re.compile(r"(?<![A-Za-z])(?:gdp|cpi|ppi|pm(?=2\.5|10))(?![A-Za-z])", re.IGNORECASE)
# a figure run straight into the next measure (增长5.0%完成一般公共预算收入51.3亿元固定资产投资增长3%居民人均…): a page
# that lost its commas
_RUN_ON_FIGURE = re.compile(r"(?<=\d)(%|亿元|万元)(?=(?:完成|实现|全年|全区|全市|全县|地区|固定|居民|城镇|农村|一般|规上|规模以上|社会|全体"
                            r"|工业|服务业|进出口|财政|税收|粮食|第[一二三]产业)[\u4e00-\u9fff])")


def _year_digits(line: str) -> str:
    """二〇二四年, 二零二四年: a year written in Chinese digits, as the rules read years (the same length, so every
    character keeps its place)."""
    return _CN_YEAR.sub(lambda m: m.group().translate(_CN_YEAR_DIGITS), line) if "年" in line else line


_CN_YEAR = re.compile(r"(?<![〇零一二三四五六七八九十百千万])(?:一九|二[〇零])[〇零一二三四五六七八九]{2}(?=\s*年)")
_CN_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _read_line(line: str) -> str:
    """One line of the body as the rules read it (after t2s)."""
    line = _curly_quotes(_commas_back(_upper_acronyms(_PM_SPACED.sub(r"PM\1", _SUBSCRIPT.sub("", _strip_pinyin(_page_marks(_year_digits(line))))))))
    if "兆" in line:
        line = _TRILLION.sub("万亿", line)
    if "到" in line:
        line = _MONTHS_TO.sub(r"\1至", line)  # 1到10月: the months so far, as 1至10月 is written (the same length)
    return _TAIWAN_WORD.sub(lambda m: _TAIWAN_WORDS[m.group()], line)


_MONTHS_TO = re.compile(r"((?<![\d.])(?:1[0-2]|[1-9])(?:月份?)?)到(?=(?:1[0-2]|[1-9])月)")


# a Taiwan paper's words for the mainland's (资讯传输、软体和资讯技术服务业, 万平方公尺), which t2s keeps: only words with
# no other sense on the mainland
_TAIWAN_WORDS = {"资讯传输": "信息传输", "资讯技术": "信息技术", "软体": "软件", "公尺": "米"}
_TAIWAN_WORD = re.compile("|".join(_TAIWAN_WORDS))


def _page_marks(line: str) -> str:
    """A web page's marks as the text means them: its HTML entities (地区生产总值&nbsp;43760.7亿元), a mirror's
    half-width full stops (…常住人口1561.83万人.其中，…; …跨上新台阶.2017年，…) as 。, and the stray spaces a copy from
    a PDF leaves inside the words of a sentence (北京经济技术 开发区统计局，…), which Chinese prose never writes."""
    line = _HALF_WIDTH_STOP.sub("。", html.unescape(line) if "&" in line else line)
    if _PROSE_MARK.search(line) and len(_STRAY_SPACE.findall(line)) >= _STRAY_SPACES:
        line = _STRAY_SPACE.sub("", line)
    return line


def _curly_quotes(line: str) -> str:
    """A page's straight double quotes in pairs (实现"新经济"增加值…) as the curly ones the rules read (“新经济”)."""
    if line.count('"') < 2 or line.count('"') % 2 or "“" in line:
        return line
    parts = line.split('"')
    return "".join(part + ("“" if k % 2 == 0 else "”") for k, part in enumerate(parts[:-1])) + parts[-1]


def _upper_acronyms(text: str) -> str:
    return _ACRONYM.sub(lambda m: m.group().upper(), text)


def _commas_back(line: str) -> str:
    """The commas a page lost between figures and the measures after them, where it lost them at least twice."""
    mended, lost = _RUN_ON_FIGURE.subn(r"\1，", line)
    return mended if lost >= 2 else line


_IDEOGRAPHIC_POINT = re.compile(r"(?<=\d)。(?=\d)")
_DECIMAL = re.compile(r"\d\.\d")


def _decimal_points(text: str) -> str:
    """A mirror that wrote every decimal point as 。 (年均增长6。4, 达到40269。6亿元): the points back, when the page
    does so at least three times and writes no decimal point of its own (one 。 between digits is a sentence end)."""
    if len(_IDEOGRAPHIC_POINT.findall(text)) >= 3 and not _DECIMAL.search(text):
        return _IDEOGRAPHIC_POINT.sub(".", text)
    return text


def _strip_pinyin(line: str) -> str:
    """生產(chǎn)總值 -> 生產總值. A toneless reading, (de) or (ge), goes only on a line that has toned ones, or
    on a line whose readings are each followed by a space (生產(chan) 總值, 3萬(wan) 億(yi) 元: the same mirror's style),
    or on a line with three or more of them after characters (河北(bei)全省常(chang)住…死亡(wang)率)."""
    if "?" in line:
        line = _LOST_CHARACTER.sub(lambda m: "" if _SYLLABLE.fullmatch(m.group(1).translate(_TONELESS)) else m.group(),
                                   line)
    if "(" not in line and "（" not in line:
        return line
    if any(m.group().endswith(" ") for m in _readings(line)):
        line = _drop_readings(line)
    if _TONE.search(line) or len(_TONELESS_RUN.findall(line)) >= 3:
        return _PINYIN.sub("", line)  # (a line read out toneless throughout: 年(nian)(nian)…億(yi)(yi)元(yuan) is a mirror's too)
    return _drop_readings(line) if len(_readings(line)) >= 3 else line


def _readings(line: str) -> list[re.Match]:
    """The toneless pinyin syllables in brackets right after a character."""
    return [m for m in _SPACED_READING.finditer(line) if _SYLLABLE.fullmatch(m.group(1))]


def _drop_readings(line: str) -> str:
    return _SPACED_READING.sub(lambda m: "" if _SYLLABLE.fullmatch(m.group(1)) else m.group(), line)


def is_aside(line: str) -> bool:
    """A dateline, byline, source or caption line (see module doc)."""
    return bool(_ASIDE.search(line))






# a space between a number and the Chinese text around it is layout, not a break (digits spaced from digits,
# 1 234, and Chinese spaced from Chinese, a headline's parts, stay as they are)
# (分别下降了4.2% 和4.4%: a page's spacing before a list's joiner, too)
_SPACE_AT_DIGITS = re.compile(r"(?<=\d)[ \u3000]+(?=[\u4e00-\u9fff%])|(?<=[\u4e00-\u9fff])[ \u3000]+(?=\d)"
                              r"|(?<=%)[ \u3000]+(?=[和及与、])")


_FIGURE_ALONE = re.compile(r"[+-]?\d[\d.,]*\s*(?:%|％|[\u4e00-\u9fff/]{1,6})?")
# a wire story's note on the currency of its amounts; its comma would cut the sentence's clause in two
_CURRENCY_NOTE = re.compile(r"[(（](?:人民币|美元|元)?[，,、]?\s*(?:下同|以下同)[)）]|[(（]人民币[)）]"
                            # 比2013年末(2013年是第三次全国经济普查年份，下同): a note on the base year, no year of a figure
                            r"|[(（](?:19|20)\d\d年(?:末)?(?:是|为)[^()（）\d]{0,24}?年份?[，,、]?\s*(?:下同|以下同)?[)）]")


def _outline_heading(line: str) -> bool:
    """一、经济总量 / （二）生态环境: a short numbered line with no clause of its own."""
    return len(line) < HEADING_MAX and bool(_LIST_MARKER.match(line)) and not _CLAUSE_PUNCT.search(_LIST_MARKER.sub("", line))


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


_NUMBER_CUT = re.compile(r"[\u4e00-\u9fff（(：:，,、\s]\d+(?:[.,]\d*)?$")  # (the number the line ends on, after words)
_WRAP_MIN = 16  # characters of a line a page wrapped at its width (one-cell lines of a table are shorter)


def _joiner(left: str, right: str, cut: bool = False) -> str:
    """What joins two lines of one paragraph: a space between Latin letters or digits; a sentence end between a
    figure and a line opening on a number (…常住人口减少16万 ⏎ 2021年，…: two statements, not 16万2021年); nothing
    inside a number a page's fixed line width `cut` (…医疗卫生机构1 ⏎ 2518个: one number, 12518)."""
    if left and left[-1] in "万亿%" and right[:1].isdigit():
        return "。"
    if cut and _NUMBER_CUT.search(left) and right[:1].isdigit():
        return ""
    return " " if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum() else ""


def _line_apart(line: str, number: int) -> Paragraph | None:
    """A line that is no part of the text around it (None for one that is): a display figure over the story that
    says it (7.0% on a line of its own: a heading), a table's row, a dateline, byline or caption (an aside), or a caption that
    reports (…记者从省交通运输厅获悉，2018年…: text, its credit cut off)."""
    if _FIGURE_ALONE.fullmatch(line):
        return Paragraph(line, True, False, [0], [number])
    if not is_aside(line):
        # a table's row: a paragraph of its own, whose cells join no sentence (the extractor skips them as a table's:
        # their row and column say what a figure is, no sentence does); a byline's fields (来源:… | 作者:…) stay an aside
        return Paragraph(line, False, False, [0], [number], table=True) if is_table_row(line) else None
    reported = _REPORTED_CAPTION.search(line)
    if reported:
        return Paragraph(line[:reported.start("credit")].rstrip(), False, False, [0], [number])
    story = _STORY_BEFORE_CAPTION.match(line)
    return Paragraph(story["story"], False, False, [0], [number]) if story else Paragraph(line, True, True, [0], [number])


PAGE_MARK = re.compile(r"\s*[（(]\d{1,2}[)）]\s*$")  # …108.2亿元(1): a page's or a photo's number


def _headline_again(line: str, title: str, number: int, following: list[str]) -> Paragraph | None:
    """北京冬奥游持续升温 十一长假旅游收入108.2亿元(1): the release's headline again with a page's or photo's number, as a
    line of its own inside the text: a heading, not a sentence going on from the summary before it. Printed again with no
    number and a line of text right under it, it is a sentence of its own (its figures may be their only statement), never
    the start of the sentence below it (北京10家医药企业入驻沧州 总投资约28亿元⏎12.04.2015 09:14本文来源: two clauses); a
    blank line under it leaves it to the rules for a line alone."""
    if title and following and following[0].strip() and line.replace(" ", "") == title.replace(" ", ""):
        return Paragraph(line, False, False, [0], [number])
    if title and PAGE_MARK.search(line) and PAGE_MARK.sub("", line).replace(" ", "") == title.replace(" ", ""):
        return Paragraph(line, True, False, [0], [number])
    return None


# 图2 2022年1—12月全国…浓度及同比变化 / 表1 …: a chart's or a table's caption (on a line of its own: no clause in it)
CAPTION = re.compile(r"\s*[图表]\s*\d{1,2}(?![\d.])")
_CAPTION_LINE = re.compile(CAPTION.pattern + r"[^，。；,;！？!?]*")


def _title_between(line: str, current: Paragraph | None, following: list[str], number: int,
                   last: Paragraph | None = None) -> Paragraph | None:
    """彰显生态特色 between two finished sentences: a section's title, no start of the next sentence; so is a numbered
    line after one (…特制定本规划。⏎一、“十二五”工作回顾: a page without blank lines still heads its sections), a
    chart's caption, and a title under a heading (图2 …变化 ⏎ 重点区域 ⏎ 北京市12月…: no sentence runs over them)."""
    if current is None and last is not None and last.heading and not last.aside and (
            _CAPTION_LINE.fullmatch(line) or (_SHORT_HEADING.fullmatch(line) and following and following[0].strip())):
        return Paragraph(line, True, False, [0], [number])
    if current is not None and _ends_sentence(current.text) and _CAPTION_LINE.fullmatch(line) and not _ends_sentence(line):
        return Paragraph(line, True, False, [0], [number])
    if current is not None and _ends_sentence(current.text) and (
            (_outline_heading(line) and not _ends_sentence(line)) or (_SHORT_HEADING.fullmatch(line) and following and following[0].strip())):
        return Paragraph(line, True, False, [0], [number])
    if current is not None and not _CLAUSE_PUNCT.search(current.text) and _outline_heading(line) and not _ends_sentence(line):
        return Paragraph(line, True, False, [0], [number])  # (2020年12月…月报 ⏎ 一、总体状况 ⏎ 2020年12月，…: a title, then a
        # numbered heading, neither the start of the sentence under them)
    return None


# 回顾2023, 2023年工作回顾: a year's review named as a line of its own
_YEAR_REVIEW = re.compile(r"\s*(?:回顾\s*(?:19|20)\d\d年?(?:工作)?|(?:19|20)\d\d年?(?:工作)?回顾)\s*")


def _review_title(line: str, current: Paragraph | None, number: int) -> Paragraph | None:
    """回顾2023 ⏎ 全省生产总值增长5.5%…: a year's review named on a line of its own, between headings or finished
    sentences, is the section's title (it ends the tasks-ahead section of a contents list above it), not the
    start of the sentence under it."""
    if (current is None or _ends_sentence(current.text)) and _YEAR_REVIEW.fullmatch(line):
        return Paragraph(line, True, False, [0], [number])
    return None


def _without_outline_number(line: str) -> str:
    """1.3 万元GDP水耗下降主要靠…: a section's number over its heading is no amount (dropped before the spacing after
    it is closed up)."""
    outline = _OUTLINE_NUMBER.match(line)
    return line[outline.end():] if outline and not _CLAUSE_PUNCT.search(line) and not _ends_sentence(line) else line


# a sentence that opens on its period (1-2月，全市…; 2025年，…; 今年以来，…)
_PERIOD_OPENING = re.compile(r"\s*(?:(?:19|20)\d\d年|今年|去年)?(?:\d{1,2}\s*[-—至~]\s*\d{1,2}月|\d{1,2}月份?|[一二三四1-4]季度|上半年|前三季度"
                             r"|全年|今年以来|去年)[，,]")


def _period_title(line: str, current: Paragraph | None, following: list[str], number: int) -> Paragraph | None:
    """工业较快增长,电子行业贡献突出 over 1-2月,全市规模以上工业增加值…: a short line in two parts after a finished
    sentence, without an end, over a sentence that opens on its period, is the section's title, not the start of that
    sentence; so is a title giving a figure in one clause (规上工业战略性新兴产业增加值同比增长12% over 今年一季度,…:
    a figure the section restates, never the start of the sentence under it)."""
    if (len(line) < HEADING_MAX and (current is None or _ends_sentence(current.text))
            and (not any(ch.isdigit() for ch in line) or not _CLAUSE_PUNCT.search(line))
            and line[-1] not in "，,、：:（(“" and not _ends_sentence(line) and following and _PERIOD_OPENING.match(following[0])):
        return Paragraph(line, True, False, [0], [number])
    return None


_RELATED_LINKS = re.compile(r"\s*[【\[]?(?:相关阅读|相关新闻|延伸阅读|推荐阅读|相关链接|相关推荐|热点推荐|猜你喜欢|更多阅读|往期回顾"
                            r"|相关文章|热门文章|精彩推荐|相關閱讀|相關新聞|延伸閱讀|推薦閱讀)[】\]]?\s*[:：]?\s*$")


_CHANGE_OPENS = re.compile(r"\s*(?:同比|比上年|较上年)?(?:增长|下降|增加|减少)\s*-?\d")


def paragraphs(lines: list[str], first_line: int = 1, title: str = "") -> list[Paragraph]:
    """Rebuild paragraphs from lines (see module doc); `first_line` is the file line of lines[0]."""
    out: list[Paragraph] = []
    current: Paragraph | None = None
    n = len(lines)
    for i, raw in enumerate(lines):
        if out and _RELATED_LINKS.match(raw):
            break  # 相关阅读 ⏎ 密云水库蓄水量再破35亿立方米 ⏎ 北京青年报客户端 2024-10-11: other stories' titles, not this one
        spaced = _spaced_rows(raw, first_line + i)
        line = "" if spaced else _story_after_byline(_CURRENCY_NOTE.sub("", _SPACE_AT_DIGITS.sub(
            "", _without_outline_number(" ".join(raw.split())))))  # 2014 年 12 月: a page's spacing
        # (总投资443亿元(人民币,下同)的40个项目: a note on money, no clause of its own)
        if not (line or spaced):
            continue
        apart = spaced or [p for p in [(
            _line_apart(line, first_line + i) or _title_between(line, current, lines[i + 1:i + 2], first_line + i, out[-1] if out else None)
            or _headline_again(line, title, first_line + i, lines[i + 1:i + 2]) or _review_title(line, current, first_line + i)
            or _period_title(line, current, [t for t in lines[i + 1:i + 3] if t.strip()][:1], first_line + i))] if p]
        if apart:
            if current is not None:
                out.append(current)
                current = None
            out.extend(apart)
            continue
        if current is None:
            current = Paragraph("", False)
        cut = bool(current._lines) and len(current.text) - current._offsets[-1] >= _WRAP_MIN
        current.text += _joiner(current.text, line, cut)  # (a cut: the line before is one of a page's full-width lines)
        current._offsets.append(len(current.text))
        current._lines.append(first_line + i)
        current.text += line
        next_blank = i + 1 >= n or not lines[i + 1].strip()
        # ■ …同比增长9.7% ⏎ ■ …武清佛罗伦萨小镇…: a summary's items, each a sentence of its own
        item_ends = not next_blank and bool(_BULLET.match(lines[i + 1]) and _CLAUSE_PUNCT.search(line))
        if _ends_sentence(line) or item_ends:
            if next_blank or item_ends:
                out.append(current)
                current = None
            continue
        alone = len(current._lines) == 1
        if alone and _outline_heading(line):
            current.heading = True  # 一、经济总量 / （二）生态环境, even when the text follows without a blank line
        elif (not next_blank or _CLAUSE_PUNCT.search(line) or len(line) >= HEADING_MAX or line[-1] in "，,、：:（(“"
              or _CHANGE_OPENS.match(next((t for t in lines[i + 1:i + 4] if t.strip()), ""))):
            continue  # the sentence goes on, on the next non-blank line (全区固定资产投资 ⏎⏎ 同比增长37.4%: a poster's lines)
        else:
            current.heading = alone
        out.append(current)
        current = None
    if current is not None:
        out.append(current)
    _read_tables(out, title)
    return out


def _spaced_rows(raw: str, number: int) -> list[Paragraph]:
    """公布如下: 地 区 … 北 京 -9.18 -3.39 … 附注: …: a table run into the line (etl/spaced_table.py), its caption, rows
    and note each a paragraph of the line; none for any other line."""
    spaced = spaced_table.split(raw) if len(raw) > spaced_table.MIN_LINE else None
    if spaced is None:
        return []
    return [Paragraph(text, False, False, [0], [number], table=0 < k <= len(spaced.rows))
            for k, text in enumerate((spaced.before, *spaced.rows, spaced.after)) if text]


def _story_after_byline(line: str) -> str:
    """发布时间:… | 来源:… | 责任编辑:孙玥五载砥砺奋进…。: the story runs on after its byline (2017-01-05 21:03:28 来源:
    新华网 新华网北京1月5日电(记者任峰)记者5日从…获悉，…: after its dateline)."""
    run_on = next((m for r in _RUN_ONS if (m := r.match(line))), None) if is_aside(line) else None
    if run_on and len(line) - run_on.end() >= 40 and "。" in line[run_on.end():]:
        return line[run_on.end():]
    return line


# 地区 | ⏎ 播种面积 (千公顷) | ⏎ 总产量 (万吨) |: a header printed one cell a line
_ONE_CELL_LINES = re.compile(r"(?:[^|｜\d][^|｜]{0,30}\s*[|｜]\s*){3,}[|｜]?")


def _stacked_headers(out: list[Paragraph]) -> None:
    """A header a page printed one cell a line, over a table's rows, ran together as one paragraph: it is that
    table's header row (地区 | 播种面积 (千公顷) | 单位面积产量 (公斤/公顷) | 总产量 (万吨) |)."""
    for p, after in zip(out, out[1:]):
        if not p.table and after.table and len(p._lines) >= 3 and _ONE_CELL_LINES.fullmatch(p.text):
            p.text = row_line(cells(p.text))
            p.table = True


def _read_tables(out: list[Paragraph], title: str = "") -> None:
    """Each run of table rows that reads as a table (etl/extract/table.py): its data rows become the sentences they
    say, its header rows asides; the paragraph before the run is its caption (附表1 2022年7月各区环境空气质量综合排名)."""
    _stacked_headers(out)
    i = 0
    while i < len(out):
        if not out[i].table:
            i += 1
            continue
        j = i
        while j < len(out) and out[j].table:
            j += 1
        caption = out[i - 1].text if i else ""
        if i >= 2 and is_unit_line(caption):
            caption = f"{out[i - 2].text} {caption}"  # the caption, then a line of the table's unit (浓度单位：微克/立方米)
        read = read_table([p.text for p in out[i:j]], caption, title)
        for k, p in enumerate(out[i:j]):
            if read is None:
                break
            if k in read:
                p.text = _SPACE_AT_DIGITS.sub("", read[k])
            else:
                p.heading = p.aside = True  # a header row (or the note under the table): no sentence
        i = j
