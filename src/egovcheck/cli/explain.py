"""``egovcheck explain``: what a check looks for."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from egovcheck.cli import common as o
from egovcheck.cli.common import h


def explain(
    code: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(help=h("help.explain.code")),
    ] = None,
    lang: o.LangOption = None,
) -> None:
    """Print what a check looks for, with a failing and a passing example."""
    with o.handled(o.lang_of(lang)) as session:
        from egovcheck.checks import CHECKS, find
        from egovcheck.errors import UsageError, msg
        from egovcheck.loader import suggest
        from egovcheck.views import explain as view

        if code is None:
            o.out(view.render_list(list(CHECKS.values()), session.lang))
            return
        check = find(code)
        if check is None:
            names = [*CHECKS, *(c.name for c in CHECKS.values())]
            raise UsageError(
                msg("cli.unknown_check", name=code, suggestion=suggest(code.upper(), names))
            )
        o.out(view.render(check, session.lang))
