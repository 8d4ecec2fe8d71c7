"""The bundled national programmes: fixed ids, sources and grades, the fact sheet, the wheel."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from egovcheck.baselines import Baselines, data_dir, load_dir
from egovcheck.binding import bindings
from egovcheck.errors import BaselineError
from egovcheck.messages import error_lines
from tests.conftest import ROOT

# The fact sheet every bundled number comes from; the copy beside the baselines keeps the
# cross-check running in any clone, and must equal the shared reference when that is present.
_SHARED = Path("shared", "reference", "national-targets.md")
SHARED_FACT_SHEET = next(
    (d / _SHARED for d in ROOT.parents if (d / _SHARED).is_file()), ROOT.parent / _SHARED
)
FACT_SHEET = ROOT / "baselines" / "national-targets.md"

LEVEL_ORDER = ("ministry", "province", "district", "commune")
QUALIFIERS = {"≥": "at_least", ">": "more_than", "=": "equal", "": "equal"}
GRADES = ("primary", "secondary", "single")


class SheetError(AssertionError):
    """A line of the fact sheet the parser cannot read: the cross-check fails on it."""


def _cells(line: str) -> list[str]:
    r"""The cells of a Markdown table row (a ``\|`` inside a cell is not a separator)."""
    body = line.strip()
    if not (body.startswith("|") and body.endswith("|")):
        raise SheetError(f"not a table row: {line!r}")
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", body[1:-1])]


def _tables(lines: list[str]) -> list[tuple[list[str], list[tuple[str, list[str]]]]]:
    """Each table of a block of lines: its header and its rows (with the raw line)."""
    tables: list[tuple[list[str], list[tuple[str, list[str]]]]] = []
    i = 0
    while i < len(lines):
        if not lines[i].startswith("|"):
            i += 1
            continue
        header = _cells(lines[i])
        if i + 1 >= len(lines) or not re.fullmatch(r"\|(?:-+\|)+", lines[i + 1].strip()):
            raise SheetError(f"a table without a separator line: {lines[i]!r}")
        rows = []
        i += 2
        while i < len(lines) and lines[i].startswith("|"):
            cells = _cells(lines[i])
            if len(cells) != len(header):
                raise SheetError(f"{len(cells)} cells, the header has {len(header)}: {lines[i]!r}")
            rows.append((lines[i], cells))
            i += 1
        tables.append((header, rows))
    return tables


def _sections() -> dict[str, list[str]]:
    """The fact sheet's lines under each ``##`` heading (the heading text is the key)."""
    sections: dict[str, list[str]] = {}
    current = ""
    for line in FACT_SHEET.read_text("utf-8").splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def _one_table(section: str) -> list[dict[str, str]]:
    tables = _tables(_sections()[section])
    assert len(tables) == 1, f"section {section!r} should hold one table, found {len(tables)}"
    header, rows = tables[0]
    return [dict(zip(header, cells, strict=True)) for _, cells in rows]


def _sheet_date(cell: str) -> str:
    m = re.match(r"^\**(\d{2})/(\d{2})/(\d{4})\**(?:\s|$)", cell)
    if not m:
        raise SheetError(f"no date dd/mm/yyyy in {cell!r}")
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}"


def sheet_programmes() -> list[dict[str, Any]]:
    """The fact sheet's programme table, parsed; in its order (the order of issue)."""
    out = []
    for row in _one_table("Programmes (programme ids)"):
        pid = re.fullmatch(r"`([a-z0-9-]+)`", row["id"])
        doc = re.fullmatch(r"(.+?)(?: \((.+)\))?", row["document"])
        title = row["title (vi) / (en)"].split(" / ")
        period = re.fullmatch(
            r"(?:(\d{4})-|to )(\d{4})(?: and \d{4}-(\d{4}))?"
            r"(?: \((?:(?:orientation|vision) )?(\d{4})\))?",
            row["period"],
        )
        if not (pid and doc and len(title) == 2 and period):
            raise SheetError(f"cannot read the programme row {row}")
        first, last, phase_last, orientation = period.groups()
        out.append(
            {
                "id": pid.group(1),
                "document": doc.group(1),
                "issuer": doc.group(2),
                "issued": _sheet_date(row["date"]),
                "title": (title[0], title[1]),
                "first": int(first) if first else None,
                "last": int(phase_last or last),
                "orientation": int(orientation) if orientation else None,
            }
        )
    return out


