"""The auditor's report: gap rows, pivots, formats, provenance, the Eurostat method."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from egovcheck import __version__
from egovcheck import messages as m
from egovcheck.baselines import Baselines, bundled
from egovcheck.cli.app import app
from egovcheck.engine import check_paths
from egovcheck.findings import PaceClass
from egovcheck.report import eurostat
from egovcheck.report.data import ReportData
from egovcheck.report.pivots import pivot
from egovcheck.report.rows import COLUMNS, Row
from egovcheck.report.run import collect
from tests.conftest import EXAMPLES

PROGRESS = EXAMPLES / "progress"
HOA_BINH = str(EXAMPLES / "hoa-binh-2017.yaml")
ILLUSTRATIVE = str(EXAMPLES / "illustrative-ministry-2016-2020.yaml")
PROVINCE_A = str(PROGRESS / "illustrative-province-a-2016-2020.yaml")
PROVINCE_B = str(PROGRESS / "illustrative-province-b-2016-2020.yaml")
AS_OF = date(2024, 1, 1)

runner = CliRunner()


def run(*args: str) -> Any:
    """``egovcheck report ARGS`` through egovcheck's own command line."""
    return runner.invoke(app, ["report", *args])


def build(paths: list[str], baselines: Baselines, **options: Any) -> ReportData:
    return collect(paths, baselines, **options)


def findings_at(paths: list[str], file: str, key: str, year: int) -> tuple[str, ...]:
    """The codes ``egovcheck check`` finds for one row, independently of the report."""
    report = check_paths(paths, bundled(), as_of=AS_OF)
    plan = next(p for p in report.plans if p.file == file)
    return tuple(sorted({f.code for f in plan.findings if (f.key, f.year) == (key, year)}))


def examples() -> list[str]:
    return sorted(str(p) for p in EXAMPLES.glob("*.yaml"))


@pytest.fixture(scope="module")
def data(baselines: Baselines) -> ReportData:
    return build(examples(), baselines, as_of=AS_OF, lang="en")


@pytest.fixture(scope="module")
def progress(baselines: Baselines) -> ReportData:
    paths = sorted(str(p) for p in PROGRESS.glob("*.yaml"))
    return build(paths, baselines, as_of=AS_OF, lang="en")


def rows_of(data: ReportData, file: str) -> dict[tuple[str, int], Row]:
    return {(r.key, r.year): r for r in data.rows if r.file == file}


# --- the gap table ------------------------------------------------------------------------------


def test_one_row_per_assessment_in_order(data: ReportData) -> None:
    expected = [(p.file, a.key, a.year) for p in data.report.plans for a in p.assessments]
    assert [(r.file, r.key, r.year) for r in data.rows] == expected
    assert {p.file for p in data.report.plans} == set(examples())


def test_each_plan_is_indexed_once(baselines: Baselines, monkeypatch: pytest.MonkeyPatch) -> None:
    # The rows and charts read the context the check built, not a second one.
    from egovcheck.checks.context import PlanContext

    built: list[str] = []
    index = PlanContext.build

    def counting(loaded: Any, catalogue: Any, programmes: Any) -> PlanContext:
        built.append(loaded.file)
        return index(loaded, catalogue, programmes)

    monkeypatch.setattr(PlanContext, "build", counting)
    paths = [HOA_BINH, PROVINCE_A, PROVINCE_B]
    data = build(paths, baselines, as_of=AS_OF, lang="en")
    assert built == paths
    assert {r.file for r in data.rows} == set(paths)
    assert data.series
    assert data.nationals


def test_hoa_binh_rows_by_hand(data: ReportData) -> None:
    rows = rows_of(data, HOA_BINH)
    assert set(rows) == {("docs_interagency_electronic", 2017), ("docs_submitted_electronic", 2017)}
    inter = rows[("docs_interagency_electronic", 2017)]
    assert inter.issuer == "UBND tỉnh Hòa Bình"
    assert (inter.level, inter.period) == ("province", "2017")
    assert inter.plan_value == 60
    assert (inter.national_value, inter.deadline) == (80, 2020)
    checked = check_paths([HOA_BINH], bundled(), as_of=AS_OF).plans[0]
    assessed = {(a.key, a.year): a for a in checked.assessments}
    national = assessed[("docs_interagency_electronic", 2017)].national
    assert national is not None
    assert inter.programme == national.programme
    assert inter.programme in checked.programmes
    assert inter.document == "Decision 1819/QĐ-TTg"
    assert inter.location.startswith("Điều 1, I.2")
    assert inter.evidence == "secondary"
    assert inter.outcome == "not-assessed"
    assert inter.codes == ()
    assert inter.gap is None
    # (80 - 60) / (2020 - 2017) points a year still needed.
    assert inter.required_gain == pytest.approx(20 / 3, abs=1e-6)
    assert inter.trajectory_class is None
    assert inter.trend_class is None
    assert not inter.methods_disagree
    assert inter.tone == "other"
    submitted = rows[("docs_submitted_electronic", 2017)]
    assert (submitted.plan_value, submitted.national_value) == (80, 100)
    assert submitted.required_gain == pytest.approx(20 / 3, abs=1e-6)


