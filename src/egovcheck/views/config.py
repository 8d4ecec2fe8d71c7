"""``egovcheck config``: the effective settings and where each came from."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from egovcheck.messages import text

if TYPE_CHECKING:
    from egovcheck.config import Config


def _rows(cfg: Config, lang: str) -> list[tuple[str, Any, str]]:
    defaults = {
        "fail_on": "error",
        "lang": text("cli.config.default_lang", lang),
        "programmes": text("cli.config.default_programmes", lang),
    }
    rows: list[tuple[str, Any, str]] = []
    for key, value in cfg.settings.model_dump().items():
        if key == "checks":
            for token, setting in value.items():
                rows.append((f"checks.{token}", setting, cfg.where(f"checks.{token}")))
            if not value:
                rows.append(("checks", text("cli.config.default_checks", lang), "default"))
            continue
        shown = value if value not in (None, []) else defaults.get(key, value)
        rows.append((key, shown, cfg.where(key)))
    return rows


def render_json(cfg: Config) -> str:
    """The file, the settings and the origin of each, as JSON."""
    values = cfg.settings.model_dump()
    data = {
        "file": str(cfg.file) if cfg.file else None,
        "settings": values,
        "origin": {k: cfg.where(k) for k in values}
        | {f"checks.{t}": cfg.where(f"checks.{t}") for t in values["checks"]},
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_table(cfg: Config, lang: str) -> str:
    """The configuration file's name, then one row per setting: value and origin."""
    from tabulate import tabulate

    head = (
        text("cli.config.file", lang, file=str(cfg.file))
        if cfg.file
        else text("cli.config.no_file", lang)
    )
    table = tabulate(
        [
            (k, json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v, w)
            for k, v, w in _rows(cfg, lang)
        ],
        headers=[text(f"cli.config.{c}", lang) for c in ("setting", "value", "from")],
        tablefmt="simple",
        disable_numparse=True,
    )
    return f"{head}\n{table}\n"
