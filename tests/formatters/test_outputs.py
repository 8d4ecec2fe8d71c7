"""What every check format says besides the rows: totals, verdicts, notices, evidence, actuals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from egovcheck.cli.app import app
from tests.conftest import EXAMPLES

runner = CliRunner()
MINISTRY = EXAMPLES / "illustrative-ministry-2016-2020.yaml"
HOA_BINH = EXAMPLES / "hoa-binh-2017.yaml"
DISTRICT_C = EXAMPLES / "progress" / "illustrative-district-c-2021-2025.yaml"


def check(*args: str | Path) -> Any:
    return runner.invoke(app, ["check", *map(str, args)])


# --- Markdown: the totals and the verdict first ------------------------------------------------


def test_markdown_opens_with_the_totals_and_the_verdict(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("plan: 1\n", "utf-8")
    out = check(MINISTRY, HOA_BINH, bad, "-f", "markdown", "--lang", "en").stdout
    head, _, rest = out.partition("\n## ")
    assert head.startswith("# egovcheck: check results\n")
    table = [
        [c.strip() for c in ln.strip("|").split("|")] for ln in head.splitlines() if ln[:1] == "|"
    ]
    assert table[0] == ["Plans", "Errors", "Warnings", "Notes", "Waived", "Unreadable files"]
    assert table[2] == ["2", "5", "9", "0", "0", "1"]
    assert "❌ **Fail: 1 file(s) could not be read**" in head
    assert rest  # the plans follow


@pytest.mark.parametrize(
    ("fail_on", "line"),
    [
        ("error", "❌ **Fail: 5 finding(s) (not waived) at error or above** (`--fail-on error`)"),
        ("never", "✅ **Pass: --fail-on never, no finding fails the run** (`--fail-on never`)"),
    ],
)
def test_markdown_verdict_follows_fail_on(fail_on: str, line: str) -> None:
    out = check(MINISTRY, "-f", "markdown", "--lang", "en", "--fail-on", fail_on).stdout
    assert line in out.partition("\n## ")[0]


def test_markdown_verdict_in_vietnamese() -> None:
    out = check(HOA_BINH, "-f", "markdown", "--lang", "vi").stdout
    head = out.partition("\n## ")[0]
    assert head.startswith("# egovcheck: kết quả kiểm tra\n")
    assert "✅ **Đạt: không có phát hiện nào (chưa miễn trừ) từ mức lỗi trở lên**" in head


# --- The evidence grade, named in every format ------------------------------------------------

SECONDARY = {"vi": "thứ cấp: trang chính thức hoặc ≥ 2 nguồn", "en": "secondary: an official"}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", ["table", "markdown", "json", "csv", "sarif", "junit", "github"])
def test_the_evidence_grade_is_named_in_every_format(fmt: str, lang: str) -> None:
    out = check(MINISTRY, "-f", fmt, "--lang", lang).stdout
    assert SECONDARY[lang] in out
    if fmt == "github":
        # on every annotation of a finding measured against a national target
        lines = [ln for ln in out.splitlines() if "title=LV01" in ln]
        assert lines
        assert all(SECONDARY[lang] in ln for ln in lines)
    if fmt == "junit":
        import xml.etree.ElementTree as ET

        failures = ET.fromstring(out).iter("failure")
        assert all(SECONDARY[lang] in (f.get("message") or "") for f in failures)
    if fmt == "sarif":
        import json

        results = json.loads(out)["runs"][0]["results"]
        lv01 = [r for r in results if r["ruleId"] == "LV01"]
        assert all(SECONDARY[lang] in r["message"]["text"] for r in lv01)
        assert all(r["properties"]["evidenceLabel"].startswith(SECONDARY[lang]) for r in lv01)
