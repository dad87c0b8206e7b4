"""Issue 17.10: the version comparison marks the words that changed, escaped."""

import pytest
from django.template import Context, Template
from django.urls import reverse

from trithuc.amendments.models import AmendmentProposal, AmendmentSet
from trithuc.core.text import word_diff
from trithuc.plans.models import Plan


def test_word_diff_marks_whole_words_and_keeps_the_rest():
    old, new = word_diff(
        "Rà soát chính sách thu hút trí thức", "Rà soát, sửa đổi chính sách trọng dụng trí thức"
    )
    assert [t for t, changed in old if changed] == ["thu hút"]
    assert [t for t, changed in new if changed] == [", sửa đổi", "trọng dụng"]
    assert "".join(t for t, _ in old) == "Rà soát chính sách thu hút trí thức"


def test_the_filters_escape_the_text_and_mark_only_changed_words():
    html = Template("{% load trithuc %}{{ new|diff_new:old }}|{{ old|diff_old:new }}").render(
        Context({"old": "Giữ <b>nguyên</b> chữ", "new": "Giữ <b>mới</b> chữ"})
    )
    assert html == "Giữ &lt;b&gt;<ins>mới</ins>&lt;/b&gt; chữ|Giữ &lt;b&gt;<del>nguyên</del>&lt;/b&gt; chữ"


@pytest.mark.django_db
def test_the_version_page_marks_the_changed_words_of_an_amended_task(
    client, seed_plan, agencies, reporter_a, coordinator
):
    original = seed_plan.items.get(ref="II.2.b").text
    first = original.split()[0]
    amended = original.replace(first, "Khẩn trương", 1)
    client.force_login(reporter_a)
    client.post(
        reverse("amendments:proposal_create", args=[seed_plan.code]),
        {
            "agency": agencies["so-noi-vu"].pk,
            "kind": "amend",
            "ref": "II.2.b",
            "text": amended,
            "reasons": "Lý do.",
        },
    )
    proposal = AmendmentProposal.objects.get()
    client.post(reverse("amendments:proposal_submit", args=[proposal.pk]))
    client.force_login(coordinator)
    client.post(
        reverse("amendments:set_create", args=[seed_plan.code]), {"title": "Đợt 1", "proposal": [proposal.pk]}
    )
    amendment_set = AmendmentSet.objects.get()
    client.post(reverse("amendments:set_submit", args=[amendment_set.pk]), {"doc_kind": "to_trinh"})
    client.post(
        reverse("amendments:set_decide", args=[amendment_set.pk]),
        {"accept": [proposal.pk], "decision_number": "5/QĐ-UBND", "decision_date": "2026-04-01"},
    )
    new = Plan.objects.get(is_current=True)
    page = client.get(reverse("amendments:version_diff", args=[new.pk])).content.decode()
    assert "<ins>Khẩn trương</ins>" in page
    assert f"<del>{first}</del>" in page
    assert page.count("<ins>") == 1 and page.count("<del>") == 1
