"""Region names in a clause, from the catalogue's aliases (one combined regex, longest alias first).

Besides where each name is, the extractor needs two facts about it: whether it is the whole a
share is taken of (占京津冀地区生产总值的比重: 京津冀 is the denominator, not the subject), and
which names form one enumeration (北京、天津、河北 … 分别为 …), so it can pair them with the numbers.

Two more kinds of mention keep figures from landing on the wrong region:
  - places outside the catalogue (上海, 全国, 长三角 …) are found too, as region OTHER: a figure whose
    nearest subject is one of them is not 北京's, whatever the sentence said before;
  - a region after 比/较/高于/低于, or in 是…的 (比天津多…, 是河北的2倍), is `compared`: the base of a
    comparison, so the figure is a gap or a ratio between regions, not a level.
Anaphora (全市, 本市, 我市, 全省, 我省, 本省, 区域 as a subject) are found as region ANAPHOR with
their kind ('city', 'province', 'area'); the extractor resolves them from the document's subject.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from etl.catalog import ancestor_chains

OTHER = "_other"
ANAPHOR = "_anaphor"

# Beijing and one Hebei city named as a pair (京张合作, 京廊两地): the pair's figure is neither city's alone; before
# 高铁, 城际 or 高速 it is a line's name (京张高铁) and names no place at all
PAIR_NAMES = ("京张", "京承", "京廊", "京保", "京唐", "京秦", "京沧", "京衡", "京邢", "京邯")
# Places a Jing-Jin-Ji release compares itself with: the other provinces, big cities and regions, 全国.
# 31个省(自治区、直辖市)共有54个城市…: the country's provinces counted, the scope of a national figure (never a kind
# counted, as 16个京津职教联盟 is)
PROVINCES_COUNTED = ("省(自治区、直辖市)", "省（自治区、直辖市）", "省(区、市)", "省（区、市）", "省区市")
OTHER_PLACES = (
    "全国", "我国", "全球", "世界", "国内", "发达国家", "发达经济体", "长三角", "长江三角洲", "长江经济带", "长江中游", "黄河流域", "珠三角", "粤港澳大湾区", "大湾区", "成渝", "东部地区",
    "中部地区", "西部地区", "东北地区", "大兴安岭", "上海", "广东", "江苏", "浙江", "山东", "山西", "内蒙古", "辽宁", "吉林",
    "黑龙江", "安徽", "福建", "江西", "河南", "湖北", "湖南", "广西", "海南", "重庆", "四川", "贵州", "云南",
    "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "内蒙", "香港", "澳门", "台湾", "深圳", "广州", "杭州", "南京",
    "苏州", "武汉", "成都", "西安", "郑州", "青岛", "宁波", "厦门", "大连", "沈阳", "济南", "合肥", "长沙",
    "福州", "哈尔滨", "长春", "太原", "呼和浩特", "东京", "纽约", "伦敦",
    "南昌", "昆明", "南宁", "贵阳", "兰州", "乌鲁木齐", "银川", "西宁", "海口", "三亚", "无锡", "温州", "佛山", "东莞",
    "烟台", "潍坊", "徐州", "常州", "泉州", "珠海", "洛阳",
    # prefecture cities elsewhere, named in comparisons and rankings (与长三角的南通(12421.9亿元)相比): never a place of ours
    "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁", "绍兴", "嘉兴", "湖州", "金华", "台州", "衢州", "舟山", "芜湖", "蚌埠",
    "马鞍山", "淮北", "铜陵", "安庆", "滁州", "阜阳", "宿州", "亳州", "莆田", "漳州", "龙岩", "景德镇", "萍乡", "九江", "新余", "鹰潭", "赣州", "上饶",
    "开封", "平顶山", "漯河", "三门峡", "商丘", "信阳", "驻马店", "宜昌", "襄阳", "鄂州", "荆州", "黄冈", "孝感", "柳州", "桂林", "梧州", "钦州",
    "防城港", "鞍山", "抚顺", "本溪", "丹东", "锦州", "营口", "阜新", "辽阳", "盘锦", "铁岭", "葫芦岛", "辽源", "松原", "齐齐哈尔", "鸡西", "鹤岗",
    "双鸭山", "大庆", "佳木斯", "七台河", "牡丹江", "绥化", "运城", "忻州", "临汾", "吕梁", "朔州", "乌海", "石嘴山", "克拉玛依", "吐鲁番", "哈密", "喀什",
    "宝鸡", "咸阳", "渭南", "汉中", "榆林", "商洛", "铜川", "天水", "酒泉", "嘉峪关", "张掖", "武威", "绵阳", "宜宾", "南充", "泸州", "德阳", "乐山",
    "自贡", "攀枝花", "遵义", "曲靖", "株洲", "湘潭", "衡阳", "岳阳", "常德", "郴州", "张家界", "东营", "威海", "临沂", "枣庄", "汕头", "湛江", "茂名",
    "肇庆", "惠州", "揭阳", "潮州", "韶关", "清远",
    "中国",
    # national bodies and operators as the subject (商务部发布第五批23项…, 中国民航机队的3141架飞机): the country's
    "商务部", "工信部", "工业和信息化部", "科技部", "财政部", "交通运输部", "生态环境部", "国家发展改革委", "国家发改委",
    "国铁集团", "中国国家铁路集团", "中国民航", "民航局",
    "这些区域", "这些地区", "上述区域", "上述地区", "以上区域", "以上地区",  # several places just listed, none alone
    # the other national new areas (上海市浦东新区…万亿元): not 新区, the subject's own new area, said again
    "浦东", "两江新区", "舟山群岛新区", "兰州新区", "南沙新区", "西咸新区", "贵安新区", "西海岸新区", "金普新区", "天府新区",
    "湘江新区", "江北新区", "滇中新区", "赣江新区",
    *PROVINCES_COUNTED,
    # Beijing's own parks and science cities: their figures are not Beijing's (中关村示范区研发投入强度12.5%)
    "中关村示范区", "中关村国家自主创新示范区", "中关村科学城", "怀柔科学城", "未来科学城",
    # (round 68) Beijing's functional areas of 2005-2015 beside its core area (城市功能拓展区完成投资864.5亿元): none of ours
    "城市功能拓展区", "城市发展新区", "生态涵养发展区",
    "京津冀及周边地区", "京津冀及周边",  # the air-pollution transport region (2+26 cities or six provinces), not 京津冀
    "沪", "京沪两地",  # 京沪人均超3万元: Shanghai beside Beijing (京沪高铁 is a line: see _LINE_NAME)
    "京津雄",  # 京津雄核心区: the triangle of Beijing, Tianjin and Xiong'an, none of them alone
    "京津冀晋", "京津冀蒙", "京津冀鲁豫", "京津冀豫", "京津冀辽",  # Jing-Jin-Ji with another province: none of ours
    # (京津冀鲁 is a cooperation area of the catalogue's, jjj_shandong)
    *PAIR_NAMES,
    "京南", "京北", "京西", "京东",  # 河北·京南国家科技成果转移转化示范区: an area named by its bearing from Beijing
    # airport zones with no region of their own: not the city's (the airports themselves are sites of their own:
    # capital_airport, tianjin_airport, shijiazhuang_airport, daxing_airport; a figure of the airport is not the city's)
    "临空经济区", "临空经济示范区",
    # the cities Beijing and Tianjin aid or pair with outside the region, and the 2+26 cities outside it: a figure of
    # theirs is never the sender's (北京援建拉萨…高考上线率达100%)
    "拉萨", "和田", "玉树", "昌都", "黄南", "十堰", "南阳", "恩施", "巫山", "赤峰", "乌兰察布", "通辽", "呼伦贝尔", "锡林郭勒",
    "兴安盟", "巴彦淖尔", "包头", "鄂尔多斯", "安阳", "濮阳", "鹤壁", "焦作", "聊城", "德州", "滨州", "淄博", "济宁", "菏泽",
    "阳泉", "晋城", "晋中",
    # the railway bureau named after Beijing, whose lines run through all three places and beyond: none of ours
    "中国铁路北京局", "北京铁路局", "北京局集团",
    "首都机场集团",  # the group running airports across the country, not the capital's airport
)
# Beijing's and Tianjin's districts the catalogue does not name (通州 and 滨海新区 it does): a figure of
# 海淀区 or of 塘沽 is never Beijing's or Tianjin's (河北区, a Tianjin district, is a region of ours: hebeiqu).
DISTRICTS = (
    "塘沽", "汉沽", "大港",
    "南开", "红桥", "北辰",  # 南开大学, 红桥市场 (Beijing's), 北辰集团: named things first, so never given to the district
)
# an alias that starts a longer word of another place: 河北区域, 河北区县 are the province's regions and counties;
# 大城市病 names big cities, not 大城县; 中关村科技园区通州园 is a branch park, not the zone; 中关村 in a name (论坛, 大街,
# 管委会, a park named after it) is no place, nor are its firms acting elsewhere (中关村企业在津冀设立…)
_ALIAS_GUARD = {"河北区": "(?![域县])", "天津河北区": "(?![域县])", "大城": "(?!市)",
                "环京": "(?=通勤|跨省通勤|定制快巴|[\u4e00-\u9fff]{0,2}通勤)",  # (环京周边蔬菜基地: a programme's name, no place)
                "天津港": "(?!口)", "唐山港": "(?!口)", "秦皇岛港": "(?!口)",  # (天津港口吞吐能力: the city's ports)
                "中关村科技园区": "(?![\u4e00-\u9fff]{1,3}园)",
                "中关村": "(?!科技园(?!区)|科技城|创新中心|创新园|大街|银行|论坛|发展集团|管委会|软件园|生命科学园|集成服务"
                         "|[\u4e00-\u9fff]{1,3}(?:分园|园区|园)|(?:高新技术|高科技)?企业[已累计共]{0,3}在)"}
# …and one whose word before makes it another thing: 保定·中关村, 雄安新区中关村科技园, 京津中关村科技城, 宝坻中关村 (parks
# other places named after the zone), 拥有中关村高新技术企业 (a class held). The lookbehind includes the name, so that it
# runs only where the name matched.
_ALIAS_BEFORE = {"中关村": "(?<![·•\\-—–区津坻定安州]中关村)(?<!拥有中关村)(?<!已有中关村)",
                 "核心区": "(?<![\u4e00-\u9fff]核心区)",  # 核心区平房…: Beijing's core area; 冬奥核心区: another's site
                 "生态城": "(?<![\u4e00-\u9fff]{2}生态城)",
                 # 进京南水, 来京东部: 京 the object of a move, 南 or 东 the next word's; no area named by its bearing
                 **{w: f"(?<![进入出赴来回离抵驻在]{w})" for w in ("京南", "京北", "京西", "京东")}}
# 北京南站新闻发言人介绍: whom a station's spokesperson or staff speak for is no subject (雄安站发送旅客 is 雄安's: a station
# named after its place counts for the place)
_STATION_AFTER = re.compile(r"[东南西北]?站的?(?:新闻发言人|发言人|负责人|工作人员|站长|党委书记|值班站长)")
ANAPHORA = {"全市": "city", "本市": "city", "我市": "city", "该市": "city", "全省": "province", "本省": "province",
            "我省": "province", "该省": "province", "省内": "province", "区域": "area", "全区域": "area",
            "全区": "district", "本区": "district", "我区": "district", "该区": "district", "新区": "district",
            "全县": "county", "该县": "county", "园区": "park", "示范区": "park",
            # a zone's generic name said again (天津经开区…。1至2月，经开区多项指标…): the one zone of that class the
            # release named (subject.py), else no subject
            "经开区": "dev_zone", "开发区": "dev_zone", "高新区": "hitech_zone", "保税区": "bonded_zone", "综保区": "bonded_zone"}
# kinds resolved only from the release's subject, never from a place said before them; an unresolved 园区 is no
# subject, an unresolved zone a zone none of ours (as any unknown place is)
ZONE_KINDS = frozenset(("dev_zone", "hitech_zone", "bonded_zone"))
QUIET_KINDS = ZONE_KINDS | {"park"}
_PARK_SUBJECT_BEFORE = re.compile(r"(?:^|[，,。；;：:\s]|目前|当前|如今|现在|今年|去年|年|月底|年底|截至目前|其中)$")
_ANAPHOR_AFTER_BAD = re.compile(r"性|通办|协同|发展指数|合作|内外|间|化|联动|一体|居家|养老|医疗|中心")  # (区域居家养老服务中心, 区域医疗中心: a kind of facility)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NOT_VOUCHING = ("province", "region", "group")  # 河北, 京津冀: named where no county is
# a county's bare name whose last character opens one of these words with the next (健康保险, 建成安置房, 巩固安全,
# 拓宽城市道路) sits inside other words, unless the release vouches for it
_WORD_GOES_ON = re.compile(r"保[险障护]|安[全置排装居]|城[市乡区镇]|平[台方]")
_MOVED_HOMES = re.compile(r"[拆搬回动]迁安置")


def _word_of_its_own(text: str, m: re.Match) -> bool:
    """A place's name inside common words: 大兴调查研究之风 (no district; 大兴安岭 is a place of its own, outside ours),
    回迁安置小区 and 拆迁安置房 (resettlement housing, no 迁安, a county city of Tangshan)."""
    if m.group() == "大兴":
        return text.startswith(("调查", "之风", "土木", "学习"), m.end())
    return m.group() == "迁安" and bool(_MOVED_HOMES.match(text, max(0, m.start() - 1)))


_LINE_NAME = re.compile(r"[京津冀][京津冀沪张雄哈广九藏承唐秦石保廊沧衡邯邢塘滨蓟]{1,2}(?:城际|高铁|高速|铁路|客专|动车|市郊|线|公交|班车)"
                        r"|京(?:台|港澳|昆|藏|新|礼|开|沈|哈|沪|广|九|秦|承|平|包|拉)(?=[、和及等高线铁]|至京)")  # 京台、京港澳等高速, 京新至京藏高速
_EVENT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:对接会|洽谈会|推介会|招商会|签约会|合作论坛|峰会)")  # 京廊产业对接会: a meeting's name
_COUNTY_OF_CITY_NAME = re.compile(r"县(?![级域区市城委政])")
_RING_ROAD = re.compile(r"首都(?:地区)?环线")
_OF_AFTER = re.compile(r"(?:(?:19|20)\d\d年)?的\s*(?:约|近|超过?)?[\d一二两三四五六七八九十百千万半]")  # (是怀来的支柱产业: no ratio)
_OF_MEASURE_AFTER = re.compile(r"(?:[、和与][\u4e00-\u9fff]{2,3})*[^\d，,。；;]{0,16}?的\s*(?:约|近|超过?)?\d[\d.]*(?:%|倍|成)")
# (高于同期全国增速, 高出全国平均水平: the place compared with, after the period it is compared in)
_COMPARED_BEFORE = re.compile(r"(?:比|较|相比|相较于?|高于|低于|多于|少于|优于|好于|快于|慢于|领先|落后于?|不足|不到|相当于"
                              r"|高出|低出|超出|超过|超)\s*(?:同期)?(?:第[一二三四五六七八九十\d]{1,2}(?:名|位)的?)?\s*$")
# (超全国、全省平均水平: the bars passed; 超出第二名迁安市9亿元: the runner-up compared with)
# 与全国增速持平: the base a rate is level with, not a subject
_LEVEL_WITH_AFTER = re.compile(r"(?:的|平均)?(?:增速|增幅|水平|平均水平|速度)?(?:基本)?(?:持平|相当|一致)")
# 来自京冀 (冀 too), 引进北京、天津项目, 承接北京…: where a flow comes from, not where it is counted
_ORIGIN_BEFORE = re.compile(r"(?:(?:来自|源自|源于|来源为|来源是|来源地为|引进|引入|吸纳|吸引|承接|接收|接纳|接续|接待|招引|签约|获得|得到|争取|利用|携手)[的了]?[京津冀]?"
                            r"|(?:退出|迁出|搬出|撤出|疏解)"  # 疏解退出城六区二级及以下企业100户: where they leave, not who acts
                            r"|本报|新华社|中新社|中新网|人民网|央视网)\s*$")  # (滦平共获得北京市帮扶资金: the giver)
# (北三县进京的通勤定制快巴, 河北进京蔬菜: 进 and 赴 go out from the place, which is the subject)
# 北京转入3205家, 京冀来津投资, 北京来衡专家团队 (a Hebei city said short): where the movers come from
_TOWARD_AFTER = re.compile(r"(?:来|到)(?:津|京|冀|天津|北京|河北|衡|沧|保|廊|承|唐|邢|邯|秦|雄|石家庄|张家口)(?=[\u4e00-\u9fff])"
                           r"|(?:转入|迁入|转移来|疏解来|流入)")
_NATIONAL_MEASURE = re.compile(r"(?:的)?(?:研发|R&D|研究与试验发展|GDP|国内生产总值|经济总量|经济增速|居民|城镇|人口|常住|已有|共有|现有|在册|独角兽|主要城市|各省|各地"
                               r"|全社会|货物|进出口|技术合同|技术市场|空气|PM2\.5|细颗粒物|财政|一般公共预算|城市|上市公司|A股"
                               # (round 55) 中国接待的入境游客达1.28亿人次, 中国发明专利…: the country's own figures too
                               r"|接待|入境|出境|游客|旅游(?!研究院|协会|集团)|发明专利|专利|粮食|外贸|出口|进口|实际使用外资|网民"
                               r"|快递|社会消费品|居民消费价格|CPI|电影票房|票房|出生人口|新生儿)")
_FROM_BEFORE = re.compile(r"(?:从|由|自)$")
_AT_BEFORE = re.compile(r"在[^\W\d_在，,。；;、]{0,4}$")
LEARNT = r"(?:获悉|了解到|得知)"  # a reporter learnt the news (记者从…获悉)
_LEARNT_AFTER = re.compile(r"[^，,。；;]{0,30}?" + LEARNT)
_KIND_OF_DEED_BEFORE = re.compile(r"(?:办理|发布|开展|举办|组织|参加|参与|推出|签署|签订|推进|推动|促进|深化|发放|发行)$")
_ZONE_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:试验区|示范区|产业园|科技园|工业园|园区|合作区)")
_SHARE_IN_AFTER = re.compile(r"[^，,。；;\d]{0,16}?中(?:的)?(?:[^，,。；;\d]{0,6}?(?:占比|比重)|所占|占|份额)")  # (在环京地区中通勤量占比)
_ACTS_IN_GAP = re.compile(r"(?:共|已|已经|先后|累计|陆续|还|也)?在")  # (天津港共在京津冀地区布局建设了10个…)
_SET_UP_AFTER = re.compile(r"[京津冀、和及]{0,3}(?:市|省|地区|两地)?(?:设立|布局|开设|设置|建立|举办|开展|推介|招商|开店|建设)")
_SIDE_DEALT_WITH = re.compile(r"(?:市|省)?方面(?:建立|签订|签署|开展|达成|合作|对接|共同|联合)")
_PARTNER_BEFORE = re.compile(r"(?<![参给赋共协如等不相连])(?:与|同|跟)$")  # 与北京签订…, not 参与雄安新区建设
_RESOURCES_AFTER = re.compile(r"(?:优质|创新|科技|教育|医疗|产业|科研)?资源")
_FIRMS_SHARE_AFTER = re.compile(r"(?:企业|项目|资金|机构)(?:中[^，,。；;\d]{0,8})?(?:约|近)?占")
_QUALIFIER_AFTER = re.compile(r"[京津冀]{0,2}(?:两地|地区)?的?(?:\d+(?:\.\d+)?[余多]?个)?(?:农业|工业|科技|医药|商贸|物流)?(?:合作|转移|转入|疏解|来源)?(?:项目|企业|资金|产业|单位|机构)"
                              r"|[京津冀]{0,2}[“\"]?(?:对接路|断头路|瓶颈路)")  # 河北打通拓宽京津“对接路”: the roads' far ends
# 北京项目234个, 天津项目34个 after another place's total: the projects' origin (a place + 项目, no verb between)
PROJECTS_OF_ORIGIN = re.compile(r"(?:合作|转移|转入|疏解|来源|产业)?项目|企业\d")
_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?]")
_MEASURE_VERB_BEFORE = re.compile(r"(?:实施|落地|推进|开工|新建|承接|接收|落户|签约|引进|新增)$")
_MEASURE_ORIGIN_AFTER = re.compile(r"(?:、?[京津冀])?(?:产业|企业|项目)?(?:转移|疏解|外溢|转入)(?:项目|企业|单位|产业)")
_RECEIVED_IN_CLAUSE = re.compile(r"(?:承接|引进|引入|吸引|吸纳|接收|招引)[^，,。；;：:]{0,30}$")
_COUNTED_ITEMS_AFTER = re.compile(r"[^，,。；;\d]{0,12}?(?:项目|企业|机构|单位)(?:超过?|近|约|逾|达到?|共)?\d")
_ANY_DIGIT = re.compile(r"\d")
_NAMED_THING_AFTER = re.compile(r"(?:自助|政务服务|服务)?办?(?:事项|定位|清单|名单|品牌|标准|模式|专列|专线|战略定位|功能定位)"
                                r"|(?:线上|网上|掌上)(?:自助)?办|通办")  # (“京津冀+雄安”线上自助办231项: the service's name)
_DISTANCE_FROM_BEFORE = re.compile(r"(?:距|距离|离|相距)$")
_DISTANCE_AFTER = re.compile(r"(?:市区|市中心|中心城区|城区)?(?:约|仅|只有|不到|不足|近)?\d|[^，,。；;]{0,6}?(?:公里|千米|小时|分钟)|较近|最近|不远|很近|更近")
_PART_FROM_BEFORE = re.compile(r"(?:来自|源自)$")
_PART_COUNT_AFTER = re.compile(r"的(?:有|为|占|达)?\s*(?:约|近|超过?)?\d")
_ROUTE_TO_MANY = re.compile(r"(?:至|到)(?:周边)?(?:\d+|[两三四五六七八九十]+|各)个?")
_INCLUDED_BEFORE = re.compile(r"(?:含|包括|包含)$")
_EXCLUDED_BEFORE = re.compile(r"(?:不含|不包括|未含|未包括|除去?|扣除)$")
_ROUTE_SERVICE_AFTER = re.compile(r"[“\"]?(?:定制快巴|定制公交|跨省公交|通勤班车|通勤专线|城际公交|快巴|班车|专线|公交)")
_FLOW_AFTER = re.compile(r"(?:市|省)?(?:、?[京津冀])?[\u4e00-\u9fff]{0,2}?(?:引进|引入|承接|转入|迁入|转移|疏解|吸引|吸纳|招引|流入|签约)")  # (河北从北京新签约引进项目…)
# 29家全国重点实验室, 拥有全国重点文物保护单位40处: a national class of things counted or held, not the country as
# a subject (全国重点实验室数量达到533家 is the country's)
_NATIONAL_CLASS = re.compile(r"全国(?:重点|文明|示范|先进|百强|优秀|劳动模范|劳模|模范|性)")
_NATIONAL_FIRST = re.compile(r"全国(?:首个|首家|首批|首创|唯一|率先|(?:人口|经济|农业)普查"  # 制定实施全国首个…目录: a first, not the country's figure
                             r"|\d+个(?:省(?!会)|旗县|地区))")  # 承担着全国8个省区90个旗县的扶贫任务: places counted across it
_COUNT_JUST_BEFORE = re.compile(r"\d[余多]?(?:家|个|所|项|名|座|处|批)$")
# 加快建设全国产业转型升级试验区, 全国现代商贸物流重要基地, 全国科技创新中心: a place's designation (its 功能定位) named
# after the country, not the country as the subject of the figures around it
_NATIONAL_TITLE = re.compile(r"全国[\u4e00-\u9fff]{2,14}?(?:试验区|示范区|先行区|先导区|核心区|支撑区|基地|中心|枢纽|高地)(?![\u4e00-\u9fff]{0,2}(?:城市|数量|总数|个数))")
_HELD_BEFORE = re.compile(r"(?:拥有|共有|建成|创建|获评|入选|成为|获批|新增|培育)$")
# 建设全球数字经济标杆城市, 打造世界一流湾区: a designation a place builds toward, named after the world, not the world as
# the subject of the figures around it
_GLOBAL_TITLE = re.compile(r"(?:全球|世界)[\u4e00-\u9fff]{2,12}?(?:城市|中心|之都|高地|枢纽|名城|典范|标杆|湾区|都市圈)")
_BUILT_TOWARD_BEFORE = re.compile(r"(?:建设|打造|建成|成为|迈向|创建|争创|对标|加快建设|建设成为)$")
_BEARING_AREA_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:地区|片区|示范区|新区|区域|板块|地带|走廊|组团)")
# 实施京津风沙源治理、京冀水源保护林等工程: programmes named after the cities they shield, listed as what a place did (京冀
# 生态水源保护林建设合作项目已累计营造林50万亩: the programme as the subject keeps its name, a place of its own)
_PROGRAMME_NAMED = re.compile(r"(?:(?<=实施|开展|推进|参与|依托|承担)|(?<=[“、]))(京津冀|京津|京冀)(?:风沙源|生态水源保护林|水源保护林|水源林)"
                              r"|(京津冀|京津|京冀)(?:风沙源|生态水源保护林|水源保护林|水源林)[\u4e00-\u9fff]{0,4}?[”、等]")
# 深入实施“三北”防护林、首都周围绿化、京津风沙源治理等工程: the works a place carried out, named after what they shield
_WORKS_LISTED = re.compile(r"(?:实施|推进|开展|依托)[^，,。；;\d]{0,40}?、[^，,。；;\d]{0,30}?等(?:一系列|一批)?[\u4e00-\u9fff]{0,6}?(?:工程|项目)")
_CAPITAL_ZONE_AFTER = re.compile(r"[”\"」]?\s*(?:两区|水源涵养(?:功能)?区|生态环境支撑区)")
_DOMESTIC = re.compile(r"国内(?!生产总值|GDP|经济)")   # 全市国内招商引资额, 面对国内外风险, 国内专业赛事: domestic, not the country
# 京津冀协同创新 (a name), 北京3月28日电 (a dateline's place): not the subject of the figures
# 京津冀协同发展区域指数从…0.38上升至…0.58: an index named after the place's coordination measures the place
_INDEX_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?指数")
_NAME_AFTER = re.compile(r"协同|一体化|联防|协作|战略|国家战略|\s*\d{1,2}月\d{1,2}日(?:电|讯)"
                         r"|(?:三地|两地)?[\u4e00-\u9fff]{0,4}?合作(?=持续|不断|进一步|更加|日益|走向|加快|稳步)"  # 京津冀三地林业合作持续深入: a topic
                         r"|国家[\u4e00-\u9fff]{0,10}?(?:中心|示范区|实验室|基地)"   # 京津冀国家技术创新中心: a name
                         r"|日报|晚报|晨报|青年报|商报|新闻网|电视台|广播电视台|卫视|[\u4e00-\u9fff]{1,3}?网讯"   # 北京青年报记者…: a newspaper
                         r"|[\u4e00-\u9fff]{0,4}?(?:客户端|公众号)"   # 津滨海客户端将开设…专栏: a news app
                         # (天津北方网讯: a news site's dateline)
                         r"|水库|湖(?!区)|风沙源"   # 密云水库, 京津风沙源治理: a reservoir or a programme named after the place
                         r"|中心(?![城区])"   # 京津冀国家技术创新中心燕郊中心: a centre named after the place
                         r"|院区|分院"   # 友谊医院通州院区: a hospital campus named after its place (a school campus, 北京四中雄安校区, is in its place: _CAMPUS_AFTER)
                         r"|(?:市|省)?(?:级)?[“\"「](?:专精特新|小巨人|隐形冠军|瞪羚|独角兽|单项冠军)"  # 北京市“专精特新”中小企业: a rank the city gives
                         r"|会馆|饭店|宾馆|大酒店|酒店|餐厅|商城|大厦|百货"   # 保定会馆, 北京饭店: a business named after a place
                         r"|[\u4e00-\u9fff]{0,10}?(?:文化节|旅游节|艺术节|啤酒节|音乐节|博览会|交易会|展览会|马拉松)"  # an event's name
                         r"|[\u4e00-\u9fff]{2,14}?(?:名单|目录|清单)"  # 加入京津冀临床检验结果互认名单: a scheme's list
                         r"|外埠|以外|之外|周边")  # 北京外埠公交线路, 北京以外: outside the place, not it
_GAMES_AFTER = re.compile(r"冬奥|冬残奥|奥运|残奥|世园会")


def _bare_county_vouchers(regions: dict[str, dict], within: dict[str, frozenset]) -> dict[str, tuple[str, ...]]:
    """A Hebei county's name without 县 -> the names that vouch for it in a release: its full name and the names of
    the city (or county group, new area) it lies in."""
    out: dict[str, tuple[str, ...]] = {}
    for rid, region in regions.items():
        if region.get("level") != "county":
            continue
        places = [p for p in within.get(rid, ()) if regions[p].get("level") not in _NOT_VOUCHING]
        if not places:
            continue
        names = [region["name_zh"], *(region.get("aliases") or [])]
        bare = [n for n in names if not n.endswith(("县", "市", "区"))]
        words = tuple(n for n in names if n not in bare) + tuple(
            w for p in places for w in [regions[p]["name_zh"], *(regions[p].get("aliases") or [])])
        out.update(dict.fromkeys(bare, words))
    return out


def others_listed_before(finder: RegionFinder, text: str, at: int, count: int) -> bool:
    """A list of `count` places ends a few words before `at`, one of them none of the three's (广东、河南、山东位居前三——
    三地…): the 三地 (两地) at `at` counts those places, not 京津冀."""
    tail = text[max(0, at - _LIST_TAIL):at]
    found = finder.find(tail)
    if not found or len(tail) - found[-1].end > _LIST_TO_COUNT_GAP or re.search(r"[。；;！？!?]", tail[found[-1].end:]):
        return False
    members = [r for r in found if r.group == found[-1].group]
    return len(members) == count and any(r.region == OTHER for r in members)


def games_named(text: str, name: str, end: int) -> bool:
    """北京冬奥“绿电”: the Games Beijing gave its name to, neither the place nor its subject (张家口冬奥场馆 are the
    city's venues)."""
    return name.startswith("北京") and bool(_GAMES_AFTER.match(text, end))
_ROUTE_GAP = re.compile(r"\s*(?:至|到|—|-|－)\s*")
# 以曹妃甸区为龙头的沿海经济带: the place leads an area none of ours, whose figures follow; it is not their place
# 接待以京津冀地区为主的国内外游客: the visitors come mostly from there, the place that received them is the subject
_MAINLY_FROM_AFTER = re.compile(r"(?:地区|市场)?为主的?(?:国内外|国内|境内外)?(?:游客|客源|旅客|游人|观众|消费者|患者|病人|学生)")
_LEADS_AFTER = re.compile(r"为(?:龙头|核心|主体|引领|牵引|骨干|中心|依托|支点|重点|主)的")
_RATIO_BEFORE = re.compile(r"(?:是|为|相当于)\s*$")
# 居全市第三, 位居全国前列: the scope of a rank, not the subject of the figures after it
_NEIGHBOUR_AFTER = re.compile(r"(?:一河之隔|一水之隔|相邻|接壤|毗邻|交界|的?[东南西北]大门|的?后花园|的?护城河)")  # (涿州扼守首都南大门: its neighbour)
_NEIGHBOUR_BEFORE = re.compile(r"(?:毗邻|紧邻|临近|邻近|环绕|环抱)$")
_RANK_AFTER = re.compile(r"(?:排名|排|位居|位列|居)?(?:第[\d一二三四五六七八九十]+(?:位|名)?(?![产季方])|前列|首位|之首|最后|末位|倒数"
                         r"|最(?:低|高|优|好|少|多|佳)(?:水平)?(?![的\u4e00-\u9fff]{0,2}(?:城市|省份|地区))"
                         r"|最[\u4e00-\u9fff]{1,3}?的(?![\u4e00-\u9fff]{0,2}(?:城市|省份|地区)))"  # 全国最严苛的环保压力
                         r"|(?:继续|持续|始终)?(?:保持)?(?:领先|领跑)"  # 在全市保持领先: the field it leads
                         r"|的?排名(?:屈居|位居|位列|居|为|是|排)?第?[\d一二三四五六七八九十]+(?:位|名)?"  # (全国排名21, 在全国的排名屈居24名)
                         r"|[\d一二三四五六七八九十]+[家个座所][^，,。；;\d]{0,8}?的(?:最后一名|第[\d一二三四五六七八九十]+(?:位|名))")
# (是全国24家千万级机场的最后一名: the field of the rank)
# (武清区与北京大学…: a partner named after 与 is no part of the place's name; 天津港集团 runs the city's port and
# reports its throughput: the city's figures, not a firm's)
_INSTITUTION_AFTER = re.compile(r"(?:(?![与同跟])[\u4e00-\u9fff]){0,8}?(?:(?<![省市区属])大学|学院|研究院|研究所|有限公司|股份公司|(?<!港)集团(?!化))"
                                r"|(?:铁路)?局(?![长])|奔驰|现代(?![化农服物产城])|银行"
                                r"|[\u4e00-\u9fff]{0,4}?医院(?=(?!项目|一期|二期|院区|的)[\u4e00-\u9fff]{2,10}?(?:医院|院区|分院))"  # (北京医院北戴河…医院, 北京儿童医院保定医院: a branch's name)
                                r"|(?:(?![与同跟])[\u4e00-\u9fff]){0,6}?(?:保护|检测|指挥|调度|交易|转化|孵化|认证)中心(?![城区])")
# (北京市知识产权保护中心…分中心: an office; not 信息中心 or 监测中心, a government's own institute publishing its figures)
_INSTITUTION_END = re.compile(r"(?:大学|学院|医院|研究院|研究所|公司|集团)$")
# (国铁北京局发送旅客, 北京奔驰零部件, 北京现代沧州工厂: a name, not the place; papers and stations: _NAME_AFTER)
_SITE_IN_LIST = re.compile(r"([\u4e00-\u9fff]{2,5}?)(、|等)")
# a holiday or its days (北京国庆假期公园游客): no part of a site's name
_HOLIDAY_WORDS = "假期|节日|期间|黄金周|国庆|春节|五一|清明|端午|中秋|元旦"
SITE_NAMED_AFTER = re.compile(r"(?:(?!的|公园|景区|重点|监测|各|主要|旅游|城市|全市|全区|全省|市属|区属|地区|备案|登记|注册|共有|现有|已有|拥有|"
                              + _HOLIDAY_WORDS + r")[\u4e00-\u9fff]){1,10}?(?:森林公园|湿地公园|郊野公园|休闲公园|口袋公园|绿道|景区|(?<!产业)(?<!科技)(?<!工业)(?<!人均)公园(?!绿地|数量|面积|建设|城市|总数)"
                         r"|体育场|体育馆|博物馆|展览馆|会展中心|国际会议中心|(?<=环球)(?:度假区|影城|主题公园)|艺术中心|大剧院|剧院|图书馆)"
                         r"|艺术中心|大剧院|图书馆")  # 北京奥林匹克水上公园, 北京艺术中心 (no word between): a site
_AS_BETWEEN = re.compile(r"[^，,。；;]{0,4}?作为[^，,。；;]{0,16}")
_IS_BETWEEN = re.compile(r"[^，,。；;]{0,8}?是")  # 唐山是河北重要的工业基地: what the place is, told by another
_DESCRIBED_AFTER = re.compile(r"[^，,。；;\d]{0,4}的[^，,。；;\d]{1,12}(?:[，,。；;]|$)"
                              r"|[^，,。；;\d]{1,12}之一(?:[，,。；;]|$)"  # 天津市是我国四大直辖市之一: one of a kind
                              r"|[^，,。；;\d]{1,12}(?:产业集群|基地|示范区|试点|之乡)(?:[，,。；;]|$)")  # 清河县羊绒产业集群是全国中小企业产业集群: a class
_RANKED_FIRST_AFTER = re.compile(r"省?市?(?:第[一二三四五六七八九十\d]{1,2}(?:位|名)?(?![一二三四五六七八九十\d家个所项座批次届期轮号条次产季方])|首位|前列)")  # (京津冀第一产业增加值: a sector, no rank)
_IN_RANK_AFTER = re.compile(r"[省市区县]?(?:各[^，,。；;\d]{0,10}?中|同类[^，,。；;\d]{0,6}?中"
                            r"|[\d一二三四五六七八九十两]{1,3}[个家所座][^，,。；;\d]{0,6}?中?)?(?:也|都|均|还|仍)?(?:是)?(?:名列前茅|名列前列|保持领先|处于领先|位居前列"
                            r"|(?:排名|位居|位列|排|居)?第[一二三四五六七八九十\d]{1,2}(?:位|名)"
                            r"|(?:排名|位居|位列|排|居)前[一二三四五六七八九十\d]{1,2}(?:位|名))")  # (在河北省也是位居前十位的)
_FIRST_OF_KIND_AFTER = re.compile(r"[省市区县]?(?:县级|市级|省级|区级|地级)?(?:首家|首个|第一家|第一个|唯一)")
# 是京津冀城市群经济最好的城市, 是京津冀城市群经济较强的城市之一: the field a place is the best or one of
_BEST_OF_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:最[\u4e00-\u9fff]{1,2}的(?:城市|省份|省|地区|区县)|的(?:城市|省份|地区|区县)之一)")
_FIRST_IN_AFTER = re.compile(r"[省市区县]?(?:范围内)?(?:率先|首家|首个|第一家|第一个|唯一的?)")  # (作为全省唯一的沿海片区)
_OWNED_BEFORE = re.compile(r"(?:拥有|成为|是|为|建成|获批|创建|创成|打造)$")  # (成功创建北京市首个平原地区国家森林城市)
_SPEAKER_AFTER = re.compile(r"[^，,。；;\d]{0,10}?(?:新闻发言人|发言人|负责人)[^，,。；;\d]{0,6}?(?:介绍|表示|说|透露|指出|称)")
_CLASS_OF_AFTER = re.compile(r"一流|领先|顶尖|知名|级(?!城市)")
_SHARE_SCOPE_AFTER = re.compile(r"的?(?:占比|比重)")
_WIDE_SCOPES = frozenset(("全国", "全球", "世界", "国内", "华北", "北方", "京津冀", "全省", "全市"))
_RANK_SCOPE_BEFORE = re.compile(r"(?:居|位居|位列|列|排名|领跑|位于)\s*$")  # 红桥区位于全市最后
# 推动京津冀基础研究合作, 服务北京非首都功能疏解: the object of an action, not the subject of its figures
_OBJECT_BEFORE = re.compile(r"(?:服务|支持|助力|融入|对接|辐射|围绕|打造|拉动|借力|借助|对标|涉及|涉|联动|携手)\s*[“\"「]?$")  # (围绕打造京津冀的科技圈: the aim; 拉动该省投资增长1.8个百分点: what a part pulls)
# 助力天津港集装箱吞吐量由…提高到…: the object's own measure, told moving to its value; the object is its place
_OWN_MEASURE_MOVED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:吞吐量|生产总值|增加值|收入|产值|产量|人口|浓度)"
                                      r"(?:由|从|提高到|提升到|提高至|提升至|增长到|增长至|增至|达到)")
