"""Benchmark ``egovcheck check`` against yamllint and check-jsonschema, side by side.

Generates plan files in a temporary folder (the shipped Hòa Bình example and N generated plans
of realistic size), then times each tool as a subprocess on one plan and on all N plans in one
call, interleaving the tools in every repetition, and prints a Markdown table of the median
wall time, the ratio to yamllint and the peak resident memory of the child process. Finally it
lists the slowest imports of ``python -X importtime -m egovcheck --version`` (and of ``check``).

Install the tools beside egovcheck, then run from the repository root::

    pip install -e . -r bench/requirements.txt
    python bench/run.py                      # 1,000 plans, 7 repetitions
    python bench/run.py --plans 200 --repeat 3 --output bench/result.md

Targets: one plan within 1.3x the import floor (``python -c "import typer, pydantic, yaml"``);
1,000 plans within 0.6x yamllint.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "hoa-binh-2017.yaml"
BIN = Path(sys.executable).parent

# --- plan generation --------------------------------------------------------------------------

PROVINCES = [
    "Hòa Bình",
    "Kiên Giang",
    "Hà Tĩnh",
    "Hậu Giang",
    "Đắk Lắk",
    "Thừa Thiên Huế",
    "Bà Rịa - Vũng Tàu",
    "Quảng Ninh",
    "Lào Cai",
    "Cà Mau",
    "Bắc Ninh",
    "Nghệ An",
]
MINISTRIES = ["Bộ Tài chính", "Bộ Tư pháp", "Bộ Y tế", "Bộ Giáo dục và Đào tạo", "Bộ Xây dựng"]
PHRASES = [
    "văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử",
    "hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng",
    "dịch vụ công trực tuyến mức độ 3, 4",
    "cán bộ, công chức được cấp hộp thư điện tử công vụ",
    "thủ tục hành chính được tiếp nhận qua hệ thống một cửa điện tử",
    "cơ quan nhà nước có mạng nội bộ kết nối mạng truyền số liệu chuyên dùng",
]
LOCAL = [
    "Wifi tại bộ phận một cửa",
    "Phòng họp trực tuyến cấp xã",
    "Trung tâm dữ liệu của tỉnh đạt chuẩn",
    "Hệ thống camera giám sát tại bộ phận một cửa",
]
SCOPES_FOR_LEVEL = {
    "province": ["", "province", "district", "commune"],
    "district": ["", "district", "commune"],
    "commune": [""],
    "ministry": ["", "ministry"],
}


def indicator_ids() -> list[str]:
    """The catalogue's indicator ids (read from the bundled baselines)."""
    from egovcheck.baselines import bundled

    return sorted(bundled().catalogue.indicators)


def generate_plan(rng: random.Random, ids: Sequence[str]) -> dict[str, Any]:
    """One plausible plan: a few targets with their sources, sometimes actuals and local ones."""
    level = rng.choice(["province"] * 5 + ["district"] * 3 + ["commune", "ministry"])
    # Districts ended on 1 July 2025: a district plan's years end by 2025.
    first = rng.randint(2016, 2021 if level == "district" else 2025)
    last = first + rng.choice([0, 0, 0, 4])
    if level == "ministry":
        issuer = rng.choice(MINISTRIES)
    elif level == "province":
        issuer = f"UBND tỉnh {rng.choice(PROVINCES)}"
    else:
        issuer = f"UBND huyện {rng.choice(['Mỹ Đức', 'Lạc Sơn', 'Châu Thành', 'Kỳ Anh'])}"
    period: int | str = first if first == last else f"{first}-{last}"
    meta: dict[str, Any] = {
        "title": f"Kế hoạch ứng dụng CNTT trong hoạt động của cơ quan nhà nước {period}",
        "issuer": issuer,
        "level": level,
        "period": period,
    }
    if rng.random() < 0.7:
        meta["adopted"] = date(first - 1, 12, 1) + timedelta(days=rng.randint(0, 45))
    if rng.random() < 0.5:
        meta["source"] = f"https://example.gov.vn/ke-hoach/{rng.randint(1000, 9999)}"
    targets: dict[str, Any] = {}
    for indicator in rng.sample(list(ids), rng.randint(2, 8)):
        scopes = [s for s in SCOPES_FOR_LEVEL[level] if s != "district" or last <= 2025]
        scope = rng.choice(scopes)
        key = f"{indicator}.{scope}" if scope else indicator
        years = sorted(rng.sample(range(first, last + 1), rng.randint(1, last - first + 1)))
        value = rng.randint(20, 70)
        series: dict[int, Any] = {}
        for year in years:
            value = min(100, value + rng.randint(0, 15))
            if rng.random() < 0.5:
                series[year] = {
                    "value": value,
                    "source": f"phấn đấu năm {year} đạt {value}% {rng.choice(PHRASES)}",
                }
            else:
                series[year] = value
        targets[key] = series
    doc: dict[str, Any] = {"plan": meta, "targets": targets}
    if rng.random() < 0.4:  # the year before the plan, a little below its first target
        doc["actuals"] = {
            key: {first - 1: max(0, min(_number(v) for v in series.values()) - 10)}
            for key, series in list(targets.items())[:2]
        }
    if rng.random() < 0.4:
        doc["local_targets"] = [
            {"name": rng.choice(LOCAL), "year": rng.randint(first, last), "value": 100}
            for _ in range(rng.randint(1, 3))
        ]
    return doc


