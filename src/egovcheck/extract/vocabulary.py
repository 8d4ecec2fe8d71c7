"""The extractor's vocabularies: numbers, years, subjects, tiers and indicator rules.

Patterns run on folded text (no diacritics, lower case) unless said otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER = re.compile(r"(?<![\w.,/])(\d{1,3}(?:[.,]\d+)?|\d{4,})\s?%")
COUNT = re.compile(
    r"(?<![\w.,/%])(\d{1,4})\s+(?:(?:cac|loai)\s+)?"
    r"(dich vu cong|dvctt|dvc |thu tuc hanh chinh|tthc|co so du lieu|csdl|phan mem|"
    r"he thong thong tin|ung dung)"
)
COUNT_UNITS = {
    "dich vu cong": "services",
    "dvctt": "services",
    "dvc ": "services",
    "thu tuc hanh chinh": "procedures",
    "tthc": "procedures",
    "co so du lieu": "databases",
    "csdl": "databases",
    "phan mem": "software",
    "he thong thong tin": "systems",
    "ung dung": "applications",
}
# Mailboxes issued, not used: "được cấp thư điện tử công vụ" (docs/annotation.md).
ISSUED_MAIL = r"^(?!.*\bsu dung\b).*\bcap (?:tai khoan )?(?:hop )?(?:thu|email)\b"
YEAR = re.compile(
    r"\b(?:nam|den|tu|truoc|toi|vao)\s+(?:(?:dau|cuoi|het)\s+)?(?:nam\s+|thang\s+\d{1,2}\s*[/.-]\s*)?"
    r"((?:199\d|20\d\d))\b"
    r"(?!\s*[-–]\s*\d)"
)
RANGE = re.compile(
    r"\b(?:giai doan|thoi ky|tu nam|tu|nam)\s+((?:199\d|20\d\d))\s*[-–]\s*((?:199\d|20\d\d))\b"
)
ISO_DATE = re.compile(r"\b((?:199\d|20\d\d))-(?:0[1-9]|1[0-2])(?:-\d\d)?\b")
FULL_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:199\d|20\d\d))\b")
DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]((?:199\d|20\d\d))\b")
# A cut-off date of values reached ("tính đến ngày 30/6/2025"): its year is theirs (and only
# theirs: a deadline "gửi báo cáo đến ngày 15/01/2024" is no cut-off).
CUTOFF = re.compile(
    r"\btinh\s+(?:den|toi)\s+(?:(?:het\s+)?ngay\s+\d{1,2}[/.-]\d{1,2}[/.-]|"
    # "tính đến cuối năm 2023", "tính đến hết tháng 11/2019", "tính đến tháng 6-2024"
    r"(?:(?:het|cuoi)\s+)?(?:nam\s+|thang\s+\d{1,2}\s*[/.-]\s*))((?:199\d|20\d\d))\b"
)

# "kinh tế số" in the triad "chính quyền số, kinh tế số, xã hội số" is a purpose, not a measure.
NON_IT = re.compile(
    r"ty dong|trieu dong|grdp|\bgdp\b|ho ngheo|tang truong|doanh thu|von dau tu|giai ngan|"
    r"(?<!chinh quyen so, )kinh te so|ngan sach nha nuoc|lam phat|thu nhap|bao hiem"
)

SUBJECTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("dossiers", re.compile(r"(?:ho so|so ho so)\b")),
    ("docs", re.compile(r"(?:van ban|tai lieu|cong van)\b")),
    (
        "officials",
        re.compile(r"(?:lanh dao|can bo|cong chuc|vien chuc|cbcc|ccvc|nguoi lao dong)\b"),
    ),
    ("meetings", re.compile(r"(?:cuoc hop|hoi nghi|phien hop|buoi hop)\b")),
    ("services", re.compile(r"(?:dich vu|dvctt|dvc|tthc|thu tuc hanh chinh|thu tuc)\b")),
    ("devices", re.compile(r"(?:may tinh|thiet bi|may chu)\b")),
    (
        "agencies",
        re.compile(
            r"(?:co quan|don vi|so\b|ubnd|uy ban|cap (?:tinh|huyen|xa)|huyen|xa\b|quan\b|"
            r"phuong|thi tran|thi xa|phong|ban\b|nganh|dia phuong|trung tam|bo phan|truong\b|"
            r"bo\b|tinh\b|thanh pho)"
        ),
    ),
)
LEADING = re.compile(
    r"^(?:[\s,.:;()\"'“”]|tro len\b|tro xuong\b|cac\b|tat ca\b|toan bo\b|nhung\b|moi\b|"
    r"tong so\b|so luong\b|so\s+(?=ho so|van ban|cuoc hop|dich vu|tthc|thu tuc|can bo)|"
    # the action a rate counts, before what it counts: "tỷ lệ nộp hồ sơ trực tuyến"
    r"(?:nop|tiep nhan|giai quyet|xu ly)\s+(?=ho so\b))+"
)

PROVINCE = re.compile(r"\bso,?\s+(?:ban,?\s+)?nganh\b|\bcap tinh\b|\bcac so\b")
DISTRICT = re.compile(
    r"\bcap (?:quan, )?huyen\b|\b(?:ubnd|uy ban nhan dan) (?:cac )?(?:huyen|quan)\b|"
    r"\bcac (?:quan, )?huyen\b|\bquan, huyen\b|\bcap quan\b"
)
COMMUNE = re.compile(
    r"\bcap xa\b|\b(?:ubnd|uy ban nhan dan) (?:cac )?(?:xa|phuong)\b|\bcac xa\b|"
    r"\bxa, phuong\b|\bhuyen, xa\b"
)

AG = ("agencies", "officials")


@dataclass(frozen=True)
class Rule:
    """A hand rule: the indicator, the subjects it counts and its pattern."""

    indicator: str
    subjects: tuple[str, ...] | None
    pattern: re.Pattern[str]
    group: str
    unless: re.Pattern[str] | None = None


def rule(
    indicator: str,
    subjects: tuple[str, ...] | None,
    pattern: str,
    group: str = "",
    unless: str | None = None,
) -> Rule:
    """Build a hand rule."""
    return Rule(
        indicator,
        subjects,
        re.compile(pattern),
        group or indicator,
        re.compile(unless) if unless else None,
    )


# A share of services that received dossiers is not a share of services offered at a level.
NOT_OFFERED = r"phat sinh ho so|co ho so|co phat sinh"


# A phrase (the words after a number, or after "tỷ lệ") that counts services.
COUNTS_SERVICES = r"^[\s,.:;]*(?:cac |tat ca |toan bo )?(?:dich vu|dvc|thu tuc|tthc)"


# Hand-written patterns; tried before the catalogue aliases. Order matters within a group.
RULES: tuple[Rule, ...] = (
    # "Cổng dịch vụ công quốc gia", also written "Cổng dịch vụ quốc gia"
    rule("services_national_portal", ("services",), r"cong dich vu (?:cong )?quoc gia", "services"),
    rule(
        "services_level34",
        ("services",),
        r"muc (?:do )?3\s*(?:,|va|/|-)\s*(?:muc (?:do )?)?4",
        "services",
    ),
    rule("services_level4", ("services",), r"muc (?:do )?4\b|toan trinh", "services", NOT_OFFERED),
    rule("services_level3", ("services",), r"muc (?:do )?3\b|mot phan\b", "services", NOT_OFFERED),
    rule("services_level2", ("services",), r"muc (?:do )?2\b", "services", NOT_OFFERED),
    rule("services_qa_support", ("services",), r"giai dap thac mac", "services"),
    # portals_mobile counts portals: services offered on many devices are not portals
    rule("portals_mobile", None, r"thiet bi di dong", unless=COUNTS_SERVICES),
    rule("docs_submitted_electronic", ("docs",), r"\btrinh\b", "docs"),
    rule("doc_axis_connected", None, r"truc lien thong", "docsw"),
    rule(
        "doc_management_software",
        ("agencies",),  # officials using the software are a local target (docs/annotation.md)
        r"quan ly van ban(?: va|,)?(?: dieu hanh| dh)|qlvb|van phong dien tu|"
        r"(?:phan mem|he thong) quan ly van ban",
        "docsw",
    ),
    rule("digital_signature", AG, r"chu ky so|\bky so\b"),
    # Mailboxes issued ("được cấp thư điện tử công vụ") are not their use (docs/annotation.md).
    rule(
        "officials_email",
        ("officials",),
        r"thu dien tu|\bemail\b|hop thu cong vu",
        unless=ISSUED_MAIL,
    ),
    rule("officials_computer", ("officials",), r"may tinh"),
    rule("officials_digital_identity", ("officials",), r"danh tinh so"),
    rule("data_network_connected", AG, r"mang truyen so lieu|mang tslcd|mang chuyen dung"),
    rule("meetings_online", ("meetings",), r"truc tuyen|truyen hinh|moi truong mang"),
    rule("civil_servant_records_online", None, r"ho so quan ly can bo", "dossiers"),
    # "phần mềm quản lý văn bản (và) hồ sơ công việc" names software, not records processed
    rule(
        "work_records_online",
        None,
        r"ho so cong viec",
        "dossiers",
        unless=r"quan ly van ban,? (?:va )?ho so cong viec",
    ),
    rule("dossiers_one_stop_system", ("dossiers",), r"mot cua", "dossiers"),
    rule("tax_filings_online", None, r"khai thue", "dossiers"),
    rule("construction_permits_online", None, r"giay phep xay dung", "dossiers"),
    rule(
        "dossiers_online",
        ("dossiers",),
        # an abbreviation in brackets may stand among the words ("hồ sơ TTHC (DVC) ... trực tuyến")
        r"ho so(?:[\s()]+(?!dich vu|dvc|thanh toan)\w+){0,10}[\s()]+truc tuyen",
        "dossiers",
    ),
    rule("procurement_online", None, r"dau thau|mua sam cong"),
    rule("budget_treasury_system", None, r"ngan sach va kho bac|tabmis"),
    rule(
        "portal_compliant",
        ("agencies",),
        r"(?:cong|trang) (?:thong tin dien tu|ttdt)[^;]*(?:du thong tin|dieu 28)",
    ),
    rule("one_stop_electronic", ("agencies",), r"mot cua"),
    rule("e_identification", None, r"dinh danh dien tu"),
    rule("reports_online", None, r"bao cao dinh ky|he thong thong tin bao cao|che do bao cao"),
    rule("inspections_digital", None, r"kiem tra[^;]{0,40}moi truong so"),
    rule("satisfaction", None, r"hai long"),
    rule("training_online", None, r"thi tuyen|nang ngach"),
)

# The subject each indicator counts, for matching catalogue aliases.
ALIAS_SUBJECTS: dict[str, tuple[str, ...]] = {r.indicator: r.subjects for r in RULES if r.subjects}
ALIAS_SUBJECTS["docs_interagency_electronic"] = ("docs",)

# "các cơ quan, đơn vị, UBND xã": agencies of every tier listed with one tier named.
GENERIC_LIST = re.compile(r"\bco quan, don vi, |\bdia phuong\b")
