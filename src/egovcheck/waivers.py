"""Waivers: justified exceptions to a check, with an expiry date, applied to findings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from egovcheck.errors import PlanError
from egovcheck.findings import Finding, Outcome, WaiverRef

if TYPE_CHECKING:
    from egovcheck.checks import Check
    from egovcheck.loader import Located
    from egovcheck.models import Waiver

# Asia/Ho_Chi_Minh has kept UTC+7 with no daylight saving since 1975; a fixed offset needs no
# time-zone database on the machine.
HO_CHI_MINH = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")


def today() -> date:
    """Today's date in Asia/Ho_Chi_Minh (a waiver's ``expires`` is read in that zone)."""
    return datetime.now(HO_CHI_MINH).date()


@dataclass(frozen=True)
class Entry:
    """A waiver with the file and line it was written at."""

    waiver: Waiver
    file: str
    line: int | None
    column: int | None
    path: str

    def check(self) -> Check | None:
        """The check the waiver names, or None for an unknown code or name."""
        from egovcheck.checks import find

        return find(self.waiver.code)

    def covers(self, finding: Finding) -> bool:
        """True when the waiver is for this finding's check, key and (if given) year.

        A waiver key without a scope covers the indicator with any scope or none.
        """
        check = self.check()
        if check is None or check.code != finding.code:
            return False
        key = self.waiver.key
        if key != finding.key and ("." in key or finding.key.partition(".")[0] != key):
            return False
        return self.waiver.year is None or self.waiver.year == finding.year

    def ref(self, as_of: date) -> WaiverRef:
        """The waiver as a finding carries it; expired when ``expires`` is before ``as_of``."""
        w = self.waiver
        return WaiverRef(
            reason=w.reason,
            file=self.file,
            line=self.line,
            expires=w.expires.isoformat() if w.expires else None,
            approved_by=w.approved_by,
            decision=w.decision,
            expired=w.expires is not None and w.expires < as_of,
        )


def entries(waivers: Sequence[Waiver], file: str, located: Located, base: str) -> list[Entry]:
    """Pair each waiver with its place in the file (``base`` is its key, e.g. ``waivers``)."""
    out = []
    for i, waiver in enumerate(waivers):
        line, column = located.where((base, i))
        out.append(Entry(waiver, file, line, column, f"{base}.{i}"))
    return out


def load_file(path: str) -> list[Entry]:
    """Read a waiver file (``waivers:`` list); errors name the file and line."""
    from pydantic import ValidationError

    from egovcheck.loader import decode, parse_yaml, read_bytes, validation_problems
    from egovcheck.models import Waiver, WaiverFile

    located = parse_yaml(decode(read_bytes(path), path), path)
    data = located.data if located.data is not None else {}
    try:
        parsed = WaiverFile.model_validate(data)
    except ValidationError as exc:
        keys = list(Waiver.model_fields)
        raise PlanError(validation_problems(exc, path, located, allowed=lambda loc: keys)) from None
    return entries(parsed.waivers, path, located, "waivers")


def apply(
    findings: Iterable[Finding], waivers: Sequence[Entry], as_of: date, used: set[int]
) -> list[Finding]:
    """Attach the first covering waiver to each finding; record which waivers were used.

    An expired waiver is attached too, marked expired: the finding counts again.
    """
    out = []
    for finding in findings:
        for i, entry in enumerate(waivers):
            if finding.waiver is None and entry.covers(finding):
                used.add(i)
                finding = replace(finding, waiver=entry.ref(as_of))
                break
        out.append(finding)
    return out


def finding_for(check: Check, entry: Entry, outcome: Outcome, **facts: object) -> Finding:
    """A finding about a waiver itself, located at the waiver."""
    return Finding(
        code=check.code,
        name=check.name,
        severity=check.severity,
        outcome=outcome,
        key=entry.waiver.key,
        year=entry.waiver.year,
        file=entry.file,
        line=entry.line,
        column=entry.column,
        path=entry.path,
        numbers=tuple(sorted({"waiver_code": entry.waiver.code, **facts}.items())),
    )


def unused(check: Check, waivers: Sequence[Entry], used: set[int]) -> list[Finding]:
    """WV01 findings: waivers for a known check that covered no finding."""
    return [
        finding_for(check, e, Outcome.WAIVER_UNUSED)
        for i, e in enumerate(waivers)
        if i not in used and e.check() is not None
    ]


def unknown(check: Check, waivers: Sequence[Entry]) -> list[Finding]:
    """WV02 findings: waivers naming no known check."""
    from egovcheck.checks import CHECKS
    from egovcheck.loader import suggest

    names = [*CHECKS, *(c.name for c in CHECKS.values())]
    return [
        finding_for(
            check,
            e,
            Outcome.WAIVER_INVALID,
            hint=suggest(e.waiver.code.upper(), names),
        )
        for e in waivers
        if e.check() is None
    ]
