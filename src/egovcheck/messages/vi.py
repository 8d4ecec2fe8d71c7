"""Tiếng Việt: every user-facing text of egovcheck in Vietnamese (the default language)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from egovcheck.messages.base import Words, num, pct

if TYPE_CHECKING:
    from egovcheck.findings import Finding

DECIMAL = ","

LABELS: dict[str, str] = {
    "missing": "thiếu chỉ tiêu",
    "below-national": "thấp hơn mức quốc gia",
    "below-parent": "thấp hơn kế hoạch cấp trên",
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
    "secondary": "thứ cấp: trang chính thức hoặc ≥ 2 nguồn",
    "single": "một nguồn, chưa xác nhận",
    "province": "cấp tỉnh",
    "district": "cấp huyện",
    "commune": "cấp xã (xã, phường, đặc khu)",
    "ministry": "cấp bộ",
    "actual": "thực tế",
    "plan": "kế hoạch",
    # report
    "eurostat.on-track": "tiến bộ đáng kể",
    "eurostat.moderately-improving": "tiến bộ vừa phải",
    "eurostat.stagnating": "tiến bộ chưa đủ",
    "eurostat.decreasing": "đi xa khỏi mục tiêu",
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
    # report
    "report.col.file": "Tệp",
    "report.col.issuer": "Cơ quan ban hành",
    "report.col.level": "Cấp",
    "report.col.period": "Giai đoạn",
    "report.col.key": "Chỉ tiêu",
    "report.col.indicator_name": "Tên chỉ tiêu",
    "report.col.year": "Năm",
    "report.col.plan_value": "Kế hoạch (%)",
    "report.col.plan_qualifier": "Kế hoạch: dấu",
    "report.col.national_value": "Quốc gia (%)",
    "report.col.national_qualifier": "Quốc gia: dấu",
    "report.col.deadline": "Hạn",
    "report.col.programme": "Chương trình",
    "report.col.document": "Văn bản",
    "report.col.location": "Vị trí trong văn bản",
    "report.col.evidence": "Mức xác thực",
    "report.col.outcome": "Kết quả",
    "report.col.codes": "Mã",
    "report.col.severity": "Mức độ",
    "report.col.waived": "Miễn trừ",
    "report.col.gap": "Chênh lệch (điểm %)",
    "report.col.required_gain": "Cần tăng/năm",
    "report.col.method": "Phương pháp",
    "report.col.trajectory_class": "Tốc độ (lộ trình)",
    "report.col.trajectory_ratio": "Tỷ lệ (lộ trình)",
    "report.col.trend_class": "Tốc độ (thực tế)",
    "report.col.trend_ratio": "Tỷ lệ (thực tế)",
    "report.col.methods_disagree": "Hai phương pháp khác nhau",
    "report.col.line": "Dòng",
    "report.col.note": "Ghi chú",
    "report.col.pace_both": "Tốc độ (lộ trình; thực tế)",
    "report.col.source": "Căn cứ",
    "report.col.count": "Số dòng",
    "report.count.rows": "Số dòng",
    "report.count.error": "Lỗi",
    "report.count.warning": "Cảnh báo",
    "report.count.ok": "Đạt, đúng lộ trình",
    "report.count.other": "Khác",
}

# The fact sheet's remarks on where a target sits, as Vietnamese output shows them.
LOCATION: dict[str, str] = {
    "(article not stated in the sources read)": "(các nguồn đã đọc không nêu điều, khoản)",
    "not stated in the sources read": "các nguồn đã đọc không nêu vị trí",
    "targets part": "phần mục tiêu",
    "(location assumed)": "(vị trí suy đoán)",
    "(not seen)": "(chưa đọc được văn bản gốc)",
    "(assumed)": "(vị trí suy đoán)",
}

TEXT: dict[str, str] = {
    # hints appended to other messages
    "usage.line": "Cách dùng: {usage}",
    "usage.help": "Xem '{command} --help' để biết các tùy chọn.",
    "usage.aborted": "Đã dừng.",
    "usage.no_such_option": "không có tùy chọn {option}",
    "usage.no_such_command": "không có lệnh '{name}'",
    "usage.missing_command": "thiếu tên lệnh",
    "usage.missing_argument": "thiếu đối số {name}",
    "usage.missing_option": "thiếu tùy chọn {name}",
    "usage.bad_value": "{name} không nhận giá trị '{value}'",
    "usage.bad_value_of": "giá trị của {name} không hợp lệ",
    "usage.needs_value": "tùy chọn {option} cần một giá trị",
    "usage.takes_no_value": "tùy chọn {option} không nhận giá trị",
    "usage.extra": "thừa đối số: {args}",
    "usage.not_a_folder": "{name}: '{value}' là một tệp, không phải thư mục",
    "usage.not_a_file": "{name}: '{value}' là một thư mục, không phải tệp",
    "usage.no_such_path": "{name}: không có '{value}'",
    "usage.other": "dòng lệnh không hợp lệ ({detail})",
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
    "file.would_write_into": "sẽ ghi vào thư mục đầu vào {folder}",
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
    "plan.district_gone": (
        "kế hoạch cấp huyện {when}: từ ngày {ended} chính quyền địa phương chỉ còn hai cấp "
        "(tỉnh và xã), cấp huyện không còn; hãy chọn level province hoặc commune"
    ),
    "plan.district_key_gone": (
        "chỉ tiêu cấp huyện cho năm {year}: từ ngày {ended} cấp huyện không còn (chính quyền "
        "địa phương hai cấp); chỉ tiêu cấp huyện chỉ đặt được đến năm {last}"
    ),
    "plan.district_adopted": "ban hành ngày {adopted}",
    "plan.district_years": "cho năm {year}",
    "notice.no_programme": (
        "không có chương trình quốc gia nào ban hành trước ngày thông qua kế hoạch ({adopted}); "
        "chương trình sớm nhất trong dữ liệu ban hành ngày {first}: không có mục tiêu nào "
        "để đối chiếu"
    ),
    "notice.beyond_data": (
        "kế hoạch kéo dài đến năm {last}, sau hạn cuối cùng của các mục tiêu quốc gia trong dữ "
        "liệu ({horizon}): các năm sau {horizon} chỉ được đối chiếu với mức sàn"
    ),
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
    "report.cannot_render": "không thể trình bày trong báo cáo {format} ({reason}): đã bỏ ra",
    "report.no_stdin": "report đọc các tệp kế hoạch, không đọc đầu vào chuẩn: hãy lưu ra tệp trước",
    "report.needs_file": "định dạng {format} cần một tệp: hãy ghi -o TỆP",
    "report.needs_openpyxl": "định dạng xlsx cần openpyxl: pip install 'egovcheck[report]'",
    "report.needs_matplotlib": (
        "định dạng html cần matplotlib và jinja2: pip install 'egovcheck[report]'"
    ),
    "report.summary": "Đã lập báo cáo cho {plans} kế hoạch: {rows} dòng",
    "report.summary.disagree": ", {n} dòng hai phương pháp khác nhau",
    "report.disagree.path": (
        "Hai phương pháp đánh giá lộ trình kế hoạch khác nhau: tuyến tính SDSN: {sdsn} "
        "(tỷ lệ {sdsn_ratio}); CAGR Eurostat: {eurostat} ({eurostat_words}, tỷ lệ "
        "{eurostat_ratio}{complement})."
    ),
    "report.disagree.trend": (
        "Hai phương pháp đánh giá xu hướng số liệu thực tế khác nhau: tuyến tính SDSN: "
        "{sdsn} (tỷ lệ {sdsn_ratio}); CAGR Eurostat: {eurostat} ({eurostat_words}, tỷ lệ "
        "{eurostat_ratio}{complement})."
    ),
    "report.disagree.complement": ", tính trên khoảng cách tới 100%",
    "report.disagree_count": "{n} dòng: hai phương pháp (SDSN, Eurostat) xếp loại khác nhau (⚠).",
    "report.national_row": "Quốc gia: {document}",
    "report.title": "Báo cáo đối chiếu kế hoạch ứng dụng CNTT",
    "report.provenance": "Nguồn gốc",
    "report.summary_heading": "Tổng hợp",
    "report.gap_table": "Bảng chênh lệch",
    "report.by.indicator": "Theo chỉ tiêu",
    "report.by.plan": "Theo kế hoạch",
    "report.programmes": "Chương trình quốc gia",
    "report.parents": "Kế hoạch cấp trên (--against)",
    "report.programme": "Chương trình",
    "report.checksum": "Mã kiểm tra dữ liệu chuẩn",
    "report.method": "Phương pháp",
    "report.compared_with": "so sánh với",
    "report.compared_with_label": "So sánh với",
    "report.as_of": "--as-of",
    "report.today": "hôm nay",
    "report.unreadable": "không đọc được",
    "report.inputs": "Tệp đầu vào",
    "report.hashes_at_the_end": "sha256 ở cuối báo cáo",
    "report.hashes_below": "sha256 ở dưới",
    "report.inputs_sha256": "Tệp đầu vào (sha256)",
    "report.rows_by_outcome": "Số dòng theo kết quả",
    "report.rows_by_plan": "Số dòng theo kế hoạch",
    "report.error": "lỗi",
    "report.sheet.summary": "Tổng hợp",
    "report.sheet.gap": "Bảng chênh lệch",
    "report.sheet.indicator": "Theo chỉ tiêu",
    "report.sheet.plan": "Theo kế hoạch",
    "report.html.title": "Báo cáo đối chiếu kế hoạch ứng dụng CNTT với mục tiêu quốc gia",
    "report.html.inputs_count": "{n} tệp, kèm mã sha256",
    "report.html.charts": "Biểu đồ theo chỉ tiêu",
    "report.html.indicator": "Theo chỉ tiêu: đơn vị × năm",
    "report.html.plan": "Theo kế hoạch: chỉ tiêu × năm",
    "report.html.disagree": "Hai phương pháp (SDSN, Eurostat) xếp loại khác nhau",
    "report.html.disagree_count": (
        "{n} dòng: hai phương pháp (SDSN tuyến tính, CAGR Eurostat) xếp loại khác nhau."
    ),
    "report.html.chart_help": (
        "Đường liền có chấm tròn: giá trị kế hoạch; chấm vuông rỗng: số liệu thực tế; nét "
        "đứt: dự báo theo xu hướng thực tế; chấm chấm: lộ trình tăng đều cần thiết từ "
        "điểm xuất phát đến mục tiêu kế tiếp; hình thoi đen: mục tiêu quốc gia."
    ),
    "report.html.by_indicator": "Tổng hợp theo chỉ tiêu",
    "report.html.by_indicator_help": (
        "Số kế hoạch theo từng chỉ tiêu. Không đạt: có ít nhất một dòng có phát hiện (thiếu "
        "chỉ tiêu, thấp hơn mục tiêu quốc gia, trễ hạn, lệch lộ trình, thực tế chưa đạt...); "
        "nếu không, đạt hoặc đúng lộ trình theo năm được đánh giá sau cùng; chưa đánh giá: "
        "không có mục tiêu quốc gia, không áp dụng, không đánh giá được hoặc được miễn trừ."
    ),
    "report.html.by_plan": "Tổng hợp theo kế hoạch",
    "report.html.by_indicator_order": (
        "Chỉ tiêu có nhiều kế hoạch không đạt nhất xếp trước, sau đó theo tên chỉ tiêu."
    ),
    "report.html.standing.plans": "Số kế hoạch",
    "report.html.standing.meets": "Đạt",
    "report.html.standing.misses": "Không đạt",
    "report.html.standing.on_track": "Đúng lộ trình",
    "report.html.standing.not_assessed": "Chưa đánh giá",
    "report.chart.national_year": "mục tiêu quốc gia {year}",
    "report.chart.others": "{n} kế hoạch khác",
    "report.chart.more": "{n} kế hoạch khác trong dải màu xám",
    "report.chart.band": "{n} kế hoạch khác (thấp nhất–cao nhất)",
    "report.chart.median": "trung vị",
    "report.chart.national": "mục tiêu quốc gia",
    "report.chart.plan": "kế hoạch",
    "report.chart.required": "lộ trình cần thiết",
    "report.chart.actual": "thực tế",
    "report.chart.trend": "dự báo theo xu hướng",
    # extract
    "extract.needs_package": "đọc tệp này cần gói tùy chọn {package}: pip install '{extra}'",
    "extract.cannot_read": "không đọc được: {reason}",
    "baselines.replaces": "{path}: thay thế {old} ({id})",
    # command line: what the commands print around their output
    "cli.summary": "Đã kiểm tra {plans} kế hoạch: {errors} lỗi, {warnings} cảnh báo",
    "cli.summary.unreadable": "; {unreadable} tệp không đọc được",
    "cli.bug": "đây là lỗi của egovcheck: xin hãy báo lỗi, kèm câu lệnh và tệp đầu vào",
    "cli.explain.head": "{code} {name} (mức độ mặc định: {severity})",
    "cli.config.file": "tệp cấu hình: {file}",
    "cli.config.no_file": "tệp cấu hình: (không có)",
    "cli.config.setting": "thiết lập",
    "cli.config.value": "giá trị",
    "cli.config.from": "nguồn",
    "cli.config.default_lang": "(theo $EGOVCHECK_LANG, rồi $LANG, nếu không thì vi)",
    "cli.config.default_programmes": "(các chương trình có hiệu lực khi từng kế hoạch ban hành)",
    "cli.config.default_checks": "(tất cả, mức độ mặc định)",
    "cli.baselines.id": "mã",
    "cli.baselines.document": "văn bản",
    "cli.baselines.issued": "ngày ban hành",
    "cli.baselines.period": "giai đoạn",
    "cli.baselines.targets": "số mục tiêu",
    "cli.baselines.evidence": "mức xác thực",
    "view.programme.period": "giai đoạn",
    "view.programme.orientation": "định hướng",
    "view.programme.indicator": "chỉ tiêu",
    "view.programme.value": "giá trị",
    "view.programme.deadline": "hạn",
    "view.programme.applies": "áp dụng",
    "view.programme.location": "vị trí",
    "view.programme.evidence": "mức xác thực",
    "view.path.key": "Chỉ tiêu",
    "view.path.year": "Năm",
    "view.path.minimum": "Tối thiểu",
    "view.path.plan": "Kế hoạch",
    "view.path.next": "Mục tiêu kế tiếp",
    "view.path.source": "Căn cứ",
    # command-line help
    "help.app": (
        "Kiểm tra kế hoạch ứng dụng CNTT của tỉnh, huyện, bộ so với mục tiêu các chương trình "
        "quốc gia."
    ),
    "help.version": "In phiên bản.",
    "help.option.lang": (
        "Ngôn ngữ kết quả (mặc định: theo $EGOVCHECK_LANG, rồi $LANG, nếu không thì vi)."
    ),
    "help.option.baselines": (
        "Thêm các tệp chương trình (cùng định dạng có sẵn) từ thư mục này; tệp trùng mã với "
        "chương trình có sẵn sẽ thay thế nó. Có thể lặp lại."
    ),
    "help.option.programme": (
        "Đánh giá theo chương trình có mã này (có thể lặp lại) thay cho các chương trình có "
        "hiệu lực khi kế hoạch được ban hành."
    ),
    "help.option.select": "Chỉ chạy các kiểm tra này: theo mã, tên hoặc nhóm.",
    "help.option.ignore": "Bỏ qua các kiểm tra này: theo mã, tên hoặc nhóm.",
    "help.option.waivers": "Tệp miễn trừ (có thể lặp lại); bổ sung cho các tệp trong cấu hình.",
    "help.option.as_of": (
        "Ngày dùng để xét hạn của miễn trừ (mặc định: hôm nay, theo giờ Việt Nam)."
    ),
    "help.option.exclude": "Bỏ qua các tệp khớp mẫu này.",
    "help.option.config": "Dùng tệp cấu hình này thay vì tự tìm.",
    "help.option.csv_bom": "Thêm BOM ở đầu tệp CSV (để bảng tính đọc đúng tiếng Việt).",
    "help.option.output": "Ghi kết quả vào tệp này (ghi trọn vẹn một lần).",
    "help.option.format": "Định dạng kết quả.",
    "help.option.against": (
        "Kiểm tra thêm theo chỉ tiêu của kế hoạch này (kế hoạch của tỉnh mà huyện thực hiện, "
        "hoặc kế hoạch 5 năm mà kế hoạch năm thực hiện). Có thể lặp lại."
    ),
    "help.check": "Kiểm tra các tệp kế hoạch, in các chỗ thiếu hụt và cảnh báo về lộ trình.",
    "help.check.plans": (
        "Tệp kế hoạch, thư mục (mọi tệp *.yaml/*.yml bên trong), mẫu tên tệp, hoặc - để đọc "
        "từ đầu vào chuẩn."
    ),
    "help.check.format": (
        "table, json, markdown, csv, sarif, junit hoặc github; có thể lặp lại, mỗi định dạng một "
        "tệp riêng (-f table -f sarif:out.sarif). Mặc định: table, hoặc github khi "
        "GITHUB_ACTIONS=true."
    ),
    "help.check.fail_on": (
        "Thoát với mã 1 khi có phát hiện chưa được miễn trừ ở mức này trở lên [mặc định: error]."
    ),
    "help.config": "In cấu hình đang dùng và nơi đặt từng giá trị.",
    "help.schema": "In JSON Schema của tệp kế hoạch (cho trình soạn thảo: yaml-language-server).",
    "help.explain": "In nội dung một kiểm tra, kèm ví dụ đạt và không đạt.",
    "help.explain.code": "Mã kiểm tra (LV01) hoặc tên (level.below-national).",
    "help.baselines": (
        "Liệt kê các chương trình quốc gia có sẵn, hoặc xem một chương trình với các mục tiêu và "
        "nguồn của chúng."
    ),
    "help.baselines.list": "Liệt kê các chương trình quốc gia: có sẵn và thêm bằng --baselines.",
    "help.baselines.show": "Xem một chương trình: các mục tiêu với vị trí, mức xác thực và nguồn.",
    "help.baselines.id": "Mã chương trình.",
    "help.path": "In giá trị tối thiểu mỗi năm của kế hoạch cần có để kịp đạt mục tiêu kế tiếp.",
    "help.path.plan": "Tệp kế hoạch.",
    "help.path.programme": "Đánh giá theo chương trình có mã này (có thể lặp lại).",
    "help.path.against": "Kế hoạch cấp trên (có thể lặp lại).",
    "help.init": "Tạo bản mẫu kế hoạch có chú thích, liệt kê mọi mục tiêu quốc gia áp dụng.",
    "help.init.level": "province (tỉnh), district (huyện), commune (xã) hoặc ministry (bộ).",
    "help.init.period": "2021 hoặc 2021-2025.",
    "help.init.adopted": "Ngày ban hành (quyết định chương trình nào được áp dụng).",
    "help.init.issuer": "ví dụ 'UBND tỉnh Hòa Bình'.",
    "help.init.programme": "Dùng các chương trình có mã này (có thể lặp lại).",
    "help.init.output": "Ghi bản mẫu vào tệp này.",
    "help.extract": "Đọc một kế hoạch hoặc bài viết về kế hoạch và tạo bản nháp tệp kế hoạch.",
    "help.extract.file": "Một kế hoạch hoặc bài viết: .txt, .md, .docx hoặc .pdf.",
    "help.extract.output": "Ghi bản nháp vào tệp này.",
    "help.extract.check": "Kiểm tra bản nháp như egovcheck check (bảng kết quả ra stderr).",
    "help.report": "Lập bảng đối chiếu cho nhiều kế hoạch (xlsx, csv, markdown, html).",
    "help.report.plans": "Tệp kế hoạch, thư mục (mọi tệp *.yaml/*.yml bên trong) hoặc mẫu tên tệp.",
    "help.report.format": "xlsx và html cần --output.",
    "help.report.by": (
        "Bảng xoay: indicator (mỗi chỉ tiêu: cơ quan theo hàng, năm theo cột) hoặc plan (mỗi "
        "kế hoạch: chỉ tiêu theo hàng, năm theo cột). Mặc định: bảng chênh lệch đầy đủ."
    ),
    "help.report.method": (
        "Phương pháp đánh giá lộ trình hiển thị: sdsn (tuyến tính, như các kiểm tra) hoặc "
        "eurostat (tỷ số tốc độ tăng trưởng kép hằng năm). Cả hai đều được tính; dòng nào hai "
        "phương pháp xếp loại khác nhau sẽ được đánh dấu."
    ),
    "help.report.provenance": (
        "Ghi thêm thông tin nguồn gốc (phiên bản, chương trình, mã kiểm tra dữ liệu, phương "
        "pháp, --as-of, mã băm tệp đầu vào) dạng JSON vào FILE; bản CSV không tự mang thông "
        "tin này."
    ),
    "help.report.chart_lines": (
        "Biểu đồ HTML: số kế hoạch được vẽ thành đường riêng cho mỗi chỉ tiêu (kém nhất "
        "trước); các kế hoạch còn lại gộp thành dải màu xám."
    ),
    "extract.too_large": "tệp quá lớn: {size} byte, giới hạn {limit} byte",
    "extract.not_docx": "không phải tệp .docx (không phải tệp zip): kiểm tra lại đuôi tệp",
    "extract.not_pdf": "không phải tệp .pdf (không có dấu hiệu %PDF-): kiểm tra lại đuôi tệp",
    "extract.too_many_members": "tệp .docx có {count} thành phần, giới hạn {limit}",
    "extract.unpacked_too_large": "tệp .docx giải nén ra {size} byte, giới hạn {limit} byte",
    "extract.xml_entities": "tệp .docx có khai báo DOCTYPE/ENTITY trong {member}: không đọc",
    "extract.too_many_pages": "tệp .pdf có {pages} trang, giới hạn {limit} trang",
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

# Output texts (the terminal table, init, the schema, the report), kept in one block.
HEADERS.update(
    {
        "parent": "Kế hoạch cấp trên",
        "report.col.source_wording": "Nguyên văn mục tiêu",
        "report.col.source_refs": "Nguồn dẫn",
    }
)
TEXT.update(
    {
        "parent.lower_tier": (
            "kế hoạch cấp trên {parent} là kế hoạch {parent_level}, thấp hơn kế hoạch này "
            "({level}): --against chỉ nhận kế hoạch cùng cấp hoặc cấp trên"
        ),
        "level.province": "cấp tỉnh",
        "level.district": "cấp huyện",
        "level.commune": "cấp xã",
        "level.ministry": "cấp bộ",
        "init.period.year": "năm {year}",
        "init.period.range": "giai đoạn {first}-{last}",
    }
)


# Check outputs: paths for code scanning, the Markdown summary, notices, baselines' dates.
TEXT.update(
    {
        "summary.title": "Kết quả kiểm tra",
        "summary.pass": "Đạt: không có phát hiện nào (chưa miễn trừ) từ mức {threshold} trở lên",
        "summary.fail": "Không đạt: {count} phát hiện (chưa miễn trừ) từ mức {threshold} trở lên",
        "summary.never": "Đạt: --fail-on never, không phát hiện nào làm lần kiểm tra thất bại",
        "summary.fail_unreadable": "Không đạt: {unreadable} tệp không đọc được",
        "cell.actual": "{value} (thực tế {year})",
        "cli.baselines.kind": "loại, cơ quan ban hành",
        "baselines.kind.decision": "quyết định của {body}",
        "baselines.kind.resolution": "nghị quyết của {body}",
        "baselines.kind.party_resolution": "nghị quyết của Đảng ({body})",
        "baselines.kind.plan": "kế hoạch cấp trên ({body})",
        "baselines.newest": (
            "Văn bản mới nhất trong dữ liệu: {document} ({kind}), ban hành ngày {issued}; "
            "hạn cuối cùng của các mục tiêu: {horizon}"
        ),
        "cell.actual_same_year": "{value} (thực tế)",
        "cell.evidence": "mức xác thực: {grade}",
        "help.check.base_dir": (
            "SARIF và chú thích GitHub ghi tên tệp tương đối với thư mục này (mặc định: gốc "
            "kho git chứa thư mục làm việc, nếu không thì thư mục làm việc)."
        ),
    }
)

HEADERS.update(
    {
        "summary.plans": "Kế hoạch",
        "summary.errors": "Lỗi",
        "summary.warnings": "Cảnh báo",
        "summary.notes": "Ghi chú",
        "summary.waived": "Đã miễn trừ",
        "summary.unreadable": "Tệp không đọc được",
        "notices": "Lưu ý",
    }
)


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
    elif f.code == "AC01":
        text = (
            f"Số liệu thực tế năm {x['actual_year']} là {value}, thấp hơn "
            f"{num(f.gap, 'vi')} điểm phần trăm so với {nat} {target} đến hạn năm {deadline} "
            f"({cite}): chưa đạt."
        )
        if "confirmed_by" in x:
            text += (
                f" {x['confirmed_by']} cũng đặt {num(x['confirmed_value'], 'vi')}% cho cùng hạn, "
                "và số liệu thực tế cũng chưa đạt mức này."
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
    if f.national is not None and f.national.also:
        others = "; ".join(
            f"{a.document}: {pct(a.value, a.qualifier, 'vi')}" for a in f.national.also
        )
        text += f" Cùng hạn {deadline}, các văn bản khác đặt: {others}."
    if f.waiver is not None:
        if f.waiver.expired:
            text += f" Miễn trừ đã hết hạn ngày {f.waiver.expires}: phát hiện có hiệu lực trở lại."
        else:
            text += f" [Đã miễn trừ: {f.waiver.reason}]"
    if f.unconfirmed:
        text += " Mục tiêu quốc gia này chưa được xác nhận (chỉ có một nguồn thứ cấp)."
    return text


# What each check looks for (``egovcheck explain CODE``); the English text is the check's
# docstring. A test holds every check code to an entry here.
EXPLAIN: dict[str, str] = {
    "AC01": """Số liệu thực tế tại một hạn quốc gia thấp hơn mục tiêu quốc gia (đánh giá sau).

