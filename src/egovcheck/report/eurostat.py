"""The Eurostat trajectory method: ratio of observed to required compound annual growth rate.

Eurostat, *Sustainable development in the European Union — Monitoring report on progress
towards the SDGs in an EU context* (annual editions; methodology annex, "indicators with
quantitative targets"): the observed compound annual growth rate (CAGR) of the indicator from
the base year to the latest year, divided by the CAGR that would be required to go from the
base-year value to the target value by the target year,

    CAGR_observed = (y_t / y_0) ** (1 / (t - t_0)) - 1
    CAGR_required = (y_T / y_0) ** (1 / (T - t_0)) - 1
    ratio = CAGR_observed / CAGR_required

is placed on a four-step scale: ratio >= 95% "significant progress towards the target",
60-95% "moderate progress", 0-60% "insufficient progress", below 0 "movement away from the
target". Statistics Canada's Open SDG methodology, which states that it follows Eurostat's
(open-sdg/open-sdg, docs/progress-methodology.md, citing Eurostat 2021), uses the same
formula and the same 95% / 60% / 0 thresholds.

Natural limit. A share cannot pass 100%, and a compound growth rate of the share itself says
little close to that limit (going from 90% to 99% is +1% a year). Following Eurostat's rule
for indicators with a natural maximum of 100%, growth is then measured on the distance to the
limit: when the target is at or above ``NEAR_LIMIT_AT`` the
series is replaced by its complement ``100 - x`` (progress is the distance shrinking, so
both rates are negative and their ratio is read the same way). The exact wording of that rule
in Eurostat's annex could not be read for this implementation (see the README); the 90%
bound is egovcheck's choice, and is written in every report's provenance.

The four Eurostat categories are mapped onto egovcheck's four pace classes, so both methods
share one vocabulary: significant progress -> on-track, moderate progress ->
moderately-improving, insufficient progress -> stagnating, movement away -> decreasing.
"""

from __future__ import annotations

from dataclasses import dataclass

from egovcheck.findings import PaceClass

# Eurostat's thresholds on the ratio of observed to required CAGR. Each bound belongs to the
# better class, as in the SDSN method: exactly 0.95 is on track, exactly 0.6 moderate,
# exactly 0 insufficient (stagnating).
SIGNIFICANT_AT = 0.95
MODERATE_AT = 0.60
INSUFFICIENT_AT = 0.0
# The natural maximum of a percentage, and the target from which growth is measured on the
# distance to it.
LIMIT = 100.0
NEAR_LIMIT_AT = 90.0
EPS = 1e-9

NAME = "eurostat-cagr"


# Eurostat's own words for each class are in the messages (labels "eurostat.<class>").
def classify(ratio: float) -> PaceClass:
    """Place a ratio of observed to required CAGR in one of the four classes."""
    from egovcheck.pace import classify as by_thresholds

    return by_thresholds(ratio, SIGNIFICANT_AT, MODERATE_AT, INSUFFICIENT_AT)


def cagr(start: float, end: float, years: int) -> float:
    """The compound annual growth rate from ``start`` to ``end`` over ``years`` years."""
    return float((end / start) ** (1.0 / years) - 1.0)


@dataclass(frozen=True)
class CagrPace:
    """The Eurostat assessment of one series toward one target."""

    observed: float
    required: float
    # observed / required; None when no growth is required (the base meets the target).
    ratio: float | None
    pace_class: PaceClass
    # True when growth was measured on the distance to 100% (the target is near the limit).
    complement: bool


def assess(
    base_year: int,
    base_value: float,
    year: int,
    value: float,
    target: float,
    deadline: int,
    *,
    met: bool = False,
) -> CagrPace | None:
    """Classify the series from (base_year, base_value) to (year, value) toward the target.

    ``met`` says the latest value already meets the target (a national "more than" is the
    caller's to judge): that is on track whatever the rate. None when the method cannot be
    applied: no year between base and latest value or deadline, or a zero base (a growth rate
    from zero is undefined).
    """
    years, horizon = year - base_year, deadline - base_year
    if years <= 0 or horizon <= 0:
        return None
    complement = target >= NEAR_LIMIT_AT - EPS
    if complement:
        y0, yt, y_target = LIMIT - base_value, LIMIT - value, LIMIT - target
    else:
        y0, yt, y_target = base_value, value, target
    yt, y_target = max(yt, 0.0), max(y_target, 0.0)
    if y0 <= EPS:
        if not complement:
            return None  # growth from a zero base is undefined
        # The base is at 100%: nothing was required; falling below the target is moving away.
        cls = PaceClass.ON_TRACK if met else PaceClass.DECREASING
        return CagrPace(0.0, 0.0, None, cls, complement)
    observed = cagr(y0, yt, years)
    required = cagr(y0, y_target, horizon)
    # Progress is growth of the share, or shrinking of the distance to 100%.
    sign = -1.0 if complement else 1.0
    if sign * required <= EPS:
        # The base already meets the target: on track while it still does.
        cls = PaceClass.ON_TRACK if met else PaceClass.DECREASING
        return CagrPace(observed, required, None, cls, complement)
    ratio = observed / required
    cls = PaceClass.ON_TRACK if met else classify(ratio)
    return CagrPace(observed, required, ratio, cls, complement)


def thresholds() -> dict[str, float]:
    """The method's bounds, as the provenance records them."""
    return {
        "significant_progress_at": SIGNIFICANT_AT,
        "moderate_progress_at": MODERATE_AT,
        "insufficient_progress_at": INSUFFICIENT_AT,
        "natural_limit": LIMIT,
        "complement_when_target_at_least": NEAR_LIMIT_AT,
    }
