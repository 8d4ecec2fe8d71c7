"""Structures that tie a number to its indicator: abbreviations, counts then shares."""

from __future__ import annotations

from tests.extract.made_up import draft_of, found


def test_an_abbreviation_in_brackets_among_the_words() -> None:
    text = (
        "Kế hoạch năm 2026 đặt mục tiêu: tỷ lệ hồ sơ thủ tục hành chính (TTHC) được xử lý "
        "trực tuyến năm 2026 đạt trên 65%."
    )
    assert found(text) == {("targets", "dossiers_online", 2026, 65.0, "more_than")}


def test_a_tier_outside_the_plans_tiers_is_a_comment() -> None:
    text = (
        "UBND huyện Sông Mây ban hành Kế hoạch chuyển đổi số năm 2024. Năm 2024 phấn đấu 90% "
        "hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng."
    )
    draft = draft_of(text)
    assert draft.level == "district"
    assert not draft.targets
    assert any("không thuộc các cấp" in n.reason for n in draft.unmapped)


def test_wording_variants_of_catalogue_indicators() -> None:
    portal = (
        "Năm 2026 phấn đấu tích hợp tối thiểu 70% các dịch vụ công trực tuyến của tỉnh với "
        "Cổng dịch vụ Quốc gia."
    )
    assert found(portal) == {("targets", "services_national_portal", 2026, 70.0, "at_least")}
    reports = "Năm 2026 phấn đấu 100% chế độ báo cáo được thực hiện trực tuyến."
    assert found(reports) == {("targets", "reports_online", 2026, 100.0, None)}
    network = (
        "Năm 2026 phấn đấu 100% các cơ quan nhà nước kết nối hạ tầng mạng băng thông rộng trên "
        "mạng chuyên dùng của Chính phủ."
    )
    assert found(network) == {("targets", "data_network_connected", 2026, 100.0, None)}


def test_the_digital_economy_as_a_purpose_is_no_reason_to_skip() -> None:
    text = (
        "Năm 2026 phấn đấu 30% cơ quan nhà nước tham gia mở dữ liệu và cung cấp dữ liệu mở phục "
        "vụ phát triển chính quyền số, kinh tế số, xã hội số."
    )
    assert found(text) == {("targets", "open_data_agencies", 2026, 30.0, None)}
    share = "Năm 2026 phấn đấu kinh tế số chiếm 20% GRDP."
    assert not found(share)


def test_a_share_after_its_count_counts_what_the_count_counts() -> None:
    text = (
        "Báo cáo kết quả chuyển đổi số năm 2026 của UBND tỉnh Sông Mây. Đến nay, cấp tỉnh đã số "
        "hoá 57.877 hồ sơ đầu vào (đạt 99,1%); các xã đã tiếp nhận trực tuyến 12.400 hồ sơ, "
        "chiếm 68%."
    )
    draft = draft_of(text)
    assert found(text) == {("actuals", "dossiers_digitised.province", 2026, 99.1, None)}
    # Online alone is no specific property: proposed, not placed.
    (online,) = draft.unmapped
    assert (online.value, "dossiers_online" in online.reason) == ("68%", True)
    # A share of something the count does not name stays unplaced.
    assert not found("Đến nay, tỉnh Sông Mây đã cấp 1.200 máy tính (đạt 40%) trong năm 2026.")


def test_a_rate_after_a_comma_heads_the_next_item_not_this_one() -> None:
    text = (
        "Đến nay, tỷ lệ hồ sơ trực tuyến toàn tỉnh năm 2026 đạt 65,63%, tỷ lệ số hóa hồ sơ, kết "
        "quả giải quyết thủ tục hành chính (TTHC) đạt 83,15%."
    )
    assert found(text) == {
        ("actuals", "dossiers_online", 2026, 65.63, None),
        ("actuals", "dossiers_digitised", 2026, 83.15, None),
    }


def test_a_rate_word_right_before_the_number_is_no_head() -> None:
    text = (
        "Đến nay, tỷ lệ cán bộ, công chức sử dụng hộp thư điện tử thường xuyên trong năm 2026 "
        "đạt tỷ lệ khoảng 87%."
    )
    assert found(text) == {("actuals", "officials_email", 2026, 87.0, "about")}


def test_mailboxes_issued_are_not_their_use() -> None:
    text = (
        "Đến nay, 100% cán bộ, công chức, viên chức đều được cấp thư điện tử công vụ, tỷ lệ sử "
        "dụng thường xuyên thư điện tử công vụ trong năm 2026 đạt trên 85%."
    )
    assert found(text) == {("actuals", "officials_email", 2026, 85.0, "more_than")}


