"""The required path: each plan year's least value on a straight line to the next target."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from egovcheck.checks.context import PlanContext
    from egovcheck.findings import NationalRef


@dataclass(frozen=True)
class Step:
    """One key and year of the required path."""

    key: str
    year: int
    minimum: float | None
    plan_value: float | None
    target: NationalRef | None
    start_year: int | None
    start_value: float | None
    start_kind: str | None


def required_path(ctx: PlanContext) -> list[Step]:
    """The required path of every key the plan sets or owes, for each year of its period.

    The line starts at the latest actual before the period, else at the plan's own value for
    its first year set; it runs to the next national target of each year (at a deadline, the
    target itself). A start already at the target must stay there; years after the last
    deadline must stay at the floor. Without a start point only deadline years get a minimum.
    """
    from egovcheck.binding import resolve
    from egovcheck.checks.context import KeyData
    from egovcheck.checks.coverage import in_window
    from egovcheck.checks.trajectory import required_value

    period = ctx.loaded.plan.plan.period
    keys: dict[str, KeyData] = dict(ctx.keys)
    for ref in in_window(ctx):
        covered = any(
            d.indicator == ref.indicator.partition(".")[0]
            and (
                not ref.indicator.partition(".")[2]
                or (d.scope or ctx.level) == ref.indicator.partition(".")[2]
            )
            for d in ctx.keys.values()
        )
        if not covered and ref.indicator not in keys:
            from egovcheck.binding import bindings

            indicator, _, scope = ref.indicator.partition(".")
            keys[ref.indicator] = KeyData(
                ref.indicator,
                indicator,
                scope or None,
                [],
                [],
                resolve(bindings(ctx.programmes, indicator, scope or None, ctx.level)),
            )
    steps = []
    for data in keys.values():
        if not data.nationals:
            continue
        plan = dict(data.targets)
        before = [(y, v.value) for y, v in data.actuals if y < period.first]
        start: tuple[int, float, str] | None = None
        if before:
            start = (*before[-1], "actual")
        elif data.targets:
            start = (data.targets[0][0], data.targets[0][1].value, "plan")
        for year in range(period.first, period.last + 1):
            nxt, floor = data.next(year), data.floor(year)
            minimum: float | None
            if nxt is None:
                minimum = floor.value if floor else None
            elif nxt.deadline == year:
                minimum = nxt.value
            elif start is not None and start[0] <= year:
                minimum = required_value(start[0], start[1], nxt, year)
                if floor is not None:
                    minimum = max(minimum, floor.value)
            else:
                minimum = floor.value if floor else None
            value = plan.get(year)
            steps.append(
                Step(
                    data.key,
                    year,
                    None if minimum is None else round(minimum, 6),
                    value.value if value else None,
                    nxt or floor,
                    start[0] if start else None,
                    start[1] if start else None,
                    start[2] if start else None,
                )
            )
    return sorted(steps, key=lambda s: (s.key, s.year))