def sheet_indicators() -> list[tuple[str, list[str]]]:
    """The fact sheet's indicator ids, in its order, with their scopes."""
    out = []
    for row in _one_table("Indicator ids"):
        key = re.fullmatch(r"`([a-z][a-z0-9_]*)`", row["id"])
        scopes = LEVEL_ORDER if row["scopes"] == "any" else tuple(row["scopes"].split(", "))
        if not key or not set(scopes) <= set(LEVEL_ORDER) or row["unit"] != "%":
            raise SheetError(f"cannot read the indicator row {row}")
        out.append((key.group(1), list(scopes)))
    return out


# Fixed by the fact sheet: plan files, tests and other tools depend on them.
PROGRAMME_IDS = [p["id"] for p in sheet_programmes()]
INDICATOR_IDS = [key for key, _ in sheet_indicators()]


@dataclass(frozen=True)
class SheetTarget:
    """One national target as a row of the fact sheet states it."""

    programme: str
    key: str
    deadline: int
    value: float
    qualifier: str
    evidence: str
    applies: frozenset[str]
    where: str | None  # None: the sheet gives no location
    note: str | None  # a remark in the value cell the data must carry ("of eligible procedures")
    unofficial_copy: bool  # graded "primary (unofficial copy)"
    wording: str | None  # the first quoted text of the wording cell, when it has one

    @property
    def identity(self) -> tuple[str, str, int, float, str, str]:
        """What is compared both ways: programme, key, deadline, value, qualifier, grade."""
        return (
            self.programme,
            self.key,
            self.deadline,
            self.value,
            self.qualifier,
            self.evidence,
        )


_VALUE = re.compile(r"(?:(≥|>|=)\s*)?(\d+(?:\.\d+)?)(?: \((.+)\))?")
_MULTI = re.compile(r"(\d+(?: / \d+)+) \(([a-z]+(?: / [a-z]+)+)\)")
_KEY = re.compile(r"`([a-z][a-z0-9_]*)(?:\.(ministry|province|district|commune|\*))?`")


def _heading_deadline(heading: str) -> int:
    years = re.findall(r"deadline(?: end of)? (\d{4})", heading)
    if len(years) != 1:
        raise SheetError(f"no single deadline in the heading {heading!r} and no deadline column")
    return int(years[0])


def _levels(cell: str, line: str) -> frozenset[str]:
    levels = cell.split(", ")
    if not levels or not set(levels) <= set(LEVEL_ORDER):
        raise SheetError(f"cannot read the levels {cell!r} in {line!r}")
    return frozenset(levels)


