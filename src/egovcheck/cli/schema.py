"""``egovcheck schema``: the JSON Schema of plan files."""

from __future__ import annotations

from egovcheck.cli import common as o


def schema(lang: o.LangOption = None) -> None:
    """Print the JSON Schema of plan files (for editors: yaml-language-server)."""
    with o.handled(o.lang_of(lang)):
        from egovcheck.baselines import bundled
        from egovcheck.views.schema import render

        o.out(render(bundled().catalogue))
