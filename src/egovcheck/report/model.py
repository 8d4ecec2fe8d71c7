"""The auditor's report as data: gap rows, pivots, chart series and provenance."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from egovcheck import messages as m
from egovcheck.errors import msg
from egovcheck.findings import Outcome, PaceClass, Severity
from egovcheck.report import eurostat

if TYPE_CHECKING:
    from egovcheck.baselines import Baselines
    from egovcheck.checks import Check
    from egovcheck.checks.context import KeyData, PlanContext
    from egovcheck.findings import Assessment, NationalRef, PlanReport, Report
    from egovcheck.formatters import RenderOptions

SDSN = "sdsn-linear"
EUROSTAT = eurostat.NAME
METHODS = {"sdsn": SDSN, "eurostat": EUROSTAT}

# The gap table's columns, fixed: CSV readers and spreadsheets depend on them.
COLUMNS = [
    "file", "issuer", "level", "period", "key", "indicator_name", "year", "plan_value",
    "plan_qualifier", "national_value", "national_qualifier", "deadline", "programme",
    "document", "location", "evidence", "outcome", "codes", "severity", "waived", "gap",
    "required_gain", "method", "trajectory_class", "trajectory_ratio", "trend_class",
    "trend_ratio", "methods_disagree", "line", "note",
]  # fmt: skip

# Columns holding numbers (written as numbers in xlsx, with a decimal point in CSV).
NUMERIC = {
    "year", "plan_value", "national_value", "deadline", "gap", "required_gain",
    "trajectory_ratio", "trend_ratio", "line",
}  # fmt: skip

HEADERS: dict[str, tuple[str, str]] = {
    "file": ("Tệp", "File"),
    "issuer": ("Cơ quan ban hành", "Issuer"),
    "level": ("Cấp", "Level"),
    "period": ("Giai đoạn", "Period"),
    "key": ("Chỉ tiêu", "Key"),
    "indicator_name": ("Tên chỉ tiêu", "Indicator"),
    "year": ("Năm", "Year"),
    "plan_value": ("Kế hoạch (%)", "Plan (%)"),
    "plan_qualifier": ("Kế hoạch: dấu", "Plan qualifier"),
    "national_value": ("Quốc gia (%)", "National (%)"),
    "national_qualifier": ("Quốc gia: dấu", "National qualifier"),
    "deadline": ("Hạn", "Deadline"),
    "programme": ("Chương trình", "Programme"),
    "document": ("Văn bản", "Document"),
    "location": ("Vị trí trong văn bản", "Location"),
    "evidence": ("Mức xác thực", "Evidence"),
    "outcome": ("Kết quả", "Outcome"),
    "codes": ("Mã", "Codes"),
    "severity": ("Mức độ", "Severity"),
    "waived": ("Miễn trừ", "Waived"),
    "gap": ("Chênh lệch (điểm %)", "Gap (points)"),
    "required_gain": ("Cần tăng/năm", "Needed a year"),
    "method": ("Phương pháp", "Method"),
    "trajectory_class": ("Tốc độ (lộ trình)", "Pace (plan path)"),
    "trajectory_ratio": ("Tỷ lệ (lộ trình)", "Ratio (plan path)"),
    "trend_class": ("Tốc độ (thực tế)", "Pace (actuals)"),
    "trend_ratio": ("Tỷ lệ (thực tế)", "Ratio (actuals)"),
    "methods_disagree": ("Hai phương pháp khác nhau", "Methods disagree"),
    "line": ("Dòng", "Line"),
    "note": ("Ghi chú", "Note"),
}


def header(column: str, lang: str) -> str:
    """A column's header in a language."""
    vi, en = HEADERS.get(column, (column, column))
    return en if lang == "en" else vi


