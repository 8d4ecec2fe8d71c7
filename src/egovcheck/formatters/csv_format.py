"""CSV output: fixed columns, one row per assessment (passing rows included)."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any

from egovcheck import messages as m
from egovcheck.formatters.rows import indicator_name, note, row_findings
from egovcheck.textsafe import spreadsheet_cell

if TYPE_CHECKING:
    from egovcheck.findings import Report
    from egovcheck.formatters import RenderOptions

# Fixed: spreadsheets and scripts read these by position and name.
COLUMNS = [
    "file", "issuer", "level", "period", "key", "indicator_name", "year", "plan_value",
    "plan_qualifier", "national_value", "national_qualifier", "deadline", "programme",
    "document", "location", "evidence", "outcome", "codes", "severity", "gap",
    "required_gain", "pace_class", "waiver", "line", "message",
    # Added later, at the end, so that earlier columns keep their positions.
    "evidence_label", "actual_value", "actual_year",
]  # fmt: skip


def render(report: Report, options: RenderOptions) -> str:
    """Render every assessment row, then findings about waiver files; numbers use a point."""
    out = io.StringIO()
    writer = _SafeWriter(csv.writer(out, lineterminator="\r\n"))
    writer.writerow(COLUMNS)
    for plan in report.plans:
        for row in plan.assessments:
            findings = row_findings(plan, row)
            n = row.national
            active = [f for f in findings if not f.waived]
            worst = max((f.severity for f in active), key=lambda s: s.rank, default=None)
            gap = next((f.gap for f in findings if f.gap is not None), None)
            waived = "; ".join(f"{f.code}: {f.waiver.reason}" for f in findings
                               if f.waived and f.waiver)  # fmt: skip
            writer.writerow([
                plan.file, plan.meta["issuer"], plan.meta["level"], plan.meta["period"],
                row.key, indicator_name(row.key, options), row.year,
                _n(row.plan_value), row.plan_qualifier or "",
                _n(n.value) if n else "", n.qualifier if n else "", n.deadline if n else "",
                n.programme if n else "", n.document if n else "", n.location if n else "",
                n.evidence if n else "", row.outcome.value, " ".join(row.codes),
                worst.value if worst else "", _n(gap), _n(row.required_gain),
                row.pace_class.value if row.pace_class else "", waived, row.line or "",
                note(row, findings, options),
                m.label(n.evidence, options.lang) if n else "",
                _n(row.actual_value), row.actual_year or "",
            ])  # fmt: skip
    for f in report.run_findings:
        writer.writerow([
            f.file, "", "", "", f.key, "", f.year or "", "", "", "", "", "", "", "", "", "",
            f.outcome.value, f.code, f.severity.value, "", "", "", "", f.line or "",
            m.message(f, options.lang), "", "", "",
        ])  # fmt: skip
    text = out.getvalue()
    return ("\ufeff" + text) if options.csv_bom else text


class _SafeWriter:
    """A CSV writer whose text cells cannot run as formulas or drive a terminal."""

    def __init__(self, writer: Any) -> None:
        self.writer = writer

    def writerow(self, row: list[Any]) -> None:
        self.writer.writerow([spreadsheet_cell(cell) for cell in row])


def _n(value: float | None) -> str:
    return "" if value is None else m.num(value, "en", 6)
