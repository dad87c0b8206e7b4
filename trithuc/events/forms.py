"""Forms of the events pages; choice lists are scoped to what the user may write."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from trithuc.agencies.models import Agency
from trithuc.core import limits
from trithuc.core.forms import DateField, DateInput, TextField, YearField
from trithuc.core.text import shorten
from trithuc.events.models import Event, EventFile, Recommendation
from trithuc.events.permissions import editor_agency_ids, kinds_for
from trithuc.events.services import COUNT_FIELDS, MAX_COUNT, EventData
from trithuc.plans.models import Plan, PlanItem

COUNT_ERROR = f"Hãy nhập một số nguyên từ 0 đến {MAX_COUNT:,}.".replace(",", ".")

EVENT_FIELDS = [
    "kind",
    "title",
    "organiser",
    "plan_item",
    "start_on",
    "end_on",
    "place",
    "summary",
    "participants_total",
    "participants_female",
    "participants_minority",
    "participants_young",
    "articles",
    "broadcasts",
    "entries",
    "minutes",
]


class EventForm(forms.ModelForm):
    # The version the editor read (optimistic locking): a save from an older one is refused by the service.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    class Meta:
        model = Event
        fields = EVENT_FIELDS
        field_classes = {"start_on": DateField, "end_on": DateField}
        widgets = {
            "start_on": DateInput(),
            "end_on": DateInput(),
            "summary": forms.Textarea(attrs={"rows": 3}),
            "minutes": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["version"] = self.instance.version
        agencies = Agency.objects.filter(pk__in=editor_agency_ids(user)).order_by("name")
        self.fields["organiser"].queryset = agencies
        self.fields["organiser"].empty_label = None
        kinds: set[str] = set()
        for agency in agencies:
            kinds |= kinds_for(user, agency.pk)
        self.fields["kind"].choices = [(k, label) for k, label in Event.Kind.choices if k in kinds]
        plan = Plan.objects.filter(is_current=True).order_by("-id").first()
        items = PlanItem.objects.filter(plan=plan).exclude(kind=PlanItem.Kind.SECTION).order_by("position")
        self.fields["plan_item"].queryset = items
        self.fields["plan_item"].label_from_instance = lambda i: f"{i.ref} – {shorten(i.text, 90)}"
        self.fields["plan_item"].required = False
        for name in COUNT_FIELDS:
            field = self.fields[name]
            self.fields[name] = forms.IntegerField(
                label=field.label,
                required=field.required,
                initial=field.initial,
                min_value=0,
                max_value=MAX_COUNT,
                error_messages={key: COUNT_ERROR for key in ("invalid", "min_value", "max_value")},
            )

    def to_data(self) -> EventData:
        d = self.cleaned_data
        return EventData(
            **{name: d.get(name) for name in EVENT_FIELDS}
            | {
                "place": d.get("place") or "",
                "summary": d.get("summary") or "",
                "minutes": d.get("minutes") or "",
                "articles": d.get("articles") or 0,
                "broadcasts": d.get("broadcasts") or 0,
            }
        )

    def _post_clean(self) -> None:
        """The service validates and saves; the model's own checks would run before it with English messages."""


class EventFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Loại"), required=False, choices=[("", _("— tất cả —")), *Event.Kind.choices]
    )
    year = YearField(label=_("Năm"), required=False)
    agency = forms.ModelChoiceField(
        label=_("Đơn vị tổ chức"),
        required=False,
        queryset=Agency.objects.filter(events__status="published").distinct(),
    )
    muc = forms.CharField(label=_("Mục kế hoạch (vd. III.7.b)"), required=False, max_length=64)


class FileForm(forms.Form):
    kind = forms.ChoiceField(label=_("Loại tệp"), choices=EventFile.Kind.choices)
    title = forms.CharField(label=_("Tên tệp"), required=False, max_length=200)
    upload = forms.FileField(label=_("Tệp (PDF, Word, Excel, ảnh)"))


class PrizeForm(forms.Form):
    rank = forms.CharField(label=_("Giải"), max_length=64)
    entry_title = forms.CharField(label=_("Tên giải pháp, công trình"), max_length=300)
    winner_name = forms.CharField(label=_("Tác giả, nhóm tác giả"), max_length=300)
    person = forms.TypedChoiceField(
        label=_("Trí thức trong CSDL"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args: Any, people: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["person"].choices = [("", _("— không liên kết —"))] + [
            (p.pk, f"{p.display_name} – {p.workplace}") for p in people
        ]


class RecommendationForm(forms.Form):
    text = forms.CharField(
        label=_("Nội dung kiến nghị"), widget=forms.Textarea(attrs={"rows": 3}), max_length=limits.REASON_MAX
    )
    raised_by = forms.CharField(label=_("Người, nhóm nêu kiến nghị"), required=False, max_length=300)
    answering_agency = forms.ModelChoiceField(
        label=_("Cơ quan trả lời"),
        queryset=Agency.objects.filter(valid_to__isnull=True).order_by("name"),
    )
    deadline = DateField(label=_("Hạn trả lời"))


class AnswerForm(forms.Form):
    answer = TextField(
        label=_("Nội dung trả lời, kết quả giải quyết"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=limits.ANSWER_MAX,
    )
    answered_on = DateField(label=_("Ngày trả lời"), required=False)


class RecommendationFilterForm(forms.Form):
    state = forms.ChoiceField(
        label=_("Tình trạng"), required=False, choices=[("", _("— tất cả —")), *Recommendation.State.choices]
    )
    agency = forms.ModelChoiceField(
        label=_("Cơ quan trả lời"),
        required=False,
        queryset=Agency.objects.filter(event_recommendations__isnull=False).distinct().order_by("name"),
    )
    year = YearField(label=_("Năm đối thoại"), required=False)
