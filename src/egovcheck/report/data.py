"""Everything the report formats render: the rows, the chart series, the provenance."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from egovcheck.assessment import BELOW_PARENT
from egovcheck.findings import Outcome

# How a plan stands on one key, for the summary by indicator, from its rows' outcomes: it
# misses the key if any row carries an active finding (a missing, low, late or off-path
# target, a missed actual...); else it meets the key or is on track to as its last judged year
# says; else it is not assessed (no national target, not applicable, not assessable, waived).
STANDINGS = ("meets", "misses", "on_track", "not_assessed")
_MEETS = {Outcome.ACHIEVED.value, Outcome.MET.value}
_ON_TRACK = {Outcome.ON_TRACK.value}

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
        """Rows per outcome label, in ``Outcome`` order (below-parent after below-national)."""
        order = [o.value for o in Outcome]
        order.insert(order.index(Outcome.BELOW_NATIONAL.value) + 1, BELOW_PARENT)
        out: dict[str, int] = {}
        for label in order:
            n = sum(1 for r in self.rows if r.label == label)
            if n:
                out[label] = n
        return out

    def keys(self) -> list[str]:
        """Every key: those with a national target first, then by key."""
        national = set(self.nationals) | {r.key for r in self.rows if r.national_value is not None}
        keys = set(self.series) | {r.key for r in self.rows}
        return sorted(keys, key=lambda k: (k not in national, k))

    def counts_by_indicator(self) -> list[dict[str, Any]]:
        """Per key: its name, how many plans meet it, miss it, are on track, not assessed."""
        rows_of: dict[str, dict[str, list[Row]]] = {}
        for r in self.rows:
            rows_of.setdefault(r.key, {}).setdefault(r.file, []).append(r)
        out = []
        for key in self.keys():
            counts = dict.fromkeys(STANDINGS, 0)
            for rows in rows_of.get(key, {}).values():
                counts[standing(rows)] += 1
            out.append({"key": key, "name": self.names.get(key, ""), **counts})
        return [c for c in out if any(c[s] for s in STANDINGS)]

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


def standing(rows: list[Row]) -> str:
    """How one plan stands on one key (one of ``STANDINGS``), from that key's rows."""
    if any(r.severity is not None for r in rows):
        return "misses"
    judged = [r for r in rows if r.outcome in _MEETS | _ON_TRACK]
    if not judged:
        return "not_assessed"
    last = max(judged, key=lambda r: (r.year, r.outcome in _ON_TRACK))
    return "on_track" if last.outcome in _ON_TRACK else "meets"
