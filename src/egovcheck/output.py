"""Write report files atomically: a temporary file beside the target, then a rename."""

from __future__ import annotations

import glob
import os
import signal
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType
from typing import Any

from egovcheck.errors import UsageError, problem

# A temporary file of a run killed before it could clean up (SIGKILL, a power cut) is removed by
# the next write to the same file once it is this old: a younger one may be another run's.
STALE_SECONDS = 10 * 60
# Temporary files being written by this process, removed if a signal ends it mid-write.
_PENDING: set[str] = set()
_SIGNALS = tuple(
    s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s is not None
)


def _mode_for(target: Path) -> int:
    """The existing file's permissions, else what the umask allows for a new file."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _on_signal(signum: int, frame: FrameType | None, previous: Any) -> None:
    """Remove this run's temporary files, then end as the signal would have."""
    for tmp in list(_PENDING):
        with suppress(OSError):
            os.unlink(tmp)
        _PENDING.discard(tmp)
    if callable(previous):
        previous(signum, frame)
        return
    signal.signal(signum, signal.SIG_DFL if previous is None else previous)
    if previous != signal.SIG_IGN:
        os.kill(os.getpid(), signum)


def _handler(previous: Any) -> Callable[[int, FrameType | None], None]:
    """A signal handler that cleans up, then hands the signal to ``previous``."""

    def handle(signum: int, frame: FrameType | None) -> None:
        _on_signal(signum, frame, previous)

    return handle


@contextmanager
def _cleaned_on_signal(tmp: str) -> Iterator[None]:
    """While the block runs, SIGTERM or SIGHUP removes ``tmp`` before the process ends."""
    _PENDING.add(tmp)
    installed: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for signum in _SIGNALS:
            try:
                previous = signal.getsignal(signum)
                signal.signal(signum, _handler(previous))
                installed[signum] = previous
            except (OSError, ValueError):  # pragma: no cover - not settable here
                pass
    try:
        yield
    finally:
        for signum, previous in installed.items():
            signal.signal(signum, previous)
        _PENDING.discard(tmp)


def remove_stale(target: Path, now: float | None = None) -> None:
    """Remove ``.NAME.*.tmp`` files beside ``target`` left by a run killed mid-write."""
    now = time.time() if now is None else now
    pattern = os.path.join(glob.escape(str(target.parent)), f".{glob.escape(target.name)}.*.tmp")
    for path in glob.glob(pattern):
        try:
            info = os.lstat(path)
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime > STALE_SECONDS:
                os.unlink(path)
        except OSError:
            pass


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` so that readers see the old file or the whole new one."""
    write_bytes_atomic(path, text.encode("utf-8", "surrogateescape"))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``: a temporary file beside it, then a rename.

    A symbolic link is followed (the file it points to is replaced); a device, pipe or other
    special file is written in place, since it cannot be replaced by a rename; an existing
    file keeps its permissions. The temporary file is removed on any error and on SIGTERM or
    SIGHUP; one left by a killed run is removed by a later write once it is stale.
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
    remove_stale(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise UsageError(
            [problem(str(path), "file.cannot_write", reason=exc.strerror or str(exc))]
        ) from None
    with _cleaned_on_signal(tmp):
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
