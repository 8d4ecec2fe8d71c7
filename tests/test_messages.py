"""Vietnamese and English text: every code has a sentence in both; numbers; the language."""

from __future__ import annotations

import pytest

from egovcheck import messages as m
from egovcheck.baselines import Baselines
from egovcheck.checks import CHECKS
from egovcheck.engine import check_paths
from egovcheck.formatters import MODULES, Format, RenderOptions, renderer
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def findings(baselines: Baselines, tmp_path_factory: pytest.TempPathFactory) -> list:
    waivers = tmp_path_factory.mktemp("w") / "waivers.yaml"
    waivers.write_text(
        "waivers:\n"
        "  - {code: LV01, key: officials_email, year: 2017, reason: unused}\n"
        "  - {code: LV1, key: officials_email, reason: unknown code}\n",
        "utf-8",
    )
    report = check_paths(
        [str(EXAMPLES / "illustrative-ministry-2016-2020.yaml")],
        baselines,
        waiver_files=[str(waivers)],
    )
    return report.findings


def test_every_code_has_a_sentence_in_both_languages(findings: list) -> None:
    assert {f.code for f in findings} == set(CHECKS)
    for f in findings:
        vi, en = m.message(f, "vi"), m.message(f, "en")
        assert vi != en
        assert vi != f.code
        assert en != f.code
        if f.year is not None:
            assert str(f.year) in vi
            assert str(f.year) in en
        assert "the plan" not in vi.lower()
        assert "kế hoạch" not in en.lower()


def test_messages_cite_the_document_and_place(findings: list) -> None:
    for f in findings:
        if f.national is not None:
            assert "Quyết định" in m.message(f, "vi") or "Nghị quyết" in m.message(f, "vi")
            assert f.national.location in m.message(f, "en")


def test_unconfirmed_is_said(findings: list) -> None:
    from dataclasses import replace

    f = replace(findings[0], unconfirmed=True)
    assert "chưa được xác nhận" in m.message(f, "vi")
    assert "unconfirmed" in m.message(f, "en")


@pytest.mark.parametrize(
    ("value", "lang", "digits", "text"),
    [
        (6.6666, "vi", 1, "6,7"),
        (6.6666, "en", 1, "6.7"),
        (80.0, "vi", 1, "80"),
        (6.25, "en", 2, "6.25"),
        (-0.0001, "en", 1, "0"),
        (None, "en", 1, "–"),
    ],
)
def test_num(value: float | None, lang: str, digits: int, text: str) -> None:
    assert m.num(value, lang, digits) == text


def test_pct_qualifiers() -> None:
    assert m.pct(80, "at_least", "en") == "≥ 80%"
    assert m.pct(50, "more_than", "vi") == "> 50%"
    assert m.pct(85.5, None, "vi") == "85,5%"


