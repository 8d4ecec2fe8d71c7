"""``egovcheck extract``: a draft plan file from a plan's text."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from egovcheck.cli import common as o
from egovcheck.cli.common import h


def extract(
    document: Annotated[Path, typer.Argument(metavar="FILE", help=h("help.extract.file"))],
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", help=h("help.extract.output")),
    ] = None,
    lang: o.LangOption = None,
) -> None:
    """Write a draft plan file from a plan's text: issuer, level, period, and every target.

    Each target keeps the phrase it was read from as its ``source``; numbers that could not be
    placed are left as comments. The draft loads with ``egovcheck check`` as written.
    """
    with o.handled(o.lang_of(lang)):
        from egovcheck.baselines import bundled
        from egovcheck.extract import extract as read_targets
        from egovcheck.extract import read_document, render_draft
        from egovcheck.files import refuse_overwriting

        refuse_overwriting([output], [document])
        text = read_document(str(document))
        draft = read_targets(text, bundled().catalogue, source=str(document))
        o.write_output(render_draft(draft), output)
