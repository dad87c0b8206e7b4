"""Generate and issue the consolidated report; number from the register, files kept, audit recorded."""

import datetime as dt

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from trithuc.core import audit
from trithuc.core.actors import Actor, actor_user
from trithuc.core.errors import Forbidden, ServiceError
from trithuc.documents.services import number_take
from trithuc.reporting.consolidated import SYMBOL, consolidated_report_data
from trithuc.reporting.exports.consolidated import render_consolidated_docx, render_indicator_annex_xlsx
from trithuc.reporting.models import (
    AgencyReport,
    ConsolidatedNarrative,
    ConsolidatedReport,
    ReportingPeriod,
)
from trithuc.reporting.permissions import can_consolidate
from trithuc.reporting.selectors import regime_plan


@transaction.atomic(durable=True)
def consolidated_report_generate(
    *, actor: Actor, period: ReportingPeriod, issue: bool, dated: dt.date | None = None
) -> ConsolidatedReport:
    """Build, render and store the .docx and .xlsx annex; `issue` takes the next register number and keeps the
    files as issued. Needs at least one accepted agency report."""
    if not can_consolidate(actor, regime_plan(period.regime)):
        raise Forbidden("Chỉ cán bộ điều phối của Sở Khoa học và Công nghệ mới tạo được báo cáo tổng hợp.")
    accepted = period.reports.filter(status=AgencyReport.Status.ACCEPTED).count()
    if not accepted:
        raise ServiceError(f"Kỳ báo cáo {period.label} chưa có báo cáo nào của đơn vị được tiếp nhận.")
    dated = dated or timezone.localdate()
    number = number_take(year=dated.year, symbol=SYMBOL) if issue else None
    data = consolidated_report_data(period=period, dated=dated, number=number)
    report = ConsolidatedReport(
        period=period,
        is_issued=issue,
        number=number,
        number_year=dated.year if issue else None,
        dated=dated,
        generated_by=actor_user(actor),
        accepted_reports=accepted,
    )
    stem = f"{number:03d}-BC-SKHCN" if number else f"du-thao-{timezone.now():%Y%m%d-%H%M%S}"
    name = f"{period.regime.plan_code}-{period.slug.lower()}-{stem}"
    report.docx.save(f"bao-cao-tong-hop-{name}.docx", ContentFile(render_consolidated_docx(data)), save=False)
    report.xlsx.save(f"phu-luc-{name}.xlsx", ContentFile(render_indicator_annex_xlsx(data)), save=False)
    report.full_clean()
    report.save()
    audit.record(
        actor=actor,
        action="consolidated.issue" if issue else "consolidated.draft",
        target=report,
        extra={
            "plan": period.regime.plan_code,
            "period": period.label,
            "number": data.number_text,
            "accepted_reports": accepted,
        },
    )
    return report


@transaction.atomic(durable=True)
def consolidated_narrative_save(
    *, actor: Actor, period: ReportingPeriod, **fields: str
) -> ConsolidatedNarrative:
    """The coordinator's own words (summary, assessment, difficulties, proposals, signer) before issuing."""
    if not can_consolidate(actor, regime_plan(period.regime)):
        raise Forbidden("Chỉ cán bộ điều phối mới sửa được nội dung báo cáo tổng hợp.")
    narrative, _ = ConsolidatedNarrative.objects.get_or_create(period=period)
    for name, value in fields.items():
        setattr(narrative, name, (value or "").strip())
    narrative.full_clean()
    narrative.save()
    audit.record(actor=actor, action="consolidated.narrative", target=narrative, after=dict(fields))
    return narrative
