"""Human output: per plan, a header, the gap table and the sources; rich on a terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from egovcheck import messages as m
from egovcheck.formatters.rows import cited, programme_names, run_finding_lines, table_rows
from egovcheck.textsafe import no_commands, no_surrogates

if TYPE_CHECKING:
    from egovcheck.findings import PlanReport, Report
    from egovcheck.formatters import RenderOptions

COLUMNS = ["key", "year", "plan", "national", "source", "outcome", "codes", "gap", "note"]
_STYLE = {"error": "bold red", "warning": "yellow"}


def _heading(plan: PlanReport, options: RenderOptions) -> list[str]:
    lang = options.lang
    meta = plan.meta
    programmes = programme_names(plan, options)
    return [
        f"{meta['title']}",
        f"{plan.file} · {meta['issuer']} · {m.label(meta['level'], lang)} · {meta['period']}",
        f"{m.header('programmes', lang)}: {programmes}",
    ]


def _source_lines(plan: PlanReport, lang: str) -> list[str]:
    lines = []
    for n in cited(plan):
        also = "".join(
            f"; {a.document}: {m.pct(a.value, a.qualifier, lang)} [{m.label(a.evidence, lang)}]"
            for a in n.also
        )
        lines.append(
            f"- {n.indicator} {m.pct(n.value, n.qualifier, lang)} ({n.deadline}): "
            f"{m.cite(n, lang)} [{m.label(n.evidence, lang)}]{also}\n"
            f"  “{n.wording}” — {'; '.join(n.refs)}"
        )
    return lines


def _path_lines(plan: PlanReport, lang: str) -> list[str]:
    """``- key: 2016 ≥ 44% (40% !), 2017 ≥ 53% …``: the required path, one line per key."""
    by_key: dict[str, list[str]] = {}
    for step in plan.path:
        if step.minimum is None:
            continue
        text = f"{step.year} ≥ {m.num(step.minimum, lang)}%"
        if step.plan_value is not None:
            below = step.plan_value < step.minimum - 1e-9
            text += f" ({m.num(step.plan_value, lang)}%{' !' if below else ''})"
        by_key.setdefault(step.key, []).append(text)
    return [f"- {key}: {', '.join(parts)}" for key, parts in by_key.items()]


def _local_lines(plan: PlanReport, lang: str) -> list[str]:
    lines = []
    for lt in plan.local_targets:
        unit = "%" if lt.get("unit", "percent") == "percent" else f" {lt['unit']}"
        value = (
            m.pct(lt["value"], lt.get("qualifier"), lang)
            if unit == "%"
            else (f"{m.num(lt['value'], lang)}{unit}")
        )
        lines.append(f"- {lt['year']}: {lt['name']}: {value}")
    return lines


def render_plain(report: Report, options: RenderOptions) -> str:
    """Plain text for pipes and files: tabulate, wrapped columns, no colour."""
    from tabulate import tabulate

    lang = options.lang
    out: list[str] = []
    for plan in report.plans:
        out.extend(_heading(plan, options))
        out.append("")
        rows = [[r[c] for c in COLUMNS] for r in table_rows(plan, options)]
        widths = [28, None, None, None, 24, 14, None, None, 48]
        out.append(
            tabulate(
                rows,
                headers=[m.header(c, lang) for c in COLUMNS],
                tablefmt="simple_grid",
                disable_numparse=True,
                maxcolwidths=widths,
            )
        )
        for title, lines in (
            ("sources", _source_lines(plan, lang)),
            ("path", _path_lines(plan, lang)),
            ("local", _local_lines(plan, lang)),
        ):
            if lines:
                out.extend(["", m.header(title, lang) + ":", *lines])
        out.append("")
    out.extend(run_finding_lines(report, options))
    return _shown("\n".join(out))


def _shown(text: str) -> str:
    """Plan text as shown: no terminal escapes, no CI workflow command, file names as text."""
    return no_commands(m.visible(no_surrogates(text)))


def render_rich(report: Report, options: RenderOptions) -> str:
    """Coloured text for a terminal, rendered by rich into a string."""
    import io

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    lang = options.lang
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=options.width, highlight=False)
    for plan in report.plans:
        head = _heading(plan, options)
        console.print(Text(_shown(head[0]), style="bold"))
        for line in head[1:]:
            console.print(Text(_shown(line), style="dim"))
        table = Table(show_lines=False, header_style="bold")
        for c in COLUMNS:
            table.add_column(m.header(c, lang), overflow="fold", ratio=3 if c == "note" else None)
        severity = {
            (f.key, f.year): f.severity.value
            for f in sorted(plan.findings, key=lambda f: f.severity.rank)
        }
        for row, data in zip(plan.assessments, table_rows(plan, options), strict=True):
            style = _STYLE.get(severity.get((row.key, row.year), ""), "")
            table.add_row(
                *(Text(_shown(data[c]), style=style if c == "outcome" else "") for c in COLUMNS)
            )
        console.print(table)
        for title, lines in (
            ("sources", _source_lines(plan, lang)),
            ("path", _path_lines(plan, lang)),
            ("local", _local_lines(plan, lang)),
        ):
            if lines:
                console.print(Text(m.header(title, lang) + ":", style="bold"))
                for line in lines:
                    console.print(Text(_shown(line)))
        console.print()
    for line in run_finding_lines(report, options):
        console.print(Text(_shown(line)))
    return buffer.getvalue()


def render(report: Report, options: RenderOptions) -> str:
    """Rich when colour is wanted (a terminal), plain text otherwise."""
    return render_rich(report, options) if options.color else render_plain(report, options)
