"""Read plan files: bytes -> text -> YAML with line marks (yamlfile) -> a validated Plan."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from egovcheck.errors import Msg, PlanError, Problem, msg, problem
from egovcheck.yamlfile import (
    MAX_BYTES,
    MAX_DEPTH,
    Located,
    _is_year_text,
    decode,
    dotted,
    parse_yaml,
    read_bytes,
    suggest,
    validation_problems,
)

if TYPE_CHECKING:
    from egovcheck.models import Catalogue, Plan

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "LoadedPlan",
    "Located",
    "check_semantics",
    "decode",
    "dotted",
    "load_plan",
    "parse_yaml",
    "read_bytes",
    "suggest",
    "validation_problems",
]


@dataclass(frozen=True)
class LoadedPlan:
    """A validated plan with the file it came from and its line marks."""

    file: str
    plan: Plan
    located: Located

    def line_of(self, *path: str | int) -> int | None:
        """The 1-based line of a key path in the plan file."""
        return self.located.where(path)[0]

    def column_of(self, *path: str | int) -> int | None:
        """The 1-based column of a key path in the plan file."""
        return self.located.where(path)[1]


def _plan_keys(loc: tuple[Any, ...]) -> list[str]:
    """The keys a plan file accepts at ``loc`` (best effort, for hints)."""
    from egovcheck.models import LocalTarget, Plan, PlanMeta, TargetValue, Waiver

    if not loc:
        return list(Plan.model_fields)
    if loc[0] == "waivers":
        return list(Waiver.model_fields)
    head = loc[0]
    if head == "plan":
        return list(PlanMeta.model_fields)
    if head == "local_targets":
        return list(LocalTarget.model_fields)
    if head in ("targets", "actuals") and len(loc) >= 3:
        return list(TargetValue.model_fields)
    return []


def load_plan(path: str, catalogue: Catalogue, data: bytes | None = None) -> LoadedPlan:
    """Load and validate one plan file; raise PlanError listing every problem found."""
    from pydantic import ValidationError

    from egovcheck.models import Plan

    display = "<stdin>" if path == "-" else path
    raw = read_bytes(path) if data is None else data
    text = decode(raw, display)
    located = parse_yaml(text, display)
    if not isinstance(located.data, dict):
        got = (
            msg("plan.got_empty")
            if located.data is None
            else msg("plan.got_type", type=type(located.data).__name__)
        )
        raise PlanError([problem(display, "plan.not_mapping", got=got)])
    problems = check_semantics(located.data, catalogue, display, located)
    try:
        plan = Plan.model_validate(located.data)
    except ValidationError as exc:
        problems = validation_problems(exc, display, located, allowed=_plan_keys) + problems
    if problems:
        unique = {(p.line or 0, p.path, p.message): p for p in problems}
        raise PlanError([unique[k] for k in sorted(unique, key=lambda k: (k[0], k[1]))])
    return LoadedPlan(display, plan, located)


def _year_of(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _is_year_text(value.strip()):
        return int(value.strip())
    return None


def _number_of(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("value")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def check_semantics(
    data: dict[Any, Any], catalogue: Catalogue, file: str, located: Located
) -> list[Problem]:
    """Check what the schema alone cannot: indicator ids, scopes, years, percent ranges.

    Reads the raw document, so these problems are reported together with the schema's.
    """
    from datetime import date

    from egovcheck.models import (
        DISTRICT_TIER_ENDED,
        LAST_DISTRICT_YEAR,
        SCOPES_FOR_LEVEL,
        parse_period,
    )

    problems: list[Problem] = []

    def add(message: Msg, *path: str | int) -> None:
        line, column = located.where(path)
        problems.append(Problem(file, message, line=line, column=column, path=dotted(path)))

    plan_block = data.get("plan")
    meta: dict[Any, Any] = plan_block if isinstance(plan_block, dict) else {}
    raw_level = meta.get("level")
    level = raw_level if isinstance(raw_level, str) and raw_level in SCOPES_FOR_LEVEL else None
    try:
        first, last = parse_period(meta.get("period"))
        period: str | None = str(first) if first == last else f"{first}-{last}"
    except ValueError:
        first, last, period = 0, 0, None
    adopted = meta.get("adopted")
    if period and type(adopted) is date and adopted > date(last, 12, 31):
        add(
            msg("plan.adopted_after", adopted=adopted.isoformat(), period=period), "plan", "adopted"
        )
    # Two tiers from 1 July 2025 (fact sheet, "Local government since 1 July 2025").
    ended = DISTRICT_TIER_ENDED.isoformat()
    if level == "district" and type(adopted) is date and adopted >= DISTRICT_TIER_ENDED:
        when = msg("plan.district_adopted", adopted=adopted.isoformat())
        add(msg("plan.district_gone", when=when, ended=ended), "plan", "adopted")
    elif level == "district" and period and last > LAST_DISTRICT_YEAR:
        when = msg("plan.district_years", year=period)
        add(msg("plan.district_gone", when=when, ended=ended), "plan", "period")
    for section in ("targets", "actuals"):
        series_map = data.get(section)
        if not isinstance(series_map, dict):
            continue
        for raw_key, series in series_map.items():
            key = str(raw_key)
            indicator_id, dot, scope = key.partition(".")
            indicator = catalogue.indicators.get(indicator_id)
            if indicator is None:
                hint = suggest(indicator_id, catalogue.indicators)
                add(msg("plan.unknown_indicator", name=indicator_id, suggestion=hint), section, key)
                continue
            if dot:
                if scope not in indicator.scopes:
                    add(
                        msg(
                            "plan.unknown_scope",
                            scope=scope,
                            indicator=indicator_id,
                            suggestion=suggest(scope, indicator.scopes),
                            scopes=list(indicator.scopes),
                        ),
                        section,
                        key,
                    )
                    continue
                if level and scope not in SCOPES_FOR_LEVEL[level]:
                    add(
                        msg(
                            "plan.scope_not_for_level",
                            level=level,
                            scope=scope,
                            allowed=list(SCOPES_FOR_LEVEL[level]),
                        ),
                        section,
                        key,
                    )
                    continue
            if not isinstance(series, dict):
                continue
            for raw_year, target in series.items():
                year = _year_of(raw_year)
                if year is not None and period:
                    if section == "targets" and not first <= year <= last:
                        add(msg("plan.year_outside", year=year, period=period), section, key, year)
                    elif section == "actuals" and year > last:
                        add(msg("plan.actual_after", year=year, period=period), section, key, year)
                if year is not None and scope == "district" and year > LAST_DISTRICT_YEAR:
                    add(
                        msg(
                            "plan.district_key_gone",
                            year=year,
                            ended=ended,
                            last=LAST_DISTRICT_YEAR,
                        ),
                        section,
                        key,
                        year,
                    )
                value = _number_of(target)
                if value is not None and indicator.unit == "percent" and not 0 <= value <= 100:
                    add(msg("plan.percent_range", got=f"{value:g}"), section, key, str(raw_year))
    locals_ = data.get("local_targets")
    for i, local in enumerate(locals_ if isinstance(locals_, list) else []):
        if not isinstance(local, dict):
            continue
        year = _year_of(local.get("year"))
        if year is not None and period and not first <= year <= last:
            add(msg("plan.year_outside", year=year, period=period), "local_targets", i, "year")
        value = _number_of(local.get("value"))
        percent = local.get("unit", "percent") == "percent"
        if value is not None and percent and not 0 <= value <= 100:
            add(msg("plan.percent_range", got=f"{value:g}"), "local_targets", i, "value")
    return problems
