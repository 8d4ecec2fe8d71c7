"""Every row's outcome: one row per plan key and year, derived from the facts and the findings."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from egovcheck.findings import Assessment, Finding, Outcome, PaceClass

if TYPE_CHECKING:
    from collections.abc import Sequence

    from egovcheck.checks.context import PlanContext
    from egovcheck.findings import NationalRef

# When one row has several findings, its outcome is that of the first in this order.
_OUTCOME_ORDER = [
    Outcome.BELOW_NATIONAL,
    Outcome.MISSED,
    Outcome.LATE,
    Outcome.MISSING,
    Outcome.OFF_PATH,
    Outcome.BEHIND_PACE,
    Outcome.PROJECTED_SHORT,
    Outcome.REGRESSION,
]


_ABOUT_WAIVERS = {Outcome.WAIVER_UNUSED, Outcome.WAIVER_INVALID}

# The label of a below-national row whose floor is a parent plan's target (``--against``) while
# it meets every national one: the outcome and its findings stay those of LV01.
BELOW_PARENT = "below-parent"


def assess(
    ctx: PlanContext, findings: list[Finding], enabled: set[str] | None = None
) -> list[Assessment]:
    """One row per plan key and year, per judged actual, and per national target left out.

    A row's outcome comes from the facts, whichever checks ran: a value below the floor is
    below-national and one below TR01's line off-path even with LV01 or TR01 not selected;
    then the findings; a row without either is achieved, on-track (on the line from its start
    point), not-assessed, not-applicable or no-national-target. An actual judged at a
    national deadline (AC01's rule) is met or missed. ``enabled`` is not used: kept for
    callers.
    """
    from egovcheck.binding import meets
    from egovcheck.checks.actual import verdicts
    from egovcheck.checks.coverage import in_window
    from egovcheck.checks.trajectory import below_line, line_at, paces

    del enabled
    by_row: dict[tuple[str, int], list[Finding]] = {}
    for f in findings:
        if f.year is not None and f.outcome not in _ABOUT_WAIVERS:
            by_row.setdefault((f.key, f.year), []).append(f)
    rows: dict[tuple[str, int], Assessment] = {}
    for data in ctx.keys.values():
        classes: dict[int, PaceClass] = {p.year: p.pace_class for p in paces(data)}
        for year, value in data.targets:
            row_findings = by_row.pop((data.key, year), [])
            floor, nxt = data.floor(year), data.next(year)
            facts = {f.outcome for f in row_findings}
            if floor is not None and not meets(value.value, value.qualifier, floor):
                facts.add(Outcome.BELOW_NATIONAL)
            if below_line(data, year, value.value, value.qualifier) is not None:
                facts.add(Outcome.OFF_PATH)
            if facts:
                outcome = _worst(facts)
            elif not data.nationals:
                outcome = (
                    Outcome.NOT_APPLICABLE if data.other_level_only else Outcome.NO_NATIONAL_TARGET
                )
            elif (nxt is not None and meets(value.value, value.qualifier, nxt)) or (
                nxt is None and floor is not None
            ):
                outcome = Outcome.ACHIEVED
            elif line_at(data, year) is not None:
                outcome = Outcome.ON_TRACK
            else:
                outcome = Outcome.NOT_ASSESSED
            required = None
            if (
                nxt is not None
                and nxt.deadline > year
                and not meets(value.value, value.qualifier, nxt)
            ):
                required = max(0.0, (nxt.value - value.value) / (nxt.deadline - year))
            rows[(data.key, year)] = Assessment(
                key=data.key,
                year=year,
                outcome=outcome,
                line=ctx.loaded.line_of("targets", data.key, year),
                plan_value=value.value,
                plan_qualifier=value.qualifier,
                floor=floor,
                next=nxt,
                codes=tuple(sorted({f.code for f in row_findings})),
                required_gain=None if required is None else round(required, 6),
                pace_class=classes.get(year),
                source=value.source,
            )
    # Actuals judged at a national deadline: a row of their own, or beside the plan's value.
    for data in ctx.keys.values():
        for v in verdicts(data):
            row_key = (data.key, v.target.deadline)
            row_findings = by_row.pop(row_key, [])
            actual = {"actual_value": v.actual.value, "actual_year": v.year}
            if row_key in rows:
                row = rows[row_key]
                outcome = row.outcome
                if not v.met and not _worse(row.outcome, Outcome.MISSED):
                    outcome = Outcome.MISSED
                codes = tuple(sorted({*row.codes, *(f.code for f in row_findings)}))
                rows[row_key] = replace(row, outcome=outcome, codes=codes, **actual)  # type: ignore[arg-type]
                continue
            facts = {f.outcome for f in row_findings} | (set() if v.met else {Outcome.MISSED})
            rows[row_key] = Assessment(
                key=data.key,
                year=v.target.deadline,
                outcome=_worst(facts) if facts else Outcome.MET,
                line=ctx.loaded.line_of("actuals", data.key, v.year),
                next=v.target,
                codes=tuple(sorted({f.code for f in row_findings})),
                source=v.actual.source,
                actual_value=v.actual.value,
                actual_year=v.year,
            )
    # Findings at a year the plan sets no value for (CV01, TM01, TR03 at a deadline).
    for (key, year), row_findings in by_row.items():
        first = row_findings[0]
        rows[(key, year)] = Assessment(
            key=key,
            year=year,
            outcome=_worst({f.outcome for f in row_findings}),
            line=first.line,
            next=first.national,
            codes=tuple(sorted({f.code for f in row_findings})),
        )
    # National targets in the plan's window that do not bind its level: shown, not dropped.
    plan_indicators = {d.indicator for d in ctx.keys.values()}
    applied = {(r.indicator, r.deadline) for r in in_window(ctx)}
    for ref in in_window(ctx, level_applies=False):
        if ref.indicator.partition(".")[0] in plan_indicators:
            continue
        if (ref.indicator, ref.deadline) in applied:
            continue
        rows.setdefault(
            (ref.indicator, ref.deadline),
            Assessment(
                key=ref.indicator,
                year=ref.deadline,
                outcome=Outcome.NOT_APPLICABLE,
                line=None,
                next=ref,
            ),
        )
    return [rows[k] for k in sorted(rows)]


def _worse(a: Outcome, b: Outcome) -> bool:
    """True when ``a`` comes before ``b`` in the order of failing outcomes."""
    if a not in _OUTCOME_ORDER:
        return False
    return b not in _OUTCOME_ORDER or _OUTCOME_ORDER.index(a) < _OUTCOME_ORDER.index(b)


def _worst(outcomes: set[Outcome]) -> Outcome:
    return next(o for o in _OUTCOME_ORDER if o in outcomes)


def outcome_label(row: Assessment, nationals: Sequence[NationalRef] = ()) -> str:
    """The label key of a row's outcome: its value, or ``below-parent``.

    A row is below the parent plan, not below national, when the floor it misses is a parent
    plan's target (its programme ``plan:<file>``, see ``parent.programme_from_plan``) and its
    value meets the latest of ``nationals`` (the national targets binding the key, without the
    parent's) due by its year. A row below both keeps ``below-national``.
    """
    from egovcheck.binding import meets

    own: str = row.outcome.value
    floor = row.floor
    if (
        row.outcome is not Outcome.BELOW_NATIONAL
        or floor is None
        or not floor.programme.startswith("plan:")
    ):
        return own
    due = [n for n in nationals if n.deadline <= row.year and not n.programme.startswith("plan:")]
    if due and row.plan_value is not None:
        national = max(due, key=lambda n: n.deadline)
        if not meets(row.plan_value, row.plan_qualifier, national):
            return own
    return BELOW_PARENT
