"""One SVG chart per indicator key: each plan's path against the national path (matplotlib)."""

from __future__ import annotations

import io
import re
import textwrap
from typing import TYPE_CHECKING, Any

from egovcheck import messages as m

if TYPE_CHECKING:
    from egovcheck.findings import NationalRef
    from egovcheck.report.data import ReportData
    from egovcheck.report.series import Series

# At most this many plans are drawn as their own lines; the others are a grey band (their
# lowest and highest value each year) with their median, so a chart over 1,000 plans stays
# readable and small.
MAX_LINES = 12
WIDTH, HEIGHT = 10.0, 4.8  # inches
# Charts whose every plan has one value (single-year plans) are a compact dot plot: one row
# per plan and per national target, this wide, each row this high, labels this wide.
COMPACT_WIDTH, ROW_HEIGHT, LABEL_WIDTH = 5.6, 0.26, 2.0  # inches
# Characters per line of a wrapped title (10 pt) and of a compact chart's row label (8 pt).
TITLE_CHARS, COMPACT_TITLE_CHARS, LABEL_CHARS = 118, 64, 32
LINE = 10 * 1.35 / 72  # a title line's height, inches


def _matplotlib() -> Any:
    """Import matplotlib with the Agg backend, or tell the user how to install it."""
    try:
        import matplotlib
    except ImportError:
        from egovcheck.errors import UsageError, msg

        raise UsageError(msg("report.needs_matplotlib")) from None
    matplotlib.use("Agg", force=False)
    return matplotlib


def slug(key: str) -> str:
    """An id-safe form of a key: ``one_stop_electronic.district`` -> ``…-district``."""
    return re.sub(r"[^A-Za-z0-9_-]", "-", key)


def chart_id(key: str) -> str:
    """The id of a key's chart element in the HTML report."""
    return f"chart-{slug(key)}"


_ID = re.compile(r'\bid="([^"]+)"')
_REF = re.compile(r"(url\(#|xlink:href=\"#|href=\"#)([^)\"]+)")


def _scoped(svg: str, key: str) -> str:
    """The SVG element alone, with its inner ids prefixed so several can share a page."""
    start = svg.index("<svg")
    svg = svg[start:]
    prefix = slug(key)
    root_id = chart_id(key)
    svg = _ID.sub(
        lambda mt: (
            f'id="{mt.group(1)}"' if mt.group(1) == root_id else f'id="{prefix}-{mt.group(1)}"'
        ),
        svg,
    )
    svg = _REF.sub(lambda mt: f"{mt.group(1)}{prefix}-{mt.group(2)}", svg)
    return svg.replace("<svg ", '<svg class="egov-chart" role="img" ', 1)


def pick(series: list[Series], limit: int = MAX_LINES) -> tuple[list[Series], list[Series]]:
    """The plans drawn as lines (the worst first, up to ``limit``) and the rest."""
    ordered = sorted(series, key=lambda s: (-s.badness[0], -s.badness[1], s.label, s.file))
    return ordered[:limit], ordered[limit:]


def render_charts(data: ReportData, limit: int = MAX_LINES) -> dict[str, str]:
    """Each key's chart as inline SVG markup (text kept as text), by key."""
    matplotlib = _matplotlib()
    out = {}
    # Indicators with a national path first, then the plans' other keys.
    keys = sorted(data.series, key=lambda k: (not data.nationals.get(k), k))
    for key in keys:
        series = data.series[key]
        with matplotlib.rc_context(
            {
                "svg.fonttype": "none",
                "svg.hashsalt": key,
                "svg.id": chart_id(key),
                "font.family": ["DejaVu Sans", "sans-serif"],
                "font.size": 9,
                # Plans' issuers and titles are drawn as written: "$…$" is not mathtext.
                "text.parse_math": False,
            }
        ):
            draw = _dots if compact(series) else _chart
            out[key] = _scoped(draw(key, series, data, limit), key)
    return out


def compact(series: list[Series]) -> bool:
    """True when every plan has a single value: a dot plot says it better than lines."""
    return all(len(s.values) + len(s.actuals) <= 1 and s.projection is None for s in series)


def _title(key: str, data: ReportData, chars: int) -> str:
    """The chart's title, wrapped (never cut): the key and the indicator's name."""
    return textwrap.fill(f"{key}: {data.names.get(key, key)}", chars, break_on_hyphens=False)