_GRANTED_BY_BEFORE = re.compile(r"(?:获|被|受到|得到)(?:[\u4e00-\u9fff]{1,4}[和及、])?$")
_GRANT_AFTER = re.compile(r"[省市区县]?(?:推广|表彰|认定|批准|批复|命名|授予|奖励|采纳|肯定|复制推广)")
_PULL_AFTER = re.compile(r"的?(?:辐射|带动|引领|溢出|拉动|影响)")
# 一期工程由北京出资建设，床位600张: the place that paid for the works, not where they stand
_FUNDED_AFTER = re.compile(r"(?:市|省)?(?:出资|援建|捐建|全额投资|筹资)")
# 新区承接省级下放和保定市移交的行政许可事项389项: what the subject took over, from the place that handed it over
_TAKEN_OVER_BEFORE = re.compile(r"(?:承接|接收|接纳|接续)[^，,。；;\d]{0,12}$")
_HANDED_OVER_AFTER = re.compile(r"(?:市|省|区|县)?(?:移交|下放|转移|疏解|转交|划转)的")
_COOPERATION_OBJECT = re.compile(r"(?:(?:推动|推进|促进|深化|加强|开展)(?:与|同)?|与|同|联合)\s*$")  # 深化与北京科研院所合作: a partner
_PARTNER_LIST_BEFORE = re.compile(r"(?<![参给赋共协如等不相连])与(?:[\u4e00-\u9fff]{1,8}[、和及])+$")
_DEAL_AFTER_LIST = re.compile(r"[省市]?(?:[、和及][\u4e00-\u9fff]{1,8}?)*(?:签署|签订|签约|合作|共建|建立|开展|携手)")
_NEXT_PARTNER_GAP = re.compile(r"[省市]?\s*\d[^，,。；;、和与及]{0,10}[、和及与]")  # …40多家医院和 (the list goes on)
_COUNT_AFTER = re.compile(r"[省市]?\s*\d")  # 与河北省370所中小学…合作办学: the partner's own count
_COUNTED_BEFORE = re.compile(r"^[^，,。；;\d]{0,4}\d[\d.]*[余多]?[所家个名位][\u4e00-\u9fff]{0,8}$")  # 11家医院与…: the clause's own count
_ROUTE_TO_BEFORE = re.compile(r"(?:到|至|往|直达|通达|开往|通往|进入?)$")
_ROUTE_AFTER = re.compile(r"[省市]?(?:方向)?的?(?:[\u4e00-\u9fff]{0,4}?)(?:公交|线路|班车|航线|专线|列车|动车|高铁|城际|航班|客运)")
# 与北京技术合同交易成交额达到40.78亿元: the trade with the place, the subject's own figure
_TRADE_WITH_AFTER = re.compile(r"[省市]?(?:的|之间的?)?(?:技术合同|技术交易|贸易|进出口|双边贸易)")
_LINKED = r"打通|连通|联通|互通"  # 河北与京津连通铁路23条: the roads or lines the subject has to its partner (与京津联手打通…)
_COOPERATION_AFTER = re.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:合作|协作|交流|共建)|[\u4e00-\u9fff]{{0,2}}?(?:联手|携手|共同)?(?:{_LINKED})")
# 唐山市医院与京津医疗机构签订了46项协议: the partner (北京与廊坊北三县项目推介洽谈会签约项目45个: an event of the two,
# named; its deals are the second place's)
_SIGNED_WITH_AFTER = re.compile(r"[^，,。；;：:\d会]{0,12}?(?:签署|签订|签约)")
# 玉田县人民政府与中关村科技园区通州园管委会签订…协议: a place inside the name of the organ signing with the subject is
# the partner's, not the subject of the deals signed
_ORGAN_PARTY_BEFORE = re.compile(r"(?:与|同)[\u4e00-\u9fff]{0,10}$")
_ORGAN_SIGNED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:管委会|管理委员会|人民政府)(?:签署|签订|签约)")