@pytest.mark.parametrize(
    ("option", "env", "lang"),
    [
        ("en", {"EGOVCHECK_LANG": "vi"}, "en"),
        (None, {"EGOVCHECK_LANG": "en"}, "en"),
        (None, {"LANG": "vi_VN.UTF-8"}, "vi"),
        (None, {"LANG": "en_US.UTF-8"}, "en"),
        (None, {"LANG": "fr_FR.UTF-8"}, "vi"),
        (None, {}, "vi"),
        (None, {"EGOVCHECK_LANG": "fr", "LANG": "en_US"}, "en"),
    ],
)
def test_resolve_lang(
    option: str | None, env: dict[str, str], lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LANG", raising=False)
    monkeypatch.delenv("EGOVCHECK_LANG", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert m.resolve_lang(option) == lang


def test_every_label_has_both_languages() -> None:
    from egovcheck.messages import en, vi

    for table in ("LABELS", "HEADERS", "TEXT"):
        vi_table, en_table = getattr(vi, table), getattr(en, table)
        assert set(vi_table) == set(en_table), (table, set(vi_table) ^ set(en_table))
        assert all(vi_table.values()), table
        assert all(en_table.values()), table


# --- formatter registry -----------------------------------------------------------------------


def test_every_format_has_a_formatter() -> None:
    assert set(MODULES) == set(Format)
    for fmt in Format:
        assert callable(renderer(fmt))


def test_rich_table_keeps_vietnamese(baselines: Baselines) -> None:
    report = check_paths([str(EXAMPLES / "kien-giang-2017.yaml")], baselines)
    text = renderer(Format.TABLE)(report, RenderOptions("vi", baselines, color=True, width=200))
    assert "\x1b[" in text
    assert "UBND tỉnh Kiên Giang" in text
    assert "thiếu chỉ tiêu" in text


def _placeholders(template: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_fill_the_same_values() -> None:
    """A message's facts are the same in every language: only the sentence differs."""
    from egovcheck.messages import en, vi

    for key, template in en.TEXT.items():
        assert _placeholders(template) == _placeholders(vi.TEXT[key]), key


def _keys_used_in_source() -> set[str]:
    """Every message key named in a msg(), problem() or text() call under src/."""
    import ast

    from tests.conftest import ROOT

    keys = set()
    for path in (ROOT / "src" / "egovcheck").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            position = {"msg": 0, "text": 0, "problem": 1}.get(name or "")
            if position is None or len(node.args) <= position:
                continue
            arg = node.args[position]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                keys.add(arg.value)
    return keys


def test_every_message_key_in_the_code_has_a_text() -> None:
    from egovcheck.messages import en

    used = _keys_used_in_source()
    assert len(used) > 40
    assert not used - set(en.TEXT), sorted(used - set(en.TEXT))


def test_vietnamese_error_texts_are_vietnamese() -> None:
    """Rendered with placeholder values, no Vietnamese sentence keeps an English phrase."""
    from egovcheck.messages import vi

    for key, template in vi.TEXT.items():
        filled = template.format(**dict.fromkeys(_placeholders(template), "X"))
        outside_quotes = " ".join(filled.split("'")[0::2]).lower()
        for word in (" must ", "unknown", "did you mean", " outside", "is missing", "cannot "):
            assert word not in f" {outside_quotes} ", (key, word)


def test_a_message_renders_its_hints_in_the_language() -> None:
    from egovcheck.errors import msg

    message = msg("plan.unknown_indicator", name="docs_x", suggestion="docs_y")
    assert m.render(message, "en") == "unknown indicator 'docs_x'; did you mean 'docs_y'?"
    assert m.render(message, "vi") == (
        "không có chỉ tiêu 'docs_x' trong danh mục; có phải là 'docs_y'?"
    )
    nested = msg("file.cannot_read", reason=msg("file.not_utf8"))
    assert m.render(nested, "vi") == "không đọc được: không phải văn bản UTF-8"


def test_every_help_key_is_in_both_languages() -> None:
    """Every help text the command line names (``h("help....")``) is written in vi and en."""
    import ast

    from egovcheck.messages import en, vi
    from tests.conftest import ROOT

    keys = set()
    for path in (ROOT / "src" / "egovcheck" / "cli").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "h":
                keys.add(ast.literal_eval(node.args[0]))
    assert len(keys) > 30
    for table in (vi.TEXT, en.TEXT):
        assert not keys - set(table), sorted(keys - set(table))


def test_help_follows_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess
    import sys

    for lang, phrase in (("vi", "Kiểm tra các tệp kế hoạch"), ("en", "Check plan files")):
        env = {"EGOVCHECK_LANG": lang, "PATH": "/usr/bin:/bin"}
        out = subprocess.run(
            [sys.executable, "-m", "egovcheck", "check", "--help"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        ).stdout
        assert phrase in out


def test_num_keeps_zeros_of_whole_numbers() -> None:
    assert m.num(100, "vi", 0) == "100"
    assert m.num(50, "en", 0) == "50"
    assert m.num(50.0, "en", 2) == "50"


def test_every_check_is_explained_in_vietnamese() -> None:
    """``explain`` in Vietnamese mode prints Vietnamese: every check code has its text."""
    from egovcheck.messages import vi
    from egovcheck.views.explain import render

    assert set(vi.EXPLAIN) == set(CHECKS)
    for code, check in CHECKS.items():
        text = render(check, "vi")
        assert vi.EXPLAIN[code] in text
        assert check.doc.splitlines()[0] not in text  # not the English docstring
