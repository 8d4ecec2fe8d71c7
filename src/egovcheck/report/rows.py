"""The gap table's rows: one per assessment of a plan, with both trajectory methods' verdicts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from egovcheck import messages as m
from egovcheck.assessment import BELOW_PARENT, outcome_label
from egovcheck.findings import Outcome, PaceClass, Severity
from egovcheck.report import eurostat

if TYPE_CHECKING:
    from egovcheck.baselines import Baselines
    from egovcheck.checks.context import KeyData, PlanContext
    from egovcheck.findings import Assessment, Finding, NationalRef, PlanReport

SDSN = "sdsn-linear"
EUROSTAT = eurostat.NAME
METHODS = {"sdsn": SDSN, "eurostat": EUROSTAT}

# The gap table's columns, fixed: CSV readers and spreadsheets depend on them.
COLUMNS = [
    "file", "issuer", "level", "period", "key", "indicator_name", "year", "plan_value",
    "plan_qualifier", "national_value", "national_qualifier", "deadline", "programme",
    "document", "location", "evidence", "outcome", "codes", "severity", "waived", "gap",
    "required_gain", "method", "trajectory_class", "trajectory_ratio", "trend_class",
    "trend_ratio", "methods_disagree", "line", "note", "source_wording", "source_refs",
]  # fmt: skip

# Between the parts of a note (findings' sentences, the methods' disagreement) and between a
# target's references: a pasted cell stays readable.
SEPARATOR = " | "

# Columns holding numbers (written as numbers in xlsx, with a decimal point in CSV).
NUMERIC = {
    "year", "plan_value", "national_value", "deadline", "gap", "required_gain",
    "trajectory_ratio", "trend_ratio", "line",
}  # fmt: skip


def header(column: str, lang: str) -> str:
    """A column's header in a language (``report.col.<column>`` in the messages)."""
    return m.header(f"report.col.{column}", lang)


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
    # The national target's own wording and the references it was read from.
    source_wording: str | None = None
    source_refs: tuple[str, ...] = ()
    # Below a parent plan's target (``--against``) and no national one: its own label.
    below_parent: bool = False

    @property
    def label(self) -> str:
        """The key of the outcome's words (``messages.label``): ``below-parent`` or the outcome."""
        return BELOW_PARENT if self.below_parent else self.outcome

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
            return (SEPARATOR if column == "source_refs" else " ").join(v)
        return v


def document(n: NationalRef, lang: str) -> str:
    """The name of a national target's document in ``lang``."""
    return n.document_en if lang == "en" else n.document


def indicator_name(key: str, baselines: Baselines, lang: str) -> str:
    """The catalogue name of a key's indicator, with its scope."""
    indicator_id, _, scope = key.partition(".")
    entry = baselines.catalogue.indicators.get(indicator_id)
    name = getattr(entry.name, lang) if entry else indicator_id
    return f"{name} ({m.label(scope, lang)})" if scope else name


def _note(a: Assessment, findings: list[Finding], name: str, lang: str) -> str:
    """The row's message: its findings' sentences, else the pace it implies."""
    if findings:
        return SEPARATOR.join(m.message(f, lang, name) for f in findings)
    parts = []
    if a.required_gain is not None and a.next is not None:
        parts.append(m.needed(a.required_gain, a.next.deadline, a.next.value, lang))
    if a.pace_class is not None:
        parts.append(m.label(a.pace_class.value, lang))
    return "; ".join(parts)


@dataclass(frozen=True)
class Judged:
    """One series judged by both methods."""

    kind: str  # "path" or "trend"
    sdsn: PaceClass
    sdsn_ratio: float | None
    eu: eurostat.CagrPace | None

    def chosen(self, method: str) -> tuple[str | None, float | None]:
        """The class and ratio of the method shown."""
        if method == EUROSTAT:
            if self.eu is None:
                return None, None
            ratio = None if self.eu.ratio is None else round(min(self.eu.ratio, 1.0), 6)
            return self.eu.pace_class.value, ratio
        return self.sdsn.value, None if self.sdsn_ratio is None else round(self.sdsn_ratio, 6)

    @property
    def disagree(self) -> bool:
        """The two methods put the series in different classes."""
        return self.eu is not None and self.eu.pace_class is not self.sdsn