def sheet_targets() -> list[SheetTarget]:
    """Every target row of the fact sheet's "National targets" part, parsed strictly.

    Tables vary: a deadline column or the deadline in the heading; an evidence column or one
    grade for the whole section ("Grade `single` throughout"); a ``where`` column or none;
    one row for all scopes ("90 / 90 / 80 / 60 (ministry / province / district / commune)");
    applies "as in 749". A row the parser cannot read raises SheetError.
    """
    programmes = {p["id"]: p for p in sheet_programmes()}
    out: list[SheetTarget] = []
    blocks: list[tuple[str, list[str]]] = []
    for line in _sections()["National targets"]:
        if line.startswith("### "):
            blocks.append((line[4:], []))
        elif blocks:
            blocks[-1][1].append(line)
    for heading, lines in blocks:
        pid = heading.split(" ", 1)[0].strip("`")
        if pid not in programmes:
            raise SheetError(f"section {heading!r} names no programme of the programme table")
        tables = _tables(lines)
        if len(tables) != 1:
            raise SheetError(f"section {heading!r} should hold one table, found {len(tables)}")
        header, rows = tables[0]
        known = {"indicator", "value", "deadline", "applies", "where", "evidence"}
        wording_col = next((h for h in header if h.startswith("wording")), None)
        if set(header) - known - {wording_col} or not {"indicator", "value", "applies"} <= set(
            header
        ):
            raise SheetError(f"unknown columns in {heading!r}: {header}")
        throughout = re.findall(r"Grade `(\w+)`\s+throughout", "\n".join(lines))
        if "evidence" not in header and len(throughout) != 1:
            raise SheetError(f"section {heading!r} has no evidence column and no single grade")
        previous_where: str | None = None
        for line, cells in rows:
            row = dict(zip(header, cells, strict=True))
            key = _KEY.fullmatch(row["indicator"])
            if not key:
                raise SheetError(f"cannot read the indicator in {line!r}")
            indicator, scope = key.groups()
            if "deadline" in row:
                if not re.fullmatch(r"\d{4}", row["deadline"]):
                    raise SheetError(f"cannot read the deadline in {line!r}")
                deadline = int(row["deadline"])
            else:
                deadline = _heading_deadline(heading)
            if "evidence" in row:
                grade = re.fullmatch(r"(primary|secondary|single)(?: \((.+)\))?", row["evidence"])
                if not grade or grade.group(2) not in (None, "unofficial copy"):
                    raise SheetError(f"cannot read the evidence in {line!r}")
                evidence, unofficial = grade.group(1), grade.group(2) is not None
            else:
                evidence, unofficial = throughout[0], False
            if evidence not in GRADES:
                raise SheetError(f"unknown grade {evidence!r} in {line!r}")
            where: str | None = None
            if "where" in row:
                cell = row["where"]
                if cell.startswith("same"):
                    rest = cell[len("same") :].lstrip(", ")
                    if previous_where is None or not previous_where.endswith(rest):
                        raise SheetError(f"'same' with nothing above it to refer to: {line!r}")
                    where = previous_where
                else:
                    where = cell
                previous_where = where
            wording = None
            if wording_col and row[wording_col].startswith('"'):
                quoted = re.match(r'"(.+?)"(?: \(cut off\))?(?: —|$)', row[wording_col])
                if not quoted:
                    raise SheetError(f"cannot read the wording in {line!r}")
                wording = quoted.group(1)
            # values: one, or one per scope for an indicator.* row
            values: list[tuple[str, str]]  # (key, value cell)
            if scope == "*":
                multi = _MULTI.fullmatch(row["value"])
                if not multi:
                    raise SheetError(f"an indicator.* row needs one value per scope: {line!r}")
                numbers, scopes = multi.group(1).split(" / "), multi.group(2).split(" / ")
                if len(numbers) != len(scopes) or not set(scopes) <= set(LEVEL_ORDER):
                    raise SheetError(f"values and scopes do not pair up in {line!r}")
                values = [(f"{indicator}.{s}", n) for s, n in zip(scopes, numbers, strict=True)]
            else:
                values = [(row["indicator"].strip("`"), row["value"])]
            for full_key, text in values:
                value = _VALUE.fullmatch(text)
                if not value:
                    raise SheetError(f"cannot read the value {text!r} in {line!r}")
                sign, number, remark = value.groups()
                qualifier = QUALIFIERS[sign or ""]
                note = None
                if remark == "about":
                    if sign:
                        raise SheetError(f"two qualifiers in {line!r}")
                    qualifier = "about"
                elif remark is not None and not remark.startswith("stated "):
                    note = remark
                applies_cell = row["applies"]
                same_as = re.fullmatch(r"as in (\d+)", applies_cell)
                if same_as:
                    applies = _applies_as_in(out, programmes, same_as.group(1), full_key, deadline)
                    if applies is None:
                        raise SheetError(f"nothing in {same_as.group(1)} to copy: {line!r}")
                else:
                    applies = _levels(applies_cell, line)
                out.append(
                    SheetTarget(
                        pid,
                        full_key,
                        deadline,
                        float(number),
                        qualifier,
                        evidence,
                        applies,
                        where,
                        note,
                        unofficial,
                        wording,
                    )
                )
    return out


def _applies_as_in(
    found: list[SheetTarget], programmes: dict[str, Any], number: str, key: str, deadline: int
) -> frozenset[str] | None:
    """The levels of the same key and deadline in an earlier programme ("as in 749")."""
    ids = [pid for pid in programmes if pid.split("-")[1] == number]
    for t in found:
        if t.programme in ids and t.key == key and t.deadline == deadline:
            return t.applies
    return None


