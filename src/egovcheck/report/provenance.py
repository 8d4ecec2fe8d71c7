"""What a report rests on: tool version, programmes, baselines checksum, method, input hashes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from egovcheck.report import eurostat
from egovcheck.report.rows import EUROSTAT, SDSN

if TYPE_CHECKING:
    from collections.abc import Sequence

    from egovcheck.baselines import Baselines
    from egovcheck.findings import Report
    from egovcheck.models import Programme


@dataclass(frozen=True)
class Input:
    """One input file as read: its bytes' SHA-256 and size (None when it could not be read)."""

    file: str
    sha256: str | None
    size: int | None

    @classmethod
    def of(cls, file: str, data: bytes | None) -> Input:
        """Hash a file's bytes, read once by the run."""
        if data is None:
            return cls(file, None, None)
        return cls(file, sha256_file(data), len(data))


def sha256_file(data: bytes) -> str:
    """The hex SHA-256 of a file's bytes."""
    return hashlib.sha256(data).hexdigest()


def sdsn_thresholds() -> dict[str, float]:
    """The SDSN linear method's bounds (pace.py)."""
    from egovcheck import pace

    return {
        "on_track_at": pace.ON_TRACK_AT,
        "moderately_improving_at": pace.MODERATE_AT,
        "stagnating_at": pace.STAGNATING_AT,
    }


def thresholds_text(method: dict[str, Any]) -> str:
    """``on_track_at 1, moderately_improving_at 0.5, …``: a method's bounds on one line."""
    return ", ".join(f"{k} {v:g}" for k, v in method["thresholds"].items())


def provenance(
    report: Report,
    baselines: Baselines,
    inputs: Sequence[Input],
    day: date,
    as_of: date | None,
    method: str,
    lang: str,
    parents: Sequence[tuple[Programme, Input]] = (),
) -> dict[str, Any]:
    """The provenance record (also written as JSON by ``--provenance``).

    ``parents``: the parent plans (``--against``) every plan was also checked against, each
    with its file as read.
    """
    from egovcheck import __version__

    used = {pid for p in report.plans for pid in p.programmes}
    unreadable = {e.file for e in report.errors}
    methods = {SDSN: sdsn_thresholds(), EUROSTAT: eurostat.thresholds()}
    other = EUROSTAT if method == SDSN else SDSN
    return {
        "tool": {"name": "egovcheck", "version": __version__},
        "lang": lang,
        "as_of": day.isoformat(),
        "as_of_given": as_of is not None,
        "baselines_checksum": baselines.checksum,
        "programmes": [
            {
                "id": p.id,
                "document": p.document,
                "issued": p.issued.isoformat(),
                "title": p.title.en,
            }
            for p in baselines.ordered()
            if p.id in used
        ],
        "method": {"name": method, "thresholds": methods[method]},
        "compared_with": {"name": other, "thresholds": methods[other]},
        "inputs": [
            {
                "file": i.file,
                "sha256": i.sha256,
                "bytes": i.size,
                "status": "unreadable" if i.file in unreadable or i.sha256 is None else "checked",
            }
            for i in inputs
        ],
        "parents": [
            {
                "file": i.file,
                "sha256": i.sha256,
                "bytes": i.size,
                "title": p.title.vi,
                "issuer": p.issuer,
                "issued": p.issued.isoformat(),
                "targets": len(p.targets),
            }
            for p, i in parents
        ],
        "counts": report.counts(),
    }
