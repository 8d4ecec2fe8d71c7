"""All user-facing text, one module per language (``vi``, ``en``); rendered at output time.

A message is a key and its values (``egovcheck.errors.Msg``); each language module holds the
templates (``TEXT``), the labels and headers, the location remarks and the finding sentences.
"""

from __future__ import annotations

import os
from types import ModuleType
from typing import TYPE_CHECKING, Any

from egovcheck.errors import Msg
from egovcheck.messages.base import Words, num, pct, visible
from egovcheck.textsafe import one_line

if TYPE_CHECKING:
    from egovcheck.errors import EgovcheckError, Problem
    from egovcheck.findings import Finding, NationalRef

LANGS = ("vi", "en")

__all__ = [
    "LANGS",
    "catalogue",
    "error_lines",
    "header",
    "label",
    "location",
    "message",
    "national_cell",
    "needed",
    "num",
    "pct",
    "problem_line",
    "render",
    "resolve_lang",
    "text",
    "visible",
]


def resolve_lang(option: str | None = None) -> str:
    """The output language: the option, else ``EGOVCHECK_LANG``, else ``LANG``, else vi."""
    for candidate in (option, os.environ.get("EGOVCHECK_LANG"), os.environ.get("LANG")):
        if candidate:
            head = candidate.strip().lower()[:2]
            if head in LANGS:
                return head
    return "vi"


def catalogue(lang: str) -> ModuleType:
    """The module holding every text of ``lang``."""
    if lang == "en":
        from egovcheck.messages import en

        return en
    from egovcheck.messages import vi

    return vi


# Values that add a hint after the sentence, in this order.
_HINTS = ("suggestion", "allowed", "known", "scopes", "formats", "methods")


def _value(value: Any, lang: str) -> Any:
    if isinstance(value, Msg):
        return render(value, lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(_value(v, lang)) for v in value)
    return value


def render(m: Msg, lang: str) -> str:
    """The sentence of a message in ``lang``."""
    table: dict[str, str] = catalogue(lang).TEXT
    values = {k: _value(v, lang) for k, v in m.args}
    out = table[m.key].format(**values)
    for hint in _HINTS:
        if values.get(hint):
            key = "hint.did_you_mean" if hint == "suggestion" else f"hint.{hint}"
            out += table[key].format(suggestion=values[hint], items=values[hint])
    return out


def text(key: str, lang: str, /, **values: Any) -> str:
    """Render a message given by key and values."""
    return render(Msg(key, tuple(values.items())), lang)


def problem_line(p: Problem, lang: str) -> str:
    """``file:line: path: message`` (parts that are unknown are left out), on one line."""
    message = render(p.message, lang)
    if not p.file:
        text_ = message
    else:
        where = p.file if p.line is None else f"{p.file}:{p.line}"
        text_ = f"{where}: {p.path}: {message}" if p.path else f"{where}: {message}"
    # One problem, one line: a key or value holding a line break must not split it, nor an
    # escape sequence from a key reach the terminal.
    return one_line(text_)


def error_lines(exc: EgovcheckError, lang: str) -> list[str]:
    """One printable line per problem of an error."""
    return [problem_line(p, lang) for p in exc.problems]


def label(key: str | None, lang: str) -> str:
    """The label of an outcome, class, severity, level or evidence grade."""
    if key is None:
        return ""
    labels: dict[str, str] = catalogue(lang).LABELS
    return labels.get(key, key)


def header(key: str, lang: str) -> str:
    """A column or section header."""
    headers: dict[str, str] = catalogue(lang).HEADERS
    return headers[key]


def needed(gain: float | None, deadline: int | None, target: float | None, lang: str) -> str:
    """``cần +6,7 điểm/năm để đạt 80% năm 2020``: the pace a value implies."""
    if gain is None or deadline is None or target is None:
        return ""
    result: str = catalogue(lang).needed(gain, deadline, target)
    return result


def message(f: Finding, lang: str, indicator_name: str | None = None) -> str:
    """The sentence for a finding, in ``lang``."""
    n = f.national
    words = Words(
        name=indicator_name or f.key,
        target=pct(n.value, n.qualifier, lang) if n else "",
        deadline=n.deadline if n else 0,
        cite=cite(n, lang) if n else "",
        value=pct(f.plan_value, f.plan_qualifier, lang),
        parent=n is not None and n.programme.startswith("plan:"),
    )
    result: str = catalogue(lang).finding(f, words)
    return result


def national_cell(n: NationalRef | None, lang: str) -> str:
    """``80% (2020)``: a national target in a table cell."""
    if n is None:
        return "–"
    return f"{pct(n.value, n.qualifier, lang)} ({n.deadline})"


def location(text_: str, lang: str) -> str:
    """Where a target sits in its document, with the fact sheet's remarks in ``lang``."""
    remarks: dict[str, str] = catalogue(lang).LOCATION
    for english, translated in remarks.items():
        text_ = text_.replace(english, translated)
    return text_


def cite(n: NationalRef, lang: str) -> str:
    """``Quyết định 1819/QĐ-TTg, Điều 1, I.2``: the document and the place in it."""
    doc = n.document_en if lang == "en" else n.document
    return f"{doc}, {location(n.location, lang)}"
