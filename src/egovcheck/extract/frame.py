"""Target frames: what a percentage counts and what it measures, mapped to an indicator.

A frame is read from the words around one number, in either word order ("N% X được Y" and
"tỷ lệ X Y đạt N%"), with what a list shares: the head before the first number ("tỷ lệ hồ sơ
công việc xử lý trên môi trường mạng: cấp tỉnh 97%, cấp huyện 95%"), or the predicate after
the last ("100% A, 90% B và 80% C được xử lý trên môi trường mạng"). Its counted unit (hồ sơ,
văn bản, dịch vụ công, cơ quan, cán bộ …) and its measured properties (trực tuyến, trên môi
trường mạng, ký số, số hoá …) are compared with the same reading of every catalogue alias: the
table is derived from ``baselines/indicators.yaml``, not written per phrase. Ties are broken by
the closeness of the frame's words to the alias (difflib).

Patterns run on folded text (no diacritics, lower case).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from egovcheck.extract.text import fold
from egovcheck.extract.vocabulary import ISSUED_MAIL
from egovcheck.models import Catalogue

# Counted units, tried in order at the head of a frame (the first few words).
UNITS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("work_records", re.compile(r"(?:van ban,? )?ho so cong viec\b")),
    ("staff_records", re.compile(r"ho so quan ly can bo\b")),
    ("results", re.compile(r"ket qua (?:giai quyet|xu ly|tthc|thu tuc)")),
    ("payments", re.compile(r"(?:giao dich )?thanh toan\b")),
    ("reports", re.compile(r"(?:che do |chi tieu )?bao cao\b")),
    ("inspections", re.compile(r"(?:hoat dong )?(?:giam sat, )?kiem tra\b")),
    ("tasks", re.compile(r"nhiem vu\b")),
    ("dossiers", re.compile(r"(?:so )?ho so\b")),
    ("docs", re.compile(r"(?:van ban|tai lieu|cong van)\b")),
    ("meetings", re.compile(r"(?:cuoc hop|hoi nghi|phien hop|buoi hop)\b")),
    ("portals", re.compile(r"(?:cong|trang) (?:dich vu cong|dvc\b|thong tin dien tu|ttdt)")),
    ("services", re.compile(r"(?:dich vu cong|dvctt|dvc\b|thu tuc hanh chinh|tthc|thu tuc)")),
    (
        "officials",
        re.compile(r"(?:lanh dao|can bo|cong chuc|vien chuc|cbcc|ccvc|nguoi lao dong)\b"),
    ),
    ("people", re.compile(r"(?:nguoi dan|dan so|doanh nghiep|ca nhan|to chuc)\b")),
    ("data", re.compile(r"(?:thong tin|du lieu|giay to)\b")),
    (
        "agencies",
        re.compile(
            r"(?:co quan|don vi|(?<!doi )(?<!ky )(?<!dan )\bso\b(?! hoa| lieu| luong)|ubnd|uy ban|"
            r"cap (?:tinh|huyen|xa)|phong\b|nganh|dia phuong|trung tam|bo phan)"
        ),
    ),
)
# Units one reading of a plan confuses with another: "hồ sơ" alone often means work records.
NEAR = {
    frozenset(("dossiers", "work_records")),
    frozenset(("docs", "work_records")),
    frozenset(("results", "dossiers")),
    frozenset(("payments", "dossiers")),
}

# A service level's words before its number: "mức độ 4", "mức 4", "cấp độ 4" (not "cấp 4": a
# tier in some texts).
LEVEL = r"(?:muc (?:do )?|cap do )"
# Measured properties; "generic" ones alone do not decide an indicator.
PROPERTIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "level34",
        re.compile(rf"{LEVEL}3\s*(?:,|va|/|-)\s*(?:{LEVEL})?4|{LEVEL}3 tro len"),
    ),
    ("level4", re.compile(rf"{LEVEL}4\b|toan trinh")),
    ("level3", re.compile(rf"{LEVEL}3\b(?! tro len)|mot phan\b")),
    ("level2", re.compile(rf"{LEVEL}2\b")),
    ("national_portal", re.compile(r"cong (?:dich vu cong|dvc) quoc gia")),
    ("portal", re.compile(r"cong (?:dich vu cong|dvc)\b|he thong thong tin giai quyet")),
    ("one_stop", re.compile(r"mot cua")),
    ("online", re.compile(r"truc tuyen|qua mang\b|nop qua mang")),
    ("network_env", re.compile(r"moi truong (?:mang|dien tu)|tren mang\b")),
    ("digital_env", re.compile(r"moi truong so\b")),
    ("electronic", re.compile(r"dien tu\b")),
    (
        "exchange",
        re.compile(
            r"trao doi|gui,? nhan|luan chuyen|"
            r"(?<!ket qua )(?:duoc )?chuyen (?:hoan toan |hoan thoan )?(?:dang |bang )?dien tu"
        ),
    ),
    ("between", re.compile(r"\bgiua (?:cac )?co quan")),
    ("submit", re.compile(r"(?<!toan )\btrinh\b")),
    ("signing", re.compile(r"chu ky so|\bky so\b")),
    ("digitise", re.compile(r"so hoa")),
    ("payment", re.compile(r"thanh toan")),
    ("identify", re.compile(r"dinh danh|xac thuc")),
    ("open_data", re.compile(r"du lieu mo|mo du lieu")),
    ("reuse", re.compile(r"tai su dung|su dung lai|khai thac")),
    ("report_system", re.compile(r"he thong thong tin bao cao")),
    ("mobile", re.compile(r"thiet bi di dong")),
    ("satisfaction", re.compile(r"hai long")),
    ("boundaryless", re.compile(r"phi dia gioi")),
    ("docsw", re.compile(r"quan ly van ban|qlvb|van phong dien tu")),
    ("axis", re.compile(r"truc lien thong")),
    ("email", re.compile(r"thu dien tu|\bemail\b|hop thu")),
    ("data_network", re.compile(r"mang truyen so lieu|mang tslcd")),
    ("monitor", re.compile(r"theo doi|giam sat")),
    ("once", re.compile(r"mot lan\b")),
    ("governance", re.compile(r"quan tri noi bo|chi dao, dieu hanh")),
    ("qa", re.compile(r"giai dap")),
    ("identity", re.compile(r"danh tinh so")),
    ("usage", re.compile(r"(?:ty|ti) le su dung|su dung dich vu cong truc tuyen")),
    ("exam", re.compile(r"thi tuyen|nang ngach")),
    ("tender", re.compile(r"dau thau|mua sam cong")),
    ("tax", re.compile(r"khai thue")),
    ("permit", re.compile(r"giay phep xay dung")),
    ("treasury", re.compile(r"kho bac|tabmis")),
    ("computer", re.compile(r"may tinh")),
    ("full_info", re.compile(r"du thong tin|day du thong tin")),
)
GENERIC = frozenset(("online", "electronic", "network_env", "portal", "between"))

LEAD = re.compile(
    r"^(?:[\s,.:;()\"'“”+-]|tro len\b|cac\b|tat ca\b|toan bo\b|nhung\b|moi\b|tong so\b|"
    r"so luong\b|(?:ty|ti) le\b|nang\b|dat\b)+"
)
# A rate word heading what is counted ("tỷ lệ hồ sơ … đạt 82%"); one right before the number
# ("… đạt tỷ lệ khoảng 87%") is part of the predicate, not a head.
RATE = re.compile(
    r"\b(?:ty|ti) le\b(?!\s*(?:la|khoang|tren|hon|gan|xap xi|toi thieu|it nhat|tu)?\s*:?\s*$)"
)
# A share given after the count it is the share of: "số hoá 57.877 hồ sơ (đạt 99,1%)",
# "tiếp nhận 7.660 hồ sơ trực tuyến, chiếm 90%": what the count counts, the share counts.
COUNT_THEN_SHARE = re.compile(
    r"\b\d[\d.,]*\s+((?:[^\W\d]+\s+){0,7}?[^\W\d]+)\s*[(,]?\s*"
    r"(?:dat|chiem|bang|tuong ung|dat (?:ty|ti) le|(?:ty|ti) le)\s*(?:khoang|tren|hon|gan)?\s*$"
)
NOT_OFFERED = re.compile(r"phat sinh ho so|co ho so|co phat sinh")
ISSUED = re.compile(ISSUED_MAIL)  # mailboxes issued are not their use


def unit_of(head: str, words: int = 4) -> str | None:
    """The counted unit a folded phrase starts with (within its first few words)."""
    m = LEAD.match(head)
    rest = head[m.end() if m else 0 :]
    window = " ".join(rest.split()[: words + 6])
    best: tuple[int, int, str] | None = None
    for name, pattern in UNITS:
        u = pattern.search(window)
        if u is None or len(window[: u.start()].split()) > words:
            continue
        cand = (u.start(), -len(u.group()), name)
        if best is None or cand[:2] < best[:2]:
            best = cand
    return best[2] if best else None


def properties_of(text: str) -> set[str]:
    """The measured properties a folded phrase names."""
    found: set[str] = set()
    for name, pattern in PROPERTIES:
        if pattern.search(text):
            found.add(name)
    if found & {"level34", "level4", "level3"}:
        found.discard("level2")
    if "level34" in found:
        found -= {"level3", "level4"}
    return found


@dataclass(frozen=True)
class Alias:
    """One catalogue alias as a frame: the indicator, its unit and properties, its words."""

    indicator: str
    unit: str | None
    properties: frozenset[str]
    words: str


@dataclass
class Frame:
    """What one number counts and measures, and the words it was read from."""

    unit: str | None
    properties: set[str]
    words: str
    candidates: list[tuple[float, str]] = field(default_factory=list)

    @property
    def best(self) -> str | None:
        """The indicator placed with confidence, or None."""
        if not self.candidates:
            return None
        score, key = self.candidates[0]
        runner = next((s for s, k in self.candidates[1:] if k != key), None)
        if score < SURE or (runner is not None and score - runner < MARGIN):
            return None
        return key

    @property
    def guess(self) -> str | None:
        """The most likely indicator, sure or not."""
        return self.candidates[0][1] if self.candidates else None


# A frame places a number when its best alias scores SURE or more and leads by MARGIN; a lower
# best is only proposed ("cần xác nhận").
SURE = 3.5
MARGIN = 1.0


class FrameTable:
    """The (unit, properties) reading of every catalogue alias, and the match of a frame."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.aliases: list[Alias] = []
        self.units: dict[str, set[str]] = {}
        for key, indicator in catalogue.indicators.items():
            for alias in indicator.aliases:
                words = fold(alias)
                unit = unit_of(words, words=1)
                props = frozenset(properties_of(words))
                if not props:
                    continue
                self.aliases.append(Alias(key, unit, props, words))
                if unit:
                    self.units.setdefault(key, set()).add(unit)

    def match(self, frame: Frame) -> Frame:
        """Score every indicator for a frame; the candidates, best first."""
        best: dict[str, float] = {}
        for alias in self.aliases:
            if not alias.properties <= frame.properties:
                continue
            specific = alias.properties - GENERIC
            if not specific and alias.unit != frame.unit:
                continue
            units = {alias.unit} if alias.unit else self.units.get(alias.indicator, set())
            if frame.unit is None:
                bonus = -1.5  # nothing counted is named: a property alone proposes
            elif frame.unit in units:
                bonus = 2.0
            elif any(frozenset((frame.unit, u)) in NEAR for u in units):
                bonus = 1.0
            elif units:
                bonus = -2.0
            else:
                bonus = 0.0
            score = 3.0 * len(specific) + 1.5 * len(alias.properties & GENERIC) + bonus
            score += SequenceMatcher(None, alias.words, frame.words[:200]).ratio() * 0.5
            if score > best.get(alias.indicator, -99.0):
                best[alias.indicator] = score
        frame.candidates = sorted(((s, k) for k, s in best.items()), reverse=True)
        return frame


