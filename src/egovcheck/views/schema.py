"""The JSON Schema of plan files, generated from the pydantic models and the catalogue."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from egovcheck.models import Catalogue

SCHEMA_ID = "https://egovcheck.readthedocs.io/schemas/plan.schema.json"

# A percentage, as the loader checks it (``plan.percent_range``).
_PERCENT = {"type": "number", "minimum": 0, "maximum": 100}


def digits_range(low: str, high: str) -> str:
    """A regular expression matching the numbers from ``low`` to ``high`` (same length)."""
    if low == high:
        return low
    if len(low) == 1:
        return f"[{low}-{high}]"
    if low[0] == high[0]:
        return low[0] + "(?:" + digits_range(low[1:], high[1:]) + ")"
    rest = len(low) - 1
    nines, zeros = "9" * rest, "0" * rest
    parts = []
    first, last = int(low[0]), int(high[0])
    if low[1:] != zeros:
        parts.append(low[0] + "(?:" + digits_range(low[1:], nines) + ")")
        first += 1
    if high[1:] != nines:
        parts.append(high[0] + "(?:" + digits_range(zeros, high[1:]) + ")")
        last -= 1
    if first <= last:
        span = str(first) if first == last else f"[{first}-{last}]"
        parts.insert(len(parts) - (high[1:] != nines), span + f"[0-9]{{{rest}}}")
    return "|".join(parts)


def year_pattern(low: int, high: int) -> str:
    """A group matching the years ``low`` to ``high``."""
    return "(?:" + digits_range(str(low), str(high)) + ")"


def period_pattern() -> str:
    """``2016-2020``, each year within the loader's range, the last not before the first.

    JSON Schema cannot compare two numbers, so the pattern lists, for each first year, the
    last years allowed after it: a reversed period (``2020-2016``) does not match.
    """
    from egovcheck.models import YEAR_MAX, YEAR_MIN

    ranges = "|".join(
        f"{y}\\s*[-–]\\s*{year_pattern(y, YEAR_MAX)}" for y in range(YEAR_MIN, YEAR_MAX + 1)
    )
    return f"^\\s*(?:{ranges})\\s*$"


def plan_schema(catalogue: Catalogue) -> dict[str, Any]:
    """A JSON Schema (2020-12) for editors: every indicator key listed with its name."""
    from egovcheck.models import SCOPES_FOR_LEVEL, YEAR_MAX, YEAR_MIN, Plan

    schema = Plan.model_json_schema()
    defs = schema["$defs"]
    # What pydantic cannot see through the "before" validators: a bare number stands for
    # {value: N}, and a period is written 2017 or "2016-2020". What the loader checks
    # beyond the models: every indicator is a percentage (0-100), years lie in its range.
    defs["Series"] = {
        "type": "object",
        "description": "year -> value: a number from 0 to 100, or {value, qualifier, source, note}",
        "propertyNames": {"pattern": f"^{year_pattern(YEAR_MIN, YEAR_MAX)}$"},
        "additionalProperties": {"anyOf": [_PERCENT, {"$ref": "#/$defs/TargetValue"}]},
    }
    defs["TargetValue"]["properties"]["value"].update(minimum=0, maximum=100)
    # A local target in percent (the default unit) is checked like an indicator.
    defs["LocalTarget"]["if"] = {
        "anyOf": [
            {"not": {"required": ["unit"]}},
            {"properties": {"unit": {"const": "percent"}}, "required": ["unit"]},
        ]
    }
    defs["LocalTarget"]["then"] = {"properties": {"value": _PERCENT}}
    defs["LocalTarget"]["properties"]["year"].update(minimum=YEAR_MIN, maximum=YEAR_MAX)
    defs["PlanMeta"]["properties"]["period"] = {
        "description": "A year (2017) or a range (2016-2020) that does not end before it starts",
        "anyOf": [
            {"type": "integer", "minimum": YEAR_MIN, "maximum": YEAR_MAX},
            {"type": "string", "pattern": f"^\\s*{year_pattern(YEAR_MIN, YEAR_MAX)}\\s*$"},
            {"type": "string", "pattern": period_pattern()},
        ],
    }
    defs.pop("Period", None)
    keys: dict[str, Any] = {}
    scopes = sorted({s for v in SCOPES_FOR_LEVEL.values() for s in v})
    for ind_id, ind in catalogue.indicators.items():
        keys[ind_id] = {"$ref": "#/$defs/Series", "description": f"{ind.name.vi} — {ind.name.en}"}
        for scope in ind.scopes:
            if scope in scopes:
                keys[f"{ind_id}.{scope}"] = {
                    "$ref": "#/$defs/Series",
                    "description": f"{ind.name.vi} ({scope}) — {ind.name.en} ({scope})",
                }
    for name, text in (
        ("targets", "The plan's targets: indicator or indicator.scope -> year -> value"),
        ("actuals", "Achieved values, same shape as targets"),
    ):
        schema["properties"][name] = {
            "type": "object",
            "description": text,
            "propertyNames": {"enum": list(keys)},
            "properties": keys,
            "additionalProperties": False,
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "egovcheck plan file",
        **schema,
    }


def render(catalogue: Catalogue) -> str:
    """The schema as indented JSON (what ``egovcheck schema`` prints and the repo keeps)."""
    return json.dumps(plan_schema(catalogue), ensure_ascii=False, indent=2) + "\n"
