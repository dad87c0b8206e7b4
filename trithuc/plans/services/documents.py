"""Documents other records cite (the decision that amends a plan, a document a plan is related to)."""

import datetime as dt

from trithuc.plans.models import Document


def document_get_or_create(
    *, doc_type: str, number: str, issuer: str, issued_on: dt.date | None, title: str = ""
) -> Document:
    """The document with this number, issuer and date (the plans app's identity rule), created when the system
    does not know it yet."""
    document, _ = Document.objects.get_or_create(
        number=number,
        issuer=issuer,
        issued_on=issued_on,
        defaults={"doc_type": doc_type, "year": issued_on.year if issued_on else None, "title": title},
    )
    return document