def _organ_partner(text: str, start: int, end: int) -> bool:
    return bool(_ORGAN_PARTY_BEFORE.search(text, max(0, start - 11), start) and _ORGAN_SIGNED_AFTER.match(text, end))


# 武清区与北京大学、中科院等80个高校院所建立合作关系: the partner named first, the cooperation at the clause's end
_COOPERATION_IN_CLAUSE = re.compile(rf"[^，,。；;：:]{{0,30}}?(?:合作|协作|交流|共建)|[\u4e00-\u9fff]{{0,2}}?(?:联手|携手|共同)?(?:{_LINKED})")
# 为京津参保人员提供…: the people served, not the subject (环京24个县…为京津参保人员…分别达到2798家、2598家)
_BENEFICIARY = re.compile(r"(?:为|向|给)$")
_GIVEN_TO_BEFORE = re.compile(r"(?:投入|拨付|下达|援助|捐赠|捐助|支持)$")
_AID = r"(?:帮扶|援助|扶贫|补偿|协作|援建|支持)"  # the kinds of money one place gives another
_TO_FUNDS = r"[^，,。；;\d]{0,3}?(?:\d+个?[县区市乡镇村])?[^，,。；;\d]{0,4}?"  # (投入承德市5县帮扶资金: the counties given to)
_FUNDS_AFTER = re.compile(_TO_FUNDS + _AID + r"?(?:资金|款项|经费)")
AID_FUNDS_AFTER = re.compile(_TO_FUNDS + _AID + r"(?:资金|款项|经费)")  # money given as aid, not any funds put in
_SHIPPED_TO_BEFORE = re.compile(r"(?:销往|运往|输往|发往|送往|供往|直供|直销|调往|输送到|运抵|(?<![进引转迁收投深加纳])入|流入|汇入|注入)$")  # (两处入北京水量: the water that flows into Beijing)
_FLOW_TO_BEFORE = re.compile(r"(?:输出到|输出至|流向)$")
# 北京累计向河北支付生态补偿资金4.1亿元: the receiving end of a payment or delivery, not the payer (the subject)
_RECEIVER_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:支付|拨付|转移支付|捐赠|援助|输送|派出|派驻|选派|输出(?=劳动力|劳务|务工|富余劳动力)|转移(?=劳动力|就业)|供水|供应|调水|提供)")
_BENEFICIARY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}(?:人员|群众|居民|患者|企业|游客|老人|学生|提供)"
                                r"|(?:县|市|区)?的?" + _AID + r"(?:资金|款|经费)"  # 顺义给沽源县的帮扶资金
                                r"|[\u4e00-\u9fff]{0,8}?(?:配套|服务|培训|培养|输送)")  # 为北京产业链供应链配套企业超260家
