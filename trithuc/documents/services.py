"""The outgoing-number register, shared by every app that issues documents."""

from trithuc.documents.models import DocumentNumberRegister


def number_take(*, year: int, symbol: str) -> int:
    """The next number of the outgoing register; the row lock serialises two issuers (restarts each 1/1). Runs
    inside the issuing service's transaction, so a failed issue gives its number back."""
    register, _ = DocumentNumberRegister.objects.get_or_create(year=year, symbol=symbol)
    register = DocumentNumberRegister.objects.select_for_update().get(pk=register.pk)
    register.last_number += 1
    register.save(update_fields=["last_number"])
    return register.last_number
