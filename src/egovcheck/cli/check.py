"""``egovcheck check``: plan files -> findings in one or more formats, and an exit code."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from egovcheck.cli import common as o
from egovcheck.cli.common import h

if TYPE_CHECKING:
    from egovcheck.baselines import Baselines
    from egovcheck.findings import Report


class FailOn(str, Enum):
    """The lowest severity that makes ``check`` exit 1."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"
    NEVER = "never"


def check(
    plans: Annotated[list[str], typer.Argument(metavar="PLAN...", help=h("help.check.plans"))],
    fmt: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT[:FILE]",
            help=h("help.check.format"),
            show_default=False,
        ),
    ] = None,
    output: o.OutputOption = None,
    fail_on: Annotated[
        Optional[FailOn],  # noqa: UP045
        typer.Option("--fail-on", help=h("help.check.fail_on"), show_default=False),
    ] = None,
    programme: o.ProgrammeOption = None,
    select: o.SelectOption = None,
    ignore: o.IgnoreOption = None,
    waivers: o.WaiversOption = None,
    as_of: o.AsOfOption = None,
    exclude: o.ExcludeOption = None,
    config: o.ConfigOption = None,
    against: o.AgainstOption = None,
    baselines_dirs: o.BaselinesOption = None,
    lang: o.LangOption = None,
    csv_bom: o.CsvBomOption = False,
    base_dir: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--base-dir",
            metavar="DIR",
            help=h("help.check.base_dir"),
            file_okay=False,
            show_default=False,
        ),
    ] = None,
) -> None:
    """Check plan files and print the gaps and trajectory warnings.

    Exit 0: nothing at or above --fail-on; 1: findings at or above it; 2: a file could not be
    read or is invalid, or the options are wrong; 3: an internal error.
    """
    from egovcheck.errors import ExitCode
    from egovcheck.messages import problem_line

    with o.handled(lang.value if lang else None) as session:
        import shutil

        from egovcheck import run as runs
        from egovcheck.engine import check_paths, exceeds
        from egovcheck.files import refuse_overwriting
        from egovcheck.formatters import Format, RenderOptions, renderer

        outputs = o.formats(fmt, output)
        run = o.prepare(
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
        language = run.language
        threshold = fail_on.value if fail_on else (run.config.settings.fail_on or "error")
        refuse_overwriting(
            [t for _, t in outputs], run.inputs(against), folders=baselines_dirs or []
        )
        step, done = o.progress(len(run.paths))
        try:
            report = check_paths(
                run.paths,
                run.baselines,
                run.programmes,
                checks=run.checks,
                waiver_files=run.waiver_files,
                as_of=runs.as_of(as_of),
                progress=step,
                parents=run.parents,
            )
        finally:
            done()
        color = not os.environ.get("NO_COLOR") and sys.stdout.isatty()
        for kind, target in outputs:
            options = RenderOptions(
                lang=language,
                baselines=run.baselines,
                color=color and kind is Format.TABLE and target is None,
                width=shutil.get_terminal_size((120, 24)).columns,
                csv_bom=csv_bom,
                fail_on=threshold,
                base_dir=base_dir,
            )
            if report.plans or report.run_findings or kind is not Format.TABLE:
                o.write_output(renderer(kind)(report, options), target)
        for problem in report.errors:
            o.err(f"error: {problem_line(problem, language)}")
        o.err(summary(report, language))
        if report.errors:
            raise typer.Exit(ExitCode.USAGE)
        if exceeds(report, threshold):
            raise typer.Exit(ExitCode.FINDINGS)


def summary(report: Report, lang: str) -> str:
    """The closing line: plans checked, errors, warnings, files that could not be read."""
    from egovcheck.messages import text

    c = report.counts()
    line = text("cli.summary", lang, plans=c["plans"], errors=c["errors"], warnings=c["warnings"])
    if c["unreadable"]:
        line += text("cli.summary.unreadable", lang, unreadable=c["unreadable"])
    return line + "."


def check_draft_text(draft: str, written: Path | None, baselines: Baselines, lang: str) -> None:
    """``extract --check``: the draft's findings table and summary on stderr, check's exit code."""
    import tempfile

    from egovcheck.engine import check_paths, exceeds
    from egovcheck.errors import ExitCode
    from egovcheck.formatters import Format, RenderOptions, renderer

    with tempfile.TemporaryDirectory() as folder:
        path = written if written is not None and str(written) != "-" else None
        if path is None:
            path = Path(folder) / "draft.yaml"
            path.write_text(draft, encoding="utf-8")
        report = check_paths([str(path)], baselines)
    options = RenderOptions(lang=lang, baselines=baselines, color=False, width=120)
    o.err(renderer(Format.TABLE)(report, options).rstrip("\n"))
    o.err(summary(report, lang))
    if report.errors:
        raise typer.Exit(ExitCode.USAGE)
    if exceeds(report, "error"):
        raise typer.Exit(ExitCode.FINDINGS)
