"""Shared fixtures: the bundled baselines, a plan writer, a synthetic-programme builder."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from egovcheck.baselines import Baselines, bundled
from egovcheck.models import Programme

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The baselines cache of a test run is its own, never the user's ~/.cache."""
    saved = os.environ.get("EGOVCHECK_CACHE_DIR")
    os.environ["EGOVCHECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if saved is None:
        os.environ.pop("EGOVCHECK_CACHE_DIR", None)
    else:
        os.environ["EGOVCHECK_CACHE_DIR"] = saved


@pytest.fixture(autouse=True)
def _english_by_default(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests choose their language explicitly; the machine's LANG must not leak in."""
    # English unless a test asks otherwise, so assertions on messages are stable.
    monkeypatch.setenv("EGOVCHECK_LANG", "en")
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    yield
    os.environ.pop("EGOVCHECK_DEBUG", None)


@pytest.fixture(scope="session")
def baselines() -> Baselines:
    return bundled()


def plan_document(
    targets: dict[str, Any] | None = None,
    *,
    level: str = "province",
    period: str | int = "2016-2020",
    adopted: str | date | None = None,
    actuals: dict[str, Any] | None = None,
    issuer: str = "UBND tỉnh Thử nghiệm",
    waivers: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A plan file as data."""
    meta: dict[str, Any] = {
        "title": "Kế hoạch thử nghiệm",
        "issuer": issuer,
        "level": level,
        "period": period,
    }
    if adopted:
        meta["adopted"] = adopted if isinstance(adopted, date) else date.fromisoformat(adopted)
    doc: dict[str, Any] = {"plan": meta, "targets": targets or {}}
    if actuals:
        doc["actuals"] = actuals
    if waivers:
        doc["waivers"] = waivers
    return doc


@pytest.fixture
def write_plan(tmp_path: Path) -> Callable[..., Path]:
    """Write a plan document to a YAML file and return its path."""
    counter = iter(range(10_000))

    def write(doc: dict[str, Any], name: str | None = None) -> Path:
        path = tmp_path / (name or f"plan-{next(counter)}.yaml")
        path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), "utf-8")
        return path

    return write


def synthetic(
    targets: list[dict[str, Any]],
    *,
    pid: str = "qd-test-2000",
    issued: str = "2000-01-01",
    kind: str = "decision",
) -> Programme:
    """A programme built from minimal target rows (for cases that need exact numbers)."""
    rows = []
    for t in targets:
        row = {
            "qualifier": "equal",
            "applies": ["province", "district", "ministry"],
            "location": "Điều 1 (test)",
            "evidence": "secondary",
            "source": {"wording": "test wording", "refs": ["test"]},
            **t,
        }
        rows.append(row)
    return Programme.model_validate(
        {
            "schema_version": 1,
            "id": pid,
            "number": f"{pid.split('-')[1]}/QĐ-TTg",
            "kind": kind,
            "issued": issued,
            "issuer": "Thủ tướng Chính phủ",
            "title": {"vi": "Chương trình thử", "en": "Test programme"},
            "period": "2000-2030",
            "targets": rows,
        }
    )


def with_programmes(base: Baselines, programmes: list[Programme]) -> Baselines:
    """The bundled catalogue with only the given programmes."""
    return Baselines(base.catalogue, {p.id: p for p in programmes}, "test")