Với mỗi hạn quốc gia của một chỉ tiêu, số liệu thực tế của kế hoạch cho đúng năm đến hạn,
nếu không có thì số liệu thực tế gần nhất sau năm đó, được so với mục tiêu đến hạn năm đó
(mục tiêu của văn bản chặt nhất, như LV01; kể cả các hạn trước giai đoạn kế hoạch). Phát hiện
ghi ở năm đến hạn, kèm chênh lệch tính bằng điểm phần trăm và văn bản chưa đạt; số liệu thực
tế bằng hoặc cao hơn mục tiêu có kết quả «đã đạt». Báo cáo tiến độ chỉ có số liệu thực tế,
không có chỉ tiêu, cũng được đánh giá như vậy. Mục tiêu chỉ có một nguồn cho phát hiện ở mức
cảnh báo và nói rõ điều đó.

Không đạt (thực tế 2025: 70; mục tiêu quốc gia 80% năm 2025, Quyết định 749/QĐ-TTg):
    actuals: {services_level4: {2025: 70}}         chênh lệch 10 điểm
Đạt:
    actuals: {services_level4: {2025: 85}}         đã đạt
    actuals: {services_level4: {2024: 70}}         không có số liệu thực tế từ năm 2025""",
    "CV01": """Một mục tiêu quốc gia áp dụng cho kế hoạch nhưng kế hoạch không đặt giá trị cho nó.

