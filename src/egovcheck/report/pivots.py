"""Pivot views of the gap table: issuers x years per indicator, or indicators x years per plan."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from egovcheck import messages as m
from egovcheck.report.rows import document

if TYPE_CHECKING:
    from egovcheck.report.data import ReportData
    from egovcheck.report.rows import Row

KINDS = ("indicator", "plan")


@dataclass
class Cell:
    """A pivot cell: the plan value (None for a target the plan leaves out) and its tone."""

    value: float | None
    qualifier: str | None
    tone: str
    outcome: str


@dataclass
class PivotRow:
    """A row of a pivot: its labels and one cell per year."""

    labels: list[str]
    cells: dict[int, Cell]
    national: bool = False


@dataclass
class Pivot:
    """A pivot view: one block per group (indicator or plan), years as columns."""

    kind: str  # "indicator" or "plan"
    label_columns: list[str]
    years: list[int]
    groups: list[tuple[str, list[PivotRow]]]


def pivot(data: ReportData, kind: str) -> Pivot:
    """The pivot ``indicator`` (issuers x years per key) or ``plan`` (keys x years per plan)."""
    rows_with_year = [r for r in data.rows if r.plan_value is not None or r.severity]
    if kind == "indicator":
        return _by_indicator(data, rows_with_year)
    return _by_plan(rows_with_year)


def _cell(r: Row) -> Cell:
    return Cell(r.plan_value, r.plan_qualifier, r.tone, r.outcome)


def _by_indicator(data: ReportData, rows: list[Row]) -> Pivot:
    lang = data.lang
    years: set[int] = set()
    groups: list[tuple[str, list[PivotRow]]] = []
    by_key: dict[str, dict[tuple[str, str], PivotRow]] = {}
    for r in rows:
        entry = by_key.setdefault(r.key, {})
        pr = entry.setdefault(
            (r.issuer, r.level), PivotRow([r.key, r.issuer, m.label(r.level, lang)], {})
        )
        pr.cells[r.year] = _cell(r)  # a later plan of the same issuer wins
        years.add(r.year)
    for key in sorted(by_key):
        by_programme: dict[str, PivotRow] = {}
        for n in data.nationals.get(key, []):
            label = m.text("report.national_row", lang, document=document(n, lang))
            pr = by_programme.setdefault(n.programme, PivotRow([key, label, ""], {}, True))
            pr.cells[n.deadline] = Cell(n.value, n.qualifier, "other", "national")
            years.add(n.deadline)
        national_rows = list(by_programme.values())
        issuers = sorted(by_key[key].values(), key=lambda p: (p.labels[1].casefold(), p.labels))
        groups.append((key, national_rows + issuers))
    return Pivot("indicator", ["key", "issuer", "level"], sorted(years), groups)


def _by_plan(rows: list[Row]) -> Pivot:
    years: set[int] = set()
    by_plan: dict[str, dict[str, PivotRow]] = {}
    for r in rows:
        entry = by_plan.setdefault(r.file, {})
        pr = entry.setdefault(r.key, PivotRow([r.file, r.issuer, r.key], {}))
        pr.cells[r.year] = _cell(r)
        years.add(r.year)
    groups = [(f, sorted(keys.values(), key=lambda p: p.labels[2])) for f, keys in by_plan.items()]
    return Pivot("plan", ["file", "issuer", "key"], sorted(years), groups)
