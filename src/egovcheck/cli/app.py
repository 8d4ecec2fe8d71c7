"""The ``egovcheck`` application: the root options and every command."""

from __future__ import annotations

from typing import Annotated

import typer

from egovcheck.cli import baselines, check, config, explain, extract, init, path, report, schema
from egovcheck.cli.common import h, out

app = typer.Typer(
    name="egovcheck",
    help=h("help.app"),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from egovcheck import __version__

        out(f"egovcheck {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=h("help.version")),
    ] = False,
) -> None:
    """Check a Vietnamese IT-application plan against the national programme targets."""


app.add_typer(baselines.app, name="baselines")
app.command(help=h("help.check"))(check.check)
app.command("config", help=h("help.config"))(config.show_config)
app.command(help=h("help.schema"))(schema.schema)
app.command(help=h("help.explain"))(explain.explain)
app.command("path", help=h("help.path"))(path.required_path)
app.command(help=h("help.init"))(init.init)
app.command(help=h("help.extract"))(extract.extract)
report.register(app)
