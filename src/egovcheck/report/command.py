"""The ``egovcheck report`` command: many plans -> one gap table, pivots, charts."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

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


def _err(text: str) -> None:
    # A file name that is not UTF-8 reaches us as surrogates: give its bytes back as they were.
    sys.stderr.flush()
    sys.stderr.buffer.write((text + "\n").encode("utf-8", "surrogateescape"))
    sys.stderr.buffer.flush()


def _write(content: str | bytes, target: Path | None) -> None:
    """Write to a file atomically, or to standard output."""
    from egovcheck.output import write_atomic, write_bytes_atomic

    if target is None:
        data = content if isinstance(content, bytes) else content.encode("utf-8", "surrogateescape")
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    elif isinstance(content, bytes):
        write_bytes_atomic(target, content)
    else:
        write_atomic(target, content)


@contextmanager
def _handled(lang: list[str]) -> Iterator[None]:
    """Egovcheck's errors in the report's language and exit 2; anything unexpected exit 3."""
    import os

    from egovcheck.errors import EgovcheckError, ExitCode

    try:
        yield
    except (typer.Exit, typer.Abort):
        raise
    except EgovcheckError as exc:
        from egovcheck.messages import error_lines

        for line in error_lines(exc, lang[0]):
            _err(f"error: {line}")
        raise typer.Exit(ExitCode.USAGE) from None
    except BrokenPipeError:
        raise typer.Exit(ExitCode.OK) from None
    except Exception as exc:
        if os.environ.get("EGOVCHECK_DEBUG"):
            import traceback

            traceback.print_exc()
        _err(f"internal error: {type(exc).__name__}: {exc}")
        _err("this is a bug in egovcheck: please report it with the command and the input file")
        raise typer.Exit(ExitCode.INTERNAL) from None


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
    ] = _MARKDOWN,
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
    from egovcheck.messages import resolve_lang

    # Until the configuration is read, errors follow --lang (else the environment).
    language = [resolve_lang(lang.value if lang else None)]
    with _handled(language):
        from egovcheck.options import as_of as _as_of
        from egovcheck.options import prepare
        from egovcheck.report.run import ReportOptions, build, check_options

        # A format that needs a file, or a missing optional library, is refused at once.
        check_options(fmt.value, output)
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
        language[0] = run.language
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
            )
        )
        for out in result.outputs:
            _write(out.content, out.target)
        for line in result.errors:
            _err(f"error: {line}")
        _err(result.summary)
        if result.exit_code:
            raise typer.Exit(result.exit_code)
