"""The check record every family module declares for each of its checks."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from egovcheck.findings import Severity

if TYPE_CHECKING:
    from egovcheck.checks.context import PlanContext
    from egovcheck.findings import Finding


@dataclass(frozen=True)
class Check:
    """A check: code (two letters, two digits, never reused), dotted name, group, severity."""

    code: str
    name: str
    severity: Severity
    run: Callable[[PlanContext], Iterable[Finding]]

    @property
    def group(self) -> str:
        """The part of the name before the dot (actual, coverage, level, timing, trajectory)."""
        return self.name.split(".", 1)[0]

    @property
    def after_waivers(self) -> bool:
        """True for checks about waivers: they run once the waivers are applied."""
        return self.group == "waiver"

    @property
    def doc(self) -> str:
        """The user documentation: the check function's docstring."""
        import inspect

        return inspect.cleandoc(self.run.__doc__ or "")
