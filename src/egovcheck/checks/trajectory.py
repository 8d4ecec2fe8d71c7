"""Trajectory checks: whether a plan's yearly path, or the actuals' trend, reaches the deadline."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from egovcheck.binding import EPS, meets, missed_by
from egovcheck.checks.base import Check
from egovcheck.findings import Finding, NationalRef, Outcome, PaceClass, Severity
from egovcheck.pace import CAP, ON_TRACK_AT, classify

if TYPE_CHECKING:
    from egovcheck.checks.context import KeyData, PlanContext


def required_value(start_year: int, start: float, target: NationalRef, year: int) -> float:
    """The value on the straight line from the start point to the target, at ``year``.

    A start already at or above the target must simply stay there.
    """
    if start >= target.value:
        return target.value
    share = (year - start_year) / (target.deadline - start_year)
    return start + (target.value - start) * share


@dataclass(frozen=True)
class Line:
    """The straight line a plan value is measured against at one year."""

    start_year: int
    start_value: float
    start_kind: str
    target: NationalRef
    required: float


def line_at(data: KeyData, year: int) -> Line | None:
    """The line at ``year``: from the key's start point to the next target due after ``year``.

    One rule for TR01, the assessment's on-track and ``egovcheck path``: the start point is
    the latest actual before the year, else the plan's own latest earlier value
    (``KeyData.start_point``). None at a deadline year, after the last deadline, or without
    a start point.
    """
    nxt = data.next(year)
    if nxt is None or nxt.deadline <= year:
        return None
    start = data.start_point(year)
    if start is None:
        return None
    start_year, start_value, kind = start
    return Line(
        start_year, start_value, kind, nxt, required_value(start_year, start_value, nxt, year)
    )


def below_line(data: KeyData, year: int, value: float, qualifier: str | None) -> Line | None:
    """The line at ``year`` when a plan value that does not meet the next target is below it.

    A line already at the target (a start at or above it) is missed by any value that does
    not meet the target, a national "more than X" included.
    """
    line = line_at(data, year)
    if line is None or meets(value, qualifier, line.target):
        return None
    at_target = line.required >= line.target.value - EPS
    return line if value < line.required - EPS or at_target else None


@dataclass(frozen=True)
class Pace:
    """The SDSN linear pace of a plan's path toward one national target."""

    key: str
    year: int
    value: float
    base_year: int
    base_value: float
    base_kind: str
    target: NationalRef
    observed_gain: float
    required_gain: float
    ratio: float | None
    pace_class: PaceClass


def paces(data: KeyData) -> list[Pace]:
    """The pace of each stretch of plan years leading up to a national deadline.

    A stretch is the plan years whose next target is that deadline (the deadline year
    included). Its base is the latest actual before the stretch, else its first plan year; it
    is judged at its last plan year: observed gain a year from the base to there, against the
    gain a year needed from the base to the target. A last value that meets the target is on
    track.
    """
    stretches: dict[int, list[tuple[int, float]]] = {}
    refs: dict[int, NationalRef] = {}
    last_values: dict[int, tuple[float, str | None]] = {}
    for year, value in data.targets:
        nxt = data.next(year)
        if nxt is None:
            continue
        stretches.setdefault(nxt.deadline, []).append((year, value.value))
        refs[nxt.deadline] = nxt
        last_values[nxt.deadline] = (value.value, value.qualifier)
    out = []
    for deadline, points in sorted(stretches.items()):
        target = refs[deadline]
        first_year = points[0][0]
        last_year, last_value = points[-1]
        before = [(y, v.value) for y, v in data.actuals if y < first_year]
        if before:
            base_year, base_value, kind = *before[-1], "actual"
        elif last_year > first_year:
            base_year, base_value, kind = *points[0], "plan"
        else:
            continue
        observed = (last_value - base_value) / (last_year - base_year)
        # A base at or above the target needs no gain: the plan must only stay there.
        required = max(0.0, (target.value - base_value) / (deadline - base_year))
        if meets(*last_values[deadline], target):
            # Already at the target: whatever the slope, the plan is where it must be.
            ratio = None if required <= EPS else min(observed / required, ON_TRACK_AT)
            cls = PaceClass.ON_TRACK
        elif required <= EPS:
            ratio, cls = None, PaceClass.DECREASING
        else:
            ratio = min(observed / required, ON_TRACK_AT)
            cls = classify(observed / required)
        out.append(
            Pace(
                data.key,
                last_year,
                last_value,
                base_year,
                base_value,
                kind,
                target,
                observed,
                required,
                ratio,
                cls,
            )
        )
    return out


