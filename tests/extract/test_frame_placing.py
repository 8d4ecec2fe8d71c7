"""Target frames place a number only when its mode is decided and its frame is complete."""

from __future__ import annotations

from tests.extract.made_up import draft_of


def values(items: list) -> list[tuple[str, int | None, float]]:  # type: ignore[type-arg]
    return [(t.key, t.year, t.value) for t in items]


def test_a_complete_frame_in_a_target_sentence_is_a_target() -> None:
    draft = draft_of("Năm 2026, phấn đấu tỷ lệ số hóa hồ sơ đầu vào đạt 100%.")
    assert values(draft.targets) == [("dossiers_digitised", 2026, 100.0)]


def test_a_complete_frame_in_a_report_sentence_is_an_actual() -> None:
    draft = draft_of("Ngày 2/3/2024: đến nay, tỷ lệ số hóa hồ sơ đầu vào năm 2024 đã đạt 98%.")
    assert draft.targets == []
    assert values(draft.actuals) == [("dossiers_digitised", 2024, 98.0)]


def test_a_frame_without_a_counted_unit_is_only_proposed() -> None:
    # "số hóa" folds to the letters of "sở" (a department): it is no counted unit
    draft = draft_of("Năm 2026, phấn đấu tỷ lệ số hóa đạt 100%.")
    assert draft.targets == []
    assert draft.actuals == []
    assert [u.value for u in draft.unmapped] == ["100%"]


def test_a_restated_national_frame_is_not_placed() -> None:
    draft = draft_of("Theo Quyết định 749/QĐ-TTg, tỷ lệ số hóa hồ sơ đầu vào đạt 100%.")
    assert draft.targets == []
    assert draft.actuals == []
    assert draft.unmapped[0].reason == "mục tiêu quốc gia được nhắc lại"


def test_a_property_far_after_the_number_is_not_its_own() -> None:
    text = (
        "Năm 2026, phấn đấu 100% kết quả xử lý hồ sơ của tỉnh được đồng bộ đầy đủ lên cổng "
        "thông tin và công bố, công khai đúng hạn đúng quy định của pháp luật, công tác số hóa hồ "
        "sơ được bảo đảm."
    )
    assert "dossiers_digitised" not in [t.key for t in draft_of(text).targets]


def test_dossiers_paid_online_are_payments_not_dossiers_online() -> None:
    draft = draft_of("Năm 2026, phấn đấu tỷ lệ hồ sơ thanh toán trực tuyến toàn tỉnh đạt 60%.")
    assert [t.key for t in draft.targets] == ["online_payment"]


def test_a_headline_without_a_year_repeats_the_body_value() -> None:
    text = (
        "Phường đã số hóa 100% hồ sơ thủ tục hành chính\n"
        "Đến nay, năm 2025 tỷ lệ số hóa hồ sơ thủ tục hành chính đã đạt 100%."
    )
    draft = draft_of(text)
    assert draft.targets == []
    assert values(draft.actuals) == [("dossiers_digitised", 2025, 100.0)]


def test_cap_do_names_a_service_level() -> None:
    draft = draft_of(
        "Ngày 2/3/2024: đến nay, tỉnh đã cung cấp 100% TTHC cấp độ 4 trên cổng dịch vụ công."
    )
    assert values(draft.actuals) == [("services_level4", 2024, 100.0)]
