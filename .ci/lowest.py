"""Print the oldest versions pyproject.toml allows, as pip constraints (``name==lower``).

Only direct dependencies are pinned to their lower bounds (what uv calls "lowest-direct"): a user
who already has an old release of one of them gets the newest of everything else.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

project = tomllib.loads(Path(sys.argv[1] if len(sys.argv) > 1 else "pyproject.toml").read_text())[
    "project"
]
requirements = list(project["dependencies"])
for extra in project.get("optional-dependencies", {}).values():
    requirements.extend(extra)

pins: dict[str, str] = {}
for requirement in requirements:
    spec, _, marker = requirement.partition(";")
    if marker.strip() and "python_version < '3.11'" in marker and sys.version_info >= (3, 11):
        continue
    match = re.match(r"\s*([A-Za-z0-9_.\-\[\]]+)\s*(.*)", spec)
    if not match:
        continue
    name = re.sub(r"\[.*\]", "", match.group(1)).lower()
    lower = re.search(r">=\s*([0-9][^,\s]*)", match.group(2))
    if lower:
        pins[name] = lower.group(1)
for name, version in sorted(pins.items()):
    print(f"{name}=={version}")
