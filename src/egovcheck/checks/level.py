"""Level checks: plan values below the national floor."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from egovcheck.binding import meets, missed_by
from egovcheck.checks.base import Check
from egovcheck.findings import Finding, Outcome, Severity

if TYPE_CHECKING:
    from egovcheck.checks.context import PlanContext


def below_national(ctx: PlanContext) -> Iterator[Finding]:
    """The plan's value for a year is below the national floor for that year.

    The floor of a key in year t is the latest national deadline at or before t, including
    deadlines before the plan period, of programmes issued before the plan was adopted. A value
    must meet every document's target for that deadline, so the finding cites the strictest
    one it misses and names the others. The gap is that target minus the plan value, in
    percentage points. A national "more than X" is met only by a value above X or by X also
    worded "more than". A target graded single makes at most a warning, unless the plan also
    misses another document's better-evidenced target for the same deadline.

    Fails (national 80% by 2020, Quyết định 1819/QĐ-TTg):
        docs_interagency_electronic: {2020: 75}        gap 5 points
    Fails (2030: "trên 80%" in 57-NQ/TW, "≥ 80" in 03/NQ-CP):
        online_service_usage: {2030: 80}               meets 03's, misses 57's: gap 0
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
            misses=missed_by(value.value, value.qualifier),
        )


LV01 = Check("LV01", "level.below-national", Severity.ERROR, below_national)
CHECKS = (LV01,)
