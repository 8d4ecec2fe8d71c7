"""The mode of a number (target, actual, national), on short made-up sentences."""

from __future__ import annotations

import pytest

from egovcheck.extract.mode import ModeReader, document_kind
from egovcheck.extract.text import Text, clauses, sentences
from egovcheck.extract.vocabulary import NUMBER
from tests.extract.made_up import draft_of


def modes(text: str, doc_year: int | None = None, is_plan: bool = False) -> list[str]:
    """The mode of every percentage of a text, in order, as the extractor decides it."""
    t = Text(text)
    reader = ModeReader(t, doc_year, is_plan)
    carry = reader.first()
    out = []
    for sentence in sentences(t):
        for clause in clauses(t, sentence):
            for m in NUMBER.finditer(t.folded, clause.start, clause.end):
                out.append(reader.of_number(m.start(), clause, sentence, carry))
        carry = reader.carry(sentence, carry)
    return out


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Phấn đấu năm 2026 có 90% hồ sơ được xử lý trực tuyến.", "target"),
        ("Mục tiêu đến năm 2030: 100% văn bản được ký số.", "target"),
        ("Đến nay, 95% văn bản được trao đổi dưới dạng điện tử.", "actual"),
        ("Hiện nay tỷ lệ hồ sơ trực tuyến đạt 70%.", "actual"),
        ("Kết quả thực hiện: tỷ lệ hồ sơ trực tuyến là 70%.", "actual"),
        ("Năm qua, 80% cuộc họp được tổ chức trực tuyến.", "actual"),
        ("Tỉnh đã đạt 88% dịch vụ công trực tuyến toàn trình.", "actual"),
        ("Quyết định 1819 xác định 80% văn bản trao đổi dưới dạng điện tử.", "national"),
        ("Theo Nghị quyết 57, 100% dịch vụ công được cung cấp toàn trình.", "national"),
        ("Chính phủ giao tỷ lệ hồ sơ trực tuyến đạt 80%.", "national"),
        ("Nâng tỷ lệ hồ sơ đã được số hóa được tái sử dụng đạt 50%.", "target"),
    ],
)
def test_mode_of_one_sentence(text: str, mode: str) -> None:
    assert modes(text) == [mode]


def test_a_plan_that_implements_a_national_document_sets_its_own_targets() -> None:
    text = "Thực hiện Quyết định 749/QĐ-TTg, kế hoạch của tỉnh phấn đấu 90% hồ sơ trực tuyến."
    assert modes(text) == ["target"]


def test_a_comparison_with_the_whole_country_is_no_national_target() -> None:
    text = "Chỉ số của tỉnh ở mức khá so với toàn quốc; tỷ lệ văn bản điện tử đạt 100%."
    assert modes(text) != ["national"]


def test_the_clause_of_the_province_after_a_national_rule_is_the_provinces() -> None:
    text = (
        "Cổng đăng tải thông tin theo Nghị định 43/2011/NĐ-CP; toàn tỉnh có 80% dịch vụ mức độ 3."
    )
    assert modes(text) != ["national"]


def test_a_value_for_a_year_before_the_texts_date_is_an_actual() -> None:
    text = "Năm 2021, bảo đảm 90% cơ quan có phần mềm một cửa. Đến năm 2025 bảo đảm 100% cơ quan."
    assert modes(text, doc_year=2023) == ["actual", "target"]


def test_a_deadline_year_is_not_a_past_year() -> None:
    assert modes("Đến năm 2021 bảo đảm 90% cơ quan có phần mềm.", doc_year=2023) == ["target"]


REPORT = (
    "Ngày 4/11, lãnh đạo phường cho biết phường đã hoàn thành số hóa hồ sơ. "
    "Đến nay, công tác cải cách đã đạt được kết quả tốt. "
    "Chỉ tiêu số hóa hồ sơ đạt 100%; tỷ lệ thanh toán trực tuyến đạt 96,8%, bảo đảm 100% kế hoạch."
)
PLAN = (
    "Kế hoạch đặt mục tiêu năm 2026. Phấn đấu 90% hồ sơ trực tuyến. "
    "Chỉ tiêu số hóa hồ sơ đạt 100%; tỷ lệ thanh toán trực tuyến đạt 80%."
)


