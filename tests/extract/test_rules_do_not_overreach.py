"""Each reading of a results report stays within its words: plan wording is not read as results."""

from __future__ import annotations

from tests.extract.made_up import draft_of

DATED = "Hà Nội, ngày 05/12/2023.\n"
# The words of a report of results, after the values: no cue before them decides their mode.
REPORT = (
    "\nNăm qua, tỉnh đã triển khai nhiều giải pháp, đến nay đã hoàn thành kết nối các hệ thống."
    " Tỉnh đã xếp thứ 17 về chỉ số phục vụ người dân."
)


def placed(text: str) -> list[tuple[str, str, int | None, float]]:
    draft = draft_of(text)
    return [("targets", t.key, t.year, t.value) for t in draft.targets] + [
        ("actuals", t.key, t.year, t.value) for t in draft.actuals
    ]


def test_a_year_after_the_texts_date_is_not_reached() -> None:
    text = DATED + "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 90%." + REPORT
    assert placed(text) == []


def test_chi_tieu_of_a_later_year_in_a_report_is_an_aim() -> None:
    text = DATED + "Chỉ tiêu năm 2024: tỷ lệ thanh toán trực tuyến đạt 50%." + REPORT
    assert placed(text) == [("targets", "online_payment", 2024, 50.0)]


def test_dat_meaning_set_is_not_reached() -> None:
    text = "Tỷ lệ hồ sơ trực tuyến đặt mức 90%." + REPORT
    assert placed(text) == []


def test_a_cut_off_date_dates_no_target_after_it() -> None:
    text = (
        DATED + "Tính đến ngày 30/11/2023, 100% cơ quan nhà nước đã có phần mềm một cửa điện tử. "
        "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 90%."
    )
    assert placed(text) == [("actuals", "one_stop_electronic", 2023, 100.0)]


def test_a_cut_off_date_dates_no_counted_target_after_it() -> None:
    """A count is read as a percentage is: a cut-off date is no year of the aim after it."""
    text = (
        DATED + "Tính đến ngày 30/11/2023, 100% cơ quan nhà nước đã có phần mềm một cửa điện tử. "
        "Phấn đấu cung cấp thêm 50 dịch vụ công trực tuyến toàn trình."
    )
    draft = draft_of(text)
    assert [(x.value, x.year) for x in draft.local_targets if x.year == 2023] == []
    assert any(u.value == "50" for u in draft.unmapped)


def test_a_deadline_date_is_no_cut_off() -> None:
    text = (
        DATED
        + "Các đơn vị gửi báo cáo về Sở đến ngày 15/01/2024. Tỷ lệ hồ sơ trực tuyến đạt 82%."
        + REPORT
    )
    assert placed(text) == []
    assert any(u.value == "82%" for u in draft_of(text).unmapped)


def test_cap_so_do_is_no_tier() -> None:
    text = DATED + "Đến nay, tỷ lệ hồ sơ cấp sổ đỏ được tiếp nhận trực tuyến đạt 60%."
    assert placed(text) == [("actuals", "dossiers_online", 2023, 60.0)]


def test_results_after_a_ministrys_letter_are_the_texts_own() -> None:
    text = DATED + "Thực hiện Công văn số 3109/BTTTT-CĐSQG, đến nay tỷ lệ hồ sơ trực tuyến đạt 71%."
    assert placed(text) == [("actuals", "dossiers_online", 2023, 71.0)]


def test_a_plan_named_as_followed_on_from_gives_no_year() -> None:
    text = (
        "Mục tiêu: 100% cơ quan nhà nước có phần mềm một cửa điện tử.\n"
        "Trên cơ sở kết quả thực hiện Kế hoạch năm 2022, UBND huyện ban hành kế hoạch mới."
    )
    assert placed(text) == []


def test_a_one_year_plan_named_beside_later_targets_gives_no_year() -> None:
    text = (
        "Mục tiêu: 100% cơ quan nhà nước có phần mềm một cửa điện tử.\n"
        "Phấn đấu đến năm 2025 tỷ lệ hồ sơ trực tuyến đạt 80%.\n"
        "Kế hoạch này kế thừa Kế hoạch ứng dụng CNTT năm 2021 của tỉnh."
    )
    assert placed(text) == [("targets", "dossiers_online", 2025, 80.0)]


def test_a_long_clause_before_a_number_with_a_bracket_is_no_label() -> None:
    text = (
        DATED + "Đến nay, đã hoàn thành kết nối hệ thống thanh toán trực tuyến, tiết kiệm 30% "
        "(so với năm trước)."
    )
    assert placed(text) == []


def test_dat_chi_tieu_in_a_plan_is_an_aim() -> None:
    text = "Năm 2024 đạt chỉ tiêu 80% hồ sơ trực tuyến."
    assert placed(text) == [("targets", "dossiers_online", 2024, 80.0)]
