"""Usage errors from their facts: the command line read for what the parser does not say."""

from __future__ import annotations

from pathlib import Path

from egovcheck.messages import render
from egovcheck.views import usage as tell

FAIL_ON = tell.Param(("--fail-on",), choices=("error", "warning", "note", "never"))
BASE_DIR = tell.Param(("--base-dir",), file_okay=False)


def test_the_value_given_to_an_option_in_either_spelling() -> None:
    assert tell.given(FAIL_ON, ["check", "--fail-on", "x", "a.yaml"]) == "x"
    assert tell.given(FAIL_ON, ["check", "--fail-on=x", "a.yaml"]) == "x"
    assert tell.given(FAIL_ON, ["check", "a.yaml"]) is None
    assert tell.given(tell.Param(("PLAN...",), option=False), ["check", "a.yaml"]) is None


def test_choices_are_listed_with_the_value_refused() -> None:
    said = render(tell.bad_value(FAIL_ON, ["--fail-on", "x"]), "vi")
    assert said == "'--fail-on' không nhận giá trị 'x' (được phép: error, warning, note, never)"
    assert render(tell.bad_value(FAIL_ON, []), "en") == (
        "invalid value for '--fail-on' (allowed: error, warning, note, never)"
    )


def test_a_path_refused_says_why(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("x")
    said = render(tell.bad_value(BASE_DIR, ["--base-dir", str(plan)]), "vi")
    assert said == f"'--base-dir': '{plan}' là một tệp, không phải thư mục"
    file_only = tell.Param(("--out",), dir_okay=False)
    assert tell.path_reason(file_only, str(tmp_path)) == "usage.not_a_file"
    assert tell.path_reason(tell.Param(("--x",), exists=True), str(tmp_path / "no")) == (
        "usage.no_such_path"
    )
    assert tell.path_reason(BASE_DIR, str(tmp_path)) is None


def test_the_command_word_after_the_groups() -> None:
    root = tell.Group((), ["check", "baselines"])
    assert tell.command_word(root, ["--version", "chek", "a.yaml"]) == "chek"
    assert tell.command_word(
        tell.Group(("baselines",), ["list", "show"]), ["baselines", "shw"]
    ) == ("shw")
    assert render(tell.unknown_command(root, ["chek"]) or tell.other(""), "en") == (
        "no such command 'chek'; did you mean 'check'?"
    )
    assert tell.unknown_command(root, ["check"]) is None
    assert render(tell.unknown_command(root, []) or tell.other(""), "vi") == "thiếu tên lệnh"


def test_what_the_command_line_said_is_shown_on_one_line_without_escapes() -> None:
    said = render(tell.no_such_option("--a\x1b[2Jb\nc", ["--format"]), "vi")
    assert "\x1b" not in said
    assert "\n" not in said


def test_the_value_refused_is_the_one_the_parser_kept_or_refused() -> None:
    # An option given twice keeps its last value; the first, allowed, is not the one refused.
    assert tell.given(FAIL_ON, ["--fail-on=error", "--fail-on", "x"]) == "x"
    assert tell.given(FAIL_ON, ["--fail-on", "x", "--fail-on", "note"]) == "x"
    assert tell.given(FAIL_ON, ["--fail-on", "y", "--fail-on", "x"]) == "x"
    fmt = tell.Param(("--format", "-f"), choices=("table", "json"))
    assert tell.given(fmt, ["show", "-fxml", "ID"]) == "xml"
    # After "--" nothing is an option.
    assert tell.given(FAIL_ON, ["--", "--fail-on", "x"]) is None


def test_a_path_given_twice_names_the_one_refused(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("x")
    said = render(tell.bad_value(BASE_DIR, ["--base-dir=.", "--base-dir", str(plan)]), "en")
    assert said == f"'--base-dir': '{plan}' is a file, not a folder"


def test_the_command_word_is_what_the_group_options_leave() -> None:
    group = tell.Group(("baselines",), ["show"])
    # The words the group's parser left over (its options' values taken) name the command.
    said = tell.unknown_command(group, ["baselines", "--lang", "en", "shw"], words=["shw"])
    assert render(said or tell.other(""), "en") == "no such command 'shw'; did you mean 'show'?"
    assert tell.unknown_command(group, ["baselines", "--lang", "en"], words=[]) is not None


def test_option_values_in_every_spelling_and_none_after_the_separator() -> None:
    from egovcheck.inputs import option_values

    argv = ["check", "-f", "json", "--format=csv", "-fsarif", "a.yaml", "--", "-f", "x"]
    assert option_values(["--format", "-f"], argv) == ["json", "csv", "sarif"]
    assert option_values(["--lang"], argv) == []
