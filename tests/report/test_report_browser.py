"""The HTML report in a real browser: headless Chromium loads it, draws every chart, logs nothing.

Skipped when Chromium is not installed, unless ``CI`` is set: then it fails, so CI cannot
pass without running it. Saves screenshots of each part of the page at 1,200 and 1,920 px to
``test-artifacts/`` at the repository root, and measures the layout in the page (nothing
wider than the window).
"""

from __future__ import annotations

import html
import json
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


# Measured in the page at load, written into it as JSON for --dump-dom to carry out.
PROBE = """<script>
{
const topOf = (el) => el ? el.getBoundingClientRect().top + scrollY : null;
const wide = [...document.querySelectorAll("body *")]
  .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
  .map((el) => el.tagName + (el.id ? "#" + el.id : "") + "." + el.className);
const scrolled = [...document.querySelectorAll(".wide")]
  .filter((el) => el.scrollWidth > el.clientWidth + 1)
  .map((el) => (el.firstElementChild || el).id || "table");
const cut = [...document.querySelectorAll("td, th")]
  .filter((el) => el.scrollWidth > el.clientWidth + 1)
  .map((el) => el.textContent.slice(0, 40));
const probe = document.createElement("pre");
probe.id = "probe";
probe.textContent = JSON.stringify({
  page: document.documentElement.scrollWidth, viewport: innerWidth, wide, scrolled, cut,
  summary: topOf(document.getElementById("by-indicator")),
  chart: topOf(document.querySelector("svg.egov-chart")),
  table: topOf(document.getElementById("gap-table")),
});
document.body.append(probe);
}
</script>"""
WIDTHS = (1200, 1920)


@pytest.mark.parametrize("width", WIDTHS)
def test_layout_fits_the_viewport_with_the_summary_first(
    chromium: str, page: tuple[Path, set[str]], tmp_path: Path, width: int
) -> None:
    path, _ids = page
    probed = tmp_path / "probed.html"
    probed.write_text(path.read_text("utf-8").replace("</body>", PROBE + "</body>", 1), "utf-8")
    dom, console = browse(
        chromium, probed.as_uri(), tmp_path / "profile", "--dump-dom", f"--window-size={width},900"
    )
    assert console == []
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert found, dom[-2000:]
    probe = json.loads(html.unescape(found.group(1)))
    assert probe["viewport"] == width
    # Nothing wider than the window: no sideways scrolling of the page or of a table.
    assert probe["page"] <= probe["viewport"], probe["wide"]
    assert probe["wide"] == []
    assert probe["scrolled"] == []
    # Every cell's text wraps within it.
    assert probe["cut"] == []
    # What an auditor looks at first: the summary by indicator, then the charts, the table.
    assert probe["summary"] < probe["chart"] < probe["table"]


def test_screenshots(chromium: str, page: tuple[Path, set[str]], tmp_path: Path) -> None:
    """Each part of the page at 1,200 and 1,920 px, for a reader to look at."""
    path, _ids = page
    ARTIFACTS.mkdir(exist_ok=True)
    # Headless Chromium paints only the window: one copy of the page per part, the other
    # parts hidden, in a window tall enough for it.
    parts = {
        "report": ("", 2400),
        "report-summary": ("#charts, #table, #provenance", 2400),
        "report-charts": ("#summary, #table, #provenance", 6000),
        "report-table": ("header, #summary, #charts, #provenance", 2400),
    }
    source = path.read_text("utf-8")
    for name, (hidden, height) in parts.items():
        copy = tmp_path / f"{name}.html"
        style = f"<style>{hidden} {{ display: none; }}</style>" if hidden else ""
        copy.write_text(source.replace("</head>", style + "</head>", 1), "utf-8")
        for width in WIDTHS:
            target = ARTIFACTS / f"{name}-{width}.png"
            target.unlink(missing_ok=True)
            _dom, console = browse(
                chromium,
                copy.as_uri(),
                tmp_path / f"profile-{name}-{width}",
                f"--screenshot={target}",
                f"--window-size={width},{height}",
            )
            assert console == []
            assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            assert target.stat().st_size > 20_000
