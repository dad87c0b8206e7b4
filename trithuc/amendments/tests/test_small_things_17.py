"""Issue 17.10: the re-anchoring checkboxes in an open fold, the merged province's overdue share with its
count of due tasks, and successor remits shown as written (agency names keep their capitals)."""

import re

import pytest
from django.urls import reverse

from trithuc.amendments.demo import amendments_demo_setup
from trithuc.amendments.selectors import merged_province
from trithuc.demo.setup import _demo_accounts

pytestmark = pytest.mark.django_db


def test_the_reanchoring_checkboxes_are_in_an_open_fold(client, seed_plan, coordinator):
    _demo_accounts()
    amendments_demo_setup()
    client.force_login(coordinator)
    page = client.get(reverse("amendments:anchors", args=[seed_plan.code])).content.decode()
    folds = re.findall(r"<details[^>]*>(?:(?!</details>).)*?name=\"ref\"", page, re.S)
    assert folds, "no fold with the checkboxes"
    assert all(re.match(r"<details[^>]*\bopen\b", fold) for fold in folds)


def test_the_merged_province_says_how_many_due_tasks_the_overdue_share_is_of(client, seed_plan, leader):
    _demo_accounts()
    amendments_demo_setup()
    shown = [
        (overview.overdue, overview.due)
        for column in merged_province()
        for _, overview in column.plans
        if overview.overdue_percent is not None
    ]
    assert shown
    client.force_login(leader)
    page = client.get(reverse("amendments:merged_province")).content.decode()
    for overdue, due in shown:
        assert f"({overdue}/{due} nhiệm vụ đến hạn)" in page


def test_a_successors_remit_keeps_the_capitals_of_the_names_in_it(client, seed_plan, agencies, coordinator):
    client.force_login(coordinator)
    page = client.get(reverse("agencies:agency_detail", args=["ubnd-da-lat"])).content.decode()
    assert "Chủ tịch UBND tỉnh" in page
    assert "chủ tịch ubnd tỉnh" not in page