# (天津职业院校为河北省职业院校培训干部教师2000余人: the trainer's figure, not the trained place's)

_COLLECTIVE = ("region", "group", "county_group", "metro")
# A clause that opens on a district, county or county-level city the catalogue does not know (和平区…, 涿州市…).
_UNKNOWN_PLACE = re.compile(r"\s*(?:其中|而|但|另外)?[，,]?\s*((?P<stem>[^\W\d_年上下的在是有为与及了个家项所全本我该各新城地社园街超都股门]{2,3})(?:区(?!域)|县|市)(?![\u4e00-\u9fff]{0,1}(?:场|民|级|属|内|委|政府|人口|经济|生产总值|人大|人代会|两会|党代会|合作|共建|联动)|道(?!路)))")
# (建设区域居家养老服务中心: 区域 is no district's 区)
# 落户滨海新区项目571个；投资中心城区项目225个: a part of the city the catalogue does not name, where the figure is
_ZONE_AFTER = re.compile(r"(?:省?级及?以上|国家级|省级|各类|各)?(?:经开区|经济开发区|经济技术开发区|开发区|高新区|工业园区|产业园区|园区)")
# 环京24个县(市、区): a ring of counties the catalogue does not name as one region
_RING_COUNTIES = re.compile(r"环京(?:地区)?[\d一二三四五六七八九十]+个县(?:[(（]市、区[)）])?")
_SUB_AREA_AT = re.compile(r"(?:(?<=投资)|(?<=落户)|(?<=位于)|(?<=在)|(?<=完成))(?:中心城区|主城区|城区|远郊区|郊区)(?!中?(?:率先|首个|第一|首家|领先))"
                          # (中心城区日均供水约300万立方米, 市主城区34个小区: the city's core, no region of ours)
                          r"|(?:(?<=[，,；;。、：:])|^|(?<=[，,；;。、：:]市))(?:中心城区|主城区|远郊区)"
                          r"(?=[\u4e00-\u9fff]{0,6}?(?:约|近|超过?)?\d|引进|实现|完成|共)"
                          r"|县域(?=生产总值|GDP|地区生产总值)"  # 县域生产总值: the counties together, not the province
                          # (市内六区查处酒驾2101起, 环外10区…, 环城四区: a ring of the city's districts, no region of ours)
                          r"|(?:市内|环城|环外|远郊|近郊|涉农|中心城)(?:\d+|[一二三四五六七八九十]+)个?区(?![域划])"
                          # (全省118个县(市)实现生产总值…, 24个一类县累计完成卫生厕所…: some of the province's counties together)
                          r"|(?:(?<=全省)|(?<=[。，,；;])|^)(?:\d+|[一二三四五六七八九十百]+)个(?:[一二三四]类|重点|贫困)?县(?:[(（]市(?:、区)?[)）]|市区?)?"
                          r"(?=累计|实现|完成|生产总值|地区生产总值|GDP|三次产业)")
# (全省118个县(市)实现生产总值11268.4亿元: the province's counties together; 在中心城区率先实现…破千亿元: the set the
# district came first in, not where its figures are)
_UNKNOWN_PLACE_AT = re.compile(r"(?<=在)((?P<stem>[^\W\d_年上下的在是有为与及了个家项所全本我该各新城地社园街超都股门]{2,3})(?:区(?![间域块别分])|县))")  # not 保持在合理区间
_AREA_OUTPUT = re.compile(r"(?:^|(?<=[，,。；;：:\s年]))(?P<place>[^\W\d_年上下的在是有为与及了个家项所全本我该各新城地社园街超都股门季度月]"
                          r"{2,4}?)地区(?=生产总值|GDP|三次产业|常住人口|经济总量)")
_NOT_AN_AREA = {"实现", "完成", "创造", "预计", "人均", "区域", "三地", "当地", "同期", "当年", "辖区", "城区", "郊区", "全体",
                "初步核算", "核算", "经济", "实际", "名义", "其中", "合计", "共计", "总计", "累计",
                "单位", "万元"}  # 单位地区生产总值能耗, 每万元地区生产总值水耗: a rate per unit of output, no area
_FIRST_OF_PLACE_VERBS = ("开启", "开创", "填补", "创下", "刷新", "打破")
# 天津出台京津冀社会保障卡一卡通地方性法规: the place opening the name of a document issued, not its subject
_ISSUED_BEFORE = re.compile(r"(?:出台|印发|发布|制定|审议通过|通过|签署|签订)(?:了)?[《“]?$")
_DOCUMENT_AFTER = re.compile(r"[^，,。；;：:\d]{0,24}?(?:法规|规定|条例|方案|意见|办法|规划|协议|公约|细则|清单)")
_EVENT_HELD_AFTER = re.compile(r"(?:召开|举办|举行|开展|组织)[^，,。；;\d]{0,12}?(?:活动|会|展|推介|洽谈|论坛|对接)")
_VENUE_AFTER = re.compile(r"(?:隆重|正式|集中)?(?:举行|召开|举办|开幕)")
_GENERIC_STEMS = {"城六", "中心", "开发", "示范", "功能", "核心", "生态", "商务", "自贸", "保税", "行政", "市辖", "新城",
                  "主城", "老城", "郊", "远郊", "近郊", "各", "全", "本", "我", "该", "试验", "产业", "高新", "经济",
                  "重点", "农村", "城乡", "城镇", "各个", "地级", "县级", "设区", "其他", "十六", "五个", "街",
                  "高于", "低于", "快于", "慢于", "多于", "少于", "好于", "优于", "等于",  # 高于市人代会预期目标: a bar
                  "平原", "山", "山地", "城", "建成",  # 北京市平原区地下水埋深, 山区, 城区, 建成区面积: a kind of land, not a district
                  "启动", "起步",  # 雄安新区启动区、起步区: the stages of a new area's plan, the new area's own figures
                  "重点片", "核心片", "启动片", "起步片", "先行片",  # 重点片区建设扎实推进: the parts of a plan (大河片区 is a place)
                  "随着", "随著", "伴随", "根据", "按照", "通过", "依托", "对于", "关于", "围绕"}  # 随着市区两级…: a sentence's lead-in
# 老旧小区改造完成1591个, 棚户区改造65万套: a kind of area (a housing estate, a shanty town) before 区, not the name
# of a district the catalogue lacks (a scenic spot, a campus or a quarter with a name, 盘山景区, 大河片区, is a place)
_AREA_KIND_ENDS = ("小", "棚户", "灾", "牧", "涵养", "采空", "居住", "住宅", "商业", "工业", "聚集", "集聚", "承载", "贫困")


# 海港开发区2021年GDP…: a zone we do not know, opening the sentence before its year, is its subject (a ranked
# list's item, etl/extract/ranking.py)
_UNKNOWN_ZONE = re.compile(r"\s*((?P<stem>[\u4e00-\u9fff]{2,4}?)(?:开发区|管理区|旅游岛))(?=\d{4}年)")


def _generic_stem(stem: str | None) -> bool:
    # (其中沪市26家、深市48家: the stock markets a firm is listed on, no city)
    return stem in _GENERIC_STEMS or bool(stem) and stem.endswith((*_AREA_KIND_ENDS, "沪", "深"))


# 天津市河西区, 河北省涿州市, 石家庄高新区, 天津经济技术开发区, 廊坊临空经济区: a place inside the region just
# named (a district, a county, one named park or zone) is the subject, not the region around it. Zones named as
# a class (河北省级以上经开区, 各开发区) are not one park: _ZONE_AFTER keeps them as the region's zones.
# the words that end the name of one zone or park inside a place (石家庄高新区, 唐山海港经济开发区)
ZONE_WORDS = (r"经济技术开发区|经济开发区|高新技术产业开发区|开发区|经开区|高新区|创新中心|自贸试验区|自由贸易试验区|自贸区"
              r"|综合保税区|保税区|临空经济区|经济区|经济圈|经济带|产业带|产业园区|工业园区|产业园|科技园|园区|港区"
              r"|核心区|办公区|水源地|CBD|中央商务区|商务中心区|金融街")  # (崇礼冬奥核心区, 城市副中心行政办公区, 怀柔应急水源地: a site inside the place)
_SUB_PLACE_AFTER = re.compile(
    r"[)）]?(?:省|市)?((?P<part>城六区|中心城区|中心城(?!市)|主城区|城区|近郊区|远郊区|郊区|南部地区|北部地区|南部|北部|东部|西部"
    r"|平原地区|平原区|山区|生态涵养区)"  # (北京市平原区地下水埋深, 平原地区造林: the plain, a part of the city)
    r"|(?P<stem>[^\W\d_年上下的在是有为与及了个家项所条座线全本我该各新城地社园街超都股门级类等共和已、]{2,3})(?:区|县|旗|市)"
    r"(?![\u4e00-\u9fff]{0,1}(?:场|民|郊|级|属|内|委|政府|人口|经济|生产总值|域|位|间|别|块))"  # (北京已开通市郊铁路: suburbs)
    r"|[·•]?(?P<zone>(?!完成|实现|建成|推进|开展|实施|启动|新建|加快|打造|建设|推动)(?:国家(?!级))?[^\W\d_级各类等以上下国省的和、及与共在]{0,4}?(?:" + ZONE_WORDS + "))"
    # 首都博物馆, 北京动物园: a site named after the place, whose visitors follow (a station: extractor._PARK_WORDS)
    r"|(?P<site>(?:动物园|植物园|博物馆|博物院|美术馆|科技馆|图书馆|大剧院)(?=[\u4e00-\u9fff]{0,4}?(?:接待|游客|观众|参观|客流))"
    r"|(?:南郊)?(?:观象台|气象台|气象站)(?=[\u4e00-\u9fff]{0,4}?(?:高温|气温|极端|最高|最低|降水|降雨|日数|大雾)))"  # (北京观象台最高气温…)
    # 昌黎旅游滑沙活动中心3天共接待游客…, 隆化枫水湾温泉城累计接待…: a site's own name after its place
    r"|(?P<named_site>(?!市属|区属|各|全|重点|主要|城市|部分|热门|旅游景区|景区|公园|[一二三四五六七八九十两几多数]+[大家个座处所])"
    r"(?:(?!" + _HOLIDAY_WORDS + r"|接待|游客)[^\W\d_级类等以上下的和、及与共在]){2,8}?"
    r"(?:景区|度假区|温泉城|活动中心|公园|博物馆|纪念馆|乐园|古镇|水镇|山庄|滑雪场|雪场)"
    r"(?=[\d\u4e00-\u9fff]{0,4}?(?:接待|游客|观众|客流|入园)))"
    # 西青区李七庄街, 通州区张家湾镇: a street or town of a district or county, none of ours
    r"|(?P<town>[^\W\d_年上下的在是有为与及了个家项所全本我该各新城地社园超都股门级类等共和、]{2,4}?(?:街道|街|镇|乡)(?![\u4e00-\u9fff]{0,1}(?:区|村|道路|办))))")
_DEMONYM_AFTER = re.compile(r"人(?![口均民次才力员工大数群社防寿气文])|商户(?!数)|(?:地区|区域)?客户(?!数)")  # (其中北京商户4600余户, 京津冀客户: who come from there)
_ZGC_BRANCH_AFTER = re.compile(r"分?园(?![林艺博区])")
_BRANCH_ACTS_AFTER = re.compile(r"分?园(?=新增|实现|完成|引进|累计|入驻|企业|已|共|总收入)")
_BARE_PART_ITEM = re.compile(r"(?:^|(?<=[，,、；;：:。\s]))(?:(?!特色|重点|全|各|每|本|该|我|乡|城|小|新)[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡)"
                             r"|(?:东北|西北|东南|西南|东|西|南|北|中)部|城区)(?=\d)")
_FIGURE_IN_CLAUSE = re.compile(r"[^，,。；;]*?\d")
LAND_PARTS = ("平原地区", "平原区", "山区", "生态涵养区")  # the kinds of land a city has, each a part of it
_LIST_GAP_BEFORE = re.compile(r"[、和及与]\s*$")
_EXCHANGE_AFTER = re.compile(r"(?:证券|期货)?交易所|证交所")
_GROUP_GAP = re.compile(r"(?:港区?(?=[、和及与]))?[、和及与“”\"'‘’「」『』\s]*(?:以及)?[、和及与“”\"'‘’「」『』\s]*")  # (秦皇岛港和黄骅港)


@dataclass(slots=True)
class RegionMention:
    start: int
    end: int
    region: str
    whole: bool = False     # after 占: the denominator of a share
    group: int = 0          # mentions with the same group number are one enumeration
    compared: bool = False  # the base of a comparison between regions (比天津, 是河北的)
    kind: str = ""          # for ANAPHOR: city | province | area
    origin: bool = False    # not the subject: after 来自 (where something comes from), or inside a name (京津冀协同创新)
    zone: bool = False      # 河北省级以上经开区: names the region's development zones, whose figures are not the region's
    of_projects: bool = False  # 其中北京项目234个 after another place's total: where those projects come from
    receiver: bool = False  # 向北京调水: where a delivery goes (the figure's place when no place of ours sends it)
    partner: bool = False   # 张家口…与北京60多家超市建立合作: a partner with a count of its own, for that count only
    land_of: RegionMention | None = None  # 全市平原地区, 北京山区: the place whose kind of land this part is

    @property
    def named(self) -> bool:
        """Named as the place a figure may belong to: not a share's denominator, a comparison's base or an origin."""
        return not (self.whole or self.compared or self.origin)


_MEMBER_SEPARATOR = re.compile(r"[、和与及]")


