"""Every link of the main menu that a role sees opens for that role (no link that leads to a 404)."""

import re

import pytest

from conftest import ROLE_FIXTURES
from trithuc.registry.tests.factories import person

NAV = re.compile(r'<nav aria-label="Menu chính">(.*?)</nav>', re.S)


@pytest.mark.parametrize("role", ROLE_FIXTURES)
def test_menu_links_open_for_the_role(client, request, seed_plan, role):
    user = request.getfixturevalue(role)
    if role == "expert":
        person("Trần Thị Bình", user=user)  # an expert account is always someone of the registry
    client.force_login(user)
    home = client.get("/", follow=True)
    assert home.status_code == 200
    links = [
        href
        for href in re.findall(r'href="(/[^"]*)"', NAV.search(home.content.decode()).group(1))
        if not href.startswith("/quan-tri/")
    ]
    assert len(links) >= 3, links
    answers = {href: client.get(href).status_code for href in links}
    assert all(code in {200, 302} for code in answers.values()), answers
