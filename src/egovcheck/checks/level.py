"""Level checks: plan values below the national floor."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from egovcheck.binding import meets
from egovcheck.checks.base import Check
from egovcheck.findings import Finding, Outcome, Severity

if TYPE_CHECKING:
    from egovcheck.checks.context import PlanContext


def below_national(ctx: PlanContext) -> Iterator[Finding]:
    """The plan's value for a year is below the national floor for that year.

    The floor of a key in year t is the national value of the latest target for the key due
    at or before t. The gap is the floor minus the plan value, in percentage points. A
    national "more than X" is met only by a value above X or by X also worded "more than".
    When the floor rests on a single source but an earlier document with better evidence sets
    the same deadline and the plan misses that too, the finding keeps its full severity.

    Fails (national 80% by 2020, Quyết định 1819/QĐ-TTg):
        docs_interagency_electronic: {2020: 75}        gap 5 points
    Passes:
        docs_interagency_electronic: {2020: 80}
        docs_interagency_electronic: {2019: 70}        no target is due yet in 2019
    """
    check = LV01
    for data, year, value in ctx.iter_values():
        floor = data.floor(year)
        if floor is None or meets(value.value, value.qualifier, floor):
            continue
        yield ctx.finding(
            check,
            Outcome.BELOW_NATIONAL,
            data.key,
            year,
            at=("targets", data.key, year),
            national=floor,
            value=value,
            gap=round(floor.value - value.value, 6),
            judged=True,
        )


LV01 = Check("LV01", "level.below-national", Severity.ERROR, below_national)
CHECKS = (LV01,)
