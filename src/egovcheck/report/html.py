"""The report as one self-contained HTML file: inline CSS, charts as inline SVG, no scripts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from egovcheck import messages as m
from egovcheck.report.model import header, pivot
from egovcheck.report.text import _md_header

if TYPE_CHECKING:
    from egovcheck.report.model import ReportData

# The page's template (package data beside this module), rendered with autoescape on.
TEMPLATE = "report.html.j2"

TEXT = {
    "title": (
        "Báo cáo đối chiếu kế hoạch ứng dụng CNTT với mục tiêu quốc gia",
        "IT-application plans against the national targets: gap report",
    ),
    "programmes": ("Chương trình quốc gia", "Programmes"),
    "checksum": ("Mã kiểm tra dữ liệu chuẩn", "Baselines checksum"),
    "method": ("Phương pháp", "Method"),
    "compared": ("so sánh với", "compared with"),
    "today": ("hôm nay", "today"),
    "unreadable": ("không đọc được", "unreadable"),
    "inputs": ("Tệp đầu vào", "Inputs"),
    "inputs_count": ("{} tệp, kèm mã sha256", "{} file(s), with their sha256"),
    "summary": ("Tổng hợp", "Summary"),
    "charts": ("Biểu đồ theo chỉ tiêu", "Charts by indicator"),
    "gap": ("Bảng chênh lệch", "Gap table"),
    "indicator": ("Theo chỉ tiêu: đơn vị × năm", "By indicator: issuers × years"),
    "plan": ("Theo kế hoạch: chỉ tiêu × năm", "By plan: indicators × years"),
    "disagree": (
        "Hai phương pháp (SDSN, Eurostat) xếp loại khác nhau",
        "The SDSN and Eurostat methods classify this differently",
    ),
    "disagree_count": (
        "{} dòng: hai phương pháp (SDSN tuyến tính, CAGR Eurostat) xếp loại khác nhau.",
        "{} row(s) where the SDSN linear and Eurostat CAGR methods classify differently.",
    ),
    "chart_help": (
        "Đường liền có chấm tròn: giá trị kế hoạch; chấm vuông rỗng: số liệu thực tế; "
        "nét đứt: dự báo theo xu hướng thực tế; chấm chấm: lộ trình tăng đều cần thiết từ điểm "
        "xuất phát đến mục tiêu kế tiếp; hình thoi đen: mục tiêu quốc gia.",
        "Solid line with dots: plan values; hollow squares: actuals; dashed: the actuals' "
        "trend projected; dotted: the straight line required from the start point to the next "
        "target; black diamonds: national targets.",
    ),
}


def _jinja2() -> Any:
    try:
        import jinja2
    except ImportError:
        from egovcheck.errors import UsageError, msg

        raise UsageError(msg("report.needs_matplotlib")) from None
    return jinja2


GAP_COLUMNS = [
    "issuer", "period", "key", "year", "plan_value", "national_value", "document",
    "evidence", "outcome", "codes", "gap", "trajectory_class", "note",
]  # fmt: skip


def render_html(data: ReportData, by: str | None = None, limit: int | None = None) -> str:
    """The whole report as one HTML document."""
    from egovcheck.report.charts import MAX_LINES, pick, render_charts

    jinja2 = _jinja2()
    lang = data.lang
    en = lang == "en"
    t = {k: v[en] for k, v in TEXT.items()}
    svgs = render_charts(data, MAX_LINES if limit is None else limit)
    charts = []
    for key, svg in svgs.items():
        _shown, rest = pick(data.series[key], MAX_LINES if limit is None else limit)
        more = (
            ""
            if not rest
            else (
                f"{len(rest)} other plans shown as a grey band"
                if en
                else f"{len(rest)} kế hoạch khác trong dải màu xám"
            )
        )
        charts.append(
            {"key": key, "name": data.names.get(key, ""), "svg": _markup(svg), "more": more}
        )
    tone_of: dict[str, str] = {}
    for r in data.rows:
        tone_of.setdefault(r.outcome, r.tone)
    outcomes = [
        {"label": m.label(o, lang), "n": n, "tone": tone_of.get(o, "other")}
        for o, n in data.counts_by_outcome().items()
    ]
    plans = data.counts_by_plan()
    for c in plans:
        c["level"] = m.label(c["level"], lang)
    names = ["rows", "error", "warning", "ok", "other"]
    labels = {
        "rows": ("Số dòng", "Rows"),
        "error": ("Lỗi", "Errors"),
        "warning": ("Cảnh báo", "Warnings"),
        "ok": ("Đạt, đúng lộ trình", "Achieved, on track"),
        "other": ("Khác", "Other"),
    }
    plan_headers = [header(c, lang) for c in ("file", "issuer", "level", "period")] + [
        labels[n][en] for n in names
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

    source = files("egovcheck.report").joinpath(TEMPLATE).read_text("utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string(source)
    page: str = template.render(
        lang=lang,
        t=t,
        prov=data.provenance,
        thresholds=lambda meth: ", ".join(f"{k} {v:g}" for k, v in meth["thresholds"].items()),
        outcomes=outcomes,
        disagree=sum(r.methods_disagree for r in data.rows),
        plans=plans,
        plan_headers=plan_headers,
        errors=[m.problem_line(e, lang) for e in data.report.errors],
        table_title=table_title,
        gap=gap,
        gap_headers=[_md_header(c, lang) for c in GAP_COLUMNS],
        pivot_groups=pivot_groups,
        charts=charts,
    )
    return page


def _markup(svg: str) -> str:
    from markupsafe import Markup

    # matplotlib's own SVG, whose text matplotlib escapes.
    return Markup(svg)


def _gap_row(r: Any, lang: str) -> dict[str, Any]:
    return {
        "issuer": r.issuer,
        "period": r.period,
        "key": r.key,
        "year": r.year,
        "plan": m.pct(r.plan_value, r.plan_qualifier, lang),
        "national": "–"
        if r.national_value is None
        else f"{m.pct(r.national_value, r.national_qualifier, lang)} ({r.deadline})",
        "source": f"{r.document}, {m.location(r.location or '', lang)}" if r.document else "",
        "evidence": m.label(r.evidence, lang) if r.evidence else "",
        "outcome": m.label(r.outcome, lang),
        "tone": r.tone,
        "codes": " ".join(r.codes),
        "gap": "" if r.gap is None else m.num(r.gap, lang),
        "pace": "; ".join(
            m.label(c, lang) for c in (r.trajectory_class, r.trend_class) if c is not None
        ),
        "disagree": r.methods_disagree,
        "note": r.note,
    }
