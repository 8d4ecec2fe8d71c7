"""Structures that tie a number to its indicator: abbreviations, counts then shares."""

from __future__ import annotations

from egovcheck.baselines import bundled
from egovcheck.extract import extract
from egovcheck.extract.classifier import Classifier

CATALOGUE = bundled().catalogue
NO_MODEL = Classifier.train([("không có gì", "none")])


def found(text: str) -> set[tuple[str, str, int | None, float, str | None]]:
    draft = extract(text, CATALOGUE, classifier=NO_MODEL)
    return {("targets", t.key, t.year, t.value, t.qualifier) for t in draft.targets} | {
        ("actuals", t.key, t.year, t.value, t.qualifier) for t in draft.actuals
    }


def test_an_abbreviation_in_brackets_among_the_words() -> None:
    text = (
        "Kế hoạch năm 2026 đặt mục tiêu: tỷ lệ hồ sơ thủ tục hành chính (TTHC) được xử lý "
        "trực tuyến năm 2026 đạt trên 65%."
    )
    assert found(text) == {("targets", "dossiers_online", 2026, 65.0, "more_than")}
