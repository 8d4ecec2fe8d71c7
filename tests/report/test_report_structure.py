"""The report package's shape: its format registry, its imports, and its texts in both languages."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egovcheck import messages as m
from egovcheck.cli.app import app
from egovcheck.report.formats import MODULES, ReportFormat, module
from tests.conftest import EXAMPLES, ROOT

REPORT = ROOT / "src" / "egovcheck" / "report"
HOA_BINH = str(EXAMPLES / "hoa-binh-2017.yaml")
ILLUSTRATIVE = str(EXAMPLES / "illustrative-ministry-2016-2020.yaml")
PROVINCE_B = str(EXAMPLES / "progress" / "illustrative-province-b-2016-2020.yaml")

runner = CliRunner()


def _modules() -> list[Path]:
    return sorted(REPORT.rglob("*.py"))


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top, in functions or under TYPE_CHECKING."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
    return out


# --- the format registry ------------------------------------------------------------------------


def test_the_format_choices_come_from_the_registry() -> None:
    assert [f.value for f in ReportFormat] == list(MODULES)
    for fmt in MODULES:
        mod = module(fmt)
        assert callable(mod.render)
        assert callable(mod.require)
        assert isinstance(mod.NEEDS_FILE, bool)
    help_text = runner.invoke(app, ["report", "--help"], env={"COLUMNS": "200"}).stdout
    assert "|".join(MODULES) in help_text


# --- layers -------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(REPORT)))
def test_report_imports_no_cli_typer_or_formatters(path: Path) -> None:
    """report/ sits beside formatters/, below the command line; only the command uses typer."""
    imported = _imports(path)
    assert not {i for i in imported if i.startswith("egovcheck.formatters")}
    assert "egovcheck.cli" not in imported
    assert not {i for i in imported if i.startswith("egovcheck.cli.")}
    if path.name != "command.py" or path.parent != REPORT:
        assert "typer" not in imported
        assert "egovcheck.options" not in imported
        assert not {i for i in imported if i.startswith("egovcheck.report.command")}


def _text_pairs(path: Path) -> list[int]:
    """Lines holding ``"text" if <language test> else "text"``: texts that bypass messages/."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.IfExp):
            continue
        sides = (node.body, node.orelse)
        if all(isinstance(s, (ast.Constant, ast.JoinedStr)) for s in sides) and all(
            not isinstance(s, ast.Constant) or (isinstance(s.value, str) and s.value) for s in sides
        ):
            test = ast.unparse(node.test)
            if any(word in test for word in ("lang", "vi", "en")):
                lines.append(node.lineno)
    return lines


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(REPORT)))
def test_no_inline_pairs_of_texts(path: Path) -> None:
    assert _text_pairs(path) == []
    source = path.read_text("utf-8")
    assert 'lang == "vi"' not in source
    assert "[en]" not in source


# --- the real command ---------------------------------------------------------------------------


def test_python_m_egovcheck_report_runs_the_registered_command() -> None:
    env = {"EGOVCHECK_LANG": "en", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-m", "egovcheck", "report", HOA_BINH, "-f", "csv", "--lang", "vi"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("file,issuer,")
    plans, rows = 1, len(done.stdout.splitlines()) - 1
    assert done.stderr.strip() == m.text("report.summary", "vi", plans=plans, rows=rows) + "."


@pytest.mark.parametrize("lang", m.LANGS)
def test_errors_follow_the_report_language(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    other = next(x for x in m.LANGS if x != lang)
    monkeypatch.setenv("EGOVCHECK_LANG", other)
    result = runner.invoke(app, ["report", HOA_BINH, "-f", "xlsx", "--lang", lang])
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: " + m.text("report.needs_file", lang, format="xlsx")
    stdin = runner.invoke(app, ["report", "-", "--lang", lang])
    assert stdin.exit_code == 2
    assert m.text("report.no_stdin", lang) in stdin.stderr


@pytest.mark.parametrize("lang", m.LANGS)
def test_unreadable_files_and_summary_in_the_report_language(
    lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from egovcheck.errors import msg

    monkeypatch.setenv("EGOVCHECK_LANG", next(x for x in m.LANGS if x != lang))
    missing = tmp_path / "gone.yaml"
    args = ["report", HOA_BINH, PROVINCE_B, str(missing), "-f", "csv", "--lang", lang]
    result = runner.invoke(app, [*args, "--as-of", "2024-01-01"])
    assert result.exit_code == 2
    assert f"{missing}: {m.render(msg('file.missing'), lang)}" in result.stderr
    assert m.text("report.summary", lang, plans=2, rows=len(result.stdout.splitlines()) - 1) in (
        result.stderr
    )
    assert m.text("report.summary.disagree", lang, n=2) in result.stderr


def _report_texts(lang: str) -> dict[str, str]:
    """The report's own texts of ``lang`` that the other language says differently.

    Only texts of several words and without placeholders: enough to be searched for.
    """
    other = next(x for x in m.LANGS if x != lang)
    mine, theirs = m.catalogue(lang).TEXT, m.catalogue(other).TEXT
    return {
        k: v
        for k, v in mine.items()
        if k.startswith("report.") and "{" not in v and " " in v and v != theirs[k]
    }


@pytest.mark.parametrize("lang", m.LANGS)
def test_html_page_and_charts_speak_one_language(lang: str, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    pytest.importorskip("jinja2")
    other = next(x for x in m.LANGS if x != lang)
    out = tmp_path / "r.html"
    paths = [HOA_BINH, ILLUSTRATIVE, PROVINCE_B]
    result = runner.invoke(
        app, ["report", *paths, "-f", "html", "-o", str(out), "--lang", lang, "--chart-lines", "1"]
    )
    assert result.exit_code == 0, result.stderr
    html = out.read_text("utf-8")
    for key in ("report.html.title", "report.chart.median", "report.chart.required"):
        assert m.text(key, lang) in html
    assert m.text("report.chart.band", lang, n=2) in html  # the charts' legend
    foreign = [k for k, v in _report_texts(other).items() if v in html]
    assert foreign == []


@pytest.mark.parametrize("lang", m.LANGS)
def test_markdown_pivot_speaks_one_language(lang: str) -> None:
    other = next(x for x in m.LANGS if x != lang)
    result = runner.invoke(
        app, ["report", HOA_BINH, PROVINCE_B, "-f", "markdown", "--by", "indicator", "--lang", lang]
    )
    assert result.exit_code == 0, result.stderr
    assert f"## {m.text('report.by.indicator', lang)}" in result.stdout
    assert m.text("report.national_row", lang, document="") in result.stdout
    foreign = [k for k, v in _report_texts(other).items() if v in result.stdout]
    assert foreign == []


def test_the_html_report_opens_with_the_summary_and_the_charts(tmp_path: Path) -> None:
    """An auditor sees the summary and the charts first, then the table."""
    out = tmp_path / "report.html"
    plans = [str(p) for p in sorted((EXAMPLES / "progress").glob("*.yaml"))]
    result = CliRunner().invoke(app, ["report", *plans, "-f", "html", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    html = out.read_text("utf-8")
    order = [html.index(f'<section id="{s}">') for s in ("summary", "charts", "table")]
    assert order == sorted(order)
