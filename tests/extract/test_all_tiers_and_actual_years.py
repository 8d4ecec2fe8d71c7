"""A value below 100% for all tiers is one value; a value reached takes the text's year."""

from __future__ import annotations

from tests.extract.made_up import draft_of

PLAN = "Kế hoạch năm 2024 của UBND tỉnh Hà Giang.\n"
ONE_STOP = "100% cơ quan nhà nước có phần mềm một cửa điện tử."


def keys(items: list) -> list[tuple[str, int | None, float]]:  # type: ignore[type-arg]
    return [(t.key, t.year, t.value) for t in items]


def test_all_tiers_below_100_is_one_value_with_no_tier() -> None:
    text = PLAN + "Phấn đấu năm 2024, 80% hồ sơ công việc các cấp được xử lý trên môi trường mạng."
    assert keys(draft_of(text).targets) == [("work_records_online", 2024, 80.0)]


def test_all_tiers_at_100_is_every_tier() -> None:
    text = PLAN + "Phấn đấu năm 2024, 100% hồ sơ công việc các cấp được xử lý trên môi trường mạng."
    assert [k for k, _, _ in keys(draft_of(text).targets)] == [
        "work_records_online.province",
        "work_records_online.district",
        "work_records_online.commune",
    ]


def test_two_named_tiers_below_100_keep_their_tiers() -> None:
    text = PLAN + "Phấn đấu năm 2024, 80% hồ sơ công việc cấp tỉnh, cấp huyện được xử lý trên mạng."
    assert {k for k, _, _ in keys(draft_of(text).targets)} >= {"work_records_online.province"}


def test_now_takes_the_texts_year_not_a_deadline_above() -> None:
    text = "Hà Nội, ngày 05/3/2024.\nKế hoạch chuyển đổi số đến năm 2030.\nĐến nay, " + ONE_STOP
    draft = draft_of(text)
    assert keys(draft.actuals) == [("one_stop_electronic", 2024, 100.0)]
    assert draft.actuals[0].basis[2] == "now"


def test_a_value_reached_never_takes_a_later_deadline() -> None:
    text = (
        "Hà Nội, ngày 05/3/2024.\nMục tiêu đến năm 2030 là chuyển đổi số toàn diện.\n"
        "Các cơ quan đã triển khai: " + ONE_STOP
    )
    draft = draft_of(text)
    assert draft.actuals == []  # the year is only the text's date: to confirm
    assert "actuals.one_stop_electronic 2024" in draft.unmapped[0].reason


def test_a_year_written_in_the_clause_of_a_value_reached_is_kept() -> None:
    text = "Hà Nội, ngày 05/3/2024.\nTính đến hết năm 2023, " + ONE_STOP
    assert keys(draft_of(text).actuals) == [("one_stop_electronic", 2023, 100.0)]


def test_an_undated_value_reached_takes_no_deadline_from_before() -> None:
    text = (
        "Tỉnh ủy ban hành Chỉ thị về chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm "
        "2030. Đến nay, tỷ lệ văn bản trao đổi giữa các cơ quan hoàn toàn bằng điện tử đạt 91%."
    )
    assert keys(draft_of(text).actuals) == [("docs_interagency_electronic", None, 91.0)]
    # A time values were reached at is their year, though written like a deadline.
    reached = (
        "Trong giai đoạn 2021-2025, tỉnh đề ra 22 mục tiêu. Tính đến hết năm 2022, có 11 mục "
        "tiêu đạt. Đến nay, tỷ lệ văn bản trao đổi giữa các cơ quan hoàn toàn bằng điện tử đạt 91%."
    )
    assert keys(draft_of(reached).actuals) == [("docs_interagency_electronic", 2022, 91.0)]


def test_a_tier_range_after_the_counted_agencies_names_every_tier() -> None:
    text = (
        "Đến nay, phần mềm quản lý văn bản và điều hành được triển khai đến 100% cơ quan quản lý "
        "nhà nước, Đảng, đoàn thể từ tỉnh đến cơ sở trong năm 2023."
    )
    assert [k for k, _, _ in keys(draft_of(text).actuals)] == [
        "doc_management_software.province",
        "doc_management_software.district",
        "doc_management_software.commune",
    ]
