"""Human output: per plan, a header, the gap table and the sources; colour on a terminal.

The table fits the width it is given: one short line (two at most) per row, with the
indicator's name in the output language; the row's note and its legal source follow below it,
wrapped at word boundaries. A cell that cannot fit is cut with an ellipsis, never mid-word
without one.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from egovcheck import messages as m
from egovcheck.formatters.rows import (
    cited,
    indicator_name,
    notices,
    programme_names,
    run_finding_lines,
    table_rows,
)
from egovcheck.textsafe import no_surrogates

if TYPE_CHECKING:
    from egovcheck.findings import PlanReport, Report
    from egovcheck.formatters import RenderOptions

_STYLE = {"error": "bold red", "warning": "yellow"}
ELLIPSIS = "…"
GAP = "  "  # between columns
BELOW = "  ↳ "  # before the lines under a row
# At this width and above, the legal source and the gap get columns of their own.
WIDE = 160
# Lines of a row: in the table, and below it.
ROW_LINES = 2
NOTE_LINES = 6

# A styled line: (text, style) segments.
Line = list[tuple[str, str]]


def wrap(text: str, width: int, max_lines: int | None = None, indent: str = "") -> list[str]:
    """Word-wrapped lines no wider than ``width``, too long a word cut with an ellipsis.

    Lines beyond ``max_lines`` are dropped and the last one kept ends in an ellipsis.
    """
    return list(_wrapped(text, width, max_lines, indent))


# The same texts recur in every plan of a run (indicator names, the national targets' wording
# and sources), so each is filled once per width.
@lru_cache(maxsize=4096)
def _wrapped(text: str, width: int, max_lines: int | None, indent: str) -> tuple[str, ...]:
    width = max(width, 2)
    lines = _words(text, width, indent)
    if lines is None:
        lines = textwrap.wrap(
            text,
            width,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        ) or [""]
    lines = [ln if len(ln) <= width else ln[: width - 1] + ELLIPSIS for ln in lines]
    if max_lines is not None and len(lines) > max_lines:
        last = lines[max_lines - 1]
        lines = [*lines[: max_lines - 1], cut(last + " " + ELLIPSIS, width)]
    return tuple(lines)


def _one_line(text: str, width: int) -> bool:
    """Whether ``wrap`` leaves ``text`` as it is, on one line (the common table cell)."""
    return len(text) <= width and text.isprintable() and text[-1:] != " " and text[:1] != " "


def _words(text: str, width: int, indent: str) -> list[str] | None:
    """``textwrap.wrap`` of ``wrap`` for the common text, at a fraction of its cost.

    Text of printable characters and words parted by single spaces (spaces may lead, none
    trail) is filled greedily exactly as textwrap fills it, a word longer than a line on a
    line of its own; for any other text, None (textwrap does the work).
    """
    if not text:
        return [""]
    if not text.isprintable() or text[-1] == " ":
        return None
    if len(text) <= width:
        return [text] if text[0] != " " or text.strip() else None
    body = text.lstrip(" ")
    lead = len(text) - len(body)
    if not body or "  " in body:
        return None
    room = width - len(indent)
    words = body.split(" ")
    if room < 1 or (lead and lead + len(words[0]) > width):
        return None
    lines: list[str] = []
    line = [text[:lead] + words[0]]
    size, limit = len(line[0]), width  # the first line has the whole width, the others ``room``
    for word in words[1:]:
        if size + 1 + len(word) <= limit:
            line.append(word)
            size += 1 + len(word)
        else:
            lines.append(" ".join(line))
            line, size, limit = [word], len(word), room
    lines.append(" ".join(line))
    return [lines[0], *(indent + ln for ln in lines[1:])]


def cut(text: str, width: int) -> str:
    """``text`` in at most ``width`` characters, ending in an ellipsis when shortened."""
    if len(text) <= width:
        return text
    head = text[: width - 1].rstrip()
    # Cut at a word boundary when there is one in the second half.
    space = head.rfind(" ")
    if space > width // 2:
        head = head[:space]
    return head.rstrip() + ELLIPSIS


@dataclass(frozen=True)
class Column:
    """A table column: its row key, whether it shares the spare width, its width bounds."""

    key: str
    flex: bool = False
    minimum: int = 4
    maximum: int = 40


def columns(width: int, has_parent: bool) -> list[Column]:
    """The columns shown at ``width``: the source and the gap only on a wide terminal."""
    cols = [
        Column("indicator", flex=True, minimum=16, maximum=40),
        Column("year"),
        Column("plan", maximum=18 if width >= WIDE else 12),
        Column("national", maximum=14),
    ]
    if has_parent:
        cols.append(Column("parent", maximum=17 if width >= WIDE else 12))
    cols.append(Column("outcome", flex=True, minimum=14, maximum=26))
    if width >= WIDE:
        cols.append(Column("gap", maximum=8))
        cols.append(Column("source", flex=True, minimum=20, maximum=60))
    cols.append(Column("codes", maximum=14))
    return cols


def _header_key(key: str) -> str:
    return "key" if key == "indicator" else key


def widths(
    cols: list[Column], cells: list[dict[str, str]], heads: dict[str, str], width: int
) -> list[int]:
    """Each column's width: fixed ones fit their longest value; flexible ones share the rest."""

    def longest_word(text: str) -> int:
        return max((len(w) for w in text.split()), default=0)

    def two_lines(text: str) -> int:
        """The least width that holds ``text`` in two lines (a row's height)."""
        for w in range(longest_word(text), len(text)):
            if len(textwrap.wrap(text, w, break_long_words=False)) <= ROW_LINES:
                return w
        return len(text)

    def cell_width(c: Column, text: str) -> int:
        # An actual in the plan column ("35% (actual 2015)") may take its two lines.
        # On a wide terminal it keeps one.
        fold = c.key == "plan" and len(text) > 8 and width < WIDE
        return two_lines(text) if fold else len(text)

    known: dict[str, int] = {}

    def natural(c: Column) -> int:
        if c.key not in known:
            head = heads[c.key]
            # A header stays on one line when it fits the column's bound, else it wraps.
            head_width = len(head) if len(head) <= c.maximum else longest_word(head)
            widest = max([head_width] + [cell_width(c, r[c.key]) for r in cells])
            known[c.key] = min(widest, c.maximum)
        return known[c.key]

    out = [max(natural(c), c.minimum) if c.flex else natural(c) for c in cols]
    if cols:
        # Flexible columns start at their minimum and grow in order, the indicator first.
        out = [min(c.minimum, natural(c)) if c.flex else w for c, w in zip(cols, out, strict=True)]
    spare = width - sum(out) - len(GAP) * (len(cols) - 1)
    flexible = [i for i, c in enumerate(cols) if c.flex]
    for i in flexible:
        grow = max(0, min(spare, natural(cols[i]) - out[i]))
        out[i] += grow
        spare -= grow
    while spare < 0:
        # Too narrow: take width back from the widest flexible column first.
        shrinkable = [i for i in flexible if out[i] > 6] or [
            i for i in range(len(cols)) if out[i] > 3
        ]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda i: out[i])
        out[widest] -= 1
        spare += 1
    return out


