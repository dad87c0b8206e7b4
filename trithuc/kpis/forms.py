from django import forms

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
    indicator = forms.ModelChoiceField(
        label="Chỉ tiêu báo cáo đo lường",
        queryset=Indicator.objects.filter(is_active=True),
        required=False,
        empty_label="(chưa chọn)",
    )

    def clean_value(self):
        try:
            number = parse_number(self.cleaned_data["value"])
        except ValueError as error:
            raise forms.ValidationError(str(error)) from error
        if number is None:
            raise forms.ValidationError("Hãy nhập giá trị mục tiêu.")
        return number

    @classmethod
    def for_target(cls, target: Target, data=None) -> "TargetForm":
        initial = {
            "text": target.text,
            "value": f"{target.value.normalize():f}",
            "unit": target.unit,
            "comparator": target.comparator,
            "year": target.year,
            "yearly": target.yearly,
            "indicator": target.indicator_id,
        }
        return cls(data, initial=initial, prefix=f"t{target.pk}")
