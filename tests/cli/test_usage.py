"""Usage errors in the run's language, from the entry point, with exit code 2.

An unknown option or command, a missing argument, a value not allowed: run as a user runs them
(``python -m egovcheck``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hoa-binh-2017.yaml"
# Typer's own words for the same errors: none may reach a Vietnamese user.
ENGLISH = ("Usage:", "Error:", "No such", "Missing", "Invalid value", "Try '", "Got unexpected")


def run(*args: str, lang: str = "vi") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EGOVCHECK_LANG": lang, "LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "egovcheck", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["check", "--bogus", "x.yaml"], "error: không có tùy chọn --bogus"),
        (
            ["check", "--formt", "json", "x.yaml"],
            "không có tùy chọn --formt; có phải là '--format'?",
        ),
        (["check"], "error: thiếu đối số 'PLAN...'"),
        (["chek"], "error: không có lệnh 'chek'; có phải là 'check'?"),
        (["baselines", "shw"], "error: không có lệnh 'shw'; có phải là 'show'?"),
        (
            ["baselines", "--lang", "vi", "shw"],
            "error: không có lệnh 'shw'; có phải là 'show'?",
        ),
        (
            ["baselines", "--baselines", "baselines", "shw", "x"],
            "error: không có lệnh 'shw'; có phải là 'show'?",
        ),
        (
            ["check", "--fail-on=error", "--fail-on", "sometimes", "x.yaml"],
            "error: '--fail-on' không nhận giá trị 'sometimes' ",
        ),
        (
            ["check", "--fail-on", "sometimes", "x.yaml"],
            "error: '--fail-on' không nhận giá trị 'sometimes' "
            "(được phép: error, warning, note, never)",
        ),
        (["check", "x.yaml", "--fail-on"], "error: tùy chọn --fail-on cần một giá trị"),
        (["check", "x.yaml", "--csv-bom=yes"], "error: tùy chọn --csv-bom không nhận giá trị"),
        (["explain", "CV01", "LV01"], "error: thừa đối số: LV01"),
        (
            ["check", "--base-dir", str(EXAMPLE), "x.yaml"],
            f"error: '--base-dir': '{EXAMPLE}' là một tệp, không phải thư mục",
        ),
    ],
)
def test_usage_errors_are_vietnamese(args: list[str], said: str) -> None:
    result = run(*args)
    assert result.returncode == 2, result.stderr
    assert said in result.stderr
    assert not any(word in result.stderr for word in ENGLISH), result.stderr


def test_the_usage_line_and_where_to_find_help() -> None:
    result = run("check", "--bogus", "x.yaml")
    lines = result.stderr.splitlines()
    assert lines[0].startswith("Cách dùng: ")
    assert " check " in lines[0]
    assert lines[1].startswith("Xem '")
    assert lines[1].endswith("check --help' để biết các tùy chọn.")


def test_english_on_request() -> None:
    result = run("check", "--bogus", "x.yaml", lang="en")
    assert result.returncode == 2
    assert "error: no such option --bogus" in result.stderr
    assert result.stderr.startswith("Usage: ")
    assert "tùy chọn" not in result.stderr


def test_lang_on_the_command_line_decides() -> None:
    result = run("check", "--bogus", "--lang", "en", "x.yaml", lang="vi")
    assert "error: no such option --bogus" in result.stderr


def test_a_usage_error_does_not_echo_terminal_escapes() -> None:
    result = run("check", "--\x1b[31mred", "x.yaml")
    assert result.returncode == 2
    assert "\x1b" not in result.stderr


def test_exit_codes_of_a_run_are_kept() -> None:
    assert run("check", str(EXAMPLE)).returncode == 0
    assert run("--version").returncode == 0
    assert run("check", "--help").returncode == 0
    assert run("explain", "NOPE").returncode == 2


def test_an_escaped_value_is_shown_once_escaped() -> None:
    """The escape the message makes of a control character is not escaped a second time."""
    result = run("check", "--fail-on", "\x1b[31m", "x.yaml")
    assert "'\\x1b[31m'" in result.stderr
    assert "\\\\x1b" not in result.stderr


def test_the_last_lang_decides_as_the_parser_does() -> None:
    result = run("check", "--bogus", "--lang", "vi", "--lang", "en", "x.yaml", lang="vi")
    assert "error: no such option --bogus" in result.stderr
    result = run("check", "--bogus", "x.yaml", "--", "--lang", "en", lang="vi")
    assert "error: không có tùy chọn --bogus" in result.stderr


def test_a_closed_output_pipe_is_its_own_exit_code() -> None:
    """``egovcheck check … | head`` where the reader stops: exit 141, no traceback, not 0.

    With ``set -o pipefail`` a script must not read a cut-short run as one with no findings.
    """
    env = {**os.environ, "EGOVCHECK_LANG": "vi", "LANG": "C.UTF-8"}
    with subprocess.Popen(
        [sys.executable, "-m", "egovcheck", "check", str(EXAMPLE)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        proc.stdout.close()  # the reader is gone before the first line is written
        stderr = proc.stderr.read().decode("utf-8")
        code = proc.wait(timeout=60)
    assert code == 141
    assert "Traceback" not in stderr
    assert "BrokenPipe" not in stderr


@pytest.mark.parametrize("stop", [KeyboardInterrupt, EOFError])
def test_ctrl_c_is_interrupted_not_findings(
    stop: type[BaseException],
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """A run stopped by Ctrl-C or Ctrl-D exits 130 (a shell's SIGINT code), never 1 (findings)."""
    import egovcheck.engine
    from egovcheck.cli.app import app
    from egovcheck.cli.usage import run as run_app

    def interrupted(*args: object, **kwargs: object) -> None:
        raise stop

    monkeypatch.setattr(egovcheck.engine, "check_paths", interrupted)
    monkeypatch.setenv("EGOVCHECK_LANG", "vi")
    with pytest.raises(SystemExit) as exit_:
        run_app(app, ["check", str(EXAMPLE)])
    assert exit_.value.code == 130
    assert "Đã dừng." in capfd.readouterr().err
