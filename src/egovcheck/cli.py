"""Command line: parse options, call the library, write the report, return an exit code."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from egovcheck import __version__
from egovcheck.errors import EgovcheckError, ExitCode, MessageError, UsageError, msg
from egovcheck.formatters import Format
from egovcheck.messages import problem_line
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
    prepare,
)
from egovcheck.options import as_of as _as_of
from egovcheck.options import load_baselines as _load_baselines
from egovcheck.options import parents as _parents
from egovcheck.options import refuse_overwriting as _refuse_overwriting
from egovcheck.options import t as _t

if TYPE_CHECKING:
    from egovcheck.findings import Report


app = typer.Typer(
    name="egovcheck",
    help=_t("Check a Vietnamese IT-application plan against the national programme targets."),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
baselines_app = typer.Typer(
    help=_t("List the bundled national programmes, or show one with its targets and sources."),
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(baselines_app, name="baselines")


class FailOn(str, Enum):
    """The lowest severity that makes ``check`` exit 1."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"
    NEVER = "never"


class ShowFormat(str, Enum):
    """Formats of ``baselines show``."""

    TABLE = "table"
    JSON = "json"


def _err(text: str) -> None:
    # A file name that is not UTF-8 reaches us as surrogates: give its bytes back as they were.
    sys.stderr.flush()
    sys.stderr.buffer.write((text + "\n").encode("utf-8", "surrogateescape"))
    sys.stderr.buffer.flush()


def _out(text: str) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8", "surrogateescape"))
    sys.stdout.buffer.flush()


# The language a command settled on, for the errors it reports (set once options are read).
_LANG: list[str | None] = [None]


@contextmanager
def _handled() -> Iterator[None]:
    """Turn egovcheck's own errors into exit 2 and anything unexpected into exit 3."""
    try:
        yield
    except (typer.Exit, typer.Abort):
        raise
    except EgovcheckError as exc:
        from egovcheck.messages import error_lines, resolve_lang

        for line in error_lines(exc, _LANG[0] or resolve_lang(None)):
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
        typer.Option("--version", callback=_version, is_eager=True, help=_t("Print the version.")),
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


def _formats(values: list[str] | None, output: Path | None) -> list[tuple[Format, Path | None]]:
    """Parse ``-f table -f sarif:out.sarif``: each format with its file, or stdout."""
    from egovcheck.errors import UsageError
    from egovcheck.loader import suggest

    if not values:
        auto = Format.GITHUB if os.environ.get("GITHUB_ACTIONS") == "true" else Format.TABLE
        return [(auto, output)]
    chosen: list[tuple[Format, Path | None]] = []
    names = [f.value for f in Format]
    for value in values:
        name, sep, target = value.partition(":")
        if name not in names:
            raise UsageError(
                msg("cli.unknown_format", name=name, suggestion=suggest(name, names), formats=names)
            )
        if sep and not target:
            raise UsageError(msg("cli.format_file", value=value))
        chosen.append((Format(name), Path(target) if sep else None))
    to_stdout = [f for f, path in chosen if path is None]
    if len(to_stdout) > 1:
        raise UsageError(msg("cli.one_stdout"))
    return [(f, path if path is not None else output) for f, path in chosen]


def _progress(total: int) -> tuple[Callable[[str], None] | None, Callable[[], None]]:
    """A progress bar on stderr for many files on a terminal; nothing when piped or in CI."""
    if total < 10 or not sys.stderr.isatty() or os.environ.get("CI"):
        return None, lambda: None
    from rich.console import Console
    from rich.progress import Progress

    progress = Progress(console=Console(stderr=True), transient=True)
    task = progress.add_task("egovcheck", total=total)
    progress.start()

    def step(path: str) -> None:
        progress.update(task, advance=1, description=Path(path).name[:40])

    return step, progress.stop


