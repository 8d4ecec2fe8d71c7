"""Configuration: `.egovcheck.yaml` or `[tool.egovcheck]`, found by walking up, with origins."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from egovcheck.errors import Msg, Problem, UsageError, msg, problem

if TYPE_CHECKING:
    from egovcheck.yamlfile import Located

CONFIG_NAMES = (".egovcheck.yaml", ".egovcheck.yml")
CheckSetting = Literal["enable", "disable", "error", "warning", "note"]


class Settings(BaseModel):
    """What a configuration file may set; an unknown key is an error."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    programmes: list[str] | None = Field(
        default=None, description="Judge every plan by these programme ids"
    )
    fail_on: Literal["error", "warning", "note", "never"] | None = None
    lang: Literal["vi", "en"] | None = None
    waivers: list[str] = Field(default_factory=list, description="Waiver files")
    checks: dict[str, CheckSetting] = Field(
        default_factory=dict, description="code, name or group -> enable | disable | severity"
    )
    select: list[str] | None = None
    ignore: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list, description="Globs of files to skip")


@dataclass
class Config:
    """The effective configuration and, for each key set, where it was set."""

    settings: Settings = field(default_factory=Settings)
    file: Path | None = None
    origin: dict[str, str] = field(default_factory=dict)
    located: Located | None = None
    prefix: str = ""

    def check_problems(self, known: Callable[[str], Msg | None]) -> list[Problem]:
        """Problems with the check names under ``checks:``, located in the file.

        ``known`` gives the message for a code, name or group that names no check, else None.
        """
        problems = []
        for token in self.settings.checks:
            message = known(token)
            if message is None:
                continue
            line, column = self.located.where(("checks", token)) if self.located else (None, None)
            problems.append(
                Problem(
                    str(self.file or ""),
                    message,
                    line=line,
                    column=column,
                    path=f"{self.prefix}checks.{token}",
                )
            )
        return problems

    def exclude_globs(self) -> list[str]:
        """The ``exclude`` globs, those naming a folder anchored at the configuration's folder.

        ``plans/drafts/*.yaml`` in ``/repo/.egovcheck.yaml`` is ``/repo/plans/drafts/*.yaml``
        whatever the working folder (``inputs.excluded`` matches an absolute glob against the
        absolute path); a glob without a slash (``*.draft.yaml``) names files in any folder.
        """
        if self.file is None:
            return list(self.settings.exclude)
        import glob

        folder = glob.escape(Path(os.path.abspath(self.file.parent)).as_posix()).rstrip("/")
        out = []
        for pattern in self.settings.exclude:
            posix = pattern.replace("\\", "/")
            if "/" not in posix.rstrip("/") or posix.startswith("/"):
                out.append(pattern)
            else:
                out.append(f"{folder}/{posix.removeprefix('./')}")
        return out

    def where(self, key: str) -> str:
        """``.egovcheck.yaml:3``, ``command line`` or ``default``."""
        return self.origin.get(key, "default")

    def resolve(self, path: str) -> str:
        """A path from the configuration, relative to the configuration file's folder.

        Given back relative to the working directory when it lies below it, as users wrote it.
        A configuration comes with the repository (and with a pull request), so it may name
        only files in its own folder or below: an absolute path, or one that ``..`` or a
        symbolic link takes out of the folder, is refused (give such a file on the command
        line instead).
        """
        if self.file is None:
            return path
        if Path(path).is_absolute() or Path(path).drive:
            raise UsageError([self._outside(path)])
        folder = self.file.parent
        full = folder / path
        try:
            full.resolve().relative_to(folder.resolve())
        except (ValueError, OSError, RuntimeError):
            raise UsageError([self._outside(path)]) from None
        try:
            return str(full.relative_to(Path.cwd().resolve()))
        except ValueError:
            return str(full)

    def _outside(self, path: str) -> Problem:
        """The problem of a path that leads out of the configuration's folder, at its line."""
        line = None
        if self.located is not None and isinstance(self.located.data, dict):
            waivers = self.located.data.get("waivers")
            if isinstance(waivers, list) and path in waivers:
                line = self.located.where(("waivers", waivers.index(path)))[0]
            else:
                line = self.located.where(("waivers",))[0]
        return Problem(
            str(self.file),
            msg("config.path_outside", path=path),
            line=line,
            path=f"{self.prefix}waivers",
        )


