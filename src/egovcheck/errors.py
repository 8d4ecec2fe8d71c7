"""Error types and the exit-code contract."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes: each means one thing only."""

    OK = 0  # nothing at or above --fail-on
    FINDINGS = 1  # findings at or above --fail-on
    USAGE = 2  # could not run: usage, unreadable or invalid plan, broken baseline, bad config
    INTERNAL = 3  # a bug in egovcheck


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, at a line and a key path."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    path: str = ""

    def render(self, lang: str = "en") -> str:
        """Return ``file:line: path: message`` (parts that are unknown are left out)."""
        from egovcheck.messages import localize

        message = localize(self.message, lang)
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        text = f"{where}: {self.path}: {message}" if self.path else f"{where}: {message}"
        # One problem, one line: a key or value holding a line break must not split it.
        return text.replace("\r", "\\r").replace("\n", "\\n")


class EgovcheckError(Exception):
    """Base of every error egovcheck reports itself; the CLI turns it into exit code 2."""

    exit_code = ExitCode.USAGE

    def __init__(self, problems: Sequence[Problem] | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(file="", message=problems)]
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(p.render() if p.file else p.message for p in self.problems))

    def lines(self, lang: str = "en") -> list[str]:
        """Return one printable line per problem."""
        from egovcheck.messages import localize

        return [p.render(lang) if p.file else localize(p.message, lang) for p in self.problems]


class PlanError(EgovcheckError):
    """A plan file could not be read or is invalid."""


class BaselineError(EgovcheckError):
    """A baseline (national programme or indicator catalogue) file is broken."""


class UsageError(EgovcheckError):
    """The command line asks for something that cannot be done."""
