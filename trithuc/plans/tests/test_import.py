"""The import flow: upload → preview → corrections → confirm, with real .txt, .docx and .pdf files."""

import datetime as dt
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from trithuc.core.errors import ServiceError
from trithuc.core.models import AuditEvent
from trithuc.plans.import_selectors import import_preview
from trithuc.plans.models import Assignment, Document, Plan, PlanImport, PlanItem, ProgressUpdate
from trithuc.plans.seed import SEED_TEXT
from trithuc.plans.services.plan_import import (
    plan_import_confirm,
    plan_import_correct,
    plan_import_start,
)
from trithuc.plans.tests.documents import docx_bytes, encrypted_pdf_bytes, pdf_bytes, scanned_pdf_bytes

SEED = SEED_TEXT.read_text(encoding="utf-8")


def laid_out_pdf_bytes(text: str) -> bytes:
    """The plan as a printed PDF: indented paragraphs, page numbers, a running footer (planparse's test maker)."""
    from planparse.tests.pdf_maker import plan_pdf

    return plan_pdf([ln.strip() for ln in text.splitlines() if ln.strip()], footer="Kế hoạch 52 - bản in")


def _summary(plan):
    """What must be equal whichever file format the plan came from."""
    rows = {}
    for item in plan.items.filter(kind=PlanItem.Kind.TASK).prefetch_related("assignments"):
        leads = sorted(
            (a.agency_id or 0, a.group_id or 0)
            for a in item.assignments.all()
            if a.role == Assignment.Role.LEAD
        )
        rows[item.ref] = (leads, item.deadline, item.recurrence)
    return rows


def _upload_and_confirm(client, name, data):
    response = client.post(reverse("plans:import_new"), {"upload": SimpleUploadedFile(name, data)})
    assert response.status_code == 302, response.content.decode()[:3000]
    draft = PlanImport.objects.latest("created_at")
    assert draft.status == PlanImport.Status.PREVIEW, draft.error
    preview_page = client.get(response["Location"])
    assert preview_page.status_code == 200
    assert Plan.objects.count() == 0  # nothing stored before confirmation
    confirmed = client.post(reverse("plans:import_confirm", args=[draft.pk]))
    assert confirmed.status_code == 302
    return Plan.objects.get()


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("ke-hoach.txt", lambda t: t.encode()),
        ("ke-hoach.docx", docx_bytes),
        ("ke-hoach.pdf", pdf_bytes),
        ("ke-hoach-trinh-bay.pdf", laid_out_pdf_bytes),
    ],
)
def test_seed_imports_through_the_web_page_alike_from_txt_docx_and_pdf(
    client, coordinator, no_plans, name, make
):
    from trithuc.agencies.selectors import AgencyMatcher  # noqa: F401  (agencies are seeded by the fixture)

    client.force_login(coordinator)
    plan = _upload_and_confirm(client, name, make(SEED))
    summary = _summary(plan)
    assert len(summary) == 25
    assert summary["II.1.a"][1] == dt.date(2020, 6, 30)
    assert summary["III.8.a"][2] == "yearly"
    assert all(leads for leads, _, _ in summary.values())
    assert AuditEvent.objects.filter(action="plan.import", actor=coordinator).exists()
    # The same as the plain text, task by task.
    Plan.objects.all().delete()
    Document.objects.all().delete()
    reference = _upload_and_confirm(client, "ke-hoach.txt", SEED.encode())
    assert _summary(reference).keys() == summary.keys()
    assert [v[1:] for v in _summary(reference).values()] == [v[1:] for v in summary.values()]
    assert [len(v[0]) for v in _summary(reference).values()] == [len(v[0]) for v in summary.values()]


