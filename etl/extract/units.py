"""Units as written in Chinese releases, reduced to (scale, base) so any spelling converts to the
catalogue's unit: 3.9万亿元 and 39000亿元 are the same amount, 4成 is 40 %.

A written unit is an optional multiplier (万亿, 亿, 万, 千, 百) and a base word. Bases that the
catalogue uses carry a factor to their canonical base (成 counts tens of percent); other count words
(条, 类, 名, ...) are still units, so a number carrying one is a quantity that matched no indicator
rather than "not a quantity".
"""
from __future__ import annotations

from decimal import Decimal

MULTIPLIERS = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000), "百": Decimal(100)}

# base word -> (canonical base, factor to it)
BASES: dict[str, tuple[str, Decimal]] = {
    "元": ("元", Decimal(1)),
    "家": ("家", Decimal(1)),
    "家次": ("家次", Decimal(1)),   # 融资对接1472家次: firms served, each time counted (not firms)
    "个": ("个", Decimal(1)),
    "项": ("项", Decimal(1)),
    "所": ("所", Decimal(1)),
    "人次": ("人次", Decimal(1)),
    "人": ("人", Decimal(1)),
    "公里": ("公里", Decimal(1)),
    "千米": ("公里", Decimal(1)),
    "TEU": ("标准箱", Decimal(1)),
    "微克/立方米": ("微克/立方米", Decimal(1)),
    # the same concentration spelt in Latin letters (126ug/m3, 38μg/m³) or in words (微克每立方米)
    **{w: ("微克/立方米", Decimal(1)) for w in ("ug/m3", "ug/m³", "μg/m3", "μg/m³", "µg/m3", "µg/m³",
                                            "微克/m3", "微克/m³", "微克每立方米")},
    # carbon monoxide's concentration in milligrams (CO浓度为0.9毫克/立方米, CO(1.8mg/m3)): a base of its own
    **{w: ("毫克/立方米", Decimal(1)) for w in ("毫克/立方米", "mg/m3", "mg/m³", "毫克/m3", "毫克/m³")},
    "倍": ("倍", Decimal(1)),
    "%": ("%", Decimal(1)),
    "成": ("%", Decimal(10)),
    "个百分点": ("个百分点", Decimal(1)),
    "百分点": ("个百分点", Decimal(1)),
    "个千分点": ("个千分点", Decimal(1)),
    "千分点": ("个千分点", Decimal(1)),
    "指数": ("指数", Decimal(1)),
    "个点": ("点", Decimal(1)),
    "‰": ("‰", Decimal(1)),       # 出生率为6.09‰: a rate per thousand   # 上升36.29个点: index points, not a count of things
    "/10万": ("1/10万", Decimal(1)),  # 孕产妇死亡率8.06/10万: a rate per hundred thousand
    "/十万": ("1/10万", Decimal(1)),
}

