"""Issue 17.1: a superseded plan version is read-only and says so; a write to it is refused, never dropped."""

import datetime as dt

import pytest
from django.urls import reverse

from trithuc.api.services import api_token_create
from trithuc.core.models import AuditEvent
from trithuc.plans.models import AssignmentTransfer, ProgressUpdate
from trithuc.plans.services.plan_version import AMEND, DROP, ItemChange, plan_version_create
from trithuc.plans.services.progress import progress_update_create
from trithuc.plans.services.superseded import SupersededVersion
from trithuc.plans.services.transfer import assignments_transfer

OWN = "III.2.a"  # Sở Nội vụ leads it in the seed plan
UPDATE = {"status": "in_progress", "result": "Đã rà soát 12 chính sách thu hút trí thức."}


@pytest.fixture
def versions(seed_plan, coordinator):
    """Version 1 (the seed) and version 2 made by an accepted amendment that rewords II.2.b and drops III.6."""
    changes = [
        ItemChange(AMEND, "II.2.b", text="Nội dung mới của nhiệm vụ."),
        ItemChange(DROP, "III.6"),
    ]
    current = plan_version_create(actor=coordinator, previous=seed_plan, changes=changes, reason="Thử")
    seed_plan.refresh_from_db()
    return seed_plan, current


def _progress_form(item):
    return reverse("plans:task_progress", args=[item.plan.code, item.pk, "so-noi-vu"])


def test_service_refuses_progress_on_a_superseded_version(versions, reporter_a, agencies):
    old, current = versions
    with pytest.raises(SupersededVersion) as error:
        progress_update_create(
            actor=reporter_a, item=old.items.get(ref=OWN), agency=agencies["so-noi-vu"], **UPDATE
        )
    assert error.value.message.startswith("Phiên bản 1 của kế hoạch đã được thay thế bởi phiên bản 2")
    assert f"nhiệm vụ {OWN} trong phiên bản 2" in error.value.message
    assert error.value.superseded.current_item == current.items.get(ref=OWN)
    assert not ProgressUpdate.objects.filter(result=UPDATE["result"]).exists()
    assert not AuditEvent.objects.filter(action="progress.create").exists()


def test_service_still_records_progress_on_the_current_version(versions, reporter_a, agencies):
    _, current = versions
    item = current.items.get(ref=OWN)
    progress_update_create(actor=reporter_a, item=item, agency=agencies["so-noi-vu"], **UPDATE)
    assert ProgressUpdate.objects.get(result=UPDATE["result"]).item == item


def test_service_refusal_names_a_task_the_new_version_dropped(versions, reporter_a, agencies):
    old, _ = versions
    dropped = old.items.filter(ref__startswith="III.6", kind="task").first()
    with pytest.raises(SupersededVersion) as error:
        progress_update_create(actor=reporter_a, item=dropped, agency=agencies["so-noi-vu"], **UPDATE)
    assert f"Nhiệm vụ {dropped.ref} không còn trong phiên bản 2" in error.value.message


def test_page_post_on_a_superseded_task_is_refused_with_the_message(versions, reporter_a, client):
    old, _ = versions
    client.force_login(reporter_a)
    response = client.post(_progress_form(old.items.get(ref=OWN)), UPDATE, follow=True)
    body = response.content.decode()
    assert "Phiên bản 1 của kế hoạch đã được thay thế bởi phiên bản 2" in body
    assert "Đã ghi nhận cập nhật tiến độ." not in body
    assert not ProgressUpdate.objects.filter(result=UPDATE["result"]).exists()


def test_page_progress_form_is_not_offered_on_a_superseded_task(versions, reporter_a, client):
    old, current = versions
    client.force_login(reporter_a)
    body = client.get(_progress_form(old.items.get(ref=OWN))).content.decode()
    assert 'id="superseded"' in body and "Lưu cập nhật" not in body
    assert "Lưu cập nhật" in client.get(_progress_form(current.items.get(ref=OWN))).content.decode()


def test_api_refuses_progress_on_a_superseded_task_with_409(versions, reporter_a, client):
    old, _ = versions
    raw = api_token_create(actor=reporter_a, name="Phần mềm một cửa")[1]
    response = client.post(
        f"/api/v1/tasks/{old.items.get(ref=OWN).pk}/progress",
        {"agency": "so-noi-vu", **UPDATE},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {raw}",
    )
    assert response.status_code == 409
    assert response.json()["detail"].startswith("Phiên bản 1 của kế hoạch đã được thay thế bởi phiên bản 2")
    assert not ProgressUpdate.objects.filter(result=UPDATE["result"]).exists()


