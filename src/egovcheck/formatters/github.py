"""GitHub Actions workflow commands: one annotation per finding, on its file and line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from egovcheck import messages as m
from egovcheck.formatters.paths import shown
from egovcheck.formatters.rows import finding_text, notices
from egovcheck.textsafe import no_surrogates

if TYPE_CHECKING:
    from egovcheck.findings import Report
    from egovcheck.formatters import RenderOptions

_COMMAND = {"error": "error", "warning": "warning", "note": "notice"}


def _data(text: str) -> str:
    """Escape a command's message (GitHub's workflow-command encoding)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    """Escape a command's property value."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _command(
    kind: str, file: str, line: int | None, column: int | None, title: str, message: str
) -> str:
    props = [f"file={_prop(file)}"]
    if line:
        props.append(f"line={line}")
    if column:
        props.append(f"col={column}")
    props.append(f"title={_prop(title)}")
    return f"::{kind} {','.join(props)}::{_data(message)}"


def render(report: Report, options: RenderOptions) -> str:
    """``::error file=…,line=…,col=…,title=…::message`` lines; waived findings as notices.

    ``file=`` is relative to the repository's root (or ``--base-dir``), as GitHub wants it.
    """
    lines = []
    for plan in report.plans:
        for notice in notices(plan, options.lang):
            lines.append(
                _command("notice", shown(plan.file, options), None, None, "egovcheck", notice)
            )
    for f in report.findings:
        kind = "notice" if f.waived else _COMMAND[f.severity.value]
        title = f"{f.code} {f.name}" + (" (waived)" if f.waived else "")
        text = finding_text(f, options)
        lines.append(_command(kind, shown(f.file, options), f.line, f.column, title, text))
    for e in report.errors:
        text = m.render(e.message, options.lang)
        text = f"{e.path}: {text}" if e.path else text
        file = shown(e.file, options)
        lines.append(_command("error", file, e.line, e.column, "egovcheck: invalid file", text))
    return m.visible(no_surrogates("\n".join(lines) + ("\n" if lines else "")))