def _grid(values: list[str], ws: list[int], styles: list[str], max_lines: int) -> list[Line]:
    """One row of cells, each wrapped in its column, laid side by side."""
    cells = [
        [v] if _one_line(v, w) else wrap(v, w, max_lines) for v, w in zip(values, ws, strict=True)
    ]
    height = max(len(c) for c in cells)
    lines: list[Line] = []
    for i in range(height):
        line: Line = []
        for j, (c, w) in enumerate(zip(cells, ws, strict=True)):
            text = c[i] if i < len(c) else ""
            last = j == len(cells) - 1
            line.append((text if last else text.ljust(w), styles[j]))
            if not last:
                line.append((GAP, ""))
        # No trailing blanks.
        while line and not line[-1][0].strip():
            line.pop()
        if line:
            line[-1] = (line[-1][0].rstrip(), line[-1][1])
        lines.append(line)
    return lines


def _below(label: str, text: str, width: int, style: str) -> list[Line]:
    body = f"{label}{text}" if label else text
    room = width - len(BELOW)
    return [
        [(BELOW if i == 0 else " " * len(BELOW), "dim"), (ln, style)]
        for i, ln in enumerate(wrap(body, room, NOTE_LINES))
    ]


def _table(plan: PlanReport, options: RenderOptions) -> list[Line]:
    lang, width = options.lang, options.width
    rows = table_rows(plan, options)
    for r, a in zip(rows, plan.assessments, strict=True):
        r["indicator"] = _shown(indicator_name(a.key, options))
    has_parent = any(r.get("parent") for r in rows)
    cols = columns(width, has_parent)
    heads = {c.key: m.header(_header_key(c.key), lang) for c in cols}
    cells = [{c.key: _shown(str(r.get(c.key) or "")) for c in cols} for r in rows]
    ws = widths(cols, cells, heads, width)
    lines = _grid([heads[c.key] for c in cols], ws, ["bold"] * len(cols), ROW_LINES)
    lines.append([("─" * min(width, sum(ws) + len(GAP) * (len(cols) - 1)), "dim")])
    severity = {
        (f.key, f.year): f.severity.value
        for f in sorted(plan.findings, key=lambda f: f.severity.rank)
    }
    for a, r, cell in zip(plan.assessments, rows, cells, strict=True):
        tone = _STYLE.get(severity.get((a.key, a.year), ""), "")
        styles = [tone if c.key == "outcome" else "" for c in cols]
        lines.extend(_grid([cell[c.key] for c in cols], ws, styles, ROW_LINES))
        if r["note"]:
            lines.extend(_below("", _shown(r["note"]), width, ""))
        if r["source"] and width < WIDE and r["source"] not in r["note"]:
            lines.extend(_below(f"{m.header('source', lang)}: ", _shown(r["source"]), width, "dim"))
    return lines


