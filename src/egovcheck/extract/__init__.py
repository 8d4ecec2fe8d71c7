"""Draft a plan file from an article or plan text: find the numeric IT targets it sets."""

from __future__ import annotations

from egovcheck.extract.documents import read_document
from egovcheck.extract.draft import Draft, DraftLocal, DraftNumber, DraftTarget, render_draft
from egovcheck.extract.extractor import extract
from egovcheck.extract.text import fold

__all__: list[str] = [
    "Draft",
    "DraftLocal",
    "DraftNumber",
    "DraftTarget",
    "extract",
    "fold",
    "read_document",
    "render_draft",
]
