"""The check registry: collects the checks each family module declares (nothing imports it back).

A new check is a function in its family module with its ``Check`` record in that module's
``CHECKS``, its two message entries (``messages/vi.py``, ``messages/en.py``) and its YAML cases.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from egovcheck.checks.base import Check
from egovcheck.errors import Msg, UsageError, msg
from egovcheck.findings import Severity

__all__ = ["CHECKS", "Check", "find", "matching", "names", "resolve_code", "select"]


def _registry() -> dict[str, Check]:
    from egovcheck.checks import actual, coverage, level, timing, trajectory, waiver

    families = (actual, coverage, level, timing, trajectory, waiver)
    checks = sorted((c for family in families for c in family.CHECKS), key=lambda c: c.code)
    return {c.code: c for c in checks}


CHECKS: dict[str, Check] = _registry()


def names() -> list[str]:
    """Every code and dotted name, for "did you mean" hints."""
    return [*CHECKS, *(c.name for c in CHECKS.values())]


def resolve_code(code_or_name: str) -> tuple[str | None, str | None]:
    """The check code a waiver's ``code`` names (code or dotted name, any case), and a hint.

    For a code that names no check: None, and the closest known code or name (or None).
    """
    from egovcheck.yamlfile import suggest

    check = find(code_or_name)
    if check is not None:
        return check.code, None
    return None, suggest(code_or_name.upper(), names())


def find(code_or_name: str) -> Check | None:
    """Look a check up by code (``LV01``) or name (``level.below-national``), any case."""
    wanted = code_or_name.strip().lower()
    for check in CHECKS.values():
        if wanted in (check.code.lower(), check.name):
            return check
    return None


def unknown_check(token: str) -> Msg | None:
    """The message for a selection token that names no check, code, name or group; else None."""
    try:
        matching(token)
    except UsageError as exc:
        return exc.problems[0].message
    return None


def matching(token: str) -> list[Check]:
    """Checks a selection token names: a code, a name or a group; unknown is a usage error."""
    from egovcheck.yamlfile import suggest

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