def _number(value: Any) -> int:
    return int(value["value"] if isinstance(value, dict) else value)


# A plan file's structure, for check-jsonschema (the schema is not egovcheck's: a small one).
PLAN_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["plan"],
    "additionalProperties": False,
    "$defs": {
        "value": {"type": "number", "minimum": 0, "maximum": 100},
        "series": {
            "type": "object",
            "propertyNames": {"pattern": "^[0-9]{4}$"},
            "additionalProperties": {
                "oneOf": [
                    {"$ref": "#/$defs/value"},
                    {
                        "type": "object",
                        "required": ["value"],
                        "additionalProperties": False,
                        "properties": {
                            "value": {"$ref": "#/$defs/value"},
                            "qualifier": {"enum": ["at_least", "more_than", "about"]},
                            "source": {"type": "string"},
                            "note": {"type": "string"},
                        },
                    },
                ]
            },
        },
        "keyed": {
            "type": "object",
            "propertyNames": {
                "pattern": "^[a-z][a-z0-9_]*(\\.(ministry|province|district|commune))?$"
            },
            "additionalProperties": {"$ref": "#/$defs/series"},
        },
    },
    "properties": {
        "plan": {
            "type": "object",
            "required": ["title", "issuer", "level", "period"],
            "additionalProperties": False,
            "properties": {
                "title": {"type": "string", "minLength": 1},
                "issuer": {"type": "string", "minLength": 1},
                "level": {"enum": ["province", "district", "commune", "ministry"]},
                "period": {
                    "oneOf": [
                        {"type": "integer", "minimum": 1990, "maximum": 2100},
                        {"type": "string", "pattern": "^[0-9]{4}(-[0-9]{4})?$"},
                    ]
                },
                "adopted": {"type": "string", "format": "date"},
                "source": {"type": "string"},
            },
        },
        "targets": {"$ref": "#/$defs/keyed"},
        "actuals": {"$ref": "#/$defs/keyed"},
        "local_targets": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "year", "value"],
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "year": {"type": "integer"},
                    "value": {"type": "number"},
                    "unit": {"type": "string"},
                    "qualifier": {"enum": ["at_least", "more_than", "about"]},
                    "source": {"type": "string"},
                },
            },
        },
    },
}


def write_corpus(folder: Path, count: int, seed: int) -> tuple[Path, list[Path], Path]:
    """Write the example, ``count`` generated plans and the schema; return their paths."""
    one = folder / EXAMPLE.name
    shutil.copyfile(EXAMPLE, one)
    plans_dir = folder / "plans"
    plans_dir.mkdir()
    rng = random.Random(seed)
    ids = indicator_ids()
    plans = []
    for i in range(count):
        path = plans_dir / f"plan-{i:04d}.yaml"
        text = yaml.safe_dump(generate_plan(rng, ids), allow_unicode=True, sort_keys=False)
        path.write_text(text, "utf-8")
        plans.append(path)
    schema = folder / "plan.schema.json"
    schema.write_text(json.dumps(PLAN_SCHEMA, indent=2), "utf-8")
    return one, plans, schema