@app.command(help=_t("Check plan files and print the gaps and trajectory warnings."))
def check(
    plans: Annotated[
        list[str],
        typer.Argument(
            metavar="PLAN...",
            help=_t("Plan files, folders (every *.yaml/*.yml below), globs, or - for stdin."),
        ),
    ],
    fmt: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT[:FILE]",
            help=_t(
                "table, json, markdown, csv, sarif, junit or github; repeatable, each with "
                "its own file (-f table -f sarif:out.sarif). Default: table, or github when "
                "GITHUB_ACTIONS=true."
            ),
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", help=_t("Write the report to this file (atomically).")),
    ] = None,
    fail_on: Annotated[
        Optional[FailOn],  # noqa: UP045
        typer.Option(
            "--fail-on",
            help=_t("Exit 1 when a finding not waived is at least this severe [default: error]."),
            show_default=False,
        ),
    ] = None,
    programme: ProgrammeOption = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    waivers: WaiversOption = None,
    as_of: AsOfOption = None,
    exclude: ExcludeOption = None,
    config: ConfigOption = None,
    against: Annotated[
        Optional[list[Path]],  # noqa: UP045
        typer.Option(
            "--against",
            metavar="PARENT_PLAN",
            help=_t(
                "Also check against this plan's targets (the province's plan a district "
                "carries out, or a five-year plan an annual one carries out). Repeatable."
            ),
        ),
    ] = None,
    baselines_dirs: BaselinesOption = None,
    lang: LangOption = None,
    csv_bom: CsvBomOption = False,
) -> None:
    """Check plan files and print the gaps and trajectory warnings.

    Exit 0: nothing at or above --fail-on; 1: findings at or above it; 2: a file could not be
    read or is invalid, or the options are wrong; 3: an internal error.
    """
    _LANG[0] = lang.value if lang else None
    with _handled():
        import shutil

        from egovcheck.engine import check_paths, exceeds
        from egovcheck.formatters import RenderOptions, renderer

        outputs = _formats(fmt, output)
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
            against=against,
        )
        language = _LANG[0] = run.language
        threshold = fail_on.value if fail_on else (run.config.settings.fail_on or "error")
        baselines, paths = run.baselines, run.paths
        _refuse_overwriting([target for _, target in outputs], [*paths, *run.waiver_files])
        step, done = _progress(len(paths))
        try:
            report = check_paths(
                paths,
                baselines,
                run.programmes,
                checks=run.checks,
                waiver_files=run.waiver_files,
                as_of=_as_of(as_of),
                progress=step,
                parents=run.parents,
            )
        finally:
            done()
        color = not os.environ.get("NO_COLOR") and sys.stdout.isatty()
        for kind, target in outputs:
            options = RenderOptions(
                lang=language,
                baselines=baselines,
                color=color and kind is Format.TABLE and target is None,
                width=shutil.get_terminal_size((120, 24)).columns,
                csv_bom=csv_bom,
                fail_on=threshold,
            )
            if report.plans or report.run_findings or kind is not Format.TABLE:
                write_output(renderer(kind)(report, options), target)
        for problem in report.errors:
            _err(f"error: {problem_line(problem, language)}")
        _err(_summary(report, language))
        if report.errors:
            raise typer.Exit(ExitCode.USAGE)
        if exceeds(report, threshold):
            raise typer.Exit(ExitCode.FINDINGS)


@app.command("config", help=_t("Print the effective configuration and where each value came from."))
def show_config(
    config: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--config", help=_t("Use this configuration file instead of searching.")),
    ] = None,
    fmt: Annotated[
        ShowFormat, typer.Option("--format", "-f", help=_t("Output format."))
    ] = ShowFormat.TABLE,
) -> None:
    """Print the effective configuration and where each value came from."""
    with _handled():
        import json

        from egovcheck import config as configuration

        cfg = configuration.discover(config)
        values = cfg.settings.model_dump()
        defaults = {
            "fail_on": "error",
            "lang": "(from $EGOVCHECK_LANG, $LANG, else vi)",
            "programmes": "(those in force when each plan was adopted)",
        }
        rows = []
        for key, value in values.items():
            if key == "checks":
                for token, setting in value.items():
                    rows.append((f"checks.{token}", setting, cfg.where(f"checks.{token}")))
                if not value:
                    rows.append(("checks", "(all, default severities)", "default"))
                continue
            shown = value if value not in (None, []) else defaults.get(key, value)
            rows.append((key, shown, cfg.where(key)))
        if fmt is ShowFormat.JSON:
            _out(
                json.dumps(
                    {
                        "file": str(cfg.file) if cfg.file else None,
                        "settings": values,
                        "origin": {k: cfg.where(k) for k in values}
                        | {f"checks.{t}": cfg.where(f"checks.{t}") for t in values["checks"]},
                    },
                    ensure_ascii=False,
                    indent=2,
                )
                + "\n"
            )
            return
        from tabulate import tabulate

        head = f"configuration file: {cfg.file}\n" if cfg.file else "configuration file: (none)\n"
        table = tabulate(
            [
                (k, json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v, w)
                for k, v, w in rows
            ],
            headers=["setting", "value", "from"],
            tablefmt="simple",
            disable_numparse=True,
        )
        _out(head + table + "\n")


