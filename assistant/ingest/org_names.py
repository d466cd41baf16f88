"""The names an organisation goes by: its full name split into place and units, the short forms and spoken names
people use (二支部, 发改委, 妇联), and the aliases a profile stores."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.core.text import YEAR_SPAN
from assistant.core.words import closes_place, cut_words

# Party organisations end in one of these; the longer forms first.
PARTY_SUFFIX = (
    "总支部委员会",
    "支部委员会",
    "机关委员会",
    "工作委员会",  # 中共X街道工作委员会: the 街道党工委
    "委员会",
    "机关党委",
    "党工委",
    "党总支",
    "党支部",
    "党委",
    "党组",
    "支部",
)

# How people say each formal suffix (中共X委员会 -> X党委; 支部委员会 -> 党支部/支部).
SPOKEN_SUFFIX = {
    "总支部委员会": ("党总支",),
    "支部委员会": ("党支部", "支部"),
    "机关委员会": ("机关党委",),
    "工作委员会": ("党工委",),
    "党工委": ("党工委",),
    "委员会": ("党委",),
    "机关党委": ("机关党委",),
    "党总支": ("党总支",),
    "党支部": ("党支部", "支部"),
    "支部": ("党支部", "支部"),
    "党委": ("党委",),
    "党组": ("党组",),
}

# A government commission is a 委员会 too (发展和改革委员会, 卫生健康委员会): followed by its own offices or party
# body (…委员会机关支部委员会, …委员会党组), it is part of the name, not the party suffix. A place's 委员会
# (江北区委员会) is its Party committee.
COMMISSION = r"[\u4e00-\u9fff]{2,20}?(?<![省市县区州旗镇乡])委员会(?:机关)?(?=党组|党委|党总支|党支部|支部委员会|总支部委员会|机关党委|机关委员会)"

ORGANISATION = re.compile(
    rf"(?:中共|中国共产党)?({COMMISSION}|[\u4e00-\u9fff]{{2,30}}?)(" + "|".join(PARTY_SUFFIX) + r")"
)

# An organisation's name is a chain of units (鹿鸣县 / 纪委监委机关); the last one identifies it. Schools are
# named by their short forms too (实验小学, 附中, 城关二中 for 城关第二中学), an ordinal 中 even right after a place.
UNIT = re.compile(
    r"(?:[\u4e00-\u9fff]+?|(?=[一二三四五六七八九十]中))"
    r"(省|自治区|市|县|区|镇|乡|街道|村|社区|大学|学院|中学|小学|幼儿园|附中|高中|职高|[一二三四五六七八九十]中|学校|医院|法院"
    r"|检察院|卫生院|集团|有限公司|公司|总局|局|机关|中心|所|站|馆)"
)

LEVELS = "省市县区州旗镇乡"

# A place and its level at the head of a name (云岭县…, 澄江市…): clerks drop one or the other.
PLACE_LEVEL = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(省|市|县|区|州|旗)(?=[\u4e00-\u9fff]{2,})")

# 人民 in the name of a court, procuratorate, hospital or government is dropped in speech (县法院).
PEOPLES = re.compile(r"人民(?=法院|检察院|医院|政府)")

# Kind words dropped after a place (青川公安 for 青川县公安局, 澄江供电 for 澄江市供电公司); 分局 may stay (江北分局).
KIND_WORDS = ("有限公司", "分局", "公司", "局")

# 红岭国有林场 is called 红岭林场: the ownership word is dropped in speech.
OWNERSHIP = re.compile(r"国有|国营")

# A two-character body after its place (文联 of 滨江市文联, 妇联, 科协) is a name people use; these kinds are not.
GENERIC_BODIES = frozenset(
    ["机关", "学校", "学院", "中学", "小学", "医院", "法院", "公司", "集团", "社区", "中心", "支部", "党委", "街道", "银行",
     "分局", "大队", "中队", "政府", "单位", "部门"]
)  # fmt: skip

ADMIN_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,4}?(省|市|县|区|镇|乡|街道)(?=[\u4e00-\u9fff]{3,})")

LEAD_WORDS = re.compile(r"^(?:关于|中共|中国共产党|#+\s*|\*+)")

NOT_A_NAME = re.compile(
    r"^(?:关于|根据|按照|今年|全年|上半年|下半年|年度|公司|学院|学校|社区|村|镇|局|机关|各|本|我|该|全体)"
)

ORDINAL_BRANCH = re.compile(r"第([一二三四五六七八九十]+)党?支部")


def organisations_in(text: str) -> list[str]:
    """Organisation names a title or file name starts with (after its period): 桃源村党支部, 中共石岭镇委员会."""
    # The name comes before the period and before 关于 (…委员会关于2023年度…的报告).
    text = LEAD_WORDS.sub("", text.strip())
    text = re.split(r"关于|(?:19|20)\d{2}", text[m.end() :] if (m := YEAR_SPAN.match(text)) else text)[0]
    found = []
    for part in text.split()[:1]:
        match = ORGANISATION.match(LEAD_WORDS.sub("", part))
        if match and not NOT_A_NAME.match(match.group(1)):
            found.append(match.group(1) + match.group(2))
            continue
        units = leading_units(LEAD_WORDS.sub("", part))
        if len(units) >= 3 and not NOT_A_NAME.match(units):
            found.append(units)
    return found


def split_organisation(name: str) -> tuple[str, str]:
    """(units, party suffix): 中共溪口镇桃源村支部委员会 -> (溪口镇桃源村, 支部委员会)."""
    name = re.sub(r"^(?:中共|中国共产党)", "", name)
    for suffix in PARTY_SUFFIX:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)], suffix
    return name, ""


def unit_pieces(text: str) -> list[str]:
    """The units a text starts with, in order (东平市 / 疾病预防控制中心). A level character in a word (市 of
    市场监管所, 区 of 社区卫生) ends no unit."""
    pieces: list[str] = []
    start = reached = 0
    for match in UNIT.finditer(text):
        if match.start() != reached:  # the units must follow one another from the start
            break
        reached = match.end()
        if match.group(1) in LEVELS and not closes_place(text, reached - 1):
            continue
        pieces.append(text[start:reached])
        start = reached
    return pieces


def leading_units(text: str) -> str:
    """The chain of units a title starts with: 东平市疾病预防控制中心 of 东平市疾病预防控制中心纪委书记述职报告."""
    return "".join(unit_pieces(text))


def place_level(name: str) -> re.Match[str] | None:
    """The place and its level at the head of a name, unless the level character is in a word (桥西市场监管所)."""
    place = PLACE_LEVEL.match(name)
    return place if place and closes_place(name, place.start(2)) else None


def without_admin_prefix(units: str) -> str:
    """云岭县纪委监委机关 -> 纪委监委机关; a level character in a word (市 of 桥西市场监管所) is no prefix."""
    prefix = ADMIN_PREFIX.match(units)
    if not prefix or (len(prefix.group(1)) == 1 and not closes_place(units, prefix.start(1))):
        return units
    return units[prefix.end() :]


COMPANY_FORMS = frozenset(["公司", "有限公司", "有限责任公司", "股份有限公司"])


def unit_variants(units: str) -> list[str]:
    """The short forms of a unit chain: drop leading places and parents, 有限公司 -> 公司, brand + last unit."""
    chain = unit_pieces(units)
    if "".join(chain) != units:
        chain = [units]
    variants = ["".join(chain[i:]) for i in range(len(chain))]
    stripped = without_admin_prefix(units)
    variants.append(stripped)
    # 青岚能源集团新材料有限公司 -> 青岚新材料公司; a group's own 有限公司 names no unit of it (not 青岚公司)
    if len(chain) > 1 and "集团" in chain[0] and "".join(chain[1:]) not in COMPANY_FORMS:
        variants.append(chain[0][:2] + "".join(chain[1:]))
    if units.endswith("机关") and len(chain) > 1:  # 法院机关 is named as the court (云岭县法院)
        variants += spoken_variants("".join(chain[:-1]))
    if units.endswith("机关") and len(units) > len("机关") + 2:  # 滨江市文联机关 is the 文联's office
        variants += unit_variants(units[: -len("机关")])
    variants += spoken_variants(units)
    variants += [OWNERSHIP.sub("", v) for v in variants if OWNERSHIP.search(v)]
    for variant in list(variants):
        limited = next((f for f in ("有限责任公司", "有限公司") if variant.endswith(f)), "")
        if limited:
            short = variant[: -len(limited)]
            variants += [short + "公司", short]
    variants += [official_short(v) for v in variants if v.endswith("委员会") and len(v) > 5]
    variants += other_names(variants)
    return [v for v in dict.fromkeys(variants) if len(v) >= 2 and v != "机关" and v not in COMPANY_FORMS]


# What people call a body besides its name: its name before a reform (环保局 for 生态环境局, 国税局 for 税务局),
# an everyday short form (粮库) or the official abbreviation (人社局, 疾控中心); no rule derives them from the name.
OTHER_NAMES: tuple[tuple[str, str], ...] = (
    ("人力资源和社会保障局", "人社局"),
    ("市场监督管理局", "市场监管局"),
    ("市场监督管理所", "市场监管所"),
    ("疾病预防控制中心", "疾控中心"),
    ("住房和城乡建设局", "住建局"),
    ("发展和改革委员会", "发改委"),
    ("发展和改革局", "发改局"),
    ("卫生健康委员会", "卫健委"),
    ("住房和城乡建设委员会", "住建委"),
    ("教育委员会", "教委"),
    ("经济和信息化委员会", "经信委"),
    ("国有资产监督管理委员会", "国资委"),
    ("民族宗教事务委员会", "民宗委"),
    ("卫生健康局", "卫健局"),
    ("文化广电旅游局", "文旅局"),
    ("广播电视台", "广电台"),
    ("广播电视台", "广电"),
    ("广播电视局", "广电局"),
    ("文化和旅游局", "文旅局"),
    ("交通运输局", "交通局"),
    ("自然资源和规划局", "自然资源局"),
    ("住房公积金管理中心", "公积金中心"),
    ("消防救援支队", "消防支队"),
    ("消防救援大队", "消防大队"),
    ("退役军人事务局", "退役军人局"),
    ("医疗保障局", "医保局"),
    ("教育体育局", "教体局"),
    ("生态环境局", "环保局"),
    ("生态环境局", "环境保护局"),
    ("自然资源和规划局", "国土局"),
    ("自然资源局", "国土局"),
    ("市场监督管理局", "工商局"),
    ("应急管理局", "安监局"),
    ("卫生健康局", "卫生局"),
    ("卫生健康委员会", "卫生局"),
    ("农业农村局", "农业局"),
    ("税务局", "国税局"),
    ("税务局", "地税局"),
    ("供电公司", "供电局"),
    ("供电公司", "电力局"),
    ("粮食储备库", "粮库"),
    ("交警支队", "交警队"),
    ("妇女联合会", "妇联"),
    ("残疾人联合会", "残联"),
    ("工商业联合会", "工商联"),
    ("归国华侨联合会", "侨联"),
    ("文学艺术界联合会", "文联"),
    ("科学技术协会", "科协"),
)

# 和 joining two words of a body's name, dropped in its official short form (发展和改革 -> 发展改革).
JOINING_AND = re.compile(r"(?<=[\u4e00-\u9fff]{2})和(?=[\u4e00-\u9fff]{2})")


def official_short(name: str) -> str:
    """A commission's official short form: 和 dropped and 委 for 委员会 (发展和改革委员会 -> 发展改革委)."""
    return JOINING_AND.sub("", name.removesuffix("委员会")) + "委"


