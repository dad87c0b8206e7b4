"""Forms of the events pages; choice lists are scoped to what the user may write."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from trithuc.agencies.models import Agency
from trithuc.core import limits
from trithuc.core.forms import DateField, DateInput, TextField, YearField, choice_field, model_choice_field
from trithuc.core.text import shorten
from trithuc.events.models import Event, EventFile, Recommendation
from trithuc.events.permissions import editor_agency_ids, kinds_for
from trithuc.events.services import COUNT_FIELDS, MAX_COUNT, EventData
from trithuc.plans.models import Plan, PlanItem
from trithuc.plans.selectors import plan_qs_in_force

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


class PlanChoiceField(forms.ModelChoiceField[Plan]):
    def label_from_instance(self, obj: Plan) -> str:
        return f"{obj.code} — {shorten(str(obj), 90)}"


def _item_label(item: PlanItem) -> str:
    return f"{item.ref} – {shorten(item.text, 90)}"


class EventForm(forms.ModelForm[Event]):
    """The event and the plan item it serves. The item is chosen among the items of a plan the user chose
    (`plan`, given by the page's ?ke-hoach=CODE or the event's own item): many plans are in force at once and
    none is picked by default."""

    plan = PlanChoiceField(
        label=_("Kế hoạch"),
        queryset=Plan.objects.none(),
        required=False,
        empty_label=_("— không gắn kế hoạch —"),
        help_text=_("Đổi kế hoạch rồi bấm Lưu: trang hiện các mục của kế hoạch mới để chọn trước khi lưu."),
    )

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

    def __init__(self, *args: Any, user: Any, plan_code: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["version"] = self.instance.version
        agencies = Agency.objects.filter(pk__in=editor_agency_ids(user)).order_by("name")
        organiser = model_choice_field(self, "organiser")
        organiser.queryset = agencies
        organiser.empty_label = None
        kinds: set[str] = set()
        for agency in agencies:
            kinds |= kinds_for(user, agency.pk)
        choice_field(self, "kind").choices = [(k, label) for k, label in Event.Kind.choices if k in kinds]
        self._plan_fields(user, plan_code)
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

    def _plan_fields(self, user: Any, plan_code: str) -> None:
        in_force = list(plan_qs_in_force(user).order_by("code"))
        model_choice_field(self, "plan").queryset = plan_qs_in_force(user).order_by("code")
        self.current_item = (
            self.instance.plan_item if self.instance.pk and self.instance.plan_item_id else None
        )
        by_pk = {str(p.pk): p for p in in_force}
        if self.is_bound:
            chosen = by_pk.get(str(self.data.get(self.add_prefix("plan")) or ""))
        else:
            chosen = next((p for p in in_force if p.code == plan_code), None) or (
                by_pk.get(str(self.current_item.plan_id)) if self.current_item else None
            )
            if chosen is not None:
                self.initial["plan"] = chosen.pk
        self.shown_plan = chosen  # whose items the page lists (a hidden input sends it back)
        items = PlanItem.objects.exclude(kind=PlanItem.Kind.SECTION)
        allowed = items.filter(plan__in=[p.pk for p in in_force])
        if self.current_item is not None:  # kept even when its version is no longer in force
            allowed = allowed | items.filter(pk=self.current_item.pk)
        field = model_choice_field(self, "plan_item")
        field.queryset = allowed
        field.required = False
        shown = list(items.filter(plan=chosen).order_by("position")) if chosen else []
        if self.current_item is not None and self.current_item not in shown:
            shown.insert(0, self.current_item)
        field.widget.choices = [("", "---------")] + [(i.pk, _item_label(i)) for i in shown]
        self.order_fields([n for n in self.fields if n != "plan"][:3] + ["plan"])

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        item, plan = data.get("plan_item"), data.get("plan")
        unchanged = item is not None and self.current_item is not None and item.pk == self.current_item.pk
        if item is not None and not unchanged and (plan is None or item.plan_id != plan.pk):
            self.add_error(
                "plan_item",
                "Mục này không thuộc kế hoạch đã chọn; hãy chọn lại mục trong danh sách của kế hoạch.",
            )
        elif item is None and plan is not None and str(plan.pk) != str(self.data.get("shown_plan") or ""):
            # The plan was changed on a page that listed another plan's items: let the user pick from its own.
            self.add_error(
                "plan_item",
                f"Đã đổi sang kế hoạch {plan.code}: hãy chọn mục của kế hoạch này (hoặc để trống) rồi lưu.",
            )
        return data

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

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """The plan's code as `ke-hoach`, the parameter every page uses for it (not a Python name)."""
        super().__init__(*args, **kwargs)
        fields = dict(self.fields)
        muc = fields.pop("muc")
        fields["ke-hoach"] = forms.SlugField(label=_("Mã kế hoạch (vd. kl52)"), required=False, max_length=32)
        fields["muc"] = muc
        self.fields = fields


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
        choice_field(self, "person").choices = [("", _("— không liên kết —"))] + [
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