Xét mọi mục tiêu quốc gia áp dụng cho cấp của kế hoạch và đến hạn trong giai đoạn kế hoạch;
với chỉ tiêu không có mục tiêu nào đến hạn trong giai đoạn, xét mục tiêu kế tiếp đến hạn sau
giai đoạn. Kế hoạch bao quát một mục tiêu khi đặt giá trị cho chỉ tiêu của mục tiêu đó: mục
tiêu quốc gia không ghi cấp được bao quát bởi chỉ tiêu ở bất kỳ cấp nào hoặc không ghi cấp;
mục tiêu có ghi cấp được bao quát bởi chỉ tiêu ở cấp đó, hoặc bởi chỉ tiêu không ghi cấp khi
cấp của kế hoạch chính là cấp đó. Một mục tiêu đến hạn trong giai đoạn cũng bị coi là thiếu
khi mọi giá trị kế hoạch đặt cho nó đều dừng trước hạn và không giá trị nào đạt. Tệp chỉ có
số liệu thực tế, không có chỉ tiêu, là báo cáo tiến độ: được đánh giá theo số liệu thực tế
(AC01) và không phải đặt chỉ tiêu.

Không đạt (Hòa Bình 2017 không đặt chỉ tiêu văn bản trình dưới dạng điện tử):
    quốc gia  docs_submitted_electronic 100% năm 2020 (Quyết định 1819/QĐ-TTg)
    targets:  {docs_interagency_electronic: {2017: 60}}