def _svg(fig: Any) -> str:
    buf = io.StringIO()
    # No metadata: no date (reproducible output) and no RDF links in the page.
    fig.savefig(
        buf,
        format="svg",
        metadata={"Creator": None, "Date": None, "Format": None, "Type": None},
    )
    return buf.getvalue()


def _chart(key: str, series: list[Series], data: ReportData, limit: int) -> str:
    from matplotlib.figure import Figure

    lang = data.lang
    fig = Figure(figsize=(WIDTH, HEIGHT))
    title = _title(key, data, TITLE_CHARS)
    top = 1 - (0.12 + LINE * (title.count("\n") + 1)) / HEIGHT
    fig.text(0.06, 1 - 0.08 / HEIGHT, title, ha="left", va="top", fontsize=10)
    ax = fig.add_axes((0.06, 0.11, 0.6, top - 0.11))
    shown, rest = pick(series, limit)
    colors = _palette(len(shown))
    years: set[int] = set()
    if rest:
        _band(ax, rest, lang)
        years.update(y for s in rest for y, _ in s.values)
    for s, color in zip(shown, colors, strict=True):
        years.update(y for y, _ in s.values)
        years.update(y for y, _ in s.actuals)
        if s.values:
            xs, ys = zip(*s.values, strict=True)
            ax.plot(xs, ys, "-o", color=color, lw=1.8, ms=4, label=s.label)
        for y0, v0, y1, v1 in s.required:
            ax.plot([y0, y1], [v0, v1], ":", color=color, lw=1.0)
        if s.actuals:
            xs, ys = zip(*s.actuals, strict=True)
            ax.plot(xs, ys, "-s", color=color, lw=1.0, ms=4, mfc="white")
        if s.projection:
            y0, v0, y1, v1 = s.projection
            ax.plot([y0, y1], [v0, v1], "--", color=color, lw=1.2)
            years.add(y1)
    nationals = data.nationals.get(key, [])
    _nationals(ax, nationals, lang)
    years.update(n.deadline for n in nationals)
    if years:
        lo, hi = min(years), max(years)
        ax.set_xlim(lo - 0.5, hi + 0.5)
        step = max(1, (hi - lo) // 10 + 1)
        ax.set_xticks(list(range(lo, hi + 1, step)))
    ax.set_ylim(0, 105)
    ax.set_ylabel("%")
    ax.grid(True, color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    _legend(fig, ax, lang, top + 0.02)
    return _svg(fig)


def _dots(key: str, series: list[Series], data: ReportData, limit: int) -> str:
    """A compact dot plot: a row per national target and per plan, its value on the x axis."""
    from matplotlib.figure import Figure

    lang = data.lang
    shown, rest = pick(series, limit)
    # (label, value, annotation, marker style) per row, top to bottom.
    rows: list[tuple[str, float | None, str, dict[str, Any]]] = []
    seen: set[tuple[int, float]] = set()
    for n in sorted(data.nationals.get(key, []), key=lambda n: (n.deadline, n.value)):
        if (n.deadline, n.value) in seen:
            continue
        seen.add((n.deadline, n.value))
        label = m.text("report.chart.national_year", lang, year=n.deadline)
        diamond = {"marker": "D", "color": "black", "ms": 6}
        rows.append((label, n.value, m.pct(n.value, n.qualifier, lang), diamond))
    for s, color in zip(shown, _palette(len(shown)), strict=True):
        if s.values:
            (year, value), style = s.values[0], {"marker": "o", "color": color, "ms": 6}
        elif s.actuals:
            (year, value) = s.actuals[0]
            style = {"marker": "s", "color": color, "ms": 6, "mfc": "white"}
        else:
            continue
        note = f"{m.pct(value, None, lang)} ({year})"
        rows.append((s.label, value, note, style))
    others = [v for s in rest for _, v in (s.values or s.actuals)[:1]]
    if others:
        rows.append((m.text("report.chart.others", lang, n=len(rest)), None, "", {}))
    title = _title(key, data, COMPACT_TITLE_CHARS)
    labels = [textwrap.fill(r[0], LABEL_CHARS, max_lines=2, placeholder="…") for r in rows]
    heights = [ROW_HEIGHT * (1 + 0.5 * lb.count("\n")) for lb in labels]
    title_h = 0.12 + LINE * (title.count("\n") + 1)
    axis_h = 0.42
    height = title_h + sum(heights) + axis_h
    fig = Figure(figsize=(COMPACT_WIDTH, height))
    fig.text(0.02, 1 - 0.08 / height, title, ha="left", va="top", fontsize=10)
    left = LABEL_WIDTH / COMPACT_WIDTH
    ax = fig.add_axes(
        (left, axis_h / height, 0.97 - left, sum(heights) / height),
    )
    ys = []
    y = 0.0
    for h in heights:
        ys.append(y + h / 2)
        y += h
    for (_label, v, note, style), yy in zip(rows, ys, strict=True):
        if v is None:
            continue
        ax.plot([v], [yy], ls="none", zorder=5, **style)
        right = v <= 70
        ax.annotate(
            note,
            (v, yy),
            textcoords="offset points",
            xytext=(7 if right else -7, 0),
            ha="left" if right else "right",
            va="center",
            fontsize=8,
        )
    if others:
        yy = ys[-1]
        lo, hi = min(others), max(others)
        ax.plot([lo, hi], [yy, yy], "-", color="#bbbbbb", lw=6, solid_capstyle="butt")
        median = sorted(others)[len(others) // 2]
        ax.plot([median], [yy], "|", color="#666666", ms=10, mew=1.5)
    ax.set_yticks(ys)
    ax.set_yticklabels(labels, fontsize=8)
    ax.set_ylim(y, 0)
    ax.set_xlim(0, 105)
    ax.set_xticks(range(0, 101, 20))
    ax.set_xlabel("%", labelpad=1)
    ax.tick_params(axis="y", length=0)
    ax.grid(True, axis="x", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    return _svg(fig)


def _palette(n: int) -> list[Any]:
    from matplotlib import colormaps

    cmap = colormaps["tab20" if n > 10 else "tab10"]
    return [cmap(i % cmap.N) for i in range(n)]


def _band(ax: Any, rest: list[Series], lang: str) -> None:
    """The plans not drawn as lines: their range each year, and the median."""
    by_year: dict[int, list[float]] = {}
    for s in rest:
        for y, v in s.values:
            by_year.setdefault(y, []).append(v)
    if not by_year:
        return
    xs = sorted(by_year)
    lows = [min(by_year[x]) for x in xs]
    highs = [max(by_year[x]) for x in xs]
    medians = [sorted(by_year[x])[len(by_year[x]) // 2] for x in xs]
    label = m.text("report.chart.band", lang, n=len(rest))
    ax.fill_between(xs, lows, highs, color="#bbbbbb", alpha=0.35, lw=0, label=label)
    ax.plot(xs, medians, "-", color="#888888", lw=1.0, label=m.text("report.chart.median", lang))


def _nationals(ax: Any, nationals: list[NationalRef], lang: str) -> None:
    """National milestones as black diamonds, labelled with value and deadline."""
    if not nationals:
        return
    xs = [n.deadline for n in nationals]
    ys = [n.value for n in nationals]
    ax.plot(
        xs,
        ys,
        "D",
        color="black",
        ms=7,
        ls="none",
        label=m.text("report.chart.national", lang),
        zorder=5,
    )
    seen: set[tuple[int, float]] = set()
    for n in nationals:
        if (n.deadline, n.value) in seen:
            continue
        seen.add((n.deadline, n.value))
        ax.annotate(
            f"{m.pct(n.value, n.qualifier, lang)} ({n.deadline})",
            (n.deadline, n.value),
            textcoords="offset points",
            xytext=(-6, 7),
            ha="right",
            fontsize=8,
        )


def _legend(fig: Any, ax: Any, lang: str, top: float) -> None:
    """The plans' legend, and a key to the line styles."""
    from matplotlib.lines import Line2D

    handles, labels = ax.get_legend_handles_labels()
    styles = [
        Line2D([], [], color="#444444", ls="-", marker="o", ms=4),
        Line2D([], [], color="#444444", ls=":"),
        Line2D([], [], color="#444444", ls="-", marker="s", mfc="white", ms=4),
        Line2D([], [], color="#444444", ls="--"),
    ]
    names = [m.text(f"report.chart.{n}", lang) for n in ("plan", "required", "actual", "trend")]
    short = [lb if len(lb) <= 48 else lb[:47] + "…" for lb in labels]
    fig.legend(
        handles + styles,
        short + names,
        loc="upper left",
        bbox_to_anchor=(0.68, top),
        fontsize=7.5,
        frameon=False,
    )
