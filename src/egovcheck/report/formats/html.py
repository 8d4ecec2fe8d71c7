"""The report as one self-contained HTML file: inline CSS, charts as inline SVG, no scripts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from egovcheck import messages as m
from egovcheck.report.formats.shared import GAP_COLUMNS, gap_header, national, pace, source
from egovcheck.report.pivots import pivot
from egovcheck.report.provenance import thresholds_text
from egovcheck.report.rows import header

if TYPE_CHECKING:
    from egovcheck.report.data import ReportData
    from egovcheck.report.formats import RenderSettings
    from egovcheck.report.rows import Row

NEEDS_FILE = True

# The page's template (package data beside this module), rendered with autoescape on.
TEMPLATE = "report.html.j2"

# The page's texts, by the name the template uses, and their message keys.
TEXTS = {
    "title": "report.html.title",
    "programmes": "report.programmes",
    "parents": "report.parents",
    "checksum": "report.checksum",
    "method": "report.method",
    "compared": "report.compared_with",
    "as_of": "report.as_of",
    "today": "report.today",
    "unreadable": "report.unreadable",
    "inputs": "report.inputs",
    "summary": "report.summary_heading",
    "charts": "report.html.charts",
    "gap": "report.gap_table",
    "indicator": "report.html.indicator",
    "plan": "report.html.plan",
    "disagree": "report.html.disagree",
    "chart_help": "report.html.chart_help",
    "error": "report.error",
    "by_indicator": "report.html.by_indicator",
    "by_indicator_help": "report.html.by_indicator_help",
    "by_indicator_order": "report.html.by_indicator_order",
    "by_plan": "report.html.by_plan",
    "provenance": "report.provenance",
}
# The per-plan summary's count columns (``report.count.<name>``).
COUNTS = ["rows", "error", "warning", "ok", "other"]
# The summary by indicator's count columns (``report.html.standing.<name>``), and their tones.
STANDING_TONES = {"meets": "ok", "misses": "error", "on_track": "ok", "not_assessed": "other"}
# Vietnamese letters that follow their base letter in the alphabet (a ă â, e ê, o ô ơ, u ư):
# breve, circumflex, horn. Tone marks (sắc, huyền, hỏi, ngã, nặng) only break ties.
_LETTER_MARKS = {"\u0306": 1, "\u0302": 2, "\u031b": 3}


def alphabetical(name: str) -> tuple[tuple[tuple[str, int], ...], str, str]:
    """A name's place in the Vietnamese alphabet: "cán" < "chế" < "cuộc", "dịch" < "đơn"."""
    import unicodedata

    letters: list[tuple[str, int]] = []
    tones: list[str] = []
    for ch in unicodedata.normalize("NFD", name.casefold()):
        if ch in _LETTER_MARKS and letters:
            letters[-1] = (letters[-1][0], _LETTER_MARKS[ch])
        elif unicodedata.combining(ch):
            tones.append(ch)
        else:
            letters.append(("d", 1) if ch == "đ" else (ch, 0))
    return tuple(letters), "".join(tones), name


def _jinja2() -> Any:
    try:
        import jinja2
    except ImportError:
        from egovcheck.errors import UsageError, msg

        raise UsageError(msg("report.needs_matplotlib")) from None
    return jinja2


def require() -> None:
    """Import jinja2 and matplotlib, or say how to install them."""
    from egovcheck.report.formats.charts import _matplotlib

    _jinja2()
    _matplotlib()


def render(data: ReportData, settings: RenderSettings) -> str:
    """The whole report as one HTML document."""
    return render_html(data, settings.by, settings.chart_lines)


