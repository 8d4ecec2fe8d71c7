"""English: every user-facing text of egovcheck."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from egovcheck.messages.base import Words, num, pct

if TYPE_CHECKING:
    from egovcheck.findings import Finding

DECIMAL = "."

LABELS: dict[str, str] = {
    "missing": "missing",
    "below-national": "below national",
    "below-parent": "below the parent plan",
    "late": "late",
    "off-path": "off path",
    "behind-pace": "behind pace",
    "projected-short": "projected short",
    "regression": "lower than before",
    "achieved": "achieved",
    "met": "met",
    "missed": "missed",
    "on-track": "on track",
    "not-assessed": "not assessed",
    "not-applicable": "not applicable",
    "no-national-target": "no national target",
    "moderately-improving": "moderately improving",
    "stagnating": "stagnating",
    "decreasing": "decreasing",
    "error": "error",
    "warning": "warning",
    "note": "note",
    "waived": "waived",
    "waiver-unused": "unused waiver",
    "waiver-invalid": "invalid waiver",
    "primary": "primary",
    "secondary": "secondary: an official page or ≥ 2 sources",
    "single": "single source, unconfirmed",
    "province": "province",
    "district": "district",
    "commune": "commune",
    "ministry": "ministry",
    "actual": "actual",
    "plan": "plan",
    # report
    "eurostat.on-track": "significant progress",
    "eurostat.moderately-improving": "moderate progress",
    "eurostat.stagnating": "insufficient progress",
    "eurostat.decreasing": "movement away from the target",
}

HEADERS: dict[str, str] = {
    "key": "Key",
    "year": "Year",
    "plan": "Plan",
    "national": "National",
    "source": "Source",
    "outcome": "Outcome",
    "gap": "Gap",
    "codes": "Codes",
    "note": "Note",
    "findings": "Findings",
    "programmes": "National programmes applied",
    "none": "(none)",
    "sources": "Sources of the national targets",
    "local": "The plan's own targets",
    "path": "Required path to the next target (! = the plan is below it)",
    "no_findings": "No findings.",
    "evidence": "Evidence",
    # report
    "report.col.file": "File",
    "report.col.issuer": "Issuer",
    "report.col.level": "Level",
    "report.col.period": "Period",
    "report.col.key": "Key",
    "report.col.indicator_name": "Indicator",
    "report.col.year": "Year",
    "report.col.plan_value": "Plan (%)",
    "report.col.plan_qualifier": "Plan qualifier",
    "report.col.national_value": "National (%)",
    "report.col.national_qualifier": "National qualifier",
    "report.col.deadline": "Deadline",
    "report.col.programme": "Programme",
    "report.col.document": "Document",
    "report.col.location": "Location",
    "report.col.evidence": "Evidence",
    "report.col.outcome": "Outcome",
    "report.col.codes": "Codes",
    "report.col.severity": "Severity",
    "report.col.waived": "Waived",
    "report.col.gap": "Gap (points)",
    "report.col.required_gain": "Needed a year",
    "report.col.method": "Method",
    "report.col.trajectory_class": "Pace (plan path)",
    "report.col.trajectory_ratio": "Ratio (plan path)",
    "report.col.trend_class": "Pace (actuals)",
    "report.col.trend_ratio": "Ratio (actuals)",
    "report.col.methods_disagree": "Methods disagree",
    "report.col.line": "Line",
    "report.col.note": "Note",
    "report.col.pace_both": "Pace (path; actuals)",
    "report.col.source": "Source",
    "report.col.count": "n",
    "report.count.rows": "Rows",
    "report.count.error": "Errors",
    "report.count.warning": "Warnings",
    "report.count.ok": "Achieved, on track",
    "report.count.other": "Other",
}

# The fact sheet's remarks on where a target sits, as they are written in the data.
LOCATION: dict[str, str] = {}

TEXT: dict[str, str] = {
    # hints appended to other messages
    "usage.line": "Usage: {usage}",
    "usage.help": "Try '{command} --help' for the options.",
    "usage.aborted": "Aborted.",
    "usage.no_such_option": "no such option {option}",
    "usage.no_such_command": "no such command '{name}'",
    "usage.missing_command": "missing command name",
    "usage.missing_argument": "missing argument {name}",
    "usage.missing_option": "missing option {name}",
    "usage.bad_value": "{name} does not take the value '{value}'",
    "usage.bad_value_of": "invalid value for {name}",
    "usage.needs_value": "option {option} needs a value",
    "usage.takes_no_value": "option {option} takes no value",
    "usage.extra": "unexpected extra arguments: {args}",
    "usage.not_a_folder": "{name}: '{value}' is a file, not a folder",
    "usage.not_a_file": "{name}: '{value}' is a folder, not a file",
    "usage.no_such_path": "{name}: '{value}' does not exist",
    "usage.other": "invalid command line ({detail})",
    "hint.did_you_mean": "; did you mean {suggestion!r}?",
    "hint.allowed": " (allowed: {items})",
    "hint.known": " (known: {items})",
    "hint.scopes": " (scopes: {items})",
    "hint.formats": " (formats: {items})",
    "hint.methods": " (methods: {items})",
    # files
    "file.missing": "no such file",
    "file.not_regular": "no such file, or not a regular file",
    "file.is_directory": "is a directory, not a plan file",
    "file.cannot_read": "cannot read: {reason}",
    "file.cannot_write": "cannot write: {reason}",
    "file.too_large": "larger than {mib} MiB: not a plan",
    "file.nul": "the file holds NUL characters: it is not a text file",
    "file.encoding": (
        "not valid {encoding} (byte {byte}); the file looks like a legacy encoding "
        "(e.g. Windows-1258 or TCVN3 from an old Word export): save it as UTF-8"
    ),
    "file.not_utf8": "not UTF-8 text",
    "file.no_match": "no file matches this pattern",
    "file.would_overwrite": "would overwrite the input file {target}",
    "file.would_write_into": "would write into the input folder {folder}",
    # YAML
    "yaml.syntax": "YAML syntax: {what}",
    "yaml.syntax.invalid": "invalid YAML",
    "yaml.several_documents": "the file holds several YAML documents (---); a plan file holds one",
    "yaml.char": "the character U+{code} is not allowed in YAML",
    "yaml.error": "YAML: {what}",
    "yaml.too_deep": "nested deeper than {depth} levels",
    "yaml.alias": "YAML aliases (*name) are not allowed in plan files",
    "yaml.merge_key": "YAML merge keys (<<) are not allowed",
    "yaml.tag": "the YAML tag {tag} is not allowed in plan files",
    "yaml.value": "cannot read this value: {reason}",
    "yaml.too_many_nodes": "more than {limit} YAML nodes: not a plan file",
    "yaml.key_plain": "a key must be a plain value",
    "yaml.key_huge": "a key that is a number this large is no year",
    "yaml.duplicate_key": "duplicate key {key!r} (first at line {line})",
    # values
    "value.required": "required key is missing",
    "value.number_missing": "a number is missing here",
    "value.number": "must be a number, got {got}",
    "value.number_text": "must be a number, got the text {got!r}: write {number}",
    "value.finite": "must be a finite number, got {got}",
    "value.size": "must be a number of sensible size, got {digits} digits",
    "value.year": "must be a year such as 2020, got {got}",
    "value.year_range": "year {year} is outside {low}-{high}",
    "value.period": "must be a year (2017) or a range (2016-2020), got {got}",
    "value.period_reversed": "range {got} ends before it starts",
    "value.date": "must be a date written YYYY-MM-DD, got {got}",
    "value.date_plain": "must be a date written YYYY-MM-DD",
    "value.one_of": "must be one of {expected}, got {got}",
    "value.mapping": "must be a mapping (key: value)",
    "value.list": "must be a list",
    "value.text": "must be text",
    "value.bool": "must be true or false",
    "value.int": "must be a whole number",
    "value.other": "{detail}",
    "value.unknown_key": "unknown key {name!r}",
    "value.unknown_setting": "unknown setting {name!r}",
    # plans
    "plan.not_mapping": "a plan file is a mapping with a 'plan:' key, got {got}",
    "plan.got_empty": "an empty file",
    "plan.got_type": "a {type}",
    "plan.unknown_indicator": "unknown indicator {name!r}",
    "plan.unknown_scope": "unknown scope {scope!r} for {indicator}",
    "plan.scope_not_for_level": "a {level} plan cannot set targets for scope {scope!r}",
    "plan.year_outside": "year {year} is outside the plan period {period}",
    "plan.actual_after": "an actual for {year} is after the plan period {period}",
    "plan.district_gone": (
        "a district plan {when}: since {ended} local government has two tiers (province and "
        "commune) and the district tier no longer exists; use level province or commune"
    ),
    "plan.district_key_gone": (
        "a district-tier value for {year}: the district tier ended on {ended} (two-tier local "
        "government); district values can be set up to {last} only"
    ),
    "plan.district_adopted": "adopted on {adopted}",
    "plan.district_years": "for {year}",
    "notice.no_programme": (
        "no national programme was issued before the plan's adoption ({adopted}); the "
        "earliest in the data was issued on {first}: there is no target to check against"
    ),
    "notice.beyond_data": (
        "the plan runs to {last}, after the last deadline of the national targets in the data "
        "({horizon}): years after {horizon} are checked against the floors only"
    ),
    "plan.percent_range": "a percentage must be 0-100, got {got}",
    "plan.adopted_after": "adopted {adopted}, after the plan period {period} ended",
    "plan.no_plans": "no plan file to check (all were excluded)",
    "waiver.reason": "a waiver needs a reason",
    # configuration and command line
    "config.missing": "no such configuration file",
    "config.toml": "invalid TOML: {reason}",
    "config.not_mapping": "a configuration is a mapping of settings",
    "cli.unknown_format": "unknown format {name!r}",
    "cli.format_file": "format {value!r}: give a file after the colon",
    "cli.one_stdout": (
        "only one format can go to standard output: give the others a file, "
        "e.g. -f sarif:egovcheck.sarif"
    ),
    "cli.unknown_check": "unknown check {name!r}",
    "cli.unknown_programme": "unknown programme {name!r}",
    "cli.as_of": "--as-of must be a date written YYYY-MM-DD, got {got!r}",
    "cli.level": "--level must be one of {allowed}, got {got!r}",
    "cli.period": "--period: {reason}",
    # baselines
    "baselines.missing": "the bundled baselines are missing (looked in {packaged} and {checkout})",
    "baselines.no_catalogue": "the indicator catalogue is missing",
    "baselines.no_programmes": "no programme files",
    "baselines.needs_folder": "--baselines needs a folder",
    "baselines.empty_folder": "no programme files (*.yaml) in it",
    "baselines.problem": "{detail}",
    "baselines.id_file": "id {id!r} differs from the file name",
    "baselines.unknown_scope": "unknown scope {scope!r}",
    "baselines.scope_levels": "scope {scope!r} cannot apply to {levels} plans",
    # report
    "report.unknown_method": "unknown method {name!r}",
    "report.cannot_render": "cannot be shown in the {format} report ({reason}): left out",
    "report.no_stdin": "report reads plan files, not standard input: save it to a file first",
    "report.needs_file": "the {format} format needs a file: give -o FILE",
    "report.needs_openpyxl": "the xlsx format needs openpyxl: pip install 'egovcheck[report]'",
    "report.needs_matplotlib": (
        "the html format needs matplotlib and jinja2: pip install 'egovcheck[report]'"
    ),
    "report.summary": "Reported on {plans} plan(s): {rows} row(s)",
    "report.summary.disagree": ", {n} where the methods disagree",
    "report.disagree.path": (
        "The methods disagree on the plan's path: SDSN linear {sdsn} (ratio "
        "{sdsn_ratio}); Eurostat CAGR {eurostat} ({eurostat_words}, ratio "
        "{eurostat_ratio}{complement})."
    ),
    "report.disagree.trend": (
        "The methods disagree on the actuals' trend: SDSN linear {sdsn} (ratio "
        "{sdsn_ratio}); Eurostat CAGR {eurostat} ({eurostat_words}, ratio "
        "{eurostat_ratio}{complement})."
    ),
    "report.disagree.complement": ", on the distance to 100%",
    "report.disagree_count": (
        "{n} row(s) where the SDSN and Eurostat methods classify differently (⚠)."
    ),
    "report.national_row": "National: {document}",
    "report.title": "IT-application plans: gap report",
    "report.provenance": "Provenance",
    "report.summary_heading": "Summary",
    "report.gap_table": "Gap table",
    "report.by.indicator": "By indicator",
    "report.by.plan": "By plan",
    "report.programmes": "Programmes",
    "report.parents": "Parent plans (--against)",
    "report.programme": "Programme",
    "report.checksum": "Baselines checksum",
    "report.method": "Method",
    "report.compared_with": "compared with",
    "report.compared_with_label": "Compared with",
    "report.as_of": "--as-of",
    "report.today": "today",
    "report.unreadable": "unreadable",
    "report.inputs": "Inputs",
    "report.hashes_at_the_end": "sha256 at the end of the report",
    "report.hashes_below": "sha256 below",
    "report.inputs_sha256": "Inputs (sha256)",
    "report.rows_by_outcome": "Rows by outcome",
    "report.rows_by_plan": "Rows by plan",
    "report.error": "error",
    "report.sheet.summary": "Summary",
    "report.sheet.gap": "Gap table",
    "report.sheet.indicator": "By indicator",
    "report.sheet.plan": "By plan",
    "report.html.title": "IT-application plans against the national targets: gap report",
    "report.html.inputs_count": "{n} file(s), with their sha256",
    "report.html.charts": "Charts by indicator",
    "report.html.indicator": "By indicator: issuers × years",
    "report.html.plan": "By plan: indicators × years",
    "report.html.disagree": "The SDSN and Eurostat methods classify this differently",
    "report.html.disagree_count": (
        "{n} row(s) where the SDSN linear and Eurostat CAGR methods classify differently."
    ),
    "report.html.chart_help": (
        "Solid line with dots: plan values; hollow squares: actuals; dashed: the actuals' "
        "trend projected; dotted: the straight line required from the start point to the "
        "next target; black diamonds: national targets."
    ),
    "report.html.by_indicator": "Summary by indicator",
    "report.html.by_indicator_help": (
        "Plans per indicator. Miss it: at least one row with a finding (a missing target, "
        "below the national target, late, off the required path, an actual that missed...); "
        "otherwise meet it or on track as the last year judged says; not assessed: no "
        "national target, not applicable, not assessable, or waived."
    ),
    "report.html.by_plan": "Summary by plan",
    "report.html.by_indicator_order": (
        "The indicators most plans miss come first, then by indicator name."
    ),
    "report.html.standing.plans": "Plans",
    "report.html.standing.meets": "Meet it",
    "report.html.standing.misses": "Miss it",
    "report.html.standing.on_track": "On track",
    "report.html.standing.not_assessed": "Not assessed",
    "report.chart.national_year": "national target {year}",
    "report.chart.others": "{n} other plans",
    "report.chart.more": "{n} other plans shown as a grey band",
    "report.chart.band": "{n} other plans (lowest–highest)",
    "report.chart.median": "median",
    "report.chart.national": "national target",
    "report.chart.plan": "plan",
    "report.chart.required": "required straight line",
    "report.chart.actual": "actual",
    "report.chart.trend": "projected trend",
    # extract
    "extract.needs_package": (
        "reading this file needs the optional package {package}: pip install '{extra}'"
    ),
    "extract.cannot_read": "cannot read: {reason}",
    "baselines.replaces": "{path}: replaces {old} ({id})",
    # command line: what the commands print around their output
    "cli.summary": "Checked {plans} plan(s): {errors} error(s), {warnings} warning(s)",
    "cli.summary.unreadable": "; {unreadable} file(s) could not be read",
    "cli.bug": "this is a bug in egovcheck: please report it with the command and the input file",
    "cli.explain.head": "{code} {name} (default severity: {severity})",
    "cli.config.file": "configuration file: {file}",
    "cli.config.no_file": "configuration file: (none)",
    "cli.config.setting": "setting",
    "cli.config.value": "value",
    "cli.config.from": "from",
    "cli.config.default_lang": "(from $EGOVCHECK_LANG, $LANG, else vi)",
    "cli.config.default_programmes": "(those in force when each plan was adopted)",
    "cli.config.default_checks": "(all, default severities)",
    "cli.baselines.id": "id",
    "cli.baselines.document": "document",
    "cli.baselines.issued": "issued",
    "cli.baselines.period": "period",
    "cli.baselines.targets": "targets",
    "cli.baselines.evidence": "evidence",
    "view.programme.period": "period",
    "view.programme.orientation": "orientation",
    "view.programme.indicator": "indicator",
    "view.programme.value": "value",
    "view.programme.deadline": "deadline",
    "view.programme.applies": "applies",
    "view.programme.location": "location",
    "view.programme.evidence": "evidence",
    "view.path.key": "Key",
    "view.path.year": "Year",
    "view.path.minimum": "Minimum",
    "view.path.plan": "Plan",
    "view.path.next": "Next target",
    "view.path.source": "Source",
    # command-line help
    "help.app": "Check a Vietnamese IT-application plan against the national programme targets.",
    "help.version": "Print the version.",
    "help.option.lang": "Output language (default: $EGOVCHECK_LANG, then $LANG, else vi).",
    "help.option.baselines": (
        "Add programme files (bundled format) from this folder; a file with a bundled id "
        "replaces it. Repeatable."
    ),
    "help.option.programme": (
        "Judge by this programme id (repeatable) instead of those in force "
        "when the plan was adopted."
    ),
    "help.option.select": "Run only these checks: codes, names or groups.",
    "help.option.ignore": "Skip these checks: codes, names or groups.",
    "help.option.waivers": "A waiver file (repeatable); adds to the config's.",
    "help.option.as_of": (
        "The day waivers' expiry is judged on (default: today in Asia/Ho_Chi_Minh)."
    ),
    "help.option.exclude": "Skip files matching this glob.",
    "help.option.config": "Use this configuration file instead of searching.",
    "help.option.csv_bom": "Start CSV output with a BOM (for spreadsheets).",
    "help.option.output": "Write the report to this file (atomically).",
    "help.option.format": "Output format.",
    "help.option.against": (
        "Also check against this plan's targets (the province's plan a district "
        "carries out, or a five-year plan an annual one carries out). Repeatable."
    ),
    "help.check": "Check plan files and print the gaps and trajectory warnings.",
    "help.check.plans": "Plan files, folders (every *.yaml/*.yml below), globs, or - for stdin.",
    "help.check.format": (
        "table, json, markdown, csv, sarif, junit or github; repeatable, each with "
        "its own file (-f table -f sarif:out.sarif). Default: table, or github when "
        "GITHUB_ACTIONS=true."
    ),
    "help.check.fail_on": (
        "Exit 1 when a finding not waived is at least this severe [default: error]."
    ),
    "help.config": "Print the effective configuration and where each value came from.",
    "help.schema": "Print the JSON Schema of plan files (for editors: yaml-language-server).",
    "help.explain": "Print what a check looks for, with a failing and a passing example.",
    "help.explain.code": "A check code (LV01) or name (level.below-national).",
    "help.baselines": (
        "List the bundled national programmes, or show one with its targets and sources."
    ),
    "help.baselines.list": (
        "List the national programmes: the bundled ones and those added with --baselines."
    ),
    "help.baselines.show": "Show one programme: its targets with location, evidence and source.",
    "help.baselines.id": "Programme id.",
    "help.path": (
        "Print the least value each plan year needs to stay on course for the next target."
    ),
    "help.path.plan": "A plan file.",
    "help.path.programme": "Judge by this programme id (repeatable).",
    "help.path.against": "A parent plan (repeatable).",
    "help.init": "Write an annotated plan template listing every national target that applies.",
    "help.init.level": "province, district, commune or ministry.",
    "help.init.period": "2021 or 2021-2025.",
    "help.init.adopted": "Adoption date (decides programmes).",
    "help.init.issuer": "e.g. 'UBND tỉnh Hòa Bình'.",
    "help.init.programme": "Use these programme ids (repeatable).",
    "help.init.output": "Write the template to this file.",
    "help.extract": "Read a plan or an article about one and write a draft plan file.",
    "help.extract.file": "A plan or an article: .txt, .md, .docx or .pdf.",
    "help.extract.output": "Write the draft to this file.",
    "help.extract.check": "Check the draft as egovcheck check does (table on stderr).",
    "help.report": "Build one gap table over many plans (xlsx, csv, markdown, html).",
    "help.report.plans": "Plan files, folders (every *.yaml/*.yml below) or globs.",
    "help.report.format": "xlsx and html need --output.",
    "help.report.by": (
        "Pivot: indicator (issuers x years per key) or plan (keys x years per plan). "
        "Default: the long gap table."
    ),
    "help.report.method": (
        "Trajectory method shown: sdsn (linear, the checks' own) or eurostat "
        "(ratio of compound annual growth rates). Both are computed; rows where they "
        "disagree are flagged."
    ),
    "help.report.provenance": (
        "Also write the provenance (version, programmes, checksum, method, "
        "--as-of, input hashes) as JSON to FILE; CSV output carries none itself."
    ),
    "help.report.chart_lines": (
        "HTML charts: plans drawn as their own line per indicator (the worst "
        "first); the others form a grey band."
    ),
    "extract.too_large": "file too large: {size} bytes, the limit is {limit} bytes",
    "extract.not_docx": "not a .docx file (not a zip archive): check the file's extension",
    "extract.not_pdf": "not a .pdf file (no %PDF- marker): check the file's extension",
    "extract.too_many_members": "the .docx file has {count} members, the limit is {limit}",
    "extract.unpacked_too_large": (
        "the .docx file unpacks to {size} bytes, the limit is {limit} bytes"
    ),
    "extract.xml_entities": "the .docx file declares a DOCTYPE/ENTITY in {member}: not read",
    "extract.too_many_pages": "the .pdf file has {pages} pages, the limit is {limit}",
    # hostile input: characters that hide lines, special files, paths out of the repository
    "yaml.line_separator": (
        "the character {char} ends a line for YAML but not for editors or git diff "
        "(text after it can hide in a comment): it is allowed only inside a quoted string"
    ),
    "file.special": "not a regular file (a pipe, device or socket): not read",
    "file.link_loop": "symbolic links that loop",
    "config.path_outside": (
        "{path!r} is outside the configuration's folder (an absolute path or one through '..'): "
        "give such a file on the command line instead"
    ),
    "file.foreign": (
        "none of its {count} top-level keys is one this kind of file has: not the file meant "
        "(its content is not shown)"
    ),
    "config.too_deep": "nested too deeply",
}

# Output texts (the terminal table, init, the schema, the report), kept in one block.
HEADERS.update(
    {
        "parent": "Parent plan",
        "report.col.source_wording": "Source wording",
        "report.col.source_refs": "Source references",
    }
)
TEXT.update(
    {
        "parent.lower_tier": (
            "the parent plan {parent} is a {parent_level} plan, below this {level} plan: "
            "--against takes a plan of the same level or above"
        ),
        "level.province": "province",
        "level.district": "district",
        "level.commune": "commune",
        "level.ministry": "ministry",
        "init.period.year": "year {year}",
        "init.period.range": "period {first}-{last}",
    }
)


# Check outputs: paths for code scanning, the Markdown summary, notices, baselines' dates.
TEXT.update(
    {
        "summary.title": "Check results",
        "summary.pass": "Pass: no finding (not waived) at {threshold} or above",
        "summary.fail": "Fail: {count} finding(s) (not waived) at {threshold} or above",
        "summary.never": "Pass: --fail-on never, no finding fails the run",
        "summary.fail_unreadable": "Fail: {unreadable} file(s) could not be read",
        "cell.actual": "{value} (actual {year})",
        "cli.baselines.kind": "kind, issued by",
        "baselines.kind.decision": "decision of the {body}",
        "baselines.kind.resolution": "resolution of the {body}",
        "baselines.kind.party_resolution": "Party resolution ({body})",
        "baselines.kind.plan": "parent plan ({body})",
        "baselines.newest": (
            "Newest document in the data: {document} ({kind}), issued {issued}; "
            "last deadline of the targets: {horizon}"
        ),
        "cell.actual_same_year": "{value} (actual)",
        "cell.evidence": "evidence: {grade}",
        "help.check.base_dir": (
            "SARIF and GitHub annotations name files relative to this folder (default: the root "
            "of the git repository holding the working folder, else the working folder)."
        ),
    }
)

HEADERS.update(
    {
        "summary.plans": "Plans",
        "summary.errors": "Errors",
        "summary.warnings": "Warnings",
        "summary.notes": "Notes",
        "summary.waived": "Waived",
        "summary.unreadable": "Unreadable files",
        "notices": "Notice",
    }
)


def needed(gain: float, deadline: int, target: float) -> str:
    """The pace a value implies."""
    return f"needs +{num(gain, 'en')} points a year to reach {num(target, 'en')}% by {deadline}"


def finding(f: Finding, w: Words) -> str:
    """The sentence for a finding."""
    x: dict[str, Any] = f.facts
    name, target, deadline, cite, value = w.name, w.target, w.deadline, w.cite, w.value
    nat = "parent plan's target" if w.parent else "national target"
    if f.code == "CV01":
        if "last_year" in x:
            text = (
                f"The plan sets '{name}' only up to {x['last_year']}, before the deadline "
                f"{deadline} of the {nat} {target} ({cite})."
            )
        else:
            text = (
                f"The plan sets no target for '{name}'; the {nat}: {target} by {deadline} ({cite})."
            )
        if "unscoped_key" in x:
            text += (
                f" The plan sets '{x['unscoped_key']}' without a scope; the national target "
                f"is per tier: write {f.key}."
            )
    elif f.code == "LV01":
        text = (
            f"In {f.year} the plan sets {value}, {num(f.gap, 'en')} percentage points below the "
            f"{nat} {target} (due {deadline}, {cite})."
        )
        if "confirmed_by" in x:
            text += (
                f" {x['confirmed_by']} sets {num(x['confirmed_value'], 'en')}% for the same "
                "deadline, which the plan misses too."
            )
    elif f.code == "AC01":
        text = (
            f"The actual for {x['actual_year']} is {value}, {num(f.gap, 'en')} percentage "
            f"points below the {nat} {target} due in {deadline} ({cite}): missed."
        )
        if "confirmed_by" in x:
            text += (
                f" {x['confirmed_by']} sets {num(x['confirmed_value'], 'en')}% for the same "
                "deadline, which the actual misses too."
            )
    elif f.code == "TM01":
        late = x["years_late"]
        text = (
            f"The plan sets nothing for {deadline} and reaches {target} only in "
            f"{x['reached_year']}, {late} year{'s' if late != 1 else ''} after the national "
            f"deadline ({cite})."
        )
    elif f.code == "TR01":
        kind = LABELS.get(x["start_kind"], x["start_kind"])
        start = f"{num(x['start_value'], 'en')}% ({kind} {x['start_year']})"
        text = (
            f"In {f.year} the plan sets {value}, below the straight path from {start} to "
            f"{target} by {deadline}: {f.year} requires at least "
            f"{num(x['required_value'], 'en')}% ({cite})."
        )
    elif f.code == "TR02":
        ratio = "–" if x.get("ratio") is None else f"{num(max(x['ratio'], 0) * 100, 'en', 0)}%"
        gain = x["observed_gain"]
        trend = f"gains {num(gain, 'en', 2)}" if gain >= 0 else f"loses {num(-gain, 'en', 2)}"
        text = (
            f"The plan {trend} points a year (from {num(x['base_value'], 'en')}% in "
            f"{x['base_year']} to {value} in {f.year}) where "
            f"{num(x['required_gain'], 'en', 2)} a year are needed to reach {target} by "
            f"{deadline}: {ratio} of the required pace, {LABELS[x['pace_class']]} ({cite})."
        )
    elif f.code == "TR03":
        slope = x["slope"]
        trend = f"+{num(slope, 'en', 2)}" if slope >= 0 else f"-{num(-slope, 'en', 2)}"
        text = (
            f"On the trend of the actuals ({x['actuals_used']} years, {trend} points a "
            f"year), {deadline} is projected at {num(x['projected_value'], 'en')}%, short of "
            f"{target}: {LABELS[x['pace_class']]} ({cite})."
        )
    elif f.code == "TR04":
        text = (
            f"In {f.year} the plan sets {value}, lower than in {x['previous_year']} "
            f"({num(x['previous_value'], 'en')}%)."
        )
    elif f.code == "WV01":
        year = f" {f.year}" if f.year is not None else ""
        text = (
            f"The waiver of {x['waiver_code']} for {f.key}{year} covers no finding: remove "
            "it, or correct its code, key or year."
        )
    elif f.code == "WV02":
        hint = f" (did you mean {x['hint']!r}?)" if x.get("hint") else ""
        text = f"The waiver names no known check: {x['waiver_code']!r}{hint}."
    else:  # pragma: no cover - every registered code has a sentence (tested)
        text = f.code
    if f.national is not None and f.national.also:
        others = "; ".join(
            f"{a.document_en or a.document}: {pct(a.value, a.qualifier, 'en')}"
            for a in f.national.also
        )
        text += f" Other documents for {deadline}: {others}."
    if f.waiver is not None:
        if f.waiver.expired:
            text += f" The waiver expired on {f.waiver.expires}: the finding counts again."
        else:
            text += f" [Waived: {f.waiver.reason}]"
    if f.unconfirmed:
        text += " The national value is unconfirmed (a single secondary source)."
    return text
