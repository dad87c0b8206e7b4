"""Every login, logout and failed login becomes an audit row (TCVN 11930 level 3).

These are the one use of signals here: the login views are Django's own, so its auth signals are the only
place to hear them. Domain changes are audited explicitly by services.
"""

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from trithuc.core import audit


@receiver(user_logged_in, dispatch_uid="trithuc_audit_login")
def _logged_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    audit.record(actor=user, action="auth.login", target=user)


@receiver(user_logged_out, dispatch_uid="trithuc_audit_logout")
def _logged_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        audit.record(actor=user, action="auth.logout", target=user)


@receiver(user_login_failed, dispatch_uid="trithuc_audit_login_failed")
def _login_failed(sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any) -> None:
    audit.record(
        actor=None, action="auth.login_failed", extra={"username": str(credentials.get("username", ""))[:150]}
    )