class RegionFinder:
    def __init__(self, regions: dict[str, dict]):
        alias_to_id: dict[str, str] = {}
        for rid, region in regions.items():
            for alias in [region["name_zh"], *(region.get("aliases") or [])]:
                alias_to_id[alias] = rid
        self.alias_to_id = alias_to_id
        # a park right after a province, a city, a district or a county is one park inside it (昌平园区: not all of
        # 昌平); after 雄安新区 or 滨海新区 the park is
        # named by its own indicator (雄安新区中关村科技园入驻企业), whose region is the new area
        self.zone_parents = frozenset(rid for rid, r in regions.items()
                                      if r.get("level") in ("province", "city", "district", "county", "county_city"))
        chains = ancestor_chains(regions)
        self.within = {rid: frozenset(chain) for rid, chain in chains.items()}  # rid -> containing regions
        # a site's place (天津港 -> 天津): what 全市 in a release about the site stands for
        self.site_host = {rid: next((p for p in chains[rid] if regions[p].get("level") != "site"), None)
                          for rid, r in regions.items() if r.get("level") == "site"}
        self.vouchers = _bare_county_vouchers(regions, self.within)
        self.unvouched: frozenset[str] = frozenset()
        self.cities = frozenset(rid for rid, r in regions.items() if r.get("level") == "city")
        self.provinces = frozenset(rid for rid, r in regions.items() if r.get("level") == "province")
        self.small = frozenset(rid for rid, r in regions.items() if r.get("level") in ("district", "county", "county_city"))
        # 京津冀三地 … 分别为 a、b、c: a region's parts are its children of one level, in file order
        self.parts: dict[str, list[str]] = {}
        for rid in regions:
            if regions[rid].get("level") not in _COLLECTIVE:
                self.parts[rid] = []  # 北京 … 分别: its districts are not what the list enumerates
                continue
            children = [c for c, r in regions.items() if r.get("parent") == rid
                        and r.get("level") not in (*_COLLECTIVE, "site")]  # (通武廊, 平蓟三兴: areas inside it, no parts)
            by_level: dict[str, list[str]] = {}
            for c in children:
                by_level.setdefault(regions[c].get("level"), []).append(c)
            self.parts[rid] = max(by_level.values(), key=len) if by_level else []
        # 2022年服贸会达成成果1339个: the event's host, for a headline that names no place (subject.py)
        self.event_hosts = {name: rid for rid, r in regions.items() for name in r.get("hosts") or []}
        self.catalogued = set(alias_to_id)
        for place in OTHER_PLACES:
            alias_to_id.setdefault(place, OTHER)
        for place in DISTRICTS:
            alias_to_id.setdefault(place, OTHER)
        # (a zone's generic name is a name no place of ours has: 大兴国际机场综保区 is still a place none of ours)
        self.known = frozenset(alias_to_id) | {w for w, kind in ANAPHORA.items() if kind not in QUIET_KINDS}
        for word in ANAPHORA:
            alias_to_id.setdefault(word, ANAPHOR)
        words = sorted(alias_to_id, key=len, reverse=True)
        # (北京市场: 北京 and its market, not 北京市 and a 场)
        self.pattern = re.compile("|".join(re.escape(w) + _ALIAS_BEFORE.get(w, "") + _ALIAS_GUARD.get(w, "(?!场)" if w.endswith("市") else "")
                                           for w in words)) if words else None
        # 通州区与北三县, 通州、武清、廊坊: a group's members, read from the aliases that list them
        self.group_members = {rid: members for rid, region in regions.items() if region.get("level") == "group"
                              and (members := self._members_listed(rid, [region["name_zh"], *(region.get("aliases") or [])]))}

    def _members_listed(self, rid: str, aliases: list[str]) -> frozenset[str]:
        """The places the first alias listing two or more of ours names (each part one place, none the group)."""
        for alias in aliases:
            parts = [p for p in _MEMBER_SEPARATOR.split(alias) if p]
            found = [[m.region for m in self.find(p) if m.named and m.region not in (OTHER, ANAPHOR)] for p in parts]
            ids = {f[0] for f in found if len(f) == 1}
            if len(parts) >= 2 and all(len(f) == 1 for f in found) and len(ids) == len(parts) and rid not in ids:
                return frozenset(ids)
        return frozenset()

    def group_of(self, places: list[str]) -> str | None:
        """The group whose members are exactly these places (通州 and 北三县: 通州区与北三县), if the catalogue has one."""
        named = set(places)
        return next((rid for rid, members in self.group_members.items() if members == named), None) if len(named) > 1 else None

    def for_release(self, text: str) -> RegionFinder:
        """This finder for one release: a county's bare name (康保, 成安, 固安) run into common words (健康保险, 建成安置房,
        巩固安全) is a place only where the release also names the county in full or its city."""
        unvouched = frozenset(a for a, words in self.vouchers.items()
                              if a in text and not any(w in text for w in words))
        if not unvouched:
            return self
        finder = copy.copy(self)
        finder.unvouched = unvouched
        return finder

    def _region_at(self, text: str, m: re.Match, out: list[RegionMention]) -> str:
        region = self.alias_to_id[m.group()]
        if _STATION_AFTER.match(text, m.end()):
            return OTHER
        if m.group() in ("京", "津", "冀") and _abbreviation_run(text, m.start()):
            return OTHER  # 京雄津保“1小时交通圈”, 京津保生态过渡带: a circle or a belt named by its cities' one-character
            # names, a place of its own, none of ours alone
        if region in self.cities and _COUNTY_OF_CITY_NAME.match(text, m.end()):
            return OTHER  # 承德县, 邢台县: a county named after its city, not the city
        if region in self.small and self._site_in_list(text, m, out):
            return OTHER  # 丰台嘉囿、石景山何家坟等城市休闲公园: sites in the districts, listed
        if text.endswith("以", 0, m.start()) and _LEADS_AFTER.match(text, m.end()) and not _MAINLY_FROM_AFTER.match(text, m.end()):
            return OTHER  # 以黄骅港为龙头的临港产业带: the belt's figures (以京津冀为主的游客: where they come from, _is_origin)
        if m.group() in ("三地", "两地") and (listed := _LISTED_BEFORE.search(text, 0, m.start())) and any(
                item not in _JJJ_NAMES for item in re.split(r"[、和与及]", listed.group())):
            return OTHER  # 京、津、保三地, 北京、天津、廊坊三地: the places listed, not 京津冀
        return region

    def _site_in_list(self, text: str, m: re.Match, out: list[RegionMention]) -> bool:
        """A district or county named before a site's name, in a list of such sites: 丰台嘉囿、石景山何家坟等… (the
        next item a place and a site again, or the item before one)."""
        site = _SITE_IN_LIST.match(text, m.end())
        if site is None or site.group(1) in self.alias_to_id:
            return False
        after = self.pattern.match(text, site.end()) if site.group(2) == "、" else None
        if after and self.alias_to_id[after.group()] in self.small:
            return True
        return bool(out) and out[-1].region == OTHER and text[m.start() - 1:m.start()] == "、" and out[-1].end < m.start() - 2

    def contains(self, outer: str, inner: str) -> bool:
        """`inner` lies in `outer` (by the catalogue's parents)."""
        return outer in self.within.get(inner, ())

    def split(self, text: str) -> list[str] | None:
        """'天津、河北' (one alias, for 津冀) as its parts, when an enumeration needs them one by one."""
        parts = [p for p in re.split(r"[、和及与]", text) if p]
        if len(parts) < 2 or not all(p in self.alias_to_id for p in parts):
            return None
        return [self.alias_to_id[p] for p in parts]

    def find(self, text: str) -> list[RegionMention]:
        if self.pattern is None:
            return []
        out: list[RegionMention] = []
        share_at = min((i for i in (text.find("占"), text.find("贡献")) if i >= 0), default=-1)  # (贡献了北京市…的三分之一)
        group = in_line = 0
        for m in self.pattern.finditer(text):
            region = self._region_at(text, m, out)
            if self._not_a_place(text, m, region) or _in_scope_note(text, m.start()):
                continue  # (保定市行政区划范围(含定州市、容城县…)常住人口为…: the places a scope takes in, no subject)
            line = (len(m.group()) == 1 or m.group() in PAIR_NAMES) and _LINE_NAME.match(text, m.start())
            if line:
                in_line = line.end()
            if line or m.start() < in_line or _RING_ROAD.match(text, m.start()) or (
                    m.group() in PAIR_NAMES and _EVENT_AFTER.match(text, m.end())):
                continue  # 京雄城际, 京张高铁, 京冀公交, 首都地区环线: a line's name (all of it), not a place with the figure
            kind = ""
            if region == ANAPHOR:
                kind = ANAPHORA[m.group()]
                if _no_subject(text, m, kind):
                    continue
                if out and out[-1].end == m.start() and out[-1].region not in (OTHER, ANAPHOR):
                    continue  # 北京全市: the region names itself
            if out:
                gap = text[out[-1].end:m.start()]
                if not _GROUP_GAP.fullmatch(gap) or _trade_with(text, m):
                    group += 1  # (全市与北京技术合同…: the other side of a trade, no list with the subject)
            compared = bool(_COMPARED_BEFORE.search(text, max(0, m.start() - 6), m.start())) or bool(
                text[m.start() - 1:m.start()] in ("与", "同", "和") and _LEVEL_WITH_AFTER.match(text, m.end())) or (
                bool(_RATIO_BEFORE.search(text, max(0, m.start() - 3), m.start())) and not text.endswith("来源", 0, m.start() - 1)
                and bool(_OF_AFTER.match(text, m.end()) or _OF_MEASURE_AFTER.match(text, m.end()))) or (
                bool(out) and out[-1].compared and out[-1].group == group and text[out[-1].end:m.start()] in ("、", "和", "与"))
            # 是河北的2倍, 是北京2013年的1.7倍 (not 投资来源为北京的企业); 分别是北京、天津城镇居民人均可支配收入的48.8%、77.3%
            while (out and out[-1].end == m.start() and (text[m.start() - 1] in "省市区" or m.group().endswith("县")
                                                          or text[out[-1].start:out[-1].end] == "河北"  # 河北崇礼
                                                          or out[-1].region in self.cities and region in self.small
                                                          or out[-1].region in self.provinces and region in self.site_host)
                   and self.contains(out[-1].region, region)):
                out.pop()  # 河北省廊坊市固安县, 河北永清县, 沧州黄骅港: the innermost place of an address is the subject
            receiver = _is_receiver(text, m)
            origin = receiver or _is_origin(text, m, out, group) or bool(
                (self.parts.get(region) or kind == "area") and _KIND_OF_DEED_BEFORE.search(text, max(0, m.start() - 3), m.start()))
            # (办理京津冀养老保险关系转移业务2.47万人次, 发布京冀企业成果8487项: the area names the kind of business done)
            origin = origin or self._parts_where_it_acts(text, m, out, region) or (region == OTHER and bool(
                _FROM_BEFORE.search(text, max(0, m.start() - 1), m.start()) and _LEARNT_AFTER.match(text, m.end())
                or _SPEAKER_AFTER.match(text, m.end()))) or bool(
                _AT_BEFORE.search(text, max(0, m.start() - 6), m.start()) and _VENUE_AFTER.match(text, m.end())
                and any(o.named and o.region not in (OTHER, ANAPHOR) for o in out))
            # (记者从中国铁路北京局集团有限公司获悉，…, 北京南站新闻发言人…介绍: where the news was learnt or whose spokesman
            # speaks, not whose the figures are; 北京通州·河北廊坊
            # 北三县项目推介洽谈会在潮白河畔大厂举行: where a meeting of other places was held; a venue alone still names the place)
            partner, origin = _partner(text, m, out, origin)
            whole = 0 <= share_at < m.start() or bool(  # (河北省在京津冀机场群客运量中占比9.59%: the whole, after 在)
                out and text.endswith("在", 0, m.start()) and _SHARE_IN_AFTER.match(text, m.end()))
            out.append(RegionMention(m.start(), m.end(), region, whole=whole, group=group,
                                     compared=compared, kind=kind, origin=origin, zone=bool(_ZONE_AFTER.match(text, m.end())),
                                     receiver=receiver, partner=partner))
        _mark_origins(text, out)
        return self._unknown_places(text, out)

    def _parts_where_it_acts(self, text: str, m: re.Match, out: list[RegionMention], region: str) -> bool:
        """北京市在门头沟、怀柔、密云等区累计完成造林787万亩: some of the parts where the place named before 在 acts;
        the figure is the whole place's."""
        lead = _PARTS_LIST_BEFORE.search(text, 0, m.start())
        if lead is None or not _PARTS_LIST_AFTER.match(text, m.end()):
            return False
        actor = next((r for r in reversed(out) if r.end == lead.start()), None)
        return actor is not None and actor.named and actor.region not in (OTHER, ANAPHOR) and self.contains(actor.region, region)

    def _not_a_place(self, text: str, m: re.Match, region: str) -> bool:
        if m.group() in self.unvouched and _WORD_GOES_ON.match(text, m.end() - 1) and _CJK.match(text, m.start() - 1):
            return True  # 健康保险: no 康保 in a release that names neither 康保县 nor 张家口 (see for_release)
        if (named_after := _NAMED_AFTER_THE_PLACE.get(m.group())) and named_after.match(text, m.end()):
            return True  # 白洋淀科技城, 白洋淀站, 白洋淀温泉城: a zone, a station or a resort named after the lake, not the lake;
            # 白沟河: the river, not the town
        if m.group() == "国内" and text.startswith(("生产总值", "GDP"), m.end()) and (
                text.endswith(("地区", "人均"), 0, m.start()) or text[m.start() - 1:m.start()] in ("市", "省")):
            return True  # 2017年北京地区国内生产总值: the place's own GDP, worded as the country's measure
        if region == OTHER and (_DOMESTIC.match(text, m.start()) or _in_aside(text, m.start())
                                or _national_class(text, m) or _TOP_FIRMS_AFTER.match(text, m.end())
                                or (m.group() == "中国" and not _NATIONAL_MEASURE.match(text, m.end()))):
            return True  # 中国人民银行, 中国(河北)自贸区: a name; 中国研发经费…, 中国GDP…: the country  # 全市国内招商引资额; 比2013年末(第三次全国经济普查年份，下同): no subject
        if (_in_works_name(text, m) or (m.group() in _JJJ_NAMES and _MARKET_NAMED_AFTER.match(text, m.end()))
                or _EXCHANGE_AFTER.match(text, m.end())):
            return True  # (关停了北京世贸天地皮草城、天海服装批发市场…: a market's name, listed, not the city as a subject;
            # 在上海证券交易所发行政府债券468亿元: the exchange a bond or a share is sold on)
        if m.group() == "首都" and _CAPITAL_ZONE_AFTER.match(text, m.end()):
            return True  # “首都”两区, 首都水源涵养功能区和生态环境支撑区: 张家口's and 承德's designation, not Beijing
        if m.group() == "沪" and text.startswith(("市", "股", "指", "深"), m.end()):
            return True  # 沪市26家、深市48家: the Shanghai stock market a firm is listed on, no place of a figure (深市 and
            # 其中沪市, read as unknown cities: _generic_stem)
        if m.group() == "京东" and not _BEARING_AREA_AFTER.match(text, m.end()):
            return True  # 京东物流, 京东集团: the firm (京东地区, 京东休闲旅游示范区: the area east of Beijing)
        if _one_character_in_a_name(text, m):
            return True
        if _word_of_its_own(text, m):
            return True
        if _GUIDANCE_BEFORE.search(text, max(0, m.start() - 12), m.start()) and _GUIDANCE_AFTER.match(text, m.end()):
            return True  # 贯彻习近平总书记对北京重要讲话精神: whom a speech addressed, in a district's report, not its subject
        # 北京大兴国际机场临空经济区: the airport and its zone, not the district
        return region in self.small and text.startswith(("国际机场", "机场"), m.end())

    def _sub_places(self, text: str, out: list[RegionMention]) -> None:
        """A catalogued region followed at once by a place inside it (天津市河西区, 石家庄高新区): the place,
        which the catalogue does not name, is the subject; it goes in as OTHER right after the region."""
        for r in list(out):
            if r.region == OTHER or r.whole or _organ_partner(text, r.start, r.end):
                continue  # (…与中关村科技园区通州园管委会签订: the partner's park, no subject either)
            branch = (_ZGC_BRANCH_AFTER.match(text, r.end) if text.endswith(("中关村", "中关村科技园区"), 0, r.start)
                      else _BRANCH_ACTS_AFTER.match(text, r.end) if r.region in self.small else None)
            if branch:  # 中关村丰台园, 中关村海淀园, 丰台园新增…: the zone's branch park in the district, none of ours
                out.append(RegionMention(branch.start(), branch.end(), OTHER, group=-2))
                continue
            m = _SUB_PLACE_AFTER.match(text, r.end)
            if not m or any(o.start < m.end() and o.end > r.end for o in out if o is not r) or (
                    r.region == ANAPHOR and (m.group("part") not in LAND_PARTS or not _FIGURE_IN_CLAUSE.match(text, m.end()))):
                continue  # 天津市滨海新区: the inner place is catalogued, its own mention decides (全市平原地区累计造林…亩: a
                # part, where its figure follows; 全市平原地区基本“无煤化”: a deed, no subject for the clauses after)
            if m.group("stem") and (_generic_stem(m.group("stem")) or m.group(1) in self.known):
                continue
            if m.group("town") and r.region not in self.small:
                continue  # (北京市…街道: a city's street is read by its district, if any)
            if m.group("zone") and (r.region not in self.zone_parents or _LIST_GAP_BEFORE.search(text, 0, r.start)):
                continue  # 滨海、宝坻和保定中关村园区: one park name shared by a list, not 保定's park alone
            out.append(RegionMention(m.start(), m.end(), OTHER, group=-2,
                                     land_of=r if m.group("part") in LAND_PARTS else None))

    def _unknown_places(self, text: str, out: list[RegionMention]) -> list[RegionMention]:
        self._sub_places(text, out)
        for inner in _UNKNOWN_PLACE_AT.finditer(text):  # 在东丽区投资…: a district we do not know
            if inner.group(1) not in self.known and not _generic_stem(inner.group("stem")) and not any(
                    r.start <= inner.start(1) < r.end for r in out) and not _VENUE_AFTER.match(text, inner.end(1)):
                # (雄安新区在启动区举行…开工活动: where an event is held, not whose figures follow)
                out.append(RegionMention(inner.start(1), inner.end(1), OTHER, group=-2))
        for inner in _AREA_OUTPUT.finditer(text):  # 2023年，房涞涿地区生产总值…: an area we do not know has the GDP
            if (inner.group("place") not in self.known and not inner.group("place").endswith(tuple(_NOT_AN_AREA))
                    and not any(r.start < inner.end("place") and inner.start("place") < r.end for r in out)):
                out.append(RegionMention(inner.start("place"), inner.end("place"), OTHER, group=-2))
        for inner in _BARE_PART_ITEM.finditer(text):  # 鼓楼街道82212人, 大城子镇15528人, 西北部67.9毫米: a part's own figure
            out[:] = [r for r in out if not inner.start() <= r.start < inner.end()]  # (the 大城 of 大城子镇)
            out.append(RegionMention(inner.start(), inner.end(), OTHER, group=-2))
        for inner in [*_SUB_AREA_AT.finditer(text), *_RING_COUNTIES.finditer(text)]:
            if not any(r.start <= inner.start() < r.end for r in out):
                out[:] = [r for r in out if not inner.start() <= r.start < inner.end()]  # the 京 of 环京
                out.append(RegionMention(inner.start(), inner.end(), OTHER, group=-2))
        out.sort(key=lambda r: r.start)
        lead = _UNKNOWN_PLACE.match(text)
        if lead and _generic_stem(lead.group("stem")):
            lead = None
        lead = lead or _UNKNOWN_ZONE.match(text)  # (高新开发区2021年…: generic, and still no place of ours)
        if lead and lead.group(1) not in self.known and not any(r.start < lead.end() for r in out):
            out.insert(0, RegionMention(lead.start(1), lead.end(1), OTHER, group=-1))  # 和平区2023年GDP…: a district we do not know
        return out


