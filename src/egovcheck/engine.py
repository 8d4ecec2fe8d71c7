"""Plan + baselines -> report: choose programmes, run the checks, derive every row's outcome."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from egovcheck.errors import EgovcheckError, Msg, msg
from egovcheck.findings import (
    Assessment,
    Finding,
    NationalRef,
    PlanReport,
    Report,
    Severity,
)

if TYPE_CHECKING:
    from egovcheck.baselines import Baselines
    from egovcheck.checks import Check
    from egovcheck.checks.context import PlanContext
    from egovcheck.loader import LoadedPlan
    from egovcheck.models import Programme
    from egovcheck.waivers import Entry


def programmes_for(
    loaded: LoadedPlan, baselines: Baselines, ids: Sequence[str] | None = None
) -> list[Programme]:
    """The programmes to judge a plan by: those named, else those in force at its adoption."""
    if ids:
        return baselines.get(ids)
    meta = loaded.plan.plan
    return baselines.applicable(meta.effective_adoption, meta.period.first)


def check_plan(
    loaded: LoadedPlan,
    baselines: Baselines,
    programme_ids: Sequence[str] | None = None,
    checks: Iterable[Check] | None = None,
    *,
    run_waivers: Sequence[Entry] = (),
    run_used: set[int] | None = None,
    as_of: date | None = None,
    parents: Sequence[Programme] = (),
) -> PlanReport:
    """Check one loaded plan; the library entry point behind ``egovcheck check``.

    The plan's own waivers apply first, then ``run_waivers`` (from waiver files), whose
    used indices are added to ``run_used``. ``as_of`` decides which waivers have expired.
    """
    report, _ctx = check_plan_with_context(
        loaded,
        baselines,
        programme_ids,
        checks,
        run_waivers=run_waivers,
        run_used=run_used,
        as_of=as_of,
        parents=parents,
    )
    return report


def check_plan_with_context(
    loaded: LoadedPlan,
    baselines: Baselines,
    programme_ids: Sequence[str] | None = None,
    checks: Iterable[Check] | None = None,
    *,
    run_waivers: Sequence[Entry] = (),
    run_used: set[int] | None = None,
    as_of: date | None = None,
    parents: Sequence[Programme] = (),
) -> tuple[PlanReport, PlanContext]:
    """``check_plan``, with the plan's context: its keys indexed against the programmes applied.

    For a caller that reads the keys' values and national targets after the check (the
    report's rows and charts), so that the plan is indexed once.
    """
    from egovcheck import waivers
    from egovcheck.assessment import assess
    from egovcheck.checks import CHECKS, resolve_code
    from egovcheck.checks.context import PlanContext
    from egovcheck.parent import refuse_lower_tier
    from egovcheck.required_path import required_path

    refuse_lower_tier(loaded, parents)
    programmes = programmes_for(loaded, baselines, programme_ids) + list(parents)
    ctx = PlanContext.build(loaded, baselines.catalogue, programmes)
    selected = list(CHECKS.values() if checks is None else checks)
    findings: list[Finding] = []
    for check in selected:
        if not check.after_waivers:
            findings.extend(_with_severity(check, check.run(ctx)))
    day = as_of or waivers.today()
    ctx.waivers = waivers.entries(
        loaded.plan.waivers, loaded.file, loaded.located, "waivers", resolve_code
    )
    findings = waivers.apply(findings, ctx.waivers, day, ctx.used)
    if run_waivers:
        findings = waivers.apply(
            findings, run_waivers, day, set() if run_used is None else run_used
        )
    for check in selected:
        if check.after_waivers:
            findings.extend(_with_severity(check, check.run(ctx)))
    findings.sort(key=Finding.sort_key)
    meta = loaded.plan.plan
    assessments = assess(ctx, findings)
    path = required_path(ctx)
    used = _programmes_used(ctx, findings, assessments)
    shown = [p for p in programmes if p.id in used]
    report = PlanReport(
        file=loaded.file,
        meta={
            "title": meta.title,
            "issuer": meta.issuer,
            "level": meta.level,
            "period": str(meta.period),
            "adopted": meta.adopted.isoformat() if meta.adopted else None,
            "source": meta.source,
        },
        programmes=[p.id for p in shown],
        programme_info={
            p.id: {
                "document": p.document,
                "document_en": p.document_in("en"),
                "issued": p.issued.isoformat(),
                "title_vi": p.title.vi,
                "title_en": p.title.en,
            }
            for p in shown
        },
        findings=findings,
        assessments=assessments,
        local_targets=[lt.model_dump(exclude_none=True) for lt in loaded.plan.local_targets],
        path=path,
        notices=_notices(loaded, baselines, programmes),
    )
    return report, ctx


def _programmes_used(
    ctx: PlanContext, findings: Iterable[Finding], assessments: Iterable[Assessment]
) -> set[str]:
    """Programmes that gave the plan a next target, a floor or a finding (CV01 included).

    Every document setting a cited deadline counts (the ``also`` refs too): a 2026 plan's
    online-service usage names both 57-NQ/TW and 03/NQ-CP.
    """
    refs: list[NationalRef] = []
    for data in ctx.keys.values():
        for year, _ in data.targets:
            refs.extend(r for r in (data.floor(year), data.next(year)) if r is not None)
    refs.extend(
        a.next for a in assessments if a.next is not None and a.outcome.value != "not-applicable"
    )
    refs.extend(f.national for f in findings if f.national is not None)
    used = {r.programme for r in refs}
    used.update(a.programme for r in refs for a in r.also)
    return used


def _notices(
    loaded: LoadedPlan, baselines: Baselines, programmes: Sequence[Programme]
) -> list[Msg]:
    """What the national data cover, said in the report's header."""
    meta = loaded.plan.plan
    notices = []
    if not programmes:
        notices.append(
            msg(
                "notice.no_programme",
                adopted=meta.effective_adoption.isoformat(),
                first=min(p.issued for p in baselines.programmes.values()).isoformat(),
            )
        )
    horizon = baselines.last_deadline()
    if horizon is not None and meta.period.last > horizon:
        notices.append(msg("notice.beyond_data", last=meta.period.last, horizon=horizon))
    return notices