def read_frame(
    table: FrameTable,
    own_left: str,
    own_right: str,
    list_head: str,
    list_tail: str,
) -> Frame:
    """The frame of one number from its own words and those its list shares.

    ``own_left`` is the text between the previous number (or the clause start) and this one,
    ``own_right`` that up to the next number; ``list_head`` the text before the list's first
    number (and any heading line it stands under), ``list_tail`` that after its last.
    """
    if re.match(r"\s*[),;:]", own_right):
        own_right = ""  # the words after belong to the next item of a list
    rates = list(RATE.finditer(own_left))
    unit = unit_of(own_left[rates[-1].end() :]) if rates else None
    if unit is None:
        unit = unit_of(own_right)
    if unit is None and re.search(r"\btrong do\b", own_left):
        unit = unit_of(own_left)  # "N hồ sơ …, trong đó M% …": a part of the same unit
    count = COUNT_THEN_SHARE.search(own_left)
    if unit is None and count:
        unit = unit_of(count.group(1), words=1)
    shared = unit is None
    if unit is None:
        heads = list(RATE.finditer(list_head))
        unit = unit_of(list_head[heads[-1].end() :]) if heads else None
    if unit is None:
        unit = unit_of(list_head[-80:]) if list_head.rstrip().endswith(":") else None
    own = f"{own_left[-120:]} {own_right[:120]}"
    props = properties_of(own)
    if count and properties_of(count.group(1)) - GENERIC:
        # "92 thủ tục toàn trình và 146 thủ tục một phần (chiếm 61%)": the share is of the
        # count right before it, and measures what that count's words name
        props = properties_of(f"{count.group(1)} {own_right[:120]}")
    if NOT_OFFERED.search(own):
        props -= {"level2", "level3", "level4", "level34"}  # services with dossiers, not offered
    if ISSUED.search(own):
        props.discard("email")
    if not props - GENERIC and len(own_right.split()) < 4:
        props |= properties_of(list_tail)  # a predicate every item of the list shares
    if not props - GENERIC and shared:
        props |= properties_of(list_head[-200:])
    words = f"{own_left[-80:]} {own_right[:120]}"
    return table.match(Frame(unit, props, words))
