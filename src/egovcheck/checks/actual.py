"""Actual checks: reported values judged against the national targets due at their year."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from egovcheck.binding import meets, missed_by
from egovcheck.checks.base import Check
from egovcheck.findings import Finding, NationalRef, Outcome, Severity

if TYPE_CHECKING:
    from egovcheck.checks.context import KeyData, PlanContext
    from egovcheck.models import TargetValue


@dataclass(frozen=True)
class Verdict:
    """One national deadline judged on the actual reported for it."""

    key: str
    target: NationalRef
    year: int
    actual: TargetValue

    @property
    def met(self) -> bool:
        """True when the actual reaches the target ("more than" honoured)."""
        return meets(self.actual.value, self.actual.qualifier, self.target)


def verdicts(data: KeyData) -> list[Verdict]:
    """Each national deadline of a key with an actual to judge it by.

    The actual for the deadline year, else the latest actual after it; a deadline with no
    actual at or after it is not judged.
    """
    out = []
    for ref in data.nationals:
        at = [(y, v) for y, v in data.actuals if y == ref.deadline]
        later = [(y, v) for y, v in data.actuals if y > ref.deadline]
        chosen = at[0] if at else (later[-1] if later else None)
        if chosen is not None:
            out.append(Verdict(data.key, ref, chosen[0], chosen[1]))
    return out


def missed_target(ctx: PlanContext) -> Iterator[Finding]:
    """An actual for a national deadline is below the national target (ex-post evaluation).

    For each national deadline of a key, the plan's actual for the deadline year, or else
    its latest actual after it, is compared with the target due that year (the strictest
    document's, as for LV01; deadlines before the plan period included). The finding is
    reported at the deadline year with the gap in percentage points and the document it
    misses; an actual at or above it is outcome ``met``. A progress report that states
    actuals and no targets is judged this way too. A target graded single makes it a
    warning that says so (it is one anyway).

    Fails (actual 2025: 70; national 80% by 2025, Quyết định 749/QĐ-TTg):
        actuals: {services_level4: {2025: 70}}         gap 10 points
    Passes:
        actuals: {services_level4: {2025: 85}}         met
        actuals: {services_level4: {2024: 70}}         no actual at or after 2025
    """
    check = AC01
    for data in ctx.keys.values():
        for v in verdicts(data):
            if v.met:
                continue
            yield ctx.finding(
                check,
                Outcome.MISSED,
                data.key,
                v.target.deadline,
                at=("actuals", data.key, v.year),
                national=v.target,
                value=v.actual,
                misses=missed_by(v.actual.value, v.actual.qualifier),
                gap=round(v.target.value - v.actual.value, 6),
                actual_year=v.year,
                actual_value=v.actual.value,
            )


AC01 = Check("AC01", "actual.missed-target", Severity.WARNING, missed_target)
CHECKS = (AC01,)