Đạt:
    targets:  {docs_submitted_electronic: {2017: 80}, docs_interagency_electronic: {2017: 60}}""",
    "LV01": """Giá trị kế hoạch đặt cho một năm thấp hơn mức sàn quốc gia của năm đó.

Mức sàn của một chỉ tiêu năm t là mục tiêu của hạn quốc gia gần nhất trước hoặc đúng năm t,
kể cả các hạn trước giai đoạn kế hoạch, của các chương trình ban hành trước khi kế hoạch được
ban hành. Giá trị phải đạt mục tiêu của mọi văn bản cho hạn đó, nên phát hiện dẫn văn bản
chặt nhất mà kế hoạch chưa đạt và nêu các văn bản khác. Chênh lệch là mục tiêu trừ giá trị kế
hoạch, tính bằng điểm phần trăm. Mục tiêu quốc gia «trên X» chỉ đạt khi giá trị lớn hơn X,
hoặc cũng là X và cũng ghi «trên». Mục tiêu chỉ có một nguồn cho phát hiện nhiều nhất ở mức
cảnh báo, trừ khi kế hoạch cũng chưa đạt mục tiêu có căn cứ tốt hơn của văn bản khác cùng hạn.

Không đạt (mục tiêu quốc gia 80% năm 2020, Quyết định 1819/QĐ-TTg):
    docs_interagency_electronic: {2020: 75}        chênh lệch 5 điểm
