"""A parent plan as a baseline: a district checked against its province's plan (``--against``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from egovcheck.models import (
    Evidence,
    Level,
    NationalTarget,
    Programme,
    Qualifier,
    Source,
    Text,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from egovcheck.loader import LoadedPlan

# The levels whose plans carry out a plan of each level: itself (a year's plan under a
# five-year one) and the tiers below it. A ministry's plan binds only ministry plans.
CARRIED_OUT_BY: dict[str, list[Level]] = {
    "province": ["province", "district", "commune"],
    "district": ["district", "commune"],
    "commune": ["commune"],
    "ministry": ["ministry"],
}


def programme_from_plan(loaded: LoadedPlan) -> Programme:
    """Turn a plan's targets into a programme whose targets bind the plans that carry it out.

    Each target keeps its key (a province's ``.district`` targets bind a district plan's
    ``.district`` keys and its unscoped ones), applies to the parent's level and the tiers
    below it, and cites the parent's file and line; its evidence is ``primary``, the plan file
    being the text itself.
    """
    meta = loaded.plan.plan
    applies = CARRIED_OUT_BY[meta.level]
    targets = []
    for key, series in loaded.plan.targets.items():
        for year, value in sorted(series.items()):
            where = f"{loaded.file}:{loaded.line_of('targets', key, year)}"
            targets.append(
                NationalTarget.model_construct(
                    indicator=key,
                    value=value.value,
                    qualifier=Qualifier(value.qualifier) if value.qualifier else Qualifier.EQUAL,
                    deadline=year,
                    applies=applies,
                    location=where,
                    evidence=Evidence.PRIMARY,
                    source=Source.model_construct(
                        wording=value.source or f"{key} {year}: {value.value:g}%", refs=[where]
                    ),
                    note=value.note,
                )
            )
    return Programme.model_construct(
        schema_version=1,
        id=f"plan:{loaded.file}",
        number=meta.title,
        kind="plan",
        issued=meta.effective_adoption,
        issuer=meta.issuer,
        title=Text.model_construct(vi=meta.title, en=meta.title),
        period=meta.period,
        orientation=None,
        url=meta.source,
        note=None,
        not_targets=[],
        targets=targets,
    )


def parent_level(parent: Programme) -> str:
    """The level of the plan a parent programme was made from."""
    applies = parent.targets[0].applies if parent.targets else []
    return next((lv for lv, below in CARRIED_OUT_BY.items() if below == applies), "")


def refuse_lower_tier(loaded: LoadedPlan, parents: Sequence[Programme]) -> None:
    """A parent plan (``--against``) must be of the plan's level or above it.

    A commune's plan cannot be the parent of a province's: the run stops (exit 2) with a
    message naming both files and both levels.
    """
    from egovcheck.errors import UsageError, msg, problem

    level = loaded.plan.plan.level
    wrong = [
        problem(
            loaded.file,
            "parent.lower_tier",
            parent=p.id.removeprefix("plan:"),
            parent_level=msg(f"level.{parent_level(p)}"),
            level=msg(f"level.{level}"),
        )
        for p in parents
        if p.kind == "plan" and p.targets and level not in p.targets[0].applies
    ]
    if wrong:
        raise UsageError(wrong)
