"""The plan's issuer and level: the places and committees a text names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from egovcheck.extract.draft import Draft
from egovcheck.extract.places import (
    FREE_LONGEST,
    FREE_NAMES,
    MINISTRY_NAMES,
    central_city,
    in_address,
    leading_province,
    ministries,
    province,
)
from egovcheck.extract.text import Text, fold

# The tier words of running text, and the level each gives ("thành phố"/"TP": a province for a
# city under the central government, else a district).
TIERS = {
    ("tỉnh",): "province",
    ("thành", "phố"): "city",
    ("tp",): "city",
    ("huyện",): "district",
    ("quận",): "district",
    ("thị", "xã"): "district",
    ("xã",): "commune",
    ("phường",): "commune",
    ("thị", "trấn"): "commune",
}
_TIER_NAMES = {"province": "tỉnh", "district": "huyện", "commune": "xã"}
# Weights of the evidence for a place: a mention, after "UBND", with an adopting verb, in the
# source address.
UBND_WEIGHT, ADOPTS_WEIGHT, ADDRESS_WEIGHT = 2, 3, 2


@dataclass
class _Evidence:
    """The places and ministries a text names, each with its weight."""

    named: dict[tuple[str, str], float]
    labels: dict[tuple[str, str], str]
    unnamed: dict[str, float]
    bare: dict[str, float]

    def add(self, level: str, name: str, label: str, weight: float) -> None:
        key = (level, fold(name))
        self.labels.setdefault(key, label)
        self.named[key] = self.named.get(key, 0) + weight


def _listed(lowers: list[str], i: int, j: int) -> bool:
    """Whether the tier word at ``i:j`` is one of a list or of a count.

    Such mentions ("12 huyện, thị xã, thành phố") say which tiers the text speaks of, not
    which one issued it.
    """
    prev = lowers[i - 1] if i else ""
    if prev == "," or prev[:1].isdigit():
        return True
    return lowers[j : j + 1] == [","] and any(
        tuple(lowers[j + 1 : j + 1 + len(tier)]) == tier for tier in TIERS
    )


def _adopts(after: str) -> bool:
    return bool(re.match(r"\s*(?:đã\s+|vừa\s+)?(?:ban hành|phê duyệt|xây dựng|thông qua)", after))


def find_issuer(t: Text, draft: Draft, on: date | None = None) -> tuple[str | None, str | None]:
    """The plan's level and issuer, guessed from the places and ministries the text names.

    A place after a tier word ("UBND tỉnh Kiên Giang", "huyện Mỹ Đức", "TP. Hà Nội"), a province
    named alone ("ở Phú Thọ", "Sở TT&TT Bình Phước") and the source address all count; the
    most weighty place is the issuer. A ministry ("Bộ GD&ĐT") is the issuer when the text names
    it more than any place; a text naming no place or ministry gets the level it speaks of most.
    """
    words = list(re.finditer(r"[\wÀ-ỹ]+|[^\w\s]", t.clean))
    lowers = [w.group().lower() for w in words]
    found = _Evidence({}, {}, {}, {})
    used: set[int] = set()  # the words of the places counted after a tier word
    i = 0
    while i < len(words):
        hit = next(
            (
                (tier, level)
                for tier, level in TIERS.items()
                if tuple(lowers[i : i + len(tier)]) == tier
            ),
            None,
        )
        if not hit or (hit[0] == ("xã",) and lowers[i + 1 : i + 2] == ["hội"]):
            i += 1  # "xã hội": society, not a commune (and the national motto)
            continue
        tier, level = hit
        j = i + len(tier)
        if tier == ("tp",):
            if not words[i].group().isupper():
                i += 1
                continue
            if lowers[j : j + 1] == ["."]:
                j += 1  # "TP. Hà Nội"; but "… TP. Trên toàn …" ends a sentence
                if not any(province(" ".join(lowers[j : j + n]), on) for n in range(1, 5)):
                    i = j
                    continue
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
        while k < len(words) and len([w for w in name_words if w != "-"]) < 4:
            if "\n" in t.clean[words[k - 1].end() : words[k].start()]:
                break  # a place name ends with its line: the next line is a title or the body
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
        tier_text = "thành phố" if tier == ("tp",) else " ".join(tier)
        name = " ".join(name_words).replace(" - ", "-").replace(" -", "-")
        if name.isupper() and not (tier == ("tp",) and fold(name) in ("hcm",)):
            name = title_case(name)
        known = leading_province(name_words, on) if level in ("province", "city") else None
        if known is not None and known[0] < len(name_words):
            # "tỉnh Bạc Liêu Phạm Văn Thiều", "TỈNH TRÀ VINH NĂM 2025": a known name ends there
            name = title_case(" ".join(name_words[: known[0]]).replace(" - ", "-"))
            k = j + known[0]
        if level == "city" and name:
            central = central_city(name, on)
            level, name = ("province", central) if central else ("district", name)
        elif level == "city":
            level = "province" if ubnd and words[i].group()[0].isupper() else "district"
        after = t.lower[words[k - 1].end() if k > j else words[j - 1].end() :][:40]
        adopts = _adopts(after)
        if name:
            weight = 1 + (UBND_WEIGHT if ubnd else 0) + (ADOPTS_WEIGHT if adopts else 0)
            found.add(level, name, f"UBND {tier_text} {name}", weight)
            used.update(range(j, k))
        elif not ubnd and tier != ("tp",) and level in ("province", "district", "commune"):
            if not _listed(lowers, i, j):
                found.bare[level] = found.bare.get(level, 0) + 1
        elif ubnd:
            following = t.clean[words[j - 1].end() : words[j - 1].end() + 2]
            if not following.startswith(","):
                found.unnamed[level] = found.unnamed.get(level, 0) + 1 + (3 if adopts else 0)
        i = k if k > j else j
    _free_provinces(words, lowers, used, found, on)
    from_address = in_address(draft.source)
    if from_address:
        place = province(from_address, on)
        if place:
            found.add("province", place[1], f"UBND {place[0]} {place[1]}", ADDRESS_WEIGHT)
    named_ministries = ministries(t.clean, t.folded)
    best_ministry = max(named_ministries, key=lambda m: named_ministries[m], default=None)
    adopting = re.search(
        r"\b(Bộ(?: trưởng)? )?(Bộ (?:[A-ZĐ][\w&]*)(?:(?: và| ,)? [A-ZĐ][\w&]*)*)"
        r"[^.;\n]{0,60}?(?:ban hành|phê duyệt|ký)",
        t.clean,
    )
    ministry_weight = named_ministries.get(best_ministry, 0) if best_ministry else 0
    if adopting and not found.named and not found.unnamed:
        draft.notes["issuer"] = "đoán từ văn bản"
        return "ministry", best_ministry or adopting.group(2)
    # a place is weighed with the bare mentions of its tier ("của huyện", "toàn tỉnh")
    best = max(
        found.named, key=lambda key: found.named[key] + found.bare.get(key[0], 0), default=None
    )
    best_unnamed = max(found.unnamed, key=lambda key: found.unnamed[key], default=None)
    local = max(
        found.named[best] + found.bare.get(best[0], 0) if best else 0,
        found.unnamed[best_unnamed] if best_unnamed else 0,
    )
    if best_ministry is not None and ministry_weight > local:
        draft.notes["issuer"] = "đoán từ văn bản"
        return "ministry", best_ministry
    if best is not None:
        draft.notes["issuer"] = "đoán từ văn bản"
        return best[0], found.labels[best]
    if best_unnamed is not None:
        draft.notes["issuer"] = "văn bản không nêu tên địa phương: điền tên"
        return best_unnamed, f"UBND {_TIER_NAMES[best_unnamed]} (chưa rõ tên)"
    if found.bare:
        level = max(found.bare, key=lambda key: found.bare[key])
        draft.notes["level"] = "đoán từ các lần văn bản nhắc đến cấp chính quyền"
        return level, None
    return None, None


def _free_provinces(
    words: list[re.Match[str]],
    lowers: list[str],
    used: set[int],
    found: _Evidence,
    on: date | None,
) -> None:
    """Count the provinces named with no tier word before them ("ở Phú Thọ", "TP.HCM")."""
    folded = [fold(w) for w in lowers]
    i = 0
    while i < len(words):
        if i in used or not words[i].group()[0].isupper():
            i += 1
            continue
        for n in range(FREE_LONGEST, 0, -1):
            name = FREE_NAMES.get(" ".join(folded[i : i + n]))
            if name is None or i + n > len(words):
                continue
            if not all(words[k].group()[0].isupper() or lowers[k] == "-" for k in range(i, i + n)):
                continue
            after = words[i + n].group() if i + n < len(words) else ""
            if after[:1].isupper() and after[:1].isalpha():
                continue  # part of a longer name: not this one
            place = province(name, on)
            if place:
                found.add("province", place[1], f"UBND {place[0]} {place[1]}", 1)
            i += n
            break
        else:
            i += 1


# --- the document header ---------------------------------------------------------------------

# The tier word of a header's issuer line, and the level it gives ("thành phố": see _city_level).
HEADER_TIERS = (
    ("thành phố", "city"),
    ("thị xã", "district"),
    ("thị trấn", "commune"),
    ("đặc khu", "commune"),
    ("tỉnh", "province"),
    ("huyện", "district"),
    ("quận", "district"),
    ("xã", "commune"),
    ("phường", "commune"),
)
# Agencies at the level of a ministry whose name does not start with "Bộ".
MINISTERIAL = {
    "ngan hang nha nuoc viet nam": "Ngân hàng Nhà nước Việt Nam",
    "thanh tra chinh phu": "Thanh tra Chính phủ",
    "van phong chinh phu": "Văn phòng Chính phủ",
    "uy ban dan toc": "Ủy ban Dân tộc",
}
# The kinds of document whose title a header gives; "KH" and "CTr" numbers are plans themselves.
TITLE_WORDS = ("kế hoạch", "chương trình", "quyết định", "đề án")
PLAN_SYMBOLS = ("KH", "CTR")
HEADER_LINES = 60  # the header is within the first lines of a document
MAX_LINE = 400  # and its lines are short: the rest of a longer line is not read
_MOTTO = re.compile(r"cộng hòa xã hội|cộng hoà xã hội|độc lập\s*-\s*tự do", re.IGNORECASE)
_COMMITTEE = re.compile(r"^(?:ủy|uỷ) ban nhân dân\b|^ubnd\b", re.IGNORECASE)
_NUMBER = re.compile(r"^số\s*[:.]?\s*(\d[\w.]*/[\wĐđ./-]+)", re.IGNORECASE)
_WORDS_DATE = re.compile(
    r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:199|20)\d\d)\b", re.IGNORECASE
)
_NUMERIC_DATE = re.compile(
    r",\s*(?:ngày\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:199|20)\d\d)\b", re.IGNORECASE
)
_BODY = re.compile(r"^(?:căn cứ|thực hiện|theo|trên cơ sở)\b")  # a body line in running text
_SECTION = re.compile(  # a numbered section or list item, in capitals or not
    r"^(?:phần\s+[ivx\d]|chương\s+[ivx\d]|điều\s+\d|mục\s+[ivx\d]|"
    r"[ivx]+\s*[.)]|\d+\s*[.)]|[a-zđ]\)|[-+•*])",
    re.IGNORECASE,
)
# Words of a title kept as written, or given their usual capital, in sentence case.
_TITLE_CAPS = {
    "việt nam": "Việt Nam",
    "chính phủ": "Chính phủ",
    "thủ tướng": "Thủ tướng",
    "trung ương": "Trung ương",
    "nhà nước": "Nhà nước",
    "đảng": "Đảng",
    "tỉnh ủy": "Tỉnh ủy",
    "tỉnh uỷ": "Tỉnh ủy",
    "huyện ủy": "Huyện ủy",
    "thành ủy": "Thành ủy",
    "quốc hội": "Quốc hội",
    "bộ chính trị": "Bộ Chính trị",
    "ban chấp hành": "Ban Chấp hành",
    "ban thường vụ": "Ban Thường vụ",
}
_PLACE_STOP = {
    "năm", "giai", "đến", "định", "trong", "về", "và", "của", "theo", "trên", "tại", "thực",
    "với", "nhằm", "phục", "từ", "khóa", "khoá", "lần", "nhiệm", "ủy", "uỷ", "cấp",
}  # fmt: skip


@dataclass(frozen=True)
class Header:
    """What the header of an administrative document says: who issued what, when."""

    issuer: str | None = None
    level: str | None = None
    number: str | None = None  # "1914/KH-UBND"
    date: date | None = None
    title: str | None = None  # in sentence case
    kind: str | None = None  # the title's first words: "kế hoạch", "quyết định", …
    period: tuple[int, int] | None = None  # the title's year or years

    @property
    def is_plan(self) -> bool:
        """Whether the document is the plan itself: a plan's number ("…/KH-…") and a date."""
        if not self.number or self.date is None:
            return False
        symbol = self.number.split("/", 1)[1].upper()
        return symbol.startswith(PLAN_SYMBOLS)


