"""Expand the command line's inputs: files, folders, globs and ``-``, minus exclusions."""

from __future__ import annotations

import errno
import glob
import os
from collections.abc import Iterable, Sequence
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

from egovcheck.errors import UsageError, problem

SUFFIXES = (".yaml", ".yml")


def option_values(names: Sequence[str], argv: Sequence[str]) -> list[str]:
    """Every value the command line gives an option, in order, read before any parser.

    Spelled ``--opt V``, ``--opt=V`` or (a one-letter name) ``-oV``; nothing after ``--``. The
    parser keeps the last of several.
    """
    args = list(argv)
    if "--" in args:
        args = args[: args.index("--")]
    values: list[str] = []
    for i, arg in enumerate(args):
        for name in names:
            if arg == name and i + 1 < len(args):
                values.append(args[i + 1])
            elif name.startswith("--") and arg.startswith(name + "="):
                values.append(arg[len(name) + 1 :])
            elif len(name) == 2 and name != arg and arg.startswith(name) and arg[1] != "-":
                values.append(arg[2:])
    return values


_MAGIC = set("*?[")


def excluded(path: str, patterns: Iterable[str]) -> bool:
    """True when the path, or its file name, matches one of the glob patterns.

    An absolute pattern (a configuration's glob, anchored at its folder by
    ``Config.exclude_globs``) is matched against the path made absolute; a relative one (from
    ``--exclude``) against the path as given, its tail or its file name.
    """
    posix = PurePosixPath(Path(path).as_posix())
    full = Path(os.path.abspath(path)).as_posix()
    for pattern in patterns:
        if PurePosixPath(pattern).is_absolute():
            if fnmatch(full, pattern):
                return True
        elif fnmatch(str(posix), pattern) or fnmatch(posix.name, pattern) or posix.match(pattern):
            return True
    return False


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


def _real(path: str) -> str:
    """The file a path names, links followed; never fails (a looping link names itself)."""
    return os.path.realpath(path)


def _through_link(path: str, pattern: str) -> bool:
    """True when a ``**`` match was reached through a symbolically linked folder.

    ``glob`` follows links to folders while expanding ``**``: a link to ``/`` or to its own
    parent would bring in files from anywhere, or loop. Folders the pattern names literally
    (before its first wildcard) may be links.
    """
    if "**" not in pattern:
        return False
    fixed = 0
    for part in Path(pattern).parts:
        if _MAGIC & set(part):
            break
        fixed += 1
    parents = Path(path).parts[:-1]
    return any(os.path.islink(os.path.join(*parents[: i + 1])) for i in range(fixed, len(parents)))


def expand(args: Sequence[str], exclude: Sequence[str] = (), skip: Iterable[str] = ()) -> list[str]:
    """The plan files to check, in a deterministic order, each once.

    Arguments keep their order; a folder contributes its YAML files sorted by path, a glob its
    matches sorted. ``skip`` names files (waiver and configuration files) never taken from a
    folder or a glob. A glob that matches nothing is a usage error.
    """
    skipped = {_real(s) for s in skip}
    out: list[str] = []
    seen: set[str] = set()

    def add(path: str, explicit: bool) -> None:
        key = path if path == "-" else _real(path)
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
                if Path(path).is_file() and not _through_link(path, arg):
                    add(path, False)
        else:
            _refuse_loop(arg)
            add(arg, True)
    return out


def _refuse_loop(path: str) -> None:
    """A symbolic link that loops is a usage error naming it (not a crash resolving it)."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UsageError([problem(path, "file.link_loop")]) from None