# --- timing -----------------------------------------------------------------------------------


@dataclass
class Runs:
    """The measurements of one command: wall seconds, peak RSS (KiB), exit codes."""

    seconds: list[float] = field(default_factory=list)
    maxrss_kib: list[int] = field(default_factory=list)
    exits: set[int] = field(default_factory=set)

    @property
    def median(self) -> float:
        """The median wall time in seconds."""
        return statistics.median(self.seconds)


def run_once(argv: Sequence[str]) -> tuple[float, int, int]:
    """Run a command; return wall seconds, its peak RSS in KiB (from wait4) and exit code."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss: KiB on Linux, bytes on macOS.
    rss = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
    return elapsed, rss, proc.returncode


def tool(name: str) -> str:
    """The console script of ``name`` beside this interpreter, else on PATH."""
    found = BIN / name
    if found.exists():
        return str(found)
    on_path = shutil.which(name)
    if on_path is None:
        sys.exit(f"bench: {name} is not installed: pip install -r bench/requirements.txt")
    return on_path


IMPORT_FLOOR = "import typer, pydantic, yaml"
# Targets: one plan within 1.3x the import floor (start-up is most of a pre-commit hook's cost);
# 1,000 plans within 0.6x yamllint on the same files.
TARGETS = {"1 plan": (IMPORT_FLOOR, 1.3), "many": ("yamllint", 0.6)}


BARE_TYPER = "bare Typer command"
BARE_TYPER_APP = """
from pathlib import Path
from typing import Annotated, Optional
import typer
app = typer.Typer(add_completion=False)
@app.command()
def check(
    plans: list[str],
    fmt: Annotated[Optional[list[str]], typer.Option("--format")] = None,
    base_dir: Optional[Path] = None,
    lang: Optional[str] = None,
) -> None:
    print(len(plans))
@app.command()
def other() -> None:
    pass
