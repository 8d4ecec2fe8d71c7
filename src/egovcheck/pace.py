"""Pace classes: the thresholds and the classifier of the SDSN linear method (and others').

The Eurostat method of the report uses the same classifier with its own thresholds.
"""

from __future__ import annotations

from egovcheck.findings import PaceClass

# Thresholds of the SDSN linear method (Sustainable Development Report, "trend" dashboards):
# a ratio of observed to required annual progress of at least 1 is on track, at least 0.5
# moderately improving, at least 0 stagnating, below 0 decreasing. Each bound belongs to the
# better class: exactly 0.5 is moderately improving, exactly 0 is stagnating.
ON_TRACK_AT = 1.0
MODERATE_AT = 0.5
STAGNATING_AT = 0.0
# Shares cannot pass 100%; a projection is capped there and a pace ratio is reported as at
# most 100% of the required pace.
CAP = 100.0


def classify(
    ratio: float,
    on_track_at: float = ON_TRACK_AT,
    moderate_at: float = MODERATE_AT,
    stagnating_at: float = STAGNATING_AT,
) -> PaceClass:
    """Place a pace ratio in one of the four classes (SDSN thresholds unless others given).

    Each bound belongs to the better class.
    """
    ratio = round(ratio, 9)
    if ratio >= on_track_at:
        return PaceClass.ON_TRACK
    if ratio >= moderate_at:
        return PaceClass.MODERATE
    if ratio >= stagnating_at:
        return PaceClass.STAGNATING
    return PaceClass.DECREASING
