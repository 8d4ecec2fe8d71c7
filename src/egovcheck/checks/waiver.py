"""Waiver checks: waivers that cover nothing, or name no check."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from egovcheck import waivers
from egovcheck.findings import Finding

if TYPE_CHECKING:
    from egovcheck.checks.context import PlanContext


def unused(ctx: PlanContext) -> Iterator[Finding]:
    """A waiver covers no finding: the problem it excused is gone, or its key is wrong.

    Remove the waiver, or correct its code, key or year. A waiver that covered a finding after
    its expiry date counts as used (the finding is active again, with a note).

    Fails (nothing is below the national value for 2017):
        waivers: [{code: LV01, key: docs_interagency_electronic, year: 2017, reason: "..."}]
    Passes when the plan does have LV01 on docs_interagency_electronic in 2017.
    """
    from egovcheck.checks import CHECKS

    yield from waivers.unused(CHECKS["WV01"], ctx.waivers, ctx.used)


def unknown_check(ctx: PlanContext) -> Iterator[Finding]:
    """A waiver names a check code or name that does not exist.

    Fails:
        waivers: [{code: LV1, key: docs_interagency_electronic, reason: "..."}]
    Passes:
        waivers: [{code: LV01, key: docs_interagency_electronic, reason: "..."}]
        waivers: [{code: level.below-national, key: docs_interagency_electronic, reason: "..."}]
    """
    from egovcheck.checks import CHECKS

    yield from waivers.unknown(CHECKS["WV02"], ctx.waivers)
