"""Tests of egovcheck.loader: encodings, error reports with file/line/path, hostile input.

The encoding fixtures under tests/fixtures/encodings/ are committed binary files; see the
README.md there. ``python tests/fixtures/encodings/make_fixtures.py`` rewrites them from
``hoa-binh-2017.utf8.yaml`` with the encoders defined in this module.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from egovcheck.baselines import bundled
from egovcheck.errors import PlanError, Problem
from egovcheck.loader import MAX_BYTES, LoadedPlan, load_plan
from egovcheck.messages import error_lines, render

CATALOGUE = bundled().catalogue
FIXTURES = Path(__file__).parent / "fixtures" / "encodings"
CANONICAL = FIXTURES / "hoa-binh-2017.utf8.yaml"
CP1258_FIXTURE = FIXTURES / "hoa-binh-2017.cp1258.yaml"
# The display name passed with ``data=``; every Problem must carry it back.
DISPLAY = "plans/test-plan.yaml"
# "UBND tỉnh Hòa Bình" spelled with explicit NFC code points, so this file's own
# normalisation cannot make the assertion vacuous.
ISSUER_NFC = "UBND t\u1ec9nh H\u00f2a B\u00ecnh"
# In the Hòa Bình plan, ``2017:`` under ``docs_interagency_electronic`` is on line 15.
INTERAGENCY_2017_LINE = 15


# --- helpers ---------------------------------------------------------------------------------


def plan_text(body: str = "", *, level: str = "province", period: str = "2017") -> str:
    """A valid ``plan:`` block (lines 1-5) followed by ``body`` (dedented)."""
    head = (
        "plan:\n"
        "  title: Kế hoạch ứng dụng CNTT năm 2017\n"
        "  issuer: UBND tỉnh Hòa Bình\n"
        f"  level: {level}\n"
        f"  period: {period}\n"
    )
    return head + textwrap.dedent(body)


def load_text(text: str | bytes) -> LoadedPlan:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return load_plan(DISPLAY, CATALOGUE, data=data)


def problems_of(text: str | bytes) -> tuple[Problem, ...]:
    with pytest.raises(PlanError) as info:
        load_text(text)
    assert info.value.problems, "a PlanError must list at least one problem"
    return info.value.problems


def single_problem(text: str | bytes) -> Problem:
    problems = problems_of(text)
    assert len(problems) == 1, problems
    return problems[0]


def en(problem: Problem) -> str:
    """A problem's message as the English output writes it."""
    return render(problem.message, "en")


def line_with(text: str, needle: str, nth: int = 1) -> int:
    """The 1-based number of the ``nth`` line of ``text`` that contains ``needle``."""
    hits = [i for i, line in enumerate(text.split("\n"), start=1) if needle in line]
    assert len(hits) >= nth, f"{needle!r} occurs {len(hits)} times"
    return hits[nth - 1]


def assert_problem(problem: Problem, *, line: int | None, path: str, says: str) -> None:
    assert problem.file == DISPLAY
    assert problem.line == line, problem
    assert problem.path == path, problem
    assert says in en(problem), problem


def canonical_text() -> str:
    return CANONICAL.read_bytes().decode("utf-8")


# --- 1. encodings round-trip -----------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    """One way of writing the same plan text to bytes."""

    codec: str
    bom: bool = False
    eol: str = "\n"
    form: str = "NFC"

    def encode(self, text: str) -> bytes:
        body = unicodedata.normalize(self.form, text).replace("\n", self.eol)
        return (("\ufeff" if self.bom else "") + body).encode(self.codec)


VARIANTS = {
    "utf8": Variant("utf-8"),
    "utf8-bom": Variant("utf-8", bom=True),
    "utf16le-bom": Variant("utf-16-le", bom=True),
    "utf16be-bom": Variant("utf-16-be", bom=True),
    "crlf": Variant("utf-8", eol="\r\n"),
    "nfd": Variant("utf-8", form="NFD"),
    "nfd-bom-crlf": Variant("utf-8", bom=True, eol="\r\n", form="NFD"),
}


def fixture_path(name: str) -> Path:
    return FIXTURES / f"hoa-binh-2017.{name}.yaml"


