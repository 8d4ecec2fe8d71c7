"""Draft a plan file from an article or plan text: find the numeric IT targets it sets."""

from __future__ import annotations

import importlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from egovcheck.errors import UsageError, msg, problem
from egovcheck.models import SCOPES_FOR_LEVEL, Catalogue

PLACEHOLDER_TITLE = "Kế hoạch ứng dụng CNTT (bản nháp)"
PLACEHOLDER_ISSUER = "(chưa rõ)"
EXTRA = "egovcheck[extract]"

# Cities directly under the central government: "thành phố X" is a province.
CENTRAL_CITIES = ("ha noi", "ho chi minh", "da nang", "hai phong", "can tho")


# --- results ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DraftTarget:
    """One target found: catalogue key (indicator or indicator.scope), year and value."""

    key: str
    year: int
    value: float
    qualifier: str | None
    phrase: str
    note: str | None = None


@dataclass(frozen=True)
class DraftLocal:
    """A plan's own numeric target with no catalogue indicator (a count, with its unit)."""

    name: str
    year: int
    value: float
    unit: str
    qualifier: str | None
    phrase: str


@dataclass(frozen=True)
class DraftNumber:
    """A number found but not made a target, with the reason and its phrase."""

    value: str
    phrase: str
    reason: str


@dataclass
class Draft:
    """What ``extract`` found in a text: the plan's header, targets and leftover numbers."""

    issuer: str | None = None
    level: str | None = None
    period: tuple[int, int] | None = None
    title: str | None = None
    source: str | None = None
    targets: list[DraftTarget] = field(default_factory=list)
    local_targets: list[DraftLocal] = field(default_factory=list)
    unmapped: list[DraftNumber] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)


# --- reading ---------------------------------------------------------------------------------


