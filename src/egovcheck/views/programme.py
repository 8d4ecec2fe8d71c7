"""``baselines show``: one national programme with its targets, locations, evidence and sources."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from egovcheck import messages as m

if TYPE_CHECKING:
    from egovcheck.baselines import Baselines
    from egovcheck.models import Programme


def render_table(programme: Programme, baselines: Baselines, lang: str) -> str:
    """A heading and one table row per target, then each target's wording and references."""
    from tabulate import tabulate

    title = getattr(programme.title, lang)
    lines = [
        f"{programme.document_in(lang)} ({programme.issued.isoformat()}) — {title}",
        f"id: {programme.id} · {m.text('view.programme.period', lang)}: {programme.period}"
        + (
            f" · {m.text('view.programme.orientation', lang)} {programme.orientation}"
            if programme.orientation
            else ""
        ),
    ]
    if programme.url:
        lines.append(programme.url)
    if programme.note:
        lines.append(programme.note)
    lines.append("")
    rows = []
    for t in programme.targets:
        rows.append(
            [
                t.indicator,
                m.pct(t.value, t.qualifier.value, lang),
                t.deadline,
                ", ".join(t.applies),
                t.location,
                m.label(t.evidence.value, lang),
            ]
        )
    headers = [
        m.text(f"view.programme.{column}", lang)
        for column in ("indicator", "value", "deadline", "applies", "location", "evidence")
    ]
    lines.append(
        tabulate(
            rows,
            headers=headers,
            tablefmt="simple",
            disable_numparse=True,
            maxcolwidths=[None, None, None, None, 40, None],
        )
    )
    lines.append("")
    lines.append(m.header("sources", lang) + ":")
    for t in programme.targets:
        lines.append(f"- {t.indicator} ({t.deadline}): “{t.source.wording}”")
        lines.append(f"  {'; '.join(t.source.refs)}")
        if t.note:
            lines.append(f"  note: {t.note}")
    for remark in programme.not_targets:
        lines.append(f"* {remark}")
    return "\n".join(lines) + "\n"


def render_json(programme: Programme, baselines: Baselines, lang: str) -> str:
    """The programme as JSON, exactly as validated from its baseline file."""
    data = programme.model_dump(mode="json")
    data["document"] = programme.document
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
