"""portals_mobile counts portals: services offered on many devices are a service level or none."""

from __future__ import annotations

from tests.extract.made_up import draft_of


def test_level4_services_on_mobile_devices_are_level4_only() -> None:
    text = (
        "Phấn đấu đến năm 2025, 90% dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều "
        "phương tiện, bao gồm cả thiết bị di động."
    )
    assert [t.key for t in draft_of(text).targets] == ["services_level4"]


def test_services_on_mobile_devices_with_no_level_are_not_portals() -> None:
    text = (
        "Phấn đấu đến năm 2025, 90% dịch vụ công trực tuyến được cung cấp trên nhiều phương "
        "tiện, bao gồm cả thiết bị di động."
    )
    assert "portals_mobile" not in [t.key for t in draft_of(text).targets]


def test_portals_with_a_mobile_interface_are_portals_mobile() -> None:
    text = "Phấn đấu đến năm 2025, 100% cổng dịch vụ công có giao diện cho thiết bị di động."
    assert [t.key for t in draft_of(text).targets] == ["portals_mobile"]


def test_dvctt_counts_services() -> None:
    text = "Phấn đấu đến năm 2030, 100% DVCTT mức độ 4."
    assert [t.key for t in draft_of(text).targets] == ["services_level4"]
