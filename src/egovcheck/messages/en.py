"""English: every user-facing text of egovcheck."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from egovcheck.messages.base import Words, num

if TYPE_CHECKING:
    from egovcheck.findings import Finding

DECIMAL = "."

LABELS: dict[str, str] = {
    "missing": "missing",
    "below-national": "below national",
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
    "secondary": "secondary",
    "single": "single source, unconfirmed",
    "province": "province",
    "district": "district",
    "commune": "commune",
    "ministry": "ministry",
    "actual": "actual",
    "plan": "plan",
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
}

# The fact sheet's remarks on where a target sits, as they are written in the data.
LOCATION: dict[str, str] = {}

TEXT: dict[str, str] = {
    # hints appended to other messages
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
    "report.no_stdin": "report reads plan files, not standard input: save it to a file first",
    "report.needs_file": "the {format} format needs a file: give -o FILE",
    "report.needs_openpyxl": "the xlsx format needs openpyxl: pip install 'egovcheck[report]'",
    "report.needs_matplotlib": (
        "the html format needs matplotlib and jinja2: pip install 'egovcheck[report]'"
    ),
    # extract
    "extract.needs_package": (
        "reading this file needs the optional package {package}: pip install '{extra}'"
    ),
    "extract.cannot_read": "cannot read: {reason}",
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
    if f.waiver is not None:
        if f.waiver.expired:
            text += f" The waiver expired on {f.waiver.expires}: the finding counts again."
        else:
            text += f" [Waived: {f.waiver.reason}]"
    if f.unconfirmed:
        text += " The national value is unconfirmed (a single secondary source)."
    return text
