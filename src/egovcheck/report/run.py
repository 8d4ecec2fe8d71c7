"""One report run: read every plan once, check it once, build the rows, render one format.

``collect`` reads each file's bytes once (hashed for the provenance), parses them once, checks
the plan once and derives its rows and chart series from that one pass. ``build`` takes the
settled options of ``egovcheck report`` and returns what to write where, and what to tell
the user; the command line only parses options and writes the outputs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from egovcheck import messages as m
from egovcheck.errors import EgovcheckError, ExitCode, Problem, UsageError, msg, problem
from egovcheck.findings import Report
from egovcheck.report.data import ReportData
from egovcheck.report.provenance import Input, provenance
from egovcheck.report.rows import METHODS, indicator_name, plan_rows
from egovcheck.report.series import Series, series

if TYPE_CHECKING:
    from egovcheck.baselines import Baselines
    from egovcheck.checks import Check
    from egovcheck.findings import NationalRef
    from egovcheck.models import Programme
    from egovcheck.report.formats import RenderSettings


def collect(
    paths: Sequence[str],
    baselines: Baselines,
    *,
    programme_ids: Sequence[str] | None = None,
    checks: Sequence[Check] | None = None,
    waiver_files: Sequence[str] = (),
    as_of: date | None = None,
    method: str = "sdsn",
    lang: str = "en",
    progress: Callable[[str], None] | None = None,
    parents: Sequence[tuple[Programme, bytes]] = (),
) -> ReportData:
    """Check the plans and turn the result into the report's rows, series and provenance.

    A file that cannot be read or is invalid is recorded in ``report.errors`` (its input
    has no hash when its bytes could not be read); the others are still reported. Waiver
    files apply to every plan, as in ``egovcheck check``; so do parent plans (``--against``):
    a row below only a parent's target is labelled so, and the provenance lists the parents
    with the hash of each one's bytes as read when it was loaded.
    """
    from egovcheck import waivers
    from egovcheck.checks import CHECKS
    from egovcheck.engine import check_plan_with_context, load_run_waivers, run_waiver_findings
    from egovcheck.loader import load_plan, read_bytes

    if method not in METHODS:
        raise UsageError(msg("report.unknown_method", name=method, methods=list(METHODS)))
    if "-" in paths:
        raise UsageError(msg("report.no_stdin"))
    name = METHODS[method]
    day = as_of or waivers.today()
    run_waivers = load_run_waivers(waiver_files)
    run_used: set[int] = set()
    selected = list(CHECKS.values()) if checks is None else list(checks)
    parent_programmes = [programme for programme, _ in parents]
    report = Report()
    inputs: list[Input] = []
    rows = []
    all_series: dict[str, list[Series]] = {}
    nationals: dict[str, dict[tuple[str, int], NationalRef]] = {}
    names: dict[str, str] = {}
    for path in paths:
        if progress is not None:
            progress(path)
        raw: bytes | None = None
        try:
            raw = read_bytes(path)
            loaded = load_plan(path, baselines.catalogue, data=raw)
            # The context the check indexed: the keys with their actuals and national targets.
            plan, ctx = check_plan_with_context(
                loaded,
                baselines,
                programme_ids,
                selected,
                run_waivers=run_waivers,
                run_used=run_used,
                as_of=day,
                parents=parent_programmes,
            )
        except EgovcheckError as exc:
            report.errors.extend(exc.problems)
            inputs.append(Input.of(path, raw))
            continue
        inputs.append(Input.of(path, raw))
        report.plans.append(plan)
        these = plan_rows(plan, ctx, baselines, name, lang)
        rows.extend(these)
        for data in ctx.keys.values():
            names.setdefault(data.key, indicator_name(data.key, baselines, lang))
            for n in data.nationals:
                nationals.setdefault(data.key, {})[(n.programme, n.deadline)] = n
            s = series(plan, data, these)
            if s is not None:
                all_series.setdefault(data.key, []).append(s)
    report.run_findings.extend(run_waiver_findings(selected, run_waivers, run_used))
    for r in rows:
        names.setdefault(r.key, r.indicator_name)
    return ReportData(
        rows=rows,
        report=report,
        series=dict(sorted(all_series.items())),
        nationals={
            k: sorted(v.values(), key=lambda n: (n.deadline, n.programme))
            for k, v in sorted(nationals.items())
        },
        provenance=provenance(
            report,
            baselines,
            inputs,
            day,
            as_of,
            name,
            lang,
            [(p, Input.of(p.id.removeprefix("plan:"), data)) for p, data in parents],
        ),
        lang=lang,
        method=name,
        names=names,
    )


@dataclass(frozen=True)
class ReportOptions:
    """The settled options of ``egovcheck report`` (configuration and command line combined)."""

    paths: list[str]
    baselines: Baselines
    lang: str
    fmt: str = "markdown"
    output: Path | None = None  # None or "-": standard output
    by: str | None = None
    method: str = "sdsn"
    programmes: list[str] | None = None
    checks: list[Check] | None = None
    waiver_files: list[str] = field(default_factory=list)
    as_of: date | None = None
    provenance: Path | None = None  # "-": standard output
    csv_bom: bool = False
    chart_lines: int = 12
    # parent plans (``--against``) as programmes, each with its file's bytes
    parents: Sequence[tuple[Programme, bytes]] = ()


@dataclass(frozen=True)
class Output:
    """Content to write: to a file (atomically), or to standard output when ``target`` is None."""

    target: Path | None
    content: str | bytes


@dataclass
class Result:
    """What a report run produced: the outputs, the lines for standard error, the exit code."""

    data: ReportData
    outputs: list[Output]
    errors: list[str]  # one line per problem of a file that could not be read or is invalid
    summary: str
    exit_code: int


def _stdout(path: Path | None) -> bool:
    return path is None or str(path) == "-"


def check_options(fmt: str, output: Path | None) -> None:
    """Refuse a format that needs a file without one, or whose optional libraries are missing.

    Cheap, and done before any plan is read.
    """
    from egovcheck.report.formats import module

    format_module = module(fmt)
    if format_module.NEEDS_FILE and _stdout(output):
        raise UsageError(msg("report.needs_file", format=fmt))
    format_module.require()


def summary(data: ReportData) -> str:
    """``Reported on 3 plan(s): 14 row(s).``, with the rows where the methods disagree."""
    lang = data.lang
    plans = data.report.counts()["plans"]
    text = m.text("report.summary", lang, plans=plans, rows=len(data.rows))
    if data.disagree:
        text += m.text("report.summary.disagree", lang, n=data.disagree)
    return text + "."


def without(data: ReportData, files: set[str], problems: Sequence[Problem] = ()) -> ReportData:
    """The report without the plans of ``files``; ``problems`` added to its errors."""
    from dataclasses import replace

    report = Report(
        plans=[p for p in data.report.plans if p.file not in files],
        errors=[*data.report.errors, *problems],
        run_findings=list(data.report.run_findings),
    )
    rows = [r for r in data.rows if r.file not in files]
    series = {
        k: kept for k, v in data.series.items() if (kept := [s for s in v if s.file not in files])
    }
    keys = {r.key for r in rows} | set(series)
    used = {pid for p in report.plans for pid in p.programmes}
    unreadable = {e.file for e in report.errors}
    prov = dict(data.provenance)
    prov["programmes"] = [x for x in prov["programmes"] if x["id"] in used]
    prov["inputs"] = [
        {**i, "status": "unreadable"} if i["file"] in unreadable else i for i in prov["inputs"]
    ]
    prov["counts"] = report.counts()
    return replace(
        data,
        rows=rows,
        report=report,
        series=series,
        nationals={k: v for k, v in data.nationals.items() if k in keys},
        provenance=prov,
        names={k: v for k, v in data.names.items() if k in keys},
    )


def render_each(fmt: str, data: ReportData, settings: RenderSettings) -> tuple[ReportData, Any]:
    """Render the report; a plan that cannot be rendered is left out, and said so.

    One hostile plan must not kill a report: when rendering fails, each plan is rendered alone,
    those that fail become problems (exit 2) and the others are rendered. A failure no single
    plan explains is an internal error.
    """
    from egovcheck.report.formats import render

    try:
        return data, render(fmt, data, settings)
    except EgovcheckError:
        raise
    except Exception as first:
        files = [p.file for p in data.report.plans]
        failed: list[Problem] = []
        for file in files:
            try:
                render(fmt, without(data, set(files) - {file}), settings)
            except EgovcheckError:
                raise
            except Exception as exc:
                reason = f"{type(exc).__name__}: {exc}"
                reason = reason if len(reason) <= 200 else reason[:199] + "…"
                failed.append(problem(file, "report.cannot_render", format=fmt, reason=reason))
        if not failed:
            raise first
        rest = without(data, {p.file for p in failed}, failed)
        return rest, render(fmt, rest, settings)


def build(options: ReportOptions) -> Result:
    """Run the report: check the options, read and check every plan once, render the format."""
    import json

    from egovcheck.files import refuse_overwriting
    from egovcheck.report.formats import RenderSettings

    check_options(options.fmt, options.output)
    refuse_overwriting(
        [options.output, options.provenance], [*options.paths, *options.waiver_files]
    )
    data = collect(
        options.paths,
        options.baselines,
        programme_ids=options.programmes,
        checks=options.checks,
        waiver_files=options.waiver_files,
        as_of=options.as_of,
        method=options.method,
        lang=options.lang,
        parents=options.parents,
    )
    settings = RenderSettings(
        by=options.by, csv_bom=options.csv_bom, chart_lines=options.chart_lines
    )
    data, content = render_each(options.fmt, data, settings)
    outputs = [Output(None if _stdout(options.output) else options.output, content)]
    if options.provenance is not None:
        text = json.dumps(data.provenance, ensure_ascii=False, indent=2) + "\n"
        outputs.append(Output(None if _stdout(options.provenance) else options.provenance, text))
    errors = [m.problem_line(p, data.lang) for p in data.report.errors]
    code = ExitCode.USAGE if data.report.errors else ExitCode.OK
    return Result(data, outputs, errors, summary(data), int(code))


__all__ = [
    "Output",
    "ReportOptions",
    "Result",
    "build",
    "check_options",
    "collect",
    "summary",
]
