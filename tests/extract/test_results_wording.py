"""How results reports write their values: a rate with no verb, a yardstick, a ministry's letter."""

from __future__ import annotations

from tests.extract.made_up import draft_of

REPORT = "Hà Nội, ngày 05/12/2023.\nĐến nay, kết quả chuyển đổi số của tỉnh như sau: "


def values(text: str) -> list[tuple[str, str, float]]:
    draft = draft_of(text)
    return [("targets", t.key, t.value) for t in draft.targets] + [
        ("actuals", t.key, t.value) for t in draft.actuals
    ]


def test_a_rate_named_before_its_number_with_only_a_bracket_after() -> None:
    text = REPORT + "Thanh toán trực tuyến 58,65% (xếp thứ 22/63 tỉnh, thành phố)."
    assert values(text) == [("actuals", "online_payment", 58.65)]


def test_a_rate_named_before_its_number_with_words_after_needs_a_verb() -> None:
    text = REPORT + "Thanh toán trực tuyến 58,65% so với cùng kỳ tăng mạnh."
    assert values(text) == []
    assert [u.value for u in draft_of(text).unmapped] == ["58,65%"]  # read, left unplaced


def test_dat_ty_le_links_what_is_counted_to_its_number() -> None:
    text = REPORT + "Tỷ lệ hồ sơ trực tuyến tính chung toàn tỉnh đạt tỷ lệ 71%."
    assert values(text) == [("actuals", "dossiers_online", 71.0)]


def test_a_target_beaten_is_restated_and_passes_on_no_aim() -> None:
    text = (
        REPORT + "Tỷ lệ hồ sơ trực tuyến đạt 71%, vượt mục tiêu tối thiểu 65% vào cuối năm 2023.\n"
        "Tỷ lệ thanh toán trực tuyến đạt 40%."
    )
    draft = draft_of(text)
    assert [(t.key, t.value) for t in draft.actuals] == [
        ("dossiers_online", 71.0),
        ("online_payment", 40.0),
    ]
    assert draft.targets == []
    assert any(
        u.value == "65%" and u.reason == "chỉ tiêu đề ra được nhắc lại khi đánh giá"
        for u in draft.unmapped
    )


def test_a_ministrys_letter_by_its_number_states_a_national_target() -> None:
    text = (
        "Kế hoạch năm 2023 của UBND tỉnh. Theo Công văn số 3109/BTTTT-CĐSQG ngày 01/8/2023 của "
        "Bộ Thông tin và Truyền thông yêu cầu trong năm 2023 phải đảm bảo tối thiểu 80% dịch vụ "
        "công trực tuyến được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình."
    )
    draft = draft_of(text)
    assert draft.targets == []
    assert [u.reason for u in draft.unmapped] == ["mục tiêu quốc gia được nhắc lại"]


def test_tiers_between_the_counted_and_the_measure_are_its_scope() -> None:
    # "cấp sở" is the provincial tier; "cấp xã đạt tỷ lệ: 82%" is an item of the same list
    text = (
        REPORT + "Tỷ lệ cán bộ công chức (CBCC) cấp sở, cấp huyện được trang bị máy tính phục vụ "
        "công tác đạt tỷ lệ: 100%; cấp xã đạt tỷ lệ: 82%."
    )
    assert values(text) == [
        ("actuals", "officials_computer.province", 100.0),
        ("actuals", "officials_computer.district", 100.0),
        ("actuals", "officials_computer.commune", 82.0),
    ]
