"""The report as CSV (fixed columns, no provenance) and Markdown (pipe tables, provenance)."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any

from egovcheck import messages as m
from egovcheck.report.model import COLUMNS, header, pivot

if TYPE_CHECKING:
    from egovcheck.report.model import Pivot, ReportData, Row


def csv_value(value: Any) -> str:
    """A value as CSV text: numbers with a decimal point, booleans true/false, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return m.num(float(value), "en", 6)
    return str(value)


def render_csv(data: ReportData, by: str | None = None, bom: bool = False) -> str:
    """The gap table (or a pivot) as CSV; the first line is the header."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if by is None:
        writer.writerow(COLUMNS)
        for r in data.rows:
            writer.writerow([csv_value(r.value(c)) for c in COLUMNS])
    else:
        p = pivot(data, by)
        writer.writerow([*p.label_columns, "national", *map(str, p.years)])
        for _group, rows in p.groups:
            for pr in rows:
                writer.writerow(
                    [
                        *pr.labels,
                        "true" if pr.national else "false",
                        *(csv_value(pr.cells[y].value) if y in pr.cells else "" for y in p.years),
                    ]
                )
    text = out.getvalue()
    return ("\ufeff" + text) if bom else text


def _md(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ").replace("\r", " ")


def _table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(_md(h) for h in headers) + " |"]
    lines.append("|" + "|".join("---" for _ in headers) + "|")
    lines.extend("| " + " | ".join(_md(c) for c in row) + " |" for row in rows)
    return "\n".join(lines) + "\n"


def provenance_lines(data: ReportData) -> list[str]:
    """The provenance as Markdown list items."""
    p = data.provenance
    lang = data.lang
    vi = lang == "vi"
    method = p["method"]
    thresholds = ", ".join(f"{k} {v:g}" for k, v in method["thresholds"].items())
    other = p["compared_with"]
    progs = ", ".join(f"{x['document']} ({x['id']})" for x in p["programmes"]) or "–"
    lines = [
        f"- egovcheck {p['tool']['version']}",
        f"- {'Chương trình quốc gia' if vi else 'Programmes'}: {progs}",
        f"- {'Mã kiểm tra dữ liệu chuẩn' if vi else 'Baselines checksum'}: "
        f"`{p['baselines_checksum']}`",
        f"- {'Phương pháp' if vi else 'Method'}: {method['name']} ({thresholds}); "
        f"{'so sánh với' if vi else 'compared with'} {other['name']}",
        f"- --as-of: {p['as_of']}"
        + ("" if p["as_of_given"] else (" (hôm nay)" if vi else " (today)")),
    ]
    n = len(p["inputs"])
    lines.append(
        f"- {'Tệp đầu vào' if vi else 'Inputs'}: {n}"
        + (" (sha256 ở cuối báo cáo)" if vi else " (sha256 at the end of the report)")
    )
    return lines


def input_hashes(data: ReportData) -> str:
    """The input files and their SHA-256, as a pipe table."""
    vi = data.lang == "vi"
    rows = [
        [f"`{i['file']}`", f"`{i['sha256']}`" if i["sha256"] else "–"]
        for i in data.provenance["inputs"]
    ]
    return _table(["Tệp" if vi else "File", "sha256"], rows)


def _row_cells(r: Row, lang: str) -> list[str]:
    national = (
        "–"
        if r.national_value is None
        else f"{m.pct(r.national_value, r.national_qualifier, lang)} ({r.deadline})"
    )
    source = f"{r.document}, {m.location(r.location or '', lang)}" if r.document else ""
    pace = "; ".join(m.label(c, lang) for c in (r.trajectory_class, r.trend_class) if c is not None)
    if r.methods_disagree:
        pace += " ⚠"
    return [
        r.issuer,
        r.period,
        r.key,
        str(r.year),
        m.pct(r.plan_value, r.plan_qualifier, lang),
        national,
        source,
        m.label(r.evidence, lang) if r.evidence else "",
        m.label(r.outcome, lang),
        " ".join(r.codes),
        "" if r.gap is None else m.num(r.gap, lang),
        pace,
        r.note,
    ]


MD_COLUMNS = [
    "issuer", "period", "key", "year", "plan_value", "national_value", "document",
    "evidence", "outcome", "codes", "gap", "trajectory_class", "note",
]  # fmt: skip


def _md_header(column: str, lang: str) -> str:
    if column == "trajectory_class":
        return "Tốc độ (lộ trình; thực tế)" if lang == "vi" else "Pace (path; actuals)"
    if column == "document":
        return "Căn cứ" if lang == "vi" else "Source"
    return header(column, lang)


def pivot_markdown(p: Pivot, data: ReportData) -> list[str]:
    """Each group of a pivot as a heading and a pipe table of its own years."""
    lang = data.lang
    parts = []
    for group, rows in p.groups:
        years = sorted({y for pr in rows for y in pr.cells})
        title = f"`{group}` {data.names.get(group, '')}" if p.kind == "indicator" else group
        parts.append(f"### {_md(title)}\n")
        labels = p.label_columns[1:]
        body = [
            [
                *pr.labels[1:],
                *(
                    m.pct(pr.cells[y].value, pr.cells[y].qualifier, lang)
                    + (" ✗" if pr.cells[y].tone == "error" else "")
                    if y in pr.cells
                    else ""
                    for y in years
                ),
            ]
            for pr in rows
        ]
        parts.append(_table([*(header(c, lang) for c in labels), *map(str, years)], body))
    return parts


def render_markdown(data: ReportData, by: str | None = None) -> str:
    """Provenance, a summary, then the gap table or the pivot, as Markdown."""
    lang = data.lang
    vi = lang == "vi"
    title = "Báo cáo đối chiếu kế hoạch ứng dụng CNTT" if vi else "IT-application plans: gap report"
    parts = [
        f"# {title}\n",
        f"## {'Nguồn gốc' if vi else 'Provenance'}\n",
        "\n".join(provenance_lines(data)) + "\n",
        f"## {'Tổng hợp' if vi else 'Summary'}\n",
    ]
    counts = data.counts_by_outcome()
    parts.append(
        _table(
            [header("outcome", lang), "n"],
            [[m.label(k, lang), str(v)] for k, v in counts.items()],
        )
    )
    disagree = sum(r.methods_disagree for r in data.rows)
    if disagree:
        parts.append(
            f"{disagree} dòng: hai phương pháp (SDSN, Eurostat) xếp loại khác nhau (⚠).\n"
            if vi
            else f"{disagree} row(s) where the SDSN and Eurostat methods classify "
            "differently (⚠).\n"
        )
    if by is None:
        parts.append(f"## {'Bảng chênh lệch' if vi else 'Gap table'}\n")
        parts.append(
            _table(
                [_md_header(c, lang) for c in MD_COLUMNS],
                [_row_cells(r, lang) for r in data.rows],
            )
        )
    else:
        names = {
            "indicator": ("Theo chỉ tiêu", "By indicator"),
            "plan": ("Theo kế hoạch", "By plan"),
        }[by]
        parts.append(f"## {names[0] if vi else names[1]}\n")
        parts.extend(pivot_markdown(pivot(data, by), data))
    for e in data.report.errors:
        parts.append(f"- **error** `{_md(m.problem_line(e, lang))}`")
    parts.append(f"\n## {'Tệp đầu vào' if vi else 'Inputs'}\n")
    parts.append(input_hashes(data))
    return "\n".join(parts).rstrip() + "\n"
