from typing import TYPE_CHECKING, Any

from django import forms
from django.utils.translation import gettext_lazy as _

from trithuc.agencies.models import Agency
from trithuc.core.forms import DateInput, choice_field
from trithuc.registry.models import (
    Degree,
    EthnicGroup,
    ImportTemplate,
    Intellectual,
    RegistryImport,
    StField,
    Title,
)
from trithuc.registry.permissions import RegistryAccess
from trithuc.registry.selectors import age_bands

if TYPE_CHECKING:
    from trithuc.registry.services import PersonData

YES_NO = [("", _("Tất cả")), ("1", _("Có")), ("0", _("Không"))]


def _bool(value: str) -> bool | None:
    return {"1": True, "0": False}.get(value)


class PersonFilterForm(forms.Form):
    """Filters on every attribute; those the user may not see are removed (a filter would reveal them)."""

    q = forms.CharField(label=_("Họ tên"), required=False)
    degree = forms.ChoiceField(label=_("Trình độ"), required=False)
    title = forms.ChoiceField(
        label=_("Chức danh"), required=False, choices=[("", _("Tất cả")), *Title.choices]
    )
    field = forms.ChoiceField(label=_("Lĩnh vực"), required=False)
    agency = forms.ModelChoiceField(
        label=_("Cơ quan công tác"), required=False, queryset=Agency.objects.order_by("kind", "name")
    )
    works_in = forms.ChoiceField(
        label=_("Nơi làm việc"), required=False, choices=[("", _("Tất cả")), *Intellectual.Location.choices]
    )
    locality = forms.CharField(label=_("Địa bàn"), required=False)
    planning = forms.ChoiceField(
        label=_("Quy hoạch"),
        required=False,
        choices=[
            ("", _("Tất cả")),
            ("any", _("Trong quy hoạch hoặc đã bổ nhiệm")),
            *Intellectual.Planning.choices[1:],
        ],
    )
    attracted = forms.TypedChoiceField(
        label=_("Được thu hút"), required=False, choices=YES_NO, coerce=_bool, empty_value=None
    )
    attraction_year = forms.IntegerField(
        label=_("Năm thu hút"), required=False, min_value=1990, max_value=2100
    )
    excellent_graduate = forms.TypedChoiceField(
        label=_("Tốt nghiệp xuất sắc"), required=False, choices=YES_NO, coerce=_bool, empty_value=None
    )
    gender = forms.ChoiceField(
        label=_("Giới tính"), required=False, choices=[("", _("Tất cả")), *Intellectual.Gender.choices]
    )
    age_band = forms.ChoiceField(label=_("Độ tuổi"), required=False)
    minority = forms.TypedChoiceField(
        label=_("Dân tộc thiểu số"), required=False, choices=YES_NO, coerce=_bool, empty_value=None
    )
    ethnic_group = forms.ChoiceField(label=_("Dân tộc"), required=False)
    kind = forms.ChoiceField(
        label=_("Đối tượng"), required=False, choices=[("", _("Tất cả")), *Intellectual.Kind.choices]
    )

    def __init__(self, *args: Any, access: RegistryAccess, stats: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choice_field(self, "degree").choices = [
            ("", _("Tất cả")),
            ("doctorate", _("Tiến sĩ, Tiến sĩ khoa học")),
            *Degree.choices,
        ]
        fields = StField.objects.order_by("code")
        choice_field(self, "field").choices = [("", _("Tất cả"))] + [
            (f.code, f"{f.code} {f.name}" if f.level == 1 else f"— {f.code} {f.name}")
            for f in fields
            if not stats or f.level == 1
        ]
        choice_field(self, "age_band").choices = [
            ("", _("Tất cả")),
            ("young", _("Trẻ (dưới %(n)s)") % {"n": age_bands()[0][2]}),
        ] + [(b[0], b[0]) for b in age_bands()]
        if stats:
            for name in ("q", "ethnic_group", "attraction_year", "attracted"):
                del self.fields[name]
        else:
            choice_field(self, "ethnic_group").choices = [("", _("Tất cả"))] + [
                (g.code, g.name) for g in EthnicGroup.objects.all()
            ]
        allowed = access.filterable(aggregate=stats)  # the selector ignores the same (permissions.py)
        for name in [n for n in self.fields if n not in allowed]:
            del self.fields[name]


class PersonForm(forms.ModelForm[Intellectual]):
    """The officer's form (all fields) or, with own=True, the person's own corrections."""

    degrees_text = forms.CharField(
        label=_("Văn bằng"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Mỗi dòng: trình độ; năm; cơ sở đào tạo; quốc gia — ví dụ “TS; 2015; Đại học Nông Lâm; Việt Nam”"
        ),
    )
    titles_text = forms.CharField(
        label=_("Chức danh"), required=False, help_text=_("ví dụ “PGS 2019; GS 2024”")
    )
    field_codes = forms.MultipleChoiceField(label=_("Lĩnh vực KH&CN"), required=False)
    # The version the editor read (optimistic locking): a save from an older one is refused by person_save.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    class Meta:
        model = Intellectual
        fields = [
            "kind",
            "full_name",
            "other_names",
            "birth_date",
            "birth_year",
            "gender",
            "ethnic_group",
            "workplace_agency",
            "workplace_name",
            "position",
            "lives_in",
            "works_in",
            "locality",
            "country",
            "planning",
            "is_excellent_graduate",
            "attraction_policy",
            "attraction_year",
            "commitment_until",
            "honours",
            "email",
            "phone",
            "address",
            "consent_contact",
            "guardian_consent_on",
            "guardian_name",
            "is_restricted",
        ]
        widgets = {
            "birth_date": DateInput(),
            "commitment_until": DateInput(),
            "guardian_consent_on": DateInput(),
            "honours": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args: Any, own: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from trithuc.registry.services import SELF_EDITABLE

        choice_field(self, "field_codes").choices = [
            (f.code, f"{f.code} {f.name}") for f in StField.objects.filter(level=2)
        ]
        if self.instance.pk:
            self.initial["version"] = self.instance.version
            self.initial["field_codes"] = [f.code for f in self.instance.fields.all()]
            self.initial["degrees_text"] = "\n".join(
                "; ".join(str(x or "") for x in (d.kind, d.year, d.institution, d.country))
                for d in self.instance.degrees.all()
            )
            self.initial["titles_text"] = "; ".join(
                f"{t.kind} {t.year or ''}".strip() for t in self.instance.titles.all()
            )
        if own:
            for name in list(self.fields):
                if name not in SELF_EDITABLE | {"degrees_text", "titles_text", "field_codes", "version"}:
                    del self.fields[name]

    def clean_degrees_text(self) -> list[dict[str, Any]]:
        degrees: list[dict[str, Any]] = []
        for number, line in enumerate(self.cleaned_data["degrees_text"].splitlines(), start=1):
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split(";")] + ["", "", ""]
            kind = next((c for c in Degree.values if c.lower() == parts[0].lower()), None)
            if kind is None:
                raise forms.ValidationError(
                    _("Dòng %(n)s: trình độ “%(v)s” không có trong danh mục.") % {"n": number, "v": parts[0]}
                )
            if parts[1] and not parts[1].isdigit():
                raise forms.ValidationError(_("Dòng %(n)s: năm không hợp lệ.") % {"n": number})
            degrees.append(
                {
                    "kind": kind,
                    "year": int(parts[1]) if parts[1] else None,
                    "institution": parts[2],
                    "country": parts[3],
                }
            )
        return degrees

    def clean_titles_text(self) -> list[dict[str, Any]]:
        titles: list[dict[str, Any]] = []
        for part in self.cleaned_data["titles_text"].replace(",", ";").split(";"):
            words = part.split()
            if not words:
                continue
            kind = next((c for c in Title.values if c.lower() == words[0].lower().rstrip(".")), None)
            if kind is None or (len(words) > 1 and not words[1].isdigit()):
                raise forms.ValidationError(_("Viết chức danh như “PGS 2019; GS 2024”."))
            titles.append({"kind": kind, "year": int(words[1]) if len(words) > 1 else None})
        return titles

    def person_data(self) -> "PersonData":
        from trithuc.registry.services import PersonData

        data = self.cleaned_data
        values = {k: data[k] for k in self.Meta.fields if k in self.fields}
        return PersonData(
            values=values,
            degrees=data["degrees_text"],
            titles=data["titles_text"],
            field_codes=data["field_codes"],
        )


class ConsentForm(forms.Form):
    consent_contact = forms.BooleanField(
        label=_("Tôi đồng ý công khai thư điện tử và điện thoại cho Liên hiệp các Hội"), required=False
    )


class ImportUploadForm(forms.Form):
    upload = forms.FileField(label=_("Tệp danh sách (.xlsx, .csv)"))
    template = forms.ModelChoiceField(
        label=_("Mẫu ánh xạ cột đã lưu"),
        required=False,
        queryset=ImportTemplate.objects.order_by("name"),
        empty_label=_("— tự nhận diện theo tiêu đề cột —"),
    )


class ImportConfirmForm(forms.Form):
    mode = forms.ChoiceField(
        label=_("Cách nhập"), choices=RegistryImport.Mode.choices, widget=forms.RadioSelect
    )


class AccessLogFilterForm(forms.Form):
    person = forms.IntegerField(label=_("Mã hồ sơ"), required=False, min_value=1)
    actor = forms.CharField(label=_("Người truy cập"), required=False, max_length=150)
    kind = forms.ChoiceField(
        label=_("Loại truy cập"),
        required=False,
        choices=[
            ("", _("Tất cả")),
            ("view", _("Xem hồ sơ")),
            ("list", _("Xem danh sách")),
            ("export", _("Xuất danh sách")),
        ],
    )
    date_from = forms.DateField(label=_("Từ ngày"), required=False, widget=DateInput())
    date_to = forms.DateField(label=_("Đến ngày"), required=False, widget=DateInput())
