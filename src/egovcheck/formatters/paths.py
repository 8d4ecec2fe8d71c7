"""File names as code-scanning tools want them: relative to the repository's root."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from egovcheck.formatters import RenderOptions

# Names that are no file on disk: kept as they are.
_NOT_FILES = ("", "-", "<stdin>")


def repository_root(start: Path | None = None) -> Path:
    """The nearest folder holding ``.git`` at or above ``start`` (the working folder), else it."""
    here = Path(os.path.abspath(start or os.getcwd()))
    for folder in [here, *here.parents]:
        if (folder / ".git").exists():
            return folder
    return here


def base_dir(options: RenderOptions) -> Path:
    """``--base-dir``, else the repository's root above the working folder, absolute."""
    if options.base_dir is not None:
        return Path(os.path.abspath(options.base_dir))
    return repository_root()


def relative(file: str, base: Path) -> str | None:
    """``file`` as a POSIX path relative to ``base``, or None when it lies outside it.

    Absolute paths, ``../`` and ``./`` all give the same answer; a path through a symbolic
    link is tried as written, then with links resolved.
    """
    if file in _NOT_FILES:
        return file
    for path, root in (
        (os.path.abspath(file), str(base)),
        (os.path.realpath(file), os.path.realpath(base)),
    ):
        try:
            rel = os.path.relpath(path, root)
        except ValueError:  # another drive (Windows)
            continue
        if rel != os.pardir and not rel.startswith(os.pardir + os.sep):
            return Path(rel).as_posix()
    return None


def shown(file: str, options: RenderOptions) -> str:
    """The file relative to the base folder, else its absolute path (outside it)."""
    rel = relative(file, base_dir(options))
    return rel if rel is not None else Path(os.path.abspath(file)).as_posix()