def off_path(ctx: PlanContext) -> Iterator[Finding]:
    """The plan's value for a year is below the straight line to the next national target.

    The line runs from a start point, the latest actual before the year or else the plan's
    own value for an earlier year, to the next national target (the first due after the
    year). The finding gives the value the line requires that year. A year at a deadline is
    judged by LV01 instead; a year with no start point is not assessed.

    Fails (actual 2015: 40, national 80% by 2020; the line requires 48 in 2016):
        docs_interagency_electronic: {2016: 45}
    Passes:
        docs_interagency_electronic: {2016: 50}
    """
    check = TR01
    for data, year, value in ctx.iter_values():
        line = below_line(data, year, value.value, value.qualifier)
        if line is None:
            continue
        yield ctx.finding(
            check,
            Outcome.OFF_PATH,
            data.key,
            year,
            at=("targets", data.key, year),
            national=line.target,
            value=value,
            gap=round(line.required - value.value, 6),
            method="linear",
            start_year=line.start_year,
            start_value=line.start_value,
            start_kind=line.start_kind,
            required_value=round(line.required, 6),
        )


def pace(ctx: PlanContext) -> Iterator[Finding]:
    """The plan's yearly gain is too slow to reach the next national target (SDSN method).

    ratio = observed annual gain / required annual gain. Observed: from the base (the latest
    actual before the plan years leading up to a deadline, else the first of those years) to
    the last of them (the deadline year included). Required: from the base to the national
    target at its deadline. A last value that already meets the target is on track.
    Classes: ratio >= 1 on track (no finding); >= 0.5 moderately improving; >= 0 stagnating;
    < 0 decreasing (an error). A ratio of exactly 0.5 is moderately improving and exactly 0
    stagnating. The ratio is reported as at most 100%.

    Fails (actual 2015: 40, national 80% by 2020; needs 8 points a year, plans 2.5):
        docs_interagency_electronic: {2016: 42.5, 2017: 45}       ratio 0.31, stagnating
    Passes:
        docs_interagency_electronic: {2016: 48, 2017: 56}         ratio 1, on track
    """
    check = TR02
    for data in ctx.keys.values():
        values = dict(data.targets)
        for p in paces(data):
            if p.pace_class is PaceClass.ON_TRACK:
                continue
            severity = Severity.ERROR if p.pace_class is PaceClass.DECREASING else None
            last = values[p.year]
            yield ctx.finding(
                check,
                Outcome.BEHIND_PACE,
                data.key,
                p.year,
                at=("targets", data.key, p.year),
                national=p.target,
                value=values[p.year],
                severity=severity,
                misses=missed_by(last.value, last.qualifier),
                method="sdsn-linear",
                base_year=p.base_year,
                base_value=p.base_value,
                base_kind=p.base_kind,
                observed_gain=round(p.observed_gain, 6),
                required_gain=round(p.required_gain, 6),
                ratio=None if p.ratio is None else round(p.ratio, 6),
                pace_class=p.pace_class.value,
            )