def other_names(variants: list[str]) -> list[str]:
    """The variants with a body's name replaced by what people also call it (清源市环保局, 嘉禾粮库), and that
    name alone (交警队 of 澄江市公安局交警支队, whose chain never leaves 交警支队 alone)."""
    # 妇联机关 of 妇女联合会机关: the body's offices keep its short name
    called = [(v, now, name) for v in variants for now, name in OTHER_NAMES if v.removesuffix("机关").endswith(now)]
    return [v.replace(now, name) for v, now, name in called] + [name for _, _, name in called]


def spoken_variants(units: str) -> list[str]:
    """How clerks shorten a name that starts with its place: 人民 dropped (云岭县法院), the place without its
    level (云岭法院), the level without the place (县法院), the kind word after the place (青川公安, 江北分局)."""
    forms = list(dict.fromkeys([units, PEOPLES.sub("", units)]))
    variants = forms[1:]
    for form in forms:
        place = place_level(form)
        if not place:
            continue
        rest = form[place.end() :]
        variants += [place.group(1) + rest, place.group(2) + rest]
        kind = next((k for k in KIND_WORDS if rest.endswith(k) and len(rest) - len(k) >= 2), "")
        if kind:
            variants.append(place.group(1) + rest[: -len(kind)])
            if kind == "分局":
                variants.append(place.group(1) + kind)
    return variants