def _pieces(text: str) -> list[str]:
    """The first lines of a text cut into cells: at "|", tabs, runs of spaces and the motto."""
    out: list[str] = []
    for line in text.splitlines()[: HEADER_LINES * 2]:
        for cell in re.split(r"\||\t|\s{3,}", line[:MAX_LINE]):
            cell = " ".join(cell.split())
            if not cell or not re.search(r"\w", cell):
                continue  # "-------", "|", blank
            m = _MOTTO.search(cell)
            parts = [cell[: m.start()].strip(), cell[m.start() :]] if m else [cell]
            out.extend(part for part in parts if part)
        if len(out) >= HEADER_LINES:
            break
    # "ỦY" / "BAN NHÂN DÂN", "CỘNG" / "HÒA XÃ HỘI …": a converter broke the line in a word pair
    joined: list[str] = []
    for piece in out:
        if joined and len(joined[-1].split()) <= 2 and _upper(joined[-1]) and _upper(piece):
            both = f"{joined[-1]} {piece}"
            alone = _COMMITTEE.match(joined[-1]) or _MOTTO.search(joined[-1])
            if not alone and (_COMMITTEE.match(both) or _MOTTO.match(both)):
                joined[-1] = both
                continue
        joined.append(piece)
    return joined


def _upper(piece: str) -> bool:
    """Whether a piece is written in capitals (numbers and symbols aside)."""
    letters = [c for c in piece if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def title_case(name: str) -> str:
    """A place name in capitals as running text writes it: "ĐẮK LẮK" is "Đắk Lắk"."""
    words = name.split()
    return " ".join(
        w if re.fullmatch(r"[IVX]+|\d+\w*", w) else "-".join(p.capitalize() for p in w.split("-"))
        for w in words
    )


def _place(rest: str) -> tuple[str, str] | None:
    """The tier word and place name of an issuer line's rest ("TỈNH HẢI DƯƠNG")."""
    low = rest.lower()
    for tier, _level in HEADER_TIERS:
        if low == tier or not low.startswith(tier + " "):
            continue
        words: list[str] = []
        for w in rest[len(tier) :].split():
            w = w.strip(",.;:")
            if not w or not (w[0].isupper() or w[0].isdigit() or w == "-") or w.lower() == "ubnd":
                break
            words.append(w)
            if len(words) == 6:
                break
        while words and words[-1] == "-":
            words.pop()
        if words:
            return tier, title_case(" ".join(words)).replace(" - ", "-").replace("-", " - ")
    return None


def _city_level(name: str, on: date | None) -> str:
    return "province" if central_city(name, on) else "district"


def _ministry_name(text: str) -> str | None:
    """A ministry's name in capitals as written in running text ("BỘ NỘI VỤ" → "Bộ Nội vụ")."""
    folded = fold(" ".join(text.split()))
    if folded in MINISTERIAL:
        return MINISTERIAL[folded]
    if not folded.startswith("bo ") or len(folded.split()) < 2:
        return None
    if folded in MINISTRY_NAMES:
        return MINISTRY_NAMES[folded]
    out: list[str] = []
    capital = True
    for w in text.split():
        low = w.lower()
        out.append(low.capitalize() if capital else low)
        capital = low in ("và", "-") or low.endswith(",") or not out[1:]
    return " ".join(out)


def _issuer(pieces: list[str], i: int) -> tuple[str | None, str | None, str | None, int]:
    """Issuer, tier and place of the header's first piece at ``i``; the index after it."""
    piece = pieces[i]
    m = _COMMITTEE.match(piece)
    if m:
        rest = piece[m.end() :].strip(" :,")
        place = _place(rest) if rest else None
        used = i + 1
        # the place is a line of its own, maybe after the motto of the right-hand column
        for k in range(i + 1, min(len(pieces), i + 4)) if place is None and not rest else ():
            if _NUMBER.match(pieces[k]) or not _upper(pieces[k]):
                break
            place = _place(pieces[k])
            if place:
                used = k + 1
                break
        if place is None:
            return None, None, None, used
        tier, name = place
        return f"UBND {tier} {name}", tier, name, used
    if not _upper(piece):
        return None, None, None, i + 1
    text, used = piece, i + 1
    while re.search(r"(?:\bVÀ|,|-)$", text) and used < len(pieces) and _upper(pieces[used]):
        text, used = f"{text} {pieces[used]}", used + 1
    ministry = _ministry_name(text)
    return ministry, ("bộ" if ministry else None), None, used


def sentence_case(title: str, places: list[str]) -> str:
    """A title in capitals as a sentence: first letter, places, symbols and usual capitals kept."""
    words = title.split()
    out: list[str] = []
    for w in words:
        keep = re.search(r"\d|/", w) or re.fullmatch(r"[IVX]+|CNTT|UBND|HĐND|TW|AI|IOC|ICT", w)
        out.append(w if keep else w.lower())
    text = " ".join(out)
    for name in sorted({*places}, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name.lower())}(?!\w)", name, text)
    for low, cap in _TITLE_CAPS.items():
        text = re.sub(rf"(?<!\w){low}(?!\w)", cap, text)
    # places named after a tier word ("tỉnh quảng ngãi") get their capitals
    tiers = "|".join(t for t, _ in HEADER_TIERS)

    def capitalise(m: re.Match[str]) -> str:
        kept: list[str] = []
        for w in m.group(2).split(" "):
            if w in _PLACE_STOP or not w[:1].isalpha() or len(kept) == 3:
                break
            kept.append(w)
        if not kept:
            return m.group(0)
        rest = m.group(2)[len(" ".join(kept)) :]
        return f"{m.group(1)} {title_case(' '.join(kept))}{rest}"

    text = re.sub(rf"(?<![\w])({tiers}) ((?:[^\W\d_]+ ?){{1,3}})", capitalise, text)
    return text[:1].upper() + text[1:]


