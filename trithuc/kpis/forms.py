from decimal import Decimal
from typing import Any

from django import forms
from django.http import QueryDict

from trithuc.core.forms import choice_field
from trithuc.kpis.models import Target
from trithuc.reporting.indicators import parse_number
from trithuc.reporting.models import Indicator


class TargetForm(forms.Form):
    """The coordinator's reading of one target; prefixed by the target's id so a page holds many."""

    text = forms.CharField(label="Nội dung", widget=forms.Textarea(attrs={"rows": 2}))
    value = forms.CharField(label="Giá trị mục tiêu", max_length=24)
    unit = forms.CharField(label="Đơn vị tính", max_length=32)
    comparator = forms.ChoiceField(label="So sánh", choices=Target.Comparator.choices)
    year = forms.IntegerField(label="Năm đạt", min_value=2000, max_value=2100, required=False)
    yearly = forms.BooleanField(label="Hằng năm", required=False)
    indicator = forms.ChoiceField(label="Chỉ tiêu báo cáo đo lường", required=False)

    def __init__(self, *args: Any, indicators: list[Indicator], **kwargs: Any) -> None:
        """`indicators` read once for every form of the page (a model choice field queries per form)."""
        super().__init__(*args, **kwargs)
        self._indicators = {str(i.pk): i for i in indicators}
        choice_field(self, "indicator").choices = [("", "(chưa chọn)")] + [
            (str(i.pk), f"{i.name} ({i.unit})") for i in indicators
        ]  # a value outside these (another plan's indicator) is refused by the choice field

    def clean_indicator(self) -> Indicator | None:
        return self._indicators.get(self.cleaned_data["indicator"] or "")

    def clean_value(self) -> Decimal:
        try:
            number = parse_number(self.cleaned_data["value"])
        except ValueError as error:
            raise forms.ValidationError(str(error)) from error
        if number is None:
            raise forms.ValidationError("Hãy nhập giá trị mục tiêu.")
        return number

    @classmethod
    def for_target(
        cls, target: Target, data: QueryDict | None = None, *, indicators: list[Indicator]
    ) -> "TargetForm":
        """`indicators`: those of the plan's own regimes (reporting.selectors.plan_indicators), read once."""
        initial = {
            "text": target.text,
            "value": f"{target.value.normalize():f}",
            "unit": target.unit,
            "comparator": target.comparator,
            "year": target.year,
            "yearly": target.yearly,
            "indicator": target.indicator_id,
        }
        return cls(data, initial=initial, prefix=f"t{target.pk}", indicators=indicators)
