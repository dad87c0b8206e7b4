"""Access table of the API token pages (the API routes have their own table in test_api_access.py)."""

from conftest import ROLE_FIXTURES
from trithuc.api.services import api_token_create

MATRIX = {
    "apitokens:token_list": dict.fromkeys(ROLE_FIXTURES, 200),
    # Only the owner's token can be revoked; the token in url_args belongs to the coordinator.
    "apitokens:token_revoke": {role: (302 if role == "coordinator" else 404) for role in ROLE_FIXTURES},
}
POST_ONLY = {"apitokens:token_revoke"}


def url_args(request) -> dict[str, list]:
    owner = request.getfixturevalue("coordinator")
    token, _ = api_token_create(actor=owner, name="Hệ thống báo cáo")
    return {"apitokens:token_revoke": [token.pk]}
