"""Access table of the core pages: the audit log and the health endpoints."""

from conftest import ROLE_FIXTURES
from trithuc.tests.access_matrix import role_map

MATRIX = {
    "core:audit_list": role_map({"coordinator", "leader", "administrator", "registry_officer"}, 200, 404),
    "core:two_factor_setup": role_map({"coordinator", "administrator"}, 200, 404),
    "core:two_factor_verify": dict.fromkeys(ROLE_FIXTURES, 200),
    "core:password_change": dict.fromkeys(ROLE_FIXTURES, 200),  # everyone changes their own password
    "core:password_change_done": dict.fromkeys(ROLE_FIXTURES, 200),
    "core:healthz": dict.fromkeys(ROLE_FIXTURES, 200),
    "core:readyz": dict.fromkeys(ROLE_FIXTURES, 200),
    "core:favicon": dict.fromkeys(ROLE_FIXTURES, 301),
}
# A load balancer probes the health checks without a session; browsers ask for the icon before signing in.
PUBLIC = {"core:healthz", "core:readyz", "core:favicon"}


def url_args(request) -> dict[str, list]:
    return {}
