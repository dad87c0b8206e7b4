import pytest


@pytest.fixture(autouse=True)
def _fresh_statistics_cache():
    """Each test's database starts over, so a statistics entry cached by an earlier test must not be reused
    (its stamp could repeat when the clock is frozen)."""
    from django.core.cache import cache

    from trithuc.registry import selectors

    selectors._LOCAL_STATS.clear()
    cache.clear()
