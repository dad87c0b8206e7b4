"""The audit log speaks Vietnamese: every action the code records has a label, and the filter offers labels."""

import ast
from pathlib import Path

import pytest
from django.urls import reverse

from trithuc.core import audit
from trithuc.core.models import AuditEvent

TRITHUC = Path(__file__).resolve().parents[2]


def _recorded_actions() -> set[str]:
    """Every literal `action=` passed to audit.record in the apps' own code (f-strings reduced to their fixed part)."""
    found: set[str] = set()
    for path in TRITHUC.rglob("*.py"):
        if "tests" in path.parts or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "record"):
                continue
            for keyword in node.keywords:
                if keyword.arg == "action" and isinstance(keyword.value, ast.Constant):
                    found.add(keyword.value.value)
    return found


def test_the_scan_finds_the_actions_it_should():
    actions = _recorded_actions()
    assert {"auth.login", "progress.create", "registry.person.view", "report.submit"} <= actions


@pytest.mark.parametrize("action", sorted(_recorded_actions()))
def test_every_recorded_action_has_a_vietnamese_label(action):
    assert action in audit.action_labels(), f"{action} has no label in its app's audit_labels.py"


def test_an_unnamed_action_shows_its_group_and_code_and_admin_rows_name_the_model(db):
    assert audit.action_label("report.submit") == "Gửi báo cáo của đơn vị"
    assert audit.action_label("report.something_new") == "Báo cáo định kỳ của đơn vị (report.something_new)"
    assert audit.action_label("nothing.known") == "nothing.known"
    assert audit.action_label("admin.membership.change").startswith("Quản trị: sửa ")


def test_the_page_shows_labels_and_filters_by_them(client, coordinator):
    AuditEvent.objects.create(
        action="report.submit", target_type="reporting.agencyreport", target_repr="Báo cáo A"
    )
    AuditEvent.objects.create(
        action="report.accept", target_type="reporting.agencyreport", target_repr="Báo cáo B"
    )
    AuditEvent.objects.create(action="auth.login", target_type="auth.user", target_repr="người dùng")
    client.force_login(coordinator)
    page = client.get(reverse("core:audit_list"))
    html = page.content.decode()
    assert "Gửi báo cáo của đơn vị" in html and "Đăng nhập" in html
    assert '<option value="report.">Báo cáo định kỳ của đơn vị (tất cả)</option>' in html
    one = client.get(reverse("core:audit_list"), {"action": "report.submit"})
    assert [e.target_repr for e in one.context["page"]] == ["Báo cáo A"]
    group = client.get(reverse("core:audit_list"), {"action": "report."})
    assert {e.target_repr for e in group.context["page"]} == {"Báo cáo A", "Báo cáo B"}
    unknown = client.get(reverse("core:audit_list"), {"action": "xoá mọi thứ"})
    assert unknown.status_code == 200 and "Hãy chọn" in unknown.content.decode()
