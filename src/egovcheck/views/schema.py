"""The JSON Schema of plan files, generated from the pydantic models and the catalogue."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from egovcheck.models import Catalogue

SCHEMA_ID = "https://egovcheck.readthedocs.io/schemas/plan.schema.json"


def plan_schema(catalogue: Catalogue) -> dict[str, Any]:
    """A JSON Schema (2020-12) for editors: every indicator key listed with its name."""
    from egovcheck.models import SCOPES_FOR_LEVEL, Plan

    schema = Plan.model_json_schema()
    defs = schema["$defs"]
    # What pydantic cannot see through the "before" validators: a bare number stands for
    # {value: N}, and a period is written 2017 or "2016-2020".
    defs["Series"] = {
        "type": "object",
        "description": "year -> value: a number, or {value, qualifier, source, note}",
        "propertyNames": {"pattern": "^[0-9]{4}$"},
        "additionalProperties": {"anyOf": [{"type": "number"}, {"$ref": "#/$defs/TargetValue"}]},
    }
    defs["PlanMeta"]["properties"]["period"] = {
        "description": "A year (2017) or a range (2016-2020)",
        "anyOf": [
            {"type": "integer", "minimum": 1990, "maximum": 2100},
            {"type": "string", "pattern": "^\\s*[0-9]{4}\\s*[-–]\\s*[0-9]{4}\\s*$"},
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
