"""``egovcheck baselines`` (list) and ``egovcheck baselines show ID``."""

from __future__ import annotations

from typing import Annotated

import typer

from egovcheck.cli import common as o
from egovcheck.cli.common import h

app = typer.Typer(help=h("help.baselines"), invoke_without_command=True, no_args_is_help=False)


@app.callback(help=h("help.baselines.list"))
def baselines_list(
    ctx: typer.Context, baselines_dirs: o.BaselinesOption = None, lang: o.LangOption = None
) -> None:
    """List the national programmes: the bundled ones and those added with --baselines."""
    ctx.obj = (baselines_dirs, lang)
    if ctx.invoked_subcommand is not None:
        return
    with o.handled(o.lang_of(lang)) as session:
        from egovcheck.views.baselines import render_list

        o.out(render_list(o.load_baselines(baselines_dirs, session.lang), session.lang))


@app.command("show", help=h("help.baselines.show"))
def baselines_show(
    ctx: typer.Context,
    programme_id: Annotated[str, typer.Argument(metavar="ID", help=h("help.baselines.id"))],
    fmt: o.ShowFormatOption = o.ShowFormat.TABLE,
    lang: o.LangOption = None,
) -> None:
    """Show one programme: its targets with location, evidence and source."""
    dirs, group_lang = ctx.obj or (None, None)
    with o.handled(o.lang_of(lang or group_lang)) as session:
        from egovcheck.views.programme import render_json, render_table

        b = o.load_baselines(dirs, session.lang)
        programme = b.get([programme_id])[0]
        render = render_json if fmt is o.ShowFormat.JSON else render_table
        o.out(render(programme, b, session.lang))
