"""``egovcheck path``: the least value each plan year needs."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from egovcheck.cli import common as o
from egovcheck.cli.common import h


class PathFormat(str, Enum):
    """Formats of ``path``."""

    TABLE = "table"
    MARKDOWN = "markdown"
    JSON = "json"


def required_path(
    plan: Annotated[Path, typer.Argument(metavar="PLAN", help=h("help.path.plan"))],
    fmt: Annotated[
        PathFormat, typer.Option("--format", "-f", help=h("help.option.format"))
    ] = PathFormat.TABLE,
    programme: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--programme", "-p", metavar="ID", help=h("help.path.programme")),
    ] = None,
    against: Annotated[
        Optional[list[Path]],  # noqa: UP045
        typer.Option("--against", metavar="PARENT_PLAN", help=h("help.path.against")),
    ] = None,
    baselines_dirs: o.BaselinesOption = None,
    lang: o.LangOption = None,
) -> None:
    """Print the least value each plan year needs to stay on course for the next target.

    For every key: a straight line from the start point (the latest actual before the period,
    else the plan's first value) to the next national target; a plan value below it is
    marked with !.
    """
    with o.handled(o.lang_of(lang)) as session:
        from egovcheck.checks.context import PlanContext
        from egovcheck.engine import programmes_for
        from egovcheck.loader import load_plan
        from egovcheck.required_path import required_path as compute
        from egovcheck.run import parents
        from egovcheck.views.path import render

        baselines = o.load_baselines(baselines_dirs, session.lang)
        loaded = load_plan(str(plan), baselines.catalogue)
        programmes = programmes_for(loaded, baselines, programme) + parents(against, baselines)
        ctx = PlanContext.build(loaded, baselines.catalogue, programmes)
        o.out(render(compute(ctx), fmt.value, session.lang))