def test_illustrative_rows_by_hand(data: ReportData) -> None:
    rows = rows_of(data, ILLUSTRATIVE)
    # From the 2015 actual (35%) the straight line to 80% in 2020 needs 44, 53, 62, 71; 2016-2018
    # are also below 1605/QĐ-TTg's 60% for 2015, a floor that lasts (LV01, gaps 20, 15, 10).
    for year, value, gap in [(2016, 40, 20), (2017, 45, 15), (2018, 50, 10)]:
        r = rows[("docs_interagency_electronic", year)]
        codes = findings_at([ILLUSTRATIVE], ILLUSTRATIVE, "docs_interagency_electronic", year)
        assert (r.plan_value, r.outcome, r.codes) == (value, "below-national", codes)
        assert set(codes) == {"LV01", "TR01"}
        assert r.gap == pytest.approx(gap)
        assert r.severity == "error"
    r = rows[("docs_interagency_electronic", 2019)]
    assert (r.plan_value, r.outcome, r.codes) == (60, "off-path", ("TR01",))
    assert r.gap == pytest.approx(11)
    assert r.severity == "warning"
    assert r.tone == "warning"
    last = rows[("docs_interagency_electronic", 2020)]
    assert last.outcome == "below-national"
    assert last.codes == findings_at([ILLUSTRATIVE], ILLUSTRATIVE, last.key, 2020)
    assert len(last.codes) == 3
    assert last.gap == pytest.approx(5)
    assert (last.severity, last.tone) == ("error", "error")
    assert last.method == "sdsn-linear"
    # Plan path: 8 points a year (35 -> 75 over 2015-2020) against 9 needed.
    assert last.trajectory_class == "moderately-improving"
    assert last.trajectory_ratio == pytest.approx(8 / 9, abs=1e-6)
    # Actuals' trend: 5 points a year against (80 - 35) / 5 = 9 needed.
    assert last.trend_class == "moderately-improving"
    assert last.trend_ratio == pytest.approx(5 / 9, abs=1e-6)
    assert not last.methods_disagree
    missing = rows[("docs_submitted_electronic", 2020)]
    assert (missing.plan_value, missing.outcome) == (None, "missing")
    assert missing.codes == findings_at([ILLUSTRATIVE], ILLUSTRATIVE, missing.key, 2020)
    assert missing.national_value == 100
    late = rows[("services_level3", 2016)]
    assert (late.outcome, late.deadline) == ("late", 2016)
    assert late.codes == findings_at([ILLUSTRATIVE], ILLUSTRATIVE, late.key, 2016)
    assert late.document == "Resolution 36a/NQ-CP"
    assert rows[("services_level3", 2017)].tone == "ok"
    regression = rows[("officials_email", 2018)]
    assert (regression.outcome, regression.gap) == ("regression", 3)
    assert rows[("officials_email", 2016)].outcome == "no-national-target"


def test_eurostat_method_on_the_illustrative_plan(baselines: Baselines) -> None:
    data = build([ILLUSTRATIVE], baselines, as_of=AS_OF, method="eurostat", lang="en")
    last = rows_of(data, ILLUSTRATIVE)[("docs_interagency_electronic", 2020)]
    assert last.method == "eurostat-cagr"
    # 80% is below the near-limit bound: growth of the share itself.
    path = ((75 / 35) ** (1 / 5) - 1) / ((80 / 35) ** (1 / 5) - 1)
    trend = (35 / 30 - 1) / ((80 / 30) ** (1 / 6) - 1)
    assert last.trajectory_ratio == pytest.approx(path, abs=1e-6)  # 0.9152
    assert last.trend_ratio == pytest.approx(trend, abs=1e-6)  # 0.9377
    assert last.trajectory_class == last.trend_class == "moderately-improving"
    assert not last.methods_disagree