_ABBREVIATIONS = frozenset("京津冀雄保廊唐沧石张承秦衡邢邯")


def _abbreviation_run(text: str, at: int) -> bool:
    """The one-character name at `at` runs with at least two more, one of them not 京, 津 or 冀 (京雄津保, 京唐秦)."""
    start, end = at, at + 1
    while start > 0 and text[start - 1] in _ABBREVIATIONS:
        start -= 1
    while end < len(text) and text[end] in _ABBREVIATIONS:
        end += 1
    return end - start >= 3 and bool(set(text[start:end]) - {"京", "津", "冀"})


_SCOPE_NOTE = re.compile(r"[(（]\s*(?:不含|不包括|含|包括|包含)[^()（）]*$")


def _in_scope_note(text: str, at: int) -> bool:
    """`at` is inside a bracket that says what the place before it takes in or leaves out (含…, 不包括…)."""
    return bool(_SCOPE_NOTE.search(text, max(0, at - 40), at))


def _in_aside(text: str, at: int) -> bool:
    """`at` is inside a parenthesis opened before it in the text (an aside names no subject of the figures), or closed
    after it in a text that opens none (北京铁路局)获悉: a clause cut out of an aside at its colon)."""
    if max(text.rfind("(", 0, at), text.rfind("（", 0, at)) > max(text.rfind(")", 0, at), text.rfind("）", 0, at)):
        return True
    closing = min((i for i in (text.find(")", at), text.find("）", at)) if i >= 0), default=-1)
    return closing >= 0 and "(" not in text[:closing] and "（" not in text[:closing]


def _mark_origins(text: str, out: list[RegionMention]) -> None:
    """Origins spread over their enumeration (京冀来津: 京 with 冀); the ends of a route (开通北京至天津武清、宝坻和
    河北固安等线路) and every place listed after it are no subject."""
    for before, later in zip(reversed(out[:-1]), reversed(out[1:])):
        gap = text[before.end:later.start]
        if later.origin and later.group == before.group and not (
                gap in ("与", "同") and _COOPERATION_IN_CLAUSE.match(text, later.end)) and not (
                not gap and text[before.end - 1] in "省市区县" and _NAME_AFTER.match(text, later.end)):
            # (三河市京津冀协同发展十年: the strategy's name after a place is no list the place is part of)
            before.origin = True  # (张家口与北京…合作: 北京 is the partner, 张家口 still the subject)
    for r in out:
        if _ADDED_BEFORE.search(text, max(0, r.start - 4), r.start):
            r.origin = True  # 全市16个区，加上北京经济技术开发区，GDP总量为…: an addend to the whole named before, not the subject
    for a, b in zip(out, out[1:]):
        if (a.region not in (OTHER, ANAPHOR) and b.region not in (OTHER, ANAPHOR) and _CAMPUS_AFTER.match(text, b.end)
                and _SCHOOL_NAME_GAP.fullmatch(text, a.end, b.start)):
            a.origin = True  # 北京潞河中学三河校区, 北京五中通州校区: a school's campus in the place after its name
    route = next((i for i, (a, b) in enumerate(zip(out, out[1:])) if _ROUTE_GAP.fullmatch(text, a.end, b.start)), None)
    if route is not None:
        flow = _FLOW_AFTER_ROUTE.match(text, out[route + 1].end)  # (北京到津冀投资的认缴出资额: the money went there)
        into_capital = (out[route + 1].region == "beijing" and out[route].region not in (OTHER, ANAPHOR, "beijing")
                        and _INTO_CAPITAL_SERVICE.match(text, out[route + 1].end))
        # (燕郊至北京开通通勤快巴运营线路共2条: the commuters' lines into the capital are the town's they start from)
        for r in out[route:route + 1] if flow else out[route + 1:] if into_capital else out[route:]:
            r.origin = True


_ADDED_BEFORE = re.compile(r"(?:再)?加上(?:了)?[，,\s]*$")
_INTO_CAPITAL_SERVICE = re.compile(r"[^，,。；;\d]{0,8}?(?:公交|快巴|班车|通勤|专线|班线)")
_FLOW_AFTER_ROUTE = re.compile(r"(?:两地|三地|地区)?(?:投资|设立|转移|落户|兴业|办厂)")
_CAMPUS_AFTER = re.compile(r"(?:区|市|县)?(?:校区|院区|分校|分院|办学点)")
_SCHOOL_NAME_GAP = re.compile(r"(?:市|区)?[\u4e00-\u9fff\d]{0,8}?(?:中学|小学|学校|大学|学院|医院|一中|二中|三中|四中|五中|八中|附中|实验)")
_LISTED_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{1,4}[、和与及]){1,2}[\u4e00-\u9fff]{1,4}$")
_LIST_TAIL = 40          # characters looked back for a list that 三地 counts
_LIST_TO_COUNT_GAP = 12  # characters between that list and the 三地 (位居前三——)
_JJJ_NAMES = frozenset({"京", "津", "冀", "北京", "天津", "河北", "北京市", "天津市", "河北省"})
_MARKET_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:批发市场|市场|商城|服装城|皮草城|轻纺城|鞋城|小商品城|商贸城|家居城|建材城|窗帘城)"
                                 r"(?=[、，,等和与及])")
_LAKE_NAMES_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:科技城|温泉城|新城|产业园|园区|站|大道|大街|高速|景区|码头|基地)")
_NAMED_AFTER_THE_PLACE = {"白洋淀": _LAKE_NAMES_AFTER, "白沟": re.compile("河")}
_GUIDANCE_BEFORE = re.compile(r"(?:总书记|党中央|中央)[^，,。；;：:]{0,4}(?:对|关于|视察|考察|给)$")
_GUIDANCE_AFTER = re.compile(r"(?:市|省)?(?:工作)?的?(?:一系列|系列)?重要(?:讲话|指示|批示|论述|回信)")


def _no_subject(text: str, m: re.Match, kind: str) -> bool:
    """An anaphor's word used for no place: 区域性, 产业园区, 推动园区建设, 高新区 (a high-tech zone, not 雄安新区 or
    滨海新区 said again)."""
    return ((kind == "area" and not _anaphor_area(text, m))
            or (kind in QUIET_KINDS and not _PARK_SUBJECT_BEFORE.search(text, 0, m.start()))
            or (m.group() == "新区" and text[max(0, m.start() - 1):m.start()] == "高"))


def _is_receiver(text: str, m: re.Match) -> bool:
    """北京累计向河北支付生态补偿资金: the receiving end of a payment or delivery (never the subject); 销往北京超市的
    蔬菜达35万吨: where goods are sold or shipped to; 天津市投入承德市5县帮扶资金4亿元: where the money goes."""
    return bool(_BENEFICIARY.search(text[max(0, m.start() - 4):m.start()]) and _RECEIVER_AFTER.match(text, m.end())) or bool(
        _SHIPPED_TO_BEFORE.search(text, max(0, m.start() - 3), m.start())) or bool(
        _GIVEN_TO_BEFORE.search(text, max(0, m.start() - 4), m.start()) and _FUNDS_AFTER.match(text, m.end()))


# 世界500强企业, 中国民营企业500强, 全球五百强: a ranking's name, not a place (在京世界500强企业总部52家 are Beijing's)
_TOP_FIRMS_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?)(?:\d{2,4}|[一二三五]?[百千])强")


def _in_works_name(text: str, m: re.Match) -> bool:
    """京津风沙源治理, 京冀水源保护林, 首都周围绿化 listed as a place's works: national and joint programmes named after
    the cities they shield, not those cities."""
    return any(p.start() <= m.start() and m.end() <= p.start() + len(p.group(1) or p.group(2))
               for p in _PROGRAMME_NAMED.finditer(text, max(0, m.start() - 2), m.end() + 7)) or any(
        p.start() < m.start() and m.end() < p.end() for p in _WORKS_LISTED.finditer(text, max(0, m.start() - 40), m.end() + 40))


def _national_class(text: str, m: re.Match) -> bool:
    """全国 naming a class of things counted or held, not the country."""
    head = text[max(0, m.start() - 4):m.start()]
    # (第七次全国人口普查: the census's name, held in every place)
    if m.group() in ("全球", "世界") and _BUILT_TOWARD_BEFORE.search(head) and _GLOBAL_TITLE.match(text, m.start()):
        return True
    return m.group() == "全国" and (bool(_COUNT_JUST_BEFORE.search(head)) or bool(_NATIONAL_FIRST.match(text, m.start()))
                                   or bool(_NATIONAL_TITLE.match(text, m.start()))
                                   or (bool(_HELD_BEFORE.search(head)) and bool(_NATIONAL_CLASS.match(text, m.start()))))


_AVERAGE_OF_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:的)?平均(?:值|水平)")  # 是全国机场平均值的两倍: a yardstick, no subject


def _scope_only(text: str, m: re.Match) -> bool:
    """企业总量全市第3, 全市占比由21.8%增至24%: the scope of a rank or a share; 空气质量全国第一, 位居全国第八、全球第九:
    the field a place ranks in. Neither is the subject."""
    if m.group() in ANAPHORA:
        return bool(_RANK_AFTER.match(text, m.end()) or _SHARE_SCOPE_AFTER.match(text, m.end())
                    or _FIRST_IN_AFTER.match(text, m.end())  # (在全省率先开展…, 全省首家: the field of a first)
                    or (text.endswith("在", 0, m.start()) and _IN_RANK_AFTER.match(text, m.end())))  # 在全省四个片区名列前茅
    if _field_led(text, m):
        return True
    if m.group() in ("世界", "全球", "国际", "全国") and _CLASS_OF_AFTER.match(text, m.end()):
        return True  # 建设世界一流港口, 全国领先水平: a class or level, not a place
    return (m.group() in _WIDE_SCOPES and bool(_RANK_AFTER.match(text, m.end()) or _AVERAGE_OF_AFTER.match(text, m.end()))) or (
        bool(_RANKED_FIRST_AFTER.match(text, m.end())) and bool(_CJK.search(text, 0, m.start())))
    # (设施蔬菜比例河北省第一: the field the county leads, not the subject)


# 北京非首都功能疏解取得一批标志性成果: Beijing's own work told as done, whose figures (企业退出…家) are Beijing's
_SHEDDING_DONE = re.compile(r"的?非首都功能疏解(?:工作)?(?:取得|成效|成果)")


def _trade_with(text: str, m: re.Match) -> bool:
    """与北京技术合同…: the place is the other side of a trade (its own partner check and its group break ask)."""
    return bool(_PARTNER_BEFORE.search(text, max(0, m.start() - 2), m.start())) and bool(_TRADE_WITH_AFTER.match(text, m.end()))


def _partner(text: str, m: re.Match, out: list[RegionMention], origin: bool) -> tuple[bool, bool]:
    """(partner, origin): 与河北省370所中小学…合作办学 counts the partner's own; 北京输出到津冀… names the flow's far end
    (for that clause only); the next place of a list after 与 (与河北省40多家医院和北京市5家医院…) is what the first is."""
    if not origin and _trade_with(text, m):
        return False, True  # 与北京技术合同交易成交额…: the other side of the subject's trade, as a flow's source is
    # (11家医院与张家口市9家医院对接合作: a clause opening on a count, its partner's own count after the partner, even where
    # the cooperation made the partner an origin)
    counted_side = (not origin and bool(out) and out[-1].named and out[-1].region != OTHER) or (
        not out and bool(_COUNTED_BEFORE.search(text, 0, m.start())))
    partner = (counted_side and bool(_PARTNER_BEFORE.search(text, max(0, m.start() - 2), m.start()))
               and bool(_COUNT_AFTER.match(text, m.end()))) or bool(_FLOW_TO_BEFORE.search(text, max(0, m.start() - 3), m.start()))
    origin = origin and not (partner and not out)
    if (not partner and not origin and out and out[0].named and out[0].region != OTHER
            and _PARTNER_LIST_BEFORE.search(text, max(0, m.start() - 24), m.start()) and _DEAL_AFTER_LIST.match(text, m.end())):
        return partner, True  # 天津市与教育部、北京市、河北省签署了10余项…协议: each listed after 与 is a partner, no subject
    if (out and _PARTNER_BEFORE.search(text, max(0, out[-1].start - 2), out[-1].start)
            and _NEXT_PARTNER_GAP.fullmatch(text, out[-1].end, m.start()) and _COUNT_AFTER.match(text, m.end())):
        return partner or out[-1].partner, origin or out[-1].origin
    return partner, origin