Không đạt (năm 2030: «trên 80%» trong 57-NQ/TW, «≥ 80» trong 03/NQ-CP):
    online_service_usage: {2030: 80}               đạt mức của 03, chưa đạt mức của 57: chênh lệch 0
Đạt:
    docs_interagency_electronic: {2020: 80}
    docs_interagency_electronic: {2019: 70}        năm 2019 chưa có mục tiêu nào đến hạn""",
    "TM01": """Kế hoạch bỏ qua một năm đến hạn quốc gia trong giai đoạn và chỉ đạt mức đó muộn hơn.

Với mỗi mục tiêu quốc gia đến hạn trong giai đoạn kế hoạch: khi kế hoạch không đặt giá trị
cho năm đến hạn, không giá trị nào trước đó đạt mức quốc gia, và một năm sau đó đạt: phát hiện
ghi ở năm đến hạn, kèm năm đầu tiên kế hoạch đạt mức này.

Không đạt (mục tiêu quốc gia 80% năm 2020, kế hoạch 2019-2021):
    docs_interagency_electronic: {2019: 70, 2021: 80}     đạt 80% năm 2021, trễ 1 năm
Đạt:
    docs_interagency_electronic: {2019: 70, 2020: 80, 2021: 85}""",
    "TR01": """Giá trị kế hoạch một năm thấp hơn lộ trình tăng đều tới mục tiêu quốc gia kế tiếp.

