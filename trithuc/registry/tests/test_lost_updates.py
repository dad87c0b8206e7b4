"""Two people editing the same person's record (#16.10): the second save from the same opened version is refused
with 409, naming who saved first, and the first save stays."""

from django.test import Client
from django.urls import reverse

from trithuc.core.tests.factories import membership_user
from trithuc.core.tests.forms_data import posted
from trithuc.core.text import user_name
from trithuc.registry.forms import PersonForm
from trithuc.registry.models import Intellectual
from trithuc.registry.tests.factories import person


def test_the_second_save_of_the_same_person_is_refused_naming_the_first(client, registry_officer, agencies):
    hoa = person("Lê Thị Hoa", workplace_agency=agencies["so-noi-vu"], position="Chuyên viên")
    second_officer = membership_user("registry_officer", "so-gddt", first_name="An", last_name="Phạm Văn")
    other = Client()
    other.force_login(second_officer)
    client.force_login(registry_officer)
    url = reverse("registry:person_edit", args=[hoa.pk])
    assert client.get(url).status_code == 200 and other.get(url).status_code == 200
    opened = posted(PersonForm(instance=hoa))

    assert other.post(url, {**opened, "position": "Phó Trưởng phòng"}).status_code == 302
    second = client.post(url, {**opened, "phone": "0912345678"})
    assert second.status_code == 409
    page = second.content.decode()
    assert user_name(second_officer) in page and "chưa được lưu" in page
    hoa = Intellectual.objects.get(pk=hoa.pk)
    assert (hoa.position, hoa.phone) == ("Phó Trưởng phòng", "")
    # reopened, the page carries the new version and the save goes through
    reopened = posted(PersonForm(instance=hoa), phone="0912345678")
    assert client.post(url, reopened).status_code == 302
    assert Intellectual.objects.get(pk=hoa.pk).phone == "0912345678"


def test_an_edit_opened_before_an_import_merged_into_the_person_is_refused(
    client, registry_officer, agencies
):
    """#16.10: the import's merge writes the person too, so a form opened before it may not overwrite it."""
    from trithuc.registry.services import person_import
    from trithuc.registry.tests.test_import import HEADERS, xlsx

    hoa = person("Nguyễn Thị Hòa", birth_year=1994, workplace_agency=agencies["so-y-te"])
    assert not hoa.highest_degree
    client.force_login(registry_officer)
    url = reverse("registry:person_edit", args=[hoa.pk])
    assert client.get(url).status_code == 200
    opened = posted(PersonForm(instance=hoa))

    row = [1, "Nguyễn Thị Hòa", 1994, "Nữ", "Kinh", "TS", 2021, "401", "so-y-te"]
    draft = person_import.registry_import_start(actor=registry_officer, upload=xlsx([row], HEADERS))
    assert draft.duplicates and draft.duplicates[0]["existing"] == hoa.pk
    person_import.registry_import_confirm(actor=registry_officer, draft=draft, mode="all", merge={2})
    merged = Intellectual.objects.get(pk=hoa.pk)
    assert merged.highest_degree == "TS" and merged.version > hoa.version

    stale = client.post(url, {**opened, "phone": "0912345678"})
    assert stale.status_code == 409
    assert "chưa được lưu" in stale.content.decode()
    after = Intellectual.objects.get(pk=hoa.pk)
    assert (after.highest_degree, after.phone) == ("TS", "")


def test_every_write_of_a_person_raises_its_version(registry_officer, agencies):
    """Consent given or withdrawn is a write too: a form opened before it would put the old consent back."""
    from trithuc.registry.services import person_consent_set

    hoa = person("Lê Thị Hoa", workplace_agency=agencies["so-noi-vu"])
    before = Intellectual.objects.get(pk=hoa.pk).version
    person_consent_set(actor=registry_officer, person=hoa, consent=not hoa.consent_contact)
    assert Intellectual.objects.get(pk=hoa.pk).version == before + 1