def _optional(module: str, package: str, path: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise UsageError(
            [
                problem(
                    path,
                    "extract.needs_package",
                    package=package,
                    extra=EXTRA,
                )
            ]
        ) from None


def read_document(path: str) -> str:
    """Read a .txt/.md (UTF-8), .docx or .pdf file as NFC text."""
    suffix = Path(path).suffix.lower()
    if not Path(path).is_file():
        raise UsageError([problem(path, "file.not_regular")])
    try:
        if suffix == ".docx":
            docx = _optional("docx", "python-docx", path)
            document = docx.Document(path)
            parts = [p.text for p in document.paragraphs]
            for table in document.tables:
                for row in table.rows:
                    parts.append(" | ".join(cell.text for cell in row.cells))
            text = "\n".join(parts)
        elif suffix == ".pdf":
            pypdf = _optional("pypdf", "pypdf", path)
            reader = pypdf.PdfReader(path)
            text = "\n".join((page.extract_text() or "") for page in reader.pages)
        else:
            raw = Path(path).read_bytes()
            if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                text = raw.decode("utf-16")
            else:
                text = raw.decode("utf-8-sig")
    except UsageError:
        raise
    except UnicodeDecodeError:
        raise UsageError([problem(path, "file.cannot_read", reason=msg("file.not_utf8"))]) from None
    except OSError as exc:
        raise UsageError(
            [problem(path, "file.cannot_read", reason=exc.strerror or str(exc))]
        ) from None
    except Exception as exc:  # a broken .docx/.pdf: the libraries raise many kinds
        raise UsageError(
            [problem(path, "file.cannot_read", reason=f"{type(exc).__name__}: {exc}")]
        ) from None
    return unicodedata.normalize("NFC", text)


# --- text preparation ------------------------------------------------------------------------


def fold(text: str) -> str:
    """Fold case and Vietnamese diacritics (NFD, strip combining marks, đ -> d)."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            continue
        out.append("d" if ch in "đĐ" else ch.lower())
    return "".join(out)


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if len(base) == 1 else ch


def _lower_char(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch


class _Text:
    """The text with whitespace collapsed, its lower-case and folded forms, all aligned."""

    def __init__(self, original: str) -> None:
        self.original = unicodedata.normalize("NFC", original)
        chars: list[str] = []
        index: list[int] = []
        i, n = 0, len(self.original)
        while i < n:
            ch = self.original[i]
            if ch.isspace():
                j = i
                newline = False
                while j < n and self.original[j].isspace():
                    newline = newline or self.original[j] in "\n\r\u2028\u2029"
                    j += 1
                chars.append("\n" if newline else " ")
                index.append(i)
                i = j
                continue
            chars.append(ch)
            index.append(i)
            i += 1
        self.clean = "".join(chars)
        self.index = index
        self.lower = "".join(_lower_char(c) for c in self.clean)
        self.folded = "".join(_fold_char(c) for c in self.clean)

    def phrase(self, start: int, end: int) -> str:
        """The original text between two clean positions, verbatim, trimmed."""
        start, end = max(start, 0), min(end, len(self.clean))
        while start < end and self.clean[start] in " \n,;:.)-–":
            start += 1
        while end > start:
            if self.clean[end - 1] in " \n,;:(-–.…":
                end -= 1
                continue
            tail = re.search(r"\s(?:và|với|hoặc|cùng)$", self.lower[start:end])
            if not tail:
                break
            end = start + tail.start()
        if start >= end:
            return ""
        return self.original[self.index[start] : self.index[end - 1] + 1]


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def _sentences(t: _Text) -> list[_Span]:
    spans: list[_Span] = []
    s = t.clean
    start = 0
    n = len(s)
    for i, ch in enumerate(s):
        cut = False
        if ch == "\n":
            cut = True
        elif ch in ".!?":
            nxt = s[i + 1] if i + 1 < n else " "
            prev = s[i - 1] if i else " "
            if nxt in " \n" or (not prev.isdigit() and (nxt.isupper() or nxt.isdigit())):
                cut = True
        if cut:
            if i + 1 > start:
                spans.append(_Span(start, i + 1))
            start = i + 1
    if start < n:
        spans.append(_Span(start, n))
    return [sp for sp in spans if s[sp.start : sp.end].strip()]


def _clauses(t: _Text, sentence: _Span) -> list[_Span]:
    out: list[_Span] = []
    start = sentence.start
    for i in range(sentence.start, sentence.end):
        if t.clean[i] == ";":
            out.append(_Span(start, i))
            start = i + 1
    out.append(_Span(start, sentence.end))
    return out


# --- vocabularies (on folded text unless said otherwise) -------------------------------------

_NUMBER = re.compile(r"(?<![\w.,/])(\d{1,3}(?:[.,]\d+)?|\d{4,})\s?%")
_COUNT = re.compile(
    r"(?<![\w.,/%])(\d{1,4})\s+(?:(?:cac|loai)\s+)?"
    r"(dich vu cong|dvctt|dvc |thu tuc hanh chinh|tthc|co so du lieu|csdl|phan mem|"
    r"he thong thong tin|ung dung)"
)
_COUNT_UNITS = {
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
_YEAR = re.compile(
    r"\b(?:nam|den|tu|truoc|toi|vao)\s+(?:(?:dau|cuoi|het)\s+)?(?:nam\s+)?((?:199\d|20\d\d))\b"
    r"(?!\s*[-–]\s*\d)"
)
_RANGE = re.compile(
    r"\b(?:giai doan|thoi ky|tu nam|tu|nam)\s+((?:199\d|20\d\d))\s*[-–]\s*((?:199\d|20\d\d))\b"
)
_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]((?:199\d|20\d\d))\b")

# Mode cues, on the lower-case text with diacritics.
_TARGET_STRONG = re.compile(
    r"phấn đấu|mục tiêu|chỉ tiêu|\bsẽ\b|đặt ra|đề ra|định hướng|hướng tới|yêu cầu"
)
_TARGET_WEAK = re.compile(r"bảo đảm|đảm bảo|kế hoạch|nhiệm vụ")
_REPORT_STRONG = re.compile(
    r"đến nay|đạt được|kết quả (?:đạt|thực hiện|triển khai)|hiện nay|hiện tại|"
    r"năm qua|vừa qua|đã đạt|đã có"
)
_REPORT_WEAK = re.compile(r"\bđã\b|đánh giá")
_NATIONAL = re.compile(
    r"qđ-ttg|nq-cp|nđ-cp|nq/tw|toàn quốc|chương trình quốc gia|"
    r"thủ tướng chính phủ (?:đã )?(?:ban hành|phê duyệt)|chính phủ (?:đã )?ban hành|"
    r"(?:được )?chính phủ (?:đã )?(?:đề ra|đặt ra|xác định)|nghị quyết (?:số )?(?:17|36a)\b"
)
_LOCAL_CUE = re.compile(r"phấn đấu|kế hoạch|đặt ra|đề ra|của tỉnh|của huyện")
_NON_IT = re.compile(
    r"ty dong|trieu dong|grdp|\bgdp\b|ho ngheo|tang truong|doanh thu|von dau tu|giai ngan|"
    r"kinh te so|ngan sach nha nuoc|lam phat|thu nhap|bao hiem"
)

_SUBJECTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("dossiers", re.compile(r"(?:ho so|so ho so)\b")),
    ("docs", re.compile(r"(?:van ban|tai lieu|cong van)\b")),
    (
        "officials",
        re.compile(r"(?:lanh dao|can bo|cong chuc|vien chuc|cbcc|ccvc|nguoi lao dong)\b"),
    ),
    ("meetings", re.compile(r"(?:cuoc hop|hoi nghi|phien hop|buoi hop)\b")),
    ("services", re.compile(r"(?:dich vu|dvc|tthc|thu tuc hanh chinh|thu tuc)\b")),
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
_LEADING = re.compile(
    r"^(?:[\s,.:;()\"'“”]|tro len\b|tro xuong\b|cac\b|tat ca\b|toan bo\b|nhung\b|moi\b|"
    r"tong so\b|so luong\b|so\s+(?=ho so|van ban|cuoc hop|dich vu|tthc|thu tuc|can bo))+"
)

_PROVINCE = re.compile(r"\bso,?\s+(?:ban,?\s+)?nganh\b|\bcap tinh\b|\bcac so\b")
_DISTRICT = re.compile(
    r"\bcap (?:quan, )?huyen\b|\b(?:ubnd|uy ban nhan dan) (?:cac )?(?:huyen|quan)\b|"
    r"\bcac (?:quan, )?huyen\b|\bquan, huyen\b|\bcap quan\b"
)
_COMMUNE = re.compile(
    r"\bcap xa\b|\b(?:ubnd|uy ban nhan dan) (?:cac )?(?:xa|phuong)\b|\bcac xa\b|"
    r"\bxa, phuong\b|\bhuyen, xa\b"
)

AG = ("agencies", "officials")


@dataclass(frozen=True)
class _Rule:
    indicator: str
    subjects: tuple[str, ...] | None
    pattern: re.Pattern[str]
    group: str
    unless: re.Pattern[str] | None = None


def _rule(
    indicator: str,
    subjects: tuple[str, ...] | None,
    pattern: str,
    group: str = "",
    unless: str | None = None,
) -> _Rule:
    return _Rule(
        indicator,
        subjects,
        re.compile(pattern),
        group or indicator,
        re.compile(unless) if unless else None,
    )


# A share of services that received dossiers is not a share of services offered at a level.
_NOT_OFFERED = r"phat sinh ho so|co ho so|co phat sinh"


# Hand-written patterns; tried before the catalogue aliases. Order matters within a group.
_RULES: tuple[_Rule, ...] = (
    _rule("services_national_portal", ("services",), r"cong dich vu cong quoc gia", "services"),
    _rule(
        "services_level34",
        ("services",),
        r"muc (?:do )?3\s*(?:,|va|/|-)\s*(?:muc (?:do )?)?4",
        "services",
    ),
    _rule(
        "services_level4", ("services",), r"muc (?:do )?4\b|toan trinh", "services", _NOT_OFFERED
    ),
    _rule(
        "services_level3", ("services",), r"muc (?:do )?3\b|mot phan\b", "services", _NOT_OFFERED
    ),
    _rule("services_level2", ("services",), r"muc (?:do )?2\b", "services", _NOT_OFFERED),
    _rule("services_qa_support", ("services",), r"giai dap thac mac", "services"),
    _rule("portals_mobile", None, r"thiet bi di dong"),
    _rule("docs_submitted_electronic", ("docs",), r"\btrinh\b", "docs"),
    _rule("doc_axis_connected", None, r"truc lien thong", "docsw"),
    _rule(
        "doc_management_software",
        AG,
        r"quan ly van ban(?: va|,)?(?: dieu hanh| dh)|qlvb|van phong dien tu",
        "docsw",
    ),
    _rule("digital_signature", AG, r"chu ky so|\bky so\b"),
    _rule("officials_email", ("officials",), r"thu dien tu|\bemail\b|hop thu cong vu"),
    _rule("officials_computer", ("officials",), r"may tinh"),
    _rule("officials_digital_identity", ("officials",), r"danh tinh so"),
    _rule("data_network_connected", AG, r"mang truyen so lieu|mang tslcd"),
    _rule("meetings_online", ("meetings",), r"truc tuyen|truyen hinh|moi truong mang"),
    _rule("civil_servant_records_online", None, r"ho so quan ly can bo", "dossiers"),
    _rule("work_records_online", None, r"ho so cong viec", "dossiers"),
    _rule("dossiers_one_stop_system", ("dossiers",), r"mot cua", "dossiers"),
    _rule("tax_filings_online", None, r"khai thue", "dossiers"),
    _rule("construction_permits_online", None, r"giay phep xay dung", "dossiers"),
    _rule(
        "dossiers_online",
        ("dossiers",),
        r"ho so(?: (?!dich vu|dvc)\w+){0,10} truc tuyen",
        "dossiers",
    ),
    _rule("procurement_online", None, r"dau thau|mua sam cong"),
    _rule("budget_treasury_system", None, r"ngan sach va kho bac|tabmis"),
    _rule(
        "portal_compliant",
        ("agencies",),
        r"(?:cong|trang) (?:thong tin dien tu|ttdt)[^;]*(?:du thong tin|dieu 28)",
    ),
    _rule("one_stop_electronic", ("agencies",), r"mot cua"),
    _rule("e_identification", None, r"dinh danh dien tu"),
    _rule("reports_online", None, r"bao cao dinh ky|he thong thong tin bao cao"),
    _rule("inspections_digital", None, r"kiem tra[^;]{0,40}moi truong so"),
    _rule("satisfaction", None, r"hai long"),
    _rule("training_online", None, r"thi tuyen|nang ngach"),
)

# The subject each indicator counts, for matching catalogue aliases.
_ALIAS_SUBJECTS: dict[str, tuple[str, ...]] = {
    r.indicator: r.subjects for r in _RULES if r.subjects
}
_ALIAS_SUBJECTS["docs_interagency_electronic"] = ("docs",)


def _subject(folded: str) -> tuple[str | None, int]:
    """The class of the noun a segment starts with, and where the noun starts."""
    m = _LEADING.match(folded)
    pos = m.end() if m else 0
    rest = folded[pos:]
    for name, pattern in _SUBJECTS:
        if pattern.match(rest):
            return name, pos
    return (None, pos) if not rest.strip() else ("other", pos)


def _interagency(text: str, context: str) -> int | None:
    """Where 'documents exchanged between agencies electronically' is said, or None."""
    m = re.search(r"trao doi|gui nhan|luan chuyen", text)
    if not m:
        return None
    between = "giua" in text or re.search(r"\bvoi ubnd\b", text) is not None
    electronic = re.search(
        r"dang (?:van ban )?dien tu|qua (?:duong )?thu dien tu|van ban dien tu", text
    )
    if electronic and (between or "giua" in context):
        return m.start()
    if between and "dien tu" in text:
        return m.start()
    return None


def _tokens(text: str) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in re.finditer(r"\w+", text)]


class _Matcher:
    """Finds catalogue indicators in folded text: hand rules, then aliases (in order, gaps ok)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.ids = set(catalogue.indicators)
        self.rules = [r for r in _RULES if r.indicator in self.ids]
        self.aliases: list[tuple[str, list[str]]] = []
        for key, indicator in catalogue.indicators.items():
            for alias in indicator.aliases:
                words = [w for w, _ in _tokens(fold(alias))]
                if len(words) >= 2:
                    self.aliases.append((key, words))
        self.aliases.sort(key=lambda a: -len(a[1]))

    def match(self, text: str, subject: str | None, context: str) -> list[tuple[str, int]]:
        """Indicators said in ``text`` for a subject class, with the position of each."""
        found: list[tuple[str, int]] = []
        groups: set[str] = set()
        if "docs_interagency_electronic" in self.ids and subject in ("docs", None):
            pos = _interagency(text, context)
            if pos is not None and not re.search(r"\btrinh\b", text[:pos]):
                found.append(("docs_interagency_electronic", pos))
                groups.add("docs")
        for rule in self.rules:
            if rule.group in groups:
                continue
            if rule.subjects is not None and subject is not None and subject not in rule.subjects:
                continue
            if rule.subjects is not None and subject is None:
                continue
            m = rule.pattern.search(text)
            if m and not (rule.unless and rule.unless.search(text)):
                found.append((rule.indicator, m.start()))
                groups.add(rule.group)
        if found:
            return found
        words = _tokens(text)
        for key, alias in self.aliases:
            allowed = _ALIAS_SUBJECTS.get(key)
            if allowed and subject not in allowed:
                continue
            if any(r.indicator == key and r.unless and r.unless.search(text) for r in self.rules):
                continue
            pos = _subsequence(words, alias)
            if pos is not None:
                return [(key, pos)]
        return []


def _subsequence(words: list[tuple[str, int]], alias: list[str], gap: int = 3) -> int | None:
    for i, (w, pos) in enumerate(words):
        if w != alias[0]:
            continue
        j, k = i, 1
        while k < len(alias):
            nxt = next(
                (m for m in range(j + 1, min(len(words), j + 2 + gap)) if words[m][0] == alias[k]),
                None,
            )
            if nxt is None:
                break
            j, k = nxt, k + 1
        if k == len(alias):
            return pos
    return None


def _scope(folded: str) -> str | None:
    tiers = [
        name
        for name, pattern in (
            ("province", _PROVINCE),
            ("district", _DISTRICT),
            ("commune", _COMMUNE),
        )
        if pattern.search(folded)
    ]
    if len(tiers) != 1 or _GENERIC_LIST.search(folded):
        return None
    return tiers[0]


# "các cơ quan, đơn vị, UBND xã": agencies of every tier listed with one tier named.
_GENERIC_LIST = re.compile(r"\bco quan, don vi, |\bdia phuong\b")


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _fmt(value: float) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:.10f}".rstrip("0").rstrip(".")


