"""Timing checks: national deadlines a plan reaches only later."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from egovcheck.binding import meets
from egovcheck.checks.base import Check
from egovcheck.findings import Finding, Outcome, Severity

if TYPE_CHECKING:
    from egovcheck.checks.context import PlanContext
    from egovcheck.findings import AlsoRef, NationalRef
    from egovcheck.models import TargetValue


def late(ctx: PlanContext) -> Iterator[Finding]:
    """The plan skips a national deadline year in its period and reaches the value later.

    For each national target of a key due within the plan period, when the plan sets no value
    for the deadline year, none before it reaches the national value, and a later year does:
    the finding is reported at the deadline year, with the year the plan first reaches it.

    Fails (national 80% by 2020, plan 2019-2021):
        docs_interagency_electronic: {2019: 70, 2021: 80}     reaches 80% in 2021, 1 year late
    Passes:
        docs_interagency_electronic: {2019: 70, 2020: 80, 2021: 85}
    """
    check = TM01
    period = ctx.loaded.plan.plan.period
    for data in ctx.keys.values():
        years = dict(data.targets)
        for ref in data.nationals:
            if ref.deadline not in period or ref.deadline in years:
                continue
            if any(y < ref.deadline and meets(v.value, v.qualifier, ref) for y, v in years.items()):
                continue
            later = [
                y
                for y, v in sorted(years.items())
                if y > ref.deadline and meets(v.value, v.qualifier, ref)
            ]
            if not later:
                continue
            yield ctx.finding(
                check,
                Outcome.LATE,
                data.key,
                ref.deadline,
                at=("targets", data.key, later[0]),
                national=ref,
                value=years[later[0]],
                misses=_reached_late(years, ref.deadline),
                reached_year=later[0],
                years_late=later[0] - ref.deadline,
            )


def _reached_late(
    years: dict[int, TargetValue], deadline: int
) -> Callable[[NationalRef | AlsoRef], bool]:
    """A test of whether another document's target is not reached by the deadline either."""

    def misses(target: NationalRef | AlsoRef) -> bool:
        return not any(
            y <= deadline and meets(v.value, v.qualifier, target) for y, v in years.items()
        )

    return misses


TM01 = Check("TM01", "timing.late", Severity.ERROR, late)
CHECKS = (TM01,)