def test_pasted_text_imports_too(client, coordinator, no_plans):
    client.force_login(coordinator)
    response = client.post(reverse("plans:import_new"), {"text": SEED})
    draft = PlanImport.objects.get()
    assert response["Location"] == reverse("plans:import_detail", args=[draft.pk])
    assert draft.parsed["items"] and draft.status == PlanImport.Status.PREVIEW


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("hong.docx", b"PK\x03\x04 khong phai docx", "docx"),
        ("rong.pdf", b"%PDF-1.4\n%%EOF", "PDF"),
    ],
)
def test_broken_file_fails_with_a_vietnamese_message_and_stores_no_plan(
    client, coordinator, no_plans, name, data, message
):
    client.force_login(coordinator)
    client.post(reverse("plans:import_new"), {"upload": SimpleUploadedFile(name, data)})
    draft = PlanImport.objects.get()
    assert draft.status == PlanImport.Status.FAILED
    assert message.lower() in draft.error.lower() or "không" in draft.error.lower()
    page = client.get(reverse("plans:import_detail", args=[draft.pk])).content.decode()
    assert "Không đọc được văn bản" in page
    assert not Plan.objects.exists() and not PlanItem.objects.exists()


@pytest.mark.parametrize(
    ("name", "make", "fragment"),
    [
        ("ban-quet.pdf", scanned_pdf_bytes, "bản quét"),
        ("co-mat-khau.pdf", lambda: encrypted_pdf_bytes(SEED), "mật khẩu"),
        ("tai-do-dang.pdf", lambda: pdf_bytes(SEED)[:5000], "hỏng"),
    ],
)
def test_unreadable_pdf_ends_with_a_message_that_suggests_the_docx_and_stores_nothing(
    client, coordinator, name, make, fragment, no_plans
):
    """A scan, a locked or a cut-short PDF: the draft fails with the reader's message, shown on its page;
    it cannot be confirmed, and no document, plan or item is written."""
    client.force_login(coordinator)
    client.post(reverse("plans:import_new"), {"upload": SimpleUploadedFile(name, make())})
    draft = PlanImport.objects.get()
    assert draft.status == PlanImport.Status.FAILED
    assert fragment in draft.error and ".docx" in draft.error
    page = client.get(reverse("plans:import_detail", args=[draft.pk])).content.decode()
    assert fragment in page and ".docx" in page
    client.post(reverse("plans:import_confirm", args=[draft.pk]))
    draft.refresh_from_db()
    assert draft.status == PlanImport.Status.FAILED
    assert not Document.objects.exists() and not Plan.objects.exists() and not PlanItem.objects.exists()


def test_a_utf16_text_without_bom_imports_like_utf8(client, coordinator, no_plans):
    """Notepad's "Unicode" without a signature: was read as UTF-8 full of NULs, a 500 and a draft stuck at 90 %."""
    client.force_login(coordinator)
    plan = _upload_and_confirm(client, "ke-hoach-utf16.txt", SEED.encode("utf-16-le"))
    assert len(_summary(plan)) == 25


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ("KẾ HOẠCH\n1. Nhiệm vụ\x00\x00 thứ nhất".encode(), "NUL"),
        (
            "Uû ban nh©n d©n tØnh ban hµnh KÕ ho¹ch thùc hiÖn nhiÖm vô chuyÓn ®æi sè n¨m 2026 "
            "trªn ®Þa bµn tØnh, giao Së Néi vô chñ tr× tæ chøc thùc hiÖn.".encode("latin-1"),
            "TCVN3",
        ),
    ],
    ids=["nul", "tcvn3"],
)
def test_odd_text_ends_in_the_drafts_error_state_in_the_background_too(
    client, coordinator, settings, data, fragment, no_plans
):
    settings.PLAN_IMPORT_BACKGROUND_BYTES = 10  # through the task, as a large file would go
    client.force_login(coordinator)
    response = client.post(reverse("plans:import_new"), {"upload": SimpleUploadedFile("la.txt", data)})
    assert response.status_code == 302
    draft = PlanImport.objects.get()
    assert draft.status == PlanImport.Status.FAILED and fragment in draft.error
    assert client.get(reverse("plans:import_status", args=[draft.pk]))["HX-Refresh"] == "true"
    assert fragment in client.get(response["Location"]).content.decode()
    assert not Plan.objects.exists() and not draft.text


