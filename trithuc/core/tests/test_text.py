"""Cutting Vietnamese text for a label: at a word boundary, with "…", never when it fits (#15.8)."""

import pytest
from django.template import Context, Template

from trithuc.core.text import shorten

TITLE = "Nghị quyết Trung ương 7 khóa X về xây dựng đội ngũ trí thức trong thời kỳ đẩy mạnh công nghiệp hóa"


@pytest.mark.parametrize("limit", range(10, len(TITLE)))
def test_a_cut_never_ends_inside_a_word(limit):
    cut = shorten(TITLE, limit)
    assert len(cut) <= limit and cut.endswith("…")
    assert TITLE.startswith(cut[:-1]) and TITLE[len(cut) - 1] == " "  # the next character was a space


def test_khoa_is_never_cut_to_kho():
    assert "khó" not in shorten(TITLE, 30).split() and shorten(TITLE, 30) == "Nghị quyết Trung ương 7 khóa…"


def test_a_title_that_fits_is_whole_and_spaces_are_tidied():
    assert shorten(TITLE, len(TITLE)) == TITLE and shorten("  bảo   vệ ", 20) == "bảo vệ"


def test_a_single_long_word_is_cut_with_the_mark():
    assert shorten("a" * 30, 10) == "a" * 9 + "…"


def test_the_template_filter_and_the_plan_label_cut_the_same_way(seed_plan):
    rendered = Template("{% load trithuc %}{{ text|shorten:30 }}").render(Context({"text": TITLE}))
    assert rendered == shorten(TITLE, 30)
    seed_plan.document.title = TITLE * 2
    assert str(seed_plan).endswith("…") and str(seed_plan)[:-1] in TITLE * 2


def test_a_user_is_named_family_name_first_and_falls_back_to_the_login(django_user_model):
    from trithuc.core.text import user_name

    user = django_user_model(username="noivu", first_name="Nội Vụ", last_name="Trần Văn")
    assert user_name(user) == "Trần Văn Nội Vụ"
    assert user_name(django_user_model(username="csdl")) == "csdl" and user_name(None) == ""


def test_a_date_field_shows_and_takes_day_month_year_in_every_browser():
    """#15.6: the browser's date picker showed mm/dd/yyyy in an English browser; the field is dd/mm/yyyy."""
    import datetime as dt  # noqa: PLC0415

    from django import forms  # noqa: PLC0415

    from trithuc.core.forms import DateInput, date_parse  # noqa: PLC0415

    class Form(forms.Form):
        on = forms.DateField(widget=DateInput())

    html = str(Form(initial={"on": dt.date(2026, 3, 5)})["on"])
    assert 'type="text"' in html and 'value="05/03/2026"' in html and 'placeholder="dd/mm/yyyy"' in html
    typed = Form({"on": "05/03/2026"})
    assert typed.is_valid() and typed.cleaned_data["on"] == dt.date(2026, 3, 5)
    assert date_parse("2026-03-05") == date_parse(" 5/3/2026 ") == dt.date(2026, 3, 5)
    with pytest.raises(ValueError):
        date_parse("03/35/2026")


@pytest.mark.parametrize(
    ("ref", "shown"),
    [("III[closing]", ""), ("II[p3]", ""), ("II.1.a[2]", "II.1.a[2]"), ("II.1", "II.1"), ("", "")],
)
def test_unnumbered_paragraphs_show_no_number(ref, shown):
    """Issue 15, 10: the plan tree showed "III[closing]" as if it were the item's number."""
    from trithuc.core.templatetags.trithuc import shown_ref

    assert shown_ref(ref) == shown
