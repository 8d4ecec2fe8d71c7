"""``egovcheck init``: an annotated plan template listing every national target that applies."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from egovcheck.baselines import Baselines
    from egovcheck.findings import NationalRef
    from egovcheck.models import Programme

_LEVEL_VI = {"province": "tỉnh", "district": "huyện", "commune": "xã", "ministry": "bộ"}
_EVIDENCE = {
    "primary": "văn bản gốc / primary text",
    "secondary": "nhiều nguồn / secondary sources",
    "single": "một nguồn, chưa xác nhận / single source, unconfirmed",
}


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(
    baselines: Baselines,
    level: str,
    first: int,
    last: int,
    adopted: date | None = None,
    issuer: str | None = None,
    programmes: list[Programme] | None = None,
) -> str:
    """A plan file that loads as written, with a commented block per national target."""
    from egovcheck.binding import Bound, binds_tier, resolve
    from egovcheck.messages import text
    from egovcheck.models import SCOPES_FOR_LEVEL

    period = str(first) if first == last else f"{first}-{last}"
    # "năm 2026" for a single year, "giai đoạn 2021-2025" for a period.
    key, values = (
        ("init.period.year", {"year": first})
        if first == last
        else ("init.period.range", {"first": first, "last": last})
    )
    span = {lang: text(key, lang, **values) for lang in ("vi", "en")}
    day = adopted or date(first, 1, 1)
    chosen = programmes or baselines.applicable(day, first)
    groups: dict[str, list[Bound]] = {}
    for programme in chosen:
        for target in programme.targets:
            # No district-scoped target after 2025 (the district tier ended on 1 July 2025).
            if level in target.applies and binds_tier(target, target.scope or level):
                groups.setdefault(target.indicator, []).append(Bound(target, programme))
    lines = [
        "# Kế hoạch ứng dụng CNTT — bản mẫu do egovcheck tạo / plan template made by egovcheck",
        f"# Cấp {_LEVEL_VI[level]} / {level} level · {span['vi']} / {span['en']}",
        "# Chương trình quốc gia áp dụng / national programmes applied: "
        + (", ".join(p.document for p in chosen) or "(không có / none)"),
        "# Điền giá trị cho từng năm (bỏ dấu # ở đầu dòng), rồi chạy: egovcheck check <tệp>",
        "# Fill in a value for each year (remove the leading #), then run: egovcheck check <file>",
        "plan:",
        f"  title: {_q('Kế hoạch ứng dụng công nghệ thông tin ' + span['vi'])}",
        f"  issuer: {_q(issuer or 'UBND ' + _LEVEL_VI[level] + ' ...')}",
        f"  level: {level}",
        f"  period: {period if first == last else _q(period)}",
    ]
    if adopted:
        lines.append(f"  adopted: {adopted.isoformat()}")
    lines.append("targets:")
    window: list[tuple[str, list[NationalRef]]] = []
    for key in sorted(groups):
        refs = resolve(groups[key])
        inside = [r for r in refs if first <= r.deadline <= last]
        after = [r for r in refs if r.deadline > last]
        if inside or after:
            window.append((key, inside or after[:1]))
    if not window:
        lines.append("  {}  # không có mục tiêu quốc gia áp dụng / no national target applies")
    for key, refs in window:
        indicator_id, _, scope = key.partition(".")
        if scope and scope not in SCOPES_FOR_LEVEL[level]:
            continue
        ind = baselines.catalogue.indicators[indicator_id]
        lines.append(f"  # {ind.name.vi}" + (f" (cấp {_LEVEL_VI[scope]})" if scope else ""))
        lines.append(f"  # {ind.name.en}" + (f" ({scope})" if scope else ""))
        for r in refs:
            sign = {"at_least": "≥ ", "more_than": "> ", "about": "~ "}.get(r.qualifier, "")
            lines.append(
                f"  #   quốc gia / national: {sign}{r.value:g}% — {r.deadline} — {r.document}, "
                f"{r.location} [{_EVIDENCE[r.evidence]}]"
            )
            for a in r.also:
                lines.append(f"  #     ({a.document}: {a.value:g}%)")
        lines.append(f"  {key}:")
        deadlines = {r.deadline: r for r in refs}
        for year in range(first, last + 1):
            hint = f"  # ≥ {deadlines[year].value:g}" if year in deadlines else ""
            lines.append(f"    # {year}: {hint}".rstrip())
    lines += [
        "# actuals:                  # kết quả đã đạt (tùy chọn) / achieved values (optional)",
        "#   <chỉ tiêu / key>:",
        f"#     {first - 1}: 0",
        "# local_targets:            # chỉ tiêu riêng / the plan's own targets",
        f'#   - {{name: "...", year: {first}, value: 100, unit: percent}}',
    ]
    return "\n".join(lines) + "\n"
