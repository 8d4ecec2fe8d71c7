"""Configuration: `.egovcheck.yaml` or `[tool.egovcheck]`, found by walking up, with origins."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from egovcheck.errors import Msg, Problem, UsageError, problem

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

    def where(self, key: str) -> str:
        """``.egovcheck.yaml:3``, ``command line`` or ``default``."""
        return self.origin.get(key, "default")

    def resolve(self, path: str) -> str:
        """A path from the configuration, relative to the configuration file's folder.

        Given back relative to the working directory when it lies below it, as users wrote it.
        """
        if self.file is None or Path(path).is_absolute():
            return path
        full = self.file.parent / path
        try:
            return str(full.relative_to(Path.cwd().resolve()))
        except ValueError:
            return str(full)


def find(start: Path) -> Path | None:
    """The nearest ``.egovcheck.yaml`` or ``pyproject.toml`` with ``[tool.egovcheck]``.

    Walks up from ``start``; stops after the first folder holding ``.git`` (the repository).
    """
    for folder in [start, *start.parents]:
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
        if (folder / ".git").exists():
            break
    return None


def _toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError([problem(str(path), "file.cannot_read", reason=str(exc))]) from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError([problem(str(path), "config.toml", reason=str(exc))]) from None
    return data


def _has_tool_table(path: Path) -> bool:
    try:
        return "egovcheck" in _toml(path).get("tool", {})
    except UsageError:
        return False


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