def test_document_kind() -> None:
    assert document_kind(Text(REPORT).lower, None) == "report"
    assert document_kind(Text(PLAN).lower, None) == "plan"
    assert document_kind(Text(REPORT).lower, None, is_plan=True) == "plan"
    # a text with few words either way is read as a plan
    assert document_kind(Text("Đã triển khai. Tỷ lệ đạt 80%.").lower, None) == "plan"


def test_in_a_report_reached_values_are_actuals_even_after_target_words() -> None:
    assert modes(REPORT) == ["actual", "actual", "actual"]


def test_in_a_plan_the_same_sentences_are_targets() -> None:
    assert modes(PLAN) == ["target", "target", "target"]


def test_a_report_still_states_its_aims() -> None:
    text = REPORT + " Năm tới, phường phấn đấu 100% hồ sơ được xử lý trực tuyến."
    assert modes(text)[-1] == "target"


def test_a_reports_values_go_to_actuals() -> None:
    from egovcheck.baselines import bundled
    from egovcheck.extract import extract

    draft = extract(REPORT, bundled().catalogue)
    assert draft.targets == []
    assert [(a.key, a.value) for a in draft.actuals] == [("online_payment", 96.8)]


def test_a_purpose_does_not_make_the_values_after_it_targets() -> None:
    from egovcheck.baselines import bundled
    from egovcheck.extract import extract
    from egovcheck.extract.classifier import Classifier

    catalogue = bundled().catalogue
    none = Classifier.train([("không có gì", "none")])
    purpose = (
        "Trong năm 2024, tỉnh tập trung phát triển chính quyền điện tử, nhằm hướng tới chính "
        "quyền số.\nTỷ lệ hồ sơ công việc xử lý trên môi trường mạng tại cấp tỉnh đạt 92%."
    )
    draft = extract(purpose, catalogue, classifier=none)
    assert draft.targets == []  # no cue decides the value: to confirm, not a target
    assert draft.unmapped[0].reason.startswith("cần xác nhận")
    reached = purpose.replace("tỉnh đạt 92%", "tỉnh đã đạt 92%")
    assert [(t.key, t.value) for t in extract(reached, catalogue, classifier=none).actuals] == [
        ("work_records_online.province", 92.0)
    ]
    aim = (
        "Trong năm 2024, tỉnh hướng tới năm 2025 như sau.\n"
        "Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng tại cấp tỉnh đạt 92%."
    )
    assert [t.key for t in extract(aim, catalogue, classifier=none).targets] == [
        "work_records_online.province"
    ]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Phan dau nam 2026 co 90% ho so duoc xu ly truc tuyen.", "target"),
        ("Den nay, 95% van ban duoc trao doi duoi dang dien tu.", "actual"),
        ("Quyet dinh 1819 xac dinh 80% van ban trao doi duoi dang dien tu.", "national"),
    ],
)
def test_a_text_written_without_diacritics_has_the_same_cues(text: str, mode: str) -> None:
    assert modes(text) == [mode]


def test_folded_cues_only_for_a_text_without_diacritics() -> None:
    """In a text with diacritics, 'se' (a folded 'sẽ') is no cue: 'sẻ' is another word."""
    reader = ModeReader(Text("Chia sẻ 90% dữ liệu."), None)
    assert reader.cues.target_strong.pattern.startswith("phấn đấu")
    assert ModeReader(Text("Chia se 90% du lieu."), None).cues.target_strong.pattern.startswith(
        "phan dau"
    )


def test_only_reached_is_a_value_reached_after_a_national_target() -> None:
    draft = draft_of(
        "Theo Quyết định số 749/QĐ-TTg, đến năm 2025 phải bảo đảm 100% cơ quan sử dụng chữ ký "
        "số. Năm 2023, tỷ lệ cơ quan sử dụng chữ ký số của tỉnh chỉ đạt 60%."
    )
    assert [(t.key, t.year, t.value) for t in draft.actuals] == [("digital_signature", 2023, 60.0)]
    assert draft.targets == []