@dataclass(frozen=True)
class Row:
    """One line of the gap table: a plan, a key and a year, with its outcome and sources."""

    file: str
    issuer: str
    level: str
    period: str
    key: str
    indicator_name: str
    year: int
    plan_value: float | None
    plan_qualifier: str | None
    national_value: float | None
    national_qualifier: str | None
    deadline: int | None
    programme: str | None
    document: str | None
    location: str | None
    evidence: str | None
    outcome: str
    codes: tuple[str, ...]
    severity: str | None
    waived: bool
    gap: float | None
    required_gain: float | None
    method: str | None
    trajectory_class: str | None
    trajectory_ratio: float | None
    trend_class: str | None
    trend_ratio: float | None
    methods_disagree: bool
    line: int | None
    note: str

    @property
    def tone(self) -> str:
        """The colour group: error, warning, ok (achieved, on track) or other."""
        if self.severity == Severity.ERROR.value:
            return "error"
        if self.severity is not None:
            return "warning"
        if self.outcome in (Outcome.ACHIEVED.value, Outcome.ON_TRACK.value):
            return "ok"
        return "other"

    def value(self, column: str) -> Any:
        """A column's value: numbers stay numbers, tuples are joined, None stays None."""
        v = getattr(self, column)
        if isinstance(v, tuple):
            return " ".join(v)
        return v


@dataclass
class Series:
    """One plan's path for one key, as a chart draws it."""

    label: str
    file: str
    values: list[tuple[int, float]]
    actuals: list[tuple[int, float]]
    # Straight required lines: (start year, start value, deadline, target value).
    required: list[tuple[int, float, int, float]]
    # The actuals' trend from the latest actual to the deadline (capped at 100%).
    projection: tuple[int, float, int, float] | None
    # Higher is worse: charts draw the worst plans as lines and the rest as a band.
    badness: tuple[int, float] = (0, 0.0)


@dataclass
class Cell:
    """A pivot cell: the plan value (None for a target the plan leaves out) and its tone."""

    value: float | None
    qualifier: str | None
    tone: str
    outcome: str


@dataclass
class PivotRow:
    """A row of a pivot: its labels and one cell per year."""

    labels: list[str]
    cells: dict[int, Cell]
    national: bool = False


@dataclass
class Pivot:
    """A pivot view: one block per group (indicator or plan), years as columns."""

    kind: str  # "indicator" or "plan"
    label_columns: list[str]
    years: list[int]
    groups: list[tuple[str, list[PivotRow]]]


@dataclass
class ReportData:
    """Everything the report formats render."""

    rows: list[Row]
    report: Report
    series: dict[str, list[Series]]
    nationals: dict[str, list[NationalRef]]
    provenance: dict[str, Any]
    lang: str
    method: str
    names: dict[str, str] = field(default_factory=dict)

    def counts_by_outcome(self) -> dict[str, int]:
        """Rows per outcome, in the order of ``Outcome``."""
        out: dict[str, int] = {}
        for o in Outcome:
            n = sum(1 for r in self.rows if r.outcome == o.value)
            if n:
                out[o.value] = n
        return out

    def counts_by_plan(self) -> list[dict[str, Any]]:
        """Per plan: file, issuer, period, rows and rows by tone."""
        out: dict[str, dict[str, Any]] = {}
        for p in self.report.plans:
            out[p.file] = {
                "file": p.file,
                "issuer": p.meta["issuer"],
                "level": p.meta["level"],
                "period": p.meta["period"],
                "rows": 0,
                "error": 0,
                "warning": 0,
                "ok": 0,
                "other": 0,
                "disagree": 0,
            }
        for r in self.rows:
            c = out[r.file]
            c["rows"] += 1
            c[r.tone] += 1
            c["disagree"] += int(r.methods_disagree)
        return list(out.values())


def sha256_file(data: bytes) -> str:
    """The hex SHA-256 of a file's bytes."""
    return hashlib.sha256(data).hexdigest()