Lộ trình đi từ điểm xuất phát (số liệu thực tế gần nhất trước năm đó, nếu không có thì giá
trị kế hoạch của một năm trước) tới mục tiêu quốc gia kế tiếp (mục tiêu đầu tiên đến hạn sau
năm đó). Phát hiện nêu giá trị lộ trình đòi hỏi cho năm đó. Năm đúng hạn do LV01 đánh giá;
năm không có điểm xuất phát thì chưa đánh giá được.

Không đạt (thực tế 2015: 40, mục tiêu quốc gia 80% năm 2020; lộ trình đòi hỏi 48 năm 2016):
    docs_interagency_electronic: {2016: 45}
Đạt:
    docs_interagency_electronic: {2016: 50}""",
    "TR02": """Kế hoạch tăng quá chậm để đạt mục tiêu quốc gia kế tiếp (phương pháp SDSN).

tỷ số = mức tăng hằng năm theo kế hoạch / mức tăng hằng năm cần thiết. Mức tăng theo kế hoạch:
từ điểm gốc (số liệu thực tế gần nhất trước các năm kế hoạch dẫn tới một hạn, nếu không có thì
năm đầu tiên trong số đó) tới năm cuối cùng của chúng (kể cả năm đến hạn). Mức cần thiết: từ
điểm gốc tới mục tiêu quốc gia ở năm đến hạn. Giá trị cuối đã đạt mục tiêu là đúng lộ trình.
Các lớp: tỷ số ≥ 1 đúng lộ trình (không có phát hiện); ≥ 0,5 cải thiện vừa phải; ≥ 0 trì trệ;
< 0 giảm (lỗi). Tỷ số đúng 0,5 là cải thiện vừa phải, đúng 0 là trì trệ. Tỷ số được báo cáo
tối đa là 100%.

