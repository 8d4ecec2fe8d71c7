"""The HTML report's page: the summary by indicator first, compact single-year charts, titles."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from html import unescape

import pytest

from egovcheck import messages as m
from egovcheck.baselines import bundled
from egovcheck.report.data import STANDINGS, ReportData, standing
from egovcheck.report.run import collect
from tests.conftest import EXAMPLES

pytest.importorskip("matplotlib")
pytest.importorskip("jinja2")

PATHS = sorted(str(p) for p in EXAMPLES.glob("*.yaml")) + sorted(
    str(p) for p in (EXAMPLES / "progress").glob("*.yaml")
)


@pytest.fixture(scope="module")
def data() -> ReportData:
    return collect(PATHS, bundled(), as_of=date(2024, 1, 1), lang="vi")


@pytest.fixture(scope="module")
def page(data: ReportData) -> str:
    from egovcheck.report.formats.html import render_html

    return render_html(data)


def test_a_plan_misses_a_key_with_any_finding_else_its_last_judged_year_decides(
    data: ReportData,
) -> None:
    base = next(r for r in data.rows if r.outcome == "on-track")
    on_track = replace(base, outcome="on-track", severity=None, year=2018)
    achieved = replace(base, outcome="achieved", severity=None, year=2020)
    off_path = replace(base, outcome="off-path", severity="warning", year=2019)
    other = replace(base, outcome="no-national-target", severity=None, year=2021)
    assert standing([on_track, achieved]) == "meets"
    assert standing([achieved, replace(on_track, year=2025)]) == "on_track"
    assert standing([on_track, off_path, achieved]) == "misses"
    assert standing([other]) == "not_assessed"
    assert standing([other, on_track]) == "on_track"


def test_counts_by_indicator_count_every_plan_once_per_key(data: ReportData) -> None:
    counts = data.counts_by_indicator()
    assert [c["key"] for c in counts] == sorted(
        (c["key"] for c in counts),
        key=lambda k: (k not in {r.key for r in data.rows if r.national_value is not None}, k),
    )
    for c in counts:
        plans = {r.file for r in data.rows if r.key == c["key"]}
        assert sum(c[s] for s in STANDINGS) == len(plans)
    by_key = {c["key"]: c for c in counts}
    assert by_key["e_results_issued.province"]["meets"] == 1
    assert by_key["docs_interagency_electronic"]["misses"] >= 1


def test_the_page_opens_with_the_summary_by_indicator(page: str) -> None:
    body = page[page.index("<main>") :]
    heading = m.text("report.html.by_indicator", "vi")
    first = body.index(heading)
    assert first < body.index('id="by-indicator"') < body.index('class="egov-chart"')
    assert body.index('class="egov-chart"') < body.index('id="gap-table"')
    # The provenance closes the page; the top names it and links to it.
    assert body.index('id="gap-table"') < body.index('<section id="provenance">')
    assert '<a href="#provenance">' in page
    # Each indicator with a chart links to it.
    assert '<a href="#chart-docs_interagency_electronic">' in page
    for s in ("plans", *STANDINGS):
        assert f'<th class="n">{m.text(f"report.html.standing.{s}", "vi")}</th>' in page


def _by_indicator(page: str) -> tuple[str, list[tuple[str, str, int]]]:
    """The summary by indicator's caption and its rows: key, name, plans that miss it."""
    start = page.index('<table id="by-indicator">')
    table = page[start : page.index("</table>", start)]
    caption = re.search(r"<caption>(.*?)</caption>", table)
    assert caption is not None
    misses = 3 + STANDINGS.index("misses")  # after the key, the name and the plans
    rows = []
    for tr in re.findall(r"<tbody>.*", table, re.S)[0].split("</tr>")[:-1]:
        cells = [
            unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<td[^>]*>(.*?)</td>", tr)
        ]
        rows.append((cells[0], cells[1], int(cells[misses])))
    return caption.group(1), rows


