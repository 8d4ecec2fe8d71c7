"""The report as an Excel workbook (openpyxl): summary, gap table, one sheet per pivot."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from egovcheck import messages as m
from egovcheck.report.pivots import KINDS, pivot
from egovcheck.report.provenance import thresholds_text
from egovcheck.report.rows import COLUMNS, NUMERIC, header
from egovcheck.textsafe import spreadsheet_cell, xml_text

if TYPE_CHECKING:
    from egovcheck.report.data import ReportData
    from egovcheck.report.formats import RenderSettings
    from egovcheck.report.pivots import Pivot

NEEDS_FILE = True

# Fill colours by tone: errors red, warnings amber, achieved / on track green, others grey.
FILLS = {"error": "FFC7CE", "warning": "FFEB9C", "ok": "C6EFCE", "other": "E7E6E6"}
HEADER_FILL = "DDEBF7"
MAX_WIDTH = 60
# The per-plan summary's columns: counts are ``report.count.<name>``, the others headers.
PLAN_COLUMNS = ["file", "issuer", "level", "period", "rows", "error", "warning", "ok", "other"]
COUNTS = {"rows", "error", "warning", "ok", "other"}


def sheet(name: str, lang: str) -> str:
    """A sheet's title: summary, gap, indicator or plan."""
    return m.text(f"report.sheet.{name}", lang)


def _openpyxl() -> Any:
    """Import openpyxl, or tell the user how to install it."""
    from importlib import import_module

    try:
        # Imported by name: openpyxl ships no type information.
        openpyxl = import_module("openpyxl")
    except ImportError:
        from egovcheck.errors import UsageError, msg

        raise UsageError(msg("report.needs_openpyxl")) from None
    return openpyxl


def require() -> None:
    """Import openpyxl, or say how to install it."""
    _openpyxl()


def render(data: ReportData, settings: RenderSettings) -> bytes:
    """The workbook's bytes."""
    return render_xlsx(data, settings.by)


class _Writer:
    """Cells with shared styles for a write-only workbook."""

    def __init__(self, openpyxl: Any) -> None:
        from importlib import import_module

        styles = import_module("openpyxl.styles")
        PatternFill, Font, Alignment = styles.PatternFill, styles.Font, styles.Alignment
        self.cell_class = import_module("openpyxl.cell").WriteOnlyCell
        self.fills = {k: PatternFill("solid", fgColor=v) for k, v in FILLS.items()}
        self.header_fill = PatternFill("solid", fgColor=HEADER_FILL)
        self.bold = Font(bold=True)
        self.title_font = Font(bold=True, size=14)
        self.wrap = Alignment(wrap_text=True, vertical="top")

    def clean(self, value: Any) -> Any:
        r"""Text a workbook can hold and shows as text; other values unchanged.

        A formula start (``=``, ``+``, ``-``, ``@``, tab, CR) gets a ``'`` in front, as in CSV
        (numbers are numbers already); control characters, U+FFFE and U+FFFF, which XML cannot
        hold, are shown as ``\x1b`` or ``\uffff``.
        """
        if isinstance(value, str):
            return xml_text(spreadsheet_cell(value))
        return value

    def cell(self, ws: Any, value: Any, *, tone: str | None = None, bold: bool = False) -> Any:
        """A cell; text starting with '=' stays text (never a formula)."""
        value = self.clean(value)
        c = self.cell_class(ws, value=value)
        if isinstance(value, str) and value.startswith("="):
            c.data_type = "s"
        if tone is not None:
            c.fill = self.fills[tone]
        if bold:
            c.font = self.bold
        return c

    def plain(self, ws: Any, value: Any) -> Any:
        """A value as is, or a text cell when it would read as a formula."""
        if isinstance(value, str):
            if value.startswith("="):
                return self.cell(ws, value)
            return self.clean(value)
        return value

    def header_row(self, ws: Any, names: list[str]) -> list[Any]:
        """Bold, filled header cells."""
        cells = []
        for name in names:
            c = self.cell(ws, name, bold=True)
            c.fill = self.header_fill
            cells.append(c)
        return cells


