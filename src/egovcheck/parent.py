"""A parent plan as a baseline: a district checked against its province's plan (``--against``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from egovcheck.models import (
    Evidence,
    NationalTarget,
    Programme,
    Qualifier,
    Source,
    Text,
)

if TYPE_CHECKING:
    from egovcheck.loader import LoadedPlan


def programme_from_plan(loaded: LoadedPlan) -> Programme:
    """Turn a plan's targets into a programme whose targets bind the plans that carry it out.

    Each target keeps its key (a province's ``.district`` targets bind a district plan's
    ``.district`` keys and its unscoped ones), applies to every level, and cites the parent's
    file and line; its evidence is ``primary``, the plan file being the text itself.
    """
    meta = loaded.plan.plan
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
                    applies=["province", "district", "commune", "ministry"],
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
