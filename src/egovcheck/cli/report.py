"""``egovcheck report``: many plans -> one gap table, pivots, charts (options, then one call)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from egovcheck.cli.common import (
    AgainstOption,
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
    err,
    h,
    handled,
    out,
    prepare,
)
from egovcheck.report.formats import ReportFormat

_MARKDOWN = ReportFormat("markdown")


class By(str, Enum):
    """Pivot views."""

    INDICATOR = "indicator"
    PLAN = "plan"


class Method(str, Enum):
    """Trajectory methods."""

    SDSN = "sdsn"
    EUROSTAT = "eurostat"


def write_content(content: str | bytes, target: Path | None) -> None:
    """Write to a file atomically, or to standard output."""
    from egovcheck.output import write_atomic, write_bytes_atomic

    if target is None:
        if isinstance(content, bytes):
            import sys

            sys.stdout.flush()
            sys.stdout.buffer.write(content)
            sys.stdout.buffer.flush()
        else:
            out(content)
    elif isinstance(content, bytes):
        write_bytes_atomic(target, content)
    else:
        write_atomic(target, content)


def register(app: typer.Typer) -> None:
    """Add ``report`` to ``app``."""
    app.command("report", help=h("help.report"))(report)


def report(
    plans: Annotated[
        list[str],
        typer.Argument(
            metavar="PLAN...",
            help=h("help.report.plans"),
        ),
    ],
    fmt: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", help=h("help.report.format")),
    ] = _MARKDOWN,
    output: Annotated[
        Optional[Path],  # noqa: UP045 - typer reads the annotation at run time on Python 3.10
        typer.Option("--output", "-o", metavar="FILE", help=h("help.option.output")),
    ] = None,
    by: Annotated[
        Optional[By],  # noqa: UP045
        typer.Option(
            "--by",
            help=h("help.report.by"),
            show_default=False,
        ),
    ] = None,
    method: Annotated[
        Method,
        typer.Option(
            "--method",
            help=h("help.report.method"),
        ),
    ] = Method.SDSN,
    programme: ProgrammeOption = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    waivers: WaiversOption = None,
    as_of: AsOfOption = None,
    exclude: ExcludeOption = None,
    config: ConfigOption = None,
    against: AgainstOption = None,
    baselines_dirs: BaselinesOption = None,
    lang: LangOption = None,
    csv_bom: CsvBomOption = False,
    provenance: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--provenance",
            metavar="FILE",
            help=h("help.report.provenance"),
        ),
    ] = None,
    chart_lines: Annotated[
        int,
        typer.Option(
            "--chart-lines",
            min=1,
            max=60,
            help=h("help.report.chart_lines"),
        ),
    ] = 12,
) -> None:
    """Build one gap table over many plans, with pivots, charts and provenance.

    Exit 0 when every file was read (findings do not change the exit code); 2 when a file
    could not be read or is invalid (the others are still reported), or the options are
    wrong; 3 on an internal error.
    """
    # Until the configuration is read, errors follow --lang (else the environment).
    with handled(lang.value if lang else None) as session:
        from egovcheck.report.run import ReportOptions, build, check_options
        from egovcheck.run import as_of as _as_of

        # A format that needs a file, or a missing optional library, is refused at once.
        check_options(fmt.value, output)
        run = prepare(
            session,
            plans,
            lang,
            config=config,
            programme=programme,
            select=select,
            ignore=ignore,
            waivers=waivers,
            exclude=exclude,
            baselines_dirs=baselines_dirs,
            against=against,
        )
        from egovcheck.files import refuse_overwriting

        refuse_overwriting([output, provenance], run.inputs(against), folders=baselines_dirs or [])
        result = build(
            ReportOptions(
                paths=run.paths,
                baselines=run.baselines,
                lang=run.language,
                fmt=fmt.value,
                output=output,
                by=by.value if by else None,
                method=method.value,
                programmes=run.programmes,
                checks=run.checks,
                waiver_files=run.waiver_files,
                as_of=_as_of(as_of),
                provenance=provenance,
                csv_bom=csv_bom,
                chart_lines=chart_lines,
                parents=run.parent_plans,
            )
        )
        for output_ in result.outputs:
            write_content(output_.content, output_.target)
        for line in result.errors:
            err(f"error: {line}")
        err(result.summary)
        if result.exit_code:
            raise typer.Exit(result.exit_code)
