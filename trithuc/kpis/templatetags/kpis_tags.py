from decimal import Decimal

from django import template

from trithuc.reporting.indicators import fmt

register = template.Library()


@register.filter
def vn_number(value: Decimal | int | None) -> str:
    """1.234,5 as Vietnamese writes figures (dot for thousands, comma for decimals)."""
    return fmt(value)
