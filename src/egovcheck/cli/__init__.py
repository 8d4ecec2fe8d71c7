"""The command line: one module per command; options parsed here, the work done below."""

from __future__ import annotations

import sys


def main() -> None:
    """Console-script entry point."""
    from egovcheck.cli.app import app
    from egovcheck.cli.usage import run
    from egovcheck.errors import ExitCode

    try:
        run(app)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(ExitCode.OK)
