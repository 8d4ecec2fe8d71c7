"""The issuer and level of a text with no header: places, provinces named alone, ministries."""

from __future__ import annotations

import pytest

from egovcheck.baselines import bundled
from egovcheck.extract import extract
from egovcheck.extract.issuer import read_header
from egovcheck.extract.places import in_address, ministries, province
from egovcheck.extract.text import Text

CATALOGUE = bundled().catalogue


def guess(text: str, source: str | None = None) -> tuple[str | None, str | None]:
    draft = extract(text, CATALOGUE, source=source)
    return draft.level, draft.issuer


@pytest.mark.parametrize(
    ("text", "level", "issuer"),
    [
        # a province named with no tier word, in an article
        (
            "Chuyển đổi số ở Phú Thọ đang bước vào giai đoạn mới; Phú Thọ phấn đấu 100% hồ sơ "
            "được số hóa. Xã Phù Ninh là một điểm sáng.",
            "province",
            "UBND tỉnh Phú Thọ",
        ),
        ("Theo Sở TT&TT Bình Phước, Bình Phước phấn đấu năm 2023 đạt 60%.", "province", None),
        # the short forms of a city under the central government
        (
            "UBND TP. Hà Nội đẩy mạnh chuyển đổi số; các xã, phường nhận 60% hồ sơ trực tuyến.",
            "province",
            "UBND thành phố Hà Nội",
        ),
        (
            "TP.HCM đặt mục tiêu 80% hồ sơ trực tuyến; TP.HCM sẽ số hóa hồ sơ.",
            "province",
            "UBND thành phố Hồ Chí Minh",
        ),
        (
            "Trên toàn TP. Trên cơ sở đó, huyện Mỹ Đức đạt 40%; của huyện, toàn huyện.",
            "district",
            "UBND huyện Mỹ Đức",
        ),
        # a provincial capital named after "thành phố" is a district-level city
        (
            "UBND thành phố Thanh Hóa ban hành Kế hoạch năm 2018.",
            "district",
            "UBND thành phố Thanh Hóa",
        ),
        # a person's name after the province's name is not part of it
        (
            "Ông Phạm Văn Thiều, Chủ tịch UBND tỉnh Bạc Liêu Phạm Văn Thiều chủ trì; tỉnh Bạc "
            "Liêu Phạm Văn Thiều phát biểu.",
            "province",
            "UBND tỉnh Bạc Liêu",
        ),
    ],
)
def test_places_named_in_running_text(text: str, level: str, issuer: str | None) -> None:
    found_level, found_issuer = guess(text)
    assert found_level == level
    if issuer is not None:
        assert found_issuer == issuer


def test_listed_and_counted_tiers_do_not_decide_the_level() -> None:
    # a province's text lists its districts; "12 huyện, thị xã, thành phố" names no issuer
    text = (
        "Chủ tịch UBND tỉnh Thanh Hóa ban hành Quyết định. Chuyển đổi số tại 12 huyện, thị xã, "
        "thành phố: Thành phố Thanh Hoá, thành phố Sầm Sơn, thị xã Bỉm Sơn; các huyện, thị xã, "
        "thành phố hoàn thành trên địa bàn tỉnh."
    )
    assert guess(text)[0] == "province"


def test_society_is_not_a_commune() -> None:
    text = "Phát triển kinh tế - xã hội, xã hội số; Xã Hội nhập. Toàn tỉnh đạt 90% hồ sơ."
    assert guess(text)[0] == "province"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Bộ GD&ĐT: phấn đấu 100% thủ tục. Hồ sơ của Bộ GDĐT đạt 20%.", "Bộ Giáo dục và Đào tạo"),
        (
            "Bộ NN-PTNT có 238 thủ tục hành chính. Do yếu tố lịch sử, Bộ NN-PTNT là sáp nhập.",
            "Bộ Nông nghiệp và Phát triển nông thôn",
        ),
        ("100% dịch vụ công của Bộ Nội vụ ở mức độ 3, 4.", "Bộ Nội vụ"),
        (
            "Bộ Thông tin Truyền thông phê duyệt; Bộ Thông tin Truyền thông đặt mục tiêu.",
            "Bộ Thông tin và Truyền thông",
        ),
    ],
)
def test_a_ministry_named_without_an_issuing_verb(text: str, issuer: str) -> None:
    assert guess(text) == ("ministry", issuer)


def test_a_province_that_names_a_ministry_more_is_still_a_province() -> None:
    text = (
        "UBND tỉnh Kiên Giang ban hành Kế hoạch theo hướng dẫn của Bộ TT&TT. Tỉnh Kiên Giang "
        "phấn đấu 100% hồ sơ trực tuyến."
    )
    assert guess(text) == ("province", "UBND tỉnh Kiên Giang")


