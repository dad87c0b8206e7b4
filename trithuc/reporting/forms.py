"""Forms of the reporting pages: the report form is built from the agency's tasks and the indicator table."""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django import forms
from django.forms import BoundField
from django.utils.translation import gettext_lazy as _

from trithuc.core import limits
from trithuc.core.forms import DateField
from trithuc.core.text import shorten
from trithuc.plans.models import ProgressUpdate
from trithuc.reporting.indicators import DIMENSIONS, categories, parse_number
from trithuc.reporting.models import AgencyReport, ConsolidatedNarrative
from trithuc.reporting.selectors import IndicatorLine, ReportForm, TaskLine
from trithuc.reporting.services.reports import IndicatorInput, OwnLinkInput, ReportInput, TaskInput

STATUS_CHOICES = [("", _("— chưa báo cáo —")), *ProgressUpdate.Status.choices]
OTHER_FIELDS = ("implementation", "implementation_document", "own_links", "difficulties", "proposals")


@dataclass
class FormPart:
    """One fold of the report form (#15.5): the tasks under one heading of the plan, the indicators, or the
    agency's own part. It is open when one of its fields has an error or something in it still waits for the
    officer (`unfilled`: what, and the id of the field to fill), folded otherwise with its counts in the summary."""

    key: str  # the fold's id on the page
    title: str
    rows: list[Any] = field(default_factory=list)
    unfilled: list[tuple[str, str]] = field(default_factory=list)
    errors: int = 0

    @property
    def is_open(self) -> bool:
        return bool(self.errors or self.unfilled)

    @property
    def filled(self) -> int:
        return len(self.rows) - len(self.unfilled)


class ReportEditForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    implementation = forms.ChoiceField(
        label=_("Hình thức triển khai Kế hoạch tại đơn vị"),
        choices=AgencyReport.Implementation.choices,
    )
    implementation_document = forms.CharField(
        label=_("Số, ngày văn bản (kế hoạch riêng hoặc kế hoạch phát triển KT-XH đã lồng ghép)"),
        required=False,
        max_length=255,
    )
    own_links = forms.CharField(
        label=_(
            "Nội dung trong kế hoạch của đơn vị gắn với nhiệm vụ của tỉnh (mỗi dòng: mục | mã nhiệm vụ | nội dung)"
        ),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Ví dụ: 1.2 | II.1 | Quán triệt trong cơ quan (mục trong kế hoạch của đơn vị | mã nhiệm vụ của tỉnh | nội dung)"
        ),
    )
    difficulties = forms.CharField(
        label=_("Khó khăn, vướng mắc"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=limits.LONG_TEXT_MAX,
    )
    proposals = forms.CharField(
        label=_("Đề xuất, kiến nghị"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=limits.LONG_TEXT_MAX,
    )

    def __init__(
        self,
        data: Mapping[str, Any] | None = None,
        *,
        report_form: ReportForm,
        item_ref: str = "",
        **kwargs: Any,
    ) -> None:
        report = report_form.report
        initial = {
            "version": report.version,
            "implementation": report.implementation,
            "implementation_document": report.implementation_document,
            "difficulties": report.difficulties,
            "proposals": report.proposals,
            "own_links": "\n".join(
                f"{x.own_ref} | {x.item.ref} | {x.own_text}" for x in report_form.own_links
            ),
        }
        super().__init__(data, initial=initial, **kwargs)
        if item_ref:  # the plan item that asks agencies to carry the plan out themselves (province profile)
            self.fields["implementation"].label = f"{self.fields['implementation'].label} (mục {item_ref})"
        self.report_form = report_form
        self.task_rows: list[tuple[TaskLine, list[BoundField]]] = []
        self.indicator_rows: list[tuple[IndicatorLine, BoundField, list[BoundField]]] = []
        self.indicator_names: dict[str, str] = {}  # field → what an error about it calls it
        for line in report_form.tasks:
            if not line.editable:
                continue
            pk = line.item.pk
            names = (f"t{pk}_status", f"t{pk}_result", f"t{pk}_completed_on")
            ref = line.item.ref  # in each label: the error summary at the top names the task (#15.3)
            self.fields[names[0]] = forms.ChoiceField(
                label=f"Tình trạng ({ref})", choices=STATUS_CHOICES, required=False, initial=line.status
            )
            self.fields[names[1]] = forms.CharField(
                label=f"Kết quả ({ref})",
                required=False,
                initial=line.result,
                widget=forms.Textarea(attrs={"rows": 2}),
                max_length=limits.RESULT_MAX,
            )
            self.fields[names[2]] = DateField(
                label=f"Ngày hoàn thành ({ref})", required=False, initial=line.completed_on
            )
            self.task_rows.append((line, [self[n] for n in names]))
        for row in report_form.indicators:
            code = row.indicator.code
            from_events = bool(row.source)  # computed from events: shown, never typed (events/indicators.py)
            self.fields[f"i_{code}"] = forms.CharField(
                label=row.indicator.name, required=False, initial=_num(row.value), disabled=from_events
            )
            self.indicator_names[f"i_{code}"] = f"Chỉ tiêu “{row.indicator.name}”"
            parts = []
            for dim in row.indicator.breakdowns:
                for cat, label in categories(dim):
                    name = f"i_{code}__{dim}__{cat}"
                    value = row.breakdown.get(dim, {}).get(cat)
                    self.fields[name] = forms.CharField(
                        label=label, required=False, initial=_num(value), disabled=from_events
                    )
                    dimension = DIMENSIONS[dim][0].lower()
                    self.indicator_names[name] = f"Chỉ tiêu “{row.indicator.name}” ({dimension} – {label})"
                    parts.append(self[name])
            self.indicator_rows.append((row, self[f"i_{code}"], parts))

    def _value(self, name: str) -> str:
        value = self[name].value()  # what the officer sent, or what the report holds
        return "" if value is None else str(value).strip()

    def _errors_in(self, names: list[str]) -> int:
        return sum(1 for name in names if name in self.errors)

    @property
    def task_parts(self) -> list[FormPart]:
        """The task rows folded by the heading each stands under, in the plan's order (#15.5)."""
        parts: dict[int | None, FormPart] = {}
        used: set[str] = set()
        for line, fields in self.task_rows:
            section = line.section
            key = section.pk if section is not None else None
            if key not in parts:
                title = (
                    f"{section.ref} {shorten(section.text, 110)}" if section is not None else "Nhiệm vụ khác"
                )
                slug = "nhiem-vu-" + (
                    re.sub(r"[^A-Za-z0-9]+", "-", section.ref).strip("-") if section else "khac"
                )
                while slug in used:
                    slug += "-"
                used.add(slug)
                parts[key] = FormPart(slug, title)
            part = parts[key]
            part.rows.append((line, fields))
            status = fields[0]
            if not self._value(status.name):
                part.unfilled.append((line.item.ref, status.auto_id))
            part.errors += self._errors_in([f.name for f in fields])
        return list(parts.values())

    @property
    def indicator_part(self) -> FormPart:
        """The indicators: each an unfilled item when the agency types it and has no total yet."""
        part = FormPart("chi-tieu", str(_("Chỉ tiêu")))
        for line, total, breakdown in self.indicator_rows:
            dimensions = ", ".join(DIMENSIONS[dim][0].lower() for dim in line.indicator.breakdowns)
            given = any(self._value(f.name) or f.name in self.errors for f in breakdown)
            part.rows.append((line, total, breakdown, dimensions, given))  # given: its breakdown fold opens
            if not line.source and not self._value(total.name):
                part.unfilled.append((line.indicator.name, total.auto_id))
            part.errors += self._errors_in([total.name, *(f.name for f in breakdown)])
        return part

    @property
    def other_part(self) -> FormPart:
        """How the agency carries the plan out, its difficulties and proposals: waiting while nothing is written."""
        part = FormPart("trien-khai", str(_("Triển khai tại đơn vị, khó khăn và kiến nghị")))
        part.rows = [self[name] for name in OTHER_FIELDS]
        written = [name for name in OTHER_FIELDS[1:] if self._value(name)]
        if not written and self._value("implementation") in ("", AgencyReport.Implementation.NONE):
            part.unfilled.append((part.title, self["implementation"].auto_id))
        part.errors = self._errors_in(list(OTHER_FIELDS))
        return part

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        for name, value in list(data.items()):
            if name.startswith("i_"):
                try:
                    data[name] = parse_number(value)
                except ValueError as error:
                    where = self.indicator_names.get(name, "")
                    self.add_error(name, f"{where}: {error}; hãy nhập một số, ví dụ 12 hoặc 1.234,5.")
        links, errors = parse_own_links(data.get("own_links") or "", example_ref=self.example_ref)
        for problem in errors:
            self.add_error("own_links", problem)
        data["own_link_inputs"] = links
        return data

    def add_problems(self, problems: list[tuple[str | None, str]]) -> None:
        """The service's findings on a form that failed its own checks too (report_problems): each beside its
        field, except where a figure could not be read (its group's sums would be wrong) or the field already
        says what is wrong."""
        unreadable = {name.split("__")[0] for name in self.errors if name.startswith("i_")}
        for name, message in problems:
            if name and name.startswith("i_") and name.split("__")[0] in unreadable:
                continue
            if name and name != "own_links" and name in self.errors:
                continue
            self.add_error(name if name in self.fields else None, message)

    @property
    def example_ref(self) -> str:
        """A task code of this agency, for the examples the errors give."""
        refs = [line.item.ref for line in self.report_form.tasks if line.is_lead] or [
            line.item.ref for line in self.report_form.tasks
        ]
        return refs[0] if refs else "I.1"

    def to_input(self) -> ReportInput:
        d = self.cleaned_data
        tasks = {
            line.item.pk: TaskInput(
                status=d.get(f"t{line.item.pk}_status") or "",
                result=d.get(f"t{line.item.pk}_result") or "",
                completed_on=d.get(f"t{line.item.pk}_completed_on"),
            )
            for line, _fields in self.task_rows
        }
        indicators = {}
        for line, _total, _parts in self.indicator_rows:
            ind = line.indicator
            breakdown = {
                dim: {cat: d.get(f"i_{ind.code}__{dim}__{cat}") for cat, _ in categories(dim)}
                for dim in ind.breakdowns
            }
            indicators[ind.code] = IndicatorInput(d.get(f"i_{ind.code}"), breakdown)
        links = d.get("own_link_inputs") or []
        return ReportInput(
            version=d.get("version") or 0,
            difficulties=d.get("difficulties") or "",
            proposals=d.get("proposals") or "",
            implementation=d.get("implementation") or AgencyReport.Implementation.NONE,
            implementation_document=d.get("implementation_document") or "",
            tasks=tasks,
            indicators=indicators,
            own_links=links,
        )


def own_link_example(ref: str) -> str:
    return f"Mỗi dòng viết: mục | mã nhiệm vụ | nội dung, ví dụ “1.2 | {ref} | Quán triệt trong cơ quan”."


def parse_own_links(text: str, *, example_ref: str) -> tuple[list[OwnLinkInput], list[str]]:
    """The lines "mục | mã nhiệm vụ | nội dung" as inputs, and an error per wrong line naming its number, what it
    says and what was expected (#15.3). Whether the code is a task of the plan is the service's check."""
    links, errors = [], []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        parts = [p.strip() for p in raw.split("|")]
        own_ref, item_ref = parts[0], parts[1] if len(parts) > 1 else ""
        if len(parts) < 2 or not item_ref:
            errors.append(
                f"Dòng {number} (“{raw.strip()}”): thiếu mã nhiệm vụ của tỉnh. {own_link_example(example_ref)}"
            )
            continue
        if not own_ref:
            errors.append(
                f"Dòng {number}: thiếu mục trong kế hoạch của đơn vị. {own_link_example(example_ref)}"
            )
            continue
        links.append(OwnLinkInput(own_ref, item_ref, " | ".join(parts[2:]), line=number))
    return links, errors


def _num(value: Any) -> str:
    if value in (None, ""):
        return ""
    number = Decimal(str(value))
    return str(number.quantize(Decimal(1)) if number == number.to_integral_value() else number.normalize())


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do trả lại"), widget=forms.Textarea(attrs={"rows": 3}), max_length=limits.REASON_MAX
    )


class UploadForm(forms.Form):
    upload = forms.FileField(label=_("Tệp Excel đã điền (.xlsx)"))


class NarrativeForm(forms.ModelForm[ConsolidatedNarrative]):
    class Meta:
        model = ConsolidatedNarrative
        fields = ["summary", "overview", "difficulties", "proposals", "signer_name"]
        widgets = {f: forms.Textarea(attrs={"rows": 4}) for f in ["overview", "difficulties", "proposals"]}
