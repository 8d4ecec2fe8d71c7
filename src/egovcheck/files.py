"""The files of a run: egovcheck never writes over one of the files it reads."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from egovcheck.errors import UsageError, problem


def _real(path: Path | str) -> Path:
    """The absolute path with links followed; never fails (a looping link names itself).

    ``Path.resolve`` raises ``RuntimeError`` on a loop on Python before 3.13, ``OSError`` after:
    ``os.path.realpath`` does neither.
    """
    return Path(os.path.realpath(os.path.abspath(path)))


def _same(a: Path, b: Path) -> bool:
    """True when two paths name one file (links and hard links included)."""
    try:
        return _real(a) == _real(b) or (a.exists() and b.exists() and a.samefile(b))
    except (OSError, RuntimeError, ValueError):
        return False


def _refuse_loop(target: Path | str) -> None:
    """An output path that is a looping symbolic link is a usage error naming it."""
    try:
        os.stat(target)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UsageError([problem(str(target), "file.link_loop")]) from None
    except ValueError:  # a NUL in the name: the write reports it
        pass


def refuse_overwriting(
    targets: Iterable[Path | str | None],
    inputs: Iterable[Path | str],
    folders: Sequence[Path | str] = (),
) -> None:
    """Refuse an output that is one of the run's inputs, or lies inside an input folder.

    ``inputs`` are every file the run reads (plans, a parent plan, the configuration, waiver
    files, an extracted text); ``folders`` are folders it reads from (``--baselines``). ``-``
    (standard input or output) is never a file.
    """
    read = [Path(p) for p in inputs if str(p) != "-"]
    trees = [_real(f) for f in folders]
    for target in targets:
        if target is None or str(target) == "-":
            continue
        _refuse_loop(target)
        out = Path(target)
        hit = next((p for p in read if _same(out, p)), None)
        if hit is not None:
            raise UsageError([problem(str(target), "file.would_overwrite", target=str(hit))])
        full = _real(out)
        inside = next((t for t in trees if full == t or t in full.parents), None)
        if inside is not None:
            raise UsageError([problem(str(target), "file.would_write_into", folder=str(inside))])
