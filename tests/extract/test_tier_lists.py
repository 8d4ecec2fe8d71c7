"""Per-tier lists: each item names a tier and takes the indicator of the list's head."""

from __future__ import annotations

from egovcheck.extract.extractor import tier_only
from tests.extract.made_up import draft_of, found


def test_tiers_after_the_values() -> None:
    text = (
        "Năm 2024 phấn đấu 95% hồ sơ công việc được xử lý trên môi trường mạng đối với cấp tỉnh, "
        "85% đối với cấp huyện và 65% đối với cấp xã."
    )
    assert found(text) == {
        ("targets", "work_records_online.province", 2024, 95.0, None),
        ("targets", "work_records_online.district", 2024, 85.0, None),
        ("targets", "work_records_online.commune", 2024, 65.0, None),
    }


def test_items_cut_by_semicolons() -> None:
    text = (
        "Năm 2024 phấn đấu 95% hồ sơ công việc được xử lý trên môi trường mạng đối với cấp tỉnh; "
        "85% đối với cấp huyện; 65% đối với cấp xã; hoàn thành kho dữ liệu dùng chung."
    )
    assert {(k, v) for _, k, _, v, _ in found(text)} == {
        ("work_records_online.province", 95.0),
        ("work_records_online.district", 85.0),
        ("work_records_online.commune", 65.0),
    }


def test_a_qualifier_before_the_list_applies_to_every_item() -> None:
    text = (
        "Mục tiêu năm 2024: tỷ lệ số hóa hồ sơ thủ tục hành chính của cơ quan, đơn vị đạt "
        "tối thiểu 70% đối với cấp tỉnh, 55% đối với cấp huyện."
    )
    assert found(text) == {
        ("targets", "dossiers_digitised.province", 2024, 70.0, "at_least"),
        ("targets", "dossiers_digitised.district", 2024, 55.0, "at_least"),
    }


def test_an_item_with_words_of_its_own_is_not_a_tier_item() -> None:
    text = (
        "Năm 2024 phấn đấu 95% hồ sơ công việc được xử lý trên môi trường mạng đối với cấp tỉnh, "
        "40% doanh nghiệp cấp huyện có website."
    )
    assert found(text) == {("targets", "work_records_online.province", 2024, 95.0, None)}


def test_tier_only() -> None:
    assert tier_only(" doi voi cap huyen va ")
    assert tier_only(", cap xa: ")
    assert not tier_only(" doanh nghiep cap huyen co website")


def test_a_qualifier_before_a_semicolon_list_applies_to_each_item() -> None:
    text = (
        "Phấn đấu đến năm 2025: trên 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại "
        "cấp huyện; 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng."
    )
    got = {(t.key, t.value, t.qualifier) for t in draft_of(text).targets}
    assert got == {
        ("work_records_online.province", 90.0, "more_than"),
        ("work_records_online.district", 80.0, "more_than"),
        ("work_records_online.commune", 60.0, "more_than"),
    }


def test_tier_items_naming_towns_and_cities_beside_districts() -> None:
    # "tại các huyện, thị xã thành phố đạt 97%": "thị xã", "thành phố" are further words of the tier
    text = (
        "Kế hoạch năm 2024 của UBND tỉnh Long An.\nĐến nay, tỷ lệ xử lý văn bản, hồ sơ công việc "
        "trên môi trường mạng tại các sở, ngành đạt 92%; tại các huyện, thị xã thành phố đạt 97%; "
        "tại các xã phường, thị trấn đạt 99%."
    )
    assert [(t.key, t.value) for t in draft_of(text).actuals] == [
        ("work_records_online.province", 92.0),
        ("work_records_online.district", 97.0),
        ("work_records_online.commune", 99.0),
    ]


def test_a_second_tier_named_without_its_cap() -> None:
    text = (
        "Kế hoạch năm 2024 của UBND tỉnh Long An.\nĐến nay, tỷ lệ trao đổi văn bản điện tử giữa "
        "các cơ quan nhà nước cấp tỉnh, huyện đạt 100%, cấp xã đạt 99,99%."
    )
    assert [(t.key, t.value) for t in draft_of(text).actuals] == [
        ("docs_interagency_electronic.province", 100.0),
        ("docs_interagency_electronic.district", 100.0),
        ("docs_interagency_electronic.commune", 99.99),
    ]


def test_a_district_value_after_2025_is_the_plans_own() -> None:
    text = (
        "Ngày 15/9/2021, tỉnh ban hành Kế hoạch giai đoạn 2021 - 2030. Đến năm 2030, 100% hồ sơ "
        "công việc tại cấp tỉnh, 90% hồ sơ công việc tại cấp huyện và 70% hồ sơ công việc tại "
        "cấp xã được xử lý trên môi trường mạng."
    )
    draft = draft_of(text)
    assert {(t.key, t.year, t.value) for t in draft.targets} == {
        ("work_records_online.province", 2030, 100.0),
        ("work_records_online.commune", 2030, 70.0),
    }
    assert [u.value for u in draft.unmapped if "cấp huyện sau năm 2025" in u.reason] == ["90%"]
    # "các cấp" in such a plan covers the tiers left in 2030, with no value for the whole
    draft = draft_of(
        "Ngày 15/9/2021, tỉnh ban hành Kế hoạch giai đoạn 2021 - 2030. Đến năm 2030, 100% cơ "
        "quan nhà nước các cấp sử dụng chữ ký số."
    )
    assert {t.key for t in draft.targets} == {
        "digital_signature.province",
        "digital_signature.commune",
    }
