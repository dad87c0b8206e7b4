"""Issue 17.10, in a real browser: the file field shows a clear focus ring when reached by the keyboard."""

import pytest

from tests_e2e.helpers import login
from trithuc.agencies.services import agencies_seed
from trithuc.core.tests.factories import membership_user
from trithuc.plans.seed import seed_plan_ensure

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_the_file_field_has_a_visible_focus_ring(page, live_server, transactional_db):
    agencies_seed()
    plan = seed_plan_ensure()
    reporter = membership_user("reporter", "so-noi-vu")
    item = plan.items.get(ref="III.2.a")
    login(page, live_server.url, reporter.username)
    page.goto(f"{live_server.url}/ke-hoach/nhiem-vu/{item.pk}/cap-nhat/so-noi-vu/")
    field = page.get_by_label("Tài liệu minh chứng")
    before = field.evaluate("e => getComputedStyle(e).outlineStyle")
    page.get_by_label("Kết quả thực hiện").focus()
    for _ in range(10):  # reach it as a keyboard user does
        if field.evaluate("e => e === document.activeElement"):
            break
        page.keyboard.press("Tab")
    assert field.evaluate("e => e === document.activeElement")
    style = field.evaluate(
        "e => { const s = getComputedStyle(e); return [s.outlineStyle, parseFloat(s.outlineWidth), s.outlineColor]; }"
    )
    assert before == "none" or before == style[0]
    assert style[0] == "solid" and style[1] >= 2
    assert style[2] == "rgb(11, 61, 145)"
