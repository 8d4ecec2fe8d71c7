"""The terminal table at 80, 120 and 200 columns, recorded through rich."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from egovcheck import messages as m
from egovcheck.baselines import Baselines, bundled
from egovcheck.engine import check_paths
from egovcheck.formatters import Format, RenderOptions, renderer
from egovcheck.formatters.rows import indicator_name
from egovcheck.formatters.table import render_plain
from tests.conftest import EXAMPLES, ROOT

ARTIFACTS = ROOT / "test-artifacts"
PARENT = EXAMPLES / "parents" / "ha-noi-2017-illustrative.yaml"
MINISTRY = EXAMPLES / "illustrative-ministry-2016-2020.yaml"
WIDTHS = (80, 120, 200)
# Lines of one row: two in the table, and what follows it (note, source), bounded.
MAX_ROW_LINES = 2 + 2 * 6


def _baselines() -> Baselines:
    return bundled()


def recorded(paths: list[Path], width: int, lang: str, parents: bool = False) -> Console:
    """The table as a terminal of ``width`` columns shows it (colour codes and all)."""
    from egovcheck import run as runs

    b = _baselines()
    report = check_paths(
        [str(p) for p in paths], b, parents=runs.parents([PARENT], b) if parents else ()
    )
    text = renderer(Format.TABLE)(report, RenderOptions(lang, b, color=True, width=width))
    console = Console(record=True, width=width, file=io.StringIO(), force_terminal=True)
    console.print(Text.from_ansi(text), soft_wrap=True)
    return console


def words(text: str) -> set[str]:
    return set(text.split())


CASES = [
    ([EXAMPLES / "kien-giang-2017.yaml"], "vi", False),
    ([MINISTRY], "en", False),
    ([EXAMPLES / "my-duc-2017.yaml"], "vi", True),
    (sorted(EXAMPLES.glob("*.yaml")), "vi", False),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("paths", "lang", "parents"), CASES)
def test_the_table_fits_the_terminal(
    paths: list[Path], lang: str, parents: bool, width: int
) -> None:
    shown = recorded(paths, width, lang, parents).export_text(styles=False)
    # Every word of the output as it is at a width where nothing needs wrapping.
    whole = words(recorded(paths, 2000, lang, parents).export_text(styles=False))
    whole |= words(f"{m.header('source', lang)}:")  # the label of a source below its row
    lines = shown.splitlines()
    for line in lines:
        assert cell_len(line) <= width, f"{cell_len(line)} > {width}: {line!r}"
        for word in line.split():
            if word in whole or set(word) <= set("─"):
                continue
            # Cut short only with an ellipsis, at the end of a word that exists.
            assert word.endswith("…"), f"a word broken mid-word at {width}: {word!r} in {line!r}"
            assert any(w.startswith(word[:-1]) for w in whole), word
    # Rows are short: a table runs from its header rule to the first blank line; a row starts
    # with its year in the year column.
    tables = 0
    for i, line in enumerate(lines):
        if not line.startswith("─"):
            continue
        tables += 1
        at = lines[i - 1].find(m.header("year", lang))
        if at < 0:  # the header wrapped: the year column's header is on the line above
            at = lines[i - 2].index(m.header("year", lang))
        height = 0
        for row_line in lines[i + 1 :]:
            if not row_line.strip():
                break
            height = 1 if re.fullmatch(r"\d{4}", row_line[at : at + 4]) else height + 1
            assert height <= MAX_ROW_LINES, f"a row of more than {MAX_ROW_LINES} lines at {width}"
    assert tables == len(paths)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_table_names_indicators_in_the_output_language(width: int) -> None:
    b = _baselines()
    shown = recorded([MINISTRY], width, "en").export_text(styles=False)
    table = shown.split("Sources of the national targets")[0]
    assert "docs_interagency_electronic" not in table
    assert indicator_name("docs_interagency_electronic", RenderOptions("en", b))[:16] in table
    vi = recorded([MINISTRY], width, "vi").export_text(styles=False)
    assert "Tỷ lệ văn bản trao đổi" in vi


def test_the_wide_table_gives_the_source_a_column() -> None:
    shown = recorded([MINISTRY], 200, "en").export_text(styles=False)
    header = next(ln for ln in shown.splitlines() if ln.startswith("Key"))
    assert re.search(r"Outcome\s+Gap\s+Source\s+Codes", header)
    narrow = recorded([MINISTRY], 80, "en").export_text(styles=False)
    assert "Source" not in next(ln for ln in narrow.splitlines() if ln.startswith("Key"))


def test_plain_text_has_the_same_layout() -> None:
    b = _baselines()
    report = check_paths([str(MINISTRY)], b)
    plain = render_plain(report, RenderOptions("en", b, width=80))
    assert max(cell_len(ln) for ln in plain.splitlines()) <= 80
    assert "\x1b" not in plain


@pytest.mark.parametrize("width", WIDTHS)
def test_screenshots_of_the_terminal_table(width: int) -> None:
    """Text and SVG screenshots, for a person to look at (test-artifacts/, not committed)."""
    ARTIFACTS.mkdir(exist_ok=True)
    for name, paths, lang, parents in (
        ("my-duc-against-parent", [EXAMPLES / "my-duc-2017.yaml"], "vi", True),
        ("ministry", [MINISTRY], "en", False),
    ):
        console = recorded(paths, width, lang, parents)
        title = f"egovcheck check -f table ({width} columns)"
        (ARTIFACTS / f"table-{name}-{width}.svg").write_text(
            console.export_svg(title=title, clear=False), "utf-8"
        )
        (ARTIFACTS / f"table-{name}-{width}.txt").write_text(
            console.export_text(styles=False), "utf-8"
        )
    assert (ARTIFACTS / f"table-ministry-{width}.svg").stat().st_size > 0