def _title_period(title: str, on: date | None) -> tuple[int, int] | None:
    """The years a title names: "giai đoạn 2026 - 2030", "năm 2023", "đến năm 2025"."""
    low = title.lower()
    r = re.search(r"\b((?:199|20)\d\d)\s*[-–]\s*((?:199|20)\d\d)\b", low)
    if r and int(r.group(1)) <= int(r.group(2)):
        return int(r.group(1)), int(r.group(2))
    low = re.sub(r"(?:,\s*)?(?:tầm nhìn|định hướng)\b.*$", "", low)
    until = re.search(r"\bđến năm ((?:199|20)\d\d)\b", low)
    if until:
        last = int(until.group(1))
        first = on.year if on is not None and on.year <= last else last
        return first, last
    year = re.search(r"\bnăm ((?:199|20)\d\d)\b", low)
    if year:
        return int(year.group(1)), int(year.group(1))
    return None


def _date(zone: str) -> date | None:
    for pattern in (_WORDS_DATE, _NUMERIC_DATE):
        m = pattern.search(zone)
        if m:
            try:
                return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                continue
    return None


def _header_place(
    date_places: list[str], title: str | None, on: date | None
) -> tuple[str, str] | None:
    """A committee's tier and place from its date line's province or its title's place."""
    for name in date_places:
        found = province(name, on)
        if found is not None:
            return found
    if title:
        tiers = "|".join(t for t, _ in HEADER_TIERS)
        for m in re.finditer(rf"(?<!\w)(?:{tiers}) ", title, re.IGNORECASE):
            named = _place(title[m.start() :])
            if named is not None:
                tier, name = named
                known = leading_province(name.replace(" - ", "-").split(), on)
                if known is not None and tier in ("tỉnh", "thành phố"):
                    return known[1], known[2]  # "Trà Vinh Năm 2025": a province ends there
                return tier.lower(), name
    return None


