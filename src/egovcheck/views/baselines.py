"""``egovcheck baselines``: the national programmes, one row each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from egovcheck.messages import text

if TYPE_CHECKING:
    from egovcheck.baselines import Baselines

COLUMNS = ("id", "document", "issued", "period", "targets", "evidence")


def render_list(b: Baselines, lang: str) -> str:
    """A table of the programmes; ids not from the bundled files are marked ``*``."""
    from tabulate import tabulate

    rows = []
    for p in b.ordered():
        grades: dict[str, int] = {}
        for t in p.targets:
            grades[t.evidence.value] = grades.get(t.evidence.value, 0) + 1
        rows.append(
            [
                p.id if b.sources.get(p.id, "").startswith("baselines/") else f"{p.id} *",
                p.document,
                p.issued.isoformat(),
                str(p.period),
                len(p.targets),
                ", ".join(f"{k} {v}" for k, v in sorted(grades.items())),
            ]
        )
    headers = [text(f"cli.baselines.{c}", lang) for c in COLUMNS]
    return tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True) + "\n"