Không đạt (thực tế 2015: 40, mục tiêu quốc gia 80% năm 2020; cần 8 điểm/năm, kế hoạch 2,5):
    docs_interagency_electronic: {2016: 42.5, 2017: 45}       tỷ số 0,31, trì trệ
Đạt:
    docs_interagency_electronic: {2016: 48, 2017: 56}         tỷ số 1, đúng lộ trình""",
    "TR03": """Xu hướng tuyến tính của số liệu thực tế, dự báo tới hạn quốc gia kế tiếp, không đạt.

Cần từ hai số liệu thực tế trở lên. Xu hướng là hệ số góc bình phương tối thiểu của số liệu
thực tế; được dự báo từ số liệu thực tế gần nhất tới hạn quốc gia đầu tiên sau đó và không
trước năm đầu của kế hoạch (hạn đã qua thuộc AC01), giới hạn trong 0% đến 100%. tỷ số = hệ số
góc / mức tăng hằng năm cần thiết từ số liệu thực tế gần nhất; các lớp như TR02 (đúng lộ trình
thì không có phát hiện). Dự báo bằng hoặc cao hơn mục tiêu là đúng lộ trình.

Không đạt (thực tế 2014: 30, 2015: 35; mục tiêu quốc gia 80% năm 2020; dự báo 60%):
    actuals: {docs_interagency_electronic: {2014: 30, 2015: 35}}
