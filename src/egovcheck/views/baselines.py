"""``egovcheck baselines``: the national programmes, one row each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from egovcheck.messages import text

if TYPE_CHECKING:
    from egovcheck.baselines import Baselines
    from egovcheck.models import Programme

COLUMNS = ("id", "document", "kind", "issued", "period", "targets", "evidence")


def kind(p: Programme, lang: str) -> str:
    """``nghị quyết của Đảng (Bộ Chính trị)``: what the document is and who issued it."""
    body = getattr(p.issuing_body, lang)
    return text(f"baselines.kind.{p.kind}", lang, body=body)


def newest(b: Baselines, lang: str) -> str:
    """The newest document shipped, its date of issue, and the last deadline of the data."""
    latest = b.ordered()[-1]
    return text(
        "baselines.newest",
        lang,
        document=latest.document_in(lang),
        kind=kind(latest, lang),
        issued=latest.issued.isoformat(),
        horizon=b.last_deadline(),
    )


def render_list(b: Baselines, lang: str) -> str:
    """A table of the programmes, then the newest; ids not from the bundled files marked ``*``."""
    from tabulate import tabulate

    rows = []
    for p in b.ordered():
        grades: dict[str, int] = {}
        for t in p.targets:
            grades[t.evidence.value] = grades.get(t.evidence.value, 0) + 1
        rows.append(
            [
                p.id if b.sources.get(p.id, "").startswith("baselines/") else f"{p.id} *",
                p.document_in(lang),
                kind(p, lang),
                p.issued.isoformat(),
                str(p.period),
                len(p.targets),
                ", ".join(f"{k} {v}" for k, v in sorted(grades.items())),
            ]
        )
    headers = [text(f"cli.baselines.{c}", lang) for c in COLUMNS]
    table = tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True)
    return f"{table}\n\n{newest(b, lang)}\n"
