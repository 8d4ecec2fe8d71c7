"""No output over an input: plans, a parent plan, the configuration, waivers, baselines, a text."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from egovcheck.baselines import data_dir
from tests.conftest import EXAMPLES

PLAN = EXAMPLES / "hoa-binh-2017.yaml"
PARENT = EXAMPLES / "parents" / "ha-noi-2017-illustrative.yaml"


def egovcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "egovcheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={"EGOVCHECK_LANG": "en", "PATH": "/usr/bin:/bin"},
        timeout=120,
        check=False,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copy(PLAN, tmp_path / "plan.yaml")
    shutil.copy(PARENT, tmp_path / "parent.yaml")
    (tmp_path / "c.yaml").write_text("lang: en\n", "utf-8")
    (tmp_path / "w.yaml").write_text("waivers: []\n", "utf-8")
    (tmp_path / "text.txt").write_text("Phấn đấu 80% văn bản điện tử năm 2027.\n", "utf-8")
    shutil.copytree(data_dir() / "programmes", tmp_path / "mine")
    return tmp_path


@pytest.mark.parametrize(
    ("args", "victim"),
    [
        (["check", "plan.yaml", "--against", "parent.yaml", "-o", "parent.yaml"], "parent.yaml"),
        (["check", "plan.yaml", "--config", "c.yaml", "-o", "c.yaml"], "c.yaml"),
        (["check", "plan.yaml", "--waivers", "w.yaml", "-o", "w.yaml"], "w.yaml"),
        (["check", "plan.yaml", "-f", "json:plan.yaml"], "plan.yaml"),
        (["report", "plan.yaml", "--config", "c.yaml", "-o", "c.yaml"], "c.yaml"),
        (["extract", "text.txt", "-o", "text.txt"], "text.txt"),
    ],
    ids=["parent", "config", "waivers", "plan", "report-config", "extract-text"],
)
def test_an_output_that_is_an_input_is_refused(repo: Path, args: list[str], victim: str) -> None:
    before = digest(repo / victim)
    result = egovcheck(*args, cwd=repo)
    assert result.returncode == 2, result.stderr
    assert "would overwrite the input file" in result.stderr
    assert digest(repo / victim) == before


def test_writing_into_a_baselines_folder_is_refused(repo: Path) -> None:
    result = egovcheck(
        "check", "plan.yaml", "--baselines", "mine", "-o", "mine/out.json", "-f", "json", cwd=repo
    )
    assert result.returncode == 2, result.stderr
    assert "would write into the input folder" in result.stderr
    assert not (repo / "mine" / "out.json").exists()


def test_a_link_to_an_input_is_the_input(repo: Path) -> None:
    (repo / "link.yaml").symlink_to(repo / "plan.yaml")
    before = digest(repo / "plan.yaml")
    result = egovcheck("check", "plan.yaml", "-o", "link.yaml", cwd=repo)
    assert result.returncode == 2, result.stderr
    assert digest(repo / "plan.yaml") == before


def test_an_output_elsewhere_is_written(repo: Path) -> None:
    result = egovcheck("check", "plan.yaml", "-f", "json", "-o", "out.json", cwd=repo)
    assert result.returncode in (0, 1), result.stderr
    assert (repo / "out.json").is_file()
