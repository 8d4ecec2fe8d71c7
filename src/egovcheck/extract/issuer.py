"""The plan's issuer and level: the places and committees a text names."""

from __future__ import annotations

import re

from egovcheck.extract.draft import Draft
from egovcheck.extract.text import Text, fold

# Cities directly under the central government: "thành phố X" is a province.
CENTRAL_CITIES = ("ha noi", "ho chi minh", "da nang", "hai phong", "can tho")


def find_issuer(t: Text, draft: Draft) -> tuple[str | None, str | None]:
    """The plan's level and issuer, guessed from the places the text names."""
    words = list(re.finditer(r"[\wÀ-ỹ]+|[^\w\s]", t.clean))
    lowers = [w.group().lower() for w in words]
    tiers = {
        ("tỉnh",): "province",
        ("thành", "phố"): "city",
        ("huyện",): "district",
        ("quận",): "district",
        ("thị", "xã"): "district",
        ("xã",): "commune",
        ("phường",): "commune",
        ("thị", "trấn"): "commune",
    }
    named: dict[tuple[str, str], float] = {}
    unnamed: dict[str, float] = {}
    bare: dict[str, float] = {}
    labels: dict[tuple[str, str], str] = {}
    i = 0
    while i < len(words):
        hit = None
        for tier, level in tiers.items():
            if tuple(lowers[i : i + len(tier)]) == tier:
                hit = (tier, level)
                break
        if not hit:
            i += 1
            continue
        tier, level = hit
        j = i + len(tier)
        prev = lowers[i - 1] if i else ""
        prev2 = " ".join(lowers[max(0, i - 4) : i])
        ubnd = (
            prev in ("ubnd",)
            or prev2.endswith("ủy ban nhân dân")
            or prev2.endswith("uỷ ban nhân dân")
        )
        if prev == "cấp" or (prev == "các"):
            i = j
            continue
        person = bool(re.search(r"chủ tịch (?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)$", prev2))
        name_words: list[str] = []
        k = j
        while k < len(words) and len(name_words) < 4:
            w = words[k].group()
            if w[0].isupper() and w[0].isalpha() and w.lower() not in ("ubnd", "hđnd"):
                name_words.append(w)
                k += 1
            elif (
                w == "-" and name_words and k + 1 < len(words) and words[k + 1].group()[0].isupper()
            ):
                name_words.append("-")
                k += 1
            else:
                break
        if person:
            i = k
            continue
        tier_text = " ".join(tier)
        if tier_text == "thành phố" and not name_words:
            level = "province" if ubnd and words[i].group()[0].isupper() else "district"
        elif level == "city":
            level = "province" if fold(" ".join(name_words)) in CENTRAL_CITIES else "district"
        after = t.lower[words[k - 1].end() if k > j else words[j - 1].end() :][:40]
        adopts = bool(
            re.match(r"\s*(?:đã\s+|vừa\s+)?(?:ban hành|phê duyệt|xây dựng|thông qua)", after)
        )
        if name_words:
            name = " ".join(name_words).replace(" - ", "-").replace(" -", "-")
            key = (level, fold(name))
            labels.setdefault(key, f"UBND {tier_text} {name}")
            named[key] = named.get(key, 0) + 1 + (2 if ubnd else 0) + (3 if adopts else 0)
        elif not ubnd and level in ("province", "district", "commune"):
            bare[level] = bare.get(level, 0) + 1
        elif ubnd:
            following = t.clean[words[j - 1].end() : words[j - 1].end() + 2]
            if not following.startswith(","):
                unnamed[level] = unnamed.get(level, 0) + 1 + (3 if adopts else 0)
        i = k if k > j else j
    if named:
        best = max(named, key=lambda key: named[key])
        draft.notes["issuer"] = "đoán từ văn bản"
        return best[0], labels[best]
    if unnamed:
        level = max(unnamed, key=lambda key: unnamed[key])
        tier_name = {"province": "tỉnh", "district": "huyện", "commune": "xã"}[level]
        draft.notes["issuer"] = "văn bản không nêu tên địa phương: điền tên"
        return level, f"UBND {tier_name} (chưa rõ tên)"
    ministry = re.search(
        r"\b(Bộ(?: trưởng)? )?(Bộ (?:[A-ZĐ][\w&]*)(?:(?: và| ,)? [A-ZĐ][\w&]*)*)"
        r"[^.;\n]{0,60}?(?:ban hành|phê duyệt|ký)",
        t.clean,
    )
    if ministry:
        draft.notes["issuer"] = "đoán từ văn bản"
        return "ministry", ministry.group(2)
    if bare:
        level = max(bare, key=lambda key: bare[key])
        draft.notes["level"] = "đoán từ các lần văn bản nhắc đến cấp chính quyền"
    return (level if bare else None), None