def _field_led(text: str, m: re.Match) -> bool:
    """在廊坊各县(区、市)中名列前茅, 在河北省保持领先, 在河北率先…, 是京津冀城市群经济最好的城市(之一), 拥有河北省县级首家…平台:
    the field a place leads, is first or best in, not the subject of the figures around it."""
    head, end = text[max(0, m.start() - 3):m.start()], m.end()
    return bool((head.endswith("在") and (_IN_RANK_AFTER.match(text, end) or _FIRST_IN_AFTER.match(text, end)))
                or (head.endswith("是") and _BEST_OF_AFTER.match(text, end))
                or (_FIRST_OF_KIND_AFTER.match(text, end) and _OWNED_BEFORE.search(head)))


def _granted_by(text: str, m: re.Match) -> bool:
    """22项获国家和河北省推广: who took a place's measures up or honoured it, not whose the measures are."""
    return bool(_GRANTED_BY_BEFORE.search(text, max(0, m.start() - 8), m.start()) and _GRANT_AFTER.match(text, m.end()))


def _pull_reaches(text: str, m: re.Match, out: list[RegionMention], head: str) -> bool:
    """北京对津冀的辐射带动作用…，技术合同成交额…: where one place's pull reaches, not the subject (aid said the same way,
    天津对河北的帮扶, is the receiver's: no pull word)."""
    return (head.endswith("对") and bool(out) and out[-1].end == m.start() - 1 and out[-1].region not in (OTHER, ANAPHOR)
            and _PULL_AFTER.match(text, m.end()) is not None)


def _sender(text: str, m: re.Match, out: list[RegionMention]) -> bool:
    """保定…成绩单：…京津派驻专家1.2万人次: the places that sent them, after the place whose figures they are."""
    return bool(_SENT_AFTER.match(text, m.end())) and any(r.region not in (OTHER, ANAPHOR) and not r.origin for r in out)


def _is_origin(text: str, m: re.Match, out: list[RegionMention], group: int) -> bool:
    """Not the subject: where a flow comes from (来自…, 引进北京、天津项目: the whole list; 京冀来津), a name, a dateline."""
    head = text[max(0, m.start() - 4):m.start()]
    if (_things_from_there(text, m, head) or (head.endswith("以") and _MAINLY_FROM_AFTER.match(text, m.end()))
            or _placing_only(text, m, head) or _pull_reaches(text, m, out, head)
            or _granted_by(text, m) or (head.endswith("在") and _EVENT_HELD_AFTER.match(text, m.end()))
            or head.endswith(_FIRST_OF_PLACE_VERBS)
            or (_ISSUED_BEFORE.search(head) is not None and _DOCUMENT_AFTER.match(text, m.end()) is not None)):
        return True  # (在京召开主题招商活动40余场次: where the subject held its events, not whose they are; 首次开启河北省
        # 中欧班列…新模式, 填补北京市空白: the place whose first it was, not the subject of the figures after it)
    if _scope_only(text, m) or _left_out_or_taken_in(text, m, head) or _in_quoted_name(text, m) or _an_example(text, m) or (
            _HANDED_OVER_AFTER.match(text, m.end()) and _TAKEN_OVER_BEFORE.search(text, max(0, m.start() - 14), m.start())):
        return True
    if _HELPED_BY_AFTER.match(text, m.end()) or (text.startswith(("非首都功能", "的非首都功能"), m.end())
                                                 and not _SHEDDING_DONE.match(text, m.end())) or (
            head.endswith("非") and m.group().startswith("首都")):
        return True  # 疏解非首都功能: the functions Beijing sheds; 在北京和天津的大力帮扶下: the helpers
    if (_RANK_SCOPE_BEFORE.search(head) and not (head.endswith("位于") and not _RANK_AFTER.match(text, m.end()))) or (
            _OBJECT_BEFORE.search(head) and not _OWN_MEASURE_MOVED_AFTER.match(text, m.end())) or (
            _COOPERATION_OBJECT.search(head) and (_COOPERATION_AFTER.match(text, m.end()) or (
                head.endswith(("与", "同")) and not _COUNT_AFTER.match(text, m.end())
                and (_COOPERATION_IN_CLAUSE.match(text, m.end()) or _SIGNED_WITH_AFTER.match(text, m.end()))))) or (
            _BENEFICIARY.search(head) and _BENEFICIARY_AFTER.match(text, m.end())) or (  # (a receiver: _is_receiver)
            _organ_partner(text, m.start(), m.end())):
        return True
    if (len(m.group()) == 1 and out and out[-1].region not in (OTHER, ANAPHOR) and not out[-1].origin
            and _QUALIFIER_AFTER.match(text, m.end())
            and not _CLAUSE_BREAK.search(text, out[-1].end, m.start())):
        return True  # 沧州市已引进…京津项目1035个, 唐山市…京津合作项目354个: 京津 says where the projects come from
    if out and out[-1].region != OTHER and _MEASURE_VERB_BEFORE.search(head) and _MEASURE_ORIGIN_AFTER.match(text, m.end()):
        return True  # 河北实施京津产业转移项目450个: 京津 qualifies the projects, 河北 is the subject
    if (_PARTNER_BEFORE.search(head) and (not out or _CLAUSE_BREAK.search(text, out[-1].end, m.start()))) or _sender(text, m, out) or (
            head.endswith(("和", "与", "同")) and _SIDE_DEALT_WITH.match(text, m.end())):  # 和北京方面建立业务联系: the other side
        return True  # 产业协作方面，与北京签订合作协议30项: the partner; the subject is left unsaid (the release's)
    if out and out[-1].region not in (OTHER, ANAPHOR) and not out[-1].origin and (
            _AS_BETWEEN.fullmatch(text, out[-1].end, m.start()) or (
                _IS_BETWEEN.fullmatch(text, out[-1].end, m.start()) and _DESCRIBED_AFTER.match(text, m.end()))):
        return True  # 滨海新区作为天津市下辖的副省级区，经济总量占全市40%, 唐山是河北重要的工业基地: what the place is, told
        # by another; not the subject
    if (head.endswith("落地") and _LANDED_THINGS_AFTER.match(text, m.end())) or (
            _ROUTE_TO_BEFORE.search(head) and _ROUTE_AFTER.match(text, m.end())):
        # (开通了15条到北京的公交线路: where the routes go, not whose they are)
        return True  # 落地北京新设机构51家: where what landed comes from (项目落地北三县: where it landed)
    if m.group().startswith("京津冀") and _EVENT_NAME_AFTER.match(text, m.end()):
        return True  # 举办京津冀产业握手链接洽谈会等活动10余场: the area names the event, the host is the subject
    if (_FROM_BEFORE.search(head) and (_FLOW_AFTER.match(text, m.end()) or _FUNDED_AFTER.match(text, m.end()))) or (
            _where_it_acts(text, m, out)):  # (一期工程由北京出资建设，床位600张: the funder, not where the beds are)
        return True  # 河北从北京引进项目800个: 北京 is where the projects come from
    return (_origin_before(text, m) or (bool(_NAME_AFTER.match(text, m.end())) and not _INDEX_NAMED_AFTER.match(text, m.end()))
            or games_named(text, m.group(), m.end())
            or bool(_TOWARD_AFTER.match(text, m.end())) or (bool(out) and out[-1].origin and out[-1].group == group))


_PARTS_LIST_BEFORE = re.compile(r"在(?:[\u4e00-\u9fff]{1,6}、)*$")
_PARTS_LIST_AFTER = re.compile(r"(?:、[\u4e00-\u9fff]{1,6}?)*等(?:\d+个)?(?:区|县|市|地|区县|地区)")


def _where_it_acts(text: str, m: re.Match, out: list[RegionMention]) -> bool:
    """北京在津冀设立分支机构…, 蓟州区在京布局销售网点: where the place named just before 在 acts, not the subject;
    曹妃甸的北京现代产业发展试验区: a zone inside the place named before 的, named after another place."""
    if not out or not out[-1].named or out[-1].region in (OTHER, ANAPHOR):
        return False
    gap = text[out[-1].end:m.start()]
    return (bool(_ACTS_IN_GAP.fullmatch(gap)) and bool(_SET_UP_AFTER.match(text, m.end()))) or (
        gap == "的" and bool(_ZONE_NAMED_AFTER.match(text, m.end())))


def _in_quoted_name(text: str, m: re.Match) -> bool:
    """The place is part of a quoted name with no figure in it (发布首批“京津冀+雄安”自助办事项208项, 建设“首都水源涵养
    功能区”定位): the name of a list or a role, not the subject of the figures."""
    opening = max(text.rfind("“", 0, m.start()), text.rfind("「", 0, m.start()))
    if opening < 0 or max(text.rfind("”", opening, m.start()), text.rfind("」", opening, m.start())) >= 0:
        return False
    closing = min((i for i in (text.find("”", m.end()), text.find("」", m.end())) if i >= 0), default=-1)
    inner = text[opening + 1:closing]
    return (0 < closing - opening <= 21 and inner != m.group() and not _ANY_DIGIT.search(inner)
            and bool(_NAMED_THING_AFTER.match(text, closing + 1)))  # (“北京”品牌…: a place alone is still named)


def _origin_before(text: str, m: re.Match) -> bool:
    """来自北京, 引进京…: where things come from; but …中，来自滨海新区的有227家 is the part of a whole that is that
    place's own count."""
    if _PART_FROM_BEFORE.search(text, max(0, m.start() - 3), m.start()) and _PART_COUNT_AFTER.match(text, m.end()):
        return False
    if _NEWLY_IN_BEFORE.search(text, max(0, m.start() - 2), m.start()) and _MONEY_IN_AFTER.match(text, m.end()):
        return True  # 新增北京投资额35.16亿元 in a Tianjin district's report: money from Beijing
    origin = _ORIGIN_BEFORE.search(text, max(0, m.start() - 3), m.start())
    if origin and origin.group().endswith("的") and not _THINGS_MOVED_AFTER.match(text, m.end()):
        return False  # 对服装产业链进行规模承接的沧州迎来了7000余家商户入驻: the place that received (承接的北京企业: from)
    return bool(origin)


_NEWLY_IN_BEFORE = re.compile(r"(?:新增|到位)$")
_MONEY_IN_AFTER = re.compile(r"(?:市|省)?(?:投资额|投资|资金)")
_THINGS_MOVED_AFTER = re.compile(r"(?:市|省|地区|方面)?[\u4e00-\u9fff]{0,6}?(?:企业|项目|产业|资金|资本|投资|单位|机构|人员|人才"
                                 r"|技术|成果|商户|市场|医院|学校|高校|患者|游客|客源|专家|团队|总部|功能)")


_EXAMPLE_AFTER = re.compile(r"[”\"’」』]?(?:等[\u4e00-\u9fff]{0,6})?为(?:代表|典型|首)")


def _an_example(text: str, m: re.Match) -> bool:
    """以“动批”为代表的区域性批发市场全部疏解: an example of what the sentence speaks of, not its subject."""
    return bool(_EXAMPLE_AFTER.match(text, m.end())) and "以" in text[max(0, m.start() - 12):m.start()]


_EXCLUDED_AFTER = re.compile(r"(?:在内)?[除以]外")  # 中心城区(首都功能核心区除外): the part a scope leaves out


def _left_out_or_taken_in(text: str, m: re.Match, head: str) -> bool:
    """A place left out of a figure (不含定州, 首都功能核心区除外) or named as included in it (全市(含辛集市)生产总值), a place one is
    some way from (曹妃甸距北京192公里、距天津滨海新区70公里), where routes to
    several places start (北京至6个毗邻区域全部实现1小时内通达), the two ends of a bus route (5条津冀“跨省公交”), or where what the
    subject took in came from (承接清华超滑科技等北京科技转化落地项目210个)."""
    return bool(_EXCLUDED_BEFORE.search(head) or _EXCLUDED_AFTER.match(text, m.end())) or bool(_ROUTE_TO_MANY.match(text, m.end())) or (
        bool(_DISTANCE_FROM_BEFORE.search(head)) and bool(_DISTANCE_AFTER.match(text, m.end()))) or (
        bool(_INCLUDED_BEFORE.search(head)) and _in_aside(text, m.start())) or (
        len(m.group()) == 2 and m.group()[0] in "京津冀" and m.group()[1] in "京津冀"
        and bool(_ROUTE_SERVICE_AFTER.match(text, m.end()))) or (
        bool(_RECEIVED_IN_CLAUSE.search(text, 0, m.start())) and bool(_COUNTED_ITEMS_AFTER.match(text, m.end())))


def _things_from_there(text: str, m: re.Match, head: str) -> bool:
    """The place names where firms, resources or a share come from, not the place that has the figure."""
    return bool(_FIRMS_SHARE_AFTER.match(text, m.end())  # 新增注册企业中，北京企业占1/3: the share is the park's
                or (_COUNT_BEFORE.search(head) and _MOVERS_AFTER.match(text, m.end()))  # 1200多家北京服装企业落户沧州
                or bool(_COUNTED_KIND_BEFORE.search(head) and _CJK.match(text, m.end())  # 16个京津职教联盟: a kind
                        and not m.group().startswith("京津冀") and m.group() not in PROVINCES_COUNTED)
                # (12条京津冀快巴线路: the area's own lines; 31个省(区、市): the country's, counted)
                or bool(_COUNTED_MOVERS_AFTER.match(text, m.end()))  # 北京10家医药企业入驻沧州: the host's figure
                or bool(_MOVED_IN_COUNT_BEFORE.search(text, max(0, m.start() - 16), m.start())
                        and _CJK.match(text, m.end()))  # 入驻了4600余户北京商户: the merchants come from Beijing
                or _RESOURCES_AFTER.match(text, m.end()) or (head.endswith("驻") and not head.endswith(("入驻", "进驻")))
                # (承接首都资源, 深挖驻京央企: where they are based; 165家单位入驻城市副中心: where they moved, the subject)
                or text.startswith(("来源", "投资来源"), m.end())  # 超4000家北京来源企业在新区
                or bool(_AMOUNT_BEFORE.search(head) and _CJK.match(text, m.end()))  # 利用1423万元北京市帮扶资金
                or bool(_MOVED_OUT_AFTER.match(text, m.end()) and not _OPENS_CLAUSE.search(head))  # 承接…雄安新区外迁产业:
                # where they leave (城六区疏解市场共87个, opening its clause: the place that sheds them, the subject)
                or bool(_VISITORS_AFTER.match(text, m.end()))  # 入住燕达养护中心的北京老人已超过5000人: where they come from
                or bool(_ITEMS_IN_BRACKETS_BEFORE.search(text, max(0, m.start() - 12), m.start()))  # 国家历史文化名城1处(正定)
                or (len(m.group()) == 1 and text.startswith("企", m.end()))  # 京企占比达63%, 与央企、京企、津企合作
                or text.startswith("籍", m.end())  # 扎堆落户的京籍药企达到50多家: where they are registered
                or (text[m.end() - 1:m.end()] in "市省" and text.startswith("属", m.end()))  # 北京市属国企子公司: who owns them
                or text.startswith("方向", m.end()))  # 落地北京方向投资额超30亿元: where the money comes from


