"""Waiver checks: waivers that cover nothing, or name no check."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from egovcheck.checks.base import Check
from egovcheck.findings import Finding, Outcome, Severity

if TYPE_CHECKING:
    from egovcheck.checks.context import PlanContext
    from egovcheck.waivers import Entry


def unused(ctx: PlanContext) -> Iterator[Finding]:
    """A waiver covers no finding: the problem it excused is gone, or its key is wrong.

    Remove the waiver, or correct its code, key or year. A waiver that covered a finding after
    its expiry date counts as used (the finding is active again, with a note).

    Fails (nothing is below the national value for 2017):
        waivers: [{code: LV01, key: docs_interagency_electronic, year: 2017, reason: "..."}]
    Passes when the plan does have LV01 on docs_interagency_electronic in 2017.
    """
    yield from unused_waivers(WV01, ctx.waivers, ctx.used)


def unknown_check(ctx: PlanContext) -> Iterator[Finding]:
    """A waiver names a check code or name that does not exist.

    Fails:
        waivers: [{code: LV1, key: docs_interagency_electronic, reason: "..."}]
    Passes:
        waivers: [{code: LV01, key: docs_interagency_electronic, reason: "..."}]
        waivers: [{code: level.below-national, key: docs_interagency_electronic, reason: "..."}]
    """
    yield from unknown_waivers(WV02, ctx.waivers)


def finding_for(check: Check, entry: Entry, outcome: Outcome, **facts: object) -> Finding:
    """A finding about a waiver itself, located at the waiver."""
    return Finding(
        code=check.code,
        name=check.name,
        severity=check.severity,
        outcome=outcome,
        key=entry.waiver.key,
        year=entry.waiver.year,
        file=entry.file,
        line=entry.line,
        column=entry.column,
        path=entry.path,
        numbers=tuple(sorted({"waiver_code": entry.waiver.code, **facts}.items())),
    )


def unused_waivers(check: Check, waivers: Sequence[Entry], used: set[int]) -> list[Finding]:
    """WV01 findings: waivers for a known check that covered no finding."""
    return [
        finding_for(check, e, Outcome.WAIVER_UNUSED)
        for i, e in enumerate(waivers)
        if i not in used and e.code is not None
    ]


def unknown_waivers(check: Check, waivers: Sequence[Entry]) -> list[Finding]:
    """WV02 findings: waivers naming no known check, with the closest name as a hint."""
    return [
        finding_for(check, e, Outcome.WAIVER_INVALID, hint=e.hint)
        for e in waivers
        if e.code is None
    ]


WV01 = Check("WV01", "waiver.unused", Severity.WARNING, unused)
WV02 = Check("WV02", "waiver.unknown-check", Severity.WARNING, unknown_check)
CHECKS = (WV01, WV02)
