"""The set-up of a run: the configuration and the options combined, before any plan is read.

Shared by ``check`` and ``report``; nothing here knows of the command line's parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from egovcheck.errors import Msg, UsageError, msg

if TYPE_CHECKING:
    from egovcheck.baselines import Baselines
    from egovcheck.checks import Check
    from egovcheck.config import Config
    from egovcheck.models import Programme


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


def load_baselines(dirs: list[Path] | None) -> tuple[Baselines, list[Msg]]:
    """The bundled baselines plus ``--baselines`` folders, and notices of replaced ids."""
    from egovcheck.baselines import bundled, with_user_dirs

    return with_user_dirs(bundled(), dirs or [])


def read_parents(paths: list[Path] | None, baselines: Baselines) -> list[tuple[Programme, bytes]]:
    """Parent plans (``--against``) as programmes, each with its file's bytes as read (once)."""
    from egovcheck.loader import load_plan, read_bytes
    from egovcheck.parent import programme_from_plan

    out = []
    for path in paths or []:
        data = read_bytes(str(path))
        out.append((programme_from_plan(load_plan(str(path), baselines.catalogue, data)), data))
    return out


def parents(paths: list[Path] | None, baselines: Baselines) -> list[Programme]:
    """Parent plans (``--against``) as programmes."""
    return [programme for programme, _ in read_parents(paths, baselines)]


@dataclass
class Run:
    """A run's settings once the configuration and the options are combined."""

    config: Config
    language: str
    baselines: Baselines
    programmes: list[str] | None
    checks: list[Check]
    waiver_files: list[str]
    parent_plans: list[tuple[Programme, bytes]]  # each parent (``--against``) and its bytes
    paths: list[str]
    notices: list[Msg] = field(default_factory=list)

    @property
    def parents(self) -> list[Programme]:
        """The parent plans (``--against``) as programmes."""
        return [programme for programme, _ in self.parent_plans]

    def inputs(self, against: list[Path] | None = None) -> list[str]:
        """Every file the run reads: plans, waiver files, the configuration, parent plans."""
        config = [str(self.config.file)] if self.config.file else []
        return [*self.paths, *self.waiver_files, *config, *map(str, against or [])]


def prepare(
    plans: list[str],
    *,
    config: Path | None,
    lang: str | None,
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
    baselines, notices = load_baselines(baselines_dirs)
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
    paths = expand(plans, [*cfg.exclude_globs(), *(exclude or [])], skip)
    if not paths:
        raise UsageError(msg("plan.no_plans"))
    return Run(
        config=cfg,
        language=resolve_lang(lang or settings.lang),
        baselines=baselines,
        programmes=programmes,
        checks=checks,
        waiver_files=waiver_files,
        parent_plans=read_parents(against, baselines),
        paths=paths,
        notices=notices,
    )