@app.command(help=_t("Print the JSON Schema of plan files (for editors: yaml-language-server)."))
def schema() -> None:
    """Print the JSON Schema of plan files (for editors: yaml-language-server)."""
    with _handled():
        from egovcheck.baselines import bundled
        from egovcheck.schema import render

        _out(render(bundled().catalogue))


@app.command(help=_t("Print what a check looks for, with a failing and a passing example."))
def explain(
    code: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(help=_t("A check code (LV01) or name (level.below-national).")),
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
            raise UsageError(
                msg("cli.unknown_check", name=code, suggestion=suggest(code.upper(), names))
            )
        _out(
            f"{check_.code} {check_.name} (default severity: {check_.severity.value})\n\n"
            f"{check_.doc}\n"
        )


@baselines_app.callback(
    help=_t("List the national programmes: the bundled ones and those added with --baselines.")
)
def baselines_list(ctx: typer.Context, baselines_dirs: BaselinesOption = None) -> None:
    """List the national programmes: the bundled ones and those added with --baselines."""
    ctx.obj = baselines_dirs
    if ctx.invoked_subcommand is not None:
        return
    with _handled():
        from tabulate import tabulate

        b = _load_baselines(baselines_dirs)
        rows = []
        for p in b.ordered():
            grades: dict[str, int] = {}
            for t in p.targets:
                grades[t.evidence.value] = grades.get(t.evidence.value, 0) + 1
            rows.append(
                [
                    p.id if b.sources.get(p.id, "").startswith("baselines/") else f"{p.id} *",
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


@baselines_app.command(
    "show", help=_t("Show one programme: its targets with location, evidence and source.")
)
def baselines_show(
    ctx: typer.Context,
    programme_id: Annotated[str, typer.Argument(metavar="ID", help=_t("Programme id."))],
    fmt: Annotated[
        ShowFormat, typer.Option("--format", "-f", help=_t("Output format."))
    ] = ShowFormat.TABLE,
    lang: LangOption = None,
) -> None:
    """Show one programme: its targets with location, evidence and source."""
    with _handled():
        from egovcheck.formatters.programme import render_json, render_table
        from egovcheck.messages import resolve_lang

        b = _load_baselines(ctx.obj)
        programme = b.get([programme_id])[0]
        language = resolve_lang(lang.value if lang else None)
        render = render_json if fmt is ShowFormat.JSON else render_table
        _out(render(programme, b, language))


class PathFormat(str, Enum):
    """Formats of ``path``."""

    TABLE = "table"
    MARKDOWN = "markdown"
    JSON = "json"


@app.command(
    "path",
    help=_t("Print the least value each plan year needs to stay on course for the next target."),
)
def required_path(
    plan: Annotated[Path, typer.Argument(metavar="PLAN", help=_t("A plan file."))],
    fmt: Annotated[
        PathFormat, typer.Option("--format", "-f", help=_t("Output format."))
    ] = PathFormat.TABLE,
    programme: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--programme", "-p", help=_t("Judge by this programme id (repeatable).")),
    ] = None,
    against: Annotated[
        Optional[list[Path]],  # noqa: UP045
        typer.Option("--against", metavar="PARENT_PLAN", help=_t("A parent plan (repeatable).")),
    ] = None,
    baselines_dirs: BaselinesOption = None,
    lang: LangOption = None,
) -> None:
    """Print the least value each plan year needs to stay on course for the next target.

    For every key: a straight line from the start point (the latest actual before the period,
    else the plan's first value) to the next national target; a plan value below it is
    marked with !.
    """
    with _handled():
        from egovcheck.checks.context import PlanContext
        from egovcheck.engine import programmes_for
        from egovcheck.formatters.path import render
        from egovcheck.loader import load_plan
        from egovcheck.messages import resolve_lang
        from egovcheck.roadmap import required_path as compute

        baselines = _load_baselines(baselines_dirs)
        loaded = load_plan(str(plan), baselines.catalogue)
        programmes = programmes_for(loaded, baselines, programme) + _parents(against, baselines)
        ctx = PlanContext.build(loaded, baselines.catalogue, programmes)
        _out(render(compute(ctx), fmt.value, resolve_lang(lang.value if lang else None)))


@app.command(
    help=_t("Write an annotated plan template listing every national target that applies.")
)
def init(
    level: Annotated[
        str, typer.Option("--level", help=_t("province, district, commune or ministry."))
    ],
    period: Annotated[str, typer.Option("--period", help=_t("2021 or 2021-2025."))],
    adopted: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--adopted", metavar="YYYY-MM-DD", help=_t("Adoption date (decides programmes).")
        ),
    ] = None,
    issuer: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--issuer", help=_t("e.g. 'UBND tỉnh Hòa Bình'.")),
    ] = None,
    programme: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--programme", "-p", help=_t("Use these programme ids (repeatable).")),
    ] = None,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", help=_t("Write the template to this file.")),
    ] = None,
    baselines_dirs: BaselinesOption = None,
) -> None:
    """Write an annotated plan template listing every national target that applies."""
    with _handled():
        from egovcheck.models import SCOPES_FOR_LEVEL, parse_period
        from egovcheck.template import render

        if level not in SCOPES_FOR_LEVEL:
            raise UsageError(msg("cli.level", allowed=", ".join(SCOPES_FOR_LEVEL), got=level))
        try:
            first, last = parse_period(int(period) if period.strip().isdecimal() else period)
        except ValueError as exc:
            reason = exc.message if isinstance(exc, MessageError) else str(exc)
            raise UsageError(msg("cli.period", reason=reason)) from None
        baselines = _load_baselines(baselines_dirs)
        chosen = baselines.get(programme) if programme else None
        write_output(render(baselines, level, first, last, _as_of(adopted), issuer, chosen), output)


