"""``egovcheck extract``: a draft plan file from a plan's text (and, with --check, its check)."""

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
        typer.Option("--output", "-o", metavar="FILE", help=h("help.extract.output")),
    ] = None,
    check_draft: Annotated[bool, typer.Option("--check", help=h("help.extract.check"))] = False,
    lang: o.LangOption = None,
) -> None:
    """Write a draft plan file from a plan's text: issuer, level, period, and every target.

    Each target keeps the phrase it was read from as its ``source``; numbers that could not be
    placed are left as comments. The draft loads with ``egovcheck check`` as written; with
    ``--check`` it is checked at once and the exit code is check's.
    """
    with o.handled(o.lang_of(lang)) as session:
        from egovcheck.baselines import bundled
        from egovcheck.extract import extract as read_targets
        from egovcheck.extract import read_document, render_draft
        from egovcheck.files import refuse_overwriting

        refuse_overwriting([output], [document])
        text = read_document(str(document))
        baselines = bundled()
        draft = render_draft(read_targets(text, baselines.catalogue, source=str(document)))
        o.write_output(draft, output)
        if check_draft:
            from egovcheck.cli.check import check_draft_text

            check_draft_text(draft, output, baselines, session.lang)
