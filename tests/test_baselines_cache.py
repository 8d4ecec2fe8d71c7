"""The start-up cache of the bundled baselines: used when current, rebuilt when the data change."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from egovcheck import baselines as bl


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled data as the data folder, and an empty cache folder."""
    data = tmp_path / "data"
    shutil.copytree(bl.data_dir(), data)
    cache = tmp_path / "cache"
    monkeypatch.setattr(bl, "data_dir", lambda: data)
    monkeypatch.setenv("EGOVCHECK_CACHE_DIR", str(cache))
    bl.bundled.cache_clear()
    yield data
    bl.bundled.cache_clear()


def _cache_files(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    folder = bl.cache_dir()
    assert folder is not None
    return sorted(folder.glob("baselines-*.pickle"))


def test_second_start_reads_the_cache_without_validating(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = bl.bundled()
    assert len(_cache_files(monkeypatch)) == 1
    bl.bundled.cache_clear()

    def refuse(*args: object, **kwargs: object) -> bl.Baselines:
        raise AssertionError("the data were validated again")

    monkeypatch.setattr(bl, "load_dir", refuse)
    second = bl.bundled()
    assert second.checksum == first.checksum
    assert second.programmes == first.programmes
    assert second.catalogue == first.catalogue


def test_changed_data_are_never_served_stale(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = bl.bundled()
    path = fresh / "programmes" / "qd-1819-2015.yaml"
    path.write_text(path.read_text("utf-8").replace("(not seen)", "(not yet seen)"), "utf-8")
    bl.bundled.cache_clear()
    after = bl.bundled()
    assert after.checksum != before.checksum
    assert after.checksum == bl.load_dir(fresh).checksum
    locations = {t.location for t in after.programmes["qd-1819-2015"].targets}
    assert any("(not yet seen)" in loc for loc in locations)
    assert len(_cache_files(monkeypatch)) == 2


def test_a_broken_or_foreign_cache_file_is_rebuilt(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = bl.bundled()
    (cached,) = _cache_files(monkeypatch)
    cached.write_bytes(b"not a pickle")
    bl.bundled.cache_clear()
    assert bl.bundled().checksum == expected.checksum
    # a file others may write is never unpickled, even a well-formed one
    import pickle
    from dataclasses import replace

    tampered = replace(expected, programmes={})
    cached.write_bytes(pickle.dumps(tampered))
    os.chmod(cached, 0o666)
    bl.bundled.cache_clear()
    assert bl.bundled().programmes == expected.programmes


def test_the_cache_can_be_turned_off(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EGOVCHECK_NO_CACHE", "1")
    assert bl.cache_dir() is None
    assert bl.bundled().checksum == bl.load_dir(fresh).checksum


def test_an_unwritable_cache_folder_is_no_error(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    monkeypatch.setenv("EGOVCHECK_CACHE_DIR", str(blocker / "sub"))
    assert bl.bundled().checksum == bl.load_dir(fresh).checksum


def test_changed_model_code_is_never_served_stale(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checkout whose models changed (same version, same data) gets a cache of its own."""
    bl.bundled()
    bl.bundled.cache_clear()
    monkeypatch.setattr(bl, "code_fingerprint", lambda: "0" * 16)

    def validated(root: Path, strict: bool = True) -> bl.Baselines:
        calls.append(root)
        return load(root, strict=strict)

    calls: list[Path] = []
    load = bl.load_dir
    monkeypatch.setattr(bl, "load_dir", validated)
    bl.bundled()
    assert calls == [fresh]
    assert len(_cache_files(monkeypatch)) == 2


def test_the_code_fingerprint_follows_the_model_source(monkeypatch: pytest.MonkeyPatch) -> None:
    before = bl.code_fingerprint()
    assert before == bl.code_fingerprint()
    real = Path.read_bytes

    def edited(self: Path) -> bytes:
        data = real(self)
        return data + b"# edited" if self.name == "models.py" else data

    monkeypatch.setattr(Path, "read_bytes", edited)
    assert bl.code_fingerprint() != before


@pytest.mark.parametrize("module", ["models.py", "baselines.py", "yamlfile.py"])
def test_the_code_fingerprint_follows_the_code_that_builds_the_cache(
    module: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The cached programmes are what load_dir builds: the YAML reading (yamlfile.py: NFC,
    # keys stripped, years read) shapes them as much as the classes do.
    before = bl.code_fingerprint()
    real = Path.read_bytes

    def edited(self: Path) -> bytes:
        data = real(self)
        return data + b"# edited" if self.name == module else data

    monkeypatch.setattr(Path, "read_bytes", edited)
    assert bl.code_fingerprint() != before
