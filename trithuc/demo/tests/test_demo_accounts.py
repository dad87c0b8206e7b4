"""Issue 17.8: demo accounts have e-mail addresses, so the demo's reminders reach someone (the console)."""

import pytest
from django.contrib.auth import get_user_model

from trithuc.agencies.services import agencies_seed
from trithuc.demo.setup import DEMO_ACCOUNTS, _demo_accounts

pytestmark = pytest.mark.django_db


def test_every_demo_account_has_an_address_on_a_reserved_domain_even_in_an_older_demo():
    agencies_seed()
    _demo_accounts()
    users = get_user_model().objects.filter(username__in=[a.username for a in DEMO_ACCOUNTS])
    assert {u.username: u.email for u in users} == {a.username: a.email for a in DEMO_ACCOUNTS}
    assert all(a.email.endswith(".example") for a in DEMO_ACCOUNTS)
    users.update(email="")  # a demo database made before the accounts had addresses
    _demo_accounts()
    assert not users.filter(email="").exists()
