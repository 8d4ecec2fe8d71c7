"""An indicator classifier with a "none" class: naive Bayes over words and character n-grams.

It decides what a number counts when the hand rules (high-precision overrides) find nothing.
Trained by ``python -m egovcheck.extract.train`` from the catalogue's names and aliases and the
labelled dev corpus; the model is a small JSON file shipped in the package (``model.json``), so
nothing is downloaded or trained at run time. Pure Python: a few hundred short phrases do not
need scikit-learn.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from egovcheck.extract.text import fold

NONE = "none"
MIN_COUNT = 1  # features seen fewer times in training are dropped from the model
NGRAMS = (3, 4, 5)


def features(text: str, folded: bool = False) -> list[str]:
    """Folded words, word pairs and character n-grams of a phrase (numbers removed)."""
    folded_text = re.sub(r"[0-9]+(?:[.,][0-9]+)?\s*%?", " ", text if folded else fold(text))
    words = re.findall(r"[a-z]+", folded_text)
    out = [f"w:{w}" for w in words]
    out += [f"b:{a}_{b}" for a, b in itertools.pairwise(words)]
    joined = f" {' '.join(words)} "
    for n in NGRAMS:
        out += [f"c:{joined[i : i + n]}" for i in range(len(joined) - n + 1)]
    return out


@dataclass
class Classifier:
    """Multinomial naive Bayes: class log-priors and per-class feature counts."""

    priors: dict[str, float]
    counts: dict[str, dict[str, int]]
    totals: dict[str, int]
    vocabulary: int

    @classmethod
    def train(cls, examples: Iterable[tuple[str, str]]) -> Classifier:
        """Fit on (phrase, class) pairs; deterministic for the same examples."""
        per_class: dict[str, Counter[str]] = {}
        docs: Counter[str] = Counter()
        for phrase, label in examples:
            per_class.setdefault(label, Counter()).update(features(phrase))
            docs[label] += 1
        seen: Counter[str] = Counter()
        for counter in per_class.values():
            seen.update(counter)
        keep = {f for f, c in seen.items() if c >= MIN_COUNT}
        total_docs = sum(docs.values()) or 1
        counts = {
            label: {f: c for f, c in sorted(counter.items()) if f in keep}
            for label, counter in sorted(per_class.items())
        }
        return cls(
            priors={k: round(math.log(docs[k] / total_docs), 6) for k in sorted(docs)},
            counts=counts,
            totals={k: sum(v.values()) for k, v in counts.items()},
            vocabulary=len(keep),
        )

    def probabilities(self, text: str, folded: bool = False) -> dict[str, float]:
        """The posterior of every class for a phrase (``folded``: already folded)."""
        feats = features(text, folded)
        scores: dict[str, float] = {}
        for label, prior in self.priors.items():
            counts = self.counts.get(label, {})
            denominator = math.log(self.totals.get(label, 0) + self.vocabulary + 1)
            score = prior
            for f in feats:
                score += math.log(counts.get(f, 0) + 1) - denominator
            scores[label] = score
        if not scores:
            return {}
        top = max(scores.values())
        exp = {k: math.exp(v - top) for k, v in scores.items()}
        total = sum(exp.values())
        return {k: v / total for k, v in exp.items()}

    def best(self, text: str, folded: bool = False) -> tuple[str, float]:
        """The most probable class and its probability ("none", 0 with no model)."""
        probs = self.probabilities(text, folded)
        if not probs:
            return NONE, 0.0
        label = max(sorted(probs), key=lambda k: probs[k])
        return label, probs[label]

    def to_json(self) -> str:
        """The model as deterministic JSON."""
        data = {
            "priors": self.priors,
            "counts": self.counts,
            "totals": self.totals,
            "vocabulary": self.vocabulary,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Classifier:
        """Read a model written by ``to_json``."""
        data: dict[str, Any] = json.loads(text)
        return cls(data["priors"], data["counts"], data["totals"], int(data["vocabulary"]))


_SHIPPED: list[Classifier] = []


def shipped() -> Classifier | None:
    """The model shipped with the package (None when it is missing)."""
    if not _SHIPPED:
        try:
            text = resources.files("egovcheck.extract").joinpath("model.json").read_text("utf-8")
        except OSError:
            return None
        _SHIPPED.append(Classifier.from_json(text))
    return _SHIPPED[0]
