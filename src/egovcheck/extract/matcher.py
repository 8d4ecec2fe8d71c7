"""Matching indicators and scopes in folded text: hand rules first, then catalogue aliases."""

from __future__ import annotations

import re

from egovcheck.extract.scope import tiers_named
from egovcheck.extract.text import fold
from egovcheck.extract.vocabulary import (
    ALIAS_SUBJECTS,
    LEADING,
    RULES,
    SUBJECTS,
)
from egovcheck.models import Catalogue


def find_subject(folded: str) -> tuple[str | None, int]:
    """The class of the noun a segment starts with, and where the noun starts."""
    m = LEADING.match(folded)
    pos = m.end() if m else 0
    rest = folded[pos:]
    for name, pattern in SUBJECTS:
        if pattern.match(rest):
            return name, pos
    return (None, pos) if not rest.strip() else ("other", pos)


def interagency(text: str, context: str) -> int | None:
    """Where 'documents exchanged between agencies electronically' is said, or None."""
    """Where 'documents exchanged between agencies electronically' is said, or None."""
    m = re.search(r"trao doi|gui nhan|luan chuyen", text)
    if not m:
        return None
    between = "giua" in text or re.search(r"\bvoi ubnd\b", text) is not None
    electronic = re.search(
        r"dang (?:van ban )?dien tu|qua (?:duong )?thu dien tu|van ban dien tu", text
    )
    if electronic and (between or "giua" in context):
        return m.start()
    if between and "dien tu" in text:
        return m.start()
    return None


def tokens(text: str) -> list[tuple[str, int]]:
    """The words of a text, with their positions."""
    return [(m.group(), m.start()) for m in re.finditer(r"\w+", text)]


class Matcher:
    """Finds catalogue indicators in folded text: hand rules, then aliases (in order, gaps ok)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.ids = set(catalogue.indicators)
        self.rules = [r for r in RULES if r.indicator in self.ids]
        self.aliases: list[tuple[str, list[str]]] = []
        for key, indicator in catalogue.indicators.items():
            for alias in indicator.aliases:
                words = [w for w, _ in tokens(fold(alias))]
                if len(words) >= 2:
                    self.aliases.append((key, words))
        self.aliases.sort(key=lambda a: -len(a[1]))

    def match(self, text: str, subject: str | None, context: str) -> list[tuple[str, int]]:
        """Indicators said in ``text`` for a subject class, with the position of each."""
        found: list[tuple[str, int]] = []
        groups: set[str] = set()
        if "docs_interagency_electronic" in self.ids and subject in ("docs", None):
            pos = interagency(text, context)
            if pos is not None and not re.search(r"\btrinh\b", text[:pos]):
                found.append(("docs_interagency_electronic", pos))
                groups.add("docs")
        for rule in self.rules:
            if rule.group in groups:
                continue
            if rule.subjects is not None and subject is not None and subject not in rule.subjects:
                continue
            if rule.subjects is not None and subject is None:
                continue
            m = rule.pattern.search(text)
            if m and not (rule.unless and rule.unless.search(text)):
                found.append((rule.indicator, m.start()))
                groups.add(rule.group)
        if found:
            return found
        words = tokens(text)
        for key, alias in self.aliases:
            allowed = ALIAS_SUBJECTS.get(key)
            if allowed and subject is not None and subject not in allowed:
                continue
            if any(r.indicator == key and r.unless and r.unless.search(text) for r in self.rules):
                continue
            pos = subsequence(words, alias)
            if pos is not None:
                return [(key, pos)]
        return []


def subsequence(words: list[tuple[str, int]], alias: list[str], gap: int = 3) -> int | None:
    """Where the alias words occur in order (small gaps allowed), or None."""
    for i, (w, pos) in enumerate(words):
        if w != alias[0]:
            continue
        j, k = i, 1
        while k < len(alias):
            nxt = next(
                (m for m in range(j + 1, min(len(words), j + 2 + gap)) if words[m][0] == alias[k]),
                None,
            )
            if nxt is None:
                break
            j, k = nxt, k + 1
        if k == len(alias):
            return pos
    return None


def scope_of(folded: str) -> str | None:
    """The tiers a folded phrase names (see egovcheck.extract.scope), else None."""
    return tiers_named(folded)
