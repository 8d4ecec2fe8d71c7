"""The provinces and ministries a text may name without their tier word.

Articles name a province as "ở Phú Thọ", "Sở TT&TT Bình Phước" or "TP.HCM", and a ministry as
"Bộ GD&ĐT" or "Bộ NN-PTNT": the level of the plan they are about is read from such names too.
"""

from __future__ import annotations

import re
from datetime import date

from egovcheck.extract.text import fold

# The 63 provinces and centrally-run cities of 2008-2025, as running text writes them. The 34 of
# 1 July 2025 keep one of these names each (Huế, a city under the central government from
# 1 January 2025, is the former Thừa Thiên Huế).
PROVINCES = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
    "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk",
    "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
    "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang",
    "Kon Tum", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định",
    "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam",
    "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình",
    "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang",
    "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
)  # fmt: skip
# Cities directly under the central government ("thành phố X" is then a province). "Hồ Chí
# Minh" alone is also a person's name: the city is counted only after "TP"/"thành phố" or as
# "TP.HCM".
CENTRAL_CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ")
HUE_CENTRAL = date(2025, 1, 1)
# Other spellings of a name, folded, and the name they stand for.
ALIASES = {
    "hcm": "Hồ Chí Minh",
    "tphcm": "Hồ Chí Minh",
    "sai gon": "Hồ Chí Minh",
    "thua thien - hue": "Thừa Thiên Huế",
    "ba ria-vung tau": "Bà Rịa - Vũng Tàu",
    "ba ria vung tau": "Bà Rịa - Vũng Tàu",
    "dak lak": "Đắk Lắk",
    "dak nong": "Đắk Nông",
    "bac can": "Bắc Kạn",
}
# Names counted in running text when written with capitals and no tier word before them
# (folded, as word sequences), the name each stands for, and the most words one has.
FREE_NAMES = {fold(name): name for name in (*PROVINCES, *CENTRAL_CITIES) if name != "Hồ Chí Minh"}
FREE_NAMES.update({k: v for k, v in ALIASES.items() if k not in ("hcm",)})
FREE_LONGEST = max(len(k.split()) for k in FREE_NAMES)


def _key(name: str) -> str:
    """A name folded, with one way of writing its dash: "Bà Rịa-Vũng Tàu" is "ba ria - vung tau"."""
    return " ".join(fold(name).replace("-", " - ").split())


_BY_KEY = {_key(name): name for name in (*PROVINCES, *CENTRAL_CITIES)}
_BY_KEY.update({_key(alias): name for alias, name in ALIASES.items()})


def province(name: str, on: date | None = None) -> tuple[str, str] | None:
    """The tier word and name of the province or central city called ``name``, or None.

    "Hà Nội" gives ("thành phố", "Hà Nội"), "Thừa Thiên - Huế" ("tỉnh", "Thừa Thiên Huế").
    """
    key = _key(name)
    found = _BY_KEY.get(key)
    if found is None and key == "hue" and on is not None and on >= HUE_CENTRAL:
        return "thành phố", "Huế"
    if found is None:
        return None
    return ("thành phố" if found in CENTRAL_CITIES else "tỉnh"), found


def central_city(name: str, on: date | None = None) -> str | None:
    """The name of the city under the central government called ``name`` on ``on``, or None."""
    place = province(name, on)
    return place[1] if place is not None and place[0] == "thành phố" else None


def leading_province(words: list[str], on: date | None = None) -> tuple[int, str, str] | None:
    """The longest run of first words that names a province: its length, tier word and name.

    "Trà Vinh Năm 2025" gives (2, "tỉnh", "Trà Vinh"); "Bạc Liêu Phạm Văn" (2, "tỉnh", "Bạc Liêu").
    """
    for n in range(len(words), 0, -1):
        place = province(" ".join(words[:n]), on)
        if place is not None:
            return n, place[0], place[1]
    return None


# The first parts of a province's site or its departments' ("www.", "tttt.", "sotttt.").
_HOST_PREFIXES = {
    "www", "tttt", "stttt", "sotttt", "stt", "skhcn", "sokhcn", "khcn", "dost", "mic", "ict",
    "dichvucong", "dvc", "egov", "vpubnd", "ubnd", "congbao", "vanban", "snv", "sonoivu",
}  # fmt: skip


# Province names as a host writes them ("baolamdong", "danang", "tphcm"; five letters or more)
# and as a slug does ("ha-noi", "ba-ria-vung-tau").
_IN_HOST = {
    key: ("Hồ Chí Minh" if name == "TP HCM" else name)
    for name in (*PROVINCES, *CENTRAL_CITIES, "TP HCM")
    if len(key := fold(name).replace(" ", "").replace("-", "")) >= 5
}
_IN_SLUG = [
    (fold(name).replace(" - ", " ").split(), name) for name in (*PROVINCES, *CENTRAL_CITIES)
]