def _with_severity(check: Check, findings: Iterable[Finding]) -> list[Finding]:
    """Apply a configured severity; a finding on an unconfirmed number stays at most a warning."""
    from dataclasses import replace

    from egovcheck.checks import CHECKS

    if check.severity is CHECKS[check.code].severity:
        return list(findings)
    capped = check.severity if check.severity.rank <= 1 else Severity.WARNING
    return [replace(f, severity=capped if f.unconfirmed else check.severity) for f in findings]


def check_paths(
    paths: Sequence[str],
    baselines: Baselines,
    programme_ids: Sequence[str] | None = None,
    *,
    checks: Sequence[Check] | None = None,
    waiver_files: Sequence[str] = (),
    as_of: date | None = None,
    progress: Callable[[str], None] | None = None,
    parents: Sequence[Programme] = (),
) -> Report:
    """Load and check each plan file; a file that cannot be read is recorded, not fatal.

    Waiver files are read first (a broken one stops the run); their waivers apply to every
    plan, and those that covered nothing in the whole run are reported once (WV01).
    """
    from egovcheck.checks import CHECKS
    from egovcheck.loader import load_plan

    run_waivers = load_run_waivers(waiver_files)
    run_used: set[int] = set()
    selected = list(CHECKS.values()) if checks is None else list(checks)
    report = Report()
    for path in paths:
        if progress is not None:
            progress(path)
        try:
            loaded = load_plan(path, baselines.catalogue)
            report.plans.append(
                check_plan(
                    loaded,
                    baselines,
                    programme_ids,
                    selected,
                    run_waivers=run_waivers,
                    run_used=run_used,
                    as_of=as_of,
                    parents=parents,
                )
            )
        except EgovcheckError as exc:
            report.errors.extend(exc.problems)
    report.run_findings.extend(run_waiver_findings(selected, run_waivers, run_used))
    return report


def exceeds(report: Report, fail_on: str) -> bool:
    """True when any finding not waived is at or above the ``--fail-on`` severity."""
    if fail_on == "never":
        return False
    threshold = Severity(fail_on).rank
    return any(f.severity.rank >= threshold for f in report.findings if not f.waived)


def load_run_waivers(files: Sequence[str]) -> list[Entry]:
    """The waivers of ``--waivers`` files and the configuration, for every plan of a run.

    A file named twice (in the configuration and with ``--waivers``, or as ``w.yaml`` and
    ``./w.yaml``) is read once: its waivers, and what is said about them, come once.
    """
    import os

    from egovcheck.checks import resolve_code
    from egovcheck.waivers import load_file

    seen: set[str] = set()
    out: list[Entry] = []
    for f in files:
        real = os.path.realpath(f)
        if real not in seen:
            seen.add(real)
            out.extend(load_file(f, resolve_code))
    return out


def run_waiver_findings(
    selected: Sequence[Check], run_waivers: Sequence[Entry], used: set[int]
) -> list[Finding]:
    """Findings about a run's waiver files (WV01 unused, WV02 unknown check), once a run."""
    from egovcheck.checks.waiver import unknown_waivers, unused_waivers

    codes = {c.code: c for c in selected}
    out: list[Finding] = []
    if "WV01" in codes:
        out += _with_severity(codes["WV01"], unused_waivers(codes["WV01"], run_waivers, used))
    if "WV02" in codes:
        out += _with_severity(codes["WV02"], unknown_waivers(codes["WV02"], run_waivers))
    return out
