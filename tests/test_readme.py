"""The README: its programme tables match the bundled data, its commands match CI.

Print the tables with ``python -m tests.test_readme`` after a baseline change, review, paste.
"""

from __future__ import annotations

import re

from egovcheck.baselines import Baselines, bundled
from egovcheck.checks import CHECKS
from tests.conftest import ROOT

README = ROOT / "README.md"
START, END = "<!-- programmes:start -->", "<!-- programmes:end -->"


def programme_tables(baselines: Baselines) -> str:
    """The README section listing every bundled target with its location, grade and source."""
    out = []
    for p in baselines.ordered():
        out.append(f"#### `{p.id}`: {p.document} ({p.issued:%d/%m/%Y}), {p.title.en}\n")
        out.append("| indicator | value | deadline | applies | location | evidence | sources |")
        out.append("|---|---|---|---|---|---|---|")
        for t in p.targets:
            sign = {"at_least": "≥ ", "more_than": "> ", "about": "~ "}.get(t.qualifier.value, "")
            refs = "; ".join(t.source.refs).replace("|", "\\|")
            out.append(
                f"| `{t.indicator}` | {sign}{t.value:g}% | {t.deadline} | {', '.join(t.applies)} "
                f"| {t.location} | {t.evidence.value} | {refs} |"
            )
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _section() -> str:
    text = README.read_text("utf-8")
    return text.split(START, 1)[1].split(END, 1)[0].strip("\n") + "\n"


def test_programme_tables_match_the_data(baselines: Baselines) -> None:
    assert _section() == programme_tables(baselines)


def test_every_check_code_is_documented() -> None:
    text = README.read_text("utf-8")
    for check in CHECKS.values():
        assert f"`{check.code}`" in text, check.code
        assert f"`{check.name}`" in text, check.code


def test_readme_commands_are_the_ones_ci_runs() -> None:
    text = README.read_text("utf-8")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "pip install -e '.[test]'" in text
    assert "pip install --quiet -e '.[test]'" in ci
    assert re.search(r"^pytest$", ci, re.M)
    assert "egovcheck check examples/hoa-binh-2017.yaml" in text


if __name__ == "__main__":
    print(programme_tables(bundled()), end="")