def build(
    paths: Sequence[str],
    baselines: Baselines,
    *,
    programme_ids: Sequence[str] | None = None,
    checks: Sequence[Check] | None = None,
    waiver_files: Sequence[str] = (),
    as_of: date | None = None,
    method: str = "sdsn",
    lang: str = "en",
    progress: Callable[[str], None] | None = None,
) -> ReportData:
    """Check the plans (``check_paths``) and turn the result into the report's rows."""
    from egovcheck import waivers
    from egovcheck.engine import check_paths
    from egovcheck.errors import PlanError, UsageError
    from egovcheck.formatters import RenderOptions
    from egovcheck.loader import read_bytes

    if method not in METHODS:
        raise UsageError(msg("report.unknown_method", name=method, methods=list(METHODS)))
    if "-" in paths:
        raise UsageError(msg("report.no_stdin"))
    raw: dict[str, bytes] = {}
    for path in paths:
        with contextlib.suppress(PlanError):  # check_paths records why it cannot be read
            raw[path] = read_bytes(path)
    day = as_of or waivers.today()
    report = check_paths(
        paths,
        baselines,
        programme_ids,
        checks=checks,
        waiver_files=waiver_files,
        as_of=day,
        progress=progress,
    )
    options = RenderOptions(lang=lang, baselines=baselines)
    rows: list[Row] = []
    series: dict[str, list[Series]] = {}
    nationals: dict[str, dict[tuple[str, int], NationalRef]] = {}
    names: dict[str, str] = {}
    for plan in report.plans:
        ctx = _context(plan, baselines, raw.get(plan.file))
        plan_rows = _plan_rows(plan, ctx, options, METHODS[method])
        rows.extend(plan_rows)
        for data in ctx.keys.values():
            names.setdefault(data.key, _indicator_name(data.key, options))
            for n in data.nationals:
                nationals.setdefault(data.key, {})[(n.programme, n.deadline)] = n
            s = _series(plan, data, plan_rows)
            if s is not None:
                series.setdefault(data.key, []).append(s)
    for r in rows:
        names.setdefault(r.key, r.indicator_name)
    provenance = _provenance(report, baselines, raw, paths, day, as_of, METHODS[method], lang)
    return ReportData(
        rows=rows,
        report=report,
        series=dict(sorted(series.items())),
        nationals={
            k: sorted(v.values(), key=lambda n: (n.deadline, n.programme))
            for k, v in sorted(nationals.items())
        },
        provenance=provenance,
        lang=lang,
        method=METHODS[method],
        names=names,
    )


def _context(plan: PlanReport, baselines: Baselines, data: bytes | None) -> PlanContext:
    """The plan's keys with their actuals and national targets, as the checks saw them."""
    from egovcheck.checks.context import PlanContext
    from egovcheck.loader import load_plan

    loaded = load_plan(plan.file, baselines.catalogue, data=data)
    programmes = baselines.get(plan.programmes) if plan.programmes else []
    return PlanContext.build(loaded, baselines.catalogue, programmes)


def _indicator_name(key: str, options: RenderOptions) -> str:
    from egovcheck.formatters.rows import indicator_name

    return indicator_name(key, options)


@dataclass(frozen=True)
class _Judged:
    """One series judged by both methods."""

    kind: str  # "path" or "trend"
    sdsn: PaceClass
    sdsn_ratio: float | None
    eu: eurostat.CagrPace | None

    def chosen(self, method: str) -> tuple[str | None, float | None]:
        if method == EUROSTAT:
            if self.eu is None:
                return None, None
            ratio = None if self.eu.ratio is None else round(min(self.eu.ratio, 1.0), 6)
            return self.eu.pace_class.value, ratio
        return self.sdsn.value, None if self.sdsn_ratio is None else round(self.sdsn_ratio, 6)

    @property
    def disagree(self) -> bool:
        return self.eu is not None and self.eu.pace_class is not self.sdsn


