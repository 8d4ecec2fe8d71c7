"""Fuzzing ``egovcheck extract`` as tests/test_fuzz.py fuzzes ``check`` (same profiles).

Random text, and random bytes saved as .txt, .docx and .pdf. Invariants: the exit code is 0 or
2, never a traceback; a draft, when written, loads with the plan loader; each run is bounded in
time. A small profile by default; ``EGOVCHECK_FUZZ=1`` for the big one.
"""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from egovcheck.baselines import bundled
from egovcheck.cli.app import app
from egovcheck.loader import load_plan
from tests.test_fuzz import active_settings, fuzz

CATALOGUE = bundled().catalogue
# The big run tries at least 10,000 drafts in all (three properties).
EXAMPLES_PER_PROPERTY = 3_400


def extract_settings() -> settings:
    """The active profile; in the big run, enough examples for 10,000 drafts in all."""
    active = active_settings()
    if active.max_examples >= 1_000:
        return settings(active, max_examples=EXAMPLES_PER_PROPERTY)
    return active


SECONDS = 10.0
WORDS = [
    "100%",
    "80,5%",
    "trên",
    "tối thiểu",
    "năm 2025",
    "giai đoạn 2021-2025",
    "cấp huyện",
    "xã, phường",
    "các cấp",
    "cán bộ, công chức",
    "thư điện tử công vụ",
    "dịch vụ công trực tuyến mức độ 3, 4",
    "hồ sơ công việc",
    "UBND tỉnh Lào Cai",
    "đã đạt",
    "Quyết định 749/QĐ-TTg",
    ";",
    ".",
    "\n",
]


def _run(path: Path, tmp: Path) -> None:
    out = tmp / "draft.yaml"
    out.unlink(missing_ok=True)
    start = time.perf_counter()
    result = CliRunner().invoke(app, ["extract", str(path), "-o", str(out)])
    assert time.perf_counter() - start < SECONDS
    assert result.exit_code in (0, 2), (result.exit_code, result.output, result.exception)
    assert "Traceback" not in result.output
    if result.exit_code == 0:
        load_plan(str(out), CATALOGUE)


@fuzz
def test_random_text_extracts_to_a_loadable_draft(tmp_path: Path) -> None:
    @extract_settings()
    @given(
        st.one_of(
            st.text(max_size=400),
            st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
        )
    )
    def prop(text: str) -> None:
        path = tmp_path / "plan.txt"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        _run(path, tmp_path)

    prop()


@fuzz
def test_random_bytes_as_any_document_never_crash(tmp_path: Path) -> None:
    @extract_settings()
    @given(st.binary(max_size=2000), st.sampled_from([".txt", ".md", ".docx", ".pdf"]))
    def prop(data: bytes, suffix: str) -> None:
        path = tmp_path / f"plan{suffix}"
        path.write_bytes(data)
        _run(path, tmp_path)

    prop()


@fuzz
def test_random_zips_as_docx_never_crash(tmp_path: Path) -> None:
    @extract_settings()
    @given(
        st.dictionaries(
            st.sampled_from(["word/document.xml", "[Content_Types].xml", "_rels/.rels", "x"]),
            st.binary(max_size=300),
            max_size=4,
        )
    )
    def prop(members: dict[str, bytes]) -> None:
        path = tmp_path / "plan.docx"
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in members.items():
                archive.writestr(name, data)
        _run(path, tmp_path)

    prop()
