"""What extract found (the draft) and its rendering as plan YAML a planner edits."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field

from egovcheck.extract.numbers import fmt

PLACEHOLDER_TITLE = "Kế hoạch ứng dụng CNTT (bản nháp)"
PLACEHOLDER_ISSUER = "(chưa rõ)"


@dataclass(frozen=True)
class DraftTarget:
    """One target found: catalogue key (indicator or indicator.scope), year and value."""

    key: str
    year: int
    value: float
    qualifier: str | None
    phrase: str
    note: str | None = None


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
    targets: list[DraftTarget] = field(default_factory=list)
    actuals: list[DraftTarget] = field(default_factory=list)
    local_targets: list[DraftLocal] = field(default_factory=list)
    unmapped: list[DraftNumber] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)


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


def render_draft(draft: Draft) -> str:
    """Render a draft as plan YAML that loads as written, with comments for the planner."""
    lines = [
        "# Bản nháp do egovcheck extract tạo: đối chiếu từng chỉ tiêu với văn bản gốc.",
        "plan:",
    ]
    title = draft.title or PLACEHOLDER_TITLE
    lines.append(
        f"  title: {quote(title)}" + ("" if draft.title else "  # tên tạm: điền tên kế hoạch")
    )
    issuer = draft.issuer or PLACEHOLDER_ISSUER
    note = draft.notes.get("issuer") if draft.issuer else "không tìm thấy cơ quan ban hành"
    lines.append(f"  issuer: {quote(issuer)}" + (f"  # {comment_text(note)}" if note else ""))
    level = draft.level or "province"
    lnote = draft.notes.get("level", "đoán từ cấp chính quyền nêu trong văn bản")
    lines.append(f"  level: {level}  # " + (lnote if draft.level else "chưa rõ cấp: đặt tạm"))
    first, last = draft.period or (2000, 2000)
    period = str(first) if first == last else f"{first}-{last}"
    pnote = draft.notes.get("period")
    lines.append(f"  period: {period}" + (f"  # {comment_text(pnote)}" if pnote else ""))
    if draft.source:
        lines.append(f"  source: {quote(draft.source)}")
    by_key: dict[str, list[DraftTarget]] = {}
    for target in draft.targets:
        by_key.setdefault(target.key, []).append(target)
    if by_key:
        lines.append("targets:")
        for key, items in by_key.items():
            lines.append(f"  {key}:")
            for target in sorted(items, key=lambda x: x.year):
                parts = [f"value: {fmt(target.value)}"]
                if target.qualifier:
                    parts.append(f"qualifier: {target.qualifier}")
                if target.phrase:
                    parts.append(f"source: {quote(target.phrase)}")
                if target.note:
                    parts.append(f"note: {quote(target.note)}")
                lines.append(f"    {target.year}: {{{', '.join(parts)}}}")
    else:
        lines.append("targets: {}  # không tìm thấy chỉ tiêu nào khớp danh mục")
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
    if draft.unmapped:
        lines.append("")
        lines.append("# Số liệu tìm thấy nhưng không đưa vào chỉ tiêu:")
        for number in draft.unmapped:
            label = (
                "chưa xác định chỉ tiêu"
                if number.reason == "chưa xác định chỉ tiêu"
                else f"bỏ qua ({number.reason})"
            )
            lines.append(f"# {label}: {comment_text(number.phrase) or number.value}")
    return "\n".join(lines) + "\n"
