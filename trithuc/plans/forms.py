from django import forms
from django.utils.translation import gettext_lazy as _

from trithuc.agencies.models import Agency
from trithuc.plans.models import Assignment, ProgressUpdate
from trithuc.plans.status import TaskStatus


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class TaskFilterForm(forms.Form):
    q = forms.CharField(label=_("Tìm kiếm"), required=False)
    agency = forms.ModelChoiceField(
        label=_("Cơ quan"), queryset=Agency.objects.order_by("kind", "name"), required=False
    )
    role = forms.ChoiceField(
        label=_("Vai trò"),
        choices=[("", _("Chủ trì hoặc phối hợp")), *Assignment.Role.choices],
        required=False,
    )
    status = forms.ChoiceField(
        label=_("Tình trạng"), choices=[("", _("Mọi tình trạng")), *TaskStatus.choices], required=False
    )
    deadline_from = forms.DateField(label=_("Hạn từ ngày"), required=False, widget=DateInput())
    deadline_to = forms.DateField(label=_("đến ngày"), required=False, widget=DateInput())

    def clean(self):
        data = super().clean()
        if (
            data.get("deadline_from")
            and data.get("deadline_to")
            and data["deadline_from"] > data["deadline_to"]
        ):
            raise forms.ValidationError(_("Ngày bắt đầu phải trước ngày kết thúc."))
        return data


class ProgressUpdateForm(forms.Form):
    status = forms.ChoiceField(label=_("Tình trạng"), choices=ProgressUpdate.Status.choices)
    result = forms.CharField(
        label=_("Kết quả thực hiện"), widget=forms.Textarea(attrs={"rows": 5}), max_length=10000
    )
    completed_on = forms.DateField(label=_("Ngày hoàn thành"), required=False, widget=DateInput())
    period_year = forms.IntegerField(label=_("Năm báo cáo"), required=False, min_value=2000, max_value=2100)
    evidence = forms.FileField(label=_("Tài liệu minh chứng"), required=False)
