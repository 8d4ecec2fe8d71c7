"""What extract found (the draft) and its rendering as plan YAML a planner edits."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any

from egovcheck.extract.numbers import fmt

PLACEHOLDER_TITLE = "Kế hoạch ứng dụng CNTT (bản nháp)"
PLACEHOLDER_ISSUER = "(chưa rõ)"


@dataclass(frozen=True)
class DraftTarget:
    """One target found: catalogue key (indicator or indicator.scope), year and value."""

    key: str
    year: int | None  # None: the text, its title, address and date give no year
    value: float
    qualifier: str | None
    phrase: str
    note: str | None = None
    # how it was placed: (placement, mode basis, year basis), see egovcheck.extract.confidence
    basis: tuple[str, ...] = ()


@dataclass(frozen=True)
class DraftLocal:
    """A plan's own numeric target with no catalogue indicator (a count, with its unit)."""

    name: str
    year: int
    value: float
    unit: str
    qualifier: str | None
    phrase: str


@dataclass(frozen=True)
class DraftNumber:
    """A number found but not made a target, with the reason and its phrase."""

    value: str
    phrase: str
    reason: str


@dataclass
class Draft:
    """What ``extract`` found in a text: the plan's header, targets and leftover numbers."""

    issuer: str | None = None
    level: str | None = None
    period: tuple[int, int] | None = None
    title: str | None = None
    source: str | None = None
    adopted: date | None = None  # the header's date, when the document is the plan itself
    number: str | None = None  # the header's document number: "1914/KH-UBND"
    kind: str | None = None  # the header's kind of document: "kế hoạch", "quyết định", …
    targets: list[DraftTarget] = field(default_factory=list)
    actuals: list[DraftTarget] = field(default_factory=list)
    local_targets: list[DraftLocal] = field(default_factory=list)
    unmapped: list[DraftNumber] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)  # the catalogue's indicator order


# --- rendering -------------------------------------------------------------------------------


def printable(text: str) -> str:
    """Control characters replaced by spaces."""
    return "".join(" " if unicodedata.category(c) in ("Cc", "Cs") else c for c in text)


def quote(text: str) -> str:
    """A one-line JSON (so YAML) string."""
    return json.dumps(" ".join(printable(text).split()), ensure_ascii=False)


def comment_text(text: str) -> str:
    """Text for a one-line YAML comment."""
    return " ".join(printable(text).split())


CONVENTIONS = "docs/annotation.md"
PLACEHOLDER_PERIOD = 2000  # a year no plan of this kind has: the planner must fill it in


def accuracy() -> dict[str, Any]:
    """The extractor's measured accuracy, as recorded when it was last scored."""
    try:
        text = resources.files("egovcheck.extract").joinpath("accuracy.json").read_text("utf-8")
        data: dict[str, Any] = json.loads(text)
    except (OSError, ValueError):
        return {}
    return data


def _accuracy_line() -> str:
    data = accuracy()
    parts = []
    for name, label in (("dev", "tập phát triển"), ("blind", "tập kiểm tra kín")):
        score = data.get(name)
        if score:
            parts.append(
                f"{label} P {score['precision']:.2f} R {score['recall']:.2f} "
                f"F1 {score['f1']:.2f} ({score['texts']} văn bản)"
            )
    if not parts:
        return "# Độ chính xác: chưa đo."
    when = f", đo ngày {data['measured']}" if data.get("measured") else ""
    return "# Độ chính xác đã đo: " + "; ".join(parts) + when + "."


def _series(lines: list[str], section: str, items: list[DraftTarget], order: list[str]) -> None:
    by_key: dict[str, list[DraftTarget]] = {}
    for target in items:
        if target.year is not None:
            by_key.setdefault(target.key, []).append(target)
    rank = {key: i for i, key in enumerate(order)}

    def position(key: str) -> tuple[int, str]:
        base, _, scope = key.partition(".")
        scopes = ("", "ministry", "province", "district", "commune")
        return (rank.get(base, len(rank)), str(scopes.index(scope) if scope in scopes else 9))

    if not by_key:
        if section == "targets":
            lines.append("targets: {}  # không tìm thấy chỉ tiêu nào khớp danh mục")
        return
    lines.append(f"{section}:")
    for key in sorted(by_key, key=position):
        lines.append(f"  {key}:")
        for target in sorted(by_key[key], key=lambda x: x.year or 0):
            parts = [f"value: {fmt(target.value)}"]
            if target.qualifier:
                parts.append(f"qualifier: {target.qualifier}")
            if target.phrase:
                parts.append(f"source: {quote(target.phrase)}")
            if target.note:
                parts.append(f"note: {quote(target.note)}")
            lines.append(f"    {target.year}: {{{', '.join(parts)}}}")