def test_wrong_extension_and_empty_upload_are_refused(client, coordinator, no_plans):
    client.force_login(coordinator)
    page = client.post(reverse("plans:import_new"), {"upload": SimpleUploadedFile("bang.xls", b"xx")})
    assert "Chỉ nhận tệp .txt, .docx, .doc hoặc .pdf" in page.content.decode()
    page = client.post(reverse("plans:import_new"), {"text": "   "})
    assert "Hãy chọn tệp hoặc dán nội dung" in page.content.decode()
    assert not PlanImport.objects.exists()


def test_only_coordinators_import(reporter_a, leader, no_plans):
    for user in (reporter_a, leader):
        with pytest.raises(ServiceError):
            plan_import_start(actor=user, text=SEED)
    assert not PlanImport.objects.exists()


def test_unmatched_agency_gets_suggestions_and_the_users_choice_is_kept(coordinator, agencies):
    text = SEED.replace("5. Sở Tài chính: Chủ trì", "5. Kho bạc Nhà nước tỉnh: Chủ trì")
    draft = plan_import_start(actor=coordinator, text=text)
    preview = import_preview(draft)
    unmatched = {row.phrase: row for row in preview.unmatched}
    assert "Kho bạc Nhà nước tỉnh" in unmatched
    assert len(unmatched["Kho bạc Nhà nước tỉnh"].suggestions) == 3
    draft = plan_import_correct(
        actor=coordinator, plan_import=draft, agency_choices={"Kho bạc Nhà nước tỉnh": "agency:so-tai-chinh"}
    )
    assert not import_preview(draft).unmatched
    plan = plan_import_confirm(actor=coordinator, plan_import=draft)
    lead = plan.items.get(ref="III.5").assignments.get(role="lead")
    assert (lead.phrase, lead.agency.code) == ("Kho bạc Nhà nước tỉnh", "so-tai-chinh")


def test_a_close_misspelling_matches_without_asking(coordinator, agencies):
    draft = plan_import_start(
        actor=coordinator, text=SEED.replace("Sở Tài chính: Chủ trì", "Sở Tài chánh: Chủ trì")
    )
    assert "Sở Tài chánh" not in {row.phrase for row in import_preview(draft).unmatched}


def test_inline_corrections_through_the_page(client, coordinator, no_plans):
    client.force_login(coordinator)
    client.post(reverse("plans:import_new"), {"text": SEED})
    draft = PlanImport.objects.get()
    response = client.post(
        reverse("plans:import_correct", args=[draft.pk]),
        {
            "number": "99/KH-UBND",
            "date": "2020-04-01",
            "issuer": "Ủy ban nhân dân tỉnh Lâm Đồng",
            "deadline__II.2.d": "31/12/2020",
            "lead__II.2.đ": "agency:so-noi-vu",
            "kind__II.5.b": "note",
        },
    )
    assert response.status_code == 302
    page = client.get(reverse("plans:import_detail", args=[draft.pk])).content.decode()
    assert re.search(r'name="deadline__II\.2\.d"[^>]*value="31/12/2020"', page)  # dd/mm/yyyy in every browser
    plan = plan_import_confirm(actor=coordinator, plan_import=PlanImport.objects.get())
    assert (plan.document.number, plan.document.issued_on) == ("99/KH-UBND", dt.date(2020, 4, 1))
    assert plan.items.get(ref="II.2.d").deadline == dt.date(2020, 12, 31)
    assert plan.items.get(ref="II.2.đ").assignments.get(role="lead").agency.code == "so-noi-vu"
    assert plan.items.get(ref="II.5.b").kind == "note"


def test_bad_date_in_correction_is_reported_and_nothing_changes(client, coordinator, no_plans):
    client.force_login(coordinator)
    client.post(reverse("plans:import_new"), {"text": SEED})
    draft = PlanImport.objects.get()
    before = draft.parsed
    response = client.post(
        reverse("plans:import_correct", args=[draft.pk]), {"deadline__II.2.d": "31/13/2020"}, follow=True
    )
    assert "Ngày không hợp lệ ở mục II.2.d" in response.content.decode()
    draft.refresh_from_db()
    assert draft.parsed == before


