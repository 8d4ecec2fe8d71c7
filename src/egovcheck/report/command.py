"""The ``egovcheck report`` command: many plans -> one gap table, pivots, charts."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from egovcheck import messages as m
from egovcheck.errors import msg
from egovcheck.options import (
    AsOfOption,
    BaselinesOption,
    ConfigOption,
    CsvBomOption,
    ExcludeOption,
    IgnoreOption,
    LangOption,
    ProgrammeOption,
    SelectOption,
    WaiversOption,
)
from egovcheck.options import t as _t


class ReportFormat(str, Enum):
    """Output formats of ``egovcheck report``."""

    XLSX = "xlsx"
    CSV = "csv"
    MARKDOWN = "markdown"
    HTML = "html"


class By(str, Enum):
    """Pivot views."""

    INDICATOR = "indicator"
    PLAN = "plan"


class Method(str, Enum):
    """Trajectory methods."""

    SDSN = "sdsn"
    EUROSTAT = "eurostat"


def render(
    data: object, fmt: ReportFormat, by: str | None, *, csv_bom: bool, chart_lines: int
) -> str | bytes:
    """The report in one format: text, or bytes for xlsx."""
    from egovcheck.report.model import ReportData

    assert isinstance(data, ReportData)
    if fmt is ReportFormat.XLSX:
        from egovcheck.report.xlsx import render_xlsx

        return render_xlsx(data, by)
    if fmt is ReportFormat.HTML:
        from egovcheck.report.html import render_html

        return render_html(data, by, chart_lines)
    from egovcheck.report.text import render_csv, render_markdown

    if fmt is ReportFormat.CSV:
        return render_csv(data, by, csv_bom)
    return render_markdown(data, by)


def report(
    plans: Annotated[
        list[str],
        typer.Argument(
            metavar="PLAN...",
            help=_t("Plan files, folders (every *.yaml/*.yml below) or globs."),
        ),
    ],
    fmt: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", help=_t("xlsx and html need --output.")),
    ] = ReportFormat.MARKDOWN,
    output: Annotated[
        Optional[Path],  # noqa: UP045 - typer reads the annotation at run time on Python 3.10
        typer.Option("--output", "-o", help=_t("Write the report to this file (atomically).")),
    ] = None,
    by: Annotated[
        Optional[By],  # noqa: UP045
        typer.Option(
            "--by",
            help=_t(
                "Pivot: indicator (issuers x years per key) or plan (keys x years per plan). "
                "Default: the long gap table."
            ),
            show_default=False,
        ),
    ] = None,
    method: Annotated[
        Method,
        typer.Option(
            "--method",
            help=_t(
                "Trajectory method shown: sdsn (linear, the checks' own) or eurostat "
                "(ratio of compound annual growth rates). Both are computed; rows where they "
                "disagree are flagged."
            ),
        ),
    ] = Method.SDSN,
    programme: ProgrammeOption = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    waivers: WaiversOption = None,
    as_of: AsOfOption = None,
    exclude: ExcludeOption = None,
    config: ConfigOption = None,
    baselines_dirs: BaselinesOption = None,
    lang: LangOption = None,
    csv_bom: CsvBomOption = False,
    provenance: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--provenance",
            metavar="FILE",
            help=_t(
                "Also write the provenance (version, programmes, checksum, method, "
                "--as-of, input hashes) as JSON to FILE; CSV output carries none itself."
            ),
        ),
    ] = None,
    chart_lines: Annotated[
        int,
        typer.Option(
            "--chart-lines",
            min=1,
            max=60,
            help=_t(
                "HTML charts: plans drawn as their own line per indicator (the worst "
                "first); the others form a grey band."
            ),
        ),
    ] = 12,
) -> None:
    """Build one gap table over many plans, with pivots, charts and provenance.

    Exit 0 when every file was read (findings do not change the exit code); 2 when a file
    could not be read or is invalid (the others are still reported), or the options are
    wrong; 3 on an internal error.
    """
    from egovcheck.cli import _err, _handled, _out, write_output

    with _handled():
        import json

        from egovcheck.errors import ExitCode, UsageError
        from egovcheck.options import as_of as _as_of
        from egovcheck.options import prepare, refuse_overwriting
        from egovcheck.output import write_bytes_atomic
        from egovcheck.report.model import build

        to_stdout = output is None or str(output) == "-"
        if fmt in (ReportFormat.XLSX, ReportFormat.HTML) and to_stdout:
            raise UsageError(msg("report.needs_file", format=fmt.value))
        # Import the optional libraries before the plans are read: a missing one is a usage
        # error at once.
        if fmt is ReportFormat.XLSX:
            from egovcheck.report.xlsx import _openpyxl

            _openpyxl()
        elif fmt is ReportFormat.HTML:
            from egovcheck.report.charts import _matplotlib
            from egovcheck.report.html import _jinja2

            _jinja2()
            _matplotlib()
        run = prepare(
            plans,
            config=config,
            lang=lang,
            programme=programme,
            select=select,
            ignore=ignore,
            waivers=waivers,
            exclude=exclude,
            baselines_dirs=baselines_dirs,
        )
        language, paths = run.language, run.paths
        # egovcheck never changes a plan file: refuse to write the report over one.
        refuse_overwriting([None if to_stdout else output, provenance], paths)
        data = build(
            paths,
            run.baselines,
            programme_ids=run.programmes,
            checks=run.checks,
            waiver_files=run.waiver_files,
            as_of=_as_of(as_of),
            method=method.value,
            lang=language,
        )
        result = render(
            data,
            fmt,
            by.value if by else None,
            csv_bom=csv_bom,
            chart_lines=chart_lines,
        )
        if isinstance(result, bytes):
            assert output is not None
            write_bytes_atomic(output, result)
        else:
            write_output(result, None if to_stdout else output)
        if provenance is not None:
            text = json.dumps(data.provenance, ensure_ascii=False, indent=2) + "\n"
            if str(provenance) == "-":
                _out(text)
            else:
                write_output(text, provenance)
        for problem in data.report.errors:
            _err(f"error: {m.problem_line(problem, data.lang)}")
        c = data.report.counts()
        if language == "en":
            summary = f"Reported on {c['plans']} plan(s): {len(data.rows)} row(s)"
        else:
            summary = f"Đã lập báo cáo cho {c['plans']} kế hoạch: {len(data.rows)} dòng"
        disagree = sum(r.methods_disagree for r in data.rows)
        if disagree:
            summary += (
                f", {disagree} where the methods disagree"
                if language == "en"
                else f", {disagree} dòng hai phương pháp khác nhau"
            )
        _err(summary + ".")
        if data.report.errors:
            raise typer.Exit(ExitCode.USAGE)