_QUAL_BEFORE = (
    (re.compile(r"\b(?:tren|hon|vuot|lon hon)\s*$"), "more_than"),
    (re.compile(r"\b(?:toi thieu|it nhat|khong (?:it|duoi|thap) hon)\s*(?:la\s*)?$"), "at_least"),
    (re.compile(r"\b(?:khoang|xap xi|chung|uoc)\s*$"), "about"),
)
_LINK = re.compile(r"(?:\bdat|\bla|\bden|\btoi|\blen|\bo muc|\bbang|\bchiem|\btang|\bcon|:|=)\s*$")


@dataclass
class _Number:
    start: int  # where the number (or its qualifier) starts
    num_start: int
    end: int
    value: float
    text: str
    qualifier: str | None
    note: str | None
    clause: _Span
    sentence: _Span
    mode: str  # target | report | national
    year: int | None
    keys: list[str] = field(default_factory=list)
    via: str = ""  # right | left | forward | backward
    phrase_end: int = 0
    phrase_start: int = 0
    subject: str | None = None
    segment: str = ""


# --- the extractor ---------------------------------------------------------------------------


class _Extractor:
    def __init__(self, text: str, catalogue: Catalogue) -> None:
        self.t = _Text(text)
        self.catalogue = catalogue
        self.matcher = _Matcher(catalogue)
        dates = [int(m.group(1)) for m in _DATE.finditer(self.t.folded)]
        self.doc_year: int | None = max(dates) if dates else None

    # mode and year ----------------------------------------------------------------------

    def _lead_report(self, sentence: _Span) -> bool:
        head = self.t.folded[sentence.start : sentence.start + 40]
        m = re.match(r"\s*(?:trong )?(?:giai doan|thoi ky|tu nam)\s+\d{4}\s*[-–]\s*(\d{4})", head)
        return bool(m and self.doc_year is not None and int(m.group(1)) <= self.doc_year)

    def _cue(self, start: int, end: int, strong_only: bool) -> str | None:
        text = self.t.lower[start:end]
        best: tuple[int, str] | None = None
        patterns = [(_TARGET_STRONG, "target"), (_REPORT_STRONG, "report")]
        if not strong_only:
            patterns += [(_TARGET_WEAK, "target"), (_REPORT_WEAK, "report")]
        for pattern, mode in patterns:
            for m in pattern.finditer(text):
                if best is None or m.start() > best[0]:
                    best = (m.start(), mode)
        return best[1] if best else None

    def _first_cue(self) -> str:
        """The first strong cue of the text: it decides headlines that precede any cue."""
        for sentence in _sentences(self.t):
            if self._lead_report(sentence):
                return "report"
            for m in _TARGET_STRONG.finditer(self.t.lower, sentence.start, sentence.end):
                report = _REPORT_STRONG.search(self.t.lower, sentence.start, m.start())
                return "report" if report else "target"
            if _REPORT_STRONG.search(self.t.lower, sentence.start, sentence.end):
                return "report"
        return "target"

    def _national(self, sentence: _Span, pos: int) -> bool:
        before = self.t.lower[sentence.start : pos]
        last = None
        for m in _NATIONAL.finditer(before):
            last = m
        if last is None:
            return False
        return not _LOCAL_CUE.search(before[last.end() :])

    def _years_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """(position, year) of year expressions in a span; a range gives its last year."""
        text = self.t.folded[start:end]
        out = [(start + m.start(), int(m.group(2))) for m in _RANGE.finditer(text)]
        out += [(start + m.start(), int(m.group(1))) for m in _YEAR.finditer(text)]
        return sorted(out)

    # numbers ----------------------------------------------------------------------------

    def run(self, source: str | None) -> Draft:
        t = self.t
        draft = Draft(source=source)
        numbers: list[_Number] = []
        mode_carry = self._first_cue()
        year_carry: int | None = None
        counts: list[tuple[_Number, str, str, int]] = []
        for sentence in _sentences(t):
            clauses = _clauses(t, sentence)
            national_sentence = False
            for clause in clauses:
                for m in _NUMBER.finditer(t.folded, clause.start, clause.end):
                    n = self._number(m.start(), m.end(), m.group(1), clause, sentence)
                    n.mode = self._mode(n, sentence, clause, mode_carry)
                    national_sentence = national_sentence or n.mode == "national"
                    n.year = self._year(n, sentence, clause, year_carry)
                    numbers.append(n)
                for m in _COUNT.finditer(t.folded, clause.start, clause.end):
                    n = self._number(
                        m.start(), m.start(1) + len(m.group(1)), m.group(1), clause, sentence
                    )
                    n.qualifier = None
                    n.mode = self._mode(n, sentence, clause, mode_carry)
                    n.year = self._year(n, sentence, clause, year_carry)
                    unit = _COUNT_UNITS[m.group(2)]
                    counts.append((n, unit, m.group(2), m.start(2)))
            strong = self._cue(sentence.start, sentence.end, strong_only=True)
            if self._lead_report(sentence):
                strong = "report"
            if strong:
                mode_carry = strong
            if strong == "target" and self._national(sentence, sentence.end):
                mode_carry = "national"  # national targets are introduced: a list follows
            if not national_sentence and not self._national(sentence, sentence.end):
                years = self._years_in(sentence.start, sentence.end)
                if years:
                    year_carry = years[-1][1]
        self._map(numbers)
        draft.level, draft.issuer = self._issuer(draft)
        self._assemble(draft, numbers, counts)
        return draft

    def _number(self, start: int, end: int, text: str, clause: _Span, sentence: _Span) -> _Number:
        f = self.t.folded
        value = _number(text)
        before = f[max(clause.start, start - 20) : start]
        qualifier = None
        qstart = start
        for pattern, name in _QUAL_BEFORE:
            qm = pattern.search(before)
            if qm:
                qualifier = name
                qstart = start - (len(before) - qm.start())
                break
        if re.match(r"\s*tro len", f[end : end + 12]):
            qualifier = "at_least"
            since = re.search(r"\btu\s*$", before)
            if since:
                qstart = start - len(since.group())
        note = None
        if value == 100 and qualifier == "more_than":
            note = f"văn bản ghi '{self.t.phrase(qstart, end)}'"
            qualifier = None
        return _Number(
            qstart, start, end, value, text, qualifier, note, clause, sentence, "target", None
        )

    def _mode(self, n: _Number, sentence: _Span, clause: _Span, carry: str) -> str:
        if self._national(sentence, n.num_start):
            return "national"
        cue = self._cue(clause.start, n.num_start, strong_only=False)
        if cue:
            return cue
        if self._lead_report(sentence):
            return "report"
        cue = self._cue(sentence.start, clause.start, strong_only=True)
        return cue or carry

    def _year(self, n: _Number, sentence: _Span, clause: _Span, carry: int | None) -> int | None:
        before = self._years_in(clause.start, n.num_start)
        if before:
            return before[-1][1]
        after = self._years_in(n.end, clause.end)
        if after:
            return after[0][1]
        earlier = self._years_in(sentence.start, clause.start)
        if earlier:
            return earlier[-1][1]
        return carry

    # mapping ----------------------------------------------------------------------------

    def _map(self, numbers: list[_Number]) -> None:
        f = self.t.folded
        by_clause: dict[int, list[_Number]] = {}
        for n in numbers:
            by_clause.setdefault(n.clause.start, []).append(n)
        for group in by_clause.values():
            for i, n in enumerate(group):
                self._map_one(n, group, i)
        # numbers that share a predicate with their neighbour in the clause
        for group in by_clause.values():
            for i, n in enumerate(group):
                if n.keys:
                    continue
                right = f[n.end : group[i + 1].start] if i + 1 < len(group) else ""
                nxt = group[i + 1] if i + 1 < len(group) else None
                if (
                    nxt is not None
                    and nxt.keys
                    and nxt.via == "right"
                    and len(right.split()) <= 8
                    and n.subject == nxt.subject
                ):
                    scope = _scope(right) if n.subject in AG else None
                    n.keys = [_with_scope(k, scope) for k in nxt.keys]
                    n.via = "forward"
                    n.phrase_end = nxt.phrase_end
                    continue
                prev = group[i - 1] if i else None
                left = f[prev.end : n.start] if prev is not None else ""
                if (
                    prev is not None
                    and prev.keys
                    and prev.via in ("left", "backward")
                    and len(left.split()) <= 8
                    and (_scope(left) or self._years_in(prev.end, n.start))
                ):
                    n.keys = [_with_scope(k, _scope(left)) for k in prev.keys]
                    n.via = "backward"
                    n.phrase_start = prev.end
                    n.phrase_end = n.end

    def _map_one(self, n: _Number, group: list[_Number], i: int) -> None:
        """Map one number from the words after it, else from the words before it."""
        f = self.t.folded
        right_end = group[i + 1].start if i + 1 < len(group) else n.clause.end
        left_start = group[i - 1].end if i else n.clause.start
        context = f[n.sentence.start : n.start]
        right = f[n.end : right_end]
        subject, offset = _subject(right)
        n.subject = subject
        n.phrase_start, n.phrase_end = n.start, right_end
        n.segment = right
        if subject is not None:
            hits = self.matcher.match(right, subject, context)
            if hits:
                first = min(p for _, p in hits)
                self._set(n, hits, right[offset:first], subject, "right")
                return
        left = f[left_start : n.start]
        if not (_LINK.search(left) or not right.strip(" ,.;)")):
            return
        rates = list(re.finditer(r"\bt[yi] le\b", left))
        rate = rates[-1] if rates else None
        body_start = rate.end() if rate else 0
        body = left[body_start:]
        lsubject: str | None
        if rate or subject in (None, "other"):
            lsubject, _ = _subject(body)
        else:
            lsubject = subject
        if lsubject == "other":
            lsubject = None
        n.segment = body + " " + right
        hits = self.matcher.match(body, lsubject, context)
        if hits or len(right.split()) < 3:
            n.phrase_start = left_start + (rate.start() if rate else 0)
            short = len(right) < 40 and i + 1 == len(group)
            n.phrase_end = right_end if short else n.end
        if hits:
            scope_text = body[max(p for _, p in hits) :]
            if not _scope(scope_text):
                scope_text = right[:40]
            self._set(n, hits, scope_text, lsubject, "left")

    def _set(
        self,
        n: _Number,
        hits: list[tuple[str, int]],
        scope_text: str,
        subject: str | None,
        via: str,
    ) -> None:
        scope = _scope(scope_text) if subject in AG or via == "left" else None
        n.keys = [_with_scope(key, scope) for key, _ in hits]
        n.via = via

    # issuer and level -------------------------------------------------------------------

    def _issuer(self, draft: Draft) -> tuple[str | None, str | None]:
        t = self.t
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
                    w == "-"
                    and name_words
                    and k + 1 < len(words)
                    and words[k + 1].group()[0].isupper()
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

    # assembling -------------------------------------------------------------------------

    def _assemble(
        self, draft: Draft, numbers: list[_Number], counts: list[tuple[_Number, str, str, int]]
    ) -> None:
        t = self.t
        f = t.folded
        level = draft.level
        found: list[tuple[_Number, str]] = []
        for n in numbers:
            phrase = t.phrase(n.phrase_start or n.start, n.phrase_end or n.end)[:400]
            window = f[max(n.clause.start, n.start - 60) : min(n.clause.end, n.end + 80)]
            if n.mode == "national":
                draft.unmapped.append(
                    DraftNumber(n.text + "%", phrase, "mục tiêu quốc gia được nhắc lại")
                )
                continue
            if n.mode == "report":
                draft.unmapped.append(
                    DraftNumber(n.text + "%", phrase, "giá trị đã đạt, không phải chỉ tiêu")
                )
                continue
            if n.value > 100:
                draft.unmapped.append(DraftNumber(n.text + "%", phrase, "giá trị trên 100%"))
                continue
            non_it = _NON_IT.search(n.segment or window) is not None
            if not n.keys or non_it:
                reason = "không phải chỉ tiêu CNTT" if non_it else "chưa xác định chỉ tiêu"
                draft.unmapped.append(DraftNumber(n.text + "%", phrase, reason))
                continue
            for key in n.keys:
                found.append((n, key))
        # period: the plan named in the text, else the targets' years
        years = [n.year for n, _ in found if n.year is not None]
        years += [n.year for n, _, _, _ in counts if n.year is not None and n.mode == "target"]
        period, title = self._period(years)
        if period is None:
            fallback = max(self._all_years(), default=self.doc_year)
            if fallback is None:
                from datetime import date

                fallback = date.today().year
            period = (fallback, fallback)
            draft.notes["period"] = "văn bản không nêu năm: đoán, cần kiểm tra"
        first, last = period
        target_years = [y for y in years if y is not None]
        if target_years and (min(target_years) < first or max(target_years) > last):
            first, last = min([first, *target_years]), max([last, *target_years])
            draft.notes["period"] = (
                draft.notes.get("period", "") + " mở rộng để chứa năm của các chỉ tiêu"
            ).strip()
        draft.period = (first, last)
        draft.title = title
        seen: dict[tuple[str, int], DraftTarget] = {}
        for n, key in found:
            year = n.year if n.year is not None else last
            indicator, _, scope = key.partition(".")
            if scope and level and scope not in SCOPES_FOR_LEVEL.get(level, ()):
                key = indicator
            phrase = t.phrase(n.phrase_start or n.start, n.phrase_end or n.end)[:400]
            note = n.note
            if n.year is None:
                note = ((note + "; ") if note else "") + "văn bản không nêu năm"
            target = DraftTarget(key, year, n.value, n.qualifier, phrase, note)
            prior = seen.get((key, year))
            if prior is None:
                seen[(key, year)] = target
                draft.targets.append(target)
            elif prior.value == target.value and (
                (bool(target.qualifier), len(target.phrase))
                > (bool(prior.qualifier), len(prior.phrase))
            ):
                draft.targets[draft.targets.index(prior)] = target
                seen[(key, year)] = target
            elif prior.value != target.value:
                draft.unmapped.append(
                    DraftNumber(
                        _fmt(n.value) + "%",
                        phrase,
                        f"trùng {key} {year} (đã lấy {_fmt(prior.value)}%)",
                    )
                )
        for n, unit, _word, _pos in counts:
            if n.mode != "target":
                continue
            stop = re.search(r"\s(?:và|,)\s*\d|\d+\s*%", t.lower[n.end : n.clause.end])
            end = n.end + stop.start() if stop else n.clause.end
            phrase = t.phrase(n.start, end)[:300]
            name = t.phrase(n.end, min(end, n.end + 90))
            if not name:
                continue
            year = n.year if n.year is not None else last
            draft.local_targets.append(
                DraftLocal(name[:1].upper() + name[1:], year, n.value, unit, None, phrase)
            )

    def _all_years(self) -> list[int]:
        return [y for _, y in self._years_in(0, len(self.t.clean))]

    def _period(self, years: list[int]) -> tuple[tuple[int, int] | None, str | None]:
        t = self.t
        f = t.folded
        candidates: list[tuple[int, int, int, int]] = []  # first, last, start, end
        for m in re.finditer(r"\bke hoach\b", f):
            tail = f[m.end() : m.end() + 200]
            stop = re.search(r"[.;\n]\s|[.;\n]$", tail)
            if stop:
                tail = tail[: stop.start()]
            r = _RANGE.search(tail)
            y = re.search(r"\bnam\s+((?:199\d|20\d\d))\b(?!\s*[-–]\s*\d)", tail)
            first_hit = min(
                (x for x in (r, y) if x is not None), key=lambda x: x.start(), default=None
            )
            if first_hit is None:
                continue
            if first_hit is r and r is not None:
                a, b = int(r.group(1)), int(r.group(2))
            else:
                a = b = int(first_hit.group(1))
            if b < a:
                continue
            candidates.append((a, b, m.start(), m.end() + first_hit.end()))
        if not candidates and not years:
            return None, None
        if not candidates:
            return (min(years), max(years)), None

        def score(c: tuple[int, int, int, int]) -> tuple[int, int, int]:
            inside = sum(1 for y in years if c[0] <= y <= c[1])
            return (inside, -(c[1] - c[0]), -c[2])

        best = max(candidates, key=score)
        title = t.phrase(best[2], best[3])
        if len(title) > 160 or re.search(r"\bsố\b|/|\d{1,2}/\d", title) or "," in title:
            title_out = None
        else:
            title_out = title[:1].upper() + title[1:]
        return (best[0], best[1]), title_out