def raw_programmes() -> list[dict[str, Any]]:
    return [
        yaml.safe_load(p.read_text("utf-8"))
        for p in sorted((ROOT / "baselines" / "programmes").glob("*.yaml"))
    ]


def test_programme_ids(baselines: Baselines) -> None:
    assert [p.id for p in baselines.ordered()] == PROGRAMME_IDS
    assert len(PROGRAMME_IDS) == len(set(PROGRAMME_IDS))


def test_indicator_ids_in_order(baselines: Baselines) -> None:
    assert list(baselines.catalogue.indicators) == INDICATOR_IDS
    assert len(INDICATOR_IDS) == len(set(INDICATOR_IDS))


def test_indicator_scopes_follow_the_fact_sheet(baselines: Baselines) -> None:
    for key, scopes in sheet_indicators():
        assert baselines.catalogue.indicators[key].scopes == scopes, key


def test_every_indicator_has_names_and_aliases(baselines: Baselines) -> None:
    for key, ind in baselines.catalogue.indicators.items():
        assert ind.name.vi, key
        assert ind.name.en, key
        assert ind.unit == "percent", key
        assert ind.direction == "higher", key
        assert ind.aliases, key
        assert all(a == a.lower() for a in ind.aliases), key
    assert baselines.catalogue.indicators["work_records_online"].scopes == [
        "ministry",
        "province",
        "district",
        "commune",
    ]


def test_new_wordings_have_aliases(baselines: Baselines) -> None:
    """Plans of 2021 on say "toàn trình" and "một phần" (fact sheet, "Indicator ids")."""
    aliases = {k: ind.aliases for k, ind in baselines.catalogue.indicators.items()}
    assert any("toàn trình" in a for a in aliases["services_level4"])
    assert any("một phần" in a for a in aliases["services_level3"])
    assert any(
        "văn bản, hồ sơ công việc" in a and "môi trường điện tử" in a
        for a in aliases["work_records_online"]
    )
    seen: dict[str, str] = {}
    for key, phrases in aliases.items():
        for phrase in phrases:
            assert seen.setdefault(phrase, key) == key, f"{phrase!r} is an alias of two indicators"


@pytest.mark.parametrize("doc", raw_programmes(), ids=lambda d: d["id"])
def test_every_target_has_source_and_evidence(doc: dict[str, Any]) -> None:
    """Read from the raw files, so a missing field fails even if a model had a default."""
    assert doc["targets"]
    for target in doc["targets"]:
        assert target.get("evidence") in GRADES, target
        assert str(target.get("location", "")).strip(), target
        assert str(target["source"].get("wording", "")).strip(), target
        assert target["source"].get("refs"), target
        assert all(str(r).strip() for r in target["source"]["refs"]), target


def test_programmes_follow_the_fact_sheet(baselines: Baselines) -> None:
    """Document, issuer, date of issue, title and period as the programme table gives them."""
    for row in sheet_programmes():
        p = baselines.programmes[row["id"]]
        assert p.document == row["document"], p.id
        assert p.issued.isoformat() == row["issued"], p.id
        assert (p.title.vi, p.title.en) == row["title"], p.id
        assert p.period.last == row["last"], p.id
        if row["first"] is not None:
            assert p.period.first == row["first"], p.id
        else:  # "to 2025": the file starts the period in the year of issue
            assert p.period.first == p.issued.year, p.id
        assert p.orientation == row["orientation"], p.id
        if row["issuer"] is not None:  # "Nghị quyết 57-NQ/TW (Bộ Chính trị)"
            assert p.issuer == row["issuer"], p.id


def test_documented_dates(baselines: Baselines) -> None:
    issued = {p.id: p.issued.isoformat() for p in baselines.ordered()}
    assert issued == {row["id"]: row["issued"] for row in sheet_programmes()}


