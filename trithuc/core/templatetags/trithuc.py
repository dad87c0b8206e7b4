import datetime as dt
from typing import Any

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from planparse import ref_is_unnumbered
from trithuc.core import audit
from trithuc.core.slots import slot_parts
from trithuc.core.text import shorten as text_shorten
from trithuc.core.text import user_name as text_user_name
from trithuc.core.text import word_diff

register = template.Library()


@register.simple_tag(takes_context=True)
def slot(context: template.Context, name: str, obj: Any) -> SafeString:
    """What the apps above fill into this page's slot `name` (core/slots.py), each part in its own context."""
    request = context.get("request")
    assert context.template is not None  # a tag is drawn inside a template
    engine = context.template.engine
    html = []
    for part in slot_parts(name):
        values = part.context(request, obj)
        if values is not None:
            html.append(engine.get_template(part.template).render(context.new(values)))
    return mark_safe("".join(html))


@register.filter
def shown_ref(ref: str) -> str:
    """An item's number as the document shows it: paragraphs the document did not number (the importer names
    them "III[p2]", "III[closing]" to keep them apart) show none."""
    return "" if ref_is_unnumbered(ref) else ref


@register.filter
def audit_label(action: str) -> str:
    """An audit row's action as the audit log shows it (Vietnamese, not its code)."""
    return audit.action_label(action)


@register.filter
def get_item(mapping: dict[Any, Any] | None, key: Any) -> Any:
    """Dictionary lookup in templates (the successors of an assignment, by its id)."""
    return (mapping or {}).get(key, [])


@register.filter
def source_excerpt(document_text: str, item: Any) -> str:
    """The sentence an item came from, cut from the stored document text by its span."""
    if item.span_start is None or not document_text:
        text: str = item.text
        return text
    return document_text[item.span_start : item.span_end]


@register.filter
def shorten(text: Any, limit: int) -> str:
    """Text cut at a word boundary with "…" (Django's truncatechars cuts inside a word)."""
    return text_shorten("" if text is None else str(text), int(limit))


@register.filter
def full_name(user: Any) -> str:
    """A user's name as Vietnamese writes it, family name first."""
    return text_user_name(user)


@register.filter
def vn_date(value: Any) -> str:
    """A date, or an ISO date string from a parse result, as dd/mm/yyyy (what a date field shows)."""
    if not value:
        return ""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    return day.strftime("%d/%m/%Y")


def _marked(runs: list[tuple[str, bool]], tag: str) -> SafeString:
    return mark_safe(  # noqa: S308 - every run is escaped; only the tag is ours
        "".join(
            f"<{tag}>{escape(text)}</{tag}>" if changed and text.strip() else escape(text)
            for text, changed in runs
        )
    )


@register.filter
def diff_old(old: Any, new: Any) -> SafeString:
    """The earlier version's text with the words the new version changed or removed in <del>."""
    return _marked(word_diff(str(old or ""), str(new or ""))[0], "del")


@register.filter
def diff_new(new: Any, old: Any) -> SafeString:
    """The new version's text with the words it changed or added in <ins>."""
    return _marked(word_diff(str(old or ""), str(new or ""))[1], "ins")


@register.simple_tag(takes_context=True)
def once_field(context: dict[str, Any]) -> str:
    """The hidden one-time key of a create form (core.idempotency): the key sent back when the form is shown
    again after an error, a new one otherwise."""
    from django.utils.html import format_html

    from trithuc.core.idempotency import FIELD, new_key

    request = context.get("request")
    sent = request.POST.get(FIELD, "") if request is not None and request.method == "POST" else ""
    key = sent if len(sent) == 32 and all(c in "0123456789abcdef" for c in sent) else new_key()
    return format_html('<input type="hidden" name="{}" value="{}">', FIELD, key)


@register.filter
def error_fields(form: Any) -> list[Any]:
    """The visible fields of a bound form that have errors, in the form's order: the summary at the top of a
    form links to each (partials/_form_errors.html, #15.3)."""
    if not getattr(form, "errors", None):
        return []
    return [field for field in form.visible_fields() if field.errors]


@register.filter
def hidden_errors(form: Any) -> list[str]:
    """Errors of a form's hidden fields (a version number): shown in the summary, as they have no field to sit
    beside."""
    if not getattr(form, "errors", None):
        return []
    return [str(e) for field in form.hidden_fields() for e in field.errors]
