"""Command line: parse options, call the library, write the report, return an exit code."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from egovcheck import __version__
from egovcheck.errors import EgovcheckError, ExitCode
from egovcheck.formatters import Format

if TYPE_CHECKING:
    from egovcheck.findings import Report

app = typer.Typer(
    name="egovcheck",
    help="Check a Vietnamese IT-application plan against the national programme targets.\n\n"
    "Kiểm tra kế hoạch ứng dụng CNTT của tỉnh, huyện so với mục tiêu các chương trình quốc gia.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
baselines_app = typer.Typer(
    help="List the bundled national programmes, or show one with its targets and sources.",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(baselines_app, name="baselines")


class FailOn(str, Enum):
    """The lowest severity that makes ``check`` exit 1."""

    ERROR = "error"
    WARNING = "warning"
    NEVER = "never"


class Lang(str, Enum):
    """Output languages."""

    VI = "vi"
    EN = "en"


class ShowFormat(str, Enum):
    """Formats of ``baselines show``."""

    TABLE = "table"
    JSON = "json"


LangOption = Annotated[
    Optional[Lang],  # noqa: UP045 - typer reads the annotation at run time on Python 3.10
    typer.Option(
        "--lang",
        help="Output language (default: $EGOVCHECK_LANG, then $LANG, else vi).",
        show_default=False,
    ),
]


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def _out(text: str) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


@contextmanager
def _handled() -> Iterator[None]:
    """Turn egovcheck's own errors into exit 2 and anything unexpected into exit 3."""
    try:
        yield
    except (typer.Exit, typer.Abort):
        raise
    except EgovcheckError as exc:
        for line in exc.lines():
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


def _version(value: bool) -> None:
    if value:
        _out(f"egovcheck {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Check a Vietnamese IT-application plan against the national programme targets."""


def write_output(text: str, output: Path | None) -> None:
    """Write the report to ``output`` atomically, or to standard output."""
    if output is None or str(output) == "-":
        _out(text)
        return
    from egovcheck.output import write_atomic

    write_atomic(output, text)


def _summary(report: Report, lang: str) -> str:
    c = report.counts()
    if lang == "en":
        text = f"Checked {c['plans']} plan(s): {c['errors']} error(s), {c['warnings']} warning(s)"
        if c["unreadable"]:
            text += f"; {c['unreadable']} file(s) could not be read"
    else:
        text = f"Đã kiểm tra {c['plans']} kế hoạch: {c['errors']} lỗi, {c['warnings']} cảnh báo"
        if c["unreadable"]:
            text += f"; {c['unreadable']} tệp không đọc được"
    return text + "."


@app.command()
def check(
    plans: Annotated[list[str], typer.Argument(metavar="PLAN...", help="Plan files (YAML).")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.TABLE,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", help="Write the report to this file (atomically)."),
    ] = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is at least this severe.")
    ] = FailOn.ERROR,
    programme: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--programme",
            "-p",
            help="Judge by this programme id (repeatable) instead of those in force "
            "when the plan was adopted.",
        ),
    ] = None,
    lang: LangOption = None,
    csv_bom: Annotated[
        bool, typer.Option("--csv-bom", help="Start CSV output with a BOM (for spreadsheets).")
    ] = False,
) -> None:
    """Check plan files and print the gaps and trajectory warnings.

    Exit 0: nothing at or above --fail-on; 1: findings at or above it; 2: a file could not be
    read or is invalid, or the options are wrong; 3: an internal error.
    """
    with _handled():
        from egovcheck.baselines import bundled
        from egovcheck.engine import check_paths, exceeds
        from egovcheck.formatters import RenderOptions, renderer
        from egovcheck.messages import resolve_lang

        language = resolve_lang(lang.value if lang else None)
        baselines = bundled()
        if programme:
            baselines.get(programme)  # an unknown id is a usage error before any file is read
        report = check_paths(plans, baselines, programme or None)
        color = (
            fmt is Format.TABLE
            and output is None
            and sys.stdout.isatty()
            and not os.environ.get("NO_COLOR")
        )
        import shutil

        options = RenderOptions(
            lang=language,
            baselines=baselines,
            color=color,
            width=shutil.get_terminal_size((120, 24)).columns,
            csv_bom=csv_bom,
        )
        if report.plans or fmt is Format.JSON:
            write_output(renderer(fmt)(report, options), output)
        for problem in report.errors:
            _err(f"error: {problem.render()}")
        _err(_summary(report, language))
        if report.errors:
            raise typer.Exit(ExitCode.USAGE)
        if exceeds(report, fail_on.value):
            raise typer.Exit(ExitCode.FINDINGS)


@app.command()
def explain(
    code: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(help="A check code (LV01) or name (level.below-national)."),
    ] = None,
) -> None:
    """Print what a check looks for, with a failing and a passing example."""
    with _handled():
        from egovcheck.checks import CHECKS, find
        from egovcheck.errors import UsageError
        from egovcheck.loader import suggest

        if code is None:
            _out("".join(f"{c.code}  {c.name:<26} {c.severity.value}\n" for c in CHECKS.values()))
            return
        check_ = find(code)
        if check_ is None:
            names = [*CHECKS, *(c.name for c in CHECKS.values())]
            raise UsageError(f"unknown check {code!r}{suggest(code.upper(), names)}")
        _out(
            f"{check_.code} {check_.name} (default severity: {check_.severity.value})\n\n"
            f"{check_.doc}\n"
        )


@baselines_app.callback()
def baselines_list(ctx: typer.Context) -> None:
    """List the bundled national programmes."""
    if ctx.invoked_subcommand is not None:
        return
    with _handled():
        from tabulate import tabulate

        from egovcheck.baselines import bundled

        b = bundled()
        rows = []
        for p in b.ordered():
            grades: dict[str, int] = {}
            for t in p.targets:
                grades[t.evidence.value] = grades.get(t.evidence.value, 0) + 1
            rows.append(
                [
                    p.id,
                    p.document,
                    p.issued.isoformat(),
                    str(p.period),
                    len(p.targets),
                    ", ".join(f"{k} {v}" for k, v in sorted(grades.items())),
                ]
            )
        _out(
            tabulate(
                rows,
                headers=["id", "document", "issued", "period", "targets", "evidence"],
                tablefmt="simple",
                disable_numparse=True,
            )
            + "\n"
        )


@baselines_app.command("show")
def baselines_show(
    programme_id: Annotated[str, typer.Argument(metavar="ID", help="Programme id.")],
    fmt: Annotated[
        ShowFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ShowFormat.TABLE,
    lang: LangOption = None,
) -> None:
    """Show one programme: its targets with location, evidence and source."""
    with _handled():
        from egovcheck.baselines import bundled
        from egovcheck.formatters.programme import render_json, render_table
        from egovcheck.messages import resolve_lang

        b = bundled()
        programme = b.get([programme_id])[0]
        language = resolve_lang(lang.value if lang else None)
        render = render_json if fmt is ShowFormat.JSON else render_table
        _out(render(programme, b, language))


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(ExitCode.OK)
