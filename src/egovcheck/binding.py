"""The binding rules: which national targets bind a plan key, and when a value meets one."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from egovcheck.findings import AlsoRef, NationalRef
from egovcheck.models import Qualifier

if TYPE_CHECKING:
    from egovcheck.models import NationalTarget, Programme


# Results that depend only on a set of programmes (and a few small values), kept for the run:
# every plan of a run is judged by the same programme objects, which are frozen.
_MEMO: dict[tuple[int, ...], tuple[tuple[Programme, ...], dict[Any, Any]]] = {}
_MEMO_SETS = 64


def memo(programmes: Sequence[Programme]) -> dict[Any, Any]:
    """A store for what is computed from ``programmes`` alone, shared by the plans of a run.

    Keyed by the identity of the programme objects, which the store holds so that no identity
    is reused while it lasts; the programmes are frozen, so what is stored never goes stale.
    """
    ids = tuple(map(id, programmes))
    entry = _MEMO.get(ids)
    if entry is None:
        if len(_MEMO) >= _MEMO_SETS:
            _MEMO.clear()
        entry = _MEMO[ids] = (tuple(programmes), {})
    return entry[1]


@dataclass(frozen=True)
class Bound:
    """A national target together with the programme that sets it."""

    target: NationalTarget
    programme: Programme

    @property
    def deadline(self) -> int:
        """The year the target is due."""
        return self.target.deadline


def tier_of(scope: str | None, level: str) -> str:
    """The tier of government a plan key is about: its scope, else the plan's own level."""
    return scope or level


def binds_tier(target: NationalTarget, tier: str) -> bool:
    """Whether a national target can bind a key of ``tier`` at its deadline.

    The district tier ended on 1 July 2025 (fact sheet, "two tiers"): a target due after
    2025 binds no district key, and a target scoped ``district`` due after 2025 binds nothing.
    """
    from egovcheck.models import LAST_DISTRICT_YEAR

    if target.deadline <= LAST_DISTRICT_YEAR:
        return True
    return tier != "district" and target.scope != "district"


def bindings(
    programmes: Iterable[Programme], indicator_id: str, scope: str | None, level: str
) -> list[Bound]:
    """National targets that bind a plan key, for a plan of ``level``, by deadline.

    The key is about a tier: its scope, else the plan's level (a province plan's ``.commune``
    key is the commune tier's, like a commune plan's own key). A target binds the key when its
    ``applies`` lists that tier and it has no scope or that scope; a target due after 2025
    binds no district key (the tier ended on 1 July 2025).
    """
    tier = tier_of(scope, level)
    found = []
    for programme in programmes:
        for target in programme.targets:
            if target.indicator_id != indicator_id or tier not in target.applies:
                continue
            if target.scope is not None and target.scope != tier:
                continue
            if not binds_tier(target, tier):
                continue
            found.append(Bound(target, programme))
    return sorted(found, key=lambda b: (b.deadline, b.programme.issued))


def national_ref(bound: Bound, also: tuple[AlsoRef, ...] = ()) -> NationalRef:
    """A national target bound to its programme, as findings carry it."""
    t, p = bound.target, bound.programme
    return NationalRef(
        indicator=t.indicator,
        value=t.value,
        qualifier=t.qualifier.value,
        deadline=t.deadline,
        programme=p.id,
        document=p.document,
        document_en=p.document_in("en"),
        location=t.location,
        evidence=t.evidence.value,
        wording=t.source.wording,
        refs=tuple(t.source.refs),
        note=t.note,
        also=also,
    )


# Two values closer than this are equal: plan numbers carry at most a decimal or two.
EPS = 1e-9


def meets(value: float, qualifier: str | None, target: NationalRef | AlsoRef) -> bool:
    """True when a plan value reaches a national target.

    A national "more than X" is met only by a value above X, or by X worded "more than".
    """
    if value > target.value + EPS:
        return True
    if value < target.value - EPS:
        return False
    if target.qualifier == Qualifier.MORE_THAN.value:
        return qualifier == Qualifier.MORE_THAN.value
    return True


_EVIDENCE_RANK = {"primary": 2, "secondary": 1, "single": 0}


def strictness(value: float, qualifier: str) -> tuple[float, bool]:
    """How much a national target asks: its value, then "more than" over "at least"."""
    return (round(value, 9), qualifier == Qualifier.MORE_THAN.value)


def missed_by(value: float, qualifier: str | None) -> Callable[[NationalRef | AlsoRef], bool]:
    """A test of whether a plan value (or actual) misses a target: what findings judged."""

    def misses(target: NationalRef | AlsoRef) -> bool:
        return not meets(value, qualifier, target)

    return misses


def resolve(bounds: list[Bound]) -> list[NationalRef]:
    """One national target per deadline: the strictest; the other documents ride along.

    A plan value is judged against every document's target for a deadline, so it is judged
    against the strictest: the highest value, a "more than X" above an "X" or "at least X"
    (57-NQ/TW's "trên 80%" over 03/NQ-CP's "≥ 80" for 2030). Documents stating the same
    target are cited by the best-evidenced one (749's work-record shares, secondary, over 942's
    restatement, single), then the later one; a scoped target wins a tie against an unscoped
    one. Every other document setting the deadline is shown beside it (``also``).
    """
    by_deadline: dict[int, list[Bound]] = {}
    for b in bounds:
        by_deadline.setdefault(b.deadline, []).append(b)
    refs = []
    for deadline in sorted(by_deadline):
        group = sorted(
            by_deadline[deadline],
            key=lambda b: (
                strictness(b.target.value, b.target.qualifier.value),
                _EVIDENCE_RANK[b.target.evidence.value],
                b.programme.issued,
                b.target.scope is not None,
            ),
        )
        winner, others = group[-1], group[:-1]
        seen = {winner.programme.id}
        also = []
        for b in sorted(others, key=lambda b: (b.programme.issued, b.programme.id)):
            if b.programme.id in seen:
                continue
            seen.add(b.programme.id)
            also.append(
                AlsoRef(
                    b.programme.id,
                    b.programme.document,
                    b.target.value,
                    b.target.qualifier.value,
                    b.target.evidence.value,
                    b.programme.document_in("en"),
                )
            )
        refs.append(national_ref(winner, tuple(also)))
    return refs
