"""Property-based fuzzing of ``egovcheck check`` through its command-line entry.

Whatever a plan file holds, ``check`` must answer like a linter: exit 0, 1 or 2, never a
traceback, every error a single ``error: FILE...`` line on stderr, and the same stdout for the
same input. The inputs are (a) random and mutated bytes, (b) random YAML documents, (c) plans of
the right shape with extreme values, (d) hand-written plan text with duplicate keys and (e) one
plan in several encodings (NFC/NFD, BOM, UTF-16, CRLF), which must all give the same report.
Every output format of ``check`` (f) and of ``report`` (g: markdown, csv, xlsx, and html on one
example in ten) is fuzzed with hostile plan text and mutated plans: exit 0 or 2 for ``report``,
outputs that parse, no ESC, no formula cell, no line read as a CI workflow command.

The default run tries a few dozen examples per property (derandomized, so CI is repeatable).
The ``fuzz`` profile tries 2,500 per property, 12,500 in all:

    EGOVCHECK_FUZZ=1 pytest -m fuzz tests/test_fuzz.py
    pytest -p tests.test_fuzz --hypothesis-profile=fuzz -m fuzz tests/test_fuzz.py

Each property is a ``@given`` function built inside its test, so the profile is chosen when the
test runs, after ``--hypothesis-profile`` has been applied.
"""

from __future__ import annotations

import codecs
import math
import os
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from egovcheck.baselines import bundled
from egovcheck.cli.app import app
from tests.conftest import EXAMPLES

# --- profiles and the marker ------------------------------------------------------------------

_COMMON: dict[str, Any] = {
    "deadline": None,
    "database": None,  # never write .hypothesis/ into the repository
    "print_blob": True,
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
}
settings.register_profile("egovcheck-ci", max_examples=50, derandomize=True, **_COMMON)
# 5 properties x 2,500 = 12,500 examples; random seeds, so each fuzz run explores anew.
FUZZ_EXAMPLES_PER_PROPERTY = 2_500
settings.register_profile("fuzz", max_examples=FUZZ_EXAMPLES_PER_PROPERTY, **_COMMON)


def active_settings() -> settings:
    """The big profile under ``EGOVCHECK_FUZZ=1`` or ``--hypothesis-profile=fuzz``."""
    if os.environ.get("EGOVCHECK_FUZZ") == "1" or settings.get_current_profile_name() == "fuzz":
        return settings.get_profile("fuzz")
    return settings.get_profile("egovcheck-ci")


def _identity(test: Callable[..., None]) -> Callable[..., None]:
    return test


try:
    # pyproject.toml runs pytest with --strict-markers: until "fuzz" is declared there, asking
    # for the mark fails, and the properties run unmarked (still with the small profile).
    fuzz: Callable[[Callable[..., None]], Callable[..., None]] = pytest.mark.fuzz
except pytest.fail.Exception:  # pragma: no cover - depends on the pyproject marker list
    fuzz = _identity


# --- running the CLI and the contract every run must keep ----------------------------------

runner = CliRunner()
FORMATS = ("json", "table")
_SUMMARY = re.compile(r"^(Checked \d+ plan\(s\)|Đã kiểm tra \d+ kế hoạch)")