@pytest.mark.parametrize(
    ("source", "place"),
    [
        ("http://baolamdong.vn/xahoi/201812/100-cac-co-quan-2923031/", "Lâm Đồng"),
        ("https://tttt.danang.gov.vn/chi-tiet-tin-tuc?cat=2", "Đà Nẵng"),
        (
            "https://congnghieptieudung.vn/tp-ho-chi-minh-ung-dung-chu-ky-dien-tu-dt7981",
            "Hồ Chí Minh",
        ),
        ("https://doanhnghiephoinhap.vn/ha-noi-100-ket-qua-thu-tuc-110778.html", "Hà Nội"),
        # a district's or commune's own site under the province's is not the province's
        ("http://thoibinh.camau.dcs.vn/thoi-binh-day-manh-ung-dung-cntt.798", None),
        ("http://giaphong.giavien.ninhbinh.gov.vn/thu-tuc-hanh-chinh/phu-luc-1-266546", None),
        (
            "https://vietnamnet.vn/vn/goc-nhin/binh-dinh-phan-dau-co-it-nhat-3-778770.html",
            "Bình Định",
        ),
        ("https://example.vn/nang-cao-chat-luong-dich-vu-cong.html", None),
        ("ke-hoach-2019.docx", None),
        (None, None),
    ],
)
def test_province_in_a_source_address(source: str | None, place: str | None) -> None:
    assert in_address(source) == place


def test_source_address_weighs_but_a_district_named_often_wins() -> None:
    text = (
        "Trong xây dựng nông thôn mới, huyện Tam Bình sẽ tiếp tục hoàn thiện hạ tầng; hạ tầng "
        "của huyện hoàn chỉnh, mạng của huyện triển khai 100% đến các xã."
    )
    article = "http://baovinhlong.com.vn/khoa-hoc/202007/tiep-tuc-hoan-thien-3014911/"
    assert guess(text, article) == ("district", "UBND huyện Tam Bình")
    assert guess("Năm 2020, 100% cơ quan có mạng nội bộ.", article)[0] == "province"


def test_hue_is_a_city_of_the_centre_from_2025() -> None:
    assert province("Huế") is None
    assert province("Thừa Thiên - Huế") == ("tỉnh", "Thừa Thiên Huế")
    assert province("Huế", on=__import__("datetime").date(2025, 3, 1)) == ("thành phố", "Huế")
    assert province("Hội An") is None


def test_ministries_counted_with_a_capital_only() -> None:
    t = Text("Bộ TT&TT hướng dẫn; bộ tài chính; Bộ Tài chính và Bộ GD-ĐT phối hợp.")
    assert ministries(t.clean, t.folded) == {
        "Bộ Thông tin và Truyền thông": 1,
        "Bộ Tài chính": 1,
        "Bộ Giáo dục và Đào tạo": 1,
    }


def test_header_with_its_committee_line_broken_in_two() -> None:
    text = (
        "ỦY\nBAN NHÂN DÂN |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 122/KH-UBND |\n"
        "Trà Vinh, ngày 29 tháng 10 năm 2024 |\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ TỈNH TRÀ VINH NĂM 2025\n"
        "Phần I\n"
    )
    header = read_header(text)
    assert header is not None
    assert (header.issuer, header.level, header.number) == (
        "UBND tỉnh Trà Vinh",
        "province",
        "122/KH-UBND",
    )
    # with no province on its date line, the title's place is the committee's
    district = read_header(
        "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND\n"
        "Mỹ Đức, ngày 10 tháng 7 năm 2024\nKẾ HOẠCH\nỨNG DỤNG CNTT HUYỆN MỸ ĐỨC NĂM 2024\n"
    )
    assert district is not None
    assert (district.issuer, district.level) == ("UBND huyện Mỹ Đức", "district")


def test_a_text_of_the_two_tier_government_has_no_district_tier() -> None:
    draft = extract(
        "Sau khi vận hành mô hình chính quyền địa phương hai cấp, tỉnh Khánh Hòa đã đạt "
        "100% hồ sơ công việc ở các cấp được xử lý trên môi trường mạng.",
        CATALOGUE,
    )
    scopes = {t.key.partition(".")[2] for t in [*draft.targets, *draft.actuals]}
    assert "district" not in scopes
    assert scopes, "the value is placed"


def test_an_exchange_between_the_tiers_is_not_each_tiers_share() -> None:
    draft = extract(
        "UBND tỉnh Nghệ An phấn đấu năm 2019: 100% văn bản trao đổi giữa các cấp dưới dạng "
        "điện tử; 100% cơ quan nhà nước các cấp sử dụng chữ ký số.",
        CATALOGUE,
    )
    keys = [t.key for t in draft.targets]
    assert "docs_interagency_electronic" in keys
    assert not any(k.startswith("docs_interagency_electronic.") for k in keys)
    assert "digital_signature.district" in keys  # "các cấp" alone still names every tier
