"""Hostile plan files through the command line: refused in bounded time and memory.

Each is refused with exit 2 and one ``error: FILE...`` line; input files are never modified;
reports are written atomically.

Inputs that could crash the interpreter (deep nesting: PyYAML's C composer recurses once per
level) and the memory measurement run ``python -m egovcheck`` in a child process; the rest use
the CLI in-process.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from egovcheck.cli.app import app
from egovcheck.loader import MAX_BYTES
from tests.conftest import EXAMPLES

runner = CliRunner()
# Generous: each case takes well under a second on a laptop.
BOUND_SECONDS = 10.0
HOA_BINH = EXAMPLES / "hoa-binh-2017.yaml"
VALID_HEAD = (
    "plan:\n  title: Kế hoạch thử\n  issuer: UBND tỉnh Thử\n  level: province\n  period: 2017\n"
)


@pytest.fixture(autouse=True)
def _outside_the_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run where no .egovcheck.yaml or [tool.egovcheck] can be discovered."""
    monkeypatch.chdir(tmp_path)


def check(*args: str) -> tuple[Any, float]:
    """Run ``egovcheck check ARGS`` in-process; return the result and the seconds it took."""
    started = time.monotonic()
    # English messages, whatever the environment: the assertions read them.
    result = runner.invoke(app, ["check", "--lang", "en", *args])
    return result, time.monotonic() - started


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.split("\n") if line.startswith("error: ")]


def assert_refused(stderr: str, exit_code: int, path: Path | str, *says: str) -> str:
    """Exit 2, and an ``error: PATH...`` line saying each of ``says``; return that line."""
    assert exit_code == 2, stderr[-2000:]
    assert "Traceback" not in stderr
    assert "internal error" not in stderr
    lines = error_lines(stderr)
    assert lines, stderr[-2000:]
    assert all(line.startswith(f"error: {path}") for line in lines), lines
    matching = [line for line in lines if all(s in line for s in says)]
    assert matching, (says, lines)
    return matching[0]


def run_module(*args: str, stdin: Any = None, timeout: float = 120) -> tuple[Any, float]:
    """Run ``python -m egovcheck ARGS`` in a child process (a crash cannot take pytest down)."""
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "egovcheck", *args],
        capture_output=True,
        stdin=stdin,
        timeout=timeout,
        check=False,
        env={**os.environ, "EGOVCHECK_LANG": "en"},
    )
    return result, time.monotonic() - started


# --- alias bombs -----------------------------------------------------------------------------

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
# The same bomb inside a plan, in block style, reached through merge keys and targets.
PLAN_BOMB = (
    VALID_HEAD
    + "x0: &x0 {2017: 1}\n"
    + "".join(f"x{n}: &x{n} [{', '.join([f'*x{n - 1}'] * 10)}]\n" for n in range(1, 10))
    + "targets:\n  docs_interagency_electronic:\n    <<: *x9\n"
)


