"""A value "đạt N%" in a report of results is reached; an annual plan named gives its year."""

from __future__ import annotations

from egovcheck.extract import extract
from tests.extract.made_up import CATALOGUE, NO_MODEL, draft_of, found

# The words of a report of results, after the values: no cue before them decides their mode.
REPORT = (
    "\nNăm qua, tỉnh đã triển khai nhiều giải pháp, đến nay đã hoàn thành kết nối các hệ thống."
    " Tỉnh đã xếp thứ 17 về chỉ số phục vụ người dân."
)


def test_a_report_states_its_reached_value_with_dat() -> None:
    text = "Tỷ lệ hồ sơ trực tuyến đạt 82%; tỷ lệ thanh toán trực tuyến chiếm 40%." + REPORT
    draft = draft_of(text)
    assert [(t.key, t.value, t.basis[1]) for t in draft.actuals] == [
        ("dossiers_online", 82.0, "reached"),
        ("online_payment", 40.0, "reached"),
    ]


def test_dat_in_a_plan_with_no_cue_stays_to_confirm() -> None:
    # no word says whether the text reports or plans: the mode is a guess
    text = "Tỷ lệ hồ sơ trực tuyến đạt 82%."
    draft = draft_of(text)
    assert draft.targets == []
    assert draft.actuals == []
    assert draft.unmapped[0].reason.startswith("cần xác nhận")


def test_a_report_value_with_no_dat_stays_to_confirm() -> None:
    text = "Hồ sơ trực tuyến: 82%." + REPORT
    draft = draft_of(text)
    assert draft.actuals == []
    assert draft.targets == []
    assert draft.unmapped[0].reason.startswith("cần xác nhận: có thể là actuals.dossiers_online")


def test_gan_is_about() -> None:
    text = "Tỷ lệ hồ sơ trực tuyến đạt gần 82%." + REPORT
    assert {q for *_, q in found(text)} == {"about"}


def test_an_annual_plan_named_gives_its_undated_targets_its_year() -> None:
    text = (
        "Mục tiêu: 100% cơ quan nhà nước có phần mềm một cửa điện tử. Đó là chỉ tiêu của "
        "Kế hoạch ứng dụng công nghệ thông tin năm 2023 do UBND tỉnh ban hành."
    )
    draft = draft_of(text)
    assert [(t.key, t.year, t.basis[2]) for t in draft.targets] == [
        ("one_stop_electronic", 2023, "plan")
    ]


def test_a_plan_of_several_years_leaves_an_undated_target_to_confirm() -> None:
    text = (
        "Mục tiêu: 100% cơ quan nhà nước có phần mềm một cửa điện tử. Đó là chỉ tiêu của "
        "Kế hoạch chuyển đổi số giai đoạn 2021 - 2025 do UBND tỉnh ban hành."
    )
    draft = draft_of(text)
    assert draft.targets == []
    assert "năm lấy từ kỳ kế hoạch" in draft.unmapped[0].reason


ONE_STOP = "100% cơ quan nhà nước cấp tỉnh đã có phần mềm một cửa điện tử."


def test_an_eth_typed_for_d_reads_as_d() -> None:
    # "Ðến" with U+00D0 (a converter's look-alike of Đ) is the cue "Đến"
    text = "\u00d0ến thời điểm này, " + ONE_STOP
    assert [t.key for t in draft_of(text).actuals] == ["one_stop_electronic.province"]


def test_den_thoi_diem_nay_is_a_value_reached_of_the_texts_year() -> None:
    text = "Hà Nội, ngày 05/3/2024.\nĐến thời điểm này, " + ONE_STOP
    assert [(t.key, t.year) for t in draft_of(text).actuals] == [
        ("one_stop_electronic.province", 2024)
    ]


def test_a_cut_off_date_gives_its_year_over_an_older_year() -> None:
    text = (
        "Phần mềm được triển khai từ năm 2005. "
        "Tính đến ngày 30/6/2025, có 100% các sở, ban, ngành đã thực hiện ký số văn bản điện tử."
    )
    assert [(t.key, t.year) for t in draft_of(text).actuals] == [
        ("digital_signature.province", 2025)
    ]


def test_a_month_written_with_a_dash_gives_its_year() -> None:
    text = "Tính đến tháng 10-2021, " + ONE_STOP
    assert [(t.key, t.year) for t in draft_of(text).actuals] == [
        ("one_stop_electronic.province", 2021)
    ]


def test_a_value_reached_in_an_undated_text_takes_its_address_year() -> None:

    text = "Đến nay, 100% cơ quan nhà nước đã sử dụng chữ ký số."
    page = "http://baolamdong.vn/xahoi/201812/100-co-quan-su-dung-chu-ky-so-2923031/"
    dated = extract(text, CATALOGUE, source=page, classifier=NO_MODEL)
    assert [(t.key, t.year, t.basis[2]) for t in dated.actuals] == [
        ("digital_signature", 2018, "only-year")
    ]
    # with no year in the address the year stays unknown, never today's
    undated = extract(
        text, CATALOGUE, source="https://example.vn/chu-ky-so.html", classifier=NO_MODEL
    )
    assert [(t.key, t.year) for t in undated.actuals] == [("digital_signature", None)]
    # a text that writes other years: the address's year is only a guess, to confirm
    other = extract(
        text + " Mục tiêu đến năm 2020 là 100% hồ sơ công việc được xử lý trên môi trường mạng.",
        CATALOGUE,
        source=page,
        classifier=NO_MODEL,
    )
    assert other.actuals == []
    assert any("digital_signature 2018" in u.reason for u in other.unmapped)


def test_years_in_an_address_or_file_name() -> None:
    from egovcheck.extract.extractor import years_in_source

    assert years_in_source("http://baolamdong.vn/xahoi/201812/thu-dien-tu-2923031/") == [2018]
    assert years_in_source("ke-hoach-ung-dung-cntt-2017.docx") == [2017]
    # a time stamp opening a page's number: its year
    assert years_in_source("https://x.vn/chuyen-doi-so-20241023173051358.htm") == [2024]
    # a page number that is no date, and digits around a year, give none
    assert years_in_source("https://x.vn/chuyen-doi-so-196251113140601912.htm") == []
    assert years_in_source("https://x.vn/id/1202401015") == []


def test_an_address_year_the_text_also_writes_is_the_only_year() -> None:
    text = (
        "Đến nay, 100% cơ quan nhà nước đã sử dụng chữ ký số. Kết quả được nêu tại hội nghị "
        "tổng kết năm 2024."
    )
    page = "https://x.vn/chu-ky-so-20241023173051358.htm"
    draft = extract(text, CATALOGUE, source=page, classifier=NO_MODEL)
    assert [(t.key, t.year, t.basis[2]) for t in draft.actuals] == [
        ("digital_signature", 2024, "only-year")
    ]


def test_a_cut_off_year_dates_the_values_reached_after_it() -> None:
    text = (
        "Thực hiện Quyết định ngày 05/6/2021 của UBND tỉnh. Tính đến cuối năm 2023, Cổng dịch vụ "
        "công của tỉnh cung cấp 1.570 dịch vụ công; tỷ lệ cơ quan sử dụng chữ ký số đạt 96%."
    )
    assert [(t.key, t.year) for t in draft_of(text).actuals] == [("digital_signature", 2023)]
