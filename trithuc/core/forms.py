from django import forms
from django.utils.translation import gettext_lazy as _


class DateInput(forms.DateInput):
    """The browser's date picker; it sends ISO dates whatever the display language."""

    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class AuditFilterForm(forms.Form):
    q = forms.CharField(label=_("Đối tượng"), required=False)
    action = forms.CharField(label=_("Hành động"), required=False)
    actor = forms.CharField(label=_("Người thực hiện"), required=False)
    request_id = forms.CharField(label=_("Mã yêu cầu"), required=False)
    ip = forms.CharField(label=_("Địa chỉ IP"), required=False)
    date_from = forms.DateField(label=_("Từ ngày"), required=False, widget=DateInput())
    date_to = forms.DateField(label=_("Đến ngày"), required=False, widget=DateInput())
