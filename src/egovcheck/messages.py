"""Vietnamese and English text: labels, headers and the sentence for each finding."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from egovcheck.findings import Finding, NationalRef

LANGS = ("vi", "en")


def resolve_lang(option: str | None = None) -> str:
    """The output language: the option, else ``EGOVCHECK_LANG``, else ``LANG``, else vi."""
    for candidate in (option, os.environ.get("EGOVCHECK_LANG"), os.environ.get("LANG")):
        if candidate:
            head = candidate.strip().lower()[:2]
            if head in LANGS:
                return head
    return "vi"


def num(value: float | None, lang: str, digits: int = 1) -> str:
    """Format a number: no trailing zeros, a decimal comma in Vietnamese."""
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", ",") if lang == "vi" else text


_QUAL_SIGN = {"at_least": "≥", "more_than": ">", "about": "~", "equal": "", None: ""}


def pct(value: float | None, qualifier: str | None, lang: str) -> str:
    """``≥ 80%``, ``> 50%``, ``60%``."""
    if value is None:
        return "–"
    sign = _QUAL_SIGN.get(qualifier, "")
    return f"{sign}{' ' if sign else ''}{num(value, lang)}%"


LABELS: dict[str, dict[str, str]] = {
    "missing": {"vi": "thiếu chỉ tiêu", "en": "missing"},
    "below-national": {"vi": "thấp hơn mức quốc gia", "en": "below national"},
    "late": {"vi": "trễ hạn", "en": "late"},
    "off-path": {"vi": "lệch lộ trình", "en": "off path"},
    "behind-pace": {"vi": "tốc độ chưa đủ", "en": "behind pace"},
    "projected-short": {"vi": "dự báo không đạt", "en": "projected short"},
    "regression": {"vi": "giảm so với năm trước", "en": "lower than before"},
    "achieved": {"vi": "đạt", "en": "achieved"},
    "on-track": {"vi": "đúng lộ trình", "en": "on track"},
    "not-assessed": {"vi": "chưa đánh giá được", "en": "not assessed"},
    "not-applicable": {"vi": "không áp dụng cho cấp này", "en": "not applicable"},
    "no-national-target": {"vi": "không có mục tiêu quốc gia", "en": "no national target"},
    "moderately-improving": {"vi": "cải thiện vừa phải", "en": "moderately improving"},
    "stagnating": {"vi": "trì trệ", "en": "stagnating"},
    "decreasing": {"vi": "giảm", "en": "decreasing"},
    "error": {"vi": "lỗi", "en": "error"},
    "warning": {"vi": "cảnh báo", "en": "warning"},
    "note": {"vi": "ghi chú", "en": "note"},
    "waived": {"vi": "đã miễn trừ", "en": "waived"},
    "waiver-unused": {"vi": "miễn trừ thừa", "en": "unused waiver"},
    "waiver-invalid": {"vi": "miễn trừ sai mã", "en": "invalid waiver"},
    "primary": {"vi": "văn bản gốc", "en": "primary"},
    "secondary": {"vi": "nhiều nguồn thứ cấp", "en": "secondary"},
    "single": {"vi": "một nguồn, chưa xác nhận", "en": "single source, unconfirmed"},
    "province": {"vi": "cấp tỉnh", "en": "province"},
    "district": {"vi": "cấp huyện", "en": "district"},
    "commune": {"vi": "cấp xã", "en": "commune"},
    "ministry": {"vi": "cấp bộ", "en": "ministry"},
    "actual": {"vi": "thực tế", "en": "actual"},
    "plan": {"vi": "kế hoạch", "en": "plan"},
}

HEADERS: dict[str, dict[str, str]] = {
    "key": {"vi": "Chỉ tiêu", "en": "Key"},
    "year": {"vi": "Năm", "en": "Year"},
    "plan": {"vi": "Kế hoạch", "en": "Plan"},
    "national": {"vi": "Quốc gia", "en": "National"},
    "source": {"vi": "Căn cứ", "en": "Source"},
    "outcome": {"vi": "Kết quả", "en": "Outcome"},
    "gap": {"vi": "Chênh lệch", "en": "Gap"},
    "codes": {"vi": "Mã", "en": "Codes"},
    "note": {"vi": "Ghi chú", "en": "Note"},
    "findings": {"vi": "Phát hiện", "en": "Findings"},
    "programmes": {"vi": "Chương trình quốc gia áp dụng", "en": "National programmes applied"},
    "none": {"vi": "(không có)", "en": "(none)"},
    "sources": {"vi": "Nguồn các mục tiêu quốc gia", "en": "Sources of the national targets"},
    "local": {"vi": "Chỉ tiêu riêng của kế hoạch", "en": "The plan's own targets"},
    "path": {
        "vi": "Lộ trình tối thiểu để kịp mục tiêu kế tiếp (! = kế hoạch thấp hơn)",
        "en": "Required path to the next target (! = the plan is below it)",
    },
    "no_findings": {"vi": "Không có phát hiện nào.", "en": "No findings."},
    "evidence": {"vi": "Mức xác thực", "en": "Evidence"},
}


def label(key: str | None, lang: str) -> str:
    """The label of an outcome, class, severity, level or evidence grade."""
    if key is None:
        return ""
    entry = LABELS.get(key)
    return entry[lang] if entry else key


def header(key: str, lang: str) -> str:
    """A column or section header."""
    return HEADERS[key][lang]


def needed(gain: float | None, deadline: int | None, target: float | None, lang: str) -> str:
    """``cần +6,7 điểm/năm để đạt 80% năm 2020``: the pace a value implies."""
    if gain is None or deadline is None or target is None:
        return ""
    if lang == "vi":
        return (
            f"cần tăng {num(gain, lang)} điểm phần trăm mỗi năm để đạt "
            f"{num(target, lang)}% năm {deadline}"
        )
    return f"needs +{num(gain, lang)} points a year to reach {num(target, lang)}% by {deadline}"


def message(f: Finding, lang: str, indicator_name: str | None = None) -> str:
    """The sentence for a finding, in ``lang``."""
    n = f.national
    x = f.facts
    name = indicator_name or f.key
    cite = n.cite(lang) if n else ""
    if n is not None:
        target = pct(n.value, n.qualifier, lang)
        deadline = n.deadline
    else:
        target, deadline = "", 0
    value = pct(f.plan_value, f.plan_qualifier, lang)
    vi = lang == "vi"
    parent = n is not None and n.programme.startswith("plan:")
    # "mục tiêu quốc gia" / "national target", or the parent plan's under --against
    nat_vi = "mục tiêu của kế hoạch cấp trên" if parent else "mục tiêu quốc gia"
    nat_en = "parent plan's target" if parent else "national target"
    if f.code == "CV01":
        if "last_year" in x:
            text = (
                f"Kế hoạch chỉ đặt chỉ tiêu «{name}» đến năm {x['last_year']}, chưa tới hạn "
                f"{deadline} của {nat_vi} {target} ({cite})."
                if vi
                else f"The plan sets '{name}' only up to {x['last_year']}, before the deadline "
                f"{deadline} of the {nat_en} {target} ({cite})."
            )
        else:
            text = (
                f"Kế hoạch chưa đặt chỉ tiêu «{name}»; {nat_vi}: {target} "
                f"đến năm {deadline} ({cite})."
                if vi
                else f"The plan sets no target for '{name}'; the {nat_en}: {target} "
                f"by {deadline} ({cite})."
            )
        if "unscoped_key" in x:
            text += (
                f" Kế hoạch có đặt «{x['unscoped_key']}» nhưng không ghi cấp; mục tiêu quốc gia "
                f"tính riêng từng cấp: hãy ghi {f.key}."
                if vi
                else f" The plan sets '{x['unscoped_key']}' without a scope; the national target "
                f"is per tier: write {f.key}."
            )
    elif f.code == "LV01":
        gap = num(f.gap, lang)
        text = (
            f"Kế hoạch đặt chỉ tiêu năm {f.year} là {value}, thấp hơn {gap} điểm phần trăm so "
            f"với {nat_vi} {target} (hạn {deadline}, {cite})."
            if vi
            else f"In {f.year} the plan sets {value}, {gap} percentage points below the "
            f"{nat_en} {target} (due {deadline}, {cite})."
        )
        if "confirmed_by" in x:
            text += (
                f" {x['confirmed_by']} cũng đặt {num(x['confirmed_value'], lang)}% cho cùng hạn, "
                "và kế hoạch cũng chưa đạt mức này."
                if vi
                else f" {x['confirmed_by']} sets {num(x['confirmed_value'], lang)}% for the same "
                "deadline, which the plan misses too."
            )
    elif f.code == "TM01":
        late = x["years_late"]
        text = (
            f"Kế hoạch không đặt chỉ tiêu cho năm {deadline} và đến năm {x['reached_year']} mới "
            f"đạt {target}, trễ {late} năm so với hạn quốc gia ({cite})."
            if vi
            else f"The plan sets nothing for {deadline} and reaches {target} only in "
            f"{x['reached_year']}, {late} year{'s' if late != 1 else ''} after the national "
            f"deadline ({cite})."
        )
    elif f.code == "TR01":
        start = f"{num(x['start_value'], lang)}% ({label(x['start_kind'], lang)} {x['start_year']})"
        required = num(x["required_value"], lang)
        text = (
            f"Kế hoạch đặt chỉ tiêu năm {f.year} là {value}, thấp hơn lộ trình tăng đều từ "
            f"{start} đến {target} năm {deadline}: năm {f.year} cần ít nhất {required}% ({cite})."
            if vi
            else f"In {f.year} the plan sets {value}, below the straight path from {start} to "
            f"{target} by {deadline}: {f.year} requires at least {required}% ({cite})."
        )
    elif f.code == "TR02":
        ratio = "–" if x.get("ratio") is None else f"{num(max(x['ratio'], 0) * 100, lang, 0)}%"
        gain = x["observed_gain"]
        if vi:
            trend = f"tăng {num(gain, lang, 2)}" if gain >= 0 else f"giảm {num(-gain, lang, 2)}"
            text = (
                f"Theo kế hoạch, chỉ tiêu {trend} điểm phần trăm mỗi năm (từ "
                f"{num(x['base_value'], lang)}% năm {x['base_year']} đến {value} năm {f.year}), "
                f"trong khi cần tăng {num(x['required_gain'], lang, 2)} điểm phần trăm mỗi năm để "
                f"đạt {target} năm {deadline}: mới đạt {ratio} tốc độ cần thiết — "
                f"{label(x['pace_class'], lang)} ({cite})."
            )
        else:
            trend = f"gains {num(gain, lang, 2)}" if gain >= 0 else f"loses {num(-gain, lang, 2)}"
            text = (
                f"The plan {trend} points a year (from {num(x['base_value'], lang)}% in "
                f"{x['base_year']} to {value} in {f.year}) where "
                f"{num(x['required_gain'], lang, 2)} a year are needed to reach {target} by "
                f"{deadline}: {ratio} of the required pace, {label(x['pace_class'], lang)} "
                f"({cite})."
            )
    elif f.code == "TR03":
        slope = x["slope"]
        if vi:
            trend = f"tăng {num(slope, lang, 2)}" if slope >= 0 else f"giảm {num(-slope, lang, 2)}"
            text = (
                f"Theo xu hướng số liệu thực tế ({x['actuals_used']} năm, {trend} điểm phần trăm "
                f"mỗi năm), năm {deadline} dự kiến đạt {num(x['projected_value'], lang)}%, chưa "
                f"đạt mục tiêu {target} — {label(x['pace_class'], lang)} ({cite})."
            )
        else:
            trend = f"+{num(slope, lang, 2)}" if slope >= 0 else f"-{num(-slope, lang, 2)}"
            text = (
                f"On the trend of the actuals ({x['actuals_used']} years, {trend} points a "
                f"year), {deadline} is projected at {num(x['projected_value'], lang)}%, short of "
                f"{target}: {label(x['pace_class'], lang)} ({cite})."
            )
    elif f.code == "TR04":
        text = (
            f"Kế hoạch đặt chỉ tiêu năm {f.year} là {value}, thấp hơn năm {x['previous_year']} "
            f"({num(x['previous_value'], lang)}%)."
            if vi
            else f"In {f.year} the plan sets {value}, lower than in {x['previous_year']} "
            f"({num(x['previous_value'], lang)}%)."
        )
    elif f.code == "WV01":
        year = f" {f.year}" if f.year is not None else ""
        text = (
            f"Miễn trừ {x['waiver_code']} cho {f.key}{year} không khớp phát hiện nào: "
            "hãy bỏ miễn trừ này, hoặc sửa mã, chỉ tiêu, năm."
            if vi
            else f"The waiver of {x['waiver_code']} for {f.key}{year} covers no finding: remove "
            "it, or correct its code, key or year."
        )
    elif f.code == "WV02":
        hint = f" ({x['hint']})" if x.get("hint") else ""
        text = (
            f"Miễn trừ ghi mã kiểm tra không tồn tại «{x['waiver_code']}»{hint}."
            if vi
            else f"The waiver names no known check: {x['waiver_code']!r}{hint}."
        )
    else:  # pragma: no cover - every registered code has a sentence (tested)
        text = f.code
    if f.waiver is not None:
        w = f.waiver
        if w.expired:
            text += (
                f" Miễn trừ đã hết hạn ngày {w.expires}: phát hiện có hiệu lực trở lại."
                if vi
                else f" The waiver expired on {w.expires}: the finding counts again."
            )
        else:
            text += f" [Đã miễn trừ: {w.reason}]" if vi else f" [Waived: {w.reason}]"
    if f.unconfirmed:
        text += (
            " Mục tiêu quốc gia này chưa được xác nhận (chỉ có một nguồn thứ cấp)."
            if vi
            else " The national value is unconfirmed (a single secondary source)."
        )
    return text


def national_cell(n: NationalRef | None, lang: str) -> str:
    """``80% (2020)``: a national target in a table cell."""
    if n is None:
        return "–"
    return f"{pct(n.value, n.qualifier, lang)} ({n.deadline})"


# Error messages are written in English where they are raised; these patterns give the
# Vietnamese rendering at output time (the "error:" prefix stays, for scripts that grep it).
_ERRORS_VI: list[tuple[str, str]] = [
    (r"^no such file$", "không có tệp này"),
    (r"^no such file, or not a regular file$", "không có tệp này, hoặc không phải tệp thường"),
    (r"^is a directory, not a plan file$", "là thư mục, không phải tệp kế hoạch"),
    (r"^a percentage must be 0-100, got (.+)$", r"tỷ lệ phần trăm phải từ 0 đến 100, ở đây là \1"),
    (r"^unknown indicator '(.+?)'(.*)$", r"không có chỉ tiêu '\1' trong danh mục\2"),
    (r"^year (\d+) is outside the plan period (.+)$", r"năm \1 nằm ngoài giai đoạn kế hoạch \2"),
    (
        r"^an actual for (\d+) is after the plan period (.+)$",
        r"số liệu thực tế năm \1 nằm sau giai đoạn kế hoạch \2",
    ),
    (r"^unknown scope '(.+?)' for (\S+)(.*)$", r"không có cấp '\1' cho chỉ tiêu \2\3"),
    (
        r"^a (\w+) plan cannot set targets for scope '(.+?)'(.*)$",
        r"kế hoạch cấp \1 không đặt chỉ tiêu cho cấp '\2'\3",
    ),
    (r"^duplicate key '(.+?)' \(first at line (\d+)\)$", r"khóa '\1' bị lặp (lần đầu ở dòng \2)"),
    (r"^required key is missing$", "thiếu khóa bắt buộc"),
    (r"^a number is missing here$", "thiếu giá trị số"),
    (
        r"^must be a number, got the text '(.+?)': write (.+)$",
        r"phải là số, không phải chữ '\1': hãy ghi \2",
    ),
    (r"^must be a finite number, got (.+)$", r"phải là số hữu hạn, ở đây là \1"),
    (r"^must be a number of sensible size, got (\d+) digits$", r"số quá lớn (\1 chữ số)"),
    (r"^must be a number, got (.+)$", r"phải là số, ở đây là \1"),
    (
        r"^must be a date written YYYY-MM-DD, got (.+)$",
        r"phải là ngày dạng YYYY-MM-DD, ở đây là \1",
    ),
    (
        r"^must be a year \(2017\) or a range \(2016-2020\), got (.+)$",
        r"phải là một năm (2017) hoặc một giai đoạn (2016-2020), ở đây là \1",
    ),
    (r"^must be a year such as 2020, got (.+)$", r"phải là một năm như 2020, ở đây là \1"),
    (r"^must be one of (.+), got (.+)$", r"phải là một trong \1, ở đây là \2"),
    (r"^must be a mapping \(key: value\)$", "phải là ánh xạ (khóa: giá trị)"),
    (r"^must be a list$", "phải là danh sách"),
    (r"^must be text$", "phải là văn bản"),
    (r"^unknown key '(.+?)'(.*)$", r"khóa không hợp lệ '\1'\2"),
    (r"^unknown setting '(.+?)'(.*)$", r"không có thiết lập '\1'\2"),
    (r"^unknown programme '(.+?)'(.*)$", r"không có chương trình '\1'\2"),
    (r"^unknown check '(.+?)'(.*)$", r"không có kiểm tra '\1'\2"),
    (r"^unknown format '(.+?)'(.*)$", r"không có định dạng '\1'\2"),
    (r"^YAML syntax: (.+)$", r"lỗi cú pháp YAML: \1"),
    (
        r"^YAML aliases \(\*name\) are not allowed in plan files$",
        "tệp kế hoạch không được dùng bí danh YAML (*tên)",
    ),
    (r"^YAML merge keys \(<<\) are not allowed$", "không được dùng khóa gộp YAML (<<)"),
    (
        r"^the YAML tag (.+) is not allowed in plan files$",
        r"tệp kế hoạch không được dùng thẻ YAML \1",
    ),
    (
        r"^the file holds several YAML documents.*$",
        "tệp chứa nhiều tài liệu YAML (---); tệp kế hoạch chỉ chứa một",
    ),
    (
        r"^not valid (\S+) \(byte (0x[0-9a-f]+)\); .*$",
        r"không phải \1 hợp lệ (byte \2): tệp có vẻ dùng bảng mã cũ (Windows-1258 hoặc TCVN3 "
        r"từ Word cũ): hãy lưu lại dưới dạng UTF-8",
    ),
    (
        r"^the file holds NUL characters: it is not a text file$",
        "tệp chứa ký tự NUL: không phải tệp văn bản",
    ),
    (r"^larger than (\d+) MiB: not a plan$", r"lớn hơn \1 MiB: không phải tệp kế hoạch"),
    (r"^nested deeper than (\d+) levels$", r"lồng sâu quá \1 cấp"),
    (
        r"^a plan file is a mapping with a 'plan:' key, got an empty file$",
        "tệp kế hoạch phải là ánh xạ có khóa 'plan:', ở đây là tệp rỗng",
    ),
    (
        r"^a plan file is a mapping with a 'plan:' key, got (.+)$",
        r"tệp kế hoạch phải là ánh xạ có khóa 'plan:', ở đây là \1",
    ),
    (r"^cannot write: (.+)$", r"không ghi được: \1"),
    (r"^cannot read: (.+)$", r"không đọc được: \1"),
    (r"^no file matches this pattern$", "không có tệp nào khớp mẫu này"),
    (
        r"^no plan file to check \(all were excluded\)$",
        "không còn tệp kế hoạch nào để kiểm tra (đã loại hết)",
    ),
    (r"^a waiver needs a reason$", "miễn trừ phải có lý do"),
    (
        r"^adopted (\S+), after the plan period (.+) ended$",
        r"ngày ban hành \1 nằm sau khi giai đoạn kế hoạch \2 đã kết thúc",
    ),
    (
        r"^only one format can go to standard output: (.+)$",
        r"chỉ một định dạng được in ra màn hình: các định dạng khác cần tên tệp, ví dụ "
        r"-f sarif:egovcheck.sarif",
    ),
    (
        r"^--as-of must be a date written YYYY-MM-DD, got (.+)$",
        r"--as-of phải là ngày dạng YYYY-MM-DD, ở đây là \1",
    ),
    (r"^no such configuration file$", "không có tệp cấu hình này"),
]
_HINTS_VI = [
    (r"; did you mean '(.+?)'\?", r"; có phải là '\1'?"),
    (r"\(allowed: ", "(được phép: "),
    (r"\(known: ", "(hiện có: "),
    (r"\(scopes: ", "(các cấp: "),
    (r"\(formats: ", "(các định dạng: "),
]


def localize(message: str, lang: str) -> str:
    """An error message in ``lang`` (English as raised; Vietnamese from the patterns above)."""
    import re

    if lang != "vi":
        return message
    for pattern, replacement in _ERRORS_VI:
        if re.match(pattern, message, re.S):
            message = re.sub(pattern, replacement, message, count=1, flags=re.S)
            break
    for pattern, replacement in _HINTS_VI:
        message = re.sub(pattern, replacement, message)
    return message


# The fact sheet's remarks on where a target sits, as Vietnamese output shows them.
_LOCATION_VI = [
    ("not stated in the sources read", "các nguồn đã đọc không nêu vị trí"),
    ("targets part", "phần mục tiêu"),
    ("(location assumed)", "(vị trí suy đoán)"),
    ("(not seen)", "(chưa đọc được văn bản gốc)"),
    ("(assumed)", "(vị trí suy đoán)"),
]


def location(text: str, lang: str) -> str:
    """Where a target sits in its document, with the fact sheet's remarks in ``lang``."""
    if lang == "vi":
        for english, vietnamese in _LOCATION_VI:
            text = text.replace(english, vietnamese)
    return text


# C0 and C1 control characters other than the line feed and tab.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    r"""Show control characters from a plan's text as ``\x1b``, line breaks kept.

    A plan's title must not drive the terminal (escape sequences) or forge lines of output.
    """
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
