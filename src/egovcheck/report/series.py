"""The charts' series: each plan's path for one key, against what the national target needs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from egovcheck.checks.context import KeyData
    from egovcheck.findings import PlanReport
    from egovcheck.report.rows import Row


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


_TONE_RANK = {"error": 3, "warning": 2, "other": 1, "ok": 0}


def series(plan: PlanReport, data: KeyData, rows: list[Row]) -> Series | None:
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
