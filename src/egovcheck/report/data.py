"""Everything the report formats render: the rows, the chart series, the provenance."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from egovcheck.findings import Outcome

if TYPE_CHECKING:
    from egovcheck.findings import NationalRef, Report
    from egovcheck.report.rows import Row
    from egovcheck.report.series import Series


@dataclass
class ReportData:
    """Everything the report formats render."""

    rows: list[Row]
    report: Report
    series: dict[str, list[Series]]
    nationals: dict[str, list[NationalRef]]
    provenance: dict[str, Any]
    lang: str
    method: str
    names: dict[str, str] = field(default_factory=dict)

    @property
    def disagree(self) -> int:
        """Rows where the two trajectory methods classify differently."""
        return sum(r.methods_disagree for r in self.rows)

    def counts_by_outcome(self) -> dict[str, int]:
        """Rows per outcome, in the order of ``Outcome``."""
        out: dict[str, int] = {}
        for o in Outcome:
            n = sum(1 for r in self.rows if r.outcome == o.value)
            if n:
                out[o.value] = n
        return out

    def counts_by_plan(self) -> list[dict[str, Any]]:
        """Per plan: file, issuer, period, rows and rows by tone."""
        out: dict[str, dict[str, Any]] = {}
        for p in self.report.plans:
            out[p.file] = {
                "file": p.file,
                "issuer": p.meta["issuer"],
                "level": p.meta["level"],
                "period": p.meta["period"],
                "rows": 0,
                "error": 0,
                "warning": 0,
                "ok": 0,
                "other": 0,
                "disagree": 0,
            }
        for r in self.rows:
            c = out[r.file]
            c["rows"] += 1
            c[r.tone] += 1
            c["disagree"] += int(r.methods_disagree)
        return list(out.values())
