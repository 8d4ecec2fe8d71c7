"""Tiếng Việt: every user-facing text of egovcheck in Vietnamese (the default language)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from egovcheck.messages.base import Words, num

if TYPE_CHECKING:
    from egovcheck.findings import Finding

DECIMAL = ","

LABELS: dict[str, str] = {
    "missing": "thiếu chỉ tiêu",
    "below-national": "thấp hơn mức quốc gia",
    "late": "trễ hạn",
    "off-path": "lệch lộ trình",
    "behind-pace": "tốc độ chưa đủ",
    "projected-short": "dự báo không đạt",
    "regression": "giảm so với năm trước",
    "achieved": "đạt",
    "met": "đã đạt",
    "missed": "chưa đạt",
    "on-track": "đúng lộ trình",
    "not-assessed": "chưa đánh giá được",
    "not-applicable": "không áp dụng cho cấp này",
    "no-national-target": "không có mục tiêu quốc gia",
    "moderately-improving": "cải thiện vừa phải",
    "stagnating": "trì trệ",
    "decreasing": "giảm",
    "error": "lỗi",
    "warning": "cảnh báo",
    "note": "ghi chú",
    "waived": "đã miễn trừ",
    "waiver-unused": "miễn trừ thừa",
    "waiver-invalid": "miễn trừ sai mã",
    "primary": "văn bản gốc",
    "secondary": "nhiều nguồn thứ cấp",
    "single": "một nguồn, chưa xác nhận",
    "province": "cấp tỉnh",
    "district": "cấp huyện",
    "commune": "cấp xã",
    "ministry": "cấp bộ",
    "actual": "thực tế",
    "plan": "kế hoạch",
}

HEADERS: dict[str, str] = {
    "key": "Chỉ tiêu",
    "year": "Năm",
    "plan": "Kế hoạch",
    "national": "Quốc gia",
    "source": "Căn cứ",
    "outcome": "Kết quả",
    "gap": "Chênh lệch",
    "codes": "Mã",
    "note": "Ghi chú",
    "findings": "Phát hiện",
    "programmes": "Chương trình quốc gia áp dụng",
    "none": "(không có)",
    "sources": "Nguồn các mục tiêu quốc gia",
    "local": "Chỉ tiêu riêng của kế hoạch",
    "path": "Lộ trình tối thiểu để kịp mục tiêu kế tiếp (! = kế hoạch thấp hơn)",
    "no_findings": "Không có phát hiện nào.",
    "evidence": "Mức xác thực",
}

# The fact sheet's remarks on where a target sits, as Vietnamese output shows them.
LOCATION: dict[str, str] = {
    "not stated in the sources read": "các nguồn đã đọc không nêu vị trí",
    "targets part": "phần mục tiêu",
    "(location assumed)": "(vị trí suy đoán)",
    "(not seen)": "(chưa đọc được văn bản gốc)",
    "(assumed)": "(vị trí suy đoán)",
}

TEXT: dict[str, str] = {
    # hints appended to other messages
    "hint.did_you_mean": "; có phải là {suggestion!r}?",
    "hint.allowed": " (được phép: {items})",
    "hint.known": " (hiện có: {items})",
    "hint.scopes": " (các cấp: {items})",
    "hint.formats": " (các định dạng: {items})",
    "hint.methods": " (các phương pháp: {items})",
    # files
    "file.missing": "không có tệp này",
    "file.not_regular": "không có tệp này, hoặc không phải tệp thường",
    "file.is_directory": "là thư mục, không phải tệp kế hoạch",
    "file.cannot_read": "không đọc được: {reason}",
    "file.cannot_write": "không ghi được: {reason}",
    "file.too_large": "lớn hơn {mib} MiB: không phải tệp kế hoạch",
    "file.nul": "tệp chứa ký tự NUL: không phải tệp văn bản",
    "file.encoding": (
        "không phải {encoding} hợp lệ (byte {byte}): tệp có vẻ dùng bảng mã cũ (Windows-1258 "
        "hoặc TCVN3 từ Word cũ): hãy lưu lại dưới dạng UTF-8"
    ),
    "file.not_utf8": "không phải văn bản UTF-8",
    "file.no_match": "không có tệp nào khớp mẫu này",
    "file.would_overwrite": "sẽ ghi đè lên tệp đầu vào {target}",
    # YAML
    "yaml.syntax": "lỗi cú pháp YAML: {what}",
    "yaml.syntax.invalid": "YAML không hợp lệ",
    "yaml.several_documents": "tệp chứa nhiều tài liệu YAML (---); tệp kế hoạch chỉ chứa một",
    "yaml.char": "ký tự U+{code} không được phép trong YAML",
    "yaml.error": "lỗi YAML: {what}",
    "yaml.too_deep": "lồng sâu quá {depth} cấp",
    "yaml.alias": "tệp kế hoạch không được dùng bí danh YAML (*tên)",
    "yaml.merge_key": "không được dùng khóa gộp YAML (<<)",
    "yaml.tag": "tệp kế hoạch không được dùng thẻ YAML {tag}",
    "yaml.value": "không đọc được giá trị này: {reason}",
    "yaml.too_many_nodes": "nhiều hơn {limit} nút YAML: không phải tệp kế hoạch",
    "yaml.key_plain": "khóa phải là một giá trị đơn",
    "yaml.key_huge": "khóa là một số quá lớn, không phải năm",
    "yaml.duplicate_key": "khóa {key!r} bị lặp (lần đầu ở dòng {line})",
    # values
    "value.required": "thiếu khóa bắt buộc",
    "value.number_missing": "thiếu giá trị số",
    "value.number": "phải là số, ở đây là {got}",
    "value.number_text": "phải là số, không phải chữ {got!r}: hãy ghi {number}",
    "value.finite": "phải là số hữu hạn, ở đây là {got}",
    "value.size": "số quá lớn ({digits} chữ số)",
    "value.year": "phải là một năm như 2020, ở đây là {got}",
    "value.year_range": "năm {year} nằm ngoài khoảng {low}-{high}",
    "value.period": "phải là một năm (2017) hoặc một giai đoạn (2016-2020), ở đây là {got}",
    "value.period_reversed": "giai đoạn {got} kết thúc trước khi bắt đầu",
    "value.date": "phải là ngày dạng YYYY-MM-DD, ở đây là {got}",
    "value.date_plain": "phải là ngày dạng YYYY-MM-DD",
    "value.one_of": "phải là một trong {expected}, ở đây là {got}",
    "value.mapping": "phải là ánh xạ (khóa: giá trị)",
    "value.list": "phải là danh sách",
    "value.text": "phải là văn bản",
    "value.bool": "phải là true hoặc false",
    "value.int": "phải là số nguyên",
    "value.other": "{detail}",
    "value.unknown_key": "khóa không hợp lệ {name!r}",
    "value.unknown_setting": "không có thiết lập {name!r}",
    # plans
    "plan.not_mapping": "tệp kế hoạch phải là ánh xạ có khóa 'plan:', ở đây là {got}",
    "plan.got_empty": "tệp rỗng",
    "plan.got_type": "kiểu {type}",
    "plan.unknown_indicator": "không có chỉ tiêu {name!r} trong danh mục",
    "plan.unknown_scope": "không có cấp {scope!r} cho chỉ tiêu {indicator}",
    "plan.scope_not_for_level": "kế hoạch cấp {level} không đặt chỉ tiêu cho cấp {scope!r}",
    "plan.year_outside": "năm {year} nằm ngoài giai đoạn kế hoạch {period}",
    "plan.actual_after": "số liệu thực tế năm {year} nằm sau giai đoạn kế hoạch {period}",
    "plan.percent_range": "tỷ lệ phần trăm phải từ 0 đến 100, ở đây là {got}",
    "plan.adopted_after": (
        "ngày ban hành {adopted} nằm sau khi giai đoạn kế hoạch {period} đã kết thúc"
    ),
    "plan.no_plans": "không còn tệp kế hoạch nào để kiểm tra (đã loại hết)",
    "waiver.reason": "miễn trừ phải có lý do",
    # configuration and command line
    "config.missing": "không có tệp cấu hình này",
    "config.toml": "TOML không hợp lệ: {reason}",
    "config.not_mapping": "tệp cấu hình phải là ánh xạ các thiết lập",
    "cli.unknown_format": "không có định dạng {name!r}",
    "cli.format_file": "định dạng {value!r}: hãy ghi tên tệp sau dấu hai chấm",
    "cli.one_stdout": (
        "chỉ một định dạng được in ra màn hình: các định dạng khác cần tên tệp, ví dụ "
        "-f sarif:egovcheck.sarif"
    ),
    "cli.unknown_check": "không có kiểm tra {name!r}",
    "cli.unknown_programme": "không có chương trình {name!r}",
    "cli.as_of": "--as-of phải là ngày dạng YYYY-MM-DD, ở đây là {got!r}",
    "cli.level": "--level phải là một trong {allowed}, ở đây là {got!r}",
    "cli.period": "--period: {reason}",
    # baselines
    "baselines.missing": (
        "thiếu dữ liệu chương trình quốc gia kèm theo (đã tìm ở {packaged} và {checkout})"
    ),
    "baselines.no_catalogue": "thiếu danh mục chỉ tiêu",
    "baselines.no_programmes": "không có tệp chương trình nào",
    "baselines.needs_folder": "--baselines cần một thư mục",
    "baselines.empty_folder": "thư mục không có tệp chương trình (*.yaml)",
    "baselines.problem": "{detail}",
    "baselines.id_file": "mã {id!r} khác tên tệp",
    "baselines.unknown_scope": "không có cấp {scope!r}",
    "baselines.scope_levels": "cấp {scope!r} không thể áp dụng cho kế hoạch cấp {levels}",
    # report
    "report.unknown_method": "không có phương pháp {name!r}",
    "report.no_stdin": "report đọc các tệp kế hoạch, không đọc đầu vào chuẩn: hãy lưu ra tệp trước",
    "report.needs_file": "định dạng {format} cần một tệp: hãy ghi -o TỆP",
    "report.needs_openpyxl": "định dạng xlsx cần openpyxl: pip install 'egovcheck[report]'",
    "report.needs_matplotlib": (
        "định dạng html cần matplotlib và jinja2: pip install 'egovcheck[report]'"
    ),
    # extract
    "extract.needs_package": "đọc tệp này cần gói tùy chọn {package}: pip install '{extra}'",
    "extract.cannot_read": "không đọc được: {reason}",
    # hostile input: characters that hide lines, special files, paths out of the repository
    "yaml.line_separator": (
        "ký tự {char} làm YAML xuống dòng nhưng trình soạn thảo và git diff thì không "
        "(phần sau nó có thể ẩn trong một chú thích): chỉ được dùng trong chuỗi có dấu nháy"
    ),
    "file.special": "không phải tệp thường (ống dẫn, thiết bị hoặc socket): không đọc",
    "file.link_loop": "các liên kết tượng trưng lặp vòng",
    "config.path_outside": (
        "{path!r} nằm ngoài thư mục của tệp cấu hình (đường dẫn tuyệt đối hoặc qua '..'): "
        "hãy đưa tệp như vậy trên dòng lệnh"
    ),
    "file.foreign": (
        "không khóa nào trong {count} khóa cấp đầu của tệp thuộc loại tệp này: không phải tệp "
        "cần đọc (nội dung không được hiển thị)"
    ),
    "config.too_deep": "lồng nhau quá sâu",
}


def needed(gain: float, deadline: int, target: float) -> str:
    """The pace a value implies."""
    return (
        f"cần tăng {num(gain, 'vi')} điểm phần trăm mỗi năm để đạt "
        f"{num(target, 'vi')}% năm {deadline}"
    )


def finding(f: Finding, w: Words) -> str:
    """The sentence for a finding."""
    x: dict[str, Any] = f.facts
    name, target, deadline, cite, value = w.name, w.target, w.deadline, w.cite, w.value
    nat = "mục tiêu của kế hoạch cấp trên" if w.parent else "mục tiêu quốc gia"
    if f.code == "CV01":
        if "last_year" in x:
            text = (
                f"Kế hoạch chỉ đặt chỉ tiêu «{name}» đến năm {x['last_year']}, chưa tới hạn "
                f"{deadline} của {nat} {target} ({cite})."
            )
        else:
            text = (
                f"Kế hoạch chưa đặt chỉ tiêu «{name}»; {nat}: {target} đến năm {deadline} ({cite})."
            )
        if "unscoped_key" in x:
            text += (
                f" Kế hoạch có đặt «{x['unscoped_key']}» nhưng không ghi cấp; mục tiêu quốc gia "
                f"tính riêng từng cấp: hãy ghi {f.key}."
            )
    elif f.code == "LV01":
        text = (
            f"Kế hoạch đặt chỉ tiêu năm {f.year} là {value}, thấp hơn {num(f.gap, 'vi')} điểm "
            f"phần trăm so với {nat} {target} (hạn {deadline}, {cite})."
        )
        if "confirmed_by" in x:
            text += (
                f" {x['confirmed_by']} cũng đặt {num(x['confirmed_value'], 'vi')}% cho cùng hạn, "
                "và kế hoạch cũng chưa đạt mức này."
            )
    elif f.code == "TM01":
        text = (
            f"Kế hoạch không đặt chỉ tiêu cho năm {deadline} và đến năm {x['reached_year']} mới "
            f"đạt {target}, trễ {x['years_late']} năm so với hạn quốc gia ({cite})."
        )
    elif f.code == "TR01":
        start = (
            f"{num(x['start_value'], 'vi')}% "
            f"({LABELS.get(x['start_kind'], x['start_kind'])} {x['start_year']})"
        )
        text = (
            f"Kế hoạch đặt chỉ tiêu năm {f.year} là {value}, thấp hơn lộ trình tăng đều từ "
            f"{start} đến {target} năm {deadline}: năm {f.year} cần ít nhất "
            f"{num(x['required_value'], 'vi')}% ({cite})."
        )
    elif f.code == "TR02":
        ratio = "–" if x.get("ratio") is None else f"{num(max(x['ratio'], 0) * 100, 'vi', 0)}%"
        gain = x["observed_gain"]
        trend = f"tăng {num(gain, 'vi', 2)}" if gain >= 0 else f"giảm {num(-gain, 'vi', 2)}"
        text = (
            f"Theo kế hoạch, chỉ tiêu {trend} điểm phần trăm mỗi năm (từ "
            f"{num(x['base_value'], 'vi')}% năm {x['base_year']} đến {value} năm {f.year}), "
            f"trong khi cần tăng {num(x['required_gain'], 'vi', 2)} điểm phần trăm mỗi năm để "
            f"đạt {target} năm {deadline}: mới đạt {ratio} tốc độ cần thiết — "
            f"{LABELS[x['pace_class']]} ({cite})."
        )
    elif f.code == "TR03":
        slope = x["slope"]
        trend = f"tăng {num(slope, 'vi', 2)}" if slope >= 0 else f"giảm {num(-slope, 'vi', 2)}"
        text = (
            f"Theo xu hướng số liệu thực tế ({x['actuals_used']} năm, {trend} điểm phần trăm "
            f"mỗi năm), năm {deadline} dự kiến đạt {num(x['projected_value'], 'vi')}%, chưa "
            f"đạt mục tiêu {target} — {LABELS[x['pace_class']]} ({cite})."
        )
    elif f.code == "TR04":
        text = (
            f"Kế hoạch đặt chỉ tiêu năm {f.year} là {value}, thấp hơn năm {x['previous_year']} "
            f"({num(x['previous_value'], 'vi')}%)."
        )
    elif f.code == "WV01":
        year = f" {f.year}" if f.year is not None else ""
        text = (
            f"Miễn trừ {x['waiver_code']} cho {f.key}{year} không khớp phát hiện nào: "
            "hãy bỏ miễn trừ này, hoặc sửa mã, chỉ tiêu, năm."
        )
    elif f.code == "WV02":
        hint = f" (có phải là {x['hint']!r}?)" if x.get("hint") else ""
        text = f"Miễn trừ ghi mã kiểm tra không tồn tại «{x['waiver_code']}»{hint}."
    else:  # pragma: no cover - every registered code has a sentence (tested)
        text = f.code
    if f.waiver is not None:
        if f.waiver.expired:
            text += f" Miễn trừ đã hết hạn ngày {f.waiver.expires}: phát hiện có hiệu lực trở lại."
        else:
            text += f" [Đã miễn trừ: {f.waiver.reason}]"
    if f.unconfirmed:
        text += " Mục tiêu quốc gia này chưa được xác nhận (chỉ có một nguồn thứ cấp)."
    return text