@pytest.fixture(autouse=True)
def _outside_the_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run where no .egovcheck.yaml or [tool.egovcheck] can be discovered."""
    monkeypatch.chdir(tmp_path)


def invoke(path: Path, fmt: str) -> Any:
    return runner.invoke(app, ["check", "-f", fmt, str(path)])


def assert_contract(path: Path) -> dict[str, tuple[int, bytes]]:
    """Run ``check`` twice per format and assert the CLI contract; return (exit, stdout)."""
    seen: dict[str, tuple[int, bytes]] = {}
    for fmt in FORMATS:
        first = invoke(path, fmt)
        second = invoke(path, fmt)
        for result in (first, second):
            output = result.stdout + result.stderr
            assert result.exit_code in (0, 1, 2), (result.exit_code, result.stderr[-2000:])
            assert "Traceback" not in output, output[-2000:]
            assert result.exception is None or isinstance(result.exception, SystemExit), repr(
                result.exception
            )
            lines = result.stderr.rstrip("\n").split("\n")
            # One line per error, each naming the file; the summary line last.
            assert lines, "stderr must end with the summary line"
            assert _SUMMARY.match(lines[-1]), lines[-1]
            for line in lines[:-1]:
                assert line.startswith(f"error: {path}"), (line, result.stderr[-2000:])
            if result.exit_code == 2:
                assert any(ln.startswith(f"error: {path}") for ln in lines), result.stderr
        assert first.exit_code == second.exit_code
        assert first.stdout_bytes == second.stdout_bytes, f"{fmt} output differs between runs"
        assert first.stderr == second.stderr
        seen[fmt] = (first.exit_code, first.stdout_bytes)
    assert seen["json"][0] == seen["table"][0], "the exit code must not depend on the format"
    return seen


def run_property(strategy: st.SearchStrategy[Any], check: Callable[[Any], None]) -> None:
    """Run ``check`` on examples of ``strategy`` under the active profile."""

    @active_settings()
    @given(strategy)
    def prop(example: Any) -> None:
        check(example)

    prop()


# --- (a) bytes ---------------------------------------------------------------------------------

BOMS = [
    b"",
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
]
SEEDS = [p.read_bytes() for p in sorted(EXAMPLES.glob("*.yaml"))]
# Bytes that mean something to YAML, to UTF-8/16 decoding or to the loader.
INTERESTING = [
    b"\x00",
    b"\xff",
    b"\xfe",
    b"\xc3",
    b"\xe1\xba",
    b"\r",
    b"\n",
    b"\t",
    b":",
    b"- ",
    b"[",
    b"{",
    b"&a ",
    b"*a",
    b"!!python/object/apply:os.system ['true'] ",
    b"<<: ",
    b"---\n",
    b"...\n",
    b"? ",
    b"|",
    b">",
    b"'",
    b'"',
    b"#",
    b"%YAML 1.1\n",
    b".nan",
    b".inf",
    b"1e308",
    b"-1",
    b"0x7E1",
    b"99999999999999999999",
]


def mutate(seed: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """Apply edits (position, kind, bytes) to ``seed``: 0 insert, 1 overwrite, 2 delete, 3 cut."""
    data = bytearray(seed)
    for position, kind, chunk in edits:
        at = position % (len(data) + 1)
        if kind == 0:
            data[at:at] = chunk
        elif kind == 1:
            data[at : at + len(chunk)] = chunk
        elif kind == 2:
            del data[at : at + len(chunk) + 1]
        else:
            del data[at:]
    return bytes(data)


chunks = st.one_of(st.binary(min_size=1, max_size=8), st.sampled_from(INTERESTING))
mutated_examples = st.builds(
    mutate,
    st.sampled_from(SEEDS),
    st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 3), chunks), min_size=1, max_size=8),
)
random_bytes = st.one_of(
    st.binary(max_size=4096),
    st.builds(lambda bom, body: bom + body, st.sampled_from(BOMS), st.binary(max_size=1024)),
    st.lists(st.sampled_from(INTERESTING), max_size=40).map(b"".join),
    mutated_examples,
)


@fuzz
def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"

    def check(data: bytes) -> None:
        path.write_bytes(data)
        assert_contract(path)

    run_property(random_bytes, check)


# --- (b) random YAML documents -----------------------------------------------------------------

CATALOGUE = bundled().catalogue
INDICATORS = sorted(CATALOGUE.indicators)
SCOPES = ("ministry", "province", "district", "commune")
LEVELS = ("province", "district", "commune", "ministry")
PLAN_WORDS = [
    "plan",
    "targets",
    "actuals",
    "local_targets",
    "title",
    "issuer",
    "level",
    "period",
    "adopted",
    "source",
    "value",
    "qualifier",
    "note",
    "name",
    "year",
    "unit",
    *LEVELS,
    *INDICATORS[:5],
]

yaml_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(),
    st.text(max_size=40),
    st.sampled_from(PLAN_WORDS),
    st.dates(),
    st.integers(1985, 2105),
)
yaml_keys = st.one_of(
    st.text(max_size=20),
    st.sampled_from(PLAN_WORDS),
    st.integers(-(10**20), 10**20),
    st.integers(1985, 2105),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False),
    st.dates(),
)
yaml_data = st.recursive(
    yaml_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=6),
        st.dictionaries(yaml_keys, children, max_size=6),
    ),
    max_leaves=40,
)
yaml_documents = st.one_of(
    yaml_data,
    # Mostly mappings with a plan-like top, so that validation, not only parsing, is reached.
    st.dictionaries(st.sampled_from(["plan", "targets", "actuals", "local_targets"]), yaml_data),
)
dump_options = st.fixed_dictionaries(
    {
        "allow_unicode": st.booleans(),
        "default_flow_style": st.sampled_from([None, True, False]),
        "width": st.sampled_from([20, 80, 10_000]),
        "explicit_start": st.booleans(),
        "indent": st.sampled_from([2, 4]),
    }
)
ENCODERS: dict[str, Callable[[str], bytes]] = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16-le-bom": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16-be-bom": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "utf-8-crlf": lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    "utf-8-nfd": lambda text: unicodedata.normalize("NFD", text).encode("utf-8"),
}


def dump(doc: Any, options: dict[str, Any]) -> str:
    return yaml.safe_dump(doc, sort_keys=False, **options)


@fuzz
def test_random_yaml_documents(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"

    def check(example: tuple[Any, dict[str, Any], str]) -> None:
        doc, options, encoding = example
        path.write_bytes(ENCODERS[encoding](dump(doc, options)))
        assert_contract(path)

    run_property(st.tuples(yaml_documents, dump_options, st.sampled_from(sorted(ENCODERS))), check)


# --- (c) plans of the right shape with extreme values ----------------------------------------

VIETNAMESE = [
    "Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2017",
    "UBND tỉnh Hòa Bình",
    "Ủy ban nhân dân huyện Mỹ Đức",
    "Sở Thông tin và Truyền thông tỉnh Kiên Giang",
    "phấn đấu 60% văn bản trao đổi dưới dạng điện tử",
    "Bộ Tài chính",
    "Đắk Lắk, Thừa Thiên Huế, Bà Rịa – Vũng Tàu",
]
FORMS = ("NFC", "NFD", "NFKC", "NFKD")


def mixed_normalisation(text: str, forms: list[str]) -> str:
    """Normalise each word of ``text`` in its own form: NFC and NFD side by side."""
    words = text.split(" ")
    return " ".join(
        unicodedata.normalize(forms[i % len(forms)], w) if forms else w for i, w in enumerate(words)
    )


vietnamese = st.builds(
    mixed_normalisation, st.sampled_from(VIETNAMESE), st.lists(st.sampled_from(FORMS), max_size=4)
)
texts = st.one_of(
    vietnamese,
    st.text(max_size=60),
    st.just(""),
    # Very long: up to ~170 KB of Vietnamese in one string.
    st.builds(lambda word, n: word * n, vietnamese, st.sampled_from([100, 1_000, 2_000])),
)
EXTREME_VALUES = [
    math.nan,
    math.inf,
    -math.inf,
    -0.0,
    -1,
    -1e-9,
    0,
    100,
    100.000001,
    101,
    1e308,
    -1e308,
    5e-324,
    2**63,
    10**30,
    -(10**30),
]
values = st.one_of(
    st.floats(0, 100),
    st.integers(0, 100),
    st.sampled_from(EXTREME_VALUES),
    st.floats(),
    st.integers(-(10**25), 10**25),
)
YEAR_EXTREMES = [0, -1, 1989, 1990, 2100, 2101, 9999, 10**6, 2**31, 2**63, 10**30, -(10**30)]
years = st.one_of(st.integers(2010, 2032), st.sampled_from(YEAR_EXTREMES), st.integers())
year_keys = st.one_of(years, years.map(str))
qualifiers = st.one_of(
    st.sampled_from([None, "at_least", "more_than", "about"]), st.text(max_size=10)
)


@st.composite
def target_values(draw: st.DrawFn) -> Any:
    value = draw(values)
    if draw(st.booleans()):
        return value
    entry: dict[str, Any] = {"value": value}
    if (q := draw(qualifiers)) is not None:
        entry["qualifier"] = q
    if draw(st.booleans()):
        entry["source"] = draw(texts)
    if draw(st.booleans()):
        entry["note"] = draw(texts)
    if draw(st.integers(0, 9)) == 0:
        entry[draw(st.sampled_from(["valeu", "unit", "qualifer"]))] = 1
    return entry


plan_keys = st.one_of(
    st.sampled_from(INDICATORS),
    st.builds(lambda i, s: f"{i}.{s}", st.sampled_from(INDICATORS), st.sampled_from(SCOPES)),
    st.builds(lambda i, s: f"{i}.{s}", st.sampled_from(INDICATORS), st.text(max_size=8)),
    st.text(max_size=12),
)
series_maps = st.dictionaries(year_keys, target_values(), max_size=6)
key_maps = st.dictionaries(plan_keys, series_maps, max_size=6)  # often empty maps too


@st.composite
def periods(draw: st.DrawFn) -> Any:
    first = draw(st.one_of(st.integers(2010, 2030), st.sampled_from(YEAR_EXTREMES)))
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return first
    if kind == 1:
        return f"{first}-{first + draw(st.integers(-2, 10))}"
    if kind == 2:
        return str(first)
    return draw(st.one_of(st.text(max_size=12), st.floats(), st.none()))


adopted_values = st.one_of(
    st.dates(min_value=date(2005, 1, 1), max_value=date(2035, 12, 31)),
    st.dates(),
    st.text(max_size=12),
    st.integers(),
)


SCOPES_FOR_LEVEL = {
    "province": ("province", "district", "commune"),
    "district": ("district", "commune"),
    "commune": ("commune",),
    "ministry": ("ministry",),
}
sane_values = st.one_of(st.integers(0, 100), st.floats(0, 100))
# Keys the bundled programmes set targets for: plans that use them get findings (exit 1).
NATIONAL_KEYS = sorted({t.indicator for p in bundled().ordered() for t in p.targets})


@st.composite
def sane_plans(draw: st.DrawFn) -> dict[str, Any]:
    """A valid plan (so the checks and formatters run), then at most one extreme value."""
    level = draw(st.sampled_from(LEVELS))
    first = draw(st.one_of(st.integers(2014, 2026), st.integers(2000, 2035)))
    last = first + draw(st.integers(0, 5))
    meta: dict[str, Any] = {
        "title": draw(vietnamese),
        "issuer": draw(vietnamese),
        "level": level,
        "period": first if first == last and draw(st.booleans()) else f"{first}-{last}",
    }
    if draw(st.booleans()):
        meta["adopted"] = draw(st.dates(date(first - 3, 1, 1), date(first, 12, 31)))
    allowed = SCOPES_FOR_LEVEL[level]
    national = [k for k in NATIONAL_KEYS if k.partition(".")[2] in ("", *allowed)]
    keys = st.one_of(
        st.sampled_from(national),
        st.sampled_from(INDICATORS),
        st.builds(
            lambda i, s: f"{i}.{s}",
            st.sampled_from(INDICATORS),
            st.sampled_from(SCOPES_FOR_LEVEL[level]),
        ),
    )

    def entry(value: Any) -> Any:
        if draw(st.booleans()):
            return value
        out: dict[str, Any] = {"value": value}
        if (q := draw(st.sampled_from([None, "at_least", "more_than", "about"]))) is not None:
            out["qualifier"] = q
        if draw(st.booleans()):
            out["source"] = draw(texts)
        return out

    def series(lo: int, hi: int) -> dict[Any, Any]:
        chosen = draw(st.sets(st.integers(lo, hi), min_size=1, max_size=hi - lo + 1))
        return {y: entry(draw(sane_values)) for y in sorted(chosen)}

    doc: dict[str, Any] = {
        "plan": meta,
        "targets": {k: series(first, last) for k in draw(st.sets(keys, min_size=1, max_size=6))},
    }
    if draw(st.booleans()):
        actual_keys = draw(st.sets(keys, max_size=4)) | set(
            draw(st.sets(st.sampled_from(sorted(doc["targets"]) or national), max_size=2))
        )
        doc["actuals"] = {k: series(first - 6, last) for k in actual_keys}
    if draw(st.booleans()):
        doc["local_targets"] = [
            {"name": draw(vietnamese), "year": draw(st.integers(first, last)), "value": 50}
        ]
    poison = draw(st.integers(0, 5))
    if poison == 1 and doc["targets"]:  # one extreme value
        key = draw(st.sampled_from(sorted(doc["targets"])))
        year = draw(st.sampled_from([*sorted(doc["targets"][key]), first]))
        doc["targets"][key][year] = draw(st.sampled_from(EXTREME_VALUES))
    elif poison == 2:  # one extreme year
        key = draw(keys)
        doc["targets"].setdefault(key, {})[draw(st.sampled_from(YEAR_EXTREMES))] = 50
    elif poison == 3:  # empty maps
        doc[draw(st.sampled_from(["targets", "actuals"]))] = {draw(keys): {}}
    return doc


@st.composite
def wild_plans(draw: st.DrawFn) -> dict[str, Any]:
    """The right shape, anything in it: wrong levels, periods, keys, years, values."""
    meta: dict[str, Any] = {
        "title": draw(texts),
        "issuer": draw(texts),
        "level": draw(st.one_of(st.sampled_from(LEVELS), st.text(max_size=10))),
        "period": draw(periods()),
    }
    if draw(st.booleans()):
        meta["adopted"] = draw(adopted_values)
    if draw(st.booleans()):
        meta["source"] = draw(texts)
    for key in draw(st.sets(st.sampled_from(["title", "issuer", "level", "period"]), max_size=1)):
        del meta[key]  # sometimes a required key is missing
    doc: dict[str, Any] = {"plan": meta}
    if draw(st.integers(0, 4)):
        doc["targets"] = draw(key_maps)
    if draw(st.booleans()):
        doc["actuals"] = draw(key_maps)
    if draw(st.integers(0, 3)) == 0:
        doc["local_targets"] = draw(
            st.lists(
                st.fixed_dictionaries(
                    {"name": texts, "year": years, "value": values},
                    optional={
                        "unit": st.sampled_from(["percent", "systems"]),
                        "qualifier": qualifiers,
                    },
                ),
                max_size=3,
            )
        )
    return doc


plans = st.one_of(sane_plans(), wild_plans())


def _numbers(doc: dict[str, Any]) -> list[Any]:
    out = []
    for section in ("targets", "actuals"):
        for series in (doc.get(section) or {}).values():
            for entry in series.values():
                out.append(entry["value"] if isinstance(entry, dict) else entry)
    return out


def has_bad_number(doc: dict[str, Any]) -> bool:
    """A target or actual value that no plan may hold: not finite, or outside 0-100."""
    for value in _numbers(doc):
        if isinstance(value, bool):
            continue
        if isinstance(value, float) and not math.isfinite(value):
            return True
        if not 0 <= value <= 100:
            return True
    return False


@fuzz
def test_plan_shaped_documents(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"

    def check(example: tuple[dict[str, Any], bool]) -> None:
        doc, unicode = example
        path.write_text(dump(doc, {"allow_unicode": unicode}), "utf-8")
        seen = assert_contract(path)
        if has_bad_number(doc):
            # Every indicator is a percentage: NaN, infinities and numbers outside 0-100 are
            # refused (the key or year may be refused first; either way the file is invalid).
            assert seen["json"][0] == 2

    run_property(st.tuples(plans, st.booleans()), check)


# --- (d) hand-written text: duplicate keys ----------------------------------------------------

# Spellings YAML reads as the year 2017 (or as text equal to "2017" once stripped): two of them
# in one series are the same year written twice, which the README calls a duplicate key.
YEAR_2017 = ["2017", '"2017"', "'2017'", '" 2017 "', "+2017", "0x7E1", "0b11111100001", "2_017"]


def quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    import json

    return json.dumps(text, ensure_ascii=False)


@st.composite
def duplicate_plans(draw: st.DrawFn) -> str:
    """A valid plan written by hand, with one key written twice somewhere."""
    indicator = draw(st.sampled_from(INDICATORS))
    other = draw(st.sampled_from(INDICATORS))
    title = draw(vietnamese)
    where = draw(st.sampled_from(["year", "indicator", "plan", "top", "value", "nfc-nfd"]))
    first, second = draw(st.lists(st.sampled_from(YEAR_2017), min_size=2, max_size=2))
    value_a, value_b = draw(st.integers(0, 100)), draw(st.integers(0, 100))
    plan_lines = [
        "plan:",
        f"  title: {quoted(title)}",
        f"  issuer: {quoted(draw(vietnamese))}",
        "  level: province",
        "  period: 2016-2020",
    ]
    if where == "plan":
        plan_lines.append(f"  {draw(st.sampled_from(['title', 'issuer']))}: {quoted(title)}")
    target_lines = ["targets:", f"  {indicator}:", f"    {first}: {value_a}"]
    if where == "year":
        target_lines.append(f"    {second}: {value_b}")
    elif where == "indicator":
        spelling = draw(st.sampled_from([indicator, quoted(indicator), quoted(f" {indicator} ")]))
        target_lines += [f"  {spelling}:", f"    2018: {value_b}"]
    elif where == "value":
        target_lines += [
            f"  {other}:",
            "    2018:",
            f"      value: {value_a}",
            f"      value: {value_b}",
        ]
    elif where == "nfc-nfd":  # the same Vietnamese key, composed and decomposed
        word = draw(st.sampled_from(["chỉ_tiêu_riêng", "mục_tiêu", "tỉ_lệ_hồ_sơ"]))
        target_lines += [
            f"  {unicodedata.normalize('NFC', word)}: {{2018: {value_a}}}",
            f"  {unicodedata.normalize('NFD', word)}: {{2019: {value_b}}}",
        ]
    blocks = ["\n".join(plan_lines), "\n".join(target_lines)]
    if where == "top":
        blocks.append(f"targets:\n  {other}: {{2019: {value_b}}}")
    else:
        blocks = [blocks[i] for i in draw(st.permutations([0, 1]))]
    return "\n".join(blocks) + "\n"


@fuzz
def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"

    def check(example: tuple[str, str]) -> None:
        text, encoding = example
        path.write_bytes(ENCODERS[encoding](text))
        seen = assert_contract(path)
        assert seen["json"][0] == 2, text
        result = invoke(path, "json")
        assert "duplicate key" in result.stderr, (text, result.stderr)

    run_property(st.tuples(duplicate_plans(), st.sampled_from(sorted(ENCODERS))), check)


# --- (e) one plan in many encodings: the same report ------------------------------------------


@fuzz
def test_encodings_give_the_same_report(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"

    def check(example: tuple[dict[str, Any], list[str]]) -> None:
        doc, encodings = example
        text = dump(doc, {"allow_unicode": True})
        path.write_bytes(ENCODERS["utf-8"](text))
        base = assert_contract(path)
        for encoding in encodings:
            path.write_bytes(ENCODERS[encoding](text))
            for fmt in FORMATS:
                result = invoke(path, fmt)
                seen = (result.exit_code, result.stdout_bytes)
                assert seen == base[fmt], f"{encoding} gives another {fmt} report than UTF-8"

    run_property(
        st.tuples(plans, st.lists(st.sampled_from(sorted(ENCODERS)), min_size=1, max_size=3)),
        check,
    )


# --- bugs found while fuzzing: fixed ones stay as regression tests -------------------------


# An integer key past Python's 4,300-digit str() limit (hex is parsed without it) was exit 3:
# ValueError from str(key) in the loader (fixed in da0cc0d).
def test_huge_integer_key_is_a_plan_error(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(
        "plan: {title: T, issuer: I, level: province, period: 2017}\n"
        "targets:\n"
        "  docs_interagency_electronic:\n"
        f"    ? 0x{'f' * 4000}\n"
        "    : 5\n",
        "utf-8",
    )
    seen = assert_contract(path)
    assert seen["json"][0] == 2


# "02017" and 2017 were two keys to the duplicate check but one year to the Year validator: one
# value silently replaced the other (fixed in da0cc0d).
@pytest.mark.parametrize("spelling", ['"02017"', '"２０１７"'])
def test_year_spelled_with_leading_zero_is_a_duplicate(tmp_path: Path, spelling: str) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(
        "plan: {title: T, issuer: I, level: province, period: 2016-2020}\n"
        "targets:\n"
        "  docs_interagency_electronic:\n"
        "    2017: 60\n"
        f"    {spelling}: 90\n",
        "utf-8",
    )
    result = invoke(path, "json")
    assert result.exit_code == 2
    assert "duplicate key" in result.stderr


# A YAML-forbidden character (PyYAML's ReaderError) was reported with no line and a second "in
# <unicode string>, position N" line (fixed in da0cc0d).
def test_control_character_error_is_one_line_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_bytes(b"plan:\n  title: a\x01b\n")
    result = invoke(path, "json")
    assert result.exit_code == 2
    *errors, _summary = result.stderr.rstrip("\n").split("\n")
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"error: {path}:2: ")


# A key path was printed raw: a line feed in a key split the error line and could forge an 'error:
# other-file' line (fixed in 6677cc8).
def test_key_with_a_line_feed_gives_one_error_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(
        "plan: {title: T, issuer: I, level: province, period: 2017}\n"
        'targets:\n  "docs_x\\nerror: forged.yaml:1: fake": {2017: 5}\n',
        "utf-8",
    )
    result = invoke(path, "json")
    assert result.exit_code == 2
    *errors, _summary = result.stderr.rstrip("\n").split("\n")
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"error: {path}:3: ")


@pytest.mark.parametrize("level", ["[province]", "{a: 1}"])
def test_unhashable_level_is_a_plan_error(tmp_path: Path, level: str) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(f"plan: {{title: T, issuer: I, level: {level}, period: 2017}}\n", "utf-8")
    result = invoke(path, "json")
    assert result.exit_code == 2, result.stderr
    assert result.stderr.startswith(f"error: {path}:1: plan.level: ")


@pytest.mark.parametrize(
    "text",
    [
        '"²": 1\n',
        "plan: {title: T, issuer: I, level: province, period: 2017}\n"
        'targets:\n  docs_interagency_electronic: {"①": 5}\n',
        'plan: {title: T, issuer: I, level: province, period: 2010}\nactuals:\n  "²": {}\n',
        f'? "{"1" * 5000}"\n: 1\n',
    ],
    ids=["superscript", "circled-year", "superscript-indicator", "5000-digits"],
)
def test_digit_like_key_is_a_plan_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(text, "utf-8")
    result = invoke(path, "json")
    assert result.exit_code == 2, result.stderr
    assert result.stderr.startswith(f"error: {path}:")


# --- (f) every output format of check, with hostile text in the plan and its file name -------

# Output injection: 10,000 examples under EGOVCHECK_FUZZ=1 (or --hypothesis-profile=fuzz).
OUTPUT_FUZZ_EXAMPLES = 10_000
ALL_FORMATS = ("table", "json", "markdown", "csv", "sarif", "junit", "github")
HOSTILE_PIECES = [
    "::error::x",
    "::set-output name=a::b",
    "=1+1",
    "+1",
    "-1+x",
    "@A1",
    "\t=1",
    "<script>",
    "<!--",
    "|",
    "\\|",
    "`",
    "\n",
    "\r\n",
    "\x1b[31m",
    "\x1b]0;t\x07",
    "\x00",
    "\x85",
    "\u2028",
    "\uffff",
    "\ufffe",
    "\u200b",
    "%0A",
    "*",
    "#",
    "Kế hoạch",
]
hostile_text = st.lists(
    st.one_of(st.sampled_from(HOSTILE_PIECES), st.text(max_size=6)), min_size=1, max_size=6
).map("".join)
_COMMAND_LINE = re.compile(r"^::(error|warning|notice) file=[^\r\n]*$")


@st.composite
def hostile_plans(draw: st.DrawFn) -> tuple[str, str]:
    """A plan (valid or not) whose text fields and one key hold hostile text; a file name."""
    title, issuer, name, key = (draw(hostile_text) for _ in range(4))
    value = draw(st.sampled_from(["10", "60", "160", "-5", "abc"]))
    lines = [
        "plan:",
        f"  title: {quoted(title)}",
        f"  issuer: {quoted(issuer)}",
        "  level: province",
        "  period: 2017",
        "targets:",
        f"  docs_interagency_electronic: {{2017: {value}}}",
        "local_targets:",
        f"  - {{name: {quoted(name)}, year: 2017, value: 5}}",
    ]
    if draw(st.booleans()):
        lines.insert(1, f"  {quoted(key)}: 1")
    stem = draw(st.sampled_from(["plan", "::error::p", "=1+1", "a|b", "x<y>", "-p", "@p"]))
    return "\n".join(lines) + "\n", stem + ".yaml"


def assert_output_invariants(fmt: str, result: Any) -> None:
    """Valid JSON/XML/SARIF, no ESC, no forged workflow command, no formula cell; exit 0-2."""
    import csv
    import io
    import json
    from xml.etree import ElementTree as ET

    assert result.exit_code in (0, 1, 2), (fmt, result.exit_code, result.stderr[-2000:])
    assert "Traceback" not in result.stderr
    assert b"\x1b" not in result.stdout_bytes, fmt
    assert b"\x1b" not in result.stderr.encode("utf-8", "surrogateescape"), fmt
    text = result.stdout_bytes.decode("utf-8")
    for line in result.stderr.splitlines():
        assert not line.startswith("::"), line
    for line in re.split(r"\r\n|\n", text):
        if fmt == "github":
            assert not line or _COMMAND_LINE.match(line), line
        else:
            assert not line.lstrip().startswith("::"), (fmt, line)
    if fmt in ("json", "sarif"):
        json.loads(text)
    elif fmt == "junit":
        ET.fromstring(result.stdout_bytes)
    elif fmt == "csv":
        for row in csv.reader(io.StringIO(text)):
            for cell in row:
                assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
                if cell.startswith("-"):
                    float(cell)


@fuzz
def test_every_output_format_is_safe_for_any_plan_text(tmp_path: Path) -> None:
    def check(example: tuple[str, str]) -> None:
        text, name = example
        for old in tmp_path.iterdir():
            old.unlink()
        path = tmp_path / name
        path.write_text(text, "utf-8")
        for fmt in ALL_FORMATS:
            result = runner.invoke(app, ["check", "-f", fmt, str(path)])
            assert_output_invariants(fmt, result)

    big = os.environ.get("EGOVCHECK_FUZZ") == "1" or settings.get_current_profile_name() == "fuzz"
    chosen = settings(active_settings(), max_examples=OUTPUT_FUZZ_EXAMPLES) if big else None

    @(chosen or active_settings())
    @given(hostile_plans())
    def prop(example: tuple[str, str]) -> None:
        check(example)

    prop()


# --- (g) every format of report, with hostile text or random bytes in the plans ---------------

# Report injection: 10,000 examples under EGOVCHECK_FUZZ=1 (or --hypothesis-profile=fuzz).
REPORT_FUZZ_EXAMPLES = 10_000
REPORT_FORMATS = ("markdown", "csv", "xlsx", "html")
# HTML draws charts (matplotlib): one example in HTML_EVERY renders it, to keep examples cheap.
HTML_EVERY = 10


@st.composite
def report_inputs(draw: st.DrawFn) -> tuple[list[tuple[str, bytes]], str | None, bool]:
    """One to three plans (hostile text, or seed bytes mutated), a pivot, whether to draw HTML."""
    plans = []
    for i in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            text, name = draw(hostile_plans())
            plans.append((f"{i}{name}", text.encode("utf-8")))
        else:
            seed = draw(st.sampled_from(SEEDS))
            edits = draw(
                st.lists(
                    st.tuples(
                        st.integers(0, len(seed)),
                        st.integers(0, 8),
                        st.one_of(st.binary(max_size=8), st.sampled_from(INTERESTING)),
                    ),
                    max_size=4,
                )
            )
            plans.append((f"{i}plan.yaml", mutate(seed, edits)))
    by = draw(st.sampled_from([None, "indicator", "plan"]))
    return plans, by, draw(st.integers(0, HTML_EVERY - 1)) == 0


def assert_report_invariants(fmt: str, result: Any, out: Path) -> None:
    """Exit 0 or 2, no traceback; the output parses, has no ESC, no formula cell, no ``::``."""
    import csv
    import io
    from html.parser import HTMLParser

    assert result.exit_code in (0, 2), (fmt, result.exit_code, result.stderr[-2000:])
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr, result.stderr[-2000:]
    assert b"\x1b" not in result.stderr.encode("utf-8", "surrogateescape"), fmt
    for line in result.stderr.splitlines():
        assert not line.startswith("::"), line
    if not out.exists():
        assert result.exit_code == 2, (fmt, result.stderr[-2000:])
        return
    data = out.read_bytes()
    out.unlink()
    if fmt == "xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data))
        for ws in wb:
            for row in ws.iter_rows(values_only=True):
                for value in row:
                    if isinstance(value, str):
                        assert "\x1b" not in value, value
                        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
        return
    assert b"\x1b" not in data, fmt
    text = data.decode("utf-8")
    for line in re.split(r"\r\n|\n|\r", text):
        assert not line.lstrip().startswith("::"), (fmt, line)
    if fmt == "csv":
        for row in csv.reader(io.StringIO(text)):
            for cell in row:
                assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
                if cell.startswith("-"):
                    float(cell)
    elif fmt == "html":
        parser = HTMLParser()
        parser.feed(text)
        parser.close()


@fuzz
def test_every_report_format_is_safe_for_any_plans(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    has_matplotlib = True
    try:
        import matplotlib  # noqa: F401
    except ImportError:  # pragma: no cover - the report extra is not installed
        has_matplotlib = False
    plans_dir = tmp_path / "plans"
    out_dir = tmp_path / "out"
    plans_dir.mkdir()
    out_dir.mkdir()

    def check(example: tuple[list[tuple[str, bytes]], str | None, bool]) -> None:
        plans, by, html = example
        for old in plans_dir.iterdir():
            old.unlink()
        paths = []
        for name, content in plans:
            path = plans_dir / name
            path.write_bytes(content)
            paths.append(str(path))
        formats = [f for f in REPORT_FORMATS if f != "html" or (html and has_matplotlib)]
        for fmt in formats:
            out = out_dir / f"report.{fmt}"
            args = ["report", "--lang", "en", "-f", fmt, "-o", str(out), *paths]
            result = runner.invoke(app, [*args, *(["--by", by] if by else [])])
            assert_report_invariants(fmt, result, out)

    big = os.environ.get("EGOVCHECK_FUZZ") == "1" or settings.get_current_profile_name() == "fuzz"
    chosen = settings(active_settings(), max_examples=REPORT_FUZZ_EXAMPLES) if big else None

    @(chosen or active_settings())
    @given(report_inputs())
    def prop(example: tuple[list[tuple[str, bytes]], str | None, bool]) -> None:
        check(example)

    prop()
