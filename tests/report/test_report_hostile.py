"""Hostile plan text through ``egovcheck report``: shown literally, never run, never fatal."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from egovcheck.cli.app import app
from tests.conftest import EXAMPLES

runner = CliRunner()
HOA_BINH = EXAMPLES / "hoa-binh-2017.yaml"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(autouse=True)
def _outside_the_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run where no .egovcheck.yaml or [tool.egovcheck] can be discovered."""
    monkeypatch.chdir(tmp_path)


def plan(issuer: str, title: str = "Kế hoạch thử", name: str = "Mục tiêu riêng") -> str:
    """A valid plan whose issuer, title and local target's name are ``issuer``, ``title``..."""

    def q(text: str) -> str:
        return (
            '"' + "".join(c if c.isalnum() or c == " " else f"\\U{ord(c):08x}" for c in text) + '"'
        )

    return (
        f"plan:\n  title: {q(title)}\n  issuer: {q(issuer)}\n  level: province\n"
        "  period: 2017\ntargets:\n  docs_interagency_electronic: {2017: 60}\n"
        f"local_targets:\n  - {{name: {q(name)}, year: 2017, value: 5}}\n"
    )


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def report(*args: str) -> Any:
    return runner.invoke(app, ["report", "--lang", "en", *args])


HOSTILE_ISSUER = "=1+1|`x` <b>\x1b[31m\n::error::forged"


def assert_csv_safe(text: str) -> list[list[str]]:
    assert "\x1b" not in text
    for line in re.split(r"\r\n|\n|\r", text):
        assert not line.lstrip().startswith("::"), line
    rows = list(csv.reader(io.StringIO(text)))
    for row in rows:
        for cell in row:
            if cell.startswith(FORMULA_START):
                float(cell)  # only a number may start with "-" (or "+")
    return rows


@pytest.mark.parametrize("by", [None, "indicator", "plan"])
def test_report_csv_cells_never_start_a_formula(tmp_path: Path, by: str | None) -> None:
    path = write(tmp_path, "=HYPERLINK(1).yaml", plan(HOSTILE_ISSUER))
    result = report(path.name, "-f", "csv", *(["--by", by] if by else []))
    assert result.exit_code == 0, result.stderr
    rows = assert_csv_safe(result.stdout)
    cells = {cell for row in rows for cell in row}
    assert any(c.startswith("'=1+1|`x`") and "\\x1b[31m" in c for c in cells), cells
    if by != "indicator":
        assert "'=HYPERLINK(1).yaml" in cells, cells


def test_report_csv_keeps_negative_numbers(tmp_path: Path) -> None:
    result = report(str(HOA_BINH), "-f", "csv", "--as-of", "2024-01-01")
    assert result.exit_code == 0, result.stderr
    assert_csv_safe(result.stdout)
    assert "'" not in "".join(c[:1] for row in csv.reader(io.StringIO(result.stdout)) for c in row)


@pytest.mark.parametrize("by", [None, "indicator", "plan"])
def test_report_markdown_shows_plan_text_literally(tmp_path: Path, by: str | None) -> None:
    path = write(tmp_path, "a`b|c.yaml", plan(HOSTILE_ISSUER))
    result = report(str(path), "-f", "markdown", *(["--by", by] if by else []))
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert "\x1b" not in text
    assert "<b>" not in text
    assert "forged" in text
    for line in text.splitlines():
        assert not line.lstrip().startswith("::"), line
        if line.startswith("|"):
            # Every table row has as many unescaped column breaks as the header.
            assert "|`x`" not in line
    # The file name with a backtick is not put in a code span it would end.
    assert "`a`b|c.yaml`" not in text
    assert "a\\`b\\|c.yaml" in text


def test_report_markdown_error_line_cannot_break_out(tmp_path: Path) -> None:
    good = write(tmp_path, "good.yaml", HOA_BINH.read_text("utf-8"))
    bad = write(tmp_path, "b`ad\n::error::x.yaml", "plan: [\n")
    result = report(good.name, bad.name, "-f", "markdown")
    assert result.exit_code == 2
    for line in result.stdout.splitlines():
        assert not line.lstrip().startswith("::"), line
    assert "`b`ad" not in result.stdout


