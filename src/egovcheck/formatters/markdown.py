"""Markdown output: a heading and a pipe table per plan, ready to paste into a report."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from egovcheck import messages as m
from egovcheck.formatters.rows import (
    cited,
    notices,
    programme_names,
    run_finding_lines,
    table_rows,
    verdict,
)
from egovcheck.textsafe import markdown_cell, no_commands, no_surrogates

if TYPE_CHECKING:
    from egovcheck.findings import Report
    from egovcheck.formatters import RenderOptions

COLUMNS = ["key", "year", "plan", "national", "source", "outcome", "codes", "gap", "note"]


def _cell(text: str) -> str:
    """Plan text in a cell or list item: no raw HTML, line break or column break."""
    return markdown_cell(text)


def _code(text: str) -> str:
    """A file name as inline code, unless a backtick or line break would end the code span."""
    if re.search(r"[`\r\n\u2028\u2029\x85<>|]", text) or any(ord(c) < 32 for c in text):
        return _cell(text)
    return f"`{no_surrogates(text)}`"


SUMMARY = ["plans", "errors", "warnings", "notes", "waived", "unreadable"]


def summary(report: Report, options: RenderOptions) -> list[str]:
    """The totals and whether the run passes ``--fail-on``: the top of a step summary."""
    from tabulate import tabulate

    lang = options.lang
    counts = report.counts()
    passed, sentence = verdict(report, options.fail_on, lang)
    table = tabulate(
        [[str(counts[k]) for k in SUMMARY]],
        headers=[m.header(f"summary.{k}", lang) for k in SUMMARY],
        tablefmt="pipe",
        disable_numparse=True,
        colalign=["right"] * len(SUMMARY),
    )
    mark = "✅" if passed else "❌"
    return [
        f"# egovcheck: {m.text('summary.title', lang).lower()}\n",
        table + "\n",
        f"{mark} **{sentence}** (`--fail-on {options.fail_on}`)\n",
    ]


def render(report: Report, options: RenderOptions) -> str:
    """The totals and the verdict, then each plan as a section with its gap table and sources."""
    from tabulate import tabulate

    lang = options.lang
    parts = summary(report, options)
    for plan in report.plans:
        meta = plan.meta
        parts.append(f"## {_cell(meta['title'])}\n")
        parts.append(
            f"{_code(plan.file)} · {_cell(str(meta['issuer']))} · "
            f"{_cell(m.label(meta['level'], lang))} · {_cell(str(meta['period']))} · "
            f"{m.header('programmes', lang)}: {_cell(programme_names(plan, options))}\n"
        )
        for notice in notices(plan, lang):
            parts.append(f"> **{m.header('notices', lang)}:** {_cell(notice)}\n")
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
        parts.append(f"- **error** {_code(m.problem_line(e, options.lang))}")
    return no_commands(m.visible(no_surrogates("\n".join(parts).rstrip() + "\n")))