def judge(data: KeyData) -> tuple[dict[int, _Judged], _Judged | None, int | None]:
    """Both methods on a key's series: the plan path per stretch, and the actuals' trend.

    Returns the path judgements by the year they are judged at, the trend's judgement and
    the deadline it is projected to.
    """
    from egovcheck.binding import meets
    from egovcheck.checks.trajectory import paces, project

    values = dict(data.targets)
    path: dict[int, _Judged] = {}
    for p in paces(data):
        v = values[p.year]
        eu = eurostat.assess(
            p.base_year,
            p.base_value,
            p.year,
            p.value,
            p.target.value,
            p.target.deadline,
            met=meets(v.value, v.qualifier, p.target),
        )
        path[p.year] = _Judged("path", p.pace_class, p.ratio, eu)
    trend = None
    deadline = None
    projected = project(data)
    if projected is not None:
        target, _slope, _value, cls, ratio = projected
        (y0, a0), (yt, at) = data.actuals[0], data.actuals[-1]
        eu = eurostat.assess(
            y0,
            a0.value,
            yt,
            at.value,
            target.value,
            target.deadline,
            met=meets(at.value, at.qualifier, target),
        )
        trend = _Judged("trend", cls, ratio, eu)
        deadline = target.deadline
    return path, trend, deadline


def _disagree_note(j: _Judged, lang: str) -> str:
    def ratio(value: float | None) -> str:
        # One decimal, trailing zeros dropped (num() with no decimals turns 100 into "1").
        return "–" if value is None else f"{m.num(max(min(value, 1.0), -9.99) * 100, lang)}%"

    eu = j.eu
    assert eu is not None
    complement = (
        (", tính trên khoảng cách tới 100%" if lang == "vi" else ", on the distance to 100%")
        if eu.complement
        else ""
    )
    sdsn_cls, eu_cls = m.label(j.sdsn.value, lang), m.label(eu.pace_class.value, lang)
    if lang == "vi":
        what = "lộ trình kế hoạch" if j.kind == "path" else "xu hướng số liệu thực tế"
        return (
            f"Hai phương pháp đánh giá {what} khác nhau: tuyến tính SDSN: {sdsn_cls} "
            f"(tỷ lệ {ratio(j.sdsn_ratio)}); CAGR Eurostat: {eu_cls} "
            f"(tỷ lệ {ratio(eu.ratio)}{complement})."
        )
    what = "the plan's path" if j.kind == "path" else "the actuals' trend"
    return (
        f"The methods disagree on {what}: SDSN linear {sdsn_cls} (ratio "
        f"{ratio(j.sdsn_ratio)}); Eurostat CAGR {eu_cls} ({eurostat.EUROSTAT_WORDS[eu.pace_class]},"
        f" ratio {ratio(eu.ratio)}{complement})."
    )


def _plan_rows(
    plan: PlanReport, ctx: PlanContext, options: RenderOptions, method: str
) -> list[Row]:
    """One row per assessment of the plan, with both methods' judgements."""
    from egovcheck.formatters.rows import note, row_findings

    lang = options.lang
    judged = {key: judge(data) for key, data in ctx.keys.items()}
    # Where each key's trend is shown: its deadline's row, else the key's last row before it.
    trend_at: dict[tuple[str, int], _Judged] = {}
    years: dict[str, list[int]] = {}
    for a in plan.assessments:
        years.setdefault(a.key, []).append(a.year)
    for key, (_path, trend, deadline) in judged.items():
        if trend is None or deadline is None:
            continue
        candidates = [y for y in years.get(key, []) if y <= deadline]
        if candidates:
            trend_at[(key, max(candidates))] = trend
    out = []
    for a in plan.assessments:
        findings = row_findings(plan, a)
        path_j = judged[a.key][0].get(a.year) if a.key in judged else None
        trend_j = trend_at.get((a.key, a.year))
        out.append(_row(plan, a, findings, path_j, trend_j, options, method, note, lang))
    return out


