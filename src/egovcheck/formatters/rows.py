"""Rows shared by the tabular formats: one per assessment, in the chosen language."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from egovcheck import messages as m

if TYPE_CHECKING:
    from egovcheck.findings import Assessment, Finding, NationalRef, PlanReport, Report
    from egovcheck.formatters import RenderOptions


def indicator_name(key: str, options: RenderOptions) -> str:
    """The catalogue name of a key's indicator, with its scope."""
    indicator_id, _, scope = key.partition(".")
    entry = options.baselines.catalogue.indicators.get(indicator_id)
    name = getattr(entry.name, options.lang) if entry else indicator_id
    return f"{name} ({m.label(scope, options.lang)})" if scope else name


def note(row: Assessment, findings: list[Finding], options: RenderOptions) -> str:
    """The row's message: its findings' sentences, else the pace it implies."""
    lang = options.lang
    if findings:
        name = indicator_name(row.key, options)
        return " ".join(m.message(f, lang, name) for f in findings)
    parts = []
    if row.required_gain is not None and row.next is not None:
        parts.append(m.needed(row.required_gain, row.next.deadline, row.next.value, lang))
    if row.pace_class is not None:
        parts.append(m.label(row.pace_class.value, lang))
    return "; ".join(parts)


def evidence(n: NationalRef | None, lang: str) -> str:
    """``mức xác thực: thứ cấp: trang chính thức hoặc ≥ 2 nguồn``, or "" without a target."""
    return m.text("cell.evidence", lang, grade=m.label(n.evidence, lang)) if n else ""


def finding_text(f: Finding, options: RenderOptions) -> str:
    """A finding's sentence with its target's evidence grade: for annotations and test cases."""
    text = m.message(f, options.lang, indicator_name(f.key, options))
    grade = evidence(f.national, options.lang)
    return f"{text} [{grade}]" if grade else text


def plan_cell(row: Assessment, lang: str) -> str:
    """The plan's value, or for a row judged on an actual (AC01, met, missed) the actual."""
    if row.plan_value is None and row.actual_value is not None:
        value = m.pct(row.actual_value, None, lang)
        if row.actual_year in (None, row.year):
            return m.text("cell.actual_same_year", lang, value=value)
        return m.text("cell.actual", lang, value=value, year=row.actual_year)
    return m.pct(row.plan_value, row.plan_qualifier, lang)


def notices(plan: PlanReport, lang: str) -> list[str]:
    """What the data cover for this plan (beyond the last deadline, no programme), as text."""
    return [m.render(n, lang) for n in plan.notices]


def verdict(report: Report, fail_on: str, lang: str) -> tuple[bool, str]:
    """Whether the run passes ``--fail-on`` (and no file was unreadable), and the sentence."""
    from egovcheck.engine import exceeds
    from egovcheck.findings import Severity

    c = report.counts()
    if c["unreadable"]:
        return False, m.text("summary.fail_unreadable", lang, unreadable=c["unreadable"])
    if fail_on == "never":
        return True, m.text("summary.never", lang)
    threshold = m.label(fail_on, lang)
    if exceeds(report, fail_on):
        rank = Severity(fail_on).rank
        count = sum(1 for f in report.findings if not f.waived and f.severity.rank >= rank)
        return False, m.text("summary.fail", lang, count=count, threshold=threshold)
    return True, m.text("summary.pass", lang, threshold=threshold)


def row_findings(plan: PlanReport, row: Assessment) -> list[Finding]:
    """The findings that belong to an assessment row."""
    return [f for f in plan.findings if f.key == row.key and f.year == row.year]


def is_parent(n: NationalRef | None) -> bool:
    """Whether a target comes from a parent plan (``--against``) rather than a programme."""
    return n is not None and n.programme.startswith("plan:")


def national_refs(plan: PlanReport, row: Assessment, options: RenderOptions) -> list[NationalRef]:
    """The national targets binding a row's key, one per deadline, without a parent plan's."""
    from datetime import date

    from egovcheck.binding import bindings, resolve

    # Every programme in force at adoption: the parent's target may have hidden the national
    # one from the programmes the plan was checked against.
    adopted = plan.meta.get("adopted")
    first = int(str(plan.meta["period"]).split("-")[0])
    on = date.fromisoformat(adopted) if adopted else date(first, 1, 1)
    programmes = options.baselines.applicable(on, first)
    indicator, _, scope = row.key.partition(".")
    return resolve(bindings(programmes, indicator, scope or None, plan.meta["level"]))


def national_beside(plan: PlanReport, row: Assessment, options: RenderOptions) -> Any:
    """The national target of a row measured against a parent plan: shown beside it."""
    refs = national_refs(plan, row, options)
    return next((n for n in refs if n.deadline >= row.year), refs[-1] if refs else None)


def outcome_cell(plan: PlanReport, row: Assessment, options: RenderOptions) -> str:
    """The row's outcome in words: ``below the parent plan`` for a row below only a parent's."""
    from egovcheck.assessment import outcome_label

    nationals = national_refs(plan, row, options) if is_parent(row.floor) else []
    return m.label(outcome_label(row, nationals), options.lang)


def table_rows(plan: PlanReport, options: RenderOptions) -> list[dict[str, Any]]:
    """One dict per assessment with display strings, keyed as ``messages.HEADERS``.

    A row measured against a parent plan shows the parent's target under ``parent`` and the
    national one (from the programmes applied) under ``national``.
    """
    lang = options.lang
    out = []
    for row in plan.assessments:
        findings = row_findings(plan, row)
        n = row.national
        parent = None
        if is_parent(n):
            parent, n = n, national_beside(plan, row, options)
        out.append(
            {
                "key": row.key,
                "year": str(row.year),
                "plan": plan_cell(row, lang),
                "national": m.national_cell(n, lang),
                "parent": m.national_cell(parent, lang) if parent else "",
                "source": m.cite(n, lang) if n else "",
                "outcome": outcome_cell(plan, row, options),
                "gap": ""
                if not findings or findings[0].gap is None
                else m.num(findings[0].gap, lang),
                "codes": " ".join(row.codes),
                "note": note(row, findings, options),
            }
        )
    return out


def cited(plan: PlanReport) -> list[Any]:
    """The national targets the plan's rows refer to, once each, in deadline order."""
    seen: dict[tuple[str, str, int], Any] = {}
    for row in plan.assessments:
        for n in (row.floor, row.next):
            if n is not None:
                seen.setdefault((n.programme, n.indicator, n.deadline), n)
    return sorted(seen.values(), key=lambda n: (n.deadline, n.indicator, n.programme))


def run_finding_lines(report: Report, options: RenderOptions) -> list[str]:
    """``file:line: CODE [severity] message`` for findings about the run's waiver files."""
    return [
        f"{f.file}:{f.line or '?'}: {f.code} [{m.label(f.severity.value, options.lang)}] "
        f"{m.message(f, options.lang)}"
        for f in report.run_findings
    ]


def programme_names(plan: PlanReport, options: RenderOptions) -> str:
    """``Quyết định 1819/QĐ-TTg (qd-1819-2015)``, for each programme applied, or "(none)"."""
    key = "document_en" if options.lang == "en" else "document"
    names = [
        f"{m.header('parent', options.lang)}: {pid.removeprefix('plan:')}"
        if pid.startswith("plan:")
        else f"{plan.programme_info[pid][key]} ({pid})"
        for pid in plan.programmes
    ]
    return ", ".join(names) or m.header("none", options.lang)