# Count and measure words of real releases: each is its own base, so a catalogue indicator can take
# it and an uncatalogued figure becomes a candidate in it (万标准箱 is 万 x 标准箱, 万吨 is 万 x 吨).
COUNT_UNITS = (
    "大类", "条", "类", "件", "名", "位", "座", "辆", "场", "次", "户", "套", "亩", "公顷", "平方公里",
    "平方米", "立方米", "吨", "天", "岁", "处", "种", "款", "张", "台", "架次", "架", "列", "对", "支", "间",
    "千瓦时", "千瓦", "美元", "标准箱", "标箱", "标辆", "份", "班", "艘", "床", "栋", "片", "株", "棵", "头", "米",
    "例", "车次", "班次", "趟",  # 指导手术3000余例 (cases), 日均1.2万辆车次 (vehicle trips), 日发142班次 (departures), 251趟 (runs)
    "辆次",  # 免费通行116万辆次: vehicle passages, not vehicles
    "天次",  # 重污染395天次: days summed over cities (city-days), not days
    "部", "标准组", "组", "度",  # 12000部电梯, 开行382标准组, 1.2亿度 (kWh: only after 万 or 亿, numbers.py)
    "块", "蒸吨",  # 集成电路产量258.35亿块 (chips: only after 万 or 亿, numbers.py), 锅炉6595蒸吨 (steam tonnes)
    "微克",  # a concentration only after 每立方米 (numbers.py); alone, a mass
    "吨公里", "人公里",  # 货物运输周转量264.8亿吨公里: freight (passenger) turnover, not tonnes
    # (round 22) what environment, energy and transport releases count in: birds and fish (只, 羽, 尾), power
    # capacity (兆瓦, 吉瓦), rainfall (毫米), mass (公斤, 千克), a water or noise reading (毫克/升, 分贝), trips and
    # cases (艘次, 列次, 航次, 场次, 台次, 户次, 件次, 宗), papers and books (篇, 册)
    "只", "羽", "尾", "兆瓦", "吉瓦", "毫米", "公斤", "千克", "毫克/升", "分贝",
    "艘次", "列次", "例次", "航次", "场次", "台次", "户次", "件次", "宗", "篇", "册",
    "根",  # 公共充电桩逾3500根: posts, piles and poles counted (numbers.py keeps 根据, 根本 and 根治 apart)
    "标准机架", "机架",  # 数据中心机架总规模52.6万标准机架: a data centre's racks
    "票", "桌",  # 通关报关单7557票 (declarations), 年夜饭预订28695桌 (banquet tables)
    # (round 54) 关停机井4303眼 (wells), 修缮3714宅 (rural houses), 事故12起 (incidents and cases: numbers.py keeps 起来,
    # 起步 and a year's 2020起 apart)
    "眼", "宅", "起",
    # 抽检食品12.6万批次 (samples), R&D人员折合全时当量15.3万人年 (full-time person-years), 献血量52万毫升 (blood),
    # 满意度91分 (a score: numbers.py keeps 7点30分 and 分钟 apart), 3.9级地震 (a quake's magnitude)
    "批次", "人年", "毫升", "分", "级",
    # (round 55) 扇贝养殖1300万笼 (cages), 发布预警信号55期 (issues: digits only, numbers.py keeps 二期工程 apart)
    "笼", "期",
    "重量箱",  # (round 61) 压减平板玻璃产能2189万重量箱: flat glass's weight boxes
    # (round 68) 累计融资约743亿港元, 投资2亿欧元: money in another currency, kept in it as 美元 is
    "港元", "港币", "欧元", "日元", "英镑",
)
for _word in COUNT_UNITS:
    BASES.setdefault(_word, ("标准箱", Decimal(1)) if _word == "标箱" else (_word, Decimal(1)))
BASES["㎡"] = ("平方米", Decimal(1))  # 140万㎡: the sign for square metres
BASES.update({"hm2": ("公顷", Decimal(1)), "hm²": ("公顷", Decimal(1))})  # 海水养殖面积3206 hm2: hectares as a journal writes them
BASES["人/年"] = ("人年", Decimal(1))  # R&D人员折合全时当量47999人/年: person-years, written with a slash
# 审批时限压缩到39个工作日: a time taken, in working days (numbers.py: 5个工作日内 is how long, no figure)
BASES["个工作日"] = ("工作日", Decimal(1))
# 北京以617km的里程数位列第二: kilometres in Latin letters (and their square, and a speed, apart)
BASES.update({"km": ("公里", Decimal(1)), "km²": ("平方公里", Decimal(1)), "km/h": ("公里/小时", Decimal(1)),
              "公里/小时": ("公里/小时", Decimal(1))})
# 水资源总量23.6亿m3, 建筑面积12万m²: cubic and square metres in Latin letters (a water bulletin's spelling)
BASES.update({"m3": ("立方米", Decimal(1)), "m³": ("立方米", Decimal(1)), "m2": ("平方米", Decimal(1)),
              "m²": ("平方米", Decimal(1)), "km2": ("平方公里", Decimal(1))})
BASES["平方千米"] = ("平方公里", Decimal(1))  # 1770平方千米: square kilometres in the standard's spelling
BASES["平米"] = ("平米", Decimal(1))  # 建筑面积428万平米: square metres as spoken, kept as written (a candidate's unit)
BASES.update({w: ("Mbps", Decimal(1)) for w in ("Mbps", "Mbit/s", "兆比特每秒")})  # 下载速率24.96Mbps: a speed
# a time taken (平均通勤时间51分钟) is a measure in minutes or hours (numbers.py tells it from a duration)
BASES.update({"分钟": ("分钟", Decimal(1)), "小时": ("小时", Decimal(1))})
# densities, each its own base: 人口密度1311人/平方公里, 路网密度181.2公里/百平方公里
BASES.update({"人/平方公里": ("人/平方公里", Decimal(1)), "人/平方千米": ("人/平方公里", Decimal(1)),
              "公里/百平方公里": ("公里/百平方公里", Decimal(1)), "公里/平方公里": ("公里/平方公里", Decimal(1))})
# 6831.2万吨标准煤, 0.2835吨标煤: energy in tonnes of standard coal equivalent, not tonnes of anything
BASES.update({w: ("吨标准煤", Decimal(1)) for w in ("吨标准煤", "吨标煤", "吨煤当量")})

