"""The command line: examples end to end, streams, formats, exit codes, languages."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from egovcheck import __version__
from egovcheck.baselines import Baselines
from egovcheck.cli.app import app
from egovcheck.formatters.csv_format import COLUMNS
from tests.conftest import EXAMPLES, plan_document

runner = CliRunner()

# Every shipped example, with the codes it must produce and its exit code (--fail-on error).
EXPECTED: dict[str, tuple[set[str], int]] = {
    "hoa-binh-2017.yaml": (set(), 0),
    # LV01: meetings online 60% against 1605/QĐ-TTg's 100% for 2015 (single source: a warning)
    "kien-giang-2017.yaml": ({"CV01", "LV01"}, 0),
    "my-duc-2017.yaml": ({"CV01"}, 0),
    # 2026, two tiers: the 2027 and 2030 targets of 57-NQ/TW, 03/NQ-CP and 2629/QĐ-TTg left out
    "gia-lai-2026.yaml": ({"CV01"}, 0),
    # a 2025 progress report: dossiers online 65.63% below 942/QĐ-TTg's >= 80% for 2025
    "quang-tri-2025-results.yaml": ({"AC01"}, 0),
    "illustrative-ministry-2016-2020.yaml": (
        {"AC01", "CV01", "LV01", "TM01", "TR01", "TR02", "TR03", "TR04"},
        1,
    ),
}


def run(*args: str, env: dict[str, str] | None = None) -> Any:
    return runner.invoke(app, list(args), env=env)


def as_json(*args: str) -> dict[str, Any]:
    result = run("check", "-f", "json", "--lang", "en", *args)
    assert result.exit_code in (0, 1), result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


# --- examples ---------------------------------------------------------------------------------


def test_every_example_has_an_expectation() -> None:
    assert {p.name for p in EXAMPLES.glob("*.yaml")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_codes_and_exit(name: str) -> None:
    codes, exit_code = EXPECTED[name]
    result = run("check", "-f", "json", str(EXAMPLES / name))
    assert result.exit_code == exit_code, result.stderr
    data = json.loads(result.stdout)
    assert {f["code"] for f in data["plans"][0]["findings"]} == codes


def test_hoa_binh_shows_1819_targets_sources_and_implied_pace() -> None:
    data = as_json(str(EXAMPLES / "hoa-binh-2017.yaml"))
    plan = data["plans"][0]
    # 1605/QĐ-TTg's 2015 targets are floors for a 2017 plan; 1819's are its next targets
    assert [p["id"] for p in plan["programmes"]] == ["qd-1605-2010", "qd-1819-2015"]
    rows = {(a["key"], a["year"]): a for a in plan["assessments"]}
    inter = rows[("docs_interagency_electronic", 2017)]
    assert inter["plan_value"] == 60
    assert inter["next"]["value"] == 80
    assert inter["next"]["deadline"] == 2020
    assert inter["next"]["programme"] == "qd-1819-2015"
    assert inter["next"]["location"].startswith("Điều 1")
    assert inter["next"]["evidence"] == "secondary"
    assert "80% văn bản trao đổi" in inter["next"]["source"]["wording"]
    # (80 - 60) / (2020 - 2017) and (100 - 80) / 3 points a year still needed.
    assert inter["required_gain"] == pytest.approx(20 / 3, abs=1e-4)
    submitted = rows[("docs_submitted_electronic", 2017)]
    assert submitted["next"]["value"] == 100
    assert submitted["required_gain"] == pytest.approx(20 / 3, abs=1e-4)


def test_table_output_names_the_document_and_pace() -> None:
    result = run("check", "--lang", "en", str(EXAMPLES / "hoa-binh-2017.yaml"))
    assert result.exit_code == 0
    assert "Decision 1819/QĐ-TTg" in result.stdout
    assert "needs +6.7 points a year to reach 80% by 2020" in result.stdout
    assert "\x1b[" not in result.stdout  # not a terminal: no colour codes
    assert "Checked 1 plan(s)" in result.stderr
    assert "Checked" not in result.stdout


def test_vietnamese_table_uses_decimal_comma() -> None:
    result = run("check", "-f", "markdown", "--lang", "vi", str(EXAMPLES / "hoa-binh-2017.yaml"))
    assert "cần tăng 6,7 điểm phần trăm mỗi năm để đạt 80% năm 2020" in result.stdout
    assert "Quyết định 1819/QĐ-TTg" in result.stdout
    assert "Đã kiểm tra 1 kế hoạch" in result.stderr


def test_all_examples_in_one_run() -> None:
    paths = sorted(str(p) for p in EXAMPLES.glob("*.yaml"))
    result = run("check", "-f", "json", *paths)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [p["file"] for p in data["plans"]] == paths
    assert data["summary"]["plans"] == len(paths)


# --- JSON document ----------------------------------------------------------------------------

REQUIRED = {
    "code",
    "name",
    "severity",
    "outcome",
    "key",
    "year",
    "plan_value",
    "national_value",
    "deadline",
    "programme",
    "evidence",
    "source",
    "line",
}


def test_json_shape_and_every_finding_cites_its_source() -> None:
    data = as_json(str(EXAMPLES / "illustrative-ministry-2016-2020.yaml"))
    assert data["schema_version"] == 1
    assert data["tool"]["name"] == "egovcheck"
    assert data["tool"]["version"] == __version__
    plan = data["plans"][0]
    assert set(plan) >= {"file", "plan", "programmes", "findings", "assessments"}
    for f in plan["findings"]:
        assert set(f) >= REQUIRED
        assert isinstance(f["line"], int)
        assert f["line"] > 0
        if f["code"] != "TR04":  # TR04 compares the plan with itself
            assert f["document"]
            assert f["location"]
            assert f["source"]["wording"]
            assert f["evidence"] in ("primary", "secondary", "single")
            assert f["document"].rsplit(" ", 1)[1] in f["message"]  # "1819/QĐ-TTg"
    # LV01 at 2016-2018 against 1605's 60% for 2015, LV01 2020, TM01
    assert data["summary"]["errors"] == 5
    assert data["summary"]["by_code"]["TR01"] == 4


def test_finding_lines_point_at_the_plan_file() -> None:
    path = EXAMPLES / "illustrative-ministry-2016-2020.yaml"
    lines = path.read_text("utf-8").splitlines()
    data = as_json(str(path))
    for f in data["plans"][0]["findings"]:
        text = lines[f["line"] - 1].strip()
        if f["code"] == "CV01":
            assert text == "targets:"
        elif f["code"] == "TR03":
            assert text == "docs_interagency_electronic:"
        elif f["code"] == "TM01":  # points at the year the plan reaches the target
            assert text.startswith("2017:")
        else:
            assert text.startswith(f"{f['year']}:"), (f["code"], text)


def test_languages_differ_only_in_messages() -> None:
    path = str(EXAMPLES / "illustrative-ministry-2016-2020.yaml")
    vi = json.loads(run("check", "-f", "json", "--lang", "vi", path).stdout)
    en = json.loads(run("check", "-f", "json", "--lang", "en", path).stdout)
    assert vi["tool"].pop("lang") == "vi"
    assert en["tool"].pop("lang") == "en"
    for doc in (vi, en):
        for plan in doc["plans"]:
            for f in plan["findings"]:
                f.pop("message")
                f.pop("evidence_label")  # the grade in the output language
            for p in plan["programmes"]:
                p.pop("title")
    assert vi == en


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"EGOVCHECK_LANG": "en"}, "en"),
        ({"EGOVCHECK_LANG": "vi", "LANG": "en_US.UTF-8"}, "vi"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "vi"),
    ],
)
def test_language_from_environment(env: dict[str, str], expected: str) -> None:
    env = {"EGOVCHECK_LANG": None, **env}  # type: ignore[dict-item]  # None: unset
    result = run("check", "-f", "json", str(EXAMPLES / "hoa-binh-2017.yaml"), env=env)
    assert json.loads(result.stdout)["tool"]["lang"] == expected


# --- other formats ----------------------------------------------------------------------------


def test_csv_fixed_columns_one_row_per_assessment() -> None:
    path = str(EXAMPLES / "kien-giang-2017.yaml")
    result = run("check", "-f", "csv", "--lang", "en", path)
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == COLUMNS
    data = as_json(path)
    assert len(rows) - 1 == len(data["plans"][0]["assessments"])
    missing = [r for r in rows[1:] if r[COLUMNS.index("outcome")] == "missing"]
    assert {r[COLUMNS.index("key")] for r in missing} == {
        "docs_interagency_electronic",
        "docs_submitted_electronic",
    }
    assert all(r[COLUMNS.index("document")] == "Quyết định 1819/QĐ-TTg" for r in missing)
    assert rows[1][COLUMNS.index("issuer")] == "UBND tỉnh Kiên Giang"


def test_csv_bom() -> None:
    result = run("check", "-f", "csv", "--csv-bom", str(EXAMPLES / "hoa-binh-2017.yaml"))
    assert result.stdout.startswith("\ufefffile,")


def test_markdown_table_and_sources() -> None:
    result = run("check", "-f", "markdown", "--lang", "en", str(EXAMPLES / "my-duc-2017.yaml"))
    assert result.exit_code == 0
    assert "| docs_interagency_electronic | 2020" in result.stdout
    assert "**Sources of the national targets**" in result.stdout
    assert "not applicable" in result.stdout


def test_output_file_is_written_and_stdout_stays_empty(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = run("check", "-f", "json", "-o", str(out), str(EXAMPLES / "hoa-binh-2017.yaml"))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text("utf-8"))["plans"][0]["plan"]["issuer"] == "UBND tỉnh Hòa Bình"
    assert not [p for p in tmp_path.iterdir() if p.name != "report.json"]  # no temporary left


def test_unwritable_output_is_exit_2(tmp_path: Path) -> None:
    out = tmp_path / "missing-dir" / "report.json"
    result = run("check", "-o", str(out), str(EXAMPLES / "hoa-binh-2017.yaml"))
    assert result.exit_code == 2
    assert "cannot write" in result.stderr
    assert "Traceback" not in result.stderr


# --- exit codes -------------------------------------------------------------------------------


@pytest.mark.parametrize(("fail_on", "expected"), [("error", 0), ("warning", 1), ("never", 0)])
def test_fail_on_with_warnings_only(fail_on: str, expected: int) -> None:
    result = run("check", "--fail-on", fail_on, str(EXAMPLES / "kien-giang-2017.yaml"))
    assert result.exit_code == expected


def test_fail_on_never_with_errors() -> None:
    path = str(EXAMPLES / "illustrative-ministry-2016-2020.yaml")
    assert run("check", path).exit_code == 1
    assert run("check", "--fail-on", "never", path).exit_code == 0


def test_one_bad_file_among_many(write_plan: Callable[..., Path]) -> None:
    bad = write_plan(plan_document({"docs_interagency_electronic": {2017: 160}}, period=2017))
    good = str(EXAMPLES / "hoa-binh-2017.yaml")
    result = run("check", "-f", "json", good, str(bad))
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [p["file"] for p in data["plans"]] == [good]
    assert data["errors"][0]["file"] == str(bad)
    line = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert line == [
        f"error: {bad}:8: targets.docs_interagency_electronic.2017: "
        "a percentage must be 0-100, got 160"
    ]


def test_missing_file_is_exit_2() -> None:
    result = run("check", "no/such/plan.yaml")
    assert result.exit_code == 2
    assert "error: no/such/plan.yaml: no such file" in result.stderr


def test_unknown_programme_is_exit_2() -> None:
    result = run("check", "-p", "qd-1819-2016", str(EXAMPLES / "hoa-binh-2017.yaml"))
    assert result.exit_code == 2
    assert "did you mean 'qd-1819-2015'" in result.stderr


def test_programme_override() -> None:
    data = as_json("-p", "nq-17-2019", str(EXAMPLES / "hoa-binh-2017.yaml"))
    plan = data["plans"][0]
    assert [p["id"] for p in plan["programmes"]] == ["nq-17-2019"]
    rows = {(a["key"], a["year"]): a for a in plan["assessments"]}
    nxt = rows[("docs_interagency_electronic", 2017)]["next"]
    assert (nxt["value"], nxt["evidence"]) == (90, "single")


def test_internal_error_is_exit_3(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("egovcheck.engine.check_plan", boom)
    result = run("check", str(EXAMPLES / "hoa-binh-2017.yaml"))
    assert result.exit_code == 3
    assert "internal error: RuntimeError: boom" in result.stderr
    assert "please report" in result.stderr
    assert "Traceback" not in result.stderr


def test_broken_baseline_is_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from egovcheck import baselines

    root = tmp_path / "baselines"
    shutil.copytree(baselines.data_dir(), root)
    target = root / "programmes" / "qd-1819-2015.yaml"
    target.write_text(
        target.read_text("utf-8").replace("evidence: secondary", "evidence: hearsay", 1), "utf-8"
    )
    monkeypatch.setattr(baselines, "data_dir", lambda: root)
    baselines.bundled.cache_clear()
    try:
        result = run("check", str(EXAMPLES / "hoa-binh-2017.yaml"))
    finally:
        baselines.bundled.cache_clear()
    assert result.exit_code == 2
    assert "baselines/programmes/qd-1819-2015.yaml:" in result.stderr
    assert "targets.0.evidence" in result.stderr


def test_input_files_are_not_modified() -> None:
    paths = sorted(EXAMPLES.glob("*.yaml"))
    before = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in paths}
    for fmt in ("table", "json", "csv", "markdown"):
        run("check", "-f", fmt, *map(str, paths))
    after = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in paths}
    assert before == after


# --- explain and baselines --------------------------------------------------------------------


def test_explain_code_and_name() -> None:
    by_code = run("explain", "TR02")
    by_name = run("explain", "trajectory.pace")
    assert by_code.exit_code == 0
    assert by_code.stdout == by_name.stdout
    assert "exactly 0.5 is moderately improving" in by_code.stdout
    assert "Fails" in by_code.stdout
    assert "Passes" in by_code.stdout


def test_explain_lists_checks_and_rejects_unknown() -> None:
    listing = run("explain").stdout.splitlines()
    assert [line.split()[0] for line in listing] == [
        "AC01",
        "CV01",
        "LV01",
        "TM01",
        "TR01",
        "TR02",
        "TR03",
        "TR04",
        "WV01",
        "WV02",
    ]
    result = run("explain", "LV1")
    assert result.exit_code == 2
    assert "unknown check" in result.stderr


def test_baselines_list(baselines: Baselines) -> None:
    result = run("baselines", "--lang", "vi")
    assert result.exit_code == 0
    table, _, after = result.stdout.partition("\n\n")
    ids = [line.split()[0] for line in table.splitlines()[2:]]
    # every bundled programme, in the order of issue
    assert ids == [p.id for p in baselines.ordered()]
    assert ids[:2] == ["qd-1605-2010", "nq-36a-2015"]
    # what each is and who issued it; the newest document and the data's horizon below
    party = next(ln for ln in table.splitlines() if ln.startswith("nq-57-2024"))
    assert "nghị quyết của Đảng (Bộ Chính trị)" in party
    assert "2024-12-22" in party
    newest = baselines.ordered()[-1]
    assert after.startswith(f"Văn bản mới nhất trong dữ liệu: {newest.document_in('vi')}")
    assert f"ban hành ngày {newest.issued.isoformat()}" in after
    assert f"hạn cuối cùng của các mục tiêu: {baselines.last_deadline()}" in after
    english = run("baselines", "--lang", "en").stdout
    assert "Party resolution (Politburo)" in english


def test_baselines_show_table_and_json() -> None:
    table = run("baselines", "show", "qd-1819-2015", "--lang", "en")
    assert table.exit_code == 0
    assert "Decision 1819/QĐ-TTg (2015-10-26)" in table.stdout
    assert "Điều 1, I.2" in table.stdout
    assert "secondary" in table.stdout
    assert "Cục Tin học hóa" in table.stdout
    data = json.loads(run("baselines", "show", "qd-1819-2015", "-f", "json").stdout)
    assert data["id"] == "qd-1819-2015"
    assert data["issued"] == "2015-10-26"
    assert {t["indicator"]: t["value"] for t in data["targets"]} == {
        "docs_submitted_electronic": 100,
        "docs_interagency_electronic": 80,
    }
    assert all(t["source"]["refs"] and t["evidence"] for t in data["targets"])


def test_baselines_show_unknown_is_exit_2() -> None:
    result = run("baselines", "show", "qd-1819")
    assert result.exit_code == 2
    assert "unknown programme" in result.stderr


# --- as a process -----------------------------------------------------------------------------


def test_python_dash_m_runs_as_a_process() -> None:
    env = {**os.environ, "EGOVCHECK_LANG": "en"}
    version = subprocess.run(
        [sys.executable, "-m", "egovcheck", "--version"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert version.returncode == 0
    assert version.stdout.strip() == f"egovcheck {__version__}"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "egovcheck",
            "check",
            "-f",
            "json",
            str(EXAMPLES / "illustrative-ministry-2016-2020.yaml"),
        ],
        capture_output=True,
        check=False,
        env=env,
    )
    assert result.returncode == 1
    assert json.loads(result.stdout.decode("utf-8"))["summary"]["errors"] == 5
    assert b"Checked 1 plan(s)" in result.stderr


def test_usage_error_is_exit_2() -> None:
    result = run("check", "--format", "xml", str(EXAMPLES / "hoa-binh-2017.yaml"))
    assert result.exit_code == 2


def test_errors_in_vietnamese(write_plan: Callable[..., Path]) -> None:
    bad = write_plan(plan_document({"docs_interagency_electronc": {2017: 160}}, period=2017))
    result = run("check", "--lang", "vi", str(bad))
    assert result.exit_code == 2
    assert (
        "targets.docs_interagency_electronc: không có chỉ tiêu 'docs_interagency_electronc' "
        "trong danh mục; có phải là 'docs_interagency_electronic'?"
    ) in result.stderr
    assert result.stderr.startswith("error: ")
    missing = run("check", "--lang", "vi", "no/such.yaml")
    assert "error: no/such.yaml: không có tệp này" in missing.stderr


def test_table_has_the_required_path_section() -> None:
    out = run(
        "check", "--lang", "en", str(EXAMPLES / "illustrative-ministry-2016-2020.yaml")
    ).stdout
    assert "Required path to the next target" in out
    # the line from the 2015 actual needs 44 and 53; 1605's 60% for 2015 is the floor
    assert "- docs_interagency_electronic: 2016 ≥ 60% (40% !), 2017 ≥ 60% (45% !)" in out
    data = as_json(str(EXAMPLES / "illustrative-ministry-2016-2020.yaml"))
    path = {(s["key"], s["year"]): s["minimum"] for s in data["plans"][0]["required_path"]}
    assert path[("docs_interagency_electronic", 2019)] == pytest.approx(71)


@pytest.mark.parametrize("fmt", ["table", "markdown", "github"])
def test_control_characters_in_a_plan_cannot_drive_the_terminal(
    fmt: str, write_plan: Callable[..., Path]
) -> None:
    doc = plan_document({"docs_interagency_electronic": {2017: 60}}, period=2017)
    doc["plan"]["title"] = "Kế hoạch \x1b[31mđỏ\x1b[0m"
    doc["plan"]["issuer"] = "UBND\rerror: forged.yaml:1: fake"
    result = run("check", "-f", fmt, str(write_plan(doc)))
    assert "\x1b" not in result.stdout
    assert "\r" not in result.stdout
    if fmt != "github":
        assert "Kế hoạch \\x1b[31mđỏ\\x1b[0m" in result.stdout
    # the JSON keeps the text exactly, escaped by JSON itself
    data = as_json(str(write_plan(doc)))
    assert data["plans"][0]["plan"]["title"] == "Kế hoạch \x1b[31mđỏ\x1b[0m"


def test_rich_table_shows_control_characters_visibly(baselines: object) -> None:
    from egovcheck.engine import check_paths
    from egovcheck.formatters import Format, RenderOptions, renderer

    report = check_paths([str(EXAMPLES / "hoa-binh-2017.yaml")], baselines)  # type: ignore[arg-type]
    report.plans[0].meta["title"] = "T\x1b]0;pwned\x07"
    text = renderer(Format.TABLE)(report, RenderOptions("en", baselines, color=True))  # type: ignore[arg-type]
    assert "pwned\x07" not in text
    assert "\\x1b]0;pwned\\x07" in text