def read_header(text: str) -> Header | None:
    """The header of an administrative document, or None (an article, a text without one).

    A header is an issuer line in capitals ("ỦY BAN NHÂN DÂN" then "TỈNH HẢI DƯƠNG", "BỘ NỘI VỤ")
    followed, within a few lines, by the national motto or a document number ("Số: …/…"); then
    the date ("Hải Dương, ngày 05 tháng 6 năm 2023") and the title ("KẾ HOẠCH" and the lines in
    capitals after it). A place name is read from its own line only, never the next.
    """
    pieces = _pieces(text)
    for i, piece in enumerate(pieces):
        if not (_COMMITTEE.match(piece) and _upper(piece.split(":")[0])) and not (
            _upper(piece) and (fold(piece).startswith("bo ") or fold(piece) in MINISTERIAL)
        ):
            continue
        window = pieces[i : i + 12]
        if not any(_MOTTO.search(p) or _NUMBER.match(p) for p in window):
            continue
        issuer, tier, place, after = _issuer(pieces, i)
        title_at = next(
            (
                k
                for k in range(after, min(len(pieces), after + 16))
                if _upper(pieces[k]) and pieces[k].lower().startswith(TITLE_WORDS)
            ),
            None,
        )
        zone = pieces[i : title_at if title_at is not None else min(len(pieces), after + 10)]
        number = next((m.group(1) for p in zone if (m := _NUMBER.match(p))), None)
        if number is not None:
            number = number.rstrip(".-/")
        on = _date(" ".join(zone))
        date_place = re.search(r"([^\W\d_][\w\s-]*?),\s*ngày", " ".join(zone))
        dated_at = [date_place.group(1).split(":")[-1].strip()] if date_place else []
        places = ([place] if place else []) + dated_at
        title = kind = period = None
        if title_at is not None:
            kind = next(w for w in TITLE_WORDS if pieces[title_at].lower().startswith(w))
            lines = [pieces[title_at]]
            for k in range(title_at + 1, min(len(pieces), title_at + 8)):
                p = pieces[k]
                if _SECTION.match(p) or _COMMITTEE.match(p) or fold(p).startswith("chu tich"):
                    break
                if not _upper(p) and _BODY.match(p.lower()):
                    break
                if not _upper(p) and (len(lines) > 1 or p.endswith((".", ":", ";"))):
                    break
                lines.append(p)
                if not _upper(p):
                    break
            joined = " ".join(lines)
            if len(joined) <= 400:
                title = sentence_case(joined, places)
                period = _title_period(joined, on)
        if issuer is None and _COMMITTEE.match(piece):
            # the committee's place is missing from its line: the date line's province, or
            # the place the title names ("KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH TRÀ VINH NĂM 2025")
            named = _header_place(dated_at, title, on)
            if named is not None:
                tier, place = named
                issuer = f"UBND {tier} {place}"
        level = None
        if tier is not None:
            level = {t: lv for t, lv in HEADER_TIERS}.get(tier, "ministry")
            if level == "city":
                level = _city_level(place or "", on)
        return Header(issuer, level, number, on, title, kind, period)
    return None
