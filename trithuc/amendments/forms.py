import datetime as dt
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from trithuc.agencies.models import Agency, active_on_q
from trithuc.amendments.models import AmendmentProposal, AmendmentSet, DocumentRelation
from trithuc.core import limits
from trithuc.core.forms import DateField, TextField, model_choice_field


class ProposalForm(forms.Form):
    agency = forms.ModelChoiceField(label=_("Cơ quan đề xuất"), queryset=Agency.objects.none())
    kind = forms.ChoiceField(label=_("Loại đề xuất"), choices=AmendmentProposal.Kind.choices)
    ref = forms.CharField(
        label=_("Số hiệu mục"),
        max_length=64,
        help_text=_("Ví dụ II.2.b; nhiệm vụ bổ sung: số hiệu mới như II.2.e"),
        widget=forms.TextInput(attrs={"list": "plan-refs", "autocomplete": "off"}),
    )
    text = TextField(
        label=_("Nội dung đề xuất"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=limits.LONG_TEXT_MAX,
    )
    deadline_text = forms.CharField(
        label=_("Thời hạn đề xuất (nguyên văn)"), max_length=limits.SHORT_TEXT_MAX, required=False
    )
    deadline = DateField(label=_("Hạn hoàn thành"), required=False)
    lead = forms.ModelChoiceField(
        label=_("Cơ quan chủ trì đề xuất"), queryset=Agency.objects.none(), required=False
    )
    reasons = TextField(
        label=_("Lý do"), widget=forms.Textarea(attrs={"rows": 4}), max_length=limits.LONG_TEXT_MAX
    )

    def __init__(self, *args: Any, agencies: list[Agency], today: dt.date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        model_choice_field(self, "agency").queryset = Agency.objects.filter(pk__in=[a.pk for a in agencies])
        model_choice_field(self, "lead").queryset = Agency.objects.filter(active_on_q(today)).order_by(
            "kind", "name"
        )
        if len(agencies) == 1:
            self.fields["agency"].initial = agencies[0].pk


class SetCreateForm(forms.Form):
    title = forms.CharField(label=_("Tên đợt tổng hợp"), max_length=255)


class SetSubmitForm(forms.Form):
    doc_kind = forms.ChoiceField(label=_("Văn bản trình"), choices=AmendmentSet.DocKind.choices)
    dated = DateField(label=_("Ngày văn bản"), required=False)


class SetDecideForm(forms.Form):
    decision_number = forms.CharField(label=_("Số văn bản của UBND tỉnh"), max_length=64)
    decision_date = DateField(label=_("Ngày văn bản"))
    note = forms.CharField(
        label=_("Ý kiến của UBND tỉnh"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


class RelationForm(forms.Form):
    kind = forms.ChoiceField(label=_("Quan hệ"), choices=DocumentRelation.Kind.choices)
    doc_type = forms.CharField(label=_("Loại văn bản"), max_length=64)
    number = forms.CharField(label=_("Số, ký hiệu"), max_length=64)
    issuer = forms.CharField(label=_("Cơ quan ban hành"), max_length=255)
    issued_on = DateField(label=_("Ngày ban hành"), required=False)
    title = forms.CharField(label=_("Trích yếu"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    note = forms.CharField(label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ReorganisationForm(forms.Form):
    decision = forms.CharField(label=_("Theo văn bản"), max_length=255)
