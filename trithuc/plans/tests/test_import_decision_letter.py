"""#12: a decision that issues a plan and letters that assign tasks, imported through the web page as a
coordinator does (upload → preview → confirm), from Word, PDF and text.

The decision is the document (its number, issuer, date and trích yếu "Về việc ban hành Kế hoạch …"); the plan
keeps the attached plan's own title, shown on the preview and on the plan's page; its tasks are the attached
plan's items, never the decision's articles (Điều 2 on its force, Điều 3 on who executes it)."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from trithuc.agencies.selectors import province_home
from trithuc.api.services import api_token_create
from trithuc.plans.models import Assignment, Plan, PlanImport, PlanItem
from trithuc.plans.tests.official_documents import (
    decision_docx,
    decision_text,
    labelled_letter_text,
    laid_out_pdf,
    letter_docx,
    letter_text,
)


@pytest.fixture
def province(agencies):
    """The system's own province, so the documents are its own (no "another province" warning)."""
    return province_home().place


def _import(client, name: str, data: bytes) -> tuple[str, Plan]:
    """Upload, open the preview (nothing stored yet), confirm; the preview page's HTML and the stored plan."""
    response = client.post(reverse("plans:import_new"), {"upload": SimpleUploadedFile(name, data)})
    assert response.status_code == 302, response.content.decode()[:2000]
    draft = PlanImport.objects.latest("created_at")
    assert draft.status == PlanImport.Status.PREVIEW, draft.error
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert not Plan.objects.exists()
    confirmed = client.post(reverse("plans:import_confirm", args=[draft.pk]))
    assert confirmed.status_code == 302
    return page.content.decode(), Plan.objects.get()


def _tasks(plan: Plan) -> dict[str, tuple[list[str], list[str], dt.date | None, str]]:
    """ref → (lead agency codes, coordinator codes or group codes, deadline, recurrence) of every task."""
    out = {}
    for item in plan.items.filter(kind=PlanItem.Kind.TASK).prefetch_related("assignments__agency"):
        codes = {Assignment.Role.LEAD: [], Assignment.Role.COORDINATE: []}
        for a in item.assignments.all():
            codes.setdefault(a.role, []).append(
                a.agency.code if a.agency else f"group:{a.group.code}" if a.group else f"phrase:{a.phrase}"
            )
        out[item.ref] = (
            sorted(codes[Assignment.Role.LEAD]),
            sorted(codes[Assignment.Role.COORDINATE]),
            item.deadline,
            item.recurrence,
        )
    return out


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("quyet-dinh-ban-hanh-ke-hoach.docx", decision_docx),
        ("quyet-dinh-ban-hanh-ke-hoach.pdf", lambda p: laid_out_pdf(decision_text(p))),
        ("quyet-dinh-ban-hanh-ke-hoach.txt", lambda p: decision_text(p).encode()),
    ],
)
def test_a_decision_with_an_attached_plan_imports_the_plan(
    client, coordinator, no_plans, province, name, make
):
    client.force_login(coordinator)
    page, plan = _import(client, name, make(province))
    title = "Kế hoạch chuyển đổi số trong cơ quan nhà nước năm 2026"
    # the preview says what the decision issues, and the field the coordinator can correct holds it
    assert f'<strong id="import-plan-title">{title}</strong>' in page
    assert "Văn bản của tỉnh khác" not in page
    # the decision is the document; the plan keeps its own title and shows it
    document = plan.document
    assert (document.doc_type, document.number, document.issued_on) == (
        "Quyết định",
        "845/QĐ-UBND",
        dt.date(2026, 3, 12),
    )
    assert document.title.startswith("Quyết định về việc ban hành Kế hoạch")
    assert document.issuer == f"Ủy ban nhân dân tỉnh {province}"
    assert plan.title == title and str(plan) == title
    tree = client.get(plan.tree_url()).content.decode()
    assert (
        f'<strong id="plan-title">{title}</strong>' in tree
        and "Ban hành kèm theo Quyết định số 845/QĐ-UBND ngày 12/03/2026" in tree
    )
    # the tasks are the attached plan's, each with the agency its own sentence assigns and its deadline
    assert _tasks(plan) == {
        "II.1.a": (["so-khcn"], ["so-tai-chinh"], dt.date(2026, 6, 30), ""),
        "II.1.b": (["vp-ubnd"], [], dt.date(2026, 9, 30), ""),
        "II.2.a": (["so-noi-vu"], [], dt.date(2026, 10, 31), ""),
        "II.2.b": (["so-tu-phap"], ["ubnd-cap-xa"], dt.date(2026, 12, 31), ""),
        "III.1": (["so-khcn"], [], dt.date(2026, 12, 15), ""),
        "III.2": (["so-tai-chinh"], [], None, ""),
    }
    # the decision's articles are kept as notes of the document, not tasks
    articles = plan.items.filter(ref__startswith="Điều")
    assert sorted(articles.values_list("ref", flat=True)) == ["Điều 1", "Điều 2", "Điều 3"]
    assert not articles.filter(kind=PlanItem.Kind.TASK).exists()
    assert plan.coordinator.code == "so-khcn"
    # the API gives both: the document's trích yếu and the plan's own title
    raw = api_token_create(actor=coordinator, name="Kiểm thử")[1]
    listed = client.get("/api/v1/plans", HTTP_AUTHORIZATION=f"Bearer {raw}").json()
    rows = listed["items"] if isinstance(listed, dict) else listed
    assert [(r["title"], r["plan_title"]) for r in rows] == [(document.title, title)]


