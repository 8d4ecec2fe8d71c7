"""Text from plans made safe for where it is shown: spreadsheets, Markdown, XML, logs, terminals.

Imports nothing of egovcheck, so that every layer (formatters and report views alike) can use it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

# C0 and C1 control characters other than the line feed and tab.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What XML 1.0 cannot hold at all: C0 controls but tab, LF and CR; surrogates; U+FFFE, U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Also refused in XML text: the line-breaking characters an XML 1.1 reader would read as CR/LF,
# and the C1 controls (allowed by XML 1.0, but no viewer shows them).
_UNSHOWN_XML = re.compile("[\x7f-\x9f\u2028\u2029]")
# A cell a spreadsheet would read as a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")
_HTML = {"<": "&lt;"}  # no tag or comment can open without "<"
# Lone surrogates; those from U+DC80 to U+DCFF are bytes that were not UTF-8 (surrogateescape).
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def _hex(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def file_name(name: str) -> str:
    r"""A file name as text: bytes that were not UTF-8 (surrogate-escaped by Python) as ``\xff``."""
    if not _ESCAPED_BYTE.search(name):
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def no_surrogates(text: str) -> str:
    r"""``file_name`` for any text, and any other lone surrogate as ``\udXXX``."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(_hex, file_name(text))


def deep(value: Any, clean: Callable[[str], str] = no_surrogates) -> Any:
    """Every string in a JSON-like document (dicts, lists, tuples) passed through ``clean``."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {deep(k, clean): deep(v, clean) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [deep(v, clean) for v in value]
    return value


def controls(text: str) -> str:
    r"""Control characters (not line feed and tab) as ``\x1b``: no terminal escape sequences."""
    return _CONTROL.sub(_hex, text)


def one_line(text: str) -> str:
    r"""Text on one line for logs: CR and LF as ``\r`` and ``\n``, other controls as ``\x1b``."""
    text = text.replace("\r", "\\r").replace("\n", "\\n")
    return controls(no_surrogates(text))


def spreadsheet_cell(value: Any) -> Any:
    r"""A CSV cell a spreadsheet shows as text, never runs: formula starts get a ``'`` in front.

    Numbers (``-6.5``) are left as they are; control characters are shown as ``\x1b``.
    """
    if not isinstance(value, str):
        return value
    text = no_surrogates(value)
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        text = "'" + text
    # A CSV printed in a CI log: no line of it may start a workflow command either.
    return no_commands(_CONTROL.sub(_hex, text))


def markdown_cell(text: str) -> str:
    """Text inside a Markdown table or list: no raw HTML, no new line, no column break."""
    text = no_surrogates(text).replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`")
    text = controls("".join(_HTML.get(c, c) for c in text))
    return re.sub(r"\s*[\r\n\u2028\u2029\x85]+\s*", " ", text)


def xml_text(text: str) -> str:
    r"""Text any XML 1.0 reader accepts: what XML cannot hold shown as ``\x1b`` or ``\uffff``."""
    text = no_surrogates(text)
    return _UNSHOWN_XML.sub(_hex, _NOT_XML.sub(_hex, text))


def no_workflow_commands(lines: Iterable[str]) -> list[str]:
    r"""Lines none of which a CI runner reads as a command (``::error::``, ``::set-output``).

    A line whose text starts with ``::`` gets a backslash before it, after its indentation.
    """
    out = []
    for line in lines:
        body = line.lstrip()
        if body.startswith("::"):
            line = line[: len(line) - len(body)] + "\\" + body
        out.append(line)
    return out


def no_commands(text: str) -> str:
    """``no_workflow_commands`` over the lines of a whole text, its line ends kept."""
    if "::" not in text:
        return text
    parts = re.split(r"(\r\n|\n|\r|\u2028|\u2029|\x85|\x0b|\x0c|\x1c|\x1d|\x1e)", text)
    parts[::2] = no_workflow_commands(parts[::2])
    return "".join(parts)
