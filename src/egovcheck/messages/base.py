"""Number formatting and the words a finding's sentence is built from, shared by every language."""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUAL_SIGN = {"at_least": "≥", "more_than": ">", "about": "~", "equal": "", None: ""}


def num(value: float | None, lang: str, digits: int = 1) -> str:
    """Format a number: no trailing zeros, a decimal comma in Vietnamese."""
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", ",") if lang == "vi" else text


def pct(value: float | None, qualifier: str | None, lang: str) -> str:
    """``≥ 80%``, ``> 50%``, ``60%``."""
    if value is None:
        return "–"
    sign = _QUAL_SIGN.get(qualifier, "")
    return f"{sign}{' ' if sign else ''}{num(value, lang)}%"


@dataclass(frozen=True)
class Words:
    """The parts of a finding's sentence that every language writes the same way."""

    name: str
    target: str
    deadline: int
    cite: str
    value: str
    parent: bool


# C0 and C1 control characters other than the line feed and tab.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    r"""Show control characters from a plan's text as ``\x1b``, line breaks kept.

    A plan's title must not drive the terminal (escape sequences) or forge lines of output.
    """
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