def test_failed_confirmation_leaves_nothing_half_written(coordinator, seed_plan):
    items_before = PlanItem.objects.count()
    draft = plan_import_start(actor=coordinator, text=SEED)
    plan_import_correct(
        actor=coordinator,
        plan_import=draft,
        meta={"issuer": "Ủy ban nhân dân tỉnh Lâm Đồng", "title": seed_plan.document.title, "year": 2020},
        previous_plan=None,
    )
    with pytest.raises(ServiceError, match="đã có trong hệ thống"):
        plan_import_confirm(actor=coordinator, plan_import=draft)
    assert PlanItem.objects.count() == items_before and Plan.objects.count() == 1
    draft.refresh_from_db()
    assert draft.status == PlanImport.Status.PREVIEW  # the claim rolled back with the rest


def test_double_confirmation_is_refused(coordinator, agencies, no_plans):
    draft = plan_import_start(actor=coordinator, text=SEED)
    plan_import_confirm(actor=coordinator, plan_import=draft)
    with pytest.raises(ServiceError):
        plan_import_confirm(actor=coordinator, plan_import=draft)
    assert Plan.objects.count() == 1


def test_new_version_shows_changes_and_carries_progress_over(coordinator, seed_plan, agencies):
    unchanged = seed_plan.items.get(ref="III.2.a")
    ProgressUpdate.objects.create(
        item=unchanged, agency=agencies["so-noi-vu"], status="in_progress", result="Đã rà soát"
    )
    rescheduled = seed_plan.items.get(ref="II.1.a")
    ProgressUpdate.objects.create(
        item=rescheduled, agency=agencies["so-noi-vu"], status="in_progress", result="Đang làm"
    )
    amended = SEED.replace("(hoàn thành trong quý II/2020)", "(hoàn thành trong quý IV/2020)").replace(
        "4. Sở Kế hoạch và Đầu tư: Chủ trì", "4. Sở Tài chính: Chủ trì"
    )
    draft = plan_import_start(actor=coordinator, text=amended)
    assert draft.previous_plan is None or draft.previous_plan == seed_plan
    draft = plan_import_correct(actor=coordinator, plan_import=draft, previous_plan=seed_plan)
    diff = import_preview(draft).diff
    assert "II.1.a" in diff.rescheduled
    assert "III.4" in diff.reassigned
    assert "III.2.a" in diff.unchanged
    plan = plan_import_confirm(actor=coordinator, plan_import=draft)
    seed_plan.refresh_from_db()
    assert (plan.version, plan.previous, plan.is_current, seed_plan.is_current) == (2, seed_plan, True, False)
    assert plan.items.get(ref="II.1.a").deadline == dt.date(2020, 12, 31)
    carried = ProgressUpdate.objects.filter(item__plan=plan)
    assert [u.item.ref for u in carried] == ["III.2.a"]
    assert ProgressUpdate.objects.filter(item__plan=seed_plan).count() == 2  # the old version stays readable


def test_large_upload_parses_in_the_background(client, coordinator, settings, no_plans):
    settings.PLAN_IMPORT_BACKGROUND_BYTES = 1000  # the seed is larger: goes through the task queue
    client.force_login(coordinator)
    client.post(reverse("plans:import_new"), {"upload": SimpleUploadedFile("ke-hoach.txt", SEED.encode())})
    draft = PlanImport.objects.get()
    assert draft.status == PlanImport.Status.PREVIEW  # the immediate backend ran the task
    status = client.get(reverse("plans:import_status", args=[draft.pk]))
    assert status["HX-Refresh"] == "true"


def test_progress_partial_polls_while_parsing(client, coordinator):
    draft = PlanImport.objects.create(created_by=coordinator, source_name="lon.pdf", kind="pdf", progress=40)
    client.force_login(coordinator)
    body = client.get(reverse("plans:import_status", args=[draft.pk])).content.decode()
    assert 'hx-trigger="every 1s"' in body and "40%" in body