def projection(ctx: PlanContext) -> Iterator[Finding]:
    """The actuals' linear trend, projected to the next national deadline, falls short.

    Needs two or more actuals. The trend is the least-squares slope of the actuals; it is
    projected from the latest actual to the first national deadline after it and not before
    the plan's first year (a past deadline is AC01's), capped at 100% and floored at 0%.
    ratio = trend slope / gain a year needed from the latest actual; the classes are those of
    TR02 (on track gives no finding). A projection at or above the target is on track.

    Fails (actuals 2014: 30, 2015: 35; national 80% by 2020; projected 60%):
        actuals: {docs_interagency_electronic: {2014: 30, 2015: 35}}
    Passes:
        actuals: {docs_interagency_electronic: {2014: 30, 2015: 40}}   projected 80%
    """
    check = TR03
    for data in ctx.keys.values():
        result = project(data, ctx.loaded.plan.plan.period.first)
        if result is None or result[3] is PaceClass.ON_TRACK:
            continue
        target, slope, projected, cls, ratio = result
        last_year, last = data.actuals[-1]
        yield ctx.finding(
            check,
            Outcome.PROJECTED_SHORT,
            data.key,
            target.deadline,
            at=("actuals", data.key),
            national=target,
            method="linear-trend",
            slope=round(slope, 6),
            projected_value=round(projected, 6),
            ratio=None if ratio is None else round(ratio, 6),
            pace_class=cls.value,
            last_actual_year=last_year,
            last_actual_value=last.value,
            actuals_used=len(data.actuals),
            gap=round(target.value - projected, 6),
        )


def project(
    data: KeyData, first_year: int | None = None
) -> tuple[NationalRef, float, float, PaceClass, float | None] | None:
    """Project the actuals' trend to the next deadline: (target, slope, value, class, ratio).

    The deadline is the first after the latest actual and, given ``first_year``, not before
    the plan's first year: a deadline already past is judged on the actuals (AC01).
    """
    if len(data.actuals) < 2:
        return None
    xs = [float(y) for y, _ in data.actuals]
    ys = [v.value for _, v in data.actuals]
    last_year, last_value = int(xs[-1]), ys[-1]
    after = max(last_year + 1, first_year or 0)
    target = next((n for n in data.nationals if n.deadline >= after), None)
    if target is None:
        return None
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs
    )
    years = target.deadline - last_year
    projected = max(0.0, min(CAP, last_value + slope * years))
    required = (target.value - last_value) / years
    ratio = None if required <= EPS else slope / required
    if projected >= target.value - EPS:
        cls = PaceClass.ON_TRACK
    elif ratio is None:
        cls = PaceClass.DECREASING  # above the target now, projected to fall below it
    else:
        cls = classify(ratio)
    return target, slope, projected, cls, None if ratio is None else min(ratio, 1.0)


def regression(ctx: PlanContext) -> Iterator[Finding]:
    """A later plan year is set lower than an earlier one.

    Compared year by year: each value against the plan's value for the year before it.

    Fails:
        docs_interagency_electronic: {2017: 60, 2018: 55}
    Passes:
        docs_interagency_electronic: {2017: 60, 2018: 60}
    """
    check = TR04
    for data in ctx.keys.values():
        for (y0, v0), (y1, v1) in zip(data.targets, data.targets[1:], strict=False):
            if v1.value < v0.value - EPS:
                yield ctx.finding(
                    check,
                    Outcome.REGRESSION,
                    data.key,
                    y1,
                    at=("targets", data.key, y1),
                    value=v1,
                    gap=round(v0.value - v1.value, 6),
                    previous_year=y0,
                    previous_value=v0.value,
                )


TR01 = Check("TR01", "trajectory.off-path", Severity.WARNING, off_path)
TR02 = Check("TR02", "trajectory.pace", Severity.WARNING, pace)
TR03 = Check("TR03", "trajectory.projection", Severity.WARNING, projection)
TR04 = Check("TR04", "trajectory.regression", Severity.WARNING, regression)
CHECKS = (TR01, TR02, TR03, TR04)
