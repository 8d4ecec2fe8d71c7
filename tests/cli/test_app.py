"""The application: start-up stays light, help follows --lang."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import EXAMPLES


def test_check_json_imports_no_rich_extract_or_views() -> None:
    code = (
        "import sys\n"
        "sys.argv = ['egovcheck', 'check', '-f', 'json', sys.argv[1]]\n"
        "from egovcheck.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('rich', 'egovcheck.extract', 'egovcheck.views', 'openpyxl', 'matplotlib')\n"
        "sys.stderr.write(repr(sorted(m for m in sys.modules if m.startswith(heavy))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(EXAMPLES / "hoa-binh-2017.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stderr.rstrip().endswith("[]"), result.stderr


def test_help_language_from_the_lang_option() -> None:
    for lang, phrase in (("vi", "Kiểm tra các tệp kế hoạch"), ("en", "Check plan files")):
        out = subprocess.run(
            [sys.executable, "-m", "egovcheck", "check", "--lang", lang, "--help"],
            capture_output=True,
            text=True,
            env={"EGOVCHECK_LANG": "en" if lang == "vi" else "vi", "PATH": "/usr/bin:/bin"},
            check=False,
        ).stdout
        assert phrase in out