def test_party_resolution(baselines: Baselines) -> None:
    nq57 = baselines.programmes["nq-57-2024"]
    assert nq57.kind == "party_resolution"
    assert nq57.is_party
    assert nq57.document_in("vi") == "Nghị quyết 57-NQ/TW"
    assert nq57.document_in("en") == "Resolution 57-NQ/TW"
    assert (nq57.issuing_body.vi, nq57.issuing_body.en) == ("Bộ Chính trị", "Politburo")
    nq03 = baselines.programmes["nq-03-2025"]
    assert (nq03.kind, nq03.is_party, nq03.issuing_body.en) == ("resolution", False, "Government")
    assert nq03.document_in("en") == "Resolution 03/NQ-CP"
    assert baselines.programmes["qd-2629-2025"].issuing_body.en == "Prime Minister"


@pytest.mark.skipif(not SHARED_FACT_SHEET.is_file(), reason="no shared reference beside the clone")
def test_fact_sheet_copy_is_current() -> None:
    assert FACT_SHEET.read_text("utf-8") == SHARED_FACT_SHEET.read_text("utf-8")


def _shipped(baselines: Baselines) -> list[tuple[Any, Any]]:
    return [
        (
            (p.id, t.indicator, t.deadline, t.value, t.qualifier.value, t.evidence.value),
            (p, t),
        )
        for p in baselines.ordered()
        for t in p.targets
    ]


def test_every_number_is_in_the_fact_sheet(baselines: Baselines) -> None:
    """The sheet's targets and the bundled ones are the same set, compared both ways.

    Each is (programme, key, deadline, value, qualifier, evidence grade); neither side may
    hold a target twice.
    """
    sheet = [t.identity for t in sheet_targets()]
    shipped = [identity for identity, _ in _shipped(baselines)]
    assert len(sheet) == len(set(sheet)), "a target twice in the fact sheet"
    assert len(shipped) == len(set(shipped)), "a target twice in the bundled data"
    assert sorted(set(sheet) - set(shipped)) == [], "in the fact sheet, not shipped"
    assert sorted(set(shipped) - set(sheet)) == [], "shipped, not in the fact sheet"


def test_targets_carry_the_fact_sheet_details(baselines: Baselines) -> None:
    """Levels, location, the value's remark, the unofficial copy and the wording, per row."""
    shipped = dict(_shipped(baselines))
    for row in sheet_targets():
        what = (row.programme, row.key, row.deadline)
        assert row.identity in shipped, ("not shipped", what)
        _, t = shipped[row.identity]
        assert frozenset(t.applies) == row.applies, what
        if row.where is not None:
            assert t.location == row.where, what
        if row.note is not None:
            assert t.note is not None, what
            assert row.note in t.note, what
        if row.unofficial_copy:
            assert any("unofficial copy" in r for r in t.source.refs), what
        if row.wording is not None:
            assert row.wording.rstrip(" …") in t.source.wording, what