def test_a_word_plan_with_automatic_numbering_imports_through_the_web_page(client, coordinator, no_plans):
    """#12: the numbers of most Word plans are in numbering.xml, not in the text; the tasks keep them."""
    from planparse.tests.test_docx_plan import auto_numbered_plan  # noqa: PLC0415

    client.force_login(coordinator)
    plan = _upload_and_confirm(client, "ke-hoach-tu-dong-danh-so.docx", auto_numbered_plan())
    tasks = {i.ref: i for i in plan.items.filter(kind=PlanItem.Kind.TASK).prefetch_related("assignments")}
    assert {"II.1.a", "II.1.b", "II.2.a"} <= tasks.keys()
    lead = tasks["II.1.a"].assignments.get(role=Assignment.Role.LEAD).agency
    assert lead.code == "so-tu-phap" and tasks["II.1.a"].deadline == dt.date(2026, 6, 30)
    assert tasks["II.1.b"].deadline == dt.date(2026, 9, 30)


def test_an_old_doc_without_libreoffice_fails_with_advice_and_stores_nothing(
    client, coordinator, monkeypatch, no_plans
):
    monkeypatch.setenv("PATH", "/nonexistent")
    client.force_login(coordinator)
    # An OLE compound file's header as Word 97-2003 writes one (signature, byte-order mark, 512-byte sectors).
    ole = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 20 + b"\xfe\xff\x09\x00").ljust(1536, b"\0")
    client.post(reverse("plans:import_new"), {"upload": SimpleUploadedFile("ke-hoach-cu.doc", ole)})
    draft = PlanImport.objects.latest("created_at")
    assert draft.status == PlanImport.Status.FAILED and ".docx" in draft.error
    assert not Plan.objects.exists()


def test_the_agency_fix_starts_blank_unless_the_closest_agency_is_close(client, coordinator, agencies):
    """An unknown body ("Kho bạc Nhà nước tỉnh") must not start on the nearest-spelled agency of the list, where one
    click would give it the body's tasks; a variant spelling of a listed group starts on that group."""
    text = SEED.replace("5. Sở Tài chính: Chủ trì", "5. Kho bạc Nhà nước tỉnh: Chủ trì").replace(
        "4. Sở Kế hoạch và Đầu tư: Chủ trì", "4. Các sở, ban, ngành: Chủ trì"
    )
    draft = plan_import_start(actor=coordinator, text=text)
    unmatched = {row.phrase: row for row in import_preview(draft).unmatched}
    weak, close = unmatched["Kho bạc Nhà nước tỉnh"], unmatched["Các sở, ban, ngành"]
    assert weak.suggestions and weak.preselect == ""
    assert close.preselect == close.suggestions[0][0] and close.preselect.startswith("group:")
    client.force_login(coordinator)
    page = client.get(reverse("plans:import_detail", args=[draft.pk])).content.decode()
    forms = re.findall(r'name="phrase" value="([^"]+)">.*?</select>', page, re.S)
    assert set(forms) >= {"Kho bạc Nhà nước tỉnh", "Các sở, ban, ngành"}
    weak_form = re.search(r'value="Kho bạc Nhà nước tỉnh">.*?</select>', page, re.S).group(0)
    close_form = re.search(r'value="Các sở, ban, ngành">.*?</select>', page, re.S).group(0)
    assert (
        '<option value="" selected>' in weak_form
        and " selected>" not in weak_form.split('value="" selected>')[1]
    )
    assert (
        f'<option value="{close.preselect}" selected>' in close_form and 'value="" selected' not in close_form
    )

    # Sent blank (a browser without `required`), the fix is refused in Vietnamese and nothing is recorded.
    response = client.post(
        reverse("plans:import_fix", args=[draft.pk]),
        {"op": "agency", "phrase": "Kho bạc Nhà nước tỉnh", "choice": ""},
        follow=True,
    )
    assert "Hãy chọn một cơ quan hoặc nhóm trong danh sách." in response.content.decode()
    draft.refresh_from_db()
    assert draft.corrections == []
