"""Render the required path (``egovcheck path``) as a table, Markdown or JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from egovcheck import messages as m

if TYPE_CHECKING:
    from egovcheck.required_path import Step

COLUMNS = ("key", "year", "minimum", "plan", "next", "source")


def headers(lang: str) -> list[str]:
    """The column headers in ``lang``."""
    return [m.text(f"view.path.{c}", lang) for c in COLUMNS]


def minimum(s: Step, lang: str) -> str:
    """``≥ 44%``, or ``> 50%`` when the minimum is a national "more than 50%"."""
    if s.minimum is None:
        return "–"
    sign = ">" if s.qualifier == "more_than" else "≥"
    return f"{sign} {m.num(s.minimum, lang)}%"


def rows(steps: list[Step], lang: str) -> list[list[str]]:
    """Display rows: a plan value below the path (``Step.below``) is marked with ``!``."""
    out = []
    for s in steps:
        plan = m.pct(s.plan_value, None, lang)
        if s.plan_value is not None and s.below:
            plan += " !"
        target = s.target
        out.append([
            s.key, str(s.year), minimum(s, lang),
            plan if s.plan_value is not None else "",
            f"{m.pct(target.value, target.qualifier, lang)} ({target.deadline})" if target else "",
            m.cite(target, lang) if target else "",
        ])  # fmt: skip
    return out


def render(steps: list[Step], fmt: str, lang: str) -> str:
    """``table`` (plain text), ``markdown`` or ``json``."""
    if fmt == "json":
        data: list[dict[str, Any]] = [
            {
                "key": s.key, "year": s.year, "minimum": s.minimum, "plan_value": s.plan_value,
                "qualifier": s.qualifier, "below": s.below,
                "target": s.target.as_dict() if s.target else None,
                "start": None if s.start_year is None else {
                    "year": s.start_year, "value": s.start_value, "kind": s.start_kind},
            }
            for s in steps
        ]  # fmt: skip
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    from tabulate import tabulate

    table = tabulate(rows(steps, lang), headers=headers(lang), disable_numparse=True,
                     tablefmt="pipe" if fmt == "markdown" else "simple")  # fmt: skip
    return table + "\n"
