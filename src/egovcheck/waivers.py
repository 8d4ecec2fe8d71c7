"""Waivers: justified exceptions to a check, with an expiry date, applied to findings.

This module knows nothing of the checks: a waiver's code is resolved by the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from egovcheck.errors import PlanError
from egovcheck.findings import Finding, WaiverRef

if TYPE_CHECKING:
    from egovcheck.models import Waiver
    from egovcheck.yamlfile import Located

# Asia/Ho_Chi_Minh has kept UTC+7 with no daylight saving since 1975; a fixed offset needs no
# time-zone database on the machine.
HO_CHI_MINH = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")


def today() -> date:
    """Today's date in Asia/Ho_Chi_Minh (a waiver's ``expires`` is read in that zone)."""
    return datetime.now(HO_CHI_MINH).date()


@dataclass(frozen=True)
class Entry:
    """A waiver with the file and line it was written at, and the check code it names."""

    waiver: Waiver
    file: str
    line: int | None
    column: int | None
    path: str
    # The code of the check the waiver names, or None for an unknown code or name (then the
    # closest known code or name, if any, as a hint).
    code: str | None = None
    hint: str | None = None

    def covers(self, finding: Finding) -> bool:
        """True when the waiver is for this finding's check, key and (if given) year.

        A waiver key without a scope covers the indicator with any scope or none.
        """
        if self.code is None or self.code != finding.code:
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


# A waiver's ``code`` (a check code or dotted name) -> (the check's code or None, a hint).
Resolver = Callable[[str], "tuple[str | None, str | None]"]


def entries(
    waivers: Sequence[Waiver], file: str, located: Located, base: str, resolve: Resolver
) -> list[Entry]:
    """Pair each waiver with its place in the file (``base`` is its key, e.g. ``waivers``)."""
    out = []
    for i, waiver in enumerate(waivers):
        line, column = located.where((base, i))
        code, hint = resolve(waiver.code)
        out.append(Entry(waiver, file, line, column, f"{base}.{i}", code, hint))
    return out


def load_file(path: str, resolve: Resolver) -> list[Entry]:
    """Read a waiver file (``waivers:`` list); errors name the file and line."""
    from pydantic import ValidationError

    from egovcheck.models import Waiver, WaiverFile
    from egovcheck.yamlfile import decode, parse_yaml, read_bytes, validation_problems

    located = parse_yaml(decode(read_bytes(path), path), path)
    data = located.data if located.data is not None else {}
    try:
        parsed = WaiverFile.model_validate(data)
    except ValidationError as exc:
        keys = list(Waiver.model_fields)
        raise PlanError(validation_problems(exc, path, located, allowed=lambda loc: keys)) from None
    return entries(parsed.waivers, path, located, "waivers", resolve)


def _index(waivers: Sequence[Entry]) -> dict[tuple[str, str, int | None], list[int]]:
    """Waivers by (code, key, year), each list in file order."""
    index: dict[tuple[str, str, int | None], list[int]] = {}
    for i, entry in enumerate(waivers):
        if entry.code is not None:
            index.setdefault((entry.code, entry.waiver.key, entry.waiver.year), []).append(i)
    return index


def apply(
    findings: Iterable[Finding], waivers: Sequence[Entry], as_of: date, used: set[int]
) -> list[Finding]:
    """Attach the first covering waiver to each finding; record which waivers were used.

    An expired waiver is attached too, marked expired: the finding counts again. Waivers are
    looked up by (code, key, year), so the work grows with the findings, not with their
    product with the waivers.
    """
    index = _index(waivers)
    out = []
    for finding in findings:
        if finding.waiver is None and index:
            indicator = finding.key.partition(".")[0]
            keys = {finding.key, indicator}
            candidates = [
                i
                for key in keys
                for year in {finding.year, None}
                for i in index.get((finding.code, key, year), ())
            ]
            covering = [i for i in candidates if waivers[i].covers(finding)]
            if covering:
                first = min(covering)
                used.add(first)
                finding = replace(finding, waiver=waivers[first].ref(as_of))
        out.append(finding)
    return out
