import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from trithuc.core import audit

DATE_HINT = "ngày/tháng/năm, ví dụ 05/03/2026"


class DateInput(forms.DateInput):
    """A date typed and shown as dd/mm/yyyy whatever the browser's language (a browser's own date picker shows
    mm/dd/yyyy in an English browser); DATE_INPUT_FORMATS also takes ISO dates from programs."""

    input_type = "text"

    def __init__(self, attrs=None, **kwargs):
        defaults = {
            "placeholder": "dd/mm/yyyy",
            "inputmode": "numeric",
            "autocomplete": "off",
            "pattern": r"\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}",
            "title": DATE_HINT,
        }
        super().__init__(attrs={**defaults, **(attrs or {})}, format="%d/%m/%Y", **kwargs)


class AuditFilterForm(forms.Form):
    q = forms.CharField(label=_("Đối tượng"), required=False)
    action = forms.ChoiceField(
        label=_("Hành động"), required=False, choices=lambda: [("", _("Tất cả"))] + audit.action_choices()
    )
    actor = forms.CharField(label=_("Người thực hiện"), required=False)
    request_id = forms.CharField(label=_("Mã yêu cầu"), required=False)
    ip = forms.CharField(label=_("Địa chỉ IP"), required=False)
    date_from = forms.DateField(label=_("Từ ngày"), required=False, widget=DateInput())
    date_to = forms.DateField(label=_("Đến ngày"), required=False, widget=DateInput())


def date_parse(text: str) -> dt.date:
    """A date a person typed (dd/mm/yyyy) or a program sent (ISO), as a DateField reads it; ValueError if none."""
    try:
        return forms.DateField().clean(text.strip())
    except forms.ValidationError as error:
        raise ValueError(text) from error