app(["check", *__import__("sys").argv[1:]])
"""


def commands(schema: Path) -> dict[str, list[str]]:
    """The commands compared; each takes the plan files as its last arguments."""
    return {
        "egovcheck": [tool("egovcheck"), "check"],
        "yamllint": [tool("yamllint")],
        "check-jsonschema": [tool("check-jsonschema"), "--schemafile", str(schema)],
        "python -c pass": [sys.executable, "-c", "pass"],  # the interpreter's start-up floor
        # The import floor: egovcheck's own dependencies imported and nothing run. Given the
        # plan files as arguments (sys.argv), which it ignores, like the other commands.
        IMPORT_FLOOR: [sys.executable, "-c", "import typer, pydantic, yaml"],
        # The argument layer alone: a Typer command with four options like check's (a list of
        # plans, a repeated --format, a path, a text) that prints the plan count and nothing
        # else. What it costs above the import floor no egovcheck code can remove.
        BARE_TYPER: [sys.executable, "-c", BARE_TYPER_APP],
    }


def measure(
    cases: dict[str, list[Path]], tools: dict[str, list[str]], repeat: int
) -> dict[tuple[str, str], Runs]:
    """Time every tool on every case, ``repeat`` times, the tools interleaved in each round."""
    results: dict[tuple[str, str], Runs] = {}
    for case, files in cases.items():
        args = [str(f) for f in files]
        for name, argv in tools.items():  # one warm-up run each (file cache, .pyc)
            run_once([*argv, *args])
            results[(case, name)] = Runs()
        for _ in range(repeat):
            for name, argv in tools.items():
                seconds, rss, code = run_once([*argv, *args])
                runs = results[(case, name)]
                runs.seconds.append(seconds)
                runs.maxrss_kib.append(rss)
                runs.exits.add(code)
    return results


def table(results: dict[tuple[str, str], Runs], cases: Sequence[str]) -> str:
    """The Markdown table of the results."""
    lines = [
        "| case | tool | median s | min s | / yamllint | peak RSS MiB | exit codes |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for case in cases:
        reference = results[(case, "yamllint")].median
        for (c, name), runs in results.items():
            if c != case:
                continue
            ratio = runs.median / reference
            lines.append(
                f"| {case} | {name} | {runs.median:.3f} | {min(runs.seconds):.3f} | "
                f"{ratio:.2f} | {max(runs.maxrss_kib) / 1024:.0f} | "
                f"{', '.join(str(e) for e in sorted(runs.exits))} |"
            )
    lines.append("")
    for case in cases:
        reference_name, goal = TARGETS["1 plan" if case == "1 plan" else "many"]
        ratio = results[(case, "egovcheck")].median / results[(case, reference_name)].median
        verdict = "met" if ratio <= goal else "MISSED"
        lines.append(
            f"- {case}: egovcheck / {reference_name} = {ratio:.2f} (target <= {goal:g}): {verdict}"
        )
    bare = results[("1 plan", BARE_TYPER)].median / results[("1 plan", IMPORT_FLOOR)].median
    lines.append(f"- 1 plan: {BARE_TYPER} / {IMPORT_FLOOR} = {bare:.2f} (the argument layer alone)")
    return "\n".join(lines)


# --- import time ------------------------------------------------------------------------------


def import_times(argv: Sequence[str], top: int) -> str:
    """The top-level imports of ``python -X importtime ARGV``, the slowest first, as Markdown."""
    command = [sys.executable, "-X", "importtime", *argv]
    subprocess.run(command, capture_output=True, check=False)  # warm the .pyc files
    stderr = subprocess.run(command, capture_output=True, text=True, check=False).stderr
    rows: list[tuple[int, int, str]] = []
    total = 0
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = line[len("import time:") :].split("|", 2)
        if name.startswith(" ") and not name.startswith("  "):  # depth 0: one space
            rows.append((int(cumulative), int(own), name.strip()))
            total += int(cumulative)
    rows.sort(reverse=True)
    out = [
        f"`python -X importtime {' '.join(argv)}`: {total / 1000:.0f} ms of imports in all",
        "",
        "| top-level import | cumulative ms | self ms |",
        "|---|---:|---:|",
    ]
    out += [f"| {name} | {cum / 1000:.1f} | {own / 1000:.1f} |" for cum, own, name in rows[:top]]
    return "\n".join(out)


# --- main -------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Generate the plans, run the comparison, print (and optionally write) the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plans", type=int, default=1000, help="generated plans (1000)")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per command (7)")
    parser.add_argument("--seed", type=int, default=20170101, help="generator seed")
    parser.add_argument("--top", type=int, default=12, help="imports listed (12)")
    parser.add_argument("--output", type=Path, help="also write the report to this file")
    parser.add_argument("--keep", type=Path, help="write the plans here instead of a temp dir")
    options = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="egovcheck-bench-") as temp:
        folder = options.keep or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        one, plans, schema = write_corpus(folder, options.plans, options.seed)
        many = f"{options.plans:,} plans"
        cases = {"1 plan": [one], many: plans}
        tools = commands(schema)
        sizes = [p.stat().st_size for p in plans]
        started = time.perf_counter()
        results = measure(cases, tools, options.repeat)
        took = time.perf_counter() - started
        report = [
            "## egovcheck benchmark",
            "",
            f"Python {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} CPUs; "
            f"{options.repeat} timed runs per command after one warm-up, tools interleaved; "
            f"generated plans {min(sizes)}-{max(sizes)} bytes "
            f"(median {statistics.median(sizes):.0f}); {took:.0f} s in all.",
            "",
            table(results, list(cases)),
            "",
            import_times(["-m", "egovcheck", "--version"], options.top),
            "",
            import_times(["-m", "egovcheck", "check", str(one)], options.top),
            "",
        ]
    text = "\n".join(report)
    print(text)
    if options.output:
        options.output.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
