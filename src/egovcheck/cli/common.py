"""What every command shares: the streams, the error handling, the help texts, the options."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from egovcheck.errors import EgovcheckError, ExitCode, Msg, UsageError, msg
from egovcheck.messages import resolve_lang, text
from egovcheck.textsafe import one_line

if TYPE_CHECKING:
    from egovcheck.baselines import Baselines
    from egovcheck.formatters import Format
    from egovcheck.run import Run


def _argv_lang(argv: list[str]) -> str | None:
    """``--lang X`` or ``--lang=X`` on the command line, seen before the parser runs.

    Of several, the last: the one the parser keeps for the run.
    """
    from egovcheck.inputs import option_values

    given = option_values(["--lang"], argv)
    return given[-1] if given else None


# The language of the help, fixed when the commands are declared.
HELP_LANG = resolve_lang(_argv_lang(sys.argv[1:]))


def h(key: str) -> str:
    """The help text ``key`` in the language of the help."""
    return text(key, HELP_LANG)


def err(line: str) -> None:
    """One line on stderr; a file name that is not UTF-8 keeps its bytes."""
    sys.stderr.flush()
    sys.stderr.buffer.write((line + "\n").encode("utf-8", "surrogateescape"))
    sys.stderr.buffer.flush()


def out(text_: str) -> None:
    """Text on stdout, as it is."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text_.encode("utf-8", "surrogateescape"))
    sys.stdout.buffer.flush()


def write_output(text_: str, output: Path | None) -> None:
    """Write ``text_`` to ``output`` atomically, or to standard output."""
    if output is None or str(output) == "-":
        out(text_)
        return
    from egovcheck.output import write_atomic

    write_atomic(output, text_)


@dataclass
class Session:
    """The language a command settled on, for the errors it reports."""

    lang: str


@contextmanager
def handled(lang: str | None = None) -> Iterator[Session]:
    """Turn egovcheck's own errors into exit 2 and anything unexpected into exit 3."""
    session = Session(resolve_lang(lang))
    try:
        yield session
    except (typer.Exit, typer.Abort):
        raise
    except EgovcheckError as exc:
        from egovcheck.messages import error_lines

        for line in error_lines(exc, session.lang):
            err(f"error: {line}")
        raise typer.Exit(ExitCode.USAGE) from None
    except BrokenPipeError:
        from egovcheck.cli import pipe_closed

        pipe_closed()
    except (KeyboardInterrupt, EOFError):
        err(text("usage.aborted", session.lang))
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except Exception as exc:
        if os.environ.get("EGOVCHECK_DEBUG"):
            import traceback

            traceback.print_exc()
        # The exception's text may quote a path or plan text: one line, no escape sequence.
        err(one_line(f"internal error: {type(exc).__name__}: {exc}"))
        err(text("cli.bug", session.lang))
        raise typer.Exit(ExitCode.INTERNAL) from None


def load_baselines(dirs: list[Path] | None, lang: str) -> Baselines:
    """The bundled baselines plus ``--baselines`` folders; replacements noticed on stderr."""
    from egovcheck import run

    baselines, notices = run.load_baselines(dirs)
    notify(notices, lang)
    return baselines


def prepare(session: Session, plans: list[str], lang: Enum | None, **options: Any) -> Run:
    """The run's settings from the configuration and the options; notices on stderr.

    From here on the command's errors are in the run's language (the configuration may set it).
    """
    from egovcheck import run as runs

    run = runs.prepare(plans, lang=lang.value if lang else None, **options)
    session.lang = run.language
    notify(run.notices, run.language)
    return run


def notify(notices: list[Msg], lang: str) -> None:
    """``notice: ...`` lines on stderr, one line each (a path in one cannot drive the terminal)."""
    from egovcheck.messages import render

    for notice in notices:
        err(one_line(f"notice: {render(notice, lang)}"))


def formats(values: list[str] | None, output: Path | None) -> list[tuple[Format, Path | None]]:
    """Parse ``-f table -f sarif:out.sarif``: each format with its file, or stdout."""
    from egovcheck.formatters import Format
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
    if len([f for f, path in chosen if path is None]) > 1:
        raise UsageError(msg("cli.one_stdout"))
    return [(f, path if path is not None else output) for f, path in chosen]


def progress(total: int) -> tuple[Callable[[str], None] | None, Callable[[], None]]:
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


class Lang(str, Enum):
    """Output languages."""

    VI = "vi"
    EN = "en"


class ShowFormat(str, Enum):
    """Formats of ``baselines show`` and ``config``."""

    TABLE = "table"
    JSON = "json"


# Optional[...] below: typer reads the annotations at run time, also on Python 3.10.
LangOption = Annotated[
    Optional[Lang],  # noqa: UP045
    typer.Option("--lang", help=h("help.option.lang"), show_default=False),
]
BaselinesOption = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Option("--baselines", metavar="DIR", help=h("help.option.baselines")),
]
ProgrammeOption = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option("--programme", "-p", metavar="ID", help=h("help.option.programme")),
]
SelectOption = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option("--select", metavar="CHECKS", help=h("help.option.select")),
]
IgnoreOption = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option("--ignore", metavar="CHECKS", help=h("help.option.ignore")),
]
WaiversOption = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Option("--waivers", metavar="FILE", help=h("help.option.waivers")),
]
AsOfOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--as-of", metavar="YYYY-MM-DD", help=h("help.option.as_of")),
]
ExcludeOption = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option("--exclude", metavar="GLOB", help=h("help.option.exclude")),
]
ConfigOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--config", metavar="FILE", help=h("help.option.config")),
]
AgainstOption = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Option("--against", metavar="PARENT_PLAN", help=h("help.option.against")),
]
OutputOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--output", "-o", metavar="FILE", help=h("help.option.output")),
]
CsvBomOption = Annotated[bool, typer.Option("--csv-bom", help=h("help.option.csv_bom"))]
ShowFormatOption = Annotated[
    ShowFormat, typer.Option("--format", "-f", help=h("help.option.format"))
]


def lang_of(lang: Lang | None) -> str | None:
    """The value of ``--lang``, if given."""
    return lang.value if lang else None
