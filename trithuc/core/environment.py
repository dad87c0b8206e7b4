"""What the running environment allows."""

from django.conf import settings


def demo_allowed() -> bool:
    """Demo accounts and data must never exist in production."""
    return bool(settings.DEMO_ALLOWED) and not settings.IS_PRODUCTION
