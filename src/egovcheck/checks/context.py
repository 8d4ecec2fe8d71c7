"""What every check reads: a plan's keys, their values and the national targets binding them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from egovcheck.binding import bindings, binds_tier, memo, resolve, tier_of
from egovcheck.findings import AlsoRef, Finding, NationalRef, Outcome, Severity

if TYPE_CHECKING:
    from egovcheck.loader import LoadedPlan
    from egovcheck.models import Catalogue, Programme, TargetValue
    from egovcheck.waivers import Entry


@dataclass
class KeyData:
    """One plan key with its yearly values, actuals and binding national targets."""

    key: str
    indicator: str
    scope: str | None
    targets: list[tuple[int, TargetValue]]
    actuals: list[tuple[int, TargetValue]]
    nationals: list[NationalRef]
    # True when national targets exist for this key but none applies to the plan's level.
    other_level_only: bool = False

    def floor(self, year: int) -> NationalRef | None:
        """The latest national target due at or before ``year``."""
        due = [n for n in self.nationals if n.deadline <= year]
        return due[-1] if due else None

    def next(self, year: int) -> NationalRef | None:
        """The first national target due at or after ``year``."""
        return next((n for n in self.nationals if n.deadline >= year), None)

    def start_point(self, year: int) -> tuple[int, float, str] | None:
        """The latest actual before ``year``, else the plan's own latest earlier value.

        The one start point of the straight line to the next target: TR01, the assessment's
        on-track and the required path all use it.
        """
        actual = [(y, v.value) for y, v in self.actuals if y < year]
        if actual:
            return (*actual[-1], "actual")
        planned = [(y, v.value) for y, v in self.targets if y < year]
        if planned:
            return (*planned[-1], "plan")
        return None


def bound(
    programmes: list[Programme], indicator: str, scope: str | None, level: str
) -> tuple[tuple[NationalRef, ...], bool]:
    """The national targets binding a key, and whether some bind only other levels.

    One target per deadline (``binding.resolve``); computed once per run for each set of
    programmes (``binding.memo``).
    """
    store = memo(programmes)
    key = ("key", indicator, scope, level)
    if key not in store:
        store[key] = _nationals(programmes, indicator, scope, level)
    found: tuple[tuple[NationalRef, ...], bool] = store[key]
    return found


def _nationals(
    programmes: list[Programme], indicator: str, scope: str | None, level: str
) -> tuple[tuple[NationalRef, ...], bool]:
    bound = bindings(programmes, indicator, scope, level)
    tier = tier_of(scope, level)
    other = not bound and any(
        t.indicator_id == indicator and (t.scope is None or t.scope == tier) and binds_tier(t, tier)
        for p in programmes
        for t in p.targets
    )
    return tuple(resolve(bound)), other


@dataclass
class PlanContext:
    """A loaded plan with the programmes applied to it, indexed by key."""

    loaded: LoadedPlan
    catalogue: Catalogue
    programmes: list[Programme]
    keys: dict[str, KeyData] = field(default_factory=dict)
    # The plan's own waivers, and the indices of those that covered a finding.
    waivers: list[Entry] = field(default_factory=list)
    used: set[int] = field(default_factory=set)

    @classmethod
    def build(
        cls, loaded: LoadedPlan, catalogue: Catalogue, programmes: list[Programme]
    ) -> PlanContext:
        """Index the plan's keys (targets and actuals) against the programmes."""
        plan = loaded.plan
        level = plan.plan.level
        ctx = cls(loaded, catalogue, programmes)
        for key in [*plan.targets, *(k for k in plan.actuals if k not in plan.targets)]:
            indicator, _, scope = key.partition(".")
            nationals, other = bound(programmes, indicator, scope or None, level)
            ctx.keys[key] = KeyData(
                key=key,
                indicator=indicator,
                scope=scope or None,
                targets=sorted(plan.targets.get(key, {}).items()),
                actuals=sorted(plan.actuals.get(key, {}).items()),
                nationals=list(nationals),
                other_level_only=other,
            )
        return ctx

    @property
    def file(self) -> str:
        """The plan file as the user named it."""
        return self.loaded.file

    @property
    def level(self) -> str:
        """The plan's level of government."""
        return self.loaded.plan.plan.level

    def finding(
        self,
        check: Any,
        outcome: Outcome,
        key: str,
        year: int,
        *,
        at: tuple[str | int, ...],
        national: NationalRef | None = None,
        value: TargetValue | None = None,
        severity: Severity | None = None,
        misses: Callable[[NationalRef | AlsoRef], bool] | None = None,
        **facts: Any,
    ) -> Finding:
        """Build a finding located at a key path of the plan file.

        A finding against a national value with evidence ``single`` is at most a warning,
        unless ``misses`` (what the check judged: does the plan miss this target?) is also true
        of another document's target for the same deadline with better evidence: then the
        finding stands, and names that document. Documents stating the same target are
        already cited by the best-evidenced one (``binding.resolve``).
        """
        sev = severity or check.severity
        unconfirmed = national is not None and national.unconfirmed
        if unconfirmed and misses is not None and national is not None:
            confirmed = [a for a in national.also if a.evidence != "single" and misses(a)]
            if confirmed:
                unconfirmed = False
                facts["confirmed_by"] = confirmed[-1].document
                facts["confirmed_value"] = confirmed[-1].value
        if unconfirmed:
            sev = Severity.WARNING
        gap = facts.pop("gap", None)
        method = facts.pop("method", None)
        return Finding(
            code=check.code,
            name=check.name,
            severity=sev,
            outcome=outcome,
            key=key,
            year=year,
            file=self.file,
            line=self.loaded.line_of(*at),
            column=self.loaded.column_of(*at),
            path=".".join(str(p) for p in at),
            plan_value=value.value if value else None,
            plan_qualifier=value.qualifier if value else None,
            national=national,
            gap=gap,
            method=method,
            numbers=tuple(sorted(facts.items())),
            unconfirmed=unconfirmed,
        )

    def iter_values(self) -> Iterator[tuple[KeyData, int, TargetValue]]:
        """Every (key, year, value) the plan sets, in key and year order."""
        for data in self.keys.values():
            for year, value in data.targets:
                yield data, year, value