@pytest.mark.parametrize("text", [BILLION_LAUGHS, PLAN_BOMB], ids=["billion-laughs", "in-a-plan"])
def test_alias_bomb_is_refused_quickly(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(text, "utf-8")
    result, seconds = check("-f", "json", str(path))
    assert_refused(result.stderr, result.exit_code, path, "alias")
    assert seconds < BOUND_SECONDS


# --- deep nesting (child process: a C-stack overflow would kill pytest) ----------------------

DEEP = 1_000_000
NESTING = {
    # name: bytes, each under the 5 MiB limit so that the parser, not the size check, sees them
    "block-mapping": "".join(" " * d + "a:\n" for d in range(2_000)).encode(),
    "block-sequence": b"- " * DEEP + b"x\n",
    "complex-key": b"? " * DEEP + b"x\n",
    "flow-sequence": b"[" * DEEP + b"]" * DEEP,
    "flow-mapping": b"{a: " * DEEP + b"1" + b"}" * DEEP,
    "block-then-flow": b"- " * (DEEP // 2) + b"[" * (DEEP // 2) + b"]" * (DEEP // 2),
    "few-brackets": b"- " * DEEP + b"[" * 200 + b"]" * 200,
    "in-a-plan": (VALID_HEAD + "targets:\n  docs_interagency_electronic:\n    2017: ").encode()
    + b"[" * DEEP
    + b"]" * DEEP,
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(NESTING))
def test_deep_nesting_is_refused_not_a_crash(tmp_path: Path, name: str) -> None:
    data = NESTING[name]
    assert len(data) <= MAX_BYTES
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(data)
    result, seconds = run_module("check", str(path))
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, (result.returncode, stderr[-2000:])  # -11 is a segfault
    assert_refused(stderr, result.returncode, path, "nested deeper than")
    assert seconds < BOUND_SECONDS


# --- size ------------------------------------------------------------------------------------


def sparse_file(path: Path, size: int) -> Path:
    """A plan head, then a hole up to ``size`` bytes: instant to create, no disk used."""
    with path.open("wb") as fh:
        fh.write(VALID_HEAD.encode())
        fh.truncate(size)
    return path


HUNDRED_MB = 100 * 1024 * 1024


def test_100_mb_file_is_refused_quickly(tmp_path: Path) -> None:
    path = sparse_file(tmp_path / "big.yaml", HUNDRED_MB)
    result, seconds = check("-f", "json", str(path))
    assert_refused(result.stderr, result.exit_code, path, "larger than 5 MiB")
    assert seconds < BOUND_SECONDS


@pytest.mark.slow
def test_100_mb_on_standard_input_is_refused(tmp_path: Path) -> None:
    path = sparse_file(tmp_path / "big.yaml", HUNDRED_MB)
    with path.open("rb") as stdin:
        result, seconds = run_module("check", "-", stdin=stdin)
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert "larger than 5 MiB" in error_lines(stderr)[0]
    assert seconds < BOUND_SECONDS


# read_bytes named standard input "-" where every other error names it "<stdin>" (fixed in
# da0cc0d).
def test_oversized_standard_input_is_named_like_other_stdin_errors() -> None:
    result = runner.invoke(
        app, ["check", "--lang", "en", "-f", "json", "-"], input=b"#" * (MAX_BYTES + 1)
    )
    assert_refused(result.stderr, result.exit_code, "<stdin>", "larger than 5 MiB")


# Run in a fresh child: its RUSAGE_CHILDREN holds only the egovcheck process it waits for.
_PEAK = """\
import resource, subprocess, sys
before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(done.returncode, before, after)
"""


def peak_rss_mib(*args: str) -> tuple[int, float]:
    """Exit code and peak resident memory (MiB) of ``python -m egovcheck ARGS``."""
    out = subprocess.run(
        [sys.executable, "-c", _PEAK, sys.executable, "-m", "egovcheck", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.split()
    code, before, after = int(out[0]), int(out[1]), int(out[2])
    # ru_maxrss is KiB on Linux, bytes on macOS.
    unit = 1024 * 1024 if sys.platform == "darwin" else 1024
    return code, (after - before) / unit


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="resource.getrusage is POSIX only")
def test_100_mb_file_peak_memory_is_bounded(tmp_path: Path) -> None:
    big = sparse_file(tmp_path / "big.yaml", HUNDRED_MB)
    small_code, small = peak_rss_mib("check", str(HOA_BINH))
    big_code, peak = peak_rss_mib("check", str(big))
    assert (small_code, big_code) == (0, 2)
    # Reading at most 5 MiB + 1 bytes: the peak is start-up plus a few MiB, never the file
    # (measured: 36 MiB for the example, 41 MiB for the 100 MB file).
    assert peak - small < 200, f"peak {peak:.0f} MiB against {small:.0f} MiB for a small plan"


# --- several documents, tags -----------------------------------------------------------------

MULTI = {
    "two-plans": VALID_HEAD + "---\n" + VALID_HEAD,
    "explicit-two": "---\n" + VALID_HEAD + "...\n---\n" + VALID_HEAD + "...\n",
    "empty-second": VALID_HEAD + "---\n",
    "many-empty": "---\n" * 100_000,
    "directives": "%YAML 1.1\n---\n" + VALID_HEAD + "...\n%YAML 1.1\n---\nx: 1\n",
}


@pytest.mark.parametrize("name", sorted(MULTI))
def test_several_documents_are_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_text(MULTI[name], "utf-8")
    result, seconds = check("-f", "json", str(path))
    assert_refused(result.stderr, result.exit_code, path, "several YAML documents")
    assert seconds < BOUND_SECONDS


TAGGED = {
    "os-system": "!!python/object/apply:os.system ['touch {marker}']",
    "subprocess": "!!python/object/apply:subprocess.check_output [['touch', '{marker}']]",
    "object-new": "!!python/object/new:os.system ['touch {marker}']",
    "name": "!!python/name:os.system",
    "module": "!!python/module:os",
    "local-tag": "!touch '{marker}'",
    "verbatim-tag": "!<tag:yaml.org,2002:python/object/apply:os.system> ['touch {marker}']",
    "binary": "!!binary dG91Y2g=",
    "set": "!!set {{a, b}}",
}


@pytest.mark.parametrize("name", sorted(TAGGED))
@pytest.mark.parametrize("where", ["title", "value", "top"])
def test_custom_tags_are_refused_and_never_run(tmp_path: Path, name: str, where: str) -> None:
    marker = tmp_path / "PWNED"
    node = TAGGED[name].format(marker=marker)
    if where == "title":
        text = VALID_HEAD.replace("title: Kế hoạch thử", f"title: {node}")
    elif where == "value":
        text = VALID_HEAD + f"targets:\n  docs_interagency_electronic:\n    2017: {node}\n"
    else:
        text = f"{node}\n"
    path = tmp_path / "tagged.yaml"
    path.write_text(text, "utf-8")
    result, seconds = check("-f", "json", str(path))
    assert_refused(result.stderr, result.exit_code, path, "tag")
    assert not marker.exists(), "a YAML tag ran a command"
    assert seconds < BOUND_SECONDS


# --- encodings -------------------------------------------------------------------------------


def to_cp1258(text: str) -> bytes:
    """Windows-1258, as an old Word export writes Vietnamese: base letters, combining tones."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
        # One mark (ê's circumflex, ơ's horn) goes into the letter, the tone stays combining.
        for i, mark in enumerate(marks):
            rest = "".join(marks[:i] + marks[i + 1 :])
            try:
                out += unicodedata.normalize("NFC", base + mark).encode("cp1258")
                out += rest.encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            out += (base + "".join(marks)).encode("cp1258")
    return bytes(out)


def test_cp1258_file_is_refused_with_a_hint(tmp_path: Path) -> None:
    text = HOA_BINH.read_text("utf-8")
    data = to_cp1258(text)
    assert data.decode("cp1258") != text  # really another encoding, not ASCII
    first_bad = next(i for i, b in enumerate(data) if b >= 0x80)
    line_number = data[:first_bad].count(b"\n") + 1
    path = tmp_path / "hoa-binh-2017.cp1258.yaml"
    path.write_bytes(data)
    result, seconds = check("-f", "json", str(path))
    line = assert_refused(result.stderr, result.exit_code, path, "UTF-8")
    assert line.startswith(f"error: {path}:{line_number}: ")
    assert seconds < BOUND_SECONDS


ENCODED = {
    "utf-8-bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-16-bom-crlf": lambda t: t.replace("\n", "\r\n").encode("utf-16"),
}


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_utf16_and_bom_files_give_the_utf8_report(tmp_path: Path, name: str) -> None:
    text = HOA_BINH.read_text("utf-8")
    path = tmp_path / "plan.yaml"
    path.write_text(text, "utf-8")
    expected, _ = check("-f", "json", str(path))
    assert expected.exit_code == 0, expected.stderr
    path.write_bytes(ENCODED[name](text))
    result, seconds = check("-f", "json", str(path))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == expected.stdout
    assert seconds < BOUND_SECONDS


def test_utf16_without_bom_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_bytes(HOA_BINH.read_text("utf-8").encode("utf-16-le"))
    result, _ = check("-f", "json", str(path))
    assert_refused(result.stderr, result.exit_code, path)


# --- inputs are never modified ---------------------------------------------------------------


def fingerprint(path: Path) -> tuple[str, int, int, int]:
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_size, st.st_mode


INPUTS: dict[str, bytes] = {
    "valid.yaml": HOA_BINH.read_bytes(),
    "findings.yaml": (EXAMPLES / "illustrative-ministry-2016-2020.yaml").read_bytes(),
    "crlf-bom.yaml": codecs.BOM_UTF8 + HOA_BINH.read_bytes().replace(b"\n", b"\r\n"),
    "nfd.yaml": unicodedata.normalize("NFD", HOA_BINH.read_text("utf-8")).encode(),
    "utf16.yaml": HOA_BINH.read_text("utf-8").encode("utf-16"),
    "invalid.yaml": (
        VALID_HEAD + "targets:\n  docs_interagency_electronic: {2017: 160}\n"
    ).encode(),
    "bomb.yaml": BILLION_LAUGHS.encode(),
    "cp1258.yaml": to_cp1258(HOA_BINH.read_text("utf-8")),
}


@pytest.mark.parametrize(
    "options",
    [
        ["-f", "table"],
        ["-f", "json"],
        ["-f", "markdown"],
        ["-f", "csv", "--csv-bom"],
        ["-f", "sarif"],
        ["-f", "junit"],
        ["-f", "github"],
        ["-f", "json", "-o", "{out}/report.json"],
        ["-f", "table", "-f", "sarif:{out}/report.sarif"],
    ],
    ids=lambda o: "-".join(o).replace("{out}/", ""),
)
def test_input_files_are_never_modified(tmp_path: Path, options: list[str]) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    paths = []
    for name, data in INPUTS.items():
        path = plans / name
        path.write_bytes(data)
        os.utime(path, ns=(1_500_000_000_000_000_000, 1_500_000_000_000_000_000))
        paths.append(path)
    before = {p.name: fingerprint(p) for p in paths}
    args = [o.format(out=out) for o in options]
    for run in ([str(p) for p in paths], [str(plans)], [str(paths[0])]):
        result, seconds = check(*args, *run)
        assert result.exit_code in (0, 1, 2), result.stderr
        assert "Traceback" not in result.stderr
        assert seconds < BOUND_SECONDS
    assert {p.name: fingerprint(p) for p in paths} == before
    assert sorted(p.name for p in plans.iterdir()) == sorted(INPUTS)  # nothing written beside


# -o naming a plan file replaced the plan with the report (fixed in da0cc0d).
def test_output_onto_an_input_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_bytes(HOA_BINH.read_bytes())
    before = fingerprint(path)
    result, _ = check("-f", "json", "-o", str(path), str(path))
    assert fingerprint(path) == before, "the plan file was overwritten by the report"
    assert_refused(result.stderr, result.exit_code, path)


# --- -o is atomic ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_output_file_is_written_whole_and_no_temporary_is_left(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "report.txt"
    target.write_text("an older report\n", "utf-8")
    expected, _ = check("-f", fmt, str(HOA_BINH))
    result, seconds = check("-f", fmt, "-o", str(target), str(HOA_BINH))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert target.read_bytes() == expected.stdout_bytes
    assert [p.name for p in out.iterdir()] == ["report.txt"], "a temporary file was left"
    assert seconds < BOUND_SECONDS


def test_output_into_a_missing_folder_is_exit_2(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "report.json"
    result, _ = check("-f", "json", "-o", str(target), str(HOA_BINH))
    assert_refused(result.stderr, result.exit_code, target, "cannot write")
    assert not (tmp_path / "no").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_output_onto_a_folder_is_exit_2_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "report"
    target.mkdir()
    (target / "keep.txt").write_text("x", "utf-8")
    result, _ = check("-f", "json", "-o", str(target), str(HOA_BINH))
    assert_refused(result.stderr, result.exit_code, target, "cannot write")
    assert [p.name for p in tmp_path.iterdir()] == ["report"], "a temporary file was left"
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


def test_output_json_is_valid_after_an_invalid_plan(tmp_path: Path) -> None:
    """With one invalid plan among valid ones the report is still complete JSON (exit 2)."""
    bad = tmp_path / "bad.yaml"
    bad.write_text(VALID_HEAD + "targets:\n  docs_interagency_electronic: {2017: 160}\n", "utf-8")
    target = tmp_path / "report.json"
    result, _ = check("-f", "json", "-o", str(target), str(HOA_BINH), str(bad))
    assert_refused(result.stderr, result.exit_code, bad, "0-100")
    data = json.loads(target.read_text("utf-8"))
    assert [p["file"] for p in data["plans"]] == [str(HOA_BINH)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml", "report.json"]


# --- characters YAML reads as line breaks, editors and git diff do not ---------------------

ILLUSTRATIVE = EXAMPLES / "illustrative-ministry-2016-2020.yaml"
HIDDEN_WAIVERS = (
    "waivers: [{code: LV01, key: docs_interagency_electronic, year: 2020, reason: x},"
    " {code: TM01, key: services_level3, reason: x}]"
)


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85"], ids=["U+2028", "U+2029", "NEL"])
def test_waiver_hidden_in_a_comment_is_refused(tmp_path: Path, char: str) -> None:
    """``2020: 75 # note<U+2028>waivers: [...]`` is one comment line in a diff, a waiver to YAML."""
    text = ILLUSTRATIVE.read_text("utf-8")
    assert "    2020: 75\n" in text
    path = tmp_path / "plan.yaml"
    path.write_text(text.replace("    2020: 75\n", f"    2020: 75 # note{char}{HIDDEN_WAIVERS}\n"))
    result, _ = check(str(path))
    code = f"U+{ord(char):04X}"
    line = assert_refused(result.stderr, result.exit_code, f"{path}:21", code)
    assert "quoted" in line


@pytest.mark.parametrize("kind", ["waivers", "config"])
def test_line_break_characters_are_refused_in_waiver_and_config_files(
    tmp_path: Path, kind: str
) -> None:
    if kind == "waivers":
        path = tmp_path / "waivers.yaml"
        path.write_text("# reviewed\u2029waivers: [{code: LV01, key: x, reason: y}]\n", "utf-8")
        result, _ = check("--waivers", str(path), str(ILLUSTRATIVE))
    else:
        path = tmp_path / ".egovcheck.yaml"
        path.write_text("lang: en\nchecks: {} # defaults\u2028fail_on: never\n", "utf-8")
        result, _ = check(str(ILLUSTRATIVE))
    assert_refused(
        result.stderr, result.exit_code, f"{path}:" + ("1" if kind == "waivers" else "2")
    )


def test_line_break_characters_inside_quotes_are_text(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(VALID_HEAD.replace("Kế hoạch thử", '"Kế hoạch\u2028thử"'), "utf-8")
    result, _ = check("-f", "json", str(path))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["plans"][0]["plan"]["title"] == "Kế hoạch\u2028thử"


# --- other files' contents stay out of the logs ----------------------------------------------

SHADOW = (
    "root:$6$SECRETHASHabcdef:19000:0:99999:7:::\n"
    "daemon:*:19000:0:99999:7:::\n"
    "alice:$6$ALICESECRET:19000:0:99999:7:::\n"
)


def test_symlinked_plan_is_reported_without_its_content(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text(SHADOW, "utf-8")
    plan = tmp_path / "plan.yaml"
    plan.symlink_to(secret)
    result, _ = check(str(plan))
    assert_refused(result.stderr, result.exit_code, plan)
    assert len(error_lines(result.stderr)) == 1, result.stderr
    assert "SECRET" not in result.stderr
    assert "alice" not in result.stderr


def test_quoted_content_is_cut_to_80_characters(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(VALID_HEAD + "  " + "k" * 500 + ": 1\n", "utf-8")
    result, _ = check(str(path))
    line = assert_refused(result.stderr, result.exit_code, f"{path}:6")
    assert "k" * 80 not in line
    assert "k" * 70 in line


@pytest.mark.parametrize("where", ["/etc/passwd", "../outside.yaml", "sub/../../outside.yaml"])
def test_config_waivers_outside_the_repository_are_refused(tmp_path: Path, where: str) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / ".git").mkdir()
    (tmp_path / "outside.yaml").write_text(SHADOW, "utf-8")
    config = repo / ".egovcheck.yaml"
    config.write_text(f"lang: en\nwaivers:\n  - {where}\n", "utf-8")
    os.chdir(repo)
    result, _ = check(str(ILLUSTRATIVE))
    line = assert_refused(result.stderr, result.exit_code, f"{config}:3", "outside")
    assert "SECRET" not in result.stderr, line
    assert "daemon" not in result.stderr, line


def test_waivers_outside_the_repository_may_be_given_on_the_command_line(tmp_path: Path) -> None:
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(
        "waivers: [{code: LV01, key: docs_interagency_electronic, year: 2020, reason: x},"
        " {code: TM01, key: services_level3, reason: x}]\n",
        "utf-8",
    )
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    os.chdir(repo)
    result, _ = check("--waivers", str(waivers), str(ILLUSTRATIVE))
    # Read and applied (the plan's other findings still count): no refusal, no error line.
    assert result.exit_code in (0, 1), result.stderr
    assert "error:" not in result.stderr


@pytest.mark.parametrize("broken", [False, True], ids=["unknown-check", "broken"])
def test_waiver_file_named_twice_is_read_once(tmp_path: Path, broken: bool) -> None:
    waivers = tmp_path / "waivers.yaml"
    body = "waivers:\n  - code: [\n" if broken else "waivers: [{code: ZZ99, key: x, reason: r}]\n"
    waivers.write_text(body, "utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".egovcheck.yaml").write_text("waivers: [waivers.yaml]\n", "utf-8")
    result, _ = check(
        "-f", "json", "--waivers", "./waivers.yaml", "--waivers", str(waivers), str(HOA_BINH)
    )
    lines = result.stderr.rstrip("\n").split("\n")
    assert len(lines) == len(set(lines)), lines
    if broken:
        assert_refused(result.stderr, result.exit_code, "waivers.yaml", "YAML")
        assert len(lines) == 1, lines
    else:
        assert result.exit_code in (0, 1), result.stderr
        codes = [f["code"] for f in json.loads(result.stdout)["run_findings"]]
        assert codes == ["WV02"], codes


# --- special files, loops, links in globs ----------------------------------------------------


def test_symbolic_link_loop_is_exit_2(tmp_path: Path) -> None:
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(tmp_path / "loop.yaml")
    result, _ = check(str(loop))
    assert_refused(result.stderr, result.exit_code, loop, "loop")


LOOP_CASES = {
    "check -o": ["check", "--lang", "en", str(HOA_BINH), "-o", "{loop}"],
    "check -f json:": ["check", "--lang", "en", str(HOA_BINH), "-f", "json:{loop}"],
    "check --waivers": ["check", "--lang", "en", str(HOA_BINH), "--waivers", "{loop}", "-o", "o"],
    "report -o": ["report", "--lang", "en", str(HOA_BINH), "-o", "{loop}"],
    "report --provenance": ["report", "--lang", "en", str(HOA_BINH), "--provenance", "{loop}"],
    "report --waivers": ["report", "--lang", "en", str(HOA_BINH), "--waivers", "{loop}", "-o", "o"],
    "looping folder": ["check", "--lang", "en", str(HOA_BINH), "-o", "{loop}/out.json"],
}


@pytest.mark.parametrize("case", sorted(LOOP_CASES))
def test_looping_output_or_waiver_file_is_exit_2_not_an_internal_error(
    tmp_path: Path, case: str
) -> None:
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(tmp_path / "loop.yaml")
    args = [a.replace("{loop}", str(loop)) for a in LOOP_CASES[case]]
    result = runner.invoke(app, args)
    assert_refused(result.stderr, result.exit_code, loop, "loop")
    assert os.readlink(loop) == str(loop), "the link must be left alone"
    assert not (tmp_path / "o").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("kind", ["plan", "waivers", "config", "baselines", "pyproject"])
def test_named_pipe_is_refused_not_waited_on(tmp_path: Path, kind: str) -> None:
    """A FIFO nobody writes to used to block the run for ever."""
    work = tmp_path / "work"
    (work / ".git").mkdir(parents=True)
    fifo = {
        "plan": work / "plan.yaml",
        "waivers": work / "waivers.yaml",
        "config": work / ".egovcheck.yaml",
        "baselines": work / "extra" / "qd-9999-2030.yaml",
        "pyproject": work / "pyproject.toml",
    }[kind]
    fifo.parent.mkdir(exist_ok=True)
    os.mkfifo(fifo)
    args = {
        "plan": [str(fifo)],
        "waivers": ["--waivers", str(fifo), str(HOA_BINH)],
        "config": [str(HOA_BINH)],
        "baselines": ["--baselines", str(fifo.parent), str(HOA_BINH)],
        "pyproject": [str(HOA_BINH)],
    }[kind]
    result = subprocess.run(
        [sys.executable, "-m", "egovcheck", "check", *args],
        capture_output=True,
        timeout=60,
        check=False,
        cwd=work,
        env={**os.environ, "EGOVCHECK_LANG": "en"},
    )
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, stderr
    assert "not a regular file" in stderr or "no such" in stderr, stderr
    assert "Traceback" not in stderr


def test_double_star_glob_does_not_follow_folder_links(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "secret.yaml").write_text(SHADOW, "utf-8")
    plans = tmp_path / "plans"
    (plans / "2017").mkdir(parents=True)
    (plans / "2017" / "hb.yaml").write_bytes(HOA_BINH.read_bytes())
    (plans / "link").symlink_to(elsewhere)
    (plans / "2017" / "up").symlink_to(plans)  # a loop too
    result, _ = check("-f", "json", "plans/**/*.yaml")
    assert result.exit_code == 0, result.stderr
    assert [p["file"] for p in json.loads(result.stdout)["plans"]] == ["plans/2017/hb.yaml"]


@pytest.mark.parametrize(
    "text",
    ["[tool.egovcheck\n", "[tool.egovcheck]\nx = " + "[" * 20_000 + "\n"],
    ids=["broken", "deep"],
)
def test_broken_or_deep_pyproject_is_exit_2_naming_it(tmp_path: Path, text: str) -> None:
    (tmp_path / ".git").mkdir()
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(text, "utf-8")
    result, _ = check(str(HOA_BINH))
    assert_refused(result.stderr, result.exit_code, pyproject)


def test_oversized_pyproject_and_baseline_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    sparse_file(tmp_path / "pyproject.toml", MAX_BYTES + 10)
    result, _ = check(str(HOA_BINH))
    assert_refused(result.stderr, result.exit_code, tmp_path / "pyproject.toml", "MiB")
    (tmp_path / "pyproject.toml").unlink()
    extra = tmp_path / "extra"
    extra.mkdir()
    sparse_file(extra / "qd-9999-2030.yaml", MAX_BYTES + 10)
    result, _ = check("--baselines", str(extra), str(HOA_BINH))
    assert_refused(result.stderr, result.exit_code, extra / "qd-9999-2030.yaml", "MiB")


# --- configuration discovery stays in the repository ----------------------------------------


def test_config_above_the_repository_or_outside_home_does_not_apply(tmp_path: Path) -> None:
    """A ``.egovcheck.yaml`` planted in a shared temporary folder used to configure the run."""
    (tmp_path / ".egovcheck.yaml").write_text("fail_on: never\n", "utf-8")
    work = tmp_path / "work"
    work.mkdir()
    os.chdir(work)
    result, _ = check(str(ILLUSTRATIVE))
    assert result.exit_code == 1, result.stderr
    (work / ".git").mkdir()
    (work / "sub").mkdir()
    os.chdir(work / "sub")
    assert check(str(ILLUSTRATIVE))[0].exit_code == 1
    (work / ".egovcheck.yaml").write_text("fail_on: never\n", "utf-8")
    assert check(str(ILLUSTRATIVE))[0].exit_code == 0  # the repository's own still applies


# --- waiver dates and temporary files --------------------------------------------------------


@pytest.mark.parametrize("value", ["0", "20301231", "1.5", "true", "[2030]"])
def test_waiver_expires_must_be_a_date(tmp_path: Path, value: str) -> None:
    path = tmp_path / "waivers.yaml"
    path.write_text(f"waivers:\n  - {{code: LV01, key: x, reason: y, expires: {value}}}\n", "utf-8")
    result, _ = check("--waivers", str(path), str(HOA_BINH))
    assert_refused(result.stderr, result.exit_code, f"{path}:2", "YYYY-MM-DD")


def test_sigterm_while_writing_leaves_no_temporary_file(tmp_path: Path) -> None:
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from egovcheck import output\n"
        "os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGTERM)\n"
        "output.write_atomic(Path(sys.argv[1]), 'report')\n"
    )
    target = tmp_path / "report.json"
    result = subprocess.run(
        [sys.executable, "-c", script, str(target)], capture_output=True, timeout=60, check=False
    )
    assert result.returncode == -15, result.stderr
    assert list(tmp_path.iterdir()) == [], "a temporary file was left"


def test_stale_temporary_file_is_removed_by_the_next_write(tmp_path: Path) -> None:
    from egovcheck.output import STALE_SECONDS, write_atomic

    stale = tmp_path / ".report.json.k1ll3d00.tmp"
    fresh = tmp_path / ".report.json.w0rk1ng0.tmp"
    other = tmp_path / ".other.json.k1ll3d00.tmp"
    for path in (stale, fresh, other):
        path.write_text("half", "utf-8")
    old = time.time() - STALE_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    write_atomic(tmp_path / "report.json", "{}\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [fresh.name, other.name, "report.json"]
    )


# --- plan text in the outputs: spreadsheets, Markdown, CI logs, XML, terminals ---------------

HOSTILE_TEXT = {
    "title": "::error file=x::forged\u0007 <img src=x onerror=alert(1)> a|b \\| \x1b[31m\uffff",
    "issuer": '=HYPERLINK("http://x","y")',
    "name": "@SUM(1+1)\x1b]0;title\x07",
}
HOSTILE_PLAN = (
    "plan:\n"
    f"  title: {json.dumps(HOSTILE_TEXT['title'])}\n"
    f"  issuer: {json.dumps(HOSTILE_TEXT['issuer'])}\n"
    "  level: province\n  period: 2017\n"
    "targets:\n  docs_interagency_electronic: {2017: 10}\n"
    f"local_targets:\n  - {{name: {json.dumps(HOSTILE_TEXT['name'])}, year: 2017, value: 5}}\n"
)
FORMATS = ["table", "json", "markdown", "csv", "sarif", "junit", "github"]


def assert_safe_output(fmt: str, stdout: bytes) -> None:
    """The invariants every format keeps, whatever the plan says."""
    import csv
    import io
    from xml.etree import ElementTree as ET

    text = stdout.decode("utf-8")  # valid UTF-8, whatever the file names
    assert "\x1b" not in text, fmt
    assert "\x07" not in text, fmt
    if fmt != "github":
        for line in text.splitlines():
            assert not line.lstrip().startswith("::"), (fmt, line)
    if fmt in ("json", "sarif"):
        json.loads(text)
    if fmt == "junit":
        ET.fromstring(stdout)
    if fmt == "csv":
        for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))):
            for cell in row:
                assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
                if cell.startswith("-"):
                    float(cell)
    if fmt == "markdown":
        assert "<img" not in text
        # The totals table (6 columns) opens the output; each plan's table has 9.
        total, *sections = text.split("\n## ")
        for line in total.splitlines():
            if line.startswith("|"):
                assert len(re.findall(r"(?<!\\)\|", line)) == 7, line
        for line in "\n".join(sections).splitlines():
            if line.startswith("|"):
                assert len(re.findall(r"(?<!\\)\|", line)) == 10, line


@pytest.mark.parametrize("fmt", FORMATS)
def test_plan_text_cannot_inject_into_any_format(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(HOSTILE_PLAN, "utf-8")
    result, _ = check("-f", fmt, str(path))
    assert result.exit_code in (0, 1), result.stderr
    assert_safe_output(fmt, result.stdout_bytes)


def test_csv_cells_that_look_like_formulas_are_quoted(tmp_path: Path) -> None:
    import csv
    import io

    path = tmp_path / "plan.yaml"
    path.write_text(HOSTILE_PLAN, "utf-8")
    result, _ = check("-f", "csv", str(path))
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["issuer"] == "'" + HOSTILE_TEXT["issuer"]
    from egovcheck.textsafe import spreadsheet_cell

    assert spreadsheet_cell("-6.5") == "-6.5"  # a negative number stays a number
    assert spreadsheet_cell("-1+cmd") == "'-1+cmd"
    assert spreadsheet_cell("\t=1") == "'\t=1"
    assert spreadsheet_cell("::error::x\n::warning::y") == "\\::error::x\n\\::warning::y"


def test_key_paths_in_errors_cannot_drive_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(VALID_HEAD + '  "\\e[2J\\e]0;owned\\a": 1\n', "utf-8")
    result, _ = check(str(path))
    line = assert_refused(result.stderr, result.exit_code, path)
    assert "\x1b" not in result.stderr
    assert "\x07" not in result.stderr
    assert "\\x1b[2J" in line


def test_notice_naming_a_folder_cannot_drive_the_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "b\x1b]0;owned\x07\x1b[2J\nnotice: forged"
    (folder / "programmes").mkdir(parents=True)
    bundled = EXAMPLES.parent / "baselines" / "programmes" / "nq-17-2019.yaml"
    (folder / "programmes" / bundled.name).write_bytes(bundled.read_bytes())
    result, _ = check("--baselines", str(folder), str(HOA_BINH))
    assert result.exit_code in (0, 1), result.stderr[-2000:]
    notices = [line for line in result.stderr.split("\n") if line.startswith("notice: ")]
    assert len(notices) == 1, result.stderr
    assert "\x1b" not in result.stderr
    assert "\x07" not in result.stderr
    assert "\\x1b[2J\\nnotice: forged" in notices[0]


def test_internal_error_line_cannot_drive_the_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import egovcheck.engine

    def crash(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("in b\x1b[2J\x1b]0;owned\x07\n::error::forged")

    monkeypatch.setattr(egovcheck.engine, "check_paths", crash)
    result, _ = check(str(HOA_BINH))
    assert result.exit_code == 3
    lines = result.stderr.rstrip("\n").split("\n")
    assert lines[0] == (
        "internal error: RuntimeError: in b\\x1b[2J\\x1b]0;owned\\x07\\n::error::forged"
    ), lines
    assert len(lines) == 2, lines
    assert "\x1b" not in result.stderr


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="needs byte file names")
@pytest.mark.parametrize("fmt", FORMATS)
def test_file_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path, fmt: str) -> None:
    name = os.fsdecode(b"x\xff.yaml")
    good = tmp_path / name
    good.write_bytes((EXAMPLES / "illustrative-ministry-2016-2020.yaml").read_bytes())
    bad = tmp_path / os.fsdecode(b"y\xfe.yaml")
    bad.write_text(VALID_HEAD + "targets:\n  docs_interagency_electronic: {2017: 160}\n", "utf-8")
    os.chdir(tmp_path)
    result, _ = check("-f", fmt, name, os.fsdecode(b"y\xfe.yaml"))
    assert result.exit_code == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert_safe_output(fmt, result.stdout_bytes)
    text = result.stdout_bytes.decode("utf-8")
    if fmt == "sarif":
        assert "x%FF.yaml" in text
        assert "y%FE.yaml" in text
    elif fmt == "json":
        data = json.loads(text)
        assert data["plans"][0]["file"] == "x\\xff.yaml"
        assert data["errors"][0]["file"] == "y\\xfe.yaml"
    else:
        assert "x\\xff.yaml" in text


def test_sarif_uris_are_percent_encoded(tmp_path: Path) -> None:
    folder = tmp_path / "kế hoạch #1"
    folder.mkdir()
    path = folder / "plan 50%.yaml"
    path.write_bytes((EXAMPLES / "illustrative-ministry-2016-2020.yaml").read_bytes())
    os.chdir(tmp_path)
    result, _ = check("-f", "sarif", "kế hoạch #1/plan 50%.yaml")
    data = json.loads(result.stdout)
    uri = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"] == "k%E1%BA%BF%20ho%E1%BA%A1ch%20%231/plan%2050%25.yaml"


@pytest.mark.parametrize("fmt", FORMATS)
def test_characters_xml_cannot_hold_keep_junit_and_sarif_valid(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(VALID_HEAD + '  "\\x01\\uffff\\ufffe\\x1b[2J::x\\u2028<b>": 1\n', "utf-8")
    result, _ = check("-f", fmt, str(path))
    assert result.exit_code == 2, result.stderr
    assert_safe_output(fmt, result.stdout_bytes)
    if fmt in ("junit", "sarif"):
        assert "\uffff" not in result.stdout
        assert "\\uffff" in result.stdout
