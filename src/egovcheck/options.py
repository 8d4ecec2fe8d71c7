"""Transitional: the names ``report/command.py`` still imports from here.

The options now live in ``egovcheck.cli.common`` and the run set-up in ``egovcheck.run``;
this module goes once the ``report`` command is declared in ``egovcheck.cli.report``.
"""

from __future__ import annotations

from typing import Any

from egovcheck import run as _run
from egovcheck.cli.common import (
    AsOfOption,
    BaselinesOption,
    ConfigOption,
    CsvBomOption,
    ExcludeOption,
    IgnoreOption,
    LangOption,
    ProgrammeOption,
    SelectOption,
    WaiversOption,
    h,
    notify,
)
from egovcheck.run import Run, as_of, refuse_overwriting

__all__ = [
    "AsOfOption",
    "BaselinesOption",
    "ConfigOption",
    "CsvBomOption",
    "ExcludeOption",
    "IgnoreOption",
    "LangOption",
    "ProgrammeOption",
    "SelectOption",
    "WaiversOption",
    "as_of",
    "prepare",
    "refuse_overwriting",
    "t",
]


def t(english: str) -> str:
    """The help key whose English text is ``english``, in the language of the help."""
    from egovcheck.messages import en

    keys = {v: k for k, v in en.TEXT.items() if k.startswith("help.")}
    return h(keys[english])


def prepare(plans: list[str], **options: Any) -> Run:
    """``egovcheck.run.prepare``, with the notices written on stderr."""
    run = _run.prepare(plans, **options)
    notify(run.notices, run.language)
    return run
