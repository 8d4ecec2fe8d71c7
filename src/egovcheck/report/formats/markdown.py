"""The report as Markdown: provenance, a summary, the gap table or a pivot, the input hashes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from egovcheck import messages as m
from egovcheck.report.formats.shared import GAP_COLUMNS, gap_header, national, pace, source
from egovcheck.report.pivots import pivot
from egovcheck.report.provenance import thresholds_text
from egovcheck.report.rows import header
from egovcheck.textsafe import controls, markdown_cell, no_commands, no_surrogates

if TYPE_CHECKING:
    from egovcheck.report.data import ReportData
    from egovcheck.report.formats import RenderSettings
    from egovcheck.report.pivots import Pivot
    from egovcheck.report.rows import Row

NEEDS_FILE = False


def require() -> None:
    """Markdown needs no optional library."""


def _md(text: Any) -> str:
    """Text from a plan (or any input) in a cell, heading or list item: shown, never markup."""
    return markdown_cell(str(text))


def _code(text: str) -> str:
    """Text as inline code, unless a backtick, line break, ``<``, ``|`` or control breaks it."""
    if re.search(r"[`\r\n\u2028\u2029\x85<>|]", text) or controls(text) != text:
        return _md(text)
    return f"`{no_surrogates(text)}`"


def _table(headers: list[str], rows: list[list[str]], *, escaped: bool = False) -> str:
    """A pipe table; ``escaped``: the cells are Markdown already (inline code)."""
    cell = (lambda c: c) if escaped else _md
    lines = ["| " + " | ".join(_md(h) for h in headers) + " |"]
    lines.append("|" + "|".join("---" for _ in headers) + "|")
    lines.extend("| " + " | ".join(cell(c) for c in row) + " |" for row in rows)
    return "\n".join(lines) + "\n"


def provenance_lines(data: ReportData) -> list[str]:
    """The provenance as Markdown list items."""
    p = data.provenance
    lang = data.lang
    method = p["method"]
    other = p["compared_with"]
    progs = ", ".join(_md(f"{x['document']} ({x['id']})") for x in p["programmes"]) or "–"
    today = "" if p["as_of_given"] else f" ({m.text('report.today', lang)})"
    parents = ", ".join(_md(f"{x['title']} ({x['file']})") for x in p["parents"])
    return [
        f"- egovcheck {p['tool']['version']}",
        f"- {m.text('report.programmes', lang)}: {progs}",
        *([f"- {m.text('report.parents', lang)}: {parents}"] if parents else []),
        f"- {m.text('report.checksum', lang)}: `{p['baselines_checksum']}`",
        f"- {m.text('report.method', lang)}: {method['name']} ({thresholds_text(method)}); "
        f"{m.text('report.compared_with', lang)} {other['name']}",
        f"- {m.text('report.as_of', lang)}: {p['as_of']}{today}",
        f"- {m.text('report.inputs', lang)}: {len(p['inputs'])} "
        f"({m.text('report.hashes_at_the_end', lang)})",
    ]


def input_hashes(data: ReportData) -> str:
    """The input files and their SHA-256, as a pipe table."""
    rows = [
        [_code(i["file"]), f"`{i['sha256']}`" if i["sha256"] else "–"]
        for i in [*data.provenance["inputs"], *data.provenance["parents"]]
    ]
    return _table([header("file", data.lang), "sha256"], rows, escaped=True)


def _row_cells(r: Row, lang: str) -> list[str]:
    return [
        r.issuer,
        r.period,
        r.key,
        str(r.year),
        m.pct(r.plan_value, r.plan_qualifier, lang),
        national(r, lang),
        source(r, lang),
        m.label(r.evidence, lang) if r.evidence else "",
        m.label(r.label, lang),
        " ".join(r.codes),
        "" if r.gap is None else m.num(r.gap, lang),
        pace(r, lang) + (" ⚠" if r.methods_disagree else ""),
        r.note,
    ]


def pivot_markdown(p: Pivot, data: ReportData) -> list[str]:
    """Each group of a pivot as a heading and a pipe table of its own years."""
    lang = data.lang
    parts = []
    for group, rows in p.groups:
        years = sorted({y for pr in rows for y in pr.cells})
        if p.kind == "indicator":
            title = f"{_code(group)} {_md(data.names.get(group, ''))}"
        else:
            title = _md(group)
        parts.append(f"### {title}\n")
        labels = p.label_columns[1:]
        body = [
            [
                *pr.labels[1:],
                *(
                    m.pct(pr.cells[y].value, pr.cells[y].qualifier, lang)
                    + (" ✗" if pr.cells[y].tone == "error" else "")
                    if y in pr.cells
                    else ""
                    for y in years
                ),
            ]
            for pr in rows
        ]
        parts.append(_table([*(header(c, lang) for c in labels), *map(str, years)], body))
    return parts


def render(data: ReportData, settings: RenderSettings) -> str:
    """Provenance, a summary, then the gap table or the pivot, as Markdown."""
    lang = data.lang
    by = settings.by
    parts = [
        f"# {m.text('report.title', lang)}\n",
        f"## {m.text('report.provenance', lang)}\n",
        "\n".join(provenance_lines(data)) + "\n",
        f"## {m.text('report.summary_heading', lang)}\n",
    ]
    counts = data.counts_by_outcome()
    parts.append(
        _table(
            [header("outcome", lang), m.header("report.col.count", lang)],
            [[m.label(k, lang), str(v)] for k, v in counts.items()],
        )
    )
    if data.disagree:
        parts.append(m.text("report.disagree_count", lang, n=data.disagree) + "\n")
    if by is None:
        parts.append(f"## {m.text('report.gap_table', lang)}\n")
        parts.append(
            _table(
                [gap_header(c, lang) for c in GAP_COLUMNS],
                [_row_cells(r, lang) for r in data.rows],
            )
        )
    else:
        parts.append(f"## {m.text(f'report.by.{by}', lang)}\n")
        parts.extend(pivot_markdown(pivot(data, by), data))
    error = m.text("report.error", lang)
    for e in data.report.errors:
        parts.append(f"- **{error}** {_code(m.problem_line(e, lang))}")
    parts.append(f"\n## {m.text('report.inputs', lang)}\n")
    parts.append(input_hashes(data))
    # Plan text on a line of its own must not be read as a CI workflow command.
    return no_commands("\n".join(parts).rstrip() + "\n")
