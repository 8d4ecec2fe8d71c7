"""Coverage checks: national targets a plan leaves without a value."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from egovcheck.binding import Bound, binds_tier, meets, memo, resolve
from egovcheck.checks.base import Check
from egovcheck.findings import Finding, NationalRef, Outcome, Severity

if TYPE_CHECKING:
    from egovcheck.checks.context import PlanContext
    from egovcheck.models import Period, Programme


def in_window(ctx: PlanContext, *, level_applies: bool = True) -> list[NationalRef]:
    """National targets a plan must cover: those due within its period, else the next one.

    One per target key (``indicator`` or ``indicator.scope``) and deadline, for targets whose
    ``applies`` lists the plan's level (or, with ``level_applies=False``, those whose row does
    not list it); the latest document wins a shared deadline. A parent plan's targets
    (``--against``) are grouped apart from the national ones: a parent's 2017 target does not
    hide the national 2020 one.
    """
    period = ctx.loaded.plan.plan.period
    store = memo(ctx.programmes)
    key = ("window", ctx.level, period.first, period.last, level_applies)
    if key not in store:
        store[key] = tuple(_window(ctx.programmes, ctx.level, period, level_applies))
    return list(store[key])


def _window(
    programmes: list[Programme], level: str, period: Period, level_applies: bool
) -> list[NationalRef]:
    # (indicator, from a parent plan) -> its targets
    groups: dict[tuple[str, bool], list[Bound]] = {}
    for programme in programmes:
        for target in programme.targets:
            tier = target.scope or level
            if not binds_tier(target, tier):
                continue
            if (level in target.applies) == level_applies:
                key = (target.indicator, programme.kind == "plan")
                groups.setdefault(key, []).append(Bound(target, programme))
    window = []
    for key in sorted(groups):
        refs = resolve(groups[key])
        inside = [r for r in refs if period.first <= r.deadline <= period.last]
        after = [r for r in refs if r.deadline > period.last]
        window.extend(inside or after[:1])
    return window


def plan_values_for(ctx: PlanContext, ref: NationalRef) -> list[tuple[int, float, str | None]]:
    """The plan's (year, value, qualifier) for every key a national target binds."""
    indicator, _, scope = ref.indicator.partition(".")
    values: list[tuple[int, float, str | None]] = []
    for data in ctx.keys.values():
        if data.indicator != indicator or (scope and (data.scope or ctx.level) != scope):
            continue
        values.extend((y, v.value, v.qualifier) for y, v in data.targets)
    return sorted(values)


def missing_target(ctx: PlanContext) -> Iterator[Finding]:
    """A national target applies to the plan but the plan sets no value for it.

    Looks at every national target whose row lists the plan's level and that is due within
    the plan period; for a key with none due within the period, the next one due after it.
    The plan covers a target when it sets a value for the target's key: an unscoped national
    target is covered by the indicator with any scope or none; a scoped one by that scope, or
    by the unscoped key when the plan's level is that scope. A target due within the period
    is also missing when the plan's values for it all stop before the deadline and none of
    them reaches it. A file with actuals and no targets is a progress report: it is judged on
    its actuals (AC01) and owes no targets.

    Fails (Hòa Bình 2017 sets nothing for documents submitted electronically):
        national  docs_submitted_electronic 100% by 2020 (Quyết định 1819/QĐ-TTg)
        targets:  {docs_interagency_electronic: {2017: 60}}
    Passes:
        targets:  {docs_submitted_electronic: {2017: 80}, docs_interagency_electronic: {2017: 60}}
    """
    check = CV01
    if not ctx.loaded.plan.targets and ctx.loaded.plan.actuals:
        return  # a progress report: its actuals are judged (AC01), it owes no targets
    period = ctx.loaded.plan.plan.period
    at: tuple[str | int, ...] = ("targets",) if ctx.loaded.plan.targets else ("plan",)
    for ref in in_window(ctx):
        values = plan_values_for(ctx, ref)
        if values and ref.deadline > period.last:
            continue
        if values and (
            any(y >= ref.deadline for y, _, _ in values)
            or any(meets(v, q, ref) for _, v, q in values)
        ):
            continue
        facts: dict[str, Any] = {"last_year": values[-1][0]} if values else {}
        indicator, _, scope = ref.indicator.partition(".")
        if scope and scope != ctx.level and indicator in ctx.keys and ctx.keys[indicator].targets:
            # The plan sets the indicator without a scope; the national target is per tier.
            facts["unscoped_key"] = indicator
        yield ctx.finding(
            check, Outcome.MISSING, ref.indicator, ref.deadline, at=at, national=ref, **facts
        )


CV01 = Check("CV01", "coverage.missing-target", Severity.WARNING, missing_target)
CHECKS = (CV01,)
