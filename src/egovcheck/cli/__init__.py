"""The command line: one module per command; options parsed here, the work done below."""

from __future__ import annotations

import os
import sys
from typing import NoReturn


def main() -> None:
    """Console-script entry point."""
    from egovcheck.cli.app import app
    from egovcheck.cli.usage import run

    try:
        run(app)
    except BrokenPipeError:
        pipe_closed()


def pipe_closed() -> NoReturn:
    """Exit quietly when the output's reader has gone (``egovcheck check … | head``).

    What is still buffered goes nowhere, and the code tells a script the output was cut short: a
    run whose findings were never all read does not pass as one with none.
    """
    from egovcheck.errors import ExitCode

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(ExitCode.PIPE_CLOSED)