def _row(
    plan: PlanReport,
    a: Assessment,
    findings: list[Any],
    path_j: _Judged | None,
    trend_j: _Judged | None,
    options: RenderOptions,
    method: str,
    note: Callable[..., str],
    lang: str,
) -> Row:
    n = a.national
    active = [f for f in findings if not f.waived]
    worst = max((f.severity for f in active), key=lambda s: s.rank, default=None)
    gap = next((f.gap for f in findings if f.gap is not None), None)
    path_cls, path_ratio = path_j.chosen(method) if path_j else (None, None)
    trend_cls, trend_ratio = trend_j.chosen(method) if trend_j else (None, None)
    text = note(a, findings, options)
    disagree = [j for j in (path_j, trend_j) if j is not None and j.disagree]
    for j in disagree:
        text = f"{text} {_disagree_note(j, lang)}".strip()
    return Row(
        file=plan.file,
        issuer=plan.meta["issuer"],
        level=plan.meta["level"],
        period=plan.meta["period"],
        key=a.key,
        indicator_name=_indicator_name(a.key, options),
        year=a.year,
        plan_value=a.plan_value,
        plan_qualifier=a.plan_qualifier,
        national_value=n.value if n else None,
        national_qualifier=n.qualifier if n else None,
        deadline=n.deadline if n else None,
        programme=n.programme if n else None,
        document=n.document_en if n and lang == "en" else (n.document if n else None),
        location=n.location if n else None,
        evidence=n.evidence if n else None,
        outcome=a.outcome.value,
        codes=a.codes,
        severity=worst.value if worst else None,
        waived=any(f.waived for f in findings),
        gap=gap,
        required_gain=a.required_gain,
        method=method if (path_cls or trend_cls) else None,
        trajectory_class=path_cls,
        trajectory_ratio=path_ratio,
        trend_class=trend_cls,
        trend_ratio=trend_ratio,
        methods_disagree=bool(disagree),
        line=a.line,
        note=text,
    )


_TONE_RANK = {"error": 3, "warning": 2, "other": 1, "ok": 0}


def _series(plan: PlanReport, data: KeyData, rows: list[Row]) -> Series | None:
    """The plan's values, actuals, required lines and projection for one key."""
    from egovcheck.checks.trajectory import paces, project

    if not data.targets and not data.actuals:
        return None
    required = []
    for p in paces(data):
        required.append((p.base_year, p.base_value, p.target.deadline, p.target.value))
    if not required and data.targets:
        # No pace (a single plan year): the line from the plan's first value to its target.
        first_year, first = data.targets[0]
        start = data.start_point(first_year)
        nxt = data.next(first_year)
        if nxt is not None and nxt.deadline > first_year:
            y0, v0 = (start[0], start[1]) if start else (first_year, first.value)
            required.append((y0, v0, nxt.deadline, nxt.value))
    projection = None
    projected = project(data)
    if projected is not None:
        target, _slope, value, _cls, _ratio = projected
        last_year, last = data.actuals[-1]
        projection = (last_year, last.value, target.deadline, value)
    mine = [r for r in rows if r.key == data.key]
    badness = (
        max((_TONE_RANK[r.tone] for r in mine), default=0),
        sum(r.gap or 0.0 for r in mine),
    )
    meta = plan.meta
    return Series(
        label=f"{meta['issuer']} ({meta['period']})",
        file=plan.file,
        values=[(y, v.value) for y, v in data.targets],
        actuals=[(y, v.value) for y, v in data.actuals],
        required=required,
        projection=projection,
        badness=badness,
    )


def sdsn_thresholds() -> dict[str, float]:
    """The SDSN linear method's bounds (checks/trajectory.py)."""
    from egovcheck import pace

    return {
        "on_track_at": pace.ON_TRACK_AT,
        "moderately_improving_at": pace.MODERATE_AT,
        "stagnating_at": pace.STAGNATING_AT,
    }


