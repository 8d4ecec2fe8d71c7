"""JSON output: one document, ``schema_version`` 1, stable keys."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from egovcheck import __version__
from egovcheck import messages as m
from egovcheck.formatters.rows import indicator_name
from egovcheck.textsafe import deep

if TYPE_CHECKING:
    from egovcheck.findings import Assessment, Finding, PlanReport, Report
    from egovcheck.formatters import RenderOptions

SCHEMA_VERSION = 1


def finding_dict(f: Finding, options: RenderOptions) -> dict[str, Any]:
    """A finding as JSON: facts, plus the sentence in the chosen language."""
    n = f.national
    indicator, _, scope = f.key.partition(".")
    return {
        "code": f.code,
        "name": f.name,
        "severity": f.severity.value,
        "outcome": f.outcome.value,
        "key": f.key,
        "indicator": indicator,
        "scope": scope or None,
        "year": f.year,
        "plan_value": f.plan_value,
        "plan_qualifier": f.plan_qualifier,
        "national_value": n.value if n else None,
        "national_qualifier": n.qualifier if n else None,
        "deadline": n.deadline if n else None,
        "gap": f.gap,
        "method": f.method,
        "numbers": f.facts,
        "programme": n.programme if n else None,
        "document": n.document if n else None,
        "location": n.location if n else None,
        "evidence": n.evidence if n else None,
        "evidence_label": m.label(n.evidence, options.lang) if n else None,
        "unconfirmed": f.unconfirmed,
        "waived": f.waived,
        "waiver": f.waiver.as_dict() if f.waiver else None,
        "source": {"wording": n.wording, "refs": list(n.refs)} if n else None,
        "also": n.as_dict()["also"] if n else [],
        "file": f.file,
        "line": f.line,
        "column": f.column,
        "path": f.path,
        "message": m.message(f, options.lang, indicator_name(f.key, options)),
    }


def assessment_dict(a: Assessment) -> dict[str, Any]:
    """An assessment row as JSON."""
    return {
        "key": a.key,
        "year": a.year,
        "outcome": a.outcome.value,
        "plan_value": a.plan_value,
        "plan_qualifier": a.plan_qualifier,
        "floor": a.floor.as_dict() if a.floor else None,
        "next": a.next.as_dict() if a.next else None,
        "codes": list(a.codes),
        "required_gain": a.required_gain,
        "pace_class": a.pace_class.value if a.pace_class else None,
        "source": a.source,
        "line": a.line,
        "actual_value": a.actual_value,
        "actual_year": a.actual_year,
    }


def plan_dict(plan: PlanReport, options: RenderOptions) -> dict[str, Any]:
    """One plan's part of the document."""
    info = plan.programme_info
    return {
        "file": plan.file,
        "plan": plan.meta,
        "programmes": [
            {
                "id": pid,
                "document": info[pid]["document"],
                "issued": info[pid]["issued"],
                "title": info[pid]["title_en" if options.lang == "en" else "title_vi"],
            }
            for pid in plan.programmes
        ],
        "notices": [{"key": n.key, "message": m.render(n, options.lang)} for n in plan.notices],
        "findings": [finding_dict(f, options) for f in plan.findings],
        "assessments": [assessment_dict(a) for a in plan.assessments],
        "local_targets": plan.local_targets,
        "required_path": [
            {"key": s.key, "year": s.year, "minimum": s.minimum, "plan_value": s.plan_value}
            for s in plan.path
        ],
    }


def document(report: Report, options: RenderOptions) -> dict[str, Any]:
    """The whole JSON document as a dict."""
    by_code: dict[str, int] = {}
    for f in report.findings:
        by_code[f.code] = by_code.get(f.code, 0) + 1
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {
            "name": "egovcheck",
            "version": __version__,
            "lang": options.lang,
            "baselines_checksum": options.baselines.checksum,
            # The data's date (the newest programme's date of issue) and its horizon.
            "baselines_date": max(
                (p.issued.isoformat() for p in options.baselines.programmes.values()),
                default=None,
            ),
            "last_deadline": options.baselines.last_deadline(),
        },
        "plans": [plan_dict(p, options) for p in report.plans],
        "run_findings": [finding_dict(f, options) for f in report.run_findings],
        "errors": [
            {
                "file": e.file,
                "line": e.line,
                "column": e.column,
                "path": e.path,
                "message": m.render(e.message, options.lang),
            }
            for e in report.errors
        ],
        "summary": {**report.counts(), "by_code": dict(sorted(by_code.items()))},
    }


def render(report: Report, options: RenderOptions) -> str:
    """Render the report as indented JSON, Vietnamese kept as UTF-8."""
    # File names that are not UTF-8 as \xff text: a lone surrogate would make invalid UTF-8.
    return json.dumps(deep(document(report, options)), ensure_ascii=False, indent=2) + "\n"
