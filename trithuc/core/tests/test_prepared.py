"""The per-request queries made into SQL once (core.prepared) read what the ORM reads."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_otp.plugins.otp_totp.models import TOTPDevice

from trithuc.agencies.models import Agency
from trithuc.core import prepared
from trithuc.core.models import Membership
from trithuc.core.tests.factories import membership_user
from trithuc.core.two_factor import SessionUserBackend

pytestmark = pytest.mark.django_db


def _fields(obj) -> dict:
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}


def test_memberships_with_their_agency_equal_what_the_orm_reads():
    user = membership_user("reporter", "so-noi-vu")
    Membership.objects.create(user=user, agency=Agency.objects.get(code="so-gddt"), role="head")
    expected = {m.pk: m for m in Membership.objects.filter(user=user).select_related("agency")}
    with CaptureQueriesContext(connection) as queries:
        found = prepared.rows_with_related(Membership, "agency", "user", user.pk)
        agencies = [m.agency for m in found]  # already loaded: no query of its own
    assert len(queries) == 1 and len(found) == 2
    for membership, agency in zip(found, agencies, strict=True):
        assert _fields(membership) == _fields(expected[membership.pk])
        assert _fields(agency) == _fields(expected[membership.pk].agency)
        assert agency.created_at.tzinfo is not None  # converted as the ORM converts (aware datetimes)
    assert prepared.rows_with_related(Membership, "agency", "user", -1) == []


def test_the_session_user_knows_whether_a_confirmed_device_exists():
    user = membership_user("coordinator", "so-khcn")
    backend = SessionUserBackend()
    found = backend.get_user(user.pk)
    assert _fields(found) == _fields(get_user_model().objects.get(pk=user.pk))
    assert not found.has_otp_device
    TOTPDevice.objects.create(user=user, name="điện thoại", confirmed=False)
    assert not backend.get_user(user.pk).has_otp_device  # an unconfirmed device asks nothing
    TOTPDevice.objects.filter(user=user).update(confirmed=True)
    assert backend.get_user(user.pk).has_otp_device
    assert backend.get_user(str(user.pk)).pk == user.pk  # the session keeps the id as text
    assert backend.get_user("không phải số") is None
    assert backend.get_user(user.pk + 10_000) is None
    user.is_active = False
    user.save()
    assert backend.get_user(user.pk) is None


def test_the_sql_is_made_once_per_process():
    user = membership_user("coordinator", "so-khcn")
    prepared._compiled.cache_clear()
    backend = SessionUserBackend()
    for _ in range(3):
        backend.get_user(user.pk)
    assert prepared._compiled.cache_info().misses == 1 and prepared._compiled.cache_info().hits == 2