def judge(data: KeyData) -> tuple[dict[int, Judged], Judged | None, int | None]:
    """Both methods on a key's series: the plan path per stretch, and the actuals' trend.

    Returns the path judgements by the year they are judged at, the trend's judgement and
    the deadline it is projected to.
    """
    from egovcheck.binding import meets
    from egovcheck.checks.trajectory import paces, project

    values = dict(data.targets)
    path: dict[int, Judged] = {}
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
        path[p.year] = Judged("path", p.pace_class, p.ratio, eu)
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
        trend = Judged("trend", cls, ratio, eu)
        deadline = target.deadline
    return path, trend, deadline


def disagree_note(j: Judged, lang: str) -> str:
    """The sentence saying how the two methods judge a series."""

    def ratio(value: float | None) -> str:
        # One decimal, trailing zeros dropped (num() with no decimals turns 100 into "1").
        return "–" if value is None else f"{m.num(max(min(value, 1.0), -9.99) * 100, lang)}%"

    eu = j.eu
    assert eu is not None
    return m.text(
        f"report.disagree.{j.kind}",
        lang,
        sdsn=m.label(j.sdsn.value, lang),
        sdsn_ratio=ratio(j.sdsn_ratio),
        eurostat=m.label(eu.pace_class.value, lang),
        eurostat_words=m.label(f"eurostat.{eu.pace_class.value}", lang),
        eurostat_ratio=ratio(eu.ratio),
        complement=m.text("report.disagree.complement", lang) if eu.complement else "",
    )


def plan_rows(
    plan: PlanReport, ctx: PlanContext, baselines: Baselines, method: str, lang: str
) -> list[Row]:
    """One row per assessment of the plan, with both methods' judgements."""
    judged = {key: judge(data) for key, data in ctx.keys.items()}
    # Where each key's trend is shown: its deadline's row, else the key's last row before it.
    trend_at: dict[tuple[str, int], Judged] = {}
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
        findings = [f for f in plan.findings if f.key == a.key and f.year == a.year]
        path_j = judged[a.key][0].get(a.year) if a.key in judged else None
        trend_j = trend_at.get((a.key, a.year))
        name = indicator_name(a.key, baselines, lang)
        row = _row(plan, a, findings, path_j, trend_j, name, method, lang)
        if a.floor is not None and a.floor.programme.startswith("plan:"):
            below = outcome_label(a, _nationals(ctx, a.key)) == BELOW_PARENT
            row = replace(row, below_parent=below)
        out.append(row)
    return out


def _nationals(ctx: PlanContext, key: str) -> list[NationalRef]:
    """The national targets binding a key, one per deadline, without a parent plan's."""
    from egovcheck.binding import bindings, resolve

    indicator, _, scope = key.partition(".")
    national = [p for p in ctx.programmes if not p.id.startswith("plan:")]
    return resolve(bindings(national, indicator, scope or None, ctx.level))


def _row(
    plan: PlanReport,
    a: Assessment,
    findings: list[Finding],
    path_j: Judged | None,
    trend_j: Judged | None,
    name: str,
    method: str,
    lang: str,
) -> Row:
    n = a.national
    active = [f for f in findings if not f.waived]
    worst = max((f.severity for f in active), key=lambda s: s.rank, default=None)
    gap = next((f.gap for f in findings if f.gap is not None), None)
    path_cls, path_ratio = path_j.chosen(method) if path_j else (None, None)
    trend_cls, trend_ratio = trend_j.chosen(method) if trend_j else (None, None)
    text = _note(a, findings, name, lang)
    disagree = [j for j in (path_j, trend_j) if j is not None and j.disagree]
    for j in disagree:
        text = SEPARATOR.join(part for part in (text, disagree_note(j, lang)) if part)
    return Row(
        file=plan.file,
        issuer=plan.meta["issuer"],
        level=plan.meta["level"],
        period=plan.meta["period"],
        key=a.key,
        indicator_name=name,
        year=a.year,
        plan_value=a.plan_value,
        plan_qualifier=a.plan_qualifier,
        national_value=n.value if n else None,
        national_qualifier=n.qualifier if n else None,
        deadline=n.deadline if n else None,
        programme=n.programme if n else None,
        document=document(n, lang) if n else None,
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
        source_wording=n.wording if n else None,
        source_refs=tuple(n.refs) if n else (),
    )