def test_the_summary_by_indicator_puts_the_most_missed_first(page: str) -> None:
    caption, rows = _by_indicator(page)
    assert caption == m.text("report.html.by_indicator_order", "vi")
    assert "không đạt nhất xếp trước" in caption
    misses = [n for _k, _name, n in rows]
    assert misses == sorted(misses, reverse=True)
    assert [(k, n) for k, _name, n in rows[:3]] == [
        ("docs_interagency_electronic", 5),
        ("docs_submitted_electronic", 3),
        ("work_records_online.commune", 2),
    ]
    # Then by name, in the Vietnamese alphabet: "cán" < "cơ" < "cuộc" (by code point "cuộc"
    # would come first and "cơ" last).
    once = [k for k, _name, n in rows if n == 1]
    assert once[:5] == [
        "satisfaction",  # Mức độ hài lòng...
        "officials_email",  # Tỷ lệ cán bộ, công chức sử dụng thư điện tử công vụ
        "open_data_agencies",  # Tỷ lệ cơ quan nhà nước cung cấp dữ liệu mở
        "internal_governance_online",  # Tỷ lệ cơ quan nhà nước thực hiện chỉ đạo
        "meetings_online",  # Tỷ lệ cuộc họp thực hiện trực tuyến
    ]


def test_the_summary_by_indicator_says_its_order_in_english() -> None:
    from egovcheck.report.formats.html import render_html

    caption, rows = _by_indicator(render_html(collect(PATHS, bundled(), lang="en")))
    assert caption == "The indicators most plans miss come first, then by indicator name."
    for n in {n for _k, _name, n in rows}:
        names = [name for _k, name, missed in rows if missed == n]
        assert names == sorted(names, key=str.casefold), n


def test_names_sort_in_the_vietnamese_alphabet() -> None:
    from egovcheck.report.formats.html import alphabetical

    words = ["Tỷ", "đơn", "cuộc", "ăn", "chế", "an", "dịch", "âm", "cán", "ba", "tổng", "ơn", "ôm"]
    assert sorted(words, key=alphabetical) == [
        "an", "ăn", "âm", "ba", "cán", "chế", "cuộc", "dịch", "đơn", "ôm", "ơn", "tổng", "Tỷ",
    ]  # fmt: skip


def test_single_year_charts_are_compact_dot_plots(data: ReportData, page: str) -> None:
    from egovcheck.report.formats.charts import compact

    single = {k for k, s in data.series.items() if compact(s)}
    assert "meetings_online" in single
    assert "docs_interagency_electronic" not in single
    figures = re.findall(r'<figure class="chart( compact)?" data-key="([^"]+)"', page)
    assert {k for c, k in figures if c} == single
    # The full-size charts first, then the compact ones.
    flags = [bool(c) for c, _k in figures]
    assert flags == sorted(flags)
    sizes = {
        key: float(height)
        for height, key in re.findall(
            r'<svg[^>]*\bheight="([\d.]+)pt"[^>]*\bid="chart-([^"]+)"', page
        )
    }
    assert sizes["meetings_online"] < 0.5 * sizes["docs_interagency_electronic"]


def test_long_chart_titles_wrap_instead_of_being_cut(data: ReportData, page: str) -> None:
    name = data.names["docs_submitted_electronic"]
    title = f"docs_submitted_electronic: {name}"
    assert len(title) > 90
    assert title + "…" not in page
    svg = re.search(r'<svg[^>]*id="chart-docs_submitted_electronic".*?</svg>', page, re.S)
    assert svg is not None
    texts = " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg.group(0)))
    for word in name.split():
        assert word in texts
    assert "…" not in texts


def test_gap_table_keys_wrap_at_their_separators(page: str) -> None:
    assert "<code>docs_<wbr>interagency_<wbr>electronic</code>" in page


def test_a_hostile_key_is_escaped_where_it_may_wrap() -> None:
    from egovcheck.report.formats.html import _breakable

    assert str(_breakable("a_<b>.c")) == "a_<wbr>&lt;b&gt;.<wbr>c"
