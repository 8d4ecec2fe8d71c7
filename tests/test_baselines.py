"""The bundled national programmes: fixed ids, sources and grades, the fact sheet, the wheel."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
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
SHARED_FACT_SHEET = ROOT.parent / "shared" / "reference" / "national-targets.md"
FACT_SHEET = ROOT / "baselines" / "national-targets.md"

# Fixed by the fact sheet: plan files, tests and other tools depend on them.
PROGRAMME_IDS = [
    "qd-1605-2010",
    "nq-36a-2015",
    "qd-1819-2015",
    "nq-17-2019",
    "qd-749-2020",
    "qd-942-2021",
]
INDICATOR_IDS = [
    "docs_interagency_electronic",
    "docs_submitted_electronic",
    "doc_management_software",
    "doc_axis_connected",
    "digital_signature",
    "officials_email",
    "officials_computer",
    "data_network_connected",
    "meetings_online",
    "civil_servant_records_online",
    "budget_treasury_system",
    "portal_compliant",
    "one_stop_electronic",
    "dossiers_one_stop_system",
    "services_level2",
    "services_level3",
    "services_level4",
    "services_level34",
    "services_national_portal",
    "services_qa_support",
    "portals_mobile",
    "dossiers_online",
    "e_identification",
    "work_records_online",
    "reports_online",
    "inspections_digital",
    "satisfaction",
    "officials_digital_identity",
    "training_online",
    "construction_permits_online",
    "tax_filings_online",
    "procurement_online",
]


def raw_programmes() -> list[dict[str, Any]]:
    return [
        yaml.safe_load(p.read_text("utf-8"))
        for p in sorted((ROOT / "baselines" / "programmes").glob("*.yaml"))
    ]


def test_programme_ids(baselines: Baselines) -> None:
    assert [p.id for p in baselines.ordered()] == PROGRAMME_IDS


def test_indicator_ids_in_order(baselines: Baselines) -> None:
    assert list(baselines.catalogue.indicators) == INDICATOR_IDS


def test_every_indicator_has_names_and_aliases(baselines: Baselines) -> None:
    for key, ind in baselines.catalogue.indicators.items():
        assert ind.name.vi, key
        assert ind.name.en, key
        assert ind.unit == "percent", key
        assert ind.direction == "higher", key
        assert ind.aliases, key
    assert baselines.catalogue.indicators["work_records_online"].scopes == [
        "ministry",
        "province",
        "district",
        "commune",
    ]


@pytest.mark.parametrize("doc", raw_programmes(), ids=lambda d: d["id"])
def test_every_target_has_source_and_evidence(doc: dict[str, Any]) -> None:
    """Read from the raw files, so a missing field fails even if a model had a default."""
    assert doc["targets"]
    for target in doc["targets"]:
        assert target.get("evidence") in ("primary", "secondary", "single"), target
        assert str(target.get("location", "")).strip(), target
        assert str(target["source"].get("wording", "")).strip(), target
        assert target["source"].get("refs"), target
        assert all(str(r).strip() for r in target["source"]["refs"]), target


def test_documented_dates(baselines: Baselines) -> None:
    issued = {p.id: p.issued.isoformat() for p in baselines.ordered()}
    assert issued == {
        "qd-1605-2010": "2010-08-27",
        "nq-36a-2015": "2015-10-14",
        "qd-1819-2015": "2015-10-26",
        "nq-17-2019": "2019-03-07",
        "qd-749-2020": "2020-06-03",
        "qd-942-2021": "2021-06-15",
    }


def _sheet_rows() -> dict[str, list[list[str]]]:
    """Table rows of each programme section of the fact sheet, as cells."""
    sections: dict[str, list[list[str]]] = {}
    current = None
    for line in FACT_SHEET.read_text("utf-8").splitlines():
        heading = re.match(r"^### `?([a-z0-9-]+)`?", line)
        if heading:
            current = heading.group(1)
            sections[current] = []
        elif current and line.startswith("| `"):
            sections[current].append([c.strip() for c in line.strip("|").split(" | ")])
    return sections


@pytest.mark.skipif(not SHARED_FACT_SHEET.is_file(), reason="no shared reference beside the clone")
def test_fact_sheet_copy_is_current() -> None:
    assert FACT_SHEET.read_text("utf-8") == SHARED_FACT_SHEET.read_text("utf-8")


def test_every_number_is_in_the_fact_sheet(baselines: Baselines) -> None:
    """Each bundled target matches a row of the sheet: indicator, value, evidence, deadline."""
    sections = _sheet_rows()
    for programme in baselines.ordered():
        rows = sections[programme.id]
        for t in programme.targets:
            candidates = [
                r for r in rows if r[0].strip("`") in (t.indicator, f"{t.indicator_id}.*")
            ]

            def fits(row: list[str], t: Any = t) -> bool:
                numbers = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", row[1])}
                if t.value not in numbers or t.evidence.value not in row:
                    return False
                years = [c for c in row[2:4] if re.fullmatch(r"\d{4}", c)]
                return not years or int(years[0]) == t.deadline

            assert any(fits(r) for r in candidates), (programme.id, t.indicator, t.value)
        # and nothing in the sheet's tables is left out
        assert len(programme.targets) >= len(rows), programme.id


def test_bindings_follow_scope_rules(baselines: Baselines) -> None:
    programmes = baselines.get(["qd-749-2020"])
    district = bindings(programmes, "work_records_online", "district", "district")
    assert [(b.target.indicator, b.deadline, b.target.value) for b in district] == [
        ("work_records_online.district", 2025, 80),
        ("work_records_online.district", 2030, 90),
    ]
    # a scoped national target binds the unscoped key of a plan at that tier only
    assert [b.deadline for b in bindings(programmes, "work_records_online", None, "district")] == [
        2025,
        2030,
    ]
    assert bindings(programmes, "work_records_online", None, "province") != bindings(
        programmes, "work_records_online", "district", "province"
    )
    # an unscoped national target binds every scope
    inter = bindings(
        baselines.get(["qd-1819-2015"]), "docs_interagency_electronic", "commune", "province"
    )
    assert [b.target.value for b in inter] == [80]


def test_applicable_programmes(baselines: Baselines) -> None:
    from datetime import date

    assert [p.id for p in baselines.applicable(date(2017, 1, 1), 2017)] == ["qd-1819-2015"]
    assert [p.id for p in baselines.applicable(date(2016, 1, 15), 2016)] == [
        "nq-36a-2015",
        "qd-1819-2015",
    ]
    # issued the same day is not "before"
    assert "nq-17-2019" not in [p.id for p in baselines.applicable(date(2019, 3, 7), 2019)]
    assert [p.id for p in baselines.applicable(date(2021, 1, 10), 2021)] == [
        "nq-17-2019",
        "qd-749-2020",
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
