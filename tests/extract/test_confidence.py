"""A value is placed only when no part of how it was placed is a guess; else it is a comment."""

from __future__ import annotations

from egovcheck.extract import render_draft
from egovcheck.extract.confidence import doubt
from tests.extract.made_up import draft_of

ONE_STOP = "100% cơ quan nhà nước có phần mềm một cửa điện tử."


def test_a_value_keeps_how_it_was_placed() -> None:
    draft = draft_of("Phấn đấu đến năm 2025, " + ONE_STOP)
    [target] = draft.targets
    assert (target.key, target.year, target.value) == ("one_stop_electronic", 2025, 100.0)
    assert target.basis == ("catalogue-after", "clause-strong", "clause", "none")


def test_a_year_carried_from_the_line_above_is_sure() -> None:
    draft = draft_of("Kế hoạch năm 2024.\nMục tiêu: phấn đấu " + ONE_STOP)
    [target] = draft.targets
    assert target.year == 2024
    assert target.basis[2] == "carried"


def test_a_mode_no_cue_decides_is_a_comment() -> None:
    draft = draft_of("Năm 2025: " + ONE_STOP)
    assert draft.targets == []
    assert draft.actuals == []
    [number] = draft.unmapped
    assert number.reason.startswith("cần xác nhận: có thể là targets.one_stop_electronic 2025")
    assert "chỉ tiêu hay kết quả" in number.reason


def test_a_year_taken_from_the_texts_date_is_a_comment() -> None:
    draft = draft_of("Hà Nội, ngày 05/3/2024.\nCác cơ quan đã triển khai: " + ONE_STOP)
    assert draft.actuals == []
    [number] = draft.unmapped
    assert "actuals.one_stop_electronic 2024: 100%" in number.reason
    assert "ngày của văn bản" in number.reason


def test_a_date_lines_year_is_sure_when_the_text_names_no_other_year() -> None:
    draft = draft_of(" date 2024-03-05 Các cơ quan đã triển khai: " + ONE_STOP)
    [actual] = draft.actuals
    assert (actual.key, actual.year, actual.value) == ("one_stop_electronic", 2024, 100.0)
    assert actual.basis[2] == "only-year"


def test_a_date_lines_year_is_a_comment_when_the_text_names_another_year() -> None:
    text = " date 2024-03-05 Các cơ quan đã triển khai: " + ONE_STOP
    draft = draft_of(text + "\nĐến năm 2025 hoàn thành kho dữ liệu dùng chung.")
    assert draft.actuals == []
    [number] = draft.unmapped
    assert "ngày của văn bản" in number.reason


def test_a_deadlines_date_is_no_date_of_the_text() -> None:
    draft = draft_of("Các cơ quan đã triển khai: " + ONE_STOP + "\nHoàn thành trước 30/7/2024.")
    assert draft.actuals == []
    [number] = draft.unmapped
    assert "actuals.one_stop_electronic 2024" in number.reason


def test_the_comment_keeps_the_phrase_and_the_guess() -> None:
    yaml_text = render_draft(draft_of("Năm 2025: " + ONE_STOP))
    line = next(x for x in yaml_text.splitlines() if "cần xác nhận" in x)
    assert line.startswith("# cần xác nhận: có thể là targets.one_stop_electronic 2025: 100%")
    assert "phần mềm một cửa điện tử" in line


def test_doubts_name_each_guessed_part() -> None:
    assert doubt(("catalogue-after", "clause-strong", "clause", "none")) is None
    assert doubt(("frame", "sentence", "carried-far", "named")) is None
    assert doubt(("tier", "document", "clause", "named")) is not None
    both = doubt(("catalogue-before", "document", "period", "none"))
    assert both is not None
    assert "kỳ kế hoạch" in both
    assert "chỉ tiêu hay kết quả" in both


def test_a_bare_value_in_a_text_naming_itself_a_plan_is_its_target() -> None:
    draft = draft_of("UBND huyện Mỹ Đức ban hành Kế hoạch năm 2017.\n" + ONE_STOP)
    [target] = draft.targets
    assert (target.key, target.year) == ("one_stop_electronic", 2017)
    assert target.basis[1] == "plan"
