"""SARIF 2.1.0: one rule per check (its help cites the legal sources), one result per finding."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from egovcheck import __version__
from egovcheck import messages as m
from egovcheck.formatters.paths import base_dir, relative
from egovcheck.formatters.rows import finding_text
from egovcheck.textsafe import deep, xml_text

if TYPE_CHECKING:
    from egovcheck.errors import Problem
    from egovcheck.findings import Finding, NationalRef, Report
    from egovcheck.formatters import RenderOptions

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://pypi.org/project/egovcheck/"
FINGERPRINT = "egovcheck/v1"


def _error_text(e: Problem, lang: str) -> str:
    """The text of an input problem, with its key path."""
    text = m.render(e.message, lang)
    return f"{e.path}: {text}" if e.path else text


def fingerprint(f: Finding, file: str | None = None) -> str:
    """Stable across runs and line moves: the file (relative to the root), key, year and code."""
    text = f"{Path(file or f.file).as_posix()}|{f.key}|{f.year or ''}|{f.code}"
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:32]


SRCROOT = "%SRCROOT%"


def _uri(file: str) -> str:
    """A relative URI reference: the path's bytes percent-encoded (RFC 3986), slashes kept."""
    return quote(Path(file).as_posix(), safe="/", errors="surrogateescape")


def _artifact(file: str, base: Path) -> dict[str, Any]:
    """``{"uri": "plans/x.yaml", "uriBaseId": "%SRCROOT%"}``, relative to the root.

    However the file was named (absolute, ``../``, ``./``) and wherever egovcheck ran; a file
    outside the root keeps an absolute ``file://`` URI.
    """
    rel = relative(file, base)
    if rel is None:
        return {"uri": Path(os.path.abspath(file)).as_uri()}
    return {"uri": _uri(rel), "uriBaseId": SRCROOT}


def _root_uri(base: Path) -> str:
    """``file:///abs/root/``: the root as an absolute URI ending in a slash."""
    uri = base.as_uri()
    return uri if uri.endswith("/") else uri + "/"


def _location(file: str, line: int | None, column: int | None, base: Path) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": _artifact(file, base)}
    if line:
        physical["region"] = {"startLine": line, **({"startColumn": column} if column else {})}
    return {"physicalLocation": physical}


def _cite(n: NationalRef, lang: str) -> str:
    return (
        f"{m.cite(n, lang)} [{m.label(n.evidence, lang)}]: "
        f"{m.pct(n.value, n.qualifier, lang)} by {n.deadline}"
        f" ({n.indicator}); “{n.wording}” — {'; '.join(n.refs)}"
    )


def _rules(report: Report, lang: str) -> list[dict[str, Any]]:
    from egovcheck.checks import CHECKS

    cited: dict[str, dict[str, NationalRef]] = {code: {} for code in CHECKS}
    for f in report.findings:
        if f.national is not None:
            n = f.national
            cited[f.code].setdefault(f"{n.programme}|{n.indicator}|{n.deadline}", n)
    rules = []
    for check in CHECKS.values():
        sources = [_cite(n, lang) for _, n in sorted(cited[check.code].items())]
        title = (
            "Legal sources of the national targets in this run"
            if lang == "en"
            else ("Căn cứ pháp lý của các mục tiêu quốc gia trong lần kiểm tra này")
        )
        text = check.doc
        markdown = f"```text\n{check.doc}\n```"
        if sources:
            text += f"\n\n{title}:\n" + "\n".join(f"- {s}" for s in sources)
            markdown += f"\n\n**{title}:**\n\n" + "\n".join(f"- {s}" for s in sources)
        rules.append(
            {
                "id": check.code,
                "name": check.name,
                "shortDescription": {
                    "text": check.doc.splitlines()[0] if check.doc else check.name
                },
                "fullDescription": {"text": check.doc},
                "help": {"text": text, "markdown": markdown},
                "defaultConfiguration": {"level": check.severity.value},
                "properties": {"tags": [check.group, "egovcheck"]},
            }
        )
    return rules


def _result(
    f: Finding, index: dict[str, int], options: RenderOptions, base: Path
) -> dict[str, Any]:
    n = f.national
    result: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": f.severity.value,
        "message": {"text": finding_text(f, options)},
        "locations": [_location(f.file, f.line, f.column, base)],
        "partialFingerprints": {FINGERPRINT: fingerprint(f, relative(f.file, base))},
        "properties": {
            "key": f.key,
            "year": f.year,
            "outcome": f.outcome.value,
            "planValue": f.plan_value,
            "gap": f.gap,
            "method": f.method,
            "numbers": f.facts,
            "unconfirmed": f.unconfirmed,
            **(
                {
                    "nationalValue": n.value,
                    "deadline": n.deadline,
                    "programme": n.programme,
                    "document": n.document,
                    "location": n.location,
                    "evidence": n.evidence,
                    "evidenceLabel": m.label(n.evidence, options.lang),
                }
                if n
                else {}
            ),
        },
    }
    if f.waiver is not None and not f.waiver.expired:
        w = f.waiver
        in_plan = Path(w.file).resolve() == Path(f.file).resolve()
        result["suppressions"] = [
            {
                "kind": "inSource" if in_plan else "external",
                "status": "accepted",
                "justification": w.reason,
                "location": _location(w.file, w.line, None, base),
                "properties": {
                    "expires": w.expires,
                    "approvedBy": w.approved_by,
                    "decision": w.decision,
                },
            }
        ]
    elif f.waiver is not None:
        result["properties"]["waiverExpired"] = f.waiver.expires
    return result


def document(report: Report, options: RenderOptions) -> dict[str, Any]:
    """The SARIF log as a dict."""
    rules = _rules(report, options.lang)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    base = base_dir(options)
    notifications = [
        {
            "level": "error",
            "message": {"text": _error_text(e, options.lang)},
            "locations": [_location(e.file, e.line, e.column, base)],
        }
        for e in report.errors
    ]
    # What the data cover for a plan (beyond the last deadline, no programme): notes.
    notices = [
        {
            "level": "note",
            "message": {"text": m.render(n, options.lang)},
            "descriptor": {"id": n.key},
            "locations": [_location(plan.file, None, None, base)],
        }
        for plan in report.plans
        for n in plan.notices
    ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "egovcheck",
                        "version": __version__,
                        "informationUri": INFO_URI,
                        "rules": rules,
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not report.errors,
                        "toolExecutionNotifications": notifications + notices,
                    }
                ],
                "originalUriBaseIds": {SRCROOT: {"uri": _root_uri(base)}},
                "results": [_result(f, index, options, base) for f in report.findings],
                "properties": {
                    "baselinesChecksum": options.baselines.checksum,
                    "lang": options.lang,
                    "notices": [
                        {
                            "file": relative(plan.file, base) or plan.file,
                            "key": n.key,
                            "message": m.render(n, options.lang),
                        }
                        for plan in report.plans
                        for n in plan.notices
                    ],
                },
            }
        ],
    }


def render(report: Report, options: RenderOptions) -> str:
    """Render the SARIF log as JSON."""
    # Any character a viewer cannot show, and file names that are not UTF-8, as escapes.
    return (
        json.dumps(deep(document(report, options), xml_text), ensure_ascii=False, indent=2) + "\n"
    )
