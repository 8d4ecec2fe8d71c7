"""A line break that only wraps a sentence does not split an indicator's words."""

from __future__ import annotations

from egovcheck.extract.text import Text, sentences, wraps
from tests.extract.made_up import draft_of


def keys(text: str) -> set[tuple[str, int | None, float]]:
    draft = draft_of(text)
    return {(t.key, t.year, t.value) for t in draft.targets}


def test_a_wrapped_line_is_read_as_one_sentence() -> None:
    text = "Đến năm 2025, phấn đấu 80% hồ sơ công\nviệc được xử lý trên môi trường mạng."
    assert keys(text) == {("work_records_online", 2025, 80.0)}


def test_the_phrase_keeps_the_original_line_break() -> None:
    text = "Đến năm 2025, phấn đấu 80% hồ sơ công\nviệc được xử lý trên môi trường mạng."
    draft = draft_of(text)
    assert [t.phrase for t in draft.targets] == [
        "80% hồ sơ công\nviệc được xử lý trên môi trường mạng"
    ]


def test_clean_text_keeps_its_offsets() -> None:
    t = Text("hồ sơ công\r\nviệc trên mạng")
    assert t.clean == "hồ sơ công việc trên mạng"
    assert t.phrase(0, len(t.clean)) == "hồ sơ công\r\nviệc trên mạng"
    assert len(t.clean) == len(t.lower) == len(t.folded) == len(t.index)


def test_breaks_that_end_a_line_stay() -> None:
    # a sentence's end, a clause's end, a heading in capitals, a list item, a capital, a number,
    # a blank line between paragraphs
    for text in (
        "đạt 90%.\nhồ sơ",
        "tại cấp tỉnh;\nhồ sơ",
        "Mục tiêu:\nhồ sơ",
        "MỤC TIÊU CỤ THỂ\nphấn đấu",
        "Mục tiêu cụ thể\na) Về chính quyền số",
        "Mục tiêu cụ thể\niv) Về chính quyền số",
        "hồ sơ công việc\nCấp tỉnh",
        "+ Cấp xã đạt\n80%",
        "hồ sơ công\n\nviệc",
        "| Cấp tỉnh |\nđạt",
    ):
        assert "\n" in Text(text).clean, text


def test_wraps() -> None:
    assert wraps("- Trên 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công", "việc tại cấp huyện")
    assert not wraps("", "việc")
    assert not wraps("1. MỤC TIÊU", "phấn đấu")


def test_sentences_run_across_a_wrapped_line() -> None:
    t = Text("Năm 2025 đạt 70% hồ sơ cấp xã được xử lý\ntrên môi trường mạng.\nCấp huyện đạt 90%.")
    assert [t.clean[s.start : s.end].strip() for s in sentences(t)] == [
        "Năm 2025 đạt 70% hồ sơ cấp xã được xử lý trên môi trường mạng.",
        "Cấp huyện đạt 90%.",
    ]
