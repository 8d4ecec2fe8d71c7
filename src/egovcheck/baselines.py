"""Bundled national programmes and the indicator catalogue: located, validated, indexed."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from egovcheck.errors import BaselineError, Msg, PlanError, Problem, msg, problem

if TYPE_CHECKING:
    from pydantic import BaseModel

    from egovcheck.models import Catalogue, Programme
    from egovcheck.yamlfile import Located

    M = TypeVar("M", bound=BaseModel)


def data_dir() -> Path:
    """Return the folder holding ``indicators.yaml`` and ``programmes/``.

    In a wheel the data sits inside the package (``egovcheck/_baselines``); in a source
    checkout (editable install) it is the top-level ``baselines/`` folder.
    """
    from importlib.resources import files

    packaged = Path(str(files("egovcheck"))) / "_baselines"
    if (packaged / "indicators.yaml").is_file():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "baselines"
    if (checkout / "indicators.yaml").is_file():
        return checkout
    raise BaselineError(msg("baselines.missing", packaged=str(packaged), checkout=str(checkout)))


@dataclass
class Baselines:
    """The catalogue and the programmes, with a checksum of the data they were read from."""

    catalogue: Catalogue
    programmes: dict[str, Programme]
    checksum: str = ""
    sources: dict[str, str] = field(default_factory=dict)

    def applicable(self, adopted: date, first_year: int) -> list[Programme]:
        """Programmes a plan is judged by (fact sheet, "Programmes").

        A programme applies when it was issued before the plan was adopted, whatever its
        period: its targets due in or after the plan's first year are the plan's next targets,
        those due earlier its floors (a 2026 plan is still held to 749's 2025 values).
        ``first_year`` is kept for callers; it no longer drops ended programmes.
        """
        del first_year
        return [p for p in self.ordered() if p.issued < adopted]

    def last_deadline(self) -> int | None:
        """The latest deadline of any national target shipped: the data's horizon."""
        return max((t.deadline for p in self.programmes.values() for t in p.targets), default=None)

    def ordered(self) -> list[Programme]:
        """Programmes by date of issue."""
        return sorted(self.programmes.values(), key=lambda p: (p.issued, p.id))

    def get(self, ids: Sequence[str]) -> list[Programme]:
        """Programmes by id, in date order; an unknown id is a usage error with a hint."""
        from egovcheck.errors import UsageError
        from egovcheck.yamlfile import suggest

        unknown = [i for i in ids if i not in self.programmes]
        if unknown:
            raise UsageError(
                msg(
                    "cli.unknown_programme",
                    name=unknown[0],
                    suggestion=suggest(unknown[0], self.programmes),
                    known=sorted(self.programmes),
                )
            )
        return [p for p in self.ordered() if p.id in ids]


def _read_yaml(path: Path, name: str, strict: bool = True) -> tuple[Located, bytes]:
    """Parse a baseline file; ``strict=False`` (bundled files) marks lines only on error.

    The bundled files are checked strictly by the test suite; reading them without building
    line marks saves most of the start-up cost, and the marks are built if a problem is found.
    """
    from egovcheck.yamlfile import Located, decode, parse_yaml, read_bytes

    try:
        # Regular files only, size-limited as plans are: a pipe named x.yaml would block.
        raw = read_bytes(str(path))
    except PlanError as exc:
        raise BaselineError([replace(p, file=name) for p in exc.problems]) from None
    try:
        text = decode(raw, name)
        if strict:
            return parse_yaml(text, name), raw
        import yaml

        fast = Located(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))

        def where(keys: Iterable[str | int]) -> tuple[int | None, int | None]:
            return parse_yaml(text, name).where(keys)

        fast.where = where  # type: ignore[method-assign,assignment]
        return fast, raw
    except PlanError as exc:
        raise BaselineError(exc.problems) from None
    except Exception:  # any parse failure of the fast reader: report it with the strict one
        try:
            parse_yaml(decode(raw, name), name)
        except PlanError as exc:
            raise BaselineError(exc.problems) from None
        raise


