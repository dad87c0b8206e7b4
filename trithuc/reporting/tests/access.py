"""Access table of the reporting pages (see trithuc/tests/access_matrix.py)."""

import datetime as dt

from django.core.files.base import ContentFile

from conftest import ROLE_FIXTURES
from trithuc.core.permissions import SYSTEM
from trithuc.reporting.models import ConsolidatedReport
from trithuc.reporting.services.reports import report_open, report_save, report_submit
from trithuc.tests.access_matrix import READERS, role_map

OWN = frozenset({"reporter_a", "head_a"})
SEES_SUBMITTED = OWN | {"coordinator", "leader", "administrator"}
MATRIX = {
    "reporting:period_list": role_map(READERS, 200, 404),
    "reporting:report_open": role_map(OWN, 302, 404),
    "reporting:report_detail": role_map(SEES_SUBMITTED, 200, 404),
    "reporting:report_edit": role_map(OWN, 200, 404),
    "reporting:report_submit": role_map(OWN, 302, 404),
    "reporting:report_return": role_map(SEES_SUBMITTED, 302, 404),
    "reporting:report_accept": role_map(SEES_SUBMITTED, 302, 404),
    "reporting:report_compare": role_map(SEES_SUBMITTED, 200, 404),
    "reporting:report_xlsx_download": role_map(OWN, 200, 404),
    "reporting:report_xlsx_upload": role_map(OWN, 200, 404),
    # The old address sends the follow-up roles to the one plan with a regime (a plan chooser when several).
    "reporting:followup": role_map({"coordinator", "leader", "administrator"}, 302, 404),
    "reporting:plan_periods": role_map(READERS, 200, 404),
    "reporting:plan_followup": role_map({"coordinator", "leader", "administrator"}, 200, 404),
    "reporting:consolidated_detail": role_map({"coordinator"}, 200, 404),
    "reporting:consolidated_generate": role_map({"coordinator"}, 302, 404),
    "reporting:consolidated_download": role_map({"coordinator", "leader", "administrator"}, 200, 404),
}
POST_ONLY = {
    "reporting:report_open",
    "reporting:report_submit",
    "reporting:report_return",
    "reporting:report_accept",
    "reporting:consolidated_generate",
}
assert all(set(row) == set(ROLE_FIXTURES) for row in MATRIX.values())


def url_args(request) -> dict[str, list]:
    from trithuc.reporting.tests.factories import annual_period, filled_input

    request.getfixturevalue("seed_plan")
    agencies = request.getfixturevalue("agencies")
    old, current = annual_period(2024), annual_period(2025)
    draft = report_open(actor=SYSTEM, period=old, agency=agencies["so-noi-vu"])
    draft = report_save(actor=SYSTEM, report=draft, data=filled_input(draft))
    sent = report_open(actor=SYSTEM, period=current, agency=agencies["so-noi-vu"])
    sent = report_submit(actor=SYSTEM, report=report_save(actor=SYSTEM, report=sent, data=filled_input(sent)))
    issued = ConsolidatedReport(
        period=current, is_issued=True, number=1, number_year=2026, dated=dt.date(2026, 2, 5)
    )
    issued.docx.save("bc.docx", ContentFile(b"PK docx"), save=False)
    issued.xlsx.save("pl.xlsx", ContentFile(b"PK xlsx"), save=False)
    issued.save()
    code = request.getfixturevalue("seed_plan").code
    return {
        "reporting:plan_periods": [code],
        "reporting:plan_followup": [code],
        "reporting:report_open": [current.pk, "so-noi-vu"],
        "reporting:report_detail": [sent.pk],
        "reporting:report_edit": [draft.pk],
        "reporting:report_submit": [draft.pk],
        "reporting:report_return": [sent.pk],
        "reporting:report_accept": [sent.pk],
        "reporting:report_compare": [sent.pk],
        "reporting:report_xlsx_download": [draft.pk],
        "reporting:report_xlsx_upload": [draft.pk],
        "reporting:consolidated_detail": [current.pk],
        "reporting:consolidated_generate": [current.pk],
        "reporting:consolidated_download": [issued.pk, "docx"],
    }
