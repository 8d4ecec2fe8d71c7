"""The HTML report in a real browser: headless Chromium loads it, draws every chart, logs nothing.

Skipped when Chromium is not installed, unless ``CI`` is set: then it fails, so CI cannot
pass without running it. Saves screenshots to ``test-artifacts/`` at the repository root.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT

try:
    import jinja2  # noqa: F401
    import matplotlib  # noqa: F401
except ImportError:
    if os.environ.get("CI"):
        raise  # CI installs the report extra: a missing library is a failure there
    pytest.skip("the report extra is not installed", allow_module_level=True)

ARTIFACTS = ROOT / "test-artifacts"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    # Any attempt to reach the network fails: the report must not need it.
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--enable-logging=stderr",
    "--v=0",
]
# Chromium logs every console message (console.error included) as an INFO:CONSOLE line.
CONSOLE = re.compile(r":CONSOLE[:(]\d*\)?\]?\s*(.*)")


def _chromium() -> str:
    for name in (os.environ.get("EGOVCHECK_CHROMIUM"), *BROWSERS):
        if name and (found := shutil.which(name)):
            return found
    if os.environ.get("CI"):
        pytest.fail(
            "CI is set but Chromium is not installed: the HTML report's browser test must run "
            "in CI (apt-get install chromium, or set EGOVCHECK_CHROMIUM)"
        )
    pytest.skip("Chromium is not installed (apt-get install chromium); CI=1 makes this fail")


@pytest.fixture(scope="module")
def chromium() -> str:
    return _chromium()


def browse(browser: str, url: str, profile: Path, *extra: str) -> tuple[str, list[str]]:
    """Load a page; return the DOM (with --dump-dom) and the console lines Chromium logged."""
    done = subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", *extra, url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    console = [m.group(0) for line in done.stderr.splitlines() if (m := CONSOLE.search(line))]
    return done.stdout, console


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str]]:
    """The examples' report (with the illustrative progress reports), and its chart ids."""
    from typer.testing import CliRunner

    from egovcheck.baselines import bundled
    from egovcheck.cli.app import app
    from egovcheck.report.formats.charts import chart_id
    from egovcheck.report.run import collect

    paths = sorted(str(p) for p in EXAMPLES.glob("*.yaml"))
    paths += sorted(str(p) for p in (EXAMPLES / "progress").glob("*.yaml"))
    out = tmp_path_factory.mktemp("html") / "report.html"
    args = ["report", *paths, "-f", "html", "-o", str(out), "--lang", "vi", "--as-of", "2024-01-01"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    data = collect(paths, bundled(), as_of=date(2024, 1, 1), lang="vi")
    return out, {chart_id(k) for k in data.series}


def test_console_probe_is_detected(chromium: str, tmp_path: Path) -> None:
    # The check below is only worth something if a console error is seen at all.
    probe = tmp_path / "probe.html"
    probe.write_text('<p>x</p><script>console.error("egovcheck-probe")</script>', "utf-8")
    _dom, console = browse(chromium, probe.as_uri(), tmp_path / "profile", "--dump-dom")
    assert any("egovcheck-probe" in line for line in console), console


def test_report_loads_with_every_chart_and_no_console_message(
    chromium: str, page: tuple[Path, set[str]], tmp_path: Path
) -> None:
    path, ids = page
    dom, console = browse(chromium, path.as_uri(), tmp_path / "profile", "--dump-dom")
    assert console == []
    assert "<h1>" in dom
    charts = re.findall(r'<svg\b[^>]*\bclass="egov-chart"[^>]*>', dom)
    found = {m.group(1) for c in charts if (m := re.search(r'\bid="([^"]+)"', c))}
    assert found == ids
    assert len(charts) == len(ids) >= 5
    assert "docs_interagency_electronic" in dom
    assert "UBND tỉnh Hòa Bình" in dom
    assert not re.search(r'(src|href)="(https?:)?//', dom)


def test_screenshots(chromium: str, page: tuple[Path, set[str]], tmp_path: Path) -> None:
    path, _ids = page
    ARTIFACTS.mkdir(exist_ok=True)
    # Headless Chromium paints only the top of a page: for the charts, the same page with
    # the summary and the table hidden.
    charts = tmp_path / "charts.html"
    charts.write_text(
        path.read_text("utf-8").replace(
            "</head>", "<style>#summary, #table { display: none; }</style></head>", 1
        ),
        "utf-8",
    )
    shots = {
        ARTIFACTS / "report.png": path.as_uri(),
        ARTIFACTS / "report-charts.png": charts.as_uri(),
    }
    for target, url in shots.items():
        target.unlink(missing_ok=True)
        _dom, console = browse(
            chromium,
            url,
            tmp_path / f"profile-{target.stem}",
            f"--screenshot={target}",
            "--window-size=1400,2200",
        )
        assert console == []
        assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert target.stat().st_size > 20_000
