"""Build the indicator classifier: ``python -m egovcheck.extract.train [CORPUS_DIR ...]``.

Examples: every catalogue indicator's Vietnamese name and aliases, and each labelled value's
phrase in the given corpus folders (default ``tests/extract/corpus/dev``); the "none" class is
the corpus' local targets and a few generic non-indicator phrases. Writes ``model.json`` beside
this module (deterministic: the same inputs give the same bytes).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from egovcheck.baselines import bundled
from egovcheck.extract.classifier import NONE, Classifier
from egovcheck.models import Catalogue

MODEL = Path(__file__).with_name("model.json")
DEFAULT_CORPUS = Path("tests/extract/corpus/dev")

# Shares plans state that no catalogue indicator counts (docs/annotation.md, "What is a target").
NONE_PHRASES = (
    "tốc độ tăng trưởng kinh tế",
    "tỷ lệ hộ nghèo",
    "giải ngân vốn đầu tư công",
    "tỷ trọng kinh tế số trong GRDP",
    "doanh thu bưu chính viễn thông",
    "hộ gia đình có đường truyền cáp quang",
    "thanh toán không dùng tiền mặt",
    "doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
    "máy tính được trang bị phần mềm diệt virus",
    "dân số trưởng thành có điện thoại thông minh",
    "người dân có tài khoản thanh toán điện tử",
    "cán bộ, công chức được đào tạo, bồi dưỡng kỹ năng số",
    "tin bài đăng trên cổng thông tin điện tử",
    "hệ thống giám sát an toàn thông tin",
)


def catalogue_examples(catalogue: Catalogue) -> Iterator[tuple[str, str]]:
    """The catalogue's names and aliases, each as an example of its indicator."""
    for key, indicator in catalogue.indicators.items():
        yield indicator.name.vi, key
        for alias in indicator.aliases:
            yield alias, key


def corpus_examples(folders: Iterable[Path], skip: str | None = None) -> Iterator[tuple[str, str]]:
    """Labelled phrases of corpus folders (a text named ``skip`` left out)."""
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")):
            if path.stem == skip:
                continue
            spec: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for section in ("targets", "actuals"):
                for item in spec.get(section) or []:
                    if item.get("phrase"):
                        yield str(item["phrase"]), str(item["key"]).split(".", 1)[0]
            for item in spec.get("local_targets") or []:
                if item.get("phrase"):
                    yield str(item["phrase"]), NONE


def build(catalogue: Catalogue, folders: Iterable[Path], skip: str | None = None) -> Classifier:
    """Train the classifier on the catalogue, the corpus folders and the generic none phrases."""
    examples = list(catalogue_examples(catalogue))
    examples += list(corpus_examples(folders, skip))
    examples += [(phrase, NONE) for phrase in NONE_PHRASES]
    return Classifier.train(examples)


def main(argv: list[str] | None = None) -> int:
    """Train on the given corpus folders and write model.json."""
    args = sys.argv[1:] if argv is None else argv
    folders = [Path(a) for a in args] or [DEFAULT_CORPUS]
    for folder in folders:
        if not folder.is_dir():
            print(f"not a folder: {folder}", file=sys.stderr)
            return 2
    model = build(bundled().catalogue, folders)
    MODEL.write_text(model.to_json(), encoding="utf-8")
    print(f"wrote {MODEL} ({len(model.priors)} classes, {model.vocabulary} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
