"""Findings and assessments: frozen facts that formatters render in a language."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from egovcheck.errors import Problem


class Severity(str, Enum):
    """How bad a finding is; ``--fail-on`` compares against it."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"

    @property
    def rank(self) -> int:
        """Higher is worse."""
        return {"error": 2, "warning": 1, "note": 0}[self.value]


class Outcome(str, Enum):
    """What egovcheck concluded about one key and year."""

    MISSING = "missing"
    BELOW_NATIONAL = "below-national"
    LATE = "late"
    OFF_PATH = "off-path"
    BEHIND_PACE = "behind-pace"
    PROJECTED_SHORT = "projected-short"
    REGRESSION = "regression"
    # An actual below a national target due at its year (or before it): missed ex post.
    MISSED = "missed"
    ACHIEVED = "achieved"
    # An actual at or above a national target due at its year (or before it).
    MET = "met"
    ON_TRACK = "on-track"
    NOT_ASSESSED = "not-assessed"
    NOT_APPLICABLE = "not-applicable"
    NO_NATIONAL_TARGET = "no-national-target"
    WAIVER_UNUSED = "waiver-unused"
    WAIVER_INVALID = "waiver-invalid"

    @property
    def passing(self) -> bool:
        """True for outcomes that carry no finding."""
        return self in _PASSING


_PASSING = {
    Outcome.ACHIEVED,
    Outcome.MET,
    Outcome.ON_TRACK,
    Outcome.NOT_ASSESSED,
    Outcome.NOT_APPLICABLE,
    Outcome.NO_NATIONAL_TARGET,
}


class PaceClass(str, Enum):
    """The four classes of the SDSN linear method (and of the projection)."""

    ON_TRACK = "on-track"
    MODERATE = "moderately-improving"
    STAGNATING = "stagnating"
    DECREASING = "decreasing"


@dataclass(frozen=True)
class AlsoRef:
    """The same key and deadline as set by an earlier document."""

    programme: str
    document: str
    value: float
    qualifier: str
    evidence: str
    document_en: str = ""


@dataclass(frozen=True)
class NationalRef:
    """A national target as output shows it: value, deadline and its legal source."""

    indicator: str
    value: float
    qualifier: str
    deadline: int
    programme: str
    document: str
    document_en: str
    location: str
    evidence: str
    wording: str
    refs: tuple[str, ...]
    note: str | None = None
    # The same key and deadline set by earlier documents.
    also: tuple[AlsoRef, ...] = ()

    @property
    def unconfirmed(self) -> bool:
        """True when only one secondary source gives the number."""
        return self.evidence == "single"

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "indicator": self.indicator,
            "value": self.value,
            "qualifier": self.qualifier,
            "deadline": self.deadline,
            "programme": self.programme,
            "document": self.document,
            "location": self.location,
            "evidence": self.evidence,
            "source": {"wording": self.wording, "refs": list(self.refs)},
            "note": self.note,
            "also": [
                {
                    "programme": a.programme,
                    "document": a.document,
                    "value": a.value,
                    "qualifier": a.qualifier,
                    "evidence": a.evidence,
                }
                for a in self.also
            ],
        }


@dataclass(frozen=True)
class WaiverRef:
    """The waiver that matched a finding: why, until when, who approved it, where it is."""

    reason: str
    file: str
    line: int | None
    expires: str | None = None
    approved_by: str | None = None
    decision: str | None = None
    expired: bool = False

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "reason": self.reason,
            "expires": self.expires,
            "approved_by": self.approved_by,
            "decision": self.decision,
            "expired": self.expired,
            "file": self.file,
            "line": self.line,
        }


@dataclass(frozen=True)
class Finding:
    """One check's verdict on one key and year: facts only, no sentence."""

    code: str
    name: str
    severity: Severity
    outcome: Outcome
    key: str
    year: int | None
    file: str
    line: int | None
    column: int | None
    path: str
    plan_value: float | None = None
    plan_qualifier: str | None = None
    national: NationalRef | None = None
    gap: float | None = None
    method: str | None = None
    numbers: tuple[tuple[str, Any], ...] = ()
    unconfirmed: bool = False
    waiver: WaiverRef | None = None

    @property
    def waived(self) -> bool:
        """True when a waiver in force covers the finding (it no longer fails a run)."""
        return self.waiver is not None and not self.waiver.expired

    @property
    def facts(self) -> dict[str, Any]:
        """The method's numbers as a dict."""
        return dict(self.numbers)

    def sort_key(self) -> tuple[Any, ...]:
        """Stable order: file, key, year, code."""
        return (self.file, self.key, self.year or 0, self.code)


@dataclass(frozen=True)
class Assessment:
    """One row of the result: a plan key and year (or a national target) and its outcome."""

    key: str
    year: int
    outcome: Outcome
    line: int | None
    plan_value: float | None = None
    plan_qualifier: str | None = None
    floor: NationalRef | None = None
    next: NationalRef | None = None
    codes: tuple[str, ...] = ()
    # Percentage points a year needed from this value to reach the next target.
    required_gain: float | None = None
    pace_class: PaceClass | None = None
    source: str | None = None
    # The actual judged at a national deadline (AC01): its value and the year it is for.
    actual_value: float | None = None
    actual_year: int | None = None

    @property
    def national(self) -> NationalRef | None:
        """The national target this row is measured against.

        The floor when the row is below it, else the next target, else the floor.
        """
        if self.outcome is Outcome.BELOW_NATIONAL and self.floor is not None:
            return self.floor
        return self.next or self.floor


@dataclass
class PlanReport:
    """Everything egovcheck found for one plan file."""

    file: str
    meta: dict[str, Any]
    programmes: list[str]
    findings: list[Finding] = field(default_factory=list)
    # id -> document (vi, en), date issued, title (vi, en): what the report says of each.
    programme_info: dict[str, dict[str, str]] = field(default_factory=dict)
    assessments: list[Assessment] = field(default_factory=list)
    local_targets: list[dict[str, Any]] = field(default_factory=list)
    # The least value each year needs to stay on course for the next target (required_path.Step).
    path: list[Any] = field(default_factory=list)
    # What the data cover, for the report's header (errors.Msg): a plan year beyond the last
    # national deadline shipped, or no programme issued before the plan's adoption.
    notices: list[Any] = field(default_factory=list)

    def worst(self) -> Severity | None:
        """The most severe finding, or None."""
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)


@dataclass
class Report:
    """The result of one run over one or more plan files."""

    plans: list[PlanReport] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    # Findings about waiver files given with --waivers (not about any one plan).
    run_findings: list[Finding] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        """Every finding of every plan, then those about the run's waiver files."""
        return [f for p in self.plans for f in p.findings] + self.run_findings

    def counts(self) -> dict[str, int]:
        """Counts by severity (waived ones apart), plans checked, files that could not be read."""
        out = {"plans": len(self.plans), "errors": 0, "warnings": 0, "notes": 0, "waived": 0}
        names = {Severity.ERROR: "errors", Severity.WARNING: "warnings", Severity.NOTE: "notes"}
        for f in self.findings:
            out["waived" if f.waived else names[f.severity]] += 1
        out["unreadable"] = len({p.file for p in self.errors})
        return out
