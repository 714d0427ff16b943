"""Every UI string in both languages, in one table, so a translation is an edit here and nowhere else.

Names of themes, regions and indicators are not here: they come from the catalogue in the
table (name_zh / name_en), which is the one place the ETL and the app agree on them.
"""
from __future__ import annotations

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"

STRINGS: dict[str, tuple[str, str]] = {
    "app.title": ("京津冀协同发展指标看板", "Beijing-Tianjin-Hebei Coordinated Development Dashboard"),
    "app.brand": ("京津冀协同发展指标看板", "Jing-Jin-Ji Dashboard"),
    "nav.overview": ("总览", "Overview"),
    "nav.themes": ("主题", "Themes"),
    "nav.regions": ("地区", "Regions"),
    "nav.data": ("数据", "Data"),
    "nav.sources": ("来源", "Sources"),
    "nav.switch_lang": ("English", "中文"),
    "filter.regions": ("地区", "Regions"),
    "filter.regions_placeholder": ("全部有数据的地区", "All regions with data"),
    "filter.years": ("年份", "Years"),
    "chart.source": ("来源", "Source"),
    "chart.sources_more": ("等{n}个来源", "({n} sources in all)"),
    "chart.data_until": ("数据截至{year}年", "Data up to {year}"),
    "chart.no_data": ("所选地区和年份暂无数据", "No data for the selected regions and years"),
    "chart.approx_note": ("空心点/斜纹柱为约数或下限值", "Open markers / hatched bars: approximate or lower-bound values"),
    "chart.not_for_selection": ("该指标没有所选地区的数据，显示：{regions}",
                                "No data for the selected regions; showing {regions}"),
    "chart.qualifier": ("数值性质", "Qualifier"),
    "kpi.vs_prev": ("较{year}年", "vs {year}"),
    "kpi.no_prev": ("无可比上期数据", "No earlier value to compare"),
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
    "data.title": ("全部数据", "All data"),
    "data.hint": ("可在表头筛选和排序；下载按钮导出当前筛选结果。", "Filter and sort in the column headers; downloads export the filtered rows."),
    "data.download_csv": ("下载 CSV", "Download CSV"),
    "data.download_xlsx": ("下载 Excel", "Download Excel"),
    "data.rows": ("共 {n} 行", "{n} rows"),
    "data.filtered": ("已按当前选择筛选：{what}。", "Filtered by the current selection: {what}. "),
    "data.show_all": ("显示全部数据", "Show all rows"),
    "sources.title": ("数据来源", "Sources"),
    "sources.hint": ("每个发布或参考数据序列提供的数字数量，以及与其他来源不一致的数量。",
                     "How many figures each release or reference series gave, and how many disagree with another source."),
    "sources.coverage": ("覆盖情况（指标 × 年份）", "Coverage (indicator × year)"),
    "sources.coverage_hint": ("数字为有数据的地区数；空白为缺失年份。", "Numbers are regions with a value; blank cells are gaps."),
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
}


def t(key: str, lang: str = DEFAULT_LANG, **values) -> str:
    zh, en = STRINGS[key]
    text = en if lang == "en" else zh
    return text.format(**values) if values else text


def name(entry: dict, lang: str = DEFAULT_LANG) -> str:
    """A catalogue entry's name in the page language (falls back to Chinese, then the id)."""
    if lang == "en" and entry.get("name_en"):
        return entry["name_en"]
    return entry.get("name_zh") or entry.get("id", "")


def field(entry: dict, base: str, lang: str = DEFAULT_LANG) -> str:
    """definition_zh / definition_en and the like."""
    return entry.get(f"{base}_{'en' if lang == 'en' else 'zh'}") or entry.get(f"{base}_zh") or ""


def lang_of(value) -> str:
    return value if value in LANGS else DEFAULT_LANG
