"""Error types, messages as facts, and the exit-code contract (imports nothing of egovcheck)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any


class ExitCode(IntEnum):
    """Process exit codes: each means one thing only."""

    OK = 0  # nothing at or above --fail-on
    FINDINGS = 1  # findings at or above --fail-on
    USAGE = 2  # could not run: usage, unreadable or invalid plan, broken baseline, bad config
    INTERNAL = 3  # a bug in egovcheck
    INTERRUPTED = 130  # stopped by Ctrl-C (or input ended), as a shell reports SIGINT
    PIPE_CLOSED = 141  # the output's reader stopped reading first, as a shell reports SIGPIPE


@dataclass(frozen=True)
class Msg:
    """A message as facts: a key of the message catalogues and the values it needs.

    The sentence is written only at output time, in the chosen language, by ``egovcheck.messages``.
    A value may itself be a ``Msg`` (a reason inside a message), a list, or plain data.
    """

    key: str
    args: tuple[tuple[str, Any], ...] = ()

    @property
    def values(self) -> dict[str, Any]:
        """The values as a mapping."""
        return dict(self.args)

    def __str__(self) -> str:
        """A language-neutral rendering, for logs and ``repr``-like use only."""
        inner = ", ".join(f"{k}={v}" for k, v in self.args)
        return f"{self.key}({inner})" if inner else self.key


def msg(key: str, /, **values: Any) -> Msg:
    """Build a message from its key and values."""
    return Msg(key, tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in values.items()))


class MessageError(ValueError):
    """A ``ValueError`` that carries a message as facts (raised inside model validators)."""

    def __init__(self, message: Msg) -> None:
        self.message = message
        super().__init__(str(message))


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, at a line and a key path."""

    file: str
    message: Msg
    line: int | None = None
    column: int | None = None
    path: str = ""


class EgovcheckError(Exception):
    """Base of every error egovcheck reports itself; the CLI turns it into exit code 2."""

    exit_code = ExitCode.USAGE

    def __init__(self, problems: Sequence[Problem] | Msg) -> None:
        if isinstance(problems, Msg):
            problems = [Problem(file="", message=problems)]
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("; ".join(f"{p.file}: {p.message}" for p in self.problems))


class PlanError(EgovcheckError):
    """A plan file could not be read or is invalid."""


class BaselineError(EgovcheckError):
    """A baseline (national programme or indicator catalogue) file is broken."""


class UsageError(EgovcheckError):
    """The command line asks for something that cannot be done."""


def problem(
    file: str, key: str, /, *, line: int | None = None, path: str = "", **values: Any
) -> Problem:
    """A problem with a message built from its key and values."""
    return Problem(file, msg(key, **values), line=line, path=path)


__all__ = [
    "BaselineError",
    "EgovcheckError",
    "ExitCode",
    "MessageError",
    "Msg",
    "PlanError",
    "Problem",
    "UsageError",
    "msg",
    "problem",
]