def xlsx_strings(path: Path) -> list[Any]:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.load_workbook(path)
    return [c for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def test_report_xlsx_holds_what_xml_cannot(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    path = write(tmp_path, "plan.yaml", plan("UBND \uffff\ufffe\x07 \u2028x"))
    out = tmp_path / "report.xlsx"
    result = report(str(path), "-f", "xlsx", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    values = {c.value for c in xlsx_strings(out)}
    assert "UBND \\uffff\\ufffe\\x07 \\u2028x" in values, values


def test_report_xlsx_text_never_starts_a_formula(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    path = write(tmp_path, "@p.yaml", plan("=1+1", name="+SUM(A1)"))
    out = tmp_path / "report.xlsx"
    result = report(path.name, "-f", "xlsx", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    cells = xlsx_strings(out)
    for c in cells:
        assert c.data_type == "s", (c.coordinate, c.value)
        assert not c.value.startswith(FORMULA_START), (c.parent.title, c.coordinate, c.value)
    values = {c.value for c in cells}
    assert "'=1+1" in values


@pytest.mark.parametrize("as_of", [[], ["--as-of", "2024-01-01"]], ids=["today", "as-of"])
def test_report_xlsx_is_byte_reproducible(tmp_path: Path, as_of: list[str]) -> None:
    import time
    import zipfile

    pytest.importorskip("openpyxl")
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert report(str(HOA_BINH), "-f", "xlsx", "-o", str(first), *as_of).exit_code == 0
    time.sleep(1.1)  # openpyxl's stamps are to the second (zip entry dates to two)
    assert report(str(HOA_BINH), "-f", "xlsx", "-o", str(second), *as_of).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as z:
        core = z.read("docProps/core.xml").decode()
        assert len({i.date_time for i in z.infolist()}) == 1
    if as_of:
        assert core.count(">2024-01-01T00:00:00Z<") == 2, core


@pytest.mark.parametrize("fmt", ["markdown", "csv", "xlsx"])
def test_a_plan_that_cannot_be_rendered_is_a_problem_and_the_others_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    from egovcheck.report import rows

    pytest.importorskip("openpyxl")
    real = rows.Row.value

    def value(self: Any, column: str) -> Any:
        if self.issuer == "UBND BAD":
            raise RuntimeError("cannot show \x1b[31m this")
        return real(self, column)

    def cells(self: Any, lang: str) -> Any:
        raise RuntimeError("cannot show \x1b[31m this")

    monkeypatch.setattr(rows.Row, "value", value)
    import egovcheck.report.formats.markdown as md

    real_cells = md._row_cells
    monkeypatch.setattr(
        md,
        "_row_cells",
        lambda r, lang: cells(r, lang) if r.issuer == "UBND BAD" else real_cells(r, lang),
    )
    good = write(tmp_path, "good.yaml", plan("UBND Good"))
    bad = write(tmp_path, "bad.yaml", plan("UBND BAD"))
    out = tmp_path / f"report.{fmt}"
    result = report(good.name, bad.name, "-f", fmt, "-o", str(out))
    assert result.exit_code == 2, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith("error: bad.yaml: "), errors
    assert "RuntimeError" in errors[0]
    assert "\x1b" not in result.stderr
    assert out.exists()
    if fmt == "xlsx":
        shown = "\n".join(str(c.value) for c in xlsx_strings(out))
    else:
        shown = out.read_text("utf-8")
    assert "UBND Good" in shown
    assert "UBND BAD" not in shown


def test_html_report_shows_a_mathtext_issuer_literally(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    path = write(tmp_path, "plan.yaml", plan("$\\frac{1}$"))
    out = tmp_path / "report.html"
    result = report(path.name, "-f", "html", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert "$\\frac{1}$" in out.read_text("utf-8")
