"""``egovcheck report``: many plans -> one gap table.

For now the command is the one declared in ``egovcheck.report.command``; it is registered here.
"""

from __future__ import annotations

import typer

from egovcheck.cli.common import h


def register(app: typer.Typer) -> None:
    """Add ``report`` to ``app``."""
    from egovcheck.report.command import report

    app.command("report", help=h("help.report"))(report)
