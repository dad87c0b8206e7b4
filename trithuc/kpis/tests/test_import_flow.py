"""From an imported text to a tracked target: the import preview lists the targets read in MỤC TIÊU, and the
stored plan has them as proposals on its KPI page for the coordinator to confirm."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from trithuc.kpis.models import Target
from trithuc.plans.models import Plan, PlanImport
from trithuc.plans.seed import SEED_TEXT

GOAL = "4. Mục tiêu: đến năm 2030 có ít nhất 50 doanh nghiệp khoa học và công nghệ được chứng nhận."


def test_preview_lists_targets_and_the_stored_plan_has_them_proposed(
    client, coordinator, no_plans, django_capture_on_commit_callbacks
):
    seed = SEED_TEXT.read_text(encoding="utf-8")
    anchor = "II. NHIỆM VỤ VÀ GIẢI PHÁP"
    text = seed.replace(anchor, GOAL + "\n" + anchor, 1)
    client.force_login(coordinator)
    upload = SimpleUploadedFile("ke-hoach.txt", text.encode("utf-8"))
    response = client.post(reverse("plans:import_new"), {"upload": upload})
    draft = PlanImport.objects.latest("created_at")
    assert draft.status == PlanImport.Status.PREVIEW, draft.error
    page = client.get(response["Location"]).content.decode()
    assert "Chỉ tiêu đọc được trong phần mục tiêu: 1" in page
    assert "≥ 50 doanh nghiệp" in page

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("plans:import_confirm", args=[draft.pk]))
    plan = Plan.objects.get(is_current=True)
    (target,) = Target.objects.filter(plan_code=plan.code)  # proposed when the plan was stored
    client.post(reverse("kpis:propose", args=[plan.code]))  # asking again finds nothing new
    assert Target.objects.filter(plan_code=plan.code).count() == 1
    assert (target.value, target.unit, target.year, target.status) == (50, "doanh nghiệp", 2030, "proposed")
    kpi_page = client.get(reverse("kpis:plan_kpis", args=[plan.code])).content.decode()
    assert f"proposed-{target.pk}" in kpi_page