def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258: precomposed where the code page has it, else base + tone mark.

    Windows-1258 has the letters with a circumflex, breve or horn (â, ă, ơ, ...) and five
    combining tone marks, so "ậ" (a, dot below, circumflex) is written "â" + dot below.
    """
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        base, *marks = unicodedata.normalize("NFD", char)
        candidates = [(char, "")]
        candidates += [
            (unicodedata.normalize("NFC", base + mark), "".join(marks[:i] + marks[i + 1 :]))
            for i, mark in enumerate(marks)
        ]
        candidates.append((base, "".join(marks)))
        for head, rest in candidates:
            try:
                out += head.encode("cp1258") + rest.encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            raise ValueError(f"{char!r} cannot be written in Windows-1258")
    return bytes(out)


@pytest.fixture(scope="module")
def reference() -> LoadedPlan:
    return load_plan(str(CANONICAL), CATALOGUE)


def test_reference_plan_is_the_hoa_binh_plan(reference: LoadedPlan) -> None:
    assert reference.plan.plan.issuer == ISSUER_NFC
    assert reference.plan.targets["docs_interagency_electronic"][2017].value == 60
    assert reference.line_of("targets", "docs_interagency_electronic", 2017) == 15
    assert canonical_text().split("\n")[INTERAGENCY_2017_LINE - 1] == "    2017:"


@pytest.mark.parametrize("name", VARIANTS)
def test_variant_bytes_are_what_the_name_says(name: str) -> None:
    """Guard against a variant that silently equals plain UTF-8 (a vacuous round trip)."""
    data = VARIANTS[name].encode(canonical_text())
    boms = {
        "utf8-bom": b"\xef\xbb\xbf",
        "utf16le-bom": b"\xff\xfe",
        "utf16be-bom": b"\xfe\xff",
        "nfd-bom-crlf": b"\xef\xbb\xbf",
    }
    if name in boms:
        assert data.startswith(boms[name])
    else:
        assert not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
    text = data.decode("utf-16" if name.startswith("utf16") else "utf-8-sig")
    if "crlf" in name:
        assert text.count("\r\n") == text.count("\n") == canonical_text().count("\n")
    else:
        assert "\r" not in text
    assert unicodedata.is_normalized("NFC", text) == ("nfd" not in name)
    assert unicodedata.normalize("NFC", text.replace("\r\n", "\n")) == canonical_text()


@pytest.mark.parametrize("name", VARIANTS)
def test_committed_fixture_matches_its_recipe(name: str) -> None:
    assert fixture_path(name).read_bytes() == VARIANTS[name].encode(canonical_text())


@pytest.mark.parametrize("name", VARIANTS)
def test_committed_fixture_loads_to_the_same_plan(name: str, reference: LoadedPlan) -> None:
    path = fixture_path(name)
    loaded = load_plan(str(path), CATALOGUE)
    assert loaded.file == str(path)
    assert loaded.plan.model_dump() == reference.plan.model_dump()
    assert loaded.plan.plan.issuer == ISSUER_NFC
    assert unicodedata.is_normalized("NFC", loaded.plan.plan.issuer)
    line = loaded.line_of("targets", "docs_interagency_electronic", 2017)
    assert line == INTERAGENCY_2017_LINE
    assert loaded.located.marks == reference.located.marks


@pytest.mark.parametrize("name", VARIANTS)
def test_generated_variant_loads_to_the_same_plan(name: str, reference: LoadedPlan) -> None:
    loaded = load_text(VARIANTS[name].encode(canonical_text()))
    assert loaded.file == DISPLAY
    assert loaded.plan.model_dump() == reference.plan.model_dump()
    assert loaded.plan.plan.issuer == ISSUER_NFC
    for series in loaded.plan.targets.values():
        for target in series.values():
            assert target.source is not None
            assert unicodedata.is_normalized("NFC", target.source)
    line = loaded.line_of("targets", "docs_interagency_electronic", 2017)
    assert line == INTERAGENCY_2017_LINE
    assert loaded.column_of("targets", "docs_interagency_electronic", 2017) == 5


def test_old_mac_line_ends_keep_line_numbers(reference: LoadedPlan) -> None:
    loaded = load_text(canonical_text().replace("\n", "\r").encode("utf-8"))
    assert loaded.plan.model_dump() == reference.plan.model_dump()
    assert loaded.line_of("targets", "docs_interagency_electronic", 2017) == 15


# --- 2. legacy encodings are reported, not misread -------------------------------------------


def first_non_ascii_line(text: str) -> int:
    return next(i for i, line in enumerate(text.split("\n"), start=1) if not line.isascii())


def test_cp1258_fixture_matches_its_recipe() -> None:
    data = CP1258_FIXTURE.read_bytes()
    assert data == to_cp1258(canonical_text())
    # Windows-1258 writes some letters as base + combining tone mark: decode and recompose.
    assert unicodedata.normalize("NFC", data.decode("cp1258")) == canonical_text()


@pytest.mark.parametrize("source", ["fixture", "generated"])
def test_cp1258_is_refused_with_a_line(source: str) -> None:
    if source == "fixture":
        with pytest.raises(PlanError) as info:
            load_plan(str(CP1258_FIXTURE), CATALOGUE)
        file = str(CP1258_FIXTURE)
    else:
        with pytest.raises(PlanError) as info:
            load_text(to_cp1258(canonical_text()))
        file = DISPLAY
    (problem,) = info.value.problems
    assert problem.file == file
    assert "UTF-8" in en(problem)
    assert "Windows-1258" in en(problem)
    assert problem.line == first_non_ascii_line(canonical_text()) == 1


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_latin1_byte_in_utf8_file_is_refused_with_its_line(eol: str) -> None:
    text = plan_text(
        """\
        targets:
          docs_interagency_electronic:
            2017:
              value: 60
              source: "café"
        """
    )
    expected_line = line_with(text, "café")
    # Everything is UTF-8 (the title and issuer hold Vietnamese letters) except the "é".
    data = text.replace("\n", eol).encode("utf-8").replace("é".encode(), b"\xe9")
    assert b"\xe9" in data
    problem = single_problem(data)
    assert problem.file == DISPLAY
    assert "UTF-8" in en(problem)
    assert "0xe9" in en(problem)
    assert problem.line == expected_line


def test_utf16_without_bom_is_refused() -> None:
    # No BOM: read as UTF-8, where "ò" (f2 00) is invalid before any NUL is seen.
    problem = single_problem(canonical_text().encode("utf-16-le"))
    assert problem.file == DISPLAY
    assert "not valid UTF-8" in en(problem)
    assert problem.line == 1


# --- 3. errors name file, line and key path --------------------------------------------------


def test_unknown_indicator_suggests_the_closest() -> None:
    text = plan_text(
        """\
        targets:
          docs_interagency_electronc:
            2017: 60
        """
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, "docs_interagency_electronc:"),
        path="targets.docs_interagency_electronc",
        says="did you mean 'docs_interagency_electronic'",
    )


def test_unknown_indicator_in_actuals_is_reported_too() -> None:
    text = plan_text(
        """\
        actuals:
          docs_interagency_electronc:
            2016: 40
        """
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, "docs_interagency_electronc:"),
        path="actuals.docs_interagency_electronc",
        says="unknown indicator",
    )


def test_unknown_scope_suggests_the_closest() -> None:
    text = plan_text(
        """\
        targets:
          work_records_online.distric:
            2017: 50
        """
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, "work_records_online.distric:"),
        path="targets.work_records_online.distric",
        says="did you mean 'district'",
    )


@pytest.mark.parametrize(
    ("level", "scope"),
    [
        ("district", "province"),
        ("district", "ministry"),
        ("commune", "district"),
        ("province", "ministry"),
        ("ministry", "province"),
    ],
)
def test_scope_above_the_plan_level_is_refused(level: str, scope: str) -> None:
    text = plan_text(
        f"""\
        targets:
          one_stop_electronic.{scope}:
            2017: 100
        """,
        level=level,
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, f"one_stop_electronic.{scope}:"),
        path=f"targets.one_stop_electronic.{scope}",
        says=f"a {level} plan cannot set targets for scope '{scope}'",
    )


@pytest.mark.parametrize(
    ("level", "scope"),
    [
        ("province", "province"),
        ("province", "district"),
        ("province", "commune"),
        ("district", "district"),
        ("district", "commune"),
        ("commune", "commune"),
        ("ministry", "ministry"),
    ],
)
def test_scope_at_or_below_the_plan_level_is_accepted(level: str, scope: str) -> None:
    text = plan_text(
        f"""\
        targets:
          one_stop_electronic.{scope}:
            2017: 100
        """,
        level=level,
    )
    assert load_text(text).plan.targets[f"one_stop_electronic.{scope}"][2017].value == 100


def test_percentage_above_100_names_the_year_line() -> None:
    text = plan_text(
        """\
        targets:
          docs_submitted_electronic:
            2017: 80
          docs_interagency_electronic:
            2017: 160
        """
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, "2017: 160"),
        path="targets.docs_interagency_electronic.2017",
        says="0-100",
    )


def test_percentage_above_100_in_a_mapping_value_names_the_year_line() -> None:
    text = plan_text(
        """\
        targets:
          docs_interagency_electronic:
            2017:
              value: 160
              qualifier: at_least
        """
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, "2017:"),
        path="targets.docs_interagency_electronic.2017",
        says="a percentage must be 0-100, got 160",
    )


def test_percentage_above_100_under_a_quoted_year_names_the_year_line() -> None:
    # Regression (b319dde): the mark was kept under "2017", the check looked up 2017.
    text = plan_text(
        """\
        targets:
          docs_interagency_electronic:
            "2017": 160
        """
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, '"2017": 160'),
        path="targets.docs_interagency_electronic.2017",
        says="0-100",
    )


@pytest.mark.parametrize("value", [100, 0, 99.5, 0.0])
def test_percentage_bounds_are_inclusive(value: float) -> None:
    text = plan_text(
        f"""\
        targets:
          docs_interagency_electronic:
            2017: {value}
        """
    )
    assert load_text(text).plan.targets["docs_interagency_electronic"][2017].value == value


@pytest.mark.parametrize(
    ("written", "says"),
    [
        ("-5", "a percentage must be 0-100, got -5"),
        ("-0.5", "a percentage must be 0-100, got -0.5"),
        ("100.1", "a percentage must be 0-100, got 100.1"),
        (".nan", "finite"),
        (".NaN", "finite"),
        (".inf", "finite"),
        ("-.inf", "finite"),
        ("1.0e+400", "finite"),
    ],
)
def test_out_of_range_and_non_finite_values_are_errors(written: str, says: str) -> None:
    text = plan_text(
        f"""\
        targets:
          docs_interagency_electronic:
            2017: {written}
        """
    )
    problem = single_problem(text)
    assert problem.file == DISPLAY
    assert problem.line == line_with(text, f"2017: {written}")
    assert problem.path.startswith("targets.docs_interagency_electronic.2017")
    assert says in en(problem)


@pytest.mark.parametrize("written", [".nan", ".inf", "-.inf"])
def test_non_finite_values_in_a_mapping_name_the_value_path(written: str) -> None:
    text = plan_text(
        f"""\
        targets:
          docs_interagency_electronic:
            2017:
              value: {written}
        """
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, f"value: {written}"),
        path="targets.docs_interagency_electronic.2017.value",
        says="finite",
    )


def test_target_year_after_the_period_is_an_error() -> None:
    text = plan_text(
        """\
        targets:
          docs_interagency_electronic:
            2017: 60
            2018: 70
        """
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, "2018: 70"),
        path="targets.docs_interagency_electronic.2018",
        says="year 2018 is outside the plan period 2017",
    )


def test_target_year_before_a_multi_year_period_is_an_error() -> None:
    text = plan_text(
        """\
        targets:
          docs_interagency_electronic:
            2015: 30
            2016: 40
        """,
        period="2016-2020",
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, "2015: 30"),
        path="targets.docs_interagency_electronic.2015",
        says="outside the plan period 2016-2020",
    )


def test_actual_before_the_period_is_accepted() -> None:
    text = plan_text(
        """\
        targets:
          docs_interagency_electronic:
            2017: 60
        actuals:
          docs_interagency_electronic:
            2015: 35
            2016: 42
        """
    )
    actuals = load_text(text).plan.actuals["docs_interagency_electronic"]
    assert {year: t.value for year, t in actuals.items()} == {2015: 35, 2016: 42}


def test_actual_after_the_period_is_an_error() -> None:
    text = plan_text(
        """\
        actuals:
          docs_interagency_electronic:
            2016: 42
            2018: 70
        """
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, "2018: 70"),
        path="actuals.docs_interagency_electronic.2018",
        says="an actual for 2018 is after the plan period 2017",
    )


def test_duplicate_indicator_names_the_second_line() -> None:
    text = plan_text(
        """\
        targets:
          docs_interagency_electronic:
            2017: 60
          docs_submitted_electronic:
            2017: 80
          docs_interagency_electronic:
            2017: 70
        """
    )
    first = line_with(text, "docs_interagency_electronic:", nth=1)
    second = line_with(text, "docs_interagency_electronic:", nth=2)
    assert_problem(
        single_problem(text),
        line=second,
        path="targets.docs_interagency_electronic",
        says=f"duplicate key 'docs_interagency_electronic' (first at line {first})",
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [("2017", '"2017"'), ('"2017"', "2017"), ("2017", "2017"), ("2017", "'2017'")],
)
def test_duplicate_year_names_the_second_line(first: str, second: str) -> None:
    text = plan_text(
        f"""\
        targets:
          docs_interagency_electronic:
            {first}: 60
            {second}: 70
        """
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, f"{second}: 70"),
        path="targets.docs_interagency_electronic.2017",
        says=f"duplicate key '2017' (first at line {line_with(text, f'{first}: 60')})",
    )


def test_duplicate_key_in_the_plan_block() -> None:
    text = plan_text("").replace("  level: province\n", "  level: province\n  level: district\n")
    assert_problem(
        single_problem(text),
        line=line_with(text, "level: district"),
        path="plan.level",
        says="duplicate key",
    )


@pytest.mark.parametrize(("written", "hint"), [("80%", "write 80"), ('"85,5"', "write 85.5")])
def test_text_value_suggests_the_number(written: str, hint: str) -> None:
    text = plan_text(
        f"""\
        targets:
          docs_interagency_electronic:
            2017: {written}
        """
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, f"2017: {written}"),
        path="targets.docs_interagency_electronic.2017",
        says=hint,
    )


@pytest.mark.parametrize("written", ["yes", "true", "[80]", "{}"])
def test_non_number_value_is_an_error(written: str) -> None:
    text = plan_text(
        f"""\
        targets:
          docs_interagency_electronic:
            2017: {written}
        """
    )
    problem = single_problem(text)
    assert problem.line == line_with(text, f"2017: {written}")
    assert problem.path.startswith("targets.docs_interagency_electronic.2017")


def test_unknown_level_lists_the_allowed_ones() -> None:
    text = plan_text(level="city")
    problem = single_problem(text)
    assert_problem(problem, line=line_with(text, "level: city"), path="plan.level", says="city")
    for level in ("province", "district", "commune", "ministry"):
        assert f"'{level}'" in en(problem)


@pytest.mark.parametrize("period", ["2020-2016", "20-2016", "2016/2020", "1800", "2016-2200"])
def test_bad_period_is_an_error(period: str) -> None:
    text = plan_text(period=period)
    assert_problem(
        single_problem(text), line=line_with(text, "period:"), path="plan.period", says=""
    )


def test_reversed_period_says_so() -> None:
    assert "ends before it starts" in en(single_problem(plan_text(period="2020-2016")))


@pytest.mark.parametrize("period", ["2016-2020", "2016 - 2020", "2016–2020", '"2017"'])
def test_good_period_forms_are_accepted(period: str) -> None:
    loaded = load_text(plan_text(period=period))
    first, last = (2017, 2017) if "2017" in period else (2016, 2020)
    assert (loaded.plan.plan.period.first, loaded.plan.plan.period.last) == (first, last)


@pytest.mark.parametrize("adopted", ["16/12/2016", "2016-12-32", "2016-12-16 10:30:00", "2016"])
def test_adopted_must_be_an_iso_date(adopted: str) -> None:
    text = plan_text().replace("  period: 2017\n", f"  period: 2017\n  adopted: {adopted}\n")
    problem = single_problem(text)
    assert problem.line == line_with(text, "adopted:")
    assert problem.path == "plan.adopted"
    if adopted == "16/12/2016":
        assert "YYYY-MM-DD" in en(problem)


def test_adopted_iso_date_is_accepted() -> None:
    text = plan_text().replace("  period: 2017\n", "  period: 2017\n  adopted: 2016-12-16\n")
    assert str(load_text(text).plan.plan.adopted) == "2016-12-16"


def test_unknown_key_in_plan_block_suggests_the_closest() -> None:
    text = plan_text().replace("  issuer:", "  isuer:")
    problems = {p.path: p for p in problems_of(text)}
    assert_problem(
        problems["plan.isuer"],
        line=line_with(text, "isuer:"),
        path="plan.isuer",
        says="did you mean 'issuer'",
    )
    # The misspelt key also leaves the real one missing; that is reported, not swallowed.
    assert "missing" in en(problems["plan.issuer"])


def test_unknown_top_level_key_suggests_the_closest() -> None:
    text = plan_text(
        """\
        target:
          docs_interagency_electronic:
            2017: 60
        """
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, "target:"),
        path="target",
        says="did you mean 'targets'",
    )


def test_unknown_key_in_a_target_value_suggests_the_closest() -> None:
    text = plan_text(
        """\
        targets:
          docs_interagency_electronic:
            2017:
              value: 60
              sauce: "x"
        """
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, "sauce:"),
        path="targets.docs_interagency_electronic.2017.sauce",
        says="did you mean 'source'",
    )


def test_missing_plan_block_is_an_error() -> None:
    problem = single_problem(
        """\
