from trithuc.core.permissions import SYSTEM
from trithuc.plans.selectors import PlanSnapshot
from trithuc.reporting.selectors import expected_agency_ids
from trithuc.reporting.services.periods import periods_generate, seed_regime


def test_only_the_provinces_lead_agencies_are_expected_to_report(seed_plan, agencies):
    period = periods_generate(actor=SYSTEM, regime=seed_regime(), years=[2026])[0]
    expected = expected_agency_ids(PlanSnapshot.load(seed_plan), period)
    assert agencies["so-noi-vu"].pk in expected and agencies["lhh"].pk in expected
    assert agencies["tinh-uy"].pk not in expected  # a party body, named only as a coordinator
    assert agencies["ubnd-tinh"].pk not in expected  # the Province receives the report
