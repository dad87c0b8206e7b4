"""Small plans for tests that need a plan of their own (the seed plan is stored once, at set-up)."""

import factory

from trithuc.plans.models import Assignment, Document, Plan, PlanItem


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    doc_type = "Kế hoạch"
    number = factory.Sequence(lambda n: f"{n + 100}/KH-UBND")
    issuer = "Ủy ban nhân dân tỉnh"
    year = 2026
    title = factory.Sequence(lambda n: f"Kế hoạch thử nghiệm số {n}")


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan

    document = factory.SubFactory(DocumentFactory)


class PlanItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlanItem

    plan = factory.SubFactory(PlanFactory)
    ref = factory.Sequence(lambda n: f"II.{n + 1}")
    position = factory.Sequence(lambda n: n + 1)
    kind = PlanItem.Kind.TASK
    text = factory.Sequence(lambda n: f"Nhiệm vụ thử nghiệm số {n}")


def lead(item: PlanItem, agency) -> Assignment:
    """`agency` leads `item`."""
    return Assignment.objects.create(item=item, role=Assignment.Role.LEAD, phrase=agency.name, agency=agency)
