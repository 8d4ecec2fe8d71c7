"""Cells and headers shared by the formats that show the gap table as text (markdown, html)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from egovcheck import messages as m
from egovcheck.report.rows import header

if TYPE_CHECKING:
    from egovcheck.report.rows import Row

# The gap table's columns as shown to a reader (CSV and xlsx show every column).
GAP_COLUMNS = [
    "issuer", "period", "key", "year", "plan_value", "national_value", "document",
    "evidence", "outcome", "codes", "gap", "trajectory_class", "note",
]  # fmt: skip


def gap_header(column: str, lang: str) -> str:
    """A shown column's header: the pace column holds both classes, the source its place."""
    if column == "trajectory_class":
        return m.header("report.col.pace_both", lang)
    if column == "document":
        return m.header("report.col.source", lang)
    return header(column, lang)


def national(r: Row, lang: str) -> str:
    """``80% (2020)``, or a dash."""
    if r.national_value is None:
        return "–"
    return f"{m.pct(r.national_value, r.national_qualifier, lang)} ({r.deadline})"


def source(r: Row, lang: str) -> str:
    """The document and the place in it."""
    return f"{r.document}, {m.location(r.location or '', lang)}" if r.document else ""


def pace(r: Row, lang: str) -> str:
    """The plan path's and the actuals' classes."""
    return "; ".join(m.label(c, lang) for c in (r.trajectory_class, r.trend_class) if c is not None)