def aliases_for(names: Iterable[str]) -> tuple[str, ...]:
    """Every way people name the organisation, longest first."""
    aliases: list[str] = []
    bodies: list[str] = []  # two characters name it only as a body's own short name
    for name in names:
        if not name:
            continue
        units, suffix = split_organisation(name)
        if units.endswith("机关") and suffix == "委员会":
            suffix = "机关委员会"
        spoken = SPOKEN_SUFFIX.get(suffix, ())
        for variant in unit_variants(units):
            bodies += [body] if (body := short_body(variant)) else []
            aliases.append(variant)
            aliases += [variant + s for s in spoken if not variant.endswith(s)]
        if not suffix and len(units) < 3:  # an abbreviation (以下简称“学院党委”) names it whole
            aliases.append(name)
    more = [ORDINAL_BRANCH.sub(r"\1支部", a) for a in aliases]
    named = [a for a in aliases + more if len(a) >= 3] + bodies
    return tuple(sorted(dict.fromkeys(named), key=lambda a: (-len(a), a)))


def short_body(units: str) -> str:
    """文联 of 滨江市文联: two characters after the place name the body, unless they are a kind (医院)."""
    place = place_level(units)
    rest = units[place.end() :] if place else ""
    return rest if len(rest) == 2 and rest not in GENERIC_BODIES else ""


