"""Review tables: a row's label, the planned value, the result and a verdict."""

from __future__ import annotations

from tests.extract.made_up import draft_of

HEAD = "I. KẾT QUẢ NĂM 2023\nChỉ tiêu\nĐề ra năm 2023\nKết quả thực hiện\nĐánh giá\n"


def found(text: str) -> set[tuple[str, str, int | None, float]]:
    draft = draft_of(text)
    return {("targets", t.key, t.year, t.value) for t in draft.targets} | {
        ("actuals", t.key, t.year, t.value) for t in draft.actuals
    }


def test_row_on_lines_gives_the_result_as_an_actual() -> None:
    text = HEAD + "- Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến\n\n30%\n\n75,3%\n\nVượt\n"
    assert found(text) == {("actuals", "dossiers_online", 2023, 75.3)}
    draft = draft_of(text)
    assert any(u.value == "30%" and "nhắc lại" in u.reason for u in draft.unmapped)


def test_row_in_table_cells() -> None:
    text = HEAD + "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến: 50%, 42%, Không đạt\n"
    assert found(text) == {("actuals", "dossiers_online", 2023, 42.0)}


def test_sub_items_take_the_head_item_and_their_tier() -> None:
    text = HEAD + (
        "- Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng\n"
        "+ Cấp tỉnh\n \n97%\n \n98%\n \nĐạt\n"
        "+ Cấp huyện\n92%\n95%\nVượt\n"
        "+ Cấp xã đạt\n(trừ hồ sơ mật)\n80%\n80%\nĐạt\n"
    )
    assert found(text) == {
        ("actuals", "work_records_online.province", 2023, 98.0),
        ("actuals", "work_records_online.district", 2023, 95.0),
        ("actuals", "work_records_online.commune", 2023, 80.0),
    }


def test_two_numbers_without_a_verdict_are_no_row() -> None:
    text = "Năm 2025 phấn đấu tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến đạt 50%, 60%."
    assert ("actuals", "dossiers_online", 2025, 60.0) not in found(text)