def _provenance(
    report: Report,
    baselines: Baselines,
    raw: dict[str, bytes],
    paths: Sequence[str],
    day: date,
    as_of: date | None,
    method: str,
    lang: str,
) -> dict[str, Any]:
    from egovcheck import __version__

    used = {pid for p in report.plans for pid in p.programmes}
    unreadable = {e.file for e in report.errors}
    methods = {SDSN: sdsn_thresholds(), EUROSTAT: eurostat.thresholds()}
    other = EUROSTAT if method == SDSN else SDSN
    return {
        "tool": {"name": "egovcheck", "version": __version__},
        "lang": lang,
        "as_of": day.isoformat(),
        "as_of_given": as_of is not None,
        "baselines_checksum": baselines.checksum,
        "programmes": [
            {
                "id": p.id,
                "document": p.document,
                "issued": p.issued.isoformat(),
                "title": p.title.en,
            }
            for p in baselines.ordered()
            if p.id in used
        ],
        "method": {"name": method, "thresholds": methods[method]},
        "compared_with": {"name": other, "thresholds": methods[other]},
        "inputs": [
            {
                "file": path,
                "sha256": sha256_file(raw[path]) if path in raw else None,
                "bytes": len(raw[path]) if path in raw else None,
                "status": "unreadable" if path in unreadable or path not in raw else "checked",
            }
            for path in paths
        ],
        "counts": report.counts(),
    }


def pivot(data: ReportData, kind: str) -> Pivot:
    """The pivot ``indicator`` (issuers x years per key) or ``plan`` (keys x years per plan)."""
    rows_with_year = [r for r in data.rows if r.plan_value is not None or r.severity]
    if kind == "indicator":
        return _by_indicator(data, rows_with_year)
    return _by_plan(data, rows_with_year)


def _cell(r: Row) -> Cell:
    return Cell(r.plan_value, r.plan_qualifier, r.tone, r.outcome)


def _by_indicator(data: ReportData, rows: list[Row]) -> Pivot:
    lang = data.lang
    years: set[int] = set()
    groups: list[tuple[str, list[PivotRow]]] = []
    by_key: dict[str, dict[tuple[str, str], PivotRow]] = {}
    for r in rows:
        entry = by_key.setdefault(r.key, {})
        pr = entry.setdefault(
            (r.issuer, r.level), PivotRow([r.key, r.issuer, m.label(r.level, lang)], {})
        )
        pr.cells[r.year] = _cell(r)  # a later plan of the same issuer wins
        years.add(r.year)
    for key in sorted(by_key):
        national_rows = []
        by_programme: dict[str, PivotRow] = {}
        for n in data.nationals.get(key, []):
            doc = n.document_en if lang == "en" else n.document
            label = f"{'National' if lang == 'en' else 'Quốc gia'}: {doc}"
            pr = by_programme.setdefault(n.programme, PivotRow([key, label, ""], {}, True))
            pr.cells[n.deadline] = Cell(n.value, n.qualifier, "other", "national")
            years.add(n.deadline)
        national_rows = list(by_programme.values())
        issuers = sorted(by_key[key].values(), key=lambda p: (p.labels[1].casefold(), p.labels))
        groups.append((key, national_rows + issuers))
    return Pivot("indicator", ["key", "issuer", "level"], sorted(years), groups)


def _by_plan(data: ReportData, rows: list[Row]) -> Pivot:
    years: set[int] = set()
    by_plan: dict[str, dict[str, PivotRow]] = {}
    for r in rows:
        entry = by_plan.setdefault(r.file, {})
        pr = entry.setdefault(r.key, PivotRow([r.file, r.issuer, r.key], {}))
        pr.cells[r.year] = _cell(r)
        years.add(r.year)
    groups = [(f, sorted(keys.values(), key=lambda p: p.labels[2])) for f, keys in by_plan.items()]
    return Pivot("plan", ["file", "issuer", "key"], sorted(years), groups)
