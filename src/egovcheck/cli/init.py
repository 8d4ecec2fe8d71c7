"""``egovcheck init``: an annotated plan template."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from egovcheck.cli import common as o
from egovcheck.cli.common import h


def init(
    level: Annotated[str, typer.Option("--level", metavar="LEVEL", help=h("help.init.level"))],
    period: Annotated[
        str, typer.Option("--period", metavar="YYYY[-YYYY]", help=h("help.init.period"))
    ],
    adopted: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--adopted", metavar="YYYY-MM-DD", help=h("help.init.adopted")),
    ] = None,
    issuer: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--issuer", metavar="NAME", help=h("help.init.issuer")),
    ] = None,
    programme: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--programme", "-p", metavar="ID", help=h("help.init.programme")),
    ] = None,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", metavar="FILE", help=h("help.init.output")),
    ] = None,
    baselines_dirs: o.BaselinesOption = None,
    lang: o.LangOption = None,
) -> None:
    """Write an annotated plan template listing every national target that applies."""
    with o.handled(o.lang_of(lang)) as session:
        from egovcheck.errors import MessageError, UsageError, msg
        from egovcheck.models import SCOPES_FOR_LEVEL, parse_period
        from egovcheck.run import as_of
        from egovcheck.views.init import render

        if level not in SCOPES_FOR_LEVEL:
            raise UsageError(msg("cli.level", allowed=", ".join(SCOPES_FOR_LEVEL), got=level))
        try:
            first, last = parse_period(int(period) if period.strip().isdecimal() else period)
        except ValueError as exc:
            reason = exc.message if isinstance(exc, MessageError) else str(exc)
            raise UsageError(msg("cli.period", reason=reason)) from None
        baselines = o.load_baselines(baselines_dirs, session.lang)
        chosen = baselines.get(programme) if programme else None
        template = render(baselines, level, first, last, as_of(adopted), issuer, chosen)
        o.write_output(template, output)