def render_html(data: ReportData, by: str | None = None, limit: int | None = None) -> str:
    """The whole report as one HTML document."""
    from egovcheck.report.data import STANDINGS
    from egovcheck.report.formats.charts import MAX_LINES, chart_id, compact, pick, render_charts

    jinja2 = _jinja2()
    lang = data.lang
    t = {name: m.text(key, lang) for name, key in TEXTS.items()}
    inputs = data.provenance["inputs"]
    t["inputs_count"] = m.text("report.html.inputs_count", lang, n=len(inputs))
    t["disagree_count"] = m.text("report.html.disagree_count", lang, n=data.disagree)
    svgs = render_charts(data, MAX_LINES if limit is None else limit)
    charts: list[dict[str, Any]] = []
    for key, svg in svgs.items():
        _shown, rest = pick(data.series[key], MAX_LINES if limit is None else limit)
        more = m.text("report.chart.more", lang, n=len(rest)) if rest else ""
        charts.append(
            {
                "key": key,
                "name": data.names.get(key, ""),
                "svg": _markup(svg),
                "more": more,
                "compact": compact(data.series[key]),
            }
        )
    # The full-size charts first, then the compact ones (single-year plans), side by side.
    charts.sort(key=lambda c: c["compact"])
    indicators = [
        {
            **c,
            "chart": chart_id(c["key"]) if c["key"] in svgs else "",
            "plans": sum(c[s] for s in STANDINGS),
        }
        for c in data.counts_by_indicator()
    ]
    # The indicators most plans miss first, then by name.
    indicators.sort(key=lambda c: (-c["misses"], alphabetical(c["name"]), c["key"]))
    indicator_headers = [header(c, lang) for c in ("key", "indicator_name")] + [
        m.text(f"report.html.standing.{s}", lang) for s in ("plans", *STANDINGS)
    ]
    tone_of: dict[str, str] = {}
    for r in data.rows:
        tone_of.setdefault(r.label, r.tone)
    outcomes = [
        {"label": m.label(o, lang), "n": n, "tone": tone_of.get(o, "other")}
        for o, n in data.counts_by_outcome().items()
    ]
    plans = data.counts_by_plan()
    for c in plans:
        c["level"] = m.label(c["level"], lang)
    plan_headers = [header(c, lang) for c in ("file", "issuer", "level", "period")] + [
        m.header(f"report.count.{n}", lang) for n in COUNTS
    ]
    gap = []
    pivot_groups = []
    if by is None:
        table_title = t["gap"]
        gap = [_gap_row(r, lang) for r in data.rows]
    else:
        table_title = t[by]
        p = pivot(data, by)
        for group, rows in p.groups:
            years = sorted({y for pr in rows for y in pr.cells})
            title = f"{group} — {data.names.get(group, '')}" if by == "indicator" else group
            pivot_groups.append(
                {
                    "title": title,
                    "headers": [header(c, lang) for c in p.label_columns[1:]]
                    + [str(y) for y in years],
                    "rows": [
                        {
                            "national": pr.national,
                            "labels": pr.labels[1:],
                            "cells": [
                                {
                                    "text": m.pct(pr.cells[y].value, pr.cells[y].qualifier, lang)
                                    if y in pr.cells
                                    else "",
                                    "tone": ""
                                    if y not in pr.cells or pr.national
                                    else pr.cells[y].tone,
                                }
                                for y in years
                            ],
                        }
                        for pr in rows
                    ],
                }
            )
    from importlib.resources import files

    page_source = files("egovcheck.report.formats").joinpath(TEMPLATE).read_text("utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string(page_source)
    page: str = template.render(
        lang=lang,
        t=t,
        prov=data.provenance,
        thresholds=thresholds_text,
        outcomes=outcomes,
        indicators=indicators,
        indicator_headers=indicator_headers,
        standings=[(s, STANDING_TONES[s]) for s in STANDINGS],
        disagree=data.disagree,
        plans=plans,
        plan_headers=plan_headers,
        errors=[m.problem_line(e, lang) for e in data.report.errors],
        table_title=table_title,
        gap=gap,
        gap_headers=[gap_header(c, lang) for c in GAP_COLUMNS],
        pivot_groups=pivot_groups,
        charts=charts,
    )
    return page


def _markup(svg: str) -> str:
    from markupsafe import Markup

    # matplotlib's own SVG, whose text matplotlib escapes.
    return Markup(svg)


def _breakable(key: str) -> Any:
    """A key that may wrap after its ``_`` and ``.`` (a narrow column), escaped."""
    from markupsafe import Markup, escape

    return Markup(re.sub(r"([_.])", r"\1<wbr>", str(escape(key))))


def _gap_row(r: Row, lang: str) -> dict[str, Any]:
    return {
        "issuer": r.issuer,
        "period": r.period,
        "key": _breakable(r.key),
        "year": r.year,
        "plan": m.pct(r.plan_value, r.plan_qualifier, lang),
        "national": national(r, lang),
        "source": source(r, lang),
        "evidence": m.label(r.evidence, lang) if r.evidence else "",
        "outcome": m.label(r.label, lang),
        "tone": r.tone,
        "codes": " ".join(r.codes),
        "gap": "" if r.gap is None else m.num(r.gap, lang),
        "pace": pace(r, lang),
        "disagree": r.methods_disagree,
        "note": r.note,
    }
