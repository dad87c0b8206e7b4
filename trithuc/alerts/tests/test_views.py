"""The early-warning pages: both plans for the coordinator, a plan filter, one plan's page, an agency's own."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from trithuc.alerts.tests.conftest import deadline_set, lead_of
from trithuc.core.tests.factories import membership_user


@pytest.fixture
def due_in_both(seed_plan, second_plan):
    today = timezone.localdate()
    return (
        deadline_set(seed_plan, "II.2.a", today + dt.timedelta(days=4)),
        deadline_set(second_plan, "II.1", today + dt.timedelta(days=6)),
    )


def test_the_coordinator_sees_every_plan_in_force(client, coordinator, due_in_both):
    client.force_login(coordinator)
    page = client.get(reverse("alerts:alert_list")).content.decode()
    assert 'id="plan-kl52"' in page and 'id="plan-na1026"' in page
    for item in due_in_both:
        assert item.get_absolute_url() in page


def test_the_plan_filter_and_the_plan_page_show_one_plan(client, leader, due_in_both):
    kl52_item, na_item = due_in_both
    client.force_login(leader)
    for url in (
        reverse("alerts:alert_list") + "?ke_hoach=na1026",
        reverse("alerts:plan_alerts", args=["na1026"]),
    ):
        page = client.get(url).content.decode()
        assert 'id="plan-na1026"' in page and 'id="plan-kl52"' not in page
        assert na_item.get_absolute_url() in page
        assert kl52_item.get_absolute_url() not in page
    assert client.get(reverse("alerts:plan_alerts", args=["khong-co"])).status_code == 404
    assert client.get(reverse("alerts:alert_list") + "?ke_hoach=khong-co").status_code == 404


def test_an_agency_sees_only_its_own_warnings(client, seed_plan, second_plan):
    today = timezone.localdate()
    mine = deadline_set(seed_plan, "II.2.a", today + dt.timedelta(days=4))
    other = deadline_set(seed_plan, "II.3.a", today + dt.timedelta(days=4))
    assert lead_of(mine) != lead_of(other)
    client.force_login(membership_user("reporter", lead_of(mine).code))
    page = client.get(reverse("alerts:alert_list")).content.decode()
    assert mine.get_absolute_url() in page
    assert other.get_absolute_url() not in page
    assert "chỉ cảnh báo của đơn vị bạn" in page


def test_the_menu_links_the_page_for_those_who_may_open_it(client, coordinator, expert, seed_plan):
    client.force_login(coordinator)
    assert reverse("alerts:alert_list") in client.get(reverse("dashboard:overview")).content.decode()
    client.force_login(expert)
    assert client.get(reverse("alerts:alert_list")).status_code == 404
