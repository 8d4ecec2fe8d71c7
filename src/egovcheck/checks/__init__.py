"""The check registry: stable codes, names, groups, default severities and documentation."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from egovcheck.errors import msg
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
    def after_waivers(self) -> bool:
        """True for checks about waivers: they run once the waivers are applied."""
        return self.group == "waiver"

    @property
    def doc(self) -> str:
        """The user documentation: the check function's docstring."""
        import inspect

        return inspect.cleandoc(self.run.__doc__ or "")


def _registry() -> dict[str, Check]:
    from egovcheck.checks import coverage, level, timing, trajectory, waiver

    checks = [
        Check("CV01", "coverage.missing-target", Severity.WARNING, coverage.missing_target),
        Check("LV01", "level.below-national", Severity.ERROR, level.below_national),
        Check("TM01", "timing.late", Severity.ERROR, timing.late),
        Check("TR01", "trajectory.off-path", Severity.WARNING, trajectory.off_path),
        Check("TR02", "trajectory.pace", Severity.WARNING, trajectory.pace),
        Check("TR03", "trajectory.projection", Severity.WARNING, trajectory.projection),
        Check("TR04", "trajectory.regression", Severity.WARNING, trajectory.regression),
        Check("WV01", "waiver.unused", Severity.WARNING, waiver.unused),
        Check("WV02", "waiver.unknown-check", Severity.WARNING, waiver.unknown_check),
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


def matching(token: str) -> list[Check]:
    """Checks a selection token names: a code, a name or a group; unknown is a usage error."""
    from egovcheck.errors import UsageError
    from egovcheck.loader import suggest

    wanted = token.strip().lower()
    found = [c for c in CHECKS.values() if wanted in (c.code.lower(), c.name, c.group)]
    if not found:
        names = [*CHECKS, *(c.name for c in CHECKS.values()), *{c.group for c in CHECKS.values()}]
        raise UsageError(msg("cli.unknown_check", name=token, suggestion=suggest(token, names)))
    return found


def select(
    selected: Iterable[str] = (),
    ignored: Iterable[str] = (),
    settings: dict[str, Any] | None = None,
) -> list[Check]:
    """The checks to run, in registry order, with configured severities.

    ``settings`` maps a code, name or group to ``enable``, ``disable`` or a severity; later
    (more specific) entries win: a group first, then a name or code.
    """
    from dataclasses import replace

    chosen = {c.code for t in selected for c in matching(t)} if selected else set(CHECKS)
    severity: dict[str, Severity] = {}
    for token, setting in sorted(
        (settings or {}).items(), key=lambda kv: "." in kv[0] or kv[0].upper() in CHECKS
    ):
        for c in matching(token):
            if setting == "disable":
                chosen.discard(c.code)
            elif setting == "enable":
                chosen.add(c.code)
            else:
                severity[c.code] = Severity(setting)
    for token in ignored:
        chosen -= {c.code for c in matching(token)}
    return [
        replace(c, severity=severity.get(c.code, c.severity))
        for c in CHECKS.values()
        if c.code in chosen
    ]
