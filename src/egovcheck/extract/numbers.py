"""Numbers in a plan's text: parsing, formatting, qualifiers and the found-number record."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from egovcheck.extract.text import Span


def parse_number(text: str) -> float:
    """A number written with a decimal comma or point."""
    return float(text.replace(",", "."))


def fmt(value: float) -> str:
    """A value as the plan file writes it (no trailing .0)."""
    if value == int(value):
        return str(int(value))
    return f"{value:.10f}".rstrip("0").rstrip(".")


QUAL_BEFORE = (
    (re.compile(r"\b(?:tren|hon|vuot|lon hon)\s*$"), "more_than"),
    (re.compile(r"\b(?:toi thieu|it nhat|khong (?:it|duoi|thap) hon)\s*(?:la\s*)?$"), "at_least"),
    (re.compile(r"\b(?:khoang|xap xi|chung|uoc|gan(?: nhu)?)\s*$"), "about"),
)
# The verb between what is counted and its number ("… đạt 71%", "… đạt tỷ lệ 71%").
LINK = re.compile(
    r"(?:\bdat|\bla|\bden|\btoi|\blen|\bo muc|\bbang|\bchiem|\btang|\bcon|:|=)"
    r"(?:\s+(?:ty|ti) le)?\s*:?\s*$"
)


@dataclass
class Number:
    """A number found in the text, with what the extractor decided about it."""

    start: int  # where the number (or its qualifier) starts
    num_start: int
    end: int
    value: float
    text: str
    qualifier: str | None
    note: str | None
    clause: Span
    sentence: Span
    mode: str  # target | actual | national (see egovcheck.extract.mode)
    year: int | None
    keys: list[str] = field(default_factory=list)
    via: str = ""  # right | left | forward | backward | tier | frame | row
    phrase_end: int = 0
    phrase_start: int = 0
    subject: str | None = None
    segment: str = ""
    frame_guess: str | None = None
    mode_how: str = ""  # how the mode was decided (egovcheck.extract.mode.MODE_BASES)
    year_how: str = ""  # where the year was read: clause | sentence | carried | carried-far
    restated: bool = False  # a review table's planned value, restated next to its result
