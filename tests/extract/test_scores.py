"""The extractor's accuracy never falls below the recorded scores (dev, and blind when present)."""

from __future__ import annotations

import json

import pytest

from tests.extract import score


@pytest.mark.parametrize("which", score.SETS)
def test_score_not_below_the_recorded_one(which: str) -> None:
    recorded = score.recorded().get(which)
    if not score.texts(which) or not recorded:
        pytest.skip(f"no {which} texts or no recorded {which} score")
    summary = score.score_set(which)
    for name in ("precision", "recall", "f1"):
        assert summary[name] >= recorded[name] - 1e-9, (name, summary, recorded)


def test_the_package_ships_the_recorded_scores() -> None:
    shipped = json.loads(score.ACCURACY.read_text(encoding="utf-8"))
    assert shipped == score.recorded()


def test_the_interval_is_deterministic() -> None:
    scores = [score.TextScore("a", 3, 2, 1), score.TextScore("b", 2, 2, 2)]
    assert score.bootstrap(scores) == score.bootstrap(scores)


def test_error_classes() -> None:
    from egovcheck.extract import Draft, DraftNumber, DraftTarget

    labels = [
        score.Value("targets", "x.province", 2020, 80, None, "80% sở, ngành có x"),
        score.Value("targets", "y", 2020, 60, None, "60% hồ sơ y được làm"),
        score.Value("targets", "z", 2021, 50, None, "50% cuộc họp z trực tuyến"),
        score.Value("targets", "w", 2021, 40, None, "40% thứ w không ai thấy"),
    ]
    draft = Draft(
        targets=[
            DraftTarget("x", 2020, 80, None, "80% sở, ngành có x"),
            DraftTarget("y", 2025, 60, None, "60% hồ sơ y được làm"),
            DraftTarget("q", 2020, 10, None, "10% cái khác hẳn"),
        ],
        unmapped=[DraftNumber("50%", "50% cuộc họp z trực tuyến", "chưa xác định chỉ tiêu")],
    )
    result = score.compare("t", labels, draft)
    assert result.matched == 0
    assert {k: v for k, v in result.errors.items() if v} == {
        "scope": 1,
        "year": 1,
        "no_indicator": 1,
        "missed": 1,
        "spurious": 1,
    }


def test_paths_are_counted_right_and_wrong() -> None:
    from egovcheck.extract import Draft, DraftTarget

    labels = [score.Value("targets", "x", 2020, 80, None, "80% x")]
    draft = Draft(
        targets=[
            DraftTarget("x", 2020, 80, None, "80% x", None, ("frame", "sentence", "clause", "")),
            DraftTarget("q", 2020, 10, None, "10% q", None, ("frame", "document", "date", "")),
        ]
    )
    result = score.compare("t", labels, draft)
    assert sorted(result.paths) == [
        (("frame", "document", "date", ""), False),
        (("frame", "sentence", "clause", ""), True),
    ]
    table = "\n".join(score.path_table([result]))
    assert "placement frame 1/2 (0.50)" in table
    assert "mode      document 0/1 (0.00), sentence 1/1 (1.00)" in table


def test_batches_are_read_from_the_readme_tables() -> None:
    batches = score.batch_of("dev")
    assert set(batches.values()) == {1, 2, 3, 4, 5, 6, 7, 8}
    assert {p.stem for p in score.texts("dev")} == set(batches)
    third = score.texts("dev", frozenset({3}))
    assert third
    assert all(batches[p.stem] == 3 for p in third)
    rest = score.texts("dev", frozenset({1, 2, 4, 5, 6, 7, 8}))
    assert len(rest) + len(third) == len(score.texts("dev"))


def test_batch_list_parsing() -> None:
    import argparse

    assert score.parse_batches("1,2") == frozenset({1, 2})
    assert score.parse_batches("3") == frozenset({3})
    with pytest.raises(argparse.ArgumentTypeError):
        score.parse_batches("x")
    assert score.batch_label(None) == ""
    assert score.batch_label(frozenset({2, 1})) == " batch 1,2"
