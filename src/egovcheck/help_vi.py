"""Vietnamese renderings of the command-line help (chosen at start-up when the language is vi)."""

from __future__ import annotations

HELP_VI: dict[str, str] = {
    "Check a Vietnamese IT-application plan against the national programme targets.": "Kiểm tra kế hoạch ứng dụng CNTT của tỉnh, huyện, bộ so với mục tiêu các chương trình "
    "quốc gia.",
    "List the bundled national programmes, or show one with its targets and sources.": "Liệt kê các chương trình quốc gia có sẵn, hoặc xem một chương trình với các mục tiêu và "
    "nguồn của chúng.",
    "Output language (default: $EGOVCHECK_LANG, then $LANG, else vi).": "Ngôn ngữ kết quả (mặc định: theo $EGOVCHECK_LANG, rồi $LANG, nếu không thì vi).",
    "Add programme files (bundled format) from this folder; a file with a bundled id "
    "replaces it. Repeatable.": "Thêm các tệp chương trình (cùng định dạng có sẵn) từ thư mục này; tệp trùng mã với "
    "chương trình có sẵn sẽ thay thế nó. Có thể lặp lại.",
    "Print the version.": "In phiên bản.",
    "Plan files, folders (every *.yaml/*.yml below), globs, or - for stdin.": "Tệp kế hoạch, thư mục (mọi tệp *.yaml/*.yml bên trong), mẫu tên tệp, hoặc - để đọc "
    "từ đầu vào chuẩn.",
    "table, json, markdown, csv, sarif, junit or github; repeatable, each with its own file "
    "(-f table -f sarif:out.sarif). Default: table, or github when GITHUB_ACTIONS=true.": "table, json, markdown, csv, sarif, junit hoặc github; có thể lặp lại, mỗi định dạng một "
    "tệp riêng (-f table -f sarif:out.sarif). Mặc định: table, hoặc github khi "
    "GITHUB_ACTIONS=true.",
    "Write the report to this file (atomically).": "Ghi kết quả vào tệp này (ghi trọn vẹn một lần).",
    "Exit 1 when a finding not waived is at least this severe [default: error].": "Thoát với mã 1 khi có phát hiện chưa được miễn trừ ở mức này trở lên "
    "[mặc định: error].",
    "Judge by this programme id (repeatable) instead of those in force when the plan was "
    "adopted.": "Đánh giá theo chương trình có mã này (có thể lặp lại) thay cho các chương trình có "
    "hiệu lực khi kế hoạch được ban hành.",
    "Run only these checks: codes, names or groups.": "Chỉ chạy các kiểm tra này: theo mã, tên hoặc nhóm.",
    "Skip these checks: codes, names or groups.": "Bỏ qua các kiểm tra này: theo mã, tên hoặc nhóm.",
    "A waiver file (repeatable); adds to the config's.": "Tệp miễn trừ (có thể lặp lại); bổ sung cho các tệp trong cấu hình.",
    "The day waivers' expiry is judged on (default: today in Asia/Ho_Chi_Minh).": "Ngày dùng để xét hạn của miễn trừ (mặc định: hôm nay, theo giờ Việt Nam).",
    "Skip files matching this glob.": "Bỏ qua các tệp khớp mẫu này.",
    "Use this configuration file instead of searching.": "Dùng tệp cấu hình này thay vì tự tìm.",
    "Also check against this plan's targets (the province's plan a district carries out, or "
    "a five-year plan an annual one carries out). Repeatable.": "Kiểm tra thêm theo chỉ tiêu của kế hoạch này (kế hoạch của tỉnh mà huyện thực hiện, "
    "hoặc kế hoạch 5 năm mà kế hoạch năm thực hiện). Có thể lặp lại.",
    "Start CSV output with a BOM (for spreadsheets).": "Thêm BOM ở đầu tệp CSV (để bảng tính đọc đúng tiếng Việt).",
    "Output format.": "Định dạng kết quả.",
    "A check code (LV01) or name (level.below-national).": "Mã kiểm tra (LV01) hoặc tên (level.below-national).",
    "Programme id.": "Mã chương trình.",
    "A plan file.": "Tệp kế hoạch.",
    "Judge by this programme id (repeatable).": "Đánh giá theo chương trình có mã này (có thể lặp lại).",
    "A parent plan (repeatable).": "Kế hoạch cấp trên (có thể lặp lại).",
    "province, district, commune or ministry.": "province (tỉnh), district (huyện), commune (xã) "
    "hoặc ministry (bộ).",
    "2021 or 2021-2025.": "2021 hoặc 2021-2025.",
    "Adoption date (decides programmes).": "Ngày ban hành (quyết định chương trình nào được áp dụng).",
    "e.g. 'UBND tỉnh Hòa Bình'.": "ví dụ 'UBND tỉnh Hòa Bình'.",
    "Use these programme ids (repeatable).": "Dùng các chương trình có mã này (có thể lặp lại).",
    "Write the template to this file.": "Ghi bản mẫu vào tệp này.",
    "A plan or an article: .txt, .md, .docx or .pdf.": "Một kế hoạch hoặc bài viết: .txt, .md, .docx hoặc .pdf.",
    "Write the draft to this file.": "Ghi bản nháp vào tệp này.",
    "Check the draft as egovcheck check does (table on stderr).": (
        "Kiểm tra bản nháp như egovcheck check (bảng kết quả ra stderr)."
    ),
    # report
    "Plan files, folders (every *.yaml/*.yml below) or globs.": "Tệp kế hoạch, thư mục (mọi tệp *.yaml/*.yml bên trong) hoặc mẫu tên tệp.",
    "xlsx and html need --output.": "xlsx và html cần --output.",
    "Pivot: indicator (issuers x years per key) or plan (keys x years per plan). Default: the long gap table.": "Bảng xoay: indicator (mỗi chỉ tiêu: cơ quan theo hàng, năm theo cột) hoặc plan (mỗi kế hoạch: chỉ tiêu theo hàng, năm theo cột). Mặc định: bảng chênh lệch đầy đủ.",
    "Trajectory method shown: sdsn (linear, the checks' own) or eurostat (ratio of compound annual growth rates). Both are computed; rows where they disagree are flagged.": "Phương pháp đánh giá lộ trình hiển thị: sdsn (tuyến tính, như các kiểm tra) hoặc eurostat (tỷ số tốc độ tăng trưởng kép hằng năm). Cả hai đều được tính; dòng nào hai phương pháp xếp loại khác nhau sẽ được đánh dấu.",
    "Judge by this programme id (repeatable) instead of those in force when each plan was adopted.": "Đánh giá theo chương trình có mã này (có thể lặp lại) thay cho các chương trình có hiệu lực khi từng kế hoạch được ban hành.",
    "The day waivers' expiry is judged on (default: today in Asia/Ho_Chi_Minh); recorded in the provenance.": "Ngày dùng để xét hạn của miễn trừ (mặc định: hôm nay, theo giờ Việt Nam); được ghi vào phần nguồn gốc báo cáo.",
    "Also write the provenance (version, programmes, checksum, method, --as-of, input hashes) as JSON to FILE; CSV output carries none itself.": "Ghi thêm thông tin nguồn gốc (phiên bản, chương trình, mã kiểm tra dữ liệu, phương pháp, --as-of, mã băm tệp đầu vào) dạng JSON vào FILE; bản CSV không tự mang thông tin này.",
    "HTML charts: plans drawn as their own line per indicator (the worst first); the others form a grey band.": "Biểu đồ HTML: số kế hoạch được vẽ thành đường riêng cho mỗi chỉ tiêu (kém nhất trước); các kế hoạch còn lại gộp thành dải màu xám.",
    # commands
    "Check plan files and print the gaps and trajectory warnings.": "Kiểm tra các tệp kế hoạch, in các chỗ thiếu hụt và cảnh báo về lộ trình.",
    "Print the effective configuration and where each value came from.": "In cấu hình đang dùng và nơi đặt từng giá trị.",
    "Print the JSON Schema of plan files (for editors: yaml-language-server).": "In JSON Schema của tệp kế hoạch (cho trình soạn thảo: yaml-language-server).",
    "Print what a check looks for, with a failing and a passing example.": "In nội dung một kiểm tra, kèm ví dụ đạt và không đạt.",
    "List the national programmes: the bundled ones and those added with --baselines.": "Liệt kê các chương trình quốc gia: có sẵn và thêm bằng --baselines.",
    "Show one programme: its targets with location, evidence and source.": "Xem một chương trình: các mục tiêu với vị trí, mức xác thực và nguồn.",
    "Print the least value each plan year needs to stay on course for the next target.": "In giá trị tối thiểu mỗi năm của kế hoạch cần có để kịp đạt mục tiêu kế tiếp.",
    "Write an annotated plan template listing every national target that applies.": "Tạo bản mẫu kế hoạch có chú thích, liệt kê mọi mục tiêu quốc gia áp dụng.",
    "Read a plan or an article about one and write a draft plan file.": "Đọc một kế hoạch hoặc bài viết về kế hoạch và tạo bản nháp tệp kế hoạch.",
    "Build one gap table over many plans (xlsx, csv, markdown, html).": "Lập bảng đối chiếu cho nhiều kế hoạch (xlsx, csv, markdown, html).",
}


def translate(text: str, lang: str) -> str:
    """The help text in ``lang``; English is the text itself."""
    return HELP_VI.get(text, text) if lang == "vi" else text