def in_address(source: str | None) -> str | None:
    """The province a source address names, or None.

    In its host ("baolamdong.vn", "tttt.danang.gov.vn") or at the start of its last path part
    ("/ha-noi-100-ket-qua…", "/tp-ho-chi-minh-…").
    """
    if not source or "://" not in source:
        return None
    rest = source.split("://", 1)[1].lower()
    host, _, path = rest.partition("/")
    labels = host.split(":")[0].split(".")
    # a unit's own site under the province's ("giaphong.giavien.ninhbinh.gov.vn") is not the
    # province's: only a province's site, or a department's ("tttt.danang.gov.vn"), counts
    while labels and labels[0] in _HOST_PREFIXES:
        labels = labels[1:]
    for label in labels[:1]:
        for key, name in _IN_HOST.items():
            if key in label:
                return name
    slug = next((part for part in reversed(path.split("/")) if part.count("-") >= 2), "")
    words = slug.split("-")
    if words[:1] == ["tp"]:
        words = words[1:]
    for parts, name in _IN_SLUG:
        if words[: len(parts)] == parts:
            return name
    if words[:1] == ["hcm"] or slug.startswith("tphcm-"):
        return "Hồ Chí Minh"
    return None


# Ministries and ministerial agencies of 2011-2026: their names and the abbreviations articles
# use, folded ("&" and "-" between the parts).
MINISTRIES = {
    "Bộ Thông tin và Truyền thông": (
        "thong tin va truyen thong", "thong tin truyen thong", "tt&tt", "tt-tt", "tttt",
    ),
    "Bộ Khoa học và Công nghệ": ("khoa hoc va cong nghe", "kh&cn", "khcn", "kh-cn"),
    "Bộ Nội vụ": ("noi vu",),
    "Bộ Công Thương": ("cong thuong",),
    "Bộ Giáo dục và Đào tạo": ("giao duc va dao tao", "gd&dt", "gddt", "gd-dt"),
    "Bộ Nông nghiệp và Phát triển nông thôn": (
        "nong nghiep va phat trien nong thon", "nn&ptnt", "nn-ptnt", "nnptnt",
    ),
    "Bộ Nông nghiệp và Môi trường": ("nong nghiep va moi truong", "nn&mt", "nnmt"),
    "Bộ Tài nguyên và Môi trường": ("tai nguyen va moi truong", "tn&mt", "tnmt", "tn-mt"),
    "Bộ Giao thông vận tải": ("giao thong van tai", "gtvt"),
    "Bộ Xây dựng": ("xay dung",),
    "Bộ Tài chính": ("tai chinh",),
    "Bộ Kế hoạch và Đầu tư": ("ke hoach va dau tu", "kh&dt", "khdt", "kh-dt"),
    "Bộ Tư pháp": ("tu phap",),
    "Bộ Y tế": ("y te",),
    "Bộ Lao động - Thương binh và Xã hội": (
        "lao dong - thuong binh va xa hoi", "lao dong thuong binh va xa hoi", "ld-tb&xh",
        "ldtbxh", "ldtb&xh",
    ),
    "Bộ Văn hóa, Thể thao và Du lịch": (
        "van hoa, the thao va du lich", "van hoa the thao va du lich", "vh,tt&dl", "vhtt&dl",
        "vhttdl",
    ),
    "Bộ Công an": ("cong an",),
    "Bộ Quốc phòng": ("quoc phong",),
    "Bộ Ngoại giao": ("ngoai giao",),
    "Bộ Dân tộc và Tôn giáo": ("dan toc va ton giao",),
}  # fmt: skip
_MINISTRY = re.compile(
    r"(?<![\w&-])bo\s+("
    + "|".join(
        sorted(
            (
                re.escape(form).replace(r"\ ", r"\s*")
                for forms in MINISTRIES.values()
                for form in forms
            ),
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w&])"
)
_BY_FORM = {form.replace(" ", ""): name for name, forms in MINISTRIES.items() for form in forms}
# The ministries by their whole names, folded ("bo cong thuong").
MINISTRY_NAMES = {fold(name): name for name in MINISTRIES}


def ministries(original: str, folded: str) -> dict[str, int]:
    """How many times the text names each ministry, with a capital "B" ("Bộ GD&ĐT")."""
    out: dict[str, int] = {}
    for m in _MINISTRY.finditer(folded):
        if original[m.start()] != "B":
            continue
        name = _BY_FORM.get(re.sub(r"\s+", "", m.group(1)))
        if name:
            out[name] = out.get(name, 0) + 1
    return out
