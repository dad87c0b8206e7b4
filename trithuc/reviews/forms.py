"""Forms of the review pages; choice lists are scoped to the user (an agency asks only for itself)."""

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from trithuc.agencies.models import Agency, active_on_q
from trithuc.core import limits
from trithuc.core.actors import Actor
from trithuc.core.forms import DateField, TextField, model_choice_field
from trithuc.plans.models import Plan
from trithuc.plans.selectors import plan_qs_in_force
from trithuc.registry.models import StField
from trithuc.reviews.models import Conclusion, Opinion, PanelMember, Recommendation, ReviewRequest
from trithuc.reviews.permissions import is_union_officer, requester_agency_ids


class PlanChoiceField(forms.ModelChoiceField[Plan]):
    """A plan in force, shown by its code and name."""

    def label_from_instance(self, obj: Plan) -> str:
        return f"{obj.code} — {obj}"


def _plans_in_force(user: Actor) -> QuerySet[Plan]:
    return plan_qs_in_force(user).order_by("code")


class RequestForm(forms.Form):
    kind = forms.ChoiceField(label=_("Hình thức"), choices=ReviewRequest.Kind.choices)
    subject = forms.ChoiceField(label=_("Đối tượng"), choices=ReviewRequest.Subject.choices)
    title = forms.CharField(label=_("Tên chính sách, chương trình, dự án"), max_length=500)
    project_code = forms.CharField(label=_("Mã dự án, đề án (nếu có)"), max_length=64, required=False)
    description = forms.CharField(
        label=_("Nội dung đề nghị"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    requesting_agency = forms.ModelChoiceField(label=_("Cơ quan đề nghị"), queryset=Agency.objects.none())
    owner_agency = forms.ModelChoiceField(
        label=_("Chủ đầu tư, cơ quan chủ trì (trong danh mục)"), queryset=Agency.objects.all(), required=False
    )
    owner_name = forms.CharField(
        label=_("Chủ đầu tư, cơ quan chủ trì (ngoài danh mục)"), max_length=255, required=False
    )
    # The field keeps the name `fields` (the page posts it); the form metaclass moves declared fields into
    # `base_fields`, so this never replaces the form's `fields` dict, which the stubs cannot know.
    fields = forms.ModelMultipleChoiceField(  # type: ignore[assignment]
        label=_("Lĩnh vực KH&CN"),
        queryset=StField.objects.filter(level=2).order_by("code"),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    plan = PlanChoiceField(
        label=_("Kế hoạch nhận nhiệm vụ từ kiến nghị (nếu có)"),
        queryset=Plan.objects.none(),
        required=False,
        empty_label=_("— chưa gắn kế hoạch —"),
    )
    opinion_due = DateField(label=_("Hạn gửi ý kiến của thành viên"))
    deadline = DateField(label=_("Hạn trả lời cơ quan đề nghị"))

    def __init__(self, *args: Any, user: Actor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        model_choice_field(self, "plan").queryset = _plans_in_force(user)
        active = Agency.objects.filter(active_on_q(timezone.localdate())).order_by("name")
        own = active if is_union_officer(user) else active.filter(pk__in=requester_agency_ids(user))
        model_choice_field(self, "requesting_agency").queryset = own
        model_choice_field(self, "owner_agency").queryset = active

    def to_kwargs(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        data["field_codes"] = [f.code for f in data.pop("fields")]
        return data


class DocumentForm(forms.Form):
    name = forms.CharField(label=_("Tên tài liệu"), max_length=255, required=False)
    upload = forms.FileField(label=_("Tệp (PDF, Word, Excel, ZIP)"))


class MemberAddForm(forms.Form):
    person = forms.IntegerField(widget=forms.HiddenInput)
    role = forms.ChoiceField(label=_("Vai trò"), choices=PanelMember.Role.choices)
    override_reason = forms.CharField(
        label=_("Lý do vẫn mời (nếu có xung đột lợi ích)"), max_length=500, required=False
    )


class AnswerForm(forms.Form):
    accept = forms.TypedChoiceField(
        choices=[("1", _("Nhận lời")), ("0", _("Từ chối"))], coerce=lambda v: v == "1"
    )
    reason = forms.CharField(label=_("Lý do từ chối"), max_length=500, required=False)


class OpinionForm(forms.Form):
    verdict = forms.ChoiceField(label=_("Đánh giá chung"), choices=Opinion.Verdict.choices)
    assessment = TextField(
        label=_("Nhận xét, đánh giá"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=limits.LONG_TEXT_MAX,
    )
    recommendations = forms.CharField(
        label=_("Kiến nghị (mỗi dòng một kiến nghị)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=limits.LONG_TEXT_MAX,
    )
    upload = forms.FileField(label=_("Tệp ý kiến (không bắt buộc)"), required=False)


class ConclusionForm(forms.Form):
    form = forms.ChoiceField(label=_("Hình thức văn bản"), choices=Conclusion.Form.choices)
    summary = forms.CharField(label=_("Ý kiến kết luận"), widget=forms.Textarea(attrs={"rows": 8}))
    recommendations = forms.CharField(
        label=_("Kiến nghị (mỗi dòng một kiến nghị)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    signer_name = forms.CharField(label=_("Người ký"), max_length=200)

    def lines(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["recommendations"].splitlines() if line.strip()]


class RespondForm(forms.Form):
    response = forms.ChoiceField(
        label=_("Phản hồi"), choices=[c for c in Recommendation.Response.choices if c[0]]
    )
    note = TextField(
        label=_("Giải trình"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=limits.LONG_TEXT_MAX,
    )


class TaskForm(forms.Form):
    """The task a recommendation becomes. The plan it joins is the one the request names (`named_plan`, the
    field is then left out); when the request names none in force, the coordinator chooses among the plans in
    force."""

    agency = forms.ModelChoiceField(label=_("Đơn vị chủ trì"), queryset=Agency.objects.order_by("name"))
    deadline = DateField(label=_("Hạn hoàn thành"))
    plan = PlanChoiceField(
        label=_("Kế hoạch nhận nhiệm vụ"),
        queryset=Plan.objects.none(),
        empty_label=_("— chọn kế hoạch —"),
        error_messages={"required": _("Hãy chọn kế hoạch nhận nhiệm vụ.")},
    )

    def __init__(
        self,
        *args: Any,
        request: ReviewRequest | None,
        user: Actor,
        named_plan: Plan | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.named_plan = named_plan
        if named_plan is not None:
            del self.fields["plan"]
        else:
            model_choice_field(self, "plan").queryset = _plans_in_force(user)
        model_choice_field(self, "agency").queryset = Agency.objects.filter(
            active_on_q(timezone.localdate())
        ).order_by("name")
        if request is not None:
            self.fields["agency"].initial = request.requesting_agency_id
        self.fields["deadline"].initial = timezone.localdate().replace(month=12, day=31)