def test_vietnamese_document_names(baselines: Baselines) -> None:
    data = build([HOA_BINH], baselines, as_of=AS_OF, lang="vi")
    assert {r.document for r in data.rows} == {"Quyết định 1819/QĐ-TTg"}
    assert "cần tăng 6,7 điểm phần trăm mỗi năm" in data.rows[0].note


# --- pivots -------------------------------------------------------------------------------------


def test_pivot_by_indicator(data: ReportData) -> None:
    p = pivot(data, "indicator")
    groups = dict(p.groups)
    inter = groups["docs_interagency_electronic"]
    national = [r for r in inter if r.national]
    # 1605/QĐ-TTg's 60% for 2015 (a floor) and 1819/QĐ-TTg's 80% for 2020
    assert len(national) == 2
    assert national[0].cells[2015].value == 60
    assert national[1].cells[2020].value == 80
    by_issuer = {r.labels[1]: r for r in inter if not r.national}
    assert by_issuer["UBND tỉnh Hòa Bình"].cells[2017].value == 60
    ministry = by_issuer["Bộ (ví dụ minh họa)"].cells
    # the 2015 cell is the actual judged at 1605's deadline (AC01): no plan value
    assert {y: c.value for y, c in ministry.items() if y != 2015} == {
        2016: 40,
        2017: 45,
        2018: 50,
        2019: 60,
        2020: 75,
    }
    assert ministry[2020].tone == "error"
    # Kiên Giang leaves the 2020 target out: an empty cell, coloured as a warning.
    kien_giang = by_issuer["UBND tỉnh Kiên Giang"].cells[2020]
    assert (kien_giang.value, kien_giang.outcome, kien_giang.tone) == (None, "missing", "warning")
    assert p.years == sorted(p.years)
    assert {2016, 2017, 2020} <= set(p.years)


def test_pivot_by_plan(data: ReportData) -> None:
    p = pivot(data, "plan")
    groups = dict(p.groups)
    assert set(groups) == set(examples())
    keys = {r.labels[2]: r for r in groups[ILLUSTRATIVE]}
    assert keys["officials_email"].cells[2018].value == 92
    assert keys["services_level3"].cells[2016].value is None  # late: no value that year
    assert keys["services_level3"].cells[2016].outcome == "late"


# --- formats ------------------------------------------------------------------------------------


def test_csv_has_fixed_columns_and_numbers_with_a_point(tmp_path: Path) -> None:
    result = run(HOA_BINH, ILLUSTRATIVE, "-f", "csv", "--lang", "vi", "--as-of", "2024-01-01")
    assert result.exit_code == 0, result.stderr
    records = list(csv.reader(io.StringIO(result.stdout)))
    assert records[0] == COLUMNS
    body = [dict(zip(COLUMNS, r, strict=True)) for r in records[1:]]
    assert len(body) == sum(len(p.assessments) for p in build_plans([HOA_BINH, ILLUSTRATIVE]))
    first = body[0]
    assert first["issuer"] == "UBND tỉnh Hòa Bình"
    assert first["plan_value"] == "60"
    assert first["required_gain"] == "6.666667"
    assert first["outcome"] == "not-assessed"
    assert first["methods_disagree"] == "false"
    assert "#" not in result.stdout.splitlines()[0]  # no provenance lines: CSV stays pure


def test_csv_bom_and_pivot_columns() -> None:
    result = run(HOA_BINH, "-f", "csv", "--csv-bom", "--by", "indicator")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("\ufeffkey,issuer,level,national,2015,2017,2020")
    lines = result.stdout.splitlines()
    assert any(line.startswith("docs_interagency_electronic,UBND tỉnh Hòa Bình") for line in lines)


def test_markdown_has_provenance_and_pipe_tables() -> None:
    result = run(HOA_BINH, "-f", "markdown", "--lang", "en", "--as-of", "2024-01-01")
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert "## Provenance" in text
    assert f"egovcheck {__version__}" in text
    digest = hashlib.sha256(Path(HOA_BINH).read_bytes()).hexdigest()
    assert digest in text
    assert "| UBND tỉnh Hòa Bình | 2017 | docs_interagency_electronic | 2017 | 60% |" in text
    pivoted = run(HOA_BINH, "-f", "markdown", "--by", "plan", "--lang", "en").stdout
    assert "### " + HOA_BINH in pivoted