def _letter(index: int) -> str:
    from importlib import import_module

    return str(import_module("openpyxl.utils").get_column_letter(index))


def _widths(ws: Any, table: list[list[Any]], headers: list[str]) -> None:
    """Set each column's width from its longest text (capped)."""
    for i, name in enumerate(headers, start=1):
        longest = max(
            [len(name)] + [len(_shown(row[i - 1])) for row in table[:2000] if i - 1 < len(row)]
        )
        ws.column_dimensions[_letter(i)].width = min(max(longest + 2, 6), MAX_WIDTH)


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _table_sheet(
    wb: Any, w: _Writer, title: str, headers: list[str], table: list[list[Any]], tones: Any
) -> None:
    """A sheet with a frozen, filtered header row; ``tones(i, j)`` colours cell j of row i."""
    ws = wb.create_sheet(title)
    _widths(ws, table, headers)
    ws.freeze_panes = "A2"
    last = _letter(max(len(headers), 1))
    ws.auto_filter.ref = f"A1:{last}{len(table) + 1}"
    ws.append(w.header_row(ws, headers))
    for i, row in enumerate(table):
        out = []
        for j, value in enumerate(row):
            tone = tones(i, j)
            out.append(w.cell(ws, value, tone=tone) if tone else w.plain(ws, value))
        ws.append(out)


def render_xlsx(data: ReportData, by: str | None = None) -> bytes:
    """The workbook's bytes: summary (with provenance), gap table, by indicator, by plan."""
    openpyxl = _openpyxl()
    wb = openpyxl.Workbook(write_only=True)
    try:
        return _fill(wb, _Writer(openpyxl), data, by)
    except BaseException:
        _discard(wb)
        raise


def _discard(wb: Any) -> None:
    """Close a write-only workbook's sheets and remove their temporary files, after a failure."""
    from contextlib import suppress

    for ws in wb.worksheets:
        with suppress(Exception):
            if not ws.closed:
                ws.close()
        with suppress(Exception):
            ws._writer.cleanup()


def _fill(wb: Any, w: _Writer, data: ReportData, by: str | None) -> bytes:
    """Write the sheets into ``wb`` and return the workbook's bytes."""
    lang = data.lang
    _summary_sheet(wb, w, data)

    # The gap table: numbers as numbers, the outcome cell coloured by tone.
    outcome_col = COLUMNS.index("outcome")
    table = []
    for r in data.rows:
        row = []
        for c in COLUMNS:
            v = r.value(c)
            if c == "outcome":
                v = m.label(r.label, lang)
            elif c in ("trajectory_class", "trend_class", "level", "evidence", "severity"):
                v = m.label(v, lang) if v else None
            elif c in NUMERIC and v is not None:
                v = float(v) if isinstance(v, float) else int(v)
            row.append(v)
        table.append(row)
    tones = [r.tone for r in data.rows]
    _table_sheet(
        wb,
        w,
        sheet("gap", lang),
        [header(c, lang) for c in COLUMNS],
        table,
        lambda i, j: tones[i] if j == outcome_col else None,
    )
    for kind in KINDS:
        _pivot_sheet(wb, w, sheet(kind, lang), pivot(data, kind), lang)
    wb.active = {None: 1, "indicator": 2, "plan": 3}[by]
    day = _day(data.provenance.get("as_of"))
    wb.properties.created = datetime(day.year, day.month, day.day)
    buf = io.BytesIO()
    wb.save(buf)
    return reproducible(buf.getvalue(), day)


def _day(as_of: Any) -> date:
    """The report's as-of date (the day of the data), or 1 January 1980 if there is none."""
    try:
        return date.fromisoformat(str(as_of))
    except ValueError:
        return date(1980, 1, 1)


_CORE = "docProps/core.xml"
_STAMP = re.compile(rb"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(</dcterms:)")


