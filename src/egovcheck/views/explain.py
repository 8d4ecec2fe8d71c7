"""``egovcheck explain``: the checks, or what one looks for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from egovcheck.messages import catalogue, label, text

if TYPE_CHECKING:
    from egovcheck.checks import Check


def render_list(checks: list[Check], lang: str) -> str:
    """One line per check: code, name, default severity."""
    return "".join(f"{c.code}  {c.name:<26} {label(c.severity.value, lang)}\n" for c in checks)


def render(check: Check, lang: str) -> str:
    """The check's heading, then its explanation (in ``lang`` where one is written)."""
    head = text(
        "cli.explain.head",
        lang,
        code=check.code,
        name=check.name,
        severity=label(check.severity.value, lang),
    )
    explained: dict[str, str] = getattr(catalogue(lang), "EXPLAIN", {})
    return f"{head}\n\n{explained.get(check.code, check.doc)}\n"