@pytest.mark.parametrize(
    "line",
    [
        '| `services_level4` | eighty | 2025 | province | single | "x" — y |',
        '| `services_level4` | 80 | 20xx | province | single | "x" — y |',
        '| `services_level4` | 80 | 2025 | province, nation | single | "x" — y |',
        '| `services_level4` | 80 | 2025 | province | likely | "x" — y |',
        '| services_level4 | 80 | 2025 | province | single | "x" — y |',
        '| `work_records_online.*` | 90 / 80 (ministry) | 2025 | ministry | single | "x" — y |',
        "| `services_level4` | 80 | 2025 | province | single |",
    ],
)
def test_an_unreadable_fact_sheet_row_fails(
    line: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    text = FACT_SHEET.read_text("utf-8")
    anchor = "| `officials_digital_identity` | 100 |"
    assert anchor in text
    broken = tmp_path / "national-targets.md"
    broken.write_text(text.replace(anchor, line + "\n" + anchor, 1), "utf-8")
    monkeypatch.setattr(sys.modules[__name__], "FACT_SHEET", broken)
    with pytest.raises(SheetError):
        sheet_targets()


def test_the_parser_reads_every_table_variant() -> None:
    """The variants the sheet uses, each read to the values it states."""
    got = {(t.programme, t.key, t.deadline): t for t in sheet_targets()}
    assert got[("qd-1605-2010", "services_level2", 2015)].value == 100  # 100 (stated "tất cả")
    assert got[("qd-1605-2010", "procurement_online", 2015)].qualifier == "about"
    assert got[("nq-36a-2015", "services_level3", 2016)].applies == {"ministry"}
    dossiers = got[("qd-942-2021", "dossiers_online", 2025)]
    assert (dossiers.value, dossiers.qualifier, dossiers.note) == (80, "at_least", "fully online")
    assert [got[("qd-942-2021", f"work_records_online.{s}", 2025)].value for s in LEVEL_ORDER] == [
        90,
        90,
        80,
        60,
    ]
    assert got[("qd-942-2021", "work_records_online.commune", 2025)].applies == {
        "province",
        "district",
        "commune",
    }
    nq57 = got[("nq-57-2024", "online_service_usage", 2030)]
    assert (nq57.qualifier, nq57.evidence, nq57.unofficial_copy) == ("more_than", "primary", True)
    assert {t.evidence for t in got.values() if t.programme == "nq-03-2025"} == {"single"}
    assert got[("qd-2629-2025", "satisfaction", 2027)].value == 95
    assert got[("qd-1605-2010", "meetings_online", 2015)].where == (
        "Điều 1, A.I, Mục tiêu cụ thể, b)"
    )


def test_bindings_follow_scope_rules(baselines: Baselines) -> None:
    programmes = baselines.get(["qd-749-2020"])
    district = bindings(programmes, "work_records_online", "district", "district")
    assert [(b.target.indicator, b.deadline, b.target.value) for b in district] == [
        ("work_records_online.district", 2025, 80),
    ]
    # a scoped national target binds the unscoped key of a plan at that tier only
    assert [b.deadline for b in bindings(programmes, "work_records_online", None, "district")] == [
        2025,
    ]
    # the district tier ended on 1 July 2025: 749's district share for 2030 binds nothing
    assert all(
        b.deadline <= 2025
        for level in ("province", "district")
        for b in bindings(programmes, "work_records_online", "district", level)
    )
    assert bindings(programmes, "work_records_online", None, "province") != bindings(
        programmes, "work_records_online", "district", "province"
    )
    # an unscoped national target binds every scope whose tier its row lists
    inter = bindings(
        baselines.get(["qd-1819-2015"]), "docs_interagency_electronic", "district", "province"
    )
    assert [b.target.value for b in inter] == [80]
    # a province plan's .commune key is the commune tier's: 1819's row lists no commune
    assert bindings(
        baselines.get(["qd-1819-2015"]), "docs_interagency_electronic", "commune", "province"
    ) == bindings(baselines.get(["qd-1819-2015"]), "docs_interagency_electronic", None, "commune")
    assert (
        bindings(
            baselines.get(["qd-1819-2015"]), "docs_interagency_electronic", "commune", "province"
        )
        == []
    )
    # and targets listing the commune tier bind it, from a province plan as from a commune one
    commune = bindings(baselines.get(["nq-03-2025"]), "work_records_online", "commune", "province")
    assert [(b.deadline, b.target.value) for b in commune] == [(2030, 100)]


def test_applicable_programmes(baselines: Baselines) -> None:
    from datetime import date

    # every programme issued before adoption, ended or not: its past targets are floors
    assert [p.id for p in baselines.applicable(date(2017, 1, 1), 2017)] == [
        "qd-1605-2010",
        "nq-36a-2015",
        "qd-1819-2015",
    ]
    assert [p.id for p in baselines.applicable(date(2016, 1, 15), 2016)] == [
        "qd-1605-2010",
        "nq-36a-2015",
        "qd-1819-2015",
    ]
    assert [p.id for p in baselines.applicable(date(2026, 1, 15), 2026)] == [
        "qd-1605-2010",
        "nq-36a-2015",
        "qd-1819-2015",
        "nq-17-2019",
        "qd-749-2020",
        "qd-942-2021",
        "nq-57-2024",
        "nq-03-2025",
        "qd-2629-2025",
    ]
    # issued the same day is not "before"
    assert "nq-17-2019" not in [p.id for p in baselines.applicable(date(2019, 3, 7), 2019)]
    assert [p.id for p in baselines.applicable(date(2021, 1, 10), 2021)] == [
        "qd-1605-2010",
        "nq-36a-2015",
        "qd-1819-2015",
        "nq-17-2019",
        "qd-749-2020",
    ]
    # the programmes of 2024-2025: none applies to a plan adopted before it was issued
    assert "nq-57-2024" not in [p.id for p in baselines.applicable(date(2024, 12, 22), 2025)]
    assert [p.id for p in baselines.applicable(date(2025, 6, 1), 2025)] == [
        "qd-1605-2010",
        "nq-36a-2015",
        "qd-1819-2015",
        "nq-17-2019",
        "qd-749-2020",
        "qd-942-2021",
        "nq-57-2024",
        "nq-03-2025",
    ]
    # 942 and the earlier ones have no target due from 2026 on, but their floors last
    assert [p.id for p in baselines.applicable(date(2026, 1, 10), 2026)] == [
        "qd-1605-2010",
        "nq-36a-2015",
        "qd-1819-2015",
        "nq-17-2019",
        "qd-749-2020",
        "qd-942-2021",
        "nq-57-2024",
        "nq-03-2025",
        "qd-2629-2025",
    ]


# --- broken baseline files --------------------------------------------------------------------


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    root = tmp_path / "baselines"
    shutil.copytree(data_dir(), root)
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "programmes/qd-1819-2015.yaml",
            "indicator: docs_submitted_electronic",
            "indicator: docs_submited_electronic",
            "unknown indicator 'docs_submited_electronic'",
        ),
        ("programmes/qd-1819-2015.yaml", "value: 100", "value: 120", "0-100, got 120"),
        (
            "programmes/qd-1819-2015.yaml",
            "id: qd-1819-2015",
            "id: qd-1819-2016",
            "differs from the file name",
        ),
        (
            "programmes/qd-749-2020.yaml",
            "applies: [province, district]",
            "applies: [district, ministry]",
            "cannot apply to ministry plans",
        ),
        ("programmes/qd-1819-2015.yaml", "      refs:\n", "      rfs:\n", "refs"),
        ("indicators.yaml", "unit: percent", "unit: percnt", "indicators.docs_interagency"),
        (
            "programmes/nq-57-2024.yaml",
            'issuer: "Bộ Chính trị"',
            'issuer: "Chính phủ"',
            "a party_resolution is issued by a Party body",
        ),
        (
            "programmes/nq-03-2025.yaml",
            "kind: resolution",
            "kind: party_resolution",
            "a party_resolution is issued by a Party body",
        ),
    ],
)
def test_broken_file_names_file_and_line(
    copy: Path, file: str, old: str, new: str, message: str
) -> None:
    _edit(copy / file, old, new)
    with pytest.raises(BaselineError) as info:
        load_dir(copy)
    text = "\n".join(error_lines(info.value, "en"))
    assert Path(file).name in text
    assert message in text
    assert all(p.line for p in info.value.problems)