def _search_top(start: Path) -> Path:
    """The last folder configuration discovery looks in, walking up from ``start``.

    The repository's root (the nearest folder holding ``.git``); without one, the home folder
    when ``start`` is below it; else ``start`` alone. A ``.egovcheck.yaml`` planted higher up
    (in a shared temporary folder, say) must not configure the run.
    """
    for folder in [start, *start.parents]:
        if (folder / ".git").exists():
            return folder
    try:
        home = Path.home().resolve()
    except (RuntimeError, OSError, KeyError):
        return start
    if start == home or home in start.parents:
        return home
    return start


def find(start: Path) -> Path | None:
    """The nearest ``.egovcheck.yaml`` or ``pyproject.toml`` with ``[tool.egovcheck]``.

    Walks up from ``start`` to the repository's root (see ``_search_top``). A
    ``pyproject.toml`` that cannot be read is an error naming it, not a file passed over.
    """
    top = _search_top(start)
    for folder in [start, *start.parents]:
        for name in CONFIG_NAMES:
            # Not only regular files: a pipe or a looping link there is refused when read.
            if os.path.lexists(folder / name):
                return folder / name
        pyproject = folder / "pyproject.toml"
        if os.path.lexists(pyproject) and "egovcheck" in _toml(pyproject).get("tool", {}):
            return pyproject
        if folder == top:
            break
    return None


def _toml(path: Path) -> dict[str, Any]:
    """A ``pyproject.toml`` as data; unreadable, too large, broken or too deep: a UsageError."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    from egovcheck.errors import PlanError
    from egovcheck.yamlfile import read_bytes

    name = str(path)
    try:
        data: dict[str, Any] = tomllib.loads(read_bytes(name).decode("utf-8"))
    except PlanError as exc:
        raise UsageError(exc.problems) from None
    except UnicodeDecodeError:
        raise UsageError([problem(name, "file.not_utf8")]) from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError([problem(name, "config.toml", reason=str(exc))]) from None
    except RecursionError:
        raise UsageError([problem(name, "config.too_deep")]) from None
    return data


def load(path: Path) -> Config:
    """Read one configuration file (YAML, or a pyproject's ``[tool.egovcheck]``)."""
    from pydantic import ValidationError

    from egovcheck.yamlfile import Located, decode, parse_yaml, read_bytes, validation_problems

    name = str(path)
    if path.name == "pyproject.toml":
        data = _toml(path).get("tool", {}).get("egovcheck", {})
        located = Located(data)
        prefix = "tool.egovcheck."
    else:
        located = parse_yaml(decode(read_bytes(name), name), name)
        data = located.data if located.data is not None else {}
        prefix = ""
    if not isinstance(data, dict):
        raise UsageError([problem(name, "config.not_mapping")])
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        fields = list(Settings.model_fields)
        problems = validation_problems(
            exc, name, located, allowed=lambda loc: fields, noun="setting", prefix=prefix
        )
        raise UsageError(problems) from None
    return Config(settings, path, _origins(data, located, path), located, prefix)


def _origins(data: dict[str, Any], located: Located, path: Path) -> dict[str, str]:
    out = {}
    for key, value in data.items():
        line = located.where((key,))[0]
        where = f"{path.name}:{line}" if line else f"{path.name} [tool.egovcheck]"
        out[key] = where
        if key == "checks" and isinstance(value, dict):
            for token in value:
                sub = located.where((key, token))[0]
                out[f"checks.{token}"] = f"{path.name}:{sub}" if sub else where
    return out


def discover(explicit: Path | None, cwd: Path | None = None) -> Config:
    """The configuration in force: ``--config FILE``, else the nearest one, else defaults."""
    if explicit is not None:
        if not explicit.is_file():
            raise UsageError([problem(str(explicit), "config.missing")])
        return load(explicit)
    found = find((cwd or Path.cwd()).resolve())
    return load(found) if found else Config()
