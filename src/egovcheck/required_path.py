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
    # True when the plan's value misses the minimum ("more than" honoured): the path's ``!``.
    below: bool = False
    # The minimum's wording: "more_than" when the target is "more than X" and X is the minimum.
    qualifier: str | None = None


def required_path(ctx: PlanContext) -> list[Step]:
    """The required path of every key the plan sets or owes, for each year of its period.

    Each year's line is TR01's (``trajectory.line_at``): from the latest actual before the
    year, else the plan's own latest earlier value, to the next national target. At a
    deadline year the minimum is the target itself; a year on a line must also reach the
    floor; a year with no line (no start point, or after the last deadline) must reach the
    floor, if any. A value is marked ``below`` when it misses the minimum, a national "more
    than X" being met only by a value above X or X worded "more than", exactly as TR01 and
    LV01 judge it.
    """
    from egovcheck.binding import meets
    from egovcheck.checks.context import KeyData, bound
    from egovcheck.checks.coverage import in_window
    from egovcheck.checks.trajectory import line_at

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
            indicator, _, scope = ref.indicator.partition(".")
            keys[ref.indicator] = KeyData(
                ref.indicator,
                indicator,
                scope or None,
                [],
                [],
                list(bound(ctx.programmes, indicator, scope or None, ctx.level)[0]),
            )
    steps = []
    for data in keys.values():
        if not data.nationals:
            continue
        plan = dict(data.targets)
        for year in range(period.first, period.last + 1):
            nxt, floor = data.next(year), data.floor(year)
            line = line_at(data, year)
            minimum: float | None
            judge: NationalRef | None = None  # the target a value at the minimum is judged by
            if nxt is not None and nxt.deadline == year:
                minimum, judge = nxt.value, nxt
            elif line is not None:
                minimum = line.required
                if floor is not None and floor.value >= minimum - 1e-9:
                    minimum, judge = floor.value, floor
                elif line.required >= line.target.value - 1e-9:
                    judge = line.target
            else:
                minimum, judge = (floor.value, floor) if floor else (None, None)
            value = plan.get(year)
            below = False
            if value is not None and minimum is not None:
                below = value.value < minimum - 1e-9 or (
                    judge is not None and not meets(value.value, value.qualifier, judge)
                )
            steps.append(
                Step(
                    data.key,
                    year,
                    None if minimum is None else round(minimum, 6),
                    value.value if value else None,
                    nxt or floor,
                    line.start_year if line else None,
                    line.start_value if line else None,
                    line.start_kind if line else None,
                    below,
                    judge.qualifier
                    if judge is not None and judge.qualifier == "more_than"
                    else None,
                )
            )
    return sorted(steps, key=lambda s: (s.key, s.year))