def _heading(plan: PlanReport, options: RenderOptions) -> list[Line]:
    lang, width = options.lang, options.width
    meta = plan.meta
    programmes = programme_names(plan, options)
    where = f"{plan.file} · {meta['issuer']} · {m.label(meta['level'], lang)} · {meta['period']}"
    lines: list[Line] = [[(ln, "bold")] for ln in wrap(_shown(str(meta["title"])), width)]
    lines += [[(ln, "dim")] for ln in wrap(_shown(where), width)]
    lines += [
        [(ln, "dim")] for ln in wrap(_shown(f"{m.header('programmes', lang)}: {programmes}"), width)
    ]
    for notice in notices(plan, lang):
        text = _shown(f"{m.header('notices', lang)}: {notice}")
        lines += [[(ln, "yellow")] for ln in wrap(text, width, indent="  ")]
    return lines


def _source_items(plan: PlanReport, options: RenderOptions) -> list[str]:
    lang = options.lang
    items = []
    for n in cited(plan):
        also = "".join(
            f"; {a.document}: {m.pct(a.value, a.qualifier, lang)} [{m.label(a.evidence, lang)}]"
            for a in n.also
        )
        items.append(
            f"{indicator_name(n.indicator, options)} ({n.indicator}) "
            f"{m.pct(n.value, n.qualifier, lang)} ({n.deadline}): "
            f"{m.cite(n, lang)} [{m.label(n.evidence, lang)}]{also}\n"
            f"“{n.wording}” — {'; '.join(n.refs)}"
        )
    return items


def _path_items(plan: PlanReport, lang: str) -> list[list[str]]:
    """``key:``, then ``2016 ≥ 44% (40% !)``, …: the required path, one item per key."""
    by_key: dict[str, list[str]] = {}
    for step in plan.path:
        if step.minimum is None:
            continue
        sign = ">" if step.qualifier == "more_than" else "≥"
        text = f"{step.year} {sign} {m.num(step.minimum, lang)}%"
        if step.plan_value is not None:
            text += f" ({m.num(step.plan_value, lang)}%{' !' if step.below else ''})"
        by_key.setdefault(step.key, []).append(text)
    return [
        [f"{key}:", *(p + ("," if i < len(ps) - 1 else "") for i, p in enumerate(ps))]
        for key, ps in by_key.items()
    ]