def test_the_coordinator_can_correct_the_attached_plans_title_before_confirming(
    client, coordinator, no_plans, province
):
    client.force_login(coordinator)
    client.post(
        reverse("plans:import_new"),
        {"upload": SimpleUploadedFile("qd.docx", decision_docx(province))},
    )
    draft = PlanImport.objects.get()
    corrected = "Kế hoạch chuyển đổi số năm 2026"
    response = client.post(
        reverse("plans:import_correct", args=[draft.pk]),
        {"plan_title": corrected, "number": "845/QĐ-UBND"},
    )
    assert response.status_code == 302
    assert corrected in client.get(reverse("plans:import_detail", args=[draft.pk])).content.decode()
    client.post(reverse("plans:import_confirm", args=[draft.pk]))
    assert Plan.objects.get().title == corrected


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("cong-van-giao-nhiem-vu.docx", letter_docx),
        ("cong-van-giao-nhiem-vu.txt", lambda p: letter_text(p).encode()),
        ("cong-van-giao-nhiem-vu.pdf", lambda p: laid_out_pdf(letter_text(p))),
    ],
)
def test_a_letter_that_assigns_tasks_imports_its_numbered_paragraphs(
    client, coordinator, no_plans, province, name, make
):
    client.force_login(coordinator)
    page, plan = _import(client, name, make(province))
    document = plan.document
    assert (document.doc_type, document.number) == ("Công văn", "1520/UBND-KGVX")
    assert document.title == "Công văn về việc triển khai công tác phòng, chống dịch bệnh mùa mưa năm 2026"
    assert plan.title == "" and document.title in page
    assert _tasks(plan) == {
        "1": (["so-y-te"], ["phrase:các cơ quan liên quan"], dt.date(2026, 5, 31), ""),  # kept as written
        "2": (["so-tai-chinh"], [], dt.date(2026, 6, 30), ""),
        "3": (["so-gddt"], [], dt.date(2026, 6, 30), ""),
        "4": (["ubnd-cap-xa"], [], None, "monthly"),
    }
    # "Kính gửi" and the closing request are not tasks
    assert not plan.items.filter(kind=PlanItem.Kind.TASK, text__startswith="Yêu cầu Thủ trưởng").exists()
    assert not plan.items.filter(text__startswith="Các sở, ban, ngành tỉnh").exists()


def test_a_letter_with_label_lines_is_one_task_per_item(client, coordinator, no_plans, province):
    client.force_login(coordinator)
    _page, plan = _import(client, "cong-van-nhan.txt", labelled_letter_text(province).encode())
    tasks = _tasks(plan)
    assert tasks.keys() == {"1", "2", "3"}  # the "- Đơn vị chủ trì thực hiện:" lines are not tasks
    assert tasks["1"][0] == ["so-tu-phap"] and tasks["1"][2] == dt.date(2026, 9, 30)
    assert tasks["2"] == (["so-noi-vu"], [], dt.date(2026, 11, 15), "")
    assert tasks["3"][0] == ["vp-ubnd"] and tasks["3"][3] == "quarterly"
