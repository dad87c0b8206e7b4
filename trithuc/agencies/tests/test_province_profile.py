"""The province's profile is where documents and pages read the province from (issue 13, point 6): another
province's name set there reaches the letterheads, the place-and-date line, the matcher and the labels."""

import datetime as dt
import io

import pytest
from docx import Document as DocxDocument

from trithuc.agencies.models import Agency, ProvinceProfile
from trithuc.agencies.selectors import AgencyMatcher, province_profile
from trithuc.agencies.services import agencies_seed, province_profile_update
from trithuc.amendments.services import proposals
from trithuc.core.errors import ServiceError
from trithuc.core.models import AuditEvent
from trithuc.core.permissions import SYSTEM
from trithuc.reporting.consolidated import consolidated_report_data
from trithuc.reporting.models import ReportingRegime
from trithuc.reporting.tests.factories import accepted_report, annual_period


def _docx_text(content: bytes) -> str:
    document = DocxDocument(io.BytesIO(content))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.fixture
def nghe_an(agencies):
    """The seeded agencies renamed to another province's, with its profile."""
    Agency.objects.filter(code="ubnd-tinh").update(name="Ủy ban nhân dân tỉnh Nghệ An")
    return province_profile_update(actor=SYSTEM, name="Nghệ An", place="Vinh", talent_item_ref="IV.3.b")


def test_the_seed_sets_the_province_and_leaves_an_edited_profile_alone(agencies):
    assert province_profile().name == "Lâm Đồng"  # the seed's (agencies.json), stored with the seed agencies
    province_profile_update(actor=SYSTEM, place="Đà Lạt")
    agencies_seed()
    assert ProvinceProfile.objects.get().place == "Đà Lạt"


def test_before_it_is_set_the_profile_is_named_after_the_province_level_agency(agencies):
    ProvinceProfile.objects.all().delete()  # a database from before profiles
    Agency.objects.filter(code="ubnd-tinh").update(name="Ủy ban nhân dân tỉnh Nghệ An")
    profile = province_profile()
    assert (profile.name, profile.date_place, profile.committee_letterhead) == (
        "Nghệ An",
        "Nghệ An",
        "UBND TỈNH NGHỆ AN",
    )
    assert profile.pk is None  # read, not written


def test_with_no_province_at_all_documents_show_a_blank_place(no_agencies):
    profile = province_profile()
    assert profile.date_place == "………" and profile.committee == "Ủy ban nhân dân tỉnh ………"


def test_the_profile_is_one_row_changed_field_by_field_and_audited(agencies):
    ProvinceProfile.objects.all().delete()
    with pytest.raises(ServiceError, match="tên tỉnh"):
        province_profile_update(actor=SYSTEM, place="Vinh")  # no row yet, and no name
    first = province_profile_update(actor=SYSTEM, name="Hà Nội", level="Thanh pho")
    assert (first.level, first.committee, first.committee_letterhead) == (
        "thành phố",
        "Ủy ban nhân dân thành phố Hà Nội",
        "UBND THÀNH PHỐ HÀ NỘI",
    )
    again = province_profile_update(actor=SYSTEM, department_name="Sở Khoa học và Công nghệ Hà Nội")
    assert again.pk == first.pk and ProvinceProfile.objects.count() == 1
    assert again.name == "Hà Nội" and again.department_letterhead == "SỞ KHOA HỌC VÀ CÔNG NGHỆ HÀ NỘI"
    province_profile_update(actor=SYSTEM, name="Hà Nội")  # no change: no audit row
    events = list(
        AuditEvent.objects.filter(action="province.profile_update", target_id=first.pk).order_by("pk")
    )
    assert len(events) == 2 and events[1].data["before"]["department_name"] == "Sở Khoa học và Công nghệ"
    with pytest.raises(ServiceError, match="Cấp"):
        province_profile_update(actor=SYSTEM, level="huyện")


def test_the_matcher_trims_the_name_of_the_province_it_is_set_up_for(nghe_an):
    matcher = AgencyMatcher.load()
    assert matcher.match("Sở Nội vụ tỉnh Nghệ An").agency.code == "so-noi-vu"
    assert matcher.match("Sở Nội vụ Nghệ An").agency.code == "so-noi-vu"
    # another province's name is no longer taken for this one's
    assert matcher.match("Sở Giáo dục và Đào tạo tỉnh Lâm Đồng").score < 1.0
    assert matcher.match("Sở Giáo dục và Đào tạo tỉnh Nghệ An").agency.code == "so-gddt"


