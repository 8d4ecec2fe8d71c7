"""``egovcheck config``: the effective configuration."""

from __future__ import annotations

from egovcheck.cli import common as o


def show_config(
    config: o.ConfigOption = None,
    fmt: o.ShowFormatOption = o.ShowFormat.TABLE,
    lang: o.LangOption = None,
) -> None:
    """Print the effective configuration and where each value came from."""
    with o.handled(o.lang_of(lang)) as session:
        from egovcheck import config as configuration
        from egovcheck.views import config as view

        cfg = configuration.discover(config)
        json_ = fmt is o.ShowFormat.JSON
        o.out(view.render_json(cfg) if json_ else view.render_table(cfg, session.lang))