# Heads too common to name one body (管理局 of 机关事务管理局 and of 水利工程管理局): never a short form alone.
GENERIC_HEADS = GENERIC_BODIES | frozenset(
    ["管理局", "管理处", "管理所", "管理站", "服务中心", "活动中心", "服务站", "工作站", "办公室", "委员会", "事务所",
     "研究所", "执法局", "执法队", "党支部", "党总支", "党工委", "机关党委", "公司", "有限公司"]
)  # fmt: skip

# 县委党校 / 市委宣传部: the party committee owning the body, dropped like a place (党校).
OWNER = re.compile(r"^[省市县区州旗镇乡]委(?=[\u4e00-\u9fff]{2})")


def head_forms(name: str) -> list[str]:
    """What a body is called by its head noun alone, its modifiers dropped: 史志馆 of 白沙区档案史志馆党支部, 监狱 of
    岚江监狱党委, 党校 of 市委党校机关党委. Only a knowledge base with one such body may read them as its name."""
    units = split_organisation(name)[0].removesuffix("机关")
    pieces = unit_pieces(units)
    place = place_level(units)
    body = pieces[-1] if pieces and "".join(pieces) == units else units[place.end() :] if place else units
    body = OWNER.sub("", body)
    words = cut_words(body)
    heads = ["".join(words[i:]) for i in range(len(words))] + [OWNER.sub("", w) for w in words[-1:]]
    # 和规划局 of 自然资源和规划局: a head never opens with the word joining two of the name's words.
    named = [h for h in dict.fromkeys(heads) if 2 <= len(h) < len(units) and h[0] not in "和与及的"]
    return [h for h in named if h not in GENERIC_HEADS and not PARTY_END.search(h)]


PARTY_END = re.compile("(?:" + "|".join(PARTY_SUFFIX) + ")$")