def test_the_consolidated_report_names_the_province_of_the_profile(nghe_an, seed_plan, agencies):
    period = annual_period(2025)
    accepted_report(period, agencies["so-noi-vu"])
    data = consolidated_report_data(period=period, dated=dt.date(2026, 2, 5))
    assert (data.issuer_parent, data.date_line) == ("UBND TỈNH NGHỆ AN", "Vinh, ngày 05 tháng 02 năm 2026")
    assert data.summary.endswith("tỉnh Nghệ An năm 2025")


def test_the_submission_to_the_province_is_addressed_to_its_committee(
    nghe_an, make_proposal_here, coordinator
):
    amendment_set = proposals.amendment_set_create(
        actor=coordinator, plan=make_proposal_here.plan, proposal_ids=[make_proposal_here.pk], title="Đợt 1"
    )
    amendment_set = proposals.amendment_set_submit(
        actor=coordinator, amendment_set=amendment_set, doc_kind="to_trinh", dated=dt.date(2026, 3, 2)
    )
    text = _docx_text(amendment_set.docx.read())
    assert "UBND TỈNH NGHỆ AN" in text and "Vinh, ngày 02 tháng 3 năm 2026" in text
    assert "Kính gửi: Ủy ban nhân dân tỉnh Nghệ An." in text
    assert "Lâm Đồng" not in text


@pytest.fixture
def make_proposal_here(agencies, seed_plan):
    proposal = proposals.proposal_create(
        actor=SYSTEM,
        agency=agencies["so-noi-vu"],
        plan=seed_plan,
        kind="amend",
        ref="II.2.b",
        text="Nội dung mới.",
        reasons="Cập nhật.",
    )
    return proposals.proposal_submit(actor=SYSTEM, proposal=proposal)


def test_the_report_page_cites_the_plan_item_its_regime_names_only_when_one_is_set(
    client, seed_plan, agencies, coordinator
):
    """The item that asks agencies for their own plans belongs to the plan's regime, not to the province."""
    period = annual_period(2025)
    report = accepted_report(period, agencies["so-noi-vu"])
    client.force_login(coordinator)
    ReportingRegime.objects.filter(pk=period.regime_id).update(own_plan_item_ref="")
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert "Triển khai tại đơn vị</h2>" in page and "(mục" not in page
    ReportingRegime.objects.filter(pk=period.regime_id).update(own_plan_item_ref="IV.3.b")
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert "Triển khai tại đơn vị (mục IV.3.b)</h2>" in page


def test_the_registry_statistics_cite_the_talent_item_of_the_profile(client, leader):
    province_profile_update(actor=SYSTEM, name="Nghệ An", talent_item_ref="II.4")
    client.force_login(leader)
    page = client.get("/tri-thuc/thong-ke/").content.decode()
    assert "Chuỗi phát hiện, thu hút, sử dụng nhân tài (Kế hoạch, mục II.4)" in page


def test_the_admin_keeps_one_profile_that_cannot_be_deleted(agencies, rf, django_user_model):
    from django.contrib.admin.sites import site

    request = rf.get("/")
    request.user = django_user_model.objects.create_superuser("qt", "qt@example.org", "x")
    admin = site.get_model_admin(ProvinceProfile)
    assert ProvinceProfile.objects.exists()  # the seed's
    assert not admin.has_add_permission(request) and not admin.has_delete_permission(request)
    ProvinceProfile.objects.all().delete()
    assert admin.has_add_permission(request)


def test_the_unions_conclusion_is_headed_and_sent_as_the_profile_says(nghe_an):
    from trithuc.reviews.exports import ConclusionData, render_conclusion_docx

    province_profile_update(actor=SYSTEM, department_name="Sở Khoa học và Công nghệ tỉnh Nghệ An")
    profile = province_profile()
    data = ConclusionData(
        form="report",
        number_text="1/BC-LHH",
        dated=dt.date(2026, 3, 5),
        kind_label="Phản biện",
        title="Đề án A",
        requesting_agency="Sở Nội vụ",
        owner="Sở Nội vụ",
        panel=(),
        opinions_in=0,
        summary="Tóm tắt.",
        recommendations=(),
        signer_name="B",
        place=profile.date_place,
        issuer_parent=profile.committee_letterhead,
        department=profile.department_name,
    )
    text = _docx_text(render_conclusion_docx(data))
    assert "UBND TỈNH NGHỆ AN" in text and "Vinh, ngày 05 tháng 3 năm 2026" in text
    assert "- Sở Khoa học và Công nghệ tỉnh Nghệ An;" in text
