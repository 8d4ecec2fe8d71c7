"""What the extract tests share: the catalogue, a quiet classifier, drafts of made-up texts."""

from __future__ import annotations

from egovcheck.baselines import bundled
from egovcheck.extract import Draft, extract
from egovcheck.extract.classifier import Classifier

CATALOGUE = bundled().catalogue
NO_MODEL = Classifier.train([("không có gì", "none")])


def draft_of(text: str) -> Draft:
    """The draft of a made-up text, with a classifier that places nothing."""
    return extract(text, CATALOGUE, classifier=NO_MODEL)


def found(text: str) -> set[tuple[str, str, int | None, float, str | None]]:
    """Every value the draft places: (section, key, year, value, qualifier)."""
    draft = draft_of(text)
    return {("targets", t.key, t.year, t.value, t.qualifier) for t in draft.targets} | {
        ("actuals", t.key, t.year, t.value, t.qualifier) for t in draft.actuals
    }