def test_software_named_after_work_records_counts_agencies() -> None:
    text = (
        "Kế hoạch năm 2026: phấn đấu 100% cơ quan nhà nước cấp tỉnh triển khai, sử dụng hệ thống "
        "phần mềm quản lý văn bản hồ sơ công việc."
    )
    assert found(text) == {("targets", "doc_management_software.province", 2026, 100.0, None)}


def test_the_action_a_rate_counts_stands_before_what_it_counts() -> None:
    text = "Theo thống kê, đến tháng 7.2026, tỷ lệ nộp hồ sơ trực tuyến là 90%."
    assert found(text) == {("actuals", "dossiers_online", 2026, 90.0, None)}


def test_the_year_a_value_is_compared_with_is_not_its_year() -> None:
    text = (
        "Theo thống kê, đến tháng 7/2026, tỷ lệ hồ sơ trực tuyến đạt 66%, tăng 46% so với cuối "
        "năm 2025."
    )
    assert ("actuals", "dossiers_online", 2026, 66.0, None) in found(text)


def test_a_clause_of_a_year_and_an_aim_takes_the_indicator_before() -> None:
    text = (
        "Ngày 12/3/2026, UBND tỉnh Sông Mây tổng kết chuyển đổi số. Năm 2025, tỷ lệ hồ sơ trực "
        "tuyến đạt 60%; năm 2026 phấn đấu đạt 80%."
    )
    assert found(text) == {
        ("actuals", "dossiers_online", 2025, 60.0, None),
        ("targets", "dossiers_online", 2026, 80.0, None),
    }
    # A clause that names what it counts keeps its own reading.
    other = text.replace("đạt 80%", "đạt 80% cán bộ có máy tính")
    assert ("targets", "dossiers_online", 2026, 80.0, None) not in found(other)


def test_the_adult_population_is_people_counted_not_an_agency() -> None:
    # "dân số" is no "sở": the share of adults using online services
    text = "Phấn đấu đến năm 2025, 40% dân số trưởng thành sử dụng dịch vụ công trực tuyến."
    assert [(t.key, t.year, t.value) for t in draft_of(text).targets] == [
        ("online_service_usage", 2025, 40.0)
    ]


def test_a_non_it_share_in_the_next_item_leaves_the_number_its_indicator() -> None:
    # "kinh tế số … GRDP" is the next item's measure, not what the 100% counts
    text = (
        "Đại hội đề ra mục tiêu đến năm 2030, 100% dịch vụ công trực tuyến mức độ 4, kinh tế số "
        "chiếm tỷ trọng ngày càng cao trong GRDP."
    )
    assert [(t.key, t.year, t.value) for t in draft_of(text).targets] == [
        ("services_level4", 2030, 100.0)
    ]


def test_a_non_it_measure_of_the_number_itself_is_still_refused() -> None:
    text = "Phấn đấu đến năm 2030, 30% kinh tế số trong GRDP của tỉnh."
    draft = draft_of(text)
    assert draft.targets == []
    assert [u.reason for u in draft.unmapped] == ["không phải chỉ tiêu CNTT"]


def test_a_range_is_its_lower_bound_at_least() -> None:
    for written in ("60-80%", "60 - 80%", "60% - 80%", "từ 60 đến 80%", "60–80%"):
        draft = draft_of(
            f"Năm 2026 phấn đấu {written} cơ quan nhà nước sử dụng chữ ký số chuyên dùng."
        )
        assert [(t.key, t.value, t.qualifier) for t in draft.targets] == [
            ("digital_signature", 60.0, "at_least")
        ], written
        assert written.replace("từ ", "") in (draft.targets[0].note or "")
    # a rise from one value to another is two values, not a range
    rise = draft_of("Năm 2026 phấn đấu tăng tỷ lệ cơ quan sử dụng chữ ký số từ 60% lên 80%.")
    assert all(t.qualifier != "at_least" for t in rise.targets)


def test_a_share_after_a_count_measures_what_that_count_names() -> None:
    text = "Đến nay, tỉnh có 92 thủ tục toàn trình và 146 thủ tục một phần (chiếm 61%)."
    assert {(s, k, v) for s, k, _, v, _ in found(text)} == {("actuals", "services_level3", 61.0)}


def test_the_words_after_a_count_are_the_counts() -> None:
    text = (
        "Năm 2018 phấn đấu 100% dịch vụ công được cung cấp trực tuyến ở mức độ 2 và 30 dịch vụ "
        "công trực tuyến mức độ 4."
    )
    assert {(k, v) for _, k, _, v, _ in found(text)} == {("services_level2", 100.0)}


def test_the_part_after_trong_do_is_the_next_numbers() -> None:
    text = (
        "Năm 2023 phấn đấu 96% thủ tục hành chính được cung cấp trực tuyến, trong đó dịch vụ công "
        "trực tuyến toàn trình đạt 41%."
    )
    assert {(k, v) for _, k, _, v, _ in found(text)} == {("services_level4", 41.0)}
