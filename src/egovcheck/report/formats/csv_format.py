"""The report as CSV: the fixed columns (or a pivot), no provenance."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any

from egovcheck import messages as m
from egovcheck.report.pivots import pivot
from egovcheck.report.rows import COLUMNS
from egovcheck.textsafe import spreadsheet_cell

if TYPE_CHECKING:
    from egovcheck.report.data import ReportData
    from egovcheck.report.formats import RenderSettings

NEEDS_FILE = False


def require() -> None:
    """CSV needs no optional library."""


def csv_value(value: Any) -> str:
    """A value as CSV text: numbers with a decimal point, booleans true/false, None empty.

    Text a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab, CR) gets a
    ``'`` in front; numbers (``-6.5``) are left as they are.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return m.num(float(value), "en", 6)
    return str(spreadsheet_cell(str(value)))


def render(data: ReportData, settings: RenderSettings) -> str:
    """The gap table (or a pivot) as CSV; the first line is the header."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if settings.by is None:
        writer.writerow(COLUMNS)
        for r in data.rows:
            writer.writerow([csv_value(r.value(c)) for c in COLUMNS])
    else:
        p = pivot(data, settings.by)
        writer.writerow([*p.label_columns, "national", *map(str, p.years)])
        for _group, rows in p.groups:
            for pr in rows:
                writer.writerow(
                    [
                        *map(csv_value, pr.labels),
                        "true" if pr.national else "false",
                        *(csv_value(pr.cells[y].value) if y in pr.cells else "" for y in p.years),
                    ]
                )
    text = out.getvalue()
    return ("\ufeff" + text) if settings.csv_bom else text
