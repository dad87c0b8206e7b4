"""Access table of the amendments pages (see trithuc/tests/access_matrix.py)."""

from conftest import ROLE_FIXTURES

MATRIX = {
    "amendments:proposal_list": dict.fromkeys(ROLE_FIXTURES, 200),
}


def url_args(request) -> dict[str, list]:
    return {}
