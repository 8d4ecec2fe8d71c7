"""The report's output formats, one module per format, chosen from a registry.

Each module exposes ``NEEDS_FILE`` (True when the output cannot go to standard output),
``require()`` (import its optional libraries, or raise a usage error saying how to install
them) and ``render(data, settings) -> str | bytes``. A new format is its module and one line
in ``MODULES``; the command's ``--format`` choices come from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from egovcheck.report.data import ReportData

# Module that renders each format, in the order the command lists them.
MODULES: dict[str, str] = {
    "xlsx": "egovcheck.report.formats.xlsx",
    "csv": "egovcheck.report.formats.csv_format",
    "markdown": "egovcheck.report.formats.markdown",
    "html": "egovcheck.report.formats.html",
}

# The choices of ``egovcheck report --format``, from the registry (mypy cannot see members
# computed this way, hence the ignore).
_MEMBERS = {name.upper(): name for name in MODULES}
ReportFormat = Enum("ReportFormat", _MEMBERS, type=str)  # type: ignore[misc]
ReportFormat.__doc__ = "Output formats of ``egovcheck report``."


@dataclass(frozen=True)
class RenderSettings:
    """What a format may need besides the data."""

    by: str | None = None  # a pivot ("indicator", "plan"), or None for the gap table
    csv_bom: bool = False
    chart_lines: int = 12


def module(fmt: str) -> ModuleType:
    """The module of a format (imported on first use)."""
    from egovcheck.errors import UsageError, msg

    if fmt not in MODULES:
        raise UsageError(msg("cli.unknown_format", name=fmt, formats=list(MODULES)))
    return import_module(MODULES[fmt])


def render(fmt: str, data: ReportData, settings: RenderSettings) -> str | bytes:
    """The report in one format: text, or bytes (xlsx)."""
    result: str | bytes = module(fmt).render(data, settings)
    return result
