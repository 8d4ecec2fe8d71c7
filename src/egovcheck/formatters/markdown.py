"""Markdown output: a heading and a pipe table per plan, ready to paste into a report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from egovcheck import messages as m
from egovcheck.formatters.rows import cited, programme_names, run_finding_lines, table_rows

if TYPE_CHECKING:
    from egovcheck.findings import Report
    from egovcheck.formatters import RenderOptions

COLUMNS = ["key", "year", "plan", "national", "source", "outcome", "codes", "gap", "note"]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(report: Report, options: RenderOptions) -> str:
    """Render each plan as a section with its gap table and the sources it cites."""
    from tabulate import tabulate

    lang = options.lang
    parts = []
    for plan in report.plans:
        meta = plan.meta
        parts.append(f"## {_cell(meta['title'])}\n")
        parts.append(
            f"`{plan.file}` · {meta['issuer']} · {m.label(meta['level'], lang)} · "
            f"{meta['period']} · {m.header('programmes', lang)}: "
            f"{programme_names(plan, options)}\n"
        )
        rows = [[_cell(r[c]) for c in COLUMNS] for r in table_rows(plan, options)]
        parts.append(
            tabulate(
                rows,
                headers=[m.header(c, lang) for c in COLUMNS],
                tablefmt="pipe",
                disable_numparse=True,
            )
            + "\n"
        )
        sources = cited(plan)
        if sources:
            parts.append(f"**{m.header('sources', lang)}**\n")
            for n in sources:
                parts.append(
                    f"- {n.indicator} {m.pct(n.value, n.qualifier, lang)} ({n.deadline}): "
                    f"{m.cite(n, lang)}; {m.header('evidence', lang).lower()}: "
                    f"{m.label(n.evidence, lang)}; “{_cell(n.wording)}” — {'; '.join(n.refs)}"
                )
            parts.append("")
    for line in run_finding_lines(report, options):
        parts.append(f"- {_cell(line)}")
    for e in report.errors:
        parts.append(f"- **error** `{m.problem_line(e, options.lang)}`")
    return m.visible("\n".join(parts).rstrip() + "\n")