def reproducible(workbook: bytes, day: date) -> bytes:
    """The same bytes for the same data: no clock time in the workbook.

    openpyxl stamps ``dcterms:modified`` in ``docProps/core.xml`` with the time of saving, and
    each zip entry with the time it was written. Both become ``day`` (the report's as-of date),
    at midnight; zip entry dates cannot be before 1980.
    """
    stamp = f"{day.isoformat()}T00:00:00Z".encode()
    zip_day = max(day, date(1980, 1, 1))
    when = (zip_day.year, zip_day.month, zip_day.day, 0, 0, 0)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(workbook)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            content = src.read(info)
            if info.filename == _CORE:
                content = _STAMP.sub(lambda m: m.group(1) + stamp + m.group(2), content)
            entry = zipfile.ZipInfo(info.filename, date_time=when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, content)
    return out.getvalue()


def _pivot_sheet(wb: Any, w: _Writer, title: str, p: Pivot, lang: str) -> None:
    headers = [header(c, lang) for c in p.label_columns] + [str(y) for y in p.years]
    table: list[list[Any]] = []
    tone_rows: list[list[str | None]] = []
    n_labels = len(p.label_columns)
    for _group, rows in p.groups:
        for pr in rows:
            cells = [pr.cells.get(y) for y in p.years]
            table.append([*pr.labels, *(c.value if c else None for c in cells)])
            tones: list[str | None] = [None] * n_labels
            tones += [None if c is None or pr.national else c.tone for c in cells]
            tone_rows.append(tones)
    _table_sheet(wb, w, title, headers, table, lambda i, j: tone_rows[i][j])


def _summary_sheet(wb: Any, w: _Writer, data: ReportData) -> None:
    lang = data.lang
    p = data.provenance

    def t(key: str, **values: Any) -> str:
        return m.text(f"report.{key}", lang, **values)

    ws = wb.create_sheet(sheet("summary", lang))
    ws.column_dimensions["A"].width = 34
    for col in "BCDEFGHIJ":
        ws.column_dimensions[col].width = 18
    ws.column_dimensions["B"].width = 70

    def line(*values: Any, bold: bool = False) -> None:
        ws.append([w.cell(ws, v, bold=bold) if isinstance(v, str) else v for v in values])

    title = w.cell(ws, t("html.title"))
    title.font = w.title_font
    ws.append([title])
    ws.append([])
    line(t("provenance"), bold=True)
    line("egovcheck", p["tool"]["version"])
    line(t("checksum"), p["baselines_checksum"])
    for prog in p["programmes"]:
        line(t("programme"), f"{prog['document']} ({prog['id']})")
    for parent in p["parents"]:
        line(t("parents"), f"{parent['title']} ({parent['file']}, {parent['sha256'] or '–'})")
    method = p["method"]
    line(t("method"), f"{method['name']}: {thresholds_text(method)}")
    other = p["compared_with"]
    line(t("compared_with_label"), f"{other['name']}: {thresholds_text(other)}")
    line(t("as_of"), p["as_of"] + ("" if p["as_of_given"] else f" ({t('today')})"))
    line(t("inputs"), f"{len(p['inputs'])} ({t('hashes_below')})")
    ws.append([])
    line(t("rows_by_outcome"), bold=True)
    tone_of = {r.label: r.tone for r in data.rows}
    for outcome, n in data.counts_by_outcome().items():
        ws.append([w.cell(ws, m.label(outcome, lang), tone=tone_of.get(outcome)), n])
    line(header("methods_disagree", lang), data.disagree)
    ws.append([])
    line(t("rows_by_plan"), bold=True)
    ws.append(
        w.header_row(
            ws,
            [
                m.header(f"report.count.{n}", lang) if n in COUNTS else header(n, lang)
                for n in PLAN_COLUMNS
            ],
        )
    )
    for c in data.counts_by_plan():
        row = [c[n] for n in PLAN_COLUMNS]
        row[2] = m.label(row[2], lang)
        ws.append([w.plain(ws, v) for v in row])
    for e in data.report.errors:
        line(t("error"), m.problem_line(e, lang))
    ws.append([])
    line(t("inputs_sha256"), bold=True)
    for i in p["inputs"]:
        line(i["file"], i["sha256"] or t("unreadable"))
