"""The shipped JSON Schemas: the editor schema rejects what check rejects; JSON output conforms."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from egovcheck.cli.app import app
from egovcheck.findings import Outcome, PaceClass, Severity
from tests.conftest import EXAMPLES, ROOT

runner = CliRunner()
PLAN_SCHEMA: dict[str, Any] = json.loads((ROOT / "schemas" / "plan.schema.json").read_text("utf-8"))
OUTPUT_SCHEMA: dict[str, Any] = json.loads(
    (ROOT / "schemas" / "output.schema.json").read_text("utf-8")
)
ALL_EXAMPLES = sorted(EXAMPLES.rglob("*.yaml"))
PARENT = EXAMPLES / "parents" / "ha-noi-2017-illustrative.yaml"


def as_json(path: Path) -> Any:
    """A YAML plan as an editor's language server sees it: keys as strings, dates as text."""
    return json.loads(json.dumps(yaml.safe_load(path.read_text("utf-8")), default=str))


def plan_errors(document: Any) -> list[str]:
    validator = jsonschema.Draft202012Validator(PLAN_SCHEMA)
    return [e.message for e in validator.iter_errors(document)]


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=lambda p: p.name)
def test_every_example_fits_the_plan_schema(path: Path) -> None:
    assert plan_errors(as_json(path)) == []


BASE = """\
plan:
  title: Kế hoạch thử
  issuer: UBND tỉnh Thử
  level: province
  period: {period}
targets:
  docs_interagency_electronic:
    2017: {value}
"""


@pytest.mark.parametrize(
    ("period", "value"),
    [
        ("2017", "160"),
        ("2017", "-5"),
        ("2017", "{value: 101}"),
        ("2017", "{value: -0.5}"),
        ('"2020-2016"', "60"),
        ('"2017-2016"', "60"),
        ('"1980-2017"', "60"),
        ("2200", "60"),
    ],
)
def test_the_plan_schema_rejects_what_check_rejects(
    tmp_path: Path, period: str, value: str
) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(BASE.format(period=period, value=value), "utf-8")
    assert runner.invoke(app, ["check", str(path), "-f", "json"]).exit_code == 2
    assert plan_errors(as_json(path)), f"the schema accepts {period} / {value}"


@pytest.mark.parametrize(
    ("period", "value"),
    [("2017", "0"), ("2017", "100"), ('"2016-2020"', "60"), ('"2017 – 2017"', "{value: 60.5}")],
)
def test_the_plan_schema_accepts_what_check_accepts(
    tmp_path: Path, period: str, value: str
) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(BASE.format(period=period, value=value), "utf-8")
    assert runner.invoke(app, ["check", str(path), "-f", "json"]).exit_code in (0, 1)
    assert plan_errors(as_json(path)) == []


def test_a_local_target_in_percent_is_bounded() -> None:
    doc = as_json(EXAMPLES / "hoa-binh-2017.yaml")
    doc["local_targets"] = [{"name": "x", "year": 2017, "value": 120}]
    assert plan_errors(doc)
    doc["local_targets"] = [{"name": "x", "year": 2017, "value": 120, "unit": "hệ thống"}]
    assert plan_errors(doc) == []


# --- the JSON output ------------------------------------------------------------------------


def output_errors(text: str) -> list[str]:
    validator = jsonschema.Draft202012Validator(
        OUTPUT_SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    return [
        f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(json.loads(text))
    ]


def test_the_output_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(OUTPUT_SCHEMA)
    defs = OUTPUT_SCHEMA["$defs"]
    assert defs["outcome"]["enum"] == [o.value for o in Outcome]
    assert defs["severity"]["enum"] == [s.value for s in Severity]
    assert defs["pace_class"]["enum"] == [p.value for p in PaceClass] + [None]


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=lambda p: p.name)
def test_the_json_output_of_every_example_fits_the_output_schema(path: Path, lang: str) -> None:
    result = runner.invoke(app, ["check", str(path), "-f", "json", "--lang", lang])
    assert result.exit_code in (0, 1), result.stderr
    assert output_errors(result.stdout) == []


def test_the_json_output_against_a_parent_fits_the_output_schema() -> None:
    args = ["check", str(EXAMPLES / "my-duc-2017.yaml"), "--against", str(PARENT), "-f", "json"]
    result = runner.invoke(app, args)
    assert output_errors(result.stdout) == []


def test_the_json_output_of_an_error_fits_the_output_schema(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BASE.format(period="2017", value="160"), "utf-8")
    result = runner.invoke(
        app, ["check", str(bad), str(EXAMPLES / "hoa-binh-2017.yaml"), "-f", "json"]
    )
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    assert document["errors"]
    assert document["plans"]
    assert output_errors(result.stdout) == []
