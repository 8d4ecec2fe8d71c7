"""Report -> text, one module per format, chosen from a registry keyed by an enum."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from egovcheck.baselines import Baselines
    from egovcheck.findings import Report


class Format(str, Enum):
    """Output formats of ``egovcheck check``."""

    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"
    CSV = "csv"
    SARIF = "sarif"
    JUNIT = "junit"
    GITHUB = "github"


@dataclass(frozen=True)
class RenderOptions:
    """What every formatter may need besides the report."""

    lang: str
    baselines: Baselines
    color: bool = False
    width: int = 120
    csv_bom: bool = False
    fail_on: str = "error"
    # SARIF and GitHub annotations name files relative to this folder (``--base-dir``);
    # None: the repository's root above the working folder (``.git``), else that folder.
    base_dir: Path | None = None


# Module that renders each format; each exposes ``render(report, options) -> str``.
MODULES: dict[Format, str] = {
    Format.TABLE: "egovcheck.formatters.table",
    Format.JSON: "egovcheck.formatters.json_format",
    Format.MARKDOWN: "egovcheck.formatters.markdown",
    Format.CSV: "egovcheck.formatters.csv_format",
    Format.SARIF: "egovcheck.formatters.sarif",
    Format.JUNIT: "egovcheck.formatters.junit",
    Format.GITHUB: "egovcheck.formatters.github",
}


def renderer(fmt: Format) -> Callable[[Report, RenderOptions], str]:
    """The render function of a format (its module is imported on first use)."""
    module = import_module(MODULES[fmt])
    render: Callable[[Report, RenderOptions], str] = module.render
    return render
