"""The command line: one module per command; options parsed here, the work done below."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from egovcheck.cli.common import err as _err
    from egovcheck.cli.common import handled as _handled
    from egovcheck.cli.common import out as _out
    from egovcheck.cli.common import write_output

__all__ = ["_err", "_handled", "_out", "main", "write_output"]


def main() -> None:
    """Console-script entry point."""
    from egovcheck.cli.app import app
    from egovcheck.errors import ExitCode

    try:
        app()
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(ExitCode.OK)


# Transitional: what ``egovcheck.report.command`` imports from here.
_SHARED = {"_err": "err", "_out": "out", "_handled": "handled", "write_output": "write_output"}


def __getattr__(name: str) -> Any:
    if name in _SHARED:
        from egovcheck.cli import common

        return getattr(common, _SHARED[name])
    raise AttributeError(name)
