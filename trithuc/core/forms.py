import datetime as dt
from typing import Any

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from trithuc.core import audit, limits
from trithuc.core.text import clean_text

DATE_HINT = "ngày/tháng/năm, ví dụ 05/03/2026"


class DateInput(forms.DateInput):
    """A date typed and shown as dd/mm/yyyy whatever the browser's language (a browser's own date picker shows
    mm/dd/yyyy in an English browser); DATE_INPUT_FORMATS also takes ISO dates from programs."""

    input_type = "text"

    def __init__(self, attrs: dict[str, Any] | None = None, **kwargs: Any) -> None:
        defaults = {
            "placeholder": "dd/mm/yyyy",
            "inputmode": "numeric",
            "autocomplete": "off",
            "pattern": r"\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}",
            "title": DATE_HINT,
        }
        super().__init__(attrs={**defaults, **(attrs or {})}, format="%d/%m/%Y", **kwargs)


class DateField(forms.DateField):
    """A date of a work record, typed as dd/mm/yyyy, within core.limits' years (the API's `Date` is the same)."""

    widget = DateInput

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", DateInput())
        super().__init__(**kwargs)
        self.validators += [
            MinValueValidator(limits.DATE_MIN, message=limits.DATE_MESSAGE),
            MaxValueValidator(limits.DATE_MAX, message=limits.DATE_MESSAGE),
        ]


class YearField(forms.IntegerField):
    """A year of a work record within core.limits' years (the API's `Year` is the same)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", limits.YEAR_MIN)
        kwargs.setdefault("max_value", limits.YEAR_MAX)
        messages = {"min_value": limits.YEAR_MESSAGE, "max_value": limits.YEAR_MESSAGE}
        kwargs["error_messages"] = {**messages, **kwargs.get("error_messages", {})}
        super().__init__(**kwargs)


class TextField(forms.CharField):
    """Free text: invisible characters (zero-width spaces, BOM, soft hyphen) dropped and the ends trimmed by
    the one shared clean (core.text.clean_text), so a text of only invisible characters is empty."""

    def to_python(self, value: Any) -> str:
        return clean_text(super().to_python(value))


class AuditFilterForm(forms.Form):
    q = forms.CharField(label=_("Đối tượng"), required=False)
    action = forms.ChoiceField(
        label=_("Hành động"), required=False, choices=lambda: [("", _("Tất cả"))] + audit.action_choices()
    )
    actor = forms.CharField(label=_("Người thực hiện"), required=False)
    request_id = forms.CharField(label=_("Mã yêu cầu"), required=False)
    ip = forms.CharField(label=_("Địa chỉ IP"), required=False)
    date_from = DateField(label=_("Từ ngày"), required=False)
    date_to = DateField(label=_("Đến ngày"), required=False)


def date_parse(text: str) -> dt.date:
    """A date a person typed (dd/mm/yyyy) or a program sent (ISO), as a DateField reads it; ValueError if none."""
    try:
        day: dt.date = forms.DateField().clean(text.strip())
        return day
    except forms.ValidationError as error:
        raise ValueError(text) from error


def choice_field(form: forms.BaseForm, name: str) -> forms.ChoiceField:
    """The form's field `name`, declared as a choice field, so a form can set its choices for this request."""
    field = form.fields[name]
    if not isinstance(field, forms.ChoiceField):
        raise TypeError(f"{type(form).__name__}.{name} is a {type(field).__name__}, not a choice field")
    return field


def model_choice_field(form: forms.BaseForm, name: str) -> "forms.ModelChoiceField[Any]":
    """The form's field `name`, declared as a model choice field, so a form can narrow its queryset."""
    field = form.fields[name]
    if not isinstance(field, forms.ModelChoiceField):
        raise TypeError(f"{type(form).__name__}.{name} is a {type(field).__name__}, not a model choice field")
    return field


def form_errors_text(form: forms.BaseForm) -> str:
    """Every error message of a bound form on one line, for a message that sums them up."""
    return "; ".join(str(message) for messages in form.errors.values() for message in messages)