# rates written with a slash, each its own base: 厨余垃圾分出量3878吨/日, 万元GDP水耗17.58吨/万元, 流量30立方米/秒;
# 斤 and 升 as written (粮食总产量781.8亿斤)
BASES.update({f"{top}/{per}": (f"{top}/{per}", Decimal(1)) for top in ("吨", "立方米", "千瓦时", "辆", "人次", "吨标准煤")
              for per in ("日", "天", "年", "小时", "秒", "万元")})
BASES.update({"斤": ("斤", Decimal(1)), "升": ("升", Decimal(1))})
# a yield per mu (粮食单产452.03公斤/亩, 亩产1100斤/亩): its own base, kilograms in either spelling
BASES.update({"公斤/亩": ("公斤/亩", Decimal(1)), "千克/亩": ("公斤/亩", Decimal(1)), "斤/亩": ("斤/亩", Decimal(1))})
# (round 64) a yield per hectare (夏粮综合单产为6060.7公斤/公顷), and computing power in floating-point operations per second
# (智能算力供给规模超过2万P, 3.2EFLOPS: P alone only after 万 or 算力, numbers.py)
BASES.update({"公斤/公顷": ("公斤/公顷", Decimal(1)), "千克/公顷": ("公斤/公顷", Decimal(1))})
BASES.update({w: (w.upper(), Decimal(1)) for w in ("PFLOPS", "EFLOPS", "TFLOPS", "PFlops", "EFlops", "TFlops")})
BASES["P"] = ("P", Decimal(1))  # (as written: 万P, a release's short form of PFLOPS)
BASES["周岁"] = ("岁", Decimal(1))  # 60周岁以上人口: an age in full years, as 岁
BASES["人民币"] = ("元", Decimal(1))  # 投资额在5000万人民币以上: yuan named by the currency (not 万人 and 民币)
# a count per ten thousand or thousand people (每万人医疗机构床位数53.9张/万人, 执业医师3.2人/千人): each its own base
BASES.update({f"{count}/{per}": (f"{count}/{per}", Decimal(1)) for count in ("张", "人", "名", "件", "个", "所", "床")
              for per in ("万人", "千人")})
# a temperature (年平均气温12.1℃, 偏高1.2摄氏度): degrees Celsius in any of their spellings
BASES.update({w: ("℃", Decimal(1)) for w in ("℃", "摄氏度", "°C", "°c")})
# power and energy in the international symbols energy releases use (装机容量2500MW, 20GW, 35亿kWh): the Chinese units'
# bases, as written, no conversion between them (兆瓦 and 吉瓦 are bases of their own too)
BASES.update({"MW": ("兆瓦", Decimal(1)), "GW": ("吉瓦", Decimal(1)), "kW": ("千瓦", Decimal(1)), "KW": ("千瓦", Decimal(1)),
              "kWh": ("千瓦时", Decimal(1)), "KWh": ("千瓦时", Decimal(1)), "kW·h": ("千瓦时", Decimal(1))})
# prices per unit of a good, each its own base: 猪肉零售价格29.81元/公斤, 新建商品住宅均价6.2万元/平方米, 每斤0.98元
# (numbers.py reads the 每斤 before the number)
PRICE_GOODS = ("斤", "公斤", "千克", "吨", "平方米", "升")
PRICE_PER = "每(?:" + "|".join(PRICE_GOODS) + ")"  # 每斤, 每平方米: what a price before its number is per
BASES.update({f"元/{per}": (f"元/{per}", Decimal(1)) for per in PRICE_GOODS})
BASES["元/千克"] = ("元/公斤", Decimal(1))

# Durations: a number with one of these is "not a quantity" (26年来, 3个月), never a figure.
OTHER_UNITS = ("年", "小时", "分钟")

# Longest first, so 个百分点 wins over 个 and 人次 over 人.
ALL_UNIT_WORDS = sorted(set(BASES) | set(OTHER_UNITS), key=len, reverse=True)


def split_unit(unit: str) -> tuple[Decimal, str] | None:
    """'万亿元' -> (1e12, '元'); '指数(2014=100)' -> (1, '指数'); None when the base is unknown."""
    unit = unit.split("(")[0].split("（")[0].strip()
    scale = Decimal(1)
    for word, mult in MULTIPLIERS.items():
        if unit.startswith(word) and unit[len(word):] in BASES:
            scale, unit = mult, unit[len(word):]
            break
    if unit not in BASES:
        return None
    base, factor = BASES[unit]
    return scale * factor, base


def convert(number: Decimal, scale: Decimal, target_scale: Decimal) -> float:
    """Exact decimal arithmetic, so 3.9万亿元 is 39000.0 亿元 and not 39000.00000000001."""
    return float(number * scale / target_scale)
