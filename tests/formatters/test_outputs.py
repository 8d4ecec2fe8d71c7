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


# --- Notices: what the data cover, in every format's header -----------------------------------


@pytest.fixture
def beyond(tmp_path: Path) -> Path:
    """A plan running past the last national deadline shipped (2030)."""
    path = tmp_path / "late.yaml"
    path.write_text(
        "plan:\n  title: Kế hoạch 2030-2031\n  issuer: UBND tỉnh X\n  level: province\n"
        '  period: "2030-2031"\ntargets:\n  services_level4: {2031: 100}\n',
        "utf-8",
    )
    return path


BEYOND = {
    "vi": "sau hạn cuối cùng của các mục tiêu quốc gia trong dữ liệu (2030)",
    "en": "after the last deadline",
}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", ["table", "markdown", "json", "sarif", "junit", "github"])
def test_notices_are_in_every_format(beyond: Path, fmt: str, lang: str) -> None:
    import json
    import xml.etree.ElementTree as ET

    result = check(beyond, "-f", fmt, "--lang", lang, "--fail-on", "never")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    said = BEYOND[lang]
    if fmt == "table":
        head = out.split("\n\n")[0]
        assert said in " ".join(head.split())
    elif fmt == "markdown":
        section = out.partition("\n## ")[2].partition("\n|")[0]
        assert said in section
    elif fmt == "json":
        notices = json.loads(out)["plans"][0]["notices"]
        assert [n["key"] for n in notices] == ["notice.beyond_data"]
        assert said in notices[0]["message"]
    elif fmt == "sarif":
        run_ = json.loads(out)["runs"][0]
        notes = run_["invocations"][0]["toolExecutionNotifications"]
        assert [n["descriptor"]["id"] for n in notes] == ["notice.beyond_data"]
        assert said in notes[0]["message"]["text"]
        assert run_["properties"]["notices"][0]["key"] == "notice.beyond_data"
    elif fmt == "junit":
        props = [p.get("value") or "" for p in ET.fromstring(out).iter("property")]
        assert len(props) == 1
        assert said in props[0]
    else:
        first = out.splitlines()[0]
        assert first.startswith("::notice file=")
        assert said in first


# --- Rows judged on an actual show it ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "cell", "earlier"),
    [("vi", "78% (thực tế)", "78% (thực tế 2020)"), ("en", "78% (actual)", "78% (actual 2020)")],
)
def test_rows_judged_on_an_actual_show_it(lang: str, cell: str, earlier: str) -> None:
    import csv
    import io
    import json

    md = check(DISTRICT_C, "-f", "markdown", "--lang", lang).stdout
    rows = [ln for ln in md.splitlines() if ln.startswith("| docs_interagency_electronic ")]
    missed = next(r for r in rows if "| 2020 " in r)
    assert cell in missed
    # The 2015 target is met by the 2020 actual: its year is named.
    assert earlier in next(r for r in rows if "| 2015 " in r)
    table = runner.invoke(
        app, ["check", str(DISTRICT_C), "--lang", lang], env={"COLUMNS": "200"}
    ).stdout
    assert cell in table
    assert earlier in table
    data = json.loads(check(DISTRICT_C, "-f", "json").stdout)
    row = next(
        a
        for a in data["plans"][0]["assessments"]
        if (a["key"], a["year"]) == ("docs_interagency_electronic", 2020)
    )
    assert (row["outcome"], row["actual_value"], row["actual_year"]) == ("missed", 78, 2020)
    lines = list(csv.DictReader(io.StringIO(check(DISTRICT_C, "-f", "csv").stdout)))
    line = next(
        r for r in lines if (r["key"], r["year"]) == ("docs_interagency_electronic", "2020")
    )
    assert (line["actual_value"], line["actual_year"]) == ("78", "2020")


def test_json_tool_gives_the_datas_date_and_horizon() -> None:
    import json

    from egovcheck.baselines import bundled

    b = bundled()
    tool = json.loads(check(HOA_BINH, "-f", "json").stdout)["tool"]
    assert tool["baselines_date"] == b.ordered()[-1].issued.isoformat()
    assert tool["last_deadline"] == b.last_deadline() == 2030