def test_superseded_task_page_has_the_banner_and_a_link_to_the_current_task(versions, reporter_a, client):
    old, current = versions
    client.force_login(reporter_a)
    body = client.get(old.items.get(ref=OWN).get_absolute_url()).content.decode()
    assert "Phiên bản này đã được thay thế" in body
    link = current.items.get(ref=OWN).get_absolute_url()
    assert f'href="{link}"' in body and f"Mở {OWN} trong phiên bản 2 (đang hiệu lực)" in body
    current_body = client.get(link).content.decode()
    assert "Phiên bản này đã được thay thế" not in current_body


def test_superseded_task_page_offers_no_progress_update(versions, reporter_a, client):
    old, current = versions
    client.force_login(reporter_a)
    old_body = client.get(old.items.get(ref=OWN).get_absolute_url()).content.decode()
    new_item = current.items.get(ref=OWN)
    new_body = client.get(new_item.get_absolute_url()).content.decode()
    assert "Cập nhật tiến độ (" not in old_body and "/cap-nhat/" not in old_body
    assert _progress_form(new_item) in new_body


def test_task_page_cached_while_current_drops_its_button_once_superseded(
    seed_plan, coordinator, reporter_a, client
):
    client.force_login(reporter_a)
    url = seed_plan.items.get(ref=OWN).get_absolute_url()
    assert "/cap-nhat/" in client.get(url).content.decode()
    plan_version_create(actor=coordinator, previous=seed_plan, changes=[], reason="Thử")
    body = client.get(url).content.decode()
    assert "/cap-nhat/" not in body and "Phiên bản này đã được thay thế" in body


def test_superseded_plan_page_has_the_banner_and_a_link_to_the_current_version(versions, reporter_a, client):
    old, current = versions
    client.force_login(reporter_a)
    body = client.get(old.tree_url()).content.decode()
    assert "Phiên bản này đã được thay thế" in body
    assert f'href="{current.tree_url()}"' in body
    assert "Phiên bản này đã được thay thế" not in (client.get(current.tree_url()).content.decode())


def test_a_dropped_task_page_says_it_is_not_in_the_current_version(versions, reporter_a, client):
    old, current = versions
    dropped = old.items.filter(ref__startswith="III.6", kind="task").first()
    client.force_login(reporter_a)
    body = client.get(dropped.get_absolute_url()).content.decode()
    assert f"Mục {dropped.ref} không còn trong phiên bản 2." in body
    assert f'href="{current.tree_url()}"' in body


def test_a_transfer_on_a_superseded_version_is_refused(seed_plan, coordinator, agencies):
    lead = seed_plan.items.get(ref="III.6").assignments.get(role="lead")  # Sở TT&TT, dissolved in 2025
    current = plan_version_create(actor=coordinator, previous=seed_plan, changes=[], reason="Thử")
    with pytest.raises(SupersededVersion, match="đã được thay thế bởi phiên bản 2"):
        assignments_transfer(
            actor=coordinator,
            agency=agencies["so-tttt"],
            choices={lead.pk: agencies["so-vhttdl"].pk},
            effective_date=dt.date(2025, 3, 1),
            decision="QĐ 1",
        )
    assert not AssignmentTransfer.objects.exists()
    new_lead = current.items.get(ref="III.6").assignments.get(role="lead")
    assignments_transfer(
        actor=coordinator,
        agency=agencies["so-tttt"],
        choices={new_lead.pk: agencies["so-vhttdl"].pk},
        effective_date=dt.date(2025, 3, 1),
        decision="QĐ 1",
    )
    assert AssignmentTransfer.objects.get().assignment == new_lead


def test_an_item_of_a_superseded_version_opened_alone_says_so(versions, reporter_a, client):
    old, current = versions
    client.force_login(reporter_a)
    body = client.get(reverse("plans:item_meta", args=[old.items.get(ref=OWN).pk])).content.decode()
    assert "Phiên bản này đã được thay thế" in body
    assert f'href="{current.items.get(ref=OWN).get_absolute_url()}"' in body
    current_body = client.get(
        reverse("plans:item_meta", args=[current.items.get(ref=OWN).pk])
    ).content.decode()
    assert "Phiên bản này đã được thay thế" not in current_body