def _local_items(plan: PlanReport, lang: str) -> list[str]:
    lines = []
    for lt in plan.local_targets:
        unit = "%" if lt.get("unit", "percent") == "percent" else f" {lt['unit']}"
        value = (
            m.pct(lt["value"], lt.get("qualifier"), lang)
            if unit == "%"
            else (f"{m.num(lt['value'], lang)}{unit}")
        )
        lines.append(f"{lt['year']}: {lt['name']}: {value}")
    return lines


def _bullets(items: list[str], width: int) -> list[Line]:
    """``- item``, each paragraph wrapped with a hanging indent."""
    out: list[Line] = []
    for item in items:
        for k, para in enumerate(_shown(item).split("\n")):
            first = "- " if k == 0 else "  "
            for ln in wrap(first + para, width, indent="  "):
                out.append([(ln, "")])
    return out


def _units(units: list[list[str]], width: int) -> list[Line]:
    """``- key: a, b, …`` with breaks only between units (a unit is never split)."""
    out: list[Line] = []
    for parts in units:
        line = "- " + parts[0]
        for part in parts[1:]:
            if len(line) + 1 + len(part) > width and line.strip():
                out.append([(line, "")])
                line = "   " + part
            else:
                line += " " + part
        out.append([(cut(line, width), "")])
    return out


def lines(report: Report, options: RenderOptions) -> list[Line]:
    """The whole output as styled lines, none wider than ``options.width``."""
    lang, width = options.lang, options.width
    out: list[Line] = []
    for plan in report.plans:
        out.extend(_heading(plan, options))
        out.append([])
        out.extend(_table(plan, options))
        for title, section in (
            ("sources", _bullets(_source_items(plan, options), width)),
            ("path", _units(_path_items(plan, lang), width)),
            ("local", _bullets(_local_items(plan, lang), width)),
        ):
            if section:
                out.append([])
                out.extend([(ln, "bold")] for ln in wrap(m.header(title, lang) + ":", width))
                out.extend(section)
        out.append([])
    for line in run_finding_lines(report, options):
        out.extend([(ln, "")] for ln in wrap(_shown(line), width, indent="  "))
    return [_no_command(line) for line in out]


def _shown(text: str) -> str:
    """Plan text as shown: no terminal escapes, file names that are not UTF-8 as text."""
    return m.visible(no_surrogates(text))


def _no_command(line: Line) -> Line:
    r"""A line a CI runner never reads as a workflow command (``::error::``): ``\::`` instead."""
    first = next((t.lstrip() for t, _ in line if t.strip()), "")
    if not first.startswith(":"):
        return line  # the line's first character that is not a space is not a colon
    joined = "".join(t for t, _ in line)
    if not joined.lstrip().startswith("::"):
        return line
    for i, (part, style) in enumerate(line):
        if part.strip():
            body = part.lstrip()
            return [*line[:i], (part[: len(part) - len(body)] + "\\" + body, style), *line[i + 1 :]]
    return line


def render_plain(report: Report, options: RenderOptions) -> str:
    """Plain text for pipes and files: the same layout, no colour."""
    return "\n".join("".join(t for t, _ in line) for line in lines(report, options)) + "\n"


def render_rich(report: Report, options: RenderOptions) -> str:
    """Coloured text for a terminal, rendered by rich into a string."""
    import io

    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=options.width, highlight=False)
    for line in lines(report, options):
        text = Text(no_wrap=True, overflow="ellipsis")
        for part, style in line:
            text.append(part, style=style or None)
        console.print(text)
    return buffer.getvalue()


def render(report: Report, options: RenderOptions) -> str:
    """Rich when colour is wanted (a terminal), plain text otherwise."""
    return render_rich(report, options) if options.color else render_plain(report, options)
