"""Text preparation: folding, aligned clean/lower/folded forms, sentences and clauses."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Letters typed for "Đ"/"đ" by some fonts and converters (Icelandic eth, African D): read as đ.
LOOKALIKE_D = {"\u00d0": "Đ", "\u00f0": "đ", "\u0189": "Đ", "\u0256": "đ"}


def fold(text: str) -> str:
    """Fold case and Vietnamese diacritics (NFD, strip combining marks, đ -> d)."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            continue
        out.append("d" if ch in "đĐ" or ch in LOOKALIKE_D else ch.lower())
    return "".join(out)


def fold_char(ch: str) -> str:
    """One character folded (case and diacritics)."""
    if ch in "đĐ" or ch in LOOKALIKE_D:
        return "d"
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if len(base) == 1 else ch


def lower_char(ch: str) -> str:
    """One character in lower case, when that keeps its length."""
    low = ch.lower()
    return low if len(low) == 1 else ch


# A line opening with a list marker ("a) ", "b. ", "iv) ") starts an item, not a wrapped line.
_ITEM = re.compile(r"(?:[a-zđ]|[ivx]{1,4})[).]\s")
_BREAKS = "\n\r\u2028\u2029"


def wraps(line: str, after: str) -> bool:
    """Whether a single line break between ``line`` and the text ``after`` it wraps a sentence.

    It does when the line ends no sentence or clause (no ".;:!?…" and no table bar), is not a
    heading in capitals, and the next line goes on in lower case and is not a list item: a PDF's
    or a page's wrapped line ("80% hồ sơ công" / "việc tại cấp huyện").
    """
    line = line.strip()
    if not line or not after[:1].islower() or line[-1] in ".;:!?…|" or _ITEM.match(after):
        return False
    letters = [c for c in line if c.isalpha()]
    return not all(c.isupper() for c in letters)


class Text:
    """The text with whitespace collapsed, its lower-case and folded forms, all aligned.

    A run of whitespace is one space, or one line break when it holds one; a single line break
    that only wraps a sentence (``wraps``) is a space, so that an indicator's words stay in one
    sentence. Every clean position keeps its place in the original text (``index``).
    """

    def __init__(self, original: str) -> None:
        self.original = unicodedata.normalize("NFC", original)
        chars: list[str] = []
        index: list[int] = []
        i, n = 0, len(self.original)
        line_start = 0  # where the current line of the original begins
        while i < n:
            ch = self.original[i]
            if ch.isspace():
                j = i
                while j < n and self.original[j].isspace():
                    j += 1
                run = self.original[i:j].replace("\r\n", "\n")
                breaks = sum(c in _BREAKS for c in run)
                newline = breaks > 1 or (
                    breaks == 1 and not wraps(self.original[line_start:i], self.original[j : j + 8])
                )
                if breaks:
                    line_start = j
                chars.append("\n" if newline else " ")
                index.append(i)
                i = j
                continue
            chars.append(LOOKALIKE_D.get(ch, ch))
            index.append(i)
            i += 1
        self.clean = "".join(chars)
        self.index = index
        self.lower = "".join(lower_char(c) for c in self.clean)
        self.folded = "".join(fold_char(c) for c in self.clean)

    def phrase(self, start: int, end: int) -> str:
        """The original text between two clean positions, verbatim, trimmed."""
        start, end = max(start, 0), min(end, len(self.clean))
        while start < end and self.clean[start] in " \n,;:.)-–":
            start += 1
        while end > start:
            if self.clean[end - 1] in " \n,;:(-–.…":
                end -= 1
                continue
            tail = re.search(r"\s(?:và|với|hoặc|cùng)$", self.lower[start:end])
            if not tail:
                break
            end = start + tail.start()
        if start >= end:
            return ""
        return self.original[self.index[start] : self.index[end - 1] + 1]


@dataclass(frozen=True)
class Span:
    """A range of positions in the clean text."""

    start: int
    end: int


def sentences(t: Text) -> list[Span]:
    """The sentences of a text (lines, and full stops before a space or capital)."""
    spans: list[Span] = []
    s = t.clean
    start = 0
    n = len(s)
    for i, ch in enumerate(s):
        cut = False
        if ch == "\n":
            cut = True
        elif ch in ".!?":
            nxt = s[i + 1] if i + 1 < n else " "
            prev = s[i - 1] if i else " "
            if nxt in " \n" or (not prev.isdigit() and (nxt.isupper() or nxt.isdigit())):
                cut = True
        if cut:
            if i + 1 > start:
                spans.append(Span(start, i + 1))
            start = i + 1
    if start < n:
        spans.append(Span(start, n))
    out: list[Span] = []
    for sp in spans:
        if s[sp.start : sp.end].strip():
            out.extend(_bounded(s, sp, MAX_SENTENCE))
    return out


# Longest sentence and clause the extractor looks across: every look-back and look-ahead is
# within one, so the work per number is bounded and the whole run is linear in the input.
MAX_SENTENCE = 1500
MAX_CLAUSE = 500


def _bounded(s: str, span: Span, limit: int) -> list[Span]:
    """A span cut into pieces of at most ``limit`` characters, at a comma or space if any."""
    out: list[Span] = []
    start = span.start
    while span.end - start > limit:
        window = s[start : start + limit]
        cut = max(window.rfind(","), window.rfind(" "))
        end = start + (cut + 1 if cut > limit // 4 else limit)
        out.append(Span(start, end))
        start = end
    out.append(Span(start, span.end))
    return out


def clauses(t: Text, sentence: Span) -> list[Span]:
    """The clauses of a sentence, cut at semicolons."""
    out: list[Span] = []
    start = sentence.start
    for i in range(sentence.start, sentence.end):
        if t.clean[i] == ";":
            out.append(Span(start, i))
            start = i + 1
    out.append(Span(start, sentence.end))
    return [piece for clause in out for piece in _bounded(t.clean, clause, MAX_CLAUSE)]
