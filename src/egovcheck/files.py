"""The files of a run: egovcheck never writes over one of the files it reads."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from egovcheck.errors import UsageError, problem


def _same(a: Path, b: Path) -> bool:
    """True when two paths name one file (links and hard links included)."""
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


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
    trees = [Path(f).resolve() for f in folders]
    for target in targets:
        if target is None or str(target) == "-":
            continue
        out = Path(target)
        hit = next((p for p in read if _same(out, p)), None)
        if hit is not None:
            raise UsageError([problem(str(target), "file.would_overwrite", target=str(hit))])
        full = Path(os.path.abspath(out)).resolve()
        inside = next((t for t in trees if full == t or t in full.parents), None)
        if inside is not None:
            raise UsageError([problem(str(target), "file.would_write_into", folder=str(inside))])
