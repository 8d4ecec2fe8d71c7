"""What ``check`` and ``report`` share: their common options and the set-up of a run."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from egovcheck.errors import UsageError, msg, problem

if TYPE_CHECKING:
    from egovcheck.baselines import Baselines
    from egovcheck.checks import Check
    from egovcheck.config import Config
    from egovcheck.models import Programme


def t(text: str) -> str:
    """Help text in the language of the environment (Vietnamese unless it says English)."""
    from egovcheck.help_vi import translate
    from egovcheck.messages import resolve_lang

    return translate(text, resolve_lang(None))


class Lang(str, Enum):
    """Output languages."""

    VI = "vi"
    EN = "en"


# Optional[...] below: typer reads the annotations at run time, also on Python 3.10.
LangOption = Annotated[
    Optional[Lang],  # noqa: UP045
    typer.Option(
        "--lang",
        help=t("Output language (default: $EGOVCHECK_LANG, then $LANG, else vi)."),
        show_default=False,
    ),
]
BaselinesOption = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Option(
        "--baselines",
        metavar="DIR",
        help=t(
            "Add programme files (bundled format) from this folder; a file with a bundled id "
            "replaces it. Repeatable."
        ),
    ),
]
ProgrammeOption = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(
        "--programme",
        "-p",
        help=t(
            "Judge by this programme id (repeatable) instead of those in force "
            "when the plan was adopted."
        ),
    ),
]
SelectOption = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option("--select", help=t("Run only these checks: codes, names or groups.")),
]
IgnoreOption = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option("--ignore", help=t("Skip these checks: codes, names or groups.")),
]
WaiversOption = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Option("--waivers", help=t("A waiver file (repeatable); adds to the config's.")),
]
AsOfOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        help=t("The day waivers' expiry is judged on (default: today in Asia/Ho_Chi_Minh)."),
    ),
]
ExcludeOption = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option("--exclude", metavar="GLOB", help=t("Skip files matching this glob.")),
]
ConfigOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--config", help=t("Use this configuration file instead of searching.")),
]
CsvBomOption = Annotated[
    bool, typer.Option("--csv-bom", help=t("Start CSV output with a BOM (for spreadsheets)."))
]


def split(values: list[str] | None) -> list[str]:
    """Repeatable options also take comma-separated lists."""
    return [v.strip() for value in values or [] for v in value.split(",") if v.strip()]


def as_of(value: str | None) -> date | None:
    """Parse ``--as-of``."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(msg("cli.as_of", got=value)) from None


def load_baselines(dirs: list[Path] | None) -> Baselines:
    """The bundled baselines plus ``--baselines`` folders; replacements noticed on stderr."""
    from egovcheck.baselines import bundled, with_user_dirs

    baselines, notices = with_user_dirs(bundled(), dirs or [])
    for notice in notices:
        sys.stderr.write(f"notice: {notice}\n")
    return baselines


def parents(paths: list[Path] | None, baselines: Baselines) -> list[Programme]:
    """Parent plans (``--against``) as programmes."""
    from egovcheck.loader import load_plan
    from egovcheck.parent import programme_from_plan

    return [programme_from_plan(load_plan(str(p), baselines.catalogue)) for p in paths or []]


def refuse_overwriting(targets: list[Path | None], inputs: list[str]) -> None:
    """An output file must not be one of the files read: egovcheck never changes its input."""
    read = {Path(p).resolve() for p in inputs if p != "-"}
    for target in targets:
        if target is not None and str(target) != "-" and Path(target).resolve() in read:
            raise UsageError([problem(str(target), "file.would_overwrite", target=str(target))])


@dataclass
class Run:
    """A run's settings once the configuration and the options are combined."""

    config: Config
    language: str
    baselines: Baselines
    programmes: list[str] | None
    checks: list[Check]
    waiver_files: list[str]
    parents: list[Programme]
    paths: list[str]


def prepare(
    plans: list[str],
    *,
    config: Path | None,
    lang: Lang | None,
    programme: list[str] | None,
    select: list[str] | None,
    ignore: list[str] | None,
    waivers: list[Path] | None,
    exclude: list[str] | None,
    baselines_dirs: list[Path] | None = None,
    against: list[Path] | None = None,
) -> Run:
    """Combine the configuration with the options, before any plan is read.

    An unknown programme or check, or no plan left to read, is a usage error.
    """
    from egovcheck import config as configuration
    from egovcheck.checks import select as select_checks
    from egovcheck.checks import unknown_check
    from egovcheck.inputs import expand
    from egovcheck.messages import resolve_lang

    cfg = configuration.discover(config)
    unknown = cfg.check_problems(unknown_check)
    if unknown:
        raise UsageError(unknown)
    settings = cfg.settings
    baselines = load_baselines(baselines_dirs)
    programmes = programme or settings.programmes
    if programmes:
        baselines.get(programmes)
    checks = select_checks(
        split(select) or settings.select or (),
        [*settings.ignore, *split(ignore)],
        settings.checks,
    )
    waiver_files = [cfg.resolve(w) for w in settings.waivers] + [str(w) for w in waivers or []]
    skip = [*waiver_files, *([str(cfg.file)] if cfg.file else []), *map(str, against or [])]
    paths = expand(plans, [*settings.exclude, *(exclude or [])], skip)
    if not paths:
        raise UsageError(msg("plan.no_plans"))
    return Run(
        config=cfg,
        language=resolve_lang(lang.value if lang else settings.lang),
        baselines=baselines,
        programmes=programmes,
        checks=checks,
        waiver_files=waiver_files,
        parents=parents(against, baselines),
        paths=paths,
    )
