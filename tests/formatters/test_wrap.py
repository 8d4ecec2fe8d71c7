"""The table's word wrap: its fast path fills lines exactly as textwrap does."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

from egovcheck.formatters.table import _words, wrap

WORDS = st.sampled_from(
    ["a", "bb", "Tỷ", "lệ", "văn-bản", "x" * 15, "đạt", "80%", "—", "≥", "", " ", "\t", "\xa0"]
)
TEXT = st.builds(
    lambda lead, words: " " * lead + " ".join(words),
    st.integers(0, 4),
    st.lists(WORDS, max_size=30),
)


def reference(text: str, width: int, indent: str) -> list[str]:
    return textwrap.wrap(
        text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    ) or [""]


@given(TEXT, st.integers(2, 60), st.sampled_from(["", "  ", "   "]))
def test_fast_path_fills_as_textwrap(text: str, width: int, indent: str) -> None:
    got = _words(text, width, indent)
    if got is not None:
        assert got == reference(text, width, indent)


@given(st.text(max_size=80), st.integers(2, 60), st.sampled_from(["", "  "]))
def test_any_text_wraps_as_before(text: str, width: int, indent: str) -> None:
    """Whatever the text, ``wrap`` gives what it gave with textwrap alone."""
    expected = [
        ln if len(ln) <= width else ln[: width - 1] + "…" for ln in reference(text, width, indent)
    ]
    assert wrap(text, width, indent=indent) == expected


def test_common_text_takes_the_fast_path() -> None:
    assert _words("Tỷ lệ văn bản điện tử", 10, "  ") == ["Tỷ lệ văn", "  bản điện", "  tử"]
    assert _words("a\tb", 10, "") is None
    assert _words("a  b", 10, "") == ["a  b"]  # one line: textwrap keeps the inner spaces
    assert _words("a  b c", 3, "") is None  # several lines: textwrap decides
