"""Run every check case written as YAML data under ``cases/`` (one file per check code).

A case gives a plan (level, period, targets, actuals), optionally the programmes to use
(bundled ids, or synthetic ones with exact numbers), and the findings it must produce for
the file's codes: exactly those, no more. Numbers in ``expect`` were computed by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from egovcheck.baselines import Baselines
from egovcheck.checks import CHECKS
from egovcheck.engine import check_plan
from egovcheck.loader import load_plan
from tests.conftest import plan_document, synthetic, with_programmes

CASES = Path(__file__).parent / "cases"


def _cases() -> Iterator[Any]:
    for path in sorted(CASES.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text("utf-8"))
        codes = doc.get("codes", [path.stem])
        for case in doc["cases"]:
            yield pytest.param(codes, case, id=f"{path.stem}: {case['name']}")


def _baselines(case: dict[str, Any], bundled: Baselines) -> Baselines:
    if "national" in case:
        return with_programmes(bundled, [synthetic(case["national"])])
    if "national_programmes" in case:
        return with_programmes(
            bundled,
            [
                synthetic(p["targets"], pid=p["id"], issued=p["issued"])
                for p in case["national_programmes"]
            ],
        )
    return bundled


def _actual(f: Any) -> dict[str, Any]:
    n = f.national
    return {
        "code": f.code,
        "key": f.key,
        "year": f.year,
        "severity": f.severity.value,
        "gap": f.gap,
        "plan_value": f.plan_value,
        "national_value": n.value if n else None,
        "deadline": n.deadline if n else None,
        "programme": n.programme if n else None,
        "unconfirmed": f.unconfirmed,
        "outcome": f.outcome.value,
        "method": f.method,
        "waived": f.waived,
        "waiver_expired": f.waiver.expired if f.waiver else None,
        **f.facts,
    }


def test_every_code_has_cases() -> None:
    assert {p.stem for p in CASES.glob("*.yaml")} == set(CHECKS)


@pytest.mark.parametrize(("codes", "case"), list(_cases()))
def test_case(
    codes: list[str],
    case: dict[str, Any],
    baselines: Baselines,
    write_plan: Callable[..., Path],
) -> None:
    doc = plan_document(
        case.get("targets"),
        level=case.get("level", "province"),
        period=case.get("period", "2016-2020"),
        adopted=case.get("adopted"),
        actuals=case.get("actuals"),
        waivers=case.get("waivers"),
    )
    source = _baselines(case, baselines)
    loaded = load_plan(str(write_plan(doc)), source.catalogue)
    report = check_plan(loaded, source, case.get("programmes"), as_of=case.get("as_of"))
    got = sorted(
        (_actual(f) for f in report.findings if f.code in codes),
        key=lambda f: (f["code"], f["key"], f["year"] or 0),
    )
    want = sorted(case.get("expect", []), key=lambda f: (f["code"], f["key"], f["year"] or 0))
    assert [(f["code"], f["key"], f["year"]) for f in got] == [
        (f["code"], f["key"], f["year"]) for f in want
    ], case["name"]
    for g, w in zip(got, want, strict=True):
        for name, value in w.items():
            if name in ("code", "key", "year"):
                continue
            assert name in g, f"{name} is not a fact of {g['code']}"
            if isinstance(value, float) or (
                isinstance(value, int)
                and name
                not in (
                    "deadline",
                    "year",
                    "base_year",
                    "start_year",
                    "reached_year",
                    "previous_year",
                    "last_year",
                    "last_actual_year",
                    "years_late",
                )
            ):
                assert g[name] == pytest.approx(value, abs=1e-3), (case["name"], name)
            else:
                assert g[name] == value, (case["name"], name)
    for row in case.get("outcomes", []):
        found = [a for a in report.assessments if a.key == row["key"] and a.year == row["year"]]
        assert found, f"no row for {row['key']} {row['year']}"
        assert found[0].outcome.value == row["outcome"], (case["name"], row)
