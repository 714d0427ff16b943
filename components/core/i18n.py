"""Every UI string in both languages, and the small helpers that put words together by language.

This is the only module of the app that holds Chinese text (a test enforces it): a translation
is an edit here and nowhere else. Names of themes, regions and indicators are not here: they come
from the catalogue in the table (name_zh / name_en), which is the one place the ETL and the app
agree on them.
"""
from __future__ import annotations

from collections.abc import Iterable

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"

STRINGS: dict[str, tuple[str, str]] = {
    "app.title": ("京津冀协同发展指标看板", "Beijing-Tianjin-Hebei Coordinated Development Dashboard"),
    "app.brand": ("京津冀协同发展指标看板", "Jing-Jin-Ji Dashboard"),
    "nav.overview": ("总览", "Overview"),
    "nav.themes": ("主题", "Themes"),
    "nav.theme": ("主题", "Theme"),
    "nav.regions": ("地区", "Regions"),
    "nav.region": ("地区", "Region"),
    "nav.indicator": ("指标", "Indicator"),
    "nav.data": ("数据", "Data"),
    "nav.sources": ("来源", "Sources"),
    "nav.not_found": ("页面不存在", "Page not found"),
    "nav.switch_lang": ("English", "中文"),
    "filter.regions": ("地区", "Regions"),
    "filter.regions_placeholder": ("全部有数据的地区", "All regions with data"),
    "filter.years": ("年份", "Years"),
    "chart.source": ("来源", "Source"),
    "chart.sources_more": ("等{n}个来源", "({n} sources in all)"),
    "chart.data_until": ("数据截至{year}年", "Data up to {year}"),
    "data.xlsx_too_big": ("所选数据共{rows}行，超过Excel下载上限{limit}行。请缩小筛选范围，或下载CSV（任意行数）。",
                          "The selection has {rows} rows, more than the {limit} an Excel download holds. Narrow the "
                          "filters, or download the CSV (any size)."),
    "chart.draw_failed": ("此图表无法绘制，请刷新页面", "This chart could not be drawn; reload the page"),
    "chart.drawing": ("{title}：图表在滚动到此处时绘制", "{title}: the chart is drawn when scrolled into view"),
    "chart.no_data": ("所选地区和年份暂无数据", "No data for the selected regions and years"),
    "chart.approx_note": ("空心点/斜纹柱为约数或下限值", "Open markers / hatched bars: approximate or lower-bound values"),
    "chart.not_for_selection": ("该指标没有所选地区的数据，显示：{regions}",
                                "No data for the selected regions; showing {regions}"),
    "chart.qualifier": ("数值性质", "Qualifier"),
    "chart.derived": ("推算", "derived"),
    "chart.derived_note": ("推算值（非发布数字）：{method}", "Derived, not a published figure: {method}"),
    "chart.series_since": ("自{year}年累计", "since {year}"),
    "chart.series_vs": ("较{year}年", "vs {year}"),
    "chart.coverage_regions": ("{n}个地区", "{n} regions"),
    "chart.sources_count": ("{publishers}等{n}个来源", "{publishers} ({n} sources)"),
    "chart.reference_standard": ("标准", "Standard"),
    "chart.reference_target": ("目标", "Target"),
    "chart.plan_target": ("{year}年目标 {mark}{value}", "{year} target {mark}{value}"),
    "chart.plan_target_region": ("{region}{year}年目标 {mark}{value}", "{region} {year} target {mark}{value}"),
    "target.on_track": ("朝目标推进", "on track"),
    "target.off_track": ("偏离目标", "off track"),
    "target.gap": ("距目标{gap}", "{gap} to go"),
    "target.missed": ("未达到，差{gap}", "missed by {gap}"),
    "target.source": ("目标来源", "Target set by"),
    "chart.alt": ("图表：{title}。最新数值：{values}", "Chart: {title}. Latest values: {values}"),
    "kpi.good": ("向好", "better"),
    "kpi.bad": ("变差", "worse"),
    "kpi.target": ("距{label}", "to {label}"),
    "a11y.skip": ("跳到正文", "Skip to content"),
    "a11y.year_from": ("起始年份", "First year"),
    "a11y.year_to": ("截止年份", "Last year"),
    "a11y.card_open": ("{title}：按回车键使用图表的链接和导出", "{title}: press Enter for the chart's link and export"),
    "deck.sources": ("数据来源", "Sources"),
    "deck.sources_more": ("另有{n}个来源，见备注", "{n} more sources in the notes"),
    "ref.title": ("对照标准与目标", "Against standards and targets"),
    "chart.axis_not_zero": ("纵轴不从0开始", "axis does not start at 0"),
    "measure.level": ("水平值", "level"),
    "measure.share": ("占比", "share"),
    "measure.change": ("变化", "change"),
    "measure.multiple": ("倍数", "multiple"),
    "measure.cumulative": ("累计值", "cumulative"),
    "method.stated": ("发布数字", "published figure"),
    "data.all_vintages": ("显示全部口径与修订", "Show every vintage and revision"),
    "data.charted_only": ("只显示图表采用的数值", "Show only the values charts use"),
    "data.charted_note": ("默认只列出图表采用的数值（每个地区、年份一个）。", "By default only the values the charts use (one per region and year)."),
    "ref.met": ("已达到", "met"),
    "ref.not_met": ("尚未达到，差{gap}", "not met yet: {gap} to go"),
    "chart.old_vintage": ("其他口径", "other vintage"),
    "briefing.progress": ("简报生成进度", "Briefing pack progress"),
    "a11y.menu": ("菜单", "Menu"),
    "fact.few_years": ("仅有{n}个年份的数据，以数字卡片显示。", "Only {n} year(s) of data: shown as figures, not a chart."),
    "fact.quote": ("原文", "Quote"),
    "kpi.vs_prev": ("较{year}年", "vs {year}"),
    "kpi.no_prev": ("无可比上期数据", "No earlier value to compare"),
    "kpi.points": ("{delta}个百分点", "{delta} pp"),
    "overview.kpis": ("各主题核心指标", "Headline indicators by theme"),
    "overview.trends": ("重点趋势", "Key trends"),
    "overview.intro": ("数据来自政府发布与国家统计局分省年度数据；每个数字都可追溯到来源。",
                       "Figures come from government releases and NBS provincial data; every number links to its source."),
    "region.peers": ("与同级地区比较", "Compared with peers"),
    "region.indicators": ("该地区全部指标", "Everything known for this region"),
    "region.none": ("该地区暂无数据。", "No data for this region yet."),
    "region.parent": ("上级地区", "Part of"),
    "indicator.definition": ("指标定义", "Definition"),
    "indicator.observations": ("全部观测值与来源", "Every observation and its source"),
    "indicator.download": ("下载数据", "Download data"),
    "indicator.unit": ("单位", "Unit"),
    "indicator.observation_count": ("共{n}条观测值，每页{per}条。", "{n} observations, {per} a page."),
    "indicator.observations_in_data": ("在数据页排序、筛选全部观测值 →", "Sort and filter them all on the data page →"),
    "data.title": ("全部数据", "All data"),
    "data.hint": ("可在表头筛选和排序；下载按钮导出当前筛选结果。", "Filter and sort in the column headers; downloads export the filtered rows."),
    "data.download_csv": ("下载 CSV", "Download CSV"),
    "data.download_xlsx": ("下载 Excel", "Download Excel"),
    "data.rows": ("共 {n} 行", "{n} rows"),
    "data.filtered": ("已按当前选择筛选：{what}。", "Filtered by the current selection: {what}. "),
    "data.show_all": ("显示全部数据", "Show all rows"),
    "data.missing": ("不存在", "is missing"),
    "data.unreadable": ("无法读取", "cannot be read"),
    "data.no_catalog": ("缺少目录元数据", "has no catalogue metadata"),
    "data.no_columns": ("缺少列", "lacks required columns"),
    "data.unavailable": ("数据文件 {path} {reason_zh}。请在项目根目录运行 `{command}` 重新生成。 ",
                         "(Data file {path} {reason_en}; run `{command}` in the project root to rebuild it.)"),
    "sources.title": ("数据来源", "Sources"),
    "sources.hint": ("每个发布或参考数据序列提供的数字数量，以及与其他来源不一致的数量。",
                     "How many figures each release or reference series gave, and how many disagree with another source."),
    "sources.coverage": ("覆盖情况（指标 × 年份）", "Coverage (indicator × year)"),
    "sources.coverage_hint": ("数字为有数据的地区数；空白为缺失年份。", "Numbers are regions with a value; blank cells are gaps."),
    "sources.coverage_alt": ("覆盖情况图：{indicators}个指标 × {first}—{last}年，{filled}个格有数据，格中数字为有数据的地区数",
                             "Coverage grid: {indicators} indicators by year, {first}–{last}; {filled} cells have data, "
                             "each showing how many regions"),
    "sources.coverage_download": ("下载覆盖图（SVG）", "Download the coverage grid (SVG)"),
    "sources.candidates": ("待归类的数字", "Figures awaiting an indicator"),
    "sources.candidates_hint": ("发布稿中出现、但指标目录尚未收录的数字；归类后才会进入图表。",
                                "Numbers the releases state whose indicator the catalogue does not know yet; "
                                "they are charted once mapped."),
    "sources.search": ("按标题、发布机构或日期筛选", "Filter by title, publisher or date"),
    "sources.sort": ("排序", "Order"),
    "sources.sort.date": ("按发布日期（新→旧）", "Newest first"),
    "sources.sort.figures": ("按数字数（多→少）", "Most figures first"),
    "sources.sort.conflicts": ("按不一致数（多→少）", "Most conflicts first"),
    "sources.count": ("共{n}个来源，每页{per}个。", "{n} sources, {per} a page."),
    "sources.candidates_search": ("按表述、地区、年份、来源或原文筛选", "Filter by phrase, region, year, source or quote"),
    "sources.candidates_count": ("共{n}个待归类的数字，每页{per}个。", "{n} figures awaiting an indicator, {per} a page."),
    "sources.candidates_none": ("没有待归类的数字。", "Nothing is pending."),
    "sources.kind.release": ("发布稿", "Release"),
    "sources.kind.reference": ("参考数据", "Reference"),
    "sources.kind.statistics": ("统计数据", "Statistics"),
    "col.indicator": ("指标", "Indicator"),
    "col.indicator_id": ("指标代码", "Indicator id"),
    "col.theme": ("主题", "Theme"),
    "col.region": ("地区", "Region"),
    "col.year": ("年份", "Year"),
    "col.period_start": ("起始年份", "Period start"),
    "col.base_year": ("基期年份", "Base year"),
    "col.value": ("数值", "Value"),
    "col.display": ("显示值", "Shown as"),
    "col.unit": ("单位", "Unit"),
    "col.qualifier": ("数值性质", "Qualifier"),
    "col.raw": ("原文数字", "As written"),
    "col.measure": ("口径", "Measure"),
    "col.vintage": ("数据版本", "Vintage"),
    "col.preferred": ("图表采用", "Charted"),
    "col.conflict": ("来源不一致", "Sources disagree"),
    "col.derived": ("推算", "Derived"),
    "col.source_title": ("来源标题", "Source title"),
    "col.source_publisher": ("发布机构", "Publisher"),
    "col.source_date": ("发布日期", "Published"),
    "col.source_url": ("链接", "Link"),
    "col.source_kind": ("来源类型", "Source kind"),
    "col.quote": ("原文", "Quote"),
    "col.method": ("获取方式", "Method"),
    "col.figures": ("数字数", "Figures"),
    "col.conflicts": ("不一致", "Conflicts"),
    "col.indicators": ("指标数", "Indicators"),
    "col.phrase": ("表述", "Phrase"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "error.data_title": ("数据暂不可用", "Data unavailable"),
    "error.unknown_regions": ("链接中的地区代码无法识别：{ids}。可选地区：", "Unknown region ids in the link: {ids}. Valid regions:"),
    "error.unknown_indicator": ("没有代码为“{id}”的指标。可选指标：", "There is no indicator “{id}”. Valid indicators:"),
    "error.unknown_theme": ("没有代码为“{id}”的主题。可选主题：", "There is no theme “{id}”. Valid themes:"),
    "error.unknown_region": ("没有代码为“{id}”的地区。可选地区：", "There is no region “{id}”. Valid regions:"),
    "error.not_found": ("页面不存在", "Page not found"),
    "error.not_found_body": ("没有找到这个地址对应的页面，请检查链接或从下面返回。", "Nothing lives at this address; check the link or go back."),
    "error.back_home": ("返回总览", "Back to the overview"),
    "error.page": ("页面生成时出错，已记录。请刷新或返回总览。", "Something went wrong building this page; it has been logged."),
    "export.menu": ("导出 / Export", "导出 / Export"),  # one label for both: the menu reads the same in either language
    "export.install_hint": ("图片导出需要服务器安装 Chromium：sudo apt-get install chromium fonts-noto-cjk",
                            "Image export needs Chromium on the server: sudo apt-get install chromium fonts-noto-cjk"),
    "export.busy": ("图片导出正忙，请几秒后再试。", "The image export is busy; please try again in a few seconds."),
    "export.means": ("{mark} 表示“{meaning}”", "{mark} means “{meaning}”"),
    "briefing.pptx": ("生成简报 PPT", "Briefing deck (PPTX)"),
    "briefing.zip": ("PNG 打包 (ZIP)", "PNGs (ZIP)"),
    "briefing.done": ("已生成：{name}", "Ready: {name}"),
    "briefing.empty": ("本页没有可导出的图表。", "No charts on this page."),
    "deck.title": ("京津冀协同发展指标 · 简报图表", "Jing-Jin-Ji coordinated development · briefing charts"),
    "deck.date": ("生成日期", "Generated"),
    "deck.page": ("页面", "Page"),
    "deck.regions": ("地区", "Regions"),
    "deck.years": ("年份", "Years"),
    "deck.charts": ("图表数", "Charts"),
    "deck.all": ("全部", "all"),
    "deck.readme": ("图表清单", "Charts in this pack"),
    "period.cumulative_since": ("{start}–{year}累计", "{start}–{year} cumulative"),
    "period.cumulative_to": ("截至{year}年累计", "cumulative to {year}"),
    "period.change_vs": ("较{base}年", "vs {base}"),
    "period.year_on_year": ("同比", "year on year"),
    "period.multiple_of": ("为{base}年的倍数", "× {base} level"),
    "year": ("{year}年", "{year}"),
}

# Qualifier words: in hover text and tables, and what each mark means in an exported image's note.
QUALIFIER_WORDS = {
    "exact": ("准确值", "exact"), "approx": ("约数", "approximate"), "more_than": ("超过", "more than"),
    "at_least": ("以上(至少)", "at least"),
}
QUALIFIER_MEANINGS = {"more_than": ("余/超", "more than"), "at_least": ("以上", "at least"), "approx": ("约/近", "about")}

# Unit vocabulary of the catalogue: the magnitude words a Chinese unit may start with, and the base units
# (counts and money) in front of which a magnitude word reads naturally.
UNIT_MAGNITUDES = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4))
COUNTABLE_UNITS = ("元", "人", "人次", "家", "项", "个", "所", "户", "套", "辆", "吨", "平方米", "亩")
INDEX_UNIT_PREFIX = ("指数", "index")
# A title inside a markdown link must not hold [ or ]: the grids show their fullwidth forms instead.
FULLWIDTH_BRACKETS = {"[": "［", "]": "］"}

