"""The check registry: stable codes, names, groups, default severities and documentation."""

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
        """The part of the name before the dot (coverage, level, timing, trajectory)."""
        return self.name.split(".", 1)[0]

    @property
    def doc(self) -> str:
        """The user documentation: the check function's docstring."""
        import inspect

        return inspect.cleandoc(self.run.__doc__ or "")


def _registry() -> dict[str, Check]:
    from egovcheck.checks import coverage, level, timing, trajectory

    checks = [
        Check("CV01", "coverage.missing-target", Severity.WARNING, coverage.missing_target),
        Check("LV01", "level.below-national", Severity.ERROR, level.below_national),
        Check("TM01", "timing.late", Severity.ERROR, timing.late),
        Check("TR01", "trajectory.off-path", Severity.WARNING, trajectory.off_path),
        Check("TR02", "trajectory.pace", Severity.WARNING, trajectory.pace),
        Check("TR03", "trajectory.projection", Severity.WARNING, trajectory.projection),
        Check("TR04", "trajectory.regression", Severity.WARNING, trajectory.regression),
    ]
    return {c.code: c for c in checks}


CHECKS: dict[str, Check] = _registry()


def find(code_or_name: str) -> Check | None:
    """Look a check up by code (``LV01``) or name (``level.below-national``), any case."""
    wanted = code_or_name.strip().lower()
    for check in CHECKS.values():
        if wanted in (check.code.lower(), check.name):
            return check
    return None
