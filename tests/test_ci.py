"""Plan repositories in CI: inputs, formats, waivers, configuration, selection, schema, hooks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import xmlschema
from typer.testing import CliRunner

from egovcheck.cli.app import app
from tests.conftest import EXAMPLES, ROOT

runner = CliRunner()
SCHEMAS = Path(__file__).parent / "schemas"
ILLUSTRATIVE = EXAMPLES / "illustrative-ministry-2016-2020.yaml"


@pytest.fixture(scope="module")
def sarif_schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text("utf-8"))
    return data


@pytest.fixture(scope="module")
def junit_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(SCHEMAS / "junit.xsd"))


def run(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Any:
    return runner.invoke(app, list(args), env=env, input=input)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A plan repository: two plans in folders, a config, a waiver file, a git marker."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "plans" / "2017").mkdir(parents=True)
    shutil.copy(ILLUSTRATIVE, tmp_path / "plans" / "bo-2016-2020.yaml")
    shutil.copy(EXAMPLES / "kien-giang-2017.yaml", tmp_path / "plans" / "2017" / "kg.yaml")
    shutil.copy(EXAMPLES / "hoa-binh-2017.yaml", tmp_path / "plans" / "2017" / "hb.yml")
    (tmp_path / "waivers.yaml").write_text(
        textwrap.dedent("""\
        waivers:
          - code: LV01
            key: docs_interagency_electronic
            year: 2020
            reason: "Chờ nâng cấp phần mềm quản lý văn bản"
            expires: 2030-12-31
            approved_by: Sở TT&TT
            decision: "Quyết định 12/QĐ-STTTT"
          - code: TM01
            key: services_level3
            reason: "đã hết hạn"
            expires: 2020-01-01
          - code: CV01
            key: meetings_online
            reason: "không còn dùng"
        """),
        "utf-8",
    )
    (tmp_path / ".egovcheck.yaml").write_text(
        textwrap.dedent("""\
        lang: en
        waivers: [waivers.yaml]
        checks:
          TR01: note
        """),
        "utf-8",
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- inputs -----------------------------------------------------------------------------------


def test_folder_expands_to_sorted_yaml_files(repo: Path) -> None:
    data = json.loads(run("check", "-f", "json", "plans").stdout)
    assert [p["file"] for p in data["plans"]] == [
        "plans/2017/hb.yml",
        "plans/2017/kg.yaml",
        "plans/bo-2016-2020.yaml",
    ]


def test_glob_exclude_and_duplicates(repo: Path) -> None:
    result = run(
        "check", "-f", "json", "plans/**/*.yaml", "plans/2017/kg.yaml", "--exclude", "bo-*"
    )
    assert [p["file"] for p in json.loads(result.stdout)["plans"]] == ["plans/2017/kg.yaml"]


def test_glob_that_matches_nothing_is_exit_2(repo: Path) -> None:
    result = run("check", "nowhere/*.yaml")
    assert result.exit_code == 2
    assert "error: nowhere/*.yaml: no file matches this pattern" in result.stderr


def test_waiver_and_config_files_are_not_taken_as_plans(repo: Path) -> None:
    shutil.copy(repo / "waivers.yaml", repo / "plans" / "waivers.yaml")
    config = repo / ".egovcheck.yaml"
    config.write_text(
        config.read_text("utf-8").replace(
            "waivers: [waivers.yaml]", "waivers: [plans/waivers.yaml]"
        ),
        "utf-8",
    )
    result = run("check", "-f", "json", "plans")
    assert result.exit_code == 1, result.stderr
    assert "plans/waivers.yaml" not in [p["file"] for p in json.loads(result.stdout)["plans"]]


def test_stdin(repo: Path) -> None:
    text = (EXAMPLES / "hoa-binh-2017.yaml").read_text("utf-8")
    result = run("check", "-f", "json", "-", input=text)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["plans"][0]["file"] == "<stdin>"


# --- formats ----------------------------------------------------------------------------------


def test_several_formats_in_one_run(repo: Path, sarif_schema: dict, junit_schema: Any) -> None:
    result = run(
        "check",
        "plans",
        "-f",
        "table",
        "-f",
        "sarif:out.sarif",
        "-f",
        "junit:out.xml",
        "-f",
        "json:out.json",
        "--as-of",
        "2026-11-23",
    )
    assert result.exit_code == 1  # TM01 is an error again: its waiver expired
    assert "Checked 3 plan(s)" in result.stderr
    assert result.stdout.startswith("Kế hoạch")  # the table
    sarif = json.loads((repo / "out.sarif").read_text("utf-8"))
    jsonschema.validate(sarif, sarif_schema)
    junit_schema.validate(str(repo / "out.xml"))
    data = json.loads((repo / "out.json").read_text("utf-8"))
    assert data["summary"]["waived"] == 1
    # TM01, and LV01 2016-2018 against 1605/QĐ-TTg's 60% for 2015 (a floor that lasts)
    assert data["summary"]["errors"] == 4


def test_only_one_format_on_stdout(repo: Path) -> None:
    result = run("check", "plans", "-f", "table", "-f", "json")
    assert result.exit_code == 2
    assert "only one format can go to standard output" in result.stderr


def test_unknown_format_is_exit_2(repo: Path) -> None:
    result = run("check", "plans", "-f", "sarfi:x.sarif")
    assert result.exit_code == 2
    assert "did you mean 'sarif'" in result.stderr


def test_sarif_rules_results_suppressions(repo: Path, sarif_schema: dict) -> None:
    result = run("check", "plans", "-f", "sarif", "--as-of", "2026-11-23")
    log = json.loads(result.stdout)
    jsonschema.validate(log, sarif_schema)
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [
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
    lv01 = rules[2]
    assert "Decision 1819/QĐ-TTg, Điều 1, I.2" in lv01["help"]["text"]
    assert "secondary" in lv01["help"]["text"]
    results = run_["results"]
    assert {r["level"] for r in results} == {"error", "warning", "note"}
    waived = [r for r in results if "suppressions" in r]
    assert len(waived) == 1
    assert waived[0]["ruleId"] == "LV01"
    assert waived[0]["suppressions"][0]["justification"] == "Chờ nâng cấp phần mềm quản lý văn bản"
    assert waived[0]["suppressions"][0]["kind"] == "external"
    for r in results:
        region = r["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1
        assert len(r["partialFingerprints"]["egovcheck/v1"]) == 32
    fingerprints = [r["partialFingerprints"]["egovcheck/v1"] for r in results]
    assert len(set(fingerprints)) == len(fingerprints)


def test_sarif_fingerprints_survive_a_line_move(repo: Path) -> None:
    before = json.loads(run("check", "plans/bo-2016-2020.yaml", "-f", "sarif").stdout)
    plan = repo / "plans" / "bo-2016-2020.yaml"
    plan.write_text("# a new first line\n" + plan.read_text("utf-8"), "utf-8")
    after = json.loads(run("check", "plans/bo-2016-2020.yaml", "-f", "sarif").stdout)

    def prints(log: dict) -> list[tuple[str, int]]:
        return [
            (
                r["partialFingerprints"]["egovcheck/v1"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
            )
            for r in log["runs"][0]["results"]
        ]

    before_runs, after_runs = (
        {
            "runs": [
                {
                    "results": [
                        r for r in log["runs"][0]["results"] if r["ruleId"] not in ("WV01", "WV02")
                    ]
                }
            ]
        }
        for log in (before, after)
    )
    before, after = before_runs, after_runs
    assert [f for f, _ in prints(before)] == [f for f, _ in prints(after)]
    assert all(b + 1 == a for (_, b), (_, a) in zip(prints(before), prints(after), strict=True))


def test_junit_names_and_outcomes(repo: Path, junit_schema: Any) -> None:
    result = run("check", "plans", "-f", "junit", "--as-of", "2026-11-23")
    junit_schema.validate(result.stdout)
    data = junit_schema.to_dict(result.stdout)
    suites = {s["@name"]: s for s in data["testsuite"]}
    bo = suites["plans/bo-2016-2020.yaml"]
    cases = {c["@name"]: c for c in bo["testcase"]}
    assert "LV01.docs_interagency_electronic.2020" in cases
    assert "skipped" in cases["LV01.docs_interagency_electronic.2020"]
    assert "failure" in cases["TM01.services_level3.2016"]  # the waiver expired
    assert "system-out" in cases["TR04.officials_email.2018"]  # a warning, below --fail-on
    assert all(c["@classname"] == "plans/bo-2016-2020.yaml" for c in bo["testcase"])
    assert bo["@skipped"] == 1
    # the unused waiver is a suite of its own, for the waiver file
    assert "WV01.meetings_online" in {c["@name"] for c in suites["waivers.yaml"]["testcase"]}


def test_junit_fail_on_warning_turns_warnings_into_failures(repo: Path) -> None:
    out = run("check", "plans", "-f", "junit", "--fail-on", "warning").stdout
    assert '<testcase classname="plans/bo-2016-2020.yaml" name="TR04.officials_email.2018"' in out
    assert out.count("<failure") > run("check", "plans", "-f", "junit").stdout.count("<failure")


def test_junit_unreadable_plan_is_an_error_case(repo: Path, junit_schema: Any) -> None:
    (repo / "plans" / "bad.yaml").write_text("plan: [", "utf-8")
    result = run("check", "plans", "-f", "junit")
    assert result.exit_code == 2
    junit_schema.validate(result.stdout)
    assert '<testsuite name="plans/bad.yaml" tests="1" failures="0" errors="1"' in result.stdout


def test_github_annotations_on_the_right_lines(repo: Path) -> None:
    result = run("check", "plans/bo-2016-2020.yaml", env={"GITHUB_ACTIONS": "true"})
    lines = (repo / "plans" / "bo-2016-2020.yaml").read_text("utf-8").splitlines()
    commands = result.stdout.splitlines()
    assert commands
    for command in commands:
        kind, _, rest = command[2:].partition(" ")
        assert kind in ("error", "warning", "notice")
        props = dict(p.split("=", 1) for p in rest.split("::", 1)[0].split(","))
        if props["file"] == "waivers.yaml":  # the config's waiver for Kiên Giang is unused here
            assert "WV01" in props["title"]
            continue
        assert props["file"] == "plans/bo-2016-2020.yaml"
        text = lines[int(props["line"]) - 1]
        assert int(props["col"]) == len(text) - len(text.lstrip()) + 1
        code = props["title"].split()[0]
        if code == "LV01" and "(waived)" in props["title"]:
            assert text.strip().startswith("2020:")
            assert kind == "notice"
            assert "(waived)" in props["title"]
    assert any(c.startswith("::error ") for c in commands)  # TM01, its waiver expired


def test_github_escapes_percent_and_newlines(repo: Path) -> None:
    out = run("check", "plans/2017/kg.yaml", "-f", "github").stdout
    assert "%25" in out
    assert "%" not in out.replace("%25", "").replace("%2C", "").replace("%3A", "").replace(
        "%0A", ""
    )


def test_markdown_for_the_step_summary(repo: Path) -> None:
    out = run("check", "plans", "-f", "markdown").stdout
    # The totals and the verdict, then the plans.
    assert out.startswith("# egovcheck: check results\n")
    assert "\n❌ **Fail: " in out.partition("\n## ")[0]
    assert "[Waived: Chờ nâng cấp phần mềm quản lý văn bản]" in out


# --- waivers ----------------------------------------------------------------------------------


def test_waivers_counted_and_exit_codes(repo: Path) -> None:
    early = run("check", "plans", "-f", "json", "--as-of", "2019-12-31")
    data = json.loads(early.stdout)
    assert data["summary"]["waived"] == 2  # LV01 and TM01 both in force
    # errors left: LV01 2016-2018, below 1605/QĐ-TTg's 2015 floor, which no waiver covers
    assert early.exit_code == 1
    left = {
        (f["code"], f["year"])
        for p in data["plans"]
        for f in p["findings"]
        if f["severity"] == "error" and not f["waived"]
    }
    assert ("LV01", 2016) in left
    late = run("check", "plans", "-f", "json", "--as-of", "2020-01-02")
    assert json.loads(late.stdout)["summary"]["waived"] == 1
    assert late.exit_code == 1
    tm01 = next(
        f for p in json.loads(late.stdout)["plans"] for f in p["findings"] if f["code"] == "TM01"
    )
    assert tm01["waiver"]["expired"] is True
    assert "expired on 2020-01-01" in tm01["message"]


def test_expiry_is_inclusive(repo: Path) -> None:
    data = json.loads(run("check", "plans", "-f", "json", "--as-of", "2020-01-01").stdout)
    assert data["summary"]["waived"] == 2


def test_unused_waiver_in_a_waiver_file(repo: Path) -> None:
    data = json.loads(run("check", "plans", "-f", "json").stdout)
    (wv,) = data["run_findings"]
    assert (wv["code"], wv["key"], wv["file"], wv["line"]) == (
        "WV01",
        "meetings_online",
        "waivers.yaml",
        13,
    )


def test_waivers_option_adds_a_file(repo: Path, tmp_path: Path) -> None:
    extra = tmp_path / "more.yaml"
    extra.write_text("waivers:\n  - {code: TR04, key: officials_email, reason: 'ổn'}\n", "utf-8")
    data = json.loads(run("check", "plans", "-f", "json", "--waivers", str(extra)).stdout)
    tr04 = [f for p in data["plans"] for f in p["findings"] if f["code"] == "TR04"]
    assert tr04[0]["waived"] is True


def test_broken_waiver_file_is_exit_2(repo: Path) -> None:
    (repo / "waivers.yaml").write_text("waivers:\n  - {code: LV01, key: x}\n", "utf-8")
    result = run("check", "plans")
    assert result.exit_code == 2
    assert "waivers.yaml:2: waivers.0.reason" in result.stderr


def test_bad_as_of_is_exit_2(repo: Path) -> None:
    result = run("check", "plans", "--as-of", "23/11/2026")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


# --- configuration ----------------------------------------------------------------------------


def test_config_found_walking_up(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "plans" / "2017")
    data = json.loads(run("check", "-f", "json", "kg.yaml").stdout)
    assert data["tool"]["lang"] == "en"


def test_config_in_pyproject(repo: Path) -> None:
    (repo / ".egovcheck.yaml").unlink()
    (repo / "pyproject.toml").write_text('[tool.egovcheck]\nfail_on = "warning"\n', "utf-8")
    assert run("check", "plans/2017/kg.yaml").exit_code == 1
    shown = run("config")
    assert "pyproject.toml" in shown.stdout
    assert "warning" in shown.stdout


def test_config_option_and_unknown_key(repo: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("fail_on: warning\nfailon: error\n", "utf-8")
    result = run("check", "--config", str(bad), "plans")
    assert result.exit_code == 2
    assert f"error: {bad}:2: failon: unknown setting 'failon'; did you mean 'fail_on'?" in (
        result.stderr
    )


def test_config_unknown_check_is_exit_2(repo: Path) -> None:
    (repo / ".egovcheck.yaml").write_text("checks:\n  TR9: disable\n", "utf-8")
    result = run("check", "plans")
    assert result.exit_code == 2
    assert ".egovcheck.yaml:2: checks.TR9: unknown check 'TR9'" in result.stderr


def test_config_command_shows_origins(repo: Path) -> None:
    result = run("config", "-f", "json")
    data = json.loads(result.stdout)
    assert data["file"] == str(repo / ".egovcheck.yaml")
    assert data["origin"]["lang"] == ".egovcheck.yaml:1"
    assert data["origin"]["checks.TR01"] == ".egovcheck.yaml:4"
    assert data["origin"]["fail_on"] == "default"


def test_command_line_beats_config(repo: Path) -> None:
    data = json.loads(run("check", "plans/2017/kg.yaml", "-f", "json", "--lang", "vi").stdout)
    assert data["tool"]["lang"] == "vi"


def test_config_severity_and_disable(repo: Path) -> None:
    data = json.loads(run("check", "plans/bo-2016-2020.yaml", "-f", "json").stdout)
    levels = {f["code"]: f["severity"] for f in data["plans"][0]["findings"]}
    assert levels["TR01"] == "note"
    (repo / ".egovcheck.yaml").write_text(
        "checks:\n  trajectory: disable\n  TR04: enable\n", "utf-8"
    )
    data = json.loads(run("check", "plans/bo-2016-2020.yaml", "-f", "json").stdout)
    assert {f["code"] for f in data["plans"][0]["findings"]} == {
        "AC01",
        "CV01",
        "LV01",
        "TM01",
        "TR04",
    }


# --- selection --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "codes"),
    [
        (["--select", "LV01"], {"LV01"}),
        (["--select", "timing,level.below-national"], {"LV01", "TM01"}),
        (["--ignore", "trajectory"], {"AC01", "CV01", "LV01", "TM01"}),
        (["--select", "trajectory", "--ignore", "TR01"], {"TR02", "TR03", "TR04"}),
    ],
)
def test_select_and_ignore(args: list[str], codes: set[str]) -> None:
    result = run("check", str(ILLUSTRATIVE), "-f", "json", *args)
    assert {f["code"] for f in json.loads(result.stdout)["plans"][0]["findings"]} == codes


def test_unknown_selection_is_exit_2() -> None:
    result = run("check", str(ILLUSTRATIVE), "--select", "trajectry")
    assert result.exit_code == 2
    assert "did you mean 'trajectory'" in result.stderr


# --- schema -----------------------------------------------------------------------------------


def test_schema_command_matches_the_kept_schema() -> None:
    kept = (ROOT / "schemas" / "plan.schema.json").read_text("utf-8")
    assert run("schema").stdout == kept, "regenerate: egovcheck schema > schemas/plan.schema.json"


def test_schema_accepts_examples_and_rejects_typos() -> None:
    import yaml

    schema = json.loads(run("schema").stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    assert "docs_interagency_electronic" in schema["properties"]["targets"]["propertyNames"]["enum"]
    described = schema["properties"]["targets"]["properties"]["work_records_online.district"]
    assert "hồ sơ công việc" in described["description"].lower()
    for path in EXAMPLES.glob("*.yaml"):
        doc = json.loads(json.dumps(yaml.safe_load(path.read_text("utf-8")), default=str))
        assert not list(validator.iter_errors(doc)), path
    bad = {
        "plan": {"title": "t", "issuer": "i", "level": "province", "period": 2017},
        "targets": {"docs_interagency_electronc": {"2017": 60}},
    }
    assert list(validator.iter_errors(bad))


# --- pre-commit -------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")
def test_pre_commit_hook(tmp_path: Path) -> None:
    """pre-commit try-repo runs the hook from this repository on a plan repository."""
    pre_commit = Path(sys.executable).with_name("pre-commit")
    if not pre_commit.exists():
        pytest.skip("pre-commit is not installed")
    plans = tmp_path / "plans-repo"
    plans.mkdir()
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "EGOVCHECK_LANG": "en",
    }
    env.pop("VIRTUAL_ENV", None)

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=plans, check=True, env=env, capture_output=True)

    git("init", "-q")
    shutil.copy(EXAMPLES / "hoa-binh-2017.yaml", plans / "hb.yaml")
    git("add", "hb.yaml")
    ok = subprocess.run(
        [str(pre_commit), "try-repo", str(ROOT), "egovcheck", "--all-files"],
        cwd=plans,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert ok.returncode == 0, ok.stdout[-3000:] + ok.stderr[-3000:]
    assert "egovcheck" in ok.stdout
    assert "Passed" in ok.stdout
    shutil.copy(ILLUSTRATIVE, plans / "bo.yaml")
    git("add", "bo.yaml")
    bad = subprocess.run(
        [str(pre_commit), "try-repo", str(ROOT), "egovcheck", "--all-files"],
        cwd=plans,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert bad.returncode == 1
    assert "Failed" in bad.stdout
    assert "LV01" in bad.stdout


def test_configured_exclude_is_relative_to_the_configuration(repo: Path) -> None:
    # A draft below plans/2017 in the configuration's folder, and a same-named folder elsewhere.
    (repo / "plans" / "2017" / "drafts").mkdir()
    shutil.copy(ILLUSTRATIVE, repo / "plans" / "2017" / "drafts" / "d.yaml")
    (repo / "other" / "plans" / "2017" / "drafts").mkdir(parents=True)
    shutil.copy(ILLUSTRATIVE, repo / "other" / "plans" / "2017" / "drafts" / "o.yaml")
    config = repo / ".egovcheck.yaml"
    config.write_text(config.read_text("utf-8") + "exclude: [plans/2017/drafts/*.yaml]\n", "utf-8")

    def files(*args: str) -> list[str]:
        result = run("check", "-f", "json", *args)
        assert result.exit_code in (0, 1), result.stderr
        return [p["file"] for p in json.loads(result.stdout)["plans"]]

    assert files("plans") == ["plans/2017/hb.yml", "plans/2017/kg.yaml", "plans/bo-2016-2020.yaml"]
    # Another folder's plans/2017/drafts is not the configuration's.
    assert files("other") == ["other/plans/2017/drafts/o.yaml"]
    # From a subfolder, the glob still names the configuration's plans/2017/drafts.
    os.chdir(repo / "plans" / "2017")
    assert files(".") == ["hb.yml", "kg.yaml"]
    assert files("drafts/d.yaml", "kg.yaml") == ["kg.yaml"]
    # A glob without a slash names files in any folder.
    config.write_text(
        config.read_text("utf-8").replace("plans/2017/drafts/*.yaml", '"*.yml"'), "utf-8"
    )
    assert files("..") == ["../2017/drafts/d.yaml", "../2017/kg.yaml", "../bo-2016-2020.yaml"]


def _code_scanning_ready(log: dict[str, Any]) -> None:
    """What GitHub code scanning needs of every result."""
    run_ = log["runs"][0]
    rules = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    for r in run_["results"]:
        assert r["ruleId"] in rules
        assert rules[r["ruleIndex"]] == r["ruleId"]
        assert r["message"]["text"]
        artifact = r["locations"][0]["physicalLocation"]["artifactLocation"]
        assert artifact["uriBaseId"] == "%SRCROOT%"
        assert not artifact["uri"].startswith(("/", "../", "./", "file:"))
        assert "/../" not in artifact["uri"]
        assert r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1
        assert r["partialFingerprints"]["egovcheck/v1"]


@pytest.mark.parametrize("where", ["root", "sub", "outside"])
def test_sarif_and_github_paths_are_relative_to_the_repository(
    repo: Path, sarif_schema: dict, where: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    cwd = {
        "root": repo,
        "sub": repo / "plans" / "2017",
        "outside": tmp_path_factory.mktemp("elsewhere"),
    }[where]
    os.chdir(cwd)
    kg = repo / "plans" / "2017" / "kg.yaml"
    names = [str(kg), os.path.relpath(kg, cwd)]
    if where == "sub":
        names += ["./kg.yaml", "../2017/kg.yaml"]
    extra = [] if where != "outside" else ["--base-dir", str(repo)]
    logs, fingerprints = [], set()
    for name in names:
        result = run("check", name, "-f", "sarif", "--fail-on", "never", *extra)
        assert result.exit_code == 0, result.stderr
        log = json.loads(result.stdout)
        jsonschema.validate(log, sarif_schema)
        _code_scanning_ready(log)
        run_ = log["runs"][0]
        assert run_["originalUriBaseIds"] == {"%SRCROOT%": {"uri": repo.as_uri() + "/"}}
        uris = [
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in run_["results"]
        ]
        # The configuration's waiver file (in the root) has unused waivers when run from inside.
        assert set(uris) - {"waivers.yaml"} == {"plans/2017/kg.yaml"}, name
        fingerprints.add(tuple(r["partialFingerprints"]["egovcheck/v1"] for r in run_["results"]))
        logs.append(log)
        github = run("check", name, "-f", "github", "--fail-on", "never", *extra).stdout
        assert github.count("file=plans/2017/kg.yaml,") == uris.count("plans/2017/kg.yaml")
        assert github.count("file=waivers.yaml,") == uris.count("waivers.yaml")
    # The same findings whatever the path given.
    assert len(fingerprints) == 1


def test_base_dir_names_the_root(repo: Path) -> None:
    result = run("check", "plans/2017/kg.yaml", "-f", "sarif", "--base-dir", "plans")
    log = json.loads(result.stdout)
    assert log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"] == (
        (repo / "plans").as_uri() + "/"
    )
    artifact = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": "2017/kg.yaml", "uriBaseId": "%SRCROOT%"}
    # A file outside the root keeps an absolute URI.
    result = run("check", "plans/2017/kg.yaml", "-f", "sarif", "--base-dir", "plans/2017/x")
    artifact = json.loads(result.stdout)["runs"][0]["results"][0]["locations"][0][
        "physicalLocation"
    ]["artifactLocation"]
    assert artifact == {"uri": (repo / "plans" / "2017" / "kg.yaml").as_uri()}
