"""Measure the extractor's precision and recall on tests/extract_corpus (run with -m)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from egovcheck.baselines import bundled
from egovcheck.extract import Draft, extract, read_document

CORPUS = Path(__file__).parent / "extract_corpus"
HELDOUT = CORPUS / "heldout"
HELDOUT2 = CORPUS / "heldout2"
FOLDERS = (CORPUS, HELDOUT, HELDOUT2)


@dataclass
class Score:
    """Counts for one article or the whole corpus."""

    expected: int = 0
    found: int = 0
    matched: int = 0
    level_ok: int = 0
    articles: int = 0

    @property
    def precision(self) -> float:
        """Matched / found (1.0 when nothing was found)."""
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Matched / expected (1.0 when nothing was expected)."""
        return self.matched / self.expected if self.expected else 1.0


def strip_header(text: str) -> str:
    """Drop the corpus' leading ``# ...`` header lines."""
    lines = text.splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return "\n".join(lines)


def load_article(name: str, folder: Path = CORPUS) -> str:
    """The article's text without its header."""
    return strip_header(read_document(str(folder / name)))


def expected_articles(folder: Path = CORPUS) -> dict[str, Any]:
    """The hand-written expectations, by file name."""
    spec = "expected.yaml" if folder == CORPUS else "heldout.yaml"
    data = yaml.safe_load((folder / spec).read_text(encoding="utf-8"))
    articles: dict[str, Any] = data["articles"]
    return articles


def compare(draft: Draft, expected: list[list[Any]]) -> tuple[int, list[Any], list[Any]]:
    """Matched count, missed expected triples and extra found triples."""
    found = [(t.key, t.value, t.year) for t in draft.targets]
    remaining = list(found)
    missed = []
    matched = 0
    for key, value, year in expected:
        hit = next(
            (
                f
                for f in remaining
                if f[0] == key and f[1] == float(value) and (year is None or f[2] == year)
            ),
            None,
        )
        if hit is None:
            missed.append((key, value, year))
        else:
            remaining.remove(hit)
            matched += 1
    return matched, missed, remaining


def measure(verbose: bool = False, folder: Path = CORPUS) -> Score:
    """Extract every article in expected.yaml (or heldout/heldout.yaml) and return the total."""
    catalogue = bundled().catalogue
    total = Score()
    for name, spec in expected_articles(folder).items():
        draft = extract(load_article(name, folder), catalogue, source=name)
        expected = spec.get("targets") or []
        matched, missed, extra = compare(draft, expected)
        score = Score(
            len(expected), len(draft.targets), matched, int(draft.level == spec["level"]), 1
        )
        total.expected += score.expected
        total.found += score.found
        total.matched += score.matched
        total.level_ok += score.level_ok
        total.articles += 1
        if verbose:
            level = draft.level if score.level_ok else f"{draft.level} (expected {spec['level']})"
            print(
                f"{name:28} P {score.precision:5.2f}  R {score.recall:5.2f}  "
                f"({matched}/{len(draft.targets)} found, {matched}/{len(expected)} expected)  "
                f"level {level}"
            )
            for item in missed:
                print(f"    missed: {item}")
            for item in extra:
                print(f"    extra:  {item}")
    if verbose:
        print(
            f"TOTAL  precision {total.precision:.3f} ({total.matched}/{total.found})  "
            f"recall {total.recall:.3f} ({total.matched}/{total.expected})  "
            f"level {total.level_ok}/{total.articles}"
        )
    return total


if __name__ == "__main__":
    for folder in FOLDERS:
        spec = "expected.yaml" if folder == CORPUS else "heldout.yaml"
        print(f"== {folder.relative_to(CORPUS.parent.parent)}/{spec}")
        measure(verbose=True, folder=folder)
    sys.exit(0)