_SEPARATORS = {"list": ("、", ", "), "clauses": ("；", "; "), "colon": ("：", ": "), "gap": ("\u3000", "  ")}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def t(key: str, lang: str = DEFAULT_LANG, **values) -> str:
    text = _pick(STRINGS[key], lang)
    return text.format(**values) if values else text


def both(key: str, **values) -> str:
    """Chinese then English, for messages read before a language is known (a server log, a failed export)."""
    return f"{t(key, 'zh', **values)} / {t(key, 'en', **values)}"


def name(entry: dict, lang: str = DEFAULT_LANG) -> str:
    """A catalogue entry's name in the page language (falls back to Chinese, then the id)."""
    if lang == "en" and entry.get("name_en"):
        return entry["name_en"]
    return entry.get("name_zh") or entry.get("id", "")


def field(entry: dict, base: str, lang: str = DEFAULT_LANG) -> str:
    """definition_zh / definition_en and the like."""
    return entry.get(f"{base}_{'en' if lang == 'en' else 'zh'}") or entry.get(f"{base}_zh") or ""


def unit(entry, lang: str = DEFAULT_LANG) -> str:
    """The unit of a catalogue entry or a table row in the page language (unit_en / unit)."""
    value = entry.get("unit_en") if lang == "en" else None
    return value or entry.get("unit") or ""