def test_missing_catalogue(copy: Path) -> None:
    (copy / "indicators.yaml").unlink()
    with pytest.raises(BaselineError, match=r"baselines\.no_catalogue"):
        load_dir(copy)


def test_checksum_changes_with_the_data(copy: Path, baselines: Baselines) -> None:
    assert load_dir(copy).checksum == baselines.checksum
    _edit(copy / "programmes" / "qd-1819-2015.yaml", "(not seen)", "(not yet seen)")
    assert load_dir(copy).checksum != baselines.checksum


# --- shipped inside the wheel -----------------------------------------------------------------


@pytest.mark.slow
def test_wheel_ships_the_baselines(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(dist),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next(dist.glob("egovcheck-*.whl"))
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        assert "egovcheck/_baselines/indicators.yaml" in names
        assert "egovcheck/_baselines/programmes/qd-1819-2015.yaml" in names
        zf.extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    probe = (
        "import egovcheck.baselines as b; print(b.data_dir()); "
        "print(','.join(p.id for p in b.bundled().ordered()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    where, ids = result.stdout.splitlines()
    assert Path(where).is_relative_to(site)
    assert ids.split(",") == PROGRAMME_IDS


def test_bundled_files_pass_the_strict_reader(baselines: Baselines) -> None:
    """Bundled data read strictly (duplicates, aliases, tags refused) is the same data."""
    strict = load_dir(data_dir(), strict=True)
    assert strict.programmes == baselines.programmes
    assert strict.catalogue == baselines.catalogue
    assert strict.checksum == baselines.checksum
