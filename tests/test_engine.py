"""The engine: programmes chosen, national values resolved, outcomes for every row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from egovcheck.baselines import Baselines
from egovcheck.checks import CHECKS
from egovcheck.engine import check_paths, check_plan, exceeds
from egovcheck.findings import Outcome, Severity
from egovcheck.loader import load_plan
from egovcheck.messages import message
from tests.conftest import EXAMPLES, plan_document, synthetic, with_programmes


def _check(
    baselines: Baselines, write_plan: Callable[..., Path], doc: dict, **kwargs: object
) -> object:
    loaded = load_plan(str(write_plan(doc)), baselines.catalogue)
    return check_plan(loaded, baselines, **kwargs)  # type: ignore[arg-type]


def rows(report: object) -> dict[tuple[str, int], object]:
    return {(a.key, a.year): a for a in report.assessments}  # type: ignore[attr-defined]


def test_hoa_binh_rows(baselines: Baselines) -> None:
    loaded = load_plan(str(EXAMPLES / "hoa-binh-2017.yaml"), baselines.catalogue)
    report = check_plan(loaded, baselines)
    assert report.programmes == ["qd-1819-2015"]
    assert report.findings == []
    r = rows(report)
    row = r[("docs_interagency_electronic", 2017)]
    assert row.outcome is Outcome.NOT_ASSESSED
    assert row.floor is None
    assert (row.next.value, row.next.deadline, row.next.programme) == (80, 2020, "qd-1819-2015")
    assert row.required_gain == pytest.approx(20 / 3, abs=1e-6)
    assert row.source.startswith("60% văn bản trao đổi")


def test_achieved_at_or_above_next_target(baselines: Baselines, write_plan: Callable) -> None:
    doc = plan_document({"docs_interagency_electronic": {2017: 80}}, period=2017)
    row = rows(_check(baselines, write_plan, doc))[("docs_interagency_electronic", 2017)]
    assert row.outcome is Outcome.ACHIEVED
    assert row.required_gain is None


def test_achieved_after_the_last_deadline(baselines: Baselines, write_plan: Callable) -> None:
    source = with_programmes(
        baselines,
        [
            synthetic(
                [
                    {"indicator": "officials_email", "value": 80, "deadline": 2018},
                    {"indicator": "digital_signature", "value": 50, "deadline": 2025},
                ]
            )
        ],
    )
    doc = plan_document(
        {"officials_email": {2019: 85}, "digital_signature": {2019: 30}}, period="2019-2020"
    )
    r = rows(_check(source, write_plan, doc))
    assert r[("officials_email", 2019)].outcome is Outcome.ACHIEVED


def test_later_document_wins_and_the_earlier_rides_along(
    baselines: Baselines, write_plan: Callable
) -> None:
    doc = plan_document({"services_level4": {2025: 90}}, period="2021-2025", adopted="2021-07-01")
    report = _check(baselines, write_plan, doc)
    assert report.programmes == ["nq-17-2019", "qd-749-2020", "qd-942-2021"]
    lv = [f for f in report.findings if f.code == "LV01"]
    assert len(lv) == 1
    n = lv[0].national
    assert (n.value, n.programme, n.evidence) == (100, "qd-942-2021", "single")
    assert [(a.programme, a.value, a.evidence) for a in n.also] == [
        ("qd-749-2020", 80.0, "secondary")
    ]
    # 942's number has one source only: at most a warning, marked unconfirmed
    assert lv[0].severity is Severity.WARNING
    assert lv[0].unconfirmed


def test_plan_adopted_before_942_is_judged_by_749(
    baselines: Baselines, write_plan: Callable
) -> None:
    doc = plan_document({"services_level4": {2025: 90}}, period="2021-2025", adopted="2021-01-10")
    report = _check(baselines, write_plan, doc)
    assert "qd-942-2021" not in report.programmes
    assert [f.code for f in report.findings if f.key == "services_level4"] == []
    assert rows(report)[("services_level4", 2025)].outcome is Outcome.ACHIEVED


def test_district_plan_work_records(baselines: Baselines, write_plan: Callable) -> None:
    doc = plan_document(
        {
            "work_records_online.district": {2021: 50, 2025: 75},
            "work_records_online.commune": {2025: 60},
        },
        level="district",
        period="2021-2025",
        adopted="2021-01-10",
    )
    report = _check(baselines, write_plan, doc)
    lv = {(f.key, f.year): f for f in report.findings if f.code == "LV01"}
    assert set(lv) == {("work_records_online.district", 2025)}
    assert lv[("work_records_online.district", 2025)].gap == pytest.approx(5)
    assert lv[("work_records_online.district", 2025)].national.programme == "qd-749-2020"
    assert rows(report)[("work_records_online.commune", 2025)].outcome is Outcome.ACHIEVED


def test_unscoped_key_is_bound_at_the_plans_own_tier(
    baselines: Baselines, write_plan: Callable
) -> None:
    doc = plan_document(
        {"work_records_online": {2025: 10}},
        level="district",
        period="2021-2025",
        adopted="2021-01-10",
    )
    report = _check(baselines, write_plan, doc)
    lv = [f for f in report.findings if f.code == "LV01"]
    assert [(f.key, f.national.indicator, f.gap) for f in lv] == [
        ("work_records_online", "work_records_online.district", 70)
    ]
    missing = {f.key: f for f in report.findings if f.code == "CV01"}
    assert set(missing) == {"work_records_online.commune"}
    # CV01 says how to write the tier the unscoped key does not cover
    assert missing["work_records_online.commune"].facts["unscoped_key"] == "work_records_online"
    assert "write work_records_online.commune" in message(
        missing["work_records_online.commune"], "en"
    )


def test_single_source_target_with_a_confirmed_earlier_one_missed_too(
    baselines: Baselines, write_plan: Callable
) -> None:
    """17/NQ-CP's 90% (one source) wins 2020; 1819's 80% (two sources) is also missed."""
    doc = plan_document(
        {"docs_interagency_electronic": {2020: 75}, "docs_submitted_electronic": {2020: 100}},
        period="2019-2020",
        adopted="2019-06-01",
    )
    (lv,) = [f for f in _check(baselines, write_plan, doc).findings if f.code == "LV01"]
    assert (lv.national.value, lv.national.programme, lv.gap) == (90, "nq-17-2019", 15)
    assert lv.severity is Severity.ERROR
    assert not lv.unconfirmed
    assert lv.facts["confirmed_by"] == "Quyết định 1819/QĐ-TTg"
    doc["targets"]["docs_interagency_electronic"] = {2020: 85}
    (lv,) = [f for f in _check(baselines, write_plan, doc).findings if f.code == "LV01"]
    assert lv.severity is Severity.WARNING
    assert lv.unconfirmed


def test_key_bound_only_for_other_levels_is_not_applicable(
    baselines: Baselines, write_plan: Callable
) -> None:
    doc = plan_document({"docs_submitted_electronic": {2017: 50}}, level="district", period=2017)
    row = rows(_check(baselines, write_plan, doc))[("docs_submitted_electronic", 2017)]
    assert row.outcome is Outcome.NOT_APPLICABLE
    assert row.codes == ()


def test_selected_checks_only(baselines: Baselines, write_plan: Callable) -> None:
    doc = plan_document(
        {"docs_interagency_electronic": {2016: 40, 2017: 45, 2020: 70}}, adopted="2016-01-15"
    )
    report = _check(baselines, write_plan, doc, checks=[CHECKS["LV01"]])
    assert {f.code for f in report.findings} == {"LV01"}
    # without TR01 a row between floor and target is not claimed to be on track
    assert rows(report)[("docs_interagency_electronic", 2017)].outcome is Outcome.NOT_ASSESSED


def test_check_paths_keeps_going_after_a_bad_file(
    baselines: Baselines, write_plan: Callable, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("plan: [", "utf-8")
    report = check_paths([str(bad), str(EXAMPLES / "kien-giang-2017.yaml")], baselines)
    assert [p.file for p in report.plans] == [str(EXAMPLES / "kien-giang-2017.yaml")]
    assert report.errors[0].file == str(bad)
    assert report.counts() == {
        "plans": 1,
        "errors": 0,
        "warnings": 2,
        "notes": 0,
        "waived": 0,
        "unreadable": 1,
    }
    assert not exceeds(report, "error")
    assert exceeds(report, "warning")
    assert not exceeds(report, "never")


def test_findings_are_sorted_and_deterministic(baselines: Baselines) -> None:
    path = str(EXAMPLES / "illustrative-ministry-2016-2020.yaml")
    first = check_paths([path], baselines).findings
    again = check_paths([path], baselines).findings
    assert first == again
    assert first == sorted(first, key=lambda f: f.sort_key())