def _validate(model: type[M], located: Located, name: str) -> M:
    from pydantic import ValidationError

    from egovcheck.yamlfile import validation_problems

    try:
        return model.model_validate(located.data)
    except ValidationError as exc:
        raise BaselineError(validation_problems(exc, name, located)) from None


def load_programme(
    path: Path, name: str, catalogue: Catalogue, strict: bool = True
) -> tuple[Programme, bytes]:
    """Read and cross-check one programme file against the catalogue; errors name the line."""
    from egovcheck.models import SCOPES_FOR_LEVEL, Programme

    located, raw = _read_yaml(path, name, strict)
    programme = _validate(Programme, located, name)
    found: list[tuple[tuple[str | int, ...], str, Msg]] = []  # (where, key path, message)
    if programme.id != path.stem:
        found.append((("id",), "id", msg("baselines.id_file", id=programme.id)))
    for i, target in enumerate(programme.targets):
        at, where = ("targets", i), f"targets.{i}"
        indicator = catalogue.indicators.get(target.indicator_id)
        if indicator is None:
            found.append(
                (at, f"{where}.indicator", msg("plan.unknown_indicator", name=target.indicator_id))
            )
        elif target.scope is not None and target.scope not in indicator.scopes:
            found.append(
                (at, f"{where}.indicator", msg("baselines.unknown_scope", scope=target.scope))
            )
        elif target.scope is not None:
            # A scoped target can only bind plans whose level may set that scope.
            wrong = [lv for lv in target.applies if target.scope not in SCOPES_FOR_LEVEL[lv]]
            if wrong:
                found.append(
                    (
                        at,
                        f"{where}.applies",
                        msg("baselines.scope_levels", scope=target.scope, levels=wrong),
                    )
                )
        if indicator is not None and not 0 <= target.value <= 100:
            found.append((at, f"{where}.value", msg("plan.percent_range", got=f"{target.value:g}")))
    # Lines are looked up only for problems: it is what costs, for the bundled files.
    problems = [Problem(name, text, line=located.where(at)[0], path=key) for at, key, text in found]
    if problems:
        raise BaselineError(problems)
    return programme, raw


def load_dir(root: Path, strict: bool = True) -> Baselines:
    """Load and cross-check the catalogue and every programme file under ``root``."""
    from egovcheck.models import Catalogue

    digest = hashlib.sha256()
    cat_path = root / "indicators.yaml"
    if not cat_path.is_file():
        raise BaselineError([problem(str(cat_path), "baselines.no_catalogue")])
    located, raw = _read_yaml(cat_path, "baselines/indicators.yaml", strict)
    digest.update(b"indicators.yaml\0" + raw)
    catalogue = _validate(Catalogue, located, "baselines/indicators.yaml")
    programmes: dict[str, Programme] = {}
    sources: dict[str, str] = {}
    files = sorted((root / "programmes").glob("*.yaml"))
    if not files:
        raise BaselineError([problem(str(root / "programmes"), "baselines.no_programmes")])
    for path in files:
        name = f"baselines/programmes/{path.name}"
        programme, raw = load_programme(path, name, catalogue, strict)
        digest.update(path.name.encode() + b"\0" + raw)
        programmes[programme.id] = programme
        sources[programme.id] = name
    return Baselines(catalogue, programmes, digest.hexdigest(), sources)