def _with_scope(key: str, scope: str | None) -> str:
    base = key.split(".", 1)[0]
    return f"{base}.{scope}" if scope else base


def extract(text: str, catalogue: Catalogue, source: str | None = None) -> Draft:
    """Find the issuer, level, period and numeric IT targets of a plan text."""
    return _Extractor(text, catalogue).run(source)


# --- rendering -------------------------------------------------------------------------------


def _printable(text: str) -> str:
    return "".join(" " if unicodedata.category(c) in ("Cc", "Cs") else c for c in text)


def _q(text: str) -> str:
    return json.dumps(" ".join(_printable(text).split()), ensure_ascii=False)


def _comment(text: str) -> str:
    return " ".join(_printable(text).split())


def render_draft(draft: Draft) -> str:
    """Render a draft as plan YAML that loads as written, with comments for the planner."""
    lines = [
        "# Bản nháp do egovcheck extract tạo: đối chiếu từng chỉ tiêu với văn bản gốc.",
        "plan:",
    ]
    title = draft.title or PLACEHOLDER_TITLE
    lines.append(
        f"  title: {_q(title)}" + ("" if draft.title else "  # tên tạm: điền tên kế hoạch")
    )
    issuer = draft.issuer or PLACEHOLDER_ISSUER
    note = draft.notes.get("issuer") if draft.issuer else "không tìm thấy cơ quan ban hành"
    lines.append(f"  issuer: {_q(issuer)}" + (f"  # {_comment(note)}" if note else ""))
    level = draft.level or "province"
    lnote = draft.notes.get("level", "đoán từ cấp chính quyền nêu trong văn bản")
    lines.append(f"  level: {level}  # " + (lnote if draft.level else "chưa rõ cấp: đặt tạm"))
    first, last = draft.period or (2000, 2000)
    period = str(first) if first == last else f"{first}-{last}"
    pnote = draft.notes.get("period")
    lines.append(f"  period: {period}" + (f"  # {_comment(pnote)}" if pnote else ""))
    if draft.source:
        lines.append(f"  source: {_q(draft.source)}")
    by_key: dict[str, list[DraftTarget]] = {}
    for target in draft.targets:
        by_key.setdefault(target.key, []).append(target)
    if by_key:
        lines.append("targets:")
        for key, items in by_key.items():
            lines.append(f"  {key}:")
            for target in sorted(items, key=lambda x: x.year):
                parts = [f"value: {_fmt(target.value)}"]
                if target.qualifier:
                    parts.append(f"qualifier: {target.qualifier}")
                if target.phrase:
                    parts.append(f"source: {_q(target.phrase)}")
                if target.note:
                    parts.append(f"note: {_q(target.note)}")
                lines.append(f"    {target.year}: {{{', '.join(parts)}}}")
    else:
        lines.append("targets: {}  # không tìm thấy chỉ tiêu nào khớp danh mục")
    if draft.local_targets:
        lines.append("local_targets:")
        for local in draft.local_targets:
            parts = [
                f"name: {_q(local.name)}",
                f"year: {local.year}",
                f"value: {_fmt(local.value)}",
                f"unit: {local.unit}",
            ]
            if local.qualifier:
                parts.append(f"qualifier: {local.qualifier}")
            parts.append(f"source: {_q(local.phrase)}")
            lines.append(f"  - {{{', '.join(parts)}}}")
    if draft.unmapped:
        lines.append("")
        lines.append("# Số liệu tìm thấy nhưng không đưa vào chỉ tiêu:")
        for number in draft.unmapped:
            label = (
                "chưa xác định chỉ tiêu"
                if number.reason == "chưa xác định chỉ tiêu"
                else f"bỏ qua ({number.reason})"
            )
            lines.append(f"# {label}: {_comment(number.phrase) or number.value}")
    return "\n".join(lines) + "\n"


__all__: list[str] = [
    "Draft",
    "DraftLocal",
    "DraftNumber",
    "DraftTarget",
    "extract",
    "fold",
    "read_document",
    "render_draft",
]
