"""Golden files: the Vietnamese output of every example, reviewed when it changes.

After a deliberate change, regenerate with ``python -m tests.test_golden --update``, read the
diff (``git diff tests/golden``) and commit it with the change.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from egovcheck.cli.app import app
from tests.conftest import EXAMPLES, ROOT

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in EXAMPLES.glob("*.yaml"))
FORMATS = {"md": "markdown", "json": "json"}


def render(name: str, ext: str) -> str:
    """The example's output as the CLI prints it, run from the repository root."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(
            app,
            [
                "check",
                f"examples/{name}",
                "-f",
                FORMATS[ext],
                "--lang",
                "vi",
                "--fail-on",
                "never",
            ],
        )
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _comparable(text: str) -> Any:
    data = json.loads(text)
    data["tool"].pop("version")  # a release bump is not a change of output
    return data


@pytest.mark.parametrize("name", CASES)
def test_markdown_matches_golden(name: str) -> None:
    golden = GOLDEN / f"{name}.vi.md"
    assert golden.is_file(), "run: python -m tests.test_golden --update"
    assert render(name, "md") == golden.read_text("utf-8")


@pytest.mark.parametrize("name", CASES)
def test_json_matches_golden(name: str) -> None:
    golden = GOLDEN / f"{name}.vi.json"
    assert golden.is_file(), "run: python -m tests.test_golden --update"
    assert _comparable(render(name, "json")) == _comparable(golden.read_text("utf-8"))


def test_no_stale_golden_files() -> None:
    expected = {f"{n}.vi.{ext}" for n in CASES for ext in FORMATS}
    assert {p.name for p in GOLDEN.iterdir()} == expected


if __name__ == "__main__":
    if "--update" not in sys.argv:
        sys.exit("usage: python -m tests.test_golden --update")
    os.environ["EGOVCHECK_LANG"] = "vi"
    for old in GOLDEN.iterdir():
        old.unlink()
    for case in CASES:
        for ext in FORMATS:
            (GOLDEN / f"{case}.vi.{ext}").write_text(render(case, ext), "utf-8")
    print(f"wrote {len(CASES) * len(FORMATS)} files; review them with: git diff tests/golden")
