"""The engine: programmes chosen, national values resolved, outcomes for every row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from egovcheck import messages as m
from egovcheck.baselines import Baselines
from egovcheck.checks import CHECKS
from egovcheck.engine import (
    check_paths,
    check_plan,
    check_plan_with_context,
    exceeds,
    programmes_for,
)
from egovcheck.findings import Outcome, Report, Severity
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
    # 1605's 2015 share of inter-agency documents (60%) is a floor for 2017
    assert report.programmes == ["qd-1605-2010", "qd-1819-2015"]
    assert report.findings == []
    r = rows(report)
    row = r[("docs_interagency_electronic", 2017)]
    assert row.outcome is Outcome.NOT_ASSESSED
    assert (row.floor.value, row.floor.deadline, row.floor.programme) == (60, 2015, "qd-1605-2010")
    assert (row.next.value, row.next.deadline, row.next.programme) == (80, 2020, "qd-1819-2015")
    assert row.required_gain == pytest.approx(20 / 3, abs=1e-6)
    assert row.source.startswith("60% văn bản trao đổi")


def test_check_plan_with_context_hands_back_the_context_it_checked(
    baselines: Baselines, monkeypatch: pytest.MonkeyPatch
) -> None:
    from egovcheck.checks.context import PlanContext

    built: list[PlanContext] = []
    build = PlanContext.build

    def counting(loaded: object, catalogue: object, programmes: object) -> PlanContext:
        ctx = build(loaded, catalogue, programmes)  # type: ignore[arg-type]
        built.append(ctx)
        return ctx

    monkeypatch.setattr(PlanContext, "build", counting)
    loaded = load_plan(str(EXAMPLES / "hoa-binh-2017.yaml"), baselines.catalogue)
    report, ctx = check_plan_with_context(loaded, baselines)
    assert len(built) == 1  # built once, and that one handed back
    assert ctx is built[0]
    assert report == check_plan(loaded, baselines)
    assert ctx.loaded is loaded
    assert ctx.programmes == programmes_for(loaded, baselines)
    assert ctx.keys["docs_interagency_electronic"].targets[0][0] == 2017


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
    report = _check(
        baselines, write_plan, doc, checks=[CHECKS["LV01"]], programme_ids=["qd-1819-2015"]
    )
    assert {f.code for f in report.findings} == {"LV01"}
    # without TR01 a row below the line from 40 (2016) to 80 (2020), 50 in 2017, is still
    # off-path: outcomes come from the facts, not from which checks ran
    row = rows(report)[("docs_interagency_electronic", 2017)]
    assert (row.outcome, row.codes) == (Outcome.OFF_PATH, ())


def test_below_the_floor_is_never_achieved_without_lv01(
    baselines: Baselines, write_plan: Callable
) -> None:
    doc = plan_document({"docs_interagency_electronic": {2021: 70, 2025: 100}}, period="2021-2025")
    trajectory = [c for c in CHECKS.values() if c.group == "trajectory"]
    report = _check(baselines, write_plan, doc, checks=trajectory)
    assert "LV01" not in {f.code for f in report.findings}
    # 70 in 2021 is below 17/NQ-CP's 90% for 2020 (and 1819's 80%), a floor
    row = rows(report)[("docs_interagency_electronic", 2021)]
    assert row.outcome is Outcome.BELOW_NATIONAL
    assert (row.floor.value, row.floor.deadline) == (90, 2020)


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
        "warnings": 3,
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


# --- verdicts for plans of 2026 -----------------------------------------------------------------


def test_a_2026_province_plan_is_held_to_every_document(
    baselines: Baselines, write_plan: Callable
) -> None:
    doc = plan_document(
        {
            "services_level4": {2026: 70},
            "online_service_usage": {2030: 80},
            "work_records_online.province": {2026: 90},
        },
        period="2026-2030",
        adopted="2026-01-15",
    )
    report = _check(baselines, write_plan, doc)
    found = {(f.code, f.key, f.year): f for f in report.findings}
    # 2025 floors of 749 (80%) and 942 (100%, single) last: 70 misses both, cited by 942
    lv = found[("LV01", "services_level4", 2026)]
    assert (lv.national.value, lv.national.programme, lv.gap) == (100, "qd-942-2021", 30)
    assert [a.programme for a in lv.national.also] == ["qd-749-2020"]
    assert lv.severity.value == "error"  # 749's 80%, secondary, is missed too
    assert not lv.unconfirmed
    # an exact 80 meets 03's "≥ 80" and misses 57's "trên 80%"
    usage = found[("LV01", "online_service_usage", 2030)]
    assert (usage.national.programme, usage.national.qualifier, usage.gap) == (
        "nq-57-2024",
        "more_than",
        0,
    )
    assert [a.programme for a in usage.national.also] == ["nq-03-2025"]
    # 942 restating 749's 90% for the province tier: cited by 749 (secondary), no warning cap
    row = rows(report)[("work_records_online.province", 2026)]
    assert (row.floor.programme, row.floor.evidence) == ("qd-749-2020", "secondary")
    assert ("LV01", "work_records_online.province", 2026) not in found
    for pid in ("qd-749-2020", "qd-942-2021", "nq-57-2024", "nq-03-2025", "qd-2629-2025"):
        assert pid in report.programmes


def test_documents_with_the_same_target_cite_the_better_evidence(
    baselines: Baselines, write_plan: Callable
) -> None:
    doc = plan_document(
        {"work_records_online.province": {2025: 85}}, period="2021-2025", adopted="2021-08-01"
    )
    report = _check(baselines, write_plan, doc)
    (lv,) = [f for f in report.findings if f.code == "LV01"]
    assert (lv.national.programme, lv.unconfirmed, lv.severity.value) == (
        "qd-749-2020",
        False,
        "error",
    )


def test_a_province_plans_commune_key_is_the_commune_tier(
    baselines: Baselines, write_plan: Callable
) -> None:
    province = plan_document(
        {"services_level4.commune": {2026: 10}}, period="2026-2027", adopted="2026-01-15"
    )
    commune = plan_document(
        {"services_level4": {2026: 10}}, level="commune", period="2026-2027", adopted="2026-01-15"
    )
    a = rows(_check(baselines, write_plan, province))[("services_level4.commune", 2026)]
    b = rows(_check(baselines, write_plan, commune))[("services_level4", 2026)]
    # 2629's and 749's services_level4 list province and ministry only: not the commune tier
    assert a.outcome is b.outcome is Outcome.NOT_APPLICABLE


def test_district_plans_after_the_two_tier_reform_are_refused(
    baselines: Baselines, write_plan: Callable
) -> None:
    from egovcheck.errors import PlanError
    from egovcheck.messages import render

    for doc in (
        plan_document({}, level="district", period=2026),
        plan_document({}, level="district", period=2025, adopted="2025-07-01"),
        plan_document({"work_records_online.district": {2026: 90}}, period="2026-2030"),
    ):
        with pytest.raises(PlanError) as exc:
            load_plan(str(write_plan(doc)), baselines.catalogue)
        text = render(exc.value.problems[0].message, "en")
        assert "2025-07-01" in text
        assert "district" in text
    # before the reform a district plan is judged as before
    load_plan(
        str(write_plan(plan_document({}, level="district", period=2025, adopted="2025-06-30"))),
        baselines.catalogue,
    )


def test_notices_say_what_the_data_cover(baselines: Baselines, write_plan: Callable) -> None:
    late = _check(baselines, write_plan, plan_document({}, period="2030-2031"))
    assert [m.key for m in late.notices] == ["notice.beyond_data"]
    early = _check(baselines, write_plan, plan_document({}, period=2009))
    assert [m.key for m in early.notices] == ["notice.no_programme"]
    assert early.programmes == []
    ok = _check(baselines, write_plan, plan_document({}, period=2017))
    assert ok.notices == []


def test_tr03_never_projects_to_a_deadline_before_the_plan(
    baselines: Baselines, write_plan: Callable
) -> None:
    doc = plan_document(
        {},
        period="2026-2027",
        adopted="2026-01-15",
        actuals={"services_level4": {2023: 50, 2024: 60}},
    )
    report = _check(baselines, write_plan, doc)
    tr03 = [f for f in report.findings if f.code == "TR03"]
    assert [f.year for f in tr03] == [2027]  # 2629's 100% for 2027, not 2025
    # no actual at or after 2025: the 2025 deadlines are not judged on the actuals either
    assert not [f for f in report.findings if f.code == "AC01"]


def test_the_path_and_tr01_agree_and_honour_more_than(
    baselines: Baselines, write_plan: Callable
) -> None:
    from egovcheck.checks import CHECKS

    doc = plan_document(
        {"online_service_usage": {2026: 50, 2027: 60, 2030: 80}},
        period="2026-2030",
        adopted="2026-01-15",
        actuals={"online_service_usage": {2026: 62}},
    )
    report = _check(baselines, write_plan, doc, checks=[CHECKS["LV01"]])
    steps = {(s.key, s.year): s for s in report.path}
    r = rows(report)
    # 2027: the line from the 2026 actual (62) to 80 by 2030 needs 62 + 18 / 4 = 66.5
    assert steps[("online_service_usage", 2027)].minimum == pytest.approx(66.5)
    assert steps[("online_service_usage", 2027)].below
    assert r[("online_service_usage", 2027)].outcome is Outcome.OFF_PATH
    # 2030: 80 does not meet "trên 80%": marked, although it equals the minimum
    step = steps[("online_service_usage", 2030)]
    assert (step.minimum, step.below, step.qualifier) == (80, True, "more_than")
    assert r[("online_service_usage", 2030)].outcome is Outcome.BELOW_NATIONAL
    for (key, year), s in steps.items():
        if (key, year) in r and s.plan_value is not None:
            on = r[(key, year)].outcome in (Outcome.ON_TRACK, Outcome.ACHIEVED)
            assert not (on and s.below), (key, year)


# --- a parent plan's target (--against) ------------------------------------------------------

PARENT = EXAMPLES / "parents" / "ha-noi-2017-illustrative.yaml"


def _against(baselines: Baselines, child: Path, parent: Path) -> Report:
    from egovcheck.parent import programme_from_plan

    programme = programme_from_plan(load_plan(str(parent), baselines.catalogue))
    return check_paths([str(child)], baselines, parents=[programme])


def test_a_row_below_only_the_parent_plan_says_so(baselines: Baselines) -> None:
    # Mỹ Đức's services_level3 (≥ 40%) misses Hà Nội's 50% for 2017; no national target binds
    # a district's level-3 services in 2017.
    from egovcheck.formatters import Format, RenderOptions, renderer
    from egovcheck.formatters.rows import table_rows

    report = _against(baselines, EXAMPLES / "my-duc-2017.yaml", PARENT)
    plan = report.plans[0]
    row = rows(report.plans[0])[("services_level3", 2017)]
    # The verdict is LV01's, as before: the outcome, the finding, its severity, the exit code.
    assert row.outcome is Outcome.BELOW_NATIONAL
    assert row.floor is not None
    assert row.floor.programme == f"plan:{PARENT}"
    lv = [f for f in plan.findings if f.key == "services_level3"]
    assert [(f.code, f.severity) for f in lv] == [("LV01", Severity.ERROR)]
    assert exceeds(report, "error")
    for lang, words, national in (
        ("vi", "thấp hơn kế hoạch cấp trên", "thấp hơn mức quốc gia"),
        ("en", "below the parent plan", "below national"),
    ):
        options = RenderOptions(lang, baselines, width=200)
        cells = {(r["key"], r["year"]): r["outcome"] for r in table_rows(plan, options)}
        assert cells[("services_level3", "2017")] == words
        for fmt in (Format.TABLE, Format.MARKDOWN):
            text = renderer(fmt)(report, options)
            line = next(ln for ln in text.splitlines() if words in ln)
            assert "LV01" in line, fmt
            assert national not in text, fmt
        # JSON and CSV carry the outcome itself, unchanged.
        assert '"outcome": "below-national"' in renderer(Format.JSON)(report, options)
        assert ",below-national,LV01," in renderer(Format.CSV)(report, options)


@pytest.mark.parametrize(
    ("deadline", "value", "label"),
    [
        (2017, 65, "below-parent"),  # meets the national 60% due 2017, misses the parent's 70%
        (2017, 50, "below-national"),  # misses both
        (2018, 65, "below-parent"),  # the same deadline: the parent's 70% is the floor
        (2018, 55, "below-national"),
        (2017, 70, "achieved"),
    ],
)
def test_a_row_below_a_national_target_too_stays_below_national(
    baselines: Baselines, write_plan: Callable, deadline: int, value: int, label: str
) -> None:
    from egovcheck.assessment import outcome_label
    from egovcheck.formatters import RenderOptions
    from egovcheck.formatters.rows import national_refs, table_rows

    national = {"indicator": "officials_email", "value": 60, "deadline": deadline}
    source = with_programmes(baselines, [synthetic([national])])
    parent = write_plan(
        plan_document({"officials_email": {2018: 70}}, period="2016-2020"), "parent.yaml"
    )
    child = write_plan(plan_document({"officials_email": {2018: value}}, period=2018))
    report = _against(source, child, parent)
    plan = report.plans[0]
    row = rows(plan)[("officials_email", 2018)]
    options = RenderOptions("en", source)
    assert outcome_label(row, national_refs(plan, row, options)) == label
    shown = {(r["key"], r["year"]): r["outcome"] for r in table_rows(plan, options)}
    assert shown[("officials_email", "2018")] == m.label(label, "en")
    if label != "achieved":
        assert row.outcome is Outcome.BELOW_NATIONAL
        assert [f.code for f in plan.findings if f.key == "officials_email"] == ["LV01"]
