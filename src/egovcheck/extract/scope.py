"""The scope resolver: which tiers of government a phrase names, expanded on the plan's date.

A phrase may name one tier ("cấp huyện"), several ("sở, ngành tỉnh và UBND cấp huyện"), or a
range ("các cấp", "từ tỉnh đến xã", "ở 3 cấp chính quyền", "từ cấp huyện trở lên"). A range
becomes the tiers that exist within the plan's jurisdiction on its date: before 1 July 2025 a
province has province, district and commune tiers; from then on province and commune
(Resolution 202/2025/QH15 ended the district tier).
"""

from __future__ import annotations

import re
from datetime import date

ORDER = ("ministry", "province", "district", "commune")
TWO_TIERS_FROM = date(2025, 7, 1)

# Markers kept in a key until the plan's level and date are known.
ALL = "*all"
FROM_DISTRICT_UP = "*district_up"

TIER_WORDS: dict[str, re.Pattern[str]] = {
    "province": re.compile(
        r"\bso,?\s+(?:ban,?\s+)?nganh\b|\bcap tinh\b|\bcac so\b|\bso, ban\b|"
        # "cấp sở, cấp huyện" (folded, "cấp sổ đỏ" reads the same: the next tier decides)
        r"\bcap so(?=,? (?:ban|nganh|cap huyen|huyen))|"
        r"\b(?:ban|so), nganh (?:cua )?tinh\b|\bco quan chuyen mon (?:thuoc|cua) ubnd tinh\b"
    ),
    "district": re.compile(
        r"\bcap (?:quan, )?huyen\b|\b(?:ubnd|uy ban nhan dan) (?:cac )?(?:huyen|quan|thi xa)\b|"
        r"\bcap tinh,? (?:va )?huyen\b|"  # "cấp tỉnh, huyện": the second tier's "cấp" left out
        r"\bcac (?:quan, )?huyen\b|\bquan, huyen\b|\bcap quan\b|\bhuyen va (?:cac )?xa\b|"
        r"\bhuyen, thi xa\b"
    ),
    "commune": re.compile(
        r"\bcap xa\b|\b(?:ubnd|uy ban nhan dan) (?:cac )?(?:xa|phuong|thi tran)\b|\bcac xa\b|"
        r"\bxa, phuong\b|\bhuyen,? (?:va )?xa\b|\bxa, thi tran\b|\bphuong, thi tran\b|"
        r"\bphuong, xa\b|\bdac khu\b"
    ),
}
RANGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\btu (?:cap )?huyen tro len\b"), FROM_DISTRICT_UP),
    (
        re.compile(
            # "trao đổi giữa các cấp": an exchange between the tiers, not each tier's share
            r"(?<!\bgiua )\bcac cap\b|\b(?:ca )?(?:3|ba) cap(?: chinh quyen)?\b|"
            r"\btu (?:cap )?tinh (?:den|toi) (?:cap )?(?:xa|co so)\b"
        ),
        ALL,
    ),
)
# "các cơ quan, đơn vị, UBND xã": agencies of every tier listed with one tier named.
GENERIC_LIST = re.compile(r"\bco quan, don vi, |\bdia phuong\b")


def tiers_named(folded: str) -> str | None:
    """The tiers a folded phrase names, joined by '+', a range marker, or None."""
    for pattern, marker in RANGES:
        if pattern.search(folded):
            return marker
    if GENERIC_LIST.search(folded):
        return None
    tiers = [name for name, pattern in TIER_WORDS.items() if pattern.search(folded)]
    return "+".join(tiers) if tiers else None


def tiers_of_level(level: str | None, on: date | None) -> tuple[str, ...]:
    """The tiers within a plan's jurisdiction on its date."""
    two_tier = on is not None and on >= TWO_TIERS_FROM
    if level == "province" or level is None:
        return ("province", "commune") if two_tier else ("province", "district", "commune")
    if level == "district":
        return ("district", "commune")
    if level == "commune":
        return ("commune",)
    return ("ministry",)


def expand(scope: str, level: str | None, on: date | None) -> list[str]:
    """The scopes a resolved phrase stands for in a plan of this level and date ([] = none)."""
    available = tiers_of_level(level, on)
    if scope == ALL:
        tiers = list(available)
    elif scope == FROM_DISTRICT_UP:
        tiers = [t for t in available if t in ("province", "district")]
    else:
        tiers = [t for t in scope.split("+") if t in available]
    if level == "ministry":
        return []
    return [t for t in ORDER if t in tiers]
