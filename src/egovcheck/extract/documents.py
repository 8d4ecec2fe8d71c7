"""Reading a plan's document: .txt/.md (UTF-8 or UTF-16), .docx and .pdf, as NFC text."""

from __future__ import annotations

import importlib
import re
import unicodedata
import zipfile
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


# Bounds on what extract reads (README, "Limits"): a plan is a few MB at most.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # all members of a .docx, decompressed
MAX_MEMBERS = 2000  # members of a .docx
MAX_PDF_PAGES = 1000
_XML_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")


def read_document(path: str) -> str:
    """Read a .txt/.md (UTF-8 or UTF-16), .docx or .pdf file as NFC text, within the bounds."""
    suffix = Path(path).suffix.lower()
    if not Path(path).is_file():
        raise UsageError([problem(path, "file.not_regular")])
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise UsageError([problem(path, "extract.too_large", size=size, limit=MAX_FILE_BYTES)])
        with open(path, "rb") as fh:
            head = fh.read(1024)
        if suffix == ".docx":
            _check_docx(path, head)
            text = _read_docx(optional("docx", "python-docx", path), path)
        elif suffix == ".pdf":
            if b"%PDF-" not in head:
                raise UsageError([problem(path, "extract.not_pdf")])
            pypdf = optional("pypdf", "pypdf", path)
            reader = pypdf.PdfReader(path)
            pages = len(reader.pages)
            if pages > MAX_PDF_PAGES:
                raise UsageError(
                    [problem(path, "extract.too_many_pages", pages=pages, limit=MAX_PDF_PAGES)]
                )
            text = pdf_text([(page.extract_text() or "") for page in reader.pages])
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
    except RecursionError:
        raise UsageError([problem(path, "file.cannot_read", reason="RecursionError")]) from None
    except Exception as exc:  # a broken .docx/.pdf: the libraries raise many kinds
        raise UsageError(
            [problem(path, "file.cannot_read", reason=f"{type(exc).__name__}: {exc}")]
        ) from None
    return unicodedata.normalize("NFC", text)


def _check_docx(path: str, head: bytes) -> None:
    """Refuse what is not a zip, a zip bomb, and XML with a DOCTYPE or entities, before parsing."""
    if not head.startswith(b"PK") or not zipfile.is_zipfile(path):
        raise UsageError([problem(path, "extract.not_docx")])
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise UsageError(
                [problem(path, "extract.too_many_members", count=len(members), limit=MAX_MEMBERS)]
            )
        unpacked = sum(m.file_size for m in members)
        if unpacked > MAX_UNPACKED_BYTES:
            raise UsageError(
                [
                    problem(
                        path, "extract.unpacked_too_large", size=unpacked, limit=MAX_UNPACKED_BYTES
                    )
                ]
            )
        read = 0
        for member in members:
            if not member.filename.endswith((".xml", ".rels")):
                continue
            with archive.open(member) as fh:
                tail = b""
                while chunk := fh.read(65536):
                    read += len(chunk)
                    if read > MAX_UNPACKED_BYTES:  # the sizes the zip declares may lie
                        raise UsageError(
                            [
                                problem(
                                    path,
                                    "extract.unpacked_too_large",
                                    size=read,
                                    limit=MAX_UNPACKED_BYTES,
                                )
                            ]
                        )
                    window = (tail + chunk).upper()
                    if any(d in window for d in _XML_DECLARATIONS):
                        raise UsageError(
                            [problem(path, "extract.xml_entities", member=member.filename)]
                        )
                    tail = chunk[-16:]


def _para_text(p: Any, breaks: str) -> str:
    """A paragraph's text; a line break or tab inside it is ``breaks`` or a space."""
    out: list[str] = []
    for node in p.iter():
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "t":
            out.append(node.text or "")
        elif tag in ("br", "cr"):
            out.append(breaks)
        elif tag == "tab":
            out.append(" ")
    return "".join(out)


# The national motto: a table holding it is a document header, read as lines.
_MOTTO = re.compile(r"CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s*-\s*Tự do", re.IGNORECASE)


def _read_docx(docx: Any, path: str) -> str:
    """Paragraphs and tables in document order; a table row reads "label: value, value".

    A header table (issuer and number on the left, the motto and date on the right) reads as
    lines, one per paragraph of each cell, row by row.
    """
    document = docx.Document(path)
    parts: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append(_para_text(child, "\n"))
        elif tag == "tbl":
            rows: list[list[list[str]]] = []  # rows of cells of paragraphs
            for row in child.iter():
                if not row.tag.endswith("}tr"):
                    continue
                rows.append(
                    [
                        [_para_text(p, "\n") for p in cell.iter() if p.tag.endswith("}p")]
                        for cell in row.iterchildren()
                        if cell.tag.endswith("}tc")
                    ]
                )
            if any(_MOTTO.search(p) for row in rows for cell in row for p in cell):
                parts.extend(
                    line.strip()
                    for row in rows
                    for cell in row
                    for p in cell
                    for line in p.splitlines()
                    if line.strip()
                )
                continue
            for cells_paragraphs in rows:
                cells = [" ".join(" ".join(cell).split()) for cell in cells_paragraphs]
                cells = [c for c in cells if c]
                if cells:
                    parts.append(cells[0] + (": " + ", ".join(cells[1:]) if cells[1:] else ""))
    return "\n".join(parts)


_FURNITURE = re.compile(
    r"^\s*(?:(?:trang|page)\s*)?\d{1,4}\s*(?:/\s*\d{1,4})?\s*$|"
    r"^\s*(?:số lần đọc|lượt xem|tin liên quan|bài viết liên quan|xem thêm)\b.*$",
    re.IGNORECASE,
)


def pdf_text(pages: list[str]) -> str:
    """PDF pages as text: page furniture dropped, lines wrapped inside a sentence rejoined.

    Furniture is a page number or counter line, a "related links" line, and a first or last line
    repeated on most pages (a running header or footer).
    """
    split = [[line.rstrip() for line in page.splitlines()] for page in pages]
    edges: dict[str, int] = {}
    for lines in split:
        for line in {*lines[:2], *lines[-2:]}:
            if line.strip():
                edges[line.strip()] = edges.get(line.strip(), 0) + 1
    repeated = {line for line, count in edges.items() if len(pages) >= 3 and count * 2 > len(pages)}
    kept: list[str] = []
    for lines in split:
        for line in lines:
            if not line.strip() or _FURNITURE.match(line) or line.strip() in repeated:
                continue
            kept.append(line.strip())
    out: list[str] = []
    for line in kept:
        if out and not re.search(r"[.;:!?]$", out[-1]) and re.match(r"[a-zà-ỹđ0-9(]", line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)
