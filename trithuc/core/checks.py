from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning, register


@register()
def production_settings_check(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    """Fail loudly on a production configuration that would be unsafe or lose data."""
    if not settings.IS_PRODUCTION:
        return []
    problems: list[CheckMessage] = []
    if settings.DEBUG:
        problems.append(Error("DEBUG không được bật trong môi trường production.", id="trithuc.E001"))
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        problems.append(Error("Production cần DATABASE_URL trỏ tới PostgreSQL.", id="trithuc.E002"))
    if not settings.SECRET_KEY or settings.SECRET_KEY.startswith("dev-only"):
        problems.append(Error("Production cần SECRET_KEY (hoặc SECRET_KEY_FILE).", id="trithuc.E003"))
    if settings.DEMO_ALLOWED:
        problems.append(Warning("Tài khoản demo bị cấm trong production.", id="trithuc.W001"))
    return problems
