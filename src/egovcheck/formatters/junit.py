"""JUnit XML: a test suite per plan file, a test case per finding named ``CODE.key.year``."""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from egovcheck import messages as m
from egovcheck.formatters.rows import finding_text, notices
from egovcheck.textsafe import xml_text

if TYPE_CHECKING:
    from egovcheck.findings import Finding, Report
    from egovcheck.formatters import RenderOptions


def case_name(f: Finding) -> str:
    """Stable test name: ``LV01.docs_interagency_electronic.2020``."""
    return f"{f.code}.{f.key}" + (f".{f.year}" if f.year is not None else "")


def _fails(f: Finding, fail_on: str) -> bool:
    from egovcheck.findings import Severity

    return fail_on != "never" and f.severity.rank >= Severity(fail_on).rank


def render(report: Report, options: RenderOptions) -> str:
    """Findings at or above ``--fail-on`` are failures, waived ones skipped, others pass.

    A plan file that could not be read is a suite with one erroring ``load`` case.
    """
    root = ET.Element("testsuites", name="egovcheck")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    groups: dict[str, list[Finding]] = {p.file: list(p.findings) for p in report.plans}
    # What the data cover for a plan: properties of its suite (before its test cases).
    said = {p.file: notices(p, options.lang) for p in report.plans}
    for f in report.run_findings:
        groups.setdefault(f.file, []).append(f)
    for file, findings in groups.items():
        suite = ET.SubElement(root, "testsuite", name=file)
        if said.get(file):
            props = ET.SubElement(suite, "properties")
            for text in said[file]:
                ET.SubElement(props, "property", name="notice", value=text)
        counts = {"tests": 1, "failures": 0, "errors": 0, "skipped": 0}
        ET.SubElement(suite, "testcase", classname=file, name="load", time="0")
        for f in findings:
            counts["tests"] += 1
            case = ET.SubElement(suite, "testcase", classname=file, name=case_name(f), time="0")
            text = finding_text(f, options)
            where = f"{f.file}:{f.line}" if f.line else f.file
            if f.waived and f.waiver is not None:
                counts["skipped"] += 1
                ET.SubElement(case, "skipped", message=f"waived: {f.waiver.reason}")
            elif _fails(f, options.fail_on):
                counts["failures"] += 1
                node = ET.SubElement(case, "failure", type=f.code, message=text)
                node.text = f"{where}: {f.code} {f.name} [{f.severity.value}]\n{text}"
            else:
                out = ET.SubElement(case, "system-out")
                out.text = f"{where}: {f.code} [{f.severity.value}] {text}"
        _count(suite, counts, totals)
    errors_by_file: dict[str, list[str]] = {}
    for e in report.errors:
        errors_by_file.setdefault(e.file, []).append(m.problem_line(e, options.lang))
    for file, lines in errors_by_file.items():
        suite = ET.SubElement(root, "testsuite", name=file)
        case = ET.SubElement(suite, "testcase", classname=file, name="load", time="0")
        node = ET.SubElement(case, "error", type="invalid-plan", message=lines[0])
        node.text = "\n".join(lines)
        _count(suite, {"tests": 1, "failures": 0, "errors": 1, "skipped": 0}, totals)
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("time", "0")
    _clean(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _clean(root: ET.Element) -> None:
    """Make every text and attribute hold only what XML 1.0 allows (else the file is invalid)."""
    for node in root.iter():
        for key, value in node.attrib.items():
            node.set(key, xml_text(value))
        if node.text:
            node.text = xml_text(node.text)


def _count(suite: ET.Element, counts: dict[str, int], totals: dict[str, int]) -> None:
    for key, value in counts.items():
        suite.set(key, str(value))
        if key in totals:
            totals[key] += value
    suite.set("time", "0")