_COUNTED_KIND_BEFORE = re.compile(r"\d[余多]?(?:家|个|所|项|名|户|位|座|条|批|支|只)$")
_AMOUNT_BEFORE = re.compile(r"\d(?:\.\d+)?[余多]?[万亿]*元$")  # a sum of the place's money, spent by the subject
_SENT_AFTER = re.compile(r"(?:两地|地区)?(?:派驻|选派|下派|派出)(?:的)?(?:专家|医生|医务人员|教师|干部|人员|骨干)")
_HELPED_BY_AFTER = re.compile(r"(?:市|省)?(?:[和与、及][\u4e00-\u9fff]{1,4}?)?的(?:大力|鼎力|全力|倾力|无私)?(?:帮扶|支持|帮助|援助|指导|关心|关怀)下")
# 国家历史文化名城1处(正定), 森林公园3处(仙台山、…): the items a count names, in brackets, are no subject
_ITEMS_IN_BRACKETS_BEFORE = re.compile(r"\d[余多]?[个处家项所座][(（][^()（）]{0,8}$")
_VISITORS_AFTER = re.compile(r"(?:籍)?(?:老人|老年人(?!口)|游客|患者|病人|客商)"  # (北京老年人口: Beijing's own)
                             r"|(?:[\u4e00-\u9fff]{0,6}?(?:医院|学校|大学|中学|小学))?(?:的)?(?:\d+[余多]?(?:位|名))?(?:医疗)?"
                             r"(?:专家|医生|名医|教师|骨干教师|名师)(?=[^，,。；;\d]{0,3}?(?:来|到|赴|下沉|坐诊|出诊|支教))")
_OPENS_CLAUSE = re.compile(r"(?:^|[，,。；;：:\s]|其中)$")
_MOVED_OUT_AFTER = re.compile(r"(?:外迁|迁出|疏解)的?(?:产业|企业|项目|单位|机构|商户|商家|市场)")
_LANDED_THINGS_AFTER = re.compile(r"(?:市|地区)?的?(?:新设|新增)?(?:机构|项目|企业|资源|单位)")
_MEETINGS = "洽谈会|推介会|对接会|博览会|交易会|招商会|论坛|峰会"
_EVENT_NAME_AFTER = re.compile(rf"[^，,。；;、\d]{{0,10}}?(?:{_MEETINGS})|[\u4e00-\u9fff]{{0,8}}?(?:文化节|旅游节|蔬菜节|美食节|艺术节|丰收节|展会|展览会)")
_MOVED_IN_COUNT_BEFORE = re.compile(r"(?:入驻|落户|迁入|承接|吸引|引进|引入|接纳|接收)了?(?:约|近|超过?|逾)?\d+(?:\.\d+)?[余多]?[万]?"
                                    r"(?:家|个|户|名|位|所)$")
_COUNT_BEFORE = re.compile(r"\d[余多]?(?:家|个|户|名)$|\d[余多]$")  # (800多北京商户在此签约: no count word)
_MOVERS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:企业|商户|项目|机构|单位|工厂|服装厂|市场)[^，,。；;]{0,6}?"
                           r"(?:落户|入驻|迁入|迁往|转移至|转移到|外迁|搬迁至|搬迁到|在此签约|在此开业|在此经营)")
# 北京10家医药企业入驻…, 大红门地区的15个专业市场入驻白沟: where they come from
_COUNTED_MOVERS_AFTER = re.compile(r"(?:市|地区)?的?\d+[余多]?(?:家|个|户|名)" + _MOVERS_AFTER.pattern)


_ABROAD = ("全球", "世界", "海外", "境外", "国外")


def _placing_only(text: str, m: re.Match, head: str) -> bool:
    """A place named to place something else: a destination (入京水系生态补水, 净菜进京, 赴津推介, 销往北京), a market a share
    is of (北京市场占有率), a ring around it (环京), a quoted name (“河北福嫂”),
    a neighbour (与北京一河之隔的燕郊, 毗邻北京), a road's section (京秦高速天津段)."""
    return ((len(m.group()) == 1 and head.endswith(("入", "进", "赴", "返", "抵"))) or _in_brand_name(text, m)
            or head.endswith("环")  # 环京周边蔬菜基地, 环首都: the ring around a place, not the place
            or any(b.start() < m.start() < b.end() for b in _BUILT_FOR.finditer(text, max(0, m.start() - 4), m.end() + 6))
            # (为京津建设生态防御体系: whom a place's works shield)
            or (bool(_HELD_BEFORE.search(head)) and text.startswith(("“", "\"", "「", "级"), m.end()))  # 拥有北京市“专精特新”…: a designation
            or head.endswith(("加入", "纳入"))  # 67所医疗机构加入京津冀临床检验结果互认名单: the area names what is joined
            or head.endswith(("开往", "通往", "驶往", "发往", "前往"))  # 开往怀来县的898路: where a bus line goes
            or (m.group() in _ABROAD and head.endswith(("对", "向", "到", "往", "至", "遍布", "覆盖")))
            # (对全球50多个国家和地区均有出口记录, 销往世界各地: where the goods go, no subject of the figures after it)
            or bool(_SUPPLIED_BEFORE.search(head))  # 销往北京超市的蔬菜, 供京蔬菜: where the goods go
            or bool(_MARKET_AFTER.match(text, m.end()))  # 占北京夏秋季市场份额的45%: the market the supplier's share is of
            or bool(_SERVED_AFTER.match(text, m.end()))  # 建设京津绿色农产品供应基地, 北京菜篮子产品的供应地: the place a base serves
            or bool(_RELOCATION_BASE_AFTER.match(text, m.end()))  # 北京高端产业外迁基地: a base for what leaves the place
            or bool(_ROUTE_END_BEFORE.search(head))  # 商贸城至北京大红门…班车: where a line from a site goes
            or head.endswith(("连通", "联通", "衔接", "连接", "通达", "直达"))  # 连通京津干线公路54条: where the roads lead
            or bool(_INSTITUTION_AFTER.match(text, m.end()))  # 北京林业大学, 北京中车重工机械制造有限公司: a name
            or _in_firm_name(text, m)  # 珞石(北京)科技: the seat in a firm's name
            or (set(m.group()) <= set("京津冀") and text.startswith("中关村", m.end()))  # 京津中关村科技城: a park's name
            or bool(_SEAT_AFTER.match(text, m.end()))  # 京津冀(固安)国际商贸城: a name with its seat in brackets
            or (m.group() not in ANAPHORA and bool(SITE_NAMED_AFTER.match(text, m.end())))  # 门头沟永定河滨水森林公园, 石景山何家坟等城市
            # 休闲公园: a site (全省登记备案的博物馆, 全市博物馆: the place's own museums, counted)
            or bool(_NEIGHBOUR_AFTER.match(text, m.end()) or _NEIGHBOUR_BEFORE.search(head))
            or (text.startswith("段", m.end()) and m.group() not in ANAPHORA)
            or (head.endswith(("省、", "省和", "国家、", "国家和")) and bool(_DESIGNATED_AFTER.match(text, m.end())))
            # (该市共推进省、保定市重点项目48个: the levels that listed the projects, not the subject)
            or (bool(_LINE_NAME_AFTER.match(text, m.end())) and m.group() not in ANAPHORA)  # 城市副中心线, 怀柔-密云线: a line
            or (len(m.group()) == 1 and bool(_ROAD_NAME_AFTER.match(text, m.end())))  # 津石、塘承高速, 京张铁路: a road's name
            or bool(_DEMONYM_AFTER.match(text, m.end())) and m.group() not in ANAPHORA  # 是北京人首选出游目的地: Beijingers
            or _role_in_slogan(text, m, head)
            or bool(_QUOTED_ROLE_AFTER.match(text, m.end()))  # 扛起首都“护城河”责任: a role toward the place, no subject
            or (bool(_BUILT_WORKS_BEFORE.search(head)) and bool(_CORRIDOR_AFTER.match(text, m.end())))
            or bool(_REBUILT_AFTER.match(text, m.end())))  # 张家口宁远机场改扩建工程主体完工: the works' name, no actor


# 宁远机场改扩建工程, 某港扩建工程: the works on a place's facility, named after it (not the place acting)
_REBUILT_AFTER = re.compile(r"(?:改扩建|扩建|改建|迁建|改造提升|改造)(?:工程|项目)")


# 构建京津冀绿色廊道, 筑牢京津冀生态屏障: a belt a place builds, named after the area it serves, no subject
_BUILT_WORKS_BEFORE = re.compile(r"(?:构建|打造|建设|共建|筑牢|建成|形成)$")
_CORRIDOR_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:廊道|走廊|屏障|绿带|生态带)")


# 扛起首都“护城河”责任: a role a place plays toward another, quoted, names that other as no subject
_QUOTED_ROLE_AFTER = re.compile(r"[“\"「][\u4e00-\u9fff]{2,6}[”\"」](?:责任|作用|功能|定位|角色|使命|重任|地位)")
# 北京研发、天津转化、河北生产; 京津研发、河北制造: each place's part in a division of labour, a slogan's item
_ROLE = r"(?:研发|创新|孵化|转化|中试|制造|生产|配套|应用|总部|设计|服务|承接)"
_ROLE_AFTER = re.compile(_ROLE + r"(?=[、，,。；;”\"」\s]|$)")
_ROLE_BEFORE = re.compile(_ROLE + r"、$")


def _role_in_slogan(text: str, m: re.Match, head: str) -> bool:
    """北京研发、天津转化、河北生产: a place with its role in a list of places' roles names no subject of the figures
    after it (…实现了北京研发、天津转化、河北生产，两年吸引941家企业落户: the park's)."""
    role = _ROLE_AFTER.match(text, m.end())
    return role is not None and (text.startswith("、", role.end()) or bool(_ROLE_BEFORE.search(head)))


def _in_firm_name(text: str, m: re.Match) -> bool:
    """A place in brackets inside a name: a name before the bracket and its rest after it (珞石(北京)科技, 中国(河北)自贸区
    is handled apart), or closing an institution's name (中国地质大学(北京))."""
    if not (0 < m.start() and m.end() < len(text) and text[m.start() - 1] in "(（" and text[m.end()] in ")）"):
        return False
    if _VENUE_AFTER_SEAT.match(text, m.end() + 1):
        return False  # 京津冀(固安)国际商贸城汇聚…4000余家商户: the venue's seat, where its figures are
    return (bool(_CJK.match(text, m.start() - 2)) and bool(_CJK.match(text, m.end() + 1))) or bool(
        _INSTITUTION_END.search(text, 0, m.start() - 1))


_VENUE_AFTER_SEAT = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:城|产业园|科技园|物流园|批发市场|园区|基地)(?![市区])")
_LINE_NAME_AFTER = re.compile(r"(?:[-—–][\u4e00-\u9fff]{1,4})?[东西南北]?线(?![上下路索])")  # (大兴机场北线高速: a road's name)
_ROAD_NAME_AFTER = re.compile(r"[\u4e00-\u9fff]{1,2}?(?:[、和][\u4e00-\u9fff]{2,3}?)*(?:高速|铁路|高铁|城际|公路)")
_DESIGNATED_AFTER = re.compile(r"[市县区]?级?(?:重点|重大)")
_SUPPLIED_BEFORE = re.compile(r"(?:销往|运往|输往|直供|直销|供应|供给|保供|(?<![提兼])供)$")
_RELOCATION_BASE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:外迁|转移|疏解)的?[\u4e00-\u9fff]{0,4}?(?:基地|园区|产业园|示范区|集聚区|承接地|平台)")
# (首个北京农批市场转移的统一承接平台: a platform for what leaves the place)
_BUILT_FOR = re.compile(r"为(?:京津冀|京津|京冀|津冀|首都|北京|天津)(?:建设|构筑|筑牢|打造|守护|涵养|保障)")
_SERVED_AFTER = re.compile(r"[^，,。；;、\d]{0,10}?(?:(?:供应|保供|保障)[\u4e00-\u9fff]{0,2}?基地|供应地|后花园)")
# (在北京主要农产品批发市场占比; not across 占: 河北蔬菜占北京市场… leaves 河北 the share)
_MARKET_AFTER = re.compile(r"[^，,。；;\d占]{0,8}?市场(?:份额|占有率|占比|的|约|供应|需求)")


def _one_character_in_a_name(text: str, m: re.Match) -> bool:
    """燕京总部基地, 东京, 南京: a name with 京 in it, not Beijing; 京畿 (the capital's hinterland), 京剧; 通讯员郭亚津: a
    reporter's name, no place."""
    if len(m.group()) != 1:
        return False
    if _BYLINE_NAME_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return True
    return m.group() == "京" and (text[max(0, m.start() - 1):m.start()] in ("燕", "东", "南", "西")
                                  or text.startswith(("畿", "剧", "腔", "韵", "味", "都"), m.end()))


_BYLINE_NAME_BEFORE = re.compile(r"(?:记者|通讯员|实习生|摄影|摄|编辑|责编|作者)\s?(?![从在赴到向对])[\u4e00-\u9fff]{1,2}$")
_ROUTE_END_BEFORE = re.compile(r"[城站楼场园港镇村](?:至|到)$|[铁路线车速]直?通$")  # (4条高铁通北京, 6条高速通北京: where the lines lead)
_SEAT_AFTER = re.compile(r"[(（][\u4e00-\u9fff]{2,6}[)）][\u4e00-\u9fff]")
_QUOTE_CLOSE = re.compile(r"[^”\"」』，。；,;]{1,8}?[”\"」』]")


_QUOTE_OPEN_BEFORE = re.compile(r"[“「『][^“”「」『』，。；,;]*$")
_QUOTED_EVENT_AFTER = re.compile(rf"[^“”「」『』，。；,;]{{0,14}}?(?:{_MEETINGS}|说明会|大会"
                                 r"|工程|项目|规划|计划|行动|可持续利用|治理)[”」』]")  # (“21世纪首都水资源可持续利用”: a programme)
_SLOGAN_HEAD = re.compile(r"[“\"「『][^”\"」』，,。；;]{0,10}[\u4e00-\u9fff]{2}$")


def _in_brand_name(text: str, m: re.Match) -> bool:
    """The place opens a short quoted name that goes on past it (“河北福嫂”, “净菜进京”), not a quoted place (“京津冀”);
    or it is the object a quoted slogan ends on (“对接央企、深耕北京”专项活动); or it is in the quoted name of a
    meeting or programme (“衡水·北京投资环境说明会”, “21世纪首都水资源可持续利用”)."""
    opened = _QUOTE_OPEN_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if opened and _QUOTED_EVENT_AFTER.match(text, m.end()):
        return True
    if m.start() == 0 or text[m.start() - 1] not in "“\"「『":
        return bool(_SLOGAN_HEAD.search(text, max(0, m.start() - 12), m.start())) and text[m.end():m.end() + 1] in "”\"」』"
    close = _QUOTE_CLOSE.match(text, m.end())
    return close is not None and len(close.group()) > 1


def _anaphor_area(text: str, m: re.Match) -> bool:
    """区域 as a subject (区域地区生产总值, 全区域, 2024年区域…), not inside a compound (区域性, 区域通办, 京津冀区域)."""
    if m.group() == "全区域":
        return True
    before = text[m.start() - 1] if m.start() > 0 else ""
    if before and _CJK.match(before) and before not in "全本该年月度来":  # a time ends before the subject: 2024年区域
        return False
    return not _ANAPHOR_AFTER_BAD.match(text, m.end())
