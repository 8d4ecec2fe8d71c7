"""The binding rules: which national targets bind a plan key, and when a value meets one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from egovcheck.findings import AlsoRef, NationalRef
from egovcheck.models import Qualifier

if TYPE_CHECKING:
    from egovcheck.models import NationalTarget, Programme


@dataclass(frozen=True)
class Bound:
    """A national target together with the programme that sets it."""

    target: NationalTarget
    programme: Programme

    @property
    def deadline(self) -> int:
        """The year the target is due."""
        return self.target.deadline


def bindings(
    programmes: Iterable[Programme], indicator_id: str, scope: str | None, level: str
) -> list[Bound]:
    """National targets that bind a plan key, for a plan of ``level``, by deadline.

    A national target without a scope binds the key with any scope or none; a scoped one
    binds that scope, and the unscoped key of a plan whose level is that scope (a commune
    plan's own share is the commune tier's). Targets whose ``applies`` omits the level are
    left out.
    """
    found = []
    for programme in programmes:
        for target in programme.targets:
            if target.indicator_id != indicator_id or level not in target.applies:
                continue
            if target.scope is not None and target.scope != (scope or level):
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


def resolve(bounds: list[Bound]) -> list[NationalRef]:
    """One national value per deadline: the latest document wins, earlier ones ride along.

    Fact sheet: "Where two programmes set the same indicator and year, the later document is
    the national value and the earlier one is shown beside it." A scoped target wins a tie
    against an unscoped one from the same document.
    """
    by_deadline: dict[int, list[Bound]] = {}
    for b in bounds:
        by_deadline.setdefault(b.deadline, []).append(b)
    refs = []
    for deadline in sorted(by_deadline):
        group = sorted(
            by_deadline[deadline],
            key=lambda b: (b.programme.issued, b.target.scope is not None),
        )
        winner, earlier = group[-1], group[:-1]
        also = tuple(
            AlsoRef(
                b.programme.id,
                b.programme.document,
                b.target.value,
                b.target.qualifier.value,
                b.target.evidence.value,
            )
            for b in earlier
            if b.programme.id != winner.programme.id
        )
        refs.append(national_ref(winner, also))
    return refs