def test_xlsx_reads_back(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "report.xlsx"
    result = run(*examples(), "-f", "xlsx", "-o", str(out), "--lang", "en", "--by", "indicator")
    assert result.exit_code == 0, result.stderr
    assert not list(tmp_path.glob(".*.tmp"))  # the temporary file was renamed
    wb = openpyxl.load_workbook(out)
    sheets = [m.text(f"report.sheet.{k}", "en") for k in ("summary", "gap", "indicator", "plan")]
    assert wb.sheetnames == sheets
    assert wb.active.title == m.text("report.sheet.indicator", "en")
    gap = wb["Gap table"]
    assert gap.freeze_panes == "A2"
    assert gap.auto_filter.ref.startswith("A1:")
    headers = [c.value for c in gap[1]]
    assert headers == [m.header(f"report.col.{c}", "en") for c in COLUMNS]
    rows = list(gap.iter_rows(min_row=2, values_only=True))
    assert len(rows) == sum(len(p.assessments) for p in build_plans(examples()))
    col = {c: i for i, c in enumerate(COLUMNS)}
    hoa_binh = next(r for r in rows if r[col["issuer"]] == "UBND tỉnh Hòa Bình")
    assert isinstance(hoa_binh[col["plan_value"]], (int, float))
    assert hoa_binh[col["plan_value"]] == 60
    assert isinstance(hoa_binh[col["year"]], int)
    assert hoa_binh[col["location"]].startswith("Điều 1")
    # The outcome cell of an LV01 row is filled red, an achieved one green.
    fills: dict[str, set[str]] = {}
    by_outcome: dict[str, str] = {}
    for cells in gap.iter_rows(min_row=2):
        fills.setdefault(cells[col["outcome"]].value, set()).add(
            cells[col["outcome"]].fill.fgColor.rgb
        )
        by_outcome[cells[col["outcome"]].value] = cells[col["outcome"]].fill.fgColor.rgb
    assert any(f.endswith("FFC7CE") for f in fills["below national"])
    fills_last = by_outcome
    assert fills_last["achieved"].endswith("C6EFCE")
    assert fills_last["off path"].endswith("FFEB9C")
    assert gap.column_dimensions["B"].width > 10
    summary = [c for row in wb["Summary"].iter_rows(values_only=True) for c in row if c]
    assert hashlib.sha256(Path(HOA_BINH).read_bytes()).hexdigest() in summary
    pivot_sheet = wb["By indicator"]
    assert pivot_sheet.freeze_panes == "A2"
    assert any(
        isinstance(v, (int, float))
        for r in pivot_sheet.iter_rows(min_row=2, values_only=True)
        for v in r[4:]
    )


MY_DUC = str(EXAMPLES / "my-duc-2017.yaml")
PARENT = EXAMPLES / "parents" / "ha-noi-2017-illustrative.yaml"


@pytest.fixture
def parents(baselines: Baselines) -> list[Any]:
    """Hà Nội's plan as the parent of every plan of a report (``--against``)."""
    from egovcheck.run import read_parents

    return read_parents([PARENT], baselines)


@pytest.mark.parametrize(
    ("lang", "words", "national"),
    [
        ("vi", "thấp hơn kế hoạch cấp trên", "thấp hơn mức quốc gia"),
        ("en", "below the parent plan", "below national"),
    ],
)
def test_a_row_below_only_the_parent_plan_says_so(
    baselines: Baselines,
    parents: list[Any],
    tmp_path: Path,
    lang: str,
    words: str,
    national: str,
) -> None:
    from egovcheck.report.formats import RenderSettings, render

    data = build([MY_DUC], baselines, as_of=AS_OF, lang=lang, parents=parents)
    row = rows_of(data, MY_DUC)[("services_level3", 2017)]
    # The verdict is LV01's, as before; only the words of the outcome differ.
    assert (row.outcome, row.codes, row.severity, row.gap) == (
        "below-national",
        ("LV01",),
        "error",
        10,
    )
    assert row.programme == f"plan:{PARENT}"
    assert row.label == "below-parent"
    assert data.counts_by_outcome()["below-parent"] == 1
    assert "below-national" not in data.counts_by_outcome()
    settings = RenderSettings()
    markdown = str(render("markdown", data, settings))
    assert f"| {words} | LV01 |" in markdown
    assert f"| {words} | 1 |" in markdown  # the summary by outcome
    html = str(render("html", data, settings))
    assert f'<td class="error">{words}</td><td class="codes">LV01</td>' in html
    assert f'<span class="badge error">{words}: 1</span>' in html
    for text in (markdown, html):
        assert national not in text
    # CSV carries the outcome itself, unchanged.
    csv_rows = list(csv.DictReader(io.StringIO(str(render("csv", data, settings)))))
    assert [r["outcome"] for r in csv_rows if r["key"] == "services_level3"] == ["below-national"]
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "report.xlsx"
    out.write_bytes(bytes(render("xlsx", data, settings)))  # type: ignore[arg-type]
    wb = openpyxl.load_workbook(out)
    gap = list(wb[m.text("report.sheet.gap", lang)].iter_rows(values_only=True))
    col = {c: i for i, c in enumerate(COLUMNS)}
    shown = [r[col["outcome"]] for r in gap[1:] if r[col["key"]] == "services_level3"]
    assert shown == [words]
    summary = [r for r in wb[m.text("report.sheet.summary", lang)].iter_rows(values_only=True)]
    assert (words, 1) in [tuple(r[:2]) for r in summary]


def test_report_against_a_parent_plan_on_the_command_line(tmp_path: Path) -> None:
    prov = tmp_path / "prov.json"
    result = run(
        MY_DUC, "--against", str(PARENT), "-f", "csv", "--provenance", str(prov), "--lang", "en"
    )
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    level3 = [r for r in rows if r["key"] == "services_level3"]
    assert [(r["programme"], r["codes"], r["national_value"]) for r in level3] == [
        (f"plan:{PARENT}", "LV01", "50")
    ]
    # The parent's file, as read, is part of what the report rests on.
    (parent,) = json.loads(prov.read_text(encoding="utf-8"))["parents"]
    assert parent["file"] == str(PARENT)
    assert parent["sha256"] == hashlib.sha256(PARENT.read_bytes()).hexdigest()
    assert parent["targets"] == 3
    markdown = run(MY_DUC, "--against", str(PARENT), "--lang", "en").stdout
    assert "- Parent plans (--against): " in markdown
    assert f"| `{PARENT}` | `{parent['sha256']}` |" in markdown
    without = run(MY_DUC, "-f", "csv", "--lang", "en")
    assert not [r for r in csv.DictReader(io.StringIO(without.stdout)) if "plan:" in r["programme"]]


def test_report_refuses_a_parent_below_the_plan_or_as_its_output(tmp_path: Path) -> None:
    # A district's plan cannot be the parent of a province's (exit 2, both files named).
    result = run(HOA_BINH, "--against", MY_DUC, "--lang", "en")
    assert result.exit_code == 2
    assert "my-duc-2017.yaml" in result.stderr
    assert "hoa-binh-2017.yaml" in result.stderr
    missing = tmp_path / "missing.yaml"
    result = run(MY_DUC, "--against", str(missing), "--lang", "en")
    assert result.exit_code == 2
    assert "missing.yaml" in result.stderr
    parent = tmp_path / "parent.yaml"
    parent.write_bytes(PARENT.read_bytes())
    result = run(MY_DUC, "--against", str(parent), "-o", str(parent), "--lang", "en")
    assert result.exit_code == 2
    assert parent.read_bytes() == PARENT.read_bytes()


def test_a_row_below_a_national_floor_keeps_its_label(data: ReportData) -> None:
    # Without a parent plan nothing changes: the five LV01 rows of the examples (Kiên Giang's
    # meetings online, the ministry's inter-agency documents) are below national.
    below = [r.label for r in data.rows if r.outcome == "below-national"]
    assert below == ["below-national"] * 5
    assert "below-parent" not in data.counts_by_outcome()


def build_plans(paths: list[str]) -> list[Any]:
    return check_paths(paths, bundled(), as_of=AS_OF).plans


def test_xlsx_keeps_formula_like_text_as_text(tmp_path: Path, write_plan: Any) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    from tests.conftest import plan_document

    plan = write_plan(
        plan_document({"docs_interagency_electronic": {2017: 60}}, issuer="=HYPERLINK(1)")
    )
    out = tmp_path / "r.xlsx"
    result = run(str(plan), "-f", "xlsx", "-o", str(out), "--lang", "vi")
    assert result.exit_code == 0, result.stderr
    cell = openpyxl.load_workbook(out)[m.text("report.sheet.gap", "vi")]["B2"]
    # A text cell, and shown with a ' in front as in the CSV: copied into a cell, it stays text.
    assert (cell.value, cell.data_type) == ("'=HYPERLINK(1)", "s")


def test_xlsx_and_html_need_a_file() -> None:
    for fmt in ("xlsx", "html"):
        result = run(HOA_BINH, "-f", fmt)
        assert result.exit_code == 2
        assert "needs a file" in result.stderr


def test_missing_optional_dependency_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    result = run(HOA_BINH, "-f", "xlsx", "-o", "never-written.xlsx")
    assert result.exit_code == 2
    assert "pip install 'egovcheck[report]'" in result.stderr
    assert not Path("never-written.xlsx").exists()


def test_output_onto_a_plan_file_is_refused(tmp_path: Path, write_plan: Any) -> None:
    from tests.conftest import plan_document

    plan = write_plan(plan_document({"docs_interagency_electronic": {2017: 60}}))
    before = plan.read_bytes()
    result = run(str(plan), "-f", "csv", "-o", str(plan))
    assert result.exit_code == 2
    assert "would overwrite the input file" in result.stderr
    assert plan.read_bytes() == before


def test_standard_input_is_refused() -> None:
    result = run("-")
    assert result.exit_code == 2
    assert "standard input" in result.stderr


def test_unreadable_file_is_reported_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("plan: [", "utf-8")
    result = run(HOA_BINH, str(bad), "-f", "csv")
    assert result.exit_code == 2
    assert "UBND tỉnh Hòa Bình" in result.stdout
    assert "bad.yaml" in result.stderr


def test_html_is_self_contained_with_one_chart_per_key(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    pytest.importorskip("jinja2")
    out = tmp_path / "r.html"
    paths = [*examples(), PROVINCE_A, PROVINCE_B]
    result = run(*paths, "-f", "html", "-o", str(out), "--lang", "en", "--as-of", "2024-01-01")
    assert result.exit_code == 0, result.stderr
    html = out.read_text("utf-8")
    # One chart per key with values of its own: the plan's targets or its actuals.
    data = build(paths, _bundled(), as_of=AS_OF)
    keys = set(data.series)
    assert {r.key for r in data.rows if r.plan_value is not None} <= keys
    for key in keys:
        assert f'id="chart-{key.replace(".", "-")}"' in html
    assert html.count('class="egov-chart"') == len(keys)
    assert "<script" not in html
    assert "http://" not in html.replace("http://www.w3.org/", "")
    assert "https://" not in html
    assert "UBND tỉnh Hòa Bình" in html
    assert "<text" in html  # svg.fonttype none: text stays text
    # Plan text is escaped, not markup.
    assert "Bộ (ví dụ minh họa)" in html


def _bundled() -> Baselines:
    return bundled()


def test_html_escapes_plan_text(tmp_path: Path, write_plan: Any) -> None:
    pytest.importorskip("matplotlib")
    from tests.conftest import plan_document

    plan = write_plan(
        plan_document({"docs_interagency_electronic": {2017: 60}}, issuer="<script>x</script>")
    )
    out = tmp_path / "r.html"
    result = run(str(plan), "-f", "html", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    html = out.read_text("utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html


# --- provenance ---------------------------------------------------------------------------------


def test_provenance_hashes_match_the_files(data: ReportData, baselines: Baselines) -> None:
    p = data.provenance
    assert p["tool"] == {"name": "egovcheck", "version": __version__}
    assert p["baselines_checksum"] == baselines.checksum
    assert len(p["baselines_checksum"]) == 64
    assert p["as_of"] == "2024-01-01"
    assert p["as_of_given"]
    assert [i["file"] for i in p["inputs"]] == examples()
    for i in p["inputs"]:
        assert i["sha256"] == hashlib.sha256(Path(i["file"]).read_bytes()).hexdigest()
        assert i["status"] == "checked"
    used = {pid for plan in data.report.plans for pid in plan.programmes}
    assert [x["id"] for x in p["programmes"]] == [q.id for q in baselines.ordered() if q.id in used]
    assert len(used) >= 2
    assert p["method"] == {
        "name": "sdsn-linear",
        "thresholds": {"on_track_at": 1.0, "moderately_improving_at": 0.5, "stagnating_at": 0.0},
    }
    assert p["compared_with"]["name"] == "eurostat-cagr"
    assert p["compared_with"]["thresholds"]["significant_progress_at"] == 0.95


def test_provenance_file(tmp_path: Path) -> None:
    out = tmp_path / "prov.json"
    result = run(HOA_BINH, "-f", "csv", "--provenance", str(out), "--method", "eurostat")
    assert result.exit_code == 0, result.stderr
    p = json.loads(out.read_text("utf-8"))
    assert p["method"]["name"] == "eurostat-cagr"
    assert not p["as_of_given"]
    assert p["inputs"][0]["sha256"] == hashlib.sha256(Path(HOA_BINH).read_bytes()).hexdigest()


# --- the Eurostat method, by hand ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("ratio", "expected"),
    [
        (1.3, PaceClass.ON_TRACK),
        (0.95, PaceClass.ON_TRACK),  # exactly on the bound: the better class
        (0.95 - 1e-12, PaceClass.ON_TRACK),  # float noise is rounded away
        (0.9499, PaceClass.MODERATE),
        (0.6, PaceClass.MODERATE),
        (0.5999, PaceClass.STAGNATING),
        (0.0, PaceClass.STAGNATING),
        (-1e-12, PaceClass.STAGNATING),
        (-0.01, PaceClass.DECREASING),
    ],
)
def test_eurostat_thresholds(ratio: float, expected: PaceClass) -> None:
    assert eurostat.classify(ratio) is expected


def test_eurostat_share_growth() -> None:
    # 40% (2015) -> 50% (2017), 80% due 2020: CAGR 11.80% a year against 14.87% needed.
    r = eurostat.assess(2015, 40, 2017, 50, 80, 2020)
    assert r is not None
    assert not r.complement
    assert r.observed == pytest.approx(0.118034, abs=1e-6)
    assert r.required == pytest.approx(0.148698, abs=1e-6)
    assert r.ratio == pytest.approx(0.793786, abs=1e-5)
    assert r.pace_class is PaceClass.MODERATE


def test_eurostat_exact_ratios() -> None:
    # 20 -> 40 in one year, 80 due a year later: +100% a year observed and required.
    r = eurostat.assess(2018, 20, 2019, 40, 80, 2020)
    assert r is not None
    assert r.ratio == pytest.approx(1.0)
    assert r.pace_class is PaceClass.ON_TRACK
    flat = eurostat.assess(2018, 40, 2019, 40, 80, 2020)
    assert flat is not None
    assert flat.ratio == 0
    assert flat.pace_class is PaceClass.STAGNATING
    down = eurostat.assess(2018, 40, 2019, 30, 80, 2020)
    assert down is not None
    assert down.ratio is not None
    assert down.ratio < 0
    assert down.pace_class is PaceClass.DECREASING


def test_eurostat_near_the_limit_uses_the_distance_to_100() -> None:
    # Target exactly 90%: the complement. Distance 50 -> 30 over 2 years, 10 needed by 2020.
    near = eurostat.assess(2015, 50, 2017, 70, 90, 2020)
    assert near is not None
    assert near.complement
    assert near.observed == pytest.approx((30 / 50) ** 0.5 - 1)  # -22.5% a year
    assert near.required == pytest.approx((10 / 50) ** 0.2 - 1)  # -27.5% a year
    assert near.ratio == pytest.approx(0.818992, abs=1e-6)
    assert near.pace_class is PaceClass.MODERATE
    # Just below the bound, the same series is judged on the share itself: on track.
    far = eurostat.assess(2015, 50, 2017, 70, 89.9, 2020)
    assert far is not None
    assert not far.complement
    assert far.ratio == pytest.approx((1.4**0.5 - 1) / ((89.9 / 50) ** 0.2 - 1))
    assert far.pace_class is PaceClass.ON_TRACK


def test_eurostat_target_100_requires_closing_the_whole_distance() -> None:
    # 80% -> 90% (2015-2017), 100% due 2020: the distance halves in 2 years (-29.3% a year)
    # where it must fall to zero (-100%): ratio 0.29, insufficient progress.
    r = eurostat.assess(2015, 80, 2017, 90, 100, 2020)
    assert r is not None
    assert r.complement
    assert r.required == pytest.approx(-1.0)
    assert r.ratio == pytest.approx(1 - 0.5**0.5)
    assert r.pace_class is PaceClass.STAGNATING
    reached = eurostat.assess(2015, 80, 2017, 100, 100, 2020, met=True)
    assert reached is not None
    assert reached.ratio == pytest.approx(1.0)
    assert reached.pace_class is PaceClass.ON_TRACK


def test_eurostat_edge_cases() -> None:
    assert eurostat.assess(2015, 0, 2017, 20, 80, 2020) is None  # growth from zero
    assert eurostat.assess(2017, 40, 2017, 50, 80, 2020) is None  # no year between
    met = eurostat.assess(2015, 85, 2017, 84, 80, 2020, met=True)
    assert met is not None
    assert met.ratio is None
    assert met.pace_class is PaceClass.ON_TRACK
    fell = eurostat.assess(2015, 85, 2017, 70, 80, 2020)
    assert fell is not None
    assert fell.pace_class is PaceClass.DECREASING
    at_limit = eurostat.assess(2015, 100, 2017, 95, 100, 2020)
    assert at_limit is not None
    assert at_limit.pace_class is PaceClass.DECREASING


# --- the methods disagree -----------------------------------------------------------------------


def test_methods_disagree_flag(progress: ReportData) -> None:
    rows = rows_of(progress, PROVINCE_B)
    inter = rows[("docs_interagency_electronic", 2020)]
    # SDSN: (50 - 22) / 5 = 5.6 a year against (80 - 22) / 5 = 11.6: 0.483, stagnating.
    assert inter.trajectory_class == "stagnating"
    assert inter.trajectory_ratio == pytest.approx(5.6 / 11.6, abs=1e-6)
    # Eurostat: ((50/22)^(1/5) - 1) / ((80/22)^(1/5) - 1) = 0.606, moderate progress.
    assert inter.methods_disagree
    assert "The methods disagree on the plan's path" in inter.note
    assert "Eurostat CAGR moderately improving (moderate progress, ratio 60.6%)" in inter.note
    assert "SDSN linear stagnating (ratio 48.3%)" in inter.note
    submitted = rows[("docs_submitted_electronic", 2020)]
    assert submitted.trajectory_class == "moderately-improving"
    assert submitted.methods_disagree
    assert "on the distance to 100%" in submitted.note
    a = rows_of(progress, PROVINCE_A)
    assert not a[("docs_interagency_electronic", 2020)].methods_disagree
    assert a[("docs_submitted_electronic", 2020)].methods_disagree  # the actuals' trend
    eu = build([PROVINCE_B], _bundled(), as_of=AS_OF, method="eurostat", lang="en")
    inter_eu = rows_of(eu, PROVINCE_B)[("docs_interagency_electronic", 2020)]
    assert inter_eu.trajectory_class == "moderately-improving"
    assert inter_eu.trajectory_ratio == pytest.approx(
        ((50 / 22) ** 0.2 - 1) / ((80 / 22) ** 0.2 - 1), abs=1e-6
    )


def test_hoa_binh_and_examples_agree(data: ReportData) -> None:
    assert not any(r.methods_disagree for r in data.rows)


def test_chart_keeps_at_most_n_lines(progress: ReportData) -> None:
    from egovcheck.report.formats.charts import pick

    series = progress.series["docs_interagency_electronic"]
    shown, rest = pick(series, 1)
    assert len(shown) == 1
    assert len(rest) == len(series) - 1
    assert shown[0].file == PROVINCE_B  # the worst plan is drawn as a line


# --- self-contained tables ----------------------------------------------------------------------


def test_csv_carries_each_national_targets_wording_and_references() -> None:
    result = run(HOA_BINH, ILLUSTRATIVE, "-f", "csv", "--lang", "vi", "--as-of", "2024-01-01")
    assert result.exit_code == 0, result.stderr
    records = list(csv.reader(io.StringIO(result.stdout)))
    assert records[0][-2:] == ["source_wording", "source_refs"]
    body = [dict(zip(COLUMNS, r, strict=True)) for r in records[1:]]
    first = body[0]
    assert first["source_wording"].startswith("80% văn bản trao đổi giữa các cơ quan nhà nước")
    assert first["source_refs"].startswith("Cục Tin học hóa, Bộ TT&TT")
    for row in body:
        # A row with a national target carries its wording; one without carries nothing.
        assert bool(row["source_wording"]) == bool(row["national_value"]), row
        assert bool(row["source_refs"]) == bool(row["national_value"]), row


def test_notes_keep_their_parts_apart(progress: ReportData) -> None:
    rows = rows_of(progress, PROVINCE_B)
    inter = rows[("docs_interagency_electronic", 2020)]
    parts = inter.note.split(" | ")
    assert len(parts) >= 2
    assert parts[-1].startswith("The methods disagree on the plan's path")
    assert all(p.strip() == p and p for p in parts)


def test_xlsx_carries_each_national_targets_wording(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "report.xlsx"
    assert run(HOA_BINH, "-f", "xlsx", "-o", str(out), "--lang", "en").exit_code == 0
    gap = openpyxl.load_workbook(out)["Gap table"]
    headers = [c.value for c in gap[1]]
    assert headers[-2:] == ["Source wording", "Source references"]
    first = next(gap.iter_rows(min_row=2, values_only=True))
    assert str(first[-2]).startswith("80% văn bản trao đổi")
    assert str(first[-1]).startswith("Cục Tin học hóa")
