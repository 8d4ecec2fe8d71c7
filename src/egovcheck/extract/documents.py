"""Reading a plan's document: .txt/.md (UTF-8 or UTF-16), .docx and .pdf, as NFC text."""

from __future__ import annotations

import importlib
import unicodedata
from pathlib import Path
from typing import Any

from egovcheck.errors import UsageError, msg, problem

EXTRA = "egovcheck[extract]"


def optional(module: str, package: str, path: str) -> Any:
    """Import an optional library, or say which extra installs it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise UsageError(
            [
                problem(
                    path,
                    "extract.needs_package",
                    package=package,
                    extra=EXTRA,
                )
            ]
        ) from None


def read_document(path: str) -> str:
    """Read a .txt/.md (UTF-8), .docx or .pdf file as NFC text."""
    suffix = Path(path).suffix.lower()
    if not Path(path).is_file():
        raise UsageError([problem(path, "file.not_regular")])
    try:
        if suffix == ".docx":
            docx = optional("docx", "python-docx", path)
            document = docx.Document(path)
            parts = [p.text for p in document.paragraphs]
            for table in document.tables:
                for row in table.rows:
                    parts.append(" | ".join(cell.text for cell in row.cells))
            text = "\n".join(parts)
        elif suffix == ".pdf":
            pypdf = optional("pypdf", "pypdf", path)
            reader = pypdf.PdfReader(path)
            text = "\n".join((page.extract_text() or "") for page in reader.pages)
        else:
            raw = Path(path).read_bytes()
            if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                text = raw.decode("utf-16")
            else:
                text = raw.decode("utf-8-sig")
    except UsageError:
        raise
    except UnicodeDecodeError:
        raise UsageError([problem(path, "file.cannot_read", reason=msg("file.not_utf8"))]) from None
    except OSError as exc:
        raise UsageError(
            [problem(path, "file.cannot_read", reason=exc.strerror or str(exc))]
        ) from None
    except Exception as exc:  # a broken .docx/.pdf: the libraries raise many kinds
        raise UsageError(
            [problem(path, "file.cannot_read", reason=f"{type(exc).__name__}: {exc}")]
        ) from None
    return unicodedata.normalize("NFC", text)