def with_user_dirs(base: Baselines, dirs: Sequence[Path]) -> tuple[Baselines, list[Msg]]:
    """Add the programme files of ``--baselines`` folders; return notices of replaced ids.

    A folder holds ``programmes/*.yaml`` or ``*.yaml`` in the bundled format, validated like
    the bundled files. A user file whose id is a bundled one replaces it (a corrected number
    from the primary text, say); the checksum then covers the user files too.
    """
    if not dirs:
        return base, []
    digest = hashlib.sha256(base.checksum.encode())
    programmes = dict(base.programmes)
    sources = dict(base.sources)
    notices: list[Msg] = []
    for folder in dirs:
        if not folder.is_dir():
            raise BaselineError([problem(str(folder), "baselines.needs_folder")])
        files = sorted((folder / "programmes").glob("*.yaml")) or sorted(folder.glob("*.yaml"))
        files = [f for f in files if f.name != "indicators.yaml"]
        if not files:
            raise BaselineError([problem(str(folder), "baselines.empty_folder")])
        for path in files:
            programme, raw = load_programme(path, str(path), base.catalogue)
            digest.update(str(path).encode() + b"\0" + raw)
            if programme.id in programmes:
                notices.append(
                    msg(
                        "baselines.replaces",
                        path=str(path),
                        old=sources[programme.id],
                        id=programme.id,
                    )
                )
            programmes[programme.id] = programme
            sources[programme.id] = str(path)
    return Baselines(base.catalogue, programmes, digest.hexdigest(), sources), notices


def data_checksum(root: Path) -> str:
    """The checksum of a baselines folder's files, as ``load_dir`` computes it."""
    digest = hashlib.sha256()
    digest.update(b"indicators.yaml\0" + (root / "indicators.yaml").read_bytes())
    for path in sorted((root / "programmes").glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def cache_dir() -> Path | None:
    """Where the validated bundled baselines are kept between runs (None: no cache).

    ``EGOVCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/egovcheck``, else ``~/.cache/egovcheck``;
    ``EGOVCHECK_NO_CACHE=1`` turns the cache off.
    """
    import os

    if os.environ.get("EGOVCHECK_NO_CACHE"):
        return None
    explicit = os.environ.get("EGOVCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "egovcheck"


def _trusted(path: Path) -> bool:
    """A cache file is read only if this user owns it and nobody else may write it."""
    import os
    import stat

    try:
        info = path.lstat()
    except OSError:
        return False
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return stat.S_ISREG(info.st_mode) and mine and not info.st_mode & 0o022


def code_fingerprint() -> str:
    """What the cached objects depend on besides the data: the code that reads and builds them.

    The source of the modules defining their classes, of the YAML reader that turns the files
    into the data validated, and pydantic's version, so that a change of any between two
    releases (a checkout of the repository, an upgrade of pydantic) is never served a cache
    built by the old code.
    """
    import pydantic.version

    from egovcheck import models, yamlfile

    digest = hashlib.sha256(pydantic.version.VERSION.encode())
    for module_file in (models.__file__, yamlfile.__file__, __file__):
        digest.update(Path(module_file).read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def bundled() -> Baselines:
    """The baselines shipped with egovcheck (read once per process).

    Validating the programmes costs most of a start; the validated data are kept in a cache
    file named by egovcheck's version, the data's checksum and ``code_fingerprint``, so a change
    of the data or of the code is never served stale, and any unreadable cache is ignored and
    rebuilt.
    """
    import pickle

    from egovcheck import __version__

    root = data_dir()
    folder = cache_dir()
    if folder is None:
        return load_dir(root, strict=False)
    checksum = data_checksum(root)
    path = folder / f"baselines-{__version__}-{checksum[:32]}-{code_fingerprint()}.pickle"
    if _trusted(path):
        try:
            cached = pickle.loads(path.read_bytes())  # this user's own file, checked above
        except Exception:  # a truncated or foreign file: rebuild it
            cached = None
        if isinstance(cached, Baselines) and cached.checksum == checksum:
            return cached
    baselines = load_dir(root, strict=False)
    _write_cache(path, pickle.dumps(baselines))
    return baselines


def _write_cache(path: Path, data: bytes) -> None:
    """Write the cache atomically, private to this user; a read-only home is no error."""
    import os
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=".baselines.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)
    except OSError:
        pass
