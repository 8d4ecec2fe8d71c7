"""Time ``egovcheck report`` over 1,000 generated plans (varied copies of the examples).

    python bench/bench_report.py [--plans 1000] [--keep DIR]

Prints, for each format, the wall time of the whole command (a fresh process, as a user runs
it) and the output's size, then an in-process breakdown (checking, building the rows,
rendering).
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from egovcheck.extract import places

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(ROOT.glob("examples/*.yaml")) + sorted(ROOT.glob("examples/progress/*.yaml"))
# The 63 provinces and centrally-run cities of 2008-2025, as the issuers of generated plans.
PROVINCES = sorted([*places.PROVINCES, *places.CENTRAL_CITIES])


def _shift(section: dict[str, Any], rng: random.Random) -> None:
    """Move every value of a targets/actuals section by a few points (kept within 0-100)."""
    for years in section.values():
        offset = rng.uniform(-12, 12)
        for year, value in list(years.items()):
            if isinstance(value, dict):
                value["value"] = round(min(100.0, max(0.0, value["value"] + offset)), 1)
            else:
                years[year] = round(min(100.0, max(0.0, value + offset)), 1)


def generate(folder: Path, count: int, seed: int = 2017) -> list[Path]:
    """Write ``count`` plan files: the examples, renamed to provinces, values shifted."""
    rng = random.Random(seed)
    docs = [yaml.safe_load(p.read_text("utf-8")) for p in SOURCES]
    written = []
    for i in range(count):
        doc = copy.deepcopy(docs[i % len(docs)])
        province = PROVINCES[i % len(PROVINCES)]
        level = doc["plan"]["level"]
        prefix = {"province": "UBND tỉnh", "district": "UBND huyện", "ministry": "Bộ"}.get(
            level, "UBND"
        )
        doc["plan"]["issuer"] = f"{prefix} {province} #{i // len(PROVINCES) + 1}"
        _shift(doc.get("targets") or {}, rng)
        _shift(doc.get("actuals") or {}, rng)
        path = folder / f"plan-{i:04d}.yaml"
        path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), "utf-8")
        written.append(path)
    return written


def _command() -> list[str]:
    """How to run ``egovcheck report``: egovcheck's own command line."""
    return [sys.executable, "-m", "egovcheck", "report"]


def time_cli(folder: Path, fmt: str, out: Path, extra: list[str]) -> tuple[float, int]:
    """Seconds for one ``egovcheck report`` process, and the output's size in bytes."""
    cmd = [*_command(), str(folder), "-f", fmt, "-o", str(out), "--as-of", "2024-01-01", *extra]
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr}")
    return elapsed, out.stat().st_size


def breakdown(paths: list[Path]) -> dict[str, float]:
    """In-process seconds for checking alone, building the rows, and each renderer."""
    from datetime import date

    from egovcheck.baselines import bundled
    from egovcheck.engine import check_paths
    from egovcheck.report.formats import RenderSettings, render
    from egovcheck.report.run import collect

    names = [str(p) for p in paths]
    baselines = bundled()
    out: dict[str, float] = {}
    t = time.perf_counter()
    check_paths(names, baselines, as_of=date(2024, 1, 1))
    out["check_paths"] = time.perf_counter() - t
    t = time.perf_counter()
    data = collect(names, baselines, as_of=date(2024, 1, 1), lang="vi")
    out["collect (one pass)"] = time.perf_counter() - t
    out["rows"] = len(data.rows)
    for fmt, name in [("csv", "render csv"), ("xlsx", "render xlsx"), ("html", "render html")]:
        t = time.perf_counter()
        render(fmt, data, RenderSettings())
        out[name] = time.perf_counter() - t
    return out


def main() -> None:
    """Generate the plans, time each format, print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="write the plans and reports here")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="egovcheck-bench-"))
    plans = folder / "plans"
    plans.mkdir(parents=True, exist_ok=True)
    paths = generate(plans, args.plans)
    print(f"{len(paths)} plans in {plans}")
    results = {}
    for fmt, suffix, extra in [
        ("csv", "csv", []),
        ("xlsx", "xlsx", []),
        ("html", "html", []),
        ("xlsx", "by-indicator.xlsx", ["--by", "indicator"]),
    ]:
        seconds, size = time_cli(plans, fmt, folder / f"report.{suffix}", extra)
        label = f"-f {fmt} {' '.join(extra)}".strip()
        results[label] = {"seconds": round(seconds, 2), "bytes": size}
        print(f"egovcheck report DIR {label:<26} {seconds:6.2f} s  {size / 1e6:7.2f} MB")
    parts = breakdown(paths)
    for name, value in parts.items():
        shown = f"{value:.0f}" if name == "rows" else f"{value:.2f} s"
        print(f"  {name:<24} {shown}")
    print(json.dumps({"plans": len(paths), "cli": results, "in_process": parts}, indent=None))
    if args.keep is None:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