def join(names: Iterable[str], lang: str = DEFAULT_LANG, kind: str = "list") -> str:
    """北京、天津 / Beijing, Tianjin; kind "clauses" joins with ；/; and "gap" with a wide space."""
    return _pick(_SEPARATORS[kind], lang).join(names)


def labelled(label: str, value: str, lang: str = DEFAULT_LANG) -> str:
    """地区：北京 / Regions: Beijing."""
    return f"{label}{_pick(_SEPARATORS['colon'], lang)}{value}"


def bracket(text: str, lang: str = DEFAULT_LANG) -> str:
    """（text） in Chinese, ' (text)' in English: an aside after a name or a number."""
    return f" ({text})" if lang == "en" else f"（{text}）"


def year_label(year, lang: str = DEFAULT_LANG) -> str:
    return t("year", lang, year=int(year))


def qualifier_word(qualifier: str | None, lang: str = DEFAULT_LANG) -> str:
    pair = QUALIFIER_WORDS.get(qualifier or "exact")
    return _pick(pair, lang) if pair else (qualifier or "")


def qualifier_meaning(qualifier: str, lang: str = DEFAULT_LANG) -> str:
    return _pick(QUALIFIER_MEANINGS[qualifier], lang)


def source_kind(kind: str, lang: str = DEFAULT_LANG) -> str:
    key = f"sources.kind.{kind}"
    return t(key, lang) if key in STRINGS else kind


def lang_of(value) -> str:
    return value if value in LANGS else DEFAULT_LANG


def page_title(nav_key: str | None = None, lang: str = DEFAULT_LANG) -> str:
    """The browser tab title of a page: its name, then the app's, in the page language."""
    return f"{t(nav_key, lang)} · {t('app.title', lang)}" if nav_key else t("app.title", lang)