def render_draft(draft: Draft) -> str:
    """Render a draft as plan YAML that loads as written, with comments for the planner."""
    lines = [
        "# Bản nháp do egovcheck extract tạo: đối chiếu từng chỉ tiêu với văn bản gốc.",
        _accuracy_line(),
        f"# Quy ước đọc chỉ tiêu: {CONVENTIONS} (trong mã nguồn egovcheck).",
        "plan:",
    ]
    title = draft.title or PLACEHOLDER_TITLE
    tnote = "" if draft.title else "tên tạm: điền tên kế hoạch"
    if draft.number:
        kind = (draft.kind or "văn bản").capitalize()
        tnote = f"{kind} số {draft.number}" + (f"; {tnote}" if tnote else "")
    lines.append(f"  title: {quote(title)}" + (f"  # {comment_text(tnote)}" if tnote else ""))
    issuer = draft.issuer or PLACEHOLDER_ISSUER
    note = draft.notes.get("issuer") if draft.issuer else "không tìm thấy cơ quan ban hành"
    lines.append(f"  issuer: {quote(issuer)}" + (f"  # {comment_text(note)}" if note else ""))
    level = draft.level or "province"
    lnote = draft.notes.get("level", "đoán từ cấp chính quyền nêu trong văn bản")
    lines.append(f"  level: {level}  # " + (lnote if draft.level else "chưa rõ cấp: đặt tạm"))
    first, last = draft.period or (PLACEHOLDER_PERIOD, PLACEHOLDER_PERIOD)
    period = str(first) if first == last else f"{first}-{last}"
    pnote = draft.notes.get("period")
    lines.append(f"  period: {period}" + (f"  # {comment_text(pnote)}" if pnote else ""))
    if draft.adopted:
        lines.append(f"  adopted: {draft.adopted.isoformat()}  # ngày ghi ở đầu văn bản")
    elif draft.notes.get("adopted"):
        lines.append(f"  # adopted: {comment_text(draft.notes['adopted'])}")
    if draft.source:
        lines.append(f"  source: {quote(draft.source)}")
    _series(lines, "targets", draft.targets, draft.order)
    _series(lines, "actuals", draft.actuals, draft.order)
    if draft.local_targets:
        lines.append("local_targets:")
        for local in draft.local_targets:
            parts = [
                f"name: {quote(local.name)}",
                f"year: {local.year}",
                f"value: {fmt(local.value)}",
                f"unit: {local.unit}",
            ]
            if local.qualifier:
                parts.append(f"qualifier: {local.qualifier}")
            parts.append(f"source: {quote(local.phrase)}")
            lines.append(f"  - {{{', '.join(parts)}}}")
    undated = [t for t in [*draft.targets, *draft.actuals] if t.year is None]
    if undated:
        lines.append("")
        lines.append("# Chỉ tiêu chưa rõ năm (văn bản, tên, địa chỉ và ngày của nó không nêu năm):")
        for target in undated:
            q = f" {target.qualifier}" if target.qualifier else ""
            lines.append(
                f"# chưa rõ năm: {target.key} {fmt(target.value)}%{q}: "
                f"{comment_text(target.phrase)}"
            )
    if draft.unmapped:
        lines.append("")
        lines.append("# Số liệu tìm thấy nhưng không đưa vào chỉ tiêu:")
        for number in draft.unmapped:
            label = (
                "chưa xác định chỉ tiêu"
                if number.reason == "chưa xác định chỉ tiêu"
                else number.reason
                if number.reason.startswith("cần xác nhận")
                else f"bỏ qua ({number.reason})"
            )
            lines.append(f"# {label}: {comment_text(number.phrase) or number.value}")
    return "\n".join(lines) + "\n"
