from typing import TYPE_CHECKING, Any

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from trithuc.agencies.models import Agency
from trithuc.core import limits
from trithuc.core.errors import ServiceError
from trithuc.core.forms import DateField, TextField, YearField, date_parse
from trithuc.plans.models import Assignment, ProgressUpdate
from trithuc.plans.status import TaskStatus

if TYPE_CHECKING:
    from trithuc.plans.import_selectors import ImportPreview


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
    deadline_from = DateField(label=_("Hạn từ ngày"), required=False)
    deadline_to = DateField(label=_("đến ngày"), required=False)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if (
            data.get("deadline_from")
            and data.get("deadline_to")
            and data["deadline_from"] > data["deadline_to"]
        ):
            raise forms.ValidationError(_("Ngày bắt đầu phải trước ngày kết thúc."))
        return data


class ProgressUpdateForm(forms.Form):
    status = forms.ChoiceField(label=_("Tình trạng"), choices=ProgressUpdate.Status.choices)
    result = TextField(
        label=_("Kết quả thực hiện"), widget=forms.Textarea(attrs={"rows": 5}), max_length=limits.RESULT_MAX
    )
    completed_on = DateField(label=_("Ngày hoàn thành"), required=False)
    period_year = YearField(label=_("Năm báo cáo"), required=False)
    evidence = forms.FileField(label=_("Tài liệu minh chứng"), required=False)


class ImportUploadForm(forms.Form):
    upload = forms.FileField(label=_("Tệp kế hoạch (.docx, .doc, .pdf, .txt)"), required=False)
    text = forms.CharField(
        label=_("hoặc dán nội dung"), required=False, widget=forms.Textarea(attrs={"rows": 6})
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if not data.get("upload") and not (data.get("text") or "").strip():
            raise forms.ValidationError(_("Hãy chọn tệp hoặc dán nội dung kế hoạch."))
        return data


class ImportMetaForm(forms.Form):
    """The document's identity; the parser fills what it can read, the officer completes the rest."""

    type = forms.CharField(label=_("Loại văn bản"), required=False, max_length=64)
    number = forms.CharField(label=_("Số, ký hiệu"), required=False, max_length=64)
    issuer = forms.CharField(label=_("Cơ quan ban hành"), required=False, max_length=255)
    date = DateField(label=_("Ngày ban hành"), required=False)
    year = YearField(label=_("Năm"), required=False)
    code = forms.CharField(
        label=_("Mã kế hoạch"),
        required=False,
        max_length=32,
        help_text=_("Dùng trong đường dẫn, ví dụ kl52."),
    )
    title = forms.CharField(label=_("Trích yếu"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    plan_title = forms.CharField(
        label=_("Tên kế hoạch ban hành kèm theo"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Khi văn bản là quyết định ban hành kế hoạch: tên của kế hoạch kèm theo."),
    )

    def __init__(self, *args: Any, form_id: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if form_id:  # the fields stand outside their <form> on the preview page
            for field in self.fields.values():
                field.widget.attrs["form"] = form_id


def import_corrections(post: QueryDict, preview: "ImportPreview") -> dict[str, Any]:
    """Read the preview page's inline corrections; only values that differ from the draft count as edits."""
    items = {item.row["ref"]: item.row for item in preview.items}
    item_edits: dict[str, dict[str, Any]] = {}
    for ref, row in items.items():
        edit: dict[str, Any] = {}
        kind = post.get(f"kind__{ref}")
        if kind and kind != row["kind"]:
            edit["kind"] = kind
        if f"deadline__{ref}" in post:
            deadline = _parse_date(post.get(f"deadline__{ref}", ""), ref)
            if deadline != (row.get("deadline") or None):
                edit["deadline"] = deadline
        recurrence = post.get(f"recurrence__{ref}")
        if recurrence is not None and (recurrence or None) != row.get("recurrence"):
            edit["recurrence"] = recurrence
        lead = post.get(f"lead__{ref}")
        if lead:
            edit["lead"] = lead
        if edit:
            item_edits[ref] = edit
    choices = {}
    for key, phrase in post.items():
        if key.startswith("phrase__"):
            choices[phrase] = post.get("choice__" + key.removeprefix("phrase__"), "")
    previous = post.get("previous_plan")
    return {"item_edits": item_edits, "agency_choices": choices, "previous_plan": previous}


def import_fix_correction(post: QueryDict) -> dict[str, Any]:
    """One correction posted from the preview; the service checks it against the draft."""
    fields = ("op", "ref", "phrase", "choice", "kind", "recurrence", "parent", "direction", "into")
    correction: dict[str, Any] = {k: post.get(k, "").strip() for k in fields if k in post}
    if "deadline" in post:
        correction["deadline"] = _parse_date(post.get("deadline", ""), post.get("ref", ""))
    if "at" in post:
        try:
            correction["at"] = int(post.get("at", ""))
        except ValueError:
            raise ServiceError("Hãy chọn chỗ tách.") from None
    if correction.get("op") == "merge" and not correction.get("into"):
        raise ServiceError("Hãy ghi số hiệu của mục cần gộp vào.")
    return correction


def _parse_date(value: str, ref: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date_parse(value).isoformat()
    except ValueError:
        raise ServiceError(f"Ngày không hợp lệ ở mục {ref}: {value} (dùng dd/mm/yyyy).") from None
