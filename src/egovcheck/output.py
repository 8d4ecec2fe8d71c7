"""Write report files atomically: a temporary file beside the target, then a rename."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from egovcheck.errors import UsageError, problem


def _mode_for(target: Path) -> int:
    """The existing file's permissions, else what the umask allows for a new file."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` so that readers see the old file or the whole new one."""
    write_bytes_atomic(path, text.encode("utf-8", "surrogateescape"))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``: a temporary file beside it, then a rename.

    A symbolic link is followed (the file it points to is replaced); a device, pipe or other
    special file is written in place, since it cannot be replaced by a rename; an existing
    file keeps its permissions.
    """
    target = Path(os.path.realpath(path))
    try:
        special = target.exists() and not target.is_file()
    except OSError:
        special = False
    if special:
        try:
            with open(target, "wb") as fh:
                fh.write(data)
        except OSError as exc:
            raise UsageError(
                [problem(str(path), "file.cannot_write", reason=exc.strerror or str(exc))]
            ) from None
        return
    mode = _mode_for(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise UsageError(
            [problem(str(path), "file.cannot_write", reason=exc.strerror or str(exc))]
        ) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UsageError(
            [problem(str(path), "file.cannot_write", reason=exc.strerror or str(exc))]
        ) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