targets:
  docs_interagency_electronic:
    2017: 60
"""
    )
    assert problem.file == DISPLAY
    assert problem.path == "plan"
    assert "missing" in en(problem)


@pytest.mark.parametrize("key", ["title", "issuer", "level", "period"])
def test_missing_required_plan_key_is_an_error(key: str) -> None:
    text = "\n".join(line for line in plan_text().split("\n") if not line.startswith(f"  {key}:"))
    problem = single_problem(text)
    assert problem.path == f"plan.{key}"
    assert "missing" in en(problem)
    assert problem.line == 1  # the line of ``plan:``, the nearest key that exists


def test_local_target_percent_out_of_range() -> None:
    text = plan_text(
        """\
        local_targets:
          - name: Hồ sơ đăng ký qua mạng
            year: 2017
            value: 60
          - name: Cán bộ được đào tạo
            year: 2017
            value: 120
        """
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, "value: 120"),
        path="local_targets.1.value",
        says="a percentage must be 0-100, got 120",
    )


def test_local_target_in_another_unit_may_exceed_100() -> None:
    text = plan_text(
        """\
        local_targets:
          - name: Dịch vụ công mức độ 4
            year: 2017
            value: 300
            unit: services
        """
    )
    assert load_text(text).plan.local_targets[0].value == 300


def test_local_target_year_outside_the_period() -> None:
    text = plan_text(
        """\
        local_targets:
          - name: Hồ sơ đăng ký qua mạng
            year: 2019
            value: 60
        """
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, "year: 2019"),
        path="local_targets.0.year",
        says="year 2019 is outside the plan period 2017",
    )


def test_local_target_bad_qualifier_names_its_line() -> None:
    text = plan_text(
        """\
        local_targets:
          - name: Hồ sơ đăng ký qua mạng
            year: 2017
            value: 60
            qualifier: atleast
        """
    )
    assert_problem(
        single_problem(text),
        line=line_with(text, "qualifier:"),
        path="local_targets.0.qualifier",
        says="'at_least'",
    )


def test_several_semantic_problems_are_all_reported() -> None:
    text = plan_text(
        """\
        targets:
          docs_interagency_electronc:
            2017: 60
          docs_submitted_electronic:
            2017: 160
          officials_email:
            2018: 90
        local_targets:
          - name: Cán bộ được đào tạo
            year: 2017
            value: 120
        """
    )
    problems = problems_of(text)
    assert len(problems) >= 2
    got = {(p.path, p.line) for p in problems}
    assert got == {
        ("targets.docs_interagency_electronc", line_with(text, "docs_interagency_electronc:")),
        ("targets.docs_submitted_electronic.2017", line_with(text, "2017: 160")),
        ("targets.officials_email.2018", line_with(text, "2018: 90")),
        ("local_targets.0.value", line_with(text, "value: 120")),
    }
    assert all(p.file == DISPLAY for p in problems)


def test_several_schema_problems_are_all_reported() -> None:
    text = plan_text(
        """\
        targets:
          docs_interagency_electronic:
            2017: 80%
            2016:
              value: 50
              qualifier: atleast
        """,
        level="city",
    ).replace("  period: 2017\n", "  period: 2017\n  adopted: 16/12/2016\n")
    problems = problems_of(text)
    assert len(problems) >= 2
    got = {(p.path, p.line) for p in problems}
    assert got == {
        ("plan.level", line_with(text, "level: city")),
        ("plan.adopted", line_with(text, "adopted:")),
        ("targets.docs_interagency_electronic.2017", line_with(text, "2017: 80%")),
        ("targets.docs_interagency_electronic.2016.qualifier", line_with(text, "qualifier:")),
        # reported in the same run: the year is outside the 2017 period
        ("targets.docs_interagency_electronic.2016", line_with(text, "2016:")),
    }


def test_error_lines_render_file_line_path_and_message() -> None:
    text = plan_text(
        """\
        targets:
          docs_interagency_electronic:
            2017: 160
        """
    )
    with pytest.raises(PlanError) as info:
        load_text(text)
    line = line_with(text, "2017: 160")
    assert error_lines(info.value, "en") == [
        f"{DISPLAY}:{line}: targets.docs_interagency_electronic.2017: "
        "a percentage must be 0-100, got 160"
    ]
    assert DISPLAY in str(info.value)  # a log line without rendering names the file


def test_errors_from_a_file_on_disk_name_that_file(tmp_path: Path) -> None:
    path = tmp_path / "kế-hoạch.yaml"
    text = plan_text(
        """\
        targets:
          docs_interagency_electronc:
            2017: 60
        """
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlanError) as info:
        load_plan(str(path), CATALOGUE)
    (problem,) = info.value.problems
    assert problem.file == str(path)
    assert problem.line == line_with(text, "docs_interagency_electronc:")


def test_yaml_syntax_error_names_the_line() -> None:
    text = plan_text(
        """\
        targets:
          docs_interagency_electronic: [
        """
    )
    problem = single_problem(text)
    assert problem.file == DISPLAY
    assert "YAML syntax" in en(problem)
    assert problem.line is not None
    assert problem.line >= line_with(text, "docs_interagency_electronic:")


def test_tab_indentation_names_the_line() -> None:
    text = plan_text("targets:\n\tdocs_interagency_electronic: {2017: 60}\n")
    problem = single_problem(text)
    assert "YAML syntax" in en(problem)
    assert problem.line == line_with(text, "\tdocs_interagency_electronic")


# --- 4. hostile input is refused with PlanError ----------------------------------------------

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_billion_laughs_is_refused_quickly() -> None:
    started = time.perf_counter()
    problem = single_problem(BILLION_LAUGHS)
    assert time.perf_counter() - started < 2.0
    assert "aliases" in en(problem)
    assert problem.path == "b.0"


ALIASED_PLAN = plan_text(
    """\
    targets:
      docs_interagency_electronic: &same
        2017: 60
      docs_submitted_electronic: *same
    """
)


def test_alias_in_a_plan_is_refused() -> None:
    problem = single_problem(ALIASED_PLAN)
    assert problem.file == DISPLAY
    assert problem.path == "targets.docs_submitted_electronic"
    assert "aliases" in en(problem)


def test_anchor_without_alias_is_harmless() -> None:
    text = ALIASED_PLAN.replace(" *same", " {2017: 80}")
    assert load_text(text).plan.targets["docs_submitted_electronic"][2017].value == 80


def test_alias_is_reported_at_its_own_line() -> None:
    # Regression (b319dde): the line was that of the anchor (&same), the shared node's mark.
    assert single_problem(ALIASED_PLAN).line == line_with(ALIASED_PLAN, "*same")


@pytest.mark.parametrize(
    "body",
    [
        """\
        targets:
          docs_interagency_electronic:
            <<: {2017: 60}
        """,
        """\
        base: &base {2017: 60}
        targets:
          docs_interagency_electronic:
            <<: *base
        """,
    ],
    ids=["inline", "alias"],
)
def test_merge_keys_are_refused(body: str) -> None:
    text = plan_text(body)
    problem = single_problem(text)
    assert problem.file == DISPLAY
    assert "merge keys (<<)" in en(problem)
    assert problem.line == line_with(text, "<<:")


@pytest.mark.parametrize(
    "text",
    [
        'plan: !!python/object/apply:os.system ["echo hi"]\n',
        plan_text(
            """\
            targets:
              docs_interagency_electronic:
                2017: !!python/object/apply:os.system ["echo hi"]
            """
        ),
        '? !!python/object/apply:os.system ["echo hi"]\n: 1\n',
        '!!python/object/apply:os.system ["echo hi"]: 1\n',
        '!!python/object/apply:os.system ["echo hi"]\n',
    ],
    ids=["value", "nested-value", "complex-key", "scalar-key", "document"],
)
def test_python_tags_are_refused_and_not_run(text: str, capfd: pytest.CaptureFixture[str]) -> None:
    problems_of(text)
    out, err = capfd.readouterr()
    assert "hi" not in out
    assert "hi" not in err


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("!!python/name:os.system", "python/name:os.system"),
        ("!!binary aGVsbG8=", "binary"),
        ("!!set {a, b}", "set"),
        ("!!omap [a: 1]", "omap"),
        ("!custom 60", "!custom"),
    ],
)
def test_non_standard_tags_are_refused(value: str, tag: str) -> None:
    text = plan_text(f"targets:\n  docs_interagency_electronic:\n    2017: {value}\n")
    problem = single_problem(text)
    assert problem.line == line_with(text, "2017:")
    assert problem.path == "targets.docs_interagency_electronic.2017"
    assert tag in en(problem)


def test_two_documents_are_refused() -> None:
    text = "---\n" + plan_text() + "---\n" + plan_text()
    problem = single_problem(text)
    assert "several YAML documents" in en(problem)
    assert problem.line == line_with(text, "---", nth=2)


def test_one_explicit_document_is_accepted() -> None:
    assert load_text("---\n" + plan_text() + "...\n").plan.plan.issuer == ISSUER_NFC


@pytest.mark.parametrize(
    ("data", "got"),
    [
        (b"", "an empty file"),
        (b"\n\n  \n", "an empty file"),
        (b"# only a comment\n", "an empty file"),
        ("\ufeff".encode(), "an empty file"),
        (b"~\n", "an empty file"),
        (b"- plan\n- targets\n", "a list"),
        (b"plan\n", "a str"),
        (b"2017\n", "a int"),
    ],
)
def test_a_file_that_is_not_a_mapping_is_refused(data: bytes, got: str) -> None:
    problem = single_problem(data)
    assert problem.file == DISPLAY
    assert "'plan:'" in en(problem)
    assert got in en(problem)


@pytest.mark.parametrize(
    "data",
    [
        plan_text().encode() + b"\x00\x00\x00",
        b"\x00" * 64,
        b"plan:\x00\n",
        "\ufeffplan:\n\x00".encode("utf-16-le"),
    ],
)
def test_nul_bytes_are_refused(data: bytes) -> None:
    assert "NUL" in en(single_problem(data))


@pytest.mark.parametrize("data", [b"plan: \x07\n", "x: \ufffe\n".encode()])
def test_control_characters_are_refused(data: bytes) -> None:
    problem = single_problem(data)
    assert "is not allowed in YAML" in en(problem)
    assert problem.line == 1


@pytest.mark.parametrize("size", [6 * 1024 * 1024, MAX_BYTES + 1])
def test_oversized_file_is_refused_before_parsing(tmp_path: Path, size: int) -> None:
    path = tmp_path / "big.yaml"
    # A comment-only file: were it parsed, it would be refused as empty instead.
    path.write_bytes(b"#" * size)
    with pytest.raises(PlanError) as info:
        load_plan(str(path), CATALOGUE)
    (problem,) = info.value.problems
    assert problem.file == str(path)
    assert "larger than 5 MiB" in en(problem)


def test_file_of_exactly_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "limit.yaml"
    path.write_bytes(b"#" * MAX_BYTES)
    with pytest.raises(PlanError) as info:
        load_plan(str(path), CATALOGUE)
    assert "empty file" in en(info.value.problems[0])


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PlanError) as info:
        load_plan(str(tmp_path), CATALOGUE)
    (problem,) = info.value.problems
    assert problem.file == str(tmp_path)
    assert "directory" in en(problem)


def test_missing_path_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "không-có.yaml"
    with pytest.raises(PlanError) as info:
        load_plan(str(path), CATALOGUE)
    (problem,) = info.value.problems
    assert problem.file == str(path)
    assert "no such file" in en(problem)


def test_deep_block_nesting_is_refused() -> None:
    text = "".join(" " * depth + "a:\n" for depth in range(2000))
    problem = single_problem(text)
    assert "nested deeper than" in en(problem)


@pytest.mark.parametrize(
    "data",
    [
        b"[" * 1000 + b"]" * 1000,
        b"{a: " * 1000 + b"1" + b"}" * 1000,
    ],
    ids=["list", "mapping"],
)
def test_moderately_deep_flow_nesting_is_refused(data: bytes) -> None:
    assert "nested deeper than" in en(single_problem(data))


# PyYAML's C composer recurses once per nesting level; a few hundred thousand levels overflow
# the C stack and kill the interpreter (SIGSEGV), so these run in a child process.
DEEP = 1_000_000


@pytest.mark.slow
@pytest.mark.parametrize(
    "expression",
    [
        pytest.param("b'[' * DEEP + b']' * DEEP", id="flow-list"),
        pytest.param("b'{a: ' * DEEP + b'1' + b'}' * DEEP", id="flow-mapping"),
        pytest.param("b'- ' * DEEP + b'x'", id="block-sequence"),
        pytest.param("b'? ' * DEEP + b'x'", id="complex-key"),
    ],
)
def test_very_deep_nesting_is_refused_not_a_crash(expression: str) -> None:
    code = (
        "from egovcheck.baselines import bundled\n"
        "from egovcheck.errors import PlanError\n"
        "from egovcheck.loader import MAX_BYTES, load_plan\n"
        f"DEEP = {DEEP}\n"
        f"data = {expression}\n"
        "assert len(data) <= MAX_BYTES\n"
        "try:\n"
        "    load_plan('deep.yaml', bundled().catalogue, data=data)\n"
        "except PlanError as exc:\n"
        "    print('PlanError', exc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert result.stdout.startswith("PlanError")
    assert "yaml.too_deep" in result.stdout


@pytest.mark.parametrize(
    "body",
    [
        "targets:\n  docs_interagency_electronic:\n    2017: 1{zeros}\n",
        "targets:\n  docs_interagency_electronic:\n    2017:\n      value: 1{zeros}\n",
        "local_targets:\n  - name: x\n    year: 2017\n    value: 1{zeros}\n",
    ],
    ids=["bare", "mapping", "local"],
)
def test_huge_integer_value_is_a_plan_error(body: str) -> None:
    text = plan_text(body.format(zeros="0" * 400))
    # Regression (b319dde): float() of the int raised OverflowError, which escaped as is.
    problem = single_problem(text)
    assert problem.line == line_with(text, "1000")
    # a bare number's error is the year's; a mapping's, its value key's
    assert problem.path.endswith(
        ".2017"
        if body.startswith("targets:\n  docs_interagency_electronic:\n    2017: 1")
        else ".value"
    )


@pytest.mark.parametrize("name", ["utf8", "utf16le-bom"])
def test_every_truncation_of_a_plan_is_loaded_or_refused(name: str) -> None:
    """Cut the plan at every byte: each prefix loads or raises PlanError, nothing else."""
    data = VARIANTS[name].encode(canonical_text())
    problem_counts = []
    for end in range(len(data) + 1):
        try:
            load_text(data[:end])
        except PlanError as exc:
            problem_counts.append(len(exc.problems))
    # The empty prefix is refused, the whole file is not; no refusal lists zero problems.
    assert 0 < len(problem_counts) <= len(data)
    assert min(problem_counts) >= 1


# --- 5. qualifiers and value forms -----------------------------------------------------------


@pytest.mark.parametrize("qualifier", ["at_least", "more_than", "about"])
def test_known_qualifiers_are_accepted(qualifier: str) -> None:
    text = plan_text(
        f"""\
        targets:
          docs_interagency_electronic:
            2017:
              value: 60
              qualifier: {qualifier}
        """
    )
    target = load_text(text).plan.targets["docs_interagency_electronic"][2017]
    assert target.qualifier == qualifier
    assert target.qualifier_enum.value == qualifier


@pytest.mark.parametrize("qualifier", ["atleast", "equal", "At_Least", "≥"])
def test_unknown_qualifier_is_refused(qualifier: str) -> None:
    text = plan_text(
        f"""\
        targets:
          docs_interagency_electronic:
            2017:
              value: 60
              qualifier: "{qualifier}"
        """
    )
    problem = single_problem(text)
    assert_problem(
        problem,
        line=line_with(text, "qualifier:"),
        path="targets.docs_interagency_electronic.2017.qualifier",
        says=repr(qualifier),
    )
    for allowed in ("at_least", "more_than", "about"):
        assert f"'{allowed}'" in en(problem)


def test_bare_number_equals_value_mapping() -> None:
    bare = plan_text(
        """\
        targets:
          docs_interagency_electronic:
            2017: 60
        actuals:
          docs_interagency_electronic:
            2016: 42.5
        """
    )
    mapping = plan_text(
        """\
        targets:
          docs_interagency_electronic:
            2017: {value: 60}
        actuals:
          docs_interagency_electronic:
            2016:
              value: 42.5
        """
    )
    bare_plan, mapping_plan = load_text(bare).plan, load_text(mapping).plan
    assert bare_plan.model_dump() == mapping_plan.model_dump()
    target = bare_plan.targets["docs_interagency_electronic"][2017]
    assert (target.value, target.qualifier, target.qualifier_enum.value) == (60.0, None, "equal")


def test_value_mapping_needs_a_value() -> None:
    text = plan_text(
        """\
        targets:
          docs_interagency_electronic:
            2017:
              qualifier: at_least
        """
    )
    problem = single_problem(text)
    assert problem.path == "targets.docs_interagency_electronic.2017.value"
    assert "missing" in en(problem)
    assert problem.line == line_with(text, "2017:")


@pytest.mark.parametrize(
    ("key", "tag"),
    [
        ("!custom docs_interagency_electronic", "!custom"),
        ("!!python/name:os.system docs_interagency_electronic", "python/name:os.system"),
        ("!!value docs_interagency_electronic", "value"),
    ],
)
def test_a_key_of_a_non_standard_tag_is_refused_as_a_value_is(key: str, tag: str) -> None:
    # Regression: a scalar key of an unknown tag was looked up in the constructors and raised
    # KeyError (an internal error, exit 3) instead of a refusal naming the line.
    text = plan_text(f"targets:\n  {key}:\n    2017: 60\n")
    problem = single_problem(text)
    assert problem.line == line_with(text, key)
    assert problem.path == "targets"
    assert tag in en(problem)


@pytest.mark.parametrize("tag", ["!!map", "!!seq", "!!set", "!!omap"])
@pytest.mark.parametrize("where", ["value", "key"])
def test_a_collection_tag_on_a_scalar_is_refused(tag: str, where: str) -> None:
    # Regression: the tag's constructor, called directly, is a generator; its unstarted
    # generator object became the value (or the key) instead of a refusal.
    if where == "value":
        text = plan_text(f"targets:\n  docs_interagency_electronic:\n    2017: {tag} 60\n")
        needle = "2017:"
    else:
        text = plan_text(f"targets:\n  {tag} docs_interagency_electronic:\n    2017: 60\n")
        needle = tag
    problem = single_problem(text)
    assert problem.line == line_with(text, needle)
    assert "generator" not in en(problem)


@pytest.mark.parametrize(
    ("value", "says"),
    [("!!bool maybe", "maybe"), ("!!timestamp soon", "soon"), ("!!int 0x", "base 16")],
)
def test_a_value_its_tag_cannot_read_is_refused(value: str, says: str) -> None:
    # !!bool and !!timestamp of text they cannot read raised KeyError and AttributeError
    # (internal errors, exit 3).
    text = plan_text(f"targets:\n  docs_interagency_electronic:\n    2017: {value}\n")
    problem = single_problem(text)
    assert problem.line == line_with(text, "2017:")
    assert problem.path == "targets.docs_interagency_electronic.2017"
    assert says in en(problem)


def test_an_alias_as_a_key_is_refused() -> None:
    text = plan_text("targets:\n  *key : {2017: 60}\n").replace(
        "title: ", "title: &key docs_interagency_electronic #"
    )
    problem = single_problem(text)
    assert "aliases" in en(problem)
    assert problem.line == line_with(text, "*key")
    assert problem.path == "targets"