Đạt:
    actuals: {docs_interagency_electronic: {2014: 30, 2015: 40}}   dự báo 80%""",
    "TR04": """Một năm sau của kế hoạch được đặt thấp hơn năm trước.

So sánh từng năm: mỗi giá trị với giá trị kế hoạch của năm liền trước.

Không đạt:
    docs_interagency_electronic: {2017: 60, 2018: 55}
Đạt:
    docs_interagency_electronic: {2017: 60, 2018: 60}""",
    "WV01": """Miễn trừ không khớp phát hiện nào: vấn đề được miễn đã hết, hoặc ghi sai chỉ tiêu.

Hãy bỏ miễn trừ, hoặc sửa mã, chỉ tiêu, năm. Miễn trừ đã khớp một phát hiện sau ngày hết hạn
vẫn tính là đã dùng (phát hiện có hiệu lực trở lại, kèm ghi chú).

Không đạt (không có gì thấp hơn mức quốc gia năm 2017):
    waivers: [{code: LV01, key: docs_interagency_electronic, year: 2017, reason: "..."}]
Đạt khi kế hoạch đúng là có LV01 cho docs_interagency_electronic năm 2017.""",
    "WV02": """Một miễn trừ ghi mã hoặc tên kiểm tra không tồn tại.

Không đạt:
    waivers: [{code: LV1, key: docs_interagency_electronic, reason: "..."}]
Đạt:
    waivers: [{code: LV01, key: docs_interagency_electronic, reason: "..."}]
    waivers: [{code: level.below-national, key: docs_interagency_electronic, reason: "..."}]""",
}
