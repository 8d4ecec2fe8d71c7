"""Every row's outcome: one row per plan key and year, derived from the facts and the findings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from egovcheck.findings import Assessment, Finding, Outcome, PaceClass

if TYPE_CHECKING:
    from egovcheck.checks.context import PlanContext

# When one row has several findings, its outcome is that of the first in this order.
_OUTCOME_ORDER = [
    Outcome.BELOW_NATIONAL,
    Outcome.LATE,
    Outcome.MISSING,
    Outcome.OFF_PATH,
    Outcome.BEHIND_PACE,
    Outcome.PROJECTED_SHORT,
    Outcome.REGRESSION,
]


_ABOUT_WAIVERS = {Outcome.WAIVER_UNUSED, Outcome.WAIVER_INVALID}


def assess(ctx: PlanContext, findings: list[Finding], enabled: set[str]) -> list[Assessment]:
    """One row per plan key and year, and per national target the plan leaves out.

    Rows without a finding are kept: achieved, on-track, not-assessed, not-applicable,
    no-national-target. A row is on-track only when TR01 ran and found it on the line.
    """
    from egovcheck.binding import meets
    from egovcheck.checks.coverage import in_window
    from egovcheck.checks.trajectory import paces

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
            if row_findings:
                outcome = _worst(row_findings)
            elif not data.nationals:
                outcome = (
                    Outcome.NOT_APPLICABLE if data.other_level_only else Outcome.NO_NATIONAL_TARGET
                )
            elif (nxt is not None and meets(value.value, value.qualifier, nxt)) or (
                nxt is None and floor is not None
            ):
                outcome = Outcome.ACHIEVED
            elif data.start_point(year) is not None and "TR01" in enabled:
                outcome = Outcome.ON_TRACK
            else:
                outcome = Outcome.NOT_ASSESSED
            required = None
            if (
                nxt is not None
                and nxt.deadline > year
                and not meets(value.value, value.qualifier, nxt)
            ):
                required = (nxt.value - value.value) / (nxt.deadline - year)
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
    # Findings at a year the plan sets no value for (CV01, TM01, TR03 at a deadline).
    for (key, year), row_findings in by_row.items():
        first = row_findings[0]
        rows[(key, year)] = Assessment(
            key=key,
            year=year,
            outcome=_worst(row_findings),
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


def _worst(findings: list[Finding]) -> Outcome:
    outcomes = {f.outcome for f in findings}
    return next(o for o in _OUTCOME_ORDER if o in outcomes)