@app.command(help=_t("Read a plan or an article about one and write a draft plan file."))
def extract(
    document: Annotated[
        Path,
        typer.Argument(metavar="FILE", help=_t("A plan or an article: .txt, .md, .docx or .pdf.")),
    ],
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", help=_t("Write the draft to this file.")),
    ] = None,
    check_draft: Annotated[
        bool,
        typer.Option(
            "--check", help=_t("Check the draft as egovcheck check does (table on stderr).")
        ),
    ] = False,
) -> None:
    """Write a draft plan file from a plan's text: issuer, level, period, and every target.

    Each target keeps the phrase it was read from as its ``source``; numbers that could not be
    placed are left as comments. The draft loads with ``egovcheck check`` as written; with
    ``--check`` it is checked at once and the exit code is check's.
    """
    _LANG[0] = None
    with _handled():
        import tempfile

        from egovcheck.baselines import bundled
        from egovcheck.extract import extract as read_targets
        from egovcheck.extract import read_document, render_draft

        text = read_document(str(document))
        baselines = bundled()
        draft = render_draft(read_targets(text, baselines.catalogue, source=str(document)))
        write_output(draft, output)
        if not check_draft:
            return
        from egovcheck.engine import check_paths, exceeds
        from egovcheck.formatters import RenderOptions, renderer

        with tempfile.TemporaryDirectory() as folder:
            path = output or Path(folder) / "draft.yaml"
            if output is None:
                path.write_text(draft, encoding="utf-8")
            report = check_paths([str(path)], baselines)
        language = _LANG[0] or "vi"
        options = RenderOptions(lang=language, baselines=baselines, color=False, width=120)
        _err(renderer(Format.TABLE)(report, options).rstrip("\n"))
        _err(_summary(report, language))
        if report.errors:
            raise typer.Exit(ExitCode.USAGE)
        if exceeds(report, "error"):
            raise typer.Exit(ExitCode.FINDINGS)


def _register_report() -> None:
    from egovcheck.report.command import report

    app.command(
        "report", help=_t("Build one gap table over many plans (xlsx, csv, markdown, html).")
    )(report)


_register_report()


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(ExitCode.OK)
