"""Expand the command line's inputs: files, folders, globs and ``-``, minus exclusions."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Sequence
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

from egovcheck.errors import UsageError, problem

SUFFIXES = (".yaml", ".yml")
_MAGIC = set("*?[")


def excluded(path: str, patterns: Iterable[str]) -> bool:
    """True when the path, or its file name, matches one of the glob patterns."""
    posix = PurePosixPath(Path(path).as_posix())
    return any(
        fnmatch(str(posix), pattern) or fnmatch(posix.name, pattern) or posix.match(pattern)
        for pattern in patterns
    )


def _walk(folder: Path) -> list[str]:
    """Every ``*.yaml``/``*.yml`` below a folder, hidden files and folders left out, sorted."""
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.suffix.lower() in SUFFIXES and path.is_file():
            found.append(path)
    return [str(p) for p in sorted(found, key=lambda p: p.as_posix())]


def expand(args: Sequence[str], exclude: Sequence[str] = (), skip: Iterable[str] = ()) -> list[str]:
    """The plan files to check, in a deterministic order, each once.

    Arguments keep their order; a folder contributes its YAML files sorted by path, a glob its
    matches sorted. ``skip`` names files (waiver and configuration files) never taken from a
    folder or a glob. A glob that matches nothing is a usage error.
    """
    skipped = {str(Path(s).resolve()) for s in skip}
    out: list[str] = []
    seen: set[str] = set()

    def add(path: str, explicit: bool) -> None:
        key = path if path == "-" else str(Path(path).resolve())
        if key in seen or (not explicit and key in skipped):
            return
        if path != "-" and excluded(path, exclude):
            return
        seen.add(key)
        out.append(path)

    for arg in args:
        if arg == "-":
            add(arg, True)
        elif Path(arg).is_dir():
            for path in _walk(Path(arg)):
                add(path, False)
        elif _MAGIC & set(arg) and not Path(arg).exists():
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                raise UsageError([problem(arg, "file.no_match")])
            for path in matches:
                if Path(path).is_file():
                    add(path, False)
        else:
            add(arg, True)
    return out
